/* pagerank: weighted PageRank by power iteration in a fixed summation order,
 * so the result is the same bit for bit on every run. igraph's PRPACK solver
 * runs under OpenMP in Debian's build and its last digits (and so the order
 * of ties in rankings) changed from run to run on large graphs. */
#ifndef EG_PAGERANK_H
#define EG_PAGERANK_H

#include <stddef.h>

#include "error.h"

/* PageRank of n vertices joined by ne edges from[e] -> to[e] with weights
 * w[e] (NULL: all 1; negative or NaN weights count as 0). With directed = 0
 * every edge is walked both ways. A vertex with no outgoing weight hands its
 * score to every vertex evenly, as igraph and networkx do. Iterates until
 * the L1 change is below 1e-13 (at most 1,000 rounds) and writes n scores
 * summing to 1 into out (caller-owned). EG_ERR_NOMEM on allocation failure. */
eg_status eg_pagerank(size_t n, size_t ne, const size_t *from, const size_t *to, const double *w,
                      int directed, double damping, double *out, eg_error *err);

#endif
