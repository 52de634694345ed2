import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Brackley Foods', 'Omsa Dairy', 'acquire', False, True, (), ('acquire',)),
    ('Pellworth Group', 'Tamsin Capital', 'sue', False, True, (), ('sue',)),
    ('Varga Steel', 'Marlow & Finch', 'sue', False, False, ('Hexley Bank',), ('sue',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Hexley Bank', 'Marlow & Finch'),
    ('Hexley Bank', 'Varga Steel'),
]

check(sys.argv[1], WANT, NO_EDGE)
