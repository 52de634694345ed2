/* Tests for the string pool and for the accumulator's pooled edges: merged
 * lists, caps, relations and the model that takes the pool over. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "accumulate.h"
#include "check.h"
#include "evpool.h"
#include "intern.h"
#include "record.h"

/* The sentence of a model evidence entry. */
static const eg_evsent *sent_of(const eg_model *m, const eg_evref *r) {
    return eg_evpool_sentence(m->evidence, r->sent);
}

static void test_pool(void) {
    eg_intern *p = eg_intern_new();
    CHECK(p != NULL);
    uint32_t a, b, c;
    char *sa = eg_intern_add(p, "alpha", 5, &a);
    char *sb = eg_intern_add(p, "beta", 4, &b);
    char *sa2 = eg_intern_add(p, "alphabet", 5, &c); /* first 5 bytes: "alpha" again */
    CHECK_STR(sa, "alpha");
    CHECK_STR(sb, "beta");
    CHECK(sa == sa2);
    CHECK_INT(a, 0);
    CHECK_INT(b, 1);
    CHECK_INT(c, 0);
    CHECK_INT(eg_intern_count(p), 2);
    CHECK_INT(eg_intern_find(p, "beta", 4), 1);
    CHECK_INT(eg_intern_find(p, "bet", 3), -1);
    CHECK(eg_intern_str(p, NULL) == NULL);
    CHECK_STR(eg_intern_str(p, ""), "");
    CHECK_INT(eg_intern_find(p, "", 0), 2);
    CHECK(*eg_intern_ref(p, 1) == sb);

    /* Many strings (several index blocks and rehashes) and one bigger than a
     * chunk: every earlier pointer stays valid and every string is found. */
    char buf[32];
    char *first = NULL;
    for (int i = 0; i < 20000; i++) {
        int n = snprintf(buf, sizeof buf, "s%d", i);
        char *s = eg_intern_add(p, buf, (size_t)n, NULL);
        if (i == 0)
            first = s;
    }
    size_t big_len = 300000;
    char *big = malloc(big_len);
    memset(big, 'x', big_len);
    char *bs = eg_intern_add(p, big, big_len, NULL);
    CHECK(bs != NULL && strlen(bs) == big_len);
    CHECK(eg_intern_add(p, "after-big", 9, NULL) != NULL);
    CHECK_STR(first, "s0");
    CHECK_STR(sa, "alpha");
    CHECK_INT(eg_intern_count(p), 3 + 20000 + 2);
    CHECK_INT(eg_intern_find(p, "s19999", 6), 3 + 19999);
    CHECK_STR(eg_intern_get(p, 3 + 12345), "s12345");
    CHECK_STR(*eg_intern_ref(p, 3 + 4097), "s4097");
    CHECK(eg_intern_find(p, big, big_len) >= 0);
    CHECK(eg_intern_bytes(p) > big_len);
    free(big);
    eg_intern_free(p);
    eg_intern_free(NULL);
}

static eg_pairrec pair(const char *a, const char *b, const char *id, const char *date,
                       uint32_t pos) {
    eg_pairrec r;
    memset(&r, 0, sizeof r);
    r.a = strdup(a);
    r.b = strdup(b);
    r.weight = 1;
    if (date) {
        r.first_date = strdup(date);
        r.last_date = strdup(date);
    }
    r.ids.v = malloc(sizeof *r.ids.v);
    r.ids.v[0] = strdup(id);
    r.ids.n = 1;
    r.ids.total = 1;
    r.ev = calloc(1, sizeof *r.ev);
    r.ev[0].article = strdup(id);
    r.ev[0].sentence = strdup("A met B.");
    r.ev[0].pos = pos;
    r.ev[0].a_start = 0;
    r.ev[0].a_len = 1;
    r.ev[0].b_start = 6;
    r.ev[0].b_len = 1;
    r.nev = 1;
    return r;
}

static eg_relrec rel(const char *src, const char *dst, const char *verb, const char *cls,
                     const char *form, const char *id) {
    eg_relrec r;
    memset(&r, 0, sizeof r);
    r.src = strdup(src);
    r.dst = strdup(dst);
    r.verb = strdup(verb);
    r.cls = cls ? strdup(cls) : NULL;
    r.count = 1;
    eg_strset_add(&r.forms, form, 8);
    eg_idlist_add(&r.ids, id, 1000);
    r.ids.total = 1;
    return r;
}

static void add_entity(eg_acc *acc, const char *key) {
    eg_entrec e;
    memset(&e, 0, sizeof e);
    e.key = strdup(key);
    e.name = strdup(key);
    e.type = strdup("person");
    e.mentions = 1;
    e.articles = 1;
    CHECK_INT(eg_acc_add_entity(acc, &e, NULL), EG_OK);
}

static void test_pooled_edges(void) {
    eg_record_limits lim;
    eg_record_limits_default(&lim);
    lim.article_ids = 2;
    lim.evidence = 2;
    eg_acc *acc = eg_acc_new(&lim);
    add_entity(acc, "b");
    add_entity(acc, "a");
    add_entity(acc, "c");
    const char *ids[] = {"m", "k", "z", "a", "k"};
    const char *dates[] = {"2024-03-01", "2024-01-05", NULL, "2024-02-02", "2024-09-09"};
    for (int i = 0; i < 5; i++) {
        eg_pairrec p = pair("a", "b", ids[i], dates[i], (uint32_t)i);
        CHECK_INT(eg_acc_add_pair(acc, &p, NULL), EG_OK);
        CHECK(p.a == NULL && p.ev == NULL); /* the record is left destroyed */
    }
    eg_pairrec p = pair("b", "zz", "q", NULL, 0); /* zz is no entity: dropped */
    CHECK_INT(eg_acc_add_pair(acc, &p, NULL), EG_OK);
    p = pair("a", "c", "q", NULL, 0);
    CHECK_INT(eg_acc_add_pair(acc, &p, NULL), EG_OK);

    eg_relrec r = rel("b", "a", "meet", NULL, "met", "y");
    CHECK_INT(eg_acc_add_rel(acc, &r, NULL), EG_OK);
    r = rel("b", "a", "meet", "contact", "meets", "x");
    CHECK_INT(eg_acc_add_rel(acc, &r, NULL), EG_OK);
    r = rel("b", "a", "meet", NULL, "met", "x");
    r.negated = 1;
    eg_strset_add(&r.reporters, "c", 8);
    CHECK_INT(eg_acc_add_rel(acc, &r, NULL), EG_OK);
    CHECK_INT(eg_acc_pairs(acc), 3);
    CHECK_INT(eg_acc_relations(acc), 2);

    eg_strbuf sb;
    eg_strbuf_init(&sb);
    CHECK_INT(eg_acc_write_records(acc, &sb, NULL), EG_OK);
    CHECK(strstr(sb.data, "P\ta\tb\t{\"articles\":5,\"ev\":[[\"a\",3,\"A met B.\",0,1,6,7],[\"k\","
                          "1,\"A met B.\",0,1,6,7]],\"first\":\"2024-01-05\",\"ids\":[\"a\",\"k\"],"
                          "\"last\":\"2024-09-09\",\"weight\":5}\n") != NULL);
    CHECK(strstr(sb.data, "R\tb\ta\tmeet\t0\t0\t{\"articles\":2,\"class\":\"contact\",\"count\":2,"
                          "\"ev\":[],\"forms\":[\"meets\",\"met\"],\"ids\":[\"x\",\"y\"],"
                          "\"reporters\":[]}\n") != NULL);
    eg_strbuf_destroy(&sb);

    eg_model m;
    CHECK_INT(eg_acc_to_model(acc, NULL, &m, NULL), EG_OK);
    CHECK(m.strings != NULL);
    CHECK_INT(m.nnodes, 3);
    CHECK_INT(m.nco, 2);
    CHECK_INT(m.co[0].a, 0);
    CHECK_INT(m.co[0].b, 1);
    CHECK_INT(m.co[0].weight, 5);
    CHECK_INT(m.co[0].ids.total, 5);
    CHECK_INT(m.co[0].ids.n, 2);
    CHECK_STR(m.co[0].ids.v[0], "a");
    CHECK_STR(m.co[0].ids.v[1], "k");
    CHECK_STR(m.co[0].first_date, "2024-01-05");
    CHECK_STR(m.co[0].last_date, "2024-09-09");
    CHECK_INT(m.co[0].nev, 2);
    CHECK_STR(sent_of(&m, &m.co[0].ev[0])->article, "a");
    CHECK_INT(sent_of(&m, &m.co[0].ev[1])->pos, 1);
    CHECK(sent_of(&m, &m.co[0].ev[0])->sentence ==
          sent_of(&m, &m.co[0].ev[1])->sentence); /* stored once */
    CHECK_INT(m.co[1].a, 0);
    CHECK_INT(m.co[1].b, 2);
    CHECK_INT(m.co[1].ids.n, 1);
    CHECK_STR(m.co[1].ids.v[0], "q");
    CHECK(m.co[1].first_date == NULL);
    CHECK_INT(m.nrel, 2);
    CHECK_INT(m.rel[0].src, 1);
    CHECK_INT(m.rel[0].dst, 0);
    CHECK_INT(m.rel[0].negated, 0);
    CHECK_STR(m.rel[0].cls, "contact");
    CHECK_STR(m.rel[0].forms, "meets|met");
    CHECK(m.rel[0].reported_by == NULL);
    CHECK_INT(m.rel[0].count, 2);
    CHECK_INT(m.rel[1].negated, 1);
    CHECK_STR(m.rel[1].cls, "other");
    CHECK_STR(m.rel[1].reported_by, "c");
    CHECK_INT(eg_acc_pairs(acc), 0);
    eg_model_destroy(&m);
    eg_acc_free(acc);
}

/* A cap of one keeps the smallest id in a one-string list. */
static void test_cap_one(void) {
    eg_record_limits lim;
    eg_record_limits_default(&lim);
    lim.article_ids = 1;
    eg_acc *acc = eg_acc_new(&lim);
    add_entity(acc, "a");
    add_entity(acc, "b");
    const char *ids[] = {"m", "z", "c", "d"};
    for (int i = 0; i < 4; i++) {
        eg_pairrec p = pair("a", "b", ids[i], NULL, 0);
        CHECK_INT(eg_acc_add_pair(acc, &p, NULL), EG_OK);
    }
    eg_model m;
    CHECK_INT(eg_acc_to_model(acc, NULL, &m, NULL), EG_OK);
    CHECK_INT(m.nco, 1);
    CHECK_INT(m.co[0].ids.n, 1);
    CHECK_STR(m.co[0].ids.v[0], "c");
    CHECK_INT(m.co[0].ids.total, 4);
    CHECK_INT(m.co[0].nev, 3);
    eg_model_destroy(&m);
    eg_acc_free(acc);
}

/* Many edges added in scrambled order come out sorted by (a, b) with their
 * own weights. */
static void test_sorted_edges(void) {
    eg_acc *acc = eg_acc_new(NULL);
    char ka[16], kb[16];
    for (int i = 0; i < 200; i++) {
        snprintf(ka, sizeof ka, "k%03d", i);
        add_entity(acc, ka);
    }
    uint32_t x = 12345;
    int added = 0;
    for (int n = 0; n < 5000; n++) {
        x = x * 1103515245u + 12345u;
        int i = (int)(x >> 8) % 200;
        x = x * 1103515245u + 12345u;
        int j = (int)(x >> 8) % 200;
        if (i == j)
            continue;
        int lo = i < j ? i : j, hi = i < j ? j : i;
        snprintf(ka, sizeof ka, "k%03d", lo);
        snprintf(kb, sizeof kb, "k%03d", hi);
        eg_pairrec p = pair(ka, kb, "id", NULL, 0);
        p.weight = (uint64_t)(lo * 1000 + hi);
        CHECK_INT(eg_acc_add_pair(acc, &p, NULL), EG_OK);
        added++;
    }
    eg_model m;
    CHECK_INT(eg_acc_to_model(acc, NULL, &m, NULL), EG_OK);
    CHECK(m.nco > 1000);
    size_t bad = 0;
    uint64_t total = 0;
    for (size_t k = 0; k < m.nco; k++) {
        if (k && !(m.co[k - 1].a < m.co[k].a ||
                   (m.co[k - 1].a == m.co[k].a && m.co[k - 1].b < m.co[k].b)))
            bad++;
        if (m.co[k].weight % (m.co[k].a * 1000 + m.co[k].b) != 0)
            bad++;
        total += m.co[k].ids.total;
    }
    CHECK_INT(bad, 0);
    CHECK_INT(total, added);
    eg_model_destroy(&m);
    eg_acc_free(acc);
}

/* A sealed pool keeps its strings and ids, drops its lookups. */
static void test_seal(void) {
    eg_intern *p = eg_intern_new();
    uint32_t id;
    char *s = eg_intern_add(p, "kept", 4, &id);
    for (int i = 0; i < 5000; i++) {
        char buf[16];
        int n = snprintf(buf, sizeof buf, "x%d", i);
        CHECK(eg_intern_add(p, buf, (size_t)n, NULL) != NULL);
    }
    size_t before = eg_intern_bytes(p);
    eg_intern_seal(p);
    eg_intern_seal(p); /* harmless twice */
    CHECK(eg_intern_bytes(p) < before);
    CHECK(eg_intern_get(p, id) == s);
    CHECK_STR(eg_intern_get(p, 1 + 4321), "x4321");
    CHECK_INT(eg_intern_count(p), 5001);
    CHECK_INT(eg_intern_find(p, "kept", 4), -1);
    CHECK(eg_intern_add(p, "new", 3, NULL) == NULL);
    CHECK_INT(eg_intern_count(p), 5001);
    eg_intern_free(p);
    eg_intern_seal(NULL);
}

/* Relations added in scrambled order become relation edges sorted by (src,
 * dst, verb, negated, hedged), each with its own fields; those naming a key
 * that is no entity are dropped. Nodes keep their records' fields. */
static void test_sorted_relations(void) {
    eg_acc *acc = eg_acc_new(NULL);
    char ka[16], kb[16], verb[16], form[40];
    for (int i = 0; i < 40; i++) {
        snprintf(ka, sizeof ka, "k%02d", 39 - i);
        add_entity(acc, ka);
    }
    uint32_t x = 777;
    int kept = 0;
    for (int n = 0; n < 3000; n++) {
        x = x * 1103515245u + 12345u;
        int i = (int)(x >> 8) % 42; /* 40, 41: no such entity */
        x = x * 1103515245u + 12345u;
        int j = (int)(x >> 8) % 40;
        x = x * 1103515245u + 12345u;
        int v = (int)(x >> 8) % 5, neg = (int)(x >> 12) & 1;
        snprintf(ka, sizeof ka, "k%02d", i);
        snprintf(kb, sizeof kb, "k%02d", j);
        snprintf(verb, sizeof verb, "v%d", v);
        snprintf(form, sizeof form, "%s-%s", ka, kb);
        eg_relrec r = rel(ka, kb, verb, v == 3 ? NULL : "cls", form, "id");
        r.negated = neg;
        CHECK_INT(eg_acc_add_rel(acc, &r, NULL), EG_OK);
        kept += i < 40 && i != j;
    }
    eg_model m;
    CHECK_INT(eg_acc_to_model(acc, NULL, &m, NULL), EG_OK);
    CHECK_INT(m.nnodes, 40);
    CHECK_STR(m.nodes[0].key, "k00");
    CHECK_STR(m.nodes[39].name, "k39");
    CHECK_STR(m.nodes[7].type, "person");
    CHECK_INT(m.nodes[7].mentions, 1);
    CHECK(m.nrel > 300);
    size_t bad = 0;
    uint64_t total = 0;
    for (size_t k = 0; k < m.nrel; k++) {
        const eg_reledge *e = &m.rel[k];
        if (k) {
            const eg_reledge *p = &m.rel[k - 1];
            int c = p->src != e->src   ? (p->src < e->src ? -1 : 1)
                    : p->dst != e->dst ? (p->dst < e->dst ? -1 : 1)
                                       : strcmp(p->verb, e->verb);
            if (!c)
                c = p->negated - e->negated;
            if (c >= 0)
                bad++;
        }
        snprintf(form, sizeof form, "%s-%s", m.nodes[e->src].key, m.nodes[e->dst].key);
        if (strcmp(e->forms, form) != 0 || e->src == e->dst ||
            strcmp(e->cls, strcmp(e->verb, "v3") == 0 ? "other" : "cls") != 0 ||
            e->count != e->ids.total || e->ids.n != 1)
            bad++;
        total += e->count;
    }
    CHECK_INT(bad, 0);
    CHECK_INT(total, kept);
    eg_model_destroy(&m);
    eg_acc_free(acc);
}

/* The address memo: within a batch a string passed again at the same
 * address is found by its address; a new batch (or the memo off) reads the
 * text again, so an address reused for other text gets that text's id. */
static void test_memo(void) {
    eg_intern *p = eg_intern_new();
    char buf[16];
    uint32_t a, b, c, d;
    eg_intern_memo(p, 1);
    strcpy(buf, "alpha");
    CHECK_STR(eg_intern_str_id(p, buf, &a), "alpha");
    CHECK_STR(eg_intern_str_id(p, buf, &b), "alpha");
    CHECK_INT(a, b);
    CHECK(eg_intern_str_id(p, NULL, &b) == NULL);
    CHECK_INT(b, a);      /* untouched */
    eg_intern_memo(p, 1); /* the next batch: buf now holds other text */
    strcpy(buf, "beta");
    CHECK_STR(eg_intern_str_id(p, buf, &c), "beta");
    CHECK(c != a);
    CHECK_STR(eg_intern_str(p, buf), "beta");
    eg_intern_memo(p, 0);
    strcpy(buf, "gamma");
    CHECK_STR(eg_intern_str_id(p, buf, &d), "gamma");
    CHECK(d != a && d != c);
    CHECK_INT(eg_intern_count(p), 3);
    /* many addresses in one batch (slots shared): every id stays right */
    eg_intern_memo(p, 1);
    static char many[2000][8];
    for (int round = 0; round < 2; round++)
        for (int i = 0; i < 2000; i++) {
            if (round == 0)
                snprintf(many[i], sizeof many[i], "m%d", i);
            uint32_t id;
            CHECK_STR(eg_intern_str_id(p, many[i], &id), many[i]);
            CHECK_INT(id, 3 + i);
        }
    eg_intern_memo(p, 0);
    eg_intern_free(p);
    eg_intern_memo(NULL, 1); /* no-op */
}

/* One article's borrowed records into acc: entities x and y, and the pair
 * (x, y) twice over sentence `sent` (the strings at fixed addresses). */
static void borrowed_batch(eg_acc *acc, int borrow, char *x, char *y, char *id, char *date,
                           char *sent) {
    if (borrow)
        eg_acc_borrow(acc, 1);
    char *keys[2] = {x, y}, type[] = "person";
    for (int k = 0; k < 2; k++) {
        eg_entrec e;
        memset(&e, 0, sizeof e);
        e.key = e.name = keys[k];
        e.type = type;
        e.mentions = e.articles = 1;
        CHECK_INT(eg_acc_add_entity_copy(acc, &e, NULL), EG_OK);
    }
    eg_evidence ev[2] = {{id, sent, 3, 0, 1, 2, 3}, {id, sent, 9, 0, 1, 2, 3}};
    char *idv[1] = {id};
    for (int k = 0; k < 2; k++) {
        eg_pairrec p;
        memset(&p, 0, sizeof p);
        p.a = x;
        p.b = y;
        p.weight = 1;
        p.first_date = p.last_date = date;
        p.ids.v = idv;
        p.ids.n = p.ids.total = 1;
        p.ev = &ev[k];
        p.nev = 1;
        CHECK_INT(eg_acc_add_pair_copy(acc, &p, NULL), EG_OK);
    }
    if (borrow)
        eg_acc_borrow(acc, 0);
}

/* Batches under eg_acc_borrow merge as without it, also when the next
 * batch reuses the addresses of the last one for other text. */
static void test_borrow(void) {
    eg_strbuf out[2];
    for (int borrow = 0; borrow < 2; borrow++) {
        eg_acc *acc = eg_acc_new(NULL);
        char x[8], y[8], id[8], date[16], sent[32];
        const char *xs[] = {"a", "b", "a"}, *ys[] = {"b", "c", "c"};
        for (int b = 0; b < 3; b++) {
            strcpy(x, xs[b]);
            strcpy(y, ys[b]);
            snprintf(id, sizeof id, "art%d", b);
            snprintf(date, sizeof date, "2024-01-0%d", b + 1);
            snprintf(sent, sizeof sent, "Sentence %d.", b);
            borrowed_batch(acc, borrow, x, y, id, date, sent);
        }
        eg_strbuf_init(&out[borrow]);
        CHECK_INT(eg_acc_write_records(acc, &out[borrow], NULL), EG_OK);
        CHECK_INT(eg_acc_entities(acc), 3);
        CHECK_INT(eg_acc_pairs(acc), 3);
        eg_acc_free(acc);
    }
    CHECK(out[0].data && strstr(out[0].data, "Sentence 2.") && strstr(out[0].data, "art1"));
    CHECK_STR(out[1].data, out[0].data);
    eg_strbuf_destroy(&out[0]);
    eg_strbuf_destroy(&out[1]);
}

/* eg_intern_append: a copy kept with the pool, without an id: not found,
 * not counted, and refused by a sealed pool. */
static void test_append(void) {
    eg_intern *p = eg_intern_new();
    uint32_t id;
    CHECK(eg_intern_add(p, "kept", 4, &id) != NULL);
    char *a = eg_intern_append(p, "free text", 9);
    char *b = eg_intern_append(p, "free text", 9); /* no lookup: a second copy */
    CHECK_STR(a, "free text");
    CHECK_STR(b, "free text");
    CHECK(a != b);
    CHECK_STR(eg_intern_append(p, "abc", 2), "ab");
    CHECK_INT(eg_intern_count(p), 1);
    CHECK_INT(eg_intern_find(p, "free text", 9), -1);
    size_t big = 200 * 1024; /* more than a quarter of a chunk: a chunk of its own */
    char *s = malloc(big);
    memset(s, 'x', big);
    char *c = eg_intern_append(p, s, big);
    CHECK(c && strlen(c) == big && c[0] == 'x');
    CHECK_STR(eg_intern_append(p, "after", 5), "after");
    CHECK_STR(a, "free text"); /* earlier copies stay put */
    CHECK_STR(eg_intern_get(p, id), "kept");
    eg_intern_seal(p);
    CHECK(eg_intern_append(p, "late", 4) == NULL);
    free(s);
    eg_intern_free(p);
}

/* Strings and relation records of a borrowed batch stay put until it ends
 * (eg_acc_borrow's contract): they are freed by batch_end. */
static char *kept[16384];
static size_t nkept;
static eg_relrec kept_rels[4096];
static size_t nkept_rels;

static char *keep(const char *s) {
    CHECK(nkept < sizeof kept / sizeof *kept);
    return kept[nkept++] = strdup(s);
}

static void batch_end(void) {
    for (size_t i = 0; i < nkept; i++)
        free(kept[i]);
    for (size_t i = 0; i < nkept_rels; i++)
        eg_relrec_destroy(&kept_rels[i]);
    nkept = nkept_rels = 0;
}

/* A pair record over sentence `text` at byte `pos` of article `art`, every
 * string at an address of its own (as relation records have theirs). */
static eg_status add_ev_pair(eg_acc *acc, const char *x, const char *y, const char *art,
                             const char *text, uint32_t pos) {
    char *id = keep(art);
    eg_evidence ev = {id, keep(text), pos, 0, 2, 1, 1};
    char *idv[1] = {id};
    eg_pairrec p;
    memset(&p, 0, sizeof p);
    p.a = keep(x);
    p.b = keep(y);
    p.weight = 1;
    p.ids.v = idv;
    p.ids.n = p.ids.total = 1;
    p.ev = &ev;
    p.nev = 1;
    return eg_acc_add_pair_copy(acc, &p, NULL);
}

static eg_status add_ev_rel(eg_acc *acc, const char *x, const char *y, const char *art,
                            const char *text, uint32_t pos) {
    CHECK(nkept_rels < sizeof kept_rels / sizeof *kept_rels);
    eg_relrec *r = &kept_rels[nkept_rels++];
    memset(r, 0, sizeof *r);
    r->src = strdup(x);
    r->dst = strdup(y);
    r->verb = strdup("meet");
    r->cls = strdup("meeting");
    r->count = 1;
    r->ids.v = malloc(sizeof *r->ids.v);
    r->ids.v[0] = strdup(art);
    r->ids.n = r->ids.total = 1;
    r->ev = malloc(sizeof *r->ev);
    r->ev[0] = (eg_evidence){strdup(art), strdup(text), pos, 0, 2, 1, 1};
    r->nev = 1;
    return eg_acc_add_rel_copy(acc, r, NULL);
}

static void add_person(eg_acc *acc, const char *key) {
    eg_entrec e;
    memset(&e, 0, sizeof e);
    e.key = e.name = (char *)(uintptr_t)key;
    e.type = (char *)(uintptr_t) "person";
    e.mentions = e.articles = 1;
    CHECK_INT(eg_acc_add_entity_copy(acc, &e, NULL), EG_OK);
}

/* Evidence sentences of a borrowed batch are kept once each, by position and
 * text, outside the pool's hash set: a pair and a relation over one sentence
 * (at different addresses) share its copy; the same position with other
 * text (a second article in the batch) gets a copy of its own; a batch of
 * more sentences than the memo holds, and records added unborrowed, merge
 * to the same records. */
/* An accumulator holding persons k:a ... k:d, borrowing article strings
 * when `borrow`. */
static eg_acc *four_people(const eg_record_limits *lim, int borrow) {
    eg_acc *acc = eg_acc_new(lim);
    const char *keys[] = {"k:a", "k:b", "k:c", "k:d"};
    for (int k = 0; k < 4; k++)
        add_person(acc, keys[k]);
    if (borrow)
        eg_acc_borrow(acc, 1);
    return acc;
}

static void test_borrowed_sentences(void) {
    eg_strbuf out[2];
    size_t strings[2];
    for (int borrow = 0; borrow < 2; borrow++) {
        eg_record_limits lim;
        eg_record_limits_default(&lim);
        lim.evidence = 5000; /* every sentence kept */
        eg_acc *acc = four_people(&lim, borrow);
        CHECK_INT(add_ev_pair(acc, "k:a", "k:b", "art1", "A met B.", 5), EG_OK);
        CHECK_INT(add_ev_rel(acc, "k:a", "k:b", "art1", "A met B.", 5), EG_OK);
        CHECK_INT(add_ev_pair(acc, "k:a", "k:c", "art2", "A saw C.", 5), EG_OK); /* near miss */
        CHECK_INT(add_ev_pair(acc, "k:a", "k:c", "art1", "A met B.", 5), EG_OK);
        /* 3000 more sentences of one article in the batch: the memo fills */
        for (uint32_t i = 0; i < 3000; i++) {
            char text[32];
            snprintf(text, sizeof text, "Sentence number %u here.", (unsigned)i);
            const char *y = i % 2 ? "k:c" : "k:d";
            CHECK_INT(add_ev_pair(acc, "k:b", y, "art3", text, 100 + i * 30), EG_OK);
            CHECK_INT(add_ev_rel(acc, "k:b", y, "art3", text, 100 + i * 30), EG_OK);
        }
        if (borrow)
            eg_acc_borrow(acc, 0);
        batch_end();
        /* unborrowed afterwards: interned as before */
        CHECK_INT(add_ev_pair(acc, "k:c", "k:d", "art4", "C and D.", 7), EG_OK);
        CHECK_INT(add_ev_rel(acc, "k:c", "k:d", "art4", "C and D.", 7), EG_OK);
        batch_end();
        eg_strbuf_init(&out[borrow]);
        CHECK_INT(eg_acc_write_records(acc, &out[borrow], NULL), EG_OK);

        eg_model m;
        CHECK_INT(eg_acc_to_model(acc, NULL, &m, NULL), EG_OK);
        strings[borrow] = eg_intern_count(m.strings);
        CHECK_INT(m.nco, 5); /* ab ac bc bd cd */
        CHECK_INT(m.nrel, 4);
        const eg_coedge *ab = &m.co[0], *ac = &m.co[1], *cd = &m.co[4];
        CHECK(m.nodes[ab->a].key[2] == 'a' && m.nodes[ab->b].key[2] == 'b');
        CHECK(m.nodes[ac->a].key[2] == 'a' && m.nodes[ac->b].key[2] == 'c');
        CHECK(m.nodes[cd->a].key[2] == 'c' && m.nodes[cd->b].key[2] == 'd');
        const eg_reledge *rab = &m.rel[0];
        CHECK(m.nodes[rab->src].key[2] == 'a' && m.nodes[rab->dst].key[2] == 'b');
        CHECK_INT(ab->nev, 1);
        CHECK_INT(ac->nev, 2);
        CHECK_INT(rab->nev, 1);
        CHECK_STR(sent_of(&m, &ab->ev[0])->sentence, "A met B.");
        CHECK(sent_of(&m, &rab->ev[0])->sentence == sent_of(&m, &ab->ev[0])->sentence);
        CHECK_STR(sent_of(&m, &ac->ev[0])->article, "art1");
        CHECK(sent_of(&m, &ac->ev[0])->sentence == sent_of(&m, &ab->ev[0])->sentence);
        CHECK_STR(sent_of(&m, &ac->ev[1])->article, "art2");
        CHECK_STR(sent_of(&m, &ac->ev[1])->sentence, "A saw C.");
        CHECK_STR(sent_of(&m, &cd->ev[0])->sentence, "C and D.");
        eg_model_destroy(&m);
        eg_acc_free(acc);
    }
    CHECK(out[0].data && strstr(out[0].data, "Sentence number 2999 here."));
    CHECK_STR(out[1].data, out[0].data);
    /* The borrowed batch's first 1536 sentences (until the memo is 3/4
     * full) are not in the hash set: fewer strings are counted. */
    CHECK_INT(strings[0] - strings[1], 1536);
    eg_strbuf_destroy(&out[0]);
    eg_strbuf_destroy(&out[1]);
}

/* Model evidence entries point to sentences kept once each: a pair and a
 * relation over one sentence of an article share it, borrowed or not; the
 * same text at the same position of another article in the batch, and the
 * same text at another position, are sentences of their own (near
 * misses). */
static void test_evidence_sentences(void) {
    for (int borrow = 0; borrow < 2; borrow++) {
        eg_record_limits lim;
        eg_record_limits_default(&lim);
        eg_acc *acc = four_people(&lim, borrow);
        CHECK_INT(add_ev_pair(acc, "k:a", "k:b", "art1", "A met B.", 5), EG_OK);
        CHECK_INT(add_ev_rel(acc, "k:a", "k:b", "art1", "A met B.", 5), EG_OK);
        CHECK_INT(add_ev_pair(acc, "k:a", "k:c", "art2", "A met B.", 5), EG_OK);
        CHECK_INT(add_ev_pair(acc, "k:a", "k:d", "art1", "A met B.", 9), EG_OK);
        if (borrow)
            eg_acc_borrow(acc, 0);
        batch_end();
        eg_model m;
        CHECK_INT(eg_acc_to_model(acc, NULL, &m, NULL), EG_OK);
        CHECK_INT(m.nco, 3);
        CHECK_INT(m.nrel, 1);
        CHECK_INT(eg_evpool_sentences(m.evidence), 3);
        const eg_coedge *ab = &m.co[0], *ac = &m.co[1], *ad = &m.co[2];
        CHECK_INT(m.rel[0].ev[0].sent, ab->ev[0].sent);
        CHECK(ac->ev[0].sent != ab->ev[0].sent);
        CHECK_STR(sent_of(&m, &ac->ev[0])->article, "art2");
        CHECK_INT(sent_of(&m, &ac->ev[0])->pos, 5);
        CHECK(ad->ev[0].sent != ab->ev[0].sent);
        CHECK_STR(sent_of(&m, &ad->ev[0])->article, "art1");
        CHECK_INT(sent_of(&m, &ad->ev[0])->pos, 9);
        CHECK_STR(sent_of(&m, &ad->ev[0])->sentence, "A met B.");
        CHECK_INT(ad->ev[0].a_start, 0);
        CHECK_INT(ad->ev[0].a_len, 1);
        CHECK_INT(ad->ev[0].b_start, 2);
        CHECK_INT(ad->ev[0].b_len, 1);
        eg_model_destroy(&m);
        eg_acc_free(acc);
    }
}

/* The pool's sentences keep their numbers and values across its blocks. */
static void test_evpool_sentences(void) {
    eg_evpool *p = eg_evpool_new();
    static char names[3][8] = {"x", "y", "z"};
    for (uint32_t i = 0; i < 9000; i++) {
        uint32_t id = 0;
        eg_evsent e = {names[i % 3], names[(i + 1) % 3], i * 7};
        CHECK_INT(eg_evpool_add_sentence(p, &e, &id), 0);
        CHECK_INT(id, i);
    }
    CHECK_INT(eg_evpool_sentences(p), 9000);
    for (uint32_t i = 0; i < 9000; i += 1 + i % 97) {
        const eg_evsent *e = eg_evpool_sentence(p, i);
        CHECK(e->article == names[i % 3] && e->sentence == names[(i + 1) % 3]);
        CHECK_INT(e->pos, i * 7);
    }
    CHECK_INT(eg_evpool_sentence(p, 4096)->pos, 4096 * 7);
    CHECK_INT(eg_evpool_sentence(p, 8999)->pos, 8999 * 7);
    eg_evpool_free(p);
}

/* The merged tables are smaller than the model's edges and become them in
 * place: every field of many varied edges survives, in key order, and the
 * edges dropped between them (an endpoint that is no entity, a weight under
 * --min-weight) leave no trace in their neighbours. Relations keep their
 * flags, forms and speakers the same way, whether the edges are sorted on
 * the calling thread (threads 1) or on a thread of their own. */
static void test_edges_grow_in_place(size_t threads) {
    eg_record_limits lim;
    eg_record_limits_default(&lim);
    lim.article_ids = 3;
    lim.evidence = 3;
    eg_acc *acc = eg_acc_new(&lim);
    char ka[16], kb[16], id[16], date[16];
    for (int i = 0; i < 120; i++) {
        snprintf(ka, sizeof ka, "k%03d", i);
        add_entity(acc, ka);
    }
    /* pair (i, i + 1 + d) for d < 8, added in scrambled order; pairs with
     * d == 7 name a key that is no entity, pairs with i % 5 == 4 stay at
     * weight 1, under the filter */
    uint32_t x = 777;
    for (int n = 0; n < 120 * 8 * 3; n++) {
        x = x * 1103515245u + 12345u;
        int i = (int)((x >> 8) % 120), d = (int)((x >> 20) % 8);
        snprintf(ka, sizeof ka, "k%03d", i);
        if (d == 7)
            snprintf(kb, sizeof kb, "zz%03d", i);
        else
            snprintf(kb, sizeof kb, "k%03d", (i + 1 + d) % 120);
        if (strcmp(ka, kb) > 0) {
            char t[16];
            memcpy(t, ka, sizeof t);
            memcpy(ka, kb, sizeof t);
            memcpy(kb, t, sizeof t);
        }
        snprintf(id, sizeof id, "a%05d", n);
        snprintf(date, sizeof date, "2024-%02d-%02d", 1 + n % 12, 1 + n % 28);
        eg_pairrec p = pair(ka, kb, id, n % 3 ? date : NULL, (uint32_t)n);
        p.weight = i % 5 == 4 ? 0 : 2;
        CHECK_INT(eg_acc_add_pair(acc, &p, NULL), EG_OK);
    }
    for (int i = 0; i < 40; i++) {
        snprintf(ka, sizeof ka, "k%03d", i);
        snprintf(kb, sizeof kb, "k%03d", i + 1);
        snprintf(id, sizeof id, "r%03d", i);
        eg_relrec r = rel(ka, kb, "meet", i % 2 ? "contact" : NULL, i % 3 ? "met" : "meets", id);
        r.negated = i % 2;
        r.hedged = i % 3 == 0;
        if (i % 4 == 0)
            eg_strset_add(&r.reporters, "k000", 8);
        if (i % 8 == 0)
            eg_strset_add(&r.reporters, "k001", 8);
        CHECK_INT(eg_acc_add_rel(acc, &r, NULL), EG_OK);
        r = rel(kb, ka, "meet", NULL, "meeting", id); /* the other way round: an edge of its own */
        CHECK_INT(eg_acc_add_rel(acc, &r, NULL), EG_OK);
    }
    /* the same edges without the filter, as records, for reference */
    eg_strbuf all;
    eg_strbuf_init(&all);
    CHECK_INT(eg_acc_write_records(acc, &all, NULL), EG_OK);

    eg_model m;
    eg_model_filter f = {2, threads};
    CHECK_INT(eg_acc_to_model(acc, &f, &m, NULL), EG_OK);
    CHECK_INT(m.nnodes, 120);
    CHECK(m.nco > 300);
    size_t bad = 0;
    for (size_t k = 0; k < m.nco; k++) {
        const eg_coedge *e = &m.co[k];
        if (k && !(m.co[k - 1].a < e->a || (m.co[k - 1].a == e->a && m.co[k - 1].b < e->b)))
            bad++;
        if (e->weight < 2 || e->weight % 2 || e->ids.total != e->weight / 2)
            bad++;
        if (e->ids.n != (e->ids.total < 3 ? e->ids.total : 3) || e->nev != e->ids.n)
            bad++;
        for (size_t j = 0; j < e->ids.n; j++)
            if (strcmp(e->ids.v[j], sent_of(&m, &e->ev[j])->article) != 0 ||
                (j && strcmp(e->ids.v[j - 1], e->ids.v[j]) >= 0))
                bad++;
        /* the dates are those of the articles with dates among the edge's */
        if (e->first_date && (!e->last_date || strcmp(e->first_date, e->last_date) > 0))
            bad++;
        /* the record line of the same edge names the same date range */
        char line[160];
        snprintf(line, sizeof line, "P\t%s\t%s\t", m.nodes[e->a].key, m.nodes[e->b].key);
        const char *at = strstr(all.data, line);
        if (!at)
            bad++;
        else {
            const char *end = strchr(at, '\n');
            const char *fd = strstr(at, "\"first\":\"");
            int has = fd && fd < end;
            if (has != (e->first_date != NULL) || (has && strncmp(fd + 9, e->first_date, 10) != 0))
                bad++;
        }
    }
    CHECK_INT(bad, 0);
    CHECK_INT(m.nrel, 80);
    for (size_t k = 0; k < m.nrel; k++) {
        const eg_reledge *r = &m.rel[k];
        int lo = r->src < r->dst ? (int)r->src : (int)r->dst;
        int forward = r->src < r->dst;
        if (!forward) {
            if (strcmp(r->forms, "meeting") != 0 || r->negated || r->hedged || r->reported_by ||
                strcmp(r->cls, "other") != 0)
                bad++;
            continue;
        }
        const char *form = lo % 3 ? "met" : "meets";
        const char *by = lo % 8 == 0 ? "k000|k001" : lo % 4 == 0 ? "k000" : NULL;
        if (strcmp(r->forms, form) != 0 || r->negated != lo % 2 || r->hedged != (lo % 3 == 0) ||
            strcmp(r->cls, lo % 2 ? "contact" : "other") != 0 || r->count != 1 || r->ids.n != 1 ||
            (by ? !r->reported_by || strcmp(r->reported_by, by) != 0 : r->reported_by != NULL))
            bad++;
    }
    CHECK_INT(bad, 0);
    eg_strbuf_destroy(&all);
    eg_model_destroy(&m);
    eg_acc_free(acc);
}

int main(void) {
    test_pool();
    test_append();
    test_borrowed_sentences();
    test_evidence_sentences();
    test_evpool_sentences();
    test_borrow();
    test_memo();
    test_pooled_edges();
    test_cap_one();
    test_sorted_edges();
    test_edges_grow_in_place(1);
    test_edges_grow_in_place(2);
    test_seal();
    test_sorted_relations();
    return check_finish();
}
