import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Acme', 'Globex', 'accuse', False, False, (), ('accused',)),
    ('Initech', 'Umbrella', 'accuse', False, False, (), ('accused',)),
    ('Leonel Neto', 'Hervé Mba Obiang', 'meet', True, False, (), ('met',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Hooli', 'Umbrella'),
    ('Hooli', 'Initech'),
    ('ADI', 'Hervé Mba Obiang'),
]

check(sys.argv[1], WANT, NO_EDGE)
