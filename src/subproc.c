/* subproc: a job run in a forked child process; see subproc.h. The child
 * writes its whole eg_error (code EG_OK on success) to the pipe and ends;
 * the parent reads it, then reaps the child. */
#include "subproc.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int eg_subproc_start(eg_subproc *sp, eg_subproc_fn fn, void *ctx) {
    sp->pid = -1;
    sp->fd = -1;
    int p[2];
    if (pipe(p) != 0)
        return -1;
    pid_t pid = fork();
    if (pid < 0) {
        close(p[0]);
        close(p[1]);
        return -1;
    }
    if (pid == 0) {
        close(p[0]);
        eg_error e;
        eg_error_clear(&e);
        eg_status st = fn(ctx, &e);
        e.code = st;
        const char *b = (const char *)&e;
        size_t left = sizeof e;
        while (left > 0) {
            ssize_t w = write(p[1], b, left);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                break;
            b += w;
            left -= (size_t)w;
        }
        _exit(st == EG_OK ? 0 : 1);
    }
    close(p[1]);
    sp->pid = pid;
    sp->fd = p[0];
    return 0;
}

eg_status eg_subproc_finish(eg_subproc *sp, const char *what, eg_error *err) {
    if (sp->pid < 0)
        return EG_OK;
    eg_error e;
    memset(&e, 0, sizeof e);
    size_t got = 0;
    while (got < sizeof e) {
        ssize_t r = read(sp->fd, (char *)&e + got, sizeof e - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    close(sp->fd);
    sp->fd = -1;
    int status = 0;
    pid_t w;
    while ((w = waitpid(sp->pid, &status, 0)) < 0 && errno == EINTR)
        ;
    sp->pid = -1;
    if (got == sizeof e) {
        if (e.code == EG_OK)
            return EG_OK;
        e.source[sizeof e.source - 1] = '\0';
        e.text[sizeof e.text - 1] = '\0';
        if (err)
            *err = e;
        return e.code;
    }
    if (w < 0)
        return eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0,
                            "cannot wait for the process writing %s: %s", what, strerror(errno));
    if (WIFSIGNALED(status))
        return eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0,
                            "the process writing %s was killed by signal %d (%s)", what,
                            WTERMSIG(status), strsignal(WTERMSIG(status)));
    return eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0,
                        "the process writing %s ended without a status (exit %d)", what,
                        WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}
