import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Interior Ministry', 'Serbia', 'warn', False, False, (), ('warned',)),
    ('Interpol', 'Ivo Dragan', 'arrest', False, True, ('Kestrel Bank',), ('arrest',)),
    ('Interpol', 'Pavel Ruml', 'detain', False, True, ('Kestrel Bank',), ('detain',)),
    ('Interpol', 'Tomas Varga', 'arrest', False, True, (), ('arrest',)),
    ('Norvale Telecom', 'Brightline Forensics', 'hire', False, False, (), ('hired',)),
    ('Norvale Telecom', 'Omar Qasim', 'fire', False, False, (), ('fired',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Brightline Forensics', 'Omar Qasim'),
    ('Interpol', 'Serbia'),
    ('Kestrel Bank', 'Pavel Ruml'),
]

check(sys.argv[1], WANT, NO_EDGE)
