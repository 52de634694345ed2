/* resolve_sense: one written form, one body in an article. A form the lists
 * give to a body of another country ("ABC" of ABC News, "Zvezda" of the
 * Russian channel) names the article's own body when the story writes it for
 * that body too: as the same form ("The authority, known by its French
 * initials ABC ... praised the ABC", the one found by its initials, the
 * other not) or, before, as words of its name ("Crvena zvezda ... Zvezda
 * fired its coach"). */
#include "resolve_int.h"

static int story_mention(const eg_doc *doc, const eg_mention *m) {
    return !(doc->sents.v[m->sentence].flags & EG_SENT_TITLE);
}

/* Whether the form f[0..n) is the text of mention y (same), or one word of
 * it after its first, in any case ("Zvezda" of "Crvena zvezda"); not a run
 * of words ("Environmental Protection Agency" of "Ohio Environmental
 * Protection Agency", a body of its own) nor the first word, which names a
 * parent ("Unilever" of "Unilever Nigeria"). */
static int form_of(const eg_doc *doc, const eg_mention *y, const char *f, size_t n, int *same) {
    const char *s = doc->text + y->start;
    size_t l = y->end - y->start;
    *same = l == n && memcmp(s, f, n) == 0;
    if (*same)
        return 1;
    if (l <= n + 1 || memchr(f, ' ', n))
        return 0;
    for (size_t i = 1; i + n <= l; i++) {
        if (s[i - 1] != ' ' || (i + n < l && s[i + n] != ' '))
            continue;
        size_t k = 0;
        while (k < n && ascii_lower(s[i + k]) == ascii_lower(f[k]))
            k++;
        if (k == n)
            return 1;
    }
    return 0;
}

/* A listed body x that the article names by one form only, which its story
 * writes for one other body y too (anywhere as a mention of y, or before x's
 * first mention as a word of y's name: four letters or more, no word many
 * names share), while x's country is neither the story's nor named in it:
 * x's mentions are y's. */
void rs_pass_one_sense(rctx *c) {
    eg_doc *doc = c->doc;
    long home = -2;
    for (uint32_t x = 0; x < doc->ents.n; x++) {
        const eg_docent *dx = &doc->ents.v[x];
        if (dx->gaz < 0 || !dx->mentions || !is_body(c, x))
            continue;
        /* x's first story mention; every mention of x written as it */
        const eg_mention *m = NULL;
        for (size_t i = 0; i < doc->ments.n && !m; i++)
            if (doc->ments.v[i].ent == x && story_mention(doc, &doc->ments.v[i]))
                m = &doc->ments.v[i];
        int alike = m != NULL;
        for (size_t i = 0; i < doc->ments.n && alike; i++) {
            const eg_mention *z = &doc->ments.v[i];
            alike = z->ent != x ||
                    (z->end - z->start == m->end - m->start &&
                     memcmp(doc->text + z->start, doc->text + m->start, m->end - m->start) == 0);
        }
        if (!alike || m->origin != EG_ORIGIN_GAZETTEER)
            continue;
        const char *f = doc->text + m->start;
        size_t n = m->end - m->start;
        if (n < 3 || n > 60 || !(f[0] >= 'A' && f[0] <= 'Z'))
            continue;
        const char *cc = eg_gazetteer_attr(c->g, (size_t)dx->gaz, "country");
        if (!cc || strlen(cc) != 3)
            continue;
        if (home == -2)
            home = rs_story_country(c);
        if ((home >= 0 && strcmp(cc, eg_gazetteer_key(c->g, (size_t)home)) == 0) ||
            rs_country_named(c, cc, NONE))
            continue;
        /* a word of another name: four letters or more, and no word that
         * many names share ("Labour" of "General Confederation of Labour") */
        int part = n >= 4 && !WORD_IN(generic_first, f, n) && !WORD_IN(body_heads, f, n) &&
                   !WORD_IN(company_tails, f, n) && !eg_rules_stopword(f, n);
        uint32_t to = NONE;
        int several = 0;
        for (size_t j = 0; j < doc->ments.n && !several; j++) {
            const eg_mention *y = &doc->ments.v[j];
            if (y->ent == x || y->ent == to || !story_mention(doc, y) || !is_body(c, y->ent))
                continue;
            int same;
            if (!form_of(doc, y, f, n, &same) || (!same && (!part || y->start > m->start)))
                continue;
            several = to != NONE;
            to = y->ent;
        }
        if (to == NONE || several)
            continue;
        for (size_t i = 0; i < doc->ments.n; i++)
            if (doc->ments.v[i].ent == x && !rs_news_credit(c, &doc->ments.v[i]))
                eg_doc_move_mention(doc, &doc->ments.v[i], to);
    }
}
