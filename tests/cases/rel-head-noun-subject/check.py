import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('France', 'Iran', 'accuse', False, False, (), ('accused',)),
    ('Federal Bureau of Investigation', 'Jane Doe', 'arrest', False, False, (), ('arrested',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Switzerland', 'Olivier Duvanel'),
    ('Russia', 'Latvia'),
]

check(sys.argv[1], WANT, NO_EDGE)
