import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('China', 'Germany', 'spy on', False, False, (), ('spied on',)),
    ('Japan', 'South Korea', 'talk to', False, False, (), ('held talks with',)),
    ('Russia', 'Iran', 'sell to', False, False, (), ('sold',)),
    ('Public Investment Fund', 'Hanse Wasserstoff', 'invest in', False, False, (), ('invested',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
]

check(sys.argv[1], WANT, NO_EDGE)
