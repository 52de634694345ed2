import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Holovna Rozvidka', 'Baltic Railways', 'hack', False, False, (), ('hacked',)),
    ('Sluzhba Varty', 'Holovna Rozvidka', 'cooperate with', False, False, (), ('cooperated with',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Sluzhba Varty', 'Baltic Railways'),
    ('Holovna Rozvidka', 'Krasnodar'),
]

check(sys.argv[1], WANT, NO_EDGE)
