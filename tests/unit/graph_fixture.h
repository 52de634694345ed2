/* graph_fixture: builds eg_model values by hand for the graph, analysis,
 * export and ranking tests (all strings malloc'd, so eg_model_destroy frees
 * them), plus a seeded random model for timing runs. Aborts on ENOMEM. */
#ifndef EG_GRAPH_FIXTURE_H
#define EG_GRAPH_FIXTURE_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"

static inline void *fx_alloc(void *p) {
    if (!p) {
        fprintf(stderr, "graph_fixture: out of memory\n");
        abort();
    }
    return p;
}

static inline char *fx_strdup(const char *s) {
    return s ? fx_alloc(strdup(s)) : NULL;
}

/* Appends a node; callers add nodes in key order. Returns its index. */
static inline uint32_t fx_node(eg_model *m, const char *key, const char *name, const char *type,
                               uint64_t mentions) {
    m->nodes = fx_alloc(realloc(m->nodes, (m->nnodes + 1) * sizeof *m->nodes));
    eg_node *n = &m->nodes[m->nnodes];
    memset(n, 0, sizeof *n);
    n->key = fx_strdup(key);
    n->name = fx_strdup(name);
    n->type = fx_strdup(type);
    n->mentions = mentions;
    n->articles = mentions ? (mentions + 1) / 2 : 0;
    return (uint32_t)m->nnodes++;
}

/* Appends a gazetteer attribute (callers add them in name order). */
static inline void fx_attr(eg_model *m, uint32_t node, const char *name, const char *value) {
    eg_node *n = &m->nodes[node];
    n->attrs = fx_alloc(realloc(n->attrs, (n->nattrs + 1) * sizeof *n->attrs));
    n->attrs[n->nattrs].name = fx_strdup(name);
    n->attrs[n->nattrs].value = fx_strdup(value);
    n->nattrs++;
}

/* Appends a co-occurrence edge (a < b; callers keep (a, b) order). */
static inline void fx_co(eg_model *m, uint32_t a, uint32_t b, uint64_t weight) {
    m->co = fx_alloc(realloc(m->co, (m->nco + 1) * sizeof *m->co));
    eg_coedge *e = &m->co[m->nco++];
    memset(e, 0, sizeof *e);
    e->a = a;
    e->b = b;
    e->weight = weight;
    e->ids.total = weight;
    e->first_date = fx_strdup("2024-01-02");
    e->last_date = fx_strdup("2024-03-04");
}

/* Appends a relation edge. */
static inline void fx_rel(eg_model *m, uint32_t src, uint32_t dst, const char *verb, int negated,
                          int hedged, uint64_t count) {
    m->rel = fx_alloc(realloc(m->rel, (m->nrel + 1) * sizeof *m->rel));
    eg_reledge *e = &m->rel[m->nrel++];
    memset(e, 0, sizeof *e);
    e->src = src;
    e->dst = dst;
    e->verb = fx_strdup(verb);
    e->cls = fx_strdup("conflict");
    e->negated = negated;
    e->hedged = hedged;
    e->count = count;
    e->forms = fx_strdup(verb);
    e->ids.total = count;
}

static inline uint64_t fx_rand(uint64_t *s) {
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static inline int fx_cmp_pair(const void *pa, const void *pb) {
    const uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;
    return (a > b) - (a < b);
}

/* A random model: n nodes, about `edges` distinct co-occurrence edges with
 * heavy-tailed endpoints and weights, and edges / 10 relations. */
static inline void fx_random(eg_model *m, size_t n, size_t edges, uint64_t seed) {
    static const char *types[] = {"person", "organisation", "agency", "country", "location"};
    eg_model_init(m);
    m->nodes = fx_alloc(calloc(n + 1, sizeof *m->nodes));
    for (size_t i = 0; i < n; i++) {
        char key[32], name[32];
        snprintf(key, sizeof key, "n%08zu", i);
        snprintf(name, sizeof name, "Entity %zu", i);
        m->nodes[i].key = fx_strdup(key);
        m->nodes[i].name = fx_strdup(name);
        m->nodes[i].type = fx_strdup(types[i % 5]);
        m->nodes[i].mentions = 1 + fx_rand(&seed) % 100;
        m->nodes[i].articles = 1 + m->nodes[i].mentions / 2;
    }
    m->nnodes = n;
    uint64_t *pairs = fx_alloc(malloc((edges + 1) * sizeof *pairs));
    size_t np = 0;
    for (size_t k = 0; k < edges && n > 1; k++) {
        /* squaring a uniform draw skews endpoints towards low indices */
        double u = (double)(fx_rand(&seed) >> 11) / 9007199254740992.0;
        uint64_t a = (uint64_t)(u * u * (double)n), b = fx_rand(&seed) % n;
        if (a >= n)
            a = n - 1;
        if (a == b)
            continue;
        pairs[np++] = a < b ? (a << 32) | b : (b << 32) | a;
    }
    qsort(pairs, np, sizeof *pairs, fx_cmp_pair);
    m->co = fx_alloc(calloc(np + 1, sizeof *m->co));
    for (size_t k = 0; k < np; k++) {
        if (k > 0 && pairs[k] == pairs[k - 1]) {
            m->co[m->nco - 1].weight++;
            continue;
        }
        eg_coedge *e = &m->co[m->nco++];
        e->a = (uint32_t)(pairs[k] >> 32);
        e->b = (uint32_t)(pairs[k] & 0xFFFFFFFFu);
        e->weight = 1 + (fx_rand(&seed) % 8 == 0 ? fx_rand(&seed) % 20 : 0);
        e->ids.total = e->weight;
    }
    size_t nrel = n > 1 ? edges / 10 : 0;
    m->rel = fx_alloc(calloc(nrel + 1, sizeof *m->rel));
    for (size_t k = 0; k < nrel; k++) {
        /* ascending sources keep the (src, dst, ...) order well formed enough */
        eg_reledge *e = &m->rel[m->nrel++];
        e->src = (uint32_t)(k * n / (nrel ? nrel : 1));
        e->dst = (uint32_t)((e->src + 1 + fx_rand(&seed) % (n - 1)) % n);
        e->verb = fx_strdup("meet");
        e->cls = fx_strdup("meeting");
        e->forms = fx_strdup("met");
        e->count = 1 + fx_rand(&seed) % 3;
        e->ids.total = e->count;
    }
    free(pairs);
}

#endif
