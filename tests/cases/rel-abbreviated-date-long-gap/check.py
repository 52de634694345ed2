import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Direction Générale de la Sûreté', 'Musa Adam Tahir', 'detain', False, False, (),
     ('detained',)),
    ('Pathway Data', 'Crestview Mutual', 'sell to', False, False, (), ('sold',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Sudan', 'Musa Adam Tahir'),
    ('Adré', 'Musa Adam Tahir'),
    ('Hollin Freight', 'Arden Logistics'),
]

check(sys.argv[1], WANT, NO_EDGE)
