/* runner: worker threads that take turns reading batches of articles and
 * analyse them -> in-order consumer on the calling thread, with a bounded
 * number of batches in flight. With one thread everything runs inline.
 * Also the mentions.jsonl line of an article. */
#include "runner.h"

#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "contrib.h"

size_t eg_cpu_count(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (size_t)n : 1;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* ---- mentions.jsonl line ------------------------------------------------ */

/* Reusable jansson objects for mentions.jsonl lines: a writer (one per
 * thread) keeps a template root and pools of entity, relation and span
 * objects whose values are updated in place for each line, so that a line
 * builds and frees no tree. Objects keep their members in insertion order,
 * and replacing a member's value keeps its place. */

/* After a line that needed more pooled objects than this, every pooled
 * object is freed, so one huge article does not pin its tree. */
#define POOL_KEEP 4096

typedef struct ment_ent {
    json_t *obj, *name, *type, *key, *spans, *title_spans; /* members borrowed from obj */
} ment_ent;

typedef struct ment_rel {
    json_t *obj, *source, *target, *verb, *klass, *form, *reported_by;
    json_t *span[4]; /* source start and end, target start and end */
} ment_rel;

struct eg_mentions_writer {
    json_t *root, *id, *ents, *rels, *ambiguous;
    ment_ent *ent; /* [0, nent) are in this line */
    size_t nent, capent;
    ment_rel *rel[2]; /* [1]: relations with "reported_by" */
    size_t nrel[2], caprel[2];
    json_t **span; /* [start, end] arrays */
    size_t nspan, capspan;
    size_t *slot; /* doc entity -> index into ent + 1; 0: none yet */
    size_t capslot;
    int bad;
};

/* jansson reports an allocation failure through return values only: every
 * call below goes through these, which remember the first failure. */

/* o[k] = v (taken); v, or NULL on failure. k: an ASCII literal. */
static json_t *member(eg_mentions_writer *w, json_t *o, const char *k, json_t *v) {
    if (!o || !v) {
        json_decref(v);
        w->bad = 1;
        return NULL;
    }
    if (json_object_set_new_nocheck(o, k, v) != 0) {
        w->bad = 1;
        return NULL;
    }
    return v;
}

static void put_bool(eg_mentions_writer *w, json_t *o, const char *k, int b) {
    if (json_boolean_value(json_object_get(o, k)) != !!b)
        member(w, o, k, json_boolean(b));
}

static void put_int(eg_mentions_writer *w, json_t *j, long v) {
    if (!j || json_integer_set(j, (json_int_t)v) != 0)
        w->bad = 1;
}

/* Appends v to a, which takes a reference of its own. */
static void add(eg_mentions_writer *w, json_t *a, json_t *v) {
    if (!a || !v || json_array_append(a, v) != 0)
        w->bad = 1;
}

/* j := s[0..n) as eg_clean_text(s, n, 0, ...) gives it; text that needs no
 * cleaning (the usual case) is not copied first. */
static void put_clean(eg_mentions_writer *w, json_t *j, const char *s, size_t n) {
    if (!j) {
        w->bad = 1;
        return;
    }
    if (eg_text_is_clean(s, n)) {
        if (json_string_setn_nocheck(j, s, n) != 0)
            w->bad = 1;
        return;
    }
    char *c = eg_clean_text(s, n, 0, NULL, 0);
    if (!c || json_string_set_nocheck(j, c) != 0)
        w->bad = 1;
    free(c);
}

static void put_clean_c(eg_mentions_writer *w, json_t *j, const char *s) {
    put_clean(w, j, s, strlen(s));
}

/* j := s, which must be valid UTF-8 (checked by jansson). */
static void put_str(eg_mentions_writer *w, json_t *j, const char *s) {
    if (!j || !s || json_string_set(j, s) != 0)
        w->bad = 1;
}

static json_t *span_new(void) {
    json_t *a = json_array();
    if (a && (json_array_append_new(a, json_integer(0)) != 0 ||
              json_array_append_new(a, json_integer(0)) != 0)) {
        json_decref(a);
        return NULL;
    }
    return a;
}

static void span_set(eg_mentions_writer *w, json_t *a, long s, long e) {
    put_int(w, json_array_get(a, 0), s);
    put_int(w, json_array_get(a, 1), e);
}

/* Grows a pool array of `size`-byte elements to hold n + 1; -1 on ENOMEM. */
static int grow(void *pv, size_t *cap, size_t n, size_t size) {
    void **p = pv;
    if (n < *cap)
        return 0;
    size_t nc = *cap ? 2 * *cap : 16;
    void *v = realloc(*p, nc * size);
    if (!v)
        return -1;
    memset((char *)v + *cap * size, 0, (nc - *cap) * size);
    *p = v;
    *cap = nc;
    return 0;
}

static ment_ent *take_ent(eg_mentions_writer *w) {
    if (grow(&w->ent, &w->capent, w->nent, sizeof *w->ent) != 0) {
        w->bad = 1;
        return NULL;
    }
    ment_ent *e = &w->ent[w->nent];
    if (!e->obj) {
        json_t *o = json_object();
        e->name = member(w, o, "name", json_string_nocheck(""));
        e->type = member(w, o, "type", json_string_nocheck(""));
        e->key = member(w, o, "key", json_string_nocheck(""));
        member(w, o, "discovered", json_false());
        e->spans = member(w, o, "spans", json_array());
        e->title_spans = member(w, o, "title_spans", json_array());
        if (w->bad) {
            json_decref(o);
            memset(e, 0, sizeof *e);
            return NULL;
        }
        e->obj = o;
    }
    w->nent++;
    return e;
}

static ment_rel *take_rel(eg_mentions_writer *w, int reported) {
    if (grow(&w->rel[reported], &w->caprel[reported], w->nrel[reported], sizeof(ment_rel)) != 0) {
        w->bad = 1;
        return NULL;
    }
    ment_rel *r = &w->rel[reported][w->nrel[reported]];
    if (!r->obj) {
        json_t *o = json_object();
        r->source = member(w, o, "source", json_string_nocheck(""));
        r->target = member(w, o, "target", json_string_nocheck(""));
        r->verb = member(w, o, "verb", json_string_nocheck(""));
        r->klass = member(w, o, "class", json_string_nocheck(""));
        r->form = member(w, o, "form", json_string_nocheck(""));
        member(w, o, "negated", json_false());
        member(w, o, "hedged", json_false());
        member(w, o, "passive", json_false());
        if (reported)
            r->reported_by = member(w, o, "reported_by", json_string_nocheck(""));
        member(w, o, "in_title", json_false());
        json_t *ss = member(w, o, "source_span", span_new());
        json_t *ts = member(w, o, "target_span", span_new());
        r->span[0] = json_array_get(ss, 0);
        r->span[1] = json_array_get(ss, 1);
        r->span[2] = json_array_get(ts, 0);
        r->span[3] = json_array_get(ts, 1);
        if (w->bad) {
            json_decref(o);
            memset(r, 0, sizeof *r);
            return NULL;
        }
        r->obj = o;
    }
    w->nrel[reported]++;
    return r;
}

static json_t *take_span(eg_mentions_writer *w) {
    if (grow(&w->span, &w->capspan, w->nspan, sizeof *w->span) != 0) {
        w->bad = 1;
        return NULL;
    }
    json_t **a = &w->span[w->nspan];
    if (!*a && !(*a = span_new())) {
        w->bad = 1;
        return NULL;
    }
    w->nspan++;
    return *a;
}

/* Frees every pooled object (the writer stays usable). */
static void writer_reset(eg_mentions_writer *w) {
    for (size_t i = 0; i < w->capent; i++)
        json_decref(w->ent[i].obj);
    for (int k = 0; k < 2; k++) {
        for (size_t i = 0; i < w->caprel[k]; i++)
            json_decref(w->rel[k][i].obj);
        free(w->rel[k]);
        w->rel[k] = NULL;
        w->nrel[k] = w->caprel[k] = 0;
    }
    for (size_t i = 0; i < w->capspan; i++)
        json_decref(w->span[i]);
    json_decref(w->root);
    free(w->ent);
    free(w->span);
    w->root = w->id = w->ents = w->rels = w->ambiguous = NULL;
    w->ent = NULL;
    w->span = NULL;
    w->nent = w->capent = w->nspan = w->capspan = 0;
}

eg_mentions_writer *eg_mentions_writer_new(void) {
    return calloc(1, sizeof(eg_mentions_writer));
}

void eg_mentions_writer_free(eg_mentions_writer *w) {
    if (!w)
        return;
    writer_reset(w);
    free(w->slot);
    free(w);
}

static int make_root(eg_mentions_writer *w) {
    json_t *o = json_object();
    w->id = member(w, o, "id", json_string_nocheck(""));
    w->ents = member(w, o, "entities", json_array());
    w->rels = member(w, o, "relations", json_array());
    w->ambiguous = member(w, o, "ambiguous", json_integer(0));
    if (w->bad) {
        json_decref(o);
        w->id = w->ents = w->rels = w->ambiguous = NULL;
        return -1;
    }
    w->root = o;
    return 0;
}

/* Dumps v as one line at the end of sb, straight into its free space
 * (`guess` bytes at first, more and a second dump if it did not fit). */
static int dump_line(const json_t *v, size_t guess, eg_strbuf *sb) {
    size_t flags = JSON_COMPACT | JSON_PRESERVE_ORDER;
    if (eg_strbuf_reserve(sb, guess) != 0)
        return -1;
    size_t room = sb->cap - sb->len - 1;
    size_t n = json_dumpb(v, sb->data + sb->len, room, flags);
    if (n > room) {
        if (eg_strbuf_reserve(sb, n) != 0)
            return -1;
        room = sb->cap - sb->len - 1;
        n = json_dumpb(v, sb->data + sb->len, room, flags);
    }
    if (n == 0 || n > room)
        return -1;
    sb->len += n;
    sb->data[sb->len] = '\0';
    return eg_strbuf_putc(sb, '\n');
}

static void add_entity(eg_mentions_writer *w, const eg_doc *doc, const eg_gazetteer *g,
                       size_t ent) {
    ment_ent *e = take_ent(w);
    if (!e)
        return;
    w->slot[ent] = w->nent;
    char *key = eg_contrib_entity_key(doc, g, ent);
    put_clean_c(w, e->name, eg_contrib_entity_name(doc, g, ent));
    put_clean_c(w, e->type, eg_contrib_entity_type(doc, g, ent));
    if (!key || json_string_set_nocheck(e->key, key) != 0)
        w->bad = 1;
    free(key);
    put_bool(w, e->obj, "discovered", doc->ents.v[ent].gaz < 0);
    add(w, w->ents, e->obj);
}

static void add_relation(eg_mentions_writer *w, const eg_doc *doc, const eg_resources *res,
                         const eg_relation *r) {
    const eg_gazetteer *g = res->gaz;
    ment_rel *o = take_rel(w, r->reported_by >= 0);
    if (!o)
        return;
    const eg_mention *ms = &doc->ments.v[r->src], *md = &doc->ments.v[r->dst];
    put_clean_c(w, o->source, eg_contrib_entity_name(doc, g, ms->ent));
    put_clean_c(w, o->target, eg_contrib_entity_name(doc, g, md->ent));
    put_str(w, o->verb, eg_verbs_base(res->verbs, r->pattern));
    put_str(w, o->klass, eg_verbs_class(res->verbs, r->pattern));
    put_clean(w, o->form, doc->text + r->verb_start, r->verb_end - r->verb_start);
    put_bool(w, o->obj, "negated", r->flags & EG_REL_NEGATED);
    put_bool(w, o->obj, "hedged", r->flags & EG_REL_HEDGED);
    put_bool(w, o->obj, "passive", r->flags & EG_REL_PASSIVE);
    if (r->reported_by >= 0)
        put_clean_c(w, o->reported_by,
                    eg_contrib_entity_name(doc, g, doc->ments.v[r->reported_by].ent));
    int in_title = ms->start < doc->body_offset;
    long base = in_title ? 0 : (long)doc->body_offset;
    put_bool(w, o->obj, "in_title", in_title);
    put_int(w, o->span[0], (long)ms->start - base);
    put_int(w, o->span[1], (long)ms->end - base);
    put_int(w, o->span[2], (long)md->start - base);
    put_int(w, o->span[3], (long)md->end - base);
    add(w, w->rels, o->obj);
}

int eg_mentions_writer_line(eg_mentions_writer *w, const eg_doc *doc, const eg_resources *res,
                            eg_strbuf *sb) {
    size_t ne = doc->ents.n;
    w->bad = 0;
    if (!w->root && make_root(w) != 0)
        goto done;
    if (ne > w->capslot) {
        size_t *v = realloc(w->slot, ne * sizeof *v);
        if (!v) {
            w->bad = 1;
            goto done;
        }
        w->slot = v;
        w->capslot = ne;
    }
    if (ne)
        memset(w->slot, 0, ne * sizeof *w->slot);
    put_clean_c(w, w->id, doc->id ? doc->id : "");
    /* Entities in order of first mention. */
    for (size_t i = 0; i < doc->ments.n && !w->bad; i++) {
        const eg_mention *m = &doc->ments.v[i];
        if (!w->slot[m->ent])
            add_entity(w, doc, res->gaz, m->ent);
        if (w->bad)
            break;
        const ment_ent *e = &w->ent[w->slot[m->ent] - 1];
        json_t *sp = take_span(w);
        if (!sp)
            break;
        if (m->start >= doc->body_offset) {
            span_set(w, sp, (long)(m->start - doc->body_offset), (long)(m->end - doc->body_offset));
            add(w, e->spans, sp);
        } else {
            span_set(w, sp, (long)m->start, (long)m->end);
            add(w, e->title_spans, sp);
        }
    }
    for (size_t i = 0; i < doc->rels.n && !w->bad; i++)
        add_relation(w, doc, res, &doc->rels.v[i]);
    put_int(w, w->ambiguous, (long)doc->ambiguous);
    if (!w->bad)
        w->bad = dump_line(w->root, 512 + 128 * doc->ments.n + 384 * doc->rels.n, sb) != 0;
done:
    /* Members go back to their pools. */
    for (size_t i = 0; i < w->nent; i++) {
        json_array_clear(w->ent[i].spans);
        json_array_clear(w->ent[i].title_spans);
    }
    json_array_clear(w->ents);
    json_array_clear(w->rels);
    int huge = w->nent > POOL_KEEP || w->nspan > POOL_KEEP || w->nrel[0] > POOL_KEEP ||
               w->nrel[1] > POOL_KEEP;
    w->nent = w->nspan = w->nrel[0] = w->nrel[1] = 0;
    if (huge || w->bad)
        writer_reset(w);
    return w->bad ? -1 : 0;
}

int eg_mentions_line(const eg_doc *doc, const eg_resources *res, eg_strbuf *sb) {
    eg_mentions_writer *w = eg_mentions_writer_new();
    int r = w ? eg_mentions_writer_line(w, doc, res, sb) : -1;
    eg_mentions_writer_free(w);
    return r;
}

/* ---- one article ---------------------------------------------------------- */

typedef struct worker_state {
    eg_tagger *an;
    eg_mentions_writer *mw; /* made on first use */
    eg_doc doc;
    double t_tag, t_records;
} worker_state;

/* A result's line buffer is kept for the next article unless it grew past
 * this. */
#define LINE_KEEP ((size_t)1 << 20)

/* Empties r for the next article, keeping its line buffer. */
static void result_reset(eg_result *r) {
    free(r->id);
    free(r->origin);
    eg_contrib_destroy(&r->contrib);
    eg_strbuf line = r->line;
    if (line.cap > LINE_KEEP) {
        eg_strbuf_destroy(&line);
        eg_strbuf_init(&line);
    }
    eg_strbuf_clear(&line);
    memset(r, 0, sizeof *r);
    r->line = line;
}

static void result_destroy(eg_result *r) {
    result_reset(r);
    eg_strbuf_destroy(&r->line);
}

/* r: an initialised result (reset here). */
static eg_status process(worker_state *ws, const eg_resources *res, const eg_run_opts *o,
                         const eg_article *art, eg_result *r, eg_error *err) {
    result_reset(r);
    r->bytes = art->text_len + (art->title ? strlen(art->title) : 0);
    r->id = strdup(art->id ? art->id : "");
    r->origin = strdup(art->origin ? art->origin : "");
    r->origin_line = art->line;
    if (!r->id || !r->origin)
        return eg_error_set(err, EG_ERR_NOMEM, art->origin, art->line, 0, "out of memory");
    double t0 = now();
    eg_status st = eg_tagger_run(ws->an, art, &ws->doc, err);
    double t1 = now();
    ws->t_tag += t1 - t0;
    if (st != EG_OK)
        return st;
    r->ambiguous = ws->doc.ambiguous;
    if (o->want_line && !o->line_fn && !ws->mw && !(ws->mw = eg_mentions_writer_new()))
        return eg_error_set(err, EG_ERR_NOMEM, art->origin, art->line, 0, "out of memory");
    if (o->want_line &&
        (o->line_fn ? o->line_fn(o->line_ctx, &ws->doc, res, &r->line)
                    : eg_mentions_writer_line(ws->mw, &ws->doc, res, &r->line)) != 0)
        return eg_error_set(err, EG_ERR_NOMEM, art->origin, art->line, 0, "out of memory");
    if (o->want_contrib && (st = eg_contrib_build(&ws->doc, res->gaz, res->verbs, &o->contrib,
                                                  &r->contrib, err)) != EG_OK)
        return st;
    ws->t_records += now() - t1;
    return EG_OK;
}

/* ---- threaded pipeline ---------------------------------------------------- */

/* Workers take turns reading a batch of articles from the corpus, analyse
 * it, and queue the results; the calling thread consumes batches in
 * reading order and hands each back to the worker that made it, which
 * frees or reuses its memory. So memory is freed by the thread that
 * allocated it (glibc's per-thread arenas and caches stay warm), and
 * results' line buffers are reused. */

#define BATCH_ARTICLES 64
#define BATCH_BYTES (1u << 20)

typedef struct batch {
    uint64_t seq;
    size_t n;
    size_t worker; /* who analysed it and gets it back */
    eg_article *arts[BATCH_ARTICLES];
    eg_result res[BATCH_ARTICLES]; /* all initialised */
    eg_status st;
    eg_error err;
    struct batch *next;
} batch;

typedef struct worker_arg worker_arg;

typedef struct shared {
    pthread_mutex_t mu; /* everything below but the reading fields */
    pthread_cond_t cv;
    size_t in_flight; /* batches being read or analysed, or waiting to be consumed */
    size_t max_in_flight;
    batch *done; /* analysed batches, any order */
    int reader_done;
    int stop;
    uint64_t next_seq; /* the next batch to consume */
    eg_status reader_st;
    eg_error reader_err;
    worker_arg *wa;

    pthread_mutex_t read_mu; /* reading: one worker at a time, in seq order */
    uint64_t read_seq;
    int eof;
    double t_read;

    eg_corpus *corpus;
    const eg_resources *res;
    const eg_run_opts *o;
} shared;

struct worker_arg {
    shared *sh;
    size_t index;
    worker_state ws;
    batch *back; /* consumed batches handed back, under sh->mu */
    batch *spare;
};

static void batch_free(batch *b) {
    if (!b)
        return;
    for (size_t i = 0; i < BATCH_ARTICLES; i++) {
        eg_article_free(b->arts[i]);
        result_destroy(&b->res[i]);
    }
    free(b);
}

static batch *batch_new(void) {
    batch *b = calloc(1, sizeof *b);
    if (b)
        for (size_t i = 0; i < BATCH_ARTICLES; i++)
            eg_strbuf_init(&b->res[i].line);
    return b;
}

static int interrupted(const eg_run_opts *o) {
    return o->interrupted && *o->interrupted;
}

/* Reads the next batch into b (n = 0 at the end); -1 when reading ended
 * before (b untouched). */
static int read_batch(shared *sh, batch *b) {
    pthread_mutex_lock(&sh->read_mu);
    if (sh->eof) {
        pthread_mutex_unlock(&sh->read_mu);
        return -1;
    }
    double t0 = now();
    eg_status st = EG_OK;
    eg_error err;
    eg_error_clear(&err);
    size_t bytes = 0;
    b->n = 0;
    while (b->n < BATCH_ARTICLES && bytes < BATCH_BYTES) {
        eg_article *a = NULL;
        st = eg_corpus_next(sh->corpus, &a, &err);
        if (st != EG_OK || !a)
            break;
        b->arts[b->n++] = a;
        bytes += a->text_len;
    }
    int end = st != EG_OK || (b->n < BATCH_ARTICLES && bytes < BATCH_BYTES);
    if (end)
        sh->eof = 1;
    if (b->n)
        b->seq = sh->read_seq++;
    sh->t_read += now() - t0;
    pthread_mutex_unlock(&sh->read_mu);
    if (end) {
        pthread_mutex_lock(&sh->mu);
        if (st != EG_OK) {
            sh->reader_st = st;
            sh->reader_err = err;
        }
        sh->reader_done = 1;
        pthread_cond_broadcast(&sh->cv);
        pthread_mutex_unlock(&sh->mu);
    }
    return 0;
}

static void *worker_main(void *arg) {
    worker_arg *wa = arg;
    shared *sh = wa->sh;
    for (;;) {
        pthread_mutex_lock(&sh->mu);
        while (!wa->back && !sh->reader_done && !sh->stop && sh->in_flight >= sh->max_in_flight)
            pthread_cond_wait(&sh->cv, &sh->mu);
        batch *back = wa->back;
        wa->back = NULL;
        int quit = sh->reader_done || sh->stop;
        int go = !quit && !back && sh->in_flight < sh->max_in_flight;
        if (go)
            sh->in_flight++;
        pthread_mutex_unlock(&sh->mu);
        /* Batches handed back: one is kept for reuse. */
        while (back) {
            batch *b = back;
            back = b->next;
            b->next = NULL;
            if (!wa->spare)
                wa->spare = b;
            else
                batch_free(b);
        }
        if (quit)
            break;
        if (!go)
            continue;
        batch *b = wa->spare ? wa->spare : batch_new();
        wa->spare = NULL;
        if (b && interrupted(sh->o)) {
            pthread_mutex_lock(&sh->read_mu);
            sh->eof = 1;
            pthread_mutex_unlock(&sh->read_mu);
        }
        if (!b || read_batch(sh, b) != 0 || !b->n) {
            pthread_mutex_lock(&sh->mu);
            sh->in_flight--;
            if (!b) {
                sh->reader_st = EG_ERR_NOMEM;
                eg_error_set(&sh->reader_err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
                sh->stop = 1;
            } else {
                sh->reader_done = 1;
            }
            pthread_cond_broadcast(&sh->cv);
            pthread_mutex_unlock(&sh->mu);
            if (b)
                wa->spare = b;
            continue;
        }
        b->worker = wa->index;
        eg_error_clear(&b->err);
        b->st = EG_OK;
        for (size_t i = 0; i < b->n; i++) {
            if (b->st == EG_OK)
                b->st = process(&wa->ws, sh->res, sh->o, b->arts[i], &b->res[i], &b->err);
            eg_article_free(b->arts[i]);
            b->arts[i] = NULL;
        }
        pthread_mutex_lock(&sh->mu);
        b->next = sh->done;
        sh->done = b;
        pthread_cond_broadcast(&sh->cv);
        pthread_mutex_unlock(&sh->mu);
    }
    return NULL;
}

static eg_status run_inline(eg_corpus *corpus, const eg_resources *res, const eg_run_opts *o,
                            eg_consume_fn consume, void *ctx, eg_run_times *times, eg_error *err) {
    worker_state ws;
    memset(&ws, 0, sizeof ws);
    eg_doc_init(&ws.doc);
    ws.an = eg_tagger_new(res, &o->tagger);
    if (!ws.an)
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    eg_status st = EG_OK;
    eg_result r;
    memset(&r, 0, sizeof r);
    eg_strbuf_init(&r.line);
    uint64_t arts = 0, bytes = 0;
    double start = now(), last = start;
    while (st == EG_OK) {
        if (interrupted(o)) {
            st = eg_error_set(err, EG_ERR_INTERRUPTED, NULL, 0, 0, "interrupted");
            break;
        }
        eg_article *a = NULL;
        double t0 = now();
        st = eg_corpus_next(corpus, &a, err);
        times->read += now() - t0;
        if (st != EG_OK || !a)
            break;
        st = process(&ws, res, o, a, &r, err);
        eg_article_free(a);
        if (st == EG_OK) {
            double t1 = now();
            arts++;
            bytes += r.bytes;
            st = consume(ctx, &r, err);
            times->merge += now() - t1;
        }
        if (o->progress && now() - last > 0.25) {
            last = now();
            o->progress(o->progress_ctx, arts, bytes, last - start);
        }
    }
    result_destroy(&r);
    times->tag += ws.t_tag;
    times->records += ws.t_records;
    eg_tagger_free(ws.an);
    eg_mentions_writer_free(ws.mw);
    eg_doc_destroy(&ws.doc);
    return st;
}

eg_status eg_run_articles(eg_corpus *corpus, const eg_resources *res, const eg_run_opts *o,
                          eg_consume_fn consume, void *ctx, eg_run_times *times, eg_error *err) {
    eg_run_times local;
    if (!times)
        times = &local;
    memset(times, 0, sizeof *times);
    size_t nthreads = o->threads ? o->threads : eg_cpu_count();
    if (nthreads <= 1)
        return run_inline(corpus, res, o, consume, ctx, times, err);

    shared sh;
    memset(&sh, 0, sizeof sh);
    pthread_mutex_init(&sh.mu, NULL);
    pthread_cond_init(&sh.cv, NULL);
    pthread_mutex_init(&sh.read_mu, NULL);
    sh.max_in_flight = nthreads * 3;
    sh.corpus = corpus;
    sh.res = res;
    sh.o = o;
    eg_status st = EG_OK;
    worker_arg *wa = calloc(nthreads, sizeof *wa);
    pthread_t *tids = calloc(nthreads, sizeof *tids);
    size_t started = 0;
    sh.wa = wa;
    if (!wa || !tids) {
        st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < nthreads; i++) {
        wa[i].sh = &sh;
        wa[i].index = i;
        eg_doc_init(&wa[i].ws.doc);
        wa[i].ws.an = eg_tagger_new(res, &o->tagger);
        if (!wa[i].ws.an) {
            st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
            goto out;
        }
    }
    for (; started < nthreads; started++)
        if (pthread_create(&tids[started], NULL, worker_main, &wa[started]) != 0)
            break;
    if (!started) {
        st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "cannot start worker threads");
        goto out;
    }

    uint64_t arts = 0, bytes = 0;
    double start = now(), last = start;
    pthread_mutex_lock(&sh.mu);
    for (;;) {
        batch *b = NULL, **pp = &sh.done;
        for (; *pp; pp = &(*pp)->next)
            if ((*pp)->seq == sh.next_seq) {
                b = *pp;
                *pp = b->next;
                break;
            }
        if (!b) {
            if ((sh.reader_done || sh.stop) && sh.in_flight == 0)
                break;
            pthread_cond_wait(&sh.cv, &sh.mu);
            continue;
        }
        pthread_mutex_unlock(&sh.mu);
        if (st == EG_OK && b->st != EG_OK) {
            st = b->st;
            if (err && !err->code)
                *err = b->err;
        }
        double t1 = now();
        for (size_t i = 0; i < b->n && st == EG_OK; i++) {
            arts++;
            bytes += b->res[i].bytes;
            st = consume(ctx, &b->res[i], err);
        }
        times->merge += now() - t1;
        if (st == EG_OK && interrupted(o))
            st = eg_error_set(err, EG_ERR_INTERRUPTED, NULL, 0, 0, "interrupted");
        if (o->progress && now() - last > 0.25) {
            last = now();
            o->progress(o->progress_ctx, arts, bytes, last - start);
        }
        pthread_mutex_lock(&sh.mu);
        b->next = wa[b->worker].back;
        wa[b->worker].back = b;
        sh.next_seq++;
        sh.in_flight--;
        if (st != EG_OK)
            sh.stop = 1;
        pthread_cond_broadcast(&sh.cv);
    }
    pthread_mutex_unlock(&sh.mu);
out:
    if (started < nthreads) {
        pthread_mutex_lock(&sh.mu);
        sh.stop = 1;
        pthread_cond_broadcast(&sh.cv);
        pthread_mutex_unlock(&sh.mu);
    }
    for (size_t i = 0; i < started; i++)
        pthread_join(tids[i], NULL);
    /* Anything left after a stop. */
    while (sh.done) {
        batch *b = sh.done;
        sh.done = b->next;
        batch_free(b);
    }
    if (st == EG_OK && sh.reader_st != EG_OK) {
        st = sh.reader_st;
        if (err && !err->code)
            *err = sh.reader_err;
    }
    if (st == EG_OK && interrupted(o))
        st = eg_error_set(err, EG_ERR_INTERRUPTED, NULL, 0, 0, "interrupted");
    times->read = sh.t_read;
    for (size_t i = 0; wa && i < nthreads; i++) {
        while (wa[i].back) {
            batch *b = wa[i].back;
            wa[i].back = b->next;
            batch_free(b);
        }
        batch_free(wa[i].spare);
        times->tag += wa[i].ws.t_tag;
        times->records += wa[i].ws.t_records;
        eg_tagger_free(wa[i].ws.an);
        eg_mentions_writer_free(wa[i].ws.mw);
        eg_doc_destroy(&wa[i].ws.doc);
    }
    free(wa);
    free(tids);
    pthread_mutex_destroy(&sh.read_mu);
    pthread_mutex_destroy(&sh.mu);
    pthread_cond_destroy(&sh.cv);
    return st;
}
