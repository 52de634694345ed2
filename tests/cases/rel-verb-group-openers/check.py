import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Anti-Graft Board', 'Ndovu Logistics', 'back', False, False, (), ('backed',)),
    ('Coastal Police', 'Ndovu Logistics', 'raid', False, False, (), ('raided',)),
    ('Coastal Police', 'Ravi Menon', 'detain', False, False, (), ('detained',)),
    ('Maritime Safety Office', 'Harbour Pilots Guild', 'fund', False, False, (), ('funding',)),
    ('Corvane Mining', 'Tarsis Energy', 'investigate', False, False, (), ('investigating',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Corvane Mining', 'Harbour Pilots Guild'),
]

check(sys.argv[1], WANT, NO_EDGE)
