/* graph: igraph set-up (attribute table, error and warning handlers), the
 * building of one igraph graph per layer from an eg_model with a single
 * igraph_create, igraph's DOT writer fed attribute values on demand, and
 * the text cleaning and type colours the graph writers share (the columns
 * also describe export_graphml's attributes, which it writes itself).
 * igraph is not thread-safe in Debian's build: use it from one thread at a
 * time. */
#ifndef EG_GRAPH_H
#define EG_GRAPH_H

#include <stddef.h>
#include <stdio.h>

#include <igraph.h>

#include "error.h"
#include "model.h"
#include "strbuf.h"

/* Installs the C attribute table and error/warning handlers that record the
 * message instead of aborting or printing. Idempotent; call it from the main
 * thread before any other igraph use (every eg_* graph function calls it). */
void eg_graph_setup(void);

/* Forgets the recorded igraph error and warning messages. */
void eg_graph_reset_error(void);
/* The first igraph error message since the last reset ("" if none). Borrowed. */
const char *eg_graph_last_error(void);
/* The last igraph warning message since the last reset ("" if none). Borrowed. */
const char *eg_graph_last_warning(void);
/* Fills err for a failed igraph call: EG_ERR_NOMEM for IGRAPH_ENOMEM, else
 * EG_ERR_GRAPH, text "<what>: <igraph message>"; resets the recorded
 * message and returns the status. `source` (a file name) may be NULL. */
eg_status eg_graph_fail(eg_error *err, igraph_error_t rc, const char *source, const char *what);

/* How eg_text_clean treats control characters. Every mode replaces invalid
 * UTF-8, U+FFFE and U+FFFF with U+FFFD. */
typedef enum {
    EG_CLEAN_XML, /* C0 controls but tab, LF, CR, plus DEL and C1 -> U+FFFD (XML 1.0 safe) */
    EG_CLEAN_DOT, /* C0 controls but LF, plus DEL and C1 -> space */
    EG_CLEAN_LINE /* every control, LF and tab included -> space (TSV, tables) */
} eg_clean_mode;

/* Appends a cleaned copy of s (NULL = "") to sb. 0, or -1 on ENOMEM. */
int eg_text_clean(eg_strbuf *sb, const char *s, eg_clean_mode mode);

typedef enum { EG_LAYER_COOCCURRENCE, EG_LAYER_RELATIONS } eg_layer;

/* "cooccurrence" or "relations". */
const char *eg_layer_name(eg_layer layer);

/* One layer of the model as an igraph graph. Vertex v is model node
 * vnode[v]; edge e is model edge eg_graph_edge(gr, e) (in m->co for the
 * co-occurrence layer, undirected; in m->rel for the relations layer,
 * directed). Vertices and edges keep the model's order. `eidx` is NULL when
 * every model edge of the layer is kept (edge e is model edge e), else
 * eidx[e]. `weights` holds co weights or relation counts. */
typedef struct eg_graph {
    igraph_t g;
    eg_layer layer;
    size_t nv, ne;
    size_t *vnode;
    size_t *eidx;
    igraph_vector_t weights;
    int has_graph, has_weights; /* what eg_graph_destroy must free */
} eg_graph;

/* Model edge of graph edge e. */
static inline size_t eg_graph_edge(const eg_graph *gr, size_t e) {
    return gr->eidx ? gr->eidx[e] : e;
}

/* Builds one layer with one igraph_create and no attributes. `keep` (NULL
 * for all nodes) selects model nodes: keep[i] != 0 keeps node i, and an edge
 * is kept when both ends are. On failure `gr` needs no destroy (calling it
 * is harmless); on success the caller calls eg_graph_destroy. */
eg_status eg_graph_build(eg_graph *gr, const eg_model *m, eg_layer layer, const unsigned char *keep,
                         eg_error *err);
void eg_graph_destroy(eg_graph *gr);

/* ---- attributes served while writing -------------------------------------- */

typedef enum { EG_ATTR_STRING, EG_ATTR_NUMBER, EG_ATTR_BOOL } eg_attr_type;

/* One attribute of every vertex or every edge of a graph. The writers
 * ask for each value as they write it, so no value is copied into the graph.
 * Strings: `str` appends the raw text of element i (a vertex or edge index
 * of the graph) and returns 0, or -1 on ENOMEM; the text is then cleaned
 * with `mode`. Numbers and booleans (non-zero is true): `num`. */
typedef struct eg_column {
    const char *name; /* as written */
    int edges;        /* 0: a vertex attribute, 1: an edge attribute */
    eg_attr_type type;
    eg_clean_mode mode;
    int (*str)(const struct eg_column *col, size_t i, eg_strbuf *sb);
    double (*num)(const struct eg_column *col, size_t i);
    const void *ctx; /* for str and num, borrowed */
    const void *arg; /* a second one, borrowed */
} eg_column;

/* Attributes in the order they are written. Embedded: _init/_destroy. */
typedef struct eg_columns {
    eg_column *v;
    char **names; /* owned copies, v[i].name == names[i] */
    size_t n, cap;
} eg_columns;

void eg_columns_init(eg_columns *cs);
void eg_columns_destroy(eg_columns *cs);
/* Adds a copy of c (its name copied). A name already used for the same
 * kind of element keeps its place and takes c's values, as setting an igraph
 * attribute twice does. 0, or -1 on ENOMEM. */
int eg_columns_add(eg_columns *cs, const eg_column *c);

/* Writes gr's graph to `out` with igraph_write_graph_dot, igraph reading
 * the attributes from `cols` meanwhile (an attribute handler of our own is
 * installed for the call). `what` names the step in errors. */
eg_status eg_graph_write_dot(const eg_graph *gr, const eg_columns *cols, FILE *out,
                             const char *what, eg_error *err);

/* "#RRGGBB" for an entity type: person, organisation (or organization),
 * agency, country, location; anything else gets the "other" colour. Static. */
const char *eg_type_color(const char *type);

#endif
