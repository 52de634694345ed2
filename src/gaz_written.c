#include "gaz_written.h"

#include <string.h>

#define GW_MAX 256

static int upper(char c) {
    return c >= 'A' && c <= 'Z';
}

/* Copies s[0..n) to out with every " & " as " and " (amp == 1) or every
 * " and " between two capitalised words as " & " (amp == 0). Returns the
 * length written, 0 when nothing was swapped. */
static size_t swap_and(const char *s, size_t n, char *out, int amp) {
    size_t o = 0, swaps = 0;
    for (size_t i = 0; i < n;) {
        if (amp && i + 3 <= n && memcmp(s + i, " & ", 3) == 0 && i > 0 && i + 3 < n) {
            memcpy(out + o, " and ", 5);
            o += 5, i += 3, swaps++;
            continue;
        }
        if (!amp && i + 5 < n && memcmp(s + i, " and ", 5) == 0 && i > 0 && upper(s[i + 5])) {
            size_t w = i; /* the word before starts with a capital */
            while (w > 0 && s[w - 1] != ' ')
                w--;
            if (upper(s[w])) {
                memcpy(out + o, " & ", 3);
                o += 3, i += 5, swaps++;
                continue;
            }
        }
        out[o++] = s[i++];
    }
    return swaps ? o : 0;
}

/* Copies s[0..n) to out with its first word, two or three capitals ("UN")
 * or the same dotted ("U.N."), written the other way, when another word
 * starting with a capital follows. Returns the length, 0 when not. */
static size_t swap_initials(const char *s, size_t n, char *out) {
    const char *sp = memchr(s, ' ', n);
    if (!sp || sp + 1 >= s + n || !upper(sp[1]))
        return 0;
    size_t w = (size_t)(sp - s), o = 0;
    if (w >= 2 && w <= 3) {
        for (size_t i = 0; i < w; i++) {
            if (!upper(s[i]))
                return 0;
            out[o++] = s[i];
            out[o++] = '.';
        }
    } else if (w >= 4 && w <= 6 && w % 2 == 0) {
        for (size_t i = 0; i < w; i += 2) {
            if (!upper(s[i]) || s[i + 1] != '.')
                return 0;
            out[o++] = s[i];
        }
    } else {
        return 0;
    }
    memcpy(out + o, sp, n - w);
    return o + n - w;
}

/* Whether s[0..n) holds " and ". */
static int has_and(const char *s, size_t n) {
    for (const char *p = s, *e = s + n; (p = memchr(p, ' ', (size_t)(e - p))) != NULL; p++)
        if (e - p > 5 && memcmp(p, " and ", 5) == 0)
            return 1;
    return 0;
}

/* "United Nations " opening a name: the forms written "UN " and "U.N. "
 * instead ("UN Office for the Coordination of Humanitarian Affairs"), when a
 * word starting with a capital follows. 0, or fn's nonzero result. */
static int united_nations(const char *s, size_t n, eg_gaz_written_fn fn, void *ctx) {
    static const char un[] = "United Nations ";
    const size_t ul = sizeof un - 1;
    char a[GW_MAX], b[GW_MAX * 2];
    if (n <= ul + 1 || memcmp(s, un, ul) != 0 || !upper(s[ul]))
        return 0;
    memcpy(a, "UN ", 3);
    memcpy(a + 3, s + ul, n - ul);
    size_t na = 3 + n - ul, nb = swap_initials(a, na, b);
    int rc = fn(ctx, a, na);
    return rc == 0 && nb ? fn(ctx, b, nb) : rc;
}

int eg_gaz_written_forms(const char *s, size_t n, eg_gaz_written_fn fn, void *ctx) {
    char src[GW_MAX], a[GW_MAX * 2], b[GW_MAX * 2], c[GW_MAX * 4];
    if (n >= GW_MAX || n < 4)
        return 0;
    int initials = upper(s[0]) && (upper(s[1]) || s[1] == '.');
    if (s[0] == 'U' && s[1] == 'n') {
        int rc = united_nations(s, n, fn, ctx);
        if (rc != 0)
            return rc;
    }
    if (!initials && !memchr(s, '&', n) && !has_and(s, n))
        return 0; /* most forms: nothing to swap, nothing copied */
    memcpy(src, s, n);
    size_t na = swap_and(src, n, a, memchr(src, '&', n) != NULL);
    size_t nb = swap_initials(src, n, b);
    size_t nc = na ? swap_initials(a, na, c) : 0;
    int rc = 0;
    if (na && (rc = fn(ctx, a, na)) != 0)
        return rc;
    if (nb && (rc = fn(ctx, b, nb)) != 0)
        return rc;
    if (nc && (rc = fn(ctx, c, nc)) != 0)
        return rc;
    return 0;
}
