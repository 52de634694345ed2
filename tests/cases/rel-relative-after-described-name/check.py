import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Parquet National Financier', 'Karim Haddad', 'investigate', False, False, (), ('investigated',)),
    ('Seoul Prosecutors Office', 'Yoon Ji-ho', 'indict', False, False, (), ('indicted',)),
    ('Special Investigation Commission', 'Parquet National Financier', 'cooperate with', False, False, (), ('cooperated',)),
    ('Yoon Ji-ho', 'Cobalt Kite', 'help', False, True, (), ('helped',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Hanbit', 'Cobalt Kite'),
    ('France', 'Karim Haddad'),
]

check(sys.argv[1], WANT, NO_EDGE)
