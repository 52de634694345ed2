import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Orbis Capital', 'Nordlicht Energy', 'buy', False, False, (), ('bought',)),
    ('Aster Labs', 'Helios Bank', 'invest in', False, False, (), ('invested in',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Aster Labs', 'Oslo'),
]

check(sys.argv[1], WANT, NO_EDGE)
