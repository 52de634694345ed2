#!/usr/bin/env python3
"""Runs one end-to-end case folder under tests/cases/.

A case folder holds:
  cmd            the entgraph arguments on one line; {case} is the case folder,
                 {out} a fresh output folder. A line starting with '#' is a comment
                 saying why the case exists. Several command lines run in order.
  stdin          optional: fed to the (last) command's standard input
  expected/      files compared byte for byte: 'stdout' is the last command's
                 standard output, anything else is a file in {out}
  exit           optional: the expected exit status of the last command (default 0)
  stderr         optional: lines that must each appear in its standard error
  check.py       optional: more checks, run as `python3 check.py OUT CASE`
A case must judge something (expected/, check.py, stderr or exit): one that only
runs a command fails. Run with --update to (re)write expected/ from the current
output (review the diff!); a case with none of these gets expected/stdout.
"""
import os
import shlex
import shutil
import subprocess
import sys
import tempfile


def main():
    args = sys.argv[1:]
    update = "--update" in args
    args = [a for a in args if a != "--update"]
    exe, case = os.path.abspath(args[0]), os.path.abspath(args[1])
    out = tempfile.mkdtemp(prefix="eg-case-")
    try:
        lines = [l.strip() for l in open(os.path.join(case, "cmd"), encoding="utf-8")]
        cmds = [l for l in lines if l and not l.startswith("#")]
        stdin_path = os.path.join(case, "stdin")
        env = dict(os.environ)
        env.pop("ENTGRAPH_GAZETTEERS", None)
        proc = None
        for i, line in enumerate(cmds):
            argv = [exe] + [a.replace("{case}", case).replace("{out}", out)
                            for a in shlex.split(line)]
            last = i == len(cmds) - 1
            stdin = open(stdin_path, "rb") if last and os.path.exists(stdin_path) else subprocess.DEVNULL
            proc = subprocess.run(argv, stdin=stdin, capture_output=True, cwd=case, env=env,
                                  timeout=120)
            if not last and proc.returncode != 0:
                sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
                fail(f"command {i + 1} exited {proc.returncode}: {line}")
        want_exit = 0
        if os.path.exists(os.path.join(case, "exit")):
            want_exit = int(open(os.path.join(case, "exit")).read().strip())
        stderr = proc.stderr.decode("utf-8", "replace")
        if proc.returncode != want_exit:
            sys.stderr.write(stderr)
            fail(f"exit status {proc.returncode}, expected {want_exit}")
        if os.path.exists(os.path.join(case, "stderr")):
            for want in open(os.path.join(case, "stderr"), encoding="utf-8"):
                want = want.rstrip("\n").replace("{case}", case).replace("{out}", out)
                if want and want not in stderr:
                    sys.stderr.write(stderr)
                    fail(f"stderr lacks: {want}")
        expdir = os.path.join(case, "expected")
        got = {"stdout": proc.stdout}
        judged = [n for n in ("expected", "check.py", "stderr", "exit")
                  if os.path.exists(os.path.join(case, n))]
        if update and not judged:
            os.makedirs(expdir)
            open(os.path.join(expdir, "stdout"), "wb").close()
        elif not judged:
            fail("nothing to compare: add expected/ (run with --update), check.py, stderr or exit")
        if update:
            if os.path.isdir(expdir):
                for name in os.listdir(expdir):
                    src = got["stdout"] if name == "stdout" else open(os.path.join(out, name), "rb").read()
                    open(os.path.join(expdir, name), "wb").write(src)
                    print(f"updated {name}")
            return
        if os.path.isdir(expdir):
            for name in sorted(os.listdir(expdir)):
                want = open(os.path.join(expdir, name), "rb").read()
                path = os.path.join(out, name)
                if name == "stdout":
                    have = got["stdout"]
                elif os.path.exists(path):
                    have = open(path, "rb").read()
                else:
                    fail(f"{name} was not written")
                if have != want:
                    diff(name, want, have)
                    fail(f"{name} differs from expected/{name}")
        check = os.path.join(case, "check.py")
        if os.path.exists(check):
            env["EG_EXE"] = exe
            r = subprocess.run([sys.executable, check, out, case], capture_output=True, env=env)
            if r.returncode != 0:
                sys.stderr.write(r.stdout.decode() + r.stderr.decode())
                fail("check.py failed")
        print("1 passed, 0 failed")
    finally:
        shutil.rmtree(out, ignore_errors=True)


def diff(name, want, have):
    import difflib
    w = want.decode("utf-8", "replace").splitlines()
    h = have.decode("utf-8", "replace").splitlines()
    for l in list(difflib.unified_diff(w, h, "expected/" + name, "got/" + name, lineterm=""))[:60]:
        sys.stderr.write(l + "\n")


def fail(msg):
    print(f"FAIL: {msg}")
    print("0 passed, 1 failed")
    sys.exit(1)


if __name__ == "__main__":
    main()
