/* export_graphml: sets node and edge attributes on a layer's igraph graph and
 * writes it with igraph_write_graph_graphml (prefixed attribute ids). */
#include "export_graphml.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct ctx {
    const eg_model *m;
    const eg_graph *gr;
    const char *attr; /* gazetteer attribute name for node_extra */
} ctx;

#define NODE(c, i) (&(c)->m->nodes[(c)->gr->vnode[i]])
#define CO(c, i) (&(c)->m->co[(c)->gr->eidx[i]])
#define REL(c, i) (&(c)->m->rel[(c)->gr->eidx[i]])

static int put(eg_strbuf *sb, const char *s) {
    return eg_strbuf_puts(sb, s ? s : "");
}

static int node_label(const void *p, size_t i, eg_strbuf *sb) {
    const eg_node *n = NODE((const ctx *)p, i);
    return put(sb, n->name && n->name[0] ? n->name : n->key);
}
static int node_key(const void *p, size_t i, eg_strbuf *sb) {
    return put(sb, NODE((const ctx *)p, i)->key);
}
static int node_type(const void *p, size_t i, eg_strbuf *sb) {
    return put(sb, NODE((const ctx *)p, i)->type);
}
static int node_color(const void *p, size_t i, eg_strbuf *sb) {
    return put(sb, eg_type_color(NODE((const ctx *)p, i)->type));
}
static int node_extra(const void *p, size_t i, eg_strbuf *sb) {
    const ctx *c = p;
    const eg_node *n = NODE(c, i);
    for (size_t k = 0; k < n->nattrs; k++)
        if (n->attrs[k].name && strcmp(n->attrs[k].name, c->attr) == 0)
            return put(sb, n->attrs[k].value);
    return 0;
}
static int co_first(const void *p, size_t i, eg_strbuf *sb) {
    return put(sb, CO((const ctx *)p, i)->first_date);
}
static int co_last(const void *p, size_t i, eg_strbuf *sb) {
    return put(sb, CO((const ctx *)p, i)->last_date);
}
static int rel_verb(const void *p, size_t i, eg_strbuf *sb) {
    return put(sb, REL((const ctx *)p, i)->verb);
}
static int rel_class(const void *p, size_t i, eg_strbuf *sb) {
    return put(sb, REL((const ctx *)p, i)->cls);
}
static int rel_forms(const void *p, size_t i, eg_strbuf *sb) {
    return put(sb, REL((const ctx *)p, i)->forms);
}
static int rel_reported(const void *p, size_t i, eg_strbuf *sb) {
    return put(sb, REL((const ctx *)p, i)->reported_by);
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

eg_status eg_write_graphml(const eg_model *m, const eg_measures *ms, eg_layer layer, FILE *out,
                           eg_error *err) {
    eg_status st;
    eg_graph gr;
    ctx c;
    double *num = NULL, *score = NULL;
    const char **extras = NULL;
    size_t nextras = 0;
    eg_strbuf name;
    igraph_vector_bool_t disc;
    int has_disc = 0;
    igraph_error_t rc;
    int rel = layer == EG_LAYER_RELATIONS;

    eg_strbuf_init(&name);
    memset(&gr, 0, sizeof gr);
    if (ms && ms->n != m->nnodes) {
        st = eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0, "measures for %zu nodes, model has %zu",
                          ms->n, m->nnodes);
        goto fail;
    }
    if ((st = eg_graph_build(&gr, m, layer, NULL, err)) != EG_OK)
        goto fail;
    c.m = m;
    c.gr = &gr;
    c.attr = NULL;
    size_t nmax = (gr.nv > gr.ne ? gr.nv : gr.ne) + 1;
    num = malloc(nmax * sizeof *num);
    score = malloc(nmax * sizeof *score);
    if (!num || !score)
        goto nomem;

#define SET_STR(edges, attr, fn, mode)                                                             \
    do {                                                                                           \
        if ((st = eg_graph_set_strings(&gr, edges, attr, fn, &c, mode, err)) != EG_OK)             \
            goto fail;                                                                             \
    } while (0)
#define SET_NUM(edges, attr)                                                                       \
    do {                                                                                           \
        if ((st = eg_graph_set_numbers(&gr, edges, attr, num, err)) != EG_OK)                      \
            goto fail;                                                                             \
    } while (0)

    SET_STR(0, "label", node_label, EG_CLEAN_XML);
    SET_STR(0, "key", node_key, EG_CLEAN_XML);
    SET_STR(0, "type", node_type, EG_CLEAN_XML);
    for (size_t i = 0; i < gr.nv; i++)
        num[i] = (double)NODE(&c, i)->mentions;
    SET_NUM(0, "mentions");
    for (size_t i = 0; i < gr.nv; i++)
        num[i] = (double)NODE(&c, i)->articles;
    SET_NUM(0, "articles");
    rc = igraph_vector_bool_init(&disc, (igraph_integer_t)gr.nv);
    if (rc != IGRAPH_SUCCESS) {
        st = eg_graph_fail(err, rc, NULL, "discovered");
        goto fail;
    }
    has_disc = 1;
    for (size_t i = 0; i < gr.nv; i++)
        VECTOR(disc)[i] = NODE(&c, i)->discovered ? 1 : 0;
    rc = igraph_cattribute_VAB_setv(&gr.g, "discovered", &disc);
    if (rc != IGRAPH_SUCCESS) {
        st = eg_graph_fail(err, rc, NULL, "discovered");
        goto fail;
    }
    SET_STR(0, "color", node_color, EG_CLEAN_XML);

    const double *pr = ms ? (rel && ms->rel_pagerank ? ms->rel_pagerank : ms->pagerank) : NULL;
    for (size_t i = 0; i < gr.nv; i++)
        score[i] = pr ? pr[gr.vnode[i]] : (double)NODE(&c, i)->mentions;
    scale_sizes(num, score, gr.nv);
    SET_NUM(0, "size");
    for (int col = 0; ms && col < EG_NCOLS; col++) {
        if (!eg_measure_available(ms, (eg_measure_col)col))
            continue;
        for (size_t i = 0; i < gr.nv; i++)
            num[i] = eg_measure_get(ms, (eg_measure_col)col, gr.vnode[i]);
        SET_NUM(0, eg_measure_name((eg_measure_col)col));
    }

    extras = extra_names(m, &nextras);
    if (!extras)
        goto nomem;
    for (size_t k = 0; k < nextras; k++) {
        eg_strbuf_clear(&name);
        if ((reserved(extras[k]) && eg_strbuf_puts(&name, "gaz_") != 0) ||
            eg_text_clean(&name, extras[k], EG_CLEAN_LINE) != 0)
            goto nomem;
        c.attr = extras[k];
        SET_STR(0, name.data, node_extra, EG_CLEAN_XML);
    }

    if (!rel) {
        for (size_t e = 0; e < gr.ne; e++)
            num[e] = (double)CO(&c, e)->weight;
        SET_NUM(1, "weight");
        for (size_t e = 0; e < gr.ne; e++)
            num[e] = (double)CO(&c, e)->ids.total;
        SET_NUM(1, "articles");
        SET_STR(1, "first_date", co_first, EG_CLEAN_XML);
        SET_STR(1, "last_date", co_last, EG_CLEAN_XML);
    } else {
        SET_STR(1, "label", rel_verb, EG_CLEAN_XML);
        SET_STR(1, "verb", rel_verb, EG_CLEAN_XML);
        SET_STR(1, "class", rel_class, EG_CLEAN_XML);
        for (size_t e = 0; e < gr.ne; e++)
            num[e] = REL(&c, e)->negated ? 1.0 : 0.0;
        SET_NUM(1, "negated");
        for (size_t e = 0; e < gr.ne; e++)
            num[e] = REL(&c, e)->hedged ? 1.0 : 0.0;
        SET_NUM(1, "hedged");
        for (size_t e = 0; e < gr.ne; e++)
            num[e] = (double)REL(&c, e)->count;
        SET_NUM(1, "weight");
        for (size_t e = 0; e < gr.ne; e++)
            num[e] = (double)REL(&c, e)->ids.total;
        SET_NUM(1, "articles");
        SET_STR(1, "forms", rel_forms, EG_CLEAN_XML);
        SET_STR(1, "reported_by", rel_reported, EG_CLEAN_XML);
    }
#undef SET_STR
#undef SET_NUM

    rc = igraph_write_graph_graphml(&gr.g, out, 1);
    if (rc != IGRAPH_SUCCESS) {
        st = eg_graph_fail(err, rc, NULL, "writing GraphML");
        goto fail;
    }
    if (fflush(out) != 0 || ferror(out)) {
        st = eg_error_set(err, EG_ERR_IO, NULL, 0, 0, "cannot write GraphML");
        goto fail;
    }
    st = EG_OK;
    goto fail;

nomem:
    st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory writing GraphML");
fail:
    if (has_disc)
        igraph_vector_bool_destroy(&disc);
    free(extras);
    free(num);
    free(score);
    eg_strbuf_destroy(&name);
    eg_graph_destroy(&gr);
    return st;
}
