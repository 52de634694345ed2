import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Panama Maritime Authority', 'Orinoco Star', 'fine', False, False, (), ('fined',)),
    ('Orinoco Star', 'Aster Labs', 'hire', False, False, (), ('hired',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Panama Maritime Authority', 'Aster Labs'),
]

check(sys.argv[1], WANT, NO_EDGE)
