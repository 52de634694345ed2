import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Hanbit', 'Tamsin Capital', 'sue', False, False, (), ('sued',)),
    ('IRGC Navy', 'Rajesh Menon', 'detain', False, False, (), ('detained',)),
    ('Office of Foreign Assets Control', 'Ana Ruiz', 'sanction', False, False, (), ('sanctioned',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Veldmaat Precision', 'Kroll'),
    ('Tamsin Capital', 'Veldmaat Precision'),
    ('Kroll', 'Veldmaat Precision'),
]

check(sys.argv[1], WANT, NO_EDGE)
