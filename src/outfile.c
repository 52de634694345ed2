/* outfile: atomic output files (temporary file + fsync + rename), the
 * static table of open temporary files for signal-time cleanup, and
 * creation of output folders. */
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

enum { SLOTS = 64, SLOT_PATH = 4096 };
enum { SLOT_FREE = 0, SLOT_CLAIMED = 1, SLOT_ACTIVE = 2 };

/* A slot is claimed with a compare-and-swap, filled, then made active; the
 * signal handler only reads active slots. */
static atomic_int slot_state[SLOTS];
static char slot_path[SLOTS][SLOT_PATH];

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

void eg_outfile_cleanup_all(void) {
    for (int i = 0; i < SLOTS; i++)
        if (atomic_load(&slot_state[i]) == SLOT_ACTIVE)
            unlink(slot_path[i]);
}

static void outfile_close(eg_outfile *of) {
    free(of->path);
    free(of->tmp);
    of->fp = NULL;
    of->path = NULL;
    of->tmp = NULL;
}

eg_status eg_outfile_open(eg_outfile *of, const char *path, eg_error *err) {
    eg_status st = EG_ERR_NOMEM;
    int fd = -1;
    of->fp = NULL;
    of->path = NULL;
    of->tmp = NULL;
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
    fd = mkstemp(of->tmp);
    if (fd < 0) {
        st = eg_error_set(err, EG_ERR_IO, path, 0, 0, "cannot create a temporary file: %s",
                          strerror(errno));
        goto fail;
    }
    slot_register(of->tmp);
    mode_t mask = umask(0);
    umask(mask);
    if (fchmod(fd, 0666 & ~mask) != 0 || !(of->fp = fdopen(fd, "wb"))) {
        st = eg_error_set(err, EG_ERR_IO, path, 0, 0, "cannot open a temporary file: %s",
                          strerror(errno));
        close(fd);
        unlink(of->tmp);
        slot_release(of->tmp);
        goto fail;
    }
    return EG_OK;
fail:
    outfile_close(of);
    return st;
}

eg_status eg_outfile_commit(eg_outfile *of, eg_error *err) {
    if (!of->fp)
        return eg_error_set(err, EG_ERR_INTERNAL, of->path, 0, 0, "output file is not open");
    const char *step = NULL;
    int e = 0;
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
    if (!step && rename(of->tmp, of->path) != 0) {
        step = "cannot rename the temporary file";
        e = errno;
    }
    eg_status st = EG_OK;
    if (step) {
        unlink(of->tmp);
        st = eg_error_set(err, EG_ERR_IO, of->path, 0, 0, "%s: %s", step,
                          e ? strerror(e) : "write error");
    } else {
        char *slash = strrchr(of->path, '/');
        char *dir = slash ? of->path : NULL;
        if (slash)
            *slash = '\0';
        int dfd = open(dir ? (dir[0] ? dir : "/") : ".", O_RDONLY);
        if (slash)
            *slash = '/';
        if (dfd >= 0) {
            fsync(dfd);
            close(dfd);
        }
    }
    slot_release(of->tmp);
    outfile_close(of);
    return st;
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

eg_status eg_outfile_ensure_dir(const char *dir, eg_error *err) {
    size_t n = strlen(dir);
    if (n == 0)
        return check_dir(".", err);
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
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            st = eg_error_set(err, EG_ERR_IO, p, 0, 0, "cannot create folder: %s", strerror(errno));
            p[i] = saved;
            goto fail;
        }
        p[i] = saved;
    }
    st = check_dir(dir, err);
fail:
    free(p);
    return st;
}
