/* graphml_read: igraph_read_graph_graphml, then attributes mapped onto
 * eg_node / eg_coedge / eg_reledge, nodes sorted by key and edges merged. */
#include "graphml_read.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "graph.h"
#include "strbuf.h"

typedef struct attrs {
    igraph_strvector_t names;
    igraph_vector_int_t types;
} attrs;

/* Index of attribute `name` in a, or -1. */
static long attr_find(const attrs *a, const char *name) {
    for (igraph_integer_t i = 0; i < igraph_strvector_size(&a->names); i++)
        if (strcmp(igraph_strvector_get(&a->names, i), name) == 0)
            return (long)i;
    return -1;
}

/* Value of attribute `at` of vertex or edge `id` as text appended to sb
 * ("" when absent or NaN). 0, or -1 on ENOMEM. */
static int attr_text(const igraph_t *g, const attrs *a, int edges, long at, igraph_integer_t id,
                     eg_strbuf *sb) {
    if (at < 0)
        return 0;
    const char *name = igraph_strvector_get(&a->names, at);
    switch (VECTOR(a->types)[at]) {
    case IGRAPH_ATTRIBUTE_STRING: {
        const char *s = edges ? EAS(g, name, id) : VAS(g, name, id);
        return eg_strbuf_puts(sb, s ? s : "");
    }
    case IGRAPH_ATTRIBUTE_NUMERIC: {
        double v = edges ? EAN(g, name, id) : VAN(g, name, id);
        return isnan(v) ? 0 : eg_strbuf_printf(sb, "%.15g", v) < 0 ? -1 : 0;
    }
    case IGRAPH_ATTRIBUTE_BOOLEAN: {
        int v = edges ? EAB(g, name, id) : VAB(g, name, id);
        return eg_strbuf_puts(sb, v ? "true" : "false");
    }
    default:
        return 0;
    }
}

/* Numeric value of attribute `at` (NaN when absent or not a number). */
static double attr_num(const igraph_t *g, const attrs *a, int edges, long at, igraph_integer_t id) {
    if (at < 0)
        return NAN;
    const char *name = igraph_strvector_get(&a->names, at);
    switch (VECTOR(a->types)[at]) {
    case IGRAPH_ATTRIBUTE_NUMERIC:
        return edges ? EAN(g, name, id) : VAN(g, name, id);
    case IGRAPH_ATTRIBUTE_BOOLEAN:
        return (edges ? EAB(g, name, id) : VAB(g, name, id)) ? 1 : 0;
    case IGRAPH_ATTRIBUTE_STRING: {
        const char *s = edges ? EAS(g, name, id) : VAS(g, name, id);
        char *end;
        if (!s || !*s)
            return NAN;
        if (strcmp(s, "true") == 0 || strcmp(s, "True") == 0)
            return 1;
        if (strcmp(s, "false") == 0 || strcmp(s, "False") == 0)
            return 0;
        double v = strtod(s, &end);
        return *end ? NAN : v;
    }
    default:
        return NAN;
    }
}

static uint64_t to_count(double v, uint64_t dflt, uint64_t min) {
    if (!isfinite(v))
        return dflt;
    if (v >= 9.2e18)
        return (uint64_t)9.2e18;
    if (v < (double)min)
        return min;
    return (uint64_t)llround(v);
}

/* strdup of the attribute text; NULL when empty and `null_if_empty`. Sets
 * *nomem on allocation failure. */
static char *attr_dup(const igraph_t *g, const attrs *a, int edges, long at, igraph_integer_t id,
                      int null_if_empty, eg_strbuf *tmp, int *nomem) {
    eg_strbuf_clear(tmp);
    if (attr_text(g, a, edges, at, id, tmp) != 0) {
        *nomem = 1;
        return NULL;
    }
    if (tmp->len == 0 && null_if_empty)
        return NULL;
    char *s = strdup(tmp->data ? tmp->data : "");
    if (!s)
        *nomem = 1;
    return s;
}

static int reserved_node_attr(const char *name) {
    static const char *const names[] = {"id",       "key",        "label", "type", "mentions",
                                        "articles", "discovered", "color", "size"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0)
            return 1;
    return eg_measure_col_find(name) >= 0;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct keyed {
    const char *key;
    size_t idx;
} keyed;

static int cmp_keyed(const void *a, const void *b) {
    const keyed *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->idx > y->idx) - (x->idx < y->idx);
}

static int cmp_co(const void *pa, const void *pb) {
    const eg_coedge *a = pa, *b = pb;
    if (a->a != b->a)
        return a->a < b->a ? -1 : 1;
    return (a->b > b->b) - (a->b < b->b);
}

static int cmp_rel(const void *pa, const void *pb) {
    const eg_reledge *a = pa, *b = pb;
    if (a->src != b->src)
        return a->src < b->src ? -1 : 1;
    if (a->dst != b->dst)
        return a->dst < b->dst ? -1 : 1;
    int c = strcmp(a->verb, b->verb);
    if (c)
        return c;
    if (a->negated != b->negated)
        return a->negated - b->negated;
    return a->hedged - b->hedged;
}

static char *pick_date(char *a, char *b, int want_min) {
    if (!a)
        return b;
    if (!b)
        return a;
    int c = strcmp(a, b);
    if ((want_min && c <= 0) || (!want_min && c >= 0)) {
        free(b);
        return a;
    }
    free(a);
    return b;
}

static void free_rel(eg_reledge *e) {
    free(e->verb);
    free(e->cls);
    free(e->forms);
    free(e->reported_by);
}

eg_status eg_model_read_graphml(const char *path, eg_model *out, eg_error *err) {
    eg_status st = EG_OK;
    FILE *f = NULL;
    igraph_t g;
    attrs ga, va, ea;
    int has_g = 0, has_attrs = 0, nomem = 0;
    eg_strbuf tmp;
    keyed *perm = NULL;
    size_t *map = NULL;
    eg_node *nodes = NULL;
    size_t nnodes = 0;
    const char **extras = NULL;
    size_t nextras = 0;

    eg_model_init(out);
    eg_strbuf_init(&tmp);
    eg_graph_setup();
    eg_graph_reset_error();

    f = fopen(path, "rb");
    if (!f) {
        st = eg_error_set(err, EG_ERR_IO, path, 0, 0, "cannot open: %s", strerror(errno));
        goto fail;
    }
    igraph_error_t rc = igraph_read_graph_graphml(&g, f, 0);
    fclose(f);
    if (rc != IGRAPH_SUCCESS) {
        const char *msg = eg_graph_last_error()[0] ? eg_graph_last_error() : igraph_strerror(rc);
        long line = 0;
        /* libxml2 messages start "Line N: "; the line goes where every error puts it */
        if (strncmp(msg, "Line ", 5) == 0 && msg[5] >= '0' && msg[5] <= '9') {
            char *end;
            long n = strtol(msg + 5, &end, 10);
            if (end[0] == ':' && end[1] == ' ' && n > 0) {
                line = n;
                msg = end + 2;
            }
        }
        size_t mlen = strlen(msg);
        while (mlen && (msg[mlen - 1] == '\n' || msg[mlen - 1] == ' '))
            mlen--;
        st = eg_error_set(err, rc == IGRAPH_ENOMEM ? EG_ERR_NOMEM : EG_ERR_DATA, path, line, 0,
                          "invalid GraphML: %.*s", (int)mlen, msg);
        eg_graph_reset_error();
        goto fail;
    }
    has_g = 1;
    attrs *lists[3] = {&ga, &va, &ea};
    for (; has_attrs < 3; has_attrs++) {
        if (igraph_strvector_init(&lists[has_attrs]->names, 0) != IGRAPH_SUCCESS)
            goto nomem;
        if (igraph_vector_int_init(&lists[has_attrs]->types, 0) != IGRAPH_SUCCESS) {
            igraph_strvector_destroy(&lists[has_attrs]->names);
            goto nomem;
        }
    }
    if (igraph_cattribute_list(&g, &ga.names, &ga.types, &va.names, &va.types, &ea.names,
                               &ea.types) != IGRAPH_SUCCESS)
        goto nomem;

    long a_key = attr_find(&va, "key"), a_id = attr_find(&va, "id");
    long a_label = attr_find(&va, "label"), a_type = attr_find(&va, "type");
    long a_ment = attr_find(&va, "mentions"), a_art = attr_find(&va, "articles");
    long a_disc = attr_find(&va, "discovered");

    extras = malloc(((size_t)igraph_strvector_size(&va.names) + 1) * sizeof *extras);
    if (!extras)
        goto nomem;
    for (igraph_integer_t i = 0; i < igraph_strvector_size(&va.names); i++) {
        const char *name = igraph_strvector_get(&va.names, i);
        if (VECTOR(va.types)[i] == IGRAPH_ATTRIBUTE_STRING && !reserved_node_attr(name))
            extras[nextras++] = name;
    }
    qsort(extras, nextras, sizeof *extras, cmp_str);

    nnodes = (size_t)igraph_vcount(&g);
    nodes = calloc(nnodes + 1, sizeof *nodes);
    perm = malloc((nnodes + 1) * sizeof *perm);
    map = malloc((nnodes + 1) * sizeof *map);
    if (!nodes || !perm || !map)
        goto nomem;
    for (size_t i = 0; i < nnodes; i++) {
        eg_node *n = &nodes[i];
        igraph_integer_t v = (igraph_integer_t)i;
        n->key = attr_dup(&g, &va, 0, a_key, v, 1, &tmp, &nomem);
        if (!n->key && !nomem)
            n->key = attr_dup(&g, &va, 0, a_id, v, 1, &tmp, &nomem);
        if (!n->key && !nomem) {
            eg_strbuf_clear(&tmp);
            if (eg_strbuf_printf(&tmp, "n%zu", i) < 0 || !(n->key = strdup(tmp.data)))
                nomem = 1;
        }
        n->name = attr_dup(&g, &va, 0, a_label, v, 1, &tmp, &nomem);
        if (!n->name && !nomem && n->key && !(n->name = strdup(n->key)))
            nomem = 1;
        n->type = attr_dup(&g, &va, 0, a_type, v, 1, &tmp, &nomem);
        if (!n->type && !nomem && !(n->type = strdup("unknown")))
            nomem = 1;
        if (nomem)
            goto nomem;
        n->mentions = to_count(attr_num(&g, &va, 0, a_ment, v), 0, 0);
        n->articles = to_count(attr_num(&g, &va, 0, a_art, v), 0, 0);
        double d = attr_num(&g, &va, 0, a_disc, v);
        n->discovered = isfinite(d) && d != 0;
        if (nextras) {
            n->attrs = calloc(nextras, sizeof *n->attrs);
            if (!n->attrs)
                goto nomem;
            for (size_t k = 0; k < nextras; k++) {
                const char *s = VAS(&g, extras[k], v);
                if (!s || !*s)
                    continue;
                eg_attr *at = &n->attrs[n->nattrs++];
                const char *name = extras[k];
                if (strncmp(name, "gaz_", 4) == 0 && reserved_node_attr(name + 4))
                    name += 4;
                at->name = strdup(name);
                at->value = strdup(s);
                if (!at->name || !at->value)
                    goto nomem;
            }
        }
        perm[i].key = n->key;
        perm[i].idx = i;
    }
    qsort(perm, nnodes, sizeof *perm, cmp_keyed);
    out->nodes = calloc(nnodes + 1, sizeof *out->nodes);
    if (!out->nodes)
        goto nomem;
    for (size_t r = 0; r < nnodes; r++) {
        if (r > 0 && strcmp(perm[r - 1].key, perm[r].key) == 0) {
            st = eg_error_set(err, EG_ERR_DATA, path, 0, 0, "two nodes have the key '%s'",
                              perm[r].key);
            goto fail;
        }
        out->nodes[r] = nodes[perm[r].idx];
        map[perm[r].idx] = r;
    }
    out->nnodes = nnodes;
    free(nodes);
    nodes = NULL;
    nnodes = 0;

    size_t ne = (size_t)igraph_ecount(&g);
    long e_weight = attr_find(&ea, "weight"), e_art = attr_find(&ea, "articles");
    if (!igraph_is_directed(&g)) {
        long e_first = attr_find(&ea, "first_date"), e_last = attr_find(&ea, "last_date");
        out->co = calloc(ne + 1, sizeof *out->co);
        if (!out->co)
            goto nomem;
        for (size_t e = 0; e < ne; e++) {
            igraph_integer_t from, to, id = (igraph_integer_t)e;
            igraph_edge(&g, id, &from, &to);
            size_t a = map[from], b = map[to];
            if (a == b)
                continue;
            eg_coedge *c = &out->co[out->nco++];
            c->a = (uint32_t)(a < b ? a : b);
            c->b = (uint32_t)(a < b ? b : a);
            c->weight = to_count(attr_num(&g, &ea, 1, e_weight, id), 1, 1);
            c->ids.total = to_count(attr_num(&g, &ea, 1, e_art, id), 0, 0);
            c->first_date = attr_dup(&g, &ea, 1, e_first, id, 1, &tmp, &nomem);
            c->last_date = attr_dup(&g, &ea, 1, e_last, id, 1, &tmp, &nomem);
            if (nomem)
                goto nomem;
        }
        qsort(out->co, out->nco, sizeof *out->co, cmp_co);
        size_t w = 0;
        for (size_t r = 0; r < out->nco; r++) {
            eg_coedge *c = &out->co[r];
            if (w > 0 && out->co[w - 1].a == c->a && out->co[w - 1].b == c->b) {
                eg_coedge *p = &out->co[w - 1];
                p->weight += c->weight;
                p->ids.total += c->ids.total;
                p->first_date = pick_date(p->first_date, c->first_date, 1);
                p->last_date = pick_date(p->last_date, c->last_date, 0);
                memset(c, 0, sizeof *c);
                continue;
            }
            if (w != r) {
                out->co[w] = *c;
                memset(c, 0, sizeof *c);
            }
            w++;
        }
        out->nco = w;
    } else {
        long e_label = attr_find(&ea, "label"), e_verb = attr_find(&ea, "verb");
        long e_class = attr_find(&ea, "class"), e_neg = attr_find(&ea, "negated");
        long e_hedge = attr_find(&ea, "hedged"), e_forms = attr_find(&ea, "forms");
        long e_rep = attr_find(&ea, "reported_by");
        out->rel = calloc(ne + 1, sizeof *out->rel);
        if (!out->rel)
            goto nomem;
        for (size_t e = 0; e < ne; e++) {
            igraph_integer_t from, to, id = (igraph_integer_t)e;
            igraph_edge(&g, id, &from, &to);
            eg_reledge *r = &out->rel[out->nrel++];
            r->src = (uint32_t)map[from];
            r->dst = (uint32_t)map[to];
            r->verb = attr_dup(&g, &ea, 1, e_label, id, 1, &tmp, &nomem);
            if (!r->verb && !nomem)
                r->verb = attr_dup(&g, &ea, 1, e_verb, id, 1, &tmp, &nomem);
            if (!r->verb && !nomem && !(r->verb = strdup("related")))
                nomem = 1;
            r->cls = attr_dup(&g, &ea, 1, e_class, id, 0, &tmp, &nomem);
            r->forms = attr_dup(&g, &ea, 1, e_forms, id, 0, &tmp, &nomem);
            r->reported_by = attr_dup(&g, &ea, 1, e_rep, id, 1, &tmp, &nomem);
            if (nomem)
                goto nomem;
            double neg = attr_num(&g, &ea, 1, e_neg, id), hed = attr_num(&g, &ea, 1, e_hedge, id);
            r->negated = isfinite(neg) && neg != 0;
            r->hedged = isfinite(hed) && hed != 0;
            r->count = to_count(attr_num(&g, &ea, 1, e_weight, id), 1, 1);
            r->ids.total = to_count(attr_num(&g, &ea, 1, e_art, id), 0, 0);
        }
        qsort(out->rel, out->nrel, sizeof *out->rel, cmp_rel);
        size_t w = 0;
        for (size_t k = 0; k < out->nrel; k++) {
            eg_reledge *r = &out->rel[k];
            if (w > 0 && cmp_rel(&out->rel[w - 1], r) == 0) {
                out->rel[w - 1].count += r->count;
                out->rel[w - 1].ids.total += r->ids.total;
                free_rel(r);
                memset(r, 0, sizeof *r);
                continue;
            }
            if (w != k) {
                out->rel[w] = *r;
                memset(r, 0, sizeof *r);
            }
            w++;
        }
        out->nrel = w;
    }
    goto fail;

nomem:
    st = eg_error_set(err, EG_ERR_NOMEM, path, 0, 0, "out of memory reading GraphML");
fail:
    if (nodes) {
        /* nodes not yet moved into the model */
        eg_model tmpm;
        eg_model_init(&tmpm);
        tmpm.nodes = nodes;
        tmpm.nnodes = nnodes;
        free(out->nodes);
        out->nodes = NULL;
        out->nnodes = 0;
        eg_model_destroy(&tmpm);
    }
    free(extras);
    free(perm);
    free(map);
    attrs *all[3] = {&ga, &va, &ea};
    for (int k = 0; k < has_attrs; k++) {
        igraph_strvector_destroy(&all[k]->names);
        igraph_vector_int_destroy(&all[k]->types);
    }
    if (has_g)
        igraph_destroy(&g);
    eg_strbuf_destroy(&tmp);
    if (st != EG_OK)
        eg_model_destroy(out);
    return st;
}
