import json, os, sys, subprocess
import xml.etree.ElementTree as ET
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
g = validate_outputs(out)
labels = sorted(n["label"] for n in g["nodes"])
check(len(labels) >= 14, f"only {len(labels)} nodes: {labels}")
for want in ('Quote "Q" Corp', 'Less <b> Corp', 'Amp & Sons Ltd', 'Back\\slash Inc',
             'Inj ]; node [ shape=box Corp', 'Cdata ]]> Corp', 'Html &amp; &#1; Corp'):
    check(want in labels, f"{want!r} not a node label: {labels}")
# GraphML carries the same labels as graph.json (XML-invalid characters replaced).
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(f"{out}/cooccurrence.graphml").getroot()
keys = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", ns)}
check('note"<&>' in keys.values() and "]; x [" in keys.values(), f"attribute names: {keys}")
gl = sorted(d.text for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data")
            if keys.get(d.get("key")) == "label" and d.text)
check(len(gl) == len(labels), "GraphML labels")
def printable(s):
    return all(ch in "\t\n" or ord(ch) >= 0x20 for ch in s)
check(all(printable(l) for l in gl), "control characters in GraphML")
# DOT: every node renders once, none is created by a label.
import re
for name in ("cooccurrence", "relations"):
    declared = len(re.findall(r"^  \d+ \[$", open(f"{out}/{name}.dot", encoding="utf-8").read(), re.M))
    r = subprocess.run(["dot", "-Tsvg", f"{out}/{name}.dot"], capture_output=True)
    rendered = r.stdout.count(b'class="node"')
    check(declared > 0 and rendered == declared, f"{name}.dot: {declared} nodes declared, {rendered} rendered")
    if name == "cooccurrence":
        check(declared == len(g["nodes"]), f"{name}.dot: {declared} nodes, graph has {len(g['nodes'])}")
# The ranking table on stdout: no control characters (no terminal escapes).
r = run(["build", "--no-default-gazetteers", "-g", f"{case}/gaz", f"{case}/feed.jsonl", "-o", out,
         "--top", "50"])
expect_exit(r, 0, "rerun")
check(all(printable(l) for l in r.stdout.splitlines()), f"control characters on stdout: {r.stdout!r}")
check("\x1b" not in r.stderr, "an escape sequence reached stderr")
# Article ids and titles with the same characters round-trip through mentions.jsonl.
ids = [json.loads(l)["id"] for l in open(f"{out}/mentions.jsonl", encoding="utf-8")]
check(ids[0] == 'a"<&>\\\n]; node [' and ids[2] == "3", ids)
