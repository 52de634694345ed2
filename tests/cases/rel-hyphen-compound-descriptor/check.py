import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Harwick Rail', 'Tessin Works', 'hire', False, False, (), ('hired',)),
    ('Stratos Cloud', 'Argon Shield', 'acquire', False, True, (), ('acquire',)),
    ('Tarnow Metals', 'Tessin Works', 'hire', False, False, (), ('hired',)),
    ('Baltic Ferries', 'Coastline Partners', 'hire', False, False, (), ('hired',)),
]
NO_EDGE = [
    ('Tessin Works', 'Coastline Partners'),
    ('Tessin Works', 'Baltic Ferries'),
]

check(sys.argv[1], WANT, NO_EDGE)
# A hyphenated compound in the words before an object name ("rolling-stock maker X", "cybersecurity
# start-up X") is part of its noun phrase. Near miss: "A hired the equipment maker B, and C hired D":
# B is the object of the first verb, not a co-subject of the second (no B -> D).
