/* accumulate: merged entity, pair and relation tables, and the sorted eg_model
 * built from them. Co-occurrence edges, the bulk of the state, are kept as
 * 56-byte accco records whose strings (dates, article ids, evidence) are
 * interned in one pool that the model takes over; their endpoints are ids of
 * interned keys until eg_acc_to_model turns them into node indices, and the
 * records into eg_coedge values (72 bytes), in place.
 * Relation edges and entities keep their strings in the same pool, and every
 * edge's evidence array is carved from one evidence pool (evpool.h) that the
 * model takes over too, with the evidence sentences its 16-byte entries
 * point to. */
#include "accumulate.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "evpool.h"
#include "intern.h"

/* Open addressing over an array of records; a slot keeps the high half of
 * the record's hash, so that a probe reads the record only when it agrees. */
typedef struct table {
    uint64_t *slots; /* hash >> 32 << 32 | (index + 1), 0 = empty */
    size_t cap;      /* power of two */
} table;

static uint64_t slot_of(uint64_t h, size_t i) {
    return (h >> 32) << 32 | (uint32_t)(i + 1);
}

/* Whether the table needs to grow before holding n records (load <= 3/4). */
static int table_full(const table *t, size_t n) {
    return n * 4 > t->cap * 3;
}

/* A merged relation record: key ids and pooled strings, 88 bytes (the size
 * of the eg_reledge it becomes in place). */
typedef struct accrel {
    uint32_t src, dst; /* key ids */
    uint32_t verb_id;  /* id of verb in the text pool */
    uint32_t cls;      /* id of the class in the text pool + 1; 0 until a record gives one */
    uint32_t nev;      /* at most the evidence cap */
    uint32_t nforms, nreporters; /* at most the forms cap */
    unsigned char negated, hedged;
    uint64_t count;
    char **forms, **reporters; /* pooled strings, as eg_strset.v */
    eg_idlist ids;
    eg_evref *ev; /* from the evidence pool */
} accrel;

/* A merged co-occurrence edge: the eg_coedge it becomes, with its dates as
 * text pool ids and its counts in 32 bits, 56 bytes instead of 72 (the
 * pair table is the largest of the article stage, at the run's peak). */
typedef struct accco {
    uint32_t a, b;                  /* key ids, then node indices */
    uint32_t first_date, last_date; /* id in the text pool + 1; 0 = none */
    uint64_t weight;
    char **ids;         /* pooled article ids, as eg_idlist.v */
    uint64_t ids_total; /* as eg_idlist.total */
    eg_evref *ev;       /* from the evidence pool */
    uint32_t nids, nev; /* at most the caps, checked by eg_acc_new */
} accco;

struct eg_acc {
    eg_record_limits lim;
    eg_intern *keys;  /* entity keys of entities and pairs: key ids */
    eg_intern *text;  /* strings of every edge, handed to the model */
    eg_evpool *evp;   /* evidence arrays of every edge, handed to the model */
    uint32_t *ent_of; /* per key id: entity index + 1, 0 = none */
    size_t capent_of;
    eg_entrec *ents;
    size_t nents, capents;
    accco *co; /* a, b = key ids, a's key < b's key as the records give them */
    size_t nco, capco;
    accrel *rels;
    size_t nrels, caprels;
    table tpairs, trels;
    table tsent;        /* evidence sentences added outside a borrowed batch */
    size_t nsentkeys;   /* their number */
    eg_summary summary; /* from summary records */
    /* Evidence sentences of the batch being borrowed (eg_acc_borrow), by
     * their position in the article, article and text: each is kept once,
     * its text without a place in the pool's hash set (an article's
     * sentences are its own: the same text in two articles is rare, and a
     * sentence seen again in the batch, such as one article's, is found
     * here), its entry without one in tsent. */
    struct sentmemo {
        const char *copy;
        const char *article; /* pooled */
        uint32_t pos;
        uint32_t sid; /* sentence number in the evidence pool */
        uint32_t gen; /* counts only when it is sgen */
    } * smemo;
    uint32_t sgen;
    size_t sused; /* entries of this batch */
    int borrowed;
};

#define SENT_MEMO 2048 /* a power of two */

static uint64_t hash_ids(uint32_t a, uint32_t b) {
    uint64_t h = ((uint64_t)a << 32 | b) * 0x9E3779B97F4A7C15ULL;
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 29);
}

static uint64_t hash_rel(uint32_t src, uint32_t dst, uint32_t verb, int negated, int hedged) {
    return hash_ids(src, dst) ^
           hash_ids(verb, (uint32_t)(negated * 2 + hedged + 1)) * 0x9E3779B97F4A7C15ULL;
}

/* Rebuilds a table over the n entries of an array, hashed by h. */
typedef uint64_t (*hash_fn)(const void *arr, size_t i);

static int table_grow(table *t, const void *arr, size_t n, hash_fn h) {
    size_t cap = t->cap ? t->cap * 2 : 1024;
    while (n * 4 > cap * 3)
        cap *= 2;
    uint64_t *s = calloc(cap, sizeof *s);
    if (!s)
        return -1;
    for (size_t i = 0; i < n; i++) {
        uint64_t hv = h(arr, i);
        size_t j = (size_t)hv & (cap - 1);
        while (s[j])
            j = (j + 1) & (cap - 1);
        s[j] = slot_of(hv, i);
    }
    free(t->slots);
    t->slots = s;
    t->cap = cap;
    return 0;
}

static uint64_t h_co(const void *arr, size_t i) {
    const accco *e = &((const accco *)arr)[i];
    return hash_ids(e->a, e->b);
}
static uint64_t h_rel(const void *arr, size_t i) {
    const accrel *r = &((const accrel *)arr)[i];
    return hash_rel(r->src, r->dst, r->verb_id, r->negated, r->hedged);
}

eg_acc *eg_acc_new(const eg_record_limits *limits) {
    eg_acc *acc = calloc(1, sizeof *acc);
    if (!acc)
        return NULL;
    if (limits)
        acc->lim = *limits;
    else
        eg_record_limits_default(&acc->lim);
    if (acc->lim.evidence > UINT32_MAX) /* merged edges count theirs in 32 bits */
        acc->lim.evidence = UINT32_MAX;
    if (acc->lim.article_ids > UINT32_MAX)
        acc->lim.article_ids = UINT32_MAX;
    if (acc->lim.forms > UINT32_MAX)
        acc->lim.forms = UINT32_MAX;
    return acc;
}

/* Sorted string lists (article ids, forms, reporters) of pooled edges hold
 * pooled strings. A list of one string is the pool's eg_intern_ref, not an
 * array of its own: only lists of two or more strings are freed. */
static void list_free(char **v, size_t n) {
    if (n >= 2)
        free(v);
}

/* Frees the arrays of pooled co-occurrence edges (their strings and
 * evidence are in the pools). */
static void free_co(accco *co, size_t n) {
    for (size_t i = 0; i < n; i++)
        list_free(co[i].ids, co[i].nids);
    free(co);
}

static void accrel_destroy(accrel *r) {
    list_free(r->forms, r->nforms);
    list_free(r->reporters, r->nreporters);
    list_free(r->ids.v, r->ids.n);
    memset(r, 0, sizeof *r);
}

void eg_acc_free(eg_acc *acc) {
    if (!acc)
        return;
    for (size_t i = 0; i < acc->nents; i++)
        free(acc->ents[i].attrs);
    for (size_t i = 0; i < acc->nrels; i++)
        accrel_destroy(&acc->rels[i]);
    free_co(acc->co, acc->nco);
    free(acc->ents);
    free(acc->rels);
    free(acc->ent_of);
    free(acc->tpairs.slots);
    free(acc->trels.slots);
    free(acc->tsent.slots);
    eg_intern_free(acc->keys);
    eg_intern_free(acc->text);
    eg_evpool_free(acc->evp);
    free(acc->smemo);
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

/* Id of `key` in the key pool, added if new; 0 or -1 on ENOMEM. The entity
 * map grows with the pool. */
static int key_id(eg_acc *acc, const char *key, uint32_t *id) {
    if (!acc->keys && !(acc->keys = eg_intern_new()))
        return -1;
    if (!eg_intern_str_id(acc->keys, key, id))
        return -1;
    if (*id >= acc->capent_of) {
        size_t c = acc->capent_of ? acc->capent_of * 2 : 1024;
        while (c <= *id)
            c *= 2;
        uint32_t *p = realloc(acc->ent_of, c * sizeof *p);
        if (!p)
            return -1;
        memset(p + acc->capent_of, 0, (c - acc->capent_of) * sizeof *p);
        acc->ent_of = p;
        acc->capent_of = c;
    }
    return 0;
}

/* The pools of edge strings and evidence, made on first use; -1 on ENOMEM. */
static int pools(eg_acc *acc) {
    if (!acc->text && !(acc->text = eg_intern_new()))
        return -1;
    if (!acc->evp && !(acc->evp = eg_evpool_new()))
        return -1;
    return 0;
}

/* A copy of attrs[0..n) whose strings are pooled; NULL on ENOMEM. */
static eg_attr *pool_attrs(eg_intern *pool, const eg_attr *attrs, size_t n) {
    eg_attr *v = malloc(n * sizeof *v);
    for (size_t i = 0; v && i < n; i++) {
        v[i].name = eg_intern_str(pool, attrs[i].name);
        v[i].value = eg_intern_str(pool, attrs[i].value);
        if ((attrs[i].name && !v[i].name) || (attrs[i].value && !v[i].value)) {
            free(v);
            v = NULL;
        }
    }
    return v;
}

/* Entities keep their strings in the pool (each name, type and attribute
 * name or value once), and only their attribute arrays of their own. */
eg_status eg_acc_add_entity_copy(eg_acc *acc, const eg_entrec *r, eg_error *err) {
    uint32_t id;
    if (!acc->text && !(acc->text = eg_intern_new()))
        goto fail;
    if (key_id(acc, r->key, &id) != 0)
        goto fail;
    eg_entrec *e;
    if (acc->ent_of[id]) {
        e = &acc->ents[acc->ent_of[id] - 1];
        e->mentions += r->mentions;
        e->articles += r->articles;
        /* A gazetteer entity and a discovered one never share a key; keep the
         * listed flag if either side came from a list. */
        e->discovered = e->discovered && r->discovered;
        if (!e->nattrs && r->nattrs) {
            if (!(e->attrs = pool_attrs(acc->text, r->attrs, r->nattrs)))
                goto fail;
            e->nattrs = r->nattrs;
        }
        return EG_OK;
    }
    eg_entrec x = *r;
    x.key = eg_intern_str(acc->text, r->key);
    x.name = eg_intern_str(acc->text, r->name);
    x.type = eg_intern_str(acc->text, r->type);
    x.attrs = r->nattrs ? pool_attrs(acc->text, r->attrs, r->nattrs) : NULL;
    if (!x.key || (r->name && !x.name) || (r->type && !x.type) || (r->nattrs && !x.attrs)) {
        free(x.attrs);
        goto fail;
    }
    if (!(e = push((void **)&acc->ents, &acc->nents, &acc->capents, sizeof *e))) {
        free(x.attrs);
        goto fail;
    }
    *e = x;
    acc->ent_of[id] = (uint32_t)acc->nents;
    return EG_OK;
fail:
    return nomem(err);
}

void eg_acc_borrow(eg_acc *acc, int on) {
    acc->borrowed = 0;
    if (on) {
        if (!acc->keys)
            acc->keys = eg_intern_new();
        if (pools(acc) != 0)
            return; /* no memo: the adds report the lack of memory */
        if (!acc->smemo)
            acc->smemo = calloc(SENT_MEMO, sizeof *acc->smemo);
        if (acc->smemo) {           /* else sentences go to the hash set */
            if (++acc->sgen == 0) { /* wrapped: old entries must not count */
                memset(acc->smemo, 0, SENT_MEMO * sizeof *acc->smemo);
                acc->sgen = 1;
            }
            acc->sused = 0;
            acc->borrowed = 1;
        }
    }
    eg_intern_memo(acc->keys, on);
    eg_intern_memo(acc->text, on);
}

eg_status eg_acc_add_entity(eg_acc *acc, eg_entrec *r, eg_error *err) {
    eg_status st = eg_acc_add_entity_copy(acc, r, err);
    eg_entrec_destroy(r);
    return st;
}

/* ---- pooled co-occurrence edges ------------------------------------------ */

/* eg_strset_add and eg_idlist_add over pooled lists: s is interned only
 * when kept. */
static int set_add(eg_intern *pool, char ***v, size_t *n, const char *s, size_t cap) {
    int found;
    size_t lo = eg_strv_lower_bound(*v, *n, s, &found);
    if (found)
        return 0;
    if (lo >= cap)
        return 0;
    uint32_t id;
    char *p = eg_intern_str_id(pool, s, &id);
    if (!p)
        return -1;
    size_t keep = *n == cap ? *n - 1 : *n; /* the largest drops out when full */
    if (keep == 0) {
        list_free(*v, *n);
        *v = eg_intern_ref(pool, id);
        *n = 1;
        return 0;
    }
    if (*n < 2) { /* a one-string list becomes an array */
        char **nv = malloc(2 * sizeof *nv);
        if (!nv)
            return -1;
        nv[0] = (*v)[0];
        *v = nv;
    } else if (keep == *n) {
        char **nv = realloc(*v, (*n + 1) * sizeof *nv);
        if (!nv)
            return -1;
        *v = nv;
    }
    *n = keep;
    memmove(*v + lo + 1, *v + lo, (*n - lo) * sizeof **v);
    (*v)[lo] = p;
    (*n)++;
    return 0;
}

static int merge_set(eg_intern *pool, char ***v, size_t *n, char *const *src, size_t nsrc,
                     size_t cap) {
    for (size_t i = 0; i < nsrc; i++)
        if (set_add(pool, v, n, src[i], cap) != 0)
            return -1;
    return 0;
}

/* Copies src[0..nsrc) as it is, strings pooled, into an empty list; on
 * failure the list stays empty. */
static int copy_set(eg_intern *pool, char ***v, size_t *n, char *const *src, size_t nsrc) {
    if (!nsrc)
        return 0;
    if (nsrc == 1) {
        uint32_t id;
        if (!eg_intern_str_id(pool, src[0], &id))
            return -1;
        *v = eg_intern_ref(pool, id);
        *n = 1;
        return 0;
    }
    char **nv = malloc(nsrc * sizeof *nv);
    if (!nv)
        return -1;
    for (size_t i = 0; i < nsrc; i++)
        if (!(nv[i] = eg_intern_str(pool, src[i]))) {
            free(nv);
            return -1;
        }
    *v = nv;
    *n = nsrc;
    return 0;
}

/* A sentence's hash by its pooled strings' addresses and its position. */
static uint64_t hash_sent(const char *article, const char *s, uint32_t pos) {
    uint64_t a = (uint64_t)(uintptr_t)article, t = (uint64_t)(uintptr_t)s;
    return hash_ids((uint32_t)a ^ pos, (uint32_t)t) ^
           hash_ids((uint32_t)(a >> 32), (uint32_t)(t >> 32));
}

/* Doubles tsent, whose entries are some of the pool's sentences. */
static int sent_grow(eg_acc *acc) {
    table *t = &acc->tsent;
    size_t cap = t->cap ? t->cap * 2 : 1024;
    uint64_t *s = calloc(cap, sizeof *s);
    if (!s)
        return -1;
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->slots[i])
            continue;
        const eg_evsent *e = eg_evpool_sentence(acc->evp, (uint32_t)t->slots[i] - 1);
        size_t j = (size_t)hash_sent(e->article, e->sentence, e->pos) & (cap - 1);
        while (s[j])
            j = (j + 1) & (cap - 1);
        s[j] = t->slots[i];
    }
    free(t->slots);
    t->slots = s;
    t->cap = cap;
    return 0;
}

/* The number of the evidence sentence of pooled `article` at byte `pos`
 * of it, whose text is s, in *sid; -1 on ENOMEM. A sentence added outside a
 * borrowed batch has its text interned and is found again by the pooled
 * strings and position (tsent). In a borrowed batch it is found again by
 * its position, article and text in the memo, and a new one has its text
 * appended to the pool without an entry in its hash set (and none in
 * tsent); once the memo is 3/4 full, as outside a batch. */
static int sentence_id(eg_acc *acc, const char *article, const char *s, uint32_t pos,
                       uint32_t *sid) {
    struct sentmemo *m = NULL;
    if (acc->borrowed) {
        size_t mask = SENT_MEMO - 1;
        uint64_t h = (uint64_t)pos * 0x9E3779B97F4A7C15ULL;
        for (size_t j = (size_t)(h >> 40) & mask;; j = (j + 1) & mask) {
            m = &acc->smemo[j];
            if (m->gen != acc->sgen)
                break;
            if (m->pos == pos && m->article == article && strcmp(m->copy, s) == 0) {
                *sid = m->sid;
                return 0;
            }
        }
        if (acc->sused * 4 >= SENT_MEMO * 3)
            m = NULL;
    }
    if (m) {
        eg_evsent e = {(char *)(uintptr_t)article, eg_intern_append(acc->text, s, strlen(s)), pos};
        if (!e.sentence || eg_evpool_add_sentence(acc->evp, &e, sid) != 0)
            return -1;
        m->copy = e.sentence;
        m->article = article;
        m->pos = pos;
        m->sid = *sid;
        m->gen = acc->sgen;
        acc->sused++;
        return 0;
    }
    eg_evsent e = {(char *)(uintptr_t)article, eg_intern_str(acc->text, s), pos};
    if (!e.sentence)
        return -1;
    uint64_t h = hash_sent(e.article, e.sentence, pos);
    if (acc->tsent.cap) {
        size_t mask = acc->tsent.cap - 1;
        for (size_t j = (size_t)h & mask; acc->tsent.slots[j]; j = (j + 1) & mask) {
            uint64_t v = acc->tsent.slots[j];
            if (v >> 32 != h >> 32)
                continue;
            const eg_evsent *x = eg_evpool_sentence(acc->evp, (uint32_t)v - 1);
            if (x->article == e.article && x->sentence == e.sentence && x->pos == pos) {
                *sid = (uint32_t)v - 1;
                return 0;
            }
        }
    }
    if (eg_evpool_add_sentence(acc->evp, &e, sid) != 0)
        return -1;
    if (table_full(&acc->tsent, acc->nsentkeys + 1) && sent_grow(acc) != 0)
        return -1;
    size_t mask = acc->tsent.cap - 1, j = (size_t)h & mask;
    while (acc->tsent.slots[j])
        j = (j + 1) & mask;
    acc->tsent.slots[j] = slot_of(h, *sid);
    acc->nsentkeys++;
    return 0;
}

/* The order of eg_evidence_cmp between an entry and a record's evidence. */
static int ev_cmp(const eg_acc *acc, const eg_evref *x, const eg_evidence *y) {
    const eg_evsent *s = eg_evpool_sentence(acc->evp, x->sent);
    int c = s->article == y->article ? 0 : strcmp(s->article, y->article);
    if (c)
        return c;
    if (s->pos != y->pos)
        return s->pos < y->pos ? -1 : 1;
    if (x->a_start != y->a_start)
        return x->a_start < y->a_start ? -1 : 1;
    if (x->b_start != y->b_start)
        return x->b_start < y->b_start ? -1 : 1;
    return 0;
}

/* e as an entry over pooled strings in *x; -1 on ENOMEM. */
static int ev_ref(eg_acc *acc, const eg_evidence *e, eg_evref *x) {
    const char *article = eg_intern_str(acc->text, e->article);
    x->a_start = e->a_start;
    x->b_start = e->b_start;
    x->a_len = e->a_len;
    x->b_len = e->b_len;
    return article ? sentence_id(acc, article, e->sentence, e->pos, &x->sent) : -1;
}

/* eg_evidence_add over pooled entries (e is left to its owner). */
static int ev_add(eg_acc *acc, eg_evref **ev, size_t *nev, const eg_evidence *e, size_t cap) {
    size_t lo = 0, hi = *nev;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = ev_cmp(acc, &(*ev)[mid], e);
        if (c == 0)
            return 0;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= cap)
        return 0;
    eg_evref x;
    if (ev_ref(acc, e, &x) != 0)
        return -1;
    if (*nev == cap) {
        (*nev)--;
        memmove(*ev + lo + 1, *ev + lo, (*nev - lo) * sizeof **ev);
    } else {
        eg_evref *nv = eg_evpool_alloc(acc->evp, *nev + 1);
        if (!nv)
            return -1;
        if (*nev) {
            memcpy(nv, *ev, lo * sizeof *nv);
            memcpy(nv + lo + 1, *ev + lo, (*nev - lo) * sizeof *nv);
        }
        eg_evpool_release(acc->evp, *ev, *nev);
        *ev = nv;
    }
    (*ev)[lo] = x;
    (*nev)++;
    return 0;
}

static int merge_ev(eg_acc *acc, eg_evref **ev, size_t *nev, const eg_evidence *src, size_t nsrc,
                    size_t cap) {
    for (size_t i = 0; i < nsrc; i++)
        if (ev_add(acc, ev, nev, &src[i], cap) != 0)
            return -1;
    return 0;
}

static int copy_ev(eg_acc *acc, eg_evref **ev, size_t *nev, const eg_evidence *src, size_t nsrc) {
    if (!nsrc)
        return 0;
    if (!(*ev = eg_evpool_alloc(acc->evp, nsrc)))
        return -1;
    for (; *nev < nsrc; (*nev)++)
        if (ev_ref(acc, &src[*nev], &(*ev)[*nev]) != 0)
            return -1;
    return 0;
}

/* The pooled date s as an accco date (id + 1); 0 on ENOMEM. */
static uint32_t date_id(eg_intern *pool, const char *s) {
    uint32_t id;
    return eg_intern_str_id(pool, s, &id) ? id + 1 : 0;
}

/* A new edge takes the record as it is, as eg_pairrec_merge would leave an
 * empty destination. */
static int co_init(eg_acc *acc, accco *e, const eg_pairrec *r) {
    eg_intern *pool = acc->text;
    e->weight = r->weight;
    e->ids_total = r->ids.total;
    if ((r->first_date && !(e->first_date = date_id(pool, r->first_date))) ||
        (r->last_date && !(e->last_date = date_id(pool, r->last_date))))
        return -1;
    size_t nids = 0, nev = 0;
    int rc = copy_set(pool, &e->ids, &nids, r->ids.v, r->ids.n) != 0 ||
                     copy_ev(acc, &e->ev, &nev, r->ev, r->nev) != 0
                 ? -1
                 : 0;
    e->nids = (uint32_t)nids; /* the record's lists are within the caps */
    e->nev = (uint32_t)nev;
    return rc;
}

/* eg_pairrec_merge into a pooled edge. */
static int co_merge(eg_acc *acc, accco *e, const eg_pairrec *r) {
    eg_intern *pool = acc->text;
    const eg_record_limits *l = &acc->lim;
    e->weight += r->weight;
    if (r->first_date &&
        (!e->first_date || strcmp(r->first_date, eg_intern_get(pool, e->first_date - 1)) < 0) &&
        !(e->first_date = date_id(pool, r->first_date)))
        return -1;
    if (r->last_date &&
        (!e->last_date || strcmp(r->last_date, eg_intern_get(pool, e->last_date - 1)) > 0) &&
        !(e->last_date = date_id(pool, r->last_date)))
        return -1;
    e->ids_total += r->ids.total;
    size_t nids = e->nids, nev = e->nev;
    int rc = merge_set(pool, &e->ids, &nids, r->ids.v, r->ids.n, l->article_ids) != 0 ||
                     merge_ev(acc, &e->ev, &nev, r->ev, r->nev, l->evidence) != 0
                 ? -1
                 : 0;
    e->nids = (uint32_t)nids; /* never above the caps, at most UINT32_MAX */
    e->nev = (uint32_t)nev;
    return rc;
}

/* eg_acc_add_pair_copy for a pair whose key ids are a and b (pools made);
 * 0 or -1 on ENOMEM. */
static int add_pair_ids(eg_acc *acc, const eg_pairrec *r, uint32_t a, uint32_t b) {
    int rc = -1;
    if (table_full(&acc->tpairs, acc->nco + 1) &&
        table_grow(&acc->tpairs, acc->co, acc->nco, h_co) != 0)
        goto out;
    uint64_t h = hash_ids(a, b);
    size_t j = (size_t)h & (acc->tpairs.cap - 1);
    for (; acc->tpairs.slots[j]; j = (j + 1) & (acc->tpairs.cap - 1)) {
        if (acc->tpairs.slots[j] >> 32 != h >> 32)
            continue;
        accco *e = &acc->co[(uint32_t)acc->tpairs.slots[j] - 1];
        if (e->a == a && e->b == b) {
            rc = co_merge(acc, e, r);
            goto out;
        }
    }
    accco *e = push((void **)&acc->co, &acc->nco, &acc->capco, sizeof *e);
    if (!e)
        goto out;
    memset(e, 0, sizeof *e);
    e->a = a;
    e->b = b;
    acc->tpairs.slots[j] = slot_of(h, acc->nco - 1);
    rc = co_init(acc, e, r); /* on failure the edge stays, partly filled */
out:
    return rc;
}

eg_status eg_acc_add_pair_copy(eg_acc *acc, const eg_pairrec *r, eg_error *err) {
    uint32_t a, b;
    if (pools(acc) != 0 || key_id(acc, r->a, &a) != 0 || key_id(acc, r->b, &b) != 0 ||
        add_pair_ids(acc, r, a, b) != 0)
        return nomem(err);
    return EG_OK;
}

/* Pairs go in runs: the key ids of a run first (the key pool sees the same
 * strings in the same order as one pair at a time), then its table slots
 * are fetched ahead while the pairs are merged one by one, in order. */
#define PAIR_RUN 32
#define PAIR_AHEAD 16

eg_status eg_acc_add_pairs_copy(eg_acc *acc, const eg_pairrec *v, size_t n, eg_error *err) {
    uint32_t ids[PAIR_RUN][2];
    uint64_t hs[PAIR_RUN];
    if (n && pools(acc) != 0)
        return nomem(err);
    for (size_t base = 0; base < n; base += PAIR_RUN) {
        size_t m = n - base < PAIR_RUN ? n - base : PAIR_RUN;
        for (size_t k = 0; k < m; k++) {
            if (key_id(acc, v[base + k].a, &ids[k][0]) != 0 ||
                key_id(acc, v[base + k].b, &ids[k][1]) != 0)
                return nomem(err);
            hs[k] = hash_ids(ids[k][0], ids[k][1]);
            if (k < PAIR_AHEAD && acc->tpairs.cap)
                __builtin_prefetch(&acc->tpairs.slots[hs[k] & (acc->tpairs.cap - 1)]);
        }
        for (size_t k = 0; k < m; k++) {
            size_t mask = acc->tpairs.cap - 1;
            if (acc->tpairs.cap) {
                /* the slot of a pair further on, and the edge a nearer one's
                 * first slot names (its slot was fetched before) */
                if (k + PAIR_AHEAD < m)
                    __builtin_prefetch(&acc->tpairs.slots[hs[k + PAIR_AHEAD] & mask]);
                if (k + PAIR_AHEAD / 2 < m) {
                    uint64_t h = hs[k + PAIR_AHEAD / 2];
                    for (size_t j = h & mask, t = 0; acc->tpairs.slots[j] && t < 4;
                         j = (j + 1) & mask, t++)
                        if (acc->tpairs.slots[j] >> 32 == h >> 32) {
                            __builtin_prefetch(&acc->co[(uint32_t)acc->tpairs.slots[j] - 1]);
                            break;
                        }
                }
            }
            if (add_pair_ids(acc, &v[base + k], ids[k][0], ids[k][1]) != 0)
                return nomem(err);
        }
    }
    return EG_OK;
}

eg_status eg_acc_add_pair(eg_acc *acc, eg_pairrec *r, eg_error *err) {
    eg_status st = eg_acc_add_pair_copy(acc, r, err);
    eg_pairrec_destroy(r);
    return st;
}

/* eg_relrec_merge into a pooled relation; an empty one takes the record as
 * it is. */
static int rel_merge(eg_acc *acc, accrel *e, const eg_relrec *r, int fresh) {
    eg_intern *pool = acc->text;
    const eg_record_limits *l = &acc->lim;
    e->count += r->count;
    uint32_t cls;
    if (!e->cls && r->cls) {
        if (!eg_intern_str_id(pool, r->cls, &cls))
            return -1;
        e->cls = cls + 1;
    }
    e->ids.total += r->ids.total;
    size_t nev = e->nev, nforms = e->nforms, nreporters = e->nreporters;
    int rc;
    if (fresh)
        rc = copy_set(pool, &e->forms, &nforms, r->forms.v, r->forms.n) != 0 ||
                     copy_set(pool, &e->reporters, &nreporters, r->reporters.v, r->reporters.n) !=
                         0 ||
                     copy_set(pool, &e->ids.v, &e->ids.n, r->ids.v, r->ids.n) != 0 ||
                     copy_ev(acc, &e->ev, &nev, r->ev, r->nev) != 0
                 ? -1
                 : 0;
    else
        rc = merge_set(pool, &e->forms, &nforms, r->forms.v, r->forms.n, l->forms) != 0 ||
                     merge_set(pool, &e->reporters, &nreporters, r->reporters.v, r->reporters.n,
                               l->forms) != 0 ||
                     merge_set(pool, &e->ids.v, &e->ids.n, r->ids.v, r->ids.n, l->article_ids) !=
                         0 ||
                     merge_ev(acc, &e->ev, &nev, r->ev, r->nev, l->evidence) != 0
                 ? -1
                 : 0;
    /* never above the caps, which eg_acc_new bounds to 32 bits */
    e->nev = (uint32_t)nev;
    e->nforms = (uint32_t)nforms;
    e->nreporters = (uint32_t)nreporters;
    return rc;
}

eg_status eg_acc_add_rel_copy(eg_acc *acc, const eg_relrec *r, eg_error *err) {
    uint32_t src, dst, verb;
    int rc = -1;
    if (pools(acc) != 0)
        goto out;
    if (key_id(acc, r->src, &src) != 0 || key_id(acc, r->dst, &dst) != 0 ||
        !eg_intern_str_id(acc->text, r->verb, &verb))
        goto out;
    if (table_full(&acc->trels, acc->nrels + 1) &&
        table_grow(&acc->trels, acc->rels, acc->nrels, h_rel) != 0)
        goto out;
    unsigned char neg = r->negated != 0, hedged = r->hedged != 0;
    uint64_t h = hash_rel(src, dst, verb, neg, hedged);
    size_t j = (size_t)h & (acc->trels.cap - 1);
    for (; acc->trels.slots[j]; j = (j + 1) & (acc->trels.cap - 1)) {
        if (acc->trels.slots[j] >> 32 != h >> 32)
            continue;
        accrel *e = &acc->rels[(uint32_t)acc->trels.slots[j] - 1];
        if (e->src == src && e->dst == dst && e->verb_id == verb && e->negated == neg &&
            e->hedged == hedged) {
            rc = rel_merge(acc, e, r, 0);
            goto out;
        }
    }
    accrel *e = push((void **)&acc->rels, &acc->nrels, &acc->caprels, sizeof *e);
    if (!e)
        goto out;
    memset(e, 0, sizeof *e);
    e->src = src;
    e->dst = dst;
    e->verb_id = verb;
    e->negated = neg;
    e->hedged = hedged;
    acc->trels.slots[j] = slot_of(h, acc->nrels - 1);
    rc = rel_merge(acc, e, r, 1); /* on failure the edge stays, partly filled */
out:
    return rc == 0 ? EG_OK : nomem(err);
}

eg_status eg_acc_add_rel(eg_acc *acc, eg_relrec *r, eg_error *err) {
    eg_status st = eg_acc_add_rel_copy(acc, r, err);
    eg_relrec_destroy(r);
    return st;
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
    return acc->nco;
}
size_t eg_acc_relations(const eg_acc *acc) {
    return acc->nrels;
}

/* ---- the model ------------------------------------------------------------ */

static int cmp_ent(const void *x, const void *y) {
    return strcmp(((const eg_entrec *)x)->key, ((const eg_entrec *)y)->key);
}

/* Node indices follow key order, so sorting by them sorts by keys without
 * comparing strings. */
static int cmp_co(const void *x, const void *y) {
    const accco *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

/* Sorts co-occurrence edges by (a, b) through a sorted array of keys (8
 * bytes an edge), each the pair's bits followed by the edge's position, and
 * moves the edges along the cycles of that permutation, so that the edges
 * themselves are never copied to a temporary array (glibc's qsort would
 * allocate one as large as the table). Sorting the edges directly is the
 * fallback when the bits do not fit in 63 or the keys cannot be had. */
static int cmp_u64(const void *x, const void *y) {
    uint64_t p = *(const uint64_t *)x, q = *(const uint64_t *)y;
    return p < q ? -1 : p > q;
}

static unsigned bits_for(uint64_t v) {
    unsigned b = 0;
    for (; v; v >>= 1)
        b++;
    return b;
}

static void sort_co(accco *co, size_t n) {
    uint32_t maxa = 0, maxb = 0;
    for (size_t i = 0; i < n; i++) {
        maxa = co[i].a > maxa ? co[i].a : maxa;
        maxb = co[i].b > maxb ? co[i].b : maxb;
    }
    unsigned ib = bits_for(n - 1), bb = bits_for(maxb);
    uint64_t *keys = bits_for(maxa) + bb + ib <= 63 ? malloc(n * sizeof *keys) : NULL;
    if (!keys) {
        qsort(co, n, sizeof *co, cmp_co);
        return;
    }
    for (size_t i = 0; i < n; i++)
        keys[i] = ((uint64_t)co[i].a << bb | co[i].b) << ib | i;
    qsort(keys, n, sizeof *keys, cmp_u64);
    int unique = 1;
    for (size_t i = 1; i < n && unique; i++)
        unique = keys[i] >> ib != keys[i - 1] >> ib;
    if (!unique) { /* never for merged edges; kept correct all the same */
        free(keys);
        qsort(co, n, sizeof *co, cmp_co);
        return;
    }
    /* Position k takes the edge at keys[k]'s low bits; a key of all ones
     * (no real key: they use 63 bits at most) marks a position filled. */
    const uint64_t mask = ((uint64_t)1 << ib) - 1, done = UINT64_MAX;
    for (size_t k = 0; k < n; k++) {
        if (keys[k] == done)
            continue;
        accco t = co[k];
        for (size_t j = k;;) {
            size_t from = (size_t)(keys[j] & mask);
            keys[j] = done;
            if (from == k) {
                co[j] = t;
                break;
            }
            co[j] = co[from];
            j = from;
        }
    }
    free(keys);
}

typedef struct co_sort {
    accco *co;
    size_t n;
} co_sort;

static void *sort_co_main(void *arg) {
    co_sort *cs = arg;
    sort_co(cs->co, cs->n);
    return NULL;
}

typedef struct relref {
    uint32_t s, d; /* node indices */
    uint32_t idx;  /* position among the relations kept */
    unsigned char negated, hedged;
    const char *verb;
} relref;

static int cmp_relref(const void *x, const void *y) {
    const relref *p = x, *q = y;
    if (p->s != q->s)
        return p->s < q->s ? -1 : 1;
    if (p->d != q->d)
        return p->d < q->d ? -1 : 1;
    int c = strcmp(p->verb, q->verb);
    if (!c)
        c = p->negated - q->negated;
    if (!c)
        c = p->hedged - q->hedged;
    return c;
}

/* Node index of key id `id` once ent_of maps to sorted entities, or -1. */
static long node_of_id(const eg_acc *acc, uint32_t id) {
    return id < acc->capent_of && acc->ent_of[id] ? (long)acc->ent_of[id] - 1 : -1;
}

/* Joins a pooled list of two or more strings with "|" into one pooled
 * string that becomes the list's only element (a list of one is its own
 * join); 0, or -1 on ENOMEM (the list unchanged). Done in place, the model
 * needs no array of joined strings beside the relation table. */
static int join_in_place(eg_intern *pool, char ***v, uint32_t *n) {
    if (*n < 2)
        return 0;
    eg_strbuf sb;
    eg_strbuf_init(&sb);
    int rc = -1;
    uint32_t id;
    for (size_t i = 0; i < *n; i++)
        if ((i && eg_strbuf_putc(&sb, '|')) || eg_strbuf_puts(&sb, (*v)[i]))
            goto out;
    if (!eg_intern_add(pool, sb.data, sb.len, &id))
        goto out;
    list_free(*v, *n);
    *v = eg_intern_ref(pool, id);
    *n = 1;
    rc = 0;
out:
    eg_strbuf_destroy(&sb);
    return rc;
}

/* Turns co[0..n), in a block with room for n eg_coedge values, into those
 * values where they lie: from the last to the first, since each edge's
 * eg_coedge ends past its accco (and so covers only records already
 * turned). Returns the block as eg_coedge. */
static eg_coedge *co_expand(const eg_acc *acc, accco *co, size_t n) {
    _Static_assert(sizeof(eg_coedge) >= sizeof(accco), "edges grow in place");
    eg_coedge *out = (eg_coedge *)(void *)co;
    for (size_t i = n; i-- > 0;) {
        accco r = co[i];
        eg_coedge e = {r.a,
                       r.b,
                       r.weight,
                       r.first_date ? eg_intern_get(acc->text, r.first_date - 1) : NULL,
                       r.last_date ? eg_intern_get(acc->text, r.last_date - 1) : NULL,
                       {r.ids, r.nids, r.ids_total},
                       r.ev,
                       r.nev};
        memcpy(&out[i], &e, sizeof e);
    }
    return out;
}

/* The tables become the model in place: entity records turn into nodes and
 * relation records into relation edges where they lie, so the model never
 * needs memory for a second copy of them. */
_Static_assert(sizeof(eg_node) <= sizeof(eg_entrec), "nodes are built in place");
_Static_assert(sizeof(eg_reledge) <= sizeof(accrel), "relation edges are built in place");

/* Puts rel[0..n) in the order `order` gives (order[k] = index of the edge
 * that goes to position k), following each cycle once; order is used up. */
static void permute_rel(eg_reledge *rel, relref *order, size_t n) {
    for (size_t k = 0; k < n; k++) {
        if (order[k].idx == k)
            continue;
        eg_reledge first = rel[k];
        size_t j = k;
        for (;;) {
            size_t src = order[j].idx;
            order[j].idx = (uint32_t)j;
            if (src == k) {
                rel[j] = first;
                break;
            }
            rel[j] = rel[src];
            j = src;
        }
    }
}

eg_status eg_acc_to_model(eg_acc *acc, const eg_model_filter *f, eg_model *out, eg_error *err) {
    eg_model_init(out);
    size_t nrels = acc->nrels;
    relref *rr = NULL;
    char *other = NULL, *none = NULL;
    free(acc->tpairs.slots);
    free(acc->trels.slots);
    memset(&acc->tpairs, 0, sizeof acc->tpairs);
    memset(&acc->trels, 0, sizeof acc->trels);
    if (acc->nents)
        qsort(acc->ents, acc->nents, sizeof *acc->ents, cmp_ent);
    /* Every entity key is in the key pool: map key ids to sorted positions;
     * the pool itself is no longer needed. */
    if (acc->capent_of)
        memset(acc->ent_of, 0, acc->capent_of * sizeof *acc->ent_of);
    for (size_t i = 0; i < acc->nents; i++)
        acc->ent_of[eg_intern_find(acc->keys, acc->ents[i].key, strlen(acc->ents[i].key))] =
            (uint32_t)(i + 1);
    eg_intern_free(acc->keys);
    acc->keys = NULL;

    /* Co-occurrence edges, in place (after a failure below the accumulator
     * can only be freed). */
    uint64_t minw = f ? f->min_weight : 0;
    size_t ne = 0;
    for (size_t i = 0; i < acc->nco; i++) {
        accco e = acc->co[i];
        long a = node_of_id(acc, e.a), b = node_of_id(acc, e.b);
        if (a < 0 || b < 0 || a == b || e.weight < minw) {
            list_free(e.ids, e.nids);
            eg_evpool_release(acc->evp, e.ev, e.nev);
            continue;
        }
        e.a = (uint32_t)(a < b ? a : b);
        e.b = (uint32_t)(a < b ? b : a);
        acc->co[ne++] = e;
    }
    acc->nco = ne;
    /* With threads the edges are sorted on one of their own while the
     * relations are prepared (neither touches the other's records). */
    co_sort cs = {acc->co, ne};
    pthread_t sorter;
    int sorting =
        ne > 1 && f && f->threads != 1 && pthread_create(&sorter, NULL, sort_co_main, &cs) == 0;
    if (ne && !sorting)
        sort_co(acc->co, ne);

    /* Relations kept, their lists joined in place: everything that can fail
     * happens before any record is turned into part of the model. */
    rr = malloc((nrels ? nrels : 1) * sizeof *rr);
    if (!rr)
        goto fail;
    size_t nr = 0;
    for (size_t i = 0; i < nrels; i++) {
        accrel *r = &acc->rels[i];
        long sn = node_of_id(acc, r->src), dn = node_of_id(acc, r->dst);
        if (sn < 0 || dn < 0 || sn == dn)
            continue;
        rr[nr] = (relref){(uint32_t)sn, (uint32_t)dn, (uint32_t)nr,
                          r->negated,   r->hedged,    eg_intern_get(acc->text, r->verb_id)};
        if (join_in_place(acc->text, &r->forms, &r->nforms) != 0 ||
            join_in_place(acc->text, &r->reporters, &r->nreporters) != 0)
            goto fail;
        if (!r->cls && !other && !(other = eg_intern_add(acc->text, "other", 5, NULL)))
            goto fail;
        if (!r->nforms && !none && !(none = eg_intern_add(acc->text, "", 0, NULL)))
            goto fail;
        nr++;
    }
    if (nr)
        qsort(rr, nr, sizeof *rr, cmp_relref);
    if (sorting) {
        pthread_join(sorter, NULL);
        sorting = 0;
    }
    /* Room for the edges as eg_coedge values, which they become in place
     * once nothing can fail (meanwhile the records stay valid at the
     * front; the block grows through mremap, without a copy). */
    if (ne) {
        accco *grown = realloc(acc->co, ne * sizeof(eg_coedge));
        if (!grown)
            goto fail;
        acc->co = grown;
    } else {
        free(acc->co);
        acc->co = NULL;
    }

    /* Nodes, where the entity records were. */
    eg_node *nodes = (eg_node *)(void *)acc->ents;
    for (size_t i = 0; i < acc->nents; i++) {
        eg_entrec r = acc->ents[i];
        eg_node n = {r.key,      r.name,     r.type,  r.discovered,
                     r.mentions, r.articles, r.attrs, r.nattrs};
        memcpy(&nodes[i], &n, sizeof n);
    }
    out->nnodes = acc->nents;
    out->nodes = acc->nents ? nodes : NULL;
    if (!acc->nents)
        free(acc->ents);
    else if (sizeof(eg_node) < sizeof(eg_entrec)) {
        eg_node *shrunk = realloc(nodes, acc->nents * sizeof *nodes);
        if (shrunk)
            out->nodes = shrunk;
    }
    acc->ents = NULL;
    acc->nents = acc->capents = 0;

    out->co = co_expand(acc, acc->co, acc->nco);
    out->nco = acc->nco;
    acc->co = NULL;
    acc->nco = acc->capco = 0;

    /* Relation edges, where the relation records were, then sorted. */
    eg_reledge *rel = (eg_reledge *)(void *)acc->rels;
    size_t k = 0;
    for (size_t i = 0; i < nrels; i++) {
        accrel r = acc->rels[i];
        long sn = node_of_id(acc, r.src), dn = node_of_id(acc, r.dst);
        list_free(r.forms, r.nforms);
        list_free(r.reporters, r.nreporters);
        if (sn < 0 || dn < 0 || sn == dn) {
            list_free(r.ids.v, r.ids.n);
            eg_evpool_release(acc->evp, r.ev, r.nev);
            continue;
        }
        eg_reledge e = {.src = (uint32_t)sn,
                        .dst = (uint32_t)dn,
                        .verb = eg_intern_get(acc->text, r.verb_id),
                        .cls = r.cls ? eg_intern_get(acc->text, r.cls - 1) : other,
                        .count = r.count,
                        .forms = r.nforms ? r.forms[0] : none,
                        .reported_by = r.nreporters ? r.reporters[0] : NULL,
                        .ids = r.ids,
                        .ev = r.ev,
                        .nev = r.nev,
                        .negated = r.negated,
                        .hedged = r.hedged};
        memcpy(&rel[k++], &e, sizeof e);
    }
    permute_rel(rel, rr, nr);
    out->nrel = nr;
    out->rel = nr ? rel : NULL;
    if (!nr)
        free(acc->rels);
    else {
        eg_reledge *shrunk = realloc(rel, nr * sizeof *rel);
        if (shrunk)
            out->rel = shrunk;
    }
    acc->rels = NULL;
    acc->nrels = acc->caprels = 0;

    out->strings = acc->text;
    acc->text = NULL;
    out->evidence = acc->evp;
    acc->evp = NULL;
    free(acc->tsent.slots);
    acc->tsent = (table){0};
    acc->nsentkeys = 0;
    out->summary = acc->summary;
    free(rr);
    /* What is left goes before the graph stage. */
    free(acc->ent_of);
    acc->ent_of = NULL;
    acc->capent_of = 0;
    eg_intern_seal(out->strings);
    return EG_OK;
fail:
    /* No record is part of the model yet: eg_acc_free frees them. */
    if (sorting)
        pthread_join(sorter, NULL);
    free(rr);
    return nomem(err);
}

static int cmp_strp(const void *x, const void *y) {
    return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The entries as a record's evidence (a malloc'd array; NULL when n is 0),
 * in *out; -1 on ENOMEM. */
static int ev_view(const eg_acc *acc, const eg_evref *ev, size_t n, eg_evidence **out) {
    *out = NULL;
    if (!n)
        return 0;
    if (!(*out = malloc(n * sizeof **out)))
        return -1;
    for (size_t i = 0; i < n; i++) {
        const eg_evsent *s = eg_evpool_sentence(acc->evp, ev[i].sent);
        (*out)[i] = (eg_evidence){s->article,    s->sentence, s->pos,     ev[i].a_start,
                                  ev[i].b_start, ev[i].a_len, ev[i].b_len};
    }
    return 0;
}

eg_status eg_acc_write_records(const eg_acc *acc, eg_strbuf *sb, eg_error *err) {
    /* Sort views by key without disturbing the tables. */
    eg_status st = EG_OK;
    size_t n = acc->nents + acc->nco + acc->nrels;
    eg_strbuf *lines = n ? calloc(n, sizeof *lines) : NULL;
    if (n && !lines)
        return nomem(err);
    size_t k = 0;
    for (size_t i = 0; i < acc->nents; i++, k++)
        if (eg_entrec_write(&acc->ents[i], &lines[k]))
            st = EG_ERR_NOMEM;
    for (size_t i = 0; i < acc->nco; i++, k++) {
        const accco *e = &acc->co[i];
        eg_pairrec view = {
            .a = eg_intern_get(acc->keys, e->a),
            .b = eg_intern_get(acc->keys, e->b),
            .weight = e->weight,
            .first_date = e->first_date ? eg_intern_get(acc->text, e->first_date - 1) : NULL,
            .last_date = e->last_date ? eg_intern_get(acc->text, e->last_date - 1) : NULL,
            .ids = {e->ids, e->nids, e->ids_total},
            .nev = e->nev};
        if (ev_view(acc, e->ev, e->nev, &view.ev) != 0 || eg_pairrec_write(&view, &lines[k]))
            st = EG_ERR_NOMEM;
        free(view.ev);
    }
    for (size_t i = 0; i < acc->nrels; i++, k++) {
        const accrel *r = &acc->rels[i];
        eg_relrec view = {.src = eg_intern_get(acc->keys, r->src),
                          .dst = eg_intern_get(acc->keys, r->dst),
                          .verb = eg_intern_get(acc->text, r->verb_id),
                          .cls = r->cls ? eg_intern_get(acc->text, r->cls - 1) : NULL,
                          .negated = r->negated,
                          .hedged = r->hedged,
                          .count = r->count,
                          .forms = {r->forms, r->nforms},
                          .reporters = {r->reporters, r->nreporters},
                          .ids = r->ids,
                          .nev = r->nev};
        if (ev_view(acc, r->ev, r->nev, &view.ev) != 0 || eg_relrec_write(&view, &lines[k]))
            st = EG_ERR_NOMEM;
        free(view.ev);
    }
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
