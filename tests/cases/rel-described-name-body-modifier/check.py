import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Henrik Stahlberg', 'Osman Abakar', 'meet', False, False, (), ('met',)),
    ('Office of the Attorney General', 'Olivier Chappuis', 'charge', False, False, (), ('charged',)),
    ('PNF', 'Karim Haddad', 'investigate', False, False, (), ('investigated',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('United Nations', 'Osman Abakar'),
    ('France', 'Karim Haddad'),
    ('Sudan', 'Osman Abakar'),
]

check(sys.argv[1], WANT, NO_EDGE)
