/* story_country: the countries an article names, counted as votes. */
#include "story_country.h"

#include <string.h>

/* The listed country that a mention of listed entity idx votes for: idx
 * itself when it is a country, the country a listed place belongs to, or -1. */
static long vote_of(const eg_gazetteer *g, size_t idx) {
    const char *t = eg_gazetteer_type(g, idx);
    if (strcmp(t, "country") == 0)
        return (long)idx;
    if (strcmp(t, "location") != 0)
        return -1;
    const char *own = eg_gazetteer_attr(g, idx, "country");
    long cg = own && *own ? eg_gazetteer_find_key(g, own) : -1;
    return cg >= 0 && strcmp(eg_gazetteer_type(g, (size_t)cg), "country") == 0 ? cg : -1;
}

size_t eg_country_votes(const eg_doc *doc, const eg_gazetteer *g, uint32_t lead,
                        uint32_t lead_weight, eg_country_vote *v, size_t cap) {
    size_t n = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        int32_t gi = doc->ents.v[m->ent].gaz;
        long cg = m->origin == EG_ORIGIN_GAZETTEER && gi >= 0 ? vote_of(g, (size_t)gi) : -1;
        if (cg < 0)
            continue;
        size_t k = 0;
        while (k < n && v[k].country != (uint32_t)cg)
            k++;
        if (k == n) {
            if (n == cap)
                continue;
            v[n].country = (uint32_t)cg;
            v[n++].votes = 0;
        }
        v[k].votes += m->sentence == lead ? lead_weight : 1;
    }
    return n;
}
