/* rules_alias: other names of organisations and agencies: acronyms after a
 * name ("Acme Holdings (AH)", "(MP-SP)"), "known as" and "whose full name
 * is" aliases, "X, as Y is known in English" ("as the agency is called":
 * the one body of X's type named before), former names ("X, the former Y"),
 * names in another language in parentheses (one word with a letter outside
 * ASCII, words no rule took, or a listed foreign name after a discovered
 * English one), the article's own definition overriding the gazetteer's,
 * listed bodies that a country or a state before them makes another body,
 * discovered bodies that are a listed body of the article's country, and
 * names without their leading place; names a rule stopped before a joining
 * word that their acronym spells ("... i Konsumentów (UOKiK)"), bodies named
 * after a listed parent ("Pacific Islands Forum Fisheries Agency (FFA)"),
 * two bodies defined together by a slash ("X/Y (A/B)"), a listed name in
 * parentheses spelt from the long name ("... des Mines (Gécamines)"), a
 * parent's abbreviation or its country's demonym before a body ("UN
 * Security Council", "Uzbek State Security Service"), a country's Red Cross
 * society ("Nepal Red Cross Society"), an NGO's regional office ("Greenpeace
 * Africa") or a listed company's or NGO's national arm ("Vodafone Qatar",
 * "Transparency International Ukraine"), "<agency> of [the] <country>"
 * and a body joined to a country by "por", "para", "pour" ("National Police
 * of the Netherlands", "Frente Amplio por Colombia"), names their bracketed
 * acronym spells over the mentions inside them ("Mouvement pour la
 * Libération de l’Ituri (MLI)"), names over "and" whose acronym the
 * article writes anywhere ("PMDA"), church bodies named after their see
 * ("Archdiocese of Salzburg"), villages joined to a listed surname
 * ("Covas do Barroso"), and persons named in full with other given names
 * than a listed person whose bare surname the list gives ("Jean-Pierre
 * Mbeki", not Thabo Mbeki). */
#include "rules_ctx.h"

#include <string.h>
#include <strings.h>

#include "segment.h"
#include "tokenize.h"

static size_t initials(const ctx *c, uint32_t tb, uint32_t te, int small, char *buf, size_t size);
static eg_status add_alias(ctx *c, const eg_mention *m, uint32_t b, uint32_t e, eg_error *err);

/* Adverbs between "known" and "as" ("known locally as"), or before "known"
 * ("better known as"). */
static const char *const known_adverbs[] = {
    "also",    "better",     "commonly",  "formerly", "informally", "internationally",
    "locally", "officially", "popularly", "simply",   "widely",
};

/* Languages a body's native name is given in ("known in Portuguese as",
 * "— Assemblea di Corsica in Corsican —", "(Slovak: ...)"). Sorted. */
static const char *const languages[] = {
    "Afrikaans",     "Albanian",   "Amharic",     "Arabic",     "Armenian",   "Aymara",
    "Azerbaijani",   "Azeri",      "Basque",      "Belarusian", "Bengali",    "Bosnian",
    "Breton",        "Bulgarian",  "Burmese",     "Cantonese",  "Catalan",    "Chinese",
    "Corsican",      "Croatian",   "Czech",       "Danish",     "Dari",       "Dutch",
    "Estonian",      "Faroese",    "Farsi",       "Fijian",     "Filipino",   "Finnish",
    "Flemish",       "French",     "Frisian",     "Gaelic",     "Galician",   "Georgian",
    "German",        "Greek",      "Greenlandic", "Guarani",    "Hausa",      "Hawaiian",
    "Hebrew",        "Hindi",      "Hungarian",   "Icelandic",  "Igbo",       "Indonesian",
    "Irish",         "Italian",    "Japanese",    "Kazakh",     "Khmer",      "Kinyarwanda",
    "Korean",        "Kurdish",    "Kyrgyz",      "Lao",        "Latvian",    "Lithuanian",
    "Luxembourgish", "Macedonian", "Malagasy",    "Malay",      "Maltese",    "Mandarin",
    "Maori",         "Mongolian",  "Montenegrin", "Nepali",     "Norwegian",  "Pashto",
    "Persian",       "Polish",     "Portuguese",  "Quechua",    "Romanian",   "Romansh",
    "Russian",       "Samoan",     "Serbian",     "Sinhala",    "Slovak",     "Slovene",
    "Slovenian",     "Somali",     "Spanish",     "Swahili",    "Swedish",    "Tagalog",
    "Tajik",         "Tamil",      "Tetum",       "Thai",       "Tigrinya",   "Tongan",
    "Turkish",       "Ukrainian",  "Urdu",        "Uzbek",      "Vietnamese", "Welsh",
    "Wolof",         "Yoruba",     "Zulu",
};

/* Is token j the name of a language? */
static int is_language(const ctx *c, uint32_t j) {
    return (c->tv[j].flags & EG_TOK_CAP) && WORD_IN_LIST(languages, ttext(c, j), c->tv[j].len);
}

int eg_rx_is_language(const ctx *c, uint32_t j) {
    return is_language(c, j);
}

/* Words that name an acronym after "known by its". Sorted. */
static const char *const acronym_nouns[] = {"abbreviation", "acronym", "initials"};

/* After "known" (p its next token): "by its [French] initials" / "by the
 * Spanish acronym" / "by its abbreviation"; the token after them, when it
 * is an acronym, or after "by its [German] name" a name the rules or lists
 * found, else NONE. */
static uint32_t known_by(const ctx *c, uint32_t p, uint32_t se) {
    if (p + 3 >= se || !tok_is(c, p, "by") || !(tok_is(c, p + 1, "its") || tok_is(c, p + 1, "the")))
        return NONE;
    p += 2;
    if (p + 1 < se && is_cap_word(c, p) && !eg_rx_acronym_shape(c, p))
        p++; /* the language */
    if (p + 1 < se && tok_is(c, p, "name") && covered(c, p + 1))
        return p + 1; /* "known by its German name Bundesanwaltschaft": a listed name */
    if (p + 1 >= se || !LOWER_IN(p, acronym_nouns))
        return NONE;
    p++;
    if (tok_is(c, p, ",") && p + 1 < se)
        p++;
    if (covered(c, p) && (c->tv[p].flags & EG_TOK_WORD) && (c->tv[p].flags & EG_TOK_ALLCAPS) &&
        c->tv[p].len >= 2)
        return p; /* "known by its French initials RSF": an acronym the lists give */
    return eg_rx_acronym_shape(c, p) ? p : NONE;
}

/* Start of the alias in "Name, known as X" / "Name (also known as X)" /
 * "Name, which is known locally as X" / "Name, known as the X" after token
 * e, or NONE. */
static uint32_t known_as(const ctx *c, uint32_t e, uint32_t se) {
    if (e + 3 >= se || !(tok_is(c, e, ",") || tok_is(c, e, "(")))
        return NONE;
    uint32_t p = e + 1;
    if (p + 1 < se && (tok_is(c, p, "which") || tok_is(c, p, "who")) &&
        (tok_is(c, p + 1, "is") || tok_is(c, p + 1, "are") || tok_is(c, p + 1, "was")))
        p += 2;
    if (p < se && LOWER_IN(p, known_adverbs))
        p++;
    if (p + 2 < se && tok_is(c, p, "known")) {
        p++;
        if (LOWER_IN(p, known_adverbs))
            p++;
        else if (p + 2 < se && tok_is(c, p, "in") &&
                 (tok_is(c, p + 1, "English") || is_language(c, p + 1)))
            p += 2; /* "known in English as the National Markets and Competition Commission" */
        uint32_t q = known_by(c, p, se);
        if (q != NONE)
            return q;
        if (p + 1 < se && tok_is(c, p, "as")) {
            /* "widely known as the Anti-Corruption Service" */
            if (p + 2 < se && tok_is(c, p + 1, "the") && is_cap_word(c, p + 2))
                p++;
            return p + 1;
        }
    }
    return NONE;
}

/* Start of the former name in "Name, the former X" / "Name, formerly X" /
 * "Name (formerly X)" after token e, or NONE. Only a name the rules found
 * there is taken ("HMN Technologies, the former Huawei Marine"). */
static uint32_t former_name(const ctx *c, uint32_t e, uint32_t se) {
    if (e + 2 >= se || !(tok_is(c, e, ",") || tok_is(c, e, "(")))
        return NONE;
    uint32_t p = e + 1;
    if (tok_is(c, p, "formerly"))
        p++;
    else if (p + 2 < se && tok_is(c, p, "the") && tok_is(c, p + 1, "former"))
        p += 2;
    else
        return NONE;
    return p < se && is_cap_word(c, p) ? p : NONE;
}

/* Words that join the capitalised words of a name in other languages
 * ("Générale des Carrières et des Mines"). Sorted. */
static const char *const full_name_joins[] = {"da",  "das", "de",  "del", "des", "di",
                                              "do",  "dos", "du",  "e",   "et",  "la",
                                              "las", "le",  "les", "los", "y"};

/* End of the name given in "Name, whose full name is X" / "Name, whose
 * official name is X" after token e: two or more capitalised words no
 * mention covers, lower-case joining words between them ("Gécamines, whose
 * full name is Générale des Carrières et des Mines"); *start gets X's first
 * token. NONE if there is none. */
static uint32_t full_name_as(const ctx *c, uint32_t e, uint32_t se, uint32_t *start) {
    uint32_t p = e + 1;
    if (p + 5 >= se || !tok_is(c, e, ",") || !tok_is(c, p, "whose") ||
        !(tok_is(c, p + 1, "full") || tok_is(c, p + 1, "official")) || !tok_is(c, p + 2, "name") ||
        !tok_is(c, p + 3, "is"))
        return NONE;
    uint32_t q = p + 4, last = NONE, words = 0;
    while (q < se && q < p + 16) {
        if (is_cap_word(c, q) && !covered(c, q)) {
            last = q;
            words++;
        } else if (last == NONE || !LOWER_IN(q, full_name_joins)) {
            break;
        }
        q++;
    }
    if (words < 2)
        return NONE;
    *start = p + 4;
    return last + 1;
}

/* Does an acronym of the name [s, e) or "known as" follow it, or does the
 * article write its acronym anywhere ("PMDA")? Confirms names that reach
 * over "and" ("Kenya Power and Lighting Company (KPLC)"). */
int eg_rx_introduces_alias(const ctx *c, uint32_t s, uint32_t e, uint32_t se) {
    if (known_as(c, e, se) != NONE)
        return 1;
    uint32_t a = NONE;
    if (e + 2 < se && tok_is(c, e, "(") && tok_is(c, e + 2, ")"))
        a = e + 1;
    else if (e + 1 < se && tok_is(c, e, ","))
        a = e + 1;
    if (a != NONE && eg_rx_acronym_shape(c, a) && tok_is(c, e, "("))
        return 1; /* "(FIOD)": an acronym in the body's own language */
    char buf[2][64];
    size_t n[2];
    for (int small = 0; small < 2; small++)
        n[small] = initials(c, s, e, small, buf[small], sizeof buf[small]);
    if (a != NONE && eg_rx_acronym_shape(c, a))
        for (int small = 0; small < 2; small++)
            if (n[small] == c->tv[a].len && memcmp(buf[small], ttext(c, a), n[small]) == 0)
                return 1;
    /* the article writes the acronym elsewhere: "the PMDA said" before "the
     * Pharmaceuticals and Medical Devices Agency" */
    for (uint32_t j = 0; j < c->ntok; j++) {
        const eg_token *t = &c->tv[j];
        if (!(t->flags & EG_TOK_WORD) || !(t->flags & EG_TOK_ALLCAPS) || t->len < 3)
            continue;
        for (int small = 0; small < 2; small++)
            if (n[small] == t->len && memcmp(buf[small], ttext(c, j), t->len) == 0)
                return 1;
    }
    return 0;
}

int eg_rx_acronym_shape(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    if (covered(c, j) || !(t->flags & EG_TOK_WORD) || !(t->flags & EG_TOK_ALLCAPS) ||
        (t->flags & (EG_TOK_POSS | EG_TOK_DOTTED)) || t->len < 2 || t->len > 10)
        return 0;
    const char *s = ttext(c, j);
    if (!(s[0] >= 'A' && s[0] <= 'Z') && (unsigned char)s[0] < 0x80)
        return 0;
    /* capitals outside ASCII count anywhere ("GAČR", "ÖAWI"); one that opens
     * the word wants two ASCII capitals after it (not "À", "ÉU") */
    size_t ascii_caps = 0;
    for (size_t i = 0; i < t->len; i++) {
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '&' ||
              (unsigned char)s[i] >= 0x80))
            return 0;
        ascii_caps += s[i] >= 'A' && s[i] <= 'Z';
    }
    if ((unsigned char)s[0] >= 0x80 && ascii_caps < 2)
        return 0;
    return !eg_rules_stopword(s, t->len);
}

/* Initials of the capitalised words of tokens [tb, te) into buf; with `small`
 * lower-case of/and/for/the count too (upper-cased). */
static size_t initials(const ctx *c, uint32_t tb, uint32_t te, int small, char *buf, size_t size) {
    size_t n = 0;
    for (uint32_t j = tb; j < te && n + 2 < size; j++) {
        const eg_token *t = &c->tv[j];
        const char *s = ttext(c, j);
        if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_POSS))
            continue;
        if (t->flags & EG_TOK_DOTTED) {
            for (size_t i = 0; i < t->len && n + 1 < size; i++)
                if (s[i] != '.')
                    buf[n++] = s[i];
            continue;
        }
        if (t->flags & EG_TOK_CAP) {
            buf[n++] = s[0];
        } else if (small && (tok_is(c, j, "of") || tok_is(c, j, "and") || tok_is(c, j, "for") ||
                             tok_is(c, j, "the"))) {
            buf[n++] = (char)(s[0] - 'a' + 'A');
        }
    }
    buf[n] = '\0';
    return n;
}

static int acronym_fits(const ctx *c, const eg_mention *m, uint32_t a, int paren) {
    const char *s = ttext(c, a);
    size_t len = c->tv[a].len;
    char buf[64];
    if (paren) /* "(TSE)", "(FIOD)": a body's acronym in its own language */
        return initials(c, m->tok_begin, m->tok_end, 0, buf, sizeof buf) > 0;
    for (int small = 0; small < 2; small++) {
        size_t n = initials(c, m->tok_begin, m->tok_end, small, buf, sizeof buf);
        if (n == len && memcmp(buf, s, len) == 0)
            return 1;
    }
    return 0;
}

/* An organisation or an agency: the rules' designators cannot always tell
 * the two apart ("National Cyber Security Centre"), so a listed body decides. */
static int body_type(const char *t) {
    return strcmp(t, "organisation") == 0 || strcmp(t, "agency") == 0;
}

/* The type t (a body's) as a string that outlives doc->names, which
 * eg_doc_discovered may move. */
static const char *body_literal(const char *t) {
    return strcmp(t, "agency") == 0 ? "agency" : "organisation";
}

/* Does gazetteer name `gn` equal `name` once a trailing qualifier such as
 * " (Poland)" is dropped? */
static int same_but_qualifier(const char *gn, const char *name) {
    size_t n = strlen(name);
    return strncmp(gn, name, n) == 0 && gn[n] == ' ' && gn[n + 1] == '(' &&
           gn[strlen(gn) - 1] == ')';
}

/* Moves every mention of doc entity `from` to `to`. */
static void repoint_entity(ctx *c, uint32_t from, uint32_t to) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++)
        if (doc->ments.v[i].ent == from) {
            doc->ments.v[i].ent = to;
            doc->ents.v[to].mentions++;
            if (doc->ents.v[from].mentions)
                doc->ents.v[from].mentions--;
        }
}

/* Moves mention x from its entity to entity `to`, as a short form. */
static void move_mention(eg_doc *doc, eg_mention *x, uint32_t to) {
    eg_doc_move_mention(doc, x, to);
    x->origin = EG_ORIGIN_SHORT;
}

/* Words that join the parts of a name only in other languages than English. */
static const char *const foreign_links[] = {
    "da", "das", "de", "dei", "del", "della", "der", "des", "di", "die", "do", "dos", "du",
    "e",  "et",  "i",  "la",  "las", "le",    "les", "los", "na", "och", "og", "und", "y",
};

/* Is mention m a name written in another language than English: a letter
 * outside ASCII ("Enerji Piyasası Düzenleme Kurumu") or a joining word
 * English does not use ("Autoridad del Canal de Panamá")? */
static int foreign_name(const ctx *c, const eg_mention *m) {
    for (uint32_t j = m->tok_begin; j < m->tok_end; j++) {
        const char *s = ttext(c, j);
        for (uint32_t k = 0; k < c->tv[j].len; k++)
            if ((unsigned char)s[k] >= 0x80)
                return 1;
        if (!(c->tv[j].flags & EG_TOK_CAP) && LOWER_IN(j, foreign_links))
            return 1;
    }
    return 0;
}

/* Does mention x have two words or more? */
static int two_words(const ctx *c, const eg_mention *x) {
    uint32_t words = 0;
    for (uint32_t j = x->tok_begin; j < x->tok_end && words < 2; j++)
        words += (c->tv[j].flags & EG_TOK_WORD) != 0;
    return words >= 2;
}

/* Does the article name doc entity e by a mention of two words or more
 * ("Energy Market Regulatory Authority", not only "EPDK")? */
static int named_in_full(const ctx *c, uint32_t e) {
    const eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *x = &doc->ments.v[i];
        if (x->ent == e && two_words(c, x))
            return 1;
    }
    return 0;
}

/* "Name (ACR)" where the gazetteer gave ACR to another entity: the article's
 * own definition wins. A discovered name that is the listed entity's name
 * without its qualifier ("Internal Security Agency (ABW)" and the listed
 * "Internal Security Agency (Poland)"), or a name in another language when
 * the article names the listed entity in full too ("Enerji Piyasası
 * Düzenleme Kurumu (EPDK)" and the "Energy Market Regulatory Authority"),
 * becomes that entity; otherwise, when
 * the first letters agree ("Australian Federal Police (AFP)"), every mention
 * of the acronym in the article moves to the name's entity. Returns 1 if it
 * changed anything. */
/* Whether the capitals of acronym token a are the first letters of the words
 * of mention m, joining words left out or not ("Anti-Money Laundering
 * Office (AMLO)", "Ligue nationale de rugby (LNR)"). */
static int spells_words(const ctx *c, const eg_mention *m, uint32_t a) {
    const eg_token *t = &c->tv[a];
    if (!(t->flags & EG_TOK_ALLCAPS) || t->len < 2 || t->len > 8)
        return 0;
    for (int skip = 0; skip < 2; skip++) {
        size_t n = 0;
        int ok = 1;
        for (uint32_t k = m->tok_begin; k < m->tok_end && ok; k++) {
            if (!(c->tv[k].flags & EG_TOK_WORD))
                continue;
            if (skip && !(c->tv[k].flags & EG_TOK_CAP) &&
                (LOWER_IN(k, foreign_links) || tok_is(c, k, "of") || tok_is(c, k, "and") ||
                 tok_is(c, k, "for") || tok_is(c, k, "the")))
                continue;
            char l = ttext(c, k)[0];
            if (l >= 'a' && l <= 'z')
                l = (char)(l - 'a' + 'A');
            ok = n < t->len && ttext(c, a)[n] == l;
            n++;
        }
        if (ok && n == t->len)
            return 1;
    }
    return 0;
}

/* Whether listed mention x is a news organisation's credit in the story's
 * dateline ("MANILA (AFP) —"). */
static int news_credit(const ctx *c, const eg_mention *x) {
    int32_t g = c->doc->ents.v[x->ent].gaz;
    const char *cat = g >= 0 ? eg_gazetteer_category(c->g, (size_t)g) : NULL;
    return cat && strcmp(cat, "news") == 0 &&
           eg_segment_dateline_bracket(c->doc, x->tok_begin, x->tok_end);
}

static int override_acronym(ctx *c, const eg_mention *m, uint32_t a) {
    eg_doc *doc = c->doc;
    uint32_t mi = c->s->cover.v[a];
    const eg_mention *am = &doc->ments.v[mi];
    const eg_token *t = &c->tv[a];
    if (am->tok_begin != a || am->tok_end != a + 1 || am->origin != EG_ORIGIN_GAZETTEER ||
        am->ent == m->ent || !(t->flags & EG_TOK_CAP) || (t->flags & EG_TOK_DOTTED) || t->len < 2 ||
        t->len > 10)
        return 0;
    char first[64];
    if (!(t->flags & EG_TOK_ALLCAPS) &&
        (t->len > 6 || initials(c, m->tok_begin, m->tok_end, 0, first, sizeof first) == 0 ||
         first[0] != ttext(c, a)[0]))
        return 0; /* "Secretaría de Marina (Semar)": a short name the article defines */
    int shout = 1;
    for (uint32_t k = m->tok_begin; k < m->tok_end && shout; k++)
        shout = !(c->tv[k].flags & EG_TOK_WORD) || (c->tv[k].flags & EG_TOK_ALLCAPS);
    if (shout && m->tok_end - m->tok_begin >= 2)
        return 0; /* "UNITED NATIONS (AP) —": a dateline and the agency's credit */
    const char *mt = eg_rx_ent_type(c, m->ent), *at = eg_rx_ent_type(c, am->ent);
    if (strcmp(at, "organisation") != 0 && strcmp(at, "agency") != 0 &&
        !(body_type(mt) && spells_words(c, m, a)))
        return 0;
    uint32_t from = am->ent, to = m->ent;
    if (doc->ents.v[m->ent].gaz < 0 && body_type(mt) &&
        (same_but_qualifier(eg_rx_ent_name(c, am->ent), eg_rx_ent_name(c, m->ent)) ||
         (foreign_name(c, m) && named_in_full(c, am->ent)))) {
        repoint_entity(c, m->ent, am->ent);
        return 1;
    }
    char buf[64];
    if (initials(c, m->tok_begin, m->tok_end, 0, buf, sizeof buf) == 0)
        return 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *x = &doc->ments.v[i];
        if (x->ent != from || x->tok_end - x->tok_begin != 1 || c->tv[x->tok_begin].len != t->len ||
            memcmp(ttext(c, x->tok_begin), ttext(c, a), t->len) != 0)
            continue;
        if (news_credit(c, x))
            continue; /* "MANILA (AFP) —" stays the news agency */
        move_mention(doc, x, to);
    }
    return 1;
}

/* Does `name` end with `tail` after a space ("Swedish Security Service" and
 * "Security Service")? */
static int ends_with_words(const char *name, const char *tail) {
    size_t a = strlen(name), b = strlen(tail);
    return a > b + 1 && name[a - b - 1] == ' ' && strcmp(name + a - b, tail) == 0;
}

/* "Sweden’s Security Service, Säpo," and "Security Service (Säpo)": a
 * discovered body followed by a listed alias of a body whose name ends with
 * it (or is it with a qualifier) is that listed body. Returns 1 if merged. */
static int listed_alias(ctx *c, const eg_mention *m, uint32_t a, uint32_t se) {
    eg_doc *doc = c->doc;
    const eg_mention *am = &doc->ments.v[c->s->cover.v[a]];
    uint32_t after = am->tok_end;
    if (am->tok_begin != a || am->origin != EG_ORIGIN_GAZETTEER || am->ent == m->ent ||
        doc->ents.v[m->ent].gaz >= 0 ||
        !(after >= se || tok_is(c, after, ",") || tok_is(c, after, ")") || tok_is(c, after, ".") ||
          tok_is(c, after, ";")))
        return 0;
    if (!body_type(eg_rx_ent_type(c, m->ent)) || !body_type(eg_rx_ent_type(c, am->ent)))
        return 0;
    const char *ln = eg_rx_ent_name(c, am->ent), *dn = eg_rx_ent_name(c, m->ent);
    if (!ends_with_words(ln, dn) && !same_but_qualifier(ln, dn))
        return 0;
    repoint_entity(c, m->ent, am->ent);
    return 1;
}

/* "Islamic State Mozambique Province, which is known locally as
 * al-Shabaab,": a body's name defined by the article as a name the gazetteer
 * gives to another body. The article's definition wins: every mention of that
 * listed body written the same way moves to the named one. Returns 1 if it
 * changed anything. */
static int known_as_listed(ctx *c, const eg_mention *m, uint32_t a, uint32_t se) {
    eg_doc *doc = c->doc;
    const eg_mention *am = &doc->ments.v[c->s->cover.v[a]];
    uint32_t after = am->tok_end;
    if (am->tok_begin != a || am->origin != EG_ORIGIN_GAZETTEER || am->ent == m->ent ||
        !(after >= se || (c->tv[after].flags & EG_TOK_PUNCT)) ||
        !body_type(eg_rx_ent_type(c, m->ent)) || !body_type(eg_rx_ent_type(c, am->ent)))
        return 0;
    uint32_t from = am->ent, to = m->ent;
    if (am->tok_end == a + 1 && (c->tv[a].flags & EG_TOK_ALLCAPS) && named_in_full(c, from)) {
        /* "Reporters Without Borders, known by its French initials, RSF"
         * when the article names the listed Rapid Support Forces too: only
         * this mention */
        move_mention(doc, &doc->ments.v[c->s->cover.v[a]], to);
        return 1;
    }
    size_t n = c->tv[am->tok_end - 1].start + c->tv[am->tok_end - 1].len - c->tv[a].start;
    const char *w = ttext(c, a);
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *x = &doc->ments.v[i];
        if (x->ent != from || x->end - x->start != n || memcmp(c->text + x->start, w, n) != 0)
            continue;
        move_mention(doc, x, to);
    }
    return 1;
}

/* Head nouns of a sentence-opening descriptor that refers back to a body
 * ("The Paris-based group, known as RSF,"), by the type of body they stand
 * for; `descriptor_any` may stand for either. Sorted. */
static const char *const descriptor_agency[] = {"agency",     "authority", "commission",
                                                "department", "ministry",  "regulator"};
static const char *const descriptor_org[] = {"broadcaster", "charity",      "company", "firm",
                                             "group",       "organisation", "party",   "union"};
static const char *const descriptor_any[] = {"body", "watchdog"};

/* The last body mention of sentence `sn`, not an acronym, whose type fits
 * the descriptor head token h, or NULL. */
static const eg_mention *descriptor_antecedent(const ctx *c, uint32_t sn, uint32_t h) {
    const eg_doc *doc = c->doc;
    const eg_mention *best = NULL;
    int want_agency = LOWER_IN(h, descriptor_agency), want_org = LOWER_IN(h, descriptor_org);
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *x = &doc->ments.v[i];
        if (x->sentence != sn || (best && x->tok_begin < best->tok_begin) ||
            (x->tok_end == x->tok_begin + 1 && (c->tv[x->tok_begin].flags & EG_TOK_ALLCAPS)))
            continue; /* an acronym may itself be one a descriptor defined */
        const char *t = eg_rx_ent_type(c, x->ent);
        if ((want_agency && strcmp(t, "agency") == 0) ||
            (want_org && strcmp(t, "organisation") == 0) ||
            (!want_agency && !want_org && body_type(t)))
            best = x;
    }
    return best;
}

/* Does sentence sn name doc entity e by a mention of two words or more,
 * its own or one written as e's name less a qualifier ("Foreign
 * Intelligence Service" of "Foreign Intelligence Service (Romania)", which
 * the resolver settles later)? */
static int names_in_full_in(const ctx *c, uint32_t e, uint32_t sn) {
    const eg_doc *doc = c->doc;
    const char *en = eg_rx_ent_name(c, e);
    const char *q = strstr(en, " (");
    size_t nn = q ? (size_t)(q - en) : strlen(en);
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *x = &doc->ments.v[i];
        if (x->sentence == sn &&
            (x->ent == e || (x->end - x->start == nn && memcmp(c->text + x->start, en, nn) == 0)) &&
            two_words(c, x))
            return 1;
    }
    return 0;
}

/* A mention, before token tb, of the one body whose name (its "(...)" left
 * out) has the word of token h in any case ("bureau" of "National Bureau of
 * Investigation (Finland)"), or NULL when none or two bodies have it. */
static const eg_mention *head_antecedent(const ctx *c, uint32_t tb, uint32_t h) {
    const eg_doc *doc = c->doc;
    const eg_mention *found = NULL;
    const char *w = ttext(c, h);
    size_t n = c->tv[h].len;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *x = &doc->ments.v[i];
        if (x->tok_end > tb || !body_type(eg_rx_ent_type(c, x->ent)) ||
            (found && found->ent == x->ent))
            continue;
        const char *nm = eg_rx_ent_name(c, x->ent);
        int has = 0;
        for (const char *q = nm; *q && *q != '(' && !has;) {
            size_t l = strcspn(q, " (");
            size_t k = 0;
            while (l == n && k < n && (q[k] | 0x20) == (w[k] | 0x20))
                k++;
            has = l == n && k == n;
            q += l;
            while (*q == ' ')
                q++;
        }
        if (!has)
            continue;
        if (found)
            return NULL;
        found = x;
    }
    return found;
}

/* "... backed by Reporters Without Borders. The Paris-based group, known as
 * RSF, ...": a sentence opening with "The", lower-case words (a place before
 * "-based" allowed) and a body noun, then "known as" a listed acronym of
 * another body. The acronym is the body the previous sentence named last
 * (of the noun's type): known_as_listed moves it there (only this mention
 * when the article names the listed body in full). Nothing happens when that
 * body is the listed one ("The paramilitary group, known as the RSF"), or
 * when the previous sentence names the listed body in full ("The Zimbabwe
 * Anti-Corruption Commission arrested an official of Harare City Council.
 * The commission, known as ZACC, ..."). */
static eg_status descriptor_acronyms(ctx *c, eg_error *err) {
    eg_doc *doc = c->doc;
    for (uint32_t sn = 1; sn < doc->sents.n; sn++) {
        const eg_sentence *s = &doc->sents.v[sn];
        uint32_t tb = s->tok_begin, se = s->tok_end, p = tb + 1;
        if ((s->flags & EG_SENT_BOILER) || se - tb < 5 || !tok_is(c, tb, "The"))
            continue;
        while (p < se && p < tb + 6 && !tok_is(c, p, ",")) {
            if (covered(c, p) && body_type(eg_rx_ent_type(c, doc->ments.v[c->s->cover.v[p]].ent)))
                break;
            if (!covered(c, p) && (c->tv[p].flags & EG_TOK_WORD) && (c->tv[p].flags & EG_TOK_CAP))
                break;
            p++;
        }
        if (p >= se || p < tb + 2 || !tok_is(c, p, ",") || !(c->tv[p - 1].flags & EG_TOK_WORD) ||
            (c->tv[p - 1].flags & EG_TOK_CAP))
            continue;
        int listed_head = LOWER_IN(p - 1, descriptor_agency) || LOWER_IN(p - 1, descriptor_org) ||
                          LOWER_IN(p - 1, descriptor_any);
        uint32_t k = known_as(c, p, se);
        if (!listed_head && k != NONE && !covered(c, k) && eg_rx_acronym_shape(c, k) &&
            (k + 1 >= se || (c->tv[k + 1].flags & EG_TOK_PUNCT))) {
            /* "The bureau, known in Finnish as KRP,": an acronym no list
             * gives names the one body before the sentence whose name has
             * the noun ("National Bureau of Investigation"); a descriptor
             * noun ("the party") is left to the acronym's own letters */
            const eg_mention *m = head_antecedent(c, tb, p - 1);
            eg_status st = m ? add_alias(c, m, k, k + 1, err) : EG_OK;
            if (st != EG_OK)
                return st;
            continue;
        }
        if (!listed_head || k == NONE || !covered(c, k) || !(c->tv[k].flags & EG_TOK_ALLCAPS))
            continue;
        const eg_mention *am = &doc->ments.v[c->s->cover.v[k]];
        const eg_mention *m = descriptor_antecedent(c, sn - 1, p - 1);
        if (am->tok_end != k + 1 || !m || m->ent == am->ent || names_in_full_in(c, am->ent, sn - 1))
            continue;
        if (!listed_alias(c, m, k, se))
            known_as_listed(c, m, k, se);
    }
    return EG_OK;
}

/* "Singapore’s Maritime and Port Authority": a discovered body after a
 * country's possessive is the listed "Maritime and Port Authority of
 * Singapore" or "... (Singapore)" when there is one. */

static long listed_of_country(ctx *c, const char *nm, const char *cn);

/* "Nigeria’s Securities and Exchange Commission": a listed body of another
 * country after a country's possessive or demonym is a body of its own:
 * the listed body of that name of that country when there is one, whatever
 * form the text uses ("Nigeria’s SEC" is "Securities and Exchange
 * Commission (Nigeria)", "Belarus’s KGB" the "KGB of Belarus"), else a
 * discovered one. */
int eg_rx_foreign_owner(ctx *c, eg_mention *m) {
    eg_doc *doc = c->doc;
    uint32_t b = m->tok_begin, o = b;
    int32_t gaz = doc->ents.v[m->ent].gaz;
    if (m->origin != EG_ORIGIN_GAZETTEER || gaz < 0 || b == 0 ||
        strcmp(eg_rx_ent_type(c, m->ent), "agency") != 0)
        return 0;
    if (c->tv[b - 1].flags & EG_TOK_POSS)
        o = b - 1;
    if (o == 0 || !covered(c, o - 1))
        return 0;
    const eg_mention *om = &doc->ments.v[c->s->cover.v[o - 1]];
    int32_t og = doc->ents.v[om->ent].gaz;
    const char *own = eg_gazetteer_attr(c->g, (size_t)gaz, "country");
    if (om->tok_end != o || og < 0 || strcmp(eg_rx_ent_type(c, om->ent), "country") != 0 || !own ||
        strlen(own) != 3 || strcmp(own, eg_gazetteer_key(c->g, (size_t)og)) == 0)
        return 0;
    long lg =
        listed_of_country(c, eg_gazetteer_name(c->g, (size_t)gaz), eg_rx_ent_name(c, om->ent));
    if (lg == -2)
        return -1;
    long de;
    if (lg >= 0 && strcmp(eg_gazetteer_type(c->g, (size_t)lg), "agency") == 0) {
        if ((de = eg_doc_gazent(doc, (int32_t)lg)) < 0)
            return -1;
    } else {
        const eg_token *a = &c->tv[b], *z = &c->tv[m->tok_end - 1];
        eg_strbuf_clear(&c->s->name);
        if (eg_rx_fold_space(c->text + a->start, z->start + z->len - a->start, 0, &c->s->name) != 0)
            return -1;
        de = eg_doc_discovered(doc, c->s->name.data, c->s->name.len, "agency");
    }
    if (de < 0)
        return -1;
    if (doc->ents.v[m->ent].mentions)
        doc->ents.v[m->ent].mentions--;
    doc->ents.v[de].mentions++;
    m->ent = (uint32_t)de;
    m->origin = EG_ORIGIN_RULE;
    return 0;
}

/* Is `prefix` (n bytes) a listed country, demonym or place ("Zimbabwe",
 * "Kenyan")? */
static int place_prefix(const ctx *c, const char *prefix, size_t n) {
    char buf[128];
    size_t k = eg_fold_buf(prefix, n, 0, buf, sizeof buf - 1);
    if (k == (size_t)-1)
        return 0;
    buf[k] = '\0';
    long g = eg_gazetteer_find(c->g, buf);
    if (g < 0)
        return 0;
    const char *t = eg_gazetteer_type(c->g, (size_t)g);
    return strcmp(t, "country") == 0 || strcmp(t, "location") == 0;
}

/* The body other than e named by a listed place or demonym, a space and
 * `tail` ("Kenyan Revenue Authority" for "Revenue Authority"), or NONE;
 * *many says whether there are two or more (a listed body counts too: two
 * coast guards, one tail). */
static uint32_t place_led_body(const ctx *c, uint32_t e, const char *tail, int *many) {
    const eg_doc *doc = c->doc;
    size_t tn = strlen(tail);
    uint32_t to = NONE;
    *many = 0;
    for (uint32_t f = 0; f < doc->ents.n; f++) {
        if (f == e || !doc->ents.v[f].mentions || !body_type(eg_rx_ent_type(c, f)))
            continue;
        const char *name = eg_rx_ent_name(c, f);
        size_t nn = strlen(name);
        if (nn <= tn + 1 || name[nn - tn - 1] != ' ' || strcmp(name + nn - tn, tail) != 0 ||
            !place_prefix(c, name, nn - tn - 1))
            continue;
        if (to != NONE) {
            *many = 1;
            break;
        }
        to = f;
    }
    return to;
}

/* The listed body "<nm> of <cn>", "<nm> (<cn>)" or "<cn> <nm>" ("Taiwan
 * Food and Drug Administration" of "Taiwan’s Food and Drug Administration"),
 * or -1; -2 on ENOMEM. */
static long listed_of_country(ctx *c, const char *nm, const char *cn) {
    long g = -1;
    for (int form = 0; form < 3 && g < 0; form++) {
        eg_strbuf_clear(&c->s->name);
        if (form == 2) {
            if (eg_strbuf_puts(&c->s->name, cn) != 0 || eg_strbuf_putc(&c->s->name, ' ') != 0 ||
                eg_strbuf_puts(&c->s->name, nm) != 0)
                return -2;
        } else if (eg_strbuf_puts(&c->s->name, nm) != 0 ||
                   eg_strbuf_puts(&c->s->name, form ? " (" : " of ") != 0 ||
                   eg_strbuf_puts(&c->s->name, cn) != 0 ||
                   (form && eg_strbuf_putc(&c->s->name, ')') != 0)) {
            return -2;
        }
        g = eg_gazetteer_find(c->g, c->s->name.data);
    }
    return g >= 0 && body_type(eg_gazetteer_type(c->g, (size_t)g)) ? g : -1;
}

/* The country entity whose possessive comes right before mention m
 * ("Uganda" of "Uganda’s Ports Authority"), or NONE. */
static uint32_t possessive_country(const ctx *c, const eg_mention *m) {
    uint32_t b = m->tok_begin;
    if (b < 2 || !(c->tv[b - 1].flags & EG_TOK_POSS) || !covered(c, b - 2))
        return NONE;
    const eg_mention *o = &c->doc->ments.v[c->s->cover.v[b - 2]];
    return o->tok_end == b - 1 && strcmp(eg_rx_ent_type(c, o->ent), "country") == 0 ? o->ent : NONE;
}

/* Moves the mentions of discovered entity e (named nm) to listed body de
 * (gazetteer entry g), all but those after the possessive of another
 * country that has a listed body of that name: "Russia’s Ministry of
 * Foreign Affairs" stays apart when "Estonia’s Ministry of Foreign Affairs"
 * goes to Estonia's, and goes to Russia's in its turn. 0, or -1 on ENOMEM. */
static int repoint_owned(ctx *c, uint32_t e, const char *nm, uint32_t de, long g) {
    eg_doc *doc = c->doc;
    const char *own = eg_gazetteer_attr(c->g, (size_t)g, "country");
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *x = &doc->ments.v[i];
        if (x->ent != e)
            continue;
        uint32_t o = own && strlen(own) == 3 ? possessive_country(c, x) : NONE;
        int32_t og = o != NONE ? doc->ents.v[o].gaz : -1;
        if (og >= 0 && strcmp(own, eg_gazetteer_key(c->g, (size_t)og)) != 0) {
            long other = listed_of_country(c, nm, eg_rx_ent_name(c, o));
            if (other == -2)
                return -1;
            if (other >= 0)
                continue;
        }
        x->ent = de;
        doc->ents.v[de].mentions++;
        if (doc->ents.v[e].mentions)
            doc->ents.v[e].mentions--;
    }
    return 0;
}

int eg_rx_rule_owner_listed(ctx *c) {
    eg_doc *doc = c->doc;
    uint32_t home = NONE;
    int home_known = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        uint32_t b = m->tok_begin;
        if (m->origin != EG_ORIGIN_RULE || doc->ents.v[m->ent].gaz >= 0 ||
            !body_type(eg_rx_ent_type(c, m->ent)))
            continue;
        const char *nm = eg_rx_ent_name(c, m->ent);
        long g = -1;
        int owned = 0;
        if (b >= 2 && (c->tv[b - 1].flags & EG_TOK_POSS) && covered(c, b - 2)) {
            const eg_mention *o = &doc->ments.v[c->s->cover.v[b - 2]];
            owned = o->tok_end == b - 1 && strcmp(eg_rx_ent_type(c, o->ent), "country") == 0;
            if (owned)
                g = listed_of_country(c, nm, eg_rx_ent_name(c, o->ent));
        }
        /* "sued in the Mahakama Kuu, the High Court": a gloss of an unlisted
         * body before it is that body, which the resolver joins it to */
        if (!owned && b >= 3 && tok_is(c, b - 2, ",") && covered(c, b - 3) &&
            (tok_is(c, b - 1, "the") || tok_is(c, b - 1, "The"))) {
            const eg_mention *o = &doc->ments.v[c->s->cover.v[b - 3]];
            if (doc->ents.v[o->ent].gaz < 0 && body_type(eg_rx_ent_type(c, o->ent)))
                continue;
        }
        if (!owned && !home_known) {
            home = eg_rx_article_country(c);
            home_known = 1;
        }
        /* "National Assembly" in a story about Kuwait is "National Assembly
         * (Kuwait)"; "Uganda’s Ministry of Health" is no body of the story's Kenya */
        /* a bare name the article also writes after a place is that
         * body's short form, or ambiguous between two: not the listed
         * body of the story's country ("The Revenue Authority" after the
         * Kenyan and the Ugandan Revenue Authority) */
        int many;
        if (!owned && home != NONE && place_led_body(c, m->ent, nm, &many) == NONE)
            g = listed_of_country(c, nm, eg_gazetteer_name(c->g, home));
        if (g == -2)
            return -1;
        if (g < 0)
            continue;
        long de = eg_doc_gazent(doc, (int32_t)g);
        if (de < 0)
            return -1;
        if (repoint_owned(c, m->ent, nm, (uint32_t)de, g) != 0)
            return -1;
    }
    return 0;
}

void eg_rx_rule_place_tails(ctx *c) {
    eg_doc *doc = c->doc;
    for (uint32_t e = 0; e < doc->ents.n; e++) {
        const eg_docent *de = &doc->ents.v[e];
        if (de->gaz >= 0 || !de->mentions || !body_type(eg_rx_ent_type(c, e)))
            continue;
        int many;
        uint32_t to = place_led_body(c, e, eg_rx_ent_name(c, e), &many);
        if (to == NONE || many || doc->ents.v[to].gaz >= 0)
            continue; /* a listed body takes the tail later, in resolve */
        for (size_t i = 0; i < doc->ments.n; i++)
            if (doc->ments.v[i].ent == e)
                doc->ments.v[i].origin = EG_ORIGIN_SHORT;
        repoint_entity(c, e, to);
    }
}

/* First words of a national body's name that no state's body has. */
static const char *const national_words[] = {"Federal", "National", "U.S.", "US", "United"};

/* Is the listed agency mention b, written in two words or more, right after
 * the listed state or province mention p of its own country ("Ohio" and
 * "Environmental Protection Agency"; not "FBI", not "Federal Bureau of
 * Investigation")? */
static int state_of(const ctx *c, const eg_mention *p, const eg_mention *b) {
    const eg_doc *doc = c->doc;
    int32_t pg = doc->ents.v[p->ent].gaz, bg = doc->ents.v[b->ent].gaz;
    if (p->tok_end != b->tok_begin || p->sentence != b->sentence || pg < 0 || bg < 0 ||
        b->tok_end - b->tok_begin < 2 ||
        WORD_IN_LIST(national_words, ttext(c, b->tok_begin), c->tv[b->tok_begin].len) ||
        p->origin != EG_ORIGIN_GAZETTEER || b->origin != EG_ORIGIN_GAZETTEER ||
        strcmp(eg_rx_ent_type(c, p->ent), "location") != 0 ||
        strcmp(eg_rx_ent_type(c, b->ent), "agency") != 0)
        return 0;
    const char *cat = eg_gazetteer_category(c->g, (size_t)pg),
               *pc = eg_gazetteer_attr(c->g, (size_t)pg, "country"),
               *bc = eg_gazetteer_attr(c->g, (size_t)bg, "country");
    return cat && (strcmp(cat, "state") == 0 || strcmp(cat, "province") == 0) && pc && bc &&
           strcmp(pc, bc) == 0;
}

/* "Ohio Environmental Protection Agency", "Quebec Ministry of Finance": a
 * listed national agency right after a state or province of its country is
 * the state's own body, named by both; the place's mention goes. 0, or -1 on
 * ENOMEM. */
static int state_bodies(ctx *c) {
    eg_doc *doc = c->doc;
    size_t k = 0;
    int any = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *p = &doc->ments.v[i];
        if (i + 1 < doc->ments.n && state_of(c, p, &doc->ments.v[i + 1])) {
            eg_mention *b = &doc->ments.v[i + 1];
            eg_strbuf_clear(&c->s->name);
            if (eg_rx_fold_space(c->text + p->start, b->end - p->start, 0, &c->s->name) != 0)
                return -1;
            long de = eg_doc_discovered(doc, c->s->name.data, c->s->name.len, "agency");
            if (de < 0)
                return -1;
            if (doc->ents.v[p->ent].mentions)
                doc->ents.v[p->ent].mentions--;
            if (doc->ents.v[b->ent].mentions)
                doc->ents.v[b->ent].mentions--;
            doc->ents.v[de].mentions++;
            b->tok_begin = p->tok_begin;
            b->start = p->start;
            b->ent = (uint32_t)de;
            b->origin = EG_ORIGIN_RULE;
            any = 1;
            continue;
        }
        doc->ments.v[k++] = *p;
    }
    doc->ments.n = k;
    if (!any)
        return 0;
    for (uint32_t j = 0; j < c->ntok; j++)
        c->s->cover.v[j] = NONE;
    for (size_t i = 0; i < doc->ments.n; i++)
        for (uint32_t j = doc->ments.v[i].tok_begin; j < doc->ments.v[i].tok_end; j++)
            c->s->cover.v[j] = (uint32_t)i;
    return 0;
}

/* Are the letters of b[0..nb) (case folded) in a[0..na) in order, the
 * first ones first ("gécamines" in "générale des carrières et des mines")? */
static int letters_within(const char *a, size_t na, const char *b, size_t nb) {
    if (!na || !nb || a[0] != b[0])
        return 0;
    size_t i = 0;
    for (size_t j = 0; j < nb; j++) {
        if (b[j] == ' ' || b[j] == '-' || b[j] == '.')
            continue;
        while (i < na && a[i] != b[j])
            i++;
        if (i == na)
            return 0;
        i++;
    }
    return 1;
}

/* "Générale des Carrières et des Mines (Gécamines)", "Petróleos Mexicanos
 * (Pemex)": a discovered body followed by the name of a listed body in
 * parentheses, its letters taken in order from the long name, is that body
 * named in full. "Kamoto Copper Company (Glencore)" names an owner. Returns
 * 1 if merged. */
static int paren_listed_name(ctx *c, const eg_mention *m, uint32_t a, uint32_t se) {
    eg_doc *doc = c->doc;
    const eg_mention *am = &doc->ments.v[c->s->cover.v[a]];
    if (am->tok_begin != a || am->tok_end >= se || !tok_is(c, am->tok_end, ")") ||
        am->origin != EG_ORIGIN_GAZETTEER || am->ent == m->ent || doc->ents.v[am->ent].gaz < 0 ||
        doc->ents.v[m->ent].gaz >= 0 || m->tok_end - m->tok_begin < 2 ||
        !body_type(eg_rx_ent_type(c, m->ent)) || !body_type(eg_rx_ent_type(c, am->ent)))
        return 0;
    char x[256], y[64];
    size_t nx = eg_fold_buf(c->text + m->start, m->end - m->start, EG_FOLD_CASE, x, sizeof x);
    size_t ny = eg_fold_buf(c->text + am->start, am->end - am->start, EG_FOLD_CASE, y, sizeof y);
    if (nx == (size_t)-1 || ny == (size_t)-1 || ny < 3)
        return 0;
    if (!letters_within(x, nx, y, ny)) {
        /* "National Commission on Human Rights (Komnas HAM)": a listed name
         * of two words or more with a word in capitals, of the same type */
        int caps = 0;
        for (uint32_t k = am->tok_begin; k < am->tok_end; k++)
            caps |= (c->tv[k].flags & EG_TOK_WORD) && (c->tv[k].flags & EG_TOK_ALLCAPS) &&
                    c->tv[k].len >= 2;
        const char *an = eg_rx_ent_name(c, am->ent);
        if (!caps || am->tok_end - am->tok_begin < 2 ||
            strcmp(eg_rx_ent_type(c, m->ent), eg_rx_ent_type(c, am->ent)) != 0 ||
            strlen(an) != am->end - am->start || memcmp(an, c->text + am->start, strlen(an)) != 0)
            return 0; /* "Ministry of Defence (TNI AD)": the list names the Indonesian Army */
    }
    repoint_entity(c, m->ent, am->ent);
    return 1;
}

/* "Competition Council (Consiliul Concurenței)": a body the rules found,
 * named in two words or more in parentheses right after another body's
 * name, or in one word of eight letters or more, not in capitals, with a
 * letter outside ASCII or both bodies agencies ("Danish Medicines Agency
 * (Lægemiddelstyrelsen)", "Finnish Food Authority (Ruokavirasto)"), is that
 * body named in another language. A body
 * the rules found, named in two words or more, followed by a listed body's
 * name in another language in parentheses ("State Police (Polizia di
 * Stato)") is that listed body. Returns 1 if merged. */
static int paren_name(ctx *c, const eg_mention *m, uint32_t a, uint32_t se) {
    eg_doc *doc = c->doc;
    const eg_mention *x = &doc->ments.v[c->s->cover.v[a]];
    if (x->tok_begin != a || x->tok_end >= se || !tok_is(c, x->tok_end, ")") || x->ent == m->ent ||
        !body_type(eg_rx_ent_type(c, x->ent)))
        return 0;
    if (x->origin == EG_ORIGIN_GAZETTEER && doc->ents.v[x->ent].gaz >= 0 &&
        m->origin == EG_ORIGIN_RULE && doc->ents.v[m->ent].gaz < 0 &&
        m->tok_end - m->tok_begin >= 2 && body_type(eg_rx_ent_type(c, m->ent)) &&
        x->tok_end - x->tok_begin >= 2 && foreign_name(c, x) && !foreign_name(c, m)) {
        repoint_entity(c, m->ent, x->ent);
        return 1;
    }
    int agencies = strcmp(eg_rx_ent_type(c, x->ent), "agency") == 0 &&
                   strcmp(eg_rx_ent_type(c, m->ent), "agency") == 0;
    if ((x->tok_end - x->tok_begin < 2 && !((foreign_name(c, x) || agencies) && c->tv[a].len >= 8 &&
                                            !(c->tv[a].flags & EG_TOK_ALLCAPS))) ||
        x->origin != EG_ORIGIN_RULE || doc->ents.v[x->ent].gaz >= 0)
        return 0;
    repoint_entity(c, x->ent, m->ent);
    return 1;
}

/* Is token k a word of 3 letters or more of mention m's name? */
static int word_of_mention(const ctx *c, const eg_mention *m, uint32_t k) {
    if (c->tv[k].len < 3)
        return 0;
    for (uint32_t j = m->tok_begin; j < m->tok_end; j++)
        if (same_tokens(c, j, k, 1))
            return 1;
    return 0;
}

/* "Icelandic Meteorological Office (Veðurstofa Íslands)", "Teifi
 * University (Prifysgol Teifi)": two to eight capitalised words no rule
 * took, in parentheses right after a body's name (mention m), with a letter
 * outside ASCII, a joining word English does not use or a word of m's name
 * after a first word that is no given name ("Kairys UAB (Mindaugas
 * Kairys)" names its founder), are that body's name in another language.
 * The end of the name (the token before ")"), or NONE. */
static uint32_t paren_foreign(const ctx *c, const eg_mention *m, uint32_t a, uint32_t se) {
    uint32_t q = a, words = 0;
    int foreign = 0, shared = 0;
    while (q < se && !tok_is(c, q, ")")) {
        if (covered(c, q) || words > 8)
            return NONE;
        if (is_cap_word(c, q)) {
            words++;
            shared |= q > a && word_of_mention(c, m, q);
        } else if ((c->tv[q].flags & EG_TOK_WORD) && LOWER_IN(q, foreign_links) && q > a) {
            foreign = 1;
        } else {
            return NONE;
        }
        const char *s = ttext(c, q);
        for (uint32_t k = 0; k < c->tv[q].len; k++)
            foreign |= (unsigned char)s[k] >= 0x80;
        q++;
    }
    foreign |= shared && !eg_rx_given_name(c, a);
    if (q >= se || words < 2 || !foreign || !is_cap_word(c, q - 1))
        return NONE;
    return q;
}

/* "Assembly of Corsica — Assemblea di Corsica in Corsican —", "Public
 * Prosecutor’s Office (Portuguese: Ministério Público)": the body's name in
 * a language the article names, right after it. Returns the end of that
 * name (after its last word) and sets *start, or NONE. Words of the name
 * may be places the lists know ("Corsica"), never another body. */
static uint32_t native_name(const ctx *c, uint32_t j, uint32_t se, uint32_t *start) {
    uint32_t p;
    int colon = 0;
    if (tok_is(c, j, "(") && j + 3 < se && is_language(c, j + 1) && tok_is(c, j + 2, ":")) {
        p = j + 3;
        colon = 1;
    } else if (tok_is(c, j, "(") || tok_is(c, j, ",") || tok_is(c, j, "\xE2\x80\x94") ||
               tok_is(c, j, "\xE2\x80\x93")) {
        p = j + 1;
    } else {
        return NONE;
    }
    if (p >= se || !is_cap_word(c, p))
        return NONE;
    uint32_t q = p, words = 0;
    while (q < se && q < p + 10) {
        if (!colon && tok_is(c, q, "in") && q + 1 < se && is_language(c, q + 1) &&
            (q + 2 >= se || (c->tv[q + 2].flags & EG_TOK_PUNCT)))
            break;
        if (colon && tok_is(c, q, ")"))
            break;
        if (covered(c, q)) {
            const eg_mention *x = &c->doc->ments.v[c->s->cover.v[q]];
            if (x->tok_begin < q ||
                !(eg_rx_replaceable(c, x) || (q == p && body_type(eg_rx_ent_type(c, x->ent)))))
                return NONE;
            words += x->tok_end - q;
            q = x->tok_end;
            continue;
        }
        if (!(c->tv[q].flags & EG_TOK_WORD))
            return NONE;
        words++;
        q++;
    }
    if (q >= se || words < 2 || !is_cap_word(c, q - 1) || (!colon && !tok_is(c, q, "in")) ||
        (colon && !tok_is(c, q, ")")))
        return NONE;
    *start = p;
    return q;
}

/* Tokens [b, e) name m's entity by another name (an acronym, a name in
 * another language): a short-form candidate that replaces what the rules
 * found there. */
static eg_status add_alias(ctx *c, const eg_mention *m, uint32_t b, uint32_t e, eg_error *err) {
    eg_status st = eg_rx_add_cand(c, b, e, m->sentence, K_ACRONYM, NULL, (int32_t)m->ent,
                                  EG_ORIGIN_SHORT, err);
    if (st == EG_OK)
        c->s->cands.v[c->s->cands.n - 1].replace = 1;
    return st;
}

/* Whether entity e is what "the <noun>" at token k calls it: a word of
 * its name ("the union" of "Korean Metal Workers' Union") or the word
 * right before one of its mentions ("the bank workers' union La
 * Bancaria"), case aside. */
static int noun_names(const ctx *c, uint32_t e, uint32_t k) {
    const char *w = ttext(c, k);
    size_t n = c->tv[k].len;
    const char *nm = eg_rx_ent_name(c, e);
    for (const char *p = nm; *p;) {
        const char *q = strchr(p, ' ');
        size_t l = q ? (size_t)(q - p) : strlen(p);
        if (l == n && strncasecmp(p, w, n) == 0)
            return 1;
        p += l + (q != NULL);
    }
    const eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *x = &doc->ments.v[i];
        if (x->ent == e && x->tok_begin > 0 && c->tv[x->tok_begin - 1].len == n &&
            memcmp(ttext(c, x->tok_begin - 1), w, n) == 0)
            return 1;
    }
    return 0;
}

/* The body "as the <noun> is known" (noun at token k) refers to, for
 * mention m: the one body of m's type the article names before m's
 * sentence; of several, where m's name is not listed,
 * the one the noun names (noun_names). NONE if none or two fit, or if the article names m's own
 * entity before ("Ansar Allah, as the movement calls itself" after "the Houthis"). */
static uint32_t noun_referent(const ctx *c, const eg_mention *m, uint32_t k) {
    const eg_doc *doc = c->doc;
    const char *type = eg_rx_ent_type(c, m->ent);
    uint32_t sb = doc->sents.v[m->sentence].tok_begin;
    uint32_t all = NONE, named = NONE;
    int many = 0, named_many = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *x = &doc->ments.v[i];
        if (x->tok_end > sb || (doc->sents.v[x->sentence].flags & EG_SENT_TITLE) ||
            strcmp(eg_rx_ent_type(c, x->ent), type) != 0)
            continue;
        if (x->ent == m->ent)
            return NONE; /* "Ansar Allah, as the movement calls itself" after "the Houthis" */
        many |= all != NONE && all != x->ent;
        if (all == NONE)
            all = x->ent;
        if (x->ent != named && noun_names(c, x->ent, k)) {
            named_many |= named != NONE;
            named = x->ent;
        }
    }
    if (!many)
        return all;
    if (doc->ents.v[m->ent].gaz >= 0 || named_many)
        return NONE;
    return named;
}

/* "The Brazilian Institute of the Environment ..., as Ibama is known in
 * English," and "The National Energy Regulatory Authority, as the agency is
 * formally called in English,": a body followed by ", as <body> is [adverb]
 * known|called" or ", as <body> calls itself" is that body; after "as the
 * <noun>" it is the body noun_referent gives ("the Asociación Bancaria, as
 * the union is formally known" after "the bank workers' union La
 * Bancaria"); a name no rule took there ("as Inaflor is known") becomes its
 * alias. The discovered one joins the listed one (two listed bodies stay
 * apart). Returns 1 if merged, -1 on error (err set). */
static int as_is_known(ctx *c, const eg_mention *m, uint32_t j, uint32_t se, eg_error *err) {
    eg_doc *doc = c->doc;
    if (j + 4 >= se || !tok_is(c, j, ",") || !tok_is(c, j + 1, "as"))
        return 0;
    uint32_t p = j + 2, target = NONE, name = NONE, name_end = NONE, noun = NONE;
    if (!covered(c, p) && is_cap_word(c, p) && !eg_rx_tok_class(c, p)) {
        /* "as Inaflor is known": a name no rule took */
        name = p;
        while (p < se && p - name < 3 && !covered(c, p) && is_cap_word(c, p))
            p++;
        name_end = p;
    } else if (covered(c, p)) {
        const eg_mention *y = &doc->ments.v[c->s->cover.v[p]];
        if (y->tok_begin != p || !body_type(eg_rx_ent_type(c, y->ent)))
            return 0;
        p = y->tok_end;
        target = y->ent;
    } else if (tok_is(c, p, "the") && p + 1 < se && (c->tv[p + 1].flags & EG_TOK_WORD) &&
               !(c->tv[p + 1].flags & EG_TOK_CAP)) {
        noun = p + 1;
        p += 2;
    } else {
        return 0;
    }
    if (p + 1 < se && (tok_is(c, p, "calls") || tok_is(c, p, "called")) &&
        tok_is(c, p + 1, "itself")) {
        p = se; /* "as the group calls itself in its statements" */
    } else {
        if (p + 1 >= se || !(tok_is(c, p, "is") || tok_is(c, p, "was")))
            return 0;
        p++;
        if (LOWER_IN(p, known_adverbs) || tok_is(c, p, "formally"))
            p++;
        if (p >= se || !(tok_is(c, p, "known") || tok_is(c, p, "called")))
            return 0;
        p++;
    }
    if (!(p >= se || (c->tv[p].flags & EG_TOK_PUNCT) ||
          (tok_is(c, p, "in") && p + 1 < se && is_cap_word(c, p + 1))))
        return 0;
    if (name != NONE) {
        return add_alias(c, m, name, name_end, err) == EG_OK ? 1 : -1;
    }
    if (target == NONE) /* "as the agency is called" */
        target = noun_referent(c, m, noun);
    if (target == NONE || target == m->ent)
        return 0;
    int ml = doc->ents.v[m->ent].gaz >= 0, tl = doc->ents.v[target].gaz >= 0;
    if (ml && tl)
        return 0;
    if (ml)
        repoint_entity(c, target, m->ent);
    else
        repoint_entity(c, m->ent, target);
    return 1;
}

/* Does the acronym at token a spell the initials of mention m? */
static int spells(const ctx *c, const eg_mention *m, uint32_t a) {
    char buf[64];
    size_t n = initials(c, m->tok_begin, m->tok_end, 0, buf, sizeof buf);
    return n >= 2 && n == c->tv[a].len && memcmp(buf, ttext(c, a), n) == 0;
}

/* Is token j a "/" written against the tokens on both sides? */
static int slash_at(const ctx *c, uint32_t j) {
    return j + 1 < c->ntok && tok_is(c, j, "/") && attached(c, j) && attached(c, j + 1);
}

/* Rebuilds the token cover after mentions were joined or split. */
static void recover(ctx *c) {
    eg_doc *doc = c->doc;
    for (uint32_t j = 0; j < c->ntok; j++)
        c->s->cover.v[j] = NONE;
    for (size_t i = 0; i < doc->ments.n; i++)
        for (uint32_t j = doc->ments.v[i].tok_begin; j < doc->ments.v[i].tok_end; j++)
            c->s->cover.v[j] = (uint32_t)i;
}

/* "Movimento de Libertação de São Tomé e Príncipe/Partido Social Democrata
 * (MLSTP/PSD)": two bodies joined by a slash and defined by their two
 * acronyms joined the same way are one body (a party list, a merged
 * party); it takes both names' mentions there, and every "MLSTP/PSD" of
 * the article names it. Two bodies with a slash and no such definition
 * stay two ("Renault/Nissan"). EG_OK, or EG_ERR_NOMEM. */
static eg_status slash_bodies(ctx *c, eg_error *err) {
    eg_doc *doc = c->doc;
    size_t k = 0;
    long joined = -1;
    uint32_t acr[2] = {NONE, NONE};
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *x = &doc->ments.v[i];
        if (joined < 0 && i + 1 < doc->ments.n) {
            eg_mention *y = &doc->ments.v[i + 1];
            uint32_t se = doc->sents.v[y->sentence].tok_end, e = y->tok_end;
            if (x->sentence == y->sentence && x->tok_end + 1 == y->tok_begin &&
                slash_at(c, x->tok_end) && body_type(eg_rx_ent_type(c, x->ent)) &&
                body_type(eg_rx_ent_type(c, y->ent)) && e + 4 < se && tok_is(c, e, "(") &&
                slash_at(c, e + 2) && tok_is(c, e + 4, ")") && !covered(c, e + 1) &&
                !covered(c, e + 3) && spells(c, x, e + 1) && spells(c, y, e + 3)) {
                eg_strbuf_clear(&c->s->name);
                if (eg_rx_fold_space(c->text + x->start, y->end - x->start, 0, &c->s->name) != 0)
                    return eg_rx_oom(doc->origin, doc->origin_line, err);
                joined = eg_doc_discovered(doc, c->s->name.data, c->s->name.len,
                                           body_literal(eg_rx_ent_type(c, x->ent)));
                if (joined < 0)
                    return eg_rx_oom(doc->origin, doc->origin_line, err);
                x = &doc->ments.v[i];
                y = &doc->ments.v[i + 1];
                if (doc->ents.v[x->ent].mentions)
                    doc->ents.v[x->ent].mentions--;
                if (doc->ents.v[y->ent].mentions)
                    doc->ents.v[y->ent].mentions--;
                doc->ents.v[joined].mentions++;
                x->ent = (uint32_t)joined;
                x->tok_end = y->tok_end;
                x->end = y->end;
                x->origin = EG_ORIGIN_RULE;
                acr[0] = e + 1;
                acr[1] = e + 3;
                doc->ments.v[k++] = *x;
                i++;
                continue;
            }
        }
        doc->ments.v[k++] = *x;
    }
    doc->ments.n = k;
    if (joined < 0)
        return EG_OK;
    recover(c);
    const eg_token *a = &c->tv[acr[0]], *b = &c->tv[acr[1]];
    for (uint32_t si = 0; si < doc->sents.n; si++) {
        const eg_sentence *sn = &doc->sents.v[si];
        if (sn->flags & EG_SENT_BOILER)
            continue;
        for (uint32_t j = sn->tok_begin; j + 2 < sn->tok_end; j++) {
            const eg_token *t = &c->tv[j], *u = &c->tv[j + 2];
            if (covered(c, j) || covered(c, j + 2) || !slash_at(c, j + 1) || t->len != a->len ||
                u->len != b->len || memcmp(ttext(c, j), ttext(c, acr[0]), a->len) != 0 ||
                memcmp(ttext(c, j + 2), ttext(c, acr[1]), b->len) != 0 ||
                (j > sn->tok_begin && attached(c, j)) ||
                (j + 3 < sn->tok_end && attached(c, j + 3) && (c->tv[j + 3].flags & EG_TOK_WORD)))
                continue;
            eg_status st = eg_rx_add_cand(c, j, j + 3, si, K_ACRONYM, NULL, (int32_t)joined,
                                          EG_ORIGIN_SHORT, err);
            if (st != EG_OK)
                return st;
        }
    }
    return EG_OK;
}

/* Does the acronym at token a spell the initials of tokens [k, e) for some
 * k in [b, last] (capitalised words, small words left out)? */
static int spells_tail(const ctx *c, uint32_t b, uint32_t last, uint32_t e, uint32_t a) {
    char buf[64];
    for (uint32_t k = b; k <= last; k++) {
        size_t n = initials(c, k, e, 0, buf, sizeof buf);
        if (n == c->tv[a].len && memcmp(buf, ttext(c, a), n) == 0)
            return 1;
    }
    return 0;
}

/* "Pacific Islands Forum Fisheries Agency (FFA)": a body the rules found
 * right after a listed body, whose acronym in parentheses spells more than
 * its own words, is one body named after its parent; it takes the parent's
 * mention in and the parent's type. 0, or -1 on ENOMEM. */
static int parent_bodies(ctx *c) {
    eg_doc *doc = c->doc;
    size_t k = 0;
    int any = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *p = &doc->ments.v[i];
        if (i + 1 < doc->ments.n) {
            eg_mention *b = &doc->ments.v[i + 1];
            uint32_t se = doc->sents.v[b->sentence].tok_end, e = b->tok_end;
            char own[64];
            if (p->tok_end == b->tok_begin && p->sentence == b->sentence &&
                p->origin == EG_ORIGIN_GAZETTEER && b->origin == EG_ORIGIN_RULE &&
                doc->ents.v[p->ent].gaz >= 0 && doc->ents.v[b->ent].gaz < 0 &&
                attached_space(c, b->tok_begin) && body_type(eg_rx_ent_type(c, p->ent)) &&
                body_type(eg_rx_ent_type(c, b->ent)) && e + 2 < se && tok_is(c, e, "(") &&
                tok_is(c, e + 2, ")") && eg_rx_acronym_shape(c, e + 1) &&
                !(initials(c, b->tok_begin, e, 0, own, sizeof own) == c->tv[e + 1].len &&
                  memcmp(own, ttext(c, e + 1), c->tv[e + 1].len) == 0) &&
                spells_tail(c, p->tok_begin, p->tok_end - 1, e, e + 1)) {
                const char *type = body_literal(eg_rx_ent_type(c, p->ent));
                eg_strbuf_clear(&c->s->name);
                if (eg_rx_fold_space(c->text + p->start, b->end - p->start, 0, &c->s->name) != 0)
                    return -1;
                long de = eg_doc_discovered(doc, c->s->name.data, c->s->name.len, type);
                if (de < 0)
                    return -1;
                p = &doc->ments.v[i];
                b = &doc->ments.v[i + 1];
                if (doc->ents.v[p->ent].mentions)
                    doc->ents.v[p->ent].mentions--;
                repoint_entity(c, b->ent, (uint32_t)de);
                b->tok_begin = p->tok_begin;
                b->start = p->start;
                any = 1;
                continue;
            }
        }
        doc->ments.v[k++] = *p;
    }
    doc->ments.n = k;
    if (!any)
        return 0;
    for (uint32_t j = 0; j < c->ntok; j++)
        c->s->cover.v[j] = NONE;
    for (size_t i = 0; i < doc->ments.n; i++)
        for (uint32_t j = doc->ments.v[i].tok_begin; j < doc->ments.v[i].tok_end; j++)
            c->s->cover.v[j] = (uint32_t)i;
    return 0;
}

/* Words that join the last words of a body's name ("Urząd Ochrony
 * Konkurencji i Konsumentów", "Navoi Mining and Metallurgical Combinat",
 * "Association for Civil Rights in Israel"), which a rule may stop before.
 * Sorted. */
static const char *const name_joins[] = {"a", "and", "e", "et", "i", "in", "och", "og", "und", "y"};

/* "Urząd Ochrony Konkurencji i Konsumentów (UOKiK)": a body's name the
 * rules stopped before a joining word, when the acronym after the rest
 * spells the whole name (the joining word's letter as written, in capitals
 * or left out), takes the rest in and names a body of its own. After "and"
 * or "in" the acronym must spell a listed name taken in too, and "of",
 * "for", "the" are left out of it ("Association for Civil Rights in Israel
 * (ACRI)"; not "... in Israel (ACR)"). 0, or -1 on
 * ENOMEM. */
static int extend_to_acronym(ctx *c, size_t i, uint32_t se) {
    eg_doc *doc = c->doc;
    eg_mention *m = &doc->ments.v[i];
    uint32_t j = m->tok_end, q = j + 1;
    if (m->origin != EG_ORIGIN_RULE || doc->ents.v[m->ent].gaz >= 0 || j + 4 >= se ||
        (c->tv[j].flags & EG_TOK_CAP) || !LOWER_IN(j, name_joins))
        return 0;
    while (q < se && q < j + 4 && is_cap_word(c, q) && !covered(c, q) &&
           !(c->tv[q].flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)))
        q++;
    int listed = 0;
    if (q == j + 1 && covered(c, q)) {
        /* "Dirección de Investigación Criminal e Interpol (DIJIN)": a listed
         * name after the joining word, and an acronym of the whole that
         * starts as the body's name does and is not the listed name's */
        const eg_mention *x = &doc->ments.v[c->s->cover.v[q]];
        if (x->tok_begin != q || x->origin != EG_ORIGIN_GAZETTEER || doc->ents.v[x->ent].gaz < 0)
            return 0;
        q = x->tok_end;
        listed = 1;
    }
    if (q == j + 1 || q + 2 >= se || !tok_is(c, q, "(") || !tok_is(c, q + 2, ")"))
        return 0;
    const eg_token *a = &c->tv[q + 1];
    const char *at = ttext(c, q + 1);
    if (!(a->flags & EG_TOK_WORD) || !(a->flags & EG_TOK_CAP) || a->len < 3 || a->len > 10)
        return 0;
    if (listed) {
        const eg_mention *x = &doc->ments.v[c->s->cover.v[j + 1]];
        char buf[16];
        if (!eg_rx_acronym_shape(c, q + 1) || at[0] != ttext(c, m->tok_begin)[0] ||
            at[0] == ttext(c, j + 1)[0] || a->len >= sizeof buf)
            return 0;
        memcpy(buf, at, a->len);
        buf[a->len] = '\0';
        if (eg_gazetteer_find(c->g, buf) == doc->ents.v[x->ent].gaz)
            return 0;
    }
    /* an English joining word takes a listed name in only when the acronym
     * spells it too ("Association for Civil Rights in Israel (ACRI)") */
    int english = tok_is(c, j, "in") || tok_is(c, j, "and");
    for (int how = listed && !english ? 3 : 0; how < (english ? 3 : 4); how++) {
        char buf[16];
        size_t n = 0;
        int ok = 1;
        for (uint32_t k = m->tok_begin; k < q && ok; k++) {
            const eg_token *t = &c->tv[k];
            if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_POSS))
                continue;
            if (english && k != j && !(t->flags & EG_TOK_CAP) &&
                (tok_is(c, k, "of") || tok_is(c, k, "for") || tok_is(c, k, "the")))
                continue; /* "Association for Civil Rights" */
            char ch = ttext(c, k)[0];
            if (k == j && how == 2)
                continue;
            if (k == j && how == 1 && ch >= 'a' && ch <= 'z')
                ch = (char)(ch - 'a' + 'A');
            ok = (unsigned char)ch < 0x80 && n + 1 < sizeof buf &&
                 (k == j || (t->flags & EG_TOK_CAP));
            if (ok)
                buf[n++] = ch;
        }
        if (how < 3 && (!ok || n != a->len || memcmp(buf, at, n) != 0))
            continue;
        const eg_token *z = &c->tv[q - 1];
        eg_strbuf_clear(&c->s->name);
        if (eg_rx_fold_space(c->text + m->start, z->start + z->len - m->start, 0, &c->s->name) != 0)
            return -1;
        long de = eg_doc_discovered(doc, c->s->name.data, c->s->name.len,
                                    body_literal(eg_rx_ent_type(c, m->ent)));
        if (de < 0)
            return -1;
        m = &doc->ments.v[i];
        if (doc->ents.v[m->ent].mentions)
            doc->ents.v[m->ent].mentions--;
        doc->ents.v[de].mentions++;
        m->ent = (uint32_t)de;
        m->tok_end = q;
        m->end = z->start + z->len;
        if (listed) {
            size_t x = c->s->cover.v[j + 1];
            if (doc->ents.v[doc->ments.v[x].ent].mentions)
                doc->ents.v[doc->ments.v[x].ent].mentions--;
            memmove(&doc->ments.v[x], &doc->ments.v[x + 1],
                    (doc->ments.n - x - 1) * sizeof *doc->ments.v);
            doc->ments.n--;
            recover(c);
            return 0;
        }
        for (uint32_t k = j; k < q; k++)
            c->s->cover.v[k] = (uint32_t)i;
        return 0;
    }
    return 0;
}

/* Mention m takes in the mentions after it up to token `end` and becomes a
 * mention of the discovered entity named by its new text, of type `type`
 * (a literal); origin EG_ORIGIN_RULE. Mentions i+1 .. are compacted by the
 * caller through `gone` (the count of mentions taken in). -1 on ENOMEM. */
static int join_upto(ctx *c, size_t i, uint32_t end, const char *type, size_t *gone) {
    eg_doc *doc = c->doc;
    eg_mention *m = &doc->ments.v[i];
    const eg_token *z = &c->tv[end - 1];
    eg_strbuf_clear(&c->s->name);
    if (eg_rx_fold_space(c->text + m->start, z->start + z->len - m->start, 0, &c->s->name) != 0)
        return -1;
    long de = eg_doc_discovered(doc, c->s->name.data, c->s->name.len, type);
    if (de < 0)
        return -1;
    m = &doc->ments.v[i];
    size_t k = i + 1;
    while (k < doc->ments.n && doc->ments.v[k].tok_begin < end) {
        eg_mention *x = &doc->ments.v[k++];
        if (doc->ents.v[x->ent].mentions)
            doc->ents.v[x->ent].mentions--;
    }
    *gone = k - i - 1;
    if (doc->ents.v[m->ent].mentions)
        doc->ents.v[m->ent].mentions--;
    doc->ents.v[de].mentions++;
    m->ent = (uint32_t)de;
    m->tok_end = end;
    m->end = z->start + z->len;
    m->origin = EG_ORIGIN_RULE;
    return 0;
}

/* Words that join a body's or a place's name to the place it belongs to
 * ("Policía Nacional del Perú", "Serra do Barroso"). */
static const char *const of_words[] = {"da",  "das", "de",   "del", "di",  "do",
                                       "dos", "of",  "para", "por", "pour"};

/* The listed country named by the word at token j with its accents left
 * out ("Perú", "México"), or -1. */
static long unaccented_country(const ctx *c, uint32_t j) {
    static const char from[] = "aaaaaaaceeeeiiiidnooooo\0ouuuuy";
    const unsigned char *s = (const unsigned char *)ttext(c, j);
    char buf[64];
    size_t n = 0, len = c->tv[j].len;
    int changed = 0;
    for (size_t i = 0; i < len; i++) {
        if (n + 1 >= sizeof buf)
            return -1;
        if (s[i] == 0xC3 && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
            unsigned cp = 0xC0u + (s[i + 1] & 0x3Fu), k = cp >= 0xE0 ? cp - 0xE0 : cp - 0xC0;
            char ch = k + 1 < sizeof from ? from[k] : 0;
            if (!ch)
                return -1;
            buf[n++] = cp < 0xE0 ? (char)(ch - 'a' + 'A') : ch;
            changed = 1;
            i++;
        } else if (s[i] < 0x80) {
            buf[n++] = (char)s[i];
        } else {
            return -1;
        }
    }
    buf[n] = '\0';
    long g = changed ? eg_gazetteer_find(c->g, buf) : -1;
    return g >= 0 && strcmp(eg_gazetteer_type(c->g, (size_t)g), "country") == 0 ? g : -1;
}

/* Does the article name person entity e by a mention of two words or more? */
static int person_in_full(const ctx *c, uint32_t e) {
    for (size_t i = 0; i < c->doc->ments.n; i++) {
        const eg_mention *x = &c->doc->ments.v[i];
        if (x->ent == e && x->tok_end - x->tok_begin >= 2)
            return 1;
    }
    return 0;
}

/* Whether country mention x writes the country's name or one of its other
 * names, not a demonym ("Qatar", "the Netherlands"; not "Qatari"). */
static int country_name(const ctx *c, const eg_mention *x) {
    (void)c;
    return x->origin == EG_ORIGIN_GAZETTEER;
}

/* Whether mention x is written "Red Cross ..." or "Red Crescent ...": after
 * a country it names that country's national society, a body of its own,
 * not the International Committee the list gives "Red Cross". */
static int red_cross(const ctx *c, const eg_mention *x) {
    uint32_t b = x->tok_begin;
    return x->tok_end - b >= 2 && tok_is(c, b, "Red") &&
           (tok_is(c, b + 1, "Cross") || tok_is(c, b + 1, "Crescent"));
}

/* Whether listed entity g has attribute `name` equal to `value`. */
static int gaz_is(const eg_gazetteer *g, int32_t gaz, const char *name, const char *value) {
    const char *v = eg_gazetteer_attr(g, (size_t)gaz, name);
    return v && strcmp(v, value) == 0;
}

/* Names the matcher and the rules cut in two pieces, made one:
 *  - a listed body of one country named with another country after "de",
 *    "del" or "of" ("Policía Nacional del Perú", where "Policía Nacional"
 *    is listed for Spain's) is a body of its own;
 *  - a place's name joined by "do", "da", "de" ... to a word the list
 *    gives a person only as a surname, when the article never names that
 *    person in full ("Serra do Barroso", "Covas do Barroso"), is one place;
 *  - a person's name joined by a hyphen to a one-word listed place ("Halima
 *    Sani-Bello") is one person;
 *  - a listed NGO and a continent right after it ("Greenpeace Africa") are
 *    one organisation, the NGO's regional office;
 *  - a country and a "Red Cross" or "Red Crescent" name right after it
 *    ("Nepal Red Cross Society", "Kenya Red Cross") are one organisation,
 *    the country's national society.
 * 0, or -1 on ENOMEM. */
static int join_pieces(ctx *c) {
    eg_doc *doc = c->doc;
    int any = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        /* the next mention of the sentence, or none: "criticised the Policía
         * Nacional del Perú for ..." has no mention after the body */
        eg_mention none = *m;
        none.tok_begin = none.tok_end = UINT32_MAX;
        none.origin = EG_ORIGIN_SHORT;
        const eg_mention *x = &none;
        if (i + 1 < doc->ments.n && doc->ments.v[i + 1].sentence == m->sentence &&
            doc->ments.v[i + 1].tok_end > doc->ments.v[i + 1].tok_begin)
            x = &doc->ments.v[i + 1];
        uint32_t j = m->tok_end, se = doc->sents.v[m->sentence].tok_end;
        const char *mt = eg_rx_ent_type(c, m->ent), *xt = eg_rx_ent_type(c, x->ent);
        int32_t mg = doc->ents.v[m->ent].gaz, xg = doc->ents.v[x->ent].gaz;
        const char *type = NULL;
        uint32_t p = j;
        if (p < se && LOWER_IN(p, of_words) && !(c->tv[p].flags & EG_TOK_CAP) &&
            attached_space(c, p))
            p++;
        if (p < se && p > j && (tok_is(c, p, "la") || tok_is(c, p, "the")))
            p++;
        uint32_t end = x->tok_end;
        long cg =
            p > j && p < se && !covered(c, p) && is_cap_word(c, p) ? unaccented_country(c, p) : -1;
        if (cg >= 0 && m->origin == EG_ORIGIN_GAZETTEER && mg >= 0 && body_type(mt) &&
            (p + 1 >= se || !is_cap_word(c, p + 1))) {
            /* "del Perú": the country in its own language */
            const char *own = eg_gazetteer_attr(c->g, (size_t)mg, "country");
            if (own && strlen(own) == 3 && strcmp(own, eg_gazetteer_key(c->g, (size_t)cg)) != 0) {
                type = body_literal(mt);
                end = p + 1;
            }
        } else if (p > j && x->tok_begin == p && x->origin == EG_ORIGIN_GAZETTEER && xg >= 0) {
            if (m->origin == EG_ORIGIN_GAZETTEER && mg >= 0 && body_type(mt) &&
                strcmp(xt, "country") == 0) {
                const char *own = eg_gazetteer_attr(c->g, (size_t)mg, "country");
                if (own && strlen(own) == 3 && strcmp(own, eg_gazetteer_key(c->g, (size_t)xg)) != 0)
                    type = body_literal(mt);
            } else if (m->origin == EG_ORIGIN_RULE && mg < 0 && body_type(mt) &&
                       (strcmp(mt, "agency") == 0 || !tok_is(c, j, "of")) &&
                       strcmp(xt, "country") == 0 && country_name(c, x) &&
                       (x->tok_end >= se || !is_cap_word(c, x->tok_end))) {
                /* "National Police of the Netherlands", "Frente Amplio por
                 * Colombia"; not a company "of China" */
                type = body_literal(mt);
            } else if (strcmp(mt, "location") == 0 && strcmp(xt, "person") == 0 &&
                       x->tok_end - x->tok_begin == 1 && is_cap_word(c, m->tok_end - 1) &&
                       !tok_is(c, j, "of") && !person_in_full(c, x->ent) &&
                       (x->tok_end >= se || !is_cap_word(c, x->tok_end))) {
                type = "location";
            }
        } else if (p == j && x->tok_begin == j && m->origin == EG_ORIGIN_GAZETTEER &&
                   x->origin == EG_ORIGIN_GAZETTEER && mg >= 0 && xg >= 0 && attached_space(c, j) &&
                   strcmp(mt, "organisation") == 0 &&
                   (gaz_is(c->g, mg, "category", "ngo") ||
                    gaz_is(c->g, mg, "category", "company")) &&
                   (gaz_is(c->g, xg, "category", "continent") ||
                    (strcmp(xt, "country") == 0 && country_name(c, x))) &&
                   !(m->tok_begin > 0 && tok_is(c, m->tok_begin - 1, "told")) &&
                   (x->tok_end >= se || !is_cap_word(c, x->tok_end))) {
            /* "Greenpeace Africa", "Transparency International Ukraine", "Vodafone
             * Qatar": the NGO's regional office, the company's national arm */
            type = "organisation";
        } else if (p == j && x->tok_begin == j && m->origin == EG_ORIGIN_GAZETTEER &&
                   strcmp(mt, "country") == 0 && attached_space(c, j) && red_cross(c, x)) {
            type = "organisation"; /* "Nepal Red Cross Society", "Kenya Red Cross" */
        } else if (j + 1 < se && is_hyphen(c, j) && attached(c, j) && attached(c, j + 1) &&
                   x->tok_begin == j + 1 && x->tok_end - x->tok_begin == 1 &&
                   x->origin == EG_ORIGIN_GAZETTEER && strcmp(xt, "location") == 0 &&
                   m->origin == EG_ORIGIN_RULE && mg < 0 && strcmp(mt, "person") == 0 &&
                   (x->tok_end >= se || !attached(c, x->tok_end) ||
                    (c->tv[x->tok_end].flags & EG_TOK_PUNCT))) {
            type = "person";
        }
        if (!type)
            continue;
        size_t gone = 0;
        if (join_upto(c, i, end, type, &gone) != 0)
            return -1;
        memmove(&doc->ments.v[i + 1], &doc->ments.v[i + 1 + gone],
                (doc->ments.n - i - 1 - gone) * sizeof *doc->ments.v);
        doc->ments.n -= gone;
        any = 1;
    }
    if (any)
        recover(c);
    return 0;
}

/* Mentions lo .. hi-1 (one at least) give way to one mention of tokens
 * [b, q) of sentence si, of the discovered body of type `type` named by its
 * text; origin EG_ORIGIN_RULE. 0, or -1 on ENOMEM. */
static int replace_span(ctx *c, uint32_t b, uint32_t q, uint32_t si, size_t lo, size_t hi,
                        const char *type) {
    eg_doc *doc = c->doc;
    const eg_token *z = &c->tv[q - 1];
    eg_strbuf_clear(&c->s->name);
    if (eg_rx_fold_space(c->text + c->tv[b].start, z->start + z->len - c->tv[b].start, 0,
                         &c->s->name) != 0)
        return -1;
    long de = eg_doc_discovered(doc, c->s->name.data, c->s->name.len, type);
    if (de < 0)
        return -1;
    for (size_t i = lo; i < hi; i++)
        if (doc->ents.v[doc->ments.v[i].ent].mentions)
            doc->ents.v[doc->ments.v[i].ent].mentions--;
    eg_mention *m = &doc->ments.v[lo];
    m->tok_begin = b;
    m->tok_end = q;
    m->start = c->tv[b].start;
    m->end = z->start + z->len;
    m->ent = (uint32_t)de;
    m->sentence = si;
    m->paragraph = doc->sents.v[si].paragraph;
    m->origin = EG_ORIGIN_RULE;
    doc->ents.v[de].mentions++;
    memmove(&doc->ments.v[lo + 1], &doc->ments.v[hi], (doc->ments.n - hi) * sizeof *doc->ments.v);
    doc->ments.n -= hi - lo - 1;
    recover(c);
    return 0;
}

/* Heads of church bodies named after their see ("Archdiocese of
 * Salzburg"). Sorted. */
static const char *const see_heads[] = {"Archdiocese", "Archeparchy", "Diocese", "Eparchy",
                                        "Patriarchate"};

/* "the Archdiocese of Salzburg": a church body's head no mention covers,
 * "of", and a listed place or country that ends the name are one
 * organisation. 0, or -1 on ENOMEM. */
static int see_names(ctx *c) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *x = &doc->ments.v[i];
        uint32_t b = x->tok_begin, si = x->sentence, se = doc->sents.v[si].tok_end;
        const char *xt = eg_rx_ent_type(c, x->ent);
        if (b < 2 || b - 2 < doc->sents.v[si].tok_begin || !tok_is(c, b - 1, "of") ||
            covered(c, b - 2) || !WORD_IN_LIST(see_heads, ttext(c, b - 2), c->tv[b - 2].len) ||
            (strcmp(xt, "location") != 0 && strcmp(xt, "country") != 0) ||
            x->origin == EG_ORIGIN_DEMONYM || (x->tok_end < se && is_cap_word(c, x->tok_end)))
            continue;
        if (replace_span(c, b - 2, x->tok_end, si, i, i + 1, "organisation") != 0)
            return -1;
    }
    return 0;
}

/* Small words inside a body's name in English and the languages news
 * quotes ("Mouvement pour la Libération de l’Ituri", "Authority at Duqm").
 * Sorted. */
static const char *const spelt_joins[] = {
    "a",   "and", "at", "au", "aux", "d",   "da",   "das", "de", "del", "der", "des", "di",
    "do",  "dos", "du", "e",  "en",  "et",  "for",  "i",   "in", "l",   "la",  "las", "le",
    "les", "los", "of", "on", "per", "por", "pour", "the", "to", "und", "y",
};

/* The capital after an elided article that starts word j ("I" of
 * "l’Ituri", "d'Ivoire"), or 0. */
static char elided_initial(const ctx *c, uint32_t j) {
    const char *s = ttext(c, j);
    size_t n = c->tv[j].len;
    if (!(c->tv[j].flags & EG_TOK_WORD) || n < 3 || (s[0] != 'l' && s[0] != 'd'))
        return 0;
    size_t k = s[1] == '\'' ? 2 : n > 5 && memcmp(s + 1, "\xe2\x80\x99", 3) == 0 ? 4 : 0;
    return k && k < n && s[k] >= 'A' && s[k] <= 'Z' ? s[k] : 0;
}

/* Whether token j is an ASCII capital acronym of 3 to 8 letters written
 * between brackets ("(MLI)"). */
static int bracketed_acronym(const ctx *c, uint32_t j, uint32_t se) {
    if (j == 0 || j + 1 >= se || !tok_is(c, j - 1, "(") || !tok_is(c, j + 1, ")"))
        return 0;
    const eg_token *t = &c->tv[j];
    if (!(t->flags & EG_TOK_WORD) || !(t->flags & EG_TOK_ALLCAPS) || t->len < 3 || t->len > 8)
        return 0;
    const char *s = ttext(c, j);
    for (size_t i = 0; i < t->len; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return 0;
    return 1;
}

/* "Mouvement pour la Libération de l’Ituri (MLI)", "Special Economic Zone
 * Authority at Duqm (SEZAD)", "The Independent Communications Authority of
 * South Africa (ICASA)": capitalised words and small joining words before a
 * bracketed acronym, whose capitalised words' initials are exactly the
 * acronym, three or more, are one body's name, when no mention already
 * covers them so and no capitalised word but "The" goes on before them:
 * the mentions inside it (a listed newspaper, a place, a piece of the
 * name) go, and one starting before it goes too ("The Independent"). The
 * body is of the acronym's type, else of a body the rules found inside it,
 * else an organisation; with no mention inside it to break it, the rules
 * decide alone. 0, or -1 on ENOMEM. */
static int spelt_names(ctx *c) {
    eg_doc *doc = c->doc;
    for (size_t si = 0; si < doc->sents.n; si++) {
        const eg_sentence *sn = &doc->sents.v[si];
        if (sn->flags & (EG_SENT_BOILER | EG_SENT_ALLCAPS | EG_SENT_TITLE))
            continue;
        for (uint32_t a = sn->tok_begin + 1; a + 1 < sn->tok_end; a++) {
            if (!bracketed_acronym(c, a, sn->tok_end))
                continue;
            const char *at = ttext(c, a);
            size_t al = c->tv[a].len;
            uint32_t q = a - 1, b = NONE, k = q, caps = 0;
            /* walk back over the name: the initials are read right to left */
            while (k > sn->tok_begin && q - k < 16) {
                uint32_t j = k - 1;
                const eg_token *t = &c->tv[j];
                char ch = elided_initial(c, j);
                if (ch || is_cap_word(c, j)) {
                    if (caps == al)
                        break;
                    if (!ch)
                        ch = ttext(c, j)[0];
                    if (ch != at[al - 1 - caps])
                        break;
                    caps++;
                    if (caps == al)
                        b = j;
                } else if (!((t->flags & EG_TOK_WORD) && LOWER_IN(j, spelt_joins)) &&
                           !tok_is(c, j, "'") && !tok_is(c, j, "\xe2\x80\x99")) {
                    break;
                }
                k = j;
            }
            if (b == NONE)
                continue;
            /* a longer name goes on before it ("State Security Service of
             * Georgia (SSG)", "PT Sulawesi Nikel Lestari (SNL)") */
            if (b > sn->tok_begin && is_cap_word(c, b - 1) &&
                !(tok_is(c, b - 1, "The") && (b - 1 == sn->tok_begin || !is_cap_word(c, b - 2))))
                continue;
            /* already one mention, or one that starts before it */
            uint32_t cq = c->s->cover.v[q - 1];
            if (cq != NONE && doc->ments.v[cq].tok_end == q && doc->ments.v[cq].tok_begin <= b &&
                (doc->ments.v[cq].tok_begin == b ||
                 body_type(eg_rx_ent_type(c, doc->ments.v[cq].ent))))
                continue;
            size_t lo = 0;
            while (lo < doc->ments.n && doc->ments.v[lo].tok_end <= b)
                lo++;
            size_t hi = lo;
            while (hi < doc->ments.n && doc->ments.v[hi].tok_begin < q)
                hi++;
            const char *type = NULL;
            uint32_t ca = c->s->cover.v[a];
            if (ca != NONE && body_type(eg_rx_ent_type(c, doc->ments.v[ca].ent)))
                type = body_literal(eg_rx_ent_type(c, doc->ments.v[ca].ent));
            for (size_t i = lo; i < hi && !type; i++)
                if (doc->ments.v[i].origin == EG_ORIGIN_RULE &&
                    body_type(eg_rx_ent_type(c, doc->ments.v[i].ent)))
                    type = body_literal(eg_rx_ent_type(c, doc->ments.v[i].ent));
            if (hi == lo)
                continue; /* nothing breaks it: the rules name it */
            if (!type)
                type = "organisation";
            if (replace_span(c, b, q, (uint32_t)si, lo, hi, type) != 0)
                return -1;
        }
    }
    return 0;
}

/* Prepositions before a village's name ("in Covas do Barroso"). Sorted. */
static const char *const village_preps[] = {"at", "from", "in", "near", "outside"};

/* "farmers in Covas do Barroso": one or two capitalised words no mention
 * covers, none a given name ("from Maria do Barroso" is a person), after a
 * preposition of place, joined by "do", "da", "de" ... to a
 * word the list gives a person only as a surname, when the article never
 * names that person in full, are one place (join_pieces does the same when
 * a mention covers the first words). 0, or -1 on ENOMEM. */
static int village_names(ctx *c) {
    eg_doc *doc = c->doc;
    int any = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *x = &doc->ments.v[i];
        uint32_t b = x->tok_begin, sb = doc->sents.v[x->sentence].tok_begin,
                 se = doc->sents.v[x->sentence].tok_end;
        if (x->origin != EG_ORIGIN_GAZETTEER || doc->ents.v[x->ent].gaz < 0 ||
            x->tok_end != b + 1 || b < sb + 3 || strcmp(eg_rx_ent_type(c, x->ent), "person") != 0 ||
            person_in_full(c, x->ent) || !LOWER_IN(b - 1, of_words) || tok_is(c, b - 1, "of") ||
            !attached_space(c, b - 1) || !attached_space(c, b) ||
            (x->tok_end < se && is_cap_word(c, x->tok_end)))
            continue;
        uint32_t p = b - 1;
        while (p > sb && b - 1 - p < 2 && is_cap_word(c, p - 1) && !covered(c, p - 1) &&
               !eg_rules_stopword(ttext(c, p - 1), c->tv[p - 1].len) && !eg_rx_given_name(c, p - 1))
            p--;
        if (p == b - 1 || p == sb || !LOWER_IN(p - 1, village_preps))
            continue;
        const eg_token *z = &c->tv[b];
        eg_strbuf_clear(&c->s->name);
        if (eg_rx_fold_space(c->text + c->tv[p].start, z->start + z->len - c->tv[p].start, 0,
                             &c->s->name) != 0)
            return -1;
        long de = eg_doc_discovered(doc, c->s->name.data, c->s->name.len, "location");
        if (de < 0)
            return -1;
        x = &doc->ments.v[i];
        if (doc->ents.v[x->ent].mentions)
            doc->ents.v[x->ent].mentions--;
        doc->ents.v[de].mentions++;
        x->ent = (uint32_t)de;
        x->tok_begin = p;
        x->start = c->tv[p].start;
        x->origin = EG_ORIGIN_RULE;
        any = 1;
    }
    if (any)
        recover(c);
    return 0;
}

/* Whether listed entity `pg`, named by an abbreviation, is the parent of
 * listed body g: an organisation or agency whose name begins g's name
 * ("United Nations" of "United Nations Security Council"). */
static int parent_prefix(const ctx *c, long pg, int32_t g) {
    if (pg < 0 || pg == g || !body_type(eg_gazetteer_type(c->g, (size_t)pg)))
        return 0;
    const char *pn = eg_gazetteer_name(c->g, (size_t)pg), *gn = eg_gazetteer_name(c->g, (size_t)g);
    size_t n = strlen(pn);
    return strncmp(gn, pn, n) == 0 && gn[n] == ' ';
}

/* Whether the word at token b, which names listed country cg, is its
 * demonym ("Uzbek", "Paraguayan"; not the country's own name, which some
 * bodies' English names begin with: "Netherlands Authority for Consumers and
 * Markets"), and listed body g's name does not begin with it ("State
 * Security Service (Uzbekistan)", not "Senegalese Navy"). */
static int demonym_before(const ctx *c, uint32_t b, long cg, int32_t g) {
    const char *w = ttext(c, b), *cn = eg_gazetteer_name(c->g, (size_t)cg),
               *gn = eg_gazetteer_name(c->g, (size_t)g);
    size_t n = c->tv[b].len;
    return !(strlen(cn) == n && memcmp(cn, w, n) == 0) &&
           !(strncmp(gn, w, n) == 0 && (gn[n] == ' ' || gn[n] == '\0'));
}

/* Whether listed body g's name begins with the text [s, e), folded, and a
 * space after it ("Senate" of "Senate of Paraguay"). */
static int name_starts(const ctx *c, int32_t g, uint32_t s, uint32_t e) {
    char buf[256];
    size_t n = eg_fold_buf(c->text + s, e - s, 0, buf, sizeof buf - 1);
    if (n == (size_t)-1)
        return 0;
    const char *gn = eg_gazetteer_name(c->g, (size_t)g);
    return strncmp(gn, buf, n) == 0 && gn[n] == ' ';
}

/* Whether s (folded, NUL-ended) is "<Portfolio> Ministry" and listed body
 * g's name begins "Ministry of|for [the] <Portfolio>"
 * ("Foreign Ministry" of "Ministry of Foreign Affairs (Belarus)", "Interior
 * Ministry" of "Ministry of the Interior (Italy)"). */
static int portfolio_ministry(const ctx *c, int32_t g, const char *s) {
    const char *sp = strchr(s, ' ');
    if (!sp || sp == s || strcmp(sp, " Ministry") != 0)
        return 0;
    size_t n = (size_t)(sp - s);
    const char *gn = eg_gazetteer_name(c->g, (size_t)g);
    if (strncmp(gn, "Ministry of ", 12) != 0 && strncmp(gn, "Ministry for ", 13) != 0)
        return 0;
    gn += gn[9] == 'o' ? 12 : 13; /* "of " or "for " */
    if (strncmp(gn, "the ", 4) == 0)
        gn += 4;
    return strncmp(gn, s, n) == 0 && (gn[n] == ' ' || gn[n] == '\0');
}

/* "U.S. Customs and Border Protection": a listed body whose name starts
 * with its own country's abbreviation, when the rest is a name the list
 * gives it too, is the country and the body, two mentions, as writers
 * name "the U.S. Treasury Department"; so is one that starts with its
 * parent's abbreviation ("UN Security Council": the United Nations and
 * the Security Council; not "UN Women", which the list gives no
 * "Women"). A listed body named with its own country's demonym before a
 * name that does not begin with it is two mentions too: the "Uzbek State
 * Security Service" is Uzbekistan and the "State Security Service
 * (Uzbekistan)", the "Paraguayan Senate" Paraguay and the "Senate of
 * Paraguay", when the rest is a name the list gives the body or the
 * beginning of its name, or a portfolio's "Ministry" whose listed name is
 * "Ministry of" or "for" that portfolio (the "Cuban Foreign Ministry" is Cuba and its
 * "Foreign Ministry"); the "Senegalese Navy" stays one, and so do the
 * "Ukrainian Armed Forces" (armed forces, an army, a navy or an air force
 * named with their demonym, as "British Army"). 0, or -1 on ENOMEM. */
static int split_country_prefix(ctx *c) {
    eg_doc *doc = c->doc;
    int any = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        int32_t g = doc->ents.v[m->ent].gaz;
        uint32_t b = m->tok_begin;
        int abbr = (c->tv[b].flags & (EG_TOK_ALLCAPS | EG_TOK_DOTTED)) != 0;
        if (m->origin != EG_ORIGIN_GAZETTEER || g < 0 || m->tok_end - b < (abbr ? 3u : 2u) ||
            !body_type(eg_rx_ent_type(c, m->ent)) || !is_cap_word(c, b) ||
            !attached_space(c, b + 1))
            continue;
        const char *own = eg_gazetteer_attr(c->g, (size_t)g, "country");
        char buf[256];
        size_t n = eg_fold_buf(ttext(c, b), c->tv[b].len, 0, buf, sizeof buf - 1);
        if (n == (size_t)-1)
            continue;
        buf[n] = '\0';
        long cg = eg_gazetteer_find(c->g, buf);
        int own_country = own && cg >= 0 &&
                          strcmp(eg_gazetteer_type(c->g, (size_t)cg), "country") == 0 &&
                          strcmp(eg_gazetteer_key(c->g, (size_t)cg), own) == 0;
        if (!(abbr && (parent_prefix(c, cg, g) || own_country)) &&
            !(!abbr && own_country && demonym_before(c, b, cg, g)))
            continue;
        const eg_token *r = &c->tv[b + 1];
        n = eg_fold_buf(c->text + r->start, m->end - r->start, 0, buf, sizeof buf - 1);
        if (n == (size_t)-1)
            continue;
        buf[n] = '\0';
        if (eg_gazetteer_find(c->g, buf) != g &&
            (abbr || !(name_starts(c, g, r->start, m->end) || portfolio_ministry(c, g, buf))))
            continue;
        if (!abbr && (strcmp(buf, "Armed Forces") == 0 || strcmp(buf, "Army") == 0 ||
                      strcmp(buf, "Navy") == 0 || strcmp(buf, "Air Force") == 0))
            continue; /* "Ukrainian Armed Forces" is one name, as "British Army" */
        long ce = eg_doc_gazent(doc, (int32_t)cg);
        if (ce < 0 || EG_VEC_RESERVE(doc->ments, doc->ments.n + 1) != 0)
            return -1;
        m = &doc->ments.v[i];
        memmove(&doc->ments.v[i + 1], m, (doc->ments.n - i) * sizeof *m);
        doc->ments.n++;
        m->tok_end = b + 1;
        m->end = c->tv[b].start + c->tv[b].len;
        m->ent = (uint32_t)ce;
        doc->ents.v[ce].mentions++;
        eg_mention *rest = &doc->ments.v[i + 1];
        rest->tok_begin = b + 1;
        rest->start = r->start;
        i++;
        any = 1;
    }
    if (any)
        recover(c);
    return 0;
}

/* Start of the given names written right before a listed person's bare
 * surname at mention m ("Jean-Pierre" of "Jean-Pierre Mbeki", the list
 * giving "Mbeki" to Thabo Mbeki): one to three uncovered capitalised words,
 * hyphens between them, at least one a listed given name and none a word
 * of the listed name, or a person a rule found there ("Senator Sipho");
 * NONE if there are none. Call with a bare surname. */
static uint32_t other_given(const ctx *c, const eg_mention *m) {
    const eg_doc *doc = c->doc;
    const char *nm = eg_gazetteer_name(c->g, (size_t)doc->ents.v[m->ent].gaz);
    uint32_t sb = doc->sents.v[m->sentence].tok_begin, b = m->tok_begin, words = 0;
    int given = 0;
    if (b > sb && covered(c, b - 1) && attached_space(c, b)) {
        /* "Senator Sipho" that a rule made a person of its own */
        const eg_mention *x = &doc->ments.v[c->s->cover.v[b - 1]];
        if (x->tok_end != b || x->origin != EG_ORIGIN_RULE || doc->ents.v[x->ent].gaz >= 0 ||
            strcmp(eg_rx_ent_type(c, x->ent), "person") != 0 || x->tok_end - x->tok_begin > 3)
            return NONE;
        for (uint32_t j = x->tok_begin; j < b; j++)
            if (!(is_cap_word(c, j) || is_hyphen(c, j)) ||
                eg_rx_name_has_word(nm, ttext(c, j), c->tv[j].len))
                return NONE;
        return x->tok_begin;
    }
    while (b > sb && words < 3) {
        uint32_t j = b - 1;
        if (words && j > sb && is_hyphen(c, j) && attached(c, j) && attached(c, b))
            j--; /* "Jean-Pierre" */
        else if (!attached_space(c, b))
            break;
        if (covered(c, j) || !is_cap_word(c, j) || eg_rx_is_initial_letter(c, j) ||
            eg_rx_tok_class(c, j) || eg_rx_name_has_word(nm, ttext(c, j), c->tv[j].len))
            break;
        given |= eg_rx_given_name(c, j);
        b = j;
        words++;
    }
    if (!given || !words)
        return NONE;
    return b;
}

/* Is mention m, of a listed person, its bare surname: the last word(s) of
 * the listed name and not all of it? */
static int bare_surname(const ctx *c, const eg_mention *m) {
    int32_t g = c->doc->ents.v[m->ent].gaz;
    if (g < 0 || m->origin != EG_ORIGIN_GAZETTEER ||
        strcmp(eg_gazetteer_type(c->g, (size_t)g), "person") != 0)
        return 0;
    const char *nm = eg_gazetteer_name(c->g, (size_t)g);
    size_t ln = strlen(nm), n = m->end - m->start;
    return n < ln && nm[ln - n - 1] == ' ' && memcmp(nm + ln - n, c->text + m->start, n) == 0;
}

/* A person named in full with other given names than a listed person's
 * whose bare surname the list gives ("Jean-Pierre Mbeki spoke", the list
 * giving "Mbeki" to Thabo Mbeki) is a person of their own. Where the
 * article never names the listed person in full, the bare surname ("Mbeki
 * said") is the one person of the article named in full with it, if there
 * is one. 0, or -1 on ENOMEM. */
static int other_given_names(ctx *c) {
    eg_doc *doc = c->doc;
    int any = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (!bare_surname(c, m) ||
            (doc->sents.v[m->sentence].flags & (EG_SENT_BOILER | EG_SENT_ALLCAPS)))
            continue;
        uint32_t b = other_given(c, m);
        if (b == NONE)
            continue;
        eg_strbuf_clear(&c->s->name);
        if (eg_rx_fold_space(c->text + c->tv[b].start, m->end - c->tv[b].start, 0, &c->s->name) !=
            0)
            return -1;
        long de = eg_doc_discovered(doc, c->s->name.data, c->s->name.len, "person");
        if (de < 0)
            return -1;
        m = &doc->ments.v[i];
        if (i > 0 && doc->ments.v[i - 1].tok_begin >= b) {
            /* the given names a rule took for a person of their own */
            eg_mention *x = &doc->ments.v[i - 1];
            if (doc->ents.v[x->ent].mentions)
                doc->ents.v[x->ent].mentions--;
            memmove(x, x + 1, (doc->ments.n - i) * sizeof *x);
            doc->ments.n--;
            m = &doc->ments.v[--i];
        }
        move_mention(doc, m, (uint32_t)de);
        m->tok_begin = b;
        m->start = c->tv[b].start;
        m->origin = EG_ORIGIN_RULE;
        any = 1;
    }
    if (any)
        recover(c);
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (!bare_surname(c, m) || person_in_full(c, m->ent))
            continue;
        const char *sur = c->text + m->start;
        size_t sn = m->end - m->start;
        uint32_t to = NONE;
        int two = 0;
        for (size_t k = 0; k < doc->ments.n && !two; k++) {
            const eg_mention *x = &doc->ments.v[k];
            const eg_token *z = &c->tv[x->tok_end - 1];
            if (x->ent == to || x->tok_end - x->tok_begin < 2 || doc->ents.v[x->ent].gaz >= 0 ||
                strcmp(eg_rx_ent_type(c, x->ent), "person") != 0 || z->len != sn ||
                memcmp(c->text + z->start, sur, sn) != 0 || !attached_space(c, x->tok_end - 1))
                continue;
            two = to != NONE;
            to = x->ent;
        }
        if (to != NONE && !two)
            move_mention(doc, m, to); /* "Mbeki said" after "Jean-Pierre Mbeki" */
    }
    return 0;
}

/* End (after the ")") of "(MP-SP)" at token j after body mention m: an
 * acronym of two or more capitalised parts joined by hyphens, the later
 * parts perhaps listed for a place ("SP", São Paulo), whose letters are the
 * initials of m's capitalised words ("Ministério Público de São Paulo",
 * "Tribunal de Contas do Estado de São Paulo (TCE-SP)"); NONE if none. */
static uint32_t hyphen_acronym(const ctx *c, const eg_mention *m, uint32_t j, uint32_t se) {
    if (!tok_is(c, j, "(") || !eg_rx_acronym_shape(c, j + 1))
        return NONE;
    char want[64], got[64];
    size_t nw = initials(c, m->tok_begin, m->tok_end, 0, want, sizeof want), ng = 0;
    uint32_t k = j + 1, parts = 0;
    for (;;) {
        const eg_token *t = &c->tv[k];
        if (k >= se || !(t->flags & EG_TOK_WORD) || !(t->flags & EG_TOK_ALLCAPS) ||
            (t->flags & (EG_TOK_POSS | EG_TOK_DOTTED)) || ng + t->len >= sizeof got)
            return NONE;
        if (parts && covered(c, k)) {
            const eg_mention *x = &c->doc->ments.v[c->s->cover.v[k]];
            if (x->tok_begin != k || x->tok_end != k + 1 || !eg_rx_replaceable(c, x))
                return NONE;
        }
        memcpy(got + ng, ttext(c, k), t->len);
        ng += t->len;
        parts++;
        k++;
        if (k + 1 < se && is_hyphen(c, k) && attached(c, k) && attached(c, k + 1)) {
            k++;
            continue;
        }
        break;
    }
    if (parts < 2 || k >= se || !tok_is(c, k, ")") || ng != nw || memcmp(got, want, nw) != 0)
        return NONE;
    return k;
}

eg_status eg_rx_rule_acronyms(ctx *c, eg_error *err) {
    eg_doc *doc = c->doc;
    if (state_bodies(c) != 0 || parent_bodies(c) != 0 || join_pieces(c) != 0 ||
        village_names(c) != 0 || split_country_prefix(c) != 0 || other_given_names(c) != 0 ||
        spelt_names(c) != 0 || see_names(c) != 0)
        return eg_rx_oom(doc->origin, doc->origin_line, err);
    eg_status sst = slash_bodies(c, err);
    if (sst != EG_OK)
        return sst;
    eg_status dst = descriptor_acronyms(c, err);
    if (dst != EG_OK)
        return dst;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        const eg_sentence *sn = &doc->sents.v[m->sentence];
        uint32_t se = sn->tok_end, j = m->tok_end;
        if ((sn->flags & EG_SENT_BOILER) || j + 1 >= se)
            continue;
        const char *type = eg_rx_ent_type(c, m->ent);
        if (strcmp(type, "organisation") != 0 && strcmp(type, "agency") != 0)
            continue;
        if (extend_to_acronym(c, i, se) != 0)
            return eg_rx_oom(doc->origin, doc->origin_line, err);
        m = &doc->ments.v[i];
        j = m->tok_end;
        type = eg_rx_ent_type(c, m->ent);
        if (tok_is(c, j, "(") && j + 2 < se && tok_is(c, j + 2, ")") && covered(c, j + 1) &&
            override_acronym(c, m, j + 1))
            continue;
        if ((tok_is(c, j, "(") || tok_is(c, j, ",")) && covered(c, j + 1) &&
            listed_alias(c, m, j + 1, se))
            continue;
        if (tok_is(c, j, ",") && j + 3 < se && tok_is(c, j + 1, "or") && covered(c, j + 2) &&
            tok_is(c, j + 3, ",") &&
            (listed_alias(c, m, j + 2, se) || override_acronym(c, m, j + 2)))
            continue; /* "the Secretariat for the Prevention of Money Laundering, or SEPRELAD," */
        if (tok_is(c, j, "(") && covered(c, j + 1) && paren_name(c, m, j + 1, se))
            continue;
        if (tok_is(c, j, "(") && covered(c, j + 1) && paren_listed_name(c, m, j + 1, se))
            continue;
        if (tok_is(c, j, "(") && j + 1 < se && !covered(c, j + 1) &&
            m->tok_end - m->tok_begin >= 2) {
            uint32_t fe = paren_foreign(c, m, j + 1, se);
            if (fe != NONE) {
                eg_status st = add_alias(c, m, j + 1, fe, err);
                if (st != EG_OK)
                    return st;
                continue;
            }
        }
        uint32_t ns = NONE, ne = m->tok_end - m->tok_begin >= 2 ? native_name(c, j, se, &ns) : NONE;
        if (ne != NONE && covered(c, ns) &&
            body_type(eg_rx_ent_type(c, doc->ments.v[c->s->cover.v[ns]].ent))) {
            /* the native name is a body the rules or the lists found */
            const eg_mention *x = &doc->ments.v[c->s->cover.v[ns]];
            if (x->tok_end != ne || x->ent == m->ent)
                continue;
            if (doc->ents.v[x->ent].gaz < 0)
                repoint_entity(c, x->ent, m->ent);
            else if (doc->ents.v[m->ent].gaz < 0)
                repoint_entity(c, m->ent, x->ent);
            else
                known_as_listed(c, m, ns, se);
            continue;
        }
        if (ne != NONE) {
            eg_status st = add_alias(c, m, ns, ne, err);
            if (st != EG_OK)
                return st;
            continue;
        }
        int ak = as_is_known(c, m, j, se, err);
        if (ak < 0)
            return EG_ERR_NOMEM;
        if (ak)
            continue;
        uint32_t kl = known_as(c, j, se);
        if (kl != NONE && covered(c, kl) &&
            (listed_alias(c, m, kl, se) || known_as_listed(c, m, kl, se)))
            continue; /* "Estonia’s Internal Security Service, known as KAPO" */
        uint32_t a = NONE, he = hyphen_acronym(c, m, j, se);
        if (he != NONE) {
            /* "(MP-SP)": the hyphenated acronym, over the place it spells */
            eg_status st = add_alias(c, m, j + 1, he, err);
            if (st != EG_OK)
                return st;
            continue;
        }
        if (tok_is(c, j, "(") && j + 2 < se && tok_is(c, j + 2, ")") &&
            eg_rx_acronym_shape(c, j + 1) && acronym_fits(c, m, j + 1, 1))
            a = j + 1;
        else if (tok_is(c, j, ",") && eg_rx_acronym_shape(c, j + 1) &&
                 (j + 2 >= se || tok_is(c, j + 2, ",") || tok_is(c, j + 2, ".") ||
                  tok_is(c, j + 2, ";") || tok_is(c, j + 2, ":") || tok_is(c, j + 2, ")")) &&
                 acronym_fits(c, m, j + 1, 0))
            a = j + 1;
        uint32_t ae = a + 1;
        if (a == NONE) {
            uint32_t fs = NONE, fe = full_name_as(c, j, se, &fs);
            if (fe != NONE) {
                a = fs;
                ae = fe;
            }
        }
        uint32_t ka = a == NONE ? known_as(c, j, se) : NONE;
        if (a == NONE && ka == NONE)
            ka = former_name(c, j, se);
        if (ka != NONE && covered(c, ka)) {
            /* "..., known as Kenya Power," that a rule already found as a name */
            eg_mention *cm = &doc->ments.v[c->s->cover.v[ka]];
            if (cm->tok_begin == ka && cm->origin == EG_ORIGIN_RULE && cm->ent != m->ent &&
                doc->ents.v[cm->ent].gaz < 0 && strcmp(eg_rx_ent_type(c, cm->ent), type) == 0 &&
                (cm->tok_end >= se || (c->tv[cm->tok_end].flags & EG_TOK_PUNCT))) {
                uint32_t from = cm->ent;
                repoint_entity(c, from, m->ent);
                for (size_t k = 0; k < doc->ments.n; k++)
                    if (doc->ments.v[k].ent == m->ent && doc->ments.v[k].origin == EG_ORIGIN_RULE &&
                        doc->ments.v[k].tok_begin >= ka && doc->ments.v[k].tok_end <= cm->tok_end)
                        doc->ments.v[k].origin = EG_ORIGIN_SHORT;
                continue;
            }
        }
        if (a == NONE && (a = known_as(c, j, se)) != NONE) {
            /* "..., known as Kenya Power," : one to four capitalised words */
            uint32_t q = a, words = 0;
            while (q < se && words < 4) {
                if (covered(c, q)) {
                    const eg_mention *cm = &doc->ments.v[c->s->cover.v[q]];
                    if (!eg_rx_replaceable(c, cm) || cm->tok_begin < q)
                        break;
                    q = cm->tok_end;
                } else if (is_cap_word(c, q) && !eg_rx_tok_class(c, q)) {
                    q++;
                } else {
                    break;
                }
                words++;
            }
            if (!words || (q < se && !(c->tv[q].flags & EG_TOK_PUNCT)) || q > se)
                continue;
            ae = q;
        }
        if (a == NONE)
            continue;
        eg_status st = add_alias(c, m, a, ae, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}
