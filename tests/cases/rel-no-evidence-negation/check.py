import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Lantern Data', 'Summit Auto', 'sell to', True, False, (), ('sold',)),
    ('Vega Data', 'Orion Cars', 'sell to', False, False, (), ('sold',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Pax Data', 'Kestrel Cars'),
]

check(sys.argv[1], WANT, NO_EDGE)
