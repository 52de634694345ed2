/* utf8: decoding and encoding of UTF-8 and the small character classes the
 * tokeniser needs (letters, marks, digits, case, spaces), from a hand-written
 * range table covering the scripts seen in news text. No locale is used. */
#ifndef EG_UTF8_H
#define EG_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes one code point from s[0..len) (len >= 1) into *cp and returns the
 * bytes consumed (>= 1). Invalid, overlong, surrogate, out-of-range or
 * truncated sequences give *cp = 0xFFFD and consume exactly 1 byte. */
size_t eg_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp);

/* Writes the UTF-8 form of cp to out (no NUL) and returns its length (1-4).
 * Surrogates and values above U+10FFFF are written as U+FFFD. */
size_t eg_utf8_encode(uint32_t cp, char out[4]);

/* Letters: ASCII, Latin-1 (not U+00D7 x, U+00F7 /), Latin Extended-A/B, IPA,
 * spacing modifier letters, Greek, Cyrillic, Armenian, Hebrew, Arabic,
 * Devanagari through Malayalam, Thai, Georgian, Hangul Jamo, Latin Extended
 * Additional, Greek Extended, kana, CJK, Hangul syllables, fullwidth Latin. */
int eg_utf8_is_letter(uint32_t cp);
/* Combining marks (word-internal): U+0300-036F, 1AB0-1AFF, 1DC0-1DFF,
 * 20D0-20FF, FE20-FE2F, plus Hebrew/Arabic/Indic vowel signs. */
int eg_utf8_is_mark(uint32_t cp);
/* Decimal digits: ASCII 0-9, Arabic-Indic, Devanagari, fullwidth. */
int eg_utf8_is_digit(uint32_t cp);
/* Upper and lower case letters in Latin, Greek, Cyrillic and Armenian. */
int eg_utf8_is_upper(uint32_t cp);
int eg_utf8_is_lower(uint32_t cp);
/* ASCII whitespace, U+0085, U+00A0, U+1680, U+2000-200A, U+2028, U+2029,
 * U+202F, U+205F, U+3000, and the zero-width U+200B and U+FEFF. */
int eg_utf8_is_space(uint32_t cp);
/* Simple (one-to-one) lower-casing for Latin, Greek, Cyrillic and Armenian;
 * other code points are returned unchanged. */
uint32_t eg_utf8_lower(uint32_t cp);

/* Character classes returned by eg_utf8_class (one of them, or 0 for other). */
enum { EG_UTF8_LETTER = 1u, EG_UTF8_MARK = 2u, EG_UTF8_DIGIT = 4u, EG_UTF8_SPACE = 8u };
/* The class of cp from the same table as the eg_utf8_is_* functions, in one lookup. */
unsigned eg_utf8_class(uint32_t cp);

/* Offset of the first byte that does not start a valid sequence, or len if
 * s[0..len) is valid UTF-8. */
size_t eg_utf8_first_invalid(const char *s, size_t len);

#endif
