import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('General Directorate for National Security', 'Karim Bennani', 'arrest', False, False, (), ('arrested',)),
    ('Hexley Bank', 'Tamsin Capital', 'sue', False, False, (), ('sued',)),
    ('Kroll', 'Hanbit', 'sue', False, False, (), ('sued',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Kuwait Anti-Corruption Authority', 'Hanbit'),
]

check(sys.argv[1], WANT, NO_EDGE)
