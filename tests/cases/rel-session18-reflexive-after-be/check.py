import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('National Audit Office of Varnia', 'Kestrel Power', 'investigate', False, False, (), ('investigated',)),
    ('Federal Police of Lemara', 'Port Authority of Lemara', 'investigate', False, False, (), ('investigated',)),
    ('Federal Police of Lemara', 'Mirela Dukic', 'detain', False, False, (), ('detained',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Coastal Rights Forum', 'Harbour Workers Union'),
]

check(sys.argv[1], WANT, NO_EDGE)
