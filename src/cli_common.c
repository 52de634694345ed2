/* cli_common: exit codes, diagnostics, signals and shared option parsing. */
#include "cli.h"

#include <errno.h>
#include <igraph.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "build.h"
#include "graph.h"
#include "outfile.h"

volatile sig_atomic_t cli_interrupted;

static void on_diag(void *ud, eg_severity sev, const eg_error *d) {
    cli_env *env = ud;
    if (env->quiet && sev != EG_SEV_ERROR)
        return;
    char buf[1200];
    if (env->progress)
        fputs("\r\033[K", stderr);
    fprintf(stderr, "entgraph: %s%s\n",
            sev == EG_SEV_WARNING ? "warning: "
            : sev == EG_SEV_NOTE  ? "note: "
                                  : "",
            eg_error_format(d, buf, sizeof buf));
}

void cli_env_init(cli_env *env, int quiet) {
    memset(env, 0, sizeof *env);
    env->quiet = quiet;
    env->progress = !quiet && isatty(STDERR_FILENO);
    env->diag.fn = on_diag;
    env->diag.userdata = env;
}

static void on_signal(int sig) {
    (void)sig;
    cli_interrupted = 1;
    /* While the outputs are being renamed into place the cleanup defers:
     * the commit finishes (whole new outputs) and the run ends normally. */
    if (eg_outfile_cleanup_all() != 0)
        return;
    _exit(EG_EXIT_INTERRUPTED);
}

/* igraph calls this on a failed internal assertion (seen after an allocation
 * failed inside it) and must not come back: remove the temporary files and
 * leave with a message, as for any other out-of-memory failure. */
static void on_igraph_fatal(const char *reason, const char *file, int line) {
    eg_outfile_cleanup_all();
    fprintf(stderr, "entgraph: fatal error in igraph (%s, %s:%d), most likely out of memory\n",
            reason ? reason : "?", file ? file : "?", line);
    fflush(stderr);
    _exit(EG_EXIT_NOMEM);
}

/* glibc gives memory back to the kernel (brk shrink, munmap) whenever the
 * free block at the top of the heap passes 128 KiB, and takes it again on the
 * next malloc. PCRE2's JIT compiler and the per-article buffers free and
 * allocate such blocks many times a second; each round trip costs page faults
 * and TLB flushes, which are slow in virtual machines (the verb patterns' JIT
 * took 0.14 s of a 0.31 s start-up that way). A process-wide trim threshold of
 * 256 MiB and a 16 MiB top pad stop the churn; peak RSS is unchanged, only
 * memory freed after the peak stays with the process until it exits. */
static void tune_allocator(void) {
#ifdef __GLIBC__
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
#endif
}

void cli_setup_process(void) {
    tune_allocator();
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    eg_graph_setup();
    igraph_set_fatal_handler(on_igraph_fatal);
}

int cli_exit_code(eg_status st) {
    switch (st) {
    case EG_OK:
        return EG_EXIT_OK;
    case EG_ERR_NOMEM:
        return EG_EXIT_NOMEM;
    case EG_ERR_IO:
        return EG_EXIT_IO;
    case EG_ERR_DATA:
        return EG_EXIT_DATA;
    case EG_ERR_CONFIG:
        return EG_EXIT_CONFIG;
    case EG_ERR_USAGE:
        return EG_EXIT_USAGE;
    case EG_ERR_INTERRUPTED:
        return EG_EXIT_INTERRUPTED;
    case EG_ERR_GRAPH:
    case EG_ERR_INTERNAL:
        return EG_EXIT_FAILURE;
    }
    return EG_EXIT_FAILURE;
}

int cli_fail(const eg_error *err) {
    char buf[1200];
    fprintf(stderr, "entgraph: %s\n", eg_error_format(err, buf, sizeof buf));
    return cli_exit_code(err->code ? err->code : EG_ERR_INTERNAL);
}

int cli_try_help(const char *cmd) {
    fprintf(stderr, "Try 'entgraph %s --help'.\n", cmd);
    return EG_EXIT_USAGE;
}

void cli_set_progname(char **argv, const char *cmd) {
    static char name[64];
    snprintf(name, sizeof name, "entgraph %s", cmd);
    argv[0] = name;
}

int cli_usage_error(const char *cmd, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "entgraph %s: ", cmd);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\nTry 'entgraph %s --help'.\n", cmd);
    va_end(ap);
    return EG_EXIT_USAGE;
}

int cli_stdin_once(const char *cmd, const char *const *inputs, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += strcmp(inputs[i], "-") == 0;
    if (k > 1)
        return cli_usage_error(cmd, "standard input ('-') can be given only once");
    return 0;
}

int cli_parse_size(const char *s, size_t *out) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || s[0] == '-')
        return -1;
    *out = (size_t)v;
    return 0;
}

void cli_progress(void *ctx, uint64_t articles, uint64_t bytes, double seconds) {
    (void)ctx;
    double mb = (double)bytes / 1e6;
    fprintf(stderr, "\r\033[Kentgraph: %llu articles, %.1f MB, %.1f MB/s",
            (unsigned long long)articles, mb, seconds > 0 ? mb / seconds : 0.0);
    fflush(stderr);
}

static int push(const char ***v, size_t *n, const char *arg) {
    const char **p = realloc(*v, (*n + 1) * sizeof **v);
    if (!p)
        return -1;
    p[(*n)++] = arg;
    *v = p;
    return 0;
}

int cli_res_add(cli_res_opts *r, int which, const char *arg) {
    if (which == 'g')
        return push(&r->gaz, &r->ngaz, arg);
    if (which == 'p')
        return push(&r->pat, &r->npat, arg);
    return push(&r->rul, &r->nrul, arg);
}

void cli_res_finish(cli_res_opts *r) {
    r->o.gazetteers = r->gaz;
    r->o.ngazetteers = r->ngaz;
    r->o.patterns = r->pat;
    r->o.npatterns = r->npat;
    r->o.rules = r->rul;
    r->o.nrules = r->nrul;
}

void cli_res_destroy(cli_res_opts *r) {
    free(r->gaz);
    free(r->pat);
    free(r->rul);
}

/* ---- options shared by build, tag, map and graph ------------------------ */

enum {
    OPT_NO_DEFAULT = 256,
    OPT_PATTERNS,
    OPT_RULES,
    OPT_IGNORE_CASE,
    OPT_WINDOW,
    OPT_MIN_WEIGHT,
    OPT_MAX_WINDOW,
    OPT_EVIDENCE,
    OPT_MEASURES,
    OPT_EXACT_BTW,
    OPT_SEED,
    OPT_RANK,
    OPT_TOP,
    OPT_DOT_TOP,
    OPT_STRICT,
    OPT_DEDUPE
};

const struct option cli_longopts[] = {
    {"gazetteer", required_argument, NULL, 'g'},
    {"no-default-gazetteers", no_argument, NULL, OPT_NO_DEFAULT},
    {"patterns", required_argument, NULL, OPT_PATTERNS},
    {"rules", required_argument, NULL, OPT_RULES},
    {"ignore-case", no_argument, NULL, OPT_IGNORE_CASE},
    {"window", required_argument, NULL, OPT_WINDOW},
    {"min-weight", required_argument, NULL, OPT_MIN_WEIGHT},
    {"max-window-entities", required_argument, NULL, OPT_MAX_WINDOW},
    {"evidence", required_argument, NULL, OPT_EVIDENCE},
    {"measures", required_argument, NULL, OPT_MEASURES},
    {"exact-betweenness-max", required_argument, NULL, OPT_EXACT_BTW},
    {"seed", required_argument, NULL, OPT_SEED},
    {"output", required_argument, NULL, 'o'},
    {"rank", required_argument, NULL, OPT_RANK},
    {"top", required_argument, NULL, OPT_TOP},
    {"dot-top", required_argument, NULL, OPT_DOT_TOP},
    {"strict", no_argument, NULL, OPT_STRICT},
    {"dedupe", no_argument, NULL, OPT_DEDUPE},
    {"threads", required_argument, NULL, 'j'},
    {"timings", no_argument, NULL, CLI_OPT_TIMINGS},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}};

char cli_option_error[256];

/* Out of memory while parsing options: not a usage error. */
static int oom(void) {
    snprintf(cli_option_error, sizeof cli_option_error, "out of memory");
    return -2;
}

static int bad(const char *msg) {
    snprintf(cli_option_error, sizeof cli_option_error, "%s", msg);
    return -1;
}

/* Parses "degree,pagerank,..." into EG_M_* bits: "all", "relations" (the
 * three relation-graph measures) or any name --rank takes. 1, -1 for an
 * unknown name, -2 on ENOMEM. */
static int parse_measures(const char *list, unsigned *bits) {
    char *copy = strdup(list);
    if (!copy)
        return oom();
    *bits = 0;
    int rc = 1;
    for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok;
         tok = strtok_r(NULL, ",", &save)) {
        unsigned b;
        if (!strcmp(tok, "all"))
            *bits |= EG_M_ALL;
        else if (!strcmp(tok, "relations"))
            *bits |= EG_M_RELATIONS;
        else if (eg_measure_bit(tok, &b) == 0)
            *bits |= b;
        else {
            snprintf(cli_option_error, sizeof cli_option_error,
                     "unknown measure '%.60s' in --measures (known: all, degree, strength, "
                     "pagerank, betweenness, eigenvector, community, relations, in_degree, "
                     "out_degree, relation_pagerank)",
                     tok);
            rc = -1;
            break;
        }
    }
    free(copy);
    return rc;
}

int cli_option(int c, const char *arg, cli_res_opts *ro, eg_build_opts *o, unsigned groups) {
    size_t n;
    if ((groups & CLI_RES) && (c == 'g' || c == OPT_PATTERNS || c == OPT_RULES) && !*arg)
        return bad(c == 'g' ? "--gazetteer takes a file or folder name"
                            : "--patterns and --rules take a file name");
    if (groups & CLI_RES) {
        switch (c) {
        case 'g':
            return cli_res_add(ro, 'g', arg) ? oom() : 1;
        case OPT_NO_DEFAULT:
            ro->o.no_default_gazetteers = 1;
            return 1;
        case OPT_PATTERNS:
            return cli_res_add(ro, 'p', arg) ? oom() : 1;
        case OPT_RULES:
            return cli_res_add(ro, 'r', arg) ? oom() : 1;
        case OPT_IGNORE_CASE:
            o->run.tagger.ignore_case = 1;
            return 1;
        }
    }
    if (groups & CLI_WINDOW) {
        switch (c) {
        case OPT_WINDOW:
            if (!strcmp(arg, "sentence"))
                o->run.contrib.window = EG_WINDOW_SENTENCE;
            else if (!strcmp(arg, "paragraph"))
                o->run.contrib.window = EG_WINDOW_PARAGRAPH;
            else if (!strcmp(arg, "article"))
                o->run.contrib.window = EG_WINDOW_ARTICLE;
            else
                return bad("--window takes sentence, paragraph or article");
            return 1;
        }
    }
    if (groups & CLI_TAGGING) {
        switch (c) {
        case OPT_MAX_WINDOW:
            if (cli_parse_size(arg, &n) || n < 2)
                return bad("--max-window-entities takes a number >= 2");
            o->run.contrib.max_window_entities = o->run.tagger.max_window_entities = n;
            return 1;
        }
    }
    if (groups & CLI_EVIDENCE) {
        switch (c) {
        case OPT_EVIDENCE:
            if (cli_parse_size(arg, &n))
                return bad("--evidence takes a whole number");
            o->run.contrib.limits.evidence = n;
            return 1;
        }
    }
    if (groups & CLI_THREADS) {
        switch (c) {
        case 'j':
            if (cli_parse_size(arg, &n) || n == 0 || n > 256)
                return bad("--threads takes a number from 1 to 256");
            o->run.threads = n;
            o->out.analysis.threads = n;
            return 1;
        }
    }
    if (groups & CLI_INPUT) {
        switch (c) {
        case OPT_STRICT:
            o->corpus.strict = 1;
            return 1;
        case OPT_DEDUPE:
            o->corpus.dedupe = 1;
            return 1;
        }
    }
    if (groups & CLI_OUT) {
        switch (c) {
        case OPT_MIN_WEIGHT:
            if (cli_parse_size(arg, &n))
                return bad("--min-weight takes a whole number");
            o->out.min_weight = n;
            return 1;
        case OPT_MEASURES:
            return parse_measures(arg, &o->out.analysis.measures);
        case OPT_EXACT_BTW:
            if (cli_parse_size(arg, &n))
                return bad("--exact-betweenness-max takes a whole number");
            o->out.analysis.exact_betweenness_max_nodes = n;
            return 1;
        case OPT_SEED:
            if (cli_parse_size(arg, &n))
                return bad("--seed takes a whole number");
            o->out.analysis.seed = n;
            return 1;
        case 'o':
            if (!*arg) /* "" would name the root folder once joined with file names */
                return bad("--output takes a folder name");
            o->out.outdir = arg;
            return 1;
        case OPT_RANK:
            o->out.rank_measure = arg;
            return 1;
        case OPT_TOP:
            if (cli_parse_size(arg, &n))
                return bad("--top takes a whole number");
            o->out.top = n;
            return 1;
        case OPT_DOT_TOP:
            if (cli_parse_size(arg, &n) || n == 0)
                return bad("--dot-top takes a number >= 1");
            o->out.dot_top = n;
            return 1;
        }
    }
    return 0;
}

int cli_finish_output(eg_output_opts *o) {
    unsigned bit;
    if (eg_measure_bit(o->rank_measure, &bit) != 0) {
        snprintf(cli_option_error, sizeof cli_option_error, "unknown --rank measure '%s'",
                 o->rank_measure);
        return -1;
    }
    o->analysis.measures |= bit;
    return 0;
}

void cli_print_summary(const eg_build_report *rep, const char *outdir) {
    const eg_summary *s = &rep->summary;
    size_t dirlen = strlen(outdir);
    while (dirlen > 0 && outdir[dirlen - 1] == '/')
        dirlen--; /* "-o out/" is reported as out/, "-o /" as / */
    fprintf(stderr,
            "entgraph: %llu articles (%llu empty, %.2f MB); skipped %llu binary, %llu unreadable, "
            "%llu duplicate; %llu records rejected; %llu article warnings\n",
            (unsigned long long)s->articles_read, (unsigned long long)s->articles_empty,
            (double)s->bytes / 1e6, (unsigned long long)s->skipped_binary,
            (unsigned long long)s->skipped_unreadable, (unsigned long long)s->skipped_duplicate,
            (unsigned long long)s->records_rejected, (unsigned long long)s->warnings);
    fprintf(stderr,
            "entgraph: %zu entities, %zu co-occurrence edges, %zu relation edges, %llu mentions, "
            "%llu ambiguous short forms, %llu windows over the entity cap; wrote %.*s/\n",
            rep->nodes, rep->co_edges, rep->rel_edges, (unsigned long long)s->mentions,
            (unsigned long long)s->ambiguous, (unsigned long long)s->capped_windows, (int)dirlen,
            outdir);
    if (rep->betweenness_sampled)
        fprintf(stderr, "entgraph: note: betweenness is sampled (approximate) for this size\n");
}

/* ---- commands that stream articles ---------------------------------------- */

int cli_job_parse(cli_job *job, eg_build_opts *opts, const char *cmd, const char *help, int argc,
                  char **argv, unsigned groups, const struct option *extra_opts, cli_extra_fn extra,
                  void *ctx, int *rc) {
    memset(job, 0, sizeof *job);
    job->cmd = cmd;
    job->o = opts;
    eg_build_opts_default(opts);
    struct option all[64];
    size_t k = 0;
    for (size_t i = 0; cli_longopts[i].name && k < 48; i++)
        all[k++] = cli_longopts[i];
    for (size_t i = 0; extra_opts && extra_opts[i].name && k < 63; i++)
        all[k++] = extra_opts[i];
    all[k] = (struct option){NULL, 0, NULL, 0};
    optind = 1;
    cli_set_progname(argv, cmd);
    for (;;) {
        int li = -1;
        int c = getopt_long(argc, argv, "g:o:j:qh", all, &li);
        if (c == -1)
            break;
        if (c == '?') { /* getopt said what is wrong, as "entgraph CMD: ..." */
            *rc = cli_try_help(cmd);
            goto stop;
        }
        if (c == 'q') {
            job->quiet = 1;
            continue;
        }
        if (c == 'h') {
            fputs(help, stdout);
            *rc = EG_EXIT_OK;
            goto stop;
        }
        int r = extra ? extra(ctx, c, optarg) : 0;
        if (r == 0)
            r = cli_option(c, optarg, &job->ro, opts, groups);
        if (r == -2) {
            fprintf(stderr, "entgraph: out of memory\n");
            *rc = EG_EXIT_NOMEM;
            goto stop;
        }
        if (r <= 0) {
            if (r == 0 && li >= 0) /* a shared option this command does not take */
                snprintf(cli_option_error, sizeof cli_option_error,
                         "option '--%s' does not apply to %s", all[li].name, cmd);
            else if (r == 0)
                snprintf(cli_option_error, sizeof cli_option_error,
                         "option '-%c' does not apply to %s", c, cmd);
            *rc = cli_usage_error(cmd, "%s", cli_option_error);
            goto stop;
        }
    }
    cli_res_finish(&job->ro);
    cli_env_init(&job->env, job->quiet);
    opts->diag = &job->env.diag;
    opts->run.tagger.diag = &job->env.diag;
    opts->run.interrupted = &cli_interrupted;
    return 0;
stop:
    cli_res_destroy(&job->ro);
    memset(&job->ro, 0, sizeof job->ro);
    return 1;
}

int cli_job_run(cli_job *job, const char *const *inputs, size_t n, eg_consume_fn consume,
                void *ctx) {
    static const char *const stdin_input[] = {"-"};
    int urc = cli_stdin_once(job->cmd, inputs, n);
    if (urc)
        return urc;
    eg_error err;
    eg_error_clear(&err);
    eg_status st = cli_resources_load(job, &job->res, &err);
    if (st != EG_OK) {
        eg_error_set(&err, st, NULL, 0, 0, "%s", eg_status_name(st)); /* if no one said why */
        return cli_fail(&err);
    }
    job->warnings_before = job->env.diag.warnings;
    job->corpus =
        eg_corpus_new(n ? inputs : stdin_input, n ? n : 1, &job->o->corpus, &job->env.diag);
    if (!job->corpus)
        st = eg_error_set(&err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    else
        st = eg_run_articles(job->corpus, job->res, &job->o->run, consume, ctx, NULL, &err);
    if (job->corpus)
        eg_corpus_stats(job->corpus, &job->stats);
    if (st == EG_OK) {
        errno = 0;
        if (fflush(stdout) != 0 || ferror(stdout))
            st = eg_error_set(&err, EG_ERR_IO, "<stdout>", 0, 0, "cannot write: %s",
                              strerror(errno ? errno : EIO));
    }
    if (st != EG_OK) {
        eg_error_set(&err, st, NULL, 0, 0, "%s", eg_status_name(st));
        return cli_fail(&err);
    }
    return job->stats.skipped_unreadable ? EG_EXIT_IO : EG_EXIT_OK;
}

eg_status cli_resources_load(cli_job *job, eg_resources **out, eg_error *err) {
    eg_status st = eg_resources_load(&job->ro.o, &job->env.diag, out, err);
    if (st != EG_ERR_IO || !err || !err->source[0])
        return st;
    char *bundled = job->ro.o.bundled ? strdup(job->ro.o.bundled) : eg_resources_locate(NULL);
    if (!bundled)
        return st;
    size_t n = strlen(bundled);
    while (n > 1 && bundled[n - 1] == '/')
        n--;
    if (strncmp(err->source, bundled, n) == 0 && err->source[n] == '/') {
        err->code = st = EG_ERR_CONFIG;
        size_t len = strlen(err->text);
        snprintf(err->text + len, sizeof err->text - len,
                 " (the bundled gazetteers folder is incomplete)");
    }
    free(bundled);
    return st;
}

void cli_job_end(cli_job *job) {
    eg_corpus_free(job->corpus);
    eg_resources_free(job->res);
    cli_res_destroy(&job->ro);
    job->corpus = NULL;
    job->res = NULL;
}
