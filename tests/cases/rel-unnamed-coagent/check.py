import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Bagmati Youth Club', 'Dipendra Thapa', 'back', False, False, (), ('backed',)),
    ('Bagmati Youth Club', 'National Sports Council', 'accuse', False, False, (), ('accused',)),
    ('Zhenghe Motors', 'Lumen Harbour', 'sue', False, False, (), ('sued',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
]

check(sys.argv[1], WANT, NO_EDGE)
