import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Ana Silva', 'Pedro Lima', 'convict', False, False, (), ('convicted',)),
    ('Regional Court', 'Karl Huber', 'convict', False, False, (), ('convicted',)),
    ('Rosa Akello', 'Peter Lagu', 'convict', False, False, (), ('convicted',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('High Court', 'Peter Lagu'),
    ('Federal Court', 'Pedro Lima'),
]

check(sys.argv[1], WANT, NO_EDGE)
