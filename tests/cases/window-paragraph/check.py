import json, sys
g = json.load(open(sys.argv[1] + "/graph.json"))
names = {n["id"]: n["label"].split()[0] for n in g["nodes"]}
w = {tuple(sorted((names[l["source"]], names[l["target"]]))): l["weight"] for l in g["links"] if l["kind"] == "cooccurrence"}
assert w == {("Alpha", "Beta"): 1, ("Alpha", "Gamma"): 1, ("Beta", "Gamma"): 1, ("Delta", "Gamma"): 1}, w
