import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Europol', 'Federal Bureau of Investigation', 'cooperate with', False, False, (), ('cooperated with',)),
    ('Gergely Szalai', 'European Commission', 'accuse', False, False, (), ('accused',)),
    ('Securities and Exchange Commission', 'Araguaia Lithium', 'sue', False, False, (), ('sued',)),
    ('Securities and Exchange Commission', 'Paulo Brandao', 'sue', False, False, (), ('sued',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('European Union', 'Federal Bureau of Investigation'),
    ('Hungary', 'European Commission'),
]

check(sys.argv[1], WANT, NO_EDGE)
