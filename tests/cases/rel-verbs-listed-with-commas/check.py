import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from relcheck import check  # noqa: E402

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Rights Watch Europa', 'Hungary', 'criticise', False, False, (), ('criticised',)),
    ('Rights Watch Europa', 'Poland', 'accuse', False, False, (), ('accused',)),
    ('Rights Watch Europa', 'Spain', 'praise', False, False, (), ('praised',)),
    ('Tarvik Holdings', 'Kessler Partners', 'hire', False, False, (), ('hired',)),
    ('Tarvik Holdings', 'Varnhem Port Authority', 'negotiate with', False, False, (), ('negotiating with',)),
    ('Ostrava Steel', 'Varnhem Port Authority', 'sue', False, False, (), ('sued',)),
    ('Bremer Group', 'Ostrava Steel', 'buy', False, False, (), ('bought',)),
    # session 22: the participle insertion "set up in 2022 as ..." after the name that opens the
    # sentence is skipped, so the name is the subject (Union still is none)
    ('Integrity Office', 'Poland', 'criticise', False, False, (), ('criticised',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('Bremer Group', 'Varnhem Port Authority'),
    ('Union', 'Poland'),
    ('Integrity Office', 'Union'),
]

check(sys.argv[1], WANT, NO_EDGE)
# A finite verb right after a comma (past form, or behind its own auxiliary) shares the subject of the verb
# before it ("criticised A, accused B"), or the speaker its pronoun stands for ("said it had not abandoned
# A, had hired B, and"). Not out of a clause the comma closes: "X, which Y bought, sued Z", "X, set up
# for releasing Union funds, criticised Z" (Y and Union are no subjects).
