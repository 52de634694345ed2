/* faultinject: an LD_PRELOAD shim that makes the Nth allocation or the Nth
 * file operation fail, to show that every such failure ends in a clear error
 * and never in a crash or a corrupt file (tests/fault/run_faults.py).
 *
 * Environment:
 *   EG_FAULT_MALLOC=N   the Nth call of malloc/calloc/realloc returns NULL (ENOMEM)
 *   EG_FAULT_IO=N       the Nth call of open/fopen/write/fwrite/fputs/fputc/
 *                       fprintf/vfprintf/fflush/fsync/rename/fclose fails
 *   EG_FAULT_ERRNO=E    errno for the I/O failure: ENOSPC (default), EIO or ENOMEM
 *   EG_FAULT_STICKY=1   every call from the Nth on fails, not only the Nth
 *   EG_FAULT_SKIP=F,G   do not fail a call made from inside function F or G, or from
 *                       code of a shared object whose file name starts with F when F
 *                       ends in ".so" (known bugs of other libraries); "skipped 1" is
 *                       then reported
 *   EG_FAULT_REPORT=F   at exit, write "malloc <count>\nio <count>\nskipped <0|1>\n" to F
 * Calls are counted over all threads. Standard streams (fd 0-2) are never
 * failed, so the program can still report what went wrong. A failed stdio
 * call sets the stream's error flag as a real one would. */
#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef _IO_ERR_SEEN
#define _IO_ERR_SEEN 0x0020
#endif

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);

void *malloc(size_t n);
void *calloc(size_t n, size_t size);
void *realloc(void *p, size_t n);
int open(const char *path, int flags, ...);
int open64(const char *path, int flags, ...);
FILE *fopen(const char *path, const char *mode);
FILE *fopen64(const char *path, const char *mode);
ssize_t write(int fd, const void *buf, size_t n);
size_t fwrite(const void *p, size_t size, size_t n, FILE *fp);
int fputs(const char *s, FILE *fp);
int fputc(int c, FILE *fp);
int fprintf(FILE *fp, const char *fmt, ...);
int vfprintf(FILE *fp, const char *fmt, va_list ap);
int fflush(FILE *fp);
int fsync(int fd);
int rename(const char *from, const char *to);
int fclose(FILE *fp);

static atomic_long n_malloc, n_io;
static long fail_malloc = -1, fail_io = -1;
static int fail_errno = ENOSPC, sticky;
static atomic_int ready, skipped;

static long env_long(const char *name) {
    const char *s = getenv(name);
    return s && *s ? atol(s) : -1;
}

static void report(void) {
    const char *path = getenv("EG_FAULT_REPORT");
    if (!path || !*path)
        return;
    FILE *fp = fopen(path, "w");
    if (!fp)
        return;
    fprintf(fp, "malloc %ld\nio %ld\nskipped %d\n", (long)atomic_load(&n_malloc),
            (long)atomic_load(&n_io), atomic_load(&skipped));
    fclose(fp);
}

__attribute__((constructor)) static void init(void) {
    void *warm[2];
    backtrace(warm, 2); /* loads libgcc_s now, not inside a failing malloc */
    fail_malloc = env_long("EG_FAULT_MALLOC");
    fail_io = env_long("EG_FAULT_IO");
    sticky = env_long("EG_FAULT_STICKY") > 0;
    const char *e = getenv("EG_FAULT_ERRNO");
    if (e && !strcmp(e, "EIO"))
        fail_errno = EIO;
    else if (e && !strcmp(e, "ENOMEM"))
        fail_errno = ENOMEM;
    atexit(report);
    atomic_store(&ready, 1);
}

/* Called at every injected failure: a breakpoint here shows who failed. */
__attribute__((noinline)) void eg_fault_hit(void);
__attribute__((noinline)) void eg_fault_hit(void) {
    __asm__ volatile("");
}

/* Non-zero if a function named in EG_FAULT_SKIP (comma-separated) is on the
 * call stack: failures there hit known bugs of other libraries, not ours. */
static int in_skipped(void) {
    const char *skip = getenv("EG_FAULT_SKIP");
    if (!skip || !*skip)
        return 0;
    void *frames[512]; /* PCRE2's JIT compiler recurses deeply */
    int n = backtrace(frames, 512);
    for (int i = 0; i < n; i++) {
        Dl_info info;
        if (!dladdr(frames[i], &info))
            continue;
        const char *file = info.dli_fname ? strrchr(info.dli_fname, '/') : NULL;
        file = file ? file + 1 : info.dli_fname;
        size_t len = info.dli_sname ? strlen(info.dli_sname) : 0;
        for (const char *p = skip; *p;) {
            const char *end = strchr(p, ',');
            size_t k = end ? (size_t)(end - p) : strlen(p);
            int object = k > 3 && memcmp(p + k - 3, ".so", 3) == 0;
            if (object ? file && strncmp(file, p, k) == 0
                       : info.dli_sname && k == len && memcmp(p, info.dli_sname, k) == 0)
                return 1;
            p += k + (end != NULL);
        }
    }
    return 0;
}

static int hit(atomic_long *count, long target) {
    if (!atomic_load(&ready))
        return 0;
    long k = atomic_fetch_add(count, 1) + 1;
    if (target > 0 && (k == target || (sticky && k > target))) {
        if (in_skipped()) {
            atomic_store(&skipped, 1);
            return 0;
        }
        eg_fault_hit();
        return 1;
    }
    return 0;
}

typedef void (*any_fn)(void);

/* The next definition of `name` (libc's), as a function pointer: copied, since
 * ISO C has no cast from an object pointer to a function pointer. */
static any_fn next(const char *name) {
    void *p = dlsym(RTLD_NEXT, name);
    any_fn f;
    if (!p)
        abort();
    memcpy(&f, &p, sizeof f);
    return f;
}

#define REAL(type, name) ((type)next(#name))

/* ---- allocation ----------------------------------------------------------- */

void *malloc(size_t n) {
    if (hit(&n_malloc, fail_malloc)) {
        errno = ENOMEM;
        return NULL;
    }
    return __libc_malloc(n);
}

void *calloc(size_t n, size_t size) {
    if (hit(&n_malloc, fail_malloc)) {
        errno = ENOMEM;
        return NULL;
    }
    return __libc_calloc(n, size);
}

void *realloc(void *p, size_t n) {
    if (hit(&n_malloc, fail_malloc)) {
        errno = ENOMEM;
        return NULL;
    }
    return __libc_realloc(p, n);
}

/* ---- files ---------------------------------------------------------------- */

static int std_stream(FILE *fp) {
    return fp == stdin || fp == stdout || fp == stderr;
}

static int io_fails(void) {
    if (hit(&n_io, fail_io)) {
        errno = fail_errno;
        return 1;
    }
    return 0;
}

static int stream_fails(FILE *fp) {
    if (std_stream(fp) || !io_fails())
        return 0;
    fp->_flags |= _IO_ERR_SEEN;
    return 1;
}

typedef int (*open_fn)(const char *, int, ...);

static int open_common(const char *name, const char *path, int flags, va_list ap) {
    mode_t mode = (flags & O_CREAT) ? (mode_t)va_arg(ap, int) : 0;
    if (io_fails())
        return -1;
    return ((open_fn)next(name))(path, flags, mode);
}

int open(const char *path, int flags, ...) {
    va_list ap;
    va_start(ap, flags);
    int r = open_common("open", path, flags, ap);
    va_end(ap);
    return r;
}

int open64(const char *path, int flags, ...) {
    va_list ap;
    va_start(ap, flags);
    int r = open_common("open64", path, flags, ap);
    va_end(ap);
    return r;
}

FILE *fopen(const char *path, const char *mode) {
    if (io_fails())
        return NULL;
    return REAL(FILE * (*)(const char *, const char *), fopen)(path, mode);
}

FILE *fopen64(const char *path, const char *mode) {
    if (io_fails())
        return NULL;
    return REAL(FILE * (*)(const char *, const char *), fopen64)(path, mode);
}

ssize_t write(int fd, const void *buf, size_t n) {
    if (fd > 2 && io_fails())
        return -1;
    return REAL(ssize_t(*)(int, const void *, size_t), write)(fd, buf, n);
}

size_t fwrite(const void *p, size_t size, size_t n, FILE *fp) {
    if (stream_fails(fp))
        return 0;
    return REAL(size_t(*)(const void *, size_t, size_t, FILE *), fwrite)(p, size, n, fp);
}

int fputs(const char *s, FILE *fp) {
    if (stream_fails(fp))
        return EOF;
    return REAL(int (*)(const char *, FILE *), fputs)(s, fp);
}

int fputc(int c, FILE *fp) {
    if (stream_fails(fp))
        return EOF;
    return REAL(int (*)(int, FILE *), fputc)(c, fp);
}

int vfprintf(FILE *fp, const char *fmt, va_list ap) {
    if (stream_fails(fp))
        return -1;
    return REAL(int (*)(FILE *, const char *, va_list), vfprintf)(fp, fmt, ap);
}

int fprintf(FILE *fp, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vfprintf(fp, fmt, ap);
    va_end(ap);
    return r;
}

int fflush(FILE *fp) {
    if (fp && stream_fails(fp))
        return EOF;
    return REAL(int (*)(FILE *), fflush)(fp);
}

int fsync(int fd) {
    if (io_fails())
        return -1;
    return REAL(int (*)(int), fsync)(fd);
}

int rename(const char *from, const char *to) {
    if (io_fails())
        return -1;
    return REAL(int (*)(const char *, const char *), rename)(from, to);
}

int fclose(FILE *fp) {
    int fails = !std_stream(fp) && io_fails();
    int e = errno;
    int r = REAL(int (*)(FILE *), fclose)(fp);
    if (fails) {
        errno = e;
        return EOF;
    }
    return r;
}
