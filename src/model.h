/* model: the corpus merged into nodes and edges, ready for the graph stage.
 * Built by the accumulator (or read back from GraphML by `rank`); every array
 * is sorted so that output is byte-stable: nodes by key, co-occurrence edges
 * by (a, b), relation edges by (src, dst, verb, negated, hedged). All strings
 * are owned by the model: when `strings` is set, every string (node keys,
 * names, types and attributes; edge dates, verbs, classes, forms, article
 * ids, evidence) lives in that pool and only the nodes' attribute arrays and
 * the edges' arrays are separate allocations, except that a list of one
 * article id points into the pool (eg_intern_ref), and the edges' evidence
 * arrays are carved from `evidence`; otherwise every string is a separate
 * allocation, and so is every edge's evidence array. Either way the evidence
 * sentences the entries point to are kept in `evidence`. */
#ifndef EG_MODEL_H
#define EG_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "intern.h"

typedef struct eg_attr {
    char *name;
    char *value;
} eg_attr;

/* One supporting sentence for an edge, as records carry it. Offsets are
 * bytes into `sentence`; a mention is at most EG_EVIDENCE_SPAN_MAX bytes long
 * (a longer one is cut to it), so that its length fits 16 bits. */
#define EG_EVIDENCE_SPAN_MAX 65535u
typedef struct eg_evidence {
    char *article;         /* article id */
    char *sentence;        /* the sentence as written, whitespace runs folded to one space */
    uint32_t pos;          /* byte offset of the sentence in its article: orders evidence */
    uint32_t a_start;      /* first node's mention (source for relations) ... */
    uint32_t b_start;      /* second node's mention (target for relations) ... */
    uint16_t a_len, b_len; /* ... and their lengths */
} eg_evidence;

/* An evidence sentence of the model: its article, text and position, kept
 * once in the evidence pool (evpool.h) for every edge it supports. */
typedef struct eg_evsent {
    char *article;
    char *sentence;
    uint32_t pos;
} eg_evsent;

/* An edge's evidence entry in the model: an eg_evidence whose article,
 * sentence and position are those of sentence `sent` of the evidence pool,
 * 16 bytes instead of 32 (the evidence kept is most of a big run's memory). */
typedef struct eg_evref {
    uint32_t sent;
    uint32_t a_start, b_start;
    uint16_t a_len, b_len;
} eg_evref;

/* Article ids of an edge: `total` is exact; `v` holds the smallest ids in
 * byte order, at most the configured cap. */
typedef struct eg_idlist {
    char **v;
    size_t n;
    uint64_t total;
} eg_idlist;

typedef struct eg_node {
    char *key;      /* stable id: gazetteer id, or "type:name" */
    char *name;     /* display label */
    char *type;     /* person, organisation, agency, country, location, ... */
    int discovered; /* found by a rule, not a list */
    uint64_t mentions;
    uint64_t articles;
    eg_attr *attrs; /* extra gazetteer columns, sorted by name */
    size_t nattrs;
} eg_node;

typedef struct eg_coedge {
    uint32_t a, b;    /* node indices, a < b */
    uint64_t weight;  /* windows in which both occur */
    char *first_date; /* NULL when no article had a date */
    char *last_date;
    eg_idlist ids; /* ids.total = distinct articles */
    eg_evref *ev;
    size_t nev;
} eg_coedge;

/* 88 bytes: relation edges are a third of a big run's edges. */
typedef struct eg_reledge {
    uint32_t src, dst;
    char *verb;        /* base form */
    char *cls;         /* relation class: conflict, legal, ... */
    uint64_t count;    /* sentences */
    char *forms;       /* verbs as written, "|"-joined, sorted, bounded */
    char *reported_by; /* "|"-joined node keys of speakers, sorted, or NULL */
    eg_idlist ids;
    eg_evref *ev;
    uint32_t nev; /* at most the evidence cap, which eg_acc_new bounds to 32 bits */
    unsigned char negated, hedged;
} eg_reledge;

/* Run summary: counts for the stderr summary and graph.json's "graph". */
typedef struct eg_summary {
    uint64_t articles_read;
    uint64_t articles_empty;
    uint64_t skipped_binary;
    uint64_t skipped_unreadable;
    uint64_t skipped_duplicate;
    uint64_t records_rejected;
    uint64_t warnings;
    uint64_t bytes;
    uint64_t mentions;
    uint64_t ambiguous;
    uint64_t capped_windows; /* windows over --max-window-entities */
} eg_summary;

typedef struct eg_evpool eg_evpool; /* see evpool.h */

typedef struct eg_model {
    eg_node *nodes;
    size_t nnodes;
    eg_coedge *co;
    size_t nco;
    eg_reledge *rel;
    size_t nrel;
    eg_summary summary;
    eg_intern *strings;  /* NULL, or the pool holding every edge string */
    eg_evpool *evidence; /* NULL when no edge has evidence, else the pool holding
                            every evidence sentence (whose strings the model owns
                            unless `strings` is set) and, with `strings`, every
                            edge's evidence array (else freed one by one) */
} eg_model;

void eg_model_init(eg_model *m);
void eg_model_destroy(eg_model *m);

/* Finds a node by key (binary search; nodes must be sorted); -1 if absent. */
long eg_model_find(const eg_model *m, const char *key);

#endif
