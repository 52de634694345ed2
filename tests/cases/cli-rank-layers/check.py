import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]


def header(args):
    r = run(["rank"] + args)
    expect_exit(r, 0, " ".join(args))
    return r.stdout.splitlines()[0].split()


rel = ["rank", "name", "type", "mentions", "in_degree", "out_degree", "relation_pagerank"]
co = ["rank", "name", "type", "mentions", "degree", "strength", "pagerank", "betweenness",
      "eigenvector", "community"]
check(header([f"{out}/relations.graphml"]) == rel, header([f"{out}/relations.graphml"]))
check(header([f"{out}/cooccurrence.graphml"]) == co, header([f"{out}/cooccurrence.graphml"]))
h = header(["--rank", "pagerank", f"{out}/relations.graphml"])
check(h == rel[:4] + ["pagerank"] + rel[4:], h)
r = run(["rank", f"{out}/relations.graphml"])
check("Alice Smith" in r.stdout and "Bob Jones" in r.stdout, r.stdout)
print("ok")
