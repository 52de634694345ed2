import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Rectors Council', 'Higher Education Board', 'back', False, False, (), ('backed',)),
    ('Marlow Institute', 'Quill Robotics', 'help', False, False, (), ('helped',)),
    ('Union for Peace', 'Bocaranga', 'attack', False, False, (), ('attacked',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Andes University', 'Higher Education Board'),  # inside the relative clause
    ('Pacific University', 'Higher Education Board'),
    ('Hamburg', 'Tessa Lind'),  # a place, not the actor
    ('Kestrel Bank', 'Orbis Mining'),  # shareholders are no staff acting for the bank
    ('Sahel Front', 'Kaga Bandoro'),  # the speaker is not the group that attacked
]

check(sys.argv[1], WANT, NO_EDGE)
# "X (XC), which groups A, B and 28 other institutions, backed Y": a relative clause on the
# subject whose list holds commas is skipped whole, however short. "Engineers at X helped Y":
# staff nouns (engineers, researchers, officials, investigators, ...) at a body opening the
# subject act for it, unlike "prosecutors in Hamburg" (a place) or "shareholders at X".
# "X (XX), an armed group that attacked Y": a participle may modify the head noun of the
# apposition a relative clause hangs on.
