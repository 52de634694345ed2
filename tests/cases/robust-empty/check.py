import json, os, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
g = validate_outputs(out)
check(g["nodes"] == [] and g["links"] == [], "entities from empty input")
js, _ = graph_summary(out)
check(js["articles_read"] == 4 and js["articles_empty"] == 4, js)
lines = [json.loads(l) for l in open(f"{out}/mentions.jsonl", encoding="utf-8")]
check([l["id"] for l in lines] == ["blank.txt", "empty.txt", "e", "w"], lines)
check(all(l["entities"] == [] for l in lines), "entities in empty articles")
# Empty standard input, as text and as JSON Lines; an empty title with an empty text.
with tempfile.TemporaryDirectory() as tmp:
    for data in ("", "\n\n", '{"title": "", "text": ""}\n'):
        r = run(["build", "--no-default-gazetteers", "-g", f"{case}/gaz", "-", "-o", tmp], stdin=data)
        expect_exit(r, 0, f"stdin {data!r}")
        check("empty article" in r.stderr, r.stderr)
        check_summaries_agree(r.stderr, tmp)
    r = run(["tag", "--no-default-gazetteers", "-g", f"{case}/gaz", f"{case}/in"])
    expect_exit(r, 0, "tag")
    check(len(r.stdout.splitlines()) == 4, r.stdout)
