import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Ingrid Vale', 'Fisheries Directorate', 'criticise', False, False, (), ('criticised',)),
    ('Baltic Ferries', 'Maritime Authority', 'criticise', False, False, ('Tomas Berg',), ('criticised',)),
    ('Veloria', 'Ostrava Clinic', 'attack', True, False, ('Karim Haddad',), ('attacked',)),
    ('Karim Haddad', 'Santoria', 'accuse', False, False, (), ('accused',)),
    ('Arden Logistics', 'Port Board', 'sue', False, False, ('Lena Moss',), ('sued',)),
    ('Lena Moss', 'Harlow Group', 'criticise', False, False, (), ('criticised',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Norfjord Seafood', 'Fisheries Directorate'),  # the speaker criticised, not the company
    ('Veloria', 'Santoria'),
]

check(sys.argv[1], WANT, NO_EDGE)
# "X said Y would pay the fine but criticised Z": after a reported future (would, will, can,
# should, must, a modal) a past saying verb joined by "but" is the speaker's own act; after "had
# paid ... but" the subject stays the reported one. Joined by "and", a verb of the reported clause
# behind its auxiliary ("had not attacked Z and accused W") no longer hands its subject on.
