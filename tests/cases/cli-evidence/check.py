import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
sample = os.path.join(case, "..", "..", "sample")
for name, inputs in (("articles", [f"{sample}/articles"]), ("feed", [f"{sample}/feed.jsonl"])):
    r = run(["build", "-q", "--threads", "2"] + inputs + ["-o", f"{out}/{name}"])
    expect_exit(r, 0, name)
    g = json.load(open(f"{out}/{name}/graph.json", encoding="utf-8"))
    co = [l for l in g["links"] if l["kind"] == "cooccurrence"]
    check(len(co) > 100, f"{name}: only {len(co)} co-occurrence links")
    bare = [(l["source"], l["target"]) for l in co if not l["evidence"]]
    check(not bare, f"{name}: {len(bare)} of {len(co)} co-occurrence links lack evidence: {bare[:5]}")
print("ok")
