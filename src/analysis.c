/* analysis: centralities and Leiden communities on the co-occurrence layer,
 * in/out degree and PageRank on the relation layer, computed with igraph on
 * graphs built by graph.c; a threaded Brandes for sampled betweenness; the
 * measure name table. */
#include "analysis.h"

#include "pagerank.h"

#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const struct {
    const char *name;
    unsigned bit;
    int integer;
} columns[EG_NCOLS] = {
    [EG_COL_DEGREE] = {"degree", EG_M_DEGREE, 1},
    [EG_COL_STRENGTH] = {"strength", EG_M_STRENGTH, 1},
    [EG_COL_PAGERANK] = {"pagerank", EG_M_PAGERANK, 0},
    [EG_COL_BETWEENNESS] = {"betweenness", EG_M_BETWEENNESS, 0},
    [EG_COL_EIGENVECTOR] = {"eigenvector", EG_M_EIGENVECTOR, 0},
    [EG_COL_COMMUNITY] = {"community", EG_M_COMMUNITY, 1},
    [EG_COL_IN_DEGREE] = {"in_degree", EG_M_RELATIONS, 1},
    [EG_COL_OUT_DEGREE] = {"out_degree", EG_M_RELATIONS, 1},
    [EG_COL_REL_PAGERANK] = {"relation_pagerank", EG_M_RELATIONS, 0},
};

const char *eg_measure_name(eg_measure_col col) {
    return (unsigned)col < EG_NCOLS ? columns[col].name : "";
}

int eg_measure_col_find(const char *name) {
    for (int c = 0; c < EG_NCOLS; c++)
        if (strcmp(name, columns[c].name) == 0)
            return c;
    return -1;
}

unsigned eg_measure_col_bit(eg_measure_col col) {
    return (unsigned)col < EG_NCOLS ? columns[col].bit : 0;
}

int eg_measure_is_integer(eg_measure_col col) {
    return (unsigned)col < EG_NCOLS ? columns[col].integer : 0;
}

int eg_measure_available(const eg_measures *ms, eg_measure_col col) {
    switch (col) {
    case EG_COL_DEGREE:
        return ms->degree != NULL;
    case EG_COL_STRENGTH:
        return ms->strength != NULL;
    case EG_COL_PAGERANK:
        return ms->pagerank != NULL;
    case EG_COL_BETWEENNESS:
        return ms->betweenness != NULL;
    case EG_COL_EIGENVECTOR:
        return ms->eigenvector != NULL;
    case EG_COL_COMMUNITY:
        return ms->community != NULL;
    case EG_COL_IN_DEGREE:
        return ms->in_degree != NULL;
    case EG_COL_OUT_DEGREE:
        return ms->out_degree != NULL;
    case EG_COL_REL_PAGERANK:
        return ms->rel_pagerank != NULL;
    case EG_NCOLS:
        break;
    }
    return 0;
}

double eg_measure_get(const eg_measures *ms, eg_measure_col col, size_t i) {
    switch (col) {
    case EG_COL_DEGREE:
        return ms->degree[i];
    case EG_COL_STRENGTH:
        return ms->strength[i];
    case EG_COL_PAGERANK:
        return ms->pagerank[i];
    case EG_COL_BETWEENNESS:
        return ms->betweenness[i];
    case EG_COL_EIGENVECTOR:
        return ms->eigenvector[i];
    case EG_COL_COMMUNITY:
        return (double)ms->community[i];
    case EG_COL_IN_DEGREE:
        return ms->in_degree[i];
    case EG_COL_OUT_DEGREE:
        return ms->out_degree[i];
    case EG_COL_REL_PAGERANK:
        return ms->rel_pagerank[i];
    case EG_NCOLS:
        break;
    }
    return 0.0;
}

int eg_measure_bit(const char *name, unsigned *bit) {
    int c = eg_measure_col_find(name);
    if (c >= 0) {
        *bit = columns[c].bit;
        return 0;
    }
    if (strcmp(name, "mentions") == 0 || strcmp(name, "articles") == 0) {
        *bit = 0;
        return 0;
    }
    return -1;
}

eg_status eg_measures_parse(const char *list, unsigned *bits, eg_error *err) {
    unsigned acc = 0;
    const char *p = list ? list : "";
    for (;;) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        char name[64];
        unsigned bit = 0;
        while (len > 0 && (*p == ' ' || *p == '\t')) {
            p++;
            len--;
        }
        while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t'))
            len--;
        if (len >= sizeof name)
            len = sizeof name - 1;
        memcpy(name, p, len);
        name[len] = '\0';
        if (strcmp(name, "all") == 0)
            bit = EG_M_ALL;
        else if (len > 0 && eg_measure_bit(name, &bit) != 0)
            return eg_error_set(err, EG_ERR_USAGE, NULL, 0, 0,
                                "unknown measure '%s' (known: all, degree, strength, pagerank, "
                                "betweenness, eigenvector, community, in_degree, out_degree, "
                                "relation_pagerank, mentions, articles)",
                                name);
        acc |= bit;
        if (!end)
            break;
        p = end + 1;
    }
    *bits = acc;
    return EG_OK;
}

void eg_analysis_opts_default(eg_analysis_opts *o) {
    o->measures = EG_M_ALL;
    o->exact_betweenness_max_nodes = 5000;
    o->betweenness_samples = 500;
    o->seed = 42;
    o->threads = 0;
}

void eg_measures_destroy(eg_measures *ms) {
    if (!ms)
        return;
    free(ms->degree);
    free(ms->strength);
    free(ms->pagerank);
    free(ms->betweenness);
    free(ms->eigenvector);
    free(ms->community);
    free(ms->in_degree);
    free(ms->out_degree);
    free(ms->rel_pagerank);
    free(ms->rank_order);
    memset(ms, 0, sizeof *ms);
    ms->ncommunities = -1;
}

static uint64_t splitmix64(uint64_t *state) {
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static int cmp_size(const void *a, const void *b) {
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

/* Copies an igraph vector into a new double array, folding -0 and tiny
 * negative round-off to 0. NULL on ENOMEM. */
static double *copy_real(const double *v, size_t n) {
    double *out = malloc((n ? n : 1) * sizeof *out);
    if (!out)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        double x = v[i];
        out[i] = (x < 0 && x > -1e-12) || x == 0 ? 0.0 : x;
    }
    return out;
}

#define IGCHECK(call, what)                                                                        \
    do {                                                                                           \
        igraph_error_t rc_ = (call);                                                               \
        if (rc_ != IGRAPH_SUCCESS) {                                                               \
            st = eg_graph_fail(err, rc_, NULL, what);                                              \
            goto fail;                                                                             \
        }                                                                                          \
    } while (0)

#define NOMEM(ptr)                                                                                 \
    do {                                                                                           \
        if (!(ptr)) {                                                                              \
            st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory in the analysis");     \
            goto fail;                                                                             \
        }                                                                                          \
    } while (0)

/* Sampled betweenness: Brandes' algorithm with Dijkstra from each source,
 * as igraph_betweenness_subset does with every vertex a target, but 2-3
 * times faster and run in threads (igraph is not thread-safe). Sources are
 * cut into a fixed number of chunks, each summed into its own array, and
 * the arrays are added in chunk order, so the result does not depend on
 * the number of threads. */
enum { BC_CHUNKS = 8, BC_MAX_THREADS = 8 };

typedef struct bc_shared {
    size_t n;
    const size_t *off; /* CSR: arcs of v are off[v] .. off[v+1] */
    const uint32_t *adj;
    const double *len;
    const size_t *sources;
    size_t k, nchunks;
    double *acc; /* nchunks * n */
    size_t next; /* next chunk to take */
    pthread_mutex_t lock;
    int failed;
} bc_shared;

typedef struct bc_scratch {
    double *dist, *sigma, *delta;
    int32_t *hpos; /* heap slot, -1 not queued, -2 settled */
    uint32_t *heap, *order;
} bc_scratch;

/* Equality within a relative 1e-10, as igraph compares path lengths. */
static int cmp_len(double a, double b) {
    if (a == b)
        return 0;
    if (b == INFINITY)
        return -1;
    double d = a - b, tol = 1e-10 * (fabs(a) + fabs(b));
    return d < -tol ? -1 : d > tol ? 1 : 0;
}

static void heap_up(bc_scratch *w, size_t i) {
    uint32_t v = w->heap[i];
    double d = w->dist[v];
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (w->dist[w->heap[p]] <= d)
            break;
        w->heap[i] = w->heap[p];
        w->hpos[w->heap[i]] = (int32_t)i;
        i = p;
    }
    w->heap[i] = v;
    w->hpos[v] = (int32_t)i;
}

static uint32_t heap_pop(bc_scratch *w, size_t *n) {
    uint32_t top = w->heap[0], x = w->heap[--*n];
    double d = w->dist[x];
    size_t i = 0;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= *n)
            break;
        if (c + 1 < *n && w->dist[w->heap[c + 1]] < w->dist[w->heap[c]])
            c++;
        if (w->dist[w->heap[c]] >= d)
            break;
        w->heap[i] = w->heap[c];
        w->hpos[w->heap[i]] = (int32_t)i;
        i = c;
    }
    if (*n > 0) {
        w->heap[i] = x;
        w->hpos[x] = (int32_t)i;
    }
    w->hpos[top] = -2;
    return top;
}

static void bc_source(const bc_shared *sh, bc_scratch *w, uint32_t s, double *acc) {
    size_t hn = 0, settled = 0;
    w->dist[s] = 0;
    w->sigma[s] = 1;
    w->heap[hn++] = s;
    w->hpos[s] = 0;
    while (hn > 0) {
        uint32_t v = heap_pop(w, &hn);
        double dv = w->dist[v], sv = w->sigma[v];
        w->order[settled++] = v;
        for (size_t j = sh->off[v]; j < sh->off[v + 1]; j++) {
            uint32_t u = sh->adj[j];
            if (w->hpos[u] == -2)
                continue;
            double nd = dv + sh->len[j];
            int c = cmp_len(nd, w->dist[u]);
            if (c < 0) {
                w->dist[u] = nd;
                w->sigma[u] = sv;
                if (w->hpos[u] < 0) {
                    w->heap[hn] = u;
                    w->hpos[u] = (int32_t)hn++;
                }
                heap_up(w, (size_t)w->hpos[u]);
            } else if (c == 0) {
                w->sigma[u] += sv;
            }
        }
    }
    for (size_t i = settled; i-- > 0;) {
        uint32_t u = w->order[i];
        double coef = (1 + w->delta[u]) / w->sigma[u], du = w->dist[u];
        for (size_t j = sh->off[u]; j < sh->off[u + 1]; j++) {
            uint32_t v = sh->adj[j];
            if (cmp_len(w->dist[v] + sh->len[j], du) == 0)
                w->delta[v] += w->sigma[v] * coef;
        }
        if (u != s)
            acc[u] += w->delta[u];
    }
    for (size_t i = 0; i < settled; i++) {
        uint32_t v = w->order[i];
        w->dist[v] = INFINITY;
        w->sigma[v] = w->delta[v] = 0;
        w->hpos[v] = -1;
    }
}

static void *bc_worker(void *arg) {
    bc_shared *sh = arg;
    bc_scratch w;
    size_t n = sh->n ? sh->n : 1;
    w.dist = malloc(n * sizeof *w.dist);
    w.sigma = calloc(n, sizeof *w.sigma);
    w.delta = calloc(n, sizeof *w.delta);
    w.hpos = malloc(n * sizeof *w.hpos);
    w.heap = malloc(n * sizeof *w.heap);
    w.order = malloc(n * sizeof *w.order);
    int ok = w.dist && w.sigma && w.delta && w.hpos && w.heap && w.order;
    if (ok) {
        for (size_t i = 0; i < sh->n; i++) {
            w.dist[i] = INFINITY;
            w.hpos[i] = -1;
        }
    }
    for (;;) {
        pthread_mutex_lock(&sh->lock);
        if (!ok)
            sh->failed = 1;
        size_t c = sh->failed ? sh->nchunks : sh->next++;
        pthread_mutex_unlock(&sh->lock);
        if (c >= sh->nchunks)
            break;
        for (size_t i = c * sh->k / sh->nchunks; i < (c + 1) * sh->k / sh->nchunks; i++)
            bc_source(sh, &w, (uint32_t)sh->sources[i], sh->acc + c * sh->n);
    }
    free(w.dist);
    free(w.sigma);
    free(w.delta);
    free(w.hpos);
    free(w.heap);
    free(w.order);
    return NULL;
}

eg_status eg_betweenness_sources(const eg_graph *gr, const size_t *sources, size_t k,
                                 unsigned threads, double *res, eg_error *err) {
    eg_status st = EG_OK;
    bc_shared sh;
    size_t n = gr->nv;
    size_t *off = NULL;
    uint32_t *adj = NULL;
    double *len = NULL;
    pthread_t tids[BC_MAX_THREADS];
    size_t started = 0;

    memset(&sh, 0, sizeof sh);
    if (n > UINT32_MAX)
        return eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0, "too many nodes for betweenness");
    for (size_t i = 0; i < k; i++)
        if (sources[i] >= n)
            return eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0, "betweenness source %zu of %zu",
                                sources[i], n);
    off = calloc(n + 1, sizeof *off);
    adj = malloc((2 * gr->ne + 1) * sizeof *adj);
    len = malloc((2 * gr->ne + 1) * sizeof *len);
    sh.nchunks = k < BC_CHUNKS ? k : BC_CHUNKS;
    sh.acc = calloc((sh.nchunks ? sh.nchunks : 1) * (n ? n : 1), sizeof *sh.acc);
    NOMEM(off && adj && len && sh.acc);
    for (size_t e = 0; e < gr->ne; e++) {
        igraph_integer_t a, b;
        igraph_edge(&gr->g, (igraph_integer_t)e, &a, &b);
        if (a != b) {
            off[a + 1]++;
            off[b + 1]++;
        }
    }
    for (size_t i = 0; i < n; i++)
        off[i + 1] += off[i];
    for (size_t e = 0; e < gr->ne; e++) {
        igraph_integer_t a, b;
        igraph_edge(&gr->g, (igraph_integer_t)e, &a, &b);
        if (a == b)
            continue;
        double l = 1.0 / VECTOR(gr->weights)[e];
        /* off[v] walks forward while filling and is shifted back after */
        adj[off[a]] = (uint32_t)b;
        len[off[a]++] = l;
        adj[off[b]] = (uint32_t)a;
        len[off[b]++] = l;
    }
    for (size_t i = n; i > 0; i--)
        off[i] = off[i - 1];
    off[0] = 0;

    sh.n = n;
    sh.off = off;
    sh.adj = adj;
    sh.len = len;
    sh.sources = sources;
    sh.k = k;
    if (pthread_mutex_init(&sh.lock, NULL) != 0) {
        st = eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0, "cannot create a mutex");
        goto fail;
    }
    if (threads == 0) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        threads = cpus > 0 ? (unsigned)cpus : 1;
    }
    if (threads > BC_MAX_THREADS)
        threads = BC_MAX_THREADS;
    if (threads > sh.nchunks)
        threads = (unsigned)sh.nchunks;
    for (unsigned t = 1; t < threads; t++)
        if (pthread_create(&tids[started], NULL, bc_worker, &sh) == 0)
            started++;
    bc_worker(&sh);
    for (size_t t = 0; t < started; t++)
        pthread_join(tids[t], NULL);
    pthread_mutex_destroy(&sh.lock);
    NOMEM(!sh.failed);
    for (size_t i = 0; i < n; i++) {
        double sum = 0;
        for (size_t c = 0; c < sh.nchunks; c++)
            sum += sh.acc[c * n + i];
        res[i] = sum / 2; /* halved on undirected graphs, as igraph does */
    }

fail:
    free(off);
    free(adj);
    free(len);
    free(sh.acc);
    return st;
}

static eg_status betweenness(const eg_graph *gr, const eg_analysis_opts *o, eg_measures *out,
                             eg_error *err) {
    eg_status st = EG_OK;
    size_t n = gr->nv;
    igraph_vector_t lengths, res;
    size_t *src = NULL;
    int has_len = 0, has_res = 0;

    size_t k = o->betweenness_samples ? o->betweenness_samples : 1;
    if (n <= o->exact_betweenness_max_nodes || k >= n) {
        IGCHECK(igraph_vector_init(&lengths, (igraph_integer_t)gr->ne), "betweenness");
        has_len = 1;
        for (size_t e = 0; e < gr->ne; e++)
            VECTOR(lengths)[e] = 1.0 / VECTOR(gr->weights)[e];
        IGCHECK(igraph_vector_init(&res, 0), "betweenness");
        has_res = 1;
        IGCHECK(igraph_betweenness(&gr->g, &res, igraph_vss_all(), IGRAPH_UNDIRECTED, &lengths),
                "betweenness");
        NOMEM(out->betweenness = copy_real(VECTOR(res), n));
    } else {
        /* k distinct sources by a partial Fisher-Yates shuffle with our own
         * seeded generator, so the sample never depends on igraph's RNG. */
        uint64_t state = (uint64_t)o->seed ^ 0xB5AD4ECEDA1CE2A9ull;
        NOMEM(src = malloc(n * sizeof *src));
        for (size_t i = 0; i < n; i++)
            src[i] = i;
        for (size_t i = 0; i < k; i++) {
            size_t j = i + (size_t)(splitmix64(&state) % (uint64_t)(n - i));
            size_t t = src[i];
            src[i] = src[j];
            src[j] = t;
        }
        qsort(src, k, sizeof *src, cmp_size);
        NOMEM(out->betweenness = malloc(n * sizeof *out->betweenness));
        if ((st = eg_betweenness_sources(gr, src, k, o->threads, out->betweenness, err)) != EG_OK)
            goto fail;
        for (size_t i = 0; i < n; i++)
            out->betweenness[i] = out->betweenness[i] * (double)n / (double)k;
        out->betweenness_sampled = 1;
        out->betweenness_sources = k;
    }

fail:
    free(src);
    if (has_res)
        igraph_vector_destroy(&res);
    if (has_len)
        igraph_vector_destroy(&lengths);
    return st;
}

/* Leiden optimising modularity, then communities renumbered in order of
 * their lowest node index. */
static eg_status communities(const eg_graph *gr, const igraph_vector_t *strength,
                             const eg_analysis_opts *o, eg_measures *out, eg_error *err) {
    eg_status st = EG_OK;
    size_t n = gr->nv;
    igraph_vector_int_t memb;
    int has_memb = 0;
    long *map = NULL;

    NOMEM(out->community = malloc((n ? n : 1) * sizeof *out->community));
    out->modularity = 0.0;
    if (gr->ne == 0) {
        for (size_t i = 0; i < n; i++)
            out->community[i] = (long)i;
        out->ncommunities = (long)n;
        return EG_OK;
    }
    double total = igraph_vector_sum(&gr->weights);
    igraph_integer_t nclusters = 0;
    igraph_real_t quality = 0, q = 0;
    IGCHECK(igraph_vector_int_init(&memb, (igraph_integer_t)n), "communities");
    has_memb = 1;
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)o->seed);
    IGCHECK(igraph_community_leiden(&gr->g, &gr->weights, strength, 1.0 / (2.0 * total), 0.01, 0,
                                    -1, &memb, &nclusters, &quality),
            "Leiden communities");
    NOMEM(map = malloc(((size_t)nclusters + 1) * sizeof *map));
    for (igraph_integer_t c = 0; c <= nclusters; c++)
        map[c] = -1;
    long next = 0;
    for (size_t i = 0; i < n; i++) {
        igraph_integer_t c = VECTOR(memb)[i];
        if (c < 0 || c >= nclusters + 1) {
            st = eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0, "Leiden returned community %ld",
                              (long)c);
            goto fail;
        }
        if (map[c] < 0)
            map[c] = next++;
        VECTOR(memb)[i] = map[c];
        out->community[i] = map[c];
    }
    out->ncommunities = next;
    IGCHECK(igraph_modularity(&gr->g, &memb, &gr->weights, 1.0, IGRAPH_UNDIRECTED, &q),
            "modularity");
    out->modularity = isfinite(q) ? q : 0.0;

fail:
    free(map);
    if (has_memb)
        igraph_vector_int_destroy(&memb);
    return st;
}

/* PageRank of one layer with eg_pagerank (deterministic; igraph's PRPACK
 * runs under OpenMP and its last digits vary between runs). The edge list is
 * the graph's own (igraph's from and to vectors, the endpoints IGRAPH_FROM
 * and IGRAPH_TO give): copying it would cost 16 bytes an edge on top of the
 * graph, at the graph stage's peak. */
_Static_assert(sizeof(igraph_integer_t) == sizeof(size_t),
               "igraph's vertex ids are read as size_t");
static eg_status layer_pagerank(const eg_graph *gr, int directed, double **out, eg_error *err) {
    eg_status st = EG_OK;
    *out = malloc((gr->nv ? gr->nv : 1) * sizeof **out);
    if (!*out)
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory in the analysis");
    /* vertex ids are never negative: the same values read as size_t */
    const size_t *from = (const size_t *)(const void *)VECTOR(gr->g.from);
    const size_t *to = (const size_t *)(const void *)VECTOR(gr->g.to);
    st = eg_pagerank(gr->nv, gr->ne, from, to, VECTOR(gr->weights), directed, 0.85, *out, err);
    if (st != EG_OK) {
        free(*out);
        *out = NULL;
    }
    return st;
}

static eg_status cooccurrence(const eg_model *m, const eg_analysis_opts *o, eg_measures *out,
                              eg_error *err) {
    eg_status st = EG_OK;
    eg_graph own;
    const eg_graph *gr = &own;
    igraph_vector_t v, strength;
    igraph_vector_int_t deg;
    int has_v = 0, has_strength = 0, has_deg = 0;
    unsigned want = o->measures;
    size_t n = m->nnodes;

    memset(&own, 0, sizeof own);
    if ((st = eg_graph_build(&own, m, EG_LAYER_COOCCURRENCE, NULL, err)) != EG_OK)
        goto fail;
    IGCHECK(igraph_vector_init(&v, 0), "analysis");
    has_v = 1;
    IGCHECK(igraph_vector_init(&strength, 0), "analysis");
    has_strength = 1;

    if (want & EG_M_DEGREE) {
        IGCHECK(igraph_vector_int_init(&deg, 0), "degree");
        has_deg = 1;
        IGCHECK(igraph_degree(&gr->g, &deg, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS), "degree");
        NOMEM(out->degree = malloc((n ? n : 1) * sizeof *out->degree));
        for (size_t i = 0; i < n; i++)
            out->degree[i] = (double)VECTOR(deg)[i];
    }
    if (want & (EG_M_STRENGTH | EG_M_COMMUNITY)) {
        IGCHECK(igraph_strength(&gr->g, &strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS,
                                &gr->weights),
                "strength");
        if (want & EG_M_STRENGTH)
            NOMEM(out->strength = copy_real(VECTOR(strength), n));
    }
    if (want & EG_M_PAGERANK) {
        if ((st = layer_pagerank(gr, 0, &out->pagerank, err)) != EG_OK)
            goto fail;
    }
    if (want & EG_M_BETWEENNESS) {
        if ((st = betweenness(gr, o, out, err)) != EG_OK)
            goto fail;
    }
    if (want & EG_M_EIGENVECTOR) {
        if (gr->ne == 0) {
            NOMEM(out->eigenvector = calloc(n ? n : 1, sizeof *out->eigenvector));
        } else {
            igraph_arpack_options_t ao;
            igraph_real_t value = 0;
            igraph_arpack_options_init(&ao);
            IGCHECK(igraph_eigenvector_centrality(&gr->g, &v, &value, IGRAPH_UNDIRECTED, 1,
                                                  &gr->weights, &ao),
                    "eigenvector centrality");
            NOMEM(out->eigenvector = copy_real(VECTOR(v), n));
        }
    }
    if (want & EG_M_COMMUNITY) {
        if ((st = communities(gr, &strength, o, out, err)) != EG_OK)
            goto fail;
    }

fail:
    if (has_deg)
        igraph_vector_int_destroy(&deg);
    if (has_strength)
        igraph_vector_destroy(&strength);
    if (has_v)
        igraph_vector_destroy(&v);
    eg_graph_destroy(&own);
    return st;
}

static eg_status relations(const eg_model *m, eg_measures *out, eg_error *err) {
    eg_status st = EG_OK;
    eg_graph own;
    const eg_graph *gr = &own;
    igraph_vector_t v;
    int has_v = 0;
    size_t n = m->nnodes;

    memset(&own, 0, sizeof own);
    if ((st = eg_graph_build(&own, m, EG_LAYER_RELATIONS, NULL, err)) != EG_OK)
        goto fail;
    IGCHECK(igraph_vector_init(&v, 0), "relation measures");
    has_v = 1;
    IGCHECK(igraph_strength(&gr->g, &v, igraph_vss_all(), IGRAPH_IN, IGRAPH_LOOPS, &gr->weights),
            "relation in-degree");
    NOMEM(out->in_degree = copy_real(VECTOR(v), n));
    IGCHECK(igraph_strength(&gr->g, &v, igraph_vss_all(), IGRAPH_OUT, IGRAPH_LOOPS, &gr->weights),
            "relation out-degree");
    NOMEM(out->out_degree = copy_real(VECTOR(v), n));
    if ((st = layer_pagerank(gr, 1, &out->rel_pagerank, err)) != EG_OK)
        goto fail;

fail:
    if (has_v)
        igraph_vector_destroy(&v);
    eg_graph_destroy(&own);
    return st;
}

eg_status eg_analyse(const eg_model *m, const eg_analysis_opts *o, eg_measures *out,
                     eg_error *err) {
    eg_analysis_opts defaults;
    eg_status st = EG_OK;

    if (!o) {
        eg_analysis_opts_default(&defaults);
        o = &defaults;
    }
    memset(out, 0, sizeof *out);
    out->n = m->nnodes;
    out->ncommunities = -1;
    eg_graph_setup();
    eg_graph_reset_error();

    /* One layer's graph at a time (the layers' measures do not depend on
     * each other). */
    if (o->measures & EG_M_RELATIONS) {
        if ((st = relations(m, out, err)) != EG_OK)
            return st;
    }
    if (o->measures & (EG_M_ALL & ~(unsigned)EG_M_RELATIONS)) {
        if ((st = cooccurrence(m, o, out, err)) != EG_OK)
            return st;
    }
    return EG_OK;
}
