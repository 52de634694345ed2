import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Andean Water Board', 'Lima Metro', 'sue', False, False, (), ('sued',)),
    ('Anti-Graft Office', 'Arben Hoxha', 'charge', False, False, (), ('charged',)),
    ('Baltic Port Authority', 'Tallinn Ferries', 'sue', False, False, (), ('sued',)),
    ('Colombo Police', 'Nimal Perera', 'detain', False, False, (), ('detained',)),
    ('Kano Police', 'Musa Danjuma', 'arrest', False, False, (), ('arrested',)),
    ('Lagos Police', 'Delta Freight', 'raid', False, False, (), ('raided',)),
    ('Lagos Police', 'Ade Bello', 'arrest', False, False, (), ('arrested',)),
    ('Norwegian Coast Guard', 'Jon Olafsson', 'detain', False, False, (), ('detained',)),
    ('Pacific Fisheries Council', 'Suva Fishing', 'ban', False, False, (), ('banned',)),
    ('Suriname Coast Guard', 'Ramesh Jagessar', 'detain', False, False, (), ('detained',)),
    ('Andes Mining', 'Pampa Consult', 'sue', False, True, (), ('sue',)),
    ('Andes Mining', 'Jose Ruiz', 'fire', False, False, (), ('fired',)),
    ('Condor Holdings', 'Quito Metro', 'buy', False, False, (), ('bought',)),
    ('Kauri Foods', 'Rimu Bank', 'sue', False, False, (), ('sued',)),
    ('Kivu Miners Union', 'Baraka Gold', 'threaten', False, False, (), ('threatened',)),
    ('Prairie Mills', 'Kostov Legal', 'hire', False, False, (), ('hired',)),
    ('Prairie Mills', 'Dana Kowalski', 'fire', False, False, (), ('fired',)),
    ('Quito Metro', 'Ecuador Water Agency', 'sue', False, False, (), ('sued',)),
    ('Sahara Haulage', 'Niger Trust', 'sue', False, False, (), ('sued',)),
    ('Tasman Dairy', 'Liam Walsh', 'fire', False, False, (), ('fired',)),
    ('Volta Union', 'Accra Power', 'criticise', False, False, (), ('criticised',)),
    ('Volta Union', 'Accra Power', 'threaten', False, False, (), ('threatened',)),
    ('Hernan Soto', 'Riga Shipping', 'help', False, True, ('Teresa Vidal',), ('helped',)),
    ('Danube Miners Union', 'Tatra Gold', 'criticise', False, False, (), ('criticised',)),
    ('Lakeview Bank', 'Amina Otieno', 'hire', False, False, (), ('hired',)),
    ('Ostrava Steel', 'Brno Advisers', 'fire', False, False, (), ('fired',)),
    ('Brno Advisers', 'Plzen Bank', 'sue', False, False, ('Zlin Foods',), ('sued',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Kano Police', 'Niger Trust'),
    ('Kano Police', 'Sahara Haulage'),
    ('Tasman Dairy', 'Rimu Bank'),
    ('Red River Bank', 'Kostov Legal'),
    ('Minho Union', 'Douro Advisers'),
    ('Minho Union', 'Pedro Alves'),
    ('Faroe Fisheries Inspectorate', 'Anders Poulsen'),
    ('Danish Coast Guard', 'Erik Hansen'),
    ('Danish Coast Guard', 'Nordic Fish'),
    ('Svalbard Watch', 'Lars Berg'),
    ('Teresa Vidal', 'Riga Shipping'),
    ('Condor Holdings', 'Ecuador Water Agency'),
    ('Mart Kask', 'Baltic Port Authority'),
    ('Tonga', 'Suva Fishing'),
    ('Zlin Foods', 'Plzen Bank'),
    ('Olomouc Bank', 'Tatra Gold'),
]

check(sys.argv[1], WANT, NO_EDGE)
