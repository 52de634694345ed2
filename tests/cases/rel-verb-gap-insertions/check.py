import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Peace Mission', 'Special Criminal Court', 'help', False, False, (), ('helped',)),
    ('Lakes Media Fund', 'Kivu Radio', 'fund', False, False, (), ('funded',)),
    ('Harbour Bank', 'Kestrel Capital', 'sell to', False, False, (), ('sold',)),
    ('Nordvik Turbines', 'Sable Energy', 'supply', False, False, (), ('supplied',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Lakes Media Fund', 'Ridge FM'),  # "since it was founded in 2009 by": the clause's agent
    ('Tarn Insurance', 'Lumen Partners'),  # a speech insertion is no value
]

check(sys.argv[1], WANT, NO_EDGE)
# "has been helped since it opened in 2018 by X", "was funded, after it went off air in 2020, by
# X": a short time clause with a pronoun subject (and no passive of its own) sits between a
# passive verb and its agent. "sold the portfolio, worth 1.1 billion rupees, to X", "supplied
# the blades, valued at $40 million, to X": a value between commas before the particle.
