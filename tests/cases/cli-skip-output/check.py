import os, shutil, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
gaz = ["--no-default-gazetteers", "-g", f"{case}/../robust-bad-utf8/gaz"]
os.mkdir(f"{out}/w")
shutil.copy(f"{case}/../errors-unreadable-input/article.txt", f"{out}/w/a.txt")
runs = []
for i in range(2):
    r = subprocess.run([exe(), "build"] + gaz + [".", "-o", "out", "--threads", "1"],
                       cwd=f"{out}/w", capture_output=True, text=True)
    expect_exit(r, 0, f"run {i + 1}")
    runs.append((r.stderr, open(f"{out}/w/out/mentions.jsonl").read()))
check("entgraph: 1 articles " in runs[1][0], runs[1][0])
check("entgraph: note: ./out: skipped: holds entgraph output (graph.json, mentions.jsonl, "
      "rankings.tsv), not articles" in runs[1][0], runs[1][0])
check(runs[0][1] == runs[1][1], "the second run's mentions.jsonl differs")
check(len(runs[1][1].splitlines()) == 1, runs[1][1])
# -q hides the note; a folder with only some of the files is read as usual.
os.mkdir(f"{out}/w/part")
open(f"{out}/w/part/graph.json", "w").write("{}")
open(f"{out}/w/part/b.txt", "w").write("Bob Jones met Alice Smith.\n")
r = subprocess.run([exe(), "build", "-q"] + gaz + [".", "-o", "out", "--threads", "1"],
                   cwd=f"{out}/w", capture_output=True, text=True)
expect_exit(r, 0, "-q")
check(r.stderr == "", r.stderr)
check(len(open(f"{out}/w/out/mentions.jsonl").read().splitlines()) == 2, "part/b.txt not read")
print("ok")
