import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

WANT = [
    ('Nordic Fishing League', 'Norway', 'meet', False, False, (), ('met',)),
    ('Amelie Gagnon', 'Israel', 'criticise', False, False, (), ('criticised',)),
    ('Justice Department', 'Chile', 'accuse', False, False, (), ('accused',)),
]
NO_EDGE = [
    ('Kenya', 'Amelie Gagnon'),
    ('Justice Department', 'Iran'),
    ('Securities and Exchange Commission', 'Brazil'),
]

check(sys.argv[1], WANT, NO_EDGE)
