import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Competition Authority', 'Delta Flour', 'fine', False, False, (), ('fined',)),
    ('Competition Authority', 'Harbour Mills', 'fine', False, False, (), ('fined',)),
    ('Election Commission', 'CPN-UML', 'fine', False, False, (), ('fined',)),
    ('Election Commission', 'Janata Party', 'fine', False, False, (), ('fined',)),
    ('Election Commission', 'Nepali Congress', 'fine', False, False, (), ('fined',)),
    ('Financial Markets Authority', 'Bay Mortgage Trust', 'warn', False, False, (), ('warned',)),
    ('Financial Markets Authority', 'Serious Fraud Office', 'help', False, False, (), ('helped',)),
    ('Houthis', 'Ahmed Saleh', 'detain', False, False, (), ('detained',)),
    ('Skyline Air', 'Ravi Menon', 'fire', False, False, (), ('fired',)),
    ('Syriza', 'Hristijan Mickoski', 'criticise', False, False, (), ('criticised',)),
    ('Wellcome Trust', 'Accra', 'visit', False, False, (), ('visited',)),
    ('Wellcome Trust', 'Noguchi Institute', 'fund', False, False, (), ('funded',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Election Commission', 'Loktantrik Party'),
    ('Wellcome Trust', 'Harbour Mills'),
]

check(sys.argv[1], WANT, NO_EDGE)
