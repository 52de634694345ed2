/* rules_party: party family names. A listed party's plural or generic name
 * ("Democrats", "Republicans", "Democratic Party"), which the lists give
 * one country's party, written after a word that makes a party family of it
 * ("the Social Democrats", "the Christian Democrats", "Czech Social
 * Democratic Party", "the Progressive Conservatives") names another party:
 * the article's party of that family when it names exactly one (the
 * "Social Democratic Party of Austria" for "the Social Democrats"), else a
 * party of its own under the name as written. Other words before the name
 * leave it alone ("Senate Democrats", "Texas Republicans"). */
#include "rules_ctx.h"

#include <string.h>

/* Words that make a party family of a party's name after them. Sorted. */
static const char *const family_words[] = {"Christian", "Free",        "Liberal",
                                           "New",       "Progressive", "Social"};

/* Listed party names, as written, that such a word can stand before, with
 * the stem a family party's name holds after that word ("Social
 * Democratic", "Social Democrats"). */
static const struct {
    const char *form, *stem;
} party_forms[] = {
    {"Conservative Party", "Conservative"}, {"Conservatives", "Conservative"},
    {"Democratic Party", "Democrat"},       {"Democrats", "Democrat"},
    {"Republican Party", "Republican"},     {"Republicans", "Republican"},
};

/* The stem of the party form written by mention m, or NULL. */
static const char *party_stem(const ctx *c, const eg_mention *m) {
    size_t n = m->end - m->start;
    for (size_t k = 0; k < sizeof party_forms / sizeof party_forms[0]; k++)
        if (strlen(party_forms[k].form) == n &&
            memcmp(c->text + m->start, party_forms[k].form, n) == 0)
            return party_forms[k].stem;
    return NULL;
}

/* The one organisation of the article but `skip` whose name holds the
 * family word w[0..wn) and then stem (the listed one of two so named),
 * NONE if none or more than one. */
static uint32_t family_party(const ctx *c, uint32_t skip, const char *w, size_t wn,
                             const char *stem) {
    const eg_doc *doc = c->doc;
    size_t sn = strlen(stem);
    uint32_t to = NONE;
    for (uint32_t e = 0; e < doc->ents.n; e++) {
        if (e == skip || !doc->ents.v[e].mentions ||
            strcmp(eg_rx_ent_type(c, e), "organisation") != 0)
            continue;
        const char *nm = eg_rx_ent_name(c, e);
        int fits = 0;
        for (const char *p = nm; *p && !fits; p++)
            fits = (p == nm || p[-1] == ' ') && strncmp(p, w, wn) == 0 && p[wn] == ' ' &&
                   strncmp(p + wn + 1, stem, sn) == 0;
        if (!fits)
            continue;
        if (to != NONE && strcmp(eg_rx_ent_name(c, to), nm) != 0)
            return NONE;
        if (to == NONE || doc->ents.v[e].gaz >= 0)
            to = e; /* a listed party over the rules' copy of its name */
    }
    return to;
}

int eg_rx_rule_party_families(ctx *c) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t b = m->tok_begin, q = b - 1;
        /* the cheap tests first: a listed name after an uncovered capitalised word */
        if (m->origin != EG_ORIGIN_GAZETTEER || doc->ents.v[m->ent].gaz < 0 || b == 0 ||
            b <= doc->sents.v[m->sentence].tok_begin || !is_cap_word(c, q) || covered(c, q) ||
            !attached_space(c, b) || !IS_WORD_IN(family_words, ttext(c, q), c->tv[q].len) ||
            strcmp(eg_rx_ent_type(c, m->ent), "organisation") != 0)
            continue;
        const char *stem = party_stem(c, m);
        if (!stem)
            continue;
        uint32_t to = family_party(c, m->ent, ttext(c, q), c->tv[q].len, stem);
        if (to == NONE) {
            eg_strbuf_clear(&c->s->name);
            if (eg_rx_fold_space(c->text + c->tv[q].start, m->end - c->tv[q].start, 0,
                                 &c->s->name) != 0)
                return -1;
            long de = eg_doc_discovered(doc, c->s->name.data, c->s->name.len, "organisation");
            if (de < 0)
                return -1;
            to = (uint32_t)de;
            m = &doc->ments.v[i];
        }
        eg_doc_move_mention(doc, m, to);
        m->tok_begin = q;
        m->start = c->tv[q].start;
        m->origin = EG_ORIGIN_RULE;
        c->s->cover.v[q] = (uint32_t)i;
    }
    return 0;
}
