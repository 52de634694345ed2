import os, sys, tempfile
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", ".."))
sys.path.insert(0, here)
from robust_util import *
import gen

out, case = sys.argv[1], sys.argv[2]
js, g = graph_summary(out)
check(js["capped_windows"] == 1, js)
with tempfile.TemporaryDirectory() as tmp:
    gen.write(tmp, 5000)
    os.mkdir(f"{tmp}/gaz")
    os.rename(f"{tmp}/people.tsv", f"{tmp}/gaz/people.tsv")
    for window, cap, edges in (("article", None, 1225), ("sentence", None, None), ("paragraph", 10, 45)):
        args = ["build", "--no-default-gazetteers", "-g", f"{tmp}/gaz", f"{tmp}/article.txt",
                "-o", f"{tmp}/o", "--window", window]
        if cap:
            args += ["--max-window-entities", str(cap)]
        p, cpu, rss, wall = run_measured(args, timeout=120)
        expect_exit(p, 0, f"5000 names, window {window}")
        s = check_summaries_agree(p.stderr, f"{tmp}/o")
        print(f"5000 names, --window {window}: {cpu:.2f} s CPU, {rss / 1024:.0f} MiB, "
              f"{s['co_edges']} edges, {s['entities']} entities")
        check(s["entities"] >= 4900, s)
        check("only the first" in p.stderr and "(--max-window-entities)" in p.stderr, p.stderr)
        k = cap or 50
        if edges is not None:
            check(s["co_edges"] == edges, f"{s['co_edges']} edges, expected {edges}")
        # Bounded: at most C(k,2) pairs per window, never C(5000,2).
        check(s["co_edges"] <= 5000 * k, f"{s['co_edges']} edges")
        check(cpu < 60, f"{cpu:.1f} s CPU")
