import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Kroll', 'Deloitte', 'hire', False, False, (), ('hired',)),
    ('Rio Tinto', 'Herbert Smith Freehills', 'hire', False, False, (), ('hired',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Glencore', 'Deloitte'),
]

check(sys.argv[1], WANT, NO_EDGE)
