import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Acme', 'India', 'sell to', False, False, (), ('sold',)),
    ('Iran', 'Russia', 'supply', False, False, (), ('supplied',)),
    ('Larkspur Energy', 'Shandong Haiyu', 'sell to', False, True, (), ('sold',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Larkspur Energy', 'Venezuela'),
    ('Acme', 'Russia'),
    ('Russia', 'India'),
    ('Acme', 'Venezuela'),
]

check(sys.argv[1], WANT, NO_EDGE)
