import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Carlos Mendes', 'Jorge Pinto', 'meet', True, False, (), ('met',)),
    ('Infosys', 'Coal India', 'sign with', False, False, (), ('signed an agreement with',)),
    ('Joao Alves', 'Federal Audit Court', 'cooperate with', False, False, ('Petrobras',), ('cooperate with',)),
    ('Joao Alves', 'Maria Lopes', 'fire', False, False, ('Petrobras',), ('dismissed',)),
    ('Musa Garba', 'Emeka Obi', 'meet', False, False, (), ('met',)),
    ('Sipho Dlamini', 'Eskom', 'supply', True, False, (), ('supplied',)),
    ('Tata Steel', 'Coal India', 'sign with', False, False, (), ('signing a ten-year supply agreement with',)),
    ('Vale', 'Federal Police', 'cooperate with', False, False, (), ('cooperate with',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Lungile Zulu', 'Bongani Khumalo'),
    ('Fatima Bello', 'Emeka Obi'),
    ('Petrobras', 'Federal Audit Court'),
    ('Vale', 'Rui Costa'),
    ('Wipro', 'Coal India'),
]

check(sys.argv[1], WANT, NO_EDGE)
