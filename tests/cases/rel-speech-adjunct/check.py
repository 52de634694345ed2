import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Orbis Capital', 'Nordlicht Energy', 'acquire', False, False, (), ('acquired',)),
    ('Helios Bank', 'Vance Ruiz', 'hire', False, False, (), ('hired',)),
    ('Corvina Systems', 'Aster Labs', 'hack', False, False, ('Meridian Telecom',), ('hacked',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Meridian Telecom', 'Aster Labs'),
]

check(sys.argv[1], WANT, NO_EDGE)
