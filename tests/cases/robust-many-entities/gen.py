"""Made-up person names for robust-many-entities: a gazetteer and one sentence naming them all."""
import random

SYL = "ka lo mi ra te su vo ne pa di ro zu".split()


def names(n, seed=2):
    rnd = random.Random(seed)
    out = set()
    while len(out) < n:
        out.add("".join(rnd.choice(SYL) for _ in range(3)).capitalize() + " " +
                "".join(rnd.choice(SYL) for _ in range(3)).capitalize())
    return sorted(out)


def write(folder, n):
    ns = names(n)
    with open(f"{folder}/people.tsv", "w") as f:
        f.write("name\n" + "\n".join(ns) + "\n")
    with open(f"{folder}/article.txt", "w") as f:
        f.write("Present were " + ", ".join(ns) + ".\n")
