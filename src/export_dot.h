/* export_dot: one layer of the model as a Graphviz DOT drawing, written by
 * igraph's DOT writer with every attribute stored as a string so Graphviz
 * never sees an exponent or an unquoted bare value. */
#ifndef EG_EXPORT_DOT_H
#define EG_EXPORT_DOT_H

#include <stddef.h>
#include <stdio.h>

#include "analysis.h"
#include "error.h"
#include "graph.h"
#include "model.h"

/* Edges kept per kept node: --dot-top N writes at most N * this many edges. */
#define EG_DOT_EDGES_PER_NODE 4

/* Writes the top `top_n` nodes (0 = all) by `rank_measure` (NULL: PageRank
 * of the layer if computed, else mentions; ties by name) and the edges among
 * them: with top_n > 0, only the top_n * EG_DOT_EDGES_PER_NODE heaviest of
 * those (weight, relation count; ties in model order, by the node keys), so
 * Graphviz can lay the drawing out in seconds. The relations layer draws only nodes with at least
 * one relation. Nodes: label (name), key, type, mentions, the rank measure's value, style "filled",
 * fillcolor by type, shape by type, fontsize 10..24 by the rank measure. Edges: weight,
 * penwidth 1..8 (log of weight); relations also label = verb ("not " prefixed when negated) and
 * style "dashed" when hedged. Control characters become spaces (newlines stay line breaks);
 * '&' in labels is written "&amp;" because Graphviz decodes entities.
 * `ms` may be NULL. EG_ERR_USAGE for an unknown or uncomputed measure,
 * EG_ERR_IO if writing fails. */
eg_status eg_write_dot(const eg_model *m, const eg_measures *ms, eg_layer layer, size_t top_n,
                       const char *rank_measure, FILE *out, eg_error *err);

#endif
