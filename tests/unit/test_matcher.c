/* test_matcher: tagging gazetteer forms in tokenised, segmented text:
 * longest-leftmost, aliases/acronyms/demonyms, possessives, quotes, accents,
 * case rules, headlines, --ignore-case, ambiguity, stop list and the
 * "name inside a longer capitalised name" checks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "gazetteer.h"
#include "matcher.h"
#include "segment.h"
#include "tokenize.h"

static eg_doc D;
static char out[4096];
static eg_matcher *M; /* when set, tag() runs it instead of eg_match */

static const char *const titles[] = {"President", "Mrs", "Mr.", "Prime Minister", "Governor"};
static const char *const designators[] = {"Inc", "Ltd", "Plc", "Group"};

static void add(eg_gazetteer *g, const char *name, const char *type, const char *key,
                const char *aliases, const char *demonyms) {
    const char *al[8], *de[8];
    size_t na = 0, nd = 0;
    static char buf[16][256];
    static int slot;
    if (aliases) {
        char *b = buf[slot++ % 16];
        snprintf(b, 256, "%s", aliases);
        for (char *p = strtok(b, "|"); p; p = strtok(NULL, "|"))
            al[na++] = p;
    }
    if (demonyms) {
        char *b = buf[slot++ % 16];
        snprintf(b, 256, "%s", demonyms);
        for (char *p = strtok(b, "|"); p; p = strtok(NULL, "|"))
            de[nd++] = p;
    }
    eg_error err;
    eg_error_clear(&err);
    eg_status st = eg_gazetteer_add(g, name, type, key, al, na, de, nd, &err);
    if (st != EG_OK)
        fprintf(stderr, "add %s: %s\n", name, err.text);
    CHECK_INT(st, EG_OK);
}

static eg_gazetteer *build(void) {
    eg_gazetteer *g = eg_gazetteer_new();
    add(g, "United States", "country", "USA", "US|U.S.|United States of America|America",
        "American|Americans");
    add(g, "Russia", "country", "RUS", "Russian Federation", "Russian|Russians");
    add(g, "China", "country", "CHN", NULL, "Chinese");
    add(g, "France", "country", "FRA", NULL, "French");
    add(g, "Mexico", "country", "MEX", NULL, "Mexican");
    add(g, "Georgia", "country", "GEO", NULL, NULL);
    add(g, "State of Georgia", "location", NULL, "Georgia", NULL);
    add(g, "New York", "location", NULL, "New York City", NULL);
    add(g, "New York Times", "organisation", "nyt", "NYT", NULL);
    add(g, "Apple", "organisation", NULL, NULL, NULL);
    add(g, "Shell", "organisation", NULL, NULL, NULL);
    add(g, "Theresa May", "person", NULL, "May", NULL);
    add(g, "Emmanuel Macron", "person", NULL, "Macron", NULL);
    add(g, "Conan O'Brien", "person", NULL, "O’Brien", NULL);
    add(g, "José Andrés", "person", NULL, NULL, NULL);
    add(g, "Zürich", "location", NULL, NULL, NULL);
    add(g, "acme widgets", "product", NULL, NULL, NULL);
    add(g, "widgets corp", "organisation", NULL, NULL, NULL);
    add(g, "Al-Shabaab", "organisation", NULL, NULL, NULL);
    add(g, "e", "letter", NULL, NULL, NULL);
    add(g, "Chad", "country", "TCD", NULL, "Chadian");
    add(g, "Sudan", "country", "SDN", NULL, "Sudanese");
    add(g, "Jordan", "country", "JOR", NULL, "Jordanian");
    add(g, "Turkey", "country", "TUR", NULL, "Turkish");
    add(g, "European Union", "organisation", "EU", "EU", NULL);
    add(g, "Pacific Ocean", "location", "location:pacific", "Pacific", NULL);
    add(g, "Lima", "location", "location:lima", NULL, NULL);
    add(g, "Switzerland", "country", "CHE", NULL, "Swiss");
    add(g, "United States Court of International Trade", "agency", "agency:cit",
        "U.S. Court of International Trade|Court of International Trade", NULL);
    add(g, "United States Army", "agency", "agency:army", "U.S. Army|US Army", NULL);
    add(g, "U.S. Citizenship and Immigration Services", "agency", "agency:uscis", "USCIS", NULL);
    add(g, "Financial Market Supervisory Authority", "agency", "agency:finma",
        "Swiss Financial Market Supervisory Authority|FINMA", NULL);
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_gazetteer_add_attr(g, "location:pacific", "category", "water", &err), EG_OK);
    CHECK_INT(eg_gazetteer_add_attr(g, "location:lima", "category", "capital", &err), EG_OK);
    CHECK_INT(eg_gazetteer_add_stop(g, "May", &err), EG_OK);
    CHECK_INT(eg_gazetteer_add_stop(g, "shell", &err), EG_OK);
    CHECK_INT(eg_gazetteer_add_stop(g, "Chad", &err), EG_OK);
    CHECK_INT(eg_gazetteer_add_stop(g, "Jordan", &err), EG_OK);
    CHECK_INT(eg_gazetteer_finish(g, NULL, &err), EG_OK);
    return g;
}

/* Tags title/body and returns "text=key" per mention ("/d" for demonyms). */
static const char *tag(const eg_gazetteer *g, const eg_match_opts *o, const char *title,
                       const char *body) {
    eg_doc_reset(&D);
    if (eg_doc_set_text(&D, title, title ? strlen(title) : 0, body, strlen(body)) ||
        eg_tokenize(&D) || eg_segment(&D))
        return "(nomem)";
    static eg_error err;
    eg_error_clear(&err);
    if ((M ? eg_matcher_run(M, &D, &err) : eg_match(g, o, &D, &err)) != EG_OK)
        return err.text;
    out[0] = '\0';
    for (size_t i = 0; i < D.ments.n; i++) {
        const eg_mention *m = &D.ments.v[i];
        size_t n = strlen(out);
        snprintf(out + n, sizeof out - n, "%s%.*s=%s%s", i ? "; " : "", (int)(m->end - m->start),
                 D.text + m->start, eg_gazetteer_key(g, (size_t)D.ents.v[m->ent].gaz),
                 m->origin == EG_ORIGIN_DEMONYM ? "/d" : "");
    }
    return out;
}

static void test_basic(const eg_gazetteer *g, const eg_match_opts *o) {
    CHECK_STR(tag(g, o, NULL, "The New York Times reported from New York City and New York."),
              "New York Times=nyt; New York City=location:New York; New York=location:New York");
    CHECK_STR(tag(g, o, NULL, "The US, the U.S. and the United States of America. Americans too."),
              "US=USA; U.S.=USA; United States of America=USA; Americans=USA/d");
    /* one doc entity per gazetteer entity, counting mentions */
    CHECK_INT(D.ents.n, 1);
    CHECK_INT(D.ents.v[0].mentions, 4);
    CHECK_INT(D.ents.v[0].gaz, eg_gazetteer_find(g, "United States"));
    CHECK_INT(D.ments.v[3].origin, EG_ORIGIN_DEMONYM);
    CHECK_INT(D.ments.v[0].origin, EG_ORIGIN_GAZETTEER);
    CHECK_INT(D.ments.v[3].sentence, 1);

    /* offsets, sentences and paragraphs (title first, then the body) */
    CHECK_STR(tag(g, o, "Russia warns", "Officials in Russia’s capital spoke.\n\nRussia's army."),
              "Russia=RUS; Russia=RUS; Russia=RUS");
    CHECK_INT(D.ments.n, 3);
    if (D.ments.n == 3) {
        CHECK_INT(D.ments.v[0].start, 0);
        CHECK_INT(D.ments.v[0].end, 6);
        CHECK_INT(D.ments.v[0].tok_begin, 0);
        CHECK_INT(D.ments.v[0].tok_end, 1);
        CHECK_INT(D.ments.v[1].start, 14 + 13);
        CHECK_INT(D.ments.v[1].end, 14 + 19);
        CHECK_INT(D.ments.v[0].paragraph, 0);
        CHECK_INT(D.ments.v[1].paragraph, 1);
        CHECK_INT(D.ments.v[2].paragraph, 2);
        CHECK_INT(D.ments.v[2].sentence, 2);
    }
    CHECK_INT(D.ents.v[0].mentions, 3);

    /* longest-leftmost: the left match wins, then the scan goes on after it */
    CHECK_STR(tag(g, o, NULL, "they sell acme widgets corp parts"),
              "acme widgets=product:acme widgets");
    CHECK_STR(tag(g, o, NULL, "they sell widgets corp parts"),
              "widgets corp=organisation:widgets corp");

    /* quotes, dashes and accents */
    CHECK_STR(tag(g, o, NULL, "Later, Conan O’Brien joked with O'Brien fans."),
              "Conan O’Brien=person:Conan O'Brien; O'Brien=person:Conan O'Brien");
    CHECK_STR(tag(g, o, NULL, "Fighters of Al‑Shabaab and Al–Shabaab attacked."),
              "Al‑Shabaab=organisation:Al-Shabaab; Al–Shabaab=organisation:Al-Shabaab");
    CHECK_STR(tag(g, o, NULL, "The chef José Andrés cooked in Zürich, not Jose Andres in Zurich."),
              "José Andrés=person:José Andrés; Zürich=location:Zürich");

    /* case: "apple" is not Apple, "us" is not US */
    CHECK_STR(tag(g, o, NULL, "He told us to eat an apple in america."), "");
    CHECK_STR(tag(g, o, NULL, "Apple told us that America is big."),
              "Apple=organisation:Apple; America=USA");
}

static void test_case_modes(const eg_gazetteer *g) {
    eg_match_opts ic = {1, titles, 5, designators, 4};
    /* forms written in capitals (acronyms) still need capitals: "us" is a word */
    CHECK_STR(tag(g, &ic, NULL, "He told us to eat an apple in america."),
              "apple=organisation:Apple; america=USA");
    CHECK_STR(tag(g, &ic, NULL, "He met US officials and Us fans."), "US=USA");
    CHECK_STR(tag(g, &ic, NULL, "the new york times said"), "new york times=nyt");

    /* all-caps headline: case ignored for forms of 2+ letters */
    eg_match_opts o = {0, titles, 5, designators, 4};
    CHECK_STR(tag(g, &o, "RUSSIA’S ENVOY MEETS US AND FRENCH OFFICIALS IN NEW YORK", "Text."),
              "RUSSIA=RUS; US=USA; FRENCH=FRA/d; NEW YORK=location:New York");
    CHECK_INT(D.sents.v[0].flags & EG_SENT_ALLCAPS, EG_SENT_ALLCAPS);
    CHECK_STR(tag(g, &o, "E IS FOR APPLE", "Text."), "APPLE=organisation:Apple");
    CHECK_STR(tag(g, &o, NULL, "Vitamin e is good."), "e=letter:e");
    /* capitals in an ordinary sentence are not enough */
    CHECK_STR(tag(g, &o, NULL, "The word APPLE is shouted by RUSSIA fans."), "");
    /* ...but a dateline is: capitals at a line start followed by a dash, comma or bracket */
    CHECK_STR(tag(g, &o, NULL, "NEW YORK — Shares fell.\nZÜRICH (Reuters) — Rates rose."),
              "NEW YORK=location:New York; ZÜRICH=location:Zürich");
    CHECK_STR(tag(g, &o, NULL, "Shares fell in NEW YORK — and rose."), "");
}

static void test_ambiguous(const eg_gazetteer *g, const eg_match_opts *o) {
    CHECK_STR(tag(g, o, NULL, "He went to Georgia and to the State of Georgia."),
              "State of Georgia=location:State of Georgia");
    CHECK_INT(D.ambiguous, 1);
    CHECK_STR(tag(g, o, NULL, "Georgia, Georgia and Russia."), "Russia=RUS");
    CHECK_INT(D.ambiguous, 2);
}

static void test_stoplist(const eg_gazetteer *g, const eg_match_opts *o) {
    CHECK_STR(tag(g, o, NULL, "May said no. In May prices rose."), "");
    CHECK_STR(tag(g, o, NULL, "Theresa May spoke. Later May said no."),
              "Theresa May=person:Theresa May; May=person:Theresa May");
    CHECK_STR(tag(g, o, NULL, "Mrs May spoke. Then Mrs. May left."),
              "May=person:Theresa May; May=person:Theresa May");
    CHECK_STR(tag(g, o, NULL, "Prime Minister May spoke."), "May=person:Theresa May");
    /* the same form without titles: no signal */
    eg_match_opts bare = {0, NULL, 0, NULL, 0};
    CHECK_STR(tag(g, &bare, NULL, "Then Mrs May left."), "");
    /* stop-listed organisation with a designator after it; the signal also
     * confirms the bare form before it */
    CHECK_STR(tag(g, o, NULL, "Shell said so. Shell Plc agreed."),
              "Shell=organisation:Shell; Shell=organisation:Shell");
    CHECK_INT(D.ments.n, 2);
    if (D.ments.n == 2)
        CHECK_INT(D.ments.v[0].sentence, 0);
    CHECK_STR(tag(g, o, NULL, "Shell said so. Apple agreed."), "Apple=organisation:Apple");
    /* a place confirmed only later by a strong signal */
    CHECK_STR(tag(g, o, NULL, "Aid reached Chad on Monday. The Chadian government thanked donors."),
              "Chad=TCD; Chadian=TCD/d");
    CHECK_STR(tag(g, o, NULL, "Aid reached Chad on Monday. It fled to eastern Chad."),
              "Chad=TCD; Chad=TCD");
    CHECK_STR(tag(g, o, NULL, "Chad said no. Then Jordan and Mary left."), "");
    /* places: a compass word before, a list with another country, a dateline;
     * once accepted, later bare uses count */
    CHECK_STR(tag(g, o, NULL, "Refugees crossed into eastern Chad. Chad asked for help."),
              "Chad=TCD; Chad=TCD");
    CHECK_STR(tag(g, o, NULL, "They fled to north-eastern Chad."), "Chad=TCD");
    CHECK_STR(tag(g, o, NULL, "Turkey and Jordan signed a deal."), "Turkey=TUR; Jordan=JOR");
    CHECK_STR(tag(g, o, NULL, "Jordan and Turkey signed a deal."), "Jordan=JOR; Turkey=TUR");
    CHECK_STR(tag(g, o, NULL, "ADRÉ, Chad (AFP) — People fled Sudan."), "Chad=TCD; Sudan=SDN");
    /* no signal: a first name, or a list of people */
    CHECK_STR(tag(g, o, NULL, "Jordan said no. Chad and Mary left."), "");
    /* a stop-listed form in the title counts once the body names the entity */
    CHECK_STR(tag(g, o, "Refugees flee into Chad", "More people reached eastern Chad."),
              "Chad=TCD; Chad=TCD");
    CHECK_INT(D.ments.n, 2);
    if (D.ments.n == 2)
        CHECK(D.ments.v[0].start < D.ments.v[1].start);
    CHECK_STR(tag(g, o, "Refugees flee into Chad", "More people arrived."), "");
    /* session 5: a stop-listed organisation in a list with another one, after
     * a country's possessive, or before a word for a part of a business */
    CHECK_STR(tag(g, o, NULL, "Output fell after Shell and Apple left."),
              "Shell=organisation:Shell; Apple=organisation:Apple");
    CHECK_STR(tag(g, o, NULL, "It sold the Shell subsidiary last year."),
              "Shell=organisation:Shell");
    CHECK_STR(tag(g, o, NULL, "It sued Switzerland’s Shell on Monday."),
              "Switzerland=CHE; Shell=organisation:Shell");
    /* near misses: a list with a country, a lower-case word that is no part of
     * a business, a demonym before it */
    CHECK_STR(tag(g, o, NULL, "Shell and Turkey signed."), "Turkey=TUR");
    CHECK_STR(tag(g, o, NULL, "The Shell shares fell."), "");
    CHECK_STR(tag(g, o, NULL, "The Swiss Shell said so."), "Swiss=CHE/d");
}

static void test_context(const eg_gazetteer *g, const eg_match_opts *o) {
    CHECK_STR(tag(g, o, NULL, "He flew to New Mexico and then to Mexico."), "Mexico=MEX");
    CHECK_INT(D.ments.n, 1);
    if (D.ments.n == 1)
        CHECK_INT(D.ments.v[0].start, 34);
    CHECK_STR(tag(g, o, NULL, "He flew with Air France to France today."), "France=FRA");
    CHECK_STR(tag(g, o, NULL, "the Chinese Foreign Ministry said"), "");
    CHECK_STR(tag(g, o, NULL, "the China Daily said"), "");
    CHECK_STR(tag(g, o, NULL, "as China’s Foreign Ministry said"), "China=CHN");
    CHECK_STR(tag(g, o, NULL, "the Chinese President met French President Emmanuel Macron"),
              "Chinese=CHN/d; French=FRA/d; Emmanuel Macron=person:Emmanuel Macron");
    CHECK_STR(tag(g, o, NULL, "talks between Russia China and America"),
              "Russia=RUS; China=CHN; America=USA");
    CHECK_STR(tag(g, o, NULL, "Yesterday Mexico said so."), "Mexico=MEX");
    /* a function word before a name is no part of it ("The" after a dateline) */
    CHECK_STR(tag(g, o, NULL, "PARIS — The European Union agreed."), "European Union=EU");
    CHECK_STR(tag(g, o, NULL, "“The EU will act,” he said."), "EU=EU");
    CHECK_STR(tag(g, o, NULL, "Then Greater Mexico said so."), "");
    CHECK_STR(tag(g, o, NULL, "he met Governor Macron"), "Macron=person:Emmanuel Macron");
    /* a designator after an organisation does not reject it; after a country it does */
    CHECK_STR(tag(g, o, NULL, "shares of Apple Inc rose"), "Apple=organisation:Apple");
    CHECK_STR(tag(g, o, NULL, "shares of China Group rose"), "");
    /* an agency alias gluing an abbreviated country to the body gives two
     * mentions, the country and the body; a spelt-out country or a form
     * that is the body's own name stays whole */
    CHECK_STR(tag(g, o, NULL, "The U.S. Court of International Trade ruled."),
              "U.S.=USA; Court of International Trade=agency:cit");
    CHECK_STR(tag(g, o, NULL, "The US Army and the United States Army left."),
              "US=USA; Army=agency:army; United States Army=agency:army");
    CHECK_STR(tag(g, o, NULL, "U.S. Citizenship and Immigration Services said."),
              "U.S. Citizenship and Immigration Services=agency:uscis");
    CHECK_STR(tag(g, o, NULL, "The Swiss Financial Market Supervisory Authority said."),
              "Swiss Financial Market Supervisory Authority=agency:finma");
    /* a sea or region named as a beat or portfolio before a title is no
     * place; a city before a title is ("Lima Mayor") */
    CHECK_STR(tag(g, o, NULL, "It quoted Pacific Governor Tom Lee."), "");
    CHECK_STR(tag(g, o, NULL, "Boats crossed the Pacific in May. Lima Governor Ana Ruiz spoke."),
              "Pacific=location:pacific; Lima=location:lima");
    /* title-case headlines skip the context checks */
    CHECK_STR(tag(g, o, "Air France Flies To New Mexico", "Text."), "France=FRA; Mexico=MEX");
    /* a currency sign glued to a country form names a currency */
    CHECK_STR(tag(g, o, NULL, "It lent US$120 million, and the US gave US $5 million."),
              "US=USA; US=USA");
}

static void test_doc_handling(const eg_gazetteer *g, const eg_match_opts *o) {
    /* boilerplate sentences are skipped */
    eg_doc_reset(&D);
    const char *body = "Russia spoke.\n\nFollow us on France.";
    eg_doc_set_text(&D, NULL, 0, body, strlen(body));
    eg_tokenize(&D);
    eg_segment(&D);
    CHECK_INT(D.sents.n, 2);
    D.sents.v[1].flags |= EG_SENT_BOILER;
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_match(g, o, &D, &err), EG_OK);
    CHECK_INT(D.ments.n, 1);

    /* an existing mention is kept; its tokens are not matched again; order holds */
    eg_doc_reset(&D);
    body = "France and Russia and China.";
    eg_doc_set_text(&D, NULL, 0, body, strlen(body));
    eg_tokenize(&D);
    eg_segment(&D);
    long de = eg_doc_discovered(&D, "Russia Inc", 10, "organisation");
    eg_mention *m = EG_VEC_PUSH(D.ments);
    m->tok_begin = 2;
    m->tok_end = 3;
    m->start = 11;
    m->end = 17;
    m->ent = (uint32_t)de;
    m->origin = EG_ORIGIN_RULE;
    CHECK_INT(eg_match(g, o, &D, &err), EG_OK);
    CHECK_INT(D.ments.n, 3);
    if (D.ments.n == 3) {
        CHECK_INT(D.ments.v[0].start, 0);
        CHECK_INT(D.ments.v[1].origin, EG_ORIGIN_RULE);
        CHECK_INT(D.ments.v[2].start, 22);
    }

    /* a new entity typed (and named) with strings of the doc's own name pool,
     * as a rule does when it gives a body the type of one the article
     * already has: the pool grows under them (ASan catches a dangling read) */
    {
        char name[32];
        for (int i = 0; i < 200; i++) {
            long prev = eg_doc_discovered(&D, "Russia Inc", 10, "organisation");
            const char *ptype = D.names.data + D.ents.v[prev].type_off;
            snprintf(name, sizeof name, "Body %d", i);
            long ne = eg_doc_discovered(&D, name, strlen(name), ptype);
            CHECK(ne > prev);
            if (ne >= 0)
                CHECK_STR(D.names.data + D.ents.v[ne].type_off, "organisation");
            const char *pname = D.names.data + D.ents.v[ne].name_off;
            long same = eg_doc_discovered(&D, pname, strlen(pname), "agency");
            CHECK(same >= 0);
            if (same >= 0)
                CHECK_STR(D.names.data + D.ents.v[same].name_off, name);
        }
    }

    /* an unfinished gazetteer is a usage error */
    eg_gazetteer *raw = eg_gazetteer_new();
    eg_error_clear(&err);
    CHECK_INT(eg_match(raw, o, &D, &err), EG_ERR_USAGE);
    eg_gazetteer_free(raw);

    /* NULL options: no titles, no designators, case kept */
    CHECK_STR(tag(g, NULL, NULL, "Russia and apple."), "Russia=RUS");
}

/* Deterministic results whatever the order in which entities were added. */
static void test_order(void) {
    eg_gazetteer *a = eg_gazetteer_new(), *b = eg_gazetteer_new();
    add(a, "Russia", "country", "RUS", NULL, NULL);
    add(a, "France", "country", "FRA", NULL, NULL);
    add(b, "France", "country", "FRA", NULL, NULL);
    add(b, "Russia", "country", "RUS", NULL, NULL);
    eg_error err;
    eg_error_clear(&err);
    eg_gazetteer_finish(a, NULL, &err);
    eg_gazetteer_finish(b, NULL, &err);
    tag(a, NULL, NULL, "Russia and France.");
    CHECK_INT(D.ents.v[0].gaz, 1);
    CHECK_INT(D.ents.v[1].gaz, 0);
    tag(b, NULL, NULL, "Russia and France.");
    CHECK_INT(D.ents.v[0].gaz, 1);
    CHECK_INT(D.ents.v[1].gaz, 0);
    eg_gazetteer_free(a);
    eg_gazetteer_free(b);
}

/* One matcher over many documents tags each as eg_match does alone: the
 * kept buffers, the entity set and the deferred title forms start afresh. */
static void test_reuse(const eg_gazetteer *g, const eg_match_opts *o) {
    static const char *const docs[][2] = {
        {NULL, "The New York Times reported from New York City and New York."},
        {"Refugees flee into Chad", "More people reached eastern Chad."},
        {"Refugees flee into Chad", "More people arrived."},
        {NULL, "Theresa May spoke. Later May said no."},
        {NULL, "May said no. In May prices rose."},
        {NULL, "Shell said so. Shell Plc agreed. shares of Apple Inc rose"},
        {NULL, "Mrs May spoke. Then Mrs. May left. Prime Minister May spoke."},
        {"Air France Flies To New Mexico", "He flew with Air France to France today."},
        {NULL, "A very long sentence that names Russia, China, America, Mexico, France, "
               "Turkey and Jordan, then the European Union, the EU and New York City, "
               "before it ends."},
        {NULL, "Short."},
    };
    size_t nd = sizeof docs / sizeof docs[0];
    char want[16][512];
    M = NULL;
    for (size_t i = 0; i < nd; i++)
        snprintf(want[i], sizeof want[i], "%s", tag(g, o, docs[i][0], docs[i][1]));
    M = eg_matcher_new(g, o);
    CHECK(M != NULL);
    for (int round = 0; round < 2 && M; round++)
        for (size_t k = 0; k < nd; k++) {
            size_t i = round ? nd - 1 - k : k;
            CHECK_STR(tag(g, o, docs[i][0], docs[i][1]), want[i]);
        }
    eg_matcher_free(M);
    M = NULL;
    eg_matcher_free(NULL);
}

int main(void) {
    eg_doc_init(&D);
    eg_gazetteer *g = build();
    eg_match_opts o = {0, titles, 5, designators, 4};
    test_basic(g, &o);
    test_case_modes(g);
    test_ambiguous(g, &o);
    test_stoplist(g, &o);
    test_context(g, &o);
    test_doc_handling(g, &o);
    test_order();
    test_reuse(g, &o);
    eg_gazetteer_free(g);
    eg_doc_destroy(&D);
    return check_finish();
}
