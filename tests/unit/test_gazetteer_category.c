/* eg_gazetteer_category: the cached "category" attribute agrees with a scan
 * of the entity's attributes (set, absent, among other attributes, on an
 * entity with attributes but no category). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "gazetteer.h"

/* The value a scan over the attributes finds, as callers used to do. */
static const char *scan_category(const eg_gazetteer *g, size_t i) {
    for (size_t k = 0; k < eg_gazetteer_nattrs(g, i); k++)
        if (strcmp(eg_gazetteer_attr_name(g, i, k), "category") == 0)
            return eg_gazetteer_attr_value(g, i, k);
    return NULL;
}

static void test_category(void) {
    eg_error err;
    memset(&err, 0, sizeof err);
    eg_gazetteer *g = eg_gazetteer_new();
    CHECK(g != NULL);
    CHECK_INT(eg_gazetteer_add(g, "Quorvan Sea", "location", "loc:qs", NULL, 0, NULL, 0, &err),
              EG_OK);
    CHECK_INT(eg_gazetteer_add(g, "Brellick", "location", "loc:br", NULL, 0, NULL, 0, &err), EG_OK);
    CHECK_INT(eg_gazetteer_add(g, "Tamsel Ward", "person", "per:tw", NULL, 0, NULL, 0, &err),
              EG_OK);
    CHECK_INT(eg_gazetteer_add(g, "Ostrava Hub", "location", "loc:oh", NULL, 0, NULL, 0, &err),
              EG_OK);
    /* category among other attributes, sorted before and after it */
    CHECK_INT(eg_gazetteer_add_attr(g, "loc:qs", "area", "big", &err), EG_OK);
    CHECK_INT(eg_gazetteer_add_attr(g, "loc:qs", "category", "water", &err), EG_OK);
    CHECK_INT(eg_gazetteer_add_attr(g, "loc:qs", "source", "list", &err), EG_OK);
    /* near misses: attributes whose names only resemble "category" */
    CHECK_INT(eg_gazetteer_add_attr(g, "loc:br", "categoryx", "region", &err), EG_OK);
    CHECK_INT(eg_gazetteer_add_attr(g, "loc:br", "categor", "region", &err), EG_OK);
    CHECK_INT(eg_gazetteer_add_attr(g, "loc:oh", "category", "", &err), EG_OK);
    CHECK_INT(eg_gazetteer_finish(g, NULL, &err), EG_OK);
    long qs = eg_gazetteer_find_key(g, "loc:qs"), br = eg_gazetteer_find_key(g, "loc:br");
    long tw = eg_gazetteer_find_key(g, "per:tw"), oh = eg_gazetteer_find_key(g, "loc:oh");
    CHECK(qs >= 0 && br >= 0 && tw >= 0 && oh >= 0);
    CHECK_STR(eg_gazetteer_category(g, (size_t)qs), "water");
    CHECK(eg_gazetteer_category(g, (size_t)br) == NULL);
    CHECK(eg_gazetteer_category(g, (size_t)tw) == NULL);
    const char *e = eg_gazetteer_category(g, (size_t)oh);
    CHECK(e == NULL || *e == '\0');
    CHECK(e == scan_category(g, (size_t)oh) ||
          (e && scan_category(g, (size_t)oh) && strcmp(e, scan_category(g, (size_t)oh)) == 0));
    for (size_t i = 0; i < eg_gazetteer_count(g); i++) {
        const char *a = eg_gazetteer_category(g, i), *b = scan_category(g, i);
        CHECK((a == NULL) == (b == NULL));
        CHECK(!a || !b || strcmp(a, b) == 0);
    }
    eg_gazetteer_free(g);
}

static void test_empty(void) {
    eg_error err;
    memset(&err, 0, sizeof err);
    eg_gazetteer *g = eg_gazetteer_new();
    CHECK_INT(eg_gazetteer_finish(g, NULL, &err), EG_OK);
    CHECK_INT(eg_gazetteer_count(g), 0);
    eg_gazetteer_free(g);
}

int main(void) {
    test_category();
    test_empty();
    return check_finish();
}
