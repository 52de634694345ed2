import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Federal Bureau of Investigation', 'National Police Agency', 'help', False, False, (), ('helped',)),
    ('National Intelligence Service', 'National Police Agency', 'help', False, False, (), ('helped',)),
    ('DSN', 'Orlov Trading', 'investigate', False, False, (), ('investigated',)),
    ('BND', 'Orlov Trading', 'investigate', False, False, (), ('investigated',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('South Korea', 'National Police Agency'),
    ('Austria', 'Orlov Trading'),
]

check(sys.argv[1], WANT, NO_EDGE)
