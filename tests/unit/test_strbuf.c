#include "check.h"
#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "error.h"
#include "strbuf.h"

static void test_strbuf(void) {
    eg_strbuf sb;
    eg_strbuf_init(&sb);
    CHECK_INT(eg_strbuf_puts(&sb, "abc"), 0);
    CHECK_INT(eg_strbuf_printf(&sb, "-%d-%s", 42, "x"), 0);
    CHECK_STR(sb.data, "abc-42-x");
    char big[600];
    memset(big, 'y', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    CHECK_INT(eg_strbuf_printf(&sb, "%s", big), 0);
    CHECK_INT(sb.len, 8 + 599);
    eg_strbuf_clear(&sb);
    CHECK_INT(sb.len, 0);
    CHECK_STR(sb.data, "");
    char *p = eg_strbuf_detach(&sb);
    CHECK_STR(p, "");
    free(p);
    CHECK(sb.data == NULL);
}

static void test_error(void) {
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_error_set(&err, EG_ERR_DATA, "a.jsonl", 3, 7, "bad %s", "thing"), EG_ERR_DATA);
    eg_error_set(&err, EG_ERR_IO, "b", 1, 1, "second"); /* first error wins */
    char buf[256];
    CHECK_STR(eg_error_format(&err, buf, sizeof buf), "a.jsonl:3:7: bad thing");
    eg_error_clear(&err);
    eg_error_set(&err, EG_ERR_IO, "dir", 0, 0, "not writable");
    CHECK_STR(eg_error_format(&err, buf, sizeof buf), "dir: not writable");
    CHECK(eg_error_set(NULL, EG_ERR_IO, NULL, 0, 0, "x") == EG_ERR_IO);
}

/* eg_hash_bytes is FNV-1a: the published 32-bit values, and the seed. */
static void test_hash(void) {
    CHECK_INT(eg_hash_bytes("", 0, 0), 0x811c9dc5u);
    CHECK_INT(eg_hash_bytes("a", 1, 0), 0xe40c292cu);
    CHECK_INT(eg_hash_bytes("foobar", 6, 0), 0xbf9cf968u);
    CHECK(eg_hash_bytes("a", 1, 1) != eg_hash_bytes("a", 1, 0));
    CHECK_INT(eg_hash_bytes("ab", 1, 0), eg_hash_bytes("a", 1, 0));
}

/* JSON strings come out as jansson dumps them: every ASCII byte (NUL
 * included) alone and inside text, and multi-byte UTF-8 as is. */
static void json_is_janssons(const char *s, size_t n) {
    eg_strbuf sb;
    eg_strbuf_init(&sb);
    CHECK_INT(eg_strbuf_puts(&sb, "x"), 0);
    CHECK_INT(eg_strbuf_json_string(&sb, s, n), 0);
    json_t *j = json_stringn(s, n);
    char *want = j ? json_dumps(j, JSON_ENCODE_ANY) : NULL;
    CHECK(want != NULL);
    if (want) {
        CHECK_STR(sb.data + 1, want);
        CHECK_INT(sb.len, strlen(want) + 1);
    }
    /* the scanning form writes the same bytes and tells what it saw: a
     * byte >= 0x80, a control other than tab, LF and CR */
    int flags = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80)
            flags |= EG_JSON_NONASCII;
        else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            flags |= EG_JSON_CONTROL;
    }
    size_t at = sb.len;
    CHECK_INT(eg_strbuf_json_string_scan(&sb, s, n), flags);
    if (want) {
        CHECK_INT(sb.len - at, strlen(want));
        CHECK(memcmp(sb.data + at, want, strlen(want)) == 0);
    }
    free(want);
    json_decref(j);
    eg_strbuf_destroy(&sb);
}

static void test_json(void) {
    for (int c = 0; c < 128; c++) {
        char one = (char)c, text[8] = {'a', (char)c, 'b', (char)c, (char)c};
        json_is_janssons(&one, 1);
        json_is_janssons(text, 5);
    }
    json_is_janssons("", 0);
    json_is_janssons("Zo\xC3\xAB \xE2\x80\xA8 \xF0\x9F\x98\x80 \\\"/", 15);
    char longer[300];
    for (size_t i = 0; i < sizeof longer; i++)
        longer[i] = (char)(i % 7 ? 'a' + i % 26 : i % 32);
    json_is_janssons(longer, sizeof longer);
    /* each byte that needs escaping (and its neighbours in value) at every
     * offset of a longer run of text, with multi-byte UTF-8 around it:
     * the runs skipped eight bytes at a time end where they must */
    static const unsigned char specials[] = {0x00, 0x01, 0x08, 0x0A, 0x1F, 0x20, 0x21,
                                             '"',  '#',  '[',  '\\', ']',  0x7F};
    for (size_t k = 0; k < sizeof specials; k++)
        for (size_t at = 0; at < 40; at++) {
            char t[48];
            memcpy(t, "Caf\xC3\xA9 said: plain text, more plain text .....", 40);
            if (at == 3 || at == 4)
                continue; /* the two bytes of the e acute */
            t[at] = (char)specials[k];
            json_is_janssons(t, 40);
            json_is_janssons(t, at + 1);
        }
    /* one character of one to four bytes (0x7F, ASCII, a near miss) in
     * ASCII text at every offset, inside and after the runs looked at eight
     * bytes at a time, with a tab, LF, CR (no control) or a control near it */
    static const char *const lone[] = {"\x7F", "\xC3\xA9", "\xE2\x80\xA8", "\xF0\x9F\x98\x80"};
    static const char near[] = {'a', '\t', '\n', '\r', 0x01, 0x1F};
    for (size_t k = 0; k < sizeof lone / sizeof lone[0]; k++)
        for (size_t c = 0; c < sizeof near; c++)
            for (size_t at = 0; at + 4 <= 40; at++) {
                char t[40];
                size_t len = strlen(lone[k]);
                memset(t, 'n', sizeof t);
                t[(at + 36) % 40] = near[c];
                memcpy(t + at, lone[k], len);
                json_is_janssons(t, 40);
                json_is_janssons(t, at + len);
            }

    eg_strbuf sb;
    eg_strbuf_init(&sb);
    CHECK_INT(eg_strbuf_put_int(&sb, 0), 0);
    CHECK_INT(eg_strbuf_putc(&sb, ' '), 0);
    CHECK_INT(eg_strbuf_put_int(&sb, -1), 0);
    CHECK_INT(eg_strbuf_putc(&sb, ' '), 0);
    CHECK_INT(eg_strbuf_put_int(&sb, LLONG_MAX), 0);
    CHECK_INT(eg_strbuf_putc(&sb, ' '), 0);
    CHECK_INT(eg_strbuf_put_int(&sb, LLONG_MIN), 0);
    CHECK_INT(eg_strbuf_putc(&sb, ' '), 0);
    CHECK_INT(eg_strbuf_put_int(&sb, 1234567890), 0);
    CHECK_STR(sb.data, "0 -1 9223372036854775807 -9223372036854775808 1234567890");
    eg_strbuf_destroy(&sb);

    /* put_int writes two digits a step and copies a fixed 24 bytes: every
     * digit count and sign, after text already there, with 25 and 24 bytes
     * of room left in a 64-byte buffer (written in place; grown first), each
     * as "%lld" */
    long long p10 = 1;
    for (int d = 0; d <= 18; d++, p10 = d <= 18 ? p10 * 10 : p10) {
        long long vals[] = {p10 - 1, p10, p10 + 1, 3 * p10, -(p10 - 1), -p10, -p10 - 7};
        for (size_t k = 0; k < sizeof vals / sizeof vals[0]; k++)
            for (size_t f = 0; f < 6; f++) {
                static const size_t fills[] = {0, 23, 39, 40, 46, 69};
                size_t fill = fills[f];
                char want[128];
                eg_strbuf_init(&sb);
                for (size_t i = 0; i < fill; i++)
                    CHECK_INT(eg_strbuf_putc(&sb, 'x'), 0);
                snprintf(want, sizeof want, "%.*s%lld", (int)fill, sb.data ? sb.data : "", vals[k]);
                CHECK_INT(eg_strbuf_put_int(&sb, vals[k]), 0);
                CHECK_STR(sb.data, want);
                CHECK_INT((long long)sb.len, (long long)strlen(want));
                eg_strbuf_destroy(&sb);
            }
    }
}

static uint64_t next_rand(uint64_t *x) {
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    return *x;
}

static int g_matches(double v, int prec) {
    char want[64], got[64];
    int nw = snprintf(want, sizeof want, "%.*g", prec, v);
    int ng = eg_format_g(got, sizeof got, v, prec);
    if (nw != ng || strcmp(want, got) != 0) {
        fprintf(stderr, "%%.%dg of %.17g: want %s, got %s\n", prec, v, want, got);
        return 0;
    }
    return 1;
}

/* eg_format_g is snprintf's "%.*g": random bit patterns, values of every
 * magnitude, near ties, integers, powers of ten and the special values. */
static void test_format_g(void) {
    static const double fixed[] = {0.0,
                                   -0.0,
                                   0.0049995,
                                   0.0049989999,
                                   0.00499910001,
                                   2.0004995,
                                   7.4999999999999,
                                   1.0,
                                   -1.0,
                                   0.5,
                                   0.1,
                                   1e15,
                                   1e14,
                                   1e-4,
                                   1e-5,
                                   9.5,
                                   0.00015,
                                   123456.5,
                                   2.5e-7,
                                   1e300,
                                   1e-300,
                                   5e-324,
                                   1.7976931348623157e308,
                                   0.3,
                                   1e21,
                                   1e22,
                                   99999999999999.95,
                                   999999999999999.4,
                                   0.000099999999999999995,
                                   1234567890123456789.0};
    int bad = 0;
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        for (int p = 1; p <= 17; p++)
            bad += !g_matches(fixed[i], p) + !g_matches(-fixed[i], p);
    bad += !g_matches(INFINITY, 15) + !g_matches(-INFINITY, 15) + !g_matches(NAN, 15);
    uint64_t x = 88172645463325252ull;
    for (int i = 0; i < 200000 && bad < 10; i++) {
        uint64_t r = next_rand(&x);
        double v;
        switch (i % 4) {
        case 0: /* any bit pattern */
            memcpy(&v, &r, sizeof v);
            break;
        case 1: /* [0, 1), like PageRank values and their scaled sizes */
            v = (double)(r >> 11) / 9007199254740992.0 * (i % 8 == 1 ? 1e-4 : 40.0);
            break;
        case 2: /* short decimals, often exact ties at some precision */
            v = (double)(r % 2000001) / 1000.0 - 1000.0;
            break;
        default: /* every magnitude */
            v = ldexp((double)(r >> 11) / 9007199254740992.0 + 0.5, (int)(r % 200) - 100);
        }
        bad += !g_matches(v, 15);
        /* near a tie at 15 digits: a 15-digit integer and a half, scaled
         * by a power of ten, and the doubles a few steps either side */
        double t = (double)(100000000000000ull + r % 900000000000000ull) + 0.5;
        int e = (int)(r >> 58) - 31;
        t = e < 0 ? t / pow(10.0, -e) : t * pow(10.0, e);
        for (int s = -3; s <= 3; s++) {
            double u = t;
            for (int k = 0; k < (s < 0 ? -s : s); k++)
                u = nextafter(u, s < 0 ? 0.0 : INFINITY);
            bad += !g_matches(u, 15) + !g_matches(-u, 15);
        }
        if (i % 16 == 0)
            bad += !g_matches(v, 1 + (int)(r % 17));
    }
    CHECK_INT(bad, 0);
}

int main(void) {
    test_strbuf();
    test_format_g();
    test_json();
    test_error();
    test_hash();
    return check_finish();
}
