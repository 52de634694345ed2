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
    eg_build_opts_default(&o);
    cli_res_opts ro;
    memset(&ro, 0, sizeof ro);
    int quiet = 0, c, rc = EG_EXIT_OK;
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:j:qh", cli_longopts, NULL)) != -1) {
        if (c == 'q') {
            quiet = 1;
            continue;
        }
        if (c == 'h') {
            fputs(help, stdout);
            cli_res_destroy(&ro);
            return EG_EXIT_OK;
        }
        int r = cli_option(c, optarg, &ro, &o, CLI_RES | CLI_RUN | CLI_INPUT);
        if (r <= 0) {
            cli_res_destroy(&ro);
            return cli_usage_error("explain", "%s", r < 0 ? cli_option_error : "bad option");
        }
    }
    if (argc - optind < 3) {
        cli_res_destroy(&ro);
        return cli_usage_error("explain", "give two entities and at least one INPUT");
    }
    eg_explain_query q = {argv[optind], argv[optind + 1]};
    cli_res_finish(&ro);
    cli_env env;
    cli_env_init(&env, quiet);
    env.progress = 0;
    eg_error err;
    eg_error_clear(&err);
    eg_resources *res = NULL;
    eg_corpus *corpus = NULL;
    eg_status st = eg_resources_load(&ro.o, &env.diag, &res, &err);
    if (st == EG_OK) {
        corpus = eg_corpus_new((const char *const *)argv + optind + 2, (size_t)(argc - optind - 2),
                               &o.corpus, &env.diag);
        o.run.want_line = 1;
        o.run.want_contrib = 0;
        o.run.line_fn = eg_explain_doc;
        o.run.line_ctx = &q;
        o.run.interrupted = &cli_interrupted;
        o.run.tagger.diag = &env.diag;
        st = corpus ? eg_run_articles(corpus, res, &o.run, consume, NULL, NULL, &err)
                    : eg_error_set(&err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    if (st == EG_OK && fflush(stdout) != 0)
        st = eg_error_set(&err, EG_ERR_IO, "<stdout>", 0, 0, "cannot write");
    if (st != EG_OK)
        rc = cli_fail(&err);
    eg_corpus_free(corpus);
    eg_resources_free(res);
    cli_res_destroy(&ro);
    return rc;
}
