/* test_analysis: measures on small hand-built graphs with known values,
 * sampled betweenness, Leiden determinism and renumbering, empty graphs,
 * measure names; plus a timing run on a random model (EG_BIG=1 for
 * 100,000 nodes and 1,000,000 edges). */
#include <math.h>
#include <time.h>

#include "analysis.h"
#include "check.h"
#include "export_graphml.h"
#include "graph_fixture.h"

#define CHECK_NEAR(a, b, eps)                                                                      \
    do {                                                                                           \
        double near_a_ = (a), near_b_ = (b);                                                       \
        check_count++;                                                                             \
        if (!(fabs(near_a_ - near_b_) <= (eps))) {                                                 \
            check_failures++;                                                                      \
            fprintf(stderr, "%s:%d: %s == %.9f, expected %.9f\n", __FILE__, __LINE__, #a, near_a_, \
                    near_b_);                                                                      \
        }                                                                                          \
    } while (0)

/* a-b (1), b-c (2), d isolated; relations a->b 3, a->c 1, c->a 2 */
static void tiny(eg_model *m) {
    eg_model_init(m);
    fx_node(m, "a", "A", "person", 1);
    fx_node(m, "b", "B", "person", 1);
    fx_node(m, "c", "C", "person", 1);
    fx_node(m, "d", "D", "person", 1);
    fx_co(m, 0, 1, 1);
    fx_co(m, 1, 2, 2);
    fx_rel(m, 0, 1, "accuse", 0, 0, 3);
    fx_rel(m, 0, 2, "meet", 0, 0, 1);
    fx_rel(m, 2, 0, "sue", 0, 0, 2);
}

static void test_tiny(void) {
    eg_model m;
    eg_measures ms;
    eg_error err;
    tiny(&m);
    eg_error_clear(&err);
    CHECK_INT(eg_analyse(&m, NULL, &ms, &err), EG_OK);
    CHECK_INT(ms.n, 4);
    double deg[] = {1, 2, 1, 0}, str[] = {1, 3, 2, 0};
    /* networkx 2.8 pagerank(alpha=0.85, weight="weight") on the same graphs */
    double pr[] = {0.178893179, 0.463320463, 0.310167310, 0.047619048};
    double rpr[] = {0.314592412, 0.339887342, 0.206185567, 0.139334680};
    double in[] = {2, 3, 1, 0}, out[] = {4, 0, 2, 0};
    for (int i = 0; i < 4; i++) {
        CHECK(ms.degree[i] == deg[i]);
        CHECK(ms.strength[i] == str[i]);
        CHECK_NEAR(ms.pagerank[i], pr[i], 1e-6);
        CHECK_NEAR(ms.rel_pagerank[i], rpr[i], 1e-6);
        CHECK(ms.in_degree[i] == in[i]);
        CHECK(ms.out_degree[i] == out[i]);
    }
    /* only b lies between two others */
    CHECK(ms.betweenness[0] == 0 && ms.betweenness[1] == 1 && ms.betweenness[2] == 0 &&
          ms.betweenness[3] == 0);
    CHECK_INT(ms.betweenness_sampled, 0);
    /* eigenvector: max 1 at b, d isolated 0 */
    CHECK_NEAR(ms.eigenvector[1], 1.0, 1e-9);
    CHECK(ms.eigenvector[0] > 0 && ms.eigenvector[0] < ms.eigenvector[2]);
    CHECK(ms.eigenvector[3] == 0.0);
    /* weighted adjacency [[0,1,0],[1,0,2],[0,2,0]]: x_a/x_b = 1/sqrt(5) */
    CHECK_NEAR(ms.eigenvector[0], 1 / sqrt(5.0), 1e-6);
    CHECK_NEAR(ms.eigenvector[2], 2 / sqrt(5.0), 1e-6);
    CHECK(ms.community != NULL);
    CHECK_INT(ms.community[0], 0);
    eg_measures_destroy(&ms);
    CHECK(ms.degree == NULL);

    /* only what was asked for */
    eg_analysis_opts o;
    eg_analysis_opts_default(&o);
    o.measures = EG_M_DEGREE | EG_M_RELATIONS;
    CHECK_INT(eg_analyse(&m, &o, &ms, &err), EG_OK);
    CHECK(ms.degree && !ms.strength && !ms.pagerank && !ms.betweenness && !ms.eigenvector);
    CHECK(!ms.community && ms.in_degree && ms.out_degree && ms.rel_pagerank);
    CHECK_INT(ms.ncommunities, -1);
    eg_measures_destroy(&ms);
    o.measures = EG_M_COMMUNITY;
    CHECK_INT(eg_analyse(&m, &o, &ms, &err), EG_OK);
    CHECK(ms.community && !ms.strength && !ms.in_degree);
    eg_measures_destroy(&ms);
    eg_model_destroy(&m);
}

/* Triangle a-b (10), b-c (10), a-c (1): as lengths 1/w the way a..c goes
 * through b, so b has betweenness 1 (with raw weights as lengths it would
 * be 0). Then a weighted path. */
static void test_betweenness_lengths(void) {
    eg_model m;
    eg_measures ms;
    eg_model_init(&m);
    fx_node(&m, "a", "A", "person", 1);
    fx_node(&m, "b", "B", "person", 1);
    fx_node(&m, "c", "C", "person", 1);
    fx_co(&m, 0, 1, 10);
    fx_co(&m, 0, 2, 1);
    fx_co(&m, 1, 2, 10);
    CHECK_INT(eg_analyse(&m, NULL, &ms, NULL), EG_OK);
    CHECK(ms.betweenness[0] == 0 && ms.betweenness[1] == 1 && ms.betweenness[2] == 0);
    eg_measures_destroy(&ms);
    eg_model_destroy(&m);

    /* path p0-p1-p2-p3-p4: interior betweenness 3, 4, 3 whatever the weights */
    eg_model_init(&m);
    const char *keys[] = {"p0", "p1", "p2", "p3", "p4"};
    for (int i = 0; i < 5; i++)
        fx_node(&m, keys[i], keys[i], "person", 1);
    for (uint32_t i = 0; i < 4; i++)
        fx_co(&m, i, i + 1, 1 + i);
    CHECK_INT(eg_analyse(&m, NULL, &ms, NULL), EG_OK);
    CHECK(ms.betweenness[0] == 0 && ms.betweenness[1] == 3 && ms.betweenness[2] == 4 &&
          ms.betweenness[3] == 3 && ms.betweenness[4] == 0);
    eg_measures_destroy(&ms);
    eg_model_destroy(&m);
}

/* On a cycle every source adds the same total, so the scaled sample keeps
 * the exact total. */
static void test_betweenness_sampled(void) {
    eg_model m;
    eg_measures exact, s1, s2;
    eg_analysis_opts o;
    eg_model_init(&m);
    enum { N = 20 };
    for (int i = 0; i < N; i++) {
        char key[16];
        snprintf(key, sizeof key, "c%02d", i);
        fx_node(&m, key, key, "person", 1);
    }
    fx_co(&m, 0, 1, 1);
    fx_co(&m, 0, N - 1, 1);
    for (uint32_t i = 1; i + 1 < N; i++)
        fx_co(&m, i, i + 1, 1);
    eg_analysis_opts_default(&o);
    o.measures = EG_M_BETWEENNESS;
    CHECK_INT(eg_analyse(&m, &o, &exact, NULL), EG_OK);
    CHECK_INT(exact.betweenness_sampled, 0);
    double sum_exact = 0;
    for (int i = 0; i < N; i++)
        sum_exact += exact.betweenness[i];
    CHECK_NEAR(exact.betweenness[0], exact.betweenness[7], 1e-9);

    o.exact_betweenness_max_nodes = 5;
    o.betweenness_samples = 7;
    o.seed = 3;
    CHECK_INT(eg_analyse(&m, &o, &s1, NULL), EG_OK);
    CHECK_INT(eg_analyse(&m, &o, &s2, NULL), EG_OK);
    CHECK_INT(s1.betweenness_sampled, 1);
    CHECK_INT(s1.betweenness_sources, 7);
    double sum = 0;
    int same = 1, differs = 0;
    for (int i = 0; i < N; i++) {
        sum += s1.betweenness[i];
        same &= s1.betweenness[i] == s2.betweenness[i];
        differs |= fabs(s1.betweenness[i] - exact.betweenness[i]) > 1e-6;
    }
    CHECK_NEAR(sum, sum_exact, 1e-6);
    CHECK(same);
    CHECK(differs); /* a sample of 7 of 20 sources is not uniform per vertex */
    eg_measures_destroy(&s1);
    eg_measures_destroy(&s2);

    /* as many samples as nodes: exact */
    o.betweenness_samples = N;
    CHECK_INT(eg_analyse(&m, &o, &s1, NULL), EG_OK);
    CHECK_INT(s1.betweenness_sampled, 0);
    CHECK_NEAR(s1.betweenness[3], exact.betweenness[3], 1e-9);
    eg_measures_destroy(&s1);
    eg_measures_destroy(&exact);
    eg_model_destroy(&m);
}

/* Two 5-cliques joined by one edge, their nodes interleaved by index so the
 * renumbering (community 0 holds node 0, community 1 node 1) is visible. */
/* The threaded Brandes code against igraph_betweenness_subset on a random
 * weighted graph, and the same bits whatever the thread count. */
static void test_betweenness_vs_igraph(void) {
    eg_model m;
    eg_graph gr;
    eg_error err;
    fx_random(&m, 1500, 6000, 11);
    eg_error_clear(&err);
    CHECK_INT(eg_graph_build(&gr, &m, EG_LAYER_COOCCURRENCE, NULL, &err), EG_OK);
    size_t sources[40];
    for (size_t i = 0; i < 40; i++)
        sources[i] = i * 37 % 1500;
    double *one = malloc(1500 * sizeof *one), *two = malloc(1500 * sizeof *two);
    CHECK_INT(eg_betweenness_sources(&gr, sources, 40, 1, one, &err), EG_OK);
    CHECK_INT(eg_betweenness_sources(&gr, sources, 40, 3, two, &err), EG_OK);
    CHECK(memcmp(one, two, 1500 * sizeof *one) == 0);

    igraph_vector_t len, res;
    igraph_vector_int_t src;
    igraph_vs_t vs;
    igraph_vector_init(&len, (igraph_integer_t)gr.ne);
    for (size_t e = 0; e < gr.ne; e++)
        VECTOR(len)[e] = 1.0 / VECTOR(gr.weights)[e];
    igraph_vector_init(&res, 0);
    igraph_vector_int_init(&src, 40);
    for (size_t i = 0; i < 40; i++)
        VECTOR(src)[i] = (igraph_integer_t)sources[i];
    igraph_vs_vector(&vs, &src);
    CHECK_INT(igraph_betweenness_subset(&gr.g, &res, igraph_vss_all(), IGRAPH_UNDIRECTED, vs,
                                        igraph_vss_all(), &len),
              IGRAPH_SUCCESS);
    double worst = 0, total = 0;
    for (size_t i = 0; i < 1500; i++) {
        double d = fabs(one[i] - VECTOR(res)[i]) / (1 + fabs(VECTOR(res)[i]));
        worst = d > worst ? d : worst;
        total += one[i];
    }
    CHECK(worst < 1e-9);
    CHECK(total > 1000); /* the sample is not trivially empty */
    igraph_vector_int_destroy(&src);
    igraph_vector_destroy(&res);
    igraph_vector_destroy(&len);
    free(one);
    free(two);
    eg_graph_destroy(&gr);
    eg_model_destroy(&m);
}

static void test_leiden(void) {
    eg_model m;
    eg_measures a, b;
    eg_model_init(&m);
    for (int i = 0; i < 10; i++) {
        char key[16];
        snprintf(key, sizeof key, "k%d", i);
        fx_node(&m, key, key, "person", 1);
    }
    /* clique A = {0,2,4,6,8}, clique B = {1,3,5,7,9}, bridge 8-9 */
    for (uint32_t i = 0; i < 10; i++)
        for (uint32_t j = i + 1; j < 10; j++)
            if ((i % 2) == (j % 2) || (i == 8 && j == 9))
                fx_co(&m, i, j, 1);
    CHECK_INT(eg_analyse(&m, NULL, &a, NULL), EG_OK);
    CHECK_INT(eg_analyse(&m, NULL, &b, NULL), EG_OK);
    CHECK_INT(a.ncommunities, 2);
    for (int i = 0; i < 10; i++) {
        CHECK_INT(a.community[i], i % 2);
        CHECK_INT(b.community[i], a.community[i]);
    }
    /* 21 edges; each side 10 internal edges and degree sum 21 */
    CHECK_NEAR(a.modularity, 2 * (10.0 / 21 - 0.25), 1e-9);
    CHECK(a.modularity == b.modularity);
    eg_measures_destroy(&a);
    eg_measures_destroy(&b);

    /* another seed still finds the two cliques, numbered the same way */
    eg_analysis_opts o;
    eg_analysis_opts_default(&o);
    o.seed = 12345;
    CHECK_INT(eg_analyse(&m, &o, &a, NULL), EG_OK);
    for (int i = 0; i < 10; i++)
        CHECK_INT(a.community[i], i % 2);
    eg_measures_destroy(&a);
    eg_model_destroy(&m);
}

static void test_empty(void) {
    eg_model m;
    eg_measures ms;
    eg_error err;
    eg_model_init(&m);
    eg_error_clear(&err);
    CHECK_INT(eg_analyse(&m, NULL, &ms, &err), EG_OK);
    CHECK_INT(ms.n, 0);
    CHECK(ms.degree && ms.pagerank && ms.community && ms.rel_pagerank);
    CHECK_INT(ms.ncommunities, 0);
    eg_measures_destroy(&ms);

    fx_node(&m, "x", "X", "person", 1);
    fx_node(&m, "y", "Y", "person", 1);
    fx_node(&m, "z", "Z", "person", 1);
    CHECK_INT(eg_analyse(&m, NULL, &ms, &err), EG_OK);
    for (int i = 0; i < 3; i++) {
        CHECK(ms.degree[i] == 0);
        CHECK_NEAR(ms.pagerank[i], 1.0 / 3, 1e-12);
        CHECK_NEAR(ms.rel_pagerank[i], 1.0 / 3, 1e-12);
        CHECK(ms.betweenness[i] == 0);
        CHECK(ms.eigenvector[i] == 0);
        CHECK_INT(ms.community[i], i);
    }
    CHECK_INT(ms.ncommunities, 3);
    CHECK(ms.modularity == 0.0);
    eg_measures_destroy(&ms);
    eg_model_destroy(&m);
}

static void test_names(void) {
    unsigned bits = 99;
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_measures_parse("degree, pagerank", &bits, &err), EG_OK);
    CHECK_INT(bits, EG_M_DEGREE | EG_M_PAGERANK);
    CHECK_INT(eg_measures_parse("all", &bits, &err), EG_OK);
    CHECK_INT(bits, EG_M_ALL);
    CHECK_INT(eg_measures_parse("in_degree,mentions", &bits, &err), EG_OK);
    CHECK_INT(bits, EG_M_RELATIONS);
    CHECK_INT(eg_measures_parse("degree,closeness", &bits, &err), EG_ERR_USAGE);
    CHECK(strstr(err.text, "'closeness'") != NULL);
    CHECK_INT(eg_measure_col_find("relation_pagerank"), EG_COL_REL_PAGERANK);
    CHECK_INT(eg_measure_col_find("mentions"), -1);
    CHECK_STR(eg_measure_name(EG_COL_EIGENVECTOR), "eigenvector");
    CHECK_INT(eg_measure_is_integer(EG_COL_STRENGTH), 1);
    CHECK_INT(eg_measure_is_integer(EG_COL_PAGERANK), 0);
    CHECK_INT(eg_measure_col_bit(EG_COL_OUT_DEGREE), EG_M_RELATIONS);
    unsigned bit = 7;
    CHECK_INT(eg_measure_bit("articles", &bit), 0);
    CHECK_INT(bit, 0);
    CHECK_INT(eg_measure_bit("nope", &bit), -1);
}

static double seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Timing only, never asserted: build, all measures, GraphML of both layers. */
static void timing_run(void) {
    const char *big = getenv("EG_BIG");
    int full = big && strcmp(big, "1") == 0;
    size_t n = full ? 100000 : 6000, e = full ? 1000000 : 30000;
    eg_model m;
    eg_measures ms;
    eg_error err;
    eg_error_clear(&err);
    double t0 = seconds();
    fx_random(&m, n, e, 7);
    double t1 = seconds();
    CHECK_INT(eg_analyse(&m, NULL, &ms, &err), EG_OK);
    double t2 = seconds();
    FILE *f = tmpfile();
    CHECK(f != NULL);
    if (f) {
        CHECK_INT(eg_write_graphml(&m, &ms, EG_LAYER_COOCCURRENCE, f, &err), EG_OK);
        CHECK_INT(eg_write_graphml(&m, &ms, EG_LAYER_RELATIONS, f, &err), EG_OK);
        fclose(f);
    }
    double t3 = seconds();
    printf("timing: %zu nodes, %zu co edges, %zu relations: model %.2fs, analysis %.2fs "
           "(betweenness %s, %zu sources, %ld communities, modularity %.4f), GraphML %.2fs%s\n",
           m.nnodes, m.nco, m.nrel, t1 - t0, t2 - t1, ms.betweenness_sampled ? "sampled" : "exact",
           ms.betweenness_sources, ms.ncommunities, ms.modularity, t3 - t2,
           full ? "" : " (EG_BIG=1 for the full size)");
    eg_measures_destroy(&ms);
    eg_model_destroy(&m);
}

int main(void) {
    test_tiny();
    test_betweenness_lengths();
    test_betweenness_sampled();
    test_betweenness_vs_igraph();
    test_leiden();
    test_empty();
    test_names();
    timing_run();
    return check_finish();
}
