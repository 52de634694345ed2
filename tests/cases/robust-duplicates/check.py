import json, os, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
def weights(folder):
    g = json.load(open(f"{folder}/graph.json", encoding="utf-8"))
    return {(l["source"], l["target"]): l["weight"] for l in g["links"] if l["kind"] == "cooccurrence"}
check(weights(out) == {("o1", "p1"): 1, ("o1", "p2"): 1, ("p1", "p2"): 5}, weights(out))
validate_outputs(out)
with tempfile.TemporaryDirectory() as tmp:
    r = run(["build", "--no-default-gazetteers", "-g", f"{case}/../robust-bad-utf8/gaz", f"{case}/dup",
             f"{case}/dup", f"{case}/feed.jsonl", "-o", tmp, "--dedupe", "--threads", "1"])
    expect_exit(r, 0, "--dedupe")
    s = check_summaries_agree(r.stderr, tmp)
    check(s["articles_read"] == 2 and s["skipped_duplicate"] == 5, s)
    check(r.stderr.count("), dropped") == 5, r.stderr)
    check(weights(tmp) == {("o1", "p2"): 1, ("p1", "p2"): 1}, weights(tmp))

# An article repeating the id of one article and the text of another: the warnings counted in
# graph.json do not depend on which comes first (one warning per earlier group it joins).
recs = ['{"id": "x", "text": "Alice Smith met Bob Jones."}',
        '{"id": "y", "text": "Acme Corp hired Alice Smith."}',
        '{"id": "x", "text": "Acme Corp hired Alice Smith."}']
counts = set()
for order in ((0, 1, 2), (0, 2, 1), (2, 0, 1), (1, 2, 0), (2, 1, 0), (1, 0, 2)):
    with tempfile.TemporaryDirectory() as tmp:
        with open(f"{tmp}/f.jsonl", "w") as f:
            f.write("\n".join(recs[i] for i in order) + "\n")
        r = run(["build", "--no-default-gazetteers", "-g", f"{case}/../robust-bad-utf8/gaz",
                 f"{tmp}/f.jsonl", "-o", f"{tmp}/o", "--threads", "1"])
        expect_exit(r, 0, f"order {order}")
        counts.add(check_summaries_agree(r.stderr, f"{tmp}/o")["warnings"])
check(counts == {2}, f"warnings depend on input order: {sorted(counts)}")

# Inputs are read in byte order of their paths, whatever order they are named in: every file,
# mentions.jsonl and the articles --dedupe keeps included, is the same either way.
outs = []
for inputs in ([f"{case}/feed.jsonl", f"{case}/dup"], [f"{case}/dup", f"{case}/feed.jsonl"]):
    with tempfile.TemporaryDirectory() as tmp:
        r = run(["build", "--no-default-gazetteers", "-g", f"{case}/../robust-bad-utf8/gaz",
                 *inputs, "-o", tmp, "--dedupe", "--threads", "1"])
        expect_exit(r, 0, f"inputs {inputs}")
        outs.append({n: open(os.path.join(tmp, n), "rb").read() for n in sorted(os.listdir(tmp))})
check(outs[0].keys() == outs[1].keys() and "mentions.jsonl" in outs[0], sorted(outs[0]))
for n in outs[0]:
    check(outs[0][n] == outs[1][n], f"{n} depends on the order the inputs are named in")
