/* resolve_written: the written-form key of a name (see resolve_written.h). */
#include "resolve_written.h"

#include <string.h>

#include "resolve_int.h"

static int upper(char ch) {
    return ch >= 'A' && ch <= 'Z';
}

static int letter(char ch) {
    return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
}

/* The word that "St", "Mt" or "Ft" at s[0..2) stands for, or NULL. */
static const char *abbrev_word(const char *s) {
    if (s[1] != 't')
        return NULL;
    return s[0] == 'S' ? "Saint" : s[0] == 'M' ? "Mount" : s[0] == 'F' ? "Fort" : NULL;
}

static int put(char *buf, size_t size, size_t *k, const char *s, size_t n) {
    if (*k + n > size)
        return -1;
    memcpy(buf + *k, s, n);
    *k += n;
    return 0;
}

/* ASCII bytes rs_written_key may change (1), and the "t" of "St", "Mt"
 * and "Ft" (2); eg_fold may change any non-ASCII byte. */
static const unsigned char may_change[128] = {
    ['.'] = 1, ['&'] = 1, ['+'] = 1, ['-'] = 1, ['\''] = 1, ['t'] = 2,
};

int rs_written_may_change(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        unsigned k = ch >= 0x80 ? 1 : may_change[ch];
        if (k == 1 || (k == 2 && i > 0 && (i == 1 || s[i - 2] == ' ') &&
                       (s[i - 1] == 'S' || s[i - 1] == 'M' || s[i - 1] == 'F')))
            return 1;
    }
    return 0;
}

size_t rs_written_key(const char *s, size_t n, char *buf, size_t size) {
    size_t k = 0, i = 0;
    if (!rs_written_may_change(s, n)) {
        if (n > size)
            return 0;
        memcpy(buf, s, n);
        return n;
    }
    while (i < n) {
        int start = i == 0 || s[i - 1] == ' ';
        char ch = s[i];
        if (start && upper(ch)) {
            /* "U.S.", "N.N.P.C.": a word of two or more capitals each with
             * a dot after it */
            size_t j = i;
            while (j + 1 < n && upper(s[j]) && s[j + 1] == '.')
                j += 2;
            if (j >= i + 4 && (j == n || s[j] == ' ')) {
                for (size_t x = i; x < j; x += 2)
                    if (put(buf, size, &k, s + x, 1) != 0)
                        return 0;
                i = j;
                continue;
            }
        }
        if (start && (ch == '&' || ch == '+') && i + 1 < n && s[i + 1] == ' ') {
            if (put(buf, size, &k, "and", 3) != 0)
                return 0;
            i++;
            continue;
        }
        if (start && i + 2 < n && abbrev_word(s + i)) {
            size_t j = i + 2 + (s[i + 2] == '.');
            if (j + 1 < n && s[j] == ' ' && upper(s[j + 1])) {
                const char *w = abbrev_word(s + i);
                if (put(buf, size, &k, w, strlen(w)) != 0)
                    return 0;
                i = j;
                continue;
            }
        }
        if (ch == '-' && i > 0 && i + 1 < n && letter(s[i - 1]) && letter(s[i + 1]))
            ch = ' ';
        else if (ch == '\'' && i > 0 && i + 2 < n && letter(s[i - 1]) && s[i + 1] == 's' &&
                 s[i + 2] == ' ') {
            i++;
            continue;
        }
        if (put(buf, size, &k, &ch, 1) != 0)
            return 0;
        i++;
    }
    return k;
}

int rs_lookup_written(rctx *c, const char *key, size_t n, uint32_t self) {
    char buf[256];
    size_t k = rs_written_key(key, n, buf, sizeof buf);
    return k ? rs_lookup(c, buf, k, 0, (1u << F_EXACT) | (1u << F_WRITTEN), self) : 0;
}
