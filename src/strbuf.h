/* strbuf: a growable byte buffer, always NUL-terminated, for building strings
 * and output records. Embedded: _init/_destroy. */
#ifndef EG_STRBUF_H
#define EG_STRBUF_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct eg_strbuf {
    char *data; /* NUL-terminated when non-NULL */
    size_t len;
    size_t cap;
} eg_strbuf;

void eg_strbuf_init(eg_strbuf *sb);
void eg_strbuf_destroy(eg_strbuf *sb);
void eg_strbuf_clear(eg_strbuf *sb);              /* len = 0, keeps memory */
int eg_strbuf_reserve(eg_strbuf *sb, size_t add); /* 0 or -1 on ENOMEM */
/* eg_strbuf_append when the buffer may need to grow. */
int eg_strbuf_append_grow(eg_strbuf *sb, const char *s, size_t n);
/* Appends s[0..n); 0 or -1 on ENOMEM. Inline so that the usual append into a
 * buffer with room, often of a literal's known length, costs no call. */
static inline int eg_strbuf_append(eg_strbuf *sb, const char *s, size_t n) {
    if (sb->data && n < sb->cap - sb->len) {
        if (n)
            memcpy(sb->data + sb->len, s, n);
        sb->len += n;
        sb->data[sb->len] = '\0';
        return 0;
    }
    return eg_strbuf_append_grow(sb, s, n);
}
int eg_strbuf_puts(eg_strbuf *sb, const char *s);
int eg_strbuf_putc(eg_strbuf *sb, char c);
int eg_strbuf_printf(eg_strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s[0..n) as a JSON string literal, quotes included, escaped as
 * jansson's dumps escape it without flags: '"' and '\\' with a backslash,
 * controls as \b \f \n \r \t or \u00XX (upper-case hex); every other byte
 * as is (s must be valid UTF-8 for the result to be JSON). 0 or -1. */
int eg_strbuf_json_string(eg_strbuf *sb, const char *s, size_t n);
/* What eg_strbuf_json_string_scan saw in the bytes it wrote. */
enum {
    EG_JSON_NONASCII = 1, /* a byte >= 0x80 */
    EG_JSON_CONTROL = 2   /* a byte < 0x20 other than tab, LF and CR */
};
/* eg_strbuf_json_string in the same one pass, telling what the string held
 * (EG_JSON_* flags), so that a caller can check the rare strings that need
 * it afterwards and take the text back (sb->len) when they fail: flags or
 * -1. */
int eg_strbuf_json_string_scan(eg_strbuf *sb, const char *s, size_t n);
/* Appends v in decimal ("%lld"). 0 or -1. */
int eg_strbuf_put_int(eg_strbuf *sb, long long v);
/* Writes v to buf as snprintf(buf, size, "%.*g", prec, v) does in the C
 * locale and returns the same length; faster for prec <= 15 (falls back to
 * snprintf when a value lies too close to a rounding tie to be sure).
 * size must be at least 32. */
int eg_format_g(char *buf, size_t size, double v, int prec);
/* Hands the buffer to the caller (who frees it) and resets sb. Never NULL
 * unless out of memory. */
char *eg_strbuf_detach(eg_strbuf *sb);

/* "dir/name" as a new string (caller frees), or NULL on ENOMEM. */
char *eg_path_join(const char *dir, const char *name);

/* A 32-bit hash (FNV-1a) of s[0..n) started from `seed`, for the small
 * open-addressing tables of the text stages. */
uint32_t eg_hash_bytes(const char *s, size_t n, uint32_t seed);

#endif
