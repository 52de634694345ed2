import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Nigerian Upstream Petroleum Regulatory Commission', 'Warri Creek Marine Services', 'investigate', False, False, (), ('investigating',)),
    ('Royal Canadian Mounted Police', 'FBI', 'cooperate with', False, False, (), ('cooperating with',)),
    ('Viktor Hedlund', 'Samir Haddad', 'talk to', True, False, (), ('talked to',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Mette Lauridsen', 'FBI'),
    ('Anchor Bulk', 'Equinor'),
]

check(sys.argv[1], WANT, NO_EDGE)
