import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Federal Maritime Office', 'Europol', 'cooperate with', False, False, (), ('cooperating with',)),
    ('Harlan Bank', 'Orrin Capital', 'sue', False, False, (), ('sued',)),
    ('Marlowe Freight', 'Keswick Advisory', 'hire', False, False, (), ('hired',)),
    ('Marlowe Freight', 'Keswick Advisory', 'talk to', True, False, (), ('talked to',)),
    ('Marlowe Freight', 'Orrin Capital', 'fire', False, False, (), ('fired',)),
    ('Tessa Lund', 'Ivo Brandt', 'meet', False, False, (), ('met',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Marlowe Freight', 'Rotterdam'),
    ('Harlan Bank', 'Zurich'),
    ('Ivo Brandt', 'Harlan Bank'),
    ('Harlan Bank', 'Tessa Lund'),
]

check(sys.argv[1], WANT, NO_EDGE)
