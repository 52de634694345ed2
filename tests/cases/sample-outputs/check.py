import filecmp, json, os, subprocess, sys, tempfile
import networkx as nx
import igraph

out, case, exe = sys.argv[1], sys.argv[2], os.environ["EG_EXE"]
sample = os.path.join(case, "..", "..", "sample")
g = json.load(open(f"{out}/graph.json"))
co_links = [l for l in g["links"] if l["kind"] == "cooccurrence"]
rel_links = [l for l in g["links"] if l["kind"] == "relation"]
assert len(g["nodes"]) > 40 and len(co_links) > 100 and len(rel_links) > 5

# networkx reads both GraphML files with labels, types and weights.
for name, n_edges in (("cooccurrence", len(co_links)), ("relations", len(rel_links))):
    G = nx.read_graphml(f"{out}/{name}.graphml")
    assert G.number_of_edges() == n_edges, (name, G.number_of_edges(), n_edges)
    for _, d in G.nodes(data=True):
        assert d["label"] and d["type"] in ("person", "organisation", "agency", "country", "location"), d
        assert d["color"].startswith("#") and len(d["color"]) == 7
    for _, _, d in G.edges(data=True):
        assert float(d["weight"]) >= 1
    if name == "relations":
        assert all(d["label"] for _, _, d in G.edges(data=True))
        assert G.is_directed()

# igraph reads the GraphML back with the same nodes, edges and attributes as graph.json.
ig = igraph.Graph.Read_GraphML(f"{out}/cooccurrence.graphml")
assert ig.vcount() == len(g["nodes"]) and ig.ecount() == len(co_links)
by_key = {n["id"]: n for n in g["nodes"]}
for v in ig.vs:
    n = by_key[v["key"]]
    assert v["label"] == n["label"] and v["type"] == n["type"] and int(v["mentions"]) == n["mentions"]
weights = sorted(int(w) for w in ig.es["weight"])
assert weights == sorted(l["weight"] for l in co_links)

# networkx loads graph.json as node-link data.
H = nx.node_link_graph(g)
assert H.number_of_nodes() == len(g["nodes"]) and H.number_of_edges() == len(g["links"])

# Graphviz renders both DOT files.
for name in ("cooccurrence", "relations"):
    r = subprocess.run(["dot", "-Tsvg", f"{out}/{name}.dot"], capture_output=True)
    assert r.returncode == 0 and b"<svg" in r.stdout, r.stderr

# rank reads the GraphML back and agrees on the top entity.
r = subprocess.run([exe, "rank", f"{out}/cooccurrence.graphml", "--top", "3"], capture_output=True, text=True)
assert r.returncode == 0, r.stderr
top_rank = r.stdout.splitlines()[1].split()[1]
tsv = open(f"{out}/rankings.tsv").read().splitlines()
assert tsv[1].split("\t")[2].split()[0] == top_rank, (tsv[1], r.stdout)

# Same bytes with 2 threads and the inputs in the other order (mentions.jsonl follows
# input order by design; every graph output must be identical).
with tempfile.TemporaryDirectory() as other:
    r = subprocess.run([exe, "build", f"{sample}/feed.jsonl", f"{sample}/articles", "-o", other,
                        "-q", "--threads", "2"], capture_output=True)
    assert r.returncode == 0, r.stderr
    for f in ("cooccurrence.graphml", "relations.graphml", "cooccurrence.dot", "relations.dot",
              "graph.json", "rankings.tsv"):
        assert filecmp.cmp(f"{out}/{f}", f"{other}/{f}", shallow=False), f
    r = subprocess.run([exe, "build", f"{sample}/articles", f"{sample}/feed.jsonl", "-o", other,
                        "-q", "--threads", "2"], capture_output=True)
    assert filecmp.cmp(f"{out}/mentions.jsonl", f"{other}/mentions.jsonl", shallow=False)
print("ok")
