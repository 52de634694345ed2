/* accumulate: merges records from every article (or from reduced record
 * files) into tables keyed by entity keys; the only state that grows with the
 * corpus. Edge strings (dates, article ids, evidence, verbs, forms) are
 * interned, so each distinct string is stored once; evidence sentences of a
 * borrowed batch (eg_acc_borrow) are kept once per position and text in the
 * pool without a place in its hash set. Converts the result into a sorted
 * eg_model for the graph stage. */
#ifndef EG_ACCUMULATE_H
#define EG_ACCUMULATE_H

#include "error.h"
#include "model.h"
#include "record.h"

typedef struct eg_acc eg_acc;

/* Returns a new accumulator (free with eg_acc_free) or NULL on ENOMEM. */
eg_acc *eg_acc_new(const eg_record_limits *limits);
void eg_acc_free(eg_acc *acc);

/* Each add takes ownership of the record's contents (the record is left
 * destroyed, whatever the result). */
eg_status eg_acc_add_entity(eg_acc *acc, eg_entrec *r, eg_error *err);
eg_status eg_acc_add_pair(eg_acc *acc, eg_pairrec *r, eg_error *err);
/* eg_acc_add_pair for a record that stays its owner's (borrowed). */
eg_status eg_acc_add_pair_copy(eg_acc *acc, const eg_pairrec *r, eg_error *err);
/* eg_acc_add_pair_copy for v[0..n) in order (the same result), faster. */
eg_status eg_acc_add_pairs_copy(eg_acc *acc, const eg_pairrec *v, size_t n, eg_error *err);
eg_status eg_acc_add_rel(eg_acc *acc, eg_relrec *r, eg_error *err);
/* eg_acc_add_entity and eg_acc_add_rel for records that stay their owner's
 * (borrowed; e.g. freed later by the thread that made them). */
eg_status eg_acc_add_entity_copy(eg_acc *acc, const eg_entrec *r, eg_error *err);
eg_status eg_acc_add_rel_copy(eg_acc *acc, const eg_relrec *r, eg_error *err);
/* Turns on (or off) the address memo of the accumulator's string pools
 * for a batch of records that stay their owner's, such as one article's
 * contribution: while it is on, a string passed again at the same address
 * is found without being read, so no string the records point to may change
 * or be freed until it is turned off (or on again, for the next batch).
 * Meanwhile an evidence sentence is kept once per batch for its position in
 * its article (eg_evidence.pos) and its text, outside the pool's hash set:
 * a batch's sentences are meant to be one article's. */
void eg_acc_borrow(eg_acc *acc, int on);
/* Adds run counts; eg_acc_to_model puts the total in model->summary. */
void eg_acc_add_summary(eg_acc *acc, const eg_summary *s);
eg_status eg_acc_add_any(eg_acc *acc, eg_anyrec *r, eg_error *err);

size_t eg_acc_entities(const eg_acc *acc);
size_t eg_acc_pairs(const eg_acc *acc);
size_t eg_acc_relations(const eg_acc *acc);

typedef struct eg_model_filter {
    uint64_t min_weight; /* co-occurrence edges below it are dropped (--min-weight) */
    size_t threads;      /* 1: the calling thread only; else a second one may sort */
} eg_model_filter;

/* Moves the merged tables into `out` (sorted; see model.h): entities,
 * co-occurrence and relation edges become nodes and edges where they lie,
 * the string pool becomes out->strings (sealed), and what the model does
 * not need is freed; the accumulator is empty afterwards. Nodes are every
 * entity seen, whether or not it has edges. On failure (ENOMEM) `out` is
 * empty and the accumulator can only be freed (eg_acc_free frees what is
 * left). */
eg_status eg_acc_to_model(eg_acc *acc, const eg_model_filter *f, eg_model *out, eg_error *err);

/* Writes every merged record, sorted by key, as record lines (for tests and
 * for `reduce`-compatible dumps). */
eg_status eg_acc_write_records(const eg_acc *acc, eg_strbuf *sb, eg_error *err);

#endif
