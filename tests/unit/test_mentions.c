/* test_mentions: mentions.jsonl lines from a reused eg_mentions_writer are
 * byte for byte those of a fresh tree (eg_mentions_line), across articles
 * with and without title spans and reported speech, an article larger than
 * the writer's pools keep, and the articles after it. Bundled gazetteers. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "corpus.h"
#include "resources.h"
#include "runner.h"
#include "tagger.h"

static const char *const A1 =
    "{\"id\":\"a1\",\"entities\":[{\"name\":\"Abbas Araghchi\",\"type\":\"person\",\"key\":"
    "\"person:abbas-araghchi\",\"discovered\":false,\"spans\":[[0,14],[63,71]],\"title_spans\":[[0,"
    "14]]},{\"name\":\"A. P. J. Abdul Kalam\",\"type\":\"person\",\"key\":\"person:a-p-j-abdul-"
    "kalam\",\"discovered\":false,\"spans\":[[20,31],[76,81]],\"title_spans\":[[21,32]]},{\"name\":"
    "\"Reuters\",\"type\":\"organisation\",\"key\":\"organisation:reuters\",\"discovered\":false,"
    "\"spans\":[[47,54]],\"title_spans\":[]},{\"name\":\"Tehran\",\"type\":\"location\",\"key\":"
    "\"location:tehran\",\"discovered\":false,\"spans\":[[85,91]],\"title_spans\":[]}],"
    "\"relations\":[{\"source\":\"A. P. J. Abdul Kalam\",\"target\":\"Reuters\",\"verb\":"
    "\"criticise\",\"class\":\"criticism\",\"form\":\"criticised\",\"negated\":false,\"hedged\":"
    "false,\"passive\":false,\"reported_by\":\"Abbas Araghchi\",\"in_title\":false,\"source_span\":"
    "[20,31],\"target_span\":[47,54]},{\"source\":\"Abbas Araghchi\",\"target\":\"A. P. J. Abdul "
    "Kalam\",\"verb\":\"meet\",\"class\":\"communication\",\"form\":\"met\",\"negated\":false,"
    "\"hedged\":false,\"passive\":false,\"in_title\":false,\"source_span\":[63,71],\"target_span\":"
    "[76,81]}],\"ambiguous\":0}\n";

static eg_strbuf out;

/* The line of one article from the shared writer, checked against a fresh
 * tree's; returned in a static buffer ("(failed)" on error). */
static const char *line(eg_resources *res, eg_tagger *tg, eg_doc *doc, eg_mentions_writer *w,
                        const char *id, const char *title, const char *text) {
    eg_article a;
    memset(&a, 0, sizeof a);
    a.id = (char *)(uintptr_t)id;
    a.title = (char *)(uintptr_t)title;
    a.text = (char *)(uintptr_t)text;
    a.text_len = strlen(text);
    a.origin = (char *)(uintptr_t) "test";
    eg_strbuf fresh;
    eg_strbuf_init(&fresh);
    eg_strbuf_destroy(&out);
    eg_strbuf_init(&out);
    eg_error err;
    eg_error_clear(&err);
    int bad = eg_tagger_run(tg, &a, doc, &err) != EG_OK ||
              eg_mentions_writer_line(w, doc, res, &out) != 0 ||
              eg_mentions_line(doc, res, &fresh) != 0;
    CHECK(!bad);
    CHECK_INT(out.len, fresh.len);
    CHECK(out.len == fresh.len && memcmp(out.data, fresh.data, out.len) == 0);
    eg_strbuf_destroy(&fresh);
    return bad || !out.data ? "(failed)" : out.data;
}

int main(void) {
    eg_resources_opts o;
    memset(&o, 0, sizeof o);
    o.bundled = EG_SOURCE_GAZETTEERS;
    eg_resources *res = NULL;
    eg_error err;
    eg_error_clear(&err);
    CHECK(eg_resources_load(&o, NULL, &res, &err) == EG_OK);
    if (!res)
        return check_finish();
    eg_tagger_opts to;
    memset(&to, 0, sizeof to);
    to.max_window_entities = 50;
    eg_tagger *tg = eg_tagger_new(res, &to);
    eg_mentions_writer *w = eg_mentions_writer_new();
    eg_doc doc;
    eg_doc_init(&doc);
    CHECK(tg && w);
    const char *t1 = "Abbas Araghchi meets Abdul Kalam";
    const char *b1 = "Abbas Araghchi said Abdul Kalam criticised the Reuters report. Araghchi met "
                     "Kalam in Tehran.\n\nThe ministry said nothing.";
    const char *b2 = "Reuters hired Abbas Araghchi. The weather was fine.";
    CHECK_STR(line(res, tg, &doc, w, "a1", t1, b1), A1);
    CHECK(strstr(line(res, tg, &doc, w, "a2", "Nothing here", b2), "\"reported_by\"") == NULL);
    CHECK_STR(line(res, tg, &doc, w, "a3", NULL, "No entities at all."),
              "{\"id\":\"a3\",\"entities\":[],\"relations\":[],\"ambiguous\":0}\n");
    /* 6,000 spans and 3,000 relations: more than the pools keep */
    size_t reps = 3000, n = strlen(b2);
    char *big = malloc(reps * n + 1);
    CHECK(big != NULL);
    if (big) {
        for (size_t i = 0; i < reps; i++)
            memcpy(big + i * n, b2, n);
        big[reps * n] = '\0';
        const char *l = line(res, tg, &doc, w, "big", NULL, big);
        CHECK(strlen(l) > 400000);
        free(big);
    }
    CHECK_STR(line(res, tg, &doc, w, "a1", t1, b1), A1);
    CHECK_STR(line(res, tg, &doc, w, "a3", NULL, "No entities at all."),
              "{\"id\":\"a3\",\"entities\":[],\"relations\":[],\"ambiguous\":0}\n");
    /* strings written in one pass and checked after only when they hold a
     * byte >= 0x80 or a control: ids of ASCII, of a tab (no control), of
     * accented letters (clean), and of a control, a bidi mark and invalid
     * UTF-8 (cleaned, the first pass taken back), in names too */
    static const char *const ids[] = {"plain-1",   "tab\tid",           "caf\xC3\xA9",
                                      "ctl\x01id", "rtl\xE2\x80\x8Fid", "bad\xFFid"};
    const char *b3 = "Zo\xC3\xAB M\xC3\xBCller met Abbas Araghchi in S\xC3\xA3o Paulo. "
                     "M\xC3\xBCller said Araghchi criticised Reuters.";
    for (size_t k = 0; k < sizeof ids / sizeof ids[0]; k++) {
        const char *l = line(res, tg, &doc, w, ids[k], t1, b3);
        CHECK(strstr(l, "Araghchi") != NULL);
        CHECK(k != 2 || strstr(l, "{\"id\":\"caf\xC3\xA9\"") == l);
        CHECK(k != 1 || strstr(l, "{\"id\":\"tab\\tid\"") == l);
    }
    CHECK_STR(line(res, tg, &doc, w, "a1", t1, b1), A1);
    eg_doc_destroy(&doc);
    eg_mentions_writer_free(w);
    eg_tagger_free(tg);
    eg_resources_free(res);
    eg_strbuf_destroy(&out);
    return check_finish();
}
