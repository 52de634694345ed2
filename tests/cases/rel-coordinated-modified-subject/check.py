import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Carla Mendes', 'National Liberation Army', 'criticise', False, False, (), ('criticised',)),
    ('Colombia', 'National Liberation Army', 'attack', False, False, (), ('attacked',)),
    ('Colombia', 'National Liberation Army', 'criticise', False, False, (), ('criticised',)),
    ('Gang Suppression Force', 'National Liberation Army', 'attack', False, False, (), ('attacked',)),
    ('Houthis', 'Israel', 'attack', False, False, (), ('attacked',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Colombia', 'Israel'),
    ('Tomas Reyes', 'Gang Suppression Force'),
    ('Tomas Reyes', 'National Liberation Army'),
    ('National Liberation Army', 'Israel'),
]

check(sys.argv[1], WANT, NO_EDGE)
# A second conjunct of a subject may carry a determiner and adjectives ("and
# the multinational GSF"); the object of an earlier verb ("met the chief of the
# GSF and Carla Mendes criticised") or of an earlier clause stays out.
