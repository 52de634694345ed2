import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Northgate Capital', 'Corvid Robotics', 'invest in', False, False, (), ('invested in',)),
    ('Lumen Ventures', 'Corvid Robotics', 'invest in', False, False, (), ('invested in',)),
    ('Halden Seeds', 'Northgate Capital', 'praise', False, False, (), ('praised',)),
    ('Halden Seeds', 'Lumen Ventures', 'praise', False, False, (), ('praised',)),
]
NO_EDGE = []

check(sys.argv[1], WANT, NO_EDGE)
# "A as well as B invested in Y" joins two subjects like "and". Near miss: "Z praised A as well as
# B": objects, and neither A nor B becomes a subject of anything.
