#include "check.h"
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

int main(void) {
    test_strbuf();
    test_error();
    test_hash();
    return check_finish();
}
