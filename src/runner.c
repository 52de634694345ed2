/* runner: worker threads that take turns reading batches of articles and
 * analyse them -> in-order consumer on the calling thread, with a bounded
 * number of batches in flight. With one thread everything runs inline.
 * Also the mentions.jsonl line of an article. */
#include "runner.h"

#include <pthread.h>
#include <stdint.h>
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

/* A line is written straight into the caller's buffer, byte for byte as
 * jansson's compact dump of the same object gives it (members in insertion
 * order, strings escaped as jansson escapes them), without building one. A
 * writer keeps the per-article tables between lines. */

/* After a line with more entities or mentions than this, the tables are
 * freed, so one huge article does not pin them. */
#define TABLE_KEEP 4096

struct eg_mentions_writer {
    uint32_t *slot; /* doc entity -> its position in the line + 1; 0: none yet */
    uint32_t *ent;  /* position -> doc entity */
    uint32_t *head; /* position -> its first mention */
    uint32_t *tail; /* position -> its last mention */
    uint32_t *next; /* mention -> the entity's next mention (UINT32_MAX: none) */
    size_t capent, capment;
    int bad;
};

eg_mentions_writer *eg_mentions_writer_new(void) {
    return calloc(1, sizeof(eg_mentions_writer));
}

static void writer_reset(eg_mentions_writer *w) {
    free(w->slot);
    free(w->ent);
    free(w->head);
    free(w->tail);
    free(w->next);
    w->slot = w->ent = w->head = w->tail = w->next = NULL;
    w->capent = w->capment = 0;
}

void eg_mentions_writer_free(eg_mentions_writer *w) {
    if (!w)
        return;
    writer_reset(w);
    free(w);
}

/* Grows the tables to ne entities and nm mentions; -1 on ENOMEM. */
static int writer_reserve(eg_mentions_writer *w, size_t ne, size_t nm) {
    if (ne > w->capent) {
        uint32_t **t[] = {&w->slot, &w->ent, &w->head, &w->tail};
        for (size_t k = 0; k < 4; k++) {
            uint32_t *v = realloc(*t[k], ne * sizeof *v);
            if (!v)
                return -1;
            *t[k] = v;
        }
        w->capent = ne;
    }
    if (nm > w->capment) {
        uint32_t *v = realloc(w->next, nm * sizeof *v);
        if (!v)
            return -1;
        w->next = v;
        w->capment = nm;
    }
    return 0;
}

/* Inlined everywhere, so that the copy of a literal of known length
 * compiles to a few moves instead of a call. */
static inline __attribute__((always_inline)) void put_raw(eg_mentions_writer *w, eg_strbuf *sb,
                                                          const char *s, size_t n) {
    if (!w->bad && eg_strbuf_append(sb, s, n) != 0)
        w->bad = 1;
}

#define PUT_LIT(w, sb, lit) put_raw((w), (sb), (lit), sizeof(lit) - 1)

static void put_json(eg_mentions_writer *w, eg_strbuf *sb, const char *s, size_t n) {
    if (!w->bad && eg_strbuf_json_string(sb, s, n) != 0)
        w->bad = 1;
}

/* Writes s[0..n) as a JSON string in one pass: its EG_JSON_* flags, or -1
 * (w->bad set) when nothing was written. *at: where the string starts. */
static int put_json_scan(eg_mentions_writer *w, eg_strbuf *sb, const char *s, size_t n,
                         size_t *at) {
    if (w->bad)
        return -1;
    *at = sb->len;
    int f = eg_strbuf_json_string_scan(sb, s, n);
    if (f < 0)
        w->bad = 1;
    return f;
}

/* Takes back a string put_json_scan wrote at at. */
static void take_back(eg_strbuf *sb, size_t at) {
    sb->len = at;
    sb->data[at] = '\0';
}

/* s[0..n) as eg_clean_text(s, n, 0, ...) gives it. It is written as it is in
 * one pass; only text with a control or a byte >= 0x80 is checked then, and
 * text that needs cleaning (rare) taken back and written cleaned. */
static void put_clean(eg_mentions_writer *w, eg_strbuf *sb, const char *s, size_t n) {
    size_t at;
    int f = put_json_scan(w, sb, s, n, &at);
    if (f <= 0 || (f == EG_JSON_NONASCII && eg_text_is_clean(s, n)))
        return;
    take_back(sb, at);
    char *c = eg_clean_text(s, n, 0, NULL, 0);
    if (!c)
        w->bad = 1;
    else
        put_json(w, sb, c, strlen(c));
    free(c);
}

static void put_clean_c(eg_mentions_writer *w, eg_strbuf *sb, const char *s) {
    put_clean(w, sb, s, strlen(s));
}

/* s[0..n), which must be valid UTF-8 (as jansson checks it); only text
 * with a byte >= 0x80 is checked, after it is written. */
static void put_valid(eg_mentions_writer *w, eg_strbuf *sb, const char *s, size_t n) {
    size_t at;
    int f = put_json_scan(w, sb, s, n, &at);
    if (f > 0 && (f & EG_JSON_NONASCII) && eg_utf8_first_invalid(s, n) != n) {
        take_back(sb, at);
        w->bad = 1;
    }
}

/* s, which must be valid UTF-8 (as jansson checks it). */
static void put_str(eg_mentions_writer *w, eg_strbuf *sb, const char *s) {
    if (!s)
        w->bad = 1;
    else
        put_valid(w, sb, s, strlen(s));
}

static void put_int(eg_mentions_writer *w, eg_strbuf *sb, long v) {
    if (!w->bad && eg_strbuf_put_int(sb, v) != 0)
        w->bad = 1;
}

static void put_bool(eg_mentions_writer *w, eg_strbuf *sb, int b) {
    if (b)
        PUT_LIT(w, sb, "true");
    else
        PUT_LIT(w, sb, "false");
}

static void put_span(eg_mentions_writer *w, eg_strbuf *sb, long s, long e) {
    PUT_LIT(w, sb, "[");
    put_int(w, sb, s);
    PUT_LIT(w, sb, ",");
    put_int(w, sb, e);
    PUT_LIT(w, sb, "]");
}

/* The spans of the entity at `pos`: in the article's text (title 0) or in
 * its title (1), in mention order. */
static void put_spans(eg_mentions_writer *w, const eg_doc *doc, uint32_t pos, int title,
                      eg_strbuf *sb) {
    PUT_LIT(w, sb, "[");
    int first = 1;
    for (uint32_t i = w->head[pos]; i != UINT32_MAX; i = w->next[i]) {
        const eg_mention *m = &doc->ments.v[i];
        if ((m->start < doc->body_offset) != title)
            continue;
        if (!first)
            PUT_LIT(w, sb, ",");
        first = 0;
        if (title)
            put_span(w, sb, (long)m->start, (long)m->end);
        else
            put_span(w, sb, (long)(m->start - doc->body_offset), (long)(m->end - doc->body_offset));
    }
    PUT_LIT(w, sb, "]");
}

static void put_entity(eg_mentions_writer *w, const eg_doc *doc, const eg_gazetteer *g,
                       uint32_t pos, eg_strbuf *sb) {
    size_t ent = w->ent[pos];
    char *key = eg_contrib_entity_key(doc, g, ent);
    if (!key) {
        w->bad = 1;
        return;
    }
    PUT_LIT(w, sb, "{\"name\":");
    put_clean_c(w, sb, eg_contrib_entity_name(doc, g, ent));
    PUT_LIT(w, sb, ",\"type\":");
    put_clean_c(w, sb, eg_contrib_entity_type(doc, g, ent));
    PUT_LIT(w, sb, ",\"key\":");
    put_valid(w, sb, key, strlen(key)); /* jansson would refuse to dump it otherwise */
    free(key);
    PUT_LIT(w, sb, ",\"discovered\":");
    put_bool(w, sb, doc->ents.v[ent].gaz < 0);
    PUT_LIT(w, sb, ",\"spans\":");
    put_spans(w, doc, pos, 0, sb);
    PUT_LIT(w, sb, ",\"title_spans\":");
    put_spans(w, doc, pos, 1, sb);
    PUT_LIT(w, sb, "}");
}

static void put_relation(eg_mentions_writer *w, const eg_doc *doc, const eg_resources *res,
                         const eg_relation *r, eg_strbuf *sb) {
    const eg_gazetteer *g = res->gaz;
    const eg_mention *ms = &doc->ments.v[r->src], *md = &doc->ments.v[r->dst];
    PUT_LIT(w, sb, "{\"source\":");
    put_clean_c(w, sb, eg_contrib_entity_name(doc, g, ms->ent));
    PUT_LIT(w, sb, ",\"target\":");
    put_clean_c(w, sb, eg_contrib_entity_name(doc, g, md->ent));
    PUT_LIT(w, sb, ",\"verb\":");
    put_str(w, sb, eg_verbs_base(res->verbs, r->pattern));
    PUT_LIT(w, sb, ",\"class\":");
    put_str(w, sb, eg_verbs_class(res->verbs, r->pattern));
    PUT_LIT(w, sb, ",\"form\":");
    put_clean(w, sb, doc->text + r->verb_start, r->verb_end - r->verb_start);
    PUT_LIT(w, sb, ",\"negated\":");
    put_bool(w, sb, (r->flags & EG_REL_NEGATED) != 0);
    PUT_LIT(w, sb, ",\"hedged\":");
    put_bool(w, sb, (r->flags & EG_REL_HEDGED) != 0);
    PUT_LIT(w, sb, ",\"passive\":");
    put_bool(w, sb, (r->flags & EG_REL_PASSIVE) != 0);
    if (r->reported_by >= 0) {
        PUT_LIT(w, sb, ",\"reported_by\":");
        put_clean_c(w, sb, eg_contrib_entity_name(doc, g, doc->ments.v[r->reported_by].ent));
    }
    int in_title = ms->start < doc->body_offset;
    long base = in_title ? 0 : (long)doc->body_offset;
    PUT_LIT(w, sb, ",\"in_title\":");
    put_bool(w, sb, in_title);
    PUT_LIT(w, sb, ",\"source_span\":");
    put_span(w, sb, (long)ms->start - base, (long)ms->end - base);
    PUT_LIT(w, sb, ",\"target_span\":");
    put_span(w, sb, (long)md->start - base, (long)md->end - base);
    PUT_LIT(w, sb, "}");
}

int eg_mentions_writer_line(eg_mentions_writer *w, const eg_doc *doc, const eg_resources *res,
                            eg_strbuf *sb) {
    size_t ne = doc->ents.n, nm = doc->ments.n, start = sb->len;
    w->bad = 0;
    if (ne > UINT32_MAX - 1 || nm > UINT32_MAX - 1 || writer_reserve(w, ne, nm) != 0) {
        w->bad = 1;
        goto done;
    }
    /* Entities in order of first mention, each with its mentions in order. */
    if (ne)
        memset(w->slot, 0, ne * sizeof *w->slot);
    uint32_t npos = 0;
    for (size_t i = 0; i < nm; i++) {
        uint32_t e = doc->ments.v[i].ent;
        w->next[i] = UINT32_MAX;
        if (!w->slot[e]) {
            w->ent[npos] = e;
            w->head[npos] = w->tail[npos] = (uint32_t)i;
            w->slot[e] = ++npos;
        } else {
            uint32_t pos = w->slot[e] - 1;
            w->next[w->tail[pos]] = (uint32_t)i;
            w->tail[pos] = (uint32_t)i;
        }
    }
    PUT_LIT(w, sb, "{\"id\":");
    put_clean_c(w, sb, doc->id ? doc->id : "");
    PUT_LIT(w, sb, ",\"entities\":[");
    for (uint32_t pos = 0; pos < npos && !w->bad; pos++) {
        if (pos)
            PUT_LIT(w, sb, ",");
        put_entity(w, doc, res->gaz, pos, sb);
    }
    PUT_LIT(w, sb, "],\"relations\":[");
    for (size_t i = 0; i < doc->rels.n && !w->bad; i++) {
        if (i)
            PUT_LIT(w, sb, ",");
        put_relation(w, doc, res, &doc->rels.v[i], sb);
    }
    PUT_LIT(w, sb, "],\"ambiguous\":");
    put_int(w, sb, (long)doc->ambiguous);
    PUT_LIT(w, sb, "}\n");
done:
    if (ne > TABLE_KEEP || nm > TABLE_KEEP)
        writer_reset(w);
    if (w->bad && sb->data) {
        sb->len = start;
        sb->data[start] = '\0';
    }
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
