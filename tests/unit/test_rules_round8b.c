/* test_rules_round8b: recogniser rules from the second tuning round on round 8
 * (unseen news, dev-256..340): organisation head nouns that end a name
 * ("Cluster", "Consortium"), a ministry's name joined by "and" to a field
 * plural, a company apposition that joins a name over "do" and a listed place,
 * and a demonym before a security body's name (agency). Each class has a near
 * miss that must stay as it was. */
#include <stdio.h>
#include <string.h>

#include "rules_fixture.h"

/* No mention of the text has type `type` ("/location/", "/person/"). */
static int none_of(const char *text, const char *type) {
    return strstr(fx_body(text), type) == NULL;
}

static void test_org_head_nouns(void) {
    CHECK_STR(fx_body("The ministry has fined Beruniy Cotton Cluster 1.2 billion soums."),
              "Beruniy Cotton Cluster=Beruniy Cotton Cluster/organisation/R");
    CHECK_STR(fx_body("The work went to Quenta Morlo Consortium on Monday."),
              "Quenta Morlo Consortium=Quenta Morlo Consortium/organisation/R");
    CHECK(none_of("The ministry has fined Beruniy Cotton Cluster 1.2 billion soums.", "/person/"));
    /* a lower-case "cluster" after a name is no head */
    CHECK_STR(fx_body("Quenta Morlo, who runs a cotton cluster, said so on Monday."),
              "Quenta Morlo=Quenta Morlo/person/R");
}

static void test_ministry_fields(void) {
    CHECK_STR(fx_body("The Ministry of Energy and Energy Industries backed the deal."),
              "Ministry of Energy and Energy Industries=Ministry of Energy and Energy "
              "Industries/agency/R");
    CHECK_STR(fx_body("The Ministry of Trade and Industries said so on Monday."),
              "Ministry of Trade and Industries=Ministry of Trade and Industries/agency/R");
    /* a company's name after "and", or a listed company, ends the ministry */
    CHECK_STR(fx_body("The Ministry of Energy and Zorblat Industries signed a deal."),
              "Ministry of Energy=Ministry of Energy/agency/R; Zorblat Industries=Zorblat "
              "Industries/organisation/R");
    CHECK_STR(fx_body("The Ministry of Energy and Chevron signed a deal on Monday."),
              "Ministry of Energy=Ministry of Energy/agency/R; Chevron=Chevron/organisation/G");
}

static void test_company_over_place(void) {
    CHECK_STR(fx_body("Hackers hit Porto Seco do\nLobito, a dry-port company in Angola, in May."),
              "Porto Seco do\nLobito=Porto Seco do Lobito/organisation/R; "
              "Angola=Angola/country/G");
    /* without the apposition the listed place stays a place */
    CHECK(strstr(fx_body("Fishermen from Porto Seco do Lobito said the port had closed."),
                 "Lobito=Lobito/location/G") != NULL);
}

static void test_demonym_security_bodies(void) {
    CHECK_STR(fx_body("The Omani Maritime Security Centre said it had called the navy."),
              "Omani Maritime Security Centre=Omani Maritime Security Centre/agency/R");
    CHECK_STR(fx_body("The Omani Centre for Cyber Security warned the banks."),
              "Omani Centre for Cyber Security=Omani Centre for Cyber Security/agency/R");
    /* no field of security after the demonym, or no demonym: an organisation */
    CHECK_STR(fx_body("The Omani Law Society Council said it had called the navy."),
              "Omani Law Society Council=Omani Law Society Council/organisation/R");
    CHECK_STR(fx_body("The Kestrel Centre for Cyber Security warned the banks."),
              "Kestrel Centre for Cyber Security=Kestrel Centre for Cyber Security/organisation/R");
}

int main(void) {
    fx_gaz = eg_gazetteer_new();
    fx_add("Angola", "country", NULL, NULL, "Angolan");
    fx_add("Oman", "country", NULL, NULL, "Omani");
    fx_add("Lobito", "location", NULL, NULL, NULL);
    fx_add("Chevron", "organisation", NULL, NULL, NULL);
    fx_start();

    test_org_head_nouns();
    test_ministry_fields();
    test_company_over_place();
    test_demonym_security_bodies();

    fx_stop();
    return check_finish();
}
