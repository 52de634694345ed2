#!/usr/bin/env python3
"""Writes the seed corpora under tests/fuzz/corpus/<target>/ from the sample
corpus, the bundled gazetteers and a few hand-made traps. Run once from the
repository root (python3 tests/fuzz/make_seeds.py); the seeds are committed,
kept to a few dozen small files per target."""
import json
import os

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out = os.path.join(root, "tests", "fuzz", "corpus")
sample = os.path.join(root, "tests", "sample")
gaz = os.path.join(root, "gazetteers")


def put(target, name, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def read(path, limit=None):
    data = open(path, "rb").read()
    return data[:limit] if limit else data


def head_lines(path, n):
    return b"".join(open(path, "rb").readlines()[:n])


articles = sorted(os.listdir(os.path.join(sample, "articles")))
texts = [read(os.path.join(sample, "articles", a)) for a in articles]
feed = open(os.path.join(sample, "feed.jsonl"), "rb").read().splitlines(keepends=True)

traps = {
    "quotes": "\u201cThe U.S. and Russia\u2019s envoy,\u201d said Mr. O'Brien \u2014 of AT&T \u2026 3.5% of 1,000.\n",
    "badutf8": b"Acme Corp \xff\xfe said \xc3( and \xe2\x82 Russia\xed\xa0\x80 met.\n",
    "crlf": "Headline In Title Case\r\n\r\nBy Jane Doe\r\nThe FBI indicted Acme.\r\n",
    "rtl": "Name \u200f\u202eevil\u202c and \u2028 line \u2029 para \ufeff zero\u200bwidth.\n",
    "caps": "FBI RAIDS ACME HEADQUARTERS\n\nWASHINGTON (Reuters) - The FBI raided Acme.\n",
    "boiler": "Russia expelled diplomats. China protested strongly today.\n\nSign up for our newsletter\nCopyright 2024\n",
    "dotted": "U.S. The e.g. J.R.R. Tolkien met Dr. Smith on Jan. 5 at No. 10.\n",
    "longword": "A" * 3000 + " " + "a-" * 500 + "\n",
    "manynl": "\n" * 300 + "Acme.\n\n\n\nRussia.\n",
    "controls": "Tab\there\x01\x1b[31m red \x7f del.\n",
}

# --- reader_text -----------------------------------------------------------
for i, t in enumerate(texts[:6]):
    put("reader_text", f"article{i}", t)
for k, v in traps.items():
    put("reader_text", k, v)
put("reader_text", "empty", b"")
put("reader_text", "blank", b" \n\t\r\n")
put("reader_text", "bom", b"\xef\xbb\xbfAcme Corp said.\n")
put("reader_text", "nul", b"Acme said\x00 something\n")
put("reader_text", "png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 16)
put("reader_text", "pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
put("reader_text", "zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"x" * 20)
put("reader_text", "gzip", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\x01" * 10)
put("reader_text", "utf16", "\ufeffAcme".encode("utf-16-le"))
put("reader_text", "short_magic", b"\x1f")

# --- reader_jsonl ----------------------------------------------------------
for i in range(0, min(len(feed), 8)):
    put("reader_jsonl", f"feed{i}", feed[i])
put("reader_jsonl", "feed_all_short", b"".join(l[:300].rstrip(b"\n") + b"\n" for l in feed))
bad = [
    b'{"id": "a", "text": "Acme met Russia."}\n',
    b'{"id": 7, "text": "dup", "date": "2024-02-29T10:00:00+01:00"}\n{"id": 7, "text": "dup"}\n',
    b'{"text": ""}\n{"text": "   "}\n\n   \n',
    b'{bad json\n{"text": 5}\n{"id": [1], "text": "x"}\n{"title": 3, "text": "x"}\n',
    b'[1, 2]\n"str"\nnull\n{"text": "a\\u0000b"}\n',
    b'\xef\xbb\xbf{"text": "bom first line"}\r\n{"text": "crlf"}\r\n',
    b'{"text": "bad \xff\xfe bytes", "title": "t\xc3(", "id": "i\xed\xa0\x80"}\n',
    b'{"text": "no newline at end", "date": "2024-13-45"}',
    b'{"text": "x", "date": "2024-01-01T25:00"}\n{"text": "y", "date": "2023-02-29"}\n',
    b'{"text": "\\ud800 lone surrogate escape", "id": "\\udfff"}\n',
    b'{"text": "nested", "extra": {"a": [1, {"b": null}]}, "url": null, "source": "S"}\n',
    b'{"text": "%s"}\n' % (b"Acme Corp " * 400),
    b'  {"text": "leading blanks"}  \n\t\n',
    b'{"text": "\xf4\x8f\xbe\x80 mapped-looking bytes \xff"}\n',
]
for i, b in enumerate(bad):
    put("reader_jsonl", f"trap{i}", b)
put("reader_jsonl", "gzip", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\x01" * 10)

# --- tokenize --------------------------------------------------------------
for i, t in enumerate(texts[:5]):
    put("tokenize", f"article{i}", t[:1500])
for k, v in traps.items():
    put("tokenize", k, v)
put("tokenize", "scripts", "Москва и Київ. 北京 東京. Ελλάδα. Ñandú Øresund İstanbul ß ǅ. ١٢٣ ٤٥٦.\n")
put("tokenize", "marks", "e\u0301e\u0301 a\u0308 \u0915\u093f \u05e9\u05c1 combining\u20dd.\n")
put("tokenize", "apostrophes", "O'Brien's d'Arcy L\u2019Or\u00e9al rock 'n' roll James' Jones\u2019s '90s.\n")
put("tokenize", "numbers", "1,000,000 3.14 1.2.3 10,00 $5.5bn 7-Eleven 24/7 9/11 3:30.\n")

# --- segment (first byte >= 0x80 carries a title of (byte & 0x3f) bytes) ----
for i, t in enumerate(texts[:6]):
    title = t.split(b"\n", 1)[0][:63]
    put("segment", f"titled{i}", bytes([0x80 | len(title)]) + title + t[:2000])
for i, t in enumerate(texts[6:10]):
    put("segment", f"plain{i}", t[:2000])
for k, v in traps.items():
    put("segment", k, v)
put("segment", "wrapped", "Officials said\nthe Federal Bureau\nof Investigation had\nraided Acme.\n\nNew paragraph here.\n")
put("segment", "quotes_after", "\u201cWe will respond.\u201d The minister said so. (See above.) Next one?! Yes...\n")
put("segment", "nopunct", ("word " * 5000).encode())

# --- gazetteer (first byte & 3: 0 people.tsv, 1 orgs.jsonl, 2 stoplist.txt, 3 x.tsv) ---
for i, name in enumerate(["people.tsv", "countries.tsv", "agencies.tsv", "organisations.tsv", "locations.tsv"]):
    put("gazetteer", f"tsv{i}", b"\x00" + head_lines(os.path.join(gaz, name), 25))
put("gazetteer", "stoplist", b"\x02" + head_lines(os.path.join(gaz, "stoplist.txt"), 40))
spacy = [
    {"label": "ORG", "pattern": "Acme Corp", "id": "acme"},
    {"label": "ORG", "pattern": "Acme", "id": "acme"},
    {"label": "PERSON", "pattern": "Jane Doe"},
    {"label": "GPE", "pattern": "Ruritania"},
    {"label": "ORG", "pattern": [{"LOWER": "acme"}]},
    {"label": "EVENT", "pattern": "New\nLine \"Quoted\" <b>&amp;"},
]
put("gazetteer", "spacy", b"\x01" + "".join(json.dumps(o) + "\n" for o in spacy).encode())
put("gazetteer", "spacy_bad", b"\x01" + b'{"label": 5, "pattern": "x"}\n{"pattern": "y"}\n{bad\n')
put("gazetteer", "no_name", b"\x00type\taliases\nperson\tx\n")
put("gazetteer", "cells", b"\x00name\ttype\nA\tperson\textra\n")
put("gazetteer", "dupcol", b"\x00name\tname\nA\tB\n")
put("gazetteer", "badutf8", b"\x00name\tid\nAl\xffce\tp1\n")
put("gazetteer", "keyclash", b"\x03name\tid\ttype\nAlpha\tk\tperson\nBeta\tk\tperson\nAlpha\tk\tperson\n")
put("gazetteer", "attrs", b"\x03\xef\xbb\xbfname\taliases\tdemonyms\tcolor\twiki\r\n# c\r\nRuritania\tRU|R.U.\tRuritanian|Ruritanians\tred\t\r\nRuritania\t\t\tblue\tw\r\n")
put("gazetteer", "ambiguous", b"\x00name\taliases\nAlpha One\tAO\nAlpha Two\tAO\n")
put("gazetteer", "hostile", "\x00name\tid\tnote\"<&>\nQuote \"Q\" <b> & \\ ]; node [\tid\"<\tx\nCtl\x01\x1b\u200f Corp\tc\ty\n".encode())

# --- patterns (first byte even: verbs.tsv format, odd: recognisers.tsv format) ---
verbs = os.path.join(gaz, "patterns", "verbs.tsv")
put("patterns", "verbs_head", b"\x00" + head_lines(verbs, 30))
put("patterns", "verbs_all", b"\x00" + read(verbs))
put("patterns", "rules_all", b"\x01" + read(os.path.join(gaz, "rules", "recognisers.tsv")))
H = "base\tclass\tactive\tpassive\tparticle\n"
for i, row in enumerate([
    "hit\tconflict\thit(s\t-\t-\n",
    "hit\tconflict\t(?:a+)+[xy]\t-\t-\n",
    "hit\tconflict\t(a|aa)+$\thit\ton|with\n",
    "hit\tConflict\thits?\t-\t-\n",
    "hit\tconflict\t(?<name>x)\t-\t-\n",
    "hit\tconflict\t\\1\t-\t-\n",
    "hit\tconflict\tx?\t-\t-\n",
    "hit\tconflict\t(*LIMIT_MATCH=1)x\t-\t-\n",
    "hit\tconflict\t(?C1)x\t-\t-\n",
    "hit\tconflict\thits\\K\t-\t-\n",
    "hit\tconflict\thits\n",
    "spy on\tespionage\tsp(?:y|ies|ied)\tspied\ton\nspy on\tlegal\tspying\t-\ton\n",
]):
    put("patterns", f"verbs{i}", b"\x00" + (H + row).encode())
put("patterns", "verbs_header_only", b"\x00" + H.encode())
put("patterns", "verbs_missing_col", b"\x00base\tclass\tactive\n")
for i, row in enumerate([
    "person\t(?<name>\\p{Lu}\\w+)\\s+said\n",
    "person\t(?<name>(?:a|aa)+)[xy]\n",
    "person\t(?<name>(\\w+\n",
    "person\tno name group\n",
    "thing\t(?<name>x)\tallcaps\n",
    "thing\t(?<name>x)\tbogus\n",
    "\t(?<name>x)\n",
    "# only a comment\n\n",
]):
    put("patterns", f"rules{i}", b"\x01" + row.encode())

# --- matcher (first byte >= 0x80 carries a title) ---------------------------
for i, t in enumerate(texts[:8]):
    title = t.split(b"\n", 1)[0][:63]
    put("matcher", f"titled{i}", bytes([0x80 | len(title)]) + title + t)
for i, line in enumerate(feed[:6]):
    o = json.loads(line)
    put("matcher", f"feed{i}", o["text"][:3000])
for k, v in traps.items():
    put("matcher", k, v)
put("matcher", "relations", "The FBI indicted Jane Doe. Acme Holdings was fined by the European Commission. "
    "Russia did not attack Ukraine. The Justice Department reportedly sued Acme.\n")
put("matcher", "many_names", ", ".join(["Russia", "China", "France", "Germany", "Japan", "India"] * 20) + " met.\n")
