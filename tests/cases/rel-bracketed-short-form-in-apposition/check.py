import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Maritime Authority', 'Oryx Tankers', 'fine', False, False, (), ('fined',)),
    ('Maritime Authority', 'Pallas Shipping', 'fine', False, False, (), ('fined',)),
    ('Public Prosecution', 'Faisal al-Mutairi', 'charge', False, False, (), ('charged',)),
    ('Public Prosecution', 'Hamad al-Ajmi', 'charge', False, False, (), ('charged',)),
    ('Public Prosecution', 'Yousef Behbehani', 'charge', False, False, (), ('charged',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Public Prosecution', 'Kuwait Oil Company'),
    ('Maritime Authority', 'Port of Sohar Terminal'),
]

check(sys.argv[1], WANT, NO_EDGE)
