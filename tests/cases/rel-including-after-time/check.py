import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Bravo Mining', 'Anna Kowalski', 'fire', False, False, (), ('fired',)),
    ('Federal Bureau of Investigation', 'Tomas Reyes', 'arrest', False, False, (), ('arrested',)),
    ('Kestrel Bank', 'Carla Mendes', 'sue', False, False, (), ('sued',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Nordmark Holdings', 'Velora Systems'),
    ('Alder Freight', 'Ostrava Council'),
]

check(sys.argv[1], WANT, NO_EDGE)
