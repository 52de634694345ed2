import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Hanbit', 'Veldmaat Precision', 'hack', False, False, (), ('hacked',)),
    ('Kroll', 'Hanbit', 'sue', False, False, (), ('sued',)),
    ('Tamsin Capital', 'Hanbit', 'acquire', False, False, (), ('acquired',)),
    ('United States', 'Waleska Moran', 'sanction', False, False, (), ('sanctioned',)),
    ('Waleska Moran', 'Erick Coyoy', 'criticise', False, False, (), ('criticised',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('United States', 'Erick Coyoy'),
    ('Tamsin Capital', 'Veldmaat Precision'),
]

check(sys.argv[1], WANT, NO_EDGE)
