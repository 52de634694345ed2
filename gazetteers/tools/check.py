#!/usr/bin/env python3
"""Check the bundled entgraph gazetteers for format and consistency errors.

  python3 gazetteers/tools/check.py [GAZETTEER_DIR]

GAZETTEER_DIR defaults to the folder above this script. Every top-level *.tsv
file there is read (tools/ and other sub-folders are not), plus stoplist.txt.
Problems are printed as `file:line: message`; the exit status is 1 if there
were any, 0 otherwise. Standard library only, so CTest can run it anywhere.
"""
import glob
import os
import re
import sys

TYPE_BY_FILE = {
    "people.tsv": "person",
    "organisations.tsv": "organisation",
    "agencies.tsv": "agency",
    "countries.tsv": "country",
    "locations.tsv": "location",
}
FORM_COLUMNS = ("aliases", "demonyms")
# The tool's normaliser folds typographic quotes and dashes before matching,
# so two forms that differ only in those are the same form.
FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2212": "-", "\u00a0": " ",
})
TOKEN = re.compile(r"(?:\w\.){2,}|\w+(?:'\w+)*\.?|[^\w\s]")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def form_key(form):
    """Token sequence a form matches, roughly as the tokeniser sees it."""
    return " ".join(TOKEN.findall(form.translate(FOLD)))


class Checker:
    def __init__(self, root):
        self.root = root
        self.problems = 0
        self.forms = {}      # form key -> (entity key, where, form)
        self.ids = {}        # id -> where
        self.entities = 0
        self.country_codes = set()
        self.country_refs = []   # (where, value)

    def report(self, where, msg):
        self.problems += 1
        print("%s: %s" % (where, msg))

    def rel(self, path):
        return os.path.relpath(path)

    def read_lines(self, path):
        """Yields (line number, text) with UTF-8 checked line by line."""
        with open(path, "rb") as f:
            data = f.read()
        if data.startswith(b"\xef\xbb\xbf"):
            self.report("%s:1" % self.rel(path), "byte order mark; save as plain UTF-8")
            data = data[3:]
        if data and not data.endswith(b"\n"):
            self.report("%s:%d" % (self.rel(path), data.count(b"\n") + 1),
                        "missing newline at end of file")
        for n, raw in enumerate(data.split(b"\n"), 1):
            if raw.endswith(b"\r"):
                self.report("%s:%d" % (self.rel(path), n), "CR line ending")
                raw = raw[:-1]
            try:
                yield n, raw.decode("utf-8")
            except UnicodeDecodeError as e:
                self.report("%s:%d" % (self.rel(path), n), "invalid UTF-8: %s" % e.reason)

    def add_form(self, form, entity, where, seen_here):
        if form != form.strip():
            self.report(where, "leading or trailing space in form %r" % form)
            form = form.strip()
        if not form:
            self.report(where, "empty form (stray '|'?)")
            return
        if "  " in form:
            self.report(where, "double space in form %r" % form)
        key = form_key(form)
        if not key:
            self.report(where, "form %r has no tokens" % form)
            return
        if key in seen_here:
            self.report(where, "form %r repeats %r of the same entity" % (form, seen_here[key]))
            return
        seen_here[key] = form
        other = self.forms.get(key)
        if other is not None:
            self.report(where, "form %r also belongs to %s (%s, as %r)"
                        % (form, other[0], other[1], other[2]))
            return
        self.forms[key] = (entity, where, form)

    def check_tsv(self, path):
        base = os.path.basename(path)
        rel = self.rel(path)
        default_type = TYPE_BY_FILE.get(base)
        header = None
        prev_name = None
        names = {}
        for n, line in self.read_lines(path):
            where = "%s:%d" % (rel, n)
            if not line.strip() or line.startswith("#"):
                continue
            if CONTROL.search(line):
                self.report(where, "control character in line")
            cells = line.split("\t")
            if header is None:
                header = cells
                if "name" not in header:
                    self.report(where, "header has no `name` column")
                    return
                if len(set(header)) != len(header):
                    self.report(where, "header repeats a column")
                if any(not c or c != c.strip() for c in header):
                    self.report(where, "empty or space-padded header column")
                if default_type is None and "type" not in header:
                    self.report(where, "file name gives no type and there is no `type` column")
                continue
            if len(cells) != len(header):
                self.report(where, "%d cells, header has %d" % (len(cells), len(header)))
                continue
            row = dict(zip(header, cells))
            for col, val in row.items():
                if val != val.strip():
                    self.report(where, "leading or trailing space in column `%s`" % col)
            name = row["name"]
            if not name:
                self.report(where, "empty name")
                continue
            if prev_name is not None and name.encode() < prev_name.encode():
                self.report(where, "not sorted by name: %r after %r" % (name, prev_name))
            prev_name = name
            if name in names:
                self.report(where, "duplicate name %r (first on line %d)" % (name, names[name]))
            names.setdefault(name, n)
            etype = row.get("type") or default_type
            if not etype:
                self.report(where, "no type")
                etype = "unknown"
            elif not re.fullmatch(r"[a-z][a-z_-]*", etype):
                self.report(where, "bad type %r" % etype)
            eid = row.get("id") or "%s:%s" % (etype, name)
            if eid in self.ids:
                self.report(where, "id %r already used at %s" % (eid, self.ids[eid]))
            else:
                self.ids[eid] = where
            if re.search(r"\s", row.get("id", "")):
                self.report(where, "id contains white space")
            self.entities += 1
            seen_here = {}
            self.add_form(name, eid, where, seen_here)
            for col in FORM_COLUMNS:
                if row.get(col):
                    for form in row[col].split("|"):
                        self.add_form(form, eid, where, seen_here)
            if base == "countries.tsv":
                for col in ("iso3", "id"):
                    if row.get(col):
                        self.country_codes.add(row[col])
            elif row.get("country"):
                self.country_refs.append((where, row["country"]))
        if header is None:
            self.report("%s:1" % rel, "no header row")

    def check_stoplist(self, path):
        rel = self.rel(path)
        prev = None
        seen = {}
        for n, line in self.read_lines(path):
            where = "%s:%d" % (rel, n)
            if not line.strip() or line.startswith("#"):
                continue
            if line != line.strip():
                self.report(where, "leading or trailing space")
            form = line.strip()
            if form in seen:
                self.report(where, "duplicate %r (first on line %d)" % (form, seen[form]))
                continue
            seen[form] = n
            if prev is not None and form.encode() < prev.encode():
                self.report(where, "not sorted: %r after %r" % (form, prev))
            prev = form
            if form_key(form) not in self.forms:
                self.report(where, "%r is not a form in any gazetteer" % form)

    def run(self):
        paths = sorted(glob.glob(os.path.join(self.root, "*.tsv")))
        if not paths:
            self.report(self.rel(self.root), "no *.tsv gazetteers found")
        for path in paths:
            self.check_tsv(path)
        known = self.country_codes | {"EU"}
        for where, val in self.country_refs:
            for code in val.split("|"):
                if code not in known:
                    self.report(where, "country %r is not an id or iso3 in countries.tsv" % code)
        stop = os.path.join(self.root, "stoplist.txt")
        if os.path.exists(stop):
            self.check_stoplist(stop)
        if self.problems:
            print("%d problem(s)" % self.problems, file=sys.stderr)
            return 1
        print("gazetteers OK: %d files, %d entities, %d distinct forms"
              % (len(paths), self.entities, len(self.forms)))
        return 0


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    root = argv[1] if len(argv) > 1 else os.path.dirname(here)
    if not os.path.isdir(root):
        print("%s: not a folder" % root, file=sys.stderr)
        return 2
    return Checker(root).run()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
