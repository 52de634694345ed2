import json, sys
g = json.load(open(sys.argv[1] + "/graph.json"))
co = [l for l in g["links"] if l["kind"] == "cooccurrence"]
assert len(co) == 1 and co[0]["weight"] == 2, co
assert len(g["nodes"]) == 4  # every entity stays a node
