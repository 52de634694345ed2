import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

WANT = [
    ('Metro Crime Unit', 'Ana Okafor', 'arrest', False, False, (), ('arrested',)),
    ('Harbour Customs Service', 'Liam Voss', 'detain', False, False, (), ('detained',)),
]
NO_EDGE = [
    ('Norland', 'Tallow Bay Resorts'),
]

check(sys.argv[1], WANT, NO_EDGE)
