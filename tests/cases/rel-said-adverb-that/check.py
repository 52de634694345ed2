import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Harbour Authority of Varna', 'Bluefin Marine', 'investigate', False, False, (), ('investigating',)),
]
NO_EDGE = []

check(sys.argv[1], WANT, NO_EDGE)
# An adverb between a verb of speech and "that" ("said separately that it was investigating Y")
# keeps the speaker as the subject of "it". Near miss: "said last week that it was unaware of Y" has
# no verb of the table, so no second edge.
