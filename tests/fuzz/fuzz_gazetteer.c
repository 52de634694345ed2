/* fuzz_gazetteer: the gazetteer loader on an arbitrary file read as TSV,
 * spaCy JSON Lines or a stop list (chosen by the first byte), then the index
 * build and a few lookups. Errors must name the file; a successful load must
 * give a finished index whose entities all have a name, type and key. */
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "gazetteer.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char *const exts[] = {"people.tsv", "orgs.jsonl", "stoplist.txt", "x.tsv"};
    if (size == 0)
        return 0;
    const char *ext = exts[data[0] & 3];
    char path[512];
    if (!fuzz_file("gaz-", ext, data + 1, size - 1, path, sizeof path))
        return 0;
    eg_gazetteer *g = eg_gazetteer_new();
    if (!g)
        abort();
    eg_diag diag = fuzz_diag();
    eg_error err;
    eg_error_clear(&err);
    eg_status st = eg_gazetteer_load(g, path, &diag, &err);
    if (st != EG_OK &&
        (st != EG_ERR_CONFIG || strstr(err.source, "eg-fuzz-") == NULL || !err.text[0]))
        abort();
    eg_error_clear(&err);
    if (eg_gazetteer_finish(g, &diag, &err) != EG_OK)
        abort();
    size_t n = eg_gazetteer_count(g);
    for (size_t i = 0; i < n; i++) {
        const char *key = eg_gazetteer_key(g, i);
        if (!eg_gazetteer_name(g, i) || !eg_gazetteer_type(g, i) || !key)
            abort();
        /* Keys are unique (a NUL byte in a cell once cut a key short: crashers/gazetteer). */
        if (eg_gazetteer_find_key(g, key) != (long)i)
            abort();
        for (size_t k = 0; k < eg_gazetteer_nattrs(g, i); k++)
            if (!eg_gazetteer_attr_name(g, i, k) || !eg_gazetteer_attr_value(g, i, k))
                abort();
        (void)eg_gazetteer_find(g, eg_gazetteer_name(g, i));
    }
    eg_gazetteer_free(g);
    unlink(path);
    return 0;
}
