#!/usr/bin/env python3
"""Generate gazetteers/countries.tsv from Debian's iso-codes and a supplement.

  python3 gazetteers/tools/build_countries.py            rewrite countries.tsv
  python3 gazetteers/tools/build_countries.py --check    exit 1 if it is stale
  options: --iso-dir DIR (default /usr/share/iso-codes/json), --out FILE

Reads ISO 3166-1 (every current country and territory) and ISO 3166-3
(withdrawn codes, for historical states) from iso-codes' JSON files, and
tools/countries_extra.tsv for the names news uses, abbreviations, demonyms,
former names, historical states, and which rows are dependent territories
(written with type `location` and the owning state in `country`). Standard library only; output is sorted
by name (byte order) and byte-stable.
"""
import argparse
import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # importing check.py must not leave __pycache__ in the tree
sys.path.insert(0, HERE)
from check import form_key  # noqa: E402  (same folder)
from tsvrows import tsv_rows  # noqa: E402

COLUMNS = ["id", "name", "type", "aliases", "demonyms", "iso2", "iso3", "country", "historical"]
TYPES = ("country", "location")
# ISO's inverted names ("Korea, Republic of", "Virgin Islands, U.S.") and
# parenthesised ones ("Saint Martin (French part)") are not how news writes.
INVERTED = re.compile(r",( [Tt]he)? .*\bof( the)?$|, (British|U\.S\.|Province of China)$")


class BuildError(Exception):
    pass


def iso_version(iso_dir):
    """The iso-codes package version, for the generated file's header."""
    for path in ("/usr/share/doc/iso-codes/changelog.Debian.gz",):
        try:
            with gzip.open(path, "rt", encoding="utf-8") as f:
                m = re.match(r"iso-codes \(([^)]+)\)", f.readline())
                if m:
                    return m.group(1)
        except OSError:
            pass
    return "unknown version"


def usable(form):
    return form and "(" not in form and not INVERTED.search(form)


def strip_the(form):
    return form[4:] if form.startswith("the ") else form


def split(cell):
    return [x for x in cell.split("|") if x] if cell else []


def read_extra(path):
    rows = []
    for n, header, cells in tsv_rows(path):
        if len(cells) != len(header):
            raise BuildError("%s:%d: %d cells, header has %d"
                             % (path, n, len(cells), len(header)))
        row = dict(zip(header, cells))
        row["_line"] = n
        rows.append(row)
    return rows


def build(iso_dir, extra_path):
    with open(os.path.join(iso_dir, "iso_3166-1.json"), encoding="utf-8") as f:
        current = {e["alpha_3"]: e for e in json.load(f)["3166-1"]}
    with open(os.path.join(iso_dir, "iso_3166-3.json"), encoding="utf-8") as f:
        withdrawn = {e["alpha_3"]: e for e in json.load(f)["3166-3"]}
    extra = read_extra(extra_path)
    seen = set()
    out = []
    for row in extra:
        where = "%s:%d" % (os.path.relpath(extra_path), row["_line"])
        rid = row["id"]
        if rid in seen:
            raise BuildError("%s: id %s listed twice" % (where, rid))
        seen.add(rid)
        drop = set(split(row["drop"]))
        forms = []
        if rid in current and row["historical"] != "yes":
            e = current[rid]
            iso2, iso3 = e["alpha_2"], e["alpha_3"]
            name = row["name"] or e.get("common_name") or e["name"]
            for key in ("official_name", "name", "common_name"):
                form = strip_the(e.get(key, ""))
                if usable(form) and form not in drop:
                    forms.append(form)
            unused = drop - {strip_the(e.get(k, "")) for k in ("official_name", "name", "common_name")}
            if unused:
                raise BuildError("%s: drop %s matches no ISO name" % (where, sorted(unused)))
        elif row["historical"] == "yes":
            if not row["name"]:
                raise BuildError("%s: historical row needs a name" % where)
            name = row["name"]
            e = withdrawn.get(rid)
            iso2 = e["alpha_2"] if e else row["iso2"]
            iso3 = e["alpha_3"] if e else row["iso3"]
        elif row["iso2"] and row["iso3"] == rid and row["name"]:
            name, iso2, iso3 = row["name"], row["iso2"], row["iso3"]   # e.g. Kosovo
        else:
            raise BuildError("%s: %s is not an ISO 3166-1 alpha-3 code; mark historical "
                             "rows `yes` or give name, iso2 and iso3" % (where, rid))
        forms += split(row["aliases"])
        keys = {form_key(name)}
        aliases = []
        for form in forms:
            if form_key(form) not in keys:
                keys.add(form_key(form))
                aliases.append(form)
        demonyms = []
        for form in split(row["demonyms"]):
            if form_key(form) in keys:
                raise BuildError("%s: demonym %r repeats a name" % (where, form))
            keys.add(form_key(form))
            demonyms.append(form)
        etype = row.get("type") or "country"
        if etype not in TYPES:
            raise BuildError("%s: type must be empty or one of %s" % (where, ", ".join(TYPES)))
        sovereign = row.get("country", "")
        if sovereign and etype != "location":
            raise BuildError("%s: only a territory (type location) belongs to a country" % where)
        out.append({"id": rid, "name": name, "type": etype, "aliases": "|".join(aliases),
                    "demonyms": "|".join(demonyms), "iso2": iso2, "iso3": iso3, "country": sovereign,
                    "historical": "yes" if row["historical"] == "yes" else ""})
    missing = sorted(set(current) - seen)
    if missing:
        raise BuildError("%s: no row for ISO 3166-1 code(s) %s"
                         % (os.path.relpath(extra_path), " ".join(missing)))
    codes = {r["iso3"] for r in out} | {r["id"] for r in out}
    for r in out:
        if r["country"] and r["country"] not in codes:
            raise BuildError("%s: country %s is not a code in the output" % (r["id"], r["country"]))
    out.sort(key=lambda r: r["name"].encode("utf-8"))
    return out


def render(rows, version):
    lines = [
        "# entgraph gazetteer: countries (type country) and, so that the list covers all of ISO 3166-1,",
        "# dependent territories and Antarctica (type location; country = the state they belong to).",
        "# GENERATED by tools/build_countries.py from Debian iso-codes %s" % version,
        "# (ISO 3166-1 and ISO 3166-3) plus tools/countries_extra.tsv. Do not edit by hand:",
        "# edit countries_extra.tsv and rerun `python3 gazetteers/tools/build_countries.py`.",
        "\t".join(COLUMNS),
    ]
    for r in rows:
        cells = [r[c] for c in COLUMNS]
        for c in cells:
            if "\t" in c or "\n" in c:
                raise BuildError("tab or newline in %r" % c)
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iso-dir", default="/usr/share/iso-codes/json")
    ap.add_argument("--extra", default=os.path.join(HERE, "countries_extra.tsv"))
    ap.add_argument("--out", default=os.path.join(os.path.dirname(HERE), "countries.tsv"))
    ap.add_argument("--check", action="store_true", help="exit 1 if --out is not up to date")
    args = ap.parse_args(argv[1:])
    try:
        text = render(build(args.iso_dir, args.extra), iso_version(args.iso_dir))
    except (BuildError, OSError, ValueError, KeyError) as e:
        print("build_countries: %s" % e, file=sys.stderr)
        return 1
    if args.check:
        try:
            with open(args.out, encoding="utf-8") as f:
                same = f.read() == text
        except OSError:
            same = False
        if not same:
            print("%s: stale; rerun build_countries.py" % os.path.relpath(args.out), file=sys.stderr)
            return 1
        return 0
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %s: %d rows" % (os.path.relpath(args.out), text.count("\n") - 6))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
