import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('ACB', 'Chikondi Mvula', 'arrest', False, False, (), ('arrested',)),
    ('ACB', 'Ephraim Kalua', 'arrest', False, False, (), ('arrested',)),
    ('ACB', 'Rhoda Phiri', 'detain', False, False, (), ('detained',)),
    ('ACB', 'Thokozani Banda', 'arrest', False, False, (), ('arrested',)),
    ('PPEF', 'Farid Zerrouki', 'convict', False, False, (), ('convicted',)),
    ('PPEF', 'Karim Benhaddou', 'convict', False, False, (), ('convicted',)),
    ('PPEF', 'Nadir Ouali', 'convict', False, False, (), ('convicted',)),
    ('PPEF', 'Omar Saadi', 'convict', False, False, (), ('convicted',)),
    ('Treasury', 'Ignacio Rengifo', 'sanction', False, False, (), ('sanctioned',)),
    ('Treasury', 'Larkspur Energy', 'sanction', False, False, (), ('sanctioned',)),
    ('Treasury', 'Yelitza Marcano', 'sanction', False, False, (), ('sanctioned',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('ACB', 'Ministry of Agriculture'),
    ('PPEF', 'Sonatrach'),
    ('Treasury', 'Venezuela'),
    ('ACB', 'Peter Mwale'),
    ('ACB', 'Nkhata Agro'),
    ('PPEF', 'Samir Rahal'),
    ('PPEF', 'Yacine Brahimi'),
]

check(sys.argv[1], WANT, NO_EDGE)
