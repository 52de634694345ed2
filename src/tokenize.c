/* tokenize: one pass over the text producing token spans with EG_TOK_* flags
 * (ASCII bytes through a class table, other code points through utf8.c),
 * and the folding of text into its matching form. */
#include "tokenize.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

/* Byte classes for the ASCII fast path. */
enum { B_UP = 1, B_LO = 2, B_DI = 4, B_SP = 8 };
#define B_ALNUM (B_UP | B_LO | B_DI)

/* Zero for bytes >= 0x80: those go through eg_utf8_decode. */
static const unsigned char bcls[256] = {
    ['\t'] = B_SP, ['\n'] = B_SP, ['\v'] = B_SP, ['\f'] = B_SP, ['\r'] = B_SP, [' '] = B_SP,
    ['0'] = B_DI,  ['1'] = B_DI,  ['2'] = B_DI,  ['3'] = B_DI,  ['4'] = B_DI,  ['5'] = B_DI,
    ['6'] = B_DI,  ['7'] = B_DI,  ['8'] = B_DI,  ['9'] = B_DI,  ['A'] = B_UP,  ['B'] = B_UP,
    ['C'] = B_UP,  ['D'] = B_UP,  ['E'] = B_UP,  ['F'] = B_UP,  ['G'] = B_UP,  ['H'] = B_UP,
    ['I'] = B_UP,  ['J'] = B_UP,  ['K'] = B_UP,  ['L'] = B_UP,  ['M'] = B_UP,  ['N'] = B_UP,
    ['O'] = B_UP,  ['P'] = B_UP,  ['Q'] = B_UP,  ['R'] = B_UP,  ['S'] = B_UP,  ['T'] = B_UP,
    ['U'] = B_UP,  ['V'] = B_UP,  ['W'] = B_UP,  ['X'] = B_UP,  ['Y'] = B_UP,  ['Z'] = B_UP,
    ['a'] = B_LO,  ['b'] = B_LO,  ['c'] = B_LO,  ['d'] = B_LO,  ['e'] = B_LO,  ['f'] = B_LO,
    ['g'] = B_LO,  ['h'] = B_LO,  ['i'] = B_LO,  ['j'] = B_LO,  ['k'] = B_LO,  ['l'] = B_LO,
    ['m'] = B_LO,  ['n'] = B_LO,  ['o'] = B_LO,  ['p'] = B_LO,  ['q'] = B_LO,  ['r'] = B_LO,
    ['s'] = B_LO,  ['t'] = B_LO,  ['u'] = B_LO,  ['v'] = B_LO,  ['w'] = B_LO,  ['x'] = B_LO,
    ['y'] = B_LO,  ['z'] = B_LO,
};

static inline uint32_t next_cp(const unsigned char *s, size_t len, size_t i, size_t *n) {
    if (s[i] < 0x80) {
        *n = 1;
        return s[i];
    }
    uint32_t cp;
    *n = eg_utf8_decode(s + i, len - i, &cp);
    return cp;
}

static inline int is_wordchar_at(const unsigned char *s, size_t len, size_t i) {
    if (i >= len)
        return 0;
    if (s[i] < 0x80)
        return (bcls[s[i]] & B_ALNUM) != 0;
    size_t n;
    uint32_t cp = next_cp(s, len, i, &n);
    return (eg_utf8_class(cp) & (EG_UTF8_LETTER | EG_UTF8_DIGIT | EG_UTF8_MARK)) != 0;
}

static inline int is_apostrophe(uint32_t cp) {
    return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

/* Letter-case bookkeeping while scanning a word. */
typedef struct wordcase {
    unsigned letters, upper;
    int first; /* 0 no letter yet, 1 first letter upper, 2 other */
} wordcase;

static inline void case_letter(wordcase *wc, uint32_t cp) {
    int up = cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : eg_utf8_is_upper(cp);
    wc->letters++;
    wc->upper += (unsigned)up;
    if (!wc->first)
        wc->first = up ? 1 : 2;
}

static unsigned case_flags(const wordcase *wc) {
    unsigned f = 0;
    if (wc->letters) {
        f |= EG_TOK_WORD;
        if (wc->first == 1)
            f |= EG_TOK_CAP;
        if (wc->upper == wc->letters)
            f |= EG_TOK_ALLCAPS;
    }
    return f;
}

/* A dotted abbreviation at i: two or more single letters (each with any
 * combining marks) each followed by '.'. Returns its end, or 0. */
static size_t scan_dotted(const unsigned char *s, size_t len, size_t i, wordcase *wc) {
    if (s[i] < 0x80 && (i + 1 >= len || s[i + 1] != '.'))
        return 0;
    size_t p = i, count = 0;
    wordcase c = {0, 0, 0};
    while (p < len) {
        size_t n;
        uint32_t cp = next_cp(s, len, p, &n);
        if (!(eg_utf8_class(cp) & EG_UTF8_LETTER))
            break;
        size_t q = p + n;
        while (q < len && s[q] >= 0x80) {
            size_t m;
            uint32_t mk = next_cp(s, len, q, &m);
            if (!(eg_utf8_class(mk) & EG_UTF8_MARK))
                break;
            q += m;
        }
        if (q >= len || s[q] != '.')
            break;
        case_letter(&c, cp);
        count++;
        p = q + 1;
    }
    if (count < 2)
        return 0;
    *wc = c;
    return p;
}

/* Scans the word starting at i (a letter, digit or mark); returns its end. */
static size_t scan_word(const unsigned char *s, size_t len, size_t i, wordcase *wc) {
    unsigned last = 0; /* B_UP, B_LO or B_DI for the last letter or digit */
    while (i < len) {
        unsigned c = s[i];
        unsigned k = bcls[c];
        if (k == B_LO) { /* a run of small ASCII letters, the usual case */
            size_t j = i + 1;
            while (j < len && bcls[s[j]] == B_LO)
                j++;
            wc->letters += (unsigned)(j - i);
            if (!wc->first)
                wc->first = 2;
            last = B_LO;
            i = j;
            continue;
        }
        if (k & B_ALNUM) {
            if (k & (B_UP | B_LO)) {
                wc->letters++;
                if (k & B_UP)
                    wc->upper++;
                if (!wc->first)
                    wc->first = (k & B_UP) ? 1 : 2;
            }
            last = k;
            i++;
            continue;
        }
        size_t alen;
        if (c >= 0x80) {
            size_t n;
            uint32_t cp = next_cp(s, len, i, &n);
            unsigned cls = eg_utf8_class(cp);
            if (cls & EG_UTF8_LETTER) {
                case_letter(wc, cp);
                last = eg_utf8_is_upper(cp) ? B_UP : B_LO;
                i += n;
                continue;
            }
            if (cls & EG_UTF8_DIGIT) {
                last = B_DI;
                i += n;
                continue;
            }
            if (cls & EG_UTF8_MARK) {
                i += n;
                continue;
            }
            if (cp != 0x2019 && cp != 0x02BC)
                break;
            alen = n;
        } else if (c == '\'') {
            alen = 1;
        } else if (c == '.') {
            if (last == B_DI && i + 1 < len && (bcls[s[i + 1]] & B_DI)) {
                i++;
                continue;
            }
            break;
        } else if (c == ',') {
            if (last == B_DI && i + 4 <= len && (bcls[s[i + 1]] & B_DI) &&
                (bcls[s[i + 2]] & B_DI) && (bcls[s[i + 3]] & B_DI) &&
                (i + 4 == len || !(bcls[s[i + 4]] & B_DI))) {
                i++;
                continue;
            }
            break;
        } else if (c == '&') {
            if (last == B_UP && i + 1 < len && (bcls[s[i + 1]] & B_UP)) {
                i++;
                continue;
            }
            break;
        } else {
            break;
        }
        /* An apostrophe stays inside when a letter follows, except the clitic 's. */
        size_t j = i + alen;
        if (j >= len)
            break;
        size_t n2;
        uint32_t cp2 = next_cp(s, len, j, &n2);
        if (!(eg_utf8_class(cp2) & EG_UTF8_LETTER))
            break;
        if ((cp2 == 's' || cp2 == 'S') && !is_wordchar_at(s, len, j + 1))
            break;
        i = j;
    }
    return i;
}

static unsigned punct_flags(uint32_t cp) {
    switch (cp) {
    case '"':
    case '\'':
    case '`':
    case 0x00AB:
    case 0x00BB:
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2039:
    case 0x203A:
    case 0x02BC:
        return EG_TOK_PUNCT | EG_TOK_QUOTE;
    case '-':
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0x2E3A:
    case 0x2E3B:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
        return EG_TOK_PUNCT | EG_TOK_DASH;
    case '.':
    case '!':
    case '?':
    case 0x2026:
    case 0x203C:
    case 0x2047:
    case 0x2048:
    case 0x2049:
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
    case 0x061F:
    case 0x06D4:
    case 0x0964:
    case 0x0965:
        return EG_TOK_PUNCT | EG_TOK_SENT_PUNCT;
    default:
        return EG_TOK_PUNCT;
    }
}

static int grow(eg_token **v, size_t *cap, size_t want) {
    size_t c = *cap ? *cap : 16;
    while (c < want) {
        if (c > ((size_t)-1) / 2 / sizeof **v)
            return -1;
        c *= 2;
    }
    eg_token *p = realloc(*v, c * sizeof *p);
    if (!p)
        return -1;
    *v = p;
    *cap = c;
    return 0;
}

int eg_tokenize_text(const char *text, size_t len, eg_token **toks, size_t *n, size_t *cap) {
    const unsigned char *s = (const unsigned char *)text;
    if (len > UINT32_MAX)
        len = UINT32_MAX;
    size_t first = *n;
    size_t guess = len / 5 + 16;
    if (guess > ((size_t)1 << 20))
        guess = (size_t)1 << 20;
    if (*n + guess > *cap && grow(toks, cap, *n + guess) != 0)
        return -1;
    eg_token *v = *toks;
    size_t cnt = *n, vcap = *cap;
    unsigned nl = 0;
    int space = 0, line_start = 1;
    int squote_open = 0; /* an opening ' or U+2018 awaits its closing quote */
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i];
        unsigned k = bcls[c];
        size_t cl = 1;
        uint32_t cp = c;
        unsigned cls;
        if (k & B_SP) {
            space = 1;
            if (c == '\n' || (c == '\r' && !(i + 1 < len && s[i + 1] == '\n'))) {
                nl++;
                line_start = 1;
            }
            i++;
            continue;
        }
        if (c >= 0x80) {
            cl = eg_utf8_decode(s + i, len - i, &cp);
            cls = eg_utf8_class(cp);
            if (cls & EG_UTF8_SPACE) {
                space = 1;
                if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                    nl += cp == 0x2029 ? 2 : 1;
                    line_start = 1;
                }
                i += cl;
                continue;
            }
        } else {
            cls = (k & (B_UP | B_LO)) ? EG_UTF8_LETTER : (k & B_DI) ? EG_UTF8_DIGIT : 0;
        }

        size_t start = i, end;
        unsigned flags;
        if (nl >= 2)
            squote_open = 0;
        if (cls & (EG_UTF8_LETTER | EG_UTF8_DIGIT | EG_UTF8_MARK)) {
            wordcase wc = {0, 0, 0};
            end = (cls & EG_UTF8_LETTER) ? scan_dotted(s, len, i, &wc) : 0;
            if (end) {
                flags = case_flags(&wc) | EG_TOK_DOTTED;
            } else {
                end = scan_word(s, len, i, &wc);
                flags = case_flags(&wc);
                if (cls & EG_UTF8_DIGIT)
                    flags |= EG_TOK_NUM;
                if (!(flags & (EG_TOK_WORD | EG_TOK_NUM)))
                    flags |= EG_TOK_PUNCT;
            }
        } else if (cp == 0xFFFD && cl == 1) {
            end = i + 1;
            while (end < len && s[end] >= 0x80) {
                uint32_t bad;
                if (eg_utf8_decode(s + end, len - end, &bad) != 1 || bad != 0xFFFD)
                    break;
                end++;
            }
            flags = EG_TOK_PUNCT | EG_TOK_BADUTF8;
        } else {
            end = i + cl;
            flags = 0;
            const eg_token *prev = cnt > first ? &v[cnt - 1] : NULL;
            if (is_apostrophe(cp) && !space && prev && (prev->flags & (EG_TOK_WORD | EG_TOK_NUM)) &&
                !(prev->flags & EG_TOK_POSS) && prev->start + prev->len == i) {
                size_t n2 = 0;
                uint32_t nx = end < len ? next_cp(s, len, end, &n2) : 0;
                unsigned char lastb = s[i - 1];
                if ((nx == 's' || nx == 'S') && !is_wordchar_at(s, len, end + 1)) {
                    flags = EG_TOK_WORD | EG_TOK_POSS;
                    if (nx == 'S')
                        flags |= EG_TOK_CAP | EG_TOK_ALLCAPS;
                    end += 1;
                } else if ((lastb == 's' || lastb == 'S') && nx != cp && !squote_open &&
                           !is_wordchar_at(s, len, end)) {
                    flags = EG_TOK_PUNCT | EG_TOK_POSS;
                }
            }
            if (!flags) {
                while (end + cl <= len && memcmp(s + end, s + i, cl) == 0)
                    end += cl;
                flags = punct_flags(cp);
                if (end == i + cl && (cp == '\'' || cp == 0x2018 || cp == 0x2019)) {
                    if ((space || line_start || !prev) && cp != 0x2019)
                        squote_open = is_wordchar_at(s, len, end);
                    else
                        squote_open = 0;
                }
            }
        }

        if (cnt == vcap) {
            *toks = v;
            *n = cnt;
            if (grow(toks, cap, cnt + 1) != 0)
                return -1;
            v = *toks;
            vcap = *cap;
        }
        eg_token *t = &v[cnt++];
        t->start = (uint32_t)start;
        t->len = (uint32_t)(end - start);
        t->flags = flags | (space ? EG_TOK_SPACE_BEFORE : 0) | (line_start ? EG_TOK_LINE_START : 0);
        t->nl = (uint16_t)(nl > 65535 ? 65535 : nl);
        t->pad = 0;
        space = 0;
        line_start = 0;
        nl = 0;
        i = end;
    }
    *toks = v;
    *n = cnt;
    return 0;
}

int eg_tokenize(eg_doc *doc) {
    doc->toks.n = 0;
    return eg_tokenize_text(doc->text, doc->len, &doc->toks.v, &doc->toks.n, &doc->toks.cap);
}

static size_t fold_core(const unsigned char *s, size_t len, unsigned flags, char *out, size_t cap) {
    size_t i = 0, o = 0;
    while (i < len) {
        size_t lim = len - i <= cap - o ? len : i + (cap - o);
        /* the ASCII run ('`' as '\'', capitals lower-cased with EG_FOLD_CASE) */
        size_t k = flags & EG_FOLD_CASE ? eg_fold_ascii((const char *)s + i, lim - i, 1, out + o)
                                        : eg_fold_ascii((const char *)s + i, lim - i, 0, out + o);
        i += k;
        o += k;
        if (i == len)
            break;
        if (s[i] < 0x80)
            return (size_t)-1; /* no room left */
        uint32_t cp;
        size_t n = eg_utf8_decode(s + i, len - i, &cp);
        const char *rep = NULL;
        size_t rlen = 1;
        switch (cp) {
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x201B:
        case 0x02BC:
        case 0x2032:
            rep = "'";
            break;
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x201F:
        case 0x00AB:
        case 0x00BB:
        case 0x2033:
            rep = "\"";
            break;
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
            rep = "-";
            break;
        case 0x2026:
            rep = "...";
            rlen = 3;
            break;
        case 0x00AD:
            rep = "";
            rlen = 0;
            break;
        default:
            break;
        }
        char enc[4];
        if (!rep) {
            if (cp == 0xFFFD && n == 1) {
                rep = "\xEF\xBF\xBD";
                rlen = 3;
            } else if ((flags & EG_FOLD_CASE) && eg_utf8_lower(cp) != cp) {
                rlen = eg_utf8_encode(eg_utf8_lower(cp), enc);
                rep = enc;
            } else {
                rep = (const char *)s + i;
                rlen = n;
            }
        }
        if (cap - o < rlen)
            return (size_t)-1;
        memcpy(out + o, rep, rlen);
        o += rlen;
        i += n;
    }
    return o;
}

size_t eg_fold_buf(const char *s, size_t len, unsigned flags, char *out, size_t cap) {
    return fold_core((const unsigned char *)s, len, flags, out, cap);
}

int eg_fold(const char *s, size_t len, unsigned flags, eg_strbuf *out) {
    if (len > ((size_t)-1) / 4)
        return -1;
    if ((!out->data || out->cap - out->len <= 3 * len) && eg_strbuf_reserve(out, 3 * len) != 0)
        return -1;
    size_t w = fold_core((const unsigned char *)s, len, flags, out->data + out->len,
                         out->cap - out->len - 1);
    if (w == (size_t)-1)
        return -1;
    out->len += w;
    out->data[out->len] = '\0';
    return 0;
}
