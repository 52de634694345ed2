/* rules_ctx: the word classes (function words, weekdays, months) and the
 * token tests that every rule family shares: designators, given names,
 * titles and countries at a token, the gazetteer mentions rules may replace,
 * and adding a candidate span. */
#include "rules_ctx.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "story_country.h"
#include "tokenize.h"
#include "utf8.h"

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

int eg_rx_cmp_cstr(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Membership of key in list[lo, hi), sorted in strcmp order: a binary
 * search comparing bytes in place (the lists are searched for nearly every
 * token, and bsearch's strcmp through a function pointer cost several times
 * more per step). */
static int in_range(const char *const *list, size_t lo, size_t hi, const char *key) {
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const unsigned char *a = (const unsigned char *)list[mid];
        const unsigned char *b = (const unsigned char *)key;
        while (*a && *a == *b) {
            a++;
            b++;
        }
        if (*a == *b)
            return 1;
        if (*a < *b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

int eg_rx_in_sorted(const char *const *list, size_t n, const char *key) {
    return in_range(list, 0, n, key);
}

/* [b], [b + 1]: the range of each word-class list whose words start with
 * byte b, set up once per process. */
#define NLIST(list) (sizeof list / sizeof list[0])
static uint16_t func_from[257], day_from[257], month_from[257];

static void index_list(const char *const *list, size_t n, uint16_t *from) {
    size_t i = 0;
    for (unsigned b = 0; b <= 256; b++) {
        while (i < n && (unsigned char)list[i][0] < b)
            i++;
        from[b] = (uint16_t)i;
    }
}

static void index_lists(void) {
    index_list(function_words, NLIST(function_words), func_from);
    index_list(day_words, NLIST(day_words), day_from);
    index_list(month_words, NLIST(month_words), month_from);
}

/* Lower-cases an ASCII word into buf; 0 if it is too long or not ASCII letters. */
int eg_rx_ascii_lower(const char *s, size_t len, char *buf, size_t size) {
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

/* FNV-1a over a lower-cased word: the hash of the word lists' tables. */
#define WH_INIT 2166136261u
#define WH_STEP(h, ch) (((h) ^ (unsigned char)(ch)) * 16777619u)

static int list_sorted(const char *const *list, size_t n) {
    for (size_t i = 1; i < n; i++)
        if (strcmp(list[i - 1], list[i]) > 0)
            return 0;
    return 1;
}

/* Every word of the three word-class lists with its W_* bits, hashed: one
 * probe instead of three binary searches. Used only when the lists are
 * sorted (the binary searches' answers are then plain membership). */
enum { WC_SLOTS = 512 };
static struct wc_slot {
    const char *word; /* NULL: empty */
    uint32_t hash;
    uint8_t len, cls;
} wc_tab[WC_SLOTS];
static int wc_ok;
/* bit len of wc_shape[b]: a word of the table has first byte b and length len */
static uint16_t wc_shape[256];

static void wc_add(const char *const *list, size_t n, unsigned cls) {
    for (size_t i = 0; i < n; i++) {
        uint32_t h = WH_INIT;
        size_t len = strlen(list[i]);
        for (size_t k = 0; k < len; k++)
            h = WH_STEP(h, list[i][k]);
        size_t j = h & (WC_SLOTS - 1);
        while (wc_tab[j].word && strcmp(wc_tab[j].word, list[i]) != 0)
            j = (j + 1) & (WC_SLOTS - 1);
        wc_tab[j].word = list[i];
        wc_tab[j].hash = h;
        wc_tab[j].len = (uint8_t)len;
        wc_tab[j].cls |= (uint8_t)cls;
        wc_shape[(unsigned char)list[i][0]] |= (uint16_t)(1u << len);
    }
}

static void index_all(void) {
    index_lists();
    wc_ok = list_sorted(function_words, NLIST(function_words)) &&
            list_sorted(day_words, NLIST(day_words)) &&
            list_sorted(month_words, NLIST(month_words)) &&
            NLIST(function_words) + NLIST(day_words) + NLIST(month_words) < WC_SLOTS / 2;
    if (wc_ok) {
        wc_add(function_words, NLIST(function_words), W_FUNC);
        wc_add(day_words, NLIST(day_words), W_DAY);
        wc_add(month_words, NLIST(month_words), W_MONTH);
    }
}

static pthread_once_t all_once = PTHREAD_ONCE_INIT;

unsigned eg_rx_word_class(const char *s, size_t len) {
    char buf[16];
    pthread_once(&all_once, index_all);
    if (wc_ok) {
        /* eg_rx_ascii_lower and the hash in one pass */
        if (len == 0 || len >= sizeof buf)
            return 0;
        unsigned char b0 = (unsigned char)s[0];
        if (!(wc_shape[b0 >= 'A' && b0 <= 'Z' ? b0 + ('a' - 'A') : b0] >> len & 1))
            return 0; /* no word of that first letter and length */
        uint32_t h = WH_INIT;
        for (size_t i = 0; i < len; i++) {
            unsigned char ch = (unsigned char)s[i];
            if (ch >= 'A' && ch <= 'Z')
                ch = (unsigned char)(ch - 'A' + 'a');
            else if (!((ch >= 'a' && ch <= 'z') || ch == '-'))
                return 0;
            buf[i] = (char)ch;
            h = WH_STEP(h, ch);
        }
        for (size_t j = h & (WC_SLOTS - 1); wc_tab[j].word; j = (j + 1) & (WC_SLOTS - 1))
            if (wc_tab[j].hash == h && wc_tab[j].len == len &&
                memcmp(wc_tab[j].word, buf, len) == 0)
                return wc_tab[j].cls;
        return 0;
    }
    if (!eg_rx_ascii_lower(s, len, buf, sizeof buf))
        return 0;
    unsigned b = (unsigned char)buf[0], c = 0;
    if (in_range(function_words, func_from[b], func_from[b + 1], buf))
        c |= W_FUNC;
    if (in_range(day_words, day_from[b], day_from[b + 1], buf))
        c |= W_DAY;
    if (in_range(month_words, month_from[b], month_from[b + 1], buf))
        c |= W_MONTH;
    return c;
}

int eg_rules_stopword(const char *s, size_t len) {
    return eg_rx_word_class(s, len) != 0;
}

int eg_rules_function_word(const char *s, size_t len) {
    return (eg_rx_word_class(s, len) & W_FUNC) != 0;
}

/* Exact (case-sensitive) membership of s[0..len) in a sorted list. */
int eg_rx_is_word_in(const char *const *list, size_t n, const char *s, size_t len) {
    char buf[16];
    if (len == 0 || len >= sizeof buf)
        return 0;
    memcpy(buf, s, len);
    buf[len] = '\0';
    return eg_rx_in_sorted(list, n, buf);
}

eg_status eg_rx_oom(const char *path, long line, eg_error *err) {
    return eg_error_set(err, EG_ERR_NOMEM, path, line, 0, "out of memory");
}

/* A word that is a single capital letter ("J" of "J. R. Ellison"). */
int eg_rx_is_initial_letter(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_POSS))
        return 0;
    uint32_t cp;
    size_t n = eg_utf8_decode((const unsigned char *)ttext(c, j), t->len, &cp);
    return n == t->len && eg_utf8_is_upper(cp);
}

/* Orders the string a against s[0..len) as the sorted word lists are ordered
 * (bytes, then shorter first). */
static int cmp_span(const char *a, const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)s[i];
        if (!x)
            return -1;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a[len] != '\0';
}

static const designator *designator_lookup(const ctx *c, uint32_t j) {
    const eg_rules *r = c->r;
    const char *s = ttext(c, j);
    size_t len = c->tv[j].len;
    size_t lo = 0, hi = r->ndes;
    if (len) {
        lo = c->s->des_from[(unsigned char)s[0]];
        hi = c->s->des_from[(unsigned char)s[0] + 1];
    }
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int cmp = cmp_span(r->des_order[mid]->form, s, len);
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < r->ndes) {
        if (cmp_span(r->des_order[lo]->form, s, len) == 0)
            return r->des_order[lo];
    }
    return NULL;
}

/* memo_title's value for token j: 1 when no title starts with its folded
 * form, else the title_order index of the first that does + 2. */
static uint32_t title_lookup(const ctx *c, uint32_t j) {
    const eg_rules *r = c->r;
    const eg_rulescratch *s = c->s;
    const char *f = s->fold.data + s->foff.v[j];
    size_t fl = s->flen.v[j];
    size_t lo = 0, hi = r->ntitles;
    if (fl) {
        lo = s->title_from[(unsigned char)f[0]];
        hi = s->title_from[(unsigned char)f[0] + 1];
    }
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int cmp = cmp_span(r->title_order[mid]->words[0], f, fl);
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < r->ntitles && cmp_span(r->title_order[lo]->words[0], f, fl) == 0 ? (uint32_t)lo + 2
                                                                                 : 1;
}

/* Fills token j's memo_title and memo_des. Both depend only on the token's
 * text, so the scratch's token cache keeps them from one article to the
 * next: a frequent word skips the binary searches. */
static void fill_memos(const ctx *c, uint32_t j) {
    eg_rulescratch *s = c->s;
    uint64_t key[2];
    int hit;
    eg_tokcache_slot *e = eg_tokcache_probe(&s->tc, ttext(c, j), c->tv[j].len, key, &hit);
    if (hit) {
        s->memo_title.v[j] = e->val;
        s->memo_des.v[j] = e->aux;
        return;
    }
    const designator *d = designator_lookup(c, j);
    uint32_t t = title_lookup(c, j), m = d ? (uint32_t)(d - c->r->des) + 2 : 1;
    s->memo_title.v[j] = t;
    s->memo_des.v[j] = m;
    if (e)
        eg_tokcache_store(e, key, c->tv[j].len, t, m);
}

/* Memoised per token for the article (rules ask about most tokens several
 * times). */
const designator *eg_rx_designator_at(const ctx *c, uint32_t j) {
    const uint32_t *m = &c->s->memo_des.v[j];
    if (!*m)
        fill_memos(c, j);
    return *m == 1 ? NULL : &c->r->des[*m - 2];
}

/* in_range for the key s[0..len) (no NUL inside). */
static int in_range_span(const char *const *list, size_t lo, size_t hi, const char *s, size_t len) {
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int cmp = cmp_span(list[mid], s, len);
        if (cmp == 0)
            return 1;
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* Is token j, as written, a given name from given_names.txt? */
static int given_lookup(const ctx *c, uint32_t j) {
    const eg_rules *r = c->r;
    const eg_token *t = &c->tv[j];
    if (!r->ngiven || !(t->flags & EG_TOK_WORD) || !(t->flags & EG_TOK_CAP) ||
        (t->flags & (EG_TOK_POSS | EG_TOK_ALLCAPS)))
        return 0;
    const char *s = ttext(c, j);
    size_t len = t->len, lo = 0, hi = r->ngiven;
    if (len) {
        lo = c->s->given_from[(unsigned char)s[0]];
        hi = c->s->given_from[(unsigned char)s[0] + 1];
    }
    return in_range_span((const char *const *)r->given, lo, hi, s, len);
}

int eg_rx_given_name(const ctx *c, uint32_t j) {
    uint8_t *m = &c->s->memo_given.v[j];
    if (!*m)
        *m = (uint8_t)(given_lookup(c, j) + 1);
    return *m == 2;
}

/* The gazetteer entity whose name token j is alone, of `type` unless NULL
 * ("Italian", "Kenya" as countries), or -1; memoised per token. */
long eg_rx_listed_word(const ctx *c, uint32_t j, const char *type) {
    uint32_t *m = &c->s->memo_listed.v[j];
    if (!*m) {
        char buf[128];
        size_t n = eg_fold_buf(ttext(c, j), c->tv[j].len, 0, buf, sizeof buf - 1);
        long found = -1;
        if (n != (size_t)-1) {
            buf[n] = '\0';
            found = eg_gazetteer_find(c->g, buf);
        }
        *m = found < 0 ? 1 : (uint32_t)found + 2;
    }
    long g = *m == 1 ? -1 : (long)(*m - 2);
    if (g < 0 || (type && strcmp(eg_gazetteer_type(c->g, (size_t)g), type) != 0))
        return -1;
    return g;
}

long eg_rx_country_word(const ctx *c, uint32_t j) {
    return eg_rx_listed_word(c, j, "country");
}

/* A designator that always makes a name an organisation or agency ("Ltd",
 * "Ministry"), unlike sector words ("Energy") and place words ("Airport"),
 * which also occur in people's names. */
int eg_rx_strong_designator(const designator *d) {
    return d && !(d->flags & DES_SECTOR) && strcmp(d->type, "location") != 0;
}

/* The longest title starting at token j inside [j, se); *end receives the
 * token after it (a "." right after a word belongs to the title). */
const title *eg_rx_title_at(const ctx *c, uint32_t j, uint32_t se, uint32_t *end) {
    const eg_rules *r = c->r;
    const eg_rulescratch *s = c->s;
    if (!(c->tv[j].flags & EG_TOK_WORD))
        return NULL;
    const char *f = s->fold.data + s->foff.v[j];
    size_t fl = s->flen.v[j];
    const uint32_t *m = &s->memo_title.v[j];
    if (!*m)
        fill_memos(c, j);
    if (*m == 1)
        return NULL;
    for (size_t lo = *m - 2; lo < r->ntitles; lo++) {
        const title *t = r->title_order[lo];
        if (cmp_span(t->words[0], f, fl) != 0)
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
int eg_rx_title_ends_at(const ctx *c, uint32_t sb, uint32_t e) {
    for (uint32_t k = 1; k <= 4 && e >= sb + k; k++) {
        uint32_t end;
        if (eg_rx_title_at(c, e - k, e, &end) && end == e)
            return 1;
    }
    return 0;
}

/* The types a gazetteer or a built-in rule gives (gazetteer.h), as strings
 * that outlive the article. */
static const char *const entity_types[] = {"agency", "country", "location", "organisation",
                                           "person"};

/* A type that may point into the article's name pool (a discovered
 * entity's) as a string no later pool append can move: a candidate keeps
 * its type until commit, which appends discovered names first, and a rule
 * that asks an entity's type and then adds a discovered name
 * (eg_doc_discovered) must still hold a valid type. */
static const char *stable_type(const ctx *c, const char *type) {
    const eg_strbuf *pool = &c->doc->names;
    if (!type || !pool->data || type < pool->data || type >= pool->data + pool->len)
        return type;
    for (size_t i = 0; i < sizeof entity_types / sizeof *entity_types; i++)
        if (strcmp(type, entity_types[i]) == 0)
            return entity_types[i];
    for (size_t i = 0; i < c->r->nrecs; i++) /* a user recogniser's own type */
        if (strcmp(type, c->r->recs[i].type) == 0)
            return c->r->recs[i].type;
    return type;
}

/* Is token j an Arabic article or name particle written before a hyphen
 * ("Al-Bina", "El-Nasr", "Ibn-Rushd")? */
static int arabic_article(const ctx *c, uint32_t j) {
    static const char *const arts[] = {"Abu", "Al", "Bin", "El", "Ibn", "Ul"};
    return c->tv[j].len <= 3 && WORD_IN_LIST(arts, ttext(c, j), c->tv[j].len);
}

/* Does [tb, te) end in a hyphen and a lower-case word that makes the words
 * before it a modifier ("Geneva-based", "Nairobi-headquartered",
 * "Kremlin-backed")? Such a span names no body: the place before the hyphen
 * keeps its own mention. Gated on the last token's first byte. */
static int modifier_tail(const ctx *c, uint32_t tb, uint32_t te) {
    static const char *const tails[] = {"backed", "based", "funded",     "headquartered",
                                        "led",    "owned", "registered", "run"};
    if (te < tb + 3)
        return 0;
    const eg_token *t = &c->tv[te - 1];
    char b = ttext(c, te - 1)[0];
    if (b < 'a' || b > 'z' || !(t->flags & EG_TOK_WORD) || !attached(c, te - 1) ||
        !is_hyphen(c, te - 2) || !attached(c, te - 2))
        return 0;
    char buf[16];
    return eg_rx_ascii_lower(ttext(c, te - 1), t->len, buf, sizeof buf) && IN_SORTED(tails, buf);
}

/* Whether token j is the whole name of a listed city or capital. */
static int listed_city(const ctx *c, uint32_t j) {
    long g = eg_rx_listed_word(c, j, "location");
    const char *cat = g >= 0 ? eg_gazetteer_category(c->g, (size_t)g) : NULL;
    return cat && (strcmp(cat, "city") == 0 || strcmp(cat, "capital") == 0);
}

/* A new place written as "<city>-<word>" or "<word>-<city>" before a noun of
 * a link between places, two capitalised words joined by a hyphen, one of
 * them a listed city or capital ("the Pokhara-Jomsom route", "the
 * Mombasa-Voi railway", "the Tbilisi-Kobuleti road"): a pair of places, of
 * which the other word (its token returned) is the new one, the sentence
 * ending at se. NONE when neither or both are listed cities, and with no
 * such noun after, so that places named in two parts stay whole
 * ("Rotterdam-Zuid", "the Garoua-Boulaï border crossing"). */
static uint32_t city_pair_side(const ctx *c, uint32_t tb, uint32_t se) {
    static const char *const link_nouns[] = {
        "corridor", "expressway", "ferry", "flight",  "flights", "highway", "line",
        "motorway", "pipeline",   "rail",  "railway", "road",    "route",   "routes",
    };
    char buf[16];
    if (tb + 3 >= se || !is_hyphen(c, tb + 1) || !attached(c, tb + 1) || !attached(c, tb + 2) ||
        !is_cap_word(c, tb) || !is_cap_word(c, tb + 2) ||
        !eg_rx_ascii_lower(ttext(c, tb + 3), c->tv[tb + 3].len, buf, sizeof buf) ||
        !IN_SORTED(link_nouns, buf))
        return NONE;
    int a = listed_city(c, tb), b = listed_city(c, tb + 2);
    return a == b ? NONE : a ? tb + 2 : tb;
}

/* Does the body's name open with token j, a plural in its possessive
 * before the rest ("Citizens’ Budget Watch", "Farmers’ Rights Forum",
 * "Women’s Legal Centre")? A capitalised word on no list, not after another
 * capitalised word nor a mention, whose possessive token follows it: a lone
 * apostrophe after "s", or "’s" after a plural of its own (People, Women,
 * Children, Men). Not an owner's name: "Kenya’s Budget Watch", "Acme’s
 * Safety Forum". */
int eg_rx_plural_owner_opens(const ctx *c, uint32_t j) {
    static const char *const plurals[] = {"Children", "Men", "People", "Women"};
    const eg_token *t = &c->tv[j], *p = t + 1;
    if (!is_cap_word(c, j) || (t->flags & EG_TOK_ALLCAPS) || covered(c, j) || !attached(c, j + 1))
        return 0;
    if (j > 0 && ((is_cap_word(c, j - 1) && !tok_is(c, j - 1, "The")) || covered(c, j - 1)))
        return 0;
    if (p->flags & EG_TOK_WORD)
        return WORD_IN_LIST(plurals, ttext(c, j), t->len);
    return ttext(c, j)[t->len - 1] == 's' && !eg_rx_given_name(c, j) &&
           eg_rx_listed_word(c, j, NULL) < 0;
}

/* Does a body named "<head> for ..." or "<head> of ..." at [tb, te) go on
 * with "in" and a field at token te ("Agency for the Prevention of Violence
 * in Sport", "Centre for Excellence in Journalism", "Union of Journalists in
 * Education")? The field is one capitalised word on no list, with no
 * capitalised word after it (the sentence ending at se), that is a noun of a
 * field: one of a few (Sport, Health, Media ...) or ending as abstract nouns
 * do (-ism, -ion, -ment, -ence, -ance, -ity, -ogy, -ics, -ness, -ship). A
 * place stays a place: "Human Rights Commission in Mbarara". */
static int field_after_in(const ctx *c, uint32_t tb, uint32_t te, uint32_t se) {
    static const char *const fields[] = {"Agriculture", "Art",      "Arts",  "Business", "Culture",
                                         "Health",      "Law",      "Media", "Medicine", "Music",
                                         "Science",     "Sciences", "Sport", "Sports",   "Tourism"};
    static const char *const ends[] = {"ance", "ence", "ics",  "ion", "ism",
                                       "ity",  "ment", "ness", "ogy", "ship"};
    uint32_t j = te + 1;
    if (!is_cap_word(c, j) || (c->tv[j].flags & EG_TOK_ALLCAPS) ||
        (j + 1 < se && (is_cap_word(c, j + 1) || (c->tv[j + 1].flags & EG_TOK_POSS))))
        return 0;
    int fr = 0;
    for (uint32_t k = tb + 1; k + 1 < te && !fr; k++)
        fr = tok_is(c, k, "for") || tok_is(c, k, "of");
    if (!fr || eg_rx_listed_word(c, j, NULL) >= 0)
        return 0;
    const char *w = ttext(c, j);
    size_t n = c->tv[j].len;
    if (WORD_IN_LIST(fields, w, n))
        return 1;
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t l = strlen(ends[k]);
        if (n > l + 3 && memcmp(w + n - l, ends[k], l) == 0)
            return 1;
    }
    return 0;
}

eg_status eg_rx_add_cand(ctx *c, uint32_t tb, uint32_t te, uint32_t sent, uint32_t kind,
                         const char *type, int32_t ent, uint32_t origin, eg_error *err) {
    type = stable_type(c, type);
    if (type && strcmp(type, "person") == 0 && tb >= 2 && is_hyphen(c, tb - 1) &&
        attached(c, tb - 1) && attached(c, tb) && (c->tv[tb - 2].flags & EG_TOK_WORD) &&
        !eg_rx_given_name(c, tb - 2))
        return EG_OK; /* no name starts inside a compound: "Procuradoria-Geral da República"
                         ("Per-Olof Sandén" keeps at least "Olof Sandén") */
    if (type && ent < 0 && type[0] == 'o' && strcmp(type, "organisation") == 0 && tb >= 2 &&
        is_hyphen(c, tb - 1) && attached(c, tb - 1) && attached(c, tb) && is_cap_word(c, tb) &&
        arabic_article(c, tb - 2))
        return EG_OK; /* nor a body's after "Al-": "Jazirat Al-Bina said" names no "Bina" */
    if (type && ent < 0 && type[0] == 'p' && strcmp(type, "person") == 0 &&
        eg_rx_not_person(c, tb, te))
        return EG_OK; /* "Prince Hassan Air Base", "the town of Juan Aldama" */
    if (ent < 0 && modifier_tail(c, tb, te))
        return EG_OK; /* "the Geneva-based charity": a place's modifier, no name */
    if (ent < 0 && te == tb + 3 && type && type[0] == 'l' && strcmp(type, "location") == 0) {
        uint32_t side = city_pair_side(c, tb, c->doc->sents.v[sent].tok_end);
        if (side != NONE) /* "the Pokhara-Jomsom route": two places, the new one alone */
            return eg_rx_add_cand(c, side, side + 1, sent, kind, type, -1, origin, err);
    }
    if (ent < 0 && tb >= 2 && (c->tv[tb - 1].flags & EG_TOK_POSS) && type &&
        (strcmp(type, "organisation") == 0 || strcmp(type, "agency") == 0) &&
        eg_rx_plural_owner_opens(c, tb - 2))
        tb -= 2; /* "Citizens’ Budget Watch", not "Budget Watch" */
    if (ent < 0 && te + 2 <= c->doc->sents.v[sent].tok_end && tok_is(c, te, "in") && type &&
        (strcmp(type, "organisation") == 0 || strcmp(type, "agency") == 0) &&
        field_after_in(c, tb, te, c->doc->sents.v[sent].tok_end))
        te += 2; /* "Agency for the Prevention of Violence in Sport", not a place "Sport" */
    cand *k = EG_VEC_PUSH(c->s->cands);
    if (!k)
        return eg_rx_oom(c->doc->origin, 0, err);
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
    if (ent < 0 && k->replace && type[0] != 'l' && tb >= 2 && covered(c, tb - 1)) {
        /* "The Independent Petroleum Marketers Association": the body's
         * first words are a listed "The <name>", whose "The" stays out */
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[tb - 1]];
        if (m->tok_end == tb && m->tok_begin + 2 <= tb && m->origin == EG_ORIGIN_GAZETTEER &&
            tok_is(c, m->tok_begin, "The") && is_cap_word(c, tb - 1)) {
            k->tb = m->tok_begin + 1;
            k->join = 1;
        }
    }
    return EG_OK;
}

/* Type of doc entity e (gazetteer or discovered). */
const char *eg_rx_ent_type(const ctx *c, uint32_t e) {
    const eg_docent *d = &c->doc->ents.v[e];
    return d->gaz >= 0 ? eg_gazetteer_type(c->g, (size_t)d->gaz)
                       : stable_type(c, c->doc->names.data + d->type_off);
}

const char *eg_rx_ent_name(const ctx *c, uint32_t e) {
    const eg_docent *d = &c->doc->ents.v[e];
    return d->gaz >= 0 ? eg_gazetteer_name(c->g, (size_t)d->gaz) : c->doc->names.data + d->name_off;
}

int eg_rx_name_has_word(const char *name, const char *w, size_t n) {
    for (const char *p = name; *p;) {
        const char *q = p;
        while (*q && *q != ' ' && *q != '-')
            q++;
        if ((size_t)(q - p) == n && memcmp(p, w, n) == 0)
            return 1;
        p = *q ? q + 1 : q;
    }
    return 0;
}

/* A gazetteer mention that an organisation shape may swallow. */
int eg_rx_replaceable(const ctx *c, const eg_mention *m) {
    if (m->origin == EG_ORIGIN_DEMONYM)
        return 1;
    if (m->origin != EG_ORIGIN_GAZETTEER)
        return 0;
    const char *t = eg_rx_ent_type(c, m->ent);
    if (strcmp(t, "person") == 0) {
        /* a listed surname alone after "do", "da", "de" is a word of a longer
         * name ("Serra do Barroso", "Covas do Barroso") */
        static const char *const particles[] = {"da", "das", "de", "del", "di", "do", "dos", "du"};
        uint32_t b = m->tok_begin;
        return m->tok_end == b + 1 && b > 0 &&
               IS_WORD_IN(particles, ttext(c, b - 1), c->tv[b - 1].len);
    }
    return strcmp(t, "country") == 0 || strcmp(t, "location") == 0;
}

int eg_rx_is_prep(const ctx *c, uint32_t j) {
    static const char *const preps[] = {"at", "for", "from", "in", "of", "to", "with"};
    return IS_WORD_IN(preps, ttext(c, j), c->tv[j].len);
}

unsigned eg_rx_tok_class_fill(const ctx *c, uint32_t j) {
    unsigned w = eg_rx_word_class(ttext(c, j), c->tv[j].len);
    c->s->memo_class.v[j] = (uint8_t)(w + 1);
    return w;
}

void eg_rx_listsets_free(eg_rulescratch *s) {
    for (size_t i = 0; i < s->lsets_cap; i++) {
        free(s->lsets[i].slot);
        free(s->lsets[i].hash);
        free(s->lsets[i].bits);
    }
    free(s->lsets);
    free(s->vocab);
    s->vocab = NULL;
    s->vocab_cap = s->vocab_n = 0;
    s->lsets = NULL;
    s->lset_last = NULL;
    memset(s->lset_cache, 0, sizeof s->lset_cache);
    s->lsets_cap = s->lsets_n = 0;
}

static size_t lset_pos(const void *list, size_t n, size_t cap) {
    uint64_t k = (uint64_t)(uintptr_t)list ^ ((uint64_t)n << 40);
    return (size_t)((k * 0x9E3779B97F4A7C15ull) >> 32) & (cap - 1);
}

static uint32_t word_hash(const char *w) {
    uint32_t h = WH_INIT;
    for (; *w; w++)
        h = WH_STEP(h, *w);
    return h;
}

/* The vocab id of word w (hash h), or NONE. */
static uint32_t vocab_find(const eg_rulescratch *s, const char *w, uint32_t h) {
    if (!s->vocab_cap)
        return NONE;
    for (size_t k = h & (s->vocab_cap - 1); s->vocab[k].w; k = (k + 1) & (s->vocab_cap - 1))
        if (s->vocab[k].hash == h && strcmp(s->vocab[k].w, w) == 0)
            return s->vocab[k].id;
    return NONE;
}

/* The vocab id of w, added if new; NONE on ENOMEM. */
static uint32_t vocab_add(eg_rulescratch *s, const char *w) {
    uint32_t h = word_hash(w), id = vocab_find(s, w, h);
    if (id != NONE)
        return id;
    if ((s->vocab_n + 1) * 2 > s->vocab_cap) {
        size_t cap = s->vocab_cap ? 2 * s->vocab_cap : 1024;
        struct eg_rx_vword *t = calloc(cap, sizeof *t);
        if (!t || s->vocab_n >= NONE - 1) {
            free(t);
            return NONE;
        }
        for (size_t i = 0; i < s->vocab_cap; i++) {
            if (!s->vocab[i].w)
                continue;
            size_t k = s->vocab[i].hash & (cap - 1);
            while (t[k].w)
                k = (k + 1) & (cap - 1);
            t[k] = s->vocab[i];
        }
        free(s->vocab);
        s->vocab = t;
        s->vocab_cap = cap;
    }
    size_t k = h & (s->vocab_cap - 1);
    while (s->vocab[k].w)
        k = (k + 1) & (s->vocab_cap - 1);
    s->vocab[k] = (struct eg_rx_vword){w, h, (uint32_t)s->vocab_n};
    return (uint32_t)s->vocab_n++;
}

/* Gives every word of list[0..n) a vocab id and ls its bits; the article's
 * tokens not on any list before are looked up again (the memo is per
 * article: memo_lower.n tokens). Sets vocab_bad on ENOMEM. */
static void lset_vocab(eg_rulescratch *s, struct eg_rx_listset *ls, const char *const *list,
                       size_t n) {
    size_t before = s->vocab_n;
    uint32_t *ids = malloc((n ? n : 1) * sizeof *ids);
    if (!ids) {
        s->vocab_bad = 1;
        return;
    }
    for (size_t i = 0; i < n && !s->vocab_bad; i++)
        if ((ids[i] = vocab_add(s, list[i])) == NONE)
            s->vocab_bad = 1;
    size_t words = (s->vocab_n + 63) / 64;
    ls->bits = s->vocab_bad ? NULL : calloc(words ? words : 1, sizeof *ls->bits);
    if (!ls->bits) {
        s->vocab_bad = 1;
        free(ids);
        return;
    }
    ls->nbits = (uint32_t)s->vocab_n;
    for (size_t i = 0; i < n; i++)
        ls->bits[ids[i] >> 6] |= 1ull << (ids[i] & 63);
    free(ids);
    if (s->vocab_n == before)
        return;
    for (size_t j = 0; j < s->memo_lower.n; j++)
        if (s->memo_lower.v[j] == 2 && s->lower_wid.v[j] == NONE) {
            const char *w = s->lower.v + 16 * j;
            s->lower_wid.v[j] = vocab_find(s, w, word_hash(w));
        }
}

static int lset_build(eg_rulescratch *s, struct eg_rx_listset *ls, const char *const *list,
                      size_t n) {
    ls->list = list;
    ls->n = n;
    ls->slot = ls->hash = NULL;
    ls->bits = NULL;
    ls->nbits = 0;
    ls->mask = 0;
    memset(ls->first, 0, sizeof ls->first);
    memset(ls->pair, 0, sizeof ls->pair);
    lset_vocab(s, ls, list, n);
    ls->sorted = list_sorted(list, n);
    if (!ls->sorted)
        return 0;
    size_t cap = 8;
    while (cap < 2 * n)
        cap *= 2;
    ls->slot = calloc(cap, sizeof *ls->slot);
    ls->hash = calloc(cap, sizeof *ls->hash);
    if (!ls->slot || !ls->hash) {
        free(ls->slot);
        free(ls->hash);
        ls->slot = ls->hash = NULL;
        ls->sorted = 0; /* falls back to the binary search */
        s->vocab_bad = 1;
        return -1;
    }
    ls->mask = (uint32_t)(cap - 1);
    for (size_t i = 0; i < n; i++) {
        uint32_t h = WH_INIT;
        for (const char *p = list[i]; *p; p++)
            h = WH_STEP(h, *p);
        size_t j = h & ls->mask;
        while (ls->slot[j])
            j = (j + 1) & ls->mask;
        ls->slot[j] = (uint32_t)i + 1;
        ls->hash[j] = h;
        unsigned char b = (unsigned char)list[i][0];
        ls->first[b >> 6] |= 1ull << (b & 63);
        unsigned k = PAIR_KEY(b, b ? list[i][1] : 0);
        ls->pair[k >> 6] |= 1ull << (k & 63);
    }
    return 0;
}

/* The index of list[0..n), made on first use; NULL without memory. */
static const struct eg_rx_listset *lset_get(eg_rulescratch *s, const char *const *list, size_t n) {
    const struct eg_rx_listset *last = s->lset_last;
    if (last && last->list == list && last->n == n)
        return last;
    if (s->lsets_cap) {
        for (size_t i = lset_pos(list, n, s->lsets_cap); s->lsets[i].list;
             i = (i + 1) & (s->lsets_cap - 1))
            if (s->lsets[i].list == list && s->lsets[i].n == n)
                return s->lset_last = &s->lsets[i];
    }
    if ((s->lsets_n + 1) * 2 > s->lsets_cap) {
        size_t cap = s->lsets_cap ? 2 * s->lsets_cap : 128;
        struct eg_rx_listset *t = calloc(cap, sizeof *t);
        if (!t)
            return NULL;
        for (size_t i = 0; i < s->lsets_cap; i++) {
            if (!s->lsets[i].list)
                continue;
            size_t j = lset_pos(s->lsets[i].list, s->lsets[i].n, cap);
            while (t[j].list)
                j = (j + 1) & (cap - 1);
            t[j] = s->lsets[i];
        }
        free(s->lsets);
        s->lsets = t;
        s->lsets_cap = cap;
        s->lset_last = NULL;
        memset(s->lset_cache, 0, sizeof s->lset_cache);
    }
    size_t i = lset_pos(list, n, s->lsets_cap);
    while (s->lsets[i].list)
        i = (i + 1) & (s->lsets_cap - 1);
    s->lsets_n++;
    lset_build(s, &s->lsets[i], list, n); /* on ENOMEM: sorted = 0, the binary search */
    return s->lset_last = &s->lsets[i];
}

/* lset_get through lset_cache. */
static inline const struct eg_rx_listset *lset_find(eg_rulescratch *s, const char *const *list,
                                                    size_t n) {
    const struct eg_rx_listset **slot =
        &s->lset_cache[((uintptr_t)list >> 3) & (EG_RX_LSET_CACHE - 1)];
    const struct eg_rx_listset *ls = *slot;
    if (ls && ls->list == list && ls->n == n)
        return ls;
    ls = lset_get(s, list, n);
    *slot = ls;
    return ls;
}

int eg_rx_in_list_lookup(const ctx *c, const char *const *list, size_t n, const char *s,
                         size_t len) {
    const struct eg_rx_listset *ls = n ? lset_find(c->s, list, n) : NULL;
    if (!ls || !ls->sorted) {
        const char *nul = memchr(s, '\0', len);
        return in_range_span(list, 0, n, s, nul ? (size_t)(nul - s) : len); /* as a C string */
    }
    if (len && !FIRST_HAS(ls, s[0]))
        return 0; /* no word of the list starts with that byte */
    uint32_t h = WH_INIT;
    size_t i = 0;
    for (; i < len && s[i]; i++) /* up to a NUL, as a C string */
        h = WH_STEP(h, s[i]);
    len = i;
    for (size_t k = h & ls->mask; ls->slot[k]; k = (k + 1) & ls->mask) {
        if (ls->hash[k] != h)
            continue;
        const char *w = list[ls->slot[k] - 1];
        size_t q = 0;
        while (q < len && w[q] == s[q])
            q++;
        if (q == len && w[len] == '\0')
            return 1;
    }
    return 0;
}

void eg_rx_lower_memo(const ctx *c, uint32_t j) {
    eg_rulescratch *s = c->s;
    uint8_t *m = &s->memo_lower.v[j];
    char *buf = s->lower.v + 16 * (size_t)j;
    if (*m)
        return;
    *m = 1;
    size_t len = c->tv[j].len;
    if (!(c->tv[j].flags & EG_TOK_WORD) || (c->tv[j].flags & EG_TOK_CAP) || len == 0 || len >= 16)
        return;
    /* eg_rx_ascii_lower and word_hash in one pass */
    const char *t = ttext(c, j);
    uint32_t h = WH_INIT;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)t[i];
        if (ch >= 'A' && ch <= 'Z')
            ch = (unsigned char)(ch - 'A' + 'a');
        else if (!((ch >= 'a' && ch <= 'z') || ch == '-'))
            return;
        buf[i] = (char)ch;
        h = WH_STEP(h, ch);
    }
    buf[len] = '\0';
    *m = 2;
    s->lower_wid.v[j] = vocab_find(s, buf, h);
}

/* Is token j a lower-case word of the sorted lower-case list? */
int eg_rx_lower_word_in(const ctx *c, uint32_t j, const char *const *list, size_t n) {
    eg_rulescratch *s = c->s;
    const uint8_t *m = &s->memo_lower.v[j];
    const char *buf = s->lower.v + 16 * (size_t)j;
    if (!*m)
        eg_rx_lower_memo(c, j);
    if (*m != 2 || !n || (unsigned char)buf[0] < (unsigned char)list[0][0] ||
        (unsigned char)buf[0] > (unsigned char)list[n - 1][0])
        return 0;
    const struct eg_rx_listset *ls = lset_find(s, list, n); /* gives the list's words ids */
    if (!ls || s->vocab_bad)
        return eg_rx_in_sorted(list, n, buf);
    uint32_t w = s->lower_wid.v[j];
    if (w == NONE)
        return 0; /* on no list, and the binary search finds only equal words */
    if (!ls->sorted)
        return eg_rx_in_sorted(list, n, buf);
    return w < ls->nbits && (ls->bits[w >> 6] >> (w & 63) & 1);
}

/* Appends s with whitespace runs folded to one space (ends trimmed). */
int eg_rx_fold_space(const char *s, size_t n, int lower, eg_strbuf *sb) {
    size_t i = 0;
    int pend = 0, any = 0;
    while (i < n) {
        /* a run of printable ASCII (no space among it) in one piece, folded
         * as eg_fold folds those bytes: capitals lower-cased, '`' as '\'' */
        size_t e = i;
        while (e < n && (unsigned char)s[e] > 0x20 && (unsigned char)s[e] < 0x7F)
            e++;
        if (e > i) {
            if (pend && eg_strbuf_putc(sb, ' ') != 0)
                return -1;
            pend = 0;
            any = 1;
            size_t at = sb->len;
            if (eg_strbuf_append(sb, s + i, e - i) != 0)
                return -1;
            if (lower)
                for (char *o = sb->data + at; o < sb->data + sb->len; o++)
                    *o = *o >= 'A' && *o <= 'Z' ? (char)(*o + ('a' - 'A')) : *o == '`' ? '\'' : *o;
            i = e;
            continue;
        }
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

/* The country the article is about (story_country's votes, one per
 * mention): the country with more votes than any other, or NONE. */
uint32_t eg_rx_article_country(const ctx *c) {
    eg_country_vote votes[64];
    size_t n = eg_country_votes(c->doc, c->g, UINT32_MAX, 1, votes, 64);
    uint32_t best = NONE, most = 0;
    int tie = 0;
    for (size_t k = 0; k < n; k++) {
        if (votes[k].votes < most)
            continue;
        tie = votes[k].votes == most;
        most = votes[k].votes;
        best = votes[k].country;
    }
    return tie ? NONE : best;
}
