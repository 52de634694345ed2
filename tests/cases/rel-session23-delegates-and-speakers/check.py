import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Raghav Menon', 'Enforcement Directorate', 'meet', False, False, (), ('met',)),
    ('Metalworkers Union', 'Nordwerk', 'negotiate with', False, False, (), ('negotiated with',)),
    ('Solvane', 'Rheinkemi', 'talk to', False, False, (), ('talked to',)),
    ('Armed Forces of Malta', 'Italian Coast Guard', 'cooperate with', False, False, (),
     ('cooperated with',)),
    ('Carlos Cuesta', 'Ministry of Finance', 'warn', False, False, (), ('warned',)),
    ('Sahel Gold', 'Harbour Capital', 'hire', True, False, (), ('hired',)),
    ('Delta Lines', 'Kestrel Bank', 'sue', False, False, ('Coral Tankers',), ('sued',)),
]
# pairs named together that must stay unrelated (near misses)
NO_EDGE = [
    ('Priya Nair', 'Enforcement Directorate'),  # "accused ... officers": not a verb of talking
    ('Priya Nair', 'Pune'),  # a place's officials
    ('Coral Tankers', 'Kestrel Bank'),  # the clause after "saying" has its own subject
    ('Coral Tankers', 'Delta Lines'),
]

check(sys.argv[1], WANT, NO_EDGE)
