import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Policía Federal', 'Juan Ortega', 'detain', False, False, (), ('detained',)),
    ('Sierra Leone Police', 'Mohamed Turay', 'arrest', False, False, (), ('arrested',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Guardia Civil', 'Ana Ruiz'),
    ('Guardia Civil', 'Europol'),
    ('Guardia Civil', 'Sinaloa Cartel'),
]

check(sys.argv[1], WANT, NO_EDGE)
