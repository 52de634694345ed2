/* test_reduce: equal keys merge into one line, different keys pass through in
 * order, unsorted input and bad records are errors naming source and line,
 * CR and blank lines are ignored, and a group split across two streams
 * merges as if the streams were one. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "reduce.h"

#define E_CHN1                                                                                     \
    "E\tCHN\t{\"articles\":1,\"attrs\":{\"iso2\":\"CN\"},\"discovered\":false,\"mentions\":5,"     \
    "\"name\":\"China\",\"type\":\"country\"}"
#define E_CHN2                                                                                     \
    "E\tCHN\t{\"articles\":2,\"attrs\":{\"iso2\":\"CN\"},\"discovered\":false,\"mentions\":3,"     \
    "\"name\":\"China\",\"type\":\"country\"}"
#define E_CHN_SUM                                                                                  \
    "E\tCHN\t{\"articles\":3,\"attrs\":{\"iso2\":\"CN\"},\"discovered\":false,\"mentions\":8,"     \
    "\"name\":\"China\",\"type\":\"country\"}\n"
#define E_RUS                                                                                      \
    "E\tRUS\t{\"articles\":1,\"attrs\":{},\"discovered\":false,\"mentions\":2,\"name\":"           \
    "\"Russia\","                                                                                  \
    "\"type\":\"country\"}"

/* Runs the lines (separated by '\n') through one reducer; returns its output
 * (caller frees) and the status in *st, the error in *err. */
static char *reduce_text(const char *text, const char *text2, eg_status *st, eg_error *err) {
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    eg_reducer *r = eg_reducer_new(NULL, out, "<out>");
    CHECK(r != NULL);
    eg_error_clear(err);
    FILE *in = fmemopen((void *)(uintptr_t)text, strlen(text), "r");
    *st = eg_reducer_stream(r, in, "a.records", err);
    fclose(in);
    if (*st == EG_OK && text2) {
        in = fmemopen((void *)(uintptr_t)text2, strlen(text2), "r");
        *st = eg_reducer_stream(r, in, "b.records", err);
        fclose(in);
    }
    if (*st == EG_OK)
        *st = eg_reducer_finish(r, err);
    eg_reducer_free(r);
    fclose(out);
    return buf;
}

static void test_merge(void) {
    eg_status st;
    eg_error err;
    char *s = reduce_text(E_CHN1 "\n" E_CHN2 "\r\n\n" E_RUS "\n", NULL, &st, &err);
    CHECK_INT(st, EG_OK);
    CHECK_STR(s, E_CHN_SUM E_RUS "\n");
    free(s);

    /* one group across two inputs */
    s = reduce_text(E_CHN1 "\n", E_CHN2 "\n" E_RUS, &st, &err);
    CHECK_INT(st, EG_OK);
    CHECK_STR(s, E_CHN_SUM E_RUS "\n");
    free(s);

    /* reducing merged output again changes nothing */
    s = reduce_text(E_CHN_SUM E_RUS "\n", NULL, &st, &err);
    CHECK_INT(st, EG_OK);
    CHECK_STR(s, E_CHN_SUM E_RUS "\n");
    free(s);

    s = reduce_text("", NULL, &st, &err);
    CHECK_INT(st, EG_OK);
    CHECK_STR(s, "");
    free(s);
}

static void test_errors(void) {
    eg_status st;
    eg_error err;
    char *s = reduce_text(E_RUS "\n" E_CHN1 "\n", NULL, &st, &err);
    CHECK_INT(st, EG_ERR_DATA);
    CHECK_STR(err.source, "a.records");
    CHECK_INT(err.line, 2);
    CHECK(strstr(err.text, "not sorted") != NULL);
    free(s);

    s = reduce_text(E_CHN1 "\n", "E\tRUS\t{not json\n", &st, &err);
    CHECK_INT(st, EG_ERR_DATA);
    CHECK_STR(err.source, "b.records");
    CHECK_INT(err.line, 1);
    free(s);
}

int main(void) {
    test_merge();
    test_errors();
    return check_finish();
}
