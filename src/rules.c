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
enum { DES_OF = 1u, DES_PREFIX = 2u };
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
        pcre2_code_free(r->recs[i].code);
    }
    free(r->recs);
    for (size_t i = 0; i < r->ntitle_words; i++)
        free(r->title_words[i]);
    free(r->title_words);
    for (size_t i = 0; i < r->norg_words; i++)
        free(r->org_words[i]);
    free(r->org_words);
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
    static const char *const names[] = {"of", "prefix"};
    static const unsigned bits[] = {DES_OF, DES_PREFIX};
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
            (st = parse_flags(f[2], fl[2], col[2], names, bits, 2, &flags, &lf, err)) != EG_OK)
            goto fail;
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
        if (!type || grow_array((void **)&r->recs, &r->crecs, r->nrecs + 1, sizeof *r->recs) != 0) {
            free(type);
            pcre2_code_free(code);
            st = oom(path, lf.line, err);
            goto fail;
        }
        recogniser *rc = &r->recs[r->nrecs++];
        rc->type = type;
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
    if (!(p = join_path(dir, "recognisers.tsv")))
        return oom(dir, 0, err);
    FILE *f = fopen(p, "rb");
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
        if (strcmp(d->type, "organisation") != 0 || (d->flags & DES_PREFIX))
            continue;
        if (push_word(&r->org_words, &r->norg_words, &cap, d->form, strlen(d->form)) != 0)
            goto nomem;
    }
    sort_unique(r->org_words, &r->norg_words);

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

enum { K_ORG = 0, K_TITLE, K_BYLINE, K_APPOS, K_USER, K_KNOWN, K_ACRONYM };

typedef struct cand {
    uint32_t tb, te; /* tokens [tb, te) */
    uint32_t sent;
    uint32_t kind;   /* K_* */
    uint32_t origin; /* EG_ORIGIN_RULE or EG_ORIGIN_SHORT */
    int32_t ent;     /* target doc entity, or -1 for a discovered one named by the span */
    const char *type;
    uint32_t replace; /* may replace demonym, country and location mentions inside it */
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
};

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
    if (designator_at(c, j))
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
                   is_cap_word(c, j + 1) && !covered(c, j + 1))
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
    k->replace = type && (strcmp(type, "organisation") == 0 || strcmp(type, "agency") == 0);
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
            if (person_name(c, s, k, &end, &nw) && end == k && nw >= 2)
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

static int byline_end_ok(const ctx *c, uint32_t q, uint32_t se) {
    if (q >= se)
        return 1;
    const eg_token *t = &c->tv[q];
    if (t->nl > 0 || (t->flags & EG_TOK_PUNCT))
        return 1;
    return tok_is(c, q, "in") || tok_is(c, q, "for") || tok_is(c, q, "at");
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

/* Start of the alias in "Name, known as X" / "Name (also known as X)" after
 * token e, or NONE. */
static uint32_t known_as(const ctx *c, uint32_t e, uint32_t se) {
    if (e + 3 >= se || !(tok_is(c, e, ",") || tok_is(c, e, "(")))
        return NONE;
    uint32_t p = e + 1;
    if (tok_is(c, p, "also") || tok_is(c, p, "formerly"))
        p++;
    if (p + 2 < se && tok_is(c, p, "known") && tok_is(c, p + 1, "as"))
        return p + 2;
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
    char buf[64];
    for (int small = 0; small < 2; small++) {
        size_t n = initials(c, s, e, small, buf, sizeof buf);
        if (n == c->tv[a].len && memcmp(buf, ttext(c, a), n) == 0)
            return 1;
    }
    return 0;
}

/* Organisation and agency shapes around designator token h. */
static eg_status rule_designator(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t h,
                                 const designator *d, eg_error *err) {
    const eg_doc *doc = c->doc;
    uint32_t ofend = NONE;
    if ((d->flags & DES_OF) && h + 2 < se &&
        (tok_is(c, h + 1, "of") || tok_is(c, h + 1, "for") || tok_is(c, h + 1, "on"))) {
        uint32_t j = h + 2, n = 0, end = NONE, before_and = NONE;
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
            if (n > 0 && title_at(c, j, se, &te))
                break;
            if (org_word(c, j)) {
                const designator *dd = designator_at(c, j);
                if (dd && !(dd->flags & DES_PREFIX) &&
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
                before_and = end;
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
        if (end != NONE && before_and != NONE && end < se) {
            const designator *next = designator_at(c, end);
            if (next && !(next->flags & DES_PREFIX))
                end = before_and;
        }
        ofend = end;
    }
    if ((d->flags & DES_PREFIX) && ofend == NONE)
        return EG_OK;

    uint32_t limit = strcmp(d->type, "agency") == 0 ? MAX_AGENCY_LEFT : MAX_ORG_LEFT;
    uint32_t n = 0, s = h, j = h;
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
                des_left = 1;
            j = s = p;
        } else if (s == j &&
                   (tok_is(c, p, "&") || (is_hyphen(c, p) && attached(c, p) && attached(c, j)))) {
            j = p;
            continue;
        } else if (s == j && p > sb && (tok_is(c, p, "of") || tok_is(c, p, "for")) &&
                   designator_at(c, p - 1)) {
            j = p;
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
                   (tok_is(c, p, "de") || tok_is(c, p, "du") || tok_is(c, p, "des") ||
                    tok_is(c, p, "la") || tok_is(c, p, "le") || tok_is(c, p, "van") ||
                    tok_is(c, p, "von") || tok_is(c, p, "der") || tok_is(c, p, "y"))) {
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
        if (!title_at(c, e, se, &te))
            return EG_OK;
    }
    return add_cand(c, s, e, si, K_ORG, d->type, -1, EG_ORIGIN_RULE, err);
}

static eg_status rule_designators(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t h = sb; h < se; h++) {
        if (covered(c, h) || !(c->tv[h].flags & EG_TOK_WORD))
            continue;
        const designator *d = designator_at(c, h);
        if (!d)
            continue;
        eg_status st = rule_designator(c, si, sb, se, h, d, err);
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
        if (rc2 < 0)
            break; /* no match, or a match/depth/heap limit: the rule gives up on this sentence */
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
    if (paren) {
        size_t n = initials(c, m->tok_begin, m->tok_end, 0, buf, sizeof buf);
        return n > 0 && buf[0] == s[0];
    }
    for (int small = 0; small < 2; small++) {
        size_t n = initials(c, m->tok_begin, m->tok_end, small, buf, sizeof buf);
        if (n == len && memcmp(buf, s, len) == 0)
            return 1;
    }
    return 0;
}

static eg_status rule_acronyms(ctx *c, eg_error *err) {
    const eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        const eg_sentence *sn = &doc->sents.v[m->sentence];
        uint32_t se = sn->tok_end, j = m->tok_end;
        if ((sn->flags & EG_SENT_BOILER) || j + 1 >= se)
            continue;
        const char *type = ent_type(c, m->ent);
        if (strcmp(type, "organisation") != 0 && strcmp(type, "agency") != 0)
            continue;
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
                    (m->tok_end - m->tok_begin) < (k->te - k->tb) && replaceable(c, m);
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
            const eg_token *a = &c->tv[k->tb], *b = &c->tv[k->te - 1];
            eg_strbuf_clear(&s->name);
            if (fold_space(c->text + a->start, b->start + b->len - a->start, 0, &s->name) != 0)
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
    if (fold_tokens(&c) != 0 || build_cover(&c) != 0)
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
                 (st = rule_apposition(&c, si, sb, se, err)) != EG_OK))
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

    if ((st = rule_acronyms(&c, err)) != EG_OK)
        return st;
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
    }
    return commit(&c, err);
}
