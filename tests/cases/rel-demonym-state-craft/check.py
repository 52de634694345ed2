import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

WANT = [
    ('Fifth Fleet', 'Iran', 'warn', False, False, (), ('warned',)),
    ('Japan', 'China', 'accuse', False, False, (), ('accused',)),
]
NO_EDGE = [
    ('Indian Coast Guard', 'Sri Lanka'),
    ('Armada de Chile', 'Peru'),
]

check(sys.argv[1], WANT, NO_EDGE)
