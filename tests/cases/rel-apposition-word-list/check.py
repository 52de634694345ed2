import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Granvia Foods', 'Halden Bank', 'criticise', False, False, (), ('criticised',)),
    ('Lakeside Farmers Union', 'Granvia Foods', 'sue', False, False, (), ('sued',)),
    ('Lakeside Farmers Union', 'Halden Bank', 'criticise', False, False, (), ('criticised',)),
    ('Ostrander Steel', 'Halden Bank', 'sue', False, False, (), ('sued',)),
    ('Ostrander Steel', 'Pellworth Shipping', 'acquire', False, False, (), ('acquired',)),
    ('Pellworth Shipping', 'Halden Bank', 'criticise', False, False, (), ('criticised',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Ostrander Steel', 'Granvia Foods'),
    ('Lakeside Farmers Union', 'Ostrander Steel'),
]

check(sys.argv[1], WANT, NO_EDGE)
