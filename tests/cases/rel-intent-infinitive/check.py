import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Brackley Foods', 'Omsa Dairy', 'acquire', False, True, (), ('acquire',)),
    ('Hexley Bank', 'Marlow & Finch', 'sue', True, True, (), ('sue',)),
    ('Pellworth Group', 'Tamsin Capital', 'buy', False, True, (), ('buy',)),
    ('Quarry Lane Partners', 'Varga Steel', 'buy', False, True, (), ('buy',)),
    ('Varga Steel', 'Marlow & Finch', 'hire', False, False, (), ('hired',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Orrin Mining', 'Staley Ports'),
    ('Reuters', 'Marlow & Finch'),
    ('Varga Steel', 'Reuters'),
]

check(sys.argv[1], WANT, NO_EDGE)
