import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Anti-Corruption Office', 'Mirko Danev', 'charge', False, False, (), ('charged',)),
    ('Economic Affairs Secretariat', 'Gennady Orlov', 'sanction', False, False, (), ('sanctioned',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Vestro Holdings', 'Mirko Danev'),
    ('Economic Affairs Secretariat', 'Russia'),  # the demonym only describes the magnate
    ('Rafik Mansour', 'Tunisia'),
]

check(sys.argv[1], WANT, NO_EDGE)
# "X, a 41-year-old businessman whom Y charged": the number of a hyphenated age is part of the
# apposition; "X, a Russian fertiliser magnate whom Y sanctioned": a demonym before the head
# nouns only describes them, so the relative pronoun stands for X.
