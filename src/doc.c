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

long eg_doc_discovered(eg_doc *doc, const char *name, size_t name_len, const char *type) {
    for (size_t i = 0; i < doc->ents.n; i++) {
        eg_docent *e = &doc->ents.v[i];
        if (e->gaz >= 0)
            continue;
        const char *n = doc->names.data + e->name_off;
        if (strlen(n) == name_len && memcmp(n, name, name_len) == 0 &&
            strcmp(doc->names.data + e->type_off, type) == 0)
            return (long)i;
    }
    uint32_t name_off = (uint32_t)doc->names.len;
    if (eg_strbuf_append(&doc->names, name, name_len) || eg_strbuf_putc(&doc->names, '\0'))
        return -1;
    uint32_t type_off = (uint32_t)doc->names.len;
    if (eg_strbuf_puts(&doc->names, type) || eg_strbuf_putc(&doc->names, '\0'))
        return -1;
    eg_docent *e = EG_VEC_PUSH(doc->ents);
    if (!e)
        return -1;
    e->gaz = -1;
    e->name_off = name_off;
    e->type_off = type_off;
    e->discovered = 1;
    return (long)(doc->ents.n - 1);
}

long eg_doc_gazent(eg_doc *doc, int32_t gaz) {
    for (size_t i = 0; i < doc->ents.n; i++)
        if (doc->ents.v[i].gaz == gaz)
            return (long)i;
    eg_docent *e = EG_VEC_PUSH(doc->ents);
    if (!e)
        return -1;
    e->gaz = gaz;
    return (long)(doc->ents.n - 1);
}
