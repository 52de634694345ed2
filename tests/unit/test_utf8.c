/* test_utf8: decoding (valid, invalid, overlong, surrogate, truncated),
 * encoding round trips, first_invalid, character classes and lower-casing. */
#include <stdint.h>

#include "check.h"
#include "utf8.h"

static void check_decode(const char *s, size_t len, uint32_t want_cp, size_t want_n, int line) {
    uint32_t cp = 0;
    size_t n = eg_utf8_decode((const unsigned char *)s, len, &cp);
    if (cp != want_cp || n != want_n)
        fprintf(stderr, "decode case at line %d: got U+%04X/%zu\n", line, (unsigned)cp, n);
    CHECK_INT(cp, want_cp);
    CHECK_INT(n, want_n);
}

#define DEC(s, cp, n) check_decode(s, sizeof(s) - 1, cp, n, __LINE__)

static void test_decode(void) {
    DEC("A", 'A', 1);
    DEC("\0", 0, 1);
    DEC("\xC3\xA9", 0xE9, 2);
    DEC("\xE2\x80\x99", 0x2019, 3);
    DEC("\xF0\x9F\x98\x80", 0x1F600, 4);
    DEC("\xF4\x8F\xBF\xBF", 0x10FFFF, 4);
    DEC("\xEF\xBF\xBD", 0xFFFD, 3); /* a real U+FFFD is 3 bytes */
    /* invalid: each gives U+FFFD and consumes 1 byte */
    DEC("\x80", 0xFFFD, 1);
    DEC("\xBF", 0xFFFD, 1);
    DEC("\xC0\x80", 0xFFFD, 1);         /* overlong NUL */
    DEC("\xC1\xBF", 0xFFFD, 1);         /* overlong */
    DEC("\xE0\x80\x80", 0xFFFD, 1);     /* overlong */
    DEC("\xE0\x9F\xBF", 0xFFFD, 1);     /* overlong */
    DEC("\xF0\x80\x80\x80", 0xFFFD, 1); /* overlong */
    DEC("\xF0\x8F\xBF\xBF", 0xFFFD, 1); /* overlong */
    DEC("\xED\xA0\x80", 0xFFFD, 1);     /* surrogate D800 */
    DEC("\xED\xBF\xBF", 0xFFFD, 1);     /* surrogate DFFF */
    DEC("\xF4\x90\x80\x80", 0xFFFD, 1); /* above U+10FFFF */
    DEC("\xF5\x80\x80\x80", 0xFFFD, 1);
    DEC("\xFF", 0xFFFD, 1);
    DEC("\xFE", 0xFFFD, 1);
    DEC("\xC3", 0xFFFD, 1);         /* truncated */
    DEC("\xE2\x80", 0xFFFD, 1);     /* truncated */
    DEC("\xF0\x9F\x98", 0xFFFD, 1); /* truncated */
    DEC("\xC3\x41", 0xFFFD, 1);     /* bad continuation */
    DEC("\xE2\x28\xA1", 0xFFFD, 1);
    /* the length limit is respected even if more bytes follow in memory */
    check_decode("\xC3\xA9", 1, 0xFFFD, 1, __LINE__);
}

static void test_encode(void) {
    char out[4];
    CHECK_INT(eg_utf8_encode('a', out), 1);
    CHECK_INT(out[0], 'a');
    CHECK_INT(eg_utf8_encode(0xE9, out), 2);
    CHECK(memcmp(out, "\xC3\xA9", 2) == 0);
    CHECK_INT(eg_utf8_encode(0x20AC, out), 3);
    CHECK(memcmp(out, "\xE2\x82\xAC", 3) == 0);
    CHECK_INT(eg_utf8_encode(0x1F600, out), 4);
    CHECK(memcmp(out, "\xF0\x9F\x98\x80", 4) == 0);
    CHECK_INT(eg_utf8_encode(0xD800, out), 3);
    CHECK(memcmp(out, "\xEF\xBF\xBD", 3) == 0);
    CHECK_INT(eg_utf8_encode(0x110000, out), 3);
    CHECK(memcmp(out, "\xEF\xBF\xBD", 3) == 0);

    /* every scalar value round-trips */
    unsigned long bad = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        size_t n = eg_utf8_encode(cp, out);
        uint32_t back;
        if (eg_utf8_decode((const unsigned char *)out, n, &back) != n || back != cp)
            bad++;
    }
    CHECK_INT(bad, 0);
}

static void test_first_invalid(void) {
    CHECK_INT(eg_utf8_first_invalid("", 0), 0);
    CHECK_INT(eg_utf8_first_invalid("hello", 5), 5);
    const char *s = "Zo\xC3\xAB Lef\xC3\xA8vre";
    CHECK_INT(eg_utf8_first_invalid(s, strlen(s)), strlen(s));
    CHECK_INT(eg_utf8_first_invalid("abc\xFF", 4), 3);
    CHECK_INT(eg_utf8_first_invalid("abcdefghijklmnop\xC3", 17), 16);
    CHECK_INT(eg_utf8_first_invalid("abcdefghij\xED\xA0\x80xyz", 16), 10);
    CHECK_INT(eg_utf8_first_invalid("a\0b", 3), 3);
    CHECK_INT(eg_utf8_first_invalid("\xE2\x80\x99\xE2\x80", 5), 3);
}

static void test_classes(void) {
    /* letters */
    const uint32_t letters[] = {'a',    'Z',    0xC9,   0xE9,   0xF8,   0xFF,   0x0141,
                                0x0161, 0x01C5, 0x0259, 0x03A9, 0x03B1, 0x0416, 0x0436,
                                0x0531, 0x05D0, 0x0627, 0x0915, 0x0E01, 0x10D0, 0x1EA0,
                                0x3042, 0x30AB, 0x4E2D, 0xAC00, 0x20000};
    for (size_t i = 0; i < sizeof letters / sizeof letters[0]; i++) {
        CHECK(eg_utf8_is_letter(letters[i]));
        CHECK(!eg_utf8_is_mark(letters[i]));
        CHECK(!eg_utf8_is_digit(letters[i]));
        CHECK(!eg_utf8_is_space(letters[i]));
    }
    const uint32_t others[] = {'0',    ' ',    '-',    '\'',   0xD7,    0xF7,   0xA9, 0x02BC,
                               0x2014, 0x2019, 0x20AC, 0x3002, 0x1F600, 0xFFFD, 0};
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
        CHECK(!eg_utf8_is_letter(others[i]));
    /* marks */
    const uint32_t marks[] = {0x0300, 0x0308, 0x036F, 0x1AB0, 0x1AFF, 0x1DC0, 0x1DFF,
                              0x20D0, 0x20FF, 0xFE20, 0xFE2F, 0x093F, 0x05B4};
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        CHECK(eg_utf8_is_mark(marks[i]));
        CHECK(!eg_utf8_is_letter(marks[i]));
    }
    /* digits */
    CHECK(eg_utf8_is_digit('0'));
    CHECK(eg_utf8_is_digit('9'));
    CHECK(eg_utf8_is_digit(0x0663));
    CHECK(eg_utf8_is_digit(0x0966));
    CHECK(eg_utf8_is_digit(0xFF15));
    CHECK(!eg_utf8_is_digit('a'));
    CHECK(!eg_utf8_is_digit(0xB2)); /* superscript two */
    /* spaces */
    const uint32_t spaces[] = {' ',    '\t',   '\n',   '\v',   '\f',   '\r',
                               0x85,   0xA0,   0x1680, 0x2000, 0x200A, 0x200B,
                               0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF};
    for (size_t i = 0; i < sizeof spaces / sizeof spaces[0]; i++)
        CHECK(eg_utf8_is_space(spaces[i]));
    CHECK(!eg_utf8_is_space(0));
    CHECK(!eg_utf8_is_space('x'));
    CHECK(!eg_utf8_is_space(0x200C));
    CHECK_INT(eg_utf8_class('q'), EG_UTF8_LETTER);
    CHECK_INT(eg_utf8_class(0x0301), EG_UTF8_MARK);
    CHECK_INT(eg_utf8_class('7'), EG_UTF8_DIGIT);
    CHECK_INT(eg_utf8_class(0x3000), EG_UTF8_SPACE);
    CHECK_INT(eg_utf8_class('!'), 0);
}

static void test_case(void) {
    const uint32_t pairs[][2] = {
        {'A', 'a'},       {'Z', 'z'},       {0xC0, 0xE0},     {0xC9, 0xE9},     {0xDE, 0xFE},
        {0x0100, 0x0101}, {0x0130, 'i'},    {0x0141, 0x0142}, {0x0160, 0x0161}, {0x0178, 0xFF},
        {0x017D, 0x017E}, {0x0186, 0x0254}, {0x01C4, 0x01C6}, {0x01C5, 0x01C6}, {0x0218, 0x0219},
        {0x0391, 0x03B1}, {0x03A3, 0x03C3}, {0x0386, 0x03AC}, {0x038F, 0x03CE}, {0x0410, 0x0430},
        {0x042F, 0x044F}, {0x0401, 0x0451}, {0x0490, 0x0491}, {0x04C1, 0x04C2}, {0x0531, 0x0561},
        {0x1E9E, 0xDF},   {0x1EA0, 0x1EA1}, {0x1F08, 0x1F00}, {0xFF21, 0xFF41}, {0x10A0, 0x2D00},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        CHECK_INT(eg_utf8_lower(pairs[i][0]), pairs[i][1]);
        CHECK(eg_utf8_is_upper(pairs[i][0]));
        CHECK(!eg_utf8_is_lower(pairs[i][0]));
    }
    const uint32_t lower[] = {'a',    'z',    0xDF,   0xE9,   0xFF,   0x0101, 0x0142,
                              0x0259, 0x03B1, 0x03C2, 0x0430, 0x0451, 0x0561, 0x1EA1};
    for (size_t i = 0; i < sizeof lower / sizeof lower[0]; i++) {
        CHECK_INT(eg_utf8_lower(lower[i]), lower[i]);
        CHECK(eg_utf8_is_lower(lower[i]));
        CHECK(!eg_utf8_is_upper(lower[i]));
    }
    const uint32_t caseless[] = {'1',    '-',    0xD7,   0x05D0, 0x0627, 0x0915,
                                 0x3042, 0x4E2D, 0xAC00, 0x10D0, 0x02BB};
    for (size_t i = 0; i < sizeof caseless / sizeof caseless[0]; i++) {
        CHECK_INT(eg_utf8_lower(caseless[i]), caseless[i]);
        CHECK(!eg_utf8_is_upper(caseless[i]));
        CHECK(!eg_utf8_is_lower(caseless[i]));
    }
    /* lower-casing is idempotent, lands on a lower-case letter, and never changes class
     * (except Georgian capitals, whose lower forms are treated as caseless) */
    unsigned long bad = 0;
    for (uint32_t cp = 0; cp < 0x30000; cp++) {
        uint32_t l = eg_utf8_lower(cp);
        if (eg_utf8_lower(l) != l || (eg_utf8_is_upper(cp) && eg_utf8_is_lower(cp)))
            bad++;
        int georgian = (cp >= 0x10A0 && cp <= 0x10CD) || (cp >= 0x1C90 && cp <= 0x1CBF);
        if (l != cp &&
            ((!georgian && !eg_utf8_is_lower(l)) || eg_utf8_class(l) != eg_utf8_class(cp)))
            bad++;
    }
    CHECK_INT(bad, 0);
}

int main(void) {
    test_decode();
    test_encode();
    test_first_invalid();
    test_classes();
    test_case();
    return check_finish();
}
