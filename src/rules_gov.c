/* rules_gov: government bodies that no designator rule names, by shape.
 *
 * First round (eg_rx_rule_gov, before the designator rules so that an equal
 * span is typed agency):
 *   - subnational governments named "the Province|Canton|Prefecture|
 *     Governorate|Municipality of <Place>" ("the Province of Gelderland",
 *     "the Canton of Valais"; not "City", as "the City of London" is a place);
 *   - local councils "<Place> City|Regional|Provincial|District|Municipal|
 *     County|Town|Borough|Shire|Metropolitan|Prefectural Council", "<Place>
 *     City County" and "<listed place> Council" ("Nineveh Provincial
 *     Council", "Highland Council", "Nairobi City County");
 *   - military and police units: "<Name> Police Station", "<Name> Regional
 *     Police Command", "<Name> Operations|Naval|Theater|Military|Air|Joint|
 *     Regional Command", "<Name> Regiment", "Brigade North", "<Place> Police
 *     District", "<Place> Customs" ("Gulshan Police Station", "Basra
 *     Operations Command", "Gotland Regiment", "Haikou Customs");
 *   - city and provincial governments: "the City of <Place>" when it acts or
 *     a verb of actors takes it as object ("The City of Oulu decided", "sued
 *     the City of Tshwane"), "<Place> Metropolitan City", "<Place> Special
 *     Self-Governing Province", "<Place> City|Municipal Corporation", "the
 *     Autonomous District of <Place>", "Regione Piemonte", "Câmara Municipal
 *     de <Town>", "Tiroler Landesregierung"; French prosecutors' offices
 *     "Parquet [général] de <Place>";
 *   - bodies whose official name keeps a place before a listed or generic
 *     name: "<Place> [No. 2] Intermediate|Higher People's Court", "<Place>
 *     Metropolitan Police [Agency]", "<Legislature> <Name> Committee"
 *     ("Knesset Finance Committee"), "<State> Department|Ministry of ..."
 *     ("Georgia Department of Revenue"), "<Place> City Council" over a
 *     listed club "<Place> City", "<Name> County Board of Supervisors|
 *     Commissioners", "the School District of <Place>";
 *   - own-language heads: "Defensor del Pueblo [de <Country>]", "Korps
 *     Politie <Place>", "[The] Municipalidad|Ayuntamiento|Alcaldía|
 *     Prefeitura|Intendencia de <any town>";
 *   - (session 18) a demonym before a listed short name of another state's
 *     force ("Senegalese Gendarmerie") and a city before a listed short name
 *     of its own state's court ("Tehran Revolutionary Court") name a body of
 *     their own; bodies named by an office-holder's possessive ("Magistrate’s
 *     Court", "Attorney-General’s Chambers", "Court of King’s Bench for
 *     Saskatchewan"); a division of a high court ("Anti-Corruption Division
 *     of the High Court"); own-language names with a linking word or a place
 *     ("Ministerie van Volksgezondheid", "Raad van State", "Comune di Genova",
 *     "Procuradoria-Geral da República", "Vlaamse Regering", "Rechtbank
 *     Amsterdam", "Oslo tingrett").
 *   - (session 19) units of a state body: a run of name words closed by
 *     Unit, Branch, Cell, Command, Division, Region or Team when the
 *     context names a state ("Denmark’s National Special Crime Unit", "the
 *     Special Cell of the Delhi Police", "the force’s Special Fraud Unit",
 *     "Turkish Coast Guard Command", "Western Command"), not a company's or
 *     a club's part ("Siemens Energy Division", "Premier Division").
 * Between the rounds (eg_rx_rule_gov_short): once the story has named "the
 * Province of Gelderland", a bare "Gelderland" that opens a sentence as the
 * subject of a verb ("Gelderland has also hired ...") is that body.
 * Second round (eg_rx_rule_gov_bare): a bare "Parliament" in a story about
 * one country is that country's listed parliament ("tabled in Parliament" in
 * a story about Uganda is the Parliament of Uganda), or its one listed
 * legislature ("Parliament" in a story about Tonga is the Legislative
 * Assembly of Tonga), unless the story also writes "of Parliament" ("member
 * of Parliament"). The story's country is the one its listed names of
 * countries and of places of one country name most ("KAMPALA —" counts for
 * Uganda).
 *
 * Every check starts from one token's first byte and length, so the rules
 * cost one compare per token on most sentences. */
#include "rules_ctx.h"

#include <string.h>

#include "tokenize.h"

/* Words after a place that make "<Place> ... Council" a local government. */
static const char *const council_kinds[] = {
    "Borough",    "City",     "County", "District", "Metropolitan", "Municipal", "Prefectural",
    "Provincial", "Regional", "Rural",  "Shire",    "Town",         "Urban",     "Village"};

/* Words before "Command" that make it a military or police command. */
static const char *const command_kinds[] = {
    "Air",        "Forces",   "Joint",   "Logistics", "Materiel", "Military", "Naval",
    "Operations", "Regional", "Systems", "Theater",   "Theatre",  "Training"};

/* Heads of a municipality's own-language name written before a listed
 * place: one word ("Gemeente Rotterdam", "Stadt Wien") or a word and its
 * "of" ("Ville de Paris", "Comune di Genova", "Prefeitura do Rio"). */
static const char *const muni_heads[] = {"Gemeente", "Gemeinde", "Regione", "Stadt"};
static const char *const muni_of_heads[] = {"Ajuntament",  "Alcaldía", "Ayuntamiento",  "Concello",
                                            "Intendencia", "Mairie",   "Municipalidad", "Municipio",
                                            "Prefeitura",  "Ville"};

/* Verbs whose object is an actor: "sued the City of Oulu", "warned the City
 * of Tshwane" (not "visited", "in": the place). Sorted. */
static const char *const actor_objects[] = {
    "accused", "asked",   "criticised", "criticized", "fined", "helped", "instructed",
    "ordered", "praised", "sued",       "told",       "urged", "warned"};

/* Nouns after "Parquet de Versailles" that make it a floor. Sorted. */
static const char *const floor_words[] = {"floor",  "flooring", "floors",
                                          "panels", "pattern",  "style"};

/* Adjectives of a German-speaking state before its government
 * ("Tiroler Landesregierung", "Bayerische Staatsregierung"). */
static const char *const state_govs[] = {"Landesregierung", "Staatsregierung"};
static const char *const muni_of[] = {"d'", "da", "de", "del", "di", "do", "d’"};

/* Heads of "the <Head> of <Place>" local governments. */
static const char *const of_heads[] = {"Canton", "Governorate", "Municipality", "Prefecture",
                                       "Province"};

/* Words before "People's Court" that name its level ("Beijing No. 2
 * Intermediate People's Court", "Guangdong Higher People's Court"). Sorted. */
static const char *const court_levels[] = {"Basic",        "District", "Financial", "Higher",
                                           "Intermediate", "Internet", "Maritime",  "Railway"};

/* Words after "<Place> Metropolitan Police" that belong to its name ("Seoul
 * Metropolitan Police Agency"). Sorted. */
static const char *const police_tails[] = {"Agency", "Department", "Force", "Service"};

/* One-word legislatures whose committees are named "<Legislature> <Name>
 * Committee" ("Knesset Finance Committee", "Senate Armed Services
 * Committee"). Sorted. */
static const char *const chambers[] = {"Bundestag", "Duma",    "Eduskunta", "Folketing",
                                       "Knesset",   "Riksdag", "Saeima",    "Seimas",
                                       "Sejm",      "Senate",  "Storting",  "Stortinget"};

/* Heads of a municipality's own-language name that name the town hall, not
 * the territory: any capitalised town may follow ("Municipalidad de Belén"). */
static const char *const muni_any_heads[] = {"Alcaldía", "Ayuntamiento", "Intendencia",
                                             "Municipalidad", "Prefeitura"};

static const char *const compass[] = {"Central", "East",     "Eastern", "North",  "Northern",
                                      "South",   "Southern", "West",    "Western"};

/* Offices that name a state body when written alone after "the": "The
 * District Prosecutor is investigating", "The Comptroller General of the
 * Republic warned". Not "Attorney General" (in many states a minister, a
 * person: "the Attorney General of Kenya praised") nor "Ombudsman". Sorted. */
static const char *const offices[] = {"Auditor General",
                                      "Auditor-General",
                                      "Comptroller General",
                                      "Comptroller and Auditor General",
                                      "Comptroller and Auditor-General",
                                      "Controller and Auditor General",
                                      "Controller and Auditor-General",
                                      "Director of Public Prosecutions",
                                      "District Prosecutor",
                                      "Procurator General",
                                      "Procurator-General",
                                      "Prosecutor General",
                                      "Prosecutor-General",
                                      "Public Prosecutor",
                                      "State Prosecutor"};

static int verb_after(const ctx *c, uint32_t j);

/* Verbs that describe a place, not an actor ("the City of Bath remains").
 * Sorted. */
static const char *const place_verbs[] = {"attracts", "boasts",   "contains", "covers", "has",
                                          "hosts",    "includes", "lies",     "looks",  "remained",
                                          "remains",  "seems",    "sits",     "stands"};

static int word_in(const ctx *c, uint32_t j, const char *const *list, size_t n) {
    size_t len = c->tv[j].len;
    return (c->tv[j].flags & EG_TOK_WORD) && len > 0 && len < 16 &&
           eg_rx_in_list(c, list, n, ttext(c, j), len);
}
#define WORD_IN(j, list) word_in(c, j, list, sizeof list / sizeof list[0])

/* A capitalised content word that may be part of a body's name. */
static int name_word(const ctx *c, uint32_t j) {
    return is_cap_word(c, j) && !(eg_rx_tok_class(c, j) & W_FUNC) &&
           !(c->tv[j].flags & EG_TOK_ALLCAPS && c->tv[j].len > 5);
}

/* Is token j a number word such as "45th" or "3rd"? */
static int ordinal(const ctx *c, uint32_t j) {
    const char *t = ttext(c, j);
    size_t n = c->tv[j].len;
    if (n < 3 || t[0] < '0' || t[0] > '9')
        return 0;
    const char *s = t + n - 2;
    return !memcmp(s, "th", 2) || !memcmp(s, "st", 2) || !memcmp(s, "nd", 2) || !memcmp(s, "rd", 2);
}

/* The mention covering token j, or NULL. */
static const eg_mention *cover_at(const ctx *c, uint32_t j) {
    return covered(c, j) ? &c->doc->ments.v[c->s->cover.v[j]] : NULL;
}

static int is_type(const ctx *c, const eg_mention *m, const char *type) {
    return m && strcmp(eg_rx_ent_type(c, m->ent), type) == 0;
}

/* The start of the run of up to `max` name words ending before token h
 * (h itself when there is none); a listed place or organisation's mention
 * counts whole. Stops at a demonym or country, which are mentions of
 * their own ("Iraqi Operations Command" is not one name). */
static uint32_t name_run(const ctx *c, uint32_t sb, uint32_t h, uint32_t max) {
    uint32_t s = h, words = 0;
    while (s > sb && words < max) {
        const eg_mention *m = cover_at(c, s - 1);
        if (m) {
            if (m->tok_end != s || m->tok_begin < sb || !is_type(c, m, "location"))
                break;
            words += m->tok_end - m->tok_begin;
            s = m->tok_begin;
            continue;
        }
        if (!name_word(c, s - 1))
            break;
        s--;
        words++;
    }
    return s;
}

/* Is token j a location mention that starts there, and where does it end
 * (0 if not)? A one-word generated town left uncovered counts too. */
static uint32_t place_end(const ctx *c, uint32_t j, uint32_t se, int country_too) {
    if (j >= se)
        return 0;
    const eg_mention *m = cover_at(c, j);
    if (m)
        return m->tok_begin == j && m->tok_end <= se &&
                       (is_type(c, m, "location") || (country_too && is_type(c, m, "country")))
                   ? m->tok_end
                   : 0;
    return is_cap_word(c, j) && eg_rx_listed_word(c, j, "location") >= 0 ? j + 1 : 0;
}

/* The start of "<Place> [North|South ...]" ending right before token h, or
 * NONE: a listed place, optionally followed by one compass word ("Dhaka
 * North City Corporation"). */
static uint32_t place_before(const ctx *c, uint32_t sb, uint32_t h) {
    uint32_t p = h;
    if (p > sb + 1 && WORD_IN(p - 1, compass) && !covered(c, p - 1))
        p--;
    if (p <= sb)
        return NONE;
    const eg_mention *m = cover_at(c, p - 1);
    if (m)
        return m->tok_end == p && m->tok_begin >= sb && is_type(c, m, "location") ? m->tok_begin
                                                                                  : NONE;
    return is_cap_word(c, p - 1) && eg_rx_listed_word(c, p - 1, "location") >= 0 ? p - 1 : NONE;
}

/* The end of a run of one to three name words from token j, or 0. */
static uint32_t name_after(const ctx *c, uint32_t j, uint32_t se) {
    uint32_t e = j;
    while (e < se && e < j + 3 && !covered(c, e) && name_word(c, e))
        e++;
    return e > j ? e : 0;
}

/* Is the place [p, e) written in another form than its listed name while
 * the story also writes "City of <listed name>" ("the City of Joburg" beside
 * "the City of Johannesburg")? One body would then get two names. */
static int other_city_form(const ctx *c, uint32_t p, uint32_t e) {
    const eg_mention *m = cover_at(c, p);
    if (!m || m->tok_begin != p || m->tok_end != e)
        return 0;
    const char *nm = eg_rx_ent_name(c, m->ent);
    size_t n = strlen(nm), span = c->tv[e - 1].start + c->tv[e - 1].len - c->tv[p].start;
    if (span == n && memcmp(nm, c->text + c->tv[p].start, n) == 0)
        return 0;
    const char *end = c->text + c->doc->len;
    for (const char *q = c->text; (q = memchr(q, 'C', (size_t)(end - q))) != NULL; q++)
        if ((size_t)(end - q) >= 8 + n && memcmp(q, "City of ", 8) == 0 &&
            memcmp(q + 8, nm, n) == 0)
            return 1;
    return 0;
}

/* A span the rule should not propose: it is followed by a capitalised word
 * (part of a longer name) or starts a sentence with an ordinary word. */
static int continues(const ctx *c, uint32_t e, uint32_t se) {
    return e < se && is_cap_word(c, e) && !(c->tv[e].flags & EG_TOK_POSS);
}

static eg_status add(ctx *c, uint32_t tb, uint32_t te, uint32_t si, eg_error *err) {
    return eg_rx_add_cand(c, tb, te, si, K_ORG, "agency", -1, EG_ORIGIN_RULE, err);
}

/* add(), and the span may take in listed mentions whole ("Dhaka" and
 * "Metropolitan Police" in "Dhaka Metropolitan Police"). */
static eg_status add_join(ctx *c, uint32_t tb, uint32_t te, uint32_t si, eg_error *err) {
    size_t n = c->s->cands.n;
    eg_status st = add(c, tb, te, si, err);
    if (st == EG_OK && c->s->cands.n > n)
        c->s->cands.v[c->s->cands.n - 1].join = 1;
    return st;
}

/* The end of an office's name written from token j ("Attorney General",
 * "Attorney-General" over three tokens), or 0. */
static uint32_t office_end(const ctx *c, uint32_t j, uint32_t se) {
    const char *w = ttext(c, j);
    if (!is_cap_word(c, j) || !strchr("ACDPS", w[0]))
        return 0;
    size_t left = c->doc->len - c->tv[j].start;
    for (size_t k = 0; k < sizeof offices / sizeof offices[0]; k++) {
        size_t n = strlen(offices[k]);
        if (offices[k][0] != w[0] || n > left || memcmp(w, offices[k], n) != 0)
            continue;
        size_t end = c->tv[j].start + n;
        for (uint32_t e = j; e < se && c->tv[e].start < end; e++)
            if (c->tv[e].start + c->tv[e].len == end)
                return e + 1;
    }
    return 0;
}

/* "The District Prosecutor is investigating", "the Prosecutor General of
 * Estonia charged", "The Comptroller General of the Republic warned": an
 * office written alone after "the", not before a name ("Auditor General
 * Mary Banda"), a possessive ("Prosecutor General's Office") or after
 * "Office of", is the state body. */
static eg_status office_alone(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t j,
                              eg_error *err) {
    if (j + 1 >= se || (j > sb && tok_is(c, j - 1, "of")))
        return EG_OK;
    uint32_t e = office_end(c, j + 1, se);
    if (!e)
        return EG_OK;
    uint32_t oe = e;
    if (e + 1 < se && tok_is(c, e, "of")) {
        uint32_t p = e + 1;
        if (p + 1 < se && tok_is(c, p, "the") && tok_is(c, p + 1, "Republic")) {
            e = p + 2;
        } else {
            if (p + 1 < se && tok_is(c, p, "the"))
                p++;
            const eg_mention *m = cover_at(c, p);
            if (!m || m->tok_begin != p || m->tok_end > se ||
                !(is_type(c, m, "country") || is_type(c, m, "location")))
                return EG_OK;
            e = m->tok_end;
        }
    }
    if (e < se && (is_cap_word(c, e) || (c->tv[e].flags & EG_TOK_POSS) || tok_is(c, e, "of") ||
                   (is_hyphen(c, e) && attached(c, e))))
        return EG_OK;
    /* a story that also writes the office as a title ("Auditor General Mary
     * Banda") would spread the body to it: leave it alone */
    const eg_token *a = &c->tv[j + 1], *z = &c->tv[oe - 1];
    size_t n = z->start + z->len - a->start;
    for (uint32_t k = 0; k + (oe - j - 1) < c->ntok; k++) {
        uint32_t ke = k + (oe - j - 1);
        if (k != j + 1 && c->tv[k].len == a->len && ttext(c, k)[0] == ttext(c, j + 1)[0] &&
            c->tv[ke - 1].start + c->tv[ke - 1].len - c->tv[k].start == n &&
            memcmp(c->text + c->tv[k].start, c->text + a->start, n) == 0 && is_cap_word(c, ke) &&
            !tok_is(c, ke, "The"))
            return EG_OK;
    }
    return add(c, j + 1, e, si, err);
}

/* Last words of a listed force's short name that a demonym of another
 * state makes that state's own force ("Senegalese Gendarmerie", "Chadian
 * National Gendarmerie": "Gendarmerie" is listed for France). Not courts,
 * ministries, services or chambers, whose demonym the development set keeps
 * apart ("Cuban Foreign Ministry", "Uzbek State Security Service"). Sorted. */
static const char *const force_tails[] = {"Army", "Customs", "Gendarmerie", "Guard", "Navy"};

/* Last words of a listed body's short name that a city or region of the
 * same state before it makes a local body of its own ("Tehran Revolutionary
 * Court", "Mashhad Revolutionary Court"). Sorted. */
static const char *const local_tails[] = {"Court", "Tribunal"};

/* Is the gazetteer mention m written as one of its entity's aliases, not
 * its name ("Revolutionary Court" for the Islamic Revolutionary Court)? */
static int alias_form(const ctx *c, const eg_mention *m) {
    const char *nm = eg_rx_ent_name(c, m->ent);
    size_t n = strlen(nm);
    return !(m->end - m->start == n && memcmp(c->text + m->start, nm, n) == 0);
}

/* "Senegalese Gendarmerie", "Tehran Revolutionary Court": a demonym or
 * country, or a city, right before the short name of a listed body, which
 * names a body of its own together with it. The listed body must belong to
 * another state than the demonym's ("Dutch National Police", "U.S. Navy"
 * stay a country and the listed body), or to the city's own state and be
 * written in a short form. Token j starts the listed mention. */
static eg_status owner_join(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t j,
                            eg_error *err) {
    const eg_mention *m = cover_at(c, j), *pm = cover_at(c, j - 1);
    if (m->tok_begin != j || m->tok_end > se || pm->tok_end != j || pm->tok_begin < sb ||
        m->origin != EG_ORIGIN_GAZETTEER ||
        (pm->origin != EG_ORIGIN_GAZETTEER && pm->origin != EG_ORIGIN_DEMONYM) ||
        !is_type(c, m, "agency") || (c->tv[j - 1].flags & EG_TOK_POSS) ||
        continues(c, m->tok_end, se))
        return EG_OK;
    int32_t ag = c->doc->ents.v[m->ent].gaz, pg = c->doc->ents.v[pm->ent].gaz;
    if (ag < 0 || pg < 0)
        return EG_OK;
    const char *own = eg_gazetteer_attr(c->g, (size_t)ag, "country");
    uint32_t last = m->tok_end - 1;
    if (is_type(c, pm, "country")) {
        if (!own || !*own || strcmp(own, eg_gazetteer_key(c->g, (size_t)pg)) == 0 ||
            !WORD_IN(last, force_tails))
            return EG_OK;
    } else if (is_type(c, pm, "location")) {
        const char *pc = eg_gazetteer_attr(c->g, (size_t)pg, "country");
        if (!own || !pc || strcmp(own, pc) != 0 || !WORD_IN(last, local_tails) ||
            !alias_form(c, m) || pm->tok_end - pm->tok_begin > 3)
            return EG_OK;
    } else {
        return EG_OK;
    }
    return add_join(c, pm->tok_begin, m->tok_end, si, err);
}

/* Own-language heads of state bodies that take a linking word and a
 * capitalised name ("Ministerie van Volksgezondheid", "Raad van State",
 * "Rijksdienst voor Ondernemend Nederland", "Bundesministerium der
 * Finanzen", "Comune di Genova", "Procuradoria-Geral da República",
 * "Controladoria-Geral da União"): Dutch, German, Italian, Portuguese and
 * Spanish. A hyphenated head ("Procuradoria-Geral") is written over three
 * tokens; `gen` marks heads that may take "-Geral"/"-General" that way.
 * own_heads is sorted by head (own_language stops at a later first byte). */
typedef struct own_head {
    const char *head;
    const char *const *links; /* NULL-terminated linking words */
    int gen;
} own_head;

static const char *const nl_van[] = {"van", NULL};
static const char *const nl_voor[] = {"voor", NULL};
static const char *const de_links[] = {"der", "des", "für", NULL};
static const char *const it_di[] = {"di", "del", "della", NULL};
static const char *const pt_links[] = {"da", "das", "de", "do", "dos", NULL};
static const char *const es_links[] = {"de", "del", NULL};

static const own_head own_heads[] = {
    {"Advocacia", pt_links, 1},   {"Bundesministerium", de_links, 0}, {"Comune", it_di, 0},
    {"Contraloría", es_links, 1}, {"Controladoria", pt_links, 1},     {"Corregedoria", pt_links, 1},
    {"Defensoria", pt_links, 1},  {"Ministerie", nl_van, 0},          {"Ministerium", de_links, 0},
    {"Ouvidoria", pt_links, 1},   {"Procuradoria", pt_links, 1},      {"Procuraduría", es_links, 1},
    {"Raad", nl_van, 0},          {"Rijksdienst", nl_voor, 0},        {"Secretaria", pt_links, 1},
    {"Secretaría", es_links, 1},
};

/* Dutch heads before a place: "Rechtbank Amsterdam", "Gerechtshof Den
 * Haag", "Kustwacht Suriname", "Politie Utrecht". Sorted. */
static const char *const nl_place_heads[] = {"Gerechtshof", "Kustwacht", "Rechtbank"};

/* Words after a place that name its court in Norwegian, Swedish and Danish
 * ("Oslo tingrett", "Borgarting lagmannsrett", "Göteborgs tingsrätt",
 * "Københavns Byret"). Sorted. */
static const char *const nordic_courts[] = {"Byret",    "byret",    "hovrätt",  "lagmannsrett",
                                            "landsret", "tingrett", "tingsrätt"};

/* Heads followed directly by the body's capitalised name words in Polish
 * and Romanian ("Ministerstwo Spraw Zagranicznych", "Sąd Okręgowy w
 * Warszawie", "Tribunalul Cluj", "Judecătoria Sectorului 1"). Sorted. */
static const char *const direct_heads[] = {"Judecătoria", "Ministerstwo", "Sąd", "Tribunalul"};

/* Dutch boards of a company after "Raad van". Sorted. */
static const char *const company_boards[] = {"Bestuur", "Commissarissen", "Toezicht"};

/* Is the linking word at token j one of `links`? */
static int link_in(const ctx *c, uint32_t j, const char *const *links) {
    for (; *links; links++)
        if (tok_is(c, j, *links))
            return 1;
    return 0;
}

/* Does a list of capitalised words from token j end in "en", "und", "e" or
 * "y" and one more ("Welzijn en Sport" after "Volksgezondheid,")? */
static int list_goes_on(const ctx *c, uint32_t j, uint32_t se) {
    for (uint32_t k = j; k < se && k < j + 4 && is_cap_word(c, k); k++)
        if (k + 2 < se && (tok_is(c, k + 1, "en") || tok_is(c, k + 1, "und") ||
                           tok_is(c, k + 1, "e") || tok_is(c, k + 1, "y")))
            return is_cap_word(c, k + 2);
    return 0;
}

/* The end of a body's name words from token j: capitalised words, listed
 * places whole, "en"/"und"/"e"/"y" and commas between capitalised words
 * ("Volksgezondheid, Welzijn en Sport"), "la"/"a" after a linking word;
 * at most six tokens; 0 if none. */
static uint32_t own_name_end(const ctx *c, uint32_t j, uint32_t se) {
    uint32_t e = j, last = 0;
    while (e < se && e < j + 8) {
        const eg_mention *m = cover_at(c, e);
        if (m && m->tok_begin == e && m->tok_end <= se &&
            (is_type(c, m, "location") || is_type(c, m, "country"))) {
            e = last = m->tok_end;
            continue;
        }
        if (is_cap_word(c, e) && !(eg_rx_tok_class(c, e) & W_FUNC)) {
            e = last = e + 1;
            continue;
        }
        if (last && e + 1 < se && is_cap_word(c, e + 1) && !covered(c, e + 1) &&
            (tok_is(c, e, "en") || tok_is(c, e, "und") || tok_is(c, e, "e") || tok_is(c, e, "y") ||
             (tok_is(c, e, ",") && list_goes_on(c, e + 1, se)))) {
            e++;
            continue;
        }
        break;
    }
    return last;
}

/* "Ministerie van Volksgezondheid", "Procuradoria-Geral da República",
 * "Rechtbank Amsterdam", "Vlaamse Regering", "Oslo tingrett": state bodies
 * named in their own language. Token j is capitalised. */
static eg_status own_language(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t j,
                              eg_error *err) {
    const eg_token *t = &c->tv[j];
    const char *w = ttext(c, j);
    if (j + 1 >= se)
        return EG_OK;
    /* "Oslo tingrett", "Borgarting lagmannsrett": a listed place and a
     * Nordic court word */
    if (WORD_IN(j + 1, nordic_courts)) {
        if (place_end(c, j, se, 0) == j + 1 && !continues(c, j + 2, se))
            return add_join(c, j, j + 2, si, err);
        return EG_OK;
    }
    /* "Vlaamse Regering", "Waalse Regering": a Dutch adjective of a region
     * or state before "Regering" */
    if (t->len == 8 && w[0] == 'R' && tok_is(c, j, "Regering")) {
        if (j > sb && is_cap_word(c, j - 1) && c->tv[j - 1].len > 4 &&
            memcmp(ttext(c, j - 1) + c->tv[j - 1].len - 2, "se", 2) == 0 &&
            !continues(c, j + 1, se))
            return add_join(c, j - 1, j + 1, si, err);
        return EG_OK;
    }
    /* "Vrhovni sud", "Županijski sud u Zagrebu", "Ustavni sud Bosne i
     * Hercegovine": a South Slavic court, an adjective before "sud" */
    if (j + 1 < se && c->tv[j + 1].len == 3 && tok_is(c, j + 1, "sud") && !covered(c, j) &&
        (j == sb || !name_word(c, j - 1))) {
        uint32_t e = j + 2;
        if (e + 1 < se && tok_is(c, e, "u") && is_cap_word(c, e + 1))
            e += 2; /* "u Zagrebu" */
        return continues(c, e, se) ? EG_OK : add_join(c, j, e, si, err);
    }
    if (WORD_IN(j, direct_heads)) {
        uint32_t e = own_name_end(c, j + 1, se);
        if (!e)
            return EG_OK;
        if (e + 1 < se && tok_is(c, e, "w") && is_cap_word(c, e + 1))
            e += 2; /* "w Warszawie" */
        return continues(c, e, se) ? EG_OK : add_join(c, j, e, si, err);
    }
    if (WORD_IN(j, nl_place_heads)) {
        uint32_t e = place_end(c, j + 1, se, 1);
        if (e && !continues(c, e, se))
            return add_join(c, j, e, si, err);
        return EG_OK;
    }
    /* sorted: the heads that start with w[0] come from the first one that
     * does not start with a smaller byte */
    size_t lo = 0, hi = sizeof own_heads / sizeof own_heads[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((unsigned char)own_heads[mid].head[0] < (unsigned char)w[0])
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < sizeof own_heads / sizeof own_heads[0]; k++) {
        const own_head *h = &own_heads[k];
        if ((unsigned char)h->head[0] > (unsigned char)w[0])
            break; /* sorted: no later head starts with w[0] */
        if (h->head[0] != w[0] || !tok_is(c, j, h->head))
            continue;
        uint32_t p = j + 1;
        if (h->gen && p + 2 < se && is_hyphen(c, p) && attached(c, p) && attached(c, p + 1) &&
            (tok_is(c, p + 1, "Geral") || tok_is(c, p + 1, "General")))
            p += 2;
        if (p + 1 >= se || !link_in(c, p, h->links))
            return EG_OK;
        p++;
        if (p + 1 < se && (tok_is(c, p, "la") || tok_is(c, p, "a")))
            p++; /* "Secretaría de la Defensa Nacional" */
        uint32_t e = own_name_end(c, p, se);
        if (!e || continues(c, e, se))
            return EG_OK;
        /* "Raad van Bestuur", "Raad van Commissarissen": a company's boards */
        if (w[0] == 'R' && t->len == 4 && WORD_IN(p, company_boards))
            return EG_OK;
        return add_join(c, j, e, si, err);
    }
    return EG_OK;
}

/* Offices whose holder's possessive names a court or office ("Magistrate’s
 * Court", "Magistrates’ Court", "Coroners’ Court", "Children’s Court",
 * "Ministers’ Court", "Public Defender’s Office", "Harbour Master’s
 * Office", "Attorney-General’s Chambers"). "General" and "Master" need the
 * word before them (below). Sorted. */
static const char *const poss_offices[] = {"Children",    "Coroner", "Coroners",
                                           "Defender",    "General", "Magistrate",
                                           "Magistrates", "Master",  "Ministers"};

/* Words before "General" in an office ("Attorney-General", "Auditor
 * General"). Sorted. */
static const char *const general_offices[] = {"Accountant", "Attorney", "Auditor", "Solicitor"};

/* Words before "Master" in an office ("Harbour Master"). Sorted. */
static const char *const master_offices[] = {"Harbor", "Harbour", "Port"};

/* "Magistrate’s Court", "Attorney-General’s Chambers", "Harbour Master’s
 * Office", "Court of King’s Bench for Saskatchewan": a body named by its
 * holder's possessive. Token j is the head (Court, Office, Chambers,
 * Department, Bench); j - 1 the possessive clitic. */
static eg_status possessive_body(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t j,
                                 eg_error *err) {
    if (j < sb + 2 || !(c->tv[j - 1].flags & EG_TOK_POSS) || covered(c, j - 2))
        return EG_OK;
    uint32_t q = j - 2, s = q, e = j + 1;
    if (tok_is(c, j, "Bench")) {
        /* "Court of King’s Bench [for|of <Province>]" */
        if (q < sb + 2 || !(tok_is(c, q, "King") || tok_is(c, q, "Queen")) ||
            !tok_is(c, q - 1, "of") || !tok_is(c, q - 2, "Court"))
            return EG_OK;
        s = q - 2;
        if (e + 1 < se && (tok_is(c, e, "for") || tok_is(c, e, "of"))) {
            uint32_t pe = place_end(c, e + 1, se, 0);
            if (pe)
                e = pe;
        }
        return continues(c, e, se) ? EG_OK : add_join(c, s, e, si, err);
    }
    if (!WORD_IN(q, poss_offices))
        return EG_OK;
    if (tok_is(c, q, "General")) {
        if (q > sb + 1 && is_hyphen(c, q - 1) && WORD_IN(q - 2, general_offices))
            s = q - 2;
        else if (q > sb && WORD_IN(q - 1, general_offices))
            s = q - 1;
        else
            return EG_OK;
    } else if (tok_is(c, q, "Master")) {
        if (q <= sb || !WORD_IN(q - 1, master_offices))
            return EG_OK;
        s = q - 1;
    } else if (tok_is(c, j, "Chambers") || tok_is(c, j, "Department")) {
        return EG_OK; /* chambers and departments of the law officers only */
    }
    /* a place or name words before the office ("Harare Magistrates’ Court",
     * "Lilongwe Chief Resident Magistrate’s Court"); another listed name
     * right before it leaves the shape to the other rules ("Westminster") */
    uint32_t r = name_run(c, sb, s, 3);
    if (r > sb && r == s && covered(c, r - 1) && !is_type(c, cover_at(c, r - 1), "country"))
        return EG_OK;
    s = r;
    if (tok_is(c, j, "Office")) {
        uint32_t pe = place_end(c, e, se, 0); /* "Harbour Master’s Office Dubrovnik" */
        if (pe && !continues(c, pe, se))
            return add_join(c, s, pe, si, err);
    }
    return continues(c, e, se) ? EG_OK : add(c, s, e, si, err);
}

/* "Anti-Corruption Division of the High Court [of Uganda]", "Gauteng
 * Division of the High Court": a division of a high court is a body of its
 * own ("the High Court Division of the Supreme Court" is not: its court is
 * no high court). Token j is "Division". */
static eg_status court_division(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t j,
                                eg_error *err) {
    if (j + 4 >= se || !tok_is(c, j + 1, "of") || !tok_is(c, j + 2, "the") ||
        !tok_is(c, j + 3, "High"))
        return EG_OK;
    uint32_t e;
    const eg_mention *m = cover_at(c, j + 3);
    if (m) {
        if (m->tok_begin != j + 3 || m->tok_end > se || !is_type(c, m, "agency") ||
            !tok_is(c, j + 4, "Court"))
            return EG_OK;
        e = m->tok_end;
    } else {
        if (!tok_is(c, j + 4, "Court"))
            return EG_OK;
        e = j + 5;
    }
    if (e + 1 < se && tok_is(c, e, "of")) {
        uint32_t pe = place_end(c, e + 1, se, 1); /* "of Kenya" */
        if (pe)
            e = pe;
    }
    /* the division's name: a place or name words, hyphens joining them */
    uint32_t s = j;
    while (s > sb && j - s < 5) {
        const eg_mention *pm = cover_at(c, s - 1);
        if (pm) {
            if (pm->tok_end != s || pm->tok_begin < sb || !is_type(c, pm, "location"))
                break;
            s = pm->tok_begin;
            continue;
        }
        if (name_word(c, s - 1)) {
            s--;
            continue;
        }
        if (s - 1 > sb && s < j && name_word(c, s - 2) &&
            ((is_hyphen(c, s - 1) && attached(c, s - 1) && attached(c, s)) ||
             tok_is(c, s - 1, "and"))) { /* "Land and Environment Division" */
            s -= 2;
            continue;
        }
        break;
    }
    if (s == j || tok_is(c, s, "The") || continues(c, e, se))
        return EG_OK;
    return add_join(c, s, e, si, err);
}

/* Words in a unit's name that make it a state body: police and crime work
 * ("Police Intervention Unit", "Special Fraud Unit", "Crime Branch"). Sorted. */
static const char *const state_unit_words[] = {
    "Counter-Terrorism", "Crime",          "Criminal",  "Detective", "Fraud",    "Intelligence",
    "Investigation",     "Investigations", "Narcotics", "Police",    "Terrorism"};

/* Lower-case owners of a unit that are state bodies ("the force’s Special
 * Fraud Unit", "the army’s Northern Command"). Sorted. */
static const char *const state_owners[] = {"army",     "force", "government", "military",
                                           "ministry", "navy",  "police"};

/* Heads of a ministry's name after "of the" or "under the": the designator
 * rules have not named it yet ("Epidemiology Unit of the Ministry of
 * Health"). Sorted. */
static const char *const ministry_heads[] = {"Department", "Ministry"};

/* Compass words that name a military command alone ("Western Command",
 * "Southeast Command"). Sorted. */
static const char *const command_compass[] = {
    "Central",   "Eastern",      "Northeast", "Northeastern", "Northern",
    "Northwest", "Northwestern", "Southeast", "Southeastern", "Southern",
    "Southwest", "Southwestern", "Western"};

/* "Denmark’s National Special Crime Unit", "Turkish Coast Guard Command",
 * "the Special Cell of the Delhi Police", "the force’s Special Fraud Unit",
 * "Western Command": a run of name words closed by Unit, Branch, Cell,
 * Command, Division, Region or Team is an agency when its context names a
 * state body: a country or demonym before it (kept in the name unless it is
 * a possessive owner), a listed agency, a name ending in an agency
 * designator or a state noun owning it, "of the" or "under the" and a listed
 * agency or a ministry after it, a police or crime word in it, "National"
 * opening it, or (Command) a compass word alone. "Region" takes the owner
 * after it only ("the Marine Region of the Hong Kong Police Force";
 * "Western Region", "National Capital Region" are places); "Team" takes a
 * country only before three name words or more ("Indian Computer Emergency
 * Response Team", not "Indian Cricket Team") and no "National". A company's
 * or a club's part stays out ("Siemens Energy Division", "Premier
 * Division", "Bluegrass Cell Manufacturing"). Token j is the unit word. */
static eg_status unit_body(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t j,
                           eg_error *err) {
    if (j == sb || covered(c, j) || continues(c, j + 1, se))
        return EG_OK;
    int region = c->tv[j].len == 6 && ttext(c, j)[0] == 'R';
    int team = c->tv[j].len == 4 && ttext(c, j)[0] == 'T';
    /* the unit's name: name words, hyphens and "by" joining them */
    uint32_t s = j;
    while (s > sb && j - s < 6 && !covered(c, s - 1)) {
        if (name_word(c, s - 1)) {
            s--;
            continue;
        }
        if (s - 1 > sb && s < j && name_word(c, s - 2) && !covered(c, s - 2) &&
            ((is_hyphen(c, s - 1) && attached(c, s - 1) && attached(c, s)) ||
             tok_is(c, s - 1, "by"))) { /* "Citizenship by Investment Unit" */
            s -= 2;
            continue;
        }
        break;
    }
    if (s < j && (tok_is(c, s, "The") || tok_is(c, s, "A")))
        s++;
    /* a country names a national side as well as a state's team ("Kenyan
     * Relay Team", "India’s Cricket Team"): a team needs three words */
    int short_team = team && j - s < 3;
    int state = 0;
    uint32_t b = s;
    if (region) { /* a region of a state body only by its owner after it */
        if (s == j || (s > sb && (covered(c, s - 1) || (c->tv[s - 1].flags & EG_TOK_POSS))))
            return EG_OK;
    } else if (s > sb && covered(c, s - 1)) {
        const eg_mention *m = cover_at(c, s - 1);
        if (m->tok_end != s || m->tok_begin < sb)
            return EG_OK;
        /* a listed agency names a part of its own ("Turkish Coast Guard
         * Command"), a country one of its state ("Kenyan Police Intervention
         * Unit"); any other owner a company's or a club's part ("Siemens
         * Energy Division", "ICC Anti-Corruption Unit") */
        if (!is_type(c, m, "country") && !is_type(c, m, "agency"))
            return EG_OK;
        if ((s == j || short_team) && !is_type(c, m, "agency"))
            return EG_OK;
        state = 1, b = m->tok_begin;
    } else if (s == j) {
        return EG_OK;
    } else if (s > sb + 1 && (c->tv[s - 1].flags & EG_TOK_POSS)) {
        const eg_mention *m = cover_at(c, s - 2);
        if (m)
            state = m->tok_end == s - 1 &&
                    ((!short_team && is_type(c, m, "country")) || is_type(c, m, "agency"));
        else if (is_cap_word(c, s - 2)) { /* "the Kenya Police Service’s": named later */
            const designator *d = eg_rx_designator_at(c, s - 2);
            state = d && !(d->flags & DES_PREFIX) && strcmp(d->type, "agency") == 0;
        } else
            state = eg_rx_lower_word_in(c, s - 2, state_owners,
                                        sizeof state_owners / sizeof state_owners[0]);
        if (!state)
            return EG_OK; /* "the board’s Anti-Corruption Unit" */
    }
    if (!state && j + 3 < se && (tok_is(c, j + 1, "of") || tok_is(c, j + 1, "under")) &&
        tok_is(c, j + 2, "the")) {
        const eg_mention *m = cover_at(c, j + 3);
        state = m ? m->tok_begin == j + 3 && is_type(c, m, "agency")
                  : WORD_IN(j + 3, ministry_heads) && j + 4 < se && tok_is(c, j + 4, "of");
    }
    if (region)
        return state ? add(c, s, j + 1, si, err) : EG_OK;
    if (!state && s + 1 < j && !short_team && eg_rx_listed_word(c, s, "country") >= 0)
        state = 1; /* "Turkish Coast Guard Command": the listed name inside is not marked */
    for (uint32_t k = s; !state && k < j; k++)
        state = WORD_IN(k, state_unit_words);
    if (!state && !team && tok_is(c, s, "National") && s + 1 < j)
        state = 1;
    if (!state && c->tv[j].len == 7 && s + 1 == j && WORD_IN(s, command_compass))
        state = 1;
    return state ? add_join(c, b, j + 1, si, err) : EG_OK;
}

eg_status eg_rx_rule_gov(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    eg_status st;
    for (uint32_t j = sb; j < se; j++) {
        const eg_token *t = &c->tv[j];
        if (t->len == 3 && (t->flags & EG_TOK_WORD) &&
            (tok_is(c, j, "the") || tok_is(c, j, "The"))) {
            if ((st = office_alone(c, si, sb, se, j, err)) != EG_OK)
                return st;
            continue;
        }
        if (!(t->flags & EG_TOK_WORD) || !(t->flags & EG_TOK_CAP) || t->len < 4)
            continue;
        const char w0 = ttext(c, j)[0];
        if (j > sb && covered(c, j) && covered(c, j - 1) &&
            c->s->cover.v[j] != c->s->cover.v[j - 1]) {
            if ((st = owner_join(c, si, sb, se, j, err)) != EG_OK)
                return st;
        }
        if (t->len == 8 && w0 == 'D' && tok_is(c, j, "Division")) {
            if ((st = court_division(c, si, sb, se, j, err)) != EG_OK)
                return st;
        }
        if ((t->len == 4 &&
             (tok_is(c, j, "Unit") || tok_is(c, j, "Cell") || tok_is(c, j, "Team"))) ||
            (t->len == 6 && (tok_is(c, j, "Branch") || tok_is(c, j, "Region"))) ||
            (t->len == 7 && tok_is(c, j, "Command")) || (t->len == 8 && tok_is(c, j, "Division"))) {
            if ((st = unit_body(c, si, sb, se, j, err)) != EG_OK)
                return st;
        }
        if ((t->len == 5 && (tok_is(c, j, "Court") || tok_is(c, j, "Bench"))) ||
            (t->len == 6 && tok_is(c, j, "Office")) || (t->len == 8 && tok_is(c, j, "Chambers")) ||
            (t->len == 10 && tok_is(c, j, "Department"))) {
            if ((st = possessive_body(c, si, sb, se, j, err)) != EG_OK)
                return st;
        }
        if ((strchr("ABCDGHJKMOPRSTV", ttext(c, j)[0]) ||
             (j + 1 < se && (covered(c, j) || tok_is(c, j + 1, "sud")))) &&
            (st = own_language(c, si, sb, se, j, err)) != EG_OK)
            return st;
        const char *w = ttext(c, j);
        /* "the Province of Gelderland", "the Autonomous Province of Trento" */
        uint32_t hb = j; /* where the name starts */
        if (j > sb + 1 && tok_is(c, j - 1, "Autonomous"))
            hb = j - 1;
        else if (j > sb + 1 && t->len == 8 && tok_is(c, j, "District") &&
                 tok_is(c, j - 1, "School"))
            hb = j - 1; /* "the School District of Philadelphia" */
        if (hb > sb && j + 2 < se && (tok_is(c, hb - 1, "the") || tok_is(c, hb - 1, "The")) &&
            tok_is(c, j + 1, "of") &&
            (WORD_IN(j, of_heads) || (hb < j && t->len == 8 && tok_is(c, j, "District")))) {
            uint32_t e = j + 2;
            while (e < se && e < j + 5) {
                const eg_mention *m = cover_at(c, e);
                if (m && m->tok_begin == e && is_type(c, m, "location")) {
                    e = m->tok_end;
                    continue;
                }
                if (m || !name_word(c, e))
                    break;
                e++;
            }
            if (e > j + 2 && !continues(c, e, se) && !(e < se && tok_is(c, e, "of")) &&
                (st = add(c, hb, e, si, err)) != EG_OK)
                return st;
            continue;
        }
        /* "the City of Oulu decided", "sued the City of Tshwane": a city
         * that acts, or that a verb of actors takes as object, is its
         * municipality ("in the City of London" is a place) */
        if (t->len == 4 && w[0] == 'C' && tok_is(c, j, "City") && j > sb && j + 2 < se &&
            (tok_is(c, j - 1, "the") || tok_is(c, j - 1, "The")) && tok_is(c, j + 1, "of")) {
            uint32_t e = place_end(c, j + 2, se, 0);
            if (!e || continues(c, e, se))
                continue;
            if (e == j + 3 && c->tv[j + 2].len == 6 && tok_is(c, j + 2, "London"))
                continue; /* the City of London is a district, its body a corporation */
            int acts = (e < se && verb_after(c, e) &&
                        !eg_rx_lower_word_in(c, e, place_verbs,
                                             sizeof place_verbs / sizeof place_verbs[0])) ||
                       (e + 1 < se && tok_is(c, e, ",") &&
                        (tok_is(c, e + 1, "which") || tok_is(c, e + 1, "that")));
            if (!acts && j > sb + 1 && (c->tv[j - 2].flags & EG_TOK_WORD))
                acts = eg_rx_lower_word_in(c, j - 2, actor_objects,
                                           sizeof actor_objects / sizeof actor_objects[0]);
            if (acts && other_city_form(c, j + 2, e))
                acts = 0;
            if (acts && (st = add(c, j, e, si, err)) != EG_OK)
                return st;
            continue;
        }
        /* "Câmara Municipal de Boticas", "Parquet de Marseille", "Parquet
         * général de Monaco": a Portuguese town council or a French
         * prosecutor's office named by its seat */
        if ((w[0] == 'C' && t->len == 7 && j + 3 < se && tok_is(c, j, "Câmara") &&
             tok_is(c, j + 1, "Municipal")) ||
            (w[0] == 'P' && t->len == 7 && j + 2 < se && tok_is(c, j, "Parquet"))) {
            uint32_t p = j + 1;
            if (w[0] == 'C' || tok_is(c, p, "général"))
                p++;
            if (p + 1 < se && eg_rx_is_word_in(muni_of, sizeof muni_of / sizeof muni_of[0],
                                               ttext(c, p), c->tv[p].len)) {
                uint32_t e = place_end(c, p + 1, se, w[0] == 'P');
                if (!e && w[0] == 'C')
                    e = name_after(c, p + 1, se); /* "de Boticas": any town */
                /* "a Parquet de Versailles floor": the pattern */
                if (e && w[0] == 'P' &&
                    ((j > sb && (tok_is(c, j - 1, "a") || tok_is(c, j - 1, "A"))) ||
                     (e < se && eg_rx_lower_word_in(c, e, floor_words,
                                                    sizeof floor_words / sizeof floor_words[0]))))
                    e = 0;
                if (e && !continues(c, e, se) && (st = add(c, j, e, si, err)) != EG_OK)
                    return st;
            }
            continue;
        }
        /* "Tiroler Landesregierung", "Bayerische Staatsregierung": the
         * government of a German-speaking state named by its adjective */
        if (t->len == 15 && (w[0] == 'L' || w[0] == 'S') && WORD_IN(j, state_govs)) {
            if (j > sb && is_cap_word(c, j - 1) && !continues(c, j + 1, se) &&
                !(j > sb + 1 && is_cap_word(c, j - 2) && !tok_is(c, j - 2, "The"))) {
                const char *a = ttext(c, j - 1);
                size_t al = c->tv[j - 1].len;
                if (((al > 4 && !memcmp(a + al - 2, "er", 2)) ||
                     (al > 6 && !memcmp(a + al - 5, "ische", 5))) &&
                    (st = add(c, j - 1, j + 1, si, err)) != EG_OK)
                    return st;
            }
            continue;
        }
        /* "Gemeente Rotterdam", "Ville de Paris", "Prefeitura do Rio": a
         * municipality named in its own language before a listed place */
        if (strchr("ACGIMPRSV", w[0]) && j + 1 < se &&
            !(j > sb && is_cap_word(c, j - 1) && !tok_is(c, j - 1, "The"))) {
            uint32_t p = 0;
            if (WORD_IN(j, muni_heads))
                p = j + 1;
            else if (j + 2 < se && WORD_IN(j, muni_of_heads) &&
                     eg_rx_is_word_in(muni_of, sizeof muni_of / sizeof muni_of[0], ttext(c, j + 1),
                                      c->tv[j + 1].len))
                p = j + 2;
            const eg_mention *m = p ? cover_at(c, p) : NULL;
            uint32_t e = 0;
            if (m && m->tok_begin == p && m->tok_end <= se && is_type(c, m, "location"))
                e = m->tok_end;
            else if (p && !m && eg_rx_listed_word(c, p, "location") >= 0)
                e = p + 1; /* a generated town, dropped inside the capitalised run */
            else if (p == j + 1 && w[0] == 'R' && !m)
                e = name_after(c, p, se); /* "Regione Piemonte": the region's own name */
            else if (p == j + 2 && !m && WORD_IN(j, muni_any_heads))
                e = name_after(c, p, se); /* "Municipalidad de Belén": any town */
            if (e && !continues(c, e, se)) {
                if ((st = add(c, j, e, si, err)) != EG_OK)
                    return st;
                continue;
            }
        }
        /* "Wuhan People's Procuratorate", "Hanoi People's Procuracy" */
        if (w[0] == 'P' && ((t->len == 13 && tok_is(c, j, "Procuratorate")) ||
                            (t->len == 9 && tok_is(c, j, "Procuracy")))) {
            uint32_t h = j;
            if (h > sb + 1 && (c->tv[h - 1].flags & EG_TOK_POSS) && tok_is(c, h - 2, "People"))
                h -= 2;
            uint32_t s = name_run(c, sb, h, 3);
            if (s < h && !continues(c, j + 1, se) && (st = add(c, s, j + 1, si, err)) != EG_OK)
                return st;
            continue;
        }
        /* "Beijing No. 2 Intermediate People's Court", "Guangdong Higher
         * People's Court": a Chinese court named by its seat and level */
        if (t->len == 5 && w[0] == 'C' && tok_is(c, j, "Court") && j > sb + 2 &&
            (c->tv[j - 1].flags & EG_TOK_POSS) && tok_is(c, j - 2, "People") &&
            !continues(c, j + 1, se) && !(j + 1 < se && tok_is(c, j + 1, "of"))) {
            uint32_t h = j - 2;
            if (h > sb && WORD_IN(h - 1, court_levels))
                h--;
            /* "No. 2", "No 2" */
            if (h > sb + 1 && ttext(c, h - 1)[0] >= '0' && ttext(c, h - 1)[0] <= '9') {
                uint32_t n = h - 1;
                if (n > sb + 1 && tok_is(c, n - 1, "."))
                    n--;
                if (n > sb && (tok_is(c, n - 1, "No") || tok_is(c, n - 1, "No.")))
                    h = n - 1;
            }
            uint32_t s = name_run(c, sb, h, 3);
            if (s < h && h < j - 2 && (st = add(c, s, j + 1, si, err)) != EG_OK)
                return st;
            continue;
        }
        /* "Dhaka Metropolitan Police", "Seoul Metropolitan Police Agency": a
         * city's police force named by its city */
        if (t->len == 6 && w[0] == 'P' && tok_is(c, j, "Police") && j > sb + 1 &&
            tok_is(c, j - 1, "Metropolitan")) {
            uint32_t e = j + 1;
            if (e < se && WORD_IN(e, police_tails))
                e++;
            uint32_t s = place_before(c, sb, j - 1);
            if (s == NONE) {
                s = name_run(c, sb, j - 1, 1);
                if (s == j - 1 || tok_is(c, s, "The") || WORD_IN(s, compass))
                    s = NONE;
            }
            if (s != NONE && !continues(c, e, se) &&
                !(s > sb && is_cap_word(c, s - 1) && !tok_is(c, s - 1, "The")) &&
                (st = add_join(c, s, e, si, err)) != EG_OK)
                return st;
            continue;
        }
        /* "Knesset Finance Committee", "Senate Armed Services Committee": a
         * committee of a one-word legislature keeps the chamber's name */
        if (t->len == 9 && w[0] == 'C' && tok_is(c, j, "Committee") && j > sb + 1 &&
            !continues(c, j + 1, se)) {
            uint32_t s = name_run(c, sb, j, 3);
            if (s < j && s > sb && WORD_IN(s - 1, chambers) &&
                !(s - 1 > sb && is_cap_word(c, s - 2) && !tok_is(c, s - 2, "The")) &&
                (st = add_join(c, s - 1, j + 1, si, err)) != EG_OK)
                return st;
            continue;
        }
        /* "Defensor del Pueblo", "Defensor del Pueblo de Bolivia": the
         * ombudsman's office */
        if (t->len == 8 && w[0] == 'D' && tok_is(c, j, "Defensor") && j + 2 < se &&
            tok_is(c, j + 1, "del") && tok_is(c, j + 2, "Pueblo")) {
            uint32_t e = j + 3;
            if (e + 1 < se && tok_is(c, e, "de")) {
                uint32_t pe = place_end(c, e + 1, se, 1);
                if (pe)
                    e = pe;
            }
            if (!continues(c, e, se) && (st = add(c, j, e, si, err)) != EG_OK)
                return st;
            continue;
        }
        /* "Georgia Department of Revenue", "Texas Department of
         * Transportation": a state's or province's department keeps its
         * place, over a listed federal "Department of Transportation"; a
         * country word stays a mention of its own ("U.S. Department of
         * Justice"), except "Georgia", whose departments are the U.S. state's */
        if (((t->len == 10 && w[0] == 'D' && tok_is(c, j, "Department")) ||
             (t->len == 8 && w[0] == 'M' && tok_is(c, j, "Ministry"))) &&
            j > sb && j + 2 < se && tok_is(c, j + 1, "of") && is_cap_word(c, j + 2)) {
            uint32_t s = place_before(c, sb, j);
            if (s != NONE && s + 1 < j && !covered(c, s + 1))
                s = NONE; /* no compass word: "Dhaka North Department" */
            const eg_mention *pm = cover_at(c, j - 1);
            if (s == NONE && w[0] == 'D' && c->tv[j - 1].len == 7 && tok_is(c, j - 1, "Georgia") &&
                (!pm || (pm->tok_end == j && pm->tok_begin == j - 1 && is_type(c, pm, "country"))))
                s = j - 1; /* stoplisted: not yet a mention */
            if (s == NONE || (s > sb && is_cap_word(c, s - 1) && !tok_is(c, s - 1, "The")))
                continue;
            /* the department's own name: capitalised words, "and", "&" and
             * commas between them, as far as a listed body reaches */
            uint32_t e = j + 2, last = j + 2;
            while (e < se && e < j + 12) {
                if (name_word(c, e) || (covered(c, e) && is_cap_word(c, e))) {
                    last = ++e;
                    continue;
                }
                if ((tok_is(c, e, "and") || tok_is(c, e, "&") || tok_is(c, e, ",")) && e + 1 < se &&
                    name_word(c, e + 1)) {
                    e++;
                    continue;
                }
                break;
            }
            e = last;
            const eg_mention *dm = cover_at(c, j);
            if (dm && dm->tok_begin == j && dm->tok_end > e)
                e = dm->tok_end;
            if (e > j + 2 && !continues(c, e, se) && (st = add_join(c, s, e, si, err)) != EG_OK)
                return st;
            continue;
        }
        /* "Loudoun County Board of Supervisors": a U.S. county's governing
         * board */
        if (t->len == 5 && w[0] == 'B' && tok_is(c, j, "Board") && j > sb + 1 && j + 2 < se &&
            tok_is(c, j - 1, "County") && tok_is(c, j + 1, "of") &&
            (tok_is(c, j + 2, "Supervisors") || tok_is(c, j + 2, "Commissioners"))) {
            uint32_t s = name_run(c, sb, j - 1, 2);
            if (s == j - 1) {
                const eg_mention *lm = cover_at(c, j - 1); /* "Loudoun County" found as a place */
                if (lm && lm->tok_end == j && lm->tok_begin < j - 1 && lm->tok_begin >= sb &&
                    is_type(c, lm, "location"))
                    s = lm->tok_begin;
            }
            if (s < j - 1 && !tok_is(c, s, "The") && !continues(c, j + 3, se) &&
                (st = add_join(c, s, j + 3, si, err)) != EG_OK)
                return st;
            continue;
        }
        /* "Korps Politie Sint Maarten": a Dutch-speaking police force named
         * by its country */
        if (t->len == 5 && w[0] == 'K' && tok_is(c, j, "Korps") && j + 2 < se &&
            tok_is(c, j + 1, "Politie")) {
            uint32_t e = place_end(c, j + 2, se, 1);
            if (e && !continues(c, e, se) && (st = add(c, j, e, si, err)) != EG_OK)
                return st;
            continue;
        }
        /* "Københavns Politi", "Nordjyllands Politi": a Danish police district */
        if (t->len == 6 && tok_is(c, j, "Politi") && j > sb && is_cap_word(c, j - 1) &&
            c->tv[j - 1].len > 3 && ttext(c, j - 1)[c->tv[j - 1].len - 1] == 's' &&
            !continues(c, j + 1, se)) {
            uint32_t s = j - 1;
            /* "Midt- og Vestjyllands Politi" */
            if (s > sb + 2 && tok_is(c, s - 1, "og") && is_hyphen(c, s - 2) && attached(c, s - 2) &&
                is_cap_word(c, s - 3))
                s -= 3;
            if ((st = add(c, s, j + 1, si, err)) != EG_OK)
                return st;
            continue;
        }
        /* "Nineveh Provincial Council", "Highland Council", "Nairobi City County" */
        if ((t->len == 7 && tok_is(c, j, "Council")) || (t->len == 6 && tok_is(c, j, "County"))) {
            int county = t->len == 6;
            if (continues(c, j + 1, se) || j == sb)
                continue;
            if (county && !tok_is(c, j - 1, "City"))
                continue;
            uint32_t h = j;
            if (WORD_IN(j - 1, council_kinds) && j - 1 > sb)
                h = j - 1;
            uint32_t s = name_run(c, sb, h, 3);
            int over = 0;
            if (s == h && h < j && h > sb) {
                /* "Bristol City Council" over the listed club "Bristol City":
                 * a listed name made of a listed place and the council's kind */
                const eg_mention *om = cover_at(c, h - 1);
                if (om && om->tok_end == j && om->tok_begin == h - 1 &&
                    is_type(c, om, "organisation") &&
                    eg_rx_listed_word(c, h - 1, "location") >= 0) {
                    s = h - 1;
                    over = 1;
                }
            }
            if (s == h)
                continue;
            if (over) {
                if ((st = add_join(c, s, j + 1, si, err)) != EG_OK)
                    return st;
                continue;
            }
            if (h == j) {
                /* bare "<Place> Council": the place must be one listed location */
                const eg_mention *m = cover_at(c, j - 1);
                if (m ? !is_type(c, m, "location") || m->tok_begin != s
                      : s != j - 1 || eg_rx_listed_word(c, j - 1, "location") < 0)
                    continue;
            }
            if ((st = add(c, s, j + 1, si, err)) != EG_OK)
                return st;
            continue;
        }
        /* "Busan Metropolitan City", "Jeju Special Self-Governing Province",
         * "Dhaka North City Corporation", "Pune Municipal Corporation": a
         * city's or province's own government named by its place */
        if ((t->len == 4 && tok_is(c, j, "City")) || (t->len == 8 && tok_is(c, j, "Province")) ||
            (t->len == 11 && tok_is(c, j, "Corporation"))) {
            if (j < sb + 2 || continues(c, j + 1, se))
                continue;
            uint32_t h = NONE;
            if (w[0] == 'C' && t->len == 4) {
                if (tok_is(c, j - 1, "Metropolitan"))
                    h = j - 1;
            } else if (w[0] == 'C') {
                if (tok_is(c, j - 1, "City") || tok_is(c, j - 1, "Municipal"))
                    h = j - 1;
            }
            if (h == NONE && t->len != 11) {
                /* "Special Self-Governing Province|City" */
                if (j >= sb + 4 && tok_is(c, j - 1, "Governing") && is_hyphen(c, j - 2) &&
                    tok_is(c, j - 3, "Self") && tok_is(c, j - 4, "Special"))
                    h = j - 4;
            }
            if (h == NONE || h <= sb)
                continue;
            uint32_t s = place_before(c, sb, h);
            if (s == NONE && tok_is(c, h, "Municipal")) {
                s = name_run(c, sb, h, 3);
                if (s == h)
                    s = NONE;
            }
            if (s != NONE && (st = add(c, s, j + 1, si, err)) != EG_OK)
                return st;
            continue;
        }
        /* "Gulshan Police Station", "Ashanti Regional Police Command",
         * "Basra Operations Command" */
        if ((t->len == 7 && (tok_is(c, j, "Station") || tok_is(c, j, "Command"))) ||
            (t->len == 8 && (tok_is(c, j, "Regiment") || tok_is(c, j, "District")))) {
            if (continues(c, j + 1, se) || j == sb)
                continue;
            uint32_t h;
            if (w[0] == 'S' || w[0] == 'D') {
                /* "Manila Police District" */
                if (!tok_is(c, j - 1, "Police"))
                    continue;
                h = j - 1;
            } else if (w[0] == 'C') {
                h = j - 1;
                if (tok_is(c, h, "Police")) {
                    if (h > sb && WORD_IN(h - 1, council_kinds))
                        h--;
                } else if (!WORD_IN(h, command_kinds))
                    continue;
            } else
                h = j;
            uint32_t s = name_run(c, sb, h, 3);
            if (s == h && w[0] == 'R' && h > sb && ordinal(c, h - 1))
                s = h - 1; /* "5th Regiment" */
            if (s == h || tok_is(c, s, "High") || tok_is(c, s, "Supreme"))
                continue;
            if ((st = add(c, s, j + 1, si, err)) != EG_OK)
                return st;
            continue;
        }
        /* "Haikou Customs", "Dubai Customs": a city's customs office */
        if (t->len == 7 && w[0] == 'C' && tok_is(c, j, "Customs") && j > sb &&
            !continues(c, j + 1, se)) {
            uint32_t s = place_before(c, sb, j);
            if (s != NONE && s + 1 < j && !covered(c, s + 1))
                s = NONE; /* a compass word: "Dhaka North Customs" is no office */
            if (s != NONE && !(s > sb && is_cap_word(c, s - 1) && !tok_is(c, s - 1, "The")) &&
                (st = add(c, s, j + 1, si, err)) != EG_OK)
                return st;
            continue;
        }
        /* "Brigade North" */
        if (t->len == 7 && tok_is(c, j, "Brigade") && j + 1 < se && WORD_IN(j + 1, compass) &&
            !continues(c, j + 2, se) && !(j > sb && is_cap_word(c, j - 1)) &&
            (st = add(c, j, j + 2, si, err)) != EG_OK)
            return st;
    }
    return EG_OK;
}

/* ---------------------------------------------------------------- second round */

/* The listed agency "<nm> of <country>", "<nm> of the <country>",
 * "<country> <nm>" or "<nm> (<country>)", or -1. */
static long listed_body(ctx *c, const char *nm, const char *cn) {
    for (int form = 0; form < 4; form++) {
        eg_strbuf *b = &c->s->name;
        eg_strbuf_clear(b);
        int bad;
        if (form == 0 || form == 1)
            bad = eg_strbuf_puts(b, nm) || eg_strbuf_puts(b, form ? " of the " : " of ") ||
                  eg_strbuf_puts(b, cn);
        else if (form == 2)
            bad = eg_strbuf_puts(b, cn) || eg_strbuf_putc(b, ' ') || eg_strbuf_puts(b, nm);
        else
            bad = eg_strbuf_puts(b, nm) || eg_strbuf_puts(b, " (") || eg_strbuf_puts(b, cn) ||
                  eg_strbuf_putc(b, ')');
        if (bad)
            return -1;
        long g = eg_gazetteer_find(c->g, b->data);
        if (g >= 0 && strcmp(eg_gazetteer_type(c->g, (size_t)g), "agency") == 0)
            return g;
    }
    return -1;
}

/* The gazetteer scan behind sole_legislature. */
static long scan_legislature(const ctx *c, uint32_t cg) {
    const char *iso = eg_gazetteer_key(c->g, cg);
    long found = -1;
    for (size_t i = 0, n = eg_gazetteer_count(c->g); i < n; i++) {
        const char *cat = eg_gazetteer_category(c->g, i), *own;
        if (!cat || cat[0] != 'l' || strcmp(cat, "legislature") != 0 ||
            !(own = eg_gazetteer_attr(c->g, i, "country")) || strcmp(own, iso) != 0 ||
            strcmp(eg_gazetteer_type(c->g, i), "agency") != 0)
            continue;
        if (found >= 0)
            return -1;
        found = (long)i;
    }
    return found;
}

/* The one listed legislature of the country at gazetteer index cg (a
 * unicameral state's: "Legislative Assembly of Samoa", listed as "Samoan
 * Parliament"), or -1 when it lists none or several (two chambers). */
static long sole_legislature(const ctx *c, uint32_t cg) {
    eg_rulescratch *s = c->s;
    if (s->leg_serial != eg_gazetteer_serial(c->g)) {
        s->leg_serial = eg_gazetteer_serial(c->g); /* another gazetteer */
        s->leg_n = 0;
    }
    for (uint32_t k = 0; k < s->leg_n; k++)
        if (s->leg_country[k] == cg)
            return s->leg_body[k];
    long found = scan_legislature(c, cg);
    uint32_t k = s->leg_n < 16 ? s->leg_n++ : cg % 16;
    s->leg_country[k] = cg;
    s->leg_body[k] = found;
    return found;
}

/* Does the story name the United States, or a listed US body? */
static int names_us(const ctx *c) {
    const eg_doc *doc = c->doc;
    for (uint32_t e = 0; e < doc->ents.n; e++) {
        int32_t g = doc->ents.v[e].gaz;
        if (!doc->ents.v[e].mentions || g < 0)
            continue;
        const char *t = eg_gazetteer_type(c->g, (size_t)g), *own;
        if (strcmp(t, "country") == 0 ? strcmp(eg_gazetteer_key(c->g, (size_t)g), "USA") == 0
                                      : strcmp(t, "agency") == 0 &&
                                            (own = eg_gazetteer_attr(c->g, (size_t)g, "country")) &&
                                            strcmp(own, "USA") == 0)
            return 1;
    }
    return 0;
}

/* Lower-case words after "Cabinet" that make it a word of a title or a
 * noun phrase ("Cabinet chairman", "Cabinet members"), not the body. */
static const char *const cabinet_nouns[] = {
    "chair",    "chairman",  "colleague",    "colleagues", "decision", "decisions", "level",
    "meeting",  "meetings",  "member",       "members",    "minister", "ministers", "papers",
    "post",     "posts",     "rank",         "reshuffle",  "seat",     "seats",     "secretary",
    "shake-up", "spokesman", "spokesperson", "spokeswoman"};

/* The body a bare legislature or executive word names: "Senate",
 * "Congress", "House", "Cabinet", "Federal Senate", "National Congress"
 * at token j. Returns the number of tokens (0 if none) and the name to
 * look up in *nm. */
static uint32_t bare_body(const ctx *c, uint32_t j, uint32_t se, const char **nm) {
    const eg_token *t = &c->tv[j];
    const char *w = ttext(c, j);
    switch (w[0]) {
    case 'S':
        *nm = "Senate";
        return t->len == 6 && tok_is(c, j, "Senate");
    case 'C':
        if (t->len == 8 && tok_is(c, j, "Congress")) {
            *nm = "Congress";
            return 1;
        }
        *nm = "Cabinet";
        return t->len == 7 && tok_is(c, j, "Cabinet");
    case 'H':
        *nm = "House of Representatives";
        return t->len == 5 && tok_is(c, j, "House");
    case 'F':
        *nm = "Federal Senate";
        return t->len == 7 && j + 1 < se && tok_is(c, j, "Federal") && tok_is(c, j + 1, "Senate")
                   ? 2
                   : 0;
    case 'N':
        *nm = "National Congress";
        return t->len == 8 && j + 1 < se && tok_is(c, j, "National") && tok_is(c, j + 1, "Congress")
                   ? 2
                   : 0;
    }
    return 0;
}

/* Is the bare word(s) [j, e) written alone: not a word of a longer name
 * ("White House", "Senate Banking Committee", "House of Cards", "Congress
 * for Democratic Change"), of a title ("Cabinet chairman") or of "shadow
 * Cabinet"? */
static int alone(const ctx *c, uint32_t sb, uint32_t j, uint32_t e, uint32_t se, const char *nm) {
    static const char *const before[] = {"kitchen", "shadow"};
    if (j > sb) {
        uint32_t p = j - 1;
        if (tok_is(c, p, "of") || tok_is(c, p, "for") || (c->tv[p].flags & EG_TOK_POSS) ||
            WORD_IN_LIST(before, ttext(c, p), c->tv[p].len))
            return 0;
        if (is_cap_word(c, p) && !tok_is(c, p, "The") && !tok_is(c, p, "A"))
            return 0;
        if (nm[0] == 'H' && !tok_is(c, p, "the") && !tok_is(c, p, "The") && !tok_is(c, p, "a") &&
            !tok_is(c, p, "A"))
            return 0; /* "the House", "a House committee" */
    } else if (nm[0] == 'H' || nm[0] == 'N') {
        return 0;
    }
    if (e >= se)
        return 1;
    if (is_cap_word(c, e) || tok_is(c, e, "of") || tok_is(c, e, "for") ||
        (is_hyphen(c, e) && attached(c, e)))
        return 0;
    if (nm[0] == 'C' && nm[1] == 'a' &&
        eg_rx_lower_word_in(c, e, cabinet_nouns, sizeof cabinet_nouns / sizeof cabinet_nouns[0]))
        return 0;
    return 1;
}

/* Second round: bare legislature and executive words. */
static eg_status bare_chambers(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t j,
                               uint32_t *home, eg_error *err) {
    const char *nm;
    uint32_t n = bare_body(c, j, se, &nm);
    if (!n || !alone(c, sb, j, j + n, se, nm))
        return EG_OK;
    const eg_mention *m = cover_at(c, j);
    eg_doc *doc = c->doc;
    if (m) {
        /* "Senate", "Congress": the list gives the US bodies these words */
        if (n != 1 || m->tok_begin != j || m->tok_end != j + 1 ||
            m->origin != EG_ORIGIN_GAZETTEER || doc->ents.v[m->ent].gaz < 0)
            return EG_OK;
        const char *en = eg_rx_ent_name(c, m->ent);
        if (strcmp(en, "United States Senate") != 0 && strcmp(en, "United States Congress") != 0)
            return EG_OK;
    } else if (n == 2 && covered(c, j + 1)) {
        return EG_OK;
    }
    if (home[0] == NONE - 1)
        home[0] = eg_rx_article_country(c);
    if (nm[0] == 'H' && home[2] == NONE - 1) {
        /* bit 1: the story writes "House of <Name>" ("House of Cards") outside
         * a listed name, which the body would spread to; bit 0: it names the US */
        home[2] = 0;
        for (uint32_t k = 0; k + 2 < c->ntok && !home[2]; k++)
            if (c->tv[k].len == 5 && tok_is(c, k, "House") && !covered(c, k) &&
                tok_is(c, k + 1, "of") && is_cap_word(c, k + 2))
                home[2] = 2;
        if (!home[2])
            home[2] = (uint32_t)names_us(c);
    }
    if (nm[0] == 'H' && (home[2] & 2))
        return EG_OK;
    long g = -1;
    const char *us = NULL;
    if (home[0] != NONE && strcmp(eg_gazetteer_name(c->g, home[0]), "United States") != 0)
        g = listed_body(c, nm, eg_gazetteer_name(c->g, home[0]));
    else if (!m && nm[0] == 'H' && home[2] == 1)
        us =
            "United States House of Representatives"; /* "the House" in a story about US politics */
    if (us)
        g = eg_gazetteer_find(c->g, us);
    if (g < 0) {
        if (m || nm[0] != 'C' || nm[1] != 'a')
            return EG_OK;
        /* "Cabinet on Wednesday appointed", unless the story also writes
         * "Cabinet members" or "shadow Cabinet", which the body would spread to */
        if (home[3] == NONE - 1) {
            home[3] = 0;
            for (uint32_t k = 0; k < c->ntok && !home[3]; k++) {
                if (k == j || c->tv[k].len != 7 || ttext(c, k)[0] != 'C' ||
                    !tok_is(c, k, "Cabinet"))
                    continue;
                const eg_sentence *sn = &doc->sents.v[0];
                uint32_t ks = 0, kend = c->ntok;
                for (uint32_t q = 0; q < doc->sents.n; q++) {
                    sn = &doc->sents.v[q];
                    if (sn->tok_begin <= k && k < sn->tok_end) {
                        ks = sn->tok_begin;
                        kend = sn->tok_end;
                        break;
                    }
                }
                home[3] = !alone(c, ks, k, k + 1, kend, nm) &&
                          !(k + 1 < kend && is_cap_word(c, k + 1)) &&
                          !(k > ks && is_cap_word(c, k - 1) && !tok_is(c, k - 1, "The"));
            }
        }
        return home[3] ? EG_OK : add(c, j, j + 1, si, err);
    }
    long de = eg_doc_gazent(doc, (int32_t)g);
    if (de < 0)
        return eg_rx_oom(doc->origin, 0, err);
    if (m) {
        eg_mention *mm = &doc->ments.v[c->s->cover.v[j]];
        if (doc->ents.v[mm->ent].mentions)
            doc->ents.v[mm->ent].mentions--;
        doc->ents.v[de].mentions++;
        mm->ent = (uint32_t)de;
        mm->origin = EG_ORIGIN_SHORT;
        return EG_OK;
    }
    return eg_rx_add_cand(c, j, j + n, si, K_KNOWN, "agency", (int32_t)de, EG_ORIGIN_SHORT, err);
}

eg_status eg_rx_rule_gov_bare(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t *home,
                              eg_error *err) {
    for (uint32_t j = sb; j < se; j++) {
        const eg_token *t = &c->tv[j];
        if (t->len < 5 || t->len > 10 || !(t->flags & EG_TOK_CAP))
            continue;
        if (t->len != 10 || ttext(c, j)[0] != 'P') {
            eg_status st = bare_chambers(c, si, sb, se, j, home, err);
            if (st != EG_OK)
                return st;
            continue;
        }
        if (!tok_is(c, j, "Parliament") || covered(c, j))
            continue;
        /* "member of Parliament", "Houses of Parliament", "Kenyan Parliament",
         * "Parliament Square", "Parliament of ..." */
        if (j > sb && (tok_is(c, j - 1, "of") || is_cap_word(c, j - 1) || covered(c, j - 1)))
            continue;
        if (j + 1 < se && (is_cap_word(c, j + 1) || tok_is(c, j + 1, "of")))
            continue;
        if (home[0] == NONE - 1)
            home[0] = eg_rx_article_country(c);
        if (home[1] == NONE - 1) {
            /* a story that also writes "member of Parliament" would spread
             * the body to that phrase too: leave it alone */
            home[1] = 0;
            for (uint32_t k = 1; k < c->ntok && !home[1]; k++)
                if (c->tv[k].len == 10 && tok_is(c, k, "Parliament") && tok_is(c, k - 1, "of"))
                    home[1] = 1;
        }
        if (home[0] == NONE || home[1])
            continue;
        long g = listed_body(c, "Parliament", eg_gazetteer_name(c->g, home[0]));
        if (g < 0)
            g = sole_legislature(c, home[0]);
        if (g < 0)
            continue;
        long de = eg_doc_gazent(c->doc, (int32_t)g);
        if (de < 0)
            return eg_rx_oom(c->doc->origin, 0, err);
        eg_status st =
            eg_rx_add_cand(c, j, j + 1, si, K_KNOWN, "agency", (int32_t)de, EG_ORIGIN_SHORT, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* ---------------------------------------------------------------- short forms */

/* Does token j read as a finite verb after a subject ("has", "said",
 * "hired", "offers")? Lower-case words only; "is" and "was" describe the
 * place, not the body. */
static int verb_after(const ctx *c, uint32_t j) {
    static const char *const aux[] = {"can",  "could", "had",  "has",    "have", "may",
                                      "must", "said",  "says", "should", "will", "would"};
    const eg_token *t = &c->tv[j];
    const char *w = ttext(c, j);
    if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP) || t->len < 3)
        return 0;
    if (WORD_IN_LIST(aux, w, t->len))
        return 1;
    if (eg_rx_tok_class(c, j) & W_FUNC)
        return 0;
    return (t->len > 4 && !memcmp(w + t->len - 2, "ed", 2)) ||
           (t->len > 4 && w[t->len - 1] == 's' && w[t->len - 2] != 's');
}

void eg_rx_rule_gov_short(ctx *c) {
    eg_doc *doc = c->doc;
    for (uint32_t e = 0; e < doc->ents.n; e++) {
        const eg_docent *d = &doc->ents.v[e];
        if (d->gaz >= 0 || !d->mentions || strcmp(eg_rx_ent_type(c, e), "agency") != 0)
            continue;
        const char *nm = eg_rx_ent_name(c, e);
        const char *of = strstr(nm, " of ");
        if (!of || nm[0] < 'C' || nm[0] > 'P')
            continue;
        size_t hn = (size_t)(of - nm);
        int head = 0;
        for (size_t k = 0; k < sizeof of_heads / sizeof of_heads[0] && !head; k++)
            head = strlen(of_heads[k]) == hn && !memcmp(of_heads[k], nm, hn);
        if (!head)
            continue;
        const char *place = of + 4;
        for (size_t i = 0; i < doc->ments.n; i++) {
            eg_mention *m = &doc->ments.v[i];
            if (m->origin != EG_ORIGIN_GAZETTEER || m->tok_end >= c->ntok ||
                strcmp(eg_rx_ent_type(c, m->ent), "location") != 0)
                continue;
            const eg_sentence *sn = &doc->sents.v[m->sentence];
            if (m->tok_begin != sn->tok_begin || (sn->flags & EG_SENT_BOILER) ||
                !verb_after(c, m->tok_end))
                continue;
            const eg_token *a = &c->tv[m->tok_begin], *z = &c->tv[m->tok_end - 1];
            size_t n = z->start + z->len - a->start;
            if (strlen(place) != n || memcmp(place, c->text + a->start, n) != 0)
                continue;
            if (doc->ents.v[m->ent].mentions)
                doc->ents.v[m->ent].mentions--;
            doc->ents.v[e].mentions++;
            m->ent = e;
            m->origin = EG_ORIGIN_SHORT;
        }
    }
}

/* A one-word listed body followed by "for" and a capitalised word is the
 * first word of a longer name ("Congress for Democratic Change", "Senate for
 * Youth Affairs"), not the body: its mention is dropped before the rules
 * run, so that they can read the whole name. */
int eg_rx_gov_name_word(const ctx *c, const eg_mention *m) {
    uint32_t e = m->tok_end;
    if (m->origin != EG_ORIGIN_GAZETTEER || e != m->tok_begin + 1 || e + 1 >= c->ntok ||
        c->tv[e].len != 3 || !tok_is(c, e, "for") || !is_cap_word(c, e + 1) ||
        !is_cap_word(c, m->tok_begin))
        return 0;
    const eg_sentence *sn = &c->doc->sents.v[m->sentence];
    return e + 1 < sn->tok_end && strcmp(eg_rx_ent_type(c, m->ent), "agency") == 0;
}
