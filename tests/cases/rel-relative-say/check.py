import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Corran Freight', 'Bellmoor Advisers', 'hire', False, False, ('Fair Trade Commission',),
     ('hired',)),
    ('Grey Wren', 'Hadley Water', 'hack', True, False, (), ('hacked',)),
    ('Santek Logistics', 'Ivo Marek', 'hire', False, False, (), ('hired',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Fair Trade Commission', 'Bellmoor Advisers'),
    ('Fair Trade Commission', 'Corran Freight'),
]

check(sys.argv[1], WANT, NO_EDGE)
