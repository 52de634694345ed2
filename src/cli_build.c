/* cli_build: `entgraph build`: options, the run, the summary and the ranking. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "build.h"
#include "cli.h"

static const char help[] =
    "Usage: entgraph build [OPTIONS] INPUT...\n"
    "Tags entities in articles, links them by co-occurrence and by verbs, writes\n"
    "graphs (GraphML, DOT, node-link JSON), mentions.jsonl and rankings.tsv, and\n"
    "prints the most central entities.\n\n"
    "INPUT is a text file (one article), a folder (walked recursively: .txt, .text,\n"
    ".md are articles, .jsonl/.ndjson are JSON Lines), a JSON Lines file, or - for\n"
    "standard input.\n\n"
    "Resources:\n"
    "  -g, --gazetteer PATH       add a gazetteer file or folder (repeatable)\n"
    "      --no-default-gazetteers  leave out the bundled entity lists\n"
    "      --patterns FILE        add a verb-pattern file (repeatable)\n"
    "      --rules FILE           add a recogniser rule file (repeatable)\n"
    "      --ignore-case          match names without case (acronyms still need capitals)\n"
    "Graph:\n"
    "      --window W             sentence (default), paragraph or article\n"
    "      --min-weight N         drop co-occurrence edges seen in fewer than N windows\n"
    "      --max-window-entities N  entities per window paired (default 50)\n"
    "      --evidence N           supporting sentences kept per edge (default 3)\n"
    "      --measures LIST        comma-separated measures to compute (default all):\n"
    "                             degree,strength,pagerank,betweenness,eigenvector,\n"
    "                             community,relations (in_degree, out_degree and\n"
    "                             relation_pagerank); --rank's measure is always added\n"
    "      --exact-betweenness-max N  exact betweenness up to N nodes (default 5000),\n"
    "                             sampled above\n"
    "      --seed N               random seed for communities and sampling (default 42)\n"
    "Output:\n"
    "  -o, --output DIR           output folder (default output)\n"
    "      --rank MEASURE         measure to rank by (default pagerank)\n"
    "      --top N                rows of the printed ranking (default 10)\n"
    "      --dot-top N            nodes kept in the DOT files (default 200), and the\n"
    "                             4*N heaviest edges among them\n"
    "Input:\n"
    "      --strict               a malformed record or a binary file stops the run\n"
    "                             (exit 3; invalid UTF-8 is kept, with a warning)\n"
    "      --dedupe               drop repeated article ids and identical texts\n"
    "Run:\n"
    "  -j, --threads N            worker threads (default: all cores)\n"
    "      --timings              print the time of each stage on stderr\n"
    "  -q, --quiet                no progress, summary, notes or warnings on stderr\n"
    "                             (errors still show)\n"
    "  -h, --help                 this help\n\n"
    "Exit status: 0 ok, 1 internal error, 2 usage, 3 data error (with --strict), 4 I/O\n"
    "error (an input could not be read: nothing is written), 5 bad gazetteer/rule/\n"
    "pattern file, 6 out of memory, 130 interrupted.\n";

static int extra(void *vctx, int c, const char *arg) {
    (void)arg;
    if (c != CLI_OPT_TIMINGS)
        return 0;
    *(int *)vctx = 1;
    return 1;
}

int cli_build(int argc, char **argv) {
    eg_build_opts o;
    cli_job job;
    int timings = 0, rc;
#ifdef __GLIBC__
    /* A fixed threshold, so that blocks of 1 MiB and more always get
     * mappings of their own, returned to the system when freed. glibc's
     * default one rises to the size of each large block freed (up to 32
     * MiB), after which such blocks come from the heap and stay resident as
     * holes once freed: at 64 MiB of input the graph stage then held about
     * 24 MB more (igraph's vectors on top of the merged tables). */
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
    if (cli_job_parse(&job, &o, "build", help, argc, argv, CLI_RES | CLI_RUN | CLI_OUT | CLI_INPUT,
                      NULL, extra, &timings, &rc))
        return rc;
    if (optind >= argc) {
        cli_job_end(&job);
        return cli_usage_error("build", "no INPUT given");
    }
    if (cli_finish_output(&o.out) != 0) {
        cli_job_end(&job);
        return cli_usage_error("build", "%s", cli_option_error);
    }
    if ((rc = cli_stdin_once("build", (const char *const *)argv + optind,
                             (size_t)(argc - optind))) != 0) {
        cli_job_end(&job);
        return rc;
    }
    /* A missing INPUT is an error before anything is read or written. */
    for (int i = optind; i < argc; i++) {
        struct stat sb;
        if (strcmp(argv[i], "-") != 0 && stat(argv[i], &sb) != 0) {
            eg_error e;
            eg_error_clear(&e);
            eg_error_set(&e, EG_ERR_IO, argv[i], 0, 0, "cannot open: %s", strerror(errno));
            rc = cli_fail(&e);
            cli_job_end(&job);
            return rc;
        }
    }
    int quiet = job.quiet;
    if (job.env.progress)
        o.run.progress = cli_progress;
    eg_error err;
    eg_error_clear(&err);
    eg_resources *res = NULL;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    eg_status st = cli_resources_load(&job, &res, &err);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double t_load = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
    if (st != EG_OK) {
        cli_job_end(&job);
        eg_error_set(&err, st, NULL, 0, 0, "%s", eg_status_name(st)); /* if no one said why */
        return cli_fail(&err);
    }
    eg_build_report rep;
    eg_build_report_init(&rep);
    rc = EG_EXIT_OK;
    o.release = &res;
    st = eg_build(res, (const char *const *)argv + optind, (size_t)(argc - optind), &o, &rep, &err);
    if (job.env.progress)
        fputs("\r\033[K", stderr);
    if (st == EG_ERR_IO && rep.summary.skipped_unreadable) {
        /* Each unreadable input was named above as an error, even under -q. */
        fprintf(stderr,
                "entgraph: %llu input(s) could not be read (see the errors above); no "
                "output written\n",
                (unsigned long long)rep.summary.skipped_unreadable);
        rc = EG_EXIT_IO;
    } else if (st != EG_OK) {
        eg_error_set(&err, st, NULL, 0, 0, "%s", eg_status_name(st));
        rc = cli_fail(&err);
    } else {
        fputs(rep.table.data ? rep.table.data : "", stdout);
        errno = 0;
        if (fflush(stdout) != 0 || ferror(stdout)) { /* the outputs are written all the same */
            fprintf(stderr, "entgraph: <stdout>: cannot write the ranking: %s\n",
                    strerror(errno ? errno : EIO));
            rc = EG_EXIT_IO;
        }
        if (!quiet)
            cli_print_summary(&rep, o.out.outdir);
        if (timings)
            fprintf(stderr,
                    "timings: load %.3f s; read %.3f s, tag %.3f s, records %.3f s (thread "
                    "seconds); merge %.3f s, model %.3f s, measures %.3f s, write %.3f s; "
                    "run %.3f s; %.1f MiB\n",
                    t_load, rep.times.read, rep.times.tag, rep.times.records, rep.times.merge,
                    rep.t_model, rep.t_measures, rep.t_write, rep.t_total,
                    (double)rep.summary.bytes / (1024.0 * 1024.0));
        if (rep.summary.skipped_unreadable && rc == EG_EXIT_OK)
            rc = EG_EXIT_IO;
    }
    eg_build_report_destroy(&rep);
    eg_resources_free(res);
    cli_job_end(&job);
    return rc;
}
