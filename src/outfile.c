/* outfile: atomic output files (temporary file + fsync + rename), commits
 * of several files that replace all targets or none, the static table of
 * open temporary files for signal-time cleanup, and creation of output
 * folders. */
#ifdef __linux__
#define _GNU_SOURCE /* sync_file_range */
#endif
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <stdio_ext.h>
#endif

enum { SLOTS = 64, SLOT_PATH = 4096 };
enum { SLOT_FREE = 0, SLOT_CLAIMED = 1, SLOT_ACTIVE = 2 };
enum { SUFFIX = 6 }; /* random characters after ".tmp." */
/* Stream buffer: outputs run to hundreds of megabytes, written in many small
 * pieces by igraph and jansson. */
enum { BUF_BYTES = 256 * 1024 };

/* A slot is claimed with a compare-and-swap, filled, then made active; the
 * signal handler only reads active slots. */
static atomic_int slot_state[SLOTS];
static char slot_path[SLOTS][SLOT_PATH];

/* Renames in progress (eg_outfile_commit_all) and signal-time cleanups in
 * progress: each side sets its own flag, then looks at the other's, so they
 * never both go ahead. */
static atomic_int committing;
static atomic_int cleaning;

static void slot_register(const char *tmp) {
    size_t n = strlen(tmp);
    if (n >= SLOT_PATH)
        return;
    for (int i = 0; i < SLOTS; i++) {
        int expected = SLOT_FREE;
        if (atomic_compare_exchange_strong(&slot_state[i], &expected, SLOT_CLAIMED)) {
            memcpy(slot_path[i], tmp, n + 1);
            atomic_store(&slot_state[i], SLOT_ACTIVE);
            return;
        }
    }
}

static void slot_release(const char *tmp) {
    for (int i = 0; i < SLOTS; i++) {
        if (atomic_load(&slot_state[i]) == SLOT_ACTIVE && strcmp(slot_path[i], tmp) == 0) {
            atomic_store(&slot_state[i], SLOT_FREE);
            return;
        }
    }
}

int eg_outfile_cleanup_all(void) {
    atomic_fetch_add(&cleaning, 1);
    if (atomic_load(&committing)) {
        atomic_fetch_sub(&cleaning, 1);
        return 1;
    }
    for (int i = 0; i < SLOTS; i++)
        if (atomic_load(&slot_state[i]) == SLOT_ACTIVE)
            unlink(slot_path[i]);
    atomic_fetch_sub(&cleaning, 1);
    return 0;
}

/* Forgets a closed stream's names and frees its buffer. */
static void outfile_close(eg_outfile *of) {
    free(of->path);
    free(of->tmp);
    free(of->buf);
    of->fp = NULL;
    of->path = NULL;
    of->tmp = NULL;
    of->buf = NULL;
}

/* Fills the last SUFFIX characters of `name` with letters and digits. */
static void fill_suffix(char *name) {
    static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static atomic_uint counter;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t x = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 20) ^ ((uint64_t)getpid() << 40) ^
                 ((uint64_t)atomic_fetch_add(&counter, 1) * 7919u);
    char *p = name + strlen(name) - SUFFIX;
    for (int i = 0; i < SUFFIX; i++) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        p[i] = chars[(x >> 33) % (sizeof chars - 1)];
    }
}

eg_status eg_outfile_open(eg_outfile *of, const char *path, eg_error *err) {
    eg_status st = EG_ERR_NOMEM;
    int fd = -1;
    of->fp = NULL;
    of->path = NULL;
    of->tmp = NULL;
    of->buf = NULL;
    size_t n = strlen(path);
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
    if (n == dirlen)
        return eg_error_set(err, EG_ERR_IO, path, 0, 0, "cannot write: not a file name");
    of->path = malloc(n + 1);
    of->tmp = malloc(n + sizeof ".tmp.XXXXXX" + 1);
    if (!of->path || !of->tmp)
        goto fail;
    memcpy(of->path, path, n + 1);
    memcpy(of->tmp, path, dirlen);
    of->tmp[dirlen] = '.';
    memcpy(of->tmp + dirlen + 1, path + dirlen, n - dirlen);
    memcpy(of->tmp + n + 1, ".tmp.XXXXXX", sizeof ".tmp.XXXXXX");
    /* The name is registered before the file exists, so a signal at any
     * moment leaves nothing behind. */
    for (int attempt = 0; attempt < 100; attempt++) {
        fill_suffix(of->tmp);
        slot_register(of->tmp);
        fd = open(of->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST)
            break;
        slot_release(of->tmp);
    }
    if (fd < 0) {
        int e = errno;
        slot_release(of->tmp);
        st = eg_error_set(err, EG_ERR_IO, path, 0, 0, "cannot create a temporary file: %s",
                          strerror(e));
        goto fail;
    }
    if (!(of->fp = fdopen(fd, "wb"))) {
        int e = errno;
        close(fd);
        unlink(of->tmp);
        slot_release(of->tmp);
        if (e == ENOMEM)
            st = eg_error_set(err, EG_ERR_NOMEM, path, 0, 0, "out of memory");
        else
            st = eg_error_set(err, EG_ERR_IO, path, 0, 0, "cannot open a temporary file: %s",
                              strerror(e));
        goto fail;
    }
    /* Without a buffer of its own the stream keeps stdio's small one. */
    if ((of->buf = malloc(BUF_BYTES)) != NULL && setvbuf(of->fp, of->buf, _IOFBF, BUF_BYTES) != 0) {
        free(of->buf);
        of->buf = NULL;
    }
#ifdef __GLIBC__
    __fsetlocking(of->fp, FSETLOCKING_BYCALLER);
#endif
    return EG_OK;
fail:
    outfile_close(of);
    return st;
}

void eg_outfile_writeback(eg_outfile *of) {
    if (!of->fp || fflush(of->fp) != 0)
        return;
#ifdef __linux__
    (void)sync_file_range(fileno(of->fp), 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
}

/* Flushes, syncs and closes of->fp, keeping the temporary file. On failure
 * the temporary file is removed, *of closed and EG_ERR_IO set. */
static eg_status finish_tmp(eg_outfile *of, eg_error *err) {
    const char *step = NULL;
    int e = 0;
    errno = 0;
    if (fflush(of->fp) != 0 || ferror(of->fp)) {
        step = "cannot write";
        e = errno;
    } else if (fsync(fileno(of->fp)) != 0 && errno != EINVAL && errno != EROFS) {
        step = "cannot sync";
        e = errno;
    }
    if (fclose(of->fp) != 0 && !step) {
        step = "cannot close";
        e = errno;
    }
    of->fp = NULL;
    if (!step)
        return EG_OK;
    eg_status st = eg_error_set(err, EG_ERR_IO, of->path, 0, 0, "%s: %s", step,
                                e ? strerror(e) : "write error");
    eg_outfile_abort(of);
    return st;
}

/* Syncs the folder holding `path`, so the renames survive a crash. */
static void sync_dir(char *path) {
    char *slash = strrchr(path, '/');
    char *dir = slash ? path : NULL;
    if (slash)
        *slash = '\0';
    int dfd = open(dir ? (dir[0] ? dir : "/") : ".", O_RDONLY | O_CLOEXEC);
    if (slash)
        *slash = '/';
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
}

/* The backup name of a temporary file: ".<base>.bak.XXXXXX" for
 * ".<base>.tmp.XXXXXX" (same folder, same random part). */
static char *backup_name(const char *tmp) {
    size_t n = strlen(tmp);
    char *b = malloc(n + 1);
    if (b) {
        memcpy(b, tmp, n + 1);
        memcpy(b + n - SUFFIX - 4, "bak", 3);
    }
    return b;
}

enum { NO_TARGET = 0, BACKED_UP = 1, NO_BACKUP = 2 };

eg_status eg_outfile_commit_all(eg_outfile *of, size_t n, eg_error *err) {
    eg_status st = EG_OK;
    char **bak = NULL;
    int *how = NULL;
    size_t done = 0;
    for (size_t i = 0; i < n && st == EG_OK; i++)
        if (of[i].fp)
            st = finish_tmp(&of[i], err);
    if (st != EG_OK)
        goto fail;
    bak = calloc(n ? n : 1, sizeof *bak);
    how = calloc(n ? n : 1, sizeof *how);
    if (!bak || !how) {
        st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto fail;
    }
    atomic_store(&committing, 1);
    if (atomic_load(&cleaning)) {
        /* A signal handler is removing the temporary files: give up. */
        atomic_store(&committing, 0);
        st = eg_error_set(err, EG_ERR_INTERRUPTED, NULL, 0, 0, "interrupted");
        goto fail;
    }
    /* Hard-link backups of the targets that exist, so that a failed rename
     * can put back the ones already replaced. */
    for (size_t i = 0; i < n; i++) {
        if (!of[i].tmp)
            continue;
        if (!(bak[i] = backup_name(of[i].tmp))) {
            st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
            break;
        }
        unlink(bak[i]);
        if (link(of[i].path, bak[i]) == 0)
            how[i] = BACKED_UP;
        else
            how[i] = errno == ENOENT ? NO_TARGET : NO_BACKUP;
    }
    for (; st == EG_OK && done < n; done++) {
        if (!of[done].tmp)
            continue;
        if (rename(of[done].tmp, of[done].path) != 0) {
            st = eg_error_set(err, EG_ERR_IO, of[done].path, 0, 0,
                              "cannot rename the temporary file: %s", strerror(errno));
            break;
        }
        slot_release(of[done].tmp);
        free(of[done].tmp);
        of[done].tmp = NULL;
    }
    if (st != EG_OK) {
        /* Put back what was replaced; targets that did not exist go away. */
        for (size_t i = 0; i < done; i++) {
            if (how[i] == BACKED_UP) {
                /* When rename keeps failing (a full or failing disk), the
                 * backup's hard link still brings the old file back. */
                if (rename(bak[i], of[i].path) != 0 && unlink(of[i].path) == 0)
                    (void)link(bak[i], of[i].path);
            } else if (how[i] == NO_TARGET)
                unlink(of[i].path);
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (bak && bak[i]) {
            if (how[i] == BACKED_UP)
                unlink(bak[i]);
            free(bak[i]);
        }
    }
    if (st == EG_OK)
        for (size_t i = 0; i < n; i++)
            if (of[i].path) {
                sync_dir(of[i].path);
                break;
            }
    atomic_store(&committing, 0);
fail:
    free(bak);
    free(how);
    for (size_t i = 0; i < n; i++) {
        if (st == EG_OK)
            outfile_close(&of[i]);
        else
            eg_outfile_abort(&of[i]);
    }
    return st;
}

eg_status eg_outfile_commit(eg_outfile *of, eg_error *err) {
    if (!of->fp)
        return eg_error_set(err, EG_ERR_INTERNAL, of->path, 0, 0, "output file is not open");
    return eg_outfile_commit_all(of, 1, err);
}

void eg_outfile_abort(eg_outfile *of) {
    if (of->fp)
        fclose(of->fp);
    if (of->tmp) {
        unlink(of->tmp);
        slot_release(of->tmp);
    }
    outfile_close(of);
}

static eg_status check_dir(const char *dir, eg_error *err) {
    struct stat sb;
    if (stat(dir, &sb) != 0)
        return eg_error_set(err, EG_ERR_IO, dir, 0, 0, "cannot create folder: %s", strerror(errno));
    if (!S_ISDIR(sb.st_mode))
        return eg_error_set(err, EG_ERR_IO, dir, 0, 0, "cannot create folder: %s",
                            strerror(ENOTDIR));
    if (access(dir, W_OK | X_OK) != 0)
        return eg_error_set(err, EG_ERR_IO, dir, 0, 0, "folder is not writable: %s",
                            strerror(errno));
    return EG_OK;
}

eg_status eg_outfile_make_dir(const char *dir, char **created, eg_error *err) {
    if (created)
        *created = NULL;
    size_t n = dir ? strlen(dir) : 0;
    if (n == 0)
        return eg_error_set(err, EG_ERR_USAGE, NULL, 0, 0, "no output folder given (empty name)");
    char *p = malloc(n + 1);
    if (!p)
        return eg_error_set(err, EG_ERR_NOMEM, dir, 0, 0, "out of memory");
    memcpy(p, dir, n + 1);
    eg_status st = EG_OK;
    for (size_t i = 1; i <= n; i++) {
        if (p[i] != '/' && p[i] != '\0')
            continue;
        if (p[i - 1] == '/')
            continue;
        char saved = p[i];
        p[i] = '\0';
        if (mkdir(p, 0777) == 0) {
            if (created && !*created && !(*created = strdup(p))) {
                st = eg_error_set(err, EG_ERR_NOMEM, dir, 0, 0, "out of memory");
                p[i] = saved;
                goto fail;
            }
        } else if (errno != EEXIST) {
            st = eg_error_set(err, EG_ERR_IO, p, 0, 0, "cannot create folder: %s", strerror(errno));
            p[i] = saved;
            goto fail;
        }
        p[i] = saved;
    }
    st = check_dir(dir, err);
fail:
    free(p);
    if (st != EG_OK && created && *created) {
        eg_outfile_unmake_dir(dir, *created);
        free(*created);
        *created = NULL;
    }
    return st;
}

eg_status eg_outfile_ensure_dir(const char *dir, eg_error *err) {
    return eg_outfile_make_dir(dir, NULL, err);
}

void eg_outfile_unmake_dir(const char *dir, const char *created) {
    if (!dir || !created)
        return;
    size_t top = strlen(created);
    char *p = strdup(dir);
    if (!p)
        return;
    size_t n = strlen(p);
    for (;;) {
        while (n > 1 && p[n - 1] == '/')
            p[--n] = '\0';
        if (n < top || rmdir(p) != 0 || n <= top)
            break;
        while (n > 0 && p[n - 1] != '/')
            n--;
        p[n] = '\0';
        if (!n)
            break;
    }
    free(p);
}
