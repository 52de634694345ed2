#!/usr/bin/env python3
"""Build the gold development set from the annotated sources.

Reads tests/devset/src/*.txt (inline markup, see README.md), strips the
markup, and writes dev.jsonl and heldout.jsonl next to this script with
entity mentions as UTF-8 byte spans [start, end) and gold relations.

  python3 tests/devset/build.py           rebuild the JSONL files
  python3 tests/devset/build.py --check   exit 1 if the JSONL files are stale
  python3 tests/devset/build.py --lint    also warn about likely missed marks

Errors are printed as file:line: message and make the script exit 1.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

TYPES = ("person", "organisation", "agency", "country", "location")
VERBS = (
    "accuse", "allege", "deny", "indict", "charge", "convict", "arrest", "detain",
    "expel", "ban", "sanction", "sue", "fine", "warn", "threaten", "attack", "hack",
    "spy on", "target", "invade", "meet", "visit", "call", "talk to", "negotiate with",
    "sign with", "ally with", "criticise", "condemn", "praise", "support", "back",
    "fund", "acquire", "buy", "merge with", "invest in", "hire", "appoint", "fire",
    "investigate", "raid", "cooperate with", "help", "supply", "sell to",
)
FLAGS = ("negated", "hedged")
SPLITS = ("dev", "heldout")
HEADERS = ("id", "title", "date", "split", "rel", "wrap", "text")
BOILER = "@boilerplate"


class BuildError(Exception):
    pass


def fail(path, line, msg):
    raise BuildError("%s:%d: %s" % (os.path.relpath(path), line, msg))


def parse_marked(s, path, line0):
    """Strips [[surface|type(|canonical)]] marks from s.

    Returns (plain, mentions) where mentions are
    (char_start, char_end, surface, type, canonical, line)."""
    out = []
    ments = []
    pos = 0
    n = len(s)
    outlen = 0
    while pos < n:
        i = s.find("[[", pos)
        j = s.find("]]", pos)
        if j != -1 and (i == -1 or j < i):
            fail(path, line0 + s.count("\n", 0, j), "']]' without a matching '[['")
        if i == -1:
            out.append(s[pos:])
            outlen += n - pos
            break
        out.append(s[pos:i])
        outlen += i - pos
        line = line0 + s.count("\n", 0, i)
        k = s.find("]]", i + 2)
        if k == -1:
            fail(path, line, "'[[' without a closing ']]'")
        inner = s[i + 2:k]
        if "[[" in inner:
            fail(path, line, "nested '[[' inside a mark")
        parts = inner.split("|")
        if len(parts) not in (2, 3):
            fail(path, line, "mark must be [[surface|type]] or [[surface|type|canonical]]: %r" % inner)
        surface, typ = parts[0], parts[1]
        canon = parts[2] if len(parts) == 3 else surface.replace("\n", " ")
        if not surface or surface != surface.strip():
            fail(path, line, "empty surface or surface with outer whitespace: %r" % surface)
        if typ not in TYPES:
            fail(path, line, "unknown type %r (use one of %s)" % (typ, ", ".join(TYPES)))
        if not canon or canon != canon.strip() or "\n" in canon:
            fail(path, line, "bad canonical name %r" % canon)
        ments.append((outlen, outlen + len(surface), surface, typ, canon, line))
        out.append(surface)
        outlen += len(surface)
        pos = k + 2
    return "".join(out), ments


def wrap_text(text, width):
    """Hard-wraps each line at `width` characters by turning spaces into
    newlines, so character offsets do not move."""
    chars = list(text)
    line_start = 0
    last_space = -1
    i = 0
    while i < len(chars):
        c = chars[i]
        if c == "\n":
            line_start = i + 1
            last_space = -1
        else:
            if c == " ":
                last_space = i
            if i - line_start >= width and last_space > line_start:
                chars[last_space] = "\n"
                line_start = last_space + 1
                last_space = -1
        i += 1
    return "".join(chars)


def byte_offsets(text):
    """Map from character index to UTF-8 byte offset (len(text)+1 entries)."""
    offs = [0] * (len(text) + 1)
    b = 0
    for i, ch in enumerate(text):
        offs[i] = b
        b += len(ch.encode("utf-8"))
    offs[len(text)] = b
    return offs


def parse_file(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if "\r" in raw:
        fail(path, 1, "carriage return in file; use LF line endings")
    lines = raw.split("\n")
    hdr = {"rel": []}
    body_start = None
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if not line.startswith("@"):
            fail(path, ln, "expected a header line starting with '@' before '@text'")
        key, _, val = line[1:].partition(" ")
        val = val.strip()
        if key not in HEADERS:
            fail(path, ln, "unknown header '@%s'" % key)
        if key == "text":
            body_start = ln
            break
        if key == "rel":
            hdr["rel"].append((val, ln))
        else:
            if key in hdr:
                fail(path, ln, "duplicate header '@%s'" % key)
            hdr[key] = (val, ln)
    if body_start is None:
        fail(path, len(lines), "missing '@text' line")
    for key in ("id", "title", "date", "split"):
        if key not in hdr:
            fail(path, 1, "missing '@%s' header" % key)
    art_id = hdr["id"][0]
    if not re.fullmatch(r"dev-\d{3,4}", art_id):
        fail(path, hdr["id"][1], "id must look like dev-NNN or dev-NNNN: %r" % art_id)
    num = os.path.basename(path).split("-", 1)[0]
    if art_id[4:] != num:
        fail(path, hdr["id"][1], "id %s does not match file number %s" % (art_id, num))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", hdr["date"][0]):
        fail(path, hdr["date"][1], "date must be YYYY-MM-DD")
    split = hdr["split"][0]
    if split not in SPLITS:
        fail(path, hdr["split"][1], "split must be dev or heldout")

    # Body: drop the @boilerplate marker line, remembering where it was.
    body_lines = lines[body_start:]
    kept = []
    boiler_at = None  # index into kept
    boiler_line = None
    for idx, line in enumerate(body_lines):
        if line.strip() == BOILER:
            if boiler_at is not None:
                fail(path, body_start + 1 + idx, "second %s marker" % BOILER)
            boiler_at = len(kept)
            boiler_line = body_start + 1 + idx
            continue
        if line.startswith("@"):
            fail(path, body_start + 1 + idx, "header line after '@text'")
        kept.append(line)
    # Line numbers: without the marker, kept[i] is source line body_start+1+i
    # (+1 after the marker); close enough for diagnostics before it.
    story_src = "\n".join(kept[:boiler_at] if boiler_at is not None else kept)
    boiler_src = "\n".join(kept[boiler_at:]) if boiler_at is not None else ""
    if "[[" in boiler_src or "]]" in boiler_src:
        fail(path, boiler_line, "markup in the boilerplate after %s" % BOILER)
    story_src = story_src.strip("\n")
    first_text_line = body_start + 1
    for line in kept:
        if line.strip():
            break
        first_text_line += 1
    story_src = story_src.rstrip()
    text_plain, ments = parse_marked(story_src, path, first_text_line)
    story_end_chars = len(text_plain)
    boiler_src = boiler_src.strip("\n").rstrip()
    if boiler_src:
        full = text_plain + "\n\n" + boiler_src
    else:
        full = text_plain
    if "wrap" in hdr:
        try:
            width = int(hdr["wrap"][0])
        except ValueError:
            fail(path, hdr["wrap"][1], "wrap width must be a number")
        full = wrap_text(full, width)

    title_src, title_ln = hdr["title"]
    title_plain, tments = parse_marked(title_src, path, title_ln)
    if not title_plain.strip():
        fail(path, title_ln, "empty title")

    # Entities.
    ents = {}
    toffs = byte_offsets(full)
    hoffs = byte_offsets(title_plain)
    for (s, e, surf, typ, canon, ln), offs, key in (
        [(m, toffs, "spans") for m in ments] + [(m, hoffs, "title_spans") for m in tments]
    ):
        ent = ents.setdefault(canon, {"name": canon, "type": typ, "spans": [], "title_spans": [],
                                      "_line": ln, "_surfaces": set()})
        if ent["type"] != typ:
            fail(path, ln, "%r marked as %s here but as %s on line %d"
                 % (canon, typ, ent["type"], ent["_line"]))
        ent[key].append([offs[s], offs[e]])
        ent["_surfaces"].add(surf.replace("\n", " "))

    # Relations.
    rels = []
    seen = set()
    for val, ln in hdr["rel"]:
        m = re.fullmatch(r"(.+?)\s+->\s+(.+?)\s+:\s+(.+)", val)
        if not m:
            fail(path, ln, "relation must be 'SOURCE -> TARGET : verb [negated] [hedged]'")
        src, dst, rest = m.group(1).strip(), m.group(2).strip(), m.group(3).split()
        flags = set()
        while rest and rest[-1] in FLAGS:
            if rest[-1] in flags:
                fail(path, ln, "repeated flag %r" % rest[-1])
            flags.add(rest.pop())
        verb = " ".join(rest)
        if verb not in VERBS:
            fail(path, ln, "unknown verb %r" % verb)
        for end in (src, dst):
            if end not in ents:
                fail(path, ln, "relation endpoint %r is not a canonical entity of this article" % end)
            if not ents[end]["spans"]:
                fail(path, ln, "relation endpoint %r is only mentioned in the title" % end)
        if src == dst:
            fail(path, ln, "relation from %r to itself" % src)
        key = (src, dst, verb, "negated" in flags, "hedged" in flags)
        if key in seen:
            continue
        seen.add(key)
        rels.append({"source": src, "target": dst, "verb": verb,
                     "negated": "negated" in flags, "hedged": "hedged" in flags, "_line": ln})

    story_end = toffs[story_end_chars]
    return {
        "path": path,
        "split": split,
        "id": art_id,
        "title": title_plain,
        "date": hdr["date"][0],
        "text": full,
        "story_end": story_end,
        "ents": ents,
        "rels": rels,
        "ments": ments,
        "story_chars": story_end_chars,
    }


def lint(art, warn):
    """Heuristic warnings: unmarked occurrences of a marked surface in the
    story, and relations whose endpoints never share a paragraph."""
    text = art["text"]
    story = text[:art["story_chars"]]
    marked = [False] * len(story)
    for s, e, *_ in art["ments"]:
        for i in range(s, e):
            marked[i] = True
    for ent in art["ents"].values():
        for surf in ent["_surfaces"]:
            if len(surf) < 3:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(surf) + r"(?!\w)", story):
                if not any(marked[m.start():m.end()]):
                    ln = story.count("\n", 0, m.start()) + 1
                    warn("%s: unmarked %r (text line %d)" % (os.path.relpath(art["path"]), surf, ln))
    paras = []
    start = 0
    for m in re.finditer(r"\n\s*\n", story):
        paras.append((start, m.start()))
        start = m.end()
    paras.append((start, len(story)))

    def para_set(name):
        out = set()
        for s, e, _, _, canon, _ in art["ments"]:
            if canon == name:
                for k, (ps, pe) in enumerate(paras):
                    if ps <= s < pe:
                        out.add(k)
        return out
    for r in art["rels"]:
        if not (para_set(r["source"]) & para_set(r["target"])):
            warn("%s:%d: relation endpoints never share a paragraph"
                 % (os.path.relpath(art["path"]), r["_line"]))


def to_json(art):
    ents = []
    for name in sorted(art["ents"]):
        e = art["ents"][name]
        ents.append({"name": name, "type": e["type"], "spans": e["spans"],
                     "title_spans": e["title_spans"]})
    rels = [{k: r[k] for k in ("source", "target", "verb", "negated", "hedged")} for r in art["rels"]]
    obj = {"id": art["id"], "title": art["title"], "date": art["date"], "text": art["text"],
           "story_end": art["story_end"], "entities": ents, "relations": rels}
    return json.dumps(obj, ensure_ascii=False, sort_keys=False, separators=(",", ":"))


def main(argv):
    check = "--check" in argv
    do_lint = "--lint" in argv
    unknown = [a for a in argv if a not in ("--check", "--lint")]
    if unknown:
        print("usage: build.py [--check] [--lint]", file=sys.stderr)
        return 2
    paths = sorted(glob.glob(os.path.join(SRC, "*.txt")))
    if not paths:
        print("%s: no source files" % os.path.relpath(SRC), file=sys.stderr)
        return 1
    arts = []
    try:
        ids = {}
        types = {}
        for p in paths:
            if not re.fullmatch(r"\d{3,4}-[a-z0-9-]+\.txt", os.path.basename(p)):
                fail(p, 1, "file name must look like NNN-slug.txt or NNNN-slug.txt")
            art = parse_file(p)
            if art["id"] in ids:
                fail(p, 1, "duplicate id %s (also in %s)" % (art["id"], ids[art["id"]]))
            ids[art["id"]] = p
            for name, e in art["ents"].items():
                if name in types and types[name][0] != e["type"]:
                    fail(p, e["_line"], "%r is %s here but %s in %s"
                         % (name, e["type"], types[name][0], os.path.relpath(types[name][1])))
                types.setdefault(name, (e["type"], p))
            arts.append(art)
    except BuildError as exc:
        print(exc, file=sys.stderr)
        return 1
    if do_lint:
        for a in arts:
            lint(a, lambda msg: print("warning: " + msg, file=sys.stderr))
    arts.sort(key=lambda a: int(a["id"][4:]))  # numeric: dev-999 before dev-1000
    stale = False
    for split in SPLITS:
        out = os.path.join(HERE, split + ".jsonl")
        data = "".join(to_json(a) + "\n" for a in arts if a["split"] == split)
        if check:
            try:
                with open(out, encoding="utf-8") as f:
                    if f.read() != data:
                        stale = True
            except FileNotFoundError:
                stale = True
            if stale:
                print("%s is out of date; run python3 tests/devset/build.py" % os.path.relpath(out),
                      file=sys.stderr)
                return 1
        else:
            with open(out, "w", encoding="utf-8", newline="\n") as f:
                f.write(data)
    if not check:
        n = {s: sum(1 for a in arts if a["split"] == s) for s in SPLITS}
        print("built %d articles (%d dev, %d heldout)" % (len(arts), n["dev"], n["heldout"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
