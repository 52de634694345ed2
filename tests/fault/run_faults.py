#!/usr/bin/env python3
"""Fault injection over a small build: with tests/fault/faultinject.c preloaded, make the Nth
allocation fail (ENOMEM), then the Nth file operation (ENOSPC: a full disk; then EIO), for many
N, and check every run:
  - it ends with an exit status (never a signal), and a non-zero one is documented
    (3 data, 4 I/O, 5 config, 6 out of memory) and comes with an `entgraph:` message;
  - no temporary file (.name.tmp.XXXXXX or .name.bak.XXXXXX) is left in the output folder;
  - when it failed, the previous run's outputs are byte for byte as they were;
  - when it succeeded, the outputs are byte for byte those of a run without faults.

usage: run_faults.py ENTGRAPH LIBFAULTINJECT.so [--max-runs N]
Prints one line per kind of fault and "N passed, M failed" at the end."""
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

TMP_RE = re.compile(r"^\..*\.(tmp|bak)\.[A-Za-z0-9]{6}$")
DOCUMENTED = {0, 3, 4, 5, 6}

ARTICLES = {
    "a.txt": "The FBI indicted Jane Doe on Monday. Acme Holdings was fined by the European "
             "Commission.\n\nRussia did not attack Ukraine, officials in Washington said.\n",
    "b.md": "Jane Doe met officials from Acme Holdings in Brussels. The European Commission "
            "and the FBI declined to comment.\n",
    "feed.jsonl": '{"id": "f1", "title": "Acme and Russia", "date": "2024-01-02", '
                  '"text": "Russia sued Acme Holdings. Jane Doe said Ukraine was not involved."}\n'
                  '{"id": "f2", "text": "The FBI raided Acme Holdings."}\n'
                  '{bad record\n',
}
GAZ = ("name\ttype\taliases\n"
       "Federal Bureau of Investigation\tagency\tFBI\n"
       "European Commission\tagency\t\n"
       "Jane Doe\tperson\t\n"
       "Acme Holdings\torganisation\tAcme\n"
       "Russia\tcountry\t\n"
       "Ukraine\tcountry\t\n"
       "Washington\tlocation\t\n"
       "Brussels\tlocation\t\n")


def snapshot(folder):
    return {n: open(os.path.join(folder, n), "rb").read()
            for n in sorted(os.listdir(folder)) if os.path.isfile(os.path.join(folder, n))}


class Runner:
    def __init__(self, exe, shim, work):
        self.exe, self.shim, self.work = exe, shim, work
        self.inputs = os.path.join(work, "in")
        os.makedirs(self.inputs)
        for name, text in ARTICLES.items():
            open(os.path.join(self.inputs, name), "w").write(text)
        os.makedirs(os.path.join(work, "gaz"))
        open(os.path.join(work, "gaz", "entities.tsv"), "w").write(GAZ)
        self.failures = []
        self.passed = 0
        self.seq = 0

    def args(self, out, inputs=None):
        return [self.exe, "build", "--no-default-gazetteers", "-g", os.path.join(self.work, "gaz"),
                inputs or self.inputs, "-o", out, "--threads", "1", "--top", "3"]

    def run(self, out, env_extra, inputs=None, timeout=60):
        env = dict(os.environ)
        env.pop("ENTGRAPH_GAZETTEERS", None)
        env["LD_PRELOAD"] = self.shim
        env.update(env_extra)
        # igraph 0.10.2 (Debian) corrupts its heap when an allocation fails inside Leiden's
        # aggregation step (igraph_create in igraph_community_leiden): not ours to fix.
        # PCRE2 10.42's JIT compiler segfaults when an allocation inside it fails; its
        # internals have no symbol on the stack, so allocations made by libpcre2 itself
        # are not failed (our handling of a NULL from pcre2_compile is tested with bad
        # patterns instead).
        env["EG_FAULT_SKIP"] = "igraph_community_leiden,libpcre2-8.so"
        try:
            return subprocess.run(self.args(out, inputs), capture_output=True, env=env,
                                  timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def counts(self):
        out = os.path.join(self.work, "ref")
        report = os.path.join(self.work, "report")
        p = self.run(out, {"EG_FAULT_REPORT": report})
        if p is None or p.returncode != 0:
            sys.exit(f"reference run failed: {p and p.stderr.decode()}")
        self.ref = snapshot(out)
        c = dict(l.split() for l in open(report))
        # The previous run: fewer inputs, so its outputs differ from a new run's.
        prev = os.path.join(self.work, "prev")
        p = self.run(prev, {}, inputs=os.path.join(self.inputs, "b.md"))
        if p is None or p.returncode != 0:
            sys.exit("previous-run setup failed")
        self.prev_dir = prev
        self.prev = snapshot(prev)
        return int(c["malloc"]), int(c["io"])

    def one(self, kind, env):
        self.seq += 1
        out = os.path.join(self.work, f"out{self.seq}")
        shutil.copytree(self.prev_dir, out)
        p = self.run(out, env)
        what = f"{kind} {env}"
        problems = []
        if p is None:
            problems.append("hung (timeout)")
        else:
            err = p.stderr.decode("utf-8", "replace")
            if p.returncode < 0:
                problems.append(f"killed by signal {-p.returncode}")
            elif p.returncode not in DOCUMENTED:
                problems.append(f"exit status {p.returncode} is not a documented one")
            elif p.returncode != 0 and "entgraph: " not in err:
                problems.append(f"exit {p.returncode} without an entgraph: message")
            left = [n for n in os.listdir(out) if TMP_RE.match(n)]
            if left:
                problems.append(f"temporary files left: {left}")
            now = snapshot(out)
            if p.returncode == 0 and now != self.ref:
                changed = [n for n in set(now) | set(self.ref) if now.get(n) != self.ref.get(n)]
                problems.append(f"exit 0 but outputs differ from a clean run: {changed}")
            if p.returncode > 0 and now != self.prev:
                changed = [n for n in set(now) | set(self.prev) if now.get(n) != self.prev.get(n)]
                problems.append(f"failed run changed the previous outputs: {changed}")
            if problems:
                problems.append("stderr: " + err.strip().replace("\n", " | ")[:400])
        shutil.rmtree(out, ignore_errors=True)
        if problems:
            self.failures.append(f"{what}: " + "; ".join(problems))
            print(f"FAIL {what}: " + "; ".join(problems), flush=True)
        else:
            self.passed += 1
        return p.returncode if p is not None else None


def sample(total, limit, rnd):
    """1..total when small; otherwise every N up to a few hundred, then a spread."""
    if total <= limit:
        return list(range(1, total + 1))
    head = list(range(1, limit // 3 + 1))
    rest = sorted(rnd.sample(range(limit // 3 + 1, total + 1), limit - len(head)))
    return head + rest


def main():
    exe, shim = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    max_runs = 300
    if "--max-runs" in sys.argv:
        max_runs = int(sys.argv[sys.argv.index("--max-runs") + 1])
    rnd = random.Random(6)
    with tempfile.TemporaryDirectory(prefix="eg-fault-") as work:
        r = Runner(exe, shim, work)
        n_malloc, n_io = r.counts()
        print(f"clean run: {n_malloc} allocations, {n_io} file operations", flush=True)
        for kind, total, env_of in (
                ("malloc", n_malloc, lambda n: {"EG_FAULT_MALLOC": str(n)}),
                ("disk full", n_io, lambda n: {"EG_FAULT_IO": str(n), "EG_FAULT_ERRNO": "ENOSPC"}),
                ("EIO", n_io, lambda n: {"EG_FAULT_IO": str(n), "EG_FAULT_ERRNO": "EIO"}),
                ("disk full from N on", n_io,
                 lambda n: {"EG_FAULT_IO": str(n), "EG_FAULT_STICKY": "1"})):
            limit = max_runs if kind == "malloc" else max_runs // 2
            codes = {}
            for n in sample(total, limit, rnd):
                rc = r.one(kind, env_of(n))
                codes[rc] = codes.get(rc, 0) + 1
            print(f"{kind}: {sum(codes.values())} runs, exit statuses {dict(sorted(codes.items(), key=str))}",
                  flush=True)
        print(f"{r.passed} passed, {len(r.failures)} failed")
        sys.exit(1 if r.failures else 0)


if __name__ == "__main__":
    main()
