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
# A measure of the layer the file does not hold once ranked every node equal, silently: it
# is a usage error naming the file and the measures that apply.
for measure, graph, want in (
        ("relation_pagerank", "cooccurrence", "(rank it by pagerank, degree, strength, "
                                              "betweenness or eigenvector)"),
        ("in_degree", "cooccurrence", "--rank in_degree is a measure of the directed relation "
                                      "graph, but this file holds the undirected co-occurrence graph"),
        ("pagerank", "relations", "(rank it by relation_pagerank, in_degree or out_degree)")):
    r = run(["rank", "--rank", measure, f"{out}/{graph}.graphml"])
    expect_exit(r, 2, f"--rank {measure} on {graph}.graphml")
    check(f"entgraph rank: {out}/{graph}.graphml: --rank {measure} is a measure" in r.stderr
          and want in r.stderr, r.stderr)
    check(r.stdout == "", r.stdout)
h = header(["--rank", "out_degree", f"{out}/relations.graphml"])
check(h == rel, h)
h = header(["--rank", "degree", f"{out}/cooccurrence.graphml"])
check(h == co, h)
r = run(["rank", f"{out}/relations.graphml"])
check("Alice Smith" in r.stdout and "Bob Jones" in r.stdout, r.stdout)
print("ok")
