import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Codelco', 'Trafigura', 'sell to', False, False, (), ('sold',)),
    ('Statkraft', 'Orsted', 'sell to', False, False, (), ('sold',)),
    ('Turkmengaz', 'CNPC', 'sell to', False, False, (), ('sold',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Statkraft', 'Bergen'),
    ('Codelco', 'Glencore'),
]

check(sys.argv[1], WANT, NO_EDGE)
