/* analysis: node measures on the two layers (degree, strength, PageRank,
 * betweenness, eigenvector centrality, Leiden communities; relation in/out
 * degree and PageRank) and the table of measure names shared by the writers.
 * Results depend only on the model and the options: runs are reproducible. */
#ifndef EG_ANALYSIS_H
#define EG_ANALYSIS_H

#include <stddef.h>

#include "error.h"
#include "graph.h"
#include "model.h"

/* Bits of eg_analysis_opts.measures. */
enum {
    EG_M_DEGREE = 1u << 0,
    EG_M_STRENGTH = 1u << 1,
    EG_M_PAGERANK = 1u << 2,
    EG_M_BETWEENNESS = 1u << 3,
    EG_M_EIGENVECTOR = 1u << 4,
    EG_M_COMMUNITY = 1u << 5,
    EG_M_RELATIONS = 1u << 6, /* in_degree, out_degree, relation_pagerank */
    EG_M_ALL = (1u << 7) - 1
};

typedef struct eg_measures {
    size_t n; /* = model->nnodes */
    /* co-occurrence graph; NULL if not computed */
    double *degree;      /* edges (unweighted) */
    double *strength;    /* sum of edge weights */
    double *pagerank;    /* weighted, damping 0.85; sums to 1 */
    double *betweenness; /* weights read as lengths 1/w; estimated when sampled */
    double *eigenvector; /* weighted, max = 1; all 0 when the graph has no edges */
    long *community;     /* Leiden; 0 is the community of the lowest-index node, ... */
    /* relation graph; NULL if not computed */
    double *in_degree, *out_degree; /* summed relation counts */
    double *rel_pagerank;           /* directed, weighted by count */
    int betweenness_sampled;        /* 1 if sampled (approximate) */
    size_t betweenness_sources;     /* sources used when sampled */
    double modularity;              /* of `community`; 0 when the graph has no edges */
    long ncommunities;              /* -1 if not computed */
    /* node order by one rank key, kept by eg_rank_prepare (ranking.h) so that
     * the writers sort once; NULL when not prepared */
    size_t *rank_order;
    int rank_order_key;
} eg_measures;

typedef struct eg_analysis_opts {
    unsigned measures;                  /* EG_M_* bits; default EG_M_ALL */
    size_t exact_betweenness_max_nodes; /* default 5000: above it, sample */
    size_t betweenness_samples;         /* default 500 sources */
    unsigned long seed;                 /* default 42 */
    unsigned threads; /* for sampled betweenness; default 0 = one per processor (at most 8) */
} eg_analysis_opts;

void eg_analysis_opts_default(eg_analysis_opts *o);

/* Computes the measures selected in `o` (NULL = defaults) into `out`, which
 * the caller releases with eg_measures_destroy (also after a failure). */
eg_status eg_analyse(const eg_model *m, const eg_analysis_opts *o, eg_measures *out, eg_error *err);
void eg_measures_destroy(eg_measures *ms);

/* Betweenness on gr's undirected graph counting only shortest paths that
 * start at one of sources[0..k) (weights read as lengths 1/w): what
 * igraph_betweenness_subset gives with every vertex a target, computed
 * with Brandes' algorithm in up to `threads` threads (0 = one per
 * processor, at most 8) and summed in a fixed order, so the result does not
 * depend on the thread count. Fills res[0..gr->nv). */
eg_status eg_betweenness_sources(const eg_graph *gr, const size_t *sources, size_t k,
                                 unsigned threads, double *res, eg_error *err);

/* Measure columns, in output order. */
typedef enum {
    EG_COL_DEGREE,
    EG_COL_STRENGTH,
    EG_COL_PAGERANK,
    EG_COL_BETWEENNESS,
    EG_COL_EIGENVECTOR,
    EG_COL_COMMUNITY,
    EG_COL_IN_DEGREE,
    EG_COL_OUT_DEGREE,
    EG_COL_REL_PAGERANK,
    EG_NCOLS
} eg_measure_col;

/* "degree", "strength", "pagerank", "betweenness", "eigenvector",
 * "community", "in_degree", "out_degree", "relation_pagerank". */
const char *eg_measure_name(eg_measure_col col);
/* The column for a measure name, or -1. */
int eg_measure_col_find(const char *name);
/* The EG_M_* bit computing a column. */
unsigned eg_measure_col_bit(eg_measure_col col);
/* 1 for measures whose values are whole numbers (printed without decimals). */
int eg_measure_is_integer(eg_measure_col col);
/* 1 if ms holds the column. */
int eg_measure_available(const eg_measures *ms, eg_measure_col col);
/* Value of a column for node i (the column must be available). */
double eg_measure_get(const eg_measures *ms, eg_measure_col col, size_t i);

/* Maps a name accepted by --measures and --rank to its EG_M_* bit: the
 * column names above, plus "mentions" and "articles" (model counts, always
 * available: bit 0). Returns 0, or -1 for an unknown name. */
int eg_measure_bit(const char *name, unsigned *bit);
/* Parses a comma-separated list of measure names (or "all") into EG_M_*
 * bits. EG_ERR_USAGE names the unknown measure and lists the valid ones. */
eg_status eg_measures_parse(const char *list, unsigned *bits, eg_error *err);

#endif
