#!/usr/bin/env python3
"""Deterministic benchmark data for entgraph (Python 3 standard library only).

Three modes, each a pure function of its arguments and --seed:

  gen_corpus.py gazetteer --entries 100000 --out GAZDIR
      A synthetic gazetteer in entgraph's TSV format (gazetteers/README.md):
      people.tsv, organisations.tsv, agencies.tsv, countries.tsv, locations.tsv,
      with multi-token names, aliases (surnames, short forms, spelling variants),
      acronyms and demonyms; every surface form belongs to one entity. Also
      GAZDIR/names.txt: every surface form, one a line (for grep -F -w -f).

  gen_corpus.py corpus --gazetteer GAZDIR --mib 64 --out corpus.jsonl
      News-like JSON Lines ({"id", "title", "date", "url", "source", "text"}):
      datelines, paragraphs, sentences whose verbs come from
      gazetteers/patterns/verbs.tsv joining names (active, passive, negated,
      hedged, reported speech), titles before names, short forms on later
      mentions, bylines and site boilerplate. Names are drawn from the
      gazetteer with a Zipf-like law, so the graph has hubs. The output for a
      smaller --mib is a prefix of the output for a larger one.

  gen_corpus.py records --nodes 100000 --edges 1000000 --out graph.records
      Merged record lines (E and P, the format of src/record.c, sorted in byte
      order) for `entgraph graph`: a graph-stage test without the text stages.
"""
import argparse
import bisect
import datetime
import itertools
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VERBS_TSV = os.path.join(HERE, "..", "..", "gazetteers", "patterns", "verbs.tsv")

# ---- synthetic words -------------------------------------------------------

ONSETS = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
          "br", "dr", "gr", "kr", "tr", "st", "sh", "ch", "th", "vl", "zh"]
VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ou"]
CODAS = ["", "", "", "n", "r", "l", "s", "k", "m", "v", "t", "sk"]
ACCENTED = {"a": "á", "e": "é", "o": "ö", "u": "ü", "i": "í"}


class Words:
    """Capitalised pseudo-words, unique per Words instance."""

    def __init__(self, rng):
        self.rng = rng
        self.seen = set()

    def make(self, syllables=None, accents=0.0):
        rng = self.rng
        while True:
            n = syllables or rng.choice((2, 2, 2, 3, 3))
            w = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)
                        for _ in range(n))
            if len(w) < 4:
                continue
            if accents and rng.random() < accents:
                i = next((k for k, ch in enumerate(w) if ch in ACCENTED and k > 0), None)
                if i is not None:
                    w = w[:i] + ACCENTED[w[i]] + w[i + 1:]
            w = w[0].upper() + w[1:]
            if w not in self.seen:
                self.seen.add(w)
                return w


def acronym(name):
    letters = [w[0] for w in name.split() if w[:1].isupper()]
    return "".join(letters) if len(letters) >= 3 else None


# ---- gazetteer -------------------------------------------------------------

DEPARTMENTS = ["Defence", "Finance", "Foreign Affairs", "Justice", "Interior", "Trade",
               "Energy", "Health", "Transport", "Agriculture", "Education", "Labour"]
AGENCY_KINDS = ["Customs Service", "Border Guard", "Security Service", "Central Bank",
                "Prosecutor's Office", "National Police", "Intelligence Directorate",
                "Competition Authority", "Financial Regulator", "Supreme Court",
                "Anti-Corruption Bureau", "Coast Guard", "Tax Authority", "Election Commission"]
ORG_SUFFIXES = ["Holdings", "Group", "Bank", "Shipping", "Freight Lines", "Energy", "Mining",
                "Capital", "Partners", "Media", "Airlines", "Telecom", "Industries",
                "Logistics", "Pharmaceuticals", "Insurance", "Motors", "Steel"]
ORG_DESIGNATORS = ["Ltd", "Inc", "plc", "AG", "SA", "LLC", "Corp"]
ORG_PREFIXES = ["Institute for {} Studies", "{} Foundation", "{} Party", "{} Front",
                "{} Times", "{} Herald", "{} Broadcasting Corporation", "{} Liberation Army",
                "Friends of {}", "{} Policy Centre"]
NGO_WORDS = ["Northern", "Southern", "Eastern", "Western", "Global", "United", "Free",
             "National", "International", "Atlantic", "Pacific", "Baltic", "Central"]
PLACE_FORMS = ["{}", "{}", "{}", "Port {}", "{} City", "New {}", "San {}", "{}burg", "{}abad",
               "{} Heights", "Lake {}", "{} River", "{} Valley", "Mount {}", "{} Bay"]
ROLES = ["finance minister", "foreign minister", "prime minister", "president",
         "chief executive", "chairman", "central bank governor", "spokesperson",
         "opposition leader", "general", "ambassador", "prosecutor", "senator",
         "defence minister", "trade envoy", "party leader"]


def demonym(country):
    base = country.rstrip("aeiou")
    if country.endswith("a"):
        return country + "n"
    if country.endswith("i"):
        return country + "an"
    if country[-1] in "aeiou":
        return base + "ese"
    return country + "ian"


def make_gazetteer(entries, seed):
    """Returns {type: [row dict]} with about `entries` entities in all."""
    rng = random.Random(seed)
    words = Words(rng)
    forms = set()

    def claim(f):
        if not f or f in forms:
            return False
        forms.add(f)
        return True

    n_countries = max(40, min(5000, entries // 500))
    n_agencies = entries // 10
    n_locations = entries // 8
    n_orgs = entries // 4
    n_people = entries - n_countries - n_agencies - n_locations - n_orgs
    rows = {"country": [], "agency": [], "location": [], "organisation": [], "person": []}

    for i in range(n_countries):
        while True:
            w = words.make(rng.choice((2, 3)))
            name, dem = w, demonym(w)
            if dem not in forms and name not in forms:
                break
        claim(name)
        aliases = []
        rep = "Republic of " + w
        if claim(rep):
            aliases.append(rep)
        dems = [dem]
        claim(dem)
        plural = dem + "s"
        if claim(plural):
            dems.append(plural)
        rows["country"].append({"id": "gc%05d" % i, "name": name, "aliases": "|".join(aliases),
                                "demonyms": "|".join(dems), "iso3": "X%04d" % i})
    countries = rows["country"]

    i = 0
    while len(rows["agency"]) < n_agencies:
        c = countries[i % len(countries)]
        k = i // len(countries)
        i += 1
        dem = c["demonyms"].split("|")[0]
        if k < len(DEPARTMENTS):
            dept = DEPARTMENTS[k]
            name = "Ministry of %s of %s" % (dept, c["name"])
            aliases = ["%s %s Ministry" % (dem, dept), "%s Ministry of %s" % (dem, dept)]
        elif k - len(DEPARTMENTS) < len(AGENCY_KINDS):
            kind = AGENCY_KINDS[k - len(DEPARTMENTS)]
            name = "%s %s" % (dem, kind)
            aliases = ["%s %s" % (c["name"], kind)]
            acr = acronym(name)
            if acr and rng.random() < 0.5:
                aliases.append(acr)
        else:
            name = "%s %s Agency" % (dem, words.make(2))
            aliases = []
        if not claim(name):
            continue
        aliases = [a for a in aliases if claim(a)]
        rows["agency"].append({"id": "ga%06d" % len(rows["agency"]), "name": name,
                               "aliases": "|".join(aliases), "country": c["iso3"]})

    while len(rows["location"]) < n_locations:
        name = rng.choice(PLACE_FORMS).format(words.make(accents=0.05))
        if not claim(name):
            continue
        aliases = []
        if any(ch in name for ch in "áéöüí"):
            plain = name.translate(str.maketrans("áéöüí", "aeoui"))
            if claim(plain):
                aliases.append(plain)
        c = countries[rng.randrange(len(countries))]
        rows["location"].append({"id": "gl%06d" % len(rows["location"]), "name": name,
                                 "aliases": "|".join(aliases), "country": c["iso3"]})

    while len(rows["organisation"]) < n_orgs:
        r = rng.random()
        if r < 0.55:
            core = words.make() + (" " + words.make() if rng.random() < 0.4 else "")
            name = core + " " + rng.choice(ORG_SUFFIXES)
            if rng.random() < 0.3:
                name += " " + rng.choice(ORG_DESIGNATORS)
            short = core
        elif r < 0.85:
            core = rng.choice(NGO_WORDS) + " " + words.make()
            name = rng.choice(ORG_PREFIXES).format(core)
            short = None
        else:
            name = "%s %s %s" % (words.make(), rng.choice(NGO_WORDS), rng.choice(ORG_SUFFIXES))
            short = None
        if not claim(name):
            continue
        aliases = []
        acr = acronym(name)
        if acr and len(acr) <= 5 and rng.random() < 0.6 and claim(acr):
            aliases.append(acr)
        if short and " " in short and rng.random() < 0.5 and claim(short):
            aliases.append(short)
        c = countries[rng.randrange(len(countries))]
        rows["organisation"].append({"id": "go%06d" % len(rows["organisation"]), "name": name,
                                     "aliases": "|".join(aliases),
                                     "category": "company" if short else "ngo",
                                     "country": c["iso3"]})

    first_names = [words.make(2, accents=0.03) for _ in range(max(200, min(20000, n_people // 20)))]
    while len(rows["person"]) < n_people:
        first = rng.choice(first_names)
        last = words.make(accents=0.04)
        if rng.random() < 0.08:
            last = last + "-" + words.make(2)
        mid = ""
        if rng.random() < 0.1:
            mid = rng.choice("ABCDEFGHJKLMNPRSTVW") + ". "
        name = first + " " + mid + last
        if not claim(name):
            continue
        aliases = []
        if mid and claim(first + " " + last):
            aliases.append(first + " " + last)
        if rng.random() < 0.35 and claim(last):
            aliases.append(last)
        if "k" in last and rng.random() < 0.2:
            variant = first + " " + last.replace("k", "c")
            if claim(variant):
                aliases.append(variant)
        if any(ch in name for ch in "áéöüí"):
            plain = name.translate(str.maketrans("áéöüí", "aeoui"))
            if claim(plain):
                aliases.append(plain)
        c = countries[rng.randrange(len(countries))]
        rows["person"].append({"id": "gp%06d" % len(rows["person"]), "name": name,
                               "aliases": "|".join(aliases), "role": rng.choice(ROLES),
                               "country": c["iso3"]})
    return rows


GAZ_FILES = [("countries.tsv", "country", ["id", "name", "aliases", "demonyms", "iso3"]),
             ("agencies.tsv", "agency", ["id", "name", "aliases", "country"]),
             ("locations.tsv", "location", ["id", "name", "aliases", "country"]),
             ("organisations.tsv", "organisation", ["id", "name", "aliases", "category", "country"]),
             ("people.tsv", "person", ["id", "name", "aliases", "role", "country"])]


def write_gazetteer(rows, outdir, entries, seed):
    os.makedirs(outdir, exist_ok=True)
    allforms = []
    for fname, typ, cols in GAZ_FILES:
        data = sorted(rows[typ], key=lambda r: r["name"].encode("utf-8"))
        with open(os.path.join(outdir, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("# entgraph benchmark gazetteer (synthetic): %s, %d entries in all, seed %d\n"
                    % (typ, entries, seed))
            f.write("\t".join(cols) + "\n")
            for r in data:
                f.write("\t".join(r.get(c, "") for c in cols) + "\n")
                allforms.append(r["name"])
                for col in ("aliases", "demonyms"):
                    if r.get(col):
                        allforms.extend(r[col].split("|"))
    with open(os.path.join(outdir, "names.txt"), "w", encoding="utf-8", newline="\n") as f:
        for form in sorted(allforms, key=lambda s: s.encode("utf-8")):
            f.write(form + "\n")


def read_gazetteer(gazdir):
    """Reads the TSV files back: {type: [{"name", "aliases": [...], "demonyms": [...], ...}]}."""
    rows = {}
    for fname, typ, _ in GAZ_FILES:
        path = os.path.join(gazdir, fname)
        out = rows.setdefault(typ, [])
        if not os.path.exists(path):
            continue
        header = None
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                cells = line.split("\t")
                if header is None:
                    header = cells
                    continue
                r = dict(zip(header, cells))
                r["aliases"] = [a for a in r.get("aliases", "").split("|") if a]
                r["demonyms"] = [a for a in r.get("demonyms", "").split("|") if a]
                out.append(r)
    return rows


# ---- verb forms from verbs.tsv ---------------------------------------------

def expand_regex(rx):
    """All strings of a small regex subset: literals, (?:a|b), [xy], ?, |."""
    pos = 0

    def alt():
        nonlocal pos
        options = [seq()]
        while pos < len(rx) and rx[pos] == "|":
            pos += 1
            options.append(seq())
        return [s for o in options for s in o]

    def seq():
        nonlocal pos
        outs = [""]
        while pos < len(rx) and rx[pos] not in "|)":
            if rx.startswith("(?:", pos):
                pos += 3
                atom = alt()
                if pos >= len(rx) or rx[pos] != ")":
                    raise ValueError(rx)
                pos += 1
            elif rx[pos] == "[":
                end = rx.index("]", pos)
                atom = list(rx[pos + 1:end])
                pos = end + 1
            elif rx[pos] in "\\.*+{}()^$":
                raise ValueError(rx)
            else:
                atom = [rx[pos]]
                pos += 1
            if pos < len(rx) and rx[pos] == "?":
                pos += 1
                atom = atom + [""]
            outs = [a + b for a in outs for b in atom]
        return outs

    result = alt()
    if pos != len(rx):
        raise ValueError(rx)
    return result


def load_verbs(path=VERBS_TSV):
    """Returns a list of (base, past, third, passive or None, particle or None)."""
    verbs = []
    header = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        r = dict(zip(header, cells))
        try:
            active = expand_regex(r["active"])
            passive = expand_regex(r["passive"]) if r["passive"] != "-" else []
        except (ValueError, KeyError):
            continue
        base = r["base"].split()[0]
        single = [a for a in active if " " not in a]
        if not single:
            continue
        past = next((a for a in single if a.endswith("ed")), None)
        if past is None:
            past = next((a for a in single if not a.startswith(base[:3]) or a == "met"), single[0])
        third = next((a for a in single if a.endswith("s") and a != past), base + "s")
        particle = r["particle"].split("|")[0] if r["particle"] != "-" else None
        pas = (past if past in passive else passive[0]) if passive else None
        verbs.append((base, past, third, pas, particle))
    if not verbs:
        raise SystemExit("gen_corpus.py: no usable verb patterns in " + path)
    return verbs


# ---- corpus ----------------------------------------------------------------

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]
SOURCES = ["Newswire", "The Daily Ledger", "Global Dispatch", "Wire Service International",
           "The Evening Courier", "Metro Bulletin"]
FILLER = [
    "The talks are expected to continue next week, according to people familiar with the matter.",
    "Analysts said the move could unsettle markets already nervous about rising interest rates.",
    "It was not immediately clear how many people had been affected.",
    "Officials declined to give further details, citing an ongoing investigation.",
    "The decision follows months of negotiations that stalled repeatedly over the summer.",
    "Shares fell 3.2% in early trading before recovering slightly by the close.",
    "A spokesperson did not respond to a request for comment on Thursday.",
    "Critics say the measures do not go far enough and will be hard to enforce.",
    "The figures, published late on Tuesday, were higher than most economists had expected.",
    "“We will not be intimidated,” a senior official told reporters — a line repeated all week.",
    "The ministry said in a statement that the review would take at least six months.",
    "Both sides have said they remain open to further talks.",
    "The report, which runs to 240 pages, was delivered to lawmakers on Monday.",
    "Prices for wheat and fertiliser have risen by about a third since January.",
    "Several witnesses described hearing two loud explosions shortly after midnight.",
    "The company said it was cooperating fully with the authorities.",
]
BOILER = [
    ["Sign up for our morning newsletter to get the day's top stories.",
     "© {year} {source}. All rights reserved."],
    ["Read more:", "Related stories", "Most read"],
    ["Share this article", "Copyright {year} {source}"],
    ["Advertisement"],
]


STORIES = 20000


class Zipf:
    def __init__(self, n, rng, s=1.0, q=8.0):
        self.order = list(range(n))
        rng.shuffle(self.order)
        self.cum = list(itertools.accumulate(1.0 / (r + q) ** s for r in range(n)))
        self.total = self.cum[-1]

    def draw(self, rng):
        return self.order[bisect.bisect_left(self.cum, rng.random() * self.total)]


class Article:
    """Builds one article, tracking which entities were introduced by full name."""

    def __init__(self, gen, rng):
        self.g = gen
        self.rng = rng
        self.introduced = set()

    def mention(self, e):
        rng = self.rng
        typ, r = e
        if typ == "person":
            if id(r) in self.introduced:
                short = r["aliases"][-1] if r["aliases"] and " " not in r["aliases"][-1] else None
                surname = r["name"].split()[-1]
                x = rng.random()
                if x < 0.4:
                    return ("Mr", "Ms", "Dr")[len(r["name"]) % 3] + " " + surname
                if x < 0.6 and short:
                    return short
                return r["name"]
            self.introduced.add(id(r))
            if rng.random() < 0.35:
                return r.get("role", "official").title() + " " + r["name"]
            return r["name"]
        forms = r["aliases"] + r["demonyms"]
        if id(r) in self.introduced and forms and rng.random() < 0.5:
            return rng.choice(forms)
        self.introduced.add(id(r))
        if typ == "organisation" and rng.random() < 0.15:
            return "the " + r["name"]
        return r["name"]

    def plain(self, e):
        """Name for entities in positions where a demonym would read oddly."""
        typ, r = e
        if typ == "person":
            return self.mention(e)
        if id(r) in self.introduced and r["aliases"] and self.rng.random() < 0.4:
            return self.rng.choice(r["aliases"])
        self.introduced.add(id(r))
        return r["name"]

    def sentence(self, cast):
        rng = self.rng
        g = self.g
        pick = lambda: rng.choice(cast) if rng.random() < 0.85 else g.entity(rng)
        a, b = pick(), pick()
        base, past, third, pas, particle = rng.choice(g.verbs)
        x = rng.random()
        A, B = self.plain(a), self.plain(b)
        tail = rng.choice(["", "", " on %s" % rng.choice(WEEKDAYS), " last week",
                           " in a statement", " after months of talks",
                           " in %s" % self.plain(g.entity_of(rng, "location"))])
        obj = ("%s %s" % (particle, B)) if particle else B
        if x < 0.30:
            s = "%s %s %s%s." % (A, past, obj, tail)
        elif x < 0.42 and pas:
            s = "%s was %s by %s%s." % (B, pas, A, tail)
        elif x < 0.50:
            s = "%s did not %s %s%s, officials said." % (A, base, obj, tail)
        elif x < 0.58:
            s = "%s reportedly %s %s%s." % (A, past, obj, tail)
        elif x < 0.66:
            c = pick()
            s = "%s said %s had %s %s%s." % (self.plain(c), A, pas or past, obj, tail)
        elif x < 0.74:
            c = pick()
            s = "Officials from %s, %s and %s met%s to discuss the dispute." % (
                A, B, self.mention(c), tail)
        elif x < 0.82:
            c = pick()
            s = "%s, %s has close ties to %s, %s %s%s." % (
                A, "who" if a[0] == "person" else "which", self.mention(c), third, obj, tail)
        elif x < 0.90 and a[0] in ("country", "organisation", "agency"):
            s = "%s officials %s %s%s." % (self.mention(a), past, obj, tail)
        else:
            s = rng.choice(FILLER)
        return s[0].upper() + s[1:]

    def build(self, n, date):
        rng = self.rng
        g = self.g
        cast = g.story(rng) + [g.entity(rng) for _ in range(rng.randint(0, 2))]
        place = g.entity_of(rng, "location")[1]["name"]
        source = rng.choice(SOURCES)
        t1, t2 = self.plain(cast[0]), self.plain(cast[1])
        base, past, third, pas, particle = rng.choice(g.verbs)
        title = rng.choice(["%s %s %s" % (t1, third, ((particle + " ") if particle else "") + t2),
                            "%s and %s in talks over %s" % (t1, t2, rng.choice(["trade", "sanctions", "debt", "energy"])),
                            "%s: what we know so far" % t1])
        self.introduced.clear()
        paras = []
        month = MONTHS[date.month - 1]
        dateline = "%s, %s %d (%s) - " % (place.upper(), month, date.day, source)
        for p in range(rng.randint(5, 12)):
            sents = [self.sentence(cast) for _ in range(rng.randint(1, 4))]
            if p == 0:
                sents[0] = dateline + sents[0]
            paras.append(" ".join(sents))
        by = [g.entity_of(rng, "person")[1]["name"] for _ in range(2)]
        paras.append("Reporting by %s; Editing by %s" % (by[0], by[1]))
        if rng.random() < 0.5:
            for line in rng.choice(BOILER):
                paras.append(line.format(year=date.year, source=source))
        rec = {"id": "bench-%08d" % n, "title": title, "date": date.isoformat(),
               "url": "https://news.example/%d/%02d/%08d" % (date.year, date.month, n),
               "source": source, "text": "\n\n".join(paras)}
        return json.dumps(rec, ensure_ascii=False)


class Generator:
    def __init__(self, gaz, seed, verbs):
        self.rng = random.Random(seed)
        self.verbs = verbs
        self.all = [(t, r) for t in ("country", "agency", "location", "organisation", "person")
                    for r in gaz.get(t, [])]
        if not self.all:
            raise SystemExit("gen_corpus.py: the gazetteer is empty")
        self.zipf = Zipf(len(self.all), self.rng)
        self.seed = seed
        self.stories = Zipf(STORIES, self.rng, s=0.8, q=20.0)
        self.casts = {}
        self.by_type = {}
        for t in ("location", "person"):
            ents = [(t, r) for r in gaz.get(t, [])] or self.all
            self.by_type[t] = (ents, Zipf(len(ents), self.rng))

    def story(self, rng):
        """Most articles follow a running story: a recurring cast, so pairs repeat."""
        s = self.stories.draw(rng)
        cast = self.casts.get(s)
        if cast is None:
            srng = random.Random(self.seed * 7919 + s)
            cast = self.casts[s] = [self.entity(srng) for _ in range(srng.randint(4, 8))]
        k = rng.randint(min(3, len(cast)), len(cast))
        return rng.sample(cast, k)

    def entity(self, rng):
        return self.all[self.zipf.draw(rng)]

    def entity_of(self, rng, t):
        ents, z = self.by_type[t]
        return ents[z.draw(rng)]


def write_corpus(gazdir, mib, seed, out):
    gaz = read_gazetteer(gazdir)
    gen = Generator(gaz, seed, load_verbs())
    limit = int(mib * 1024 * 1024)
    start = datetime.date(2015, 1, 1)
    written = 0
    n = 0
    f = sys.stdout.buffer if out == "-" else open(out, "wb")
    while written < limit:
        art = Article(gen, random.Random(seed * 1000003 + n))
        line = (art.build(n, start + datetime.timedelta(days=n // 40)) + "\n").encode("utf-8")
        f.write(line)
        written += len(line)
        n += 1
    if f is not sys.stdout.buffer:
        f.close()
    sys.stderr.write("gen_corpus.py: %d articles, %.1f MiB\n" % (n, written / 1048576))


# ---- records for the graph stage ---------------------------------------------

def write_records(nodes, edges, seed, out):
    """E lines for `nodes` entities and P lines for `edges` distinct pairs, with
    hub-heavy degrees, in LC_ALL=C sort order (byte order of whole lines)."""
    rng = random.Random(seed)
    types = ["person", "organisation", "agency", "location", "country"]
    keys = ["n%07d" % i for i in range(nodes)]
    zipf = Zipf(nodes, rng, s=0.9, q=20.0)
    pairs = set()
    attempts = 0
    while len(pairs) < edges:
        attempts += 1
        if attempts > edges * 20:
            raise SystemExit("gen_corpus.py: cannot place %d distinct edges on %d nodes"
                             % (edges, nodes))
        a = zipf.draw(rng)
        b = rng.randrange(nodes) if rng.random() < 0.5 else zipf.draw(rng)
        if a == b:
            continue
        pairs.add((a, b) if a < b else (b, a))
    mentions = [0] * nodes
    lines = []
    for a, b in pairs:
        w = 1 + int(rng.paretovariate(1.5)) - 1
        mentions[a] += w
        mentions[b] += w
        art = "bench-%08d" % rng.randrange(10 ** 7)
        y = 2015 + rng.randrange(10)
        d1 = "%d-%02d-%02d" % (y, rng.randint(1, 12), rng.randint(1, 28))
        obj = {"articles": w, "ev": [[art, rng.randrange(50), "%s met %s." % (keys[a], keys[b]),
                                      0, 8, 13, 21]], "first": d1, "ids": [art], "last": d1,
               "weight": w}
        lines.append("P\t%s\t%s\t%s" % (keys[a], keys[b],
                                         json.dumps(obj, sort_keys=True, separators=(",", ":"))))
    for i in range(nodes):
        obj = {"articles": max(1, mentions[i] // 2), "attrs": {}, "discovered": False,
               "mentions": max(1, mentions[i]), "name": "Entity %07d" % i,
               "type": types[i % len(types)]}
        lines.append("E\t%s\t%s" % (keys[i], json.dumps(obj, sort_keys=True, separators=(",", ":"))))
    summ = {"ambiguous": 0, "articles_empty": 0, "articles_read": 0, "bytes": 0,
            "capped_windows": 0, "mentions": sum(mentions), "records_rejected": 0,
            "skipped_binary": 0, "skipped_duplicate": 0, "skipped_unreadable": 0, "warnings": 0}
    lines.append("S\t" + json.dumps(summ, sort_keys=True, separators=(",", ":")))
    lines.sort(key=lambda s: s.encode("utf-8"))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="mode", required=True)
    g = sub.add_parser("gazetteer", help="write a synthetic gazetteer folder")
    g.add_argument("--entries", type=int, default=100000)
    g.add_argument("--seed", type=int, default=1)
    g.add_argument("--out", required=True)
    c = sub.add_parser("corpus", help="write news-like JSON Lines")
    c.add_argument("--gazetteer", required=True, help="folder written by the gazetteer mode")
    c.add_argument("--mib", type=float, default=64)
    c.add_argument("--seed", type=int, default=1)
    c.add_argument("--out", required=True, help="output file, or - for standard output")
    r = sub.add_parser("records", help="write merged records for `entgraph graph`")
    r.add_argument("--nodes", type=int, default=100000)
    r.add_argument("--edges", type=int, default=1000000)
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("--out", required=True)
    a = ap.parse_args()
    if a.mode == "gazetteer":
        write_gazetteer(make_gazetteer(a.entries, a.seed), a.out, a.entries, a.seed)
    elif a.mode == "corpus":
        write_corpus(a.gazetteer, a.mib, a.seed, a.out)
    else:
        write_records(a.nodes, a.edges, a.seed, a.out)


if __name__ == "__main__":
    main()
