import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Ministry of Mines', 'Kalomo Mining SARL', 'accuse', False, False, (), ('accusing',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('China', 'Kalomo Mining SARL'),
    ('Lufira-Est', 'Kalomo Mining SARL'),
    ('Haut-Katanga', 'Kalomo Mining SARL'),
    ('Tarka Holdings', 'Kasai Copper'),
    ('Ridgeway Metals', 'Kasai Copper'),
]

check(sys.argv[1], WANT, NO_EDGE)
