import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Clan del Golfo', 'Braima Co', 'supply', False, True, (), ('supplied',)),
    ('Halden Group', 'Pellworth Shipping', 'supply', False, False, (), ('supplied',)),
    ('Hugo Lamb', 'Bodleian Library', 'sell to', False, False, (), ('sold',)),
    ('Kestrel Maritime', 'Marmara Denizcilik', 'sell to', False, False, (), ('sold',)),
    ('Slovakia', 'Ukraine', 'supply', False, False, (), ('supplied',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Halden Group', 'Kestrel Maritime'),
]

check(sys.argv[1], WANT, NO_EDGE)
