/* export_dot: picks the top nodes of a layer and writes the induced igraph
 * graph with igraph_write_graph_dot, its string-only Graphviz attributes
 * served from the model as igraph writes them. */
#include "export_dot.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ranking.h"

typedef struct ctx {
    const eg_model *m;
    const eg_graph *gr;
    const char *measure;
    const double *rankv;    /* per vertex */
    const double *fontsize; /* per vertex */
    const double *penwidth; /* per edge */
} ctx;

#define C(col) ((const ctx *)(col)->ctx)
#define NODE(col, i) (&C(col)->m->nodes[C(col)->gr->vnode[i]])

/* igraph 0.10.2 writes strings made only of digits, dots and a leading
 * minus unquoted even when they are not DOT numerals ("-", ".", "1.2.3"),
 * which Graphviz rejects; a zero-width space after them forces quoting. */
static int put_dot(eg_strbuf *sb, const char *s) {
    if (!s)
        s = "";
    if (eg_strbuf_puts(sb, s) != 0)
        return -1;
    const char *p = s;
    if (*p == '-')
        p++;
    size_t digits = strspn(p, "0123456789.");
    if (!*s || p[digits] != '\0')
        return 0;
    size_t lead = strspn(p, "0123456789");
    int numeral;
    if (lead > 0)
        numeral = p[lead] == '\0' ||
                  (p[lead] == '.' && strspn(p + lead + 1, "0123456789") == strlen(p + lead + 1));
    else
        numeral = p[0] == '.' && p[1] != '\0' && strspn(p + 1, "0123456789") == strlen(p + 1);
    return numeral ? 0 : eg_strbuf_puts(sb, "\xE2\x80\x8B");
}

/* Graphviz decodes entities such as "&amp;" in labels: escaping every '&'
 * shows names as written. */
static int put_label(eg_strbuf *sb, const char *s) {
    eg_strbuf tmp;
    int rc = 0;
    eg_strbuf_init(&tmp);
    for (const char *p = s ? s : ""; *p && rc == 0; p++)
        rc = *p == '&' ? eg_strbuf_puts(&tmp, "&amp;") : eg_strbuf_putc(&tmp, *p);
    if (rc == 0)
        rc = put_dot(sb, tmp.data ? tmp.data : "");
    eg_strbuf_destroy(&tmp);
    return rc;
}

static int node_label(const eg_column *p, size_t i, eg_strbuf *sb) {
    const eg_node *n = NODE(p, i);
    return put_label(sb, n->name && n->name[0] ? n->name : n->key);
}
static int node_key(const eg_column *p, size_t i, eg_strbuf *sb) {
    return put_dot(sb, NODE(p, i)->key);
}
static int node_type(const eg_column *p, size_t i, eg_strbuf *sb) {
    return put_dot(sb, NODE(p, i)->type);
}
static int node_mentions(const eg_column *p, size_t i, eg_strbuf *sb) {
    return eg_strbuf_printf(sb, "%llu", (unsigned long long)NODE(p, i)->mentions) < 0 ? -1 : 0;
}
static int node_rank(const eg_column *p, size_t i, eg_strbuf *sb) {
    const ctx *c = C(p);
    int col = eg_measure_col_find(c->measure);
    int whole = col < 0 || eg_measure_is_integer((eg_measure_col)col);
    int rc = whole ? eg_strbuf_printf(sb, "%.0f", c->rankv[i])
                   : eg_strbuf_printf(sb, "%.6f", c->rankv[i]);
    return rc < 0 ? -1 : 0;
}
static int node_filled(const eg_column *p, size_t i, eg_strbuf *sb) {
    (void)p;
    (void)i;
    return eg_strbuf_puts(sb, "filled");
}
static int node_fill(const eg_column *p, size_t i, eg_strbuf *sb) {
    return eg_strbuf_puts(sb, eg_type_color(NODE(p, i)->type));
}
static int node_shape(const eg_column *p, size_t i, eg_strbuf *sb) {
    static const struct {
        const char *type, *shape;
    } shapes[] = {{"person", "ellipse"}, {"organisation", "box"}, {"organization", "box"},
                  {"agency", "hexagon"}, {"country", "octagon"},  {"location", "diamond"}};
    const char *type = NODE(p, i)->type;
    for (size_t k = 0; type && k < sizeof shapes / sizeof shapes[0]; k++)
        if (strcmp(type, shapes[k].type) == 0)
            return eg_strbuf_puts(sb, shapes[k].shape);
    return eg_strbuf_puts(sb, "ellipse");
}
static int node_fontsize(const eg_column *p, size_t i, eg_strbuf *sb) {
    return eg_strbuf_printf(sb, "%.1f", C(p)->fontsize[i]) < 0 ? -1 : 0;
}
static int edge_weight(const eg_column *p, size_t i, eg_strbuf *sb) {
    const ctx *c = C(p);
    size_t k = eg_graph_edge(c->gr, i);
    unsigned long long w =
        c->gr->layer == EG_LAYER_RELATIONS ? c->m->rel[k].count : c->m->co[k].weight;
    return eg_strbuf_printf(sb, "%llu", w) < 0 ? -1 : 0;
}
static int edge_penwidth(const eg_column *p, size_t i, eg_strbuf *sb) {
    return eg_strbuf_printf(sb, "%.2f", C(p)->penwidth[i]) < 0 ? -1 : 0;
}
static int rel_label(const eg_column *p, size_t i, eg_strbuf *sb) {
    const ctx *c = C(p);
    const eg_reledge *r = &c->m->rel[eg_graph_edge(c->gr, i)];
    if (r->negated && eg_strbuf_puts(sb, "not ") != 0)
        return -1;
    return put_label(sb, r->verb);
}
static int rel_style(const eg_column *p, size_t i, eg_strbuf *sb) {
    const ctx *c = C(p);
    return eg_strbuf_puts(sb, c->m->rel[eg_graph_edge(c->gr, i)].hedged ? "dashed" : "solid");
}

typedef struct edgew {
    size_t k;
    uint64_t w;
} edgew;

static int cmp_heaviest(const void *x, const void *y) {
    const edgew *a = x, *b = y;
    if (a->w != b->w)
        return a->w > b->w ? -1 : 1;
    return (a->k > b->k) - (a->k < b->k);
}

static int cmp_index(const void *x, const void *y) {
    const edgew *a = x, *b = y;
    return (a->k > b->k) - (a->k < b->k);
}

/* Points view's edges of the layer at the `cap` heaviest edges among kept
 * nodes (ties: model order, which is by node keys), in model order; *owned
 * is the array to free (NULL when every edge fits and view is m). -1 on
 * ENOMEM. */
static int bound_edges(const eg_model *m, int rel, const unsigned char *keep, size_t cap,
                       eg_model *view, void **owned) {
    *view = *m;
    *owned = NULL;
    size_t ne = rel ? m->nrel : m->nco, n = 0;
    for (size_t k = 0; k < ne; k++) {
        uint32_t a = rel ? m->rel[k].src : m->co[k].a, b = rel ? m->rel[k].dst : m->co[k].b;
        n += a < m->nnodes && b < m->nnodes && keep[a] && keep[b];
    }
    if (n <= cap)
        return 0;
    edgew *v = malloc(n * sizeof *v);
    void *sub = malloc(cap * (rel ? sizeof *m->rel : sizeof *m->co) + 1);
    if (!v || !sub) {
        free(v);
        free(sub);
        return -1;
    }
    n = 0;
    for (size_t k = 0; k < ne; k++) {
        uint32_t a = rel ? m->rel[k].src : m->co[k].a, b = rel ? m->rel[k].dst : m->co[k].b;
        if (a < m->nnodes && b < m->nnodes && keep[a] && keep[b])
            v[n++] = (edgew){k, rel ? m->rel[k].count : m->co[k].weight};
    }
    qsort(v, n, sizeof *v, cmp_heaviest);
    qsort(v, cap, sizeof *v, cmp_index);
    for (size_t i = 0; i < cap; i++) {
        if (rel)
            ((eg_reledge *)sub)[i] = m->rel[v[i].k];
        else
            ((eg_coedge *)sub)[i] = m->co[v[i].k];
    }
    if (rel) {
        view->rel = sub;
        view->nrel = cap;
    } else {
        view->co = sub;
        view->nco = cap;
    }
    free(v);
    *owned = sub;
    return 0;
}

static double node_value(const eg_model *m, const eg_measures *ms, const char *measure, size_t i) {
    if (strcmp(measure, "mentions") == 0)
        return (double)m->nodes[i].mentions;
    if (strcmp(measure, "articles") == 0)
        return (double)m->nodes[i].articles;
    return eg_measure_get(ms, (eg_measure_col)eg_measure_col_find(measure), i);
}

eg_status eg_write_dot(const eg_model *m, const eg_measures *ms, eg_layer layer, size_t top_n,
                       const char *rank_measure, FILE *out, eg_error *err) {
    eg_status st = EG_OK;
    eg_graph gr;
    ctx c;
    size_t *order = NULL;
    unsigned char *cand = NULL, *keep = NULL;
    double *rankv = NULL, *fontsize = NULL, *penwidth = NULL;
    int rel = layer == EG_LAYER_RELATIONS;
    eg_columns cs;
    eg_model view = *m; /* m, or m with its edges bounded */
    void *owned = NULL;

    eg_columns_init(&cs);
    memset(&gr, 0, sizeof gr);
    if (ms && ms->n != m->nnodes) {
        st = eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0, "measures for %zu nodes, model has %zu",
                          ms->n, m->nnodes);
        goto fail;
    }
    if (!rank_measure) {
        if (rel && ms && ms->rel_pagerank)
            rank_measure = "relation_pagerank";
        else if (!rel && ms && ms->pagerank)
            rank_measure = "pagerank";
        else
            rank_measure = "mentions";
    }
    int col = eg_measure_col_find(rank_measure);
    if (strcmp(rank_measure, "mentions") != 0 && strcmp(rank_measure, "articles") != 0 &&
        (col < 0 || !ms || !eg_measure_available(ms, (eg_measure_col)col))) {
        st = eg_error_set(err, EG_ERR_USAGE, NULL, 0, 0, "cannot rank by '%s': %s", rank_measure,
                          col >= 0 ? "the measure was not computed" : "unknown measure");
        goto fail;
    }

    size_t n = m->nnodes ? m->nnodes : 1;
    order = malloc(n * sizeof *order);
    cand = calloc(n, 1);
    keep = calloc(n, 1);
    if (!order || !cand || !keep || eg_rank_order(m, ms, rank_measure, order) != 0)
        goto nomem;
    if (rel) {
        for (size_t k = 0; k < m->nrel; k++)
            if (m->rel[k].src < m->nnodes && m->rel[k].dst < m->nnodes)
                cand[m->rel[k].src] = cand[m->rel[k].dst] = 1;
    } else {
        memset(cand, 1, m->nnodes);
    }
    for (size_t r = 0, kept = 0; r < m->nnodes && (top_n == 0 || kept < top_n); r++) {
        if (cand[order[r]]) {
            keep[order[r]] = 1;
            kept++;
        }
    }
    if (top_n && bound_edges(m, rel, keep, top_n * EG_DOT_EDGES_PER_NODE, &view, &owned) != 0)
        goto nomem;
    m = &view;
    if ((st = eg_graph_build(&gr, m, layer, keep, err)) != EG_OK)
        goto fail;

    rankv = malloc((gr.nv + 1) * sizeof *rankv);
    fontsize = malloc((gr.nv + 1) * sizeof *fontsize);
    penwidth = malloc((gr.ne + 1) * sizeof *penwidth);
    if (!rankv || !fontsize || !penwidth)
        goto nomem;
    double lo = INFINITY, hi = -INFINITY;
    for (size_t i = 0; i < gr.nv; i++) {
        double v = node_value(m, ms, rank_measure, gr.vnode[i]);
        rankv[i] = v;
        if (isfinite(v) && v < lo)
            lo = v;
        if (isfinite(v) && v > hi)
            hi = v;
    }
    for (size_t i = 0; i < gr.nv; i++)
        fontsize[i] =
            hi > lo && isfinite(rankv[i]) ? 10.0 + 14.0 * (rankv[i] - lo) / (hi - lo) : 14.0;
    lo = INFINITY;
    hi = -INFINITY;
    for (size_t e = 0; e < gr.ne; e++) {
        double w = VECTOR(gr.weights)[e];
        if (w < lo)
            lo = w;
        if (w > hi)
            hi = w;
    }
    for (size_t e = 0; e < gr.ne; e++) {
        double w = VECTOR(gr.weights)[e];
        penwidth[e] = hi > lo && lo > 0 ? 1.0 + 7.0 * log(w / lo) / log(hi / lo) : 1.0;
    }

    c.m = m;
    c.gr = &gr;
    c.measure = rank_measure;
    c.rankv = rankv;
    c.fontsize = fontsize;
    c.penwidth = penwidth;
#define SET_STR(edges, attr, fn)                                                                   \
    do {                                                                                           \
        eg_column col_ = {(attr), edges, EG_ATTR_STRING, EG_CLEAN_DOT, fn, NULL, &c, NULL};        \
        if (eg_columns_add(&cs, &col_) != 0)                                                       \
            goto nomem;                                                                            \
    } while (0)
    SET_STR(0, "label", node_label);
    SET_STR(0, "key", node_key);
    SET_STR(0, "type", node_type);
    SET_STR(0, "mentions", node_mentions);
    if (strcmp(rank_measure, "mentions") != 0)
        SET_STR(0, rank_measure, node_rank);
    SET_STR(0, "style", node_filled);
    SET_STR(0, "fillcolor", node_fill);
    SET_STR(0, "shape", node_shape);
    SET_STR(0, "fontsize", node_fontsize);
    if (rel)
        SET_STR(1, "label", rel_label);
    SET_STR(1, "weight", edge_weight);
    SET_STR(1, "penwidth", edge_penwidth);
    if (rel)
        SET_STR(1, "style", rel_style);
#undef SET_STR

    if ((st = eg_graph_write_dot(&gr, &cs, out, "writing DOT", err)) != EG_OK)
        goto fail;
    if (fflush(out) != 0 || ferror(out)) {
        st = eg_error_set(err, EG_ERR_IO, NULL, 0, 0, "cannot write DOT");
        goto fail;
    }
    goto fail;

nomem:
    st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory writing DOT");
fail:
    eg_columns_destroy(&cs);
    free(order);
    free(cand);
    free(keep);
    free(rankv);
    free(fontsize);
    free(penwidth);
    free(owned);
    eg_graph_destroy(&gr);
    return st;
}
