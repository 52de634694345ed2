/* resolve_types: one entity, one type. The rules type a name they find by
 * each mention's context, so one name can come out as two entities of two
 * types ("Palmas del Aguán, an oil palm company" and "Palmas del Aguán
 * said", "Greater Sunrise gas fields" and "Sunrise is not just a project");
 * once every mention is known, the name is one entity of one type. */
#include "resolve_int.h"

static int story_mention(const eg_doc *doc, const eg_mention *m) {
    return !(doc->sents.v[m->sentence].flags & EG_SENT_TITLE);
}

/* Entity e's mentions outside the title, and the start of its first one
 * (UINT32_MAX if none). */
static uint32_t story_count(const eg_doc *doc, uint32_t e, uint32_t *first) {
    uint32_t n = 0;
    *first = UINT32_MAX;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        if (m->ent != e || !story_mention(doc, m))
            continue;
        if (!n)
            *first = m->start;
        n++;
    }
    return n;
}

/* Two discovered entities of one name and two types are one: the type the
 * story writes it as more often wins, then the one the story writes first
 * (the title's type only when the story never writes the name). Listed
 * entities keep their own type: a listed "Medina" is a place whatever a
 * discovered person of that name is. */
void rs_pass_one_type(rctx *c) {
    eg_doc *doc = c->doc;
    for (uint32_t e = 0; e < doc->ents.n; e++) {
        const eg_docent *de = &doc->ents.v[e];
        if (de->gaz >= 0 || !de->mentions)
            continue;
        const char *ne = ent_name(c, e), *te = ent_type(c, e);
        for (uint32_t f = e + 1; f < doc->ents.n; f++) {
            const eg_docent *df = &doc->ents.v[f];
            if (df->gaz >= 0 || !df->mentions)
                continue;
            const char *nf = ent_name(c, f);
            if (nf[0] != ne[0] || strcmp(nf, ne) != 0 || strcmp(ent_type(c, f), te) == 0)
                continue;
            uint32_t fe, ff;
            uint32_t ce = story_count(doc, e, &fe), cf = story_count(doc, f, &ff);
            int f_wins = cf > ce || (cf == ce && ff < fe);
            uint32_t from = f_wins ? e : f, to = f_wins ? f : e;
            for (size_t i = 0; i < doc->ments.n; i++)
                if (doc->ments.v[i].ent == from)
                    eg_doc_move_mention(doc, &doc->ments.v[i], to);
            if (f_wins)
                break; /* e has no mentions left */
        }
    }
}
