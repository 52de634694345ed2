"""Pathological inputs for robust-huge, made at test time: one JSON Lines record whose text
is a whole article on one line, and one sentence with no punctuation at all."""
import json
import random

WORDS = ("the of and to in a said that for on was with he it as at by from his but have "
         "officials minister talks report").split()
NAMES = ("Alice Smith", "Bob Jones", "Acme Corp")


def prose(size, punct, seed=1):
    rnd = random.Random(seed)
    parts, n = [], 0
    while n < size:
        s = " ".join(rnd.choice(WORDS) for _ in range(10)) + " " + rnd.choice(NAMES)
        s += ". " if punct else " "
        parts.append(s)
        n += len(s)
    return "".join(parts)[:size]


def one_line_article(path, size):
    with open(path, "w") as f:
        f.write(json.dumps({"id": "huge", "text": prose(size, True)}) + "\n")


def no_punct_sentence(path, size):
    with open(path, "w") as f:
        f.write(prose(size, False) + "\n")


if __name__ == "__main__":
    import sys
    one_line_article(sys.argv[1], int(sys.argv[2]))
