import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Lumen Harbour', 'Aster Labs', 'sue', False, False, (), ('sued',)),
    ('Orbis Capital', 'Lumen Harbour', 'back', False, False, (), ('backed',)),
    ('Cámara Agropecuaria', 'Frente Oriental Unido', 'back', False, False, (), ('backed',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('France', 'Meridian Telecom'),
    ('Orbis Capital', 'Aster Labs'),
]

check(sys.argv[1], WANT, NO_EDGE)
