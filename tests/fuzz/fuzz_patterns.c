/* fuzz_patterns: the verb-pattern loader (patterns/verbs.tsv format) and the
 * recogniser-rule loader (recognisers.tsv format) on arbitrary files, chosen
 * by the first byte; a table that loads is finished (the combined PCRE2
 * patterns compiled with their limits) and run over a few subjects built
 * from the input, including a long one that invites backtracking. */
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "rules.h"
#include "verbs.h"

static void run_verbs(const char *path) {
    eg_verbs *v = eg_verbs_new();
    if (!v)
        abort();
    eg_error err;
    eg_error_clear(&err);
    eg_status st = eg_verbs_load(v, path, &err);
    if (st != EG_OK) {
        if (st != EG_ERR_CONFIG || strstr(err.source, "eg-fuzz-") == NULL || !err.text[0])
            abort();
        eg_verbs_free(v);
        return;
    }
    st = eg_verbs_finish(v, &err);
    if (st != EG_OK) {
        if (st != EG_ERR_CONFIG)
            abort();
        eg_verbs_free(v);
        return;
    }
    eg_verbscratch *s = eg_verbscratch_new(v);
    if (!s)
        abort();
    static const char *const subjects[] = {
        "\x01 accused \x01 of spying", "\x01 was accused by \x01", "\x01 met with \x01 .",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"};
    for (size_t i = 0; i < sizeof subjects / sizeof subjects[0]; i++) {
        for (int voice = 0; voice < 2; voice++) {
            size_t len = strlen(subjects[i]), from = 0;
            for (int guard = 0; guard < 64 && from <= len; guard++) {
                eg_verbmatch m;
                int rc = eg_verbs_next(v, s, (eg_voice)voice, subjects[i], len, from, &m);
                if (rc != EG_VERBS_FOUND)
                    break;
                if (m.start > m.verb_end || m.verb_end > m.particle_start ||
                    m.particle_start > m.end || m.end > len || m.verb >= eg_verbs_count(v))
                    abort();
                from = m.end > from ? m.end : from + 1;
            }
        }
    }
    eg_verbscratch_free(s);
    eg_verbs_free(v);
}

static void run_rules(const char *path) {
    eg_rules *r = eg_rules_new();
    if (!r)
        abort();
    eg_error err;
    eg_error_clear(&err);
    eg_status st = eg_rules_load(r, path, &err);
    if (st != EG_OK) {
        if (st != EG_ERR_CONFIG || strstr(err.source, "eg-fuzz-") == NULL || !err.text[0])
            abort();
    } else if (eg_rules_finish(r, &err) != EG_OK) {
        abort();
    }
    eg_rules_free(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    char path[512];
    int rules = data[0] & 1;
    if (!fuzz_file(rules ? "rules" : "verbs", ".tsv", data + 1, size - 1, path, sizeof path))
        return 0;
    if (rules)
        run_rules(path);
    else
        run_verbs(path);
    unlink(path);
    return 0;
}
