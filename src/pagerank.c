/* pagerank: deterministic weighted PageRank (power iteration over the edge
 * list in its given order; no threads, no reductions in varying order). */
#include "pagerank.h"

#include <math.h>
#include <stdlib.h>

static double weight_of(const double *w, size_t e) {
    if (!w)
        return 1.0;
    return w[e] > 0 ? w[e] : 0.0; /* NaN compares false */
}

eg_status eg_pagerank(size_t n, size_t ne, const size_t *from, const size_t *to, const double *w,
                      int directed, double damping, double *out, eg_error *err) {
    eg_status st = EG_OK;
    double *outw = NULL, *next = NULL, *px = NULL;
    size_t *pa = NULL, *pb = NULL;

    if (n == 0)
        return EG_OK;
    outw = calloc(n, sizeof *outw);
    next = malloc(n * sizeof *next);
    if (!outw || !next)
        goto nomem;
    size_t np = 0;
    for (size_t e = 0; e < ne; e++) {
        double x = weight_of(w, e);
        outw[from[e]] += x;
        if (!directed)
            outw[to[e]] += x;
        np += x > 0;
    }
    /* the rounds run over the edges of positive weight in their order: the
     * caller's arrays when every edge has one (no copy of a million edges at
     * the peak), else a gathered copy, so no round tests a weight again */
    const double *cx = w;
    const size_t *ca = from, *cb = to;
    if (np != ne || !w) {
        px = malloc((np ? np : 1) * sizeof *px);
        pa = malloc((np ? np : 1) * sizeof *pa);
        pb = malloc((np ? np : 1) * sizeof *pb);
        if (!px || !pa || !pb)
            goto nomem;
        np = 0;
        for (size_t e = 0; e < ne; e++) {
            double x = weight_of(w, e);
            if (x > 0) {
                px[np] = x;
                pa[np] = from[e];
                pb[np] = to[e];
                np++;
            }
        }
        cx = px;
        ca = pa;
        cb = pb;
    }
    for (size_t v = 0; v < n; v++)
        out[v] = 1.0 / (double)n;

    for (int round = 0; round < 1000; round++) {
        double dangling = 0, total = 0, change = 0;
        for (size_t v = 0; v < n; v++)
            if (outw[v] <= 0)
                dangling += out[v];
        double base = (1.0 - damping + damping * dangling) / (double)n;
        for (size_t v = 0; v < n; v++)
            next[v] = 0;
        if (directed) {
            for (size_t e = 0; e < np; e++)
                next[cb[e]] += out[ca[e]] * cx[e] / outw[ca[e]];
        } else {
            for (size_t e = 0; e < np; e++) {
                size_t a = ca[e], b = cb[e];
                next[b] += out[a] * cx[e] / outw[a];
                next[a] += out[b] * cx[e] / outw[b];
            }
        }
        for (size_t v = 0; v < n; v++) {
            next[v] = base + damping * next[v];
            total += next[v];
        }
        for (size_t v = 0; v < n; v++) {
            double x = next[v] / total;
            change += fabs(x - out[v]);
            out[v] = x;
        }
        if (change < 1e-13)
            break;
    }
    goto done;

nomem:
    st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory in PageRank");
done:
    free(outw);
    free(next);
    free(px);
    free(pa);
    free(pb);
    return st;
}
