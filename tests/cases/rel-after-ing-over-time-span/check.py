import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Northern Defence Force', 'Western Liberation Front', 'attack', False, False, (), ('attacking',)),
    ('Ralston Militia', 'Harrow Brigade', 'attack', False, False, (), ('attacking',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Harrow Brigade', 'Kessler Camp'),
    ('Ralston Militia', 'Kessler Camp'),
]

check(sys.argv[1], WANT, NO_EDGE)
# "X took the town, three weeks after attacking Y", "X said on Wednesday it had recaptured the town, days
# after attacking Y": the -ing verb after "after" takes the main clause's subject over the span of time and
# the comma (and the speaker a pronoun there stands for).
