/* test_explain: the corpus-wide resolution of `explain A B`: the best level
 * wins, a short form must name one entity, the pairs of one sentence make
 * one line, and malformed records are skipped. Records are written by hand
 * in eg_explain_doc's format. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "explain.h"

/* Feeds one article's records per element of `docs` (NULL-terminated) and
 * returns the answer, or the why messages joined ("A: ...|B: ..."). */
static const char *answer(const char *const *docs) {
    static char buf[2048];
    eg_explain *x = eg_explain_new();
    eg_strbuf out;
    eg_strbuf_init(&out);
    const char *wa = NULL, *wb = NULL;
    buf[0] = '\0';
    int bad = !x;
    for (size_t i = 0; !bad && docs[i]; i++)
        bad = eg_explain_add(x, docs[i], strlen(docs[i]));
    if (bad || eg_explain_finish(x, &out, &wa, &wb))
        strcpy(buf, "(failed)");
    else if (wa || wb)
        snprintf(buf, sizeof buf, "A: %s|B: %s", wa ? wa : "-", wb ? wb : "-");
    else
        snprintf(buf, sizeof buf, "%.*s", (int)out.len, out.data ? out.data : "");
    eg_strbuf_destroy(&out);
    eg_explain_free(x);
    return buf;
}

#define ANSWER(...) answer((const char *const[]){__VA_ARGS__, NULL})

static void test_levels(void) {
    /* "Karimi" is exactly one entity's name in doc 2: that beats the surname in doc 1 */
    CHECK_STR(ANSWER("C\t0\t3\tReza Karimi\nC\t1\t2\tFBI\n"
                     "S\t0\t3\tReza Karimi\t2\tFBI\td1\tco-occurrence\tKarimi met the FBI.\n",
                     "C\t0\t1\tKarimi\nC\t1\t2\tFBI\n"
                     "S\t4\t1\tKarimi\t2\tFBI\td2\tFBI -> Karimi : hire\tThe FBI hired Karimi.\n"),
              "d2\tFBI -> Karimi : hire\tThe FBI hired Karimi.\n");
    /* a unique short form */
    CHECK_STR(ANSWER("C\t0\t3\tReza Karimi\nC\t1\t2\tFBI\n"
                     "S\t0\t3\tReza Karimi\t2\tFBI\td1\tco-occurrence\tKarimi met the FBI.\n"),
              "d1\tco-occurrence\tKarimi met the FBI.\n");
    /* an ambiguous one, even when only one of them meets B */
    CHECK_STR(ANSWER("C\t0\t3\tReza Karimi\nC\t1\t2\tFBI\n"
                     "S\t0\t3\tReza Karimi\t2\tFBI\td1\tco-occurrence\tKarimi met the FBI.\n",
                     "C\t0\t3\tDana Karimi\n"),
              "A: ambiguous: Dana Karimi; Reza Karimi|B: -");
    CHECK_STR(ANSWER("C\t1\t2\tFBI\n"), "A: no entity|B: -");
    CHECK_STR(ANSWER(""), "A: no entity|B: no entity");
}

static void test_one_line_per_sentence(void) {
    /* two entities named exactly "Acme" in one sentence: one line, relations joined */
    CHECK_STR(ANSWER("C\t0\t1\tAcme\nC\t1\t1\tGlobex\n"
                     "S\t2\t1\tAcme\t1\tGlobex\td\tAcme -> Globex : sue\tAcme sued Globex.\n"
                     "S\t2\t1\tAcme\t1\tGlobex\td\tco-occurrence\tAcme sued Globex.\n"
                     "S\t3\t1\tAcme\t1\tGlobex\td\tco-occurrence\tAcme and Globex.\n"),
              "d\tAcme -> Globex : sue\tAcme sued Globex.\nd\tco-occurrence\tAcme and Globex.\n");
    /* the same sentence index in another article is another sentence */
    CHECK_STR(ANSWER("C\t0\t1\tAcme\nC\t1\t1\tGlobex\n"
                     "S\t0\t1\tAcme\t1\tGlobex\td1\tco-occurrence\tOne.\n",
                     "S\t0\t1\tAcme\t1\tGlobex\td2\tco-occurrence\tTwo.\n"),
              "d1\tco-occurrence\tOne.\nd2\tco-occurrence\tTwo.\n");
    /* malformed and unknown lines are skipped */
    CHECK_STR(ANSWER("C\t0\t1\tAcme\nC\t1\t1\tGlobex\nS\t0\t1\tAcme\nX\tjunk\n\n"
                     "S\t1\t1\tAcme\t1\tGlobex\td\tco-occurrence\tOk.\n"),
              "d\tco-occurrence\tOk.\n");
}

int main(void) {
    test_levels();
    test_one_line_per_sentence();
    return check_finish();
}
