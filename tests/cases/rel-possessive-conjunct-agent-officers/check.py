import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('National Crime Agency', 'Colm Brady', 'arrest', False, False, (), ('arrested',)),
    ('Fjord Fibre', 'Baltic Link', 'sue', False, False, (), ('sued',)),
    ('Norsk Kabel', 'Baltic Link', 'sue', False, False, (), ('sued',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Norsk Kabel', 'Fjord Fibre'),
    ('Lisbon', 'Colm Brady'),
    ('National Crime Agency', 'Arne Dahl'),
]

check(sys.argv[1], WANT, NO_EDGE)
