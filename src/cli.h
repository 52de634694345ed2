/* cli: what the subcommands share: exit codes, diagnostics on stderr,
 * signal handling, option helpers. Only the executable links these. */
#ifndef EG_CLI_H
#define EG_CLI_H

#include <getopt.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
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
void cli_install_signals(void);
int cli_exit_code(eg_status st);
/* Prints "entgraph: <formatted error>" and returns the exit code. */
int cli_fail(const eg_error *err);
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int cli_parse_size(const char *s, size_t *out);
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
enum { CLI_RES = 1, CLI_RUN = 2, CLI_OUT = 4, CLI_INPUT = 8 };
enum { CLI_OPT_TIMINGS = 300 }; /* build's --timings, handled by the command */
extern const struct option cli_longopts[];
extern char cli_option_error[256];
int cli_option(int c, const char *arg, cli_res_opts *ro, struct eg_build_opts *o, unsigned groups);
/* Checks --rank and adds its measure to the computed ones; -1 on error. */
int cli_finish_output(struct eg_output_opts *o);
void cli_print_summary(const struct eg_build_report *rep, const char *outdir);

int cli_build(int argc, char **argv);
int cli_eval(int argc, char **argv);
int cli_explain(int argc, char **argv);
int cli_map(int argc, char **argv);
int cli_reduce(int argc, char **argv);
int cli_graph(int argc, char **argv);
int cli_tag(int argc, char **argv);
int cli_rank(int argc, char **argv);

#endif
