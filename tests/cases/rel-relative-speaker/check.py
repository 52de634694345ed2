import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Panama Maritime Authority', 'Office of Foreign Assets Control', 'cooperate with', False, False, (), ('cooperated with',)),
    ('Panama Maritime Authority', 'Orinoco Star', 'fine', False, False, (), ('fined',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Office of Foreign Assets Control', 'Orinoco Star'),
]

check(sys.argv[1], WANT, NO_EDGE)
