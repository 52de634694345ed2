import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Orbis Capital', 'Nordlicht Energy', 'meet', True, False, (), ('met',)),
    ('Orbis Capital', 'Helios Bank', 'meet', True, False, (), ('met',)),
    ('Aster Labs', 'Corvina Systems', 'hire', False, False, (), ('hired',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Aster Labs', 'Meridian Telecom'),
]

check(sys.argv[1], WANT, NO_EDGE)
