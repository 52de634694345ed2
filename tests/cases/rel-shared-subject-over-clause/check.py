import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('World Athletics', 'Ethiopian Athletics Federation', 'praise', False, False, (), ('praised',)),
    ('World Athletics', 'Ethiopian Athletics Federation', 'warn', False, False, (), ('warned',)),
    ('Nurcan Aydemir', 'Erdal Kocabiyik', 'meet', True, False, (), ('meet',)),
    ('Nurcan Aydemir', 'Selim Dogru', 'meet', False, False, (), ('met',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
]

check(sys.argv[1], WANT, NO_EDGE)
