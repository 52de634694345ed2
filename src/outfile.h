/* outfile: output files that appear whole or not at all. Each is written to
 * a temporary file in the same folder and renamed over the target on commit;
 * several files can be committed together (all targets replaced or none); a
 * signal handler can remove every temporary file still open. Also creates
 * output folders. */
#ifndef EG_OUTFILE_H
#define EG_OUTFILE_H

#include <stdio.h>

#include "error.h"

/* Embedded; all fields NULL when closed. `fp` is the stream to write to: it
 * has a large buffer and no internal locking (glibc), so use it from one
 * thread at a time. `path` and `tmp` are owned copies of the target and
 * temporary paths; `buf` is the stream's buffer. */
typedef struct eg_outfile {
    FILE *fp;
    char *path;
    char *tmp;
    char *buf;
} eg_outfile;

/* Opens a temporary file next to `path` (same folder, named
 * ".<base>.tmp.XXXXXX" with six random letters and digits, created with
 * O_EXCL, mode 0666 minus the umask) and registers it for
 * eg_outfile_cleanup_all before it exists. On failure EG_ERR_IO (naming `path`) or
 * EG_ERR_NOMEM, and *of is left closed. The caller must end with
 * eg_outfile_commit or eg_outfile_abort. */
eg_status eg_outfile_open(eg_outfile *of, const char *path, eg_error *err);

/* Flushes, fsyncs and closes the temporary file, checking every step (a full
 * disk shows up here), then renames it over `path`. On any failure the
 * temporary file is removed, `path` is untouched, and EG_ERR_IO names
 * `path`. Either way *of is closed afterwards. */
eg_status eg_outfile_commit(eg_outfile *of, eg_error *err);

/* Commits n files as one: first every open one is flushed, fsynced and
 * closed (a full disk shows up here, before any target is touched); then
 * each existing target gets a hard-link backup (".<base>.bak.XXXXXX") and
 * each temporary file is renamed over its target. If a rename fails, the
 * targets already replaced are put back from their backups (or removed if
 * they did not exist), so the folder holds the old files or the new ones,
 * not a mix (on file systems without hard links, best effort). Closed
 * entries are skipped. While the renames run, eg_outfile_cleanup_all defers
 * to them. Errors: EG_ERR_IO naming the file, EG_ERR_NOMEM, or
 * EG_ERR_INTERRUPTED if a signal-time cleanup was already running. Every
 * entry is closed afterwards and no temporary or backup file remains. */
eg_status eg_outfile_commit_all(eg_outfile *of, size_t n, eg_error *err);

/* Flushes the stream and asks the kernel to start writing the file to disk
 * without waiting for it, so that the commit's fsync has less left to do.
 * For a file that is complete; errors are left for the commit to report. */
void eg_outfile_writeback(eg_outfile *of);

/* Closes and removes the temporary file; a no-op if *of is already closed. */
void eg_outfile_abort(eg_outfile *of);

/* Removes every temporary file still open and returns 0; returns 1 and
 * removes nothing while eg_outfile_commit_all is renaming (let it finish:
 * the outputs are then whole). Async-signal-safe (atomics and unlink over a
 * fixed static table): meant for SIGINT/SIGTERM handlers, on any thread. At
 * most 64 files (paths under 4096 bytes) are tracked at once. */
int eg_outfile_cleanup_all(void);

/* Creates `dir` and its missing parents (mode 0777 minus the umask).
 * EG_ERR_USAGE for an empty name; EG_ERR_IO naming the folder if it cannot
 * be created, is not a folder, or is not writable. */
eg_status eg_outfile_ensure_dir(const char *dir, eg_error *err);

/* eg_outfile_ensure_dir that also sets *created (may be NULL) to a copy of
 * the topmost folder it created (the caller frees it), or NULL when `dir`
 * already existed; on failure it removes what it created. */
eg_status eg_outfile_make_dir(const char *dir, char **created, eg_error *err);

/* Undoes eg_outfile_make_dir for a run that failed before committing any
 * output: removes `dir` and its parents up to `created` while they are
 * empty (a folder that holds anything stays). No-op when created is NULL. */
void eg_outfile_unmake_dir(const char *dir, const char *created);

#endif
