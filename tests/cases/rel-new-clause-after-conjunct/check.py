import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Badminton Association', 'Chalerm Wongsakul', 'fire', True, False, (), ('fired',)),
    ('France', 'Pavel Orlov', 'expel', False, False, (), ('expelled',)),
    ('Russia', 'Marc Duval', 'expel', False, False, (), ('expelling',)),
    ('Austria', 'Russia', 'expel', False, False, (), ('expelled',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Badminton Association', 'Kittipong Rattanachai'),
    ('France', 'Russia'),
    ('France', 'Marc Duval'),
]

check(sys.argv[1], WANT, NO_EDGE)
