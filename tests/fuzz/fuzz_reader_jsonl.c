/* fuzz_reader_jsonl: the corpus reader on one arbitrary JSON Lines file
 * (syntax errors, wrong field types, invalid UTF-8, byte order marks, CR LF,
 * huge and blank lines), named twice so that duplicate detection runs too,
 * plain and with --strict --dedupe. */
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "fuzz_common.h"

static void check_article(const eg_article *a) {
    if (!a->id || !a->origin || !a->text || a->text[a->text_len] != '\0' ||
        memchr(a->text, '\0', a->text_len) != NULL || a->line < 1)
        abort();
    if (a->date && strlen(a->date) < 10)
        abort();
}

static void run(const char *path, int strict, int dedupe) {
    const char *inputs[2] = {path, path};
    eg_corpus_opts o = {strict, dedupe};
    eg_diag diag = fuzz_diag();
    eg_corpus *c = eg_corpus_new(inputs, 2, &o, &diag);
    if (!c)
        return;
    uint64_t delivered = 0;
    for (int guard = 0; guard < 100000; guard++) {
        eg_article *a = NULL;
        eg_error err;
        eg_error_clear(&err);
        eg_status st = eg_corpus_next(c, &a, &err);
        if (st == EG_ERR_DATA && strict && !a) {
            if (!err.source[0] || err.line < 0)
                abort();
            continue;
        }
        if (st != EG_OK)
            abort();
        if (!a)
            break;
        check_article(a);
        delivered++;
        eg_article_free(a);
    }
    eg_summary s;
    memset(&s, 0, sizeof s);
    eg_corpus_stats(c, &s);
    if (s.articles_read != delivered)
        abort();
    eg_corpus_free(c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char path[512];
    if (!fuzz_file("feed", ".jsonl", data, size, path, sizeof path))
        return 0;
    run(path, 0, 0);
    run(path, 1, 1);
    unlink(path);
    return 0;
}
