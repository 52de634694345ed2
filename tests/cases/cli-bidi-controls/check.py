import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
for name in ("mentions.jsonl", "rankings.tsv", "cooccurrence.dot", "relations.dot", "cooccurrence.graphml",
             "relations.graphml", "graph.json"):
    text = open(f"{out}/{name}", encoding="utf-8").read()
    check(not BIDI.search(text), f"{name} holds a bidi control: {BIDI.search(text)!r}")
    check("Ali\ufffdce Smith" in text, f"{name} lacks the sanitised name")
g = json.load(open(f"{out}/graph.json", encoding="utf-8"))
ids = {n["id"] for n in g["nodes"]}
check(ids == {"p\ufffdx", "p2"}, ids)
for l in g["links"]:
    check(l["article_ids"] == ["a\ufffdb"], l["article_ids"])
    for ev in l["evidence"]:
        s = ev["sentence"].encode()
        for side, span in (("source", ev["source_span"]), ("target", ev["target_span"])):
            label = next(n["label"] for n in g["nodes"] if n["id"] == l[side])
            check(s[span[0]:span[1]].decode() == label, (ev, label))
r = run(["tag", "--no-default-gazetteers", "-g", f"{case}/gaz", f"{case}/in.jsonl"])
expect_exit(r, 0, "tag")
check(not BIDI.search(r.stdout) and "Ali\ufffdce Smith" in r.stdout, r.stdout)
r = run(["explain", "--no-default-gazetteers", "-g", f"{case}/gaz", "Bob Jones", "Ali\u202ece Smith",
         f"{case}/in.jsonl"])
expect_exit(r, 0, "explain")
check(not BIDI.search(r.stdout) and "Ali\ufffdce Smith met Bob Jones." in r.stdout, r.stdout)
print("ok")
