/* strbuf: growable NUL-terminated byte buffer. */
#include "strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
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

int eg_strbuf_append(eg_strbuf *sb, const char *s, size_t n) {
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
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}
