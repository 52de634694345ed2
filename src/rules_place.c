/* rules_place: places the lists miss, from what surrounds them ("the town
 * of X", "based in X", "X region", "in X, Massachusetts"), datelines, and in
 * the second round bare places after "in" or "from". */
#include "rules_ctx.h"

#include <string.h>

/* Nouns for places: "the town of X", "X, a port east of the city". */
static const char *const place_nouns[] = {
    "capital",  "city",   "county",     "district", "enclave", "island",   "municipality", "port",
    "province", "region", "settlement", "suburb",   "town",    "township", "village",
};

/* Words after a place noun that show it names the place ("a town in", "a port
 * east of"), unlike "a city councillor". */
static const char *const place_followers[] = {
    "about", "along", "around",  "bordering", "close", "east",  "home", "in",
    "just",  "known", "located", "near",      "north", "of",    "on",   "outside",
    "some",  "south", "that",    "west",      "where", "which", "with",
};

/* Lower-case nouns after a place's name: "Poltava region", "Zulia state". */
static const char *const region_nouns[] = {
    "county",     "district", "governorate", "municipality", "oblast",
    "prefecture", "province", "region",      "state",
};

/* Nouns that make a compound with a place noun, so that "a city councillor"
 * or "a town planner" describes a person, not a place. */
static const char *const place_compounds[] = {
    "authorities", "authority", "center",     "centre",       "clerk",  "council",
    "councillor",  "councilor", "councilman", "councilwoman", "court",  "dweller",
    "elder",       "elders",    "employee",   "engineer",     "gate",   "government",
    "guide",       "hall",      "hospital",   "leader",       "limits", "manager",
    "mayor",       "official",  "officials",  "planner",      "police", "resident",
    "residents",   "square",    "walls",      "worker",
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
static const char *const court_adjectives[] = {
    "appeals", "city", "criminal", "district", "magistrates", "municipal", "provincial", "regional",
};

/* Lower-case nouns before "of" that take a place: "residents of Kitwe", "the
 * outskirts of Ntoum". */
static const char *const of_place_words[] = {
    "inhabitants", "outskirts", "residents", "streets", "suburbs", "villagers",
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

/* End of "da Praia" in "Mocímboa da Praia" when token k is a joining
 * particle followed by one or two capitalised words (listed places among
 * them) and no further capitalised word; NONE otherwise. */
static uint32_t joined_place_tail(const ctx *c, uint32_t k, uint32_t se) {
    if (k + 1 >= se || !LOWER_IN(k, place_joiners) || (c->tv[k].flags & EG_TOK_CAP) ||
        !is_cap_word(c, k + 1))
        return NONE;
    uint32_t q = k + 1, w = 0;
    while (q < se && w < 2 && is_cap_word(c, q) && !eg_rx_word_class(ttext(c, q), c->tv[q].len) &&
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

/* One to three uncovered capitalised words from token j ("Pivdennyi",
 * "Boulogne-sur-Mer"); returns the token after them, or NONE. Not a person's
 * name (a given name first), a designator or a function word. */
static uint32_t place_name(const ctx *c, uint32_t j, uint32_t se, int caps) {
    uint32_t k = j, n = 0;
    while (k < se && n < 3 && is_cap_word(c, k) && !covered(c, k) &&
           !eg_rx_word_class(ttext(c, k), c->tv[k].len) &&
           (caps || !(c->tv[k].flags & EG_TOK_ALLCAPS)) &&
           !eg_rx_strong_designator(eg_rx_designator_at(c, k))) {
        k++;
        while (k + 1 < se && is_hyphen(c, k) && attached(c, k) && attached(c, k + 1) &&
               (c->tv[k + 1].flags & EG_TOK_WORD)) {
            if (!covered(c, k + 1)) {
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
    if (!n || (n >= 2 && eg_rx_given_name(c, j)))
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
        if (tok_is(c, p, "the") || tok_is(c, p, "a"))
            return 1;
        const eg_token *t = &c->tv[p];
        if (!(((t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) &&
               !eg_rx_word_class(ttext(c, p), t->len)) ||
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
    if (d->gaz < 0)
        return 0;
    const char *t = eg_gazetteer_type(c->g, (size_t)d->gaz);
    if (strcmp(t, "country") == 0)
        return 1;
    if (strcmp(t, "location") != 0)
        return 0;
    for (size_t k = 0; k < eg_gazetteer_nattrs(c->g, (size_t)d->gaz); k++)
        if (strcmp(eg_gazetteer_attr_name(c->g, (size_t)d->gaz, k), "category") == 0) {
            const char *v = eg_gazetteer_attr_value(c->g, (size_t)d->gaz, k);
            return strcmp(v, "state") == 0 || strcmp(v, "province") == 0 ||
                   strcmp(v, "region") == 0 || strcmp(v, "territory") == 0;
        }
    return 0;
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
    eg_status st = eg_rx_add_cand(c, sb, e, si, K_PLACE, "location", -1, EG_ORIGIN_RULE, err);
    if (st == EG_OK)
        c->s->cands.v[c->s->cands.n - 1].swap = 1;
    return st;
}

/* Places the lists do not know, from what surrounds them: "the town of X",
 * "X, a port east of the city", "based in X", "near X", "in X, Massachusetts"
 * and datelines ("BELLINZONA, Switzerland —"). */
eg_status eg_rx_rule_places(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    const eg_doc *doc = c->doc;
    eg_status st0 = city_state_dateline(c, si, sb, se, err);
    if (st0 != EG_OK)
        return st0;
    for (uint32_t i = sb; i < se; i++) {
        uint32_t b = NONE, e = NONE;
        if (LOWER_IN(i, place_nouns) && i > sb && i + 2 < se && tok_is(c, i + 1, "of") &&
            article_before(c, sb, i) && (e = place_name(c, i + 2, se, 0)) != NONE) {
            b = i + 2; /* "the town of Iten", "the coastal town of Malindi" */
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
                    (i - 1 == sb && opener_in(c, sb, of_place_words,
                                              sizeof of_place_words / sizeof *of_place_words))) &&
                   i + 1 < se && (e = place_name(c, i + 1, se, 0)) != NONE && e - (i + 1) <= 2 &&
                   !eg_rx_given_name(c, i + 1)) {
            b = i + 1; /* "residents of Kitwe" */
            if (e + 1 < se && tok_is(c, e, "and")) {
                uint32_t e2 = place_name(c, e + 1, se, 0);
                if (e2 != NONE && e2 - (e + 1) <= 2 && !eg_rx_given_name(c, e + 1) &&
                    !(e2 < se && (is_cap_word(c, e2) || (c->tv[e2].flags & EG_TOK_POSS)))) {
                    eg_status st = eg_rx_add_cand(c, e + 1, e2, si, K_PLACE, "location", -1,
                                                  EG_ORIGIN_RULE, err);
                    if (st != EG_OK)
                        return st;
                }
            }
        } else if (tok_is(c, i, ",") && i > sb && i + 2 < se &&
                   (tok_is(c, i + 1, "a") || tok_is(c, i + 1, "an"))) {
            /* "Pivdennyi, a port east of the city" */
            uint32_t q = i + 2, noun = NONE;
            for (; q < se && q < i + 6; q++) {
                if (LOWER_IN(q, place_nouns)) {
                    noun = q;
                    break;
                }
                if (!(c->tv[q].flags & (EG_TOK_WORD | EG_TOK_NUM)) && !is_hyphen(c, q))
                    break;
            }
            if (noun == NONE || noun + 1 >= se ||
                !((c->tv[noun + 1].flags & EG_TOK_PUNCT && !is_hyphen(c, noun + 1)) ||
                  ((c->tv[noun + 1].flags & EG_TOK_WORD) && !(c->tv[noun + 1].flags & EG_TOK_CAP) &&
                   !(c->tv[noun + 1].flags & EG_TOK_POSS) && !LOWER_IN(noun + 1, place_compounds))))
                continue;
            uint32_t s = i;
            while (s > sb && s > i - 3 && is_cap_word(c, s - 1) && !covered(c, s - 1))
                s--;
            if (s == sb && s < i && (eg_rx_word_class(ttext(c, s), c->tv[s].len) & W_FUNC))
                s++; /* "In Ntoum, a small town east of the capital" */
            if (s == i || (s > sb && (is_cap_word(c, s - 1) || covered(c, s - 1)) &&
                           !(eg_rx_word_class(ttext(c, s - 1), c->tv[s - 1].len) & W_FUNC)))
                continue;
            if ((e = place_name(c, s, se, 0)) != i)
                continue;
            b = s;
        } else if (i == sb && (c->tv[i].flags & EG_TOK_LINE_START) && doc->sents.v[si].flags == 0 &&
                   c->tv[i].start < doc->body_offset + 200 && (c->tv[i].flags & EG_TOK_ALLCAPS) &&
                   (e = place_name(c, i, se, 1)) != NONE && e < se) {
            /* a dateline: "BELLINZONA, Switzerland —", "ADRÉ (AFP) —" */
            int ok = 1;
            for (uint32_t k = i; k < e && ok; k++)
                ok = ((c->tv[k].flags & EG_TOK_ALLCAPS) || is_hyphen(c, k)) &&
                     !IS_WORD_IN(dateline_labels, ttext(c, k), c->tv[k].len);
            if (!ok || !((c->tv[e].flags & EG_TOK_DASH) || tok_is(c, e, "(") ||
                         (tok_is(c, e, ",") && e + 1 < se &&
                          (region_mention(c, e + 1, se) || is_cap_word(c, e + 1)))))
                continue;
            b = i;
        }
        if (b == NONE && is_cap_word(c, i) && !covered(c, i) &&
            (i == sb || !(is_cap_word(c, i - 1) || covered(c, i - 1)) ||
             eg_rx_word_class(ttext(c, i - 1), c->tv[i - 1].len)) &&
            (e = place_name(c, i, se, 0)) != NONE && e < se &&
            ((LOWER_IN(e, region_nouns) && !(e + 1 < se && is_hyphen(c, e + 1))) ||
             (e + 1 < se && tok_is(c, e, "border") && LOWER_IN(e + 1, crossing_nouns)) ||
             (e + 1 < se && LOWER_IN(e, court_adjectives) && tok_is(c, e + 1, "court") &&
              article_before(c, sb, i)) ||
             (e + 2 < se && is_hyphen(c, e) && attached(c, e) && tok_is(c, e + 1, "based") &&
              attached(c, e + 1)))) {
            b = i; /* "the Poltava region", "a Nakuru-based group" */
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
                (e = joined_place_tail(c, m->tok_end, se)) != NONE)
                b = i;
        }
        if (b == NONE || e == NONE || e <= b)
            continue;
        if (e < se && (is_cap_word(c, e) || (c->tv[e].flags & EG_TOK_POSS)))
            continue; /* "near Kaminari’s plant": a possessor is rarely a place */
        eg_status st = eg_rx_add_cand(c, b, e, si, K_PLACE, "location", -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* Words that follow "in" without being places: languages, faiths, feasts,
 * platforms, coins and abbreviated months. */
static const char *const not_places[] = {
    "Amharic",     "Apr",        "Arabic",       "Aramaic",   "Aug",         "Basque",   "Bengali",
    "Bitcoin",     "Brexit",     "Buddhism",     "Buddhist",  "Cantonese",   "Catalan",  "Catholic",
    "Catholicism", "Christian",  "Christianity", "Christmas", "Covid",       "Dari",     "Dec",
    "Easter",      "Eid",        "English",      "Ethereum",  "Evangelical", "Farsi",    "Feb",
    "Gaelic",      "Guarani",    "Gujarati",     "Hausa",     "Hebrew",      "Hindi",    "Hindu",
    "Hinduism",    "Igbo",       "Islam",        "Jan",       "Javanese",    "Jewish",   "Jr",
    "Judaism",     "Jul",        "Jun",          "Kurdish",   "Latin",       "Malay",    "Mandarin",
    "Mar",         "Marathi",    "Muslim",       "Nov",       "Oct",         "Orthodox", "Pashto",
    "Persian",     "Protestant", "Punjabi",      "Quechua",   "Ramadan",     "Romani",   "Sanskrit",
    "Sep",         "Sept",       "Shia",         "Shiite",    "Sikh",        "Somali",   "Sr",
    "Sunni",       "Swahili",    "Tagalog",      "Tamil",     "Telegram",    "Telugu",   "TikTok",
    "Twitter",     "Urdu",       "Uyghur",       "Welsh",     "WhatsApp",    "Xhosa",    "Yiddish",
    "Yoruba",      "Zulu",
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
    "arrived",  "came",      "candidate", "civilians", "comes",    "councillor", "crossed",
    "deported", "evacuated", "families",  "family",    "farmers",  "fishermen",  "fled",
    "flew",     "flights",   "hails",     "km",        "lawmaker", "man",        "migrants",
    "miles",    "moved",     "native",    "people",    "refugees", "resident",   "residents",
    "returned", "senator",   "students",  "travelled", "traveled", "villagers",  "woman",
};

/* Whether any entity of the article other than a place has the word
 * w[0..n) in its name. */
static int entity_word(const ctx *c, const char *w, size_t n) {
    const eg_doc *doc = c->doc;
    for (size_t e = 0; e < doc->ents.n; e++) {
        const char *t = eg_rx_ent_type(c, (uint32_t)e);
        if (!doc->ents.v[e].mentions || strcmp(t, "location") == 0 || strcmp(t, "country") == 0)
            continue;
        const char *nm = eg_rx_ent_name(c, (uint32_t)e);
        for (const char *p = nm; *p;) {
            const char *q = p;
            while (*q && *q != ' ' && *q != '-')
                q++;
            if ((size_t)(q - p) == n && memcmp(p, w, n) == 0)
                return 1;
            p = *q ? q + 1 : q;
        }
    }
    return 0;
}

/* The end of a bare place name at token b for eg_rx_rule_in_place, or NONE. */
static uint32_t bare_place(const ctx *c, uint32_t b, uint32_t se) {
    uint32_t e = place_name(c, b, se, 0);
    if (e == NONE || e - b > 2 || eg_rx_given_name(c, b))
        return NONE;
    if (e < se && (is_cap_word(c, e) || covered(c, e) || (c->tv[e].flags & EG_TOK_POSS) ||
                   is_hyphen(c, e) || tok_is(c, e, "(")))
        return NONE;
    for (uint32_t j = b; j < e; j++)
        if ((c->tv[j].flags & EG_TOK_WORD) && !covered(c, j) &&
            (eg_rx_designator_at(c, j) || IS_WORD_IN(not_places, ttext(c, j), c->tv[j].len) ||
             entity_word(c, ttext(c, j), c->tv[j].len) || (c->tv[j].flags & EG_TOK_ALLCAPS)))
            return NONE;
    return e;
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

/* "at Morowali, Central Sulawesi, from": after a place and a comma, a compass
 * word and one new capitalised word, then punctuation. */
static uint32_t compass_region(const ctx *c, uint32_t i, uint32_t se) {
    static const char *const compass[] = {"Central", "East",      "Eastern",  "Lower",
                                          "North",   "Northeast", "Northern", "Northwest",
                                          "South",   "Southeast", "Southern", "Southwest",
                                          "Upper",   "West",      "Western"};
    if (!tok_is(c, i, ",") || !covered(c, i - 1) || i + 3 > se ||
        !IS_WORD_IN(compass, ttext(c, i + 1), c->tv[i + 1].len) || covered(c, i + 1) ||
        !is_cap_word(c, i + 2) || covered(c, i + 2) || eg_rx_designator_at(c, i + 2) ||
        eg_rx_word_class(ttext(c, i + 2), c->tv[i + 2].len) ||
        (i + 3 < se && !(c->tv[i + 3].flags & EG_TOK_PUNCT)))
        return NONE;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[i - 1]];
    if (m->tok_end != i || strcmp(eg_rx_ent_type(c, m->ent), "location") != 0)
        return NONE;
    return i + 3;
}

/* "taken in Iten in January", "an MP from Markham": one or two capitalised
 * words on no list after "in" or "from", then no capitalised word or
 * possessive, run after the first round of rules so that words of the
 * article's people and organisations ("a stake in Kaminari") are known. */
eg_status eg_rx_rule_in_place(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb + 1; i + 1 < se; i++) {
        uint32_t ce = compass_region(c, i, se);
        if (ce != NONE) {
            eg_status st =
                eg_rx_add_cand(c, i + 1, ce, si, K_PLACE, "location", -1, EG_ORIGIN_RULE, err);
            if (st != EG_OK)
                return st;
            continue;
        }
        int listed_first = tok_is(c, i, "at"); /* "at Tema and Takoradi" */
        if (!(tok_is(c, i, "in") || tok_is(c, i, "between") || tok_is(c, i, "around") ||
              tok_is(c, i, "off") || listed_first ||
              (tok_is(c, i, "from") &&
               (LOWER_IN(i - 1, from_words) || eg_rx_person_noun(c, i - 1) ||
                eg_rx_title_ends_at(c, sb, i) || from_to(c, i, se)))) ||
            LOWER_IN(i - 1, stake_words))
            continue;
        uint32_t b = i + 1, e = listed_first ? NONE : bare_place(c, b, se);
        eg_status st = EG_OK;
        if (e == NONE) {
            /* a listed place first: "in Gulu and Lira", "in Recife and Olinda" */
            if (!covered(c, b))
                continue;
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[b]];
            const char *t = eg_rx_ent_type(c, m->ent);
            if (m->tok_begin != b || m->origin != EG_ORIGIN_GAZETTEER ||
                (strcmp(t, "location") != 0 && strcmp(t, "country") != 0))
                continue;
            e = m->tok_end;
        } else {
            st = eg_rx_add_cand(c, b, e, si, K_PLACE, "location", -1, EG_ORIGIN_RULE, err);
        }
        if (st == EG_OK && e + 1 < se && tok_is(c, e, "and")) {
            uint32_t b2 = e + 1;
            if (b2 + 1 < se && tok_is(c, b2, "nearby"))
                b2++;                            /* "in Chingola and nearby Chililabombwe" */
            uint32_t e2 = bare_place(c, b2, se); /* "in Uppsala and Södertälje" */
            if (e2 != NONE)
                st = eg_rx_add_cand(c, b2, e2, si, K_PLACE, "location", -1, EG_ORIGIN_RULE, err);
        }
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}
