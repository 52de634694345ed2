/* evpool: chunks of evidence entries and, per array length, a list of the
 * arrays given back (linked through their first bytes). */
#include "evpool.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK_ENTRIES 8192 /* 320 KiB of 40-byte entries */

typedef struct evchunk {
    struct evchunk *next;
    size_t used, cap; /* entries */
    eg_evidence data[];
} evchunk;

struct eg_evpool {
    evchunk *head; /* the chunk being filled; full and big ones follow it */
    void **freed;  /* freed[n]: the arrays of n entries given back, or NULL */
    size_t nfreed;
};

eg_evpool *eg_evpool_new(void) {
    return calloc(1, sizeof(eg_evpool));
}

void eg_evpool_free(eg_evpool *p) {
    if (!p)
        return;
    for (evchunk *c = p->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(p->freed);
    free(p);
}

eg_evidence *eg_evpool_alloc(eg_evpool *p, size_t n) {
    if (n < p->nfreed && p->freed[n]) {
        void *v = p->freed[n];
        memcpy(&p->freed[n], v, sizeof(void *));
        return v;
    }
    if (n > ((size_t)-1 - sizeof(evchunk)) / sizeof(eg_evidence))
        return NULL;
    if (p->head && p->head->cap - p->head->used >= n) {
        eg_evidence *v = p->head->data + p->head->used;
        p->head->used += n;
        return v;
    }
    size_t cap = n > CHUNK_ENTRIES / 4 ? n : CHUNK_ENTRIES;
    evchunk *c = malloc(sizeof *c + cap * sizeof(eg_evidence));
    if (!c)
        return NULL;
    c->used = n;
    c->cap = cap;
    if (n > CHUNK_ENTRIES / 4 && p->head) { /* keep filling the current chunk */
        c->next = p->head->next;
        p->head->next = c;
    } else {
        c->next = p->head;
        p->head = c;
    }
    return c->data;
}

void eg_evpool_release(eg_evpool *p, eg_evidence *v, size_t n) {
    if (!v || !n)
        return;
    if (n >= p->nfreed) {
        size_t c = p->nfreed ? p->nfreed : 8;
        while (c <= n)
            c *= 2;
        void **f = realloc(p->freed, c * sizeof *f);
        if (!f)
            return; /* the array stays in its chunk, unused */
        memset(f + p->nfreed, 0, (c - p->nfreed) * sizeof *f);
        p->freed = f;
        p->nfreed = c;
    }
    memcpy(v, &p->freed[n], sizeof(void *));
    p->freed[n] = v;
}
