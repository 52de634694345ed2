/* test_ranking: order by measure with ties by mentions, name, key, unknown and
 * uncomputed measures, an order kept by eg_rank_prepare, rankings.tsv byte for byte, and the
 * aligned table with wide characters, cut names and dropped bidirectional marks. */
#include "analysis.h"
#include "check.h"
#include "graph_fixture.h"
#include "ranking.h"

#define LONG_NAME "Long\tname\nwith breaks and a very long tail beyond forty columns"

/* a Bob, b Alice, c Zoë, d 東京, e Alice (second), f a long name, g RTL */
static void model(eg_model *m) {
    eg_model_init(m);
    fx_node(m, "a", "Bob", "person", 5);
    fx_node(m, "b", "Alice", "person", 5);
    fx_node(m, "c", "Zo\xC3\xAB", "organisation", 9);
    fx_node(m, "d", "\xE6\x9D\xB1\xE4\xBA\xAC", "location", 1);
    fx_node(m, "e", "Alice", "person", 5);
    fx_node(m, "f", LONG_NAME, "agency", 2);
    fx_node(m, "g",
            "\xE2\x80\x8F"
            "Rtl",
            "country", 0);
    m->nodes[6].discovered = 1;
    fx_co(m, 0, 1, 2);
    fx_co(m, 0, 2, 1);
    fx_co(m, 2, 3, 4);
}

static void analyse(const eg_model *m, unsigned measures, eg_measures *ms) {
    eg_analysis_opts o;
    eg_analysis_opts_default(&o);
    o.measures = measures;
    CHECK_INT(eg_analyse(m, &o, ms, NULL), EG_OK);
}

static void order_is(const eg_model *m, const eg_measures *ms, const char *measure,
                     const char *keys) {
    size_t order[7];
    char got[8];
    CHECK_INT(eg_rank_order(m, ms, measure, order), 0);
    for (size_t i = 0; i < 7; i++)
        got[i] = m->nodes[order[i]].key[0];
    got[7] = '\0';
    CHECK_STR(got, keys);
}

static void test_order(void) {
    eg_model m;
    eg_measures ms;
    size_t order[7];
    model(&m);
    analyse(&m, EG_M_DEGREE | EG_M_STRENGTH, &ms);
    order_is(&m, &ms, "mentions", "cbeafdg"); /* 5s: Alice (b), Alice (e), Bob */
    order_is(&m, &ms, "degree", "cabdefg");   /* ties: more mentions first (Zoë 9, Bob 5) */
    order_is(&m, &ms, "strength", "cdabefg");
    order_is(&m, &ms, "articles", "cbeafdg");
    order_is(&m, NULL, "mentions", "cbeafdg");
    CHECK_INT(eg_rank_order(&m, &ms, "pagerank", order), -1); /* not computed */
    CHECK_INT(eg_rank_order(&m, &ms, "closeness", order), -1);
    CHECK_INT(eg_rank_order(&m, NULL, "degree", order), -1);
    CHECK_STR(eg_rank_default_measure(&ms), "mentions");
    /* an order kept by eg_rank_prepare serves its own measure only */
    CHECK_INT(eg_rank_prepare(&m, &ms, "strength"), 0);
    order_is(&m, &ms, "strength", "cdabefg");
    order_is(&m, &ms, "degree", "cabdefg");
    order_is(&m, &ms, "mentions", "cbeafdg");
    CHECK_INT(eg_rank_prepare(&m, &ms, "closeness"), -1);
    CHECK(ms.rank_order == NULL);
    order_is(&m, &ms, "strength", "cdabefg");
    eg_measures_destroy(&ms);
    analyse(&m, EG_M_ALL, &ms);
    CHECK_STR(eg_rank_default_measure(&ms), "pagerank");
    CHECK_STR(eg_rank_default_measure(NULL), "mentions");
    eg_measures_destroy(&ms);
    eg_model_destroy(&m);
}

static char *tsv(const eg_model *m, const eg_measures *ms, const char *measure, eg_status *st) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    eg_error err;
    eg_error_clear(&err);
    *st = eg_write_rankings_tsv(m, ms, measure, f, &err);
    fclose(f);
    return buf;
}

static void test_tsv(void) {
    eg_model m;
    eg_measures ms;
    eg_status st;
    model(&m);
    analyse(&m, EG_M_DEGREE | EG_M_STRENGTH, &ms);
    char *s = tsv(&m, &ms, "degree", &st);
    CHECK_INT(st, EG_OK);
    CHECK_STR(s, "rank\tkey\tname\ttype\tdiscovered\tmentions\tarticles\tdegree\tstrength\n"
                 "1\tc\tZo\xC3\xAB\torganisation\t0\t9\t5\t2\t5\n"
                 "2\ta\tBob\tperson\t0\t5\t3\t2\t3\n"
                 "3\tb\tAlice\tperson\t0\t5\t3\t1\t2\n"
                 "4\td\t\xE6\x9D\xB1\xE4\xBA\xAC\tlocation\t0\t1\t1\t1\t4\n"
                 "5\te\tAlice\tperson\t0\t5\t3\t0\t0\n"
                 "6\tf\tLong name with breaks and a very long tail beyond forty columns\tagency\t0"
                 "\t2\t1\t0\t0\n"
                 "7\tg\t\xE2\x80\x8FRtl\tcountry\t1\t0\t0\t0\t0\n");
    free(s);
    s = tsv(&m, &ms, "pagerank", &st);
    CHECK_INT(st, EG_ERR_USAGE);
    free(s);
    s = tsv(&m, &ms, "nope", &st);
    CHECK_INT(st, EG_ERR_USAGE);
    free(s);
    eg_measures_destroy(&ms);

    /* reals with six decimals, in column order */
    analyse(&m, EG_M_PAGERANK | EG_M_COMMUNITY | EG_M_RELATIONS, &ms);
    s = tsv(&m, &ms, NULL, &st);
    CHECK_INT(st, EG_OK);
    const char *nl = s ? strchr(s, '\n') : NULL;
    CHECK(nl != NULL);
    if (nl) {
        CHECK(strncmp(s,
                      "rank\tkey\tname\ttype\tdiscovered\tmentions\tarticles\tpagerank\tcommunity"
                      "\tin_degree\tout_degree\trelation_pagerank\n",
                      (size_t)(nl - s + 1)) == 0);
        char row[200];
        snprintf(row, sizeof row,
                 "1\tc\tZo\xC3\xAB\torganisation\t0\t9\t5\t%.6f\t%ld\t0\t0\t%.6f\n", ms.pagerank[2],
                 ms.community[2], ms.rel_pagerank[2]);
        CHECK(strncmp(nl + 1, row, strlen(row)) == 0);
    }
    free(s);
    eg_measures_destroy(&ms);
    eg_model_destroy(&m);
}

static void test_table(void) {
    eg_model m;
    eg_measures ms;
    eg_strbuf sb;
    model(&m);
    analyse(&m, EG_M_DEGREE | EG_M_STRENGTH, &ms);
    eg_strbuf_init(&sb);
    CHECK_INT(eg_format_ranking_table(&m, &ms, "mentions", 4, &sb), 0);
    CHECK_STR(sb.data, "rank  name   type          mentions  degree  strength\n"
                       "   1  Zo\xC3\xAB    organisation         9       2         5\n"
                       "   2  Alice  person               5       1         2\n"
                       "   3  Alice  person               5       0         0\n"
                       "   4  Bob    person               5       2         3\n");
    eg_strbuf_clear(&sb);
    CHECK_INT(eg_format_ranking_table(&m, &ms, "strength", 0, &sb), 0);
    /* 東京 is four columns wide; the long name is cut to 40 columns; the
     * right-to-left mark is dropped */
    CHECK_STR(sb.data,
              "rank  name                                      type          mentions  degree  "
              "strength\n"
              "   1  Zo\xC3\xAB                                       organisation         9  "
              "     2         5\n"
              "   2  \xE6\x9D\xB1\xE4\xBA\xAC                                      location      "
              "       1       1         4\n"
              "   3  Bob                                       person               5       2  "
              "       3\n"
              "   4  Alice                                     person               5       1  "
              "       2\n"
              "   5  Alice                                     person               5       0  "
              "       0\n"
              "   6  Long name with breaks and a very long t\xE2\x80\xA6  agency               2  "
              "     0         0\n"
              "   7  Rtl                                       country              0       0  "
              "       0\n");
    eg_strbuf_clear(&sb);
    CHECK_INT(eg_format_ranking_table(&m, &ms, "eigenvector", 3, &sb), -1);
    eg_strbuf_destroy(&sb);
    eg_measures_destroy(&ms);

    /* betweenness has two decimals in the table, other reals six; a and c
     * both lie on two paths of b-a-c-d, and Zoë (9 mentions) goes before Bob (5) */
    analyse(&m, EG_M_BETWEENNESS | EG_M_PAGERANK, &ms);
    eg_strbuf_init(&sb);
    CHECK_INT(eg_format_ranking_table(&m, &ms, "betweenness", 1, &sb), 0);
    char want[200];
    snprintf(want, sizeof want,
             "rank  name  type          mentions  pagerank  betweenness\n"
             "   1  Zo\xC3\xAB   organisation         9  %.6f         2.00\n",
             ms.pagerank[2]);
    CHECK_STR(sb.data, want);
    eg_strbuf_destroy(&sb);
    eg_measures_destroy(&ms);

    /* an empty model prints the header only */
    eg_model_destroy(&m);
    eg_model_init(&m);
    analyse(&m, EG_M_DEGREE, &ms);
    eg_strbuf_init(&sb);
    CHECK_INT(eg_format_ranking_table(&m, &ms, NULL, 10, &sb), 0);
    CHECK_STR(sb.data, "rank  name  type  mentions  degree\n");
    eg_strbuf_destroy(&sb);
    eg_measures_destroy(&ms);
    eg_model_destroy(&m);
}

int main(void) {
    test_order();
    test_tsv();
    test_table();
    return check_finish();
}
