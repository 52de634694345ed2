import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Harbour Grain Board', 'Osei Haulage', 'fine', False, False, (), ('fined',)),
    ('Harbour Grain Board', 'Kwame Freight', 'fine', False, False, (), ('fined',)),
    ('Tallis Markets Authority', 'Delta Brokers', 'fine', False, False, (), ('fined',)),
    ('Tallis Markets Authority', 'Eko Capital', 'fine', False, False, (), ('fined',)),
    ('Financial Crimes Unit', 'Paylink', 'raid', False, False, (), ('raided',)),
    ('Customs Service', 'Vitosha Fuels', 'raid', False, False, (), ('raided',)),
    ('Media Authority', 'Delta Vision TV', 'ban', False, False, (), ('banned',)),
    ('Larchwood Homes', 'Aoife Brennan', 'fire', False, False, (), ('fired',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Ridgeway Trust', 'Amber Mills'),  # "stopped buying": a verb, but no listed relation shape
    ('Corran Foods', 'Amber Mills'),  # "licensed trading rights to": no listed verb
    ('Media Authority', 'Larchwood Homes'),  # "said privately X had been warned": no agent
]

check(sys.argv[1], WANT, NO_EDGE)
# An -ing word between a participle (or number) and a noun modifies the noun ("two licensed
# buying companies", "the unregistered trading platforms"), so the object phrase runs on to the
# names; the particle of a compound noun ("payments start-up X") and the part-of nouns
# "warehouse", "branch", "factory" ("the Varna warehouse of X") are read inside it.
# An -ly adverb and a participle before the noun ("the privately owned satellite channel X") are
# modifiers too, and a gerund may end the noun of an apposed title ("the home's director of
# nursing, X,").
