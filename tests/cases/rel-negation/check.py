import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Russia', 'Ukraine', 'accuse', True, False, (), ('accuse',)),
    ('Dragan Pesic', 'Arta Gashi', 'meet', True, False, (), ('met',)),
    ('Victor Lau', 'Ruth Kemble', 'fund', True, False, (), ('funding',)),
    ('Klara Weidemann', 'Mohammed bin Salman', 'meet', True, False, (), ('meet',)),
    ('Poland', 'Hungary', 'support', True, False, (), ('supported',)),
    ('Slovakia', 'Hungary', 'support', True, False, (), ('supported',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
]

check(sys.argv[1], WANT, NO_EDGE)
