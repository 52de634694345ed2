import itertools, os, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
inputs = [f"{case}/../../sample/articles", f"{case}/../robust-jsonl-malformed/feed.jsonl",
          f"{case}/../robust-bad-utf8/articles", f"{case}/../robust-binary/inbox",
          f"{case}/../../sample/feed.jsonl"]
ref = snapshot(out)
check(len(ref) == 7, sorted(ref))
order_free = {n: b for n, b in ref.items() if n != "mentions.jsonl"}
g = graph_summary(out)[0]
check(g["records_rejected"] > 0 and g["skipped_binary"] > 0, g)
runs = [(2, inputs), (7, inputs), (2, inputs[::-1]), (7, [inputs[i] for i in (3, 0, 4, 2, 1)])]
with tempfile.TemporaryDirectory() as tmp:
    for k, (threads, ins) in enumerate(runs):
        d = f"{tmp}/{k}"
        r = run(["build"] + ins + ["-o", d, "--threads", str(threads), "-q"])
        expect_exit(r, 0, f"--threads {threads}")
        now = snapshot(d)
        for name, want in (ref if ins == inputs else order_free).items():
            check(now[name] == want, f"--threads {threads}, inputs {ins}: {name} differs")
print("ok")
