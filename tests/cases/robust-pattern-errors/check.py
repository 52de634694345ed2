import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
check(not os.path.exists(f"{out}/o"), "a failed run created the output folder")
for opt, name, code, msg in (
        ("--patterns", "missing-column", 5, ":1: missing column 'passive' in header"),
        ("--patterns", "bad-utf8", 5, ":2:15: column 'active': bad regular expression: UTF-8 error"),
        ("--patterns", "short-row", 5, ":2: expected 5 tab-separated columns"),
        ("--patterns", "named-group", 5, ":2:14: column 'active': named groups are not allowed"),
        ("--patterns", "nonexistent", 4, ": cannot open"),
        ("--rules", "rules-unbalanced", 5, ":1:20: missing closing parenthesis"),
        ("--rules", "rules-no-name", 5, ":1:8: the pattern has no (?<name>...) group"),
        ("--rules", "nonexistent", 4, ": cannot open")):
    r = run(["build", "--no-default-gazetteers", opt, f"{case}/{name}.tsv", f"{case}/article.txt",
             "-o", f"{out}/o"])
    expect_exit(r, code, name)
    check(f"entgraph: {case}/{name}.tsv{msg}" in r.stderr, f"{name}: stderr lacks {msg!r}:\n{r.stderr}")
    check(not os.path.exists(f"{out}/o"), f"{name}: a failed run created the output folder")
