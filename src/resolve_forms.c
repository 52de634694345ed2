/* resolve_forms: the article's form table. Derives the short forms of each
 * entity from its full name and mentions (surnames, given names, first words,
 * acronyms, reversed and head-first names, place and river short forms),
 * indexes them by exact and case-folded key, and looks a span up in them,
 * misspellings by one edit included. */
#include "resolve_int.h"
#include "resolve_written.h"

/* Last words of bodies named after a person ("Adebisi Coker Foundation",
 * "Ruth Amankwah Trust"): the name without it is the person. Sorted. */
static const char *const eponym_heads[] = {
    "Award", "Center", "Centre", "Foundation", "Institute", "Memorial", "Prize", "Trust",
};

static uint32_t count_letters(const char *s, size_t n) {
    uint32_t k = 0;
    for (size_t i = 0; i < n;) {
        unsigned char ch = (unsigned char)s[i];
        if (ch < 0x80) {
            k += (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
            i++;
            continue;
        }
        uint32_t cp;
        i += eg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        k += (eg_utf8_class(cp) & EG_UTF8_LETTER) != 0;
    }
    return k;
}

static size_t space_hyphens(const char *s, size_t n, char *buf, size_t size);

/* s[0..n) with its accented Latin letters written without the accent
 * ("Simsek" of "Şimşek", "Compania" of "Compañía") into buf; 0 when it has
 * none or buf is too short. */
size_t rs_drop_accents(const char *s, size_t n, char *buf, size_t size) {
    size_t k = 0, i = 0;
    int any = 0;
    while (i < n && (unsigned char)s[i] < 0x80)
        i++;
    if (i == n)
        return 0; /* all ASCII: no accent */
    if (i >= size)
        return 0;
    memcpy(buf, s, i);
    k = i;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            if (k + 1 >= size)
                return 0;
            buf[k++] = s[i++];
            continue;
        }
        uint32_t cp;
        size_t l = eg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        char b = cp >= 0x80 ? rs_base_letter(cp) : 0;
        if (k + l >= size)
            return 0;
        if (b) {
            buf[k++] = eg_utf8_lower(cp) != cp ? (char)(b - 'a' + 'A') : b;
            any = 1;
        } else {
            memcpy(buf + k, s + i, l);
            k += l;
        }
        i += l;
    }
    return any ? k : 0;
}

static int add_form(rctx *c, const char *s, size_t n, uint32_t ent, uint32_t kind, uint32_t pos) {
    if (n == 0)
        return 0;
    form *f = EG_VEC_PUSH(c->forms);
    if (!f)
        return -1;
    f->ent = ent;
    f->kind = kind;
    f->pos = pos;
    f->off = (uint32_t)c->str.len;
    f->len = (uint32_t)n;
    if (eg_strbuf_append(&c->str, s, n) != 0)
        return -1;
    f->k0 = (uint32_t)c->str.len;
    if (eg_fold(s, n, 0, &c->str) != 0)
        return -1;
    f->k0len = (uint32_t)(c->str.len - f->k0);
    f->k1 = (uint32_t)c->str.len;
    if (eg_fold(s, n, EG_FOLD_CASE, &c->str) != 0)
        return -1;
    f->k1len = (uint32_t)(c->str.len - f->k1);
    f->letters =
        ((kind == F_SURNAME || kind == F_GIVEN) && !memchr(s, ' ', n)) ? count_letters(s, n) : 0;
    f->part = 0;
    if (kind == F_EXACT || kind == F_ACRONYM || kind == F_HEADFIRST || kind == F_WRITTEN)
        return 0;
    /* a derived form written without its accents ("Simsek" of "Mehmet
     * Şimşek") or with a space for its hyphen ("Pérez Ortega" of "Ana María
     * Pérez-Ortega", "Boreal Vest Shipping" of "Boreal-Vest Shipping AS") */
    char plain[256], spaced[256];
    size_t np = rs_drop_accents(s, n, plain, sizeof plain),
           ns = space_hyphens(s, n, spaced, sizeof spaced);
    if (np && add_form(c, plain, np, ent, kind, pos) != 0)
        return -1;
    return ns ? add_form(c, spaced, ns, ent, kind, pos) : 0;
}

/* s[0..n) with a space for each hyphen between two letters into buf; 0
 * when it has none or buf is too short. */
static size_t space_hyphens(const char *s, size_t n, char *buf, size_t size) {
    if (n >= size || !memchr(s, '-', n))
        return 0;
    int any = 0;
    memcpy(buf, s, n);
    for (size_t i = 1; i + 1 < n; i++)
        if (buf[i] == '-' && buf[i - 1] != ' ' && buf[i + 1] != ' ' && buf[i - 1] != '-' &&
            buf[i + 1] != '-') {
            buf[i] = ' ';
            any = 1;
        }
    return any ? n : 0;
}

/* ---------------------------------------------------------------- deriving forms */

int rs_tokenize_name(rctx *c, const char *s, size_t n) {
    c->ntok.n = 0;
    return eg_tokenize_text(s, n, &c->ntok.v, &c->ntok.n, &c->ntok.cap);
}

/* Name words that Malay and Arabic names open with, which writers keep with
 * the given name after them for short ("Mohd Faizal" of "Mohd Faizal Abdul
 * Rahman", "Siti Aminah" of "Siti Aminah Yusof"). Sorted. */
static const char *const malay_first[] = {
    "Abdul", "Md",   "Mohamad", "Mohammad", "Mohd", "Muhamad", "Muhammad",
    "Nik",   "Noor", "Nor",     "Nur",      "Siti", "Wan",
};

/* Is w[0..n) a word of romanised Japanese (Hepburn syllables: a consonant,
 * "ch", "sh", "ts" or a consonant and "y", then a vowel; a doubled k, p, s or
 * t; a syllabic n), of 3 to 12 ASCII letters, capitalised? "Okabe", "Naoki",
 * "Tsukada"; not "Smith", "Pedro", "Mwangi". */
static int kana_word(const char *w, size_t n) {
    if (n < 3 || n > 12 || w[0] < 'A' || w[0] > 'Z')
        return 0;
    char b[16];
    for (size_t i = 0; i < n; i++) {
        char ch = ascii_lower(w[i]);
        if (ch < 'a' || ch > 'z')
            return 0;
        b[i] = ch;
    }
    b[n] = '\0';
#define KANA_VOWEL(ch) ((ch) == 'a' || (ch) == 'e' || (ch) == 'i' || (ch) == 'o' || (ch) == 'u')
    size_t i = 0;
    while (i < n) {
        char ch = b[i];
        if (KANA_VOWEL(ch)) {
            i++;
            continue;
        }
        if (ch == 'n' && (i + 1 == n || (!KANA_VOWEL(b[i + 1]) && b[i + 1] != 'y'))) {
            i++; /* the syllabic n of "Kenji", "Shin" */
            continue;
        }
        if ((ch == 'k' || ch == 'p' || ch == 's' || ch == 't') && i + 1 < n && b[i + 1] == ch)
            i++; /* "Hattori", "Nakka" */
        else if (ch == 't' && i + 2 < n && b[i + 1] == 'c' && b[i + 2] == 'h')
            i++; /* "Hotchi" */
        ch = b[i];
        if (!strchr("bcdfghjkmnprstwyz", ch))
            return 0;
        i++;
        if (i < n && ((ch == 'c' || ch == 's') && b[i] == 'h'))
            i++;
        else if (ch == 't' && i < n && b[i] == 's')
            i++;
        else if (i < n && b[i] == 'y' && strchr("bghkmnpr", ch))
            i++;
        if (ch == 'c' && (i < 2 || b[i - 1] != 'h'))
            return 0;
        if (i >= n || !KANA_VOWEL(b[i]))
            return 0;
        i++;
    }
#undef KANA_VOWEL
    return 1;
}

/* The short forms of names that writers give in another order or shorter:
 *   - a two-word name of romanised Japanese words, which may be written
 *     family name first: its first word is a surname too ("Mr. Okabe" of
 *     "Okabe Naoki"; the last word stays one for "Naoki Okabe");
 *   - a three-word name without its middle word, a patronymic or a second
 *     given name ("Sergei Lebedev" of "Sergei Viktorovich Lebedev", "Lam
 *     Nyuon" of "Lam Gatluak Nyuon"), or without its last word ("Sergei
 *     Viktorovich", "Ahmad Zulkifli" of "Ahmad Zulkifli Hashim");
 *   - a four-word name without its given name, its middle two words and
 *     its second word ("Nsue Mba Obono", "Nsue Mba" and "Nsue" of
 *     "Celestino Nsue Mba Obono").
 * Only capitalised words with spaces between, no title first ("Cde"). */
/* Abbreviated titles that a person's name may keep in front ("Cde Tafadzwa
 * Mutasa"). Sorted. */
static const char *const short_titles[] = {
    "Atty", "Capt", "Cde", "Cdr", "Cpl", "Engr", "Fr",   "Hon",
    "Insp", "Lt",   "Maj", "Pvt", "Rev", "Sgt",  "Supt",
};

/* Short family names of Singapore and Malaysia in Hokkien, Teochew, Hakka
 * and Cantonese spellings, which stand second after an English given name
 * ("Desmond Goh Wei Ming" is Mr Goh). Sorted. */
static const char *const nanyang_families[] = {
    "Aw",   "Chia", "Chua", "Foo", "Goh", "Heng", "Ho",  "Khoo", "Koh", "Kwek",
    "Lau",  "Lee",  "Lim",  "Loh", "Low", "Neo",  "Ng",  "Ong",  "Poh", "Quek",
    "Seah", "See",  "Sim",  "Tan", "Tay", "Teo",  "Toh", "Wee",  "Yap", "Yeo",
};

static int derive_person_orders(rctx *c, const char *s, size_t n, uint32_t ent, uint32_t pos) {
    (void)n;
    const eg_token *t = c->ntok.v;
    size_t nt = c->ntok.n;
    if (nt < 2 || nt > 4)
        return 0;
    for (size_t i = 0; i < nt; i++)
        if (!is_word(&t[i]) || !(t[i].flags & EG_TOK_CAP) ||
            (t[i].flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)) ||
            (i > 0 && !(t[i].flags & EG_TOK_SPACE_BEFORE)))
            return 0;
    const char *w0 = s + t[0].start;
    if (WORD_IN(honorifics, w0, t[0].len))
        return 0;
    if (WORD_IN(short_titles, w0, t[0].len))
        return 0; /* a title in the name: "Cde Tafadzwa Mutasa" */
    if (nt == 2) {
        if (!WORD_IN(family_first, w0, t[0].len) && kana_word(w0, t[0].len) &&
            kana_word(s + t[1].start, t[1].len))
            return add_form(c, w0, t[0].len, ent, F_SURNAME, pos);
        return 0;
    }
    if (count_letters(s + t[1].start, t[1].len) < 4 &&
        !(nt == 4 && (WORD_IN(family_first, s + t[1].start, t[1].len) ||
                      WORD_IN(nanyang_families, s + t[1].start, t[1].len))))
        return 0; /* "Mehdi Ben Slimane", "Augusto Na Bitchita"; not "Desmond Goh Wei Ming" */
    if (nt == 3) {
        eg_strbuf_clear(&c->tmp);
        if (eg_strbuf_append(&c->tmp, w0, t[0].len) != 0 || eg_strbuf_putc(&c->tmp, ' ') != 0 ||
            eg_strbuf_append(&c->tmp, s + t[2].start, t[2].len) != 0)
            return -1;
        if (add_form(c, c->tmp.data, c->tmp.len, ent, F_SURNAME, pos) != 0)
            return -1;
        /* the name without its last word: a given name and a patronymic
         * ("Anatoly Nikolayevich" of "Anatoly Nikolayevich Gubarev"), two
         * given names before a father's name ("Ahmad Zulkifli" of "Ahmad
         * Zulkifli Hashim", "Haris Aleem" of "Haris Aleem Bhatti") */
        return add_form(c, w0, t[1].start + t[1].len, ent, F_SURNAME, pos);
    }
    if (count_letters(s + t[2].start, t[2].len) < 3)
        return 0;
    if (add_form(c, s + t[1].start, t[3].start + t[3].len - t[1].start, ent, F_SURNAME, pos) != 0 ||
        add_form(c, s + t[1].start, t[2].start + t[2].len - t[1].start, ent, F_SURNAME, pos) != 0 ||
        add_form(c, s + t[1].start, t[1].len, ent, F_SURNAME, pos) != 0)
        return -1;
    return 0;
}

static int derive_person(rctx *c, const char *s, size_t n, uint32_t ent, uint32_t pos) {
    if (rs_tokenize_name(c, s, n) != 0)
        return -1;
    const eg_token *t = c->ntok.v;
    size_t nt = c->ntok.n, words = 0;
    for (size_t i = 0; i < nt; i++)
        words += is_word(&t[i]);
    if (words == 1 && nt == 1 && (t[0].flags & EG_TOK_CAP))
        return add_form(c, s, n, ent, F_SURNAME, pos); /* "Mr Doe" gave a person "Doe" */
    if ((nt == 4 || nt == 5) && !(t[nt - 1].flags & EG_TOK_CAP) && is_word(&t[nt - 1]) &&
        ntok_attached(&t[nt - 1]) && ntok_hyphen(s, &t[nt - 2]) && ntok_attached(&t[nt - 2])) {
        /* a Cantonese, Taiwanese or Korean given name after the family
         * name, its second syllable in small letters, and maybe an English
         * given name first: "Chan" and "Kelvin Chan" of "Kelvin Chan
         * Wai-ming", "Tsang" of "Tsang Ka-yan" */
        const eg_token *fam = &t[nt - 4];
        int ok = (t[nt - 3].flags & EG_TOK_CAP) && (t[nt - 3].flags & EG_TOK_SPACE_BEFORE) &&
                 is_word(fam) && (fam->flags & EG_TOK_CAP) &&
                 !(fam->flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)) &&
                 (nt == 4 || (is_word(&t[0]) && (t[0].flags & EG_TOK_CAP) &&
                              (fam->flags & EG_TOK_SPACE_BEFORE) &&
                              !(t[0].flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS))));
        if (!ok)
            return 0;
        size_t end = t[nt - 1].start + t[nt - 1].len, at = c->forms.n;
        if (add_form(c, s + fam->start, fam->len, ent, F_SURNAME, pos) != 0)
            return -1;
        for (; at < c->forms.n; at++)
            c->forms.v[at].part = 1; /* a short family name misspelt after an honorific
                                      * ("Mr. Kwan" of "Kwon Hae-sol") */
        if (nt == 5 && (add_form(c, s, fam->start + fam->len, ent, F_SURNAME, pos) != 0 ||
                        add_form(c, s + fam->start, end - fam->start, ent, F_SURNAME, pos) != 0))
            return -1;
        return 0;
    }
    if (words < 2)
        return 0;
    {
        /* initials before a full name: "Dinesh Perera" of "W. A. Dinesh
         * Perera", "Robert Keller" of "J. Robert Keller" */
        size_t i0 = 0, ninit = 0;
        while (i0 + 1 < nt && is_word(&t[i0]) && t[i0].len == 1 && (t[i0].flags & EG_TOK_CAP) &&
               s[t[i0 + 1].start] == '.' && t[i0 + 1].len == 1) {
            i0 += 2;
            ninit++;
        }
        size_t rest = 0, ok = ninit > 0 && i0 < nt;
        for (size_t i = i0; i < nt && ok; i++) {
            ok = is_word(&t[i]) && (t[i].flags & EG_TOK_CAP) &&
                 !(t[i].flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)) && t[i].len >= 2;
            rest++;
        }
        if (ok && rest >= 2 && rest <= 3 &&
            add_form(c, s + t[i0].start, n - t[i0].start, ent, F_SURNAME, pos) != 0)
            return -1;
    }
    if (words >= 3 && nt == words && WORD_IN(malay_first, s + t[0].start, t[0].len) &&
        (t[1].flags & EG_TOK_CAP) && !WORD_IN(malay_first, s + t[1].start, t[1].len) &&
        add_form(c, s + t[0].start, t[1].start + t[1].len - t[0].start, ent, F_SURNAME, pos) != 0)
        return -1; /* "Mohd Faizal" of "Mohd Faizal Abdul Rahman" */
    if (words <= 3 && nt >= 2 && is_word(&t[0]) && (t[0].flags & EG_TOK_CAP) &&
        (t[1].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START))) {
        const char *w = s + t[0].start;
        if (WORD_IN(family_first, w, t[0].len)) {
            if (add_form(c, w, t[0].len, ent, F_SURNAME, pos) != 0)
                return -1;
        } else if (!(t[0].flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)) &&
                   count_letters(w, t[0].len) >= GIVEN_MIN_LETTERS &&
                   !WORD_IN(honorifics, w, t[0].len) &&
                   add_form(c, w, t[0].len, ent, F_GIVEN, pos) != 0) {
            return -1; /* "Azman" of "Azman Rahim" */
        }
    }
    size_t last = nt;
    while (last > 0 && !is_word(&t[last - 1]))
        last--;
    if (!last)
        return 0;
    size_t li = last - 1, suffix_end = 0;
    if (WORD_IN(name_suffixes, s + t[li].start, t[li].len) && words >= 3) {
        suffix_end = t[li].start + t[li].len;
        last = li;
        while (last > 0 && !is_word(&t[last - 1]))
            last--;
        if (!last)
            return 0;
        li = last - 1;
    }
    if (!(t[li].flags & EG_TOK_CAP))
        return 0;
    size_t start = li;
    while (start >= 2 && ntok_hyphen(s, &t[start - 1]) && ntok_attached(&t[start - 1]) &&
           ntok_attached(&t[start]) && is_word(&t[start - 2]))
        start -= 2;
    size_t tail = start;
    while (tail >= 2 && is_word(&t[tail - 1]) && !(t[tail - 1].flags & EG_TOK_CAP) &&
           WORD_IN(particles, s + t[tail - 1].start, t[tail - 1].len))
        tail--;
    if (tail == 0)
        return 0;
    size_t end = t[li].start + t[li].len;
    if (add_form(c, s + t[tail].start, end - t[tail].start, ent, F_SURNAME, pos) != 0)
        return -1;
    if (suffix_end && (t[tail].flags & EG_TOK_CAP) &&
        add_form(c, s + t[tail].start, suffix_end - t[tail].start, ent, F_SURNAME, pos) != 0)
        return -1; /* "Tarnue Jr" of "Benjamin S. Tarnue Jr." */
    if (tail >= 2 && is_word(&t[tail - 1]) && (t[tail - 1].flags & EG_TOK_CAP) &&
        !(t[tail - 1].flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)) &&
        (t[tail].flags & EG_TOK_SPACE_BEFORE) && (t[tail - 1].flags & EG_TOK_SPACE_BEFORE) &&
        count_letters(s + t[tail - 1].start, t[tail - 1].len) >= 3 &&
        (tail != start ||
         (start < li && count_letters(s + t[tail - 1].start, t[tail - 1].len) <= 4 &&
          !(t[start].flags & EG_TOK_CAP))) &&
        add_form(c, s + t[tail - 1].start, end - t[tail - 1].start, ent, F_SURNAME, pos) != 0)
        return -1; /* the word before a particle surname, which writers keep: "Janse van
                    * Rensburg" of "Pieter Janse van Rensburg", "Díaz de Alvarenga" of
                    * "Marta Díaz de Alvarenga", "Abu el-Hagag" of "Mahmoud Abu el-Hagag" */
    if (tail != start && s[t[tail].start] >= 'a' && s[t[tail].start] <= 'z') {
        /* "Von der Leyen" at the start of a sentence */
        eg_strbuf_clear(&c->tmp);
        if (eg_strbuf_putc(&c->tmp, (char)(s[t[tail].start] - 'a' + 'A')) != 0 ||
            eg_strbuf_append(&c->tmp, s + t[tail].start + 1, end - t[tail].start - 1) != 0 ||
            add_form(c, c->tmp.data, c->tmp.len, ent, F_SURNAME, pos) != 0)
            return -1;
    }
    if (tail != start || !(t[start].flags & EG_TOK_CAP) ||
        (li == start + 2 && (ntok_is(s, &t[start], "Al") || ntok_is(s, &t[start], "El")))) {
        /* "al-Assad" also as "Assad", "von der Leyen" as "Leyen", "Al-Shammari"
         * as "Shammari" */
        if (add_form(c, s + t[li].start, t[li].len, ent, F_SURNAME, pos) != 0)
            return -1;
    }
    if (nt == 3 && li == 2 && tail == 2 && words == 3 && (t[1].flags & EG_TOK_CAP) &&
        !(t[1].flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)) && (t[2].flags & EG_TOK_SPACE_BEFORE) &&
        !WORD_IN(family_first, s + t[0].start, t[0].len)) {
        /* a capitalised particle or a short prefix before the surname, which
         * writers keep: "Ben Slimane" of "Mehdi Ben Slimane", "Na Bitchita"
         * of "Augusto Na Bitchita", "Abu Shamsiyeh" of "Khaled Abu Shamsiyeh",
         * "Mba Ndong" of "Honoré Mba Ndong" */
        const eg_token *m = &t[1];
        char low[8];
        size_t ml = m->len;
        if (ml < sizeof low && (unsigned char)s[m->start] < 0x80) {
            memcpy(low, s + m->start, ml);
            low[0] = ascii_lower(low[0]);
            if ((WORD_IN(particles, low, ml) || count_letters(s + m->start, ml) <= 3) &&
                add_form(c, s + m->start, end - m->start, ent, F_SURNAME, pos) != 0)
                return -1;
        }
    }
    /* a particle before two surnames: "da Silva Pereira" (also "Da Silva
     * Pereira" opening a sentence) and "Silva Pereira" of "Marcos Antônio da
     * Silva Pereira" */
    if (tail == start && li >= 3 && words >= 4 && is_word(&t[li - 1]) &&
        (t[li - 1].flags & EG_TOK_CAP) && !(t[li - 1].flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)) &&
        (t[li].flags & EG_TOK_SPACE_BEFORE) && (t[li - 1].flags & EG_TOK_SPACE_BEFORE) &&
        is_word(&t[li - 2]) && !(t[li - 2].flags & EG_TOK_CAP) &&
        WORD_IN(particles, s + t[li - 2].start, t[li - 2].len) && (t[li - 3].flags & EG_TOK_CAP) &&
        count_letters(s + t[li - 1].start, t[li - 1].len) >= 3) {
        const eg_token *p = &t[li - 2], *m = &t[li - 1];
        if (add_form(c, s + m->start, end - m->start, ent, F_SURNAME, pos) != 0 ||
            add_form(c, s + p->start, end - p->start, ent, F_SURNAME, pos) != 0)
            return -1;
        if (s[p->start] >= 'a' && s[p->start] <= 'z') {
            eg_strbuf_clear(&c->tmp);
            if (eg_strbuf_putc(&c->tmp, (char)(s[p->start] - 'a' + 'A')) != 0 ||
                eg_strbuf_append(&c->tmp, s + p->start + 1, end - p->start - 1) != 0 ||
                add_form(c, c->tmp.data, c->tmp.len, ent, F_SURNAME, pos) != 0)
                return -1;
        }
    }
    /* a double surname after one given name or two: "Palacios" of "Ernesto
     * Palacios Rivas", "Camacho" of "Andrés Felipe Camacho Rodríguez", and
     * after an honorific "Palacios Rivas" ("Ms Ruiz Tapia") */
    int four = nt == 4 && li == 3 && tail == 3 && words == 4 && (t[1].flags & EG_TOK_CAP) &&
               !(t[1].flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)) &&
               (t[1].flags & EG_TOK_SPACE_BEFORE) && (t[2].flags & EG_TOK_SPACE_BEFORE) &&
               (t[3].flags & EG_TOK_SPACE_BEFORE) &&
               !WORD_IN(family_first, s + t[0].start, t[0].len);
    if ((nt == 3 && li == 2 && tail == 2 && words == 3) || four) {
        const eg_token *m = &t[li - 1];
        if ((m->flags & EG_TOK_CAP) && !(m->flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)) &&
            (t[0].flags & EG_TOK_CAP) && count_letters(s + m->start, m->len) >= 3 &&
            !WORD_IN(particles, s + m->start, m->len)) {
            size_t at = c->forms.n;
            if (add_form(c, s + m->start, m->len, ent, F_SURNAME, pos) != 0)
                return -1;
            for (; at < c->forms.n; at++)
                c->forms.v[at].part = 1;
            if (add_form(c, s + m->start, end - m->start, ent, F_DOUBLE, pos) != 0)
                return -1;
        }
    }
    return derive_person_orders(c, s, n, ent, pos);
}

/* Joining words of bodies' names in other languages that their acronyms
 * keep as a small letter ("BdL", Banque du Liban). Sorted. */
static const char *const particle_initials[] = {"da", "de", "del", "des", "di", "do", "du"};

/* Initials of the capitalised words of tokens t[0..nt) of s into buf; with
 * `small` 1 also of/and/for/the (as capitals), with 2 the joining words of
 * particle_initials as small letters ("BdL"), with 3 an acronym among the
 * words kept whole ("CBUAE" of "Central Bank of the UAE", "UKHSA" of "UK
 * Health Security Agency"). Returns the length, 0 when a word starts with
 * a letter outside ASCII or buf is too short. */
size_t rs_initials(const char *s, const eg_token *t, size_t nt, int small, char *buf, size_t size) {
    size_t k = 0;
    for (size_t i = 0; i < nt; i++) {
        const eg_token *w = &t[i];
        const char *p = s + w->start;
        if (!is_word(w))
            continue;
        if (w->flags & EG_TOK_DOTTED) {
            for (size_t j = 0; j < w->len; j++)
                if (p[j] != '.') {
                    if (k + 1 >= size)
                        return 0;
                    buf[k++] = p[j];
                }
            continue;
        }
        if (small == 3 && (w->flags & EG_TOK_ALLCAPS) && w->len >= 2 && w->len <= 4) {
            if (k + w->len >= size)
                return 0;
            memcpy(buf + k, p, w->len);
            k += w->len;
        } else if (w->flags & EG_TOK_CAP) {
            if ((unsigned char)p[0] >= 0x80 || k + 1 >= size)
                return 0;
            buf[k++] = p[0];
        } else if (small == 1 && (ntok_is(s, w, "of") || ntok_is(s, w, "and") ||
                                  ntok_is(s, w, "for") || ntok_is(s, w, "the"))) {
            if (k + 1 >= size)
                return 0;
            buf[k++] = (char)(p[0] - 'a' + 'A');
        } else if (small == 2 && WORD_IN(particle_initials, p, w->len)) {
            if (k + 1 >= size)
                return 0;
            buf[k++] = p[0];
        }
    }
    buf[k] = '\0';
    return k;
}

/* Joining words of Romance names that their acronyms leave out ("de la",
 * "des" of "Agence nationale de la sécurité des systèmes d’information",
 * ANSSI). Sorted. */
static const char *const romance_links[] = {
    "a",   "al", "au",  "aux", "d",   "da", "das", "de",  "degli", "dei", "del", "della", "delle",
    "des", "di", "do",  "dos", "du",  "e",  "el",  "en",  "et",    "i",   "il",  "l",     "la",
    "las", "le", "les", "lo",  "los", "o",  "per", "por", "pour",  "sur", "y",
};

/* Initials, as capitals, of every word of a body's name written in sentence
 * case as French, Spanish, Portuguese and Italian write bodies ("Agence
 * nationale de la sécurité des systèmes d’information": ANSSI, "Direction
 * générale des Douanes": DGD), leaving out joining words and an elided
 * article ("d’", "l’"). Returns the length, 0 when no word in small letters
 * but joining words (the other initials cover it), a word does not start
 * with a Latin letter, or buf is too short. */
static size_t romance_initials(const char *s, const eg_token *t, size_t nt, char *buf,
                               size_t size) {
    size_t k = 0;
    int small = 0;
    for (size_t i = 0; i < nt; i++) {
        const eg_token *w = &t[i];
        const char *p = s + w->start;
        size_t len = w->len;
        if (!is_word(w))
            continue;
        if (len > 2 && (p[0] == 'd' || p[0] == 'l' || p[0] == 'D' || p[0] == 'L')) {
            if (p[1] == '\'')
                p += 2, len -= 2;
            else if (len > 4 && (unsigned char)p[1] == 0xE2 && (unsigned char)p[2] == 0x80 &&
                     (unsigned char)p[3] == 0x99)
                p += 4, len -= 4;
        }
        if (!(w->flags & EG_TOK_CAP) && len == w->len &&
            (WORD_IN(romance_links, p, len) || WORD_IN(english_links, p, len)))
            continue;
        if (!(w->flags & EG_TOK_CAP) && len == w->len)
            small = 1;
        uint32_t cp;
        if (eg_utf8_decode((const unsigned char *)p, len, &cp) == 0)
            return 0;
        char ch = rs_base_letter(cp);
        if (!ch || k + 1 >= size)
            return 0;
        buf[k++] = (char)(ch - 'a' + 'A');
    }
    buf[k] = '\0';
    return small ? k : 0;
}

/* The gazetteer entity whose form is w[0..n) if it is not entity e's own
 * entry, or -1. */
static long gaz_other_entry(const rctx *c, const char *w, size_t n, uint32_t e) {
    char buf[128];
    if (n >= sizeof buf)
        return -1;
    memcpy(buf, w, n);
    buf[n] = '\0';
    long k = eg_gazetteer_find(c->g, buf);
    return k >= 0 && k != c->doc->ents.v[e].gaz ? k : -1;
}

/* Whether gazetteer forms make `w` a name of something other than entity e. */
static int gaz_other(const rctx *c, const char *w, size_t n, uint32_t e) {
    return gaz_other_entry(c, w, n, e) >= 0;
}

/* gaz_other, except that a place the list only generated ("Sahab", a town
 * of Jordan) does not count: "Sahab" of "Sahab Cloud Company". */
static int gaz_other_strong(const rctx *c, const char *w, size_t n, uint32_t e) {
    long k = gaz_other_entry(c, w, n, e);
    return k >= 0 && !eg_rules_weak_place(c->g, (int32_t)k);
}

/* Whether the word names a listed place or country ("Shenzhen", "Hebei"). */
int rs_place_word(const rctx *c, const char *w, size_t n) {
    char buf[128];
    if (n >= sizeof buf)
        return 0;
    memcpy(buf, w, n);
    buf[n] = '\0';
    long k = eg_gazetteer_find(c->g, buf);
    if (k < 0) {
        /* "Panamá", "Perú": a place in its own language */
        size_t m = rs_drop_accents(w, n, buf, sizeof buf - 1);
        if (!m)
            return 0;
        buf[m] = '\0';
        k = eg_gazetteer_find(c->g, buf);
        if (k < 0)
            return 0;
    }
    const char *t = eg_gazetteer_type(c->g, (size_t)k);
    return strcmp(t, "location") == 0 || strcmp(t, "country") == 0;
}

/* Tokens t[0..nt) less a trailing qualifier in brackets: the count before
 * "(" of "Office of the Ombudsman (Ireland)", else nt. */
static size_t unqualified(const char *s, const eg_token *t, size_t nt) {
    if (nt < 4 || !ntok_is(s, &t[nt - 1], ")"))
        return nt;
    for (size_t i = nt - 1; i-- > 1;)
        if (ntok_is(s, &t[i], "("))
            return i;
    return nt;
}

/* Whether tokens t[0..nt) are "<X>'s Office", X one to four capitalised
 * words: the office of a holder ("Auditor General's Office"). */
static int holder_office(const char *s, const eg_token *t, size_t nt) {
    if (nt < 3 || nt > 6 || !ntok_is(s, &t[nt - 1], "Office") || !(t[nt - 2].flags & EG_TOK_POSS) ||
        !(t[nt - 2].flags & EG_TOK_WORD))
        return 0;
    for (size_t i = 0; i + 2 < nt; i++)
        if (!is_word(&t[i]) || !(t[i].flags & EG_TOK_CAP) ||
            (i > 0 && !(t[i].flags & EG_TOK_SPACE_BEFORE)))
            return 0;
    return 1;
}

/* The reversed form of a body's name into `out` (cleared first; left empty
 * when there is none): "Head of X" -> "X Head", "X Head" -> "Head of X"; an
 * office of a holder with the possessive: "Office of the Ombudsman
 * (Ireland)" -> "Ombudsman's Office", "Comptroller General’s Office" ->
 * "Office of the Comptroller General". t[0..nt) are the name's tokens with
 * `words` words; a trailing qualifier in brackets is left out. 0, or -1 on
 * ENOMEM. */
int rs_reverse_name(const char *s, const eg_token *t, size_t nt, size_t words, eg_strbuf *out) {
    eg_strbuf_clear(out);
    size_t nq = unqualified(s, t, nt); /* the "of" forms leave the qualifier out */
    if (holder_office(s, t, nq)) {
        size_t xe = t[nq - 3].start + t[nq - 3].len;
        return eg_strbuf_puts(out, "Office of the ") != 0 || eg_strbuf_append(out, s, xe) != 0 ? -1
                                                                                               : 0;
    }
    size_t of = nq;
    for (size_t i = 1; i + 1 < nq; i++)
        if (ntok_is(s, &t[i], "of")) {
            of = i;
            break;
        }
    if (of < nq) {
        const eg_token *head = &t[of - 1];
        size_t x = of + 1;
        if (x < nq && ntok_is(s, &t[x], "the"))
            x++;
        size_t xw = 0;
        int ok = (head->flags & EG_TOK_CAP) && is_word(head) && x < nq;
        for (size_t i = x; i < nq && ok; i++) {
            if (is_word(&t[i]) && (t[i].flags & EG_TOK_CAP))
                xw++;
            else if (!(ntok_is(s, &t[i], "and") || ntok_is(s, &t[i], "&")))
                ok = 0;
        }
        if (ok && xw >= 1 && xw <= 4) {
            size_t xs = t[x].start, xe = t[nq - 1].start + t[nq - 1].len;
            /* "Office of the Ombudsman": the holder's office */
            int holder = of == 1 && x == of + 2 && ntok_is(s, head, "Office");
            if (eg_strbuf_append(out, s + xs, xe - xs) != 0 ||
                (holder && eg_strbuf_puts(out, "'s") != 0) || eg_strbuf_putc(out, ' ') != 0 ||
                eg_strbuf_append(out, s + head->start, head->len) != 0)
                return -1;
        }
    } else if (words <= 5 && nq == nt) {
        int ok = 1;
        for (size_t i = 0; i < nt && ok; i++)
            ok = is_word(&t[i]) && (t[i].flags & EG_TOK_CAP) &&
                 (i == 0 || (t[i].flags & EG_TOK_SPACE_BEFORE));
        if (ok) {
            const eg_token *head = &t[nt - 1];
            size_t xe = t[nt - 2].start + t[nt - 2].len;
            if (eg_strbuf_append(out, s + head->start, head->len) != 0 ||
                eg_strbuf_puts(out, " of ") != 0 || eg_strbuf_append(out, s, xe) != 0)
                return -1;
        }
    }
    return 0;
}

/* The F_HEADFIRST key of an acronym into out: HEADFIRST_PREFIX, the head's
 * letter, then the other letters rest[0..n) sorted. Romance languages put a
 * body's head noun first and its modifiers after it in either order, so
 * "TSE" (Tribunal Supremo Electoral) and "Supreme Electoral Tribunal" share
 * the key "T" + "ES", as do "TCP" and "Plurinational Constitutional
 * Tribunal". Returns the key's length, or 0 when the letters are not 3 or
 * more ASCII capitals or the key does not fit. */
size_t rs_headfirst_key(char head, const char *rest, size_t n, char *out, size_t size) {
    size_t p = sizeof HEADFIRST_PREFIX - 1;
    if (n + 1 < HEADFIRST_MIN_LETTERS || p + n + 2 > size || head < 'A' || head > 'Z')
        return 0;
    memcpy(out, HEADFIRST_PREFIX, p);
    out[p++] = head;
    for (size_t i = 0; i < n; i++) {
        char ch = rest[i];
        if (ch < 'A' || ch > 'Z')
            return 0;
        size_t j = p + i;
        while (j > p && out[j - 1] > ch) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = ch;
    }
    out[p + n] = '\0';
    return p + n;
}

static int derive_other(rctx *c, const char *s, size_t n, uint32_t ent, uint32_t pos, int org);

/* The Arabic article as joined by a hyphen to the word it defines, with
 * its sun-letter spellings ("al-Nazaha", "ash-Shabab", "ul-Islam").
 * Sorted. */
static const char *const arabic_articles[] = {"Al",  "El", "ad", "al", "an", "ar", "as",
                                              "ash", "at", "az", "el", "ul", "ut"};

/* Shorter names of a place from its tokens t[0..nt): the capitalised words
 * before a joining particle ("Castellón" of "Castellón de la Plana") unless
 * they are generic, a stop word or listed for something else; of a country,
 * the name after the head of its formal name ("Congo" of "Republic of the
 * Congo"). 0, or -1 on ENOMEM. */
/* Kinds of hills and islands that head their names in Spanish and
 * Portuguese, which writers leave out ("Cerro Paranal", "Nevado Huascarán").
 * Sorted. */
static const char *const feature_heads[] = {"Cerro", "Ilha", "Isla", "Nevado", "Volcán"};

static int place_short_forms(rctx *c, const char *s, const eg_token *t, size_t nt, uint32_t ent,
                             uint32_t pos, int country) {
    if (country) {
        for (size_t i = 1; i + 1 < nt; i++) {
            if (!ntok_is(s, &t[i], "of"))
                continue;
            if (!is_word(&t[i - 1]) || !WORD_IN(state_heads, s + t[i - 1].start, t[i - 1].len))
                return 0;
            size_t x = i + 1;
            if (x < nt && ntok_is(s, &t[x], "the"))
                x++;
            if (x >= nt)
                return 0;
            for (size_t j = x; j < nt; j++)
                if (!is_word(&t[j]) || !(t[j].flags & EG_TOK_CAP))
                    return 0;
            size_t end = t[nt - 1].start + t[nt - 1].len;
            return add_form(c, s + t[x].start, end - t[x].start, ent, F_BASE, pos);
        }
        return 0;
    }
    /* a hill's or an island's name without its kind: "Paranal" of "Cerro
     * Paranal" */
    if (nt == 2 && is_word(&t[0]) && WORD_IN(feature_heads, s + t[0].start, t[0].len) &&
        is_word(&t[1]) && (t[1].flags & EG_TOK_CAP) && (t[1].flags & EG_TOK_SPACE_BEFORE) &&
        !(t[1].flags & (EG_TOK_ALLCAPS | EG_TOK_DOTTED)) &&
        count_letters(s + t[1].start, t[1].len) >= 5 &&
        !eg_rules_stopword(s + t[1].start, t[1].len) &&
        !gaz_other(c, s + t[1].start, t[1].len, ent))
        return add_form(c, s + t[1].start, t[1].len, ent, F_BASE, pos);
    size_t j = 0;
    while (j < nt && is_word(&t[j]) && (t[j].flags & EG_TOK_CAP) &&
           !(t[j].flags & (EG_TOK_ALLCAPS | EG_TOK_DOTTED)) &&
           (j == 0 || (t[j].flags & EG_TOK_SPACE_BEFORE)) &&
           !(j > 0 && j + 1 < nt && (ntok_is(s, &t[j], "El") || ntok_is(s, &t[j], "Al")) &&
             ntok_hyphen(s, &t[j + 1]) && ntok_attached(&t[j + 1])))
        j++; /* "Kafr El-Sheikh", as a dateline writes it */
    if (j == 0 || j + 1 >= nt || !(t[j].flags & EG_TOK_SPACE_BEFORE) ||
        !(WORD_IN(place_joins, s + t[j].start, t[j].len) || ntok_is(s, &t[j], "El") ||
          ntok_is(s, &t[j], "Al")))
        return 0;
    size_t q = j + 1; /* "de la Plana", "el-Sheikh": the qualifier is capitalised */
    while (q < nt && ((is_word(&t[q]) && !(t[q].flags & EG_TOK_CAP)) ||
                      (ntok_hyphen(s, &t[q]) && ntok_attached(&t[q]))))
        q++;
    if (q >= nt || !is_word(&t[q]) || !(t[q].flags & EG_TOK_CAP))
        return 0;
    size_t end = t[j - 1].start + t[j - 1].len;
    /* "Rio" of "Rio de Janeiro": a generic word stands for the one city
     * writers shorten so */
    int rio = j == 1 && (ntok_is(s, &t[0], "Rio") || ntok_is(s, &t[0], "Río")) &&
              ntok_is(s, &t[1], "de") && nt == 3;
    if (j == 1 && !rio &&
        (WORD_IN(generic_place, s, end) || count_letters(s, end) < 4 || eg_rules_stopword(s, end)))
        return 0;
    if (gaz_other(c, s, end, ent))
        return 0;
    return add_form(c, s, end, ent, F_BASE, pos);
}

/* "Tapajós" of "Tapajós River" and "Thames" of "River Thames", as writers
 * name a river after "the", when the name is one or two capitalised words
 * that are neither generic nor listed for something else ("the Indian" is
 * no ocean, and only rivers are named so). 0, or -1 on ENOMEM. */
static int river_form(rctx *c, const char *s, const eg_token *t, size_t nt, uint32_t ent,
                      uint32_t pos) {
    if (nt < 2 || nt > 3)
        return 0;
    size_t a = 0, b = nt; /* the name's words t[a..b) */
    if (ntok_is(s, &t[nt - 1], "River"))
        b = nt - 1;
    else if (ntok_is(s, &t[0], "River"))
        a = 1;
    else
        return 0;
    for (size_t i = a; i < b; i++)
        if (!is_word(&t[i]) || !(t[i].flags & EG_TOK_CAP) || (t[i].flags & EG_TOK_ALLCAPS))
            return 0;
    size_t start = t[a].start, end = t[b - 1].start + t[b - 1].len;
    if ((b - a == 1 && (WORD_IN(generic_place, s + start, end - start) ||
                        count_letters(s + start, end - start) < 4)) ||
        eg_rules_stopword(s + start, end - start) || gaz_other(c, s + start, end - start, ent))
        return 0;
    return add_form(c, s + start, end - start, ent, F_RIVER, pos);
}

/* Whether the article names a place or country written s[0..n) ("Tecún
 * Umán" from the dateline), or the gazetteer lists one. */
static int article_place_name(rctx *c, const char *s, size_t n) {
    if (rs_place_word(c, s, n))
        return 1;
    c->derive_local = 1; /* the answer depends on the article: see derive_shared */
    const eg_doc *doc = c->doc;
    for (size_t e = 0; e < doc->ents.n; e++) {
        if (!doc->ents.v[e].mentions)
            continue;
        const char *ty = ent_type(c, (uint32_t)e), *nm = ent_name(c, (uint32_t)e);
        if ((strcmp(ty, "location") == 0 || strcmp(ty, "country") == 0) && strlen(nm) == n &&
            memcmp(nm, s, n) == 0)
            return 1;
    }
    return 0;
}

/* A body's name that ends with the place it serves, without "of" ("Casa
 * del Migrante Tecún Umán", "Harbour Master's Office Dubrovnik"): the name
 * without that place, two words or more ending in a capitalised word, is a
 * form of it ("the Casa del Migrante"), unless the list names something
 * else so. t[0..nt) are the name's tokens. 0, or -1 on ENOMEM. */
static int place_tail_form(rctx *c, const char *s, size_t n, const eg_token *t, size_t nt,
                           uint32_t ent, uint32_t pos) {
    for (size_t k = 3; k >= 1; k--) {
        if (k + 2 > nt)
            continue;
        size_t b = nt - k;
        int ok = 1;
        for (size_t i = b; i < nt && ok; i++)
            ok = is_word(&t[i]) && (t[i].flags & EG_TOK_CAP) && !(t[i].flags & EG_TOK_ALLCAPS);
        if (!ok || !(t[b].flags & EG_TOK_SPACE_BEFORE))
            continue;
        const eg_token *l = &t[b - 1];
        if (!is_word(l) || !(l->flags & EG_TOK_CAP) || WORD_IN(place_ofs, s + l->start, l->len))
            continue;
        if (!article_place_name(c, s + t[b].start, n - t[b].start))
            continue;
        size_t words = 0;
        for (size_t i = 0; i < b; i++)
            words += is_word(&t[i]);
        size_t end = l->start + l->len;
        if (words < 2 || article_place_name(c, s, end) || gaz_other(c, s, end, ent))
            return 0;
        return add_form(c, s, end, ent, F_BASE, pos);
    }
    return 0;
}

/* Articles after a joining word of a body's name in other languages
 * ("Ministerio de la Mujer"). */
static const char *const native_articles[] = {"a",  "as",  "el",  "la", "las",
                                              "le", "les", "los", "o",  "os"};

/* Words that coordinate the fields of a body's name in other languages
 * ("Ministerio de Salud y Protección Social"). */
static const char *const native_ands[] = {"e", "et", "i", "och", "og", "und", "y", "și"};

/* Words that name the kind of place a body serves before the place
 * ("Ministério Público do Estado do Rio de Janeiro"). */
static const char *const place_kinds[] = {"Departamento", "Estado", "Province", "Provincia",
                                          "Província",    "Region", "Región",   "State"};

/* Heads of police bodies' names that writers drop after "Police" ("Toronto
 * Police" of "Toronto Police Service"). Sorted. */
static const char *const police_tails[] = {"Department", "Force", "Service"};

/* Shorter forms of a body's name that writers use after the full one:
 *  - without the head after "Police": "Toronto Police" of "Toronto Police
 *    Service", "Kenya Police" of "Kenya Police Force";
 *  - "Met" for a leading "Metropolitan": "Met Council", "Met Police";
 *  - without "Commercial" before "Bank": "Hoa Binh Bank" of "Hoa Binh
 *    Commercial Bank";
 *  - without a trailing listed place after a body's head word: "Airport
 *    Authority" of "Airport Authority Hong Kong";
 *  - a native name cut before its coordinating word when no "de" comes
 *    first: "Secretaría Anticorrupción" of "Secretaría Anticorrupción y Buen
 *    Gobierno".
 * 0, or -1 on ENOMEM. */
static int variant_forms(rctx *c, const char *s, size_t n, uint32_t ent, uint32_t pos) {
    if (rs_tokenize_name(c, s, n) != 0)
        return -1;
    const eg_token *t = c->ntok.v;
    size_t nt = c->ntok.n, cap = 0;
    while (cap < nt && is_word(&t[cap]) && (t[cap].flags & EG_TOK_CAP))
        cap++;
    if (cap < 2)
        return 0;
    size_t ends[3], ne = 0;
    if (cap == nt && nt >= 3 && ntok_is(s, &t[nt - 2], "Police") &&
        WORD_IN(police_tails, s + t[nt - 1].start, t[nt - 1].len))
        ends[ne++] = t[nt - 2].start + t[nt - 2].len;
    if (cap == nt && nt >= 3 && ntok_is(s, &t[nt - 2], "Commercial") &&
        ntok_is(s, &t[nt - 1], "Bank")) {
        /* the name with "Commercial" left out, built in c->tmp */
        eg_strbuf_clear(&c->tmp);
        if (eg_strbuf_append(&c->tmp, s, t[nt - 2].start) != 0 ||
            eg_strbuf_append(&c->tmp, "Bank", 4) != 0)
            return -1;
        if (!gaz_other(c, c->tmp.data, c->tmp.len, ent) &&
            add_form(c, c->tmp.data, c->tmp.len, ent, F_BASE, pos) != 0)
            return -1;
    }
    if (ntok_is(s, &t[0], "Metropolitan") && t[1].flags & EG_TOK_SPACE_BEFORE) {
        eg_strbuf_clear(&c->tmp);
        if (eg_strbuf_append(&c->tmp, "Met", 3) != 0 ||
            eg_strbuf_append(&c->tmp, s + t[0].start + t[0].len, n - t[0].start - t[0].len) != 0)
            return -1;
        if (!gaz_other(c, c->tmp.data, c->tmp.len, ent) &&
            add_form(c, c->tmp.data, c->tmp.len, ent, F_BASE, pos) != 0)
            return -1;
    }
    if (cap == nt && nt >= 3) {
        for (size_t h = nt - 2; h >= 1 && h + 4 >= nt; h--)
            if (WORD_IN(body_heads, s + t[h].start, t[h].len) &&
                rs_place_word(c, s + t[h + 1].start, n - t[h + 1].start)) {
                ends[ne++] = t[h].start + t[h].len;
                break;
            }
    }
    if (cap < nt && cap >= 2 && cap + 1 < nt && is_word(&t[cap]) &&
        WORD_IN(native_ands, s + t[cap].start, t[cap].len) && (t[cap + 1].flags & EG_TOK_CAP))
        ends[ne++] = t[cap - 1].start + t[cap - 1].len;
    for (size_t k = 0; k < ne; k++)
        if (!gaz_other(c, s, ends[k], ent) && add_form(c, s, ends[k], ent, F_BASE, pos) != 0)
            return -1;
    return 0;
}

/* Shorter names of a body named in its own language, its head words first
 * and a joining word after them (tokens t[0..nt) of s[0..n)):
 *   - cut before a coordinating word: "Ministerio de Minería" of
 *     "Ministerio de Minería y Metalurgia", "Ministério da Agricultura" of
 *     "Ministério da Agricultura e Pecuária";
 *   - cut before the place it serves, after any joining word, two words
 *     or more left ("Ministério Público" of "Ministério Público do Estado
 *     do Rio de Janeiro"), or before its last joining word but the first
 *     when one to three capitalised words end it ("Frente de Defensa" of
 *     "Frente de Defensa de Machu Picchu"; not "Universidad" of
 *     "Universidad de Chile").
 * English names have rules of their own (body_short_forms). 0, or -1 on
 * ENOMEM. */
static int native_short_forms(rctx *c, const char *s, size_t n, uint32_t ent, uint32_t pos) {
    const eg_token *t = c->ntok.v;
    size_t nt = c->ntok.n, fo = 0;
    while (fo < nt && is_word(&t[fo]) && (t[fo].flags & EG_TOK_CAP))
        fo++;
    if (fo == 0 || fo + 2 > nt || !is_word(&t[fo]) ||
        !WORD_IN(place_ofs, s + t[fo].start, t[fo].len))
        return 0;
    size_t cut[4], ncut = 0;
    size_t x = fo + 1;
    if (x + 1 < nt && is_word(&t[x]) && WORD_IN(native_articles, s + t[x].start, t[x].len))
        x++;
    size_t a = x;
    while (a < nt && is_word(&t[a]) && (t[a].flags & EG_TOK_CAP))
        a++;
    if (a > x && a - x <= 3 && a + 1 < nt && is_word(&t[a]) &&
        WORD_IN(native_ands, s + t[a].start, t[a].len))
        cut[ncut++] = a;
    for (size_t i = fo; i + 1 < nt && ncut < 4; i++) {
        if (!is_word(&t[i]) || !WORD_IN(place_ofs, s + t[i].start, t[i].len) || i < 2 ||
            !is_word(&t[i - 1]) || !(t[i - 1].flags & EG_TOK_CAP))
            continue;
        size_t r = i + 1;
        if (r + 1 < nt && is_word(&t[r]) && WORD_IN(native_articles, s + t[r].start, t[r].len))
            r++;
        if (r + 2 < nt && is_word(&t[r]) && WORD_IN(place_kinds, s + t[r].start, t[r].len) &&
            is_word(&t[r + 1]) && WORD_IN(place_ofs, s + t[r + 1].start, t[r + 1].len))
            r += 2;
        size_t caps = 0;
        while (r + caps < nt && is_word(&t[r + caps]) && (t[r + caps].flags & EG_TOK_CAP))
            caps++;
        if (r < nt && !(r == nt - 1 && !(t[r].flags & EG_TOK_CAP)) &&
            (article_place_name(c, s + t[r].start, n - t[r].start) ||
             (i > fo && r + caps == nt && caps <= 3)))
            cut[ncut++] = i;
    }
    for (size_t k = 0; k < ncut; k++) {
        size_t end = t[cut[k] - 1].start + t[cut[k] - 1].len;
        if (article_place_name(c, s, end) || gaz_other(c, s, end, ent))
            continue;
        if (add_form(c, s, end, ent, F_BASE, pos) != 0)
            return -1;
    }
    return 0;
}

static int body_short_forms(rctx *c, const char *s, size_t n, uint32_t ent, uint32_t pos, int org) {
    if (variant_forms(c, s, n, ent, pos) != 0)
        return -1;
    if (rs_tokenize_name(c, s, n) != 0)
        return -1;
    if (native_short_forms(c, s, n, ent, pos) != 0)
        return -1;
    if (rs_tokenize_name(c, s, n) != 0)
        return -1;
    if (c->doc->ents.v[ent].gaz < 0 &&
        place_tail_form(c, s, n, c->ntok.v, c->ntok.n, ent, pos) != 0)
        return -1;
    if (rs_tokenize_name(c, s, n) != 0)
        return -1;
    const eg_token *t = c->ntok.v;
    size_t nt = c->ntok.n, of = nt, last_of = nt;
    for (size_t i = 1; i + 1 < nt; i++)
        if (ntok_is(s, &t[i], "of")) {
            if (of == nt)
                of = i;
            last_of = i;
        } else if (is_word(&t[i]) && WORD_IN(place_ofs, s + t[i].start, t[i].len)) {
            last_of = i; /* "Autoridad del Canal de Panamá" */
        } else if (c->doc->ents.v[ent].gaz < 0 && ntok_is(s, &t[i], "for")) {
            last_of = i; /* "Special Tribunal" of "Special Tribunal for The Gambia" */
        }
    if (last_of == nt)
        return 0;
    if (of < nt && of >= 4 && is_word(&t[0]) && (t[0].flags & EG_TOK_CAP) &&
        ntok_hyphen(s, &t[1]) && ntok_attached(&t[1]) && ntok_attached(&t[2]) && is_word(&t[2]) &&
        (t[2].flags & EG_TOK_CAP) && is_word(&t[of - 1]) &&
        WORD_IN(body_heads, s + t[of - 1].start, t[of - 1].len)) {
        /* a body of a region named by a compound word, without its field:
         * "Inter-American Court" of "Inter-American Court of Human Rights",
         * "Inter-American Commission" of "Inter-American Commission of
         * Women" (not "European Court" of "European Court of Human Rights",
         * which may be another court) */
        int ok = 1;
        for (size_t i = 3; i < of && ok; i++)
            ok = is_word(&t[i]) && (t[i].flags & EG_TOK_CAP);
        size_t end = t[of - 1].start + t[of - 1].len;
        if (ok && !gaz_other(c, s, end, ent) && add_form(c, s, end, ent, F_BASE, pos) != 0)
            return -1;
        if (rs_tokenize_name(c, s, n) != 0)
            return -1;
        t = c->ntok.v;
    }
    if (of == 2 && !org && of + 1 < nt &&
        (ntok_is(s, &t[0], "High") || ntok_is(s, &t[0], "Supreme")) &&
        (ntok_is(s, &t[1], "Court") || ntok_is(s, &t[1], "Tribunal")) &&
        !ntok_is(s, &t[of + 1], "Appeal") && !ntok_is(s, &t[of + 1], "Appeals")) {
        /* "High Court" of "High Court of Cassation and Justice", "Supreme
         * Court" of "Supreme Court of Justice"; not of "Supreme Court of
         * Appeal", another court */
        if (add_form(c, s, t[1].start + t[1].len, ent, F_BASE, pos) != 0)
            return -1;
    }
    if (of < nt) {
        size_t x = of + 1;
        if (x < nt && ntok_is(s, &t[x], "the"))
            x++;
        size_t a = x;
        while (a < nt && is_word(&t[a]) && (t[a].flags & EG_TOK_CAP))
            a++;
        if (a > x && a + 1 < nt && a - x <= 3 &&
            (ntok_is(s, &t[a], "and") || ntok_is(s, &t[a], "&")) && is_word(&t[of - 1]) &&
            (t[of - 1].flags & EG_TOK_CAP)) {
            size_t x1e = t[a - 1].start + t[a - 1].len;
            if (add_form(c, s, x1e, ent, F_BASE, pos) != 0)
                return -1;
            eg_strbuf_clear(&c->tmp);
            if (eg_strbuf_append(&c->tmp, s + t[x].start, x1e - t[x].start) != 0 ||
                eg_strbuf_putc(&c->tmp, ' ') != 0 ||
                eg_strbuf_append(&c->tmp, s + t[of - 1].start, t[of - 1].len) != 0 ||
                add_form(c, c->tmp.data, c->tmp.len, ent, F_REVERSED, pos) != 0)
                return -1;
        }
        /* every field of "Head of X1, X2 and X3", as written and reversed ("Mines
         * Ministry" of "Ministry of Energy, Mines and Quarries") */
        if (a > x && a + 1 < nt && is_word(&t[of - 1]) && (t[of - 1].flags & EG_TOK_CAP)) {
            size_t fs[6], fe[6], nf = 0, k = x;
            for (;;) {
                size_t b = k;
                while (k < nt && is_word(&t[k]) && (t[k].flags & EG_TOK_CAP))
                    k++;
                if (k == b || k - b > 3 || nf == 6)
                    break;
                fs[nf] = b;
                fe[nf++] = k;
                if (k == nt)
                    break;
                if (ntok_is(s, &t[k], ","))
                    k++;
                if (k < nt && (ntok_is(s, &t[k], "and") || ntok_is(s, &t[k], "&")))
                    k++;
                if (k == fe[nf - 1])
                    break;
            }
            if (k == nt && nf >= 2) {
                size_t head_s = t[of - 1].start, head_l = t[of - 1].len, pre = t[x].start;
                for (size_t f = 1; f < nf; f++) {
                    size_t xs = t[fs[f]].start, xe = t[fe[f] - 1].start + t[fe[f] - 1].len;
                    eg_strbuf_clear(&c->tmp);
                    if (eg_strbuf_append(&c->tmp, s + xs, xe - xs) != 0 ||
                        eg_strbuf_putc(&c->tmp, ' ') != 0 ||
                        eg_strbuf_append(&c->tmp, s + head_s, head_l) != 0 ||
                        add_form(c, c->tmp.data, c->tmp.len, ent, F_REVERSED, pos) != 0)
                        return -1;
                    eg_strbuf_clear(&c->tmp);
                    if (eg_strbuf_append(&c->tmp, s, pre) != 0 ||
                        eg_strbuf_append(&c->tmp, s + xs, xe - xs) != 0 ||
                        add_form(c, c->tmp.data, c->tmp.len, ent, F_BASE, pos) != 0)
                        return -1;
                    if (rs_tokenize_name(c, s, n) != 0)
                        return -1;
                    t = c->ntok.v;
                }
                if (!ntok_is(s, &t[fe[0]], "and") && !ntok_is(s, &t[fe[0]], "&")) {
                    size_t x1e = t[fe[0] - 1].start + t[fe[0] - 1].len;
                    if (add_form(c, s, x1e, ent, F_BASE, pos) != 0)
                        return -1;
                    eg_strbuf_clear(&c->tmp);
                    if (eg_strbuf_append(&c->tmp, s + t[x].start, x1e - t[x].start) != 0 ||
                        eg_strbuf_putc(&c->tmp, ' ') != 0 ||
                        eg_strbuf_append(&c->tmp, s + head_s, head_l) != 0 ||
                        add_form(c, c->tmp.data, c->tmp.len, ent, F_REVERSED, pos) != 0)
                        return -1;
                    if (rs_tokenize_name(c, s, n) != 0)
                        return -1;
                    t = c->ntok.v;
                }
            }
        }
    }
    /* t may move when derive_other tokenises again: keep offsets only */
    size_t tail = last_of + 1;
    if (tail < nt && ntok_is(s, &t[tail], "the"))
        tail++;
    if (tail >= nt || last_of < 2 || !is_word(&t[last_of - 1]) ||
        !(t[last_of - 1].flags & EG_TOK_CAP))
        return 0;
    size_t base_end = t[last_of - 1].start + t[last_of - 1].len, tail_start = t[tail].start;
    size_t base_words = 0;
    for (size_t i = 0; i < last_of; i++)
        base_words += is_word(&t[i]);
    if (base_words < 2 || !rs_place_word(c, s + tail_start, n - tail_start))
        return 0;
    if (add_form(c, s, base_end, ent, F_BASE, pos) != 0)
        return -1;
    if (!ntok_is(s, &t[last_of], "of"))
        return 0; /* "Autoridad del Canal": no acronym of it ("MP" of "Ministério Público") */
    return derive_other(c, s, base_end, ent, pos, org);
}

/* The number of leading tokens of t[0..capr) that a company's name starts
 * with and writers leave out: a listed place of one to three words
 * ("Tangshan", "Hai Phong") or a generic head ("Banco", "Grupo"); 0 when
 * none or nothing capitalised follows. */
static size_t dropped_lead(const rctx *c, const char *s, const eg_token *t, size_t capr) {
    if (capr >= 2 && WORD_IN(dropped_heads, s + t[0].start, t[0].len))
        return 1;
    /* a group's two-capital prefix before two words or more: "Hyundai
     * Heavy" of "HD Hyundai Heavy Industries" */
    if (capr >= 3 && t[0].len == 2 && (t[0].flags & EG_TOK_ALLCAPS) &&
        !(t[0].flags & EG_TOK_DOTTED) && (t[1].flags & EG_TOK_SPACE_BEFORE) &&
        !(t[1].flags & EG_TOK_ALLCAPS))
        return 1;
    for (size_t k = capr - 1 < 3 ? capr - 1 : 3; k >= 1 && capr >= 2; k--) {
        size_t end = t[k - 1].start + t[k - 1].len;
        if (rs_place_word(c, s + t[0].start, end - t[0].start))
            return k;
    }
    return 0;
}

/* A company's name without the place or generic head it starts with, up
 * to its legal form (tokens t[0..base), capitalised words t[0..capr)):
 * that rest when two words or more and its leading words, two or more
 * ("Jinxi Steel Group" and "Jinxi Steel" of "Tangshan Jinxi Steel Group",
 * "Dragon Shipbuilding" of "Hai Phong Dragon Shipbuilding Corporation",
 * "Ferreira Tavares" of "Grupo Ferreira Tavares"), and its first word
 * ("Jinxi", "Ardesia" of "Banco Ardesia SpA", "Kaiyuan" of "Shenzhen
 * Kaiyuan Avionics", though a town of that name is generated) unless it is
 * generic, a body's head, a stop word or listed for something else. Forms
 * that are all places or listed names are left out. 0, or -1 on ENOMEM. */
static int rest_forms(rctx *c, const char *s, const eg_token *t, size_t base, size_t capr,
                      uint32_t ent, uint32_t pos) {
    if (capr < base || base < 2)
        return 0;
    size_t q = dropped_lead(c, s, t, capr);
    if (!q || q >= base || !(t[q].flags & EG_TOK_SPACE_BEFORE))
        return 0;
    /* offsets only: add_form does not tokenise, but keep t's values local */
    for (size_t p = base; p >= q + 2; p--) {
        size_t b0 = t[q].start, end = t[p - 1].start + t[p - 1].len, places = 0;
        for (size_t i = q; i < p; i++)
            places += rs_place_word(c, s + t[i].start, t[i].len) != 0;
        if (places == p - q || gaz_other(c, s + b0, end - b0, ent))
            continue;
        if (add_form(c, s + b0, end - b0, ent, F_BASE, pos) != 0)
            return -1;
    }
    /* after a generic word, the one word left: "Altamira" of "Compañía
     * Minera Altamira" */
    if (base - q == 2 && WORD_IN(generic_first, s + t[q].start, t[q].len))
        q++;
    const char *w = s + t[q].start;
    size_t wl = t[q].len;
    if (base - q <= 3 && !(t[q].flags & (EG_TOK_ALLCAPS | EG_TOK_DOTTED)) &&
        count_letters(w, wl) >= 3 && !WORD_IN(generic_first, w, wl) &&
        !WORD_IN(body_heads, w, wl) && !WORD_IN(company_tails, w, wl) &&
        !eg_rules_stopword(w, wl) && !gaz_other_strong(c, w, wl, ent) &&
        add_form(c, w, wl, ent, F_FIRST, pos) != 0)
        return -1;
    return 0;
}

/* Whether the first `p` words of a body's name of `base` words are a
 * person's name it is named after: all but the last word, that word one of
 * eponym_heads, two or three capitalised words, none a generic first word,
 * the first no place (a surname may be one: "Villanueva"). "Adebisi Coker"
 * of "Adebisi Coker Foundation", not "Nordic Growth" of "Nordic Growth
 * Fund" or "Green Earth" of "Green Earth Foundation". */
static int eponym_person(const rctx *c, const char *s, const eg_token *t, size_t base, size_t p) {
    if (p + 1 != base || p < 2 || p > 3 || !is_word(&t[p]) ||
        !WORD_IN(eponym_heads, s + t[p].start, t[p].len))
        return 0;
    for (size_t i = 0; i < p; i++)
        if (!is_word(&t[i]) || !(t[i].flags & EG_TOK_CAP) || (t[i].flags & EG_TOK_ALLCAPS) ||
            count_letters(s + t[i].start, t[i].len) < 3 ||
            WORD_IN(generic_first, s + t[i].start, t[i].len) ||
            (i == 0 && rs_place_word(c, s + t[i].start, t[i].len)))
            return 0;
    return 1;
}

/* Words a body's name starts with that writers leave out after the first
 * mention, besides the country: "Royal" of "Royal Bahamas Defence Force",
 * "National" of "National Prosecuting Authority". */
static const char *const lead_qualifiers[] = {"Federal", "National", "Royal"};

/* Last words of bodies' names, besides body_heads, that keep a name without
 * its leading qualifiers a body's ("Defence Force", "Metal Workers’ Union"). */
static const char *const qualified_heads[] = {
    "Federation", "Force", "Forces", "Guard", "Union",
};

/* A body's name without all the qualifiers it starts with, two words or
 * more that end with a body's head word: "Defence Force" of "Royal Bahamas
 * Defence Force", "Revenue Service" of "South African Revenue Service",
 * "Metal Workers’ Union" of "Korean Metal Workers’ Union", "Military
 * Tribunal" of "Yaoundé Military Tribunal". A qualifier is one of
 * lead_qualifiers, or one or two words naming a listed place or country (or
 * its people) or a place the article names. Nothing when the rest is listed for something else. 0,
 * or -1 on ENOMEM. */
static int qualified_rest(rctx *c, const char *s, size_t n, const eg_token *t, size_t nt,
                          uint32_t ent, uint32_t pos) {
    const eg_token *l = &t[nt - 1];
    if (!is_word(l) || !(l->flags & EG_TOK_CAP) ||
        !(WORD_IN(body_heads, s + l->start, l->len) ||
          WORD_IN(qualified_heads, s + l->start, l->len)))
        return 0;
    size_t q = 0;
    while (q + 2 < nt) {
        const eg_token *w = &t[q];
        if (!is_word(w) || !(w->flags & EG_TOK_CAP) || (w->flags & EG_TOK_ALLCAPS) ||
            !(t[q + 1].flags & EG_TOK_SPACE_BEFORE))
            break;
        if (WORD_IN(lead_qualifiers, s + w->start, w->len)) {
            q++;
            continue;
        }
        size_t k = 0;
        if (q + 3 < nt && is_word(&t[q + 1]) && (t[q + 2].flags & EG_TOK_SPACE_BEFORE) &&
            article_place_name(c, s + w->start, t[q + 1].start + t[q + 1].len - w->start))
            k = 2; /* "South African", "Puerto Rico" */
        else if (article_place_name(c, s + w->start, w->len))
            k = 1;
        if (!k)
            break;
        q += k;
    }
    if (!q)
        return 0;
    /* the rest: capitalised words, a possessive's apostrophe or a hyphen
     * between them; two words at least */
    size_t rw = 0;
    for (size_t i = q; i < nt; i++) {
        const eg_token *w = &t[i];
        if ((w->flags & EG_TOK_WORD) && (w->flags & EG_TOK_CAP) && !(w->flags & EG_TOK_ALLCAPS))
            rw += !(w->flags & EG_TOK_POSS);
        else if (!((w->flags & EG_TOK_POSS) || (i > q && i + 1 < nt && ntok_hyphen(s, w))) ||
                 !ntok_attached(w))
            return 0;
    }
    if (rw < 2 || !(t[q].flags & EG_TOK_WORD) || (t[q].flags & EG_TOK_POSS))
        return 0;
    const char *r = s + t[q].start;
    size_t rl = n - t[q].start;
    if (gaz_other(c, r, rl, ent))
        return 0;
    return add_form(c, r, rl, ent, F_BASE, pos);
}

static int derive_other(rctx *c, const char *s, size_t n, uint32_t ent, uint32_t pos, int org) {
    if (rs_tokenize_name(c, s, n) != 0)
        return -1;
    const eg_token *t = c->ntok.v;
    size_t nt = c->ntok.n, words = 0;
    for (size_t i = 0; i < nt; i++)
        words += is_word(&t[i]);
    if (words < 2)
        return 0;
    const char *type = ent_type(c, ent);
    if (strcmp(type, "location") == 0 || strcmp(type, "country") == 0) {
        if (place_short_forms(c, s, t, nt, ent, pos, type[0] == 'c') != 0)
            return -1;
        if (type[0] == 'l' && river_form(c, s, t, nt, ent, pos) != 0)
            return -1;
    }
    /* the name without its legal form */
    size_t base = nt;
    if (org && nt >= 5 && ntok_is(s, &t[nt - 3], "A") && ntok_is(s, &t[nt - 2], "/") &&
        ntok_is(s, &t[nt - 1], "S"))
        base = nt - 3; /* "Nordhavn Bank A/S" */
    /* "Ltd", "Pte. Ltd.", "(Pvt) Ltd", "Co., Ltd." */
    for (size_t b = base; org && b >= 2; b--) {
        const eg_token *l = &t[b - 1];
        if (is_word(l) && WORD_IN(legal_forms, s + l->start, l->len))
            base = b - 1;
        else if (is_word(l) || !(ntok_is(s, l, ".") || ntok_is(s, l, ",") || ntok_is(s, l, "(") ||
                                 ntok_is(s, l, ")")))
            break;
    }
    while (base < nt && base >= 2 && !is_word(&t[base - 1]))
        base--;
    if (org && base >= 3 && WORD_IN(lead_forms, s + t[0].start, t[0].len) &&
        (t[1].flags & EG_TOK_SPACE_BEFORE)) {
        /* "Sulawesi Tenggara Nikel" of "PT Sulawesi Tenggara Nikel Tbk" */
        size_t e0 = t[base - 1].start + t[base - 1].len;
        if (add_form(c, s + t[1].start, e0 - t[1].start, ent, F_BASE, pos) != 0)
            return -1;
        if (derive_other(c, s + t[1].start, e0 - t[1].start, ent, pos, org) != 0)
            return -1;
        return 0;
    }
    if (base < nt && base >= 2 &&
        add_form(c, s, t[base - 1].start + t[base - 1].len, ent, F_BASE, pos) != 0)
        return -1;
    /* the leading words of the base name, two or more: "Hebei Jinding" of
     * "Hebei Jinding Steel", "Perak Marine" of "Perak Marine Aggregates Sdn
     * Bhd", "Nyakafuru Gold" of "Nyakafuru Gold Mining Company" */
    size_t capr = 0;
    while (capr < base && is_word(&t[capr]) && (t[capr].flags & EG_TOK_CAP) &&
           !(t[capr].flags & EG_TOK_POSS) &&
           (capr == 0 || (t[capr].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START))))
        capr++;
    for (size_t p = base - 1; org && base >= 3 && p >= 2; p--) {
        if (p > capr || !(t[p].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START)))
            continue;
        size_t end = t[p - 1].start + t[p - 1].len, places = 0;
        for (size_t i = 0; i < p; i++)
            places += rs_place_word(c, s + t[i].start, t[i].len) != 0;
        if (places == p || gaz_other(c, s, end, ent))
            continue;
        if (eponym_person(c, s, t, base, p))
            continue;
        if (add_form(c, s, end, ent, F_BASE, pos) != 0)
            return -1;
    }
    /* a body named after a person without the given name: "Coker
     * Foundation" of "Adebisi Coker Foundation" */
    if (org && base == 3 && nt == 3 && eponym_person(c, s, t, base, 2) &&
        !gaz_other(c, s + t[1].start, n - t[1].start, ent) &&
        add_form(c, s + t[1].start, n - t[1].start, ent, F_BASE, pos) != 0)
        return -1;
    if (org && rest_forms(c, s, t, base, capr, ent, pos) != 0)
        return -1;
    t = c->ntok.v;
    /* a first word of two joined by a hyphen: "Agro-Dnipro" of "Agro-Dnipro
     * Holding" */
    if (org && base >= 4 && is_word(&t[0]) && (t[0].flags & EG_TOK_CAP) && ntok_hyphen(s, &t[1]) &&
        ntok_attached(&t[1]) && ntok_attached(&t[2]) && is_word(&t[2]) &&
        (t[2].flags & EG_TOK_CAP) && (t[3].flags & EG_TOK_SPACE_BEFORE)) {
        size_t end = t[2].start + t[2].len;
        if (!gaz_other(c, s, end, ent) && add_form(c, s, end, ent, F_BASE, pos) != 0)
            return -1;
    }
    /* after a listed place, the second word with the head noun: "Pearl
     * Bank" of "Saigon Pearl Commercial Joint Stock Bank" */
    if (org && base >= 4 && capr >= base && rs_place_word(c, s + t[0].start, t[0].len) &&
        !rs_place_word(c, s + t[1].start, t[1].len) &&
        !WORD_IN(generic_first, s + t[1].start, t[1].len)) {
        eg_strbuf_clear(&c->tmp);
        if (eg_strbuf_append(&c->tmp, s + t[1].start, t[1].len) != 0 ||
            eg_strbuf_putc(&c->tmp, ' ') != 0 ||
            eg_strbuf_append(&c->tmp, s + t[base - 1].start, t[base - 1].len) != 0)
            return -1;
        if (!gaz_other(c, c->tmp.data, c->tmp.len, ent) &&
            add_form(c, c->tmp.data, c->tmp.len, ent, F_BASE, pos) != 0)
            return -1;
    }
    for (size_t i = 1; org && i + 1 < nt; i++)
        if ((t[i].flags & EG_TOK_POSS) && is_word(&t[i - 1]) &&
            add_form(c, s, t[i].start + t[i].len, ent, F_BASE, pos) != 0)
            return -1; /* "St. Brendan’s" of "St. Brendan’s Medical Center" */
    if (org && words <= 3 && nt >= 2 && nt <= 3 && is_word(&t[0]) && is_word(&t[1]) &&
        (t[1].flags & EG_TOK_CAP) && (t[1].flags & EG_TOK_SPACE_BEFORE) &&
        !(t[1].flags & (EG_TOK_ALLCAPS | EG_TOK_DOTTED)) &&
        rs_place_word(c, s + t[0].start, t[0].len) &&
        count_letters(s + t[1].start, t[1].len) >= 3 &&
        !WORD_IN(generic_first, s + t[1].start, t[1].len) &&
        !eg_rules_stopword(s + t[1].start, t[1].len) &&
        !gaz_other(c, s + t[1].start, t[1].len, ent) &&
        add_form(c, s + t[1].start, t[1].len, ent, F_FIRST, pos) != 0)
        return -1; /* "Huarui" of "Shenzhen Huarui Automation" */
    /* after the head of a university's or a network's name and a joining
     * word, the rest: "Pacífico Sur" of "Universidad del Pacífico Sur" */
    if (org && nt >= 2 && is_word(&t[0]) && WORD_IN(company_heads, s + t[0].start, t[0].len)) {
        size_t r = 1;
        if (r + 1 < nt && is_word(&t[r]) && WORD_IN(place_ofs, s + t[r].start, t[r].len))
            r++;
        /* two words or three: one alone is mostly a city ("Universidad de
         * Concepción") */
        int ok = r + 2 <= nt && r + 3 >= nt;
        for (size_t i = r; i < nt && ok; i++)
            ok = is_word(&t[i]) && (t[i].flags & EG_TOK_CAP) && !(t[i].flags & EG_TOK_POSS) &&
                 (t[i].flags & EG_TOK_SPACE_BEFORE);
        if (ok && !gaz_other(c, s + t[r].start, n - t[r].start, ent) &&
            add_form(c, s + t[r].start, n - t[r].start, ent, F_BASE, pos) != 0)
            return -1;
    }
    /* the body's head word: "Commission" of "European Commission", "Ministry"
     * of "Ministry of Commerce" */
    int body = org || strcmp(ent_type(c, ent), "agency") == 0;
    /* an Arabic name's last word without the article joined to it, which
     * writers use alone: "Nazaha" of "Hay’at al-Nazaha", "Nusra" of "Jabhat
     * al-Nusra" */
    if (body && nt >= 4 && is_word(&t[nt - 1]) && (t[nt - 1].flags & EG_TOK_CAP) &&
        ntok_hyphen(s, &t[nt - 2]) && ntok_attached(&t[nt - 2]) && ntok_attached(&t[nt - 1]) &&
        is_word(&t[nt - 3]) && (t[nt - 3].flags & EG_TOK_SPACE_BEFORE) &&
        WORD_IN(arabic_articles, s + t[nt - 3].start, t[nt - 3].len) &&
        count_letters(s + t[nt - 1].start, t[nt - 1].len) >= 4 &&
        !eg_rules_stopword(s + t[nt - 1].start, t[nt - 1].len) &&
        !WORD_IN(generic_first, s + t[nt - 1].start, t[nt - 1].len) &&
        !gaz_other(c, s + t[nt - 1].start, t[nt - 1].len, ent) &&
        !rs_place_word(c, s + t[nt - 1].start, t[nt - 1].len) &&
        add_form(c, s + t[nt - 1].start, t[nt - 1].len, ent, F_BASE, pos) != 0)
        return -1;
    /* a sports club without its head: "Almenara" of "CD Almenara", "Puerto
     * Nuevo" of "Club Atlético Puerto Nuevo" */
    if (org && is_word(&t[0]) && WORD_IN(club_heads, s + t[0].start, t[0].len)) {
        size_t r = 1;
        if (r < nt && (ntok_is(s, &t[0], "Club") || ntok_is(s, &t[0], "Clube")) && is_word(&t[r]) &&
            WORD_IN(club_seconds, s + t[r].start, t[r].len))
            r++;
        int ok = r < nt && r + 3 >= nt;
        for (size_t i = r; i < nt && ok; i++)
            ok = is_word(&t[i]) && (t[i].flags & EG_TOK_CAP) && !(t[i].flags & EG_TOK_POSS) &&
                 (t[i].flags & EG_TOK_SPACE_BEFORE);
        if (ok && count_letters(s + t[r].start, n - t[r].start) >= 4 &&
            !gaz_other(c, s + t[r].start, n - t[r].start, ent) &&
            !(nt - r == 1 && eg_rules_stopword(s + t[r].start, t[r].len)) &&
            add_form(c, s + t[r].start, n - t[r].start, ent, F_BASE, pos) != 0)
            return -1;
    }
    /* the name without the country it starts with: "Coast Guard" of
     * "Norwegian Coast Guard", "Integrity Commission" of "Federal Integrity
     * Commission", "Directorate of Fisheries" of "Norwegian Directorate of
     * Fisheries" */
    if (body && words >= 3 && is_word(&t[0]) && (t[1].flags & EG_TOK_SPACE_BEFORE) &&
        (ntok_is(s, &t[0], "Federal") || rs_place_word(c, s + t[0].start, t[0].len))) {
        int ok = is_word(&t[nt - 1]) && (t[nt - 1].flags & EG_TOK_CAP);
        for (size_t i = 1; i < nt && ok; i++)
            ok = (is_word(&t[i]) && ((t[i].flags & EG_TOK_CAP) ||
                                     WORD_IN(english_links, s + t[i].start, t[i].len))) ||
                 (i > 1 && i + 1 < nt && ntok_hyphen(s, &t[i]) && ntok_attached(&t[i]) &&
                  ntok_attached(&t[i + 1])) || /* "Anti-Corruption Commission" */
                 (i > 1 && i + 1 < nt && (t[i].flags & EG_TOK_POSS) && ntok_attached(&t[i]) &&
                  (t[i - 1].flags & EG_TOK_CAP)); /* "Metal Workers’ Union" */
        if (ok && (t[1].flags & EG_TOK_CAP) && !gaz_other(c, s + t[1].start, n - t[1].start, ent) &&
            add_form(c, s + t[1].start, n - t[1].start, ent, F_BASE, pos) != 0)
            return -1;
    }
    if (body && words >= 3 && qualified_rest(c, s, n, t, nt, ent, pos) != 0)
        return -1;
    t = c->ntok.v;
    if (body && is_word(&t[nt - 1]) && WORD_IN(body_heads, s + t[nt - 1].start, t[nt - 1].len) &&
        add_form(c, s + t[nt - 1].start, t[nt - 1].len, ent, F_HEAD, pos) != 0)
        return -1;
    if (body && nt >= 3 && ntok_is(s, &t[1], "of") &&
        WORD_IN(body_heads, s + t[0].start, t[0].len) &&
        add_form(c, s + t[0].start, t[0].len, ent, F_HEAD, pos) != 0)
        return -1;
    /* first word of a body named in its own language, its head noun first
     * and a lower-case word after it: "Garante" of "Garante per la
     * protezione dei dati personali" */
    if (!org && body && nt >= 3 && is_word(&t[0]) && (t[0].flags & EG_TOK_CAP) &&
        !(t[0].flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)) && is_word(&t[1]) &&
        !(t[1].flags & EG_TOK_CAP) && !WORD_IN(english_links, s + t[1].start, t[1].len) &&
        count_letters(s + t[0].start, t[0].len) >= 4 &&
        !eg_rules_stopword(s + t[0].start, t[0].len) &&
        !WORD_IN(generic_first, s + t[0].start, t[0].len) &&
        !WORD_IN(body_heads, s + t[0].start, t[0].len) &&
        !gaz_other(c, s + t[0].start, t[0].len, ent) &&
        !rs_place_word(c, s + t[0].start, t[0].len) &&
        add_form(c, s + t[0].start, t[0].len, ent, F_FIRST, pos) != 0)
        return -1;
    /* first word of an organisation */
    if (org && is_word(&t[0]) && (t[0].flags & EG_TOK_CAP) && !(t[0].flags & EG_TOK_DOTTED) &&
        count_letters(s + t[0].start, t[0].len) >= 2 &&
        !eg_rules_stopword(s + t[0].start, t[0].len) &&
        !WORD_IN(generic_first, s + t[0].start, t[0].len) &&
        !WORD_IN(dropped_heads, s + t[0].start, t[0].len) &&
        !gaz_other_strong(c, s + t[0].start, t[0].len, ent) && nt > 1 &&
        (t[1].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START))) {
        if (add_form(c, s + t[0].start, t[0].len, ent, F_FIRST, pos) != 0)
            return -1;
    }
    /* acronyms */
    char a[16], b[16];
    size_t na = rs_initials(s, t, nt, 0, a, sizeof a), nb = rs_initials(s, t, nt, 1, b, sizeof b);
    if (na >= 2 && add_form(c, a, na, ent, F_ACRONYM, pos) != 0)
        return -1;
    if (nb >= 2 && (nb != na || memcmp(a, b, na) != 0) &&
        add_form(c, b, nb, ent, F_ACRONYM, pos) != 0)
        return -1;
    char p[16];
    size_t np = body ? rs_initials(s, t, nt, 2, p, sizeof p) : 0;
    if (np >= 3 && np != na && add_form(c, p, np, ent, F_ACRONYM, pos) != 0)
        return -1;
    char w[16];
    size_t nw = body ? rs_initials(s, t, nt, 3, w, sizeof w) : 0;
    if (nw > na + 1 && add_form(c, w, nw, ent, F_ACRONYM, pos) != 0)
        return -1;
    char r[16];
    size_t nr = body ? romance_initials(s, t, nt, r, sizeof r) : 0;
    if (nr >= 3 && (nr != na || memcmp(r, a, na) != 0) &&
        add_form(c, r, nr, ent, F_ACRONYM, pos) != 0)
        return -1;
    char key[sizeof HEADFIRST_PREFIX + sizeof a];
    size_t nk = body && na ? rs_headfirst_key(a[na - 1], a, na - 1, key, sizeof key) : 0;
    if (nk && add_form(c, key, nk, ent, F_HEADFIRST, pos) != 0)
        return -1;
    /* reversed: "Head of X" <-> "X Head" */
    eg_strbuf_clear(&c->tmp);
    if (rs_reverse_name(s, t, nt, words, &c->tmp) != 0)
        return -1;
    if (c->tmp.len) {
        /* add_form appends to c->str, not c->tmp, so the pointer stays valid */
        if (add_form(c, c->tmp.data, c->tmp.len, ent, F_REVERSED, pos) != 0)
            return -1;
    }
    return body ? body_short_forms(c, s, n, ent, pos, org) : 0;
}

/* The F_WRITTEN form of a body's name s[0..n) (rs_written_key), where it
 * differs from the name as written. 0, or -1 on ENOMEM. */
static int written_form(rctx *c, const char *s, size_t n, uint32_t ent, uint32_t pos) {
    if (!rs_written_may_change(s, n))
        return 0;
    char folded[256], key[256];
    size_t nf = eg_fold_buf(s, n, 0, folded, sizeof folded);
    if (nf == (size_t)-1)
        return 0;
    size_t k = rs_written_key(folded, nf, key, sizeof key);
    if (k == 0 || (k == nf && memcmp(key, folded, k) == 0))
        return 0;
    return add_form(c, key, k, ent, F_WRITTEN, pos);
}

static int derive(rctx *c, const char *s, size_t n, uint32_t ent, uint32_t pos) {
    /* the name as written without its accents or with a space for a hyphen
     * ("Compania Minera Altamira", "Ethics and Anti Corruption Commission") */
    uint32_t kind = is_person(c, ent) ? F_SURNAME : F_BASE;
    char plain[256], spaced[256];
    size_t np = rs_drop_accents(s, n, plain, sizeof plain);
    size_t ns = is_person(c, ent) ? 0 : space_hyphens(s, n, spaced, sizeof spaced);
    if (np && add_form(c, plain, np, ent, kind, pos) != 0)
        return -1;
    if (ns && add_form(c, spaced, ns, ent, F_BASE, pos) != 0)
        return -1;
    if (is_person(c, ent))
        return derive_person(c, s, n, ent, pos);
    if (written_form(c, s, n, ent, pos) != 0)
        return -1;
    return derive_other(c, s, n, ent, pos, strcmp(ent_type(c, ent), "organisation") == 0);
}

/* Key order (memcmp, then length, then form index: a total order). Prefixes
 * that differ decide as the full comparison would. */
static int keyref_less(const keyref *x, const keyref *y) {
    if (x->pre != y->pre)
        return x->pre < y->pre;
    int r = memcmp(x->k, y->k, x->len < y->len ? x->len : y->len);
    if (r)
        return r < 0;
    if (x->len != y->len)
        return x->len < y->len;
    return x->form < y->form;
}

/* Merge sort of v[0..n) by keyref_less; tmp holds n elements. */
static void sort_keyrefs(keyref *v, size_t n, keyref *tmp) {
    if (n <= 16) {
        for (size_t i = 1; i < n; i++) {
            keyref x = v[i];
            size_t j = i;
            while (j > 0 && keyref_less(&x, &v[j - 1])) {
                v[j] = v[j - 1];
                j--;
            }
            v[j] = x;
        }
        return;
    }
    size_t h = n / 2;
    sort_keyrefs(v, h, tmp);
    sort_keyrefs(v + h, n - h, tmp);
    if (!keyref_less(&v[h], &v[h - 1]))
        return;
    memcpy(tmp, v, h * sizeof *v);
    size_t a = 0, b = h, o = 0;
    while (a < h && b < n)
        v[o++] = keyref_less(&v[b], &tmp[a]) ? v[b++] : tmp[a++];
    while (a < h)
        v[o++] = tmp[a++];
}

/* The entry for entity ent written s[0..n), or NULL. */
static textseen *text_find(rctx *c, uint32_t ent, const char *s, size_t n, uint32_t h) {
    if (!c->tslotcap)
        return NULL;
    size_t mask = c->tslotcap - 1;
    for (size_t i = h & mask; c->tslot[i]; i = (i + 1) & mask) {
        textseen *t = &c->tseen.v[c->tslot[i] - 1];
        if (t->hash == h && t->ent == ent && t->len == n && memcmp(c->str.data + t->off, s, n) == 0)
            return t;
    }
    return NULL;
}

static void text_place(uint32_t *slot, size_t cap, uint32_t h, uint32_t idx) {
    size_t mask = cap - 1, i = h & mask;
    while (slot[i])
        i = (i + 1) & mask;
    slot[i] = idx + 1;
}

/* A new entry with no forms yet (offsets set by the caller); the index stays
 * at most half full. NULL on ENOMEM. */
static textseen *text_add(rctx *c, uint32_t ent, uint32_t h) {
    if ((c->tseen.n + 1) * 2 > c->tslotcap) {
        size_t cap = c->tslotcap ? c->tslotcap * 2 : 64;
        uint32_t *slot = calloc(cap, sizeof *slot);
        if (!slot)
            return NULL;
        for (size_t k = 0; k < c->tseen.n; k++)
            text_place(slot, cap, c->tseen.v[k].hash, (uint32_t)k);
        free(c->tslot);
        c->tslot = slot;
        c->tslotcap = cap;
    }
    textseen *t = EG_VEC_PUSH(c->tseen);
    if (!t)
        return NULL;
    t->ent = ent;
    t->hash = h;
    t->exact = t->dbeg = t->dend = NONE;
    t->exact_pos = t->derive_pos = NONE;
    text_place(c->tslot, c->tslotcap, h, (uint32_t)(c->tseen.n - 1));
    return t;
}

/* Records that forms[from..) are copies of templates b, b + 1, ... */
static int note_templates(rctx *c, size_t from, uint32_t b) {
    if (EG_VEC_RESERVE(c->ftmpl, c->forms.n) != 0)
        return -1;
    for (size_t i = from; i < c->forms.n; i++)
        c->ftmpl.v[i] = b + (uint32_t)(i - from);
    c->ftmpl.n = c->forms.n;
    return 0;
}

/* Appends templates tmpl[b..e) to the forms with position pos. */
static int replay(rctx *c, uint32_t b, uint32_t e, uint32_t pos) {
    if (EG_VEC_RESERVE(c->forms, c->forms.n + (e - b)) != 0)
        return -1;
    size_t from = c->forms.n;
    for (uint32_t k = b; k < e; k++) {
        form *f = &c->forms.v[c->forms.n++];
        *f = c->tmpl.v[k];
        f->pos = pos;
    }
    return note_templates(c, from, b);
}

/* Keeps forms[from..) as templates; their range in *b, *e. */
static int keep_templates(rctx *c, size_t from, uint32_t *b, uint32_t *e) {
    size_t n = c->forms.n - from;
    if (EG_VEC_RESERVE(c->tmpl, c->tmpl.n + n) != 0)
        return -1;
    memcpy(c->tmpl.v + c->tmpl.n, c->forms.v + from, n * sizeof *c->forms.v);
    *b = (uint32_t)c->tmpl.n;
    c->tmpl.n += n;
    *e = (uint32_t)c->tmpl.n;
    return note_templates(c, from, *b);
}

static int cmp_missref(const void *a, const void *b) {
    const missref *x = a, *y = b;
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    if (x->letters != y->letters)
        return x->letters < y->letters ? -1 : 1;
    int r = memcmp(x->k, y->k, x->len < y->len ? x->len : y->len);
    if (r)
        return r;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    if (x->ent != y->ent)
        return x->ent < y->ent ? -1 : 1;
    if (x->pos != y->pos)
        return x->pos < y->pos ? -1 : 1;
    return x->form < y->form ? -1 : x->form > y->form;
}

/* Indexes the one-word surname and given-name forms of 4 or more letters by
 * (kind, letters), one entry per (kind, word, entity) with its earliest
 * position, so that a misspelling is compared with each distinct name word
 * of the right length once, however often the article repeats it. */
static int build_miss(rctx *c) {
    c->miss.n = 0;
    for (size_t i = 0; i < c->forms.n; i++) {
        const form *f = &c->forms.v[i];
        if ((f->kind != F_SURNAME && f->kind != F_GIVEN) || f->letters < MISSPELL_MIN_LETTERS - 1)
            continue;
        missref *r = EG_VEC_PUSH(c->miss);
        if (!r)
            return -1;
        r->kind = f->kind;
        r->letters = f->letters;
        r->part = f->part;
        r->k = c->str.data + f->k0;
        r->len = f->k0len;
        r->ent = f->ent;
        r->pos = f->pos;
        r->form = (uint32_t)i;
    }
    if (c->miss.n > 1)
        qsort(c->miss.v, c->miss.n, sizeof *c->miss.v, cmp_missref);
    size_t k = 0;
    for (size_t i = 0; i < c->miss.n; i++) {
        const missref *r = &c->miss.v[i], *p = k ? &c->miss.v[k - 1] : NULL;
        if (p && p->kind == r->kind && p->ent == r->ent && p->len == r->len &&
            memcmp(p->k, r->k, r->len) == 0) {
            c->miss.v[k - 1].part |= r->part;
            continue;
        }
        c->miss.v[k++] = *r;
    }
    c->miss.n = k;
    return 0;
}

/* ---------------------------------------------------------------- forms shared across articles */

/* Forgets every shared derivation. */
static void shared_clear(rctx *c) {
    c->dsh.n = c->dforms.n = 0;
    eg_strbuf_clear(&c->dstr);
    if (c->dslotcap)
        memset(c->dslot, 0, c->dslotcap * sizeof *c->dslot);
}

/* The shared derivation of s[0..n) for an entity with gazetteer entry gaz
 * and type ty (ty[0..tn)), or NULL. */
static dshared *shared_find(const rctx *c, int32_t gaz, const char *ty, size_t tn, const char *s,
                            size_t n, uint32_t h) {
    if (!c->dslotcap)
        return NULL;
    size_t mask = c->dslotcap - 1;
    for (size_t i = h & mask; c->dslot[i]; i = (i + 1) & mask) {
        dshared *d = &c->dsh.v[c->dslot[i] - 1];
        const char *k = c->dstr.data + d->key;
        if (d->hash == h && d->gaz == gaz && d->tlen == tn && d->len == n &&
            memcmp(k, ty, tn) == 0 && memcmp(k + tn, s, n) == 0)
            return d;
    }
    return NULL;
}

/* Keeps forms[from..) and their strings str[sfrom..) as the shared
 * derivation of s[0..n) (see derive_shared); the index stays at most half
 * full. 0, or -1 on ENOMEM. */
static int shared_add(rctx *c, int32_t gaz, const char *ty, size_t tn, const char *s, size_t n,
                      uint32_t h, size_t from, size_t sfrom) {
    if (c->dstr.len > SHARED_MAX_BYTES || c->dsh.n >= SHARED_MAX_ENTRIES)
        shared_clear(c);
    if ((c->dsh.n + 1) * 2 > c->dslotcap) {
        size_t cap = c->dslotcap ? c->dslotcap * 2 : 1024;
        uint32_t *slot = calloc(cap, sizeof *slot);
        if (!slot)
            return -1;
        for (size_t k = 0; k < c->dsh.n; k++)
            text_place(slot, cap, c->dsh.v[k].hash, (uint32_t)k);
        free(c->dslot);
        c->dslot = slot;
        c->dslotcap = cap;
    }
    size_t nf = c->forms.n - from;
    if (EG_VEC_RESERVE(c->dforms, c->dforms.n + nf) != 0)
        return -1;
    dshared *d = EG_VEC_PUSH(c->dsh);
    if (!d)
        return -1;
    d->hash = h;
    d->gaz = gaz;
    d->tlen = (uint32_t)tn;
    d->len = (uint32_t)n;
    d->key = (uint32_t)c->dstr.len;
    d->sbeg = (uint32_t)(c->dstr.len + tn + n);
    d->send = (uint32_t)(d->sbeg + (c->str.len - sfrom));
    d->fbeg = (uint32_t)c->dforms.n;
    d->fend = (uint32_t)(c->dforms.n + nf);
    if (eg_strbuf_append(&c->dstr, ty, tn) != 0 || eg_strbuf_append(&c->dstr, s, n) != 0 ||
        eg_strbuf_append(&c->dstr, c->str.data + sfrom, c->str.len - sfrom) != 0) {
        c->dsh.n--;
        return -1;
    }
    uint32_t shift = d->sbeg - (uint32_t)sfrom;
    for (size_t k = 0; k < nf; k++) {
        form *f = &c->dforms.v[c->dforms.n++];
        *f = c->forms.v[from + k];
        f->off += shift;
        f->k0 += shift;
        f->k1 += shift;
    }
    text_place(c->dslot, c->dslotcap, h, (uint32_t)(c->dsh.n - 1));
    return 0;
}

/* derive, through the derivations shared across the articles this
 * resolver runs on. What derive gives depends on the text, the entity's
 * gazetteer entry (none for a discovered one) and type, the gazetteer and,
 * where article_place_name looks past the gazetteer, the article's places:
 * a derivation that did so is not shared. 0, or -1 on ENOMEM. */
static int derive_shared(rctx *c, const char *s, size_t n, uint32_t ent, uint32_t pos) {
    if (c->dserial != eg_gazetteer_serial(c->g)) {
        shared_clear(c);
        c->dserial = eg_gazetteer_serial(c->g);
    }
    int32_t gaz = c->doc->ents.v[ent].gaz;
    const char *ty = ent_type(c, ent);
    size_t tn = strlen(ty);
    uint32_t h = eg_hash_bytes(s, n, eg_hash_bytes(ty, tn, (uint32_t)gaz));
    const dshared *d = shared_find(c, gaz, ty, tn, s, n, h);
    if (d) {
        size_t nf = d->fend - d->fbeg;
        if (EG_VEC_RESERVE(c->forms, c->forms.n + nf) != 0)
            return -1;
        uint32_t shift = (uint32_t)c->str.len - d->sbeg;
        if (eg_strbuf_append(&c->str, c->dstr.data + d->sbeg, d->send - d->sbeg) != 0)
            return -1;
        for (uint32_t k = d->fbeg; k < d->fend; k++) {
            form *f = &c->forms.v[c->forms.n++];
            *f = c->dforms.v[k];
            f->off += shift;
            f->k0 += shift;
            f->k1 += shift;
            f->ent = ent;
            f->pos = pos;
        }
        return 0;
    }
    size_t from = c->forms.n, sfrom = c->str.len;
    c->derive_local = 0;
    if (derive(c, s, n, ent, pos) != 0)
        return -1;
    return c->derive_local ? 0 : shared_add(c, gaz, ty, tn, s, n, h, from, sfrom);
}

/* Adds the exact form of entity ent written key[0..n) at pos and, with
 * `derived`, its derived forms, unless an earlier mention (or the entity's
 * name) written the same way already added them at pos or before: they
 * would be the same forms with a later position, which no lookup can tell
 * from the earlier ones (a lookup keeps each entity's earliest position, and
 * the earlier form comes first among equal keys). The forms are a function
 * of the entity and the text, so they are derived once per article and
 * replayed by later builds. 0, or -1 on ENOMEM. */
static int add_text(rctx *c, const char *key, size_t n, uint32_t h0, uint32_t ent, uint32_t pos,
                    int derived) {
    if (n == 0)
        return 0;                        /* no form at all */
    uint32_t h = h0 ^ ent * 2654435761u; /* h0: eg_hash_bytes(key, n, 0) */
    textseen *t = text_find(c, ent, key, n, h);
    if (!t) {
        size_t from = c->forms.n;
        if (add_form(c, key, n, ent, F_EXACT, pos) != 0 || !(t = text_add(c, ent, h)))
            return -1;
        uint32_t e;
        t->off = c->forms.v[from].off;
        t->len = (uint32_t)n;
        if (keep_templates(c, from, &t->exact, &e) != 0)
            return -1;
        t->exact_pos = pos;
    } else if (t->exact_pos == NONE || t->exact_pos > pos) {
        if (replay(c, t->exact, t->exact + 1, pos) != 0)
            return -1;
        t->exact_pos = pos;
    }
    if (!derived || (t->derive_pos != NONE && t->derive_pos <= pos))
        return 0;
    t->derive_pos = pos;
    if (t->dbeg != NONE)
        return replay(c, t->dbeg, t->dend, pos);
    size_t from = c->forms.n;
    uint32_t ti = (uint32_t)(t - c->tseen.v);
    if (derive_shared(c, key, n, ent, pos) != 0)
        return -1;
    t = &c->tseen.v[ti];
    return keep_templates(c, from, &t->dbeg, &t->dend);
}

/* Whether the form table was built from the article as it is now: the
 * same mentions, entities and discovered names (the forms are a function of
 * them, the derived ones remembered per text). */
static int forms_current(const rctx *c) {
    const eg_doc *doc = c->doc;
    if (!c->forms_fresh || c->built_ments.n != doc->ments.n || c->built_ents.n != doc->ents.n ||
        (doc->ments.n &&
         memcmp(c->built_ments.v, doc->ments.v, doc->ments.n * sizeof *doc->ments.v) != 0) ||
        (doc->ents.n &&
         memcmp(c->built_ents.v, doc->ents.v, doc->ents.n * sizeof *doc->ents.v) != 0))
        return 0;
    const char *p = c->built_names.data;
    for (size_t e = 0; e < doc->ents.n; e++) {
        if (doc->ents.v[e].gaz >= 0)
            continue;
        const char *nm = doc->names.data + doc->ents.v[e].name_off;
        if (strcmp(nm, p) != 0)
            return 0;
        p += strlen(p) + 1;
    }
    return 1;
}

/* Remembers what the form table was built from (see forms_current). */
static int keep_built(rctx *c) {
    const eg_doc *doc = c->doc;
    c->forms_fresh = 0;
    if (EG_VEC_RESERVE(c->built_ments, doc->ments.n ? doc->ments.n : 1) != 0 ||
        EG_VEC_RESERVE(c->built_ents, doc->ents.n ? doc->ents.n : 1) != 0)
        return -1;
    if (doc->ments.n)
        memcpy(c->built_ments.v, doc->ments.v, doc->ments.n * sizeof *doc->ments.v);
    if (doc->ents.n)
        memcpy(c->built_ents.v, doc->ents.v, doc->ents.n * sizeof *doc->ents.v);
    c->built_ments.n = doc->ments.n;
    c->built_ents.n = doc->ents.n;
    eg_strbuf_clear(&c->built_names);
    for (size_t e = 0; e < doc->ents.n; e++) {
        if (doc->ents.v[e].gaz >= 0)
            continue;
        const char *nm = doc->names.data + doc->ents.v[e].name_off;
        if (eg_strbuf_append(&c->built_names, nm, strlen(nm) + 1) != 0)
            return -1;
    }
    c->forms_fresh = 1;
    return 0;
}

/* Exchanges two vectors of one element type. */
#define SWAP_VEC(a, b)                                                                             \
    do {                                                                                           \
        void *v_ = (a).v;                                                                          \
        size_t n_ = (a).n, cap_ = (a).cap;                                                         \
        (a).v = (b).v;                                                                             \
        (a).n = (b).n;                                                                             \
        (a).cap = (b).cap;                                                                         \
        (b).v = v_;                                                                                \
        (b).n = n_;                                                                                \
        (b).cap = cap_;                                                                            \
    } while (0)

/* Sorts the forms by k0 (by k1 when `folded`) into by: the forms of the
 * last build, in its order old[0..) and renumbered by fmap, merged with
 * the fresh ones fresh[0..nn), sorted. The order is total (keyref_less), so
 * this is the order a full sort gives. */
static void sort_index(rctx *c, keyref *by, const keyref *old, size_t nold, const uint32_t *fresh,
                       size_t nn, int folded) {
    size_t nf = c->forms.n, m = nf - nn;
    keyref *tmp = c->sorttmp.v;
    for (size_t i = 0; i < nn; i++) {
        const form *f = &c->forms.v[fresh[i]];
        const char *k = c->str.data + (folded ? f->k1 : f->k0);
        uint32_t len = folded ? f->k1len : f->k0len;
        by[m + i] = (keyref){k, len, fresh[i], rs_key_prefix(k, len)};
    }
    sort_keyrefs(by + m, nn, tmp);
    if (!m)
        return;
    size_t a = 0;
    for (size_t i = 0; i < nold; i++) {
        uint32_t to = c->fmap.v[old[i].form];
        if (to == NONE)
            continue;
        const form *f = &c->forms.v[to];
        tmp[a++] = (keyref){c->str.data + (folded ? f->k1 : f->k0), old[i].len, to, old[i].pre};
    }
    size_t b = m, o = 0;
    a = 0;
    while (a < m && b < nf)
        by[o++] = keyref_less(&by[b], &tmp[a]) ? by[b++] : tmp[a++];
    while (a < m)
        by[o++] = tmp[a++];
}

/* Fills the sorted indexes by0 and by1 of the forms. The forms the last
 * build of this article had (copies of the same templates) keep their order
 * from its indexes where they come in the same order: a build mostly replays
 * the templates of the last one, so only the others are sorted. 0, or -1
 * on ENOMEM. */
static int sort_forms(rctx *c) {
    size_t nf = c->forms.n, np = c->pftmpl.n, nt = c->tmpl.n;
    SWAP_VEC(c->by0, c->pby0);
    SWAP_VEC(c->by1, c->pby1);
    if (EG_VEC_RESERVE(c->by0, nf ? nf : 1) != 0 || EG_VEC_RESERVE(c->by1, nf ? nf : 1) != 0 ||
        EG_VEC_RESERVE(c->sorttmp, nf ? nf : 1) != 0 || EG_VEC_RESERVE(c->fmap, np + nf + 1) != 0 ||
        EG_VEC_RESERVE(c->tlast, nt ? nt : 1) != 0)
        return -1;
    uint32_t *map = c->fmap.v, *fresh = map + np, *last = c->tlast.v;
    for (size_t t = 0; t < nt; t++)
        last[t] = NONE;
    for (size_t j = 0; j < np; j++) {
        last[c->pftmpl.v[j]] = (uint32_t)j;
        map[j] = NONE;
    }
    /* the last build's forms this one has again, in the same order */
    size_t nn = 0;
    uint32_t after = 0; /* 1 + the last build's form matched last */
    for (size_t i = 0; i < nf; i++) {
        uint32_t j = last[c->ftmpl.v[i]];
        if (j != NONE && j + 1 > after) {
            map[j] = (uint32_t)i;
            after = j + 1;
        } else {
            fresh[nn++] = (uint32_t)i;
        }
    }
    sort_index(c, c->by0.v, c->pby0.v, np, fresh, nn, 0);
    sort_index(c, c->by1.v, c->pby1.v, np, fresh, nn, 1);
    c->by0.n = c->by1.n = nf;
    return 0;
}

/* Fills c->ekeys for the listed entities the mentions name (first set):
 * a name's key is folded once per article and gazetteer. 0, or -1 on
 * ENOMEM. */
static int entity_keys(rctx *c) {
    const eg_doc *doc = c->doc;
    size_t ne = doc->ents.n;
    uint64_t serial = eg_gazetteer_serial(c->g);
    if (c->tseen.n == 0 || c->ekserial != serial) {
        c->ekeys.n = 0; /* a new article, or another gazetteer */
        c->ekserial = serial;
    }
    if (EG_VEC_RESERVE(c->ekeys, ne ? ne : 1) != 0)
        return -1;
    for (size_t e = c->ekeys.n; e < ne; e++)
        c->ekeys.v[e].gaz = -1;
    if (ne > c->ekeys.n)
        c->ekeys.n = ne;
    for (size_t e = 0; e < ne; e++) {
        int32_t gaz = doc->ents.v[e].gaz;
        ekey *k = &c->ekeys.v[e];
        if (c->first.v[e] == NONE || gaz < 0 || k->gaz == gaz)
            continue;
        const char *nm = eg_gazetteer_name(c->g, (size_t)gaz);
        k->gaz = -1;
        k->off = (uint32_t)c->mkstr.len;
        if (rs_fold_space(nm, strlen(nm), &c->mkstr) != 0)
            return -1;
        k->len = (uint32_t)(c->mkstr.len - k->off);
        if (eg_strbuf_putc(&c->mkstr, '\0') != 0)
            return -1;
        k->hash = eg_hash_bytes(c->mkstr.data + k->off, k->len, 0);
        k->gaz = gaz;
    }
    return 0;
}

/* Builds the form table from the mentions now in doc->ments (kept when it
 * was built from the article as it is). */
int rs_build_forms(rctx *c) {
    eg_doc *doc = c->doc;
    if (forms_current(c))
        return 0;
    c->forms_fresh = 0;
    /* the last build's templates, when it was of this article (texts seen) */
    SWAP_VEC(c->ftmpl, c->pftmpl);
    c->forms.n = c->ftmpl.n = 0;
    if (c->tseen.n == 0)
        c->pftmpl.n = 0;
    for (size_t k = 0; k < c->tseen.n; k++)
        c->tseen.v[k].exact_pos = c->tseen.v[k].derive_pos = NONE;
    size_t ne = doc->ents.n;
    /* first mention of each entity: its canonical name's forms start there */
    if (EG_VEC_RESERVE(c->first, ne ? ne : 1) != 0)
        return -1;
    uint32_t *first = c->first.v;
    for (size_t e = 0; e < ne; e++)
        first[e] = NONE;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        if (first[m->ent] == NONE)
            first[m->ent] = m->start;
    }
    int rc = -1;
    if (entity_keys(c) != 0)
        goto done;
    for (size_t e = 0; e < ne; e++) {
        if (first[e] == NONE)
            continue;
        const ekey *k = &c->ekeys.v[e];
        if (k->gaz >= 0) {
            if (add_text(c, c->mkstr.data + k->off, k->len, k->hash, (uint32_t)e, first[e], 1) != 0)
                goto done;
            continue;
        }
        const char *nm = ent_name(c, (uint32_t)e);
        eg_strbuf_clear(&c->key);
        if (rs_fold_space(nm, strlen(nm), &c->key) != 0)
            goto done;
        if (add_text(c, c->key.data, c->key.len, eg_hash_bytes(c->key.data, c->key.len, 0),
                     (uint32_t)e, first[e], 1) != 0)
            goto done;
    }
    /* the mentions' keys, taken from the last build where a mention has the
     * same span (both lists are sorted by start) */
    if (EG_VEC_RESERVE(c->mkcur, doc->ments.n ? doc->ments.n : 1) != 0)
        goto done;
    size_t j = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        while (j < c->mkprev.n && c->mkprev.v[j].start < m->start)
            j++;
        mkey *k = &c->mkcur.v[i];
        if (j < c->mkprev.n && c->mkprev.v[j].start == m->start && c->mkprev.v[j].end == m->end) {
            *k = c->mkprev.v[j];
        } else {
            k->start = m->start;
            k->end = m->end;
            k->off = (uint32_t)c->mkstr.len;
            if (rs_fold_space(doc->text + m->start, m->end - m->start, &c->mkstr) != 0)
                goto done;
            k->len = (uint32_t)(c->mkstr.len - k->off);
            if (eg_strbuf_putc(&c->mkstr, '\0') != 0)
                goto done;
            k->hash = eg_hash_bytes(c->mkstr.data + k->off, k->len, 0);
        }
        c->mkcur.n = i + 1;
        const char *key = c->mkstr.data + k->off, *nm = ent_name(c, m->ent);
        int derived = m->origin != EG_ORIGIN_SHORT && strcmp(nm, key) != 0;
        if (add_text(c, key, k->len, k->hash, m->ent, m->start, derived) != 0)
            goto done;
    }
    EG_VEC_TAKE(c->mkprev, c->mkcur);
    rc = sort_forms(c) != 0 || build_miss(c) != 0 || keep_built(c) != 0 ? -1 : 0;
done:
    return rc;
}

/* ---------------------------------------------------------------- lookups */

int rs_add_fit(rctx *c, uint32_t ent, uint32_t pos, uint32_t kind) {
    for (size_t i = 0; i < c->fits.n; i++)
        if (c->fits.v[i].ent == ent) {
            if (pos < c->fits.v[i].pos)
                c->fits.v[i].pos = pos;
            c->fits.v[i].kinds |= 1u << kind;
            return 0;
        }
    fit *f = EG_VEC_PUSH(c->fits);
    if (!f)
        return -1;
    f->ent = ent;
    f->pos = pos;
    f->kinds = 1u << kind;
    return 0;
}

/* Forms whose key equals key[0..n) (case folded when `folded`), filtered by
 * `kinds` (bit mask of F_*), excluding entity `self`; appended to c->fits. */
int rs_lookup(rctx *c, const char *key, size_t n, int folded, uint32_t kinds, uint32_t self) {
    const keyref *ord = folded ? c->by1.v : c->by0.v;
    uint64_t pre = rs_key_prefix(key, n);
    size_t lo = 0, hi = c->forms.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const keyref *r = &ord[mid];
        int d;
        if (r->pre != pre) {
            d = r->pre < pre ? -1 : 1; /* as the full comparison below would */
        } else {
            d = memcmp(r->k, key, r->len < n ? r->len : n);
            if (d == 0)
                d = r->len < n ? -1 : r->len > n;
        }
        if (d < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < c->forms.n; lo++) {
        const keyref *r = &ord[lo];
        if (r->len != n || memcmp(r->k, key, n) != 0)
            break;
        const form *f = &c->forms.v[r->form];
        if (f->ent == self || !(kinds & (1u << f->kind)))
            continue;
        if (rs_add_fit(c, f->ent, f->pos, f->kind) != 0)
            return -1;
    }
    return 0;
}

static int decode_all(const char *s, size_t n, int lower, cpvec *v) {
    v->n = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += eg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (v->n == v->cap && eg_vec_reserve_((void **)&v->v, &v->cap, v->n + 1, sizeof *v->v))
            return -1;
        v->v[v->n++] = lower ? eg_utf8_lower(cp) : cp;
    }
    return 0;
}

/* Exactly one edit apart: insertion, deletion, substitution or a swap of neighbours. */
static int one_edit(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    if (na == nb) {
        size_t i = 0;
        while (i < na && a[i] == b[i])
            i++;
        if (i == na)
            return 0;
        if (i + 1 < na && a[i] == b[i + 1] && a[i + 1] == b[i] &&
            memcmp(a + i + 2, b + i + 2, (na - i - 2) * sizeof *a) == 0)
            return 1;
        return memcmp(a + i + 1, b + i + 1, (na - i - 1) * sizeof *a) == 0;
    }
    if (na + 1 == nb)
        return one_edit(b, nb, a, na);
    if (na != nb + 1)
        return 0;
    size_t i = 0;
    while (i < nb && a[i] == b[i])
        i++;
    return memcmp(a + i + 1, b + i, (nb - i) * sizeof *a) == 0;
}

/* Whether two words differ only in accents: "Simsek" and "Şimşek". */
static int same_letters(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    if (na != nb)
        return 0;
    for (size_t i = 0; i < na; i++) {
        if (a[i] == b[i])
            continue;
        char x = rs_base_letter(a[i]), y = rs_base_letter(b[i]);
        if (!x || x != y || (eg_utf8_lower(a[i]) == a[i]) != (eg_utf8_lower(b[i]) == b[i]))
            return 0;
    }
    return 1;
}

/* Forms of kind `kind` (single words of five letters or more) one edit away
 * from the word s[0..n). With `short4` (after an honorific, where the word
 * must be somebody's name), the four-letter first word of a double surname
 * or family name before a hyphenated given name counts too when the edit
 * keeps the length and the first letter ("Mr Arze" of "Mauricio Arce
 * Vindas": the surname is long, its short form is not; "Mr. Kwan" of "Kwon
 * Hae-sol", unless the word is a family name itself: "Mr. Chen" and "Chan
 * Wai-ming"). */
int rs_lookup_misspelt_kind(rctx *c, const char *s, size_t n, int folded, uint32_t self,
                            uint32_t kind, int short4) {
    uint32_t letters = count_letters(s, n);
    uint32_t min = short4 ? MISSPELL_MIN_LETTERS - 1 : MISSPELL_MIN_LETTERS;
    if (letters < min - 1)
        return 0;
    uint32_t lo_letters = letters - 1 > min ? letters - 1 : min;
    size_t lo = 0, hi = c->miss.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const missref *r = &c->miss.v[mid];
        if (r->kind < kind || (r->kind == kind && r->letters < lo_letters))
            lo = mid + 1;
        else
            hi = mid;
    }
    int decoded = 0;
    for (; lo < c->miss.n; lo++) {
        const missref *r = &c->miss.v[lo];
        if (r->kind != kind || r->letters > letters + 1)
            break;
        if (r->ent == self)
            continue;
        if (r->letters < MISSPELL_MIN_LETTERS && (!r->part || r->letters != letters))
            continue;
        if (!decoded && decode_all(s, n, folded, &c->cpa) != 0)
            return -1;
        decoded = 1;
        const form *f = &c->forms.v[r->form];
        if (decode_all(c->str.data + f->off, f->len, folded, &c->cpb) != 0)
            return -1;
        if (r->letters < MISSPELL_MIN_LETTERS &&
            (c->cpa.v[0] != c->cpb.v[0] || WORD_IN(family_first, s, n)))
            continue; /* "Mr. Chen" is no misspelt "Chan" */
        if ((one_edit(c->cpa.v, c->cpa.n, c->cpb.v, c->cpb.n) ||
             same_letters(c->cpa.v, c->cpa.n, c->cpb.v, c->cpb.n)) &&
            rs_add_fit(c, r->ent, r->pos, kind) != 0)
            return -1;
    }
    return 0;
}

/* Surnames (five letters or more; see rs_lookup_misspelt_kind for `short4`)
 * one edit away from the word s[0..n). */
int rs_lookup_misspelt(rctx *c, const char *s, size_t n, int folded, uint32_t self, int short4) {
    return rs_lookup_misspelt_kind(c, s, n, folded, self, F_SURNAME, short4);
}
