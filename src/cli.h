/* cli: what the subcommands share: exit codes, diagnostics on stderr,
 * signal handling, option helpers. Only the executable links these. */
#ifndef EG_CLI_H
#define EG_CLI_H

#include <getopt.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "build.h"
#include "resources.h"

/* Exit statuses (documented in README and --help). */
enum {
    EG_EXIT_OK = 0,
    EG_EXIT_FAILURE = 1, /* internal error */
    EG_EXIT_USAGE = 2,   /* bad option or argument */
    EG_EXIT_DATA = 3,    /* bad input data (with --strict, or records rejected by reduce/graph) */
    EG_EXIT_IO = 4,      /* a file could not be read or written */
    EG_EXIT_CONFIG = 5,  /* bad gazetteer, rule or pattern file */
    EG_EXIT_NOMEM = 6,   /* out of memory */
    EG_EXIT_INTERRUPTED = 130
};

typedef struct cli_env {
    int quiet;
    int progress; /* stderr is a terminal and not quiet */
    eg_diag diag;
} cli_env;

extern volatile sig_atomic_t cli_interrupted;

void cli_env_init(cli_env *env, int quiet);
/* Once at start-up: signal handlers, igraph's error handlers, malloc tuning. */
void cli_setup_process(void);
int cli_exit_code(eg_status st);
/* Prints "entgraph: <formatted error>" and returns the exit code. */
int cli_fail(const eg_error *err);
/* Prints "entgraph CMD: <message>" and the --help hint (the form getopt's own
 * messages take too); returns the usage exit code. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints "Try 'entgraph CMD --help'." and returns the usage exit code. */
int cli_try_help(const char *cmd);
/* Makes getopt's own messages start "entgraph CMD:" (argv[0] is replaced by a
 * static string). */
void cli_set_progname(char **argv, const char *cmd);
int cli_parse_size(const char *s, size_t *out);
/* Standard input ("-") can be read once: a second "-" among the n inputs is a
 * usage error (reported; returns its exit code), else 0. */
int cli_stdin_once(const char *cmd, const char *const *inputs, size_t n);
void cli_progress(void *ctx, uint64_t articles, uint64_t bytes, double seconds);

/* Resource options shared by build, tag, map and eval. */
typedef struct cli_res_opts {
    eg_resources_opts o;
    const char **gaz, **pat, **rul;
    size_t ngaz, npat, nrul;
} cli_res_opts;
int cli_res_add(cli_res_opts *r, int which, const char *arg); /* which: 'g', 'p', 'r' */
void cli_res_finish(cli_res_opts *r);
void cli_res_destroy(cli_res_opts *r);

/* Options shared by several commands. cli_option handles option `c` if it is
 * in one of the groups asked for: 1 handled, 0 not ours, -1 bad value (the
 * message is in cli_option_error). */
struct eg_build_opts;
struct eg_output_opts;
struct eg_build_report;
enum {
    CLI_RES = 1,       /* -g, --no-default-gazetteers, --patterns, --rules, --ignore-case */
    CLI_THREADS = 2,   /* -j/--threads */
    CLI_OUT = 4,       /* -o and the graph options of build */
    CLI_INPUT = 8,     /* --strict, --dedupe */
    CLI_TAGGING = 16,  /* --max-window-entities */
    CLI_WINDOW = 32,   /* --window */
    CLI_EVIDENCE = 64, /* --evidence */
    CLI_RUN = CLI_THREADS | CLI_TAGGING | CLI_WINDOW | CLI_EVIDENCE
};
enum { CLI_OPT_TIMINGS = 300 }; /* build's --timings, handled by the command */
extern const struct option cli_longopts[];
extern char cli_option_error[256];
int cli_option(int c, const char *arg, cli_res_opts *ro, struct eg_build_opts *o, unsigned groups);
/* Checks --rank and adds its measure to the computed ones; -1 on error. */
int cli_finish_output(struct eg_output_opts *o);
void cli_print_summary(const struct eg_build_report *rep, const char *outdir);

/* A command's run: its options, environment, resources and corpus. */
typedef struct cli_job {
    const char *cmd;
    eg_build_opts *o; /* points at `opts` */
    cli_res_opts ro;
    cli_env env;
    int quiet;
    eg_resources *res;
    eg_corpus *corpus;
    eg_summary stats; /* the corpus counts after cli_job_run */
    unsigned long warnings_before;
} cli_job;

/* A command's own options: returns 1 if it handled option `c`, -1 for a bad
 * value (message in cli_option_error), 0 if `c` is not its option. */
typedef int (*cli_extra_fn)(void *ctx, int c, const char *arg);

/* Parses argv with the shared options of `groups` plus `extra_opts` (a
 * NULL-terminated table handled by `extra`); -q and -h are handled here.
 * Returns 0 to go on (operands are argv[optind..]), or 1 when the command
 * must return *rc now (help printed or usage error reported). */
int cli_job_parse(cli_job *job, struct eg_build_opts *opts, const char *cmd, const char *help,
                  int argc, char **argv, unsigned groups, const struct option *extra_opts,
                  cli_extra_fn extra, void *ctx, int *rc);
/* Loads the resources, opens the inputs ("-" when n == 0) and runs every
 * article through `consume`. Returns an exit code, printing any failure. */
int cli_job_run(cli_job *job, const char *const *inputs, size_t n, eg_consume_fn consume,
                void *ctx);
void cli_job_end(cli_job *job);
/* eg_resources_load, except that a file of the bundled gazetteers folder that
 * cannot be opened is a configuration error (exit 5, like a missing bundled
 * folder), not an I/O error: the installation is incomplete. Files named on
 * the command line (-g, --rules, --patterns) stay I/O errors (exit 4). */
eg_status cli_resources_load(cli_job *job, eg_resources **out, eg_error *err);

int cli_build(int argc, char **argv);
int cli_eval(int argc, char **argv);
int cli_explain(int argc, char **argv);
int cli_map(int argc, char **argv);
int cli_reduce(int argc, char **argv);
int cli_graph(int argc, char **argv);
int cli_tag(int argc, char **argv);
int cli_rank(int argc, char **argv);

#endif
