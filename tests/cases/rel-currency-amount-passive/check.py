import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

WANT = [
    ('Competition Tribunal', 'Karoo Poultry', 'fine', False, False, (), ('fined',)),
    ('Competition Authority', 'Tembo Mills', 'fine', False, False, (), ('fined',)),
]
NO_EDGE = [
    ('Competition Tribunal', 'Lakeside Foods'),
]

check(sys.argv[1], WANT, NO_EDGE)
