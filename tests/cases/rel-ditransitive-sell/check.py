import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Altamira Labs', 'Instituto Nacional de Salud', 'sell to', False, False, (), ('sold',)),
    ('Altamira Labs', 'Kestrel Arms', 'sell to', True, False, (), ('sold',)),
    ('Kestrel Arms', 'Norland', 'sell to', False, False, (), ('sell',)),
    ('Kestrel Arms', 'Halden Group', 'sell to', False, False, (), ('sold',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Kestrel Arms', 'Pellworth Shipping'),
]

check(sys.argv[1], WANT, NO_EDGE)
