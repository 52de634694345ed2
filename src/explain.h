/* explain: every sentence of an article that names two given entities, with
 * the verb relations between them, for `entgraph explain A B`. */
#ifndef EG_EXPLAIN_H
#define EG_EXPLAIN_H

#include "doc.h"
#include "resources.h"
#include "strbuf.h"

typedef struct eg_explain_query {
    const char *a, *b; /* entity names, keys, or any listed form (alias, acronym) */
} eg_explain_query;

/* Appends one line per sentence of `doc` that mentions both entities:
 * "<article id>\t<A -> B : verb[, negated][, hedged] | co-occurrence>\t<sentence>\n".
 * Matches a doc entity when its name or key equals the query (ignoring ASCII
 * case) or when the query is a gazetteer form of the same entity. Usable as
 * an eg_line_fn with a const eg_explain_query * as ctx. 0 or -1 on ENOMEM. */
int eg_explain_doc(void *ctx, const eg_doc *doc, const eg_resources *res, eg_strbuf *sb);

#endif
