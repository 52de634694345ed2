/* model: ownership and lookup for the merged corpus. */
#include "model.h"

#include <stdlib.h>
#include <string.h>

#include "evpool.h"

void eg_model_init(eg_model *m) {
    memset(m, 0, sizeof *m);
}

static void idlist_destroy(eg_idlist *l) {
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
}

/* The strings of an unpooled model's evidence sentences. */
static void sentences_destroy(eg_evpool *p) {
    for (size_t i = 0; p && i < eg_evpool_sentences(p); i++) {
        const eg_evsent *s = eg_evpool_sentence(p, (uint32_t)i);
        free(s->article);
        free(s->sentence);
    }
}

void eg_model_destroy(eg_model *m) {
    for (size_t i = 0; i < m->nnodes; i++) {
        eg_node *n = &m->nodes[i];
        if (m->strings) {
            free(n->attrs);
            continue;
        }
        free(n->key);
        free(n->name);
        free(n->type);
        for (size_t k = 0; k < n->nattrs; k++) {
            free(n->attrs[k].name);
            free(n->attrs[k].value);
        }
        free(n->attrs);
    }
    free(m->nodes);
    for (size_t i = 0; i < m->nco; i++) {
        eg_coedge *e = &m->co[i];
        if (m->strings) {
            if (e->ids.n >= 2)
                free(e->ids.v);
            continue;
        }
        free(e->first_date);
        free(e->last_date);
        idlist_destroy(&e->ids);
        free(e->ev);
    }
    free(m->co);
    for (size_t i = 0; i < m->nrel; i++) {
        eg_reledge *e = &m->rel[i];
        if (m->strings) {
            if (e->ids.n >= 2)
                free(e->ids.v);
            continue;
        }
        free(e->verb);
        free(e->cls);
        free(e->forms);
        free(e->reported_by);
        idlist_destroy(&e->ids);
        free(e->ev);
    }
    free(m->rel);
    if (!m->strings)
        sentences_destroy(m->evidence);
    eg_intern_free(m->strings);
    eg_evpool_free(m->evidence);
    memset(m, 0, sizeof *m);
}

long eg_model_find(const eg_model *m, const char *key) {
    size_t lo = 0, hi = m->nnodes;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(m->nodes[mid].key, key);
        if (c == 0)
            return (long)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}
