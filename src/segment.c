/* segment: sentence and paragraph boundaries over the token stream, decided
 * token by token from the punctuation before a token and the token itself,
 * so the cost is linear in the number of tokens. */
#include "segment.h"

#include <string.h>

#include "utf8.h"

/* Words that take a period without ending a sentence (case-sensitive). */
static const char *const abbreviations[] = {
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Sen",
    "Rep",
    "Gov",
    "Gen",
    "Col",
    "Lt",
    "Sgt",
    "Capt",
    "Cmdr",
    "Adm",
    "Maj",
    "Rev",
    "Hon",
    "St",
    "Jr",
    "Sr",
    "Co",
    "Corp",
    "Inc",
    "Ltd",
    "No",
    "Nos",
    "vs",
    "etc",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Mon",
    "Tue",
    "Wed",
    "Thu",
    "Fri",
    "Sat",
    "Sun",
    "Ave",
    "Blvd",
    "Dept",
    "Fig",
    "approx",
    "est",
    "Pte",
    "Pvt",
    "Pty",
    "Bhd",
    "Sdn",
    "Comr",
    /* places and ranks: "Mt. Apo", "Ft. Worth", "Sta. Cruz", "Sto. Tomas", "Supt. Reyes";
     * capitalised datelines: "ST. JOHN’S, Antigua", "MT. HAGEN, Papua New Guinea" */
    "ST",
    "MT",
    "Mt",
    "Ft",
    "Sta",
    "Sto",
    "Brig",
    "Supt",
    "Insp",
    "Cpl",
    "Msgr",
};

/* Words that take a period without ending a sentence when a number follows
 * ("Art. 12", "para. 3", "Sec. 4", "Vol. 2"); before a capital they may end one. */
static const char *const numbered[] = {
    "Art", "Arts", "Para", "Paras", "para", "paras", "pp",  "Sec",
    "Ch",  "Vol",  "Pt",   "Cl",    "Reg",  "Nr",    "Nrs",
};

/* Capitalised words that start a sentence after a dotted abbreviation ("U.S."). */
static const char *const starters[] = {
    "The",       "A",       "An",        "It",     "He",      "She",   "They",  "We",
    "I",         "You",     "In",        "On",     "At",      "But",   "And",   "This",
    "That",      "These",   "Those",     "There",  "His",     "Her",   "Their", "Its",
    "Our",       "My",      "After",     "Before", "When",    "While", "As",    "If",
    "Meanwhile", "However", "Officials", "Still",  "Yet",     "So",    "Then",  "Now",
    "Last",      "Earlier", "Later",     "Since",  "Some",    "Many",  "Most",  "Both",
    "Each",      "Other",   "Such",      "What",   "Why",     "How",   "Who",   "Where",
    "According", "Despite", "Although",  "Though", "Under",   "For",   "From",  "With",
    "Without",   "During",  "Asked",     "Also",   "Instead", "Even",  "Not",   "No",
    "Nor",       "Until",   "Unlike",    "Like",
};

/* Lower-case words allowed inside a title-case line (not as its first word). */
static const char *const small_words[] = {
    "a",  "an", "and", "as", "at", "by",   "de",  "for", "from", "in", "into", "of",
    "on", "or", "the", "to", "vs", "with", "von", "van", "der",  "du", "la",   "le",
};

static int in_list(const char *const *list, size_t n, const char *s, size_t len) {
    for (size_t i = 0; i < n; i++)
        if (list[i][0] == s[0] && strlen(list[i]) == len && memcmp(list[i], s, len) == 0)
            return 1;
    return 0;
}

#define IN_LIST(list, s, len) in_list(list, sizeof list / sizeof list[0], s, len)

static uint32_t first_cp(const eg_doc *doc, const eg_token *t) {
    uint32_t cp;
    eg_utf8_decode((const unsigned char *)doc->text + t->start, t->len, &cp);
    return cp;
}

static int tok_is(const eg_doc *doc, const eg_token *t, const char *s) {
    size_t n = strlen(s);
    return t->len == n && memcmp(doc->text + t->start, s, n) == 0;
}

/* Closing quotes and brackets that may follow final punctuation. */
static int is_closer(uint32_t cp) {
    switch (cp) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case '}':
    case 0x2019:
    case 0x201D:
    case 0x00BB:
    case 0x203A:
    case 0x300D:
    case 0x300F:
        return 1;
    default:
        return 0;
    }
}

static int is_opener(const eg_doc *doc, size_t i) {
    const eg_token *t = &doc->toks.v[i];
    uint32_t cp = first_cp(doc, t);
    switch (cp) {
    case '(':
    case '[':
    case '{':
    case 0x2018:
    case 0x201C:
    case 0x201E:
    case 0x00AB:
    case 0x2039:
    case 0x300C:
    case 0x300E:
        return 1;
    case '"':
    case '\'':
        /* A straight quote opens when spaced before and attached after. */
        return (t->flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START)) && i + 1 < doc->toks.n &&
               !(doc->toks.v[i + 1].flags & EG_TOK_SPACE_BEFORE);
    default:
        return 0;
    }
}

/* Whether token i can begin a sentence: capital, digit, caseless letter or opening quote. */
static int starts_sentence(const eg_doc *doc, size_t i) {
    const eg_token *t = &doc->toks.v[i];
    if (t->flags & EG_TOK_NUM)
        return 1;
    if (t->flags & EG_TOK_WORD) {
        uint32_t cp = first_cp(doc, t);
        return eg_utf8_is_upper(cp) ||
               ((eg_utf8_class(cp) & EG_UTF8_LETTER) && !eg_utf8_is_lower(cp));
    }
    return is_opener(doc, i);
}

static int starts_upper(const eg_doc *doc, size_t i) {
    const eg_token *t = &doc->toks.v[i];
    return (t->flags & EG_TOK_WORD) && eg_utf8_is_upper(first_cp(doc, t));
}

/* Titles that stand before a Filipino name opening with "Ma." (Maria). */
static const char *const ma_titles[] = {
    "Atty",      "Chairperson", "Commissioner", "Councilor", "Dean",           "Director", "Dr",
    "Gov",       "Governor",    "Judge",        "Justice",   "Mayor",          "Prof",     "Rep",
    "Secretary", "Sen",         "Senator",      "Sister",    "Undersecretary",
};

/* Is "Ma" at token m, with the period after it, the "Ma." of a Filipino name
 * ("Commissioner Ma. Teresa Villacorta", "said Ma. Lourdes Sereno")? Two
 * capitalised words follow (no sentence opener), and before "Ma" stands no
 * capitalised word but a title: "Jack Ma. Alibaba" ends a sentence. */
static int filipino_ma(const eg_doc *doc, size_t m, size_t k) {
    const eg_token *tv = doc->toks.v;
    if (tv[m].len != 2 || !tok_is(doc, &tv[m], "Ma") || k + 1 >= doc->toks.n ||
        !starts_upper(doc, k) || !starts_upper(doc, k + 1) ||
        !(tv[k].flags & EG_TOK_SPACE_BEFORE) ||
        IN_LIST(starters, doc->text + tv[k].start, tv[k].len))
        return 0;
    if (m == 0)
        return 1;
    const eg_token *w = &tv[m - 1];
    if (!(w->flags & EG_TOK_WORD)) {
        if (w->len == 1 && doc->text[w->start] == '.') /* "Atty. Ma. Cristina Reyes" */
            return m >= 2 && IN_LIST(ma_titles, doc->text + tv[m - 2].start, tv[m - 2].len);
        return !(w->flags & EG_TOK_SENT_PUNCT);
    }
    if (!eg_utf8_is_upper(first_cp(doc, w)))
        return 1;
    return IN_LIST(ma_titles, doc->text + w->start, w->len);
}

/* Is token m a Mongolian patronymic initial of two letters before a name
 * ("Ch. Naranbaatar", "Ts. Elbegdorj", "Kh. Battulga")? A capitalised word
 * that is no sentence opener follows. */
static int mongolian_initial(const eg_doc *doc, size_t m, size_t k) {
    static const char *const digraphs[] = {"Ch", "Kh", "Sh", "Ts", "Zh"};
    const eg_token *tv = doc->toks.v;
    return tv[m].len == 2 && IN_LIST(digraphs, doc->text + tv[m].start, 2) &&
           starts_upper(doc, k) && (tv[k].flags & EG_TOK_WORD) &&
           !IN_LIST(starters, doc->text + tv[k].start, tv[k].len);
}

/* Does the sentence end after token p (final punctuation), given that token k follows? */
static int ends_after(const eg_doc *doc, size_t p, size_t k, size_t sb) {
    const eg_token *t = &doc->toks.v[p];
    const eg_token *nx = &doc->toks.v[k];
    if (t->flags & EG_TOK_DOTTED)
        return (nx->flags & EG_TOK_WORD) && IN_LIST(starters, doc->text + nx->start, nx->len);
    if (!(t->flags & EG_TOK_SENT_PUNCT) || !starts_sentence(doc, k))
        return 0;
    if (t->len == 1 && doc->text[t->start] == '.' && p > sb) {
        const eg_token *w = &doc->toks.v[p - 1];
        if (w->start + w->len == t->start && (w->flags & EG_TOK_WORD)) {
            const char *ws = doc->text + w->start;
            if (IN_LIST(abbreviations, ws, w->len))
                return 0;
            if (w->len == 2 && (filipino_ma(doc, p - 1, k) || mongolian_initial(doc, p - 1, k)))
                return 0;
            if ((nx->flags & EG_TOK_NUM) && IN_LIST(numbered, ws, w->len))
                return 0;
            uint32_t cp;
            size_t n = eg_utf8_decode((const unsigned char *)ws, w->len, &cp);
            if (n == w->len && eg_utf8_is_upper(cp))
                return 0;
        }
    }
    return 1;
}

/* Does the line of tokens [l, k) open with a dateline, capitalised words
 * and a spaced dash, and go on with words not all in capitals ("BELFAST —
 * The Police Service of Northern")? That is the story's first sentence,
 * wrapped, not a heading in title case. */
static int dateline_lead(const eg_doc *doc, size_t l, size_t k) {
    const eg_token *tv = doc->toks.v;
    if (!(tv[l].flags & EG_TOK_ALLCAPS) || !(tv[l].flags & EG_TOK_WORD))
        return 0;
    size_t d = l + 1;
    while (d < k &&
           !((tv[d].flags & EG_TOK_DASH) && tv[d].len > 1 && (tv[d].flags & EG_TOK_SPACE_BEFORE)))
        d++;
    for (size_t i = d + 1; i < k; i++)
        if ((tv[i].flags & EG_TOK_WORD) && !(tv[i].flags & EG_TOK_ALLCAPS))
            return 1;
    return 0;
}

/* Is the line of tokens [l, k) a headline, byline or dateline line? A line
 * in title case only counts where a heading can stand: at the start of a
 * paragraph or right after another heading line (`title_case_ok`); inside
 * hard-wrapped prose a short line like "José" is the first half of a name. */
static int is_heading_line(const eg_doc *doc, size_t l, size_t k, int title_case_ok) {
    const eg_token *tv = doc->toks.v;
    const eg_token *last = &tv[k - 1];
    if (last->start + last->len - tv[l].start > 60)
        return 0;
    if (last->flags & EG_TOK_SENT_PUNCT)
        return 0;
    if (k - l >= 2 && is_closer(first_cp(doc, last)) && (tv[k - 2].flags & EG_TOK_SENT_PUNCT))
        return 0;
    size_t words = 0, caps = 0, allcaps = 0, small = 0;
    int last_small = 0, open = 0;
    for (size_t i = l; i < k; i++) {
        const eg_token *t = &tv[i];
        if (tok_is(doc, t, "(") || tok_is(doc, t, "["))
            open++;
        else if ((tok_is(doc, t, ")") || tok_is(doc, t, "]")) && open > 0)
            open--;
        if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_POSS))
            continue;
        words++;
        last_small = 0;
        if (t->flags & EG_TOK_ALLCAPS)
            allcaps++;
        if (t->flags & EG_TOK_CAP)
            caps++;
        else if (i > l && IN_LIST(small_words, doc->text + t->start, t->len)) {
            small++;
            last_small = 1;
        }
    }
    if (last_small || open) /* "Talks with Russia and", "The Office (Bayerisches" go on */
        return 0;
    if (!words)
        return 0;
    if (allcaps == words)
        return 1;
    if ((tok_is(doc, &tv[l], "By") || tok_is(doc, &tv[l], "BY")) && words >= 2 &&
        caps + small == words)
        return 1;
    return title_case_ok && (tv[l].flags & EG_TOK_CAP) && caps + small == words &&
           !dateline_lead(doc, l, k);
}

static int add_sentence(eg_doc *doc, size_t b, size_t e, uint32_t para, uint32_t flags) {
    size_t words = 0, allcaps = 0;
    for (size_t i = b; i < e; i++) {
        unsigned f = doc->toks.v[i].flags;
        if (f & EG_TOK_WORD) {
            words++;
            if (f & EG_TOK_ALLCAPS)
                allcaps++;
        }
    }
    if (words >= 2 && allcaps * 5 >= words * 4)
        flags |= EG_SENT_ALLCAPS;
    eg_sentence *s = EG_VEC_PUSH(doc->sents);
    if (!s)
        return -1;
    s->tok_begin = (uint32_t)b;
    s->tok_end = (uint32_t)e;
    s->paragraph = para;
    s->flags = flags;
    return 0;
}

int eg_segment(eg_doc *doc) {
    const eg_token *tv = doc->toks.v;
    size_t n = doc->toks.n;
    doc->sents.n = 0;
    doc->nparas = 0;
    if (n == 0)
        return 0;
    if (EG_VEC_RESERVE(doc->sents, n / 24 + 4) != 0)
        return -1;

    size_t i = 0;
    uint32_t para = 0;
    if (doc->title_len > 0) {
        size_t b = 0;
        while (i < n && tv[i].start < doc->title_len) {
            i++;
            if (i - b >= EG_SEGMENT_MAX_TOKENS) {
                if (add_sentence(doc, b, i, 0, EG_SENT_TITLE) != 0)
                    return -1;
                b = i;
            }
        }
        if (i > b && add_sentence(doc, b, i, 0, EG_SENT_TITLE) != 0)
            return -1;
        if (i > 0)
            para = 1;
    }
    if (i == n) {
        doc->nparas = para;
        return 0;
    }

    size_t sb = i, line = i;
    int heading = 1; /* the current line may be a title-case heading */
    for (size_t k = i + 1; k < n; k++) {
        const eg_token *t = &tv[k];
        int brk = 0, newpara = 0, heading_brk = 0;
        if (t->nl >= 2) {
            brk = newpara = 1;
        } else if (k - sb >= EG_SEGMENT_MAX_TOKENS) {
            brk = 1;
        } else {
            size_t p = k - 1;
            for (int steps = 0; steps < 4 && p > sb && !(tv[p].flags & EG_TOK_SPACE_BEFORE) &&
                                is_closer(first_cp(doc, &tv[p]));
                 steps++)
                p--;
            if (tv[p].flags & (EG_TOK_SENT_PUNCT | EG_TOK_DOTTED))
                brk = ends_after(doc, p, k, sb);
            /* a heading is a whole line: after a sentence that ended inside
             * the line ("resistance. The Association Tétouan\nEnvironnement")
             * the words before the break are the start of a wrapped name */
            if (!brk && t->nl == 1 && line == sb && (tv[line].flags & EG_TOK_LINE_START) &&
                starts_upper(doc, k))
                brk = heading_brk = is_heading_line(doc, line, k, heading);
        }
        if (t->nl >= 1) {
            line = k;
            heading = t->nl >= 2 || heading_brk;
        }
        if (!brk)
            continue;
        if (add_sentence(doc, sb, k, para, 0) != 0)
            return -1;
        sb = k;
        line = k;
        if (newpara)
            para++;
    }
    if (add_sentence(doc, sb, n, para, 0) != 0)
        return -1;
    doc->nparas = para + 1;
    return 0;
}

int eg_segment_dateline_bracket(const eg_doc *doc, uint32_t b, uint32_t e) {
    const eg_token *tv = doc->toks.v;
    if (b < 2 || e >= doc->toks.n || tv[b - 1].len != 1 || doc->text[tv[b - 1].start] != '(' ||
        tv[e].len != 1 || doc->text[tv[e].start] != ')')
        return 0;
    for (uint32_t k = b - 1, n = 0; k-- > 0 && n < 10; n++) {
        const eg_token *t = &tv[k];
        char ch = doc->text[t->start];
        if ((t->flags & EG_TOK_WORD) && !(t->flags & (EG_TOK_CAP | EG_TOK_ALLCAPS | EG_TOK_NUM)))
            return 0;
        if (!(t->flags & (EG_TOK_WORD | EG_TOK_NUM)) &&
            !(t->len == 1 && (ch == ',' || ch == '.' || ch == '/')))
            return 0;
        if (t->flags & EG_TOK_LINE_START)
            return (t->flags & EG_TOK_ALLCAPS) != 0;
    }
    return 0;
}
