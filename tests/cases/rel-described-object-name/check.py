import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Drug Enforcement Administration', 'Ramiro Ochoa', 'arrest', False, False, (), ('arrested',)),
    ('National Bureau of Investigation', 'Levan Beridze', 'detain', False, False, (), ('detained',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('National Bureau of Investigation', 'Gabon'),
]

check(sys.argv[1], WANT, NO_EDGE)
