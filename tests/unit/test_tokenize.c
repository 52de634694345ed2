/* test_tokenize: word, number and punctuation tokens, apostrophes and
 * possessives, dotted abbreviations, accented and non-Latin names, flags,
 * whitespace bookkeeping, invalid bytes, eg_fold, and a random-bytes sweep. */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "doc.h"
#include "tokenize.h"

static eg_token *toks;
static size_t ntoks, captoks;
static const char *cur_text;

static size_t tokenize(const char *text, size_t len) {
    ntoks = 0;
    cur_text = text;
    CHECK_INT(eg_tokenize_text(text, len, &toks, &ntoks, &captoks), 0);
    return ntoks;
}

/* Tokens of s joined by '|', bytes outside printable ASCII as \xNN. */
static const char *split(const char *s) {
    static char out[4096];
    tokenize(s, strlen(s));
    size_t o = 0;
    for (size_t i = 0; i < ntoks && o < sizeof out - 8; i++) {
        if (i)
            out[o++] = '|';
        for (uint32_t j = 0; j < toks[i].len && o < sizeof out - 8; j++) {
            unsigned char c = (unsigned char)s[toks[i].start + j];
            if (c < 0x20 || c == 0x7F)
                o += (size_t)snprintf(out + o, sizeof out - o, "\\x%02X", c);
            else
                out[o++] = (char)c;
        }
    }
    out[o] = '\0';
    return out;
}

/* Flags of token i from the last tokenize(), without the whitespace flags. */
static unsigned fl(size_t i) {
    if (i >= ntoks)
        return 0xFFFFFFFFu;
    return toks[i].flags & ~(unsigned)(EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START);
}

static void test_basic(void) {
    CHECK_STR(split("Hello, world!"), "Hello|,|world|!");
    CHECK_INT(fl(0), EG_TOK_WORD | EG_TOK_CAP);
    CHECK_INT(fl(1), EG_TOK_PUNCT);
    CHECK_INT(fl(2), EG_TOK_WORD);
    CHECK_INT(fl(3), EG_TOK_PUNCT | EG_TOK_SENT_PUNCT);
    CHECK_STR(split(""), "");
    CHECK_STR(split("   \n\t "), "");
    CHECK_STR(split("a"), "a");
    CHECK_STR(split("(see above) [1] {x} @user #tag 50%"),
              "(|see|above|)|[|1|]|{|x|}|@|user|#|tag|50|%");
    CHECK_STR(split("e-mail: foo@example.com"), "e|-|mail|:|foo|@|example|.|com");
}

static void test_apostrophes(void) {
    CHECK_STR(split("O\xE2\x80\x99"
                    "Brien and O'Neill"),
              "O\xE2\x80\x99"
              "Brien|and|O'Neill");
    CHECK_INT(fl(0), EG_TOK_WORD | EG_TOK_CAP);
    CHECK_STR(split("Val\xC3\xA9ry Giscard d'Estaing"), "Val\xC3\xA9ry|Giscard|d'Estaing");
    CHECK_INT(fl(2), EG_TOK_WORD);
    CHECK_STR(split("don't can\xE2\x80\x99t"), "don't|can\xE2\x80\x99t");
    /* possessives, both apostrophes */
    CHECK_STR(split("Russia's army"), "Russia|'s|army");
    CHECK_INT(fl(0), EG_TOK_WORD | EG_TOK_CAP);
    CHECK_INT(fl(1), EG_TOK_WORD | EG_TOK_POSS);
    CHECK_INT(toks[1].flags & EG_TOK_SPACE_BEFORE, 0);
    CHECK_STR(split("Russia\xE2\x80\x99s army"), "Russia|\xE2\x80\x99s|army");
    CHECK_INT(fl(1), EG_TOK_WORD | EG_TOK_POSS);
    CHECK_STR(split("RUSSIA'S ARMY"), "RUSSIA|'S|ARMY");
    CHECK(fl(1) & EG_TOK_POSS);
    CHECK_STR(split("O\xE2\x80\x99"
                    "Brien\xE2\x80\x99s book"),
              "O\xE2\x80\x99"
              "Brien|\xE2\x80\x99s|book");
    CHECK(fl(1) & EG_TOK_POSS);
    CHECK_STR(split("the company's."), "the|company|'s|.");
    CHECK(fl(2) & EG_TOK_POSS);
    CHECK_STR(split("the 1990's"), "the|1990|'s");
    CHECK(fl(2) & EG_TOK_POSS);
    /* a lone apostrophe after s */
    CHECK_STR(split("Jesus\xE2\x80\x99 disciples"), "Jesus|\xE2\x80\x99|disciples");
    CHECK_INT(fl(1), EG_TOK_PUNCT | EG_TOK_POSS);
    CHECK_STR(split("the states' rights"), "the|states|'|rights");
    CHECK_INT(fl(2), EG_TOK_PUNCT | EG_TOK_POSS);
    CHECK_STR(split("the states'"), "the|states|'");
    CHECK_INT(fl(2), EG_TOK_PUNCT | EG_TOK_POSS);
    /* quotes that are not possessives */
    CHECK_STR(split("'Hello,' he said"), "'|Hello|,|'|he|said");
    CHECK_INT(fl(0), EG_TOK_PUNCT | EG_TOK_QUOTE);
    CHECK_INT(fl(3), EG_TOK_PUNCT | EG_TOK_QUOTE);
    CHECK_STR(split("goin' home"), "goin|'|home");
    CHECK_INT(fl(1), EG_TOK_PUNCT | EG_TOK_QUOTE);
    CHECK_STR(split("the 'bus' left"), "the|'|bus|'|left");
    CHECK_INT(fl(3), EG_TOK_PUNCT | EG_TOK_QUOTE);
    CHECK_STR(split("\xE2\x80\x98"
                    "Yes\xE2\x80\x99 said the \xE2\x80\x98"
                    "boss\xE2\x80\x99 to the states\xE2\x80\x99 men"),
              "\xE2\x80\x98|Yes|\xE2\x80\x99|said|the|\xE2\x80\x98|boss|\xE2\x80\x99|to|the|states|"
              "\xE2\x80\x99|men");
    CHECK_INT(fl(7), EG_TOK_PUNCT | EG_TOK_QUOTE);
    CHECK_INT(fl(11), EG_TOK_PUNCT | EG_TOK_POSS);
    CHECK_STR(split("'90s"), "'|90s");
    CHECK_STR(split("the states 's"), "the|states|'|s");
    CHECK_STR(split("\xE2\x80\x9CYes,\xE2\x80\x9D she said"),
              "\xE2\x80\x9C|Yes|,|\xE2\x80\x9D|she|said");
    CHECK_INT(fl(0), EG_TOK_PUNCT | EG_TOK_QUOTE);
    CHECK_INT(fl(3), EG_TOK_PUNCT | EG_TOK_QUOTE);
    CHECK_STR(split("\xC2\xAB"
                    "Non\xC2\xBB"),
              "\xC2\xAB|Non|\xC2\xBB");
    CHECK_INT(fl(2), EG_TOK_PUNCT | EG_TOK_QUOTE);
}

static void test_numbers(void) {
    CHECK_STR(split("3.5 1,000 1,000,000 $2.75"), "3.5|1,000|1,000,000|$|2.75");
    CHECK_INT(fl(0), EG_TOK_NUM);
    CHECK_INT(fl(2), EG_TOK_NUM);
    CHECK_INT(fl(3), EG_TOK_PUNCT);
    CHECK_STR(split("1,00 12,3456 5,"), "1|,|00|12|,|3456|5|,");
    CHECK_STR(split("in 2024. Then"), "in|2024|.|Then");
    CHECK_STR(split("version 1.2.3"), "version|1.2.3");
    CHECK_STR(split("3M 4x4 F-16"), "3M|4x4|F|-|16");
    CHECK_INT(fl(0), EG_TOK_NUM | EG_TOK_WORD | EG_TOK_CAP | EG_TOK_ALLCAPS);
    CHECK_INT(fl(1), EG_TOK_NUM | EG_TOK_WORD);
    CHECK_STR(split("\xD9\xA1\xD9\xA2"), "\xD9\xA1\xD9\xA2"); /* Arabic-Indic digits */
    CHECK_INT(fl(0), EG_TOK_NUM);
}

static void test_ampersand_dashes(void) {
    CHECK_STR(split("AT&T and S&P bought Q&A"), "AT&T|and|S&P|bought|Q&A");
    CHECK_INT(fl(0), EG_TOK_WORD | EG_TOK_CAP | EG_TOK_ALLCAPS);
    CHECK_STR(split("rock&roll AT & T A&b"), "rock|&|roll|AT|&|T|A|&|b");
    CHECK_STR(split("Franco-German"), "Franco|-|German");
    CHECK_INT(fl(1), EG_TOK_PUNCT | EG_TOK_DASH);
    CHECK_INT(toks[1].flags & EG_TOK_SPACE_BEFORE, 0);
    CHECK_STR(split("wait -- no \xE2\x80\x94 yes \xE2\x80\x93 1\xE2\x88\x92"
                    "2"),
              "wait|--|no|\xE2\x80\x94|yes|\xE2\x80\x93|1|\xE2\x88\x92|2");
    CHECK_INT(fl(1), EG_TOK_PUNCT | EG_TOK_DASH);
    CHECK_INT(fl(3), EG_TOK_PUNCT | EG_TOK_DASH);
    CHECK_INT(fl(5), EG_TOK_PUNCT | EG_TOK_DASH);
    CHECK_INT(fl(7), EG_TOK_PUNCT | EG_TOK_DASH);
    CHECK_STR(split("Well... no!! Why?! Hmm\xE2\x80\xA6"),
              "Well|...|no|!!|Why|?|!|Hmm|\xE2\x80\xA6");
    CHECK_INT(fl(1), EG_TOK_PUNCT | EG_TOK_SENT_PUNCT);
    CHECK_INT(fl(3), EG_TOK_PUNCT | EG_TOK_SENT_PUNCT);
    CHECK_INT(fl(8), EG_TOK_PUNCT | EG_TOK_SENT_PUNCT);
    CHECK_STR(split("a\xE2\x80\x94\xE2\x80\x94"
                    "b"),
              "a|\xE2\x80\x94\xE2\x80\x94|b");
}

static void test_dotted(void) {
    CHECK_STR(split("the U.S. and U.K. and the U.N."), "the|U.S.|and|U.K.|and|the|U.N.");
    CHECK_INT(fl(1), EG_TOK_WORD | EG_TOK_CAP | EG_TOK_ALLCAPS | EG_TOK_DOTTED);
    CHECK_INT(fl(6), EG_TOK_WORD | EG_TOK_CAP | EG_TOK_ALLCAPS | EG_TOK_DOTTED);
    CHECK_STR(split("J.R.R. Tolkien, e.g. at 9 a.m."), "J.R.R.|Tolkien|,|e.g.|at|9|a.m.");
    CHECK_STR(split("e.g. this"), "e.g.|this");
    CHECK_INT(fl(0), EG_TOK_WORD | EG_TOK_DOTTED);
    CHECK_STR(split("Mr. Smith and J. Smith"), "Mr|.|Smith|and|J|.|Smith");
    CHECK_INT(fl(3 + 1), EG_TOK_WORD | EG_TOK_CAP | EG_TOK_ALLCAPS);
    CHECK_STR(split("U.S.-led"), "U.S.|-|led");
    CHECK_STR(split("U.S"), "U|.|S");
    CHECK_STR(split("A.I.'s future"), "A.I.|'s|future");
    CHECK_STR(split("Plan B.The end"), "Plan|B|.|The|end");
    CHECK_STR(split("\xC3\x89.U. rules"), "\xC3\x89.U.|rules");
}

static void test_names(void) {
    CHECK_STR(split("Zo\xC3\xAB Lef\xC3\xA8vre"), "Zo\xC3\xAB|Lef\xC3\xA8vre");
    CHECK_INT(fl(0), EG_TOK_WORD | EG_TOK_CAP);
    CHECK_INT(fl(1), EG_TOK_WORD | EG_TOK_CAP);
    CHECK_STR(split("Jos\xC3\xA9 N\xC3\xBA\xC3\xB1"
                    "ez"),
              "Jos\xC3\xA9|N\xC3\xBA\xC3\xB1"
              "ez");
    CHECK_INT(fl(1), EG_TOK_WORD | EG_TOK_CAP);
    CHECK_STR(split("S\xC3\xB8ren \xC3\x85g\xC3\xA5rd"), "S\xC3\xB8ren|\xC3\x85g\xC3\xA5rd");
    CHECK_INT(fl(1), EG_TOK_WORD | EG_TOK_CAP);
    /* Владимир Путин */
    CHECK_STR(split("\xD0\x92\xD0\xBB\xD0\xB0\xD0\xB4\xD0\xB8\xD0\xBC\xD0\xB8\xD1\x80 "
                    "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD"),
              "\xD0\x92\xD0\xBB\xD0\xB0\xD0\xB4\xD0\xB8\xD0\xBC\xD0\xB8\xD1\x80|"
              "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD");
    CHECK_INT(ntoks, 2);
    CHECK_INT(fl(0), EG_TOK_WORD | EG_TOK_CAP);
    CHECK_INT(fl(1), EG_TOK_WORD | EG_TOK_CAP);
    /* НАТО in capitals, Greek Αθήνα */
    split("\xD0\x9D\xD0\x90\xD0\xA2\xD0\x9E \xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1");
    CHECK_INT(ntoks, 2);
    CHECK_INT(fl(0), EG_TOK_WORD | EG_TOK_CAP | EG_TOK_ALLCAPS);
    CHECK_INT(fl(1), EG_TOK_WORD | EG_TOK_CAP);
    /* combining diaeresis stays inside the word */
    CHECK_STR(split("Zoe\xCC\x88 said"), "Zoe\xCC\x88|said");
    /* soft hyphen stays inside the word */
    CHECK_STR(split("Ger\xC2\xADmany"), "Ger\xC2\xADmany");
    /* CJK, Hebrew, Arabic: words, no case */
    CHECK_STR(split("\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x80\x82"),
              "\xE6\x9D\xB1\xE4\xBA\xAC|\xE3\x80\x82");
    CHECK_INT(fl(0), EG_TOK_WORD);
    CHECK_INT(fl(1), EG_TOK_PUNCT | EG_TOK_SENT_PUNCT);
    CHECK_STR(split("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85"),
              "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D|\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85");
    CHECK_INT(fl(0), EG_TOK_WORD);
    CHECK_INT(fl(1), EG_TOK_WORD);
    /* case flags */
    split("I NATO iPhone McDonald x");
    CHECK_INT(fl(0), EG_TOK_WORD | EG_TOK_CAP | EG_TOK_ALLCAPS);
    CHECK_INT(fl(1), EG_TOK_WORD | EG_TOK_CAP | EG_TOK_ALLCAPS);
    CHECK_INT(fl(2), EG_TOK_WORD);
    CHECK_INT(fl(3), EG_TOK_WORD | EG_TOK_CAP);
    CHECK_INT(fl(4), EG_TOK_WORD);
    /* a lone combining mark is a token with neither letter nor digit */
    CHECK_STR(split(" \xCC\x88 "), "\xCC\x88");
    CHECK_INT(fl(0), EG_TOK_PUNCT);
}

static void test_whitespace(void) {
    const char *s = "One two\n\nThree\r\nfour  five\xC2\xA0six\xE2\x80\x8Bseven\n \n\teight";
    CHECK_STR(split(s), "One|two|Three|four|five|six|seven|eight");
    CHECK_INT(toks[0].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START), EG_TOK_LINE_START);
    CHECK_INT(toks[0].nl, 0);
    CHECK_INT(toks[1].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START), EG_TOK_SPACE_BEFORE);
    CHECK_INT(toks[2].nl, 2);
    CHECK_INT(toks[2].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START),
              EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START);
    CHECK_INT(toks[3].nl, 1);
    CHECK(toks[3].flags & EG_TOK_LINE_START);
    CHECK_INT(toks[4].nl, 0);
    CHECK_INT(toks[4].flags & EG_TOK_LINE_START, 0);
    CHECK(toks[5].flags & EG_TOK_SPACE_BEFORE); /* after a no-break space */
    CHECK(toks[6].flags & EG_TOK_SPACE_BEFORE); /* after a zero-width space */
    CHECK_INT(toks[7].nl, 2);
    CHECK_INT(toks[7].start, strlen(s) - 5);
    CHECK_INT(toks[7].len, 5);
    /* lone CR, U+2028, U+2029 and a BOM */
    CHECK_STR(split("\xEF\xBB\xBFOne\rtwo\xE2\x80\xA8three\xE2\x80\xA9"
                    "four"),
              "One|two|three|four");
    CHECK_INT(toks[0].start, 3);
    CHECK_INT(toks[0].nl, 0);
    CHECK(toks[0].flags & EG_TOK_LINE_START);
    CHECK_INT(toks[1].nl, 1);
    CHECK_INT(toks[2].nl, 1);
    CHECK_INT(toks[3].nl, 2);
    CHECK_STR(split("no,space"), "no|,|space");
    CHECK_INT(toks[1].flags & EG_TOK_SPACE_BEFORE, 0);
    CHECK_INT(toks[2].flags & EG_TOK_SPACE_BEFORE, 0);
}

static void test_invalid(void) {
    const char s1[] = "ab\xFF\xFE"
                      "cd";
    tokenize(s1, sizeof s1 - 1);
    CHECK_INT(ntoks, 3);
    CHECK_INT(toks[1].start, 2);
    CHECK_INT(toks[1].len, 2);
    CHECK_INT(fl(1), EG_TOK_PUNCT | EG_TOK_BADUTF8);
    CHECK_INT(fl(0), EG_TOK_WORD);
    CHECK_INT(fl(2), EG_TOK_WORD);
    /* overlong, surrogate, truncated: never part of a word */
    const char s2[] = "x\xC0\xAFy \xED\xA0\x80z Caf\xC3";
    tokenize(s2, sizeof s2 - 1);
    CHECK_INT(ntoks, 7);
    CHECK_INT(fl(1), EG_TOK_PUNCT | EG_TOK_BADUTF8);
    CHECK_INT(toks[1].len, 2);
    CHECK_INT(fl(3), EG_TOK_PUNCT | EG_TOK_BADUTF8);
    CHECK_INT(toks[3].len, 3);
    CHECK_INT(toks[5].len, 3);
    CHECK_INT(fl(6), EG_TOK_PUNCT | EG_TOK_BADUTF8);
    CHECK_INT(toks[6].len, 1);
    /* a real U+FFFD is an ordinary punctuation character */
    CHECK_STR(split("a\xEF\xBF\xBD"
                    "b"),
              "a|\xEF\xBF\xBD|b");
    CHECK_INT(fl(1), EG_TOK_PUNCT);
    /* NUL bytes */
    const char s3[] = "a\0b\0\0 c";
    CHECK_INT(tokenize(s3, sizeof s3 - 1), 5);
    CHECK_INT(toks[1].start, 1);
    CHECK_INT(toks[1].len, 1);
    CHECK_INT(fl(1), EG_TOK_PUNCT);
    CHECK_INT(toks[3].len, 2);
    CHECK_INT(toks[4].start, 6);
}

/* Every byte sequence tokenizes; tokens are ordered, non-empty, in range, and
 * every byte outside a token is whitespace. */
static void test_random(void) {
    static const char alphabet[] = "aZ9 .,'\n\x80\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80\xFF\0-&";
    size_t len = 1 << 20;
    char *buf = malloc(len);
    CHECK(buf != NULL);
    if (!buf)
        return;
    uint32_t x = 12345;
    for (size_t i = 0; i < len; i++) {
        x = x * 1103515245u + 12345u;
        buf[i] = (x >> 24) < 40 ? (char)(x >> 16) : alphabet[(x >> 16) % (sizeof alphabet - 1)];
    }
    tokenize(buf, len);
    size_t bad = 0, pos = 0;
    for (size_t i = 0; i < ntoks; i++) {
        if (toks[i].len == 0 || toks[i].start < pos || toks[i].start + toks[i].len > len)
            bad++;
        for (size_t j = pos; j < toks[i].start; j++) {
            unsigned char c = (unsigned char)buf[j];
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\v' && c != '\f' &&
                c < 0x80)
                bad++;
        }
        pos = toks[i].start + toks[i].len;
    }
    CHECK_INT(bad, 0);
    CHECK(ntoks > len / 10);
    free(buf);
}

static void test_append_and_doc(void) {
    eg_token *v = NULL;
    size_t n = 0, cap = 0;
    CHECK_INT(eg_tokenize_text("a b", 3, &v, &n, &cap), 0);
    CHECK_INT(eg_tokenize_text("c d e", 5, &v, &n, &cap), 0);
    CHECK_INT(n, 5);
    CHECK_INT(v[2].start, 0);
    CHECK(v[2].flags & EG_TOK_LINE_START);
    free(v);

    eg_doc doc;
    eg_doc_init(&doc);
    CHECK_INT(eg_doc_set_text(&doc, "Title here", 10, "Body text.", 10), 0);
    CHECK_INT(eg_tokenize(&doc), 0);
    CHECK_INT(doc.toks.n, 5);
    CHECK_INT(doc.toks.v[2].start, 12);
    CHECK_INT(doc.toks.v[2].nl, 2);
    CHECK_INT(eg_tokenize(&doc), 0); /* replaces, does not append */
    CHECK_INT(doc.toks.n, 5);
    eg_doc_destroy(&doc);
}

static const char *fold(const char *s, unsigned flags) {
    static eg_strbuf sb;
    eg_strbuf_clear(&sb);
    CHECK_INT(eg_fold(s, strlen(s), flags, &sb), 0);
    return sb.data ? sb.data : "";
}

static void test_fold(void) {
    CHECK_STR(fold("", 0), "");
    CHECK_STR(fold("Plain ASCII, unchanged.", 0), "Plain ASCII, unchanged.");
    CHECK_STR(fold("Plain ASCII, Lowered.", EG_FOLD_CASE), "plain ascii, lowered.");
    CHECK_STR(fold("O\xE2\x80\x99"
                   "Brien \xE2\x80\x98x\xE2\x80\x99 \xCA\xBC \xE2\x80\xB2 `",
                   0),
              "O'Brien 'x' ' ' '");
    CHECK_STR(fold("\xE2\x80\x9Cq\xE2\x80\x9D \xE2\x80\x9E \xC2\xAB \xC2\xBB \xE2\x80\xB3", 0),
              "\"q\" \" \" \" \"");
    CHECK_STR(fold("\xE2\x80\x90\xE2\x80\x91\xE2\x80\x92\xE2\x80\x93\xE2\x80\x94\xE2\x80\x95"
                   "\xE2\x88\x92-",
                   0),
              "--------");
    CHECK_STR(fold("wait\xE2\x80\xA6", 0), "wait...");
    CHECK_STR(fold("a\xFF"
                   "b\xC3",
                   0),
              "a\xEF\xBF\xBD"
              "b\xEF\xBF\xBD");
    CHECK_STR(fold("Ger\xC2\xADmany", 0), "Germany");
    /* case folding beyond ASCII */
    CHECK_STR(fold("\xC3\x89LYS\xC3\x89"
                   "E Stra\xC3\x9F"
                   "e \xC4\xB0stanbul",
                   EG_FOLD_CASE),
              "\xC3\xA9lys\xC3\xA9"
              "e stra\xC3\x9F"
              "e istanbul");
    CHECK_STR(
        fold("\xD0\x9F\xD0\xA3\xD0\xA2\xD0\x98\xD0\x9D \xCE\xA3\xCE\x9F\xCE\xA6\xCE\x99\xCE\x91",
             EG_FOLD_CASE),
        "\xD0\xBF\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD \xCF\x83\xCE\xBF\xCF\x86\xCE\xB9\xCE\xB1");
    CHECK_STR(fold("\xC3\x89LYS\xC3\x89"
                   "E",
                   0),
              "\xC3\x89LYS\xC3\x89"
              "E");
    CHECK_STR(fold("RUSSIA\xE2\x80\x99S", EG_FOLD_CASE), "russia's");
    /* appends */
    eg_strbuf sb;
    eg_strbuf_init(&sb);
    CHECK_INT(eg_fold("Ab", 2, EG_FOLD_CASE, &sb), 0);
    CHECK_INT(eg_fold("\xE2\x80\x94"
                      "C",
                      4, EG_FOLD_CASE, &sb),
              0);
    CHECK_STR(sb.data, "ab-c");
    CHECK_INT(sb.len, 4);
    eg_strbuf_destroy(&sb);
    /* into a caller buffer */
    char out[16];
    CHECK_INT(eg_fold_buf("Hello", 5, EG_FOLD_CASE, out, sizeof out), 5);
    CHECK(memcmp(out, "hello", 5) == 0);
    CHECK_INT(eg_fold_buf("Hello", 5, 0, out, 5), 5);
    CHECK_INT(eg_fold_buf("Hello", 5, 0, out, 4), (size_t)-1);
    CHECK_INT(eg_fold_buf("a\xE2\x80\xA6", 4, 0, out, 3), (size_t)-1);
    CHECK_INT(eg_fold_buf("a\xE2\x80\xA6", 4, 0, out, 4), 4);
    CHECK(memcmp(out, "a...", 4) == 0);
    CHECK_INT(eg_fold_buf("\xFF", 1, 0, out, 2), (size_t)-1);
    CHECK_INT(eg_fold_buf("", 0, 0, out, 0), 0);
    /* the buffer full after an ASCII run: a dropped soft hyphen still fits */
    CHECK_INT(eg_fold_buf("ab\xC2\xAD", 4, 0, out, 2), 2);
    CHECK_INT(eg_fold_buf("ab\xC2\xAD"
                          "c",
                          5, 0, out, 2),
              (size_t)-1);
    CHECK_INT(eg_fold_buf("ab\xC2\xAD"
                          "c",
                          5, 0, out, 3),
              3);
    CHECK(memcmp(out, "abc", 3) == 0);
    CHECK_INT(eg_fold_buf("\xC3\x89"
                          "A",
                          3, EG_FOLD_CASE, out, 3),
              3);
    CHECK(memcmp(out,
                 "\xC3\xA9"
                 "a",
                 3) == 0);
    CHECK_INT(eg_fold_buf("\xC3\x89"
                          "A",
                          3, EG_FOLD_CASE, out, 2),
              (size_t)-1);
    /* long ASCII runs appended to a buffer that must grow */
    char big[1000];
    memset(big, 'A', sizeof big);
    eg_strbuf_init(&sb);
    CHECK_INT(eg_fold("x", 1, 0, &sb), 0);
    CHECK_INT(eg_fold(big, sizeof big, EG_FOLD_CASE, &sb), 0);
    CHECK_INT(sb.len, 1001);
    CHECK_INT(sb.data[1000], 'a');
    CHECK_INT(sb.data[1001], '\0');
    eg_strbuf_destroy(&sb);
}

/* The ASCII bytes folded eight at a time as one at a time: every byte at
 * every place of runs up to 19 long, with a capital, '`', '@' and '[' (the
 * neighbours of the capitals) and a non-ASCII letter around them, both
 * flags, and buffers that end inside a word of eight. */
static char fold_ref(unsigned char ch, unsigned flags) {
    if (ch == '`')
        return '\'';
    if ((flags & EG_FOLD_CASE) && ch >= 'A' && ch <= 'Z')
        return (char)(ch + ('a' - 'A'));
    return (char)ch;
}

static void test_fold_words(void) {
    static const char fill[] = "Za`@[zM0 -q";
    char in[24], want[24], out[24];
    for (unsigned flags = 0; flags <= EG_FOLD_CASE; flags++)
        for (unsigned ch = 1; ch < 0x80; ch++)
            for (size_t n = 1; n < 20; n++)
                for (size_t at = 0; at < n; at++) {
                    for (size_t i = 0; i < n; i++)
                        in[i] = i == at ? (char)ch : fill[(i * 7 + ch) % (sizeof fill - 1)];
                    for (size_t i = 0; i < n; i++)
                        want[i] = fold_ref((unsigned char)in[i], flags);
                    CHECK_INT(eg_fold_buf(in, n, flags, out, sizeof out), n);
                    CHECK(memcmp(out, want, n) == 0);
                    CHECK_INT(eg_fold_buf(in, n, flags, out, n - 1), (size_t)-1);
                }
    /* a non-ASCII letter inside a run of eight */
    CHECK_STR(fold("ABCDEFG\xC3\x89HIJKLMNOP", EG_FOLD_CASE), "abcdefg\xC3\xA9hijklmnop");
    CHECK_STR(fold("ABC`EFGHIJKLMNOP", EG_FOLD_CASE), "abc'efghijklmnop");
    CHECK_STR(fold("ABC`EFGHIJKLMNOP", 0), "ABC'EFGHIJKLMNOP");
    /* eg_fold_ascii stops at the first byte of 0x80 or more wherever it
     * lies, also inside the overlapping last window of 4 or 8 bytes */
    for (int lower = 0; lower <= 1; lower++)
        for (size_t n = 1; n < 20; n++)
            for (size_t at = 0; at <= n; at++) {
                for (size_t i = 0; i < n; i++)
                    in[i] = i == at ? (char)0xC3 : fill[(i * 5 + n) % (sizeof fill - 1)];
                memset(out, '#', sizeof out);
                CHECK_INT(eg_fold_ascii(in, n, lower, out), at < n ? at : n);
                for (size_t i = 0; i < (at < n ? at : n); i++)
                    CHECK_INT(out[i], fold_ref((unsigned char)in[i], lower ? EG_FOLD_CASE : 0));
            }
}

int main(void) {
    test_basic();
    test_apostrophes();
    test_numbers();
    test_ampersand_dashes();
    test_dotted();
    test_names();
    test_whitespace();
    test_invalid();
    test_random();
    test_append_and_doc();
    test_fold();
    test_fold_words();
    free(toks);
    return check_finish();
}
