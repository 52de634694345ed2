import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
# Span offsets index the article's original bytes.
originals = {"a.txt": open(f"{case}/articles/a.txt", "rb").read()}
for raw in open(f"{case}/articles/feed.jsonl", "rb"):
    m = re.match(rb'\{"id": "([a-z0-9]+)", "text": "(.*)"\}\n$', raw)
    originals[m.group(1).decode()] = m.group(2)
seen = 0
for line in open(f"{out}/mentions.jsonl", encoding="utf-8"):
    rec = json.loads(line)
    text = originals[rec["id"]]
    for e in rec["entities"]:
        for s, t in e["spans"]:
            check(text[s:t] == e["name"].encode(), f"{rec['id']}: span {s}:{t} is {text[s:t]!r}, not {e['name']}")
            seen += 1
check(seen == 10, f"{seen} mentions, expected 10")
g = validate_outputs(out)
check(sorted(n["label"] for n in g["nodes"]) == ["Acme Corp", "Alice Smith", "Bob Jones"], "nodes")
# Every output is valid UTF-8 even though the input was not.
for name in OUTPUTS:
    open(f"{out}/{name}", encoding="utf-8", errors="strict").read()
# One warning per file, however many bad bytes or records it has.
import tempfile
with tempfile.TemporaryDirectory() as tmp:
    r = run(["build", "--no-default-gazetteers", "-g", f"{case}/gaz", f"{case}/articles", "-o", tmp])
    expect_exit(r, 0, "second run")
    check(r.stderr.count("invalid UTF-8") == 2, "expected exactly 2 invalid UTF-8 warnings:\n" + r.stderr)
    check_summaries_agree(r.stderr, tmp)
