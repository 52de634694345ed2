/* rules: loading titles, designators and PCRE2 recognisers, and applying them
 * to one article: candidates from every rule compete (longest span first),
 * then the winners are merged into doc->ments next to the gazetteer's. */
#include "rules.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

#include "strbuf.h"
#include "tokenize.h"
#include "utf8.h"

#define NONE UINT32_MAX
#define MAX_NAME_WORDS 4
#define MAX_ORG_LEFT 5
#define MAX_AGENCY_LEFT 4
#define MAX_OF_PART 4
#define MAX_PLACE_LEFT 3

/* ---------------------------------------------------------------- words */

static const char *const function_words[] = {
    "a",          "about",     "above",       "according",    "across",   "after",    "against",
    "ago",        "all",       "also",        "although",     "amid",     "among",    "an",
    "and",        "another",   "any",         "are",          "as",       "asked",    "at",
    "be",         "because",   "been",        "before",       "behind",   "being",    "below",
    "beside",     "besides",   "between",     "beyond",       "both",     "but",      "by",
    "can",        "could",     "despite",     "did",          "do",       "does",     "during",
    "each",       "earlier",   "either",      "even",         "every",    "few",      "for",
    "from",       "further",   "furthermore", "had",          "has",      "have",     "he",
    "her",        "here",      "hers",        "him",          "his",      "how",      "however",
    "i",          "if",        "in",          "including",    "inside",   "instead",  "into",
    "is",         "it",        "its",         "just",         "last",     "later",    "like",
    "many",       "meanwhile", "more",        "moreover",     "most",     "much",     "must",
    "my",         "neither",   "never",       "nevertheless", "next",     "no",       "nonetheless",
    "nor",        "not",       "now",         "of",           "off",      "on",       "once",
    "one",        "only",      "or",          "other",        "others",   "our",      "out",
    "outside",    "over",      "overnight",   "per",          "perhaps",  "rather",   "regarding",
    "several",    "she",       "should",      "since",        "so",       "some",     "still",
    "such",       "than",      "that",        "the",          "their",    "them",     "then",
    "there",      "these",     "they",        "this",         "those",    "though",   "through",
    "throughout", "thus",      "to",          "today",        "tomorrow", "tonight",  "too",
    "toward",     "towards",   "under",       "unlike",       "until",    "up",       "upon",
    "via",        "was",       "we",          "were",         "what",     "whatever", "when",
    "where",      "whether",   "which",       "while",        "who",      "whom",     "whose",
    "why",        "will",      "with",        "within",       "without",  "would",    "yesterday",
    "yet",        "you",       "your",
};

static const char *const day_words[] = {
    "friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday",
};

static const char *const month_words[] = {
    "april", "august", "december", "february", "january", "july",
    "june",  "march",  "may",      "november", "october", "september",
};

/* Lower-case words allowed between the words of a person's name. */
static const char *const particles[] = {
    "af",  "al", "ben", "bin", "da", "das", "de",  "del", "della", "den", "der", "di", "do",
    "dos", "du", "el",  "ibn", "la", "le",  "ten", "ter", "van",   "von", "y",   "zu",
};

/* Lower-case words joining the words of an organisation's name. */
static const char *const org_connectors[] = {
    "and", "de", "der", "des", "du", "for", "la", "le", "of", "on", "the", "van", "von", "y",
};

/* Romance and Germanic "of" inside names: after a `head` designator, and
 * joining name words ("Clan del Golfo", "Agropalma del Darién S.A."). */
static const char *const foreign_of[] = {
    "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "la", "le", "y",
};

/* First words that make a two-word sector or place name generic. */
static const char *const generic_adjectives[] = {
    "Advanced", "Alternative", "Big",       "Central", "Civil",   "Clean",    "Critical",
    "Domestic", "Federal",     "Foreign",   "Global",  "Green",   "High",     "Human",
    "Islamic",  "Key",         "Local",     "Low",     "Major",   "Military", "Mineral",
    "Modern",   "National",    "Natural",   "New",     "Nuclear", "Other",    "Private",
    "Public",   "Regional",    "Renewable", "Rural",   "Small",   "Social",   "Strategic",
    "Top",      "Urban",       "World",
};

/* Capitalised words that end names of things, not people, after a given name
 * ("Christian Democrats", "Victoria Falls", "Marine Corps"). */
static const char *const not_surnames[] = {
    "Accord",     "Accords",     "Act",      "Agreement", "Aid",      "Award",       "Awards",
    "Beach",      "Cathedral",   "Catholic", "Catholics", "Chapel",   "Church",      "Conference",
    "Convention", "Corps",       "Cup",      "Day",       "Days",     "Declaration", "Democrat",
    "Democratic", "Democrats",   "Doctrine", "Drive",     "Empire",   "Falls",       "Gallery",
    "Games",      "Heights",     "Hills",    "Hotel",     "Lane",     "Law",         "Memorial",
    "Mosque",     "Museum",      "Olympics", "Plan",      "Prize",    "Protocol",    "Report",
    "Republican", "Republicans", "Road",     "Science",   "Sciences", "Springs",     "Station",
    "Studies",    "Summit",      "Temple",   "Theater",   "Theatre",  "Treaty",      "Trophy",
    "Way",
};

/* Common nouns for people that describe a name after a comma ("Oleh Marchuk,
 * a 29-year-old crane operator", "Jian G., a German citizen"); titles count
 * too. */
static const char *const person_nouns[] = {
    "actor",    "actress",  "artist",     "athlete",    "blogger",    "boy",       "brother",
    "champion", "citizen",  "coach",      "courier",    "dad",        "daughter",  "defendant",
    "doctor",   "driver",   "engineer",   "farmer",     "father",     "filmmaker", "fisherman",
    "girl",     "hacker",   "husband",    "man",        "mechanic",   "migrant",   "mother",
    "mum",      "musician", "national",   "native",     "nurse",      "operator",  "photographer",
    "pilot",    "player",   "poet",       "priest",     "programmer", "refugee",   "resident",
    "runner",   "singer",   "sister",     "smuggler",   "soldier",    "son",       "student",
    "suspect",  "teacher",  "technician", "trafficker", "veteran",    "victim",    "widow",
    "wife",     "woman",    "worker",
};

/* Common nouns for organisations, next to a name: "the logistics company Van
 * Rijn Transport", "Tidewater Exchange, a cryptocurrency exchange". */
static const char *const org_nouns[] = {
    "academy",      "administration", "airline",     "alliance",     "association",
    "automaker",    "bank",           "bloc",        "body",         "brand",
    "broadcaster",  "broker",         "brokerage",   "carmaker",     "carrier",
    "cartel",       "chain",          "charity",     "chipmaker",    "clinic",
    "club",         "coalition",      "college",     "company",      "confederation",
    "conglomerate", "consortium",     "consultancy", "contractor",   "cooperative",
    "daily",        "developer",      "distributor", "drugmaker",    "exchange",
    "exporter",     "faction",        "federation",  "firm",         "foundation",
    "fund",         "gang",           "group",       "hospital",     "house",
    "importer",     "institute",      "insurer",     "investor",     "lab",
    "laboratory",   "league",         "lender",      "magazine",     "maker",
    "manufacturer", "militia",        "miner",       "movement",     "network",
    "newspaper",    "nonprofit",      "operator",    "organisation", "organization",
    "outlet",       "partnership",    "party",       "platform",     "portal",
    "producer",     "provider",       "publisher",   "refiner",      "retailer",
    "shipbuilder",  "shipper",        "site",        "start-up",     "startup",
    "steelmaker",   "subcontractor",  "subsidiary",  "supplier",     "syndicate",
    "tabloid",      "tank",           "trader",      "union",        "university",
    "utility",      "website",
};

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
 * supplier, ...", "a lender based in"), unlike "a company director". */
static const char *const org_followers[] = {
    "and",   "at",     "backed", "based", "for",  "founded", "from",  "in",
    "known", "listed", "owned",  "run",   "that", "which",   "whose", "with",
};

/* Nouns for places: "the town of X", "X, a port east of the city". */
static const char *const place_nouns[] = {
    "capital",  "city",   "county",     "district", "enclave", "island",   "municipality", "port",
    "province", "region", "settlement", "suburb",   "town",    "township", "village",
};

/* Words after a place noun that show it names the place ("a town in", "a port
 * east of"), unlike "a city councillor". */
static const char *const place_followers[] = {
    "about", "along", "around",  "bordering", "close", "east",  "home", "in",
    "just",  "known", "located", "near",      "north", "of",    "on",   "outside",
    "some",  "south", "that",    "west",      "where", "which", "with",
};

/* Lower-case nouns after a place's name: "Poltava region", "Zulia state". */
static const char *const region_nouns[] = {
    "county",     "district", "governorate", "municipality", "oblast",
    "prefecture", "province", "region",      "state",
};

/* Nouns that make a compound with a place noun, so that "a city councillor"
 * or "a town planner" describes a person, not a place. */
static const char *const place_compounds[] = {
    "authorities", "authority", "center",     "centre",       "clerk",  "council",
    "councillor",  "councilor", "councilman", "councilwoman", "court",  "dweller",
    "elder",       "elders",    "employee",   "engineer",     "gate",   "government",
    "guide",       "hall",      "hospital",   "leader",       "limits", "manager",
    "mayor",       "official",  "officials",  "planner",      "police", "resident",
    "residents",   "square",    "walls",      "worker",
};

/* Words before "at" that make the next name a place: "the border crossing
 * at Medyka", "trucked across the border at Upper Lars". */
static const char *const crossing_words[] = {
    "border", "checkpoint", "crossing", "frontier", "post",
};

/* Lower-case words after a place's name that show it is one: "the Brest
 * border crossing", "the Bellville regional court". */
static const char *const crossing_nouns[] = {
    "checkpoint",
    "crossing",
    "post",
};
static const char *const court_adjectives[] = {
    "appeals", "city", "criminal", "district", "magistrates", "municipal", "provincial", "regional",
};

/* Lower-case nouns before "of" that take a place: "residents of Kitwe", "the
 * outskirts of Ntoum". */
static const char *const of_place_words[] = {
    "inhabitants", "outskirts", "residents", "streets", "suburbs", "villagers",
};

/* Lower-case particles joining the parts of a hyphenated place name, whose
 * last part may be a listed name ("Roissy-en-France", "Saint-Rémy-de-Provence",
 * "Stratford-upon-Avon"). */
static const char *const place_particles[] = {
    "am", "an", "de", "du", "en", "im", "la", "le", "les", "on", "sur", "upon",
};

/* Particles that join the words of a place name written apart: "Mocímboa da
 * Praia", "Santiago de Compostela", "Vila Real de Santo António". */
static const char *const place_joiners[] = {
    "da", "das", "de", "del", "des", "di", "do", "dos", "du",
};

/* Verbs before "in" that take a place: "based in X", "born in X". */
static const char *const place_verbs[] = {
    "based", "born", "headquartered", "located", "situated",
};

/* Capitalised words that open a line like a dateline but are labels. */
static const char *const dateline_labels[] = {
    "ANALYSIS", "BREAKING", "COMMENT", "CORRECTION", "EDITORIAL", "EXCLUSIVE",
    "FACTBOX",  "FILE",     "LIVE",    "NEWS",       "OPINION",   "PHOTO",
    "REPORT",   "REVIEW",   "UPDATE",  "UPDATED",    "VIDEO",     "WATCH",
};

/* Words in front of "by" that make an author line ("Reporting by ..."). */
static const char *const byline_verbs[] = {
    "compiled", "edited", "editing", "produced", "reported", "reporting", "writing", "written",
};

enum { W_FUNC = 1, W_DAY = 2, W_MONTH = 4 };

static int cmp_cstr(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int in_sorted(const char *const *list, size_t n, const char *key) {
    return bsearch(&key, list, n, sizeof *list, cmp_cstr) != NULL;
}

#define IN_SORTED(list, key) in_sorted(list, sizeof list / sizeof list[0], key)

/* Lower-cases an ASCII word into buf; 0 if it is too long or not ASCII letters. */
static int ascii_lower(const char *s, size_t len, char *buf, size_t size) {
    if (len == 0 || len >= size)
        return 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        else if (!((c >= 'a' && c <= 'z') || c == '-'))
            return 0;
        buf[i] = (char)c;
    }
    buf[len] = '\0';
    return 1;
}

static unsigned word_class(const char *s, size_t len) {
    char buf[16];
    if (!ascii_lower(s, len, buf, sizeof buf))
        return 0;
    unsigned c = 0;
    if (IN_SORTED(function_words, buf))
        c |= W_FUNC;
    if (IN_SORTED(day_words, buf))
        c |= W_DAY;
    if (IN_SORTED(month_words, buf))
        c |= W_MONTH;
    return c;
}

int eg_rules_stopword(const char *s, size_t len) {
    return word_class(s, len) != 0;
}

int eg_rules_function_word(const char *s, size_t len) {
    return (word_class(s, len) & W_FUNC) != 0;
}

/* Exact (case-sensitive) membership of s[0..len) in a sorted list. */
static int is_word_in(const char *const *list, size_t n, const char *s, size_t len) {
    char buf[16];
    if (len == 0 || len >= sizeof buf)
        return 0;
    memcpy(buf, s, len);
    buf[len] = '\0';
    return in_sorted(list, n, buf);
}

#define IS_WORD_IN(list, s, len) is_word_in(list, sizeof list / sizeof list[0], s, len)

/* ---------------------------------------------------------------- rule set */

enum { TITLE_SURNAME = 1u };
enum { DES_OF = 1u, DES_PREFIX = 2u, DES_SECTOR = 4u, DES_HEAD = 8u };
enum { REC_ALLCAPS = 1u };

typedef struct title {
    char *text;   /* as written */
    char **words; /* case-folded, "." tokens left out */
    size_t nwords;
    unsigned flags;
} title;

typedef struct designator {
    char *form; /* as written, a trailing "." dropped (unless dotted) */
    char *type;
    unsigned flags;
} designator;

typedef struct recogniser {
    char *type;
    pcre2_code *code;
    uint32_t group; /* number of the `name` group */
    unsigned flags;
    char *where; /* "file:line" of the rule, for warnings */
} recogniser;

struct eg_rules {
    title *titles;
    size_t ntitles, ctitles;
    const title **title_order; /* sorted by first word, longest first */
    designator *des;
    size_t ndes, cdes;
    const designator **des_order; /* sorted by form */
    recogniser *recs;
    size_t nrecs, crecs;
    char **title_words; /* for the matcher */
    size_t ntitle_words;
    char **org_words;
    size_t norg_words;
    char **given; /* given names, sorted */
    size_t ngiven, cgiven;
    uint32_t max_groups;
    int finished;
};

eg_rules *eg_rules_new(void) {
    return calloc(1, sizeof(eg_rules));
}

void eg_rules_free(eg_rules *r) {
    if (!r)
        return;
    for (size_t i = 0; i < r->ntitles; i++) {
        for (size_t k = 0; k < r->titles[i].nwords; k++)
            free(r->titles[i].words[k]);
        free(r->titles[i].words);
        free(r->titles[i].text);
    }
    free(r->titles);
    free((void *)r->title_order);
    for (size_t i = 0; i < r->ndes; i++) {
        free(r->des[i].form);
        free(r->des[i].type);
    }
    free(r->des);
    free((void *)r->des_order);
    for (size_t i = 0; i < r->nrecs; i++) {
        free(r->recs[i].type);
        free(r->recs[i].where);
        pcre2_code_free(r->recs[i].code);
    }
    free(r->recs);
    for (size_t i = 0; i < r->ntitle_words; i++)
        free(r->title_words[i]);
    free(r->title_words);
    for (size_t i = 0; i < r->norg_words; i++)
        free(r->org_words[i]);
    free(r->org_words);
    for (size_t i = 0; i < r->ngiven; i++)
        free(r->given[i]);
    free(r->given);
    free(r);
}

static int grow_array(void **v, size_t *cap, size_t want, size_t size) {
    return eg_vec_reserve_(v, cap, want, size);
}

static char *dupn(const char *s, size_t n) {
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

/* A whole file in memory, walked line by line. */
typedef struct linefile {
    char *data;
    size_t len, pos;
    long line;
    const char *path;
} linefile;

static eg_status linefile_open(linefile *lf, const char *path, eg_error *err) {
    memset(lf, 0, sizeof *lf);
    lf->path = path;
    FILE *f = fopen(path, "rb");
    if (!f)
        return eg_error_set(err, EG_ERR_IO, path, 0, 0, "cannot open: %s", strerror(errno));
    eg_strbuf sb;
    eg_strbuf_init(&sb);
    char buf[8192];
    size_t n;
    int bad = 0;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        if (eg_strbuf_append(&sb, buf, n) != 0) {
            bad = 1;
            break;
        }
    int rerr = ferror(f);
    fclose(f);
    if (bad) {
        eg_strbuf_destroy(&sb);
        return eg_error_set(err, EG_ERR_NOMEM, path, 0, 0, "out of memory");
    }
    if (rerr) {
        eg_strbuf_destroy(&sb);
        return eg_error_set(err, EG_ERR_IO, path, 0, 0, "read error");
    }
    lf->len = sb.len;
    lf->data = sb.data ? sb.data : eg_strbuf_detach(&sb);
    if (!lf->data)
        return eg_error_set(err, EG_ERR_NOMEM, path, 0, 0, "out of memory");
    if (lf->len >= 3 && memcmp(lf->data, "\xEF\xBB\xBF", 3) == 0)
        lf->pos = 3;
    return EG_OK;
}

/* Next line (without its end) into *s and *n; 0 at the end of the file. */
static int linefile_next(linefile *lf, char **s, size_t *n) {
    if (lf->pos >= lf->len)
        return 0;
    char *b = lf->data + lf->pos;
    char *e = memchr(b, '\n', lf->len - lf->pos);
    size_t l = e ? (size_t)(e - b) : lf->len - lf->pos;
    lf->pos += l + (e ? 1 : 0);
    if (l && b[l - 1] == '\r')
        l--;
    b[l] = '\0';
    lf->line++;
    *s = b;
    *n = l;
    return 1;
}

static int blank_or_comment(const char *s, size_t n) {
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i == n || s[i] == '#';
}

/* Splits a line at TABs into at most `max` fields (start columns recorded);
 * returns the count, or max + 1 if there are more. */
static size_t split_tabs(char *s, size_t n, char **f, size_t *flen, long *col, size_t max) {
    size_t k = 0, start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '\t') {
            if (k == max)
                return max + 1;
            f[k] = s + start;
            flen[k] = i - start;
            col[k] = (long)start + 1;
            k++;
            start = i + 1;
        }
    }
    return k;
}

static void trim(char **s, size_t *n, long *col) {
    while (*n && (**s == ' ')) {
        (*s)++;
        (*n)--;
        (*col)++;
    }
    while (*n && (*s)[*n - 1] == ' ')
        (*n)--;
}

/* Checks a comma-separated flag list against `names`; sets *out. */
static eg_status parse_flags(const char *s, size_t n, long col, const char *const *names,
                             const unsigned *bits, size_t nnames, unsigned *out, const linefile *lf,
                             eg_error *err) {
    *out = 0;
    size_t i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && s[j] != ',')
            j++;
        size_t a = i, b = j;
        while (a < b && s[a] == ' ')
            a++;
        while (b > a && s[b - 1] == ' ')
            b--;
        if (b > a) {
            size_t k = 0;
            for (; k < nnames; k++)
                if (strlen(names[k]) == b - a && memcmp(names[k], s + a, b - a) == 0)
                    break;
            if (k == nnames)
                return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, col + (long)a,
                                    "unknown flag '%.*s'", (int)(b - a), s + a);
            *out |= bits[k];
        }
        i = j + 1;
    }
    return EG_OK;
}

static int valid_type(const char *s, size_t n) {
    if (n == 0 || n > 64 || !(s[0] >= 'a' && s[0] <= 'z'))
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return 0;
    }
    return 1;
}

/* Tokens of a list entry; "." tokens dropped when drop_dots. */
typedef struct entry_toks {
    eg_token *v;
    size_t n, cap;
} entry_toks;

static int tokenize_entry(const char *s, size_t n, int drop_dots, entry_toks *t) {
    t->n = 0;
    if (eg_tokenize_text(s, n, &t->v, &t->n, &t->cap) != 0)
        return -1;
    if (drop_dots) {
        size_t k = 0;
        for (size_t i = 0; i < t->n; i++)
            if (!(t->v[i].len == 1 && s[t->v[i].start] == '.'))
                t->v[k++] = t->v[i];
        t->n = k;
    }
    return 0;
}

static eg_status oom(const char *path, long line, eg_error *err) {
    return eg_error_set(err, EG_ERR_NOMEM, path, line, 0, "out of memory");
}

static eg_status check_utf8(const char *s, size_t n, long col, const linefile *lf, eg_error *err) {
    size_t bad = eg_utf8_first_invalid(s, n);
    if (bad == n)
        return EG_OK;
    return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, col + (long)bad, "invalid UTF-8");
}

static eg_status load_titles(eg_rules *r, const char *path, eg_error *err) {
    static const char *const names[] = {"surname"};
    static const unsigned bits[] = {TITLE_SURNAME};
    linefile lf;
    entry_toks et = {NULL, 0, 0};
    eg_status st = linefile_open(&lf, path, err);
    if (st != EG_OK)
        return st;
    char *s;
    size_t n;
    while (linefile_next(&lf, &s, &n)) {
        if (blank_or_comment(s, n))
            continue;
        char *f[2];
        size_t fl[2];
        long col[2];
        size_t k = split_tabs(s, n, f, fl, col, 2);
        if (k > 2) {
            st = eg_error_set(err, EG_ERR_CONFIG, path, lf.line, 0,
                              "expected a title, then optionally a TAB and flags");
            goto fail;
        }
        trim(&f[0], &fl[0], &col[0]);
        unsigned flags = 0;
        if ((st = check_utf8(f[0], fl[0], col[0], &lf, err)) != EG_OK)
            goto fail;
        if (k == 2 &&
            (st = parse_flags(f[1], fl[1], col[1], names, bits, 1, &flags, &lf, err)) != EG_OK)
            goto fail;
        if (tokenize_entry(f[0], fl[0], 1, &et) != 0)
            goto nomem;
        if (et.n == 0) {
            st = eg_error_set(err, EG_ERR_CONFIG, path, lf.line, col[0], "empty title");
            goto fail;
        }
        if (grow_array((void **)&r->titles, &r->ctitles, r->ntitles + 1, sizeof *r->titles))
            goto nomem;
        title *t = &r->titles[r->ntitles];
        memset(t, 0, sizeof *t);
        t->flags = flags;
        t->text = dupn(f[0], fl[0]);
        t->words = calloc(et.n, sizeof *t->words);
        r->ntitles++;
        if (!t->text || !t->words)
            goto nomem;
        for (size_t i = 0; i < et.n; i++) {
            eg_strbuf fb;
            eg_strbuf_init(&fb);
            if (eg_fold(f[0] + et.v[i].start, et.v[i].len, EG_FOLD_CASE, &fb) != 0) {
                eg_strbuf_destroy(&fb);
                goto nomem;
            }
            char *w = eg_strbuf_detach(&fb);
            if (!w)
                goto nomem;
            t->words[t->nwords++] = w;
        }
    }
    free(et.v);
    free(lf.data);
    return EG_OK;
nomem:
    st = oom(path, lf.line, err);
fail:
    free(et.v);
    free(lf.data);
    return st;
}

static eg_status load_designators(eg_rules *r, const char *path, eg_error *err) {
    static const char *const names[] = {"of", "prefix", "sector", "head"};
    static const unsigned bits[] = {DES_OF, DES_PREFIX, DES_SECTOR, DES_HEAD};
    linefile lf;
    entry_toks et = {NULL, 0, 0};
    eg_status st = linefile_open(&lf, path, err);
    if (st != EG_OK)
        return st;
    char *s;
    size_t n;
    while (linefile_next(&lf, &s, &n)) {
        if (blank_or_comment(s, n))
            continue;
        char *f[3];
        size_t fl[3];
        long col[3];
        size_t k = split_tabs(s, n, f, fl, col, 3);
        if (k < 2 || k > 3) {
            st = eg_error_set(err, EG_ERR_CONFIG, path, lf.line, 0,
                              "expected a designator, a TAB and a type, then optionally a "
                              "TAB and flags");
            goto fail;
        }
        trim(&f[0], &fl[0], &col[0]);
        trim(&f[1], &fl[1], &col[1]);
        if ((st = check_utf8(f[0], fl[0], col[0], &lf, err)) != EG_OK)
            goto fail;
        if (!valid_type(f[1], fl[1])) {
            st = eg_error_set(err, EG_ERR_CONFIG, path, lf.line, col[1],
                              "bad type '%.*s' (lower-case letters, digits, '_' or '-')",
                              (int)fl[1], f[1]);
            goto fail;
        }
        unsigned flags = 0;
        if (k == 3 &&
            (st = parse_flags(f[2], fl[2], col[2], names, bits, 4, &flags, &lf, err)) != EG_OK)
            goto fail;
        if ((flags & DES_HEAD) && (flags & (DES_PREFIX | DES_SECTOR))) {
            st = eg_error_set(err, EG_ERR_CONFIG, path, lf.line, col[2],
                              "flag 'head' does not go with 'prefix' or 'sector'");
            goto fail;
        }
        if (tokenize_entry(f[0], fl[0], 0, &et) != 0)
            goto nomem;
        if (et.n == 2 && et.v[1].len == 1 && f[0][et.v[1].start] == '.' &&
            et.v[1].start == et.v[0].start + et.v[0].len)
            et.n = 1;
        if (et.n != 1 || !(et.v[0].flags & EG_TOK_WORD)) {
            st = eg_error_set(err, EG_ERR_CONFIG, path, lf.line, col[0],
                              "a designator must be one word");
            goto fail;
        }
        if (grow_array((void **)&r->des, &r->cdes, r->ndes + 1, sizeof *r->des))
            goto nomem;
        designator *d = &r->des[r->ndes];
        d->form = dupn(f[0] + et.v[0].start, et.v[0].len);
        d->type = dupn(f[1], fl[1]);
        d->flags = flags;
        r->ndes++;
        if (!d->form || !d->type)
            goto nomem;
    }
    free(et.v);
    free(lf.data);
    return EG_OK;
nomem:
    st = oom(path, lf.line, err);
fail:
    free(et.v);
    free(lf.data);
    return st;
}

static int push_word(char ***v, size_t *n, size_t *cap, const char *s, size_t len);

/* given_names.txt: one given name a line, as written ("Maria", "Jean-Luc"). */
static eg_status load_given(eg_rules *r, const char *path, eg_error *err) {
    linefile lf;
    eg_status st = linefile_open(&lf, path, err);
    if (st != EG_OK)
        return st;
    char *s;
    size_t n;
    while (linefile_next(&lf, &s, &n)) {
        if (blank_or_comment(s, n))
            continue;
        long col = 1;
        trim(&s, &n, &col);
        if ((st = check_utf8(s, n, col, &lf, err)) != EG_OK)
            goto fail;
        for (size_t i = 0; i < n; i++)
            if (s[i] == ' ' || s[i] == '\t') {
                st = eg_error_set(err, EG_ERR_CONFIG, path, lf.line, col + (long)i,
                                  "a given name must be one word");
                goto fail;
            }
        if (push_word(&r->given, &r->ngiven, &r->cgiven, s, n) != 0) {
            st = oom(path, lf.line, err);
            goto fail;
        }
    }
    free(lf.data);
    return EG_OK;
fail:
    free(lf.data);
    return st;
}

eg_status eg_rules_load(eg_rules *r, const char *path, eg_error *err) {
    static const char *const names[] = {"allcaps"};
    static const unsigned bits[] = {REC_ALLCAPS};
    if (r->finished)
        return eg_error_set(err, EG_ERR_USAGE, path, 0, 0, "rules already finished");
    linefile lf;
    eg_status st = linefile_open(&lf, path, err);
    if (st != EG_OK)
        return st;
    char *s;
    size_t n;
    while (linefile_next(&lf, &s, &n)) {
        if (blank_or_comment(s, n))
            continue;
        char *f[3];
        size_t fl[3];
        long col[3];
        size_t k = split_tabs(s, n, f, fl, col, 3);
        if (k < 2 || k > 3) {
            st = eg_error_set(err, EG_ERR_CONFIG, path, lf.line, 0,
                              "expected a type, a TAB and a pattern, then optionally a TAB "
                              "and flags");
            goto fail;
        }
        trim(&f[0], &fl[0], &col[0]);
        if (!valid_type(f[0], fl[0])) {
            st = eg_error_set(err, EG_ERR_CONFIG, path, lf.line, col[0],
                              "bad type '%.*s' (lower-case letters, digits, '_' or '-')",
                              (int)fl[0], f[0]);
            goto fail;
        }
        if (fl[1] == 0) {
            st = eg_error_set(err, EG_ERR_CONFIG, path, lf.line, col[1], "empty pattern");
            goto fail;
        }
        unsigned flags = 0;
        if (k == 3 &&
            (st = parse_flags(f[2], fl[2], col[2], names, bits, 1, &flags, &lf, err)) != EG_OK)
            goto fail;
        int ec;
        PCRE2_SIZE eoff;
        pcre2_code *code =
            pcre2_compile((PCRE2_SPTR)f[1], fl[1], PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF,
                          &ec, &eoff, NULL);
        if (!code) {
            PCRE2_UCHAR msg[256];
            if (pcre2_get_error_message(ec, msg, sizeof msg) < 0)
                strcpy((char *)msg, "bad pattern");
            st = eg_error_set(err, EG_ERR_CONFIG, path, lf.line, col[1] + (long)eoff, "%s",
                              (const char *)msg);
            goto fail;
        }
        int grp = pcre2_substring_number_from_name(code, (PCRE2_SPTR) "name");
        if (grp < 0) {
            pcre2_code_free(code);
            st = eg_error_set(err, EG_ERR_CONFIG, path, lf.line, col[1],
                              "the pattern has no (?<name>...) group");
            goto fail;
        }
        uint32_t ncap = 0;
        pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &ncap);
        char *type = dupn(f[0], fl[0]);
        char *where = NULL;
        int wl = snprintf(NULL, 0, "%s:%ld", path, lf.line);
        if (wl > 0 && (where = malloc((size_t)wl + 1)) != NULL)
            snprintf(where, (size_t)wl + 1, "%s:%ld", path, lf.line);
        if (!type || !where ||
            grow_array((void **)&r->recs, &r->crecs, r->nrecs + 1, sizeof *r->recs) != 0) {
            free(type);
            free(where);
            pcre2_code_free(code);
            st = oom(path, lf.line, err);
            goto fail;
        }
        recogniser *rc = &r->recs[r->nrecs++];
        rc->type = type;
        rc->where = where;
        rc->code = code;
        rc->group = (uint32_t)grp;
        rc->flags = flags;
        if (ncap > r->max_groups)
            r->max_groups = ncap;
    }
    free(lf.data);
    return EG_OK;
fail:
    free(lf.data);
    return st;
}

static char *join_path(const char *dir, const char *name) {
    size_t a = strlen(dir), b = strlen(name);
    char *p = malloc(a + b + 2);
    if (!p)
        return NULL;
    memcpy(p, dir, a);
    size_t k = a;
    if (a && dir[a - 1] != '/')
        p[k++] = '/';
    memcpy(p + k, name, b + 1);
    return p;
}

eg_status eg_rules_load_dir(eg_rules *r, const char *dir, eg_error *err) {
    if (r->finished)
        return eg_error_set(err, EG_ERR_USAGE, dir, 0, 0, "rules already finished");
    eg_status st = EG_OK;
    char *p = join_path(dir, "titles.txt");
    if (!p)
        return oom(dir, 0, err);
    st = load_titles(r, p, err);
    free(p);
    if (st != EG_OK)
        return st;
    if (!(p = join_path(dir, "designators.txt")))
        return oom(dir, 0, err);
    st = load_designators(r, p, err);
    free(p);
    if (st != EG_OK)
        return st;
    if (!(p = join_path(dir, "given_names.txt")))
        return oom(dir, 0, err);
    FILE *f = fopen(p, "rb");
    if (f) {
        fclose(f);
        st = load_given(r, p, err);
    } else if (errno != ENOENT) {
        st = eg_error_set(err, EG_ERR_IO, p, 0, 0, "cannot open: %s", strerror(errno));
    }
    free(p);
    if (st != EG_OK)
        return st;
    if (!(p = join_path(dir, "recognisers.tsv")))
        return oom(dir, 0, err);
    f = fopen(p, "rb");
    if (f) {
        fclose(f);
        st = eg_rules_load(r, p, err);
    } else if (errno != ENOENT) {
        st = eg_error_set(err, EG_ERR_IO, p, 0, 0, "cannot open: %s", strerror(errno));
    }
    free(p);
    return st;
}

static int cmp_title_order(const void *a, const void *b) {
    const title *x = *(const title *const *)a, *y = *(const title *const *)b;
    int c = strcmp(x->words[0], y->words[0]);
    if (c)
        return c;
    if (x->nwords != y->nwords)
        return x->nwords > y->nwords ? -1 : 1;
    return x < y ? -1 : x > y;
}

static int cmp_des_order(const void *a, const void *b) {
    const designator *x = *(const designator *const *)a, *y = *(const designator *const *)b;
    int c = strcmp(x->form, y->form);
    if (c)
        return c;
    return x < y ? -1 : x > y;
}

/* Sorts and de-duplicates a string list in place. */
static void sort_unique(char **v, size_t *n) {
    if (!v || !*n)
        return;
    qsort(v, *n, sizeof *v, cmp_cstr);
    size_t k = 0;
    for (size_t i = 0; i < *n; i++) {
        if (k && strcmp(v[k - 1], v[i]) == 0) {
            free(v[i]);
            continue;
        }
        v[k++] = v[i];
    }
    *n = k;
}

static int push_word(char ***v, size_t *n, size_t *cap, const char *s, size_t len) {
    if (eg_vec_reserve_((void **)v, cap, *n + 1, sizeof **v) != 0)
        return -1;
    char *w = dupn(s, len);
    if (!w)
        return -1;
    (*v)[(*n)++] = w;
    return 0;
}

eg_status eg_rules_finish(eg_rules *r, eg_error *err) {
    if (r->finished)
        return EG_OK;
    entry_toks et = {NULL, 0, 0};
    size_t cap = 0;
    r->title_order = malloc((r->ntitles ? r->ntitles : 1) * sizeof *r->title_order);
    r->des_order = malloc((r->ndes ? r->ndes : 1) * sizeof *r->des_order);
    if (!r->title_order || !r->des_order)
        goto nomem;
    for (size_t i = 0; i < r->ntitles; i++)
        r->title_order[i] = &r->titles[i];
    for (size_t i = 0; i < r->ndes; i++)
        r->des_order[i] = &r->des[i];
    qsort(r->title_order, r->ntitles, sizeof *r->title_order, cmp_title_order);
    qsort(r->des_order, r->ndes, sizeof *r->des_order, cmp_des_order);

    for (size_t i = 0; i < r->ntitles; i++) {
        const char *t = r->titles[i].text;
        if (tokenize_entry(t, strlen(t), 1, &et) != 0)
            goto nomem;
        for (size_t k = 0; k < et.n; k++) {
            const char *w = t + et.v[k].start;
            size_t wl = et.v[k].len;
            if (!(et.v[k].flags & EG_TOK_WORD) || IS_WORD_IN(org_connectors, w, wl))
                continue;
            if (push_word(&r->title_words, &r->ntitle_words, &cap, w, wl) != 0)
                goto nomem;
        }
    }
    sort_unique(r->title_words, &r->ntitle_words);
    cap = 0;
    for (size_t i = 0; i < r->ndes; i++) {
        const designator *d = &r->des[i];
        if (strcmp(d->type, "organisation") != 0 ||
            (d->flags & (DES_PREFIX | DES_SECTOR | DES_HEAD)))
            continue;
        if (push_word(&r->org_words, &r->norg_words, &cap, d->form, strlen(d->form)) != 0)
            goto nomem;
    }
    sort_unique(r->org_words, &r->norg_words);
    sort_unique(r->given, &r->ngiven);

    for (size_t i = 0; i < r->nrecs; i++)
        (void)pcre2_jit_compile(r->recs[i].code, PCRE2_JIT_COMPLETE);
    free(et.v);
    r->finished = 1;
    return EG_OK;
nomem:
    free(et.v);
    return oom(NULL, 0, err);
}

const char *const *eg_rules_titles(const eg_rules *r, size_t *n) {
    *n = r->ntitle_words;
    return (const char *const *)r->title_words;
}

const char *const *eg_rules_designators(const eg_rules *r, size_t *n) {
    *n = r->norg_words;
    return (const char *const *)r->org_words;
}

/* ---------------------------------------------------------------- scratch */

enum {
    K_ORG = 0,
    K_TITLE,
    K_BYLINE,
    K_APPOS,
    K_GIVEN,
    K_PLACE,
    K_NOUN,
    K_USER,
    K_KNOWN,
    K_ACRONYM
};

typedef struct cand {
    uint32_t tb, te; /* tokens [tb, te) */
    uint32_t sent;
    uint32_t kind;   /* K_* */
    uint32_t origin; /* EG_ORIGIN_RULE or EG_ORIGIN_SHORT */
    int32_t ent;     /* target doc entity, or -1 for a discovered one named by the span */
    const char *type;
    uint32_t replace; /* may replace demonym, country and location mentions inside it */
    uint32_t absorb;  /* may also replace the listed organisation it starts with */
    uint32_t swap;    /* may replace a listed country with exactly its span */
    uint32_t seq;
    uint32_t ok;
} cand;

struct eg_rulescratch {
    const eg_rules *r;
    uint32_t groups; /* capture groups the match data has room for */
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jit;
    EG_VEC(uint32_t) cover; /* token -> mention index or NONE */
    EG_VEC(uint32_t) foff;  /* token -> offset of its case-folded form in `fold` */
    EG_VEC(uint32_t) flen;
    eg_strbuf fold;
    EG_VEC(cand) cands;
    EG_VEC(uint8_t) taken;
    EG_VEC(uint8_t) removed;
    EG_VEC(eg_mention) out;
    eg_strbuf name;
    eg_strbuf persons; /* folded names of known persons, NUL-separated */
    eg_diag *diag;     /* warnings (PCRE2 limits), may be NULL */
};

void eg_rulescratch_set_diag(eg_rulescratch *s, eg_diag *diag) {
    s->diag = diag;
}

eg_rulescratch *eg_rulescratch_new(const eg_rules *r) {
    eg_rulescratch *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->r = r;
    eg_strbuf_init(&s->fold);
    eg_strbuf_init(&s->name);
    eg_strbuf_init(&s->persons);
    s->groups = r->max_groups;
    s->md = pcre2_match_data_create(r->max_groups + 1, NULL);
    s->mctx = pcre2_match_context_create(NULL);
    s->jit = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
    if (!s->md || !s->mctx) {
        eg_rulescratch_free(s);
        return NULL;
    }
    pcre2_set_match_limit(s->mctx, 1000000);
    pcre2_set_depth_limit(s->mctx, 10000);
    pcre2_set_heap_limit(s->mctx, 20 * 1024);
    if (s->jit)
        pcre2_jit_stack_assign(s->mctx, NULL, s->jit);
    return s;
}

void eg_rulescratch_free(eg_rulescratch *s) {
    if (!s)
        return;
    pcre2_match_data_free(s->md);
    pcre2_match_context_free(s->mctx);
    pcre2_jit_stack_free(s->jit);
    free(s->cover.v);
    free(s->foff.v);
    free(s->flen.v);
    eg_strbuf_destroy(&s->fold);
    free(s->cands.v);
    free(s->taken.v);
    free(s->removed.v);
    free(s->out.v);
    eg_strbuf_destroy(&s->name);
    eg_strbuf_destroy(&s->persons);
    free(s);
}

/* ---------------------------------------------------------------- token helpers */

typedef struct ctx {
    const eg_rules *r;
    eg_rulescratch *s;
    const eg_gazetteer *g;
    eg_doc *doc;
    const eg_token *tv;
    uint32_t ntok;
    const char *text;
} ctx;

static const char *ttext(const ctx *c, uint32_t j) {
    return c->text + c->tv[j].start;
}

static int tok_is(const ctx *c, uint32_t j, const char *s) {
    size_t n = strlen(s);
    return c->tv[j].len == n && memcmp(ttext(c, j), s, n) == 0;
}

static int attached(const ctx *c, uint32_t j) {
    return !(c->tv[j].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START));
}

/* Whitespace (not a line break alone) before token j. */
static int attached_space(const ctx *c, uint32_t j) {
    return (c->tv[j].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START)) != 0;
}

static int covered(const ctx *c, uint32_t j) {
    return c->s->cover.v[j] != NONE;
}

static int folded_is(const ctx *c, uint32_t j, const char *w) {
    size_t n = strlen(w);
    return c->s->flen.v[j] == n && memcmp(c->s->fold.data + c->s->foff.v[j], w, n) == 0;
}

static int is_hyphen(const ctx *c, uint32_t j) {
    return tok_is(c, j, "-") || tok_is(c, j, "\xE2\x80\x90") || tok_is(c, j, "\xE2\x80\x91");
}

/* A word that is a single capital letter ("J" of "J. R. Ellison"). */
static int is_initial_letter(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_POSS))
        return 0;
    uint32_t cp;
    size_t n = eg_utf8_decode((const unsigned char *)ttext(c, j), t->len, &cp);
    return n == t->len && eg_utf8_is_upper(cp);
}

static const designator *designator_at(const ctx *c, uint32_t j) {
    const eg_rules *r = c->r;
    const char *s = ttext(c, j);
    size_t len = c->tv[j].len;
    size_t lo = 0, hi = r->ndes;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *f = r->des_order[mid]->form;
        size_t fl = strlen(f);
        int cmp = memcmp(f, s, fl < len ? fl : len);
        if (cmp == 0)
            cmp = fl < len ? -1 : fl > len;
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < r->ndes) {
        const char *f = r->des_order[lo]->form;
        if (strlen(f) == len && memcmp(f, s, len) == 0)
            return r->des_order[lo];
    }
    return NULL;
}

/* Is token j, as written, a given name from given_names.txt? */
static int given_name(const ctx *c, uint32_t j) {
    const eg_rules *r = c->r;
    const eg_token *t = &c->tv[j];
    if (!r->ngiven || !(t->flags & EG_TOK_WORD) || !(t->flags & EG_TOK_CAP) ||
        (t->flags & (EG_TOK_POSS | EG_TOK_ALLCAPS)))
        return 0;
    const char *s = ttext(c, j);
    size_t len = t->len, lo = 0, hi = r->ngiven;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *g = r->given[mid];
        size_t gl = strlen(g);
        int cmp = memcmp(g, s, gl < len ? gl : len);
        if (cmp == 0)
            cmp = gl < len ? -1 : gl > len;
        if (cmp == 0)
            return 1;
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* The gazetteer country that token j names ("Italian", "Kenya"), or -1. */
static long country_word(const ctx *c, uint32_t j) {
    char buf[128];
    size_t n = eg_fold_buf(ttext(c, j), c->tv[j].len, 0, buf, sizeof buf - 1);
    if (n == (size_t)-1)
        return -1;
    buf[n] = '\0';
    long g = eg_gazetteer_find(c->g, buf);
    return g >= 0 && strcmp(eg_gazetteer_type(c->g, (size_t)g), "country") == 0 ? g : -1;
}

/* Is token j a listed country or place name, covered or not ("London" in
 * "London AI", which the matcher leaves to the longer capitalised run)? */
static int listed_place(const ctx *c, uint32_t j) {
    if (country_word(c, j) >= 0)
        return 1;
    char buf[128];
    size_t n = eg_fold_buf(ttext(c, j), c->tv[j].len, 0, buf, sizeof buf - 1);
    if (n == (size_t)-1)
        return 0;
    buf[n] = '\0';
    long g = eg_gazetteer_find(c->g, buf);
    return g >= 0 && strcmp(eg_gazetteer_type(c->g, (size_t)g), "location") == 0;
}

static uint32_t country_form_origin(const ctx *c, uint32_t j, long g) {
    const char *nm = eg_gazetteer_name(c->g, (size_t)g);
    return strlen(nm) == c->tv[j].len && memcmp(nm, ttext(c, j), c->tv[j].len) == 0
               ? EG_ORIGIN_GAZETTEER
               : EG_ORIGIN_DEMONYM;
}

static int is_generic_adjective(const char *s, size_t len) {
    return IS_WORD_IN(generic_adjectives, s, len);
}

/* A designator that always makes a name an organisation or agency ("Ltd",
 * "Ministry"), unlike sector words ("Energy") and place words ("Airport"),
 * which also occur in people's names. */
static int strong_designator(const designator *d) {
    return d && !(d->flags & DES_SECTOR) && strcmp(d->type, "location") != 0;
}

/* The longest title starting at token j inside [j, se); *end receives the
 * token after it (a "." right after a word belongs to the title). */
static const title *title_at(const ctx *c, uint32_t j, uint32_t se, uint32_t *end) {
    const eg_rules *r = c->r;
    const eg_rulescratch *s = c->s;
    if (!(c->tv[j].flags & EG_TOK_WORD))
        return NULL;
    const char *f = s->fold.data + s->foff.v[j];
    size_t fl = s->flen.v[j];
    size_t lo = 0, hi = r->ntitles;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *w = r->title_order[mid]->words[0];
        size_t wl = strlen(w);
        int cmp = memcmp(w, f, wl < fl ? wl : fl);
        if (cmp == 0)
            cmp = wl < fl ? -1 : wl > fl;
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < r->ntitles; lo++) {
        const title *t = r->title_order[lo];
        if (strlen(t->words[0]) != fl || memcmp(t->words[0], f, fl) != 0)
            break;
        uint32_t k = j;
        size_t w = 0;
        for (; w < t->nwords; w++) {
            if (k >= se || !folded_is(c, k, t->words[w]))
                break;
            k++;
            if (k < se && tok_is(c, k, ".") && attached(c, k))
                k++;
        }
        if (w == t->nwords) {
            *end = k;
            return t;
        }
    }
    return NULL;
}

/* Does a title end exactly at token e (starting at most four tokens before)? */
static int title_ends_at(const ctx *c, uint32_t sb, uint32_t e) {
    for (uint32_t k = 1; k <= 4 && e >= sb + k; k++) {
        uint32_t end;
        if (title_at(c, e - k, e, &end) && end == e)
            return 1;
    }
    return 0;
}

static int is_cap_word(const ctx *c, uint32_t j) {
    uint32_t f = c->tv[j].flags;
    return (f & EG_TOK_WORD) && (f & EG_TOK_CAP) && !(f & EG_TOK_POSS);
}

/* A short lower-case word after a hyphen in a name: the second syllable of a
 * Korean or Chinese given name ("Min-jun", "Hye-jin"), not a suffix such as
 * "-led" or "-based". */
static int syllable(const ctx *c, uint32_t j) {
    static const char *const suffixes[] = {"age",   "aged", "area",  "based", "born",
                                           "bound", "era",  "led",   "like",  "made",
                                           "owned", "run",  "style", "type",  "wide"};
    const eg_token *t = &c->tv[j];
    if (!(t->flags & EG_TOK_WORD) || (t->flags & (EG_TOK_CAP | EG_TOK_POSS | EG_TOK_NUM)) ||
        t->len < 2 || t->len > 5)
        return 0;
    const char *s = ttext(c, j);
    for (size_t i = 0; i < t->len; i++)
        if (!(s[i] >= 'a' && s[i] <= 'z'))
            return 0;
    return !IS_WORD_IN(suffixes, s, t->len) && !word_class(s, t->len);
}

/* Can token j be a word of a person's name? `first`: it would be the first. */
static int name_word(const ctx *c, uint32_t j, uint32_t se, int first) {
    const eg_token *t = &c->tv[j];
    if (covered(c, j) || !is_cap_word(c, j) || (t->flags & EG_TOK_DOTTED))
        return 0;
    if ((t->flags & EG_TOK_ALLCAPS) && !is_initial_letter(c, j))
        return 0;
    unsigned wc = word_class(ttext(c, j), t->len);
    if (wc & (W_FUNC | W_DAY))
        return 0;
    if (wc & W_MONTH) {
        if (j + 1 < se && (c->tv[j + 1].flags & EG_TOK_NUM))
            return 0;
        if (first && !(j + 1 < se && is_cap_word(c, j + 1) &&
                       !word_class(ttext(c, j + 1), c->tv[j + 1].len)))
            return 0;
    }
    if (strong_designator(designator_at(c, j)))
        return 0;
    uint32_t e;
    if (first && title_at(c, j, se, &e))
        return 0;
    return 1;
}

/* Reads a person's name from token i: one to four words (capitalised, with
 * initials, particles and hyphenated parts). Returns 1 and the end token and
 * word count, or 0. */
static int person_name(const ctx *c, uint32_t i, uint32_t se, uint32_t *end, uint32_t *nwords) {
    uint32_t j = i, words = 0, last_end = 0, last_words = 0;
    while (j < se && words <= MAX_NAME_WORDS) {
        const eg_token *t = &c->tv[j];
        if (covered(c, j))
            break;
        if ((t->flags & EG_TOK_DOTTED) && (t->flags & EG_TOK_CAP)) {
            words++;
            j++;
            continue;
        }
        if (is_initial_letter(c, j) && !(j + 1 < se && is_hyphen(c, j + 1))) {
            j++;
            if (j < se && tok_is(c, j, ".") && attached(c, j))
                j++;
            words++;
            continue;
        }
        if (words > 0 && (t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) &&
            IS_WORD_IN(particles, ttext(c, j), t->len)) {
            if (j + 2 < se && is_hyphen(c, j + 1) && attached(c, j + 1) && attached(c, j + 2) &&
                name_word(c, j + 2, se, 0)) {
                j += 3;
                words++;
                last_end = j;
                last_words = words;
                continue;
            }
            uint32_t q = j + 1;
            while (q < se && q < j + 3 && (c->tv[q].flags & EG_TOK_WORD) &&
                   !(c->tv[q].flags & EG_TOK_CAP) &&
                   IS_WORD_IN(particles, ttext(c, q), c->tv[q].len))
                q++;
            if (q < se && name_word(c, q, se, 0)) {
                j = q;
                continue;
            }
            break;
        }
        if (name_word(c, j, se, words == 0)) {
            j++;
            while (j + 1 < se && is_hyphen(c, j) && attached(c, j) && attached(c, j + 1) &&
                   (is_cap_word(c, j + 1) || syllable(c, j + 1)) && !covered(c, j + 1))
                j += 2;
            words++;
            last_end = j;
            last_words = words;
            continue;
        }
        break;
    }
    if (!last_end || last_words > MAX_NAME_WORDS)
        return 0;
    *end = last_end;
    *nwords = last_words;
    return 1;
}

/* person_name, also taking a last initial: "Pavel H.", "Jian G." */
static int person_name_initial(const ctx *c, uint32_t i, uint32_t se, uint32_t *end,
                               uint32_t *nwords) {
    if (!person_name(c, i, se, end, nwords))
        return 0;
    uint32_t e = *end;
    if (e + 1 < se && is_initial_letter(c, e) && !covered(c, e) && tok_is(c, e + 1, ".") &&
        attached(c, e + 1)) {
        *end = e + 2;
        (*nwords)++;
    }
    return 1;
}

static eg_status add_cand(ctx *c, uint32_t tb, uint32_t te, uint32_t sent, uint32_t kind,
                          const char *type, int32_t ent, uint32_t origin, eg_error *err) {
    cand *k = EG_VEC_PUSH(c->s->cands);
    if (!k)
        return oom(c->doc->origin, 0, err);
    k->tb = tb;
    k->te = te;
    k->sent = sent;
    k->kind = kind;
    k->type = type;
    k->ent = ent;
    k->origin = origin;
    k->replace = type && (strcmp(type, "organisation") == 0 || strcmp(type, "agency") == 0 ||
                          strcmp(type, "location") == 0);
    k->seq = (uint32_t)(c->s->cands.n - 1);
    return EG_OK;
}

/* Type of doc entity e (gazetteer or discovered). */
static const char *ent_type(const ctx *c, uint32_t e) {
    const eg_docent *d = &c->doc->ents.v[e];
    return d->gaz >= 0 ? eg_gazetteer_type(c->g, (size_t)d->gaz) : c->doc->names.data + d->type_off;
}

static const char *ent_name(const ctx *c, uint32_t e) {
    const eg_docent *d = &c->doc->ents.v[e];
    return d->gaz >= 0 ? eg_gazetteer_name(c->g, (size_t)d->gaz) : c->doc->names.data + d->name_off;
}

/* A gazetteer mention that an organisation shape may swallow. */
static int replaceable(const ctx *c, const eg_mention *m) {
    if (m->origin == EG_ORIGIN_DEMONYM)
        return 1;
    if (m->origin != EG_ORIGIN_GAZETTEER)
        return 0;
    const char *t = ent_type(c, m->ent);
    return strcmp(t, "country") == 0 || strcmp(t, "location") == 0;
}

/* ---------------------------------------------------------------- rules over tokens */

static int is_prep(const ctx *c, uint32_t j) {
    static const char *const preps[] = {"at", "for", "from", "in", "of", "to", "with"};
    return IS_WORD_IN(preps, ttext(c, j), c->tv[j].len);
}

/* "Senator Marie Doe", "Mr Doe" (titles flagged surname), and "its chairman,
 * Klaus Reinholt," (a title, a comma, a name, then punctuation). */
static eg_status rule_titles(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb; i < se; i++) {
        uint32_t after, end, nw;
        if (covered(c, i))
            continue;
        const title *t = title_at(c, i, se, &after);
        if (!t || after >= se)
            continue;
        uint32_t need = (t->flags & TITLE_SURNAME) ? 1 : 2;
        if (tok_is(c, after, ",") && after + 1 < se) {
            after++;
            need = 2;
            if (!person_name(c, after, se, &end, &nw) || nw < need ||
                !(end >= se || (c->tv[end].flags & EG_TOK_PUNCT)) || tok_is(c, end, "-"))
                continue;
        } else if (!person_name(c, after, se, &end, &nw) || nw < need) {
            continue;
        }
        eg_status st = add_cand(c, after, end, si, K_TITLE, "person", -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* What follows the comma of "Name, ...": does it describe a person? "who",
 * "an economist at", "the shipper's owner", "OFAC's director", "head of". */
static int person_apposition(const ctx *c, uint32_t k, uint32_t se) {
    uint32_t p = k + 1, e;
    if (p >= se)
        return 0;
    if (tok_is(c, p, "who") || tok_is(c, p, "whose"))
        return 1;
    int lead = 0;
    if (tok_is(c, p, "a") || tok_is(c, p, "an") || tok_is(c, p, "the")) {
        lead = 1;
        p++;
    } else {
        for (uint32_t q = p; q < se && q < p + 5; q++) {
            if (c->tv[q].flags & EG_TOK_POSS) {
                lead = 1;
                p = q + 1;
                break;
            }
            if (!(c->tv[q].flags & EG_TOK_WORD))
                break;
        }
    }
    if (lead && covered(c, p)) {
        /* "Mercy Jeptoo, the Kenyan who won ..." */
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[p]];
        uint32_t q = m->tok_end;
        if (m->tok_begin == p && m->origin == EG_ORIGIN_DEMONYM && q < se &&
            (tok_is(c, q, "who") || tok_is(c, q, ",")))
            return 1;
    }
    if (lead) {
        /* "a 29-year-old crane operator", "a German citizen" */
        for (uint32_t q = p; q < se && q <= p + 8; q++) {
            const eg_token *t = &c->tv[q];
            char buf[16];
            if ((t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) &&
                ascii_lower(ttext(c, q), t->len, buf, sizeof buf) && IN_SORTED(person_nouns, buf))
                return !(q + 1 < se && (is_hyphen(c, q + 1) || (c->tv[q + 1].flags & EG_TOK_POSS)));
            if (covered(c, q)) {
                const eg_mention *m = &c->doc->ments.v[c->s->cover.v[q]];
                if (!replaceable(c, m))
                    break;
                q = m->tok_end - 1;
                continue;
            }
            if (!((t->flags & (EG_TOK_WORD | EG_TOK_NUM)) || is_hyphen(c, q)) ||
                (t->flags & (EG_TOK_CAP | EG_TOK_POSS)))
                break;
        }
    }
    for (uint32_t q = p; q < se && q <= p + 3; q++) {
        if (title_at(c, q, se, &e))
            return lead || (q <= p + 2 && e < se && is_prep(c, e));
        if (!(c->tv[q].flags & EG_TOK_WORD))
            return 0;
        if (!lead && (c->tv[q].flags & EG_TOK_CAP))
            return 0;
    }
    return 0;
}

/* "Anna Berg, an economist at Nordbank", "Chad Doe, who ran ...". */
static eg_status rule_apposition(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t k = sb + 2; k + 1 < se; k++) {
        if (!tok_is(c, k, ",") || !person_apposition(c, k, se))
            continue;
        uint32_t best = NONE;
        for (uint32_t s = k; s-- > sb && s + 12 >= k;) {
            uint32_t end, nw;
            if (person_name_initial(c, s, k, &end, &nw) && end == k && nw >= 2)
                best = s;
        }
        if (best == NONE)
            continue;
        if (best > sb) {
            uint32_t p = best - 1;
            if (is_cap_word(c, p) && !covered(c, p) && !word_class(ttext(c, p), c->tv[p].len) &&
                !title_ends_at(c, sb, best))
                continue;
        }
        eg_status st = add_cand(c, best, k, si, K_APPOS, "person", -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

static int lower_word_in(const ctx *c, uint32_t j, const char *const *list, size_t n);

/* "Oleh Marchuk", "Pavel H.", "Liu Jianming": a given name from
 * given_names.txt and one or two more name words, not inside a longer
 * capitalised run and with no designator, title or thing word among them. */
static eg_status rule_given(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb; i + 1 < se; i++) {
        uint32_t end, nw;
        if (covered(c, i) || !given_name(c, i) || word_class(ttext(c, i), c->tv[i].len))
            continue;
        long demonym = -1;
        if (i > sb) {
            uint32_t p = i - 1;
            if (is_cap_word(c, p) && !covered(c, p) && !word_class(ttext(c, p), c->tv[p].len) &&
                !title_ends_at(c, sb, i) && (demonym = country_word(c, p)) < 0)
                continue;
        }
        if (!person_name_initial(c, i, se, &end, &nw))
            continue;
        if (nw < 2 || nw > 3 || (end < se && is_cap_word(c, end)))
            continue;
        if (end < se && !tok_is(c, end, "state") &&
            lower_word_in(c, end, region_nouns, sizeof region_nouns / sizeof *region_nouns))
            continue; /* "Quang Tri province" is a place */
        int bad = 0;
        for (uint32_t j = i + 1; j < end && !bad; j++)
            bad = (c->tv[j].flags & EG_TOK_WORD) &&
                  (designator_at(c, j) || IS_WORD_IN(not_surnames, ttext(c, j), c->tv[j].len));
        if (bad)
            continue;
        eg_status st = add_cand(c, i, end, si, K_GIVEN, "person", -1, EG_ORIGIN_RULE, err);
        if (st == EG_OK && demonym >= 0) {
            /* "the Italian Marco Sartori": the matcher left the demonym out */
            long de = eg_doc_gazent(c->doc, (int32_t)demonym);
            st = de < 0 ? oom(c->doc->origin, 0, err)
                        : add_cand(c, i - 1, i, si, K_GIVEN, NULL, (int32_t)de,
                                   country_form_origin(c, i - 1, demonym), err);
        }
        if (st != EG_OK)
            return st;
        i = end - 1;
    }
    return EG_OK;
}

/* One to three uncovered capitalised words from token j ("Pivdennyi",
 * "Boulogne-sur-Mer"); returns the token after them, or NONE. Not a person's
 * name (a given name first), a designator or a function word. */
static int lower_word_in(const ctx *c, uint32_t j, const char *const *list, size_t n) {
    char buf[16];
    return (c->tv[j].flags & EG_TOK_WORD) && !(c->tv[j].flags & EG_TOK_CAP) &&
           ascii_lower(ttext(c, j), c->tv[j].len, buf, sizeof buf) && in_sorted(list, n, buf);
}

#define LOWER_IN(j, list) lower_word_in(c, j, list, sizeof list / sizeof list[0])

/* A capitalised sentence opener that is a word of a lower-case list
 * ("Residents of Recuay"). */
static int opener_in(const ctx *c, uint32_t j, const char *const *list, size_t n) {
    char buf[16];
    return (c->tv[j].flags & EG_TOK_WORD) &&
           ascii_lower(ttext(c, j), c->tv[j].len, buf, sizeof buf) && in_sorted(list, n, buf);
}

/* End of "da Praia" in "Mocímboa da Praia" when token k is a joining
 * particle followed by one or two capitalised words (listed places among
 * them) and no further capitalised word; NONE otherwise. */
static uint32_t joined_place_tail(const ctx *c, uint32_t k, uint32_t se) {
    if (k + 1 >= se || !LOWER_IN(k, place_joiners) || (c->tv[k].flags & EG_TOK_CAP) ||
        !is_cap_word(c, k + 1))
        return NONE;
    uint32_t q = k + 1, w = 0;
    while (q < se && w < 2 && is_cap_word(c, q) && !word_class(ttext(c, q), c->tv[q].len) &&
           !strong_designator(designator_at(c, q))) {
        if (covered(c, q)) {
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[q]];
            if (m->tok_begin != q || m->tok_end > se || !replaceable(c, m) ||
                strcmp(ent_type(c, m->ent), "location") != 0)
                break;
            q = m->tok_end;
        } else {
            q++;
        }
        w++;
    }
    return (w && (q >= se || !is_cap_word(c, q))) ? q : NONE;
}

static uint32_t place_name(const ctx *c, uint32_t j, uint32_t se, int caps) {
    uint32_t k = j, n = 0;
    while (k < se && n < 3 && is_cap_word(c, k) && !covered(c, k) &&
           !word_class(ttext(c, k), c->tv[k].len) && (caps || !(c->tv[k].flags & EG_TOK_ALLCAPS)) &&
           !strong_designator(designator_at(c, k))) {
        k++;
        while (k + 1 < se && is_hyphen(c, k) && attached(c, k) && attached(c, k + 1) &&
               (c->tv[k + 1].flags & EG_TOK_WORD)) {
            if (!covered(c, k + 1)) {
                k += 2;
                continue;
            }
            /* a listed name after a particle: "Roissy-en-France" */
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[k + 1]];
            if (!LOWER_IN(k - 1, place_particles) || m->tok_begin != k + 1 || m->tok_end > se ||
                !replaceable(c, m))
                break;
            k = m->tok_end;
        }
        n++;
        uint32_t q = joined_place_tail(c, k, se);
        if (q != NONE) {
            k = q; /* "Mocímboa da Praia" */
            break;
        }
    }
    if (!n || (n >= 2 && given_name(c, j)))
        return NONE;
    uint32_t e;
    if (title_at(c, j, se, &e))
        return NONE;
    return k;
}

/* "the" or "a" before token i, with at most two lower-case words (or a
 * hyphenated one) between: "the town", "the coastal town", "a southern port". */
static int article_before(const ctx *c, uint32_t sb, uint32_t i) {
    for (uint32_t k = 0, p = i; p > sb && k < 5; k++) {
        p--;
        if (tok_is(c, p, "the") || tok_is(c, p, "a"))
            return 1;
        const eg_token *t = &c->tv[p];
        if (!(((t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) &&
               !word_class(ttext(c, p), t->len)) ||
              is_hyphen(c, p)))
            return 0;
    }
    return 0;
}

/* A gazetteer mention at token j of a country or a region, state, province
 * or territory ("Worcester, Massachusetts"), not a possessive ("Kenya’s"). */
static int region_mention(const ctx *c, uint32_t j, uint32_t se) {
    if (!covered(c, j))
        return 0;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
    if (m->tok_begin != j || m->origin != EG_ORIGIN_GAZETTEER ||
        (m->tok_end < se && ((c->tv[m->tok_end].flags & EG_TOK_POSS) || is_hyphen(c, m->tok_end))))
        return 0;
    const eg_docent *d = &c->doc->ents.v[m->ent];
    if (d->gaz < 0)
        return 0;
    const char *t = eg_gazetteer_type(c->g, (size_t)d->gaz);
    if (strcmp(t, "country") == 0)
        return 1;
    if (strcmp(t, "location") != 0)
        return 0;
    for (size_t k = 0; k < eg_gazetteer_nattrs(c->g, (size_t)d->gaz); k++)
        if (strcmp(eg_gazetteer_attr_name(c->g, (size_t)d->gaz, k), "category") == 0) {
            const char *v = eg_gazetteer_attr_value(c->g, (size_t)d->gaz, k);
            return strcmp(v, "state") == 0 || strcmp(v, "province") == 0 ||
                   strcmp(v, "region") == 0 || strcmp(v, "territory") == 0;
        }
    return 0;
}

/* A dateline naming a country is its city ("MONACO —", "LUXEMBOURG (Reuters)
 * —"): datelines name cities. Singapore, a city-state whose every mention is
 * the country (tests/devset/README.md), is the exception. */
static eg_status city_state_dateline(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    const eg_doc *doc = c->doc;
    if (!covered(c, sb) || !(c->tv[sb].flags & EG_TOK_LINE_START) || doc->sents.v[si].flags ||
        c->tv[sb].start >= doc->body_offset + 200 || !(c->tv[sb].flags & EG_TOK_ALLCAPS))
        return EG_OK;
    const eg_mention *m = &doc->ments.v[c->s->cover.v[sb]];
    uint32_t e = m->tok_end;
    if (m->tok_begin != sb || m->origin != EG_ORIGIN_GAZETTEER || e >= se ||
        strcmp(ent_type(c, m->ent), "country") != 0 ||
        strcmp(ent_name(c, m->ent), "Singapore") == 0 ||
        !((c->tv[e].flags & EG_TOK_DASH) || tok_is(c, e, "(") || tok_is(c, e, ",")))
        return EG_OK;
    for (uint32_t k = sb; k < e; k++)
        if ((c->tv[k].flags & EG_TOK_WORD) && !(c->tv[k].flags & EG_TOK_ALLCAPS))
            return EG_OK;
    eg_status st = add_cand(c, sb, e, si, K_PLACE, "location", -1, EG_ORIGIN_RULE, err);
    if (st == EG_OK)
        c->s->cands.v[c->s->cands.n - 1].swap = 1;
    return st;
}

/* Places the lists do not know, from what surrounds them: "the town of X",
 * "X, a port east of the city", "based in X", "near X", "in X, Massachusetts"
 * and datelines ("BELLINZONA, Switzerland —"). */
static eg_status rule_places(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    const eg_doc *doc = c->doc;
    eg_status st0 = city_state_dateline(c, si, sb, se, err);
    if (st0 != EG_OK)
        return st0;
    for (uint32_t i = sb; i < se; i++) {
        uint32_t b = NONE, e = NONE;
        if (LOWER_IN(i, place_nouns) && i > sb && i + 2 < se && tok_is(c, i + 1, "of") &&
            article_before(c, sb, i) && (e = place_name(c, i + 2, se, 0)) != NONE) {
            b = i + 2; /* "the town of Iten", "the coastal town of Malindi" */
        } else if (tok_is(c, i, "in") && i > sb && LOWER_IN(i - 1, place_verbs) && i + 1 < se &&
                   (e = place_name(c, i + 1, se, 0)) != NONE) {
            b = i + 1; /* "based in Veldhoven" */
        } else if ((tok_is(c, i, "near") || tok_is(c, i, "outside")) && i + 1 < se &&
                   (e = place_name(c, i + 1, se, 0)) != NONE && e - (i + 1) <= 2) {
            b = i + 1; /* "a power plant near Olkaria" */
        } else if ((tok_is(c, i, "in") || tok_is(c, i, "at") || tok_is(c, i, "near") ||
                    tok_is(c, i, "from")) &&
                   i + 1 < se && (e = place_name(c, i + 1, se, 0)) != NONE && e + 1 < se &&
                   tok_is(c, e, ",") && region_mention(c, e + 1, se)) {
            b = i + 1; /* "in Worcester, Massachusetts" */
        } else if (tok_is(c, i, "at") && i > sb && LOWER_IN(i - 1, crossing_words) && i + 1 < se &&
                   (e = place_name(c, i + 1, se, 0)) != NONE && e - (i + 1) <= 2) {
            b = i + 1; /* "the border crossing at Medyka" */
        } else if (tok_is(c, i, "of") && i > sb &&
                   (LOWER_IN(i - 1, of_place_words) ||
                    (i - 1 == sb && opener_in(c, sb, of_place_words,
                                              sizeof of_place_words / sizeof *of_place_words))) &&
                   i + 1 < se && (e = place_name(c, i + 1, se, 0)) != NONE && e - (i + 1) <= 2 &&
                   !given_name(c, i + 1)) {
            b = i + 1; /* "residents of Kitwe" */
            if (e + 1 < se && tok_is(c, e, "and")) {
                uint32_t e2 = place_name(c, e + 1, se, 0);
                if (e2 != NONE && e2 - (e + 1) <= 2 && !given_name(c, e + 1) &&
                    !(e2 < se && (is_cap_word(c, e2) || (c->tv[e2].flags & EG_TOK_POSS)))) {
                    eg_status st =
                        add_cand(c, e + 1, e2, si, K_PLACE, "location", -1, EG_ORIGIN_RULE, err);
                    if (st != EG_OK)
                        return st;
                }
            }
        } else if (tok_is(c, i, ",") && i > sb && i + 2 < se &&
                   (tok_is(c, i + 1, "a") || tok_is(c, i + 1, "an"))) {
            /* "Pivdennyi, a port east of the city" */
            uint32_t q = i + 2, noun = NONE;
            for (; q < se && q < i + 6; q++) {
                if (LOWER_IN(q, place_nouns)) {
                    noun = q;
                    break;
                }
                if (!(c->tv[q].flags & (EG_TOK_WORD | EG_TOK_NUM)) && !is_hyphen(c, q))
                    break;
            }
            if (noun == NONE || noun + 1 >= se ||
                !((c->tv[noun + 1].flags & EG_TOK_PUNCT && !is_hyphen(c, noun + 1)) ||
                  ((c->tv[noun + 1].flags & EG_TOK_WORD) && !(c->tv[noun + 1].flags & EG_TOK_CAP) &&
                   !(c->tv[noun + 1].flags & EG_TOK_POSS) && !LOWER_IN(noun + 1, place_compounds))))
                continue;
            uint32_t s = i;
            while (s > sb && s > i - 3 && is_cap_word(c, s - 1) && !covered(c, s - 1))
                s--;
            if (s == sb && s < i && (word_class(ttext(c, s), c->tv[s].len) & W_FUNC))
                s++; /* "In Ntoum, a small town east of the capital" */
            if (s == i || (s > sb && (is_cap_word(c, s - 1) || covered(c, s - 1)) &&
                           !(word_class(ttext(c, s - 1), c->tv[s - 1].len) & W_FUNC)))
                continue;
            if ((e = place_name(c, s, se, 0)) != i)
                continue;
            b = s;
        } else if (i == sb && (c->tv[i].flags & EG_TOK_LINE_START) && doc->sents.v[si].flags == 0 &&
                   c->tv[i].start < doc->body_offset + 200 && (c->tv[i].flags & EG_TOK_ALLCAPS) &&
                   (e = place_name(c, i, se, 1)) != NONE && e < se) {
            /* a dateline: "BELLINZONA, Switzerland —", "ADRÉ (AFP) —" */
            int ok = 1;
            for (uint32_t k = i; k < e && ok; k++)
                ok = ((c->tv[k].flags & EG_TOK_ALLCAPS) || is_hyphen(c, k)) &&
                     !IS_WORD_IN(dateline_labels, ttext(c, k), c->tv[k].len);
            if (!ok || !((c->tv[e].flags & EG_TOK_DASH) || tok_is(c, e, "(") ||
                         (tok_is(c, e, ",") && e + 1 < se &&
                          (region_mention(c, e + 1, se) || is_cap_word(c, e + 1)))))
                continue;
            b = i;
        }
        if (b == NONE && is_cap_word(c, i) && !covered(c, i) &&
            (i == sb || !(is_cap_word(c, i - 1) || covered(c, i - 1)) ||
             word_class(ttext(c, i - 1), c->tv[i - 1].len)) &&
            (e = place_name(c, i, se, 0)) != NONE && e < se &&
            ((LOWER_IN(e, region_nouns) && !(e + 1 < se && is_hyphen(c, e + 1))) ||
             (e + 1 < se && tok_is(c, e, "border") && LOWER_IN(e + 1, crossing_nouns)) ||
             (e + 1 < se && LOWER_IN(e, court_adjectives) && tok_is(c, e + 1, "court") &&
              article_before(c, sb, i)) ||
             (e + 2 < se && is_hyphen(c, e) && attached(c, e) && tok_is(c, e + 1, "based") &&
              attached(c, e + 1)))) {
            b = i; /* "the Poltava region", "a Nakuru-based group" */
            if (tok_is(c, e, "state") && e + 1 < se && (c->tv[e + 1].flags & EG_TOK_WORD) &&
                !(c->tv[e + 1].flags & EG_TOK_CAP) && !is_prep(c, e + 1) &&
                !LOWER_IN(e + 1, place_followers))
                b = NONE; /* "Kremlin state media" */
        }
        if (b == NONE && covered(c, i)) {
            /* a listed place going on after a particle: "San Juan de
             * Lurigancho" */
            const eg_mention *m = &doc->ments.v[c->s->cover.v[i]];
            if (m->tok_begin == i && m->origin == EG_ORIGIN_GAZETTEER && m->tok_end < se &&
                strcmp(ent_type(c, m->ent), "location") == 0 &&
                (e = joined_place_tail(c, m->tok_end, se)) != NONE)
                b = i;
        }
        if (b == NONE || e == NONE || e <= b)
            continue;
        if (e < se && (is_cap_word(c, e) || (c->tv[e].flags & EG_TOK_POSS)))
            continue; /* "near Kaminari’s plant": a possessor is rarely a place */
        eg_status st = add_cand(c, b, e, si, K_PLACE, "location", -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

static int byline_end_ok(const ctx *c, uint32_t q, uint32_t se) {
    if (q >= se)
        return 1;
    const eg_token *t = &c->tv[q];
    if (t->nl > 0 || (t->flags & EG_TOK_PUNCT))
        return 1;
    return tok_is(c, q, "in") || tok_is(c, q, "for") || tok_is(c, q, "at");
}

/* After a byline name at token q, "in" and a place of one to three words
 * followed by "and", ",", ";" or "|": the token after the place; else q. */
static uint32_t byline_place(const ctx *c, uint32_t q, uint32_t se) {
    if (q + 1 >= se || !tok_is(c, q, "in"))
        return q;
    uint32_t j = q + 1, words = 0;
    while (j < se && words < 3) {
        if (covered(c, j))
            j = c->doc->ments.v[c->s->cover.v[j]].tok_end;
        else if (is_cap_word(c, j))
            j++;
        else
            break;
        words++;
    }
    if (!words || j >= se)
        return q;
    return tok_is(c, j, "and") || tok_is(c, j, ",") ? j : q;
}

/* Names after a byline trigger: "Jane Doe", "Jane Doe and John Roe",
 * "A, B and C"; a last item after a bare comma is an agency and dropped. */
static eg_status byline_names(ctx *c, uint32_t si, uint32_t p, uint32_t se, eg_error *err) {
    uint32_t starts[8], ends[8], seps[8];
    size_t n = 0;
    uint32_t q = p, sep = 0; /* 0 first, 1 and, 2 comma */
    while (n < 8) {
        uint32_t end, nw;
        if (q >= se || !person_name(c, q, se, &end, &nw) || nw < 2)
            break;
        starts[n] = q;
        ends[n] = end;
        seps[n] = sep;
        n++;
        q = end;
        q = byline_place(c, q, se); /* "Ana Souza in Brasília and Tom Hale in São Paulo" */
        if (q < se && (tok_is(c, q, "and") || tok_is(c, q, "&"))) {
            sep = 1;
            q++;
        } else if (q + 1 < se && tok_is(c, q, ",") && tok_is(c, q + 1, "and")) {
            sep = 1;
            q += 2;
        } else if (q < se && tok_is(c, q, ",")) {
            sep = 2;
            q++;
        } else {
            break;
        }
    }
    if (n == 0)
        return EG_OK;
    if (n > 1 && seps[n - 1] == 2)
        n--;
    if (!byline_end_ok(c, ends[n - 1], se))
        return EG_OK;
    for (size_t i = 0; i < n; i++) {
        eg_status st =
            add_cand(c, starts[i], ends[i], si, K_BYLINE, "person", -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* Is token i the first on its line, markup ("*", "_") aside? */
static int line_first(const ctx *c, uint32_t i) {
    if (c->tv[i].flags & EG_TOK_LINE_START)
        return 1;
    return i > 0 && attached(c, i) && (c->tv[i - 1].flags & EG_TOK_LINE_START) &&
           (tok_is(c, i - 1, "*") || tok_is(c, i - 1, "**") || tok_is(c, i - 1, "_") ||
            tok_is(c, i - 1, "__"));
}

static eg_status rule_bylines(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb; i + 1 < se; i++) {
        uint32_t p = NONE;
        if (line_first(c, i) &&
            (tok_is(c, i, "By") || tok_is(c, i, "Author") || tok_is(c, i, "Authors")) &&
            tok_is(c, i + 1, ":")) {
            p = i + 2;
        } else if (line_first(c, i) && tok_is(c, i, "By")) {
            p = i + 1;
        } else if ((tok_is(c, i, "by") || tok_is(c, i, "By")) && i > sb) {
            uint32_t v = i - 1;
            char buf[16];
            if (!ascii_lower(ttext(c, v), c->tv[v].len, buf, sizeof buf) ||
                !IN_SORTED(byline_verbs, buf))
                continue;
            int start = line_first(c, v) ||
                        (v > sb && (tok_is(c, v - 1, ";") || tok_is(c, v - 1, "|"))) ||
                        (v > sb && folded_is(c, v - 1, "additional") && line_first(c, v - 1));
            if (start)
                p = i + 1;
        }
        uint32_t end, nw;
        if (p == NONE && line_first(c, i) && person_name(c, i, se, &end, &nw) && nw >= 2 &&
            end + 1 < se && tok_is(c, end, "|") && !line_first(c, end)) {
            /* "Lucía Ferreyra | Buenos Aires correspondent" */
            eg_status st = add_cand(c, i, end, si, K_BYLINE, "person", -1, EG_ORIGIN_RULE, err);
            if (st != EG_OK)
                return st;
            continue;
        }
        if (p == NONE || p >= se)
            continue;
        eg_status st = byline_names(c, si, p, se, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* A word that may be part of an organisation's name. */
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
        return !word_class(ttext(c, j), t->len);
    }
    return 0;
}

static int acronym_shape(const ctx *c, uint32_t j);
static size_t initials(const ctx *c, uint32_t tb, uint32_t te, int small, char *buf, size_t size);

/* Adverbs between "known" and "as" ("known locally as"), or before "known"
 * ("better known as"). */
static const char *const known_adverbs[] = {
    "also",    "better",     "commonly",  "formerly", "informally", "internationally",
    "locally", "officially", "popularly", "simply",   "widely",
};

/* Start of the alias in "Name, known as X" / "Name (also known as X)" /
 * "Name, which is known locally as X" after token e, or NONE. */
static uint32_t known_as(const ctx *c, uint32_t e, uint32_t se) {
    if (e + 3 >= se || !(tok_is(c, e, ",") || tok_is(c, e, "(")))
        return NONE;
    uint32_t p = e + 1;
    if (p + 1 < se && (tok_is(c, p, "which") || tok_is(c, p, "who")) &&
        (tok_is(c, p + 1, "is") || tok_is(c, p + 1, "are") || tok_is(c, p + 1, "was")))
        p += 2;
    if (p < se && LOWER_IN(p, known_adverbs))
        p++;
    if (p + 2 < se && tok_is(c, p, "known")) {
        p++;
        if (LOWER_IN(p, known_adverbs))
            p++;
        if (p + 1 < se && tok_is(c, p, "as"))
            return p + 1;
    }
    return NONE;
}

/* Does an acronym of the name [s, e) or "known as" follow it? Confirms names
 * that reach over "and" ("Kenya Power and Lighting Company (KPLC)"). */
static int introduces_alias(const ctx *c, uint32_t s, uint32_t e, uint32_t se) {
    if (known_as(c, e, se) != NONE)
        return 1;
    uint32_t a = NONE;
    if (e + 2 < se && tok_is(c, e, "(") && tok_is(c, e + 2, ")"))
        a = e + 1;
    else if (e + 1 < se && tok_is(c, e, ","))
        a = e + 1;
    if (a == NONE || !acronym_shape(c, a))
        return 0;
    if (tok_is(c, e, "("))
        return 1; /* "(FIOD)": an acronym in the body's own language */
    char buf[64];
    for (int small = 0; small < 2; small++) {
        size_t n = initials(c, s, e, small, buf, sizeof buf);
        if (n == c->tv[a].len && memcmp(buf, ttext(c, a), n) == 0)
            return 1;
    }
    return 0;
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
    if (agency && q >= sb && org_word(c, q) && IS_WORD_IN(offices, ttext(c, q), c->tv[q].len))
        return 1; /* "Georgia’s Prosecutor’s Office" */
    if (q <= sb || !org_word(c, q) || designator_at(c, q))
        return 0;
    uint32_t p = q - 1;
    if (tok_is(c, p, ".") && attached(c, p) && p > sb)
        return tok_is(c, p - 1, "St") || tok_is(c, p - 1, "Ste");
    if (covered(c, p))
        return replaceable(c, &c->doc->ments.v[c->s->cover.v[p]]);
    return org_word(c, p) && !strong_designator(designator_at(c, p)) &&
           (agency || !title_at(c, p, q + 1, &e));
}

/* Checks for names ending in a sector word ("Hanul Semiconductor") or a place
 * word ("Rzeszów-Jasionka Airport"), which are common nouns too: a word of
 * the name must be new (not only "Chinese Steel" or "Kenya Energy"), the
 * first word not a generic adjective ("Renewable Energy", "Public
 * Transport"), and no title or person's given name before the sector word. */
static int weak_shape_ok(const ctx *c, uint32_t sb, uint32_t se, uint32_t s, uint32_t e,
                         uint32_t nfree) {
    uint32_t te;
    if (nfree == 0)
        return 0;
    if (e - s == 2 && is_generic_adjective(ttext(c, s), c->tv[s].len))
        return 0;
    if (s > sb && title_ends_at(c, sb, s))
        return 0;
    for (uint32_t j = s; j < e; j++)
        if (title_at(c, j, se, &te))
            return 0;
    return !given_name(c, s);
}

/* "Banque Léman Privée", "Grupo Modelo": a designator flagged `head` followed
 * by one to four capitalised words and then no other capitalised word. */
static eg_status rule_head(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t h,
                           const designator *d, eg_error *err) {
    uint32_t j = h + 1, n = 0, end = NONE;
    while (j < se && n < MAX_OF_PART) {
        if (covered(c, j)) {
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
            if (!replaceable(c, m) || m->tok_end > se)
                break;
            j = end = m->tok_end;
            n++;
            continue;
        }
        if (org_word(c, j) && !(c->tv[j].flags & EG_TOK_ALLCAPS)) {
            j++;
            while (j + 1 < se && is_hyphen(c, j) && attached(c, j) && attached(c, j + 1) &&
                   is_cap_word(c, j + 1) && !covered(c, j + 1))
                j += 2;
            end = j;
            n++;
            continue;
        }
        if ((end == j || (end == NONE && j == h + 1)) && j + 1 < se &&
            IS_WORD_IN(foreign_of, ttext(c, j), c->tv[j].len) &&
            (org_word(c, j + 1) ||
             (covered(c, j + 1) && c->doc->ments.v[c->s->cover.v[j + 1]].tok_begin == j + 1 &&
              replaceable(c, &c->doc->ments.v[c->s->cover.v[j + 1]])))) {
            /* "Organismo de Evaluación y Fiscalización Ambiental", "Cámara de
             * Exportadores del Guayas" */
            j++;
            continue;
        }
        break;
    }
    if (end == NONE || (end < se && is_cap_word(c, end)))
        return EG_OK;
    uint32_t s = h, te;
    if (h > sb + 1 && strcmp(d->type, "organisation") == 0 && org_word(c, h - 1) &&
        !(c->tv[h - 1].flags & EG_TOK_ALLCAPS) && !title_ends_at(c, sb, h) &&
        !title_at(c, h - 1, h, &te) && !given_name(c, h - 1) && !listed_place(c, h - 1) &&
        !is_cap_word(c, h - 2) && !covered(c, h - 2))
        s = h - 1; /* "Esporte Clube Itapuã", "Sport Club Internacional" */
    return add_cand(c, s, end, si, K_ORG, d->type, -1, EG_ORIGIN_RULE, err);
}

/* A comma at token p inside a firm's list of partners: "&" follows before
 * the designator h and a new surname-like word comes before it. */
static int partner_list(const ctx *c, uint32_t p, uint32_t h) {
    int amp = 0;
    for (uint32_t j = p + 1; j < h; j++)
        amp |= tok_is(c, j, "&");
    return amp && is_cap_word(c, p - 1) && !covered(c, p - 1) && !listed_place(c, p - 1) &&
           !word_class(ttext(c, p - 1), c->tv[p - 1].len) && !designator_at(c, p - 1);
}

/* The type of a name [s, ...) ending or headed by designator d at token h.
 * Bodies of the wider world are organisations even when their designator is
 * a government word ("International Olympic Committee", "World Anti-Doping
 * Agency"); an army or forces named only by a country are an agency ("Pakistan
 * Army"), otherwise an armed group ("Arakan Army", "Rapid Support Forces"). */
static const char *name_type(const ctx *c, const designator *d, uint32_t s, uint32_t h) {
    static const char *const worldwide[] = {"Global",  "Inter-American", "International",
                                            "Olympic", "Pan-African",    "World"};
    static const char *const national[] = {"Air",     "Armed",        "Border",  "Defence",
                                           "Defense", "Ground",       "Land",    "Marine",
                                           "Naval",   "National",     "Navy",    "People's",
                                           "Royal",   "Self-Defense", "Special", "Territorial"};
    if (strcmp(d->type, "agency") == 0 && s < h && IS_WORD_IN(worldwide, ttext(c, s), c->tv[s].len))
        return "organisation";
    if (strcmp(d->form, "Army") == 0 || strcmp(d->form, "Forces") == 0) {
        for (uint32_t j = s; j < h; j++)
            if (!covered(c, j) && (c->tv[j].flags & EG_TOK_WORD) && country_word(c, j) < 0 &&
                !IS_WORD_IN(national, ttext(c, j), c->tv[j].len))
                return "organisation";
        return "agency";
    }
    return d->type;
}

/* Designators that are abbreviations, whose dot stays in the name when the
 * sentence goes on ("Sahel Gold Corp., giving"). */
static const char *const abbreviations[] = {
    "Bhd", "Bros", "Co", "Corp", "Cos", "Inc", "Lda", "Ltd", "Ltda", "Pte", "Pty", "Pvt", "Sdn",
};

static int org_noun(const ctx *c, uint32_t j, int plural);

/* ", a rights group", ", the journalists’ union": an apposition at token e
 * whose head is a common noun for organisations. */
static int org_apposition(const ctx *c, uint32_t e, uint32_t se) {
    if (e + 2 >= se || !tok_is(c, e, ",") ||
        !(tok_is(c, e + 1, "a") || tok_is(c, e + 1, "an") || tok_is(c, e + 1, "the")))
        return 0;
    for (uint32_t q = e + 2, k = 0; q < se && k < 5; q++, k++) {
        if (org_noun(c, q, 0))
            return q + 1 >= se || (c->tv[q + 1].flags & EG_TOK_PUNCT) ||
                   LOWER_IN(q + 1, org_followers);
        const eg_token *t = &c->tv[q];
        if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP))
            return 0;
    }
    return 0;
}

/* Organisation and agency shapes around designator token h. */
static eg_status rule_designator(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t h,
                                 const designator *d, eg_error *err) {
    const eg_doc *doc = c->doc;
    uint32_t ofend = NONE;
    if ((d->flags & DES_OF) && h + 2 < se &&
        (tok_is(c, h + 1, "of") || tok_is(c, h + 1, "for") || tok_is(c, h + 1, "on") ||
         tok_is(c, h + 1, "Against"))) {
        uint32_t j = h + 2, n = 0, end = NONE, before_and = NONE, before_comma = NONE;
        if (tok_is(c, j, "the"))
            j++;
        while (j < se && n < MAX_OF_PART) {
            if (covered(c, j)) {
                const eg_mention *m = &doc->ments.v[c->s->cover.v[j]];
                if (!replaceable(c, m) || m->tok_end > se)
                    break;
                n++;
                j = m->tok_end;
                end = j;
                continue;
            }
            uint32_t te;
            if (n > 0 && title_at(c, j, se, &te) && te < se && is_cap_word(c, te))
                break; /* "Office of the Special Prosecutor (OSP)" goes on */
            if (org_word(c, j)) {
                const designator *dd = designator_at(c, j);
                if (strong_designator(dd) && !(dd->flags & DES_PREFIX) &&
                    !(j + 1 < se && is_hyphen(c, j + 1) && attached(c, j + 1)))
                    break;
                j++;
                while (j + 1 < se && is_hyphen(c, j) && attached(c, j) && attached(c, j + 1) &&
                       (c->tv[j + 1].flags & EG_TOK_WORD) && !covered(c, j + 1))
                    j += 2;
                n++;
                end = j;
                continue;
            }
            if (end != NONE && end == j && (tok_is(c, j, "and") || tok_is(c, j, "&"))) {
                if (before_comma == NONE)
                    before_and = end;
                before_comma = NONE;
                j++;
                continue;
            }
            if (end != NONE && end == j && tok_is(c, j, ",") && j + 1 < se && org_word(c, j + 1) &&
                before_comma == NONE && before_and == NONE) {
                before_comma = end; /* "Ministry of Power, Energy and Mineral Resources" */
                j++;
                continue;
            }
            if (end != NONE && end == j &&
                (tok_is(c, j, "of") || tok_is(c, j, "for") || tok_is(c, j, "the"))) {
                j++;
                if (j < se && tok_is(c, j, "the"))
                    j++;
                continue;
            }
            break;
        }
        if (before_comma != NONE)
            end = before_comma; /* a comma no "and" closed: "Ministry of Power, Mr X said" */
        if (end != NONE && before_and != NONE && end < se) {
            const designator *next = designator_at(c, end);
            if (next && !(next->flags & DES_PREFIX))
                end = before_and;
        }
        ofend = end;
    }
    if ((d->flags & DES_PREFIX) && ofend == NONE)
        return EG_OK;
    if (d->flags & DES_HEAD) {
        if (ofend != NONE)
            return add_cand(c, h, ofend, si, K_ORG, d->type, -1, EG_ORIGIN_RULE, err);
        size_t before = c->s->cands.n;
        eg_status st = rule_head(c, si, sb, se, h, d, err);
        /* a head word with no name after it may end one ("Northbridge P&I Club") */
        if (st != EG_OK || c->s->cands.n != before || h == sb || !is_cap_word(c, h - 1) ||
            strcmp(d->type, "organisation") != 0)
            return st;
    }
    int sector = (d->flags & DES_SECTOR) != 0, place = strcmp(d->type, "location") == 0;

    uint32_t limit = strcmp(d->type, "agency") == 0 ? MAX_AGENCY_LEFT
                     : place                        ? MAX_PLACE_LEFT
                                                    : MAX_ORG_LEFT;
    uint32_t n = 0, s = h, j = h, nfree = 0;
    uint32_t s_and = h, n_and = 0;
    int over = 0, and_at = 0, des_left = 0;
    while (j > sb) {
        uint32_t p = j - 1;
        if (covered(c, p)) {
            const eg_mention *m = &doc->ments.v[c->s->cover.v[p]];
            if (!replaceable(c, m) || m->tok_begin < sb)
                break;
            j = s = m->tok_begin;
        } else if (org_word(c, p) || (designator_at(c, p) && is_cap_word(c, p))) {
            if (and_at && designator_at(c, p))
                des_left = 1 + strong_designator(designator_at(c, p));
            j = s = p;
            nfree += !listed_place(c, p);
        } else if (s == j &&
                   (tok_is(c, p, "&") || (is_hyphen(c, p) && attached(c, p) && attached(c, j)))) {
            j = p;
            continue;
        } else if (s == j && p > sb && !sector && !place &&
                   (tok_is(c, p, "of") || tok_is(c, p, "for")) && designator_at(c, p - 1)) {
            j = p;
            continue;
        } else if (s == j && p > sb && (c->tv[p].flags & EG_TOK_POSS) && attached(c, p) &&
                   possessor_in_name(c, p - 1, sb, strcmp(d->type, "agency") == 0)) {
            /* "Scottish Fishermen’s Federation", "Prosecutors’ Office" */
            j = p;
            continue;
        } else if (s == j && p > sb && tok_is(c, p, ".") && attached(c, p) &&
                   (tok_is(c, p - 1, "St") || tok_is(c, p - 1, "Ste") ||
                    (is_initial_letter(c, p - 1) && !covered(c, p - 1)))) {
            j = s = p - 1; /* "St. Brendan’s Medical Center", "S. Alam Group" */
        } else if (s == j && p > sb && tok_is(c, p, ",") && strcmp(d->type, "organisation") == 0 &&
                   !sector && partner_list(c, p, h)) {
            j = p; /* "Boakye, Lartey & Co." */
            continue;
        } else if (s == j && p > sb && !and_at && tok_is(c, p, "and") && is_cap_word(c, p - 1) &&
                   !covered(c, p - 1) && !word_class(ttext(c, p - 1), c->tv[p - 1].len)) {
            and_at = 1;
            s_and = s;
            n_and = n;
            j = p;
            continue;
        } else if (s == j && p > sb && (c->tv[p].flags & EG_TOK_WORD) &&
                   !(c->tv[p].flags & EG_TOK_CAP) &&
                   (IS_WORD_IN(foreign_of, ttext(c, p), c->tv[p].len) || tok_is(c, p, "van") ||
                    tok_is(c, p, "von") || tok_is(c, p, "der"))) {
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
    uint32_t e = ofend != NONE ? ofend : h + 1;
    if (and_at && !over && des_left < 2 && strcmp(d->type, "agency") == 0 && s > sb &&
        (tok_is(c, s - 1, "the") || tok_is(c, s - 1, "The") || (c->tv[s - 1].flags & EG_TOK_POSS)))
        and_at = 0; /* "the Ghana Ports and Harbours Authority", "Singapore’s Maritime and
                       Port Authority" */
    if (and_at && (over || !introduces_alias(c, s, e, se))) {
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
    if (ofend == NONE && e < se && is_cap_word(c, e) && !covered(c, e) &&
        !(c->tv[e].flags & EG_TOK_ALLCAPS) && !word_class(ttext(c, e), c->tv[e].len) &&
        !designator_at(c, e)) {
        uint32_t te;
        if (sector || place || !title_at(c, e, se, &te))
            return EG_OK;
    }
    if ((sector || place) && !(place && s == h && ofend != NONE) &&
        !weak_shape_ok(c, sb, se, s, e, nfree))
        return EG_OK; /* "Bay of Bengal" needs no word before */
    if (!place && e + 2 < se && tok_is(c, e, "A") && tok_is(c, e + 1, "/") &&
        tok_is(c, e + 2, "S") && attached(c, e + 1) && attached(c, e + 2))
        e += 3; /* Danish and Norwegian "A/S" */
    else if (!place && e == h + 1 && e + 1 < se && tok_is(c, e, ".") && attached(c, e) &&
             IS_WORD_IN(abbreviations, d->form, strlen(d->form)))
        e++; /* "Sahel Gold Corp., giving": the dot belongs to the name */
    if (s < h && e + 2 < se && tok_is(c, e, "(") && tok_is(c, e + 2, ")") &&
        acronym_shape(c, e + 1) && ttext(c, s)[0] != ttext(c, e + 1)[0]) {
        /* "Dutch Fiscal Information and Investigation Service (FIOD)": the
         * acronym shows where the name starts */
        uint32_t after = NONE;
        if (covered(c, s)) {
            const eg_mention *m = &doc->ments.v[c->s->cover.v[s]];
            if (m->tok_begin == s && replaceable(c, m))
                after = m->tok_end;
        } else if (listed_place(c, s)) {
            after = s + 1;
        }
        if (after != NONE && after < h && ttext(c, after)[0] == ttext(c, e + 1)[0])
            s = after;
    }
    const char *type = name_type(c, d, s, h);
    if (strcmp(type, "organisation") == 0 && s >= sb + 3 && tok_is(c, s - 1, "the") &&
        tok_is(c, s - 2, ",") && LOWER_IN(s - 3, regulator_nouns))
        type = "agency"; /* "India’s drug regulator, the Central Drugs ... Organisation" */
    if (strcmp(type, "agency") == 0 && org_apposition(c, e, se))
        type = "organisation"; /* "the Hungarian Helsinki Committee, a rights group" */
    return add_cand(c, s, e, si, K_ORG, type, -1, EG_ORIGIN_RULE, err);
}

/* Is token j an organisation noun (or its plural with `plural`)? */
static int org_noun(const ctx *c, uint32_t j, int plural) {
    char buf[16];
    const eg_token *t = &c->tv[j];
    if (tok_is(c, j, "NGO") || (plural && tok_is(c, j, "NGOs")))
        return 1;
    if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP) ||
        !ascii_lower(ttext(c, j), t->len, buf, sizeof buf))
        return 0;
    if (strcmp(buf, "tank") == 0) /* "think tank", "think-tank" */
        return j >= 1 && ((j >= 2 && is_hyphen(c, j - 1) && tok_is(c, j - 2, "think")) ||
                          tok_is(c, j - 1, "think"));
    if (strcmp(buf, "house") == 0 || strcmp(buf, "houses") == 0) /* "the fashion house" */
        return j >= 1 && LOWER_IN(j - 1, house_kinds);
    if (IN_SORTED(org_nouns, buf))
        return 1;
    size_t n = strlen(buf);
    if (!plural || n < 3 || buf[n - 1] != 's')
        return 0;
    if (n > 4 && buf[n - 2] == 'e' && buf[n - 3] == 'i') { /* companies */
        buf[n - 3] = 'y';
        buf[n - 2] = '\0';
        return IN_SORTED(org_nouns, buf);
    }
    buf[n - 1] = '\0';
    return IN_SORTED(org_nouns, buf);
}

/* An organisation's name from token j: one to five capitalised words (names
 * from lists that are demonyms, countries or places may be inside), joined by
 * "for", "of", "&", "de" or hyphens when a capitalised word follows ("and"
 * would join two names: "Van Rijn Transport and Aldervale University").
 * Returns the token after it, or NONE; no title, no person's given name
 * first, and no capitalised word right after. */
static uint32_t org_name(const ctx *c, uint32_t j, uint32_t se) {
    uint32_t k = j, n = 0, end = NONE, e;
    if (j >= se || title_at(c, j, se, &e) || !(is_cap_word(c, j) || covered(c, j)))
        return NONE;
    while (k < se && n < 5) {
        if (covered(c, k)) {
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[k]];
            if (!replaceable(c, m) || m->tok_begin < k || m->tok_end > se)
                break;
            k = end = m->tok_end;
            n++;
            continue;
        }
        if (org_word(c, k) && !title_at(c, k, se, &e)) {
            k++;
            while (k + 1 < se && is_hyphen(c, k) && attached(c, k) && attached(c, k + 1) &&
                   (c->tv[k + 1].flags & EG_TOK_WORD) && !covered(c, k + 1))
                k += 2;
            end = k;
            n++;
            continue;
        }
        if (end == k && k + 1 < se && n > 0 &&
            (tok_is(c, k, "for") || tok_is(c, k, "of") || tok_is(c, k, "&") ||
             IS_WORD_IN(foreign_of, ttext(c, k), c->tv[k].len)) &&
            is_cap_word(c, k + 1) && !covered(c, k + 1)) {
            k++;
            continue;
        }
        break;
    }
    if (end == NONE || (end < se && (is_cap_word(c, end) || covered(c, end))))
        return NONE;
    uint32_t free = 0;
    for (uint32_t q = j; q < end; q++)
        free += !covered(c, q) && is_cap_word(c, q);
    if (!free || (given_name(c, j) && end > j + 1 && !designator_at(c, end - 1)))
        return NONE;
    return end;
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

/* "the Lagos-based group Citizens for Open Budgets", "Tidewater Exchange, a
 * cryptocurrency platform" and "BlackLantern, one of the most active
 * ransomware gangs": names next to a common noun for organisations. */
/* Before the organisation noun at token i: a possessive or "the", then up to
 * three lower-case modifiers ("Bangladesh’s state energy company"). */
static int owner_before(const ctx *c, uint32_t sb, uint32_t i) {
    uint32_t p = i;
    for (int k = 0; k <= 3 && p > sb; k++) {
        const eg_token *t = &c->tv[p - 1];
        if ((t->flags & EG_TOK_POSS) || tok_is(c, p - 1, "the"))
            return 1;
        if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP) || covered(c, p - 1) ||
            word_class(ttext(c, p - 1), t->len))
            return 0;
        p--;
    }
    return 0;
}

/* Start of one to three new capitalised words before the noun at token i,
 * after "the" and at most two lower-case modifiers; NONE if none. */
static uint32_t named_before(const ctx *c, uint32_t sb, uint32_t i) {
    uint32_t b = i;
    while (b > sb && i - b < 3 && is_cap_word(c, b - 1) && !covered(c, b - 1) &&
           org_word(c, b - 1) && !listed_place(c, b - 1))
        b--;
    if (b == i || b == sb || org_name(c, b, i) != i)
        return NONE;
    uint32_t p = b;
    for (int k = 0; k <= 2 && p > sb; k++, p--) {
        const eg_token *t = &c->tv[p - 1];
        if (tok_is(c, p - 1, "the") || tok_is(c, p - 1, "The"))
            return b;
        if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP) ||
            word_class(ttext(c, p - 1), t->len))
            return NONE;
    }
    return NONE;
}

static eg_status rule_org_nouns(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb; i < se; i++) {
        uint32_t b = NONE, e = NONE;
        if (org_noun(c, i, 0) && i + 3 < se && tok_is(c, i + 1, ",") &&
            (e = org_name(c, i + 2, se)) != NONE && e < se && tok_is(c, e, ",") &&
            owner_before(c, sb, i)) {
            b = i + 2; /* "Mr Njoroge’s company, Rift Petroleum Traders, denied",
                          "Bangladesh’s state energy company, Petrobangla," */
        } else if (i > sb + 1 && LOWER_IN(i, party_nouns) && is_cap_word(c, i - 1) &&
                   (b = named_before(c, sb, i)) != NONE) {
            e = i; /* "the opposition Ak Zhol party", "the Wagner group" */
        } else if (org_noun(c, i, 0) && i + 1 < se) {
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
                    if (!replaceable(c, m))
                        break;
                    q = m->tok_begin;
                } else if (((t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) &&
                            !word_class(ttext(c, p), t->len)) ||
                           ((t->flags & EG_TOK_POSS) && attached(c, p)) ||
                           (is_hyphen(c, p) && attached(c, p)) || (t->flags & EG_TOK_NUM)) {
                    q = p; /* "the patients’ group", "the news site" */
                } else {
                    break;
                }
                mods++;
            }
            /* "Land rights group Fundación Tierra Viva" opening a sentence */
            int opener = q == sb + 1 && q < i && is_cap_word(c, sb) && !covered(c, sb) &&
                         !word_class(ttext(c, sb), c->tv[sb].len);
            if (!opener && (q == sb || !(tok_is(c, q - 1, "the") || tok_is(c, q - 1, "a") ||
                                         tok_is(c, q - 1, "an") || tok_is(c, q - 1, "The") ||
                                         tok_is(c, q - 1, "A") || tok_is(c, q - 1, "An"))))
                continue;
            uint32_t n0 = i + 1;
            if (n0 + 1 < se && (tok_is(c, n0, "called") || tok_is(c, n0, "named")))
                n0++;
            if ((e = org_name(c, n0, se)) != NONE)
                b = n0;
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
            for (uint32_t k = 0; q < se && k < 8; q++, k++) {
                if (org_noun(c, q, plural)) {
                    noun = q;
                    break;
                }
                const eg_token *t = &c->tv[q];
                if (!(t->flags & (EG_TOK_WORD | EG_TOK_NUM | EG_TOK_POSS)) && !is_hyphen(c, q))
                    break;
                if ((t->flags & EG_TOK_POSS) && !(q > i + 1 && (c->tv[q - 1].flags & EG_TOK_WORD) &&
                                                  !(c->tv[q - 1].flags & EG_TOK_CAP)))
                    break; /* "the country’s largest drug-trafficking group" goes on */
                if (!(t->flags & EG_TOK_POSS) && (t->flags & EG_TOK_CAP) && !covered(c, q) &&
                    !is_hyphen(c, q + 1))
                    break;
            }
            if (noun == NONE || noun + 1 > se)
                continue;
            if (noun + 1 < se &&
                !(((c->tv[noun + 1].flags & EG_TOK_PUNCT) && !is_hyphen(c, noun + 1) &&
                   !(c->tv[noun + 1].flags & EG_TOK_POSS)) ||
                  LOWER_IN(noun + 1, org_followers)))
                continue;
            uint32_t s = i;
            while (s > sb && s + 8 > i) {
                uint32_t p = s - 1;
                if (covered(c, p)) {
                    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[p]];
                    if (!replaceable(c, m))
                        break;
                    s = m->tok_begin;
                } else if (is_cap_word(c, p) || tok_is(c, p, "for") || tok_is(c, p, "of") ||
                           tok_is(c, p, "&") || (is_hyphen(c, p) && attached(c, p)) ||
                           IS_WORD_IN(foreign_of, ttext(c, p), c->tv[p].len)) {
                    s = p;
                } else {
                    break;
                }
            }
            while (s < i && !is_cap_word(c, s) && !covered(c, s))
                s++;
            /* the longest run of name words that ends at the comma */
            for (; s < i; s++) {
                if (s > sb && (is_cap_word(c, s - 1) && !covered(c, s - 1) &&
                               !word_class(ttext(c, s - 1), c->tv[s - 1].len)))
                    continue;
                if (org_name(c, s, se) == i)
                    break;
            }
            if (s < i && !(s == sb && i == s + 1 && adverb_like(c, s))) {
                b = s;
                e = i;
            }
        }
        if (b == NONE || e == NONE || e <= b)
            continue;
        eg_status st = add_cand(c, b, e, si, K_NOUN, "organisation", -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* A legal form ("Inc", "plc", "GmbH", "Company") or a group word ("Group",
 * "Holdings"), which leaves a listed company the same company, unlike
 * "Securities" or "Power". */
static int legal_form(const designator *d) {
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
        strcmp(ent_type(c, m->ent), "organisation") != 0 ||
        (h + 1 < se && (is_cap_word(c, h + 1) || covered(c, h + 1))))
        return EG_OK;
    eg_status st = add_cand(c, m->tok_begin, h + 1, m->sentence == si ? si : m->sentence, K_ORG,
                            "organisation", -1, EG_ORIGIN_RULE, err);
    if (st == EG_OK)
        c->s->cands.v[c->s->cands.n - 1].absorb = 1;
    return st;
}

static eg_status rule_designators(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t h = sb; h < se; h++) {
        if (covered(c, h) || !(c->tv[h].flags & EG_TOK_WORD))
            continue;
        const designator *d = designator_at(c, h);
        if (!d)
            continue;
        eg_status st = EG_OK;
        if (h > sb && strcmp(d->type, "organisation") == 0 &&
            !(d->flags & (DES_PREFIX | DES_HEAD)) && is_cap_word(c, h) && !legal_form(d))
            st = rule_listed_plus(c, si, se, h, err);
        if (st == EG_OK)
            st = rule_designator(c, si, sb, se, h, d, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* Token index whose start is byte `off` within [sb, se), or NONE. */
static uint32_t tok_starting(const ctx *c, uint32_t sb, uint32_t se, size_t off) {
    uint32_t lo = sb, hi = se;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (c->tv[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < se && c->tv[lo].start == off ? lo : NONE;
}

static uint32_t tok_ending(const ctx *c, uint32_t sb, uint32_t se, size_t off) {
    uint32_t lo = sb, hi = se;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if ((size_t)c->tv[mid].start + c->tv[mid].len < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < se && (size_t)c->tv[lo].start + c->tv[lo].len == off ? lo : NONE;
}

static eg_status rule_user(ctx *c, const recogniser *rc, uint32_t si, uint32_t sb, uint32_t se,
                           eg_error *err) {
    eg_rulescratch *s = c->s;
    size_t begin = c->tv[sb].start;
    size_t stop = (size_t)c->tv[se - 1].start + c->tv[se - 1].len;
    size_t off = begin;
    while (off <= stop) {
        int rc2 = pcre2_match(rc->code, (PCRE2_SPTR)c->text, stop, off, 0, s->md, s->mctx);
        if (rc2 == PCRE2_ERROR_NOMEMORY)
            return oom(c->doc->origin, c->doc->origin_line, err);
        if (rc2 == PCRE2_ERROR_MATCHLIMIT || rc2 == PCRE2_ERROR_DEPTHLIMIT ||
            rc2 == PCRE2_ERROR_HEAPLIMIT || rc2 == PCRE2_ERROR_JIT_STACKLIMIT) {
            eg_warn(s->diag, c->doc->origin, c->doc->origin_line, 0,
                    "article %s, sentence %u: recogniser %s hit a PCRE2 limit; it gives up on "
                    "this sentence",
                    c->doc->id ? c->doc->id : "?", si + 1, rc->where);
            break;
        }
        if (rc2 < 0)
            break; /* no match: the rule is done with this sentence */
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(s->md);
        PCRE2_SIZE gs = ov[2 * rc->group], ge = ov[2 * rc->group + 1];
        if (rc2 > (int)rc->group && gs != PCRE2_UNSET && ge > gs) {
            uint32_t tb = tok_starting(c, sb, se, gs), tl = tok_ending(c, sb, se, ge);
            if (tb != NONE && tl != NONE && tl >= tb) {
                uint32_t te = tl + 1;
                if (strcmp(rc->type, "person") == 0)
                    for (;;) {
                        uint32_t e;
                        if (tb < te && (word_class(ttext(c, tb), c->tv[tb].len) ||
                                        !(c->tv[tb].flags & EG_TOK_WORD)))
                            tb++;
                        else if (tb < te && title_at(c, tb, te, &e) && e < te)
                            tb = e;
                        else
                            break;
                    }
                if (tb < te && (unsigned char)c->text[c->tv[tb].start] >= 0x20) {
                    eg_status st =
                        add_cand(c, tb, te, si, K_USER, rc->type, -1, EG_ORIGIN_RULE, err);
                    if (st != EG_OK)
                        return st;
                }
            }
        }
        size_t next = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
        while (next < stop && ((unsigned char)c->text[next] & 0xC0) == 0x80)
            next++;
        if (next <= off)
            next = off + 1;
        off = next;
    }
    return EG_OK;
}

/* A headline in title case: a line without final punctuation (or the
 * article's title) with three or more content words, nearly all capitalised. */
static int title_case(const ctx *c, uint32_t si, uint32_t sb, uint32_t se) {
    uint32_t last = se;
    while (last > sb && (c->tv[last - 1].flags & EG_TOK_PUNCT) &&
           !(c->tv[last - 1].flags & EG_TOK_SENT_PUNCT))
        last--;
    if (last > sb && (c->tv[last - 1].flags & EG_TOK_SENT_PUNCT) &&
        !(c->doc->sents.v[si].flags & EG_SENT_TITLE))
        return 0;
    uint32_t words = 0, caps = 0;
    for (uint32_t j = sb; j < se; j++) {
        const eg_token *t = &c->tv[j];
        if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_POSS) ||
            (word_class(ttext(c, j), t->len) & W_FUNC))
            continue;
        words++;
        caps += (t->flags & EG_TOK_CAP) != 0;
    }
    return words >= 3 && caps * 4 > words * 3;
}

/* ---------------------------------------------------------------- second pass */

static int acronym_shape(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    if (covered(c, j) || !(t->flags & EG_TOK_WORD) || !(t->flags & EG_TOK_ALLCAPS) ||
        (t->flags & (EG_TOK_POSS | EG_TOK_DOTTED)) || t->len < 2 || t->len > 10)
        return 0;
    const char *s = ttext(c, j);
    for (size_t i = 0; i < t->len; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '&'))
            return 0;
    return !eg_rules_stopword(s, t->len);
}

/* Initials of the capitalised words of tokens [tb, te) into buf; with `small`
 * lower-case of/and/for/the count too (upper-cased). */
static size_t initials(const ctx *c, uint32_t tb, uint32_t te, int small, char *buf, size_t size) {
    size_t n = 0;
    for (uint32_t j = tb; j < te && n + 2 < size; j++) {
        const eg_token *t = &c->tv[j];
        const char *s = ttext(c, j);
        if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_POSS))
            continue;
        if (t->flags & EG_TOK_DOTTED) {
            for (size_t i = 0; i < t->len && n + 1 < size; i++)
                if (s[i] != '.')
                    buf[n++] = s[i];
            continue;
        }
        if (t->flags & EG_TOK_CAP) {
            buf[n++] = s[0];
        } else if (small && (tok_is(c, j, "of") || tok_is(c, j, "and") || tok_is(c, j, "for") ||
                             tok_is(c, j, "the"))) {
            buf[n++] = (char)(s[0] - 'a' + 'A');
        }
    }
    buf[n] = '\0';
    return n;
}

static int acronym_fits(const ctx *c, const eg_mention *m, uint32_t a, int paren) {
    const char *s = ttext(c, a);
    size_t len = c->tv[a].len;
    char buf[64];
    if (paren) /* "(TSE)", "(FIOD)": a body's acronym in its own language */
        return initials(c, m->tok_begin, m->tok_end, 0, buf, sizeof buf) > 0;
    for (int small = 0; small < 2; small++) {
        size_t n = initials(c, m->tok_begin, m->tok_end, small, buf, sizeof buf);
        if (n == len && memcmp(buf, s, len) == 0)
            return 1;
    }
    return 0;
}

/* An organisation or an agency: the rules' designators cannot always tell
 * the two apart ("National Cyber Security Centre"), so a listed body decides. */
static int body_type(const char *t) {
    return strcmp(t, "organisation") == 0 || strcmp(t, "agency") == 0;
}

/* Does gazetteer name `gn` equal `name` once a trailing qualifier such as
 * " (Poland)" is dropped? */
static int same_but_qualifier(const char *gn, const char *name) {
    size_t n = strlen(name);
    return strncmp(gn, name, n) == 0 && gn[n] == ' ' && gn[n + 1] == '(' &&
           gn[strlen(gn) - 1] == ')';
}

/* Moves every mention of doc entity `from` to `to`. */
static void repoint_entity(ctx *c, uint32_t from, uint32_t to) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++)
        if (doc->ments.v[i].ent == from) {
            doc->ments.v[i].ent = to;
            doc->ents.v[to].mentions++;
            if (doc->ents.v[from].mentions)
                doc->ents.v[from].mentions--;
        }
}

/* "Name (ACR)" where the gazetteer gave ACR to another entity: the article's
 * own definition wins. A discovered name that is the listed entity's name
 * without its qualifier ("Internal Security Agency (ABW)" and the listed
 * "Internal Security Agency (Poland)") becomes that entity; otherwise, when
 * the first letters agree ("Australian Federal Police (AFP)"), every mention
 * of the acronym in the article moves to the name's entity. Returns 1 if it
 * changed anything. */
static int override_acronym(ctx *c, const eg_mention *m, uint32_t a) {
    eg_doc *doc = c->doc;
    uint32_t mi = c->s->cover.v[a];
    const eg_mention *am = &doc->ments.v[mi];
    const eg_token *t = &c->tv[a];
    if (am->tok_begin != a || am->tok_end != a + 1 || am->origin != EG_ORIGIN_GAZETTEER ||
        am->ent == m->ent || !(t->flags & EG_TOK_CAP) || (t->flags & EG_TOK_DOTTED) || t->len < 2 ||
        t->len > 10)
        return 0;
    char first[64];
    if (!(t->flags & EG_TOK_ALLCAPS) &&
        (t->len > 6 || initials(c, m->tok_begin, m->tok_end, 0, first, sizeof first) == 0 ||
         first[0] != ttext(c, a)[0]))
        return 0; /* "Secretaría de Marina (Semar)": a short name the article defines */
    const char *mt = ent_type(c, m->ent), *at = ent_type(c, am->ent);
    if (strcmp(at, "organisation") != 0 && strcmp(at, "agency") != 0)
        return 0;
    uint32_t from = am->ent, to = m->ent;
    if (doc->ents.v[m->ent].gaz < 0 && body_type(mt) &&
        same_but_qualifier(ent_name(c, am->ent), ent_name(c, m->ent))) {
        repoint_entity(c, m->ent, am->ent);
        return 1;
    }
    char buf[64];
    if (initials(c, m->tok_begin, m->tok_end, 0, buf, sizeof buf) == 0)
        return 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *x = &doc->ments.v[i];
        if (x->ent != from || x->tok_end - x->tok_begin != 1 || c->tv[x->tok_begin].len != t->len ||
            memcmp(ttext(c, x->tok_begin), ttext(c, a), t->len) != 0)
            continue;
        x->ent = to;
        x->origin = EG_ORIGIN_SHORT;
        doc->ents.v[to].mentions++;
        if (doc->ents.v[from].mentions)
            doc->ents.v[from].mentions--;
    }
    return 1;
}

/* Does `name` end with `tail` after a space ("Swedish Security Service" and
 * "Security Service")? */
static int ends_with_words(const char *name, const char *tail) {
    size_t a = strlen(name), b = strlen(tail);
    return a > b + 1 && name[a - b - 1] == ' ' && strcmp(name + a - b, tail) == 0;
}

/* "Sweden’s Security Service, Säpo," and "Security Service (Säpo)": a
 * discovered body followed by a listed alias of a body whose name ends with
 * it (or is it with a qualifier) is that listed body. Returns 1 if merged. */
static int listed_alias(ctx *c, const eg_mention *m, uint32_t a, uint32_t se) {
    eg_doc *doc = c->doc;
    const eg_mention *am = &doc->ments.v[c->s->cover.v[a]];
    uint32_t after = am->tok_end;
    if (am->tok_begin != a || am->origin != EG_ORIGIN_GAZETTEER || am->ent == m->ent ||
        doc->ents.v[m->ent].gaz >= 0 ||
        !(after >= se || tok_is(c, after, ",") || tok_is(c, after, ")") || tok_is(c, after, ".") ||
          tok_is(c, after, ";")))
        return 0;
    if (!body_type(ent_type(c, m->ent)) || !body_type(ent_type(c, am->ent)))
        return 0;
    const char *ln = ent_name(c, am->ent), *dn = ent_name(c, m->ent);
    if (!ends_with_words(ln, dn) && !same_but_qualifier(ln, dn))
        return 0;
    repoint_entity(c, m->ent, am->ent);
    return 1;
}

/* "Islamic State Mozambique Province, which is known locally as
 * al-Shabaab,": a body's name defined by the article as a name the gazetteer
 * gives to another body. The article's definition wins: every mention of that
 * listed body written the same way moves to the named one. Returns 1 if it
 * changed anything. */
static int known_as_listed(ctx *c, const eg_mention *m, uint32_t a, uint32_t se) {
    eg_doc *doc = c->doc;
    const eg_mention *am = &doc->ments.v[c->s->cover.v[a]];
    uint32_t after = am->tok_end;
    if (am->tok_begin != a || am->origin != EG_ORIGIN_GAZETTEER || am->ent == m->ent ||
        !(after >= se || (c->tv[after].flags & EG_TOK_PUNCT)) || !body_type(ent_type(c, m->ent)) ||
        !body_type(ent_type(c, am->ent)))
        return 0;
    uint32_t from = am->ent, to = m->ent;
    size_t n = c->tv[am->tok_end - 1].start + c->tv[am->tok_end - 1].len - c->tv[a].start;
    const char *w = ttext(c, a);
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *x = &doc->ments.v[i];
        if (x->ent != from || x->end - x->start != n || memcmp(c->text + x->start, w, n) != 0)
            continue;
        x->ent = to;
        x->origin = EG_ORIGIN_SHORT;
        doc->ents.v[to].mentions++;
        if (doc->ents.v[from].mentions)
            doc->ents.v[from].mentions--;
    }
    return 1;
}

/* "Singapore’s Maritime and Port Authority": a discovered body after a
 * country's possessive is the listed "Maritime and Port Authority of
 * Singapore" or "... (Singapore)" when there is one. */
static const char *gaz_attr(const eg_gazetteer *g, int32_t gaz, const char *name) {
    size_t n = eg_gazetteer_nattrs(g, (size_t)gaz);
    for (size_t k = 0; k < n; k++)
        if (strcmp(eg_gazetteer_attr_name(g, (size_t)gaz, k), name) == 0)
            return eg_gazetteer_attr_value(g, (size_t)gaz, k);
    return NULL;
}

static int fold_space(const char *s, size_t n, int lower, eg_strbuf *sb);

/* "Nigeria’s Securities and Exchange Commission": a listed body of another
 * country after a country's possessive or demonym is a body of its own. */
static int foreign_owner(ctx *c, eg_mention *m) {
    eg_doc *doc = c->doc;
    uint32_t b = m->tok_begin, o = b;
    int32_t gaz = doc->ents.v[m->ent].gaz;
    if (m->origin != EG_ORIGIN_GAZETTEER || gaz < 0 || b == 0 ||
        strcmp(ent_type(c, m->ent), "agency") != 0)
        return 0;
    if (c->tv[b - 1].flags & EG_TOK_POSS)
        o = b - 1;
    if (o == 0 || !covered(c, o - 1))
        return 0;
    const eg_mention *om = &doc->ments.v[c->s->cover.v[o - 1]];
    int32_t og = doc->ents.v[om->ent].gaz;
    const char *own = gaz_attr(c->g, gaz, "country");
    if (om->tok_end != o || og < 0 || strcmp(ent_type(c, om->ent), "country") != 0 || !own ||
        strlen(own) != 3 || strcmp(own, eg_gazetteer_key(c->g, (size_t)og)) == 0)
        return 0;
    const eg_token *a = &c->tv[b], *z = &c->tv[m->tok_end - 1];
    eg_strbuf_clear(&c->s->name);
    if (fold_space(c->text + a->start, z->start + z->len - a->start, 0, &c->s->name) != 0)
        return -1;
    long de = eg_doc_discovered(doc, c->s->name.data, c->s->name.len, "agency");
    if (de < 0)
        return -1;
    if (doc->ents.v[m->ent].mentions)
        doc->ents.v[m->ent].mentions--;
    doc->ents.v[de].mentions++;
    m->ent = (uint32_t)de;
    m->origin = EG_ORIGIN_RULE;
    return 0;
}

static int rule_owner_listed(ctx *c) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        uint32_t b = m->tok_begin;
        if (m->origin != EG_ORIGIN_RULE || doc->ents.v[m->ent].gaz >= 0 || b < 2 ||
            !(c->tv[b - 1].flags & EG_TOK_POSS) || !covered(c, b - 2) ||
            !body_type(ent_type(c, m->ent)))
            continue;
        const eg_mention *o = &doc->ments.v[c->s->cover.v[b - 2]];
        if (o->tok_end != b - 1 || strcmp(ent_type(c, o->ent), "country") != 0)
            continue;
        const char *cn = ent_name(c, o->ent), *nm = ent_name(c, m->ent);
        long g = -1;
        for (int form = 0; form < 2 && g < 0; form++) {
            eg_strbuf_clear(&c->s->name);
            if (eg_strbuf_puts(&c->s->name, nm) != 0 ||
                eg_strbuf_puts(&c->s->name, form ? " (" : " of ") != 0 ||
                eg_strbuf_puts(&c->s->name, cn) != 0 ||
                (form && eg_strbuf_putc(&c->s->name, ')') != 0))
                return -1;
            g = eg_gazetteer_find(c->g, c->s->name.data);
        }
        if (g < 0 || !body_type(eg_gazetteer_type(c->g, (size_t)g)))
            continue;
        long de = eg_doc_gazent(doc, (int32_t)g);
        if (de < 0)
            return -1;
        repoint_entity(c, m->ent, (uint32_t)de);
    }
    return 0;
}

static eg_status rule_acronyms(ctx *c, eg_error *err) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        const eg_sentence *sn = &doc->sents.v[m->sentence];
        uint32_t se = sn->tok_end, j = m->tok_end;
        if ((sn->flags & EG_SENT_BOILER) || j + 1 >= se)
            continue;
        const char *type = ent_type(c, m->ent);
        if (strcmp(type, "organisation") != 0 && strcmp(type, "agency") != 0)
            continue;
        if (tok_is(c, j, "(") && j + 2 < se && tok_is(c, j + 2, ")") && covered(c, j + 1) &&
            override_acronym(c, m, j + 1))
            continue;
        if ((tok_is(c, j, "(") || tok_is(c, j, ",")) && covered(c, j + 1) &&
            listed_alias(c, m, j + 1, se))
            continue;
        uint32_t kl = known_as(c, j, se);
        if (kl != NONE && covered(c, kl) &&
            (listed_alias(c, m, kl, se) || known_as_listed(c, m, kl, se)))
            continue; /* "Estonia’s Internal Security Service, known as KAPO" */
        uint32_t a = NONE;
        if (tok_is(c, j, "(") && j + 2 < se && tok_is(c, j + 2, ")") && acronym_shape(c, j + 1) &&
            acronym_fits(c, m, j + 1, 1))
            a = j + 1;
        else if (tok_is(c, j, ",") && acronym_shape(c, j + 1) &&
                 (j + 2 >= se || tok_is(c, j + 2, ",") || tok_is(c, j + 2, ".") ||
                  tok_is(c, j + 2, ";") || tok_is(c, j + 2, ":") || tok_is(c, j + 2, ")")) &&
                 acronym_fits(c, m, j + 1, 0))
            a = j + 1;
        uint32_t ae = a + 1;
        uint32_t ka = a == NONE ? known_as(c, j, se) : NONE;
        if (ka != NONE && covered(c, ka)) {
            /* "..., known as Kenya Power," that a rule already found as a name */
            eg_mention *cm = &doc->ments.v[c->s->cover.v[ka]];
            if (cm->tok_begin == ka && cm->origin == EG_ORIGIN_RULE && cm->ent != m->ent &&
                doc->ents.v[cm->ent].gaz < 0 && strcmp(ent_type(c, cm->ent), type) == 0 &&
                (cm->tok_end >= se || (c->tv[cm->tok_end].flags & EG_TOK_PUNCT))) {
                uint32_t from = cm->ent;
                repoint_entity(c, from, m->ent);
                for (size_t k = 0; k < doc->ments.n; k++)
                    if (doc->ments.v[k].ent == m->ent && doc->ments.v[k].origin == EG_ORIGIN_RULE &&
                        doc->ments.v[k].tok_begin >= ka && doc->ments.v[k].tok_end <= cm->tok_end)
                        doc->ments.v[k].origin = EG_ORIGIN_SHORT;
                continue;
            }
        }
        if (a == NONE && (a = known_as(c, j, se)) != NONE) {
            /* "..., known as Kenya Power," : one to four capitalised words */
            uint32_t q = a, words = 0;
            while (q < se && words < 4) {
                if (covered(c, q)) {
                    const eg_mention *cm = &doc->ments.v[c->s->cover.v[q]];
                    if (!replaceable(c, cm) || cm->tok_begin < q)
                        break;
                    q = cm->tok_end;
                } else if (is_cap_word(c, q) && !word_class(ttext(c, q), c->tv[q].len)) {
                    q++;
                } else {
                    break;
                }
                words++;
            }
            if (!words || (q < se && !(c->tv[q].flags & EG_TOK_PUNCT)) || q > se)
                continue;
            ae = q;
        }
        if (a == NONE)
            continue;
        eg_status st =
            add_cand(c, a, ae, m->sentence, K_ACRONYM, NULL, (int32_t)m->ent, EG_ORIGIN_SHORT, err);
        if (st != EG_OK)
            return st;
        c->s->cands.v[c->s->cands.n - 1].replace = 1;
    }
    return EG_OK;
}

/* Appends the case-folded text of tokens [tb, te) to sb, spaces where the text has them. */
static int fold_span(const ctx *c, uint32_t tb, uint32_t te, eg_strbuf *sb) {
    for (uint32_t j = tb; j < te; j++) {
        if (j > tb && (c->tv[j].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START)) &&
            eg_strbuf_putc(sb, ' ') != 0)
            return -1;
        if (eg_strbuf_append(sb, c->s->fold.data + c->s->foff.v[j], c->s->flen.v[j]) != 0)
            return -1;
    }
    return 0;
}

/* Appends s with whitespace runs folded to one space (ends trimmed). */
static int fold_space(const char *s, size_t n, int lower, eg_strbuf *sb) {
    size_t i = 0;
    int pend = 0, any = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = eg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (eg_utf8_class(cp) & EG_UTF8_SPACE) {
            pend = any;
            i += k;
            continue;
        }
        if (pend && eg_strbuf_putc(sb, ' ') != 0)
            return -1;
        pend = 0;
        any = 1;
        if (lower) {
            if (eg_fold(s + i, k, EG_FOLD_CASE, sb) != 0)
                return -1;
        } else if (eg_strbuf_append(sb, s + i, k) != 0) {
            return -1;
        }
        i += k;
    }
    return 0;
}

/* Titles followed by the name of a person known elsewhere in the article, in
 * headlines (capitals or title case), where new names are not trusted. */
static eg_status rule_known_titles(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    eg_rulescratch *s = c->s;
    if (!s->persons.len)
        return EG_OK;
    for (uint32_t i = sb; i < se; i++) {
        uint32_t after;
        if (covered(c, i) || !title_at(c, i, se, &after))
            continue;
        for (uint32_t k = MAX_NAME_WORDS; k >= 2; k--) {
            if (after + k > se)
                continue;
            int ok = 1;
            for (uint32_t j = after; j < after + k && ok; j++)
                ok = !covered(c, j) && (c->tv[j].flags & EG_TOK_WORD) &&
                     !(c->tv[j].flags & EG_TOK_POSS);
            if (!ok)
                continue;
            eg_strbuf_clear(&s->name);
            if (fold_span(c, after, after + k, &s->name) != 0)
                return oom(c->doc->origin, 0, err);
            long found = -1;
            for (size_t off = 0; off < s->persons.len;) {
                const char *p = s->persons.data + off;
                size_t pl = strlen(p);
                uint32_t e;
                memcpy(&e, p + pl + 1, sizeof e);
                if (pl == s->name.len && memcmp(p, s->name.data, pl) == 0) {
                    found = (long)e;
                    break;
                }
                off += pl + 1 + sizeof e;
            }
            if (found < 0)
                continue;
            eg_status st = add_cand(c, after, after + k, si, K_KNOWN, NULL, (int32_t)found,
                                    EG_ORIGIN_RULE, err);
            if (st != EG_OK)
                return st;
            break;
        }
    }
    return EG_OK;
}

/* Is the one-word name w[0..n) a person of the article ("Talukder" from "Mr
 * Talukder")? */
static int known_surname(const ctx *c, const char *w, size_t n) {
    const eg_doc *doc = c->doc;
    for (size_t e = 0; e < doc->ents.n; e++) {
        const eg_docent *d = &doc->ents.v[e];
        if (d->gaz >= 0 || !d->mentions || strcmp(ent_type(c, (uint32_t)e), "person") != 0)
            continue;
        const char *nm = ent_name(c, (uint32_t)e);
        if (strlen(nm) == n && memcmp(nm, w, n) == 0)
            return 1;
    }
    return 0;
}

/* Whether a person of the article has the word w[0..n) in their name. */
static int person_word(const ctx *c, const char *w, size_t n) {
    const eg_doc *doc = c->doc;
    for (size_t e = 0; e < doc->ents.n; e++) {
        if (!doc->ents.v[e].mentions || strcmp(ent_type(c, (uint32_t)e), "person") != 0)
            continue;
        const char *nm = ent_name(c, (uint32_t)e);
        for (const char *p = nm; *p;) {
            const char *q = p;
            while (*q && *q != ' ' && *q != '-')
                q++;
            if ((size_t)(q - p) == n && memcmp(p, w, n) == 0)
                return 1;
            p = *q ? q + 1 : q;
        }
    }
    return 0;
}

/* Words that follow "in" without being places: languages, faiths, feasts,
 * platforms, coins and abbreviated months. */
static const char *const not_places[] = {
    "Amharic",     "Apr",        "Arabic",       "Aramaic",   "Aug",         "Basque",   "Bengali",
    "Bitcoin",     "Brexit",     "Buddhism",     "Buddhist",  "Cantonese",   "Catalan",  "Catholic",
    "Catholicism", "Christian",  "Christianity", "Christmas", "Covid",       "Dari",     "Dec",
    "Easter",      "Eid",        "English",      "Ethereum",  "Evangelical", "Farsi",    "Feb",
    "Gaelic",      "Guarani",    "Gujarati",     "Hausa",     "Hebrew",      "Hindi",    "Hindu",
    "Hinduism",    "Igbo",       "Islam",        "Jan",       "Javanese",    "Jewish",   "Jr",
    "Judaism",     "Jul",        "Jun",          "Kurdish",   "Latin",       "Malay",    "Mandarin",
    "Mar",         "Marathi",    "Muslim",       "Nov",       "Oct",         "Orthodox", "Pashto",
    "Persian",     "Protestant", "Punjabi",      "Quechua",   "Ramadan",     "Romani",   "Sanskrit",
    "Sep",         "Sept",       "Shia",         "Shiite",    "Sikh",        "Somali",   "Sr",
    "Sunni",       "Swahili",    "Tagalog",      "Tamil",     "Telegram",    "Telugu",   "TikTok",
    "Twitter",     "Urdu",       "Uyghur",       "Welsh",     "WhatsApp",    "Xhosa",    "Yiddish",
    "Yoruba",      "Zulu",
};

/* Words before "in" that take a company rather than a place ("a stake in
 * Acme"). */
static const char *const stake_words[] = {
    "interest", "invest", "invested", "investing", "investment", "investments", "involved", "role",
    "share",    "shares", "stake",    "stakes",    "work",       "worked",      "working",
};

/* Words before "from" that make the next name a place of origin ("fled from
 * Dangila"; titles too: "an MP from Markham"), unlike "a loan from Acme". */
static const char *const from_words[] = {
    "arrived",  "came",      "candidate", "civilians", "comes",    "councillor", "crossed",
    "deported", "evacuated", "families",  "family",    "farmers",  "fishermen",  "fled",
    "flew",     "flights",   "hails",     "km",        "lawmaker", "man",        "migrants",
    "miles",    "moved",     "native",    "people",    "refugees", "resident",   "residents",
    "returned", "senator",   "students",  "travelled", "traveled", "villagers",  "woman",
};

/* Whether any entity of the article other than a place has the word
 * w[0..n) in its name. */
static int entity_word(const ctx *c, const char *w, size_t n) {
    const eg_doc *doc = c->doc;
    for (size_t e = 0; e < doc->ents.n; e++) {
        const char *t = ent_type(c, (uint32_t)e);
        if (!doc->ents.v[e].mentions || strcmp(t, "location") == 0 || strcmp(t, "country") == 0)
            continue;
        const char *nm = ent_name(c, (uint32_t)e);
        for (const char *p = nm; *p;) {
            const char *q = p;
            while (*q && *q != ' ' && *q != '-')
                q++;
            if ((size_t)(q - p) == n && memcmp(p, w, n) == 0)
                return 1;
            p = *q ? q + 1 : q;
        }
    }
    return 0;
}

/* "taken in Iten in January", "an MP from Markham": one or two capitalised
 * words on no list after "in" or "from", then no capitalised word or
 * possessive, run after the first round of rules so that words of the
 * article's people and organisations ("a stake in Kaminari") are known. */
/* The end of a bare place name at token b for rule_in_place, or NONE. */
static uint32_t bare_place(const ctx *c, uint32_t b, uint32_t se) {
    uint32_t e = place_name(c, b, se, 0);
    if (e == NONE || e - b > 2 || given_name(c, b))
        return NONE;
    if (e < se && (is_cap_word(c, e) || covered(c, e) || (c->tv[e].flags & EG_TOK_POSS) ||
                   is_hyphen(c, e) || tok_is(c, e, "(")))
        return NONE;
    for (uint32_t j = b; j < e; j++)
        if ((c->tv[j].flags & EG_TOK_WORD) && !covered(c, j) &&
            (designator_at(c, j) || IS_WORD_IN(not_places, ttext(c, j), c->tv[j].len) ||
             entity_word(c, ttext(c, j), c->tv[j].len) || (c->tv[j].flags & EG_TOK_ALLCAPS)))
            return NONE;
    return e;
}

/* "from Lambaréné and Franceville to buyers": after "from" at token i, one
 * or two bare places, then "to". */
static int from_to(const ctx *c, uint32_t i, uint32_t se) {
    uint32_t e = bare_place(c, i + 1, se);
    if (e == NONE || e + 1 >= se)
        return 0;
    if (tok_is(c, e, "and") && (e = bare_place(c, e + 1, se)) == NONE)
        return 0;
    return e < se && tok_is(c, e, "to");
}

/* "at Morowali, Central Sulawesi, from": after a place and a comma, a compass
 * word and one new capitalised word, then punctuation. */
static uint32_t compass_region(const ctx *c, uint32_t i, uint32_t se) {
    static const char *const compass[] = {"Central", "East",      "Eastern",  "Lower",
                                          "North",   "Northeast", "Northern", "Northwest",
                                          "South",   "Southeast", "Southern", "Southwest",
                                          "Upper",   "West",      "Western"};
    if (!tok_is(c, i, ",") || !covered(c, i - 1) || i + 3 > se ||
        !IS_WORD_IN(compass, ttext(c, i + 1), c->tv[i + 1].len) || covered(c, i + 1) ||
        !is_cap_word(c, i + 2) || covered(c, i + 2) || designator_at(c, i + 2) ||
        word_class(ttext(c, i + 2), c->tv[i + 2].len) ||
        (i + 3 < se && !(c->tv[i + 3].flags & EG_TOK_PUNCT)))
        return NONE;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[i - 1]];
    if (m->tok_end != i || strcmp(ent_type(c, m->ent), "location") != 0)
        return NONE;
    return i + 3;
}

static eg_status rule_in_place(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb + 1; i + 1 < se; i++) {
        uint32_t ce = compass_region(c, i, se);
        if (ce != NONE) {
            eg_status st = add_cand(c, i + 1, ce, si, K_PLACE, "location", -1, EG_ORIGIN_RULE, err);
            if (st != EG_OK)
                return st;
            continue;
        }
        int listed_first = tok_is(c, i, "at"); /* "at Tema and Takoradi" */
        if (!(tok_is(c, i, "in") || tok_is(c, i, "between") || tok_is(c, i, "around") ||
              tok_is(c, i, "off") || listed_first ||
              (tok_is(c, i, "from") &&
               (LOWER_IN(i - 1, from_words) || LOWER_IN(i - 1, person_nouns) ||
                title_ends_at(c, sb, i) || from_to(c, i, se)))) ||
            LOWER_IN(i - 1, stake_words))
            continue;
        uint32_t b = i + 1, e = listed_first ? NONE : bare_place(c, b, se);
        eg_status st = EG_OK;
        if (e == NONE) {
            /* a listed place first: "in Gulu and Lira", "in Recife and Olinda" */
            if (!covered(c, b))
                continue;
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[b]];
            const char *t = ent_type(c, m->ent);
            if (m->tok_begin != b || m->origin != EG_ORIGIN_GAZETTEER ||
                (strcmp(t, "location") != 0 && strcmp(t, "country") != 0))
                continue;
            e = m->tok_end;
        } else {
            st = add_cand(c, b, e, si, K_PLACE, "location", -1, EG_ORIGIN_RULE, err);
        }
        if (st == EG_OK && e + 1 < se && tok_is(c, e, "and")) {
            uint32_t b2 = e + 1;
            if (b2 + 1 < se && tok_is(c, b2, "nearby"))
                b2++;                            /* "in Chingola and nearby Chililabombwe" */
            uint32_t e2 = bare_place(c, b2, se); /* "in Uppsala and Södertälje" */
            if (e2 != NONE)
                st = add_cand(c, b2, e2, si, K_PLACE, "location", -1, EG_ORIGIN_RULE, err);
        }
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* "Coupang said it would appeal": capitalised words on no list before "said
 * it", after the first round of rules, so that a person's surname ("Brandão
 * said it was ...") is not taken for an organisation. */
static eg_status rule_says_it(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb; i < se; i++) {
        uint32_t e;
        if (!is_cap_word(c, i) || covered(c, i) ||
            !(i == sb || !(is_cap_word(c, i - 1) || covered(c, i - 1)) ||
              word_class(ttext(c, i - 1), c->tv[i - 1].len)) ||
            (e = org_name(c, i, se)) == NONE || !says_it(c, e, se))
            continue;
        int person = 0;
        for (uint32_t j = i; j < e && !person; j++)
            person = (c->tv[j].flags & EG_TOK_WORD) && person_word(c, ttext(c, j), c->tv[j].len);
        if (person || (e == i + 1 && given_name(c, i)))
            continue;
        eg_status st = add_cand(c, i, e, si, K_NOUN, "organisation", -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
        i = e - 1;
    }
    return EG_OK;
}

/* "Abdur Rouf Talukder" when the article also has "Mr Talukder": two or three
 * name words ending in the surname of a person found by a title. */
static eg_status rule_known_surnames(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb; i + 1 < se; i++) {
        uint32_t end, nw;
        if (covered(c, i) || !is_cap_word(c, i))
            continue;
        if (i > sb && is_cap_word(c, i - 1) && !covered(c, i - 1) &&
            !word_class(ttext(c, i - 1), c->tv[i - 1].len) && !title_ends_at(c, sb, i))
            continue;
        if (!person_name(c, i, se, &end, &nw) || nw < 2 || nw > 3 ||
            (end < se && (is_cap_word(c, end) || covered(c, end))))
            continue;
        uint32_t last = end - 1;
        if (!known_surname(c, ttext(c, last), c->tv[last].len))
            continue;
        eg_status st = add_cand(c, i, end, si, K_KNOWN, "person", -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
        i = end - 1;
    }
    return EG_OK;
}

/* Folded names of the article's persons with two or more words, each followed by its entity. */
static int collect_persons(ctx *c) {
    eg_strbuf *sb = &c->s->persons;
    eg_strbuf_clear(sb);
    for (size_t e = 0; e < c->doc->ents.n; e++) {
        if (strcmp(ent_type(c, (uint32_t)e), "person") != 0)
            continue;
        const char *nm = ent_name(c, (uint32_t)e);
        if (!strchr(nm, ' '))
            continue;
        uint32_t ei = (uint32_t)e;
        if (fold_space(nm, strlen(nm), 1, sb) != 0 || eg_strbuf_putc(sb, '\0') != 0 ||
            eg_strbuf_append(sb, (const char *)&ei, sizeof ei) != 0)
            return -1;
    }
    return 0;
}

/* ---------------------------------------------------------------- selection */

static int cmp_cand_priority(const void *a, const void *b) {
    const cand *x = a, *y = b;
    uint32_t lx = x->te - x->tb, ly = y->te - y->tb;
    if (lx != ly)
        return lx > ly ? -1 : 1;
    if (x->tb != y->tb)
        return x->tb < y->tb ? -1 : 1;
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int cmp_cand_start(const void *a, const void *b) {
    const cand *x = a, *y = b;
    return x->tb < y->tb ? -1 : x->tb > y->tb;
}

static int build_cover(ctx *c) {
    eg_rulescratch *s = c->s;
    if (EG_VEC_RESERVE(s->cover, c->ntok ? c->ntok : 1) != 0)
        return -1;
    s->cover.n = c->ntok;
    for (uint32_t j = 0; j < c->ntok; j++)
        s->cover.v[j] = NONE;
    for (size_t i = 0; i < c->doc->ments.n; i++) {
        const eg_mention *m = &c->doc->ments.v[i];
        for (uint32_t j = m->tok_begin; j < m->tok_end && j < c->ntok; j++)
            s->cover.v[j] = (uint32_t)i;
    }
    return 0;
}

static int all_caps_span(const ctx *c, uint32_t tb, uint32_t te) {
    for (uint32_t j = tb; j < te; j++)
        if ((c->tv[j].flags & EG_TOK_WORD) && !(c->tv[j].flags & EG_TOK_ALLCAPS))
            return 0;
    return 1;
}

/* Rewrites a name in capitals as a dateline gives it ("SANTA FE") in title
 * case ("Santa Fe"): letters after the first of each word lower-cased. */
static int title_case_name(eg_strbuf *sb) {
    eg_strbuf out;
    eg_strbuf_init(&out);
    int first = 1;
    for (size_t i = 0; i < sb->len;) {
        uint32_t cp;
        size_t n = eg_utf8_decode((const unsigned char *)sb->data + i, sb->len - i, &cp);
        int letter = eg_utf8_is_letter(cp);
        char enc[4];
        if (letter && !first) {
            size_t m = eg_utf8_encode(eg_utf8_lower(cp), enc);
            if (eg_strbuf_append(&out, enc, m) != 0)
                goto nomem;
        } else if (eg_strbuf_append(&out, sb->data + i, n) != 0) {
            goto nomem;
        }
        first = !letter && !eg_utf8_is_mark(cp);
        i += n;
    }
    eg_strbuf_clear(sb);
    if (eg_strbuf_append(sb, out.data ? out.data : "", out.len) != 0)
        goto nomem;
    eg_strbuf_destroy(&out);
    return 0;
nomem:
    eg_strbuf_destroy(&out);
    return -1;
}

/* Chooses among the candidates and merges the winners into doc->ments. */
static eg_status commit(ctx *c, eg_error *err) {
    eg_rulescratch *s = c->s;
    eg_doc *doc = c->doc;
    size_t nc = s->cands.n;
    if (!nc)
        return EG_OK;
    cand *cv = s->cands.v;
    for (size_t i = 0; i < nc; i++) {
        cand *k = &cv[i];
        k->ok = 1;
        for (uint32_t j = k->tb; j < k->te && k->ok; j++) {
            if (!covered(c, j))
                continue;
            const eg_mention *m = &doc->ments.v[s->cover.v[j]];
            k->ok = k->replace && m->tok_begin >= k->tb && m->tok_end <= k->te &&
                    (m->tok_end - m->tok_begin) < (k->te - k->tb) &&
                    (replaceable(c, m) || (k->absorb && m->tok_begin == k->tb));
            if (k->swap && m->tok_begin == k->tb && m->tok_end == k->te)
                k->ok = 1;
        }
    }
    qsort(cv, nc, sizeof *cv, cmp_cand_priority);
    if (EG_VEC_RESERVE(s->taken, c->ntok ? c->ntok : 1) != 0 ||
        EG_VEC_RESERVE(s->removed, doc->ments.n ? doc->ments.n : 1) != 0)
        return oom(doc->origin, 0, err);
    memset(s->taken.v, 0, c->ntok);
    memset(s->removed.v, 0, doc->ments.n);
    size_t keep = 0;
    for (size_t i = 0; i < nc; i++) {
        cand *k = &cv[i];
        if (!k->ok)
            continue;
        for (uint32_t j = k->tb; j < k->te && k->ok; j++)
            k->ok = !s->taken.v[j];
        if (!k->ok)
            continue;
        for (uint32_t j = k->tb; j < k->te; j++) {
            s->taken.v[j] = 1;
            if (covered(c, j))
                s->removed.v[s->cover.v[j]] = 1;
        }
        cv[keep++] = *k;
    }
    qsort(cv, keep, sizeof *cv, cmp_cand_start);

    s->out.n = 0;
    if (EG_VEC_RESERVE(s->out, doc->ments.n + keep + 1) != 0)
        return oom(doc->origin, 0, err);
    size_t mi = 0, ki = 0;
    while (mi < doc->ments.n || ki < keep) {
        if (mi < doc->ments.n && s->removed.v[mi]) {
            eg_docent *e = &doc->ents.v[doc->ments.v[mi].ent];
            if (e->mentions)
                e->mentions--;
            mi++;
            continue;
        }
        if (ki >= keep || (mi < doc->ments.n && doc->ments.v[mi].tok_begin < cv[ki].tb)) {
            s->out.v[s->out.n++] = doc->ments.v[mi++];
            continue;
        }
        const cand *k = &cv[ki++];
        long ent = k->ent;
        if (ent < 0) {
            uint32_t last = k->te - 1;
            if (last > k->tb && tok_is(c, last, ".") && k->kind == K_ORG)
                last--; /* "Sahel Gold Corp." is named "Sahel Gold Corp" */
            const eg_token *a = &c->tv[k->tb], *b = &c->tv[last];
            eg_strbuf_clear(&s->name);
            if (fold_space(c->text + a->start, b->start + b->len - a->start, 0, &s->name) != 0)
                return oom(doc->origin, 0, err);
            if (k->kind == K_PLACE && all_caps_span(c, k->tb, k->te) &&
                title_case_name(&s->name) != 0)
                return oom(doc->origin, 0, err);
            ent = eg_doc_discovered(doc, s->name.data, s->name.len, k->type);
            if (ent < 0)
                return oom(doc->origin, 0, err);
        }
        eg_mention *m = &s->out.v[s->out.n++];
        const eg_sentence *sn = &doc->sents.v[k->sent];
        m->tok_begin = k->tb;
        m->tok_end = k->te;
        m->start = c->tv[k->tb].start;
        m->end = c->tv[k->te - 1].start + c->tv[k->te - 1].len;
        m->ent = (uint32_t)ent;
        m->sentence = k->sent;
        m->paragraph = sn->paragraph;
        m->origin = k->origin;
        doc->ents.v[ent].mentions++;
    }
    /* swap the merged list in */
    eg_mention *old = doc->ments.v;
    size_t oldcap = doc->ments.cap;
    doc->ments.v = s->out.v;
    doc->ments.n = s->out.n;
    doc->ments.cap = s->out.cap;
    s->out.v = old;
    s->out.cap = oldcap;
    s->out.n = 0;
    s->cands.n = 0;
    return build_cover(c) != 0 ? oom(doc->origin, 0, err) : EG_OK;
}

/* ---------------------------------------------------------------- generated places */

int eg_rules_weak_place(const eg_gazetteer *g, int32_t gaz) {
    if (gaz < 0)
        return 0;
    size_t n = eg_gazetteer_nattrs(g, (size_t)gaz);
    for (size_t k = 0; k < n; k++)
        if (strcmp(eg_gazetteer_attr_name(g, (size_t)gaz, k), "source") == 0)
            return strcmp(eg_gazetteer_attr_value(g, (size_t)gaz, k), "generated") == 0;
    return 0;
}

static int one_word_place(const ctx *c, const eg_mention *m) {
    return m->origin == EG_ORIGIN_GAZETTEER && m->tok_end - m->tok_begin == 1 &&
           strcmp(ent_type(c, m->ent), "location") == 0;
}

/* A generated place inside a longer capitalised run or after a title is a
 * word of a name ("Marcos Albuquerque Lins", "Mr Lins", "Salzburg Festival"):
 * its mention is dropped before the rules run. */
static void drop_weak_places(ctx *c) {
    eg_doc *doc = c->doc;
    size_t k = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        int drop = 0;
        if (m->origin == EG_ORIGIN_GAZETTEER &&
            eg_rules_weak_place(c->g, doc->ents.v[m->ent].gaz)) {
            const eg_sentence *sn = &doc->sents.v[m->sentence];
            uint32_t b = m->tok_begin, e = m->tok_end;
            if (b > sn->tok_begin) {
                uint32_t p = b - 1;
                drop = is_cap_word(c, p) && !eg_rules_function_word(ttext(c, p), c->tv[p].len);
                drop = drop || title_ends_at(c, sn->tok_begin, b);
            }
            if (!drop && e < sn->tok_end && is_cap_word(c, e))
                drop = 1;
        }
        if (drop) {
            if (doc->ents.v[m->ent].mentions)
                doc->ents.v[m->ent].mentions--;
            /* the listed place next to it is a word of the same name
             * ("Albuquerque" in "Mr Albuquerque Lins") */
            if (k > 0 && doc->ments.v[k - 1].tok_end == m->tok_begin &&
                one_word_place(c, &doc->ments.v[k - 1])) {
                k--;
                if (doc->ents.v[doc->ments.v[k].ent].mentions)
                    doc->ents.v[doc->ments.v[k].ent].mentions--;
            }
        } else {
            doc->ments.v[k++] = doc->ments.v[i];
        }
    }
    doc->ments.n = k;
}

/* ---------------------------------------------------------------- apply */

static int fold_tokens(ctx *c) {
    eg_rulescratch *s = c->s;
    eg_strbuf_clear(&s->fold);
    if (EG_VEC_RESERVE(s->foff, c->ntok ? c->ntok : 1) != 0 ||
        EG_VEC_RESERVE(s->flen, c->ntok ? c->ntok : 1) != 0)
        return -1;
    for (uint32_t j = 0; j < c->ntok; j++) {
        size_t before = s->fold.len;
        s->foff.v[j] = (uint32_t)before;
        if (eg_fold(ttext(c, j), c->tv[j].len, EG_FOLD_CASE, &s->fold) != 0)
            return -1;
        s->flen.v[j] = (uint32_t)(s->fold.len - before);
    }
    s->foff.n = s->flen.n = c->ntok;
    return 0;
}

eg_status eg_rules_apply(const eg_rules *r, eg_rulescratch *s, const eg_gazetteer *g, eg_doc *doc,
                         eg_error *err) {
    if (!r->finished || s->r != r || s->groups < r->max_groups)
        return eg_error_set(err, EG_ERR_USAGE, doc->origin, doc->origin_line, 0,
                            "rules not finished or scratch made for other rules");
    ctx c = {r, s, g, doc, doc->toks.v, (uint32_t)doc->toks.n, doc->text};
    eg_status st = EG_OK;
    s->cands.n = 0;
    if (!c.ntok || !doc->sents.n)
        return EG_OK;
    if (fold_tokens(&c) != 0)
        return oom(doc->origin, doc->origin_line, err);
    drop_weak_places(&c);
    if (build_cover(&c) != 0)
        return oom(doc->origin, doc->origin_line, err);

    for (uint32_t si = 0; si < doc->sents.n; si++) {
        const eg_sentence *sn = &doc->sents.v[si];
        uint32_t sb = sn->tok_begin, se = sn->tok_end;
        if ((sn->flags & EG_SENT_BOILER) || se <= sb)
            continue;
        int caps = (sn->flags & EG_SENT_ALLCAPS) != 0;
        if (!caps) {
            if ((st = rule_bylines(&c, si, sb, se, err)) != EG_OK)
                return st;
            if (!title_case(&c, si, sb, se) &&
                ((st = rule_designators(&c, si, sb, se, err)) != EG_OK ||
                 (st = rule_titles(&c, si, sb, se, err)) != EG_OK ||
                 (st = rule_apposition(&c, si, sb, se, err)) != EG_OK ||
                 (st = rule_given(&c, si, sb, se, err)) != EG_OK ||
                 (st = rule_places(&c, si, sb, se, err)) != EG_OK ||
                 (st = rule_org_nouns(&c, si, sb, se, err)) != EG_OK))
                return st;
        }
        for (size_t k = 0; k < r->nrecs; k++) {
            const recogniser *rc = &r->recs[k];
            if (caps && !(rc->flags & REC_ALLCAPS))
                continue;
            if ((st = rule_user(&c, rc, si, sb, se, err)) != EG_OK)
                return st;
        }
    }
    if ((st = commit(&c, err)) != EG_OK)
        return st;

    for (size_t i = 0; i < doc->ments.n; i++)
        if (foreign_owner(&c, &doc->ments.v[i]) != 0)
            return oom(doc->origin, doc->origin_line, err);
    if ((st = rule_acronyms(&c, err)) != EG_OK)
        return st;
    if (rule_owner_listed(&c) != 0)
        return oom(doc->origin, doc->origin_line, err);
    if (collect_persons(&c) != 0)
        return oom(doc->origin, doc->origin_line, err);
    for (uint32_t si = 0; si < doc->sents.n; si++) {
        const eg_sentence *sn = &doc->sents.v[si];
        uint32_t sb = sn->tok_begin, se = sn->tok_end;
        if ((sn->flags & EG_SENT_BOILER) || se <= sb)
            continue;
        if (((sn->flags & EG_SENT_ALLCAPS) || title_case(&c, si, sb, se)) &&
            (st = rule_known_titles(&c, si, sb, se, err)) != EG_OK)
            return st;
        if (!(sn->flags & EG_SENT_ALLCAPS) && !title_case(&c, si, sb, se) &&
            ((st = rule_known_surnames(&c, si, sb, se, err)) != EG_OK ||
             (st = rule_says_it(&c, si, sb, se, err)) != EG_OK ||
             (st = rule_in_place(&c, si, sb, se, err)) != EG_OK))
            return st;
    }
    return commit(&c, err);
}
