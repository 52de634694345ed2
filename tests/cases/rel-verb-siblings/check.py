import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Office of Fair Markets', 'Halden Trust', 'ban', False, False, (), ('barred',)),
    ('Office of Fair Markets', 'Halden Trust', 'investigate', False, False, (), ('probed',)),
    ('Office of Fair Markets', 'Dario Venn', 'charge', False, False, (), ('filed charges against',)),
    ('Estmark', 'Lorvia', 'condemn', False, False, (), ('denounced',)),
    ('Estmark', 'Lorvia', 'criticise', False, False, (), ('rebuked',)),
    ('Estmark', 'Lorvia', 'praise', False, False, (), ('hailed',)),
    ('Estmark', 'Dario Venn', 'arrest', False, False, (), ('apprehended',)),
    ('Estmark', 'Dario Venn', 'expel', False, False, (), ('kicked out',)),
    ('Lorvia', 'Kelso', 'attack', False, False, (), ('launched a drone attack on', 'shelled')),
    ('Lorvia', 'Tiller Logistics', 'raid', False, False, (), ('carried out a raid on',)),
    ('Corvane Systems', 'Tiller Logistics', 'acquire', False, False, (),
     ('completed its acquisition of',)),
    ('Corvane Systems', 'Ruth Amsel', 'hire', False, False, (), ('recruited',)),
    ('Halden Trust', 'Corvane Systems', 'buy', False, False, (), ('purchased',)),
    ('Halden Trust', 'Corvane Systems', 'invest in', False, False, (),
     ('made a $2 billion investment in',)),
    ('Halden Trust', 'Tiller Logistics', 'fund', False, False, (), ('financed',)),
    ('Tiller Logistics', 'Dario Venn', 'fire', False, False, (), ('dismissed',)),
    ('Ruth Amsel', 'Kelso', 'visit', False, False, (), ('paid a visit to',)),
    ('Ruth Amsel', 'Halden Trust', 'criticise', False, False, (), ('lashed out at',)),
    ('Ruth Amsel', 'Dario Venn', 'meet', False, False, (), ('held a meeting with',)),
    ('Ruth Amsel', 'Tiller Logistics', 'sue', False, False, (), ('hit with a lawsuit',)),
    ('Estmark', 'Lorvia', 'sanction', False, False, (), ('slapped with sanctions',)),
    ('Office of Fair Markets', 'Corvane Systems', 'fine', False, False, (),
     ('hit with a $2 million fine', 'imposed a $5 million fine on')),
]
# Entity pairs that share a sentence but must not be joined by any relation: the verbs' nouns.
NO_EDGE = [
    ('Ruth Amsel', 'Lorvia'),
    ('Office of Fair Markets', 'Ruth Amsel'),
    ('Dario Venn', 'Halden Trust'),
]

check(sys.argv[1], WANT, NO_EDGE)
