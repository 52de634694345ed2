import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Guardia Civil', 'Francisco Beltrán', 'arrest', False, False, (), ('arrested',)),
    # since session 22 "raided *" makes the bare name a company
    ('Guardia Civil', 'Hortícola Levanto', 'raid', False, False, (), ('raided',)),
    ('Mette Lauridsen', 'Jens Kjærgaard', 'meet', True, False, (), ('meet',)),
    ('Mette Lauridsen', 'Søren Bak', 'meet', False, False, (), ('met',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Guardia Civil', 'Tomás Ruiz'),
    ('Søren Bak', 'Jens Kjærgaard'),
    ('Guardia Civil', 'Níjar'),
]

check(sys.argv[1], WANT, NO_EDGE)
