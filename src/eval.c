/* eval: gold loading, one-to-one matching of mentions, entities and
 * relations per article, and the score table. */
#include "eval.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonload.h"

#define MAX_TYPES 16

typedef struct span {
    long s, e;
    int title; /* 1 for a span in the title */
} span;

typedef struct ent {
    char *name, *type;
    span *spans;
    size_t nspans;
} ent;

typedef struct rel {
    char *src, *dst, *verb;
    int negated;
} rel;

typedef struct art {
    char *id, *text, *title;
    ent *ents;
    size_t nents;
    rel *rels;
    size_t nrels;
    int scored;
    long line; /* in the gold file */
} art;

typedef struct counts {
    unsigned long tp, fp, fn;
} counts;

struct eg_eval {
    art *arts;
    size_t narts;
    char *types[MAX_TYPES];
    size_t ntypes;
    counts mention[MAX_TYPES], entity[MAX_TYPES], relation;
    unsigned long splits, reversed, unknown_articles, articles;
    eg_strbuf errors; /* misses and false hits, one per line */
};

eg_eval *eg_eval_new(void) {
    eg_eval *ev = calloc(1, sizeof *ev);
    if (ev)
        eg_strbuf_init(&ev->errors);
    return ev;
}

static void ents_free(ent *e, size_t n) {
    for (size_t i = 0; i < n; i++) {
        free(e[i].name);
        free(e[i].type);
        free(e[i].spans);
    }
    free(e);
}

static void rels_free(rel *r, size_t n) {
    for (size_t i = 0; i < n; i++) {
        free(r[i].src);
        free(r[i].dst);
        free(r[i].verb);
    }
    free(r);
}

void eg_eval_free(eg_eval *ev) {
    if (!ev)
        return;
    for (size_t i = 0; i < ev->narts; i++) {
        art *a = &ev->arts[i];
        free(a->id);
        free(a->text);
        free(a->title);
        ents_free(a->ents, a->nents);
        rels_free(a->rels, a->nrels);
    }
    free(ev->arts);
    for (size_t i = 0; i < ev->ntypes; i++)
        free(ev->types[i]);
    eg_strbuf_destroy(&ev->errors);
    free(ev);
}

/* Index of a type name, added if new (the last slot collects overflow). */
static size_t type_index(eg_eval *ev, const char *type) {
    for (size_t i = 0; i < ev->ntypes; i++)
        if (!strcmp(ev->types[i], type))
            return i;
    if (ev->ntypes == MAX_TYPES)
        return MAX_TYPES - 1;
    char *t = strdup(type);
    if (!t)
        return MAX_TYPES - 1;
    ev->types[ev->ntypes] = t;
    return ev->ntypes++;
}

static int utf8_cont(const char *s, size_t len, json_int_t at) {
    return (size_t)at < len && ((unsigned char)s[at] & 0xC0) == 0x80;
}

/* Appends the [start, end] pairs of `arr` (absent: none). `text` (NULL: not
 * given, no bounds known) is what the spans index into. 0, -1 for a malformed
 * list, -3 for a span past the end of `text` or inside a UTF-8 sequence
 * (*bad is the span), -2 on ENOMEM. */
static int add_spans(json_t *arr, int title, const json_t *text, span **v, size_t *n,
                     json_int_t bad[2]) {
    if (!arr)
        return 0;
    if (!json_is_array(arr))
        return -1;
    size_t k = json_array_size(arr);
    if (!k)
        return 0;
    span *p = realloc(*v, (*n + k) * sizeof *p);
    if (!p)
        return -2;
    *v = p;
    for (size_t i = 0; i < k; i++) {
        json_int_t s, e;
        if (json_unpack(json_array_get(arr, i), "[I,I!]", &s, &e) != 0 || s < 0 || e < s)
            return -1;
        if (text) {
            const char *t = json_string_value(text);
            size_t len = json_string_length(text);
            if ((size_t)e > len || utf8_cont(t, len, s) || utf8_cont(t, len, e)) {
                bad[0] = s;
                bad[1] = e;
                return -3;
            }
        }
        p[*n].s = (long)s;
        p[*n].e = (long)e;
        p[*n].title = title;
        (*n)++;
    }
    return 0;
}

/* Reads entities and relations of one article object: 0, -1 with the reason
 * in why[], -2 on ENOMEM. */
static int parse_article(eg_eval *ev, json_t *o, art *a, char *why, size_t nwhy) {
    json_t *ents = json_object_get(o, "entities"), *rels = json_object_get(o, "relations");
    const json_t *text = json_object_get(o, "text"), *title = json_object_get(o, "title");
    if (!json_is_string(text))
        text = NULL;
    if (!json_is_string(title))
        title = NULL;
    if (!json_is_array(ents)) {
        snprintf(why, nwhy, "\"entities\" %s", ents ? "is not an array" : "is missing");
        return -1;
    }
    if (rels && !json_is_array(rels)) {
        snprintf(why, nwhy, "\"relations\" is not an array");
        return -1;
    }
    a->nents = 0;
    a->ents = calloc(json_array_size(ents) + 1, sizeof *a->ents);
    if (!a->ents)
        return -2;
    for (size_t i = 0; i < json_array_size(ents); i++) {
        json_t *e = json_array_get(ents, i);
        const char *name = json_string_value(json_object_get(e, "name"));
        const char *type = json_string_value(json_object_get(e, "type"));
        if (!name || !type) {
            snprintf(why, nwhy, "entity %zu needs a string \"name\" and \"type\"", i + 1);
            return -1;
        }
        ent *x = &a->ents[a->nents++];
        x->name = strdup(name);
        x->type = strdup(type);
        if (!x->name || !x->type)
            return -2;
        json_int_t bad[2] = {0, 0};
        int r = add_spans(json_object_get(e, "spans"), 0, text, &x->spans, &x->nspans, bad);
        int in_title = 0;
        if (r == 0) {
            in_title = 1;
            r = add_spans(json_object_get(e, "title_spans"), 1, title, &x->spans, &x->nspans, bad);
        }
        if (r == -1)
            snprintf(why, nwhy,
                     "entity %zu (\"%.100s\"): spans must be [start, end] pairs with 0 <= start "
                     "<= end",
                     i + 1, name);
        if (r == -3) {
            const json_t *t = in_title ? title : text;
            snprintf(why, nwhy, "entity %zu (\"%.100s\"): %s [%lld, %lld] %s the %s (%zu bytes)",
                     i + 1, name, in_title ? "title span" : "span", (long long)bad[0],
                     (long long)bad[1],
                     (size_t)bad[1] > json_string_length(t) ? "ends past the end of"
                                                            : "splits a UTF-8 character of",
                     in_title ? "title" : "text", json_string_length(t));
            r = -1;
        }
        if (r != 0)
            return r;
        type_index(ev, type);
    }
    size_t nr = rels ? json_array_size(rels) : 0;
    a->rels = calloc(nr + 1, sizeof *a->rels);
    if (!a->rels)
        return -2;
    for (size_t i = 0; i < nr; i++) {
        json_t *r = json_array_get(rels, i);
        const char *s = json_string_value(json_object_get(r, "source"));
        const char *d = json_string_value(json_object_get(r, "target"));
        const char *v = json_string_value(json_object_get(r, "verb"));
        if (!s || !d || !v) {
            snprintf(why, nwhy, "relation %zu needs a string \"source\", \"target\" and \"verb\"",
                     i + 1);
            return -1;
        }
        rel *x = &a->rels[a->nrels++];
        x->src = strdup(s);
        x->dst = strdup(d);
        x->verb = strdup(v);
        x->negated = json_is_true(json_object_get(r, "negated"));
        if (!x->src || !x->dst || !x->verb)
            return -2;
    }
    return 0;
}

static int cmp_art(const void *x, const void *y) {
    const art *a = x, *b = y;
    int c = strcmp(a->id, b->id);
    return c ? c : (a->line > b->line) - (a->line < b->line);
}

static int blank_line(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
            return 0;
    return 1;
}

eg_status eg_eval_load_gold(eg_eval *ev, const char *path, eg_error *err) {
    FILE *fp = fopen(path, "r");
    if (!fp)
        return eg_error_set(err, EG_ERR_IO, path, 0, 0, "cannot open gold file: %s",
                            strerror(errno));
    char *buf = NULL, why[256];
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    eg_status st = EG_OK;
    while (st == EG_OK && (errno = 0, n = getline(&buf, &cap, fp)) >= 0) {
        const char *line = buf;
        lineno++;
        if (lineno == 1 && n >= 3 && memcmp(line, "\xef\xbb\xbf", 3) == 0) {
            line += 3;
            n -= 3;
        }
        if (blank_line(line, (size_t)n))
            continue;
        json_error_t jerr;
        int oom;
        json_t *o = eg_json_load(line, (size_t)n, &jerr, &oom);
        if (oom) {
            st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory reading %s", path);
            break;
        }
        const char *id = o ? json_string_value(json_object_get(o, "id")) : NULL;
        const char *text = o ? json_string_value(json_object_get(o, "text")) : NULL;
        if (!o || !id || !text) {
            st = eg_error_set(err, EG_ERR_DATA, path, lineno, o ? 1 : jerr.column, "%s",
                              o ? "gold record needs a string \"id\" and \"text\"" : jerr.text);
            json_decref(o);
            break;
        }
        art *p = realloc(ev->arts, (ev->narts + 1) * sizeof *p);
        if (!p) {
            json_decref(o);
            st = eg_error_set(err, EG_ERR_NOMEM, path, lineno, 0, "out of memory");
            break;
        }
        ev->arts = p;
        art *a = &ev->arts[ev->narts++];
        memset(a, 0, sizeof *a);
        a->line = lineno;
        a->id = strdup(id);
        a->text = strdup(text);
        const char *title = json_string_value(json_object_get(o, "title"));
        a->title = strdup(title ? title : "");
        int r = a->id && a->text && a->title ? parse_article(ev, o, a, why, sizeof why) : -2;
        if (r == -1)
            st = eg_error_set(err, EG_ERR_DATA, path, lineno, 1, "gold record \"%.100s\": %s", id,
                              why);
        else if (r == -2)
            st = eg_error_set(err, EG_ERR_NOMEM, path, lineno, 0, "out of memory");
        json_decref(o);
    }
    if (st == EG_OK && n < 0 && ferror(fp))
        st = eg_error_set(err, EG_ERR_IO, path, lineno + 1, 0, "cannot read: %s",
                          strerror(errno ? errno : EIO));
    else if (st == EG_OK && n < 0 && !feof(fp)) /* getline could not grow its buffer */
        st = eg_error_set(err, EG_ERR_NOMEM, path, lineno + 1, 0, "out of memory");
    free(buf);
    fclose(fp);
    if (st == EG_OK && ev->narts)
        qsort(ev->arts, ev->narts, sizeof *ev->arts, cmp_art);
    for (size_t i = 1; st == EG_OK && i < ev->narts; i++)
        if (!strcmp(ev->arts[i - 1].id, ev->arts[i].id))
            st = eg_error_set(err, EG_ERR_DATA, path, ev->arts[i].line, 1,
                              "duplicate gold id \"%.100s\" (first at line %ld)", ev->arts[i].id,
                              ev->arts[i - 1].line);
    return st;
}

static art *find_art(eg_eval *ev, const char *id) {
    size_t lo = 0, hi = ev->narts;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(ev->arts[mid].id, id);
        if (!c)
            return &ev->arts[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static int overlap(const span *a, const span *b) {
    return a->title == b->title && a->s < b->e && b->s < a->e;
}

static size_t shared_spans(const ent *g, const ent *p) {
    size_t k = 0;
    for (size_t i = 0; i < g->nspans; i++)
        for (size_t j = 0; j < p->nspans; j++)
            if (overlap(&g->spans[i], &p->spans[j])) {
                k++;
                break;
            }
    return k;
}

/* The error list is one line per error: a span the text wraps over a line
 * break (or that holds a tab) is shown with \n, \r and \t escaped. */
static void note(eg_eval *ev, const char *what, const art *a, const char *type, const char *name,
                 const span *sp) {
    const char *src = sp && sp->title ? a->title : a->text;
    size_t len = strlen(src);
    if (sp && sp->s >= 0 && (size_t)sp->e <= len && sp->s < sp->e) {
        eg_strbuf_printf(&ev->errors, "%s\t%s\t%s\t%s\t[%ld,%ld]%s\t", what, a->id, type, name,
                         sp->s, sp->e, sp->title ? " title" : "");
        for (long i = sp->s; i < sp->e; i++) {
            char c = src[i];
            if (c == '\n' || c == '\r' || c == '\t') {
                eg_strbuf_putc(&ev->errors, '\\');
                eg_strbuf_putc(&ev->errors, c == '\n' ? 'n' : c == '\r' ? 'r' : 't');
            } else {
                eg_strbuf_putc(&ev->errors, c);
            }
        }
        eg_strbuf_putc(&ev->errors, '\n');
    } else
        eg_strbuf_printf(&ev->errors, "%s\t%s\t%s\t%s\n", what, a->id, type, name);
}

static void score_mentions(eg_eval *ev, const art *g, const art *p) {
    for (size_t i = 0; i < g->nents; i++)
        for (size_t k = 0; k < g->ents[i].nspans; k++) {
            const span *s = &g->ents[i].spans[k];
            int found = 0;
            for (size_t j = 0; j < p->nents && !found; j++)
                if (!strcmp(p->ents[j].type, g->ents[i].type))
                    for (size_t m = 0; m < p->ents[j].nspans && !found; m++) {
                        const span *t = &p->ents[j].spans[m];
                        found = t->s == s->s && t->e == s->e && t->title == s->title;
                    }
            size_t ti = type_index(ev, g->ents[i].type);
            if (found)
                ev->mention[ti].tp++;
            else
                ev->mention[ti].fn++;
        }
    for (size_t j = 0; j < p->nents; j++)
        for (size_t m = 0; m < p->ents[j].nspans; m++) {
            const span *t = &p->ents[j].spans[m];
            int found = 0;
            for (size_t i = 0; i < g->nents && !found; i++)
                if (!strcmp(p->ents[j].type, g->ents[i].type))
                    for (size_t k = 0; k < g->ents[i].nspans && !found; k++) {
                        const span *s = &g->ents[i].spans[k];
                        found = t->s == s->s && t->e == s->e && t->title == s->title;
                    }
            if (!found) {
                ev->mention[type_index(ev, p->ents[j].type)].fp++;
                note(ev, "false-mention", g, p->ents[j].type, p->ents[j].name, t);
            }
        }
}

/* Matches entities one to one (same type, most shared spans first); fills
 * match[j] = gold index for predicted j, or -1. */
static void match_entities(eg_eval *ev, const art *g, const art *p, long *match) {
    long *gmatch = calloc(g->nents + 1, sizeof *gmatch);
    for (size_t j = 0; j < p->nents; j++)
        match[j] = -1;
    for (size_t i = 0; gmatch && i < g->nents; i++)
        gmatch[i] = -1;
    for (;;) {
        size_t best = 0;
        long bi = -1, bj = -1;
        for (size_t i = 0; gmatch && i < g->nents; i++) {
            if (gmatch[i] >= 0)
                continue;
            for (size_t j = 0; j < p->nents; j++) {
                if (match[j] >= 0 || strcmp(g->ents[i].type, p->ents[j].type))
                    continue;
                size_t k = shared_spans(&g->ents[i], &p->ents[j]);
                if (k > best) {
                    best = k;
                    bi = (long)i;
                    bj = (long)j;
                }
            }
        }
        if (bi < 0)
            break;
        gmatch[bi] = bj;
        match[bj] = bi;
    }
    for (size_t i = 0; gmatch && i < g->nents; i++) {
        size_t ti = type_index(ev, g->ents[i].type);
        if (gmatch[i] >= 0) {
            ev->entity[ti].tp++;
        } else {
            ev->entity[ti].fn++;
            note(ev, "missed-entity", g, g->ents[i].type, g->ents[i].name,
                 g->ents[i].nspans ? &g->ents[i].spans[0] : NULL);
        }
        size_t touching = 0;
        for (size_t j = 0; j < p->nents; j++)
            if (shared_spans(&g->ents[i], &p->ents[j]))
                touching++;
        if (touching > 1) {
            ev->splits++;
            note(ev, "split-entity", g, g->ents[i].type, g->ents[i].name, NULL);
        }
    }
    for (size_t j = 0; j < p->nents; j++)
        if (match[j] < 0) {
            ev->entity[type_index(ev, p->ents[j].type)].fp++;
            note(ev, "false-entity", g, p->ents[j].type, p->ents[j].name,
                 p->ents[j].nspans ? &p->ents[j].spans[0] : NULL);
        }
    free(gmatch);
}

static const char *gold_name(const art *g, const art *p, const long *match, const char *pname) {
    for (size_t j = 0; j < p->nents; j++)
        if (!strcmp(p->ents[j].name, pname))
            return match[j] >= 0 ? g->ents[match[j]].name : NULL;
    return NULL;
}

static void score_relations(eg_eval *ev, const art *g, const art *p, const long *match) {
    char *used = calloc(g->nrels + 1, 1);
    if (!used)
        return;
    for (size_t r = 0; r < p->nrels; r++) {
        const rel *x = &p->rels[r];
        const char *s = gold_name(g, p, match, x->src), *d = gold_name(g, p, match, x->dst);
        size_t k = 0;
        for (; s && d && k < g->nrels; k++)
            if (!used[k] && !strcmp(g->rels[k].src, s) && !strcmp(g->rels[k].dst, d) &&
                !strcmp(g->rels[k].verb, x->verb) && g->rels[k].negated == x->negated)
                break;
        if (s && d && k < g->nrels) {
            used[k] = 1;
            ev->relation.tp++;
            continue;
        }
        ev->relation.fp++;
        for (size_t q = 0; s && d && q < g->nrels; q++)
            if (!strcmp(g->rels[q].src, d) && !strcmp(g->rels[q].dst, s) &&
                !strcmp(g->rels[q].verb, x->verb)) {
                ev->reversed++;
                break;
            }
        eg_strbuf_printf(&ev->errors, "false-relation\t%s\t%s -> %s : %s%s\n", g->id, x->src,
                         x->dst, x->verb, x->negated ? " (negated)" : "");
    }
    for (size_t k = 0; k < g->nrels; k++)
        if (!used[k]) {
            ev->relation.fn++;
            eg_strbuf_printf(&ev->errors, "missed-relation\t%s\t%s -> %s : %s%s\n", g->id,
                             g->rels[k].src, g->rels[k].dst, g->rels[k].verb,
                             g->rels[k].negated ? " (negated)" : "");
        }
    free(used);
}

eg_status eg_eval_add(eg_eval *ev, const char *line, size_t len, eg_error *err) {
    json_error_t jerr;
    int oom;
    json_t *o = eg_json_load(line, len, &jerr, &oom);
    if (oom)
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory in the scorer");
    const char *id = o ? json_string_value(json_object_get(o, "id")) : NULL;
    if (!id) {
        json_decref(o);
        return eg_error_set(err, EG_ERR_DATA, "<predictions>", 0, 0, "bad prediction line");
    }
    art *g = find_art(ev, id);
    if (!g) {
        ev->unknown_articles++;
        json_decref(o);
        return EG_OK;
    }
    art p;
    memset(&p, 0, sizeof p);
    eg_status st = EG_OK;
    char why[256];
    int r = parse_article(ev, o, &p, why, sizeof why);
    if (r == -2) {
        st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    } else if (r != 0) {
        st = eg_error_set(err, EG_ERR_DATA, "<predictions>", 0, 0, "bad prediction for %s: %s", id,
                          why);
    } else {
        long *match = calloc(p.nents + 1, sizeof *match);
        if (!match) {
            st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
        } else {
            ev->articles++;
            g->scored = 1;
            score_mentions(ev, g, &p);
            match_entities(ev, g, &p, match);
            score_relations(ev, g, &p, match);
            free(match);
        }
    }
    ents_free(p.ents, p.nents);
    rels_free(p.rels, p.nrels);
    json_decref(o);
    return st;
}

static double ratio(unsigned long a, unsigned long b) {
    return b ? (double)a / (double)b : 1.0;
}

static void prf(const counts *c, double *p, double *r, double *f) {
    *p = ratio(c->tp, c->tp + c->fp);
    *r = ratio(c->tp, c->tp + c->fn);
    *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

static counts total(const counts *c, size_t n) {
    counts t = {0, 0, 0};
    for (size_t i = 0; i < n; i++) {
        t.tp += c[i].tp;
        t.fp += c[i].fp;
        t.fn += c[i].fn;
    }
    return t;
}

static int cmp_str(const void *x, const void *y) {
    return strcmp(*(char *const *)x, *(char *const *)y);
}

int eg_eval_report(const eg_eval *ev, int list_errors, eg_strbuf *sb) {
    const char *order[MAX_TYPES];
    size_t idx[MAX_TYPES];
    for (size_t i = 0; i < ev->ntypes; i++)
        order[i] = ev->types[i];
    if (ev->ntypes)
        qsort(order, ev->ntypes, sizeof *order, cmp_str);
    for (size_t i = 0; i < ev->ntypes; i++)
        for (size_t k = 0; k < ev->ntypes; k++)
            if (ev->types[k] == order[i])
                idx[i] = k;
    int rc = eg_strbuf_printf(sb, "articles scored: %lu (predictions without gold: %lu)\n\n",
                              ev->articles, ev->unknown_articles);
    rc |= eg_strbuf_printf(sb, "%-14s %8s %8s %8s %6s   %8s %8s %8s %6s\n", "type", "mention-P",
                           "mention-R", "mention-F", "gold", "entity-P", "entity-R", "entity-F",
                           "gold");
    for (size_t i = 0; i <= ev->ntypes; i++) {
        counts m, e;
        const char *name;
        if (i < ev->ntypes) {
            m = ev->mention[idx[i]];
            e = ev->entity[idx[i]];
            name = order[i];
        } else {
            m = total(ev->mention, ev->ntypes);
            e = total(ev->entity, ev->ntypes);
            name = "all";
        }
        double mp, mr, mf, ep, er, ef;
        prf(&m, &mp, &mr, &mf);
        prf(&e, &ep, &er, &ef);
        rc |= eg_strbuf_printf(sb, "%-14s %8.3f %8.3f %8.3f %6lu   %8.3f %8.3f %8.3f %6lu\n", name,
                               mp, mr, mf, m.tp + m.fn, ep, er, ef, e.tp + e.fn);
    }
    double rp, rr, rf;
    prf(&ev->relation, &rp, &rr, &rf);
    rc |=
        eg_strbuf_printf(sb, "\n%-14s %8s %8s %8s %6s\n%-14s %8.3f %8.3f %8.3f %6lu\n", "relations",
                         "P", "R", "F", "gold", "", rp, rr, rf, ev->relation.tp + ev->relation.fn);
    rc |= eg_strbuf_printf(sb, "\nsplit entities: %lu\nreversed relations: %lu\n", ev->splits,
                           ev->reversed);
    if (list_errors && ev->errors.len)
        rc |= eg_strbuf_printf(sb, "\n%s", ev->errors.data);
    return rc ? -1 : 0;
}

double eg_eval_metric(const eg_eval *ev, const char *name) {
    if (!strcmp(name, "splits"))
        return (double)ev->splits;
    if (!strcmp(name, "reversed"))
        return (double)ev->reversed;
    char level[16], type[64], stat[16];
    const counts *c = NULL;
    counts tmp;
    if (sscanf(name, "relation.%15s", stat) == 1) {
        c = &ev->relation;
    } else if (sscanf(name, "%15[a-z].%63[^.].%15s", level, type, stat) == 3) {
        const counts *arr = !strcmp(level, "mention")  ? ev->mention
                            : !strcmp(level, "entity") ? ev->entity
                                                       : NULL;
        if (!arr)
            return -1;
        if (!strcmp(type, "all")) {
            tmp = total(arr, ev->ntypes);
            c = &tmp;
        } else {
            for (size_t i = 0; i < ev->ntypes; i++)
                if (!strcmp(ev->types[i], type))
                    c = &arr[i];
            if (!c)
                return -1;
        }
    } else {
        return -1;
    }
    double p, r, f;
    prf(c, &p, &r, &f);
    if (!strcmp(stat, "precision"))
        return p;
    if (!strcmp(stat, "recall"))
        return r;
    if (!strcmp(stat, "f1"))
        return f;
    return -1;
}

/* Splits one "NAME>=VALUE" term in place: 1 for >=, 0 for <=, -1 if malformed. */
static int split_term(char *tok, double *want) {
    char *ge = strstr(tok, ">="), *le = strstr(tok, "<=");
    char *op = ge ? ge : le;
    if (!op || op == tok)
        return -1;
    *op = '\0';
    char *end;
    *want = strtod(op + 2, &end);
    if (end == op + 2 || *end)
        return -1;
    return ge ? 1 : 0;
}

/* Whether `name` has the shape of a score name (its type may still be unknown). */
static int score_name_ok(const char *name) {
    static const char *const stats[] = {"precision", "recall", "f1"};
    if (!strcmp(name, "splits") || !strcmp(name, "reversed"))
        return 1;
    const char *stat = strrchr(name, '.');
    if (!stat)
        return 0;
    int known = 0;
    for (size_t i = 0; i < 3; i++)
        known |= !strcmp(stat + 1, stats[i]);
    if (!known)
        return 0;
    size_t head = (size_t)(stat - name);
    if (head == 8 && !strncmp(name, "relation", 8))
        return 1;
    const char *dot = memchr(name, '.', head);
    return dot && dot + 1 < stat && !memchr(dot + 1, '.', (size_t)(stat - dot - 1)) &&
           ((dot - name == 7 && !strncmp(name, "mention", 7)) ||
            (dot - name == 6 && !strncmp(name, "entity", 6)));
}

int eg_eval_check_spec(const char *spec, eg_strbuf *sb) {
    char *copy = strdup(spec);
    if (!copy)
        return -1;
    int rc = 0;
    double want;
    char *save = NULL, *tok = strtok_r(copy, ",", &save);
    if (!tok) {
        eg_strbuf_printf(sb, "empty specification\n");
        rc = -1;
    }
    for (; tok && rc == 0; tok = strtok_r(NULL, ",", &save)) {
        char shown[128];
        snprintf(shown, sizeof shown, "%s", tok);
        if (split_term(tok, &want) < 0) {
            eg_strbuf_printf(sb, "bad term '%s': expected NAME>=NUMBER or NAME<=NUMBER\n", shown);
            rc = -1;
        } else if (!score_name_ok(tok)) {
            eg_strbuf_printf(sb,
                             "unknown score '%s' (known: splits, reversed, "
                             "relation.STAT, mention.TYPE.STAT, entity.TYPE.STAT with STAT "
                             "precision, recall or f1, TYPE a type or all)\n",
                             tok);
            rc = -1;
        }
    }
    free(copy);
    return rc;
}

int eg_eval_check(const eg_eval *ev, const char *spec, eg_strbuf *sb) {
    if (eg_eval_check_spec(spec, sb) != 0)
        return -1;
    char *copy = strdup(spec);
    if (!copy)
        return -1;
    int failed = 0;
    for (int pass = 0; pass < 2; pass++) { /* every name known first, then thresholds */
        strcpy(copy, spec);
        for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok;
             tok = strtok_r(NULL, ",", &save)) {
            double want = 0.0;
            int ge = split_term(tok, &want);
            double have = eg_eval_metric(ev, tok);
            if (have < 0) {
                eg_strbuf_printf(sb, "unknown score '%s': no gold entity has that type\n", tok);
                free(copy);
                return -1;
            }
            if (pass == 1 && (ge ? have < want : have > want)) {
                failed++;
                eg_strbuf_printf(sb, "threshold failed: %s = %.3f, wanted %s %.3f\n", tok, have,
                                 ge ? ">=" : "<=", want);
            }
        }
    }
    free(copy);
    return failed;
}
