/* cli_rank: `entgraph rank FILE.graphml`: reads a graph back and ranks it. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "analysis.h"
#include "cli.h"
#include "graphml_read.h"
#include "ranking.h"

static const char help[] =
    "Usage: entgraph rank [OPTIONS] FILE.graphml\n"
    "Reads a GraphML file (written by entgraph build, or edited in Gephi), computes\n"
    "the measures again and prints the ranking. An undirected graph is ranked as a\n"
    "co-occurrence graph, a directed one as a relation graph.\n\n"
    "      --rank MEASURE   measure to rank by (default pagerank; relation graphs:\n"
    "                       relation_pagerank)\n"
    "      --top N          rows printed (default 10)\n"
    "      --seed N         random seed for communities and sampling (default 42)\n"
    "  -h, --help           this help\n\n"
    "A measure of the other layer (relation_pagerank on cooccurrence.graphml) is a\n"
    "usage error.\n\n"
    "Exit status: 0 ok, 1 a measure failed, 2 usage, 3 not a GraphML graph,\n"
    "4 I/O error, 6 out of memory.\n";

enum { OPT_RANK = 256, OPT_TOP, OPT_SEED };

static const struct option longopts[] = {{"rank", required_argument, NULL, OPT_RANK},
                                         {"top", required_argument, NULL, OPT_TOP},
                                         {"seed", required_argument, NULL, OPT_SEED},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};

int cli_rank(int argc, char **argv) {
    const char *measure = NULL;
    size_t top = 10, n;
    eg_analysis_opts ao;
    eg_analysis_opts_default(&ao);
    int c;
    optind = 1;
    cli_set_progname(argv, "rank");
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_RANK:
            measure = optarg;
            break;
        case OPT_TOP:
            if (cli_parse_size(optarg, &top))
                return cli_usage_error("rank", "--top takes a whole number");
            break;
        case OPT_SEED:
            if (cli_parse_size(optarg, &n))
                return cli_usage_error("rank", "--seed takes a whole number");
            ao.seed = n;
            break;
        case 'h':
            fputs(help, stdout);
            return EG_EXIT_OK;
        default: /* getopt said what is wrong */
            return cli_try_help("rank");
        }
    }
    if (optind != argc - 1)
        return cli_usage_error("rank", "give exactly one GraphML file");
    eg_error err;
    eg_error_clear(&err);
    eg_model m;
    eg_model_init(&m);
    eg_status st = eg_model_read_graphml(argv[optind], &m, &err);
    if (st != EG_OK)
        return cli_fail(&err);
    if (!measure)
        measure = m.nrel && !m.nco ? "relation_pagerank" : "pagerank";
    unsigned bit;
    if (eg_measure_bit(measure, &bit) != 0) {
        eg_model_destroy(&m);
        return cli_usage_error("rank", "unknown --rank measure '%s'", measure);
    }
    /* A measure of the layer the file does not hold would rank every node equal. */
    int rel_measure = (bit & EG_M_RELATIONS) != 0;
    if ((rel_measure && m.nco && !m.nrel) || (!rel_measure && m.nrel && !m.nco)) {
        fprintf(stderr,
                "entgraph rank: %s: --rank %s is a measure of the %s graph, but this file holds "
                "the %s graph (rank it by %s)\n",
                argv[optind], measure, rel_measure ? "directed relation" : "co-occurrence",
                rel_measure ? "undirected co-occurrence" : "directed relation",
                rel_measure ? "pagerank, degree, strength, betweenness or eigenvector"
                            : "relation_pagerank, in_degree or out_degree");
        eg_model_destroy(&m);
        return EG_EXIT_USAGE;
    }
    /* Only the measures of the layer the file holds (the other would print
     * as zeros), and the one asked for. */
    ao.measures = (m.nco ? EG_M_ALL & ~EG_M_RELATIONS : 0) | (m.nrel ? EG_M_RELATIONS : 0) | bit;
    eg_measures ms;
    memset(&ms, 0, sizeof ms);
    int rc = EG_EXIT_OK;
    st = eg_analyse(&m, &ao, &ms, &err);
    if (st != EG_OK) {
        rc = cli_fail(&err);
    } else {
        eg_strbuf sb;
        eg_strbuf_init(&sb);
        if (eg_format_ranking_table(&m, &ms, measure, top, &sb) != 0) {
            rc = cli_usage_error("rank", "cannot rank by '%s' on this graph", measure);
        } else {
            fputs(sb.data ? sb.data : "", stdout);
        }
        eg_strbuf_destroy(&sb);
    }
    eg_measures_destroy(&ms);
    eg_model_destroy(&m);
    return rc;
}
