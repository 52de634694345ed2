import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Norvik Authority', 'Falconex', 'investigate', False, False, (), ('investigating',)),
    ('Brandt Authority', 'Falconex', 'investigate', False, False, (), ('investigating',)),
    ('Halden Navy', 'Perdana Marine', 'fund', True, False, (), ('funded',)),
    ('Meridian Freight', 'Soria Port Authority', 'criticise', False, False, (), ('criticised',)),
    ('Lumenis Labs', 'Greta Holm', 'hire', False, False, (), ('hired',)),
    ('Lumenis Labs', 'Greta Holm', 'fund', True, False, (), ('funded',)),
    ('Ministry of Science', 'Kerui Biolab', 'investigate', False, False, (), ('investigating',)),
    ('Kerui Biolab', 'Zhou Ming', 'supply', False, True, (), ('supplied',)),
    ('Emil Rask', 'Ana Serko', 'meet', False, False, (), ('met',)),
    ('Sungai Watch', 'Nikel Jaya', 'accuse', False, False, (), ('accused',)),
    ('Coastal Labour Forum', 'Greenhull Recycling', 'criticise', False, False, (), ('criticised',)),
    ('Tahmina Akter', 'Shipcare Yards', 'criticise', False, False, (), ('criticised',)),
    ('Ana Serko', 'Tarsk', 'visit', False, False, (), ('visited',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Kelso Centre', 'Falconex'),
    ('Tarvo Fisheries', 'Perdana Marine'),
    ('Soria Harbour', 'Soria Port Authority'),
    ('Oregon', 'Greta Holm'),
    ('Ministry of Science', 'Zhou Ming'),
    ('Valdoria', 'Ana Serko'),
    ('Kali Trust', 'Bara Mining'),
    ('Rokeya Banu', 'Greenhull Recycling'),
    ('Dock Labour Union', 'Shipcare Yards'),
    ('Valdoria', 'Tarsk'),
]

check(sys.argv[1], WANT, NO_EDGE)
# Round 10's subject shapes: a first conjunct with a relative clause ("A, which oversees Y, and B are
# investigating Z": A, not Y); an emphatic "itself" before a parenthetical speech clause; a describing
# apposition with an -ing participle of a listed verb ("calling at") and then a relative clause; "a City,
# Region, startup that ..."; a place phrase or plain words inside a description before "which" ("X, an
# alliance of villagers and church groups, which accused Y"); "which" after "a person of a body" is the body
# ("said Rokeya Banu of the Coastal Labour Forum, which has criticised Y"); a country after "in" behind an
# untagged name is no actor ("Monitors from the Kelso Mission in Valdoria (KMV) visited Y"). Near misses: the Kelso Centre inside the relative
# clause; "the ministry itself" (no name) after a speaker; a harbour in the apposition; a name apposition
# before "who" ("Valdoria's deputy minister, Emil Rask, who led ..., met Y"); a list of described conjuncts
# before "which" ("X, the villagers and the church groups, which"); "who" after "a person of a body" is the
# person; "In Valdoria, X visited Y".
