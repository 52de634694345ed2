/* runner: reader thread -> bounded batch queue -> worker threads -> in-order
 * consumer on the calling thread. With one thread everything runs inline. */
#include "runner.h"

#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "contrib.h"
#include "utf8.h"

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

/* A JSON string for s[0..n) as eg_clean_text(s, n, 0, ...) gives it; text
 * that needs no cleaning (the usual case) is not copied first. */
static json_t *clean_string(const char *s, size_t n) {
    if (eg_text_is_clean(s, n))
        return json_stringn_nocheck(s, n);
    char *c = eg_clean_text(s, n, 0, NULL, 0);
    json_t *j = c ? json_string_nocheck(c) : NULL;
    free(c);
    return j;
}

static json_t *clean_cstring(const char *s) {
    return clean_string(s, strlen(s));
}

/* jansson reports an allocation failure through return values only: every
 * call below goes through these, which remember the first failure. */
static void set(json_t *o, const char *k, json_t *v, int *bad) {
    if (!o || !v || json_object_set_new_nocheck(o, k, v) != 0) /* k: an ASCII literal */
        *bad = 1;
}

static void append(json_t *a, json_t *v, int *bad) {
    if (!a || !v || json_array_append_new(a, v) != 0)
        *bad = 1;
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

static json_t *span(long s, long e) {
    json_t *a = json_array();
    if (a && (json_array_append_new(a, json_integer((json_int_t)s)) != 0 ||
              json_array_append_new(a, json_integer((json_int_t)e)) != 0)) {
        json_decref(a);
        return NULL;
    }
    return a;
}

int eg_mentions_line(const eg_doc *doc, const eg_resources *res, eg_strbuf *sb) {
    const eg_gazetteer *g = res->gaz;
    json_t *root = json_object(), *ents = json_array(), *rels = json_array();
    size_t ne = doc->ents.n;
    /* Per doc entity: its span arrays (borrowed), once it has an object. */
    json_t **spans = calloc(ne ? 2 * ne : 1, sizeof *spans);
    int bad = !root || !ents || !rels || !spans;
    if (bad)
        goto done;
    set(root, "id", clean_cstring(doc->id ? doc->id : ""), &bad);
    json_incref(ents);
    json_incref(rels);
    set(root, "entities", ents, &bad);
    set(root, "relations", rels, &bad);
    /* Entities in order of first mention. */
    for (size_t i = 0; i < doc->ments.n && !bad; i++) {
        const eg_mention *m = &doc->ments.v[i];
        json_t **sp = &spans[2 * m->ent];
        if (!sp[0]) {
            char *key = eg_contrib_entity_key(doc, g, m->ent);
            const char *name = eg_contrib_entity_name(doc, g, m->ent);
            const char *type = eg_contrib_entity_type(doc, g, m->ent);
            json_t *o = json_object();
            if (!key || !o) {
                free(key);
                json_decref(o);
                bad = 1;
                break;
            }
            append(ents, o, &bad); /* o is gone if that failed */
            if (bad) {
                free(key);
                break;
            }
            set(o, "name", clean_cstring(name), &bad);
            set(o, "type", clean_cstring(type), &bad);
            set(o, "key", json_string_nocheck(key), &bad);
            set(o, "discovered", json_boolean(doc->ents.v[m->ent].gaz < 0), &bad);
            free(key);
            if (bad)
                break;
            sp[0] = json_array();
            sp[1] = json_array();
            set(o, "spans", sp[0], &bad);
            set(o, "title_spans", sp[1], &bad);
            if (bad)
                break;
        }
        if (m->start >= doc->body_offset)
            append(sp[0],
                   span((long)(m->start - doc->body_offset), (long)(m->end - doc->body_offset)),
                   &bad);
        else
            append(sp[1], span((long)m->start, (long)m->end), &bad);
    }
    for (size_t i = 0; i < doc->rels.n && !bad; i++) {
        const eg_relation *r = &doc->rels.v[i];
        const eg_mention *ms = &doc->ments.v[r->src], *md = &doc->ments.v[r->dst];
        const char *sn = eg_contrib_entity_name(doc, g, ms->ent);
        const char *dn = eg_contrib_entity_name(doc, g, md->ent);
        json_t *o = json_object();
        append(rels, o, &bad);
        if (bad)
            break;
        set(o, "source", clean_cstring(sn), &bad);
        set(o, "target", clean_cstring(dn), &bad);
        set(o, "verb", json_string(eg_verbs_base(res->verbs, r->pattern)), &bad);
        set(o, "class", json_string(eg_verbs_class(res->verbs, r->pattern)), &bad);
        set(o, "form", clean_string(doc->text + r->verb_start, r->verb_end - r->verb_start), &bad);
        set(o, "negated", json_boolean(r->flags & EG_REL_NEGATED), &bad);
        set(o, "hedged", json_boolean(r->flags & EG_REL_HEDGED), &bad);
        set(o, "passive", json_boolean(r->flags & EG_REL_PASSIVE), &bad);
        if (r->reported_by >= 0) {
            const char *rn = eg_contrib_entity_name(doc, g, doc->ments.v[r->reported_by].ent);
            set(o, "reported_by", clean_cstring(rn), &bad);
        }
        int in_title = ms->start < doc->body_offset;
        long base = in_title ? 0 : (long)doc->body_offset;
        set(o, "in_title", json_boolean(in_title), &bad);
        set(o, "source_span", span((long)ms->start - base, (long)ms->end - base), &bad);
        set(o, "target_span", span((long)md->start - base, (long)md->end - base), &bad);
    }
    set(root, "ambiguous", json_integer(doc->ambiguous), &bad);
    if (!bad)
        bad = dump_line(root, 512 + 128 * doc->ments.n + 384 * doc->rels.n, sb) != 0;
done:
    json_decref(ents);
    json_decref(rels);
    json_decref(root);
    free(spans);
    return bad ? -1 : 0;
}

/* ---- one article ---------------------------------------------------------- */

typedef struct worker_state {
    eg_tagger *an;
    eg_doc doc;
    double t_tag, t_records;
} worker_state;

static eg_status process(worker_state *ws, const eg_resources *res, const eg_run_opts *o,
                         const eg_article *art, eg_result *r, eg_error *err) {
    memset(r, 0, sizeof *r);
    eg_strbuf_init(&r->line);
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
    if (o->want_line && (o->line_fn ? o->line_fn(o->line_ctx, &ws->doc, res, &r->line)
                                    : eg_mentions_line(&ws->doc, res, &r->line)) != 0)
        return eg_error_set(err, EG_ERR_NOMEM, art->origin, art->line, 0, "out of memory");
    if (o->want_contrib && (st = eg_contrib_build(&ws->doc, res->gaz, res->verbs, &o->contrib,
                                                  &r->contrib, err)) != EG_OK)
        return st;
    ws->t_records += now() - t1;
    return EG_OK;
}

static void result_destroy(eg_result *r) {
    free(r->id);
    free(r->origin);
    r->id = r->origin = NULL;
    eg_strbuf_destroy(&r->line);
    eg_contrib_destroy(&r->contrib);
}

/* ---- threaded pipeline ---------------------------------------------------- */

#define BATCH_ARTICLES 64
#define BATCH_BYTES (1u << 20)

typedef struct batch {
    uint64_t seq;
    size_t n;
    eg_article *arts[BATCH_ARTICLES];
    eg_result res[BATCH_ARTICLES];
    eg_status st;
    eg_error err;
    struct batch *next;
} batch;

typedef struct shared {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    batch *todo_head, *todo_tail; /* FIFO of unprocessed batches */
    size_t in_flight;             /* batches read but not yet consumed */
    size_t max_in_flight;
    batch *done; /* processed batches, any order */
    int reader_done;
    int stop;
    uint64_t next_seq;
    eg_status reader_st;
    eg_error reader_err;
    double t_read;
    eg_corpus *corpus;
    const eg_resources *res;
    const eg_run_opts *o;
} shared;

static void batch_free(batch *b) {
    if (!b)
        return;
    for (size_t i = 0; i < b->n; i++) {
        eg_article_free(b->arts[i]);
        result_destroy(&b->res[i]);
    }
    free(b);
}

static int interrupted(const eg_run_opts *o) {
    return o->interrupted && *o->interrupted;
}

static void *reader_main(void *arg) {
    shared *sh = arg;
    uint64_t seq = 0;
    for (;;) {
        batch *b = calloc(1, sizeof *b);
        eg_status st = b ? EG_OK : EG_ERR_NOMEM;
        eg_error err;
        eg_error_clear(&err);
        size_t bytes = 0;
        double t0 = now();
        while (b && b->n < BATCH_ARTICLES && bytes < BATCH_BYTES) {
            eg_article *a = NULL;
            st = eg_corpus_next(sh->corpus, &a, &err);
            if (st != EG_OK || !a)
                break;
            b->arts[b->n++] = a;
            bytes += a->text_len;
        }
        double t1 = now();
        pthread_mutex_lock(&sh->mu);
        sh->t_read += t1 - t0;
        int end = st != EG_OK || !b || (b->n < BATCH_ARTICLES && bytes < BATCH_BYTES);
        if (st != EG_OK) {
            sh->reader_st = st;
            sh->reader_err = err;
        }
        if (b && b->n) {
            b->seq = seq++;
            if (sh->todo_tail)
                sh->todo_tail->next = b;
            else
                sh->todo_head = b;
            sh->todo_tail = b;
            sh->in_flight++;
        } else {
            free(b);
        }
        if (end)
            sh->reader_done = 1;
        pthread_cond_broadcast(&sh->cv);
        while (!sh->reader_done && !sh->stop && sh->in_flight >= sh->max_in_flight)
            pthread_cond_wait(&sh->cv, &sh->mu);
        int quit = sh->reader_done || sh->stop;
        pthread_mutex_unlock(&sh->mu);
        if (quit)
            break;
        if (interrupted(sh->o)) {
            pthread_mutex_lock(&sh->mu);
            sh->reader_done = 1;
            pthread_cond_broadcast(&sh->cv);
            pthread_mutex_unlock(&sh->mu);
            break;
        }
    }
    return NULL;
}

typedef struct worker_arg {
    shared *sh;
    worker_state ws;
    int ok;
} worker_arg;

static void *worker_main(void *arg) {
    worker_arg *wa = arg;
    shared *sh = wa->sh;
    for (;;) {
        pthread_mutex_lock(&sh->mu);
        while (!sh->todo_head && !sh->reader_done && !sh->stop)
            pthread_cond_wait(&sh->cv, &sh->mu);
        batch *b = sh->todo_head;
        if (b) {
            sh->todo_head = b->next;
            if (!sh->todo_head)
                sh->todo_tail = NULL;
            b->next = NULL;
        }
        int quit = !b && (sh->reader_done || sh->stop);
        pthread_mutex_unlock(&sh->mu);
        if (quit)
            break;
        if (!b)
            continue;
        eg_error_clear(&b->err);
        b->st = EG_OK;
        for (size_t i = 0; i < b->n && b->st == EG_OK; i++) {
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
        eg_result r;
        st = process(&ws, res, o, a, &r, err);
        eg_article_free(a);
        if (st == EG_OK) {
            double t1 = now();
            arts++;
            bytes += r.bytes;
            st = consume(ctx, &r, err);
            times->merge += now() - t1;
        }
        result_destroy(&r);
        if (o->progress && now() - last > 0.25) {
            last = now();
            o->progress(o->progress_ctx, arts, bytes, last - start);
        }
    }
    times->tag += ws.t_tag;
    times->records += ws.t_records;
    eg_tagger_free(ws.an);
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
    sh.max_in_flight = nthreads * 3;
    sh.corpus = corpus;
    sh.res = res;
    sh.o = o;
    eg_status st = EG_OK;
    worker_arg *wa = calloc(nthreads, sizeof *wa);
    pthread_t *tids = calloc(nthreads, sizeof *tids);
    pthread_t reader;
    size_t started = 0;
    int reader_started = 0;
    if (!wa || !tids) {
        st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < nthreads; i++) {
        wa[i].sh = &sh;
        eg_doc_init(&wa[i].ws.doc);
        wa[i].ws.an = eg_tagger_new(res, &o->tagger);
        if (!wa[i].ws.an) {
            st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
            goto out;
        }
    }
    if (pthread_create(&reader, NULL, reader_main, &sh) != 0) {
        st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "cannot start the reader thread");
        goto out;
    }
    reader_started = 1;
    for (; started < nthreads; started++)
        if (pthread_create(&tids[started], NULL, worker_main, &wa[started]) != 0)
            break;
    if (!started) {
        st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "cannot start worker threads");
        pthread_mutex_lock(&sh.mu);
        sh.stop = 1;
        pthread_cond_broadcast(&sh.cv);
        pthread_mutex_unlock(&sh.mu);
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
            if (sh.reader_done && sh.in_flight == 0)
                break;
            if (sh.stop && sh.in_flight == 0)
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
        batch_free(b);
        if (st == EG_OK && interrupted(o))
            st = eg_error_set(err, EG_ERR_INTERRUPTED, NULL, 0, 0, "interrupted");
        if (o->progress && now() - last > 0.25) {
            last = now();
            o->progress(o->progress_ctx, arts, bytes, last - start);
        }
        pthread_mutex_lock(&sh.mu);
        sh.next_seq++;
        sh.in_flight--;
        if (st != EG_OK)
            sh.stop = 1;
        pthread_cond_broadcast(&sh.cv);
    }
    pthread_mutex_unlock(&sh.mu);
out:
    if (reader_started)
        pthread_join(reader, NULL);
    for (size_t i = 0; i < started; i++)
        pthread_join(tids[i], NULL);
    /* Anything left after a stop. */
    while (sh.todo_head) {
        batch *b = sh.todo_head;
        sh.todo_head = b->next;
        batch_free(b);
    }
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
        times->tag += wa[i].ws.t_tag;
        times->records += wa[i].ws.t_records;
        eg_tagger_free(wa[i].ws.an);
        eg_doc_destroy(&wa[i].ws.doc);
    }
    free(wa);
    free(tids);
    pthread_mutex_destroy(&sh.mu);
    pthread_cond_destroy(&sh.cv);
    return st;
}
