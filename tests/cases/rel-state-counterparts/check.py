import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Internal Security Service', 'Finland', 'cooperate with', False, False, (), ('cooperated with',)),
    ('Internal Security Service', 'Latvia', 'cooperate with', False, False, (), ('cooperated with',)),
    ('Internal Security Service', 'Norway', 'cooperate with', False, False, (), ('cooperated with',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Harrow Systems', 'Sweden'),  # companies are no state's representatives
    ('Harrow Systems', 'Chile'),
]

check(sys.argv[1], WANT, NO_EDGE)
# "with Finnish and Latvian counterparts", "its Norwegian counterpart": counterparts named by
# demonyms are the states' bodies, unlike "Swedish and Chilean companies".
