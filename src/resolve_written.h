/* resolve_written: the written-form key of a name, the same for the ways
 * news writes one name: dotted or undotted initials ("U.S. Forces Japan",
 * "US Forces Japan"), "&" or "and", a hyphen or a space between two words
 * ("Gas-Transport", "Gas Transport"), "People's" or "Peoples", "St."/"St"
 * or "Saint", "Mt." or "Mount", "Ft." or "Fort". */
#ifndef EG_RESOLVE_WRITTEN_H
#define EG_RESOLVE_WRITTEN_H

#include <stddef.h>
#include <stdint.h>

struct eg_resolver;

/* The written-form key of s[0..n), a name matching-folded by eg_fold
 * (apostrophes as ', dashes as -), into buf[0..size): initials with a dot
 * after each of two or more capitals lose the dots ("US" of "U.S."), a
 * free-standing "&" or "+" reads "and", a hyphen between two letters reads
 * as a space, an apostrophe between a letter and a word-final "s" before
 * another word is dropped ("Peoples Bank" of "People's Bank"), and the
 * words "St", "Mt" and "Ft" (with or without a dot) before a capitalised
 * word read "Saint", "Mount" and "Fort". Returns the key's length; 0 when
 * it would not fit. */
size_t rs_written_key(const char *s, size_t n, char *buf, size_t size);

/* Whether s[0..n) has a byte rs_written_key may change (or one eg_fold
 * may, any non-ASCII byte): 0 when its key is s itself. */
int rs_written_may_change(const char *s, size_t n);

/* Adds to c->fits the forms of the article's bodies (exact or F_WRITTEN)
 * whose key is the written-form key of key[0..n) (eg_fold-ed), except
 * entity self. 0, or -1 on ENOMEM. */
int rs_lookup_written(struct eg_resolver *c, const char *key, size_t n, uint32_t self);

#endif
