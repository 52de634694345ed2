/* fuzz_reader_text: the corpus reader on one arbitrary file read as a text
 * article (binary sniffing, NUL bytes, invalid UTF-8, empty text), plain and
 * with --strict and --dedupe. Every article handed out must be
 * NUL-terminated, hold no NUL byte, and have an id and an origin. */
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "fuzz_common.h"

static void check_article(const eg_article *a) {
    if (!a->id || !a->origin || !a->text || a->text[a->text_len] != '\0' ||
        memchr(a->text, '\0', a->text_len) != NULL)
        abort();
}

static void run(const char *path, int strict, int dedupe) {
    const char *inputs[2] = {path, path};
    eg_corpus_opts o = {strict, dedupe};
    eg_diag diag = fuzz_diag();
    eg_corpus *c = eg_corpus_new(inputs, 2, &o, &diag);
    if (!c)
        return;
    for (int guard = 0; guard < 1000; guard++) {
        eg_article *a = NULL;
        eg_error err;
        eg_error_clear(&err);
        eg_status st = eg_corpus_next(c, &a, &err);
        if (st == EG_ERR_DATA && strict && !a)
            continue;
        if (st != EG_OK)
            abort(); /* only out-of-memory could get here, and the fuzzer has memory */
        if (!a)
            break;
        check_article(a);
        eg_article_free(a);
    }
    eg_summary s;
    memset(&s, 0, sizeof s);
    eg_corpus_stats(c, &s);
    if (s.articles_read + s.skipped_binary + s.skipped_duplicate + s.skipped_unreadable != 2)
        abort();
    eg_corpus_free(c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char path[512];
    if (!fuzz_file("article", ".txt", data, size, path, sizeof path))
        return 0;
    run(path, 0, 0);
    run(path, 1, 1);
    unlink(path);
    return 0;
}
