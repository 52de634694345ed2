import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('AMISOM', 'Al-Shabaab', 'attack', False, False, (), ('attacked',)),
    ('Anti-Corruption Bureau', 'Wanjiru Kamau', 'arrest', False, False, (), ('arrested',)),
    ('Audiencia Nacional', 'Jorge Villalobos', 'indict', False, False, (), ('indicted',)),
    ('Kosovo Force', 'Kosovo Police', 'help', False, False, (), ('helped',)),
    ('Kosovo Police', 'Wagner Group', 'criticise', False, False, (), ('criticised',)),
    ('Nordic Institute', 'Takukuru', 'help', False, False, (), ('helped',)),
    ('Oslo District Court', 'Eirik Solbakken', 'convict', False, False, (), ('convicted',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Federal Police', 'Daniel Okoro'),
    ('Human Rights Watch', 'Kwame Mensah'),
    ('Federal Police', 'Rui Costa'),
    ('NATO', 'Kosovo Police'),
    ('African Union', 'Al-Shabaab'),
    ('European Union', 'Takukuru'),
    ('Mali', 'Al-Shabaab'),
    ('United States', 'Al-Shabaab'),
    ('NATO', 'Wagner Group'),
]

check(sys.argv[1], WANT, NO_EDGE)
