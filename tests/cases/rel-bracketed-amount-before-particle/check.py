import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

WANT = [
    ('Halvard Capital', 'Fjordline Energy', 'invest in', False, False, (), ('invested',)),
    ('Sakura Ventures', 'Kumo Robotics', 'invest in', False, False, (), ('invested',)),
    ('Capital Markets Authority', 'Mombasa Grain Traders', 'fine', False, False, (), ('fined',)),
]
NO_EDGE = [
    ('Halvard Capital', 'Nordvik Salmon'),
]

check(sys.argv[1], WANT, NO_EDGE)
