/* export_graphml: one layer of the model written directly in the bytes
 * igraph_write_graph_graphml (prefixed attribute ids) writes for the same
 * graph and attributes, without igraph: no graph is built and nothing is
 * shared, so several files can be written at once on different threads. */
#include "export_graphml.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Vertex i is model node i and edge k model edge k of the layer, as in the
 * graph eg_graph_build makes of every node. */
typedef struct ctx {
    const eg_model *m;
    const eg_measures *ms;
    const double *size; /* per node */
} ctx;

#define C(col) ((const ctx *)(col)->ctx)
#define NODE(col, i) (&C(col)->m->nodes[i])
#define CO(col, i) (&C(col)->m->co[i])
#define REL(col, i) (&C(col)->m->rel[i])

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
    return eg_measure_get(C(c)->ms, *(const eg_measure_col *)c->arg, i);
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

enum { EXTRA_SCAN = 16 };

/* Sorted, distinct gazetteer attribute names of all nodes (borrowed). */
static const char **extra_names(const eg_model *m, size_t *count) {
    size_t total = 0, n = 0;
    for (size_t i = 0; i < m->nnodes; i++)
        total += m->nodes[i].nattrs;
    const char **v = malloc((total ? total : 1) * sizeof *v);
    if (!v)
        return NULL;
    for (size_t i = 0; i < m->nnodes; i++)
        for (size_t k = 0; k < m->nodes[i].nattrs; k++) {
            const char *name = m->nodes[i].attrs[k].name;
            if (!name || !name[0])
                continue;
            /* the nodes share a few names: while there are few, a name
             * already taken is not taken again (the sort drops the rest) */
            size_t j = 0;
            if (n <= EXTRA_SCAN)
                while (j < n && strcmp(v[j], name) != 0)
                    j++;
            if (j == n)
                v[n++] = name;
        }
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

/* ---- writing ---------------------------------------------------------------- */

/* Text collects here and reaches the file in large blocks. */
typedef struct sink {
    FILE *fp;
    eg_strbuf sb;
    eg_strbuf raw, clean; /* a string value as served, and cleaned */
    char point;           /* the locale's decimal point, written as '.' */
    int nomem, ioerr;
} sink;

#define SINK_BLOCK ((size_t)1 << 20)

/* Inlined everywhere, so that the copy of a literal of known length
 * compiles to a few moves instead of calls to strlen and memcpy. */
static inline __attribute__((always_inline)) void put_raw(sink *s, const char *p, size_t n) {
    if (!s->nomem && eg_strbuf_append(&s->sb, p, n) != 0)
        s->nomem = 1;
}

static inline __attribute__((always_inline)) void put_cstr(sink *s, const char *p) {
    put_raw(s, p, strlen(p));
}

static void flush_block(sink *s) {
    if (s->sb.len < SINK_BLOCK || s->nomem || s->ioerr)
        return;
    if (fwrite(s->sb.data, 1, s->sb.len, s->fp) != s->sb.len)
        s->ioerr = 1;
    eg_strbuf_clear(&s->sb);
}

/* p as igraph_i_xml_escape escapes it: & < > " ' as entities. */
static void put_escaped(sink *s, const char *p) {
    const char *run = p;
    for (;; p++) {
        const char *ent;
        switch (*p) {
        case '\0':
            put_raw(s, run, (size_t)(p - run));
            return;
        case '&':
            ent = "&amp;";
            break;
        case '<':
            ent = "&lt;";
            break;
        case '>':
            ent = "&gt;";
            break;
        case '"':
            ent = "&quot;";
            break;
        case '\'':
            ent = "&apos;";
            break;
        default:
            continue;
        }
        put_raw(s, run, (size_t)(p - run));
        put_cstr(s, ent);
        run = p + 1;
    }
}

static void put_int(sink *s, long long v) {
    if (!s->nomem && eg_strbuf_put_int(&s->sb, v) != 0)
        s->nomem = 1;
}

/* A finite real as igraph_real_fprintf_precise prints it ("%.15g" in the C
 * locale); infinities as "Inf" and "-Inf". */
static void put_real(sink *s, double v) {
    if (isinf(v)) {
        put_cstr(s, v < 0 ? "-Inf" : "Inf");
        return;
    }
    /* counts: a whole number under 10^15 prints as its digits */
    if (fabs(v) < 1e15 && v == (double)(long long)v && (v != 0 || !signbit(v))) {
        put_int(s, (long long)v);
        return;
    }
    char buf[64];
    int n = eg_format_g(buf, sizeof buf, v, 15);
    if (n < 0 || (size_t)n >= sizeof buf) {
        s->nomem = 1;
        return;
    }
    if (s->point != '.') {
        char *pos = memchr(buf, s->point, (size_t)n);
        if (pos)
            *pos = '.';
    }
    put_raw(s, buf, (size_t)n);
}

/* Bytes that a string value carries unchanged: printable ASCII but the
 * five that put_escaped escapes. */
static const unsigned char plain[256] = {
    /* 0x00 ... 0x7F; the rest are 0 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
};

/* A column's opening <data> tag ("      <data key=\"v_name\">") and its
 * length. */
typedef struct data_tag {
    char *text;
    size_t len;
} data_tag;

static void put_tag(sink *s, const data_tag *t) {
    put_raw(s, t->text, t->len);
}

/* One element's <data> lines, in column order; tags[k] is column k's
 * opening tag. */
static void put_data(sink *s, const eg_columns *cs, int edges, const data_tag *tags, size_t i) {
    for (size_t k = 0; k < cs->n && !s->nomem; k++) {
        const eg_column *c = &cs->v[k];
        if (c->edges != edges)
            continue;
        if (c->type == EG_ATTR_STRING) {
            eg_strbuf_clear(&s->raw);
            if (c->str(c, i, &s->raw) != 0) {
                s->nomem = 1;
                return;
            }
            const char *v = s->raw.data ? s->raw.data : "";
            /* most values are printable ASCII with nothing to escape: written
             * as they are after one scan */
            const unsigned char *e = (const unsigned char *)v;
            while (plain[*e])
                e++;
            if (!*e) {
                put_tag(s, &tags[k]);
                put_raw(s, v, (size_t)((const char *)e - v));
                put_raw(s, "</data>\n", 8);
                continue;
            }
            /* the writers' cleaning: printable ASCII is kept as it is */
            for (const unsigned char *u = (const unsigned char *)v; *u; u++) {
                if (*u < 0x20 || *u >= 0x7F) {
                    eg_strbuf_clear(&s->clean);
                    if (eg_text_clean(&s->clean, v, c->mode) != 0) {
                        s->nomem = 1;
                        return;
                    }
                    v = s->clean.data;
                    break;
                }
            }
            put_tag(s, &tags[k]);
            put_escaped(s, v);
            put_raw(s, "</data>\n", 8);
        } else if (c->type == EG_ATTR_NUMBER) {
            double v = c->num(c, i);
            if (isnan(v)) /* igraph leaves NaN out */
                continue;
            put_tag(s, &tags[k]);
            put_real(s, v);
            put_raw(s, "</data>\n", 8);
        } else {
            put_tag(s, &tags[k]);
            put_cstr(s, c->num(c, i) != 0 ? "true" : "false");
            put_raw(s, "</data>\n", 8);
        }
    }
}

/* The file for the columns `cs`: nodes 0..nv, then the layer's edges. */
static void render(sink *s, const eg_model *m, const eg_columns *cs, int rel,
                   const data_tag *tags) {
    static const char *const kinds[] = {"string", "double", "boolean"};
    put_cstr(s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns\n"
                "         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
                "<!-- Created by igraph -->\n");
    for (int edges = 0; edges < 2; edges++) {
        for (size_t k = 0; k < cs->n; k++) {
            const eg_column *c = &cs->v[k];
            if (c->edges != edges)
                continue;
            put_cstr(s, edges ? "  <key id=\"e_" : "  <key id=\"v_");
            put_escaped(s, c->name);
            put_cstr(s, edges ? "\" for=\"edge\" attr.name=\"" : "\" for=\"node\" attr.name=\"");
            put_escaped(s, c->name);
            put_cstr(s, "\" attr.type=\"");
            put_cstr(s, kinds[c->type == EG_ATTR_STRING ? 0 : c->type == EG_ATTR_NUMBER ? 1 : 2]);
            put_cstr(s, "\"/>\n");
        }
    }
    put_cstr(s, rel ? "  <graph id=\"G\" edgedefault=\"directed\">\n"
                    : "  <graph id=\"G\" edgedefault=\"undirected\">\n");
    for (size_t i = 0; i < m->nnodes && !s->nomem && !s->ioerr; i++) {
        put_cstr(s, "    <node id=\"n");
        put_int(s, (long long)i);
        put_raw(s, "\">\n", 3);
        put_data(s, cs, 0, tags, i);
        put_cstr(s, "    </node>\n");
        flush_block(s);
    }
    size_t ne = rel ? m->nrel : m->nco;
    for (size_t e = 0; e < ne && !s->nomem && !s->ioerr; e++) {
        /* an undirected edge is written from its smaller end, as igraph
         * stores it */
        size_t a = rel ? m->rel[e].src : m->co[e].a;
        size_t b = rel ? m->rel[e].dst : m->co[e].b;
        if (!rel && a > b) {
            size_t t = a;
            a = b;
            b = t;
        }
        put_cstr(s, "    <edge source=\"n");
        put_int(s, (long long)a);
        put_cstr(s, "\" target=\"n");
        put_int(s, (long long)b);
        put_raw(s, "\">\n", 3);
        put_data(s, cs, 1, tags, e);
        put_cstr(s, "    </edge>\n");
        flush_block(s);
    }
    put_cstr(s, "  </graph>\n</graphml>\n");
}

/* Column k's opening <data> tag, for each column; NULL on ENOMEM. */
static data_tag *data_tags(const eg_columns *cs) {
    data_tag *tags = calloc(cs->n ? cs->n : 1, sizeof *tags);
    sink t;
    memset(&t, 0, sizeof t);
    eg_strbuf_init(&t.sb);
    for (size_t k = 0; tags && k < cs->n; k++) {
        eg_strbuf_clear(&t.sb);
        put_cstr(&t, cs->v[k].edges ? "      <data key=\"e_" : "      <data key=\"v_");
        put_escaped(&t, cs->v[k].name);
        put_raw(&t, "\">", 2);
        if (t.nomem || !(tags[k].text = strdup(t.sb.data))) {
            for (size_t j = 0; j < k; j++)
                free(tags[j].text);
            free(tags);
            tags = NULL;
        } else {
            tags[k].len = t.sb.len;
        }
    }
    eg_strbuf_destroy(&t.sb);
    return tags;
}

eg_status eg_write_graphml(const eg_model *m, const eg_measures *ms, eg_layer layer, FILE *out,
                           eg_error *err) {
    eg_status st;
    ctx c;
    double *size = NULL, *score = NULL;
    const char **extras = NULL;
    data_tag *tags = NULL;
    size_t nextras = 0;
    eg_strbuf name;
    eg_columns cs;
    eg_measure_col mcol[EG_NCOLS];
    int rel = layer == EG_LAYER_RELATIONS;
    size_t n = m->nnodes;

    eg_strbuf_init(&name);
    eg_columns_init(&cs);
    if (ms && ms->n != n) {
        st = eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0, "measures for %zu nodes, model has %zu",
                          ms->n, n);
        goto fail;
    }
    for (size_t k = 0; k < (rel ? m->nrel : m->nco); k++) {
        size_t a = rel ? m->rel[k].src : m->co[k].a;
        size_t b = rel ? m->rel[k].dst : m->co[k].b;
        if (a >= n || b >= n) {
            st = eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0,
                              "%s edge %zu refers to node %zu of %zu", eg_layer_name(layer), k,
                              a > b ? a : b, n);
            goto fail;
        }
    }
    size = malloc((n + 1) * sizeof *size);
    score = malloc((n + 1) * sizeof *score);
    if (!size || !score)
        goto nomem;
    c.m = m;
    c.ms = ms;
    c.size = size;
    const double *pr = ms ? (rel && ms->rel_pagerank ? ms->rel_pagerank : ms->pagerank) : NULL;
    for (size_t i = 0; i < n; i++)
        score[i] = pr ? pr[i] : (double)m->nodes[i].mentions;
    scale_sizes(size, score, n);

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
    if (!(tags = data_tags(&cs)))
        goto nomem;
    sink s;
    memset(&s, 0, sizeof s);
    s.fp = out;
    s.point = *localeconv()->decimal_point;
    eg_strbuf_init(&s.sb);
    eg_strbuf_init(&s.raw);
    eg_strbuf_init(&s.clean);
    render(&s, m, &cs, rel, tags);
    if (!s.nomem && !s.ioerr && s.sb.len && fwrite(s.sb.data, 1, s.sb.len, out) != s.sb.len)
        s.ioerr = 1;
    eg_strbuf_destroy(&s.sb);
    eg_strbuf_destroy(&s.raw);
    eg_strbuf_destroy(&s.clean);
    if (s.nomem)
        goto nomem;
    if (s.ioerr || fflush(out) != 0 || ferror(out)) {
        st = eg_error_set(err, EG_ERR_IO, NULL, 0, 0, "cannot write GraphML");
        goto fail;
    }
    st = EG_OK;
    goto fail;

nomem:
    st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory writing GraphML");
fail:
    for (size_t k = 0; tags && k < cs.n; k++)
        free(tags[k].text);
    free(tags);
    eg_columns_destroy(&cs);
    free(extras);
    free(size);
    free(score);
    eg_strbuf_destroy(&name);
    return st;
}
