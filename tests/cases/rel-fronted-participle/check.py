import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Anna Kovacs', 'Marek Nowak', 'meet', False, False, (), ('meeting',)),
    ('Poland', 'Russia', 'accuse', False, False, (), ('Accusing',)),
    ('Poland', 'Tomas Berg', 'expel', False, False, (), ('expelled',)),
    ('Greyfield Capital', 'Vesta Pharma', 'acquire', False, False, (), ('acquiring',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Greyfield Capital', 'Orion Logistics'),
    ('Russia', 'Tomas Berg'),
]

check(sys.argv[1], WANT, NO_EDGE)
