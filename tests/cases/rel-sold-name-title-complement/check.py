import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Ardent Energy', 'Kormoran Capital', 'sell to', False, False, (), ('sold',)),
    ('Brightwater Chips', 'Mendel Robotics', 'supply', False, False, (), ('supplied',)),
    ('Brightwater Chips', 'Tavish Foods', 'sell to', False, False, (), ('sold',)),
    ('Tavish Foods', 'Ines Moravec', 'appoint', False, False, (), ('appointed',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Ardent Energy', 'Solway Wind'),
    ('Solway Wind', 'Kormoran Capital'),
    ('Mendel Robotics', 'Tavish Foods'),
    ('National Crime Agency', 'Otto Kiel'),
]

check(sys.argv[1], WANT, NO_EDGE)
