import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
# A valid value for each option that takes one.
VALUES = {"gazetteer": case, "patterns": f"{case}/article.txt", "rules": f"{case}/article.txt",
          "window": "article", "min-weight": "1", "max-window-entities": "10", "evidence": "2",
          "measures": "degree", "exact-betweenness-max": "10", "seed": "1", "output": out,
          "rank": "degree", "top": "3", "dot-top": "5", "threads": "2", "gold": "g.jsonl",
          "fail-under": "splits<=1"}
FLAGS = {"no-default-gazetteers", "ignore-case", "strict", "dedupe", "timings", "quiet", "help",
         "discovered", "no-errors"}
COMMANDS = ("build", "tag", "explain", "eval", "map", "reduce", "graph", "rank")

r = run(["--help"])
expect_exit(r, 0, "--help")
for cmd in COMMANDS:
    check(re.search(rf"^  {cmd} ", r.stdout, re.M), f"entgraph --help does not list {cmd}")
check(run(["--version"]).stdout.startswith("entgraph "), "--version")


def accepted(cmd, opt):
    """Whether `entgraph CMD --OPT [VALUE] --help` parses (the help then ends the run)."""
    args = [cmd, "--" + opt] + ([VALUES[opt]] if opt in VALUES else []) + ["--help"]
    r = run(args)
    check(r.returncode in (0, 2), f"{args}: exit {r.returncode}:\n{r.stderr}")
    return r.returncode == 0


every = sorted(set(VALUES) | FLAGS)
for cmd in COMMANDS:
    r = run([cmd, "--help"])
    expect_exit(r, 0, f"{cmd} --help")
    check(r.stdout.startswith(f"Usage: entgraph {cmd} "), f"{cmd} --help: {r.stdout[:80]!r}")
    check(r.stderr == "", f"{cmd} --help wrote on stderr: {r.stderr}")
    named = set(re.findall(r"(?<![\w-])--([a-z][a-z-]+)", r.stdout))
    shorts = {"g": "gazetteer", "j": "threads", "o": "output", "q": "quiet", "h": "help"}
    named |= {shorts[s] for s in re.findall(r"(?<![\w-])-([a-z])\b", r.stdout) if s in shorts}
    for opt in every:
        ok = accepted(cmd, opt)
        check(ok == (opt in named),
              f"{cmd}: --{opt} is {'accepted' if ok else 'refused'} but "
              f"{'not named' if ok else 'named'} in its --help")
    unknown = named - set(every)
    check(not unknown, f"{cmd} --help names options this test does not know: {unknown}")
print("ok")
