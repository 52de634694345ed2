/* fuzz_common: helpers shared by the libFuzzer targets: a private temporary
 * file for loaders that take a path, and a quiet diagnostics sink. Header
 * only, so each target stays one translation unit plus this file. */
#ifndef EG_FUZZ_COMMON_H
#define EG_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Writes data to a per-process file /tmp/eg-fuzz-<pid>-<tag><ext> (the
 * extension matters to the loaders) and returns its path in buf, or NULL. */
static inline const char *fuzz_file(const char *tag, const char *ext, const uint8_t *data,
                                    size_t size, char *buf, size_t cap) {
    const char *dir = getenv("TMPDIR");
    snprintf(buf, cap, "%s/eg-fuzz-%ld-%s%s", dir && dir[0] ? dir : "/tmp", (long)getpid(), tag,
             ext);
    FILE *fp = fopen(buf, "wb");
    if (!fp)
        return NULL;
    if (size && fwrite(data, 1, size, fp) != size) {
        fclose(fp);
        return NULL;
    }
    if (fclose(fp) != 0)
        return NULL;
    return buf;
}

/* Counts warnings and checks that each diagnostic is formatted whole. */
static inline void fuzz_diag_fn(void *ud, eg_severity sev, const eg_error *d) {
    char buf[1200];
    (void)ud;
    (void)sev;
    eg_error_format(d, buf, sizeof buf);
    if (strlen(buf) >= sizeof buf)
        abort();
}

static inline eg_diag fuzz_diag(void) {
    eg_diag d = {fuzz_diag_fn, NULL, 0};
    return d;
}

#endif
