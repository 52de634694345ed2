import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('China', 'Veldmaat Precision', 'target', True, False, (), ('targeted',)),
    ('Hanbit', 'Nemuno Vanduo', 'hack', False, False, ('Kroll',), ('hacked',)),
    ('Hanbit', 'Veldmaat Precision', 'hack', True, False, ('Kroll',), ('hacked',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Kroll', 'Veldmaat Precision'),
    ('The Hague', 'Veldmaat Precision'),
]

check(sys.argv[1], WANT, NO_EDGE)
