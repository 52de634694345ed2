import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Norad', 'Gaza City', 'supply', True, False, (), ('supplied',)),
    ('Turkish Red Crescent', 'Antakya', 'help', False, False, (), ('helped',)),
    ('UNICEF', 'Tawila', 'supply', False, False, (), ('supplied',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('World Bank', 'Kassala'),
    ('Moscow', 'Minsk'),
]

check(sys.argv[1], WANT, NO_EDGE)
