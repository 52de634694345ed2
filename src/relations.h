/* relations: directed verb relations between two mentions of one sentence
 * ("X accused Y" -> X -> Y labelled accuse), read with a small hand-written
 * grammar over the sentence's tokens (auxiliaries, head nouns, appositions,
 * coordination, passives, relative clauses, reported speech) and the verb
 * table's compiled patterns. When in doubt it finds no relation. */
#ifndef EG_RELATIONS_H
#define EG_RELATIONS_H

#include <stddef.h>

#include "doc.h"
#include "error.h"
#include "gazetteer.h"
#include "verbs.h"

/* Per-thread state: PCRE2 match data and buffers reused across documents. */
typedef struct eg_relscratch eg_relscratch;

/* `v` must be finished and outlive the scratch. NULL on ENOMEM. */
eg_relscratch *eg_relscratch_new(const eg_verbs *v);
void eg_relscratch_free(eg_relscratch *s);

/* Entity types for mentions of gazetteer entities (`g` is borrowed and must
 * outlive the scratch's use; NULL, the default, leaves them unknown). With
 * types, a location is never the source of a relation nor a speaker, and is
 * a target only of verbs whose objects may be places (eg_verbs_places).
 * Discovered entities carry their type in the document. */
void eg_relscratch_set_gazetteer(eg_relscratch *s, const eg_gazetteer *g);

/* Where warnings go (a pattern hitting its match limit); NULL drops them.
 * `diag` is borrowed and must outlive the scratch's use. */
void eg_relscratch_set_diag(eg_relscratch *s, eg_diag *diag);
/* Sentences skipped so far because a pattern hit a PCRE2 limit. */
unsigned long eg_relscratch_limit_hits(const eg_relscratch *s);

/* For each sentence (skipping EG_SENT_BOILER, and EG_SENT_TITLE when the
 * article has a story: the headline restates it) with two or more mentions,
 * appends relations to doc->rels: src/dst are mention indices, verb_start and
 * verb_end the bytes of the verb as written (with a particle that follows it
 * directly: "spied on"), pattern the verb index in `v`, flags EG_REL_*, and
 * reported_by the speaker's mention or -1. Order: by sentence, then src, then
 * dst, then verb position. Only the first `max_mentions` mentions of a
 * sentence can be endpoints (0 = no limit); later ones still block relations
 * across them. Two mentions of the same entity are never related.
 * doc->toks, doc->sents and doc->ments (sorted, with `sentence` set) must be
 * filled. A pattern that hits a PCRE2 limit costs that sentence its
 * relations and is reported as a warning, never an error. EG_ERR_NOMEM is the
 * only failure. */
eg_status eg_relations_find(const eg_verbs *v, eg_relscratch *s, eg_doc *doc, size_t max_mentions,
                            eg_error *err);

#endif
