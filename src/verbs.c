/* verbs: reading verb-pattern files, checking each regular expression on its
 * own (so errors name file:line:column), and compiling all rows into one
 * active and one passive PCRE2 pattern whose (*MARK) names the row, plus,
 * per voice, the alternation of the bare forms whose partial matches tell
 * which words can start a form. */
#include "verbs.h"

#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

#include "doc.h"
#include "strbuf.h"

/* Limits for one pcre2_match call over one sentence. A legitimate sentence
 * stays far below them; `(a+)+$` on a long word reaches them in milliseconds. */
#define EG_VERBS_MATCH_LIMIT 2000000u
#define EG_VERBS_DEPTH_LIMIT 20000u
#define EG_VERBS_HEAP_LIMIT 65536u /* KiB */

#define EG_VERBS_COMPILE_OPTS                                                                      \
    (PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_NO_AUTO_CAPTURE | PCRE2_MATCH_INVALID_UTF)
/* The combined patterns also take an offset limit, which with a start offset
 * equal to it matches at that offset only. */
#define EG_VERBS_COMBINED_OPTS (EG_VERBS_COMPILE_OPTS | PCRE2_USE_OFFSET_LIMIT)

/* Capture groups of every branch (same numbers thanks to (?|...)). */
enum { GROUP_VERB = 1, GROUP_GAP = 2, GROUP_PARTICLE = 3 };

typedef struct verb_entry {
    char *base;
    char *cls;
    int places; /* its object may be a place */
} verb_entry;

typedef struct row_entry {
    uint32_t verb;
    char *active; /* regular expressions as written; NULL when none */
    char *passive;
    char *particle;
} row_entry;

/* Behind the word filter, per voice and ASCII first byte, the combined
 * pattern of only the rows whose bare form may start with that byte, built
 * on first use by the thread that needs it and shared by all (compiling one
 * costs about a million instructions, so once per table, not per scratch):
 * state 0 not built, 1 built, 2 no row, 3 use the full pattern; rows 0 not
 * known, 1 no row may start with the byte, 2 some may. Built under `lock`;
 * a nonzero state or rows value, stored last with release order, is read
 * without it. rowfilt holds the rows' bare forms for building them. */
typedef struct bytecache {
    pthread_mutex_t lock;
    pcre2_code *pat[2][128];
    _Atomic uint8_t state[2][128];
    _Atomic uint8_t rows[2][128];
    pcre2_code **rowfilt[2];
} bytecache;

struct eg_verbs {
    verb_entry *verbs;
    size_t nverbs, capverbs;
    row_entry *rows;
    size_t nrows, caprows;
    int finished;
    pcre2_code *code[2]; /* EG_VOICE_ACTIVE, EG_VOICE_PASSIVE; NULL when no row has the voice */
    pcre2_code *filt[2]; /* the bare forms, anchored, for the word filter; NULL: no filter */
    int lookaround;      /* some row has an assertion or anchor: no word filter */
    /* Per voice, the rows in the order of the combined alternation (rows with
     * a particle first). */
    uint32_t *order[2];
    size_t norder[2];
    pcre2_match_context *mctx;
    bytecache *bytes; /* shared by the scratches, not const under `const eg_verbs *` */
};

/* Memo of the word filter: words (byte strings) with two bits per voice
 * (bit 0: known, bit 1: a form may start with it). */
typedef struct startword {
    uint32_t off, len, hash;
    uint8_t bits[2];
} startword;

/* Words remembered per scratch before the memo starts over. */
#define EG_VERBS_MEMO_MAX 65536u

struct eg_verbscratch {
    pcre2_match_data *md;
    pcre2_match_context *mctx; /* the table's limits, and an offset limit per call */
    startword *words;
    size_t nwords;
    uint32_t *slot; /* open-addressing index of words (index + 1) */
    size_t slotcap;
    eg_strbuf text;
    size_t nrows; /* of the table the scratch was made for */
};

eg_verbs *eg_verbs_new(void) {
    eg_verbs *v = calloc(1, sizeof(eg_verbs));
    if (!v)
        return NULL;
    v->bytes = calloc(1, sizeof *v->bytes);
    if (!v->bytes || pthread_mutex_init(&v->bytes->lock, NULL) != 0) {
        free(v->bytes);
        free(v);
        return NULL;
    }
    return v;
}

void eg_verbs_free(eg_verbs *v) {
    if (!v)
        return;
    for (size_t i = 0; i < v->nverbs; i++) {
        free(v->verbs[i].base);
        free(v->verbs[i].cls);
    }
    for (size_t i = 0; i < v->nrows; i++) {
        free(v->rows[i].active);
        free(v->rows[i].passive);
        free(v->rows[i].particle);
    }
    free(v->verbs);
    free(v->rows);
    free(v->order[0]);
    free(v->order[1]);
    pcre2_code_free(v->code[0]);
    pcre2_code_free(v->code[1]);
    pcre2_code_free(v->filt[0]);
    pcre2_code_free(v->filt[1]);
    pcre2_match_context_free(v->mctx);
    bytecache *bc = v->bytes;
    for (int voice = 0; voice < 2; voice++) {
        for (int c = 0; c < 128; c++)
            pcre2_code_free(bc->pat[voice][c]);
        for (size_t i = 0; bc->rowfilt[voice] && i < v->nrows; i++)
            pcre2_code_free(bc->rowfilt[voice][i]);
        free(bc->rowfilt[voice]);
    }
    pthread_mutex_destroy(&bc->lock);
    free(bc);
    free(v);
}

size_t eg_verbs_count(const eg_verbs *v) {
    return v ? v->nverbs : 0;
}

const char *eg_verbs_base(const eg_verbs *v, size_t i) {
    return v && i < v->nverbs ? v->verbs[i].base : NULL;
}

const char *eg_verbs_class(const eg_verbs *v, size_t i) {
    return v && i < v->nverbs ? v->verbs[i].cls : NULL;
}

int eg_verbs_places(const eg_verbs *v, size_t i) {
    return v && i < v->nverbs ? v->verbs[i].places : 0;
}

long eg_verbs_find_base(const eg_verbs *v, const char *base) {
    for (size_t i = 0; v && i < v->nverbs; i++)
        if (strcmp(v->verbs[i].base, base) == 0)
            return (long)i;
    return -1;
}

/* ---- loading ---- */

/* The first NREQ columns are required; `places` is optional. */
enum { COL_BASE, COL_CLASS, COL_ACTIVE, COL_PASSIVE, COL_PARTICLE, COL_PLACES, NCOLS };
#define NREQ COL_PLACES
static const char *const col_names[NCOLS] = {"base",    "class",    "active",
                                             "passive", "particle", "places"};

typedef struct cell {
    const char *s; /* trimmed, NUL-terminated in the line buffer */
    size_t len;
    long column; /* 1-based byte column of s in the line */
} cell;

typedef struct loader {
    eg_verbs *v;
    const char *path;
    long line;
    eg_error *err;
} loader;

static char *dup_n(const char *s, size_t n) {
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

/* Splits `line` (modified in place) at tabs into at most `max` cells, trimming
 * spaces; returns the number of cells found (which may exceed max). */
static size_t split_cells(char *line, cell *cells, size_t max) {
    size_t n = 0;
    char *p = line;
    for (;;) {
        char *tab = strchr(p, '\t');
        if (tab)
            *tab = '\0';
        char *s = p, *e = p + strlen(p);
        while (*s == ' ')
            s++;
        while (e > s && e[-1] == ' ')
            e--;
        *e = '\0';
        if (n < max) {
            cells[n].s = s;
            cells[n].len = (size_t)(e - s);
            cells[n].column = (long)(s - line) + 1;
        }
        n++;
        if (!tab)
            break;
        p = tab + 1;
    }
    return n;
}

static int is_none(const cell *c) {
    return c->len == 0 || (c->len == 1 && c->s[0] == '-');
}

/* Rejects constructs that would break the combined pattern: backtracking
 * control verbs and start-of-pattern options "(*", callouts "(?C", \K, and
 * named groups "(?<name>", "(?'name'", "(?P<name>". Returns the offset of
 * the construct or -1. */
static long forbidden_construct(const char *s, size_t len, const char **what) {
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\\') {
            if (i + 1 < len && s[i + 1] == 'K') {
                *what = "\\K is not allowed";
                return (long)i;
            }
            i++;
            continue;
        }
        if (s[i] != '(' || i + 1 >= len)
            continue;
        if (s[i + 1] == '*') {
            *what = "(* verbs and options are not allowed";
            return (long)i;
        }
        if (s[i + 1] != '?' || i + 2 >= len)
            continue;
        char c = s[i + 2];
        if (c == 'C') {
            *what = "callouts are not allowed";
            return (long)i;
        }
        if (c == '\'' || c == 'P' ||
            (c == '<' && i + 3 < len && s[i + 3] != '=' && s[i + 3] != '!')) {
            *what = "named groups are not allowed (groups never capture here)";
            return (long)i;
        }
    }
    return -1;
}

/* Checks one regular-expression cell by compiling it alone, wrapped the way
 * eg_verbs_finish wraps it. */
static eg_status check_regex(loader *ld, const cell *c, const char *col) {
    const char *what = NULL;
    long bad = forbidden_construct(c->s, c->len, &what);
    if (bad >= 0)
        return eg_error_set(ld->err, EG_ERR_CONFIG, ld->path, ld->line, c->column + bad,
                            "column '%s': %s", col, what);
    if (memchr(c->s, '\x01', c->len) || memchr(c->s, '\x02', c->len))
        return eg_error_set(ld->err, EG_ERR_CONFIG, ld->path, ld->line, c->column,
                            "column '%s': control character in pattern", col);
    eg_strbuf sb;
    eg_strbuf_init(&sb);
    if (eg_strbuf_puts(&sb, "(?:") || eg_strbuf_append(&sb, c->s, c->len) ||
        eg_strbuf_puts(&sb, "\\E)")) {
        eg_strbuf_destroy(&sb);
        return eg_error_set(ld->err, EG_ERR_NOMEM, ld->path, ld->line, 0, "out of memory");
    }
    int ec = 0;
    PCRE2_SIZE off = 0;
    pcre2_code *code =
        pcre2_compile((PCRE2_SPTR)sb.data, sb.len, EG_VERBS_COMPILE_OPTS, &ec, &off, NULL);
    eg_strbuf_destroy(&sb);
    if (!code) {
        PCRE2_UCHAR msg[256];
        if (pcre2_get_error_message(ec, msg, sizeof msg) < 0)
            snprintf((char *)msg, sizeof msg, "PCRE2 error %d", ec);
        size_t at = off >= 3 ? off - 3 : 0;
        if (at > c->len)
            at = c->len;
        return eg_error_set(ld->err, EG_ERR_CONFIG, ld->path, ld->line, c->column + (long)at,
                            "column '%s': bad regular expression: %s (at offset %zu)", col,
                            (const char *)msg, at);
    }
    eg_status st = EG_OK;
    uint32_t names = 0;
    pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &names);
    pcre2_match_data *md = pcre2_match_data_create(1, NULL);
    if (!md) {
        st = eg_error_set(ld->err, EG_ERR_NOMEM, ld->path, ld->line, 0, "out of memory");
    } else if (names) {
        st = eg_error_set(ld->err, EG_ERR_CONFIG, ld->path, ld->line, c->column,
                          "column '%s': named groups are not allowed", col);
    } else if (pcre2_match(code, (PCRE2_SPTR) "", 0, 0, 0, md, NULL) >= 0) {
        st = eg_error_set(ld->err, EG_ERR_CONFIG, ld->path, ld->line, c->column,
                          "column '%s': pattern matches the empty string", col);
    }
    pcre2_match_data_free(md);
    pcre2_code_free(code);
    return st;
}

/* Whether a regular expression may hold an assertion or anchor, which could
 * look at text outside the words a match spans: lookbehinds, \b \B \A \z
 * \Z \G, ^ and $ outside character classes and \Q...\E. Errs towards 1,
 * which only turns the word filter off. A lookahead ("placed(?= .* under
 * arrest)") keeps the filter: it reads only text after the match start, and
 * on the word alone it runs into the end, which a hard partial match reports
 * as "may start" (the filter never turns a word down wrongly). */
static int has_lookaround(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == '\\' && i + 1 < n) {
            char e = s[++i];
            if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G')
                return 1;
            if (e == 'Q') {
                size_t j = i + 1;
                while (j + 1 < n && !(s[j] == '\\' && s[j + 1] == 'E'))
                    j++;
                i = j + 1;
            }
        } else if (ch == '[') {
            size_t j = i + 1;
            if (j < n && s[j] == '^')
                j++;
            if (j < n && s[j] == ']')
                j++;
            while (j < n && s[j] != ']')
                j += s[j] == '\\' ? 2 : 1;
            i = j;
        } else if (ch == '^' || ch == '$') {
            return 1;
        } else if (ch == '(' && i + 2 < n && s[i + 1] == '?' && s[i + 2] == '<' && i + 3 < n &&
                   (s[i + 3] == '=' || s[i + 3] == '!')) {
            return 1; /* a lookbehind reads text before the word */
        }
    }
    return 0;
}

static int valid_class(const cell *c) {
    if (c->len == 0 || c->s[0] < 'a' || c->s[0] > 'z')
        return 0;
    for (size_t i = 0; i < c->len; i++) {
        char ch = c->s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-'))
            return 0;
    }
    return 1;
}

static eg_status add_row(loader *ld, const cell *cells) {
    eg_verbs *v = ld->v;
    const cell *base = &cells[COL_BASE], *cls = &cells[COL_CLASS];
    if (base->len == 0 || (base->len == 1 && base->s[0] == '-'))
        return eg_error_set(ld->err, EG_ERR_CONFIG, ld->path, ld->line, base->column,
                            "column 'base' is empty");
    for (size_t i = 0; i < base->len; i++)
        if ((unsigned char)base->s[i] < 0x20 || base->s[i] == 0x7f)
            return eg_error_set(ld->err, EG_ERR_CONFIG, ld->path, ld->line, base->column + (long)i,
                                "column 'base': control character");
    if (!valid_class(cls))
        return eg_error_set(ld->err, EG_ERR_CONFIG, ld->path, ld->line, cls->column,
                            "column 'class' must be a lower-case word ([a-z][a-z0-9_-]*), got "
                            "'%.*s'",
                            (int)(cls->len > 60 ? 60 : cls->len), cls->s);
    if (is_none(&cells[COL_ACTIVE]))
        return eg_error_set(ld->err, EG_ERR_CONFIG, ld->path, ld->line, cells[COL_ACTIVE].column,
                            "column 'active' is required (the inflected active forms)");
    const cell *pl = &cells[COL_PLACES];
    int places = -1;
    if (pl->len == 3 && memcmp(pl->s, "yes", 3) == 0)
        places = 1;
    else if (pl->len == 2 && memcmp(pl->s, "no", 2) == 0)
        places = 0;
    else if (!is_none(pl))
        return eg_error_set(ld->err, EG_ERR_CONFIG, ld->path, ld->line, pl->column,
                            "column 'places' must be yes, no or -, got '%.*s'",
                            (int)(pl->len > 60 ? 60 : pl->len), pl->s);
    eg_status st;
    for (int c = COL_ACTIVE; c <= COL_PARTICLE; c++)
        if (!is_none(&cells[c]) && (st = check_regex(ld, &cells[c], col_names[c])) != EG_OK)
            return st;
    for (int c = COL_ACTIVE; c <= COL_PARTICLE; c++)
        if (!is_none(&cells[c]) && has_lookaround(cells[c].s, cells[c].len))
            v->lookaround = 1;

    long vi = eg_verbs_find_base(v, base->s);
    char *ncls = dup_n(cls->s, cls->len);
    if (!ncls)
        goto nomem;
    if (vi < 0) {
        char *nbase = dup_n(base->s, base->len);
        if (!nbase || eg_vec_reserve_((void **)&v->verbs, &v->capverbs, v->nverbs + 1,
                                      sizeof *v->verbs) != 0) {
            free(nbase);
            free(ncls);
            goto nomem;
        }
        vi = (long)v->nverbs++;
        v->verbs[vi].base = nbase;
        v->verbs[vi].cls = ncls;
        v->verbs[vi].places = 0;
    } else {
        free(v->verbs[vi].cls);
        v->verbs[vi].cls = ncls;
    }
    if (places >= 0)
        v->verbs[vi].places = places;
    if (eg_vec_reserve_((void **)&v->rows, &v->caprows, v->nrows + 1, sizeof *v->rows) != 0)
        goto nomem;
    row_entry r;
    memset(&r, 0, sizeof r);
    r.verb = (uint32_t)vi;
    r.active = dup_n(cells[COL_ACTIVE].s, cells[COL_ACTIVE].len);
    if (!is_none(&cells[COL_PASSIVE]))
        r.passive = dup_n(cells[COL_PASSIVE].s, cells[COL_PASSIVE].len);
    if (!is_none(&cells[COL_PARTICLE]))
        r.particle = dup_n(cells[COL_PARTICLE].s, cells[COL_PARTICLE].len);
    if (!r.active || (!is_none(&cells[COL_PASSIVE]) && !r.passive) ||
        (!is_none(&cells[COL_PARTICLE]) && !r.particle)) {
        free(r.active);
        free(r.passive);
        free(r.particle);
        goto nomem;
    }
    v->rows[v->nrows++] = r;
    return EG_OK;
nomem:
    return eg_error_set(ld->err, EG_ERR_NOMEM, ld->path, ld->line, 0, "out of memory");
}

/* Maps header cells to columns: order[i] = column of header cell i. */
static eg_status read_header(loader *ld, char *line, int *order, size_t *ncells) {
    cell cells[NCOLS + 1];
    size_t n = split_cells(line, cells, NCOLS + 1);
    int seen[NCOLS] = {0};
    if (n > NCOLS) {
        const cell *x = &cells[NCOLS];
        return eg_error_set(ld->err, EG_ERR_CONFIG, ld->path, ld->line, x->column,
                            "header has %zu columns; expected base, class, active, passive, "
                            "particle and optionally places",
                            n);
    }
    for (size_t i = 0; i < n; i++) {
        int c = -1;
        for (int k = 0; k < NCOLS; k++)
            if (cells[i].len == strlen(col_names[k]) &&
                memcmp(cells[i].s, col_names[k], cells[i].len) == 0)
                c = k;
        if (c < 0)
            return eg_error_set(ld->err, EG_ERR_CONFIG, ld->path, ld->line, cells[i].column,
                                "unknown column '%.*s' in header (expected base, class, active, "
                                "passive, particle, places)",
                                (int)(cells[i].len > 60 ? 60 : cells[i].len), cells[i].s);
        if (seen[c])
            return eg_error_set(ld->err, EG_ERR_CONFIG, ld->path, ld->line, cells[i].column,
                                "column '%s' appears twice in header", col_names[c]);
        seen[c] = 1;
        order[i] = c;
    }
    for (int k = 0; k < NREQ; k++)
        if (!seen[k])
            return eg_error_set(ld->err, EG_ERR_CONFIG, ld->path, ld->line, 0,
                                "missing column '%s' in header (expected base, class, active, "
                                "passive, particle)",
                                col_names[k]);
    *ncells = n;
    return EG_OK;
}

eg_status eg_verbs_load(eg_verbs *v, const char *path, eg_error *err) {
    if (v->finished)
        return eg_error_set(err, EG_ERR_USAGE, path, 0, 0,
                            "verb patterns loaded after the table was finished");
    FILE *f = fopen(path, "rb");
    if (!f)
        return eg_error_set(err, EG_ERR_IO, path, 0, 0, "cannot open verb patterns: %s",
                            strerror(errno));
    loader ld = {v, path, 0, err};
    eg_status st = EG_OK;
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    int order[NCOLS];
    size_t ncols = 0;
    int have_header = 0;
    while ((got = getline(&line, &cap, f)) >= 0) {
        ld.line++;
        size_t n = (size_t)got;
        if (memchr(line, '\0', n)) {
            st = eg_error_set(err, EG_ERR_CONFIG, path, ld.line, 0, "NUL byte in line");
            goto fail;
        }
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        char *p = line;
        if (ld.line == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
            p += 3;
        const char *q = p;
        while (*q == ' ' || *q == '\t')
            q++;
        if (*q == '\0' || *q == '#')
            continue;
        if (!have_header) {
            if ((st = read_header(&ld, p, order, &ncols)) != EG_OK)
                goto fail;
            have_header = 1;
            continue;
        }
        cell raw[NCOLS + 1], cells[NCOLS];
        size_t nc = split_cells(p, raw, NCOLS + 1);
        if (nc != ncols) {
            st = eg_error_set(err, EG_ERR_CONFIG, path, ld.line, 0,
                              "expected %zu tab-separated columns (base, class, active, "
                              "passive, particle), found %zu",
                              ncols, nc);
            goto fail;
        }
        long off = p - line;
        cells[COL_PLACES].s = "";
        cells[COL_PLACES].len = 0;
        cells[COL_PLACES].column = 1;
        for (size_t i = 0; i < nc; i++) {
            raw[i].column += off;
            cells[order[i]] = raw[i];
        }
        if ((st = add_row(&ld, cells)) != EG_OK)
            goto fail;
    }
    if (ferror(f)) {
        st = eg_error_set(err, EG_ERR_IO, path, ld.line, 0, "cannot read verb patterns: %s",
                          strerror(errno));
        goto fail;
    }
    if (!feof(f)) { /* getline's buffer could not grow: the table would be cut short */
        st = eg_error_set(err, EG_ERR_NOMEM, path, ld.line, 0, "out of memory");
        goto fail;
    }
    if (!have_header)
        st = eg_error_set(err, EG_ERR_CONFIG, path, ld.line ? ld.line : 1, 0,
                          "missing header line 'base<TAB>class<TAB>active<TAB>passive<TAB>"
                          "particle'");
fail:
    free(line);
    fclose(f);
    return st;
}

/* ---- compiling ---- */

/* A row whose particle is "to" alone, of a verb that has no row without a
 * particle ("sold X to Y"): the words before the particle say what is given
 * and may hold a name ("sold its stake in Acme to Y"). A verb that also
 * takes a direct object ("supplied X", "supplied X to Y") keeps names out,
 * so that its bare form is tried when the particle does not fit. A row
 * without a particle whose active form holds a lookahead only reads an
 * object in the shape the lookahead asks for ("sold X $2 billion worth of
 * arms") and does not count. */
static int gap_names(const eg_verbs *v, const row_entry *r) {
    if (!r->particle || strcmp(r->particle, "to") != 0)
        return 0;
    for (size_t i = 0; i < v->nrows; i++)
        if (v->rows[i].verb == r->verb && !v->rows[i].particle &&
            !(v->rows[i].active && strstr(v->rows[i].active, "(?=")))
            return 0;
    return 1;
}

int eg_verbs_row_gap_names(const eg_verbs *v, size_t row) {
    return v && row < v->nrows ? gap_names(v, &v->rows[row]) : 0;
}

/* Appends the branch for row `r` in `voice`; 0 or -1 on ENOMEM. A row whose
 * gap may hold names may match up to 16 words before its particle: the
 * caller keeps gaps over 8 words only when a relative clause fills the rest
 * ("sold a stake in Block 15, which it had operated since 2021, to X"). */
static int add_branch(const eg_verbs *v, eg_strbuf *sb, const row_entry *r, size_t ri,
                      eg_voice voice, int *first) {
    const char *form = voice == EG_VOICE_ACTIVE ? r->active : r->passive;
    int bad = 0;
    if (!*first)
        bad |= eg_strbuf_putc(sb, '|');
    *first = 0;
    bad |= eg_strbuf_printf(sb, "(*MARK:%zu)(?<v>(?:", ri);
    bad |= eg_strbuf_puts(sb, form);
    bad |= eg_strbuf_puts(sb, "\\E))");
    if (!r->particle)
        return bad | eg_strbuf_puts(sb, "(?<g>)(?<p>)");
    if (voice == EG_VOICE_ACTIVE && gap_names(v, r))
        bad |= eg_strbuf_puts(
            sb, "(?<g>(?:\\x20(?:[^\\x20,;:\"()\\[\\]]|(?<=\\d),(?=\\d)|,(?=\\x20))+){0,16}?)");
    else if (voice == EG_VOICE_ACTIVE)
        bad |= eg_strbuf_puts(
            sb, "(?<g>(?:\\x20(?:[^\\x20\\x01,;:\"()\\[\\]]|(?<=\\d),(?=\\d)|,(?=\\x20))+){0,8}?)");
    else
        bad |= eg_strbuf_puts(sb, "(?<g>)");
    bad |= eg_strbuf_puts(sb, "\\x20(?<p>(?:");
    bad |= eg_strbuf_puts(sb, r->particle);
    bad |= eg_strbuf_puts(sb, "\\E))");
    return bad;
}

/* The anchored alternation of the bare forms of `voice` (no particles,
 * word edges or marks), for partial matches on a word alone; NULL when it
 * cannot be built, which only leaves the voice without a word filter. */
static pcre2_code *compile_filter(const eg_verbs *v, eg_voice voice) {
    eg_strbuf sb;
    eg_strbuf_init(&sb);
    int bad = eg_strbuf_puts(&sb, "(?:"), first = 1;
    for (size_t i = 0; i < v->nrows; i++) {
        const char *form = voice == EG_VOICE_ACTIVE ? v->rows[i].active : v->rows[i].passive;
        if (!form)
            continue;
        bad |= (!first && eg_strbuf_putc(&sb, '|')) || eg_strbuf_puts(&sb, "(?:") ||
               eg_strbuf_puts(&sb, form) || eg_strbuf_puts(&sb, "\\E)");
        first = 0;
    }
    bad |= eg_strbuf_putc(&sb, ')');
    pcre2_code *code = NULL;
    if (!bad) {
        int ec = 0;
        PCRE2_SIZE off = 0;
        code = pcre2_compile((PCRE2_SPTR)sb.data, sb.len, EG_VERBS_COMPILE_OPTS | PCRE2_ANCHORED,
                             &ec, &off, NULL);
        if (code)
            (void)pcre2_jit_compile(code, PCRE2_JIT_PARTIAL_HARD);
    }
    eg_strbuf_destroy(&sb);
    return code;
}

/* What the combined patterns put around their alternation of branches. */
#define EG_VERBS_HEAD "(?<![\\p{L}\\p{N}_\\-])(?|"
#define EG_VERBS_TAIL ")(?![\\p{L}\\p{N}_\\-])"

static eg_status compile_voice(eg_verbs *v, eg_voice voice, eg_error *err) {
    eg_strbuf sb;
    eg_strbuf_init(&sb);
    eg_status st = EG_OK;
    int first = 1;
    int bad = eg_strbuf_puts(&sb, EG_VERBS_HEAD);
    v->order[voice] = malloc((v->nrows ? v->nrows : 1) * sizeof *v->order[voice]);
    v->norder[voice] = 0;
    bad |= !v->order[voice];
    /* Rows with a particle first, so "spied on" is tried before a bare form. */
    for (int pass = 0; pass < 2 && !bad; pass++)
        for (size_t i = 0; i < v->nrows; i++) {
            const row_entry *r = &v->rows[i];
            if ((pass == 0) != (r->particle != NULL))
                continue;
            if (voice == EG_VOICE_PASSIVE && !r->passive)
                continue;
            bad |= add_branch(v, &sb, r, i, voice, &first);
            v->order[voice][v->norder[voice]++] = (uint32_t)i;
        }
    bad |= eg_strbuf_puts(&sb, EG_VERBS_TAIL);
    if (bad)
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (first)
        goto done; /* no row has this voice */
    int ec = 0;
    PCRE2_SIZE off = 0;
    pcre2_code *code =
        pcre2_compile((PCRE2_SPTR)sb.data, sb.len, EG_VERBS_COMBINED_OPTS, &ec, &off, NULL);
    if (!code) {
        PCRE2_UCHAR msg[256];
        if (pcre2_get_error_message(ec, msg, sizeof msg) < 0)
            snprintf((char *)msg, sizeof msg, "PCRE2 error %d", ec);
        st = eg_error_set(err, EG_ERR_CONFIG, "verb patterns", 0, 0,
                          "cannot combine the %s forms of %zu rows: %s",
                          voice == EG_VOICE_ACTIVE ? "active" : "passive", v->nrows,
                          (const char *)msg);
        goto done;
    }
    (void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); /* the interpreter is the fallback */
    v->code[voice] = code;
    if (!v->lookaround)
        v->filt[voice] = compile_filter(v, voice);
done:
    eg_strbuf_destroy(&sb);
    return st;
}

eg_status eg_verbs_finish(eg_verbs *v, eg_error *err) {
    if (v->finished)
        return EG_OK;
    eg_status st;
    v->mctx = pcre2_match_context_create(NULL);
    if (!v->mctx)
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    pcre2_set_match_limit(v->mctx, EG_VERBS_MATCH_LIMIT);
    pcre2_set_depth_limit(v->mctx, EG_VERBS_DEPTH_LIMIT);
    pcre2_set_heap_limit(v->mctx, EG_VERBS_HEAP_LIMIT);
    if ((st = compile_voice(v, EG_VOICE_ACTIVE, err)) != EG_OK ||
        (st = compile_voice(v, EG_VOICE_PASSIVE, err)) != EG_OK)
        return st;
    v->finished = 1;
    return EG_OK;
}

/* ---- matching ---- */

eg_verbscratch *eg_verbscratch_new(const eg_verbs *v) {
    eg_verbscratch *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->md = pcre2_match_data_create(GROUP_PARTICLE + 1, NULL);
    s->mctx = v->mctx ? pcre2_match_context_copy(v->mctx) : pcre2_match_context_create(NULL);
    if (!s->md || !s->mctx) {
        pcre2_match_data_free(s->md);
        pcre2_match_context_free(s->mctx);
        free(s);
        return NULL;
    }
    eg_strbuf_init(&s->text);
    s->nrows = v->nrows;
    return s;
}

void eg_verbscratch_free(eg_verbscratch *s) {
    if (!s)
        return;
    pcre2_match_data_free(s->md);
    pcre2_match_context_free(s->mctx);
    free(s->words);
    free(s->slot);
    eg_strbuf_destroy(&s->text);
    free(s);
}

/* One pcre2_match of `code` from `from` (the match starting at `from` at
 * the latest when `limit` is not PCRE2_UNSET), turned into an EG_VERBS_*
 * code. */
static int run(const eg_verbs *v, eg_verbscratch *s, const pcre2_code *code, const char *subject,
               size_t len, size_t from, PCRE2_SIZE limit, eg_verbmatch *out) {
    if (!code || from > len)
        return EG_VERBS_NONE;
    pcre2_set_offset_limit(s->mctx, limit);
    int rc = pcre2_match(code, (PCRE2_SPTR)subject, len, from, 0, s->md, s->mctx);
    if (rc == PCRE2_ERROR_NOMATCH)
        return EG_VERBS_NONE;
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
        rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
        return EG_VERBS_LIMIT;
    if (rc < 0)
        return EG_VERBS_ERROR;
    const char *mark = (const char *)pcre2_get_mark(s->md);
    if (!mark)
        return EG_VERBS_ERROR;
    /* the mark is the row index in decimal (add_branch) */
    size_t ri = 0;
    const char *d = mark;
    for (; *d >= '0' && *d <= '9' && ri <= v->nrows; d++)
        ri = ri * 10 + (size_t)(*d - '0');
    if (d == mark || *d || ri >= v->nrows)
        return EG_VERBS_ERROR;
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(s->md);
    uint32_t n = pcre2_get_ovector_count(s->md);
    if (n <= GROUP_PARTICLE)
        return EG_VERBS_ERROR;
    memset(out, 0, sizeof *out);
    out->start = ov[0];
    out->end = ov[1];
    out->verb_end = ov[2 * GROUP_VERB + 1] == PCRE2_UNSET ? ov[1] : ov[2 * GROUP_VERB + 1];
    out->particle_start = ov[2 * GROUP_PARTICLE] == PCRE2_UNSET ? ov[1] : ov[2 * GROUP_PARTICLE];
    out->row = (uint32_t)ri;
    out->verb = v->rows[ri].verb;
    out->has_particle = v->rows[ri].particle != NULL;
    return EG_VERBS_FOUND;
}

int eg_verbs_next(const eg_verbs *v, eg_verbscratch *s, eg_voice voice, const char *subject,
                  size_t len, size_t from, eg_verbmatch *out) {
    return run(v, s, v->code[voice], subject, len, from, PCRE2_UNSET, out);
}

int eg_verbs_at(const eg_verbs *v, eg_verbscratch *s, eg_voice voice, const char *subject,
                size_t len, size_t at, eg_verbmatch *out) {
    return run(v, s, v->code[voice], subject, len, at, at, out);
}

static void memo_clear(eg_verbscratch *s) {
    s->nwords = 0;
    eg_strbuf_clear(&s->text);
    if (s->slot)
        memset(s->slot, 0, s->slotcap * sizeof *s->slot);
}

/* The memo entry for w[0..n), added (unknown for both voices) if missing;
 * NULL on ENOMEM. */
static startword *memo_get(eg_verbscratch *s, const char *w, size_t n) {
    uint32_t h = eg_hash_bytes(w, n, 0);
    size_t mask = s->slotcap - 1;
    for (size_t i = s->slotcap ? h & mask : 0; s->slotcap && s->slot[i]; i = (i + 1) & mask) {
        startword *x = &s->words[s->slot[i] - 1];
        if (x->hash == h && x->len == n && memcmp(s->text.data + x->off, w, n) == 0)
            return x;
    }
    if (s->nwords >= EG_VERBS_MEMO_MAX || s->text.len + n > UINT32_MAX)
        memo_clear(s);
    if ((s->nwords + 1) * 2 > s->slotcap) {
        size_t cap = s->slotcap ? s->slotcap * 2 : 1024;
        uint32_t *slot = calloc(cap, sizeof *slot);
        startword *words = realloc(s->words, cap / 2 * sizeof *words);
        if (!slot || !words) {
            free(slot);
            if (words)
                s->words = words;
            return NULL;
        }
        s->words = words;
        for (size_t k = 0; k < s->nwords; k++) {
            size_t j = s->words[k].hash & (cap - 1);
            while (slot[j])
                j = (j + 1) & (cap - 1);
            slot[j] = (uint32_t)k + 1;
        }
        free(s->slot);
        s->slot = slot;
        s->slotcap = cap;
        mask = cap - 1;
    }
    if (eg_strbuf_append(&s->text, w, n) != 0)
        return NULL;
    startword *x = &s->words[s->nwords++];
    x->off = (uint32_t)(s->text.len - n);
    x->len = (uint32_t)n;
    x->hash = h;
    x->bits[0] = x->bits[1] = 0;
    size_t j = h & mask;
    while (s->slot[j])
        j = (j + 1) & mask;
    s->slot[j] = (uint32_t)s->nwords;
    return x;
}

/* Fills the memo entry of w[0..n) for `voice`. Any match at the word's
 * start either ends inside the word or runs on past its end: on the word
 * alone it is a match or a partial one, so a failure there is a failure
 * here (a limit hit counts as "may"). NULL on ENOMEM. */
static startword *memo_fill(const eg_verbs *v, eg_verbscratch *s, eg_voice voice, const char *w,
                            size_t n) {
    startword *x = memo_get(s, w, n);
    if (x && !(x->bits[voice] & 1)) {
        pcre2_set_offset_limit(s->mctx, PCRE2_UNSET);
        int rc =
            pcre2_match(v->filt[voice], (PCRE2_SPTR)w, n, 0, PCRE2_PARTIAL_HARD, s->md, s->mctx);
        x->bits[voice] = (uint8_t)(1u | (rc == PCRE2_ERROR_NOMATCH ? 0u : 2u));
    }
    return x;
}

int eg_verbs_may_start(const eg_verbs *v, eg_verbscratch *s, eg_voice voice, const char *w,
                       size_t n) {
    if (!v->code[voice])
        return 0;
    if (!v->filt[voice] || n == 0)
        return 1;
    const startword *x = memo_fill(v, s, voice, w, n);
    if (!x)
        return EG_VERBS_NOMEM;
    return (x->bits[voice] & 2) != 0;
}

/* Whether row `ri`'s bare form of `voice` (the word filter's branch for
 * it) may start with the byte c: its partial match on c alone. 1 when the
 * bare form cannot be built, or on a limit (never a wrong no); -1 on
 * ENOMEM. Called with the byte cache's lock held. */
static int row_may_start_byte(const eg_verbs *v, eg_verbscratch *s, eg_voice voice, uint32_t ri,
                              char c) {
    pcre2_code **rowfilt = v->bytes->rowfilt[voice];
    if (!rowfilt && !(rowfilt = v->bytes->rowfilt[voice] = calloc(v->nrows, sizeof *rowfilt)))
        return -1;
    if (!rowfilt[ri]) {
        const row_entry *r = &v->rows[ri];
        eg_strbuf sb;
        eg_strbuf_init(&sb);
        int bad = eg_strbuf_puts(&sb, "(?:(?:") ||
                  eg_strbuf_puts(&sb, voice == EG_VOICE_ACTIVE ? r->active : r->passive) ||
                  eg_strbuf_puts(&sb, "\\E))");
        int ec = 0;
        PCRE2_SIZE off = 0;
        if (!bad)
            rowfilt[ri] = pcre2_compile((PCRE2_SPTR)sb.data, sb.len,
                                        EG_VERBS_COMPILE_OPTS | PCRE2_ANCHORED, &ec, &off, NULL);
        eg_strbuf_destroy(&sb);
        if (!rowfilt[ri])
            return 1;
    }
    /* The bare form's start information turns most bytes down without a
     * match: a form with a first code unit starts with it or, caseless, its
     * other ASCII case; one with a start bitmap starts with a byte in it. */
    const pcre2_code *rf = rowfilt[ri];
    uint32_t type = 0, unit = 0;
    const uint8_t *bits = NULL;
    unsigned char u = (unsigned char)c;
    if (pcre2_pattern_info(rf, PCRE2_INFO_FIRSTCODETYPE, &type) == 0 && type == 1 &&
        pcre2_pattern_info(rf, PCRE2_INFO_FIRSTCODEUNIT, &unit) == 0 && unit < 0x80 &&
        tolower((int)unit) != tolower(u))
        return 0;
    if (type == 0 && pcre2_pattern_info(rf, PCRE2_INFO_FIRSTBITMAP, (void *)&bits) == 0 && bits &&
        !(bits[u / 8] & (1u << (u % 8))))
        return 0;
    pcre2_set_offset_limit(s->mctx, PCRE2_UNSET);
    int rc = pcre2_match(rf, (PCRE2_SPTR)&c, 1, 0, PCRE2_PARTIAL_HARD, s->md, s->mctx);
    return rc != PCRE2_ERROR_NOMATCH;
}

/* The pattern to match at an offset whose byte is the ASCII c, built on
 * first use: the combined pattern of `voice` without the rows whose bare
 * form cannot start with c. A row's branch that matches at an offset makes
 * its bare form match there, so on the offset's first byte alone the form
 * matches or runs into the end (the word filter's argument on a shorter
 * prefix): the rows left out fail there, and the alternation of the others,
 * in the same order, finds what the combined pattern finds, mark and groups
 * included. NULL with state 2 when no row is left, NULL with state 3 when
 * the full pattern must do (something could not be built); -1 on ENOMEM. */
static int byte_code(const eg_verbs *v, eg_verbscratch *s, eg_voice voice, unsigned char c,
                     const pcre2_code **code) {
    bytecache *bc = v->bytes;
    uint8_t state = atomic_load_explicit(&bc->state[voice][c], memory_order_acquire);
    if (!state) {
        pthread_mutex_lock(&bc->lock);
        state = atomic_load_explicit(&bc->state[voice][c], memory_order_relaxed);
        if (state) {
            pthread_mutex_unlock(&bc->lock); /* another thread built it */
        } else {
            eg_strbuf sb;
            eg_strbuf_init(&sb);
            int bad = eg_strbuf_puts(&sb, EG_VERBS_HEAD), first = 1;
            size_t kept = 0;
            for (size_t k = 0; k < v->norder[voice] && !bad; k++) {
                uint32_t ri = v->order[voice][k];
                int may = row_may_start_byte(v, s, voice, ri, (char)c);
                if (may < 0) {
                    pthread_mutex_unlock(&bc->lock);
                    eg_strbuf_destroy(&sb);
                    return -1;
                }
                if (may) {
                    bad |= add_branch(v, &sb, &v->rows[ri], ri, voice, &first);
                    kept++;
                }
            }
            bad |= eg_strbuf_puts(&sb, EG_VERBS_TAIL);
            state = 3;
            if (!bad && kept == 0) {
                state = 2;
            } else if (!bad && kept < v->norder[voice]) {
                int ec = 0;
                PCRE2_SIZE off = 0;
                /* Anchored: only ever matched at one offset, so the JIT does
                 * not scan ahead for a first byte. */
                pcre2_code *p =
                    pcre2_compile((PCRE2_SPTR)sb.data, sb.len,
                                  EG_VERBS_COMBINED_OPTS | PCRE2_ANCHORED, &ec, &off, NULL);
                if (p) {
                    (void)pcre2_jit_compile(p, PCRE2_JIT_COMPLETE);
                    bc->pat[voice][c] = p;
                    state = 1;
                }
            }
            atomic_store_explicit(&bc->state[voice][c], state, memory_order_release);
            pthread_mutex_unlock(&bc->lock);
            eg_strbuf_destroy(&sb);
        }
    }
    *code = state == 1 ? bc->pat[voice][c] : state == 3 ? v->code[voice] : NULL;
    return 0;
}

/* Whether some row's bare form of `voice` may start with the ASCII byte c
 * (remembered in the byte cache): 1 or 0, -1 on ENOMEM. */
static int byte_has_rows(const eg_verbs *v, eg_verbscratch *s, eg_voice voice, unsigned char c) {
    bytecache *bc = v->bytes;
    uint8_t known = atomic_load_explicit(&bc->rows[voice][c], memory_order_acquire);
    if (!known) {
        pthread_mutex_lock(&bc->lock);
        known = atomic_load_explicit(&bc->rows[voice][c], memory_order_relaxed);
        for (size_t k = 0; !known && k < v->norder[voice]; k++) {
            int may = row_may_start_byte(v, s, voice, v->order[voice][k], (char)c);
            if (may < 0) {
                pthread_mutex_unlock(&bc->lock);
                return -1;
            }
            if (may)
                known = 2;
        }
        if (!known)
            known = 1;
        atomic_store_explicit(&bc->rows[voice][c], known, memory_order_release);
        pthread_mutex_unlock(&bc->lock);
    }
    return known == 2;
}

/* Whether the byte filter applies to `voice` for a word of n bytes whose
 * first byte is c. */
static int bytes_apply(const eg_verbs *v, const eg_verbscratch *s, eg_voice voice, size_t n,
                       unsigned char c) {
    return v->filt[voice] && n > 0 && c < 0x80 && s->nrows == v->nrows && v->order[voice];
}

int eg_verbs_word_voices(const eg_verbs *v, eg_verbscratch *s, const char *subject, size_t len,
                         size_t at) {
    if (at >= len)
        return 0;
    const char *w = subject + at, *sp = memchr(w, ' ', len - at);
    size_t n = sp ? (size_t)(sp - w) : len - at;
    unsigned char c = (unsigned char)*w;
    int mask = 0, look = 0; /* look: voices left to the memo */
    for (int voice = 0; voice < 2; voice++) {
        if (!v->code[voice])
            continue;
        if (bytes_apply(v, s, (eg_voice)voice, n, c)) {
            /* no row may start with the first byte: no form starts here
             * (the word filter's argument), without looking the word up */
            int some = byte_has_rows(v, s, (eg_voice)voice, c);
            if (some < 0)
                return EG_VERBS_NOMEM;
            if (!some)
                continue;
        }
        if (!v->filt[voice] || n == 0)
            mask |= 1 << voice;
        else
            look |= 1 << voice;
    }
    if (look) {
        /* one memo entry for both voices */
        startword *x = memo_get(s, w, n);
        if (!x)
            return EG_VERBS_NOMEM;
        for (int voice = 0; voice < 2; voice++)
            if (look & (1 << voice)) {
                if (!(x->bits[voice] & 1)) {
                    pcre2_set_offset_limit(s->mctx, PCRE2_UNSET);
                    int rc = pcre2_match(v->filt[voice], (PCRE2_SPTR)w, n, 0, PCRE2_PARTIAL_HARD,
                                         s->md, s->mctx);
                    x->bits[voice] = (uint8_t)(1u | (rc == PCRE2_ERROR_NOMATCH ? 0u : 2u));
                }
                if (x->bits[voice] & 2)
                    mask |= 1 << voice;
            }
    }
    return mask;
}

int eg_verbs_word_match(const eg_verbs *v, eg_verbscratch *s, eg_voice voice, const char *subject,
                        size_t len, size_t at, eg_verbmatch *out) {
    if (at >= len)
        return EG_VERBS_NONE;
    const char *w = subject + at, *sp = memchr(w, ' ', len - at);
    size_t n = sp ? (size_t)(sp - w) : len - at;
    unsigned char c = (unsigned char)*w;
    const pcre2_code *code = v->code[voice];
    if (bytes_apply(v, s, voice, n, c) && byte_code(v, s, voice, c, &code) < 0)
        return EG_VERBS_NOMEM;
    if (!code)
        return EG_VERBS_NONE;
    return run(v, s, code, subject, len, at, at, out);
}

int eg_verbs_word_at(const eg_verbs *v, eg_verbscratch *s, eg_voice voice, const char *subject,
                     size_t len, size_t at, eg_verbmatch *out) {
    int mask = eg_verbs_word_voices(v, s, subject, len, at);
    if (mask < 0)
        return mask;
    if (!(mask & (1 << voice)))
        return EG_VERBS_NONE;
    return eg_verbs_word_match(v, s, voice, subject, len, at, out);
}
