import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Kestrel Bank', 'Velora Systems', 'criticise', False, False, (), ('criticised',)),
    ('Nordmark Holdings', 'Alder Freight', 'support', False, False, (), ('supported',)),
    ('Republic of Vandor', 'Marin Authority', 'expel', False, False, (), ('expelled',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Republic of Vandor', 'Pan-Oceanic League'),
    ('Ostrava Council', 'Bravo Mining'),
]

check(sys.argv[1], WANT, NO_EDGE)
