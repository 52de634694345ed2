import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('DCEO', 'Lesotho Highlands Development Authority', 'raid', False, False, (), ('raided',)),
    ('DCEO', 'Mathabo Mokhothu', 'arrest', False, False, (), ('arrested',)),
    ('Lerato Mokoena', 'Globex', 'meet', False, False, (), ('met',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('DCEO', 'Globex'),
    ('DCEO', 'Lerato Mokoena'),
    ('Ndrangheta', 'Marco Bruno'),
]

check(sys.argv[1], WANT, NO_EDGE)
