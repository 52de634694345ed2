/* fuzz_tokenize: the normaliser (eg_fold, eg_fold_buf, with and without case
 * folding) and the tokeniser on arbitrary bytes. Tokens must lie inside the
 * text, in order, without overlaps, and never be empty; folding must agree
 * between the two entry points and give valid UTF-8. */
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "tokenize.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *s = (const char *)data;
    eg_token *toks = NULL;
    size_t n = 0, cap = 0;
    if (eg_tokenize_text(s, size, &toks, &n, &cap) != 0)
        abort();
    size_t prev_end = 0;
    for (size_t i = 0; i < n; i++) {
        const eg_token *t = &toks[i];
        if (t->len == 0 || t->start < prev_end || (size_t)t->start + t->len > size)
            abort();
        prev_end = (size_t)t->start + t->len;
        if ((t->flags & EG_TOK_BADUTF8) == 0 &&
            eg_utf8_first_invalid(s + t->start, t->len) != t->len)
            abort();
    }
    free(toks);
    for (unsigned flags = 0; flags <= EG_FOLD_CASE; flags++) {
        eg_strbuf sb;
        eg_strbuf_init(&sb);
        if (eg_fold(s, size, flags, &sb) != 0)
            abort();
        if (eg_utf8_first_invalid(sb.data ? sb.data : "", sb.len) != sb.len)
            abort();
        size_t cap2 = sb.len + 16;
        char *buf = malloc(cap2);
        if (!buf)
            abort();
        size_t k = eg_fold_buf(s, size, flags, buf, cap2);
        if (k != sb.len || (k && memcmp(buf, sb.data, k) != 0))
            abort();
        if (sb.len > 0 && eg_fold_buf(s, size, flags, buf, sb.len - 1) != (size_t)-1)
            abort();
        free(buf);
        eg_strbuf_destroy(&sb);
    }
    return 0;
}
