import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Federal Bureau of Investigation', 'Tomas Okafor', 'arrest', False, False, (), ('arresting',)),
    ('Federal Bureau of Investigation', 'Marta Quist', 'charge', False, False, (), ('charged',)),
    ('Brennmoor Systems', 'Kelmar Holdings', 'buy', False, False, (), ('bought',)),
    ('Brennmoor Systems', 'Tessaro Foods', 'sell to', False, False, (), ('sold',)),
    ('Nordvik Bank', 'Ilse Marwood', 'hire', False, False, (), ('hired',)),
    ('Nordvik Bank', 'Ostrava Freight', 'sue', False, False, (), ('sued',)),
    ('Petra Lund', 'Estonia', 'visit', False, False, (), ('visiting',)),
    ('Petra Lund', 'Greta Solberg', 'meet', False, False, (), ('met',)),
    ('Tessaro Foods', 'Ostrava Freight', 'criticise', False, False, (), ('criticised',)),
    ('Tessaro Foods', 'Halden Mining', 'fine', False, False, (), ('fining',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Gabon', 'Nordvik Bank'),
    ('Gabon', 'Kelmar Holdings'),
    ('Kelmar Holdings', 'Nordvik Bank'),
    ('Ostrava Freight', 'Halden Mining'),
]

check(sys.argv[1], WANT, NO_EDGE)
