import json, sys
g = json.load(open(sys.argv[1] + "/graph.json"))
names = {n["id"]: n["label"] for n in g["nodes"]}
pairs = sorted(tuple(sorted((names[l["source"]], names[l["target"]]))) for l in g["links"] if l["kind"] == "cooccurrence")
assert pairs == [("Acme Holdings", "John Smith"), ("Acme Holdings", "Mary Jones"), ("Brazil", "Chile"),
                 ("Canada", "United States"), ("John Smith", "Mary Jones")], pairs
