/* cli_eval: `entgraph eval --gold GOLD.jsonl [INPUT...]`: tags the inputs
 * (by default the gold file itself, which carries the texts) and scores the
 * result against the gold annotations. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "cli.h"
#include "eval.h"

static const char help[] =
    "Usage: entgraph eval --gold GOLD.jsonl [OPTIONS] [INPUT...]\n"
    "Tags INPUT (default: the gold file, whose records carry their text) and prints\n"
    "precision, recall and F1 per entity type, for mentions (exact span and type) and\n"
    "for document-level entities (one-to-one by shared spans), and for relations\n"
    "(source, target, verb, negated); then every miss and false hit.\n\n"
    "      --gold FILE        gold annotations (JSON Lines, see tests/devset/README.md)\n"
    "      --fail-under SPEC  exit 1 when a score misses its threshold; SPEC is a\n"
    "                         comma-separated list like entity.person.f1>=0.9,\n"
    "                         relation.precision>=0.9,splits<=0\n"
    "      --no-errors        print the scores only\n"
    "  plus the resource options of build (-g, --no-default-gazetteers, --patterns,\n"
    "  --rules, --ignore-case), -j/--threads, -q/--quiet, -h/--help.\n";

typedef struct eval_ctx {
    eg_eval *ev;
} eval_ctx;

static eg_status consume(void *vctx, eg_result *r, eg_error *err) {
    eval_ctx *ctx = vctx;
    return eg_eval_add(ctx->ev, r->line.data, r->line.len, err);
}

enum { OPT_GOLD = 1000, OPT_FAIL_UNDER, OPT_NO_ERRORS };

int cli_eval(int argc, char **argv) {
    eg_build_opts o;
    eg_build_opts_default(&o);
    cli_res_opts ro;
    memset(&ro, 0, sizeof ro);
    const char *gold = NULL, *fail_under = NULL;
    int quiet = 0, list_errors = 1, c;
    struct option longopts[32];
    size_t k = 0;
    for (; cli_longopts[k].name && k < 28; k++)
        longopts[k] = cli_longopts[k];
    longopts[k++] = (struct option){"gold", required_argument, NULL, OPT_GOLD};
    longopts[k++] = (struct option){"fail-under", required_argument, NULL, OPT_FAIL_UNDER};
    longopts[k++] = (struct option){"no-errors", no_argument, NULL, OPT_NO_ERRORS};
    longopts[k] = (struct option){NULL, 0, NULL, 0};
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:j:qh", longopts, NULL)) != -1) {
        if (c == OPT_GOLD) {
            gold = optarg;
            continue;
        }
        if (c == OPT_FAIL_UNDER) {
            fail_under = optarg;
            continue;
        }
        if (c == OPT_NO_ERRORS) {
            list_errors = 0;
            continue;
        }
        if (c == 'q') {
            quiet = 1;
            continue;
        }
        if (c == 'h') {
            fputs(help, stdout);
            cli_res_destroy(&ro);
            return EG_EXIT_OK;
        }
        int r = cli_option(c, optarg, &ro, &o, CLI_RES | CLI_RUN);
        if (r <= 0) {
            cli_res_destroy(&ro);
            return cli_usage_error("eval", "%s", r < 0 ? cli_option_error : "bad option");
        }
    }
    if (!gold) {
        cli_res_destroy(&ro);
        return cli_usage_error("eval", "--gold is required");
    }
    cli_res_finish(&ro);
    cli_env env;
    cli_env_init(&env, quiet);
    env.progress = 0;
    eg_error err;
    eg_error_clear(&err);
    eg_resources *res = NULL;
    eg_eval *ev = eg_eval_new();
    eg_corpus *corpus = NULL;
    int rc = EG_EXIT_OK;
    eg_status st = ev ? eg_eval_load_gold(ev, gold, &err)
                      : eg_error_set(&err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (st == EG_OK)
        st = eg_resources_load(&ro.o, &env.diag, &res, &err);
    if (st == EG_OK) {
        const char *const *inputs =
            optind < argc ? (const char *const *)argv + optind : (const char *const *)&gold;
        size_t n = optind < argc ? (size_t)(argc - optind) : 1;
        corpus = eg_corpus_new(inputs, n, &o.corpus, &env.diag);
        o.run.want_line = 1;
        o.run.want_contrib = 0;
        o.run.interrupted = &cli_interrupted;
        o.run.tagger.diag = &env.diag;
        eval_ctx ctx = {ev};
        st = corpus ? eg_run_articles(corpus, res, &o.run, consume, &ctx, NULL, &err)
                    : eg_error_set(&err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    if (st != EG_OK) {
        rc = cli_fail(&err);
    } else {
        eg_strbuf sb;
        eg_strbuf_init(&sb);
        eg_eval_report(ev, list_errors, &sb);
        fputs(sb.data ? sb.data : "", stdout);
        eg_strbuf_clear(&sb);
        if (fail_under) {
            int failed = eg_eval_check(ev, fail_under, &sb);
            if (failed < 0) {
                rc = cli_usage_error("eval", "bad --fail-under specification");
            } else if (failed > 0) {
                fputs(sb.data, stderr);
                rc = EG_EXIT_FAILURE;
            }
        }
        eg_strbuf_destroy(&sb);
    }
    eg_corpus_free(corpus);
    eg_resources_free(res);
    eg_eval_free(ev);
    cli_res_destroy(&ro);
    return rc;
}
