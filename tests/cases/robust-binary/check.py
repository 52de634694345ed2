import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
g = validate_outputs(out)
ids = [json.loads(l)["id"] for l in open(f"{out}/mentions.jsonl", encoding="utf-8")]
check(ids == ["a-story.txt", "sub/h-story.md"], f"articles processed: {ids}")
js, _ = graph_summary(out)
check(js["skipped_binary"] == 6 and js["articles_read"] == 2 and js["warnings"] == 6, js)
# With --strict a binary file is a data error: exit 3, nothing written.
import tempfile
with tempfile.TemporaryDirectory() as tmp:
    r = run(["build", "--no-default-gazetteers", "-g", f"{case}/gaz", f"{case}/inbox", "--strict",
             "-o", f"{tmp}/o"])
    expect_exit(r, 3, "--strict")
    check(f"{case}/inbox/b-photo.txt: skipped: binary file (PNG image)" in r.stderr, r.stderr)
    check(not os.path.exists(f"{tmp}/o") or not os.listdir(f"{tmp}/o"), "--strict wrote outputs")
