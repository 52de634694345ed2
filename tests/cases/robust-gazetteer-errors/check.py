import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
check(not os.path.exists(f"{out}/o"), "a failed run created the output folder")
for gaz, code, msg in (
        ("bad-utf8", 5, "bad-utf8/people.tsv:3:3: invalid UTF-8"),
        ("bad-cells", 5, "bad-cells/people.tsv:3: 3 cells, but the header has 2 columns"),
        ("bad-spacy", 5, "bad-spacy/orgs.jsonl:2:"),
        ("bad-key", 5, "bad-key/people.tsv:3"),
        ("missing", 4, "missing: cannot open")):
    r = run(["build", "--no-default-gazetteers", "-g", f"{case}/{gaz}", f"{case}/article.txt",
             "-o", f"{out}/o"])
    expect_exit(r, code, gaz)
    check(f"entgraph: {case}/{msg}" in r.stderr, f"{gaz}: stderr lacks {msg!r}:\n{r.stderr}")
    check(not os.path.exists(f"{out}/o"), f"{gaz}: a failed run created the output folder")
# A user list naming a bundled entity by its name (no id) adds to it (the README's example):
# no ambiguity, and FBI and the Bureau are the bundled FBI.
with open(f"{out}/fbi.txt", "w") as f:
    f.write("The FBI said on Monday that the Federal Bureau of Investigation had opened a case.\n")
r = run(["tag", "-g", f"{case}/../merge-aliases/gaz", f"{out}/fbi.txt"])
expect_exit(r, 0, "user list merging with the bundled ones")
check("ambiguous form" not in r.stderr, r.stderr)
ents = [e for e in json.loads(r.stdout)["entities"] if e["type"] == "agency"]
check([(e["key"], len(e["spans"])) for e in ents] ==
      [("agency:federal-bureau-of-investigation", 2)], ents)
