/* build: running the job and writing its outputs atomically. */
#include "build.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "export_dot.h"
#include "export_graphml.h"
#include "export_json.h"
#include "outfile.h"
#include "ranking.h"
#include "runner.h"

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void eg_build_opts_default(eg_build_opts *o) {
    memset(o, 0, sizeof *o);
    o->run.want_line = 1;
    o->run.want_contrib = 1;
    o->run.tagger.max_window_entities = 50;
    eg_contrib_opts_default(&o->run.contrib);
    o->out.outdir = "output";
    eg_analysis_opts_default(&o->out.analysis);
    o->out.dot_top = 200;
    o->out.rank_measure = "pagerank";
    o->out.top = 10;
    o->write_mentions = 1;
}

void eg_build_report_init(eg_build_report *r) {
    memset(r, 0, sizeof *r);
    eg_strbuf_init(&r->table);
}

void eg_build_report_destroy(eg_build_report *r) {
    eg_strbuf_destroy(&r->table);
}

enum { OUT_CO_GRAPHML, OUT_REL_GRAPHML, OUT_CO_DOT, OUT_REL_DOT, OUT_JSON, OUT_RANKINGS, OUT_N };
static const char *const out_names[OUT_N] = {"cooccurrence.graphml", "relations.graphml",
                                             "cooccurrence.dot",     "relations.dot",
                                             "graph.json",           "rankings.tsv"};

/* The outputs are written by independent tasks, each to its own files and
 * reading only the model and the measures: graph.json, each GraphML file,
 * the DOT files (the only igraph user, so one task), and rankings.tsv with
 * the summary table. With threads they run at once, longest first. */
enum { TASK_JSON, TASK_CO_GRAPHML, TASK_REL_GRAPHML, TASK_DOT, TASK_RANKINGS, TASK_N };

typedef struct write_job {
    const eg_model *m;
    const eg_measures *ms;
    const eg_output_opts *o;
    eg_outfile *of;
    eg_strbuf *table;
    size_t json_threads;
    atomic_int next; /* the next task to claim */
    eg_status st[TASK_N];
    eg_error err[TASK_N];
    /* The rank order, made by the first task that needs it (the other
     * tasks read none of the fields it sets), so that it is not made on
     * the only running thread before the tasks start. */
    eg_measures *rank_ms; /* ms */
    pthread_mutex_t rank_mu;
    int ranked;
} write_job;

/* rankings.tsv, the table and the DOT files rank by one measure: sort
 * once. Without an order (unknown measure, ENOMEM) each writer ranks
 * itself and reports the error. */
static void rank_once(write_job *j) {
    pthread_mutex_lock(&j->rank_mu);
    if (!j->ranked) {
        const char *measure =
            j->o->rank_measure ? j->o->rank_measure : eg_rank_default_measure(j->rank_ms);
        (void)eg_rank_prepare(j->m, j->rank_ms, measure);
        j->ranked = 1;
    }
    pthread_mutex_unlock(&j->rank_mu);
}

static eg_status run_task(write_job *j, int task, eg_error *err) {
    const eg_model *m = j->m;
    const eg_measures *ms = j->ms;
    const eg_output_opts *o = j->o;
    eg_outfile *of = j->of;
    eg_status st = EG_OK;
    switch (task) {
    case TASK_JSON: {
        eg_json_opts jo = {1, j->json_threads};
        if ((st = eg_write_graph_json(m, ms, &jo, of[OUT_JSON].fp, err)) == EG_OK)
            eg_outfile_writeback(&of[OUT_JSON]);
        break;
    }
    case TASK_CO_GRAPHML:
    case TASK_REL_GRAPHML: {
        int co = task == TASK_CO_GRAPHML;
        eg_outfile *f = &of[co ? OUT_CO_GRAPHML : OUT_REL_GRAPHML];
        if ((st = eg_write_graphml(m, ms, co ? EG_LAYER_COOCCURRENCE : EG_LAYER_RELATIONS, f->fp,
                                   err)) == EG_OK)
            eg_outfile_writeback(f);
        break;
    }
    case TASK_DOT:
        rank_once(j);
        if ((st = eg_write_dot(m, ms, EG_LAYER_COOCCURRENCE, o->dot_top, o->rank_measure,
                               of[OUT_CO_DOT].fp, err)) == EG_OK)
            st = eg_write_dot(m, ms, EG_LAYER_RELATIONS, o->dot_top, o->rank_measure,
                              of[OUT_REL_DOT].fp, err);
        break;
    case TASK_RANKINGS:
        rank_once(j);
        st = eg_write_rankings_tsv(m, ms, o->rank_measure, of[OUT_RANKINGS].fp, err);
        if (st == EG_OK && eg_format_ranking_table(m, ms, o->rank_measure, o->top, j->table) != 0) {
            unsigned bit;
            if (o->rank_measure && eg_measure_bit(o->rank_measure, &bit) == 0)
                st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
            else
                st = eg_error_set(err, EG_ERR_USAGE, NULL, 0, 0, "cannot rank by '%s'",
                                  o->rank_measure);
        }
        break;
    }
    return st;
}

/* Claims and runs tasks until none is left; a task that fails keeps its
 * error, the others still run (their files are aborted anyway). */
static void *task_main(void *arg) {
    write_job *j = arg;
    int t;
    while ((t = atomic_fetch_add(&j->next, 1)) < TASK_N) {
        eg_error_clear(&j->err[t]);
        j->st[t] = run_task(j, t, &j->err[t]);
    }
    return NULL;
}

/* Writes every output and commits them together with *extra (an open
 * output file taken over, e.g. mentions.jsonl; may be NULL): all targets are
 * replaced or none. */
static eg_status write_outputs(eg_model *m, const eg_output_opts *o, eg_outfile *extra,
                               eg_build_report *rep, eg_error *err) {
    eg_status st;
    eg_measures ms;
    memset(&ms, 0, sizeof ms);
    char *made = NULL;
    eg_outfile of[OUT_N + 1];
    memset(of, 0, sizeof of);
    if (extra) {
        of[OUT_N] = *extra;
        memset(extra, 0, sizeof *extra);
    }
    double t0 = now();
    if ((st = eg_analyse(m, &o->analysis, &ms, err)) != EG_OK)
        goto fail;
    double t1 = now();
    rep->t_measures = t1 - t0;
    rep->nodes = m->nnodes;
    rep->co_edges = m->nco;
    rep->rel_edges = m->nrel;
    rep->betweenness_sampled = ms.betweenness_sampled;
    if ((st = eg_outfile_make_dir(o->outdir, &made, err)) != EG_OK)
        goto fail;
    for (int i = 0; i < OUT_N; i++) {
        char *p = eg_path_join(o->outdir, out_names[i]);
        if (!p) {
            st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
            goto fail;
        }
        st = eg_outfile_open(&of[i], p, err);
        free(p);
        if (st != EG_OK)
            goto fail;
    }
    write_job wj;
    memset(&wj, 0, sizeof wj);
    wj.m = m;
    wj.ms = &ms;
    wj.o = o;
    wj.of = of;
    wj.table = &rep->table;
    wj.rank_ms = &ms;
    atomic_init(&wj.next, 0);
    if (pthread_mutex_init(&wj.rank_mu, NULL) != 0) {
        st = eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0, "cannot create a mutex");
        goto fail;
    }
    /* As many threads as asked for (at most one per task); graph.json, the
     * longest task, also renders its pieces on the threads the other tasks
     * leave, so with two threads it gets one of its own while the other
     * writes the remaining files. */
    size_t nthreads = o->analysis.threads ? o->analysis.threads : eg_cpu_count();
    size_t workers = nthreads < TASK_N ? nthreads : TASK_N;
    wj.json_threads = nthreads;
    pthread_t tid[TASK_N];
    size_t started = 0;
    while (started + 1 < workers && pthread_create(&tid[started], NULL, task_main, &wj) == 0)
        started++;
    task_main(&wj);
    for (size_t i = 0; i < started; i++)
        pthread_join(tid[i], NULL);
    pthread_mutex_destroy(&wj.rank_mu);
    for (int t = 0; t < TASK_N; t++) {
        if (wj.st[t] != EG_OK) {
            st = wj.st[t];
            if (err)
                *err = wj.err[t];
            goto fail;
        }
    }
    if ((st = eg_outfile_commit_all(of, OUT_N + 1, err)) != EG_OK)
        goto fail;
    rep->t_write = now() - t1;
    eg_measures_destroy(&ms);
    free(made);
    return EG_OK;
fail:
    for (int i = 0; i <= OUT_N; i++)
        eg_outfile_abort(&of[i]);
    eg_outfile_unmake_dir(o->outdir, made);
    free(made);
    eg_measures_destroy(&ms);
    return st;
}

/* The library checks the output folder itself rather than joining an empty
 * name to "/cooccurrence.graphml". */
static eg_status check_outdir(const eg_output_opts *o, eg_error *err) {
    if (!o->outdir || !*o->outdir)
        return eg_error_set(err, EG_ERR_USAGE, NULL, 0, 0, "no output folder given (empty name)");
    return EG_OK;
}

eg_status eg_write_outputs(eg_model *m, const eg_output_opts *o, eg_build_report *rep,
                           eg_error *err) {
    eg_status st = check_outdir(o, err);
    return st != EG_OK ? st : write_outputs(m, o, NULL, rep, err);
}

/* Returns the heap's free pages to the system, which glibc does not do by
 * itself under the process's trim threshold (cli_setup_process): for the
 * points where much of the heap has just been freed and the graph stage, the
 * run's other peak, follows. */
static void give_back_heap(void) {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

typedef struct build_ctx {
    eg_acc *acc;
    eg_outfile *mentions; /* NULL when not written */
    eg_build_report *rep;
    eg_diag *diag;
    size_t cap;
} build_ctx;

static eg_status consume(void *vctx, eg_result *r, eg_error *err) {
    build_ctx *ctx = vctx;
    eg_status st = EG_OK;
    if (ctx->mentions && r->line.len &&
        fwrite(r->line.data, 1, r->line.len, ctx->mentions->fp) != r->line.len)
        return eg_error_set(err, EG_ERR_IO, ctx->mentions->path, 0, 0, "cannot write: %s",
                            strerror(errno ? errno : EIO));
    eg_contrib *c = &r->contrib;
    ctx->rep->summary.mentions += c->mentions;
    ctx->rep->summary.capped_windows += c->capped_windows;
    if (c->capped_windows)
        eg_warn(ctx->diag, r->origin, r->origin_line, 0,
                "article %s: %llu window(s) name more than %zu entities; only the first %zu "
                "are paired (--max-window-entities)",
                r->id ? r->id : "?", (unsigned long long)c->capped_windows, ctx->cap, ctx->cap);
    ctx->rep->summary.ambiguous += r->ambiguous;
    /* the contribution's records share their strings (keys, the article id,
     * the date, sentences), which stay put until the result is released */
    eg_acc_borrow(ctx->acc, 1);
    for (size_t i = 0; i < c->nents && st == EG_OK; i++)
        st = eg_acc_add_entity_copy(ctx->acc, &c->ents[i], err);
    if (st == EG_OK)
        st = eg_acc_add_pairs_copy(ctx->acc, c->pairs, c->npairs, err);
    for (size_t i = 0; i < c->nrels && st == EG_OK; i++)
        st = eg_acc_add_rel_copy(ctx->acc, &c->rels[i], err);
    eg_acc_borrow(ctx->acc, 0);
    return st;
}

static void add_corpus_stats(eg_summary *dst, const eg_summary *src) {
    dst->articles_read = src->articles_read;
    dst->articles_empty = src->articles_empty;
    dst->skipped_binary = src->skipped_binary;
    dst->skipped_unreadable = src->skipped_unreadable;
    dst->skipped_duplicate = src->skipped_duplicate;
    dst->records_rejected = src->records_rejected;
    dst->bytes = src->bytes;
}

eg_status eg_build(const eg_resources *res, const char *const *inputs, size_t ninputs,
                   const eg_build_opts *o, eg_build_report *rep, eg_error *err) {
    double t_start = now();
    eg_status st = EG_OK;
    eg_model m;
    eg_model_init(&m);
    unsigned long warnings_before = o->diag ? o->diag->warnings : 0;
    eg_outfile mentions;
    memset(&mentions, 0, sizeof mentions);
    eg_corpus *corpus = NULL;
    char *made = NULL;
    if ((st = check_outdir(&o->out, err)) != EG_OK)
        return st;
    eg_acc *acc = eg_acc_new(&o->run.contrib.limits);
    if (!acc)
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    /* mentions.jsonl streams into a temporary file in the output folder, so
     * the folder is made now, and removed again if the run fails before
     * committing (a folder that was there stays) */
    if ((st = eg_outfile_make_dir(o->out.outdir, &made, err)) != EG_OK)
        goto done;
    if (o->write_mentions) {
        char *p = eg_path_join(o->out.outdir, "mentions.jsonl");
        if (!p) {
            st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
            goto done;
        }
        st = eg_outfile_open(&mentions, p, err);
        free(p);
        if (st != EG_OK)
            goto done;
    }
    corpus = eg_corpus_new(inputs, ninputs, &o->corpus, o->diag);
    if (!corpus) {
        st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    build_ctx ctx = {acc, o->write_mentions ? &mentions : NULL, rep, o->diag,
                     o->run.contrib.max_window_entities};
    eg_run_opts ro = o->run;
    ro.want_line = o->write_mentions;
    ro.want_contrib = 1;
    st = eg_run_articles(corpus, res, &ro, consume, &ctx, &rep->times, err);
    if (o->write_mentions)
        eg_outfile_writeback(&mentions);
    if (o->release && *o->release == res) {
        eg_resources_free(*o->release);
        *o->release = NULL;
        res = NULL;
        /* the heap pages the gazetteer held would stay resident through the
         * graph stage */
        give_back_heap();
    }
    eg_summary cs;
    memset(&cs, 0, sizeof cs);
    eg_corpus_stats(corpus, &cs);
    add_corpus_stats(&rep->summary, &cs);
    if (st != EG_OK)
        goto done;
    if (rep->summary.skipped_unreadable) {
        /* A partial corpus must not replace the previous run's outputs. */
        st = eg_error_set(err, EG_ERR_IO, NULL, 0, 0,
                          "%llu input(s) could not be read (see the errors above); no output "
                          "written",
                          (unsigned long long)rep->summary.skipped_unreadable);
        goto done;
    }
    double t0 = now();
    /* Only warnings about the articles count: resources warn once per process. */
    rep->summary.warnings = o->diag ? o->diag->warnings - warnings_before : 0;
    eg_acc_add_summary(acc, &rep->summary);
    eg_model_filter f = {o->out.min_weight, o->out.analysis.threads};
    if ((st = eg_acc_to_model(acc, &f, &m, err)) != EG_OK)
        goto done;
    eg_acc_free(acc);
    acc = NULL;
    /* the merge tables, the key pool and the lists the model did not keep
     * leave about a twentieth of the heap free, under the graph stage's
     * peak */
    give_back_heap();
    rep->t_model = now() - t0;
    st = write_outputs(&m, &o->out, o->write_mentions ? &mentions : NULL, rep, err);
done:
    if (st != EG_OK) {
        eg_outfile_abort(&mentions);
        eg_outfile_unmake_dir(o->out.outdir, made);
    }
    free(made);
    eg_corpus_free(corpus);
    eg_acc_free(acc);
    eg_model_destroy(&m);
    rep->t_total = now() - t_start;
    return st;
}

eg_status eg_build_from_records(const char *const *inputs, size_t ninputs, const eg_build_opts *o,
                                eg_build_report *rep, eg_error *err) {
    double t_start = now();
    eg_status st = EG_OK;
    eg_model m;
    eg_model_init(&m);
    eg_acc *acc = eg_acc_new(&o->run.contrib.limits);
    char *line = NULL;
    size_t cap = 0;
    if (!acc)
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if ((st = check_outdir(&o->out, err)) != EG_OK)
        goto done;
    for (size_t i = 0; i < ninputs && st == EG_OK; i++) {
        int is_stdin = strcmp(inputs[i], "-") == 0;
        FILE *fp = is_stdin ? stdin : fopen(inputs[i], "r");
        const char *name = is_stdin ? "<stdin>" : inputs[i];
        if (!fp) {
            st = eg_error_set(err, EG_ERR_IO, inputs[i], 0, 0, "cannot open: %s", strerror(errno));
            break;
        }
        long lineno = 0;
        ssize_t n;
        while (st == EG_OK && (n = getline(&line, &cap, fp)) >= 0) {
            lineno++;
            while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
                line[--n] = '\0';
            if (n == 0)
                continue;
            eg_anyrec r;
            st = eg_record_parse(line, (size_t)n, &r, name, lineno, err);
            if (st == EG_OK)
                st = eg_acc_add_any(acc, &r, err);
        }
        if (st == EG_OK && ferror(fp))
            st = eg_error_set(err, EG_ERR_IO, name, lineno, 0, "read error: %s",
                              strerror(errno ? errno : EIO));
        else if (st == EG_OK && !feof(fp)) /* getline could not grow its buffer */
            st = eg_error_set(err, EG_ERR_NOMEM, name, lineno, 0, "out of memory");
        if (!is_stdin)
            fclose(fp);
    }
    free(line);
    if (st == EG_OK) {
        eg_model_filter f = {o->out.min_weight, o->out.analysis.threads};
        double t0 = now();
        st = eg_acc_to_model(acc, &f, &m, err);
        rep->t_model = now() - t0;
        rep->summary = m.summary;
    }
    eg_acc_free(acc);
    acc = NULL;
    if (st == EG_OK)
        st = eg_write_outputs(&m, &o->out, rep, err);
done:
    eg_acc_free(acc);
    eg_model_destroy(&m);
    rep->t_total = now() - t_start;
    return st;
}
