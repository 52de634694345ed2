import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Acme', 'Choque', 'fine', False, False, (), ('fined',)),
    ('Luis Mamani', 'Choque', 'meet', False, False, (), ('met',)),
    ('Ramiro Quispe', 'Choque', 'meet', False, False, (), ('met',)),
    ('Ramiro Quispe', 'Fencomin', 'negotiate with', True, False, (), ('negotiate with',)),
    ('Serik Tulegenov', 'Jaña Jol', 'fund', True, False, (), ('funded',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Ramiro Quispe', 'Oruro'),
    ('Luis Mamani', 'Comibol'),
    ('Acme', 'Globex'),
    ('Choque', 'Globex'),
]

check(sys.argv[1], WANT, NO_EDGE)
