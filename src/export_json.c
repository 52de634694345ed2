/* export_json: graph.json. jansson builds and dumps one object per node and
 * per link between a hand-written frame, so the file needs memory for a few
 * elements at a time. Links reuse one template object per kind whose values
 * are updated in place; dumps go to buffers written in large blocks (the
 * file runs to hundreds of megabytes), and runs of nodes and links can be
 * rendered on several threads and written in order. Key order is insertion
 * order (JSON_PRESERVE_ORDER). */
#include "export_json.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "utf8.h"

/* s[0..n) with each byte of invalid UTF-8 replaced by U+FFFD, in tmp; s
 * itself when it is valid. NULL on ENOMEM. */
static const char *valid_utf8(const char *s, size_t *n, eg_strbuf *tmp) {
    size_t len = *n, bad = eg_utf8_first_invalid(s, len);
    if (bad == len)
        return s;
    eg_strbuf_clear(tmp);
    size_t i = 0;
    while (i < len) {
        bad = i + eg_utf8_first_invalid(s + i, len - i);
        if (eg_strbuf_append(tmp, s + i, bad - i) != 0)
            return NULL;
        if (bad == len)
            break;
        if (eg_strbuf_append(tmp, "\xef\xbf\xbd", 3) != 0)
            return NULL;
        i = bad + 1;
    }
    *n = tmp->len;
    return tmp->data ? tmp->data : "";
}

/* A JSON string for s[0..n), invalid UTF-8 replaced. */
static json_t *jstrn(const char *s, size_t n) {
    eg_strbuf tmp;
    eg_strbuf_init(&tmp);
    const char *v = valid_utf8(s, &n, &tmp);
    json_t *j = v ? json_stringn_nocheck(v, n) : NULL;
    eg_strbuf_destroy(&tmp);
    return j;
}

static json_t *jstr(const char *s) {
    return s ? jstrn(s, strlen(s)) : json_null();
}

static json_int_t clamp(uint64_t v) {
    return v > (uint64_t)LLONG_MAX ? LLONG_MAX : (json_int_t)v;
}

static json_t *juint(uint64_t v) {
    return json_integer(clamp(v));
}

/* Sets obj[key] = v, taking v; -1 if v is NULL or on ENOMEM. */
static int put(json_t *obj, const char *key, json_t *v) {
    return json_object_set_new(obj, key, v);
}

/* ---- output ------------------------------------------------------------- */

/* Dumps collect here and reach the file in large blocks. */
typedef struct sink {
    FILE *fp;
    eg_strbuf sb;
    int nomem, ioerr;
    size_t flags;
} sink;

#define SINK_BLOCK ((size_t)1 << 20)

static int sink_flush(sink *s) {
    if (!s->fp)
        return 0;
    if (s->sb.len && !s->ioerr && fwrite(s->sb.data, 1, s->sb.len, s->fp) != s->sb.len)
        s->ioerr = 1;
    eg_strbuf_clear(&s->sb);
    return s->ioerr ? -1 : 0;
}

static int sink_puts(sink *s, const char *text) {
    if (s->nomem || eg_strbuf_puts(&s->sb, text) != 0)
        s->nomem = 1;
    return s->nomem ? -1 : 0;
}

/* Dumps v (borrowed) straight into the buffer's free space, again into a
 * larger one when it did not fit; 0, -1 on failure. */
static int sink_dump(sink *s, const json_t *v) {
    if (!v || s->nomem || eg_strbuf_reserve(&s->sb, SINK_BLOCK / 4) != 0)
        return -1;
    size_t room = s->sb.cap - s->sb.len - 1;
    size_t n = json_dumpb(v, s->sb.data + s->sb.len, room, s->flags);
    if (n > room) {
        if (eg_strbuf_reserve(&s->sb, n) != 0)
            return -1;
        room = s->sb.cap - s->sb.len - 1;
        n = json_dumpb(v, s->sb.data + s->sb.len, room, s->flags);
    }
    if (n == 0 || n > room)
        return -1;
    s->sb.len += n;
    s->sb.data[s->sb.len] = '\0';
    return s->fp && s->sb.len >= SINK_BLOCK ? sink_flush(s) : 0;
}

/* Dumps and releases v; -1 if v is NULL or on failure. */
static int sink_emit(sink *s, json_t *v) {
    int r = sink_dump(s, v);
    json_decref(v);
    return r;
}

/* ---- template objects ----------------------------------------------------- */

/* A member of a template object whose value is replaced for each element:
 * strings and integers are updated in place, a change of type replaces the
 * value. */
typedef struct field {
    const char *key;
    json_t *v; /* borrowed from the object */
} field;

static int field_init(json_t *obj, field *f, const char *key, json_t *v) {
    f->key = key;
    f->v = v;
    if (json_object_set_new(obj, key, v) != 0) {
        f->v = NULL;
        return -1;
    }
    return 0;
}

static int field_set(json_t *obj, field *f, json_t *v) {
    f->v = v;
    if (json_object_set_new(obj, f->key, v) != 0) {
        f->v = NULL;
        return -1;
    }
    return 0;
}

/* s (NULL: null) as the field's value; tmp is scratch space. */
static int field_str(json_t *obj, field *f, const char *s, eg_strbuf *tmp) {
    if (!s)
        return json_is_null(f->v) ? 0 : field_set(obj, f, json_null());
    size_t n = strlen(s);
    const char *v = valid_utf8(s, &n, tmp);
    if (!v)
        return -1;
    if (json_is_string(f->v))
        return json_string_setn_nocheck(f->v, v, n);
    json_t *j = json_stringn_nocheck(v, n);
    return j ? field_set(obj, f, j) : -1;
}

static int field_int(field *f, uint64_t v) {
    return json_integer_set(f->v, clamp(v));
}

static int field_bool(json_t *obj, field *f, int v) {
    return json_boolean_value(f->v) == !!v ? 0 : field_set(obj, f, json_boolean(v));
}

/* Reusable strings for the members of arrays of strings. */
typedef struct strpool {
    json_t **v;
    size_t n, cap;
} strpool;

static void strpool_destroy(strpool *p) {
    for (size_t i = 0; i < p->n; i++)
        json_decref(p->v[i]);
    free(p->v);
}

/* String number k of the pool set to s[0..n) (valid UTF-8), borrowed. */
static json_t *strpool_get(strpool *p, size_t k, const char *s, size_t n) {
    if (k < p->n)
        return json_string_setn_nocheck(p->v[k], s, n) == 0 ? p->v[k] : NULL;
    if (p->n == p->cap) {
        size_t c = p->cap ? p->cap * 2 : 16;
        json_t **nv = realloc(p->v, c * sizeof *nv);
        if (!nv)
            return NULL;
        p->v = nv;
        p->cap = c;
    }
    json_t *j = json_stringn_nocheck(s, n);
    if (!j)
        return NULL;
    p->v[p->n++] = j;
    return j;
}

/* Fills arr with the strings s[0..n) (null for NULL). */
static int fill_strings(json_t *arr, strpool *p, char *const *s, size_t n, eg_strbuf *tmp) {
    if (json_array_clear(arr) != 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (!s[i]) {
            if (json_array_append(arr, json_null()) != 0)
                return -1;
            continue;
        }
        size_t len = strlen(s[i]);
        const char *x = valid_utf8(s[i], &len, tmp);
        json_t *j = x ? strpool_get(p, i, x, len) : NULL;
        if (!j || json_array_append(arr, j) != 0)
            return -1;
    }
    return 0;
}

/* Fills arr with the "|"-separated parts of s ([] for NULL or ""). */
static int fill_split(json_t *arr, strpool *p, const char *s, eg_strbuf *tmp) {
    if (json_array_clear(arr) != 0)
        return -1;
    if (!s || !*s)
        return 0;
    for (size_t k = 0;; k++) {
        const char *bar = strchr(s, '|');
        size_t n = bar ? (size_t)(bar - s) : strlen(s);
        const char *x = valid_utf8(s, &n, tmp);
        json_t *j = x ? strpool_get(p, k, x, n) : NULL;
        if (!j || json_array_append(arr, j) != 0)
            return -1;
        if (!bar)
            return 0;
        s = bar + 1;
    }
}

/* obj[key] = a new array, borrowed into *arr. */
static int member_array(json_t *obj, const char *key, json_t **arr) {
    *arr = json_array();
    return json_object_set_new(obj, key, *arr);
}

/* One evidence object: {"article", "sentence", "sentence_offset",
 * "source_span": [a, b], "target_span": [a, b]}. */
typedef struct evobj {
    json_t *obj;
    field article, sentence, offset;
    json_t *span[4]; /* source start, end, target start, end */
} evobj;

static json_t *evobj_new(evobj *e) {
    memset(e, 0, sizeof *e);
    json_t *src = NULL, *dst = NULL;
    if (!(e->obj = json_object()) || field_init(e->obj, &e->article, "article", json_string("")) ||
        field_init(e->obj, &e->sentence, "sentence", json_string("")) ||
        field_init(e->obj, &e->offset, "sentence_offset", json_integer(0)) ||
        member_array(e->obj, "source_span", &src) || member_array(e->obj, "target_span", &dst))
        goto fail;
    for (int k = 0; k < 4; k++)
        if (!(e->span[k] = json_integer(0)) ||
            json_array_append_new(k < 2 ? src : dst, e->span[k]) != 0)
            goto fail;
    return e->obj;
fail:
    json_decref(e->obj);
    e->obj = NULL;
    return NULL;
}

static int evobj_set(evobj *e, const eg_evidence *ev, eg_strbuf *tmp) {
    return field_str(e->obj, &e->article, ev->article, tmp) ||
                   field_str(e->obj, &e->sentence, ev->sentence, tmp) ||
                   field_int(&e->offset, ev->pos) || json_integer_set(e->span[0], ev->a_start) ||
                   json_integer_set(e->span[1], ev->a_end) ||
                   json_integer_set(e->span[2], ev->b_start) ||
                   json_integer_set(e->span[3], ev->b_end)
               ? -1
               : 0;
}

/* The evidence objects reused by every link. */
typedef struct evpool {
    evobj *v;
    size_t n, cap;
} evpool;

static void evpool_destroy(evpool *p) {
    for (size_t i = 0; i < p->n; i++)
        json_decref(p->v[i].obj);
    free(p->v);
}

static int fill_evidence(json_t *arr, evpool *p, const eg_evidence *ev, size_t n, eg_strbuf *tmp) {
    if (json_array_clear(arr) != 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (i == p->n) {
            if (p->n == p->cap) {
                size_t c = p->cap ? p->cap * 2 : 4;
                evobj *nv = realloc(p->v, c * sizeof *nv);
                if (!nv)
                    return -1;
                p->v = nv;
                p->cap = c;
            }
            if (!evobj_new(&p->v[p->n]))
                return -1;
            p->n++;
        }
        if (evobj_set(&p->v[i], &ev[i], tmp) != 0 || json_array_append(arr, p->v[i].obj) != 0)
            return -1;
    }
    return 0;
}

/* Everything the link templates share. */
typedef struct links {
    strpool ids, forms, reps; /* strings of the arrays of one link */
    evpool ev;
    eg_strbuf tmp, key;
    /* co-occurrence: source, target, "key": "co", "kind", weight, articles,
     * article_ids, first_date, last_date, evidence */
    json_t *co;
    field co_src, co_dst, co_w, co_art, co_first, co_last;
    json_t *co_ids, *co_ev;
    /* relation: source, target, key, "kind", weight, articles, article_ids,
     * label, class, negated, hedged, forms, reported_by, evidence */
    json_t *rel;
    field rel_src, rel_dst, rel_key, rel_w, rel_art, rel_label, rel_class, rel_neg, rel_hedged;
    json_t *rel_ids, *rel_forms, *rel_rep, *rel_ev;
} links;

static void links_destroy(links *l) {
    json_decref(l->co);
    json_decref(l->rel);
    strpool_destroy(&l->ids);
    strpool_destroy(&l->forms);
    strpool_destroy(&l->reps);
    evpool_destroy(&l->ev);
    eg_strbuf_destroy(&l->tmp);
    eg_strbuf_destroy(&l->key);
}

static int links_init(links *l) {
    memset(l, 0, sizeof *l);
    eg_strbuf_init(&l->tmp);
    eg_strbuf_init(&l->key);
    l->co = json_object();
    l->rel = json_object();
    if (!l->co || !l->rel)
        return -1;
    json_t *c = l->co, *r = l->rel;
    if (field_init(c, &l->co_src, "source", json_string("")) ||
        field_init(c, &l->co_dst, "target", json_string("")) ||
        json_object_set_new(c, "key", json_string("co")) ||
        json_object_set_new(c, "kind", json_string("cooccurrence")) ||
        field_init(c, &l->co_w, "weight", json_integer(0)) ||
        field_init(c, &l->co_art, "articles", json_integer(0)) ||
        member_array(c, "article_ids", &l->co_ids) ||
        field_init(c, &l->co_first, "first_date", json_null()) ||
        field_init(c, &l->co_last, "last_date", json_null()) ||
        member_array(c, "evidence", &l->co_ev))
        return -1;
    if (field_init(r, &l->rel_src, "source", json_string("")) ||
        field_init(r, &l->rel_dst, "target", json_string("")) ||
        field_init(r, &l->rel_key, "key", json_string("")) ||
        json_object_set_new(r, "kind", json_string("relation")) ||
        field_init(r, &l->rel_w, "weight", json_integer(0)) ||
        field_init(r, &l->rel_art, "articles", json_integer(0)) ||
        member_array(r, "article_ids", &l->rel_ids) ||
        field_init(r, &l->rel_label, "label", json_null()) ||
        field_init(r, &l->rel_class, "class", json_null()) ||
        field_init(r, &l->rel_neg, "negated", json_false()) ||
        field_init(r, &l->rel_hedged, "hedged", json_false()) ||
        member_array(r, "forms", &l->rel_forms) || member_array(r, "reported_by", &l->rel_rep) ||
        member_array(r, "evidence", &l->rel_ev))
        return -1;
    return 0;
}

static int co_set(links *l, const eg_model *m, const eg_coedge *e) {
    return field_str(l->co, &l->co_src, m->nodes[e->a].key, &l->tmp) ||
                   field_str(l->co, &l->co_dst, m->nodes[e->b].key, &l->tmp) ||
                   field_int(&l->co_w, e->weight) || field_int(&l->co_art, e->ids.total) ||
                   fill_strings(l->co_ids, &l->ids, e->ids.v, e->ids.n, &l->tmp) ||
                   field_str(l->co, &l->co_first, e->first_date, &l->tmp) ||
                   field_str(l->co, &l->co_last, e->last_date, &l->tmp) ||
                   fill_evidence(l->co_ev, &l->ev, e->ev, e->nev, &l->tmp)
               ? -1
               : 0;
}

static int rel_set(links *l, const eg_model *m, const eg_reledge *e) {
    eg_strbuf_clear(&l->key);
    if (eg_strbuf_puts(&l->key, "rel:") || eg_strbuf_puts(&l->key, e->verb ? e->verb : "") ||
        (e->negated && eg_strbuf_puts(&l->key, ":neg")) ||
        (e->hedged && eg_strbuf_puts(&l->key, ":hedged")))
        return -1;
    return field_str(l->rel, &l->rel_src, m->nodes[e->src].key, &l->tmp) ||
                   field_str(l->rel, &l->rel_dst, m->nodes[e->dst].key, &l->tmp) ||
                   field_str(l->rel, &l->rel_key, l->key.data, &l->tmp) ||
                   field_int(&l->rel_w, e->count) || field_int(&l->rel_art, e->ids.total) ||
                   fill_strings(l->rel_ids, &l->ids, e->ids.v, e->ids.n, &l->tmp) ||
                   field_str(l->rel, &l->rel_label, e->verb, &l->tmp) ||
                   field_str(l->rel, &l->rel_class, e->cls, &l->tmp) ||
                   field_bool(l->rel, &l->rel_neg, e->negated) ||
                   field_bool(l->rel, &l->rel_hedged, e->hedged) ||
                   fill_split(l->rel_forms, &l->forms, e->forms, &l->tmp) ||
                   fill_split(l->rel_rep, &l->reps, e->reported_by, &l->tmp) ||
                   fill_evidence(l->rel_ev, &l->ev, e->ev, e->nev, &l->tmp)
               ? -1
               : 0;
}

/* ---- graph and nodes -------------------------------------------------------- */

static json_t *summary_json(const eg_model *m) {
    const eg_summary *s = &m->summary;
    json_t *o = json_object();
    if (!o || put(o, "articles_read", juint(s->articles_read)) ||
        put(o, "articles_empty", juint(s->articles_empty)) ||
        put(o, "skipped_binary", juint(s->skipped_binary)) ||
        put(o, "skipped_unreadable", juint(s->skipped_unreadable)) ||
        put(o, "skipped_duplicate", juint(s->skipped_duplicate)) ||
        put(o, "records_rejected", juint(s->records_rejected)) ||
        put(o, "warnings", juint(s->warnings)) || put(o, "bytes", juint(s->bytes)) ||
        put(o, "mentions", juint(s->mentions)) || put(o, "ambiguous", juint(s->ambiguous)) ||
        put(o, "capped_windows", juint(s->capped_windows)) ||
        put(o, "entities", juint(m->nnodes)) || put(o, "cooccurrence_edges", juint(m->nco)) ||
        put(o, "relation_edges", juint(m->nrel))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *graph_json(const eg_model *m, const eg_measures *ms) {
    json_t *g = json_object();
    if (!g || put(g, "name", json_string("entgraph")) || put(g, "summary", summary_json(m)) ||
        put(g, "betweenness_sampled", json_boolean(ms && ms->betweenness_sampled)))
        goto fail;
    if (ms) {
        json_t *names = json_array();
        if (put(g, "measures", names))
            goto fail;
        for (int c = 0; c < EG_NCOLS; c++)
            if (eg_measure_available(ms, (eg_measure_col)c) &&
                json_array_append_new(names, json_string(eg_measure_name((eg_measure_col)c))))
                goto fail;
        if (put(g, "betweenness_sources",
                ms->betweenness_sampled ? juint(ms->betweenness_sources) : json_null()) ||
            put(g, "modularity",
                isfinite(ms->modularity) ? json_real(ms->modularity) : json_null()) ||
            put(g, "communities", json_integer(ms->ncommunities)))
            goto fail;
    }
    return g;
fail:
    json_decref(g);
    return NULL;
}

static json_t *measure_value(const eg_measures *ms, eg_measure_col c, size_t i) {
    double v = eg_measure_get(ms, c, i);
    if (!isfinite(v))
        return json_null();
    if (eg_measure_is_integer(c))
        return json_integer((json_int_t)llround(v));
    return json_real(v);
}

static json_t *node_json(const eg_model *m, const eg_measures *ms, size_t i) {
    const eg_node *n = &m->nodes[i];
    json_t *o = json_object();
    eg_strbuf name;
    eg_strbuf_init(&name);
    if (!o || put(o, "id", jstr(n->key)) || put(o, "label", jstr(n->name)) ||
        put(o, "type", jstr(n->type)) || put(o, "discovered", json_boolean(n->discovered)) ||
        put(o, "mentions", juint(n->mentions)) || put(o, "articles", juint(n->articles)))
        goto fail;
    for (int c = 0; ms && c < EG_NCOLS; c++)
        if (eg_measure_available(ms, (eg_measure_col)c) &&
            put(o, eg_measure_name((eg_measure_col)c), measure_value(ms, (eg_measure_col)c, i)))
            goto fail;
    for (size_t k = 0; k < n->nattrs; k++) {
        const char *an = n->attrs[k].name ? n->attrs[k].name : "";
        json_t *key = jstr(an);
        if (!key)
            goto fail;
        eg_strbuf_clear(&name);
        int taken = json_object_get(o, json_string_value(key)) != NULL;
        int r = eg_strbuf_printf(&name, "%s%s", taken ? "attr_" : "", json_string_value(key));
        json_decref(key);
        if (r != 0 || put(o, name.data, jstr(n->attrs[k].value)))
            goto fail;
    }
    eg_strbuf_destroy(&name);
    return o;
fail:
    eg_strbuf_destroy(&name);
    json_decref(o);
    return NULL;
}

/* ---- rendering in pieces ------------------------------------------------------ */

/* The file is a frame around pieces: runs of nodes or links rendered into
 * buffers, possibly on several threads, and written in order. */
typedef struct job {
    const eg_model *m;
    const eg_measures *ms;
    size_t flags;
    const char *sep, *first;
    size_t pn, pl; /* pieces of nodes, pieces of links */
} job;

#define NODES_PER_PIECE 2048
#define LINKS_PER_PIECE 1024

/* Piece k of the job appended to s->sb (s->fp NULL: nothing is written);
 * l holds the renderer's link templates. */
static int render_piece(const job *j, size_t k, links *l, sink *s) {
    const eg_model *m = j->m;
    if (k < j->pn) {
        size_t lo = k * NODES_PER_PIECE, hi = lo + NODES_PER_PIECE;
        for (size_t i = lo; i < hi && i < m->nnodes; i++)
            if (sink_puts(s, i ? j->sep : j->first) || sink_emit(s, node_json(m, j->ms, i)))
                return -1;
        return 0;
    }
    size_t lo = (k - j->pn) * LINKS_PER_PIECE, hi = lo + LINKS_PER_PIECE;
    for (size_t i = lo; i < hi && i < m->nco + m->nrel; i++) {
        if (sink_puts(s, i ? j->sep : j->first))
            return -1;
        if (i < m->nco ? co_set(l, m, &m->co[i]) || sink_dump(s, l->co)
                       : rel_set(l, m, &m->rel[i - m->nco]) || sink_dump(s, l->rel))
            return -1;
    }
    return 0;
}

enum { SLOT_FREE, SLOT_BUSY, SLOT_READY };

typedef struct slot {
    sink s; /* s.fp NULL: a piece's text */
    size_t piece;
    int state, failed;
} slot;

typedef struct pool {
    const job *j;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    slot *slots;
    size_t nslots;
    size_t next; /* next piece to render */
    int stop;    /* a renderer failed, or the writer gave up */
} pool;

/* Claims the next piece if its slot is free; called with the lock held. */
static slot *claim(pool *p) {
    size_t total = p->j->pn + p->j->pl;
    if (p->stop || p->next >= total)
        return NULL;
    slot *sl = &p->slots[p->next % p->nslots];
    if (sl->state != SLOT_FREE)
        return NULL;
    sl->state = SLOT_BUSY;
    sl->piece = p->next++;
    return sl;
}

/* Renders a claimed piece; called with the lock held, returns with it. */
static void render_claimed(pool *p, slot *sl, links *l) {
    pthread_mutex_unlock(&p->mu);
    eg_strbuf_clear(&sl->s.sb);
    sl->s.nomem = 0;
    int bad = !l || render_piece(p->j, sl->piece, l, &sl->s) != 0;
    pthread_mutex_lock(&p->mu);
    sl->failed = bad;
    sl->state = SLOT_READY;
    if (bad)
        p->stop = 1;
    pthread_cond_broadcast(&p->cv);
}

typedef struct helper {
    pool *p;
    links l;
    int ok;
} helper;

static void *helper_main(void *arg) {
    helper *h = arg;
    pool *p = h->p;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        size_t total = p->j->pn + p->j->pl;
        if (p->stop || p->next >= total)
            break;
        slot *sl = claim(p);
        if (sl)
            render_claimed(p, sl, h->ok ? &h->l : NULL);
        else
            pthread_cond_wait(&p->cv, &p->mu);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static int write_text(sink *out, const char *text) {
    return sink_puts(out, text) || (out->sb.len >= SINK_BLOCK && sink_flush(out));
}

/* Writes the pieces in order to out, rendering with `threads` threads in
 * all (the calling one included). */
static int write_pieces(const job *j, size_t threads, links *l, sink *out, const char *middle) {
    pool p;
    memset(&p, 0, sizeof p);
    p.j = j;
    p.nslots = 2 * threads;
    p.slots = calloc(p.nslots, sizeof *p.slots);
    helper *hs = calloc(threads, sizeof *hs);
    pthread_t *tids = calloc(threads, sizeof *tids);
    size_t started = 0;
    int bad = !p.slots || !hs || !tids;
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.cv, NULL);
    for (size_t i = 0; !bad && i < p.nslots; i++) {
        eg_strbuf_init(&p.slots[i].s.sb);
        p.slots[i].s.flags = j->flags;
    }
    for (size_t t = 1; !bad && t < threads; t++) {
        hs[t].p = &p;
        hs[t].ok = links_init(&hs[t].l) == 0;
        if (pthread_create(&tids[started], NULL, helper_main, &hs[t]) != 0) {
            links_destroy(&hs[t].l);
            break;
        }
        started++;
    }
    size_t total = j->pn + j->pl;
    pthread_mutex_lock(&p.mu);
    for (size_t k = 0; !bad && k < total; k++) {
        slot *sl = &p.slots[k % p.nslots];
        while (!(sl->state == SLOT_READY && sl->piece == k) && !p.stop) {
            slot *mine = claim(&p);
            if (mine)
                render_claimed(&p, mine, l);
            else
                pthread_cond_wait(&p.cv, &p.mu);
        }
        if (p.stop && !(sl->state == SLOT_READY && sl->piece == k && !sl->failed)) {
            bad = 1;
            break;
        }
        pthread_mutex_unlock(&p.mu);
        if (k == j->pn)
            bad = write_text(out, middle);
        bad = bad || sink_flush(out) ||
              (sl->s.sb.len && fwrite(sl->s.sb.data, 1, sl->s.sb.len, out->fp) != sl->s.sb.len &&
               (out->ioerr = 1));
        pthread_mutex_lock(&p.mu);
        sl->state = SLOT_FREE;
        if (bad)
            p.stop = 1;
        pthread_cond_broadcast(&p.cv);
    }
    p.stop = 1;
    pthread_cond_broadcast(&p.cv);
    pthread_mutex_unlock(&p.mu);
    for (size_t t = 0; t < started; t++)
        pthread_join(tids[t], NULL);
    for (size_t t = 1; t <= started; t++)
        links_destroy(&hs[t].l);
    for (size_t i = 0; p.slots && i < p.nslots; i++)
        eg_strbuf_destroy(&p.slots[i].s.sb);
    pthread_mutex_destroy(&p.mu);
    pthread_cond_destroy(&p.cv);
    free(p.slots);
    free(hs);
    free(tids);
    return bad ? -1 : 0;
}

eg_status eg_write_graph_json(const eg_model *m, const eg_measures *ms, const eg_json_opts *o,
                              FILE *out, eg_error *err) {
    int pretty = o ? o->pretty : 1;
    size_t threads = o && o->threads > 1 ? o->threads : 1;
    if (ms && ms->n != m->nnodes)
        return eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0,
                            "graph.json: %zu measures for %zu nodes", ms->n, m->nnodes);
    for (size_t i = 0; i < m->nco; i++)
        if (m->co[i].a >= m->nnodes || m->co[i].b >= m->nnodes)
            return eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0,
                                "graph.json: co-occurrence edge %zu names a missing node", i);
    for (size_t i = 0; i < m->nrel; i++)
        if (m->rel[i].src >= m->nnodes || m->rel[i].dst >= m->nnodes)
            return eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0,
                                "graph.json: relation edge %zu names a missing node", i);

    job j = {m,
             ms,
             JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15) | (pretty ? 0 : JSON_COMPACT),
             pretty ? ",\n  " : ",",
             pretty ? "\n  " : "",
             (m->nnodes + NODES_PER_PIECE - 1) / NODES_PER_PIECE,
             (m->nco + m->nrel + LINKS_PER_PIECE - 1) / LINKS_PER_PIECE};
    size_t nlinks = m->nco + m->nrel;
    const char *middle =
        pretty ? (m->nnodes ? "\n ],\n \"links\": [" : "],\n \"links\": [") : "],\"links\":[";
    sink s;
    memset(&s, 0, sizeof s);
    s.fp = out;
    s.flags = j.flags;
    eg_strbuf_init(&s.sb);
    links l;
    int bad = links_init(&l) != 0;
    errno = 0;
    bad = bad ||
          sink_puts(&s, pretty ? "{\"directed\": true, \"multigraph\": true,\n \"graph\": "
                               : "{\"directed\":true,\"multigraph\":true,\"graph\":") ||
          sink_emit(&s, graph_json(m, ms)) ||
          sink_puts(&s, pretty ? ",\n \"nodes\": [" : ",\"nodes\":[");
    if (!bad && threads > 1) {
        bad = write_pieces(&j, threads, &l, &s, middle) != 0;
    } else {
        for (size_t k = 0; !bad && k < j.pn + j.pl; k++) {
            if (k == j.pn)
                bad = write_text(&s, middle);
            bad = bad || render_piece(&j, k, &l, &s) != 0;
        }
    }
    if (j.pl == 0)
        bad = bad || write_text(&s, middle);
    bad = bad || sink_puts(&s, pretty ? (nlinks ? "\n ]\n}\n" : "]\n}\n") : "]}\n");
    if (!bad)
        sink_flush(&s);
    links_destroy(&l);
    eg_strbuf_destroy(&s.sb);
    if (!s.ioerr && (bad || s.nomem))
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "graph.json: out of memory");
    if (s.ioerr || fflush(out) != 0 || ferror(out))
        return eg_error_set(err, EG_ERR_IO, NULL, 0, 0, "cannot write graph.json: %s",
                            strerror(errno ? errno : EIO));
    return EG_OK;
}
