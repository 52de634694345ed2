/* Tests for the shared output sanitiser (eg_clean_text, eg_text_is_clean,
 * eg_is_bidi_control): bidirectional controls become U+FFFD wherever they
 * are, and offsets mapped through it stay exact. */
#include "check.h"

#include <stdlib.h>
#include <string.h>

#include "contrib.h"

static void test_bidi_controls(void) {
    static const unsigned cps[] = {0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C,
                                   0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069};
    for (size_t i = 0; i < sizeof cps / sizeof *cps; i++)
        CHECK(eg_is_bidi_control(cps[i]));
    CHECK(!eg_is_bidi_control(0x200D)); /* zero width joiner: part of emoji and scripts */
    CHECK(!eg_is_bidi_control(0x2065));
    CHECK(!eg_is_bidi_control(0x202F));
    CHECK(!eg_is_bidi_control('A'));
}

static void test_clean_replaces(void) {
    /* "Ali" U+202E "ce" U+061C " x" U+2066: each control one U+FFFD. */
    const char in[] = "Ali\xE2\x80\xAE"
                      "ce\xD8\x9C x\xE2\x81\xA6";
    CHECK(!eg_text_is_clean(in, strlen(in)));
    for (int fold = 0; fold < 2; fold++) {
        char *s = eg_clean_text(in, strlen(in), fold, NULL, 0);
        CHECK_STR(s, "Ali\xEF\xBF\xBD"
                     "ce\xEF\xBF\xBD x\xEF\xBF\xBD");
        free(s);
    }
    /* Offsets after the 2-byte U+061C shift by one byte (U+FFFD has three). */
    uint32_t offs[3] = {0, 11, 12}; /* "Ali", "x" start, "x" end */
    char *s = eg_clean_text(in, strlen(in), 1, offs, 3);
    CHECK_INT(offs[0], 0);
    CHECK_INT(offs[1], 12);
    CHECK_INT(offs[2], 13);
    CHECK(s && s[offs[1]] == 'x');
    free(s);
    CHECK(eg_text_is_clean("Jos\xC3\xA9 N\xC3\xBA\xC3\xB1"
                           "ez",
                           strlen("Jos\xC3\xA9 N\xC3\xBA\xC3\xB1"
                                  "ez")));
    CHECK(eg_text_is_clean("plain", 5));
    CHECK(!eg_text_is_clean("a\xE2\x80\x8F", 4));
    CHECK(eg_text_is_clean("a\xE2\x80\x8D", 4)); /* U+200D stays */
}

int main(void) {
    test_bidi_controls();
    test_clean_replaces();
    return check_finish();
}
