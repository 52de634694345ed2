import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Anti-Corruption Bureau', 'Ewa Kowalska', 'charge', False, False, (), ('charged',)),
    ('Anti-Corruption Bureau', 'Tomasz Nowak', 'charge', False, False, (), ('charged',)),
    ('Carabinieri', 'Franco Galli', 'arrest', False, False, (), ('arrested',)),
    ('Carabinieri', 'Luca Greco', 'detain', False, False, (), ('detained',)),
    ('Carabinieri', 'Marco Russo', 'detain', False, False, (), ('detained',)),
    ('Kenya Police', 'Brian Otieno', 'arrest', False, False, (), ('arrested',)),
    ('Kenya Police', 'Grace Wanjiru', 'arrest', False, False, (), ('arrested',)),
    ('Kenya Police', 'Peter Kamau', 'arrest', False, False, (), ('arrested',)),
    ('OFAC', 'Nile Crest Trading', 'sanction', False, False, (), ('sanctioned',)),
    ('OFAC', 'Red Sea Bunkering', 'sanction', False, False, (), ('sanctioned',)),
    ('Subtel', 'Andes Telecom', 'fine', False, False, (), ('fined',)),
    ('Subtel', 'Austral Cable', 'fine', False, False, (), ('fined',)),
    ('Subtel', 'Pampa Movil', 'fine', False, False, (), ('fined',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Kenya Police', 'Safaricom'),
    ('Carabinieri', 'Europol'),
    ('OFAC', 'Gulf Star Shipping'),
    ('Subtel', 'Movistar'),
]

check(sys.argv[1], WANT, NO_EDGE)
