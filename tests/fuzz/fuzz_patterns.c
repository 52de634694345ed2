/* fuzz_patterns: the verb-pattern loader (patterns/verbs.tsv format) and the
 * recogniser-rule loader (recognisers.tsv format) on arbitrary files, chosen
 * by the first byte; a table that loads is finished (the combined PCRE2
 * patterns compiled with their limits) and run over a few subjects built
 * from the input, including a long one that invites backtracking. */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "fuzz_common.h"
#include "gazetteer.h"
#include "rules.h"
#include "segment.h"
#include "tokenize.h"
#include "verbs.h"

#ifndef EG_SOURCE_GAZETTEERS
#define EG_SOURCE_GAZETTEERS "gazetteers"
#endif

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

/* Runs a finished rule set over a short text that invites backtracking. */
static void apply_rules(const eg_rules *r) {
    static const char text[] =
        "Jane Doe, 45, a nurse from Leeds, met the Acme Widgets think tank. "
        "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa aaaaaaaaaaaa!\n";
    eg_gazetteer *g = eg_gazetteer_new();
    eg_rulescratch *s = eg_rulescratch_new(r);
    eg_doc doc;
    eg_doc_init(&doc);
    eg_error err;
    eg_error_clear(&err);
    if (!g || !s || eg_gazetteer_finish(g, NULL, &err) != EG_OK ||
        eg_doc_set_text(&doc, NULL, 0, text, sizeof text - 1) != 0 || eg_tokenize(&doc) != 0 ||
        eg_segment(&doc) != 0 || eg_rules_apply(r, s, g, &doc, &err) != EG_OK)
        abort();
    eg_doc_destroy(&doc);
    eg_rulescratch_free(s);
    eg_gazetteer_free(g);
}

static void run_rules(const char *path) {
    eg_rules *r = eg_rules_new();
    if (!r)
        abort();
    eg_error err;
    eg_error_clear(&err);
    /* As the CLI does: the bundled titles and designators first, then the user's file. */
    const char *env = getenv("ENTGRAPH_GAZETTEERS");
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/rules", env && env[0] ? env : EG_SOURCE_GAZETTEERS);
    if (eg_rules_load_dir(r, dir, &err) != EG_OK) {
        fprintf(stderr, "fuzz_patterns: cannot load %s: %s\n", dir, err.text);
        abort();
    }
    eg_status st = eg_rules_load(r, path, &err);
    if (st != EG_OK) {
        if (st != EG_ERR_CONFIG || strstr(err.source, "eg-fuzz-") == NULL || !err.text[0])
            abort();
    } else if (eg_rules_finish(r, &err) != EG_OK) {
        abort();
    } else {
        apply_rules(r);
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
