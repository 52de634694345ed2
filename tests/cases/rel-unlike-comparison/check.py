import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

WANT = [
    ('Norway', 'Rapid Support Forces', 'sanction', True, False, (), ('sanctioned',)),
    ('Norway', 'Globex', 'sanction', False, False, (), ('sanctioned',)),
]
NO_EDGE = [
    ('Norway', 'United States'),
    ('Norway', 'United Kingdom'),
    ('United States', 'Globex'),
]

check(sys.argv[1], WANT, NO_EDGE)
