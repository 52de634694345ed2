import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Paula Echeverri', 'Dajabon', 'visit', False, False, ('Organization of American States',), ('visit',)),
    ('Paula Echeverri', 'Carlos Feliz', 'meet', False, False, ('Organization of American States',), ('meet',)),
    ('Aissatou Diallo-Berthe', 'Rigobert Ngaikoumon', 'meet', False, False, (), ('met',)),
    ('Moldova', 'Gazprom', 'accuse', False, False, (), ('accused',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Haiti', 'Dajabon'),
    ('Haiti', 'Carlos Feliz'),
    ('MINUSCA', 'Rigobert Ngaikoumon'),
]

check(sys.argv[1], WANT, NO_EDGE)
