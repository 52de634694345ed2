/* resolve_wordforms: a body's name written without the place or people word
 * the story first wrote it with: "the Metal Workers’ Union" after "the Korean
 * Metal Workers’ Union" ("Korean", a demonym the lists give to no one
 * country, makes no derived form of the name). */
#include "resolve_int.h"

static int story_mention(const eg_doc *doc, const eg_mention *m) {
    return !(doc->sents.v[m->sentence].flags & EG_SENT_TITLE);
}

/* Entity e's first mention in the story, or NULL. */
static const eg_mention *first_story(const eg_doc *doc, uint32_t e) {
    for (size_t i = 0; i < doc->ments.n; i++)
        if (doc->ments.v[i].ent == e && story_mention(doc, &doc->ments.v[i]))
            return &doc->ments.v[i];
    return NULL;
}

/* Whether the word w[0..n) names a place or, as an adjective, a people: a
 * listed place, or a capitalised word of four letters or more that ends as
 * demonyms do ("Korean", "Hellenic", "Congolese", "Kuwaiti"), none of the
 * words many names start with ("National", "Social"). */
static int people_word(const rctx *c, const char *w, size_t n) {
    if (n < 4 || !(w[0] >= 'A' && w[0] <= 'Z') || WORD_IN(generic_first, w, n))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (w[i] == '-' || w[i] == '.')
            return 0;
    if (rs_place_word(c, w, n))
        return 1;
    static const char *const ends[] = {"an", "ese", "ic", "ish", "i"};
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t l = strlen(ends[k]);
        if (memcmp(w + n - l, ends[k], l) == 0)
            return 1;
    }
    return 0;
}

/* Whether the text of mention y is one people word, a space and the text
 * s[0..n) ("Korean Metal Workers’ Union" of "Metal Workers’ Union"). */
static int people_before(const rctx *c, const eg_mention *y, const char *s, size_t n) {
    const char *t = c->doc->text + y->start;
    size_t l = y->end - y->start;
    if (l <= n + 1 || memcmp(t + l - n, s, n) != 0 || t[l - n - 1] != ' ')
        return 0;
    size_t w = l - n - 1;
    return !memchr(t, ' ', w) && people_word(c, t, w);
}

/* A discovered body first written after another body's mention that is its
 * name with a people word before it joins that body, when one body only
 * fits. */
void rs_pass_word_forms(rctx *c) {
    eg_doc *doc = c->doc;
    for (uint32_t s = 0; s < doc->ents.n; s++) {
        const eg_docent *ds = &doc->ents.v[s];
        if (ds->gaz >= 0 || !ds->mentions || !is_body(c, s))
            continue;
        const eg_mention *sm = first_story(doc, s);
        if (!sm || sm->origin != EG_ORIGIN_RULE)
            continue;
        const char *st = doc->text + sm->start;
        size_t sn = sm->end - sm->start;
        /* two words or more, not a party's ("National Party" is no short
         * form of the "Scottish National Party") */
        if (!memchr(st, ' ', sn) || (sn >= 6 && memcmp(st + sn - 6, " Party", 6) == 0))
            continue;
        uint32_t to = NONE;
        int several = 0;
        for (size_t j = 0; j < doc->ments.n && !several; j++) {
            const eg_mention *y = &doc->ments.v[j];
            if (y->start >= sm->start || y->ent == s || y->ent == to || !story_mention(doc, y) ||
                !is_body(c, y->ent))
                continue;
            if (!people_before(c, y, st, sn))
                continue;
            several = to != NONE;
            to = y->ent;
        }
        if (to == NONE || several)
            continue;
        eg_doc_move_entity(doc, s, to);
    }
}
