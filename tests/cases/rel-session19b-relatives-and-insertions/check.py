import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Central Bank', 'Harmattan Bank', 'fine', False, False, (), ('fined',)),
    ('Central Bank', 'Meridian Trust', 'fine', False, False, (), ('fined',)),
    ('Department of Defence', 'Coriolis Marine Systems', 'sign with', False, False, (), ('signed with',)),
    ('Energy Regulatory Commission', 'Lima Rail', 'fine', False, False, (), ('fined',)),
    ('Hidroelectrica', 'Carpatic Turbine', 'sue', False, False, (), ('sued',)),
    ('Hidroelectrica', 'Mihai Balanescu', 'fire', False, False, (), ('fired',)),
    ('Imogen Ryecroft', 'Department of Defence', 'accuse', False, False, (), ('accused',)),
    ('Kenya Power', 'Energy Regulatory Commission', 'sue', False, False, (), ('sued',)),
    ('Kenya Power', 'Harmattan Bank', 'sue', False, False, (), ('sued',)),
    ('Ministry of Mines', 'Andes Gold', 'fine', False, False, (), ('fined',)),
    ('Ministry of Mines', 'Pacific Copper', 'sue', False, False, (), ('sued',)),
    ('SYRIZA', 'Hristijan Mickoski', 'criticise', False, False, (), ('criticised',)),
    ('Superintendencia del Mercado de Valores', 'Andes Capital', 'fine', False, False, (), ('fined',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Athens', 'Hristijan Mickoski'),
    ('Lima', 'Andes Capital'),
    ('Kenya Power', 'Lima Rail'),
    ('Rosa Quispe', 'Harmattan Bank'),
    ('Meridian Trust', 'Harmattan Bank'),
]

check(sys.argv[1], WANT, NO_EDGE)
