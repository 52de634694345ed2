/* graph: igraph set-up with recording handlers, one-call graph building per
 * layer, an attribute handler that serves the DOT writer's values from
 * column callbacks, and the text cleaning and colours shared by the graph
 * writers. */
#include "graph.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int setup_done;
static char last_error[512];
static char last_warning[512];

static void record_error(const char *reason, const char *file, int line, igraph_error_t code) {
    (void)file;
    (void)line;
    if (!last_error[0] && reason && reason[0])
        snprintf(last_error, sizeof last_error, "%s", reason);
    if (!last_error[0])
        snprintf(last_error, sizeof last_error, "%s", igraph_strerror(code));
    IGRAPH_FINALLY_FREE();
}

static void record_warning(const char *reason, const char *file, int line) {
    (void)file;
    (void)line;
    snprintf(last_warning, sizeof last_warning, "%s", reason ? reason : "");
}

void eg_graph_setup(void) {
    if (setup_done)
        return;
    igraph_set_attribute_table(&igraph_cattribute_table);
    igraph_set_error_handler(record_error);
    igraph_set_warning_handler(record_warning);
    setup_done = 1;
}

void eg_graph_reset_error(void) {
    last_error[0] = '\0';
    last_warning[0] = '\0';
}

const char *eg_graph_last_error(void) {
    return last_error;
}

const char *eg_graph_last_warning(void) {
    return last_warning;
}

eg_status eg_graph_fail(eg_error *err, igraph_error_t rc, const char *source, const char *what) {
    eg_status st = rc == IGRAPH_ENOMEM ? EG_ERR_NOMEM : EG_ERR_GRAPH;
    const char *msg = last_error[0] ? last_error : igraph_strerror(rc);
    eg_error_set(err, st, source, 0, 0, "%s: %s", what, msg);
    eg_graph_reset_error();
    return st;
}

const char *eg_layer_name(eg_layer layer) {
    return layer == EG_LAYER_RELATIONS ? "relations" : "cooccurrence";
}

void eg_graph_destroy(eg_graph *gr) {
    if (!gr)
        return;
    if (gr->has_graph)
        igraph_destroy(&gr->g);
    if (gr->has_weights)
        igraph_vector_destroy(&gr->weights);
    free(gr->vnode);
    free(gr->eidx);
    gr->has_graph = gr->has_weights = 0;
    gr->vnode = gr->eidx = NULL;
    gr->nv = gr->ne = 0;
}

eg_status eg_graph_build(eg_graph *gr, const eg_model *m, eg_layer layer, const unsigned char *keep,
                         eg_error *err) {
    eg_status st = EG_OK;
    igraph_vector_int_t edges;
    int has_edges = 0;
    size_t *vmap = NULL;
    igraph_error_t rc;
    int rel = layer == EG_LAYER_RELATIONS;
    size_t nedges_model = rel ? m->nrel : m->nco;

    eg_graph_setup();
    eg_graph_reset_error();
    memset(gr, 0, sizeof *gr);
    gr->layer = layer;

    vmap = malloc((m->nnodes ? m->nnodes : 1) * sizeof *vmap);
    gr->vnode = malloc((m->nnodes ? m->nnodes : 1) * sizeof *gr->vnode);
    if (!vmap || !gr->vnode) {
        st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory building the %s graph",
                          eg_layer_name(layer));
        goto fail;
    }
    for (size_t i = 0; i < m->nnodes; i++) {
        if (keep && !keep[i]) {
            vmap[i] = SIZE_MAX;
            continue;
        }
        vmap[i] = gr->nv;
        gr->vnode[gr->nv++] = i;
    }

    size_t ne = 0;
    for (size_t k = 0; k < nedges_model; k++) {
        size_t a = rel ? m->rel[k].src : m->co[k].a;
        size_t b = rel ? m->rel[k].dst : m->co[k].b;
        if (a >= m->nnodes || b >= m->nnodes) {
            st = eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0,
                              "%s edge %zu refers to node %zu of %zu", eg_layer_name(layer), k,
                              a > b ? a : b, m->nnodes);
            goto fail;
        }
        if (vmap[a] != SIZE_MAX && vmap[b] != SIZE_MAX)
            ne++;
    }
    /* Every edge kept (the usual case): no index, see eg_graph_edge. */
    gr->eidx = ne == nedges_model ? NULL : malloc((ne ? ne : 1) * sizeof *gr->eidx);
    if (ne != nedges_model && !gr->eidx) {
        st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory building the %s graph",
                          eg_layer_name(layer));
        goto fail;
    }
    rc = igraph_vector_int_init(&edges, (igraph_integer_t)(2 * ne));
    if (rc != IGRAPH_SUCCESS) {
        st = eg_graph_fail(err, rc, NULL, "building the graph");
        goto fail;
    }
    has_edges = 1;
    for (size_t k = 0; k < nedges_model; k++) {
        size_t a = rel ? m->rel[k].src : m->co[k].a;
        size_t b = rel ? m->rel[k].dst : m->co[k].b;
        if (vmap[a] == SIZE_MAX || vmap[b] == SIZE_MAX)
            continue;
        VECTOR(edges)[2 * gr->ne] = (igraph_integer_t)vmap[a];
        VECTOR(edges)[2 * gr->ne + 1] = (igraph_integer_t)vmap[b];
        if (gr->eidx)
            gr->eidx[gr->ne] = k;
        gr->ne++;
    }
    free(vmap);
    vmap = NULL;
    /* The weights are made once the graph is: igraph_create's sort of the
     * edges is the graph stage's peak, which they would raise. */
    rc = igraph_create(&gr->g, &edges, (igraph_integer_t)gr->nv,
                       rel ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED);
    if (rc != IGRAPH_SUCCESS) {
        st = eg_graph_fail(err, rc, NULL, "building the graph");
        goto fail;
    }
    gr->has_graph = 1;
    igraph_vector_int_destroy(&edges);
    has_edges = 0;
    rc = igraph_vector_init(&gr->weights, (igraph_integer_t)ne);
    if (rc != IGRAPH_SUCCESS) {
        st = eg_graph_fail(err, rc, NULL, "building the graph");
        goto fail;
    }
    gr->has_weights = 1;
    for (size_t e = 0; e < gr->ne; e++) {
        size_t k = gr->eidx ? gr->eidx[e] : e;
        VECTOR(gr->weights)[e] = (igraph_real_t)(rel ? m->rel[k].count : m->co[k].weight);
    }
    return EG_OK;

fail:
    if (has_edges)
        igraph_vector_int_destroy(&edges);
    free(vmap);
    eg_graph_destroy(gr);
    return st;
}

/* Decodes one UTF-8 sequence; returns its length, or 0 if invalid. */
static size_t decode(const unsigned char *s, uint32_t *cp) {
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        v = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        v = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        v = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return len;
}

/* Length of the leading run of printable ASCII, which every mode keeps. */
static size_t printable_ascii(const unsigned char *p) {
    size_t n = 0;
    while (p[n] >= 0x20 && p[n] < 0x7F)
        n++;
    return n;
}

int eg_text_clean(eg_strbuf *sb, const char *s, eg_clean_mode mode) {
    static const char fffd[] = "\xEF\xBF\xBD";
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    if (eg_strbuf_reserve(sb, strlen((const char *)p)) != 0)
        return -1;
    sb->data[sb->len] = '\0';
    while (*p) {
        size_t run = printable_ascii(p);
        if (run) {
            if (eg_strbuf_append(sb, (const char *)p, run) != 0)
                return -1;
            p += run;
            continue;
        }
        uint32_t cp = 0;
        size_t len = decode(p, &cp);
        const char *rep = NULL;
        if (len == 0) {
            rep = fffd;
            len = 1;
        } else if (cp == 0xFFFE || cp == 0xFFFF) {
            rep = fffd;
        } else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            switch (mode) {
            case EG_CLEAN_XML:
                if (cp != '\t' && cp != '\n' && cp != '\r')
                    rep = fffd;
                break;
            case EG_CLEAN_DOT:
                if (cp != '\n')
                    rep = " ";
                break;
            case EG_CLEAN_LINE:
                rep = " ";
                break;
            }
        }
        int rc = rep ? eg_strbuf_puts(sb, rep) : eg_strbuf_append(sb, (const char *)p, len);
        if (rc != 0)
            return -1;
        p += len;
    }
    return 0;
}

const char *eg_type_color(const char *type) {
    static const struct {
        const char *type;
        const char *color;
    } colors[] = {
        {"person", "#4E79A7"}, {"organisation", "#F28E2B"}, {"organization", "#F28E2B"},
        {"agency", "#E15759"}, {"country", "#59A14F"},      {"location", "#76B7B2"},
    };
    if (type)
        for (size_t i = 0; i < sizeof colors / sizeof colors[0]; i++)
            if (strcmp(type, colors[i].type) == 0)
                return colors[i].color;
    return "#BAB0AC";
}

/* ---- attributes served while writing -------------------------------------- */

void eg_columns_init(eg_columns *cs) {
    memset(cs, 0, sizeof *cs);
}

void eg_columns_destroy(eg_columns *cs) {
    for (size_t i = 0; i < cs->n; i++)
        free(cs->names[i]);
    free(cs->names);
    free(cs->v);
    memset(cs, 0, sizeof *cs);
}

int eg_columns_add(eg_columns *cs, const eg_column *c) {
    char *name = strdup(c->name ? c->name : "");
    if (!name)
        return -1;
    for (size_t i = 0; i < cs->n; i++) {
        if (cs->v[i].edges == c->edges && strcmp(cs->names[i], name) == 0) {
            free(name);
            cs->v[i] = *c;
            cs->v[i].name = cs->names[i];
            return 0;
        }
    }
    if (cs->n == cs->cap) {
        size_t cap = cs->cap ? cs->cap * 2 : 16;
        eg_column *v = realloc(cs->v, cap * sizeof *v);
        if (v)
            cs->v = v;
        char **names = v ? realloc(cs->names, cap * sizeof *names) : NULL;
        if (!names) {
            free(name);
            return -1;
        }
        cs->names = names;
        cs->cap = cap;
    }
    cs->v[cs->n] = *c;
    cs->v[cs->n].name = cs->names[cs->n] = name;
    cs->n++;
    return 0;
}

/* The write in progress: igraph's attribute calls come here. igraph runs on
 * one thread, so one is enough. */
static struct {
    const eg_graph *gr;
    const eg_columns *cols;
    const char **seen; /* per column: the name pointer igraph asked for it by */
    eg_strbuf raw, clean;
} serving;

/* The column igraph means by `name`. igraph asks by the same name pointers
 * for every element, so pointers are compared before names. */
static const eg_column *column_of(int edges, const char *name) {
    if (!serving.cols || !name)
        return NULL;
    for (size_t i = 0; i < serving.cols->n; i++)
        if (serving.seen[i] == name && serving.cols->v[i].edges == edges)
            return &serving.cols->v[i];
    for (size_t i = 0; i < serving.cols->n; i++) {
        const eg_column *c = &serving.cols->v[i];
        if (c->edges == edges && strcmp(c->name, name) == 0) {
            serving.seen[i] = name;
            return c;
        }
    }
    return NULL;
}

static igraph_error_t attr_fail(const char *reason, igraph_error_t code) {
    IGRAPH_ERROR(reason, code);
}

/* The value of a string column for element i, cleaned; NULL on ENOMEM. */
static const char *column_string(const eg_column *c, size_t i) {
    eg_strbuf_clear(&serving.raw);
    if (c->str(c, i, &serving.raw) != 0)
        return NULL;
    const char *v = serving.raw.data ? serving.raw.data : "";
    if (v[printable_ascii((const unsigned char *)v)] == '\0')
        return v;
    eg_strbuf_clear(&serving.clean);
    if (eg_text_clean(&serving.clean, v, c->mode) != 0)
        return NULL;
    return serving.clean.data;
}

/* Element ids selected by a vertex or edge selector, for the general case
 * (igraph's writer asks for one element at a time). */
static igraph_error_t selected(const igraph_t *graph, int edges, const igraph_vs_t *vs,
                               const igraph_es_t *es, igraph_vector_int_t *ids) {
    if (edges) {
        igraph_eit_t it;
        IGRAPH_CHECK(igraph_eit_create(graph, *es, &it));
        IGRAPH_FINALLY(igraph_eit_destroy, &it);
        IGRAPH_CHECK(igraph_eit_as_vector(&it, ids));
        igraph_eit_destroy(&it);
    } else {
        igraph_vit_t it;
        IGRAPH_CHECK(igraph_vit_create(graph, *vs, &it));
        IGRAPH_FINALLY(igraph_vit_destroy, &it);
        IGRAPH_CHECK(igraph_vit_as_vector(&it, ids));
        igraph_vit_destroy(&it);
    }
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

typedef enum { GET_NUM, GET_STR, GET_BOOL } get_kind;

/* The values of column `name` for the selected elements into one of num,
 * str or bools. */
static igraph_error_t get_values(const igraph_t *graph, int edges, const char *name,
                                 const igraph_vs_t *vs, const igraph_es_t *es, get_kind kind,
                                 void *out) {
    static const eg_attr_type want[] = {EG_ATTR_NUMBER, EG_ATTR_STRING, EG_ATTR_BOOL};
    const eg_column *c = serving.gr && graph == &serving.gr->g ? column_of(edges, name) : NULL;
    if (!c)
        return attr_fail("No such attribute", IGRAPH_EINVAL);
    if (c->type != want[kind])
        return attr_fail("Invalid attribute type", IGRAPH_EINVAL);
    igraph_integer_t one = -1;
    if (edges && es->type == IGRAPH_ES_1)
        one = es->data.eid;
    else if (!edges && vs->type == IGRAPH_VS_1)
        one = vs->data.vid;
    igraph_vector_int_t ids;
    igraph_integer_t n = 1;
    if (one < 0) {
        IGRAPH_VECTOR_INT_INIT_FINALLY(&ids, 0);
        IGRAPH_CHECK(selected(graph, edges, vs, es, &ids));
        n = igraph_vector_int_size(&ids);
    }
    switch (kind) {
    case GET_NUM:
        IGRAPH_CHECK(igraph_vector_resize(out, n));
        break;
    case GET_STR:
        IGRAPH_CHECK(igraph_strvector_resize(out, n));
        break;
    case GET_BOOL:
        IGRAPH_CHECK(igraph_vector_bool_resize(out, n));
        break;
    }
    for (igraph_integer_t k = 0; k < n; k++) {
        size_t i = (size_t)(one >= 0 ? one : VECTOR(ids)[k]);
        if (kind == GET_STR) {
            const char *v = column_string(c, i);
            if (!v)
                return attr_fail("Out of memory", IGRAPH_ENOMEM);
            IGRAPH_CHECK(igraph_strvector_set(out, k, v));
        } else if (kind == GET_NUM) {
            VECTOR(*(igraph_vector_t *)out)[k] = c->num(c, i);
        } else {
            VECTOR(*(igraph_vector_bool_t *)out)[k] = c->num(c, i) != 0;
        }
    }
    if (one < 0) {
        igraph_vector_int_destroy(&ids);
        IGRAPH_FINALLY_CLEAN(1);
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t get_num_v(const igraph_t *g, const char *name, igraph_vs_t vs,
                                igraph_vector_t *value) {
    return get_values(g, 0, name, &vs, NULL, GET_NUM, value);
}
static igraph_error_t get_str_v(const igraph_t *g, const char *name, igraph_vs_t vs,
                                igraph_strvector_t *value) {
    return get_values(g, 0, name, &vs, NULL, GET_STR, value);
}
static igraph_error_t get_bool_v(const igraph_t *g, const char *name, igraph_vs_t vs,
                                 igraph_vector_bool_t *value) {
    return get_values(g, 0, name, &vs, NULL, GET_BOOL, value);
}
static igraph_error_t get_num_e(const igraph_t *g, const char *name, igraph_es_t es,
                                igraph_vector_t *value) {
    return get_values(g, 1, name, NULL, &es, GET_NUM, value);
}
static igraph_error_t get_str_e(const igraph_t *g, const char *name, igraph_es_t es,
                                igraph_strvector_t *value) {
    return get_values(g, 1, name, NULL, &es, GET_STR, value);
}
static igraph_error_t get_bool_e(const igraph_t *g, const char *name, igraph_es_t es,
                                 igraph_vector_bool_t *value) {
    return get_values(g, 1, name, NULL, &es, GET_BOOL, value);
}

static igraph_attribute_type_t igraph_type(eg_attr_type t) {
    return t == EG_ATTR_STRING   ? IGRAPH_ATTRIBUTE_STRING
           : t == EG_ATTR_NUMBER ? IGRAPH_ATTRIBUTE_NUMERIC
                                 : IGRAPH_ATTRIBUTE_BOOLEAN;
}

static igraph_error_t get_info(const igraph_t *graph, igraph_strvector_t *gnames,
                               igraph_vector_int_t *gtypes, igraph_strvector_t *vnames,
                               igraph_vector_int_t *vtypes, igraph_strvector_t *enames,
                               igraph_vector_int_t *etypes) {
    (void)graph;
    igraph_strvector_t *names[2] = {vnames, enames};
    igraph_vector_int_t *types[2] = {vtypes, etypes};
    if (gnames)
        igraph_strvector_clear(gnames);
    if (gtypes)
        igraph_vector_int_clear(gtypes);
    for (int k = 0; k < 2; k++) {
        if (names[k])
            igraph_strvector_clear(names[k]);
        if (types[k])
            igraph_vector_int_clear(types[k]);
    }
    for (size_t i = 0; serving.cols && i < serving.cols->n; i++) {
        const eg_column *c = &serving.cols->v[i];
        int k = c->edges ? 1 : 0;
        if (names[k])
            IGRAPH_CHECK(igraph_strvector_push_back(names[k], c->name));
        if (types[k])
            IGRAPH_CHECK(igraph_vector_int_push_back(types[k], igraph_type(c->type)));
    }
    return IGRAPH_SUCCESS;
}

static igraph_bool_t has_attr(const igraph_t *graph, igraph_attribute_elemtype_t type,
                              const char *name) {
    (void)graph;
    return type != IGRAPH_ATTRIBUTE_GRAPH && column_of(type == IGRAPH_ATTRIBUTE_EDGE, name);
}

static igraph_error_t get_type(const igraph_t *graph, igraph_attribute_type_t *type,
                               igraph_attribute_elemtype_t elemtype, const char *name) {
    (void)graph;
    const eg_column *c = elemtype == IGRAPH_ATTRIBUTE_GRAPH
                             ? NULL
                             : column_of(elemtype == IGRAPH_ATTRIBUTE_EDGE, name);
    if (!c)
        return attr_fail("No such attribute", IGRAPH_EINVAL);
    *type = igraph_type(c->type);
    return IGRAPH_SUCCESS;
}

/* Graphs never change while a writer runs: what would change one fails. */
static igraph_error_t no_init(igraph_t *graph, igraph_vector_ptr_t *attr) {
    (void)attr;
    graph->attr = NULL;
    return IGRAPH_SUCCESS;
}
static void no_destroy(igraph_t *graph) {
    (void)graph;
}
static igraph_error_t no_copy(igraph_t *to, const igraph_t *from, igraph_bool_t ga,
                              igraph_bool_t va, igraph_bool_t ea) {
    (void)to, (void)from, (void)ga, (void)va, (void)ea;
    return attr_fail("Read-only attributes", IGRAPH_UNIMPLEMENTED);
}
static igraph_error_t no_add_vertices(igraph_t *graph, igraph_integer_t nv,
                                      igraph_vector_ptr_t *attr) {
    (void)graph, (void)nv, (void)attr;
    return attr_fail("Read-only attributes", IGRAPH_UNIMPLEMENTED);
}
static igraph_error_t no_permute(const igraph_t *graph, igraph_t *newgraph,
                                 const igraph_vector_int_t *idx) {
    (void)graph, (void)newgraph, (void)idx;
    return attr_fail("Read-only attributes", IGRAPH_UNIMPLEMENTED);
}
static igraph_error_t no_combine(const igraph_t *graph, igraph_t *newgraph,
                                 const igraph_vector_int_list_t *merges,
                                 const igraph_attribute_combination_t *comb) {
    (void)graph, (void)newgraph, (void)merges, (void)comb;
    return attr_fail("Read-only attributes", IGRAPH_UNIMPLEMENTED);
}
static igraph_error_t no_add_edges(igraph_t *graph, const igraph_vector_int_t *edges,
                                   igraph_vector_ptr_t *attr) {
    (void)graph, (void)edges, (void)attr;
    return attr_fail("Read-only attributes", IGRAPH_UNIMPLEMENTED);
}
static igraph_error_t no_graph_num(const igraph_t *graph, const char *name,
                                   igraph_vector_t *value) {
    (void)graph, (void)name, (void)value;
    return attr_fail("No such attribute", IGRAPH_EINVAL);
}
static igraph_error_t no_graph_str(const igraph_t *graph, const char *name,
                                   igraph_strvector_t *value) {
    (void)graph, (void)name, (void)value;
    return attr_fail("No such attribute", IGRAPH_EINVAL);
}
static igraph_error_t no_graph_bool(const igraph_t *graph, const char *name,
                                    igraph_vector_bool_t *value) {
    (void)graph, (void)name, (void)value;
    return attr_fail("No such attribute", IGRAPH_EINVAL);
}

static const igraph_attribute_table_t serving_table = {
    .init = no_init,
    .destroy = no_destroy,
    .copy = no_copy,
    .add_vertices = no_add_vertices,
    .permute_vertices = no_permute,
    .combine_vertices = no_combine,
    .add_edges = no_add_edges,
    .permute_edges = no_permute,
    .combine_edges = no_combine,
    .get_info = get_info,
    .has_attr = has_attr,
    .gettype = get_type,
    .get_numeric_graph_attr = no_graph_num,
    .get_string_graph_attr = no_graph_str,
    .get_bool_graph_attr = no_graph_bool,
    .get_numeric_vertex_attr = get_num_v,
    .get_string_vertex_attr = get_str_v,
    .get_bool_vertex_attr = get_bool_v,
    .get_numeric_edge_attr = get_num_e,
    .get_string_edge_attr = get_str_e,
    .get_bool_edge_attr = get_bool_e,
};

eg_status eg_graph_write_dot(const eg_graph *gr, const eg_columns *cols, FILE *out,
                             const char *what, eg_error *err) {
    eg_graph_setup();
    eg_graph_reset_error();
    memset(&serving, 0, sizeof serving);
    serving.seen = calloc(cols->n ? cols->n : 1, sizeof *serving.seen);
    if (!serving.seen)
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "%s: out of memory", what);
    serving.gr = gr;
    serving.cols = cols;
    eg_strbuf_init(&serving.raw);
    eg_strbuf_init(&serving.clean);
    /* The graph was made, and is destroyed, under the C attribute handler;
     * for the write igraph asks ours instead. */
    igraph_attribute_table_t *saved = igraph_set_attribute_table(&serving_table);
    igraph_error_t rc = igraph_write_graph_dot(&gr->g, out);
    igraph_set_attribute_table(saved);
    eg_strbuf_destroy(&serving.raw);
    eg_strbuf_destroy(&serving.clean);
    free(serving.seen);
    memset(&serving, 0, sizeof serving);
    if (rc != IGRAPH_SUCCESS)
        return eg_graph_fail(err, rc, NULL, what);
    return EG_OK;
}
