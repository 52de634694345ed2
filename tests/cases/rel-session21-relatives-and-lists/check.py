import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Andean Capital', 'Kestrel Foods', 'invest in', False, False, (), ('invested',)),
    ('Andes Rights Watch', 'Cerro Gold', 'condemn', False, False, (), ('condemned',)),
    ('Baltic Coast Guard', 'Andris Kalnins', 'detain', False, False, (), ('detained',)),
    ('Baltic Coast Guard', 'Juris Ozols', 'detain', False, False, (), ('detained',)),
    ('Baltic Teachers Union', 'Latvian Education Ministry', 'criticise', False, False, (), ('criticised',)),
    ('Callao Police', 'Julio Ramos Quispe', 'arrest', False, False, (), ('arrested',)),
    ('Ghana Revenue Authority', 'Kofi Mensah', 'fine', False, False, (), ('fined',)),
    ('Hanse Logistik', 'Baltic Gate Terminals', 'sign with', False, False, (), ('signed a ten-year contract',)),
    ('Lima Police', 'Tomas Huaman', 'arrest', False, False, (), ('arrested',)),
    ('Mombasa Port Authority', 'Blue Ocean Lines', 'sue', False, False, (), ('sued',)),
    ('Nordic Green Fund', 'Savanna Solar', 'invest in', False, False, (), ('invested',)),
    ('Tana Water', 'Blue Ocean Lines', 'sue', False, False, (), ('sued',)),
    ('Ocean Watch', 'Marine Parks Agency', 'sue', False, False, (), ('sued',)),
    ('Reef Trust', 'Marine Parks Agency', 'sue', False, False, (), ('sued',)),
    ('Kaveri Motors', 'Nilgiri Batteries', 'invest in', False, False, (), ('invested in',)),
    ('Deccan Fund', 'Nilgiri Batteries', 'invest in', False, False, (), ('invested in',)),
    ('Boer Unie', 'Dutch Agriculture Ministry', 'negotiate with', False, False, (), ('negotiated with',)),
    ('Zuivel Noord', 'Dutch Agriculture Ministry', 'negotiate with', False, False, (), ('negotiated with',)),
    ('Godavari Steel', 'Tapti Fund', 'meet', False, False, (), ('met',)),
    ('Ravi Menon', 'Narmada Cables', 'criticise', False, False, (), ('criticised',)),
    ('Ana Toala', 'Reef Trust', 'criticise', False, False, (), ('criticised',)),
    ('Sinaloa State Police', 'Jorge Paz', 'detain', False, False, (), ('detained',)),
    ('Coast Guard Unit', 'Ahmed Saleh', 'arrest', False, False, (), ('arrested',)),
    ('Andes Rights Watch', 'Cerro Gold', 'criticise', True, False, (), ('criticise',)),
    ('Tana Water', 'Kilima Freight', 'fund', True, False, (), ('fund',)),
    ('Savanna Solar', 'Hanse Logistik', 'sue', True, False, (), ('sue',)),
    ('Ocean Watch', 'Reef Trust', 'meet', False, True, (), ('meet',)),
    ('Boer Unie', 'Zuivel Noord', 'sue', False, False, (), ('sued',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Sahel Ventures', 'Mara Textiles'),
    ('Sahel Ventures', 'Lakeside Apparel'),
    ('Pampa Holdings', 'Orinoco Agro'),
    ('Kilima Freight', 'Blue Ocean Lines'),
    ('Lima Police', 'Pacifico Cargo'),
    ('Lima Police', 'Rosa Huaman'),
    ('Godavari Steel', 'Narmada Cables'),
    ('Tapti Fund', 'Narmada Cables'),
    ('Pacific Union', 'Reef Trust'),
    ('Estonia', 'Lena Berg'),
    ('Jalisco State Police', 'Marco Ruiz'),
    ('Kaveri Motors', 'Zuivel Noord'),
]

check(sys.argv[1], WANT, NO_EDGE)
