import json, sys
out = sys.argv[1]
g = json.load(open(f"{out}/graph.json"))
rels = sorted((l["source"], l["target"], l["label"], l["negated"]) for l in g["links"] if l["kind"] == "relation")
want = [("Russia", "Ukraine", "accuse", True) if False else None]
names = {n["id"]: n["label"] for n in g["nodes"]}
got = sorted((names[s], names[t], v, n) for s, t, v, n in rels)
assert got == [
    ("European Commission", "Acme Holdings", "fine", False),
    ("Federal Bureau of Investigation", "Jane Doe", "indict", False),
    ("Justice Department", "Jane Doe", "indict", False),
    ("Russia", "Ukraine", "accuse", True),
], got
