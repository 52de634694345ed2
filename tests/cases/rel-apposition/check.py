import json, sys

# expected relation edges: (source, target, label, negated, hedged, reported_by, forms)
WANT = [
    ('Europol', 'Federal Bureau of Investigation', 'cooperate with', False, False, (), ('cooperated with',)),
    ('Gergely Szalai', 'European Commission', 'accuse', False, False, (), ('accused',)),
    ('Securities and Exchange Commission', 'Araguaia Lithium', 'sue', False, False, (), ('sued',)),
    ('Securities and Exchange Commission', 'Paulo Brandao', 'sue', False, False, (), ('sued',)),
]
# Entity pairs that share a sentence but must not be joined by any relation.
NO_EDGE = [
    ('European Union', 'Federal Bureau of Investigation'),
    ('Hungary', 'European Commission'),
]

out = sys.argv[1]
g = json.load(open(f"{out}/graph.json", encoding="utf-8"))
names = {n["id"]: n["label"] for n in g["nodes"]}
got = sorted(
    (names[l["source"]], names[l["target"]], l["label"], l["negated"], l["hedged"],
     tuple(names[r] for r in l["reported_by"]), tuple(l["forms"]))
    for l in g["links"] if l["kind"] == "relation")
assert got == sorted(WANT), got
co = {frozenset((names[l["source"]], names[l["target"]])) for l in g["links"]
      if l["kind"] == "cooccurrence"}
for a, b in NO_EDGE:
    assert frozenset((a, b)) in co, f"{a} and {b} were not both found"
    assert all({x[0], x[1]} != {a, b} for x in got), (a, b)
for line in open(f"{out}/mentions.jsonl", encoding="utf-8"):
    art = json.loads(line)
    for r in art["relations"]:
        for key in ("source", "target", "verb", "class", "form", "negated", "hedged", "passive",
                    "source_span", "target_span"):
            assert key in r, (key, r)
