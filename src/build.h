/* build: the main job. Articles -> records merged in the accumulator ->
 * model -> measures -> every output file, each written to a temporary file
 * and renamed only when the whole run succeeded. Also the `graph` stage on
 * its own, for map/reduce. */
#ifndef EG_BUILD_H
#define EG_BUILD_H

#include "accumulate.h"
#include "analysis.h"
#include "corpus.h"
#include "resources.h"
#include "runner.h"

typedef struct eg_output_opts {
    const char *outdir;  /* default "output" */
    uint64_t min_weight; /* --min-weight */
    eg_analysis_opts analysis;
    size_t dot_top;           /* --dot-top, default 200 */
    const char *rank_measure; /* --rank, default "pagerank" */
    size_t top;               /* --top, default 10 */
} eg_output_opts;

typedef struct eg_build_opts {
    eg_run_opts run;
    eg_corpus_opts corpus;
    eg_output_opts out;
    int write_mentions; /* mentions.jsonl, default on */
    eg_diag *diag;
    /* NULL, or where the caller keeps the resources it passes to eg_build:
     * they are freed (and *release set to NULL) as soon as every article is
     * analysed, so that the graph stage has their memory. */
    eg_resources **release;
} eg_build_opts;

void eg_build_opts_default(eg_build_opts *o);

typedef struct eg_build_report {
    eg_summary summary;
    eg_run_times times;
    double t_model, t_measures, t_write, t_total;
    size_t nodes, co_edges, rel_edges;
    int betweenness_sampled;
    eg_strbuf table; /* the ranking table to print; caller destroys */
} eg_build_report;

void eg_build_report_init(eg_build_report *r);
void eg_build_report_destroy(eg_build_report *r);

eg_status eg_build(const eg_resources *res, const char *const *inputs, size_t ninputs,
                   const eg_build_opts *o, eg_build_report *rep, eg_error *err);

/* Graph stage only: merges record files (map or reduce output; "-" is
 * standard input) and writes every output but mentions.jsonl. */
eg_status eg_build_from_records(const char *const *inputs, size_t ninputs, const eg_build_opts *o,
                                eg_build_report *rep, eg_error *err);

/* Model -> measures -> output files (atomic). Used by both entry points. */
eg_status eg_write_outputs(eg_model *m, const eg_output_opts *o, eg_build_report *rep,
                           eg_error *err);

#endif
