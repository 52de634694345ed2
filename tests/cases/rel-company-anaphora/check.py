import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Orinoco Star', 'Halcyon Tankers', 'sell to', True, False, ('Ernesto Valdés',), ('sold',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Marta Lindqvist', 'Aster Labs'),
    ('Ernesto Valdés', 'Halcyon Tankers'),
    ('Dockers Union', 'Koffi Yapi'),
]

check(sys.argv[1], WANT, NO_EDGE)
