import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Ali Jaffar', 'Iran', 'meet', True, False, (), ('meeting',)),
    ('Houthis', 'United States', 'attack', False, False, (), ('attacked',)),
    ('NATO', 'Romania', 'help', False, False, (), ('helped',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Fiji Police Force', 'New Zealand'),
    ('Ana Costa', 'United States'),
]

check(sys.argv[1], WANT, NO_EDGE)
