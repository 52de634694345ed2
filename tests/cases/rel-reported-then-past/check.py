import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Rapid Support Forces', 'Sudanese Armed Forces', 'accuse', False, False, (), ('accused',)),
    ('Joseph Kiprono', 'Athletics Integrity Unit', 'accuse', False, False, (), ('accused',)),
    ('Reza Karimi', 'Aster Labs', 'hack', False, False, (), ('hacked',)),
    ('Reza Karimi', 'Vestra Holdings', 'attack', False, False, (), ('attacked',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Musa Tijani', 'Sudanese Armed Forces'),
    ('Rift Stride Management', 'Athletics Integrity Unit'),
]

check(sys.argv[1], WANT, NO_EDGE)
