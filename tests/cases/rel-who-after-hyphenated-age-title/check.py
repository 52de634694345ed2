import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Ana Ruiz', 'Tamsin Capital', 'help', False, True, (), ('helped',)),
    ('Kroll', 'Ana Ruiz', 'sue', False, False, (), ('sued',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Hanbit', 'Tamsin Capital'),
    ('Hanbit', 'Veldmaat Precision'),
]

check(sys.argv[1], WANT, NO_EDGE)
