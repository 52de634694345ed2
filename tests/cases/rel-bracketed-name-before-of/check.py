import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Commercial Affairs Department', 'Jeremy Goh', 'charge', False, False, (), ('charged',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Singapore Police Force', 'Jeremy Goh'),
]

check(sys.argv[1], WANT, NO_EDGE)
