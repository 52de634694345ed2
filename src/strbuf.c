/* strbuf: growable NUL-terminated byte buffer. */
#include "strbuf.h"

#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

void eg_strbuf_init(eg_strbuf *sb) {
    sb->data = NULL;
    sb->len = 0;
    sb->cap = 0;
}

void eg_strbuf_destroy(eg_strbuf *sb) {
    free(sb->data);
    eg_strbuf_init(sb);
}

void eg_strbuf_clear(eg_strbuf *sb) {
    sb->len = 0;
    if (sb->data)
        sb->data[0] = '\0';
}

int eg_strbuf_reserve(eg_strbuf *sb, size_t add) {
    if (add > (size_t)-1 - sb->len - 1)
        return -1;
    size_t need = sb->len + add + 1;
    if (need <= sb->cap)
        return 0;
    size_t cap = sb->cap ? sb->cap : 64;
    while (cap < need)
        cap = cap > ((size_t)-1) / 2 ? need : cap * 2;
    char *p = realloc(sb->data, cap);
    if (!p)
        return -1;
    sb->data = p;
    sb->cap = cap;
    p[sb->len] = '\0';
    return 0;
}

int eg_strbuf_append_grow(eg_strbuf *sb, const char *s, size_t n) {
    if (eg_strbuf_reserve(sb, n) != 0)
        return -1;
    if (n)
        memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
    return 0;
}

int eg_strbuf_puts(eg_strbuf *sb, const char *s) {
    return eg_strbuf_append(sb, s, strlen(s));
}

int eg_strbuf_putc(eg_strbuf *sb, char c) {
    return eg_strbuf_append(sb, &c, 1);
}

int eg_strbuf_printf(eg_strbuf *sb, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return -1;
    if ((size_t)n < sizeof small)
        return eg_strbuf_append(sb, small, (size_t)n);
    if (eg_strbuf_reserve(sb, (size_t)n) != 0)
        return -1;
    va_start(ap, fmt);
    vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb->len += (size_t)n;
    return 0;
}

/* eg_strbuf_reserve without the call when there is room already. */
static inline int reserve_fast(eg_strbuf *sb, size_t add) {
    return add < sb->cap - sb->len ? 0 : eg_strbuf_reserve(sb, add);
}

int eg_strbuf_json_string(eg_strbuf *sb, const char *s, size_t n) {
    return eg_strbuf_json_string_scan(sb, s, n) < 0 ? -1 : 0;
}

int eg_strbuf_json_string_scan(eg_strbuf *sb, const char *s, size_t n) {
    /* 1: escaped by a letter, 2: by \u00XX */
    static const unsigned char esc[256] = {2, 2, 2, 2, 2, 2, 2, 2, 1,         1,         1, 2,
                                           1, 1, 2, 2, 2, 2, 2, 2, 2,         2,         2, 2,
                                           2, 2, 2, 2, 2, 2, 2, 2, ['"'] = 1, ['\\'] = 1};
    static const char letter[] = {['\b'] = 'b', ['\t'] = 't', ['\n'] = 'n', ['\f'] = 'f',
                                  ['\r'] = 'r', ['"'] = '"',  ['\\'] = '\\'};
    static const char hex[] = "0123456789ABCDEF";
    if (reserve_fast(sb, n + 2) != 0)
        return -1;
    sb->data[sb->len++] = '"';
    const uint64_t ones = UINT64_C(0x0101010101010101), high = ones << 7;
    uint64_t seen = 0; /* the OR of every byte looked at, for the high bit */
    int flags = 0;
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        /* eight bytes at a time while none is a control, '"' or '\\' */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
            uint64_t hit = ((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((b - ones) & ~b);
            if (hit & high)
                break;
            seen |= w;
            i += 8;
        }
        if (i >= n)
            break;
        unsigned char c = (unsigned char)s[i];
        seen |= c;
        if (!esc[c])
            continue;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            flags |= EG_JSON_CONTROL;
        /* room for the run, the longest escape, the rest and the quote */
        if (reserve_fast(sb, (i - run) + 6 + (n - i) + 1) != 0)
            return -1;
        memcpy(sb->data + sb->len, s + run, i - run);
        sb->len += i - run;
        run = i + 1;
        char *d = sb->data + sb->len;
        d[0] = '\\';
        if (esc[c] == 1) {
            d[1] = letter[c];
            sb->len += 2;
        } else {
            memcpy(d + 1, "u00", 3);
            d[4] = hex[c >> 4];
            d[5] = hex[c & 15];
            sb->len += 6;
        }
    }
    if (reserve_fast(sb, n - run + 1) != 0)
        return -1;
    memcpy(sb->data + sb->len, s + run, n - run);
    sb->len += n - run;
    sb->data[sb->len++] = '"';
    sb->data[sb->len] = '\0';
    return (seen & high) ? flags | EG_JSON_NONASCII : flags;
}

/* The two decimal digits of 0 ... 99, for writing numbers two digits a
 * step. */
static const char pairs[] = "00010203040506070809101112131415161718192021222324"
                            "25262728293031323334353637383940414243444546474849"
                            "50515253545556575859606162636465666768697071727374"
                            "75767778798081828384858687888990919293949596979899";

int eg_strbuf_put_int(eg_strbuf *sb, long long v) {
    /* The digits end at buf + 24 (20 digits and a sign at most), and 24
     * bytes from where they start are copied: a copy of known length, no
     * call, into room for 24 more bytes and the NUL; len counts only the
     * number's. */
    enum { END = 24 };
    char buf[2 * END];
    char *p = buf + END;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    while (u >= 100) { /* two digits a step */
        unsigned r = (unsigned)(u % 100);
        u /= 100;
        p -= 2;
        memcpy(p, pairs + 2 * r, 2);
    }
    if (u >= 10) {
        p -= 2;
        memcpy(p, pairs + 2 * u, 2);
    } else {
        *--p = (char)('0' + u);
    }
    if (v < 0)
        *--p = '-';
    if (sb->cap - sb->len <= END && eg_strbuf_reserve(sb, END) != 0)
        return -1;
    memcpy(sb->data + sb->len, p, END);
    sb->len += (size_t)(buf + END - p);
    sb->data[sb->len] = '\0';
    return 0;
}

/* Powers of ten exact in a long double with a 64-bit mantissa (5^27 <
 * 2^64), 0 <= k <= 27: a table, not a loop of products. */
static long double pow10l_exact(int k) {
    static const long double p10[28] = {1e0L,  1e1L,  1e2L,  1e3L,  1e4L,  1e5L,  1e6L,
                                        1e7L,  1e8L,  1e9L,  1e10L, 1e11L, 1e12L, 1e13L,
                                        1e14L, 1e15L, 1e16L, 1e17L, 1e18L, 1e19L, 1e20L,
                                        1e21L, 1e22L, 1e23L, 1e24L, 1e25L, 1e26L, 1e27L};
    return p10[k];
}

int eg_format_g(char *buf, size_t size, double v, int prec) {
#if LDBL_MANT_DIG >= 64
    double a = fabs(v);
    if (prec < 1 || prec > 15 || !isfinite(v) || size < 32)
        goto slow;
    if (a == 0.0) { /* "0", or "-0" for negative zero */
        char *p = buf;
        if (signbit(v))
            *p++ = '-';
        *p++ = '0';
        *p = '\0';
        return (int)(p - buf);
    }
    /* d = the prec significant digits of a, a = d * 10^(x - prec + 1) */
    int x = (int)floor(log10(a));
    int k = prec - 1 - x; /* scale by 10^k */
    if (k > 27 || k < -27)
        goto slow;
    long double s = k >= 0 ? (long double)a * pow10l_exact(k) : (long double)a / pow10l_exact(-k);
    long double lo = pow10l_exact(prec - 1), hi = pow10l_exact(prec);
    if (s < lo || s >= hi)
        goto slow; /* log10 was off by one */
    long double fl = floorl(s), f = s - fl;
    /* s is one rounding from the exact product, s < 10^15 < 2^50: within
     * 2^-14 (6.1e-5) of it; decide only far from a tie */
    if (f > 0.499L && f < 0.501L)
        goto slow;
    uint64_t d = (uint64_t)fl + (f > 0.5L);
    if ((long double)d >= hi)
        goto slow;
    char dig[16];
    int left = prec;
    for (; left >= 2; left -= 2) { /* two digits a step */
        unsigned r = (unsigned)(d % 100);
        d /= 100;
        memcpy(dig + left - 2, pairs + 2 * r, 2);
    }
    if (left)
        dig[0] = (char)('0' + d);
    int nd = prec;
    while (nd > 1 && dig[nd - 1] == '0')
        nd--;
    char *p = buf;
    if (v < 0)
        *p++ = '-';
    if (x < prec && x >= -4) {
        if (x >= 0) {
            for (int i = 0; i <= x; i++)
                *p++ = i < nd ? dig[i] : '0';
            if (nd > x + 1) {
                *p++ = '.';
                for (int i = x + 1; i < nd; i++)
                    *p++ = dig[i];
            }
        } else {
            *p++ = '0';
            *p++ = '.';
            for (int i = -1; i > x; i--)
                *p++ = '0';
            for (int i = 0; i < nd; i++)
                *p++ = dig[i];
        }
    } else {
        *p++ = dig[0];
        if (nd > 1) {
            *p++ = '.';
            for (int i = 1; i < nd; i++)
                *p++ = dig[i];
        }
        *p++ = 'e';
        *p++ = x < 0 ? '-' : '+';
        int ax = x < 0 ? -x : x;
        if (ax >= 100)
            *p++ = (char)('0' + ax / 100);
        *p++ = (char)('0' + ax / 10 % 10);
        *p++ = (char)('0' + ax % 10);
    }
    *p = '\0';
    return (int)(p - buf);
slow:
#endif
    return snprintf(buf, size, "%.*g", prec, v);
}

char *eg_strbuf_detach(eg_strbuf *sb) {
    char *p = sb->data;
    if (!p) {
        p = malloc(1);
        if (p)
            p[0] = '\0';
    }
    eg_strbuf_init(sb);
    return p;
}

char *eg_path_join(const char *dir, const char *name) {
    size_t ld = strlen(dir), ln = strlen(name);
    char *p = malloc(ld + ln + 2);
    if (p) {
        memcpy(p, dir, ld);
        p[ld] = '/';
        memcpy(p + ld + 1, name, ln + 1);
    }
    return p;
}

uint32_t eg_hash_bytes(const char *s, size_t n, uint32_t seed) {
    uint32_t h = 2166136261u ^ seed;
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    for (; n - i >= 4; i += 4) { /* unrolled: the same FNV-1a steps, a quarter of the loop tests */
        h = (h ^ u[i]) * 16777619u;
        h = (h ^ u[i + 1]) * 16777619u;
        h = (h ^ u[i + 2]) * 16777619u;
        h = (h ^ u[i + 3]) * 16777619u;
    }
    for (; i < n; i++)
        h = (h ^ u[i]) * 16777619u;
    return h;
}
