/* export_graphml: one layer of the model as GraphML for Gephi, networkx and
 * igraph, in the bytes igraph's GraphML writer gives (without igraph, so
 * safe to run on several threads at once). */
#ifndef EG_EXPORT_GRAPHML_H
#define EG_EXPORT_GRAPHML_H

#include <stdio.h>

#include "analysis.h"
#include "error.h"
#include "graph.h" /* eg_layer */
#include "model.h"

/* Writes every node and the edges of `layer` to `out` (not closed).
 * Node data: label (the name, or the key when the name is empty), key, type,
 * mentions, articles, discovered (GraphML boolean "true"/"false", read as a
 * bool by networkx and Gephi), color (#RRGGBB by type), size (10..50 from
 * the layer's PageRank, else mentions), every computed measure (doubles),
 * then the gazetteer attributes as strings ("" where a node lacks one; a
 * name clashing with the above gets a "gaz_" prefix).
 * Co-occurrence edges: weight, articles, first_date, last_date ("" if none).
 * Relation edges: label (verb), verb, class, negated, hedged (0/1), weight
 * (sentence count), articles, forms, reported_by.
 * Text is cleaned for XML 1.0 (invalid UTF-8 and forbidden controls become
 * U+FFFD). `ms` may be NULL. EG_ERR_IO if writing fails. */
eg_status eg_write_graphml(const eg_model *m, const eg_measures *ms, eg_layer layer, FILE *out,
                           eg_error *err);
#endif
