import os, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
no_temp_files(out)
gaz = f"{case}/../robust-jsonl-malformed/gaz"
with tempfile.TemporaryDirectory() as tmp:
    r = run(["build", "--no-default-gazetteers", "-g", gaz, f"{case}/../robust-bad-utf8/articles",
             "-o", tmp, "-q", "--threads", "1"])
    expect_exit(r, 0, "reference run")
    same_files(out, snapshot(tmp), "after the --strict failure")
    # Without a previous run: nothing is written at all, not even the output folder.
    r = run(["build", "--no-default-gazetteers", "-g", gaz,
             f"{case}/../robust-jsonl-malformed/feed.jsonl", "--strict", "-o", f"{tmp}/new"])
    expect_exit(r, 3, "--strict into a new folder")
    check(not os.path.exists(f"{tmp}/new"), "a failed run created its output folder")
    # A bad date alone is a data error under --strict too.
    r = run(["build", "--no-default-gazetteers", "-g", gaz, "-", "--strict", "-o", f"{tmp}/d"],
            stdin='{"text": "Alice Smith", "date": "2024-13-01"}\n')
    expect_exit(r, 3, "--strict bad date")
    check("<stdin>:1:33: date \"2024-13-01\" is not ISO 8601" in r.stderr, r.stderr)
