/* Tests for graph.json: a hand-made model with awkward strings, measures and
 * both edge kinds is written, read back with jansson (keys, values, order),
 * byte-compared in compact form, and loaded with networkx.node_link_graph. */
#include "check.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "analysis.h"
#include "evpool.h"
#include "export_json.h"
#include "graph_fixture.h"
#include "model.h"
#include "outfile.h"

static char *xs(const char *s) {
    return s ? strdup(s) : NULL;
}

/* Adds an evidence entry to ev (n entries) of an edge of m, its sentence
 * (strings owned by m) to m's evidence pool. */
static void add_ev(eg_model *m, eg_evref **ev, size_t *n, const char *art, const char *sent,
                   uint32_t pos, uint32_t as, uint32_t ae, uint32_t bs, uint32_t be) {
    if (!m->evidence)
        m->evidence = eg_evpool_new();
    uint32_t id = 0;
    eg_evsent st = {xs(art), xs(sent), pos};
    CHECK_INT(eg_evpool_add_sentence(m->evidence, &st, &id), 0);
    *ev = realloc(*ev, (*n + 1) * sizeof **ev);
    (*ev)[*n] = (eg_evref){.sent = id,
                           .a_start = as,
                           .a_len = (uint16_t)(ae - as),
                           .b_start = bs,
                           .b_len = (uint16_t)(be - bs)};
    (*n)++;
}

/* add_ev for a relation edge, which counts its evidence in 32 bits. */
static void add_rel_ev(eg_model *m, eg_reledge *r, const char *art, const char *sent, uint32_t pos,
                       uint32_t as, uint32_t ae, uint32_t bs, uint32_t be) {
    size_t n = r->nev;
    add_ev(m, &r->ev, &n, art, sent, pos, as, ae, bs, be);
    r->nev = (uint32_t)n;
}

static void set_ids(eg_idlist *l, uint64_t total, const char *a, const char *b) {
    l->v = calloc(2, sizeof *l->v);
    l->n = 0;
    if (a)
        l->v[l->n++] = xs(a);
    if (b)
        l->v[l->n++] = xs(b);
    l->total = total;
}

/* Nodes (sorted by key): acme, "org:Bad \"name\"", person:smith. */
static void build_model(eg_model *m) {
    eg_model_init(m);
    m->nnodes = 3;
    m->nodes = calloc(3, sizeof *m->nodes);
    m->nodes[0] = (eg_node){xs("Q1"), xs("Acme Holdings"), xs("organisation"), 0, 12, 5, NULL, 0};
    m->nodes[0].nattrs = 2;
    m->nodes[0].attrs = calloc(2, sizeof(eg_attr));
    m->nodes[0].attrs[0] = (eg_attr){xs("id"), xs("acme-1")};
    m->nodes[0].attrs[1] = (eg_attr){xs("wikidata"), xs("Q1")};
    m->nodes[1] = (eg_node){xs("org:Bad \"name\""),
                            xs("Bad \"name\"\t\x01\xff!"),
                            xs("organisation"),
                            1,
                            2,
                            1,
                            NULL,
                            0};
    m->nodes[2] = (eg_node){xs("person:smith"), xs("Eugene Smith"), xs("person"), 0, 7, 3, NULL, 0};
    m->nco = 1;
    m->co = calloc(1, sizeof *m->co);
    eg_coedge *co = &m->co[0];
    co->a = 0;
    co->b = 2;
    co->weight = 4;
    co->first_date = xs("2024-01-02");
    co->last_date = NULL;
    set_ids(&co->ids, 3, "a1", "a2");
    add_ev(m, &co->ev, &co->nev, "a1", "Smith joined Acme.", 40, 13, 17, 0, 5);
    m->nrel = 2;
    m->rel = calloc(2, sizeof *m->rel);
    eg_reledge *r = &m->rel[0];
    r->src = 2;
    r->dst = 0;
    r->verb = xs("accuse");
    r->cls = xs("legal");
    r->negated = 1;
    r->count = 2;
    r->forms = xs("accused|did not accuse");
    r->reported_by = xs("org:Bad \"name\"");
    set_ids(&r->ids, 2, "a2", NULL);
    add_rel_ev(m, r, "a2", "Smith did not accuse Acme.", 0, 0, 5, 21, 25);
    r = &m->rel[1];
    r->src = 2;
    r->dst = 0;
    r->verb = xs("sue");
    r->cls = xs("legal");
    r->hedged = 1;
    r->count = 1;
    r->forms = xs("may sue");
    r->reported_by = NULL;
    set_ids(&r->ids, 1, "a3", NULL);
    m->summary.articles_read = 3;
    m->summary.bytes = 1234;
    m->summary.warnings = 1;
}

static double deg[3] = {1, 0, 1}, pr[3] = {0.4, 0.2, 0.4}, inv[3] = {3, 0, 0}, outv[3] = {0, 0, 3},
              rpr[3] = {0.5, NAN, 0.25};
static long comm[3] = {0, 1, 0};

static void build_measures(eg_measures *ms) {
    memset(ms, 0, sizeof *ms);
    ms->n = 3;
    ms->degree = deg;
    ms->pagerank = pr;
    ms->community = comm;
    ms->in_degree = inv;
    ms->out_degree = outv;
    ms->rel_pagerank = rpr;
    ms->betweenness_sampled = 0;
    ms->modularity = 0.25;
    ms->ncommunities = 2;
}

static const char *jstrget(const json_t *o, const char *k) {
    return json_string_value(json_object_get(o, k));
}

static long long jintget(const json_t *o, const char *k) {
    const json_t *v = json_object_get(o, k);
    return json_is_integer(v) ? (long long)json_integer_value(v) : -999;
}

static void check_loaded(const char *path) {
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr);
    CHECK(root != NULL);
    if (!root) {
        fprintf(stderr, "%s:%d:%d: %s\n", path, jerr.line, jerr.column, jerr.text);
        return;
    }
    const char *keys[] = {"directed", "multigraph", "graph", "nodes", "links"};
    const char *k;
    json_t *v;
    int i = 0;
    json_object_foreach(root, k, v) {
        CHECK_STR(k, i < 5 ? keys[i] : "(extra)");
        i++;
    }
    CHECK_INT(i, 5);
    CHECK(json_is_true(json_object_get(root, "directed")));
    CHECK(json_is_true(json_object_get(root, "multigraph")));
    json_t *g = json_object_get(root, "graph");
    CHECK_STR(jstrget(g, "name"), "entgraph");
    CHECK_INT(jintget(json_object_get(g, "summary"), "articles_read"), 3);
    CHECK_INT(jintget(json_object_get(g, "summary"), "bytes"), 1234);
    CHECK_INT(json_object_size(json_object_get(g, "summary")), 14);
    CHECK_INT(jintget(json_object_get(g, "summary"), "entities"), 3);
    CHECK(json_is_false(json_object_get(g, "betweenness_sampled")));
    CHECK_INT(json_array_size(json_object_get(g, "measures")), 6);
    CHECK_INT(jintget(g, "communities"), 2);
    CHECK(json_is_null(json_object_get(g, "betweenness_sources")));
    CHECK(fabs(json_real_value(json_object_get(g, "modularity")) - 0.25) < 1e-12);

    json_t *nodes = json_object_get(root, "nodes");
    CHECK_INT(json_array_size(nodes), 3);
    json_t *n0 = json_array_get(nodes, 0);
    CHECK_STR(jstrget(n0, "id"), "Q1");
    CHECK_STR(jstrget(n0, "label"), "Acme Holdings");
    CHECK_STR(jstrget(n0, "type"), "organisation");
    CHECK(json_is_false(json_object_get(n0, "discovered")));
    CHECK_INT(jintget(n0, "mentions"), 12);
    CHECK_INT(jintget(n0, "articles"), 5);
    CHECK_INT(jintget(n0, "degree"), 1);
    CHECK(json_is_real(json_object_get(n0, "pagerank")));
    CHECK(json_object_get(n0, "betweenness") == NULL);
    CHECK(json_object_get(n0, "strength") == NULL);
    CHECK_INT(jintget(n0, "community"), 0);
    CHECK_STR(jstrget(n0, "attr_id"), "acme-1");
    CHECK_STR(jstrget(n0, "wikidata"), "Q1");
    /* key order: fixed fields, measures in column order, attributes */
    const char *order[] = {"id",        "label",     "type",       "discovered",
                           "mentions",  "articles",  "degree",     "pagerank",
                           "community", "in_degree", "out_degree", "relation_pagerank",
                           "attr_id",   "wikidata"};
    i = 0;
    json_object_foreach(n0, k, v) {
        CHECK_STR(k, i < 14 ? order[i] : "(extra)");
        i++;
    }
    json_t *n1 = json_array_get(nodes, 1);
    CHECK_STR(jstrget(n1, "id"), "org:Bad \"name\"");
    CHECK_STR(jstrget(n1, "label"), "Bad \"name\"\t\x01\xef\xbf\xbd!");
    CHECK(json_is_true(json_object_get(n1, "discovered")));
    CHECK(json_is_null(json_object_get(n1, "relation_pagerank")));

    json_t *links = json_object_get(root, "links");
    CHECK_INT(json_array_size(links), 3);
    json_t *l0 = json_array_get(links, 0);
    CHECK_STR(jstrget(l0, "source"), "Q1");
    CHECK_STR(jstrget(l0, "target"), "person:smith");
    CHECK_STR(jstrget(l0, "key"), "co");
    CHECK_STR(jstrget(l0, "kind"), "cooccurrence");
    CHECK_INT(jintget(l0, "weight"), 4);
    CHECK_INT(jintget(l0, "articles"), 3);
    CHECK_INT(json_array_size(json_object_get(l0, "article_ids")), 2);
    CHECK_STR(jstrget(l0, "first_date"), "2024-01-02");
    CHECK(json_is_null(json_object_get(l0, "last_date")));
    json_t *ev = json_array_get(json_object_get(l0, "evidence"), 0);
    CHECK_STR(jstrget(ev, "article"), "a1");
    CHECK_STR(jstrget(ev, "sentence"), "Smith joined Acme.");
    CHECK_INT(jintget(ev, "sentence_offset"), 40);
    CHECK_INT(json_integer_value(json_array_get(json_object_get(ev, "source_span"), 0)), 13);
    CHECK_INT(json_integer_value(json_array_get(json_object_get(ev, "target_span"), 1)), 5);
    json_t *l1 = json_array_get(links, 1);
    CHECK_STR(jstrget(l1, "source"), "person:smith");
    CHECK_STR(jstrget(l1, "target"), "Q1");
    CHECK_STR(jstrget(l1, "key"), "rel:accuse:neg");
    CHECK_STR(jstrget(l1, "kind"), "relation");
    CHECK_STR(jstrget(l1, "label"), "accuse");
    CHECK_STR(jstrget(l1, "class"), "legal");
    CHECK(json_is_true(json_object_get(l1, "negated")));
    CHECK(json_is_false(json_object_get(l1, "hedged")));
    CHECK_INT(jintget(l1, "weight"), 2);
    CHECK_INT(json_array_size(json_object_get(l1, "forms")), 2);
    CHECK_STR(json_string_value(json_array_get(json_object_get(l1, "forms"), 1)), "did not accuse");
    CHECK_STR(json_string_value(json_array_get(json_object_get(l1, "reported_by"), 0)),
              "org:Bad \"name\"");
    json_t *l2 = json_array_get(links, 2);
    CHECK_STR(jstrget(l2, "key"), "rel:sue:hedged");
    CHECK_INT(json_array_size(json_object_get(l2, "reported_by")), 0);
    CHECK_INT(json_array_size(json_object_get(l2, "evidence")), 0);
    json_decref(root);
}

static void test_write_and_load(const char *dir) {
    eg_model m;
    eg_measures ms;
    build_model(&m);
    build_measures(&ms);
    char path[600];
    snprintf(path, sizeof path, "%s/graph.json", dir);
    eg_outfile of;
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_outfile_open(&of, path, &err), EG_OK);
    CHECK_INT(eg_write_graph_json(&m, &ms, NULL, of.fp, &err), EG_OK);
    CHECK_INT(eg_outfile_commit(&of, &err), EG_OK);
    check_loaded(path);

    /* compact form loads the same */
    char cpath[600];
    snprintf(cpath, sizeof cpath, "%s/compact.json", dir);
    FILE *fp = fopen(cpath, "w");
    eg_json_opts o = {0};
    CHECK_INT(eg_write_graph_json(&m, &ms, &o, fp, &err), EG_OK);
    fclose(fp);
    check_loaded(cpath);

    if (access("/usr/bin/python3", X_OK) == 0) {
        char cmd[2400];
        snprintf(cmd, sizeof cmd,
                 "/usr/bin/python3 -c '\n"
                 "import json, sys\n"
                 "try:\n"
                 "    import networkx as nx\n"
                 "except ImportError:\n"
                 "    sys.exit(3)\n"
                 "G = nx.node_link_graph(json.load(open(sys.argv[1])))\n"
                 "assert isinstance(G, nx.MultiDiGraph), type(G)\n"
                 "assert G.number_of_nodes() == 3 and G.number_of_edges() == 3\n"
                 "assert sorted(G[\"person:smith\"][\"Q1\"]) == [\"rel:accuse:neg\", "
                 "\"rel:sue:hedged\"], G[\"person:smith\"][\"Q1\"]\n"
                 "assert G.edges[\"Q1\", \"person:smith\", \"co\"][\"weight\"] == 4\n"
                 "assert G.edges[\"person:smith\", \"Q1\", \"rel:accuse:neg\"][\"label\"] == "
                 "\"accuse\"\n"
                 "assert G.nodes[\"Q1\"][\"label\"] == \"Acme Holdings\"\n"
                 "assert G.graph[\"name\"] == \"entgraph\"\n"
                 "' '%s'",
                 path);
        int rc = system(cmd);
        if (WIFEXITED(rc) && WEXITSTATUS(rc) == 3)
            printf("networkx not installed: node_link_graph check skipped\n");
        else
            CHECK_INT(rc, 0);
    } else {
        printf("/usr/bin/python3 not found: node_link_graph check skipped\n");
    }

    /* measures that do not match the model are a bug */
    ms.n = 2;
    CHECK_INT(eg_write_graph_json(&m, &ms, NULL, stdout, &err), EG_ERR_INTERNAL);
    eg_model_destroy(&m);
}

static void test_compact_golden(void) {
    eg_model m;
    eg_model_init(&m);
    m.nnodes = 2;
    m.nodes = calloc(2, sizeof *m.nodes);
    m.nodes[0] = (eg_node){xs("a"), xs("A"), xs("person"), 0, 1, 1, NULL, 0};
    m.nodes[1] = (eg_node){xs("b"), xs("B"), xs("country"), 1, 2, 1, NULL, 0};
    m.nco = 1;
    m.co = calloc(1, sizeof *m.co);
    m.co[0].a = 0;
    m.co[0].b = 1;
    m.co[0].weight = 1;
    set_ids(&m.co[0].ids, 1, "x", NULL);
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    eg_json_opts o = {0};
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_write_graph_json(&m, NULL, &o, fp, &err), EG_OK);
    fclose(fp);
    CHECK_STR(
        buf,
        "{\"directed\":true,\"multigraph\":true,\"graph\":{\"name\":\"entgraph\",\"summary\":"
        "{\"articles_read\":0,\"articles_empty\":0,\"skipped_binary\":0,\"skipped_unreadable\":"
        "0,\"skipped_duplicate\":0,\"records_rejected\":0,\"warnings\":0,\"bytes\":0,"
        "\"mentions\":0,\"ambiguous\":0,\"capped_windows\":0,\"entities\":2,"
        "\"cooccurrence_edges\":1,\"relation_edges\":0},\"betweenness_sampled\":false},"
        "\"nodes\":[{\"id\":\"a\",\"label\":\"A\",\"type\":\"person\",\"discovered\":false,"
        "\"mentions\":1,\"articles\":1},{\"id\":\"b\",\"label\":\"B\",\"type\":\"country\","
        "\"discovered\":true,\"mentions\":2,\"articles\":1}],\"links\":[{\"source\":\"a\","
        "\"target\":\"b\",\"key\":\"co\",\"kind\":\"cooccurrence\",\"weight\":1,\"articles\":1,"
        "\"article_ids\":[\"x\"],\"first_date\":null,\"last_date\":null,\"evidence\":[]}]}\n");
    free(buf);

    /* pretty: one element per line */
    buf = NULL;
    fp = open_memstream(&buf, &len);
    CHECK_INT(eg_write_graph_json(&m, NULL, NULL, fp, &err), EG_OK);
    fclose(fp);
    const char *want_start = "{\"directed\": true, \"multigraph\": true,\n \"graph\": {\"name\": "
                             "\"entgraph\", \"summary\": {\"articles_read\": 0, ";
    CHECK(strncmp(buf, want_start, strlen(want_start)) == 0);
    CHECK(strstr(buf,
                 "\n \"nodes\": [\n  {\"id\": \"a\", \"label\": \"A\", \"type\": \"person\", "
                 "\"discovered\": false, \"mentions\": 1, \"articles\": 1},\n  {\"id\": \"b\"") !=
          NULL);
    CHECK(strstr(buf, "\n ],\n \"links\": [\n  {\"source\": \"a\", ") != NULL);
    CHECK(len > 7 && strcmp(buf + len - 7, "}\n ]\n}\n") == 0);
    free(buf);

    /* a write error is reported */
    fp = fopen("/dev/full", "w");
    if (fp) {
        eg_error_clear(&err);
        CHECK_INT(eg_write_graph_json(&m, NULL, NULL, fp, &err), EG_ERR_IO);
        CHECK_STR(err.text, "cannot write graph.json: No space left on device");
        fclose(fp);
    }
    eg_model_destroy(&m);

    /* an empty model is still valid JSON */
    eg_model_init(&m);
    buf = NULL;
    fp = open_memstream(&buf, &len);
    CHECK_INT(eg_write_graph_json(&m, NULL, NULL, fp, &err), EG_OK);
    fclose(fp);
    json_error_t jerr;
    json_t *root = json_loads(buf, 0, &jerr);
    CHECK(root != NULL);
    CHECK_INT(json_array_size(json_object_get(root, "nodes")), 0);
    CHECK_INT(json_array_size(json_object_get(root, "links")), 0);
    CHECK(strstr(buf, "\"nodes\": [],\n \"links\": []\n}\n") != NULL);
    json_decref(root);
    free(buf);
}

/* A model large enough for many pieces is written the same by one thread
 * and by several. */
static char *write_threads(const eg_model *m, int pretty, size_t threads) {
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    eg_json_opts o = {pretty, threads};
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_write_graph_json(m, NULL, &o, fp, &err), EG_OK);
    fclose(fp);
    return buf;
}

static void test_threads(void) {
    eg_model m;
    fx_random(&m, 5000, 9000, 11);
    for (size_t k = 0; k < m.nco; k += 3) {
        eg_coedge *e = &m.co[k];
        set_ids(&e->ids, e->weight, k % 2 ? "a2" : "a1", k % 5 ? "b\xff" : NULL);
        add_ev(&m, &e->ev, &e->nev, "a1", k % 7 ? "One sentence." : "Bad \xc3 text.", (uint32_t)k,
               0, 3, 4, 12);
        if (k % 4 == 0)
            add_ev(&m, &e->ev, &e->nev, "a2", "Another one.", 7, 0, 7, 8, 11);
        if (k % 6 == 0) {
            free(e->first_date);
            e->first_date = NULL;
        }
    }
    for (size_t k = 0; k < m.nrel; k += 2) {
        eg_reledge *r = &m.rel[k];
        set_ids(&r->ids, r->count, "r1", NULL);
        free(r->forms);
        r->forms = xs(k % 4 ? "met|meets" : "");
        r->reported_by = k % 3 ? xs("n00000001|n00000002") : NULL;
        add_rel_ev(&m, r, "r1", "They met.", 3, 0, 4, 9, 12);
    }
    CHECK(m.nnodes > 2 * 2048 && m.nco + m.nrel > 4 * 1024);
    for (int pretty = 0; pretty < 2; pretty++) {
        char *one = write_threads(&m, pretty, 1);
        CHECK(one && strlen(one) > 1000000);
        for (size_t t = 2; t <= 5; t += 3) {
            char *many = write_threads(&m, pretty, t);
            CHECK(many && strcmp(one, many) == 0);
            free(many);
        }
        json_error_t jerr;
        json_t *root = json_loads(one, 0, &jerr);
        CHECK(root != NULL);
        CHECK_INT(json_array_size(json_object_get(root, "nodes")), m.nnodes);
        CHECK_INT(json_array_size(json_object_get(root, "links")), m.nco + m.nrel);
        json_decref(root);
        free(one);
    }
    eg_model_destroy(&m);
}

int main(void) {
    char dir[] = "/tmp/eg_export_json_XXXXXX";
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 2;
    }
    test_write_and_load(dir);
    test_compact_golden();
    test_threads();
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return check_finish();
}
