/* runner: reader thread -> bounded batch queue -> worker threads -> in-order
 * consumer on the calling thread. With one thread everything runs inline. */
#include "runner.h"

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

/* The line is written directly, byte for byte what jansson's
 * json_dumps(JSON_COMPACT | JSON_PRESERVE_ORDER) gives for the same object,
 * at a tenth of the cost; every append is checked, so an allocation failure
 * always fails the line. */

/* Appends s[0..n) as a JSON string, cleaned as eg_clean_text(s, n, 0) cleans
 * it (invalid UTF-8 -> U+FFFD, C0 controls but tab, newline and CR -> space). */
static int put_clean(eg_strbuf *sb, const char *s, size_t n) {
    if (n > ((size_t)-1) / 4 || eg_strbuf_reserve(sb, 3 * n + 2))
        return -1;
    char *out = sb->data + sb->len;
    const unsigned char *u = (const unsigned char *)s;
    *out++ = '"';
    for (size_t i = 0; i < n;) {
        unsigned c = u[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            *out++ = (char)c;
            i++;
        } else if (c < 0x80) {
            const char *esc = c == '"'    ? "\\\""
                              : c == '\\' ? "\\\\"
                              : c == '\n' ? "\\n"
                              : c == '\r' ? "\\r"
                              : c == '\t' ? "\\t"
                                          : NULL;
            if (esc) {
                *out++ = esc[0];
                *out++ = esc[1];
            } else {
                *out++ = ' ';
            }
            i++;
        } else {
            uint32_t cp;
            size_t len = eg_utf8_decode(u + i, n - i, &cp);
            if (cp == 0xFFFD && !(len == 3 && c == 0xEF)) {
                memcpy(out, "\xEF\xBF\xBD", 3);
                out += 3;
            } else {
                memcpy(out, s + i, len);
                out += len;
            }
            i += len;
        }
    }
    *out++ = '"';
    *out = '\0';
    sb->len = (size_t)(out - sb->data);
    return 0;
}

static int put_clean_str(eg_strbuf *sb, const char *s) {
    return put_clean(sb, s, strlen(s));
}

/* Appends ,"key":"s" for a string jansson would take as it is: nothing if s
 * is NULL or not valid UTF-8 (json_string refuses it and the key was left
 * out). */
static int put_raw_member(eg_strbuf *sb, const char *key, const char *s) {
    if (!s)
        return 0;
    size_t n = strlen(s), plain = 0;
    while (plain < n && (unsigned char)s[plain] >= 0x20 && (unsigned char)s[plain] < 0x80 &&
           s[plain] != '"' && s[plain] != '\\')
        plain++;
    if (plain < n && eg_utf8_first_invalid(s, n) != n)
        return 0;
    if (eg_strbuf_puts(sb, ",\"") || eg_strbuf_puts(sb, key) || eg_strbuf_puts(sb, "\":\"") ||
        eg_strbuf_append(sb, s, plain))
        return -1;
    for (size_t i = plain; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int rc;
        if (c == '"' || c == '\\')
            rc = eg_strbuf_putc(sb, '\\') || eg_strbuf_putc(sb, (char)c);
        else if (c == '\b')
            rc = eg_strbuf_puts(sb, "\\b");
        else if (c == '\f')
            rc = eg_strbuf_puts(sb, "\\f");
        else if (c == '\n')
            rc = eg_strbuf_puts(sb, "\\n");
        else if (c == '\r')
            rc = eg_strbuf_puts(sb, "\\r");
        else if (c == '\t')
            rc = eg_strbuf_puts(sb, "\\t");
        else if (c < 0x20)
            rc = eg_strbuf_printf(sb, "\\u%04X", c);
        else
            rc = eg_strbuf_putc(sb, (char)c);
        if (rc)
            return -1;
    }
    return eg_strbuf_putc(sb, '"');
}

/* Appends v in decimal (what "%lld" prints). */
static int put_int(eg_strbuf *sb, long long v) {
    char buf[24], *p = buf + sizeof buf;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    return eg_strbuf_append(sb, p, (size_t)(buf + sizeof buf - p));
}

static int put_span(eg_strbuf *sb, long s, long e) {
    return eg_strbuf_putc(sb, '[') || put_int(sb, s) || eg_strbuf_putc(sb, ',') || put_int(sb, e) ||
           eg_strbuf_putc(sb, ']');
}

static const char *boolstr(int b) {
    return b ? "true" : "false";
}

int eg_mentions_line(const eg_doc *doc, const eg_resources *res, eg_strbuf *sb) {
    const eg_gazetteer *g = res->gaz;
    size_t ne = doc->ents.n, nm = doc->ments.n, start_len = sb->len;
    /* Entities in order of first mention; each one's mentions in text order. */
    uint32_t *order = malloc((ne ? ne : 1) * sizeof *order);
    uint32_t *rank = malloc((ne ? ne : 1) * sizeof *rank);
    uint32_t *first = calloc(ne + 1, sizeof *first);
    uint32_t *byent = malloc((nm ? nm : 1) * sizeof *byent);
    int rc = -1;
    if (!order || !rank || !first || !byent)
        goto done;
    size_t nused = 0;
    for (size_t e = 0; e < ne; e++)
        rank[e] = UINT32_MAX;
    for (size_t i = 0; i < nm; i++) {
        uint32_t e = doc->ments.v[i].ent;
        if (rank[e] == UINT32_MAX) {
            rank[e] = (uint32_t)nused;
            order[nused++] = e;
        }
        first[rank[e] + 1]++;
    }
    for (size_t r = 0; r < nused; r++)
        first[r + 1] += first[r];
    for (size_t i = 0; i < nm; i++) {
        uint32_t r = rank[doc->ments.v[i].ent];
        byent[first[r]++] = (uint32_t)i;
    }
    for (size_t r = nused; r > 0; r--)
        first[r] = first[r - 1];
    first[0] = 0;

    if (eg_strbuf_puts(sb, "{\"id\":") ||
        put_clean(sb, doc->id ? doc->id : "", doc->id ? strlen(doc->id) : 0) ||
        eg_strbuf_puts(sb, ",\"entities\":["))
        goto done;
    for (size_t r = 0; r < nused; r++) {
        uint32_t e = order[r];
        char *key = eg_contrib_entity_key(doc, g, e);
        if (!key)
            goto done;
        int bad = (r && eg_strbuf_putc(sb, ',')) || eg_strbuf_puts(sb, "{\"name\":") ||
                  put_clean_str(sb, eg_contrib_entity_name(doc, g, e)) ||
                  eg_strbuf_puts(sb, ",\"type\":") ||
                  put_clean_str(sb, eg_contrib_entity_type(doc, g, e)) ||
                  eg_strbuf_puts(sb, ",\"key\":") || put_clean_str(sb, key) ||
                  eg_strbuf_puts(sb, ",\"discovered\":") ||
                  eg_strbuf_puts(sb, boolstr(doc->ents.v[e].gaz < 0)) ||
                  eg_strbuf_puts(sb, ",\"spans\":[");
        free(key);
        if (bad)
            goto done;
        for (int title = 0; title < 2; title++) {
            if (title && eg_strbuf_puts(sb, "],\"title_spans\":["))
                goto done;
            int any = 0;
            for (uint32_t k = first[r]; k < first[r + 1]; k++) {
                const eg_mention *m = &doc->ments.v[byent[k]];
                int in_body = m->start >= doc->body_offset;
                if (in_body == title)
                    continue;
                long base = in_body ? (long)doc->body_offset : 0;
                if ((any++ && eg_strbuf_putc(sb, ',')) ||
                    put_span(sb, (long)m->start - base, (long)m->end - base))
                    goto done;
            }
        }
        if (eg_strbuf_puts(sb, "]}"))
            goto done;
    }
    if (eg_strbuf_puts(sb, "],\"relations\":["))
        goto done;
    for (size_t i = 0; i < doc->rels.n; i++) {
        const eg_relation *rl = &doc->rels.v[i];
        const eg_mention *ms = &doc->ments.v[rl->src], *md = &doc->ments.v[rl->dst];
        int in_title = ms->start < doc->body_offset;
        long base = in_title ? 0 : (long)doc->body_offset;
        if ((i && eg_strbuf_putc(sb, ',')) || eg_strbuf_puts(sb, "{\"source\":") ||
            put_clean_str(sb, eg_contrib_entity_name(doc, g, ms->ent)) ||
            eg_strbuf_puts(sb, ",\"target\":") ||
            put_clean_str(sb, eg_contrib_entity_name(doc, g, md->ent)) ||
            put_raw_member(sb, "verb", eg_verbs_base(res->verbs, rl->pattern)) ||
            put_raw_member(sb, "class", eg_verbs_class(res->verbs, rl->pattern)) ||
            eg_strbuf_puts(sb, ",\"form\":") ||
            put_clean(sb, doc->text + rl->verb_start, rl->verb_end - rl->verb_start) ||
            eg_strbuf_puts(sb, ",\"negated\":") ||
            eg_strbuf_puts(sb, boolstr(rl->flags & EG_REL_NEGATED)) ||
            eg_strbuf_puts(sb, ",\"hedged\":") ||
            eg_strbuf_puts(sb, boolstr(rl->flags & EG_REL_HEDGED)) ||
            eg_strbuf_puts(sb, ",\"passive\":") ||
            eg_strbuf_puts(sb, boolstr(rl->flags & EG_REL_PASSIVE)))
            goto done;
        if (rl->reported_by >= 0 &&
            (eg_strbuf_puts(sb, ",\"reported_by\":") ||
             put_clean_str(sb, eg_contrib_entity_name(doc, g, doc->ments.v[rl->reported_by].ent))))
            goto done;
        if (eg_strbuf_puts(sb, ",\"in_title\":") || eg_strbuf_puts(sb, boolstr(in_title)) ||
            eg_strbuf_puts(sb, ",\"source_span\":") ||
            put_span(sb, (long)ms->start - base, (long)ms->end - base) ||
            eg_strbuf_puts(sb, ",\"target_span\":") ||
            put_span(sb, (long)md->start - base, (long)md->end - base) || eg_strbuf_putc(sb, '}'))
            goto done;
    }
    if (eg_strbuf_puts(sb, "],\"ambiguous\":") || put_int(sb, (long long)doc->ambiguous) ||
        eg_strbuf_puts(sb, "}\n"))
        goto done;
    rc = 0;
done:
    if (rc != 0 && sb->data) { /* never leave half a line behind */
        sb->len = start_len;
        sb->data[start_len] = '\0';
    }
    free(order);
    free(rank);
    free(first);
    free(byent);
    return rc;
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
