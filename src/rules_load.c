/* rules_load: the rule set itself: reading titles.txt, designators.txt,
 * given_names.txt, org_frames.txt and recognisers.tsv (PCRE2 patterns
 * compiled here), then
 * freezing it in eg_rules_finish with the word lists the matcher asks for. */
#include "rules_ctx.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tokenize.h"
#include "utf8.h"

/* Lower-case words joining the words of an organisation's name. */
static const char *const org_connectors[] = {
    "and", "de", "der", "des", "du", "for", "la", "le", "of", "on", "the", "van", "von", "y",
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
        free(r->recs[i].needs);
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
    for (size_t i = 0; i < r->nframes; i++) {
        for (size_t k = 0; k < r->frames[i].nwords; k++)
            free(r->frames[i].words[k]);
        free(r->frames[i].words);
    }
    free(r->frames);
    for (size_t i = 0; i < r->nbefore_slot; i++)
        free(r->before_slot[i]);
    free(r->before_slot);
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
/* needs=A|B|... (a recogniser's literals; none empty, none holding ',' or
 * '|') at v[0..vl) into *needs; the item starts at column col. */
static eg_status parse_needs(const char *v, size_t vl, long col, char **needs, const linefile *lf,
                             eg_error *err) {
    if (*needs)
        return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, col, "needs= given twice");
    for (size_t p = 0, q = 0; q <= vl; q++)
        if (q == vl || v[q] == '|') {
            if (q == p)
                return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line,
                                    col + (long)(sizeof "needs=" - 1 + q),
                                    "needs= wants literals separated by '|', none empty");
            p = q + 1;
        }
    if (!(*needs = dupn(v, vl)))
        return eg_rx_oom(lf->path, lf->line, err);
    return EG_OK;
}

/* Comma-separated flags s[0..n) from `names` into *out; with `needs` (the
 * recognisers' files), also needs=A|B|... into *needs (NULL if absent; on
 * error it is freed and NULL). */
static eg_status parse_flags(const char *s, size_t n, long col, const char *const *names,
                             const unsigned *bits, size_t nnames, unsigned *out, char **needs,
                             const linefile *lf, eg_error *err) {
    static const char key[] = "needs=";
    const size_t kl = sizeof key - 1;
    *out = 0;
    size_t i = 0;
    eg_status st = EG_OK;
    while (i <= n && st == EG_OK) {
        size_t j = i;
        while (j < n && s[j] != ',')
            j++;
        size_t a = i, b = j;
        while (a < b && s[a] == ' ')
            a++;
        while (b > a && s[b - 1] == ' ')
            b--;
        if (needs && b - a >= kl && memcmp(s + a, key, kl) == 0) {
            st = parse_needs(s + a + kl, b - a - kl, col + (long)a, needs, lf, err);
        } else if (b > a) {
            size_t k = 0;
            for (; k < nnames; k++)
                if (strlen(names[k]) == b - a && memcmp(names[k], s + a, b - a) == 0)
                    break;
            if (k == nnames)
                st = eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, col + (long)a,
                                  "unknown flag '%.*s'", (int)(b - a), s + a);
            else
                *out |= bits[k];
        }
        i = j + 1;
    }
    if (st != EG_OK && needs) {
        free(*needs);
        *needs = NULL;
    }
    return st;
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

static eg_status check_utf8(const char *s, size_t n, long col, const linefile *lf, eg_error *err) {
    size_t bad = eg_utf8_first_invalid(s, n);
    if (bad == n)
        return EG_OK;
    return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, col + (long)bad, "invalid UTF-8");
}

/* Splits a line into two fields and an optional third (flags), trimming the
 * first; an error "expected <shape>, then optionally a TAB and flags" when
 * it has fewer or more. *k receives the count. */
static eg_status split_two_or_three(char *s, size_t n, char **f, size_t *fl, long *col, size_t *k,
                                    const char *shape, const linefile *lf, eg_error *err) {
    *k = split_tabs(s, n, f, fl, col, 3);
    if (*k < 2 || *k > 3)
        return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, 0,
                            "expected %s, then optionally a TAB and flags", shape);
    trim(&f[0], &fl[0], &col[0]);
    return EG_OK;
}

static eg_status check_type(const char *s, size_t n, long col, const linefile *lf, eg_error *err) {
    if (valid_type(s, n))
        return EG_OK;
    return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, col,
                        "bad type '%.*s' (lower-case letters, digits, '_' or '-')", (int)n, s);
}

/* A loader's work on one line of its file that is neither blank nor a
 * comment; et is scratch space for tokenize_entry, kept across lines. */
typedef eg_status (*line_fn)(eg_rules *r, char *s, size_t n, const linefile *lf, entry_toks *et,
                             eg_error *err);

/* Runs fn on each line of the file at path that is neither blank nor a
 * comment, up to the first error. */
static eg_status each_line(eg_rules *r, const char *path, line_fn fn, eg_error *err) {
    linefile lf;
    entry_toks et = {NULL, 0, 0};
    eg_status st = linefile_open(&lf, path, err);
    char *s;
    size_t n;
    while (st == EG_OK && linefile_next(&lf, &s, &n))
        if (!blank_or_comment(s, n))
            st = fn(r, s, n, &lf, &et, err);
    free(et.v);
    free(lf.data);
    return st;
}

static eg_status title_line(eg_rules *r, char *s, size_t n, const linefile *lf, entry_toks *et,
                            eg_error *err) {
    static const char *const names[] = {"surname"};
    static const unsigned bits[] = {TITLE_SURNAME};
    char *f[2];
    size_t fl[2];
    long col[2];
    eg_status st;
    size_t k = split_tabs(s, n, f, fl, col, 2);
    if (k > 2)
        return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, 0,
                            "expected a title, then optionally a TAB and flags");
    trim(&f[0], &fl[0], &col[0]);
    unsigned flags = 0;
    if ((st = check_utf8(f[0], fl[0], col[0], lf, err)) != EG_OK)
        return st;
    if (k == 2 &&
        (st = parse_flags(f[1], fl[1], col[1], names, bits, 1, &flags, NULL, lf, err)) != EG_OK)
        return st;
    if (tokenize_entry(f[0], fl[0], 1, et) != 0)
        return eg_rx_oom(lf->path, lf->line, err);
    if (et->n == 0)
        return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, col[0], "empty title");
    if (grow_array((void **)&r->titles, &r->ctitles, r->ntitles + 1, sizeof *r->titles))
        return eg_rx_oom(lf->path, lf->line, err);
    title *t = &r->titles[r->ntitles];
    memset(t, 0, sizeof *t);
    t->flags = flags;
    t->text = dupn(f[0], fl[0]);
    t->words = calloc(et->n, sizeof *t->words);
    r->ntitles++;
    if (!t->text || !t->words)
        return eg_rx_oom(lf->path, lf->line, err);
    for (size_t i = 0; i < et->n; i++) {
        eg_strbuf fb;
        eg_strbuf_init(&fb);
        if (eg_fold(f[0] + et->v[i].start, et->v[i].len, EG_FOLD_CASE, &fb) != 0) {
            eg_strbuf_destroy(&fb);
            return eg_rx_oom(lf->path, lf->line, err);
        }
        char *w = eg_strbuf_detach(&fb);
        if (!w)
            return eg_rx_oom(lf->path, lf->line, err);
        t->words[t->nwords++] = w;
    }
    return EG_OK;
}

static eg_status designator_line(eg_rules *r, char *s, size_t n, const linefile *lf, entry_toks *et,
                                 eg_error *err) {
    static const char *const names[] = {"of", "prefix", "sector", "head"};
    static const unsigned bits[] = {DES_OF, DES_PREFIX, DES_SECTOR, DES_HEAD};
    char *f[3];
    size_t fl[3];
    long col[3];
    size_t k;
    eg_status st;
    if ((st = split_two_or_three(s, n, f, fl, col, &k, "a designator, a TAB and a type", lf,
                                 err)) != EG_OK)
        return st;
    trim(&f[1], &fl[1], &col[1]);
    if ((st = check_utf8(f[0], fl[0], col[0], lf, err)) != EG_OK ||
        (st = check_type(f[1], fl[1], col[1], lf, err)) != EG_OK)
        return st;
    unsigned flags = 0;
    if (k == 3 &&
        (st = parse_flags(f[2], fl[2], col[2], names, bits, 4, &flags, NULL, lf, err)) != EG_OK)
        return st;
    if ((flags & DES_HEAD) && (flags & (DES_PREFIX | DES_SECTOR)))
        return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, col[2],
                            "flag 'head' does not go with 'prefix' or 'sector'");
    if (tokenize_entry(f[0], fl[0], 0, et) != 0)
        return eg_rx_oom(lf->path, lf->line, err);
    if (et->n == 2 && et->v[1].len == 1 && f[0][et->v[1].start] == '.' &&
        et->v[1].start == et->v[0].start + et->v[0].len)
        et->n = 1;
    if (et->n != 1 || !(et->v[0].flags & EG_TOK_WORD))
        return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, col[0],
                            "a designator must be one word");
    if (grow_array((void **)&r->des, &r->cdes, r->ndes + 1, sizeof *r->des))
        return eg_rx_oom(lf->path, lf->line, err);
    designator *d = &r->des[r->ndes];
    d->form = dupn(f[0] + et->v[0].start, et->v[0].len);
    d->type = dupn(f[1], fl[1]);
    d->flags = flags;
    r->ndes++;
    if (!d->form || !d->type)
        return eg_rx_oom(lf->path, lf->line, err);
    return EG_OK;
}

static int push_word(char ***v, size_t *n, size_t *cap, const char *s, size_t len);

/* given_names.txt: one given name a line, as written ("Maria", "Jean-Luc"). */
static eg_status given_line(eg_rules *r, char *s, size_t n, const linefile *lf, entry_toks *et,
                            eg_error *err) {
    (void)et;
    long col = 1;
    trim(&s, &n, &col);
    eg_status st = check_utf8(s, n, col, lf, err);
    if (st != EG_OK)
        return st;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ' ' || s[i] == '\t')
            return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, col + (long)i,
                                "a given name must be one word");
    if (push_word(&r->given, &r->ngiven, &r->cgiven, s, n) != 0)
        return eg_rx_oom(lf->path, lf->line, err);
    return EG_OK;
}

/* One recogniser: a type, a TAB, a PCRE2 pattern with a (?<name>...) group,
 * optionally a TAB and flags. */
static eg_status recogniser_line(eg_rules *r, char *s, size_t n, const linefile *lf, entry_toks *et,
                                 eg_error *err) {
    static const char *const names[] = {"allcaps"};
    static const unsigned bits[] = {REC_ALLCAPS};
    (void)et;
    char *f[3];
    size_t fl[3];
    long col[3];
    size_t k;
    eg_status st;
    if ((st = split_two_or_three(s, n, f, fl, col, &k, "a type, a TAB and a pattern", lf, err)) !=
            EG_OK ||
        (st = check_type(f[0], fl[0], col[0], lf, err)) != EG_OK)
        return st;
    if (fl[1] == 0)
        return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, col[1], "empty pattern");
    unsigned flags = 0;
    char *needs = NULL;
    if (k == 3 &&
        (st = parse_flags(f[2], fl[2], col[2], names, bits, 1, &flags, &needs, lf, err)) != EG_OK)
        return st;
    int ec;
    PCRE2_SIZE eoff;
    pcre2_code *code = pcre2_compile(
        (PCRE2_SPTR)f[1], fl[1], PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF, &ec, &eoff, NULL);
    if (!code) {
        free(needs);
        PCRE2_UCHAR msg[256];
        if (pcre2_get_error_message(ec, msg, sizeof msg) < 0)
            strcpy((char *)msg, "bad pattern");
        return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, col[1] + (long)eoff, "%s",
                            (const char *)msg);
    }
    int grp = pcre2_substring_number_from_name(code, (PCRE2_SPTR) "name");
    if (grp < 0) {
        free(needs);
        pcre2_code_free(code);
        return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, col[1],
                            "the pattern has no (?<name>...) group");
    }
    uint32_t ncap = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &ncap);
    char *type = dupn(f[0], fl[0]);
    char *where = NULL;
    int wl = snprintf(NULL, 0, "%s:%ld", lf->path, lf->line);
    if (wl > 0 && (where = malloc((size_t)wl + 1)) != NULL)
        snprintf(where, (size_t)wl + 1, "%s:%ld", lf->path, lf->line);
    if (!type || !where ||
        grow_array((void **)&r->recs, &r->crecs, r->nrecs + 1, sizeof *r->recs) != 0) {
        free(type);
        free(where);
        free(needs);
        pcre2_code_free(code);
        return eg_rx_oom(lf->path, lf->line, err);
    }
    recogniser *rc = &r->recs[r->nrecs++];
    rc->type = type;
    rc->where = where;
    rc->code = code;
    rc->group = (uint32_t)grp;
    rc->flags = flags;
    rc->needs = needs;
    if (ncap > r->max_groups)
        r->max_groups = ncap;
    return EG_OK;
}

/* A frame word: 1 to 15 lower-case ASCII letters, hyphens inside allowed
 * (the rules compare each part with eg_rx_lower_word's form of a token, as
 * the tokenizer splits words at hyphens); a leading hyphen stands for any
 * word glued to it ("-based": "Lviv-based", "U.S.-based"). */
static int frame_word_ok(const char *w, size_t n) {
    if (!n || (w[0] == '-' && n < 2) || w[n - 1] == '-')
        return 0;
    size_t part = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] == '-') {
            if (i > 0 && w[i - 1] == '-')
                return 0;
            part = 0;
        } else if (!(w[i] >= 'a' && w[i] <= 'z') || ++part > 15) {
            return 0;
        }
    }
    return 1;
}

/* Pushes frame word w[0..n) as the tokens it is written with: its parts and
 * a "-" for each hyphen ("state-owned" is "state", "-", "owned"; "-based"
 * is "-", "based"). */
static int push_frame_word(frame *f, size_t *cap, const char *w, size_t n) {
    size_t b = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && w[i] != '-')
            continue;
        if ((i > b && push_word(&f->words, &f->nwords, cap, w + b, i - b) != 0) ||
            (i < n && push_word(&f->words, &f->nwords, cap, "-", 1) != 0))
            return -1;
        b = i + 1;
    }
    return 0;
}

/* org_frames.txt: one frame a line, lower-case words separated by spaces
 * and "*", the name's slot, last ("fined *", "contract with *"). */
static eg_status frame_line(eg_rules *r, char *s, size_t n, const linefile *lf, entry_toks *et,
                            eg_error *err) {
    (void)et;
    if (grow_array((void **)&r->frames, &r->cframes, r->nframes + 1, sizeof *r->frames) != 0)
        return eg_rx_oom(lf->path, lf->line, err);
    frame *f = &r->frames[r->nframes];
    memset(f, 0, sizeof *f);
    r->nframes++;
    size_t cap = 0, i = 0;
    int star = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        size_t b = i;
        while (i < n && s[i] != ' ' && s[i] != '\t')
            i++;
        if (i == b)
            break;
        if (star)
            return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, (long)b + 1,
                                "'*' (the name) must end the frame");
        if (i - b == 1 && s[b] == '*') {
            star = 1;
            continue;
        }
        if (!frame_word_ok(s + b, i - b))
            return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, (long)b + 1,
                                "a frame word must be lower-case letters a-z (at most 15 "
                                "between hyphens)");
        if (push_frame_word(f, &cap, s + b, i - b) != 0)
            return eg_rx_oom(lf->path, lf->line, err);
    }
    if (!star || !f->nwords)
        return eg_error_set(err, EG_ERR_CONFIG, lf->path, lf->line, 1,
                            "a frame needs words and then '*' for the name");
    return EG_OK;
}

eg_status eg_rules_load(eg_rules *r, const char *path, eg_error *err) {
    if (r->finished)
        return eg_error_set(err, EG_ERR_USAGE, path, 0, 0, "rules already finished");
    return each_line(r, path, recogniser_line, err);
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
    /* the files of a rules folder, in load order; a missing optional file is
     * skipped, a required one is an error */
    static const struct {
        const char *name;
        line_fn fn;
        int optional;
    } files[] = {
        {"titles.txt", title_line, 0},           {"designators.txt", designator_line, 0},
        {"given_names.txt", given_line, 1},      {"org_frames.txt", frame_line, 1},
        {"recognisers.tsv", recogniser_line, 1},
    };
    if (r->finished)
        return eg_error_set(err, EG_ERR_USAGE, dir, 0, 0, "rules already finished");
    eg_status st = EG_OK;
    for (size_t i = 0; i < sizeof files / sizeof files[0] && st == EG_OK; i++) {
        char *p = join_path(dir, files[i].name);
        if (!p)
            return eg_rx_oom(dir, 0, err);
        FILE *f = files[i].optional ? fopen(p, "rb") : NULL;
        if (f)
            fclose(f);
        if (!files[i].optional || f)
            st = each_line(r, p, files[i].fn, err);
        else if (errno != ENOENT)
            st = eg_error_set(err, EG_ERR_IO, p, 0, 0, "cannot open: %s", strerror(errno));
        free(p);
    }
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
    qsort(v, *n, sizeof *v, eg_rx_cmp_cstr);
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
    cap = 0;
    for (size_t i = 0; i < r->nframes; i++) {
        const frame *fr = &r->frames[i];
        const char *last = fr->words[fr->nwords - 1];
        if (push_word(&r->before_slot, &r->nbefore_slot, &cap, last, strlen(last)) != 0)
            goto nomem;
    }
    sort_unique(r->before_slot, &r->nbefore_slot);

    for (size_t i = 0; i < r->nrecs; i++)
        (void)pcre2_jit_compile(r->recs[i].code, PCRE2_JIT_COMPLETE);
    free(et.v);
    r->finished = 1;
    return EG_OK;
nomem:
    free(et.v);
    return eg_rx_oom(NULL, 0, err);
}

const char *const *eg_rules_titles(const eg_rules *r, size_t *n) {
    *n = r->ntitle_words;
    return (const char *const *)r->title_words;
}

const char *const *eg_rules_designators(const eg_rules *r, size_t *n) {
    *n = r->norg_words;
    return (const char *const *)r->org_words;
}
