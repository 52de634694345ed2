import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Storm Lotus', 'Radio Kaya', 'hack', False, False, (), ('hacked',)),
    ('Frente Sur', 'Petrosur', 'attack', False, False, (), ('attacked',)),
    ('Kikosi Maalum', 'Daily Pulse', 'threaten', False, False, (), ('threatened',)),
    ('Criminal Investigations Directorate', 'Samuel Sankale', 'arrest', False, False, (), ('arrested',)),
    ('Guardia di Finanza', 'Rocco Versace', 'detain', False, False, (), ('detained',)),
    ('Rosgvardia', 'Ibragim Yandarov', 'detain', False, False, (), ('detained',)),
    ('Special Criminal Court', 'Amadou Sanogo', 'convict', False, False, (), ('convicted',)),
    ('Serious Fraud Office', 'Piet Botha', 'charge', False, False, (), ('charged',)),
    ('Petrosur', 'Piet Botha', 'hire', False, False, (), ('hired',)),
    ('Rosgvardia', 'Lena Park', 'detain', False, False, (), ('detained',)),
    ('Serious Fraud Office', 'Rocco Versace', 'charge', False, False, (), ('charged',)),
    ('Criminal Investigations Directorate', 'Tariq Aziz', 'arrest', False, False, (), ('arrested',)),
    ('Guardia di Finanza', 'Amadou Sanogo', 'detain', False, False, (), ('detained',)),
    ('Rosgvardia', 'Omar Haddad', 'detain', False, False, (), ('detained',)),
]
# pairs named together that must stay unrelated (near misses)
NO_EDGE = [
    ('Mandiant', 'Banco Andino'),  # "by" after a comma: no agent of "hacked"
    ('Black Condor', 'Radio Kaya'),  # a nominalisation
    ('Rosgvardia', 'Piet Botha'),  # after the comma a name that is no person opens a clause
    ('Rosgvardia', 'Serious Fraud Office'),
    ('Narok', 'Samuel Sankale'),  # judges in a place
    ('Mandiant', 'Frente Sur'),  # lawyers at a firm do not act for it
    ('Daily Pulse', 'Samuel Sankale'),  # five head words after the possessive
    ('Daily Pulse', 'Storm Lotus'),
    ('Kikosi Maalum', 'Amadou Sanogo'),  # "identified ... as" in another clause
    ('Mandiant', 'Rocco Versace'),  # a nominalisation
]

check(sys.argv[1], WANT, NO_EDGE)
