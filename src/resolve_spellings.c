/* resolve_spellings: one place written in two languages or spellings in one
 * article ("Ha Noi", "Hà Nội" and "Hanoi"; "Ciudad de México" and "Mexico
 * City"; "Río San Juan" and "San Juan River"; "Lago Titicaca" and "Lake
 * Titicaca"), so that it does not become two nodes. */
#include "resolve_int.h"

/* Words that head a place's name in Spanish, Portuguese, French and Italian,
 * folded, and the kind of place each names, as English writes it after the
 * name ("Mexico City", "San Juan River") or before it ("Lake Titicaca",
 * "Gulf of Fonseca"). Sorted by head. */
static const struct {
    const char *head, *kind;
} foreign_heads[] = {
    {"cidade", "city"},        {"citta", "city"},   {"ciudad", "city"},   {"fiume", "river"},
    {"fleuve", "river"},       {"golfe", "gulf"},   {"golfo", "gulf"},    {"ile", "island"},
    {"iles", "islands"},       {"ilha", "island"},  {"ilhas", "islands"}, {"isla", "island"},
    {"islas", "islands"},      {"isola", "island"}, {"lac", "lake"},      {"lago", "lake"},
    {"provincia", "province"}, {"rio", "river"},    {"riviere", "river"}, {"ville", "city"},
};

/* Kind words that English writes after a place's name, and those it writes
 * before it ("Lake Titicaca", "Gulf of Fonseca"). Sorted. */
static const char *const english_after[] = {"city", "island", "islands", "province", "river"};
static const char *const english_before[] = {"gulf", "lake"};

/* Articles that head a place's name in Spanish, French and Arabic and that
 * writers drop ("El Coca" and "Coca", "Al-Hasakah" and "Hasakah"). Sorted. */
static const char *const name_articles[] = {"al", "el", "la", "las", "le", "les", "los"};

/* Joining words after a head ("Ciudad de México", "Golfo del Fonseca",
 * "Città di Castello", "Gulf of Aden"). Sorted. */
static const char *const head_joins[] = {"da", "de", "del", "di", "do", "du", "of"};

/* Place name nm folded into out[0..size): lower-case ASCII letters and
 * digits, words parted by one space (hyphens and spaces alike), marks
 * dropped. Its length, 0 when a letter is outside Latin or it is too long. */
static size_t fold_words(const char *nm, char *out, size_t size) {
    size_t o = 0, n = strlen(nm);
    for (size_t i = 0; i < n;) {
        uint32_t cp = (unsigned char)nm[i];
        size_t l = 1;
        if (cp >= 0x80) {
            l = eg_utf8_decode((const unsigned char *)nm + i, n - i, &cp);
            if (!l)
                return 0;
        }
        i += l;
        char b = cp >= '0' && cp <= '9' ? (char)cp : rs_base_letter(cp);
        if (!b && cp >= 0x80)
            return 0;
        if (!b && (cp == ' ' || cp == '-') && o && out[o - 1] != ' ')
            b = ' ';
        if (!b)
            continue; /* "St. John's": marks */
        if (o + 1 >= size)
            return 0;
        out[o++] = b;
    }
    while (o && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
    return o;
}

/* Whether the first word of s is in the sorted list, as its length or 0. */
#define FIRST_IN(list, s) first_in(list, sizeof list / sizeof list[0], s)
static size_t first_in(const char *const *list, size_t n, const char *s) {
    size_t l = strcspn(s, " ");
    return s[l] && word_in(list, n, s, l) ? l : 0;
}

/* The key of place name nm in out[0..size): its kind word, when it has one
 * in either language, then ':', then the name's letters and digits folded
 * (fold_words) without spaces and without a leading article ("city:mexico"
 * for both "Ciudad de México" and "Mexico City"; ":hanoi" for "Ha Noi",
 * "Hải Phòng" and "Hanoi"; ":coca" for "El Coca"). Its length, 0 when the
 * name does not fold or has under three letters. */
static size_t spelling_key(const char *nm, char *out, size_t size) {
    char buf[256];
    if (!fold_words(nm, buf, sizeof buf))
        return 0;
    const char *p = buf, *kind = "";
    size_t l = FIRST_IN(name_articles, p);
    if (l)
        p += l + 1; /* "El Coca", "Al-Hasakah" */
    l = strcspn(p, " ");
    for (size_t i = 0; p[l] && !*kind && i < sizeof foreign_heads / sizeof foreign_heads[0]; i++)
        if (strlen(foreign_heads[i].head) == l && memcmp(p, foreign_heads[i].head, l) == 0)
            kind = foreign_heads[i].kind;
    if (!*kind && p[l] && WORD_IN(english_before, p, l))
        kind = p[0] == 'g' ? "gulf" : "lake";
    if (*kind) {
        p += l + 1;
        size_t j = FIRST_IN(head_joins, p);
        if (j)
            p += j + 1;
    }
    const char *end = p + strlen(p), *last = strrchr(p, ' ');
    if (!*kind && last && WORD_IN(english_after, last + 1, (size_t)(end - last - 1))) {
        kind = last + 1;
        end = last;
    }
    size_t kl = strlen(kind), o = kl + 1, letters = 0;
    if (o + (size_t)(end - p) >= size)
        return 0;
    memcpy(out, kind, kl);
    out[kl] = ':';
    for (; p < end; p++)
        if (*p != ' ') {
            out[o++] = *p;
            letters++;
        }
    out[o] = '\0';
    return letters >= 3 ? o : 0;
}

/* The "country" attribute of listed place g, or "". */
static const char *place_country(const rctx *c, int32_t g) {
    const char *v = g >= 0 ? eg_gazetteer_attr(c->g, (size_t)g, "country") : NULL;
    return v ? v : "";
}

/* Whether places e and f may be one: not two places the lists keep apart,
 * each listed by hand or in the countries of two ("San José" of Costa Rica
 * and "San Jose" of the United States). */
static int may_join(const rctx *c, uint32_t e, uint32_t f) {
    int32_t eg = c->doc->ents.v[e].gaz, fg = c->doc->ents.v[f].gaz;
    if (eg < 0 || fg < 0)
        return 1;
    int eweak = eg_rules_weak_place(c->g, eg), fweak = eg_rules_weak_place(c->g, fg);
    if (!eweak && !fweak)
        return 0;
    const char *ec = place_country(c, eg), *fc = place_country(c, fg);
    return *ec && strcmp(ec, fc) == 0;
}

/* Which of places e and f keeps the mentions: the one listed by hand, then
 * the one listed, then the one named first. */
static uint32_t keeper(const rctx *c, uint32_t e, uint32_t f) {
    int32_t eg = c->doc->ents.v[e].gaz, fg = c->doc->ents.v[f].gaz;
    int es = eg >= 0 ? 2 - eg_rules_weak_place(c->g, eg) : 0;
    int fs = fg >= 0 ? 2 - eg_rules_weak_place(c->g, fg) : 0;
    if (es != fs)
        return es > fs ? e : f;
    return e < f ? e : f;
}

/* Whether place f is written, by its name or by a mention of two words or
 * more, in the syllables of one word a[0..n) (rs_syllabic_of: "Edomex" of
 * "Estado de México", "Jatim" of "Jawa Timur"). */
static int syllables_of_place(const rctx *c, uint32_t f, const char *a, size_t n) {
    const eg_doc *doc = c->doc;
    if (rs_syllabic_of(a, n, ent_name(c, f)))
        return 1;
    char buf[128];
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        size_t l = m->end - m->start;
        if (m->ent != f || m->tok_end - m->tok_begin < 2 || l >= sizeof buf)
            continue;
        memcpy(buf, doc->text + m->start, l);
        buf[l] = '\0';
        if (rs_syllabic_of(a, n, buf))
            return 1;
    }
    return 0;
}

/* A discovered place named by one word in mixed case, made of syllables of
 * the words of exactly one other place of the article ("Edomex" after
 * "Estado de México", "Sulsel" after "Sulawesi Selatan"), is that place:
 * its mentions move there. */
static void syllabic_places(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    for (uint32_t e = 0; e < doc->ents.n; e++) {
        const char *nm = ent_name(c, e);
        size_t n = strlen(nm);
        if (doc->ents.v[e].gaz >= 0 || !doc->ents.v[e].mentions || n < 5 ||
            strcmp(ent_type(c, e), "location") != 0 || nm[0] < 'A' || nm[0] > 'Z' ||
            strcspn(nm, " -") != n)
            continue;
        uint32_t to = NONE;
        int two = 0;
        for (uint32_t f = 0; f < doc->ents.n && !two; f++) {
            if (f == e || !doc->ents.v[f].mentions || strcmp(ent_type(c, f), "location") != 0 ||
                !syllables_of_place(c, f, nm, n))
                continue;
            two = to != NONE;
            to = f;
        }
        if (to != NONE && !two)
            rs_move_all_mentions(c, e, to, changed);
    }
}

/* The most places of one article whose keys rs_pass_place_spellings
 * compares, and the longest key it keeps. */
enum { SPELL_PLACES = 128, SPELL_KEY = 64 };

/* Two places of the article whose names have one key (spelling_key) are one
 * place written in two languages or spellings: the mentions of the one move
 * to the other (keeper); and a place written in the syllables of another's
 * words is that place (syllabic_places). Each place's key is made once, for
 * the first SPELL_PLACES places. Sets *changed when a mention moved. 0
 * always. */
int rs_pass_place_spellings(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    uint32_t id[SPELL_PLACES];
    char key[SPELL_PLACES][SPELL_KEY];
    size_t kl[SPELL_PLACES], np = 0;
    for (uint32_t e = 0; e < doc->ents.n && np < SPELL_PLACES; e++)
        if (doc->ents.v[e].mentions && strcmp(ent_type(c, e), "location") == 0 &&
            (kl[np] = spelling_key(ent_name(c, e), key[np], SPELL_KEY)) != 0)
            id[np++] = e;
    for (size_t i = 0; i < np; i++)
        for (size_t j = i + 1; j < np && doc->ents.v[id[i]].mentions; j++) {
            uint32_t e = id[i], f = id[j];
            if (kl[i] != kl[j] || memcmp(key[i], key[j], kl[i]) != 0 || !doc->ents.v[f].mentions ||
                strcmp(ent_name(c, e), ent_name(c, f)) == 0 || !may_join(c, e, f))
                continue;
            uint32_t to = keeper(c, e, f);
            rs_move_all_mentions(c, to == e ? f : e, to, changed);
        }
    syllabic_places(c, changed);
    return 0;
}
