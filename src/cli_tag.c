/* cli_tag: `entgraph tag`: each article's entities and relations as JSON
 * Lines on stdout, or with --discovered the rule-found entities to review. */
#include <errno.h>
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
    "      --ignore-case          match names without case (acronyms still need capitals)\n"
    "      --max-window-entities N  entities per sentence read for relations (default 50)\n"
    "      --discovered           instead, list entities found by rules (not in any\n"
    "                             list) as TSV: name, type, mentions, articles\n"
    "      --strict               a malformed record or a binary file stops the run\n"
    "                             (exit 3; invalid UTF-8 is kept, with a warning)\n"
    "      --dedupe               drop repeated article ids and identical texts\n"
    "  -j, --threads N            worker threads (default: all cores)\n"
    "  -q, --quiet                no warnings on stderr\n"
    "  -h, --help                 this help\n\n"
    "Exit status: 0 ok, 2 usage, 3 data error (with --strict), 4 I/O error (an input\n"
    "could not be read, or standard output not written), 5 bad gazetteer/rule/pattern\n"
    "file, 6 out of memory, 130 interrupted.\n";

enum { OPT_DISCOVERED = 1000 };
static const struct option extra_opts[] = {{"discovered", no_argument, NULL, OPT_DISCOVERED},
                                           {NULL, 0, NULL, 0}};

typedef struct tag_ctx {
    int want_discovered;
    eg_acc *discovered; /* NULL unless --discovered */
} tag_ctx;

static int extra(void *vctx, int c, const char *arg) {
    (void)arg;
    if (c != OPT_DISCOVERED)
        return 0;
    ((tag_ctx *)vctx)->want_discovered = 1;
    return 1;
}

static eg_status consume(void *vctx, eg_result *r, eg_error *err) {
    tag_ctx *ctx = vctx;
    if (!ctx->discovered) {
        if (fwrite(r->line.data, 1, r->line.len, stdout) != r->line.len)
            return eg_error_set(err, EG_ERR_IO, "<stdout>", 0, 0, "cannot write: %s",
                                strerror(errno));
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
    eg_build_opts o;
    cli_job job;
    tag_ctx ctx = {0, NULL};
    int rc;
    if (cli_job_parse(&job, &o, "tag", help, argc, argv,
                      CLI_RES | CLI_THREADS | CLI_TAGGING | CLI_INPUT, extra_opts, extra, &ctx,
                      &rc))
        return rc;
    if (optind >= argc) {
        cli_job_end(&job);
        return cli_usage_error("tag", "no INPUT given");
    }
    job.env.progress = 0;
    o.run.want_line = !ctx.want_discovered;
    o.run.want_contrib = ctx.want_discovered;
    o.run.contrib.limits.evidence = 0;
    if (ctx.want_discovered && !(ctx.discovered = eg_acc_new(NULL))) {
        cli_job_end(&job);
        return EG_EXIT_NOMEM;
    }
    rc = cli_job_run(&job, (const char *const *)argv + optind, (size_t)(argc - optind), consume,
                     &ctx);
    if (rc == EG_EXIT_OK && ctx.discovered) {
        eg_error err;
        eg_error_clear(&err);
        if (print_discovered(ctx.discovered, &err) != EG_OK)
            rc = cli_fail(&err);
    }
    eg_acc_free(ctx.discovered);
    cli_job_end(&job);
    return rc;
}
