"""Helpers for the robustness cases (tests/cases/robust-*/check.py): running
entgraph, checking that every output file parses in the tools users have, and
that a failed run left the output folder as it was."""
import filecmp
import json
import os
import re
import resource
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

OUTPUTS = ("cooccurrence.graphml", "relations.graphml", "cooccurrence.dot", "relations.dot",
           "graph.json", "mentions.jsonl", "rankings.tsv")
TMP_RE = re.compile(r"^\..*\.(tmp|bak)\.[A-Za-z0-9]{6}$")


def exe():
    return os.environ["EG_EXE"]


def run(args, stdin=None, timeout=300, env=None):
    """Runs entgraph ARGS; returns the CompletedProcess (text output)."""
    e = dict(os.environ)
    e.pop("ENTGRAPH_GAZETTEERS", None)
    if env:
        e.update(env)
    return subprocess.run([exe()] + list(args), input=stdin, capture_output=True, text=True,
                          errors="replace", timeout=timeout, env=e)


def run_measured(args, timeout=300):
    """Runs entgraph ARGS; returns (proc, cpu_seconds, max_rss_kib, wall_seconds) of that
    child alone (os.wait4), killing it after `timeout` seconds."""
    import tempfile
    import threading
    with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe:
        t0 = time.monotonic()
        p = subprocess.Popen([exe()] + list(args), stdout=fo, stderr=fe,
                             stdin=subprocess.DEVNULL)
        timer = threading.Timer(timeout, p.kill)
        timer.start()
        _, status, usage = os.wait4(p.pid, 0)
        timer.cancel()
        wall = time.monotonic() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        check(wall < timeout, f"timed out after {timeout} s: {args}")
        fo.seek(0)
        fe.seek(0)
        proc = subprocess.CompletedProcess(args, p.returncode,
                                           fo.read().decode("utf-8", "replace"),
                                           fe.read().decode("utf-8", "replace"))
    return proc, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, wall


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)


def expect_exit(proc, code, what=""):
    if proc.returncode != code:
        sys.stdout.write(proc.stderr)
        fail(f"{what}: exit status {proc.returncode}, expected {code}")


def no_temp_files(folder):
    left = [n for n in os.listdir(folder) if TMP_RE.match(n)] if os.path.isdir(folder) else []
    check(not left, f"temporary files left in {folder}: {left}")


def snapshot(folder):
    """{name: bytes} of every file in folder."""
    out = {}
    for n in sorted(os.listdir(folder)):
        p = os.path.join(folder, n)
        if os.path.isfile(p):
            out[n] = open(p, "rb").read()
    return out


def same_files(folder, snap, what):
    now = snapshot(folder)
    check(sorted(now) == sorted(snap), f"{what}: files changed: {sorted(snap)} -> {sorted(now)}")
    for n in snap:
        check(now[n] == snap[n], f"{what}: {n} changed")


def summary_of(stderr):
    """The two summary lines on stderr as a dict of counts. `warnings` counts the warnings
    about the articles (not the gazetteer and pattern warnings printed before them)."""
    m = re.search(r"entgraph: (\d+) articles \((\d+) empty, [\d.]+ MB\); skipped (\d+) binary, "
                  r"(\d+) unreadable, (\d+) duplicate; (\d+) records rejected; (\d+) (?:article )?warnings",
                  stderr)
    n = re.search(r"entgraph: (\d+) entities, (\d+) co-occurrence edges, (\d+) relation edges",
                  stderr)
    check(m and n, "no run summary on stderr:\n" + stderr)
    keys = ("articles_read", "articles_empty", "skipped_binary", "skipped_unreadable",
            "skipped_duplicate", "records_rejected", "warnings")
    d = {k: int(v) for k, v in zip(keys, m.groups())}
    d.update(entities=int(n.group(1)), co_edges=int(n.group(2)), rel_edges=int(n.group(3)))
    return d


def graph_summary(out):
    g = json.load(open(os.path.join(out, "graph.json"), encoding="utf-8"))
    return g["graph"]["summary"], g


def check_summaries_agree(stderr, out):
    """The stderr summary and graph.json's graph.summary say the same."""
    s = summary_of(stderr)
    js, g = graph_summary(out)
    for k in ("articles_read", "articles_empty", "skipped_binary", "skipped_unreadable",
              "skipped_duplicate", "records_rejected", "warnings"):
        check(js[k] == s[k], f"summary {k}: stderr {s[k]}, graph.json {js[k]}")
    co = [l for l in g["links"] if l["kind"] == "cooccurrence"]
    rel = [l for l in g["links"] if l["kind"] == "relation"]
    check(len(g["nodes"]) == s["entities"], "entities differ between stderr and graph.json")
    check(len(co) == s["co_edges"] and len(rel) == s["rel_edges"], "edge counts differ")
    return s


def validate_outputs(out):
    """Every output parses: GraphML (strict XML parser and networkx), DOT (Graphviz renders
    it, with as many nodes as the graph has), graph.json and mentions.jsonl (JSON), and
    rankings.tsv (same number of cells on every line). Returns graph.json."""
    import networkx as nx
    g = json.load(open(os.path.join(out, "graph.json"), encoding="utf-8"))
    try:
        nx.node_link_graph(g, edges="links")  # networkx >= 3.4 renamed the default
    except TypeError:
        nx.node_link_graph(g)
    labels = sorted(n["label"] for n in g["nodes"])
    for name in ("cooccurrence", "relations"):
        path = os.path.join(out, name + ".graphml")
        ET.parse(path)
        G = nx.read_graphml(path)
        check(G.number_of_nodes() == len(g["nodes"]), f"{name}.graphml: node count")
        dot = os.path.join(out, name + ".dot")
        r = subprocess.run(["dot", "-Tsvg", dot], capture_output=True)
        check(r.returncode == 0 and b"<svg" in r.stdout,
              f"{name}.dot does not render: {r.stderr.decode('utf-8', 'replace')}")
        r2 = subprocess.run(["dot", "-Tcanon", dot], capture_output=True)
        check(r2.returncode == 0, f"{name}.dot: dot -Tcanon failed")
        svg_nodes = r.stdout.count(b'class="node"')
        check(svg_nodes <= len(g["nodes"]), f"{name}.dot renders {svg_nodes} nodes, more than "
              f"the graph's {len(g['nodes'])}: something was injected")
    for line in open(os.path.join(out, "mentions.jsonl"), encoding="utf-8"):
        json.loads(line)
    rows = open(os.path.join(out, "rankings.tsv"), encoding="utf-8").read().split("\n")
    check(rows[-1] == "", "rankings.tsv does not end with a newline")
    width = rows[0].count("\t")
    for r in rows[1:-1]:
        check(r.count("\t") == width, f"rankings.tsv: row with a different cell count: {r!r}")
        check(not any(ord(ch) < 0x20 and ch != "\t" for ch in r), f"control char in {r!r}")
    return g
