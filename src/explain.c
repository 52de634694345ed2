/* explain: the sentences that link two entities across a corpus, and the
 * resolution of the names a user types (exact name or key, listed form,
 * unique short form) to the corpus's entities. */
#include "explain.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "contrib.h"

/* q is a run of whole words of name, words ending at a space or hyphen
 * ("Karimi" in "Reza Karimi", "Marchetti" in "Marchetti-Bové"). */
static int words_in(const char *name, const char *q) {
    size_t qn = strlen(q);
    if (qn < 2)
        return 0;
    for (size_t i = 0; name[i]; i++) {
        if (i > 0 && name[i - 1] != ' ' && name[i - 1] != '-')
            continue;
        if (strncasecmp(name + i, q, qn) == 0 &&
            (name[i + qn] == '\0' || name[i + qn] == ' ' || name[i + qn] == '-'))
            return 1;
    }
    return 0;
}

/* q is the text of one of entity e's mentions in doc ("Rousel" for a
 * misspelt mention of Étienne Roussel). */
static int written_as(const eg_doc *doc, size_t e, const char *q) {
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        if (m->ent != e || m->end <= m->start)
            continue;
        char *s = eg_clean_text(doc->text + m->start, m->end - m->start, 1, NULL, 0);
        int same = s && strcasecmp(s, q) == 0;
        free(s);
        if (same)
            return 1;
    }
    return 0;
}

eg_explain_level eg_explain_match(const eg_doc *doc, const eg_resources *res, size_t e,
                                  const char *q) {
    const char *name = eg_contrib_entity_name(doc, res->gaz, e);
    if (!strcasecmp(name, q))
        return EG_EXPLAIN_EXACT;
    const eg_docent *de = &doc->ents.v[e];
    if (de->gaz >= 0) {
        if (!strcasecmp(eg_gazetteer_key(res->gaz, (size_t)de->gaz), q))
            return EG_EXPLAIN_EXACT;
        if (eg_gazetteer_find(res->gaz, q) == de->gaz)
            return EG_EXPLAIN_ALIAS;
    } else {
        char *key = eg_contrib_entity_key(doc, res->gaz, e);
        int same = key && !strcasecmp(key, q);
        free(key);
        if (same)
            return EG_EXPLAIN_EXACT;
    }
    if (words_in(name, q) || written_as(doc, e, q))
        return EG_EXPLAIN_SHORT;
    return EG_EXPLAIN_NONE;
}

/* The relations read in sentence s between entities ea and eb, either way. */
static int put_relations(const eg_doc *doc, const eg_resources *res, uint32_t s, uint32_t ea,
                         uint32_t eb, eg_strbuf *sb) {
    int any = 0;
    for (size_t i = 0; i < doc->rels.n; i++) {
        const eg_relation *r = &doc->rels.v[i];
        if (r->sentence != s)
            continue;
        uint32_t es = doc->ments.v[r->src].ent, ed = doc->ments.v[r->dst].ent;
        if (!((es == ea && ed == eb) || (es == eb && ed == ea)))
            continue;
        if (any && eg_strbuf_puts(sb, "; "))
            return -1;
        any = 1;
        if (eg_strbuf_printf(sb, "%s -> %s : %s%s%s", eg_contrib_entity_name(doc, res->gaz, es),
                             eg_contrib_entity_name(doc, res->gaz, ed),
                             eg_verbs_base(res->verbs, r->pattern),
                             r->flags & EG_REL_NEGATED ? ", negated" : "",
                             r->flags & EG_REL_HEDGED ? ", hedged" : ""))
            return -1;
    }
    if (!any && eg_strbuf_puts(sb, "co-occurrence"))
        return -1;
    return 0;
}

/* Appends s as one record field: whitespace folded (no tab, no newline). */
static int put_field(eg_strbuf *sb, const char *s, size_t n, char end) {
    char *t = eg_clean_text(s, n, 1, NULL, 0);
    int rc = !t || eg_strbuf_puts(sb, t) || eg_strbuf_putc(sb, end) ? -1 : 0;
    free(t);
    return rc;
}

/* One record: "S\tsentence\tlevelA\tnameA\tlevelB\tnameB\tid\trelations\ttext\n". */
static int put_record(const eg_doc *doc, const eg_resources *res, uint32_t s, uint32_t ea,
                      uint32_t eb, int la, int lb, eg_strbuf *rels, eg_strbuf *sb) {
    const char *na = eg_contrib_entity_name(doc, res->gaz, ea);
    const char *nb = eg_contrib_entity_name(doc, res->gaz, eb);
    const char *id = doc->id ? doc->id : "";
    const eg_sentence *st = &doc->sents.v[s];
    const eg_token *t0 = &doc->toks.v[st->tok_begin], *t1 = &doc->toks.v[st->tok_end - 1];
    eg_strbuf_clear(rels);
    if (put_relations(doc, res, s, ea, eb, rels) || eg_strbuf_printf(sb, "S\t%u\t%d\t", s, la) ||
        put_field(sb, na, strlen(na), '\t') || eg_strbuf_printf(sb, "%d\t", lb) ||
        put_field(sb, nb, strlen(nb), '\t') || put_field(sb, id, strlen(id), '\t') ||
        put_field(sb, rels->data, rels->len, '\t') ||
        put_field(sb, doc->text + t0->start, t1->start + t1->len - t0->start, '\n'))
        return -1;
    return 0;
}

int eg_explain_doc(void *ctx, const eg_doc *doc, const eg_resources *res, eg_strbuf *sb) {
    const eg_explain_query *q = ctx;
    size_t ne = doc->ents.n;
    if (!ne)
        return 0;
    unsigned char *la = calloc(ne, 1), *lb = calloc(ne, 1);
    uint32_t *ca = malloc(ne * sizeof *ca), *cb = malloc(ne * sizeof *cb);
    size_t *stamp = calloc(ne, sizeof *stamp);
    eg_strbuf rels;
    eg_strbuf_init(&rels);
    int rc = -1, anya = 0, anyb = 0;
    if (!la || !lb || !ca || !cb || !stamp)
        goto fail;
    for (size_t m = 0; m < doc->ments.n; m++)
        stamp[doc->ments.v[m].ent] = 1; /* entities without a mention were merged away */
    for (size_t e = 0; e < ne; e++) {
        if (!stamp[e])
            continue;
        stamp[e] = 0;
        anya |= la[e] = (unsigned char)eg_explain_match(doc, res, e, q->a);
        anyb |= lb[e] = (unsigned char)eg_explain_match(doc, res, e, q->b);
    }
    /* every entity a side may name: "C\tside\tlevel\tname" */
    for (size_t e = 0; e < ne; e++)
        for (int k = 0; k < 2; k++) {
            int l = k ? lb[e] : la[e];
            const char *name = eg_contrib_entity_name(doc, res->gaz, e);
            if (l && (eg_strbuf_printf(sb, "C\t%d\t%d\t", k, l) ||
                      put_field(sb, name, strlen(name), '\n')))
                goto fail;
        }
    rc = 0;
    size_t i = 0, round = 0;
    while (anya && anyb && i < doc->ments.n && rc == 0) {
        uint32_t s = doc->ments.v[i].sentence;
        size_t na = 0, nb = 0, j = i;
        round++;
        for (; j < doc->ments.n && doc->ments.v[j].sentence == s; j++) {
            uint32_t e = doc->ments.v[j].ent;
            if (stamp[e] == round)
                continue;
            stamp[e] = round;
            if (la[e])
                ca[na++] = e;
            if (lb[e])
                cb[nb++] = e;
        }
        for (size_t x = 0; x < na && rc == 0; x++)
            for (size_t y = 0; y < nb && rc == 0; y++)
                if (ca[x] != cb[y])
                    rc = put_record(doc, res, s, ca[x], cb[y], la[ca[x]], lb[cb[y]], &rels, sb);
        i = j;
    }
fail:
    free(la);
    free(lb);
    free(ca);
    free(cb);
    free(stamp);
    eg_strbuf_destroy(&rels);
    return rc;
}

/* ---- the corpus-wide answer ---- */

typedef struct candidate {
    int side, level;
    char *name;
} candidate;

typedef struct record {
    size_t doc;
    unsigned long sent;
    int level[2];
    char *line; /* "id\trelations\ttext" */
    size_t rels_off, rels_len, text_off;
} record;

struct eg_explain {
    EG_VEC(record) recs;
    EG_VEC(candidate) cands;
    size_t docs;
    char *why[2];
};

eg_explain *eg_explain_new(void) {
    return calloc(1, sizeof(eg_explain));
}

void eg_explain_free(eg_explain *x) {
    if (!x)
        return;
    for (size_t i = 0; i < x->recs.n; i++) {
        free(x->recs.v[i].line);
    }
    free(x->recs.v);
    for (size_t i = 0; i < x->cands.n; i++)
        free(x->cands.v[i].name);
    free(x->cands.v);
    free(x->why[0]);
    free(x->why[1]);
    free(x);
}

static char *dup_n(const char *s, size_t n) {
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

/* Parses one record line [p, end); malformed lines are skipped. */
static int add_record(eg_explain *x, const char *p, const char *end) {
    if (end - p > 2 && p[0] == 'C' && p[1] == '\t') {
        const char *t1 = memchr(p + 2, '\t', (size_t)(end - p - 2));
        const char *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(end - t1 - 1)) : NULL;
        if (!t2)
            return 0;
        candidate *c = EG_VEC_PUSH(x->cands);
        if (!c)
            return -1;
        c->side = atoi(p + 2);
        c->level = atoi(t1 + 1);
        c->name = dup_n(t2 + 1, (size_t)(end - t2 - 1));
        return c->name ? 0 : -1;
    }
    if (end - p < 2 || p[0] != 'S' || p[1] != '\t')
        return 0;
    p += 2;
    const char *f[8];
    size_t nf = 0;
    f[nf++] = p;
    for (const char *q = p; q < end && nf < 8; q++)
        if (*q == '\t')
            f[nf++] = q + 1;
    if (nf < 8)
        return 0;
    record *r = EG_VEC_PUSH(x->recs);
    if (!r)
        return -1;
    memset(r, 0, sizeof *r);
    r->doc = x->docs;
    r->sent = strtoul(f[0], NULL, 10);
    r->level[0] = atoi(f[1]);
    r->level[1] = atoi(f[3]);
    r->line = dup_n(f[5], (size_t)(end - f[5]));
    r->rels_off = (size_t)(f[6] - f[5]);
    r->rels_len = (size_t)(f[7] - f[6] - 1);
    r->text_off = (size_t)(f[7] - f[5]);
    return r->line ? 0 : -1;
}

int eg_explain_add(eg_explain *x, const char *data, size_t len) {
    const char *p = data, *end = data + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        if (add_record(x, p, le))
            return -1;
        p = nl ? nl + 1 : end;
    }
    x->docs++;
    return 0;
}

static int str_cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The best level at which side `k` names something, 0 when it names nothing
 * or, at the short-form level, more than one entity (x->why[k] says which). */
static int resolve(eg_explain *x, int k) {
    int best = 0;
    for (size_t i = 0; i < x->cands.n; i++) {
        int l = x->cands.v[i].level;
        if (x->cands.v[i].side == k && l > 0 && (best == 0 || l < best))
            best = l;
    }
    if (best == 0) {
        x->why[k] = dup_n("no entity", 9);
        return x->why[k] ? 0 : -1;
    }
    if (best != EG_EXPLAIN_SHORT)
        return best;
    char **names = malloc(x->cands.n * sizeof *names);
    if (!names)
        return -1;
    size_t n = 0;
    for (size_t i = 0; i < x->cands.n; i++)
        if (x->cands.v[i].side == k && x->cands.v[i].level == best)
            names[n++] = x->cands.v[i].name;
    qsort(names, n, sizeof *names, str_cmp);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (!u || strcmp(names[u - 1], names[i]) != 0)
            names[u++] = names[i];
    if (u > 1) {
        eg_strbuf sb;
        eg_strbuf_init(&sb);
        int bad = eg_strbuf_puts(&sb, "ambiguous:");
        for (size_t i = 0; i < u && !bad; i++)
            bad = eg_strbuf_printf(&sb, "%s %s", i ? ";" : "", names[i]);
        free(names);
        if (bad) {
            eg_strbuf_destroy(&sb);
            return -1;
        }
        x->why[k] = eg_strbuf_detach(&sb);
        return x->why[k] ? 0 : -1;
    }
    free(names);
    return best;
}

int eg_explain_finish(eg_explain *x, eg_strbuf *out, const char **why_a, const char **why_b) {
    int rc = -1;
    int la = resolve(x, 0), lb = la < 0 ? -1 : resolve(x, 1);
    if (why_a)
        *why_a = x->why[0];
    if (why_b)
        *why_b = x->why[1];
    if (la < 0 || lb < 0)
        return -1;
    if (!la || !lb)
        return 0;
    eg_strbuf rels;
    eg_strbuf_init(&rels);
    for (size_t i = 0; i < x->recs.n;) {
        const record *r = &x->recs.v[i];
        size_t j = i;
        int any = 0;
        eg_strbuf_clear(&rels);
        /* every accepted pair of one sentence makes one line */
        for (; j < x->recs.n && x->recs.v[j].doc == r->doc && x->recs.v[j].sent == r->sent; j++) {
            const record *q = &x->recs.v[j];
            if (q->level[0] != la || q->level[1] != lb)
                continue;
            const char *rs = q->line + q->rels_off;
            int cooc = q->rels_len == 13 && memcmp(rs, "co-occurrence", 13) == 0;
            if (!any)
                r = q;
            any = 1;
            if (cooc)
                continue;
            if ((rels.len && eg_strbuf_puts(&rels, "; ")) ||
                eg_strbuf_append(&rels, rs, q->rels_len))
                goto fail;
        }
        if (!any) {
            i = j;
            continue;
        }
        if (eg_strbuf_append(out, r->line, r->rels_off) ||
            (rels.len ? eg_strbuf_append(out, rels.data, rels.len)
                      : eg_strbuf_puts(out, "co-occurrence")) ||
            eg_strbuf_putc(out, '\t') || eg_strbuf_puts(out, r->line + r->text_off) ||
            eg_strbuf_putc(out, '\n'))
            goto fail;
        i = j;
    }
    rc = 0;
fail:
    eg_strbuf_destroy(&rels);
    return rc;
}
