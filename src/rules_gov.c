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
 *     Regional Command", "<Name> Regiment", "Brigade North" ("Gulshan Police
 *     Station", "Basra Operations Command", "Gotland Regiment").
 * Between the rounds (eg_rx_rule_gov_short): once the story has named "the
 * Province of Gelderland", a bare "Gelderland" that opens a sentence as the
 * subject of a verb ("Gelderland has also hired ...") is that body.
 * Second round (eg_rx_rule_gov_bare): a bare "Parliament" in a story about
 * one country is that country's listed parliament ("tabled in Parliament" in
 * a story about Uganda is the Parliament of Uganda), unless the story also
 * writes "of Parliament" ("member of Parliament").
 *
 * Every check starts from one token's first byte and length, so the rules
 * cost one compare per token on most sentences. */
#include "rules_ctx.h"

#include <string.h>

#include "tokenize.h"

/* Words after a place that make "<Place> ... Council" a local government. */
static const char *const council_kinds[] = {
    "Borough", "City",   "County",       "District", "Metropolitan", "Municipal",
    "Prefectural", "Provincial", "Regional", "Shire",    "Town"};

/* Words before "Command" that make it a military or police command. */
static const char *const command_kinds[] = {"Air",      "Joint",    "Military", "Naval",
                                            "Operations", "Regional", "Theater",  "Theatre"};

/* Heads of "the <Head> of <Place>" local governments. */
static const char *const of_heads[] = {"Canton", "Governorate", "Municipality", "Prefecture",
                                       "Province"};

static const char *const compass[] = {"Central", "East", "Eastern", "North", "Northern",
                                      "South",   "Southern", "West",  "Western"};

static int word_in(const ctx *c, uint32_t j, const char *const *list, size_t n) {
    return (c->tv[j].flags & EG_TOK_WORD) && eg_rx_is_word_in(list, n, ttext(c, j), c->tv[j].len);
}
#define WORD_IN(j, list) word_in(c, j, list, sizeof list / sizeof list[0])

/* A capitalised content word that may be part of a body's name. */
static int name_word(const ctx *c, uint32_t j) {
    return is_cap_word(c, j) && !(eg_rx_word_class(ttext(c, j), c->tv[j].len) & W_FUNC) &&
           !(c->tv[j].flags & EG_TOK_ALLCAPS && c->tv[j].len > 5);
}

/* Is token j a number word such as "45th" or "3rd"? */
static int ordinal(const ctx *c, uint32_t j) {
    const char *t = ttext(c, j);
    size_t n = c->tv[j].len;
    if (n < 3 || t[0] < '0' || t[0] > '9')
        return 0;
    const char *s = t + n - 2;
    return !memcmp(s, "th", 2) || !memcmp(s, "st", 2) || !memcmp(s, "nd", 2) ||
           !memcmp(s, "rd", 2);
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

/* A span the rule should not propose: it is followed by a capitalised word
 * (part of a longer name) or starts a sentence with an ordinary word. */
static int continues(const ctx *c, uint32_t e, uint32_t se) {
    return e < se && is_cap_word(c, e) && !(c->tv[e].flags & EG_TOK_POSS);
}

static eg_status add(ctx *c, uint32_t tb, uint32_t te, uint32_t si, eg_error *err) {
    return eg_rx_add_cand(c, tb, te, si, K_ORG, "agency", -1, EG_ORIGIN_RULE, err);
}

eg_status eg_rx_rule_gov(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    eg_status st;
    for (uint32_t j = sb; j < se; j++) {
        const eg_token *t = &c->tv[j];
        if (!(t->flags & EG_TOK_WORD) || !(t->flags & EG_TOK_CAP) || t->len < 4)
            continue;
        const char *w = ttext(c, j);
        /* "the Province of Gelderland" */
        if (j > sb && j + 2 < se && (tok_is(c, j - 1, "the") || tok_is(c, j - 1, "The")) &&
            tok_is(c, j + 1, "of") &&
            WORD_IN(j, of_heads)) {
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
                (st = add(c, j, e, si, err)) != EG_OK)
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
            if (s == h)
                continue;
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
        /* "Gulshan Police Station", "Ashanti Regional Police Command",
         * "Basra Operations Command" */
        if ((t->len == 7 && (tok_is(c, j, "Station") || tok_is(c, j, "Command"))) ||
            (t->len == 8 && tok_is(c, j, "Regiment"))) {
            if (continues(c, j + 1, se) || j == sb)
                continue;
            uint32_t h;
            if (w[0] == 'S') {
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
        /* "Brigade North" */
        if (t->len == 7 && tok_is(c, j, "Brigade") && j + 1 < se && WORD_IN(j + 1, compass) &&
            !continues(c, j + 2, se) && !(j > sb && is_cap_word(c, j - 1)) &&
            (st = add(c, j, j + 2, si, err)) != EG_OK)
            return st;
    }
    return EG_OK;
}

/* ---------------------------------------------------------------- second round */

/* The country the article names most often by name (not by demonym), more
 * often than any other, or NONE. */
static uint32_t home_country(const ctx *c) {
    const eg_doc *doc = c->doc;
    uint32_t best = NONE, most = 0;
    int tie = 0;
    for (uint32_t e = 0; e < doc->ents.n; e++) {
        if (!doc->ents.v[e].mentions || doc->ents.v[e].gaz < 0 ||
            strcmp(eg_rx_ent_type(c, e), "country") != 0)
            continue;
        uint32_t n = 0;
        for (size_t i = 0; i < doc->ments.n; i++)
            n += doc->ments.v[i].ent == e && doc->ments.v[i].origin == EG_ORIGIN_GAZETTEER;
        if (n == 0 || n < most)
            continue;
        tie = n == most;
        most = n;
        best = e;
    }
    return tie ? NONE : best;
}

/* The listed agency "<nm> of <country>" or "<country> <nm>", or -1. */
static long listed_body(ctx *c, const char *nm, const char *cn) {
    for (int form = 0; form < 2; form++) {
        eg_strbuf *b = &c->s->name;
        eg_strbuf_clear(b);
        if (form == 0 && (eg_strbuf_puts(b, nm) || eg_strbuf_puts(b, " of ") ||
                          eg_strbuf_puts(b, cn)))
            return -1;
        if (form == 1 &&
            (eg_strbuf_puts(b, cn) || eg_strbuf_putc(b, ' ') || eg_strbuf_puts(b, nm)))
            return -1;
        long g = eg_gazetteer_find(c->g, b->data);
        if (g >= 0 && strcmp(eg_gazetteer_type(c->g, (size_t)g), "agency") == 0)
            return g;
    }
    return -1;
}

eg_status eg_rx_rule_gov_bare(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t *home,
                              eg_error *err) {
    for (uint32_t j = sb; j < se; j++) {
        const eg_token *t = &c->tv[j];
        if (t->len != 10 || ttext(c, j)[0] != 'P' || !tok_is(c, j, "Parliament") || covered(c, j))
            continue;
        /* "member of Parliament", "Houses of Parliament", "Kenyan Parliament",
         * "Parliament Square", "Parliament of ..." */
        if (j > sb && (tok_is(c, j - 1, "of") || is_cap_word(c, j - 1) || covered(c, j - 1)))
            continue;
        if (j + 1 < se && (is_cap_word(c, j + 1) || tok_is(c, j + 1, "of")))
            continue;
        if (*home == NONE - 1) {
            *home = home_country(c);
            /* a story that also writes "member of Parliament" would spread
             * the body to that phrase too: leave it alone */
            for (uint32_t k = 1; k < c->ntok && *home != NONE; k++)
                if (c->tv[k].len == 10 && tok_is(c, k, "Parliament") && tok_is(c, k - 1, "of"))
                    *home = NONE;
        }
        if (*home == NONE)
            return EG_OK;
        long g = listed_body(c, "Parliament", eg_rx_ent_name(c, *home));
        if (g < 0)
            return EG_OK;
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
    static const char *const aux[] = {"can", "could", "had", "has", "have", "may", "must",
                                      "said", "says", "should", "will", "would"};
    const eg_token *t = &c->tv[j];
    const char *w = ttext(c, j);
    if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP) || t->len < 3)
        return 0;
    if (IS_WORD_IN(aux, w, t->len))
        return 1;
    if (eg_rx_word_class(w, t->len) & W_FUNC)
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
