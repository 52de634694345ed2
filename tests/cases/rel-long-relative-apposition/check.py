import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Nordvik Grid', 'Pelican Shipping Ltd', 'sue', False, False, (), ('sued',)),
    ('Agence de Sûreté Nationale', 'Idriss Mahamat Saleh', 'arrest', False, False, (), ('arrested',)),
    ('Unidad Especial contra la Corrupción', 'Consejo Nacional Electoral', 'raid', False, False, (),
     ('raided',)),
    ('Larsen Holdings', 'Fenwick Bank', 'buy', False, False, (), ('bought',)),
    # session 19: a list closed by a conjunct without a name ("Fenwick Bank, Ostra Capital and a
    # small insurer") names every object; the exact list still keeps "fine" out of Larsen's edges
    ('Larsen Holdings', 'Ostra Capital', 'buy', False, False, (), ('bought',)),
    ('Larsen Holdings', 'Morland Trust', 'fire', False, False, (), ('fired',)),
    ('Harbour Authority', 'Ostra Capital', 'fine', False, False, ('Larsen Holdings',), ('fined',)),
    ('Fenwick Bank', 'Harbour Authority', 'criticise', False, False, (), ('criticised',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Saaremaa Energia', 'Pelican Shipping Ltd'),
    ('Estonia', 'Pelican Shipping Ltd'),
    ('Chad', 'Idriss Mahamat Saleh'),
    ('Central African Republic', 'Idriss Mahamat Saleh'),
    ('Ministerio Fiscal', 'Consejo Nacional Electoral'),
    ('Honduras', 'Consejo Nacional Electoral'),
    ('Fenwick Bank', 'Morland Trust'),
    ('Ostra Capital', 'Morland Trust'),
]

check(sys.argv[1], WANT, NO_EDGE)
