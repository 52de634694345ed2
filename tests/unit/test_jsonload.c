/* test_jsonload: with jansson's allocator failing at each allocation in
 * turn, eg_json_load either returns the same object as a clean parse or
 * reports running out of memory: never a damaged object, never a syntax
 * error. Real syntax errors stay syntax errors. Run for every allocation of
 * the parse: a failure anywhere is caught. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jsonload.h"

static long calls, fail_at;

static void *failing_malloc(size_t n) {
    if (++calls == fail_at) {
        errno = ENOMEM;
        return NULL;
    }
    return malloc(n);
}

static void test_faults(void) {
    static const char text[] =
        "{\"id\": \"f1\", \"title\": \"Acme and Russia\", \"text\": \"Russia sued Acme Holdings. "
        "Jane Doe said Ukraine was not involved \\u2014 a long string that makes the lexer's "
        "buffer grow several times over\", \"n\": [1, 2.5, {\"k\": null}], \"b\": true}";
    json_error_t jerr;
    int oom = -1;
    /* installed before the first eg_json_load, which chains to it */
    json_set_alloc_funcs(failing_malloc, free);
    json_t *ref = eg_json_load(text, strlen(text), &jerr, &oom);
    CHECK(ref != NULL);
    CHECK_INT(oom, 0);

    long same = 0, nomem = 0, bad = 0;
    for (fail_at = 1; fail_at < 400; fail_at++) {
        calls = 0;
        json_t *o = eg_json_load(text, strlen(text), &jerr, &oom);
        if (o && !oom && json_equal(o, ref))
            same++;
        else if (!o && oom)
            nomem++;
        else
            bad++;
        json_decref(o);
    }
    fail_at = 0;
    CHECK_INT(bad, 0);
    CHECK(nomem > 10); /* allocations did fail, and were caught */
    CHECK(same > 0);   /* past the last allocation, the parse is clean */
    json_decref(ref);
}

static void test_syntax(void) {
    json_error_t jerr;
    int oom = -1;
    json_t *o = eg_json_load("{\"a\": bad}", 10, &jerr, &oom);
    CHECK(o == NULL);
    CHECK_INT(oom, 0);
    CHECK_INT(jerr.column, 9);
    o = eg_json_load("[1, 2]", 6, &jerr, &oom);
    CHECK(o != NULL && json_is_array(o));
    CHECK_INT(oom, 0);
    json_decref(o);
}

int main(void) {
    test_faults();
    test_syntax();
    return check_finish();
}
