/* graph: igraph set-up with recording handlers, one-call graph building per
 * layer, and the text cleaning and colours shared by the graph writers. */
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
    gr->eidx = malloc((ne ? ne : 1) * sizeof *gr->eidx);
    if (!gr->eidx) {
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
    rc = igraph_vector_init(&gr->weights, (igraph_integer_t)ne);
    if (rc != IGRAPH_SUCCESS) {
        st = eg_graph_fail(err, rc, NULL, "building the graph");
        goto fail;
    }
    gr->has_weights = 1;
    for (size_t k = 0; k < nedges_model; k++) {
        size_t a = rel ? m->rel[k].src : m->co[k].a;
        size_t b = rel ? m->rel[k].dst : m->co[k].b;
        if (vmap[a] == SIZE_MAX || vmap[b] == SIZE_MAX)
            continue;
        VECTOR(edges)[2 * gr->ne] = (igraph_integer_t)vmap[a];
        VECTOR(edges)[2 * gr->ne + 1] = (igraph_integer_t)vmap[b];
        VECTOR(gr->weights)[gr->ne] = (igraph_real_t)(rel ? m->rel[k].count : m->co[k].weight);
        gr->eidx[gr->ne++] = k;
    }
    rc = igraph_create(&gr->g, &edges, (igraph_integer_t)gr->nv,
                       rel ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED);
    if (rc != IGRAPH_SUCCESS) {
        st = eg_graph_fail(err, rc, NULL, "building the graph");
        goto fail;
    }
    gr->has_graph = 1;
    igraph_vector_int_destroy(&edges);
    free(vmap);
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

int eg_text_clean(eg_strbuf *sb, const char *s, eg_clean_mode mode) {
    static const char fffd[] = "\xEF\xBF\xBD";
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    if (eg_strbuf_reserve(sb, strlen((const char *)p)) != 0)
        return -1;
    sb->data[sb->len] = '\0';
    while (*p) {
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

eg_status eg_graph_set_strings(eg_graph *gr, int edges, const char *name, eg_attr_fn fn,
                               const void *ctx, eg_clean_mode mode, eg_error *err) {
    eg_status st = EG_OK;
    size_t n = edges ? gr->ne : gr->nv;
    igraph_strvector_t sv;
    eg_strbuf raw, clean;
    int has_sv = 0;
    igraph_error_t rc;

    eg_strbuf_init(&raw);
    eg_strbuf_init(&clean);
    rc = igraph_strvector_init(&sv, (igraph_integer_t)n);
    if (rc != IGRAPH_SUCCESS) {
        st = eg_graph_fail(err, rc, NULL, name);
        goto fail;
    }
    has_sv = 1;
    for (size_t i = 0; i < n; i++) {
        eg_strbuf_clear(&raw);
        eg_strbuf_clear(&clean);
        if (fn(ctx, i, &raw) != 0 || eg_text_clean(&clean, raw.data, mode) != 0) {
            st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory setting '%s'", name);
            goto fail;
        }
        rc = igraph_strvector_set(&sv, (igraph_integer_t)i, clean.data ? clean.data : "");
        if (rc != IGRAPH_SUCCESS) {
            st = eg_graph_fail(err, rc, NULL, name);
            goto fail;
        }
    }
    rc = edges ? igraph_cattribute_EAS_setv(&gr->g, name, &sv)
               : igraph_cattribute_VAS_setv(&gr->g, name, &sv);
    if (rc != IGRAPH_SUCCESS)
        st = eg_graph_fail(err, rc, NULL, name);

fail:
    if (has_sv)
        igraph_strvector_destroy(&sv);
    eg_strbuf_destroy(&raw);
    eg_strbuf_destroy(&clean);
    return st;
}

eg_status eg_graph_set_numbers(eg_graph *gr, int edges, const char *name, const double *values,
                               eg_error *err) {
    size_t n = edges ? gr->ne : gr->nv;
    static const double none = 0.0;
    igraph_vector_t view;
    memset(&view, 0, sizeof view);
    const igraph_vector_t *v =
        igraph_vector_view(&view, values ? values : &none, (igraph_integer_t)n);
    igraph_error_t rc = edges ? igraph_cattribute_EAN_setv(&gr->g, name, v)
                              : igraph_cattribute_VAN_setv(&gr->g, name, v);
    if (rc != IGRAPH_SUCCESS)
        return eg_graph_fail(err, rc, NULL, name);
    return EG_OK;
}
