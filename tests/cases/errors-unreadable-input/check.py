import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
gaz = ["--no-default-gazetteers", "-g", f"{case}/../robust-bad-utf8/gaz"]
os.mkdir(f"{out}/in")
open(f"{out}/in/a.txt", "w").write("Alice Smith met Bob Jones.\n")
os.symlink(f"{out}/gone.txt", f"{out}/in/broken.txt")
for quiet in (["-q"], []):
    r = run(["build"] + gaz + quiet + [f"{out}/in", "-o", f"{out}/o", "--threads", "1"])
    expect_exit(r, 4, f"build {quiet}")
    lines = r.stderr.splitlines()
    want = f"entgraph: {out}/in/broken.txt: cannot open: No such file or directory"
    check(want in lines, f"{quiet}: stderr lacks {want!r}:\n{r.stderr}")
    check("warning" not in r.stderr, f"{quiet}: an unreadable input labelled a warning:\n{r.stderr}")
    check(lines[-1] == "entgraph: 1 input(s) could not be read (see the errors above); "
          "no output written", r.stderr)
    check(not os.path.exists(f"{out}/o"), "output written despite an unreadable input")
# tag -q names it too.
r = run(["tag", "-q"] + gaz + [f"{out}/in"])
expect_exit(r, 4, "tag -q")
check(f"{out}/in/broken.txt: cannot open" in r.stderr, r.stderr)
check(len(r.stdout.splitlines()) == 1, r.stdout)
print("ok")
