/* reduce: merging sorted record lines whose keys are equal into one line per
 * key, holding one key group at a time (the reduce step of map/reduce). */
#ifndef EG_REDUCE_H
#define EG_REDUCE_H

#include <stdio.h>

#include "error.h"
#include "record.h"

typedef struct eg_reducer eg_reducer;

/* A reducer writing merged lines to `out` (borrowed, not closed; `out_name`
 * names it in write errors, e.g. "<stdout>"), keeping evidence and article
 * ids within `limits` (copied; NULL = defaults). NULL on ENOMEM. Free with
 * eg_reducer_free. */
eg_reducer *eg_reducer_new(const eg_record_limits *limits, FILE *out, const char *out_name);
void eg_reducer_free(eg_reducer *r);

/* Feeds one record line (without its newline; a trailing CR is dropped,
 * an empty line skipped). Lines must come in byte order of their keys
 * (LC_ALL=C sort) across every call: a key below the previous one is
 * EG_ERR_DATA naming `source` and `lineno`. A new key writes the previous
 * group. EG_ERR_DATA for a bad record, EG_ERR_NOMEM, EG_ERR_IO when
 * writing fails. */
eg_status eg_reducer_line(eg_reducer *r, const char *line, size_t len, const char *source,
                          long lineno, eg_error *err);

/* Feeds every line of `in`; `source` names it in errors ("<stdin>"). */
eg_status eg_reducer_stream(eg_reducer *r, FILE *in, const char *source, eg_error *err);

/* Writes the last group and flushes `out`. */
eg_status eg_reducer_finish(eg_reducer *r, eg_error *err);

#endif
