/* Records: merging is order-independent and bounded; the text form round-trips. */
#include <stdlib.h>

#include "accumulate.h"
#include "check.h"
#include "record.h"

static eg_pairrec pair(const char *a, const char *b, uint64_t w, const char *id, const char *date,
                       uint32_t pos) {
    eg_pairrec p;
    memset(&p, 0, sizeof p);
    p.a = strdup(a);
    p.b = strdup(b);
    p.weight = w;
    if (date) {
        p.first_date = strdup(date);
        p.last_date = strdup(date);
    }
    eg_idlist_add(&p.ids, id, 1000);
    p.ids.total = 1;
    eg_evidence ev = {.article = strdup(id),
                      .sentence = strdup("A met B."),
                      .pos = pos,
                      .a_start = 0,
                      .a_len = 1,
                      .b_start = 6,
                      .b_len = 1};
    eg_evidence_add(&p.ev, &p.nev, &ev, 3);
    return p;
}

static void test_pair_merge_order(void) {
    eg_record_limits l;
    eg_record_limits_default(&l);
    l.evidence = 2;
    l.article_ids = 2;
    const char *ids[] = {"d", "b", "a", "c"};
    const char *dates[] = {"2026-03-01", NULL, "2025-12-31", "2026-01-15"};
    eg_strbuf out1, out2;
    eg_strbuf_init(&out1);
    eg_strbuf_init(&out2);
    for (int order = 0; order < 2; order++) {
        int first = order ? 3 : 0;
        eg_pairrec acc =
            pair("x", "y", (uint64_t)first + 1, ids[first], dates[first], (uint32_t)(10 * first));
        for (int k = 1; k < 4; k++) {
            int i = order ? 3 - k : k;
            eg_pairrec p = pair("x", "y", (uint64_t)i + 1, ids[i], dates[i], (uint32_t)(10 * i));
            CHECK_INT(eg_pairrec_merge(&acc, &p, &l), 0);
        }
        CHECK_INT(acc.weight, 10);
        CHECK_INT(acc.ids.total, 4);
        CHECK_INT(acc.ids.n, 2);
        CHECK_STR(acc.ids.v[0], "a");
        CHECK_STR(acc.ids.v[1], "b");
        CHECK_STR(acc.first_date, "2025-12-31");
        CHECK_STR(acc.last_date, "2026-03-01");
        CHECK_INT(acc.nev, 2);
        CHECK_STR(acc.ev[0].article, "a");
        CHECK_STR(acc.ev[1].article, "b");
        CHECK_INT(eg_pairrec_write(&acc, order ? &out2 : &out1), 0);
        eg_pairrec_destroy(&acc);
    }
    CHECK_STR(out1.data, out2.data);
    eg_strbuf_destroy(&out1);
    eg_strbuf_destroy(&out2);
}

static void test_roundtrip(void) {
    eg_strbuf sb;
    eg_strbuf_init(&sb);
    eg_entrec e;
    memset(&e, 0, sizeof e);
    e.key = strdup("USA");
    e.name = strdup("United States");
    e.type = strdup("country");
    e.mentions = 7;
    e.articles = 2;
    e.nattrs = 1;
    e.attrs = calloc(1, sizeof *e.attrs);
    e.attrs[0].name = strdup("iso2");
    e.attrs[0].value = strdup("US");
    CHECK_INT(eg_entrec_write(&e, &sb), 0);
    CHECK_STR(sb.data, "E\tUSA\t{\"articles\":2,\"attrs\":{\"iso2\":\"US\"},\"discovered\":false,"
                       "\"mentions\":7,\"name\":\"United States\",\"type\":\"country\"}\n");
    eg_anyrec r;
    CHECK_INT(eg_record_parse(sb.data, sb.len - 1, &r, "x", 1, NULL), EG_OK);
    CHECK_INT(r.kind, EG_REC_ENTITY);
    CHECK_STR(r.u.ent.name, "United States");
    CHECK_STR(r.u.ent.attrs[0].value, "US");
    CHECK_INT(r.u.ent.mentions, 7);
    eg_anyrec_destroy(&r);
    eg_entrec_destroy(&e);

    eg_relrec rel;
    memset(&rel, 0, sizeof rel);
    rel.src = strdup("FBI");
    rel.dst = strdup("person:Jane Doe");
    rel.verb = strdup("indict");
    rel.cls = strdup("legal");
    rel.negated = 1;
    rel.count = 2;
    eg_strset_add(&rel.forms, "was indicted", 8);
    eg_idlist_add(&rel.ids, "a1", 10);
    rel.ids.total = 1;
    eg_strbuf_clear(&sb);
    CHECK_INT(eg_relrec_write(&rel, &sb), 0);
    CHECK_INT(eg_record_key_len(sb.data, sb.len),
              strlen("R\tFBI\tperson:Jane Doe\tindict\t1\t0\t"));
    CHECK_INT(eg_record_parse(sb.data, sb.len - 1, &r, "x", 1, NULL), EG_OK);
    CHECK_INT(r.kind, EG_REC_REL);
    CHECK_STR(r.u.rel.dst, "person:Jane Doe");
    CHECK_INT(r.u.rel.negated, 1);
    CHECK_INT(r.u.rel.hedged, 0);
    CHECK_STR(r.u.rel.forms.v[0], "was indicted");
    eg_anyrec_destroy(&r);
    eg_relrec_destroy(&rel);

    eg_summary s;
    memset(&s, 0, sizeof s);
    s.articles_read = 3;
    s.warnings = 1;
    eg_strbuf_clear(&sb);
    CHECK_INT(eg_summary_write(&s, &sb), 0);
    CHECK_INT(eg_record_parse(sb.data, sb.len - 1, &r, "x", 1, NULL), EG_OK);
    CHECK_INT(r.kind, EG_REC_SUMMARY);
    CHECK_INT(r.u.sum.articles_read, 3);
    CHECK_INT(r.u.sum.warnings, 1);

    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_record_parse("P\ta\tb\t{oops", 12, &r, "recs.txt", 4, &err), EG_ERR_DATA);
    CHECK_STR(err.source, "recs.txt");
    CHECK_INT(err.line, 4);
    eg_error_clear(&err);
    CHECK_INT(eg_record_parse("Q\tx", 3, &r, "recs.txt", 9, &err), EG_ERR_DATA);
    CHECK_INT(err.line, 9);
    /* evidence spans: inside the sentence, in order; the round trip keeps them */
    static const char *const evs[] = {
        "[[\"a1\",0,\"A met B.\",0,1,6,7]]",  /* fine */
        "[[\"a1\",0,\"A met B.\",0,1,6,9]]",  /* past the sentence's end */
        "[[\"a1\",0,\"A met B.\",1,0,6,7]]",  /* end before start */
        "[[\"a1\",-1,\"A met B.\",0,1,6,7]]", /* negative position */
    };
    for (size_t k = 0; k < sizeof evs / sizeof evs[0]; k++) {
        char line[256];
        int n =
            snprintf(line, sizeof line,
                     "P\ta\tb\t{\"weight\":1,\"articles\":1,\"ids\":[\"a1\"],\"ev\":%s}", evs[k]);
        eg_error_clear(&err);
        eg_status st = eg_record_parse(line, (size_t)n, &r, "recs.txt", 5, &err);
        CHECK_INT(st, k == 0 ? EG_OK : EG_ERR_DATA);
        if (st == EG_OK) {
            CHECK_INT(r.u.pair.nev, 1);
            CHECK_INT(r.u.pair.ev[0].b_start, 6);
            CHECK_INT(r.u.pair.ev[0].b_len, 1);
            eg_strbuf_clear(&sb);
            CHECK_INT(eg_pairrec_write(&r.u.pair, &sb), 0);
            CHECK(strstr(sb.data, "\"A met B.\",0,1,6,7]") != NULL);
            eg_anyrec_destroy(&r);
        }
    }
    eg_strbuf_destroy(&sb);
}

static void test_accumulate(void) {
    eg_acc *acc = eg_acc_new(NULL);
    const char *keys[] = {"b", "a", "c", "a"};
    for (int i = 0; i < 4; i++) {
        eg_entrec e;
        memset(&e, 0, sizeof e);
        e.key = strdup(keys[i]);
        e.name = strdup(keys[i]);
        e.type = strdup("person");
        e.mentions = 1;
        e.articles = 1;
        e.discovered = 1;
        CHECK_INT(eg_acc_add_entity(acc, &e, NULL), EG_OK);
    }
    eg_pairrec p = pair("a", "b", 2, "x", NULL, 0);
    CHECK_INT(eg_acc_add_pair(acc, &p, NULL), EG_OK);
    p = pair("a", "c", 1, "x", NULL, 0);
    CHECK_INT(eg_acc_add_pair(acc, &p, NULL), EG_OK);
    p = pair("a", "b", 1, "y", NULL, 0);
    CHECK_INT(eg_acc_add_pair(acc, &p, NULL), EG_OK);
    CHECK_INT(eg_acc_entities(acc), 3);
    CHECK_INT(eg_acc_pairs(acc), 2);
    eg_model m;
    eg_model_filter f = {2, 1};
    CHECK_INT(eg_acc_to_model(acc, &f, &m, NULL), EG_OK);
    CHECK_INT(m.nnodes, 3);
    CHECK_STR(m.nodes[0].key, "a");
    CHECK_INT(m.nodes[0].mentions, 2);
    CHECK_INT(m.nco, 1); /* a-c has weight 1 < min-weight 2 */
    CHECK_INT(m.co[0].a, 0);
    CHECK_INT(m.co[0].b, 1);
    CHECK_INT(m.co[0].weight, 3);
    CHECK_INT(m.co[0].ids.total, 2);
    CHECK_INT(eg_model_find(&m, "c"), 2);
    CHECK_INT(eg_model_find(&m, "zz"), -1);
    eg_model_destroy(&m);
    eg_acc_free(acc);
}

int main(void) {
    test_pair_merge_order();
    test_roundtrip();
    test_accumulate();
    return check_finish();
}
