/* Tests for jobs run in a forked child: what the child writes to an inherited
 * stream arrives, its error comes back whole, a child killed by a signal is
 * reported, and finishing twice or without a child is harmless. */
#include "check.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "subproc.h"

typedef struct job {
    FILE *fp;
    const char *text;
} job;

static eg_status write_job(void *ctx, eg_error *err) {
    job *j = ctx;
    (void)err;
    fputs(j->text, j->fp);
    return fflush(j->fp) == 0 ? EG_OK : EG_ERR_IO;
}

static eg_status failing_job(void *ctx, eg_error *err) {
    (void)ctx;
    return eg_error_set(err, EG_ERR_IO, "out/relations.graphml", 0, 0, "cannot write: %s",
                        "No space left on device");
}

static eg_status killed_job(void *ctx, eg_error *err) {
    (void)ctx;
    (void)err;
    raise(SIGKILL);
    return EG_OK;
}

int main(void) {
    /* the child's writes reach the shared file; the parent's buffer stays empty */
    FILE *fp = tmpfile();
    CHECK(fp != NULL);
    job j = {fp, "<graphml>written by the child</graphml>\n"};
    eg_subproc sp;
    CHECK_INT(eg_subproc_start(&sp, write_job, &j), 0);
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_subproc_finish(&sp, "relations.graphml", &err), EG_OK);
    CHECK_INT(err.code, EG_OK);
    char buf[128] = {0};
    rewind(fp);
    CHECK(fgets(buf, sizeof buf, fp) != NULL);
    CHECK_STR(buf, "<graphml>written by the child</graphml>\n");
    fclose(fp);

    /* the child's error comes back with its source and text */
    CHECK_INT(eg_subproc_start(&sp, failing_job, NULL), 0);
    eg_error_clear(&err);
    CHECK_INT(eg_subproc_finish(&sp, "relations.graphml", &err), EG_ERR_IO);
    CHECK_INT(err.code, EG_ERR_IO);
    CHECK_STR(err.source, "out/relations.graphml");
    CHECK_STR(err.text, "cannot write: No space left on device");

    /* a child that dies without a status */
    CHECK_INT(eg_subproc_start(&sp, killed_job, NULL), 0);
    eg_error_clear(&err);
    CHECK_INT(eg_subproc_finish(&sp, "relations.graphml", &err), EG_ERR_INTERNAL);
    CHECK(strstr(err.text, "relations.graphml") != NULL);
    CHECK(strstr(err.text, "signal 9") != NULL);

    /* finished, or never started: nothing to do */
    eg_error_clear(&err);
    CHECK_INT(eg_subproc_finish(&sp, "relations.graphml", &err), EG_OK);
    eg_subproc none = {-1, -1};
    CHECK_INT(eg_subproc_finish(&none, "x", NULL), EG_OK);
    return check_finish();
}
