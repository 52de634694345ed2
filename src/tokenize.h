/* tokenize: splits text into word, number and punctuation tokens (spans into
 * the text with EG_TOK_* flags), and folds text into its matching form
 * (quotes, dashes, ellipsis, optional lower case). */
#ifndef EG_TOKENIZE_H
#define EG_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

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

/* The matching form of the ASCII bytes of s[0..len) up to the first byte of
 * 0x80 or more, written to out (as many bytes): '`' as '\'', with `lower`
 * capitals lower-cased too. Returns how many bytes it wrote. Eight or four
 * bytes at a time while none is '`' or above 0x7F, the last ones through a
 * window that ends with the string and overlaps bytes already written (with
 * the same values): the folding of eg_fold and of the rules' per-token
 * forms, where most words are short. */
static inline uint64_t eg_fold_ascii8_bad(uint64_t x) { /* a byte above 0x7F or a '`' */
    const uint64_t ones = UINT64_C(0x0101010101010101), high = UINT64_C(0x8080808080808080);
    uint64_t y = x ^ (0x60 * ones); /* a zero byte where x has a '`' */
    return (x & high) | ((y - ones) & ~y & high);
}
static inline uint64_t eg_fold_ascii8_lower(uint64_t x) { /* 0x20 added to 'A'..'Z' */
    const uint64_t ones = UINT64_C(0x0101010101010101), high = UINT64_C(0x8080808080808080);
    return x | ((x + 0x3F * ones) & ~(x + 0x25 * ones) & high) >> 2;
}
static inline uint32_t eg_fold_ascii4_bad(uint32_t x) {
    const uint32_t ones = 0x01010101u, high = 0x80808080u;
    uint32_t y = x ^ (0x60 * ones);
    return (x & high) | ((y - ones) & ~y & high);
}
static inline uint32_t eg_fold_ascii4_lower(uint32_t x) {
    const uint32_t ones = 0x01010101u, high = 0x80808080u;
    return x | ((x + 0x3F * ones) & ~(x + 0x25 * ones) & high) >> 2;
}
__attribute__((always_inline)) static inline size_t eg_fold_ascii(const char *s, size_t len,
                                                                  int lower, char *out) {
    size_t i = 0;
    if (len >= 8) {
        uint64_t x;
        for (; len - i >= 8; i += 8) {
            memcpy(&x, s + i, 8);
            if (eg_fold_ascii8_bad(x))
                break;
            x = lower ? eg_fold_ascii8_lower(x) : x;
            memcpy(out + i, &x, 8);
        }
        if (i < len && len - i < 8) {
            memcpy(&x, s + len - 8, 8);
            if (!eg_fold_ascii8_bad(x)) {
                x = lower ? eg_fold_ascii8_lower(x) : x;
                memcpy(out + len - 8, &x, 8);
                return len;
            }
        }
    } else if (len >= 4) {
        uint32_t x;
        memcpy(&x, s, 4);
        if (!eg_fold_ascii4_bad(x)) {
            x = lower ? eg_fold_ascii4_lower(x) : x;
            memcpy(out, &x, 4);
            i = 4;
            memcpy(&x, s + len - 4, 4);
            if (!eg_fold_ascii4_bad(x)) {
                x = lower ? eg_fold_ascii4_lower(x) : x;
                memcpy(out + len - 4, &x, 4);
                return len;
            }
        }
    }
    for (; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 0x80)
            break;
        out[i] = (char)(lower && ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch == '`' ? '\'' : ch);
    }
    return i;
}

#endif
