import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Central Bank of Borduria', 'Bank of the Lakes', 'ban', False, False, (), ('banned',)),
    ('Central Bank of Borduria', 'Meridian Trust Bank', 'ban', False, False, (), ('banned',)),
    ('Central Bank of Borduria', 'Crescent Savings', 'fine', False, False, (), ('fined',)),
    ('European Council of Ministers', 'Kaspar Ostrov', 'sanction', False, False, (), ('sanctioned',)),
    ('Coastal Guard Service', 'Tomas Vell', 'detain', False, False, (), ('detained',)),
    ('North Harbour Police', 'Anja Rask', 'arrest', False, False, (), ('arrested',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Central Bank of Borduria', 'Ruritania'),
    ('European Council of Ministers', 'Karst Brothers'),
    ('North Harbour Police', 'Dario Fenn'),
]

check(sys.argv[1], WANT, NO_EDGE)
