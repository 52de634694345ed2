import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

WANT = [
    ('Harbour Customs Service', 'Liam Voss', 'fine', False, False, (), ('fined',)),
    ('Metro Crime Unit', 'Ana Okafor', 'detain', False, False, (), ('detained',)),
    ('Pelham Capital', 'Kerry Weekly', 'sue', False, False, (), ('sued',)),
]
NO_EDGE = [
    ('Pelham Capital', 'Tallow Bay Resorts'),
]

check(sys.argv[1], WANT, NO_EDGE)
