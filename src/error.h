/* error: the status codes every library function returns and the caller-owned
 * error record that says what went wrong and where (file, line, column).
 * The library never prints; warnings go to an optional callback. */
#ifndef EG_ERROR_H
#define EG_ERROR_H

#include <stdarg.h>
#include <stddef.h>

typedef enum eg_status {
    EG_OK = 0,
    EG_ERR_NOMEM,       /* an allocation failed */
    EG_ERR_IO,          /* a file could not be read or written */
    EG_ERR_DATA,        /* bad input data (article, JSON Lines record) */
    EG_ERR_CONFIG,      /* bad gazetteer, rule or pattern file */
    EG_ERR_USAGE,       /* bad option or argument */
    EG_ERR_GRAPH,       /* igraph reported an error */
    EG_ERR_INTERRUPTED, /* a signal asked us to stop */
    EG_ERR_INTERNAL     /* a bug */
} eg_status;

/* Caller-owned, needs no allocation. The first error set wins until cleared.
 * `line` and `column` are 1-based; 0 means "not applicable". */
typedef struct eg_error {
    eg_status code;
    long line;
    long column;
    char source[512];
    char text[512];
} eg_error;

/* Severity of a diagnostic passed to an eg_diag_fn. */
typedef enum eg_severity { EG_SEV_NOTE, EG_SEV_WARNING, EG_SEV_ERROR } eg_severity;

/* Receives warnings and notes while the library keeps going. `d` is borrowed
 * for the duration of the call. */
typedef void (*eg_diag_fn)(void *userdata, eg_severity sev, const eg_error *d);

typedef struct eg_diag {
    eg_diag_fn fn;
    void *userdata;
    unsigned long warnings; /* counted by eg_warn */
} eg_diag;

/* Sets `err` (if non-NULL and not already set) and returns `code`. */
eg_status eg_error_set(eg_error *err, eg_status code, const char *source, long line, long column,
                       const char *fmt, ...) __attribute__((format(printf, 6, 7)));
eg_status eg_error_setv(eg_error *err, eg_status code, const char *source, long line, long column,
                        const char *fmt, va_list ap);
void eg_error_clear(eg_error *err);

/* Reports a warning through `diag` (NULL allowed: counted nowhere, dropped). */
void eg_warn(eg_diag *diag, const char *source, long line, long column, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Reports an error the library recovers from but that still decides the exit
 * status (an input that cannot be read): shown even when warnings are not, and not
 * counted as a warning. */
void eg_diag_error(eg_diag *diag, const char *source, long line, long column, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void eg_note(eg_diag *diag, const char *source, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

const char *eg_status_name(eg_status code);

/* Formats `e` as "source:line:column: text" (parts that do not apply left out)
 * into buf; returns buf. */
const char *eg_error_format(const eg_error *e, char *buf, size_t size);

#endif
