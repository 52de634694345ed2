/* test_segment: sentence and paragraph boundaries: abbreviations, initials,
 * dotted forms, quotes after final punctuation, hard-wrapped lines, headline
 * and byline lines, titles, all-caps flags and the sentence length cap. */
#include <stdlib.h>
#include <time.h>

#include "check.h"
#include "doc.h"
#include "segment.h"
#include "tokenize.h"

static eg_doc doc;

static void run(const char *title, const char *body) {
    eg_doc_reset(&doc);
    CHECK_INT(eg_doc_set_text(&doc, title, title ? strlen(title) : 0, body, strlen(body)), 0);
    CHECK_INT(eg_tokenize(&doc), 0);
    CHECK_INT(eg_segment(&doc), 0);
}

/* Sentences of the last run as their text spans joined by " || ". */
static const char *sents(void) {
    static char out[8192];
    size_t o = 0;
    out[0] = '\0';
    for (size_t s = 0; s < doc.sents.n && o < sizeof out - 8; s++) {
        const eg_sentence *st = &doc.sents.v[s];
        const eg_token *b = &doc.toks.v[st->tok_begin], *e = &doc.toks.v[st->tok_end - 1];
        size_t len = e->start + e->len - b->start;
        if (len > sizeof out - o - 8)
            len = sizeof out - o - 8;
        if (s) {
            memcpy(out + o, " || ", 4);
            o += 4;
        }
        memcpy(out + o, doc.text + b->start, len);
        o += len;
        out[o] = '\0';
    }
    for (char *p = out; *p; p++)
        if (*p == '\n')
            *p = '/';
    return out;
}

/* Sentences cover the tokens in order, never empty, never spanning paragraphs. */
static void check_invariants(void) {
    size_t next = 0;
    uint32_t para = 0;
    int ok = 1;
    for (size_t s = 0; s < doc.sents.n; s++) {
        const eg_sentence *st = &doc.sents.v[s];
        if (st->tok_begin != next || st->tok_end <= st->tok_begin ||
            st->tok_end - st->tok_begin > EG_SEGMENT_MAX_TOKENS || st->paragraph < para)
            ok = 0;
        for (size_t i = st->tok_begin + 1; i < st->tok_end; i++)
            if (doc.toks.v[i].nl >= 2)
                ok = 0;
        if (s > 0 && doc.toks.v[st->tok_begin].nl >= 2 && st->paragraph != para + 1)
            ok = 0;
        para = st->paragraph;
        next = st->tok_end;
    }
    if (next != doc.toks.n)
        ok = 0;
    if (doc.sents.n && doc.nparas != para + 1)
        ok = 0;
    CHECK(ok);
}

#define SEG(title, body, expect)                                                                   \
    do {                                                                                           \
        run(title, body);                                                                          \
        CHECK_STR(sents(), expect);                                                                \
        check_invariants();                                                                        \
    } while (0)

static void test_basic(void) {
    SEG(NULL, "", "");
    CHECK_INT(doc.nparas, 0);
    SEG(NULL, "He left. She stayed.", "He left. || She stayed.");
    SEG(NULL, "He left!  She stayed?  Yes", "He left! || She stayed? || Yes");
    SEG(NULL, "No final punctuation", "No final punctuation");
    SEG(NULL, "It cost 5. Then it rose.", "It cost 5. || Then it rose.");
    SEG(NULL, "Prices rose 4.5 percent. 2024 was worse.",
        "Prices rose 4.5 percent. || 2024 was worse.");
    SEG(NULL, "\"Why?\" he asked. \"Because!\" she said.",
        "\"Why?\" he asked. || \"Because!\" she said.");
    SEG(NULL, "Well... Maybe not\xE2\x80\xA6 Then again.",
        "Well... || Maybe not\xE2\x80\xA6 || Then again.");
    SEG(NULL, "He waited... and waited.", "He waited... and waited.");
    SEG(NULL, "(He left.) Then she came.", "(He left.) || Then she came.");
    SEG(NULL, "The end. \xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD spoke.",
        "The end. || \xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD spoke.");
    SEG(NULL, "The end. \xE6\x9D\xB1\xE4\xBA\xAC.", "The end. || \xE6\x9D\xB1\xE4\xBA\xAC.");
    SEG(NULL, "Done. lower case follows.", "Done. lower case follows.");
}

static void test_abbreviations(void) {
    SEG(NULL, "Mr. Smith met Dr. Jones on Jan. 5. Gen. Milley agreed.",
        "Mr. Smith met Dr. Jones on Jan. 5. || Gen. Milley agreed.");
    SEG(NULL, "Mrs. Ms. Prof. Sen. Rep. Gov. Col. Lt. Sgt. Capt. Adm. Maj. Rev. Hon. Jr. Sr. X",
        "Mrs. Ms. Prof. Sen. Rep. Gov. Col. Lt. Sgt. Capt. Adm. Maj. Rev. Hon. Jr. Sr. X");
    SEG(NULL, "Acme Corp. Said nothing. Apple Inc. Did too.",
        "Acme Corp. Said nothing. || Apple Inc. Did too.");
    SEG(NULL, "He wore No. 5 in St. Louis. It worked.",
        "He wore No. 5 in St. Louis. || It worked.");
    SEG(NULL, "Apples, pears, etc. Are sold. Fine.", "Apples, pears, etc. Are sold. || Fine.");
    /* place and rank abbreviations (round 15: "Mt. Apo Aggregates" was cut after "Mt.") */
    SEG(NULL, "Mt. Apo Aggregates quarries near Sta. Cruz. Supt. Reyes said so. It ended.",
        "Mt. Apo Aggregates quarries near Sta. Cruz. || Supt. Reyes said so. || It ended.");
    /* capitalised dateline abbreviations (session 18: "ST. JOHN’S" was cut after "ST.") */
    SEG(NULL, "ST. JOHN’S, Antigua — Police said so. MT. HAGEN is calm. It ended.",
        "ST. JOHN’S, Antigua — Police said so. || MT. HAGEN is calm. || It ended.");
    /* month abbreviations and numbered references before a number (round 6 class) */
    SEG(NULL, "He was detained on Aug. 28 by police. He left on Sept. 28 after a hearing.",
        "He was detained on Aug. 28 by police. || He left on Sept. 28 after a hearing.");
    SEG(NULL, "It began on Oct. 1 and Nov. 2, Dec. 3, Feb. 4. Then it ended.",
        "It began on Oct. 1 and Nov. 2, Dec. 3, Feb. 4. || Then it ended.");
    SEG(NULL, "Under Art. 12 and para. 3 of the code, Sec. 4 applies. Fine.",
        "Under Art. 12 and para. 3 of the code, Sec. 4 applies. || Fine.");
    /* near misses: the same words before a capital, or at the end of a word, still end one */
    SEG(NULL, "He studied modern art. 12 people came.",
        "He studied modern art. || 12 people came.");
    SEG(NULL, "It was a work of Art. The museum agreed.",
        "It was a work of Art. || The museum agreed.");
    /* case-sensitive: "MR." and "mr." are not in the list */
    SEG(NULL, "Ask the DR. He knows.", "Ask the DR. || He knows.");
    SEG(NULL, "J. R. R. Tolkien wrote it. He died in 1973.",
        "J. R. R. Tolkien wrote it. || He died in 1973.");
    SEG(NULL, "Author J. R. Ellison spoke. Then left.",
        "Author J. R. Ellison spoke. || Then left.");
}

static void test_dotted(void) {
    SEG(NULL, "The U.S. Army said so. Officials agreed.",
        "The U.S. Army said so. || Officials agreed.");
    SEG(NULL, "He flew to the U.S. The trip was long.",
        "He flew to the U.S. || The trip was long.");
    SEG(NULL, "He lives in the U.S. He likes it.", "He lives in the U.S. || He likes it.");
    SEG(NULL, "Talks with the U.K. Foreign Office failed.",
        "Talks with the U.K. Foreign Office failed.");
    SEG(NULL, "It opened at 9 a.m. Officials said it was late.",
        "It opened at 9 a.m. || Officials said it was late.");
    SEG(NULL, "It opened at 9 a.m. on Monday.", "It opened at 9 a.m. on Monday.");
    SEG(NULL, "He left the U.S.\n\nNew paragraph here.", "He left the U.S. || New paragraph here.");
    CHECK_INT(doc.nparas, 2);
    SEG(NULL, "He said it was \xE2\x80\x9Cthe U.S.\xE2\x80\x9D The crowd cheered.",
        "He said it was \xE2\x80\x9Cthe U.S.\xE2\x80\x9D || The crowd cheered.");
}

static void test_quotes(void) {
    SEG(NULL,
        "\xE2\x80\x9CWe will win,\xE2\x80\x9D he said. \xE2\x80\x9CNext year we go.\xE2\x80\x9D",
        "\xE2\x80\x9CWe will win,\xE2\x80\x9D he said. || \xE2\x80\x9CNext year we "
        "go.\xE2\x80\x9D");
    SEG(NULL, "He said: \xE2\x80\x9CIt is over.\xE2\x80\x9D The crowd left.",
        "He said: \xE2\x80\x9CIt is over.\xE2\x80\x9D || The crowd left.");
    SEG(NULL, "He said \"no.\" Then he left.", "He said \"no.\" || Then he left.");
    SEG(NULL, "He said \"no.\" \"Why?\" she asked.", "He said \"no.\" || \"Why?\" she asked.");
    SEG(NULL, "He said. \"Next time.\"", "He said. || \"Next time.\"");
    SEG(NULL, "It was \xE2\x80\x98over.\xE2\x80\x99 Then came more.",
        "It was \xE2\x80\x98over.\xE2\x80\x99 || Then came more.");
    SEG(NULL,
        "\xC2\xAB"
        "C'est fini.\xC2\xBB Il part.",
        "\xC2\xAB"
        "C'est fini.\xC2\xBB || Il part.");
    SEG(NULL, "He said. (Then left.) Done.", "He said. || (Then left.) || Done.");
}

static void test_paragraphs_and_wrapping(void) {
    SEG(NULL, "First para one. Still first\n\nSecond para\n\n\n  Third para.",
        "First para one. || Still first || Second para || Third para.");
    CHECK_INT(doc.nparas, 3);
    CHECK_INT(doc.sents.v[0].paragraph, 0);
    CHECK_INT(doc.sents.v[1].paragraph, 0);
    CHECK_INT(doc.sents.v[2].paragraph, 1);
    CHECK_INT(doc.sents.v[3].paragraph, 2);

    /* hard-wrapped at 72 columns, including a line starting with a capital mid-sentence */
    const char *wrapped =
        "The foreign ministers of France and Germany met in Geneva on Tuesday to\n"
        "discuss the ceasefire proposal, which was drafted by officials from the\n"
        "United Nations and circulated to members last week. The talks lasted for\n"
        "more than six hours, according to a statement released by the French\n"
        "Foreign Ministry late in the evening.\n"
        "\n"
        "A second round is planned for March. Diplomats said the mood was tense\n"
        "but constructive.\n";
    run(NULL, wrapped);
    check_invariants();
    CHECK_INT(doc.sents.n, 4);
    CHECK_INT(doc.nparas, 2);
    CHECK_INT(doc.sents.v[0].tok_end - doc.sents.v[0].tok_begin, 34);
    CHECK_STR(sents(),
              "The foreign ministers of France and Germany met in Geneva on Tuesday to/discuss the "
              "ceasefire proposal, which was drafted by officials from the/United Nations and "
              "circulated to members last week. || The talks lasted for/more than six hours, "
              "according to a statement released by the French/Foreign Ministry late in the "
              "evening. || A second round is planned for March. || Diplomats said the mood was "
              "tense/but constructive.");
    for (size_t s = 0; s < doc.sents.n; s++)
        CHECK_INT(doc.sents.v[s].flags, 0);

    /* a short wrapped line that is not a heading does not end the sentence */
    SEG(NULL, "The minister said the\nGovernment would act.",
        "The minister said the/Government would act.");
    SEG(NULL, "Talks with Russia and\nChina went on.", "Talks with Russia and/China went on.");
}

static void test_headings(void) {
    /* a line ending inside an open bracket is wrapped prose, not a heading */
    SEG(NULL,
        "It said so.\n\nThe Bavarian State Criminal Police Office (Bayerisches\n"
        "Landeskriminalamt) arrested him.",
        "It said so. || The Bavarian State Criminal Police Office (Bayerisches/"
        "Landeskriminalamt) arrested him.");
    SEG(NULL, "It said so.\n\nThe Bavarian State Office (BSO)\nArrests Were Made",
        "It said so. || The Bavarian State Office (BSO) || Arrests Were Made");
    SEG(NULL, "BREAKING NEWS IN GENEVA\nThe talks collapsed on Monday.",
        "BREAKING NEWS IN GENEVA || The talks collapsed on Monday.");
    CHECK_INT(doc.sents.v[0].flags, EG_SENT_ALLCAPS);
    CHECK_INT(doc.sents.v[1].flags, 0);
    CHECK_INT(doc.nparas, 1);
    SEG(NULL, "By Jane Doe and John Smith\nGENEVA (Reuters) - The talks collapsed.",
        "By Jane Doe and John Smith || GENEVA (Reuters) - The talks collapsed.");
    SEG(NULL, "Talks Collapse in Geneva\nThe talks collapsed on Monday.",
        "Talks Collapse in Geneva || The talks collapsed on Monday.");
    SEG(NULL, "Monday, March 3, 2026\nThe talks collapsed.",
        "Monday, March 3, 2026 || The talks collapsed.");
    /* not a heading: too long, or followed by a lower-case line */
    SEG(NULL,
        "Talks Collapse In Geneva After Ministers Fail To Agree On Any Of The Terms\nThe "
        "talks collapsed.",
        "Talks Collapse In Geneva After Ministers Fail To Agree On Any Of The Terms/The talks "
        "collapsed.");
    SEG(NULL, "BREAKING NEWS\nthe talks collapsed.", "BREAKING NEWS/the talks collapsed.");
    /* a heading is a whole line: after a sentence that ended inside the
     * line, a title-case rest of the line starts a wrapped name */
    SEG(NULL,
        "It said so.\n\nLocally, the plan faces resistance. The Association Tétouan\n"
        "Environnement sued the port.",
        "It said so. || Locally, the plan faces resistance. || The Association Tétouan/"
        "Environnement sued the port.");
    SEG(NULL, "It said so.\n\nThe Association Tétouan\nEnvironnement sued the port.",
        "It said so. || The Association Tétouan || Environnement sued the port.");
    /* a heading line only counts when it starts a sentence */
    SEG(NULL, "He met the\nPrime Minister\nYesterday in Rome.",
        "He met the/Prime Minister/Yesterday in Rome.");
    /* all-caps flag */
    SEG(NULL, "THE PRESIDENT SPOKE TODAY. NATO met. I went.",
        "THE PRESIDENT SPOKE TODAY. || NATO met. || I went.");
    CHECK_INT(doc.sents.v[0].flags, EG_SENT_ALLCAPS);
    CHECK_INT(doc.sents.v[1].flags, 0);
    CHECK_INT(doc.sents.v[2].flags, 0);
    SEG(NULL, "US AND EU AGREE ON trade.", "US AND EU AGREE ON trade.");
    CHECK_INT(doc.sents.v[0].flags, EG_SENT_ALLCAPS);
}

static void test_title(void) {
    SEG("Leaders Meet in Geneva", "The leaders met. They talked.",
        "Leaders Meet in Geneva || The leaders met. || They talked.");
    CHECK_INT(doc.sents.v[0].flags, EG_SENT_TITLE);
    CHECK_INT(doc.sents.v[0].paragraph, 0);
    CHECK_INT(doc.sents.v[1].paragraph, 1);
    CHECK_INT(doc.sents.v[1].flags, 0);
    CHECK_INT(doc.nparas, 2);
    /* the title is one sentence even with final punctuation inside */
    SEG("Dr. Who Returns. Again!", "Body.", "Dr. Who Returns. Again! || Body.");
    CHECK_INT(doc.sents.v[0].flags, EG_SENT_TITLE);
    SEG("PUTIN MEETS XI", "Body text here.", "PUTIN MEETS XI || Body text here.");
    CHECK_INT(doc.sents.v[0].flags, EG_SENT_TITLE | EG_SENT_ALLCAPS);
    SEG("Only a title", "", "Only a title");
    CHECK_INT(doc.nparas, 1);
    SEG("   ", "Body.", "Body.");
    CHECK_INT(doc.sents.v[0].paragraph, 0);
}

static void test_pathological(void) {
    size_t len = 1 << 20;
    char *big = malloc(len + 1);
    CHECK(big != NULL);
    if (!big)
        return;
    for (size_t i = 0; i < len; i++)
        big[i] = (i % 6 == 5) ? ' ' : "abcde"[i % 6];
    big[len] = '\0';
    clock_t t0 = clock();
    run(NULL, big);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    check_invariants();
    size_t ntok = (len + 5) / 6;
    CHECK_INT(doc.toks.n, ntok);
    CHECK_INT(doc.sents.n, (ntok + EG_SEGMENT_MAX_TOKENS - 1) / EG_SEGMENT_MAX_TOKENS);
    CHECK_INT(doc.sents.v[0].tok_end, EG_SEGMENT_MAX_TOKENS);
    CHECK(secs < 2.0);

    /* one line of dots and capitals, and of abbreviations */
    for (size_t i = 0; i < len; i++)
        big[i] = ". A"[i % 3];
    t0 = clock();
    run(NULL, big);
    secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    check_invariants();
    CHECK(secs < 2.0);
    for (size_t i = 0; i < len; i++)
        big[i] = "Mr. "[i % 4];
    run(NULL, big);
    check_invariants();
    CHECK_INT(doc.sents.n, (doc.toks.n + EG_SEGMENT_MAX_TOKENS - 1) / EG_SEGMENT_MAX_TOKENS);
    free(big);
}

/* The token index of the first token at byte offset `at` of the body. */
static uint32_t tok_at(size_t at) {
    for (uint32_t i = 0; i < doc.toks.n; i++)
        if (doc.toks.v[i].start == doc.body_offset + at)
            return i;
    return UINT32_MAX;
}

/* A word in brackets after a dateline line ("PORT MORESBY (AFP) -") and
 * the brackets that are not ("the Armed Forces of the Philippines (AFP)", a
 * line opening with a title-case name, a bracket far into the line). */
static void test_dateline_bracket(void) {
    static const struct {
        const char *body;
        size_t at;
        int want;
    } cases[] = {
        {"PORT MORESBY (AFP) - The first officers arrived.", 14, 1},
        {"CANBERRA, March 17 (AFP) \xE2\x80\x94 Police arrested a man.", 20, 1},
        {"Officers left.\nISLAMABAD, Feb 2 (APP): The minister said.", 33, 1},
        {"MANILA (AFP) \xE2\x80\x94 The Armed Forces of the Philippines (AFP) said.", 54, 0},
        {"Australian Federal Police (AFP) officers arrested two men.", 27, 0},
        {"LAGOS (Reuters) - The EFCC (Economic and Financial Crimes Commission) said.", 28, 0},
        {"PORT MORESBY AFP - The officers arrived.", 13, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        run(NULL, cases[i].body);
        uint32_t b = tok_at(cases[i].at);
        CHECK(b != UINT32_MAX);
        if (b == UINT32_MAX)
            continue;
        CHECK_INT(eg_segment_dateline_bracket(&doc, b, b + 1), cases[i].want);
    }
}

int main(void) {
    eg_doc_init(&doc);
    test_basic();
    test_abbreviations();
    test_dotted();
    test_quotes();
    test_paragraphs_and_wrapping();
    test_headings();
    test_title();
    test_pathological();
    test_dateline_bracket();
    eg_doc_destroy(&doc);
    return check_finish();
}
