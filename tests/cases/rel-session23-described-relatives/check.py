import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Li Wei', 'Nordwerk', 'hack', False, False, (), ('hacked',)),
    ('Lennart Vogt', 'Hafenlogistik', 'hack', False, False, (), ('hacked',)),
    ('Al-Noor Foundation', 'Balliol Hall', 'fund', False, False, (), ('funded',)),
    ('Volta Trading', 'Rosneft', 'supply', False, False, (), ('supplied',)),
    ('Cape Shipping Board', 'Coral Tankers', 'fine', False, False, (), ('fined',)),
    ('Omar Said', 'Kestrel Bank', 'criticise', False, False, (), ('criticised',)),
]
# pairs named together that must stay unrelated (near misses)
NO_EDGE = [
    ('Cyprus', 'Rosneft'),  # the country only says where the firm is
    ('Ana Costa', 'Marlin Bank'),  # the relative clause is on the hacker after "about"
    ('Sahel Trust', 'Kestrel Bank'),  # the lawyer criticised, not the trust
    ('Dockers Union', 'Coral Tankers'),  # "whose leader backed Y"
]

check(sys.argv[1], WANT, NO_EDGE)
