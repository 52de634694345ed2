/* runner: streams articles from a corpus through worker threads and hands
 * each result to a consumer in input order, so outputs never depend on the
 * thread count. Memory is bounded by the queue, not by the corpus. */
#ifndef EG_RUNNER_H
#define EG_RUNNER_H

#include <signal.h>

#include "tagger.h"
#include "contrib.h"
#include "corpus.h"
#include "strbuf.h"

typedef struct eg_result {
    eg_strbuf line;     /* the article's mentions.jsonl line (with newline), if asked */
    eg_contrib contrib; /* the article's records, if asked */
    uint64_t bytes;     /* article size */
    uint32_t ambiguous; /* short forms left unresolved */
    char *id;           /* the article's id and where it came from, for diagnostics */
    char *origin;
    long origin_line;
} eg_result;

/* Called in input order on the calling thread; may steal result->contrib.
 * A non-OK status stops the run and is returned by eg_run_articles. */
typedef eg_status (*eg_consume_fn)(void *ctx, eg_result *result, eg_error *err);
/* Progress: articles and bytes done so far; called at most every 250 ms. */
typedef void (*eg_progress_fn)(void *ctx, uint64_t articles, uint64_t bytes, double seconds);

/* Builds an article's output line from its analysed doc, on a worker thread
 * (instead of the mentions.jsonl line). 0 or -1 on ENOMEM. */
typedef int (*eg_line_fn)(void *ctx, const eg_doc *doc, const eg_resources *res, eg_strbuf *sb);

typedef struct eg_run_opts {
    size_t threads;     /* 0 = all cores */
    int want_line;      /* build the mentions.jsonl line (or line_fn's) */
    eg_line_fn line_fn; /* NULL: the mentions.jsonl line */
    void *line_ctx;     /* read-only, shared by all workers */
    int want_contrib;   /* build the records */
    eg_tagger_opts tagger;
    eg_contrib_opts contrib;
    eg_progress_fn progress;
    void *progress_ctx;
    volatile sig_atomic_t *interrupted; /* set by a signal handler; checked between batches */
} eg_run_opts;

/* Seconds spent per stage, summed over worker threads (CPU-ish time). */
typedef struct eg_run_times {
    double read, tag, records, merge;
} eg_run_times;

eg_status eg_run_articles(eg_corpus *corpus, const eg_resources *res, const eg_run_opts *o,
                          eg_consume_fn consume, void *ctx, eg_run_times *times, eg_error *err);

/* The mentions.jsonl line of an analysed doc, appended to sb with a newline:
 * {"id", "entities": [{"name", "type", "key", "discovered", "spans",
 * "title_spans"}], "relations": [...], "ambiguous"}; spans are byte offsets
 * into the article's text (title_spans into its title). */
int eg_mentions_line(const eg_doc *doc, const eg_resources *res, eg_strbuf *sb);

/* The same lines with tables kept between calls (cheaper for a stream of
 * articles); one writer per thread. _new returns NULL on ENOMEM;
 * _free(NULL) is a no-op. _line returns 0, or -1 on ENOMEM or a string
 * jansson would refuse (invalid UTF-8 in a verb, class or key); sb is then
 * as it was. Lines are jansson's compact dumps of the same objects. */
typedef struct eg_mentions_writer eg_mentions_writer;
eg_mentions_writer *eg_mentions_writer_new(void);
void eg_mentions_writer_free(eg_mentions_writer *w);
int eg_mentions_writer_line(eg_mentions_writer *w, const eg_doc *doc, const eg_resources *res,
                            eg_strbuf *sb);

/* Number of online processors, at least 1. */
size_t eg_cpu_count(void);

#endif
