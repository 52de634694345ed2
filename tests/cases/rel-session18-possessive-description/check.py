import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Carabineros de Vesna', 'Rocco Ferrante', 'arrest', False, False, (), ('arrested',)),
    ('Cyber Crime Bureau', 'Lin Haoran', 'detain', False, False, (), ('detained',)),
    ('Iker Zubiri', 'Mikel Arrieta', 'meet', True, False, (), ('met',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('North Harbour Police', 'Marta Kell'),
]

check(sys.argv[1], WANT, NO_EDGE)
