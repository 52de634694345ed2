import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
gaz = ["--no-default-gazetteers", "-g", f"{case}/../robust-bad-utf8/gaz"]
for name, code, msg in (
        ("dup", 3, "dup.jsonl:3:1: duplicate gold id \"g1\" (first at line 1)"),
        ("no-entities", 3, "no-entities.jsonl:1:1: gold record \"g1\": \"entities\" is missing"),
        ("rel", 3, "rel.jsonl:1:1: gold record \"g1\": relation 1 needs a string \"source\", "
                   "\"target\" and \"verb\""),
        ("syntax", 3, "syntax.jsonl:1:40: "),
        # Spans must lie inside the text (or title) they index, on UTF-8 character bounds.
        ("past", 3, "past.jsonl:1:1: gold record \"g1\": entity 1 (\"France\"): span [0, 600] ends "
                    "past the end of the text (28 bytes)"),
        ("utf8", 3, "utf8.jsonl:1:1: gold record \"g1\": entity 1 (\"X\"): span [0, 4] splits a "
                    "UTF-8 character of the text (20 bytes)"),
        ("title", 3, "title.jsonl:1:1: gold record \"g1\": entity 1 (\"Paris\"): title span [0, 9] "
                     "ends past the end of the title (5 bytes)"),
        ("missing", 4, "missing.jsonl: cannot open gold file: No such file or directory")):
    r = run(["eval"] + gaz + ["--gold", f"{case}/{name}.jsonl"])
    expect_exit(r, code, name)
    check(f"entgraph: {case}/{msg}" in r.stderr, f"{name}: stderr lacks {msg!r}:\n{r.stderr}")
    check(r.stdout == "", f"{name}: printed scores:\n{r.stdout}")
r = run(["eval"] + gaz + ["--gold", f"{case}/bom-crlf.jsonl", "--no-errors"])
expect_exit(r, 0, "bom-crlf")
check("articles scored: 1 " in r.stdout, r.stdout)
r = run(["eval"] + gaz + ["--gold", f"{case}/gold.jsonl", "--no-errors"])
expect_exit(r, 0, "gold.jsonl")
check("articles scored: 1 " in r.stdout, r.stdout)
print("ok")
