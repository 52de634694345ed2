import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('European Union', 'Tomas Varga', 'sanction', False, False, (), ('sanctioned',)),
    ('European Union', 'Lena Markova', 'sanction', False, False, (), ('sanctioned',)),
    ('Lena Markova', 'Nordic Fund', 'criticise', False, False, (), ('criticised',)),
    ('World Bank', 'Chiloe Salmon', 'back', False, False, (), ('backed',)),
    ('Chiloe Salmon', 'Sofia Lind', 'hire', False, False, (), ('hired',)),
    ('Zambia', 'Mekong Power', 'back', False, False, (), ('backed',)),
    ('Mekong Power', 'Dhaka Textiles', 'buy', False, False, (), ('bought',)),
    ('Andes Capital', 'Oslo Transit', 'fund', False, False, (), ('funded',)),
    ('Nordic Fund', 'Dhaka Textiles', 'criticise', False, False, (), ('criticised',)),
]
# pairs named together that must stay unrelated (near misses)
NO_EDGE = [
    ('European Union', 'Sofia Lind'),  # no name before the description
    ('Hungary', 'Sofia Lind'),
    ('Sahel Bank', 'Lena Markova'),
    ('Tunis', 'Lena Markova'),
    ('Sahel Bank', 'Nordic Fund'),  # a third name closer to the participle
    ('Lima', 'Nordic Fund'),
    ('Andes Capital', 'Sahel Bank'),  # across a semicolon
    ('Andes Capital', 'Tomas Varga'),
    ('Lima', 'Tomas Varga'),
    ('Andes Capital', 'Mekong Power'),  # a nominalisation
    ('Tunis', 'Oslo Transit'),  # the place in the description is no patient
    ('Lima', 'Chiloe Salmon'),
]

check(sys.argv[1], WANT, NO_EDGE)
