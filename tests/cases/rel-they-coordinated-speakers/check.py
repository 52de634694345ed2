import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Banco Central', 'Servicios Petroleros Andinos', 'investigate', False, False, (), ('investigating',)),
    ('Comisión Nacional de Valores', 'Servicios Petroleros Andinos', 'investigate', False, False, (), ('investigating',)),
    ('Rafael Ortiz', 'Petro Andes', 'investigate', False, False, (), ('investigating',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Tax Agency', 'Petro Andes'),
]

check(sys.argv[1], WANT, NO_EDGE)
