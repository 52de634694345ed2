/* export_json: graph.json, the node-link JSON of both layers (co-occurrence
 * and relations) that networkx.node_link_graph reads into a MultiDiGraph.
 * Written element by element, so memory stays flat whatever the graph size. */
#ifndef EG_EXPORT_JSON_H
#define EG_EXPORT_JSON_H

#include <stdio.h>

#include "analysis.h"
#include "error.h"
#include "model.h"

typedef struct eg_json_opts {
    int pretty;     /* 1: one node or link per line, ", " and ": " separators; 0: no spaces or
                       newlines except the final one */
    size_t threads; /* threads rendering nodes and links, the calling one included (0 = 1);
                       the file is the same whatever the number */
} eg_json_opts;

/* Writes graph.json for `m` to `out` (borrowed; not closed; only the
 * calling thread writes to it). `ms` (may be NULL: no measures) holds the node measures, one per
 * model node; `o` may be NULL (pretty).
 *
 * Layout: {"directed": true, "multigraph": true, "graph": {"name": "entgraph",
 * "summary": {every eg_summary count}, "betweenness_sampled": bool, and with
 * measures "measures": [names], "betweenness_sources", "modularity",
 * "communities"}, "nodes": [...], "links": [...]}.
 * A node: "id" (key), "label", "type", "discovered", "mentions", "articles",
 * each available measure by its eg_measure_name (whole-number measures as
 * integers, non-finite values as null), then the gazetteer attributes (an
 * attribute whose name is taken gets the prefix "attr_").
 * A co-occurrence link (source = the node with the smaller index): "source",
 * "target", "key": "co", "kind": "cooccurrence", "weight", "articles",
 * "article_ids", "first_date", "last_date" (null if unknown), "evidence".
 * A relation link: "source", "target", "key": "rel:<verb>[:neg][:hedged]",
 * "kind": "relation", "weight" (sentences), "articles", "article_ids",
 * "label" (verb), "class", "negated", "hedged", "forms" and "reported_by"
 * (arrays), "evidence". Evidence items: "article", "sentence",
 * "sentence_offset", "source_span" and "target_span" ([start, end) bytes into
 * the sentence). Reals have 15 significant digits. Strings with invalid
 * UTF-8 are written with U+FFFD in place of each bad byte. Returns EG_ERR_IO
 * on a write error, EG_ERR_NOMEM, or EG_ERR_INTERNAL if `ms` does not match
 * the model. */
eg_status eg_write_graph_json(const eg_model *m, const eg_measures *ms, const eg_json_opts *o,
                              FILE *out, eg_error *err);

#endif
