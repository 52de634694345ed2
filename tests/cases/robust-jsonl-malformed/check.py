import json, os, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
g = validate_outputs(out)
ids = [json.loads(l)["id"] for l in open(f"{out}/mentions.jsonl", encoding="utf-8")]
check(ids == ["ok1", "d1", "ok2", "ok3"], f"records processed: {ids}")
js, _ = graph_summary(out)
check(js["records_rejected"] == 12 and js["articles_read"] == 4 and js["warnings"] == 13, js)
# Every rejected record's warning has file:line:column.
with tempfile.TemporaryDirectory() as tmp:
    r = run(["build", "--no-default-gazetteers", "-g", f"{case}/gaz", f"{case}/feed.jsonl", "-o", tmp])
    expect_exit(r, 0, "rerun")
    import re
    rejected = [l for l in r.stderr.splitlines() if "record skipped" in l]
    check(len(rejected) == 12, r.stderr)
    for l in rejected:
        check(re.match(r"entgraph: warning: .*/feed\.jsonl:\d+:\d+: record skipped: ", l), l)
    check_summaries_agree(r.stderr, tmp)
