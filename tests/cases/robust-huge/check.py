import os, sys, tempfile
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", ".."))
sys.path.insert(0, here)
from robust_util import *
import gen

out, case = sys.argv[1], sys.argv[2]
validate_outputs(out)
base = float(os.environ.get("EG_ROBUST_BIG_MB", "0.5"))
S = int(base * 1024 * 1024)
gaz = f"{case}/../robust-bad-utf8/gaz"
with tempfile.TemporaryDirectory() as tmp:
    empty = f"{tmp}/empty.txt"
    open(empty, "w").write("Alice Smith.\n")
    _, cpu0, _, _ = run_measured(["build", "--no-default-gazetteers", "-g", gaz, empty, "-o", f"{tmp}/o0", "-q"])
    for kind, make, suffix in (("one-line article", gen.one_line_article, ".jsonl"),
                               ("sentence without punctuation", gen.no_punct_sentence, ".txt")):
        res = []
        for mult in (1, 4):
            path = f"{tmp}/in{mult}{suffix}"
            make(path, S * mult)
            p, cpu, rss, wall = run_measured(["build", "--no-default-gazetteers", "-g", gaz, path,
                                              "-o", f"{tmp}/o", "-q", "--threads", "2"],
                                             timeout=max(300, 120 * base * mult))
            expect_exit(p, 0, f"{kind} x{mult}")
            no_temp_files(f"{tmp}/o")
            res.append((cpu, rss))
            print(f"{kind}: {S * mult / 1e6:.1f} MB: {cpu:.2f} s CPU, {rss / 1024:.0f} MiB peak, {wall:.1f} s")
            os.unlink(path)
        (c1, r1), (c4, r4) = res
        work1, work4 = max(c1 - cpu0, 0.05), c4 - cpu0
        # Linear: 4x the input costs about 4x (quadratic would be 16x).
        check(work4 < 8 * work1 + 1.0, f"{kind}: CPU {work1:.2f} s -> {work4:.2f} s for 4x the input")
        # Memory proportional to the article: the growth stays within a fixed factor of the size.
        grow = (r4 - r1) * 1024
        check(grow < 60 * 3 * S, f"{kind}: peak memory grew by {grow / 1e6:.0f} MB for {3 * S / 1e6:.1f} MB more input")
