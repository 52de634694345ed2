/* graphml_read: a GraphML file (written by entgraph, or edited in Gephi)
 * read back into an eg_model with igraph's reader, for `entgraph rank`. */
#ifndef EG_GRAPHML_READ_H
#define EG_GRAPHML_READ_H

#include "error.h"
#include "model.h"

/* Reads `path` into `out` (initialised here; the caller destroys it, also
 * after a failure). Node key from `key` (else the GraphML id), name from
 * `label` (else the key), type from `type` (else "unknown"), mentions,
 * articles and discovered if present; other non-empty string attributes
 * become attrs. Undirected graphs give co-occurrence edges (a < b, loops
 * dropped, duplicates merged with weights summed); directed graphs give
 * relation edges (verb from `label`, else `verb`; class, negated, hedged,
 * forms, reported_by when present; duplicates merged with counts summed).
 * Edge weight from `weight` (rounded, at least 1; default 1). Nodes sorted
 * by key. Errors (EG_ERR_IO, EG_ERR_DATA for bad GraphML or duplicate keys)
 * name the file. */
eg_status eg_model_read_graphml(const char *path, eg_model *out, eg_error *err);

#endif
