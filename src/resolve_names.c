/* resolve_names: one body under other names in one article. "X, known as Y"
 * and "known by its initials"; a generic force or police name listed for
 * another country's body; a name written in another case or spacing than the
 * list's; a state's formal name ("Republic of the Congo") and its short one;
 * other names that only the article ties together. */
#include "resolve_int.h"

#include <stdio.h>

/* The one entity of type `type` other than `self`, with a mention, whose
 * name ends with the word w[0..n) in any case ("shoal" finds "Sabina
 * Shoal"); NONE if none or two. */
static uint32_t named_by_head(const rctx *c, const char *type, const char *w, size_t n,
                              uint32_t self) {
    uint32_t found = NONE;
    for (size_t e = 0; e < c->doc->ents.n; e++) {
        if (e == self || !c->doc->ents.v[e].mentions || strcmp(ent_type(c, (uint32_t)e), type) != 0)
            continue;
        const char *nm = ent_name(c, (uint32_t)e);
        size_t l = strlen(nm);
        if (l <= n || nm[l - n - 1] != ' ')
            continue;
        size_t i = 0;
        while (i < n && ascii_lower(nm[l - n + i]) == ascii_lower(w[i]))
            i++;
        if (i < n)
            continue;
        if (found != NONE)
            return NONE;
        found = (uint32_t)e;
    }
    return found;
}

/* The one entity of type `type` other than `self` named in the title; NONE
 * if none or two. */
static uint32_t named_in_title(const rctx *c, const char *type, uint32_t self) {
    uint32_t found = NONE;
    for (size_t i = 0; i < c->doc->ments.n; i++) {
        const eg_mention *m = &c->doc->ments.v[i];
        if (!(c->doc->sents.v[m->sentence].flags & EG_SENT_TITLE) || m->ent == self ||
            m->ent == found || strcmp(ent_type(c, m->ent), type) != 0)
            continue;
        if (found != NONE)
            return NONE;
        found = m->ent;
    }
    return found;
}

/* What "the <noun>" or a mention ending at token e (inclusive) names, for an
 * entity of type `type` other than `self`; with `title`, a noun that ends
 * no name ("the feature") stands for the one such entity in the title. */
static uint32_t referent_at(const rctx *c, uint32_t e, uint32_t sb, const char *type, uint32_t self,
                            int title) {
    const eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    if (c->cover.v[e] != NONE) {
        const eg_mention *r = &doc->ments.v[c->cover.v[e]];
        return r->tok_end == e + 1 && r->ent != self && strcmp(ent_type(c, r->ent), type) == 0
                   ? r->ent
                   : NONE;
    }
    if (e <= sb || !(tv[e].flags & EG_TOK_WORD) || (tv[e].flags & EG_TOK_CAP) ||
        !(tok_is_word(doc, e - 1, "the") || tok_is_word(doc, e - 1, "The")))
        return NONE;
    uint32_t r = named_by_head(c, type, doc->text + tv[e].start, tv[e].len, self);
    return r == NONE && title ? named_in_title(c, type, self) : r;
}

/* referent_at for an entity of self's type `type`, else, for a body, of the
 * other kind of body: the rules type a body's other name by its own words
 * ("Ejército" makes an agency), and the name it is tied to is the one body
 * ("the Clan del Golfo, which calls itself the Ejército Gaitanista de
 * Colombia"); the title's entity stands for a noun only of the same type. */
static uint32_t kin_referent_at(const rctx *c, uint32_t e, uint32_t sb, const char *type,
                                uint32_t self, int title) {
    uint32_t r = referent_at(c, e, sb, type, self, title);
    if (r != NONE || !is_body(c, self))
        return r;
    return referent_at(c, e, sb, type[0] == 'a' ? "organisation" : "agency", self, 0);
}

/* A place or body the rules found where the article gives another name for
 * something it names: "the shoal, which Manila calls Escoda Shoal" or
 * "Sabina Shoal, which China calls Xianbin Jiao", and "Xianbin Jiao,
 * China’s name for the shoal". The referent is the mention before the
 * comma, or after "the" a noun that ends the name of one entity of the
 * same type ("shoal" of "Sabina Shoal"); after "name for the" a noun that
 * ends no name ("the feature") stands for the one entity of that type in
 * the title. The discovered entity's mentions move there. Sets *changed when
 * a mention moved. 0, or -1 on ENOMEM. */
/* The index of word w[0..n) among the space-separated words of name, or -1. */
int rs_word_index(const char *name, const char *w, size_t n) {
    int i = 0;
    for (const char *p = name; p; i++) {
        const char *q = strchr(p, ' ');
        size_t l = q ? (size_t)(q - p) : strlen(p);
        if (l == n && memcmp(p, w, n) == 0)
            return i;
        p = q ? q + 1 : NULL;
    }
    return -1;
}

/* Whether name a, written in another language ("Harak Shabab Fezzan": two
 * words or more, all capitalised, none an English joining word, generic or
 * sector word, body head, company tail or legal form), and the English name
 * b share a capitalised word of four letters or more in another place, as
 * a translation moves it ("Fezzan Youth Movement"; not "Kestrel Mining
 * Group" and "Kestrel Workers Union", nor "Ministry of Finance" and
 * "Finance Regulatory Authority"). */
static int translated_name(const char *a, const char *b) {
    int shared = 0, i = 0;
    if (!strchr(a, ' '))
        return 0;
    for (const char *p = a; *p; i++) {
        const char *q = strchr(p, ' ');
        size_t n = q ? (size_t)(q - p) : strlen(p);
        if (!(*p >= 'A' && *p <= 'Z') || WORD_IN(english_links, p, n) ||
            WORD_IN(generic_first, p, n) || WORD_IN(body_heads, p, n) ||
            WORD_IN(company_tails, p, n) || WORD_IN(legal_forms, p, n))
            return 0;
        int j = n >= 4 ? rs_word_index(b, p, n) : -1;
        shared |= j >= 0 && j != i;
        p += n;
        while (*p == ' ')
            p++;
    }
    return shared;
}

/* Adverbs between "known" and "as" ("known locally as"). Sorted. */
static const char *const known_adverbs[] = {
    "also",       "commonly",  "formally",   "formerly", "internationally", "locally",
    "officially", "popularly", "previously", "simply",   "widely"};

/* Words that open the time a former name held ("known until 2024 as",
 * "known before 2019 as"). Sorted. */
static const char *const known_untils[] = {"before", "till", "until"};

/* The entity "<x>, as [the] <y> is [adverb] known|called|named ..." names,
 * for the mention x of a body: y's, when a body other than x's ("The Federal
 * Prosecution Service, as the MPF is known in English,"); NONE if none. */
static uint32_t as_is_known(const rctx *c, const eg_mention *x) {
    const eg_doc *doc = c->doc;
    uint32_t se = doc->sents.v[x->sentence].tok_end, j = x->tok_end;
    if (j + 5 >= se || !tok_is(doc, j, ",") || !tok_is_word(doc, j + 1, "as"))
        return NONE;
    j += 2;
    if (tok_is_word(doc, j, "the"))
        j++;
    if (j >= se || c->cover.v[j] == NONE)
        return NONE;
    const eg_mention *y = &doc->ments.v[c->cover.v[j]];
    uint32_t k = y->tok_end;
    if (y->tok_begin != j || y->ent == x->ent || !is_body(c, y->ent) || k + 1 >= se ||
        !(tok_is_word(doc, k, "is") || tok_is_word(doc, k, "was")))
        return NONE;
    k++;
    if (WORD_IN(known_adverbs, doc->text + doc->toks.v[k].start, doc->toks.v[k].len))
        k++;
    if (k >= se || !(tok_is_word(doc, k, "known") || tok_is_word(doc, k, "called") ||
                     tok_is_word(doc, k, "named")))
        return NONE;
    return y->ent;
}

/* Whether the name nm, its "(...)" left out, has the word w[0..n) in any
 * case ("bureau" in "National Bureau of Investigation (Finland)"). */
static int name_has_word(const char *nm, const char *w, size_t n) {
    for (const char *p = nm; *p && *p != '(';) {
        size_t l = strcspn(p, " (");
        size_t i = 0;
        while (l == n && i < n && ascii_lower(p[i]) == ascii_lower(w[i]))
            i++;
        if (l == n && i == n)
            return 1;
        p += l;
        while (*p == ' ')
            p++;
    }
    return 0;
}

/* The body "the <noun>" ending at token e names, other than `self`: the one
 * agency or organisation whose name ends with the noun ("the court" of
 * "Oslo District Court" beside the "Borgarting Court of Appeal"), else the
 * one whose name has it ("the bureau" of "National Bureau of
 * Investigation"); NONE if none or two. */
static uint32_t noun_referent(const rctx *c, uint32_t e, uint32_t sb, uint32_t self) {
    const eg_doc *doc = c->doc;
    const eg_token *t = &doc->toks.v[e];
    uint32_t a = referent_at(c, e, sb, "agency", self, 0);
    uint32_t o = referent_at(c, e, sb, "organisation", self, 0);
    if (a != NONE || o != NONE)
        return a != NONE && o != NONE ? NONE : a != NONE ? a : o;
    if (e <= sb || (t->flags & EG_TOK_CAP) || !(t->flags & EG_TOK_WORD) ||
        !(tok_is_word(doc, e - 1, "the") || tok_is_word(doc, e - 1, "The")))
        return NONE;
    uint32_t found = NONE;
    for (size_t i = 0; i < doc->ents.n; i++) {
        if (i == self || !doc->ents.v[i].mentions || !is_body(c, (uint32_t)i) ||
            !name_has_word(ent_name(c, (uint32_t)i), doc->text + t->start, t->len))
            continue;
        if (found != NONE)
            return NONE;
        found = (uint32_t)i;
    }
    return found;
}

static uint32_t known_as_referent(const rctx *c, const eg_mention *m) {
    const eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    uint32_t sb = doc->sents.v[m->sentence].tok_begin, p = m->tok_begin;
    if (!is_body(c, m->ent))
        return NONE;
    if (p > sb && tok_is_word(doc, p - 1, "the"))
        p--;
    /* "known by its [French] initials <m>" */
    uint32_t by = p;
    int via_by = 0;
    if (by > sb && tok_is(doc, by - 1, ","))
        by--;
    if (by >= sb + 5 &&
        (tok_is_word(doc, by - 1, "initials") || tok_is_word(doc, by - 1, "acronym") ||
         tok_is_word(doc, by - 1, "abbreviation") || tok_is_word(doc, by - 1, "name"))) {
        uint32_t q = by - 2;
        if (tok_cap_word(doc, q))
            q--;
        if (q >= sb + 3 && (tok_is_word(doc, q, "its") || tok_is_word(doc, q, "the")) &&
            tok_is_word(doc, q - 1, "by") && tok_is_word(doc, q - 2, "known")) {
            p = q; /* "by" stands for "as": the search below starts at "known" */
            via_by = 1;
        }
    }
    if (p < sb + 4 || !(via_by || tok_is_word(doc, p - 1, "as")))
        return NONE;
    uint32_t k = p - 2;
    if (WORD_IN(known_adverbs, doc->text + tv[k].start, tv[k].len))
        k--;
    else if (k > sb + 3 && tok_is_word(doc, k - 1, "in") && tok_cap_word(doc, k) &&
             c->cover.v[k] == NONE)
        k -= 2; /* "known in English as" */
    else if (k > sb + 4 && (doc->toks.v[k].flags & EG_TOK_NUM) &&
             WORD_IN(known_untils, doc->text + tv[k - 1].start, tv[k - 1].len))
        k -= 2; /* "known until 2024 as" */
    if (k < sb + 2 || !tok_is_word(doc, k, "known"))
        return NONE;
    uint32_t q = k;
    while (q > sb + 1 && k - q < 10 && !tok_is(doc, q - 1, ","))
        q--;
    if (q < sb + 2 || !tok_is(doc, q - 1, ","))
        return NONE;
    if (c->cover.v[q - 2] == NONE && q >= sb + 4) {
        /* "<r>, the country’s oldest rights group, known in English as <x>" */
        uint32_t w = q - 2;
        while (w > sb + 1 && q - w < 10 && !tok_is(doc, w - 1, ","))
            w--;
        if (w >= sb + 2 && tok_is(doc, w - 1, ",") &&
            (tok_is_word(doc, w, "the") || tok_is_word(doc, w, "a") || tok_is_word(doc, w, "an")))
            q = w;
    }
    if (c->cover.v[q - 2] == NONE)
        return doc->ents.v[m->ent].gaz < 0 ? noun_referent(c, q - 2, sb, m->ent) : NONE;
    const eg_mention *r = &doc->ments.v[c->cover.v[q - 2]];
    if (r->tok_end != q - 1 || r->ent == m->ent || doc->ents.v[r->ent].gaz >= 0 ||
        !is_body(c, r->ent))
        return NONE;
    return r->ent;
}

/* The body "<r>, whose name is short for [the] <m>", "<r>, which stands for
 * [the] <m>" or "<r>, short for [the] <m>" names, for the mention m of a
 * body: r's when r's mention ends at the comma and is another body; NONE if
 * none. */
static uint32_t short_for_referent(const rctx *c, const eg_mention *m) {
    const eg_doc *doc = c->doc;
    uint32_t sb = doc->sents.v[m->sentence].tok_begin, p = m->tok_begin;
    if (p > sb && tok_is_word(doc, p - 1, "the"))
        p--;
    if (p < sb + 4 || !tok_is_word(doc, p - 1, "for"))
        return NONE;
    uint32_t k = p - 2;
    if (tok_is_word(doc, k, "stands") && tok_is_word(doc, k - 1, "which"))
        k--;
    else if (tok_is_word(doc, k, "short") && k >= sb + 5 && tok_is_word(doc, k - 1, "is") &&
             tok_is_word(doc, k - 2, "name") && tok_is_word(doc, k - 3, "whose"))
        k -= 3;
    else if (!tok_is_word(doc, k, "short"))
        return NONE;
    if (k < sb + 2 || !tok_is(doc, k - 1, ","))
        return NONE;
    if (c->cover.v[k - 2] != NONE) {
        const eg_mention *r = &doc->ments.v[c->cover.v[k - 2]];
        return r->tok_end == k - 1 && r->ent != m->ent && is_body(c, r->ent) ? r->ent : NONE;
    }
    /* a name the resolver has not tagged there yet: the one body whose name
     * the text before the comma ends with, from a word's start */
    const eg_token *t = &doc->toks.v[k - 2];
    size_t end = t->start + t->len, from = doc->toks.v[sb].start;
    uint32_t found = NONE;
    for (size_t e = 0; e < doc->ents.n; e++) {
        if (e == m->ent || !doc->ents.v[e].mentions || !is_body(c, (uint32_t)e))
            continue;
        const char *nm = ent_name(c, (uint32_t)e);
        size_t l = strcspn(nm, "(");
        while (l && nm[l - 1] == ' ')
            l--;
        if (l < 3 || l > end - from || memcmp(doc->text + end - l, nm, l) != 0 ||
            (end - l > from && doc->text[end - l - 1] != ' '))
            continue;
        if (found != NONE)
            return NONE;
        found = (uint32_t)e;
    }
    return found;
}

/* Whether the sentence ends at token e or a spaced dash closes the
 * apposition within four tokens from e ("— the Front for Change and Concord
 * in Chad —"). */
static int dash_closes(const eg_doc *doc, uint32_t e, uint32_t se) {
    if (e >= se || tok_is(doc, e, ","))
        return 1;
    for (uint32_t j = e; j < se && j < e + 4; j++)
        if ((doc->toks.v[j].flags & EG_TOK_DASH) && (doc->toks.v[j].flags & EG_TOK_SPACE_BEFORE))
            return 1;
    return 0;
}

/* Whether an apposition opened at token p - 1 (a comma or a dash) ends at
 * token e with the sentence going on: a dash, or a comma before a word in
 * lower case other than "and" and "or". */
static int apposition_ends(const eg_doc *doc, uint32_t p, uint32_t e, uint32_t se) {
    if (e + 1 >= se)
        return 0;
    const eg_token *t = &doc->toks.v[e];
    if ((t->flags & EG_TOK_DASH) && (t->flags & EG_TOK_SPACE_BEFORE))
        return (doc->toks.v[p - 1].flags & EG_TOK_DASH) != 0 || tok_is(doc, p - 1, ",");
    const eg_token *w = &doc->toks.v[e + 1];
    return tok_is(doc, e, ",") && tok_is(doc, p - 1, ",") && (w->flags & EG_TOK_WORD) &&
           !(w->flags & EG_TOK_CAP) && !tok_is_word(doc, e + 1, "and") &&
           !tok_is_word(doc, e + 1, "or");
}

/* ---- A generic name listed for another country's body ---------------- */

/* Words of the generic names that armed and security forces go by in any
 * language ("Policía Nacional", "National Guard", "Marine nationale"), with
 * the links between them; compared without case on the first letter only.
 * Sorted. */
static const char *const force_words[] = {
    "Aeronautica", "Air",      "Armada",   "Armed",    "Army",      "Armée",      "Aérea",
    "Carabineros", "Civil",    "Coast",    "Corps",    "Ejército",  "Exército",   "Federal",
    "Force",       "Forces",   "Força",    "Forças",   "Fuerza",    "Fuerzas",    "Gendarmerie",
    "Gendarmería", "Guard",    "Guarda",   "Guardia",  "Marina",    "Marine",     "Marinha",
    "Militar",     "Military", "Nacional", "National", "Nationale", "Naval",      "Navy",
    "Police",      "Policia",  "Policía",  "Polizia",  "Polícia",   "Republican", "Sécurité",
    "Territorial", "and",      "de",       "del",      "la",        "nationale",  "the",
};

/* Whether every word of s[0..n) is a force word (a capital first letter may
 * be written small: "Marine nationale"), and there are two words or more. */
static int generic_force_name(const char *s, size_t n) {
    size_t words = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t b = i;
        while (i < n && s[i] != ' ')
            i++;
        if (i == b)
            break;
        char buf[32];
        size_t l = i - b;
        if (l >= sizeof buf)
            return 0;
        memcpy(buf, s + b, l);
        int ok = word_in(force_words, sizeof force_words / sizeof force_words[0], buf, l);
        if (!ok && buf[0] >= 'a' && buf[0] <= 'z') {
            buf[0] = (char)(buf[0] - 'a' + 'A');
            ok = word_in(force_words, sizeof force_words / sizeof force_words[0], buf, l);
        }
        if (!ok)
            return 0;
        words++;
    }
    return words >= 2;
}

/* The value of attribute `name` of listed entity g, or "". */
static const char *gaz_attr(const rctx *c, int32_t g, const char *name) {
    for (size_t k = 0; g >= 0 && k < eg_gazetteer_nattrs(c->g, (size_t)g); k++)
        if (strcmp(eg_gazetteer_attr_name(c->g, (size_t)g, k), name) == 0)
            return eg_gazetteer_attr_value(c->g, (size_t)g, k);
    return "";
}

/* Whether words w[i..i+k) (k = 1..3) spell a listed country or its demonym;
 * the number of words, or 0. */
static size_t country_words(const rctx *c, char *const *w, const size_t *wl, size_t i, size_t n) {
    char buf[128];
    for (size_t k = n - i < 3 ? n - i : 3; k >= 1; k--) {
        size_t len = 0;
        for (size_t j = 0; j < k; j++) {
            if (len + wl[i + j] + 2 > sizeof buf)
                return 0;
            if (j)
                buf[len++] = ' ';
            memcpy(buf + len, w[i + j], wl[i + j]);
            len += wl[i + j];
        }
        buf[len] = '\0';
        long g = eg_gazetteer_find(c->g, buf);
        if (g >= 0 && strcmp(eg_gazetteer_type(c->g, (size_t)g), "country") == 0)
            return k;
    }
    return 0;
}

size_t rs_body_core(const rctx *c, const char *name, char *buf, size_t size, char **w, size_t *wl,
                    size_t max) {
    size_t n = strlen(name);
    const char *par = memchr(name, '(', n);
    if (par)
        n = (size_t)(par - name);
    if (n >= size)
        return 0;
    memcpy(buf, name, n);
    buf[n] = '\0';
    size_t nw = 0;
    for (char *p = buf; *p && nw < max;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        w[nw] = p;
        while (*p && *p != ' ')
            p++;
        wl[nw] = (size_t)(p - w[nw]);
        nw++;
    }
    for (size_t i = 1; i + 1 < nw; i++)
        if (wl[i] == 2 && memcmp(w[i], "of", 2) == 0) {
            size_t j = i + 1;
            if (wl[j] == 3 && memcmp(w[j], "the", 3) == 0 && j + 1 < nw)
                j++;
            if (j + country_words(c, w, wl, j, nw) == nw && country_words(c, w, wl, j, nw)) {
                nw = i;
                break;
            }
        }
    size_t lead = nw > 1 ? country_words(c, w, wl, 0, nw) : 0;
    if (lead && lead < nw) {
        memmove(w, w + lead, (nw - lead) * sizeof *w);
        memmove(wl, wl + lead, (nw - lead) * sizeof *wl);
        nw -= lead;
    }
    return nw;
}

/* Whether the cores a[0..na) and b[0..nb) name the same kind of body: one is
 * the other or begins it with two words or more ("National Police" and
 * "National Police Corps"). */
static int cores_fit(char *const *a, const size_t *al, size_t na, char *const *b, const size_t *bl,
                     size_t nb) {
    size_t k = na < nb ? na : nb;
    if (k == 0 || (na != nb && k < 2))
        return 0;
    for (size_t i = 0; i < k; i++)
        if (al[i] != bl[i])
            return 0;
        else
            for (size_t j = 0; j < al[i]; j++)
                if (ascii_lower(a[i][j]) != ascii_lower(b[i][j]))
                    return 0;
    return 1;
}

/* The iso3 code of the article's country entity e, or "". */
static const char *country_code(const rctx *c, uint32_t e) {
    int32_t g = c->doc->ents.v[e].gaz;
    if (g < 0 || strcmp(eg_gazetteer_type(c->g, (size_t)g), "country") != 0)
        return "";
    return gaz_attr(c, g, "iso3");
}

/* A listed armed or security force of one country that the article names
 * only by a generic name ("Policía Nacional", "National Guard", "Marine
 * nationale") while it never names that country (but as the owner of
 * another of its bodies: "the U.S. Drug Enforcement Administration") and
 * is about another one (the country it names most, twice or more, and more
 * than any other, a mention in the story's first sentence counting a half
 * more; else the one rs_story_country finds by its places) is
 * that other country's force: the one body of the article whose name, its
 * country, demonym and qualifier left out, is or begins the listed one's
 * ("National Police of Colombia", a discovered "Senegalese Navy"), else
 * the listed body named so with the country ("National Guard (Mexico)",
 * "Colombian National Police"), else a body named as the article writes
 * it. */
int rs_pass_foreign_forces(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    size_t ne = doc->ents.n;
    /* the cheap test first: a listed agency written with force words only */
    int forces = 0;
    for (size_t i = 0; i < doc->ments.n && !forces; i++) {
        const eg_mention *m = &doc->ments.v[i];
        forces = m->origin == EG_ORIGIN_GAZETTEER && doc->ents.v[m->ent].gaz >= 0 &&
                 m->end - m->start >= 8 &&
                 generic_force_name(doc->text + m->start, m->end - m->start) &&
                 strcmp(ent_type(c, m->ent), "agency") == 0;
    }
    if (!forces)
        return 0;
    if (EG_VEC_RESERVE(c->formal, ne ? ne : 1) != 0)
        return -1;
    uint32_t *count = c->formal.v, lead = 0;
    memset(count, 0, ne * sizeof *count);
    while (lead < doc->sents.n && (doc->sents.v[lead].flags & EG_SENT_TITLE))
        lead++; /* the dateline's sentence counts a half more */
    for (size_t i = 0; i < doc->ments.n; i++)
        count[doc->ments.v[i].ent] += 2 + (doc->ments.v[i].sentence == lead);
    uint32_t best = NONE, bestn = 0, second = 0;
    for (size_t e = 0; e < ne; e++) {
        if (!*country_code(c, (uint32_t)e))
            continue;
        uint32_t n = count[e];
        if (n > bestn) {
            second = bestn;
            bestn = n;
            best = (uint32_t)e;
        } else if (n > second)
            second = n;
    }
    long hg;
    int by_places = !(best != NONE && bestn >= 4 && bestn > second);
    if (!by_places) {
        hg = doc->ents.v[best].gaz;
    } else {
        /* no country named most: the one its places name ("LIMA", "Comas"),
         * whose force the article must name itself */
        best = NONE;
        if ((hg = rs_story_country(c)) < 0)
            return 0;
        for (size_t e = 0; e < ne && best == NONE; e++)
            if (doc->ents.v[e].gaz == (int32_t)hg)
                best = (uint32_t)e;
    }
    const char *home = eg_gazetteer_key(c->g, (size_t)hg);
    for (size_t e = 0; e < ne; e++) {
        int32_t g = doc->ents.v[e].gaz;
        if (g < 0 || strcmp(eg_gazetteer_type(c->g, (size_t)g), "agency") != 0)
            continue;
        const char *cc = gaz_attr(c, g, "country");
        if (strlen(cc) != 3 || strcmp(cc, home) == 0)
            continue;
        if (rs_country_named(c, cc, (uint32_t)e))
            continue;
        const eg_mention *first = NULL;
        int generic = 1, any = 0;
        for (size_t i = 0; i < doc->ments.n && generic; i++) {
            const eg_mention *m = &doc->ments.v[i];
            if (m->ent != e)
                continue;
            any = 1;
            if (!first)
                first = m;
            generic = m->origin == EG_ORIGIN_GAZETTEER &&
                      generic_force_name(doc->text + m->start, m->end - m->start);
        }
        if (!any || !generic)
            continue;
        char ebuf[256], fbuf[256];
        char *ew[16], *fw[16];
        size_t ewl[16], fwl[16];
        size_t en =
            rs_body_core(c, eg_gazetteer_name(c->g, (size_t)g), ebuf, sizeof ebuf, ew, ewl, 16);
        if (en == 0)
            continue;
        uint32_t to = NONE;
        int several = 0;
        for (size_t f = 0; f < doc->ents.n; f++) {
            if (f == e || doc->ents.v[f].mentions == 0 ||
                strcmp(ent_type(c, (uint32_t)f), "agency") != 0)
                continue;
            int32_t fg = doc->ents.v[f].gaz;
            if (fg >= 0 && strcmp(gaz_attr(c, fg, "country"), home) != 0)
                continue;
            size_t fn = rs_body_core(c, ent_name(c, (uint32_t)f), fbuf, sizeof fbuf, fw, fwl, 16);
            if (!cores_fit(ew, ewl, en, fw, fwl, fn))
                continue;
            several |= to != NONE;
            to = (uint32_t)f;
        }
        if (several || (to == NONE && by_places))
            continue;
        if (to == NONE) {
            /* the listed force of the home country, named with it */
            const char *hname = eg_gazetteer_name(c->g, (size_t)hg);
            for (size_t k = en; k >= 2 && to == NONE; k--) {
                char core[200];
                size_t cl = 0;
                for (size_t j = 0; j < k && cl + ewl[j] + 2 < sizeof core; j++) {
                    if (j)
                        core[cl++] = ' ';
                    memcpy(core + cl, ew[j], ewl[j]);
                    cl += ewl[j];
                }
                core[cl] = '\0';
                for (int shape = 0; shape < 3 + 8 && to == NONE; shape++) {
                    char cand[300];
                    if (shape == 0)
                        snprintf(cand, sizeof cand, "%s (%s)", core, hname);
                    else if (shape == 1)
                        snprintf(cand, sizeof cand, "%s of %s", core, hname);
                    else if (shape == 2)
                        snprintf(cand, sizeof cand, "%s %s", hname, core);
                    else {
                        /* the home country as the article writes it ("Colombian") */
                        int nth = shape - 3, seen = 0;
                        const eg_mention *hm = NULL;
                        for (size_t i = 0; i < doc->ments.n && !hm; i++)
                            if (doc->ments.v[i].ent == best && seen++ == nth)
                                hm = &doc->ments.v[i];
                        if (!hm)
                            break;
                        snprintf(cand, sizeof cand, "%.*s %s", (int)(hm->end - hm->start),
                                 doc->text + hm->start, core);
                    }
                    long h = eg_gazetteer_find(c->g, cand);
                    if (h >= 0 && h != g &&
                        strcmp(eg_gazetteer_type(c->g, (size_t)h), "agency") == 0 &&
                        strcmp(gaz_attr(c, (int32_t)h, "country"), home) == 0) {
                        long x = eg_doc_gazent(doc, (int32_t)h);
                        if (x < 0)
                            return -1;
                        to = (uint32_t)x;
                    }
                }
            }
        }
        if (to == NONE) {
            long x = eg_doc_discovered(doc, doc->text + first->start, first->end - first->start,
                                       "agency");
            if (x < 0)
                return -1;
            to = (uint32_t)x;
        }
        rs_move_all_mentions(c, (uint32_t)e, to, changed);
    }
    return 0;
}

/* Whether the words w[0..n) of a generic form fit the core of body f's name
 * fw[0..fn): the one begins the other with two words or more ("Democratic
 * Party" of "Democratic Party of Korea", of "Democratic Party (Italy)"), or
 * the form is one word of five letters or more that ends the core or is it
 * ("Congress" of "Indian National Congress", of "Congress of Colombia"). */
static int generic_fits(char *const *w, const size_t *wl, size_t n, char *const *fw,
                        const size_t *fwl, size_t fn) {
    if (n >= 2)
        return cores_fit(w, wl, n, fw, fwl, fn);
    if (n != 1 || fn < 1 || wl[0] < 5 || wl[0] != fwl[fn - 1])
        return 0;
    return memcmp(w[0], fw[fn - 1], wl[0]) == 0;
}

/* The one body other than e, and not of country cc, that the article writes
 * exactly as mention m (as another body's mention); e itself when two are,
 * NONE when none is. */
static uint32_t written_for_other(const rctx *c, const eg_mention *m, uint32_t e, const char *cc) {
    const eg_doc *doc = c->doc;
    size_t n = m->end - m->start;
    uint32_t to = NONE;
    for (size_t j = 0; j < doc->ments.n; j++) {
        const eg_mention *x = &doc->ments.v[j];
        if (x->ent == e || x->ent == to || x->end - x->start != n ||
            doc->text[x->start] != doc->text[m->start] ||
            memcmp(doc->text + x->start, doc->text + m->start, n) != 0 || !is_body(c, x->ent))
            continue;
        int32_t xg = doc->ents.v[x->ent].gaz;
        if (xg >= 0 && strcmp(gaz_attr(c, xg, "country"), cc) == 0)
            continue;
        if (to != NONE)
            return e;
        to = x->ent;
    }
    return to;
}

/* A listed party, legislature or other body of one country that the article
 * writes by the generic form its list tells it apart from others of that name
 * ("Democratic Party", "Congress") while it never names that country, and
 * names a body of its own that the form fits ("Democratic Party of Korea", "Democratic Party
 * (Italy)", "Indian National Congress"): the form is that body, when one
 * body only fits, wherever the article names it. */
int rs_pass_foreign_generics(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    uint32_t *first = NULL;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t e = m->ent;
        int32_t g = doc->ents.v[e].gaz;
        size_t n = m->end - m->start;
        /* the cheap tests first: a listed body's capitalised form, not an acronym */
        if (m->origin != EG_ORIGIN_GAZETTEER || g < 0 || n < 5 || n > 40 ||
            !(doc->text[m->start] >= 'A' && doc->text[m->start] <= 'Z') ||
            !(doc->text[m->start + 1] >= 'a' && doc->text[m->start + 1] <= 'z') || !is_body(c, e))
            continue;
        const char *cc = gaz_attr(c, g, "country");
        if (strlen(cc) != 3)
            continue;
        char mbuf[64], fbuf[256];
        char *mw[8], *fw[16];
        size_t mwl[8], fwl[16];
        memcpy(mbuf, doc->text + m->start, n);
        mbuf[n] = '\0';
        size_t mn = 0;
        for (char *p = mbuf; *p && mn < 8;) {
            while (*p == ' ')
                p++;
            if (!*p)
                break;
            mw[mn] = p;
            while (*p && *p != ' ')
                p++;
            mwl[mn] = (size_t)(p - mw[mn]);
            mn++;
        }
        /* generic: the listed name without what the list tells it apart by,
         * its country, demonym or a bracket ("Democratic Party" of
         * "Democratic Party (United States)", "Congress" of "United States
         * Congress"; not "Makerere University", the name itself) */
        const char *gname = eg_gazetteer_name(c->g, (size_t)g);
        /* the listed name itself of two words or more goes only to a body
         * of the article with that name and its country ("Food and Drug
         * Administration" of the "Thai Food and Drug Administration") */
        int itself = strlen(gname) == n && memcmp(gname, doc->text + m->start, n) == 0;
        if (mn < 1 || mn > 4 || (strlen(gname) == n && (!itself || mn < 2)))
            continue;
        char cbuf[256];
        char *cw[16];
        size_t cwl[16];
        size_t cn = rs_body_core(c, gname, cbuf, sizeof cbuf, cw, cwl, 16);
        /* the core, or its first two words or more ("Joint Chiefs" of
         * "Joint Chiefs of Staff") */
        int generic = cn == mn || (mn >= 2 && cn > mn);
        for (size_t k = 0; k < mn && generic; k++)
            generic = cwl[k] == mwl[k] && memcmp(cw[k], mw[k], mwl[k]) == 0;
        /* else the form the article writes for another body of its own
         * ("Belgium's Federal Prosecutor's Office ... the Federal
         * Prosecutor's Office", listed for Germany's too) */
        uint32_t same = NONE;
        if (!generic && mn >= 2)
            same = written_for_other(c, m, e, cc);
        if (!generic && (same == NONE || same == e))
            continue;
        int named = 0;
        for (size_t f = 0; f < doc->ents.n && !named; f++)
            named = doc->ents.v[f].mentions &&
                    (strcmp(country_code(c, (uint32_t)f), cc) == 0 ||
                     (itself && f != e && doc->ents.v[f].gaz >= 0 &&
                      strcmp(gaz_attr(c, doc->ents.v[f].gaz, "country"), cc) == 0));
        /* the name itself stays where anything of its country is named
         * ("the Premier League in England", "Manchester United") */
        if (named)
            continue;
        if (!first) {
            /* where each entity is first named */
            if (EG_VEC_RESERVE(c->formal, doc->ents.n ? doc->ents.n : 1) != 0)
                return -1;
            first = c->formal.v;
            for (size_t f = 0; f < doc->ents.n; f++)
                first[f] = NONE;
            for (size_t j = 0; j < doc->ments.n; j++) {
                const eg_mention *x = &doc->ments.v[j];
                if (x->start < first[x->ent])
                    first[x->ent] = x->start;
            }
        }
        uint32_t to = generic ? NONE : same;
        int several = 0;
        for (size_t f = 0; f < doc->ents.n && !several && generic; f++) {
            if (f == e || doc->ents.v[f].mentions == 0 || !is_body(c, (uint32_t)f) ||
                first[f] == NONE)
                continue;
            int32_t fg = doc->ents.v[f].gaz;
            if (fg >= 0 && strcmp(gaz_attr(c, fg, "country"), cc) == 0)
                continue;
            size_t fn = rs_body_core(c, ent_name(c, (uint32_t)f), fbuf, sizeof fbuf, fw, fwl, 16);
            if (!generic_fits(mw, mwl, mn, fw, fwl, fn))
                continue;
            /* a form cut from the listed core fits only a body of the same
             * core ("Joint Chiefs of Staff (South Korea)"; not the "Toronto
             * Police Association" for "Toronto Police") */
            if (cn > mn && !(fn == cn && cores_fit(cw, cwl, cn, fw, fwl, fn)))
                continue;
            if (itself && (fn != mn || first[f] > m->start))
                continue; /* named before it: "Border Force" before the
                           * "Australian Border Force" stays the UK's */
            several = to != NONE;
            to = (uint32_t)f;
        }
        if (to == NONE || several)
            continue;
        eg_doc_move_mention(doc, m, to);
        m->origin = EG_ORIGIN_SHORT;
        *changed = 1;
    }
    return 0;
}

int rs_pass_other_names(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    if (EG_VEC_RESERVE(c->cover, doc->toks.n ? doc->toks.n : 1) != 0)
        return -1;
    for (size_t j = 0; j < doc->toks.n; j++)
        c->cover.v[j] = NONE;
    for (size_t i = 0; i < doc->ments.n; i++)
        for (uint32_t j = doc->ments.v[i].tok_begin; j < doc->ments.v[i].tok_end; j++)
            c->cover.v[j] = (uint32_t)i;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *x = &doc->ments.v[i];
        uint32_t self = x->ent;
        if (x->origin == EG_ORIGIN_GAZETTEER && doc->ents.v[self].gaz >= 0) {
            uint32_t r = known_as_referent(c, x);
            if (r == NONE && is_body(c, self)) {
                /* a listed body's English name set after the name in its
                 * own language the rules found ("Mamlaka ya Usimamizi wa
                 * Bandari Tanzania — the Tanzania Ports Authority —") */
                uint32_t sb = doc->sents.v[x->sentence].tok_begin;
                uint32_t p = x->tok_begin;
                if (p > sb + 2 && tok_is_word(doc, p - 1, "the") &&
                    apposition_ends(doc, p - 1, x->tok_end, doc->sents.v[x->sentence].tok_end)) {
                    uint32_t q = referent_at(c, p - 3, sb, ent_type(c, self), self, 0);
                    if (q != NONE && doc->ents.v[q].gaz < 0 &&
                        rs_apposed_pairs(ent_name(c, q), ent_name(c, self)) >= 1)
                        rs_move_all_mentions(c, q, self, changed);
                }
                continue;
            }
            if (r == NONE)
                continue;
            if (strcmp(ent_name(c, r), ent_name(c, self)) == 0)
                rs_move_all_mentions(c, r, self, changed); /* the listed body itself */
            else
                rs_move_all_mentions(c, self, r, changed);
            continue;
        }
        if (is_body(c, self)) {
            /* "The Federal Prosecution Service, as the MPF is known in
             * English,": a discovered name joins the other, else the
             * first the second */
            uint32_t y = as_is_known(c, x);
            if (y != NONE) {
                if (doc->ents.v[y].gaz < 0 && doc->ents.v[self].gaz >= 0)
                    rs_move_all_mentions(c, y, self, changed);
                else
                    rs_move_all_mentions(c, self, y, changed);
                continue;
            }
        }
        if (x->origin != EG_ORIGIN_RULE || doc->ents.v[self].gaz >= 0 || is_person(c, self))
            continue;
        const eg_sentence *sn = &doc->sents.v[x->sentence];
        uint32_t sb = sn->tok_begin, se = sn->tok_end, b = x->tok_begin, e = x->tok_end;
        const char *type = ent_type(c, self);
        uint32_t to = NONE;
        /* "<referent>, which <namer> calls [the] <x>", and "<referent>,
         * which calls itself [the] <x>" (no namer) */
        uint32_t p = b;
        if (p > sb && tok_is_word(doc, p - 1, "the"))
            p--;
        uint32_t v = p; /* the token after the verb */
        int itself =
            v > sb && (tok_is_word(doc, v - 1, "itself") || tok_is_word(doc, v - 1, "themselves"));
        v -= (uint32_t)itself;
        if (v >= sb + 4 && (tok_is_word(doc, v - 1, "calls") || tok_is_word(doc, v - 1, "call") ||
                            (itself && tok_is_word(doc, v - 1, "called")))) {
            uint32_t w = v - 2;
            while (w > sb && w + 5 > v && !tok_is_word(doc, w, "which"))
                w--;
            if (tok_is_word(doc, w, "which") && (itself ? w + 2 == v : w + 2 < v) && w >= sb + 2 &&
                tok_is(doc, w - 1, ","))
                to = kin_referent_at(c, w - 2, sb, type, self, 0);
        }
        /* "<referent>, or [the] <x>," of two bodies sharing a word of their
         * names ("Harak Shabab Fezzan, or the Fezzan Youth Movement,") */
        if (to == NONE && p >= sb + 3 && tok_is_word(doc, p - 1, "or") && tok_is(doc, p - 2, ",") &&
            (e >= se || tok_is(doc, e, ",") || tok_is(doc, e, ")"))) {
            uint32_t r = referent_at(c, p - 3, sb, type, self, 0);
            if (r != NONE && doc->ents.v[r].gaz < 0 && is_body(c, r) &&
                (translated_name(ent_name(c, r), ent_name(c, self)) ||
                 translated_name(ent_name(c, self), ent_name(c, r)) ||
                 rs_apposed_names(ent_name(c, r), ent_name(c, self))))
                to = r;
        }
        /* "<referent> — [the] <x> —" and "<referent>, [the] <x>," of a
         * body's names in two languages ("Front pour l’Alternance et la
         * Concorde au Tchad — the Front for Change and Concord in Chad —") */
        if (to == NONE && is_body(c, self) && p >= sb + 2 &&
            (((doc->toks.v[p - 1].flags & EG_TOK_DASH) &&
              (doc->toks.v[p - 1].flags & EG_TOK_SPACE_BEFORE) && dash_closes(doc, e, se)) ||
             (tok_is(doc, p - 1, ",") &&
              (e >= se || tok_is(doc, e, ",") || (doc->toks.v[e].flags & EG_TOK_DASH))))) {
            uint32_t r = kin_referent_at(c, p - 2, sb, type, self, 0);
            if (r != NONE && is_body(c, r) && rs_apposed_names(ent_name(c, r), ent_name(c, self)))
                to = r;
            /* one word that pairs is enough where "the" opens the second
             * name and the sentence goes on after it ("Ministerie van
             * Volksgezondheid, the Ministry of Public Health, has"), which
             * a list of bodies does not ("the Ministério da Saúde, the
             * Ministry of Finance, and") */
            if (to == NONE && r != NONE && is_body(c, r) && p < b &&
                apposition_ends(doc, p, e, se) &&
                rs_apposed_pairs(ent_name(c, r), ent_name(c, self)) == 1)
                to = r;
            /* a listed body's native name, as written, before its English
             * one ("the Contraloría General de Cuentas, the Comptroller
             * General’s Office,"): the list names it in English */
            if (to == NONE && r != NONE && doc->ents.v[r].gaz >= 0 && is_body(c, r) &&
                c->cover.v[p - 2] != NONE) {
                const eg_mention *rm = &doc->ments.v[c->cover.v[p - 2]];
                char rb[160];
                size_t rl = rm->end - rm->start;
                if (rl < sizeof rb) {
                    memcpy(rb, doc->text + rm->start, rl);
                    rb[rl] = '\0';
                    if (rs_apposed_names(rb, ent_name(c, self)))
                        to = r;
                }
            }
        }
        /* "<referent>, known [in English] as [the] <x>" of two bodies the
         * rules found ("..., known as the Big Fund,") */
        if (to == NONE && is_body(c, self)) {
            uint32_t r = known_as_referent(c, x);
            if (r != NONE && r != self)
                to = r;
        }
        /* "<referent>, whose name is short for the <x>" */
        if (to == NONE && is_body(c, self))
            to = short_for_referent(c, x);
        /* "<x>, <namer>’s name for the <referent>" */
        if (to == NONE && e + 5 < se && tok_is(doc, e, ",")) {
            uint32_t q = e + 1;
            while (q < e + 5 && q < se && !tok_is_word(doc, q, "name"))
                q++;
            if (q > e + 1 && q + 2 < se && tok_is_word(doc, q, "name") &&
                (doc->toks.v[q - 1].flags & EG_TOK_POSS) && tok_is_word(doc, q + 1, "for")) {
                uint32_t r = q + 2;
                if (tok_is_word(doc, r, "the") && r + 1 < se)
                    r++;
                to = kin_referent_at(c, r, sb, type, self, 1);
            }
        }
        if (to == NONE)
            continue;
        rs_move_all_mentions(c, self, to, changed);
    }
    return 0;
}

/* The gazetteer entity that the name s[0..n) is a form of, read without case
 * and, when `join` is set, with words joined by a hyphen written as one word
 * ("Anti-Corruption" read as "anticorruption"); -1 if none, -2 if it names
 * two or more. */
static long listed_form_folded(rctx *c, const char *s, size_t n, int join) {
    if (rs_tokenize_name(c, s, n) != 0)
        return -1;
    const eg_token *t = c->ntok.v;
    size_t nt = c->ntok.n;
    uint32_t node = 0;
    char buf[128];
    for (size_t i = 0; i < nt; i++) {
        size_t k = eg_fold_buf(s + t[i].start, t[i].len, EG_FOLD_CASE, buf, sizeof buf);
        if (k == (size_t)-1)
            return -1;
        while (join && i + 2 < nt && ntok_hyphen(s, &t[i + 1]) && ntok_attached(&t[i + 1]) &&
               ntok_attached(&t[i + 2]) && is_word(&t[i]) && is_word(&t[i + 2])) {
            size_t l = eg_fold_buf(s + t[i + 2].start, t[i + 2].len, EG_FOLD_CASE, buf + k,
                                   sizeof buf - k);
            if (l == (size_t)-1)
                return -1;
            k += l;
            i += 2;
        }
        uint32_t tok = eg_gazetteer_token(c->g, buf, k);
        if (tok == EG_GAZ_NONE)
            return -1;
        node = eg_gazetteer_child(c->g, node, tok);
        if (node == EG_GAZ_NONE)
            return -1;
    }
    size_t nv = 0;
    const eg_gaz_variant *v = eg_gazetteer_variants(c->g, node, &nv);
    long found = -1;
    for (size_t i = 0; i < nv; i++) {
        if (v[i].flags & EG_GAZ_DEMONYM)
            continue;
        if (found >= 0 && found != (long)v[i].ent)
            return -2;
        found = (long)v[i].ent;
    }
    return found;
}

/* A discovered body named, case aside or with a hyphen's words written as
 * one, as a listed body of the article is that body: "Forces Armées
 * Maliennes" of the Malian Armed Forces (listed "Forces armées maliennes")
 * the article names "FAMa"; "Central Anti-Corruption Bureau" of the listed
 * "Central Anticorruption Bureau" the article names "CBA". A name that is
 * no listed form, or one of a listed body the article does not name, stays.
 * A discovered body named exactly as the listed one is another body of
 * that name the rules made ("Guyana’s Environmental Protection Agency"
 * beside the listed one of the United States): the listed body's mentions
 * ("EPA") move to it. Sets *changed when a mention moved. 0, or -1 on ENOMEM. */
int rs_pass_listed_folded(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    size_t ne = doc->ents.n;
    for (size_t e = 0; e < ne; e++) {
        if (doc->ents.v[e].gaz >= 0 || !doc->ents.v[e].mentions || !is_body(c, (uint32_t)e))
            continue;
        const char *nm = ent_name(c, (uint32_t)e);
        if (!strchr(nm, ' '))
            continue;
        long g = listed_form_folded(c, nm, strlen(nm), 0);
        if (g == -1 && strchr(nm, '-'))
            g = listed_form_folded(c, nm, strlen(nm), 1);
        if (g < 0)
            continue;
        uint32_t to = NONE;
        for (size_t f = 0; f < ne; f++)
            if (f != e && doc->ents.v[f].gaz == (int32_t)g && doc->ents.v[f].mentions &&
                is_body(c, (uint32_t)f))
                to = (uint32_t)f;
        if (to == NONE)
            continue;
        if (eg_gazetteer_find(c->g, nm) == g)
            rs_move_all_mentions(c, to, (uint32_t)e, changed); /* the rules' other body */
        else
            rs_move_all_mentions(c, (uint32_t)e, to, changed);
    }
    return 0;
}

/* A listed country that the article names only by the end of its formal
 * name, which also ends another country's formal name given in full before
 * ("Congo", listed for the Democratic Republic of the Congo, after "the
 * Republic of the Congo"), is that other country: all its mentions move when
 * each is such a short form of the same one country. A country whose own
 * name is the short form keeps it ("China" after "Republic of China").
 * Sets *changed when a mention moved. 0, or -1 on ENOMEM. */
int rs_pass_formal_names(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    size_t ne = doc->ents.n;
    const uint32_t bad = NONE - 1;
    /* the cheap test first: a country written with a formal name ("Republic
     * of the Congo"), whose end another country's mention may be */
    int formal = 0;
    for (size_t i = 0; i < doc->ments.n && !formal; i++) {
        const eg_mention *m = &doc->ments.v[i];
        if (m->tok_end - m->tok_begin < 3 || m->origin != EG_ORIGIN_GAZETTEER)
            continue;
        for (uint32_t j = m->tok_begin + 1; j + 1 < m->tok_end && !formal; j++)
            formal =
                doc->toks.v[j].len == 2 && memcmp(doc->text + doc->toks.v[j].start, "of", 2) == 0;
        formal = formal && strcmp(ent_type(c, m->ent), "country") == 0;
    }
    if (!formal)
        return 0;
    if (EG_VEC_RESERVE(c->formal, ne ? ne : 1) != 0)
        return -1;
    uint32_t *to = c->formal.v;
    for (size_t e = 0; e < ne; e++)
        to[e] = NONE;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        uint32_t e = m->ent;
        if (to[e] == bad || doc->ents.v[e].gaz < 0 || strcmp(ent_type(c, e), "country") != 0)
            continue;
        if (m->origin == EG_ORIGIN_DEMONYM)
            continue; /* "Congolese" goes where "Congo" goes */
        if (m->origin != EG_ORIGIN_GAZETTEER) {
            to[e] = bad; /* a rule's name is no formal name's end */
            continue;
        }
        if (rs_mention_form(c, m) != 0)
            return -1;
        c->fits.n = 0;
        if (rs_lookup(c, c->tmp.data, c->tmp.len, 0, 1u << F_BASE, NONE) != 0)
            return -1;
        size_t k = 0;
        int own = 0;
        for (size_t f = 0; f < c->fits.n; f++) {
            own |= c->fits.v[f].ent == e;
            if (c->fits.v[f].ent != e && strcmp(ent_type(c, c->fits.v[f].ent), "country") == 0)
                c->fits.v[k++] = c->fits.v[f];
        }
        c->fits.n = own ? k : 0; /* "China" is no end of the formal name "Republic of China" */
        int amb, in_title = (doc->sents.v[m->sentence].flags & EG_SENT_TITLE) != 0;
        uint32_t dst = rs_decide(c, m->start, in_title, &amb);
        to[e] = (dst == NONE || (to[e] != NONE && to[e] != dst)) ? bad : dst;
    }
    c->fits.n = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t dst = to[m->ent];
        if (dst == NONE || dst == bad)
            continue;
        eg_doc_move_mention(doc, m, dst);
        m->origin = EG_ORIGIN_SHORT;
        *changed = 1;
    }
    return 0;
}
