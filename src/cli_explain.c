/* cli_explain: `entgraph explain A B INPUT...`: every sentence in the corpus
 * that links two entities, with article ids and the verb relations read. */
#include <stdio.h>
#include <string.h>

#include "build.h"
#include "cli.h"
#include "explain.h"

static const char help[] =
    "Usage: entgraph explain [OPTIONS] A B INPUT...\n"
    "Prints every sentence of the INPUT articles that names both A and B, one per line:\n"
    "article id, the relations read in it (\"A -> B : verb\", or co-occurrence), and the\n"
    "sentence. A and B are entity names, keys or any listed form (\"FBI\").\n"
    "Options: the resource options of build (-g, --no-default-gazetteers, --patterns,\n"
    "--rules, --ignore-case), --strict, --dedupe, -j/--threads, -q/--quiet, -h/--help.\n";

static eg_status consume(void *ctx, eg_result *r, eg_error *err) {
    (void)ctx;
    if (r->line.len && fwrite(r->line.data, 1, r->line.len, stdout) != r->line.len)
        return eg_error_set(err, EG_ERR_IO, "<stdout>", 0, 0, "cannot write");
    return EG_OK;
}

int cli_explain(int argc, char **argv) {
    eg_build_opts o;
    cli_job job;
    int rc;
    if (cli_job_parse(&job, &o, "explain", help, argc, argv, CLI_RES | CLI_RUN | CLI_INPUT, NULL,
                      NULL, NULL, &rc))
        return rc;
    if (argc - optind < 3) {
        cli_job_end(&job);
        return cli_usage_error("explain", "give two entities and at least one INPUT");
    }
    eg_explain_query q = {argv[optind], argv[optind + 1]};
    job.env.progress = 0;
    o.run.want_line = 1;
    o.run.want_contrib = 0;
    o.run.line_fn = eg_explain_doc;
    o.run.line_ctx = &q;
    rc = cli_job_run(&job, (const char *const *)argv + optind + 2, (size_t)(argc - optind - 2),
                     consume, NULL);
    cli_job_end(&job);
    return rc;
}
