import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Securities and Exchange Commission', 'Hugo Lambert', 'charge', False, False, (), ('charged',)),
    ('Securities and Exchange Commission', 'Karl Jensen', 'charge', False, False, (), ('charged',)),
    ('United Kingdom', 'Russia', 'accuse', False, False, (), ('accused',)),
    ('United Kingdom', 'Iran', 'accuse', False, False, (), ('accused',)),
    ('MI5', 'Federal Bureau of Investigation', 'cooperate with', False, False, (), ('cooperated with',)),
    ('MI5', 'Europol', 'cooperate with', False, False, (), ('cooperated with',)),
    ('Serious Fraud Office', 'Omar Haddad', 'charge', False, False, (), ('charged',)),
    ('Serious Fraud Office', 'Sofia Rinaldi', 'charge', False, False, (), ('charged',)),
    ('Nordlicht Energie', 'Poland', 'sell to', False, False, (), ('sold',)),
    ('Nordlicht Energie', 'Lithuania', 'sell to', False, False, (), ('sold',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Omar Haddad', 'Sofia Rinaldi'),
    ('Sofia Rinaldi', 'Vesta Pharma'),
    ('Serious Fraud Office', 'Vesta Pharma'),
    ('Serious Fraud Office', 'Lisbon'),
]

check(sys.argv[1], WANT, NO_EDGE)
