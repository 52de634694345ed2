import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Aurelian Audit Office', 'Bravo Mining', 'fine', False, False, (), ('fined',)),
    ('Marin Authority', 'Tomas Reyes', 'ban', False, False, (), ('banned',)),
    ('Pan-Oceanic League', 'Alder Freight', 'warn', False, False, (), ('warned',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Velora Systems', 'Kestrel Bank'),
    ('Nordmark Holdings', 'Anna Kowalski'),
]

check(sys.argv[1], WANT, NO_EDGE)
