import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

WANT = [
    ('Rapid Support Forces', 'Kabkabiya', 'attack', False, False, (), ('attacked',)),
    ('European Union', 'Orion Shipping', 'sanction', False, False, (), ('sanctioned',)),
    ('Rapid Support Forces', 'North Darfur', 'attack', False, False, (), ('attacked',)),
    ('Lima Water Board', 'Peru', 'criticise', False, False, (), ('criticised',)),
]
NO_EDGE = [
    ('European Union', 'United Arab Emirates'),
    ('Lima Water Board', 'Teller Mining'),
]

check(sys.argv[1], WANT, NO_EDGE)
