import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('European Commission', 'Alder Chemie', 'fine', False, False, (), ('fined',)),
    ('European Commission', 'Birch Kemi', 'fine', False, False, (), ('fined',)),
    ('European Commission', 'Cedar Solvents', 'fine', False, False, (), ('fined',)),
    ('Interpol', 'Alder Chemie', 'warn', False, False, (), ('warned',)),
]
NO_EDGE = [
    ('Interpol', 'France'),
    ('European Commission', 'Germany'),
]

check(sys.argv[1], WANT, NO_EDGE)
# "fined A of Germany, B of Finland and C of Spain": the country after each name of a list does not
# end the list. Near miss: "warned A of Germany and France": the place after "and" is no object.
