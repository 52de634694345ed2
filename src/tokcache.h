/* tokcache: a direct-mapped memo from short byte strings (text tokens as
 * written) to two 32-bit values (their gazetteer token id and the trie node
 * it leads to from the root), kept by a matcher from one article to the next
 * so the frequent words of a corpus skip the case folding and the probes of
 * the gazetteer's large token and edge tables. */
#ifndef EG_TOKCACHE_H
#define EG_TOKCACHE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Longest key the cache holds; longer strings always miss. */
#define EG_TOKCACHE_MAXLEN 16

typedef struct eg_tokcache_slot {
    uint64_t w[2]; /* the key's bytes, zero-padded */
    uint32_t len1; /* key length + 1; 0 when the slot is empty */
    uint32_t val, aux;
    uint32_t pad;
} eg_tokcache_slot;

typedef struct eg_tokcache {
    eg_tokcache_slot *v; /* NULL when no memory could be had: every lookup misses */
    size_t mask;
} eg_tokcache;

/* Sets up 2^bits empty slots; 0, or -1 on ENOMEM (the cache then stays
 * usable and always misses). */
int eg_tokcache_init(eg_tokcache *c, unsigned bits);
void eg_tokcache_destroy(eg_tokcache *c);

/* The slot for s[0..n): *hit says whether it holds s (its values are then
 * in ->val and ->aux); on a miss, fill it with eg_tokcache_store. NULL when s is too long
 * or the cache has no memory. */
static inline eg_tokcache_slot *eg_tokcache_probe(const eg_tokcache *c, const char *s, size_t n,
                                                  uint64_t key[2], int *hit) {
    *hit = 0;
    if (!c->v || n > EG_TOKCACHE_MAXLEN)
        return NULL;
    key[0] = key[1] = 0;
    memcpy(key, s, n);
    uint64_t h = key[0] * 0x9E3779B97F4A7C15ULL ^ key[1] * 0xC2B2AE3D27D4EB4FULL ^ n;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 32;
    eg_tokcache_slot *e = &c->v[h & c->mask];
    *hit = e->len1 == n + 1 && e->w[0] == key[0] && e->w[1] == key[1];
    return e;
}

static inline void eg_tokcache_store(eg_tokcache_slot *e, const uint64_t key[2], size_t n,
                                     uint32_t val, uint32_t aux) {
    e->w[0] = key[0];
    e->w[1] = key[1];
    e->len1 = (uint32_t)n + 1;
    e->val = val;
    e->aux = aux;
}

#endif
