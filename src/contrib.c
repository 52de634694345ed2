/* contrib: windows, pair counts, relations and evidence of one article. */
#include "contrib.h"

#include <stdlib.h>
#include <string.h>

#include "utf8.h"

void eg_contrib_opts_default(eg_contrib_opts *o) {
    o->window = EG_WINDOW_SENTENCE;
    o->max_window_entities = 50;
    eg_record_limits_default(&o->limits);
}

void eg_contrib_destroy(eg_contrib *c) {
    for (size_t i = 0; i < c->nents; i++)
        eg_entrec_destroy(&c->ents[i]);
    for (size_t i = 0; i < c->nrels; i++)
        eg_relrec_destroy(&c->rels[i]);
    for (size_t i = 0; i < c->nstrings; i++)
        free(c->strings[i]);
    free(c->ents);
    free(c->pairs);
    free(c->rels);
    free(c->strings);
    free(c->idv);
    free(c->evs);
    memset(c, 0, sizeof *c);
}

#define MAP_NONE UINT32_MAX

/* The cleaning loop of eg_clean_text. Writes the result to a new buffer and
 * its length to *outlen. If map is given (n + 1 entries), map[i] is set for
 * every code point boundary i (and n) to the offset in the result that
 * eg_clean_text gives an offset i, and to MAP_NONE inside a sequence. */
int eg_is_bidi_control(uint32_t cp) {
    return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

static char *clean_core(const char *s, size_t n, int fold_space, uint32_t *map, size_t *outlen) {
    /* An invalid byte becomes three; nothing else grows. */
    char *out = malloc(3 * n + 1);
    if (!out)
        return NULL;
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, o = 0;
    int pending = 0;
    while (i < n) {
        unsigned c = u[i];
        if (!pending && c - 0x21u < 0x5Eu) {
            /* a run of printable ASCII but the space, copied as it is */
            size_t j = i;
            while (j < n && u[j] - 0x21u < 0x5Eu)
                j++;
            if (map)
                for (size_t k = i; k < j; k++)
                    map[k] = (uint32_t)(o + (k - i));
            memcpy(out + o, s + i, j - i);
            o += j - i;
            i = j;
            continue;
        }
        if (map)
            map[i] = (uint32_t)(o + (pending && o ? 1 : 0));
        if (c < 0x80) {
            if (fold_space && (c == ' ' || (c >= 9 && c <= 13))) {
                pending = 1;
                i++;
                continue;
            }
            if (pending && o)
                out[o++] = ' ';
            pending = 0;
            out[o++] = c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : (char)c;
            i++;
            continue;
        }
        uint32_t cp;
        size_t len = eg_utf8_decode(u + i, n - i, &cp);
        if (map)
            for (size_t k = 1; k < len; k++)
                map[i + k] = MAP_NONE;
        if (fold_space && eg_utf8_is_space(cp)) {
            pending = 1;
            i += len;
            continue;
        }
        if (pending && o)
            out[o++] = ' ';
        pending = 0;
        if ((cp == 0xFFFD && !(len == 3 && c == 0xEF)) || eg_is_bidi_control(cp)) {
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
        } else {
            memcpy(out + o, s + i, len);
            o += len;
        }
        i += len;
    }
    if (map)
        map[n] = (uint32_t)(o + (pending && o ? 1 : 0));
    out[o] = '\0';
    if (o + 64 < 3 * n) {
        char *shrunk = realloc(out, o + 1);
        if (shrunk)
            out = shrunk;
    }
    *outlen = o;
    return out;
}

/* Rewrites an offset into the raw text through a clean_core map (NULL:
 * the identity). */
static uint32_t map_offset(const uint32_t *map, size_t n, size_t outlen, uint32_t off) {
    uint32_t v = map && off <= n && map[off] != MAP_NONE ? map[off] : off;
    return v > outlen ? (uint32_t)outlen : v;
}

/* Whether clean_core would return s[0..n) unchanged: no control but tab,
 * LF and CR, valid UTF-8, and when folding, single ASCII spaces between
 * printable ASCII only. */
static int already_clean(const char *s, size_t n, int fold_space) {
    const unsigned char *u = (const unsigned char *)s;
    int ascii = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned c = u[i];
        if (c >= 0x80)
            ascii = 0;
        else if (fold_space ? c <= 0x20 && (c != ' ' || i == 0 || i + 1 == n || u[i + 1] == ' ')
                            : c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return 0;
    }
    if (ascii)
        return 1;
    for (size_t i = 0; i + 1 < n; i++) { /* a bidi control (see eg_is_bidi_control) */
        if (u[i] == 0xD8 && u[i + 1] == 0x9C)
            return 0;
        if (u[i] == 0xE2 && i + 2 < n &&
            ((u[i + 1] == 0x80 &&
              (u[i + 2] == 0x8E || u[i + 2] == 0x8F || (u[i + 2] >= 0xAA && u[i + 2] <= 0xAE))) ||
             (u[i + 1] == 0x81 && u[i + 2] >= 0xA6 && u[i + 2] <= 0xA9)))
            return 0;
    }
    return !fold_space && eg_utf8_first_invalid(s, n) == n;
}

int eg_text_is_clean(const char *s, size_t n) {
    return already_clean(s, n, 0);
}

char *eg_clean_text(const char *s, size_t n, int fold_space, uint32_t *offs, size_t noffs) {
    size_t outlen;
    if (!noffs && already_clean(s, n, fold_space)) {
        char *r = malloc(n + 1);
        if (r) {
            memcpy(r, s, n);
            r[n] = '\0';
        }
        return r;
    }
    if (!noffs)
        return clean_core(s, n, fold_space, NULL, &outlen);
    uint32_t *map = malloc((n + 1) * sizeof *map);
    if (!map)
        return NULL;
    char *r = clean_core(s, n, fold_space, map, &outlen);
    if (r)
        for (size_t k = 0; k < noffs; k++)
            offs[k] = map_offset(map, n, outlen, offs[k]);
    free(map);
    return r;
}

const char *eg_contrib_entity_name(const eg_doc *doc, const eg_gazetteer *g, size_t i) {
    const eg_docent *e = &doc->ents.v[i];
    return e->gaz >= 0 ? eg_gazetteer_name(g, (size_t)e->gaz) : doc->names.data + e->name_off;
}

const char *eg_contrib_entity_type(const eg_doc *doc, const eg_gazetteer *g, size_t i) {
    const eg_docent *e = &doc->ents.v[i];
    return e->gaz >= 0 ? eg_gazetteer_type(g, (size_t)e->gaz) : doc->names.data + e->type_off;
}

char *eg_contrib_entity_key(const eg_doc *doc, const eg_gazetteer *g, size_t i) {
    const eg_docent *e = &doc->ents.v[i];
    if (e->gaz >= 0) {
        char *k = eg_clean_text(eg_gazetteer_key(g, (size_t)e->gaz),
                                strlen(eg_gazetteer_key(g, (size_t)e->gaz)), 0, NULL, 0);
        if (k)
            eg_record_clean_key(k);
        return k;
    }
    const char *name = doc->names.data + e->name_off, *type = doc->names.data + e->type_off;
    size_t tl = strlen(type), nl = strlen(name);
    char *raw = malloc(tl + nl + 2);
    if (!raw)
        return NULL;
    memcpy(raw, type, tl);
    raw[tl] = ':';
    memcpy(raw + tl + 1, name, nl + 1);
    char *k = eg_clean_text(raw, tl + 1 + nl, 1, NULL, 0);
    free(raw);
    if (k)
        eg_record_clean_key(k);
    return k;
}

/* ---- per-article state -------------------------------------------------- */

typedef struct pairev {
    uint32_t x, y;     /* doc entity indices, x's key < y's key */
    uint32_t kind;     /* 0 = window, 1 = evidence */
    uint32_t sentence; /* evidence: sentence index */
    uint32_t mx, my;   /* evidence: mention indices of x and y */
} pairev;

/* A sentence cleaned for evidence, once per article. */
typedef struct sentclean {
    char *text;    /* NULL until first needed */
    size_t len;    /* of text */
    size_t rawlen; /* bytes of the sentence in doc->text */
    uint32_t *map; /* clean_core map over the raw sentence; NULL: the identity */
} sentclean;

typedef struct work {
    const eg_doc *doc;
    char *id;         /* the article id, cleaned */
    char *date;       /* the date, cleaned, or NULL */
    sentclean *sc;    /* per sentence */
    char **keys;      /* per doc entity */
    uint32_t *rank;   /* per doc entity: position of its key in sorted order */
    uint32_t *seen;   /* per doc entity: window stamp */
    uint32_t stamp;   /* last window stamp; counts on across walks so seen[] never needs clearing */
    uint32_t *firstm; /* per doc entity: first mention in the current window */
    uint32_t *list;   /* entities of the current window */
    EG_VEC(pairev) evs;
} work;

typedef struct keyidx {
    const char *key;
    uint32_t idx;
} keyidx;

static int cmp_keyidx(const void *x, const void *y) {
    return strcmp(((const keyidx *)x)->key, ((const keyidx *)y)->key);
}

static int cmp_pairev(const void *p, const void *q) {
    const pairev *a = p, *b = q;
    if (a->x != b->x)
        return a->x < b->x ? -1 : 1;
    if (a->y != b->y)
        return a->y < b->y ? -1 : 1;
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    if (a->sentence != b->sentence)
        return a->sentence < b->sentence ? -1 : 1;
    return 0;
}

/* Emits window or evidence events for the entity list of one window. */
static int emit_pairs(work *w, size_t n, uint32_t kind, uint32_t sentence) {
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            uint32_t a = w->list[i], b = w->list[j];
            if (w->rank[a] > w->rank[b]) {
                uint32_t t = a;
                a = b;
                b = t;
            }
            pairev *e = EG_VEC_PUSH(w->evs);
            if (!e)
                return -1;
            e->x = a;
            e->y = b;
            e->kind = kind;
            e->sentence = sentence;
            e->mx = w->firstm[a];
            e->my = w->firstm[b];
        }
    return 0;
}

static uint32_t group_of(const eg_mention *m, int level) {
    return level == 0 ? m->sentence : level == 1 ? m->paragraph : 0;
}

/* Walks mentions grouped by `level` (0 sentence, 1 paragraph, 2 article) and
 * emits events of `kind`; at most `cap` distinct entities per window. */
static int walk_windows(work *w, int level, uint32_t kind, size_t cap, uint64_t *capped) {
    const eg_doc *d = w->doc;
    size_t i = 0;
    while (i < d->ments.n) {
        uint32_t group = group_of(&d->ments.v[i], level);
        uint32_t stamp = ++w->stamp;
        size_t n = 0, distinct = 0, j = i;
        for (; j < d->ments.n && group_of(&d->ments.v[j], level) == group; j++) {
            const eg_mention *m = &d->ments.v[j];
            if (w->seen[m->ent] == stamp)
                continue;
            w->seen[m->ent] = stamp;
            distinct++;
            if (n < cap) {
                w->list[n++] = m->ent;
                w->firstm[m->ent] = (uint32_t)j;
            }
        }
        if (distinct > cap && capped)
            (*capped)++;
        if (n >= 2 && emit_pairs(w, n, kind, d->ments.v[i].sentence) != 0)
            return -1;
        i = j;
    }
    return 0;
}

/* The evidence for mentions ma and mb: their sentence as eg_clean_text folds
 * it, and their offsets into it. Each sentence is cleaned once per article;
 * the strings are borrowed (the sentence and the article id of `w`). */
static int evidence_ref(work *w, uint32_t ma, uint32_t mb, eg_evidence *ev) {
    const eg_doc *d = w->doc;
    const eg_mention *a = &d->ments.v[ma], *b = &d->ments.v[mb];
    const eg_sentence *sent = &d->sents.v[a->sentence];
    const eg_token *t0 = &d->toks.v[sent->tok_begin], *t1 = &d->toks.v[sent->tok_end - 1];
    uint32_t start = t0->start, end = t1->start + t1->len;
    sentclean *sc = &w->sc[a->sentence];
    memset(ev, 0, sizeof *ev);
    if (!sc->text) {
        const char *raw = d->text + start;
        sc->rawlen = end - start;
        free(sc->map);
        sc->map = NULL;
        if (already_clean(raw, sc->rawlen, 1)) {
            /* the usual sentence, which clean_core would copy as it is
             * with an identity map */
            if (!(sc->text = malloc(sc->rawlen + 1)))
                return -1;
            memcpy(sc->text, raw, sc->rawlen);
            sc->text[sc->rawlen] = '\0';
            sc->len = sc->rawlen;
        } else {
            sc->map = malloc((sc->rawlen + 1) * sizeof *sc->map);
            if (!sc->map)
                return -1;
            sc->text = clean_core(raw, sc->rawlen, 1, sc->map, &sc->len);
            if (!sc->text)
                return -1;
        }
    }
    uint32_t offs[4] = {a->start - start, a->end - start, b->start - start, b->end - start};
    for (int k = 0; k < 4; k++)
        offs[k] = map_offset(sc->map, sc->rawlen, sc->len, offs[k]);
    ev->article = w->id;
    ev->sentence = sc->text;
    ev->pos = start;
    ev->a_start = offs[0];
    ev->a_len = (uint16_t)(offs[1] - offs[0] > EG_EVIDENCE_SPAN_MAX ? EG_EVIDENCE_SPAN_MAX
                                                                    : offs[1] - offs[0]);
    ev->b_start = offs[2];
    ev->b_len = (uint16_t)(offs[3] - offs[2] > EG_EVIDENCE_SPAN_MAX ? EG_EVIDENCE_SPAN_MAX
                                                                    : offs[3] - offs[2]);
    return 0;
}

/* The same with strings of its own. */
static int make_evidence(work *w, uint32_t ma, uint32_t mb, eg_evidence *ev) {
    if (evidence_ref(w, ma, mb, ev) != 0)
        return -1;
    ev->article = strdup(ev->article);
    ev->sentence = strdup(ev->sentence);
    if (!ev->sentence || !ev->article) {
        free(ev->sentence);
        free(ev->article);
        memset(ev, 0, sizeof *ev);
        return -1;
    }
    return 0;
}

/* eg_evidence_add over borrowed strings: v (room for cap) keeps the cap
 * smallest evidence items, each once. */
static void evidence_keep(eg_evidence *v, size_t *n, const eg_evidence *e, size_t cap) {
    size_t lo = 0, hi = *n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = eg_evidence_cmp(&v[mid], e);
        if (c == 0)
            return;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= cap)
        return;
    if (*n == cap)
        (*n)--;
    memmove(v + lo + 1, v + lo, (*n - lo) * sizeof *v);
    v[lo] = *e;
    (*n)++;
}

static char *clean_dup(const char *s) {
    return s ? eg_clean_text(s, strlen(s), 0, NULL, 0) : NULL;
}

static int set_article(eg_idlist *ids, const work *w) {
    ids->v = malloc(sizeof *ids->v);
    if (!ids->v)
        return -1;
    ids->v[0] = strdup(w->id);
    if (!ids->v[0])
        return -1;
    ids->n = 1;
    ids->total = 1;
    return 0;
}

/* Makes the contribution own the strings its pair records borrow: the keys,
 * the id, the date and the cleaned sentences of w (which no longer frees
 * them). */
static void take_strings(work *w, eg_contrib *out) {
    const eg_doc *d = w->doc;
    for (size_t i = 0; w->keys && i < d->ents.n; i++)
        if (w->keys[i]) {
            out->strings[out->nstrings++] = w->keys[i];
            w->keys[i] = NULL;
        }
    for (size_t i = 0; w->sc && i < d->sents.n; i++)
        if (w->sc[i].text) {
            out->strings[out->nstrings++] = w->sc[i].text;
            w->sc[i].text = NULL;
        }
    if (w->id)
        out->strings[out->nstrings++] = w->id;
    if (w->date)
        out->strings[out->nstrings++] = w->date;
    w->id = w->date = NULL;
}

static int build_entities(work *w, const eg_gazetteer *g, eg_contrib *out) {
    const eg_doc *d = w->doc;
    size_t ne = d->ents.n;
    uint32_t *count = calloc(ne ? ne : 1, sizeof *count);
    if (!count)
        return -1;
    for (size_t i = 0; i < d->ments.n; i++)
        count[d->ments.v[i].ent]++;
    out->ents = calloc(ne ? ne : 1, sizeof *out->ents);
    if (!out->ents)
        goto fail;
    for (size_t i = 0; i < ne; i++) {
        if (!count[i])
            continue;
        eg_entrec *r = &out->ents[out->nents++];
        const eg_docent *e = &d->ents.v[i];
        r->key = strdup(w->keys[i]);
        r->name = clean_dup(eg_contrib_entity_name(d, g, i));
        r->type = clean_dup(eg_contrib_entity_type(d, g, i));
        r->discovered = e->gaz < 0;
        r->mentions = count[i];
        r->articles = 1;
        out->mentions += count[i];
        if (!r->key || !r->name || !r->type)
            goto fail;
        size_t na = e->gaz >= 0 ? eg_gazetteer_nattrs(g, (size_t)e->gaz) : 0;
        if (!na)
            continue;
        r->attrs = calloc(na, sizeof *r->attrs);
        if (!r->attrs)
            goto fail;
        for (size_t a = 0; a < na; a++) {
            r->attrs[a].name = clean_dup(eg_gazetteer_attr_name(g, (size_t)e->gaz, a));
            r->attrs[a].value = clean_dup(eg_gazetteer_attr_value(g, (size_t)e->gaz, a));
            r->nattrs++;
            if (!r->attrs[a].name || !r->attrs[a].value)
                goto fail;
        }
    }
    free(count);
    return 0;
fail:
    free(count);
    return -1;
}

/* Pair records borrow their strings from the contribution and their
 * evidence from one array: nothing is copied per pair. */
static int build_pairs(work *w, const eg_contrib_opts *o, eg_contrib *out) {
    int level = o->window == EG_WINDOW_SENTENCE ? 0 : o->window == EG_WINDOW_PARAGRAPH ? 1 : 2;
    if (walk_windows(w, level, 0, o->max_window_entities, &out->capped_windows) != 0)
        return -1;
    if (o->limits.evidence && walk_windows(w, 0, 1, o->max_window_entities, NULL) != 0)
        return -1;
    if (w->evs.n)
        qsort(w->evs.v, w->evs.n, sizeof *w->evs.v, cmp_pairev);
    size_t distinct = 0, nev = 0;
    for (size_t i = 0; i < w->evs.n; i++) {
        if (i == 0 || w->evs.v[i].x != w->evs.v[i - 1].x || w->evs.v[i].y != w->evs.v[i - 1].y)
            distinct++;
        nev += w->evs.v[i].kind == 1;
    }
    out->pairs = calloc(distinct ? distinct : 1, sizeof *out->pairs);
    out->evs = malloc((nev ? nev : 1) * sizeof *out->evs);
    out->idv = malloc(sizeof *out->idv);
    if (!out->pairs || !out->evs || !out->idv)
        return -1;
    out->idv[0] = w->id;
    size_t used = 0, i = 0;
    while (i < w->evs.n) {
        uint32_t x = w->evs.v[i].x, y = w->evs.v[i].y;
        size_t j = i, kinds1 = 0;
        uint64_t windows = 0;
        for (; j < w->evs.n && w->evs.v[j].x == x && w->evs.v[j].y == y; j++) {
            if (w->evs.v[j].kind == 0)
                windows++;
            else
                kinds1++;
        }
        if (windows) {
            eg_pairrec *p = &out->pairs[out->npairs++];
            p->a = w->keys[x];
            p->b = w->keys[y];
            p->weight = windows;
            p->first_date = p->last_date = w->date;
            p->ids.v = out->idv;
            p->ids.n = p->ids.total = 1;
            p->ev = out->evs + used;
            size_t cap = o->limits.evidence < kinds1 ? o->limits.evidence : kinds1;
            /* Evidence events come in sentence order, which is the order
             * eg_evidence_add keeps within one article: the first ones win. */
            for (size_t k = i; k < j && p->nev < cap; k++) {
                if (w->evs.v[k].kind != 1)
                    continue;
                eg_evidence ev;
                if (evidence_ref(w, w->evs.v[k].mx, w->evs.v[k].my, &ev) != 0)
                    return -1;
                evidence_keep(p->ev, &p->nev, &ev, cap);
            }
            used += p->nev;
        }
        i = j;
    }
    return 0;
}

static int build_relations(work *w, const eg_verbs *v, const eg_contrib_opts *o, eg_contrib *out) {
    const eg_doc *d = w->doc;
    out->rels = calloc(d->rels.n ? d->rels.n : 1, sizeof *out->rels);
    if (!out->rels)
        return -1;
    for (size_t i = 0; i < d->rels.n; i++) {
        const eg_relation *rel = &d->rels.v[i];
        uint32_t es = d->ments.v[rel->src].ent, ed = d->ments.v[rel->dst].ent;
        if (es == ed)
            continue;
        eg_relrec r;
        memset(&r, 0, sizeof r);
        r.src = strdup(w->keys[es]);
        r.dst = strdup(w->keys[ed]);
        r.verb = clean_dup(eg_verbs_base(v, rel->pattern));
        r.cls = clean_dup(eg_verbs_class(v, rel->pattern));
        r.negated = (rel->flags & EG_REL_NEGATED) != 0;
        r.hedged = (rel->flags & EG_REL_HEDGED) != 0;
        r.count = 1;
        char *form =
            eg_clean_text(d->text + rel->verb_start, rel->verb_end - rel->verb_start, 1, NULL, 0);
        int bad = !r.src || !r.dst || !r.verb || !r.cls || !form ||
                  eg_strset_add(&r.forms, form, o->limits.forms) != 0 ||
                  set_article(&r.ids, w) != 0;
        free(form);
        if (!bad && rel->reported_by >= 0)
            bad = eg_strset_add(&r.reporters, w->keys[d->ments.v[rel->reported_by].ent],
                                o->limits.forms) != 0;
        eg_evidence ev;
        if (!bad && o->limits.evidence)
            bad = make_evidence(w, rel->src, rel->dst, &ev) != 0 ||
                  eg_evidence_add(&r.ev, &r.nev, &ev, o->limits.evidence) != 0;
        if (bad) {
            eg_relrec_destroy(&r);
            return -1;
        }
        /* Merge repeats inside the article; it still counts as one article. */
        size_t k = 0;
        for (; k < out->nrels; k++) {
            eg_relrec *x = &out->rels[k];
            if (x->negated == r.negated && x->hedged == r.hedged && !strcmp(x->src, r.src) &&
                !strcmp(x->dst, r.dst) && !strcmp(x->verb, r.verb))
                break;
        }
        if (k < out->nrels) {
            if (eg_relrec_merge(&out->rels[k], &r, &o->limits) != 0)
                return -1;
            out->rels[k].ids.total = 1;
        } else {
            out->rels[out->nrels++] = r;
        }
    }
    return 0;
}

eg_status eg_contrib_build(const eg_doc *doc, const eg_gazetteer *g, const eg_verbs *v,
                           const eg_contrib_opts *o, eg_contrib *out, eg_error *err) {
    memset(out, 0, sizeof *out);
    work w;
    memset(&w, 0, sizeof w);
    w.doc = doc;
    size_t ne = doc->ents.n ? doc->ents.n : 1;
    size_t cap = o->max_window_entities ? o->max_window_entities : 1;
    w.keys = calloc(ne, sizeof *w.keys);
    w.rank = calloc(ne, sizeof *w.rank);
    w.seen = calloc(ne, sizeof *w.seen);
    w.firstm = calloc(ne, sizeof *w.firstm);
    w.list = calloc(cap < ne ? cap : ne, sizeof *w.list);
    keyidx *ki = calloc(ne, sizeof *ki);
    w.sc = calloc(doc->sents.n ? doc->sents.n : 1, sizeof *w.sc);
    w.id = clean_dup(doc->id ? doc->id : "");
    w.date = doc->date ? clean_dup(doc->date) : NULL;
    out->strings = malloc((doc->ents.n + doc->sents.n + 2) * sizeof *out->strings);
    int ok = w.keys && w.rank && w.seen && w.firstm && w.list && ki && w.sc && w.id &&
             (w.date || !doc->date) && out->strings;
    for (size_t i = 0; ok && i < doc->ents.n; i++) {
        w.keys[i] = eg_contrib_entity_key(doc, g, i);
        ki[i].key = w.keys[i];
        ki[i].idx = (uint32_t)i;
        ok = w.keys[i] != NULL;
    }
    if (ok) {
        qsort(ki, doc->ents.n, sizeof *ki, cmp_keyidx);
        for (size_t i = 0; i < doc->ents.n; i++)
            w.rank[ki[i].idx] = (uint32_t)i;
        ok = build_entities(&w, g, out) == 0 && build_pairs(&w, o, out) == 0 &&
             (!v || build_relations(&w, v, o, out) == 0);
    }
    if (out->strings)
        take_strings(&w, out);
    for (size_t i = 0; w.keys && i < doc->ents.n; i++)
        free(w.keys[i]);
    free(w.keys);
    free(w.rank);
    free(w.seen);
    free(w.firstm);
    free(w.list);
    free(w.evs.v);
    free(ki);
    for (size_t i = 0; w.sc && i < doc->sents.n; i++) {
        free(w.sc[i].text);
        free(w.sc[i].map);
    }
    free(w.sc);
    free(w.id);
    free(w.date);
    if (!ok) {
        eg_contrib_destroy(out);
        return eg_error_set(err, EG_ERR_NOMEM, doc->origin, doc->origin_line, 0,
                            "out of memory while building the article's records");
    }
    return EG_OK;
}

int eg_contrib_write(const eg_contrib *c, eg_strbuf *sb) {
    for (size_t i = 0; i < c->nents; i++)
        if (eg_entrec_write(&c->ents[i], sb))
            return -1;
    for (size_t i = 0; i < c->npairs; i++)
        if (eg_pairrec_write(&c->pairs[i], sb))
            return -1;
    for (size_t i = 0; i < c->nrels; i++)
        if (eg_relrec_write(&c->rels[i], sb))
            return -1;
    return 0;
}
