import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Argentina', 'Bolivia', 'warn', False, False, (), ('warned',)),
    ('Bolivia', 'Chile', 'expel', False, False, (), ('expelled',)),
    ('Bolivia', 'Uruguay', 'expel', False, False, (), ('expelled',)),
    ('Paraguay', 'Bolivia', 'warn', False, False, (), ('warned',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Brazil', 'Bolivia'),
    ('Peru', 'Bolivia'),
]

check(sys.argv[1], WANT, NO_EDGE)
