import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Paul Odum', 'Lena Marsh', 'appoint', False, False, (), ('appointed',)),
    ('Anika Sorel', 'Harbour Fund', 'criticise', False, False, (), ('criticised',)),
    ('Anika Sorel', 'Green Coast Alliance', 'praise', False, False, (), ('praised',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Paul Odum', 'Vesna Trust'),
]

check(sys.argv[1], WANT, NO_EDGE)
