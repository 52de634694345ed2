/* ranking: node order by a measure, rankings.tsv, and the aligned stdout
 * table with UTF-8 display widths. */
#include "ranking.h"

#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "contrib.h"
#include "graph.h"

enum { KEY_MENTIONS = -2, KEY_ARTICLES = -3, KEY_UNKNOWN = -1 };

/* The column for a rank key: a measure column, KEY_MENTIONS, KEY_ARTICLES,
 * or KEY_UNKNOWN (also when the measure was not computed). */
static int rank_key(const eg_measures *ms, const char *measure) {
    if (!measure)
        return KEY_UNKNOWN;
    if (strcmp(measure, "mentions") == 0)
        return KEY_MENTIONS;
    if (strcmp(measure, "articles") == 0)
        return KEY_ARTICLES;
    int c = eg_measure_col_find(measure);
    if (c < 0 || !ms || !eg_measure_available(ms, (eg_measure_col)c))
        return KEY_UNKNOWN;
    return c;
}

static double key_value(const eg_model *m, const eg_measures *ms, int key, size_t i) {
    if (key == KEY_MENTIONS)
        return (double)m->nodes[i].mentions;
    if (key == KEY_ARTICLES)
        return (double)m->nodes[i].articles;
    return eg_measure_get(ms, (eg_measure_col)key, i);
}

typedef struct rank_item {
    double v;
    unsigned long long mentions;
    const char *name;
    const char *key;
    size_t idx;
} rank_item;

/* v to 9 significant digits: values equal up to floating-point round-off
 * (two nodes in symmetric positions) tie, and ties go to the more mentioned
 * node, then by name. */
static double quantize(double v, int c_point) {
    char buf[32];
    if (!isfinite(v) || v == 0)
        return v;
    /* "%.9g" is the same decimal number as "%.8e"; eg_format_g writes it
     * faster, but with a '.' that strtod reads only in a locale that has it */
    if (c_point)
        eg_format_g(buf, sizeof buf, v, 9);
    else
        snprintf(buf, sizeof buf, "%.8e", v);
    return strtod(buf, NULL);
}

static int cmp_item(const void *pa, const void *pb) {
    const rank_item *a = pa, *b = pb;
    int na = isnan(a->v), nb = isnan(b->v);
    if (na != nb)
        return na - nb;
    if (!na && a->v != b->v)
        return a->v > b->v ? -1 : 1;
    if (a->mentions != b->mentions)
        return a->mentions > b->mentions ? -1 : 1;
    int c = strcmp(a->name, b->name);
    if (c)
        return c;
    c = strcmp(a->key, b->key);
    if (c)
        return c;
    return (a->idx > b->idx) - (a->idx < b->idx);
}

int eg_rank_order(const eg_model *m, const eg_measures *ms, const char *measure, size_t *order) {
    int key = rank_key(ms, measure);
    if (key == KEY_UNKNOWN || (ms && ms->n != m->nnodes))
        return -1;
    if (ms && ms->rank_order && ms->rank_order_key == key) {
        memcpy(order, ms->rank_order, m->nnodes * sizeof *order);
        return 0;
    }
    rank_item *items = malloc((m->nnodes ? m->nnodes : 1) * sizeof *items);
    if (!items)
        return -1;
    const char *point = localeconv()->decimal_point;
    int c_point = point[0] == '.' && point[1] == '\0';
    for (size_t i = 0; i < m->nnodes; i++) {
        items[i].v = quantize(key_value(m, ms, key, i), c_point);
        items[i].mentions = (unsigned long long)m->nodes[i].mentions;
        items[i].name = m->nodes[i].name ? m->nodes[i].name : "";
        items[i].key = m->nodes[i].key ? m->nodes[i].key : "";
        items[i].idx = i;
    }
    qsort(items, m->nnodes, sizeof *items, cmp_item);
    for (size_t i = 0; i < m->nnodes; i++)
        order[i] = items[i].idx;
    free(items);
    return 0;
}

int eg_rank_prepare(const eg_model *m, eg_measures *ms, const char *measure) {
    free(ms->rank_order);
    ms->rank_order = NULL;
    size_t *order = malloc((m->nnodes ? m->nnodes : 1) * sizeof *order);
    if (!order || eg_rank_order(m, ms, measure, order) != 0) {
        free(order);
        return -1;
    }
    ms->rank_order = order;
    ms->rank_order_key = rank_key(ms, measure);
    return 0;
}

const char *eg_rank_default_measure(const eg_measures *ms) {
    return ms && ms->pagerank ? "pagerank" : "mentions";
}

static int put_measure(eg_strbuf *sb, eg_measure_col col, double v, int table) {
    if (eg_measure_is_integer(col))
        return eg_strbuf_printf(sb, "%.0f", v);
    if (table && col == EG_COL_BETWEENNESS)
        return eg_strbuf_printf(sb, "%.2f", v);
    return eg_strbuf_printf(sb, "%.6f", v);
}

/* v in decimal ("%llu"); 0 or -1. */
static int put_count(eg_strbuf *sb, unsigned long long v) {
    if (v <= (unsigned long long)LLONG_MAX)
        return eg_strbuf_put_int(sb, (long long)v);
    return eg_strbuf_printf(sb, "%llu", v) < 0 ? -1 : 0;
}

eg_status eg_write_rankings_tsv(const eg_model *m, const eg_measures *ms, const char *measure,
                                FILE *out, eg_error *err) {
    eg_status st = EG_OK;
    eg_strbuf sb;
    size_t *order = NULL;

    eg_strbuf_init(&sb);
    if (!measure)
        measure = eg_rank_default_measure(ms);
    if (ms && ms->n != m->nnodes) {
        st = eg_error_set(err, EG_ERR_INTERNAL, NULL, 0, 0, "measures for %zu nodes, model has %zu",
                          ms->n, m->nnodes);
        goto fail;
    }
    if (rank_key(ms, measure) == KEY_UNKNOWN) {
        st = eg_error_set(err, EG_ERR_USAGE, NULL, 0, 0, "cannot rank by '%s': %s", measure,
                          eg_measure_col_find(measure) >= 0 ? "the measure was not computed"
                                                            : "unknown measure");
        goto fail;
    }
    order = malloc((m->nnodes ? m->nnodes : 1) * sizeof *order);
    if (!order || eg_rank_order(m, ms, measure, order) != 0)
        goto nomem;

    if (eg_strbuf_puts(&sb, "rank\tkey\tname\ttype\tdiscovered\tmentions\tarticles") != 0)
        goto nomem;
    for (int c = 0; c < EG_NCOLS; c++)
        if (eg_measure_available(ms, (eg_measure_col)c) &&
            eg_strbuf_printf(&sb, "\t%s", eg_measure_name((eg_measure_col)c)) < 0)
            goto nomem;
    if (eg_strbuf_putc(&sb, '\n') != 0)
        goto nomem;

    for (size_t r = 0; r < m->nnodes; r++) {
        const eg_node *nd = &m->nodes[order[r]];
        if (put_count(&sb, r + 1) != 0 || eg_strbuf_putc(&sb, '\t') != 0 ||
            eg_text_clean(&sb, nd->key, EG_CLEAN_LINE) != 0 || eg_strbuf_putc(&sb, '\t') != 0 ||
            eg_text_clean(&sb, nd->name, EG_CLEAN_LINE) != 0 || eg_strbuf_putc(&sb, '\t') != 0 ||
            eg_text_clean(&sb, nd->type, EG_CLEAN_LINE) != 0 ||
            eg_strbuf_append(&sb, nd->discovered ? "\t1\t" : "\t0\t", 3) != 0 ||
            put_count(&sb, (unsigned long long)nd->mentions) != 0 ||
            eg_strbuf_putc(&sb, '\t') != 0 || put_count(&sb, (unsigned long long)nd->articles) != 0)
            goto nomem;
        for (int c = 0; c < EG_NCOLS; c++) {
            if (!eg_measure_available(ms, (eg_measure_col)c))
                continue;
            if (eg_strbuf_putc(&sb, '\t') != 0 ||
                put_measure(&sb, (eg_measure_col)c, eg_measure_get(ms, (eg_measure_col)c, order[r]),
                            0) < 0)
                goto nomem;
        }
        if (eg_strbuf_putc(&sb, '\n') != 0)
            goto nomem;
        if (sb.len >= 1 << 16 || r + 1 == m->nnodes) {
            if (fwrite(sb.data, 1, sb.len, out) != sb.len)
                goto io;
            eg_strbuf_clear(&sb);
        }
    }
    if (sb.len && fwrite(sb.data, 1, sb.len, out) != sb.len)
        goto io;
    if (fflush(out) != 0 || ferror(out))
        goto io;
    goto fail;

nomem:
    st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory writing rankings");
    goto fail;
io:
    st = eg_error_set(err, EG_ERR_IO, NULL, 0, 0, "cannot write rankings");
fail:
    free(order);
    eg_strbuf_destroy(&sb);
    return st;
}

/* Decodes one UTF-8 sequence of cleaned (valid) text; returns its length. */
static size_t next_cp(const unsigned char *s, uint32_t *cp) {
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    size_t len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : 2;
    uint32_t v = s[0] & (len == 4 ? 0x07 : len == 3 ? 0x0F : 0x1F);
    for (size_t i = 1; i < len; i++)
        v = (v << 6) | (s[i] & 0x3F);
    *cp = v;
    return len;
}

/* Terminal columns of a code point: 0 for combining marks and zero-width
 * characters, 2 for East Asian wide and emoji ranges, else 1. */
static int cp_width(uint32_t cp) {
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0483 && cp <= 0x0489) ||
        (cp >= 0x0591 && cp <= 0x05BD) || (cp >= 0x0610 && cp <= 0x061A) ||
        (cp >= 0x064B && cp <= 0x065F) || (cp >= 0x0900 && cp <= 0x0903) ||
        (cp >= 0x093A && cp <= 0x094F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
        (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x200B && cp <= 0x200F) ||
        (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2069) ||
        (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
        (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0xFEFF)
        return 0;
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
        (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
        (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
        (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
        (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD))
        return 2;
    return 1;
}

/* Appends s for display: controls blanked, bidi controls dropped, cut to
 * max_width columns with an ellipsis. Returns the width written, -1 on ENOMEM. */
static long put_display(eg_strbuf *sb, const char *s, size_t max_width) {
    eg_strbuf clean;
    long width = 0, total = 0;
    eg_strbuf_init(&clean);
    if (eg_text_clean(&clean, s, EG_CLEAN_LINE) != 0) {
        eg_strbuf_destroy(&clean);
        return -1;
    }
    const unsigned char *p = (const unsigned char *)(clean.data ? clean.data : "");
    for (const unsigned char *q = p; *q;) {
        uint32_t cp;
        q += next_cp(q, &cp);
        if (!eg_is_bidi_control(cp))
            total += cp_width(cp);
    }
    while (*p) {
        uint32_t cp;
        size_t len = next_cp(p, &cp);
        int w = cp_width(cp);
        if (!eg_is_bidi_control(cp)) {
            if ((size_t)total > max_width && (size_t)(width + w) > max_width - 1) {
                if (eg_strbuf_puts(sb, "\xE2\x80\xA6") != 0)
                    goto nomem;
                width++;
                break;
            }
            if (eg_strbuf_append(sb, (const char *)p, len) != 0)
                goto nomem;
            width += w;
        }
        p += len;
    }
    eg_strbuf_destroy(&clean);
    return width;
nomem:
    eg_strbuf_destroy(&clean);
    return -1;
}

enum { MAX_NAME_WIDTH = 40, TABLE_FIXED = 4 };

static int pad(eg_strbuf *sb, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (eg_strbuf_putc(sb, ' ') != 0)
            return -1;
    return 0;
}

int eg_format_ranking_table(const eg_model *m, const eg_measures *ms, const char *measure,
                            size_t top, eg_strbuf *sb) {
    int rc = -1;
    size_t *order = NULL;
    size_t ncols = 0, rows;
    int cols[TABLE_FIXED + EG_NCOLS];
    /* cells[r][c]: strings for the rows (row 0 is the header), width per cell */
    eg_strbuf cells;
    size_t *offs = NULL, *widths = NULL;
    size_t colw[TABLE_FIXED + EG_NCOLS] = {0};

    eg_strbuf_init(&cells);
    if (!measure)
        measure = eg_rank_default_measure(ms);
    if (rank_key(ms, measure) == KEY_UNKNOWN)
        return -1;
    order = malloc((m->nnodes ? m->nnodes : 1) * sizeof *order);
    if (!order || eg_rank_order(m, ms, measure, order) != 0)
        goto fail;
    rows = top && top < m->nnodes ? top : m->nnodes;

    for (int c = 0; c < TABLE_FIXED; c++)
        cols[ncols++] = -1 - c;
    for (int c = 0; c < EG_NCOLS; c++)
        if (eg_measure_available(ms, (eg_measure_col)c))
            cols[ncols++] = c;
    offs = malloc((rows + 1) * ncols * sizeof *offs);
    widths = malloc((rows + 1) * ncols * sizeof *widths);
    if (!offs || !widths)
        goto fail;

    static const char *fixed[TABLE_FIXED] = {"rank", "name", "type", "mentions"};
    for (size_t r = 0; r <= rows; r++) {
        for (size_t c = 0; c < ncols; c++) {
            size_t at = r * ncols + c;
            size_t start = cells.len;
            long w;
            offs[at] = start;
            if (r == 0) {
                const char *h =
                    cols[c] < 0 ? fixed[-1 - cols[c]] : eg_measure_name((eg_measure_col)cols[c]);
                w = put_display(&cells, h, SIZE_MAX);
            } else {
                const eg_node *nd = &m->nodes[order[r - 1]];
                int e = 0;
                switch (cols[c]) {
                case -1:
                    e = eg_strbuf_printf(&cells, "%zu", r) < 0;
                    break;
                case -2:
                    break;
                case -3:
                    break;
                case -4:
                    e = eg_strbuf_printf(&cells, "%llu", (unsigned long long)nd->mentions) < 0;
                    break;
                default:
                    e = put_measure(&cells, (eg_measure_col)cols[c],
                                    eg_measure_get(ms, (eg_measure_col)cols[c], order[r - 1]),
                                    1) < 0;
                }
                if (e)
                    goto fail;
                if (cols[c] == -2)
                    w = put_display(&cells, nd->name, MAX_NAME_WIDTH);
                else if (cols[c] == -3)
                    w = put_display(&cells, nd->type, MAX_NAME_WIDTH);
                else
                    w = (long)(cells.len - start);
            }
            if (w < 0 || eg_strbuf_putc(&cells, '\0') != 0)
                goto fail;
            widths[at] = (size_t)w;
            if ((size_t)w > colw[c])
                colw[c] = (size_t)w;
        }
    }
    for (size_t r = 0; r <= rows; r++) {
        for (size_t c = 0; c < ncols; c++) {
            size_t at = r * ncols + c;
            int left = cols[c] == -2 || cols[c] == -3;
            size_t gap = colw[c] - widths[at];
            if (c > 0 && eg_strbuf_puts(sb, "  ") != 0)
                goto fail;
            if (!left && pad(sb, gap) != 0)
                goto fail;
            if (eg_strbuf_puts(sb, cells.data + offs[at]) != 0)
                goto fail;
            if (left && c + 1 < ncols && pad(sb, gap) != 0)
                goto fail;
        }
        if (eg_strbuf_putc(sb, '\n') != 0)
            goto fail;
    }
    rc = 0;

fail:
    free(order);
    free(offs);
    free(widths);
    eg_strbuf_destroy(&cells);
    return rc;
}
