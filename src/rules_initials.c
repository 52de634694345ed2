/* rules_initials: a body's name written in sentence case, found by the
 * acronym in brackets right after it. Many languages capitalise only the
 * first word of a body's name ("Slovenski državni gozdovi (SiDG)", "Valsts
 * drošības dienests (VDD)", "Banque africaine de développement (BAD)",
 * "Nuklearna elektrarna Krško (NEK)"), so no capitalised run covers it and
 * the name is cut after its first word or missed. When the capitals of the
 * acronym are exactly the initials of the words before the bracket, read
 * back from it (each capitalised word and each lower-case word giving its
 * initial; joining words such as "de", "la", "of" may give theirs or not),
 * the words from the first one are a body's name. At least one lower-case
 * word other than a joining word must give its initial, or the acronym be
 * all capitals and the name not open with a listed given name (a name in
 * title case: "Kisan Haqooq Tehreek (KHT)"); the name must open with a
 * capitalised word that no capitalised word precedes, and no demonym or
 * country opens it ("Polish army (PA)" stays a demonym and a noun). A
 * listed body the acronym names is the name's entity ("(VDD)" for the
 * State Security Service of Latvia); otherwise the name is a new
 * organisation, or an agency when a designator inside it says so. */
#include "rules_ctx.h"
#include "utf8.h"

#include <string.h>

enum { MAX_CAPS = 10, MAX_WORDS = 12 };

/* Lower-case words that join a name's words and may stay out of its
 * acronym ("Vereinigung der kommunalen Arbeitgeberverbände (VKA)",
 * "Urząd Ochrony Konkurencji i Konsumentów (UOKiK)"). Sorted. */
static const char *const joining[] = {
    "a",     "al",   "and", "au",  "aux",  "da",  "das", "de",  "degli", "dei", "del", "della",
    "delle", "den",  "der", "des", "di",   "die", "do",  "dos", "du",    "e",   "el",  "en",
    "et",    "for",  "het", "i",   "in",   "la",  "las", "le",  "les",   "lo",  "los", "na",
    "ng",    "och",  "of",  "og",  "para", "pe",  "per", "por", "pour",  "the", "und", "van",
    "von",   "voor", "w",   "wa",  "y",    "ya",  "z",   "za",  "și"};

/* Initial of token j, lower-cased, and in *cap whether it is a capital; 0
 * if the token opens with no letter. An elided "d’" or "l’" gives the
 * letter after its apostrophe ("d’Intervention", "l’aviazione"). */
static uint32_t word_initial(const ctx *c, uint32_t j, int *cap) {
    const unsigned char *s = (const unsigned char *)ttext(c, j);
    size_t len = c->tv[j].len, i = 0;
    uint32_t cp = 0;
    size_t k = eg_utf8_decode(s, len, &cp);
    if (!k || !eg_utf8_is_letter(cp))
        return 0;
    uint32_t low = eg_utf8_lower(cp);
    if (k == 1 && (low == 'd' || low == 'l') &&
        (s[1] == '\'' || (len > 4 && memcmp(s + 1, "\xE2\x80\x99", 3) == 0))) {
        i = k + (s[k] == '\'' ? 1 : 3);
        uint32_t next = 0;
        if (i < len && eg_utf8_decode(s + i, len - i, &next) && eg_utf8_is_letter(next))
            cp = next;
    }
    *cap = eg_utf8_is_upper(cp);
    return eg_utf8_lower(cp);
}

/* The capitals of the acronym at token a, lower-cased, into caps: a word of
 * 2 to 12 bytes that opens with a capital and holds two capitals or more
 * and nothing but letters ("VDD", "SiDG", "HŠ"). Their number, 0 if token a
 * is no such acronym. */
static size_t acronym_caps(const ctx *c, uint32_t a, uint32_t *caps) {
    const eg_token *t = &c->tv[a];
    if (!(t->flags & EG_TOK_WORD) || !(t->flags & EG_TOK_CAP) ||
        (t->flags & (EG_TOK_POSS | EG_TOK_DOTTED)) || t->len < 2 || t->len > 12)
        return 0;
    const unsigned char *s = (const unsigned char *)ttext(c, a);
    size_t n = 0;
    for (size_t i = 0; i < t->len;) {
        uint32_t cp = 0;
        size_t k = eg_utf8_decode(s + i, t->len - i, &cp);
        if (!k || !eg_utf8_is_letter(cp))
            return 0;
        if (eg_utf8_is_upper(cp)) {
            if (n == MAX_CAPS)
                return 0;
            caps[n++] = eg_utf8_lower(cp);
        }
        i += k;
    }
    return n >= 2 && !eg_rules_stopword(ttext(c, a), t->len) ? n : 0;
}

/* Matches caps[0, n) against the words that end before token k + 1, read
 * backwards from k down to sb; `plain` counts the lower-case non-joining
 * words that gave their initial, and one must unless `titled` (a name in
 * title case will do). The first token of the name, or NONE. */
static uint32_t spell_back(const ctx *c, uint32_t k, uint32_t sb, const uint32_t *caps, size_t n,
                           unsigned plain, unsigned words, int titled) {
    for (;;) {
        if (k < sb || words > MAX_WORDS)
            return NONE;
        const eg_token *t = &c->tv[k];
        if (is_hyphen(c, k) && k > sb && attached(c, k) && k + 1 < c->ntok && attached(c, k + 1)) {
            k--; /* "Pôle anti-corruption (PAC)": each part gives its initial */
            continue;
        }
        if (!(t->flags & EG_TOK_WORD) || (t->flags & (EG_TOK_POSS | EG_TOK_DOTTED)) ||
            ((t->flags & EG_TOK_ALLCAPS) && t->len > 1))
            return NONE;
        int cap = 0;
        uint32_t l = word_initial(c, k, &cap);
        int join = !cap && LOWER_IN(k, joining);
        if (join && k > sb) {
            uint32_t r = spell_back(c, k - 1, sb, caps, n, plain, words + 1, titled);
            if (r != NONE)
                return r; /* the joining word left out of the acronym */
        }
        if (!l || l != caps[n - 1])
            return NONE;
        plain += !cap && !join;
        if (n == 1)
            return (t->flags & EG_TOK_CAP) && (plain || titled) ? k : NONE;
        n--;
        words++;
        if (k == 0)
            return NONE;
        k--;
    }
}

/* Does the name [s, e) start where a name may: a capitalised word that is no
 * function word, no demonym or country, after no capitalised word? And does
 * every listed mention inside it lie wholly inside? */
static int name_bounds_ok(const ctx *c, uint32_t s, uint32_t e, uint32_t sb) {
    const eg_doc *doc = c->doc;
    if (eg_rules_stopword(ttext(c, s), c->tv[s].len))
        return 0;
    if (s > sb && is_cap_word(c, s - 1) && !eg_rules_stopword(ttext(c, s - 1), c->tv[s - 1].len))
        return 0;
    for (uint32_t j = s; j < e; j++) {
        if (!covered(c, j))
            continue;
        const eg_mention *m = &doc->ments.v[c->s->cover.v[j]];
        if (m->tok_begin < s || m->tok_end > e)
            return 0;
        if (j == s) {
            const char *t = eg_rx_ent_type(c, m->ent);
            if (m->origin == EG_ORIGIN_DEMONYM || strcmp(t, "country") == 0 ||
                strcmp(t, "person") == 0)
                return 0;
        }
    }
    return 1;
}

/* A designator's type inside [s, e) ("Agence" an agency), or NULL. */
static const char *designated_type(const ctx *c, uint32_t s, uint32_t e) {
    for (uint32_t j = s; j < e; j++) {
        if (!(c->tv[j].flags & EG_TOK_CAP))
            continue;
        const designator *d = eg_rx_designator_at(c, j);
        if (d && d->type && strcmp(d->type, "agency") == 0)
            return "agency";
    }
    return NULL;
}

/* Is [s, e) inside a candidate another rule of this sentence proposed? */
static int proposed(const ctx *c, uint32_t s, uint32_t e) {
    for (size_t i = c->s->cands.n; i-- > 0;) {
        const cand *k = &c->s->cands.v[i];
        if (k->tb <= s && k->te >= e)
            return 1;
    }
    return 0;
}

/* The body the acronym at token a names in the lists: its doc entity
 * through a listed mention of exactly that token or its listed form; -1 if
 * the lists give it none, -2 if the token is covered by anything else, -3
 * on ENOMEM. *type receives the body's type. */
static long listed_acronym(ctx *c, uint32_t a, const char **type) {
    eg_doc *doc = c->doc;
    if (covered(c, a)) {
        const eg_mention *x = &doc->ments.v[c->s->cover.v[a]];
        const char *xt = eg_rx_ent_type(c, x->ent);
        if (x->tok_begin != a || x->tok_end != a + 1 || x->origin != EG_ORIGIN_GAZETTEER ||
            (strcmp(xt, "organisation") != 0 && strcmp(xt, "agency") != 0))
            return -2;
        *type = xt;
        return x->ent;
    }
    for (int k = 0; k < 2; k++) {
        const char *t = k ? "agency" : "organisation";
        long g = eg_rx_listed_word(c, a, t);
        if (g >= 0) {
            long e = eg_doc_gazent(doc, (int32_t)g);
            *type = t;
            return e < 0 ? -3 : e; /* "Banque africaine de développement (BAD)" */
        }
    }
    return -1;
}

eg_status eg_rx_rule_initials(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t j = sb + 2; j + 2 < se; j++) {
        if (c->tv[j].len != 1 || c->text[c->tv[j].start] != '(' || !tok_is(c, j + 2, ")"))
            continue;
        uint32_t caps[MAX_CAPS];
        size_t n = acronym_caps(c, j + 1, caps);
        if (!n)
            continue;
        uint32_t s = spell_back(c, j - 1, sb, caps, n, 0, 0, 0);
        if (s == NONE && (c->tv[j + 1].flags & EG_TOK_ALLCAPS)) {
            s = spell_back(c, j - 1, sb, caps, n, 0, 0, 1);
            if (s != NONE && eg_rx_given_name(c, s))
                continue; /* "Pedro Nunes Soares (PNS)" */
        }
        if (s == NONE || j - s < 2 || covered(c, s) || !name_bounds_ok(c, s, j, sb) ||
            proposed(c, s, j))
            continue;
        const char *type = designated_type(c, s, j);
        long ent = listed_acronym(c, j + 1, &type);
        if (ent == -2)
            continue;
        if (ent == -3)
            return eg_rx_oom(c->doc->origin, c->doc->origin_line, err);
        eg_status st = eg_rx_add_cand(c, s, j, si, K_ORG, type ? type : "organisation",
                                      (int32_t)ent, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
        c->s->cands.v[c->s->cands.n - 1].join = 1;
    }
    return EG_OK;
}

eg_status eg_rx_rule_initials_alias(ctx *c, eg_error *err) {
    const eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        uint32_t j = m->tok_end, caps[MAX_CAPS];
        if (m->origin != EG_ORIGIN_RULE || doc->ents.v[m->ent].gaz >= 0 || j + 2 >= c->ntok ||
            !tok_is(c, j, "(") || !tok_is(c, j + 2, ")") || (c->tv[j + 1].flags & EG_TOK_ALLCAPS) ||
            covered(c, j + 1))
            continue;
        const char *type = eg_rx_ent_type(c, m->ent);
        if (strcmp(type, "organisation") != 0 && strcmp(type, "agency") != 0)
            continue;
        size_t n = acronym_caps(c, j + 1, caps);
        if (!n || spell_back(c, j - 1, m->tok_begin, caps, n, 0, 0, 0) != m->tok_begin)
            continue;
        /* "Slovenski državni gozdovi (SiDG)": an acronym in mixed case, which
         * the acronym rule (capitals only) leaves */
        eg_status st = eg_rx_add_cand(c, j + 1, j + 2, m->sentence, K_ACRONYM, NULL,
                                      (int32_t)m->ent, EG_ORIGIN_SHORT, err);
        if (st != EG_OK)
            return st;
        c->s->cands.v[c->s->cands.n - 1].replace = 1;
    }
    return EG_OK;
}
