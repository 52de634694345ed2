/* rules_described: a name the sentence describes as a state body with a
 * lower-case noun, on either side of it (first round, before the designator
 * rules, so that an equal span a designator would make an organisation is
 * typed agency):
 *   - the noun before the name, with or without a comma: "the
 *     telecommunications regulator Conatel", "the roads agency AGEROUTE",
 *     "The hydrocarbons regulator, Alnaft, approved", "the planning appeals
 *     secretariat, Senaclaft,"; the noun is a regulator, watchdog, agency
 *     (not a travel or news agency), authority, secretariat, directorate,
 *     inspectorate, ombudsman or ministry, and the name is capitalised words
 *     no list names, ended by punctuation or a lower-case word;
 *   - the noun after the name and its comma, with an article or a place's
 *     possessive: "Fuerza Pública, Costa Rica’s national police,",
 *     "Héraðsdómur Reykjaness, a district court,", "the Judicial Council,
 *     Lebanon’s highest criminal court", "the Asayish, the Kurdish security
 *     service"; the nouns above and court, police, legislature, parliament,
 *     a prosecutor’s office and a security, customs or intelligence service.
 * A name after "ombudsman" (a person's, mostly) is left alone, and one
 * before a noun that also describes a person (authority, ombudsman,
 * regulator, watchdog) needs an article or a joining word ("Abdullahi
 * Garba, the regulator," is a person).
 * Left alone: a business's agency ("the travel agency Sol Tours", "a
 * Cairo-based agency"), a noun with a capitalised word before it ("the
 * Tech Force agency"), an expert ("X, a leading authority on ..."), a
 * listed name, and a person's name (a title or a given name first). */
#include "rules_ctx.h"

#include <string.h>

/* Nouns that describe a state body on either side of its name. Sorted. */
static const char *const body_nouns[] = {
    "agency",    "authority", "directorate", "inspectorate", "ministry",
    "ombudsman", "regulator", "secretariat", "watchdog",
};

/* Nouns that describe a state body after its name only: "X, a district
 * court". Sorted. */
static const char *const after_nouns[] = {"court", "legislature", "parliament", "police"};

/* Words before "service" that make it a state service. Sorted. */
static const char *const service_kinds[] = {"customs", "immigration", "intelligence", "police",
                                            "security"};

/* Words before "court" that name no state court. Sorted. */
static const char *const play_courts[] = {"basketball", "food", "royal", "tennis"};

/* Modifiers that make the noun no state body's: "the traditional
 * authority of the Lof", "a church-finance watchdog". Sorted. */
static const char *const private_mods[] = {"church",  "community",   "industry",
                                           "private", "religious",   "rights",
                                           "student", "traditional", "tribal"};

/* Nouns that also describe a person ("Garba, a state regulator,"): after
 * one, the name needs an article before it or a joining word inside
 * ("The Asakir", "Procurador de los Derechos Humanos"). Sorted. */
static const char *const person_roles[] = {"authority", "ombudsman", "regulator", "watchdog"};

/* Words after the noun that keep its phrase a description of the name
 * before it: "a specialised court in Antananarivo", "the state body that
 * runs". Sorted. */
static const char *const after_links[] = {"for", "in", "of", "that", "which"};

static int is_article(const ctx *c, uint32_t j) {
    return tok_is(c, j, "the") || tok_is(c, j, "The") || tok_is(c, j, "a") || tok_is(c, j, "an") ||
           tok_is(c, j, "its") || tok_is(c, j, "A") || tok_is(c, j, "An");
}

/* Is token j a lower-case word that may modify a state noun ("national",
 * "anti-money-laundering", "hydrocarbons"), not a function word? */
static int modifier(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    if (is_hyphen(c, j))
        return attached(c, j);
    return (t->flags & EG_TOK_WORD) && !(t->flags & (EG_TOK_CAP | EG_TOK_POSS)) &&
           !eg_rx_tok_class(c, j);
}

/* The first token of the description ending before noun i: lower-case
 * modifiers (at most five), then an article, a place's or body's possessive
 * ("Venezuela’s", "the kingdom’s") or a demonym ("Kurdish" is a lower
 * modifier only when not capitalised). NONE if something else comes
 * first, or a business word qualifies "agency" or "court". */
static uint32_t description_start(const ctx *c, uint32_t sb, uint32_t i) {
    uint32_t q = i, mods = 0;
    if (tok_is(c, i, "agency") && i > sb && eg_rx_business_agency(c, i))
        return NONE;
    if (tok_is(c, i, "court") && i > sb && LOWER_IN(i - 1, play_courts))
        return NONE;
    while (q > sb && mods < 5 && modifier(c, q - 1)) {
        q--;
        mods++;
        if (LOWER_IN(q, private_mods))
            return NONE;
    }
    if (q == sb)
        return NONE;
    uint32_t p = q - 1;
    if (is_article(c, p)) {
        if ((tok_is(c, p, "a") || tok_is(c, p, "an") || tok_is(c, p, "A") || tok_is(c, p, "An")) &&
            (tok_is(c, i, "agency") || tok_is(c, i, "watchdog")) && mods == 0)
            return NONE; /* "an agency that recruited students", "X, a watchdog," */
        return p;
    }
    if ((c->tv[p].flags & EG_TOK_POSS) && attached(c, p) && p > sb) {
        uint32_t o = p - 1;
        if (covered(c, o)) {
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[o]];
            const char *ty = eg_rx_ent_type(c, m->ent);
            if (strcmp(ty, "country") == 0 || strcmp(ty, "location") == 0)
                return m->tok_begin; /* "Costa Rica’s national police" */
            return NONE;
        }
        if ((c->tv[o].flags & EG_TOK_WORD) && !(c->tv[o].flags & EG_TOK_CAP) && o > sb &&
            tok_is(c, o - 1, "the"))
            return o - 1; /* "the kingdom’s police directorate" */
        return NONE;
    }
    if (covered(c, p)) {
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[p]];
        if (m->origin == EG_ORIGIN_DEMONYM || strcmp(eg_rx_ent_type(c, m->ent), "country") == 0)
            return m->tok_begin > sb && is_article(c, m->tok_begin - 1)
                       ? m->tok_begin - 1 /* "the Kurdish security service" */
                       : m->tok_begin;    /* "Venezuelan regulator Conatel" */
    }
    return NONE;
}

/* Is token i the noun of a state body's description, on the side `after`
 * the name (nouns with "service" and "prosecutor’s office" end at *end)? */
static int state_noun_at(const ctx *c, uint32_t i, uint32_t se, int after, uint32_t *end) {
    const eg_token *t = &c->tv[i];
    *end = i + 1;
    /* every noun below is 5 to 12 bytes long ("court" .. "inspectorate") */
    if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP) || t->len < 5 || t->len > 12)
        return 0;
    if (LOWER_IN(i, body_nouns))
        return 1;
    if (!after)
        return 0;
    if (LOWER_IN(i, after_nouns))
        return 1;
    if (tok_is(c, i, "service") && i > 0 && LOWER_IN(i - 1, service_kinds))
        return 1; /* "the Kurdish security service" */
    if ((tok_is(c, i, "prosecutor") || tok_is(c, i, "prosecutors")) && i + 2 < se &&
        (c->tv[i + 1].flags & EG_TOK_POSS) && tok_is(c, i + 2, "office")) {
        *end = i + 3; /* "the special prosecutor’s office" */
        return 1;
    }
    return 0;
}

/* Does the name [b, e) hold only tokens no list or rule has named yet? */
static int unnamed(const ctx *c, uint32_t b, uint32_t e) {
    for (uint32_t k = b; k < e; k++)
        if (covered(c, k)) {
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[k]];
            const char *ty = eg_rx_ent_type(c, m->ent);
            if (k == b || !(strcmp(ty, "location") == 0 || strcmp(ty, "country") == 0))
                return 0; /* "Lotería de Córdoba" keeps its place */
        }
    return 1;
}

/* Words that may join the words of a body's own-language name. Sorted. */
static const char *const name_links[] = {"de", "del", "des", "do", "du", "la", "of"};

/* The first token of the name that ends at the comma at token k: capitalised
 * words (listed places inside), joining words between them, at most eight
 * tokens, an opening "The" left out. NONE if there is none or it opens
 * with a person's given name or a title. */
static uint32_t name_before(const ctx *c, uint32_t sb, uint32_t k) {
    uint32_t b = k, n = 0;
    while (b > sb && n < 8) {
        uint32_t p = b - 1;
        if (is_cap_word(c, p) || (covered(c, p) && b != k) ||
            (is_hyphen(c, p) && attached(c, p) && b < k) ||
            (LOWER_IN(p, name_links) && b < k && p > sb && is_cap_word(c, p - 1))) {
            b = p;
            n++;
            continue;
        }
        break;
    }
    if (b == k || !is_cap_word(c, b))
        return NONE;
    uint32_t open = b; /* before an opening "The" */
    if (tok_is(c, b, "The")) {
        b++;
        if (b == k)
            return NONE;
    }
    uint32_t e;
    if (eg_rx_given_name(c, b) || eg_rx_title_at(c, b, k, &e))
        return NONE;
    if (open > sb && ((c->tv[open - 1].flags & EG_TOK_CAP) || covered(c, open - 1)))
        return NONE;
    if (open > sb + 1 && (c->tv[open - 1].flags & EG_TOK_WORD) && !is_article(c, open - 1) &&
        (is_cap_word(c, open - 2) || covered(c, open - 2)))
        return NONE; /* "Staatsanwaltschaft Frankfurt am Main", "Te Rūnanga o Ngāti Rākau":
                        the name starts before a word no list joins */
    return b;
}

/* "the telecommunications regulator Conatel", "The hydrocarbons regulator,
 * Alnaft,": the noun at token i, the name after it. */
static eg_status described_before(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t i,
                                  eg_error *err) {
    uint32_t end, n0 = i + 1, comma = 0;
    if (!state_noun_at(c, i, se, 0, &end) || tok_is(c, i, "ombudsman") ||
        description_start(c, sb, i) == NONE)
        return EG_OK;
    if (n0 < se && tok_is(c, n0, ",")) {
        n0++;
        comma = 1;
    }
    if (n0 >= se || !is_cap_word(c, n0) || covered(c, n0))
        return EG_OK;
    uint32_t e = eg_rx_org_name(c, n0, se), t;
    if (e == NONE || eg_rx_given_name(c, n0) || eg_rx_title_at(c, n0, se, &t) ||
        !unnamed(c, n0, e) || eg_rx_name_goes_on(c, e, se))
        return EG_OK;
    if (e < se) {
        const eg_token *a = &c->tv[e];
        if (comma ? !(tok_is(c, e, ",") || tok_is(c, e, "(") || tok_is(c, e, "."))
                  : ((a->flags & (EG_TOK_CAP | EG_TOK_POSS)) || covered(c, e) ||
                     !(a->flags & (EG_TOK_WORD | EG_TOK_PUNCT))))
            return EG_OK;
    } else if (comma) {
        return EG_OK;
    }
    return eg_rx_add_cand(c, n0, e, si, K_ORG, "agency", -1, EG_ORIGIN_RULE, err);
}

/* "Héraðsdómur Reykjaness, a district court,": the comma at token k, the
 * description after it. */
static eg_status described_after(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t k,
                                 eg_error *err) {
    uint32_t q = k + 1, noun = NONE, end = NONE;
    for (uint32_t n = 0; q < se && n < 9; q++, n++) {
        if (state_noun_at(c, q, se, 1, &end)) {
            noun = q;
            break;
        }
        const eg_token *t = &c->tv[q];
        if (!(t->flags & (EG_TOK_WORD | EG_TOK_POSS)) && !is_hyphen(c, q) && !covered(c, q))
            return EG_OK;
    }
    if (noun == NONE || description_start(c, k + 1, noun) != k + 1)
        return EG_OK;
    if (end < se && !((c->tv[end].flags & EG_TOK_PUNCT) && !is_hyphen(c, end)) &&
        !LOWER_IN(end, after_links))
        return EG_OK; /* "a leading authority on tax" goes on with "on" */
    if (end + 1 < se && tok_is(c, end, ",") &&
        (is_article(c, end + 1) || is_cap_word(c, end + 1) || covered(c, end + 1)))
        return EG_OK; /* "Separately, the securities regulator, the Comisión ...": the
                         description goes with the name after it */
    uint32_t b = name_before(c, sb, k);
    if (b == NONE || !unnamed(c, b, k))
        return EG_OK;
    if (LOWER_IN(noun, person_roles) && !(b > sb && is_article(c, b - 1))) {
        uint32_t j = b;
        while (j < k && !LOWER_IN(j, name_links))
            j++;
        if (j == k)
            return EG_OK; /* "Abdullahi Garba, the regulator," */
    }
    return eg_rx_add_cand(c, b, k, si, K_ORG, "agency", -1, EG_ORIGIN_RULE, err);
}

eg_status eg_rx_rule_gov_described(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb; i < se; i++) {
        const eg_token *t = &c->tv[i];
        eg_status st = EG_OK;
        if (t->len == 1 && ttext(c, i)[0] == ',' && i > sb && i + 2 < se)
            st = described_after(c, si, sb, se, i, err);
        else if (t->len >= 6 && (t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) && i > sb)
            st = described_before(c, si, sb, se, i, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}
