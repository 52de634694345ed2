/* test_rules_probes: recogniser rules from session 10's probes with made-up
 * news in shapes the development set shows thinly: joining words of names of
 * bodies in Romanian ("pentru"), Indonesian and Malay ("dan", "untuk") and
 * Swahili ("ya", "la", "cha"), Swahili heads of state bodies ("Mamlaka",
 * "Tume", "Wizara", "Jeshi"), unless the name follows "known in Swahili as";
 * the Polish "Sp. z o.o.", the Hungarian "Nyrt." and the Thai "Pcl" legal
 * forms; Vietnamese names of four words ("Vo Thi Anh Xuan"); desks in
 * credit lines ("Reporting by Banking Desk"); the Vietnamese middle name
 * "My"; trades before a name ("fisherman Tevita Fifita"); verbs of title-case
 * headlines ("Prime Minister Says Budget Will Pass") and "Breaking News";
 * "Residents of X" opening a story after a dateline's dash; given names of
 * Ethiopia, Somalia and the Pacific and the Filipino "dela"/"delos". Each
 * class has a near miss that must stay as it was. */
#include <stdio.h>
#include <string.h>

#include "rules_fixture.h"

static void test_joining_words(void) {
    CHECK(fx_has("The Autoritatea Națională pentru Protecția Consumatorilor fined the shop.",
                 "Autoritatea Națională pentru Protecția Consumatorilor=Autoritatea Națională "
                 "pentru Protecția Consumatorilor/agency/R"));
    CHECK(fx_has("Officials of the Badan Pengawas Obat dan Makanan seized syrups.",
                 "Badan Pengawas Obat dan Makanan=Badan Pengawas Obat dan Makanan/agency/R"));
    CHECK(fx_has("The Komisi untuk Orang Hilang said so.",
                 "Komisi untuk Orang Hilang=Komisi untuk Orang Hilang/agency/R"));
    /* a joining word with no capitalised word after it ends the name */
    CHECK(
        fx_has("The Badan Pengawas dan the police met.", "Badan Pengawas=Badan Pengawas/agency/R"));
    CHECK(fx_lacks("The Badan Pengawas dan the police met.", "dan the"));
}

static void test_swahili_bodies(void) {
    CHECK(fx_has("The Mamlaka ya Mapato Tanzania seized the sugar.",
                 "Mamlaka ya Mapato Tanzania=Mamlaka ya Mapato Tanzania/agency/R"));
    CHECK(fx_has("Officers of the Jeshi la Polisi arrested him.",
                 "Jeshi la Polisi=Jeshi la Polisi/agency/R"));
    CHECK(fx_has("The Wizara ya Afya said the clinics would open.",
                 "Wizara ya Afya=Wizara ya Afya/agency/R"));
    /* the Swahili form of a body the sentence names in English makes no new body */
    CHECK(fx_lacks("The force, known in Swahili as the Jeshi la Polisi, said so.",
                   "Jeshi la Polisi="));
    CHECK(fx_lacks("The commission, known in Swahili as Tume ya Madini, said so.",
                   "Tume ya Madini="));
    /* "Tume" alone is no name */
    CHECK(fx_lacks("Tume said he would stay.", "/agency/"));
}

static void test_legal_forms(void) {
    CHECK(fx_has("The contract went to Ursus Dźwigi Sp. z o.o., a builder.",
                 "Ursus Dźwigi Sp. z o.o.=Ursus Dźwigi Sp. z o.o./organisation/R"));
    CHECK(fx_has("Shares fell on Monday at Mol Nyrt.", "Mol Nyrt=Mol Nyrt/organisation/R"));
    CHECK(fx_has("Shares of Siam Makro Pcl rose.", "Siam Makro Pcl=Siam Makro Pcl/organisation/R"));
    /* no name before the legal form */
    CHECK(fx_lacks("It was registered as a sp. z o.o. last year.", "/organisation/"));
    CHECK(fx_lacks("Orders fell at the z o.o. unit.", "/organisation/"));
    CHECK(fx_lacks("Its Pcl shares rose.", "/organisation/"));
}

static void test_credit_desks(void) {
    const char *t = "Reporting by Banking Desk; Editing by Mark Potter.";
    CHECK(fx_lacks(t, "Banking Desk"));
    CHECK(fx_has(t, "Mark Potter=Mark Potter/person/R"));
    CHECK(fx_lacks("Additional reporting by Jakarta Newsroom and Anna Lee.", "Newsroom"));
    CHECK(fx_has("Additional reporting by Jakarta Newsroom and Anna Lee.",
                 "Anna Lee=Anna Lee/person/R"));
}

static void test_vietnamese_my(void) {
    CHECK(
        fx_has("Truong My Lan was sentenced on Thursday.", "Truong My Lan=Truong My Lan/person/R"));
    CHECK(
        fx_has("They met Vo Thi Anh Xuan on Monday.", "Vo Thi Anh Xuan=Vo Thi Anh Xuan/person/R"));
    CHECK(fx_has("They met Nguyen Van Hai Long on Monday.",
                 "Nguyen Van Hai Long=Nguyen Van Hai Long/person/R"));
    /* four words without a Vietnamese middle name stay too long */
    CHECK(fx_lacks("They met Nguyen Quang Hai Long on Monday.", "/person/"));
    /* "My" as the pronoun stays out */
    CHECK(fx_lacks("My Lan said she would stay.", "/person/"));
    CHECK(fx_lacks("Nguyen said so. My Country Party won.", "My Country"));
}

static void test_trades(void) {
    CHECK(fx_has("Fisherman Tevita Fifita was rescued.", "Tevita Fifita=Tevita Fifita/person/R"));
    CHECK(fx_has("He was treated by nurse Abena Mensah.", "Abena Mensah=Abena Mensah/person/R"));
    CHECK(
        fx_has("Its teacher Mele Taumoepeau said so.", "Mele Taumoepeau=Mele Taumoepeau/person/R"));
    /* a trade before one word or before a body names no person */
    CHECK(fx_lacks("The Teachers Service Commission said so.", "/person/"));
    CHECK(fx_lacks("The farmer Ochieng said so.", "/person/"));
}

static void test_headlines(void) {
    CHECK(fx_lacks("Prime Minister Says Budget Will Pass", "/person/"));
    CHECK(fx_lacks("Senator Vows Probe Into Port Deal", "/person/"));
    CHECK(fx_has("Prime Minister Mia Mottley says the budget will pass.",
                 "Mia Mottley=Mia Mottley/person/R"));
    CHECK(fx_lacks("Breaking News: the port is shut.", "/organisation/"));
    CHECK(fx_has("The Coastline News said so.", "Coastline News=Coastline News/organisation/R"));
}

static void test_dateline_openers(void) {
    const char *t =
        "TAMALE, Ghana \xE2\x80\x94 Residents of Savelugu and Tolon said the road was cut.";
    CHECK(fx_has(t, "Savelugu=Savelugu/location/R"));
    CHECK(fx_has(t, "Tolon=Tolon/location/R"));
    CHECK(
        fx_has("ZINDER (AP) \xE2\x80\x94 Inhabitants of Tanout fled.", "Tanout=Tanout/location/R"));
    /* a dash inside a sentence opens no story */
    CHECK(fx_lacks("The report \xE2\x80\x94 Residents of Hope said so.", "/location/"));
}

static void test_more_naming_cultures(void) {
    CHECK(fx_has("They met Abdirahman Abdishakur Warsame on Monday.",
                 "Abdirahman Abdishakur Warsame=Abdirahman Abdishakur Warsame/person/R"));
    CHECK(fx_has("They met Tigist Assefa on Monday.", "Tigist Assefa=Tigist Assefa/person/R"));
    CHECK(fx_has("They met Ana delos Santos on Monday.",
                 "Ana delos Santos=Ana delos Santos/person/R"));
    CHECK(fx_has("They met Rodrigo dela Cruz on Monday.",
                 "Rodrigo dela Cruz=Rodrigo dela Cruz/person/R"));
    /* a given name alone, or a particle with no name after it */
    CHECK(fx_lacks("Tigist said so on Monday.", "/person/"));
    CHECK(fx_lacks("They met Rodrigo dela on Monday.", "dela"));
}

int main(void) {
    fx_gaz = eg_gazetteer_new();
    fx_add("Tanzania", "country", NULL, NULL, "Tanzanian");
    fx_add("Ghana", "country", NULL, NULL, "Ghanaian");
    fx_start();

    test_joining_words();
    test_swahili_bodies();
    test_legal_forms();
    test_credit_desks();
    test_vietnamese_my();
    test_trades();
    test_headlines();
    test_dateline_openers();
    test_more_naming_cultures();

    fx_stop();
    return check_finish();
}
