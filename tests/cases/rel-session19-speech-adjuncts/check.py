import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Banco Andino', 'Deloitte', 'hire', False, False, (), ('hired',)),
    ('Banco Andino', 'KPMG', 'hire', False, False, (), ('hired',)),
    ('Marta Lindqvist', 'William Ruto', 'meet', True, False, (), ('met',)),
    ('Norsk Fisk', 'Ingrid Lund', 'sue', False, False, (), ('sued',)),
    ('Petrides', 'Eleni Mavrou', 'meet', False, False, (), ('met',)),
    ("Public Prosecutor's Office", 'Josef Novak', 'charge', False, False, (), ('charged',)),
    ('Tomas Vella', 'Robert Abela', 'talk to', True, False, (), ('talked to',)),
    ('Vestland Kringkasting', 'Ingrid Lund', 'support', False, False, (), ('supported',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Graz', 'Anton Huber'),
    ('Graz', 'Josef Novak'),
    ('Ana Ruiz', 'KPMG'),
    ('Gozo', 'Robert Abela'),
    ('Vestland Kringkasting', 'Norsk Fisk'),
]

check(sys.argv[1], WANT, NO_EDGE)
