import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Acme Power', 'Fichtner', 'hire', False, False, ('Milan Novak',), ('hired',)),
    ('Baltic Ores', 'Kiva Rail', 'sue', False, False, ('Chen Wei',), ('sue',)),
    ('Pampa Lithium', 'Sahel Bank', 'hire', False, False, (), ('hired',)),
    ('Delta Miners', 'Red Sparrow', 'fund', True, False, (), ('funded',)),
    ('Amina Yusuf', 'Granja Norte', 'threaten', False, True, (), ('threatening',)),
    ('Tomas Varga', 'Norway', 'spy on', False, False, (), ('spying on',)),
    ('European Union', 'Nordic Fund', 'sanction', False, False, (), ('sanctioned',)),
    ('Nordic Fund', 'Red Sparrow', 'supply', False, False, (), ('supplying',)),
    ('Jorge Salas', 'Red Sparrow', 'fund', False, True, (), ('funding',)),
    ('Tomas Varga', 'Nordic Fund', 'praise', False, False, (), ('praised',)),
]
# pairs named together that must stay unrelated (near misses)
NO_EDGE = [
    ('Baltic Ores', 'Delta Miners'),  # "replied to Y"
    ('Acme Power', 'Granja Norte'),  # a speaker with two organisations
    ('Sahel Bank', 'Granja Norte'),
    ('Milan Novak', 'Granja Norte'),
    ('Norway', 'Nordic Fund'),  # "thanked X for funding Y": no verb of the table
    ('Chen Wei', 'Nordic Fund'),
    ('Pampa Lithium', 'Fichtner'),  # a clause after a verb of speech
    ('Delta Miners', 'Kiva Rail'),  # a name inside a phrase
    ('Jorge Salas', 'Kiva Rail'),
    ('Norway', 'Sahel Bank'),  # a name that does not open its clause
    ('Tomas Varga', 'Sahel Bank'),
]

check(sys.argv[1], WANT, NO_EDGE)
