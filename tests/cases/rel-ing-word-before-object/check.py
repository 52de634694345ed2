import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Taiwan Affairs Office', 'Democratic Progressive Party', 'criticise', False, False, (),
     ('criticised',)),
    ('Niger', 'Benin', 'accuse', False, False, (), ('accused',)),
    ('Ministry of Trade', 'Taiwan', 'criticise', False, False, (), ('criticised',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Taiwan Affairs Office', 'Taiwan'),
    ('Ministry of Trade', 'China'),
]

check(sys.argv[1], WANT, NO_EDGE)
# An -ing word between a possessive and a mention modifies the mention ("Taiwan's ruling
# Democratic Progressive Party"), and so does one right after the verb ("accused neighbouring
# Benin"); "Taiwan's ruling on tariffs" keeps Taiwan, and a demonym before a noun ("rising
# Chinese imports") is no object.
