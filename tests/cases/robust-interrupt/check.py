import json, os, random, signal, subprocess, sys, tempfile, time
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from robust_util import *

out, case = sys.argv[1], sys.argv[2]
gaz = f"{case}/../robust-bad-utf8/gaz"
before = snapshot(out)
rnd = random.Random(3)
words = "the of and to in a said that for on was with officials talks".split()
with tempfile.TemporaryDirectory() as tmp:
    feed = f"{tmp}/feed.jsonl"
    with open(feed, "w") as f:
        for i in range(30000):
            text = " ".join(" ".join(rnd.choice(words) for _ in range(12)) + " " +
                            rnd.choice(["Alice Smith", "Bob Jones", "Acme Corp"]) + "."
                            for _ in range(8))
            f.write(json.dumps({"id": i, "text": text}) + "\n")
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGINT):
        threads = "1" if sig == signal.SIGTERM else "2"
        p = subprocess.Popen([exe(), "build", "--no-default-gazetteers", "-g", gaz, feed, "-o", out,
                              "-q", "--threads", threads],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and p.poll() is None:
            if any(n.startswith(".mentions.jsonl.tmp.") for n in os.listdir(out)):
                break
            time.sleep(0.01)
        time.sleep(0.1)
        check(p.poll() is None, f"the run ended before it could be interrupted (exit {p.returncode})")
        p.send_signal(sig)
        err = p.communicate(timeout=60)[1].decode("utf-8", "replace")
        check(p.returncode == 130, f"{signal.Signals(sig).name}: exit {p.returncode}, expected 130: {err}")
        no_temp_files(out)
        same_files(out, before, f"after {signal.Signals(sig).name}")
