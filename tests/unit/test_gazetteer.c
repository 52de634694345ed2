/* test_gazetteer: loading TSV, spaCy JSONL and stoplist files (types from file
 * names, attributes, aliases, demonyms, every error with file:line), folders,
 * ambiguity reports, deterministic entity order and a 100,000-name load. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "gazetteer.h"
#include "tokenize.h"

static char tmpdir[256];

typedef struct diaglog {
    int warnings;
    char last[1024];
    char all[8192];
} diaglog;

static void on_diag(void *ud, eg_severity sev, const eg_error *d) {
    diaglog *l = ud;
    char buf[1000];
    eg_error_format(d, buf, sizeof buf);
    if (sev == EG_SEV_WARNING)
        l->warnings++;
    snprintf(l->last, sizeof l->last, "%s", buf);
    size_t n = strlen(l->all);
    snprintf(l->all + n, sizeof l->all - n, "%s\n", buf);
}

/* Writes `text` to tmpdir/name and returns the path (static buffer). */
static const char *put(const char *name, const char *text) {
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    for (char *p = path + strlen(tmpdir) + 1; (p = strchr(p, '/')) != NULL; p++) {
        *p = '\0';
        mkdir(path, 0755);
        *p = '/';
    }
    FILE *f = fopen(path, "wb");
    if (!f) {
        perror(path);
        exit(2);
    }
    fputs(text, f);
    fclose(f);
    return path;
}

static int ends_with(const char *s, const char *suf) {
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

/* Loads one file into a fresh gazetteer; returns the status and fills err. */
static eg_status load_one(const char *name, const char *text, eg_error *err) {
    eg_gazetteer *g = eg_gazetteer_new();
    eg_error_clear(err);
    eg_status st = eg_gazetteer_load(g, put(name, text), NULL, err);
    eg_gazetteer_free(g);
    return st;
}

static const char *key_of(const eg_gazetteer *g, const char *form) {
    long i = eg_gazetteer_find(g, form);
    return i < 0 ? "(none)" : eg_gazetteer_key(g, (size_t)i);
}

static void test_tsv(void) {
    const char *people = "# people for the test\n"
                         "name\taliases\tparty\tbirth\n"
                         "\n"
                         "Theresa May\tMrs May|May\tConservative\t1956\n"
                         "# a comment in the middle\n"
                         "Emmanuel Macron\tMacron\t\t1977\r\n"
                         "  \n";
    eg_gazetteer *g = eg_gazetteer_new();
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_gazetteer_load(g, put("people.tsv", people), NULL, &err), EG_OK);
    CHECK_INT(eg_gazetteer_load(g,
                                put("countries.tsv", "id\tname\taliases\tdemonyms\tiso2\n"
                                                     "FRA\tFrance\tFrench Republic\tFrench\tFR\n"
                                                     "RUS\tRussia\tRussian Federation\tRussian|"
                                                     "Russians\tRU\n"),
                                NULL, &err),
              EG_OK);
    CHECK_INT(eg_gazetteer_load(g,
                                put("organisations.tsv", "name\ttype\taliases\n"
                                                         "New York Times\t\tNYT\n"
                                                         "Acme Corp\tcompany\tAcme\n"),
                                NULL, &err),
              EG_OK);
    CHECK_INT(eg_gazetteer_load(g, put("agencies.tsv", "name\nFBI\n"), NULL, &err), EG_OK);
    CHECK_INT(eg_gazetteer_load(g, put("locations.tsv", "name\nParis\n"), NULL, &err), EG_OK);
    CHECK_INT(eg_gazetteer_load(g, put("teams.tsv", "name\nArsenal\n"), NULL, &err), EG_OK);
    CHECK_INT(eg_gazetteer_finish(g, NULL, &err), EG_OK);
    CHECK_INT(eg_gazetteer_finished(g), 1);
    /* Acme Corp (type "company") and teams.tsv (type "teams") are skipped */
    CHECK_INT(eg_gazetteer_count(g), 7);

    /* key order: byte order of keys */
    const char *keys[] = {"FRA",
                          "RUS",
                          "agency:FBI",
                          "location:Paris",
                          "organisation:New York Times",
                          "person:Emmanuel Macron",
                          "person:Theresa May",
                          NULL};
    for (size_t i = 0; keys[i]; i++)
        CHECK_STR(eg_gazetteer_key(g, i), keys[i]);

    long may = eg_gazetteer_find_key(g, "person:Theresa May");
    CHECK_INT(may, 6);
    CHECK_STR(eg_gazetteer_name(g, 6), "Theresa May");
    CHECK_STR(eg_gazetteer_type(g, 6), "person");
    CHECK_INT(eg_gazetteer_nattrs(g, 6), 2);
    CHECK_STR(eg_gazetteer_attr_name(g, 6, 0), "birth");
    CHECK_STR(eg_gazetteer_attr_value(g, 6, 0), "1956");
    CHECK_STR(eg_gazetteer_attr_name(g, 6, 1), "party");
    CHECK_STR(eg_gazetteer_attr_value(g, 6, 1), "Conservative");
    /* empty cell dropped, CRLF line end */
    CHECK_INT(eg_gazetteer_nattrs(g, 5), 1);
    CHECK_STR(eg_gazetteer_attr_value(g, 5, 0), "1977");
    CHECK_STR(key_of(g, "Macron"), "person:Emmanuel Macron");

    CHECK_STR(key_of(g, "Mrs May"), "person:Theresa May");
    CHECK_STR(key_of(g, "May"), "person:Theresa May");
    CHECK_STR(key_of(g, "may"), "(none)");
    CHECK_STR(key_of(g, "Russian Federation"), "RUS");
    CHECK_STR(key_of(g, "Russians"), "RUS");
    CHECK_STR(key_of(g, "French"), "FRA");
    CHECK_STR(key_of(g, "NYT"), "organisation:New York Times");
    CHECK_STR(key_of(g, "New  York Times"), "organisation:New York Times");
    CHECK_STR(key_of(g, "New York"), "(none)");
    CHECK_STR(key_of(g, "Acme"), "(none)");
    CHECK_STR(key_of(g, "Arsenal"), "(none)");
    CHECK_STR(eg_gazetteer_type(g, 2), "agency");
    CHECK_STR(eg_gazetteer_type(g, 3), "location");
    CHECK_STR(eg_gazetteer_type(g, 4), "organisation");
    CHECK_STR(eg_gazetteer_type(g, 0), "country");
    CHECK_INT(eg_gazetteer_nattrs(g, 0), 1);
    CHECK_STR(eg_gazetteer_attr_name(g, 0, 0), "iso2");
    CHECK_STR(eg_gazetteer_attr_value(g, 0, 0), "FR");

    /* demonyms carry their flag in the index */
    eg_strbuf fb;
    eg_strbuf_init(&fb);
    eg_fold("russians", 8, EG_FOLD_CASE, &fb);
    uint32_t node = eg_gazetteer_child(g, 0, eg_gazetteer_token(g, fb.data, fb.len));
    size_t nv = 0;
    const eg_gaz_variant *v = eg_gazetteer_variants(g, node, &nv);
    CHECK_INT(nv, 1);
    if (nv == 1) {
        CHECK_INT(v[0].ent, 1);
        CHECK_INT(v[0].flags & EG_GAZ_DEMONYM, EG_GAZ_DEMONYM);
        CHECK_INT(v[0].ntok, 1);
    }
    eg_strbuf_destroy(&fb);

    /* read-only after finish */
    eg_error_clear(&err);
    CHECK_INT(eg_gazetteer_load(g, put("more.tsv", "name\nX\n"), NULL, &err), EG_ERR_USAGE);
    eg_error_clear(&err);
    CHECK_INT(eg_gazetteer_add(g, "X", "person", NULL, NULL, 0, NULL, 0, &err), EG_ERR_USAGE);
    CHECK_INT(eg_gazetteer_finish(g, NULL, &err), EG_OK);
    eg_gazetteer_free(g);
}

static void test_tsv_merge(void) {
    eg_gazetteer *g = eg_gazetteer_new();
    diaglog log = {0};
    eg_diag diag = {on_diag, &log, 0};
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_gazetteer_load(g,
                                put("merge/people.tsv", "id\tname\taliases\tparty\n"
                                                        "tm\tTheresa May\tMrs May\tTory\n"
                                                        "tm\tTheresa May\tPM May\tLabour\n"
                                                        "tm\tTheresa May\t\t\n"),
                                &diag, &err),
              EG_OK);
    CHECK_INT(eg_gazetteer_finish(g, &diag, &err), EG_OK);
    CHECK_INT(eg_gazetteer_count(g), 1);
    CHECK_STR(key_of(g, "Mrs May"), "tm");
    CHECK_STR(key_of(g, "PM May"), "tm");
    CHECK_INT(eg_gazetteer_nattrs(g, 0), 1);
    CHECK_STR(eg_gazetteer_attr_value(g, 0, 0), "Tory");
    /* two repeated-name warnings, then the attribute */
    CHECK_INT(log.warnings, 3);
    CHECK(strstr(log.all, "merge/people.tsv:3:4: name \"Theresa May\" repeats ") != NULL);
    CHECK(strstr(log.all, "merge/people.tsv:2; the rows are merged\n") != NULL);
    CHECK(strstr(log.all, "merge/people.tsv:4:4: name \"Theresa May\" repeats ") != NULL);
    CHECK(ends_with(log.last, "people.tsv:3: attribute \"party\" of \"tm\" is already \"Tory\"; "
                              "\"Labour\" ignored"));
    eg_gazetteer_free(g);
}

/* A user list naming a listed entity without its id merges into it. */
static void test_merge_unkeyed(void) {
    eg_gazetteer *g = eg_gazetteer_new();
    diaglog log = {0};
    eg_diag diag = {on_diag, &log, 0};
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_gazetteer_load(g,
                                put("mu/bundled/agencies.tsv",
                                    "id\tname\taliases\tcountry\n"
                                    "agency:federal-bureau-of-investigation\tFederal Bureau of "
                                    "Investigation\tF.B.I.\tUSA\n"
                                    "agency:ministry-of-x\tMinistry\t\t\n"
                                    "agency:ministry-of-y\tMinistry\t\t\n"),
                                &diag, &err),
              EG_OK);
    CHECK_INT(
        eg_gazetteer_load(g,
                          put("mu/user/agencies.tsv",
                              "name\taliases\tcountry\tcategory\n"
                              "Federal Bureau of Investigation\tFBI|the Bureau\tGBR\tsecurity\n"
                              "Ministry\tMin\t\t\n"),
                          &diag, &err),
        EG_OK);
    CHECK_INT(eg_gazetteer_load(g,
                                put("mu/user/people.tsv",
                                    "name\taliases\nFederal Bureau of Investigation\tFeds\n"),
                                &diag, &err),
              EG_OK);
    CHECK_INT(eg_gazetteer_finish(g, &diag, &err), EG_OK);
    /* FBI merged; "Ministry" names two listed bodies, so the user's row stays its own;
     * the person of the same name is another type */
    CHECK_INT(eg_gazetteer_count(g), 5);
    const char *fbi = "agency:federal-bureau-of-investigation";
    CHECK_STR(key_of(g, "FBI"), fbi);
    CHECK_STR(key_of(g, "F.B.I."), fbi);
    CHECK_STR(key_of(g, "the Bureau"), fbi);
    CHECK_STR(key_of(g, "Federal Bureau of Investigation"), "(none)"); /* agency and person */
    CHECK_STR(key_of(g, "Feds"), "person:Federal Bureau of Investigation");
    CHECK_STR(key_of(g, "Min"), "agency:Ministry");
    long i = eg_gazetteer_find_key(g, fbi);
    CHECK(i >= 0);
    if (i >= 0) {
        /* the first value of an attribute stays; a new one is added */
        CHECK_INT(eg_gazetteer_nattrs(g, (size_t)i), 2);
        CHECK_STR(eg_gazetteer_attr_name(g, (size_t)i, 0), "category");
        CHECK_STR(eg_gazetteer_attr_value(g, (size_t)i, 1), "USA");
    }
    CHECK_INT(eg_gazetteer_find_key(g, "agency:Federal Bureau of Investigation"), -1);
    CHECK(strstr(log.all, "user/agencies.tsv:2: attribute \"country\" of \""
                          "agency:federal-bureau-of-investigation\" is already \"USA\"; "
                          "\"GBR\" ignored") != NULL);
    eg_gazetteer_free(g);
}

/* Repeated names, unknown types and empty lists are warnings naming file:line; the other
 * rows load. */
static void test_list_checks(void) {
    eg_gazetteer *g = eg_gazetteer_new();
    diaglog log = {0};
    eg_diag diag = {on_diag, &log, 0};
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_gazetteer_load(g,
                                put("lc/people.tsv", "name\ttype\taliases\n"
                                                     "Jane Roe\t\tJR\n"
                                                     "Ann Bee\tPerson\t\n"
                                                     "Cy Dee\torganization\t\n"
                                                     "Jane Roe\t\tJ. Roe\n"
                                                     "Cy Dee\tagency\t\n"),
                                &diag, &err),
              EG_OK);
    CHECK_INT(
        eg_gazetteer_load(g, put("lc/zpeople.tsv", "# x\nname\nAl Eff\nBo Gee\n"), &diag, &err),
        EG_OK);
    CHECK_INT(eg_gazetteer_load(g, put("lc/agencies.tsv", ""), &diag, &err), EG_OK);
    CHECK_INT(eg_gazetteer_load(g, put("lc/locations.tsv", "# only a header\nname\n"), &diag, &err),
              EG_OK);
    CHECK_INT(eg_gazetteer_load(g, put("lc/p.jsonl", "\n"), &diag, &err), EG_OK);
    CHECK_INT(eg_gazetteer_finish(g, &diag, &err), EG_OK);
    CHECK_INT(eg_gazetteer_count(g), 3);
    CHECK_STR(key_of(g, "J. Roe"), "person:Jane Roe");
    CHECK_STR(key_of(g, "JR"), "person:Jane Roe");
    CHECK_STR(key_of(g, "Ann Bee"), "(none)");
    CHECK_STR(key_of(g, "Al Eff"), "(none)");
    CHECK_STR(eg_gazetteer_key(g, 0), "agency:Cy Dee");
    CHECK_STR(eg_gazetteer_key(g, 1), "organisation:Cy Dee");
    CHECK_INT(log.warnings, 8); /* the eighth: "Cy Dee" is ambiguous */
    const char *want[] = {
        "lc/people.tsv:3:9: unknown type \"Person\" (the types are person, organisation, agency, "
        "country, location; did you mean \"person\"?); row skipped\n",
        "lc/people.tsv:5:1: name \"Jane Roe\" repeats ",
        "lc/people.tsv:2; the rows are merged\n",
        "lc/people.tsv:6:1: name \"Cy Dee\" repeats ",
        "lc/people.tsv:4 (organisation \"organisation:Cy Dee\"); kept as a separate agency "
        "\"agency:Cy Dee\"\n",
        "lc/zpeople.tsv:3: unknown type \"zpeople\" (the types are person, organisation, agency, "
        "country, location); it comes from the file name, and the rows that give no type are "
        "skipped\n",
        "lc/agencies.tsv: empty list: no header row\n",
        "lc/locations.tsv:2: no entities after the header row\n",
        "lc/p.jsonl: empty list: no patterns\n",
        NULL};
    for (size_t k = 0; want[k]; k++)
        if (!strstr(log.all, want[k])) {
            fprintf(stderr, "warnings lack \"%s\":\n%s", want[k], log.all);
            CHECK(0);
        }
    eg_gazetteer_free(g);
}

static void check_error(const char *name, const char *text, long line, long column,
                        const char *msg_part) {
    eg_error err;
    eg_status st = load_one(name, text, &err);
    CHECK_INT(st, EG_ERR_CONFIG);
    CHECK_INT(err.line, line);
    CHECK_INT(err.column, column);
    CHECK(ends_with(err.source, name));
    if (!strstr(err.text, msg_part)) {
        fprintf(stderr, "%s: message \"%s\" lacks \"%s\"\n", name, err.text, msg_part);
        CHECK(0);
    }
}

static void test_tsv_errors(void) {
    check_error("e1.tsv", "# no name column\nid\taliases\nx\ty\n", 2, 0, "no \"name\" column");
    check_error("e2.tsv", "name\taliases\nA\tB\nC\n", 3, 0, "1 cells, but the header has 2");
    check_error("e3.tsv", "name\taliases\nA\tB\nC\tD\tE\n", 3, 0, "3 cells");
    check_error("e4.tsv", "aliases\tname\nA\tB\nx\t  \n", 3, 3, "empty name");
    check_error("e5.tsv", "name\naaa\nab\xff\n", 3, 3, "invalid UTF-8");
    check_error("e6.tsv", "id\tname\ttype\nq\tA\tagency\nq\tB\tagency\n", 3, 1,
                "duplicate id \"q\"");
    check_error("e7.tsv", "id\tname\ttype\nq\tA\tperson\nq\tA\tcountry\n", 3, 1,
                "duplicate id \"q\": country \"A\" here, but person \"A\" at ");
    check_error("e8.tsv", "name\tx\tx\n", 1, 8, "column \"x\" appears twice");
    check_error("e9.tsv", "name\t\tx\n", 1, 6, "empty column name");

    /* the same key from two files names both places */
    eg_gazetteer *g = eg_gazetteer_new();
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(
        eg_gazetteer_load(g, put("dup/a.tsv", "id\tname\ttype\nk\tOne\tperson\n"), NULL, &err),
        EG_OK);
    CHECK_INT(
        eg_gazetteer_load(g, put("dup/b.tsv", "id\tname\ttype\n\nk\tTwo\tperson\n"), NULL, &err),
        EG_ERR_CONFIG);
    CHECK_INT(err.line, 3);
    CHECK(strstr(err.text, "a.tsv:2") != NULL);
    eg_gazetteer_free(g);

    /* a missing file */
    eg_error_clear(&err);
    g = eg_gazetteer_new();
    CHECK_INT(eg_gazetteer_load(g, "/nonexistent/entgraph/x.tsv", NULL, &err), EG_ERR_IO);
    CHECK_STR(err.source, "/nonexistent/entgraph/x.tsv");
    eg_gazetteer_free(g);
}

static void test_jsonl(void) {
    const char *text = "{\"label\": \"ORG\", \"pattern\": \"Acme Corp\", \"id\": \"acme\"}\n"
                       "{\"label\": \"ORG\", \"pattern\": \"Acme\", \"id\": \"acme\"}\n"
                       "{\"label\": \"PERSON\", \"pattern\": \"Jane Doe\"}\n"
                       "{\"label\": \"GPE\", \"pattern\": \"Freedonia\"}\n"
                       "{\"label\": \"NORP\", \"pattern\": \"Freedonian\"}\n"
                       "{\"label\": \"LOC\", \"pattern\": \"Lake Freedon\"}\n"
                       "{\"label\": \"agency\", \"pattern\": \"Freedonian Police\"}\n"
                       "{\"label\": \"ORG\", \"pattern\": [{\"LOWER\": \"acme\"}]}\n"
                       "\n";
    eg_gazetteer *g = eg_gazetteer_new();
    diaglog log = {0};
    eg_diag diag = {on_diag, &log, 0};
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_gazetteer_load(g, put("patterns.jsonl", text), &diag, &err), EG_OK);
    CHECK_INT(log.warnings, 2);
    CHECK(strstr(log.all, "patterns.jsonl:5: unknown label \"NORP\" (the labels are PERSON, ORG, "
                          "GPE, LOC or a type: person, organisation, agency, country, location); "
                          "skipped\n") != NULL);
    CHECK(ends_with(log.last, "patterns.jsonl:8: token-list patterns are unsupported; skipped"));
    CHECK_INT(eg_gazetteer_finish(g, &diag, &err), EG_OK);
    CHECK_INT(eg_gazetteer_count(g), 5);
    CHECK_STR(eg_gazetteer_key(g, 0), "acme");
    CHECK_STR(eg_gazetteer_name(g, 0), "Acme Corp");
    CHECK_STR(eg_gazetteer_type(g, 0), "organisation");
    CHECK_STR(key_of(g, "Acme"), "acme");
    CHECK_STR(eg_gazetteer_key(g, 1), "agency:Freedonian Police");
    CHECK_STR(eg_gazetteer_key(g, 2), "country:Freedonia");
    CHECK_STR(eg_gazetteer_key(g, 3), "location:Lake Freedon");
    CHECK_STR(eg_gazetteer_key(g, 4), "person:Jane Doe");
    eg_gazetteer_free(g);

    check_error("j1.jsonl", "{\"label\": \"ORG\", \"pattern\": \"A\"}\n{\"label\": \"ORG\"\n", 2,
                15, "invalid JSON");
    check_error("j2.jsonl", "{\"label\": \"ORG\", \"pattern\": 3}\n", 1, 0,
                "\"pattern\" must be a string");
    check_error("j3.jsonl", "\n{\"pattern\": \"A\"}\n", 2, 0, "\"label\" must be");
    check_error("j4.jsonl",
                "{\"label\": \"ORG\", \"pattern\": \"A\", \"id\": \"a\"}\n"
                "{\"label\": \"PERSON\", \"pattern\": \"B\", \"id\": \"a\"}\n",
                2, 0, "duplicate id \"a\"");
    check_error("j5.jsonl", "[1, 2]\n", 1, 0, "not a JSON object");
}

static uint32_t walk(const eg_gazetteer *g, const char *const *folded, size_t n) {
    uint32_t node = 0;
    for (size_t i = 0; i < n; i++)
        node = eg_gazetteer_child(g, node, eg_gazetteer_token(g, folded[i], strlen(folded[i])));
    return node;
}

static void test_folder_and_stoplist(void) {
    put("folder/people.tsv", "name\taliases\nTheresa May\tMay\n");
    put("folder/b.jsonl", "{\"label\": \"ORG\", \"pattern\": \"Apple\"}\n");
    put("folder/stoplist.txt", "# common words\n\nMAY\n  Apple  \nNowhere Land\n");
    put("folder/README.md", "not loaded\n");
    put("folder/other.txt", "May\n");
    put("folder/sub/people.tsv", "name\nHidden Person\n");
    put("folder/.hidden.tsv", "name\nHidden Too\n");
    char dir[512];
    snprintf(dir, sizeof dir, "%s/folder", tmpdir);
    eg_gazetteer *g = eg_gazetteer_new();
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_gazetteer_load(g, dir, NULL, &err), EG_OK);
    CHECK_INT(eg_gazetteer_finish(g, NULL, &err), EG_OK);
    CHECK_INT(eg_gazetteer_count(g), 2);
    CHECK_STR(eg_gazetteer_key(g, 0), "organisation:Apple");
    CHECK_STR(eg_gazetteer_key(g, 1), "person:Theresa May");
    const char *may[] = {"may"}, *apple[] = {"apple"}, *tm[] = {"theresa", "may"};
    CHECK_INT(eg_gazetteer_node_stop(g, walk(g, may, 1)), 1);
    CHECK_INT(eg_gazetteer_node_stop(g, walk(g, apple, 1)), 1);
    CHECK_INT(eg_gazetteer_node_stop(g, walk(g, tm, 2)), 0);
    /* stop-listed forms are still known forms */
    CHECK_STR(key_of(g, "May"), "person:Theresa May");
    eg_gazetteer_free(g);

    /* a stoplist loaded as a file; invalid UTF-8 in it is an error */
    eg_error_clear(&err);
    g = eg_gazetteer_new();
    CHECK_INT(eg_gazetteer_add(g, "Theresa May", "person", NULL, (const char *[]){"May"}, 1, NULL,
                               0, &err),
              EG_OK);
    CHECK_INT(eg_gazetteer_load(g, put("s/other.txt", "# x\nMay\n"), NULL, &err), EG_OK);
    CHECK_INT(eg_gazetteer_finish(g, NULL, &err), EG_OK);
    CHECK_INT(eg_gazetteer_node_stop(g, walk(g, may, 1)), 1);
    eg_gazetteer_free(g);
    check_error("s/stoplist.txt", "May\n\xc3\n", 2, 1, "invalid UTF-8");
}

/* Every finished gazetteer has a serial of its own, also one created where a
 * freed one was (caches across calls key on it, not on the address); finish
 * again keeps it. */
static void test_serial(void) {
    eg_error err;
    eg_error_clear(&err);
    uint64_t seen[3];
    for (int i = 0; i < 3; i++) {
        eg_gazetteer *g = eg_gazetteer_new();
        CHECK(g != NULL);
        CHECK_INT(eg_gazetteer_add(g, "Kenya", "country", NULL, NULL, 0, NULL, 0, &err), EG_OK);
        CHECK(eg_gazetteer_serial(g) == 0);
        CHECK_INT(eg_gazetteer_finish(g, NULL, &err), EG_OK);
        seen[i] = eg_gazetteer_serial(g);
        CHECK(seen[i] != 0);
        CHECK_INT(eg_gazetteer_finish(g, NULL, &err), EG_OK);
        CHECK(eg_gazetteer_serial(g) == seen[i]);
        for (int k = 0; k < i; k++)
            CHECK(seen[k] != seen[i]);
        eg_gazetteer_free(g);
    }
}

static void test_add_and_ambiguity(void) {
    eg_gazetteer *g = eg_gazetteer_new();
    diaglog log = {0};
    eg_diag diag = {on_diag, &log, 0};
    eg_error err;
    eg_error_clear(&err);
    const char *ga[] = {"Georgia", "Sakartvelo"};
    CHECK_INT(eg_gazetteer_add(g, "Georgia", "country", "GEO", ga + 1, 1, NULL, 0, &err), EG_OK);
    CHECK_INT(eg_gazetteer_add(g, "State of Georgia", "location", NULL, ga, 1, NULL, 0, &err),
              EG_OK);
    const char *ob[] = {"O’Brien"};
    CHECK_INT(eg_gazetteer_add(g, "Conan O'Brien", "person", NULL, ob, 1, NULL, 0, &err), EG_OK);
    const char *dem[] = {"Québécois", "", "Quebecer"};
    CHECK_INT(eg_gazetteer_add(g, "Québec", "location", NULL, NULL, 0, dem, 3, &err), EG_OK);
    CHECK_INT(eg_gazetteer_add_attr(g, "GEO", "iso2", "GE", &err), EG_OK);
    CHECK_INT(eg_gazetteer_add_attr(g, "nope", "iso2", "GE", &err), EG_ERR_USAGE);
    eg_error_clear(&err);
    /* same key and name merge; a different name is an error */
    CHECK_INT(eg_gazetteer_add(g, "Georgia", "country", "GEO", NULL, 0, NULL, 0, &err), EG_OK);
    CHECK_INT(eg_gazetteer_add(g, "Georgien", "country", "GEO", NULL, 0, NULL, 0, &err),
              EG_ERR_CONFIG);
    eg_error_clear(&err);
    CHECK_INT(eg_gazetteer_add(g, "Bad\xff", "country", NULL, NULL, 0, NULL, 0, &err),
              EG_ERR_CONFIG);
    eg_error_clear(&err);
    CHECK_INT(eg_gazetteer_add_stop(g, "Sakartvelo", &err), EG_OK);
    CHECK_INT(eg_gazetteer_finish(g, &diag, &err), EG_OK);
    CHECK_INT(log.warnings, 1);
    CHECK_STR(log.last, "ambiguous form \"Georgia\" names country \"Georgia\" (GEO) and location "
                        "\"State of Georgia\" (location:State of Georgia); it is not tagged");
    CHECK_STR(key_of(g, "Georgia"), "(none)");
    CHECK_STR(key_of(g, "State of Georgia"), "location:State of Georgia");
    CHECK_STR(key_of(g, "Sakartvelo"), "GEO");
    CHECK_STR(key_of(g, "O'Brien"), "person:Conan O'Brien");
    CHECK_STR(key_of(g, "Conan O’Brien"), "person:Conan O'Brien");
    CHECK_STR(key_of(g, "Québécois"), "location:Québec");
    CHECK_STR(key_of(g, "Quebecois"), "(none)");
    CHECK_INT(eg_gazetteer_nattrs(g, (size_t)eg_gazetteer_find_key(g, "GEO")), 1);
    CHECK_INT(eg_gazetteer_find_key(g, "missing"), -1);
    eg_gazetteer_free(g);
}

/* The same content loaded in two orders gives the same entity indices. */
static void test_deterministic_order(void) {
    const char *a = put("order/a/people.tsv", "name\taliases\nZed Zulu\tZed\nAnn Alpha\tAnn\n");
    char pa[512];
    snprintf(pa, sizeof pa, "%s", a);
    const char *b = put("order/b/countries.tsv", "id\tname\nZZZ\tZedland\nAAA\tAland\n");
    char pb[512];
    snprintf(pb, sizeof pb, "%s", b);
    eg_gazetteer *g1 = eg_gazetteer_new(), *g2 = eg_gazetteer_new();
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_gazetteer_load(g1, pa, NULL, &err), EG_OK);
    CHECK_INT(eg_gazetteer_load(g1, pb, NULL, &err), EG_OK);
    CHECK_INT(eg_gazetteer_load(g2, pb, NULL, &err), EG_OK);
    CHECK_INT(eg_gazetteer_load(g2, pa, NULL, &err), EG_OK);
    CHECK_INT(eg_gazetteer_finish(g1, NULL, &err), EG_OK);
    CHECK_INT(eg_gazetteer_finish(g2, NULL, &err), EG_OK);
    CHECK_INT(eg_gazetteer_count(g1), 4);
    CHECK_INT(eg_gazetteer_count(g2), 4);
    for (size_t i = 0; i < 4; i++)
        CHECK_STR(eg_gazetteer_key(g1, i), eg_gazetteer_key(g2, i));
    CHECK_STR(eg_gazetteer_key(g1, 0), "AAA");
    CHECK_STR(eg_gazetteer_key(g1, 3), "person:Zed Zulu");
    CHECK_INT(eg_gazetteer_find(g1, "Ann"), eg_gazetteer_find(g2, "Ann"));
    CHECK_INT(eg_gazetteer_find(g1, "Ann"), 2);
    eg_gazetteer_free(g1);
    eg_gazetteer_free(g2);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Writes a TSV of n generated people (name, one alias, one attribute). */
static const char *generate(size_t n) {
    static char path[512];
    snprintf(path, sizeof path, "%s/big/people.tsv", tmpdir);
    put("big/people.tsv", "");
    FILE *f = fopen(path, "w");
    fputs("name\taliases\twikidata\n", f);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "Person%zu Surname%zu\tP%zu S%zu\tQ%zu\n", i, i % 977, i, i % 977, i);
    fclose(f);
    return path;
}

static void test_bench(size_t n) {
    const char *path = generate(n);
    double t0 = now();
    eg_gazetteer *g = eg_gazetteer_new();
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_gazetteer_load(g, path, NULL, &err), EG_OK);
    double t1 = now();
    CHECK_INT(eg_gazetteer_finish(g, NULL, &err), EG_OK);
    double t2 = now();
    printf("%zu names: load %.3f s, finish %.3f s, total %.3f s\n", n, t1 - t0, t2 - t1, t2 - t0);
    CHECK_INT(eg_gazetteer_count(g), n);
    CHECK_STR(key_of(g, "P12345 S621"), "person:Person12345 Surname621");
    CHECK_STR(eg_gazetteer_key(g, 0), "person:Person0 Surname0");
    eg_gazetteer_free(g);
}

int main(int argc, char **argv) {
    const char *base = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/eg_test_gaz_XXXXXX", base && *base ? base : "/tmp");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 2;
    }
    test_tsv();
    test_tsv_merge();
    test_merge_unkeyed();
    test_list_checks();
    test_tsv_errors();
    test_jsonl();
    test_folder_and_stoplist();
    test_add_and_ambiguity();
    test_serial();
    test_deterministic_order();
    test_bench(argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 100000);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", tmpdir);
    return check_finish();
}
