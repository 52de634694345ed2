/* main: the entgraph command: picks the subcommand and hands over. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

#ifndef EG_VERSION
#define EG_VERSION "unknown"
#endif

static const char usage[] =
    "Usage: entgraph COMMAND [OPTIONS] ...\n"
    "Turns news articles into graphs of the people, organisations, agencies and\n"
    "countries they name.\n\n"
    "Commands:\n"
    "  build INPUT...        tag articles, build the graphs, write outputs, print a ranking\n"
    "  tag INPUT...          print each article's entities and relations as JSON Lines\n"
    "  rank FILE.graphml     read a graph back (e.g. after editing in Gephi) and rank it\n"
    "  explain A B INPUT...  every sentence that links two entities, with article ids\n"
    "  eval --gold GOLD      score tagging against gold annotations\n"
    "  map [INPUT...]        articles -> record lines (for Hadoop Streaming, Spark pipe)\n"
    "  reduce [FILE...]      merge sorted record lines with equal keys\n"
    "  graph RECORDS...      build every output from merged records\n\n"
    "Run 'entgraph COMMAND --help' for a command's options.\n"
    "Options: --help, --version\n";

static int run(int argc, char **argv) {
    if (argc < 2) {
        fputs(usage, stderr);
        return EG_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        fputs(usage, stdout);
        return EG_EXIT_OK;
    }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V")) {
        printf("entgraph %s\n", EG_VERSION);
        return EG_EXIT_OK;
    }
    cli_setup_process();
    if (!strcmp(cmd, "build"))
        return cli_build(argc - 1, argv + 1);
    if (!strcmp(cmd, "tag"))
        return cli_tag(argc - 1, argv + 1);
    if (!strcmp(cmd, "rank"))
        return cli_rank(argc - 1, argv + 1);
    if (!strcmp(cmd, "explain"))
        return cli_explain(argc - 1, argv + 1);
    if (!strcmp(cmd, "eval"))
        return cli_eval(argc - 1, argv + 1);
    if (!strcmp(cmd, "map"))
        return cli_map(argc - 1, argv + 1);
    if (!strcmp(cmd, "reduce"))
        return cli_reduce(argc - 1, argv + 1);
    if (!strcmp(cmd, "graph"))
        return cli_graph(argc - 1, argv + 1);
    fprintf(stderr, "entgraph: unknown command '%s'\n%s", cmd, usage);
    return EG_EXIT_USAGE;
}

/* Whatever a command printed must have reached standard output: a full disk
 * or a closed pipe behind it is an I/O error, not a success. A command that
 * already failed has said why. */
int main(int argc, char **argv) {
    int rc = run(argc, argv);
    errno = 0;
    if ((fflush(stdout) != 0 || ferror(stdout)) && rc == EG_EXIT_OK) {
        fprintf(stderr, "entgraph: <stdout>: cannot write%s%s\n", errno ? ": " : "",
                errno ? strerror(errno) : "");
        rc = EG_EXIT_IO;
    }
    return rc;
}
