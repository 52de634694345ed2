import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Globex', 'Jane Roe', 'fund', True, False, (), ('funded',)),
    ('Globex', 'Jane Roe', 'hire', True, False, (), ('hired',)),
    ('Initech', 'John Doe', 'fund', False, True, (), ('funded',)),
    ('Initech', 'John Doe', 'hire', False, True, (), ('hired',)),
    ('Tianshan', 'Toktosunov', 'fund', True, False, (), ('funded',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Hooli', 'Mary Major'),
    ('Hooli', 'Acme'),
    ('Tianshan', 'Kyrgyzstan'),
]

check(sys.argv[1], WANT, NO_EDGE)
