/* test_rules_round8c: recogniser rules from the third tuning round on round 8
 * (unseen news, dev-256..340): a body's name cut short before lower-case words
 * runs on to its bracketed acronym when the acronym's letters are the
 * initials of its capitalised words; a one-syllable surname and a hyphenated
 * Chinese or Korean given name make a person ("Wu Pei-shan"); "one of ...
 * election monitors" after a name makes it an organisation. Each class has a
 * near miss that must stay as it was. */
#include <stdio.h>
#include <string.h>

#include "rules_fixture.h"

static void test_name_to_acronym(void) {
    CHECK(strstr(fx_body("The Inspectoratul General al Poliției (IGP) said it had detained him."),
                 "Inspectoratul General al Poliției=Inspectoratul General al Poliției/agency/R") !=
          NULL);
    /* letters that do not match the words leave the name as it was */
    CHECK(strstr(fx_body("The Inspectoratul General al Poliției (IPJ) said it had detained him."),
                 "Inspectoratul General=Inspectoratul General/agency/R") != NULL);
    /* a lower-case word that is no part of a name stops it */
    CHECK(strstr(fx_body("The Inspectoratul General said Poliției (IGP) had detained him."),
                 "Inspectoratul General al") == NULL);
}

/* none of the text's mentions has type `type` ("/person/") */
static int none_of(const char *text, const char *type) {
    return strstr(fx_body(text), type) == NULL;
}

static void test_syllable_names(void) {
    CHECK_STR(fx_body("The office indicted Wu Pei-shan and Kao Ming-te on Thursday."),
              "Wu Pei-shan=Wu Pei-shan/person/R; Kao Ming-te=Kao Ming-te/person/R");
    /* a suffix after the hyphen, a longer capitalised run, or a third
     * capitalised word is no such name */
    CHECK(none_of("The Zorv Tak-based lender said so on Thursday.", "/person/"));
    CHECK(none_of("The Kestrel Wu Pei-shan lender said so on Thursday.", "Wu Pei-shan/person"));
    CHECK(none_of("The Wu Pei-shan Garden opened on Thursday.", "/person/"));
}

static void test_election_monitors(void) {
    CHECK_STR(fx_body("The bureau fined Civic Lens Georgia, one of the country’s best-known "
                      "election monitors, on Monday."),
              "Civic Lens Georgia=Civic Lens Georgia/organisation/R");
    /* a bare "monitors", or one "election monitor", may be people (met, not
     * fined: "fined *" is a company's frame since session 22) */
    CHECK_STR(fx_body("The bureau met Civic Lens Georgia, one of the country’s best-known "
                      "monitors, on Monday."),
              "");
    CHECK_STR(fx_body("The bureau met Civic Lens Georgia, an election monitor, on Monday."), "");
}

int main(void) {
    fx_gaz = eg_gazetteer_new();
    fx_add("Moldova", "country", NULL, NULL, "Moldovan");
    fx_start();

    test_name_to_acronym();
    test_syllable_names();
    test_election_monitors();

    fx_stop();
    return check_finish();
}
