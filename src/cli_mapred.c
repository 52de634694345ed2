/* cli_mapred: `entgraph map`, `reduce` and `graph`: the build split into
 * steps that Hadoop Streaming or Spark's RDD.pipe can run. map turns JSON
 * Lines articles into record lines, reduce merges sorted records with equal
 * keys, graph builds every output from merged records. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "cli.h"
#include "record.h"
#include "reduce.h"

static const char map_help[] =
    "Usage: entgraph map [OPTIONS] [INPUT...]\n"
    "Reads articles (JSON Lines on standard input, or INPUTs) and writes record lines\n"
    "on standard output, key first and a tab: E (entity), P (co-occurrence pair),\n"
    "R (relation), S (run counts). Sort them (LC_ALL=C sort), merge with\n"
    "'entgraph reduce', and build outputs with 'entgraph graph'.\n"
    "Options: the resource options of build (-g, --no-default-gazetteers, --patterns,\n"
    "--rules, --ignore-case), --window, --max-window-entities, --evidence, --strict,\n"
    "--dedupe (within this process's input), -j/--threads, -q/--quiet, -h/--help.\n";

static const char reduce_help[] =
    "Usage: entgraph reduce [OPTIONS] [FILE...]\n"
    "Merges sorted record lines (standard input, or FILEs) whose keys are equal and\n"
    "writes one line per key. Memory stays bounded: one key at a time.\n"
    "  --evidence N   evidence sentences kept per edge (default 3; use map's value)\n"
    "  -q, --quiet    accepted; reduce prints nothing but errors\n"
    "  -h, --help     this help\n"
    "Exit status: 0 ok, 3 a line is not a record or the input is not sorted,\n"
    "4 I/O error, 6 out of memory.\n";

static const char graph_help[] =
    "Usage: entgraph graph [OPTIONS] RECORDS...\n"
    "Builds every output of 'entgraph build' (but mentions.jsonl) from record files\n"
    "('-' for standard input). Options: the graph and output options of build\n"
    "(-o, --min-weight, --measures, --exact-betweenness-max, --seed, --rank, --top,\n"
    "--dot-top, --evidence), -j/--threads (for the measures), -q/--quiet, -h/--help.\n";

typedef struct map_ctx {
    eg_strbuf sb;
    eg_summary sum;
} map_ctx;

static eg_status map_consume(void *vctx, eg_result *r, eg_error *err) {
    map_ctx *ctx = vctx;
    eg_strbuf_clear(&ctx->sb);
    ctx->sum.mentions += r->contrib.mentions;
    ctx->sum.capped_windows += r->contrib.capped_windows;
    ctx->sum.ambiguous += r->ambiguous;
    if (eg_contrib_write(&r->contrib, &ctx->sb) != 0)
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (ctx->sb.len && fwrite(ctx->sb.data, 1, ctx->sb.len, stdout) != ctx->sb.len)
        return eg_error_set(err, EG_ERR_IO, "<stdout>", 0, 0, "cannot write: %s", strerror(errno));
    return EG_OK;
}

int cli_map(int argc, char **argv) {
    eg_build_opts o;
    cli_job job;
    int rc;
    if (cli_job_parse(&job, &o, "map", map_help, argc, argv, CLI_RES | CLI_RUN | CLI_INPUT, NULL,
                      NULL, NULL, &rc))
        return rc;
    job.env.progress = 0;
    map_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    eg_strbuf_init(&ctx.sb);
    o.run.want_line = 0;
    o.run.want_contrib = 1;
    rc = cli_job_run(&job, (const char *const *)argv + optind, (size_t)(argc - optind), map_consume,
                     &ctx);
    if ((rc == EG_EXIT_OK || rc == EG_EXIT_IO) && !ferror(stdout)) {
        /* The run's counts travel as a summary record, so graph.json's summary
         * is the same as build's; resource warnings are not counted. */
        eg_summary cs = job.stats;
        cs.mentions = ctx.sum.mentions;
        cs.capped_windows = ctx.sum.capped_windows;
        cs.ambiguous = ctx.sum.ambiguous;
        cs.warnings = job.env.diag.warnings - job.warnings_before;
        eg_strbuf_clear(&ctx.sb);
        if (eg_summary_write(&cs, &ctx.sb) != 0) {
            fprintf(stderr, "entgraph: out of memory\n");
            rc = EG_EXIT_NOMEM;
        } else if (fwrite(ctx.sb.data, 1, ctx.sb.len, stdout) != ctx.sb.len ||
                   fflush(stdout) != 0) {
            fprintf(stderr, "entgraph: <stdout>: cannot write: %s\n", strerror(errno));
            rc = EG_EXIT_IO;
        }
    }
    eg_strbuf_destroy(&ctx.sb);
    cli_job_end(&job);
    return rc;
}

/* ---- reduce --------------------------------------------------------------- */

int cli_reduce(int argc, char **argv) {
    eg_build_opts o;
    cli_job job;
    int rc;
    if (cli_job_parse(&job, &o, "reduce", reduce_help, argc, argv, CLI_EVIDENCE, NULL, NULL, NULL,
                      &rc))
        return rc;
    cli_job_end(&job);
    eg_error err;
    eg_error_clear(&err);
    eg_status st = EG_OK;
    eg_reducer *red = eg_reducer_new(&o.run.contrib.limits, stdout, "<stdout>");
    if (!red)
        st = eg_error_set(&err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    else if (optind >= argc)
        st = eg_reducer_stream(red, stdin, "<stdin>", &err);
    for (int i = optind; st == EG_OK && i < argc; i++) {
        FILE *fp = fopen(argv[i], "r");
        if (!fp) {
            st = eg_error_set(&err, EG_ERR_IO, argv[i], 0, 0, "cannot open: %s", strerror(errno));
            break;
        }
        st = eg_reducer_stream(red, fp, argv[i], &err);
        fclose(fp);
    }
    if (st == EG_OK)
        st = eg_reducer_finish(red, &err);
    eg_reducer_free(red);
    return st == EG_OK ? EG_EXIT_OK : cli_fail(&err);
}

/* ---- graph ---------------------------------------------------------------- */

int cli_graph(int argc, char **argv) {
    eg_build_opts o;
    cli_job job;
    int rc;
    if (cli_job_parse(&job, &o, "graph", graph_help, argc, argv,
                      CLI_OUT | CLI_THREADS | CLI_EVIDENCE, NULL, NULL, NULL, &rc))
        return rc;
    int quiet = job.quiet;
    cli_job_end(&job);
    if (optind >= argc)
        return cli_usage_error("graph", "no RECORDS given");
    if (cli_finish_output(&o.out) != 0)
        return cli_usage_error("graph", "%s", cli_option_error);
    if ((rc = cli_stdin_once("graph", (const char *const *)argv + optind,
                             (size_t)(argc - optind))) != 0)
        return rc;
    eg_error err;
    eg_error_clear(&err);
    eg_build_report rep;
    eg_build_report_init(&rep);
    eg_status st = eg_build_from_records((const char *const *)argv + optind,
                                         (size_t)(argc - optind), &o, &rep, &err);
    rc = EG_EXIT_OK;
    if (st != EG_OK) {
        rc = cli_fail(&err);
    } else {
        fputs(rep.table.data ? rep.table.data : "", stdout);
        if (!quiet)
            cli_print_summary(&rep, o.out.outdir);
    }
    eg_build_report_destroy(&rep);
    return rc;
}
