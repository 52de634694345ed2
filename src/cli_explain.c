/* cli_explain: `entgraph explain A B INPUT...`: every sentence in the corpus
 * that links two entities, with article ids and the verb relations read. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "build.h"
#include "cli.h"
#include "explain.h"

static const char help[] =
    "Usage: entgraph explain [OPTIONS] A B INPUT...\n"
    "Prints every sentence of the INPUT articles that names both A and B, one per line:\n"
    "article id, the relations read in it (\"A -> B : verb\", or co-occurrence), and the\n"
    "sentence. A and B are entity names, keys or any listed form (\"FBI\"), else a short\n"
    "form (a surname, a form written in the articles) that names one entity only.\n"
    "Options: the resource options of build (-g, --no-default-gazetteers, --patterns,\n"
    "--rules, --ignore-case), --max-window-entities, --strict, --dedupe, -j/--threads,\n"
    "-q/--quiet, -h/--help.\n";

static eg_status consume(void *ctx, eg_result *r, eg_error *err) {
    if (eg_explain_add(ctx, r->line.data, r->line.len))
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    return EG_OK;
}

/* Prints the collected answer; says on stderr why a side gave nothing. */
static int finish(eg_explain *x, const eg_explain_query *q, int quiet) {
    eg_strbuf out;
    eg_strbuf_init(&out);
    const char *why[2] = {NULL, NULL};
    int rc = 0;
    if (eg_explain_finish(x, &out, &why[0], &why[1])) {
        fprintf(stderr, "entgraph explain: out of memory\n");
        rc = cli_exit_code(EG_ERR_NOMEM);
    } else if ((out.len && fwrite(out.data, 1, out.len, stdout) != out.len) ||
               fflush(stdout) != 0) {
        fprintf(stderr, "entgraph: <stdout>: cannot write: %s\n", strerror(errno));
        rc = cli_exit_code(EG_ERR_IO);
    }
    for (int k = 0; k < 2 && !quiet; k++)
        if (why[k])
            fprintf(stderr, "entgraph explain: \"%s\": %s\n", k ? q->b : q->a, why[k]);
    eg_strbuf_destroy(&out);
    return rc;
}

int cli_explain(int argc, char **argv) {
    eg_build_opts o;
    cli_job job;
    int rc;
    if (cli_job_parse(&job, &o, "explain", help, argc, argv,
                      CLI_RES | CLI_THREADS | CLI_TAGGING | CLI_INPUT, NULL, NULL, NULL, &rc))
        return rc;
    if (argc - optind < 3) {
        cli_job_end(&job);
        return cli_usage_error("explain", "give two entities and at least one INPUT");
    }
    eg_explain_query q = {argv[optind], argv[optind + 1]};
    eg_explain *x = eg_explain_new();
    if (!x) {
        cli_job_end(&job);
        fprintf(stderr, "entgraph explain: out of memory\n");
        return cli_exit_code(EG_ERR_NOMEM);
    }
    job.env.progress = 0;
    o.run.want_line = 1;
    o.run.want_contrib = 0;
    o.run.line_fn = eg_explain_doc;
    o.run.line_ctx = &q;
    rc = cli_job_run(&job, (const char *const *)argv + optind + 2, (size_t)(argc - optind - 2),
                     consume, x);
    /* An unreadable input was reported as an error: the rest was read, so the
     * answer is printed, and the exit status still says an input was missing. */
    if (rc == EG_EXIT_OK || (rc == EG_EXIT_IO && job.stats.skipped_unreadable)) {
        int frc = finish(x, &q, job.quiet);
        if (frc != EG_EXIT_OK)
            rc = frc;
    }
    eg_explain_free(x);
    cli_job_end(&job);
    return rc;
}
