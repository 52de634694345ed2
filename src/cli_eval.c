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
    "  --rules, --ignore-case), --max-window-entities, -j/--threads, -q/--quiet,\n"
    "  -h/--help.\n\n"
    "Exit status: 0 ok, 1 a --fail-under threshold missed, 2 usage, 3 bad gold file,\n"
    "4 I/O error, 5 bad gazetteer/rule/pattern file, 6 out of memory.\n";

typedef struct eval_ctx {
    eg_eval *ev;
} eval_ctx;

static eg_status consume(void *vctx, eg_result *r, eg_error *err) {
    eval_ctx *ctx = vctx;
    return eg_eval_add(ctx->ev, r->line.data, r->line.len, err);
}

enum { OPT_GOLD = 1000, OPT_FAIL_UNDER, OPT_NO_ERRORS };

static const struct option extra_opts[] = {{"gold", required_argument, NULL, OPT_GOLD},
                                           {"fail-under", required_argument, NULL, OPT_FAIL_UNDER},
                                           {"no-errors", no_argument, NULL, OPT_NO_ERRORS},
                                           {NULL, 0, NULL, 0}};

typedef struct eval_args {
    const char *gold, *fail_under;
    int list_errors;
} eval_args;

static int extra(void *vctx, int c, const char *arg) {
    eval_args *a = vctx;
    switch (c) {
    case OPT_GOLD:
        a->gold = arg;
        return 1;
    case OPT_FAIL_UNDER:
        a->fail_under = arg;
        return 1;
    case OPT_NO_ERRORS:
        a->list_errors = 0;
        return 1;
    }
    return 0;
}

int cli_eval(int argc, char **argv) {
    eg_build_opts o;
    cli_job job;
    eval_args args = {NULL, NULL, 1};
    int rc;
    if (cli_job_parse(&job, &o, "eval", help, argc, argv, CLI_RES | CLI_THREADS | CLI_TAGGING,
                      extra_opts, extra, &args, &rc))
        return rc;
    if (!args.gold) {
        cli_job_end(&job);
        return cli_usage_error("eval", "--gold is required");
    }
    if (args.fail_under) { /* before the run, which may take minutes */
        eg_strbuf why;
        eg_strbuf_init(&why);
        int bad = eg_eval_check_spec(args.fail_under, &why);
        if (bad) {
            while (why.len && why.data[why.len - 1] == '\n')
                why.data[--why.len] = '\0';
            rc = cli_usage_error("eval", "--fail-under: %s", why.data ? why.data : "out of memory");
        }
        eg_strbuf_destroy(&why);
        if (bad) {
            cli_job_end(&job);
            return rc;
        }
    }
    job.env.progress = 0;
    eg_error err;
    eg_error_clear(&err);
    eval_ctx ctx = {eg_eval_new()};
    eg_status st = ctx.ev ? eg_eval_load_gold(ctx.ev, args.gold, &err)
                          : eg_error_set(&err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (st != EG_OK) {
        rc = cli_fail(&err);
    } else {
        o.run.want_line = 1;
        o.run.want_contrib = 0;
        const char *const *inputs =
            optind < argc ? (const char *const *)argv + optind : (const char *const *)&args.gold;
        rc = cli_job_run(&job, inputs, optind < argc ? (size_t)(argc - optind) : 1, consume, &ctx);
    }
    if (rc == EG_EXIT_OK) {
        eg_strbuf sb;
        eg_strbuf_init(&sb);
        eg_eval_report(ctx.ev, args.list_errors, &sb);
        fputs(sb.data ? sb.data : "", stdout);
        eg_strbuf_clear(&sb);
        if (args.fail_under) {
            int failed = eg_eval_check(ctx.ev, args.fail_under, &sb);
            if (failed < 0) {
                while (sb.len && sb.data[sb.len - 1] == '\n')
                    sb.data[--sb.len] = '\0';
                rc = cli_usage_error("eval", "--fail-under: %s", sb.data ? sb.data : "bad");
            } else if (failed > 0) {
                fputs(sb.data, stderr);
                rc = EG_EXIT_FAILURE;
            }
        }
        eg_strbuf_destroy(&sb);
    }
    eg_eval_free(ctx.ev);
    cli_job_end(&job);
    return rc;
}
