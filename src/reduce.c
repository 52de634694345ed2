/* reduce: one key group at a time; records of the group are merged with the
 * record module's merge functions and written when the key changes. */
#include "reduce.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "strbuf.h"

struct eg_reducer {
    FILE *out;
    const char *out_name;
    eg_record_limits limits;
    eg_strbuf key; /* key prefix of the current group */
    eg_strbuf line;
    int have;
    eg_anyrec acc;
};

eg_reducer *eg_reducer_new(const eg_record_limits *limits, FILE *out, const char *out_name) {
    eg_reducer *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->out = out;
    r->out_name = out_name;
    if (limits)
        r->limits = *limits;
    else
        eg_record_limits_default(&r->limits);
    eg_strbuf_init(&r->key);
    eg_strbuf_init(&r->line);
    return r;
}

void eg_reducer_free(eg_reducer *r) {
    if (!r)
        return;
    if (r->have)
        eg_anyrec_destroy(&r->acc);
    eg_strbuf_destroy(&r->key);
    eg_strbuf_destroy(&r->line);
    free(r);
}

static eg_status flush_group(eg_reducer *r, eg_error *err) {
    if (!r->have)
        return EG_OK;
    eg_strbuf_clear(&r->line);
    int rc = 0;
    switch (r->acc.kind) {
    case EG_REC_ENTITY:
        rc = eg_entrec_write(&r->acc.u.ent, &r->line);
        break;
    case EG_REC_PAIR:
        rc = eg_pairrec_write(&r->acc.u.pair, &r->line);
        break;
    case EG_REC_REL:
        rc = eg_relrec_write(&r->acc.u.rel, &r->line);
        break;
    case EG_REC_SUMMARY:
        rc = eg_summary_write(&r->acc.u.sum, &r->line);
        break;
    }
    eg_anyrec_destroy(&r->acc);
    r->have = 0;
    if (rc != 0)
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    errno = 0;
    if (fwrite(r->line.data, 1, r->line.len, r->out) != r->line.len)
        return eg_error_set(err, EG_ERR_IO, r->out_name, 0, 0, "cannot write: %s",
                            strerror(errno ? errno : EIO));
    return EG_OK;
}

static int merge_into(eg_anyrec *dst, eg_anyrec *src, const eg_record_limits *l) {
    switch (dst->kind) {
    case EG_REC_ENTITY:
        return eg_entrec_merge(&dst->u.ent, &src->u.ent);
    case EG_REC_PAIR:
        return eg_pairrec_merge(&dst->u.pair, &src->u.pair, l);
    case EG_REC_REL:
        return eg_relrec_merge(&dst->u.rel, &src->u.rel, l);
    case EG_REC_SUMMARY:
        eg_summary_add(&dst->u.sum, &src->u.sum);
        return 0;
    }
    return -1;
}

eg_status eg_reducer_line(eg_reducer *r, const char *line, size_t len, const char *source,
                          long lineno, eg_error *err) {
    eg_status st;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
        len--;
    if (len == 0)
        return EG_OK;
    size_t klen = eg_record_key_len(line, len);
    int same = r->have && klen == r->key.len && memcmp(line, r->key.data, klen) == 0;
    if (r->have && !same) {
        size_t common = klen < r->key.len ? klen : r->key.len;
        if (common && memcmp(line, r->key.data, common) < 0)
            return eg_error_set(err, EG_ERR_DATA, source, lineno, 1,
                                "records are not sorted (run them through LC_ALL=C sort)");
        if ((st = flush_group(r, err)) != EG_OK)
            return st;
    }
    eg_anyrec rec;
    if ((st = eg_record_parse(line, len, &rec, source, lineno, err)) != EG_OK)
        return st;
    if (same) {
        if (merge_into(&r->acc, &rec, &r->limits) != 0) /* leaves rec destroyed */
            return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
        return EG_OK;
    }
    r->acc = rec;
    r->have = 1;
    eg_strbuf_clear(&r->key);
    if (eg_strbuf_append(&r->key, line, klen) != 0)
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    return EG_OK;
}

eg_status eg_reducer_stream(eg_reducer *r, FILE *in, const char *source, eg_error *err) {
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    eg_status st = EG_OK;
    while (st == EG_OK && (n = getline(&line, &cap, in)) >= 0) {
        lineno++;
        st = eg_reducer_line(r, line, (size_t)n, source, lineno, err);
    }
    if (st == EG_OK && ferror(in))
        st = eg_error_set(err, EG_ERR_IO, source, lineno, 0, "read error: %s",
                          strerror(errno ? errno : EIO));
    else if (st == EG_OK && !feof(in)) /* getline could not grow its buffer */
        st = eg_error_set(err, EG_ERR_NOMEM, source, lineno, 0, "out of memory");
    free(line);
    return st;
}

eg_status eg_reducer_finish(eg_reducer *r, eg_error *err) {
    eg_status st = flush_group(r, err);
    errno = 0;
    if (st == EG_OK && fflush(r->out) != 0)
        st = eg_error_set(err, EG_ERR_IO, r->out_name, 0, 0, "cannot write: %s",
                          strerror(errno ? errno : EIO));
    return st;
}
