import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Copenhagen Police', 'Jonas Kvist Mortensen', 'arrest', False, False, (), ('arrested',)),
    ('Corruption Eradication Commission', 'PT Sulawesi Prima Nikel', 'raid', False, False, (), ('raided',)),
    ('Electoral Commission', 'Progressive Alliance', 'fine', False, False, (), ('fined',)),
    ('Federal Police', 'Kyaw Min', 'arrest', False, False, (), ('arrested',)),
    ('Federal Police', 'Sebastião Ferraz Lobato', 'arrest', False, False, (), ('arrested',)),
    ('Federal Police', 'Wesley Ferraz Lobato', 'arrest', False, False, (), ('arrested',)),
    ('Hellenic Coast Guard', 'Nodar Beridze', 'detain', False, False, (), ('detained',)),
    ('Kenya Fisheries Service', 'Bahari Marine', 'fine', False, False, (), ('fined',)),
    ('Kuwait Anti-Corruption Authority', 'Gulf Crescent Bank', 'investigate', False, True, (), ('investigated',)),
    ('Lagos Police', 'Chidi Okafor', 'arrest', False, False, (), ('arrested',)),
    ('Lagos Police', 'Emeka Okafor', 'arrest', False, False, (), ('arrested',)),
    ('Lima Police', 'Marta Silva', 'detain', False, False, (), ('detained',)),
    ('Lima Police', 'Rosa Quispe', 'arrest', False, False, (), ('arrested',)),
    ('Lima Police', 'Rosa Quispe', 'detain', False, False, (), ('detained',)),
    ('Myanmar Armed Forces', 'Kyaw Min', 'arrest', False, False, (), ('arrested',)),
    ("Nairobi Prosecutor's Office", 'Achieng Odhiambo', 'charge', False, False, (), ('charged',)),
    ("Nairobi Prosecutor's Office", 'Otieno Wanjala', 'charge', False, False, (), ('charged',)),
    ('State Election Commission', 'Levica', 'fine', False, False, (), ('fined',)),
    ('Swedish Tax Agency', 'Bahari Marine', 'fine', False, False, (), ('fined',)),
    ("Tehran Prosecutor's Office", 'Behnam Rostami', 'charge', False, False, (), ('charged',)),
    ("Tehran Prosecutor's Office", 'Farzaneh Jalali', 'charge', False, False, (), ('charged',)),
    ('Ana Lopes', 'Pesquerías Arrieta', 'accuse', False, False, (), ('accused',)),
    ('Ana Lopes', 'Kwame Asante', 'meet', False, False, (), ('met',)),
    ('Giorgi Tsiklauri', 'Ingrid Solheim', 'meet', False, False, (), ('met',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Economic and Financial Crimes Commission', 'Zenith Oil'),
    ('Kwame Asante', 'Zenith Oil'),
    ('Federal Police', 'Interpol'),
    ('Ana Lopes', 'Marta Silva'),
    ('Copenhagen Police', 'Interpol'),
    ('Electoral Commission', 'Kwame Asante'),
    ("Tehran Prosecutor's Office", 'Kwame Asante'),
    ("Nairobi Prosecutor's Office", 'Interpol'),
]

check(sys.argv[1], WANT, NO_EDGE)
