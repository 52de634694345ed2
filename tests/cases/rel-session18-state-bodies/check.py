import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Green Delta Trust', 'Ruritania', 'sue', False, False, (), ('sued',)),
    ('Orion Signals', 'Borduria', 'cooperate with', True, False, (), ('cooperated with',)),
    ('Lawyers for Liberty', 'Syldavia', 'criticise', False, False, (), ('criticised',)),
    ('Green Delta Trust', 'Latverian State Railways', 'warn', False, False, (), ('warned',)),
    ('Karst Liberation Front', 'Borduria', 'attack', False, False, (), ('attacked',)),
    ('Karst Liberation Front', 'Syldavia', 'attack', False, False, (), ('attacked',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Bolt Media Group', 'Ruritania'),
    ('Bolt Media Group', 'Borduria'),
]

check(sys.argv[1], WANT, NO_EDGE)
