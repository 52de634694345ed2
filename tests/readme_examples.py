#!/usr/bin/env python3
"""Runs every `entgraph ...` command line in README.md's ```sh blocks, so the docs cannot drift.

The commands run with bash in a scratch folder that holds what the examples name:
my-lists/ (a small gazetteer), articles/ and feed.jsonl (the sample corpus), shard.jsonl,
tests/ (the repository's),
and output/ after the first build. `entgraph` is the binary under test. Each must exit 0.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

exe, readme, root = sys.argv[1], sys.argv[2], os.path.dirname(os.path.abspath(sys.argv[2]))
text = open(readme, encoding="utf-8").read()
commands = []
for block in re.findall(r"```sh\n(.*?)```", text, re.S):
    for line in block.splitlines():
        line = line.split("  #")[0].strip()
        if line.startswith(("entgraph ", "entgraph\t", "LC_ALL=C ")) and "entgraph" in line:
            commands.append(line)
assert commands, "README has no entgraph examples"
failed = 0
with tempfile.TemporaryDirectory() as tmp:
    shutil.copytree(os.path.join(root, "tests/cases/merge-aliases/gaz"), os.path.join(tmp, "my-lists"))
    shutil.copytree(os.path.join(root, "tests/sample/articles"), os.path.join(tmp, "articles"))
    shutil.copy(os.path.join(root, "tests/sample/feed.jsonl"), os.path.join(tmp, "feed.jsonl"))
    shutil.copy(os.path.join(root, "tests/sample/feed.jsonl"), os.path.join(tmp, "shard.jsonl"))
    os.symlink(os.path.join(root, "tests"), os.path.join(tmp, "tests"))
    bindir = os.path.join(tmp, "bin")
    os.mkdir(bindir)
    os.symlink(os.path.abspath(exe), os.path.join(bindir, "entgraph"))
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ["PATH"])
    for cmd in commands:
        r = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=tmp, env=env,
                           capture_output=True, timeout=300)
        ok = r.returncode == 0
        print(f"{'ok  ' if ok else 'FAIL'} {cmd}")
        if not ok:
            failed += 1
            sys.stdout.write(r.stderr.decode("utf-8", "replace")[-2000:])
print(f"{len(commands) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
