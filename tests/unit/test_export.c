/* test_export: GraphML written and read back (by igraph, by
 * eg_model_read_graphml and, when installed, by networkx), hostile names,
 * DOT rendered by Graphviz's dot for both layers, top_n trimming, and the
 * GraphML reader's merging, defaults and errors. */
#include <math.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "analysis.h"
#include "check.h"
#include "export_dot.h"
#include "export_graphml.h"
#include "graphml_read.h"
#include "graph_fixture.h"

#define HOSTILE_QUOTE "Quote \" back\\slash"
#define HOSTILE_BREAK "line\nbreak ]; node [ <b> & AT&amp;T"
#define HOSTILE_CTRL                                                                               \
    "\xE2\x80\x8F"                                                                                 \
    "rtl \x01 ctrl \xFF bad"
#define CLEAN_CTRL                                                                                 \
    "\xE2\x80\x8F"                                                                                 \
    "rtl \xEF\xBF\xBD ctrl \xEF\xBF\xBD bad"

static char paths[32][32];
static int npaths;

/* A fresh temporary file name, removed at exit. */
static const char *tmp_path(void) {
    char *p = paths[npaths++];
    strcpy(p, "/tmp/eg_export_XXXXXX");
    int fd = mkstemp(p);
    if (fd >= 0)
        close(fd);
    return p;
}

static void cleanup(void) {
    for (int i = 0; i < npaths; i++)
        remove(paths[i]);
}

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    if (s && fread(s, 1, (size_t)n, f) != (size_t)n) {
        free(s);
        s = NULL;
    }
    if (s)
        s[n] = '\0';
    fclose(f);
    return s;
}

static size_t count(const char *hay, const char *needle) {
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        n++;
    return n;
}

static int run(const char *cmd) {
    int rc = system(cmd);
    return rc == -1 || !WIFEXITED(rc) ? -1 : WEXITSTATUS(rc);
}

/* a: quote, b: newline/brackets/ampersands, c: controls and bad UTF-8,
 * d: "-", e: "1.2.3" (isolated), f: "graph" (isolated, discovered). */
static void hostile_model(eg_model *m) {
    eg_model_init(m);
    fx_node(m, "a", HOSTILE_QUOTE, "person", 1234567);
    fx_node(m, "b", HOSTILE_BREAK, "organisation", 30);
    fx_node(m, "c", HOSTILE_CTRL, "agency", 20);
    fx_node(m, "d", "-", "country", 10);
    fx_node(m, "e", "1.2.3", "location", 5);
    fx_node(m, "f", "graph", "event", 1);
    m->nodes[5].discovered = 1;
    fx_attr(m, 0, "label", "gazetteer label");
    fx_attr(m, 0, "wikidata", "Q1");
    fx_attr(m, 2, "wikidata", "Q3 <&>");
    fx_co(m, 0, 1, 3);
    fx_co(m, 1, 2, 1234567);
    fx_co(m, 2, 3, 1);
    fx_rel(m, 0, 1, "accuse", 1, 0, 2);
    fx_rel(m, 2, 1, "graph", 0, 1, 1);
    fx_rel(m, 3, 0, "a&b \"v\"", 0, 0, 5);
}

static int write_file(const eg_model *m, const eg_measures *ms, eg_layer layer, int dot, size_t top,
                      const char *measure, const char *path) {
    eg_error err;
    eg_error_clear(&err);
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    eg_status st = dot ? eg_write_dot(m, ms, layer, top, measure, f, &err)
                       : eg_write_graphml(m, ms, layer, f, &err);
    fclose(f);
    if (st != EG_OK)
        fprintf(stderr, "write failed: %s\n", err.text);
    return st == EG_OK ? 0 : -1;
}

static void test_graphml_igraph(const eg_model *m, const eg_measures *ms) {
    const char *co = tmp_path(), *rel = tmp_path();
    CHECK_INT(write_file(m, ms, EG_LAYER_COOCCURRENCE, 0, 0, NULL, co), 0);
    CHECK_INT(write_file(m, ms, EG_LAYER_RELATIONS, 0, 0, NULL, rel), 0);

    igraph_t g;
    FILE *f = fopen(co, "rb");
    CHECK_INT(igraph_read_graph_graphml(&g, f, 0), IGRAPH_SUCCESS);
    fclose(f);
    CHECK(!igraph_is_directed(&g));
    CHECK_INT(igraph_vcount(&g), 6);
    CHECK_INT(igraph_ecount(&g), 3);
    CHECK_STR(VAS(&g, "label", 0), HOSTILE_QUOTE);
    CHECK_STR(VAS(&g, "label", 1), HOSTILE_BREAK);
    CHECK_STR(VAS(&g, "label", 2), CLEAN_CTRL);
    CHECK_STR(VAS(&g, "label", 3), "-");
    CHECK_STR(VAS(&g, "key", 4), "e");
    CHECK_STR(VAS(&g, "type", 1), "organisation");
    CHECK_STR(VAS(&g, "color", 1), "#F28E2B");
    CHECK_STR(VAS(&g, "color", 5), "#BAB0AC");
    CHECK(VAN(&g, "mentions", 0) == 1234567);
    CHECK(VAB(&g, "discovered", 5) && !VAB(&g, "discovered", 0));
    CHECK(VAN(&g, "size", 1) == 50.0 || VAN(&g, "size", 2) == 50.0);
    CHECK(VAN(&g, "size", 5) == 10.0);
    /* igraph writes doubles with 15 significant digits */
    CHECK(fabs(VAN(&g, "pagerank", 1) - ms->pagerank[1]) < 1e-14);
    CHECK(VAN(&g, "community", 0) == (double)ms->community[0]);
    CHECK_STR(VAS(&g, "gaz_label", 0), "gazetteer label");
    CHECK_STR(VAS(&g, "wikidata", 2), "Q3 <&>");
    CHECK_STR(VAS(&g, "wikidata", 1), "");
    CHECK(EAN(&g, "weight", 1) == 1234567);
    CHECK(EAN(&g, "articles", 0) == 3);
    CHECK_STR(EAS(&g, "first_date", 0), "2024-01-02");
    igraph_integer_t from, to;
    igraph_edge(&g, 1, &from, &to);
    CHECK((from == 1 && to == 2) || (from == 2 && to == 1));
    igraph_destroy(&g);

    f = fopen(rel, "rb");
    CHECK_INT(igraph_read_graph_graphml(&g, f, 0), IGRAPH_SUCCESS);
    fclose(f);
    CHECK(igraph_is_directed(&g));
    CHECK_INT(igraph_vcount(&g), 6);
    CHECK_INT(igraph_ecount(&g), 3);
    CHECK_STR(EAS(&g, "label", 0), "accuse");
    CHECK_STR(EAS(&g, "class", 0), "conflict");
    CHECK(EAN(&g, "negated", 0) == 1 && EAN(&g, "hedged", 0) == 0);
    CHECK(EAN(&g, "hedged", 1) == 1);
    CHECK(EAN(&g, "weight", 2) == 5);
    CHECK_STR(EAS(&g, "verb", 2), "a&b \"v\"");
    igraph_edge(&g, 2, &from, &to);
    CHECK_INT(from, 3);
    CHECK_INT(to, 0);
    CHECK(fabs(VAN(&g, "relation_pagerank", 0) - ms->rel_pagerank[0]) < 1e-14);
    igraph_destroy(&g);
}

/* The GraphML writer gives the bytes igraph's own writer gives for the same
 * graph: igraph reads each file and writes it again, the same. The model
 * adds to the hostile names an apostrophe, a tab (a carriage return would
 * come back from the XML reader as a newline), an
 * undirected edge stored from its larger end, a clashing attribute name
 * made of controls, and measures that are NaN (left out) or infinite. */
static void test_graphml_as_igraph(void) {
    eg_model m;
    eg_measures ms;
    eg_error err;
    hostile_model(&m);
    fx_node(&m, "g", "O'Brien\tand sons", "person", 2);
    fx_attr(&m, 6, "pagerank", "clash");
    fx_attr(&m, 6, "role\x01", "x'y");
    fx_co(&m, 6, 4, 2); /* from its larger end */
    fx_rel(&m, 6, 6, "it's", 0, 0, 1);
    eg_error_clear(&err);
    CHECK_INT(eg_analyse(&m, NULL, &ms, &err), EG_OK);
    ms.pagerank[3] = NAN;
    ms.eigenvector[4] = INFINITY;
    ms.eigenvector[5] = -INFINITY;
    ms.betweenness[6] = 1e-300;
    ms.strength[6] = 123456789012345678.0;
    ms.strength[5] = 999999999999999.0; /* whole numbers: digits up to 10^15 */
    ms.strength[4] = 1e15;
    ms.strength[3] = -0.0;
    ms.strength[2] = -42.0;
    for (int layer = 0; layer < 2; layer++) {
        const char *path = tmp_path();
        CHECK_INT(write_file(&m, &ms, (eg_layer)layer, 0, 0, NULL, path), 0);
        char *ours = slurp(path);
        igraph_t g;
        FILE *f = fopen(path, "rb");
        CHECK_INT(igraph_read_graph_graphml(&g, f, 0), IGRAPH_SUCCESS);
        fclose(f);
        /* the reader keeps the node ids as an attribute of its own */
        igraph_cattribute_remove_v(&g, "id");
        char *theirs = NULL;
        size_t len = 0;
        f = open_memstream(&theirs, &len);
        CHECK_INT(igraph_write_graph_graphml(&g, f, 1), IGRAPH_SUCCESS);
        fclose(f);
        CHECK(ours && theirs && strlen(ours) > 2000);
        CHECK_STR(ours, theirs);
        if (layer == EG_LAYER_COOCCURRENCE) {
            CHECK(strstr(ours, "<edge source=\"n4\" target=\"n6\">") != NULL);
            CHECK(strstr(ours, "O&apos;Brien\tand sons") != NULL);
            CHECK(strstr(ours, "attr.name=\"gaz_pagerank\"") != NULL);
            CHECK(strstr(ours, "<data key=\"v_eigenvector\">-Inf</data>") != NULL);
            CHECK_INT(count(ours, "<data key=\"v_pagerank\">"), 6);
            CHECK(strstr(ours, "<data key=\"v_strength\">1e+15</data>") != NULL);
            CHECK(strstr(ours, "<data key=\"v_strength\">-0</data>") != NULL);
        } else {
            CHECK(strstr(ours, "it&apos;s") != NULL);
        }
        igraph_destroy(&g);
        free(ours);
        free(theirs);
    }
    /* a write error is reported */
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        eg_error_clear(&err);
        CHECK_INT(eg_write_graphml(&m, &ms, EG_LAYER_COOCCURRENCE, full, &err), EG_ERR_IO);
        CHECK_STR(err.text, "cannot write GraphML");
        fclose(full);
    }
    eg_measures_destroy(&ms);
    eg_model_destroy(&m);
}

static void test_graphml_roundtrip(const eg_model *m, const eg_measures *ms) {
    const char *co = tmp_path(), *rel = tmp_path();
    eg_model back;
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(write_file(m, ms, EG_LAYER_COOCCURRENCE, 0, 0, NULL, co), 0);
    CHECK_INT(write_file(m, ms, EG_LAYER_RELATIONS, 0, 0, NULL, rel), 0);

    CHECK_INT(eg_model_read_graphml(co, &back, &err), EG_OK);
    CHECK_INT(back.nnodes, 6);
    for (size_t i = 0; i < back.nnodes && i < 6; i++) {
        CHECK_STR(back.nodes[i].key, m->nodes[i].key);
        CHECK_STR(back.nodes[i].type, m->nodes[i].type);
        CHECK_INT(back.nodes[i].mentions, m->nodes[i].mentions);
        CHECK_INT(back.nodes[i].articles, m->nodes[i].articles);
        CHECK_INT(back.nodes[i].discovered, m->nodes[i].discovered);
    }
    CHECK_STR(back.nodes[1].name, HOSTILE_BREAK);
    CHECK_STR(back.nodes[2].name, CLEAN_CTRL);
    /* gazetteer attributes: "gaz_label" back to "label", empty ones dropped */
    CHECK_INT(back.nodes[0].nattrs, 2);
    if (back.nodes[0].nattrs == 2) {
        CHECK_STR(back.nodes[0].attrs[0].name, "label");
        CHECK_STR(back.nodes[0].attrs[0].value, "gazetteer label");
        CHECK_STR(back.nodes[0].attrs[1].name, "wikidata");
    }
    CHECK_INT(back.nodes[1].nattrs, 0);
    CHECK_INT(back.nco, 3);
    CHECK_INT(back.nrel, 0);
    if (back.nco == 3) {
        CHECK_INT(back.co[1].a, 1);
        CHECK_INT(back.co[1].b, 2);
        CHECK_INT(back.co[1].weight, 1234567);
        CHECK_STR(back.co[0].last_date, "2024-03-04");
    }
    eg_model_destroy(&back);

    CHECK_INT(eg_model_read_graphml(rel, &back, &err), EG_OK);
    CHECK_INT(back.nco, 0);
    CHECK_INT(back.nrel, 3);
    if (back.nrel == 3) {
        CHECK_INT(back.rel[0].src, 0);
        CHECK_INT(back.rel[0].dst, 1);
        CHECK_STR(back.rel[0].verb, "accuse");
        CHECK_INT(back.rel[0].negated, 1);
        CHECK_INT(back.rel[0].count, 2);
        CHECK_STR(back.rel[0].cls, "conflict");
        CHECK_INT(back.rel[1].hedged, 1);
        CHECK_STR(back.rel[2].verb, "a&b \"v\"");
        CHECK_INT(back.rel[2].count, 5);
        CHECK(back.rel[2].reported_by == NULL);
    }
    eg_model_destroy(&back);
}

static void test_networkx(const eg_model *m, const eg_measures *ms) {
    if (access("/usr/bin/python3", X_OK) != 0 ||
        run("/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1") != 0) {
        printf("note: /usr/bin/python3 with networkx not found; networkx check skipped\n");
        return;
    }
    const char *co = tmp_path(), *rel = tmp_path();
    CHECK_INT(write_file(m, ms, EG_LAYER_COOCCURRENCE, 0, 0, NULL, co), 0);
    CHECK_INT(write_file(m, ms, EG_LAYER_RELATIONS, 0, 0, NULL, rel), 0);
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "/usr/bin/python3 -c '\n"
             "import sys, networkx as nx\n"
             "g = nx.read_graphml(sys.argv[1])\n"
             "assert g.number_of_nodes() == 6 and g.number_of_edges() == 3, g\n"
             "assert g.nodes[\"n0\"][\"label\"] == \"Quote \\\" back\\\\slash\"\n"
             "assert g.nodes[\"n1\"][\"label\"].startswith(\"line\\nbreak ]; node [ <b> &\")\n"
             "assert g.nodes[\"n1\"][\"type\"] == \"organisation\"\n"
             "assert g.nodes[\"n5\"][\"discovered\"] is True\n"
             "assert g.nodes[\"n0\"][\"mentions\"] == 1234567\n"
             "assert g.edges[\"n1\", \"n2\"][\"weight\"] == 1234567\n"
             "d = nx.read_graphml(sys.argv[2])\n"
             "assert d.is_directed() and d.number_of_edges() == 3\n"
             "assert d.edges[\"n0\", \"n1\", 0][\"label\"] == \"accuse\" if d.is_multigraph() "
             "else d.edges[\"n0\", \"n1\"][\"label\"] == \"accuse\"\n"
             "' %s %s",
             co, rel);
    CHECK_INT(run(cmd), 0);
}

static void test_dot(const eg_model *m, const eg_measures *ms) {
    const char *co = tmp_path(), *rel = tmp_path(), *err = tmp_path();
    CHECK_INT(write_file(m, ms, EG_LAYER_COOCCURRENCE, 1, 0, NULL, co), 0);
    CHECK_INT(write_file(m, ms, EG_LAYER_RELATIONS, 1, 0, NULL, rel), 0);
    char *a = slurp(co), *b = slurp(rel);
    CHECK(a && b);
    if (a && b) {
        CHECK(strncmp(strstr(a, "\n") + 1, "graph {", 7) == 0);
        CHECK(strncmp(strstr(b, "\n") + 1, "digraph {", 9) == 0);
        CHECK(strstr(a, "e+0") == NULL && strstr(b, "e+0") == NULL);
        CHECK(strstr(a, "mentions=1234567\n") != NULL);
        CHECK(strstr(a, "weight=1234567\n") != NULL);
        CHECK(strstr(a, "label=\"Quote \\\" back\\\\slash\"") != NULL);
        CHECK(strstr(a, "label=\"line\\nbreak ]; node [ <b> &amp; AT&amp;amp;T\"") != NULL);
        CHECK(strstr(a, "label=\"\xE2\x80\x8Frtl   ctrl \xEF\xBF\xBD bad\"") != NULL);
        CHECK(strstr(a, "label=\"-\xE2\x80\x8B\"") != NULL);
        CHECK(strstr(a, "label=\"1.2.3\xE2\x80\x8B\"") != NULL);
        CHECK(strstr(a, "label=\"graph\"") != NULL);
        CHECK(strstr(a, "fillcolor=\"#4E79A7\"") != NULL);
        CHECK(strstr(a, "penwidth=8.00") != NULL);
        CHECK_INT(count(a, " -- "), 3);
        CHECK_INT(count(a, " [\n"), 6 + 3);
        /* relations: nodes e and f have no relation and are left out */
        CHECK_INT(count(b, " -> "), 3);
        CHECK_INT(count(b, " [\n"), 4 + 3);
        CHECK(strstr(b, "label=\"not accuse\"") != NULL);
        CHECK(strstr(b, "label=\"a&amp;b \\\"v\\\"\"") != NULL);
        CHECK(strstr(b, "style=dashed") != NULL);
    }
    free(a);
    free(b);

    if (run("command -v dot >/dev/null 2>&1") != 0) {
        printf("note: Graphviz dot not found; DOT rendering checks skipped\n");
        return;
    }
    char cmd[512];
    snprintf(cmd, sizeof cmd, "dot -Tsvg %s -o /dev/null 2>%s", co, err);
    CHECK_INT(run(cmd), 0);
    char *e = slurp(err);
    CHECK(e && strstr(e, "rror") == NULL);
    free(e);
    snprintf(cmd, sizeof cmd, "dot -Tsvg %s -o /dev/null 2>%s", rel, err);
    CHECK_INT(run(cmd), 0);
    e = slurp(err);
    CHECK(e && strstr(e, "rror") == NULL);
    free(e);
    /* the names come out as written */
    snprintf(cmd, sizeof cmd, "dot -Tplain %s | grep -c 'AT&amp;T' | grep -qx 1", co);
    CHECK_INT(run(cmd), 0);
}

static void test_dot_top(const eg_model *m, const eg_measures *ms) {
    const char *path = tmp_path();
    eg_error err;
    /* top 2 by mentions: a (1234567) and b (30), joined by one edge */
    CHECK_INT(write_file(m, ms, EG_LAYER_COOCCURRENCE, 1, 2, "mentions", path), 0);
    char *s = slurp(path);
    CHECK(s != NULL);
    if (s) {
        CHECK_INT(count(s, " [\n"), 2 + 1);
        CHECK(strstr(s, "  0 -- 1 [") != NULL || strstr(s, "  1 -- 0 [") != NULL);
        CHECK(strstr(s, "key=a\n") && strstr(s, "key=b\n") && !strstr(s, "key=c\n"));
    }
    free(s);
    /* top 1 by in_degree on the relations layer: a (5 from d), no edge */
    CHECK_INT(write_file(m, ms, EG_LAYER_RELATIONS, 1, 1, "in_degree", path), 0);
    s = slurp(path);
    if (s) {
        CHECK_INT(count(s, " [\n"), 1);
        CHECK(strstr(s, "key=a\n") != NULL);
        CHECK(strstr(s, "in_degree=5\n") != NULL);
        CHECK_INT(count(s, " -> "), 0);
    }
    free(s);
    eg_error_clear(&err);
    FILE *f = fopen(path, "wb");
    CHECK_INT(eg_write_dot(m, ms, EG_LAYER_COOCCURRENCE, 3, "closeness", f, &err), EG_ERR_USAGE);
    CHECK(strstr(err.text, "closeness") != NULL);
    eg_error_clear(&err);
    CHECK_INT(eg_write_dot(m, NULL, EG_LAYER_COOCCURRENCE, 3, "pagerank", f, &err), EG_ERR_USAGE);
    /* without measures, mentions rank */
    CHECK_INT(eg_write_dot(m, NULL, EG_LAYER_COOCCURRENCE, 3, NULL, f, &err), EG_OK);
    fclose(f);
}

static void test_empty(void) {
    eg_model m, back;
    eg_measures ms;
    eg_error err;
    eg_model_init(&m);
    eg_error_clear(&err);
    CHECK_INT(eg_analyse(&m, NULL, &ms, &err), EG_OK);
    const char *g = tmp_path(), *d = tmp_path();
    CHECK_INT(write_file(&m, &ms, EG_LAYER_COOCCURRENCE, 0, 0, NULL, g), 0);
    CHECK_INT(write_file(&m, &ms, EG_LAYER_RELATIONS, 1, 0, NULL, d), 0);
    CHECK_INT(eg_model_read_graphml(g, &back, &err), EG_OK);
    CHECK_INT(back.nnodes, 0);
    eg_model_destroy(&back);
    if (run("command -v dot >/dev/null 2>&1") == 0) {
        char cmd[256];
        snprintf(cmd, sizeof cmd, "dot -Tsvg %s -o /dev/null 2>/dev/null", d);
        CHECK_INT(run(cmd), 0);
    }
    eg_measures_destroy(&ms);
    eg_model_destroy(&m);
}

static const char *write_text(const char *text) {
    const char *p = tmp_path();
    FILE *f = fopen(p, "wb");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
    return p;
}

#define GRAPHML_HEAD                                                                               \
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"                                                 \
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"

static void test_read(void) {
    eg_model m;
    eg_error err;

    eg_error_clear(&err);
    CHECK_INT(eg_model_read_graphml("/nonexistent/x.graphml", &m, &err), EG_ERR_IO);
    CHECK_STR(err.source, "/nonexistent/x.graphml");
    CHECK_INT(m.nnodes, 0);

    const char *bad = write_text("this is not xml <<<");
    eg_error_clear(&err);
    CHECK_INT(eg_model_read_graphml(bad, &m, &err), EG_ERR_DATA);
    CHECK_STR(err.source, bad);
    CHECK(strstr(err.text, "GraphML") != NULL);

    /* Gephi-like: no key or type, ids only, a string weight column, duplicate
     * and reversed edges, a loop */
    const char *gephi =
        write_text(GRAPHML_HEAD
                   "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
                   "<key id=\"l\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
                   "<key id=\"x\" for=\"node\" attr.name=\"note\" attr.type=\"string\"/>\n"
                   "<graph edgedefault=\"undirected\">\n"
                   "<node id=\"zeta\"><data key=\"l\">Zeta</data><data key=\"x\">hi</data></node>\n"
                   "<node id=\"alpha\"/>\n"
                   "<node id=\"mid\"><data key=\"l\">Mid</data></node>\n"
                   "<edge source=\"zeta\" target=\"alpha\"><data key=\"w\">2.4</data></edge>\n"
                   "<edge source=\"alpha\" target=\"zeta\"><data key=\"w\">3</data></edge>\n"
                   "<edge source=\"mid\" target=\"alpha\"/>\n"
                   "<edge source=\"mid\" target=\"mid\"/>\n"
                   "</graph></graphml>\n");
    eg_error_clear(&err);
    CHECK_INT(eg_model_read_graphml(gephi, &m, &err), EG_OK);
    CHECK_INT(m.nnodes, 3);
    if (m.nnodes == 3) {
        CHECK_STR(m.nodes[0].key, "alpha");
        CHECK_STR(m.nodes[0].name, "alpha");
        CHECK_STR(m.nodes[0].type, "unknown");
        CHECK_STR(m.nodes[2].key, "zeta");
        CHECK_STR(m.nodes[2].name, "Zeta");
        CHECK_INT(m.nodes[2].nattrs, 1);
        CHECK_INT(m.nodes[0].nattrs, 0);
    }
    CHECK_INT(m.nco, 2);
    if (m.nco == 2) {
        CHECK_INT(m.co[0].a, 0);
        CHECK_INT(m.co[0].b, 1);
        CHECK_INT(m.co[0].weight, 1);
        CHECK_INT(m.co[1].a, 0);
        CHECK_INT(m.co[1].b, 2);
        CHECK_INT(m.co[1].weight, 5); /* 2.4 rounds to 2, plus 3 */
    }
    eg_model_destroy(&m);

    const char *dup = write_text(
        GRAPHML_HEAD "<key id=\"k\" for=\"node\" attr.name=\"key\" attr.type=\"string\"/>\n"
                     "<graph edgedefault=\"directed\">\n"
                     "<node id=\"n0\"><data key=\"k\">same</data></node>\n"
                     "<node id=\"n1\"><data key=\"k\">same</data></node>\n"
                     "</graph></graphml>\n");
    eg_error_clear(&err);
    CHECK_INT(eg_model_read_graphml(dup, &m, &err), EG_ERR_DATA);
    CHECK(strstr(err.text, "'same'") != NULL);
    CHECK_STR(err.source, dup);

    const char *rel = write_text(
        GRAPHML_HEAD "<key id=\"v\" for=\"edge\" attr.name=\"verb\" attr.type=\"string\"/>\n"
                     "<graph edgedefault=\"directed\">\n"
                     "<node id=\"b\"/><node id=\"a\"/>\n"
                     "<edge source=\"b\" target=\"a\"><data key=\"v\">meet</data></edge>\n"
                     "<edge source=\"b\" target=\"a\"><data key=\"v\">meet</data></edge>\n"
                     "<edge source=\"a\" target=\"b\"/>\n"
                     "</graph></graphml>\n");
    eg_error_clear(&err);
    CHECK_INT(eg_model_read_graphml(rel, &m, &err), EG_OK);
    CHECK_INT(m.nrel, 2);
    if (m.nrel == 2) {
        CHECK_INT(m.rel[0].src, 0);
        CHECK_STR(m.rel[0].verb, "related");
        CHECK_INT(m.rel[1].src, 1);
        CHECK_INT(m.rel[1].dst, 0);
        CHECK_STR(m.rel[1].verb, "meet");
        CHECK_INT(m.rel[1].count, 2);
        CHECK_STR(m.rel[1].cls, "");
    }
    eg_model_destroy(&m);
}

int main(void) {
    eg_model m;
    eg_measures ms;
    eg_error err;
    atexit(cleanup);
    hostile_model(&m);
    eg_error_clear(&err);
    CHECK_INT(eg_analyse(&m, NULL, &ms, &err), EG_OK);
    test_graphml_igraph(&m, &ms);
    test_graphml_roundtrip(&m, &ms);
    test_graphml_as_igraph();
    test_networkx(&m, &ms);
    test_dot(&m, &ms);
    test_dot_top(&m, &ms);
    eg_measures_destroy(&ms);
    eg_model_destroy(&m);
    test_empty();
    test_read();
    return check_finish();
}
