/* accumulate: open-addressing hash tables of merged records, and the sorted
 * eg_model built from them. */
#include "accumulate.h"

#include <stdlib.h>
#include <string.h>

typedef struct table {
    uint32_t *slots; /* index + 1, 0 = empty */
    size_t cap;      /* power of two */
} table;

struct eg_acc {
    eg_record_limits lim;
    eg_entrec *ents;
    size_t nents, capents;
    eg_pairrec *pairs;
    size_t npairs, cappairs;
    eg_relrec *rels;
    size_t nrels, caprels;
    table tents, tpairs, trels;
    eg_summary summary; /* from summary records */
};

static uint64_t hash_bytes(uint64_t h, const char *s) {
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    h ^= 0xff; /* separator so ("ab","c") != ("a","bc") */
    h *= 1099511628211ULL;
    return h;
}

#define FNV_OFFSET 1469598103934665603ULL

static uint64_t hash_ent(const eg_entrec *r) {
    return hash_bytes(FNV_OFFSET, r->key);
}
static uint64_t hash_pair(const eg_pairrec *r) {
    return hash_bytes(hash_bytes(FNV_OFFSET, r->a), r->b);
}
static uint64_t hash_rel(const eg_relrec *r) {
    uint64_t h = hash_bytes(hash_bytes(hash_bytes(FNV_OFFSET, r->src), r->dst), r->verb);
    return h ^ (uint64_t)(r->negated * 2 + r->hedged + 1) * 0x9E3779B97F4A7C15ULL;
}

static int eq_ent(const eg_entrec *x, const eg_entrec *y) {
    return strcmp(x->key, y->key) == 0;
}
static int eq_pair(const eg_pairrec *x, const eg_pairrec *y) {
    return strcmp(x->a, y->a) == 0 && strcmp(x->b, y->b) == 0;
}
static int eq_rel(const eg_relrec *x, const eg_relrec *y) {
    return x->negated == y->negated && x->hedged == y->hedged && strcmp(x->src, y->src) == 0 &&
           strcmp(x->dst, y->dst) == 0 && strcmp(x->verb, y->verb) == 0;
}

/* Generic lookup-or-insert over a table whose entries live in an array. The
 * callbacks compare and hash entry i of the array against the probe. */
typedef uint64_t (*hash_fn)(const void *arr, size_t i);

static int table_grow(table *t, const void *arr, size_t n, hash_fn h) {
    size_t cap = t->cap ? t->cap * 2 : 1024;
    uint32_t *s = calloc(cap, sizeof *s);
    if (!s)
        return -1;
    for (size_t i = 0; i < n; i++) {
        size_t j = (size_t)h(arr, i) & (cap - 1);
        while (s[j])
            j = (j + 1) & (cap - 1);
        s[j] = (uint32_t)(i + 1);
    }
    free(t->slots);
    t->slots = s;
    t->cap = cap;
    return 0;
}

static uint64_t h_ent(const void *arr, size_t i) {
    return hash_ent(&((const eg_entrec *)arr)[i]);
}
static uint64_t h_pair(const void *arr, size_t i) {
    return hash_pair(&((const eg_pairrec *)arr)[i]);
}
static uint64_t h_rel(const void *arr, size_t i) {
    return hash_rel(&((const eg_relrec *)arr)[i]);
}

eg_acc *eg_acc_new(const eg_record_limits *limits) {
    eg_acc *acc = calloc(1, sizeof *acc);
    if (!acc)
        return NULL;
    if (limits)
        acc->lim = *limits;
    else
        eg_record_limits_default(&acc->lim);
    return acc;
}

void eg_acc_free(eg_acc *acc) {
    if (!acc)
        return;
    for (size_t i = 0; i < acc->nents; i++)
        eg_entrec_destroy(&acc->ents[i]);
    for (size_t i = 0; i < acc->npairs; i++)
        eg_pairrec_destroy(&acc->pairs[i]);
    for (size_t i = 0; i < acc->nrels; i++)
        eg_relrec_destroy(&acc->rels[i]);
    free(acc->ents);
    free(acc->pairs);
    free(acc->rels);
    free(acc->tents.slots);
    free(acc->tpairs.slots);
    free(acc->trels.slots);
    free(acc);
}

static eg_status nomem(eg_error *err) {
    return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory while merging records");
}

/* Appends to a record array, growing it. Returns the new slot or NULL. */
static void *push(void **arr, size_t *n, size_t *cap, size_t size) {
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 256;
        void *p = realloc(*arr, c * size);
        if (!p)
            return NULL;
        *arr = p;
        *cap = c;
    }
    return (char *)*arr + (*n)++ * size;
}

#define ACC_ADD(T, arr, NUM, CAPF, tab, hashf, eqf, hfn, merge_call, destroy)                      \
    do {                                                                                           \
        if ((acc->NUM + 1) * 2 > acc->tab.cap &&                                                   \
            table_grow(&acc->tab, acc->arr, acc->NUM, hfn) != 0) {                                 \
            destroy(r);                                                                            \
            return nomem(err);                                                                     \
        }                                                                                          \
        size_t j = (size_t)hashf(r) & (acc->tab.cap - 1);                                          \
        while (acc->tab.slots[j]) {                                                                \
            T *e = &acc->arr[acc->tab.slots[j] - 1];                                               \
            if (eqf(e, r))                                                                         \
                return merge_call == 0 ? EG_OK : nomem(err);                                       \
            j = (j + 1) & (acc->tab.cap - 1);                                                      \
        }                                                                                          \
        T *slot = push((void **)&acc->arr, &acc->NUM, &acc->CAPF, sizeof(T));                      \
        if (!slot) {                                                                               \
            destroy(r);                                                                            \
            return nomem(err);                                                                     \
        }                                                                                          \
        *slot = *r;                                                                                \
        memset(r, 0, sizeof *r);                                                                   \
        acc->tab.slots[j] = (uint32_t)acc->NUM;                                                    \
        return EG_OK;                                                                              \
    } while (0)

eg_status eg_acc_add_entity(eg_acc *acc, eg_entrec *r, eg_error *err) {
    ACC_ADD(eg_entrec, ents, nents, capents, tents, hash_ent, eq_ent, h_ent, eg_entrec_merge(e, r),
            eg_entrec_destroy);
}

eg_status eg_acc_add_pair(eg_acc *acc, eg_pairrec *r, eg_error *err) {
    ACC_ADD(eg_pairrec, pairs, npairs, cappairs, tpairs, hash_pair, eq_pair, h_pair,
            eg_pairrec_merge(e, r, &acc->lim), eg_pairrec_destroy);
}

eg_status eg_acc_add_rel(eg_acc *acc, eg_relrec *r, eg_error *err) {
    ACC_ADD(eg_relrec, rels, nrels, caprels, trels, hash_rel, eq_rel, h_rel,
            eg_relrec_merge(e, r, &acc->lim), eg_relrec_destroy);
}

eg_status eg_acc_add_any(eg_acc *acc, eg_anyrec *r, eg_error *err) {
    switch (r->kind) {
    case EG_REC_ENTITY:
        return eg_acc_add_entity(acc, &r->u.ent, err);
    case EG_REC_PAIR:
        return eg_acc_add_pair(acc, &r->u.pair, err);
    case EG_REC_REL:
        return eg_acc_add_rel(acc, &r->u.rel, err);
    case EG_REC_SUMMARY:
        eg_summary_add(&acc->summary, &r->u.sum);
        return EG_OK;
    }
    return eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0, "unknown record kind");
}

void eg_acc_add_summary(eg_acc *acc, const eg_summary *s) {
    eg_summary_add(&acc->summary, s);
}

size_t eg_acc_entities(const eg_acc *acc) {
    return acc->nents;
}
size_t eg_acc_pairs(const eg_acc *acc) {
    return acc->npairs;
}
size_t eg_acc_relations(const eg_acc *acc) {
    return acc->nrels;
}

static int cmp_ent(const void *x, const void *y) {
    return strcmp(((const eg_entrec *)x)->key, ((const eg_entrec *)y)->key);
}
static char *join_set(const eg_strset *s) {
    eg_strbuf sb;
    eg_strbuf_init(&sb);
    for (size_t i = 0; i < s->n; i++)
        if ((i && eg_strbuf_putc(&sb, '|')) || eg_strbuf_puts(&sb, s->v[i])) {
            eg_strbuf_destroy(&sb);
            return NULL;
        }
    return eg_strbuf_detach(&sb);
}

/* An edge's endpoints as node indices, and its record. Node indices follow
 * key order, so sorting by them sorts by keys without comparing strings. */
typedef struct edgeref {
    uint32_t a, b, rec;
} edgeref;

static int cmp_edgeref(const void *x, const void *y) {
    const edgeref *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

typedef struct relref {
    uint32_t s, d;
    eg_relrec *r;
} relref;

static int cmp_relref(const void *x, const void *y) {
    const relref *p = x, *q = y;
    if (p->s != q->s)
        return p->s < q->s ? -1 : 1;
    if (p->d != q->d)
        return p->d < q->d ? -1 : 1;
    int c = strcmp(p->r->verb, q->r->verb);
    if (!c)
        c = p->r->negated - q->r->negated;
    if (!c)
        c = p->r->hedged - q->r->hedged;
    return c;
}

/* Node index of `key` through the entity table rebuilt over the sorted
 * entities, or -1. */
static long node_of(const eg_acc *acc, const char *key) {
    if (!acc->tents.cap)
        return -1;
    size_t j = (size_t)hash_bytes(FNV_OFFSET, key) & (acc->tents.cap - 1);
    for (; acc->tents.slots[j]; j = (j + 1) & (acc->tents.cap - 1)) {
        uint32_t i = acc->tents.slots[j] - 1;
        if (strcmp(acc->ents[i].key, key) == 0)
            return (long)i;
    }
    return -1;
}

static void drop_tables(eg_acc *acc) {
    free(acc->tents.slots);
    free(acc->tpairs.slots);
    free(acc->trels.slots);
    memset(&acc->tents, 0, sizeof acc->tents);
    memset(&acc->tpairs, 0, sizeof acc->tpairs);
    memset(&acc->trels, 0, sizeof acc->trels);
}

eg_status eg_acc_to_model(eg_acc *acc, const eg_model_filter *f, eg_model *out, eg_error *err) {
    eg_model_init(out);
    edgeref *er = NULL;
    relref *rr = NULL;
    /* The tables point at positions that sorting changes: rebuild the
     * entity one over the sorted array, drop the others. */
    drop_tables(acc);
    if (acc->nents)
        qsort(acc->ents, acc->nents, sizeof *acc->ents, cmp_ent);
    size_t cap = 1024;
    while (cap < acc->nents * 2)
        cap *= 2;
    acc->tents.cap = cap / 2; /* table_grow doubles it */
    if (table_grow(&acc->tents, acc->ents, acc->nents, h_ent) != 0)
        goto fail;
    er = malloc((acc->npairs ? acc->npairs : 1) * sizeof *er);
    rr = malloc((acc->nrels ? acc->nrels : 1) * sizeof *rr);
    if (!er || !rr)
        goto fail;
    uint64_t minw = f ? f->min_weight : 0;
    size_t ne = 0, nr = 0;
    for (size_t i = 0; i < acc->npairs; i++) {
        eg_pairrec *r = &acc->pairs[i];
        long a = node_of(acc, r->a), b = node_of(acc, r->b);
        if (a < 0 || b < 0 || a == b || r->weight < minw) {
            eg_pairrec_destroy(r);
            continue;
        }
        er[ne].a = (uint32_t)(a < b ? a : b);
        er[ne].b = (uint32_t)(a < b ? b : a);
        er[ne++].rec = (uint32_t)i;
    }
    for (size_t i = 0; i < acc->nrels; i++) {
        eg_relrec *r = &acc->rels[i];
        long sn = node_of(acc, r->src), dn = node_of(acc, r->dst);
        if (sn < 0 || dn < 0 || sn == dn) {
            eg_relrec_destroy(r);
            continue;
        }
        rr[nr].s = (uint32_t)sn;
        rr[nr].d = (uint32_t)dn;
        rr[nr++].r = r;
    }
    if (ne)
        qsort(er, ne, sizeof *er, cmp_edgeref);
    if (nr)
        qsort(rr, nr, sizeof *rr, cmp_relref);
    out->nodes = acc->nents ? calloc(acc->nents, sizeof *out->nodes) : NULL;
    out->co = ne ? calloc(ne, sizeof *out->co) : NULL;
    out->rel = nr ? calloc(nr, sizeof *out->rel) : NULL;
    if ((acc->nents && !out->nodes) || (ne && !out->co) || (nr && !out->rel))
        goto fail;
    for (size_t i = 0; i < acc->nents; i++) {
        eg_entrec *r = &acc->ents[i];
        eg_node *n = &out->nodes[out->nnodes++];
        n->key = r->key;
        n->name = r->name;
        n->type = r->type;
        n->discovered = r->discovered;
        n->mentions = r->mentions;
        n->articles = r->articles;
        n->attrs = r->attrs;
        n->nattrs = r->nattrs;
        memset(r, 0, sizeof *r);
    }
    acc->nents = 0;
    drop_tables(acc);
    for (size_t k = 0; k < ne; k++) {
        eg_pairrec *r = &acc->pairs[er[k].rec];
        eg_coedge *e = &out->co[out->nco++];
        e->a = er[k].a;
        e->b = er[k].b;
        e->weight = r->weight;
        e->first_date = r->first_date;
        e->last_date = r->last_date;
        e->ids = r->ids;
        e->ev = r->ev;
        e->nev = r->nev;
        free(r->a);
        free(r->b);
        memset(r, 0, sizeof *r);
    }
    acc->npairs = 0;
    int bad = 0;
    for (size_t k = 0; k < nr; k++) {
        eg_relrec *r = rr[k].r;
        eg_reledge *e = &out->rel[out->nrel++];
        e->src = rr[k].s;
        e->dst = rr[k].d;
        e->verb = r->verb;
        e->cls = r->cls ? r->cls : strdup("other");
        e->negated = r->negated;
        e->hedged = r->hedged;
        e->count = r->count;
        e->forms = join_set(&r->forms);
        e->reported_by = r->reporters.n ? join_set(&r->reporters) : NULL;
        e->ids = r->ids;
        e->ev = r->ev;
        e->nev = r->nev;
        r->verb = r->cls = NULL;
        memset(&r->ids, 0, sizeof r->ids);
        r->ev = NULL;
        r->nev = 0;
        eg_relrec_destroy(r);
        if (!e->cls || !e->forms)
            bad = 1;
    }
    acc->nrels = 0;
    if (bad)
        goto fail;
    out->summary = acc->summary;
    free(er);
    free(rr);
    return EG_OK;
fail:
    /* Records not moved yet stay in the accumulator; eg_acc_free frees them. */
    free(er);
    free(rr);
    eg_model_destroy(out);
    return nomem(err);
}

static int cmp_strp(const void *x, const void *y) {
    return strcmp(*(char *const *)x, *(char *const *)y);
}

eg_status eg_acc_write_records(const eg_acc *acc, eg_strbuf *sb, eg_error *err) {
    /* Sort views by key without disturbing the tables. */
    eg_status st = EG_OK;
    size_t n = acc->nents + acc->npairs + acc->nrels;
    eg_strbuf *lines = n ? calloc(n, sizeof *lines) : NULL;
    if (n && !lines)
        return nomem(err);
    size_t k = 0;
    for (size_t i = 0; i < acc->nents; i++, k++)
        if (eg_entrec_write(&acc->ents[i], &lines[k]))
            st = EG_ERR_NOMEM;
    for (size_t i = 0; i < acc->npairs; i++, k++)
        if (eg_pairrec_write(&acc->pairs[i], &lines[k]))
            st = EG_ERR_NOMEM;
    for (size_t i = 0; i < acc->nrels; i++, k++)
        if (eg_relrec_write(&acc->rels[i], &lines[k]))
            st = EG_ERR_NOMEM;
    if (st == EG_OK) {
        char **v = malloc(n * sizeof *v + 1);
        if (!v)
            st = EG_ERR_NOMEM;
        else {
            for (size_t i = 0; i < n; i++)
                v[i] = lines[i].data;
            qsort(v, n, sizeof *v, cmp_strp);
            for (size_t i = 0; i < n && st == EG_OK; i++)
                if (eg_strbuf_puts(sb, v[i]))
                    st = EG_ERR_NOMEM;
            free(v);
        }
    }
    for (size_t i = 0; i < n; i++)
        eg_strbuf_destroy(&lines[i]);
    free(lines);
    return st == EG_OK ? EG_OK : nomem(err);
}
