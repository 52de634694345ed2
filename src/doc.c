/* doc: storage for one article's text and the spans laid over it. */
#include "doc.h"

#include <stdlib.h>
#include <string.h>

int eg_vec_reserve_(void **v, size_t *cap, size_t want, size_t size) {
    if (want <= *cap)
        return 0;
    size_t c = *cap ? *cap : 16;
    while (c < want)
        c *= 2;
    if (c > ((size_t)-1) / size)
        return -1;
    void *p = realloc(*v, c * size);
    if (!p)
        return -1;
    *v = p;
    *cap = c;
    return 0;
}

void *eg_vec_push_(void **v, size_t *n, size_t *cap, size_t size) {
    if (*n == *cap && eg_vec_reserve_(v, cap, *n + 1, size) != 0)
        return NULL;
    char *p = (char *)*v + (*n) * size;
    memset(p, 0, size);
    (*n)++;
    return p;
}

void eg_vec_take_(void **dv, size_t *dn, size_t *dcap, void **sv, size_t *sn, size_t *scap) {
    void *v = *dv;
    size_t cap = *dcap;
    *dv = *sv;
    *dn = *sn;
    *dcap = *scap;
    *sv = v;
    *sn = 0;
    *scap = cap;
}

void eg_doc_init(eg_doc *doc) {
    memset(doc, 0, sizeof *doc);
    eg_strbuf_init(&doc->names);
}

void eg_doc_destroy(eg_doc *doc) {
    free(doc->text);
    free(doc->toks.v);
    free(doc->sents.v);
    free(doc->ments.v);
    free(doc->ents.v);
    free(doc->rels.v);
    free(doc->entmap);
    eg_strbuf_destroy(&doc->names);
    memset(doc, 0, sizeof *doc);
}

void eg_doc_reset(eg_doc *doc) {
    doc->id = doc->date = doc->origin = NULL;
    doc->origin_line = 0;
    doc->len = doc->body_offset = doc->title_len = doc->story_end = 0;
    doc->toks.n = doc->sents.n = doc->ments.n = doc->ents.n = doc->rels.n = 0;
    doc->nparas = 0;
    doc->ambiguous = 0;
    if (doc->entmap)
        memset(doc->entmap, 0, doc->entmap_cap * sizeof *doc->entmap);
    eg_strbuf_clear(&doc->names);
}

int eg_doc_set_text(eg_doc *doc, const char *title, size_t title_len, const char *body,
                    size_t body_len) {
    size_t sep = title_len ? 2 : 0;
    size_t total = title_len + sep + body_len;
    char *p = realloc(doc->text, total + 1);
    if (!p)
        return -1;
    doc->text = p;
    if (title_len)
        memcpy(p, title, title_len);
    if (sep)
        memcpy(p + title_len, "\n\n", 2);
    if (body_len)
        memcpy(p + title_len + sep, body, body_len);
    p[total] = '\0';
    doc->len = total;
    doc->title_len = title_len;
    doc->body_offset = title_len + sep;
    doc->story_end = total;
    return 0;
}

static uint64_t mix(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

static uint64_t hash_name(const char *name, size_t len, const char *type) {
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)name[i]) * 1099511628211ULL;
    h = (h ^ 0xff) * 1099511628211ULL;
    for (; *type; type++)
        h = (h ^ (unsigned char)*type) * 1099511628211ULL;
    return mix(h);
}

static uint64_t hash_ent(const eg_doc *doc, const eg_docent *e) {
    if (e->gaz >= 0)
        return mix((uint64_t)e->gaz + 0x9E3779B97F4A7C15ULL);
    const char *name = doc->names.data + e->name_off;
    return hash_name(name, strlen(name), doc->names.data + e->type_off);
}

/* Makes room for one more entity in the index; 0 or -1 on ENOMEM. */
static int entmap_reserve(eg_doc *doc) {
    if ((doc->ents.n + 1) * 2 <= doc->entmap_cap)
        return 0;
    size_t cap = doc->entmap_cap ? doc->entmap_cap * 2 : 64;
    uint32_t *m = calloc(cap, sizeof *m);
    if (!m)
        return -1;
    for (size_t i = 0; i < doc->ents.n; i++) {
        size_t j = (size_t)hash_ent(doc, &doc->ents.v[i]) & (cap - 1);
        while (m[j])
            j = (j + 1) & (cap - 1);
        m[j] = (uint32_t)(i + 1);
    }
    free(doc->entmap);
    doc->entmap = m;
    doc->entmap_cap = cap;
    return 0;
}

/* Slot for hash h where entity `match` returns true, or the empty slot. */
static size_t entmap_find(const eg_doc *doc, uint64_t h, int32_t gaz, const char *name, size_t len,
                          const char *type) {
    size_t j = (size_t)h & (doc->entmap_cap - 1);
    for (; doc->entmap[j]; j = (j + 1) & (doc->entmap_cap - 1)) {
        const eg_docent *e = &doc->ents.v[doc->entmap[j] - 1];
        if (gaz >= 0) {
            if (e->gaz == gaz)
                break;
        } else if (e->gaz < 0) {
            const char *n = doc->names.data + e->name_off;
            if (strlen(n) == len && memcmp(n, name, len) == 0 &&
                strcmp(doc->names.data + e->type_off, type) == 0)
                break;
        }
    }
    return j;
}

long eg_doc_discovered(eg_doc *doc, const char *name, size_t name_len, const char *type) {
    if (entmap_reserve(doc) != 0)
        return -1;
    uint64_t h = hash_name(name, name_len, type);
    size_t j = entmap_find(doc, h, -1, name, name_len, type);
    if (doc->entmap[j])
        return (long)doc->entmap[j] - 1;
    /* name or type may point into doc->names itself (a rule typing a new
     * body like an entity of the article: eg_rx_ent_type's string), which
     * the appends below may move: copy them in by offset then. */
    const char *base = doc->names.data;
    size_t type_len = strlen(type);
    int name_in = base && name >= base && name < base + doc->names.len;
    int type_in = base && type >= base && type < base + doc->names.len;
    size_t name_at = name_in ? (size_t)(name - base) : 0;
    size_t type_at = type_in ? (size_t)(type - base) : 0;
    if (eg_strbuf_reserve(&doc->names, name_len + type_len + 2))
        return -1;
    if (name_in)
        name = doc->names.data + name_at;
    if (type_in)
        type = doc->names.data + type_at;
    uint32_t name_off = (uint32_t)doc->names.len;
    if (eg_strbuf_append(&doc->names, name, name_len) || eg_strbuf_putc(&doc->names, '\0'))
        return -1;
    uint32_t type_off = (uint32_t)doc->names.len;
    if (eg_strbuf_append(&doc->names, type, type_len) || eg_strbuf_putc(&doc->names, '\0'))
        return -1;
    eg_docent *e = EG_VEC_PUSH(doc->ents);
    if (!e)
        return -1;
    e->gaz = -1;
    e->name_off = name_off;
    e->type_off = type_off;
    e->discovered = 1;
    doc->entmap[j] = (uint32_t)doc->ents.n;
    return (long)(doc->ents.n - 1);
}

long eg_doc_gazent(eg_doc *doc, int32_t gaz) {
    if (entmap_reserve(doc) != 0)
        return -1;
    size_t j = entmap_find(doc, mix((uint64_t)gaz + 0x9E3779B97F4A7C15ULL), gaz, "", 0, "");
    if (doc->entmap[j])
        return (long)doc->entmap[j] - 1;
    eg_docent *e = EG_VEC_PUSH(doc->ents);
    if (!e)
        return -1;
    e->gaz = gaz;
    doc->entmap[j] = (uint32_t)doc->ents.n;
    return (long)(doc->ents.n - 1);
}

void eg_doc_move_mention(eg_doc *doc, eg_mention *m, uint32_t to) {
    if (doc->ents.v[m->ent].mentions)
        doc->ents.v[m->ent].mentions--;
    doc->ents.v[to].mentions++;
    m->ent = to;
}

size_t eg_doc_move_entity(eg_doc *doc, uint32_t from, uint32_t to) {
    size_t moved = 0;
    for (size_t i = 0; i < doc->ments.n; i++)
        if (doc->ments.v[i].ent == from) {
            eg_doc_move_mention(doc, &doc->ments.v[i], to);
            moved++;
        }
    return moved;
}
