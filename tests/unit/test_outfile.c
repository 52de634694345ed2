/* Tests for atomic output files: commit replaces, abort keeps the old file,
 * write failures (a full device) and unusable folders leave the target
 * untouched and no temporary file behind, cleanup_all, ensure_dir. */
#include "check.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "build.h"
#include "outfile.h"

static char tmpdir[256];

static const char *tpath(const char *rel) {
    static char buf[4][600];
    static int k;
    char *p = buf[k++ % 4];
    snprintf(p, sizeof buf[0], "%s/%s", tmpdir, rel);
    return p;
}

static void put_file(const char *path, const char *text) {
    FILE *fp = fopen(path, "wb");
    if (!fp) {
        perror(path);
        exit(2);
    }
    fputs(text, fp);
    fclose(fp);
}

/* The file's contents (at most 255 bytes), or "(missing)". */
static const char *slurp(const char *path) {
    static char buf[256];
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return "(missing)";
    size_t n = fread(buf, 1, sizeof buf - 1, fp);
    buf[n] = '\0';
    fclose(fp);
    return buf;
}

/* Entries in dir whose names start with ".". */
static int count_hidden(const char *dir) {
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *de;
    while (d && (de = readdir(d)) != NULL)
        if (de->d_name[0] == '.' && strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
            n++;
    if (d)
        closedir(d);
    return n;
}

static void test_commit_and_abort(void) {
    const char *target = tpath("out.txt");
    put_file(target, "old\n");
    eg_outfile of;
    eg_error err;
    eg_error_clear(&err);

    CHECK_INT(eg_outfile_open(&of, target, &err), EG_OK);
    CHECK(of.fp != NULL);
    CHECK_STR(of.path, target);
    CHECK(of.tmp && strncmp(of.tmp, tpath(".out.txt.tmp."), strlen(tpath(".out.txt.tmp."))) == 0);
    CHECK_INT(strlen(of.tmp), strlen(tpath(".out.txt.tmp.XXXXXX")));
    fputs("new\n", of.fp);
    CHECK_STR(slurp(target), "old\n"); /* not visible before commit */
    CHECK_INT(count_hidden(tmpdir), 1);
    CHECK_INT(eg_outfile_commit(&of, &err), EG_OK);
    CHECK(of.fp == NULL && of.tmp == NULL && of.path == NULL);
    CHECK_STR(slurp(target), "new\n");
    CHECK_INT(count_hidden(tmpdir), 0);
    struct stat sb;
    CHECK_INT(stat(target, &sb), 0);
    mode_t mask = umask(0);
    umask(mask);
    CHECK_INT(sb.st_mode & 0777, 0666 & ~mask);

    CHECK_INT(eg_outfile_open(&of, target, &err), EG_OK);
    fputs("discarded\n", of.fp);
    eg_outfile_abort(&of);
    CHECK_STR(slurp(target), "new\n");
    CHECK_INT(count_hidden(tmpdir), 0);
    eg_outfile_abort(&of); /* already closed: no-op */
    CHECK(of.fp == NULL);

    /* a file name without a folder part goes to the current folder */
    char cwd[512];
    CHECK(getcwd(cwd, sizeof cwd) != NULL);
    CHECK_INT(chdir(tmpdir), 0);
    CHECK_INT(eg_outfile_open(&of, "plain.txt", &err), EG_OK);
    CHECK(of.tmp && strncmp(of.tmp, ".plain.txt.tmp.", 15) == 0);
    fputs("plain\n", of.fp);
    CHECK_INT(eg_outfile_commit(&of, &err), EG_OK);
    CHECK_INT(chdir(cwd), 0);
    CHECK_STR(slurp(tpath("plain.txt")), "plain\n");
    CHECK_INT(err.code, EG_OK);
}

static void test_write_failure(void) {
    const char *target = tpath("full.txt");
    put_file(target, "intact\n");
    eg_outfile of;
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_outfile_open(&of, target, &err), EG_OK);
    /* every write now fails as on a full disk */
    int full = open("/dev/full", O_WRONLY);
    CHECK(full >= 0);
    if (full >= 0) {
        CHECK(dup2(full, fileno(of.fp)) >= 0);
        close(full);
    }
    for (int i = 0; i < 1000; i++)
        fputs("0123456789abcdef0123456789abcdef0123456789abcdef\n", of.fp);
    CHECK_INT(eg_outfile_commit(&of, &err), EG_ERR_IO);
    char buf[1200], want[1200];
    snprintf(want, sizeof want, "%s: cannot write: No space left on device", target);
    CHECK_STR(eg_error_format(&err, buf, sizeof buf), want);
    CHECK_STR(slurp(target), "intact\n");
    CHECK_INT(count_hidden(tmpdir), 0);
    CHECK(of.fp == NULL && of.tmp == NULL);
}

static void test_bad_folder(void) {
    /* root ignores permissions, so make the parent a regular file */
    const char *file = tpath("regular");
    put_file(file, "x");
    eg_outfile of;
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_outfile_open(&of, tpath("regular/out.json"), &err), EG_ERR_IO);
    char buf[1200], want[1200];
    snprintf(want, sizeof want,
             "%s/regular/out.json: cannot create a temporary file: Not a directory", tmpdir);
    CHECK_STR(eg_error_format(&err, buf, sizeof buf), want);
    CHECK(of.fp == NULL && of.tmp == NULL && of.path == NULL);
    eg_outfile_abort(&of);

    eg_error_clear(&err);
    CHECK_INT(eg_outfile_open(&of, tpath("nonexistent/out.json"), &err), EG_ERR_IO);
    CHECK_STR(err.text, "cannot create a temporary file: No such file or directory");

    eg_error_clear(&err);
    CHECK_INT(eg_outfile_open(&of, tpath("dir/"), &err), EG_ERR_IO);
    CHECK_STR(err.text, "cannot write: not a file name");

    /* rename fails when the target is a non-empty folder */
    CHECK_INT(mkdir(tpath("taken"), 0777), 0);
    put_file(tpath("taken/inside"), "y");
    eg_error_clear(&err);
    CHECK_INT(eg_outfile_open(&of, tpath("taken"), &err), EG_OK);
    fputs("z", of.fp);
    CHECK_INT(eg_outfile_commit(&of, &err), EG_ERR_IO);
    CHECK(strncmp(err.text, "cannot rename the temporary file: ", 34) == 0);
    CHECK_STR(slurp(tpath("taken/inside")), "y");
    CHECK_INT(count_hidden(tmpdir), 0);
}

static void test_cleanup_all(void) {
    eg_outfile a, b;
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_outfile_open(&a, tpath("c1.txt"), &err), EG_OK);
    CHECK_INT(eg_outfile_open(&b, tpath("c2.txt"), &err), EG_OK);
    CHECK_INT(count_hidden(tmpdir), 2);
    eg_outfile_cleanup_all();
    CHECK_INT(count_hidden(tmpdir), 0);
    CHECK(access(tpath("c1.txt"), F_OK) != 0);
    eg_outfile_abort(&a);
    eg_outfile_abort(&b);
    /* slots are released: many open/close cycles keep working */
    for (int i = 0; i < 200; i++) {
        CHECK_INT(eg_outfile_open(&a, tpath("cycle.txt"), &err), EG_OK);
        eg_outfile_abort(&a);
    }
    CHECK_INT(eg_outfile_open(&a, tpath("c3.txt"), &err), EG_OK);
    eg_outfile_cleanup_all();
    CHECK_INT(count_hidden(tmpdir), 0);
    eg_outfile_abort(&a);
}

static void test_ensure_dir(void) {
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_outfile_ensure_dir(tpath("a/b/c"), &err), EG_OK);
    struct stat sb;
    CHECK(stat(tpath("a/b/c"), &sb) == 0 && S_ISDIR(sb.st_mode));
    CHECK_INT(eg_outfile_ensure_dir(tpath("a/b/c/"), &err), EG_OK); /* exists: fine */
    CHECK_INT(eg_outfile_ensure_dir(tpath("a//b2"), &err), EG_OK);
    CHECK(stat(tpath("a/b2"), &sb) == 0 && S_ISDIR(sb.st_mode));
    CHECK_INT(err.code, EG_OK);

    put_file(tpath("plainfile"), "x");
    CHECK_INT(eg_outfile_ensure_dir(tpath("plainfile"), &err), EG_ERR_IO);
    char buf[1200], want[1200];
    snprintf(want, sizeof want, "%s/plainfile: cannot create folder: Not a directory", tmpdir);
    CHECK_STR(eg_error_format(&err, buf, sizeof buf), want);

    eg_error_clear(&err);
    CHECK_INT(eg_outfile_ensure_dir(tpath("plainfile/sub/deeper"), &err), EG_ERR_IO);
    snprintf(want, sizeof want, "%s/plainfile/sub: cannot create folder: Not a directory", tmpdir);
    CHECK_STR(eg_error_format(&err, buf, sizeof buf), want);
    CHECK_INT(eg_outfile_ensure_dir(".", NULL), EG_OK);
    eg_error_clear(&err);
    CHECK_INT(eg_outfile_ensure_dir("", &err), EG_ERR_USAGE);
    CHECK_STR(eg_error_format(&err, buf, sizeof buf), "no output folder given (empty name)");
}

/* make_dir says which folder it created; unmake_dir removes it and the missing parents
 * it made, never a folder that holds something or was there before. */
static void test_make_dir(void) {
    eg_error err;
    eg_error_clear(&err);
    char *made = NULL;
    struct stat sb;
    CHECK_INT(eg_outfile_make_dir(tpath("m/n/o/"), &made, &err), EG_OK);
    CHECK_STR(made ? made : "(null)", tpath("m"));
    eg_outfile_unmake_dir(tpath("m/n/o/"), made);
    CHECK(stat(tpath("m"), &sb) != 0);
    free(made);

    CHECK_INT(eg_outfile_ensure_dir(tpath("k"), &err), EG_OK);
    CHECK_INT(eg_outfile_make_dir(tpath("k/x/y"), &made, &err), EG_OK);
    CHECK_STR(made ? made : "(null)", tpath("k/x"));
    put_file(tpath("k/x/keep"), "x");
    eg_outfile_unmake_dir(tpath("k/x/y"), made);
    CHECK(stat(tpath("k/x/y"), &sb) != 0);
    CHECK(stat(tpath("k/x/keep"), &sb) == 0);
    free(made);
    CHECK_INT(eg_outfile_make_dir(tpath("k"), &made, &err), EG_OK);
    CHECK(made == NULL);
    eg_outfile_unmake_dir(tpath("k"), made);
    CHECK(stat(tpath("k"), &sb) == 0);
    CHECK_INT(eg_outfile_make_dir("", &made, &err), EG_ERR_USAGE);
    CHECK(made == NULL);
}

/* The library refuses an empty output folder instead of writing to "/<name>". */
static void test_empty_outdir(void) {
    eg_build_opts o;
    eg_build_opts_default(&o);
    o.out.outdir = "";
    eg_build_report rep;
    eg_build_report_init(&rep);
    eg_error err;
    eg_error_clear(&err);
    const char *in[] = {"/nonexistent/entgraph-records"};
    CHECK_INT(eg_build_from_records(in, 1, &o, &rep, &err), EG_ERR_USAGE);
    CHECK_STR(err.text, "no output folder given (empty name)");
    eg_error_clear(&err);
    CHECK_INT(eg_build(NULL, in, 1, &o, &rep, &err), EG_ERR_USAGE);
    eg_model m;
    eg_model_init(&m);
    eg_error_clear(&err);
    CHECK_INT(eg_write_outputs(&m, &o.out, &rep, &err), EG_ERR_USAGE);
    o.out.outdir = NULL;
    CHECK_INT(eg_write_outputs(&m, &o.out, &rep, &err), EG_ERR_USAGE);
    eg_model_destroy(&m);
    eg_build_report_destroy(&rep);
}

/* One output task failing (rankings by an unknown measure) while the others
 * write, on one thread or several: the outputs of the run before stay as
 * they were and no temporary file remains; a folder the run made goes. */
static void test_failed_task(void) {
    eg_model m;
    eg_model_init(&m);
    char ka[] = "person:A", kb[] = "person:B", na[] = "A", nb[] = "B", type[] = "person";
    eg_node nodes[2] = {{.key = ka, .name = na, .type = type, .mentions = 2},
                        {.key = kb, .name = nb, .type = type, .mentions = 1}};
    m.nodes = nodes;
    m.nnodes = 2;
    static const unsigned threads[] = {1, 2, 5};
    char dir[600], sub[600];
    snprintf(dir, sizeof dir, "%s", tpath("failed"));
    snprintf(sub, sizeof sub, "%s", tpath("failed/new/sub"));
    for (size_t k = 0; k < sizeof threads / sizeof threads[0]; k++) {
        eg_build_opts o;
        eg_build_opts_default(&o);
        o.out.outdir = dir;
        o.out.analysis.threads = threads[k];
        eg_build_report rep;
        eg_build_report_init(&rep);
        eg_error err;
        eg_error_clear(&err);
        mkdir(dir, 0777);
        put_file(tpath("failed/graph.json"), "old\n");
        put_file(tpath("failed/rankings.tsv"), "old\n");
        put_file(tpath("failed/cooccurrence.graphml"), "old\n");
        o.out.rank_measure = "nonsense";
        CHECK_INT(eg_write_outputs(&m, &o.out, &rep, &err), EG_ERR_USAGE);
        CHECK_STR(err.text, "cannot rank by 'nonsense': unknown measure");
        CHECK_STR(slurp(tpath("failed/graph.json")), "old\n");
        CHECK_STR(slurp(tpath("failed/rankings.tsv")), "old\n");
        CHECK_STR(slurp(tpath("failed/cooccurrence.graphml")), "old\n");
        CHECK_INT(count_hidden(tpath("failed")), 0);
        /* the same run with a folder of its own leaves nothing */
        o.out.outdir = sub;
        CHECK_INT(eg_write_outputs(&m, &o.out, &rep, &err), EG_ERR_USAGE);
        struct stat sb;
        CHECK(stat(tpath("failed/new"), &sb) != 0);
        /* and a good run writes every file */
        o.out.rank_measure = "mentions";
        o.out.outdir = dir;
        eg_error_clear(&err);
        CHECK_INT(eg_write_outputs(&m, &o.out, &rep, &err), EG_OK);
        CHECK(strncmp(slurp(tpath("failed/graph.json")), "{\"directed\"", 11) == 0);
        CHECK(strstr(slurp(tpath("failed/rankings.tsv")), "person:A") != NULL);
        CHECK_INT(count_hidden(tpath("failed")), 0);
        eg_build_report_destroy(&rep);
    }
    m.nodes = NULL;
    m.nnodes = 0;
    eg_model_destroy(&m);
}

int main(void) {
    snprintf(tmpdir, sizeof tmpdir, "/tmp/eg_outfile_XXXXXX");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 2;
    }
    test_commit_and_abort();
    test_write_failure();
    test_bad_folder();
    test_cleanup_all();
    test_ensure_dir();
    test_make_dir();
    test_empty_outdir();
    test_failed_task();
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", tmpdir);
    return check_finish();
}
