import json, sys
out = sys.argv[1]
g = json.load(open(f"{out}/graph.json"))
keys = sorted(n["id"] for n in g["nodes"])
assert keys == ["RUS", "USA", "agency:Federal Bureau of Investigation"], keys
m = [json.loads(l) for l in open(f"{out}/mentions.jsonl")]
ents = {e["name"]: e for e in m[0]["entities"]}
assert len(ents["Russia"]["spans"]) == 3, ents["Russia"]
assert len(ents["United States"]["spans"]) == 3, ents["United States"]
assert len(ents["Federal Bureau of Investigation"]["spans"]) == 2
text = open(sys.argv[2] + "/articles/one.txt", "rb").read()
for e in ents.values():
    for s, t in e["spans"]:
        assert text[s:t].decode() in ("Federal Bureau of Investigation", "FBI", "Russia", "Russian",
            "Russian Federation", "U.S.", "American", "United States"), text[s:t]
