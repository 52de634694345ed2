import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Allied Nurses Union', 'Chidinma Okafor', 'back', False, False, (), ('backed',)),
    ('Rhine Valley Trust', 'Jonas Brandt', 'fund', False, False, (), ('funded',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Allied Nurses Union', 'Kofi Mensah'),
]

check(sys.argv[1], WANT, NO_EDGE)
# A role written in capitals (GP, MEP, CFO) heads an apposition like a lower-case noun: "Ms X, a local GP
# who was backed by Y" makes Y -> X. Near miss: "Ms X, a local GP, said Y had backed the plan": no edge.
