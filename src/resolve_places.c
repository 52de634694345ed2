/* resolve_places: a place written with and without its kind word ("Enga" and
 * "Enga Province", "the Tapajós" and "Tapajós River"), so that one place
 * does not become two nodes. */
#include "resolve_int.h"

/* The gazetteer category of listed entity g ("water", "region" ...), or "". */
const char *rs_gaz_category(const rctx *c, int32_t g) {
    const char *v = g >= 0 ? eg_gazetteer_category(c->g, (size_t)g) : NULL;
    return v ? v : "";
}

/* Feature words that writers drop from a river's, a lake's or a sea's name
 * ("the Mekong" of "Mekong River") and from a region's ("Kurdistan" of
 * "Kurdistan Region"). Sorted. */
static const char *const water_words[] = {"Lake", "River", "Sea"};
static const char *const region_words[] = {"Desert", "Region", "Valley"};

/* Whether place name `name` is `bare` with a feature word after it ("Mekong
 * River") or, for water, "Lake" or "River" before it ("River Thames"); the
 * words of water when `water`, else of a region (the "Essequibo River" is
 * no name of the Essequibo region). */
static int featured_name(const char *name, const char *bare, int water) {
    size_t n = strlen(name), b = strlen(bare);
    if (n <= b + 1)
        return 0;
    if (strncmp(name, bare, b) == 0 && name[b] == ' ')
        return water ? WORD_IN(water_words, name + b + 1, n - b - 1)
                     : WORD_IN(region_words, name + b + 1, n - b - 1);
    const char *sp = strchr(name, ' ');
    return water && sp && strcmp(sp + 1, bare) == 0 &&
           ((sp - name == 4 && strncmp(name, "Lake", 4) == 0) ||
            (sp - name == 5 && strncmp(name, "River", 5) == 0));
}

/* Gazetteer categories of areas that writers also name with the word for
 * their kind ("Cabo Delgado Province", "Kogi State"), and those words, as
 * they follow the name or, with "of", head it ("Province of Cabo Delgado").
 * Sorted. */
static const char *const admin_categories[] = {"province", "region", "state", "territory"};
static const char *const admin_words[] = {
    "County",   "District", "Governorate", "Oblast",    "Prefecture",
    "Province", "Region",   "State",       "Territory",
};
/* Lower-case words after an area's bare name that say it is the area ("the
 * Limpopo province", "the Limpopo provincial government"), not the river.
 * Sorted. */
static const char *const admin_lower[] = {
    "administration", "assembly",   "authorities", "capital",     "county",      "department",
    "district",       "government", "governor",    "governorate", "legislature", "municipal",
    "oblast",         "official",   "officials",   "police",      "premier",     "province",
    "provincial",     "region",     "regional",    "residents",   "state",
};

/* Whether `name` is area `bare` with a word of admin_words after it
 * ("Kwilu Province") or before it with "of" ("Province of Kwilu"). */
static int admin_name(const char *name, const char *bare) {
    size_t n = strlen(name), b = strlen(bare);
    if (n <= b + 1)
        return 0;
    if (strncmp(name, bare, b) == 0 && name[b] == ' ')
        return WORD_IN(admin_words, name + b + 1, n - b - 1);
    const char *sp = strchr(name, ' ');
    return sp && strncmp(sp, " of ", 4) == 0 && strcmp(sp + 4, bare) == 0 &&
           WORD_IN(admin_words, name, (size_t)(sp - name));
}

/* The one location of the article other than e, with mentions, that
 * fits(c, f, name of e) accepts; NONE when none or more than one does. */
static uint32_t sole_location(const rctx *c, uint32_t e,
                              int (*fits)(const rctx *, uint32_t, const char *)) {
    const eg_doc *doc = c->doc;
    const char *bare = ent_name(c, e);
    uint32_t found = NONE;
    for (uint32_t f = 0; f < doc->ents.n; f++) {
        if (f == e || !doc->ents.v[f].mentions || strcmp(ent_type(c, f), "location") != 0 ||
            !fits(c, f, bare))
            continue;
        if (found != NONE)
            return NONE;
        found = f;
    }
    return found;
}

/* A place the rules found as listed area e with the word for its kind
 * ("Cabo Delgado Province", "Province of Kwilu", "Kogi State") is e when
 * exactly one such place fits: its mentions move to e. The Region of a
 * listed region is left to rs_pass_feature_places. */
static int admin_fits(const rctx *c, uint32_t f, const char *bare) {
    return c->doc->ents.v[f].gaz < 0 && admin_name(ent_name(c, f), bare) &&
           !featured_name(ent_name(c, f), bare, 0);
}

static void admin_named(rctx *c, uint32_t e, int *changed) {
    uint32_t from = sole_location(c, e, admin_fits);
    if (from != NONE)
        rs_move_all_mentions(c, from, e, changed);
}

/* Words for an area's kind after a name the list does not know ("Enga" and
 * "Enga Province", "Lira" and "Lira City", "Lofa" and "Lofa County"): both
 * are one place. Sorted. */
static const char *const area_words[] = {
    "City",       "County",   "District", "Governorate", "Municipality", "Oblast",
    "Prefecture", "Province", "Region",   "State",       "Territory",
};

/* Whether discovered place f is area `bare` with a word of area_words after
 * it ("Enga Province", "Lira City"). */
static int area_fits(const rctx *c, uint32_t f, const char *bare) {
    const char *name = ent_name(c, f);
    size_t n = strlen(name), b = strlen(bare);
    return c->doc->ents.v[f].gaz < 0 && n > b + 1 && strncmp(name, bare, b) == 0 &&
           name[b] == ' ' && WORD_IN(area_words, name + b + 1, n - b - 1);
}

/* Whether discovered place f is `bare` with "Prefecture" after it: a Japanese
 * prefecture and its capital share a name, and writers use the bare name for
 * the prefecture ("Kumamoto Prefecture" ... "vice governor of Kumamoto"). */
static int prefecture_fits(const rctx *c, uint32_t f, const char *bare) {
    const char *name = ent_name(c, f);
    size_t n = strlen(name), b = strlen(bare);
    return c->doc->ents.v[f].gaz < 0 && n == b + 11 && strncmp(name, bare, b) == 0 &&
           strcmp(name + b, " Prefecture") == 0;
}

/* A listed place that is no water (a province, a state, a city) named right
 * after "the" where the article names a river or lake of that name ("the
 * Limpopo River"; "River Wye") is that river: "along the Limpopo", not
 * "the Limpopo province" nor "in Limpopo". */
static int river_fits(const rctx *c, uint32_t f, const char *bare) {
    return featured_name(ent_name(c, f), bare, 1);
}

static void river_after_the(rctx *c, uint32_t e, int *changed) {
    eg_doc *doc = c->doc;
    uint32_t to = sole_location(c, e, river_fits);
    if (to == NONE)
        return;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (m->ent != e || m->tok_begin == 0)
            continue;
        const eg_sentence *sn = &doc->sents.v[m->sentence];
        const eg_token *pt = &doc->toks.v[m->tok_begin - 1];
        if (m->tok_begin <= sn->tok_begin ||
            !(ntok_is(doc->text, pt, "the") || ntok_is(doc->text, pt, "The")))
            continue;
        if (m->tok_end < sn->tok_end) {
            const eg_token *nx = &doc->toks.v[m->tok_end];
            if (WORD_IN(admin_lower, doc->text + nx->start, nx->len))
                continue;
        }
        eg_doc_move_mention(doc, m, to);
        m->origin = EG_ORIGIN_SHORT;
        *changed = 1;
    }
}

/* Words for a site after a place's name that writers drop ("Azraq" of
 * "Azraq Oasis", "Kariba" of "Kariba Dam", "Geoje" of "Geoje Island").
 * Sorted. */
static const char *const site_words[] = {"Atoll", "Dam", "Island", "Oasis"};

/* The "country" attribute of listed entity g, or "". */
static const char *gaz_country(const rctx *c, int32_t g) {
    const char *v = eg_gazetteer_attr(c->g, (size_t)g, "country");
    return v ? v : "";
}

/* Whether place f may take the mentions of place e whose name its own
 * extends: not a listed area of its own ("Vancouver Island", "Davao del
 * Sur", "Rio Grande do Sul" beside the cities), nor a listed place of the
 * listed e's country ("Vancouver" and "Vancouver Island"); and e, when
 * listed, is no town beside a dam named after it ("Mosul" and the "Mosul
 * Dam"), nor a bare name the text makes an area ("governor of Santa Cruz"
 * beside "Santa Cruz de la Sierra"). */
static int extends_ok(const rctx *c, uint32_t e, uint32_t f, int dam) {
    const eg_doc *doc = c->doc;
    int32_t fg = doc->ents.v[f].gaz, eg = doc->ents.v[e].gaz;
    int elisted = eg >= 0 && !eg_rules_weak_place(c->g, eg);
    if (fg >= 0) {
        const char *cat = rs_gaz_category(c, fg);
        if (strcmp(cat, "city") != 0 && strcmp(cat, "capital") != 0 && strcmp(cat, "other") != 0)
            return 0;
        if (elisted && !eg_rules_weak_place(c->g, fg) &&
            strcmp(gaz_country(c, eg), gaz_country(c, fg)) == 0)
            return 0;
    }
    if (elisted && dam)
        return 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        if (m->ent != e || m->tok_begin < doc->sents.v[m->sentence].tok_begin + 2)
            continue;
        const eg_token *p = &doc->toks.v[m->tok_begin - 1], *q = p - 1;
        if (ntok_is(doc->text, p, "of") && WORD_IN(admin_lower, doc->text + q->start, q->len))
            return 0;
    }
    return 1;
}

/* Whether place f is `bare` with a word of site_words after it. */
static int site_fits(const rctx *c, uint32_t f, const char *bare) {
    const char *name = ent_name(c, f);
    size_t n = strlen(name), b = strlen(bare);
    return n > b + 1 && strncmp(name, bare, b) == 0 && name[b] == ' ' &&
           WORD_IN(site_words, name + b + 1, n - b - 1);
}

/* Whether place f is `bare` with a joining word and its qualifier after it
 * ("Santiago de los Caballeros", "San Ignacio de Velasco"): writers drop the
 * qualifier. */
static int joined_fits(const rctx *c, uint32_t f, const char *bare) {
    const char *name = ent_name(c, f);
    size_t n = strlen(name), b = strlen(bare);
    if (n <= b + 4 || strncmp(name, bare, b) != 0 || name[b] != ' ')
        return 0;
    const char *w = name + b + 1, *sp = strchr(w, ' ');
    return sp && WORD_IN(place_joins, w, (size_t)(sp - w));
}

/* A listed river, sea or region (gazetteer category "water" or "region")
 * that the article also names with its feature word, as another place
 * ("Mekong" and "Mekong River", "Kurdistan" and the listed "Kurdistan
 * Region"), is that place: all its mentions move when exactly one place
 * fits. A region keeps its name beside the river it is named after (the
 * "Essequibo" region and the "Essequibo River"), and a city or a state
 * beside any ("Paraná" and the "Paraná River"). Any place named also with a
 * site word after it ("Azraq" and "Azraq Oasis") is that site, and with a
 * joining word and a qualifier ("Santiago" and "Santiago de los Caballeros")
 * that place. Sets *changed
 * when a mention moved. 0 always. */
int rs_pass_feature_places(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    for (uint32_t e = 0; e < doc->ents.n; e++) {
        int32_t g = doc->ents.v[e].gaz;
        if (!doc->ents.v[e].mentions || strcmp(ent_type(c, e), "location") != 0)
            continue;
        /* "Azraq" and "Azraq Oasis": the bare name is the site; "Santiago"
         * and "Santiago de los Caballeros", "San Ignacio" (not one word:
         * "Serra" of "Serra da Estrela") and "San Ignacio de Velasco" */
        uint32_t site = sole_location(c, e, site_fits);
        if (site != NONE) {
            const char *sn = ent_name(c, site);
            if (!extends_ok(c, e, site, strcmp(sn + strlen(sn) - 4, " Dam") == 0))
                site = NONE;
        } else if ((site = sole_location(c, e, joined_fits)) != NONE &&
                   ((!strchr(ent_name(c, e), ' ') && (g < 0 || eg_rules_weak_place(c->g, g))) ||
                    !extends_ok(c, e, site, 0)))
            site = NONE;
        if (site != NONE) {
            rs_move_all_mentions(c, e, site, changed);
            continue;
        }
        if (g < 0) {
            uint32_t from = sole_location(c, e, area_fits);
            if (from != NONE)
                rs_move_all_mentions(c, from, e, changed);
            continue;
        }
        const char *cat = rs_gaz_category(c, g);
        if (strcmp(cat, "city") == 0) {
            uint32_t from = sole_location(c, e, prefecture_fits);
            if (from != NONE)
                rs_move_all_mentions(c, from, e, changed);
        }
        int water = strcmp(cat, "water") == 0;
        if (!water)
            river_after_the(c, e, changed);
        if (!water && WORD_IN(admin_categories, cat, strlen(cat)))
            admin_named(c, e, changed);
        if (!water && strcmp(cat, "region") != 0)
            continue;
        const char *bare = ent_name(c, e);
        uint32_t to = NONE;
        int two = 0;
        for (uint32_t f = 0; f < doc->ents.n; f++)
            if (f != e && doc->ents.v[f].mentions && strcmp(ent_type(c, f), "location") == 0 &&
                featured_name(ent_name(c, f), bare, water)) {
                two |= to != NONE;
                to = f;
            }
        if (to == NONE || two)
            continue;
        rs_move_all_mentions(c, e, to, changed);
    }
    return 0;
}

/* Whether place or body name nm is the words s[0..n) and more, one of the
 * words after them being w[0..wn) with a capital ("Jomo Kenyatta
 * International Airport" for "Jomo Kenyatta" and "airport"). */
static int name_with_kind(const char *nm, const char *s, size_t n, const char *w, size_t wn) {
    if (strncmp(nm, s, n) != 0 || nm[n] != ' ')
        return 0;
    for (const char *p = nm + n + 1; *p;) {
        const char *q = strchr(p, ' ');
        size_t k = q ? (size_t)(q - p) : strlen(p);
        if (k == wn && p[0] == w[0] - ('a' - 'A') && memcmp(p + 1, w + 1, wn - 1) == 0)
            return 1;
        p += k + (q != NULL);
    }
    return 0;
}

/* A person's name written right before a lower-case word for a kind of place
 * or body ("delays at Jomo Kenyatta airport", "Indira Gandhi airport") is
 * the one place or body of the article named with that name and that word
 * capitalised ("Jomo Kenyatta International Airport"); the person named
 * otherwise ("named after Benito Juárez, the president") stays a person. */
void rs_pass_named_places(rctx *c) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        const eg_sentence *sn = &doc->sents.v[m->sentence];
        if (m->tok_end >= sn->tok_end)
            continue;
        const eg_token *w = &doc->toks.v[m->tok_end];
        const char *ws = doc->text + w->start;
        if (!(w->flags & EG_TOK_WORD) || (w->flags & EG_TOK_POSS) || ws[0] < 'a' || ws[0] > 'z' ||
            !is_person(c, m->ent))
            continue;
        const char *s = doc->text + m->start;
        size_t n = m->end - m->start;
        uint32_t to = NONE;
        int two = 0;
        for (uint32_t f = 0; f < doc->ents.n && !two; f++) {
            if (f == m->ent || f == to || !doc->ents.v[f].mentions || is_person(c, f) ||
                ent_name(c, f)[0] != s[0] || !name_with_kind(ent_name(c, f), s, n, ws, w->len))
                continue;
            two = to != NONE;
            to = f;
        }
        if (to != NONE && !two) {
            eg_doc_move_mention(doc, m, to);
            m->origin = EG_ORIGIN_SHORT;
        }
    }
}
