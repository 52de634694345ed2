import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Kenya Revenue Authority', 'Mombasa Traders', 'fine', False, False, (), ('fined',)),
    ('Europol', 'Ahmet Yilmaz', 'arrest', True, False, (), ('arrest',)),
    ('Narcotics Control Board', 'Kofi Mensah', 'detain', False, False, (), ('detained',)),
    ('Tasman Mining', 'Harbour Capital', 'hire', False, False, (), ('hired',)),
    ('Suez Maritime', 'Delta Lines', 'sign with', False, False, (), ('signed a one-year agreement with',)),
    ('Suez Maritime', 'Nile Freight', 'talk to', False, False, (), ('talked to',)),
    ('Liga Nacional', 'Academia Sol', 'investigate', False, False, (), ('investigating',)),
    ('Liga Nacional', 'Pedro Ruiz', 'ban', False, False, (), ('banned',)),
    ('Uganda Police', 'Mary Achieng', 'detain', True, False, (), ('detain',)),
]
# pairs named together that must stay unrelated (near misses)
NO_EDGE = [
    ('The Customs Service', 'Luis Pardo'),  # no comma closes the relative clause
    ('The Border Agency', 'Jean Habimana'),  # a new subject after "and"
    ('Kigali Air', 'Jean Habimana'),
    ('Maritime Police', 'Tomas Leal'),  # a nominalisation
]

check(sys.argv[1], WANT, NO_EDGE)
