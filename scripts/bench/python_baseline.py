#!/usr/bin/python3
"""The Python baseline entgraph's benchmark compares against: the job users
write by hand with pyahocorasick and igraph (or networkx).

  python_baseline.py [--graph igraph|networkx] GAZDIR CORPUS.jsonl OUTDIR

Reads the gazetteer folder (entgraph's TSV format: name, aliases and demonyms
columns), tags every article of the JSON Lines corpus with an Aho-Corasick
automaton (whole words, case-sensitive, longest leftmost match, no overlaps),
splits sentences, counts sentence co-occurrence of entities (the title is its
own sentence), computes weighted PageRank and writes OUTDIR/cooccurrence.graphml.
Prints one line of counts. Debian: python3-ahocorasick, python3-igraph
(python3-networkx for --graph networkx); run with /usr/bin/python3.
"""
import argparse
import itertools
import json
import os
import re
import sys
import time

import ahocorasick

GAZ_FILES = {"people.tsv": "person", "organisations.tsv": "organisation",
             "agencies.tsv": "agency", "countries.tsv": "country", "locations.tsv": "location"}

# A sentence ends at . ! or ? (optionally followed by a closing quote or
# bracket) before whitespace and a capital letter, digit or opening quote; a
# blank line ends a paragraph.
SENT_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[A-Z0-9\"“‘(])|\n\s*\n")


def load_gazetteer(gazdir):
    names, types, auto = [], [], ahocorasick.Automaton()
    for fname in sorted(os.listdir(gazdir)):
        if not fname.endswith(".tsv"):
            continue
        default_type = GAZ_FILES.get(fname, fname[:-4])
        header = None
        with open(os.path.join(gazdir, fname), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                cells = line.split("\t")
                if header is None:
                    header = {c: i for i, c in enumerate(cells)}
                    continue
                get = lambda c: cells[header[c]] if c in header and header[c] < len(cells) else ""
                eid = len(names)
                names.append(get("name"))
                types.append(get("type") or default_type)
                forms = [get("name")] + get("aliases").split("|") + get("demonyms").split("|")
                for form in forms:
                    if form and form not in auto:
                        auto.add_word(form, (len(form), eid))
    auto.make_automaton()
    return names, types, auto


def is_word(ch):
    return ch.isalnum() or ch == "_"


def tag(text, auto):
    """Longest leftmost whole-word matches: [(start, end, entity)]."""
    found = []
    n = len(text)
    for end, (length, eid) in auto.iter(text):
        start = end - length + 1
        if start > 0 and is_word(text[start - 1]):
            continue
        if end + 1 < n and is_word(text[end + 1]):
            continue
        found.append((start, end + 1, eid))
    found.sort(key=lambda m: (m[0], -m[1]))
    out, last = [], 0
    for s, e, eid in found:
        if s >= last:
            out.append((s, e, eid))
            last = e
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graph", choices=("igraph", "networkx"), default="igraph")
    ap.add_argument("gazdir")
    ap.add_argument("corpus")
    ap.add_argument("outdir")
    a = ap.parse_args()
    t0 = time.monotonic()
    names, types, auto = load_gazetteer(a.gazdir)
    t_load = time.monotonic() - t0

    weights = {}  # (u, v) with u < v -> sentences
    mentions = {}
    articles = 0
    with open(a.corpus, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            text = rec.get("text")
            if not isinstance(text, str):
                continue
            articles += 1
            sentences = [rec["title"]] if isinstance(rec.get("title"), str) else []
            sentences.extend(SENT_END.split(text))
            for sent in sentences:
                ents = set()
                for _, _, eid in tag(sent, auto):
                    ents.add(eid)
                    mentions[eid] = mentions.get(eid, 0) + 1
                if len(ents) > 1:
                    for u, v in itertools.combinations(sorted(ents), 2):
                        weights[(u, v)] = weights.get((u, v), 0) + 1
    t_text = time.monotonic() - t0 - t_load

    os.makedirs(a.outdir, exist_ok=True)
    out = os.path.join(a.outdir, "cooccurrence.graphml")
    nodes = sorted(mentions)
    index = {eid: i for i, eid in enumerate(nodes)}
    edges = sorted(weights)
    if a.graph == "igraph":
        import igraph
        g = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in edges])
        g.vs["label"] = [names[e] for e in nodes]
        g.vs["type"] = [types[e] for e in nodes]
        g.vs["mentions"] = [mentions[e] for e in nodes]
        g.es["weight"] = [weights[e] for e in edges]
        g.vs["pagerank"] = g.pagerank(weights="weight")
        g.write_graphml(out)
    else:
        import networkx as nx
        g = nx.Graph()
        for e in nodes:
            g.add_node(e, label=names[e], type=types[e], mentions=mentions[e])
        g.add_weighted_edges_from((u, v, w) for (u, v), w in weights.items())
        pr = nx.pagerank(g, weight="weight")
        nx.set_node_attributes(g, pr, "pagerank")
        nx.write_graphml(g, out)
    t_all = time.monotonic() - t0
    print("python_baseline (%s): %d articles, %d entities, %d edges; load %.3f s, text %.3f s, "
          "graph %.3f s, total %.3f s" % (a.graph, articles, len(nodes), len(edges), t_load,
                                          t_text, t_all - t_load - t_text, t_all))


if __name__ == "__main__":
    main()
