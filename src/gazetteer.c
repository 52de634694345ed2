/* gazetteer: reads entity lists (TSV, spaCy JSONL, stoplist) into flat arrays
 * over one string arena, then builds the matching index: interned folded
 * tokens and a token trie kept as one open-addressing hash table of
 * (node, token) -> child. Nothing is allocated per name. */
#define _DEFAULT_SOURCE /* MAP_POPULATE, MADV_HUGEPAGE */
#include "gazetteer.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include "doc.h"
#include "jsonload.h"
#include "gaz_written.h"
#include "strbuf.h"
#include "tokenize.h"
#include "utf8.h"

#define NO_SRC UINT32_MAX
#define MAX_TYPES 64

typedef struct rawent {
    uint32_t name, type, key; /* offsets into g->str */
    uint32_t hash;            /* of the key */
    uint32_t src, line;       /* first definition: file name offset (or NO_SRC), line */
    uint32_t derived;         /* the key is "type:name" (no id was given) */
} rawent;

typedef struct rawform {
    uint32_t ent, str, flags;
} rawform;

typedef struct rawattr {
    uint32_t ent, name, value, src, line;
} rawattr;

/* A trie edge (parent, token) -> child; parent EG_GAZ_NONE when free. */
typedef struct edge {
    uint32_t parent, tok, child;
} edge;

/* What the accessors read once the gazetteer is finished: the load-time
 * fields (hashes, file and line of definitions, owning entity) are dropped. */
typedef struct fin_ent {
    uint32_t name, type, key;
} fin_ent;

typedef struct fin_attr {
    uint32_t name, value;
} fin_attr;

typedef struct tokinfo {
    uint32_t off, len, hash;
} tokinfo;

struct eg_gazetteer {
    eg_strbuf str; /* every loaded string, NUL-terminated */
    EG_VEC(rawent) ents;
    EG_VEC(rawform) forms;
    EG_VEC(rawattr) attrs; /* after finish: sorted by (entity, name), unique */
    EG_VEC(uint32_t) stops;
    uint32_t *keytab; /* key -> entity index + 1; freed at finish */
    size_t keycap;
    uint32_t types[MAX_TYPES]; /* distinct type strings seen, to share them */
    uint32_t typelen[MAX_TYPES];
    size_t ntypes;
    eg_strbuf tmp;
    int finished;
    uint64_t serial; /* eg_gazetteer_serial */

    /* the index */
    eg_strbuf tokstr;
    EG_VEC(tokinfo) toks;
    uint64_t *toktab; /* hash << 32 | (token id + 1); 0 when free */
    size_t toktabcap;
    edge *edges;
    size_t tcap, tused;
    uint32_t nnodes;
    uint32_t *node_begin; /* nnodes + 1 offsets into vars */
    uint8_t *node_stop;
    eg_gaz_variant *vars;
    size_t nvars;
    eg_strbuf xstr;       /* exact forms: tokens folded without case, ' '-joined, NUL-ended */
    uint32_t *attr_begin; /* count + 1 offsets into attrs */
    /* After finish, ents.v and attrs.v are freed (their n stay the counts)
     * and these hold the same rows, in the same order. */
    fin_ent *fent;
    fin_attr *fattr;
    uint32_t *cat; /* per entity: offset in str of its "category" value + 1, 0 = none */
};

#define S(g, off) ((g)->str.data + (off))

/* Non-zero when vec has room for one more element (growing it if needed):
 * EG_VEC_PUSH without the call and the zeroing, for rows filled at once. */
#define VEC_ROOM(vec) ((vec).n < (vec).cap || EG_VEC_RESERVE(vec, (vec).n + 1) == 0)

/* Asks for transparent huge pages on the 2 MiB-aligned part of a large table
 * about to be filled: one page fault per 2 MiB instead of 512 was a fifth of
 * the time spent loading 100,000 names. Only a hint; memory the table does not
 * reach stays untouched, as before, except in its last huge page. */
static void huge_hint(void *p, size_t n) {
#if defined(MADV_HUGEPAGE)
    /* The whole pages of the block, not just its huge-page-aligned middle:
     * a large block is a mapping of its own, and splitting it would stop
     * realloc from growing it in place with mremap. */
    const uintptr_t page = 4096;
    uintptr_t a = (uintptr_t)p & ~(page - 1), b = ((uintptr_t)p + n + page - 1) & ~(page - 1);
    if (p && n >= ((size_t)2 << 20))
        madvise((void *)a, (size_t)(b - a), MADV_HUGEPAGE);
#else
    (void)p;
    (void)n;
#endif
}

static uint64_t mix64(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

/* Eight bytes a step: hashing byte by byte was a tenth of loading. Only
 * table slots depend on it, never an output. */
static uint32_t hash_bytes(const char *s, size_t n) {
    uint64_t h = 0xcbf29ce484222325ULL ^ n;
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
        h ^= h >> 29;
    }
    uint64_t w = 0; /* the last 0-7 bytes, read as two overlapping halves */
    if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + n - 4, 4);
        w = (uint64_t)a << 32 | b;
    } else if (n) {
        w = (uint64_t)(unsigned char)s[0] << 16 | (uint64_t)(unsigned char)s[n / 2] << 8 |
            (unsigned char)s[n - 1];
    }
    return (uint32_t)mix64(h ^ w);
}

static int is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static void trim(const char **p, size_t *n) {
    while (*n && is_blank(**p)) {
        (*p)++;
        (*n)--;
    }
    while (*n && is_blank((*p)[*n - 1]))
        (*n)--;
}

static int str_add(eg_gazetteer *g, const char *s, size_t n, uint32_t *off) {
    if (g->str.len + n + 1 > UINT32_MAX)
        return -1;
    if (g->str.len + n + 2 > g->str.cap && eg_strbuf_reserve(&g->str, n + 1))
        return -1;
    *off = (uint32_t)g->str.len;
    char *d = g->str.data + g->str.len;
    if (n)
        memcpy(d, s, n);
    d[n] = '\0';
    d[n + 1] = '\0';
    g->str.len += n + 1;
    return 0;
}

static int streq_n(const char *c, const char *s, size_t n) {
    return strncmp(c, s, n) == 0 && c[n] == '\0';
}

eg_gazetteer *eg_gazetteer_new(void) {
    eg_gazetteer *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    eg_strbuf_init(&g->str);
    eg_strbuf_init(&g->tmp);
    eg_strbuf_init(&g->tokstr);
    eg_strbuf_init(&g->xstr);
    g->nnodes = 1;
    return g;
}

void eg_gazetteer_free(eg_gazetteer *g) {
    if (!g)
        return;
    eg_strbuf_destroy(&g->str);
    eg_strbuf_destroy(&g->tmp);
    eg_strbuf_destroy(&g->tokstr);
    free(g->ents.v);
    free(g->forms.v);
    free(g->attrs.v);
    free(g->fent);
    free(g->fattr);
    free(g->stops.v);
    free(g->keytab);
    free(g->toks.v);
    free(g->toktab);
    free(g->edges);
    free(g->node_begin);
    free(g->node_stop);
    free(g->vars);
    eg_strbuf_destroy(&g->xstr);
    free(g->attr_begin);
    free(g->cat);
    free(g);
}

/* ---- entities, forms, attributes ---------------------------------------- */

static long key_lookup(const eg_gazetteer *g, const char *k, size_t n, uint32_t h) {
    if (!g->keycap)
        return -1;
    size_t mask = g->keycap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t s = g->keytab[i];
        if (!s)
            return -1;
        const rawent *e = &g->ents.v[s - 1];
        if (e->hash == h && streq_n(S(g, e->key), k, n))
            return (long)(s - 1);
    }
}

static void key_place(uint32_t *tab, size_t cap, uint32_t h, uint32_t idx) {
    size_t mask = cap - 1, i = h & mask;
    while (tab[i])
        i = (i + 1) & mask;
    tab[i] = idx + 1;
}

/* Puts entity idx (the last one pushed) into the key table. */
static int key_insert(eg_gazetteer *g, uint32_t idx) {
    if (g->ents.n * 2 > g->keycap) {
        size_t cap = g->keycap ? g->keycap * 2 : 1024;
        while (g->ents.n * 2 > cap)
            cap *= 2;
        uint32_t *t = calloc(cap, sizeof *t);
        if (!t)
            return -1;
        for (size_t j = 0; j < g->ents.n; j++)
            key_place(t, cap, g->ents.v[j].hash, (uint32_t)j);
        free(g->keytab);
        g->keytab = t;
        g->keycap = cap;
        return 0;
    }
    key_place(g->keytab, g->keycap, g->ents.v[idx].hash, idx);
    return 0;
}

static int type_intern(eg_gazetteer *g, const char *t, size_t n, uint32_t *off) {
    for (size_t i = 0; i < g->ntypes; i++) {
        if (g->typelen[i] == n && memcmp(S(g, g->types[i]), t, n) == 0) {
            *off = g->types[i];
            return 0;
        }
    }
    if (str_add(g, t, n, off))
        return -1;
    if (g->ntypes < MAX_TYPES) {
        g->typelen[g->ntypes] = (uint32_t)n;
        g->types[g->ntypes++] = *off;
    }
    return 0;
}

typedef struct where {
    const char *path; /* file name for messages, or NULL */
    uint32_t src;     /* its offset in g->str, or NO_SRC */
    long line;
} where;

/* Finds or adds the entity with `key` (NULL: "type:name"). With same_name, an
 * existing key must have the same name; the type must always agree. */
static eg_status ent_get(eg_gazetteer *g, const char *name, size_t nlen, const char *type,
                         size_t tlen, const char *key, size_t klen, int same_name, where w,
                         long col, uint32_t *out, int *created, eg_error *err) {
    int derived = !key;
    if (derived) {
        eg_strbuf_clear(&g->tmp);
        if (eg_strbuf_append(&g->tmp, type, tlen) || eg_strbuf_putc(&g->tmp, ':') ||
            eg_strbuf_append(&g->tmp, name, nlen))
            return eg_error_set(err, EG_ERR_NOMEM, w.path, w.line, 0, "out of memory");
        key = g->tmp.data;
        klen = g->tmp.len;
    }
    uint32_t h = hash_bytes(key, klen);
    long found = key_lookup(g, key, klen, h);
    if (found >= 0) {
        const rawent *e = &g->ents.v[found];
        if ((same_name && !streq_n(S(g, e->name), name, nlen)) ||
            !streq_n(S(g, e->type), type, tlen)) {
            char first[600];
            if (e->src != NO_SRC)
                snprintf(first, sizeof first, " at %s:%lu", S(g, e->src), (unsigned long)e->line);
            else
                first[0] = '\0';
            return eg_error_set(err, EG_ERR_CONFIG, w.path, w.line, col,
                                "duplicate id \"%.*s\": %.*s \"%.*s\" here, but %s \"%s\"%s",
                                (int)klen, key, (int)tlen, type, (int)nlen, name, S(g, e->type),
                                S(g, e->name), first);
        }
        *out = (uint32_t)found;
        *created = 0;
        return EG_OK;
    }
    if (g->ents.n >= UINT32_MAX - 1)
        return eg_error_set(err, EG_ERR_NOMEM, w.path, w.line, 0, "too many entities");
    rawent e;
    e.hash = h;
    e.derived = (uint32_t)derived;
    e.src = w.src;
    e.line = (uint32_t)w.line;
    /* a derived key "type:name" holds the name too */
    if (str_add(g, key, klen, &e.key) ||
        (derived ? (e.name = e.key + (uint32_t)tlen + 1, 0) : str_add(g, name, nlen, &e.name)) ||
        type_intern(g, type, tlen, &e.type))
        return eg_error_set(err, EG_ERR_NOMEM, w.path, w.line, 0, "out of memory");
    if (!VEC_ROOM(g->ents))
        return eg_error_set(err, EG_ERR_NOMEM, w.path, w.line, 0, "out of memory");
    g->ents.v[g->ents.n++] = e;
    if (key_insert(g, (uint32_t)(g->ents.n - 1))) {
        g->ents.n--;
        return eg_error_set(err, EG_ERR_NOMEM, w.path, w.line, 0, "out of memory");
    }
    *out = (uint32_t)(g->ents.n - 1);
    *created = 1;
    return EG_OK;
}

/* A form's flag while loading: a written variant of a listed form
 * (gaz_written), dropped where another entity lists the same form. */
#define FORM_WRITTEN (1u << 31)

static int form_push(eg_gazetteer *g, uint32_t ent, uint32_t off, uint32_t flags) {
    if (!VEC_ROOM(g->forms))
        return -1;
    rawform *f = &g->forms.v[g->forms.n++];
    f->ent = ent;
    f->str = off;
    f->flags = flags;
    return 0;
}

typedef struct written_ctx {
    eg_gazetteer *g;
    uint32_t ent;
} written_ctx;

static int written_add(void *ctx, const char *s, size_t n) {
    written_ctx *w = ctx;
    uint32_t off;
    return str_add(w->g, s, n, &off) || form_push(w->g, w->ent, off, FORM_WRITTEN) ? -1 : 0;
}

/* Adds the form at off and its written variants (not for demonyms). */
static int form_add_off(eg_gazetteer *g, uint32_t ent, uint32_t off, uint32_t flags) {
    if (form_push(g, ent, off, flags))
        return -1;
    if (flags & EG_GAZ_DEMONYM)
        return 0;
    const char *s = S(g, off);
    if (!memchr(s, ' ', strlen(s)))
        return 0;
    written_ctx w = {g, ent};
    return eg_gaz_written_forms(s, strlen(s), written_add, &w);
}

static int form_add(eg_gazetteer *g, uint32_t ent, const char *s, size_t n, uint32_t flags) {
    trim(&s, &n);
    if (!n)
        return 0;
    uint32_t off;
    if (str_add(g, s, n, &off))
        return -1;
    return form_add_off(g, ent, off, flags);
}

/* Adds the '|'-separated forms in s[0..n). */
static int form_add_list(eg_gazetteer *g, uint32_t ent, const char *s, size_t n, uint32_t flags) {
    const char *end = s + n;
    for (;;) {
        const char *bar = memchr(s, '|', (size_t)(end - s));
        const char *stop = bar ? bar : end;
        if (form_add(g, ent, s, (size_t)(stop - s), flags))
            return -1;
        if (!bar)
            return 0;
        s = bar + 1;
    }
}

static int attr_add(eg_gazetteer *g, uint32_t ent, uint32_t name, const char *v, size_t n,
                    where w) {
    rawattr a;
    a.ent = ent;
    a.name = name;
    a.src = w.src;
    a.line = (uint32_t)w.line;
    if (str_add(g, v, n, &a.value))
        return -1;
    if (!VEC_ROOM(g->attrs))
        return -1;
    g->attrs.v[g->attrs.n++] = a;
    return 0;
}

static int valid_utf8(const char *s) {
    size_t n = strlen(s);
    return eg_utf8_first_invalid(s, n) == n;
}

eg_status eg_gazetteer_add(eg_gazetteer *g, const char *name, const char *type, const char *key,
                           const char *const *aliases, size_t naliases, const char *const *demonyms,
                           size_t ndemonyms, eg_error *err) {
    if (g->finished)
        return eg_error_set(err, EG_ERR_USAGE, NULL, 0, 0, "gazetteer already finished");
    if (!name || !type)
        return eg_error_set(err, EG_ERR_USAGE, NULL, 0, 0, "entity needs a name and a type");
    size_t nlen = strlen(name), tlen = strlen(type);
    trim(&name, &nlen);
    trim(&type, &tlen);
    if (!nlen || !tlen)
        return eg_error_set(err, EG_ERR_CONFIG, NULL, 0, 0, "empty name or type");
    int ok = valid_utf8(name) && valid_utf8(type) && (!key || valid_utf8(key));
    for (size_t i = 0; ok && i < naliases; i++)
        ok = !aliases[i] || valid_utf8(aliases[i]);
    for (size_t i = 0; ok && i < ndemonyms; i++)
        ok = !demonyms[i] || valid_utf8(demonyms[i]);
    if (!ok)
        return eg_error_set(err, EG_ERR_CONFIG, NULL, 0, 0, "invalid UTF-8 in entity \"%s\"", name);
    where w = {NULL, NO_SRC, 0};
    uint32_t ent;
    int created;
    size_t klen = key ? strlen(key) : 0;
    if (key && !klen)
        key = NULL;
    eg_status st = ent_get(g, name, nlen, type, tlen, key, klen, 1, w, 0, &ent, &created, err);
    if (st != EG_OK)
        return st;
    if (created && form_add_off(g, ent, g->ents.v[ent].name, 0))
        goto nomem;
    for (size_t i = 0; i < naliases; i++)
        if (aliases[i] && form_add(g, ent, aliases[i], strlen(aliases[i]), 0))
            goto nomem;
    for (size_t i = 0; i < ndemonyms; i++)
        if (demonyms[i] && form_add(g, ent, demonyms[i], strlen(demonyms[i]), EG_GAZ_DEMONYM))
            goto nomem;
    return EG_OK;
nomem:
    return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
}

eg_status eg_gazetteer_add_attr(eg_gazetteer *g, const char *key, const char *name,
                                const char *value, eg_error *err) {
    if (g->finished)
        return eg_error_set(err, EG_ERR_USAGE, NULL, 0, 0, "gazetteer already finished");
    if (!key || !name || !value || !*name)
        return eg_error_set(err, EG_ERR_USAGE, NULL, 0, 0, "attribute needs key, name, value");
    size_t klen = strlen(key);
    long e = key_lookup(g, key, klen, hash_bytes(key, klen));
    if (e < 0)
        return eg_error_set(err, EG_ERR_USAGE, NULL, 0, 0, "no entity with id \"%s\"", key);
    if (!*value)
        return EG_OK;
    uint32_t noff;
    where w = {NULL, NO_SRC, 0};
    if (str_add(g, name, strlen(name), &noff) ||
        attr_add(g, (uint32_t)e, noff, value, strlen(value), w))
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    return EG_OK;
}

eg_status eg_gazetteer_add_stop(eg_gazetteer *g, const char *form, eg_error *err) {
    if (g->finished)
        return eg_error_set(err, EG_ERR_USAGE, NULL, 0, 0, "gazetteer already finished");
    if (!form)
        return eg_error_set(err, EG_ERR_USAGE, NULL, 0, 0, "no stop form");
    size_t n = strlen(form);
    trim(&form, &n);
    if (!n)
        return EG_OK;
    uint32_t off;
    uint32_t *slot;
    if (str_add(g, form, n, &off) || !(slot = EG_VEC_PUSH(g->stops)))
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    *slot = off;
    return EG_OK;
}

/* ---- file loading -------------------------------------------------------- */

/* A line iterator over a file buffer (line ends and CRs dropped). */
typedef struct lines {
    const char *p, *end;
    long no;
} lines;

static void lines_init(lines *l, const char *buf, size_t len) {
    l->p = buf;
    l->end = buf + len;
    l->no = 0;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
        l->p += 3;
}

/* Returns 0 at the end, else sets the line and its length. */
static int lines_next(lines *l, const char **line, size_t *n) {
    if (l->p >= l->end)
        return 0;
    const char *q = memchr(l->p, '\n', (size_t)(l->end - l->p));
    const char *le = q ? q : l->end;
    *line = l->p;
    *n = (size_t)(le - l->p);
    if (*n && (*line)[*n - 1] == '\r')
        (*n)--;
    l->p = q ? q + 1 : l->end;
    l->no++;
    return 1;
}

/* Comment or blank line. */
static int skip_line(const char *s, size_t n) {
    if (n && s[0] == '#')
        return 1;
    for (size_t i = 0; i < n; i++)
        if (!is_blank(s[i]))
            return 0;
    return 1;
}

/* A line must be valid UTF-8 without NUL bytes: a NUL would cut a name or
 * key short and silently merge two entities. */
static eg_status check_utf8(const char *s, size_t n, where w, eg_error *err) {
    const char *nul = memchr(s, '\0', n);
    if (nul)
        return eg_error_set(err, EG_ERR_CONFIG, w.path, w.line, (long)(nul - s) + 1,
                            "NUL byte in a gazetteer line");
    size_t bad = eg_utf8_first_invalid(s, n);
    if (bad < n)
        return eg_error_set(err, EG_ERR_CONFIG, w.path, w.line, (long)bad + 1, "invalid UTF-8");
    return EG_OK;
}

static const char *base_name(const char *path) {
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* The type implied by a file name: its stem, with the bundled plurals mapped. */
static void type_from_file(const char *path, const char **t, size_t *n) {
    const char *b = base_name(path);
    const char *dot = strrchr(b, '.');
    size_t len = dot ? (size_t)(dot - b) : strlen(b);
    static const char *const map[][2] = {
        {"people", "person"},
        {"organisations", "organisation"},
        {"organizations", "organisation"},
        {"agencies", "agency"},
        {"countries", "country"},
        {"locations", "location"},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
        if (strlen(map[i][0]) == len && memcmp(map[i][0], b, len) == 0) {
            *t = map[i][1];
            *n = strlen(map[i][1]);
            return;
        }
    }
    *t = b;
    *n = len;
}

#define TYPE_LIST "person, organisation, agency, country, location"

/* The canonical spelling of entity type t[0..n), or NULL when it is not one
 * the tool knows ("organization" is accepted for organisation). */
static const char *known_type(const char *t, size_t n) {
    static const char *const types[] = {"person", "organisation", "agency", "country", "location"};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (strlen(types[i]) == n && memcmp(types[i], t, n) == 0)
            return types[i];
    if (n == 12 && memcmp(t, "organization", 12) == 0)
        return "organisation";
    return NULL;
}

/* Warns that type t[0..n) is unknown, suggesting a known type that differs
 * from it only in case. */
static void warn_type(eg_diag *diag, const char *path, long line, long col, const char *t, size_t n,
                      const char *what) {
    char lower[16];
    const char *hint = NULL;
    if (n < sizeof lower) {
        for (size_t i = 0; i < n; i++)
            lower[i] = (t[i] >= 'A' && t[i] <= 'Z') ? (char)(t[i] - 'A' + 'a') : t[i];
        hint = known_type(lower, n);
    }
    eg_warn(diag, path, line, col, "unknown type \"%.*s\" (the types are " TYPE_LIST "%s%s%s); %s",
            (int)n, t, hint ? "; did you mean \"" : "", hint ? hint : "", hint ? "\"?" : "", what);
}

/* Rows of one file by name, to report a name listed twice. */
typedef struct nameslot {
    uint32_t hash, ent, line; /* ent UINT32_MAX: free */
} nameslot;

enum { COL_NAME, COL_TYPE, COL_ID, COL_ALIASES, COL_DEMONYMS, COL_ATTR };

typedef struct cell {
    const char *p;
    size_t n;
    long col; /* 1-based byte column of the cell's first byte */
} cell;

static size_t split_tabs(const char *s, size_t n, cell *cells, size_t max) {
    size_t k = 0;
    const char *p = s, *end = s + n;
    for (;;) {
        const char *tab = memchr(p, '\t', (size_t)(end - p));
        const char *stop = tab ? tab : end;
        if (k < max) {
            cells[k].p = p;
            cells[k].n = (size_t)(stop - p);
            cells[k].col = (long)(p - s) + 1;
            trim(&cells[k].p, &cells[k].n);
        }
        k++;
        if (!tab)
            break;
        p = tab + 1;
    }
    return k;
}

static eg_status load_tsv(eg_gazetteer *g, where w, const char *buf, size_t len, eg_diag *diag,
                          eg_error *err) {
    eg_status st = EG_OK;
    cell *cells = NULL;
    nameslot *names = NULL;
    size_t namecap = 16, nrows = 0;
    long header_line = 0;
    int warned_type = 0;
    int *role = NULL;
    uint32_t *attr_name = NULL;
    size_t ncols = 0;
    long col_of[COL_ATTR];
    for (int i = 0; i < COL_ATTR; i++)
        col_of[i] = -1;
    const char *dtype;
    size_t dtlen;
    type_from_file(w.path, &dtype, &dtlen);
    const char *dtype_known = known_type(dtype, dtlen);
    if (dtype_known) {
        dtype = dtype_known;
        dtlen = strlen(dtype);
    }

    /* Room for the whole file at once: growing by doubling copied the
     * arrays and the string arena several times over for large lists. */
    size_t rows = 1;
    for (const char *p = buf; p && (p = memchr(p, '\n', len - (size_t)(p - buf))) != NULL; p++)
        rows++;
    if (eg_strbuf_reserve(&g->str, len) || EG_VEC_RESERVE(g->ents, g->ents.n + rows) ||
        EG_VEC_RESERVE(g->forms, g->forms.n + 2 * rows) ||
        EG_VEC_RESERVE(g->attrs, g->attrs.n + 2 * rows))
        return eg_error_set(err, EG_ERR_NOMEM, w.path, 0, 0, "out of memory");
    huge_hint(g->str.data, g->str.cap);
    huge_hint(g->ents.v, g->ents.cap * sizeof *g->ents.v);
    huge_hint(g->forms.v, g->forms.cap * sizeof *g->forms.v);
    huge_hint(g->attrs.v, g->attrs.cap * sizeof *g->attrs.v);
    while (namecap < 2 * rows)
        namecap *= 2;
    names = malloc(namecap * sizeof *names);
    if (!names)
        return eg_error_set(err, EG_ERR_NOMEM, w.path, 0, 0, "out of memory");
    for (size_t i = 0; i < namecap; i++)
        names[i].ent = UINT32_MAX;

    /* A file valid as a whole has valid lines (they split at '\n'); only
     * otherwise is each line checked, to name the first bad one. */
    int clean = !memchr(buf, '\0', len) && eg_utf8_first_invalid(buf, len) == len;
    lines l;
    lines_init(&l, buf, len);
    const char *line;
    size_t n;
    while (lines_next(&l, &line, &n)) {
        w.line = l.no;
        if (skip_line(line, n))
            continue;
        if (!clean && (st = check_utf8(line, n, w, err)) != EG_OK)
            goto fail;
        size_t k = split_tabs(line, n, cells, ncols);
        if (!cells) {
            ncols = k;
            cells = malloc(ncols * sizeof *cells);
            role = malloc(ncols * sizeof *role);
            attr_name = malloc(ncols * sizeof *attr_name);
            if (!cells || !role || !attr_name)
                goto nomem;
            split_tabs(line, n, cells, ncols);
            static const char *const known[] = {"name", "type", "id", "aliases", "demonyms"};
            for (size_t c = 0; c < ncols; c++) {
                if (!cells[c].n) {
                    st = eg_error_set(err, EG_ERR_CONFIG, w.path, w.line, cells[c].col,
                                      "empty column name in header");
                    goto fail;
                }
                for (size_t d = 0; d < c; d++) {
                    if (cells[d].n == cells[c].n && !memcmp(cells[d].p, cells[c].p, cells[c].n)) {
                        st = eg_error_set(err, EG_ERR_CONFIG, w.path, w.line, cells[c].col,
                                          "column \"%.*s\" appears twice", (int)cells[c].n,
                                          cells[c].p);
                        goto fail;
                    }
                }
                role[c] = COL_ATTR;
                for (int r = 0; r < COL_ATTR; r++) {
                    if (strlen(known[r]) == cells[c].n &&
                        !memcmp(known[r], cells[c].p, cells[c].n)) {
                        role[c] = r;
                        col_of[r] = (long)c;
                    }
                }
                if (role[c] == COL_ATTR && str_add(g, cells[c].p, cells[c].n, &attr_name[c]))
                    goto nomem;
            }
            if (col_of[COL_NAME] < 0) {
                st = eg_error_set(err, EG_ERR_CONFIG, w.path, w.line, 0,
                                  "no \"name\" column in the header");
                goto fail;
            }
            header_line = w.line;
            continue;
        }
        if (k != ncols) {
            st = eg_error_set(err, EG_ERR_CONFIG, w.path, w.line, 0,
                              "%zu cells, but the header has %zu columns", k, ncols);
            goto fail;
        }
        nrows++;
        const cell *name = &cells[col_of[COL_NAME]];
        if (!name->n) {
            st = eg_error_set(err, EG_ERR_CONFIG, w.path, w.line, name->col, "empty name");
            goto fail;
        }
        const char *type = dtype;
        size_t tlen = dtlen;
        if (col_of[COL_TYPE] >= 0 && cells[col_of[COL_TYPE]].n) {
            const cell *tc = &cells[col_of[COL_TYPE]];
            type = known_type(tc->p, tc->n);
            if (!type) {
                warn_type(diag, w.path, w.line, tc->col, tc->p, tc->n, "row skipped");
                continue;
            }
            tlen = strlen(type);
        } else if (!dtype_known) {
            if (!warned_type)
                warn_type(diag, w.path, w.line, 0, dtype, dtlen,
                          "it comes from the file name, and the rows that give no type are "
                          "skipped");
            warned_type = 1;
            continue;
        }
        const char *key = NULL;
        size_t klen = 0;
        long kcol = name->col;
        if (col_of[COL_ID] >= 0 && cells[col_of[COL_ID]].n) {
            key = cells[col_of[COL_ID]].p;
            klen = cells[col_of[COL_ID]].n;
            kcol = cells[col_of[COL_ID]].col;
        }
        uint32_t ent;
        int created;
        st = ent_get(g, name->p, name->n, type, tlen, key, klen, 1, w, kcol, &ent, &created, err);
        if (st != EG_OK)
            goto fail;
        if (created && form_add_off(g, ent, g->ents.v[ent].name, 0))
            goto nomem;
        uint32_t nh = hash_bytes(name->p, name->n);
        for (size_t i = nh & (namecap - 1);; i = (i + 1) & (namecap - 1)) {
            nameslot *ns = &names[i];
            if (ns->ent == UINT32_MAX) {
                ns->hash = nh;
                ns->ent = ent;
                ns->line = (uint32_t)w.line;
                break;
            }
            const rawent *first = &g->ents.v[ns->ent];
            if (ns->hash == nh && streq_n(S(g, first->name), name->p, name->n)) {
                if (ns->ent == ent)
                    eg_warn(diag, w.path, w.line, name->col,
                            "name \"%.*s\" repeats %s:%lu; the rows are merged", (int)name->n,
                            name->p, w.path, (unsigned long)ns->line);
                else
                    eg_warn(diag, w.path, w.line, name->col,
                            "name \"%.*s\" repeats %s:%lu (%s \"%s\"); kept as a separate %s "
                            "\"%s\"",
                            (int)name->n, name->p, w.path, (unsigned long)ns->line,
                            S(g, first->type), S(g, first->key), S(g, g->ents.v[ent].type),
                            S(g, g->ents.v[ent].key));
                break;
            }
        }
        for (size_t c = 0; c < ncols; c++) {
            if (!cells[c].n)
                continue;
            int r = 0;
            if (role[c] == COL_ALIASES)
                r = form_add_list(g, ent, cells[c].p, cells[c].n, 0);
            else if (role[c] == COL_DEMONYMS)
                r = form_add_list(g, ent, cells[c].p, cells[c].n, EG_GAZ_DEMONYM);
            else if (role[c] == COL_ATTR)
                r = attr_add(g, ent, attr_name[c], cells[c].p, cells[c].n, w);
            if (r)
                goto nomem;
        }
    }
    if (!nrows)
        eg_warn(diag, w.path, header_line, 0,
                header_line ? "no entities after the header row" : "empty list: no header row");
    goto fail;
nomem:
    st = eg_error_set(err, EG_ERR_NOMEM, w.path, w.line, 0, "out of memory");
fail:
    free(names);
    free(cells);
    free(role);
    free(attr_name);
    return st;
}

/* The entity type of a spaCy label (PERSON, ORG, GPE, LOC, or a type name
 * itself such as "agency"), or NULL. */
static const char *label_type(const char *label, size_t n) {
    static const char *const map[][2] = {
        {"PERSON", "person"}, {"PER", "person"},   {"ORG", "organisation"},
        {"GPE", "country"},   {"LOC", "location"},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strlen(map[i][0]) == n && memcmp(map[i][0], label, n) == 0)
            return map[i][1];
    return known_type(label, n);
}

static eg_status load_jsonl(eg_gazetteer *g, where w, const char *buf, size_t len, eg_diag *diag,
                            eg_error *err) {
    eg_status st = EG_OK;
    json_t *o = NULL;
    size_t nrows = 0;
    lines l;
    lines_init(&l, buf, len);
    const char *line;
    size_t n;
    while (lines_next(&l, &line, &n)) {
        w.line = l.no;
        if (skip_line(line, n))
            continue;
        json_error_t je;
        int oom;
        o = eg_json_load(line, n, &je, &oom);
        if (oom) {
            st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory reading %s", w.path);
            goto fail;
        }
        if (!o) {
            st = eg_error_set(err, EG_ERR_CONFIG, w.path, w.line, je.column > 0 ? je.column : 0,
                              "invalid JSON: %s", je.text);
            goto fail;
        }
        if (!json_is_object(o)) {
            st = eg_error_set(err, EG_ERR_CONFIG, w.path, w.line, 0, "not a JSON object");
            goto fail;
        }
        json_t *label = json_object_get(o, "label");
        json_t *pattern = json_object_get(o, "pattern");
        json_t *id = json_object_get(o, "id");
        if (!json_is_string(label) || !json_string_length(label)) {
            st = eg_error_set(err, EG_ERR_CONFIG, w.path, w.line, 0,
                              "\"label\" must be a non-empty string");
            goto fail;
        }
        nrows++;
        if (json_is_array(pattern)) {
            eg_warn(diag, w.path, w.line, 0, "token-list patterns are unsupported; skipped");
            json_decref(o);
            o = NULL;
            continue;
        }
        if (!json_is_string(pattern)) {
            st =
                eg_error_set(err, EG_ERR_CONFIG, w.path, w.line, 0, "\"pattern\" must be a string");
            goto fail;
        }
        if (id && !json_is_null(id) && !json_is_string(id)) {
            st = eg_error_set(err, EG_ERR_CONFIG, w.path, w.line, 0, "\"id\" must be a string");
            goto fail;
        }
        const char *pat = json_string_value(pattern);
        size_t plen = json_string_length(pattern);
        trim(&pat, &plen);
        if (!plen || memchr(pat, '\0', plen)) {
            st = eg_error_set(err, EG_ERR_CONFIG, w.path, w.line, 0,
                              plen ? "pattern contains NUL" : "empty pattern");
            goto fail;
        }
        const char *type = label_type(json_string_value(label), json_string_length(label));
        if (!type) {
            eg_warn(
                diag, w.path, w.line, 0,
                "unknown label \"%s\" (the labels are PERSON, ORG, GPE, LOC or a type: " TYPE_LIST
                "); skipped",
                json_string_value(label));
            json_decref(o);
            o = NULL;
            continue;
        }
        const char *key = NULL;
        size_t klen = 0;
        if (json_is_string(id) && json_string_length(id)) {
            key = json_string_value(id);
            klen = json_string_length(id);
        }
        uint32_t ent;
        int created;
        st = ent_get(g, pat, plen, type, strlen(type), key, klen, 0, w, 0, &ent, &created, err);
        if (st != EG_OK)
            goto fail;
        if (created ? form_add_off(g, ent, g->ents.v[ent].name, 0) : form_add(g, ent, pat, plen, 0))
            goto nomem;
        json_decref(o);
        o = NULL;
    }
    if (!nrows)
        eg_warn(diag, w.path, 0, 0, "empty list: no patterns");
    goto fail;
nomem:
    st = eg_error_set(err, EG_ERR_NOMEM, w.path, w.line, 0, "out of memory");
fail:
    json_decref(o);
    return st;
}

static eg_status load_stoplist(eg_gazetteer *g, where w, const char *buf, size_t len, eg_diag *diag,
                               eg_error *err) {
    size_t n0 = g->stops.n;
    lines l;
    lines_init(&l, buf, len);
    const char *line;
    size_t n;
    while (lines_next(&l, &line, &n)) {
        w.line = l.no;
        if (skip_line(line, n))
            continue;
        eg_status st = check_utf8(line, n, w, err);
        if (st != EG_OK)
            return st;
        trim(&line, &n);
        uint32_t off;
        uint32_t *slot;
        if (str_add(g, line, n, &off) || !(slot = EG_VEC_PUSH(g->stops)))
            return eg_error_set(err, EG_ERR_NOMEM, w.path, w.line, 0, "out of memory");
        *slot = off;
    }
    if (g->stops.n == n0)
        eg_warn(diag, w.path, 0, 0, "empty stoplist");
    return EG_OK;
}

static eg_status read_file(const char *path, eg_strbuf *out, eg_error *err) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return eg_error_set(err, EG_ERR_IO, path, 0, 0, "cannot open: %s", strerror(errno));
    eg_status st = EG_OK;
    struct stat sb;
    if (fstat(fileno(f), &sb) == 0 && sb.st_size > 0 && (uintmax_t)sb.st_size < SIZE_MAX / 2 &&
        eg_strbuf_reserve(out, (size_t)sb.st_size + 1)) {
        fclose(f);
        return eg_error_set(err, EG_ERR_NOMEM, path, 0, 0, "out of memory");
    }
    for (;;) {
        if (out->cap - out->len <= 1) {
            int c = fgetc(f);
            if (c == EOF) {
                if (ferror(f))
                    st =
                        eg_error_set(err, EG_ERR_IO, path, 0, 0, "read error: %s", strerror(errno));
                break;
            }
            if (eg_strbuf_reserve(out, 65536)) {
                st = eg_error_set(err, EG_ERR_NOMEM, path, 0, 0, "out of memory");
                break;
            }
            out->data[out->len++] = (char)c;
        }
        size_t got = fread(out->data + out->len, 1, out->cap - out->len - 1, f);
        out->len += got;
        out->data[out->len] = '\0';
        if (got == 0) {
            if (ferror(f))
                st = eg_error_set(err, EG_ERR_IO, path, 0, 0, "read error: %s", strerror(errno));
            break;
        }
    }
    fclose(f);
    return st;
}

static int has_suffix(const char *s, const char *suf) {
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

/* Maps a regular, non-empty file read-only; NULL when it cannot be mapped
 * (the caller then reads it). Mapping the large lists spares copying them
 * and faulting in as many fresh pages. */
static const char *map_file(const char *path, size_t *len) {
#if defined(MAP_POPULATE)
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct stat sb;
    void *p = MAP_FAILED;
    if (fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0 &&
        (uintmax_t)sb.st_size < SIZE_MAX / 2 && (uintmax_t)sb.st_size < UINT32_MAX) {
        *len = (size_t)sb.st_size;
        p = mmap(NULL, *len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fileno(f), 0);
    }
    fclose(f);
    return p == MAP_FAILED ? NULL : p;
#else
    (void)path;
    (void)len;
    return NULL;
#endif
}

static eg_status load_file(eg_gazetteer *g, const char *path, eg_diag *diag, eg_error *err) {
    eg_strbuf buf;
    eg_strbuf_init(&buf);
    eg_status st = EG_OK;
    int tsv = !has_suffix(path, ".jsonl") && !has_suffix(path, ".txt");
    size_t len = 0;
    const char *mapped = tsv ? map_file(path, &len) : NULL;
    if (!mapped) {
        if ((st = read_file(path, &buf, err)) != EG_OK)
            goto fail;
        len = buf.len;
    }
    where w = {path, NO_SRC, 0};
    if (str_add(g, path, strlen(path), &w.src)) {
        st = eg_error_set(err, EG_ERR_NOMEM, path, 0, 0, "out of memory");
        goto fail;
    }
    /* the strings of a file take about as many bytes as the file */
    if (eg_strbuf_reserve(&g->str, len + len / 4)) {
        st = eg_error_set(err, EG_ERR_NOMEM, path, 0, 0, "out of memory");
        goto fail;
    }
    const char *data = mapped ? mapped : buf.data ? buf.data : "";
    if (has_suffix(path, ".jsonl"))
        st = load_jsonl(g, w, data, len, diag, err);
    else if (has_suffix(path, ".txt"))
        st = load_stoplist(g, w, data, len, diag, err);
    else
        st = load_tsv(g, w, data, len, diag, err);
fail:
    if (mapped)
        munmap((void *)(uintptr_t)mapped, len);
    eg_strbuf_destroy(&buf);
    return st;
}

static int cmp_str_ptr(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int wanted_file(const char *name) {
    if (name[0] == '.')
        return 0;
    return has_suffix(name, ".tsv") || has_suffix(name, ".jsonl") ||
           strcmp(name, "stoplist.txt") == 0;
}

eg_status eg_gazetteer_load(eg_gazetteer *g, const char *path, eg_diag *diag, eg_error *err) {
    if (g->finished)
        return eg_error_set(err, EG_ERR_USAGE, path, 0, 0, "gazetteer already finished");
    struct stat sb;
    if (stat(path, &sb) != 0)
        return eg_error_set(err, EG_ERR_IO, path, 0, 0, "cannot open: %s", strerror(errno));
    if (!S_ISDIR(sb.st_mode))
        return load_file(g, path, diag, err);

    eg_status st = EG_OK;
    char **names = NULL;
    size_t nnames = 0, cap = 0;
    eg_strbuf full;
    eg_strbuf_init(&full);
    DIR *d = opendir(path);
    if (!d)
        return eg_error_set(err, EG_ERR_IO, path, 0, 0, "cannot open folder: %s", strerror(errno));
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (!wanted_file(de->d_name))
            continue;
        if (nnames == cap) {
            size_t nc = cap ? cap * 2 : 16;
            char **p = realloc(names, nc * sizeof *p);
            if (!p)
                goto nomem;
            names = p;
            cap = nc;
        }
        if (!(names[nnames] = strdup(de->d_name)))
            goto nomem;
        nnames++;
    }
    if (nnames)
        qsort(names, nnames, sizeof *names, cmp_str_ptr);
    for (size_t i = 0; i < nnames && st == EG_OK; i++) {
        eg_strbuf_clear(&full);
        if (eg_strbuf_puts(&full, path) || (!has_suffix(path, "/") && eg_strbuf_putc(&full, '/')) ||
            eg_strbuf_puts(&full, names[i]))
            goto nomem;
        if (stat(full.data, &sb) != 0 || !S_ISREG(sb.st_mode))
            continue;
        st = load_file(g, full.data, diag, err);
    }
    goto fail;
nomem:
    st = eg_error_set(err, EG_ERR_NOMEM, path, 0, 0, "out of memory");
fail:
    closedir(d);
    for (size_t i = 0; i < nnames; i++)
        free(names[i]);
    free(names);
    eg_strbuf_destroy(&full);
    return st;
}

/* ---- the index ----------------------------------------------------------- */

static uint32_t tok_find(const eg_gazetteer *g, const char *s, size_t n, uint32_t h) {
    if (!g->toktabcap)
        return EG_GAZ_NONE;
    size_t mask = g->toktabcap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint64_t v = g->toktab[i];
        if (!v)
            return EG_GAZ_NONE;
        if ((uint32_t)(v >> 32) != h)
            continue;
        const tokinfo *t = &g->toks.v[(uint32_t)v - 1];
        if (t->len == n && memcmp(g->tokstr.data + t->off, s, n) == 0)
            return (uint32_t)v - 1;
    }
}

static void tok_place(uint64_t *tab, size_t cap, uint32_t h, uint32_t id) {
    size_t mask = cap - 1, i = h & mask;
    while (tab[i])
        i = (i + 1) & mask;
    tab[i] = (uint64_t)h << 32 | (id + 1);
}

/* Makes room for `want` interned tokens at load factor 1/2. */
static int tok_reserve(eg_gazetteer *g, size_t want) {
    if (want * 2 <= g->toktabcap)
        return 0;
    size_t cap = g->toktabcap ? g->toktabcap : 4096;
    while (want * 2 > cap)
        cap *= 2;
    uint64_t *t = calloc(cap, sizeof *t);
    if (!t)
        return -1;
    huge_hint(t, cap * sizeof *t);
    for (size_t j = 0; j < g->toks.n; j++)
        tok_place(t, cap, g->toks.v[j].hash, (uint32_t)j);
    free(g->toktab);
    g->toktab = t;
    g->toktabcap = cap;
    return 0;
}

static int tok_intern(eg_gazetteer *g, const char *s, size_t n, uint32_t *id) {
    uint32_t h = hash_bytes(s, n);
    uint32_t found = tok_find(g, s, n, h);
    if (found != EG_GAZ_NONE) {
        *id = found;
        return 0;
    }
    if (tok_reserve(g, g->toks.n + 1))
        return -1;
    if (g->tokstr.len + n + 1 > UINT32_MAX || g->toks.n >= UINT32_MAX - 1)
        return -1;
    if (!VEC_ROOM(g->toks) || eg_strbuf_reserve(&g->tokstr, n + 1))
        return -1;
    tokinfo *ti = &g->toks.v[g->toks.n++];
    ti->off = (uint32_t)g->tokstr.len;
    ti->len = (uint32_t)n;
    ti->hash = h;
    memcpy(g->tokstr.data + g->tokstr.len, s, n);
    g->tokstr.len += n + 1;
    g->tokstr.data[g->tokstr.len - 1] = '\0';
    g->tokstr.data[g->tokstr.len] = '\0';
    *id = (uint32_t)(g->toks.n - 1);
    tok_place(g->toktab, g->toktabcap, h, *id);
    return 0;
}

static size_t edge_slot(uint32_t parent, uint32_t tok, size_t mask) {
    return (size_t)mix64((uint64_t)parent << 32 | tok) & mask;
}

/* Makes room for `want` trie edges at load factor 3/4 (the table is the
 * biggest part of the index, and probes stay within a cache line or two). */
static int trie_reserve(eg_gazetteer *g, size_t want) {
    if (want * 4 <= g->tcap * 3)
        return 0;
    size_t cap = g->tcap ? g->tcap : 4096;
    while (want * 4 > cap * 3)
        cap *= 2;
    edge *t = malloc(cap * sizeof *t);
    if (!t)
        return -1;
    huge_hint(t, cap * sizeof *t);
    for (size_t i = 0; i < cap; i++)
        t[i].parent = EG_GAZ_NONE;
    for (size_t i = 0; i < g->tcap; i++) {
        const edge *e = &g->edges[i];
        if (e->parent == EG_GAZ_NONE)
            continue;
        size_t j = edge_slot(e->parent, e->tok, cap - 1);
        while (t[j].parent != EG_GAZ_NONE)
            j = (j + 1) & (cap - 1);
        t[j] = *e;
    }
    free(g->edges);
    g->edges = t;
    g->tcap = cap;
    return 0;
}

static int trie_add(eg_gazetteer *g, uint32_t node, uint32_t tok, uint32_t *child) {
    if (trie_reserve(g, g->tused + 1))
        return -1;
    size_t mask = g->tcap - 1, i = edge_slot(node, tok, mask);
    for (; g->edges[i].parent != EG_GAZ_NONE; i = (i + 1) & mask) {
        if (g->edges[i].parent == node && g->edges[i].tok == tok) {
            *child = g->edges[i].child;
            return 0;
        }
    }
    if (g->nnodes >= UINT32_MAX - 1)
        return -1;
    g->edges[i].parent = node;
    g->edges[i].tok = tok;
    g->edges[i].child = g->nnodes;
    g->tused++;
    *child = g->nnodes++;
    return 0;
}

uint32_t eg_gazetteer_child(const eg_gazetteer *g, uint32_t node, uint32_t tok) {
    if (!g->tcap || tok == EG_GAZ_NONE || node == EG_GAZ_NONE)
        return EG_GAZ_NONE;
    size_t mask = g->tcap - 1;
    for (size_t i = edge_slot(node, tok, mask); g->edges[i].parent != EG_GAZ_NONE;
         i = (i + 1) & mask)
        if (g->edges[i].parent == node && g->edges[i].tok == tok)
            return g->edges[i].child;
    return EG_GAZ_NONE;
}

uint32_t eg_gazetteer_token(const eg_gazetteer *g, const char *s, size_t len) {
    return tok_find(g, s, len, hash_bytes(s, len));
}

typedef struct keysort {
    uint64_t pre; /* the key's first 8 bytes, big-endian: orders as strcmp does */
    uint32_t key; /* offset of the key in g->str */
    uint32_t idx;
} keysort;

static uint64_t prefix8(const char *s) {
    uint64_t v = 0;
    int i = 0;
    for (; i < 8 && s[i]; i++)
        v = v << 8 | (unsigned char)s[i];
    return i ? v << (8 * (8 - i)) : 0;
}

static int keysort_le(const char *str, const keysort *a, const keysort *b) {
    if (a->pre != b->pre)
        return a->pre < b->pre;
    return strcmp(str + a->key, str + b->key) <= 0;
}

/* Sorts by key (strcmp order): a bottom-up merge sort, since qsort's
 * callback per comparison dominated loading large lists. tmp holds n. */
static void sort_keys(const char *str, keysort *v, keysort *tmp, size_t n) {
    keysort *src = v, *dst = tmp;
    for (size_t i = 0; i + 1 < n; i += 2)
        if (!keysort_le(str, &v[i], &v[i + 1])) {
            keysort t = v[i];
            v[i] = v[i + 1];
            v[i + 1] = t;
        }
    for (size_t w = 2; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t a = lo, b = mid, o = lo;
            while (a < mid && b < hi)
                dst[o++] = keysort_le(str, &src[a], &src[b]) ? src[a++] : src[b++];
            while (a < mid)
                dst[o++] = src[a++];
            while (b < hi)
                dst[o++] = src[b++];
        }
        keysort *t = src;
        src = dst;
        dst = t;
    }
    if (src != v)
        memcpy(v, src, n * sizeof *v);
}

/* Reorders the n elements of `size` bytes at base in place so that position
 * p receives the element that was at ord[p] (ord a permutation), following
 * its cycles; `done` is a zeroed bitmap of n bits. Sorting large lists
 * through copies touched several times the memory of the lists themselves. */
static void permute(void *base, size_t size, const uint32_t *ord, uint64_t *done, size_t n) {
    unsigned char *a = base, tmp[32];
    for (size_t p = 0; p < n; p++) {
        if (done[p / 64] >> (p % 64) & 1)
            continue;
        memcpy(tmp, a + p * size, size);
        size_t q = p;
        while (ord[q] != p) {
            memcpy(a + q * size, a + (size_t)ord[q] * size, size);
            done[q / 64] |= (uint64_t)1 << (q % 64);
            q = ord[q];
        }
        memcpy(a + q * size, tmp, size);
        done[q / 64] |= (uint64_t)1 << (q % 64);
    }
}

/* Attribute a before b: by name, then load order (names of one column share
 * their offset). */
static int attr_before(const eg_gazetteer *g, uint32_t a, uint32_t b) {
    uint32_t na = g->attrs.v[a].name, nb = g->attrs.v[b].name;
    int c = na == nb ? 0 : strcmp(S(g, na), S(g, nb));
    return c < 0 || (c == 0 && a < b);
}

typedef struct varsort {
    const char *x; /* exact form */
    eg_gaz_variant v;
    uint32_t str;  /* the form as written */
    uint32_t node; /* where its tokens end in the trie */
} varsort;

static int cmp_varsort(const void *a, const void *b) {
    const varsort *x = a, *y = b;
    int c = strcmp(x->x, y->x);
    if (c)
        return c;
    if (x->v.ent != y->v.ent)
        return x->v.ent < y->v.ent ? -1 : 1;
    return x->v.flags < y->v.flags ? -1 : x->v.flags > y->v.flags;
}

/* Bytes of the forms most lists are made of: ASCII digits (1), letters (1 |
 * 4), '-' (2) and ' ' (3). Such a form tokenizes into runs of letters and
 * digits and runs of '-', and folds by lower-casing its ASCII letters alone. */
static const unsigned char simple_cls[256] = {
    [' '] = 3, ['-'] = 2, ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
    ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1, ['A'] = 5, ['B'] = 5, ['C'] = 5, ['D'] = 5,
    ['E'] = 5, ['F'] = 5, ['G'] = 5, ['H'] = 5, ['I'] = 5, ['J'] = 5, ['K'] = 5, ['L'] = 5,
    ['M'] = 5, ['N'] = 5, ['O'] = 5, ['P'] = 5, ['Q'] = 5, ['R'] = 5, ['S'] = 5, ['T'] = 5,
    ['U'] = 5, ['V'] = 5, ['W'] = 5, ['X'] = 5, ['Y'] = 5, ['Z'] = 5, ['a'] = 5, ['b'] = 5,
    ['c'] = 5, ['d'] = 5, ['e'] = 5, ['f'] = 5, ['g'] = 5, ['h'] = 5, ['i'] = 5, ['j'] = 5,
    ['k'] = 5, ['l'] = 5, ['m'] = 5, ['n'] = 5, ['o'] = 5, ['p'] = 5, ['q'] = 5, ['r'] = 5,
    ['s'] = 5, ['t'] = 5, ['u'] = 5, ['v'] = 5, ['w'] = 5, ['x'] = 5, ['y'] = 5, ['z'] = 5,
};

/* Tokenizes s[0..len) the way eg_tokenize_text does when every byte of it is
 * in simple_cls, in one pass that also writes it lower-cased to low (room for
 * len bytes) and counts its letters (*letters); *tn = 0 and returns 0 if some
 * byte is not simple. -1 on ENOMEM. */
static int simple_tokens(const char *s, size_t len, eg_token **tv, size_t *tn, size_t *tcap,
                         char *low, int *letters) {
    const unsigned char *u = (const unsigned char *)s;
    *tn = 0;
    if (len > UINT32_MAX)
        return 0;
    if (len > *tcap) {
        eg_token *p = realloc(*tv, len * sizeof *p);
        if (!p)
            return -1;
        *tv = p;
        *tcap = len;
    }
    eg_token *t = *tv;
    size_t n = 0;
    unsigned prev = 3;
    int k = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = u[i];
        unsigned cls = simple_cls[c];
        if (!cls)
            return 0;
        low[i] = (char)(c | (cls & 4) << 3); /* ASCII letters: | 0x20 */
        k += cls >> 2;
        cls &= 3;
        if (cls == prev)
            continue;
        if (prev != 3)
            t[n - 1].len = (uint32_t)i - t[n - 1].start;
        if (cls != 3)
            t[n++].start = (uint32_t)i;
        prev = cls;
    }
    if (prev != 3)
        t[n - 1].len = (uint32_t)len - t[n - 1].start;
    *tn = n;
    *letters = k;
    return 0;
}

static int fold_token(eg_strbuf *sb, const char *s, size_t n, unsigned flags) {
    eg_strbuf_clear(sb);
    return eg_fold(s, n, flags, sb);
}

static int count_letters(const char *s, size_t n, int enough) {
    int k = 0;
    for (size_t i = 0; i < n && k < enough;) {
        uint32_t cp;
        i += eg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (eg_utf8_is_letter(cp))
            k++;
    }
    return k;
}

/* An entity listed without an id (key "type:name") whose type and canonical
 * name are those of exactly one entity that has an id is that entity: a user
 * list can add aliases and attributes to a bundled entity by naming it. Its
 * forms and attributes move over (attributes already set keep their value)
 * and it is dropped. */
static eg_status merge_unkeyed(eg_gazetteer *g) {
    size_t n = g->ents.n, cap = 16, nd = 0;
    for (size_t i = 0; i < n; i++)
        nd += g->ents.v[i].derived != 0;
    if (!nd || nd == n)
        return EG_OK;
    eg_status st = EG_ERR_NOMEM;
    while (cap < 2 * (n - nd))
        cap *= 2;
    uint32_t *tab = calloc(cap, sizeof *tab); /* keyed entity index + 1 */
    uint32_t *to = malloc(n * sizeof *to);
    uint8_t *shared = calloc(n, 1); /* a keyed entity whose type and name another has */
    if (!tab || !to || !shared)
        goto fail;
    size_t merged = 0;
    for (size_t pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < n; i++) {
            const rawent *e = &g->ents.v[i];
            if ((e->derived != 0) != (pass == 1))
                continue;
            to[i] = (uint32_t)i;
            uint32_t h = hash_bytes(S(g, e->name), strlen(S(g, e->name)));
            for (size_t k = h & (cap - 1);; k = (k + 1) & (cap - 1)) {
                uint32_t v = tab[k];
                if (!v) {
                    if (!pass)
                        tab[k] = (uint32_t)i + 1;
                    break;
                }
                const rawent *o = &g->ents.v[v - 1];
                if (strcmp(S(g, o->name), S(g, e->name)) || strcmp(S(g, o->type), S(g, e->type)))
                    continue;
                if (!pass)
                    shared[v - 1] = 1;
                else if (!shared[v - 1]) {
                    to[i] = v - 1;
                    merged++;
                }
                break;
            }
        }
    }
    if (merged) {
        /* renumber: kept entities in order, then the merged ones to their target */
        uint32_t *nw = calloc(n, sizeof *nw);
        if (!nw)
            goto fail;
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            if (to[i] != i)
                continue;
            g->ents.v[k] = g->ents.v[i];
            nw[i] = (uint32_t)k++;
        }
        for (size_t i = 0; i < n; i++)
            if (to[i] != i)
                nw[i] = nw[to[i]];
        for (size_t i = 0; i < g->forms.n; i++)
            g->forms.v[i].ent = nw[g->forms.v[i].ent];
        for (size_t i = 0; i < g->attrs.n; i++)
            g->attrs.v[i].ent = nw[g->attrs.v[i].ent];
        free(nw);
        g->ents.n = k;
        free(g->keytab); /* rebuilt from scratch if anything is added later */
        g->keytab = NULL;
        g->keycap = 0;
    }
    st = EG_OK;
fail:
    free(tab);
    free(to);
    free(shared);
    return st;
}

/* Sorts entities by key and attributes by (entity, name), dropping repeats.
 * Both are reordered in place through permutations of indices. */
static eg_status finish_entities(eg_gazetteer *g, eg_diag *diag, uint32_t **inv_out) {
    size_t n = g->ents.n, na = g->attrs.n, big = n > na ? n : na;
    keysort *ks = malloc((n ? n : 1) * sizeof *ks);
    keysort *kt = malloc((n ? n : 1) * sizeof *kt);
    uint32_t *inv = malloc((n ? n : 1) * sizeof *inv);
    uint32_t *ord = malloc((big ? big : 1) * sizeof *ord);
    uint64_t *done = malloc((big / 64 + 1) * sizeof *done);
    g->attr_begin = calloc(n + 1, sizeof *g->attr_begin);
    if (!ks || !kt || !inv || !ord || !done || !g->attr_begin) {
        free(ks);
        free(kt);
        free(inv);
        free(ord);
        free(done);
        return EG_ERR_NOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        ks[i].key = g->ents.v[i].key;
        ks[i].pre = prefix8(S(g, ks[i].key));
        ks[i].idx = (uint32_t)i;
    }
    sort_keys(g->str.data, ks, kt, n);
    free(kt);
    for (size_t i = 0; i < n; i++) {
        ord[i] = ks[i].idx;
        inv[ks[i].idx] = (uint32_t)i;
    }
    free(ks);
    memset(done, 0, (n / 64 + 1) * sizeof *done);
    permute(g->ents.v, sizeof *g->ents.v, ord, done, n);

    /* counting sort by entity, then insertion sort by name inside each
     * entity's few attributes */
    uint32_t *begin = g->attr_begin;
    for (size_t i = 0; i < na; i++) {
        g->attrs.v[i].ent = inv[g->attrs.v[i].ent];
        begin[g->attrs.v[i].ent + 1]++;
    }
    for (size_t e = 0; e < n; e++)
        begin[e + 1] += begin[e];
    for (size_t i = 0; i < na; i++)
        ord[begin[g->attrs.v[i].ent]++] = (uint32_t)i;
    size_t lo = 0;
    for (size_t e = 0; e < n; e++) {
        size_t hi = begin[e];
        for (size_t i = lo + 1; i < hi; i++) {
            uint32_t x = ord[i];
            size_t j = i;
            for (; j > lo && attr_before(g, x, ord[j - 1]); j--)
                ord[j] = ord[j - 1];
            ord[j] = x;
        }
        lo = hi;
    }
    memset(done, 0, (na / 64 + 1) * sizeof *done);
    permute(g->attrs.v, sizeof *g->attrs.v, ord, done, na);
    free(ord);
    free(done);

    memset(begin, 0, (n + 1) * sizeof *begin);
    size_t k = 0;
    for (size_t i = 0; i < na; i++) {
        rawattr cur = g->attrs.v[i];
        const rawattr *last = k ? &g->attrs.v[k - 1] : NULL;
        if (last && last->ent == cur.ent &&
            (last->name == cur.name || !strcmp(S(g, last->name), S(g, cur.name)))) {
            if (strcmp(S(g, last->value), S(g, cur.value)) != 0)
                eg_warn(diag, cur.src != NO_SRC ? S(g, cur.src) : NULL, (long)cur.line, 0,
                        "attribute \"%s\" of \"%s\" is already \"%s\"; \"%s\" ignored",
                        S(g, cur.name), S(g, g->ents.v[cur.ent].key), S(g, last->value),
                        S(g, cur.value));
            continue;
        }
        g->attrs.v[k++] = cur;
        begin[cur.ent + 1]++;
    }
    for (size_t i = 0; i < n; i++)
        begin[i + 1] += begin[i];
    g->attrs.n = k;
    *inv_out = inv;
    return EG_OK;
}

/* Walks the case-folded tokens of s through the trie without adding. With
 * exact non-NULL, also appends s's exact form to it. */
static uint32_t walk_form(const eg_gazetteer *g, const char *s, eg_token **tv, size_t *tcap,
                          eg_strbuf *fb, eg_strbuf *exact, int *nomem) {
    size_t tn = 0;
    *nomem = 0;
    if (eg_tokenize_text(s, strlen(s), tv, &tn, tcap)) {
        *nomem = 1;
        return EG_GAZ_NONE;
    }
    uint32_t node = tn ? 0 : EG_GAZ_NONE;
    for (size_t t = 0; t < tn && node != EG_GAZ_NONE; t++) {
        const char *ts = s + (*tv)[t].start;
        if (fold_token(fb, ts, (*tv)[t].len, EG_FOLD_CASE) ||
            (exact && ((t && eg_strbuf_putc(exact, ' ')) || eg_fold(ts, (*tv)[t].len, 0, exact)))) {
            *nomem = 1;
            return EG_GAZ_NONE;
        }
        node = eg_gazetteer_child(g, node, eg_gazetteer_token(g, fb->data, fb->len));
    }
    return node;
}

typedef struct ambig {
    const char *form;
    uint32_t a, b, n;
} ambig;

static int cmp_ambig(const void *x, const void *y) {
    const ambig *a = x, *b = y;
    int c = strcmp(a->form, b->form);
    if (c)
        return c;
    if (a->a != b->a)
        return a->a < b->a ? -1 : 1;
    return a->b < b->b ? -1 : a->b > b->b;
}

/* Reports ambiguous forms, sorted so that load order does not show. */
static void warn_ambiguous(const eg_gazetteer *g, eg_diag *diag, ambig *v, size_t n) {
    if (!n)
        return;
    qsort(v, n, sizeof *v, cmp_ambig);
    for (size_t i = 0; i < n; i++) {
        const rawent *a = &g->ents.v[v[i].a], *b = &g->ents.v[v[i].b];
        char more[64] = "";
        if (v[i].n > 2)
            snprintf(more, sizeof more, " and %lu more", (unsigned long)v[i].n - 2);
        eg_warn(diag, NULL, 0, 0,
                "ambiguous form \"%s\" names %s \"%s\" (%s) and %s \"%s\" (%s)%s; it is not "
                "tagged",
                v[i].form, S(g, a->type), S(g, a->name), S(g, a->key), S(g, b->type), S(g, b->name),
                S(g, b->key), more);
    }
}

/* In one node's sorted, merged variants v[0..n): drops a written variant
 * whose exact form another entity lists, and clears the flag of the rest.
 * Returns how many are kept. */
static size_t drop_written(varsort *v, size_t n) {
    size_t out = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        int listed = !(v[i].v.flags & FORM_WRITTEN);
        while (j < n && strcmp(v[i].x, v[j].x) == 0)
            listed |= !(v[j++].v.flags & FORM_WRITTEN);
        for (size_t k = i; k < j; k++) {
            if (listed && (v[k].v.flags & FORM_WRITTEN))
                continue;
            v[k].v.flags &= ~FORM_WRITTEN;
            v[out++] = v[k];
        }
        i = j;
    }
    return out;
}

/* Groups variants by node (an in-place bucket permutation), sorts each
 * group, merges repeats, flags and reports ambiguous forms. On success g->vars
 * takes over *grp's memory and *grp is NULL. */
static int group_variants(eg_gazetteer *g, varsort **grp, size_t nv, eg_diag *diag) {
    varsort *gr = *grp;
    int rc = -1;
    uint32_t *nb = calloc((size_t)g->nnodes + 1, sizeof *nb);
    uint32_t *cur = malloc(((size_t)g->nnodes + 1) * sizeof *cur);
    EG_VEC(ambig) amb = {NULL, 0, 0};
    if (!nb || !cur)
        goto fail;
    for (size_t i = 0; i < nv; i++)
        nb[gr[i].node + 1]++;
    for (uint32_t i = 0; i < g->nnodes; i++)
        nb[i + 1] += nb[i];
    memcpy(cur, nb, ((size_t)g->nnodes + 1) * sizeof *cur);
    for (uint32_t node = 0; node < g->nnodes; node++) {
        for (; cur[node] < nb[node + 1]; cur[node]++) {
            varsort *here = &gr[cur[node]];
            while (here->node != node) {
                varsort tmp = gr[cur[here->node]];
                gr[cur[here->node]++] = *here;
                *here = tmp;
            }
        }
    }
    for (size_t i = 0; i < nv; i++)
        gr[i].x = g->xstr.data + gr[i].v.exact;
    size_t out = 0;
    for (uint32_t node = 0; node < g->nnodes; node++) {
        size_t b = nb[node], e = nb[node + 1], start = out;
        nb[node] = (uint32_t)out;
        if (e - b > 1)
            qsort(gr + b, e - b, sizeof *gr, cmp_varsort);
        for (size_t i = b; i < e; i++) {
            varsort *last = out > start ? &gr[out - 1] : NULL;
            if (last && last->v.ent == gr[i].v.ent && strcmp(last->x, gr[i].x) == 0) {
                uint32_t both = last->v.flags & gr[i].v.flags & (EG_GAZ_DEMONYM | FORM_WRITTEN);
                last->v.flags =
                    ((last->v.flags | gr[i].v.flags) & ~(EG_GAZ_DEMONYM | FORM_WRITTEN)) | both;
                continue;
            }
            gr[out++] = gr[i];
        }
        out = start + drop_written(gr + start, out - start);
        for (size_t i = start; i < out;) {
            size_t j = i + 1;
            while (j < out && strcmp(gr[i].x, gr[j].x) == 0)
                j++;
            if (j - i > 1) {
                for (size_t k = i; k < j; k++)
                    gr[k].v.flags |= EG_GAZ_AMBIGUOUS;
                ambig *am = EG_VEC_PUSH(amb);
                if (!am)
                    goto fail;
                am->form = S(g, gr[i].str);
                am->a = gr[i].v.ent;
                am->b = gr[i + 1].v.ent;
                am->n = (uint32_t)(j - i);
            }
            i = j;
        }
    }
    nb[g->nnodes] = (uint32_t)out;
    /* In place (a variant is smaller than a varsort, so element i is written
     * below every element still to read), then shrunk: a fresh array was
     * megabytes of first touches. */
    eg_gaz_variant *vars = (eg_gaz_variant *)(void *)gr;
    for (size_t i = 0; i < out; i++) {
        eg_gaz_variant v = gr[i].v;
        vars[i] = v;
    }
    eg_gaz_variant *shrunk = realloc(vars, (out ? out : 1) * sizeof *vars);
    g->vars = shrunk ? shrunk : vars;
    *grp = NULL;
    g->nvars = out;
    g->node_begin = nb;
    nb = NULL;
    warn_ambiguous(g, diag, amb.v, amb.n);
    rc = 0;
fail:
    free(nb);
    free(cur);
    free(amb.v);
    return rc;
}

/* Replaces the entity and attribute rows by their compact forms: at a
 * million names this is a third of the index. In place (a compact row is
 * smaller, so row i is written below every row still to read), then shrunk:
 * fresh arrays were megabytes of first touches. */
static int compact_tables(eg_gazetteer *g) {
    if (!g->ents.v || !g->attrs.v) { /* nothing was loaded */
        if ((!g->ents.v && !(g->ents.v = malloc(sizeof *g->ents.v))) ||
            (!g->attrs.v && !(g->attrs.v = malloc(sizeof *g->attrs.v))))
            return -1;
    }
    fin_ent *fe = (fin_ent *)(void *)g->ents.v;
    for (size_t i = 0; i < g->ents.n; i++) {
        const rawent *r = &g->ents.v[i];
        fin_ent e = {r->name, r->type, r->key};
        fe[i] = e;
    }
    fin_attr *fa = (fin_attr *)(void *)g->attrs.v;
    for (size_t i = 0; i < g->attrs.n; i++) {
        fin_attr a = {g->attrs.v[i].name, g->attrs.v[i].value};
        fa[i] = a;
    }
    fin_ent *fe2 = realloc(fe, (g->ents.n ? g->ents.n : 1) * sizeof *fe);
    fin_attr *fa2 = realloc(fa, (g->attrs.n ? g->attrs.n : 1) * sizeof *fa);
    g->ents.v = NULL;
    g->ents.cap = 0;
    g->attrs.v = NULL;
    g->attrs.cap = 0;
    g->fent = fe2 ? fe2 : fe;
    g->fattr = fa2 ? fa2 : fa;
    return 0;
}

/* Each entity's "category" attribute, looked up once here rather than by
 * a scan with strcmp at every use. */
static int cache_categories(eg_gazetteer *g) {
    g->cat = calloc(g->ents.n ? g->ents.n : 1, sizeof *g->cat);
    if (!g->cat)
        return -1;
    for (size_t i = 0; i < g->ents.n; i++)
        for (uint32_t k = g->attr_begin[i]; k < g->attr_begin[i + 1]; k++) {
            const char *n = S(g, g->fattr[k].name); /* "country" is common: two bytes first */
            if (n[0] == 'c' && n[1] == 'a' && strcmp(n + 2, "tegory") == 0) {
                g->cat[i] = (uint32_t)g->fattr[k].value + 1;
                break;
            }
        }
    return 0;
}

/* Gives back the unused tail of a string buffer (reserved generously while
 * loading; with huge pages its last touched 2 MiB stay resident otherwise). */
static void strbuf_fit(eg_strbuf *sb) {
    if (!sb->data || sb->cap <= sb->len + 1)
        return;
    char *p = realloc(sb->data, sb->len + 1);
    if (p) {
        sb->data = p;
        sb->cap = sb->len + 1;
    }
}

/* The buffers that stay for the run, cut to what they hold: about 2.8 MB
 * resident with 100,000 names. The hash tables keep their sizes. */
static void fit_buffers(eg_gazetteer *g) {
    strbuf_fit(&g->str);
    strbuf_fit(&g->xstr);
    strbuf_fit(&g->tokstr);
    if (g->toks.n && g->toks.n < g->toks.cap) {
        tokinfo *t = realloc(g->toks.v, g->toks.n * sizeof *t);
        if (t) {
            g->toks.v = t;
            g->toks.cap = g->toks.n;
        }
    }
}

eg_status eg_gazetteer_finish(eg_gazetteer *g, eg_diag *diag, eg_error *err) {
    if (g->finished)
        return EG_OK;
    eg_status st = EG_OK;
    uint32_t *inv = NULL;
    varsort *vs = NULL;
    eg_token *tv = NULL;
    size_t tcap = 0, nv = 0;
    eg_strbuf fb;
    eg_strbuf_init(&fb);

    if ((st = merge_unkeyed(g)) != EG_OK || (st = finish_entities(g, diag, &inv)) != EG_OK)
        goto nomem;
    size_t nf = g->forms.n;
    vs = malloc((nf ? nf : 1) * sizeof *vs);
    /* Names average about two tokens, most of them distinct: sizing the
     * tables once avoids rehashing them at every doubling. */
    if (!vs || trie_reserve(g, 2 * nf) || tok_reserve(g, nf - nf / 4))
        goto nomem;
    /* The exact forms and tokens take fewer bytes than all strings loaded:
     * reserving that (untouched pages cost nothing) spares copying them at
     * every doubling. */
    if (eg_strbuf_reserve(&g->xstr, g->str.len) || eg_strbuf_reserve(&g->tokstr, g->str.len / 2) ||
        EG_VEC_RESERVE(g->toks, nf - nf / 4))
        goto nomem;
    huge_hint(vs, nf * sizeof *vs);
    huge_hint(g->xstr.data, g->xstr.cap);
    huge_hint(g->tokstr.data, g->tokstr.cap);
    huge_hint(g->toks.v, g->toks.cap * sizeof *g->toks.v);
    for (size_t i = 0; i < nf; i++) {
        const rawform *f = &g->forms.v[i];
        const char *s = S(g, f->str);
        size_t tn = 0, slen = strlen(s);
        int letters = 0;
        eg_strbuf_clear(&fb);
        if (eg_strbuf_reserve(&fb, slen) ||
            simple_tokens(s, slen, &tv, &tn, &tcap, fb.data, &letters))
            goto nomem;
        int simple = tn > 0;
        /* a simple form's exact form adds at most a space between two tokens */
        if (simple && eg_strbuf_reserve(&g->xstr, slen + tn))
            goto nomem;
        if (!simple && eg_tokenize_text(s, strlen(s), &tv, &tn, &tcap))
            goto nomem;
        if (!tn) {
            eg_warn(diag, NULL, 0, 0, "form \"%s\" of \"%s\" has no tokens; skipped", s,
                    S(g, g->ents.v[inv[f->ent]].key));
            continue;
        }
        if (g->xstr.len > UINT32_MAX / 2)
            goto nomem;
        uint32_t node = 0, xoff = (uint32_t)g->xstr.len;
        for (size_t t = 0; t < tn; t++) {
            const char *ts = s + tv[t].start;
            size_t tl = tv[t].len;
            uint32_t id;
            if (simple) { /* fb holds s lower-cased; the exact form is s itself */
                char *x = g->xstr.data + g->xstr.len;
                if (t)
                    *x++ = ' ';
                memcpy(x, ts, tl);
                g->xstr.len = (size_t)(x + tl - g->xstr.data);
                if (tok_intern(g, fb.data + tv[t].start, tl, &id) || trie_add(g, node, id, &node))
                    goto nomem;
                continue;
            }
            if (fold_token(&fb, ts, tl, EG_FOLD_CASE) || tok_intern(g, fb.data, fb.len, &id) ||
                trie_add(g, node, id, &node) || (t && eg_strbuf_putc(&g->xstr, ' ')) ||
                eg_fold(ts, tl, 0, &g->xstr))
                goto nomem;
        }
        if (eg_strbuf_putc(&g->xstr, '\0'))
            goto nomem;
        if (!simple)
            letters = count_letters(g->xstr.data + xoff, g->xstr.len - 1 - xoff, 2);
        vs[nv].v.ent = inv[f->ent];
        vs[nv].v.exact = xoff;
        vs[nv].v.ntok = (uint32_t)tn;
        vs[nv].v.flags = f->flags | (letters >= 2 ? EG_GAZ_LETTERS2 : 0);
        vs[nv].str = f->str;
        vs[nv].x = NULL;
        vs[nv++].node = node;
    }
    free(g->forms.v);
    g->forms.v = NULL;
    g->forms.n = g->forms.cap = 0;

    g->node_stop = calloc(g->nnodes, 1);
    if (!g->node_stop)
        goto nomem;
    for (size_t i = 0; i < g->stops.n; i++) {
        int oom;
        uint32_t node = walk_form(g, S(g, g->stops.v[i]), &tv, &tcap, &fb, NULL, &oom);
        if (oom)
            goto nomem;
        if (node != EG_GAZ_NONE && node != 0)
            g->node_stop[node] = 1;
    }
    if (group_variants(g, &vs, nv, diag))
        goto nomem;
    free(g->keytab);
    g->keytab = NULL;
    g->keycap = 0;
    free(vs);
    vs = NULL;
    free(inv);
    inv = NULL;
    if (compact_tables(g) || cache_categories(g))
        goto nomem;
    fit_buffers(g);
    static atomic_uint_fast64_t serials;
    g->serial = (uint64_t)atomic_fetch_add(&serials, 1) + 1;
    g->finished = 1;
    goto fail;
nomem:
    st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory building the gazetteer");
fail:
    free(inv);
    free(vs);
    free(tv);
    eg_strbuf_destroy(&fb);
    return st;
}

/* ---- accessors ----------------------------------------------------------- */

int eg_gazetteer_finished(const eg_gazetteer *g) {
    return g->finished;
}

uint64_t eg_gazetteer_serial(const eg_gazetteer *g) {
    return g->serial;
}

size_t eg_gazetteer_count(const eg_gazetteer *g) {
    return g->finished ? g->ents.n : 0;
}

const char *eg_gazetteer_name(const eg_gazetteer *g, size_t i) {
    return S(g, g->fent[i].name);
}

const char *eg_gazetteer_type(const eg_gazetteer *g, size_t i) {
    return S(g, g->fent[i].type);
}

const char *eg_gazetteer_key(const eg_gazetteer *g, size_t i) {
    return S(g, g->fent[i].key);
}

size_t eg_gazetteer_nattrs(const eg_gazetteer *g, size_t i) {
    return g->attr_begin[i + 1] - g->attr_begin[i];
}

const char *eg_gazetteer_attr_name(const eg_gazetteer *g, size_t i, size_t k) {
    return S(g, g->fattr[g->attr_begin[i] + k].name);
}

const char *eg_gazetteer_attr_value(const eg_gazetteer *g, size_t i, size_t k) {
    return S(g, g->fattr[g->attr_begin[i] + k].value);
}

const char *eg_gazetteer_category(const eg_gazetteer *g, size_t i) {
    return g->cat && g->cat[i] ? S(g, g->cat[i] - 1) : NULL;
}

int eg_gazetteer_country_or_area(const eg_gazetteer *g, size_t i, int territory) {
    const char *t = eg_gazetteer_type(g, i);
    if (strcmp(t, "country") == 0)
        return 1;
    if (strcmp(t, "location") != 0)
        return 0;
    const char *v = eg_gazetteer_category(g, i);
    return v && (strcmp(v, "state") == 0 || strcmp(v, "province") == 0 ||
                 strcmp(v, "region") == 0 || (territory && strcmp(v, "territory") == 0));
}

const char *eg_gazetteer_attr(const eg_gazetteer *g, size_t i, const char *name) {
    for (size_t k = g->attr_begin[i]; k < g->attr_begin[i + 1]; k++)
        if (strcmp(S(g, g->fattr[k].name), name) == 0)
            return S(g, g->fattr[k].value);
    return NULL;
}

const eg_gaz_variant *eg_gazetteer_variants(const eg_gazetteer *g, uint32_t node, size_t *n) {
    if (!g->node_begin || node >= g->nnodes) {
        *n = 0;
        return NULL;
    }
    *n = g->node_begin[node + 1] - g->node_begin[node];
    return *n ? g->vars + g->node_begin[node] : NULL;
}

const char *eg_gazetteer_exact(const eg_gazetteer *g, const eg_gaz_variant *v) {
    return g->xstr.data + v->exact;
}

int eg_gazetteer_node_stop(const eg_gazetteer *g, uint32_t node) {
    return g->node_stop && node < g->nnodes && g->node_stop[node];
}

long eg_gazetteer_find_key(const eg_gazetteer *g, const char *key) {
    if (!g->finished)
        return -1;
    size_t lo = 0, hi = g->ents.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(S(g, g->fent[mid].key), key);
        if (c == 0)
            return (long)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

/* eg_gazetteer_find for a form of ASCII letters and spaces alone, the usual
 * look-up: its tokens are its runs of letters, their case folding is ASCII
 * lower case and its exact form the runs joined by one space. -2 for any
 * other form. */
static long find_plain(const eg_gazetteer *g, const char *form, size_t len) {
    enum { MAXLEN = 128 };
    if (len > MAXLEN)
        return -2;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)form[i];
        if (ch != ' ' && !((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'))
            return -2;
    }
    char low[MAXLEN + 1], exact[MAXLEN + 1];
    size_t xl = 0, i = 0;
    uint32_t node = EG_GAZ_NONE; /* no token yet */
    while (i < len) {
        while (i < len && form[i] == ' ')
            i++;
        if (i >= len)
            break;
        size_t b = i;
        while (i < len && form[i] != ' ') {
            unsigned char ch = (unsigned char)form[i];
            low[i - b] = (char)(ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch);
            i++;
        }
        int first = xl == 0;
        if (!first)
            exact[xl++] = ' ';
        memcpy(exact + xl, form + b, i - b);
        xl += i - b;
        node = eg_gazetteer_child(g, first ? 0 : node, eg_gazetteer_token(g, low, i - b));
        if (node == EG_GAZ_NONE)
            return -1;
    }
    exact[xl] = '\0';
    size_t nvar = 0;
    const eg_gaz_variant *v = eg_gazetteer_variants(g, node, &nvar);
    for (size_t k = 0; k < nvar; k++)
        if (strcmp(eg_gazetteer_exact(g, &v[k]), exact) == 0)
            return (v[k].flags & EG_GAZ_AMBIGUOUS) ? -1 : (long)v[k].ent;
    return -1;
}

long eg_gazetteer_find(const eg_gazetteer *g, const char *form) {
    if (!g->finished || !form)
        return -1;
    long plain = find_plain(g, form, strlen(form));
    if (plain != -2)
        return plain;
    long result = -1;
    eg_token *tv = NULL;
    size_t tcap = 0, nvar = 0;
    eg_strbuf fb, exact;
    /* A short form (the rules and the resolver look up single words by the
     * ten thousand) is tokenised and folded in buffers on the stack: the
     * tokenizer asks for no more than len / 5 + 16 tokens up front and a
     * token takes a byte at least, and eg_fold writes at most 3 bytes a byte,
     * so neither ever grows them (and they are never freed). */
    enum { SMALL = 96 };
    eg_token tsmall[SMALL + 16];
    char fsmall[3 * SMALL + 8], xsmall[4 * SMALL + 8];
    size_t flen = strlen(form);
    int small = flen <= SMALL;
    if (small) {
        tv = tsmall;
        tcap = sizeof tsmall / sizeof tsmall[0];
        fb.data = fsmall;
        fb.cap = sizeof fsmall;
        exact.data = xsmall;
        exact.cap = sizeof xsmall;
        fb.len = exact.len = 0;
        fsmall[0] = xsmall[0] = '\0';
    } else {
        eg_strbuf_init(&fb);
        eg_strbuf_init(&exact);
    }
    int oom;
    uint32_t node = walk_form(g, form, &tv, &tcap, &fb, &exact, &oom);
    const eg_gaz_variant *v = eg_gazetteer_variants(g, node, &nvar);
    for (size_t i = 0; i < nvar; i++) {
        if (strcmp(eg_gazetteer_exact(g, &v[i]), exact.data) != 0)
            continue;
        result = (v[i].flags & EG_GAZ_AMBIGUOUS) ? -1 : (long)v[i].ent;
        break;
    }
    if (!small) {
        free(tv);
        eg_strbuf_destroy(&fb);
        eg_strbuf_destroy(&exact);
    }
    return result;
}
