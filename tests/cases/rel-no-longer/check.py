import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Alder Freight', 'Kestrel Bank', 'back', False, False, (), ('backs',)),
    ('Bravo Mining', 'Kestrel Bank', 'supply', True, False, (), ('supplied',)),
    ('Nordmark Holdings', 'Velora Systems', 'support', True, False, (), ('supports',)),
    ('Tidewater Oil', 'Greenpeace', 'fund', True, False, ('Carla Mendes',), ('funds',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Alder Freight', 'Tidewater Oil'),
    ('Carla Mendes', 'Greenpeace'),
    ('Carla Mendes', 'Tidewater Oil'),
    ('Velora Systems', 'Alder Freight'),
    ('Velora Systems', 'Kestrel Bank'),
]

check(sys.argv[1], WANT, NO_EDGE)
# "no longer" negates the verb after it, active or passive; "works with" is no
# listed verb, and "no longer" in the first clause does not reach "backs".
