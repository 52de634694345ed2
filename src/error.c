/* error: status names, setting the first error, and routing warnings to the
 * caller's callback. */
#include "error.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

static void copy_source(char *dst, size_t size, const char *src) {
    if (!src)
        src = "";
    size_t n = strlen(src);
    if (n >= size)
        n = size - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

eg_status eg_error_setv(eg_error *err, eg_status code, const char *source, long line, long column,
                        const char *fmt, va_list ap) {
    if (!err || err->code != EG_OK)
        return code;
    err->code = code;
    err->line = line;
    err->column = column;
    copy_source(err->source, sizeof err->source, source);
    vsnprintf(err->text, sizeof err->text, fmt, ap);
    return code;
}

eg_status eg_error_set(eg_error *err, eg_status code, const char *source, long line, long column,
                       const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    eg_error_setv(err, code, source, line, column, fmt, ap);
    va_end(ap);
    return code;
}

void eg_error_clear(eg_error *err) {
    if (err)
        memset(err, 0, sizeof *err);
}

/* Warnings come from worker threads too: one lock keeps the count and the
 * callback's output whole. */
static pthread_mutex_t diag_lock = PTHREAD_MUTEX_INITIALIZER;

static void emit(eg_diag *diag, eg_severity sev, const char *source, long line, long column,
                 const char *fmt, va_list ap) {
    if (!diag)
        return;
    pthread_mutex_lock(&diag_lock);
    if (sev == EG_SEV_WARNING)
        diag->warnings++;
    if (!diag->fn) {
        pthread_mutex_unlock(&diag_lock);
        return;
    }
    eg_error d;
    memset(&d, 0, sizeof d);
    d.code = EG_ERR_DATA;
    d.line = line;
    d.column = column;
    copy_source(d.source, sizeof d.source, source);
    vsnprintf(d.text, sizeof d.text, fmt, ap);
    diag->fn(diag->userdata, sev, &d);
    pthread_mutex_unlock(&diag_lock);
}

void eg_warn(eg_diag *diag, const char *source, long line, long column, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    emit(diag, EG_SEV_WARNING, source, line, column, fmt, ap);
    va_end(ap);
}

void eg_diag_error(eg_diag *diag, const char *source, long line, long column, const char *fmt,
                   ...) {
    va_list ap;
    va_start(ap, fmt);
    emit(diag, EG_SEV_ERROR, source, line, column, fmt, ap);
    va_end(ap);
}

void eg_note(eg_diag *diag, const char *source, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    emit(diag, EG_SEV_NOTE, source, 0, 0, fmt, ap);
    va_end(ap);
}

const char *eg_status_name(eg_status code) {
    switch (code) {
    case EG_OK:
        return "ok";
    case EG_ERR_NOMEM:
        return "out of memory";
    case EG_ERR_IO:
        return "I/O error";
    case EG_ERR_DATA:
        return "data error";
    case EG_ERR_CONFIG:
        return "configuration error";
    case EG_ERR_USAGE:
        return "usage error";
    case EG_ERR_GRAPH:
        return "graph error";
    case EG_ERR_INTERRUPTED:
        return "interrupted";
    case EG_ERR_INTERNAL:
        return "internal error";
    }
    return "unknown error";
}

const char *eg_error_format(const eg_error *e, char *buf, size_t size) {
    const char *text = e->text[0] ? e->text : eg_status_name(e->code);
    if (e->source[0] && e->line > 0 && e->column > 0)
        snprintf(buf, size, "%s:%ld:%ld: %s", e->source, e->line, e->column, text);
    else if (e->source[0] && e->line > 0)
        snprintf(buf, size, "%s:%ld: %s", e->source, e->line, text);
    else if (e->source[0])
        snprintf(buf, size, "%s: %s", e->source, text);
    else
        snprintf(buf, size, "%s", text);
    return buf;
}
