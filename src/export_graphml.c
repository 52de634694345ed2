/* export_graphml: one layer's igraph graph written by
 * igraph_write_graph_graphml (prefixed attribute ids), node and edge
 * attributes served from the model as igraph writes them. */
#include "export_graphml.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct ctx {
    const eg_model *m;
    const eg_measures *ms;
    const eg_graph *gr;
    const double *size; /* per vertex */
} ctx;

#define C(col) ((const ctx *)(col)->ctx)
#define NODE(col, i) (&C(col)->m->nodes[C(col)->gr->vnode[i]])
#define CO(col, i) (&C(col)->m->co[eg_graph_edge(C(col)->gr, i)])
#define REL(col, i) (&C(col)->m->rel[eg_graph_edge(C(col)->gr, i)])

static int put(eg_strbuf *sb, const char *s) {
    return eg_strbuf_puts(sb, s ? s : "");
}

static int node_label(const eg_column *c, size_t i, eg_strbuf *sb) {
    const eg_node *n = NODE(c, i);
    return put(sb, n->name && n->name[0] ? n->name : n->key);
}
static int node_key(const eg_column *c, size_t i, eg_strbuf *sb) {
    return put(sb, NODE(c, i)->key);
}
static int node_type(const eg_column *c, size_t i, eg_strbuf *sb) {
    return put(sb, NODE(c, i)->type);
}
static int node_color(const eg_column *c, size_t i, eg_strbuf *sb) {
    return put(sb, eg_type_color(NODE(c, i)->type));
}
/* The node's gazetteer attribute named by c->arg, "" if it has none. */
static int node_extra(const eg_column *c, size_t i, eg_strbuf *sb) {
    const eg_node *n = NODE(c, i);
    for (size_t k = 0; k < n->nattrs; k++)
        if (n->attrs[k].name && strcmp(n->attrs[k].name, c->arg) == 0)
            return put(sb, n->attrs[k].value);
    return 0;
}
static double node_mentions(const eg_column *c, size_t i) {
    return (double)NODE(c, i)->mentions;
}
static double node_articles(const eg_column *c, size_t i) {
    return (double)NODE(c, i)->articles;
}
static double node_discovered(const eg_column *c, size_t i) {
    return NODE(c, i)->discovered ? 1.0 : 0.0;
}
static double node_size(const eg_column *c, size_t i) {
    return C(c)->size[i];
}
/* The measure c->arg points to (an eg_measure_col). */
static double node_measure(const eg_column *c, size_t i) {
    return eg_measure_get(C(c)->ms, *(const eg_measure_col *)c->arg, C(c)->gr->vnode[i]);
}
static int co_first(const eg_column *c, size_t i, eg_strbuf *sb) {
    return put(sb, CO(c, i)->first_date);
}
static int co_last(const eg_column *c, size_t i, eg_strbuf *sb) {
    return put(sb, CO(c, i)->last_date);
}
static double co_weight(const eg_column *c, size_t i) {
    return (double)CO(c, i)->weight;
}
static double co_articles(const eg_column *c, size_t i) {
    return (double)CO(c, i)->ids.total;
}
static int rel_verb(const eg_column *c, size_t i, eg_strbuf *sb) {
    return put(sb, REL(c, i)->verb);
}
static int rel_class(const eg_column *c, size_t i, eg_strbuf *sb) {
    return put(sb, REL(c, i)->cls);
}
static int rel_forms(const eg_column *c, size_t i, eg_strbuf *sb) {
    return put(sb, REL(c, i)->forms);
}
static int rel_reported(const eg_column *c, size_t i, eg_strbuf *sb) {
    return put(sb, REL(c, i)->reported_by);
}
static double rel_negated(const eg_column *c, size_t i) {
    return REL(c, i)->negated ? 1.0 : 0.0;
}
static double rel_hedged(const eg_column *c, size_t i) {
    return REL(c, i)->hedged ? 1.0 : 0.0;
}
static double rel_weight(const eg_column *c, size_t i) {
    return (double)REL(c, i)->count;
}
static double rel_articles(const eg_column *c, size_t i) {
    return (double)REL(c, i)->ids.total;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int reserved(const char *name) {
    static const char *const names[] = {"id",       "label",      "key",   "type", "mentions",
                                        "articles", "discovered", "color", "size"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0)
            return 1;
    return eg_measure_col_find(name) >= 0 || strncmp(name, "gaz_", 4) == 0;
}

/* Sorted, distinct gazetteer attribute names of all nodes (borrowed). */
static const char **extra_names(const eg_model *m, size_t *count) {
    size_t total = 0, n = 0;
    for (size_t i = 0; i < m->nnodes; i++)
        total += m->nodes[i].nattrs;
    const char **v = malloc((total ? total : 1) * sizeof *v);
    if (!v)
        return NULL;
    for (size_t i = 0; i < m->nnodes; i++)
        for (size_t k = 0; k < m->nodes[i].nattrs; k++)
            if (m->nodes[i].attrs[k].name && m->nodes[i].attrs[k].name[0])
                v[n++] = m->nodes[i].attrs[k].name;
    qsort(v, n, sizeof *v, cmp_str);
    size_t out = 0;
    for (size_t i = 0; i < n; i++)
        if (out == 0 || strcmp(v[out - 1], v[i]) != 0)
            v[out++] = v[i];
    *count = out;
    return v;
}

/* Node sizes 10..50, linear in `score` between its minimum and maximum. */
static void scale_sizes(double *size, const double *score, size_t n) {
    double lo = INFINITY, hi = -INFINITY;
    for (size_t i = 0; i < n; i++) {
        if (score[i] < lo)
            lo = score[i];
        if (score[i] > hi)
            hi = score[i];
    }
    for (size_t i = 0; i < n; i++)
        size[i] = hi > lo ? 10.0 + 40.0 * (score[i] - lo) / (hi - lo) : 10.0;
}

static int add_str(eg_columns *cs, const ctx *c, int edges, const char *name,
                   int (*fn)(const eg_column *, size_t, eg_strbuf *), const void *arg) {
    eg_column col = {name, edges, EG_ATTR_STRING, EG_CLEAN_XML, fn, NULL, c, arg};
    return eg_columns_add(cs, &col);
}

static int add_num(eg_columns *cs, const ctx *c, int edges, const char *name,
                   double (*fn)(const eg_column *, size_t), const void *arg, eg_attr_type type) {
    eg_column col = {name, edges, type, EG_CLEAN_XML, NULL, fn, c, arg};
    return eg_columns_add(cs, &col);
}

eg_status eg_write_graphml(const eg_model *m, const eg_measures *ms, eg_layer layer, FILE *out,
                           eg_error *err) {
    eg_graph gr;
    memset(&gr, 0, sizeof gr);
    eg_status st = eg_graph_build(&gr, m, layer, NULL, err);
    if (st == EG_OK)
        st = eg_write_graphml_graph(m, ms, &gr, out, err);
    eg_graph_destroy(&gr);
    return st;
}

eg_status eg_write_graphml_graph(const eg_model *m, const eg_measures *ms, const eg_graph *gr,
                                 FILE *out, eg_error *err) {
    eg_status st;
    ctx c;
    double *size = NULL, *score = NULL;
    const char **extras = NULL;
    size_t nextras = 0;
    eg_strbuf name;
    eg_columns cs;
    eg_measure_col mcol[EG_NCOLS];
    int rel = gr->layer == EG_LAYER_RELATIONS;

    eg_strbuf_init(&name);
    eg_columns_init(&cs);
    if (ms && ms->n != m->nnodes) {
        st = eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0, "measures for %zu nodes, model has %zu",
                          ms->n, m->nnodes);
        goto fail;
    }
    if (gr->nv != m->nnodes) {
        st = eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0, "graph of %zu nodes, model has %zu",
                          gr->nv, m->nnodes);
        goto fail;
    }
    size = malloc((gr->nv + 1) * sizeof *size);
    score = malloc((gr->nv + 1) * sizeof *score);
    if (!size || !score)
        goto nomem;
    c.m = m;
    c.ms = ms;
    c.gr = gr;
    c.size = size;
    const double *pr = ms ? (rel && ms->rel_pagerank ? ms->rel_pagerank : ms->pagerank) : NULL;
    for (size_t i = 0; i < gr->nv; i++)
        score[i] = pr ? pr[gr->vnode[i]] : (double)m->nodes[gr->vnode[i]].mentions;
    scale_sizes(size, score, gr->nv);

    if (add_str(&cs, &c, 0, "label", node_label, NULL) ||
        add_str(&cs, &c, 0, "key", node_key, NULL) ||
        add_str(&cs, &c, 0, "type", node_type, NULL) ||
        add_num(&cs, &c, 0, "mentions", node_mentions, NULL, EG_ATTR_NUMBER) ||
        add_num(&cs, &c, 0, "articles", node_articles, NULL, EG_ATTR_NUMBER) ||
        add_num(&cs, &c, 0, "discovered", node_discovered, NULL, EG_ATTR_BOOL) ||
        add_str(&cs, &c, 0, "color", node_color, NULL) ||
        add_num(&cs, &c, 0, "size", node_size, NULL, EG_ATTR_NUMBER))
        goto nomem;
    for (int col = 0; ms && col < EG_NCOLS; col++) {
        mcol[col] = (eg_measure_col)col;
        if (eg_measure_available(ms, mcol[col]) &&
            add_num(&cs, &c, 0, eg_measure_name(mcol[col]), node_measure, &mcol[col],
                    EG_ATTR_NUMBER))
            goto nomem;
    }
    extras = extra_names(m, &nextras);
    if (!extras)
        goto nomem;
    for (size_t k = 0; k < nextras; k++) {
        eg_strbuf_clear(&name);
        if ((reserved(extras[k]) && eg_strbuf_puts(&name, "gaz_") != 0) ||
            eg_text_clean(&name, extras[k], EG_CLEAN_LINE) != 0 ||
            add_str(&cs, &c, 0, name.data, node_extra, extras[k]))
            goto nomem;
    }
    if (!rel) {
        if (add_num(&cs, &c, 1, "weight", co_weight, NULL, EG_ATTR_NUMBER) ||
            add_num(&cs, &c, 1, "articles", co_articles, NULL, EG_ATTR_NUMBER) ||
            add_str(&cs, &c, 1, "first_date", co_first, NULL) ||
            add_str(&cs, &c, 1, "last_date", co_last, NULL))
            goto nomem;
    } else {
        if (add_str(&cs, &c, 1, "label", rel_verb, NULL) ||
            add_str(&cs, &c, 1, "verb", rel_verb, NULL) ||
            add_str(&cs, &c, 1, "class", rel_class, NULL) ||
            add_num(&cs, &c, 1, "negated", rel_negated, NULL, EG_ATTR_NUMBER) ||
            add_num(&cs, &c, 1, "hedged", rel_hedged, NULL, EG_ATTR_NUMBER) ||
            add_num(&cs, &c, 1, "weight", rel_weight, NULL, EG_ATTR_NUMBER) ||
            add_num(&cs, &c, 1, "articles", rel_articles, NULL, EG_ATTR_NUMBER) ||
            add_str(&cs, &c, 1, "forms", rel_forms, NULL) ||
            add_str(&cs, &c, 1, "reported_by", rel_reported, NULL))
            goto nomem;
    }
    if ((st = eg_graph_write(gr, &cs, EG_WRITE_GRAPHML, out, "writing GraphML", err)) != EG_OK)
        goto fail;
    if (fflush(out) != 0 || ferror(out)) {
        st = eg_error_set(err, EG_ERR_IO, NULL, 0, 0, "cannot write GraphML");
        goto fail;
    }
    st = EG_OK;
    goto fail;

nomem:
    st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory writing GraphML");
fail:
    eg_columns_destroy(&cs);
    free(extras);
    free(size);
    free(score);
    eg_strbuf_destroy(&name);
    return st;
}
