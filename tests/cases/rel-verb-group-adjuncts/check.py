import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Norland', 'Vestria', 'expel', False, False, (), ('expelled',)),
    ('Gulf Markets Authority', 'Harwell Mutual', 'fine', False, False, (), ('fined',)),
    ('Tigris Audit Office', 'Basra Port Company', 'criticise', False, False, (), ('criticised',)),
    ('Lindqvist Spices', 'Aromatik Foods', 'sell to', False, False, (), ('sold to',)),
    ('Sahel Vanilla', 'Perfumerie Grasse', 'supply', False, False, (), ('supplied',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Ostmark', 'Vestria'),  # journalists are no state representatives, "late" or not
    ('Madagascar Aromatics', 'Cinnamon Traders'),  # no listed verb
]

check(sys.argv[1], WANT, NO_EDGE)
# A time adjunct opened by "late"/"early" ends the object phrase ("expelled three Vestrian
# diplomats late on Wednesday"); an emphatic "itself" after the auxiliary and "in the past" / "in
# recent years" inside the verb group do not cut the subject off.
