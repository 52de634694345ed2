import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Lena Fischer', 'Nordlicht Energie', 'warn', False, False, (), ('warned',)),
    ('Bluewater Partners', 'Vesta Pharma', 'acquire', False, False, (), ('acquired',)),
    ('Greyfield Capital', 'Vesta Pharma', 'acquire', False, False, (), ('acquired',)),
    ('Lithuania', 'Marek Nowak', 'expel', False, False, (), ('expelled',)),
    ('Lithuania', 'Tomas Berg', 'ban', False, False, (), ('banned',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Bundeskartellamt', 'Nordlicht Energie'),
    ('London', 'Vesta Pharma'),
    ('Lithuania', 'Russia'),
]

check(sys.argv[1], WANT, NO_EDGE)
