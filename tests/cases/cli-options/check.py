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
      "entgraph build: --threads takes a number from 1 to 256", "Try 'entgraph build --help'.")
for bad in ("-1", "abc", "2x", "257", ""):
    usage(["build", "--threads", bad, art, "-o", f"{out}/o"],
          "entgraph build: --threads takes a number from 1 to 256")
usage(["build", art, "-o"], "entgraph build: option requires an argument -- 'o'")
usage(["build", art, "--top"], "entgraph build: option '--top' requires an argument")
usage(["build", "--t", "2", art], "entgraph build: option '--t' is ambiguous")
usage(["build", "--strict=1", art], "entgraph build: option '--strict' doesn't allow an argument")
usage(["build"], "entgraph build: no INPUT given", "Try 'entgraph build --help'.")
usage(["build", "--measures", "degree,nope", art, "-o", f"{out}/o"],
      "entgraph build: unknown measure 'nope' in --measures (known: all, degree,")
usage(["build", "--rank", "nope", art, "-o", f"{out}/o"], "entgraph build: unknown --rank measure 'nope'")
# An empty folder name once made build write into the root folder.
usage(["build", art, "-o", ""], "entgraph build: --output takes a folder name")
usage(["graph", art, "--output="], "entgraph graph: --output takes a folder name")
usage(["build", "--window", "page", art], "entgraph build: --window takes sentence, paragraph or article")
usage(["tag", "-x", art], "entgraph tag: invalid option -- 'x'", "Try 'entgraph tag --help'.")
# Options of another command are refused, not silently ignored.
usage(["tag", "--window", "article", art], "entgraph tag: option '--window' does not apply to tag")
usage(["tag", "-o", f"{out}/o", art], "entgraph tag: option '-o' does not apply to tag")
usage(["explain", "--evidence", "2", "A", "B", art],
      "entgraph explain: option '--evidence' does not apply to explain")
usage(["eval", "--gold", art, "--strict"], "entgraph eval: option '--strict' does not apply to eval")
usage(["reduce", "--threads", "2"], "entgraph reduce: option '--threads' does not apply to reduce")
usage(["graph", "--window", "article", art], "entgraph graph: option '--window' does not apply to graph")
usage(["rank", "--bogus", art], "entgraph rank: unrecognized option '--bogus'",
      "Try 'entgraph rank --help'.")
usage(["rank", "--top", "x", art], "entgraph rank: --top takes a whole number")
usage(["rank"], "entgraph rank: give exactly one GraphML file")
usage(["explain", "A", art], "entgraph explain: give two entities and at least one INPUT")
usage(["eval"], "entgraph eval: --gold is required")
usage(["nonsense"], "entgraph: unknown command 'nonsense'")
# Standard input can be read once.
for cmd in (["tag"], ["build"], ["map"], ["explain", "A", "B"], ["graph"]):
    usage(cmd + ["-", "-"], f"entgraph {cmd[0]}: standard input ('-') can be given only once",
          f"Try 'entgraph {cmd[0]} --help'.")
# --fail-under is checked before any article is tagged, and says what is wrong.
usage(["eval", "--gold", art, "--fail-under", "entity.person.f1"],
      "entgraph eval: --fail-under: bad term 'entity.person.f1': expected NAME>=NUMBER or NAME<=NUMBER")
usage(["eval", "--gold", art, "--fail-under", "entity.person.f2>=1"],
      "entgraph eval: --fail-under: unknown score 'entity.person.f2'")

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
# --strict stops at a binary file (exit 3) as its help says; invalid UTF-8 is kept.
open(f"{out}/zip.txt", "wb").write(b"PK\x03\x04binary\x00junk")
r = run(["tag", "--strict"] + gaz + [f"{out}/zip.txt", art])
expect_exit(r, 3, "tag --strict on a binary file")
check(f"{out}/zip.txt: skipped: binary file (ZIP archive)" in r.stderr, r.stderr)
for cmd in ("build", "tag"):
    h = run([cmd, "--help"]).stdout
    check("--strict               a malformed record or a binary file stops the run" in h, h)
open(f"{out}/bad-utf8.txt", "wb").write(b"Alice Smith \xff met Bob Jones.")
r = run(["tag", "--strict"] + gaz + [f"{out}/bad-utf8.txt"])
expect_exit(r, 0, "tag --strict on invalid UTF-8")
# A file missing from the bundled folder is a configuration error (5), like a missing
# bundled folder; a file named on the command line that cannot be opened is an I/O error (4).
import shutil
shutil.copytree(os.path.join(case, "..", "..", "..", "gazetteers"), f"{out}/bundled")
os.unlink(f"{out}/bundled/rules/designators.txt")
r = run(["tag", art], env={"ENTGRAPH_GAZETTEERS": f"{out}/bundled"})
expect_exit(r, 5, "bundled rules file missing")
check(f"entgraph: {out}/bundled/rules/designators.txt: cannot open: No such file or directory "
      "(the bundled gazetteers folder is incomplete)" in r.stderr, r.stderr)
r = run(["tag", art], env={"ENTGRAPH_GAZETTEERS": f"{out}/nothere"})
expect_exit(r, 5, "bundled folder missing")
r = run(["tag", "--rules", f"{out}/no-such-rules.tsv", art])
expect_exit(r, 4, "--rules file missing")
print("ok")
