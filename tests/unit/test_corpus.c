/* Tests for the corpus reader: folder walk order, file kinds, JSON Lines
 * records and their diagnostics, strict mode, stdin sniffing, binary files,
 * invalid UTF-8, empty articles, duplicates and a 20 MB record. */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "corpus.h"
#include "strbuf.h"

#define DATA EG_TEST_DATA "/unit/data/corpus"

/* Every diagnostic as "W <formatted>" or "N <formatted>". */
typedef struct diaglog {
    char *msg[64];
    int n;
} diaglog;

static void collect(void *ud, eg_severity sev, const eg_error *d) {
    diaglog *log = ud;
    char buf[1200], line[1300];
    eg_error_format(d, buf, sizeof buf);
    snprintf(line, sizeof line, "%c %s",
             sev == EG_SEV_NOTE    ? 'N'
             : sev == EG_SEV_ERROR ? 'E'
                                   : 'W',
             buf);
    if (log->n < 64)
        log->msg[log->n++] = strdup(line);
}

static void log_clear(diaglog *log) {
    for (int i = 0; i < log->n; i++)
        free(log->msg[i]);
    log->n = 0;
}

static const char *log_at(const diaglog *log, int i) {
    return i < log->n ? log->msg[i] : "(none)";
}

/* `pattern` with every "%s" replaced by `a`, in one of 8 rotating buffers. */
static char *fmt(const char *pattern, const char *a) {
    static char buf[8][1200];
    static unsigned k;
    char *p = buf[k++ % 8];
    size_t used = 0;
    p[0] = '\0';
    for (const char *s = pattern; *s && used + 1 < sizeof buf[0];) {
        const char *pct = strstr(s, "%s");
        size_t lit = pct ? (size_t)(pct - s) : strlen(s);
        int n = snprintf(p + used, sizeof buf[0] - used, "%.*s%s", (int)lit, s, pct ? a : "");
        if (n < 0)
            break;
        used += (size_t)n;
        s += lit + (pct ? 2 : 0);
    }
    return p;
}

/* Reads everything; returns the number of articles, keeping them in out[]. */
static int read_all_articles(eg_corpus *c, eg_article **out, int max, eg_status *last) {
    int n = 0;
    eg_error err;
    eg_error_clear(&err);
    for (;;) {
        eg_article *a = NULL;
        eg_status st = eg_corpus_next(c, &a, &err);
        *last = st;
        if (st != EG_OK || !a)
            return n;
        if (n < max)
            out[n++] = a;
        else
            eg_article_free(a);
    }
}

static void free_articles(eg_article **v, int n) {
    for (int i = 0; i < n; i++)
        eg_article_free(v[i]);
}

static char tmpdir[256];

static void write_file(const char *rel, const char *data, size_t n) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, rel);
    FILE *fp = fopen(path, "wb");
    if (!fp) {
        perror(path);
        exit(2);
    }
    fwrite(data, 1, n, fp);
    fclose(fp);
}

#define WRITE_LIT(rel, lit) write_file(rel, lit, sizeof lit - 1)

static const char *tpath(const char *rel) {
    static char buf[4][600];
    static int k;
    char *p = buf[k++ % 4];
    snprintf(p, sizeof buf[0], "%s/%s", tmpdir, rel);
    return p;
}

static void test_tree(void) {
    diaglog log = {{0}, 0};
    eg_diag diag = {collect, &log, 0};
    const char *in[] = {DATA "/tree"};
    eg_corpus *c = eg_corpus_new(in, 1, NULL, &diag);
    eg_article *a[16];
    eg_status st;
    int n = read_all_articles(c, a, 16, &st);
    CHECK_INT(st, EG_OK);
    CHECK_INT(n, 9);
    const char *ids[] = {"B.txt",       "a.txt", "b.txt",        "b/c.md",  "d1",
                         "b/d.jsonl:2", "e.TXT", "z/w.ndjson:1", "z/y.text"};
    for (int i = 0; i < n && i < 9; i++)
        CHECK_STR(a[i]->id, ids[i]);
    if (n == 9) {
        CHECK_STR(a[0]->text, "Upper-case name sorts first.\n");
        CHECK_INT(a[0]->text_len, 29);
        CHECK_STR(a[0]->origin, DATA "/tree/B.txt");
        CHECK_INT(a[0]->line, 0);
        CHECK(a[0]->title == NULL && a[0]->date == NULL && a[0]->url == NULL);
        CHECK_STR(a[3]->text, "# Charlie\n\nIn markdown.\n");
        CHECK_STR(a[4]->text, "Delta one.");
        CHECK_STR(a[4]->origin, DATA "/tree/b/d.jsonl");
        CHECK_INT(a[4]->line, 1);
        CHECK_INT(a[5]->line, 2);
        CHECK_STR(a[8]->origin, DATA "/tree/z/y.text");
    }
    CHECK_INT(log.n, 0);
    eg_summary s;
    memset(&s, 0, sizeof s);
    s.mentions = 77;
    eg_corpus_stats(c, &s);
    CHECK_INT(s.articles_read, 9);
    CHECK_INT(s.articles_empty, 0);
    CHECK_INT(s.records_rejected, 0);
    CHECK_INT(s.skipped_unreadable, 0);
    CHECK_INT(s.mentions, 77); /* not ours: left alone */
    CHECK_INT(s.bytes, 29 + 12 + 7 + 24 + 10 + 10 + 28 + 12 + 11);
    free_articles(a, n);
    eg_corpus_free(c);
    log_clear(&log);
}

static void test_explicit_files(void) {
    diaglog log = {{0}, 0};
    eg_diag diag = {collect, &log, 0};
    /* a trailing slash on a folder, an odd extension named explicitly, a missing file */
    const char *in[] = {DATA "/notes.csv", DATA "/missing.txt", DATA "/tree/z/"};
    eg_corpus *c = eg_corpus_new(in, 3, NULL, &diag);
    eg_article *a[8];
    eg_status st;
    int n = read_all_articles(c, a, 8, &st);
    CHECK_INT(st, EG_OK);
    CHECK_INT(n, 3);
    if (n == 3) {
        CHECK_STR(a[0]->id, "notes.csv");
        CHECK_STR(a[0]->text, "a,b\nplain text in an odd extension\n");
        CHECK_STR(a[1]->id, "w.ndjson:1");
        CHECK_STR(a[1]->origin, DATA "/tree/z/w.ndjson");
        CHECK_STR(a[2]->id, "y.text");
        CHECK_STR(a[2]->origin, DATA "/tree/z/y.text");
    }
    CHECK_INT(log.n, 1);
    /* An unreadable input is an error (shown under -q too), not a warning. */
    CHECK_STR(log_at(&log, 0), "E " DATA "/missing.txt: cannot open: No such file or directory");
    eg_summary s;
    memset(&s, 0, sizeof s);
    eg_corpus_stats(c, &s);
    CHECK_INT(s.skipped_unreadable, 1);
    CHECK_INT(s.articles_read, 3);
    CHECK_INT(diag.warnings, 0);
    free_articles(a, n);
    eg_corpus_free(c);
    log_clear(&log);
}

static void test_records(void) {
    diaglog log = {{0}, 0};
    eg_diag diag = {collect, &log, 0};
    const char *in[] = {DATA "/records.jsonl"};
    eg_corpus *c = eg_corpus_new(in, 1, NULL, &diag);
    eg_article *a[16];
    eg_status st;
    int n = read_all_articles(c, a, 16, &st);
    CHECK_INT(st, EG_OK);
    CHECK_INT(n, 4);
    if (n == 4) {
        CHECK_STR(a[0]->id, "r1");
        CHECK_STR(a[0]->title, "T1");
        CHECK_STR(a[0]->date, "2024-02-29");
        CHECK_STR(a[0]->url, "http://x");
        CHECK_STR(a[0]->source, "Wire");
        CHECK_STR(a[0]->text, "First record.");
        CHECK_INT(a[0]->line, 1);
        CHECK_STR(a[1]->id, "42");
        CHECK_INT(a[1]->line, 3);
        CHECK_STR(a[2]->id, "records.jsonl:8");
        CHECK(a[2]->date == NULL);
        CHECK_STR(a[2]->text, "No id, bad date.");
        CHECK_STR(a[3]->id, "r4");
        CHECK_STR(a[3]->date, "2024-03-01T12:30:00+01:00");
        CHECK(a[3]->title == NULL);
    }
    const char *want[] = {
        "W " DATA "/records.jsonl:4:33: record skipped: '}' expected near end of file",
        "W " DATA "/records.jsonl:5:1: record skipped: no \"text\" field",
        "W " DATA "/records.jsonl:6:10: record skipped: \"text\" is not a string",
        "W " DATA "/records.jsonl:7:8: record skipped: \"id\" is not a string or an integer",
        "W " DATA "/records.jsonl:8:38: date \"2024-02-30\" is not ISO 8601 "
        "(YYYY-MM-DD[THH:MM[:SS]]), dropped",
        "W " DATA "/records.jsonl:9:1: record skipped: not a JSON object",
        "W " DATA "/records.jsonl:10:28: record skipped: NUL character (\\u0000) in a string",
        "W " DATA "/records.jsonl:12:39: record skipped: \"title\" is not a string",
    };
    CHECK_INT(log.n, 8);
    for (int i = 0; i < 8; i++)
        CHECK_STR(log_at(&log, i), want[i]);
    eg_summary s;
    memset(&s, 0, sizeof s);
    eg_corpus_stats(c, &s);
    CHECK_INT(s.records_rejected, 7);
    CHECK_INT(s.articles_read, 4);
    free_articles(a, n);
    eg_corpus_free(c);
    log_clear(&log);
}

static void test_strict(void) {
    diaglog log = {{0}, 0};
    eg_diag diag = {collect, &log, 0};
    const char *in[] = {DATA "/records.jsonl"};
    eg_corpus_opts o = {1, 0};
    eg_corpus *c = eg_corpus_new(in, 1, &o, &diag);
    eg_error err;
    eg_error_clear(&err);
    eg_article *a = NULL;
    CHECK_INT(eg_corpus_next(c, &a, &err), EG_OK);
    CHECK(a && strcmp(a->id, "r1") == 0);
    eg_article_free(a);
    CHECK_INT(eg_corpus_next(c, &a, &err), EG_OK);
    CHECK(a && strcmp(a->id, "42") == 0);
    eg_article_free(a);
    CHECK_INT(eg_corpus_next(c, &a, &err), EG_ERR_DATA);
    CHECK(a == NULL);
    char buf[1200];
    CHECK_STR(eg_error_format(&err, buf, sizeof buf),
              DATA "/records.jsonl:4:33: record skipped: '}' expected near end of file");
    CHECK_INT(err.line, 4);
    CHECK_INT(err.column, 33);
    CHECK_INT(log.n, 0); /* the error is not printed twice: no warning as well */
    eg_error_clear(&err);
    /* going on after the error: line 5 is the next problem */
    CHECK_INT(eg_corpus_next(c, &a, &err), EG_ERR_DATA);
    CHECK_INT(err.line, 5);
    eg_corpus_free(c);
    log_clear(&log);
}

static void test_stdin(void) {
    diaglog log = {{0}, 0};
    eg_diag diag = {collect, &log, 0};
    const char *in[] = {"-"};
    eg_article *a[4];
    eg_status st;

    const char jl[] = "\xef\xbb\xbf\n  \t{\"text\": \"x\"}\n\n{\"text\": \"y\", \"id\": 7}\n{bad\n";
    write_file("stdin1", jl, sizeof jl - 1);
    CHECK(freopen(tpath("stdin1"), "rb", stdin) != NULL);
    eg_corpus *c = eg_corpus_new(in, 1, NULL, &diag);
    int n = read_all_articles(c, a, 4, &st);
    CHECK_INT(n, 2);
    if (n == 2) {
        CHECK_STR(a[0]->id, "-:2");
        CHECK_STR(a[0]->text, "x");
        CHECK_STR(a[0]->origin, "<stdin>");
        CHECK_INT(a[0]->line, 2);
        CHECK_STR(a[1]->id, "7");
        CHECK_INT(a[1]->line, 4);
    }
    CHECK_INT(log.n, 1);
    CHECK_STR(log_at(&log, 0), "W <stdin>:5:4: record skipped: string or '}' expected near 'bad'");
    free_articles(a, n);
    eg_corpus_free(c);
    log_clear(&log);

    const char tx[] = "  \n Hello {not json}\n";
    write_file("stdin2", tx, sizeof tx - 1);
    CHECK(freopen(tpath("stdin2"), "rb", stdin) != NULL);
    c = eg_corpus_new(in, 1, NULL, &diag);
    n = read_all_articles(c, a, 4, &st);
    CHECK_INT(n, 1);
    if (n == 1) {
        CHECK_STR(a[0]->id, "-");
        CHECK_STR(a[0]->text, tx);
        CHECK_INT(a[0]->text_len, sizeof tx - 1);
        CHECK_STR(a[0]->origin, "<stdin>");
    }
    CHECK_INT(log.n, 0);
    free_articles(a, n);
    eg_corpus_free(c);

    write_file("stdin3", "", 0);
    CHECK(freopen(tpath("stdin3"), "rb", stdin) != NULL);
    c = eg_corpus_new(in, 1, NULL, &diag);
    n = read_all_articles(c, a, 4, &st);
    CHECK_INT(n, 1);
    if (n == 1)
        CHECK_INT(a[0]->text_len, 0);
    CHECK_INT(log.n, 1);
    CHECK_STR(log_at(&log, 0), "N <stdin>: empty article");
    free_articles(a, n);
    eg_corpus_free(c);
    log_clear(&log);
}

static void test_binary_utf8_empty(void) {
    diaglog log = {{0}, 0};
    eg_diag diag = {collect, &log, 0};
    char dir[512];
    snprintf(dir, sizeof dir, "%s/bin", tmpdir);
    mkdir(dir, 0777);
    write_file("bin/a.txt", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    write_file("bin/b.txt", "text then a NUL\0 byte", 21);
    write_file("bin/c.txt",
               "ab\xff"
               "cd\xfe",
               6);
    write_file("bin/d.txt", "", 0);
    WRITE_LIT("bin/e.jsonl",
              "{\"text\": \"fine\"}\n{\"text\": \"caf\xe9 \xe2\x82\xac \xed\xa0\x80\", \"title\": "
              "\"t\xc0\"}\n{\"text\": \"again \xff\"}\n");
    write_file("bin/f.md", "%PDF-1.7\n", 9);
    write_file("bin/g.txt", " \n\t\n", 4);
    const char *in[] = {dir};
    eg_corpus *c = eg_corpus_new(in, 1, NULL, &diag);
    eg_article *a[8];
    eg_status st;
    int n = read_all_articles(c, a, 8, &st);
    CHECK_INT(st, EG_OK);
    CHECK_INT(n, 6);
    if (n == 6) {
        CHECK_STR(a[0]->id, "c.txt");
        CHECK_INT(a[0]->text_len, 6);
        CHECK(memcmp(a[0]->text,
                     "ab\xff"
                     "cd\xfe",
                     7) == 0);
        CHECK_STR(a[1]->id, "d.txt");
        CHECK_INT(a[1]->text_len, 0);
        CHECK_STR(a[1]->text, "");
        CHECK_STR(a[2]->text, "fine");
        CHECK_STR(a[3]->id, "e.jsonl:2");
        CHECK_STR(a[3]->text, "caf\xe9 \xe2\x82\xac \xed\xa0\x80");
        CHECK_INT(a[3]->text_len, 12);
        CHECK_STR(a[3]->title, "t\xc0");
        CHECK_STR(a[4]->text, "again \xff");
        CHECK_STR(a[5]->id, "g.txt");
    }
    const char *want[] = {
        "W %s/bin/a.txt: skipped: binary file (PNG image)",
        "W %s/bin/b.txt: skipped: binary file (NUL byte at offset 15)",
        "W %s/bin/c.txt:1:3: invalid UTF-8 (kept as is)",
        "N %s/bin/d.txt: empty article",
        "W %s/bin/e.jsonl:2:14: invalid UTF-8 (kept as is)",
        "W %s/bin/f.md: skipped: binary file (PDF document)",
        "N %s/bin/g.txt: empty article",
    };
    CHECK_INT(log.n, 7);
    for (int i = 0; i < 7; i++)
        CHECK_STR(log_at(&log, i), fmt(want[i], tmpdir));
    eg_summary s;
    memset(&s, 0, sizeof s);
    eg_corpus_stats(c, &s);
    CHECK_INT(s.skipped_binary, 3);
    CHECK_INT(s.articles_empty, 2);
    CHECK_INT(s.articles_read, 6);
    free_articles(a, n);
    eg_corpus_free(c);
    log_clear(&log);

    /* strict: a binary file is an error */
    eg_corpus_opts o = {1, 0};
    const char *in2[] = {tpath("bin/a.txt"), tpath("bin/c.txt")};
    c = eg_corpus_new(in2, 2, &o, &diag);
    eg_error err;
    eg_error_clear(&err);
    eg_article *one = NULL;
    CHECK_INT(eg_corpus_next(c, &one, &err), EG_ERR_DATA);
    CHECK_STR(err.text, "skipped: binary file (PNG image)");
    CHECK_INT(eg_corpus_next(c, &one, &err), EG_OK);
    CHECK(one && strcmp(one->id, "c.txt") == 0);
    eg_article_free(one);
    eg_corpus_free(c);
    log_clear(&log);
}

static void test_duplicates(void) {
    diaglog log = {{0}, 0};
    eg_diag diag = {collect, &log, 0};
    char dir[512];
    snprintf(dir, sizeof dir, "%s/dup", tmpdir);
    mkdir(dir, 0777);
    write_file("dup/a.txt", "Same story.", 11);
    write_file("dup/b.txt", "Same story.", 11);
    WRITE_LIT("dup/c.jsonl",
              "{\"id\": \"x\", \"text\": \"one\"}\n{\"id\": \"x\", \"text\": \"two\"}\n"
              "{\"id\": \"y\", \"text\": \"Same story.\"}\n{\"id\": \"z\", \"text\": \"\"}\n"
              "{\"id\": \"w\", \"text\": \"\"}\n");
    for (int dedupe = 0; dedupe <= 1; dedupe++) {
        eg_corpus_opts o = {0, dedupe};
        const char *in[] = {dir};
        eg_corpus *c = eg_corpus_new(in, 1, &o, &diag);
        eg_article *a[8];
        eg_status st;
        int n = read_all_articles(c, a, 8, &st);
        CHECK_INT(st, EG_OK);
        CHECK_INT(n, dedupe ? 4 : 7);
        const char *verdict = dedupe ? "dropped" : "kept";
        char w0[1024], w1[1024], w2[1024];
        snprintf(w0, sizeof w0, "W %s/dup/b.txt: same text as \"a.txt\" (%s/dup/a.txt), %s", tmpdir,
                 tmpdir, verdict);
        snprintf(w1, sizeof w1,
                 "W %s/dup/c.jsonl:2: duplicate id \"x\" (first seen at %s/dup/c.jsonl:1), %s",
                 tmpdir, tmpdir, verdict);
        snprintf(w2, sizeof w2, "W %s/dup/c.jsonl:3: same text as \"a.txt\" (%s/dup/a.txt), %s",
                 tmpdir, tmpdir, verdict);
        CHECK_INT(log.n, 5); /* 3 warnings and 2 empty notes; empty texts are not repeats */
        CHECK_STR(log_at(&log, 0), w0);
        CHECK_STR(log_at(&log, 1), w1);
        CHECK_STR(log_at(&log, 2), w2);
        eg_summary s;
        memset(&s, 0, sizeof s);
        eg_corpus_stats(c, &s);
        CHECK_INT(s.skipped_duplicate, dedupe ? 3 : 0);
        CHECK_INT(s.articles_read, dedupe ? 4 : 7);
        if (dedupe && n == 4) {
            CHECK_STR(a[0]->id, "a.txt");
            CHECK_STR(a[1]->id, "x");
            CHECK_STR(a[1]->text, "one");
            CHECK_STR(a[2]->id, "z");
            CHECK_STR(a[3]->id, "w");
        }
        free_articles(a, n);
        eg_corpus_free(c);
        log_clear(&log);
    }
}

/* Repeats found after the seen-sets have grown several times over. */
static void test_duplicates_many(void) {
    diaglog log = {{0}, 0};
    eg_diag diag = {collect, &log, 0};
    char dir[512];
    snprintf(dir, sizeof dir, "%s/dupmany", tmpdir);
    mkdir(dir, 0777);
    eg_strbuf sb;
    eg_strbuf_init(&sb);
    for (int i = 0; i < 500; i++)
        eg_strbuf_printf(&sb, "{\"id\": \"a%d\", \"text\": \"text %d\"}\n", i, i);
    eg_strbuf_puts(&sb, "{\"id\": \"a3\", \"text\": \"new\"}\n"
                        "{\"id\": \"b\", \"text\": \"text 7\"}\n"
                        "{\"id\": \"a499\", \"text\": \"text 0\"}\n");
    write_file("dupmany/m.jsonl", sb.data, sb.len);
    eg_strbuf_destroy(&sb);
    eg_corpus_opts o = {0, 1};
    const char *in[] = {dir};
    eg_corpus *c = eg_corpus_new(in, 1, &o, &diag);
    eg_article *a = NULL;
    eg_error err;
    int n = 0;
    eg_status st;
    while ((st = eg_corpus_next(c, &a, &err)) == EG_OK && a) {
        n++;
        eg_article_free(a);
        a = NULL;
    }
    CHECK_INT(st, EG_OK);
    CHECK_INT(n, 500);
    CHECK_INT(log.n, 4); /* the last line repeats two unrelated articles */
    char w[1024];
    snprintf(w, sizeof w,
             "W %s/dupmany/m.jsonl:501: duplicate id \"a3\" (first seen at "
             "%s/dupmany/m.jsonl:4), dropped",
             tmpdir, tmpdir);
    CHECK_STR(log_at(&log, 0), w);
    snprintf(w, sizeof w,
             "W %s/dupmany/m.jsonl:502: same text as \"a7\" (%s/dupmany/m.jsonl:8), dropped",
             tmpdir, tmpdir);
    CHECK_STR(log_at(&log, 1), w);
    snprintf(w, sizeof w,
             "W %s/dupmany/m.jsonl:503: same text as \"a0\" (%s/dupmany/m.jsonl:1), dropped",
             tmpdir, tmpdir);
    CHECK_STR(log_at(&log, 3), w);
    eg_summary s;
    memset(&s, 0, sizeof s);
    eg_corpus_stats(c, &s);
    CHECK_INT(s.skipped_duplicate, 3);
    CHECK_INT(s.articles_read, 500);
    eg_corpus_free(c);
    log_clear(&log);
}

static void test_walk_edges(void) {
    diaglog log = {{0}, 0};
    eg_diag diag = {collect, &log, 0};
    char dir[512], link[600], sub[600];
    snprintf(dir, sizeof dir, "%s/walk", tmpdir);
    mkdir(dir, 0777);
    snprintf(sub, sizeof sub, "%s/sub", dir);
    mkdir(sub, 0777);
    write_file("walk/sub/t.txt", "in sub", 6);
    snprintf(link, sizeof link, "%s/sub/loop", dir);
    CHECK_INT(symlink("..", link), 0);
    snprintf(link, sizeof link, "%s/gone.txt", dir);
    CHECK_INT(symlink("nowhere.txt", link), 0);
    snprintf(link, sizeof link, "%s/gone.bin", dir);
    CHECK_INT(symlink("nowhere.bin", link), 0);
    const char *in[] = {dir};
    eg_corpus *c = eg_corpus_new(in, 1, NULL, &diag);
    eg_article *a[8];
    eg_status st;
    int n = read_all_articles(c, a, 8, &st);
    CHECK_INT(n, 1);
    if (n == 1)
        CHECK_STR(a[0]->id, "sub/t.txt");
    CHECK_INT(log.n, 2);
    CHECK_STR(log_at(&log, 0),
              fmt("E %s/walk/gone.txt: cannot open: No such file or directory", tmpdir));
    CHECK_STR(log_at(&log, 1), fmt("W %s/walk/sub/loop: skipped: symbolic link loop", tmpdir));
    free_articles(a, n);
    eg_corpus_free(c);
    log_clear(&log);
}

static void test_long_line(void) {
    diaglog log = {{0}, 0};
    eg_diag diag = {collect, &log, 0};
    size_t body = 20u * 1024 * 1024;
    char *buf = malloc(body + 64);
    size_t k = 0;
    k += (size_t)sprintf(buf, "{\"id\": \"big\", \"text\": \"");
    for (size_t i = 0; i < body; i++)
        buf[k++] = (char)('a' + i % 26);
    k += (size_t)sprintf(buf + k, "\"}\n{\"text\": \"small\"}\n");
    write_file("big.jsonl", buf, k);
    free(buf);
    const char *in[] = {tpath("big.jsonl")};
    eg_corpus *c = eg_corpus_new(in, 1, NULL, &diag);
    eg_article *a[4];
    eg_status st;
    int n = read_all_articles(c, a, 4, &st);
    CHECK_INT(n, 2);
    if (n == 2) {
        CHECK_STR(a[0]->id, "big");
        CHECK_INT(a[0]->text_len, body);
        CHECK_INT(a[0]->text[body - 1], 'a' + (body - 1) % 26);
        CHECK_INT(a[0]->text[body], '\0');
        CHECK_STR(a[1]->text, "small");
        CHECK_INT(a[1]->line, 2);
    }
    CHECK_INT(log.n, 0);
    free_articles(a, n);
    eg_corpus_free(c);
}

/* Records read without jansson must come out exactly as jansson reads
 * them: each line below is also parsed with jansson here, and the article
 * (or the rejection) must agree field by field. */
static const char *const tricky[] = {
    "{\"id\":\"a1\",\"text\":\"plain\"}",
    "{\"id\":\"a2\",\"text\":\"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t end\"}",
    "{\"id\":\"a3\",\"text\":\"u \\u00e9 \\u4e2d \\ud83d\\ude00 \\uD83D\\uDE00 x\"}",
    "{\"id\":\"a4\",\"t\\u0065xt\":\"key with an escape\"}",
    "{\"id\":\"a5\",\"text\":\"first\",\"text\":\"second\"}",
    "{\"id\":\"a6\",\"text\":\"nested\",\"tags\":[\"x\",{\"y\":[1,2.5,-3,true,false,null]}]}",
    "{\"id\":\"a7\",\"text\":\"big\",\"n\":12345678901234567890}",
    "{\"id\":\"a8\",\"text\":\"real\",\"score\":1.5e300}",
    "{\"id\":\"a9\",\"text\":\"overflow\",\"score\":1e400}",
    "{\"id\":-0,\"text\":\"negative zero id\"}",
    "{\"id\":-42,\"text\":\"negative id\"}",
    "{\"id\":\"\",\"text\":\"empty id\"}",
    "{\"id\":null,\"title\":null,\"date\":null,\"url\":null,\"source\":null,\"text\":\"nulls\"}",
    "{\"id\":\"a14\",\"text\":\"nul \\u0000 here\"}",
    "{\"id\":\"a15\",\"text\":\"lone \\ud800 here\"}",
    "{\"id\":\"a16\",\"text\":\"raw\ttab\"}",
    "{\"id\":\"a17\",\"text\":\"trailing\"} x",
    "  {\"id\" : \"a18\" ,\t\"text\" :\"spaces\" }  \t",
    "{\"id\":\"a19\",\"text\":\"bad escape \\x\"}",
    "{\"id\":007,\"text\":\"leading zeros\"}",
    "{\"id\":\"a21\",\"text\":\"deep\",\"d\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]"
    "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
    "{\"id\":1.0,\"text\":\"real id\"}",
    "{\"id\":\"a23\",\"text\":\"x\",\"title\":\"T\",\"date\":\"2024-01-02\",\"url\":\"u\","
    "\"source\":\"s\"}",
    "{\"id\":\"a24\",\"text\":\"high then not low \\ud83d\\u0041\"}",
    "{\"id\":\"a25\",\"text\":\"d\\u00E9j\\u00e0 vu\"}",
    "[1,2]",
    "{\"id\":\"a27\",\"text\":\"empty members\",\"o\":{},\"a\":[],\"s\":\"\"}",
    "{\"id\":\"a28\",\"text\":\"bad literal\",\"x\":tru}",
    "{\"id\":123456789012345678,\"text\":\"18 digits\"}",
    "{\"id\":1234567890123456789,\"text\":\"19 digits\"}",
    "{\"id\":\"a31\",\"text\":\"no comma\" \"title\":\"t\"}",
    "{\"id\":\"a32\",\"text\":\"trailing comma\",}",
    "{\"id\":\"a33\",\"text\":\"number forms\",\"a\":-0.5,\"b\":0,\"c\":10.25,\"d\":-1}",
    "{\"id\":\"a34\",\"text\":\"bad numbers\",\"a\":1.}",
    "{\"id\":\"a35\",\"text\":\"bad numbers\",\"a\":-}",
    "{\"id\":\"a36\",\"text\":\"bad numbers\",\"a\":.5}",
    "{\"id\":\"a37\",\"text\":\"escaped key\",\"\\u0069d\":\"other\"}",
    "{\"id\":\"a38\",\"text\":7}",
    "{\"id\":\"a39\",\"text\":\"t\",\"title\":[\"x\"]}",
    "{\"id\":\"a40\",\"text\":\"unterminated",
    "{\"id\":\"a41\",\"text\":\"utf8 \xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80 raw\"}",
    "{}",
};

/* The article fields jansson gives line `s` (as parse_record reads them),
 * "REJECTED" in id otherwise; the id of a record without one is "-". */
static void jansson_fields(const char *s, char out[6][256]) {
    for (int k = 0; k < 6; k++)
        strcpy(out[k], "(null)");
    strcpy(out[0], "REJECTED");
    json_error_t jerr;
    json_t *root = json_loadb(s, strlen(s), 0, &jerr);
    static const char *const names[] = {"text", "title", "date", "url", "source"};
    if (!root || !json_is_object(root))
        goto done;
    json_t *text = json_object_get(root, "text"), *id = json_object_get(root, "id");
    if (!json_is_string(text) ||
        (id && !json_is_null(id) && !json_is_string(id) && !json_is_integer(id)))
        goto done;
    for (int k = 1; k < 5; k++) {
        json_t *v = json_object_get(root, names[k]);
        if (v && !json_is_null(v) && !json_is_string(v))
            goto done;
    }
    for (int k = 0; k < 5; k++) {
        json_t *v = json_object_get(root, names[k]);
        if (v && json_is_string(v))
            snprintf(out[k + 1], 256, "%s", json_string_value(v));
    }
    if (id && json_is_string(id) && json_string_length(id) > 0)
        snprintf(out[0], 256, "%s", json_string_value(id));
    else if (id && json_is_integer(id))
        snprintf(out[0], 256, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
    else
        strcpy(out[0], "-");
done:
    json_decref(root);
}

static void test_fast_path_agrees(void) {
    size_t nt = sizeof tricky / sizeof tricky[0];
    eg_strbuf sb;
    eg_strbuf_init(&sb);
    for (size_t i = 0; i < nt; i++) {
        eg_strbuf_puts(&sb, tricky[i]);
        eg_strbuf_putc(&sb, '\n');
    }
    write_file("tricky.jsonl", sb.data, sb.len);
    eg_strbuf_destroy(&sb);
    const char *in[] = {tpath("tricky.jsonl")};
    eg_corpus *c = eg_corpus_new(in, 1, NULL, NULL);
    eg_article *a[64];
    eg_status st;
    int n = read_all_articles(c, a, 64, &st);
    CHECK_INT(st, EG_OK);
    int k = 0, accepted = 0;
    for (size_t i = 0; i < nt; i++) {
        char want[6][256], got[6][256];
        jansson_fields(tricky[i], want);
        if (strcmp(want[0], "REJECTED") == 0) {
            CHECK(k >= n || a[k]->line != (long)i + 1);
            continue;
        }
        accepted++;
        if (k >= n || a[k]->line != (long)i + 1) {
            CHECK_STR("(missing)", want[1]);
            continue;
        }
        const char *v[6] = {a[k]->id, a[k]->text, a[k]->title, a[k]->date, a[k]->url, a[k]->source};
        for (int f = 0; f < 6; f++)
            snprintf(got[f], 256, "%s", v[f] ? v[f] : "(null)");
        if (strcmp(want[0], "-") == 0)
            snprintf(want[0], 256, "tricky.jsonl:%zu", i + 1);
        for (int f = 0; f < 6; f++)
            CHECK_STR(got[f], want[f]);
        CHECK_INT(a[k]->text_len, strlen(want[1]));
        k++;
    }
    CHECK_INT(n, accepted);
    CHECK_INT(accepted, 21);
    free_articles(a, n);
    eg_corpus_free(c);
}

static void test_no_inputs(void) {
    eg_corpus *c = eg_corpus_new(NULL, 0, NULL, NULL);
    CHECK(c != NULL);
    eg_article dummy;
    eg_article *a = &dummy; /* must be set to NULL */
    CHECK_INT(eg_corpus_next(c, &a, NULL), EG_OK);
    CHECK(a == NULL);
    eg_corpus_free(c);
    eg_corpus_free(NULL);
    eg_article_free(NULL);
}

static void rm_rf(const char *path) {
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", path);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", path);
}

int main(void) {
    snprintf(tmpdir, sizeof tmpdir, "/tmp/eg_corpus_XXXXXX");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 2;
    }
    test_tree();
    test_explicit_files();
    test_records();
    test_strict();
    test_stdin();
    test_binary_utf8_empty();
    test_duplicates();
    test_duplicates_many();
    test_walk_edges();
    test_long_line();
    test_fast_path_agrees();
    test_no_inputs();
    rm_rf(tmpdir);
    return check_finish();
}
