import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Danfield Motors', 'Ostrava Components', 'sue', False, False, (), ('sued',)),
    ('Kestrel Audit', 'Tomas Ried', 'hire', True, False, ('Elsa Varga',), ('hired',)),
    ('Lena Brandt', 'Pavel Hruby', 'meet', True, False, (), ('met',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Merrow Bank', 'Elsa Varga'),
    ('Pavel Hruby', 'Tomas Ried'),
    ('Merrow Bank', 'Sovin Rail'),
]

check(sys.argv[1], WANT, NO_EDGE)
