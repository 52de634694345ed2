import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Bravo Mining', 'Tomas Reyes', 'hire', False, False, ('Alder Freight',), ('hired',)),
    ('Carla Mendes', 'Tidewater Oil', 'sue', False, False, (), ('sued',)),
    ('Federal Bureau of Investigation', 'Anna Kowalski', 'arrest', False, False, (), ('arrested',)),
    ('Federal Bureau of Investigation', 'Bravo Mining', 'investigate', False, False, (), ('investigated',)),
    ('Federal Bureau of Investigation', 'Tomas Reyes', 'arrest', False, False, (), ('arrested',)),
    ('Greenpeace', 'Tidewater Oil', 'sue', False, False, (), ('sued',)),
    ('Greenpeace', 'Velora Systems', 'praise', False, False, (), ('praised',)),
    ('Kestrel Bank', 'Bravo Mining', 'investigate', False, False, (), ('investigated',)),
    ('Nordmark Holdings', 'Alder Freight', 'criticise', False, False, (), ('criticised',)),
    ('Velora Systems', 'Alder Freight', 'criticise', False, False, (), ('criticised',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Alder Freight', 'Bravo Mining'),
    ('Alder Freight', 'Tomas Reyes'),
    ('Anna Kowalski', 'Velora Systems'),
    ('Greenpeace', 'Carla Mendes'),
    ('Kestrel Bank', 'Tomas Reyes'),
    ('Tomas Reyes', 'Anna Kowalski'),
]

check(sys.argv[1], WANT, NO_EDGE)
# ", along with Y,", ", together with Y," and ", alongside Y," between a subject
# and its verb name a co-subject (active or passive); ", like Y," does not, and
# speakers of "said" get no edge to the reported clause's ends.
