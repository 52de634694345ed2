/* rules_place: places the lists miss, from what surrounds them ("the town
 * of X", "based in X", "X region", "in X, Massachusetts"), datelines, and in
 * the second round bare places after "in" or "from". */
#include "rules_ctx.h"

#include <string.h>

#include "tokenize.h"
#include "utf8.h"

/* The rules below that scan every token are kept out of line: inlined into
 * eg_rx_rule_places they would make it too big for the compiler to inline
 * tok_is there, and the tag stage slower (issue #5). */
#if defined(__GNUC__)
#define PLACE_RULE __attribute__((noinline)) static
#else
#define PLACE_RULE static
#endif

/* Nouns for places: "the town of X", "X, a port east of the city". */
static const char *const place_nouns[] = {
    "canton",  "capital",  "city",     "commune",      "county",       "district",
    "enclave", "hamlet",   "island",   "municipality", "neighborhood", "neighbourhood",
    "port",    "province", "region",   "resort",       "settlement",   "stronghold",
    "suburb",  "town",     "township", "village",
};

/* Plural place nouns before "such as" or "including" ("towns such as
 * Ashburton and Timaru") or "of" ("the ports of Balboa and Cristóbal"). */
static const char *const place_plurals[] = {
    "cantons", "cities",         "communes", "districts", "hamlets",
    "islands", "municipalities", "ports",    "provinces", "regions",
    "resorts", "settlements",    "suburbs",  "towns",     "villages",
};

/* Words after a place noun that show it names the place ("a town in", "a port
 * east of"), unlike "a city councillor". */
static const char *const place_followers[] = {
    "about", "along", "around",  "bordering", "close", "east",  "home", "in",
    "just",  "known", "located", "near",      "north", "of",    "on",   "outside",
    "some",  "south", "that",    "west",      "where", "which", "with",
};

/* Nouns for natural and built features that describe a place after a comma
 * ("Huanuni, Bolivia’s largest tin mine", "La Caldera, the club’s 18,000-seat
 * ground", "Essequibo, the region that ..."). */
static const char *const feature_appositions[] = {
    "archipelago", "area",   "bay",     "channel", "dam",      "estuary",  "ground",    "harbour",
    "island",      "lagoon", "lake",    "mine",    "oasis",    "oilfield", "peninsula", "region",
    "reservoir",   "river",  "stadium", "strait",  "terminal", "valley",
};

/* Words after such a noun that show it names the place even after a bare
 * "the": a relative, a preposition or a direction ("the strait crossed by",
 * "the region that", "the disputed area further east"). */
static const char *const feature_followers[] = {
    "along", "at",  "between", "east",  "further", "in",    "near",  "north",
    "of",    "off", "on",      "south", "that",    "where", "which", "west",
};

/* Lower-case nouns for a part of a town or land after "the" and a new name,
 * then punctuation, "of" or a word that places it: "In the Varoš quarter,",
 * "the Barroso highlands.", "the Svartsengi area since" (not "the Kestrel
 * area manager"). */
static const char *const district_nouns[] = {
    "area", "highlands", "neighborhood", "neighbourhood", "quarter", "suburb",
};

/* Lower-case nouns after a place's name: "Poltava region", "Zulia state". */
static const char *const region_nouns[] = {
    "county",     "district", "governorate", "municipality", "oblast",
    "prefecture", "province", "region",      "state",        "zone",
};

/* Nouns that make a compound with a place noun, so that "a city councillor"
 * or "a town planner" describes a person, not a place. */
static const char *const place_compounds[] = {
    "authorities", "authority",  "center",     "centre",    "clerk",        "company",
    "council",     "councillor", "councilman", "councilor", "councilwoman", "court",
    "developer",   "dweller",    "elder",      "elders",    "employee",     "engineer",
    "firm",        "gate",       "government", "group",     "guide",        "hall",
    "hospital",    "leader",     "limits",     "manager",   "mayor",        "official",
    "officials",   "operator",   "operators",  "owner",     "planner",      "police",
    "resident",    "residents",  "square",     "walls",     "worker",
};

/* Words before "at" that make the next name a place: "the border crossing
 * at Medyka", "trucked across the border at Upper Lars". */
static const char *const crossing_words[] = {
    "border", "checkpoint", "crossing", "frontier", "post",
};

/* Lower-case words after a place's name that show it is one: "the Brest
 * border crossing", "the Bellville regional court". */
static const char *const crossing_nouns[] = {
    "checkpoint",
    "crossing",
    "post",
};
/* Bodies after "provincial" that make the word before it a province: "Tak
 * provincial police said". */
static const char *const provincial_bodies[] = {
    "administration", "assembly", "authorities", "council", "court",
    "government",     "governor", "officials",   "police",
};
static const char *const court_adjectives[] = {
    "appeals", "city", "criminal", "district", "magistrates", "municipal", "provincial", "regional",
};

/* Lower-case nouns before "of" that take a place: "residents of Kitwe", "the
 * outskirts of Ntoum". */
static const char *const of_place_words[] = {
    "coast",    "hills",     "inhabitants", "native",  "natives", "outskirts",
    "resident", "residents", "shores",      "streets", "suburbs", "villagers",
};

/* Lower-case particles joining the parts of a hyphenated place name, whose
 * last part may be a listed name ("Roissy-en-France", "Saint-Rémy-de-Provence",
 * "Stratford-upon-Avon"). */
static const char *const place_particles[] = {
    "am", "an", "de", "du", "en", "im", "la", "le", "les", "on", "sur", "upon",
};

/* Particles that join the words of a place name written apart: "Mocímboa da
 * Praia", "Santiago de Compostela", "Vila Real de Santo António". */
static const char *const place_joiners[] = {
    "da", "das", "de", "del", "des", "di", "do", "dos", "du",
};

/* Articles after a joining particle: "Santa Cruz de la Sierra", "Cerro de
 * los Santos". */
static const char *const place_articles[] = {"el", "la", "las", "le", "les", "los"};

/* Verbs before "in" that take a place: "based in X", "born in X". */
static const char *const place_verbs[] = {
    "based", "born", "headquartered", "located", "situated",
};

/* Capitalised words that open a line like a dateline but are labels. */
static const char *const dateline_labels[] = {
    "ANALYSIS", "BREAKING", "COMMENT", "CORRECTION", "EDITORIAL", "EXCLUSIVE",
    "FACTBOX",  "FILE",     "LIVE",    "NEWS",       "OPINION",   "PHOTO",
    "REPORT",   "REVIEW",   "UPDATE",  "UPDATED",    "VIDEO",     "WATCH",
};

/* A lower-case past participle ("crossed", "shared"). */
static int past_participle(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    const char *w = ttext(c, j);
    return (t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) && t->len > 4 &&
           w[t->len - 2] == 'e' && w[t->len - 1] == 'd';
}

/* Is token j a lower-case noun after a place's name ("Poltava region")? */
int eg_rx_region_noun(const ctx *c, uint32_t j) {
    return LOWER_IN(j, region_nouns);
}

/* A capitalised sentence opener that is a word of a lower-case list
 * ("Residents of Recuay"). */
static int opener_in(const ctx *c, uint32_t j, const char *const *list, size_t n) {
    char buf[16];
    return (c->tv[j].flags & EG_TOK_WORD) &&
           eg_rx_ascii_lower(ttext(c, j), c->tv[j].len, buf, sizeof buf) &&
           eg_rx_in_sorted(list, n, buf);
}

/* Does token j open the story after a dateline's dash ("TAMALE, Ghana —
 * Residents of ...")? Such a word is capitalised as a sentence's first. */
static int after_dash(const ctx *c, uint32_t sb, uint32_t j) {
    return j > sb + 1 &&
           (tok_is(c, j - 1, "\xE2\x80\x94") || tok_is(c, j - 1, "\xE2\x80\x93") ||
            tok_is(c, j - 1, "-")) &&
           (tok_is(c, j - 2, ")") ||
            (is_cap_word(c, j - 2) &&
             ((c->tv[j - 2].flags & EG_TOK_ALLCAPS) || covered(c, j - 2))));
}

/* End of "da Praia" in "Mocímboa da Praia" when token k is a joining
 * particle followed by one or two capitalised words (listed places among
 * them) and no further capitalised word; NONE otherwise. */
static uint32_t joined_place_tail(const ctx *c, uint32_t k, uint32_t se) {
    if (k + 1 >= se || k == 0)
        return NONE;
    /* in capitals between words in capitals: "SANTA CRUZ DE TENERIFE" */
    int caps = c->tv[k].len <= 3 && (c->tv[k].flags & EG_TOK_ALLCAPS) &&
               (c->tv[k - 1].flags & EG_TOK_ALLCAPS) && (c->tv[k + 1].flags & EG_TOK_ALLCAPS);
    if (caps ? !opener_in(c, k, place_joiners, sizeof place_joiners / sizeof place_joiners[0])
             : (!LOWER_IN(k, place_joiners) || (c->tv[k].flags & EG_TOK_CAP)))
        return NONE;
    uint32_t q = k + 1, w = 0;
    if (q + 1 < se && (caps ? c->tv[q].len <= 3 && (c->tv[q + 1].flags & EG_TOK_ALLCAPS) &&
                                  opener_in(c, q, place_articles,
                                            sizeof place_articles / sizeof place_articles[0])
                            : LOWER_IN(q, place_articles) && !(c->tv[q].flags & EG_TOK_CAP)))
        q++; /* "Santa Cruz de la Sierra" */
    if (!is_cap_word(c, q))
        return NONE;
    while (q < se && w < 2 && is_cap_word(c, q) && !eg_rx_tok_class(c, q) &&
           !eg_rx_strong_designator(eg_rx_designator_at(c, q))) {
        if (covered(c, q)) {
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[q]];
            if (m->tok_begin != q || m->tok_end > se || !eg_rx_replaceable(c, m) ||
                strcmp(eg_rx_ent_type(c, m->ent), "location") != 0)
                break;
            q = m->tok_end;
        } else {
            q++;
        }
        w++;
    }
    return (w && (q >= se || !is_cap_word(c, q))) ? q : NONE;
}

/* Options of place_name: words in capitals may count (datelines); a given
 * name may start it ("Quang Tri province"). */
enum { PN_CAPS = 1u, PN_GIVEN = 2u };

/* One to three uncovered capitalised words from token j ("Pivdennyi",
 * "Boulogne-sur-Mer"); returns the token after them, or NONE. Not a person's
 * name (a given name first), a designator or a function word. */
static int attribute_word(const ctx *c, uint32_t j);
static eg_status river_given_names(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
static int people_word(const ctx *c, uint32_t j);
static int name_before(const ctx *c, uint32_t j);

static uint32_t place_name(const ctx *c, uint32_t j, uint32_t se, unsigned opts) {
    uint32_t k = j, n = 0;
    /* "the Trans-Adriatic pipeline" names a route across the sea */
    if (c->tv[j].len == 5 && j + 1 < se && is_hyphen(c, j + 1) &&
        (tok_is(c, j, "Trans") || tok_is(c, j, "TRANS")))
        return NONE;
    while (k < se && n < 3 && is_cap_word(c, k) && !covered(c, k) && !eg_rx_tok_class(c, k) &&
           ((opts & PN_CAPS) || !(c->tv[k].flags & EG_TOK_ALLCAPS)) &&
           !eg_rx_strong_designator(eg_rx_designator_at(c, k))) {
        k++;
        while (k + 1 < se && is_hyphen(c, k) && attached(c, k) && attached(c, k + 1) &&
               (c->tv[k + 1].flags & EG_TOK_WORD)) {
            if (!covered(c, k + 1)) {
                if (!(c->tv[k + 1].flags & EG_TOK_CAP) && attribute_word(c, k + 1))
                    break; /* "Serb-majority municipalities" */
                k += 2;
                continue;
            }
            /* a listed name after a particle: "Roissy-en-France" */
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[k + 1]];
            if (!LOWER_IN(k - 1, place_particles) || m->tok_begin != k + 1 || m->tok_end > se ||
                !eg_rx_replaceable(c, m))
                break;
            k = m->tok_end;
        }
        n++;
        uint32_t q = joined_place_tail(c, k, se);
        if (q != NONE) {
            k = q; /* "Mocímboa da Praia" */
            break;
        }
    }
    if (!n || (n >= 2 && !(opts & PN_GIVEN) && eg_rx_given_name(c, j)))
        return NONE;
    uint32_t e;
    if (eg_rx_title_at(c, j, se, &e))
        return NONE;
    return k;
}

/* "the" or "a" before token i, with at most two lower-case words (or a
 * hyphenated one) between: "the town", "the coastal town", "a southern port". */
static int article_before(const ctx *c, uint32_t sb, uint32_t i) {
    for (uint32_t k = 0, p = i; p > sb && k < 5; k++) {
        p--;
        if (tok_is(c, p, "the") || tok_is(c, p, "a") || tok_is(c, p, "its") ||
            tok_is(c, p, "their"))
            return 1; /* also "its stronghold of Cité Soleil" */
        if (covered(c, p)) {
            /* "the Kenyan town of", "the Amazon region of" */
            p = c->doc->ments.v[c->s->cover.v[p]].tok_begin;
            continue;
        }
        const eg_token *t = &c->tv[p];
        if (!(((t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) && !eg_rx_tok_class(c, p)) ||
              is_hyphen(c, p)))
            return 0;
    }
    return 0;
}

/* A gazetteer mention at token j of a country or a region, state, province
 * or territory ("Worcester, Massachusetts"), not a possessive ("Kenya’s"). */
static int region_mention(const ctx *c, uint32_t j, uint32_t se) {
    if (!covered(c, j))
        return 0;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
    if (m->tok_begin != j || m->origin != EG_ORIGIN_GAZETTEER ||
        (m->tok_end < se && ((c->tv[m->tok_end].flags & EG_TOK_POSS) || is_hyphen(c, m->tok_end))))
        return 0;
    const eg_docent *d = &c->doc->ents.v[m->ent];
    return d->gaz >= 0 && eg_gazetteer_country_or_area(c->g, (size_t)d->gaz, 1);
}

/* A rule's place: tokens [b, e) of sentence si become a location
 * candidate. */
static eg_status place_cand(ctx *c, uint32_t b, uint32_t e, uint32_t si, eg_error *err) {
    return eg_rx_add_cand(c, b, e, si, K_PLACE, "location", -1, EG_ORIGIN_RULE, err);
}

/* A dateline naming a country is its city ("MONACO —", "LUXEMBOURG (Reuters)
 * —"): datelines name cities. Singapore, a city-state whose every mention is
 * the country (tests/devset/README.md), is the exception. */
static eg_status city_state_dateline(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    const eg_doc *doc = c->doc;
    if (!covered(c, sb) || !(c->tv[sb].flags & EG_TOK_LINE_START) || doc->sents.v[si].flags ||
        c->tv[sb].start >= doc->body_offset + 200 || !(c->tv[sb].flags & EG_TOK_ALLCAPS))
        return EG_OK;
    const eg_mention *m = &doc->ments.v[c->s->cover.v[sb]];
    uint32_t e = m->tok_end;
    if (m->tok_begin != sb || m->origin != EG_ORIGIN_GAZETTEER || e >= se ||
        strcmp(eg_rx_ent_type(c, m->ent), "country") != 0 ||
        strcmp(eg_rx_ent_name(c, m->ent), "Singapore") == 0 ||
        !((c->tv[e].flags & EG_TOK_DASH) || tok_is(c, e, "(") || tok_is(c, e, ",")))
        return EG_OK;
    for (uint32_t k = sb; k < e; k++)
        if ((c->tv[k].flags & EG_TOK_WORD) && !(c->tv[k].flags & EG_TOK_ALLCAPS))
            return EG_OK;
    eg_status st = place_cand(c, sb, e, si, err);
    if (st == EG_OK)
        c->s->cands.v[c->s->cands.n - 1].swap = 1;
    return st;
}

/* "met at the Palacio Nacional", "protesters outside the Élysée Palace", "march
 * to the Casa Rosada" (a "Casa" names a house, the building): a listed seat of government (an
 * agency whose name as written holds a palace word) after a preposition of place and "the" is the
 * building, a place; "the Palacio Nacional said" stays the executive. */
static eg_status palace_places(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    static const char *const palaces[] = {"Casa",   "Palace",  "Palacio",
                                          "Palais", "Palazzo", "Palácio"};
    static const char *const preps[] = {"at", "in", "inside", "near", "outside", "to"};
    for (uint32_t i = sb + 2; i < se; i++) {
        if (!covered(c, i) || !tok_is(c, i - 1, "the") || !LOWER_IN(i - 2, preps))
            continue;
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[i]];
        if (m->tok_begin != i || m->origin != EG_ORIGIN_GAZETTEER || m->tok_end > se ||
            strcmp(eg_rx_ent_type(c, m->ent), "agency") != 0)
            continue;
        int palace = 0;
        for (uint32_t k = i; k < m->tok_end && !palace; k++)
            palace = WORD_IN_LIST(palaces, ttext(c, k), c->tv[k].len);
        if (!palace)
            continue;
        eg_status st = place_cand(c, i, m->tok_end, si, err);
        if (st != EG_OK)
            return st;
        c->s->cands.v[c->s->cands.n - 1].swap = 1;
        i = m->tok_end - 1;
    }
    return EG_OK;
}

/* "instructions from State House", "a meeting at Government House in
 * Bangkok", "protesters outside Parliament House": the house of a head of
 * state, a government or a parliament after a preposition of place (at token
 * i, an optional "the" between) is the building, a place. Not "State House
 * said" (no preposition), "the State House of Representatives" or "Parliament
 * House Publishing" (a word or "of" after it), nor a longer listed name, nor
 * a house the article names elsewhere without such a preposition (a body
 * that acts: "State House said"). */
static const char *const seat_preps[] = {"around", "at",      "from", "inside", "into",
                                         "near",   "outside", "to",   "toward", "towards"};

/* Is the house whose first word is token i (of "State House") after a
 * preposition of place, "the" allowed between? */
static int seat_after_prep(const ctx *c, uint32_t i) {
    if (i > 1 && tok_is(c, i - 1, "the"))
        i--;
    return i > 0 && LOWER_IN(i - 1, seat_preps);
}

/* Does the article name the house of token i anywhere without a preposition
 * of place before it, as a body that acts ("State House said")? */
static int seat_acts(const ctx *c, uint32_t i) {
    for (uint32_t j = 0; j + 1 < c->ntok; j++)
        if (c->tv[j].len == c->tv[i].len && tok_is(c, j + 1, "House") &&
            memcmp(ttext(c, j), ttext(c, i), c->tv[i].len) == 0 && !seat_after_prep(c, j))
            return 1;
    return 0;
}

PLACE_RULE eg_status seat_houses(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    static const char *const seats[] = {"Government", "Parliament", "State"};
    for (uint32_t i = sb + 1; i + 1 < se; i++) {
        if (c->tv[i + 1].len != 5 || !tok_is(c, i + 1, "House") ||
            !WORD_IN_LIST(seats, ttext(c, i), c->tv[i].len))
            continue;
        if (!seat_after_prep(c, i) || seat_acts(c, i) ||
            (covered(c, i) && c->doc->ments.v[c->s->cover.v[i]].tok_end > i + 2) ||
            (i + 2 < se && (is_cap_word(c, i + 2) || covered(c, i + 2) || tok_is(c, i + 2, "of") ||
                            (c->tv[i + 2].flags & EG_TOK_POSS))))
            continue;
        eg_status st = place_cand(c, i, i + 2, si, err);
        if (st != EG_OK)
            return st;
        i++;
    }
    return EG_OK;
}

/* Buildings and sites named "X of Y" that news names as places: "the Palace of
 * Justice", "the Citadel of Aleppo", "the Basilica of Our Lady of Caacupé". Not
 * "Church" (the Church of England is a body) or "Hall of Fame". */
static const char *const building_heads[] = {
    "Basilica",  "Castle",    "Cathedral", "Citadel", "Fort",   "Fortress", "Hall",
    "Mausoleum", "Monastery", "Mosque",    "Palace",  "Shrine", "Temple",   "Tomb",
};

/* "the Palace of Justice" after a preposition of place (at token i, "the" at
 * i - 1): the building noun, "of", an optional "the" and one to three
 * capitalised words, with "of" between two of them ("Our Lady of Caacupé");
 * listed places inside join it ("the Citadel of Aleppo"), other listed names
 * stop it. */
PLACE_RULE eg_status building_places(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    static const char *const preps[] = {"around", "at",      "behind",  "beside", "between", "from",
                                        "in",     "inside",  "into",    "near",   "outside", "to",
                                        "toward", "towards", "visited", "within"};
    for (uint32_t i = sb + 2; i + 2 < se; i++) {
        if (c->tv[i + 1].len != 2 || c->tv[i - 1].len != 3 || !(c->tv[i].flags & EG_TOK_CAP) ||
            !tok_is(c, i + 1, "of") || !tok_is(c, i - 1, "the") ||
            !WORD_IN_LIST(building_heads, ttext(c, i), c->tv[i].len) || !LOWER_IN(i - 2, preps))
            continue;
        if (covered(c, i) && c->doc->ments.v[c->s->cover.v[i]].tok_end != i + 1)
            continue; /* a listed longer name: "Palace of Westminster" */
        uint32_t k = i + 2, words = 0, last = NONE;
        if (k < se && tok_is(c, k, "the"))
            k++;
        while (k < se && words < 3) {
            if (covered(c, k)) {
                const eg_mention *m = &c->doc->ments.v[c->s->cover.v[k]];
                const char *t = eg_rx_ent_type(c, m->ent);
                if (m->tok_begin != k || m->tok_end > se ||
                    (strcmp(t, "location") != 0 && strcmp(t, "country") != 0))
                    break;
                k = m->tok_end;
            } else if (is_cap_word(c, k) && !eg_rx_tok_class(c, k)) {
                k++;
            } else {
                break;
            }
            words++;
            last = k;
            if (k + 1 < se && tok_is(c, k, "of") && is_cap_word(c, k + 1))
                k++; /* "Our Lady of Caacupé" */
        }
        if (last == NONE ||
            (last < se &&
             (is_cap_word(c, last) || covered(c, last) || (c->tv[last].flags & EG_TOK_POSS))) ||
            tok_is(c, last - 1, "Fame"))
            continue;
        eg_status st = place_cand(c, i, last, si, err);
        if (st != EG_OK)
            return st;
        c->s->cands.v[c->s->cands.n - 1].join = 1;
        i = last - 1;
    }
    return EG_OK;
}

/* Lower-case words after a region's bare name: "the Amazon basin", "the
 * northern Amazon lowlands", "an Amazon indigenous federation". */
static const char *const region_context[] = {
    "basin",    "border",    "forest",     "frontier", "indigenous", "jungle", "land",
    "lowlands", "provinces", "rainforest", "region",   "river",      "state",
};

/* Adjectives between "the" and a region's bare name: "the northern Amazon". */
static const char *const region_adjectives[] = {
    "central", "eastern", "lower", "northern", "southern", "upper", "western",
};

/* Nouns after a company's name that a region's name does not take: "Brazil’s
 * Amazon unit". */
static const char *const company_parts[] = {
    "arm",        "boss",   "chief",     "division",     "employees",   "founder", "office",
    "operations", "shares", "spokesman", "spokesperson", "spokeswoman", "staff",   "stock",
    "subsidiary", "unit",   "warehouse", "warehouses",   "workers",
};

/* Listed names for the place that a listed organisation's one-word name also
 * names: "Amazon" (the company) is "Amazon rainforest" in "the Peruvian
 * Amazon". */
static const char *const region_suffixes[] = {" rainforest", " Basin", " River"};

/* A listed one-word organisation at token j used as a region's bare name: after
 * "the" (and a compass adjective or a demonym) or a country's possessive, and
 * before punctuation, a preposition, "and" or a word of region_context ("mining
 * in the Amazon.", "Colombia’s Amazon", "the Peruvian Amazon has"); the place
 * is the listed "<name> rainforest", "<name> Basin" or "<name> River". */
PLACE_RULE eg_status org_named_regions(ctx *c, uint32_t si, uint32_t sb, uint32_t se,
                                       eg_error *err) {
    for (uint32_t j = sb; j < se; j++) {
        if (!covered(c, j) || !(c->tv[j].flags & EG_TOK_CAP) || c->tv[j].len > 40)
            continue;
        if (j > sb) { /* cheap first: a possessive, "the", "an", a demonym or an adjective */
            const eg_token *pt = &c->tv[j - 1];
            if (!(pt->flags & EG_TOK_POSS) && !covered(c, j - 1) && pt->len != 2 && pt->len != 3 &&
                !(pt->len >= 5 && pt->len <= 8 && !(pt->flags & EG_TOK_CAP)))
                continue;
        }
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
        if (m->tok_begin != j || m->tok_end != j + 1 || m->origin != EG_ORIGIN_GAZETTEER ||
            strcmp(eg_rx_ent_type(c, m->ent), "organisation") != 0)
            continue;
        uint32_t p = j - 1, n = j + 1;
        int before = 0, owner = 0;
        if (j == sb) {
            if (!(n < se && LOWER_IN(n, region_context)))
                continue; /* a headline's first word: "Amazon indigenous federation sues" */
            before = 1;
        } else if ((c->tv[p].flags & EG_TOK_POSS) && p > sb && covered(c, p - 1))
            before = owner = strcmp(eg_rx_ent_type(c, c->doc->ments.v[c->s->cover.v[p - 1]].ent),
                                    "country") == 0; /* "Colombia’s Amazon" */
        else {
            if (p > sb && covered(c, p) &&
                strcmp(eg_rx_ent_type(c, c->doc->ments.v[c->s->cover.v[p]].ent), "country") == 0) {
                p--; /* "the Peruvian Amazon" */
                owner = 1;
            } else if (p > sb && LOWER_IN(p, region_adjectives)) {
                p--; /* "the northern Amazon" */
            }
            before = tok_is(c, p, "the") || tok_is(c, p, "an") || tok_is(c, p, "An");
        }
        if (!before || (n < se && (c->tv[n].flags & EG_TOK_POSS)))
            continue;
        /* after a country a verb or noun may follow ("Colombia’s Amazon rose"), not a
           capitalised word or a company's part ("Brazil’s Amazon unit") */
        if (!(n >= se || ((c->tv[n].flags & EG_TOK_PUNCT) && !is_hyphen(c, n)) ||
              tok_is(c, n, "and") || eg_rx_is_prep(c, n) || LOWER_IN(n, region_context) ||
              (owner && (c->tv[n].flags & EG_TOK_WORD) && !(c->tv[n].flags & EG_TOK_CAP) &&
               !LOWER_IN(n, company_parts))))
            continue;
        char buf[64];
        long g = -1;
        for (size_t x = 0; x < sizeof region_suffixes / sizeof region_suffixes[0] && g < 0; x++) {
            size_t sl = strlen(region_suffixes[x]);
            if (c->tv[j].len + sl >= sizeof buf)
                break;
            memcpy(buf, ttext(c, j), c->tv[j].len);
            memcpy(buf + c->tv[j].len, region_suffixes[x], sl + 1);
            g = eg_gazetteer_find(c->g, buf);
            if (g >= 0 && strcmp(eg_gazetteer_type(c->g, (size_t)g), "location") != 0)
                g = -1;
        }
        if (g < 0)
            continue;
        long de = eg_doc_gazent(c->doc, (int32_t)g);
        if (de < 0)
            return eg_rx_oom(c->doc->origin, 0, err);
        eg_status st =
            eg_rx_add_cand(c, j, j + 1, si, K_PLACE, NULL, (int32_t)de, EG_ORIGIN_GAZETTEER, err);
        if (st != EG_OK)
            return st;
        c->s->cands.v[c->s->cands.n - 1].swap = 1;
    }
    return EG_OK;
}

/* Airports named after people, whose names the person rules take first: "Sir
 * Seretse Khama International Airport", "Robert Gabriel Mugabe International
 * Airport", "King Abdulaziz International Airport". From "Airport" (and
 * "International" before it) back over one to five capitalised words,
 * particles between them ("Aeropuerto Jorge Chávez"), hyphens and listed
 * people and places, which the airport's name takes in. */
PLACE_RULE eg_status person_airports(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t a = sb + 2; a < se; a++) {
        if (c->tv[a].len != 7 || ttext(c, a)[0] != 'A' || !tok_is(c, a, "Airport") || covered(c, a))
            continue;
        uint32_t b = a, words = 0, people = 0;
        if (b > sb && tok_is(c, b - 1, "International") && !covered(c, b - 1))
            b--;
        while (b > sb && words < 5) {
            uint32_t p = b - 1;
            if (covered(c, p)) {
                const eg_mention *m = &c->doc->ments.v[c->s->cover.v[p]];
                const char *t = eg_rx_ent_type(c, m->ent);
                if (m->tok_end != b || m->tok_begin < sb ||
                    (strcmp(t, "person") != 0 && strcmp(t, "location") != 0))
                    break;
                people += strcmp(t, "person") == 0;
                b = m->tok_begin;
            } else if (is_cap_word(c, p) && !(c->tv[p].flags & EG_TOK_ALLCAPS) &&
                       !eg_rx_tok_class(c, p)) {
                b = p;
            } else if (p > sb && words && (is_hyphen(c, p) || LOWER_IN(p, place_joiners)) &&
                       is_cap_word(c, p - 1) && !covered(c, p - 1)) {
                b = p - 1; /* "Ngurah Rai", "Jorge Chávez", "Galeão-Antonio Carlos Jobim" */
            } else {
                break;
            }
            words++;
        }
        /* two words at least, or one listed person: the designator rules name
           "Benito Juárez International Airport" and "Dubai International Airport" */
        if (words < 2 && !people)
            continue;
        eg_status st = place_cand(c, b, a + 1, si, err);
        if (st != EG_OK)
            return st;
        c->s->cands.v[c->s->cands.n - 1].join = 1;
    }
    return EG_OK;
}

/* First-level states named "<Name> State" in Nigeria, Sudan, Myanmar or
 * Malaysia: "Niger State", "White Nile State", "in Delta State". At token h a
 * capitalised "State" after a listed place or country (not a US state: "Ohio
 * State" is a university) or after one new capitalised word that "in", "of"
 * or "from" opens; no capitalised word after it ("Delta State Government"). */
PLACE_RULE eg_status state_places(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    static const char *const preps[] = {"across", "from", "in", "into", "near", "of", "throughout"};
    for (uint32_t h = sb + 1; h < se; h++) {
        if (c->tv[h].len != 5 || ttext(c, h)[0] != 'S' || !tok_is(c, h, "State") || covered(c, h) ||
            (h + 1 < se && (is_cap_word(c, h + 1) || covered(c, h + 1) || is_hyphen(c, h + 1) ||
                            (c->tv[h + 1].flags & EG_TOK_POSS))))
            continue;
        uint32_t b = NONE;
        int32_t ent = -1;
        if (covered(c, h - 1)) {
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[h - 1]];
            const char *t = eg_rx_ent_type(c, m->ent);
            int32_t gz = c->doc->ents.v[m->ent].gaz;
            const char *cat = gz >= 0 ? eg_gazetteer_category(c->g, (size_t)gz) : NULL;
            if (m->tok_end == h && m->tok_begin >= sb && m->origin == EG_ORIGIN_GAZETTEER &&
                (strcmp(t, "country") == 0 ||
                 (strcmp(t, "location") == 0 && !(cat && strcmp(cat, "state") == 0))))
                b = m->tok_begin;
            /* "Kano State" is the listed Kano; "Niger State" is no country */
            if (b != NONE && strcmp(t, "location") == 0)
                ent = (int32_t)m->ent;
        } else {
            /* one or two new words after "in" or after "and" and a place: "in Delta
               State", "Sennar State and White Nile State" */
            uint32_t q = h;
            while (q > sb + 1 && q + 2 > h && is_cap_word(c, q - 1) && !covered(c, q - 1) &&
                   !(c->tv[q - 1].flags & EG_TOK_ALLCAPS) && !eg_rx_tok_class(c, q - 1))
                q--;
            if (q < h && q > sb && !eg_rx_given_name(c, q) &&
                (LOWER_IN(q - 1, preps) || (tok_is(c, q - 1, "and") && q >= sb + 2 &&
                                            (covered(c, q - 2) || tok_is(c, q - 2, "State")))))
                b = q;
        }
        if (b == NONE || (b > sb && (is_cap_word(c, b - 1) || covered(c, b - 1))))
            continue;
        eg_status st =
            ent >= 0 ? eg_rx_add_cand(c, b, h + 1, si, K_PLACE, NULL, ent, EG_ORIGIN_GAZETTEER, err)
                     : place_cand(c, b, h + 1, si, err);
        if (st != EG_OK)
            return st;
        c->s->cands.v[c->s->cands.n - 1].join = 1;
    }
    return EG_OK;
}

/* A listed country and its possessive at token j ("Portugal’s"): the token
 * after the clitic, or NONE. */
static uint32_t country_owner(const ctx *c, uint32_t j, uint32_t se) {
    if (!covered(c, j))
        return NONE;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
    uint32_t e = m->tok_end;
    if (m->tok_begin != j || m->origin != EG_ORIGIN_GAZETTEER || e + 1 >= se ||
        strcmp(eg_rx_ent_type(c, m->ent), "country") != 0 || !(c->tv[e].flags & EG_TOK_POSS) ||
        !attached(c, e))
        return NONE;
    return e + 1;
}

/* Words after a hyphen that make the compound an attribute, not a place's
 * name ("Virginia-Based" in a title-case headline). */
static const char *const hyphen_attributes[] = {
    "area", "backed",   "born",  "bound",    "controlled", "dominated", "era",
    "held", "led",      "made",  "majority", "minority",   "owned",     "populated",
    "run",  "speaking", "style", "type",     "wide",
};

static int attribute_word(const ctx *c, uint32_t j) {
    char buf[16];
    return eg_rx_ascii_lower(ttext(c, j), c->tv[j].len, buf, sizeof buf) &&
           IN_LIST(hyphen_attributes, buf);
}

/* "Castilla-La Mancha", "Garoua-Boulaï": after a listed place at token k, a
 * hyphen and either a capitalised article ("La", "Le", "El", ...) with one
 * or two capitalised words, or one new capitalised word, then no further
 * capitalised word. The token after it, or NONE. */
static uint32_t hyphen_place_tail(const ctx *c, uint32_t k, uint32_t se) {
    static const char *const articles[] = {"Del", "El", "La", "Las", "Le", "Les", "Los"};
    if (k + 1 >= se || !is_hyphen(c, k) || !attached(c, k) || !attached(c, k + 1) ||
        covered(c, k + 1) || !is_cap_word(c, k + 1))
        return NONE;
    int article = WORD_IN_LIST(articles, ttext(c, k + 1), c->tv[k + 1].len);
    uint32_t q = k + 1 + (uint32_t)article, w = 0, most = article ? 2 : 1;
    while (q < se && w < most && is_cap_word(c, q) && !covered(c, q) && !eg_rx_tok_class(c, q) &&
           !eg_rx_designator_at(c, q) && !(!article && attribute_word(c, q))) {
        size_t n = c->tv[q].len;
        if (!article && n > 2 && memcmp(ttext(c, q) + n - 2, "ed", 2) == 0)
            break; /* "Kyiv-Based" */
        q++;
        w++;
    }
    return w && (q >= se || (!is_cap_word(c, q) && !covered(c, q) && !is_hyphen(c, q))) ? q : NONE;
}

/* Lower-case nouns for natural features and sites after a name: "the Vaca
 * Muerta shale formation", "the Nyakafuru gold mine", "the Majnoon oilfield",
 * "the Khor Abdullah waterway", "the Kerem Shalom crossing", "the Kanyama
 * constituency", "the Boni forest", "the Bellrock wind farm". Some of them
 * need a modifier (below). */
static const char *const feature_nouns[] = {
    "airbase",   "airfield",   "airport",      "archipelago",   "area",       "areas",
    "atoll",     "base",       "basin",        "basins",        "belt",       "block",
    "boulevard", "bridge",     "camp",         "canal",         "canyon",     "checkpoint",
    "commune",   "concession", "constituency", "corridor",      "creek",      "crossing",
    "dam",       "deposit",    "deposits",     "desert",        "estuary",    "farm",
    "farms",     "field",      "fields",       "forest",        "formation",  "fortress",
    "gasfield",  "glacier",    "gorge",        "harbor",        "harbour",    "highway",
    "island",    "islands",    "lagoon",       "lake",          "mine",       "mines",
    "motorway",  "mountains",  "neighborhood", "neighbourhood", "oasis",      "oilfield",
    "oilfields", "peninsula",  "pipeline",     "pit",           "plant",      "plants",
    "plateau",   "platform",   "platforms",    "prison",        "range",      "reef",
    "reservoir", "river",      "roundabout",   "seat",          "settlement", "stadium",
    "station",   "stations",   "strait",       "stream",        "terminal",   "valley",
    "volcano",   "waterfront", "waterway",     "wetlands",      "wharf",
};

/* Modifiers that "camp" needs ("the Zamzam displacement camp", "the Kakuma
 * refugee camp"), so that "the Harris camp" of a campaign is not a place. */
static const char *const camp_modifiers[] = {
    "army",    "border",   "detention", "displaced", "displacement", "internment",
    "migrant", "military", "prison",    "refugee",   "training",     "transit",
};

/* Modifiers that "farm" needs ("the Bellrock wind farm", "its Anholt Øst
 * offshore wind farm"; not "the Harris farm" of a family). */
static const char *const farm_modifiers[] = {"solar", "wind"};

/* Modifiers that "seat" needs ("the Chitungwiza North parliamentary seat";
 * not "the Tory seat" of a party). */
static const char *const seat_modifiers[] = {"assembly", "constituency", "parliamentary"};

/* Modifiers that "base" needs ("the Suai supply base", "the Rukla air
 * base"). */
static const char *const base_modifiers[] = {
    "air", "army", "logistics", "military", "naval", "navy", "supply",
};

/* Modifiers that "field" and "block" need after a one-word name ("the Burgan
 * oil field", "the Tuna gas block"), so that "the Republican field" of
 * candidates or "the Soviet block" is not a place; a name of two words needs
 * none ("its Loma Campana field"), nor does a sentence about oil ("a drilling
 * rig in the Stabroek block"). */
static const char *const field_modifiers[] = {"condensate", "gas", "oil", "shale"};

/* Modifiers that "station" needs ("the Penly power station", "the Stade
 * police station"), so that "the Kessler station" of a broadcaster is not a
 * place. */
static const char *const station_modifiers[] = {
    "border",     "bus",     "compressor", "fire",   "geothermal", "hydroelectric",
    "hydropower", "metro",   "nuclear",    "police", "power",      "pumping",
    "radar",      "railway", "research",   "subway", "train",
};

/* Modifiers that "plant" needs before a feature rule takes it ("the Kariba
 * hydropower plant", "the Hides gas conditioning plant"; not "the Harris
 * plant" of a gardener). */
static const char *const plant_modifiers[] = {
    "coal", "desalination", "gas",   "geothermal", "hydroelectric", "hydropower",
    "lng",  "nuclear",      "power", "solar",      "treatment",     "wind",
};

/* Modifiers that "range" needs ("the Tofta firing range"; not "the Tesla
 * range"). */
static const char *const range_modifiers[] = {"firing", "missile", "mountain", "shooting"};

/* Modifiers that "area" needs here ("the Tongi industrial area", "the Boni
 * protected area"); a bare "the Kočevje area" is a district noun's case. */
static const char *const area_modifiers[] = {
    "conservation", "industrial", "mining", "protected", "residential", "restricted", "tribal",
};

/* Is a word of tokens [b, e) a lower-case word of the sorted list? */
static int modified_by(const ctx *c, uint32_t b, uint32_t e, const char *const *list, size_t n) {
    for (uint32_t j = b; j < e; j++)
        if (eg_rx_lower_in(c, j, list, n))
            return 1;
    return 0;
}
#define MODIFIED_BY(b, e, list) modified_by(c, b, e, list, sizeof list / sizeof list[0])

/* Words before a name that introduce a site: "the", "its", a possessive, or
 * a preposition of place. */
static const char *const site_openers[] = {
    "across", "along", "around", "at",  "from",  "in",   "inside", "into",   "its",     "near",
    "of",     "off",   "on",     "the", "their", "this", "to",     "toward", "towards", "under",
};

/* Words after "pit" in motor racing: "the Galaxy pit crew". */
static const char *const pit_compounds[] = {"boss", "crew", "lane", "stop", "stops", "wall"};

static int oil_text(const ctx *c, uint32_t b, uint32_t e);

/* After a name ending at token e: up to two lower-case modifiers ("shale",
 * "open-pit", "copper") and a feature noun. Returns 1 if so. *oil caches
 * whether the sentence [sb, se) or else the article talks of oil or gas (-1
 * until asked): only a one-word name before "field", "block" or "platform"
 * asks. */
static int feature_after(const ctx *c, uint32_t sb, uint32_t e, uint32_t se, uint32_t words,
                         int *oil) {
    uint32_t q = e, mods = 0;
    int energy = words >= 2, camp = 0, base = 0;
    while (q < se && mods <= 2) {
        const eg_token *t = &c->tv[q];
        if (!(t->flags & EG_TOK_WORD) || (t->flags & (EG_TOK_CAP | EG_TOK_POSS)) || covered(c, q))
            return 0;
        if (LOWER_IN(q, feature_nouns)) {
            if (q + 1 < se && (is_hyphen(c, q + 1) || (c->tv[q + 1].flags & EG_TOK_POSS) ||
                               (tok_is(c, q, "pit") && LOWER_IN(q + 1, pit_compounds))))
                return 0; /* "the Galaxy pit crew" */
            if (tok_is(c, q, "crossing") && q + 1 < se && tok_is(c, q + 1, "of"))
                return 0; /* "the Harris crossing of the river": an act */
            if (tok_is(c, q, "camp"))
                return camp;
            if (tok_is(c, q, "base"))
                return base; /* "the Suai supply base", not "the Republican base" */
            if (tok_is(c, q, "station") || tok_is(c, q, "stations"))
                return MODIFIED_BY(e, q, station_modifiers);
            if (tok_is(c, q, "plant") || tok_is(c, q, "plants"))
                return MODIFIED_BY(e, q, plant_modifiers);
            if (tok_is(c, q, "farm") || tok_is(c, q, "farms"))
                return MODIFIED_BY(e, q, farm_modifiers);
            if (tok_is(c, q, "seat"))
                return MODIFIED_BY(e, q, seat_modifiers);
            if (tok_is(c, q, "range"))
                return MODIFIED_BY(e, q, range_modifiers);
            if (tok_is(c, q, "area") || tok_is(c, q, "areas"))
                return MODIFIED_BY(e, q, area_modifiers);
            if (!(tok_is(c, q, "field") || tok_is(c, q, "block") || tok_is(c, q, "platform") ||
                  tok_is(c, q, "platforms")) ||
                energy)
                return 1;
            if (*oil < 0)
                *oil = oil_text(c, sb, se) || oil_text(c, 0, c->ntok);
            return *oil;
        }
        if (eg_rx_tok_class(c, q))
            return 0;
        camp = camp || LOWER_IN(q, camp_modifiers);
        base = base || LOWER_IN(q, base_modifiers);
        energy = energy || LOWER_IN(q, field_modifiers);
        q++;
        while (q + 1 < se && is_hyphen(c, q) && attached(c, q) && attached(c, q + 1) &&
               (c->tv[q + 1].flags & EG_TOK_WORD) && !(c->tv[q + 1].flags & EG_TOK_CAP))
            q += 2; /* "open-pit" */
        mods++;
    }
    return 0;
}

/* Do tokens [sb, se) talk of oil or gas output ("at the Rumaila field by
 * 250,000 bpd", "a gas leak at its Skarvhelle field")? Then a one-word name
 * before "field" is an oilfield's, not "the Republican field"; so it is in an
 * article about oil ("extra cargoes from its Zafiro field"). */
static int oil_text(const ctx *c, uint32_t sb, uint32_t se) {
    static const char *const words[] = {"barrels",  "bpd",      "condensate", "crude",
                                        "drilling", "gas",      "offshore",   "oil",
                                        "output",   "pipeline", "wells"};
    for (uint32_t j = sb; j < se; j++)
        if (LOWER_IN(j, words))
            return 1;
    return 0;
}

/* Determiners before a word that describes a site: "the half-built
 * Bellrock wind farm", "its now-depleted Bayu-Undan field". */
static const char *const site_determiners[] = {"its", "the", "their", "this"};

/* Is token p a lower-case word, or the end of a hyphenated lower-case
 * compound ("half-built", "cross-border"), after a determiner of
 * site_determiners (capitalised at the sentence start sb)? */
static int described_opener(const ctx *c, uint32_t sb, uint32_t p) {
    const eg_token *t = &c->tv[p];
    uint32_t w = p;
    if (!(t->flags & EG_TOK_WORD) || (t->flags & (EG_TOK_CAP | EG_TOK_POSS)))
        return 0;
    while (w >= sb + 2 && is_hyphen(c, w - 1) && attached(c, w - 1) && attached(c, w) &&
           (c->tv[w - 2].flags & EG_TOK_WORD) && !(c->tv[w - 2].flags & EG_TOK_CAP))
        w -= 2;
    if (w < sb + 1 ||
        !(LOWER_IN(w - 1, site_determiners) ||
          (w - 1 == sb && opener_in(c, w - 1, site_determiners,
                                    sizeof site_determiners / sizeof *site_determiners))))
        return 0;
    return !covered(c, p) && !eg_rx_tok_class(c, p) && !LOWER_IN(p, site_openers);
}

/* "the Vaca Muerta shale formation", "its Loma Campana oil field", "the
 * Chiwore pit", "the offshore Sangomar field": one to three new capitalised
 * words after "the", "its", a possessive or a preposition (or after "the" and
 * a lower-case word), then a feature noun. A one-word name may be a given
 * name ("the Gudrun platform"; the noun's own conditions hold). No word of
 * the name may be a designator ("the Mutoko Lithium mine" names the
 * company's mine). */
static eg_status rule_feature_places(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    int oil = -1;
    for (uint32_t i = sb + 1; i + 1 < se; i++) {
        uint32_t p = i - 1, e;
        if (!is_cap_word(c, i) || covered(c, i) ||
            !(LOWER_IN(p, site_openers) || ((c->tv[p].flags & EG_TOK_POSS) && attached(c, p)) ||
              (p == sb &&
               opener_in(c, p, site_openers, sizeof site_openers / sizeof *site_openers)) ||
              described_opener(c, sb, p)))
            continue;
        if ((e = place_name(c, i, se, 0)) == NONE || e >= se ||
            !feature_after(c, sb, e, se, e - i, &oil))
            continue;
        int bad = (e == i + 1 && people_word(c, i));
        for (uint32_t j = i; j < e && !bad; j++)
            bad = (c->tv[j].flags & EG_TOK_WORD) &&
                  (eg_rx_designator_at(c, j) || (c->tv[j].flags & EG_TOK_ALLCAPS));
        if (bad)
            continue;
        eg_status st = place_cand(c, i, e, si, err);
        if (st != EG_OK)
            return st;
        i = e;
    }
    return EG_OK;
}

/* Works and sites named after people: "the Miguel Hidalgo refinery", "the
 * Antonio Guiteras power plant", "the Mihail Kogălniceanu air base". */
static const char *const named_sites[] = {
    "airport", "base", "bridge", "dam", "plant", "port", "refinery", "stadium", "terminal",
};

/* After "the": a given name and one or two more capitalised words, up to two
 * lower-case modifiers ("power", "air") and a noun of named_sites: the name
 * is the site's, a place, and beats the person rules. Not with a capitalised
 * word or a possessive after the noun ("the Juan Pérez plant’s"). */
static eg_status person_named_sites(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb + 1; i + 2 < se; i++) {
        if (!(tok_is(c, i - 1, "the") || tok_is(c, i - 1, "The")) || !eg_rx_given_name(c, i))
            continue;
        uint32_t e = place_name(c, i, se, PN_GIVEN);
        if (e == NONE || e - i < 2 || e - i > 3)
            continue;
        uint32_t q = e, mods = 0;
        while (q < se && mods < 2 && !LOWER_IN(q, named_sites) && (c->tv[q].flags & EG_TOK_WORD) &&
               !(c->tv[q].flags & (EG_TOK_CAP | EG_TOK_POSS)) && !eg_rx_tok_class(c, q))
            q++, mods++;
        if (q >= se || !LOWER_IN(q, named_sites) ||
            (q + 1 < se && (is_cap_word(c, q + 1) || (c->tv[q + 1].flags & EG_TOK_POSS))))
            continue;
        eg_status st = eg_rx_add_cand(c, i, e, si, K_ORG, "location", -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
        i = q;
    }
    return EG_OK;
}

/* Capitalised words that end place names and are not designators (which
 * rules_org handles): "Suwałki Gap", "Bayan Palace", "Hua Mark Indoor
 * Stadium", "Grand Faw Port", "Lachin Corridor", "Kensington Oval". */
static const char *const place_ends[] = {
    "Archipelago", "Arena",    "Atoll",   "Canyon", "Causeway", "Corridor", "Creek",    "Crossing",
    "Gap",         "Gasfield", "Glacier", "Gulf",   "Oasis",    "Ocean",    "Oilfield", "Oval",
    "Palace",      "Plant",    "Port",    "Quay",   "Stadium",  "Station",  "Wetlands", "Wharf",
};

/* Words that make "X Line" a transit line or a frontier line rather than a
 * shipping company ("Stena Line"): compass points, colours and the words of
 * metro line names ("East-West Line", "Thomson-East Coast Line", "Cross
 * Island Line", "Red Line", "Circle Line", "Northern Limit Line"). */
static const char *const line_words[] = {
    "Blue",   "Brown", "Circle", "Coast", "Demarcation", "Downtown", "East",
    "Green",  "Grey",  "Island", "Limit", "North",       "Orange",   "Pink",
    "Purple", "Red",   "Silver", "South", "West",        "Yellow",
};

/* Is token h "Line" after one to four capitalised words (hyphenated parts
 * joined), one of them a word of line_words? */
static int line_end(const ctx *c, uint32_t sb, uint32_t h) {
    if (c->tv[h].len != 4 || !tok_is(c, h, "Line"))
        return 0;
    for (uint32_t p = h, n = 0; p > sb && n < 6; n++) {
        p--;
        if (is_hyphen(c, p) && attached(c, p))
            continue;
        if (!is_cap_word(c, p))
            return 0;
        if (WORD_IN_LIST(line_words, ttext(c, p), c->tv[p].len))
            return 1;
    }
    return 0;
}

/* "Line A", "Line D": a metro line named by one capital letter (not "Line
 * K. Hansen", a person). Returns the token after the letter, or NONE. */
static uint32_t letter_line(const ctx *c, uint32_t h, uint32_t se) {
    if (c->tv[h].len != 4 || !tok_is(c, h, "Line") || h + 1 >= se || c->tv[h + 1].len != 1)
        return NONE;
    char l = ttext(c, h + 1)[0];
    if (l < 'A' || l > 'Z' || (h + 2 < se && (tok_is(c, h + 2, ".") || name_before(c, h + 2))))
        return NONE;
    return h + 2;
}

/* Royal and princely titles that start names of places ("King Fahd
 * Causeway", "Queen Alia Port", "Sheikh Khalifa Quay"). */
static const char *const royal_titles[] = {"Emir",  "King",   "Prince", "Princess",
                                           "Queen", "Sheikh", "Sultan"};

/* Words that head place names in Spanish and Portuguese ("Puerto Bolívar",
 * "Porto Velho"), which the designators leave out. */
static const char *const place_starts[] = {"Porto", "Puerto"};

/* Words that head place names before "of": "Gulf of Fonseca", "Strait of
 * Gibraltar", "Sea of Azov", "Isle of Wight". */
static const char *const place_of_heads[] = {"Gulf", "Isle", "Sea", "Strait", "Straits"};

/* Can token j be a word of a place's name: a new capitalised word (no
 * function word, title, strong designator or word in capitals), or the start
 * of a listed place or country? Returns the token after it, or NONE. */
static uint32_t place_word(const ctx *c, uint32_t j, uint32_t se) {
    uint32_t te;
    if (covered(c, j)) {
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
        return m->tok_begin == j && m->tok_end <= se && eg_rx_replaceable(c, m) ? m->tok_end : NONE;
    }
    if (!is_cap_word(c, j) || (c->tv[j].flags & EG_TOK_ALLCAPS) || eg_rx_tok_class(c, j) ||
        eg_rx_strong_designator(eg_rx_designator_at(c, j)) || eg_rx_title_at(c, j, se, &te))
        return NONE;
    return j + 1;
}

/* Is token j, covered or not, a listed place ("Perak", a generated place the
 * matcher left out before "River")? */
static int listed_location(const ctx *c, uint32_t j) {
    return eg_rx_listed_word(c, j, "location") >= 0;
}

/* Is token j a name word that a place's name cannot start after (a
 * capitalised word or a mention)? Function words do not count. */
static int name_before(const ctx *c, uint32_t j) {
    return (is_cap_word(c, j) && !eg_rx_tok_class(c, j)) || covered(c, j);
}

/* Place names ending in a word of place_ends (up to four words before it,
 * one of them new, hyphenated parts joined: "Mubarak Al-Kabeer Port"), or
 * headed by "Gulf|Sea|Strait|Isle of" and one to three capitalised words
 * (listed places among them: "Strait of Gibraltar"); also a listed place and
 * a place designator ("Perak River", "Riau Islands"), which rules_org leaves
 * to the list when no word is new. */
static eg_status rule_place_heads(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t h = sb; h < se; h++) {
        const eg_token *t = &c->tv[h];
        if (!(t->flags & EG_TOK_WORD) || !(t->flags & EG_TOK_CAP))
            continue;
        uint32_t b = NONE, e = NONE;
        int head_covered = 0;
        if (covered(c, h)) {
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[h]];
            head_covered = m->tok_begin == h && m->tok_end == h + 1 && eg_rx_replaceable(c, m);
            if (!head_covered)
                continue; /* "Gulf" alone may be a listed sea */
        }
        if (h + 2 < se && tok_is(c, h + 1, "of") &&
            WORD_IN_LIST(place_of_heads, ttext(c, h), t->len)) {
            uint32_t q = h + 2, n = 0, nx;
            while (q < se && n < 3 && (nx = place_word(c, q, se)) != NONE) {
                q = nx;
                while (q + 1 < se && is_hyphen(c, q) && attached(c, q) && attached(c, q + 1) &&
                       is_cap_word(c, q + 1) && !covered(c, q + 1))
                    q += 2;
                n++;
            }
            if (n && !(q < se && name_before(c, q)))
                b = h, e = q; /* "Gulf of Fonseca" */
        }
        if (b == NONE && !head_covered && h + 1 < se && ttext(c, h)[0] == 'P' &&
            WORD_IN_LIST(place_starts, ttext(c, h), t->len)) {
            uint32_t q = h + 1, n = 0, nx;
            while (q < se && n < 2 && (nx = place_word(c, q, se)) != NONE) {
                q = nx;
                n++;
            }
            if (n && !(q < se && name_before(c, q)) && !(h > sb && name_before(c, h - 1)))
                b = h, e = q; /* "Puerto Bolívar" */
        }
        if (b == NONE && !head_covered && ttext(c, h)[0] == 'L' &&
            (e = letter_line(c, h, se)) != NONE) {
            if (!(h > sb && name_before(c, h - 1)))
                b = h; /* "Line A" */
            else
                e = NONE;
        }
        int end_word = 0;
        const designator *d = NULL;
        if (b == NONE && !head_covered && h > sb && (is_cap_word(c, h - 1) || covered(c, h - 1))) {
            end_word = WORD_IN_LIST(place_ends, ttext(c, h), t->len) ||
                       (ttext(c, h)[0] == 'L' && line_end(c, sb, h));
            d = end_word ? NULL : eg_rx_designator_at(c, h);
            if (d && (strcmp(d->type, "location") != 0 || (d->flags & DES_PREFIX) ||
                      !(covered(c, h - 1) || listed_location(c, h - 1))))
                d = NULL;
        }
        if (end_word || d) {
            int des = !end_word;
            uint32_t s = h, n = 0, nfree = 0;
            while (s > sb && n < 4) {
                uint32_t p = s - 1;
                if (p > sb && is_hyphen(c, p) && attached(c, p) && attached(c, s) &&
                    is_cap_word(c, p - 1) && !covered(c, p - 1)) {
                    s = p - 1; /* "Al-Kabeer" */
                    continue;
                }
                uint32_t q = p;
                if (covered(c, p)) {
                    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[p]];
                    if (m->tok_end != s || m->tok_begin < sb || !eg_rx_replaceable(c, m) ||
                        (des && strcmp(eg_rx_ent_type(c, m->ent), "location") != 0))
                        break;
                    q = m->tok_begin;
                } else if (place_word(c, p, se) == NONE) {
                    break;
                } else {
                    nfree += !listed_location(c, p);
                }
                s = q;
                n++;
            }
            /* a designator only with listed places before it ("Perak River") */
            if (n && end_word && s > sb && (s - 1 == sb || !name_before(c, s - 2)) &&
                WORD_IN_LIST(royal_titles, ttext(c, s - 1), c->tv[s - 1].len))
                s--; /* "King Fahd Causeway", "Sheikh Zayed Port" */
            if (n && s > sb && name_before(c, s - 1))
                n = 0;
            if (n && (des ? nfree == 0 : 1) && !(h + 1 < se && name_before(c, h + 1)) &&
                !eg_rx_title_ends_at(c, sb, s))
                b = s, e = h + 1;
            if (b != NONE && end_word && h + 2 < se && tok_is(c, h, "Port") &&
                tok_is(c, h + 1, "of") && tok_is(c, h + 2, "Entry"))
                e = h + 3; /* "Mariposa Port of Entry", a border crossing */
        }
        if (b == NONE)
            continue;
        eg_status st = place_cand(c, b, e, si, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* Lower-case street words of other languages after a street's name
 * ("Elizabetes iela", "Gedimino prospektas", "Národní třída", "Istiklal
 * caddesi"), and capitalised ones before it after a preposition ("on Jalan
 * Kuningan Persada", "in Calle Mayor", "along Rua Augusta"). */
static const char *const street_tails[] = {
    "bulvar",  "caddesi", "gade",  "gatan", "iela",  "katu",  "prospekt", "prospektas", "sokak",
    "strasse", "straße",  "tänav", "tér",   "třída", "ulica", "ulitsa",   "utca",
};

/* Endings of one-word German, Dutch and Nordic street, square, lake and fjord names
 * ("Ringstraße", "Hoveniersstraat", "Herrengasse", "Stortorget", "Wörthersee",
 * "Sognefjorden", "Gudbrandsdalen"): a capitalised word of at least four letters
 * before the ending, the rest in lower case. Not "-tal" ("Capital", "Total"). */
static const char *const compound_tails[] = {
    "dalen", "fjord", "fjorden", "gasse",   "gatan",  "gracht", "järvi", "plein",
    "platz", "see",   "straat",  "strasse", "straße", "torget", "vatn",
};

static int compound_place(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    if (t->len < 7 || t->len > 40 || !(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_ALLCAPS))
        return 0;
    const char *w = ttext(c, j);
    if (!(w[0] >= 'A' && w[0] <= 'Z') && (unsigned char)w[0] < 0xC3)
        return 0;
    for (size_t i = 0; i < sizeof compound_tails / sizeof *compound_tails; i++) {
        size_t n = strlen(compound_tails[i]);
        if (t->len < n + 4 || memcmp(w + t->len - n, compound_tails[i], n) != 0)
            continue;
        for (size_t k = 1; k < t->len - n; k++)
            if (w[k] >= 'A' && w[k] <= 'Z')
                return 0; /* "McFjord" */
        char p = w[t->len - n - 1];
        if (n == 3 && (p == 'e' || p == 'n' || p == 'i'))
            return 0; /* "-see": not "Licensee", "Franchisee", "Lessee" */
        return 1;
    }
    return 0;
}
static const char *const street_heads[] = {"Avenida", "Calle", "Jalan", "Rua"};
static const char *const street_preps[] = {"along", "in", "near", "off", "on"};

static int street_tail(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP) || t->len < 4 || t->len > 10)
        return 0;
    return WORD_IN_LIST(street_tails, ttext(c, j), t->len);
}

static eg_status rule_streets(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t j = sb; j < se; j++) {
        uint32_t b = NONE, e = NONE;
        if (j > sb && is_cap_word(c, j - 1) && !covered(c, j - 1) && street_tail(c, j)) {
            uint32_t y = j;
            while (y > sb && j - y < 3 && is_cap_word(c, y - 1) && !covered(c, y - 1) &&
                   !(c->tv[y - 1].flags & EG_TOK_ALLCAPS) && !eg_rx_tok_class(c, y - 1))
                y--;
            if (y < j && !(y > sb && name_before(c, y - 1)))
                b = y, e = j + 1;
        } else if (j > sb && is_cap_word(c, j) && !covered(c, j) && compound_place(c, j) &&
                   !is_cap_word(c, j - 1) && (j + 1 >= se || !is_cap_word(c, j + 1))) {
            b = j, e = j + 1; /* "on the Ringstraße", "over Wörthersee" */
        } else if (is_cap_word(c, j) && !covered(c, j) && j + 1 < se && c->tv[j].len >= 3 &&
                   c->tv[j].len <= 7 && WORD_IN_LIST(street_heads, ttext(c, j), c->tv[j].len) &&
                   j > sb && LOWER_IN(j - 1, street_preps)) {
            /* after a preposition only: "Rua Kereama said" names a person */
            uint32_t k = j + 1;
            while (k < se && k - j <= 3 && is_cap_word(c, k) && !covered(c, k) &&
                   !(c->tv[k].flags & EG_TOK_ALLCAPS) && !eg_rx_tok_class(c, k))
                k++;
            if (k > j + 1 && (k >= se || !(is_cap_word(c, k) || (c->tv[k].flags & EG_TOK_POSS))))
                b = j, e = k;
        }
        if (b == NONE)
            continue;
        eg_status st = place_cand(c, b, e, si, err);
        if (st != EG_OK)
            return st;
        j = e - 1;
    }
    return EG_OK;
}

/* Road numbers: one or two capital letters, then digits, as one token ("M6",
 * "E45") or joined by a hyphen ("A-7", "BR-230"). Returns the end of the
 * number starting at token j and its count of digits in *digits, or NONE. */
static uint32_t road_number(const ctx *c, uint32_t j, uint32_t se, uint32_t *digits) {
    const eg_token *t = &c->tv[j];
    const char *w = ttext(c, j);
    if (!(t->flags & EG_TOK_ALLCAPS) || t->len > 6 || w[0] < 'A' || w[0] > 'Z' || covered(c, j))
        return NONE;
    uint32_t k = 1;
    if (k < t->len && w[k] >= 'A' && w[k] <= 'Z')
        k++;
    uint32_t e = j + 1;
    const char *d = w + k;
    size_t n = t->len - k;
    if (n == 0) { /* "BR-230": the letters, a hyphen and a number */
        if (j + 2 >= se || !is_hyphen(c, j + 1) || !attached(c, j + 1) || !attached(c, j + 2) ||
            !(c->tv[j + 2].flags & EG_TOK_NUM))
            return NONE;
        d = ttext(c, j + 2);
        n = c->tv[j + 2].len;
        e = j + 3;
    }
    if (n == 0 || n > 4)
        return NONE;
    for (size_t i = 0; i < n; i++)
        if (d[i] < '0' || d[i] > '9' || (i == 0 && d[i] == '0'))
            return NONE;
    *digits = (uint32_t)n;
    return e;
}

/* Nouns for roads after a road number: "the E45 motorway". */
static const char *const road_nouns[] = {
    "autobahn", "autoroute", "bypass", "expressway", "freeway", "highway", "motorway", "road",
};

/* Prepositions of roads before "the" and a bare road number: "on the M6",
 * "along the A-7". */
static const char *const road_preps[] = {"along", "near", "off", "on", "onto", "via"};

/* Words after a bare road number that end its name: a preposition of place or
 * a conjunction ("on the A6 south of Évry", "on the M50 and"); not "on the B3
 * exchange" nor "on the A320 fleet". */
static const char *const road_followers[] = {
    "and", "at",      "between", "east",    "from", "in",     "into",    "near", "north",
    "or",  "outside", "south",   "through", "to",   "toward", "towards", "west",
};

/* "the E45 motorway", "the BR-230 highway" (a road noun after the number), and
 * "on the M6." (a preposition of roads before "the", up to two digits, then
 * punctuation or a word of road_followers). Numbers of aircraft, exchanges and
 * groups stay out: "the A320 fleet", "on the B3 exchange", "the G7 price cap". */
PLACE_RULE eg_status rule_road_numbers(ctx *c, uint32_t si, uint32_t sb, uint32_t se,
                                       eg_error *err) {
    for (uint32_t j = sb + 1; j < se; j++) {
        const eg_token *t = &c->tv[j];
        if (!(t->flags & EG_TOK_ALLCAPS) || t->len > 6 || c->tv[j - 1].len != 3 ||
            !(tok_is(c, j - 1, "the") || tok_is(c, j - 1, "The")))
            continue;
        uint32_t digits, e = road_number(c, j, se, &digits);
        if (e == NONE)
            continue;
        int ok = e < se && LOWER_IN(e, road_nouns);
        if (!ok && digits <= 2 && j >= sb + 2 && LOWER_IN(j - 2, road_preps))
            ok = e >= se || LOWER_IN(e, road_followers) ||
                 ((c->tv[e].flags & EG_TOK_PUNCT) && !is_hyphen(c, e) &&
                  !(c->tv[e].flags & EG_TOK_POSS));
        if (!ok)
            continue;
        eg_status st = place_cand(c, j, e, si, err);
        if (st != EG_OK)
            return st;
        j = e;
    }
    return EG_OK;
}

/* Plural nouns for regions and natural features after a list: "the Los
 * Lagos and Aysén regions", "the Ibar and Sitnica rivers". */
static const char *const region_plurals[] = {
    "counties",    "districts", "governorates", "islands", "lakes",  "oblasts",
    "prefectures", "provinces", "regions",      "rivers",  "states", "valleys",
};

/* "the Los Lagos and Aysén regions": new names of one to three capitalised
 * words before a plural region noun and before "and" or a comma in front of
 * it. */
static eg_status rule_region_lists(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb + 3; i < se; i++) {
        if (!(is_cap_word(c, i - 1) || covered(c, i - 1)) || !LOWER_IN(i, region_plurals))
            continue;
        uint32_t ys[4], es[4], n = 0, e = i;
        while (n < 4 && e > sb) {
            uint32_t y = e;
            if (covered(c, y - 1)) {
                const eg_mention *m = &c->doc->ments.v[c->s->cover.v[y - 1]];
                if (m->tok_begin < sb || m->tok_end != e ||
                    strcmp(eg_rx_ent_type(c, m->ent), "location") != 0)
                    break;
                y = m->tok_begin;
                es[n] = NONE; /* listed already */
            } else {
                while (y > sb && e - y < 3 && is_cap_word(c, y - 1) && !covered(c, y - 1) &&
                       !eg_rx_tok_class(c, y - 1))
                    y--;
                if (y == e || place_name(c, y, se, 0) != e || eg_rx_given_name(c, y))
                    break;
                es[n] = e;
            }
            ys[n++] = y;
            if (y <= sb || !(tok_is(c, y - 1, "and") || (n > 1 && tok_is(c, y - 1, ","))))
                break;
            e = y - 1;
        }
        if (n < 2)
            continue;
        for (uint32_t k = 0; k < n; k++) {
            if (es[k] == NONE)
                continue;
            eg_status st = place_cand(c, ys[k], es[k], si, err);
            if (st != EG_OK)
                return st;
        }
    }
    return EG_OK;
}

/* Nouns after a bare "Gulf" that make it the Persian Gulf's region: "Gulf
 * states", "several Gulf investors", "Gulf sovereign funds",
 * "the Gulf hub", "along the Gulf coast" (not "the Gulf carrier", a firm). */
static const char *const gulf_group_nouns[] = {
    "allies",   "coast",      "countries", "economies",  "hub",     "investors",
    "kingdoms", "monarchies", "neighbors", "neighbours", "nations", "region",
    "rulers",   "sheikhdoms", "sovereign", "states",
};

/* Names in an article that make a bare "the Gulf" another gulf: the Gulf of
 * Mexico and the US Gulf Coast. */
static const char *const other_gulf_signals[] = {
    "Alabama",   "Corpus Christi", "Florida",     "Galveston",   "Gulf Coast", "Houston",
    "Louisiana", "Mexic",          "Mississippi", "New Orleans", "Tampa",      "Texas",
};

static int text_has(const char *t, size_t n, const char *w) {
    size_t m = strlen(w);
    for (size_t o = 0; o + m <= n; o++) {
        const char *p = memchr(t + o, w[0], n - m + 1 - o);
        if (p == NULL)
            return 0;
        o = (size_t)(p - t);
        if (memcmp(p, w, m) == 0)
            return 1;
    }
    return 0;
}

/* Does the article speak of another gulf: the US one, or a "Gulf of X"
 * other than the Gulf of Oman? */
static int other_gulf(const ctx *c) {
    const char *t = c->doc->text;
    size_t n = c->doc->len;
    for (size_t k = 0; k < sizeof other_gulf_signals / sizeof other_gulf_signals[0]; k++)
        if (text_has(t, n, other_gulf_signals[k]))
            return 1;
    for (size_t o = 0; o + 8 <= n; o++) {
        const char *p = memchr(t + o, 'G', n - o);
        if (p == NULL)
            break;
        o = (size_t)(p - t);
        if (o + 8 <= n && memcmp(p, "Gulf of", 7) == 0 && (p[7] == ' ' || p[7] == '\n') &&
            !(o + 12 <= n && memcmp(p + 8, "Oman", 4) == 0))
            return 1;
    }
    return 0;
}

/* A bare "the Gulf" (or "Gulf states") is the Persian Gulf unless the
 * article names another gulf: "tankers heading into the Gulf.", "across the
 * Gulf, after", "Gulf states"; not "the Gulf War", "the Gulf of Aden", "the
 * Gulf carrier", nor a storm "in the Gulf" of a story about Texas. */
static eg_status rule_gulf(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    int other = -1;
    for (uint32_t i = sb; i < se; i++) {
        if (c->tv[i].len != 4 || ttext(c, i)[0] != 'G' || !tok_is(c, i, "Gulf") || covered(c, i))
            continue;
        int the =
            i > sb &&
            (tok_is(c, i - 1, "the") ||
             (tok_is(c, i - 1, "The") && (i - 1 == sb || (c->tv[i - 2].flags & EG_TOK_PUNCT))));
        int ok;
        if (i + 1 >= se)
            ok = the;
        else if (LOWER_IN(i + 1, gulf_group_nouns))
            ok = the || i == sb || !(is_cap_word(c, i - 1) || covered(c, i - 1));
        else if (c->tv[i + 1].flags & EG_TOK_PUNCT)
            ok = the && !is_hyphen(c, i + 1) && !(c->tv[i + 1].flags & EG_TOK_POSS) &&
                 !tok_is(c, i + 1, "(");
        else
            ok = the && (c->tv[i + 1].flags & EG_TOK_WORD) && !(c->tv[i + 1].flags & EG_TOK_CAP) &&
                 !tok_is(c, i + 1, "of") && (eg_rx_tok_class(c, i + 1) & W_FUNC);
        if (!ok)
            continue;
        long g = eg_gazetteer_find(c->g, "Persian Gulf");
        if (g < 0 || strcmp(eg_gazetteer_type(c->g, (size_t)g), "location") != 0)
            return EG_OK;
        if (other < 0)
            other = other_gulf(c);
        if (other)
            return EG_OK;
        long de = eg_doc_gazent(c->doc, (int32_t)g);
        if (de < 0)
            return eg_rx_oom(c->doc->origin, 0, err);
        eg_status st =
            eg_rx_add_cand(c, i, i + 1, si, K_PLACE, NULL, (int32_t)de, EG_ORIGIN_GAZETTEER, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* A name in capitals in title case ("TOKYO" -> "Tokyo") into buf; 0 if it
 * does not fit. */
static int title_cased(const char *s, size_t len, char *buf, size_t cap) {
    size_t o = 0;
    int first = 1;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = eg_utf8_decode((const unsigned char *)s + i, len - i, &cp);
        int letter = eg_utf8_is_letter(cp);
        char enc[4];
        size_t m = eg_utf8_encode(letter && !first ? eg_utf8_lower(cp) : cp, enc);
        if (o + m + 1 > cap)
            return 0;
        memcpy(buf + o, enc, m);
        o += m;
        first = !letter && !eg_utf8_is_mark(cp) &&
                !poss_s(cp, (const unsigned char *)s + i + n, len - i - n);
        i += n;
    }
    buf[o] = '\0';
    return 1;
}

/* Proposes the dateline place [b, e) in capitals: the listed place of that
 * name in title case when there is one ("TOKYO" is Tokyo), else a new one. */
static eg_status dateline_part(ctx *c, uint32_t si, uint32_t b, uint32_t e, eg_error *err) {
    char buf[128];
    const eg_token *a = &c->tv[b], *z = &c->tv[e - 1];
    long g = -1;
    int particles = 0;
    if (title_cased(c->text + a->start, z->start + z->len - a->start, buf, sizeof buf)) {
        for (uint32_t k = b + 1; k + 1 < e; k++)
            if (c->tv[k].len <= 3 && (c->tv[k].flags & EG_TOK_ALLCAPS) &&
                (opener_in(c, k, place_joiners, sizeof place_joiners / sizeof place_joiners[0]) ||
                 opener_in(c, k, place_articles,
                           sizeof place_articles / sizeof place_articles[0]))) {
                size_t o = c->tv[k].start - a->start; /* "SANTA CRUZ DE LA SIERRA" is */
                buf[o] = (char)(buf[o] | 0x20);       /* "Santa Cruz de la Sierra" */
                particles = 1;
            }
        g = eg_gazetteer_find(c->g, buf);
        if (g >= 0 && strcmp(eg_gazetteer_type(c->g, (size_t)g), "location") != 0)
            g = -1;
    }
    if (g < 0 && particles) {
        long ne = eg_doc_discovered(c->doc, buf, strlen(buf), "location");
        return ne < 0
                   ? eg_rx_oom(c->doc->origin, 0, err)
                   : eg_rx_add_cand(c, b, e, si, K_PLACE, NULL, (int32_t)ne, EG_ORIGIN_RULE, err);
    }
    if (g < 0)
        return place_cand(c, b, e, si, err);
    long de = eg_doc_gazent(c->doc, (int32_t)g);
    return de < 0
               ? eg_rx_oom(c->doc->origin, 0, err)
               : eg_rx_add_cand(c, b, e, si, K_PLACE, NULL, (int32_t)de, EG_ORIGIN_GAZETTEER, err);
}

/* Is the name [b, e) in capitals a listed place in title case ("KATHMANDU")? */
static int listed_caps(const ctx *c, uint32_t b, uint32_t e) {
    char buf[128];
    const eg_token *a = &c->tv[b], *z = &c->tv[e - 1];
    if (!title_cased(c->text + a->start, z->start + z->len - a->start, buf, sizeof buf))
        return 0;
    long g = eg_gazetteer_find(c->g, buf);
    return g >= 0 && strcmp(eg_gazetteer_type(c->g, (size_t)g), "location") == 0;
}

/* A dateline of several cities: "HANOI/TOKYO (Reuters) —". Two or three
 * places in capitals joined by "/" at the start of the story's first line,
 * then a dash, a bracket or a comma; each is a place (listed ones keep their
 * mention). */
static eg_status shared_dateline(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    eg_doc *doc = c->doc;
    if (!(c->tv[sb].flags & EG_TOK_LINE_START) || doc->sents.v[si].flags ||
        c->tv[sb].start >= doc->body_offset + 200 || !(c->tv[sb].flags & EG_TOK_ALLCAPS))
        return EG_OK;
    uint32_t bs[3], es[3], n = 0, k = sb;
    int ended = 0;
    while (n < 3 && k < se && !ended) {
        uint32_t e = k;
        if (covered(c, k)) {
            const eg_mention *m = &doc->ments.v[c->s->cover.v[k]];
            if (m->tok_begin != k || !eg_rx_replaceable(c, m))
                return EG_OK;
            e = m->tok_end;
            bs[n] = NONE;
        } else {
            while (e < se && e < k + 3 && (c->tv[e].flags & EG_TOK_ALLCAPS) &&
                   (c->tv[e].flags & EG_TOK_WORD) && !covered(c, e) &&
                   !WORD_IN_LIST(dateline_labels, ttext(c, e), c->tv[e].len))
                e++;
            if (e == k)
                return EG_OK;
            bs[n] = k;
        }
        es[n++] = e;
        if (e + 1 < se && tok_is(c, e, "/") && attached(c, e) && attached(c, e + 1)) {
            k = e + 1;
            continue;
        }
        if (e >= se || !((c->tv[e].flags & EG_TOK_DASH) || tok_is(c, e, "(") || tok_is(c, e, ",")))
            return EG_OK;
        ended = 1;
    }
    if (n < 2 || !ended)
        return EG_OK;
    for (uint32_t i = 0; i < n; i++) {
        if (bs[i] == NONE)
            continue;
        eg_status st = dateline_part(c, si, bs[i], es[i], err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* Words before "capital" that make it a place's rank: "Wabag, the
 * provincial capital". */
static const char *const capital_ranks[] = {"district", "provincial", "regional", "state"};

/* After "the" at token j, words that stand for an owner the way "Portugal’s"
 * does: a demonym tagged as a country before a place noun ("Syunik, the
 * southern Armenian province") or a rank before "capital" ("Wabag, the
 * provincial capital"). */
static int the_owner(const ctx *c, uint32_t j, uint32_t se) {
    if (j + 1 < se && LOWER_IN(j, capital_ranks) && tok_is(c, j + 1, "capital"))
        return 1;
    for (uint32_t q = j; q < se && q < j + 3; q++) {
        if (!covered(c, q))
            continue;
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[q]];
        return m->tok_begin == q && m->tok_end == q + 1 && m->tok_end < se &&
               strcmp(eg_rx_ent_type(c, m->ent), "country") == 0 &&
               !(c->tv[q].flags & EG_TOK_POSS) && LOWER_IN(q + 1, place_nouns);
    }
    return 0;
}

/* Prepositions in a headline in capitals before a listed place: "HELD IN
 * MÁLAGA", "FIRE NEAR TULSA". */
static const char *const headline_preps[] = {"AT", "FROM", "IN", "NEAR"};

/* A headline in capitals opening the story: a listed place (in title case)
 * after a preposition of headline_preps is that place. */
static eg_status headline_places(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    const eg_doc *doc = c->doc;
    if (!(c->tv[sb].flags & EG_TOK_LINE_START) || !(c->tv[sb].flags & EG_TOK_ALLCAPS) ||
        doc->sents.v[si].flags || c->tv[sb].start >= doc->body_offset + 200)
        return EG_OK;
    for (uint32_t k = sb; k + 1 < se; k++) {
        if (k > sb && (c->tv[k].flags & EG_TOK_LINE_START))
            break;
        if ((c->tv[k].flags & EG_TOK_WORD) && !(c->tv[k].flags & EG_TOK_ALLCAPS))
            return EG_OK;
        if (c->tv[k].len > 4 || !WORD_IN_LIST(headline_preps, ttext(c, k), c->tv[k].len))
            continue;
        uint32_t e = k + 1;
        while (e < se && e < k + 4 && is_cap_word(c, e) && (c->tv[e].flags & EG_TOK_ALLCAPS) &&
               !covered(c, e) && !(c->tv[e].flags & EG_TOK_LINE_START))
            e++;
        for (; e > k + 1; e--)
            if (listed_caps(c, k + 1, e))
                return dateline_part(c, si, k + 1, e, err);
    }
    return EG_OK;
}

/* Does token i open its sentence, or follow only a headline in capitals on
 * the lines before it ("MAURITIUS WATCHDOG SUSPENDS FUND MANAGER\nEBÈNE,
 * Mauritius —", one sentence without a full stop)? */
static int caps_line_before(const ctx *c, uint32_t sb, uint32_t i) {
    for (uint32_t k = sb; k < i; k++)
        if ((c->tv[k].flags & EG_TOK_WORD) && !(c->tv[k].flags & EG_TOK_ALLCAPS))
            return 0;
    return 1;
}

/* "St", "Ste", "Mt", "Ft" or "Saint" at token j, in title case or capitals:
 * the word that opens a saint's-name place ("St. Catherine", "ST. JOHN’S"). */
static int saint_word(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    const char *w = ttext(c, j);
    switch (t->len) {
    case 2: /* St, ST, Mt, MT, Ft, FT */
        return (w[1] == 't' || w[1] == 'T') && (w[0] == 'S' || w[0] == 'M' || w[0] == 'F');
    case 3:
        return w[0] == 'S' && (memcmp(w, "Ste", 3) == 0 || memcmp(w, "STE", 3) == 0);
    case 5:
        return w[0] == 'S' && (memcmp(w, "Saint", 5) == 0 || memcmp(w, "SAINT", 5) == 0);
    default:
        return 0;
    }
}

/* End of a saint's-name place from token j ("St. James Parish", "St
 * Catherine", "ST. GEORGE’S"): the saint word, its full stop, one or two new
 * capitalised words (capitals only when caps is set) and, when poss is set, a
 * possessive ending them; NONE when another capitalised word, a possessive or
 * a hyphen follows (a longer name: "St. Mary’s Hospital", "St. Vincent
 * Arrowroot"). */
PLACE_RULE uint32_t saint_place(const ctx *c, uint32_t j, uint32_t se, int caps, int poss) {
    uint32_t k = j + 1, n = 0;
    if (k < se && tok_is(c, k, ".") && attached(c, k))
        k++;
    while (k < se && n < 2 && is_cap_word(c, k) && !covered(c, k) && attached_space(c, k) &&
           (caps || !(c->tv[k].flags & EG_TOK_ALLCAPS)) && !eg_rx_tok_class(c, k) &&
           !eg_rx_strong_designator(eg_rx_designator_at(c, k))) {
        k++;
        n++;
        if (k < se && (c->tv[k].flags & EG_TOK_POSS) && attached(c, k)) {
            if (!poss)
                return NONE;
            k++;
            break;
        }
    }
    if (!n || (k < se && (is_cap_word(c, k) || covered(c, k) || is_hyphen(c, k) ||
                          (c->tv[k].flags & EG_TOK_POSS))))
        return NONE;
    if (k + 1 < se && (tok_is(c, k, "the") || tok_is(c, k, "of")) && is_cap_word(c, k + 1))
        return NONE; /* "St. John the Baptist Parish" */
    return k;
}

/* Is the text of tokens [b, e) a whole-word part of the name of an
 * organisation, agency or person of the article ("St Fintan" of "Brothers of
 * St Fintan", "Al-Bayan" of "Bank Al-Bayan")? */
PLACE_RULE int inside_entity_name(const ctx *c, uint32_t b, uint32_t e) {
    char w[64];
    size_t n = c->tv[e - 1].start + c->tv[e - 1].len - c->tv[b].start;
    if (n >= sizeof w)
        return 0;
    memcpy(w, ttext(c, b), n);
    w[n] = '\0';
    for (size_t x = 0; x < c->doc->ents.n; x++) {
        const char *t = eg_rx_ent_type(c, (uint32_t)x);
        if (!c->doc->ents.v[x].mentions || strcmp(t, "location") == 0 || strcmp(t, "country") == 0)
            continue;
        const char *name = eg_rx_ent_name(c, (uint32_t)x);
        for (const char *p = strstr(name, w); p; p = strstr(p + 1, w))
            if ((p == name || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' ' || p[n] == ','))
                return 1;
    }
    /* and a longer organisation this round found earlier, with or without the
     * first word ("Mt. Apo Aggregates Corp." found as "Apo Aggregates Corp.") */
    uint32_t t0 = b + 1 < e && tok_is(c, b + 1, ".") ? b + 2 : b + 1;
    if (t0 >= e)
        t0 = b;
    size_t tn = c->tv[e - 1].start + c->tv[e - 1].len - c->tv[t0].start;
    for (size_t x = 0; x < c->s->cands.n; x++) {
        const cand *k = &c->s->cands.v[x];
        if (k->kind != K_ORG || k->te - k->tb <= e - t0)
            continue;
        for (uint32_t q = k->tb; q + (e - t0) <= k->te; q++)
            if (c->tv[q + (e - t0) - 1].start + c->tv[q + (e - t0) - 1].len - c->tv[q].start ==
                    tn &&
                memcmp(ttext(c, q), ttext(c, t0), tn) == 0)
                return 1;
    }
    return 0;
}

/* Do tokens [a, a + n) and [b, b + n) read the same but for case ("ST.
 * GEORGE’S" and "St. George’s")? */
static int same_folded(const ctx *c, uint32_t a, uint32_t b, uint32_t n) {
    for (uint32_t k = 0; k < n; k++) {
        char x[64], y[64];
        size_t nx = eg_fold_buf(ttext(c, a + k), c->tv[a + k].len, EG_FOLD_CASE, x, sizeof x);
        size_t ny = eg_fold_buf(ttext(c, b + k), c->tv[b + k].len, EG_FOLD_CASE, y, sizeof y);
        if (nx == (size_t)-1 || nx != ny || memcmp(x, y, nx) != 0)
            return 0;
    }
    return 1;
}

/* The end of a saint's place with a possessive from token j ("St.
 * George’s") that a place proposed before, the dateline's, writes too
 * ("ST. GEORGE’S, Grenada — ... on the outskirts of St. George’s"), or
 * NONE. */
static uint32_t saint_named_before(const ctx *c, uint32_t j, uint32_t se) {
    uint32_t e = saint_place(c, j, se, 0, 1);
    if (e == NONE || !(c->tv[e - 1].flags & EG_TOK_POSS))
        return NONE;
    for (size_t x = 0; x < c->s->cands.n; x++) {
        const cand *k = &c->s->cands.v[x];
        if (k->kind == K_PLACE && k->te - k->tb == e - j && k->tb < j &&
            same_folded(c, k->tb, j, e - j))
            return e;
    }
    return NONE;
}

/* Places named after a saint, which the lists miss and whose second word is
 * often a given name: "the parish of St Philip", "in St. James Parish",
 * datelines "ST. JOHN’S, Antigua —". Not after a capitalised word or a title
 * ("Jeffrey St. Clair"); a possessive only in a dateline, after "in" ("in
 * St Ann’s"; "at St Hugh’s" is a college's short name) or when the dateline
 * named that place (saint_named_before). */
PLACE_RULE eg_status saint_places(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    const eg_doc *doc = c->doc;
    for (uint32_t i = sb; i + 1 < se; i++) {
        if (!saint_word(c, i) || covered(c, i))
            continue;
        if (i > sb && (is_cap_word(c, i - 1) || covered(c, i - 1) ||
                       (c->tv[i - 1].flags & EG_TOK_POSS) || eg_rx_title_ends_at(c, sb, i)))
            continue;
        if (i > sb + 1 && (tok_is(c, i - 1, "of") || tok_is(c, i - 1, "de")) &&
            (is_cap_word(c, i - 2) || covered(c, i - 2)))
            continue; /* "Brothers of St Fintan", "the Kelli of St. Nilus" */
        int dateline = (c->tv[i].flags & EG_TOK_LINE_START) && doc->sents.v[si].flags == 0 &&
                       c->tv[i].start < doc->body_offset + 200 &&
                       (c->tv[i].flags & EG_TOK_ALLCAPS) && caps_line_before(c, sb, i);
        uint32_t e =
            saint_place(c, i, se, dateline, dateline || (i > sb && tok_is(c, i - 1, "in")));
        if (e == NONE && !dateline)
            e = saint_named_before(c, i, se);
        if (e == NONE)
            continue;
        if (dateline) {
            if (!(e < se &&
                  ((c->tv[e].flags & EG_TOK_DASH) || tok_is(c, e, "(") || tok_is(c, e, ","))))
                continue;
            eg_status st = dateline_part(c, si, i, e, err);
            if (st != EG_OK)
                return st;
        } else {
            if ((c->tv[i].flags & EG_TOK_ALLCAPS) ||
                (!tok_is(c, e - 1, "Parish") && !tok_is(c, e - 1, "County") &&
                 inside_entity_name(c, i, e)))
                continue; /* "Mt. Apo Aggregates" of "Mt. Apo Aggregates Corp." */
            eg_status st = place_cand(c, i, e, si, err);
            if (st != EG_OK)
                return st;
        }
        i = e - 1;
    }
    return EG_OK;
}

/* Is token d a hyphen or en dash written inside a word ("Hong Kong-Zhuhai",
 * "Dallas–Fort Worth")? */
static int joining_dash(const ctx *c, uint32_t d) {
    return (is_hyphen(c, d) || tok_is(c, d, "\xE2\x80\x93")) && attached(c, d) &&
           attached(c, d + 1);
}

/* A place the first round found whose name a listed place and a dash open:
 * "Hong Kong-Zhuhai-Macao Bridge" (found as "Zhuhai-Macao Bridge"),
 * "Dallas–Fort Worth International Airport", "Minneapolis–Saint Paul
 * International Airport". The listed places before it (one or two, each
 * before a dash) join it. */
PLACE_RULE eg_status dash_joined_places(ctx *c, uint32_t si, uint32_t sb, uint32_t se,
                                        eg_error *err) {
    for (uint32_t i = sb + 2; i < se; i++) {
        if (!covered(c, i) || !joining_dash(c, i - 1) || !covered(c, i - 2))
            continue;
        const eg_mention *k = &c->doc->ments.v[c->s->cover.v[i]];
        if (k->tok_begin != i || k->tok_end - k->tok_begin < 2 || k->origin != EG_ORIGIN_RULE ||
            strcmp(eg_rx_ent_type(c, k->ent), "location") != 0)
            continue;
        const designator *d = eg_rx_designator_at(c, k->tok_end - 1);
        if (!d || strcmp(d->type, "location") != 0)
            continue; /* a feature's name ("Bridge", "Airport"), not "Cairns-Port Douglas" */
        uint32_t b = i, te = k->tok_end, steps = 0;
        while (steps < 2 && b >= sb + 2 && joining_dash(c, b - 1) && covered(c, b - 2)) {
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[b - 2]];
            const char *t = eg_rx_ent_type(c, m->ent);
            if (m->tok_end != b - 1 || m->origin != EG_ORIGIN_GAZETTEER ||
                (strcmp(t, "location") != 0 && strcmp(t, "country") != 0))
                break;
            b = m->tok_begin;
            steps++;
        }
        if (!steps)
            continue;
        eg_status st = place_cand(c, b, te, si, err);
        if (st != EG_OK)
            return st;
        c->s->cands.v[c->s->cands.n - 1].join = 1;
        i = te - 1;
    }
    return EG_OK;
}

/* Places the lists do not know, from what surrounds them: "the town of X",
 * "X, a port east of the city", "based in X", "near X", "in X, Massachusetts"
 * and datelines ("BELLINZONA, Switzerland —"). */
eg_status eg_rx_rule_places(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    const eg_doc *doc = c->doc;
    eg_status st0 = city_state_dateline(c, si, sb, se, err);
    if (st0 == EG_OK)
        st0 = shared_dateline(c, si, sb, se, err);
    if (st0 == EG_OK)
        st0 = palace_places(c, si, sb, se, err);
    if (st0 == EG_OK)
        st0 = headline_places(c, si, sb, se, err);
    if (st0 == EG_OK)
        st0 = saint_places(c, si, sb, se, err);
    if (st0 == EG_OK)
        st0 = building_places(c, si, sb, se, err);
    if (st0 == EG_OK)
        st0 = seat_houses(c, si, sb, se, err);
    if (st0 == EG_OK)
        st0 = org_named_regions(c, si, sb, se, err);
    if (st0 == EG_OK)
        st0 = person_airports(c, si, sb, se, err);
    if (st0 == EG_OK)
        st0 = state_places(c, si, sb, se, err);
    if (st0 != EG_OK)
        return st0;
    for (uint32_t i = sb; i < se; i++) {
        uint32_t b = NONE, e = NONE;
        if (LOWER_IN(i, place_nouns) && i > sb && i + 2 < se && tok_is(c, i + 1, "of") &&
            article_before(c, sb, i) && (e = place_name(c, i + 2, se, 0)) != NONE) {
            b = i + 2; /* "the town of Iten", "the coastal town of Malindi" */
        } else if (LOWER_IN(i, place_plurals) && i > sb && i + 4 < se && tok_is(c, i + 1, "of") &&
                   article_before(c, sb, i) && (e = place_name(c, i + 2, se, 0)) != NONE &&
                   e + 1 < se && tok_is(c, e, "and")) {
            /* "the provinces of Coclé and Colón", "the ports of Balboa and
             * Cristóbal": two names, each a place (a listed one keeps its
             * mention) */
            uint32_t e2 = place_name(c, e + 1, se, 0);
            if (e2 == NONE && covered(c, e + 1)) {
                const eg_mention *m = &doc->ments.v[c->s->cover.v[e + 1]];
                if (m->tok_begin == e + 1 && m->origin == EG_ORIGIN_GAZETTEER &&
                    strcmp(eg_rx_ent_type(c, m->ent), "location") == 0)
                    e2 = m->tok_end;
            } else if (e2 != NONE && !eg_rx_given_name(c, e + 1) &&
                       !(e2 < se && (is_cap_word(c, e2) || (c->tv[e2].flags & EG_TOK_POSS)))) {
                eg_status st = place_cand(c, e + 1, e2, si, err);
                if (st != EG_OK)
                    return st;
            } else {
                e2 = NONE;
            }
            if (e2 != NONE && !eg_rx_given_name(c, i + 2))
                b = i + 2;
        } else if (tok_is(c, i, "in") && i > sb && LOWER_IN(i - 1, place_verbs) && i + 1 < se &&
                   (e = place_name(c, i + 1, se, 0)) != NONE) {
            b = i + 1; /* "based in Veldhoven" */
        } else if ((tok_is(c, i, "near") || tok_is(c, i, "outside")) && i + 1 < se &&
                   (e = place_name(c, i + 1, se, 0)) != NONE && e - (i + 1) <= 2) {
            b = i + 1; /* "a power plant near Olkaria" */
        } else if ((tok_is(c, i, "in") || tok_is(c, i, "at") || tok_is(c, i, "near") ||
                    tok_is(c, i, "from")) &&
                   i + 1 < se && (e = place_name(c, i + 1, se, 0)) != NONE && e + 1 < se &&
                   tok_is(c, e, ",") && region_mention(c, e + 1, se)) {
            b = i + 1; /* "in Worcester, Massachusetts" */
        } else if (tok_is(c, i, "at") && i > sb && LOWER_IN(i - 1, crossing_words) && i + 1 < se &&
                   (e = place_name(c, i + 1, se, 0)) != NONE && e - (i + 1) <= 2) {
            b = i + 1; /* "the border crossing at Medyka" */
        } else if (tok_is(c, i, "of") && i > sb &&
                   (LOWER_IN(i - 1, of_place_words) ||
                    ((i - 1 == sb || after_dash(c, sb, i - 1)) &&
                     opener_in(c, i - 1, of_place_words,
                               sizeof of_place_words / sizeof *of_place_words))) &&
                   i + 1 < se && (e = place_name(c, i + 1, se, 0)) != NONE && e - (i + 1) <= 2 &&
                   !eg_rx_given_name(c, i + 1)) {
            b = i + 1; /* "residents of Kitwe" */
            if (e + 1 < se && tok_is(c, e, "and")) {
                uint32_t e2 = place_name(c, e + 1, se, 0);
                if (e2 != NONE && e2 - (e + 1) <= 2 && !eg_rx_given_name(c, e + 1) &&
                    !(e2 < se && (is_cap_word(c, e2) || (c->tv[e2].flags & EG_TOK_POSS)))) {
                    eg_status st = place_cand(c, e + 1, e2, si, err);
                    if (st != EG_OK)
                        return st;
                }
            }
        } else if (tok_is(c, i, ",") && i > sb && i + 2 < se &&
                   (tok_is(c, i + 1, "a") || tok_is(c, i + 1, "an") || tok_is(c, i + 1, "the") ||
                    tok_is(c, i + 1, "its") || tok_is(c, i + 1, "their") ||
                    country_owner(c, i + 1, se) != NONE)) {
            /* "Pivdennyi, a port east of the city"; "Tanger Med, the
             * country’s largest port" (after "the", only with an owner);
             * "Sines, Portugal’s largest container port"; "Tres Cruces, its
             * open-pit mine"; "Storebælt, the strait crossed by" (a feature
             * noun after "the" and before a relative or a preposition) */
            uint32_t q = country_owner(c, i + 1, se), noun = NONE;
            int owner = q != NONE || tok_is(c, i + 1, "its") || tok_is(c, i + 1, "their") ||
                        (tok_is(c, i + 1, "the") && the_owner(c, i + 2, se));
            int the = owner || tok_is(c, i + 1, "the");
            if (q == NONE)
                q = i + 2;
            for (; q < se && q < i + 6 + 2 * (uint32_t)the; q++) {
                if ((LOWER_IN(q, place_nouns) || LOWER_IN(q, feature_appositions)) &&
                    (!the || owner)) {
                    noun = q;
                    break;
                }
                if (the && !owner && LOWER_IN(q, feature_appositions) && q + 1 < se &&
                    (LOWER_IN(q + 1, feature_followers) || past_participle(c, q + 1))) {
                    noun = q;
                    break;
                }
                if ((c->tv[q].flags & EG_TOK_POSS) && attached(c, q))
                    owner = 1;
                if (!(c->tv[q].flags & (EG_TOK_WORD | EG_TOK_NUM)) && !is_hyphen(c, q))
                    break;
            }
            if (noun == NONE || noun + 1 >= se ||
                !((c->tv[noun + 1].flags & EG_TOK_PUNCT && !is_hyphen(c, noun + 1)) ||
                  (owner && (c->tv[noun + 1].flags & EG_TOK_NUM)) || /* "its mine 90 km" */
                  ((c->tv[noun + 1].flags & EG_TOK_WORD) && !(c->tv[noun + 1].flags & EG_TOK_CAP) &&
                   !(c->tv[noun + 1].flags & EG_TOK_POSS) && !LOWER_IN(noun + 1, place_compounds))))
                continue;
            uint32_t s = i;
            while (s > sb && s > i - 3 && is_cap_word(c, s - 1) && !covered(c, s - 1))
                s--;
            if (s == sb && s < i && (eg_rx_tok_class(c, s) & W_FUNC))
                s++; /* "In Ntoum, a small town east of the capital" */
            if (s == i || (s > sb && (is_cap_word(c, s - 1) || covered(c, s - 1)) &&
                           !(eg_rx_tok_class(c, s - 1) & W_FUNC)))
                continue;
            if ((e = place_name(c, s, se, 0)) != i)
                continue;
            b = s;
        } else if ((c->tv[i].flags & EG_TOK_LINE_START) && doc->sents.v[si].flags == 0 &&
                   c->tv[i].start < doc->body_offset + 200 && (c->tv[i].flags & EG_TOK_ALLCAPS) &&
                   caps_line_before(c, sb, i) && (e = place_name(c, i, se, PN_CAPS)) != NONE &&
                   e < se) {
            /* a dateline: "BELLINZONA, Switzerland —", "ADRÉ (AFP) —"; a
             * possessive in capitals belongs to it ("ST JOHN’S, Antigua —") */
            if (e + 1 < se &&
                (c->tv[e].flags & (EG_TOK_POSS | EG_TOK_ALLCAPS)) ==
                    (EG_TOK_POSS | EG_TOK_ALLCAPS) &&
                (c->tv[e].flags & EG_TOK_WORD) && attached(c, e)) {
                e++;
                uint32_t e2 = place_name(c, e, se, PN_CAPS);
                if (e2 != NONE && e2 < se)
                    e = e2; /* "KING’S LYNN" */
            }
            int ok = 1;
            for (uint32_t k = i + 1; k < e && ok && i > sb; k++)
                ok = !(c->tv[k].flags & EG_TOK_LINE_START); /* a wrapped headline's
                                                              last words */
            for (uint32_t k = i; k < e && ok; k++)
                ok = ((c->tv[k].flags & EG_TOK_ALLCAPS) || is_hyphen(c, k)) &&
                     !WORD_IN_LIST(dateline_labels, ttext(c, k), c->tv[k].len);
            if (ok && tok_is(c, e, ":") && e + 1 < se && is_cap_word(c, e + 1) &&
                listed_caps(c, i, e)) {
                /* "KATHMANDU: Helicopters carrying ...": a listed city only */
                eg_status st = dateline_part(c, si, i, e, err);
                if (st != EG_OK)
                    return st;
                continue;
            }
            if (!ok || !((c->tv[e].flags & EG_TOK_DASH) || tok_is(c, e, "(") ||
                         (tok_is(c, e, ",") && e + 1 < se &&
                          (region_mention(c, e + 1, se) || is_cap_word(c, e + 1)))))
                continue;
            if (joined_place_tail(c, i + 1, e) != NONE ||
                (e > i + 2 && joined_place_tail(c, i + 2, e) != NONE)) {
                /* particles in capitals keep their small letter in the name:
                   "SANTA CRUZ DE LA SIERRA" is "Santa Cruz de la Sierra" */
                eg_status st = dateline_part(c, si, i, e, err);
                if (st != EG_OK)
                    return st;
                continue;
            }
            b = i;
        }
        if (b == NONE && is_cap_word(c, i) && !covered(c, i) &&
            (i == sb || !(is_cap_word(c, i - 1) || covered(c, i - 1)) ||
             eg_rx_tok_class(c, i - 1)) &&
            (e = place_name(c, i, se, PN_GIVEN)) != NONE && e < se &&
            ((LOWER_IN(e, region_nouns) && !(e + 1 < se && is_hyphen(c, e + 1))) ||
             (LOWER_IN(e, district_nouns) && i > sb && tok_is(c, i - 1, "the") &&
              (e + 1 >= se || (c->tv[e + 1].flags & EG_TOK_PUNCT) || tok_is(c, e + 1, "of") ||
               LOWER_IN(e + 1, place_followers))) ||
             (e + 1 < se && tok_is(c, e, "border") && LOWER_IN(e + 1, crossing_nouns)) ||
             (e + 1 < se && tok_is(c, e, "provincial") && LOWER_IN(e + 1, provincial_bodies)) ||
             (e + 1 < se && LOWER_IN(e, court_adjectives) && tok_is(c, e + 1, "court") &&
              article_before(c, sb, i)) ||
             (e + 2 < se && is_hyphen(c, e) && attached(c, e) && tok_is(c, e + 1, "based") &&
              attached(c, e + 1)))) {
            b = i; /* "the Poltava region", "a Nakuru-based group" */
            if (e - i > 1 && eg_rx_given_name(c, i) && !LOWER_IN(e, region_nouns))
                b = NONE; /* a given name first only before a region noun */
            if (i == sb && e == i + 1 && tok_is(c, e, "zone"))
                b = NONE; /* a sentence-case headline's adjective: "Free zone
                             growth", "Economic zone opens" */
            if (tok_is(c, e, "state") && e + 1 < se && (c->tv[e + 1].flags & EG_TOK_WORD) &&
                !(c->tv[e + 1].flags & EG_TOK_CAP) && !eg_rx_is_prep(c, e + 1) &&
                !LOWER_IN(e + 1, place_followers))
                b = NONE; /* "Kremlin state media" */
        }
        if (b == NONE && covered(c, i)) {
            /* a listed place going on after a particle: "San Juan de
             * Lurigancho" */
            const eg_mention *m = &doc->ments.v[c->s->cover.v[i]];
            if (m->tok_begin == i && m->origin == EG_ORIGIN_GAZETTEER && m->tok_end < se &&
                strcmp(eg_rx_ent_type(c, m->ent), "location") == 0 &&
                ((e = joined_place_tail(c, m->tok_end, se)) != NONE ||
                 (e = hyphen_place_tail(c, m->tok_end, se)) != NONE))
                b = i;
        }
        if (b == NONE || e == NONE || e <= b)
            continue;
        if (e < se && (is_cap_word(c, e) || (c->tv[e].flags & EG_TOK_POSS)))
            continue; /* "near Kaminari’s plant": a possessor is rarely a place */
        eg_status st = place_cand(c, b, e, si, err);
        if (st != EG_OK)
            return st;
    }
    eg_status st = rule_feature_places(c, si, sb, se, err);
    if (st == EG_OK)
        st = person_named_sites(c, si, sb, se, err);
    if (st == EG_OK)
        st = river_given_names(c, si, sb, se, err);
    if (st == EG_OK)
        st = rule_place_heads(c, si, sb, se, err);
    if (st == EG_OK)
        st = rule_region_lists(c, si, sb, se, err);
    if (st == EG_OK)
        st = rule_streets(c, si, sb, se, err);
    if (st == EG_OK)
        st = rule_road_numbers(c, si, sb, se, err);
    if (st == EG_OK)
        st = rule_gulf(c, si, sb, se, err);
    return st;
}

/* Words that follow "in" without being places: languages, faiths, feasts,
 * platforms, coins, abbreviated months and a party's adjective ("the
 * Republican field" of candidates in an article about oil). */
static const char *const not_places[] = {
    "Afrikaans",   "Amazigh",      "Amharic",   "Apr",         "Arabic",    "Aramaic",
    "Aug",         "Basque",       "Bengali",   "Berber",      "Bitcoin",   "Brexit",
    "Buddhism",    "Buddhist",     "Cantonese", "Catalan",     "Catholic",  "Catholicism",
    "Christian",   "Christianity", "Christmas", "Covid",       "Creole",    "Dari",
    "Darija",      "Dec",          "Easter",    "Eid",         "English",   "Ethereum",
    "Evangelical", "Farsi",        "Feb",       "Gaelic",      "Guarani",   "Gujarati",
    "Hausa",       "Hebrew",       "Hindi",     "Hindu",       "Hinduism",  "Igbo",
    "Inuktitut",   "Islam",        "Jan",       "Javanese",    "Jewish",    "Jr",
    "Judaism",     "Jul",          "Jun",       "Kinyarwanda", "Kiswahili", "Korean",
    "Kurdish",     "Latin",        "Lingala",   "Malay",       "Mandarin",  "Mar",
    "Marathi",     "Muslim",       "Nov",       "Oct",         "Orthodox",  "Pashto",
    "Persian",     "Protestant",   "Punjabi",   "Quechua",     "Ramadan",   "Republican",
    "Romani",      "Sanskrit",     "Sep",       "Sept",        "Sesotho",   "Setswana",
    "Shia",        "Shiite",       "Sikh",      "Somali",      "Sr",        "Sunni",
    "Swahili",     "Tagalog",      "Tamazight", "Tamil",       "Telegram",  "Telugu",
    "Tigrinya",    "TikTok",       "Twitter",   "Urdu",        "Uyghur",    "Welsh",
    "WhatsApp",    "Wolof",        "Xhosa",     "Yiddish",     "Yoruba",    "Zulu",
};

/* Words before "in" that take a company rather than a place ("a stake in
 * Acme"). */
static const char *const stake_words[] = {
    "interest", "invest", "invested", "investing", "investment", "investments", "involved", "role",
    "share",    "shares", "stake",    "stakes",    "work",       "worked",      "working",
};

/* Words before "from" that make the next name a place of origin ("fled from
 * Dangila"; titles too: "an MP from Markham"), unlike "a loan from Acme". */
static const char *const from_words[] = {
    "arrived",   "beekeeper", "came",       "candidate",  "civilians", "comes",     "coming",
    "convoy",    "convoys",   "councillor", "crossed",    "deported",  "drove",     "evacuated",
    "families",  "family",    "farmer",     "farmers",    "ferry",     "fisherman", "fishermen",
    "fled",      "flew",      "flights",    "hails",      "herder",    "highway",   "km",
    "lawmaker",  "man",       "men",        "migrants",   "miles",     "moved",     "native",
    "pensioner", "people",    "refugees",   "resident",   "residents", "returned",  "road",
    "route",     "senator",   "ships",      "shopkeeper", "students",  "teams",     "teenager",
    "traveled",  "travelled", "trucks",     "vessels",    "villager",  "villagers", "walked",
    "walking",   "widow",     "woman",      "women",      "youths",
};

/* Before "from" at token i, an age or a word of from_words capitalised
 * first in its sentence: "a 29-year-old from Birkirkara", "Driss Ait Lahcen,
 * 34, from Tinghir", "People from Edineț and Soroca". */
static int origin_from(const ctx *c, uint32_t sb, uint32_t i) {
    if (i < sb + 1)
        return 0;
    uint32_t p = i - 1;
    if (is_cap_word(c, p) && (p == sb || (p == sb + 1 && (c->tv[sb].flags & EG_TOK_PUNCT)))) {
        char buf[16];
        return eg_rx_ascii_lower(ttext(c, p), c->tv[p].len, buf, sizeof buf) &&
               IN_LIST(from_words, buf);
    }
    if (i < sb + 3)
        return 0;
    if (tok_is(c, p, "old"))
        return is_hyphen(c, p - 1) && attached(c, p - 1) && attached(c, p); /* "year-old" */
    if (!tok_is(c, p, ",") || p < sb + 2 || !tok_is(c, p - 2, ","))
        return 0;
    const char *a = ttext(c, p - 1);
    size_t n = c->tv[p - 1].len;
    if (n < 1 || n > 3)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (a[k] < '0' || a[k] > '9')
            return 0;
    return p >= sb + 3 && is_cap_word(c, p - 3); /* "Name, 34, from" */
}

/* Nouns before "from" that take a body or a gift, not a home: "Kalibra, a
 * spin-off from Brandt", "a loan from". */
static const char *const from_bodies[] = {
    "division", "donation", "gift",     "grant",   "investment", "loan",
    "offer",    "offshoot", "spin-off", "spinoff", "subsidiary", "unit",
};

/* Before "from" at token i, a description set off after a name: a name, a
 * comma, "a" or "an" and one to four lower-case words that are no function
 * words ("Sauerland Baustoffe, a family-owned firm from Meschede", "Evelyn
 * Alexie, a Yup’ik elder from Emmonak"): the name's home follows. */
static int described_from(const ctx *c, uint32_t sb, uint32_t i) {
    if (i < sb + 4 || LOWER_IN(i - 1, from_bodies))
        return 0;
    for (uint32_t k = i - 1, n = 0; k > sb + 1 && n < 6; k--, n++) {
        const eg_token *t = &c->tv[k];
        if (tok_is(c, k, "a") || tok_is(c, k, "an"))
            return k < i - 1 && tok_is(c, k - 1, ",") &&
                   ((c->tv[k - 2].flags & (EG_TOK_CAP | EG_TOK_NUM)) || covered(c, k - 2));
        if (!((t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) && !eg_rx_tok_class(c, k)) &&
            !is_hyphen(c, k) && !(t->flags & EG_TOK_POSS))
            return 0;
    }
    return 0;
}

/* Whether any entity of the article other than a place has the word
 * w[0..n) in its name. */
static int entity_word(const ctx *c, const char *w, size_t n) {
    const eg_doc *doc = c->doc;
    for (size_t e = 0; e < doc->ents.n; e++) {
        const char *t = eg_rx_ent_type(c, (uint32_t)e);
        if (!doc->ents.v[e].mentions || strcmp(t, "location") == 0 || strcmp(t, "country") == 0)
            continue;
        if (eg_rx_name_has_word(eg_rx_ent_name(c, (uint32_t)e), w, n))
            return 1;
    }
    return 0;
}

/* Is token j a form of a country other than its name, a demonym the rules
 * dropped as a language ("known in Irish as")? "Georgia" is no demonym. */
static int country_demonym(const ctx *c, uint32_t j) {
    long g = eg_rx_country_word(c, j);
    if (g < 0)
        return 0;
    const char *nm = eg_gazetteer_name(c->g, (size_t)g);
    return !(strlen(nm) == c->tv[j].len && memcmp(nm, ttext(c, j), c->tv[j].len) == 0);
}

/* Is token j a word of a language, faith or people rather than a place:
 * one of not_places, a demonym, or a long word ending like an adjective of a
 * people or language ("known in Greenlandic as", "crude from Kurdish
 * fields", "in Faroese"), or a compass adjective ("around Western
 * sanctions")? */
static int people_word(const ctx *c, uint32_t j) {
    const char *w = ttext(c, j);
    size_t n = c->tv[j].len;
    if (WORD_IN_LIST(not_places, w, n) || country_demonym(c, j))
        return 1;
    if (n < 6)
        return 0;
    if (memcmp(w + n - 2, "ic", 2) == 0 || memcmp(w + n - 3, "ish", 3) == 0 ||
        memcmp(w + n - 3, "ese", 3) == 0)
        return 1;
    return n == 7 && (tok_is(c, j, "Western") || tok_is(c, j, "Eastern"));
}

/* The end of a bare place name at token b for eg_rx_rule_in_place, or NONE.
 * With `joined`, a hyphen between two new words is no word of its own: an
 * item of a list with a listed place may be "Ceadîr-Lunga". */
/* Words that open a hyphenated place name as its article or saint: "Al-Mayadin",
 * "Ad-Damazin", "Saint-Georges", "Sainte-Rose". */
static const char *const place_prefixes[] = {"Ad", "Al", "Ar",    "Ash",   "Az",
                                             "Ed", "El", "Saint", "Sainte"};

/* Is token b such a prefix, joined by a hyphen to a capitalised word? */
static int prefix_hyphen(const ctx *c, uint32_t b) {
    return c->tv[b].len <= 6 && WORD_IN_LIST(place_prefixes, ttext(c, b), c->tv[b].len) &&
           is_hyphen(c, b + 1) && attached(c, b + 1) && attached(c, b + 2) && is_cap_word(c, b + 2);
}

/* Options of bare_place_in: hyphens join the words (a list's item), and a
 * given name may start the name (after a river word: "a dam on the Nam
 * Phak"). */
enum { BP_JOINED = 1, BP_GIVEN = 2 };

static uint32_t bare_place_in(const ctx *c, uint32_t b, uint32_t se, unsigned opts) {
    uint32_t e = place_name(c, b, se, (opts & BP_GIVEN) ? PN_GIVEN : 0), words = 0;
    int joined = (opts & BP_JOINED) != 0;
    if (e == NONE ||
        (!(opts & BP_GIVEN) && eg_rx_given_name(c, b) && !(e - b == 3 && prefix_hyphen(c, b))))
        return NONE; /* "Al-Mayadin" is no "Al" */
    for (uint32_t j = b; j < e; j++)
        words += (is_cap_word(c, j) && !covered(c, j)) ||
                 (!joined && is_hyphen(c, j) && j > b && is_cap_word(c, j - 1) &&
                  !covered(c, j - 1) && j + 1 < e && is_cap_word(c, j + 1) && !covered(c, j + 1));
    int prefixed = e - b == 3 && prefix_hyphen(c, b);
    if (words > 2 && prefixed)
        words = 1; /* "Al-Mayadin", "Saint-Georges": an article or "Saint" and one word */
    if (words > 2)
        return NONE; /* new words and hyphens between them: "Mocímboa da Praia" and
                        "Roissy-en-France" count one, "Ostrava-Nord" three */
    if (e < se && (is_cap_word(c, e) || covered(c, e) || (c->tv[e].flags & EG_TOK_POSS) ||
                   is_hyphen(c, e) || tok_is(c, e, "(")))
        return NONE;
    if (prefixed && inside_entity_name(c, b, e))
        return NONE; /* "Al-Bayan" of "Bank Al-Bayan" */
    for (uint32_t j = prefixed ? b + 2 : b; j < e; j++)
        if ((c->tv[j].flags & EG_TOK_WORD) && !covered(c, j) &&
            (eg_rx_designator_at(c, j) || (e - b == 1 && people_word(c, j)) ||
             WORD_IN_LIST(not_places, ttext(c, j), c->tv[j].len) || country_demonym(c, j) ||
             entity_word(c, ttext(c, j), c->tv[j].len) || (c->tv[j].flags & EG_TOK_ALLCAPS)))
            return NONE;
    return e;
}

static uint32_t bare_place(const ctx *c, uint32_t b, uint32_t se) {
    return bare_place_in(c, b, se, 0);
}

/* "from Lambaréné and Franceville to buyers": after "from" at token i, one
 * or two bare places, then "to". */
static int from_to(const ctx *c, uint32_t i, uint32_t se) {
    uint32_t e = bare_place(c, i + 1, se);
    if (e == NONE || e + 1 >= se)
        return 0;
    if (tok_is(c, e, "and") && (e = bare_place(c, e + 1, se)) == NONE)
        return 0;
    return e < se && tok_is(c, e, "to");
}

/* "at Morowali, Central Sulawesi, from": after a place and a comma (token
 * i), a compass word and one new capitalised word, then punctuation: the
 * token after the word, or NONE. compass_region wants a listed place first. */
static uint32_t compass_tail(const ctx *c, uint32_t i, uint32_t se) {
    static const char *const compass[] = {"Central", "East",      "Eastern",  "Lower",
                                          "North",   "Northeast", "Northern", "Northwest",
                                          "South",   "Southeast", "Southern", "Southwest",
                                          "Upper",   "West",      "Western"};
    if (!tok_is(c, i, ",") || i + 3 > se ||
        !WORD_IN_LIST(compass, ttext(c, i + 1), c->tv[i + 1].len) || covered(c, i + 1) ||
        !is_cap_word(c, i + 2) || covered(c, i + 2) || eg_rx_designator_at(c, i + 2) ||
        eg_rx_tok_class(c, i + 2) || (i + 3 < se && !(c->tv[i + 3].flags & EG_TOK_PUNCT)))
        return NONE;
    return i + 3;
}

static uint32_t compass_region(const ctx *c, uint32_t i, uint32_t se) {
    if (!covered(c, i - 1) || compass_tail(c, i, se) == NONE)
        return NONE;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[i - 1]];
    if (m->tok_end != i || strcmp(eg_rx_ent_type(c, m->ent), "location") != 0)
        return NONE;
    return i + 3;
}

/* Words before "at" that make the next name a site: "the army base at
 * Rukla", "the smelter at Morowali", "had called at Tauranga", "the new dam
 * at Polihali", "the container quay at Muuga", "to be built at Osborne". */
static const char *const at_words[] = {
    "airbase",   "anchored",     "arrived",    "base",      "beaches",  "berthed", "built",
    "called",    "camp",         "center",     "centre",    "chalet",   "complex", "compound",
    "compounds", "concentrator", "crossing",   "crossings", "dam",      "depot",   "docked",
    "facility",  "factory",      "garrison",   "harbour",   "hub",      "landed",  "landfill",
    "mill",      "mine",         "mines",      "moored",    "plant",    "plants",  "port",
    "quay",      "reactor",      "refinery",   "reserve",   "shipyard", "site",    "smelter",
    "stationed", "stopped",      "substation", "terminal",  "termini",  "villa",   "villas",
    "warehouse", "wharf",        "yard",
};

/* Verbs of movement and means of travel before "to": "diverted to Posorja",
 * "fled to Gisenyi", "diverted several vessels to Ngqura". */
static const char *const to_verbs[] = {
    "boat",      "boats",     "convoy",     "convoys",    "deported",  "diverted", "escorted",
    "escorting", "evacuated", "evacuees",   "extradited", "ferry",     "fled",     "flew",
    "flights",   "highway",   "passengers", "redirected", "relocated", "rerouted", "road",
    "route",     "sailed",    "ship",       "ships",      "survivors", "towed",    "traveled",
    "travelled", "trucks",    "vessel",     "vessels",
};

/* Compass words before "of": "60 nautical miles west of Mokha", "just north
 * of Rafah", "boarded it north of Bjørnøya". */
static const char *const compass_words[] = {
    "east", "north", "northeast", "northwest", "south", "southeast", "southwest", "west",
};

/* Offices held for a town or province: "the former mayor of Vlora", "ran
 * for mayor of Kfar Roummane", "the governor of Kogi". */
static const char *const place_offices[] = {"governor", "mayor", "mayors"};

/* Does token i ("at", "to" or "of") take a place from the words before it?
 * After "of" also an office of place_offices or a person's age ("Khaled
 * Haddad, 37, of Greenacre", origin_from). */
static int site_before(const ctx *c, uint32_t sb, uint32_t i, uint32_t se) {
    if (i <= sb || i + 1 >= se)
        return 0;
    if (tok_is(c, i, "at")) {
        if (LOWER_IN(i - 1, at_words))
            return 1;
        /* "crossed into France at La Jonquera": a border town after a
         * country or place entered */
        if (!covered(c, i - 1))
            return 0;
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[i - 1]];
        const char *ty = eg_rx_ent_type(c, m->ent);
        return m->tok_end == i && m->tok_begin > sb && tok_is(c, m->tok_begin - 1, "into") &&
               (strcmp(ty, "country") == 0 || strcmp(ty, "location") == 0);
    }
    if (tok_is(c, i, "to"))
        return LOWER_IN(i - 1, to_verbs);
    if (tok_is(c, i, "of") && i > sb + 1 && LOWER_IN(i - 1, compass_words))
        return !tok_is(c, i - 2, "the"); /* "60 nautical miles west of Mokha", "boarded
                                            it north of Bjørnøya"; not "the north of" */
    if (tok_is(c, i, "of"))
        return LOWER_IN(i - 1, place_offices) || origin_from(c, sb, i);
    return 0;
}

/* Works named by their place, in the second round, where the words of the
 * article's companies are known ("the Bokaro and Chandrapura plants", "the
 * Brass export terminal"; not "the Kessler plant" of Kessler Motoren). */
static const char *const works_nouns[] = {
    "courthouse", "crossing", "crossings", "pits",     "plant",
    "plants",     "smelter",  "smelters",  "terminal", "terminals",
};
static const char *const works_modifiers[] = {
    "coal", "container", "copper", "export", "gas", "gold", "lng", "nickel", "oil", "power",
};

/* Does a feature noun (feature_after) or a works noun after at most one
 * modifier follow the name of `words` words ending at token e? */
static int site_noun_at(const ctx *c, uint32_t e, uint32_t se, uint32_t words) {
    int oil = 0; /* no oil talk counts here */
    if (feature_after(c, e, e, se, words, &oil))
        return 1;
    if (e < se && LOWER_IN(e, works_modifiers))
        e++;
    return e < se && LOWER_IN(e, works_nouns) &&
           !(e + 1 < se && (is_hyphen(c, e + 1) || (c->tv[e + 1].flags & EG_TOK_POSS) ||
                            LOWER_IN(e + 1, place_compounds) || LOWER_IN(e + 1, pit_compounds)));
}

/* Plural nouns of land and works after two or more names: the plural says
 * that each name is one ("the Kostanay and Akmola regions", "the Alamata
 * and Shire areas", "the Kendal, Matla and Duvha plants"). */
static const char *const plural_sites[] = {
    "areas",          "checkpoints", "counties",    "crossings", "departments",
    "districts",      "estates",     "fields",      "islands",   "mines",
    "municipalities", "oilfields",   "prefectures", "provinces", "regions",
    "states",         "terminals",   "townships",   "valleys",
};

/* Does a plural of plural_sites follow token e, after at most one lower-case
 * word that is no function word ("border checkpoints", "gas fields")? */
static int plural_site_at(const ctx *c, uint32_t e, uint32_t se) {
    if (e < se && !LOWER_IN(e, plural_sites) && eg_rx_lower_word(c, e) && !eg_rx_tok_class(c, e) &&
        !covered(c, e))
        e++;
    return e < se && LOWER_IN(e, plural_sites) &&
           !(e + 1 < se &&
             (is_hyphen(c, e + 1) || (c->tv[e + 1].flags & EG_TOK_POSS) || is_cap_word(c, e + 1)));
}

/* A listed place (location, from a list or a rule) that starts at token j:
 * its end, or NONE. */
static uint32_t listed_location_at(const ctx *c, uint32_t j) {
    if (!covered(c, j))
        return NONE;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
    return m->tok_begin == j && strcmp(eg_rx_ent_type(c, m->ent), "location") == 0 ? m->tok_end
                                                                                   : NONE;
}

/* After "the" (or "the nearby") at token i: one or two bare places joined by
 * "and", then a site noun; or up to four names joined by "," and "and", new
 * ones or listed places, then a plural of plural_sites. */
static eg_status site_places(ctx *c, uint32_t si, uint32_t i, uint32_t se, eg_error *err) {
    uint32_t b = i + 1;
    if (b < se && tok_is(c, b, "nearby"))
        b++;
    uint32_t bs[4], es[4], n = 0, fresh = 0, at = b;
    int dangling = 0, joined = 0; /* a separator with no name after it; an "and" seen */
    while (n < 4) {
        uint32_t e = at < se ? bare_place(c, at, se) : NONE;
        int is_new = e != NONE;
        if (!is_new && (at >= se || (e = listed_location_at(c, at)) == NONE))
            break;
        bs[n] = is_new ? at : NONE;
        fresh += (uint32_t)is_new;
        es[n++] = e;
        dangling = 0;
        if (joined || e + 1 >= se)
            break;
        if (tok_is(c, e, "and") || (tok_is(c, e, ",") && tok_is(c, e + 1, "and"))) {
            at = tok_is(c, e, "and") ? e + 1 : e + 2;
            joined = dangling = 1;
        } else if (tok_is(c, e, ",") && n < 3) {
            at = e + 1;
            dangling = 1;
        } else {
            break;
        }
    }
    if (!fresh || dangling)
        return EG_OK;
    uint32_t last = es[n - 1];
    if (!(n >= 2 && joined && plural_site_at(c, last, se)) &&
        /* one or two new names and a site noun ("the Bokaro and Chandrapura
           plants", "the Brass export terminal") */
        (n > 2 || bs[0] == NONE || (n == 2 && (bs[1] == NONE || !tok_is(c, es[0], "and"))) ||
         !site_noun_at(c, last, se, last - bs[n - 1])))
        return EG_OK;
    eg_status st = EG_OK;
    for (uint32_t k = 0; k < n && st == EG_OK; k++)
        if (bs[k] != NONE)
            st = place_cand(c, bs[k], es[k], si, err);
    return st;
}

/* Buildings (and a queue) before "on" or "along" and a street or square:
 * "the firm’s offices on Waiyaki Way", "its headquarters along Ring Road
 * Central", "visitors queued along Zmaja od Bosne". Not "gathered": "staff
 * gathered on Zoom". */
static const char *const address_nouns[] = {
    "bar",          "block",      "building", "embassy", "foyer",   "gates",
    "headquarters", "home",       "hotel",    "office",  "offices", "premises",
    "queued",       "restaurant", "shop",     "shops",   "store",   "warehouse",
};

/* Lower-case words inside a street's name: "Rruga e Durrësit", "Zmaja od
 * Bosne", "Place of Arms". */
static const char *const address_joiners[] = {"da", "de", "del", "do", "e", "od", "of"};

/* The street or square after such a noun and "on" at token b: up to five
 * capitalised words (hyphens, joiners, a possessive inside: "Sir John
 * Rogerson’s Quay"), listed places inside one of more words ("Macedonia
 * Square"), then no capitalised word; the token after it, or NONE. Not a
 * day or month ("offices on Monday", "on Dec. 3"), not a word of another
 * entity ("offices on Facebook"), not a given name and a surname. */
static uint32_t address_name(const ctx *c, uint32_t b, uint32_t se) {
    uint32_t k = b, words = 0, listed = 0;
    while (k < se && k - b < 6) {
        const eg_token *t = &c->tv[k];
        if (t->flags & EG_TOK_POSS) {
            if (!words || k + 1 >= se || !is_cap_word(c, k + 1))
                return NONE; /* "the home on Smith’s farm" */
            k++;             /* "Rogerson’s Quay" */
            continue;
        }
        if (is_cap_word(c, k) && !(t->flags & EG_TOK_ALLCAPS) && !eg_rx_tok_class(c, k)) {
            if (covered(c, k)) {
                const eg_mention *m = &c->doc->ments.v[c->s->cover.v[k]];
                const char *ty = eg_rx_ent_type(c, m->ent);
                if (m->tok_begin != k || m->tok_end > se || !eg_rx_replaceable(c, m) ||
                    (strcmp(ty, "location") != 0 && strcmp(ty, "country") != 0))
                    return NONE;
                listed++;
                k = m->tok_end;
            } else {
                if (entity_word(c, ttext(c, k), t->len) ||
                    WORD_IN_LIST(not_places, ttext(c, k), t->len))
                    return NONE; /* "offices on Dec. 3" */
                k++;
            }
            words++;
            while (k + 1 < se && is_hyphen(c, k) && attached(c, k) && attached(c, k + 1) &&
                   (c->tv[k + 1].flags & EG_TOK_WORD) && !covered(c, k + 1))
                k += 2; /* "Shahrah-e-Faisal", "René-Lévesque" */
            continue;
        }
        if (words && k + 1 < se && LOWER_IN(k, address_joiners) && is_cap_word(c, k + 1)) {
            k++;
            continue;
        }
        break;
    }
    if (!words || listed == words || k - b > 6 || (k < se && is_cap_word(c, k)))
        return NONE;
    const designator *d = eg_rx_designator_at(c, k - 1);
    int street = d && strcmp(d->type, "location") == 0;
    if (eg_rx_given_name(c, b) && words == 2 && !street)
        return NONE; /* "at his home on John Mwale’s land" is no street; "Victoria Road" is */
    return k;
}

/* Prepositions before two places joined by "and" or "or" ("looted from
 * Palmyra and Apamea", "flights into Joensuu and Savonlinna"). */
static const char *const pair_preps[] = {
    "across", "around",  "at", "from",   "into",    "near", "of",
    "on",     "through", "to", "toward", "towards", "via",
};

/* After such a preposition at token i: a listed place (a location, not a
 * country: "of Jordan and Abdullah"; not a word of a people: "Flemish"),
 * "and" or "or", then a new name (bare_place): the end of the new name, or
 * NONE. */
static uint32_t paired_place(const ctx *c, uint32_t i, uint32_t se) {
    uint32_t e = listed_location_at(c, i + 1);
    if (e == NONE || e + 1 >= se || !(tok_is(c, e, "and") || tok_is(c, e, "or")))
        return NONE;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[i + 1]];
    if ((c->doc->ents.v[m->ent].gaz < 0 && m->origin != EG_ORIGIN_RULE) ||
        (e == i + 2 && people_word(c, i + 1)))
        return NONE; /* "of Flemish and Lombard still lifes" */
    return bare_place(c, e + 1, se);
}

/* Nouns of people who work at a company, before "at": "an analyst at
 * Kalibra in London", "workers at Brandt on Monday" name no place. */
static const char *const at_staff[] = {
    "analyst",    "analysts", "director", "economist", "employee",   "employees",   "executive",
    "executives", "lecturer", "partner",  "professor", "researcher", "researchers", "staff",
    "strategist", "trader",   "traders",  "worker",    "workers",
};

/* Is token p a year ("2015") or a decade ("1990s")? */
static int year_at(const ctx *c, uint32_t p) {
    const char *w = ttext(c, p);
    size_t n = c->tv[p].len;
    if (!(n == 4 || (n == 5 && w[4] == 's')) ||
        !(memcmp(w, "19", 2) == 0 || memcmp(w, "20", 2) == 0))
        return 0;
    return w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9';
}

/* Words before "around", "about" ... and a number in a distance after a
 * comma ("at Ras Markaz, about 80 km south of the refinery"). */
static const char *const about_words[] = {"about",  "almost",  "around", "just",
                                          "nearly", "roughly", "some"};

/* After a name that follows "at" and a comma at token k: an apposition that
 * says where the name lies: a distance ("about 80 km south"), a compass word
 * and "of" ("north of the city"), "on the" ("on the Friesland coast") or
 * "where" ("at Redstone Arsenal, where the Army tests"). */
static int at_where(const ctx *c, uint32_t k, uint32_t se) {
    if (k + 2 >= se || !tok_is(c, k, ","))
        return 0;
    uint32_t p = k + 1;
    if (tok_is(c, p, "where"))
        return 1;
    if (tok_is(c, p, "on"))
        return tok_is(c, p + 1, "the");
    if (LOWER_IN(p, compass_words))
        return tok_is(c, p + 1, "of");
    return LOWER_IN(p, about_words) && (c->tv[p + 1].flags & EG_TOK_NUM);
}

/* Words before "at" that take a club, a school or a firm ("lost away at
 * Damac.", "a strike at Kestrel, where", "she studied at Aalto."). */
static const char *const at_clubs[] = {
    "away",    "home",  "play",    "played",  "playing",  "plays",  "strike",
    "strikes", "study", "studied", "studies", "studying", "taught", "teaches",
};

/* After a name that follows "at", at token e: what places it. A time ("at
 * Caracollo on Tuesday", "at Agua Clara in August", "at Sipán in the
 * 1980s", "late on Sunday"), a listed place or country it lies in or near
 * ("at Rugby House in Suva", "at Briska Gora near Ulcinj", "at Guelb El
 * Rhein, near Zouérat"), or, unless a word of at_clubs stands before "at"
 * (token i), an apposition of at_where or the end of the sentence ("the new
 * deep-water port at Vizhinjam."). */
static int at_anchor(const ctx *c, uint32_t i, uint32_t e, uint32_t se) {
    if ((e + 1 == se && tok_is(c, e, ".")) || at_where(c, e, se))
        return !LOWER_IN(i - 1, at_clubs);
    uint32_t k = e;
    if (k + 2 < se && tok_is(c, k, ",") && tok_is(c, k + 1, "near"))
        k++;
    else if (k + 2 < se && (tok_is(c, k, "late") || tok_is(c, k, "early")))
        k++;
    if (k + 1 >= se)
        return 0;
    uint32_t p = k + 1;
    if (tok_is(c, k, "on"))
        return (eg_rx_tok_class(c, p) & W_DAY) != 0;
    int in = tok_is(c, k, "in");
    if (!in && !tok_is(c, k, "near"))
        return 0;
    if (in && ((eg_rx_tok_class(c, p) & W_MONTH) || year_at(c, p) ||
               (p + 1 < se && tok_is(c, p, "the") && year_at(c, p + 1) && c->tv[p + 1].len == 5)))
        return 1;
    if (!covered(c, p))
        return 0;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[p]];
    const char *t = eg_rx_ent_type(c, m->ent);
    return m->tok_begin == p && (strcmp(t, "location") == 0 || strcmp(t, "country") == 0);
}

/* Does "at" at token i take a new name that the words after it place
 * (at_anchor), one name or two joined by "and" ("samples he took at
 * Korenita and Gornje Nedeljice in March")? Not after a company's staff or
 * work ("an analyst at", "worked at"), a person or a company. */
static int at_anchored(const ctx *c, uint32_t sb, uint32_t i, uint32_t se) {
    if (!tok_is(c, i, "at") || i <= sb || LOWER_IN(i - 1, at_staff) ||
        LOWER_IN(i - 1, stake_words) || eg_rx_person_noun(c, i - 1) ||
        eg_rx_title_ends_at(c, sb, i))
        return 0;
    if (covered(c, i - 1)) {
        const char *ty = eg_rx_ent_type(c, c->doc->ments.v[c->s->cover.v[i - 1]].ent);
        if (strcmp(ty, "person") == 0 || strcmp(ty, "organisation") == 0)
            return 0; /* "met Ms Dupont at Kestrelworks": her employer, maybe */
    }
    uint32_t e = bare_place(c, i + 1, se);
    if (e == NONE)
        return 0;
    if (e + 1 < se && tok_is(c, e, "and")) {
        uint32_t e2 = bare_place(c, e + 1, se);
        if (e2 != NONE)
            e = e2;
    }
    return at_anchor(c, i, e, se);
}

/* Prepositions before a new name listed with a place ("from Sheikhupura and
 * Okara", "to Katse and Maseru"). */
static const char *const coord_preps[] = {"at", "from", "near", "through", "to", "via"};

/* Does a listed place (a location from a list, not a demonym) start at
 * token j and end before a non-name? */
static int listed_place_at(const ctx *c, uint32_t j) {
    if (!covered(c, j))
        return 0;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
    return m->tok_begin == j && m->origin == EG_ORIGIN_GAZETTEER &&
           strcmp(eg_rx_ent_type(c, m->ent), "location") == 0 &&
           !(m->tok_end < c->ntok &&
             (is_cap_word(c, m->tok_end) || (c->tv[m->tok_end].flags & EG_TOK_POSS)));
}

/* After "in" or "near", at token b: a given name alone that names a place
 * ("a hospital in Guadalupe,", "an informant in Florence reported", "met
 * officials in Mary on Wednesday"): no month or day ("in May"), no country
 * ("in Chad or Bangladesh"), no word of another entity of the article
 * ("Victoria" of "Victoria Bamford"), then punctuation or a lower-case word,
 * not a second name ("in Lewis and Harris"). The end of the name, or NONE. */
static uint32_t given_place_alone(const ctx *c, uint32_t b, uint32_t se) {
    if (b + 1 >= se || covered(c, b) || !is_cap_word(c, b) ||
        (c->tv[b].flags & (EG_TOK_POSS | EG_TOK_ALLCAPS)) || !eg_rx_given_name(c, b) ||
        eg_rx_tok_class(c, b) || is_cap_word(c, b + 1) || covered(c, b + 1) ||
        (c->tv[b + 1].flags & EG_TOK_POSS) || is_hyphen(c, b + 1) || tok_is(c, b + 1, "(") ||
        people_word(c, b) || eg_rx_country_word(c, b) >= 0 ||
        entity_word(c, ttext(c, b), c->tv[b].len))
        return NONE;
    if (b + 2 < se && (tok_is(c, b + 1, "and") || tok_is(c, b + 1, "or")) && is_cap_word(c, b + 2))
        return NONE; /* "in Lewis and Harris": one island of two names */
    return b + 1;
}

/* Prepositions before "nearby" and a new name ("a resident of nearby Lod",
 * "based in nearby Chapela"); "a nearby Brightvolt depot" names none. */
static const char *const nearby_preps[] = {"at", "from", "in",     "into",   "of",
                                           "on", "to",   "toward", "towards"};

/* Prepositions before a given name that names a place listed with a listed
 * one ("clinics in Rafaela and Rosario", "buses from Esperanza and Córdoba");
 * not "between" ("talks between Kim and Washington"). */
static const char *const given_pair_preps[] = {"across", "around",  "at", "from", "in",
                                               "near",   "through", "to", "via"};

/* After such a preposition, at token b: a given name alone that no other
 * entity of the article has in its name ("Victoria" of "Victoria Bamford"),
 * then "and" or "or" and a listed location (not a country: "to Regina and
 * Kenya"; not a longer name: "Alice and Paris Saint-Germain"): the end of
 * the given name, or NONE. */
static uint32_t given_place_paired(const ctx *c, uint32_t b, uint32_t se) {
    if (b + 2 >= se || covered(c, b) || !is_cap_word(c, b) ||
        (c->tv[b].flags & (EG_TOK_POSS | EG_TOK_ALLCAPS)) || !eg_rx_given_name(c, b) ||
        !(tok_is(c, b + 1, "and") || tok_is(c, b + 1, "or")) || !listed_place_at(c, b + 2) ||
        entity_word(c, ttext(c, b), c->tv[b].len))
        return NONE;
    return b + 1;
}

/* A listed place (not a country) ending right before the comma at token k:
 * "beaches north of Mombasa, including Nyali and Bamburi". */
static int place_before_comma(const ctx *c, uint32_t sb, uint32_t k) {
    if (k <= sb || !covered(c, k - 1))
        return 0;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[k - 1]];
    return m->tok_end == k && m->origin == EG_ORIGIN_GAZETTEER &&
           strcmp(eg_rx_ent_type(c, m->ent), "location") == 0;
}

#define MAX_LIST_ITEMS 8

/* An item of a list of places at token b: a bare place (*fresh set), a
 * listed place or country from a list, or a given name alone (*lone set;
 * "in Brandon, Steinbach and Thompson"). Returns its end, or NONE. */
static uint32_t list_item(const ctx *c, uint32_t b, uint32_t se, int *fresh, int *lone) {
    *fresh = *lone = 0;
    if (b >= se)
        return NONE;
    if (covered(c, b)) {
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[b]];
        const char *t = eg_rx_ent_type(c, m->ent);
        if (m->tok_begin != b || m->origin != EG_ORIGIN_GAZETTEER || m->tok_end > se ||
            (strcmp(t, "location") != 0 && strcmp(t, "country") != 0) ||
            (m->tok_end < se && (c->tv[m->tok_end].flags & EG_TOK_POSS)))
            return NONE;
        return m->tok_end;
    }
    uint32_t e = bare_place_in(c, b, se, BP_JOINED);
    if (e != NONE) {
        *fresh = 1;
        return e;
    }
    /* a given name and a word that ends names of places: "in suburbs including
     * Mbare, Glen View and Borrowdale", "Victoria Heights" */
    static const char *const place_tails[] = {"Estate",  "Gardens",  "Heights", "Hills", "Park",
                                              "Springs", "Township", "Valley",  "View"};
    if (eg_rx_given_name(c, b) && is_cap_word(c, b) && !covered(c, b) && b + 2 < se &&
        is_cap_word(c, b + 1) && !covered(c, b + 1) &&
        WORD_IN_LIST(place_tails, ttext(c, b + 1), c->tv[b + 1].len) && !is_cap_word(c, b + 2) &&
        !covered(c, b + 2) && !(c->tv[b + 2].flags & EG_TOK_POSS) && !is_hyphen(c, b + 2)) {
        *fresh = 1;
        return b + 2;
    }
    if (eg_rx_given_name(c, b) && is_cap_word(c, b) && b + 1 < se && !is_cap_word(c, b + 1) &&
        !covered(c, b + 1) && !(c->tv[b + 1].flags & EG_TOK_POSS) && !is_hyphen(c, b + 1) &&
        !entity_word(c, ttext(c, b), c->tv[b].len)) {
        *fresh = *lone = 1;
        return b + 1;
    }
    return NONE;
}

/* A list of places from token b: items separated by commas, the last after
 * "and" or "or" ("in Famaillá, Monteros and Simoca"), at least `min` items
 * and, unless `strong`, one of them listed. Proposes the new items; returns
 * the token after the list, or NONE (nothing proposed) if it is none. */
static uint32_t place_list(ctx *c, uint32_t si, uint32_t b, uint32_t se, uint32_t min, int strong,
                           eg_status *st, eg_error *err) {
    uint32_t ib[MAX_LIST_ITEMS], ie[MAX_LIST_ITEMS], n = 0, listed = 0, places = 0, j = b;
    int fresh, lone, closed = 0;
    while (n < MAX_LIST_ITEMS) {
        uint32_t e = list_item(c, j, se, &fresh, &lone);
        if (e == NONE)
            return NONE;
        listed += !fresh;
        places += !lone;
        ib[n] = fresh ? j : NONE;
        ie[n++] = e;
        if (closed)
            break;
        if (e + 1 < se && tok_is(c, e, ","))
            j = e + 1;
        else if (e + 1 < se && (tok_is(c, e, "and") || tok_is(c, e, "or")))
            j = e + 1, closed = 1;
        else
            return NONE;
        if (closed && j < se && tok_is(c, j, "the") && !strong)
            return NONE;
    }
    uint32_t end = ie[n - 1];
    if (!closed || n < min || (!strong && !listed) || !places ||
        (end < se && (is_cap_word(c, end) || covered(c, end))))
        return NONE;
    for (uint32_t k = 0; k < n && *st == EG_OK; k++)
        if (ib[k] != NONE)
            *st = place_cand(c, ib[k], ie[k], si, err);
    return end;
}

/* Words that place a river: parts of it before "of the" ("both banks of the
 * Ibar", "a tributary of the Vorotan"), works before "on|over|across the"
 * ("the dam on the Vakhsh"), and "upstream|downstream of|on". */
static const char *const river_parts[] = {
    "bank",      "banks",      "confluence", "estuary",   "headwaters",  "mouth",
    "riverbank", "riverbanks", "stretch",    "stretches", "tributaries", "tributary",
};
static const char *const river_works[] = {"barrage", "barrages", "bridge",
                                          "bridges", "dam",      "dams"};
static const char *const river_flows[] = {"downstream", "upstream"};
/* Verbs that feed a river ("springs that feed the Jadar") and words of
 * water or waste that go "down", "into" or "along the" one ("a wall of water
 * down the Rishiganga", "dumping rock and muck into the Alaknanda", "villages
 * along the Sassandra" with a sentence word after it). */
static const char *const river_feeders[] = {"drain", "drains", "fed", "feed", "feeding", "feeds"};
static const char *const river_goers[] = {
    "discharged", "discharging", "dumped",   "dumping", "effluent", "floodwater", "flowed",
    "flowing",    "flows",       "muck",     "poured",  "pouring",  "sewage",     "sludge",
    "spilled",    "spilling",    "tailings", "waste",   "water",
};
/* Lower-case words that may follow such a river's name ("the Ibar face" is
 * not one of them: a noun after it may make a compound, "the Acme
 * pipeline"). */
static const char *const river_followers[] = {
    "above",   "after",      "and",    "are",     "as",    "at",       "before", "below", "between",
    "by",      "downstream", "flows",  "for",     "from",  "had",      "has",    "have",  "in",
    "into",    "is",         "last",   "near",    "on",    "or",       "runs",   "since", "that",
    "through", "to",         "toward", "towards", "until", "upstream", "was",    "were",  "when",
    "where",   "which",      "while",  "will",    "with",  "without",
};

/* Is the bare name after token i (a lower-case "the", or "of" after
 * upstream|downstream) placed by a river word? */
static int river_context(const ctx *c, uint32_t sb, uint32_t i) {
    if (i < sb + 1)
        return 0;
    if (tok_is(c, i, "of") || tok_is(c, i, "on"))
        return LOWER_IN(i - 1, river_flows);
    if (!tok_is(c, i, "the") || i < sb + 1)
        return 0;
    if (LOWER_IN(i - 1, river_feeders) || tok_is(c, i - 1, "along") || tok_is(c, i - 1, "across"))
        return 1; /* "springs that feed the Jadar", "villages along the Sava", "ferried
                     across the Moei at night" (a river or a region: both places) */
    if (i >= sb + 2 && tok_is(c, i - 1, ",") &&
        (tok_is(c, i - 2, "tributaries") || tok_is(c, i - 2, "rivers")))
        return 1; /* "two of its tributaries, the Crepori and the Kabitutu" */
    if (i >= sb + 2 && (tok_is(c, i - 1, "including") || tok_is(c, i - 1, "like")) &&
        tok_is(c, i - 2, "rivers"))
        return 1; /* "rivers including the Pra" */
    if (i >= sb + 3 && tok_is(c, i - 1, "as") && tok_is(c, i - 2, "such") &&
        tok_is(c, i - 3, "rivers"))
        return 1; /* "rivers such as the Suir" */
    if (i >= sb + 2 && (tok_is(c, i - 1, "down") || tok_is(c, i - 1, "into")))
        for (uint32_t j = i - 2; j + 6 >= i && j >= sb; j--) {
            if (LOWER_IN(j, river_goers))
                return 1;
            if (j == sb || (c->tv[j].flags & EG_TOK_PUNCT))
                break;
        }
    if (i < sb + 2)
        return 0;
    return (tok_is(c, i - 1, "of") &&
            (LOWER_IN(i - 2, river_parts) || LOWER_IN(i - 2, river_flows))) ||
           ((tok_is(c, i - 1, "on") || tok_is(c, i - 1, "over") || tok_is(c, i - 1, "across")) &&
            (LOWER_IN(i - 2, river_works) || LOWER_IN(i - 2, river_flows)));
}

/* Does a river's name end before token e: the sentence's end, punctuation
 * or a word of river_followers? */
static int river_end(const ctx *c, uint32_t e, uint32_t se) {
    return e >= se || (c->tv[e].flags & EG_TOK_PUNCT) || LOWER_IN(e, river_followers);
}

/* After a river's name ending at token e: ", the", "and the" or ", and the";
 * the token after "the", or NONE. */
static uint32_t next_river_item(const ctx *c, uint32_t e, uint32_t se) {
    uint32_t p = e;
    if (p < se && tok_is(c, p, ","))
        p++;
    if (p < se && tok_is(c, p, "and"))
        p++;
    return p > e && p + 1 < se && tok_is(c, p, "the") ? p + 1 : NONE;
}

/* Words after which a noun closes its phrase: "a tributary of the Alvora
 * trade had dried up", "into the Meridian fund and". */
static const char *const phrase_closers[] = {
    "and", "are", "had", "has", "have", "is", "or", "was", "were", "will", "would",
};

/* After a name a river word placed, ending at token e: may a lower-case word
 * that is not a feature noun or a compound's head follow ("both banks of the
 * Ibar face cuts", "turned a tributary of the Vorotan orange last month")? Not
 * a word that punctuation or a word of phrase_closers ends, which a compound
 * of the name may be ("the Alvora trade had"), nor after "along the" ("Talks
 * ran along the Okonjo plan", "along the Gulf coast"). Token i is "the". */
static int river_word_after(const ctx *c, uint32_t i, uint32_t e, uint32_t se) {
    const eg_token *t = &c->tv[e];
    return e + 2 < se && !tok_is(c, i - 1, "along") && (t->flags & EG_TOK_WORD) &&
           !(t->flags & (EG_TOK_CAP | EG_TOK_POSS)) && !covered(c, e) && !eg_rx_tok_class(c, e) &&
           !LOWER_IN(e, feature_nouns) && !LOWER_IN(e, place_compounds) &&
           (c->tv[e + 1].flags & EG_TOK_WORD) && !(c->tv[e + 1].flags & EG_TOK_POSS) &&
           !LOWER_IN(e + 1, phrase_closers);
}

/* "banks of the Ibar", "upstream of Rudraprayag", "the dam on the Vakhsh":
 * a bare place after a river word at token i, and a second one after "and
 * the" ("tributaries of the Rishiganga and the Dhauliganga"). Returns the end
 * of what was proposed, or NONE. */
PLACE_RULE uint32_t river_places(ctx *c, uint32_t si, uint32_t sb, uint32_t i, uint32_t se,
                                 eg_status *st, eg_error *err) {
    if (!river_context(c, sb, i))
        return NONE;
    uint32_t e = bare_place(c, i + 1, se);
    if (e == NONE || !(river_end(c, e, se) || river_word_after(c, i, e, se)))
        return NONE;
    *st = place_cand(c, i + 1, e, si, err);
    for (uint32_t k = 0, b2; *st == EG_OK && k < 3 && (b2 = next_river_item(c, e, se)) != NONE;
         k++) {
        uint32_t e2 = bare_place(c, b2, se);
        if (e2 == NONE || !river_end(c, e2, se))
            break;
        *st = place_cand(c, b2, e2, si, err);
        e = e2;
    }
    return e;
}

/* "a hydropower dam on the Nam Phak", "both banks of the Kim Son": a river
 * word, "the" and a name that a given name starts is a river, not a person,
 * and beats the given-name rule (first round). */
static eg_status river_given_names(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb + 1; i + 1 < se; i++) {
        if (!tok_is(c, i, "the") || !eg_rx_given_name(c, i + 1) || !river_context(c, sb, i))
            continue;
        uint32_t e = bare_place_in(c, i + 1, se, BP_GIVEN);
        if (e == NONE || !(river_end(c, e, se) || river_word_after(c, i, e, se)))
            continue;
        eg_status st = eg_rx_add_cand(c, i + 1, e, si, K_ORG, "location", -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
        i = e - 1;
    }
    return EG_OK;
}

/* Is the listed place of the mention covering token j a river, sea or lake
 * (category water) written whole from j? Its end, or NONE. */
static uint32_t listed_water_at(const ctx *c, uint32_t j) {
    if (!covered(c, j))
        return NONE;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
    long gz = c->doc->ents.v[m->ent].gaz;
    if (m->tok_begin != j || gz < 0 || m->origin != EG_ORIGIN_GAZETTEER)
        return NONE;
    const char *cat = eg_gazetteer_category(c->g, (size_t)gz);
    return cat && strcmp(cat, "water") == 0 ? m->tok_end : NONE;
}

/* Does the article name a listed river, sea or lake? */
PLACE_RULE int names_water(const ctx *c) {
    for (size_t k = 0; k < c->doc->ents.n; k++) {
        long gz = c->doc->ents.v[k].gaz;
        const char *cat;
        if (gz >= 0 && c->doc->ents.v[k].mentions &&
            (cat = eg_gazetteer_category(c->g, (size_t)gz)) && strcmp(cat, "water") == 0)
            return 1;
    }
    return 0;
}

/* "the Suir, the Nore and the Barrow", "The Bagmati and the Kamala", "where
 * the Negro meets the Solimões": from "the" at token i, up to four names each
 * after "the", joined by ",", "and" or ", and" (or one "meets" or "joins"),
 * one of them a listed river, sea or lake: the new ones are rivers too. Each
 * new name ends at punctuation or a word of river_followers. Returns the end
 * of the chain when it proposed something, else NONE. */
PLACE_RULE uint32_t river_chain(ctx *c, uint32_t si, uint32_t i, uint32_t se, eg_status *st,
                                eg_error *err) {
    uint32_t b[4], e[4], n = 0, water = 0, at = i + 1;
    while (n < 4 && at < se) {
        uint32_t end = listed_water_at(c, at);
        if (end != NONE) {
            water++;
            b[n] = NONE;
        } else if ((end = bare_place(c, at, se)) == NONE || !river_end(c, end, se)) {
            return NONE;
        } else {
            b[n] = at;
        }
        e[n++] = end;
        if (end + 1 < se && (tok_is(c, end, "meets") || tok_is(c, end, "joins")) &&
            tok_is(c, end + 1, "the") && n == 1)
            at = end + 2;
        else if ((at = next_river_item(c, end, se)) == NONE)
            break;
    }
    if (n < 2 || !water || water == n)
        return NONE;
    for (uint32_t k = 0; k < n && *st == EG_OK; k++)
        if (b[k] != NONE)
            *st = place_cand(c, b[k], e[k], si, err);
    return e[n - 1];
}

/* After "the" at token *i, in the second round: a chain of rivers
 * (river_chain, where the article names a listed water body: *water caches
 * names_water, -1 until asked) or places before a site noun (site_places).
 * Moves *i to the chain's last token. Out of line to keep the scan loop
 * small. */
PLACE_RULE eg_status the_places(ctx *c, uint32_t si, uint32_t *i, uint32_t se, int *water,
                                eg_error *err) {
    eg_status st = EG_OK;
    if (*water < 0)
        *water = names_water(c);
    uint32_t re = *water ? river_chain(c, si, *i, se, &st, err) : NONE;
    if (st != EG_OK || re != NONE) {
        if (re != NONE)
            *i = re - 1;
        return st;
    }
    return site_places(c, si, *i, se, err);
}

/* Is token j a listed location's gazetteer mention of the sentence ending at
 * se? Returns the token after it, or NONE. */
static uint32_t listed_gaz_place(const ctx *c, uint32_t j, uint32_t se) {
    if (!covered(c, j))
        return NONE;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
    if (m->tok_begin != j || m->tok_end > se || m->origin != EG_ORIGIN_GAZETTEER ||
        strcmp(eg_rx_ent_type(c, m->ent), "location") != 0)
        return NONE;
    return m->tok_end;
}

/* Does token j close a new conjunct's name: the sentence end, punctuation
 * other than a possessive or a hyphen, a conjunction or a lower-case word? */
static int conjunct_end(const ctx *c, uint32_t j, uint32_t se) {
    if (j >= se)
        return 1;
    const eg_token *t = &c->tv[j];
    if (t->flags & (EG_TOK_POSS | EG_TOK_CAP))
        return 0;
    return !is_hyphen(c, j) && !tok_is(c, j, "(");
}

/* Does a list go on at token j: "and", "or", or a comma before a name? */
static int list_goes_on(const ctx *c, uint32_t j, uint32_t se) {
    if (j >= se)
        return 0;
    if (tok_is(c, j, "and") || tok_is(c, j, "or"))
        return 1;
    return tok_is(c, j, ",") && j + 1 < se && (is_cap_word(c, j + 1) || covered(c, j + 1));
}

/* A new name of one to three capitalised words joined to a listed place by
 * "and", "or", a comma of a list or "from ... to": "Sake and Minova",
 * "Spring, Humble, Kingwood and", "from Lundazi to Petauke", after the first
 * round so that people and firms found then keep their words. The new name is
 * a bare place (no given name, no word of another entity); a comma needs the
 * list to go on past it ("Queensland, Victoria and"), so that "In London,
 * Barclays said" keeps its firm and "at the Kokugikan, Hoshikaze, 27," its
 * wrestler; an owner is no partner ("France’s Meridia Eau and Abu Dhabi’s"). */
static eg_status rule_place_conjuncts(ctx *c, uint32_t si, uint32_t sb, uint32_t se,
                                      eg_error *err) {
    for (uint32_t i = sb; i < se; i++) {
        uint32_t le = listed_gaz_place(c, i, se);
        if (le == NONE || (le < se && (c->tv[le].flags & EG_TOK_POSS)))
            continue;
        int from = i > sb && tok_is(c, i - 1, "from");
        /* after the listed place: "Lundazi to Petauke", "Thu Duc and Nha Be" */
        if (le + 1 < se) {
            uint32_t y = NONE;
            int comma = 0;
            if (tok_is(c, le, "and") || tok_is(c, le, "or") || (from && tok_is(c, le, "to")))
                y = le + 1;
            else if (tok_is(c, le, ",") && le + 2 < se && tok_is(c, le + 1, "and"))
                y = le + 2;
            else if (tok_is(c, le, ",") && i > sb + 1)
                y = le + 1, comma = 1; /* not "In Asunción, Conatel and SENASA" */
            /* and on along the list: "Chiang Mai, Phrao and Fang"; an item
             * after "and", "or" or "to" is the last */
            int last = !comma;
            for (uint32_t k = 0; y != NONE && k < 4; k++) {
                uint32_t e = bare_place_in(c, y, se, 0);
                if (e == NONE || !conjunct_end(c, e, se) || (!last && !list_goes_on(c, e, se)))
                    break;
                eg_status st = place_cand(c, y, e, si, err);
                if (st != EG_OK)
                    return st;
                if (last)
                    break;
                y = e + 1;
                last = !tok_is(c, e, ",");
                if (!last && y + 1 < se && tok_is(c, y, "and"))
                    y++, last = 1;
            }
        }
        /* before it: "Sake and Minova", "Marka, Tabarbour and" */
        if (i < sb + 2)
            continue;
        uint32_t jn = i - 1;
        int comma = tok_is(c, jn, ",");
        if (!(comma || tok_is(c, jn, "and") || tok_is(c, jn, "or") || tok_is(c, jn, "to")))
            continue;
        if (jn > sb + 1 && tok_is(c, jn, "and") && tok_is(c, jn - 1, ","))
            jn--;
        uint32_t y = jn;
        while (y > sb && jn - y < 3 && is_cap_word(c, y - 1) && !covered(c, y - 1) &&
               !eg_rx_tok_class(c, y - 1))
            y--;
        if (y == jn || y == sb || name_before(c, y - 1) || bare_place_in(c, y, se, 0) != jn)
            continue;
        if (tok_is(c, i - 1, "to") && !tok_is(c, y - 1, "from"))
            continue;
        if (comma && !(tok_is(c, y - 1, ",") || list_goes_on(c, le, se)))
            continue;
        eg_status st = place_cand(c, y, jn, si, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* "taken in Iten in January", "an MP from Markham": one or two capitalised
 * words on no list after "in" or "from", then no capitalised word or
 * possessive, run after the first round of rules so that words of the
 * article's people and organisations ("a stake in Kaminari") are known. */
eg_status eg_rx_rule_in_place(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    {
        eg_status st = dash_joined_places(c, si, sb, se, err);
        if (st != EG_OK)
            return st;
    }
    for (uint32_t i = sb; i + 2 < se; i++)
        if (is_hyphen(c, i + 1) && tok_is(c, i + 2, "based") && attached(c, i + 1) &&
            attached(c, i + 2) && is_cap_word(c, i) && !covered(c, i) &&
            !(c->tv[i].flags & EG_TOK_ALLCAPS) && !eg_rx_tok_class(c, i) &&
            !eg_rx_designator_at(c, i) && !eg_rx_given_name(c, i) &&
            !(i > sb && name_before(c, i - 1)) && !country_demonym(c, i) &&
            !entity_word(c, ttext(c, i), c->tv[i].len)) {
            /* "a Couva-based gas processor": one new word, no word of the article's
               organisations ("a Vantara-based startup" of Vantara Holdings) */
            eg_status st = place_cand(c, i, i + 1, si, err);
            if (st != EG_OK)
                return st;
        }
    int water = -1; /* names_water, asked once a listed water body could matter */
    for (uint32_t i = sb + 1; i + 1 < se; i++) {
        uint32_t ce = compass_region(c, i, se);
        if (ce != NONE) {
            eg_status st = place_cand(c, i + 1, ce, si, err);
            if (st != EG_OK)
                return st;
            continue;
        }
        if ((tok_is(c, i, "on") || tok_is(c, i, "along")) && LOWER_IN(i - 1, address_nouns)) {
            uint32_t ae = address_name(c, i + 1, se);
            if (ae != NONE) {
                eg_status st = place_cand(c, i + 1, ae, si, err);
                if (st != EG_OK)
                    return st;
                i = ae - 1;
                continue;
            }
        }
        {
            eg_status st = EG_OK;
            uint32_t re = river_places(c, si, sb, i, se, &st, err);
            if (st != EG_OK)
                return st;
            if (re != NONE) {
                i = re - 1;
                continue;
            }
        }
        if (covered(c, i + 1) && LOWER_IN(i, pair_preps)) {
            uint32_t pe = paired_place(c, i, se);
            if (pe != NONE) {
                uint32_t pb = c->doc->ments.v[c->s->cover.v[i + 1]].tok_end + 1;
                eg_status st = place_cand(c, pb, pe, si, err);
                if (st != EG_OK)
                    return st;
                i = pe - 1;
                continue;
            }
        }
        if (tok_is(c, i, "the") || tok_is(c, i, "The")) {
            eg_status st = the_places(c, si, &i, se, &water, err);
            if (st != EG_OK)
                return st;
            continue;
        }
        if ((tok_is(c, i, "as") && i >= sb + 2 && tok_is(c, i - 1, "such") &&
             LOWER_IN(i - 2, place_plurals)) ||
            (tok_is(c, i, "including") &&
             (LOWER_IN(i - 1, place_plurals) ||
              (i >= sb + 2 && tok_is(c, i - 1, ",") && place_before_comma(c, sb, i - 1))))) {
            /* "towns such as Ashburton and Timaru" */
            eg_status st = EG_OK;
            uint32_t le = place_list(c, si, i + 1, se, 2, 1, &st, err);
            if (st != EG_OK)
                return st;
            if (le != NONE)
                i = le - 1;
            continue;
        }
        if (tok_is(c, i, "in") || tok_is(c, i, "between") || tok_is(c, i, "around") ||
            LOWER_IN(i, coord_preps)) {
            /* "in Brandon, Steinbach and Thompson", "from Gulu, Lira and Kitgum"; after a
               word of travel no item need be listed ("trucks travelled via Tine, Kornoi and
               Um Baru") */
            eg_status st = EG_OK;
            int strong = tok_is(c, i, "in") ||
                         (LOWER_IN(i, coord_preps) && i > sb && LOWER_IN(i - 1, to_verbs));
            uint32_t le = place_list(c, si, i + 1, se, 3, strong, &st, err);
            if (st != EG_OK)
                return st;
            if (le != NONE) {
                i = le - 1;
                continue;
            }
        }
        if (tok_is(c, i, "nearby") && LOWER_IN(i - 1, nearby_preps)) {
            /* "residents of nearby Charlemont and Linstead" */
            uint32_t ne = bare_place(c, i + 1, se);
            if (ne != NONE) {
                eg_status st = place_cand(c, i + 1, ne, si, err);
                uint32_t ne2 = st == EG_OK && ne + 1 < se && tok_is(c, ne, "and")
                                   ? bare_place(c, ne + 1, se)
                                   : NONE;
                if (ne2 != NONE)
                    st = place_cand(c, ne + 1, ne2, si, err);
                if (st != EG_OK)
                    return st;
                i = (ne2 != NONE ? ne2 : ne) - 1;
                continue;
            }
        }
        if (LOWER_IN(i, given_pair_preps)) {
            uint32_t ge = given_place_paired(c, i + 1, se);
            if (ge != NONE) {
                eg_status st = place_cand(c, i + 1, ge, si, err);
                if (st != EG_OK)
                    return st;
                continue;
            }
        }
        if (LOWER_IN(i, coord_preps)) {
            /* "from Sheikhupura and Okara": a new name listed with a place */
            uint32_t e0 = bare_place(c, i + 1, se);
            if (e0 != NONE && e0 + 1 < se && tok_is(c, e0, "and") && listed_place_at(c, e0 + 1)) {
                eg_status st = place_cand(c, i + 1, e0, si, err);
                if (st != EG_OK)
                    return st;
                continue;
            }
        }
        int site = site_before(c, sb, i, se) || at_anchored(c, sb, i, se);
        int listed_first = !site && tok_is(c, i, "at"); /* "at Tema and Takoradi" */
        if (!(tok_is(c, i, "in") || tok_is(c, i, "between") || tok_is(c, i, "around") ||
              tok_is(c, i, "across") || tok_is(c, i, "near") || tok_is(c, i, "towards") ||
              tok_is(c, i, "toward") || tok_is(c, i, "off") || tok_is(c, i, "visited") ||
              listed_first || site ||
              (tok_is(c, i, "from") &&
               (LOWER_IN(i - 1, from_words) || eg_rx_person_noun(c, i - 1) ||
                origin_from(c, sb, i) || eg_rx_title_ends_at(c, sb, i) || from_to(c, i, se) ||
                described_from(c, sb, i)))) ||
            LOWER_IN(i - 1, stake_words))
            continue;
        uint32_t b = i + 1, e = listed_first ? NONE : bare_place(c, b, se);
        if (e == NONE && !listed_first && (tok_is(c, i, "in") || tok_is(c, i, "near")) &&
            /* not a paper: "Published in Dawn," */
            !(i > sb && (tok_is(c, i - 1, "Published") || tok_is(c, i - 1, "published"))) &&
            (e = given_place_alone(c, b, se)) != NONE) {
            eg_status st = place_cand(c, b, e, si, err);
            if (st != EG_OK)
                return st;
            continue;
        }
        eg_status st = EG_OK;
        if (e == NONE) {
            /* a listed place first: "in Gulu and Lira", "in Recife and Olinda" */
            if (!covered(c, b))
                continue;
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[b]];
            const char *t = eg_rx_ent_type(c, m->ent);
            if (m->tok_begin != b ||
                !(m->origin == EG_ORIGIN_GAZETTEER ||
                  (m->origin == EG_ORIGIN_RULE && strcmp(t, "location") == 0)) ||
                (strcmp(t, "location") != 0 && strcmp(t, "country") != 0))
                continue; /* a place found in the first round counts: "near Kakanj and Žepče" */
            e = m->tok_end;
        } else {
            st = place_cand(c, b, e, si, err);
            uint32_t ce2 = compass_tail(c, e, se); /* "at Morowali, Central Sulawesi," */
            if (st == EG_OK && ce2 != NONE)
                st = place_cand(c, e + 1, ce2, si, err);
        }
        if (st == EG_OK && e + 1 < se && tok_is(c, e, "and")) {
            uint32_t b2 = e + 1;
            if (b2 + 1 < se && tok_is(c, b2, "nearby"))
                b2++;                            /* "in Chingola and nearby Chililabombwe" */
            uint32_t e2 = bare_place(c, b2, se); /* "in Uppsala and Södertälje" */
            if (e2 == NONE && eg_rx_given_name(c, b2) && b2 + 1 < se && !is_cap_word(c, b2 + 1) &&
                !covered(c, b2 + 1) && !(c->tv[b2 + 1].flags & EG_TOK_POSS) &&
                !is_hyphen(c, b2 + 1) && !entity_word(c, ttext(c, b2), c->tv[b2].len))
                e2 = b2 + 1; /* "in Kenema and Bo": a given name alone after a place */
            if (e2 != NONE)
                st = place_cand(c, b2, e2, si, err);
        }
        if (st != EG_OK)
            return st;
    }
    return rule_place_conjuncts(c, si, sb, se, err);
}

/* A listed name whose first word is a lower-case modifier ("mainland China")
 * keeps only the rest when the rest is a name of the same entity: the mention
 * is "China". Run before the rules, on doc->ments. */
void eg_rx_trim_modifiers(ctx *c) {
    eg_doc *doc = c->doc;
    char buf[256];
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t b = m->tok_begin;
        if (m->origin != EG_ORIGIN_GAZETTEER || m->tok_end - b < 2 ||
            (c->tv[b].flags & (EG_TOK_CAP | EG_TOK_NUM)) || !(c->tv[b].flags & EG_TOK_WORD) ||
            !attached_space(c, b + 1) || !is_cap_word(c, b + 1) || doc->ents.v[m->ent].gaz < 0)
            continue;
        const eg_token *last = &c->tv[m->tok_end - 1];
        uint32_t from = c->tv[b + 1].start;
        size_t n =
            eg_fold_buf(c->text + from, last->start + last->len - from, 0, buf, sizeof buf - 1);
        if (n == (size_t)-1)
            continue;
        buf[n] = '\0';
        if (eg_gazetteer_find(c->g, buf) != doc->ents.v[m->ent].gaz)
            continue;
        m->tok_begin = b + 1;
        m->start = from;
    }
}
