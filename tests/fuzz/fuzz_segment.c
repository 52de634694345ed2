/* fuzz_segment: the sentence and paragraph splitter (and the boilerplate cut
 * that may split a sentence after it) on arbitrary text with an optional
 * title. Sentences must be non-empty token ranges in order, inside the token
 * vector, at most EG_SEGMENT_MAX_TOKENS long, with paragraph numbers that
 * never go down and stay below nparas. */
#include <stdlib.h>
#include <string.h>

#include "boilerplate.h"
#include "doc.h"
#include "fuzz_common.h"
#include "segment.h"
#include "tokenize.h"

static void check(const eg_doc *doc) {
    uint32_t prev_end = 0, prev_para = 0;
    for (size_t i = 0; i < doc->sents.n; i++) {
        const eg_sentence *s = &doc->sents.v[i];
        if (s->tok_begin >= s->tok_end || s->tok_begin < prev_end || s->tok_end > doc->toks.n ||
            s->tok_end - s->tok_begin > EG_SEGMENT_MAX_TOKENS || s->paragraph < prev_para ||
            s->paragraph >= doc->nparas)
            abort();
        prev_end = s->tok_end;
        prev_para = s->paragraph;
    }
    if (doc->story_end > doc->len)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *title = NULL, *body = (const char *)data;
    size_t tl = 0, bl = size;
    if (size > 1 && (data[0] & 0x80)) {
        tl = (size_t)(data[0] & 0x3f);
        if (tl > size - 1)
            tl = size - 1;
        title = (const char *)data + 1;
        body = title + tl;
        bl = size - 1 - tl;
    }
    eg_doc doc;
    eg_doc_init(&doc);
    doc.id = "fuzz";
    doc.origin = "fuzz";
    if (eg_doc_set_text(&doc, title, tl, body, bl) != 0 || eg_tokenize(&doc) != 0 ||
        eg_segment(&doc) != 0)
        abort();
    check(&doc);
    eg_boilerplate_mark(&doc);
    check(&doc);
    eg_doc_destroy(&doc);
    return 0;
}
