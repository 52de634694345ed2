import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Iceland', 'Volga Tankers', 'sanction', True, False, (), ('sanctioned',)),
    ('Liechtenstein', 'Volga Tankers', 'fine', False, False, (), ('fined',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('European Union', 'Volga Tankers'),
    ('European Economic Area', 'Volga Tankers'),
]

check(sys.argv[1], WANT, NO_EDGE)
# A relative clause after the subject may hold "but" ("X, which is not in the EU but applies its
# rules, has not sanctioned Y"); the name inside it is no subject.
