import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
art = f"{case}/article.txt"
gaz = ["--no-default-gazetteers", "-g", f"{case}/../robust-bad-utf8/gaz"]


def usage(args, *want):
    """`entgraph ARGS` is a usage error whose stderr holds every line of `want`; no output."""
    r = run(args)
    expect_exit(r, 2, " ".join(args))
    for w in want:
        check(w in r.stderr, f"{args}: stderr lacks {w!r}:\n{r.stderr}")
    check(r.stdout == "", f"{args}: printed on stdout:\n{r.stdout}")
    check(r.stderr.count("entgraph") <= 3 and "bad option" not in r.stderr,
          f"{args}: noisy or vague usage message:\n{r.stderr}")
    check(not os.path.exists(f"{out}/o"), f"{args}: a usage error created the output folder")


usage(["build", "-j", "0", art, "-o", f"{out}/o"],
      "entgraph: --threads takes a number from 1 to 256", "Try 'entgraph build --help'.")
for bad in ("-1", "abc", "2x", "257", ""):
    usage(["build", "--threads", bad, art, "-o", f"{out}/o"],
          "entgraph: --threads takes a number from 1 to 256")
usage(["build", art, "-o"], "entgraph build: option requires an argument -- 'o'")
usage(["build", art, "--top"], "entgraph build: option '--top' requires an argument")
usage(["build", "--t", "2", art], "entgraph build: option '--t' is ambiguous")
usage(["build", "--strict=1", art], "entgraph build: option '--strict' doesn't allow an argument")
usage(["build"], "entgraph: no INPUT given", "Try 'entgraph build --help'.")
usage(["build", "--measures", "degree,nope", art, "-o", f"{out}/o"],
      "entgraph: unknown measure 'nope' in --measures (known: all, degree,")
usage(["build", "--rank", "nope", art, "-o", f"{out}/o"], "entgraph: unknown --rank measure 'nope'")
# An empty folder name once made build write into the root folder.
usage(["build", art, "-o", ""], "entgraph: --output takes a folder name")
usage(["graph", art, "--output="], "entgraph: --output takes a folder name")
usage(["build", "--window", "page", art], "entgraph: --window takes sentence, paragraph or article")
usage(["tag", "-x", art], "entgraph tag: invalid option -- 'x'", "Try 'entgraph tag --help'.")
# Options of another command are refused, not silently ignored.
usage(["tag", "--window", "article", art], "entgraph: option '--window' does not apply to tag")
usage(["tag", "-o", f"{out}/o", art], "entgraph: option '-o' does not apply to tag")
usage(["explain", "--evidence", "2", "A", "B", art],
      "entgraph: option '--evidence' does not apply to explain")
usage(["eval", "--gold", art, "--strict"], "entgraph: option '--strict' does not apply to eval")
usage(["reduce", "--threads", "2"], "entgraph: option '--threads' does not apply to reduce")
usage(["graph", "--window", "article", art], "entgraph: option '--window' does not apply to graph")
usage(["rank", "--bogus", art], "entgraph rank: unrecognized option '--bogus'",
      "Try 'entgraph rank --help'.")
usage(["rank", "--top", "x", art], "entgraph: --top takes a whole number")
usage(["rank"], "entgraph: give exactly one GraphML file")
usage(["explain", "A", art], "entgraph: give two entities and at least one INPUT")
usage(["eval"], "entgraph: --gold is required")
usage(["nonsense"], "entgraph: unknown command 'nonsense'")
# --fail-under is checked before any article is tagged, and says what is wrong.
usage(["eval", "--gold", art, "--fail-under", "entity.person.f1"],
      "entgraph: --fail-under: bad term 'entity.person.f1': expected NAME>=NUMBER or NAME<=NUMBER")
usage(["eval", "--gold", art, "--fail-under", "entity.person.f2>=1"],
      "entgraph: --fail-under: unknown score 'entity.person.f2'")

# The measure groups the help names are accepted: "relations" is in_degree, out_degree and
# relation_pagerank; the --rank measure is always added.
r = run(["build"] + gaz + ["--measures", "relations", art, "-o", f"{out}/m", "--threads", "1", "-q"])
expect_exit(r, 0, "--measures relations")
header = r.stdout.splitlines()[0].split()
check(header == ["rank", "name", "type", "mentions", "pagerank", "in_degree", "out_degree",
                 "relation_pagerank"], header)
# "-o DIR/" is reported as DIR/, not DIR//.
r = run(["build"] + gaz + [art, "-o", f"{out}/m/", "--threads", "1"])
expect_exit(r, 0, "-o with a slash")
check(f"wrote {out}/m/\n" in r.stderr, r.stderr)
# A -g folder without any list in it is a warning, not silence.
os.mkdir(f"{out}/empty-lists")
open(f"{out}/empty-lists/people.csv", "w").write("name\nAlice Smith\n")
r = run(["tag", "--no-default-gazetteers", "-g", f"{out}/empty-lists", art])
expect_exit(r, 0, "empty -g folder")
check(f"entgraph: warning: {out}/empty-lists: no gazetteer in this folder" in r.stderr, r.stderr)
print("ok")
