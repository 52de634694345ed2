/* utf8: strict UTF-8 decoding/encoding and the character classes used by the
 * tokeniser, from one hand-written table of code point ranges (below). The
 * table covers the scripts of news text; anything outside it is "other". */
#include "utf8.h"

#include <string.h>

size_t eg_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp) {
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        if (len >= 2 && (s[1] & 0xC0) == 0x80) {
            *cp = ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
            return 2;
        }
    } else if (c >= 0xE0 && c <= 0xEF) {
        if (len >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
            (c != 0xE0 || s[1] >= 0xA0) && (c != 0xED || s[1] <= 0x9F)) {
            *cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
            return 3;
        }
    } else if (c >= 0xF0 && c <= 0xF4) {
        if (len >= 4 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80 &&
            (c != 0xF0 || s[1] >= 0x90) && (c != 0xF4 || s[1] <= 0x8F)) {
            *cp = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
                  ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
            return 4;
        }
    }
    *cp = 0xFFFD;
    return 1;
}

size_t eg_utf8_encode(uint32_t cp, char out[4]) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        cp = 0xFFFD;
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t eg_utf8_first_invalid(const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if ((w & UINT64_C(0x8080808080808080)) == 0) {
                i += 8;
                continue;
            }
        }
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = eg_utf8_decode(p + i, len - i, &cp);
        if (cp == 0xFFFD && n == 1)
            return i;
        i += n;
    }
    return len;
}

/* Code point classes above Latin-1, sorted and non-overlapping. Sources: the
 * Unicode block charts; letters are Lu/Ll/Lt/Lm/Lo, marks Mn/Mc/Me (plus the
 * soft hyphen and ZWNJ/ZWJ, which sit inside words), digits Nd. The Indic
 * blocks U+0900-0DFF are classified by their shared layout in indic_class. */
typedef struct cp_range {
    uint32_t lo, hi;
    unsigned cls;
} cp_range;

#define L EG_UTF8_LETTER
#define M EG_UTF8_MARK
#define D EG_UTF8_DIGIT
#define S EG_UTF8_SPACE

static const cp_range ranges[] = {
    {0x0100, 0x02AF, L}, /* Latin Extended-A/B, IPA */
    {0x02B0, 0x02BB, L}, /* modifier letters (U+02BC is an apostrophe) */
    {0x02BD, 0x02C1, L},
    {0x02C6, 0x02D1, L},
    {0x02E0, 0x02E4, L},
    {0x02EC, 0x02EC, L},
    {0x02EE, 0x02EE, L},
    {0x0300, 0x036F, M}, /* combining diacritics */
    {0x0370, 0x0373, L}, /* Greek */
    {0x0376, 0x0377, L},
    {0x037A, 0x037D, L},
    {0x037F, 0x037F, L},
    {0x0386, 0x0386, L},
    {0x0388, 0x038A, L},
    {0x038C, 0x038C, L},
    {0x038E, 0x03A1, L},
    {0x03A3, 0x03F5, L},
    {0x03F7, 0x0481, L}, /* Greek, Cyrillic */
    {0x0483, 0x0489, M},
    {0x048A, 0x052F, L},
    {0x0531, 0x0556, L}, /* Armenian */
    {0x0559, 0x0559, L},
    {0x0560, 0x0588, L},
    {0x0591, 0x05BD, M}, /* Hebrew */
    {0x05BF, 0x05BF, M},
    {0x05C1, 0x05C2, M},
    {0x05C4, 0x05C5, M},
    {0x05C7, 0x05C7, M},
    {0x05D0, 0x05EA, L},
    {0x05EF, 0x05F2, L},
    {0x0610, 0x061A, M}, /* Arabic */
    {0x0620, 0x064A, L},
    {0x064B, 0x065F, M},
    {0x0660, 0x0669, D},
    {0x066E, 0x066F, L},
    {0x0670, 0x0670, M},
    {0x0671, 0x06D3, L},
    {0x06D5, 0x06D5, L},
    {0x06D6, 0x06DC, M},
    {0x06DF, 0x06E4, M},
    {0x06E5, 0x06E6, L},
    {0x06E7, 0x06E8, M},
    {0x06EA, 0x06ED, M},
    {0x06EE, 0x06EF, L},
    {0x06F0, 0x06F9, D},
    {0x06FA, 0x06FC, L},
    {0x06FF, 0x06FF, L},
    {0x0710, 0x0710, L}, /* Syriac */
    {0x0711, 0x0711, M},
    {0x0712, 0x072F, L},
    {0x0730, 0x074A, M},
    {0x074D, 0x07A5, L}, /* Syriac supplement, Arabic supplement, Thaana */
    {0x07A6, 0x07B0, M},
    {0x07B1, 0x07B1, L},
    {0x08A0, 0x08C9, L}, /* Arabic Extended-A */
    {0x08CA, 0x08FF, M},
    /* U+0900-0DFF: indic_class */
    {0x0E01, 0x0E30, L}, /* Thai */
    {0x0E31, 0x0E31, M},
    {0x0E32, 0x0E33, L},
    {0x0E34, 0x0E3A, M},
    {0x0E40, 0x0E46, L},
    {0x0E47, 0x0E4E, M},
    {0x0E50, 0x0E59, D},
    {0x0E81, 0x0EB0, L}, /* Lao */
    {0x0EB1, 0x0EB1, M},
    {0x0EB2, 0x0EB3, L},
    {0x0EB4, 0x0EBC, M},
    {0x0EBD, 0x0EC6, L},
    {0x0EC8, 0x0ECE, M},
    {0x0ED0, 0x0ED9, D},
    {0x0EDC, 0x0EDF, L},
    {0x10A0, 0x10FA, L}, /* Georgian */
    {0x10FC, 0x10FF, L},
    {0x1100, 0x11FF, L}, /* Hangul Jamo */
    {0x1200, 0x135A, L}, /* Ethiopic */
    {0x1680, 0x1680, S},
    {0x1780, 0x17B3, L}, /* Khmer */
    {0x17B4, 0x17D3, M},
    {0x17E0, 0x17E9, D},
    {0x1AB0, 0x1AFF, M},
    {0x1C90, 0x1CBF, L}, /* Georgian Mtavruli */
    {0x1D00, 0x1DBF, L}, /* phonetic extensions */
    {0x1DC0, 0x1DFF, M},
    {0x1E00, 0x1FBC, L}, /* Latin Extended Additional, Greek Extended */
    {0x1FBE, 0x1FBE, L},
    {0x1FC2, 0x1FCC, L},
    {0x1FD0, 0x1FDB, L},
    {0x1FE0, 0x1FEC, L},
    {0x1FF2, 0x1FFC, L},
    {0x2000, 0x200B, S},
    {0x200C, 0x200D, M},
    {0x2028, 0x2029, S},
    {0x202F, 0x202F, S},
    {0x205F, 0x205F, S},
    {0x2071, 0x2071, L},
    {0x207F, 0x207F, L},
    {0x2090, 0x209C, L},
    {0x20D0, 0x20FF, M},
    {0x2C00, 0x2C5F, L}, /* Glagolitic */
    {0x2C60, 0x2C7F, L}, /* Latin Extended-C */
    {0x2C80, 0x2CE4, L}, /* Coptic */
    {0x2D00, 0x2D2D, L}, /* Georgian supplement */
    {0x2DE0, 0x2DFF, M},
    {0x3000, 0x3000, S},
    {0x3005, 0x3007, L},
    {0x302A, 0x302F, M},
    {0x3031, 0x3035, L},
    {0x3041, 0x3096, L}, /* Hiragana */
    {0x3099, 0x309A, M},
    {0x309D, 0x309F, L},
    {0x30A1, 0x30FA, L}, /* Katakana */
    {0x30FC, 0x30FF, L},
    {0x3105, 0x312F, L}, /* Bopomofo */
    {0x3131, 0x318E, L}, /* Hangul compatibility Jamo */
    {0x31A0, 0x31BF, L},
    {0x31F0, 0x31FF, L},
    {0x3400, 0x4DBF, L}, /* CJK Extension A */
    {0x4E00, 0x9FFF, L}, /* CJK */
    {0xA000, 0xA48C, L}, /* Yi */
    {0xA640, 0xA66E, L}, /* Cyrillic Extended-B */
    {0xA66F, 0xA67D, M},
    {0xA67F, 0xA69D, L},
    {0xA69E, 0xA69F, M},
    {0xA722, 0xA788, L}, /* Latin Extended-D */
    {0xA78B, 0xA7FF, L},
    {0xAB30, 0xAB5A, L}, /* Latin Extended-E */
    {0xAB5C, 0xAB69, L},
    {0xAC00, 0xD7A3, L}, /* Hangul syllables */
    {0xD7B0, 0xD7FB, L},
    {0xF900, 0xFAFF, L}, /* CJK compatibility */
    {0xFB00, 0xFB06, L}, /* Latin ligatures */
    {0xFB13, 0xFB17, L},
    {0xFB1D, 0xFB1D, L}, /* Hebrew presentation forms */
    {0xFB1E, 0xFB1E, M},
    {0xFB1F, 0xFB28, L},
    {0xFB2A, 0xFB4F, L},
    {0xFB50, 0xFD3D, L}, /* Arabic presentation forms */
    {0xFD50, 0xFDFB, L},
    {0xFE00, 0xFE0F, M}, /* variation selectors */
    {0xFE20, 0xFE2F, M},
    {0xFE70, 0xFEFC, L},
    {0xFEFF, 0xFEFF, S},
    {0xFF10, 0xFF19, D}, /* fullwidth forms */
    {0xFF21, 0xFF3A, L},
    {0xFF41, 0xFF5A, L},
    {0xFF66, 0xFFDC, L},   /* halfwidth Katakana and Hangul */
    {0x20000, 0x2FA1F, L}, /* CJK Extensions B-F, compatibility supplement */
    {0x30000, 0x323AF, L}, /* CJK Extensions G-H */
};

#undef L
#undef M
#undef D
#undef S

/* Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
 * Malayalam and Sinhala share one 128-code-point layout closely enough:
 * signs at 00-03, 3A-3C, 3E-4F, 51-57, 62-63; danda at 64-65; digits 66-6F. */
static unsigned indic_class(uint32_t cp) {
    unsigned off = cp & 0x7F;
    if (off <= 0x03 || (off >= 0x3A && off <= 0x3C) || (off >= 0x3E && off <= 0x4F) ||
        (off >= 0x51 && off <= 0x57) || off == 0x62 || off == 0x63)
        return EG_UTF8_MARK;
    if (off == 0x64 || off == 0x65 || off == 0x70)
        return 0;
    if (off >= 0x66 && off <= 0x6F)
        return EG_UTF8_DIGIT;
    return EG_UTF8_LETTER;
}

static const unsigned char ascii_class[128] = {
    ['\t'] = EG_UTF8_SPACE, ['\n'] = EG_UTF8_SPACE, ['\v'] = EG_UTF8_SPACE, ['\f'] = EG_UTF8_SPACE,
    ['\r'] = EG_UTF8_SPACE, [' '] = EG_UTF8_SPACE,  ['0'] = EG_UTF8_DIGIT,  ['1'] = EG_UTF8_DIGIT,
    ['2'] = EG_UTF8_DIGIT,  ['3'] = EG_UTF8_DIGIT,  ['4'] = EG_UTF8_DIGIT,  ['5'] = EG_UTF8_DIGIT,
    ['6'] = EG_UTF8_DIGIT,  ['7'] = EG_UTF8_DIGIT,  ['8'] = EG_UTF8_DIGIT,  ['9'] = EG_UTF8_DIGIT,
};

unsigned eg_utf8_class(uint32_t cp) {
    if (cp < 0x80) {
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
            return EG_UTF8_LETTER;
        return ascii_class[cp];
    }
    if (cp < 0x100) {
        if (cp == 0x85 || cp == 0xA0)
            return EG_UTF8_SPACE;
        if (cp == 0xAD)
            return EG_UTF8_MARK;
        if (cp == 0xAA || cp == 0xB5 || cp == 0xBA || (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7))
            return EG_UTF8_LETTER;
        return 0;
    }
    if (cp >= 0x900 && cp <= 0xDFF)
        return indic_class(cp);
    size_t lo = 0, hi = sizeof ranges / sizeof ranges[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < ranges[mid].lo)
            hi = mid;
        else if (cp > ranges[mid].hi)
            lo = mid + 1;
        else
            return ranges[mid].cls;
    }
    return 0;
}

int eg_utf8_is_letter(uint32_t cp) {
    return (eg_utf8_class(cp) & EG_UTF8_LETTER) != 0;
}

int eg_utf8_is_mark(uint32_t cp) {
    return (eg_utf8_class(cp) & EG_UTF8_MARK) != 0;
}

int eg_utf8_is_digit(uint32_t cp) {
    return (eg_utf8_class(cp) & EG_UTF8_DIGIT) != 0;
}

int eg_utf8_is_space(uint32_t cp) {
    return (eg_utf8_class(cp) & EG_UTF8_SPACE) != 0;
}

/* Latin Extended-B upper-case letters whose lower case is not cp + 1. */
static const uint16_t latin_b_map[][2] = {
    {0x0181, 0x0253}, {0x0186, 0x0254}, {0x0189, 0x0256}, {0x018A, 0x0257}, {0x018E, 0x01DD},
    {0x018F, 0x0259}, {0x0190, 0x025B}, {0x0193, 0x0260}, {0x0194, 0x0263}, {0x0196, 0x0269},
    {0x0197, 0x0268}, {0x019C, 0x026F}, {0x019D, 0x0272}, {0x019F, 0x0275}, {0x01A6, 0x0280},
    {0x01A9, 0x0283}, {0x01AE, 0x0288}, {0x01B1, 0x028A}, {0x01B2, 0x028B}, {0x01B7, 0x0292},
    {0x01C4, 0x01C6}, {0x01C5, 0x01C6}, {0x01C7, 0x01C9}, {0x01C8, 0x01C9}, {0x01CA, 0x01CC},
    {0x01CB, 0x01CC}, {0x01F1, 0x01F3}, {0x01F2, 0x01F3}, {0x01F6, 0x0195}, {0x01F7, 0x01BF},
    {0x0220, 0x019E}, {0x023A, 0x2C65}, {0x023D, 0x019A}, {0x023E, 0x2C66}, {0x0243, 0x0180},
    {0x0244, 0x0289}, {0x0245, 0x028C},
};

/* Latin Extended-B upper-case letters with lower case cp + 1. */
static const uint16_t latin_b_plus1[] = {0x0182, 0x0184, 0x0187, 0x018B, 0x0191, 0x0198, 0x01A0,
                                         0x01A2, 0x01A4, 0x01A7, 0x01AC, 0x01AF, 0x01B3, 0x01B5,
                                         0x01B8, 0x01BC, 0x01F4, 0x023B, 0x0241};

static uint32_t lower_latin_ext(uint32_t cp) {
    if (cp <= 0x017F) {
        if (cp == 0x0130)
            return 'i';
        if (cp == 0x0178)
            return 0x00FF;
        if ((cp <= 0x012F || (cp >= 0x0132 && cp <= 0x0137) || (cp >= 0x014A && cp <= 0x0177)) &&
            !(cp & 1))
            return cp + 1;
        if (((cp >= 0x0139 && cp <= 0x0148) || (cp >= 0x0179 && cp <= 0x017E)) && (cp & 1))
            return cp + 1;
        return cp;
    }
    if ((cp >= 0x01CD && cp <= 0x01DC) && (cp & 1))
        return cp + 1;
    if (((cp >= 0x01DE && cp <= 0x01EF) || (cp >= 0x01F8 && cp <= 0x021F) ||
         (cp >= 0x0222 && cp <= 0x0233) || (cp >= 0x0246 && cp <= 0x024F)) &&
        !(cp & 1))
        return cp + 1;
    for (size_t i = 0; i < sizeof latin_b_plus1 / sizeof latin_b_plus1[0]; i++)
        if (latin_b_plus1[i] == cp)
            return cp + 1;
    for (size_t i = 0; i < sizeof latin_b_map / sizeof latin_b_map[0]; i++)
        if (latin_b_map[i][0] == cp)
            return latin_b_map[i][1];
    return cp;
}

static uint32_t lower_greek(uint32_t cp) {
    if (cp >= 0x0391 && cp <= 0x03AB && cp != 0x03A2)
        return cp + 32;
    if (cp == 0x0386)
        return 0x03AC;
    if (cp >= 0x0388 && cp <= 0x038A)
        return cp + 37;
    if (cp == 0x038C)
        return 0x03CC;
    if (cp == 0x038E || cp == 0x038F)
        return cp + 63;
    if (cp == 0x0370 || cp == 0x0372 || cp == 0x0376)
        return cp + 1;
    if (cp == 0x037F)
        return 0x03F3;
    if (cp == 0x03CF)
        return 0x03D7;
    if (cp >= 0x03D8 && cp <= 0x03EF && !(cp & 1))
        return cp + 1;
    if (cp == 0x03F4)
        return 0x03B8;
    if (cp == 0x03F7 || cp == 0x03FA)
        return cp + 1;
    if (cp == 0x03F9)
        return 0x03F2;
    if (cp >= 0x03FD && cp <= 0x03FF)
        return cp - 0x0082;
    return cp;
}

static uint32_t lower_cyrillic(uint32_t cp) {
    if (cp >= 0x0410 && cp <= 0x042F)
        return cp + 32;
    if (cp >= 0x0400 && cp <= 0x040F)
        return cp + 80;
    if (cp == 0x04C0)
        return 0x04CF;
    if (((cp >= 0x0460 && cp <= 0x0481) || (cp >= 0x048A && cp <= 0x04BF) ||
         (cp >= 0x04D0 && cp <= 0x052F)) &&
        !(cp & 1))
        return cp + 1;
    if (cp >= 0x04C1 && cp <= 0x04CE && (cp & 1))
        return cp + 1;
    return cp;
}

static uint32_t lower_greek_ext(uint32_t cp) {
    unsigned lo = cp & 0xF;
    if (cp <= 0x1F6F) {
        if (lo >= 8 && cp != 0x1F1E && cp != 0x1F1F && cp != 0x1F4E && cp != 0x1F4F &&
            !(cp >= 0x1F58 && cp <= 0x1F5F && !(cp & 1)))
            return cp - 8;
        return cp;
    }
    if ((cp >= 0x1F88 && cp <= 0x1F8F) || (cp >= 0x1F98 && cp <= 0x1F9F) ||
        (cp >= 0x1FA8 && cp <= 0x1FAF) || cp == 0x1FB8 || cp == 0x1FB9 || cp == 0x1FD8 ||
        cp == 0x1FD9 || cp == 0x1FE8 || cp == 0x1FE9)
        return cp - 8;
    switch (cp) {
    case 0x1FBA:
        return 0x1F70;
    case 0x1FBB:
        return 0x1F71;
    case 0x1FBC:
        return 0x1FB3;
    case 0x1FC8:
        return 0x1F72;
    case 0x1FC9:
        return 0x1F73;
    case 0x1FCA:
        return 0x1F74;
    case 0x1FCB:
        return 0x1F75;
    case 0x1FCC:
        return 0x1FC3;
    case 0x1FDA:
        return 0x1F76;
    case 0x1FDB:
        return 0x1F77;
    case 0x1FEA:
        return 0x1F7A;
    case 0x1FEB:
        return 0x1F7B;
    case 0x1FEC:
        return 0x1FE5;
    case 0x1FF8:
        return 0x1F78;
    case 0x1FF9:
        return 0x1F79;
    case 0x1FFA:
        return 0x1F7C;
    case 0x1FFB:
        return 0x1F7D;
    case 0x1FFC:
        return 0x1FF3;
    default:
        return cp;
    }
}

uint32_t eg_utf8_lower(uint32_t cp) {
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    if (cp < 0x100)
        return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ? cp + 32 : cp;
    if (cp < 0x0250)
        return lower_latin_ext(cp);
    if (cp >= 0x0370 && cp < 0x0400)
        return lower_greek(cp);
    if (cp >= 0x0400 && cp < 0x0530)
        return lower_cyrillic(cp);
    if (cp >= 0x0531 && cp <= 0x0556)
        return cp + 48;
    if ((cp >= 0x10A0 && cp <= 0x10C5) || cp == 0x10C7 || cp == 0x10CD)
        return cp + 0x1C60; /* Georgian Asomtavruli -> Nuskhuri */
    if (cp >= 0x1C90 && cp <= 0x1CBF && cp != 0x1CBB && cp != 0x1CBC)
        return cp - 0x0BC0; /* Georgian Mtavruli -> Mkhedruli */
    if (cp >= 0x1E00 && cp <= 0x1EFF) {
        if (cp == 0x1E9E)
            return 0x00DF;
        if (cp >= 0x1E96 && cp <= 0x1E9F)
            return cp;
        return (cp & 1) ? cp : cp + 1;
    }
    if (cp >= 0x1F00 && cp <= 0x1FFF)
        return lower_greek_ext(cp);
    if (cp >= 0x2C60 && cp <= 0x2C7F) {
        switch (cp) {
        case 0x2C60:
            return 0x2C61;
        case 0x2C62:
            return 0x026B;
        case 0x2C63:
            return 0x1D7D;
        case 0x2C64:
            return 0x027D;
        case 0x2C67:
        case 0x2C69:
        case 0x2C6B:
        case 0x2C72:
        case 0x2C75:
            return cp + 1;
        case 0x2C6D:
            return 0x0251;
        case 0x2C6E:
            return 0x0271;
        case 0x2C6F:
            return 0x0250;
        case 0x2C70:
            return 0x0252;
        case 0x2C7E:
            return 0x023F;
        case 0x2C7F:
            return 0x0240;
        default:
            return cp;
        }
    }
    if (cp >= 0xA640 && cp <= 0xA69B)
        return (cp & 1 || (cp >= 0xA66E && cp <= 0xA67F)) ? cp : cp + 1;
    if (cp >= 0xA722 && cp <= 0xA7FF) {
        if ((cp <= 0xA72F || (cp >= 0xA732 && cp <= 0xA76F) || (cp >= 0xA77E && cp <= 0xA787) ||
             (cp >= 0xA790 && cp <= 0xA793) || (cp >= 0xA796 && cp <= 0xA7A9)) &&
            !(cp & 1))
            return cp + 1;
        if ((cp == 0xA779 || cp == 0xA77B || cp == 0xA78B))
            return cp + 1;
        if (cp == 0xA77D)
            return 0x1D79;
        return cp;
    }
    if (cp >= 0xFF21 && cp <= 0xFF3A)
        return cp + 32;
    return cp;
}

int eg_utf8_is_upper(uint32_t cp) {
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    return eg_utf8_lower(cp) != cp;
}

int eg_utf8_is_lower(uint32_t cp) {
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    if (cp < 0x100)
        return cp == 0xB5 || (cp >= 0xDF && cp != 0xF7);
    /* Cased scripts: a letter that does not lower-case to something else is lower case. */
    int cased = cp < 0x0530 || (cp >= 0x0560 && cp <= 0x0588) || (cp >= 0x1D00 && cp <= 0x1DBF) ||
                (cp >= 0x1E00 && cp <= 0x1FFF) || (cp >= 0x2C60 && cp <= 0x2C7F) ||
                (cp >= 0xA640 && cp <= 0xA69D) || (cp >= 0xA722 && cp <= 0xA7FF) ||
                (cp >= 0xAB30 && cp <= 0xAB69) || (cp >= 0xFB00 && cp <= 0xFB17) ||
                (cp >= 0xFF41 && cp <= 0xFF5A);
    if (!cased || !eg_utf8_is_letter(cp) || eg_utf8_lower(cp) != cp)
        return 0;
    /* Caseless letters and modifiers inside the cased blocks. */
    if (cp == 0x01BB || (cp >= 0x01C0 && cp <= 0x01C3) || cp == 0x0294 ||
        (cp >= 0x02B0 && cp <= 0x02FF) || (cp >= 0x0559 && cp <= 0x055F) || cp == 0x037A ||
        (cp >= 0x1D2C && cp <= 0x1D6A) || cp == 0x1D78 || (cp >= 0x1D9B && cp <= 0x1DBF))
        return 0;
    return 1;
}
