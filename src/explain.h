/* explain: every sentence of a corpus that names two given entities, with
 * the verb relations between them, for `entgraph explain A B`. A name given
 * by the user is resolved the way a reader would: an entity's exact name or
 * key first, then a listed form (alias, acronym), then a short form (a
 * surname, a form written in the text) when it fits one entity only. */
#ifndef EG_EXPLAIN_H
#define EG_EXPLAIN_H

#include <stddef.h>

#include "doc.h"
#include "resources.h"
#include "strbuf.h"

/* How well a query names an entity; lower is better. */
typedef enum eg_explain_level {
    EG_EXPLAIN_NONE = 0,
    EG_EXPLAIN_EXACT = 1, /* name or key, ignoring ASCII case */
    EG_EXPLAIN_ALIAS = 2, /* a gazetteer form of the entity */
    EG_EXPLAIN_SHORT = 3  /* whole words of the name ("Karimi"), or a form the text used */
} eg_explain_level;

/* How `q` names entity `e` of `doc` (`res` gives gazetteer names and forms). */
eg_explain_level eg_explain_match(const eg_doc *doc, const eg_resources *res, size_t e,
                                  const char *q);

typedef struct eg_explain_query {
    const char *a, *b; /* what the user typed; borrowed */
} eg_explain_query;

/* Line function (eg_line_fn, ctx a const eg_explain_query *): appends one
 * candidate record per sentence of `doc` and pair of entities (one that A
 * may name, one that B may name) found in it, for eg_explain_add. 0 or -1 on
 * ENOMEM. */
int eg_explain_doc(void *ctx, const eg_doc *doc, const eg_resources *res, eg_strbuf *sb);

/* Collects the records of a whole corpus, then picks what A and B name. */
typedef struct eg_explain eg_explain;

/* NULL on ENOMEM; free with eg_explain_free (NULL is a no-op). */
eg_explain *eg_explain_new(void);
void eg_explain_free(eg_explain *x);

/* Takes the records eg_explain_doc built for one article (`data` is
 * borrowed); call in input order. 0 or -1 on ENOMEM. */
int eg_explain_add(eg_explain *x, const char *data, size_t len);

/* Appends the answer to `out`, one line per sentence in input order:
 * "<article id>\t<A -> B : verb[, negated][, hedged]; ... | co-occurrence>\t<sentence>\n".
 * Each side resolves to the entities named at the best level found in the
 * corpus; at EG_EXPLAIN_SHORT only when that is one entity. A side that
 * names nothing, or is ambiguous, gives no lines: `*why_a` / `*why_b` (may be
 * NULL) then point at a message owned by `x` ("no entity", or the candidates
 * "ambiguous: A; B"), else are set to NULL. 0 or -1 on ENOMEM. */
int eg_explain_finish(eg_explain *x, eg_strbuf *out, const char **why_a, const char **why_b);

#endif
