/* rules_org: organisations and agencies the lists miss: names built on
 * designators ("Acme Holdings Ltd", "Ministry of Power", "Banque Léman",
 * "Société Ivoirienne de ..."), their types (state bodies, central banks),
 * fields of government before a country ("Maritime New Zealand"), names
 * next to organisation nouns ("the logistics company X", "X, a company
 * registered in", "the law firm Arthur Cox"), listed names plus a business
 * word, and in the second round "X said it". */
#include "rules_ctx.h"

#include <stdio.h>
#include <string.h>

#include "tokenize.h"
#include "utf8.h"

#define MAX_ORG_LEFT 5
#define MAX_AGENCY_LEFT 5
/* name words after "of"/"for": six, not four, for long agencies' names ("Agency for Control
 * and Quality Assurance of Higher Education", "Special Court of First Instance for Corruption
 * and Organised Crime"), which four cut in the middle */
#define MAX_OF_PART 6
#define MAX_HEAD_PART 7
#define MAX_PLACE_LEFT 3

/* Is the line above the one that token j (a line start) opens a byline,
 * "By" and a capitalised word? A name does not run across its end. */
static int byline_above(const ctx *c, uint32_t j, uint32_t sb) {
    uint32_t k = j;
    while (k > sb) {
        k--;
        if (c->tv[k].flags & EG_TOK_LINE_START)
            break;
    }
    return k + 1 < j && (c->tv[k].flags & EG_TOK_LINE_START) && tok_is(c, k, "By") &&
           is_cap_word(c, k + 1);
}

/* Crimes that state bodies are named against: "Anti-Corruption Bureau",
 * "Special Court against Corruption and Organised Crime". */
static const char *const crimes[] = {"Corruption", "Drug",      "Drugs",  "Fraud",    "Graft",
                                     "Narcotics",  "Smuggling", "Terror", "Terrorism"};

/* Cardinal numbers before a state body or a country's name ("Two China
 * Coast Guard ships", "Three Chinese Navy vessels"): never a word of the
 * name ("Two Sigma Investments" keeps its number). */
static const char *const cardinals[] = {
    "Eight", "Five", "Four", "Nine", "Seven", "Six", "Ten", "Three", "Two",
};

/* Romance and Germanic "of" inside names: after a `head` designator, and
 * joining name words ("Clan del Golfo", "Agropalma del Darién S.A."). */
static const char *const foreign_of[] = {
    "da", "das", "de",  "del", "della", "der", "des", "di", "do",        "dos",
    "du", "i",   "ile", "la",  "le",    "och", "og",  "y",  "\xC8\x99i", /* și */
};

/* Lower-case words between the words of a name in another language after its
 * head ("Association des Dialysés du Littoral", "Colegio de Periodistas de
 * Costa Rica", "Gesellschaft für ...", "Atención Integral a Personas"), at
 * most two in a row ("de la"). */
static const char *const name_particles[] = {
    /* with Romanian "pentru" (for), Indonesian and Malay "dan" (and) and "untuk"
     * (for), Swahili "cha", "wa", "ya" (of), Spanish "por" and Portuguese "em",
     * "pela", "pelo" ("Comité por la Defensa de ...", "Unidos em Defesa de
     * ..."), Tagalog "ng", "na", "mga" ("Samahan ng mga Mangingisda ng Palawan") and Dutch
     * "van" ("Vereniging van ..."); sorted in byte order */
    "a",    "ao",     "aos", "au",   "aux",   "cha",   "contra",    "contre", "da",  "dan",  "das",
    "de",   "degli",  "dei", "del",  "della", "delle", "dello",     "der",    "des", "di",   "do",
    "dos",  "du",     "e",   "el",   "em",    "et",    "für",       "gegen",  "i",   "ile",  "la",
    "las",  "le",     "les", "los",  "mga",   "na",    "ng",        "och",    "og",  "para", "pela",
    "pelo", "pentru", "por", "pour", "sur",   "und",   "untuk",     "van",    "ve",  "wa",   "y",
    "ya",   "zum",    "zur", "à",    "às",    "în",    "\xC8\x99i",
};

/* Particles that join two name words ("y", "et") and so never follow the head. */
static const char *const name_joiners[] = {"dan", "e",   "et", "i", "ile",      "och",
                                           "og",  "und", "ve", "y", "\xC8\x99i"};

static int is_particle(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    return (t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) && t->len < 8 &&
           WORD_IN_LIST(name_particles, ttext(c, j), t->len);
}

static int is_joiner(const ctx *c, uint32_t j) {
    return WORD_IN_LIST(name_joiners, ttext(c, j), c->tv[j].len);
}

/* A body of members (a union, association, federation, guild or syndicate):
 * such a body of one country is named with "in <country>" ("Union of
 * Journalists in Israel", "Association of Banks in Lebanon", "Garment
 * Manufacturers Association in Cambodia"). */
static int members_body(const designator *d) {
    static const char *const bodies[] = {"Association", "Confederation", "Federation",
                                         "Guild",       "Syndicate",     "Union"};
    return strcmp(d->type, "organisation") == 0 && d->form[0] >= 'A' && d->form[0] <= 'U' &&
           IS_WORD_IN(bodies, d->form, strlen(d->form));
}

/* A front or movement for a cause: with its "for"/"of" part it is named with
 * "in <country>" too ("Front for Change and Concord in Chad", "Movement for
 * Democracy in Liberia"); without one the country is a place of its own ("the
 * National Front in France"). */
static int cause_body(const designator *d) {
    return strcmp(d->type, "organisation") == 0 && (d->form[0] == 'F' || d->form[0] == 'M') &&
           (strcmp(d->form, "Front") == 0 || strcmp(d->form, "Movement") == 0);
}

/* "d’État", "l’Environnement": an elided article and a capitalised word. */
static int elided_cap(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    const unsigned char *s = (const unsigned char *)ttext(c, j);
    size_t a;
    if (!(t->flags & EG_TOK_WORD) || covered(c, j) || t->len < 3 || (s[0] != 'd' && s[0] != 'l'))
        return 0;
    if (s[1] == '\'')
        a = 2;
    else if (t->len > 5 && s[1] == 0xE2 && s[2] == 0x80 && s[3] == 0x99)
        a = 4;
    else
        return 0;
    uint32_t cp;
    eg_utf8_decode(s + a, t->len - a, &cp);
    return eg_utf8_is_upper(cp);
}

/* A capitalised word right after a hyphen inside a word ("Too" of
 * "Ala-Too"), which may be a function word of its own. */
static int hyphen_tail(const ctx *c, uint32_t j) {
    return j >= 2 && is_cap_word(c, j) && !covered(c, j) && is_hyphen(c, j - 1) && attached(c, j) &&
           attached(c, j - 1) && (c->tv[j - 2].flags & EG_TOK_WORD);
}

/* First words that make a two-word sector or place name generic. */
static const char *const generic_adjectives[] = {
    /* "Breaking", "Latest": labels before "News" ("Breaking News: ...") */
    "Advanced", "Alternative", "Artisanal", "Big",      "Breaking", "Central",   "Civil",
    "Clean",    "Commercial",  "Critical",  "Domestic", "Equal",    "Federal",   "Foreign",
    "Global",   "Green",       "High",      "Human",    "Illegal",  "Islamic",   "Key",
    "Latest",   "Local",       "Low",       "Major",    "Military", "Mineral",   "Modern",
    "National", "Natural",     "New",       "Nuclear",  "Other",    "Private",   "Public",
    "Regional", "Renewable",   "Rural",     "Small",    "Social",   "Strategic", "Top",
    "Urban",    "World",
};

/* Common nouns for organisations, next to a name: "the logistics company Van
 * Rijn Transport", "Tidewater Exchange, a cryptocurrency exchange". */
static const char *const org_nouns[] = {
    "academy",       "administration", "affiliate",
    "airline",       "alliance",       "app",
    "arm",           "assembler",      "association",
    "automaker",     "bakery",         "band",
    "bank",          "bloc",           "body",
    "bookmaker",     "bookshop",       "bottler",
    "brand",         "broadcaster",    "broker",
    "brokerage",     "builder",        "bureau",
    "buyer",         "carmaker",       "carrier",
    "cartel",        "chain",          "channel",
    "charity",       "chipmaker",      "clinic",
    "club",          "coalition",      "collective",
    "college",       "company",        "competitor",
    "confederation", "conglomerate",   "consortium",
    "consultancy",   "contractor",     "cooperative",
    "daily",         "dealer",         "dealership",
    "developer",     "distributor",    "drugmaker",
    "enterprise",    "exchange",       "exporter",
    "faction",       "federation",     "firm",
    "forwarder",     "foundation",     "franchise",
    "fund",          "gallery",        "gang",
    "grocer",        "group",          "grower",
    "haulier",       "hospital",       "hotel",
    "house",         "importer",       "installer",
    "institute",     "insurer",        "investor",
    "lab",           "label",          "laboratory",
    "league",        "lender",         "lessor",
    "lobby",         "magazine",       "maker",
    "manufacturer",  "marketplace",    "militia",
    "miner",         "movement",       "network",
    "newspaper",     "nonprofit",      "operator",
    "organisation",  "organization",   "orphanage",
    "outfit",        "outlet",         "partnership",
    "party",         "planemaker",     "platform",
    "portal",        "printer",        "processor",
    "producer",      "provider",       "publisher",
    "refiner",       "refinery",       "reinsurer",
    "retailer",      "rival",          "scheme",
    "shipbuilder",   "shipper",        "shipyard",
    "shop",          "site",           "society",
    "spinner",       "startup",        "station",
    "steelmaker",    "studio",         "subcontractor",
    "subsidiary",    "supplier",       "syndicate",
    "tabloid",       "tank",           "toolmaker",
    "trader",        "trust",          "union",
    "university",    "utility",        "venture",
    "website",       "wholesaler",     "winery",
    "workshop",
};

/* Of those, trades that before a name and after a verb name a firm ("fined
 * mobile operator Lusolink", "banned regional carrier Nusa Air"), unlike
 * "sentenced property developer Trương Minh Khoa". */
static const char *const firm_trades[] = {"carrier",  "distributor",  "exporter",
                                          "importer", "manufacturer", "operator",
                                          "producer", "provider",     "supplier"};

/* Of those, trades that name a person when they stand before the name ("the
 * art dealer Massimo Ferlini"), though a firm after it (", a licensed
 * bookmaker,"). */
static const char *const trade_people[] = {"assembler", "bookmaker", "dealer",
                                           "grocer",    "installer", "printer"};

/* Words after which "rival" is a verb ("to rival", "could rival"). */
static const char *const verb_before_rival[] = {"can", "could", "may",  "might",
                                                "to",  "will",  "would"};

/* Organisation nouns that also describe people ("Ana Ruiz, a coffee
 * trader"): after a name and a comma they leave the person rules first. */
static const char *const person_like_nouns[] = {
    "assembler",  "bookmaker",    "broker",    "builder",   "buyer",       "carrier",
    "competitor", "contractor",   "dealer",    "developer", "distributor", "exporter",
    "grocer",     "grower",       "importer",  "installer", "investor",    "lessor",
    "maker",      "manufacturer", "operator",  "partner",   "player",      "printer",
    "producer",   "provider",     "publisher", "rival",     "spinner",     "subcontractor",
    "supplier",   "trader",
};

/* Is token j a person_like_nouns word or its plural in "-s" ("developers")? */
static int person_like_plural(const ctx *c, uint32_t j) {
    const char *w = eg_rx_lower_word(c, j);
    size_t n = c->tv[j].len;
    char buf[16];
    if (!w || n < 2 || n >= sizeof buf)
        return 0;
    memcpy(buf, w, n + 1);
    if (buf[n - 1] == 's')
        buf[n - 1] = '\0';
    return IN_LIST(person_like_nouns, buf);
}

/* An owner that ranks firms: "the world’s", "the country’s", "Kenya’s"
 * (token j before the possessive), not "the company’s biggest investor". */
static int world_owner(const ctx *c, uint32_t j) {
    static const char *const words[] = {"continent", "country", "nation", "region", "world"};
    if (LOWER_IN(j, words))
        return 1;
    if (!covered(c, j))
        return 0;
    const char *ty = eg_rx_ent_type(c, c->doc->ments.v[c->s->cover.v[j]].ent);
    return strcmp(ty, "country") == 0 || strcmp(ty, "location") == 0;
}

/* Superlatives after an owner: "the world’s biggest chocolate maker". */
static int superlative(const ctx *c, uint32_t j) {
    static const char *const words[] = {"best-known", "biggest",        "largest", "leading",
                                        "main",       "second-largest", "top"};
    return LOWER_IN(j, words);
}

/* Nouns for state bodies before ", the" and a name: "the drug regulator, the
 * Central Drugs Standard Control Organisation". */
static const char *const regulator_nouns[] = {
    "agency",
    "authority",
    "regulator",
    "watchdog",
};

/* Nouns that follow the name of a group: "the opposition Ak Zhol party". */
static const char *const party_nouns[] = {
    "alliance", "bloc", "coalition", "faction", "gang", "group", "militia", "movement", "party",
};

/* Words before "house" that make it a firm: "the Milan fashion house". */
static const char *const house_kinds[] = {
    "auction", "brokerage",  "design",   "fashion", "investment",
    "media",   "publishing", "software", "trading",
};

/* Words after an organisation noun that show it heads the description ("a
 * supplier, ...", "a lender based in", "a manufacturer of", "a company
 * operating", "the club he had captained", "the hospital where"), unlike "a
 * company director"; past participles count too ("a company registered in"). */
static const char *const org_followers[] = {
    "active",    "and",        "at",      "backed",  "based",     "building",     "calling",
    "close",     "developing", "for",     "founded", "from",      "he",           "in",
    "it",        "known",      "led",     "listed",  "making",    "managing",     "of",
    "offering",  "operating",  "owned",   "owning",  "producing", "providing",    "representing",
    "run",       "running",    "selling", "set",     "she",       "specialising", "specializing",
    "supplying", "that",       "they",    "trading", "where",     "which",        "whose",
    "with",
};

/* Words before "agency" that make it a business: "a recruiting agency", "a
 * temporary-work agency", not a government agency. */
static const char *const agency_kinds[] = {
    "advertising", "booking",     "casting",  "collection", "collections", "credit",
    "dating",      "debt",        "design",   "detective",  "employment",  "escort",
    "estate",      "insurance",   "labor",    "labour",     "literary",    "manning",
    "marketing",   "matchmaking", "media",    "modeling",   "modelling",   "news",
    "placement",   "press",       "rating",   "ratings",    "recruiting",  "recruitment",
    "relations",   "shipping",    "staffing", "talent",     "temp",        "translation",
    "travel",      "work",
};

/* Words before "firm" whose firms are named after people: "the law firm
 * Arthur Cox", "the Taipei law firm Lee and Li". */
static const char *const firm_kinds[] = {
    "accountancy", "accounting", "architects", "architectural", "architecture", "audit",
    "auditing",    "consulting", "law",        "legal",         "lobbying",     "relations",
};

/* A lower-case word ending in "-ed" ("registered", "founded"). */
static int past_form(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    const char *s = ttext(c, j);
    return (t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) && t->len > 4 &&
           s[t->len - 2] == 'e' && s[t->len - 1] == 'd';
}

/* The last word of a frame of org_frames.txt ("sued", "bought", "supplies"),
 * a verb of companies however short: "sued" is no past_form. */
static int frame_verb(const ctx *c, uint32_t j) {
    const eg_rules *r = c->r;
    return (c->tv[j].flags & EG_TOK_WORD) && !(c->tv[j].flags & EG_TOK_CAP) &&
           eg_rx_lower_in(c, j, (const char *const *)r->before_slot, r->nbefore_slot);
}

/* A lower-case word ending in "-ing" ("fighting", "using"): after a plural
 * noun, a clause that describes it ("one of two gangs fighting for control"). */
static int ing_form(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    const char *s = ttext(c, j);
    return (t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) && t->len > 5 &&
           memcmp(s + t->len - 3, "ing", 3) == 0;
}

/* Nouns for groups that "of" and people may follow ("a band of fighters").
 * Sorted. */
static const char *const group_words[] = {"band",    "cell",  "collective", "crew",
                                          "faction", "group", "network",    "ring"};

/* Plural nouns for people that a band of them is made of. */
static const char *const people_plurals[] = {
    "activists", "artists",   "doctors",   "drivers",  "employees", "engineers",   "exiles",
    "farmers",   "fighters",  "fishermen", "gunmen",   "hackers",   "journalists", "lawyers",
    "men",       "militants", "mothers",   "nurses",   "parents",   "pilots",      "rebels",
    "residents", "smugglers", "soldiers",  "students", "teachers",  "veterans",    "volunteers",
    "women",     "workers",   "youths",
};

/* Is token j, in any case, a plural for people ("Doctors", "workers")? */
static int members_word(const ctx *c, uint32_t j) {
    char buf[16];
    size_t n = c->tv[j].len;
    const char *w = ttext(c, j);
    if (!(c->tv[j].flags & EG_TOK_WORD) || n >= sizeof buf)
        return 0;
    for (size_t k = 0; k < n; k++)
        buf[k] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] - 'A' + 'a' : w[k]);
    buf[n] = '\0';
    return IN_LIST(people_plurals, buf);
}

/* "of" at token j after a group word with a modifier of its own, then up to
 * four lower-case modifiers and a plural for people, not a source of a
 * report: "an armed group of former soldiers", "a local collective of
 * artists", "a dissident faction of former FARC rebels", unlike "a group of
 * activists" (", a group of activists said"), "a small group of islands" or "a
 * network of caves". */
static int of_people(const ctx *c, uint32_t j) {
    static const char *const report_verbs[] = {"claimed", "reported", "said", "says", "told"};
    if (j < 2 || !LOWER_IN(j - 1, group_words) || !(c->tv[j - 2].flags & EG_TOK_WORD) ||
        (c->tv[j - 2].flags & EG_TOK_CAP) || eg_rx_tok_class(c, j - 2))
        return 0;
    for (uint32_t q = j + 1; q < c->ntok && q <= j + 5; q++) {
        if (LOWER_IN(q, people_plurals))
            return !(q + 1 < c->ntok && LOWER_IN(q + 1, report_verbs));
        if (!(c->tv[q].flags & (EG_TOK_WORD | EG_TOK_NUM)))
            return 0;
    }
    return 0;
}

/* Does the lower-case word at token j show that the organisation noun before
 * it heads a description (org_followers, or a past participle)? "of" only
 * after a business noun ("a manufacturer of", "a subsidiary of") or a body
 * made of members ("a union of small-boat fishermen", "a federation of
 * garment unions", "a coalition of civil society groups"), not "a group of"
 * or "a network of" (islands, caves). */
static int org_follower(const ctx *c, uint32_t j) {
    static const char *const of_nouns[] = {
        "affiliate",     "alliance",   "arm",          "association", "coalition", "collective",
        "confederation", "consortium", "developer",    "distributor", "exporter",  "federation",
        "importer",      "maker",      "manufacturer", "operator",    "producer",  "provider",
        "retailer",      "subsidiary", "supplier",     "union",
    };
    if (tok_is(c, j, "of"))
        return j > 0 && (LOWER_IN(j - 1, of_nouns) || of_people(c, j));
    return LOWER_IN(j, org_followers) || past_form(c, j);
}

/* Function words after an organisation noun that start a clause, not a
 * phrase about the noun: auxiliaries ("He Jianping, the company has grown")
 * and "who" ("a Brussels-born dealer who"). Sorted. */
static const char *const clause_words[] = {
    "are",   "can",  "could", "did",    "do",  "does", "had", "has",  "have", "is",    "may",
    "might", "must", "shall", "should", "was", "were", "who", "whom", "will", "would",
};

/* Does the function word at token j go on with a phrase about the
 * organisation noun before it, though no org_follower: "the largest union
 * among train drivers", "the entertainment company behind", "the car brand
 * the fund formed", "a beach hotel on the northern tip", "the investment
 * firm of the family"? */
static int phrase_follower(const ctx *c, uint32_t j) {
    if (tok_is(c, j, "of") && j > 0 && LOWER_IN(j - 1, group_words))
        return 0; /* "Damas de la Esperanza, a group of mothers": of_people's to judge */
    return (eg_rx_tok_class(c, j) & W_FUNC) && !LOWER_IN(j, clause_words);
}

/* Is doc entity e a listed sea, river or lake (category water)? Firms are
 * named after them as after no country or city ("Drina Gradnja", "Volga
 * Shipping"). */
static int water_gaz(const ctx *c, long gaz) {
    if (gaz < 0 || strcmp(eg_gazetteer_type(c->g, (size_t)gaz), "location") != 0)
        return 0;
    const char *v = eg_gazetteer_category(c->g, (size_t)gaz);
    return v && strcmp(v, "water") == 0;
}

static int water_body(const ctx *c, uint32_t e) {
    return water_gaz(c, c->doc->ents.v[e].gaz);
}

/* Token j, covered or not, is a listed sea, river or lake ("Drina", which the
 * matcher leaves to the longer run "Drina Gradnja"). */
static int water_word(const ctx *c, uint32_t j) {
    return water_gaz(c, eg_rx_listed_word(c, j, NULL));
}

/* Is token j a listed country or place name, covered or not ("London" in
 * "London AI", which the matcher leaves to the longer capitalised run)? */
static int listed_place(const ctx *c, uint32_t j) {
    return eg_rx_country_word(c, j) >= 0 || eg_rx_listed_word(c, j, "location") >= 0;
}

static int is_generic_adjective(const char *s, size_t len) {
    return IS_WORD_IN(generic_adjectives, s, len);
}

/* A word that may be part of an organisation's name. */
/* An amount in a currency written as one capitalised token ("VNĐ85
 * million", "KSh3 million", "RM2,500", "N50bn" is not one): a currency's
 * letters glued to digits, then a multiplier or at least three digits. No
 * name runs into it ("fined Saigon Reel Media JSC VNĐ85 million"). */
static const char *const currencies[] = {
    "Br", "ETB", "GHS", "K",  "KSh", "Ksh", "MK",  "N",   "NGN", "P",          "R",
    "RM", "Rp",  "Rs",  "Sh", "TSh", "Tk",  "UGX", "USh", "VND", "VN\xC4\x90", "ZK"};

/* A currency's sign or code before an amount, written apart ("Rp 202 billion",
 * "Rs. 45 million") or before a dollar sign ("S$12 million", "HK$3 billion"). */
static int currency_before_amount(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    if (t->len > 4 || j + 1 >= c->ntok)
        return 0;
    const eg_token *n = &c->tv[j + 1];
    if (n->len == 1 && ttext(c, j + 1)[0] == '$' && attached(c, j + 1))
        return 1; /* "S$", "NZ$" */
    if (n->len == 1 && ttext(c, j + 1)[0] == '.' && attached(c, j + 1) && j + 2 < c->ntok)
        n = &c->tv[j + 2]; /* "Rs. 45" */
    return (n->flags & EG_TOK_NUM) && (n->flags & EG_TOK_SPACE_BEFORE) &&
           WORD_IN_LIST(currencies, ttext(c, j), t->len);
}

static int money_word(const ctx *c, uint32_t j) {
    static const char *const multipliers[] = {"billion", "bn",  "crore",    "lakh",    "m",
                                              "million", "mln", "thousand", "trillion"};
    const eg_token *t = &c->tv[j];
    const char *w = ttext(c, j);
    if ((t->flags & EG_TOK_CAP) && t->len <= 4 && currency_before_amount(c, j))
        return 1;
    if (!(t->flags & EG_TOK_CAP) || t->len < 2 || t->len > 14 || w[t->len - 1] < '0' ||
        w[t->len - 1] > '9')
        return 0; /* cheap gate: a capitalised token ending in a digit */
    size_t i = 0;
    while (i < t->len && !(w[i] >= '0' && w[i] <= '9'))
        i++;
    if (i == 0 || i > 4 || !WORD_IN_LIST(currencies, w, i))
        return 0;
    size_t digits = 0;
    for (size_t k = i; k < t->len; k++) {
        if (w[k] >= '0' && w[k] <= '9')
            digits++;
        else if (w[k] != ',' && w[k] != '.')
            return 0;
    }
    return digits >= 3 || (j + 1 < c->ntok && LOWER_IN(j + 1, multipliers));
}

static int org_word(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    if (covered(c, j) || (t->flags & EG_TOK_POSS))
        return 0;
    if (t->flags & EG_TOK_WORD) {
        if (!(t->flags & EG_TOK_CAP)) {
            uint32_t cp;
            eg_utf8_decode((const unsigned char *)ttext(c, j), t->len, &cp);
            if (!(cp >= '0' && cp <= '9'))
                return 0;
        }
        return !eg_rx_tok_class(c, j) && !money_word(c, j);
    }
    return 0;
}

/* Is token p (p > 0) the full stop of "St.", "Ste.", "Mt." or "Ft." ("St.
 * Brendan’s", "Mt. Apo", "Ft. Worth"), which names go on over? */
static int saint_dot(const ctx *c, uint32_t p) {
    static const char *const saints[] = {"Ft", "Mt", "St", "Ste"};
    return tok_is(c, p, ".") && attached(c, p) &&
           WORD_IN_LIST(saints, ttext(c, p - 1), c->tv[p - 1].len);
}

/* Is token q, followed by a possessive clitic, part of a longer name: an
 * uncovered capitalised word that is no designator, after another name word
 * or "St." ("Scottish Fishermen’s", "Anticorruption Prosecutor’s")? A
 * possessor that is a listed name ("Russia’s Federal Security Service") or
 * stands alone ("Acme’s Research Institute") is not; in an agency's name the
 * possessor may be an office ("Attorney General’s Office"). */
static int possessor_in_name(const ctx *c, uint32_t q, uint32_t sb, int agency) {
    static const char *const offices[] = {"Auditor",   "Comptroller", "Controller",  "Coroner",
                                          "Ombudsman", "Prosecutor",  "Prosecutors", "Registrar"};
    uint32_t e;
    if (agency && q >= sb && org_word(c, q) && WORD_IN_LIST(offices, ttext(c, q), c->tv[q].len))
        return 1; /* "Georgia’s Prosecutor’s Office" */
    if (q <= sb || !org_word(c, q) || eg_rx_designator_at(c, q))
        return 0;
    uint32_t p = q - 1;
    if (tok_is(c, p, ".") && attached(c, p) && p > sb)
        return saint_dot(c, p);
    if (covered(c, p))
        return eg_rx_replaceable(c, &c->doc->ments.v[c->s->cover.v[p]]);
    return org_word(c, p) && !eg_rx_strong_designator(eg_rx_designator_at(c, p)) &&
           (agency || !eg_rx_title_at(c, p, q + 1, &e));
}

/* Prepositions of place before a site's name. Sorted. */
static const char *const site_preps[] = {"across", "along",  "around",  "at",      "behind",
                                         "beside", "from",   "in",      "inside",  "into",
                                         "near",   "off",    "on",      "outside", "through",
                                         "to",     "toward", "towards", "via"};

static int site_prep(const ctx *c, uint32_t j) {
    return WORD_IN_LIST(site_preps, ttext(c, j), c->tv[j].len);
}

/* Is token q, followed by a possessive clitic and a place word, a site's
 * namesake standing alone after "the" or a preposition ("in Martyrs’
 * Square", "at Diocletian’s Palace"): an uncovered capitalised word, no
 * designator, listed name or given name ("Dorsey’s Square said", "Beijing’s
 * Tiananmen Square", "from Maria’s Market")? */
static int site_possessor(const ctx *c, uint32_t q, uint32_t sb) {
    return q > sb && org_word(c, q) && !eg_rx_designator_at(c, q) && !eg_rx_given_name(c, q) &&
           eg_rx_listed_word(c, q, NULL) < 0 && (tok_is(c, q - 1, "the") || site_prep(c, q - 1));
}

/* Checks for names ending in a sector word ("Hanul Semiconductor") or a place
 * word ("Rzeszów-Jasionka Airport"), which are common nouns too: a word of
 * the name must be new (not only "Chinese Steel" or "Kenya Energy"), the
 * first word not a generic adjective ("Renewable Energy", "Public
 * Transport"), and no title or person's given name before the sector word
 * (a place after "the" may start with one: "the Nana River"). */
/* Sector words that are also fields of study or work ("Market Research", "Business Travel",
 * "Internal Audit", "Public Works"): they end a name of three words or more only ("Addis
 * Capital Research", "Port Said Marine Works", "Sterling Vale Wealth", "Sayegh Towers
 * Development"). */
static const char *const field_sectors[] = {
    "Agriculture", "Audit",  "Development", "Economics", "Export", "Manufacturing",
    "Research",    "Travel", "Wealth",      "Works"}; /* "Kazakh Steppe Development", not
                                                         "Economic Development" */

static int field_sector(const designator *d) {
    return d->form[0] >= 'A' && d->form[0] <= 'W' &&
           IS_WORD_IN(field_sectors, d->form, strlen(d->form));
}

/* A company named by a city, a region or a country and its sector word inside
 * a sentence ("ships from Baku Shipyard", "a contract with Kazakhstan
 * Engineering", "raided Podlasie Tours on Thursday"): tokens [s, e) are one
 * listed place, not a demonym ("Chinese Steel"), then the sector word, after
 * a lower-case word. */
static int place_firm(const ctx *c, uint32_t sb, uint32_t s, uint32_t e) {
    if (s <= sb || e < s + 2 || !(c->tv[s - 1].flags & EG_TOK_WORD) ||
        (c->tv[s - 1].flags & EG_TOK_CAP) || (c->tv[e - 1].flags & EG_TOK_ALLCAPS))
        return 0; /* not "London AI" */
    long g = eg_rx_country_word(c, s);
    if (g >= 0) { /* the country's own name: not "Chinese Steel", "US Marine" */
        const char *nm = eg_gazetteer_name(c->g, (size_t)g);
        if (e != s + 2 || strlen(nm) != c->tv[s].len || memcmp(nm, ttext(c, s), c->tv[s].len) != 0)
            return 0;
    }
    if (!covered(c, s))
        return e == s + 2 && listed_place(c, s);
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[s]];
    return m->tok_begin == s && m->tok_end + 1 == e && m->origin == EG_ORIGIN_GAZETTEER;
}

static int weak_shape_ok(const ctx *c, uint32_t sb, uint32_t se, uint32_t s, uint32_t e,
                         uint32_t nfree, int place) {
    uint32_t te;
    if (nfree == 0)
        return !place && place_firm(c, sb, s, e);
    if (e - s == 2 && is_generic_adjective(ttext(c, s), c->tv[s].len))
        return 0;
    if (s > sb && eg_rx_title_ends_at(c, sb, s))
        return 0;
    for (uint32_t j = s; j < e; j++)
        if (eg_rx_title_at(c, j, se, &te))
            return 0;
    /* places are named after people: "Jomo Kenyatta International Airport",
     * "Henri Coandă Airport" (a given name, a surname and the place word);
     * a given name hyphened to a word that is none is a word of a compound
     * ("Ala-Too Square", not "Jean-Pierre Square said") */
    return !eg_rx_given_name(c, s) ||
           (place && s > sb && (tok_is(c, s - 1, "the") || tok_is(c, s - 1, "The"))) ||
           (place && e - s >= 3 && is_cap_word(c, s + 1)) ||
           (place && e - s >= 4 && is_hyphen(c, s + 1) && attached(c, s + 1) &&
            attached(c, s + 2) && is_cap_word(c, s + 2) && !eg_rx_given_name(c, s + 2));
}

/* Does a particle run ("de", "de la", "du") start at token j and end before a
 * name word or a listed place? Returns the token after it, or NONE. A joiner
 * may open a run of three ("Ministère des Mines et de la Géologie", "Ministerio
 * de Salud y de la Protección Social"); the word after it then names no body of
 * its own ("... et de la Banque mondiale" joins two bodies). */
static uint32_t particles_before_name(const ctx *c, uint32_t j, uint32_t se) {
    uint32_t q = j, most = j + 2 + (j < se && is_joiner(c, j));
    while (q < se && q < most && is_particle(c, q))
        q++;
    if (q == j || q >= se)
        return NONE;
    if (q == j + 3 && (is_joiner(c, j + 1) || is_joiner(c, j + 2) || eg_rx_designator_at(c, q)))
        return NONE;
    if (org_word(c, q) || elided_cap(c, q))
        return q;
    if (covered(c, q)) {
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[q]];
        if (m->tok_begin == q && m->tok_end <= se && eg_rx_replaceable(c, m))
            return q;
    }
    return NONE;
}

/* Is token j an apostrophe that ends the word before it inside a name that
 * goes on with a particle and a name: the glottal stop that ends Mayan
 * words ("Consejo Ancestral Q’eqchi’ de El Estor", "Asociación
 * K’iche’ de Totonicapán")? A possessive ("Workers’") is no such mark, nor a
 * closing quote: no opening single quote comes before it in the sentence. */
static int word_final_mark(const ctx *c, uint32_t j, uint32_t sb, uint32_t se) {
    if (j <= sb || j + 2 >= se || !attached(c, j) || (c->tv[j].flags & EG_TOK_POSS) ||
        !(c->tv[j - 1].flags & EG_TOK_WORD) || !attached_space(c, j + 1) ||
        !(tok_is(c, j, "\xE2\x80\x99") || tok_is(c, j, "'")) ||
        particles_before_name(c, j + 1, se) == NONE)
        return 0;
    for (uint32_t k = sb; k < j; k++)
        if (tok_is(c, k, "\xE2\x80\x98") || (tok_is(c, k, "'") && !attached(c, k)))
            return 0;
    return 1;
}

static int org_apposition(const ctx *c, uint32_t e, uint32_t se);
static int members_clause(const ctx *c, uint32_t e, uint32_t se);
static uint32_t particle_acronym_end(const ctx *c, uint32_t j, uint32_t se);

/* An institute of another language that calls itself national or federal
 * ("Instituto Nacional Electoral", "Institut National de la Statistique"):
 * a state body. */
static int national_institute(const ctx *c, const designator *d, uint32_t h, uint32_t e) {
    static const char *const heads[] = {"Centro",    "Centrul",    "Institut",
                                        "Instituto", "Institutul", "Istituto"};
    static const char *const nationals[] = {"Federal",   "Nacional", "National", "Nationale",
                                            "Nazionale", "Naţional", "Național", "national"};
    static const char *const developers[] = {"Corporación", "Corporação"};
    static const char *const fields[] = {"Desarrollo", "Desenvolvimento", "Fomento"};
    if (WORD_IN_LIST(developers, d->form, strlen(d->form))) {
        /* a state development corporation: "Corporación de Fomento de la
         * Producción" (not "Corporación Multi Inversiones") */
        for (uint32_t j = h + 1; j < e && j < h + 3; j++)
            if (WORD_IN_LIST(fields, ttext(c, j), c->tv[j].len))
                return 1;
        return 0;
    }
    if (!WORD_IN_LIST(heads, d->form, strlen(d->form)))
        return 0;
    for (uint32_t j = h + 1; j < e; j++)
        if (WORD_IN_LIST(nationals, ttext(c, j), c->tv[j].len))
            return 1;
    return 0;
}

/* A chamber of a legislature in Spanish, Portuguese or French: "Cámara de
 * Diputados", "Câmara dos Deputados", "Cámara de Senadores". */
static int chamber_of_members(const ctx *c, uint32_t h, uint32_t e) {
    static const char *const members[] = {"Deputados", "Diputados", "Députés", "Representantes",
                                          "Senadores"};
    for (uint32_t j = h + 1; j < e; j++)
        if (WORD_IN_LIST(members, ttext(c, j), c->tv[j].len))
            return 1;
    return 0;
}

/* "Instituto Guatemalteco de Migración", "Instituto Mexicano del Seguro
 * Social", "Instituto Brasileiro de Geografia e Estatística": a Spanish or
 * Portuguese institute named by a nation's adjective right after its head
 * is a state body (not "Instituto Interamericano", "Instituto Latinoamericano"). */
static int demonym_institute(const ctx *c, const designator *d, uint32_t h, uint32_t e) {
    static const char *const endings[] = {"ano",  "ayo", "eco", "eiro", "eno",
                                          "ense", "eño", "ino", "ês"};
    static const char *const wide[] = {"Americano", "Iberoamericano", "Interamericano", "Latino",
                                       "Latinoamericano"};
    if (strcmp(d->form, "Instituto") != 0 || h + 1 >= e || !is_cap_word(c, h + 1) ||
        covered(c, h + 1) || WORD_IN_LIST(wide, ttext(c, h + 1), c->tv[h + 1].len))
        return 0;
    const char *w = ttext(c, h + 1);
    size_t n = c->tv[h + 1].len;
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
        size_t m = strlen(endings[i]);
        if (n >= m + 4 && memcmp(w + n - m, endings[i], m) == 0)
            return 1;
    }
    return 0;
}

/* A body of an indigenous, peasant, neighbourhood or ancestral community or
 * of university rectors ("Conselho Indígena do Alto Tapajós", "Consejo
 * Regional Indígena del Cauca", "Federación Campesina", "Consejo Comunitario
 * de Barrancas", "Consejo Garífuna de Tela", "Consejo de Rectores de las
 * Universidades Chilenas"): an organisation, though its head word names state
 * bodies too. Sorted in byte order. */
static int community_body(const ctx *c, uint32_t h, uint32_t e) {
    static const char *const words[] = {
        "Ancestral",   "Campesina",   "Campesinas",  "Campesino", "Campesinos",    "Comunidades",
        "Comunitaria", "Comunitario", "Comunitário", "Garífuna",  "Indigena",      "Indigenous",
        "Indígena",    "Indígenas",   "Rectores",    "Reitores",  "Universitario", "Vecinal"};
    for (uint32_t j = h + 1; j < e; j++)
        if (WORD_IN_LIST(words, ttext(c, j), c->tv[j].len))
            return 1;
    return 0;
}

/* A number in a street's or road's name: digits ("Avenida 25 de Setembro",
 * "Route Nationale 6") or a Roman numeral ("Rua XV de Novembro"). */
static int street_number(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    const char *s = ttext(c, j);
    if (covered(c, j) || (t->flags & EG_TOK_POSS) || t->len > 5)
        return 0;
    if (t->flags & EG_TOK_NUM) {
        static const char *const scales[] = {"billion", "bn",       "crore",   "lakh",
                                             "million", "thousand", "trillion"};
        for (size_t i = 0; i < t->len; i++)
            if (s[i] < '0' || s[i] > '9')
                return 0;
        /* "fined Lake Zone Gold 6 billion shillings": an amount, not a road's number */
        return !(j + 1 < c->ntok && (c->tv[j + 1].flags & EG_TOK_WORD) &&
                 WORD_IN_LIST(scales, ttext(c, j + 1), c->tv[j + 1].len));
    }
    if (!(t->flags & EG_TOK_ALLCAPS) || t->len < 2)
        return 0;
    for (size_t i = 0; i < t->len; i++)
        if (!strchr("CILVX", s[i]))
            return 0;
    return 1;
}

/* "General" as the adjective after a head ("Fiscalía General de la República",
 * "Direction Générale de la Sûreté"), not the military title. */
static const char *const general_forms[] = {
    "General", "Generala", "Generale", "Geral", "Générale", "Generală",
};

/* Endings of the adjectives that follow their noun in the Romance languages
 * ("Superior", "Eleitoral", "Nationale", "Constitutionnelle", "Pénitentiaire",
 * "Armées"). English puts its adjectives first, so an English-looking
 * designator followed by one heads a name in another language ("Tribunal
 * Superior Eleitoral", "Commission Électorale Nationale Autonome"). */
static const char *const postposed_endings[] = {
    "aire", "aires", "al",   "ale",  "ales",  "ana",   "ano",   "ária", "ario", "ário",
    "ée",   "ées",   "eira", "eiro", "elle",  "elles", "ema",   "emo",  "enne", "ense",
    "iens", "ior",   "iore", "ique", "iques", "iste",  "istes", "iva",  "ive",  "ivo",
};

static int postposed_adjective(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    if (!is_cap_word(c, j) || covered(c, j) || (t->flags & (EG_TOK_ALLCAPS | EG_TOK_POSS)) ||
        t->len < 5 || eg_rx_designator_at(c, j) || !org_word(c, j))
        return 0;
    const char *s = ttext(c, j);
    for (size_t i = 0; i < sizeof postposed_endings / sizeof postposed_endings[0]; i++) {
        size_t n = strlen(postposed_endings[i]);
        if (n + 2 <= t->len && memcmp(s + t->len - n, postposed_endings[i], n) == 0)
            return eg_rx_country_word(c, j) < 0; /* "Bank Botswana": a country, no adjective */
    }
    return 0;
}

/* A social security fund in another language ("Caja Costarricense de Seguro
 * Social", "Caisse Nationale de Sécurité Sociale"): a state body. */
static int social_security(const ctx *c, uint32_t h, uint32_t e) {
    static const char *const security[] = {"Previdência", "Previsión", "Seguridad",
                                           "Seguro",      "Segurança", "Sécurité"};
    static const char *const social[] = {"Social", "Sociale"};
    int sec = 0, soc = 0;
    for (uint32_t j = h + 1; j < e; j++) {
        sec |= WORD_IN_LIST(security, ttext(c, j), c->tv[j].len);
        soc |= WORD_IN_LIST(social, ttext(c, j), c->tv[j].len);
    }
    return sec && soc;
}

/* "Forces Armées Centrafricaines": a country's armed forces named in its
 * own language, unlike a rebel army ("... Révolutionnaires ..."). */
static int national_forces(const ctx *c, uint32_t h, uint32_t e) {
    static const char *const armed[] = {"Armadas", "Armate", "Armées"};
    if (!tok_is(c, h, "Forces") || h + 1 >= e ||
        !WORD_IN_LIST(armed, ttext(c, h + 1), c->tv[h + 1].len))
        return 0;
    for (uint32_t j = h + 2; j < e; j++)
        if (c->tv[j].len > 6 &&
            (memcmp(ttext(c, j), "Revolu", 6) == 0 || memcmp(ttext(c, j), "R\xC3\xA9volu", 7) == 0))
            return 0;
    return 1;
}

/* "Banque Léman Privée", "Grupo Modelo", "Société Ivoirienne de Manutention
 * Portuaire": a designator flagged `head` followed by one to five
 * capitalised words (particles between them: "de", "du", "de la", "y") and
 * then no other capitalised word. */
/* A central bank in another language: "Banco Central de la República
 * Dominicana", "Banque Centrale du Congo", "Banca Centrale". */
static int central_bank(const ctx *c, const designator *d, uint32_t h, uint32_t e) {
    static const char *const banks[] = {"Banca", "Banco", "Banque", "Bank"};
    static const char *const central[] = {"Central", "Centrale", "Centrală", "Centralna"};
    return h + 1 < e && WORD_IN_LIST(banks, d->form, strlen(d->form)) &&
           WORD_IN_LIST(central, ttext(c, h + 1), c->tv[h + 1].len);
}

/* A regnal number after a name ("Mohammed V", "Juan Carlos I", "Carlos III"). */
static int roman_numeral(const ctx *c, uint32_t j) {
    static const char *const numerals[] = {"I",  "II",  "III",  "IV", "IX", "V",
                                           "VI", "VII", "VIII", "X",  "XI", "XII"};
    return (c->tv[j].flags & EG_TOK_WORD) && WORD_IN_LIST(numerals, ttext(c, j), c->tv[j].len);
}

/* Does the name at token s follow "known in <language> as [the]" ("The
 * force, known in Swahili as the Jeshi la Polisi")? Such a name is the other
 * language's form of a body the sentence has named in English, which the
 * rules cannot link to it; no new body is made of it. */
static int known_in_language_as(const ctx *c, uint32_t sb, uint32_t s) {
    uint32_t p = s;
    if (p > sb && tok_is(c, p - 1, "the"))
        p--;
    return p >= sb + 4 && tok_is(c, p - 1, "as") && is_cap_word(c, p - 2) &&
           tok_is(c, p - 3, "in") && tok_is(c, p - 4, "known");
}

/* ", the state body that manages water", ", the public-sector lending arm
 * of", ", the government’s green bank": an apposition at token e that calls
 * the name a body of the state (a state or public word, then at most two
 * more lower-case words, then a noun for a state body; a bank only as the
 * government's). State firms stay firms ("the state oil company", "the
 * state power utility", "the state lender"). */
static int state_apposition(const ctx *c, uint32_t e, uint32_t se) {
    static const char *const markers[] = {"federal",    "government", "municipal",
                                          "provincial", "public",     "state"};
    static const char *const nouns[] = {"agency", "arm",       "authority", "board",   "body",
                                        "office", "ombudsman", "regulator", "watchdog"};
    if (e + 3 >= se || !tok_is(c, e, ",") || !(tok_is(c, e + 1, "the") || tok_is(c, e + 1, "a")))
        return 0;
    int marker = 0, government = 0;
    for (uint32_t q = e + 2, k = 0; q < se && k < 6; q++, k++) {
        const eg_token *t = &c->tv[q];
        if ((t->flags & EG_TOK_POSS) || (is_hyphen(c, q) && attached(c, q)))
            continue;
        if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP) || t->len > 12 ||
            (t->len > 5 && memcmp(ttext(c, q) + t->len - 3, "est", 3) == 0))
            return 0; /* a superlative ranks firms: "the state’s biggest lender" */
        if (marker && (LOWER_IN(q, nouns) || (government && tok_is(c, q, "bank"))))
            return q + 1 >= se || (c->tv[q + 1].flags & EG_TOK_PUNCT) || org_follower(c, q + 1);
        if (LOWER_IN(q, markers)) {
            marker = 1;
            government |= tok_is(c, q, "government");
        } else if (!marker && k >= 1) {
            return 0; /* the state word comes first ("a company selling to the state") */
        }
    }
    return 0;
}

/* "Centre Cinématographique Marocain", "Conseil Supérieur Ivoirien de ...": a
 * French centre, institute, council or observatory named by a nation's
 * adjective is a state body (not "Centre Culturel Africain"; companies and
 * agencies of the press keep their type: "Société Ivoirienne ...", "Agence
 * Ivoirienne de Presse"). */
static int french_demonym_body(const ctx *c, const designator *d, uint32_t h, uint32_t e) {
    static const char *const heads[] = {"Centre", "Conseil", "Institut", "Observatoire"};
    static const char *const endings[] = {"aine",  "aise", "ain",  "ais",
                                          "ienne", "ien",  "oise", "ois"};
    static const char *const wide[] = {"Africain", "Africaine", "Américain", "Américaine",
                                       "Arabe",    "Maghrébin", "Maghrébine"};
    if (!WORD_IN_LIST(heads, d->form, strlen(d->form)))
        return 0;
    for (uint32_t j = h + 1; j < e; j++) {
        const eg_token *t = &c->tv[j];
        if (t->len < 6 || !is_cap_word(c, j) || covered(c, j) || (t->flags & EG_TOK_ALLCAPS) ||
            WORD_IN_LIST(wide, ttext(c, j), t->len))
            continue;
        const char *w = ttext(c, j);
        for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
            size_t m = strlen(endings[i]);
            if (t->len >= m + 4 && memcmp(w + t->len - m, endings[i], m) == 0)
                return 1;
        }
    }
    return 0;
}

/* A listed organisation or agency of one word (an acronym or a short form)
 * after a particle at the end of a name in another language: the body the
 * name is of, a word of it ("Sindicato de Trabajadores de la ANDE",
 * "Universidad Industrial de Santander"); not when the name goes on. */
static int listed_tail(const ctx *c, const eg_mention *m, uint32_t j, uint32_t se) {
    if (m->origin != EG_ORIGIN_GAZETTEER || m->tok_begin != j || m->tok_end != j + 1 || j < 2 ||
        !is_particle(c, j - 1) || is_joiner(c, j - 1) ||
        (j + 1 < se && (is_cap_word(c, j + 1) || covered(c, j + 1) || is_particle(c, j + 1) ||
                        (is_hyphen(c, j + 1) && attached(c, j + 1)))))
        return 0;
    const char *t = eg_rx_ent_type(c, m->ent);
    return strcmp(t, "organisation") == 0 || strcmp(t, "agency") == 0;
}

static eg_status rule_head(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t h,
                           const designator *d, eg_error *err) {
    uint32_t j = h + 1, n = 0, end = NONE, q, te, before_comma = NONE;
    int at_title = 0, place = strcmp(d->type, "location") == 0, joined = 0, tail = 0;
    while (j < se && n < MAX_HEAD_PART) {
        if ((end == j || j == h + 1) && eg_rx_title_at(c, j, se, &te) &&
            !(j == h + 1 && WORD_IN_LIST(general_forms, ttext(c, j), c->tv[j].len))) {
            at_title = 1; /* "Liga Portugal President Pedro Proença" */
            break;
        }
        if (covered(c, j)) {
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
            if (!eg_rx_replaceable(c, m) || m->tok_end > se)
                break;
            j = end = m->tok_end;
            n++;
            continue;
        }
        if ((org_word(c, j) && !(c->tv[j].flags & EG_TOK_ALLCAPS)) || elided_cap(c, j) ||
            (place && street_number(c, j))) {
            j++;
            while (j + 1 < se && is_hyphen(c, j) && attached(c, j) && attached(c, j + 1) &&
                   is_cap_word(c, j + 1) && !covered(c, j + 1))
                j += 2;
            end = j;
            n++;
            continue;
        }
        if (end == j && j > h + 1 && roman_numeral(c, j)) {
            end = ++j; /* "Stade Mohammed V", "Puerto Carlos III" */
            n++;
            continue;
        }
        if (end == j && n > 0 && word_final_mark(c, j, sb, se)) {
            end = ++j; /* "Consejo Ancestral Q’eqchi’ de El Estor" */
            continue;
        }
        if (end == j && n > 0 && !place && (q = particle_acronym_end(c, j, se)) != NONE) {
            end = q; /* "Asociación de Estudiantes de la UPNA" */
            tail = 1;
            break;
        }
        /* "Organismo de Evaluación y Fiscalización Ambiental", "Cámara de
         * Exportadores del Guayas", "Colegio de Periodistas de Costa Rica" */
        if ((end == j || (end == NONE && j == h + 1 && !is_joiner(c, j))) &&
            (q = particles_before_name(c, j, se)) != NONE) {
            joined |= before_comma != NONE && is_joiner(c, j);
            j = q;
            continue;
        }
        if (end == j && n > 0 && !place && is_particle(c, j)) {
            uint32_t p = j + 1;
            if (p < se && p < j + 2 && is_particle(c, p))
                p++;
            if (p < se && covered(c, p) &&
                listed_tail(c, &c->doc->ments.v[c->s->cover.v[p]], p, se)) {
                end = p + 1; /* "Universidad Industrial de Santander" */
                tail = 1;
                break;
            }
        }
        /* "Ministerio de Ciencia, Innovación, Tecnología y Telecomunicaciones":
         * a list of fields closed by "y", "e" or "et" */
        if (end == j && end != NONE && tok_is(c, j, ",") && j + 1 < se && org_word(c, j + 1) &&
            !(c->tv[j + 1].flags & EG_TOK_ALLCAPS) && !eg_rx_title_at(c, j + 1, se, &te)) {
            if (before_comma == NONE)
                before_comma = end;
            j++;
            continue;
        }
        break;
    }
    if (before_comma != NONE && !joined)
        end = before_comma; /* a comma no "y" closed: "Ministerio de Salud, Pérez said" */
    if (end == NONE || (end < se && is_cap_word(c, end) && !at_title && !money_word(c, end)) ||
        known_in_language_as(c, sb, h))
        return EG_OK;
    int venue = 0;
    if (!place && !tail && end > h + 1 && !covered(c, end - 1) && !is_particle(c, end - 2)) {
        static const char *const venues[] = {"Arena", "Stadion", "Stadium"};
        const designator *ld = eg_rx_designator_at(c, end - 1);
        if (ld && strcmp(ld->type, "location") == 0 && !(ld->flags & (DES_HEAD | DES_PREFIX)))
            return EG_OK; /* a place word ends it: the place rules name it */
        venue = WORD_IN_LIST(venues, ttext(c, end - 1), c->tv[end - 1].len);
    }
    uint32_t s = h;
    if (h > sb + 1 && strcmp(d->type, "organisation") == 0 && org_word(c, h - 1) &&
        !(c->tv[h - 1].flags & EG_TOK_ALLCAPS) && !eg_rx_title_ends_at(c, sb, h) &&
        !eg_rx_title_at(c, h - 1, h, &te) && !eg_rx_given_name(c, h - 1) &&
        !listed_place(c, h - 1) && !is_cap_word(c, h - 2) && !covered(c, h - 2))
        s = h - 1; /* "Esporte Clube Itapuã", "Sport Club Internacional" */
    const char *type = d->type;
    const designator *last = place && end > h + 1 ? eg_rx_designator_at(c, end - 1) : NULL;
    if (venue)
        type = "location"; /* "Dinamo Arena": a club's ground is a place */
    else if (last && !(last->flags & (DES_HEAD | DES_PREFIX)) &&
             strcmp(last->type, "location") != 0)
        type = last->type; /* "Wadi Araba Water Company" names a firm */
    else if ((strcmp(type, "agency") == 0 && org_apposition(c, end, se)) ||
             (strcmp(type, "organisation") == 0 && members_clause(c, end, se)))
        type = "organisation"; /* "the Consejo Empresarial ..., a business lobby", "Conseil
                                  québécois du ..., which represents 5,000 retailers" */
    else if (national_institute(c, d, h, end) || social_security(c, h, end) ||
             central_bank(c, d, h, end) || chamber_of_members(c, h, end) ||
             demonym_institute(c, d, h, end) || french_demonym_body(c, d, h, end) ||
             (strcmp(type, "organisation") == 0 && state_apposition(c, end, se)))
        type = "agency"; /* "Instituto Nacional de Estadística", "Caja Costarricense de
                            Seguro Social", "Cámara de Diputados", "Instituto
                            Guatemalteco de Migración" */
    else if (strcmp(type, "agency") == 0 && community_body(c, h, end))
        type = "organisation"; /* "Conselho Indígena do Alto Tapajós" */
    eg_status st = eg_rx_add_cand(c, s, end, si, K_ORG, type, -1, EG_ORIGIN_RULE, err);
    if (st == EG_OK && tail)
        c->s->cands.v[c->s->cands.n - 1].inner = 1; /* one listed word: its tail or acronym */
    return st;
}

/* A comma at token p inside a firm's list of partners: "&" follows before
 * the designator h and a new surname-like word comes before it. */
static int partner_list(const ctx *c, uint32_t p, uint32_t h) {
    int amp = 0;
    for (uint32_t j = p + 1; j < h; j++)
        amp |= tok_is(c, j, "&");
    return amp && is_cap_word(c, p - 1) && !covered(c, p - 1) && !listed_place(c, p - 1) &&
           !eg_rx_tok_class(c, p - 1) && !eg_rx_designator_at(c, p - 1);
}

/* The end of a listed place or country starting at token j ("Dublin"),
 * tagged or left to a longer capitalised run by the matcher, or NONE. */
static uint32_t place_at(const ctx *c, uint32_t j, uint32_t se) {
    if (j >= se)
        return NONE;
    if (covered(c, j)) {
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
        return m->tok_begin == j && m->tok_end <= se && eg_rx_replaceable(c, m) ? m->tok_end : NONE;
    }
    return is_cap_word(c, j) && listed_place(c, j) ? j + 1 : NONE;
}

/* Is every word of tokens [b, e) a listed country (or "the", "Republic",
 * "Federation"): "the Kyrgyz Republic", "Ruritania"? */
static int names_country(const ctx *c, uint32_t b, uint32_t e) {
    static const char *const words[] = {"Federation", "Republic", "the"};
    int any = 0;
    for (uint32_t j = b; j < e; j++) {
        if (covered(c, j)) {
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
            if (strcmp(eg_rx_ent_type(c, m->ent), "country") != 0 || m->tok_end > e)
                return 0;
            j = m->tok_end - 1;
            any = 1;
        } else if (eg_rx_country_word(c, j) >= 0) {
            any = 1;
        } else if (!WORD_IN_LIST(words, ttext(c, j), c->tv[j].len)) {
            return 0;
        }
    }
    return any;
}

/* Does a word of tokens [b, e) name a field of study or a cause, as think
 * tanks and campaigns do ("Security Studies", "Policy", "Democratic")? */
static int study_words(const ctx *c, uint32_t b, uint32_t e) {
    static const char *const study[] = {
        "Analysis", "Democracy", "Democratic", "Economic", "Freedom", "Peace",     "Policy",
        "Research", "Rights",    "Strategic",  "Studies",  "Study",   "Technology"};
    for (uint32_t j = b; j < e; j++)
        if (WORD_IN_LIST(study, ttext(c, j), c->tv[j].len))
            return 1;
    return 0;
}

/* Do tokens [b, e) name a field of state security ("Cyber Security",
 * "Organised Crime") and no field of study ("Security Studies", "Policy")? */
static int security_part(const ctx *c, uint32_t b, uint32_t e) {
    static const char *const security[] = {"Crime",        "Cybersecurity", "Defence",  "Defense",
                                           "Intelligence", "Security",      "Terrorism"};
    if (study_words(c, b, e))
        return 0;
    for (uint32_t j = b; j < e; j++)
        if (WORD_IN_LIST(security, ttext(c, j), c->tv[j].len))
            return 1;
    return 0;
}

/* The type of a name [s, e) ending or headed by designator d at token h (its
 * "of" part starting at token of, or NONE). Bodies of the wider world are
 * organisations even when their designator is a government word
 * ("International Olympic Committee", "World Anti-Doping Agency"), and so
 * are courts of arbitration ("Court of Arbitration for Sport"); an army or
 * forces named only by a country are an agency ("Pakistan Army"), otherwise
 * an armed group ("Arakan Army", "Rapid Support Forces"). A national, state
 * or federal council, fund, centre or assembly is an agency ("National
 * Electoral Council", "Public Investment Fund"), and so are social security
 * funds, chambers of deputies or representatives, and central banks
 * ("Central Bank", "National Bank of the Kyrgyz Republic"), and such a
 * body of a country or the nation for a field of security ("Canadian Centre
 * for Cyber Security", "UAE Cyber Security Council", "Oman’s Maritime
 * Security Centre"). */
/* A listed organisation's possessive right before token s: a body of an
 * international organisation is no state's ("the United Nations’ Office of
 * Internal Oversight Services", "the OSCE’s Office for Democratic
 * Institutions"). A ministry is left out by the caller: it always serves a
 * government, a de facto one too ("the Taliban’s Ministry of Economy"). */
static int org_owned(const ctx *c, uint32_t s) {
    if (s < 2 || !(c->tv[s - 1].flags & EG_TOK_POSS) || !attached(c, s - 1) || !covered(c, s - 2))
        return 0;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[s - 2]];
    return m->tok_end == s - 1 && m->origin != EG_ORIGIN_RULE &&
           strcmp(eg_rx_ent_type(c, m->ent), "organisation") == 0;
}

/* A listed country or its possessive right before token s ("Oman’s Maritime
 * Security Centre", "the UAE Cyber Security Council" when the name leaves
 * the country out). */
static int country_owned(const ctx *c, uint32_t s) {
    uint32_t p = s;
    if (p >= 2 && (c->tv[p - 1].flags & EG_TOK_POSS) && attached(c, p - 1))
        p--;
    if (p < 1 || !covered(c, p - 1))
        return 0;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[p - 1]];
    return m->tok_end == p && strcmp(eg_rx_ent_type(c, m->ent), "country") == 0;
}

/* A body of the state named by its public field or tier right before the
 * designator at h (s: first word of the name): a weather, statistics, sea or
 * polar institute ("Finnish Meteorological Institute", "National Statistics
 * Institute", "Norwegian Polar Institute", "Marine Institute"), a council of a
 * city, county, province, region or legislature ("Harare City Council", "Babil
 * Provincial Council", "Legislative Council") or one named by its listed city
 * or region alone ("Auckland Council", "Highland Council"), a financial
 * intelligence centre, a mine action centre ("Cambodian Mine Action Centre"). */
static int civic_body(const ctx *c, const designator *d, uint32_t s, uint32_t h) {
    static const char *const fields[] = {
        "Census",         "Fisheries",           "Geological", "Hydrographic",
        "Hydrological",   "Hydrometeorological", "Marine",     "Meat",
        "Meteorological", "Oceanographic",       "Polar",      "Sea",
        "Seismological",  "Statistical",         "Statistics", "Veterinary"};
    static const char *const tiers[] = {"Borough",     "City",        "County",       "District",
                                        "Governorate", "Legislative", "Metropolitan", "Municipal",
                                        "Provincial",  "Regional",    "Town"};
    const char *w = ttext(c, h - 1);
    size_t wl = c->tv[h - 1].len;
    if (strcmp(d->form, "Institute") == 0)
        return WORD_IN_LIST(fields, w, wl);
    if (strcmp(d->form, "Council") == 0)
        return WORD_IN_LIST(tiers, w, wl);
    if (strcmp(d->form, "Centre") == 0 || strcmp(d->form, "Center") == 0)
        return h >= s + 2 && ((tok_is(c, h - 1, "Intelligence") && tok_is(c, h - 2, "Financial")) ||
                              (tok_is(c, h - 1, "Action") && tok_is(c, h - 2, "Mine")));
    return 0;
}

/* A council named by a listed city or region alone, its local government
 * ("Auckland Council", "Highland Council"; not a sea's or an ocean's:
 * "Atlantic Council", nor a country's: "British Council"). */
static int place_council(const ctx *c, const designator *d, uint32_t s, uint32_t h) {
    if (h != s + 1 || strcmp(d->form, "Council") != 0 || !covered(c, s))
        return 0;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[s]];
    return m->tok_begin == s && m->tok_end == h &&
           strcmp(eg_rx_ent_type(c, m->ent), "location") == 0 && !water_body(c, m->ent) &&
           !tok_is(c, s, "Arctic");
}

/* A body of a treaty community, forum or convention, of a continental or
 * world sports confederation, or an office of an international envoy: no
 * state's ("Energy Community Secretariat", "Pacific Islands Forum
 * Secretariat", "CAF Disciplinary Board", "UEFA Appeals Body", "COMESA
 * Competition Commission", "Office of the High Representative"; not "Presidential Secretariat",
 * "Kenya Rural Roads Board", "Office of the Prime Minister"). */
static int world_body_part(const ctx *c, const designator *d, uint32_t s, uint32_t h, uint32_t of,
                           uint32_t e) {
    static const char *const treaties[] = {"Commonwealth", "Community", "Convention",
                                           "Forum",        "Protocol",  "Treaty"};
    static const char *const sports[] = {"AFC",  "CAF", "CONCACAF", "CONMEBOL", "FIBA",
                                         "FIFA", "ICC", "IOC",      "OFC",      "UEFA"};
    /* regional economic communities: their bodies serve several states */
    static const char *const blocs[] = {"ASEAN",  "CARICOM", "CEMAC", "COMESA", "EAC",  "ECCAS",
                                        "ECOWAS", "IGAD",    "OECS",  "SADC",   "SICA", "UEMOA"};
    static const char *const envoys[] = {"Commissioner", "Coordinator", "Envoy", "Representative"};
    if (strcmp(d->form, "Secretariat") == 0)
        for (uint32_t j = s; j < h; j++)
            if (WORD_IN_LIST(treaties, ttext(c, j), c->tv[j].len))
                return 1;
    if (s < h && (WORD_IN_LIST(sports, ttext(c, s), c->tv[s].len) ||
                  WORD_IN_LIST(blocs, ttext(c, s), c->tv[s].len)))
        return 1;
    if (strcmp(d->form, "Office") == 0 && of != NONE && s == h && of + 3 < e + 1) {
        uint32_t j = of + 1;
        if (j < e && tok_is(c, j, "the"))
            j++;
        if (j + 1 < e && (tok_is(c, j, "High") || tok_is(c, j, "Special")) &&
            WORD_IN_LIST(envoys, ttext(c, j + 1), c->tv[j + 1].len))
            return 1;
    }
    return 0;
}

/* A holding of the state's own shares: "Slovenian Sovereign Holding", "State
 * Holding Company" (not "Sovereign Capital Holdings Ltd", which ends in a
 * legal form). */
static int state_holding(const ctx *c, const designator *d, uint32_t s, uint32_t h) {
    if (strcmp(d->form, "Holding") != 0 && strcmp(d->form, "Holdings") != 0)
        return 0;
    return h > s && (tok_is(c, h - 1, "Sovereign") || tok_is(c, h - 1, "State"));
}

/* A fund of the state for deposits, investment or exports named by the state,
 * the nation or a country ("Deposit Protection Fund", "Kazakhstan Deposit
 * Insurance Fund", "Denmark Export and Investment Fund"; not "Vision Fund",
 * "Meridian Growth Fund"): s is the first word after a country in front. */
static int state_fund(const ctx *c, const designator *d, uint32_t s0, uint32_t s, uint32_t h) {
    static const char *const money[] = {"Export",  "Guarantee", "Investment",
                                        "Pension", "Sovereign", "Wealth"};
    static const char *const firsts[] = {"Federal", "National", "Public", "State"};
    if (strcmp(d->form, "Fund") != 0 || s >= h)
        return 0;
    for (uint32_t j = s; j < h; j++)
        if (tok_is(c, j, "Deposit") && j + 1 < h &&
            (tok_is(c, j + 1, "Insurance") || tok_is(c, j + 1, "Protection") ||
             tok_is(c, j + 1, "Guarantee")))
            return 1;
    if (!(s > s0 || country_owned(c, s0) || eg_rx_country_word(c, s0) >= 0 ||
          WORD_IN_LIST(firsts, ttext(c, s), c->tv[s].len)))
        return 0;
    for (uint32_t j = s; j < h; j++)
        if (WORD_IN_LIST(money, ttext(c, j), c->tv[j].len))
            return 1;
    return 0;
}

/* A body of the nation or a country named for public health ("National Public
 * Health Organisation", "Public Health Agency"): both words right before the
 * designator or after its "of" (s0: first word, s: first after a country). */
static int public_health(const ctx *c, uint32_t s0, uint32_t s, uint32_t e) {
    for (uint32_t j = s; j + 1 < e; j++)
        if (tok_is(c, j, "Public") && tok_is(c, j + 1, "Health"))
            return s > s0 || country_owned(c, s0) || eg_rx_country_word(c, s0) >= 0 ||
                   tok_is(c, s, "National") || tok_is(c, s, "Federal") || tok_is(c, s, "State") ||
                   j == s;
    return 0;
}

/* A bank for a state's lending named by its country in front (fs: the first
 * word after it) and for development, reconstruction, exports or cooperation
 * ("Hungarian Development Bank", "Croatian Bank for Reconstruction and
 * Development"); a region's bank ("African Development Bank") is no country's. */
static int state_bank(const ctx *c, const designator *d, uint32_t fs, uint32_t e) {
    static const char *const aims[] = {"Cooperation", "Development", "Export", "Reconstruction"};
    if (strcmp(d->form, "Bank") != 0)
        return 0;
    for (uint32_t j = fs; j < e; j++)
        if (!covered(c, j) && WORD_IN_LIST(aims, ttext(c, j), c->tv[j].len))
            return 1;
    return 0;
}

/* A committee, board, commission, council or force named by the private people it gathers
 * ("Zambia External Bondholders Committee", "Harat al-Aqr Residents
 * Committee", "Lebanese Savers Committee", "Amaravati Farmers Joint Action
 * Committee") or a national Olympic committee ("French Olympic Committee",
 * "National Olympic Committee of the Republic of Belarus"): no state body.
 * A chamber's committee stays one ("Senate Farmers Committee"); names
 * without such a word are untouched ("Public Accounts Committee"). */
static int people_body(const ctx *c, const designator *d, uint32_t s, uint32_t h) {
    static const char *const heads[] = {"Board", "Commission", "Committee", "Council", "Force"};
    static const char *const members[] = {
        "Bondholder", "Bondholders",  "Buyers",  "Creditor",   "Creditors", "Depositors",
        "Farmers",    "Landowners",   "Olympic", "Paralympic", "Parents",   "Residents",
        "Savers",     "Shareholders", "Tenants", "Victims",    "Villagers"};
    static const char *const chambers[] = {"Congressional", "House", "Parliamentary", "Senate"};
    if (s >= h || (d->form[0] != 'B' && d->form[0] != 'C' && d->form[0] != 'F') ||
        !IS_WORD_IN(heads, d->form, strlen(d->form)) ||
        IS_WORD_IN(chambers, ttext(c, s), c->tv[s].len))
        return 0;
    for (uint32_t j = s; j < h; j++)
        if (!covered(c, j) && IS_WORD_IN(members, ttext(c, j), c->tv[j].len))
            return 1;
    return 0;
}

/* A board named by a place in front that is a business body or a utility:
 * a town's "Board of Trade", its chamber of commerce ("Greater Vancouver
 * Board of Trade", "St. John’s Board of Trade"), or its "Water Board", the
 * company that supplies it ("Blantyre Water Board"). Not a national one
 * ("National Board of Trade", Sweden's trade agency), not the bare "Board
 * of Trade" (the British ministry). of: the "of" after the head, or NONE. */
static int town_board(const ctx *c, const designator *d, uint32_t s, uint32_t h, uint32_t of,
                      uint32_t e) {
    static const char *const state[] = {"Federal", "Government", "National", "Public", "State"};
    if (d->form[0] != 'B' || strcmp(d->form, "Board") != 0 || s >= h ||
        IS_WORD_IN(state, ttext(c, s), c->tv[s].len))
        return 0;
    if (of != NONE)
        return of + 2 == e && tok_is(c, of, "of") && tok_is(c, of + 1, "Trade");
    return h >= s + 2 && tok_is(c, h - 1, "Water");
}

/* An office or agency named by a trade that firms ply, after a name of its
 * own ("Tsukiji Kobayashi Law Office", "Jade Harbour Family Office", "Hengfu
 * Manpower Agency", "Pacific Crest Property Agency"): a firm, unless a state
 * word or a country is in its name or owns it ("Government Property Agency",
 * "Federal Employment Agency", "Japan Patent Office"), or the trade is one
 * of a list of fields ("Child and Family Agency"). fs: the first word after
 * a country or demonym. */
static int firm_office(const ctx *c, const designator *d, uint32_t s, uint32_t fs, uint32_t h) {
    static const char *const office_trades[] = {"Family", "Law"};
    static const char *const agency_trades[] = {
        "Advertising", "Employment",  "Estate",   "Manpower", "Modelling",
        "Property",    "Recruitment", "Shipping", "Talent",   "Travel"};
    static const char *const state[] = {"Federal", "Government", "National", "Public", "State"};
    if (fs > s || h < s + 2 || (d->form[0] != 'A' && d->form[0] != 'O') || covered(c, h - 1) ||
        tok_is(c, h - 2, "and") || tok_is(c, h - 2, "&") || country_owned(c, s))
        return 0;
    const char *w = ttext(c, h - 1);
    size_t wl = c->tv[h - 1].len;
    if (!(strcmp(d->form, "Office") == 0 && IS_WORD_IN(office_trades, w, wl)) &&
        !(strcmp(d->form, "Agency") == 0 && IS_WORD_IN(agency_trades, w, wl)))
        return 0;
    for (uint32_t j = s; j + 1 < h; j++)
        if (IS_WORD_IN(state, ttext(c, j), c->tv[j].len) || eg_rx_country_word(c, j) >= 0)
            return 0;
    return 1;
}

static const char *name_type(const ctx *c, const designator *d, uint32_t s, uint32_t h, uint32_t of,
                             uint32_t e) {
    static const char *const sports[] = {"Athletics", "Basketball", "Boxing",   "Control",
                                         "Cricket",   "Cycling",    "Football", "Golf",
                                         "Hockey",    "Racing",     "Rugby",    "Tennis"};
    static const char *const worldwide[] = {"Global",  "Inter-American", "International",
                                            "Olympic", "Pan-African",    "World"};
    static const char *const national[] = {"Air",      "Armed",        "Border",  "Defence",
                                           "Defense",  "Ground",       "Land",    "Marine",
                                           "National", "Naval",        "Navy",    "People's",
                                           "Royal",    "Self-Defense", "Special", "Territorial"};
    static const char *const state_firsts[] = {"Federal", "National", "Public", "State", "Supreme"};
    static const char *const state_bodies[] = {"Assembly", "Center", "Centre", "Council", "Fund"};
    static const char *const members[] = {"Delegates", "Deputies", "Representatives", "Senators"};
    static const char *const bank_firsts[] = {"Central", "Reserve"};
    static const char *const state_heads[] = {"Assembly",     "Center",       "Centre",
                                              "Council",      "Fund",         "Institute",
                                              "Organisation", "Organization", "Services"};
    const char *type = d->type;
    if (strcmp(type, "organisation") == 0 && of == NONE && s + 2 <= h && !(d->flags & DES_HEAD) &&
        (tok_is(c, s + 1, "of") || tok_is(c, s + 1, "for"))) {
        const designator *sd = eg_rx_designator_at(c, s);
        if (sd && (sd->flags & DES_OF) && strcmp(sd->type, "agency") == 0)
            return "agency"; /* "Ministry of Industries": the ministry's name, not a firm's */
    }
    if (strcmp(type, "organisation") == 0 && place_council(c, d, s, h))
        return "agency"; /* "Auckland Council", "Highland Council" */
    if (strcmp(d->form, "Army") == 0 || strcmp(d->form, "Forces") == 0) {
        for (uint32_t j = s; j < h; j++)
            if (!covered(c, j) && (c->tv[j].flags & EG_TOK_WORD) && eg_rx_country_word(c, j) < 0 &&
                !WORD_IN_LIST(national, ttext(c, j), c->tv[j].len))
                return "organisation";
        return "agency";
    }
    if (strcmp(type, "agency") == 0) {
        for (uint32_t j = s; j < e; j++)
            if (tok_is(c, j, "Arbitration") ||
                (strcmp(d->form, "Board") == 0 && WORD_IN_LIST(sports, ttext(c, j), c->tv[j].len)))
                return "organisation"; /* "Pakistan Cricket Board" governs a sport */
        if (s + 1 == h && e == h + 1 && tok_is(c, s, "General") && strcmp(d->form, "Assembly") == 0)
            return "organisation"; /* "the General Assembly" alone is the UN's */
    }
    /* the first word after a country or demonym ("Kenyan Central Bank") */
    uint32_t fs = s;
    while (fs < h && covered(c, fs)) {
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[fs]];
        if (!eg_rx_replaceable(c, m) || m->tok_end > h)
            break;
        fs = m->tok_end;
    }
    const char *f = ttext(c, fs);
    size_t fl = c->tv[fs].len;
    int of_country = of == NONE || names_country(c, of + 1, e);
    if (strcmp(type, "organisation") == 0 && WORD_IN_LIST(state_bodies, d->form, strlen(d->form)) &&
        of != NONE &&
        (fs > s ||
         (fs < h && (WORD_IN_LIST(state_firsts, f, fl) || eg_rx_country_word(c, fs) >= 0))) &&
        security_part(c, of + 1, e))
        type = "agency"; /* "Canadian Centre for Cyber Security", "National Centre Against
                            Organised Crime" */
    if (strcmp(type, "organisation") == 0 && WORD_IN_LIST(state_bodies, d->form, strlen(d->form)) &&
        of == NONE && fs < h && (fs > s || country_owned(c, s) || eg_rx_country_word(c, fs) >= 0) &&
        security_part(c, fs, h))
        type = "agency"; /* "UAE Cyber Security Council", "Oman’s Maritime Security Centre" */
    if (strcmp(type, "organisation") == 0 && fs < h && !covered(c, fs)) {
        if (WORD_IN_LIST(state_bodies, d->form, strlen(d->form)) && of_country &&
            (WORD_IN_LIST(state_firsts, f, fl) ||
             (fs + 2 <= h && (tok_is(c, fs, "Social") || tok_is(c, fs, "Health")) &&
              (tok_is(c, fs + 1, "Security") || tok_is(c, fs + 1, "Insurance")))))
            type = "agency"; /* "Social Security Fund", "Health Insurance Fund" */
        else if (strcmp(d->form, "Bank") == 0 &&
                 (WORD_IN_LIST(bank_firsts, f, fl) ||
                  (tok_is(c, fs, "National") && of != NONE && of_country)))
            type = "agency";
    }
    if (strcmp(type, "organisation") == 0 && strcmp(d->form, "Institute") == 0 && of != NONE &&
        fs < h && WORD_IN_LIST(state_firsts, f, fl) && !study_words(c, s, e))
        type = "agency"; /* "National Institute of Statistics", not "... of Economic Research" */
    if (strcmp(type, "organisation") == 0 && h > s && !covered(c, h - 1) &&
        (of == NONE || of_country) && civic_body(c, d, s, h))
        type = "agency"; /* "Finnish Meteorological Institute", "Harare City Council" */
    if (of != NONE && of + 1 < e && tok_is(c, of, "of") &&
        WORD_IN_LIST(members, ttext(c, of + 1), c->tv[of + 1].len))
        type = "agency"; /* "Council of Representatives", "Chamber of Deputies" */
    if (strcmp(type, "organisation") == 0 && strcmp(d->form, "Council") == 0 && of != NONE &&
        of + 2 == e && tok_is(c, of, "of") &&
        (tok_is(c, of + 1, "State") || tok_is(c, of + 1, "Ministers")))
        type = "agency"; /* "Council of State", "Council of Ministers" (not "Council of State
                            Governments") */
    if (strcmp(type, "organisation") == 0 && fs == s && fs < h && !covered(c, fs) &&
        (tok_is(c, fs, "State") || tok_is(c, fs, "Supreme")) &&
        WORD_IN_LIST(state_heads, d->form, strlen(d->form)))
        type = "agency"; /* "Supreme Council for Media Regulation", "State Intelligence
                            Services" (not "State Oil Company", "State Bank of India") */
    if (strcmp(type, "organisation") == 0 && (d->flags & DES_SECTOR) && fs == s && s + 1 < h &&
        !covered(c, s) && tok_is(c, s, "State") && !covered(c, s + 1) &&
        WORD_IN_LIST(state_heads, ttext(c, s + 1), c->tv[s + 1].len))
        type = "agency"; /* "State Fund Agriculture": a state body named for its field */
    if (strcmp(type, "agency") == 0 && s < h && WORD_IN_LIST(worldwide, ttext(c, s), c->tv[s].len))
        return "organisation";
    if (strcmp(type, "agency") == 0 && org_owned(c, s) && strcmp(d->form, "Ministry") != 0)
        return "organisation"; /* a ministry is a government's, a de facto one's too ("the
                                  Taliban’s Ministry of Economy") */
    if (strcmp(type, "agency") == 0 && people_body(c, d, s, h))
        return "organisation"; /* "Lebanese Savers Committee", "French Olympic Committee" */
    if (strcmp(type, "agency") == 0 && town_board(c, d, s, h, of, e))
        return "organisation"; /* "Greater Vancouver Board of Trade", "Blantyre Water Board" */
    if (strcmp(type, "agency") == 0 && of == NONE && firm_office(c, d, s, fs, h))
        return "organisation"; /* "Tsukiji Kobayashi Law Office", "Hengfu Manpower Agency" */
    if (strcmp(type, "agency") == 0 && world_body_part(c, d, s, h, of, e))
        return "organisation"; /* "Energy Community Secretariat", "CAF Disciplinary Board",
                                  "Office of the High Representative" */
    if (strcmp(type, "organisation") == 0 && s < h &&
        (fs > s || country_owned(c, s) || eg_rx_country_word(c, s) >= 0) &&
        state_bank(c, d, fs > s ? fs : s + 1, e))
        return "agency"; /* "Korea Development Bank", "Japan Bank for International Cooperation" */
    if (strcmp(type, "organisation") == 0 && state_holding(c, d, s, h))
        return "agency"; /* "Slovenian Sovereign Holding" */
    if (strcmp(type, "organisation") == 0 && of == NONE && state_fund(c, d, s, fs, h))
        return "agency"; /* "Deposit Protection Fund", "Denmark Export and Investment Fund" */
    if (strcmp(type, "organisation") == 0 && WORD_IN_LIST(state_heads, d->form, strlen(d->form)) &&
        public_health(c, s, fs, e))
        return "agency"; /* "National Public Health Organisation" */
    if (strcmp(type, "organisation") == 0 && of == NONE && fs < h && !covered(c, fs) &&
        WORD_IN_LIST(state_firsts, f, fl) && WORD_IN_LIST(state_heads, d->form, strlen(d->form)) &&
        security_part(c, fs, h))
        return "agency"; /* "National Cybersecurity Institute", "National Counter Terrorism
                            Centre" */
    if (strcmp(type, "organisation") == 0 && strcmp(d->form, "Council") == 0 && fs == s &&
        s + 1 == h && tok_is(c, s, "High"))
        return "agency"; /* "High Council of Finance", "High Council for Audiovisual" */
    if (strcmp(type, "organisation") == 0 && strcmp(d->form, "Battalion") == 0)
        for (uint32_t j = s; j < h; j++)
            if (tok_is(c, j, "Police"))
                return "agency"; /* "Armed Police Battalion" */
    if (strcmp(type, "agency") == 0 && strcmp(d->form, "Parliament") == 0 && s < h &&
        (tok_is(c, s, "Student") || tok_is(c, s, "Students") || tok_is(c, s, "Youth") ||
         tok_is(c, s, "Children's") || tok_is(c, s, "Children\xE2\x80\x99s")))
        return "organisation"; /* "Student Parliament", "Youth Parliament" */
    return type;
}

/* Designators that are abbreviations, whose dot stays in the name when the
 * sentence goes on ("Sahel Gold Corp., giving", "Norðurströnd hf. said"),
 * Hungarian, Icelandic and lower-case Quebec forms among them. */
static const char *const abbreviations[] = {
    "Bhd",  "Bros", "Co",  "Corp", "Cos", "Inc", "Kft", "Lda", "Ltd", "Ltda",
    "Nyrt", "Pte",  "Pty", "Pvt",  "Sdn", "Zrt", "ehf", "hf",  "inc",
};

static int org_noun(const ctx *c, uint32_t j, int plural);

/* Sites that a firm's name may start with before "and" ("Duqm Refinery and
 * Petrochemical Industries Company"). */
static const char *const site_words[] = {"Airport",  "Dockyard", "Port",
                                         "Refinery", "Shipyard", "Terminal"};

/* A legal form that may stand after a comma: dotted ("S.A.", "A.Ş.",
 * "L.L.C.") or an abbreviation ("Inc", "Ltda", "GmbH"). */
static int comma_form(const ctx *c, uint32_t h) {
    static const char *const forms[] = {"AG",   "GmbH", "Inc", "LLC", "Lda", "Ltd",
                                        "Ltda", "PLC",  "SA",  "SAS", "SpA", "plc"};
    return (c->tv[h].flags & EG_TOK_DOTTED) || WORD_IN_LIST(forms, ttext(c, h), c->tv[h].len);
}

/* ", which represents 18 Indigenous communities", ", which speaks for 40
 * villages": a clause at token e that makes the body its members' voice (a
 * plural noun for communities, trades or firms within five words), unlike
 * ", which represents the people" or ", which represents indigent
 * defendants" (a legislature, a public defender). */
static int members_clause(const ctx *c, uint32_t e, uint32_t se) {
    static const char *const members[] = {
        "businesses", "clans",       "communities",   "companies", "cooperatives", "employers",
        "exporters",  "families",    "farmers",       "firms",     "fishermen",    "growers",
        "importers",  "landowners",  "manufacturers", "merchants", "producers",    "residents",
        "retailers",  "shopkeepers", "traders",       "tribes",    "villages",     "workers",
    };
    if (e + 4 >= se || !tok_is(c, e, ",") || !tok_is(c, e + 1, "which"))
        return 0;
    uint32_t q = e + 2;
    if (tok_is(c, q, "speaks") && tok_is(c, q + 1, "for"))
        q += 2;
    else if (tok_is(c, q, "represents") || tok_is(c, q, "groups"))
        q++;
    else
        return 0;
    for (uint32_t k = 0; q < se && k < 5; q++, k++) {
        if (LOWER_IN(q, members))
            return 1;
        if (tok_is(c, q, ",") || tok_is(c, q, "."))
            return 0;
    }
    return 0;
}

/* ", a rights group", ", the journalists’ union": an apposition at token e
 * whose head is a common noun for organisations; or a clause that makes the
 * body its members' voice (members_clause). */
static int org_apposition(const ctx *c, uint32_t e, uint32_t se) {
    if (members_clause(c, e, se))
        return 1;
    if (e + 2 >= se || !tok_is(c, e, ",") ||
        !(tok_is(c, e + 1, "a") || tok_is(c, e + 1, "an") || tok_is(c, e + 1, "the")))
        return 0;
    /* words that make the noun a state's: "a police body", "a government unit" */
    static const char *const state_words[] = {"government", "judicial",    "military",
                                              "police",     "prosecution", "regulatory"};
    for (uint32_t q = e + 2, k = 0; q < se && k < 5; q++, k++) {
        if (org_noun(c, q, 0))
            return q + 1 >= se || (c->tv[q + 1].flags & EG_TOK_PUNCT) || org_follower(c, q + 1);
        const eg_token *t = &c->tv[q];
        if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP) ||
            WORD_IN_LIST(state_words, ttext(c, q), t->len))
            return 0;
    }
    return 0;
}

/* A one-word listed name right after "of" that ends an agency's name: a
 * word the list gives to something else ("Secretariat of Labour", where
 * "Labour" is an alias of a party). */
static int listed_word_in_name(const ctx *c, const designator *d, const eg_mention *m, uint32_t j,
                               uint32_t se) {
    if ((strcmp(d->type, "agency") != 0 && !members_body(d)) || m->origin != EG_ORIGIN_GAZETTEER ||
        m->tok_begin != j || m->tok_end != j + 1 || j == 0 || !tok_is(c, j - 1, "of") ||
        !is_cap_word(c, j) || (j + 1 < se && (is_cap_word(c, j + 1) || covered(c, j + 1))))
        return 0; /* "Secretariat of Labour", "Democratic Confederation of Labour" */
    const char *name = eg_rx_ent_name(c, m->ent);
    return strlen(name) != c->tv[j].len || memcmp(name, ttext(c, j), c->tv[j].len) != 0;
}

/* A capitalised compound whose first part is a function word: "In-Service"
 * inside a list of fields. */
static int cap_compound(const ctx *c, uint32_t j, uint32_t se) {
    return (c->tv[j].flags & EG_TOK_CAP) && (c->tv[j].flags & EG_TOK_WORD) && !covered(c, j) &&
           j + 2 < se && is_hyphen(c, j + 1) && attached(c, j + 1) && attached(c, j + 2) &&
           (c->tv[j + 2].flags & EG_TOK_WORD) && !covered(c, j + 2);
}

/* A listed body of one word right after "of" that only modifies the name
 * words after it: "Federal Office of Bundeswehr Equipment, Information
 * Technology and In-Service Support" (the caller asks for a closed comma list). */
static int listed_modifier(const ctx *c, const designator *d, const eg_mention *m, uint32_t j,
                           uint32_t se) {
    if (strcmp(d->type, "agency") != 0 || m->origin != EG_ORIGIN_GAZETTEER || m->tok_begin != j ||
        m->tok_end != j + 1 || j == 0 || !tok_is(c, j - 1, "of") || j + 2 >= se ||
        !is_cap_word(c, j + 1) || covered(c, j + 1))
        return 0;
    const char *t = eg_rx_ent_type(c, m->ent);
    return strcmp(t, "agency") == 0 || strcmp(t, "organisation") == 0;
}

/* A listed company of one word or acronym at the left edge of a company
 * name, with new words between it and the designator at h: "BMO Capital
 * Markets", "Apple Capital Group" (not "Apple Inc", a legal form); or an
 * agency's one-word byname there: "Westminster International University". */
static int listed_company_first(const ctx *c, const eg_mention *m, uint32_t s, uint32_t h,
                                const designator *d) {
    return m->origin == EG_ORIGIN_GAZETTEER && m->tok_end == s && s < h &&
           (m->tok_end - m->tok_begin == 1 ||
            /* "Al Khaleej Commercial Bank PJSC": two new words and a legal form */
            (m->tok_end - m->tok_begin <= 3 && h - s >= 2 && eg_rx_legal_form(d) &&
             !(d->flags & DES_OF) && strcmp(eg_rx_ent_type(c, m->ent), "organisation") == 0)) &&
           strcmp(d->type, "organisation") == 0 &&
           (strcmp(eg_rx_ent_type(c, m->ent), "organisation") == 0 ||
            (strcmp(eg_rx_ent_type(c, m->ent), "agency") == 0 &&
             !(c->tv[m->tok_begin].flags & EG_TOK_ALLCAPS) && is_cap_word(c, s))) &&
           (c->tv[m->tok_begin].flags & EG_TOK_CAP) && attached_space(c, s);
}

/* Two name words joined by "and" (tokens a and b) that name one trade or
 * field: two gerunds ("Spinning and Weaving"), two plurals ("Hunters and
 * Trappers") or a fixed pair ("Oil and Gas", "Securities and Exchange"). */
static int field_pair(const ctx *c, uint32_t a, uint32_t b) {
    static const char *const pairs[] = {
        "Commerce and Industry",  "Fish and Wildlife",
        "Food and Drug",          "Oil and Gas",
        "Power and Lighting",     "Research and Development",
        "Science and Technology", "Securities and Exchange",
        "Trade and Industry",     "Water and Sanitation",
        "Water and Sewerage",
    };
    const eg_token *ta = &c->tv[a], *tb = &c->tv[b];
    if (!(ta->flags & EG_TOK_CAP) || !(tb->flags & EG_TOK_CAP) || !(tb->flags & EG_TOK_WORD) ||
        covered(c, b) || ta->len < 3 || tb->len < 3)
        return 0;
    const char *x = ttext(c, a), *y = ttext(c, b);
    size_t la = ta->len, lb = tb->len;
    if (la > 5 && lb > 5 && memcmp(x + la - 3, "ing", 3) == 0 && memcmp(y + lb - 3, "ing", 3) == 0)
        return 1;
    if (la > 4 && lb > 4 && x[la - 1] == 's' && y[lb - 1] == 's' && x[la - 2] != 's' &&
        y[lb - 2] != 's' && x[la - 2] != '\'' && y[lb - 2] != '\'' && !eg_rx_designator_at(c, a) &&
        !eg_rx_designator_at(c, b))
        return 1;
    char buf[48];
    if (la + lb + 5 >= sizeof buf || b != a + 2)
        return 0;
    memcpy(buf, x, la);
    memcpy(buf + la, " and ", 5);
    memcpy(buf + la + 5, y, lb);
    buf[la + 5 + lb] = '\0';
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        if (strcmp(pairs[i], buf) == 0)
            return 1;
    return 0;
}

/* Is the part after "and" (from a to the legal form d at h) one trade word and
 * legal forms only ("... Hotel and Casino Co Ltd", "... Treks and Expedition
 * Pvt Ltd")? Then the "and" is inside one company's name; a listed name, a
 * place, a given name or an all-capitals word after "and" may be a company of
 * its own ("Shell and BP Plc"), as may a name after a legal form ("Solvex NV
 * and Rheinkemi GmbH") or a second name of one group ("Hanbit Marine and
 * Hanbit Ltd", s the name's first word). */
static int and_trade_form(const ctx *c, const designator *d, uint32_t s, uint32_t a, uint32_t h) {
    if ((c->tv[s].len == c->tv[a].len && memcmp(ttext(c, s), ttext(c, a), c->tv[a].len) == 0) ||
        strcmp(d->type, "organisation") != 0 || !eg_rx_legal_form(d) || a >= h ||
        !(c->tv[a].flags & EG_TOK_CAP) || (c->tv[a].flags & EG_TOK_ALLCAPS) ||
        !(c->tv[a].flags & EG_TOK_WORD) || c->tv[a].len < 4 || covered(c, a) || a < 2 ||
        !tok_is(c, a - 1, "and") ||
        (eg_rx_designator_at(c, a - 2) && eg_rx_legal_form(eg_rx_designator_at(c, a - 2)) &&
         strcmp(eg_rx_designator_at(c, a - 2)->type, "organisation") == 0) ||
        listed_place(c, a) || eg_rx_listed_word(c, a, NULL) >= 0 || eg_rx_given_name(c, a) ||
        eg_rx_designator_at(c, a))
        return 0;
    for (uint32_t j = a + 1; j <= h; j++) {
        const designator *dj = eg_rx_designator_at(c, j);
        if (!dj || !eg_rx_legal_form(dj) || strcmp(dj->type, "organisation") != 0)
            return 0;
    }
    return 1;
}

/* Is "de C.V." or "de R.L." at j, the variable-capital or limited-liability
 * tail of a Mexican or Central American legal form? */
static int mx_tail(const ctx *c, uint32_t j, uint32_t se) {
    if (j + 1 >= se || !tok_is(c, j, "de") || !attached_space(c, j + 1))
        return 0;
    const char *t = ttext(c, j + 1);
    size_t n = c->tv[j + 1].len;
    return (n == 4 || n == 3) && (memcmp(t, "C.V", 3) == 0 || memcmp(t, "R.L", 3) == 0);
}

/* Is the designator at j, inside the part after "of", the first of two
 * fields joined by "and", the second capitalised and no body of its own
 * ("Association of Trust and Management Companies", "Centre for Trade Union
 * and Workers’ Services"; not "... Union and Chamber of Commerce")? */
static int coordinated_field(const ctx *c, uint32_t j, uint32_t se) {
    if (j + 2 >= se || !tok_is(c, j + 1, "and") || !is_cap_word(c, j + 2) || covered(c, j + 2) ||
        (c->tv[j + 2].flags & EG_TOK_ALLCAPS))
        return 0;
    const designator *d2 = eg_rx_designator_at(c, j + 2);
    return !(d2 && j + 3 < se && (tok_is(c, j + 3, "of") || tok_is(c, j + 3, "for")));
}

/* A university named inside another body's name after "of the" ("Student
 * Federation of the University of Chile", "Association of Professors of the
 * Central University of Venezuela"): the name goes on over it. */
static int nested_university(const ctx *c, const designator *dd, uint32_t n, uint32_t j,
                             uint32_t se) {
    if (!dd || strcmp(dd->form, "University") != 0 || j + 2 >= se || !tok_is(c, j + 1, "of") ||
        !(is_cap_word(c, j + 2) || covered(c, j + 2)))
        return 0;
    uint32_t k = j; /* the name words before it, then "of the" */
    while (k > 0 && j - k < 3 && org_word(c, k - 1))
        k--;
    (void)n;
    return k >= 2 && tok_is(c, k - 1, "the") && tok_is(c, k - 2, "of");
}

/* A listed university after "of the" inside the part after "of" (token j
 * its start): "Student Federation of the University of Chile". */
static int listed_university_inside(const ctx *c, const eg_mention *m, uint32_t j, uint32_t se) {
    if (m->tok_begin != j || m->tok_end > se || j < 2 || !tok_is(c, j - 1, "the") ||
        !tok_is(c, j - 2, "of") || strcmp(eg_rx_ent_type(c, m->ent), "organisation") != 0)
        return 0;
    for (uint32_t k = m->tok_begin; k < m->tok_end; k++)
        if (tok_is(c, k, "University"))
            return 1;
    return 0;
}

/* A genitive particle run ("de la", "del", "des", "du") at j and an acronym
 * that ends the name: the body the named one belongs to ("Asociación de
 * Estudiantes de la UPNA", "Syndicat des employés ... de la SAQ"), part of
 * the name. The acronym is a word on no list or the one-word mention of a
 * body. Returns the token after the acronym, else NONE. */
static uint32_t particle_acronym_end(const ctx *c, uint32_t j, uint32_t se) {
    static const char *const genitives_of[] = {"da",    "das", "de", "degli", "dei", "del",
                                               "della", "des", "di", "do",    "dos", "du",
                                               "la",    "las", "le", "les",   "los"};
    uint32_t q = j;
    while (q < se && q < j + 2 && is_particle(c, q))
        q++;
    if (q == j || q >= se || !(c->tv[q].flags & EG_TOK_ALLCAPS) || c->tv[q].len < 2 ||
        !WORD_IN_LIST(genitives_of, ttext(c, q - 1), c->tv[q - 1].len) ||
        (q + 1 < se && (is_cap_word(c, q + 1) || covered(c, q + 1))))
        return NONE;
    if (!covered(c, q))
        return eg_rx_acronym_shape(c, q) && eg_rx_listed_word(c, q, NULL) < 0 ? q + 1 : NONE;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[q]];
    const char *t = eg_rx_ent_type(c, m->ent);
    if (m->tok_begin != q || m->tok_end != q + 1 ||
        !(strcmp(t, "organisation") == 0 || strcmp(t, "agency") == 0))
        return NONE;
    return q + 1;
}

/* A listed city of one word right after a court's name (d at e - 1) and
 * before no other name word: the court's seat, part of its name in the
 * Balkans and Hong Kong ("Basic Court Skopje", "Kowloon City Magistrates’
 * Courts" is not: the city is before). Not a country ("Supreme Court Ghana"). */
static int court_city(const ctx *c, const designator *d, uint32_t e, uint32_t se) {
    if (!(c->tv[e].flags & EG_TOK_CAP) ||
        !(strcmp(d->form, "Court") == 0 || strcmp(d->form, "Courts") == 0) ||
        (e + 1 < se && (is_cap_word(c, e + 1) || covered(c, e + 1) || tok_is(c, e + 1, "(") ||
                        (c->tv[e + 1].flags & EG_TOK_POSS))) ||
        (c->tv[e].flags & EG_TOK_POSS))
        return 0;
    if (covered(c, e)) {
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[e]];
        return m->tok_begin == e && m->tok_end == e + 1 && m->origin == EG_ORIGIN_GAZETTEER &&
               strcmp(eg_rx_ent_type(c, m->ent), "location") == 0;
    }
    return eg_rx_country_word(c, e) < 0 && listed_place(c, e);
}

/* Does "in" and a listed city after the name [s, e) (designator d at token
 * h) belong to the name, as the seat that tells sibling universities apart:
 * "Westminster International University in Tashkent"? Not for courts, offices
 * and ministries ("the Federal High Court in Abuja", "the Public Prosecutor’s
 * Office in Lyon": the body is named without its seat, which is a place
 * mention of its own, tests/devset/README.md) nor a university in its own
 * city ("Moscow State University in Moscow"). */
static int seat_in_name(const ctx *c, const designator *d, uint32_t s, uint32_t h, uint32_t e,
                        uint32_t se) {
    if (e + 1 >= se || !tok_is(c, e, "in") || s >= h)
        return 0;
    uint32_t pe = place_at(c, e + 1, se);
    if (pe == NONE || (pe < se && (is_cap_word(c, pe) || covered(c, pe))))
        return 0;
    if (covered(c, e + 1)) {
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[e + 1]];
        if (strcmp(eg_rx_ent_type(c, m->ent), "location") != 0)
            return 0;
    } else if (eg_rx_country_word(c, e + 1) >= 0) {
        return 0;
    }
    if (pe + 2 < se && tok_is(c, pe, "(") && eg_rx_acronym_shape(c, pe + 1))
        return 0;
    if (strcmp(d->form, "University") != 0)
        return 0;
    for (uint32_t j = s; j < h; j++) {
        if (tok_is(c, j, "International"))
            return 1;
        if (!covered(c, j) && !listed_place(c, j))
            continue;
        if (c->tv[j].len == c->tv[e + 1].len &&
            memcmp(ttext(c, j), ttext(c, e + 1), c->tv[j].len) == 0)
            return 0;
        return 1;
    }
    return 0;
}

/* Organisation and agency shapes around designator token h. */
/* Members after "Board of" that make it a company's or a school's organ. */
static const char *const board_members[] = {"Auditors", "Directors",   "Governors", "Management",
                                            "Regents",  "Supervisors", "Trustees"};

/* Romance "of" that joins an agency word ending English names to the rest of
 * a name in another language ("Tribunal da Relação de Lisboa"), unlike
 * "contra" ("the Tribunal contra Zorblat"). */
static const char *const genitives[] = {"da",  "das", "de",  "del", "della",
                                        "des", "do",  "dos", "du"};

/* Fields a ministry's name joins with "and" ("Ministry of Energy and Energy
 * Industries", "Ministry of Trade and Industries"). */
static const char *const joined_fields[] = {
    "Agriculture", "Commerce", "Communications", "Energy", "Finance",   "Fisheries",
    "Industry",    "Mines",    "Mining",         "Oil",    "Petroleum", "Production",
    "Tourism",     "Trade",    "Transport",      "Water",
};

/* After "and" at token a of an agency's name: is designator token j (an
 * industry plural such as "Industries") still part of it, with only field
 * words between and no capitalised word after? Not "Ministry of Energy and
 * Acme Industries". */
static int field_designator(const ctx *c, const designator *d, uint32_t a, uint32_t j,
                            uint32_t se) {
    const designator *dd = eg_rx_designator_at(c, j);
    if (a == NONE || strcmp(d->type, "agency") != 0 || !dd ||
        strcmp(dd->type, "organisation") != 0 ||
        !(tok_is(c, j, "Industries") || tok_is(c, j, "Investments")) ||
        (j + 1 < se && (is_cap_word(c, j + 1) || covered(c, j + 1))))
        return 0;
    for (uint32_t k = a + 1; k < j; k++)
        if (covered(c, k) || !WORD_IN_LIST(joined_fields, ttext(c, k), c->tv[k].len))
            return 0;
    return 1;
}

/* Words before "Nation" that make a common noun or a nickname, not a
 * people's body ("a First Nation", "the Rainbow Nation", "Start-up Nation"). */
static const char *const nation_kinds[] = {"First",  "Great", "Home",    "Host",    "Island",
                                           "Member", "Our",   "Rainbow", "Startup", "Whole"};

/* Designators of a church's see ("Diocese of Rwenzori"). */
static const char *const see_words[] = {"Archdiocese", "Diocese", "Eparchy"};

/* Heads of a state's offices named by their field after "of" ("Ministry of
 * Culture"): a country's word in front stays out of the name. */
static const char *const ministry_words[] = {"Department", "Ministry", "Office"};

/* Is token j an office-holder's word that belongs inside "Office of the
 * ..." headed at h ("Office of the Ombudsman", "Office of the Health
 * Ombudsman"), though it is a designator that would end the part? */
static int office_holder(const ctx *c, uint32_t h, uint32_t j) {
    return c->tv[j].len == 9 && tok_is(c, j, "Ombudsman") && tok_is(c, h, "Office");
}

/* The listed country mention that starts at token j and ends by se, not
 * written in capitals (a headline's or a dateline's), or NULL. */
static const eg_mention *country_from(const ctx *c, uint32_t j, uint32_t se) {
    if (!covered(c, j))
        return NULL;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
    if (m->tok_begin != j || m->tok_end > se || strcmp(eg_rx_ent_type(c, m->ent), "country") != 0 ||
        (c->tv[m->tok_begin].flags & EG_TOK_ALLCAPS))
        return NULL;
    return m;
}

/* The end of "in <country>" at token e (the "in") when a listed country
 * follows it whole and the sentence does not go on with its possessive or a
 * name ("in Israel’s north", "in Israel Railways"); else e. A city stays a
 * place of its own: "the Chamber of Shipping in Istanbul". */
static uint32_t in_country(const ctx *c, uint32_t e, uint32_t se) {
    const eg_mention *m = country_from(c, e + 1, se);
    if (!m)
        return e;
    uint32_t x = m->tok_end;
    if (x < se && ((c->tv[x].flags & EG_TOK_POSS) || is_cap_word(c, x) || covered(c, x) ||
                   (is_hyphen(c, x) && attached(c, x))))
        return e;
    return x;
}

/* Do the acronym at token a and the initials of the capitalised words in
 * [s, e) and of the country word at x agree ("Independent Power Producers’
 * Association, Nepal (IPPAN)")? */
static int initials_with(const ctx *c, uint32_t s, uint32_t e, uint32_t x, uint32_t a) {
    const char *t = ttext(c, a);
    size_t n = 0, len = c->tv[a].len;
    for (uint32_t j = s; j <= e; j++) {
        uint32_t k = j == e ? x : j;
        if (j < e && (c->tv[k].flags & (EG_TOK_WORD | EG_TOK_CAP)) != (EG_TOK_WORD | EG_TOK_CAP))
            continue;
        if (n >= len || (ttext(c, k)[0] | 0x20) != (t[n] | 0x20))
            return 0;
        n++;
    }
    return n == len;
}

/* The end of a country after a name [s, e) of an organisation with a word
 * after its head when an en dash or a comma joins it as the body's country
 * ("Institute for Strategy and Policy – Myanmar, a think tank", "Independent
 * Power Producers’ Association, Nepal (IPPAN)"); else e. The dash needs the
 * sentence to go on with punctuation ("the Asian Development Bank – Kenya
 * deal" is a pair), the comma an acronym of the whole name ("the Garment
 * Association, Cambodia’s largest", "the Farmers’ Union, Kenya (KFU)"). */
static uint32_t country_tail(const ctx *c, uint32_t s, uint32_t e, uint32_t se) {
    int dash = tok_is(c, e, "\xE2\x80\x93");
    if (!dash && !tok_is(c, e, ","))
        return e;
    const eg_mention *m = country_from(c, e + 1, se);
    if (!m)
        return e;
    uint32_t x = m->tok_end;
    if (dash)
        return x == se || tok_is(c, x, ",") || tok_is(c, x, ".") || tok_is(c, x, ";") ||
                       tok_is(c, x, "(")
                   ? x
                   : e;
    return x + 2 < se && tok_is(c, x, "(") && eg_rx_acronym_shape(c, x + 1) &&
                   tok_is(c, x + 2, ")") && initials_with(c, s, e, e + 1, x + 1)
               ? x
               : e;
}

static eg_status rule_designator(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t h,
                                 const designator *d, eg_error *err) {
    const eg_doc *doc = c->doc;
    uint32_t ofend = NONE, ofstart = NONE, q, oftok = h + 1;
    if ((d->flags & DES_OF) && strcmp(d->type, "agency") == 0 && h + 3 < se &&
        tok_is(c, h + 1, "General") && (tok_is(c, h + 2, "for") || tok_is(c, h + 2, "of")) &&
        (is_cap_word(c, h + 3) || covered(c, h + 3) || tok_is(c, h + 3, "the"))) {
        ofstart = h + 3; /* "Directorate General for Disaster Management" */
        oftok = h + 2;
    } else if ((d->flags & DES_OF) && h + 2 < se &&
               (tok_is(c, h + 1, "of") || tok_is(c, h + 1, "for") ||
                /* a place word before "on" ends its name: "Bangkok Port on the
                 * Chao Phraya River", not "Committee on Foreign Affairs" */
                (tok_is(c, h + 1, "on") && strcmp(d->type, "location") != 0) ||
                tok_is(c, h + 1, "Against") ||
                (tok_is(c, h + 1, "against") &&
                 WORD_IN_LIST(crimes, ttext(c, h + 2), c->tv[h + 2].len))))
        ofstart = h + 2;
    else if ((d->flags & DES_OF) && h + 2 < se && !is_joiner(c, h + 1) &&
             (q = particles_before_name(c, h + 1, se)) != NONE)
        ofstart = q; /* "Association des Dialysés du Littoral" */
    else if (!(d->flags & (DES_OF | DES_HEAD | DES_PREFIX)) && strcmp(d->type, "agency") == 0 &&
             eg_rx_strong_designator(d) && h + 2 < se &&
             WORD_IN_LIST(genitives, ttext(c, h + 1), c->tv[h + 1].len) &&
             (q = particles_before_name(c, h + 1, se)) != NONE)
        ofstart = q; /* "Tribunal da Relação de Lisboa" */
    if (ofstart != NONE && strcmp(d->form, "Port") == 0 && tok_is(c, ofstart, "Entry"))
        return EG_OK; /* a "Port of Entry" is a border crossing's kind, not its name */
    if (ofstart != NONE && strcmp(d->form, "Board") == 0 &&
        WORD_IN_LIST(board_members, ttext(c, ofstart), c->tv[ofstart].len))
        return EG_OK; /* "Board of Directors" is a company's organ, not a body */
    int inner = 0;
    if (ofstart != NONE) {
        uint32_t j = ofstart, n = 0, end = NONE, before_and = NONE, before_comma = NONE;
        uint32_t and_at = NONE;
        int listed_mod = 0, listed = 0; /* a listed body as a modifier; a comma list closed */
        if (tok_is(c, j, "the"))
            j++;
        /* a comma list of fields may run longer: "Ministry of Land Management,
         * Urban Planning and Construction" */
        while (j < se && n < (before_comma != NONE || listed ? MAX_OF_PART + 4 : MAX_OF_PART)) {
            if (covered(c, j)) {
                const eg_mention *m = &doc->ments.v[c->s->cover.v[j]];
                if (n == 0 && listed_word_in_name(c, d, m, j, se)) {
                    inner = 1; /* "Secretariat of Labour": not the Labour Party */
                } else if (n == 0 && listed_modifier(c, d, m, j, se)) {
                    listed_mod = 1; /* "Office of Bundeswehr Equipment, Information ..." */
                } else if (!eg_rx_replaceable(c, m) || m->tok_end > se) {
                    if (!listed_university_inside(c, m, j, se))
                        break;
                    inner = 2; /* "Student Federation of the University of Chile" */
                }
                n++;
                j = m->tok_end;
                if (j + 1 < se && is_hyphen(c, j) && attached(c, j) && attached(c, j + 1) &&
                    is_cap_word(c, j + 1)) {
                    /* "Port of Antwerp-Bruges", "Port of Gdańsk-Gdynia": one name */
                    const eg_mention *m2 =
                        covered(c, j + 1) ? &doc->ments.v[c->s->cover.v[j + 1]] : NULL;
                    if (!m2)
                        j += 2;
                    else if (m2->tok_begin == j + 1 && m2->tok_end <= se &&
                             eg_rx_replaceable(c, m2))
                        j = m2->tok_end;
                }
                end = j;
                continue;
            }
            uint32_t te;
            if (n > 0 && eg_rx_title_at(c, j, se, &te) && te < se && is_cap_word(c, te))
                break; /* "Office of the Special Prosecutor (OSP)" goes on */
            if (elided_cap(c, j)) {
                n++;
                end = ++j; /* "Conseil d’État" */
                continue;
            }
            if (org_word(c, j) || ((before_comma != NONE || listed) && cap_compound(c, j, se))) {
                const designator *dd = eg_rx_designator_at(c, j);
                int in_list = before_comma != NONE || listed;
                if (in_list && eg_rx_strong_designator(dd) && !(dd->flags & DES_PREFIX) &&
                    j + 1 < se && !org_word(c, j + 1) && !tok_is(c, j + 1, ",") &&
                    !tok_is(c, j + 1, "and")) {
                    n++;
                    end = ++j; /* "..., Information Systems" closes the list */
                    break;
                }
                /* a designator ends the part unless "of" puts it inside and
                 * nothing capitalised follows: "... of Abuse of Authority" */
                if (eg_rx_strong_designator(dd) && !(dd->flags & DES_PREFIX) &&
                    !(n == 0 && (dd->flags & DES_HEAD)) &&
                    /* a workplace before its members: "Union of Hospital Doctors" */
                    !(n == 0 && j + 1 < se && is_cap_word(c, j + 1) && members_word(c, j + 1)) &&
                    !(j + 1 < se && is_hyphen(c, j + 1) && attached(c, j + 1)) &&
                    !(n > 0 && tok_is(c, j - 1, "of") &&
                      (j + 1 >= se || !(is_cap_word(c, j + 1) || covered(c, j + 1)))) &&
                    !(office_holder(c, h, j) && (j + 1 >= se || !is_cap_word(c, j + 1))) &&
                    !is_particle(c, j - 1) && !field_designator(c, d, and_at, j, se) && !in_list &&
                    !coordinated_field(c, j, se) && !nested_university(c, dd, n, j, se))
                    break; /* "Union des Forces Démocratiques" goes on */
                j++;
                while (j + 1 < se && is_hyphen(c, j) && attached(c, j) && attached(c, j + 1) &&
                       (c->tv[j + 1].flags & EG_TOK_WORD) && !covered(c, j + 1))
                    j += 2;
                n++;
                end = j;
                continue;
            }
            if (end != NONE && end == j && (tok_is(c, j, "and") || tok_is(c, j, "&"))) {
                and_at = j;
                if (before_comma == NONE)
                    before_and = end;
                else
                    listed = 1;
                before_comma = NONE;
                j++;
                continue;
            }
            if (end != NONE && end == j && tok_is(c, j, ",") && j + 1 < se && org_word(c, j + 1) &&
                before_and == NONE && !listed) {
                if (before_comma == NONE)
                    before_comma = end; /* "Ministry of Power, Energy and Mineral Resources" */
                j++;
                continue;
            }
            if (end != NONE && end == j && j + 1 < se && org_word(c, j + 1) &&
                (tok_is(c, j, "against") ||
                 (tok_is(c, j, "in") &&
                  (tok_is(c, j - 1, "Trafficking") || tok_is(c, j - 1, "Trade") ||
                   tok_is(c, j - 1, "Crimes"))))) {
                j++; /* "Office for the Fight against Trafficking in Cultural Goods" */
                continue;
            }
            if (end != NONE && end == j && (c->tv[j].flags & EG_TOK_POSS) && attached(c, j) &&
                j + 1 < se && org_word(c, j + 1) && (and_at != NONE || members_word(c, j - 1))) {
                j++; /* "Centre for Trade Union and Workers’ Services", "Federation of
                        Hospital Doctors’ Unions of Greece" */
                continue;
            }
            if (end != NONE && end == j &&
                (tok_is(c, j, "of") || tok_is(c, j, "for") || tok_is(c, j, "the") ||
                 tok_is(c, j, "Across"))) {
                j++;
                if (j < se && tok_is(c, j, "the"))
                    j++;
                continue;
            }
            if (end != NONE && end == j && word_final_mark(c, j, sb, se)) {
                end = ++j; /* "Asociación de Mujeres Q’eqchi’ de Cobán" */
                continue;
            }
            if (end != NONE && end == j && (q = particle_acronym_end(c, j, se)) != NONE) {
                inner = 2;
                n++;
                end = j = q; /* "Asociación de Estudiantes de la UPNA" */
                break;
            }
            if (end != NONE && end == j && (q = particles_before_name(c, j, se)) != NONE) {
                j = q; /* "Commission de Surveillance du Secteur Financier" */
                continue;
            }
            break;
        }
        if (before_comma != NONE)
            end = before_comma; /* a comma no "and" closed: "Ministry of Power, Mr X said" */
        if (listed_mod && !listed)
            end = NONE; /* a listed body after "of" heads a name only before a list */
        else if (listed_mod)
            inner = 1;
        if (end != NONE && before_and != NONE && end < se) {
            const designator *next = eg_rx_designator_at(c, end);
            if (next && !(next->flags & DES_PREFIX))
                end = before_and;
        }
        ofend = end;
    }
    if ((d->flags & DES_PREFIX) && ofend == NONE)
        return EG_OK;
    if (d->flags & DES_HEAD) {
        if (ofend != NONE)
            return eg_rx_add_cand(c, h, ofend, si, K_ORG, d->type, -1, EG_ORIGIN_RULE, err);
        size_t before = c->s->cands.n;
        eg_status st = rule_head(c, si, sb, se, h, d, err);
        /* a head word with no name after it may end one ("Northbridge P&I Club",
         * "the Tapajós River", "Sexta Avenida") */
        if (st != EG_OK || c->s->cands.n != before || h == sb || !is_cap_word(c, h - 1) ||
            strcmp(d->type, "agency") == 0)
            return st;
        if (strcmp(d->type, "location") == 0 &&
            (tok_is(c, h - 1, "Radio") || tok_is(c, h - 1, "Rádio")))
            return st; /* "Radio Lago" is a station, not a lake */
    }
    if (!(d->flags & (DES_HEAD | DES_PREFIX)) && strcmp(d->type, "location") != 0 &&
        eg_rx_strong_designator(d) && oftok == h + 1 && h + 1 < se &&
        strcmp(d->form, "Nation") != 0 && /* "a One Nation Conservative MP" */
        postposed_adjective(c, h + 1)) {
        size_t before = c->s->cands.n;
        eg_status st = rule_head(c, si, sb, se, h, d, err);
        if (st == EG_OK && c->s->cands.n != before &&
            national_forces(c, h, c->s->cands.v[before].te))
            c->s->cands.v[before].type = "agency"; /* "Forces Armées Centrafricaines" */
        if (st != EG_OK || c->s->cands.n != before)
            return st; /* "Tribunal Superior Eleitoral" */
    }
    int sector = (d->flags & DES_SECTOR) != 0, place = strcmp(d->type, "location") == 0;

    uint32_t limit = strcmp(d->type, "agency") == 0 ? MAX_AGENCY_LEFT
                     : place                        ? MAX_PLACE_LEFT
                                                    : MAX_ORG_LEFT;
    uint32_t n = 0, s = h, j = h, nfree = 0;
    uint32_t s_and = h, n_and = 0;
    int over = 0, and_at = 0, des_left = 0, absorb = 0, site_left = 0, and_pair = 0;
    /* a church's see is named from its head: "the Roman Catholic Diocese of
     * Essen" is the Diocese of Essen, named so again further on */
    int see =
        ofstart != NONE && d->form[0] <= 'E' && WORD_IN_LIST(see_words, d->form, strlen(d->form));
    while (j > sb && !see) {
        uint32_t p = j - 1;
        if ((c->tv[j].flags & EG_TOK_LINE_START) && byline_above(c, j, sb))
            break; /* "By Jeong Ha-eun" over "Seoul Semiconductor said ..." */
        if (covered(c, p)) {
            const eg_mention *m = &doc->ments.v[c->s->cover.v[p]];
            if (listed_company_first(c, m, s, h, d) ||
                (s == h && ofend != NONE && ofend >= h + 3 && (d->flags & DES_OF) &&
                 strcmp(d->type, "organisation") == 0 && m->origin == EG_ORIGIN_GAZETTEER &&
                 m->tok_end == h && !(c->tv[m->tok_begin].flags & EG_TOK_ALLCAPS) &&
                 !tok_is(c, m->tok_begin, "The") && /* "The Independent Confederation of ..." */
                 strcmp(eg_rx_ent_type(c, m->ent), "organisation") == 0 && attached_space(c, h))) {
                /* "Tata Institute of Fundamental Research", "Red Cross Society of China" */
                s = m->tok_begin; /* "BMO Capital Markets": a company of its own */
                absorb = 1;
                n++;
                break;
            }
            if (!eg_rx_replaceable(c, m) || m->tok_begin < sb)
                break;
            j = s = m->tok_begin;
            if (!place && water_body(c, m->ent))
                nfree++; /* "Drina Gradnja", "Volga Shipping": a river names firms */
        } else if (WORD_IN_LIST(cardinals, ttext(c, p), c->tv[p].len) &&
                   (strcmp(d->type, "agency") == 0 || covered(c, p + 1) ||
                    eg_rx_country_word(c, p + 1) >= 0)) {
            break; /* "Two China Coast Guard ships" */
        } else if (org_word(c, p) || (eg_rx_designator_at(c, p) && is_cap_word(c, p)) ||
                   (s == j && hyphen_tail(c, p))) {
            if (and_at && eg_rx_designator_at(c, p))
                des_left = 1 + eg_rx_strong_designator(eg_rx_designator_at(c, p));
            if (and_at && s_and == s && WORD_IN_LIST(site_words, ttext(c, p), c->tv[p].len))
                site_left = 1;
            j = s = p; /* "Ala-Too Commercial Bank" */
            nfree += !listed_place(c, p) || (!place && water_word(c, p));
        } else if (s == j && s < h && !place && p > sb && tok_is(c, p, "All") &&
                   (tok_is(c, p - 1, "the") || tok_is(c, p - 1, "The") ||
                    (c->tv[p - 1].flags & EG_TOK_POSS))) {
            j = s = p; /* "the All Nepal Football Association" */
            nfree++;
        } else if (s == j &&
                   (tok_is(c, p, "&") || (is_hyphen(c, p) && attached(c, p) && attached(c, j)))) {
            j = p;
            continue;
        } else if (s == j && p > sb && !sector && !place &&
                   (tok_is(c, p, "of") || tok_is(c, p, "for")) && eg_rx_designator_at(c, p - 1)) {
            j = p;
            continue;
        } else if (s == j && p > sb && (c->tv[p].flags & EG_TOK_POSS) && attached(c, p) &&
                   (possessor_in_name(c, p - 1, sb, strcmp(d->type, "agency") == 0) ||
                    (place && site_possessor(c, p - 1, sb)))) {
            /* "Scottish Fishermen’s Federation", "Prosecutors’ Office" */
            j = p;
            continue;
        } else if (s == j && p > sb && tok_is(c, p, ".") && attached(c, p) &&
                   (saint_dot(c, p) || (eg_rx_is_initial_letter(c, p - 1) && !covered(c, p - 1)))) {
            j = s = p - 1; /* "St. Brendan’s Medical Center", "Mt. Apo Aggregates Corp.",
                              "S. Alam Group" */
        } else if (s == j && j == h && p > sb + 3 && strcmp(d->form, "o.o.") == 0 &&
                   tok_is(c, p, "z") && tok_is(c, p - 1, ".") && attached(c, p - 1) &&
                   tok_is(c, p - 2, "Sp") && !covered(c, p - 3)) {
            /* "Ursus Dźwigi Sp. z o.o.": the Polish limited company, one legal
             * form (a listed name before it stays the listed company) */
            j = p - 2;
            continue;
        } else if (s == j && j == h && p > sb + 1 && tok_is(c, p, ",") &&
                   strcmp(d->type, "organisation") == 0 && comma_form(c, h) &&
                   is_cap_word(c, p - 1)) {
            j = p; /* "Lusolítio Minerais, S.A.", "Acme Brands, Inc." */
            continue;
        } else if (s == j && p > sb && tok_is(c, p, ",") && strcmp(d->type, "organisation") == 0 &&
                   !sector && partner_list(c, p, h)) {
            j = p; /* "Boakye, Lartey & Co." */
            continue;
        } else if (s == j && p > sb && !and_at && tok_is(c, p, "and") && is_cap_word(c, p - 1) &&
                   !covered(c, p - 1) && !eg_rx_tok_class(c, p - 1)) {
            and_at = 1;
            and_pair = field_pair(c, p - 1, p + 1);
            s_and = s;
            n_and = n;
            j = p;
            continue;
        } else if (s == j && p > sb && (c->tv[p].flags & EG_TOK_WORD) &&
                   !(c->tv[p].flags & EG_TOK_CAP) &&
                   (WORD_IN_LIST(foreign_of, ttext(c, p), c->tv[p].len) || tok_is(c, p, "van") ||
                    tok_is(c, p, "von") || tok_is(c, p, "der") || tok_is(c, p, "ve"))) {
            /* "Adalet ve Kalkınma Partisi" */
            j = p;
            continue;
        } else {
            break;
        }
        if (++n > limit) {
            over = 1;
            break;
        }
    }
    /* a place named after a title and a name, after a preposition and "the":
     * "to the General San Martín Bridge", "at the Ambassador Bridge" (not a
     * person; not a head word that is a name too: "to the Unification
     * Minister Park") */
    uint32_t tte;
    int titled = place && !over && !and_at && ofend == NONE && s > sb + 1 && s < h &&
                 tok_is(c, s - 1, "the") && site_prep(c, s - 2) && !covered(c, s) &&
                 !eg_rx_given_name(c, h) && eg_rx_title_at(c, s, h, &tte) && tte <= h;
    uint32_t e = ofend != NONE ? ofend : h + 1;
    if (ofend != NONE && oftok == h + 1 && s < h && !and_at && !over &&
        strcmp(d->type, "agency") == 0 && d->form[0] <= 'O' &&
        WORD_IN_LIST(ministry_words, d->form, strlen(d->form))) {
        const eg_mention *m = covered(c, s) ? &doc->ments.v[c->s->cover.v[s]] : NULL;
        long g = m ? -1 : s + 1 == h ? eg_rx_country_word(c, s) : -1;
        if (m ? m->tok_end == h && strcmp(eg_rx_ent_type(c, m->ent), "country") == 0 : g >= 0) {
            /* "the Kazakh Ministry of Internal Affairs": the demonym is a mention of the
             * country of its own (the matcher may have left it to the name) */
            if (g >= 0) {
                long de = eg_doc_gazent(c->doc, (int32_t)g);
                const char *nm = eg_gazetteer_name(c->g, (size_t)g);
                eg_status st =
                    de < 0 ? eg_rx_oom(doc->origin, 0, err)
                           : eg_rx_add_cand(c, s, h, si, K_ORG, NULL, (int32_t)de,
                                            strlen(nm) == c->tv[s].len &&
                                                    memcmp(nm, ttext(c, s), c->tv[s].len) == 0
                                                ? EG_ORIGIN_GAZETTEER
                                                : EG_ORIGIN_DEMONYM,
                                            err);
                if (st != EG_OK)
                    return st;
            }
            s = h;
        }
    }
    if (and_at && !over && des_left < 2 && s > sb &&
        (strcmp(d->type, "agency") == 0 ||
         (strcmp(d->type, "organisation") == 0 && !sector && s < s_and && !covered(c, s_and) &&
          eg_rx_listed_word(c, s_and, NULL) < 0 && !eg_rx_given_name(c, s_and))) &&
        (tok_is(c, s - 1, "the") || tok_is(c, s - 1, "The") || (c->tv[s - 1].flags & EG_TOK_POSS)))
        and_at = 0; /* "the Ghana Ports and Harbours Authority", "Singapore’s Maritime and
                       Port Authority", "the Teachers and Educational Workers Union", "Latvia’s
                       State Defence Logistics and Procurement Centre" */
    if (and_at && !over && des_left < 2 && strcmp(d->form, "Fund") == 0 && s < s_and &&
        eg_rx_country_word(c, s) >= 0 && state_fund(c, d, s, s + 1, h))
        and_at = 0; /* "Denmark Export and Investment Fund": a country's fund */
    if (and_at && !over && site_left && strcmp(d->type, "organisation") == 0 &&
        eg_rx_legal_form(d) && n_and >= 2 && s < s_and && !listed_place(c, s_and) &&
        !covered(c, s_and) && !(s > sb && is_particle(c, s - 1)))
        and_at = 0; /* "Duqm Refinery and Petrochemical Industries Company": a site's firm */
    if (and_at && and_pair && !over && s < s_and && (!des_left || (des_left == 1 && s + 2 < s_and)))
        and_at = 0; /* "Misr Spinning and Weaving Company", "Kivalliq Hunters and Trappers
                       Association": two words of one trade, one name, also when the first
                       is a sector word after a name word ("Kosmos Oil and Gas Ltd", "Kasai
                       Mining and Smelting Ltd"; not "Ministry of Mines and Oil and Gas
                       Ltd") */
    if (and_at && !over && des_left < 2 && s < s_and && n - n_and >= 2 &&
        and_trade_form(c, d, s, s_and, h))
        and_at = 0; /* "Kim Yong Hotel and Casino Co Ltd", "Summit Ridge Treks and
                       Expedition Pvt Ltd": one trade word after "and", then the legal
                       form, closes one company's name */
    if (and_at && (over || !eg_rx_introduces_alias(c, s, e, se))) {
        /* "Department of Justice and Federal Bureau of Investigation": two
         * names; "Kenya Power and Lighting Company": one we cannot confirm */
        if (!des_left)
            return EG_OK;
        s = s_and;
        n = n_and;
        over = 0;
    }
    if (over || (n == 0 && ofend == NONE))
        return EG_OK;
    if (ofend == NONE && e < se && !place && !sector &&
        (strcmp(d->form, "College") == 0 || strcmp(d->form, "University") == 0)) {
        uint32_t pe = place_at(c, e, se);
        if (pe != NONE && (pe >= se || !(is_cap_word(c, pe) || covered(c, pe))))
            e = pe; /* "Trinity College Dublin", "University College London" */
    }
    if (ofend == NONE && e < se && s < h && !place && !sector && court_city(c, d, e, se))
        e++; /* "Basic Civil Court Skopje", "Higher Court Belgrade": a court named by its seat */
    else if (ofend == NONE && e == h + 1 && e < se && s < h && !place && !sector &&
             attached_space(c, e) && (c->tv[e].flags & EG_TOK_CAP) &&
             strcmp(d->form, "Forces") != 0 && strcmp(d->form, "Army") != 0) {
        /* "Stanbic Bank Uganda", "Galamsey Watch Ghana", "Investment Board Nepal",
         * "Securities Commission Malaysia": a body of one country, or a firm's arm
         * there, is named with the country after the head ("Bank Indonesia" has no
         * name word before the head); the matcher may have left a one-word
         * country to the capitalised run; "US Forces Japan" is a command, left to
         * the military rules */
        uint32_t ce = NONE;
        if (covered(c, e)) {
            const eg_mention *cm = &doc->ments.v[c->s->cover.v[e]];
            if (cm->tok_begin == e && cm->origin == EG_ORIGIN_GAZETTEER && cm->tok_end <= se &&
                strcmp(eg_rx_ent_type(c, cm->ent), "country") == 0)
                ce = cm->tok_end;
        } else if (is_cap_word(c, e) && eg_rx_country_word(c, e) >= 0) {
            ce = e + 1;
        }
        if (ce != NONE && (ce >= se || !(is_cap_word(c, ce) || covered(c, ce) ||
                                         (c->tv[ce].flags & EG_TOK_POSS))))
            e = ce;
    }
    if (ofend == NONE && e == h + 1 && !place && !sector && seat_in_name(c, d, s, h, e, se))
        e = place_at(c, e + 1, se); /* "Westminster International University in Tashkent" */
    if (e + 1 < se && !place && !sector && tok_is(c, e, "in") &&
        (((s < h || ofend != NONE) && members_body(d)) || (ofend != NONE && cause_body(d))))
        e = in_country(c, e, se); /* "Union of Journalists in Israel", "Front for Change and
                                     Concord in Chad" */
    if (e + 1 < se && !place && !sector && (s < h || ofend != NONE) &&
        strcmp(d->type, "organisation") == 0)
        e = country_tail(c, s, e, se); /* "Institute for Strategy and Policy – Myanmar" */
    uint32_t te0;
    if (!place && eg_rx_title_at(c, s, se, &te0) && te0 >= e)
        return EG_OK; /* "Chief Executive" is a title */
    if (ofend == NONE && e == h + 1 && e < se && is_cap_word(c, e) && !eg_rx_designator_at(c, e) &&
        eg_rx_title_at(c, h, se, &te0))
        return EG_OK; /* "Commission Executive Vice-President": the title starts there */
    if (ofend == NONE && e < se && is_cap_word(c, e) && !covered(c, e) &&
        !(c->tv[e].flags & EG_TOK_ALLCAPS) && !eg_rx_tok_class(c, e) &&
        !eg_rx_designator_at(c, e) && !money_word(c, e)) {
        uint32_t te;
        if (sector || place || !eg_rx_title_at(c, e, se, &te))
            return EG_OK;
    }
    if ((sector || place) && !(place && s == h && ofend != NONE) && !titled &&
        !weak_shape_ok(c, sb, se, s, e, nfree, place))
        return EG_OK; /* "Bay of Bengal" needs no word before */
    if (sector && field_sector(d) && (e - s < 3 || is_generic_adjective(ttext(c, s), c->tv[s].len)))
        return EG_OK; /* "Delta Maritime Research", not "Market Research", "Global Equity
                          Research" */
    if (ofend == NONE && e == h + 1 && s < h && !place && strcmp(d->type, "organisation") == 0 &&
        !eg_rx_legal_form(d) && e + 1 < se && tok_is(c, e, "&") && is_cap_word(c, e + 1) &&
        !covered(c, e + 1) && !(c->tv[e + 1].flags & EG_TOK_ALLCAPS) &&
        !eg_rx_tok_class(c, e + 1) && eg_rx_listed_word(c, e + 1, NULL) < 0 &&
        (e + 2 >= se || !(is_cap_word(c, e + 2) || covered(c, e + 2))))
        e += 2; /* "Cascade Power & Light", "Pacific Gas & Electric": one company */
    if (!place && e + 2 < se && tok_is(c, e, "A") && tok_is(c, e + 1, "/") &&
        tok_is(c, e + 2, "S") && attached(c, e + 1) && attached(c, e + 2))
        e += 3; /* Danish and Norwegian "A/S" */
    else if (!place && e == h + 1 &&
             (strcmp(d->form, "S.A.P.I.") == 0 || strcmp(d->form, "S.P.R.") == 0) &&
             mx_tail(c, e, se)) {
        /* Mexican "S.A.P.I. de C.V.", "S.P.R. de R.L.": the tail is part of the
         * form (not yet after "S.A.": the resolver would not link "X" to "X S.A.
         * de C.V.") */
        e += 2;
        if (mx_tail(c, e, se))
            e += 2;
    } else if (!place && e == h + 1 && e < se && tok_is(c, e, ".") && attached(c, e) &&
               WORD_IN_LIST(abbreviations, d->form, strlen(d->form)) &&
               (e + 1 < se || (e + 1 < c->ntok && !(c->tv[e + 1].flags & EG_TOK_LINE_START) &&
                               (tok_is(c, e + 1, ".") || !(c->tv[e + 1].flags & EG_TOK_CAP)))))
        e++; /* "Sahel Gold Corp., giving": the dot belongs to the name, also where the
                sentence was cut after it ("Mineração Ltda. 48 million", "Resources Corp..") */
    if (s < h && e + 2 < se && tok_is(c, e, "(") && tok_is(c, e + 2, ")") &&
        eg_rx_acronym_shape(c, e + 1) && ttext(c, s)[0] != ttext(c, e + 1)[0]) {
        /* "Dutch Fiscal Information and Investigation Service (FIOD)": the
         * acronym shows where the name starts */
        uint32_t after = NONE;
        if (covered(c, s)) {
            const eg_mention *m = &doc->ments.v[c->s->cover.v[s]];
            if (m->tok_begin == s && eg_rx_replaceable(c, m))
                after = m->tok_end;
        } else if (listed_place(c, s)) {
            after = s + 1;
        }
        if (after != NONE && after < h && ttext(c, after)[0] == ttext(c, e + 1)[0])
            s = after;
    }
    if (ofend == NONE && strcmp(d->form, "League") == 0 && s + 1 == h &&
        (tok_is(c, s, "Champions") || tok_is(c, s, "Europa") || tok_is(c, s, "Conference") ||
         tok_is(c, s, "Nations")))
        return EG_OK; /* "Champions League", "Nations League": competitions, not bodies */
    if (ofend == NONE && s + 1 == h && d->form[0] == 'N' && strcmp(d->form, "Nation") == 0 &&
        WORD_IN_LIST(nation_kinds, ttext(c, s), c->tv[s].len))
        return EG_OK; /* "a single First Nation", "the Rainbow Nation": no name */
    const char *type = name_type(c, d, s, h, ofend != NONE ? oftok : NONE, e);
    if (strcmp(type, "organisation") == 0 && s >= sb + 3 && tok_is(c, s - 1, "the") &&
        tok_is(c, s - 2, ",") && LOWER_IN(s - 3, regulator_nouns))
        type = "agency"; /* "India’s drug regulator, the Central Drugs ... Organisation" */
    if (strcmp(type, "agency") == 0 && org_apposition(c, e, se))
        type = "organisation"; /* "the Hungarian Helsinki Committee, a rights group" */
    else if (strcmp(type, "organisation") == 0 && !eg_rx_legal_form(d) &&
             state_apposition(c, e, se))
        type = "agency"; /* "Guadalquivir Hydrographic Confederation, the state body that" */
    eg_status st = eg_rx_add_cand(c, s, e, si, K_ORG, type, -1, EG_ORIGIN_RULE, err);
    if (st == EG_OK && absorb)
        c->s->cands.v[c->s->cands.n - 1].absorb = 1;
    if (st == EG_OK && inner && ofend != NONE && e >= ofend)
        c->s->cands.v[c->s->cands.n - 1].inner = (uint32_t)inner;
    return st;
}

int eg_rx_business_agency(const ctx *c, uint32_t j) {
    return j >= 1 && (LOWER_IN(j - 1, agency_kinds) || tok_is(c, j - 1, "PR"));
}

/* Is token j a lower-case noun for a state body after a name's comma
 * ("Puertos del Estado, the Spanish state port authority", "Natural
 * Resources Wales, the regulator for Wales"), not a business's agency? */
static int state_noun(const ctx *c, uint32_t j) {
    if (c->tv[j].flags & EG_TOK_CAP)
        return 0;
    if (tok_is(c, j, "agency"))
        return !eg_rx_business_agency(c, j);
    return LOWER_IN(j, regulator_nouns) || tok_is(c, j, "ministry") || tok_is(c, j, "inspectorate");
}

/* Is the "agency" at token q, described after a name's comma with the
 * article at token a, a business: a place's agency ("a Cairo-based agency",
 * "the Thamel-based agency", "a Miami agency") or one with an indefinite
 * article and no word of the state before it ("an agency that recruited
 * students"), unlike "a state agency", "a civilian agency"? */
static int private_agency(const ctx *c, uint32_t a, uint32_t q) {
    static const char *const state_words[] = {
        "civilian", "customs",    "federal",  "government", "governmental", "intelligence",
        "military", "municipal",  "national", "police",     "provincial",   "public",
        "regional", "regulatory", "security", "spy",        "state",        "statutory",
    };
    if (q >= 2 && tok_is(c, q - 1, "based") && is_hyphen(c, q - 2) && attached(c, q - 2))
        return 1; /* "a Cairo-based agency" */
    if (!tok_is(c, a, "a") && !tok_is(c, a, "an"))
        return 0;
    for (uint32_t k = a + 1; k < q; k++)
        if (LOWER_IN(k, state_words) || (c->tv[k].flags & EG_TOK_POSS) ||
            (covered(c, k) &&
             strcmp(eg_rx_ent_type(c, c->doc->ments.v[c->s->cover.v[k]].ent), "location") != 0))
            return 0; /* "a state agency", "a Kenyan agency", "an EU agency" */
    return 1;
}

/* Is token j the last part of an organisation noun written with a hyphen
 * ("start-up", "non-profit", "not-for-profit"; their plurals with `plural`),
 * which the tokenizer splits at the hyphen? */
static int hyphen_noun(const ctx *c, uint32_t j, int plural) {
    if (j < 2 || !is_hyphen(c, j - 1) || !attached(c, j - 1) || !attached(c, j))
        return 0;
    if (j + 1 < c->ntok && (c->tv[j + 1].flags & EG_TOK_WORD) &&
        !(c->tv[j + 1].flags & EG_TOK_CAP) && !org_follower(c, j + 1))
        return 0; /* a modifier: "a start-up carrier", "a non-profit hospital" */
    if (tok_is(c, j, "up") || (plural && tok_is(c, j, "ups")))
        return tok_is(c, j - 2, "start");
    if (tok_is(c, j, "profit") || (plural && tok_is(c, j, "profits")))
        return tok_is(c, j - 2, "non") || tok_is(c, j - 2, "for");
    return 0;
}

/* Is token j an organisation noun (or its plural with `plural`)? */
/* "side" at token j as a sports team: after a demonym ("Paraguayan side
 * Sportivo Luqueño", "a Bulgarian side") or a division ("second-division
 * side", "third-tier side", "top-flight side"), not "the other side" or "on
 * his side". */
static int sports_side(const ctx *c, uint32_t j) {
    static const char *const tiers[] = {"division", "flight", "tier"};
    if (j >= 3 && LOWER_IN(j - 1, tiers) && is_hyphen(c, j - 2) && attached(c, j - 2) &&
        attached(c, j - 1))
        return 1;
    if (j < 1 || !covered(c, j - 1))
        return 0;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j - 1]];
    return m->origin == EG_ORIGIN_DEMONYM && m->tok_end == j;
}

static int org_noun(const ctx *c, uint32_t j, int plural) {
    if (tok_is(c, j, "NGO") || (plural && tok_is(c, j, "NGOs")))
        return 1;
    const char *w = eg_rx_lower_word(c, j); /* the memoised lower-case form */
    if (!w)
        return 0;
    if (w[0] == 't' && strcmp(w, "tank") == 0) /* "think tank", "think-tank" */
        return j >= 1 && ((j >= 2 && is_hyphen(c, j - 1) && tok_is(c, j - 2, "think")) ||
                          tok_is(c, j - 1, "think"));
    if (plural && w[0] == 'm' &&
        strcmp(w, "monitors") == 0) /* "one of the best-known election monitors" */
        return j >= 1 && (tok_is(c, j - 1, "election") || tok_is(c, j - 1, "elections"));
    if (w[0] == 's' && strcmp(w, "side") == 0) /* "Paraguayan side", "second-division side" */
        return sports_side(c, j);
    if (w[0] == 'h' &&
        (strcmp(w, "house") == 0 || strcmp(w, "houses") == 0)) /* "the fashion house" */
        return j >= 1 && LOWER_IN(j - 1, house_kinds);
    if (w[0] == 'a' && (strcmp(w, "agency") == 0 || (plural && strcmp(w, "agencies") == 0)))
        return eg_rx_business_agency(c, j);
    if (w[0] == 's' &&
        strcmp(w, "station") == 0) /* "the radio station X", not "the metro station X" */
        return j >= 1 && (tok_is(c, j - 1, "radio") || tok_is(c, j - 1, "television") ||
                          tok_is(c, j - 1, "TV") || tok_is(c, j - 1, "broadcast"));
    if (w[0] == 'c' &&
        strcmp(w, "channel") == 0) /* "private channel TV Tatra", not "the Telegram channel X" */
        return !(j >= 1 && (c->tv[j - 1].flags & EG_TOK_CAP));
    if (w[0] == 'r' && strcmp(w, "rival") == 0) /* "in a bid to rival Koper": a verb */
        return !(j >= 1 && LOWER_IN(j - 1, verb_before_rival));
    if (LOWER_IN(j, org_nouns))
        return 1;
    if ((w[0] == 'u' || w[0] == 'p') && hyphen_noun(c, j, plural)) /* "start-up", "non-profit" */
        return 1;
    size_t n = c->tv[j].len; /* the lower-case form is as long as the token */
    if (!plural || n < 3 || w[n - 1] != 's')
        return 0;
    char buf[16];
    memcpy(buf, w, n + 1);
    if (n > 4 && buf[n - 2] == 'e' && buf[n - 3] == 'i') { /* companies */
        buf[n - 3] = 'y';
        buf[n - 2] = '\0';
        return IN_LIST(org_nouns, buf);
    }
    buf[n - 1] = '\0';
    return IN_LIST(org_nouns, buf);
}

/* An organisation's name from token j: one to five capitalised words (names
 * from lists that are demonyms, countries or places may be inside), joined by
 * "for", "of", "&", "de" or hyphens when a capitalised word follows ("and"
 * would join two names: "Van Rijn Transport and Aldervale University").
 * Returns the token after it, or NONE; no title, no person's given name
 * first, and no capitalised word right after. */
static uint32_t org_name_given(const ctx *c, uint32_t j, uint32_t se, int given);

static uint32_t org_name(const ctx *c, uint32_t j, uint32_t se) {
    return org_name_given(c, j, se, 0);
}

uint32_t eg_rx_org_name(const ctx *c, uint32_t j, uint32_t se) {
    return org_name(c, j, se);
}

/* The Arabic article joined by a hyphen to a capitalised word inside a name,
 * at token j: "al-Sahel", "el-Nour", "wal-Muslimin" ("and the"). */
static int arabic_article(const ctx *c, uint32_t j, uint32_t se) {
    static const char *const articles[] = {"ad", "al", "an", "ar", "as", "ash",
                                           "at", "az", "el", "ud", "ul", "wal"};
    return j + 2 < se && LOWER_IN(j, articles) && is_hyphen(c, j + 1) && attached(c, j + 1) &&
           attached(c, j + 2) && (is_cap_word(c, j + 2) || covered(c, j + 2));
}

/* org_name; with `given` the name may start with a given name ("Barry
 * Callebaut, the world’s biggest chocolate maker"). */
static uint32_t org_name_given(const ctx *c, uint32_t j, uint32_t se, int given) {
    uint32_t k = j, n = 0, end = NONE, e;
    if (j >= se || eg_rx_title_at(c, j, se, &e) || !(is_cap_word(c, j) || covered(c, j)))
        return NONE;
    while (k < se && n < 5) {
        if (covered(c, k)) {
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[k]];
            if (!eg_rx_replaceable(c, m) || m->tok_begin < k || m->tok_end > se)
                break;
            k = end = m->tok_end;
            n++;
            continue;
        }
        if (org_word(c, k) && !eg_rx_title_at(c, k, se, &e)) {
            k++;
            while (k + 1 < se && is_hyphen(c, k) && attached(c, k) && attached(c, k + 1) &&
                   (c->tv[k + 1].flags & EG_TOK_WORD) && !covered(c, k + 1))
                k += 2;
            if (k + 1 < se && saint_dot(c, k) && is_cap_word(c, k + 1) && !covered(c, k + 1))
                k++; /* "Mt. Apo Aggregates" */
            end = k;
            n++;
            continue;
        }
        if (end == k && n > 0 && arabic_article(c, k, se)) {
            k += 2; /* "Suqur al-Sahel", "Nusrat al-Islam wal-Muslimin" */
            if (covered(c, k)) {
                const eg_mention *m = &c->doc->ments.v[c->s->cover.v[k]];
                if (!eg_rx_replaceable(c, m) || m->tok_begin < k || m->tok_end > se)
                    break;
                k = m->tok_end;
            } else {
                k++;
            }
            end = k;
            n++;
            continue;
        }
        if (end == k && n > 0 && elided_cap(c, k)) {
            end = ++k; /* "Federació d'Associacions ..." */
            n++;
            continue;
        }
        if (end == k && k + 1 < se && n > 0 &&
            (tok_is(c, k, "for") || tok_is(c, k, "of") || tok_is(c, k, "&") ||
             WORD_IN_LIST(foreign_of, ttext(c, k), c->tv[k].len)) &&
            is_cap_word(c, k + 1) && !covered(c, k + 1)) {
            k++;
            continue;
        }
        if (end == k && k + 1 < se && n > 0 && WORD_IN_LIST(genitives, ttext(c, k), c->tv[k].len) &&
            covered(c, k + 1)) {
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[k + 1]];
            if (eg_rx_replaceable(c, m) && m->tok_begin == k + 1 && m->tok_end <= se) {
                k++; /* "Porto Seco do Lobito": a listed place after "do" */
                continue;
            }
        }
        if (end == k && k + 2 < se && n > 0 && is_joiner(c, k) &&
            WORD_IN_LIST(foreign_of, ttext(c, k + 1), c->tv[k + 1].len) && is_cap_word(c, k + 2) &&
            !covered(c, k + 2)) {
            k += 2; /* "Générale des Carrières et des Mines" */
            continue;
        }
        break;
    }
    if (end == NONE ||
        (end < se && ((is_cap_word(c, end) && !money_word(c, end)) || covered(c, end))))
        return NONE;
    uint32_t free = 0;
    for (uint32_t q = j; q < end; q++)
        free += !covered(c, q) && is_cap_word(c, q);
    if (!free ||
        (!given && eg_rx_given_name(c, j) && end > j + 1 && !eg_rx_designator_at(c, end - 1)))
        return NONE;
    return end;
}

/* Is token j, after a firm's "&", a one-word listed place or country
 * ending the name ("Nishimura & Asahi", "Pérez Bustamante & Ponce"): a
 * partner's surname that the lists know as a town? */
static int amp_place(const ctx *c, uint32_t j, uint32_t se) {
    if (!covered(c, j) || !is_cap_word(c, j) ||
        (j + 1 < se && (is_cap_word(c, j + 1) || covered(c, j + 1))))
        return 0;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
    return m->tok_begin == j && m->tok_end == j + 1 && m->origin == EG_ORIGIN_GAZETTEER &&
           eg_rx_replaceable(c, m);
}

/* A firm's name from token j after "the law firm": one to four capitalised
 * words, a given name first allowed ("Arthur Cox"), joined by "&" ("Bennani
 * Tazi & Associés", and to a last word the lists know as a place: amp_place),
 * or two single words joined by "and" ("Lee and Li").
 * Returns the token after it, or NONE when a capitalised word follows, or
 * with `no_past` a verb in the past tense ("the law firm Jane Doe founded"). */
static uint32_t firm_name(const ctx *c, uint32_t j, uint32_t se, int no_past) {
    uint32_t k = j, n = 0, te;
    while (k < se && n < 4 && is_cap_word(c, k) && !covered(c, k) && !eg_rx_tok_class(c, k) &&
           !eg_rx_title_at(c, k, se, &te)) {
        k++;
        while (k + 1 < se && is_hyphen(c, k) && attached(c, k) && attached(c, k + 1) &&
               is_cap_word(c, k + 1) && !covered(c, k + 1))
            k += 2;
        n++;
        if (k + 1 < se && tok_is(c, k, "&") && is_cap_word(c, k + 1) && !covered(c, k + 1))
            k++; /* "Bennani Tazi & Associés" */
        else if (k + 1 < se && tok_is(c, k, "&") && amp_place(c, k + 1, se))
            return k + 2; /* "Nishimura & Asahi", "Pérez Bustamante & Ponce" */
    }
    if (n == 0)
        return NONE;
    if (n == 1 && k + 1 < se && tok_is(c, k, "and") && is_cap_word(c, k + 1) &&
        !covered(c, k + 1) && !eg_rx_tok_class(c, k + 1))
        k += 2; /* "Lee and Li", "Slaughter and May" */
    if (k < se && (is_cap_word(c, k) || covered(c, k) || (no_past && past_form(c, k))))
        return NONE;
    return k;
}

/* "said it", "says it would", "said on Monday that it": a speech verb at
 * token e whose subject is then "it", a thing rather than a person. */
static int says_it(const ctx *c, uint32_t e, uint32_t se) {
    if (e >= se || !(tok_is(c, e, "said") || tok_is(c, e, "says")))
        return 0;
    for (uint32_t q = e + 1; q < se && q <= e + 5; q++) {
        if (tok_is(c, q, "it") || tok_is(c, q, "its"))
            return 1;
        if (!(c->tv[q].flags & EG_TOK_WORD) || tok_is(c, q, "he") || tok_is(c, q, "she") ||
            tok_is(c, q, "they"))
            return 0;
    }
    return 0;
}

/* A capitalised word ending in "ly" ("Separately, the group ..."). */
static int adverb_like(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    const char *s = ttext(c, j);
    return t->len > 3 && s[t->len - 2] == 'l' && s[t->len - 1] == 'y';
}

/* Determiners that, like "the", open a description of a body named next:
 * "His party, Fuerza Arequipeña,", "another chain, Hinode Mart,", "Their
 * union, Sindicato Minero,". */
static const char *const describing_determiners[] = {"another", "her", "his",  "its",
                                                     "our",     "the", "their"};

/* Modifiers of a body of the state ("the national medicines laboratory"). */
static const char *const state_modifiers[] = {"federal",  "government", "municipal",
                                              "national", "public",     "state"};

/* A describing determiner opening the sentence ("His", "The", "Another"). */
static int sentence_determiner(const ctx *c, uint32_t j) {
    char buf[16];
    return c->tv[j].len < sizeof buf &&
           eg_rx_ascii_lower(ttext(c, j), c->tv[j].len, buf, sizeof buf) &&
           IN_LIST(describing_determiners, buf);
}

/* An ordinal after "a" ("A third carrier, Nordlys Line,"). */
static const char *const ordinals[] = {"fifth", "fourth", "second", "third"};

/* Before the organisation noun at token i: a possessive or "the", then up to
 * three lower-case modifiers ("Bangladesh’s state energy company"); also a
 * possessive pronoun, "another", "a second" or "The" opening the sentence
 * before a noun that never names a person ("Its parent company,"; not "His
 * rival, Juan Pérez,"). */
static int owner_before(const ctx *c, uint32_t sb, uint32_t i) {
    uint32_t p = i;
    int firm_only = !LOWER_IN(i, person_like_nouns);
    for (int k = 0; k <= 3 && p > sb; k++) {
        const eg_token *t = &c->tv[p - 1];
        if ((t->flags & EG_TOK_POSS) || tok_is(c, p - 1, "the"))
            return 1;
        if (LOWER_IN(p - 1, state_modifiers))
            firm_only = 0; /* "The state utility, Servicios de Agua": a body of the state */
        if (firm_only && (t->flags & EG_TOK_WORD) &&
            (LOWER_IN(p - 1, describing_determiners) ||
             (p - 1 == sb && (t->flags & EG_TOK_CAP) && sentence_determiner(c, p - 1)) ||
             (LOWER_IN(p - 1, ordinals) && p - 1 > sb &&
              (tok_is(c, p - 2, "a") || tok_is(c, p - 2, "A")))))
            return 1;
        if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP) || covered(c, p - 1) ||
            eg_rx_tok_class(c, p - 1))
            return 0;
        p--;
    }
    return 0;
}

/* Start of one to three new capitalised words before the noun at token i,
 * after "the" and at most five tokens of lower-case modifiers, hyphens and
 * possessives between words ("the state-owned", "the judiciary’s"); NONE if
 * none. */
static uint32_t named_before(const ctx *c, uint32_t sb, uint32_t i) {
    uint32_t b = i;
    while (b > sb && i - b < 3 && is_cap_word(c, b - 1) && !covered(c, b - 1) &&
           org_word(c, b - 1) && !listed_place(c, b - 1))
        b--;
    if (b == i || b == sb || org_name(c, b, i) != i)
        return NONE;
    uint32_t p = b;
    for (int k = 0; k <= 4 && p > sb; k++, p--) {
        const eg_token *t = &c->tv[p - 1];
        if (tok_is(c, p - 1, "the") || tok_is(c, p - 1, "The"))
            return b;
        if ((is_hyphen(c, p - 1) || (t->flags & EG_TOK_POSS)) && attached(c, p - 1) && p - 1 > sb &&
            (c->tv[p - 2].flags & EG_TOK_WORD) && !(c->tv[p - 2].flags & EG_TOK_CAP))
            continue; /* "the state-owned SATA group", "the judiciary’s Mizan news agency" */
        if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP) || eg_rx_tok_class(c, p - 1))
            return NONE;
    }
    return NONE;
}

/* Nouns for the kind of a body after its name and "the" that, unlike
 * party_nouns, may take one lower-case word of trade or members between
 * ("the SAFE union", "the CATEM labour federation", "the COMADER farmers’
 * confederation", "the Nashama list", "the El Heddaf sports daily"). */
static const char *const kind_nouns[] = {"cartel", "confederation", "daily", "federation",
                                         "list",   "rebels",        "union"};

/* The end of a body's name before the kind noun at token i ("union", "news
 * agency", "party"), past one lower-case word or a members' possessive
 * ("farmers’") before it; NONE if token i is no such noun. The caller leaves
 * out a noun that introduces a name after it ("the Christian union Syna"). */
static uint32_t kind_noun_end(const ctx *c, uint32_t sb, uint32_t i) {
    const eg_token *t = &c->tv[i];
    /* cheap first: a lower-case word whose first letter starts one of the nouns */
    if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP) ||
        !strchr("abcdfglmpru", ttext(c, i)[0]))
        return NONE;
    int agency =
        tok_is(c, i, "agency") && i > sb && (tok_is(c, i - 1, "news") || tok_is(c, i - 1, "press"));
    if (!agency && !LOWER_IN(i, kind_nouns) && !LOWER_IN(i, party_nouns))
        return NONE;
    if (i > sb && is_cap_word(c, i - 1))
        return agency ? NONE : i;
    uint32_t m = i - 1; /* one modifier: "labour", "farmers ’" */
    if (m > sb && (c->tv[m].flags & EG_TOK_POSS) && attached(c, m))
        m--;
    if (m <= sb + 1 || !(c->tv[m].flags & EG_TOK_WORD) || (c->tv[m].flags & EG_TOK_CAP) ||
        eg_rx_tok_class(c, m) || past_form(c, m) || !is_cap_word(c, m - 1))
        return NONE;
    return m;
}

/* After an organisation noun at token j - 1, "(that|which) <who> tracks
 * as", "<who> calls", "<who> dubbed": the name a tracker gives a group ("a
 * group it tracks as Ashen Crane", "a gang Microsoft calls Storm-0558"). The
 * one who names is a pronoun or one to three capitalised words. Returns the
 * token where the name starts, or j. */
static uint32_t tracked_as(const ctx *c, uint32_t j, uint32_t se) {
    static const char *const verbs[] = {"call", "called", "calls",   "dubbed",
                                        "dubs", "track",  "tracked", "tracks"};
    static const char *const who[] = {"it", "researchers", "they", "we"};
    uint32_t q = j;
    if (q < se && (tok_is(c, q, "that") || tok_is(c, q, "which")))
        q++;
    if (q < se && LOWER_IN(q, who)) {
        q++;
    } else {
        uint32_t n = 0;
        while (q < se && n < 3 && (is_cap_word(c, q) || covered(c, q))) {
            q = covered(c, q) ? c->doc->ments.v[c->s->cover.v[q]].tok_end : q + 1;
            n++;
        }
        if (!n)
            return j;
    }
    if (q + 1 >= se || !LOWER_IN(q, verbs))
        return j;
    q++;
    if (tok_is(c, q, "as"))
        q++;
    return q < se && is_cap_word(c, q) && !covered(c, q) ? q : j;
}

/* "the Lagos-based group Citizens for Open Budgets", "Tidewater Exchange, a
 * cryptocurrency platform" and "BlackLantern, one of the most active
 * ransomware gangs": names next to a common noun for organisations. */
/* People of a bank's or broker's research desk before "at" and its name
 * ("Analysts at DNB said"), and the verbs that report what they think. */
static const char *const desk_nouns[] = {"analysts", "economists", "strategists"};
static const char *const desk_verbs[] = {"estimate", "estimated", "expect", "expected", "noted",
                                         "said",     "say",       "says",   "wrote"};

/* Is token j a desk noun, also opening the sentence ("Analysts at")? */
static int desk_noun(const ctx *c, uint32_t sb, uint32_t j) {
    char buf[16];
    const eg_token *t = &c->tv[j];
    if (LOWER_IN(j, desk_nouns))
        return 1;
    return j == sb && (t->flags & EG_TOK_CAP) && !(t->flags & EG_TOK_ALLCAPS) &&
           eg_rx_ascii_lower(ttext(c, j), t->len, buf, sizeof buf) && IN_LIST(desk_nouns, buf);
}

/* Nouns for groups that are organisations only when a name is introduced
 * after them ("a ransomware crew known as NightLoom", "the smuggling ring
 * known as Brāļi"), unlike a ship's crew or a boxing ring. */
static const char *const named_only_nouns[] = {"cell", "crew", "ring"};

/* Is the capitalised word before token e an adjective of an organisation
 * noun that follows, alone or joined to one more ("rival Shiite militias",
 * "rival Christian and Muslim groups"), not a name? */
static int adjective_of_noun(const ctx *c, uint32_t e, uint32_t se) {
    if (e < se && (org_noun(c, e, 1) || LOWER_IN(e, party_nouns)))
        return 1;
    return e + 2 < se && (tok_is(c, e, "and") || tok_is(c, e, "or")) &&
           (is_cap_word(c, e + 1) || covered(c, e + 1)) &&
           (org_noun(c, e + 2, 1) || LOWER_IN(e + 2, party_nouns));
}

/* Does "known as", "called" or "named" start at token j, before a name? */
static int named_next(const ctx *c, uint32_t j, uint32_t se) {
    if (j + 1 < se && (tok_is(c, j, "called") || tok_is(c, j, "named")))
        return 1;
    return j + 2 < se && tok_is(c, j, "known") && tok_is(c, j + 1, "as");
}

/* Does the name that ends at token e go on past what org_name takes: a
 * possessive ("People’s Solidarity for Participatory Democracy"), or a word
 * that joins names followed by a name word or a listed name ("Citizens for a
 * Better Environment", "Ecoforum of Kazakhstan", "Tomin First no Kai")? */
static int name_goes_on(const ctx *c, uint32_t e, uint32_t se) {
    static const char *const joins[] = {"and", "et", "for", "no", "of", "und"};
    if (e >= se)
        return 0;
    if ((c->tv[e].flags & EG_TOK_POSS) && attached(c, e))
        return 1;
    if (!LOWER_IN(e, joins) && !WORD_IN_LIST(foreign_of, ttext(c, e), c->tv[e].len))
        return 0;
    for (uint32_t j = e + 1; j < se && j < e + 3; j++)
        if (is_cap_word(c, j) || covered(c, j))
            return 1;
    return 0;
}

int eg_rx_name_goes_on(const ctx *c, uint32_t e, uint32_t se) {
    return name_goes_on(c, e, se);
}

/* Does a demonym ("Estonian") or a possessive owner ("Turkey’s") start at the
 * covered token q, not just any listed name ("PNG fines gold miner K12m")? */
static int demonym_or_owner(const ctx *c, uint32_t q) {
    if (!covered(c, q))
        return 0;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[q]];
    return m->origin == EG_ORIGIN_DEMONYM ||
           (m->tok_end < c->ntok && (c->tv[m->tok_end].flags & EG_TOK_POSS) &&
            attached(c, m->tok_end));
}

/* Does a listed place or country start at token s after a preposition of
 * place, and "for" follow it before token i ("driving across Jeddah for Masar
 * Ride", "worked in Basra for Rumaila Operating")? The name starts after
 * "for"; without the preposition "for" is inside it ("signed with Basra for
 * Oil Services", an Iraqi firm's name). */
static int place_for(const ctx *c, uint32_t s, uint32_t i) {
    static const char *const preps[] = {"across", "around", "at",      "in",
                                        "inside", "near",   "through", "throughout"};
    if (!covered(c, s) || s == 0 || !LOWER_IN(s - 1, preps))
        return 0;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[s]];
    const char *ty = eg_rx_ent_type(c, m->ent);
    return m->tok_begin == s && m->tok_end < i && tok_is(c, m->tok_end, "for") &&
           (strcmp(ty, "location") == 0 || strcmp(ty, "country") == 0);
}

/* The longest run of name words that ends at the comma at token i (see
 * org_name_given; `given` lets a given name open it), or NONE; not an adverb
 * opening the sentence ("Separately,"). */
static uint32_t name_before_comma(const ctx *c, uint32_t sb, uint32_t se, uint32_t i, int given) {
    uint32_t s = i;
    while (s > sb && s + 8 > i) {
        uint32_t p = s - 1;
        if (covered(c, p)) {
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[p]];
            if (!eg_rx_replaceable(c, m))
                break;
            s = m->tok_begin;
        } else if (is_cap_word(c, p) || tok_is(c, p, "for") || tok_is(c, p, "of") ||
                   tok_is(c, p, "&") || (is_hyphen(c, p) && attached(c, p)) ||
                   (p > sb && arabic_article(c, p, se) && is_cap_word(c, p - 1)) ||
                   WORD_IN_LIST(foreign_of, ttext(c, p), c->tv[p].len)) {
            s = p;
        } else {
            break;
        }
    }
    while (s < i && !is_cap_word(c, s) && !covered(c, s))
        s++;
    for (; s < i; s++) {
        if (s > sb && (is_cap_word(c, s - 1) && !covered(c, s - 1) && !eg_rx_tok_class(c, s - 1)))
            continue;
        if (place_for(c, s, i))
            continue; /* "driving across Jeddah for Masar Ride, a company" */
        if (org_name_given(c, s, se, given) == i)
            break;
    }
    if (s >= i || (s == sb && i == s + 1 && adverb_like(c, s)))
        return NONE;
    return s;
}

/* Verbs of what a body does, after "X, which": "HS Orka, which runs the
 * plant", "the Dunga Beach Management Unit, which represents 400 fishers",
 * "Stripe, which invested in Corrib Pay". People take "who"; a road or a
 * river "runs" through or along something; not "supplies" or "employs" (a
 * reservoir "supplies water", a mine "employs 700 people"). Sorted. */
static const char *const body_verbs[] = {
    "coordinates", "invested", "manages",   "operates",   "organises",
    "organizes",   "owns",     "publishes", "represents", "runs",
};

/* Words after such a verb that make it a river's or a road's ("runs
 * through", "runs along"). Sorted. */
static const char *const course_words[] = {
    "across", "along", "away", "back", "between", "down",    "from", "into",
    "north",  "off",   "out",  "past", "south",   "through", "to",   "up",
};

/* Does ", which" and a verb of body_verbs (after "also", "still" or "has")
 * start at the comma at token i? */
static int which_body_verb(const ctx *c, uint32_t i, uint32_t se) {
    uint32_t j = i + 2;
    if (j >= se || !tok_is(c, i + 1, "which"))
        return 0;
    if (j + 1 < se && (tok_is(c, j, "also") || tok_is(c, j, "still") || tok_is(c, j, "has")))
        j++;
    if (!LOWER_IN(j, body_verbs))
        return 0;
    return j + 1 < se && !LOWER_IN(j + 1, course_words) && !(c->tv[j + 1].flags & EG_TOK_PUNCT);
}

/* The name before ", which" and a verb of body_verbs at the comma at token i,
 * or NONE: not the end of a longer name ("SBI Holdings" with "SBI" listed),
 * not a common word opening the sentence ("Shares of Pioneer"), and not a
 * state body: no agency designator in it and no country first ("Vietnam
 * Fisheries Resources Surveillance", "West of England Combined Authority"). */
static uint32_t which_body_name(const ctx *c, uint32_t sb, uint32_t se, uint32_t i) {
    uint32_t s = name_before_comma(c, sb, se, i, 0);
    if (s == NONE || (s > sb && (covered(c, s - 1) || is_cap_word(c, s - 1))) ||
        (s == sb && s + 1 < i && tok_is(c, s + 1, "of")) ||
        (s + 1 == i && (c->tv[s].flags & EG_TOK_ALLCAPS)))
        return NONE; /* an acronym is left to the acronym rules ("APIKUR, which represents") */
    if (covered(c, s)) {
        const char *ty = eg_rx_ent_type(c, c->doc->ments.v[c->s->cover.v[s]].ent);
        if (strcmp(ty, "country") == 0)
            return NONE;
    }
    for (uint32_t j = s; j < i; j++) {
        const designator *d = eg_rx_designator_at(c, j);
        if (d && strcmp(d->type, "agency") == 0)
            return NONE;
    }
    return s;
}

/* Nouns of a town's people or parts before "of" ("the city of Los Mochis",
 * "residents of Las Piñas"), and after a town ("Los Ríos region"). Sorted. */
static const char *const town_nouns[] = {
    "airport",      "area",      "centre",  "city", "district", "mayor",
    "municipality", "outskirts", "police",  "port", "province", "region",
    "residents",    "state",     "streets", "town", "village",
};

/* Prepositions of place before a town ("in Los Teques", "to Las Cruces"). Sorted. */
static const char *const place_preps[] = {
    "across", "around",  "at",      "from", "in",     "into",
    "near",   "outside", "through", "to",   "toward", "towards",
};

/* "Los Caimanes attacked Los Tiburones", "members of Los Chapitos": the
 * Spanish plural article and one to three capitalised words, the first a
 * plural in "-s", on no list, names a gang, a band or a club; a town takes a
 * preposition of place or a town noun ("in Los Teques", "the city of Los
 * Mochis", "Los Ríos region"), or a Romance "de" inside a longer name.
 * Returns the end of the name or NONE. */
static uint32_t article_name(const ctx *c, uint32_t i, uint32_t se) {
    if (!(tok_is(c, i, "Los") || tok_is(c, i, "Las")) || covered(c, i) || i + 1 >= se)
        return NONE;
    if (i > 0 && (LOWER_IN(i - 1, place_preps) || (c->tv[i - 1].flags & EG_TOK_QUOTE) ||
                  WORD_IN_LIST(foreign_of, ttext(c, i - 1), c->tv[i - 1].len) ||
                  (tok_is(c, i - 1, "of") && i > 1 && LOWER_IN(i - 2, town_nouns))))
        return NONE; /* not a song's title ("“Las Mañanitas”"), nor a place inside a
                        name ("Universidad Central de Las Villas") */
    const eg_token *f = &c->tv[i + 1];
    if (!is_cap_word(c, i + 1) || covered(c, i + 1) || listed_place(c, i + 1) ||
        (f->flags & EG_TOK_ALLCAPS) || ttext(c, i + 1)[f->len - 1] != 's')
        return NONE;
    uint32_t k = i + 2;
    while (k < se && k < i + 4 && is_cap_word(c, k) && !covered(c, k) && !listed_place(c, k))
        k++;
    if (k < se && (is_cap_word(c, k) || covered(c, k) || LOWER_IN(k, town_nouns)))
        return NONE;
    return k;
}

/* Nouns for a body of members or for a cause, whose name may end with "of
 * [the] <Place>" ("the hacker group Shadow of Zagros", "the association
 * Universities of the Netherlands"), unlike a firm's ("the company Acme of
 * Ghana" is Acme, in Ghana). Sorted. */
static const char *const cause_nouns[] = {
    "alliance", "association", "charity", "coalition",    "collective",   "confederation",
    "faction",  "federation",  "gang",    "group",        "league",       "lobby",
    "militia",  "movement",    "network", "organisation", "organization", "society",
};

/* The end of a name ending before token e, taken over "of [the] <Place>"
 * when the place (listed, not a demonym) ends the run of names; e when no
 * such place follows. */
static uint32_t place_of_end(const ctx *c, uint32_t e, uint32_t se) {
    uint32_t k = e + 1;
    if (k >= se || !tok_is(c, e, "of"))
        return e;
    if (tok_is(c, k, "the") && k + 1 < se)
        k++;
    if (!covered(c, k))
        return e;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[k]];
    const char *ty = eg_rx_ent_type(c, m->ent);
    if (m->tok_begin != k || m->tok_end > se || m->origin == EG_ORIGIN_DEMONYM ||
        !(strcmp(ty, "location") == 0 || strcmp(ty, "country") == 0))
        return e;
    uint32_t pe = m->tok_end;
    if (pe < se && !(c->tv[pe].flags & EG_TOK_POSS) &&
        (is_cap_word(c, pe) || covered(c, pe) ||
         (attached(c, pe) && (is_hyphen(c, pe) || (c->tv[pe].flags & EG_TOK_WORD)))))
        return e; /* "Friends of Gaza Hospital", "Voices of Gaza-based ..." */
    return pe;
}

eg_status eg_rx_rule_org_nouns(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb; i < se; i++) {
        uint32_t b = NONE, e = NONE, akind = K_NOUN;
        const char *atype = "organisation";
        int is_noun = org_noun(c, i, 0); /* read once: two branches below ask it */
        if (tok_is(c, i, "at") && i > sb && desk_noun(c, sb, i - 1) && i + 1 < se &&
            is_cap_word(c, i + 1) && !covered(c, i + 1) && (e = org_name(c, i + 1, se)) != NONE &&
            e < se && ((c->tv[e].flags & EG_TOK_PUNCT) || LOWER_IN(e, desk_verbs))) {
            b = i + 1; /* "Analysts at DNB said", "economists at First Citizens wrote" */
        } else if (ttext(c, i)[0] == 'L' && (e = article_name(c, i, se)) != NONE) {
            b = i; /* "Los Caimanes attacked Los Tiburones" */
        } else if (is_noun && i + 3 < se && tok_is(c, i + 1, ",") &&
                   (e = org_name(c, i + 2, se)) != NONE && e < se && tok_is(c, e, ",") &&
                   owner_before(c, sb, i)) {
            b = i + 2; /* "Mr Njoroge’s company, Rift Petroleum Traders, denied",
                          "Bangladesh’s state energy company, Petrobangla," */
        } else if (i > sb + 1 && (e = kind_noun_end(c, sb, i)) != NONE &&
                   !(i + 1 < se && is_cap_word(c, i + 1)) && (b = named_before(c, sb, e)) != NONE) {
            /* "the opposition Ak Zhol party", "the Wagner group", "the SAFE
             * union", "the CATEM labour federation" */
        } else if (((is_noun && !LOWER_IN(i, trade_people)) ||
                    (LOWER_IN(i, named_only_nouns) && named_next(c, i + 1, se))) &&
                   i + 1 < se) {
            /* before the name: an article, then up to four modifiers */
            uint32_t q = i, mods = 0;
            while (q > sb && mods < 6) {
                uint32_t p = q - 1;
                const eg_token *t = &c->tv[p];
                if (tok_is(c, p, "the") || tok_is(c, p, "a") || tok_is(c, p, "an") ||
                    tok_is(c, p, "The") || tok_is(c, p, "A") || tok_is(c, p, "An"))
                    break;
                if (covered(c, p)) {
                    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[p]];
                    if (!eg_rx_replaceable(c, m))
                        break;
                    q = m->tok_begin;
                } else if ((past_form(c, p) || frame_verb(c, p)) && p > sb &&
                           (is_cap_word(c, p - 1) || covered(c, p - 1)) &&
                           (!LOWER_IN(i, person_like_nouns) || LOWER_IN(i, firm_trades))) {
                    break; /* "The SCA hired Dutch salvage group Boskalis", "The
                              Commission sued pension fund Coral Coast Super" */
                } else if (((t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) &&
                            !eg_rx_tok_class(c, p)) ||
                           ((t->flags & EG_TOK_POSS) && attached(c, p)) ||
                           (is_hyphen(c, p) && attached(c, p)) || (t->flags & EG_TOK_NUM)) {
                    q = p; /* "the patients’ group", "the news site" */
                } else {
                    break;
                }
                mods++;
            }
            /* "Land rights group Fundación Tierra Viva" or "Environmental group
             * Terre Saine" opening a sentence, or a demonym or a country
             * first: "Estonian pellet maker Graanul Invest", "Turkey’s state
             * pipeline operator Botaş" */
            int opener =
                (q == sb + 1 && is_cap_word(c, sb) && !covered(c, sb) && !eg_rx_tok_class(c, sb)) ||
                (q == sb && q < i && demonym_or_owner(c, q));
            /* ... or opening the story after its dateline: "TBILISI —
             * Opposition-leaning broadcaster TV Mtatsminda was fined" */
            if (!opener && q >= sb + 2 && q < i && is_cap_word(c, q - 1) && !covered(c, q - 1) &&
                !eg_rx_tok_class(c, q - 1) &&
                (tok_is(c, q - 2, "\xE2\x80\x94") || tok_is(c, q - 2, "\xE2\x80\x93")))
                opener = 1;

            /* without an article after a verb or a preposition: "fined
             * chipmaker Horizon Precision", "of second-division football club
             * Polonia Tarnów", "backed by Angolan operator Unitel" */
            int bare = q > sb && !(c->tv[q - 1].flags & EG_TOK_CAP) &&
                       ((c->tv[q - 1].flags & EG_TOK_WORD) || q < i);
            if (!opener && !bare &&
                (q == sb ||
                 !(tok_is(c, q - 1, "the") || tok_is(c, q - 1, "a") || tok_is(c, q - 1, "an") ||
                   tok_is(c, q - 1, "The") || tok_is(c, q - 1, "A") || tok_is(c, q - 1, "An"))))
                continue;
            uint32_t n0 = i + 1, kind = K_NOUN;
            if (n0 + 1 < se && (tok_is(c, n0, "called") || tok_is(c, n0, "named")))
                n0++;
            else if (n0 + 2 < se && (tok_is(c, n0, "calling") || tok_is(c, n0, "known")) &&
                     (tok_is(c, n0 + 1, "itself") || tok_is(c, n0 + 1, "themselves") ||
                      tok_is(c, n0 + 1, "as")))
                n0 += 2; /* "a ransomware group calling itself Gorgon Lynx" */
            else if (n0 + 3 < se && (tok_is(c, n0, "that") || tok_is(c, n0, "which")) &&
                     (tok_is(c, n0 + 1, "calls") || tok_is(c, n0 + 1, "call")) &&
                     (tok_is(c, n0 + 2, "itself") || tok_is(c, n0 + 2, "themselves")))
                n0 += 3;
            else if (n0 == i + 1)
                n0 = tracked_as(c, n0, se);
            if (n0 > i + 1)
                kind = K_ORG; /* named by an introducer, so not a person */
            if (tok_is(c, i, "firm") && i > sb && LOWER_IN(i - 1, firm_kinds) &&
                (e = firm_name(c, n0, se, 1)) != NONE) {
                /* "the law firm Arthur Cox": named after people, so it beats
                 * the person rules */
                eg_status st =
                    eg_rx_add_cand(c, n0, e, si, K_ORG, "organisation", -1, EG_ORIGIN_RULE, err);
                if (st != EG_OK)
                    return st;
                continue;
            }
            if (n0 < se && (c->tv[n0].flags & EG_TOK_LINE_START) &&
                is_generic_adjective(ttext(c, n0), c->tv[n0].len))
                continue; /* "... on our app" and a new line "Latest Videos" */
            e = org_name(c, n0, se);
            if (e != NONE && (LOWER_IN(i, cause_nouns) || tok_is(c, i, "NGO")))
                e = place_of_end(c, e, se);
            if (e != NONE && adjective_of_noun(c, e, se))
                continue; /* "rival Shiite militias", "rival Christian and Muslim groups" */
            if (e != NONE && opener && q == i && name_goes_on(c, e, se))
                continue; /* "Environmental group Eaux et Rivières de Bretagne": not "Eaux" */
            if (e == NONE && kind == K_ORG)
                e = firm_name(c, n0, se, 0); /* "a militia known as Mai-Mai Yakutumba" */
            if (e != NONE && kind == K_ORG) {
                eg_status st =
                    eg_rx_add_cand(c, n0, e, si, K_ORG, "organisation", -1, EG_ORIGIN_RULE, err);
                if (st != EG_OK)
                    return st;
                continue;
            }
            if (e != NONE)
                b = n0;
        } else if (tok_is(c, i, ",") && i > sb && i + 3 < se && which_body_verb(c, i, se)) {
            b = which_body_name(c, sb, se, i); /* "HS Orka, which runs the plant" */
            e = i;
            akind = K_ORG; /* "which", not "who": no person */
        } else if (tok_is(c, i, ",") && i > sb && i + 2 < se) {
            /* after the name: ", a Virginia-based drone parts supplier," */
            uint32_t q = i + 1, plural = 0;
            if (tok_is(c, q, "a") || tok_is(c, q, "an") || tok_is(c, q, "the") ||
                tok_is(c, q, "its")) {
                q++; /* "La Guardia del Sur, its hardline supporters’ group," */
            } else if (tok_is(c, q, "one") && q + 2 < se && tok_is(c, q + 1, "of")) {
                q += 2;
                plural = 1;
                if (q < se && (tok_is(c, q, "the") || tok_is(c, q, "its") || tok_is(c, q, "their")))
                    q++;
            } else {
                continue;
            }
            uint32_t noun = NONE;
            int owned = 0, headed = 1, national = 0, place_owned = 0;
            const char *ntype = "organisation";
            for (uint32_t k = 0; q < se && k < 8; q++, k++) {
                if (org_noun(c, q, plural) &&
                    !(q + 1 < se && (c->tv[q + 1].flags & EG_TOK_POSS) && attached(c, q + 1)) &&
                    !(q + 1 < se && org_noun(c, q + 1, plural))) {
                    noun = q; /* not "the group’s money transfer arm" */
                    break;
                }
                if (!plural && state_noun(c, q)) {
                    noun = q; /* "Coljuegos, the gambling regulator," */
                    ntype = private_agency(c, i + 1, q) ? "organisation" : "agency";
                    break;
                }
                const eg_token *t = &c->tv[q];
                if (!(t->flags & (EG_TOK_WORD | EG_TOK_NUM | EG_TOK_POSS)) && !is_hyphen(c, q))
                    break;
                if ((t->flags & EG_TOK_WORD) && (eg_rx_tok_class(c, q) & W_FUNC))
                    headed = 0; /* "a lawyer for the pension fund" */
                if (tok_is(c, q, "national") || tok_is(c, q, "federal") ||
                    tok_is(c, q, "government"))
                    national = 1;
                if ((t->flags & EG_TOK_POSS) &&
                    !(q > i + 1 && (c->tv[q - 1].flags & EG_TOK_WORD) &&
                      !(c->tv[q - 1].flags & EG_TOK_CAP)) &&
                    !(place_owned = q > i + 1 && q + 1 < se && covered(c, q - 1) &&
                                    superlative(c, q + 1) && world_owner(c, q - 1)))
                    break; /* "the country’s largest drug-trafficking group", "one of
                              Ukraine’s largest grain traders" go on */
                owned = owned || ((t->flags & EG_TOK_POSS) && tok_is(c, i + 1, "the") &&
                                  q + 1 < se && superlative(c, q + 1) && world_owner(c, q - 1));
                if (!(t->flags & EG_TOK_POSS) && (t->flags & EG_TOK_CAP) && !covered(c, q) &&
                    !is_hyphen(c, q + 1) &&
                    !(k == 0 && !plural && q + 1 < se && (c->tv[q + 1].flags & EG_TOK_WORD) &&
                      !(c->tv[q + 1].flags & EG_TOK_CAP) && org_word(c, q)))
                    break; /* "Sigma Nine, a Herzliya security firm," goes on */
            }
            if (noun == NONE || noun + 1 > se)
                continue;
            int loose = 0; /* the noun goes on with a function word only */
            if (noun + 1 < se &&
                !(((c->tv[noun + 1].flags & EG_TOK_PUNCT) && !is_hyphen(c, noun + 1) &&
                   !(c->tv[noun + 1].flags & EG_TOK_POSS)) ||
                  org_follower(c, noun + 1) || (plural && ing_form(c, noun + 1)))) {
                if (strcmp(ntype, "organisation") != 0 || !phrase_follower(c, noun + 1))
                    continue;
                loose = 1;
            }
            if (place_owned && person_like_plural(c, noun))
                continue; /* "Clayton Vella, one of Malta’s biggest property developers" */
            /* a noun no person is described by ("Hung Shing Tong, a triad
             * society"), or a ranking after an owner ("Barry Callebaut, the
             * world’s biggest chocolate maker") beats the person rules */
            int strong = headed && !loose && (!LOWER_IN(noun, person_like_nouns) || owned);
            if (headed && national &&
                (tok_is(c, noun, "institute") || tok_is(c, noun, "administration")))
                ntype = "agency"; /* "Inmet, the national weather institute," */
            uint32_t s = name_before_comma(c, sb, se, i, strong);
            if (s != NONE && loose && eg_rx_person_shaped(c, s, i))
                continue; /* "Okafor, the union on whose behalf he spoke", with "Okafor
                             said" elsewhere */
            if (s != NONE) {
                b = s;
                e = i;
                atype = ntype;
                if (strong)
                    akind = K_ORG;
            }
        }
        if (b == NONE || e == NONE || e <= b)
            continue;
        eg_status st = eg_rx_add_cand(c, b, e, si, akind, atype, -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* A legal form ("Inc", "plc", "GmbH", "Company") or a group word ("Group",
 * "Holdings"), which leaves a listed company the same company, unlike
 * "Securities" or "Power". */
int eg_rx_legal_form(const designator *d) {
    static const char *const words[] = {"Company",  "Corporation",  "Group",  "Holding",
                                        "Holdings", "Incorporated", "Limited"};
    const char *f = d->form;
    size_t n = strlen(f);
    if (d->flags & DES_SECTOR)
        return 0;
    if (n < 5 || strchr(f, '.') || IN_SORTED(words, f))
        return 1;
    for (size_t i = 1; i < n; i++)
        if (f[i] >= 'A' && f[i] <= 'Z')
            return 1; /* GmbH, KGaA, SpA */
    return 0;
}

/* "Samsung Securities", "Adani Power": a listed organisation's name right
 * before an organisation designator is a company of its own. */
static eg_status rule_listed_plus(ctx *c, uint32_t si, uint32_t se, uint32_t h, eg_error *err) {
    if (h == 0 || !covered(c, h - 1) || !attached_space(c, h))
        return EG_OK;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[h - 1]];
    if (m->origin != EG_ORIGIN_GAZETTEER || m->tok_end != h ||
        strcmp(eg_rx_ent_type(c, m->ent), "organisation") != 0 ||
        (h + 1 < se && (is_cap_word(c, h + 1) || covered(c, h + 1))))
        return EG_OK;
    eg_status st = eg_rx_add_cand(c, m->tok_begin, h + 1, m->sentence == si ? si : m->sentence,
                                  K_ORG, "organisation", -1, EG_ORIGIN_RULE, err);
    if (st == EG_OK)
        c->s->cands.v[c->s->cands.n - 1].absorb = 1;
    return st;
}

/* Is doc entity e a listed country, or a listed region, state or province
 * ("Scotland")? */
static int country_or_region(const ctx *c, uint32_t e) {
    int32_t gaz = c->doc->ents.v[e].gaz;
    return gaz >= 0 && eg_gazetteer_country_or_area(c->g, (size_t)gaz, 0);
}

/* "Maritime New Zealand", "Health Canada", "Revenue Scotland": a word for a
 * field of government right before a listed country or region, with no
 * capitalised word on either side, is that country's agency. */
static eg_status rule_field_country(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t h,
                                    eg_error *err) {
    static const char *const fields[] = {
        "Biosecurity", "Customs",     "Education", "Employment", "Enterprise",
        "Environment", "Fisheries",   "Forestry",  "Health",     "Heritage",
        "Housing",     "Immigration", "Maritime",  "Police",     "Revenue",
        "Sport",       "Statistics",  "Tourism",   "Transport",
    };
    if (h + 1 >= se || !is_cap_word(c, h) || !covered(c, h + 1) ||
        !WORD_IN_LIST(fields, ttext(c, h), c->tv[h].len) ||
        (h > sb && (is_cap_word(c, h - 1) || covered(c, h - 1)) && !eg_rx_tok_class(c, h - 1)))
        return EG_OK;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[h + 1]];
    uint32_t e = m->tok_end;
    if (m->tok_begin != h + 1 || e > se || m->origin != EG_ORIGIN_GAZETTEER ||
        !country_or_region(c, m->ent) ||
        (e < se && (is_cap_word(c, e) || covered(c, e) || (c->tv[e].flags & EG_TOK_POSS))))
        return EG_OK;
    return eg_rx_add_cand(c, h, e, si, K_ORG, "agency", -1, EG_ORIGIN_RULE, err);
}

/* "Pakistan Customs", "Sri Lanka Immigration": a listed country (not a
 * possessive) right before "Customs" or "Immigration" with no capitalised
 * word after is that country's service; "the Customs Division of the Ghana
 * Revenue Authority": a field and "Division" before "of" and a listed or
 * found body is a state body. */
static eg_status rule_country_field(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t h,
                                    eg_error *err) {
    static const char *const services[] = {"Customs", "Immigration"};
    static const char *const divisions[] = {"Customs", "Excise", "Immigration",
                                            "Revenue", "Tax",    "Taxation"};
    if (h + 3 < se && is_cap_word(c, h) && !covered(c, h) &&
        WORD_IN_LIST(divisions, ttext(c, h), c->tv[h].len) && tok_is(c, h + 1, "Division") &&
        tok_is(c, h + 2, "of") && (h == sb || !is_cap_word(c, h - 1) || eg_rx_tok_class(c, h - 1)))
        return eg_rx_add_cand(c, h, h + 2, si, K_ORG, "agency", -1, EG_ORIGIN_RULE, err);
    if (h <= sb || !is_cap_word(c, h) || !WORD_IN_LIST(services, ttext(c, h), c->tv[h].len) ||
        (h + 1 < se &&
         (is_cap_word(c, h + 1) || covered(c, h + 1) || (c->tv[h + 1].flags & EG_TOK_POSS))))
        return EG_OK;
    uint32_t b = h - 1;
    if (covered(c, h - 1)) {
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[h - 1]];
        b = m->tok_begin;
        if (m->tok_end != h || b < sb || m->origin != EG_ORIGIN_GAZETTEER ||
            strcmp(eg_rx_ent_type(c, m->ent), "country") != 0)
            return EG_OK;
    } else if (!is_cap_word(c, h - 1) || eg_rx_country_word(c, h - 1) < 0) {
        return EG_OK; /* the matcher may leave "Pakistan" to the run */
    }
    if (b > sb && (is_cap_word(c, b - 1) || covered(c, b - 1)) && !eg_rx_tok_class(c, b - 1))
        return EG_OK;
    return eg_rx_add_cand(c, b, h + 1, si, K_ORG, "agency", -1, EG_ORIGIN_RULE, err);
}

/* "the Anti-Corruption Judicial Pole": "Anti-" or "Counter-" and a crime,
 * then one to three capitalised words that end in no designator, after
 * "the" or a possessive, is a state body. */
static eg_status rule_anti(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t h,
                           eg_error *err) {
    if (h <= sb || h + 3 >= se || !(tok_is(c, h, "Anti") || tok_is(c, h, "Counter")) ||
        !is_hyphen(c, h + 1) || !attached(c, h + 1) || !attached(c, h + 2) ||
        !WORD_IN_LIST(crimes, ttext(c, h + 2), c->tv[h + 2].len) ||
        !(tok_is(c, h - 1, "the") || tok_is(c, h - 1, "The") || (c->tv[h - 1].flags & EG_TOK_POSS)))
        return EG_OK;
    uint32_t e = h + 3, n = 0;
    while (e < se && n < 3 && org_word(c, e) && !eg_rx_designator_at(c, e)) {
        e++;
        n++;
    }
    if (n == 0 || (e < se && (is_cap_word(c, e) || covered(c, e))))
        return EG_OK;
    return eg_rx_add_cand(c, h, e, si, K_ORG, "agency", -1, EG_ORIGIN_RULE, err);
}

/* A listed word with its length in bytes, for the lists scanned at every
 * capitalised word (a strlen per entry per token cost more than the scan). */
typedef struct sized_word {
    const char *s;
    size_t n;
} sized_word;
#define SW(lit)                                                                                    \
    { lit, sizeof lit - 1 }

/* Endings of the one-word names of state bodies in the Germanic, Finnic and
 * Nordic languages, which write them as compounds ("Sokkeldirektoratet",
 * "Energidepartementet", "Finanstilsynet", "Skatteverket", "Bundesanwaltschaft",
 * "Landeskriminalamt", "Oberlandesgericht", "Rajavartiolaitos",
 * "Riigiprokuratuur", "Päästeamet"): directorate, ministry, supervisory authority,
 * service, board, agency, prosecution, office, court, police, inspectorate. */
static const sized_word body_endings[] = {
    SW("amet"),         SW("amt"),           SW("anwaltschaft"), SW("aufsicht"),
    SW("behörde"),      SW("departementet"), SW("direktoratet"), SW("gericht"),
    SW("gerichtshof"),  SW("inspektionen"),  SW("inspektsioon"), SW("laitos"),
    SW("ministeerium"), SW("ministeriet"),   SW("ministerium"),  SW("ministeriö"),
    SW("myndigheden"),  SW("myndigheten"),   SW("polizei"),      SW("prokuratuur"),
    SW("styrelsen"),    SW("tilsynet"),      SW("tjeneste"),     SW("tjenesten"),
    SW("verket"),       SW("virasto"),
};

/* Endings that a court, prosecution or police body takes a city after
 * ("Oberlandesgericht München", "Staatsanwaltschaft Köln"). */
static const sized_word seat_endings[] = {SW("anwaltschaft"), SW("gericht"), SW("polizei")};

/* Is token j right after a hyphen inside a word ("Piirivalve-amet")? */
static int attached_hyphen(const ctx *c, uint32_t j) {
    return j > 0 && attached(c, j) && is_hyphen(c, j - 1);
}

/* The ending of body_endings or seat_endings that the capitalised word at
 * token j ends in, after a stem of at least four bytes, or NULL. */
static const char *body_ending(const ctx *c, uint32_t j, const sized_word *list, size_t n) {
    const eg_token *t = &c->tv[j];
    if (!is_cap_word(c, j) || covered(c, j) || (t->flags & EG_TOK_ALLCAPS) || attached_hyphen(c, j))
        return NULL;
    const char *w = ttext(c, j);
    for (size_t i = 0; i < n; i++) {
        size_t m = list[i].n;
        if (t->len >= m + 4 && memcmp(w + t->len - m, list[i].s, m) == 0 && (m > 3 || t->len >= 8))
            return list[i].s;
    }
    return NULL;
}

/* "Sokkeldirektoratet", "Forsvarets Efterretningstjeneste", "Bayerisches
 * Landeskriminalamt", "Oberlandesgericht München": a state body named by one
 * compound word with a body ending, after at most one capitalised genitive
 * or adjective ("-s", "-e", "-er") inside the sentence, and for courts,
 * prosecutors and police before at most one listed city. */
static eg_status rule_compound_body(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t h,
                                    eg_error *err) {
    uint32_t te;
    if (!body_ending(c, h, body_endings, sizeof body_endings / sizeof body_endings[0]) ||
        eg_rx_designator_at(c, h) || eg_rx_title_at(c, h, se, &te) || eg_rx_given_name(c, h))
        return EG_OK;
    uint32_t s = h, e = h + 1;
    if (h > sb + 1 && org_word(c, h - 1) && !(c->tv[h - 1].flags & EG_TOK_ALLCAPS) &&
        !is_cap_word(c, h - 2) && !covered(c, h - 2) && !eg_rx_designator_at(c, h - 1) &&
        !eg_rx_given_name(c, h - 1) && !eg_rx_title_at(c, h - 1, h, &te) &&
        !listed_place(c, h - 1) && c->tv[h - 1].len >= 5) {
        const char *w = ttext(c, h - 1);
        char last = w[c->tv[h - 1].len - 1];
        if (last == 's' || last == 'e' || (last == 'r' && w[c->tv[h - 1].len - 2] == 'e'))
            s = h - 1; /* "Forsvarets", "Bayerisches", "Berliner" */
    }
    if (e < se && body_ending(c, h, seat_endings, sizeof seat_endings / sizeof seat_endings[0]) &&
        !(e + 1 < se && (is_cap_word(c, e + 1) || (c->tv[e + 1].flags & EG_TOK_POSS)))) {
        if (covered(c, e)) {
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[e]];
            if (m->tok_begin == e && m->tok_end == e + 1 && m->origin == EG_ORIGIN_GAZETTEER &&
                strcmp(eg_rx_ent_type(c, m->ent), "location") == 0)
                e++;
        } else if (is_cap_word(c, e) && listed_place(c, e) && eg_rx_country_word(c, e) < 0) {
            e++; /* "Staatsanwaltschaft Wien": the matcher leaves "Wien" to the run */
        }
    }
    if (e < se && (is_cap_word(c, e) || (c->tv[e].flags & EG_TOK_POSS)) && e == h + 1)
        return EG_OK; /* part of a longer run of names */
    return eg_rx_add_cand(c, s, e, si, K_ORG, "agency", -1, EG_ORIGIN_RULE, err);
}

/* Heads of state bodies in the Slavic and Baltic languages, which capitalise
 * only a name's first word: "Specijalno državno tužilaštvo", "Vrhovni sud",
 * "Ministarstvo unutrašnjih poslova", "Agencija za sprečavanje korupcije",
 * "Ministerstvo vnitra" (lower-case forms; a capital is allowed on the head). */
static const char *const slavic_heads[] = {
    "agencija",
    "agencja",
    "agentura",
    "agentúra",
    "centrala",
    "dienests",
    "direkcija",
    "inspekcija",
    "inspektorat",
    "inšpektorat",
    "kancelarija",
    "komisija",
    "ministarstvo",
    "ministerija",
    "ministerstvo",
    "ministerstwo",
    "ministrija",
    "ministrstvo",
    "policija",
    "prokuratura",
    "prokuratúra",
    "prokuratūra",
    "soud",
    "sud",
    "súd",
    "sąd",
    "tarnyba",
    "tožilstvo",
    "tužilaštvo",
    "tužiteljstvo",
    "uprava",
    "urad",
    "ured",
    "urząd",
    "vijeće",
    "zastupitelství",
    "zastupiteľstvo",
    "úrad",
    "úřad",
};

/* Lower-case words that join a Slavic body's words ("za", "pro", "proti"). */
static const char *const slavic_particles[] = {"dla",   "do",  "na", "od", "pre", "pri", "pro",
                                               "proti", "při", "u",  "ve", "z",   "za"};

/* Heads of Slavic party and movement names, written in sentence case:
 * "Národní blok", "Građanski savez", "Spojení pro Prahu", "Srpska napredna
 * stranka", "Hnutí pro Ostravu": organisations, not state bodies. */
static const char *const slavic_party_heads[] = {
    "blok",     "front",  "fronta",  "hnutie", "hnutí",   "koalice", "koalicija", "pokret", "savez",
    "sdružení", "sojusz", "spojení", "strana", "stranka", "unija",   "zveza",     "zväz",
};

/* Is the word at token j in the sorted list[0..nl), whatever the case of its
 * first letter? The word with that letter lower-cased is looked up whole. */
static int word_any_case_in(const ctx *c, uint32_t j, const char *const *list, size_t nl) {
    const eg_token *t = &c->tv[j];
    if (!(t->flags & EG_TOK_WORD) || t->len < 3 || t->len > 20)
        return 0;
    const char *w = ttext(c, j);
    unsigned char b0 = (unsigned char)w[0];
    const struct eg_rx_listset *ls = eg_rx_lset_cached(c->s, list, nl);
    if (b0 < 0x80 && ls && ls->sorted) {
        unsigned char l0 = b0 >= 'A' && b0 <= 'Z' ? b0 + 32 : b0;
        if (!FIRST_HAS(ls, l0) || !PAIR_HAS(ls, PAIR_KEY(l0, l0 ? w[1] : 0)))
            return 0; /* no listed word starts with those two bytes (eg_rx_in_list's test) */
    }
    if (memchr(w, '\0', t->len))
        return 0; /* no listed word holds a NUL */
    char buf[24];
    uint32_t cp;
    size_t k = eg_utf8_decode((const unsigned char *)w, t->len, &cp);
    size_t m = eg_utf8_encode(eg_utf8_lower(cp), buf);
    memcpy(buf + m, w + k, t->len - k);
    return eg_rx_in_list(c, list, nl, buf, m + t->len - k);
}

/* Is the word at token j (any case of its first letter) a Slavic party head? */
static int slavic_party_head(const ctx *c, uint32_t j) {
    return word_any_case_in(c, j, slavic_party_heads,
                            sizeof slavic_party_heads / sizeof slavic_party_heads[0]);
}

/* Is the word at token j (any case of its first letter) a Slavic head? */
static int slavic_head(const ctx *c, uint32_t j) {
    return word_any_case_in(c, j, slavic_heads, sizeof slavic_heads / sizeof slavic_heads[0]) ||
           slavic_party_head(c, j);
}

/* A lower-case word of a Slavic name: its letters not all ASCII, or an
 * ASCII word with a Slavic case ending ("poslova", "vnitra", "pravde"). */
static int slavic_word(const ctx *c, uint32_t j) {
    static const char *const endings[] = {"ije", "ih", "ja",   "nje", "ova",
                                          "ra",  "de", "stva", "ske"};
    const eg_token *t = &c->tv[j];
    if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP) || covered(c, j) || t->len < 2)
        return 0;
    const unsigned char *w = (const unsigned char *)ttext(c, j);
    for (size_t i = 0; i < t->len; i++)
        if (w[i] >= 0x80)
            return 1;
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
        size_t n = strlen(endings[i]);
        if (t->len > n + 2 && memcmp(w + t->len - n, endings[i], n) == 0)
            return 1;
    }
    return 0;
}

/* A Slavic adjective before its noun: a word ending in a vowel or "y". */
static int slavic_adjective(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    if (!(t->flags & EG_TOK_WORD) || covered(c, j) || t->len < 4 || (t->flags & EG_TOK_ALLCAPS))
        return 0;
    const unsigned char *w = (const unsigned char *)ttext(c, j);
    unsigned char last = w[t->len - 1];
    if (t->len >= 2 && w[t->len - 2] >= 0xC3 && last >= 0x80)
        return 1; /* "Nejvyšší", "státní": an accented last letter */
    return last == 'o' || last == 'a' || last == 'i' || last == 'e' || last == 'y';
}

static eg_status rule_slavic_body(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t h,
                                  eg_error *err) {
    if (!slavic_head(c, h) || covered(c, h))
        return EG_OK;
    int party = slavic_party_head(c, h);
    uint32_t s = h, e = h + 1;
    if (is_cap_word(c, h)) {
        /* "Ministarstvo unutrašnjih poslova", "Agencija za sprečavanje korupcije" */
        uint32_t j = h + 1, n = 0;
        while (j < se && n < 4) {
            if (WORD_IN_LIST(slavic_particles, ttext(c, j), c->tv[j].len) && j + 1 < se &&
                slavic_word(c, j + 1)) {
                j++;
                continue;
            }
            if (party && j == h + 1 && j + 2 <= se &&
                WORD_IN_LIST(slavic_particles, ttext(c, j), c->tv[j].len) &&
                is_cap_word(c, j + 1) && !covered(c, j + 1) &&
                (j + 2 == se || !is_cap_word(c, j + 2))) {
                e = j + 2; /* "Spojení pro Prahu", "Hnutí pro Ostravu" */
                n++;
                break;
            }
            if (!slavic_word(c, j))
                break;
            e = ++j;
            n++;
        }
        if (e == h + 1)
            return EG_OK;
    } else {
        /* "Specijalno državno tužilaštvo", "Vrhovni sud" */
        uint32_t j = h;
        while (j > sb && h - j < 3 && slavic_adjective(c, j - 1) && !is_cap_word(c, j - 1) &&
               !(c->tv[j - 1].flags & EG_TOK_CAP))
            j--;
        if (j == sb || !is_cap_word(c, j - 1) || !slavic_adjective(c, j - 1))
            return EG_OK;
        s = j - 1;
        if (s > sb && (is_cap_word(c, s - 1) || covered(c, s - 1)))
            return EG_OK;
        if (e + 1 < se && (tok_is(c, e, "u") || tok_is(c, e, "v") || tok_is(c, e, "w")) &&
            (is_cap_word(c, e + 1) || covered(c, e + 1)) && !(e + 2 < se && is_cap_word(c, e + 2)))
            e += 2; /* the seat: "Kantonalni sud u Bihaću", "Krajský soud v Brně" */
    }
    if (e < se && is_cap_word(c, e))
        return EG_OK;
    return eg_rx_add_cand(c, s, e, si, K_ORG, party ? "organisation" : "agency", -1, EG_ORIGIN_RULE,
                          err);
}

/* Bodies in French, Spanish, Portuguese and Italian written in sentence case,
 * which capitalise only the head: "Agence nationale de sécurité sanitaire",
 * "Office québécois de la langue française", "Agence nationale des
 * fréquences", "Alliance des créateurs numériques". A designator is followed
 * by lower-case words: an adjective in one of these languages (accented, or
 * with an ending English lacks: "nationale", "fédéral") or a particle ("de",
 * "des", "de la", "pour") and the word it governs, then more such adjectives
 * and particles. The name ends on a content word before anything else. */
static const char *const romance_particles[] = {
    "d",  "da", "das", "de", "degli", "dei", "del", "della", "delle", "des",  "di",  "do",   "dos",
    "du", "e",  "et",  "l",  "la",    "las", "le",  "les",   "los",   "para", "per", "pour", "y",
};

/* A lower-case word of such a name: non-ASCII letters, or an ending that
 * English words lack ("nationale", "sanitaire", "populaire", "nacional"). */
static int romance_word(const ctx *c, uint32_t j) {
    static const char *const endings[] = {
        "aire",  "aires", "ale",  "ales", "ante", "coles", "aux",    "cional", "eurs", "eux",
        "ica",   "icas",  "ico",  "icos", "ien",  "ienne", "iennes", "iens",   "iers", "ique",
        "iques", "iva",   "ivas", "ivo",  "ivos", "oise",  "uel",    "uelle"};
    const eg_token *t = &c->tv[j];
    if (!(t->flags & EG_TOK_WORD) || (t->flags & (EG_TOK_CAP | EG_TOK_POSS)) || covered(c, j) ||
        t->len < 4)
        return 0;
    const unsigned char *w = (const unsigned char *)ttext(c, j);
    uint32_t cp;
    eg_utf8_decode(w, t->len, &cp);
    if (cp < 0x80 ? !(cp >= 'a' && cp <= 'z') : (cp < 0xC0 || cp >= 0x2000))
        return 0; /* a clitic ("’s"), not a word */
    for (size_t i = 0; i < t->len; i++)
        if (w[i] >= 0x80)
            return 1;
    if (t->len < 7)
        return 0; /* "female", "scale", "magic", "tonal" */
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
        size_t n = strlen(endings[i]);
        if (t->len >= n + 2 && memcmp(w + t->len - n, endings[i], n) == 0)
            return 1;
    }
    return 0;
}

static int romance_particle(const ctx *c, uint32_t j) {
    char buf[8];
    return (c->tv[j].flags & EG_TOK_WORD) && !(c->tv[j].flags & EG_TOK_CAP) &&
           eg_rx_ascii_lower(ttext(c, j), c->tv[j].len, buf, sizeof buf) &&
           IN_LIST(romance_particles, buf);
}

/* Latin and English words after "de" or "per" that make a phrase, not a
 * name: "de facto", "de jure", "per cent", "per capita". */
static const char *const latin_phrases[] = {"annum", "capita",  "cent", "facto",
                                            "jure",  "minimis", "novo"};

/* An apostrophe token of an elision ("de l’énergie", "d'État"). */
static int elision_mark(const ctx *c, uint32_t j) {
    return tok_is(c, j, "'") || tok_is(c, j, "\xE2\x80\x99");
}

/* Tokens j, j + 1, j + 2 are a lower-case compound written with a hyphen
 * ("anti-corruption", "socio-économique"), on no list. */
static int lower_compound(const ctx *c, uint32_t j) {
    for (uint32_t k = j; k <= j + 2; k += 2) {
        const eg_token *t = &c->tv[k];
        if (!(t->flags & EG_TOK_WORD) || (t->flags & (EG_TOK_CAP | EG_TOK_POSS)) || covered(c, k) ||
            t->len < 3)
            return 0;
        uint32_t cp;
        eg_utf8_decode((const unsigned char *)ttext(c, k), t->len, &cp);
        if (cp < 0x80 && !(cp >= 'a' && cp <= 'z'))
            return 0;
    }
    return is_hyphen(c, j + 1) && attached(c, j + 1) && attached(c, j + 2);
}

static eg_status rule_sentence_case_body(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t h,
                                         const designator *d, eg_error *err) {
    if (!d || !is_cap_word(c, h) || (c->tv[h].flags & EG_TOK_ALLCAPS) || h + 2 >= se ||
        strcmp(d->type, "location") == 0)
        return EG_OK;
    if (h > sb && (covered(c, h - 1) || (is_cap_word(c, h - 1) && !eg_rx_tok_class(c, h - 1))))
        return EG_OK; /* part of a longer run of names */
    uint32_t j = h + 1, e = h + 1, content = 0, romance = 0;
    int owner = 0; /* the name ends on its owner's acronym */
    while (j < se && j - h <= 10) {
        if (romance_particle(c, j) || elision_mark(c, j)) {
            uint32_t ae = content > 0 ? particle_acronym_end(c, j, se) : NONE;
            if (ae != NONE) {
                e = ae; /* "Syndicat des employés ... de la SAQ" */
                owner = 1;
                break;
            }
            /* a particle (with "la", "l’") and the word it governs */
            uint32_t k = j;
            while (k < se && k - j < 3 && (romance_particle(c, k) || elision_mark(c, k)))
                k++;
            if (k < se && k > j && covered(c, k) && !elision_mark(c, k - 1)) {
                /* a listed place closes the name: "Syndicat des travailleurs
                 * forestiers du Québec" */
                const eg_mention *m = &c->doc->ments.v[c->s->cover.v[k]];
                const char *ty = eg_rx_ent_type(c, m->ent);
                if (m->tok_begin == k && m->tok_end <= se && content > 0 &&
                    m->origin == EG_ORIGIN_GAZETTEER &&
                    (strcmp(ty, "location") == 0 || strcmp(ty, "country") == 0) &&
                    !(m->tok_end < se && (is_cap_word(c, m->tok_end) || covered(c, m->tok_end))))
                    e = m->tok_end;
                break;
            }
            if (k < se && k > j && content > 0 && is_cap_word(c, k) &&
                !(c->tv[k].flags & EG_TOK_ALLCAPS) && !elision_mark(c, k - 1) &&
                !eg_rx_designator_at(c, k) && !eg_rx_tok_class(c, k)) {
                /* one or two capitalised words close it too: "Syndicat des
                 * viticulteurs indépendants de Bourgogne" */
                uint32_t q = k + 1;
                if (q < se && is_cap_word(c, q) && !covered(c, q) && !eg_rx_designator_at(c, q))
                    q++;
                if (!(q < se &&
                      (is_cap_word(c, q) || covered(c, q) || (c->tv[q].flags & EG_TOK_POSS))))
                    e = q;
                break;
            }
            const eg_token *t = &c->tv[k < se ? k : se - 1];
            if (k >= se || !(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP) || covered(c, k) ||
                t->len < 3 || !attached_space(c, j) || romance_particle(c, k))
                break;
            if (WORD_IN_LIST(latin_phrases, ttext(c, k), c->tv[k].len))
                break; /* "the Commission de facto", "the Fund per capita" */
            romance += romance_word(c, k) || romance_particle(c, j);
            e = j = k + 1;
            content++;
            continue;
        }
        if (content > 0 && romance > 0 && j + 2 < se && lower_compound(c, j)) {
            e = j = j + 3; /* "Bureau indépendant anti-corruption" */
            content++;
            continue;
        }
        if (!romance_word(c, j))
            break;
        romance++;
        e = ++j;
        content++;
    }
    if (content == 0 || romance == 0 || e <= h + 1)
        return EG_OK;
    /* the first word after the head is an adjective or a particle of the
     * language, not an English word: "Office staff", "Alliance members" */
    if (!romance_word(c, h + 1) && !romance_particle(c, h + 1))
        return EG_OK;
    if (e < se && (is_cap_word(c, e) || covered(c, e) || (c->tv[e].flags & EG_TOK_POSS)))
        return EG_OK; /* "Conseil de la Concurrence": the other rules */
    if (tok_is(c, h + 1, "e") || tok_is(c, h + 1, "y") || tok_is(c, h + 1, "et"))
        return EG_OK;
    if (h >= sb + 2 && tok_is(c, h - 1, "or") && (tok_is(c, h - 2, ",") || covered(c, h - 2)))
        return EG_OK; /* "the International Criminal Court, or Cour pénale internationale":
                         another name of the body named before */
    const char *type = strcmp(d->type, "agency") == 0 && org_apposition(c, e, se)
                           ? "organisation" /* "Conseil québécois du commerce de détail, which
                                               represents about 5,000 retailers" */
                           : d->type;
    eg_status st = eg_rx_add_cand(c, h, e, si, K_ORG, type, -1, EG_ORIGIN_RULE, err);
    if (st == EG_OK && owner)
        c->s->cands.v[c->s->cands.n - 1].inner = 1; /* the acronym's listed body */
    return st;
}

/* Native and regional names of a branch's territory that the lists lack
 * ("Greenpeace Nederland", "WWF España", "Transdev Australasia"); sorted. */
static const char *const branch_lands[] = {
    "Africa",        "Algérie",  "Aotearoa", "Asia-Pacific", "Australasia", "Belgique",
    "Brasil",        "Cameroun", "Danmark",  "Deutschland",  "España",      "Italia",
    "Latinoamérica", "MENA",     "Maroc",    "Norden",       "Nordic",      "Norge",
    "Perú",          "Polska",   "Schweiz",  "Suisse",       "Suomi",       "Sverige",
    "Sénégal",       "Tunisie",  "Türkiye",  "Österreich",
};

/* Particles of a branch's name in a Romance language before its territory
 * ("Crédit Agricole du Maroc", "Nestlé de Colombia", "Itaú del Perú"). */
static const char *const branch_particles[] = {"da", "de", "del", "do", "du"};

/* "Greenpeace Nordic", "UFCW Canada", "Ipsos Perú", "Orange Egypt", "Crédit
 * Agricole du Maroc": a listed company, NGO, union or association right
 * before a listed country or region (or its native name), a Romance particle
 * allowed between, with no name word after is its national branch, one
 * organisation (a country before a name stays a mention of its own). A news
 * organisation is one only after a noun that introduces it ("the state news
 * agency Sputnik Azerbaijan"): a wire's desk is not ("told Reuters Kenya"). */
static eg_status rule_listed_branch(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t h,
                                    eg_error *err) {
    static const char *const kinds[] = {"association", "company", "ngo", "union"};
    /* joined by a hyphen ("WWF-India", "Interfax-Ukraine"): not a company, whose
     * hyphened country is a deal's or a market's ("the Microsoft-India deal") */
    static const char *const hyphen_kinds[] = {"association", "news", "ngo", "union"};
    static const char *const news_nouns[] = {"agency",  "broadcaster", "channel",
                                             "daily",   "newspaper",   "outlet",
                                             "service", "website",     "weekly"};
    const eg_mention *m = covered(c, h) ? &c->doc->ments.v[c->s->cover.v[h]] : NULL;
    uint32_t e = m ? m->tok_end : h + 1, e2;
    int hy = 0;
    if (m ? m->tok_begin != h || m->origin != EG_ORIGIN_GAZETTEER
          : !is_cap_word(c, h) || (h > sb && (is_cap_word(c, h - 1) || covered(c, h - 1))))
        return EG_OK; /* uncovered: a listed name the matcher left to a longer run */
    if (m && e + 1 < se && is_hyphen(c, e) && attached(c, e) && attached(c, e + 1)) {
        hy = 1;
        e++;
    } else if (m && e + 1 < se && (c->tv[e].flags & EG_TOK_WORD) &&
               !(c->tv[e].flags & EG_TOK_CAP) && attached_space(c, e) &&
               WORD_IN_LIST(branch_particles, ttext(c, e), c->tv[e].len)) {
        e++; /* "Crédit Agricole du Maroc" */
    }
    if (e >= se || (!hy && !attached_space(c, e)) || !is_cap_word(c, e))
        return EG_OK;
    /* the territory first (cheap), the listed name's kind last */
    if (covered(c, e)) {
        const eg_mention *n = &c->doc->ments.v[c->s->cover.v[e]];
        if (n->tok_begin != e || n->origin != EG_ORIGIN_GAZETTEER || !country_or_region(c, n->ent))
            return EG_OK;
        e2 = n->tok_end;
    } else {
        e2 = e + 1; /* a native name, or a country the matcher left out: checked last */
    }
    if (e2 > se || (e2 < se && (is_cap_word(c, e2) || covered(c, e2))) ||
        (hy && e2 < se && attached(c, e2) && (is_hyphen(c, e2) || (c->tv[e2].flags & EG_TOK_WORD))))
        return EG_OK; /* "WWF-India-led": a compound word */
    long gaz = m ? (strcmp(eg_rx_ent_type(c, m->ent), "organisation") == 0
                        ? (long)c->doc->ents.v[m->ent].gaz
                        : -1)
                 : eg_rx_listed_word(c, h, "organisation");
    const char *cat = gaz >= 0 ? eg_gazetteer_category(c->g, (size_t)gaz) : NULL;
    if (!cat || !(hy ? IN_LIST(hyphen_kinds, cat)
                     : IN_LIST(kinds, cat) ||
                           (strcmp(cat, "news") == 0 && h > sb && LOWER_IN(h - 1, news_nouns))))
        return EG_OK;
    if (!covered(c, e) && !WORD_IN_LIST(branch_lands, ttext(c, e), c->tv[e].len) &&
        eg_rx_country_word(c, e) < 0)
        return EG_OK;
    eg_status st = eg_rx_add_cand(c, h, e2, si, K_ORG, "organisation", -1, EG_ORIGIN_RULE, err);
    if (st == EG_OK)
        c->s->cands.v[c->s->cands.n - 1].absorb = 1;
    return st;
}

/* "Philippine Red Cross", "Moroccan Red Crescent", "Nepal Red Cross Society": a
 * country or its demonym right before "Red Cross" or "Red Crescent" names that
 * nation's society, one organisation (not the International Committee). */
static eg_status rule_red_cross(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t h,
                                eg_error *err) {
    if (h <= sb || h + 1 >= se || !tok_is(c, h, "Red") ||
        !(tok_is(c, h + 1, "Cross") || tok_is(c, h + 1, "Crescent")))
        return EG_OK;
    uint32_t s = h - 1, e = h + 2;
    if (covered(c, h - 1)) {
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[h - 1]];
        if (m->tok_end != h || strcmp(eg_rx_ent_type(c, m->ent), "country") != 0)
            return EG_OK;
        s = m->tok_begin;
    } else if (!is_cap_word(c, h - 1) || eg_rx_country_word(c, h - 1) < 0) {
        return EG_OK;
    }
    if (s < sb || (s > sb && (c->tv[s - 1].flags & EG_TOK_POSS)))
        return EG_OK; /* "Kenya’s Red Cross" leaves the country out */
    if (e < se && (tok_is(c, e, "Society") || tok_is(c, e, "Authority")))
        e++;
    if (e < se && covered(c, e - 1) && c->doc->ments.v[c->s->cover.v[e - 1]].tok_end > e)
        return EG_OK;
    /* "Saudi Red Crescent Authority" is the state's own body */
    const char *type = tok_is(c, e - 1, "Authority") ? "agency" : "organisation";
    eg_status st = eg_rx_add_cand(c, s, e, si, K_ORG, type, -1, EG_ORIGIN_RULE, err);
    if (st == EG_OK)
        c->s->cands.v[c->s->cands.n - 1].join = 1;
    return st;
}

/* The ISO code of the state a listed country, or a listed place or body,
 * belongs to ("" when the list gives none). */
static const char *listed_state(const ctx *c, uint32_t e) {
    int32_t gaz = c->doc->ents.v[e].gaz;
    if (gaz < 0)
        return "";
    const char *v = eg_gazetteer_attr(c->g, (size_t)gaz, "iso3");
    if (!v || !*v)
        v = eg_gazetteer_attr(c->g, (size_t)gaz, "country");
    return v ? v : "";
}

/* "Zambia National Farmers' Union", "Jordan Press Association", "Baalbek
 * Heritage Foundation", "Florida Democratic Party", "Scottish Conservatives",
 * "Alberta NDP": a listed country or place (or its demonym) right before a
 * listed body whose name is generic (two words or more ending in an
 * organisation designator, or an association, union, NGO, party, cultural
 * body or university) names that place's own body. A country's body of the
 * same state stays two mentions ("the U.S. Heritage Foundation", "British
 * Labour Party"), as do world bodies, armed groups, one-word companies
 * ("Peruvian Amazon"), a possessive ("Zambia's National Farmers' Union") and
 * a place after a preposition ("offices in Florida Democratic Party ...").
 * A one-word party takes only a state, province or region ("Alberta NDP"). */
static eg_status rule_place_body(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t h,
                                 eg_error *err) {
    static const char *const kinds[] = {"association", "culture", "ngo",
                                        "party",       "union",   "university"};
    static const char *const regions[] = {"province", "region", "state"};
    if (h <= sb || !covered(c, h - 1) || !attached_space(c, h) ||
        (c->tv[h - 1].flags & EG_TOK_POSS))
        return EG_OK;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[h]];
    const eg_mention *p = &c->doc->ments.v[c->s->cover.v[h - 1]];
    if (m->tok_begin != h || m->tok_end > se || p->tok_end != h || p->tok_begin < sb ||
        m->origin != EG_ORIGIN_GAZETTEER ||
        (p->origin != EG_ORIGIN_GAZETTEER && p->origin != EG_ORIGIN_DEMONYM))
        return EG_OK;
    const char *pt = eg_rx_ent_type(c, p->ent);
    int country = strcmp(pt, "country") == 0;
    if ((!country && strcmp(pt, "location") != 0) ||
        strcmp(eg_rx_ent_type(c, m->ent), "organisation") != 0)
        return EG_OK;
    int32_t gaz = c->doc->ents.v[m->ent].gaz;
    const char *cat = gaz >= 0 ? eg_gazetteer_category(c->g, (size_t)gaz) : NULL;
    if (!cat || strcmp(cat, "international") == 0 || strcmp(cat, "armed-group") == 0)
        return EG_OK;
    uint32_t s = p->tok_begin, q = s; /* the word before q is the one before the name */
    if (s + 1 < h && (tok_is(c, s, "The") || tok_is(c, s, "the")))
        s++; /* "The Bahamas National Trust", the sentence's first words too */
    if (q > sb && (covered(c, q - 1) || (is_cap_word(c, q - 1) && !eg_rx_tok_class(c, q - 1))))
        return EG_OK;
    if (q > sb && p->origin != EG_ORIGIN_DEMONYM && eg_rx_is_prep(c, q - 1))
        return EG_OK;
    int generic = IN_LIST(kinds, cat);
    if (m->tok_end - m->tok_begin >= 2) {
        const designator *d = eg_rx_designator_at(c, m->tok_end - 1);
        if (d && strcmp(d->type, "organisation") == 0 && !(d->flags & (DES_SECTOR | DES_PREFIX)))
            generic = 1;
    } else if (strcmp(cat, "party") != 0) {
        return EG_OK;
    }
    if (!generic)
        return EG_OK;
    int32_t pg = c->doc->ents.v[p->ent].gaz;
    const char *pcat = !country && pg >= 0 ? eg_gazetteer_category(c->g, (size_t)pg) : NULL;
    int region = pcat && IN_LIST(regions, pcat);
    if (m->tok_end - m->tok_begin < 2 || (strcmp(cat, "party") == 0 && !region)) {
        if (!region)
            return EG_OK; /* "Austrian Greens", "Chicago Democrats" */
    } else if (country && strcmp(listed_state(c, p->ent), listed_state(c, m->ent)) == 0) {
        return EG_OK;
    }
    eg_status st =
        eg_rx_add_cand(c, s, m->tok_end, si, K_ORG, "organisation", -1, EG_ORIGIN_RULE, err);
    if (st == EG_OK)
        c->s->cands.v[c->s->cands.n - 1].join = 1;
    return st;
}

/* A designator that heads a name in another language at token h although a
 * listed place of the same spelling covers it, when a particle and a name
 * follow ("Fundación para la Conservación ...": Fundación is also a town);
 * the designator, or NULL. */
static const designator *head_over_place(const ctx *c, uint32_t h, uint32_t se) {
    if (!(c->tv[h].flags & EG_TOK_CAP) || c->tv[h].len < 5 || h + 2 >= se ||
        (c->tv[h].flags & EG_TOK_ALLCAPS) || !is_particle(c, h + 1) || is_joiner(c, h + 1))
        return NULL;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[h]];
    if (m->tok_begin != h || m->tok_end != h + 1 || !eg_rx_replaceable(c, m) ||
        strcmp(eg_rx_ent_type(c, m->ent), "location") != 0)
        return NULL;
    const designator *d = eg_rx_designator_at(c, h);
    return d && (d->flags & DES_HEAD) && strcmp(d->type, "location") != 0 ? d : NULL;
}

/* A head designator at token h that a listed one-word body of its own type
 * covers ("Gremio", a listed football club; "Garda"), when a particle and a
 * name follow: "Gremio de Transportistas de Huaral" is a guild of its own,
 * which takes the listed word into its name. The word alone ("the Gremio
 * said") stays the listed body. The designator, or NULL. */
static const designator *head_over_body(const ctx *c, uint32_t h, uint32_t se) {
    if (!(c->tv[h].flags & EG_TOK_CAP) || h + 2 >= se || (c->tv[h].flags & EG_TOK_ALLCAPS))
        return NULL;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[h]];
    if (m->tok_begin != h || m->tok_end != h + 1 || m->origin != EG_ORIGIN_GAZETTEER ||
        !is_particle(c, h + 1) || is_joiner(c, h + 1) ||
        particles_before_name(c, h + 1, se) == NONE)
        return NULL;
    const designator *d = eg_rx_designator_at(c, h);
    return d && (d->flags & DES_HEAD) && strcmp(d->type, eg_rx_ent_type(c, m->ent)) == 0 ? d : NULL;
}

/* The news agency a listed form names, when the same form also names
 * another body ("AFP": Agence France-Presse, not the Australian Federal
 * Police; "STT"): the gazetteer index of the only listed news organisation
 * of token j's form, or -1. */
static long news_variant(const ctx *c, uint32_t j) {
    char buf[64];
    size_t n = eg_fold_buf(ttext(c, j), c->tv[j].len, EG_FOLD_CASE, buf, sizeof buf - 1);
    if (n == (size_t)-1 || n == 0)
        return -1;
    uint32_t tok = eg_gazetteer_token(c->g, buf, n);
    uint32_t node = tok == EG_GAZ_NONE ? EG_GAZ_NONE : eg_gazetteer_child(c->g, 0, tok);
    if (node == EG_GAZ_NONE)
        return -1;
    size_t nv = 0;
    const eg_gaz_variant *v = eg_gazetteer_variants(c->g, node, &nv);
    long found = -1;
    for (size_t i = 0; i < nv; i++) {
        const char *cat = eg_gazetteer_category(c->g, v[i].ent);
        if (v[i].ntok != 1 || !cat || strcmp(cat, "news") != 0 ||
            strcmp(eg_gazetteer_type(c->g, v[i].ent), "organisation") != 0)
            continue;
        if (found >= 0 && found != (long)v[i].ent)
            return -1;
        found = (long)v[i].ent;
    }
    return found;
}

/* Words in brackets after a dateline that name no news organisation: a
 * label of the story or its media ("MANILA (Updated) —", "(Video)"). */
static const char *const credit_labels[] = {
    "adds",      "advisory",  "analysis",  "audio",   "corrected", "correction",
    "editorial", "exclusive", "explainer", "feature", "file",      "graphic",
    "interview", "listen",    "live",      "opinion", "photo",     "photos",
    "podcast",   "update",    "updated",   "updates", "video",     "watch"};

/* Is token sb the first word of a place the matcher tagged ("NAIROBI",
 * "PALANGKA RAYA", "New Delhi", "Dhaka")? */
static int tagged_place_at(const ctx *c, uint32_t sb) {
    if (!(c->tv[sb].flags & EG_TOK_CAP) || !covered(c, sb))
        return 0;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[sb]];
    const char *ty = eg_rx_ent_type(c, m->ent);
    return m->tok_begin == sb && (strcmp(ty, "location") == 0 || strcmp(ty, "country") == 0);
}

/* A news agency's credit in a dateline, "HELSINKI (STT) —", "CANBERRA, March
 * 17 (AFP) —", "New Delhi, Feb 14 (PTI) The", "ISLAMABAD, Feb 2 (APP):": the
 * word in brackets after the place opening the story's line (and its date or
 * country) is the agency, an organisation, though the same letters name a
 * police force or a state body elsewhere; an unlisted one is a news
 * organisation of its own, in capitals ("(TT)", "(BNS)") or not ("(bne)",
 * "(Mongabay)") unless it labels the story ("(Updated)", "(Video)") or is
 * tagged already (a place: "MAKATI (Philippines) —"). Not two words ("(AP
 * Photo)"), not a bracket further on ("LAGOS (Reuters) - The EFCC (Economic
 * ...)"). */
static eg_status dateline_credit(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    int placed = tagged_place_at(c, sb);
    if (!placed && (!(c->tv[sb].flags & EG_TOK_ALLCAPS) || c->tv[sb].len < 2))
        return EG_OK;
    uint32_t j = sb + 1, lim = sb + 10 < se ? sb + 10 : se;
    while (j < lim && !tok_is(c, j, "(")) {
        const eg_token *t = &c->tv[j];
        if ((t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) && !(t->flags & EG_TOK_ALLCAPS))
            return EG_OK; /* a sentence, not a dateline */
        if (!(t->flags & (EG_TOK_WORD | EG_TOK_NUM)) && !tok_is(c, j, ",") && !tok_is(c, j, ".") &&
            !tok_is(c, j, "/"))
            return EG_OK;
        j++;
    }
    uint32_t a = j + 1;
    if (j >= lim || a + 1 >= se || !tok_is(c, a + 1, ")") || !(c->tv[a].flags & EG_TOK_WORD) ||
        (c->tv[a].flags & (EG_TOK_NUM | EG_TOK_POSS | EG_TOK_DOTTED)) || c->tv[a].len < 2)
        return EG_OK;
    int caps = (c->tv[a].flags & EG_TOK_ALLCAPS) && c->tv[a].len <= 6;
    uint32_t x = a + 2;
    if (x < se && !(c->tv[x].flags & EG_TOK_DASH) && !is_cap_word(c, x) && !tok_is(c, x, ":"))
        return EG_OK;
    if (!caps) {
        char low[16];
        if (!placed || covered(c, a) || c->tv[a].len > 20 ||
            (eg_rx_ascii_lower(ttext(c, a), c->tv[a].len, low, sizeof low) &&
             IN_LIST(credit_labels, low)) ||
            (eg_rx_tok_class(c, a) & (W_FUNC | W_DAY | W_MONTH)) ||
            eg_rx_listed_word(c, a, NULL) >= 0)
            return EG_OK;
        return eg_rx_add_cand(c, a, a + 1, si, K_ORG, "organisation", -1, EG_ORIGIN_RULE, err);
    }
    if (!covered(c, a)) {
        if (eg_rx_listed_word(c, a, NULL) >= 0)
            return EG_OK; /* a listed word the matcher left out: not ours to name */
        return eg_rx_add_cand(c, a, a + 1, si, K_ORG, "organisation", -1, EG_ORIGIN_RULE, err);
    }
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[a]];
    if (m->tok_begin != a || m->tok_end != a + 1 ||
        strcmp(eg_rx_ent_type(c, m->ent), "organisation") == 0)
        return EG_OK;
    long g = news_variant(c, a), de = -1;
    if (g >= 0 && (de = eg_doc_gazent(c->doc, (int32_t)g)) < 0)
        return eg_rx_oom(c->doc->origin, 0, err);
    eg_status st =
        de >= 0
            ? eg_rx_add_cand(c, a, a + 1, si, K_ORG, NULL, (int32_t)de, EG_ORIGIN_GAZETTEER, err)
            : eg_rx_add_cand(c, a, a + 1, si, K_ORG, "organisation", -1, EG_ORIGIN_RULE, err);
    if (st == EG_OK)
        c->s->cands.v[c->s->cands.n - 1].swap = 1;
    return st;
}

/* Plural nicknames a club takes after its town or country ("Incheon
 * Seahawks", "PNG Chiefs", "Nairobi Leopards"). */
static const char *const team_nouns[] = {
    "Bears",       "Broncos",   "Bulldogs",  "Bulls",   "Cheetahs", "Chiefs",   "Cobras",
    "Cowboys",     "Crusaders", "Dolphins",  "Dragons", "Eagles",   "Falcons",  "Gladiators",
    "Highlanders", "Hornets",   "Hunters",   "Jaguars", "Knights",  "Leopards", "Lions",
    "Marlins",     "Panthers",  "Pirates",   "Raiders", "Rhinos",   "Roosters", "Seahawks",
    "Sharks",      "Spartans",  "Stallions", "Stars",   "Steelers", "Titans",   "Vikings",
    "Warriors",    "Wolves"};

/* A listed town or country right before a plural nickname names a club, an
 * organisation, the place inside it ("the Incheon Seahawks", "the PNG
 * Chiefs", "Mombasa Leopards"). Not a possessive place ("Kenya's Lions"),
 * not before "of" ("Chiefs of Staff") or a capitalised word (a title-case
 * headline, "Kenya Chiefs Protest Pay Cuts"), not a demonym, and not a
 * place that a longer name holds. */
static eg_status rule_place_team(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t h,
                                 eg_error *err) {
    if (h <= sb || !is_cap_word(c, h) || (c->tv[h].flags & EG_TOK_ALLCAPS) ||
        ttext(c, h)[c->tv[h].len - 1] != 's' || !attached_space(c, h) ||
        !WORD_IN_LIST(team_nouns, ttext(c, h), c->tv[h].len))
        return EG_OK;
    if (h + 1 < se && (is_cap_word(c, h + 1) || tok_is(c, h + 1, "of")))
        return EG_OK;
    uint32_t p = h - 1, b = p;
    if (c->tv[p].flags & EG_TOK_POSS)
        return EG_OK;
    if (covered(c, p)) {
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[p]];
        const char *ty = eg_rx_ent_type(c, m->ent);
        if (m->tok_end != h || m->tok_begin < sb || m->origin != EG_ORIGIN_GAZETTEER ||
            (strcmp(ty, "location") != 0 && strcmp(ty, "country") != 0))
            return EG_OK;
        b = m->tok_begin;
    } else if (!(c->tv[p].flags & EG_TOK_CAP) || (eg_rx_listed_word(c, p, "location") < 0 &&
                                                  eg_rx_listed_word(c, p, "country") < 0)) {
        return EG_OK;
    }
    if (b > sb && is_cap_word(c, b - 1) && !eg_rx_tok_class(c, b - 1))
        return EG_OK; /* "Gold Coast Titans" is the recognisers' */
    return eg_rx_add_cand(c, b, h + 1, si, K_ORG, "organisation", -1, EG_ORIGIN_RULE, err);
}

/* A Danish or Norwegian company written with its slashed legal form and no
 * other designator: "Vestjysk Metanol A/S", "Nordsø Vest P/S" (the
 * partnership form), "Hesselager Vand I/S"; h is the "S". The name is the
 * capitalised words before, one of them on no list.
 * Out of line: inlined, it made eg_rx_rule_designators too big to inline
 * rule_slavic_body (0.2% more instructions on dev articles). */
#if defined(__GNUC__)
#define SLASH_FORM_RULE __attribute__((noinline)) static
#else
#define SLASH_FORM_RULE static
#endif
SLASH_FORM_RULE eg_status rule_slash_form(ctx *c, uint32_t si, uint32_t sb, uint32_t h,
                                          eg_error *err) {
    if (h < sb + 3 || !tok_is(c, h - 1, "/") || !attached(c, h - 1) || !attached(c, h) ||
        c->tv[h - 2].len != 1 || !strchr("AIKP", ttext(c, h - 2)[0]) || !attached_space(c, h - 2) ||
        eg_rx_designator_at(c, h - 3))
        return EG_OK;
    uint32_t s = h - 2, free = 0;
    while (s > sb && h - 2 - s < 4) {
        uint32_t p = s - 1;
        if (covered(c, p)) {
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[p]];
            if (!eg_rx_replaceable(c, m) || m->tok_begin < sb)
                break;
            s = m->tok_begin; /* "Nordsø Vest P/S", "Esbjerg Havn A/S" */
        } else if (org_word(c, p) && !(c->tv[p].flags & EG_TOK_ALLCAPS)) {
            s = p;
            free++;
        } else {
            break;
        }
    }
    if (!free || s == h - 2)
        return EG_OK;
    return eg_rx_add_cand(c, s, h + 1, si, K_ORG, "organisation", -1, EG_ORIGIN_RULE, err);
}

eg_status eg_rx_rule_designators(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    if (c->tv[sb].flags & EG_TOK_LINE_START) {
        eg_status st = dateline_credit(c, si, sb, se, err);
        if (st != EG_OK)
            return st;
    }
    for (uint32_t h = sb; h < se; h++) {
        if (c->tv[h].flags & EG_TOK_CAP) {
            eg_status st = rule_listed_branch(c, si, sb, se, h, err);
            if (st == EG_OK && c->tv[h].len == 3 && ttext(c, h)[0] == 'R')
                st = rule_red_cross(c, si, sb, se, h, err);
            if (st == EG_OK && c->tv[h].len == 1 && ttext(c, h)[0] == 'S')
                st = rule_slash_form(c, si, sb, h, err);
            if (st == EG_OK && covered(c, h) && h > sb && covered(c, h - 1))
                st = rule_place_body(c, si, sb, se, h, err);
            if (st != EG_OK)
                return st;
        }
        if (!(c->tv[h].flags & EG_TOK_WORD))
            continue;
        if (covered(c, h)) {
            const designator *d = head_over_place(c, h, se),
                             *b = d ? NULL : head_over_body(c, h, se);
            size_t before = c->s->cands.n;
            eg_status st = d || b ? rule_designator(c, si, sb, se, h, d ? d : b, err) : EG_OK;
            if (st != EG_OK)
                return st;
            for (size_t k = before; b && k < c->s->cands.n; k++)
                c->s->cands.v[k].absorb = c->s->cands.v[k].tb == h;
            continue;
        }
        eg_status st = rule_field_country(c, si, sb, se, h, err);
        if (st == EG_OK && (c->tv[h].flags & EG_TOK_CAP) && c->tv[h].len >= 4 &&
            ttext(c, h)[c->tv[h].len - 1] == 's')
            st = rule_place_team(c, si, sb, se, h, err);
        if (st == EG_OK)
            st = rule_country_field(c, si, sb, se, h, err);
        if (st == EG_OK)
            st = rule_anti(c, si, sb, se, h, err);
        if (st == EG_OK)
            st = rule_compound_body(c, si, sb, se, h, err);
        if (st == EG_OK)
            st = rule_slavic_body(c, si, sb, se, h, err);
        if (st != EG_OK)
            return st;
        const designator *d = eg_rx_designator_at(c, h);
        if (!d)
            continue;
        st = rule_sentence_case_body(c, si, sb, se, h, d, err);
        if (st != EG_OK)
            return st;
        if (h > sb && strcmp(d->type, "organisation") == 0 &&
            !(d->flags & (DES_PREFIX | DES_HEAD)) && is_cap_word(c, h) && !eg_rx_legal_form(d))
            st = rule_listed_plus(c, si, se, h, err);
        if (st == EG_OK)
            st = rule_designator(c, si, sb, se, h, d, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* Is the one-word name [i, e) an acronym the article has already tagged
 * ("the Tribunal Superior Eleitoral (TSE) ... The TSE said it")? Its short
 * form is resolved later; it is no new organisation. */
static int tagged_acronym(const ctx *c, uint32_t i, uint32_t e) {
    const eg_doc *doc = c->doc;
    if (e != i + 1 || !(c->tv[i].flags & EG_TOK_ALLCAPS))
        return 0;
    for (size_t k = 0; k < doc->ments.n; k++) {
        const eg_mention *m = &doc->ments.v[k];
        if (m->end - m->start == c->tv[i].len &&
            memcmp(c->text + m->start, ttext(c, i), c->tv[i].len) == 0)
            return 1;
    }
    for (size_t k = 0; k < c->s->cands.n; k++) {
        const cand *a = &c->s->cands.v[k];
        if (a->te == a->tb + 1 && a->tb != i && c->tv[a->tb].len == c->tv[i].len &&
            memcmp(ttext(c, a->tb), ttext(c, i), c->tv[i].len) == 0)
            return 1;
    }
    return 0;
}

/* "Coupang said it would appeal": capitalised words on no list before "said
 * it", after the first round of rules, so that a person's surname ("Brandão
 * said it was ...") is not taken for an organisation. */
eg_status eg_rx_rule_says_it(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb; i < se; i++) {
        uint32_t e;
        if (!is_cap_word(c, i) || covered(c, i) ||
            !(i == sb || !(is_cap_word(c, i - 1) || covered(c, i - 1)) ||
              eg_rx_tok_class(c, i - 1) ||
              ((c->tv[i].flags & EG_TOK_LINE_START) && byline_above(c, i, sb))) ||
            (e = org_name(c, i, se)) == NONE || !says_it(c, e, se))
            continue;
        for (uint32_t k = i + 1; k < e; k++)
            if ((c->tv[k].flags & EG_TOK_LINE_START) && byline_above(c, k, sb))
                i = k; /* "By Jeong Ha-eun" over "Seoul Semiconductor said it" */
        int person = 0;
        for (uint32_t j = i; j < e && !person; j++)
            person =
                (c->tv[j].flags & EG_TOK_WORD) && eg_rx_person_word(c, ttext(c, j), c->tv[j].len);
        if (person || (e == i + 1 && eg_rx_given_name(c, i)) || tagged_acronym(c, i, e))
            continue;
        eg_status st = eg_rx_add_cand(c, i, e, si, K_NOUN, "organisation", -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
        i = e - 1;
    }
    return EG_OK;
}

/* Words whose part after a body's name names its place: "of" and the
 * Romance genitives. */
static const char *const place_of_words[] = {"da", "das", "de", "del", "des",
                                             "do", "dos", "du", "of"};

/* Articles between a joining word and the place ("Voces de la Frontera",
 * "Special Tribunal for the Gambia"). */
static const char *const place_articles[] = {"la", "las", "le", "les", "los", "the"};

/* Does the surface [b, e) hold a joining word of a name ("of", "for",
 * "on", "de", ...)? */
static int surface_has_of(const ctx *c, uint32_t b, uint32_t e) {
    static const char *const ofs[] = {"da", "de", "del", "des", "do", "du", "for", "of", "on"};
    for (uint32_t j = b + 1; j + 1 < e; j++)
        if (!(c->tv[j].flags & EG_TOK_CAP) && WORD_IN_LIST(ofs, ttext(c, j), c->tv[j].len))
            return 1;
    return 0;
}

/* "House of Representatives of Puerto Rico", "Red Cross of Kosovo",
 * "Negociado de Energía de Puerto Rico", "Policía Nacional de Colombia": an
 * agency (or an organisation whose name already holds "of" or "de", or ends
 * in Cross or Crescent) right before "of"/"de" and a listed country or place
 * that ends the run of names is one body with its place. Companies are left
 * alone ("Damen Shipyards of the Netherlands", "Norrland Capital of
 * Stockholm"). A body no list holds, found by a rule, also takes its place
 * after a Romance genitive (a name in another language goes on past "de":
 * "Voces de la Frontera"), and after "for" when it is an agency or an
 * organisation noun names it ("Special Tribunal for The Gambia", "residents’
 * group Clean Air for Debrecen"), an article allowed between; a listed body
 * never ("Homeland Security Investigations of the United States"). */
static eg_status join_place_of(ctx *c, size_t i, eg_error *err) {
    const eg_doc *doc = c->doc;
    const eg_mention *m = &doc->ments.v[i];
    uint32_t e = m->tok_end;
    if (i + 1 >= doc->ments.n || e + 1 >= c->ntok || (c->tv[e].flags & EG_TOK_CAP))
        return EG_OK;
    int of = tok_is(c, e, "of"), found = m->origin == EG_ORIGIN_RULE && doc->ents.v[m->ent].gaz < 0;
    int for_ = found && tok_is(c, e, "for") &&
               ((m->tok_begin > 0 && org_noun(c, m->tok_begin - 1, 0)) ||
                strcmp(eg_rx_ent_type(c, m->ent), "agency") == 0);
    if (!for_ && !WORD_IN_LIST(place_of_words, ttext(c, e), c->tv[e].len))
        return EG_OK;
    const eg_mention *p = &doc->ments.v[i + 1];
    uint32_t pb = e + 1;
    if (found && p->tok_begin == e + 2 && !(c->tv[pb].flags & EG_TOK_CAP) &&
        WORD_IN_LIST(place_articles, ttext(c, pb), c->tv[pb].len) &&
        (tok_is(c, pb, "the") == (of || for_)))
        pb++;
    if (p->tok_begin != pb || p->sentence != m->sentence || p->origin == EG_ORIGIN_DEMONYM)
        return EG_OK;
    const char *pt = eg_rx_ent_type(c, p->ent), *mt = eg_rx_ent_type(c, m->ent);
    if (strcmp(pt, "country") != 0 && strcmp(pt, "location") != 0)
        return EG_OK;
    int agency = strcmp(mt, "agency") == 0;
    if (!agency && strcmp(mt, "organisation") != 0)
        return EG_OK;
    uint32_t last = m->tok_end - 1;
    /* an organisation after "of" needs a joining word or Cross, Crescent in
     * its name, and after a Romance genitive a joining word, unless a rule
     * found it */
    int has_of = surface_has_of(c, m->tok_begin, m->tok_end);
    int named_of = has_of || tok_is(c, last, "Cross") || tok_is(c, last, "Crescent");
    if (!agency && !for_ && !(found && !of) && !(of ? named_of : has_of))
        return EG_OK;
    uint32_t pe = p->tok_end, se = doc->sents.v[m->sentence].tok_end;
    if ((c->tv[pe - 1].flags & EG_TOK_POSS) || (c->tv[last].flags & EG_TOK_POSS))
        return EG_OK;
    if (pe < se && (is_cap_word(c, pe) || (is_hyphen(c, pe) && attached(c, pe)) ||
                    (tok_is(c, pe, "(") &&
                     !(pe + 2 < se && eg_rx_acronym_shape(c, pe + 1) && tok_is(c, pe + 2, ")"))) ||
                    (tok_is(c, pe, "and") && pe + 1 < se && is_cap_word(c, pe + 1))))
        return EG_OK; /* "of Kosovo and Serbia", "of Puerto Rico Inc"; not before the
                         body's acronym: "... Workers of Slovenia (SKEI)" */
    eg_status st =
        eg_rx_add_cand(c, m->tok_begin, pe, m->sentence, K_ORG, mt, -1, EG_ORIGIN_RULE, err);
    if (st == EG_OK)
        c->s->cands.v[c->s->cands.n - 1].join = 1;
    return st;
}

/* Words before "<first half> and" that make the first half a place or one
 * of a list of its own ("in Kent and ...", "between ..."): no body joins
 * over that "and" (join_and_police, join_and_lead). Sorted. */
static const char *const and_placing[] = {"across", "around", "at",   "between",
                                          "both",   "in",     "near", "outside"};

/* "Devon and Cornwall Police", "Avon and Somerset Constabulary", "Dumfries
 * and Galloway Council": a force or council named by two places joined by
 * "and", the second of which the list or a rule took with the designator.
 * Not after a word that makes the first a place of its own ("in Kent and
 * Essex Police ...", "between ..."), not a country ("Kenya and Uganda"). */
static eg_status join_and_police(ctx *c, size_t i, eg_error *err) {
    static const char *const tails[] = {"Constabulary", "Council", "Police"};
    const eg_doc *doc = c->doc;
    const eg_mention *m = &doc->ments.v[i];
    uint32_t b = m->tok_begin, last = m->tok_end - 1;
    if (b < 2 || last <= b || !WORD_IN_LIST(tails, ttext(c, last), c->tv[last].len) ||
        !tok_is(c, b - 1, "and") || strcmp(eg_rx_ent_type(c, m->ent), "agency") != 0)
        return EG_OK;
    uint32_t a = b - 2, sb = doc->sents.v[m->sentence].tok_begin;
    if (a < sb || !is_cap_word(c, a) || (c->tv[a].flags & EG_TOK_ALLCAPS))
        return EG_OK;
    if (covered(c, a)) {
        const eg_mention *l = &doc->ments.v[c->s->cover.v[a]];
        if (l->tok_begin != a || l->tok_end != a + 1 ||
            strcmp(eg_rx_ent_type(c, l->ent), "location") != 0)
            return EG_OK;
    } else if (eg_rx_tok_class(c, a) || eg_rx_country_word(c, a) >= 0 || eg_rx_given_name(c, a)) {
        return EG_OK;
    }
    if (a > sb && (is_cap_word(c, a - 1) || covered(c, a - 1) ||
                   (c->tv[a - 1].flags & EG_TOK_POSS) || LOWER_IN(a - 1, and_placing)))
        return EG_OK;
    eg_status st =
        eg_rx_add_cand(c, a, m->tok_end, m->sentence, K_ORG, "agency", -1, EG_ORIGIN_RULE, err);
    if (st == EG_OK)
        c->s->cands.v[c->s->cands.n - 1].join = 1;
    return st;
}

/* Is the first half [r, a] of "<first half> and <body>" a place's or a
 * people's word and more than the place alone: a demonym, alone or with
 * name words ("Scottish", "Latvian Health"), or a listed place with name
 * words after it ("Turks and Caicos Hotel")? Uncovered words are name words
 * on no list, no designator, given name or function word ("Kenyan Embassy
 * and ..." names two bodies). 2 for a demonym alone, 1 for the others, 0 when
 * it is none. */
static int lead_half(const ctx *c, uint32_t r, uint32_t a) {
    const eg_doc *doc = c->doc;
    const eg_mention *f = &doc->ments.v[c->s->cover.v[r]];
    const char *ft = eg_rx_ent_type(c, f->ent);
    if (f->tok_begin != r || (strcmp(ft, "country") != 0 && strcmp(ft, "location") != 0))
        return 0;
    int words = 0;
    for (uint32_t k = f->tok_end; k <= a; k++) {
        const designator *d = eg_rx_designator_at(c, k);
        if (covered(c, k) || (d && !(d->flags & DES_SECTOR)) || eg_rx_given_name(c, k) ||
            eg_rx_country_word(c, k) >= 0)
            return 0;
        words++;
    }
    if (f->origin == EG_ORIGIN_DEMONYM && !words)
        return 2;
    /* a place a rule found (a listed one and its head word) is more too */
    return f->origin == EG_ORIGIN_DEMONYM || words ||
           (f->origin == EG_ORIGIN_RULE && f->tok_end - r >= 2);
}

/* "Scottish and Southern Electricity Networks", "Latvian Health and Social
 * Care Workers’ Trade Union", "Turks and Caicos Hotel and Tourism
 * Association": a body a rule found right after "and", whose first half
 * opens with a demonym or a place and is more than a place alone
 * (lead_half), is one body over "and". Not a place alone ("Kenya and Uganda
 * Revenue Authority"), not two demonyms ("Kenyan and Ugandan Revenue
 * Authority"), not a listed place opening the body after a first half with
 * name words ("Kenya Power and Nairobi Water Company"), not after a word that places or lists the
 * first half ("in Kent and ...", "police and"). */
static eg_status join_and_lead(ctx *c, size_t i, eg_error *err) {
    const eg_doc *doc = c->doc;
    const eg_mention *m = &doc->ments.v[i];
    uint32_t b = m->tok_begin, sb = doc->sents.v[m->sentence].tok_begin;
    if (b < sb + 2 || !tok_is(c, b - 1, "and") || m->origin != EG_ORIGIN_RULE ||
        doc->ents.v[m->ent].gaz >= 0 || eg_rx_country_word(c, b) >= 0)
        return EG_OK;
    const char *mt = eg_rx_ent_type(c, m->ent);
    if (strcmp(mt, "organisation") != 0 && strcmp(mt, "agency") != 0)
        return EG_OK;
    uint32_t a = b - 2, r = a + 1;
    while (r > sb && a + 1 - r < 4 && (is_cap_word(c, r - 1) || covered(c, r - 1))) {
        uint32_t k = r - 1;
        if (covered(c, k)) {
            const eg_mention *x = &doc->ments.v[c->s->cover.v[k]];
            if (x->tok_end > a + 1 || x->tok_begin < sb)
                return EG_OK;
            r = x->tok_begin;
        } else {
            if (eg_rx_tok_class(c, k) || (c->tv[k].flags & EG_TOK_ALLCAPS))
                break;
            r = k;
        }
    }
    int lead = r <= a && covered(c, r) ? lead_half(c, r, a) : 0;
    if (!lead || (lead == 1 && eg_rx_listed_word(c, b, "location") >= 0))
        return EG_OK; /* "Kenya Power and Nairobi Water Company" names two */
    if (r > sb && ((c->tv[r - 1].flags & EG_TOK_POSS) || LOWER_IN(r - 1, and_placing)))
        return EG_OK;
    /* the body's other mentions and those proposed (its acronym) go with it to the longer name,
     * which a mention before may have made already */
    eg_strbuf *nm = &c->s->name;
    const char *name = eg_rx_ent_name(c, m->ent);
    eg_strbuf_clear(nm);
    if (eg_rx_fold_space(c->text + c->tv[r].start,
                         c->tv[b - 1].start + c->tv[b - 1].len - c->tv[r].start, 0, nm) != 0 ||
        eg_strbuf_putc(nm, ' ') != 0)
        return eg_rx_oom(doc->origin, doc->origin_line, err);
    long de = m->ent;
    if (strncmp(name, nm->data, nm->len) != 0) {
        if (eg_strbuf_puts(nm, name) != 0 ||
            (de = eg_doc_discovered(c->doc, nm->data, nm->len, mt)) < 0)
            return eg_rx_oom(doc->origin, doc->origin_line, err);
        uint32_t from = m->ent;
        for (size_t k = 0; k < doc->ments.n; k++) {
            eg_mention *x = &c->doc->ments.v[k];
            if (x->ent == from && k != i) {
                x->ent = (uint32_t)de;
                c->doc->ents.v[de].mentions++;
                if (c->doc->ents.v[from].mentions)
                    c->doc->ents.v[from].mentions--;
            }
        }
        for (size_t k = 0; k < c->s->cands.n; k++)
            if (c->s->cands.v[k].ent == (int32_t)from)
                c->s->cands.v[k].ent = (int32_t)de;
    }
    eg_status st =
        eg_rx_add_cand(c, r, m->tok_end, m->sentence, K_ORG, mt, (int32_t)de, EG_ORIGIN_RULE, err);
    if (st == EG_OK)
        c->s->cands.v[c->s->cands.n - 1].join = 1;
    return st;
}

/* The country attribute of listed entity g (three letters), or NULL. */
static const char *listed_country(const ctx *c, int32_t g) {
    const char *cc = g >= 0 ? eg_gazetteer_attr(c->g, (size_t)g, "country") : NULL;
    return cc && strlen(cc) == 3 ? cc : NULL;
}

/* "Osaka Harbour Energy", "Nakuru Athletic Club": a listed town right before
 * a listed organisation of two words or more from another country, the
 * name ending there (punctuation, a function word or "said" after it), is a body of
 * its own that borrows the listed name; the organisation's other mentions
 * go with it. Not the town's own firm ("Minneapolis Star Tribune"), not a
 * branch ("the Shanghai General Motors plant"), not after a capitalised word
 * or a possessive. */
static eg_status join_town_firm(ctx *c, size_t i, eg_error *err) {
    eg_doc *doc = c->doc;
    const eg_mention *p = &doc->ments.v[i];
    if (i + 1 >= doc->ments.n || p->tok_end - p->tok_begin != 1 ||
        p->origin != EG_ORIGIN_GAZETTEER || doc->ents.v[p->ent].gaz < 0)
        return EG_OK;
    const eg_mention *f = &doc->ments.v[i + 1];
    uint32_t b = p->tok_begin, e = f->tok_end, sb = doc->sents.v[p->sentence].tok_begin,
             se = doc->sents.v[p->sentence].tok_end;
    if (f->tok_begin != p->tok_end || f->sentence != p->sentence || e - f->tok_begin < 2 ||
        f->origin != EG_ORIGIN_GAZETTEER || doc->ents.v[f->ent].gaz < 0 ||
        (c->tv[f->tok_begin].flags & (EG_TOK_ALLCAPS | EG_TOK_LINE_START)) ||
        !attached_space(c, f->tok_begin))
        return EG_OK;
    const char *pc = listed_country(c, doc->ents.v[p->ent].gaz),
               *fc = listed_country(c, doc->ents.v[f->ent].gaz);
    if (!pc || !fc || strcmp(pc, fc) == 0 || strcmp(eg_rx_ent_type(c, p->ent), "location") != 0 ||
        strcmp(eg_rx_ent_type(c, f->ent), "organisation") != 0)
        return EG_OK;
    if (b > sb &&
        (is_cap_word(c, b - 1) || covered(c, b - 1) || (c->tv[b - 1].flags & EG_TOK_POSS)))
        return EG_OK;
    if (e < se && (c->tv[e].flags & EG_TOK_WORD) && !(eg_rx_tok_class(c, e) & W_FUNC) &&
        !tok_is(c, e, "said") && !tok_is(c, e, "says"))
        return EG_OK;
    eg_strbuf *nm = &c->s->name;
    eg_strbuf_clear(nm);
    if (eg_rx_fold_space(c->text + p->start, f->end - p->start, 0, nm) != 0)
        return eg_rx_oom(doc->origin, doc->origin_line, err);
    long de = eg_doc_discovered(doc, nm->data, nm->len, "organisation");
    if (de < 0)
        return eg_rx_oom(doc->origin, doc->origin_line, err);
    uint32_t from = f->ent;
    for (size_t k = 0; k < doc->ments.n; k++) {
        eg_mention *x = &doc->ments.v[k];
        if (x->ent == from && k != i + 1) {
            x->ent = (uint32_t)de;
            doc->ents.v[de].mentions++;
            if (doc->ents.v[from].mentions)
                doc->ents.v[from].mentions--;
        }
    }
    eg_status st = eg_rx_add_cand(c, b, e, p->sentence, K_ORG, "organisation", (int32_t)de,
                                  EG_ORIGIN_RULE, err);
    if (st == EG_OK)
        c->s->cands.v[c->s->cands.n - 1].join = 1;
    return st;
}

/* "Daugava Privātbanka AS ... Daugava Privātbanka fired": a listed place and
 * one to three capitalised words on no list after it that open the name of a
 * body a rule found in the article (their words, then a space) are that
 * body's short form, not the place. */
static eg_status join_place_short(ctx *c, size_t i, eg_error *err) {
    const eg_doc *doc = c->doc;
    const eg_mention *p = &doc->ments.v[i];
    uint32_t q = p->tok_end, se = doc->sents.v[p->sentence].tok_end;
    if (q >= se || !is_cap_word(c, q) || covered(c, q) || p->origin != EG_ORIGIN_GAZETTEER ||
        !attached_space(c, q) || (c->tv[q].flags & (EG_TOK_ALLCAPS | EG_TOK_LINE_START)))
        return EG_OK;
    const char *pt = eg_rx_ent_type(c, p->ent);
    if (strcmp(pt, "location") != 0 && strcmp(pt, "country") != 0)
        return EG_OK;
    while (q < se && q < p->tok_end + 3 && is_cap_word(c, q) && !covered(c, q) &&
           !eg_rx_tok_class(c, q))
        q++;
    if (q == p->tok_end || (q < se && (is_cap_word(c, q) || covered(c, q))))
        return EG_OK;
    eg_strbuf *nm = &c->s->name;
    eg_strbuf_clear(nm);
    if (eg_rx_fold_space(c->text + p->start, c->tv[q - 1].start + c->tv[q - 1].len - p->start, 0,
                         nm) != 0 ||
        eg_strbuf_putc(nm, ' ') != 0)
        return eg_rx_oom(doc->origin, doc->origin_line, err);
    uint32_t to = NONE;
    for (uint32_t f = 0; f < doc->ents.n; f++) {
        const eg_docent *de = &doc->ents.v[f];
        const char *ft = eg_rx_ent_type(c, f);
        if (de->gaz >= 0 || !de->mentions ||
            (strcmp(ft, "organisation") != 0 && strcmp(ft, "agency") != 0) ||
            strncmp(eg_rx_ent_name(c, f), nm->data, nm->len) != 0)
            continue;
        if (to != NONE)
            return EG_OK; /* two bodies open so */
        to = f;
    }
    if (to == NONE)
        return EG_OK;
    eg_status st = eg_rx_add_cand(c, p->tok_begin, q, p->sentence, K_ORG, eg_rx_ent_type(c, to),
                                  (int32_t)to, EG_ORIGIN_SHORT, err);
    if (st == EG_OK)
        c->s->cands.v[c->s->cands.n - 1].join = 1;
    return st;
}

eg_status eg_rx_rule_body_joins(ctx *c, eg_error *err) {
    const eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        if (doc->sents.v[m->sentence].flags & (EG_SENT_BOILER | EG_SENT_ALLCAPS))
            continue;
        eg_status st = join_place_of(c, i, err);
        if (st == EG_OK)
            st = join_and_police(c, i, err);
        if (st == EG_OK)
            st = join_and_lead(c, i, err);
        if (st == EG_OK)
            st = join_town_firm(c, i, err);
        if (st == EG_OK)
            st = join_place_short(c, i, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* ------------------------------------------------------------- mastheads */

/* Words that make the part after a byline's comma the writer's job, not the
 * paper ("By Ana Ruiz, Staff Writer", "— Li Wei, Beijing Correspondent"),
 * and a wire's end mark ("The End"). */
static const char *const job_words[] = {
    "Bureau", "Columnist", "Contributor",  "Correspondent", "Desk",  "Editor", "End",
    "Ends",   "Intern",    "Photographer", "Reporter",      "Staff", "Writer"};

/* Is [sb, se) the story's last line: a line of its own with nothing of the
 * story after it (the site's furniture, or the end of the text)? */
static int story_last_line(const ctx *c, uint32_t sb, uint32_t se) {
    if (!(c->tv[sb].flags & EG_TOK_LINE_START))
        return 0;
    return se >= c->ntok ||
           ((c->tv[se].flags & EG_TOK_LINE_START) && c->tv[se].start >= c->doc->story_end);
}

/* The end of a paper's name from token j to the line's end se: capitalised
 * words, with "The" first and particles or elided words between ("Le
 * Courrier de l’Atlas"), at most six words, none a job word; else NONE. */
static uint32_t paper_name(const ctx *c, uint32_t j, uint32_t se) {
    uint32_t n = 0;
    if (j >= se || !is_cap_word(c, j))
        return NONE;
    for (uint32_t k = j; k < se; k++) {
        const eg_token *t = &c->tv[k];
        if (is_cap_word(c, k) || elided_cap(c, k)) {
            if ((t->flags & EG_TOK_ALLCAPS) && t->len > 1 && k == j && k + 1 == se)
                return NONE; /* "END", "ENDS" */
            if (WORD_IN_LIST(job_words, ttext(c, k), t->len))
                return NONE;
            n++;
        } else if (k > j && k + 1 < se && (is_particle(c, k) || tok_is(c, k, "&"))) {
            continue;
        } else if (k > j && (t->flags & EG_TOK_POSS) && attached(c, k) && k + 1 < se) {
            continue; /* "Lloyd’s List" */
        } else {
            return NONE;
        }
    }
    return n && n <= 6 ? se : NONE;
}

/* Words of papers' and broadcasters' names: a bare line of capitalised
 * words under the story is a paper's only with one ("Vanuatu Daily Post",
 * not a writer's "Lương Hải Yến"), unless it opens with "The" or holds a
 * place. */
static const char *const media_words[] = {
    "Age",      "Bulletin",  "Business", "Chronicle", "Courier",  "Daily",  "Digest",
    "Dispatch", "Examiner",  "Express",  "Gazette",   "Globe",    "Herald", "Insider",
    "Journal",  "Ledger",    "List",     "Mail",      "Media",    "Mirror", "Monitor",
    "Nation",   "News",      "Observer", "Post",      "Press",    "Radio",  "Record",
    "Report",   "Reporter",  "Review",   "Shimbun",   "Standard", "Star",   "Sun",
    "TV",       "Telegraph", "Times",    "Today",     "Tribune",  "Weekly", "Wire",
};

/* May [s, e) be proposed as a paper: no person's name inside, not one listed
 * mention alone; places may be words of it ("Amman Herald", "Maritime
 * Executive Middle East"), and so may a listed body it opens with ("Lloyd’s
 * List"), which *absorb then gives up. A bare line (not `marked`) needs a
 * media word, "The" or a place. */
static int paper_ok(const ctx *c, uint32_t s, uint32_t e, int marked, int *absorb) {
    uint32_t f = tok_is(c, s, "The") ? s + 1 : s;
    int media = f > s;
    *absorb = 0;
    if (f >= e || (eg_rx_given_name(c, f) && !covered(c, f)) || eg_rx_tok_class(c, f))
        return 0;
    for (uint32_t k = s; k < e; k++) {
        if (WORD_IN_LIST(media_words, ttext(c, k), c->tv[k].len))
            media = 1;
        if (!covered(c, k))
            continue;
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[k]];
        const char *t = eg_rx_ent_type(c, m->ent);
        if (m->tok_begin <= s && m->tok_end >= e)
            return 0; /* the list has it */
        if (m->tok_begin < s || m->tok_end > e)
            return 0;
        if (strcmp(t, "location") == 0 || strcmp(t, "country") == 0) {
            media = 1;
        } else if ((strcmp(t, "organisation") == 0 || strcmp(t, "agency") == 0) &&
                   m->tok_begin == f) {
            *absorb = 1;
        } else {
            return 0;
        }
    }
    for (uint32_t k = f; k < e; k++)
        if ((c->tv[k].flags & EG_TOK_WORD) && eg_rx_person_word(c, ttext(c, k), c->tv[k].len))
            return 0;
    return marked || media;
}

/* A paper's name signing off the story on its last line: alone ("Bangkok
 * Post", "The Age"), after a dash or in brackets ("— Malay Mail",
 * "(Mainichi)"), after the writer ("By Rana Qudah / Amman Herald", "By
 * Salma Bennani, Maghreb Markets Daily", "By Fatima Ouhaddou for Maghreb
 * Agri News", "— Ali Hassan, Bahrain Business Review"). One word stands
 * alone only with a mark. ("Published in Dawn, ..." is the site's line.) */
eg_status eg_rx_rule_masthead(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    if (se - sb > 14 || !story_last_line(c, sb, se) ||
        (c->doc->sents.v[si].flags & (EG_SENT_TITLE | EG_SENT_ALLCAPS)))
        return EG_OK;
    uint32_t s = NONE, e = se, j = sb, writer = NONE;
    int marked = 0;
    if (c->tv[j].flags & EG_TOK_DASH) {
        j++;
        marked = 1;
    }
    if (tok_is(c, j, "(") && se - j >= 3 && tok_is(c, se - 1, ")")) {
        if (paper_name(c, j + 1, se - 1) != NONE) {
            s = j + 1;
            e = se - 1;
            marked = 1;
        }
    } else if (tok_is(c, j, "By") || (marked && is_cap_word(c, j) && j + 1 < se)) {
        /* the writer, then ",", "/", "|" or "for", then the paper */
        uint32_t k = tok_is(c, j, "By") ? j + 1 : j;
        while (k < se && (is_cap_word(c, k) || (is_hyphen(c, k) && attached(c, k))))
            k++;
        if (k > j + 1 && k + 1 < se &&
            (tok_is(c, k, ",") || tok_is(c, k, "/") || tok_is(c, k, "|") || tok_is(c, k, "for")) &&
            paper_name(c, k + 1, se) != NONE) {
            s = k + 1;
            if (!tok_is(c, j, "By"))
                writer = j; /* "— Ali Hassan, ...": no byline rule reads it */
            marked = 1;
        } else if (marked && paper_name(c, j, se) != NONE) {
            s = j;
        }
    } else if (paper_name(c, j, se) != NONE) {
        s = j;
    }
    int absorb = 0;
    if (s == NONE || (!marked && e - s < 2) || !paper_ok(c, s, e, marked, &absorb))
        return EG_OK;
    eg_status st = eg_rx_add_cand(c, s, e, si, K_NOUN, "organisation", -1, EG_ORIGIN_RULE, err);
    if (st == EG_OK && absorb)
        c->s->cands.v[c->s->cands.n - 1].absorb = 1;
    if (st == EG_OK && writer != NONE && s - 1 - writer >= 2 && s - 1 - writer <= 5) {
        for (uint32_t k = writer; k < s - 1; k++)
            if (covered(c, k))
                return st;
        st = eg_rx_add_cand(c, writer, s - 1, si, K_BYLINE, "person", -1, EG_ORIGIN_RULE, err);
    }
    return st;
}

/* ---------------------------------------------------------------- club towns */

/* Words that make a name a sports club's around its town ("FC Basel", "Venezia
 * FC", "Esporte Clube Bahia", "Union Sportive de Kaolack"). Sorted. */
static const char *const club_words[] = {
    "AC",    "AFC",     "CD",       "CF",       "Calcio",   "Club",  "Clube",
    "EC",    "Esporte", "F.C.",     "FC",       "FK",       "SC",    "SK",
    "Sport", "Sportif", "Sporting", "Sportiva", "Sportive", "Union", "United",
};
/* Of those, the ones that alone make a name a club's ("Union" and "United" do not). */
static const char *const club_marks[] = {"AC",    "AFC", "CD",      "CF",       "Calcio",  "Club",
                                         "Clube", "EC",  "Esporte", "F.C.",     "FC",      "FK",
                                         "SC",    "SK",  "Sportif", "Sportiva", "Sportive"};

static int club_word(const ctx *c, uint32_t j, int *mark) {
    const eg_token *t = &c->tv[j];
    if (!(t->flags & EG_TOK_CAP) || t->len > 8)
        return 0;
    if (!WORD_IN_LIST(club_words, ttext(c, j), t->len))
        return 0;
    if (WORD_IN_LIST(club_marks, ttext(c, j), t->len))
        *mark = 1;
    return 1;
}

/* The town tokens [*tb, *te) of a club mention [b, e): club words (and a
 * particle after them) on one side, the town on the other. 0 when it is none. */
static int club_town(const ctx *c, uint32_t b, uint32_t e, uint32_t *tb, uint32_t *te) {
    int mark = 0;
    uint32_t i = b;
    while (i < e && club_word(c, i, &mark))
        i++;
    if (i > b && i < e && is_particle(c, i) && !is_joiner(c, i))
        i++;
    if (i > b && i < e && mark) {
        *tb = i;
        *te = e;
        return 1;
    }
    mark = 0;
    uint32_t k = e;
    while (k > b && club_word(c, k - 1, &mark))
        k--;
    if (k < e && k > b && mark) {
        *tb = b;
        *te = k;
        return 1;
    }
    return 0;
}

/* Is the location mention m a dateline's town ("BASEL, Switzerland", "KAOLACK
 * (AFP)") or before a civic noun ("Porto's mayor", "Basel residents"): 1; after
 * a preposition ("in Basel", "the city of Porto"): 2, and the story then uses
 * the town as a place, so that no bare town in it is the club; else 0. */
static int town_as_place(const ctx *c, const eg_mention *m) {
    uint32_t b = m->tok_begin, e = m->tok_end;
    if ((c->tv[b].flags & EG_TOK_LINE_START) &&
        ((c->tv[b].flags & EG_TOK_ALLCAPS) ||
         (e < c->ntok &&
          (tok_is(c, e, ",") || tok_is(c, e, "(") || (c->tv[e].flags & EG_TOK_DASH)))))
        return 1;
    /* "Porto's city council", "Basel residents", "the Venezia lagoon" */
    static const char *const civic[] = {
        "airport",   "authorities",  "city", "council",  "district", "harbour",   "lagoon", "mayor",
        "municipal", "municipality", "port", "province", "region",   "residents", "streets"};
    uint32_t a = e < c->ntok && (c->tv[e].flags & EG_TOK_POSS) ? e + 1 : e;
    if (a < c->ntok && (c->tv[a].flags & EG_TOK_WORD) && !(c->tv[a].flags & EG_TOK_CAP) &&
        WORD_IN_LIST(civic, ttext(c, a), c->tv[a].len))
        return 1;
    if (b == 0 || b == c->doc->sents.v[m->sentence].tok_begin)
        return 0;
    static const char *const preps[] = {"across",  "around", "at",     "from",   "in",
                                        "inside",  "into",   "near",   "of",     "outside",
                                        "through", "to",     "toward", "towards"};
    const eg_token *t = &c->tv[b - 1];
    return (t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) &&
                   WORD_IN_LIST(preps, ttext(c, b - 1), t->len)
               ? 2
               : 0;
}

void eg_rx_rule_club_town(ctx *c) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *k = &doc->ments.v[i];
        uint32_t b = k->tok_begin, e = k->tok_end, tb, te;
        if (e - b < 2 || e - b > 5)
            continue;
        /* cheap first: a club word at either end, checked by its first byte */
        unsigned char f0 = (unsigned char)ttext(c, b)[0], f1 = (unsigned char)ttext(c, e - 1)[0];
        if (!strchr("ACEFSU", f0) && !strchr("ACEFSU", f1))
            continue;
        if (strcmp(eg_rx_ent_type(c, k->ent), "organisation") != 0 || !club_town(c, b, e, &tb, &te))
            continue;
        uint32_t club = k->ent, n = te - tb;
        int place = 0; /* "CD Murcia in Murcia": the story uses the town as a place */
        for (size_t j = 0; j < doc->ments.n && !place; j++) {
            const eg_mention *m = &doc->ments.v[j];
            place = m->tok_end - m->tok_begin == n && m->origin == EG_ORIGIN_GAZETTEER &&
                    m->ent != club && same_tokens(c, m->tok_begin, tb, n) &&
                    town_as_place(c, m) == 2;
        }
        for (size_t j = 0; j < doc->ments.n && !place; j++) {
            eg_mention *m = &doc->ments.v[j];
            if (m->tok_end - m->tok_begin != n || m->origin != EG_ORIGIN_GAZETTEER ||
                m->ent == club || strcmp(eg_rx_ent_type(c, m->ent), "location") != 0 ||
                !same_tokens(c, m->tok_begin, tb, n) || town_as_place(c, m))
                continue;
            if (doc->ents.v[m->ent].mentions)
                doc->ents.v[m->ent].mentions--;
            doc->ents.v[club].mentions++;
            m->ent = club;
            m->origin = EG_ORIGIN_SHORT;
        }
    }
}

/* Words of a match report. A result: "beat", "drew", a score ("3-0"). Nouns
 * of the game: "league", "striker", "relegation". Sorted. */
static const char *const result_words[] = {"beat",     "beaten",   "defeated",   "drew",
                                           "thrashed", "trounced", "whitewashed"};
static const char *const game_words[] = {
    "championship", "coach",  "cup",        "defender",   "derby",     "fixture",
    "fixtures",     "goal",   "goalkeeper", "goals",      "half-time", "halftime",
    "kick-off",     "league", "match",      "midfielder", "penalty",   "playoff",
    "relegation",   "scored", "stadium",    "striker",
};

/* Token j starts a score: a number of one or two digits, a dash attached, a
 * number of one or two digits ("3-0", "2–1"). */
static int score_at(const ctx *c, uint32_t j) {
    return j + 2 < c->ntok && (c->tv[j].flags & EG_TOK_NUM) && c->tv[j].len <= 2 &&
           (c->tv[j + 1].flags & EG_TOK_DASH) && attached(c, j + 1) &&
           (c->tv[j + 2].flags & EG_TOK_NUM) && c->tv[j + 2].len <= 2 && attached(c, j + 2);
}

/* Is the story a match report: a result (a score or a result verb) and three
 * game words, or four game words? */
static int match_report(const ctx *c) {
    int result = 0, game = 0;
    for (uint32_t j = 0; j < c->ntok && !(result && game >= 3) && game < 4; j++) {
        const eg_token *t = &c->tv[j];
        if (t->flags & EG_TOK_NUM) {
            result |= score_at(c, j);
            continue;
        }
        if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP) || t->len < 3 || t->len > 12 ||
            !strchr("bcdfghklmprstw", ttext(c, j)[0]))
            continue; /* cheap gate on the first byte of the words above */
        if (LOWER_IN(j, result_words))
            result = 1;
        else if (LOWER_IN(j, game_words))
            game++;
    }
    return (result && game >= 3) || game >= 4;
}

/* The listed club named after the town written in tokens [b, e): "<town>
 * FC", "Club <town>", "Al-<town> SC" and the like, of country `tc` when both
 * are given; -1 when there is none. */
static long club_of_town(const ctx *c, uint32_t b, uint32_t e, const char *tc) {
    static const char *const forms[] = {"%s AC",   "%s CF", "%s EC", "%s FC", "%s FK",
                                        "%s JK",   "%s SC", "%s SK", "AC %s", "CD %s",
                                        "Club %s", "EC %s", "FC %s", "SC %s", "Al-%s SC"};
    char form[128];
    size_t n = (size_t)(c->tv[e - 1].start + c->tv[e - 1].len - c->tv[b].start);
    if (n > 96)
        return -1;
    for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++) {
        const char *p = strchr(forms[k], '%');
        size_t pre = (size_t)(p - forms[k]), post = strlen(p + 2);
        if (pre == 3 && ttext(c, b)[0] == 'A')
            continue; /* "Al-<town> SC" for a town written without its article */
        memcpy(form, forms[k], pre);
        memcpy(form + pre, ttext(c, b), n);
        memcpy(form + pre + n, p + 2, post + 1);
        long g = eg_gazetteer_find(c->g, form);
        if (g < 0 || strcmp(eg_gazetteer_type(c->g, (size_t)g), "organisation") != 0)
            continue;
        const char *gc = eg_gazetteer_attr(c->g, (size_t)g, "country");
        if (tc && gc && strcmp(tc, gc) != 0)
            continue;
        return g;
    }
    return -1;
}

/* Token j before a town: "the" or "a" ("the Getafe area", "a Los Angeles law
 * firm") or a list's joint ("in Johor and Selangor"). */
static int list_or_article(const ctx *c, uint32_t j) {
    return tok_is(c, j, "the") || tok_is(c, j, "The") || tok_is(c, j, "a") || tok_is(c, j, "an") ||
           tok_is(c, j, "and") || tok_is(c, j, "or") || tok_is(c, j, ",");
}

/* Is token j's word in the name of an organisation the story names
 * ("Atlas" of "Olympique Atlas Casablanca"): its short form, no town's club. */
static int word_of_named_org(const ctx *c, uint32_t j) {
    for (size_t i = 0; i < c->doc->ments.n; i++) {
        const eg_mention *m = &c->doc->ments.v[i];
        if (strcmp(eg_rx_ent_type(c, m->ent), "organisation") != 0)
            continue;
        for (uint32_t k = m->tok_begin; k < m->tok_end; k++)
            if (k != j && same_tokens(c, k, j, 1))
                return 1;
    }
    return 0;
}

/* Is token j, a capitalised word no mention covers, a bare town's name in a
 * sports sense: one word, no name word or place's noun after it, no
 * preposition, "the" or name word before it, no dateline? */
static int bare_town_word(const ctx *c, uint32_t j, uint32_t sb, uint32_t se) {
    const eg_token *t = &c->tv[j];
    if (!(t->flags & EG_TOK_CAP) || !(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_ALLCAPS) ||
        t->len < 4 || covered(c, j) || (j + 1 < se && (is_cap_word(c, j + 1) || covered(c, j + 1))))
        return 0;
    if (j > sb && (is_cap_word(c, j - 1) || covered(c, j - 1) || is_hyphen(c, j - 1) ||
                   list_or_article(c, j - 1)))
        return 0;
    static const char *const preps[] = {"across",  "around",  "at",   "from",   "in",
                                        "inside",  "into",    "near", "of",     "on",
                                        "outside", "through", "to",   "toward", "towards"};
    if (j > sb && LOWER_IN(j - 1, preps))
        return 0;
    if (j + 1 < se && is_hyphen(c, j + 1) && attached(c, j + 1))
        return 0; /* "Henan-based" */
    static const char *const civic[] = {
        "airport",   "authorities",  "city", "council",  "district", "harbour",   "lagoon", "mayor",
        "municipal", "municipality", "port", "province", "region",   "residents", "streets"};
    uint32_t a = j + 1 < se && (c->tv[j + 1].flags & EG_TOK_POSS) ? j + 2 : j + 1;
    return !(a < se && LOWER_IN(a, civic)) && !(j + 1 < se && tok_is(c, j + 1, ","));
}

eg_status eg_rx_rule_club_bare(ctx *c, eg_error *err) {
    eg_doc *doc = c->doc;
    int report = -1; /* not yet known */
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t b = m->tok_begin, e = m->tok_end;
        if (e - b > 2 || m->origin != EG_ORIGIN_GAZETTEER || !(c->tv[b].flags & EG_TOK_CAP) ||
            (c->tv[b].flags & EG_TOK_ALLCAPS) ||
            strcmp(eg_rx_ent_type(c, m->ent), "location") != 0 || town_as_place(c, m))
            continue;
        if ((b > 0 && (list_or_article(c, b - 1) || tok_is(c, b - 1, "on"))) ||
            (e < c->ntok && is_hyphen(c, e) && attached(c, e)))
            continue; /* "the Getafe area", "in Johor and Selangor", "on Jeju", "Dallas-based" */
        if (report < 0 && !(report = match_report(c)))
            return EG_OK;
        int32_t tg = doc->ents.v[m->ent].gaz;
        long g =
            club_of_town(c, b, e, tg >= 0 ? eg_gazetteer_attr(c->g, (size_t)tg, "country") : NULL);
        if (g < 0)
            continue;
        long de = eg_doc_gazent(doc, (int32_t)g);
        if (de < 0)
            return eg_rx_oom(doc->origin, 0, err);
        m = &doc->ments.v[i];
        eg_doc_move_mention(doc, m, (uint32_t)de);
        m->origin = EG_ORIGIN_SHORT;
    }
    /* a town no list gives ("Santos", a dateline's town found by the rules) */
    for (uint32_t si = 0; si < doc->sents.n; si++) {
        const eg_sentence *sn = &doc->sents.v[si];
        if (sn->flags & (EG_SENT_BOILER | EG_SENT_ALLCAPS))
            continue;
        for (uint32_t j = sn->tok_begin; j < sn->tok_end; j++) {
            if (!bare_town_word(c, j, sn->tok_begin, sn->tok_end))
                continue;
            if (report < 0 && !(report = match_report(c)))
                return EG_OK;
            long g = club_of_town(c, j, j + 1, NULL);
            if (g < 0 || word_of_named_org(c, j))
                continue;
            long de = eg_doc_gazent(doc, (int32_t)g);
            if (de < 0)
                return eg_rx_oom(doc->origin, 0, err);
            eg_status st = eg_rx_add_cand(c, j, j + 1, si, K_KNOWN, "organisation", (int32_t)de,
                                          EG_ORIGIN_SHORT, err);
            if (st != EG_OK)
                return st;
        }
    }
    return EG_OK;
}
