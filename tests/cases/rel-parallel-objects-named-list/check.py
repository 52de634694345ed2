import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('DIICOT', 'Ion Popa', 'indict', False, False, (), ('indicted',)),
    ('DNA', 'Mircea Pădureanu', 'indict', False, False, (), ('indicted',)),
    ('DNA', 'Sorin Ghiță', 'indict', False, False, (), ('indicted',)),
    ('DNA', 'Vlad Enache', 'indict', False, False, (), ('indicted',)),
    ('Mihai Stan', 'Elena Pop', 'meet', False, False, (), ('met',)),
    ('PNA', 'Radu Ionescu', 'indict', False, False, (), ('indicted',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('DIICOT', 'Dan Rusu'),
    ('DIICOT', 'Ana Mihai'),
    ('PNA', 'Mihai Stan'),
    ('PNA', 'Elena Pop'),
]

check(sys.argv[1], WANT, NO_EDGE)
