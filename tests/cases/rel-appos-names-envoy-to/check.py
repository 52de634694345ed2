import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Ilse Brandt', 'Omar Haddad', 'meet', False, False, (), ('met',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Vestria', 'Omar Haddad'),
    ('Norland', 'Omar Haddad'),
]

check(sys.argv[1], WANT, NO_EDGE)
