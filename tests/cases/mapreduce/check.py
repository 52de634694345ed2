"""map -> LC_ALL=C sort -> reduce -> graph must equal build, byte for byte.

Shards are cut the way a Hadoop or Spark job cuts them: JSON Lines split by
lines and fed to `map` on standard input; text articles mapped by path (an
article's id is its path relative to the INPUT folder, and a file named
directly is its file name, so mapping the files of a flat folder one by one
keeps build's ids). Run by run_case.py as `check.py OUT CASE` with EG_EXE set.
"""
import filecmp
import os
import subprocess
import sys
import tempfile

OUTPUTS = ("cooccurrence.graphml", "relations.graphml", "cooccurrence.dot", "relations.dot",
           "graph.json", "rankings.tsv")

out, case, exe = sys.argv[1], sys.argv[2], os.environ["EG_EXE"]
root = os.path.normpath(os.path.join(case, "..", "..", ".."))
sample = os.path.join(root, "tests", "sample")
gen = os.path.join(root, "scripts", "bench", "gen_corpus.py")
env = dict(os.environ)
env["LC_ALL"] = "C"
# igraph's PRPACK PageRank sums in parallel with OpenMP, so its last digits vary
# from run to run on larger graphs; pin it to one thread so that only the
# map/reduce path is under test here.
env["OMP_NUM_THREADS"] = "1"


def run(argv, stdin=None, stdout=None):
    r = subprocess.run(argv, stdin=stdin, stdout=stdout or subprocess.PIPE,
                       stderr=subprocess.PIPE, env=env)
    if r.returncode != 0:
        sys.stderr.write(r.stderr.decode("utf-8", "replace"))
        raise SystemExit("FAIL: %s exited %d" % (" ".join(argv), r.returncode))
    return r.stdout


def map_shards(tmp, shards, opts):
    """shards: list of ("stdin", jsonl_bytes) or ("paths", [paths]); returns record files."""
    files = []
    for i, (kind, what) in enumerate(shards):
        path = os.path.join(tmp, "shard%02d.records" % i)
        threads = ["--threads", "1" if i % 2 else "2"]
        with open(path, "wb") as f:
            if kind == "stdin":
                inp = os.path.join(tmp, "shard%02d.jsonl" % i)
                with open(inp, "wb") as g:
                    g.write(what)
                with open(inp, "rb") as g:
                    run([exe, "map", "-q"] + threads + opts, stdin=g, stdout=f)
            else:
                run([exe, "map", "-q"] + threads + opts + what, stdout=f)
        files.append(path)
    return files


def sort_reduce(tmp, files, name):
    sorted_path = os.path.join(tmp, name + ".sorted")
    run(["sort", "-o", sorted_path] + files)
    reduced = os.path.join(tmp, name + ".reduced")
    with open(sorted_path, "rb") as i, open(reduced, "wb") as o:
        run([exe, "reduce"], stdin=i, stdout=o)
    return reduced


def compare(label, build_dir, build_stdout, records, tmp, graph_opts):
    gdir = os.path.join(tmp, label + "-graph")
    table = run([exe, "graph", "-q", "-o", gdir] + graph_opts + [records])
    bad = [f for f in OUTPUTS if not filecmp.cmp(os.path.join(build_dir, f),
                                                 os.path.join(gdir, f), shallow=False)]
    if table != build_stdout:
        bad.append("ranking table on stdout")
    if bad:
        raise SystemExit("FAIL: %s: map/reduce differs from build in %s" % (label, ", ".join(bad)))
    print("%s: %d outputs and the ranking identical" % (label, len(OUTPUTS)))


def split_lines(data, n):
    lines = data.splitlines(keepends=True)
    cuts = [len(lines) * k // n for k in range(n + 1)]
    return [b"".join(lines[cuts[k]:cuts[k + 1]]) for k in range(n)]


with tempfile.TemporaryDirectory(prefix="eg-mapred-") as tmp:
    # 1. The sample corpus: text articles by path in two shards, the feed in two.
    build_stdout = run([exe, "build", os.path.join(sample, "articles"),
                        os.path.join(sample, "feed.jsonl"), "-o", os.path.join(tmp, "b1"),
                        "-q", "--threads", "1"])
    for f in OUTPUTS:  # the case's own build (cmd) agrees with this one
        assert filecmp.cmp(os.path.join(out, f), os.path.join(tmp, "b1", f), shallow=False), f
    arts = sorted(os.path.join(sample, "articles", a) for a in os.listdir(os.path.join(sample, "articles")))
    feed = open(os.path.join(sample, "feed.jsonl"), "rb").read()
    half = len(arts) // 2
    shards = [("paths", arts[:half]), ("paths", arts[half:])]
    shards += [("stdin", part) for part in split_lines(feed, 2)]
    files = map_shards(tmp, shards, [])
    compare("sample", out, build_stdout, sort_reduce(tmp, files, "sample"), tmp, [])

    # 2. A generated benchmark corpus (~1 MiB, fixed seed) and gazetteer.
    gaz = os.path.join(tmp, "gaz")
    corpus = os.path.join(tmp, "corpus.jsonl")
    run([sys.executable, gen, "gazetteer", "--entries", "3000", "--seed", "7", "--out", gaz])
    run([sys.executable, gen, "corpus", "--gazetteer", gaz, "--mib", "1", "--seed", "7",
         "--out", corpus])
    res = ["--no-default-gazetteers", "-g", gaz]
    bdir = os.path.join(tmp, "b2")
    build_stdout = run([exe, "build", "-q", "--threads", "2", "-o", bdir] + res + [corpus])
    data = open(corpus, "rb").read()
    files = map_shards(tmp, [("stdin", p) for p in split_lines(data, 5)], res)
    compare("bench", bdir, build_stdout, sort_reduce(tmp, files, "bench"), tmp, [])
    # The same with a combiner: each shard sorted and reduced before the final reduce.
    combined = [sort_reduce(tmp, [f], "comb%d" % i) for i, f in enumerate(files)]
    compare("bench-combiner", bdir, build_stdout, sort_reduce(tmp, combined, "bench-final"), tmp, [])
    # Three reducers, as Hadoop runs them: records partitioned on their first two
    # fields (KeyFieldBasedPartitioner -k1,2), each partition sorted and reduced
    # on its own; graph merges the partial records the partitions share (run
    # counts, and nothing else here).
    parts = [[] for _ in range(3)]
    for f in files:
        for line in open(f, "rb"):
            fields = line.split(b"\t", 2)
            parts[sum(fields[0] + fields[1]) % 3].append(line)
    reduced = []
    for i, lines in enumerate(parts):
        path = os.path.join(tmp, "part%d.records" % i)
        with open(path, "wb") as o:
            o.writelines(lines)
        reduced.append(sort_reduce(tmp, [path], "part%d" % i))
    gdir = os.path.join(tmp, "parts-graph")
    table = run([exe, "graph", "-q", "-o", gdir] + reduced)
    bad = [f for f in OUTPUTS if not filecmp.cmp(os.path.join(bdir, f), os.path.join(gdir, f),
                                                 shallow=False)]
    if bad or table != build_stdout:
        raise SystemExit("FAIL: bench-partitioned: graph over 3 reducers' outputs differs from "
                         "build in %s" % ", ".join(bad or ["the ranking table"]))
    print("bench-partitioned: %d outputs and the ranking identical" % len(OUTPUTS))
