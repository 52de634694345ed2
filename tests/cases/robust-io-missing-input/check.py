import os, shutil, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
gaz = f"{case}/../robust-bad-utf8/gaz"
no_temp_files(out)
with tempfile.TemporaryDirectory() as tmp:
    r = run(["build", "--no-default-gazetteers", "-g", gaz, f"{case}/../robust-bad-utf8/articles",
             "-o", f"{tmp}/ref", "-q", "--threads", "1"])
    expect_exit(r, 0, "reference run")
    ref = snapshot(f"{tmp}/ref")
    same_files(out, ref, "after a missing INPUT")
    # An unreadable file inside a folder: an error naming it, the rest is read, exit 4,
    # and the previous outputs stay.
    shutil.copytree(f"{case}/../robust-bad-utf8/articles", f"{tmp}/in")
    os.symlink(f"{tmp}/gone.txt", f"{tmp}/in/broken.txt")
    r = run(["build", "--no-default-gazetteers", "-g", gaz, f"{tmp}/in", "-o", f"{tmp}/ref"])
    expect_exit(r, 4, "unreadable file in a folder")
    check(f"entgraph: {tmp}/in/broken.txt: cannot open: No such file or directory" in r.stderr, r.stderr)
    check("1 input(s) could not be read" in r.stderr and "no output written" in r.stderr, r.stderr)
    same_files(f"{tmp}/ref", ref, "after an unreadable file")
    no_temp_files(f"{tmp}/ref")
    # tag reports the same file and exits 4 too, after printing the readable articles.
    r = run(["tag", "--no-default-gazetteers", "-g", gaz, f"{tmp}/in"])
    expect_exit(r, 4, "tag")
    check(len(r.stdout.splitlines()) == 4, r.stdout)
    if os.geteuid() != 0:  # permissions mean nothing to root
        os.unlink(f"{tmp}/in/broken.txt")
        open(f"{tmp}/in/locked.txt", "w").write("Alice Smith")
        os.chmod(f"{tmp}/in/locked.txt", 0)
        r = run(["build", "--no-default-gazetteers", "-g", gaz, f"{tmp}/in", "-o", f"{tmp}/ref"])
        expect_exit(r, 4, "unreadable file")
        check("locked.txt: cannot open: Permission denied" in r.stderr, r.stderr)
        same_files(f"{tmp}/ref", ref, "after a file without read permission")
# A run that fails before writing anything leaves no output folder behind (nor its missing
# parents); a folder that was already there stays.
with tempfile.TemporaryDirectory() as tmp:
    for target in (f"{tmp}/new/out", f"{tmp}/new/out/"):
        r = run(["build", "--no-default-gazetteers", "-g", gaz, f"{case}/no-such-file.txt",
                 "-o", target, "--threads", "1"])
        expect_exit(r, 4, "missing input into a new folder")
        check(not os.path.exists(f"{tmp}/new"), f"a failed run created {target}")
    os.mkdir(f"{tmp}/kept")
    r = run(["build", "--no-default-gazetteers", "-g", gaz, f"{case}/no-such-file.txt",
             "-o", f"{tmp}/kept/out", "--threads", "1"])
    expect_exit(r, 4, "missing input into a new subfolder")
    check(os.listdir(f"{tmp}/kept") == [], "a failed run left kept/out")
    # A GraphML file that does not parse: file:line first, like every other error.
    with open(f"{tmp}/bad.graphml", "w") as f:
        f.write('<?xml version="1.0"?>\n<graphml><graph><node id="a"></graph>\n')
    r = run(["rank", f"{tmp}/bad.graphml"])
    check(r.returncode != 0, "rank accepted a broken GraphML file")
    check(f"entgraph: {tmp}/bad.graphml:2: invalid GraphML: Opening and ending tag mismatch"
          in r.stderr, r.stderr)
