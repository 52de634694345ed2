import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Coastal Fishers Guild', 'Merrow Seafoods', 'criticise', False, False, (), ('criticised',)),
    ('Arden Trust', 'Kettle Street Shelter', 'back', False, False, (), ('backed',)),
    ('Harlow Ombudsman', 'Brackwater Utilities', 'accuse', False, False, (), ('accused',)),
    ('Merrow Seafoods', 'Kettle Street Shelter', 'criticise', False, False, (), ('criticised',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Arden Trust', 'Merrow Seafoods'),
]

check(sys.argv[1], WANT, NO_EDGE)
# A span of time between auxiliary and verb ("had for months criticised", "has for the past two years
# backed", "has for decades accused"); near miss: "said that for years Y had criticised Z" keeps Y as subject.
