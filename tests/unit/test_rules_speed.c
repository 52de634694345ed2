/* test_rules_speed: the look-ups the tag stage's speed-ups replaced give the
 * answers of the code before them: needs= literals found once per article
 * (behind a two-byte filter), the hashed word lists (eg_rx_lower_word_in,
 * eg_rx_in_list with their first-byte filter and address cache,
 * eg_rx_word_class and the memoised eg_rx_tok_class), the memoised
 * eg_rx_listed_word, the gazetteer look-up on stack buffers, the tokenizer's
 * run of small letters and the Slavic heads looked up whatever the case of
 * their first letter. */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rules_fixture.h"
#include "rules_ctx.h"

/* A ctx over the article fx_body last ran (its memos sized for its tokens). */
static ctx fx_ctx(void) {
    ctx c = {fx_rules,   fx_scratch, fx_gaz, &fx_doc, fx_doc.toks.v, (uint32_t)fx_doc.toks.n,
             fx_doc.text};
    return c;
}

/* eg_rx_lower_word_in as it was: a binary search behind a first-byte test. */
static int old_lower_in(const ctx *c, uint32_t j, const char *const *list, size_t n) {
    char buf[16];
    if (!(c->tv[j].flags & EG_TOK_WORD) || (c->tv[j].flags & EG_TOK_CAP) ||
        !eg_rx_ascii_lower(ttext(c, j), c->tv[j].len, buf, sizeof buf))
        return 0;
    return n && (unsigned char)buf[0] >= (unsigned char)list[0][0] &&
           (unsigned char)buf[0] <= (unsigned char)list[n - 1][0] && eg_rx_in_sorted(list, n, buf);
}

static const char *const sorted_words[] = {"alpha", "beta", "beta-ray", "delta", "gamma", "omega"};
/* not in strcmp order: the old look-up misses "alpha" (and finds "omega") */
static const char *const unsorted_words[] = {"delta", "alpha", "gamma", "beta", "omega"};

static void test_lower_word_in(void) {
    /* twice: the second time the lists are already indexed */
    for (int round = 0; round < 2; round++) {
        fx_body("The alpha and beta-ray of Delta met gamma, omega, GAMMA, Alpha and zeta.");
        ctx c = fx_ctx();
        int hits = 0;
        for (uint32_t j = 0; j < c.ntok; j++) {
            CHECK_INT(eg_rx_lower_word_in(&c, j, sorted_words, 6),
                      old_lower_in(&c, j, sorted_words, 6));
            /* the same list cut short is another list */
            CHECK_INT(eg_rx_lower_word_in(&c, j, sorted_words, 3),
                      old_lower_in(&c, j, sorted_words, 3));
            CHECK_INT(eg_rx_lower_word_in(&c, j, unsorted_words, 5),
                      old_lower_in(&c, j, unsorted_words, 5));
            hits += eg_rx_lower_word_in(&c, j, sorted_words, 6);
        }
        CHECK_INT(hits, 4); /* alpha, gamma, omega; "beta-ray" is three tokens */
        /* a small word of the list, and near misses: capitalised, not listed */
        for (uint32_t j = 0; j < c.ntok; j++) {
            if (tok_is(&c, j, "alpha") || tok_is(&c, j, "gamma") || tok_is(&c, j, "omega") ||
                tok_is(&c, j, "beta"))
                CHECK(eg_rx_lower_word_in(&c, j, sorted_words, 6));
            if (tok_is(&c, j, "Alpha") || tok_is(&c, j, "GAMMA") || tok_is(&c, j, "Delta") ||
                tok_is(&c, j, "zeta"))
                CHECK(!eg_rx_lower_word_in(&c, j, sorted_words, 6));
            if (tok_is(&c, j, "alpha"))
                CHECK(!eg_rx_lower_word_in(&c, j, unsorted_words, 5));
            if (tok_is(&c, j, "omega"))
                CHECK(eg_rx_lower_word_in(&c, j, unsorted_words, 5));
        }
    }
}

static void test_in_list(void) {
    fx_body("alpha beta");
    ctx cc = fx_ctx();
    const ctx *c = &cc;
    static const char *const keys[] = {"alpha", "beta",  "beta-ray", "delta", "gamma",
                                       "omega", "alph",  "alphas",   "",      "zeta",
                                       "a",     "Alpha", "betb",     "beta-", "omegaomegaomega1"};
    for (int round = 0; round < 2; round++)
        for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
            const char *k = keys[i];
            size_t len = strlen(k);
            CHECK_INT(IN_LIST(sorted_words, k), IN_SORTED(sorted_words, k));
            CHECK_INT(IN_LIST(unsorted_words, k), IN_SORTED(unsorted_words, k));
            CHECK_INT(WORD_IN_LIST(sorted_words, k, len), IS_WORD_IN(sorted_words, k, len));
            CHECK_INT(WORD_IN_LIST(unsorted_words, k, len), IS_WORD_IN(unsorted_words, k, len));
            /* a span inside a longer text */
            char text[64];
            snprintf(text, sizeof text, "%sXYZ", k);
            CHECK_INT(WORD_IN_LIST(sorted_words, text, len), IS_WORD_IN(sorted_words, text, len));
        }
    CHECK(IN_LIST(sorted_words, "beta-ray"));
    CHECK(!IN_LIST(sorted_words, "beta-"));
    CHECK(WORD_IN_LIST(sorted_words, "gammas", 5));
    CHECK(!WORD_IN_LIST(sorted_words, "gammas", 6));
    /* a NUL ends the key, as with the C strings of IN_SORTED */
    CHECK(eg_rx_in_list(c, sorted_words, 6, "beta\0xx", 7));
    CHECK_INT(eg_rx_in_list(c, unsorted_words, 5, "alpha\0x", 7),
              IN_SORTED(unsorted_words, "alpha"));
    /* a key that is empty as a C string: only a list holding "" has it */
    static const char *const with_empty[] = {"", "beta", "zeta"};
    CHECK(eg_rx_in_list(c, with_empty, 3, "\0beta", 5));
    CHECK(!eg_rx_in_list(c, sorted_words, 6, "\0beta", 5));
    CHECK_INT(eg_rx_in_list(c, with_empty, 3, "", 0), IN_SORTED(with_empty, ""));
    /* no word of the list starts with the key's first byte; the last byte
     * of a word; first bytes above 0x7F */
    static const char *const accented[] = {"beta", "\xC3\xBArad", "\xC5\xBEupa"};
    CHECK(eg_rx_in_list(c, accented, 3, "\xC3\xBArad", 5));
    CHECK(!eg_rx_in_list(c, accented, 3, "\xC3\xBAradu", 6));
    CHECK(!eg_rx_in_list(c, accented, 3, "\xC3\x9Arad", 5));
    CHECK(!eg_rx_in_list(c, accented, 3, "aeta", 4));
    CHECK(!eg_rx_in_list(c, accented, 3, "a", 1));
}

/* 300 one-word lists at distinct addresses: more than the first index
 * table holds, so that it grows (and the address cache is cleared) while
 * earlier lists are cached; every answer stays the binary search's. */
static void test_many_lists(void) {
    static const char *lists[300][2];
    static char words[300][2][8];
    for (int i = 0; i < 300; i++) {
        snprintf(words[i][0], sizeof words[i][0], "a%03d", i);
        snprintf(words[i][1], sizeof words[i][1], "b%03d", i);
        lists[i][0] = words[i][0];
        lists[i][1] = words[i][1];
    }
    fx_body("a007 b299 c001");
    ctx cc = fx_ctx();
    const ctx *c = &cc;
    for (int round = 0; round < 3; round++)
        for (int i = 0; i < 300; i++) {
            char key[8];
            snprintf(key, sizeof key, "a%03d", (i * 7 + round) % 300);
            CHECK_INT(eg_rx_in_list(c, lists[i], 2, key, 4), eg_rx_in_sorted(lists[i], 2, key));
            CHECK(eg_rx_in_list(c, lists[i], 2, words[i][1], 4));
            CHECK(!eg_rx_in_list(c, lists[i], 1, words[i][1], 4)); /* the list cut short */
        }
}

static void test_word_class(void) {
    CHECK_INT(eg_rx_word_class("The", 3), W_FUNC);
    CHECK_INT(eg_rx_word_class("tHE", 3), W_FUNC);
    CHECK_INT(eg_rx_word_class("MONDAY", 6), W_DAY);
    CHECK_INT(eg_rx_word_class("May", 3), W_MONTH);
    CHECK_INT(eg_rx_word_class("Thence", 3), W_FUNC); /* only the first len bytes */
    CHECK_INT(eg_rx_word_class("Thence", 6), 0);
    CHECK_INT(eg_rx_word_class("", 0), 0);
    CHECK_INT(eg_rx_word_class("nevertheless", 12), W_FUNC);
    CHECK_INT(eg_rx_word_class("neverthelessness", 16), 0); /* too long */
    CHECK_INT(eg_rx_word_class("th-e", 4), 0);
    CHECK_INT(eg_rx_word_class("Th\xC3\xA9", 4), 0);
    CHECK_INT(eg_rx_word_class("yesterday", 9), W_FUNC);
    CHECK(eg_rules_function_word("However", 7));
    CHECK(!eg_rules_function_word("March", 5));
    CHECK(eg_rules_stopword("March", 5));
    fx_body("On Monday the MARCH of Ministers went ahead in May, says tHe paper.");
    ctx c = fx_ctx();
    for (int round = 0; round < 2; round++)
        for (uint32_t j = 0; j < c.ntok; j++)
            CHECK_INT(eg_rx_tok_class(&c, j), eg_rx_word_class(ttext(&c, j), c.tv[j].len));
}

static void test_listed_word(void) {
    fx_body("Kenya and Kenyan and kenya and London met Canada.");
    ctx c = fx_ctx();
    for (int round = 0; round < 2; round++)
        for (uint32_t j = 0; j < c.ntok; j++) {
            char buf[64];
            snprintf(buf, sizeof buf, "%.*s", (int)c.tv[j].len, ttext(&c, j));
            long g = eg_gazetteer_find(fx_gaz, buf);
            CHECK_INT(eg_rx_listed_word(&c, j, NULL), g);
            long want =
                g >= 0 && strcmp(eg_gazetteer_type(fx_gaz, (size_t)g), "country") == 0 ? g : -1;
            CHECK_INT(eg_rx_country_word(&c, j), want);
            want = g >= 0 && strcmp(eg_gazetteer_type(fx_gaz, (size_t)g), "location") == 0 ? g : -1;
            CHECK_INT(eg_rx_listed_word(&c, j, "location"), want);
        }
    CHECK(eg_rx_country_word(&c, 0) >= 0);            /* Kenya */
    CHECK(eg_rx_country_word(&c, 4) < 0);             /* kenya */
    CHECK(eg_rx_listed_word(&c, 6, "location") >= 0); /* London */
    CHECK(eg_rx_listed_word(&c, 6, "country") < 0);
}

static void test_gazetteer_find_sizes(void) {
    /* forms around the size the look-up keeps on the stack */
    CHECK(eg_gazetteer_find(fx_gaz, "Kenya") >= 0);
    CHECK(eg_gazetteer_find(fx_gaz, "Coral  Sea") >= 0);
    CHECK(eg_gazetteer_find(fx_gaz, "Coral Sea Islands") < 0);
    char longname[] = "Oceanic Trust for the Study and Conservation of the Long-Finned Pilot "
                      "Whales of the Southern Hemisphere";
    CHECK(strlen(longname) > 96);
    CHECK(eg_gazetteer_find(fx_gaz, longname) >= 0);
    longname[strlen(longname) - 1] = 'x';
    CHECK(eg_gazetteer_find(fx_gaz, longname) < 0);
    char bad[97];
    memset(bad, 0xFF, 96); /* every byte folds to three */
    bad[96] = '\0';
    CHECK(eg_gazetteer_find(fx_gaz, bad) < 0);
    for (int i = 0; i < 96; i++)
        bad[i] = (char)(i % 2 ? ' ' : (char)0xE2);
    CHECK(eg_gazetteer_find(fx_gaz, bad) < 0);
    char dots[97];
    for (int i = 0; i < 96; i++)
        dots[i] = (char)(i % 3 == 2 ? ' ' : "\xE2\x80\xA6"[i % 3]);
    dots[96] = '\0';
    CHECK(eg_gazetteer_find(fx_gaz, dots) < 0);
}

static void test_needs_per_sentence(void) {
    char dir[] = "/tmp/eg_test_speed_XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[512];
    snprintf(path, sizeof path, "%s/extra.tsv", dir);
    FILE *f = fopen(path, "w");
    fputs("crew\t(?<name>\\p{Lu}\\w+\\s+\\p{Lu}\\w+)\\s+(?:skiff|ketch)\\b\tneeds=skiff|ketch\n"
          "crew\t(?<name>\\p{Lu}\\w+\\s+\\p{Lu}\\w+)\\s+dinghy\\b\tneeds=yawl|dinghy sank\n"
          "crew\t(?<name>\\p{Lu}\\w+\\s+\\p{Lu}\\w+)\\s+punt\\b\tneeds=ff|punt\n"
          "crew\t(?<name>\\p{Lu}\\w+\\s+\\p{Lu}\\w+)\\s+yacht\\b\tneeds=Q\n",
          f);
    fclose(f);
    eg_rules *r = eg_rules_new();
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_rules_load(r, path, &err), EG_OK);
    CHECK_INT(eg_rules_finish(r, &err), EG_OK);
    eg_rules *keep = fx_rules;
    eg_rulescratch *keeps = fx_scratch;
    fx_rules = r;
    fx_scratch = eg_rulescratch_new(r);
    for (int round = 0; round < 2; round++) {
        /* each sentence with its literal, several in one article, in order */
        CHECK_STR(fx_body("The Orlo Mett skiff sank. Then the Zubek Varn ketch sailed. "
                          "At last the Ilsa Morn skiff came."),
                  "Orlo Mett=Orlo Mett/crew/R; Zubek Varn=Zubek Varn/crew/R; "
                  "Ilsa Morn=Ilsa Morn/crew/R");
        /* the literal in an earlier or a later sentence is not enough */
        CHECK_STR(fx_body("A yawl followed. They sailed the Orlo Mett dinghy. A yawl "
                          "followed."),
                  "");
        /* a literal that spans two sentences is in neither */
        CHECK_STR(fx_body("They sailed the Orlo Mett dinghy\n\nsank in the bay."), "");
        CHECK_STR(fx_body("They sailed the Orlo Mett dinghy sank in the bay."),
                  "Orlo Mett=Orlo Mett/crew/R");
        /* overlapping and repeated literals, sentences without any between */
        CHECK_STR(fx_body("The Ffff Gull punt. Nothing here. Nor here. The Orla Beck punt left."),
                  "Ffff Gull=Ffff Gull/crew/R; Orla Beck=Orla Beck/crew/R");
        CHECK_STR(fx_body("Staff met. The Orla Beck punt left."), "Orla Beck=Orla Beck/crew/R");
        CHECK_STR(fx_body("The Orla Beck raft left. Staff met the Ilsa Morn punt."),
                  "Ilsa Morn=Ilsa Morn/crew/R");
        /* a one-byte literal, also as the text's last byte */
        CHECK_STR(fx_body("The Orla Beck yacht left Q"), "Orla Beck=Orla Beck/crew/R");
        CHECK_STR(fx_body("The Orla Beck yacht left Quay 4."), "Orla Beck=Orla Beck/crew/R");
        CHECK_STR(fx_body("The Orla Beck yacht left. Q"), "");
        CHECK_STR(fx_body("The Orla Beck yacht left q"), "");
    }
    eg_rulescratch_free(fx_scratch);
    eg_rules_free(r);
    fx_rules = keep;
    fx_scratch = keeps;
    remove(path);
    rmdir(dir);
}

static void test_tokenize_runs(void) {
    static const struct {
        const char *text;
        unsigned want; /* flags of the first token, without the space and line bits */
        uint32_t len;
    } cases[] = {
        {"abc def", EG_TOK_WORD, 3},
        {"aBc", EG_TOK_WORD, 3},
        {"Abc", EG_TOK_WORD | EG_TOK_CAP, 3},
        {"ABC", EG_TOK_WORD | EG_TOK_CAP | EG_TOK_ALLCAPS, 3},
        {"abcD", EG_TOK_WORD, 4},
        {"ab1c", EG_TOK_WORD, 4},
        {"1abc", EG_TOK_WORD | EG_TOK_NUM, 4},
        {"abc\xC3\xA9z", EG_TOK_WORD, 6},
        {"o'brien", EG_TOK_WORD, 7},
        {"ab.cd", EG_TOK_WORD, 2},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        eg_token *v = NULL;
        size_t n = 0, cap = 0;
        CHECK_INT(eg_tokenize_text(cases[i].text, strlen(cases[i].text), &v, &n, &cap), 0);
        CHECK(n >= 1);
        if (n >= 1) {
            CHECK_INT(v[0].flags & ~(unsigned)(EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START),
                      cases[i].want);
            CHECK_INT(v[0].len, cases[i].len);
        }
        free(v);
    }
}

/* Slavic heads whatever the case of their first letter, a letter of two
 * bytes too; near misses: all capitals, a longer word, other words. */
static void test_slavic_heads(void) {
    CHECK(fx_has("The Úrad pre verejné obstarávanie fined the firm.",
                 "Úrad pre verejné obstarávanie=Úrad pre verejné obstarávanie/agency/R"));
    CHECK(fx_has("Officials at the Sąd Najwyższy rejected the appeal.",
                 "Sąd Najwyższy=Sąd Najwyższy/agency/R"));
    CHECK(fx_has("The Hnutí pro Ostravu won three seats.",
                 "Hnutí pro Ostravu=Hnutí pro Ostravu/organisation/R"));
    CHECK(fx_has("They won three seats, while Národní blok lost two.",
                 "Národní blok=Národní blok/organisation/R"));
    CHECK(fx_lacks("The URAD said nothing; the urad of the town was closed.", "/agency/"));
    CHECK(fx_lacks("The Urads said nothing.", "/agency/"));
    CHECK(fx_lacks("Soudan and Sudan are far, nor is the Strana magazine new.", "/organisation/"));
}

int main(void) {
    fx_gaz = eg_gazetteer_new();
    fx_add("Canada", "country", NULL, NULL, "Canadian");
    fx_add("Kenya", "country", NULL, NULL, "Kenyan");
    fx_add("London", "location", NULL, NULL, NULL);
    fx_add("Coral Sea", "location", NULL, NULL, NULL);
    fx_add("Oceanic Trust for the Study and Conservation of the Long-Finned Pilot Whales of the "
           "Southern Hemisphere",
           "organisation", NULL, NULL, NULL);
    fx_start();
    test_lower_word_in();
    test_word_class();
    test_in_list();
    test_many_lists();
    test_listed_word();
    test_gazetteer_find_sizes();
    test_needs_per_sentence();
    test_tokenize_runs();
    test_slavic_heads();
    fx_stop();
    return check_finish();
}
