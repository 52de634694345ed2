/* subproc: a job run in a forked child process, for work that cannot share
 * the process with other work running at the same time. igraph keeps its
 * error state and "finally" stack in globals (Debian builds it with
 * IGRAPH_THREAD_SAFE 0), so two igraph calls must never run on two threads;
 * a child process has globals of its own and sees the parent's data as it was
 * at the fork (copy-on-write), so it can write one igraph file while the
 * parent writes another. The child reports its status and error through a
 * pipe and ends with _exit, so no stdio buffer or atexit handler of the
 * parent runs twice. Fork from a point where no other thread of the parent
 * holds a lock the job needs (before starting threads, as build.c does). */
#ifndef EG_SUBPROC_H
#define EG_SUBPROC_H

#include <sys/types.h>

#include "error.h"

/* The job: runs in the child, returns a status and fills *err. */
typedef eg_status (*eg_subproc_fn)(void *ctx, eg_error *err);

typedef struct eg_subproc {
    pid_t pid; /* -1: not running */
    int fd;    /* read end of the status pipe; -1 when closed */
} eg_subproc;

/* Forks a child that runs fn(ctx). Returns 0 when the child runs, -1 when no
 * child could be made (no pipe or fork failed: run fn in this process
 * instead); *sp is set either way. */
int eg_subproc_start(eg_subproc *sp, eg_subproc_fn fn, void *ctx);

/* Waits for the child and returns its status, with its error copied to *err;
 * a child that ended without reporting (killed by a signal) gives
 * EG_ERR_INTERNAL naming `what`. Idempotent: a finished or unstarted *sp
 * gives EG_OK. */
eg_status eg_subproc_finish(eg_subproc *sp, const char *what, eg_error *err);

#endif
