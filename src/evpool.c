/* evpool: chunks of evidence entries and, per array length, a list of the
 * arrays given back (linked through their first bytes); sentences in blocks
 * of SENT_BLOCK, so that the table never moves or needs twice its size. */
#include "evpool.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK_ENTRIES 16384 /* 256 KiB of 16-byte entries */
#define SENT_SHIFT 12
#define SENT_BLOCK (1u << SENT_SHIFT) /* 96 KiB of 24-byte sentences */

typedef struct evchunk {
    struct evchunk *next;
    size_t used, cap; /* entries */
    eg_evref data[];
} evchunk;

struct eg_evpool {
    evchunk *head; /* the chunk being filled; full and big ones follow it */
    void **freed;  /* freed[n]: the arrays of n entries given back, or NULL */
    size_t nfreed;
    eg_evsent **sent; /* blocks of SENT_BLOCK sentences */
    size_t nsent, capblocks;
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
    for (size_t i = 0; i < p->capblocks && p->sent[i]; i++)
        free(p->sent[i]);
    free(p->sent);
    free(p);
}

eg_evref *eg_evpool_alloc(eg_evpool *p, size_t n) {
    if (n < p->nfreed && p->freed[n]) {
        void *v = p->freed[n];
        memcpy(&p->freed[n], v, sizeof(void *));
        return v;
    }
    if (n > ((size_t)-1 - sizeof(evchunk)) / sizeof(eg_evref))
        return NULL;
    if (p->head && p->head->cap - p->head->used >= n) {
        eg_evref *v = p->head->data + p->head->used;
        p->head->used += n;
        return v;
    }
    size_t cap = n > CHUNK_ENTRIES / 4 ? n : CHUNK_ENTRIES;
    evchunk *c = malloc(sizeof *c + cap * sizeof(eg_evref));
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

void eg_evpool_release(eg_evpool *p, eg_evref *v, size_t n) {
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

int eg_evpool_add_sentence(eg_evpool *p, const eg_evsent *s, uint32_t *id) {
    if (p->nsent > UINT32_MAX)
        return -1;
    size_t b = p->nsent >> SENT_SHIFT;
    if (!(p->nsent & (SENT_BLOCK - 1))) {
        if (b == p->capblocks) {
            size_t c = p->capblocks ? p->capblocks * 2 : 64;
            eg_evsent **nb = realloc(p->sent, c * sizeof *nb);
            if (!nb)
                return -1;
            memset(nb + p->capblocks, 0, (c - p->capblocks) * sizeof *nb);
            p->sent = nb;
            p->capblocks = c;
        }
        if (!(p->sent[b] = malloc(SENT_BLOCK * sizeof **p->sent)))
            return -1;
    }
    p->sent[b][p->nsent & (SENT_BLOCK - 1)] = *s;
    *id = (uint32_t)p->nsent++;
    return 0;
}

const eg_evsent *eg_evpool_sentence(const eg_evpool *p, uint32_t id) {
    return &p->sent[id >> SENT_SHIFT][id & (SENT_BLOCK - 1)];
}

size_t eg_evpool_sentences(const eg_evpool *p) {
    return p->nsent;
}
