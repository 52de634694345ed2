import json, os, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
g = validate_outputs(out)
rel = [(l["source"], l["target"], l["label"]) for l in g["links"] if l["kind"] == "relation"]
check(("o1", "p2", "sue") in rel, f"relations: {rel}")
with tempfile.TemporaryDirectory() as tmp:
    p, cpu, rss, wall = run_measured(
        ["build", "--no-default-gazetteers", "-g", f"{case}/gaz", "--patterns", f"{case}/patterns.tsv",
         "--rules", f"{case}/rules.tsv", f"{case}/article.txt", "-o", tmp, "--threads", "1"], timeout=120)
    expect_exit(p, 0, "rerun")
    print(f"catastrophic patterns: {cpu:.2f} s CPU, {wall:.2f} s")
    check(cpu < 20, f"{cpu:.1f} s CPU: a pattern was not stopped by the limits")
    check_summaries_agree(p.stderr, tmp)
