import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Russia', 'Ukraine', 'attack', False, False, ('Helen Garvey',), ('attacked',)),
    ('Iran', 'Israel', 'attack', False, False, ('NATO',), ('attacked',)),
    ('Zhenghe Motors', 'Freshfields', 'hire', False, False, (), ('hired',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Helen Garvey', 'Russia'),
    ('NATO', 'Israel'),
]

check(sys.argv[1], WANT, NO_EDGE)
