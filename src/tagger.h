/* tagger: one article through the text stages: tokenise, segment, mark
 * boilerplate, match gazetteers, apply rules, resolve short forms, find verb
 * relations. One analyser per worker thread; resources are shared. */
#ifndef EG_TAGGER_H
#define EG_TAGGER_H

#include "corpus.h"
#include "doc.h"
#include "error.h"
#include "resources.h"

typedef struct eg_tagger_opts {
    int ignore_case;
    size_t max_window_entities; /* also bounds mentions per sentence for relations */
    eg_diag *diag;              /* warnings from the text stages (thread-safe), may be NULL */
} eg_tagger_opts;

typedef struct eg_tagger eg_tagger;

/* Returns a new analyser or NULL on ENOMEM; `res` must outlive it. */
eg_tagger *eg_tagger_new(const eg_resources *res, const eg_tagger_opts *o);
void eg_tagger_free(eg_tagger *a);

/* Analyses `art` into `doc` (reset first; doc borrows art's id, date and
 * origin, so art must outlive the use of doc). */
eg_status eg_tagger_run(eg_tagger *a, const eg_article *art, eg_doc *doc, eg_error *err);

#endif
