import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Corvina Systems', 'DIS', 'sell to', False, True, (), ('sold',)),
    ('Chhim Ratana', 'Cambodia', 'criticise', False, False, (), ('criticised',)),
    ('Patagonia Frac', 'Silvia Ancatén', 'fire', False, False, (), ('fired',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Corvina Systems', 'Cyprus'),
    ('Chhim Ratana', 'Mekong Network'),
]

check(sys.argv[1], WANT, NO_EDGE)
