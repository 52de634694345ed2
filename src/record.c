/* record: bounded, order-independent merging of entity, pair and relation
 * records, and their one-line text form for map/reduce. */
#include "record.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jsonload.h"

void eg_record_limits_default(eg_record_limits *l) {
    l->evidence = 3;
    l->article_ids = 1000;
    l->forms = 8;
}

static void free_strv(char **v, size_t n) {
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static void evidence_free(eg_evidence *ev, size_t n) {
    for (size_t i = 0; i < n; i++) {
        free(ev[i].article);
        free(ev[i].sentence);
    }
    free(ev);
}

void eg_strset_destroy(eg_strset *set) {
    free_strv(set->v, set->n);
    set->v = NULL;
    set->n = 0;
}

void eg_entrec_destroy(eg_entrec *r) {
    free(r->key);
    free(r->name);
    free(r->type);
    for (size_t i = 0; i < r->nattrs; i++) {
        free(r->attrs[i].name);
        free(r->attrs[i].value);
    }
    free(r->attrs);
    memset(r, 0, sizeof *r);
}

void eg_pairrec_destroy(eg_pairrec *r) {
    free(r->a);
    free(r->b);
    free(r->first_date);
    free(r->last_date);
    free_strv(r->ids.v, r->ids.n);
    evidence_free(r->ev, r->nev);
    memset(r, 0, sizeof *r);
}

void eg_relrec_destroy(eg_relrec *r) {
    free(r->src);
    free(r->dst);
    free(r->verb);
    free(r->cls);
    eg_strset_destroy(&r->forms);
    eg_strset_destroy(&r->reporters);
    free_strv(r->ids.v, r->ids.n);
    evidence_free(r->ev, r->nev);
    memset(r, 0, sizeof *r);
}

void eg_anyrec_destroy(eg_anyrec *r) {
    switch (r->kind) {
    case EG_REC_ENTITY:
        eg_entrec_destroy(&r->u.ent);
        break;
    case EG_REC_PAIR:
        eg_pairrec_destroy(&r->u.pair);
        break;
    case EG_REC_REL:
        eg_relrec_destroy(&r->u.rel);
        break;
    case EG_REC_SUMMARY:
        break;
    }
}

/* Inserts a copy of s into the sorted array v[0..*n), keeping at most cap of
 * the smallest. Returns 0 (also when nothing changed) or -1 on ENOMEM. */
size_t eg_strv_lower_bound(char *const *v, size_t n, const char *s, int *found) {
    size_t lo = 0, hi = n;
    *found = 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(v[mid], s);
        if (c == 0) {
            *found = 1;
            return mid;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int sorted_insert(char ***v, size_t *n, const char *s, size_t cap) {
    int found;
    size_t lo = eg_strv_lower_bound(*v, *n, s, &found);
    if (found)
        return 0;
    if (lo >= cap)
        return 0;
    char *copy = strdup(s);
    if (!copy)
        return -1;
    if (*n == cap) {
        free((*v)[*n - 1]);
        (*n)--;
    } else {
        char **nv = realloc(*v, (*n + 1) * sizeof **v);
        if (!nv) {
            free(copy);
            return -1;
        }
        *v = nv;
    }
    memmove(*v + lo + 1, *v + lo, (*n - lo) * sizeof **v);
    (*v)[lo] = copy;
    (*n)++;
    return 0;
}

int eg_strset_add(eg_strset *set, const char *s, size_t cap) {
    return sorted_insert(&set->v, &set->n, s, cap);
}

int eg_idlist_add(eg_idlist *l, const char *id, size_t cap) {
    return sorted_insert(&l->v, &l->n, id, cap);
}

int eg_evidence_cmp(const eg_evidence *x, const eg_evidence *y) {
    int c = x->article == y->article ? 0 : strcmp(x->article, y->article);
    if (c)
        return c;
    if (x->pos != y->pos)
        return x->pos < y->pos ? -1 : 1;
    if (x->a_start != y->a_start)
        return x->a_start < y->a_start ? -1 : 1;
    if (x->b_start != y->b_start)
        return x->b_start < y->b_start ? -1 : 1;
    return 0;
}

int eg_evidence_add(eg_evidence **ev, size_t *nev, eg_evidence *e, size_t cap) {
    size_t lo = 0, hi = *nev;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = eg_evidence_cmp(&(*ev)[mid], e);
        if (c == 0)
            lo = hi = (size_t)-1;
        else if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == (size_t)-1 || lo >= cap) { /* duplicate, or not among the smallest */
        free(e->article);
        free(e->sentence);
        memset(e, 0, sizeof *e);
        return 0;
    }
    if (*nev == cap) {
        free((*ev)[*nev - 1].article);
        free((*ev)[*nev - 1].sentence);
        (*nev)--;
    } else {
        eg_evidence *nv = realloc(*ev, (*nev + 1) * sizeof **ev);
        if (!nv)
            return -1;
        *ev = nv;
    }
    memmove(*ev + lo + 1, *ev + lo, (*nev - lo) * sizeof **ev);
    (*ev)[lo] = *e;
    (*nev)++;
    memset(e, 0, sizeof *e);
    return 0;
}

int eg_entrec_merge(eg_entrec *dst, eg_entrec *src) {
    dst->mentions += src->mentions;
    dst->articles += src->articles;
    /* A gazetteer entity and a discovered one never share a key; keep the
     * listed flag if either side came from a list. */
    dst->discovered = dst->discovered && src->discovered;
    if (!dst->nattrs && src->nattrs) {
        dst->attrs = src->attrs;
        dst->nattrs = src->nattrs;
        src->attrs = NULL;
        src->nattrs = 0;
    }
    eg_entrec_destroy(src);
    return 0;
}

static int merge_ids(eg_idlist *dst, eg_idlist *src, size_t cap) {
    for (size_t i = 0; i < src->n; i++)
        if (eg_idlist_add(dst, src->v[i], cap) != 0)
            return -1;
    dst->total += src->total;
    return 0;
}

static int merge_evidence(eg_evidence **dev, size_t *dn, eg_evidence **sev, size_t *sn,
                          size_t cap) {
    for (size_t i = 0; i < *sn; i++)
        if (eg_evidence_add(dev, dn, &(*sev)[i], cap) != 0)
            return -1;
    return 0;
}

static void take_min(char **dst, char **src) {
    if (*src && (!*dst || strcmp(*src, *dst) < 0)) {
        free(*dst);
        *dst = *src;
        *src = NULL;
    }
}

static void take_max(char **dst, char **src) {
    if (*src && (!*dst || strcmp(*src, *dst) > 0)) {
        free(*dst);
        *dst = *src;
        *src = NULL;
    }
}

int eg_pairrec_merge(eg_pairrec *dst, eg_pairrec *src, const eg_record_limits *l) {
    int rc = 0;
    dst->weight += src->weight;
    take_min(&dst->first_date, &src->first_date);
    take_max(&dst->last_date, &src->last_date);
    if (merge_ids(&dst->ids, &src->ids, l->article_ids) != 0 ||
        merge_evidence(&dst->ev, &dst->nev, &src->ev, &src->nev, l->evidence) != 0)
        rc = -1;
    eg_pairrec_destroy(src);
    return rc;
}

static int merge_set(eg_strset *dst, const eg_strset *src, size_t cap) {
    for (size_t i = 0; i < src->n; i++)
        if (eg_strset_add(dst, src->v[i], cap) != 0)
            return -1;
    return 0;
}

int eg_relrec_merge(eg_relrec *dst, eg_relrec *src, const eg_record_limits *l) {
    int rc = 0;
    dst->count += src->count;
    if (!dst->cls && src->cls) {
        dst->cls = src->cls;
        src->cls = NULL;
    }
    if (merge_set(&dst->forms, &src->forms, l->forms) != 0 ||
        merge_set(&dst->reporters, &src->reporters, l->forms) != 0 ||
        merge_ids(&dst->ids, &src->ids, l->article_ids) != 0 ||
        merge_evidence(&dst->ev, &dst->nev, &src->ev, &src->nev, l->evidence) != 0)
        rc = -1;
    eg_relrec_destroy(src);
    return rc;
}

void eg_record_clean_key(char *s) {
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7f)
            *s = ' ';
}

/* ---- text form ---------------------------------------------------------- */

static json_t *strv_json(char *const *v, size_t n) {
    json_t *a = json_array();
    for (size_t i = 0; a && i < n; i++)
        if (json_array_append_new(a, json_string(v[i])) != 0) {
            json_decref(a);
            return NULL;
        }
    return a;
}

static json_t *evidence_json(const eg_evidence *ev, size_t n) {
    json_t *a = json_array();
    for (size_t i = 0; a && i < n; i++) {
        json_t *e =
            json_pack("[s,I,s,I,I,I,I]", ev[i].article, (json_int_t)ev[i].pos, ev[i].sentence,
                      (json_int_t)ev[i].a_start, (json_int_t)ev[i].a_start + ev[i].a_len,
                      (json_int_t)ev[i].b_start, (json_int_t)ev[i].b_start + ev[i].b_len);
        if (!e || json_array_append_new(a, e) != 0) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

static int put_line(eg_strbuf *sb, const char *prefix, json_t *obj) {
    if (!obj)
        return -1;
    char *js = json_dumps(obj, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENSURE_ASCII);
    json_decref(obj);
    if (!js)
        return -1;
    int rc = eg_strbuf_puts(sb, prefix) || eg_strbuf_puts(sb, js) || eg_strbuf_putc(sb, '\n');
    free(js);
    return rc ? -1 : 0;
}

int eg_entrec_write(const eg_entrec *r, eg_strbuf *sb) {
    json_t *attrs = json_object();
    for (size_t i = 0; attrs && i < r->nattrs; i++)
        json_object_set_new(attrs, r->attrs[i].name, json_string(r->attrs[i].value));
    json_t *o = json_pack("{s:s,s:s,s:b,s:I,s:I,s:o}", "name", r->name, "type", r->type,
                          "discovered", r->discovered, "mentions", (json_int_t)r->mentions,
                          "articles", (json_int_t)r->articles, "attrs", attrs);
    if (eg_strbuf_puts(sb, "E\t") || eg_strbuf_puts(sb, r->key) || eg_strbuf_putc(sb, '\t'))
        return json_decref(o), -1;
    return put_line(sb, "", o);
}

int eg_pairrec_write(const eg_pairrec *r, eg_strbuf *sb) {
    json_t *o = json_pack("{s:I,s:I,s:o,s:o}", "weight", (json_int_t)r->weight, "articles",
                          (json_int_t)r->ids.total, "ids", strv_json(r->ids.v, r->ids.n), "ev",
                          evidence_json(r->ev, r->nev));
    if (o && r->first_date)
        json_object_set_new(o, "first", json_string(r->first_date));
    if (o && r->last_date)
        json_object_set_new(o, "last", json_string(r->last_date));
    if (eg_strbuf_puts(sb, "P\t") || eg_strbuf_puts(sb, r->a) || eg_strbuf_putc(sb, '\t') ||
        eg_strbuf_puts(sb, r->b) || eg_strbuf_putc(sb, '\t'))
        return json_decref(o), -1;
    return put_line(sb, "", o);
}

int eg_relrec_write(const eg_relrec *r, eg_strbuf *sb) {
    json_t *o =
        json_pack("{s:s?,s:I,s:I,s:o,s:o,s:o,s:o}", "class", r->cls, "count", (json_int_t)r->count,
                  "articles", (json_int_t)r->ids.total, "forms", strv_json(r->forms.v, r->forms.n),
                  "reporters", strv_json(r->reporters.v, r->reporters.n), "ids",
                  strv_json(r->ids.v, r->ids.n), "ev", evidence_json(r->ev, r->nev));
    if (eg_strbuf_printf(sb, "R\t%s\t%s\t%s\t%d\t%d\t", r->src, r->dst, r->verb, r->negated ? 1 : 0,
                         r->hedged ? 1 : 0))
        return json_decref(o), -1;
    return put_line(sb, "", o);
}

/* Summary fields, in record order: the JSON names and their places. */
#define SUMMARY_FIELDS(X)                                                                          \
    X(articles_read)                                                                               \
    X(articles_empty)                                                                              \
    X(skipped_binary)                                                                              \
    X(skipped_unreadable)                                                                          \
    X(skipped_duplicate)                                                                           \
    X(records_rejected)                                                                            \
    X(warnings)                                                                                    \
    X(bytes)                                                                                       \
    X(mentions)                                                                                    \
    X(ambiguous)                                                                                   \
    X(capped_windows)

void eg_summary_add(eg_summary *dst, const eg_summary *src) {
#define ADD(f) dst->f += src->f;
    SUMMARY_FIELDS(ADD)
#undef ADD
}

int eg_summary_write(const eg_summary *s, eg_strbuf *sb) {
    json_t *o = json_object();
#define PUT(f)                                                                                     \
    if (o)                                                                                         \
        json_object_set_new(o, #f, json_integer((json_int_t)s->f));
    SUMMARY_FIELDS(PUT)
#undef PUT
    if (eg_strbuf_puts(sb, "S\t"))
        return json_decref(o), -1;
    return put_line(sb, "", o);
}

static int parse_summary(json_t *o, eg_summary *s) {
    memset(s, 0, sizeof *s);
#define GET(f)                                                                                     \
    {                                                                                              \
        json_t *v = json_object_get(o, #f);                                                        \
        if (v && !json_is_integer(v))                                                              \
            return -1;                                                                             \
        s->f = v ? (uint64_t)json_integer_value(v) : 0;                                            \
    }
    SUMMARY_FIELDS(GET)
#undef GET
    return 0;
}

size_t eg_record_key_len(const char *line, size_t len) {
    int fields;
    switch (len ? line[0] : 0) {
    case 'S':
        fields = 1;
        break;
    case 'E':
        fields = 2;
        break;
    case 'P':
        fields = 3;
        break;
    case 'R':
        fields = 6;
        break;
    default:
        return 0;
    }
    size_t i = 0;
    for (int f = 0; f < fields; f++) {
        const char *tab = memchr(line + i, '\t', len - i);
        if (!tab)
            return 0;
        i = (size_t)(tab - line) + 1;
    }
    return i;
}

/* ---- parsing ------------------------------------------------------------ */

static char *dup_field(const char *s, size_t n) {
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

static int strv_from_json(json_t *a, char ***v, size_t *n) {
    if (!json_is_array(a))
        return -1;
    size_t k = json_array_size(a);
    *v = k ? calloc(k, sizeof **v) : NULL;
    if (k && !*v)
        return -1;
    *n = 0;
    for (size_t i = 0; i < k; i++) {
        const char *s = json_string_value(json_array_get(a, i));
        if (!s || !((*v)[i] = strdup(s)))
            return -1;
        (*n)++;
    }
    return 0;
}

static int evidence_from_json(json_t *a, eg_evidence **ev, size_t *n) {
    if (!json_is_array(a))
        return -1;
    size_t k = json_array_size(a);
    *ev = k ? calloc(k, sizeof **ev) : NULL;
    if (k && !*ev)
        return -1;
    *n = 0;
    for (size_t i = 0; i < k; i++) {
        const char *art, *sent;
        json_int_t pos, as, ae, bs, be;
        if (json_unpack(json_array_get(a, i), "[s,I,s,I,I,I,I]", &art, &pos, &sent, &as, &ae, &bs,
                        &be) != 0)
            return -1;
        /* offsets inside the sentence, mentions of at most EG_EVIDENCE_SPAN_MAX bytes */
        json_int_t slen = (json_int_t)strlen(sent);
        if (pos < 0 || pos > UINT32_MAX || as < 0 || as > ae || ae > slen || bs < 0 || bs > be ||
            be > slen || ae - as > EG_EVIDENCE_SPAN_MAX || be - bs > EG_EVIDENCE_SPAN_MAX)
            return -1;
        eg_evidence *e = &(*ev)[i];
        e->article = strdup(art);
        e->sentence = strdup(sent);
        (*n)++;
        if (!e->article || !e->sentence)
            return -1;
        e->pos = (uint32_t)pos;
        e->a_start = (uint32_t)as;
        e->a_len = (uint16_t)(ae - as);
        e->b_start = (uint32_t)bs;
        e->b_len = (uint16_t)(be - bs);
    }
    return 0;
}

static const char *opt_string(json_t *o, const char *k) {
    return json_string_value(json_object_get(o, k));
}

static int parse_entity(json_t *o, eg_entrec *r) {
    const char *name, *type;
    int disc;
    json_int_t mentions, articles;
    json_t *attrs;
    if (json_unpack(o, "{s:s,s:s,s:b,s:I,s:I,s:o}", "name", &name, "type", &type, "discovered",
                    &disc, "mentions", &mentions, "articles", &articles, "attrs", &attrs) != 0 ||
        !json_is_object(attrs))
        return -1;
    r->name = strdup(name);
    r->type = strdup(type);
    if (!r->name || !r->type)
        return -1;
    r->discovered = disc;
    r->mentions = (uint64_t)mentions;
    r->articles = (uint64_t)articles;
    size_t k = json_object_size(attrs);
    if (k) {
        r->attrs = calloc(k, sizeof *r->attrs);
        if (!r->attrs)
            return -1;
        const char *an;
        json_t *av;
        json_object_foreach(attrs, an, av) {
            const char *s = json_string_value(av);
            if (!s)
                return -1;
            r->attrs[r->nattrs].name = strdup(an);
            r->attrs[r->nattrs].value = strdup(s);
            r->nattrs++;
            if (!r->attrs[r->nattrs - 1].name || !r->attrs[r->nattrs - 1].value)
                return -1;
        }
    }
    return 0;
}

static int parse_ids_ev(json_t *o, eg_idlist *ids, eg_evidence **ev, size_t *nev) {
    json_int_t articles;
    if (json_unpack(o, "{s:I}", "articles", &articles) != 0)
        return -1;
    ids->total = (uint64_t)articles;
    if (strv_from_json(json_object_get(o, "ids"), &ids->v, &ids->n) != 0)
        return -1;
    return evidence_from_json(json_object_get(o, "ev"), ev, nev);
}

static int parse_pair(json_t *o, eg_pairrec *r) {
    json_int_t weight;
    if (json_unpack(o, "{s:I}", "weight", &weight) != 0)
        return -1;
    r->weight = (uint64_t)weight;
    const char *f = opt_string(o, "first"), *l = opt_string(o, "last");
    if ((f && !(r->first_date = strdup(f))) || (l && !(r->last_date = strdup(l))))
        return -1;
    return parse_ids_ev(o, &r->ids, &r->ev, &r->nev);
}

static int parse_rel(json_t *o, eg_relrec *r) {
    json_int_t count;
    if (json_unpack(o, "{s:I}", "count", &count) != 0)
        return -1;
    r->count = (uint64_t)count;
    const char *cls = opt_string(o, "class");
    if (cls && !(r->cls = strdup(cls)))
        return -1;
    if (strv_from_json(json_object_get(o, "forms"), &r->forms.v, &r->forms.n) != 0 ||
        strv_from_json(json_object_get(o, "reporters"), &r->reporters.v, &r->reporters.n) != 0)
        return -1;
    return parse_ids_ev(o, &r->ids, &r->ev, &r->nev);
}

eg_status eg_record_parse(const char *line, size_t len, eg_anyrec *out, const char *source,
                          long lineno, eg_error *err) {
    memset(out, 0, sizeof *out);
    out->kind = EG_REC_ENTITY;
    size_t klen = eg_record_key_len(line, len);
    if (klen == 0)
        return eg_error_set(
            err, EG_ERR_DATA, source, lineno, 1,
            "not an entgraph record (expected E, P, R or S and tab-separated keys)");
    const char *fields[6];
    size_t flen[6];
    int nf = 0;
    size_t i = 2;
    while (i < klen) {
        const char *tab = memchr(line + i, '\t', klen - i);
        fields[nf] = line + i;
        flen[nf] = (size_t)(tab - (line + i));
        nf++;
        i = (size_t)(tab - line) + 1;
    }
    json_error_t jerr;
    int oom;
    json_t *o = eg_json_load(line + klen, len - klen, &jerr, &oom);
    if (oom)
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory reading records");
    if (!o || !json_is_object(o)) {
        json_decref(o);
        return eg_error_set(err, EG_ERR_DATA, source, lineno, (long)klen + jerr.column,
                            "bad record JSON: %s", o ? "not an object" : jerr.text);
    }
    int rc = -1;
    out->kind = (eg_rec_kind)line[0];
    if (out->kind == EG_REC_ENTITY) {
        out->u.ent.key = dup_field(fields[0], flen[0]);
        rc = out->u.ent.key ? parse_entity(o, &out->u.ent) : -1;
    } else if (out->kind == EG_REC_SUMMARY) {
        rc = parse_summary(o, &out->u.sum);
    } else if (out->kind == EG_REC_PAIR) {
        out->u.pair.a = dup_field(fields[0], flen[0]);
        out->u.pair.b = dup_field(fields[1], flen[1]);
        rc = out->u.pair.a && out->u.pair.b ? parse_pair(o, &out->u.pair) : -1;
    } else {
        eg_relrec *r = &out->u.rel;
        r->src = dup_field(fields[0], flen[0]);
        r->dst = dup_field(fields[1], flen[1]);
        r->verb = dup_field(fields[2], flen[2]);
        r->negated = flen[3] == 1 && fields[3][0] == '1';
        r->hedged = flen[4] == 1 && fields[4][0] == '1';
        rc = r->src && r->dst && r->verb ? parse_rel(o, r) : -1;
    }
    json_decref(o);
    if (rc != 0) {
        eg_anyrec_destroy(out);
        return eg_error_set(err, EG_ERR_DATA, source, lineno, (long)klen + 1,
                            "record fields missing or of the wrong type");
    }
    return EG_OK;
}
