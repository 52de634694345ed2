/* test_rules_round10: recogniser rules from the session-10 generalisation
 * pass: names running through a hyphenated pair of places ("Port of
 * Antwerp-Bruges"), bodies whose seat is part of their name ("High Public
 * Prosecutor's Office in Olomouc", "Westminster International University in
 * Tashkent"), Romance names past "a" and longer head names, Slavic bodies that capitalise only
 * their first word and take their seat after "u"/"v" ("Kantonalni sud u Bihaću"), Estonian bodies
 * ending in "amet"/"Amet". Each class has a near miss that must stay as it was. */
#include <stdio.h>
#include <string.h>

#include "rules_fixture.h"

static void test_hyphenated_places(void) {
    CHECK(fx_has("Ships left the Port of Gdańsk-Gdynia on Monday.",
                 "Port of Gdańsk-Gdynia=Port of Gdańsk-Gdynia/location/R"));
    /* a hyphen with spaces around it ends the name */
    CHECK(fx_has("Ships left the Port of Gdańsk - Gdynia on Monday.",
                 "Port of Gdańsk=Port of Gdańsk/location/R"));
}

static void test_seat_in_name(void) {
    /* a prosecutor's office is named without its seat, which is a place of its own
     * (tests/devset/README.md: a court or office "in <place>") */
    CHECK(fx_has("The High Public Prosecutor's Office in Olomouc charged him.",
                 "High Public Prosecutor's Office=High Public Prosecutor's Office/agency/R"));
    CHECK(fx_has("The High Public Prosecutor's Office in Olomouc charged him.",
                 "Olomouc=Olomouc/location/G"));
    CHECK(fx_has("He teaches at Westminster International University in Tashkent now.",
                 "Westminster International University in Tashkent=Westminster International "
                 "University in Tashkent/organisation/R"));
    /* courts, ministries and a university in its own city keep the city apart */
    CHECK(fx_has("The Federal High Court in Olomouc convicted him.", "Olomouc=Olomouc/location/G"));
    CHECK(fx_has("The Federal Foreign Office in Olomouc said so.", "Olomouc=Olomouc/location/G"));
    CHECK(fx_has("Tashkent State University in Tashkent said so.", "Tashkent=Tashkent/location/G"));
    /* an acronym after the seat */
    CHECK(fx_has("The High Public Prosecutor's Office in Olomouc (VSZ) charged him.",
                 "Olomouc=Olomouc/location/G"));
}

static void test_romance_particles(void) {
    CHECK(
        fx_has("El Servicio Nacional de Atención Integral a Personas Privadas de la Libertad said "
               "so.",
               "Servicio Nacional de Atención Integral a Personas Privadas de la Libertad=Servicio "
               "Nacional de Atención Integral a Personas Privadas de la Libertad/agency/R"));
    CHECK(fx_lacks("The Servicio Nacional a week later said so.", "a week"));
}

static void test_slavic_bodies(void) {
    CHECK(fx_has("Specijalno državno tužilaštvo charged the minister.",
                 "Specijalno državno tužilaštvo=Specijalno državno tužilaštvo/agency/R"));
    CHECK(fx_has("Last week the Kantonalni sud u Bihaću convicted him.",
                 "Kantonalni sud u Bihaću=Kantonalni sud u Bihaću/agency/R"));
    CHECK(fx_has("The Ministarstvo unutrašnjih poslova said it arrested two men.",
                 "Ministarstvo unutrašnjih poslova=Ministarstvo unutrašnjih poslova/agency/R"));
    CHECK(fx_has("The Agencija za sprečavanje korupcije opened a case.",
                 "Agencija za sprečavanje korupcije=Agencija za sprečavanje korupcije/agency/R"));
    /* English words after a head and a head with no adjective before it */
    CHECK(fx_lacks("Uprava said it opened a case.", "/agency/"));
    CHECK(fx_lacks("He drove to the sud quickly.", "/agency/"));
}

static void test_site_firms(void) {
    CHECK(
        fx_has("Duqm Refinery and Petrochemical Industries Company signed a deal.",
               "Duqm Refinery and Petrochemical Industries Company=Duqm Refinery and Petrochemical "
               "Industries Company/organisation/R"));
    /* a place after "and" starts a second name */
    CHECK(fx_lacks("Duqm Refinery and Olomouc Trading Company signed a deal.",
                   "Duqm Refinery and Olomouc"));
}

static void test_crossings(void) {
    CHECK(fx_has("Lorries queued at the Zarvanko crossing on Monday.",
                 "Zarvanko=Zarvanko/location/R"));
    CHECK(fx_has("Aid passed through the Qalvandi checkpoint.", "Qalvandi=Qalvandi/location/R"));
    CHECK(fx_lacks("The Harris crossing of the river failed.", "/location/"));
}

static void test_estonian_bodies(void) {
    CHECK(fx_has("Riigi Infosüsteemi Amet warned of attacks.",
                 "Riigi Infosüsteemi Amet=Riigi Infosüsteemi Amet/agency/R"));
    CHECK(fx_has("The service, known at home as Kaitsepolitseiamet, said so.",
                 "Kaitsepolitseiamet=Kaitsepolitseiamet/agency/R"));
    CHECK(fx_lacks("Amet said on Monday it would go.", "/agency/"));
}

int main(void) {
    fx_gaz = eg_gazetteer_new();
    fx_add("Olomouc", "location", NULL, NULL, NULL);
    fx_add("Tashkent", "location", NULL, NULL, NULL);
    fx_add("Gdańsk", "location", NULL, NULL, NULL);
    fx_add("Gdynia", "location", NULL, NULL, NULL);
    fx_add("Libertad", "location", NULL, NULL, NULL);
    fx_start();

    test_hyphenated_places();
    test_seat_in_name();
    test_romance_particles();
    test_slavic_bodies();
    test_estonian_bodies();
    test_site_firms();
    test_crossings();

    fx_stop();
    return check_finish();
}
