/* Unit tests for eval: mention, entity and relation scores on a hand-made
 * gold article and prediction, split entities, reversed relations, the
 * --fail-under checks and the error list. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdlib.h>
#include <unistd.h>

#include "../../src/eval.h"
#include "check.h"

/* Text: "Acme Corp hired Jane Doe.\nMs Doe met Bob\nSmith in Paris." */
static const char *gold =
    "{\"id\":\"a1\",\"text\":\"Acme Corp hired Jane Doe.\\nMs Doe met Bob\\nSmith in Paris.\","
    "\"entities\":["
    "{\"name\":\"Acme Corp\",\"type\":\"organisation\",\"spans\":[[0,9]]},"
    "{\"name\":\"Jane Doe\",\"type\":\"person\",\"spans\":[[16,24],[29,32]]},"
    "{\"name\":\"Bob Smith\",\"type\":\"person\",\"spans\":[[37,46]]},"
    "{\"name\":\"Paris\",\"type\":\"location\",\"spans\":[[50,55]]}],"
    "\"relations\":["
    "{\"source\":\"Acme Corp\",\"target\":\"Jane Doe\",\"verb\":\"hire\",\"negated\":false},"
    "{\"source\":\"Jane Doe\",\"target\":\"Bob Smith\",\"verb\":\"meet\",\"negated\":false}]}\n";

/* "Doe" made a node of its own (a split), Bob Smith missed, Paris given the
 * wrong type, one relation right and one backwards. */
static const char *pred =
    "{\"id\":\"a1\",\"entities\":["
    "{\"name\":\"Acme Corp\",\"type\":\"organisation\",\"spans\":[[0,9]]},"
    "{\"name\":\"Jane Doe\",\"type\":\"person\",\"spans\":[[16,24]]},"
    "{\"name\":\"Doe\",\"type\":\"person\",\"spans\":[[29,32]]},"
    "{\"name\":\"Paris\",\"type\":\"country\",\"spans\":[[50,55]]}],"
    "\"relations\":["
    "{\"source\":\"Acme Corp\",\"target\":\"Jane Doe\",\"verb\":\"hire\",\"negated\":false},"
    "{\"source\":\"Bob Smith\",\"target\":\"Jane Doe\",\"verb\":\"meet\",\"negated\":false},"
    "{\"source\":\"Jane Doe\",\"target\":\"Acme Corp\",\"verb\":\"hire\",\"negated\":false}]}";

#define CHECK_NEAR(a, b) CHECK(fabs((a) - (b)) < 1e-9)

static char gold_path[64];

static eg_eval *load(const char *text) {
    strcpy(gold_path, "/tmp/eg_eval_XXXXXX");
    int fd = mkstemp(gold_path);
    CHECK(fd >= 0);
    if (fd < 0)
        return NULL;
    size_t n = strlen(text);
    CHECK_INT(write(fd, text, n), (long long)n);
    close(fd);
    eg_eval *ev = eg_eval_new();
    eg_error err = {0};
    CHECK_INT(eg_eval_load_gold(ev, gold_path, &err), EG_OK);
    remove(gold_path);
    return ev;
}

static void test_scores(void) {
    eg_eval *ev = load(gold);
    eg_error err = {0};
    CHECK_INT(eg_eval_add(ev, pred, strlen(pred), &err), EG_OK);
    /* an article with no gold is counted, not scored */
    const char *other = "{\"id\":\"zz\",\"entities\":[],\"relations\":[]}";
    CHECK_INT(eg_eval_add(ev, other, strlen(other), &err), EG_OK);

    CHECK_NEAR(eg_eval_metric(ev, "mention.organisation.f1"), 1.0);
    CHECK_NEAR(eg_eval_metric(ev, "mention.person.precision"), 1.0);
    CHECK_NEAR(eg_eval_metric(ev, "mention.person.recall"), 2.0 / 3.0);
    CHECK_NEAR(eg_eval_metric(ev, "mention.location.recall"), 0.0);
    CHECK_NEAR(eg_eval_metric(ev, "mention.country.precision"), 0.0);
    CHECK_NEAR(eg_eval_metric(ev, "entity.person.precision"), 0.5);
    CHECK_NEAR(eg_eval_metric(ev, "entity.person.recall"), 0.5);
    CHECK_NEAR(eg_eval_metric(ev, "entity.person.f1"), 0.5);
    /* 2 of 4 predicted entities right, 2 of 4 gold found */
    CHECK_NEAR(eg_eval_metric(ev, "entity.all.f1"), 0.5);
    CHECK_NEAR(eg_eval_metric(ev, "relation.precision"), 1.0 / 3.0);
    CHECK_NEAR(eg_eval_metric(ev, "relation.recall"), 0.5);
    CHECK_NEAR(eg_eval_metric(ev, "splits"), 1.0);
    CHECK_NEAR(eg_eval_metric(ev, "reversed"), 1.0);
    CHECK_NEAR(eg_eval_metric(ev, "entity.person.nonsense"), -1.0);

    eg_strbuf sb;
    eg_strbuf_init(&sb);
    CHECK_INT(eg_eval_check(ev, "entity.organisation.f1>=1,splits<=1,reversed<=1", &sb), 0);
    CHECK_INT(sb.len, 0);
    CHECK_INT(eg_eval_check(ev, "entity.person.f1>=0.6,splits<=0,relation.recall>=0.5", &sb), 2);
    CHECK(sb.data && strstr(sb.data, "entity.person.f1"));
    CHECK(sb.data && strstr(sb.data, "splits"));
    CHECK(sb.data && !strstr(sb.data, "relation.recall"));
    eg_strbuf_destroy(&sb);
    eg_strbuf_init(&sb);
    CHECK_INT(eg_eval_check(ev, "bogus>=1", &sb), -1);
    eg_strbuf_destroy(&sb);
    eg_strbuf_init(&sb);
    CHECK_INT(eg_eval_check_spec("entity.person.f1=>0.5", &sb), -1);
    CHECK(sb.len > 0);
    eg_strbuf_destroy(&sb);

    eg_strbuf_init(&sb);
    CHECK_INT(eg_eval_report(ev, 1, &sb), 0);
    const char *r = sb.data ? sb.data : "";
    CHECK(strstr(r, "articles scored: 1 (predictions without gold: 1)"));
    CHECK(strstr(r, "split entities: 1\n"));
    CHECK(strstr(r, "split-entity\ta1\tperson\tJane Doe\n"));
    CHECK(strstr(r, "false-entity\ta1\tperson\tDoe\t[29,32]\tDoe\n"));
    CHECK(strstr(r, "false-mention\ta1\tcountry\tParis\t[50,55]\tParis\n"));
    /* a span that wraps over a line break stays on one line of the list */
    CHECK(strstr(r, "missed-entity\ta1\tperson\tBob Smith\t[37,46]\tBob\\nSmith\n"));
    CHECK(strstr(r, "missed-relation\ta1\tJane Doe -> Bob Smith : meet\n"));
    CHECK(strstr(r, "false-relation\ta1\tJane Doe -> Acme Corp : hire\n"));
    eg_strbuf_destroy(&sb);
    eg_eval_free(ev);
}

static void test_bad_input(void) {
    eg_eval *ev = load(gold);
    eg_error err = {0};
    CHECK_INT(eg_eval_add(ev, "{\"entities\":[]}", 15, &err), EG_ERR_DATA);
    CHECK_INT(eg_eval_add(ev, "not json", 8, &err), EG_ERR_DATA);
    eg_eval_free(ev);

    /* a gold span past the end of its text names the file and line */
    ev = eg_eval_new();
    strcpy(gold_path, "/tmp/eg_eval_XXXXXX");
    int fd = mkstemp(gold_path);
    const char *bad = "{\"id\":\"b\",\"text\":\"short\",\"entities\":[]}\n"
                      "{\"id\":\"c\",\"text\":\"short\",\"entities\":[{\"name\":\"X\","
                      "\"type\":\"person\",\"spans\":[[0,9]]}]}\n";
    CHECK_INT(write(fd, bad, strlen(bad)), (long long)strlen(bad));
    close(fd);
    eg_error gerr = {0};
    CHECK_INT(eg_eval_load_gold(ev, gold_path, &gerr), EG_ERR_DATA);
    CHECK_INT(gerr.line, 2);
    CHECK(strstr(gerr.source, "eg_eval_"));
    CHECK(strstr(gerr.text, "\"c\""));
    remove(gold_path);
    eg_eval_free(ev);
}

int main(void) {
    test_scores();
    test_bad_input();
    return check_finish();
}
