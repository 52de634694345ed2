/* gaz_written: the other ways news writes a listed name, added as weak
 * forms of the same entity when the lists are loaded: "&" for " and " and
 * back ("Kenya Power & Lighting Company" of "Kenya Power and Lighting
 * Company", "Johnson and Johnson" of "Johnson & Johnson"), and dotted or
 * undotted initials opening a name of two or more words ("U.N. Development
 * Programme" of "UN Development Programme", "US Forces Japan" of "U.S.
 * Forces Japan"), and "UN" or "U.N." for an opening "United Nations" ("UN
 * Population Fund" of "United Nations Population Fund"). */
#ifndef EG_GAZ_WRITTEN_H
#define EG_GAZ_WRITTEN_H

#include <stddef.h>

/* Called once per variant with its text; nonzero stops the walk and is
 * returned. */
typedef int (*eg_gaz_written_fn)(void *ctx, const char *s, size_t n);

/* Calls fn for each written variant of the form s[0..n) (at most five: the
 * "UN" and "U.N." forms of an opening "United Nations", the "&"/"and" swap,
 * the initials swap, both), none when the form has none of these.
 * s may be invalidated by fn: it is copied before the first call. A form of
 * 256 bytes or more has no variants. Returns 0, or fn's nonzero result. */
int eg_gaz_written_forms(const char *s, size_t n, eg_gaz_written_fn fn, void *ctx);

#endif
