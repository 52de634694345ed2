import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Kestrel Bank', 'Priya Nair', 'hire', False, False, (), ('hired',)),
    ('Orion Logistics', 'Russia', 'supply', False, False, (), ('supplying',)),
    ('Halcyon Mining', 'Karl Jensen', 'hire', False, False, (), ('hired',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Halcyon Mining', 'London'),
    ('London', 'Karl Jensen'),
]

check(sys.argv[1], WANT, NO_EDGE)
