/* explain: finding the sentences that link two entities in one article. */
#include "explain.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "contrib.h"

static int entity_is(const eg_doc *doc, const eg_resources *res, size_t e, const char *q) {
    const char *name = eg_contrib_entity_name(doc, res->gaz, e);
    if (!strcasecmp(name, q))
        return 1;
    const eg_docent *de = &doc->ents.v[e];
    if (de->gaz >= 0) {
        if (!strcasecmp(eg_gazetteer_key(res->gaz, (size_t)de->gaz), q))
            return 1;
        return eg_gazetteer_find(res->gaz, q) == de->gaz;
    }
    char *key = eg_contrib_entity_key(doc, res->gaz, e);
    int same = key && !strcasecmp(key, q);
    free(key);
    return same;
}

static int put_relations(const eg_doc *doc, const eg_resources *res, uint32_t s, const char *ma,
                         const char *mb, eg_strbuf *sb) {
    int any = 0;
    for (size_t i = 0; i < doc->rels.n; i++) {
        const eg_relation *r = &doc->rels.v[i];
        if (r->sentence != s)
            continue;
        uint32_t es = doc->ments.v[r->src].ent, ed = doc->ments.v[r->dst].ent;
        if (!((ma[es] && mb[ed]) || (mb[es] && ma[ed])))
            continue;
        if (any && eg_strbuf_puts(sb, "; "))
            return -1;
        any = 1;
        if (eg_strbuf_printf(sb, "%s -> %s : %s%s%s", eg_contrib_entity_name(doc, res->gaz, es),
                             eg_contrib_entity_name(doc, res->gaz, ed),
                             eg_verbs_base(res->verbs, r->pattern),
                             r->flags & EG_REL_NEGATED ? ", negated" : "",
                             r->flags & EG_REL_HEDGED ? ", hedged" : ""))
            return -1;
    }
    if (!any && eg_strbuf_puts(sb, "co-occurrence"))
        return -1;
    return 0;
}

int eg_explain_doc(void *ctx, const eg_doc *doc, const eg_resources *res, eg_strbuf *sb) {
    const eg_explain_query *q = ctx;
    size_t ne = doc->ents.n;
    if (!ne)
        return 0;
    char *ma = calloc(ne, 1), *mb = calloc(ne, 1);
    int rc = -1, anya = 0, anyb = 0;
    if (!ma || !mb)
        goto done;
    for (size_t e = 0; e < ne; e++) {
        anya |= ma[e] = (char)entity_is(doc, res, e, q->a);
        anyb |= mb[e] = (char)entity_is(doc, res, e, q->b);
    }
    rc = 0;
    if (!anya || !anyb)
        goto done;
    size_t i = 0;
    while (i < doc->ments.n && rc == 0) {
        uint32_t s = doc->ments.v[i].sentence;
        int ha = 0, hb = 0;
        size_t j = i;
        for (; j < doc->ments.n && doc->ments.v[j].sentence == s; j++) {
            ha |= ma[doc->ments.v[j].ent];
            hb |= mb[doc->ments.v[j].ent];
        }
        if (ha && hb) {
            const eg_sentence *st = &doc->sents.v[s];
            const eg_token *t0 = &doc->toks.v[st->tok_begin], *t1 = &doc->toks.v[st->tok_end - 1];
            char *text = eg_clean_text(doc->text + t0->start, t1->start + t1->len - t0->start, 1,
                                       NULL, 0);
            char *id = eg_clean_text(doc->id ? doc->id : "", doc->id ? strlen(doc->id) : 0, 1,
                                     NULL, 0);
            if (!text || !id || eg_strbuf_puts(sb, id) || eg_strbuf_putc(sb, '\t') ||
                put_relations(doc, res, s, ma, mb, sb) || eg_strbuf_putc(sb, '\t') ||
                eg_strbuf_puts(sb, text) || eg_strbuf_putc(sb, '\n'))
                rc = -1;
            free(text);
            free(id);
        }
        i = j;
    }
done:
    free(ma);
    free(mb);
    return rc;
}
