/* export_json: graph.json. A hand-written frame holds the graph object
 * (built and dumped by jansson) and the nodes and links, written directly
 * in jansson's format (the same bytes jansson would write for the same
 * values); text goes to buffers written in large blocks (the file runs to
 * hundreds of megabytes), so memory stays flat, and runs of nodes and links
 * can be rendered on several threads and written in order. */
#include "export_json.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "evpool.h"
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

/* ---- nodes and links written directly ------------------------------------------ */

/* Nodes and links are written here byte for byte as jansson's json_dumpb
 * writes the same values with the job's flags (no indentation; ", " and ": "
 * unless JSON_COMPACT; keys in insertion order; strings escaped as jansson
 * does; reals as jsonp_dtostr prints them), without building and dumping an
 * object per element. */

/* A renderer's scratch space (one per thread). */
typedef struct scratch {
    eg_strbuf tmp;  /* strings with invalid UTF-8 replaced */
    eg_strbuf key;  /* a relation's key */
    eg_strbuf keys; /* a node's attribute keys, NUL-separated */
    size_t *koff;   /* attribute key k at keys.data + koff[k] */
    const char **kval;
    size_t kcap;
} scratch;

static void scratch_init(scratch *x) {
    memset(x, 0, sizeof *x);
    eg_strbuf_init(&x->tmp);
    eg_strbuf_init(&x->key);
    eg_strbuf_init(&x->keys);
}

static void scratch_destroy(scratch *x) {
    eg_strbuf_destroy(&x->tmp);
    eg_strbuf_destroy(&x->key);
    eg_strbuf_destroy(&x->keys);
    free(x->koff);
    free(x->kval);
}

/* Inlined everywhere, so that the copy of a literal of known length
 * compiles to a few moves instead of a call. */
static inline __attribute__((always_inline)) void put_raw(sink *s, const char *p, size_t n) {
    if (!s->nomem && eg_strbuf_append(&s->sb, p, n) != 0)
        s->nomem = 1;
}

#define PUT_LIT(s, lit) put_raw((s), (lit), sizeof(lit) - 1)

/* ", " or "," between members and elements. */
static void put_sep(sink *s) {
    if (s->flags & JSON_COMPACT)
        PUT_LIT(s, ",");
    else
        PUT_LIT(s, ", ");
}

/* A key known to need no escaping (a quoted literal), with its separator,
 * in one copy: "name": */
#define put_key(s, lit)                                                                            \
    (((s)->flags & JSON_COMPACT) ? PUT_LIT((s), lit ":") : PUT_LIT((s), lit ": "))

/* ", \"name\": " for every member after the first, in one copy. */
#define put_next_key(s, lit)                                                                       \
    (((s)->flags & JSON_COMPACT) ? PUT_LIT((s), "," lit ":") : PUT_LIT((s), ", " lit ": "))

/* s[0..n) (valid UTF-8) as a JSON string, escaped as jansson escapes it. */
static void put_escaped(sink *out, const char *s, size_t n) {
    if (!out->nomem && eg_strbuf_json_string(&out->sb, s, n) != 0)
        out->nomem = 1;
}

/* s[0..n) as a JSON string, invalid UTF-8 replaced first. The string is
 * written in one pass; only one with a byte >= 0x80 is checked then, and
 * taken back and written again when it is not valid UTF-8. */
static void put_strn(sink *out, const char *s, size_t n, eg_strbuf *tmp) {
    if (out->nomem)
        return;
    size_t at = out->sb.len;
    int f = eg_strbuf_json_string_scan(&out->sb, s, n);
    if (f < 0) {
        out->nomem = 1;
        return;
    }
    if (!(f & EG_JSON_NONASCII) || eg_utf8_first_invalid(s, n) == n)
        return;
    out->sb.len = at;
    out->sb.data[at] = '\0';
    const char *v = valid_utf8(s, &n, tmp);
    if (!v)
        out->nomem = 1;
    else
        put_escaped(out, v, n);
}

/* s as a JSON string, null for NULL. */
static void put_str(sink *out, const char *s, eg_strbuf *tmp) {
    if (!s)
        PUT_LIT(out, "null");
    else
        put_strn(out, s, strlen(s), tmp);
}

static void put_int(sink *s, json_int_t v) {
    if (!s->nomem && eg_strbuf_put_int(&s->sb, (long long)v) != 0)
        s->nomem = 1;
}

static void put_uint(sink *s, uint64_t v) {
    put_int(s, clamp(v));
}

static void put_bool(sink *s, int v) {
    if (v)
        PUT_LIT(s, "true");
    else
        PUT_LIT(s, "false");
}

/* A real as jansson's jsonp_dtostr writes it with the job's precision
 * ("%.15g" in the C locale, ".0" added when neither '.' nor 'e' shows, no
 * '+' or leading zeros in the exponent). */
static void put_real(sink *s, double v) {
    char buf[64];
    int prec = (int)((s->flags >> 11) & 0x1F);
    int n = eg_format_g(buf, sizeof buf - 3, v, prec ? prec : 17);
    if (n < 0 || (size_t)n >= sizeof buf - 3) {
        s->nomem = 1;
        return;
    }
    size_t len = (size_t)n;
    const char *point = localeconv()->decimal_point;
    if (*point != '.') {
        char *pos = strchr(buf, *point);
        if (pos)
            *pos = '.';
    }
    if (!strchr(buf, '.') && !strchr(buf, 'e')) {
        memcpy(buf + len, ".0", 3);
        len += 2;
    }
    char *start = strchr(buf, 'e');
    if (start) {
        start++;
        char *end = start + 1;
        if (*start == '-')
            start++;
        while (*end == '0')
            end++;
        if (end != start) {
            memmove(start, end, len - (size_t)(end - buf));
            len -= (size_t)(end - start);
        }
    }
    put_raw(s, buf, len);
}

/* ["a", "b", ...] from s[0..n) (null for NULL). */
static void put_strings(sink *s, char *const *v, size_t n, eg_strbuf *tmp) {
    PUT_LIT(s, "[");
    for (size_t i = 0; i < n; i++) {
        if (i)
            put_sep(s);
        put_str(s, v[i], tmp);
    }
    PUT_LIT(s, "]");
}

/* The "|"-separated parts of s as an array ([] for NULL or ""; "a|" has a
 * last, empty part). */
static void put_split(sink *s, const char *v, eg_strbuf *tmp) {
    PUT_LIT(s, "[");
    for (int first = 1; v && *v; first = 0) {
        if (!first)
            put_sep(s);
        const char *bar = strchr(v, '|');
        size_t n = bar ? (size_t)(bar - v) : strlen(v);
        put_strn(s, v, n, tmp);
        if (!bar)
            break;
        v = bar + 1;
        if (!*v) {
            put_sep(s);
            PUT_LIT(s, "\"\"");
        }
    }
    PUT_LIT(s, "]");
}

static void put_span(sink *s, uint32_t a, uint32_t b) {
    PUT_LIT(s, "[");
    put_int(s, a);
    put_sep(s);
    put_int(s, b);
    PUT_LIT(s, "]");
}

static void put_evidence(sink *s, const eg_evpool *p, const eg_evref *ev, size_t n,
                         eg_strbuf *tmp) {
    PUT_LIT(s, "[");
    for (size_t i = 0; i < n; i++) {
        const eg_evsent *st = eg_evpool_sentence(p, ev[i].sent);
        if (i)
            put_sep(s);
        PUT_LIT(s, "{");
        put_key(s, "\"article\"");
        put_str(s, st->article, tmp);
        put_next_key(s, "\"sentence\"");
        put_str(s, st->sentence, tmp);
        put_next_key(s, "\"sentence_offset\"");
        put_uint(s, st->pos);
        put_next_key(s, "\"source_span\"");
        put_span(s, ev[i].a_start, ev[i].a_start + ev[i].a_len);
        put_next_key(s, "\"target_span\"");
        put_span(s, ev[i].b_start, ev[i].b_start + ev[i].b_len);
        PUT_LIT(s, "}");
    }
    PUT_LIT(s, "]");
}

/* The members every link starts with, up to its article ids: source,
 * target, key (k[0..klen)), kind (a JSON string literal), weight, articles,
 * article_ids. */
static void put_link_head(sink *s, const eg_model *m, size_t a, size_t b, const char *k,
                          size_t klen, const char *kind, uint64_t weight, const eg_idlist *ids,
                          scratch *x) {
    PUT_LIT(s, "{");
    put_key(s, "\"source\"");
    put_str(s, m->nodes[a].key, &x->tmp);
    put_next_key(s, "\"target\"");
    put_str(s, m->nodes[b].key, &x->tmp);
    put_next_key(s, "\"key\"");
    put_strn(s, k, klen, &x->tmp);
    put_next_key(s, "\"kind\"");
    put_raw(s, kind, strlen(kind));
    put_next_key(s, "\"weight\"");
    put_uint(s, weight);
    put_next_key(s, "\"articles\"");
    put_uint(s, ids->total);
    put_next_key(s, "\"article_ids\"");
    put_strings(s, ids->v, ids->n, &x->tmp);
}

static void put_co(sink *s, const eg_model *m, const eg_coedge *e, scratch *x) {
    put_link_head(s, m, e->a, e->b, "co", 2, "\"cooccurrence\"", e->weight, &e->ids, x);
    put_next_key(s, "\"first_date\"");
    put_str(s, e->first_date, &x->tmp);
    put_next_key(s, "\"last_date\"");
    put_str(s, e->last_date, &x->tmp);
    put_next_key(s, "\"evidence\"");
    put_evidence(s, m->evidence, e->ev, e->nev, &x->tmp);
    PUT_LIT(s, "}");
}

static void put_rel(sink *s, const eg_model *m, const eg_reledge *e, scratch *x) {
    eg_strbuf_clear(&x->key);
    if (eg_strbuf_puts(&x->key, "rel:") || eg_strbuf_puts(&x->key, e->verb ? e->verb : "") ||
        (e->negated && eg_strbuf_puts(&x->key, ":neg")) ||
        (e->hedged && eg_strbuf_puts(&x->key, ":hedged"))) {
        s->nomem = 1;
        return;
    }
    put_link_head(s, m, e->src, e->dst, x->key.data, x->key.len, "\"relation\"", e->count, &e->ids,
                  x);
    put_next_key(s, "\"label\"");
    put_str(s, e->verb, &x->tmp);
    put_next_key(s, "\"class\"");
    put_str(s, e->cls, &x->tmp);
    put_next_key(s, "\"negated\"");
    put_bool(s, e->negated);
    put_next_key(s, "\"hedged\"");
    put_bool(s, e->hedged);
    put_next_key(s, "\"forms\"");
    put_split(s, e->forms, &x->tmp);
    put_next_key(s, "\"reported_by\"");
    put_split(s, e->reported_by, &x->tmp);
    put_next_key(s, "\"evidence\"");
    put_evidence(s, m->evidence, e->ev, e->nev, &x->tmp);
    PUT_LIT(s, "}");
}

static const char *const fixed_keys[] = {"id",         "label",    "type",
                                         "discovered", "mentions", "articles"};

/* Whether a node object already has key k: a fixed key, an available
 * measure or one of the first nk attribute keys. */
static int node_has_key(const eg_measures *ms, const scratch *x, size_t nk, const char *k) {
    for (size_t i = 0; i < sizeof fixed_keys / sizeof fixed_keys[0]; i++)
        if (strcmp(k, fixed_keys[i]) == 0)
            return 1;
    for (int c = 0; ms && c < EG_NCOLS; c++)
        if (eg_measure_available(ms, (eg_measure_col)c) &&
            strcmp(k, eg_measure_name((eg_measure_col)c)) == 0)
            return 1;
    for (size_t i = 0; i < nk; i++)
        if (strcmp(k, x->keys.data + x->koff[i]) == 0)
            return 1;
    return 0;
}

/* The node's attribute members as jansson's object would hold them: a key
 * already taken gets "attr_" in front, and setting a key again replaces its
 * value in place. Returns the number of members, or -1 on ENOMEM. */
static long node_attr_keys(const eg_measures *ms, const eg_node *n, scratch *x) {
    if (n->nattrs > x->kcap) {
        size_t *ko = realloc(x->koff, n->nattrs * sizeof *ko);
        if (ko)
            x->koff = ko;
        const char **kv = ko ? realloc(x->kval, n->nattrs * sizeof *kv) : NULL;
        if (!kv)
            return -1;
        x->kval = kv;
        x->kcap = n->nattrs;
    }
    eg_strbuf_clear(&x->keys);
    size_t nk = 0;
    for (size_t k = 0; k < n->nattrs; k++) {
        const char *an = n->attrs[k].name ? n->attrs[k].name : "";
        size_t len = strlen(an);
        const char *clean = valid_utf8(an, &len, &x->tmp);
        if (!clean)
            return -1;
        size_t at = x->keys.len;
        /* the clean name (may be x->tmp) is appended after a tentative
         * "attr_", then moved if the name is free */
        if (eg_strbuf_append(&x->keys, "attr_", 5) != 0 ||
            eg_strbuf_append(&x->keys, clean, len) != 0 || eg_strbuf_putc(&x->keys, '\0') != 0)
            return -1;
        if (!node_has_key(ms, x, nk, x->keys.data + at + 5)) {
            memmove(x->keys.data + at, x->keys.data + at + 5, len + 1);
            x->keys.len -= 5;
        }
        size_t same = 0;
        while (same < nk && strcmp(x->keys.data + x->koff[same], x->keys.data + at) != 0)
            same++;
        if (same < nk) {
            x->kval[same] = n->attrs[k].value;
            x->keys.len = at;
            continue;
        }
        x->koff[nk] = at;
        x->kval[nk++] = n->attrs[k].value;
    }
    return (long)nk;
}

static void put_node(sink *s, const eg_model *m, const eg_measures *ms, size_t i, scratch *x) {
    const eg_node *n = &m->nodes[i];
    long nk = node_attr_keys(ms, n, x);
    if (nk < 0) {
        s->nomem = 1;
        return;
    }
    PUT_LIT(s, "{");
    put_key(s, "\"id\"");
    put_str(s, n->key, &x->tmp);
    put_next_key(s, "\"label\"");
    put_str(s, n->name, &x->tmp);
    put_next_key(s, "\"type\"");
    put_str(s, n->type, &x->tmp);
    put_next_key(s, "\"discovered\"");
    put_bool(s, n->discovered);
    put_next_key(s, "\"mentions\"");
    put_uint(s, n->mentions);
    put_next_key(s, "\"articles\"");
    put_uint(s, n->articles);
    for (int c = 0; ms && c < EG_NCOLS; c++) {
        if (!eg_measure_available(ms, (eg_measure_col)c))
            continue;
        put_sep(s);
        const char *name = eg_measure_name((eg_measure_col)c);
        put_escaped(s, name, strlen(name));
        put_key(s, "");
        double v = eg_measure_get(ms, (eg_measure_col)c, i);
        if (!isfinite(v))
            PUT_LIT(s, "null");
        else if (eg_measure_is_integer((eg_measure_col)c))
            put_int(s, (json_int_t)llround(v));
        else
            put_real(s, v);
    }
    for (long k = 0; k < nk; k++) {
        put_sep(s);
        const char *key = x->keys.data + x->koff[k];
        put_escaped(s, key, strlen(key));
        put_key(s, "");
        put_str(s, x->kval[k], &x->tmp);
    }
    PUT_LIT(s, "}");
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
 * x is the renderer's scratch space. */
static int render_piece(const job *j, size_t k, scratch *x, sink *s) {
    const eg_model *m = j->m;
    if (k < j->pn) {
        size_t lo = k * NODES_PER_PIECE, hi = lo + NODES_PER_PIECE;
        for (size_t i = lo; i < hi && i < m->nnodes && !s->nomem; i++) {
            put_raw(s, i ? j->sep : j->first, strlen(i ? j->sep : j->first));
            put_node(s, m, j->ms, i, x);
            if (s->fp && s->sb.len >= SINK_BLOCK && sink_flush(s))
                return -1;
        }
        return s->nomem ? -1 : 0;
    }
    size_t lo = (k - j->pn) * LINKS_PER_PIECE, hi = lo + LINKS_PER_PIECE;
    for (size_t i = lo; i < hi && i < m->nco + m->nrel && !s->nomem; i++) {
        put_raw(s, i ? j->sep : j->first, strlen(i ? j->sep : j->first));
        if (i < m->nco)
            put_co(s, m, &m->co[i], x);
        else
            put_rel(s, m, &m->rel[i - m->nco], x);
        if (s->fp && s->sb.len >= SINK_BLOCK && sink_flush(s))
            return -1;
    }
    return s->nomem ? -1 : 0;
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
static void render_claimed(pool *p, slot *sl, scratch *l) {
    pthread_mutex_unlock(&p->mu);
    eg_strbuf_clear(&sl->s.sb);
    sl->s.nomem = 0;
    int bad = render_piece(p->j, sl->piece, l, &sl->s) != 0;
    pthread_mutex_lock(&p->mu);
    sl->failed = bad;
    sl->state = SLOT_READY;
    if (bad)
        p->stop = 1;
    pthread_cond_broadcast(&p->cv);
}

typedef struct helper {
    pool *p;
    scratch l;
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
            render_claimed(p, sl, &h->l);
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
static int write_pieces(const job *j, size_t threads, scratch *l, sink *out, const char *middle) {
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
        scratch_init(&hs[t].l);
        if (pthread_create(&tids[started], NULL, helper_main, &hs[t]) != 0) {
            scratch_destroy(&hs[t].l);
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
        scratch_destroy(&hs[t].l);
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
    scratch l;
    scratch_init(&l);
    int bad = 0;
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
    scratch_destroy(&l);
    eg_strbuf_destroy(&s.sb);
    if (!s.ioerr && (bad || s.nomem))
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "graph.json: out of memory");
    if (s.ioerr || fflush(out) != 0 || ferror(out))
        return eg_error_set(err, EG_ERR_IO, NULL, 0, 0, "cannot write graph.json: %s",
                            strerror(errno ? errno : EIO));
    return EG_OK;
}
