/* tagger: the per-article text stages in order. */
#include "tagger.h"

#include <stdlib.h>
#include <string.h>

#include "boilerplate.h"
#include "matcher.h"
#include "relations.h"
#include "resolve.h"
#include "segment.h"
#include "tokenize.h"

struct eg_tagger {
    const eg_resources *res;
    eg_tagger_opts opts;
    eg_match_opts mopts;
    eg_matcher *matcher;
    eg_resolver *resolver;
    eg_rulescratch *rules;
    eg_relscratch *rels;
};

eg_tagger *eg_tagger_new(const eg_resources *res, const eg_tagger_opts *o) {
    eg_tagger *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->res = res;
    a->opts = *o;
    a->mopts.ignore_case = o->ignore_case;
    a->mopts.titles = eg_rules_titles(res->rules, &a->mopts.ntitles);
    a->mopts.designators = eg_rules_designators(res->rules, &a->mopts.ndesignators);
    a->matcher = eg_matcher_new(res->gaz, &a->mopts);
    a->resolver = eg_resolver_new();
    a->rules = eg_rulescratch_new(res->rules);
    a->rels = eg_relscratch_new(res->verbs);
    if (!a->matcher || !a->resolver || !a->rules || !a->rels) {
        eg_tagger_free(a);
        return NULL;
    }
    eg_rulescratch_set_diag(a->rules, o->diag);
    eg_relscratch_set_diag(a->rels, o->diag);
    eg_relscratch_set_gazetteer(a->rels, res->gaz);
    return a;
}

void eg_tagger_free(eg_tagger *a) {
    if (!a)
        return;
    eg_matcher_free(a->matcher);
    eg_resolver_free(a->resolver);
    eg_rulescratch_free(a->rules);
    eg_relscratch_free(a->rels);
    free(a);
}

eg_status eg_tagger_run(eg_tagger *a, const eg_article *art, eg_doc *doc, eg_error *err) {
    eg_status st;
    eg_doc_reset(doc);
    doc->id = art->id;
    doc->date = art->date;
    doc->origin = art->origin;
    doc->origin_line = art->line;
    size_t tl = art->title ? strlen(art->title) : 0;
    if (eg_doc_set_text(doc, art->title, tl, art->text, art->text_len) != 0 ||
        eg_tokenize(doc) != 0 || eg_segment(doc) != 0)
        return eg_error_set(err, EG_ERR_NOMEM, art->origin, art->line, 0,
                            "out of memory while reading the article");
    eg_boilerplate_mark(doc);
    if ((st = eg_matcher_run(a->matcher, doc, err)) != EG_OK)
        return st;
    if ((st = eg_rules_apply(a->res->rules, a->rules, a->res->gaz, doc, err)) != EG_OK)
        return st;
    if ((st = eg_resolver_run(a->resolver, a->res->gaz, doc, err)) != EG_OK)
        return st;
    return eg_relations_find(a->res->verbs, a->rels, doc, a->opts.max_window_entities, err);
}
