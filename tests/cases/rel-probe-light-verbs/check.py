import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Federal Bureau of Investigation', 'Tomas Okafor', 'arrest', False, False, (), ('placed',)),
    ('Dorrin Valley Police', 'Ilse Marwood', 'detain', False, False, (), ('taken into custody',)),
    ('Dorrin Valley Police', 'Petra Lund', 'detain', False, False, (), ('took',)),
    ('European Commission', 'Kelmar Holdings', 'fine', False, False, (), ('handed',)),
    ('European Commission', 'Nordvik Bank', 'fine', False, False, (), ('slapped',)),
    ('Gabon', 'Ostrava Freight', 'sanction', False, False, (), ('hit',)),
    ('Estonia', 'Greta Solberg', 'ban', False, False, (), ('imposed a travel ban on',)),
    ('Brennmoor Systems', 'Halden Mining', 'invest in', False, False, (), ('took a 20% stake in',)),
    ('Tessaro Foods', 'Brennmoor Systems', 'sign with', False, False, (), ('sealed a supply deal with',)),
    ('Federal Bureau of Investigation', 'Anders Voll', 'detain', True, False, (), ('taken',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Marta Quist', 'Ruben Dahl'),
    ('Dorrin Valley Police', 'Linnea Berg'),
    ('Estonia', 'Halden Mining'),
    ('European Commission', 'Tessaro Foods'),
    ('Gabon', 'Nordvik Bank'),
]

check(sys.argv[1], WANT, NO_EDGE)
