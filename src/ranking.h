/* ranking: ordering nodes by a measure (ties by mentions, name, key), the
 * rankings.tsv writer, and the aligned table printed by the CLI. */
#ifndef EG_RANKING_H
#define EG_RANKING_H

#include <stddef.h>
#include <stdio.h>

#include "analysis.h"
#include "error.h"
#include "model.h"
#include "strbuf.h"

/* Fills order[0..m->nnodes) with node indices sorted by `measure`
 * descending (NaN last); values equal to 9 significant digits tie, and ties
 * go by mentions descending, then name, then key (byte order). `measure` is a
 * measure column name, "mentions" or "articles". Returns 0, or -1 for an
 * unknown or uncomputed measure or ENOMEM. */
int eg_rank_order(const eg_model *m, const eg_measures *ms, const char *measure, size_t *order);

/* Sorts the nodes by `measure` once and keeps the order in ms, where
 * eg_rank_order (and so every writer ranking by that measure) copies it
 * instead of sorting again; m and ms must not change afterwards. Returns 0,
 * or -1 like eg_rank_order (ms then keeps no order). */
int eg_rank_prepare(const eg_model *m, eg_measures *ms, const char *measure);

/* The measure used when the caller names none: "pagerank" if computed,
 * else "mentions". Static string. */
const char *eg_rank_default_measure(const eg_measures *ms);

/* Writes rankings.tsv: a header, then every node in rank order: rank, key,
 * name, type, discovered (0/1), mentions, articles, then every computed
 * measure (%.6f for reals, whole numbers without decimals). Tabs, newlines
 * and other controls inside text fields become spaces. `measure` NULL means
 * eg_rank_default_measure. EG_ERR_USAGE for an unknown or uncomputed
 * measure, EG_ERR_IO if writing fails. */
eg_status eg_write_rankings_tsv(const eg_model *m, const eg_measures *ms, const char *measure,
                                FILE *out, eg_error *err);

/* Appends to sb the table printed to stdout: a header line, then rank, name,
 * type, mentions and the computed measures for the top `top` nodes (0 =
 * all), in columns aligned by display width (UTF-8 aware; names longer than
 * 40 columns are cut with an ellipsis; bidirectional controls and other
 * controls are dropped or blanked). `measure` NULL means the default.
 * Returns 0, or -1 for an unknown or uncomputed measure or ENOMEM. */
int eg_format_ranking_table(const eg_model *m, const eg_measures *ms, const char *measure,
                            size_t top, eg_strbuf *sb);

#endif
