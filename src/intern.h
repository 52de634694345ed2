/* intern: a pool of immutable strings. Each distinct string is stored once,
 * packed into large chunks, and found again through a hash set; every string
 * gets a dense id (0, 1, 2, ... in order of first addition). The accumulator
 * keeps keys, dates, article ids and evidence sentences here and hands the
 * pool to the model instead of copying the strings. */
#ifndef EG_INTERN_H
#define EG_INTERN_H

#include <stddef.h>
#include <stdint.h>

typedef struct eg_intern eg_intern;

/* Returns a new, empty pool (free with eg_intern_free) or NULL on ENOMEM. */
eg_intern *eg_intern_new(void);
/* Frees the pool and every string in it; NULL is a no-op. */
void eg_intern_free(eg_intern *p);

/* Adds s[0..len) (no NUL inside) if new and returns the pool's copy,
 * NUL-terminated; it lives as long as the pool and must not be modified or
 * freed. Sets *id (if non-NULL) to the string's id. NULL on ENOMEM (the pool
 * is unchanged). */
char *eg_intern_add(eg_intern *p, const char *s, size_t len, uint32_t *id);
/* A copy of s[0..len) (no NUL inside) kept in the pool's chunks, freed with
 * the pool, but without an id or a place in the hash set: eg_intern_add and
 * eg_intern_find do not find it, and it is not counted. For strings that the
 * caller finds again itself (the accumulator's evidence sentences): it costs
 * their bytes alone. NULL on ENOMEM or in a sealed pool. */
char *eg_intern_append(eg_intern *p, const char *s, size_t len);
/* eg_intern_add(p, s, strlen(s), NULL); NULL when s is NULL. */
char *eg_intern_str(eg_intern *p, const char *s);
/* eg_intern_add(p, s, strlen(s), id); NULL when s is NULL. */
char *eg_intern_str_id(eg_intern *p, const char *s, uint32_t *id);
/* Turns the address memo on (a new batch: what it remembered is forgotten)
 * or off. While it is on, eg_intern_str and eg_intern_str_id find a string
 * passed before by its address alone, without reading it: the caller
 * promises that no string it passes changes or is freed (so no address is
 * reused for other text) until the memo is turned off or on again. */
void eg_intern_memo(eg_intern *p, int on);

/* Id of s[0..len), or -1 if the pool does not hold it. */
long eg_intern_find(const eg_intern *p, const char *s, size_t len);
/* The string with id `id` (id < eg_intern_count(p)), borrowed. */
char *eg_intern_get(const eg_intern *p, uint32_t id);
/* A one-element array holding the string with id `id`: its address stays
 * valid as long as the pool, so a list of one pooled string needs no array
 * of its own. Borrowed; do not modify. */
char **eg_intern_ref(const eg_intern *p, uint32_t id);
/* Frees the hash set behind eg_intern_add and eg_intern_find, for a pool
 * that is complete: the strings and their ids stay. Afterwards only
 * eg_intern_get, eg_intern_ref, eg_intern_count, eg_intern_bytes and
 * eg_intern_free may be used (add returns NULL, find -1). */
void eg_intern_seal(eg_intern *p);
/* Number of distinct strings. */
size_t eg_intern_count(const eg_intern *p);
/* Bytes the pool holds (chunks, index and hash set), for reports. */
size_t eg_intern_bytes(const eg_intern *p);

#endif
