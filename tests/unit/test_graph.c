/* test_graph: igraph set-up and error capture, building both layers (with
 * and without a node subset), text cleaning, type colours, and attributes
 * served to igraph's writers (the same bytes as attributes set on the
 * graph). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "graph.h"
#include "graph_fixture.h"

static void small_model(eg_model *m) {
    eg_model_init(m);
    fx_node(m, "a", "Alice", "person", 5);
    fx_node(m, "b", "Bob", "person", 3);
    fx_node(m, "c", "Carol", "organisation", 2);
    fx_node(m, "d", "Dave", "country", 1);
    fx_co(m, 0, 1, 1);
    fx_co(m, 0, 2, 4);
    fx_co(m, 1, 2, 2);
    fx_co(m, 2, 3, 7);
    fx_rel(m, 0, 1, "accuse", 0, 0, 3);
    fx_rel(m, 2, 0, "sue", 1, 0, 1);
}

static void test_build(void) {
    eg_model m;
    eg_graph gr;
    eg_error err;
    small_model(&m);
    eg_error_clear(&err);

    CHECK_INT(eg_graph_build(&gr, &m, EG_LAYER_COOCCURRENCE, NULL, &err), EG_OK);
    CHECK_INT(igraph_vcount(&gr.g), 4);
    CHECK_INT(igraph_ecount(&gr.g), 4);
    CHECK(!igraph_is_directed(&gr.g));
    CHECK_INT(gr.nv, 4);
    CHECK_INT(gr.ne, 4);
    CHECK(VECTOR(gr.weights)[3] == 7.0);
    igraph_integer_t from, to;
    igraph_edge(&gr.g, 3, &from, &to);
    CHECK_INT(from < to ? from : to, 2);
    CHECK_INT(from < to ? to : from, 3);
    eg_graph_destroy(&gr);
    eg_graph_destroy(&gr); /* harmless twice */

    CHECK_INT(eg_graph_build(&gr, &m, EG_LAYER_RELATIONS, NULL, &err), EG_OK);
    CHECK(igraph_is_directed(&gr.g));
    CHECK_INT(igraph_ecount(&gr.g), 2);
    igraph_edge(&gr.g, 1, &from, &to);
    CHECK_INT(from, 2);
    CHECK_INT(to, 0);
    CHECK(VECTOR(gr.weights)[0] == 3.0);
    eg_graph_destroy(&gr);

    /* subset: keep a, c, d -> edges a-c and c-d */
    unsigned char keep[4] = {1, 0, 1, 1};
    CHECK_INT(eg_graph_build(&gr, &m, EG_LAYER_COOCCURRENCE, keep, &err), EG_OK);
    CHECK_INT(gr.nv, 3);
    CHECK_INT(gr.ne, 2);
    CHECK_INT(gr.vnode[0], 0);
    CHECK_INT(gr.vnode[1], 2);
    CHECK_INT(gr.vnode[2], 3);
    CHECK_INT(gr.eidx[0], 1);
    CHECK_INT(gr.eidx[1], 3);
    igraph_edge(&gr.g, 1, &from, &to);
    CHECK_INT(from < to ? from : to, 1);
    CHECK_INT(from < to ? to : from, 2);
    CHECK(VECTOR(gr.weights)[1] == 7.0);
    eg_graph_destroy(&gr);

    /* an edge pointing past the nodes is reported, not crashed on */
    m.co[3].b = 9;
    CHECK_INT(eg_graph_build(&gr, &m, EG_LAYER_COOCCURRENCE, NULL, &err), EG_ERR_INTERNAL);
    CHECK(strstr(err.text, "node 9 of 4") != NULL);
    eg_graph_destroy(&gr);
    eg_model_destroy(&m);

    /* empty model */
    eg_model_init(&m);
    eg_error_clear(&err);
    CHECK_INT(eg_graph_build(&gr, &m, EG_LAYER_RELATIONS, NULL, &err), EG_OK);
    CHECK_INT(igraph_vcount(&gr.g), 0);
    CHECK_INT(igraph_ecount(&gr.g), 0);
    eg_graph_destroy(&gr);
    eg_model_destroy(&m);
}

static void test_errors(void) {
    eg_error err;
    igraph_t g;
    igraph_vector_int_t edges;
    eg_graph_setup();
    eg_graph_setup(); /* idempotent */
    eg_graph_reset_error();
    CHECK_STR(eg_graph_last_error(), "");
    /* an odd-length edge list is an igraph error, which must not abort */
    igraph_vector_int_init(&edges, 3);
    igraph_error_t rc = igraph_create(&g, &edges, 2, IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&edges);
    CHECK(rc != IGRAPH_SUCCESS);
    CHECK(eg_graph_last_error()[0] != '\0');
    eg_error_clear(&err);
    CHECK_INT(eg_graph_fail(&err, rc, "x.graphml", "creating"), EG_ERR_GRAPH);
    CHECK_STR(err.source, "x.graphml");
    CHECK(strncmp(err.text, "creating: ", 10) == 0);
    CHECK(strlen(err.text) > 10);
    CHECK_STR(eg_graph_last_error(), "");
    eg_error_clear(&err);
    CHECK_INT(eg_graph_fail(&err, IGRAPH_ENOMEM, NULL, "x"), EG_ERR_NOMEM);
}

static void clean_is(const char *in, eg_clean_mode mode, const char *want) {
    eg_strbuf sb;
    eg_strbuf_init(&sb);
    CHECK_INT(eg_text_clean(&sb, in, mode), 0);
    CHECK_STR(sb.data ? sb.data : "", want);
    eg_strbuf_destroy(&sb);
}

static void test_clean(void) {
    clean_is("plain ASCII", EG_CLEAN_XML, "plain ASCII");
    clean_is(NULL, EG_CLEAN_XML, "");
    clean_is("a\x01"
             "b\tc\nd\re",
             EG_CLEAN_XML,
             "a\xEF\xBF\xBD"
             "b\tc\nd\re");
    clean_is("a\x01"
             "b\tc\nd\re",
             EG_CLEAN_DOT, "a b c\nd e");
    clean_is("a\x01"
             "b\tc\nd\re",
             EG_CLEAN_LINE, "a b c d e");
    clean_is("Zo\xC3\xAB \xE6\x9D\xB1 \xF0\x9F\x98\x80", EG_CLEAN_XML,
             "Zo\xC3\xAB \xE6\x9D\xB1 \xF0\x9F\x98\x80");
    /* invalid UTF-8: stray continuation, overlong, surrogate, truncated, 0xFF */
    clean_is("x\x80y", EG_CLEAN_XML, "x\xEF\xBF\xBDy");
    clean_is("\xC0\xAF", EG_CLEAN_XML, "\xEF\xBF\xBD\xEF\xBF\xBD");
    clean_is("\xED\xA0\x80", EG_CLEAN_LINE, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    clean_is("ab\xE2\x80", EG_CLEAN_XML, "ab\xEF\xBF\xBD\xEF\xBF\xBD");
    clean_is("\xFF", EG_CLEAN_DOT, "\xEF\xBF\xBD");
    /* noncharacters U+FFFE / U+FFFF, C1 control U+0085, DEL */
    clean_is("\xEF\xBF\xBE\xEF\xBF\xBF", EG_CLEAN_XML, "\xEF\xBF\xBD\xEF\xBF\xBD");
    clean_is("a\xC2\x85"
             "b\x7F",
             EG_CLEAN_XML,
             "a\xEF\xBF\xBD"
             "b\xEF\xBF\xBD");
    clean_is("a\xC2\x85"
             "b\x7F",
             EG_CLEAN_LINE, "a b ");
    /* right-to-left mark is kept */
    clean_is("\xE2\x80\x8F"
             "x",
             EG_CLEAN_XML,
             "\xE2\x80\x8F"
             "x");
}

static void test_colors(void) {
    CHECK_STR(eg_type_color("person"), "#4E79A7");
    CHECK_STR(eg_type_color("organisation"), "#F28E2B");
    CHECK_STR(eg_type_color("organization"), "#F28E2B");
    CHECK_STR(eg_type_color("agency"), "#E15759");
    CHECK_STR(eg_type_color("country"), "#59A14F");
    CHECK_STR(eg_type_color("location"), "#76B7B2");
    CHECK_STR(eg_type_color("event"), "#BAB0AC");
    CHECK_STR(eg_type_color(NULL), "#BAB0AC");
    CHECK_STR(eg_layer_name(EG_LAYER_COOCCURRENCE), "cooccurrence");
    CHECK_STR(eg_layer_name(EG_LAYER_RELATIONS), "relations");
}

/* ---- attributes served while writing ---------------------------------------- */

static int col_str(const eg_column *c, size_t i, eg_strbuf *sb) {
    return eg_strbuf_puts(sb, ((const char *const *)c->arg)[i]);
}

static double col_num(const eg_column *c, size_t i) {
    return ((const double *)c->arg)[i];
}

static void add_col(eg_columns *cs, const char *name, int edges, eg_attr_type type,
                    eg_clean_mode mode, const void *values) {
    eg_column c = {name,
                   edges,
                   type,
                   mode,
                   type == EG_ATTR_STRING ? col_str : NULL,
                   type == EG_ATTR_STRING ? NULL : col_num,
                   NULL,
                   values};
    CHECK_INT(eg_columns_add(cs, &c), 0);
}

/* The DOT text for gr: through served columns, or (cs NULL) through
 * igraph's own writer after the attributes were put on the graph. */
static char *written(eg_graph *gr, const eg_columns *cs) {
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);
    CHECK(fp != NULL);
    if (cs) {
        eg_error err;
        eg_error_clear(&err);
        CHECK_INT(eg_graph_write_dot(gr, cs, fp, "writing", &err), EG_OK);
    } else {
        CHECK_INT(igraph_write_graph_dot(&gr->g, fp), IGRAPH_SUCCESS);
    }
    fclose(fp);
    return text;
}

static void set_cleaned(eg_graph *gr, int edges, const char *name, const char *const *v, size_t n,
                        eg_clean_mode mode) {
    eg_strbuf sb;
    eg_strbuf_init(&sb);
    for (size_t i = 0; i < n; i++) {
        eg_strbuf_clear(&sb);
        CHECK_INT(eg_text_clean(&sb, v[i], mode), 0);
        const char *s = sb.data ? sb.data : "";
        CHECK_INT(edges ? igraph_cattribute_EAS_set(&gr->g, name, (igraph_integer_t)i, s)
                        : igraph_cattribute_VAS_set(&gr->g, name, (igraph_integer_t)i, s),
                  IGRAPH_SUCCESS);
    }
    eg_strbuf_destroy(&sb);
}

static void test_columns(void) {
    eg_columns cs;
    eg_columns_init(&cs);
    static const char *const a[] = {"x"}, *const b[] = {"y"};
    add_col(&cs, "name", 0, EG_ATTR_STRING, EG_CLEAN_XML, a);
    add_col(&cs, "name", 1, EG_ATTR_STRING, EG_CLEAN_XML, a); /* edges: another attribute */
    add_col(&cs, "other", 0, EG_ATTR_NUMBER, EG_CLEAN_XML, NULL);
    add_col(&cs, "name", 0, EG_ATTR_STRING, EG_CLEAN_DOT, b); /* replaces the first, in place */
    CHECK_INT(cs.n, 3);
    CHECK_STR(cs.v[0].name, "name");
    CHECK(cs.v[0].arg == b);
    CHECK_INT(cs.v[0].mode, EG_CLEAN_DOT);
    CHECK_INT(cs.v[1].edges, 1);
    CHECK_STR(cs.v[2].name, "other");
    eg_columns_destroy(&cs);
    eg_columns_destroy(&cs); /* harmless twice */
}

static void test_served(void) {
    eg_model m;
    eg_graph gr, ref;
    eg_error err;
    small_model(&m);
    eg_error_clear(&err);
    static const char *const label[] = {"Alice & <Bob>", "Zo\xC3\xAB\x01", "", "\"Dave\""};
    static const char *const date[] = {"2024-01-02", "", "bad\xFF", "tab\there"};
    eg_columns cs;
    /* DOT: strings only, cleaned for DOT. */
    eg_columns_init(&cs);
    add_col(&cs, "label", 0, EG_ATTR_STRING, EG_CLEAN_DOT, label);
    add_col(&cs, "date", 1, EG_ATTR_STRING, EG_CLEAN_DOT, date);
    CHECK_INT(eg_graph_build(&gr, &m, EG_LAYER_COOCCURRENCE, NULL, &err), EG_OK);
    char *served = written(&gr, &cs);
    CHECK_INT(eg_graph_build(&ref, &m, EG_LAYER_COOCCURRENCE, NULL, &err), EG_OK);
    set_cleaned(&ref, 0, "label", label, 4, EG_CLEAN_DOT);
    set_cleaned(&ref, 1, "date", date, 4, EG_CLEAN_DOT);
    char *direct = written(&ref, NULL);
    CHECK(served && direct && strlen(served) > 100);
    CHECK_STR(served, direct);
    free(served);
    free(direct);
    eg_graph_destroy(&ref);
    eg_graph_destroy(&gr);
    eg_columns_destroy(&cs);
    eg_model_destroy(&m);
}

int main(void) {
    test_errors();
    test_build();
    test_clean();
    test_colors();
    test_columns();
    test_served();
    return check_finish();
}
