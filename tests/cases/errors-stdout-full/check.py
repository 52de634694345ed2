import os, subprocess, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
art = f"{case}/article.txt"
gaz = ["--no-default-gazetteers", "-g", f"{case}/../robust-bad-utf8/gaz"]
gold = f"{case}/../errors-gold/gold.jsonl"


def full(args, stdin=None):
    env = dict(os.environ)
    env.pop("ENTGRAPH_GAZETTEERS", None)
    with open("/dev/full", "w") as sink:
        return subprocess.run([exe()] + args, stdout=sink, stderr=subprocess.PIPE, text=True,
                              stdin=stdin if stdin is not None else subprocess.DEVNULL, env=env)


os.makedirs(f"{out}/b")
open(f"{out}/recs", "w").write("".join(sorted(run(["map", "-q"] + gaz + [art]).stdout
                                              .splitlines(keepends=True))))
for args in (["tag"] + gaz + [art], ["tag", "--discovered"] + gaz + [art],
             ["explain"] + gaz + ["Alice Smith", "Bob Jones", art],
             ["eval", "--gold", gold] + gaz, ["map"] + gaz + [art],
             ["build", "-q"] + gaz + [art, "-o", f"{out}/b"], ["reduce", f"{out}/recs"],
             ["graph", "-q", f"{out}/recs", "-o", f"{out}/g"], ["rank", f"{out}/b/cooccurrence.graphml"],
             ["--help"], ["build", "--help"], ["--version"]):
    r = full(args)
    check(r.returncode == 4, f"{args}: exit {r.returncode}, expected 4:\n{r.stderr}")
    check(r.stderr.count("entgraph: <stdout>: cannot write") == 1,
          f"{args}: expected one '<stdout>: cannot write' message:\n{r.stderr}")
    check("No space left on device" in r.stderr, f"{args}: the reason is missing:\n{r.stderr}")
# build's files were written all the same; only the printed ranking was lost.
check(os.path.exists(f"{out}/b/graph.json"), "build did not write its outputs")
print("ok")
