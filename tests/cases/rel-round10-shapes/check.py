import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Harlow City Court', 'Vera Lindqvist', 'convict', False, False, (), ('convicted',)),
    ('Brennmoor Systems', 'Tomas Okafor', 'hire', False, False, (), ('hired',)),
    ('Ostrava Institute', 'Gambia', 'supply', False, False, (), ('supplied',)),
    ('Gabon', 'Switzerland', 'cooperate with', True, False, (), ('cooperated with',)),
    ('Pacific Lending Bank', 'Ministry of Finance', 'sign with', False, False, (),
     ('signed a US$120 million concessional loan with',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Pacific Lending Bank', 'New Zealand'),
    ('Pacific Lending Bank', 'European Union'),
    ('Pacific Lending Bank', 'Japan'),
    ('Brennmoor Systems', 'China'),
    ('Brennmoor Systems', 'Kelmar'),
]

check(sys.argv[1], WANT, NO_EDGE)
