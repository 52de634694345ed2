import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
keys = [f"n{i:02d}" for i in range(12)]
lines = []
for i, k in enumerate(keys):
    lines.append(f'E\t{k}\t{{"articles":1,"attrs":{{}},"discovered":false,"mentions":{i + 1},'
                 f'"name":"N{i:02d}","type":"person"}}')
weights = {}
for i in range(12):
    for j in range(i + 1, 12):
        w = (i * 7 + j * 3) % 5 + 1  # many ties
        weights[(keys[i], keys[j])] = w
        lines.append(f'P\t{keys[i]}\t{keys[j]}\t{{"articles":1,"ev":[],"ids":["a"],"weight":{w}}}')
open(f"{out}/in.records", "w").write("\n".join(sorted(lines)) + "\n")
r = run(["graph", f"{out}/in.records", "-o", f"{out}/o", "-q", "--dot-top", "12"])
expect_exit(r, 0, "graph")
dot = open(f"{out}/o/cooccurrence.dot", encoding="utf-8").read()
labels = dict(re.findall(r'^\s*(\d+) \[\s*label=(\S+)', dot, re.M))
got = set()
for a, b in re.findall(r"^\s*(\d+) -- (\d+)", dot, re.M):
    got.add(tuple(sorted(("n" + labels[a][1:], "n" + labels[b][1:]))))
ranked = sorted(weights, key=lambda e: (-weights[e], e))
check(len(got) == 48, f"{len(got)} edges written, expected 48")
check(got == set(ranked[:48]), sorted(set(ranked[:48]) ^ got))
# Under the bound every edge among the kept nodes is written.
r = run(["graph", f"{out}/in.records", "-o", f"{out}/few", "-q", "--dot-top", "5"])
expect_exit(r, 0, "--dot-top 5")
check(len(re.findall(r" -- ", open(f"{out}/few/cooccurrence.dot").read())) == 10, "dot-top 5")
h = run(["build", "--help"]).stdout
check("4*N heaviest edges among them" in h, f"build --help does not say --dot-top bounds the edges:\n{h}")
print("ok")
