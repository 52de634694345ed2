/* evpool: evidence of pooled edges (accumulator and model): the evidence
 * sentences, numbered in the order they are added, and the edges' arrays of
 * eg_evref entries pointing to them, carved from large chunks with a free
 * list per length. Edges hold one to a few
 * evidence entries each: here such an array costs no malloc header or size
 * rounding, and an array given back when its edge grows is reused by the
 * next array of that length instead of leaving a hole in the heap. */
#ifndef EG_EVPOOL_H
#define EG_EVPOOL_H

#include <stddef.h>

#include "model.h"

/* Returns a new, empty pool (free with eg_evpool_free) or NULL on ENOMEM. */
eg_evpool *eg_evpool_new(void);
/* Frees the pool and every array carved from it; NULL is a no-op. */
void eg_evpool_free(eg_evpool *p);
/* An uninitialised array of n >= 1 entries, valid until it is given back
 * or the pool is freed; NULL on ENOMEM. */
eg_evref *eg_evpool_alloc(eg_evpool *p, size_t n);
/* Gives back an array of n entries from eg_evpool_alloc (NULL or n == 0:
 * no-op). */
void eg_evpool_release(eg_evpool *p, eg_evref *v, size_t n);
/* Adds a sentence (its strings stay the caller's) and stores its number in
 * *id; -1 on ENOMEM or past UINT32_MAX sentences. */
int eg_evpool_add_sentence(eg_evpool *p, const eg_evsent *s, uint32_t *id);
/* Sentence `id` (below eg_evpool_sentences(p)). */
const eg_evsent *eg_evpool_sentence(const eg_evpool *p, uint32_t id);
size_t eg_evpool_sentences(const eg_evpool *p);

#endif
