import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Cascadia Forest Products', 'Home Depot', 'sell to', False, False, (), ('sells',)),
    ('Cascadia Forest Products', 'Lowe’s', 'sell to', False, False, (), ('sells',)),
    ('Orbis Capital', 'Nordlicht Energy', 'acquire', False, False, (), ('acquired',)),
    ('Orbis Capital', 'Vestra Holdings', 'acquire', False, False, (), ('acquired',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
]

check(sys.argv[1], WANT, NO_EDGE)
