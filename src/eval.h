/* eval: scores tagging against gold annotations (JSON Lines with entities
 * and relations, as in tests/devset/): precision, recall and F1 per entity
 * type for mentions and for document-level entities, and for relations;
 * lists misses and false hits. Used by `entgraph eval` and by CTest. */
#ifndef EG_EVAL_H
#define EG_EVAL_H

#include <stddef.h>

#include "error.h"
#include "strbuf.h"

typedef struct eg_eval eg_eval;

/* Returns a new evaluator (eg_eval_free) or NULL on ENOMEM. */
eg_eval *eg_eval_new(void);
void eg_eval_free(eg_eval *ev);

/* Loads gold articles: {"id", "text", "title"?, "entities": [{"name", "type",
 * "spans", "title_spans"?}], "relations": [{"source", "target", "verb",
 * "negated"}]}. Errors name file:line. */
eg_status eg_eval_load_gold(eg_eval *ev, const char *path, eg_error *err);

/* Scores one predicted article: a mentions.jsonl line (see runner.h).
 * Articles with no gold are ignored and counted. */
eg_status eg_eval_add(eg_eval *ev, const char *line, size_t len, eg_error *err);

/* Appends the report: a table per entity type (mentions and entities), a
 * relations row, split entities and reversed relations, then (if
 * list_errors) every miss and false hit with its article and text. */
int eg_eval_report(const eg_eval *ev, int list_errors, eg_strbuf *sb);

/* A score by name: "mention.TYPE.f1", "entity.TYPE.precision",
 * "entity.all.f1", "relation.recall", "splits", "reversed", ... Returns -1
 * for an unknown name. Precision and recall with no cases count as 1. */
double eg_eval_metric(const eg_eval *ev, const char *name);

/* Checks "name>=value,name<=value,..." thresholds; appends a line per failed
 * one to sb. Returns the number failed, or -1 for a malformed spec or an
 * unknown score (a line saying which is appended to sb). */
int eg_eval_check(const eg_eval *ev, const char *spec, eg_strbuf *sb);

/* Checks the shape of a --fail-under spec before any scoring: 0, or -1 with
 * a line saying what is wrong appended to sb. Types are not checked. */
int eg_eval_check_spec(const char *spec, eg_strbuf *sb);

#endif
