/* resolve_home: the country an article is about, and the listed bodies of
 * other countries that stand in it for bodies of its own. A list gives a
 * generic or native name to one country's body ("Treasury", "Kustwacht",
 * "ComCom"); an article about another country that writes that name means
 * its own body, which it names too. */
#include "resolve_int.h"
#include "story_country.h"

long rs_story_country(const rctx *c) {
    const eg_doc *doc = c->doc;
    uint32_t lead = 0;
    while (lead < doc->sents.n && (doc->sents.v[lead].flags & EG_SENT_TITLE))
        lead++;
    eg_country_vote votes[64];
    size_t n = eg_country_votes(doc, c->g, lead, 2, votes, 64);
    long best = -1;
    uint32_t most = 0, second = 0;
    for (size_t k = 0; k < n; k++) {
        if (votes[k].votes > most) {
            second = most;
            most = votes[k].votes;
            best = (long)votes[k].country;
        } else if (votes[k].votes > second) {
            second = votes[k].votes;
        }
    }
    return most >= second + 2 ? best : -1;
}

/* Whether listed entity g is of the country with code cc. */
static int of_country(const rctx *c, int32_t g, const char *cc) {
    const char *own = eg_gazetteer_attr(c->g, (size_t)g, "country");
    return own && strcmp(own, cc) == 0;
}

int rs_country_named(const rctx *c, const char *cc, uint32_t self) {
    const eg_doc *doc = c->doc;
    long cg = eg_gazetteer_find_key(c->g, cc);
    if (cg < 0)
        return 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        if (doc->ents.v[m->ent].gaz != cg)
            continue;
        /* "the U.S. Drug Enforcement Administration": the country as the
         * owner of another body of its own that the list names */
        const eg_mention *b = i + 1 < doc->ments.n ? &doc->ments.v[i + 1] : NULL;
        if (self != NONE && b && b->tok_begin == m->tok_end && b->sentence == m->sentence &&
            b->ent != self && doc->ents.v[b->ent].gaz >= 0 && is_body(c, b->ent) &&
            of_country(c, doc->ents.v[b->ent].gaz, cc))
            continue;
        return 1;
    }
    return 0;
}

/* Up to max words of s[0..n) into w/wl, whitespace runs splitting them;
 * the count, 0 if there are more. */
static size_t split_words(const char *s, size_t n, const char **w, size_t *wl, size_t max) {
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'))
            i++;
        if (i == n)
            break;
        if (k == max)
            return 0;
        w[k] = s + i;
        while (i < n && s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r')
            i++;
        wl[k] = (size_t)(s + i - w[k]);
        k++;
    }
    return k;
}

/* Whether words a[0..na) and b[0..nb) are one word: ASCII case aside, a
 * straight and a curly apostrophe alike ("Prosecutor’s", "Prosecutor's"). */
static int same_word(const char *a, size_t na, const char *b, size_t nb) {
    size_t i = 0, j = 0;
    while (i < na && j < nb) {
        size_t qa = rs_apostrophe_at(a, i, na), qb = rs_apostrophe_at(b, j, nb);
        if (qa && qb) {
            i += qa;
            j += qb;
        } else if (ascii_lower(a[i]) == ascii_lower(b[j])) {
            i++;
            j++;
        } else {
            return 0;
        }
    }
    return i == na && j == nb;
}

/* Whether words w[0..n) spell a listed country or its demonym, after a
 * joining word and an article ("de la", "of the") if any: "Suriname" of
 * "Kustwacht Suriname". */
static int country_rest(const rctx *c, const char *const *w, const size_t *wl, size_t n) {
    static const char *const joins[] = {"da", "de", "del", "di", "do", "du", "of"};
    static const char *const articles[] = {"el", "la", "the"};
    size_t i = 0;
    if (i < n && WORD_IN(joins, w[i], wl[i]))
        i++;
    if (i < n && WORD_IN(articles, w[i], wl[i]))
        i++;
    if (i == n || n - i > 3)
        return 0;
    char buf[96];
    size_t len = (size_t)(w[n - 1] + wl[n - 1] - w[i]);
    if (len >= sizeof buf)
        return 0;
    memcpy(buf, w[i], len);
    buf[len] = '\0';
    long g = eg_gazetteer_find(c->g, buf);
    return g >= 0 && strcmp(eg_gazetteer_type(c->g, (size_t)g), "country") == 0;
}

/* Whether a form f[0..fn) of a listed body of another country fits the
 * words w[0..wn) of a name the article gives one of its own bodies: they
 * are its words, or some of them in order sharing the last word ("Treasury"
 * of "National Treasury", "Federal Prosecutor's Office" of "Federal Public
 * Prosecutor's Office") or the first, with only a country after them
 * ("Kustwacht" of "Kustwacht Suriname"). */
/* Whether words f[0..fn) are among words w[0..wn), in order. */
static int words_among(const char *const *f, const size_t *fl, size_t fn, const char *const *w,
                       const size_t *wl, size_t wn, size_t *last) {
    size_t j = 0;
    for (size_t i = 0; i < fn; i++, j++) {
        while (j < wn && !same_word(f[i], fl[i], w[j], wl[j]))
            j++;
        if (j == wn)
            return 0;
    }
    *last = j;
    return 1;
}

static int form_fits(const rctx *c, const char *const *f, const size_t *fl, size_t fn,
                     const char *const *w, const size_t *wl, size_t wn) {
    size_t end;
    if (fn == 0 || wn < fn)
        return 0;
    if (same_word(f[fn - 1], fl[fn - 1], w[wn - 1], wl[wn - 1]) &&
        words_among(f, fl, fn - 1, w, wl, wn - 1, &end))
        return 1;
    return same_word(f[0], fl[0], w[0], wl[0]) &&
           words_among(f + 1, fl + 1, fn - 1, w + 1, wl + 1, wn - 1, &end) &&
           country_rest(c, w + 1 + end, wl + 1 + end, wn - 1 - end);
}

/* Whether mention m comes right after a possessive or a country's mention
 * ("Spain’s Policía Nacional", "Dutch Kustwacht"). */
static int owned(const rctx *c, const eg_mention *m) {
    const eg_doc *doc = c->doc;
    if (m->tok_begin == 0)
        return 0;
    if (doc->toks.v[m->tok_begin - 1].flags & EG_TOK_POSS)
        return 1;
    for (size_t j = 0; j < doc->ments.n; j++) {
        const eg_mention *x = &doc->ments.v[j];
        if (x->tok_end == m->tok_begin && x->sentence == m->sentence &&
            strcmp(ent_type(c, x->ent), "country") == 0)
            return 1;
    }
    return 0;
}

/* The one form listed entity x is written in: every mention of x from the
 * list, written alike, after no country or possessive; NULL if none. */
static const eg_mention *one_form(const rctx *c, uint32_t x) {
    const eg_doc *doc = c->doc;
    const eg_mention *first = NULL;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        if (m->ent != x)
            continue;
        if (m->origin != EG_ORIGIN_GAZETTEER || owned(c, m))
            return NULL;
        if (!first)
            first = m;
        else if (m->end - m->start != first->end - first->start ||
                 memcmp(doc->text + m->start, doc->text + first->start, m->end - m->start) != 0)
            return NULL;
    }
    return first;
}

/* Whether form f[0..fn) may stand for a body of another country: neither
 * the listed name itself nor an acronym ("FBI") nor a form with a country
 * or demonym in it ("Dutch Coastguard"). */
static int portable_form(const rctx *c, int32_t g, const char *s, size_t n, const char *const *f,
                         const size_t *fl, size_t fn) {
    const char *name = eg_gazetteer_name(c->g, (size_t)g);
    if (strlen(name) == n && memcmp(name, s, n) == 0)
        return 0;
    int lower = 0;
    for (size_t i = 0; i < n && !lower; i++)
        lower = s[i] >= 'a' && s[i] <= 'z';
    if (!lower)
        return 0;
    for (size_t i = 0; i < fn; i++) {
        char buf[64];
        if (fl[i] >= sizeof buf)
            continue;
        memcpy(buf, f[i], fl[i]);
        buf[fl[i]] = '\0';
        long k = eg_gazetteer_find(c->g, buf);
        if (k >= 0 && strcmp(eg_gazetteer_type(c->g, (size_t)k), "country") == 0)
            return 0;
    }
    return 1;
}

/* Whether the name s[0..n) the article gives body y fits form
 * f[0..fn) (form_fits on the name's core, see rs_body_core), or, for a
 * one-word form, is the name the form is a syllabic acronym of ("ComCom"
 * of "Commerce Commission"). */
static int name_fits(const rctx *c, const char *s, size_t n, const char *const *f, const size_t *fl,
                     size_t fn) {
    char name[256], buf[256];
    char *w[16];
    size_t wl[16];
    if (n >= sizeof name)
        return 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) /* whitespace as the list writes it */
        name[k++] = s[i] == '\n' || s[i] == '\t' || s[i] == '\r' ? ' ' : s[i];
    name[k] = '\0';
    size_t wn = rs_body_core(c, name, buf, sizeof buf, w, wl, 16);
    if (wn == 0 || wn == 16)
        return 0;
    if (form_fits(c, (const char *const *)f, fl, fn, (const char *const *)w, wl, wn))
        return 1;
    if (fn != 1)
        return 0;
    size_t cl = (size_t)(w[wn - 1] + wl[wn - 1] - w[0]);
    memmove(buf, w[0], cl);
    buf[cl] = '\0';
    return rs_syllabic_of(f[0], fl[0], buf);
}

/* Whether body y, the article's own, fits form f[0..fn): its name or a
 * name the article writes for it ("Policía Nacional del Perú" of the
 * listed "National Police of Peru"). */
static int body_fits(const rctx *c, uint32_t y, const char *const *f, const size_t *fl, size_t fn) {
    const eg_doc *doc = c->doc;
    const char *nm = ent_name(c, y);
    if (name_fits(c, nm, strlen(nm), f, fl, fn))
        return 1;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        if (m->ent == y && m->origin != EG_ORIGIN_SHORT &&
            name_fits(c, doc->text + m->start, m->end - m->start, f, fl, fn))
            return 1;
    }
    return 0;
}

int rs_pass_home_forms(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    long hg = -1;
    int hg_known = 0;
    for (uint32_t x = 0; x < doc->ents.n; x++) {
        /* the cheap tests first: a listed agency of one country */
        int32_t g = doc->ents.v[x].gaz;
        if (g < 0 || !doc->ents.v[x].mentions ||
            strcmp(eg_gazetteer_type(c->g, (size_t)g), "agency") != 0)
            continue;
        const char *cc = eg_gazetteer_attr(c->g, (size_t)g, "country");
        if (!cc || strlen(cc) != 3)
            continue;
        const eg_mention *m = one_form(c, x);
        if (!m)
            continue;
        const char *s = doc->text + m->start;
        size_t n = m->end - m->start;
        const char *f[8];
        size_t fl[8];
        size_t fn = split_words(s, n, f, fl, 8);
        if (fn == 0 || !portable_form(c, g, s, n, f, fl, fn))
            continue;
        if (!hg_known) {
            hg = rs_story_country(c);
            hg_known = 1;
        }
        if (hg < 0)
            return 0;
        const char *home = eg_gazetteer_key(c->g, (size_t)hg);
        if (strcmp(cc, home) == 0 || rs_country_named(c, cc, NONE))
            continue;
        uint32_t to = NONE;
        int many = 0;
        for (uint32_t y = 0; y < doc->ents.n && !many; y++) {
            if (y == x || y == to || !doc->ents.v[y].mentions || !is_body(c, y))
                continue;
            int32_t yg = doc->ents.v[y].gaz;
            const char *ycc = yg >= 0 ? eg_gazetteer_attr(c->g, (size_t)yg, "country") : NULL;
            if (yg >= 0 && (!ycc || strcmp(ycc, home) != 0))
                continue;
            if (!body_fits(c, y, f, fl, fn))
                continue;
            many = to != NONE;
            to = y;
        }
        if (to == NONE || many)
            continue;
        if (doc->ents.v[to].gaz < 0 && strcmp(ent_type(c, to), "agency") != 0) {
            /* the list knows the kind of body the form names: "The National
             * Treasury said" is an agency, as "the Treasury" is */
            char name[256];
            size_t nl = strlen(ent_name(c, to));
            if (nl >= sizeof name)
                continue;
            memcpy(name, ent_name(c, to), nl + 1); /* the pool may move */
            long a = eg_doc_discovered(doc, name, nl, "agency");
            if (a < 0)
                return -1;
            eg_doc_move_entity(doc, to, (uint32_t)a);
            to = (uint32_t)a;
        }
        rs_move_all_mentions(c, x, to, changed);
    }
    return 0;
}
