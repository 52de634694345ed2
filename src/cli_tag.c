/* cli_tag: `entgraph tag`: each article's entities and relations as JSON
 * Lines on stdout, or with --discovered the rule-found entities to review. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "accumulate.h"
#include "cli.h"
#include "runner.h"

static const char help[] =
    "Usage: entgraph tag [OPTIONS] INPUT...\n"
    "Prints one JSON line per article: its id, every entity with name, type, key and\n"
    "byte spans into the article's text (title_spans into its title), its verb\n"
    "relations, and how many short forms were left ambiguous.\n\n"
    "  -g, --gazetteer PATH       add a gazetteer file or folder (repeatable)\n"
    "      --no-default-gazetteers  leave out the bundled entity lists\n"
    "      --patterns FILE        add a verb-pattern file (repeatable)\n"
    "      --rules FILE           add a recogniser rule file (repeatable)\n"
    "      --ignore-case          match names without case\n"
    "      --discovered           instead, list entities found by rules (not in any\n"
    "                             list) as TSV: name, type, mentions, articles\n"
    "      --strict               a malformed record stops the run (exit 3)\n"
    "      --dedupe               drop repeated article ids and identical texts\n"
    "  -j, --threads N            worker threads (default: all cores)\n"
    "  -q, --quiet                no warnings on stderr\n"
    "  -h, --help                 this help\n";

enum { OPT_NO_DEFAULT = 256, OPT_PATTERNS, OPT_RULES, OPT_IGNORE_CASE, OPT_DISCOVERED,
       OPT_STRICT, OPT_DEDUPE };

static const struct option longopts[] = {
    {"gazetteer", required_argument, NULL, 'g'},
    {"no-default-gazetteers", no_argument, NULL, OPT_NO_DEFAULT},
    {"patterns", required_argument, NULL, OPT_PATTERNS},
    {"rules", required_argument, NULL, OPT_RULES},
    {"ignore-case", no_argument, NULL, OPT_IGNORE_CASE},
    {"discovered", no_argument, NULL, OPT_DISCOVERED},
    {"strict", no_argument, NULL, OPT_STRICT},
    {"dedupe", no_argument, NULL, OPT_DEDUPE},
    {"threads", required_argument, NULL, 'j'},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}};

typedef struct tag_ctx {
    eg_acc *discovered; /* NULL unless --discovered */
} tag_ctx;

static eg_status consume(void *vctx, eg_result *r, eg_error *err) {
    tag_ctx *ctx = vctx;
    if (!ctx->discovered) {
        if (fwrite(r->line.data, 1, r->line.len, stdout) != r->line.len)
            return eg_error_set(err, EG_ERR_IO, "<stdout>", 0, 0, "cannot write");
        return EG_OK;
    }
    for (size_t i = 0; i < r->contrib.nents; i++) {
        if (!r->contrib.ents[i].discovered)
            continue;
        eg_status st = eg_acc_add_entity(ctx->discovered, &r->contrib.ents[i], err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

static int cmp_node_mentions(const void *x, const void *y) {
    const eg_node *a = x, *b = y;
    if (a->mentions != b->mentions)
        return a->mentions > b->mentions ? -1 : 1;
    return strcmp(a->key, b->key);
}

static eg_status print_discovered(eg_acc *acc, eg_error *err) {
    eg_model m;
    eg_status st = eg_acc_to_model(acc, NULL, &m, err);
    if (st != EG_OK)
        return st;
    if (m.nnodes)
        qsort(m.nodes, m.nnodes, sizeof *m.nodes, cmp_node_mentions);
    printf("name\ttype\tmentions\tarticles\n");
    for (size_t i = 0; i < m.nnodes; i++)
        printf("%s\t%s\t%llu\t%llu\n", m.nodes[i].name, m.nodes[i].type,
               (unsigned long long)m.nodes[i].mentions, (unsigned long long)m.nodes[i].articles);
    eg_model_destroy(&m);
    return EG_OK;
}

int cli_tag(int argc, char **argv) {
    eg_run_opts ro;
    memset(&ro, 0, sizeof ro);
    ro.want_line = 1;
    ro.tagger.max_window_entities = 50;
    eg_contrib_opts_default(&ro.contrib);
    ro.contrib.limits.evidence = 0;
    eg_corpus_opts co = {0, 0};
    cli_res_opts res_o;
    memset(&res_o, 0, sizeof res_o);
    int quiet = 0, discovered = 0, c;
    size_t n;
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:j:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'g': cli_res_add(&res_o, 'g', optarg); break;
        case OPT_NO_DEFAULT: res_o.o.no_default_gazetteers = 1; break;
        case OPT_PATTERNS: cli_res_add(&res_o, 'p', optarg); break;
        case OPT_RULES: cli_res_add(&res_o, 'r', optarg); break;
        case OPT_IGNORE_CASE: ro.tagger.ignore_case = 1; break;
        case OPT_DISCOVERED: discovered = 1; break;
        case OPT_STRICT: co.strict = 1; break;
        case OPT_DEDUPE: co.dedupe = 1; break;
        case 'j':
            if (cli_parse_size(optarg, &n) || n == 0 || n > 256)
                return cli_usage_error("tag", "--threads takes a number from 1 to 256");
            ro.threads = n;
            break;
        case 'q': quiet = 1; break;
        case 'h': fputs(help, stdout); cli_res_destroy(&res_o); return EG_EXIT_OK;
        default: cli_res_destroy(&res_o); return cli_usage_error("tag", "bad option");
        }
    }
    if (optind >= argc) {
        cli_res_destroy(&res_o);
        return cli_usage_error("tag", "no INPUT given");
    }
    cli_res_finish(&res_o);
    cli_env env;
    cli_env_init(&env, quiet);
    env.progress = 0;
    ro.interrupted = &cli_interrupted;
    ro.tagger.diag = &env.diag;
    ro.want_line = !discovered;
    ro.want_contrib = discovered;
    eg_error err;
    eg_error_clear(&err);
    eg_resources *res = NULL;
    eg_status st = eg_resources_load(&res_o.o, &env.diag, &res, &err);
    int rc = EG_EXIT_OK;
    if (st != EG_OK) {
        cli_res_destroy(&res_o);
        return cli_fail(&err);
    }
    tag_ctx ctx = {NULL};
    eg_corpus *corpus = eg_corpus_new((const char *const *)argv + optind, (size_t)(argc - optind),
                                      &co, &env.diag);
    if (discovered)
        ctx.discovered = eg_acc_new(NULL);
    if (!corpus || (discovered && !ctx.discovered)) {
        st = eg_error_set(&err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    } else {
        st = eg_run_articles(corpus, res, &ro, consume, &ctx, NULL, &err);
        if (st == EG_OK && discovered)
            st = print_discovered(ctx.discovered, &err);
    }
    if (st != EG_OK) {
        rc = cli_fail(&err);
    } else {
        eg_summary s;
        memset(&s, 0, sizeof s);
        eg_corpus_stats(corpus, &s);
        if (s.skipped_unreadable)
            rc = EG_EXIT_IO;
    }
    if (fflush(stdout) != 0 && rc == EG_EXIT_OK) {
        fprintf(stderr, "entgraph: <stdout>: write error\n");
        rc = EG_EXIT_IO;
    }
    eg_acc_free(ctx.discovered);
    eg_corpus_free(corpus);
    eg_resources_free(res);
    cli_res_destroy(&res_o);
    return rc;
}
