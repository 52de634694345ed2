/* tokenize: splits text into word, number and punctuation tokens (spans into
 * the text with EG_TOK_* flags), and folds text into its matching form
 * (quotes, dashes, ellipsis, optional lower case). */
#ifndef EG_TOKENIZE_H
#define EG_TOKENIZE_H

#include <stddef.h>

#include "doc.h"
#include "strbuf.h"

/* Token rules: a word is a run of letters, digits and combining marks, also
 * keeping an apostrophe (' U+2019 U+02BC) followed by a letter ("O'Brien"),
 * '.' between digits ("3.5"), ',' between digits before exactly 3 digits
 * ("1,000") and '&' between capitals ("AT&T"); hyphens split words. A clitic
 * 's after a word is its own token (EG_TOK_WORD | EG_TOK_POSS), and so is a
 * lone apostrophe after a word ending in s (EG_TOK_PUNCT | EG_TOK_POSS) unless
 * an opening single quote is pending. Two or more single letters each followed
 * by '.' are one token with EG_TOK_DOTTED ("U.S.", "e.g."). Any other
 * character is a punctuation token, a run of the same character one token
 * ("...", "--"); a run of invalid bytes is one token with EG_TOK_BADUTF8.
 * Whitespace is eg_utf8_is_space; `nl` counts LF, CR LF, lone CR, U+0085 and
 * U+2028 once and U+2029 twice.
 *
 * Splits text[0..len) into tokens appended to the vector *toks (*n used, *cap
 * allocated; grown with realloc, the caller frees *toks). Token offsets are
 * relative to text. Texts of 4 GiB or more are cut at UINT32_MAX bytes.
 * Returns 0, or -1 on ENOMEM (tokens appended so far stay valid). */
int eg_tokenize_text(const char *text, size_t len, eg_token **toks, size_t *n, size_t *cap);

/* Replaces doc->toks with the tokens of doc->text[0..doc->len). 0 or -1 on ENOMEM. */
int eg_tokenize(eg_doc *doc);

enum { EG_FOLD_CASE = 1u };

/* Appends the matching form of s[0..len) to out: apostrophes and primes
 * (U+2019 U+2018 U+02BC U+2032 `) become ', double quotes (U+201C U+201D
 * U+201E U+00AB U+00BB U+2033) become ", dashes (U+2010-2015, U+2212, -)
 * become -, U+2026 becomes ..., invalid bytes become U+FFFD, soft hyphens
 * (U+00AD) are dropped. With
 * EG_FOLD_CASE letters are also lower-cased (eg_utf8_lower).
 * Returns 0, or -1 on ENOMEM. */
int eg_fold(const char *s, size_t len, unsigned flags, eg_strbuf *out);

/* Same into out[0..cap); returns the bytes written (no NUL is added), or
 * (size_t)-1 if the result does not fit. */
size_t eg_fold_buf(const char *s, size_t len, unsigned flags, char *out, size_t cap);

#endif
