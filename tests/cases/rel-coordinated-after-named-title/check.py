import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

WANT = [
    ('Vellmar Werke', 'Karl Baumann', 'fire', False, False, (), ('fired',)),
    ('Vellmar Werke', 'Osterholz Audit', 'hire', False, False, (), ('hired',)),
    ('Riva Shipping', 'Teodora Lind', 'fire', False, False, (), ('dismissed',)),
    ('Riva Shipping', 'Branco Legal', 'hire', True, False, (), ('hire',)),
    ('Karl Baumann', 'Branco Legal', 'hire', False, False, (), ('hired',)),
]
NO_EDGE = [
    ('Vellmar Werke', 'Branco Legal'),
]

check(sys.argv[1], WANT, NO_EDGE)
