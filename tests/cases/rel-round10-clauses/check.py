import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Aldena Energy', 'Berkine field', 'invest in', False, False, (), ('invest',)),
    ('Aldena Energy', 'Sonagas', 'help', False, False, (), ('help',)),
    ('Tolmar Oil', 'Tiaret field', 'invest in', False, False, (), ('invested in',)),
    ('Namco Gas', 'Halbrook Drilling', 'hire', False, False, (), ('hired',)),
    ('Tolmar Oil', 'Sirte Power', 'help', False, False, (), ('helped',)),
    ('Dominik Brauer', 'Rahim Talukdar', 'meet', False, False, (), ('meeting',)),
    ('Sorel Trust', 'Omar Faris', 'meet', False, False, ('Anna Brik',), ('meeting',)),
    ('Harlow State Department', 'Caspian Migration Office', 'fund', False, False, (), ('funded',)),
    ('Marlin Tankers', 'Orchid Bay Trading', 'supply', False, True, (), ('supplied',)),
    ('Ezequiel Barra', 'Andes Football League', 'criticise', False, False, (), ('criticised',)),
    ('Ezequiel Barra', 'Gerardo Ibarra', 'meet', True, False, (), ('met',)),
    ('Mamadu Sanha', 'Alliance of Sahel States', 'talk to', False, False, (), ('talked to',)),
    ('Partit Verd', 'Casa Verde', 'criticise', True, False, (), ('criticised',)),
    ('Kivu Telecom', 'Redline Forensics', 'hire', False, False, (), ('hired',)),
    ('Arief Wicaksono', 'Sagea', 'visit', False, False, (), ('visited',)),
    ('Arief Wicaksono', 'Li Wenhao', 'meet', True, False, (), ('meet',)),
    ('Tomas Leke', 'Halmahera Sentosa', 'visit', False, False, (), ('visited',)),
    ('Namib Oil', 'Ostral Energy', 'sell to', False, False, (), ('sold',)),
    ('Kaluga Ports', 'Ostrova Bunkers', 'sign with', False, False, (), ('signed a 20-year lease',)),
    ('Karel Vesely', 'Narodna Stranka', 'support', True, False, (), ('supported',)),
    ('Kyiv Arms Agency', 'Sokol Drones', 'sign with', False, False, (),
     ('signed a 2.1 billion hryvnia ($50 million) deal with',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Namco Gas', 'Sirte Power'),
    ('Anna Brik', 'Omar Faris'),
    ('Vesta Shipping', 'Kelvin Ports'),
    ('Vesta Shipping', 'Dalmar Holdings'),
    ('Mamadu Sanha', 'Mali'),
    ('Mamadu Sanha', 'Burkina Faso'),
    ('Mamadu Sanha', 'Niger'),
    ('Unió Insular', 'Grupo Miramar'),
    ('Tomas Leke', 'Dana Pirvu'),
    ('Kora Gas', 'Tarsis Bank'),
    ('Kaluga Ports', 'Tarsin'),
    ('Lena Marx', 'Volksfront'),
    ('Orel Group', 'Vostok Bank'),
    ('Vostok Bank', 'Tarnov Steel'),
]

check(sys.argv[1], WANT, NO_EDGE)
# Round 10's clause shapes: a second verb after ", where ...," on the first verb's complement; "X said after
# meeting Y" (the speaker met Y); an object relative on a name with a bracketed short form; an object
# relative after a describing apposition that holds a place modifier ("a Hong Kong trader"); a verb
# coordinated past "for what he called ..."; a list closing an apposition on the object ("formed by A, B and
# C"); "denied X ever paid" (X is the subject of a clause); a short quotation inside a reported clause before
# "and had hired Y"; "X visited Z, but he did not meet Y" (the pronoun stands for the one subject before);
# "sold a stake in Block 12/04, which it had operated since 2021, to Y"; a place in the words before a
# particle ("signed a lease in Tarsin on Tuesday with Y"); "told the daily Dnevnik he had never supported Y";
# a bracketed amount in a deal phrase ("a 2.1 billion hryvnia ($50 million) deal with Y"). Near misses: "X visited Z, and it hired Y" (a
# person's clause, "it"); the verb of the where-clause does not lend its subject; a speaker whose reported
# clause has its own subject; a relative clause after "a unit of Y" (ambiguous antecedent); "never criticised"
# after the subject; a relative clause before an infinitive "to"; the place in the gap is no endpoint; "it"
# after a person who told the weekly; a name inside the brackets of a deal phrase.
