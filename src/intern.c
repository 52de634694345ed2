/* intern: strings packed into chunks, an id-indexed table of them and an
 * open-addressing hash set of ids, each slot holding the string's hash so
 * that a probe reads the string only when the hashes agree. Lengths are not
 * stored: strings hold no NUL, so a candidate matches when its first len
 * bytes agree and a NUL follows them. */
#include "intern.h"

#include <stdlib.h>
#include <string.h>

#define CHUNK_BYTES ((size_t)256 * 1024)
#define BIG_STRING (CHUNK_BYTES / 4) /* longer strings get a chunk of their own */
#define BLOCK_BITS 12                /* string pointers per index block: 4096 */
#define BLOCK (1u << BLOCK_BITS)
#define RECENT 512 /* strings remembered in front of the hash set */
#define MEMO 512   /* borrowed strings remembered by address (eg_intern_memo) */

typedef struct chunk {
    struct chunk *next;
    size_t used, cap;
    char data[];
} chunk;

struct eg_intern {
    chunk *head; /* the chunk being filled; full and big ones follow it */
    char ***blk; /* per id: blk[id / BLOCK][id % BLOCK]; blocks never move */
    size_t nblk, blkcap;
    size_t n, cap;   /* cap = nblk * BLOCK */
    uint64_t *slots; /* hash << 32 | (id + 1), 0 = empty */
    size_t nslots;   /* power of two, or 0 */
    /* The strings added last, as in slots, direct-mapped by hash: one
     * article repeats its keys, dates, ids and sentences, and these are
     * found here without a probe through the large table. */
    uint64_t recent[RECENT];
    size_t bytes;
    int sealed; /* lookups gone: see eg_intern_seal */
    /* While memo_on: caller's string address -> id, for the strings of one
     * batch, which the caller promises not to change or free meanwhile; an
     * entry counts only when its gen is the current one. */
    int memo_on;
    uint32_t memo_gen;
    struct memo {
        const char *src;
        uint32_t id, gen;
    } memo[MEMO];
};

static uint64_t hash_mem(const char *s, size_t n) {
    uint64_t h = 0x84222325CBF29CE4ULL ^ n;
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
        h ^= h >> 29;
        s += 8;
        n -= 8;
    }
    uint64_t w = 0;
    memcpy(&w, s, n);
    h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ULL;
    h ^= h >> 32;
    return h;
}

eg_intern *eg_intern_new(void) {
    return calloc(1, sizeof(eg_intern));
}

void eg_intern_free(eg_intern *p) {
    if (!p)
        return;
    for (chunk *c = p->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    for (size_t i = 0; i < p->nblk; i++)
        free(p->blk[i]);
    free(p->blk);
    free(p->slots);
    free(p);
}

/* Whether pooled string str is s[0..len). */
static int same(const char *str, const char *s, size_t len) {
    return strncmp(str, s, len) == 0 && str[len] == '\0';
}

static long probe(const eg_intern *p, const char *s, size_t len, uint32_t h, size_t *slot) {
    size_t mask = p->nslots - 1, j = h & mask;
    for (; p->slots[j]; j = (j + 1) & mask) {
        uint64_t v = p->slots[j];
        if ((uint32_t)(v >> 32) != h)
            continue;
        uint32_t id = (uint32_t)v - 1;
        if (same(eg_intern_get(p, id), s, len))
            return (long)id;
    }
    if (slot)
        *slot = j;
    return -1;
}

long eg_intern_find(const eg_intern *p, const char *s, size_t len) {
    if (!p->nslots || p->sealed || len >= UINT32_MAX)
        return -1;
    return probe(p, s, len, (uint32_t)hash_mem(s, len), NULL);
}

static int grow_slots(eg_intern *p) {
    size_t ns = p->nslots ? p->nslots * 2 : 1024;
    uint64_t *s = calloc(ns, sizeof *s);
    if (!s)
        return -1;
    for (size_t i = 0; i < p->nslots; i++) {
        uint64_t v = p->slots[i];
        if (!v)
            continue;
        size_t j = (v >> 32) & (ns - 1);
        while (s[j])
            j = (j + 1) & (ns - 1);
        s[j] = v;
    }
    free(p->slots);
    p->bytes += (ns - p->nslots) * sizeof *s;
    p->slots = s;
    p->nslots = ns;
    return 0;
}

/* One more block of string pointers, made when the first id of it is
 * handed out (not ahead, at every doubling). */
static int grow_index(eg_intern *p) {
    if (p->nblk == p->blkcap) {
        size_t nb = p->blkcap ? p->blkcap * 2 : 16;
        char ***blk = realloc(p->blk, nb * sizeof *blk);
        if (!blk)
            return -1;
        p->blk = blk;
        p->blkcap = nb;
    }
    if (!(p->blk[p->nblk] = malloc(BLOCK * sizeof **p->blk)))
        return -1;
    p->nblk++;
    p->bytes += BLOCK * sizeof **p->blk;
    p->cap += BLOCK;
    return 0;
}

/* A chunk with room for n bytes, or NULL. */
static chunk *reserve(eg_intern *p, size_t n) {
    if (p->head && p->head->cap - p->head->used >= n)
        return p->head;
    size_t cap = n > BIG_STRING ? n : CHUNK_BYTES;
    chunk *c = malloc(sizeof *c + cap);
    if (!c)
        return NULL;
    c->used = 0;
    c->cap = cap;
    p->bytes += sizeof *c + cap;
    if (n > BIG_STRING && p->head) { /* keep filling the current chunk */
        c->next = p->head->next;
        p->head->next = c;
    } else {
        c->next = p->head;
        p->head = c;
    }
    return c;
}

/* A NUL-terminated copy of s[0..len) in the pool's chunks; NULL on ENOMEM. */
static char *copy_in(eg_intern *p, const char *s, size_t len) {
    chunk *c = reserve(p, len + 1);
    if (!c)
        return NULL;
    char *dst = c->data + c->used;
    c->used += len + 1;
    memcpy(dst, s, len);
    dst[len] = '\0';
    return dst;
}

char *eg_intern_add(eg_intern *p, const char *s, size_t len, uint32_t *id) {
    if (p->sealed || len >= UINT32_MAX || p->n >= UINT32_MAX - 1)
        return NULL;
    uint32_t h = (uint32_t)hash_mem(s, len);
    uint64_t *r = &p->recent[(h >> 20) & (RECENT - 1)];
    if (*r && *r >> 32 == h) {
        uint32_t rid = (uint32_t)*r - 1;
        char *rs = eg_intern_get(p, rid);
        if (same(rs, s, len)) {
            if (id)
                *id = rid;
            return rs;
        }
    }
    size_t slot = 0;
    long found = p->nslots ? probe(p, s, len, h, &slot) : -1;
    if (found >= 0) {
        *r = (uint64_t)h << 32 | (uint32_t)(found + 1);
        if (id)
            *id = (uint32_t)found;
        return eg_intern_get(p, (uint32_t)found);
    }
    if ((p->n + 1) * 4 > p->nslots * 3) {
        if (grow_slots(p) != 0)
            return NULL;
        probe(p, s, len, h, &slot);
    }
    if (p->n == p->cap && grow_index(p) != 0)
        return NULL;
    char *dst = copy_in(p, s, len);
    if (!dst)
        return NULL;
    p->blk[p->n >> BLOCK_BITS][p->n & (BLOCK - 1)] = dst;
    p->slots[slot] = *r = (uint64_t)h << 32 | (uint32_t)(p->n + 1);
    if (id)
        *id = (uint32_t)p->n;
    p->n++;
    return dst;
}

char *eg_intern_append(eg_intern *p, const char *s, size_t len) {
    if (p->sealed || len >= UINT32_MAX)
        return NULL;
    return copy_in(p, s, len);
}

void eg_intern_seal(eg_intern *p) {
    if (!p || p->sealed)
        return;
    p->bytes -= p->nslots * sizeof *p->slots;
    free(p->slots);
    p->slots = NULL;
    p->nslots = 0;
    p->sealed = 1;
}

void eg_intern_memo(eg_intern *p, int on) {
    if (!p)
        return;
    p->memo_on = on != 0;
    if (on && ++p->memo_gen == 0) { /* wrapped: old entries must not match */
        memset(p->memo, 0, sizeof p->memo);
        p->memo_gen = 1;
    }
}

static struct memo *memo_slot(eg_intern *p, const char *s) {
    uint64_t h = (uint64_t)(uintptr_t)s * 0x9E3779B97F4A7C15ULL;
    return &p->memo[h >> 55]; /* 9 bits: MEMO entries */
}

char *eg_intern_str_id(eg_intern *p, const char *s, uint32_t *id) {
    if (!s)
        return NULL;
    struct memo *m = NULL;
    if (p->memo_on && !p->sealed) {
        m = memo_slot(p, s);
        if (m->src == s && m->gen == p->memo_gen) {
            if (id)
                *id = m->id;
            return eg_intern_get(p, m->id);
        }
    }
    uint32_t got;
    char *r = eg_intern_add(p, s, strlen(s), &got);
    if (r && m) {
        m->src = s;
        m->id = got;
        m->gen = p->memo_gen;
    }
    if (r && id)
        *id = got;
    return r;
}

char *eg_intern_str(eg_intern *p, const char *s) {
    return eg_intern_str_id(p, s, NULL);
}

char *eg_intern_get(const eg_intern *p, uint32_t id) {
    return p->blk[id >> BLOCK_BITS][id & (BLOCK - 1)];
}

char **eg_intern_ref(const eg_intern *p, uint32_t id) {
    return &p->blk[id >> BLOCK_BITS][id & (BLOCK - 1)];
}

size_t eg_intern_count(const eg_intern *p) {
    return p->n;
}

size_t eg_intern_bytes(const eg_intern *p) {
    return p->bytes;
}
