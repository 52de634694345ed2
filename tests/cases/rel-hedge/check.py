import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Russia', 'Estonia', 'hack', False, True, (), ('hacked',)),
    ('Ernesto Palacios', 'Tren de Aragua', 'help', False, True, (), ('helped',)),
    ('Lazarus Group', 'Tidewater Exchange', 'attack', False, True, (), ('attacked',)),
    ('Oleh Marchuk', 'Federal Security Service', 'help', False, True, (), ('helping',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
]

check(sys.argv[1], WANT, NO_EDGE)
