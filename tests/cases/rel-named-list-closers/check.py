import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Financial Crimes Unit', 'Borealis Trading', 'indict', False, False, (), ('indicted',)),
    ('Financial Crimes Unit', 'Jonas Ekberg', 'indict', False, False, (), ('indicted',)),
    ('Financial Crimes Unit', 'Maren Holt', 'indict', False, False, (), ('indicted',)),
    ('Office of Sanctions Control', 'Velmar Casinos', 'sanction', False, False, (), ('sanctioned',)),
    ('Office of Sanctions Control', 'Chen Wuhao', 'sanction', False, False, (), ('sanctioned',)),
    ('State Security Committee', 'Aida Serikova', 'detain', False, False, (), ('detained',)),
    ('State Security Committee', 'Bakyt Omarov', 'detain', False, False, (), ('detained',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('State Security Committee', 'Kolokol'),
    ('Financial Crimes Unit', 'Angola'),
]

check(sys.argv[1], WANT, NO_EDGE)
