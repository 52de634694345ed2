import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('European Commission', 'Bravo Mining', 'fine', False, False, (), ('fined',)),
    ('European Commission', 'Bravo Mining', 'raid', False, False, (), ('raided',)),
    ('Federal Bureau of Investigation', 'Carla Mendes', 'arrest', False, False, (), ('arrested',)),
    ('Federal Bureau of Investigation', 'Carla Mendes', 'charge', False, False, (), ('charged',)),
    ('Federal Bureau of Investigation', 'Carla Mendes', 'detain', False, False, (), ('detained',)),
    ('Federal Bureau of Investigation', 'Tomas Reyes', 'arrest', False, False, (), ('arrested',)),
    ('Greenpeace', 'Bravo Mining', 'sue', False, False, (), ('sued',)),
    ('Kestrel Bank', 'Anna Kowalski', 'meet', False, False, (), ('met',)),
    ('Nordmark Holdings', 'Carla Mendes', 'hire', False, False, (), ('hired',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
]

check(sys.argv[1], WANT, NO_EDGE)
# "arrested X and charged him": a him/her/it object after the second of two
# verbs sharing a subject stands for the first verb's single object of the
# fitting type. Not for "her work" (a possessive), "him" after a company,
# "it" after a person, or "them" after two objects (no single antecedent);
# no subject at all for "Federal agents".
