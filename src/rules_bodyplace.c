/* rules_bodyplace: a place that ends a body's name. After the rules have
 * run, an organisation's mention right before a place's mention takes the
 * place into one name when the way they are joined marks a subsidiary, an
 * edition or a campus rather than where the body is:
 *   - "(Place)" before a legal form: "China Construction Bank (Asia)
 *     Corporation Limited", "Nestlé (Thailand) Ltd.";
 *   - a dash with no space around it after a name that holds a designator:
 *     "Texas A&M University–Corpus Christi", "African Peoples’ Party–Côte
 *     d’Ivoire";
 *   - "at" after "University of ...": "University of Texas at El Paso";
 *   - a space alone, for a country, a continent or a region of several
 *     countries after a news outlet or a legal form ("Novaya Gazeta Europe",
 *     "ABC Pacific", "Forbes India", "American Express Banking Corp. India").
 * The place must end the run of names. An agency's place, a province or a
 * city after a space ("MACC Sabah director"), a place after a firm's name
 * with no legal form ("Maersk Red Sea diversions"), a place that begins the
 * clause a speech verb governs ("told the BBC Ukraine would"), a spaced dash ("Airbus – India")
 * or a dash after a plain name ("the Airbus–India deal"), "at the" ("Kanazawa
 * University at the Noto site") and "in" ("Port Authority in Mombasa") stay
 * two names. */
#include "rules_ctx.h"

#include <string.h>

/* Does token j end the run of names: the sentence's end, or a token that is
 * no capitalised word, number, dash or "&", after no possessive? */
static int run_ends(const ctx *c, uint32_t j, uint32_t se) {
    if (c->tv[j - 1].flags & EG_TOK_POSS)
        return 0;
    return j >= se || (!(c->tv[j].flags & (EG_TOK_CAP | EG_TOK_NUM)) && !is_hyphen(c, j) &&
                       !tok_is(c, j, "\xE2\x80\x93") && !tok_is(c, j, "&"));
}

/* Short designators that eg_rx_legal_form takes for legal forms but that are
 * words of a name ("Lab", "Bloc"). Sorted. */
static const char *const plain_forms[] = {"Bloc", "Lab", "Labs"};

/* Is token j a legal form ("Limited", "Ltd", "Bhd", "Corporation")? With
 * `strict`, not one that may be a body's own noun ("World Bank Africa team",
 * "Fund", "Club", "Corporation of ...", "Lab"). */
static int legal_at(const ctx *c, uint32_t j, int strict) {
    const designator *d = eg_rx_designator_at(c, j);
    if (!d || strcmp(d->type, "organisation") != 0 || !eg_rx_legal_form(d))
        return 0;
    return !strict || (!(d->flags & (DES_OF | DES_HEAD)) && !IN_SORTED(plain_forms, d->form));
}

/* The end of the legal forms from token j on ("Corporation Limited",
 * "Ltd." with its dot when the sentence goes on), or j when none is there. */
static uint32_t legal_run(const ctx *c, uint32_t j, uint32_t se) {
    uint32_t e = j;
    while (e < se && legal_at(c, e, 0))
        e++;
    if (e > j && e + 1 < se && tok_is(c, e, ".") && attached(c, e))
        e++;
    return e;
}

/* Is doc entity e a listed organisation of category cat? */
static int listed_as(const ctx *c, uint32_t e, const char *cat) {
    long g = c->doc->ents.v[e].gaz;
    const char *v = g >= 0 ? eg_gazetteer_category(c->g, (size_t)g) : NULL;
    return v && strcmp(v, cat) == 0;
}

/* Is doc entity e a continent or a listed place of no one country (an ocean,
 * "Middle East", "Latin America")? */
static int wide_place(const ctx *c, uint32_t e) {
    long g = c->doc->ents.v[e].gaz;
    if (g < 0 || strcmp(eg_gazetteer_type(c->g, (size_t)g), "location") != 0)
        return 0;
    const char *cat = eg_gazetteer_category(c->g, (size_t)g);
    if (!cat || strcmp(cat, "continent") == 0)
        return cat != NULL;
    const char *k = eg_gazetteer_attr(c->g, (size_t)g, "country");
    return (!k || !*k) && (strcmp(cat, "region") == 0 || strcmp(cat, "water") == 0);
}

/* Speech verbs after which a place begins the clause told ("told the BBC
 * Ukraine would not give up land", "told CNN Europe must act"). Sorted. */
static const char *const telling[] = {"tell", "telling", "tells", "told"};

/* Is body m the object of a speech verb (an article allowed between)? */
static int told(const ctx *c, const eg_mention *m) {
    uint32_t b = m->tok_begin, sb = c->doc->sents.v[m->sentence].tok_begin;
    if (b > sb && tok_is(c, b - 1, "the"))
        b--;
    return b > sb && LOWER_IN(b - 1, telling);
}

/* The end of body m's name with the place p after a space, or 0: a news
 * outlet's edition ("Novaya Gazeta Europe", "Forbes India") or a firm's arm
 * after its legal form ("American Express Banking Corp. India"), for a
 * country, a continent or a region of several countries. A firm's name
 * without a legal form stays apart from the place, which may begin a noun
 * phrase ("Maersk Red Sea diversions", "Maersk Asia volumes"). */
static uint32_t edition_end(const ctx *c, const eg_mention *m, const eg_mention *p, int country) {
    if (p->tok_begin != m->tok_end || !attached_space(c, p->tok_begin) ||
        (c->tv[p->tok_begin].flags & EG_TOK_LINE_START) || told(c, m))
        return 0;
    uint32_t last = m->tok_end - 1; /* the legal form before its dot: "Corp." */
    if (last > m->tok_begin && tok_is(c, last, ".") && attached(c, last))
        last--;
    if (!listed_as(c, m->ent, "news") && !legal_at(c, last, 1))
        return 0;
    return country || wide_place(c, p->ent) ? p->tok_end : 0;
}

/* The end of body m's name with "(Place)" and a legal form after it, or 0. */
static uint32_t bracket_end(const ctx *c, const eg_mention *m, const eg_mention *p, uint32_t se) {
    uint32_t e = m->tok_end;
    if (p->tok_begin != e + 1 || !tok_is(c, e, "(") || p->tok_end >= se ||
        !tok_is(c, p->tok_end, ")"))
        return 0;
    uint32_t f = legal_run(c, p->tok_end + 1, se);
    return f > p->tok_end + 1 ? f : 0;
}

/* The end of body m's name with a place after a dash that no space parts
 * from it, when a designator that is no legal form is in m's name
 * ("University of Wisconsin–Milwaukee"), or 0. */
static uint32_t dash_end(const ctx *c, const eg_mention *m, const eg_mention *p) {
    uint32_t e = m->tok_end;
    if (p->tok_begin != e + 1 || !(is_hyphen(c, e) || tok_is(c, e, "\xE2\x80\x93")) ||
        !attached(c, e) || !attached(c, e + 1))
        return 0;
    for (uint32_t j = m->tok_begin; j < e; j++) {
        const designator *d = eg_rx_designator_at(c, j);
        if (d && !eg_rx_legal_form(d))
            return p->tok_end;
    }
    return 0;
}

/* The end of "University of <name> at <Place>" (a campus), or 0. */
static uint32_t campus_end(const ctx *c, const eg_mention *m, const eg_mention *p) {
    uint32_t e = m->tok_end;
    if (p->tok_begin != e + 1 || !tok_is(c, e, "at"))
        return 0;
    for (uint32_t j = m->tok_begin; j + 2 < e; j++)
        if (tok_is(c, j, "University") && tok_is(c, j + 1, "of"))
            return p->tok_end;
    return 0;
}

eg_status eg_rx_rule_body_place(ctx *c, eg_error *err) {
    const eg_doc *doc = c->doc;
    for (size_t i = 0; i + 1 < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i], *p = &doc->ments.v[i + 1];
        if (p->sentence != m->sentence || p->origin == EG_ORIGIN_DEMONYM ||
            m->origin == EG_ORIGIN_DEMONYM || (c->tv[m->tok_end - 1].flags & EG_TOK_POSS))
            continue;
        const eg_sentence *sn = &doc->sents.v[m->sentence];
        if (sn->flags & (EG_SENT_BOILER | EG_SENT_ALLCAPS))
            continue;
        const char *mt = eg_rx_ent_type(c, m->ent), *pt = eg_rx_ent_type(c, p->ent);
        int country = strcmp(pt, "country") == 0;
        if (strcmp(mt, "organisation") != 0 || (!country && strcmp(pt, "location") != 0))
            continue;
        uint32_t se = sn->tok_end, e = edition_end(c, m, p, country);
        if (!e)
            e = bracket_end(c, m, p, se);
        if (!e)
            e = dash_end(c, m, p);
        if (!e)
            e = campus_end(c, m, p);

        if (!e || !run_ends(c, e, se))
            continue;
        eg_status st =
            eg_rx_add_cand(c, m->tok_begin, e, m->sentence, K_ORG, mt, -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
        c->s->cands.v[c->s->cands.n - 1].join = 1;
    }
    return EG_OK;
}
