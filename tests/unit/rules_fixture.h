/* rules_fixture: runs the text stages, the gazetteer matcher and the bundled
 * recogniser rules (gazetteers/rules) over one article and prints every
 * mention as "surface=name/type/origin; ..." (origin G gazetteer, D demonym,
 * R rule, S short form), for the rules' unit tests. Include once per test. */
#ifndef EG_RULES_FIXTURE_H
#define EG_RULES_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include "boilerplate.h"
#include "check.h"
#include "gazetteer.h"
#include "matcher.h"
#include "rules.h"
#include "segment.h"
#include "tokenize.h"

static eg_gazetteer *fx_gaz;
static eg_rules *fx_rules;
static eg_rulescratch *fx_scratch;
static eg_doc fx_doc;
static char fx_out[8192];

/* Adds a listed entity (alias and demonym may be NULL) with key type:name;
 * key overrides it when not NULL. */
static inline void fx_add(const char *name, const char *type, const char *key, const char *alias,
                          const char *demonym) {
    eg_error err;
    eg_error_clear(&err);
    eg_status st = eg_gazetteer_add(fx_gaz, name, type, key, alias ? &alias : NULL, alias ? 1 : 0,
                                    demonym ? &demonym : NULL, demonym ? 1 : 0, &err);
    if (st != EG_OK)
        fprintf(stderr, "gazetteer %s: %s\n", name, err.text);
    CHECK_INT(st, EG_OK);
}

/* Adds an attribute to the entity with key `key`. */
static inline void fx_attr(const char *key, const char *name, const char *value) {
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_gazetteer_add_attr(fx_gaz, key, name, value, &err), EG_OK);
}

/* Finishes the gazetteer (after the fx_add calls) and loads the bundled rules. */
static inline void fx_start(void) {
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_gazetteer_finish(fx_gaz, NULL, &err), EG_OK);
    fx_rules = eg_rules_new();
    char dir[512];
    snprintf(dir, sizeof dir, "%s/rules", EG_SOURCE_GAZETTEERS);
    CHECK_INT(eg_rules_load_dir(fx_rules, dir, &err), EG_OK);
    CHECK_INT(eg_rules_finish(fx_rules, &err), EG_OK);
    fx_scratch = eg_rulescratch_new(fx_rules);
    CHECK(fx_scratch != NULL);
    eg_doc_init(&fx_doc);
}

static inline void fx_stop(void) {
    eg_doc_destroy(&fx_doc);
    eg_rulescratch_free(fx_scratch);
    eg_rules_free(fx_rules);
    eg_gazetteer_free(fx_gaz);
}

static inline const char *fx_origin(uint32_t o) {
    switch (o) {
    case EG_ORIGIN_GAZETTEER:
        return "G";
    case EG_ORIGIN_DEMONYM:
        return "D";
    case EG_ORIGIN_RULE:
        return "R";
    default:
        return "S";
    }
}

static inline const char *fx_name(const eg_doc *d, uint32_t e) {
    const eg_docent *x = &d->ents.v[e];
    return x->gaz >= 0 ? eg_gazetteer_name(fx_gaz, (size_t)x->gaz) : d->names.data + x->name_off;
}

static inline const char *fx_type(const eg_doc *d, uint32_t e) {
    const eg_docent *x = &d->ents.v[e];
    return x->gaz >= 0 ? eg_gazetteer_type(fx_gaz, (size_t)x->gaz) : d->names.data + x->type_off;
}

/* Mentions sorted by start, without overlaps, inside the text, counts right. */
static inline int fx_invariants(const eg_doc *d) {
    for (size_t i = 0; i < d->ments.n; i++) {
        const eg_mention *m = &d->ments.v[i];
        if (m->start >= m->end || m->end > d->len || m->tok_begin >= m->tok_end ||
            m->ent >= d->ents.n)
            return 0;
        if (i && d->ments.v[i - 1].end > m->start)
            return 0;
    }
    for (size_t e = 0; e < d->ents.n; e++) {
        uint32_t n = 0;
        for (size_t i = 0; i < d->ments.n; i++)
            n += d->ments.v[i].ent == e;
        if (n != d->ents.v[e].mentions)
            return 0;
    }
    return 1;
}

/* The mentions of an article with an optional title, as described above. */
static inline const char *fx_run(const char *title, const char *body) {
    eg_error err;
    eg_error_clear(&err);
    eg_doc_reset(&fx_doc);
    eg_doc_set_text(&fx_doc, title, title ? strlen(title) : 0, body, strlen(body));
    CHECK_INT(eg_tokenize(&fx_doc), 0);
    CHECK_INT(eg_segment(&fx_doc), 0);
    eg_boilerplate_mark(&fx_doc);
    eg_match_opts mo;
    memset(&mo, 0, sizeof mo);
    mo.titles = eg_rules_titles(fx_rules, &mo.ntitles);
    mo.designators = eg_rules_designators(fx_rules, &mo.ndesignators);
    CHECK_INT(eg_match(fx_gaz, &mo, &fx_doc, &err), EG_OK);
    CHECK_INT(eg_rules_apply(fx_rules, fx_scratch, fx_gaz, &fx_doc, &err), EG_OK);
    CHECK(fx_invariants(&fx_doc));
    size_t o = 0;
    fx_out[0] = '\0';
    for (size_t i = 0; i < fx_doc.ments.n && o < sizeof fx_out; i++) {
        const eg_mention *m = &fx_doc.ments.v[i];
        o += (size_t)snprintf(fx_out + o, sizeof fx_out - o, "%s%.*s=%s/%s/%s", i ? "; " : "",
                              (int)(m->end - m->start), fx_doc.text + m->start,
                              fx_name(&fx_doc, m->ent), fx_type(&fx_doc, m->ent),
                              fx_origin(m->origin));
    }
    return fx_out;
}

static inline const char *fx_body(const char *text) {
    return fx_run(NULL, text);
}

/* Whether the tagged body text (fx_body) holds `want`; prints the output
 * when it does not. */
static inline int fx_has(const char *text, const char *want) {
    const char *out = fx_body(text);
    if (strstr(out, want))
        return 1;
    fprintf(stderr, "  missing \"%s\" in \"%s\"\n", want, out);
    return 0;
}

/* Whether the tagged body text lacks `unwanted`; prints the output when it
 * does not. */
static inline int fx_lacks(const char *text, const char *unwanted) {
    const char *out = fx_body(text);
    if (!strstr(out, unwanted))
        return 1;
    fprintf(stderr, "  unwanted \"%s\" in \"%s\"\n", unwanted, out);
    return 0;
}

#endif
