/* boilerplate: locates the end of the story by looking for site furniture at
 * line starts (newsletter boxes, related links, copyright) that is not
 * followed by more story prose. */
#include "boilerplate.h"

#include <string.h>

#include "utf8.h"

/* How a keyword line is trusted. END markers close a story unless 40 or more
 * words of prose follow; MID markers also appear inside stories ("Read more:
 * ...", "Advertisement") and close it only if no prose sentence follows. SHORT
 * keywords additionally need a line of at most 40 bytes or a ':' or line end
 * right after the keyword. */
enum { KW_END = 0, KW_MID = 1, KW_SHORT = 2 };

typedef struct keyword {
    const char *text; /* lower-case; a space matches a run of spaces or tabs */
    unsigned kind;
} keyword;

static const keyword keywords[] = {
    {"sign up", KW_END},
    {"subscribe to", KW_END},
    {"subscribe", KW_END | KW_SHORT},
    {"enter your email", KW_END},
    {"newsletter", KW_END | KW_SHORT},
    {"recent posts", KW_END},
    {"recent stories", KW_END},
    {"most read", KW_END},
    {"most popular", KW_END},
    {"most viewed", KW_END},
    {"share this", KW_END},
    {"share on", KW_END},
    {"share:", KW_END},
    {"follow us", KW_END},
    {"copyright", KW_END},
    {"(c)", KW_END},
    {"\xC2\xA9", KW_END}, /* © */
    {"all rights reserved", KW_END},
    {"tags:", KW_END},
    {"tags", KW_END | KW_SHORT},
    {"you may also like", KW_END},
    {"you might also like", KW_END},
    {"more from", KW_END},
    {"more stories", KW_END},
    {"trending", KW_END | KW_SHORT},
    {"popular now", KW_END},
    {"comments", KW_END | KW_SHORT},
    {"leave a comment", KW_END},
    {"join the conversation", KW_END},
    {"get our", KW_END},
    {"this article was", KW_END},
    {"related stories", KW_MID},
    {"related articles", KW_MID},
    {"related posts", KW_MID},
    {"related coverage", KW_MID},
    {"related content", KW_MID},
    {"related", KW_MID | KW_SHORT},
    {"read more", KW_MID},
    {"read next", KW_MID},
    {"read also", KW_MID},
    {"also read", KW_MID},
    {"\xC3\x80 lire aussi", KW_MID}, /* À lire aussi */
    {"\xC3\xA0 lire aussi", KW_MID},
    {"advertisement", KW_MID | KW_SHORT},
    {"recommended", KW_MID | KW_SHORT},
    {"sponsored", KW_MID | KW_SHORT},
    {"click here", KW_MID},
};

#define MAX_LINE 300
#define SHORT_LINE 40
#define END_PROSE_WORDS 40
#define PROSE_MIN_WORDS 8

static int ascii_alnum(unsigned c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Matches kw at s[0..len) (one line); returns the bytes matched or 0. */
static size_t match_keyword(const char *kw, const unsigned char *s, size_t len) {
    size_t i = 0;
    for (const char *k = kw; *k; k++) {
        if (*k == ' ') {
            if (i >= len || (s[i] != ' ' && s[i] != '\t'))
                return 0;
            while (i < len && (s[i] == ' ' || s[i] == '\t'))
                i++;
            continue;
        }
        if (i >= len)
            return 0;
        unsigned c = s[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        if (c != (unsigned char)*k)
            return 0;
        i++;
    }
    if (ascii_alnum((unsigned char)kw[strlen(kw) - 1]) && i < len) {
        if (ascii_alnum(s[i]))
            return 0;
        if (s[i] >= 0x80) {
            uint32_t cp;
            eg_utf8_decode(s + i, len - i, &cp);
            if (eg_utf8_class(cp) & (EG_UTF8_LETTER | EG_UTF8_MARK | EG_UTF8_DIGIT))
                return 0;
        }
    }
    return i;
}

/* The kind of boilerplate line starting at byte pos, or -1 if it is none. */
static int line_kind(const eg_doc *doc, size_t pos) {
    const unsigned char *s = (const unsigned char *)doc->text + pos;
    size_t avail = doc->len - pos;
    const unsigned char *nl = memchr(s, '\n', avail < MAX_LINE + 1 ? avail : MAX_LINE + 1);
    size_t len = nl ? (size_t)(nl - s) : avail;
    if (len > MAX_LINE)
        return -1;
    while (len > 0 && (s[len - 1] == '\r' || s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        size_t m = match_keyword(keywords[i].text, s, len);
        if (!m)
            continue;
        unsigned kind = keywords[i].kind;
        if (kind & KW_SHORT) {
            size_t j = m;
            while (j < len && (s[j] == ' ' || s[j] == '\t'))
                j++;
            if (len > SHORT_LINE && j < len && s[j] != ':')
                continue;
        }
        return (int)(kind & KW_MID);
    }
    return -1;
}

static int is_closer(const eg_doc *doc, const eg_token *t) {
    uint32_t cp;
    eg_utf8_decode((const unsigned char *)doc->text + t->start, t->len, &cp);
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x2019 || cp == 0x201D ||
           cp == 0x00BB;
}

/* Words of the sentence if it reads as prose (enough words, final punctuation), else 0. */
static size_t prose_words(const eg_doc *doc, const eg_sentence *s) {
    const eg_token *tv = doc->toks.v;
    size_t e = s->tok_end;
    while (e > s->tok_begin + 1 && is_closer(doc, &tv[e - 1]))
        e--;
    if (!(tv[e - 1].flags & EG_TOK_SENT_PUNCT))
        return 0;
    size_t words = 0;
    for (size_t i = s->tok_begin; i < s->tok_end; i++)
        words += (tv[i].flags & EG_TOK_WORD) != 0;
    return words >= PROSE_MIN_WORDS ? words : 0;
}

static uint32_t caps_flag(const eg_doc *doc, size_t b, size_t e) {
    size_t words = 0, allcaps = 0;
    for (size_t i = b; i < e; i++) {
        unsigned f = doc->toks.v[i].flags;
        if (f & EG_TOK_WORD) {
            words++;
            allcaps += (f & EG_TOK_ALLCAPS) != 0;
        }
    }
    return words >= 2 && allcaps * 5 >= words * 4 ? EG_SENT_ALLCAPS : 0;
}

/* Splits sentence si before token c; keeps the old sentence if memory runs out. */
static void split_sentence(eg_doc *doc, size_t si, size_t c) {
    if (!EG_VEC_PUSH(doc->sents))
        return;
    eg_sentence *sv = doc->sents.v;
    memmove(&sv[si + 2], &sv[si + 1], (doc->sents.n - si - 2) * sizeof *sv);
    sv[si + 1] = sv[si];
    sv[si + 1].tok_begin = (uint32_t)c;
    sv[si].tok_end = (uint32_t)c;
    uint32_t keep = sv[si].flags & ~(uint32_t)EG_SENT_ALLCAPS;
    sv[si].flags = keep | caps_flag(doc, sv[si].tok_begin, c);
    sv[si + 1].flags = keep | caps_flag(doc, c, sv[si + 1].tok_end);
}

void eg_boilerplate_mark(eg_doc *doc) {
    doc->story_end = doc->len;
    size_t ns = doc->sents.n;
    const eg_token *tv = doc->toks.v;
    size_t fb = 0;
    while (fb < ns && (doc->sents.v[fb].flags & EG_SENT_TITLE))
        fb++;
    if (fb == ns)
        return;
    /* Boilerplate may start only on a line after at least 4 words of body text. */
    size_t ok_tok = (size_t)-1, words = 0;
    for (size_t i = doc->sents.v[fb].tok_begin; i < doc->toks.n; i++) {
        if (words >= 4 && tv[i].nl >= 1) {
            ok_tok = i;
            break;
        }
        words += (tv[i].flags & EG_TOK_WORD) != 0;
    }
    if (ok_tok == (size_t)-1)
        return;

    size_t best_tok = (size_t)-1, best_sent = 0;
    size_t after = 0; /* prose words in sentences after s */
    for (size_t s = ns; s-- > fb;) {
        const eg_sentence *st = &doc->sents.v[s];
        if (st->tok_end <= ok_tok)
            break;
        size_t own = prose_words(doc, st);
        size_t b = st->tok_begin > ok_tok ? st->tok_begin : ok_tok;
        for (size_t c = b; c < st->tok_end; c++) {
            const eg_token *t = &tv[c];
            if (!(t->flags & EG_TOK_LINE_START))
                continue;
            if (c > st->tok_begin && (t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) &&
                !(tv[c - 1].flags & EG_TOK_SENT_PUNCT))
                continue;
            int kind = line_kind(doc, t->start);
            if (kind < 0)
                continue;
            size_t prose = after;
            for (size_t j = c + 1; own && j < st->tok_end; j++)
                if (tv[j].nl >= 1) {
                    prose += own;
                    break;
                }
            if (kind == KW_MID ? prose > 0 : prose >= END_PROSE_WORDS)
                continue;
            best_tok = c;
            best_sent = s;
            break;
        }
        after += own;
    }
    if (best_tok == (size_t)-1)
        return;
    if (best_tok > doc->sents.v[best_sent].tok_begin)
        split_sentence(doc, best_sent, best_tok);
    doc->story_end = tv[best_tok].start;
    for (size_t s = fb; s < doc->sents.n; s++) {
        eg_sentence *st = &doc->sents.v[s];
        if (tv[st->tok_begin].start >= doc->story_end)
            st->flags |= EG_SENT_BOILER;
    }
}
