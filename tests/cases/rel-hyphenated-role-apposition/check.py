import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Haitian National Police', 'Jean Baptiste', 'arrest', False, False, (), ('arrested',)),
    ('Haitian National Police', 'Wilner Pierre-Louis', 'arrest', False, False, (), ('arrested',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Haitian National Police', 'Lame Ti Machèt'),
    ('BLTS', 'Le Nouvelliste'),
]

check(sys.argv[1], WANT, NO_EDGE)
