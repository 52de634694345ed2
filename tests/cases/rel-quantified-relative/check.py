import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Federal Bureau of Investigation', 'Costa Rica', 'help', False, False, (), ('helped',)),
    ('Guardia Civil', 'Costa Rica', 'help', False, False, (), ('helped',)),
    ('Orbis Capital', 'Lantern Group', 'fund', False, False, (), ('funded',)),
    ('Vestra Holdings', 'Lantern Group', 'fund', False, False, (), ('funded',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Spain', 'Costa Rica'),
]

check(sys.argv[1], WANT, NO_EDGE)
