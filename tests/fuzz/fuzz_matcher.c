/* fuzz_matcher: one arbitrary article (optionally with a title) through the
 * whole tagger with the bundled gazetteers, rules and verb patterns: the
 * gazetteer matcher, recogniser rules, short-form resolution and verb
 * relations; then its mentions.jsonl line and its map records, which must
 * parse back. Mentions must be sorted, non-overlapping and inside the text. */
#include <stdlib.h>
#include <string.h>

#include "contrib.h"
#include "fuzz_common.h"
#include "record.h"
#include "resources.h"
#include "runner.h"
#include "tagger.h"

#ifndef EG_SOURCE_GAZETTEERS
#define EG_SOURCE_GAZETTEERS "gazetteers"
#endif

static eg_resources *res;
static eg_tagger *tagger;

static void setup(void) {
    eg_resources_opts o;
    memset(&o, 0, sizeof o);
    const char *env = getenv("ENTGRAPH_GAZETTEERS");
    o.bundled = env && env[0] ? env : EG_SOURCE_GAZETTEERS;
    eg_error err;
    eg_error_clear(&err);
    if (eg_resources_load(&o, NULL, &res, &err) != EG_OK) {
        fprintf(stderr, "fuzz_matcher: cannot load %s: %s\n", o.bundled, err.text);
        abort();
    }
    eg_tagger_opts to;
    memset(&to, 0, sizeof to);
    to.max_window_entities = 50;
    tagger = eg_tagger_new(res, &to);
    if (!tagger)
        abort();
}

static void check(const eg_doc *doc) {
    uint32_t prev_end = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        if (m->start < prev_end || m->end <= m->start || m->end > doc->len ||
            m->ent >= doc->ents.n || m->tok_end > doc->toks.n || m->tok_begin >= m->tok_end)
            abort();
        prev_end = m->end;
    }
    for (size_t i = 0; i < doc->rels.n; i++) {
        const eg_relation *r = &doc->rels.v[i];
        if (r->src >= doc->ments.n || r->dst >= doc->ments.n || r->verb_end > doc->len ||
            r->verb_start > r->verb_end)
            abort();
    }
}

static void records_parse_back(const eg_strbuf *sb) {
    const char *p = sb->data, *end = sb->data + sb->len;
    long line = 0;
    while (p && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        line++;
        eg_anyrec r;
        eg_error err;
        eg_error_clear(&err);
        if (eg_record_parse(p, n, &r, "records", line, &err) != EG_OK) {
            fprintf(stderr, "record does not parse back: %s\n%.*s\n", err.text, (int)n, p);
            abort();
        }
        eg_anyrec_destroy(&r);
        p = nl ? nl + 1 : end;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!res)
        setup();
    eg_article art;
    memset(&art, 0, sizeof art);
    char *title = NULL;
    const uint8_t *body = data;
    size_t bl = size;
    if (size > 1 && (data[0] & 0x80)) {
        size_t tl = (size_t)(data[0] & 0x3f);
        if (tl > size - 1)
            tl = size - 1;
        title = malloc(tl + 1);
        if (!title)
            abort();
        memcpy(title, data + 1, tl);
        title[tl] = '\0';
        if (strlen(title) != tl) { /* titles are C strings: a NUL ends the input here */
            free(title);
            return 0;
        }
        body = data + 1 + tl;
        bl = size - 1 - tl;
    }
    char *text = malloc(bl + 1);
    if (!text)
        abort();
    if (bl)
        memcpy(text, body, bl);
    text[bl] = '\0';
    char id[] = "fuzz";
    art.id = id;
    art.origin = id;
    art.title = title;
    art.text = text;
    art.text_len = bl;
    eg_doc doc;
    eg_doc_init(&doc);
    eg_error err;
    eg_error_clear(&err);
    if (eg_tagger_run(tagger, &art, &doc, &err) != EG_OK)
        abort();
    check(&doc);
    eg_strbuf sb;
    eg_strbuf_init(&sb);
    if (eg_mentions_line(&doc, res, &sb) != 0)
        abort();
    eg_strbuf_clear(&sb);
    eg_contrib_opts co;
    eg_contrib_opts_default(&co);
    co.window = (eg_window)(size % 3);
    eg_contrib c;
    if (eg_contrib_build(&doc, res->gaz, res->verbs, &co, &c, &err) != EG_OK)
        abort();
    if (eg_contrib_write(&c, &sb) != 0)
        abort();
    records_parse_back(&sb);
    eg_contrib_destroy(&c);
    eg_strbuf_destroy(&sb);
    eg_doc_destroy(&doc);
    free(text);
    free(title);
    return 0;
}
