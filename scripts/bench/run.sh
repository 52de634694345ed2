#!/usr/bin/env bash
# entgraph benchmark: one command, see scripts/bench/README.md.
#   scripts/bench/run.sh [--quick] [--runs N] [--networkx] [--skip-build]
# Builds (or reuses) a Release build in build-bench-rel, generates the data
# into $EG_BENCH_DIR (default /tmp/entgraph-bench; reused when present), runs
# entgraph, grep -F -w -o and the Python baseline side by side and prints
# medians and ratios. Exit status 0 unless a step failed.
set -euo pipefail

usage() {
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    cat <<'EOF'
Options:
  --quick        small sizes (about 2 minutes): 8 MiB main corpus, 2/4/8 MiB scaling,
                 250,000-entry big gazetteer, 20,000-node/200,000-edge graph
  --runs N       runs per contender in the main comparison (default 3)
  --networkx     also run the Python baseline with networkx instead of igraph
  --skip-build   use build-bench-rel/entgraph as it is
Environment: EG_BENCH_DIR (scratch folder), EG_BENCH_EXE (entgraph to test),
EG_BENCH_THREADS (the N of --threads N, default: number of cores).
EOF
}

QUICK=0
RUNS=3
NETWORKX=0
SKIP_BUILD=0
while [ $# -gt 0 ]; do
    case "$1" in
    --quick) QUICK=1 ;;
    --runs) RUNS=$2; shift ;;
    --networkx) NETWORKX=1 ;;
    --skip-build) SKIP_BUILD=1 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH=$ROOT/scripts/bench
BUILD=$ROOT/build-bench-rel
EXE=${EG_BENCH_EXE:-$BUILD/entgraph}
DIR=${EG_BENCH_DIR:-/tmp/entgraph-bench}
PY=/usr/bin/python3
NPROC=$(nproc)
THREADS=${EG_BENCH_THREADS:-$NPROC}
[ "$THREADS" -ge 2 ] || THREADS=2
SEED=1
K=100000
if [ $QUICK = 1 ]; then
    MAIN_MIB=8; SIZES="2 4 8"; KBIG=250000; BIG_MIB=2; NODES=20000; EDGES=200000
else
    MAIN_MIB=64; SIZES="16 64 256"; KBIG=1000000; BIG_MIB=8; NODES=100000; EDGES=1000000
fi

say() { printf '%s\n' "$*" >&2; }
die() { say "run.sh: $*"; exit 1; }

# ---- tools ------------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "installing GNU time (apt-get install -y time)"
        apt-get install -y time >/dev/null || die "cannot install GNU time"
    else
        die "GNU time is missing: run 'apt-get install -y time' as root"
    fi
fi
[ -x $PY ] || die "$PY is missing"
HAVE_PYBASE=1
if ! $PY -c 'import ahocorasick, igraph' 2>/dev/null; then
    say "note: python3-ahocorasick or python3-igraph missing; the Python baseline is skipped"
    say "      (apt-get install -y python3-ahocorasick python3-igraph)"
    HAVE_PYBASE=0
fi
if [ $NETWORKX = 1 ] && ! $PY -c 'import networkx' 2>/dev/null; then
    say "note: python3-networkx missing; --networkx ignored"
    NETWORKX=0
fi

# ---- build ------------------------------------------------------------------
if [ $SKIP_BUILD = 0 ] && [ -z "${EG_BENCH_EXE:-}" ]; then
    if [ ! -f "$BUILD/CMakeCache.txt" ]; then
        say "configuring a Release build in $BUILD"
        cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
    fi
    say "building $BUILD"
    cmake --build "$BUILD" -j"$NPROC" --target entgraph >/dev/null || die "build failed"
fi
[ -x "$EXE" ] || die "no entgraph at $EXE"

# ---- data (cached in $DIR, regenerated when missing) -------------------------
mkdir -p "$DIR/data" "$DIR/log" "$DIR/out"
DATA=$DIR/data
LOG=$DIR/log
OUT=$DIR/out
rm -rf "${LOG:?}"/* "${OUT:?}"/*

gen_gaz() { # entries -> folder
    local d=$DATA/gaz-$1-s$SEED
    if [ ! -f "$d/names.txt" ]; then
        say "generating a $1-entry gazetteer"
        rm -rf "$d.tmp"
        $PY "$BENCH/gen_corpus.py" gazetteer --entries "$1" --seed $SEED --out "$d.tmp"
        mv "$d.tmp" "$d"
    fi
    echo "$d"
}
gen_corpus() { # gazetteer folder, MiB -> file; smaller sizes are prefixes of larger ones
    local f=$DATA/corpus-$(basename "$1")-$2mib.jsonl
    if [ ! -f "$f" ]; then
        say "generating a $2 MiB corpus from $(basename "$1")"
        $PY "$BENCH/gen_corpus.py" corpus --gazetteer "$1" --mib "$2" --seed $SEED --out "$f.tmp"
        mv "$f.tmp" "$f"
    fi
    echo "$f"
}
prefix_corpus() { # big file, MiB -> file holding the articles of a --mib run
    local f=$DATA/$(basename "$1" | sed "s/-[0-9.]*mib\.jsonl$//")-$2mib.jsonl
    if [ ! -f "$f" ]; then
        $PY - "$1" "$2" "$f" <<'EOF'
import sys
src, mib, dst = sys.argv[1], float(sys.argv[2]), sys.argv[3]
limit, n = int(mib * 1024 * 1024), 0
with open(src, "rb") as i, open(dst + ".tmp", "wb") as o:
    for line in i:
        if n >= limit:
            break
        o.write(line)
        n += len(line)
import os
os.rename(dst + ".tmp", dst)
EOF
    fi
    echo "$f"
}

GAZ=$(gen_gaz $K)
MAX_MIB=$MAIN_MIB
for s in $SIZES; do [ "$s" -gt "$MAX_MIB" ] && MAX_MIB=$s; done
BIGCORPUS=$(gen_corpus "$GAZ" "$MAX_MIB")
CORPUS=$(prefix_corpus "$BIGCORPUS" "$MAIN_MIB")
GAZBIG=$(gen_gaz $KBIG)
CORPUS_BIG=$(gen_corpus "$GAZBIG" "$BIG_MIB")
RECORDS=$DATA/records-$NODES-$EDGES-s$SEED.records
if [ ! -f "$RECORDS" ]; then
    say "generating graph records: $NODES nodes, $EDGES edges"
    $PY "$BENCH/gen_corpus.py" records --nodes $NODES --edges $EDGES --seed $SEED --out "$RECORDS.tmp"
    mv "$RECORDS.tmp" "$RECORDS"
fi
TINY=$DATA/tiny.jsonl
head -n 1 "$CORPUS" >"$TINY"

# ---- runs -------------------------------------------------------------------
# timed TAG CMD...: wall, user, sys seconds and peak RSS (KiB) in $LOG/TAG.time,
# standard output in $LOG/TAG.out, standard error in $LOG/TAG.err.
timed() {
    local tag=$1
    shift
    if ! /usr/bin/time -f "%e %U %S %M" -o "$LOG/$tag.time" "$@" >"$LOG/$tag.out" 2>"$LOG/$tag.err"; then
        say "run.sh: '$*' failed:"
        tail -5 "$LOG/$tag.err" >&2
        exit 1
    fi
}
EG_JOB=(build --no-default-gazetteers -g "$GAZ" --measures pagerank --timings)

say "main comparison: $MAIN_MIB MiB, $RUNS runs each, interleaved"
for r in $(seq 1 "$RUNS"); do
    say "  run $r/$RUNS: entgraph --threads 1"
    rm -rf "$OUT/j1"
    timed "eg1.$r" "$EXE" "${EG_JOB[@]}" "$CORPUS" -o "$OUT/j1" --threads 1
    say "  run $r/$RUNS: entgraph --threads $THREADS"
    rm -rf "$OUT/jN"
    timed "egN.$r" "$EXE" "${EG_JOB[@]}" "$CORPUS" -o "$OUT/jN" --threads "$THREADS"
    # Like for like with the Python script, which keeps no supporting sentences.
    say "  run $r/$RUNS: entgraph --threads 1 --evidence 0"
    rm -rf "$OUT/j0"
    timed "eg0.$r" "$EXE" "${EG_JOB[@]}" "$CORPUS" -o "$OUT/j0" --threads 1 --evidence 0
    say "  run $r/$RUNS: grep -F -w -o -f names"
    # Output goes to a file: GNU grep stops at the first match when it writes to /dev/null.
    LC_ALL=C timed "grep.$r" grep -F -w -o -f "$GAZ/names.txt" "$CORPUS"
    if [ $HAVE_PYBASE = 1 ]; then
        say "  run $r/$RUNS: python ahocorasick + igraph"
        timed "py.$r" $PY "$BENCH/python_baseline.py" "$GAZ" "$CORPUS" "$OUT/py"
    fi
    if [ $NETWORKX = 1 ]; then
        say "  run $r/$RUNS: python ahocorasick + networkx"
        timed "nx.$r" $PY "$BENCH/python_baseline.py" --graph networkx "$GAZ" "$CORPUS" "$OUT/nx"
    fi
done
IDENTICAL=""
for f in "$OUT"/j1/*; do
    b=$(basename "$f")
    if cmp -s "$f" "$OUT/jN/$b"; then IDENTICAL="$IDENTICAL $b=same"; else IDENTICAL="$IDENTICAL $b=DIFFERENT"; fi
done
[ -n "$IDENTICAL" ] || IDENTICAL=" (no outputs)"

say "scaling: $SIZES MiB with --threads $THREADS"
for s in $SIZES; do
    c=$(prefix_corpus "$BIGCORPUS" "$s")
    rm -rf "$OUT/scale"
    timed "scale.$s" "$EXE" "${EG_JOB[@]}" "$c" -o "$OUT/scale" --threads "$THREADS"
done
rm -rf "$OUT/scale"

say "gazetteer load: $K and $KBIG entries"
for r in 1 2 3; do
    timed "load.$K.$r" "$EXE" "${EG_JOB[@]}" "$TINY" -o "$OUT/load" --threads 1
    EG_BIG_JOB=(build --no-default-gazetteers -g "$GAZBIG" --measures pagerank --timings)
    timed "load.$KBIG.$r" "$EXE" "${EG_BIG_JOB[@]}" "$TINY" -o "$OUT/load" --threads 1
done
say "big gazetteer run: $BIG_MIB MiB corpus tagged with $KBIG entries"
timed "big" "$EXE" "${EG_BIG_JOB[@]}" "$CORPUS_BIG" -o "$OUT/big" --threads "$THREADS"

say "graph stage: $NODES nodes, $EDGES edges (all measures, all outputs)"
timed "graph" "$EXE" graph "$RECORDS" -o "$OUT/graph"

# ---- report -------------------------------------------------------------------
$PY - "$LOG" "$RUNS" "$CORPUS" "$GAZ" "$GAZBIG" "$K" "$KBIG" "$THREADS" "$SIZES" \
    "$HAVE_PYBASE" "$NETWORKX" "$NODES" "$EDGES" "$CORPUS_BIG" "$IDENTICAL" "$(nproc)" <<'EOF'
import os, re, statistics, sys
(log, runs, corpus, gaz, gazbig, k, kbig, threads, sizes, have_py, have_nx, nodes, edges,
 corpus_big, identical, ncpu) = sys.argv[1:]
runs = int(runs)
MiB = 1024.0 * 1024.0

def tm(tag):
    w, u, s, m = open(os.path.join(log, tag + ".time")).read().split()[-4:]
    return {"wall": float(w), "cpu": float(u) + float(s), "rss": int(m) / 1024.0}

STAGES = ["load", "read", "tag", "records", "merge", "model", "measures", "write", "run"]
def timings(tag):
    err = open(os.path.join(log, tag + ".err"), encoding="utf-8", errors="replace").read()
    t = {}
    m = re.search(r"^timings: (.*)$", err, re.M)
    if m:
        for name, val in re.findall(r"([a-z]+) ([0-9.]+) s", m.group(1)):
            t[name] = float(val)
    a = re.search(r"entgraph: (\d+) articles", err)
    t["articles"] = int(a.group(1)) if a else 0
    e = re.search(r"entgraph: (\d+) entities, (\d+) co-occurrence edges, (\d+) relation edges", err)
    if e:
        t["entities"], t["co_edges"], t["rel_edges"] = map(int, e.groups())
    return t

def med(xs):
    return statistics.median(xs) if xs else float("nan")

size = os.path.getsize(corpus) / MiB
names = sum(1 for _ in open(os.path.join(gaz, "names.txt"), encoding="utf-8"))
contenders = [("eg1", "entgraph --threads 1"), ("egN", "entgraph --threads %s" % threads),
              ("eg0", "entgraph --threads 1 --evidence 0"),
              ("grep", "grep -F -w -o -f names (LC_ALL=C)")]
if have_py == "1":
    contenders.append(("py", "python ahocorasick + igraph"))
if have_nx == "1":
    contenders.append(("nx", "python ahocorasick + networkx"))
arts = timings("eg1.1").get("articles", 0)
print()
print("== entgraph benchmark: %.1f MiB of JSON Lines (%d articles), %s-entry gazetteer (%d names), "
      "%d cores, medians of %d interleaved runs" % (size, arts, k, names, int(ncpu), runs))
print("   job: tag, sentence co-occurrence, PageRank, write outputs (entgraph: --measures pagerank,"
      " every output file)")
print("%-38s %8s %8s %10s %8s %10s" % ("contender", "wall s", "MiB/s", "articles/s", "CPU s",
                                        "peak RSS"))
res = {}
for key, label in contenders:
    ts = [tm("%s.%d" % (key, r)) for r in range(1, runs + 1)]
    w = med([t["wall"] for t in ts])
    res[key] = {"wall": w, "cpu": med([t["cpu"] for t in ts]), "rss": med([t["rss"] for t in ts])}
    print("%-38s %8.2f %8.1f %10.0f %8.2f %7.0f MB" % (label, w, size / w, arts / w,
                                                      res[key]["cpu"], res[key]["rss"]))

def ratio(a, b, f="wall"):
    return res[b][f] / res[a][f] if a in res and b in res else float("nan")
print()
print("ratios (how many times faster entgraph --threads 1 is; wall time, CPU time in brackets):")
for key, label in contenders[3:]:
    print("  vs %-36s %6.1fx  (%.1fx)" % (label, ratio("eg1", key), ratio("eg1", key, "cpu")))
print("  --threads %s vs --threads 1 (end to end)  %6.2fx" % (threads, ratio("egN", "eg1")))
st = {s: [] for s in STAGES}
stN = {s: [] for s in STAGES}
for r in range(1, runs + 1):
    t1, tN = timings("eg1.%d" % r), timings("egN.%d" % r)
    for s in STAGES:
        st[s].append(t1.get(s, float("nan")))
        stN[s].append(tN.get(s, float("nan")))
m1 = {s: med(v) for s, v in st.items()}
mN = {s: med(v) for s, v in stN.items()}
text1 = m1["read"] + m1["tag"] + m1["records"] + m1["merge"]
textN = mN["run"] - mN["model"] - mN["measures"] - mN["write"]
print("  --threads %s vs --threads 1 (text stages) %6.2fx" % (threads, text1 / textN if textN > 0 else float("nan")))
print("  peak RSS: python / entgraph --threads 1  %6.2fx" % (ratio("eg1", "py", "rss")))
print("  peak RSS: python / entgraph --threads 1 --evidence 0 (no evidence sentences, like the Python"
      " script)  %6.2fx" % (ratio("eg0", "py", "rss")))
print()
print("entgraph stages, --threads 1 (median s): load %.3f | read %.3f, tag %.3f, edges %.3f, merge %.3f"
      " | graph %.3f, measures %.3f, write %.3f | run %.3f"
      % tuple(m1[s] for s in STAGES))
print("  text stages (read to merged counts): %.3f s = %.1f MiB/s of JSON Lines" % (text1, size / text1))
print("  --threads %s: text stages %.3f s wall = %.1f MiB/s; graph+measures+write %.3f s"
      % (threads, textN, size / textN, mN["model"] + mN["measures"] + mN["write"]))
print("byte-identical outputs, --threads 1 vs --threads %s:%s" % (threads, identical))

print()
print("== scaling with corpus size (--threads %s, one run each)" % threads)
print("%8s %9s %8s %8s %9s %10s %9s %10s" % ("MiB", "articles", "wall s", "s/MiB", "text s/MiB",
                                             "peak RSS", "entities", "co-edges"))
for s in sizes.split():
    t, tt = tm("scale." + s), timings("scale." + s)
    text = tt.get("run", 0) - tt.get("model", 0) - tt.get("measures", 0) - tt.get("write", 0)
    print("%8s %9d %8.2f %8.3f %9.3f %7.0f MB %9d %10d" % (s, tt.get("articles", 0), t["wall"],
          t["wall"] / float(s), text / float(s), t["rss"], tt.get("entities", 0), tt.get("co_edges", 0)))

print()
print("== gazetteer load (--timings load on a one-article input, median of 3)")
for kk, g in ((k, gaz), (kbig, gazbig)):
    n = sum(1 for _ in open(os.path.join(g, "names.txt"), encoding="utf-8"))
    loads = [timings("load.%s.%d" % (kk, r)).get("load", float("nan")) for r in (1, 2, 3)]
    rss = med([tm("load.%s.%d" % (kk, r))["rss"] for r in (1, 2, 3)])
    print("  %8s entries (%d names): load %.3f s, peak RSS %.0f MB" % (kk, n, med(loads), rss))
t, tt = tm("big"), timings("big")
bs = os.path.getsize(corpus_big) / MiB
print("  %s entries on a %.1f MiB corpus (--threads %s): %.2f s wall, %.1f MiB/s, %d entities, "
      "peak RSS %.0f MB" % (kbig, bs, threads, t["wall"], bs / t["wall"], tt.get("entities", 0), t["rss"]))

print()
t = tm("graph")
print("== graph stage: entgraph graph on %s nodes, %s edges (every measure, every output)" % (nodes, edges))
print("  %.2f s wall, %.2f s CPU, peak RSS %.0f MB" % (t["wall"], t["cpu"], t["rss"]))
EOF
say "logs: $LOG; data: $DATA"
