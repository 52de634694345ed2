import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('EFCC', 'Ebiere Dikibo', 'charge', False, False, (), ('charged',)),
    ('EFCC', 'Kestrel Freight', 'charge', False, False, (), ('charged',)),
    ('EFCC', 'Kestrel Freight', 'raid', False, False, (), ('raided',)),
    ('EFCC', 'Tunde Bakare', 'charge', False, False, (), ('charged',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('EFCC', 'Amaka Obi'),
    ('Kestrel Freight', 'Amaka Obi'),
]

check(sys.argv[1], WANT, NO_EDGE)
