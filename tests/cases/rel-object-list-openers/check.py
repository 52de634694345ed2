import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Harbour Police', 'Tomas Rendl', 'detain', False, False, (), ('detained',)),
    ('Harbour Police', 'Ilse Varga', 'detain', False, False, (), ('detained',)),
    ('Lagos Markets Regulator', 'Zenith Capital Markets', 'fine', False, False, (), ('fined',)),
    ('Lagos Markets Regulator', 'Orbit Stockline', 'fine', False, False, (), ('fined',)),
    ('Revenue Directorate', 'Helmfort Logistics', 'raid', False, False, (), ('raided',)),
    ('Marisol Energy', 'Corvane Minerals', 'buy', False, True, (), ('buy',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Coast Watch', 'Dario Kessel'),  # "among others" is no list opener
    ('Abuja Exchange Board', 'Bellfield Securities'),  # a dash before a new clause
    ('Border Guard', 'Kestrel Freight'),  # no part-of noun after the place
    ('Pelican Oil', 'Osprey Drilling'),  # "additional" before a plain noun
]

check(sys.argv[1], WANT, NO_EDGE)
# Objects named after an opener: "among them X and Y" after a plural noun phrase, a dash-enclosed
# list ("two brokers — A and B —"), a place word before a part-of noun ("the Tarnow offices of
# X"), a share after "an additional 25%".
