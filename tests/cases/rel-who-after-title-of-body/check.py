import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Contraloría General', 'Carlos Rivas', 'accuse', False, False, (), ('accused',)),
    ('Héctor Manrique', 'Aurelio Chocooj', 'accuse', False, False, (), ('accused',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Fiscalía Especial contra la Impunidad', 'Aurelio Chocooj'),
    ('Ministerio Público', 'Carlos Rivas'),
]

check(sys.argv[1], WANT, NO_EDGE)
