import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Halberd Semiconductor', 'Maplegrid Inc.', 'acquire', False, False, (), ('acquired',)),
    ('Halberd Semiconductor', 'Priya Raman', 'hire', False, False, (), ('hired',)),
    ('Tidewater Robotics', 'Maplegrid Inc.', 'sue', False, False, (), ('sued',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Tidewater Robotics', 'Ontario'),
    ('Maplegrid Inc.', 'Texas'),
    ('Halberd Semiconductor', 'Texas'),
]

check(sys.argv[1], WANT, NO_EDGE)
