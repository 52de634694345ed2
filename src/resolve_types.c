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
            eg_doc_move_entity(doc, from, to);
            if (f_wins)
                break; /* e has no mentions left */
        }
    }
}

/* Words that join a name's parts, left out when two names are compared
 * word by word. */
static const char *const joining[] = {"and", "de", "e", "et", "for", "of", "the", "y"};

/* Up to 16 words of name nm, joining words left out, into w/wl; the
 * count, 0 if there are more. */
static size_t content_words(const char *nm, const char **w, size_t *wl) {
    size_t k = 0;
    for (const char *p = nm; *p;) {
        const char *q = strchr(p, ' ');
        size_t l = q ? (size_t)(q - p) : strlen(p);
        if (l && !WORD_IN(joining, p, l)) {
            if (k == 16)
                return 0;
            w[k] = p;
            wl[k++] = l;
        }
        p += l + (q != NULL);
    }
    return k;
}

/* Whether names a and b have the same words in another order, case aside
 * ("Denmark Export and Investment Fund", "Export and Investment Fund of
 * Denmark"). */
static int same_words(const char *a, const char *b) {
    const char *aw[16], *bw[16];
    size_t al[16], bl[16];
    size_t na = content_words(a, aw, al), nb = content_words(b, bw, bl);
    if (na < 2 || na != nb)
        return 0;
    uint32_t used = 0;
    for (size_t i = 0; i < na; i++) {
        size_t j = 0;
        for (; j < nb; j++) {
            if ((used >> j & 1) || al[i] != bl[j])
                continue;
            size_t k = 0;
            while (k < al[i] && ascii_lower(aw[i][k]) == ascii_lower(bw[j][k]))
                k++;
            if (k == al[i])
                break;
        }
        if (j == nb)
            return 0;
        used |= 1u << j;
    }
    return 1;
}

/* Whether a, all capitals, is the initials of the capitalised words of
 * name nm ("BNDES" of "Banco Nacional de Desenvolvimento Econômico e
 * Social"). */
static int initials_of(const char *a, const char *nm) {
    size_t n = strlen(a), k = 0;
    if (n < 3)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!(a[i] >= 'A' && a[i] <= 'Z'))
            return 0;
    for (const char *p = nm; *p;) {
        const char *q = strchr(p, ' ');
        size_t l = q ? (size_t)(q - p) : strlen(p);
        if (l && *p >= 'A' && *p <= 'Z' && (k == n || a[k++] != *p))
            return 0;
        p += l + (q != NULL);
    }
    return k == n;
}

/* A discovered body that took the mentions of a listed one it is another
 * name of (the same words, a translation, or the initials the list writes
 * of a body of the story's country) is
 * the kind of body the list says: "EIFO" of the listed Denmark Export and
 * Investment Fund (an agency) joined to "Export and Investment Fund of
 * Denmark", which the rules took for an organisation. A body the listed
 * one's acronym was given to ("ADF" of the Ambazonia Defence Forces, not
 * the Australian Defence Force) keeps its own type. */
void rs_pass_listed_types(rctx *c) {
    eg_doc *doc = c->doc;
    long home = -2;
    for (uint32_t x = 0; x < doc->ents.n; x++) {
        const eg_docent *dx = &doc->ents.v[x];
        if (dx->gaz < 0 || dx->mentions || !is_body(c, x))
            continue; /* gate: a listed body left without mentions */
        const char *xn = ent_name(c, x), *xt = ent_type(c, x);
        /* initials only of a body of the story's country ("BNDES" in a
         * story about Brazil; not the Dutch news agency ANP beside the
         * "Autoridade Nacional do Petróleo") */
        const char *own = eg_gazetteer_attr(c->g, (size_t)dx->gaz, "country");
        if (own && home == -2)
            home = rs_story_country(c);
        int initials = own && home >= 0 && strcmp(own, eg_gazetteer_key(c->g, (size_t)home)) == 0;
        uint32_t to = NONE;
        int many = 0;
        for (uint32_t y = 0; y < doc->ents.n && !many; y++) {
            const eg_docent *dy = &doc->ents.v[y];
            if (dy->gaz >= 0 || !dy->mentions || !is_body(c, y) || strcmp(ent_type(c, y), xt) == 0)
                continue;
            const char *yn = ent_name(c, y);
            if (!same_words(xn, yn) && !rs_apposed_names(xn, yn) &&
                !(initials && initials_of(xn, yn)))
                continue;
            many = to != NONE;
            to = y;
        }
        if (to == NONE || many)
            continue;
        char name[256];
        size_t nl = strlen(ent_name(c, to));
        if (nl >= sizeof name)
            continue;
        memcpy(name, ent_name(c, to), nl + 1); /* the pool may move */
        long a = eg_doc_discovered(doc, name, nl, xt);
        if (a < 0)
            return; /* out of memory: the pass is an improvement only */
        eg_doc_move_entity(doc, to, (uint32_t)a);
    }
}
