import os, shutil, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
gaz = f"{case}/../robust-bad-utf8/gaz"
arts = f"{case}/../robust-bad-utf8/articles"
with tempfile.TemporaryDirectory() as tmp:
    open(f"{tmp}/plain", "w").write("x")
    r = run(["build", "--no-default-gazetteers", "-g", gaz, arts, "-o", f"{tmp}/plain"])
    expect_exit(r, 4, "output is a file")
    check(f"entgraph: {tmp}/plain: cannot create folder: Not a directory" in r.stderr, r.stderr)
    check(open(f"{tmp}/plain").read() == "x", "the file was touched")
    # A target that cannot be replaced: rankings.tsv is a non-empty folder.
    r = run(["build", "--no-default-gazetteers", "-g", gaz, arts, "-o", f"{tmp}/o", "-q"])
    expect_exit(r, 0, "first run")
    os.unlink(f"{tmp}/o/rankings.tsv")
    os.makedirs(f"{tmp}/o/rankings.tsv/keep")
    before = snapshot(f"{tmp}/o")
    r = run(["build", "--no-default-gazetteers", "-g", gaz, f"{case}/../robust-binary/inbox",
             "-o", f"{tmp}/o", "--threads", "1"])
    expect_exit(r, 4, "rename fails")
    check(f"entgraph: {tmp}/o/rankings.tsv: cannot rename the temporary file: " in r.stderr, r.stderr)
    same_files(f"{tmp}/o", before, "after a failed rename")
    no_temp_files(f"{tmp}/o")
    check(os.path.isdir(f"{tmp}/o/rankings.tsv/keep"), "the folder in the way was touched")
    if os.geteuid() != 0:
        os.makedirs(f"{tmp}/ro")
        os.chmod(f"{tmp}/ro", 0o555)
        r = run(["build", "--no-default-gazetteers", "-g", gaz, arts, "-o", f"{tmp}/ro"])
        expect_exit(r, 4, "read-only folder")
        check("folder is not writable: Permission denied" in r.stderr, r.stderr)
        os.chmod(f"{tmp}/ro", 0o755)
