/* test_rules_round8: recogniser rules added from the failure classes of round 8
 * (unseen news, dev-256..340): places named by plural place nouns, by an
 * owner-like apposition, before works nouns, after facility words, "near",
 * "across" and travel words; native-language bodies and trade words of company
 * names; groups introduced by "known as"; research desks ("Analysts at X
 * said"); councils and centres of a country for security; and the person
 * appositions that must not fire. Each class has a near miss that must stay as it was. */
#include <stdio.h>
#include <string.h>

#include "rules_fixture.h"

/* No mention of the text has type `type` ("/location/", "/person/"). */
static int none_of(const char *text, const char *type) {
    return strstr(fx_body(text), type) == NULL;
}

static void test_plural_place_nouns(void) {
    CHECK_STR(fx_body("The dam would flood farms in the provinces of Zorlé and Quenta."),
              "Zorlé=Zorlé/location/R; Quenta=Quenta/location/R");
    CHECK_STR(fx_body("The firm runs the ports of Balbara and Tokyo at either end."),
              "Balbara=Balbara/location/R; Tokyo=Tokyo/location/G");
    /* one name only, a company after it, or no article: no rule */
    CHECK(none_of("The provinces of Zorlé voted on Sunday.", "/location/"));
    CHECK(none_of("He sold the ports of Zorblat Holdings and Quenta Lines.", "/location/"));
}

static void test_owner_appositions(void) {
    CHECK_STR(fx_body("Floods cut the road west of Wabaru, the provincial capital, on Monday."),
              "Wabaru=Wabaru/location/R");
    CHECK_STR(fx_body("A route would cross Syrnik, the southern Kuwaiti province, to the sea."),
              "Syrnik=Syrnik/location/R; Kuwaiti=Kuwait/country/D");
    /* a demonym before a person noun or a compound is no owner */
    CHECK(none_of("They met Quenta Morlo, the Kuwaiti city councillor, on Monday.", "/location/"));
    CHECK(none_of("They met Quenta, the provincial governor, on Monday.", "/location/"));
}

static void test_site_nouns(void) {
    CHECK_STR(fx_body("Traders bribed officials at the Torugal crossing on the border."),
              "Torugal=Torugal/location/R");
    CHECK_STR(fx_body("Supporters gathered outside the Çaglan courthouse on Tuesday."),
              "Çaglan=Çaglan/location/R");
    CHECK_STR(fx_body("The group runs boats from the Kerkenna islands to the coast."),
              "Kerkenna=Kerkenna/location/R");
    CHECK_STR(fx_body("Coast guard ships appeared near the Tunar gas block last week."),
              "Tunar=Tunar/location/R");
    CHECK_STR(fx_body("The tug carried pipes to a drilling rig in the Stabrel block."),
              "Stabrel=Stabrel/location/R");
    /* "block" needs an energy word; a company's plant is no place */
    CHECK(none_of("The Soviet block and the Zorblat block voted together.", "/location/"));
    CHECK(none_of("The Zorblat Holdings plant closed on Monday.", "/location/"));
}

static void test_facility_words(void) {
    CHECK_STR(fx_body("The court seized two villas and a chalet at Khairun on Monday."),
              "Khairun=Khairun/location/R");
    CHECK_STR(fx_body("The firm plans a processing plant at Beazo on the south coast."),
              "Beazo=Beazo/location/R");
    /* "at" after other words still needs a listed place first */
    CHECK(none_of("She works at Quenta on weekdays.", "/location/"));
}

static void test_near_across_travel(void) {
    CHECK_STR(fx_body("The bank lent $300 million for solar plants near Kafue and Chisamo."),
              "Kafue=Kafue/location/G; Chisamo=Chisamo/location/R");
    CHECK_STR(fx_body("Heavy snow had fallen across Khumbo for three days."),
              "Khumbo=Khumbo/location/R");
    CHECK_STR(fx_body("Army helicopters flew eleven survivors to Pherich on Friday."),
              "Pherich=Pherich/location/R");
    CHECK_STR(fx_body("The United Nations was sending assessment teams from Laem."),
              "United Nations=United Nations/organisation/G; Laem=Laem/location/R");
    /* a word of the article's company, and "across" before a platform */
    CHECK(none_of("Quenta Lines said it would sail across Quenta waters.", "/location/"));
    CHECK(none_of("The posts spread across Telegram within hours.", "/location/"));
}

static void test_native_bodies(void) {
    CHECK_STR(fx_body("Her client would appeal to the Tribunal da Relação de Évora."),
              "Tribunal da Relação de Évora=Tribunal da Relação de Évora/agency/R");
    CHECK_STR(fx_body("Judges at the Juízo Central Criminal de Setúbal convicted him."),
              "Juízo Central Criminal de Setúbal=Juízo Central Criminal de Setúbal/agency/R");
    CHECK_STR(fx_body("He steered contracts to Construtora Arrábida on Monday."),
              "Construtora Arrábida=Construtora Arrábida/organisation/R");
    CHECK_STR(fx_body("Pharmadis supplied Clinique Al Yasmine for years."),
              "Clinique Al Yasmine=Clinique Al Yasmine/organisation/R");
    CHECK_STR(fx_body("The Procuratura Anticorupție charged him on Monday."),
              "Procuratura Anticorupție=Procuratura Anticorupție/agency/R");
    CHECK_STR(fx_body("Forecasters at the Unité Hydrométéorologique warned of rain."),
              "Unité Hydrométéorologique=Unité Hydrométéorologique/agency/R");
    CHECK_STR(fx_body("The Comité Cívico Potosinista called the strike."),
              "Comité Cívico Potosinista=Comité Cívico Potosinista/organisation/R");
    /* only a Romance "of" joins: "contra" or "for" do not */
    CHECK_STR(fx_body("The Special Tribunal for Zorblat ruled on Monday."),
              "Special Tribunal=Special Tribunal/agency/R");
    CHECK(none_of("He appealed to the Tribunal contra Zorblat on Monday.", "/agency/"));
}

static void test_trade_words(void) {
    CHECK_STR(fx_body("A court fined Tasman Reach Fishing NZ$1.2 million on Monday."),
              "Tasman Reach Fishing=Tasman Reach Fishing/organisation/R");
    CHECK_STR(fx_body("The miner had bought Anchor Diamonds for $410 million."),
              "Anchor Diamonds=Anchor Diamonds/organisation/R");
    CHECK_STR(fx_body("He rigged tenders in favour of Kavak Yapı for years."),
              "Kavak Yapı=Kavak Yapı/organisation/R");
    CHECK_STR(fx_body("He was fired in March by Västerby IF after the match."),
              "Västerby IF=Västerby IF/organisation/R");
    CHECK_STR(fx_body("Officials said the Jathika Sevaka Peramuna had expected to win."),
              "Jathika Sevaka Peramuna=Jathika Sevaka Peramuna/organisation/R");
    /* a trade word after a generic adjective or a place only is no company */
    CHECK(none_of("Illegal Fishing is rising in the Pacific.", "/organisation/"));
    CHECK(none_of("Artisanal Fishing feeds the coast.", "/organisation/"));
    CHECK(none_of("WHAT IF THE BANKS FAIL?", "/organisation/"));
}

static void test_introduced_groups(void) {
    CHECK_STR(fx_body("Police said a ransomware crew known as NightLoom hacked the lab."),
              "NightLoom=NightLoom/organisation/R");
    CHECK_STR(fx_body("Investigators believe the smuggling ring known as Brāļi hired him."),
              "Brāļi=Brāļi/organisation/R");
    /* a ship's crew, a boxing ring */
    CHECK(none_of("The crew of the Quenta Star was rescued.", "/organisation/"));
    CHECK(none_of("The ring Quenta Morlo built was small.", "/organisation/"));
}

static void test_research_desks(void) {
    CHECK_STR(fx_body("Analysts at Norvik said the watchdog would act."),
              "Norvik=Norvik/organisation/R");
    CHECK_STR(fx_body("He spoke on Monday. Economists at First Citizens wrote that prices rose."),
              "First Citizens=First Citizens/organisation/R");
    /* a listed place, or a name that goes on into a longer run, is no desk's */
    CHECK_STR(fx_body("Analysts at Tokyo said the yen would fall."), "Tokyo=Tokyo/location/G");
    CHECK(none_of("Analysts at Norvik Street offices said so.", "/organisation/"));
}

static void test_org_appositions(void) {
    CHECK_STR(fx_body("He was fired by Lusail Falcons, the club he had captained, in May."),
              "Lusail Falcons=Lusail Falcons/organisation/R");
    CHECK_STR(fx_body("Greenline sued Meridian Ship Sales, the Dubai cash buyer that sold it."),
              "Meridian Ship Sales=Meridian Ship Sales/organisation/R; Dubai=Dubai/location/G");
}

static void test_security_bodies(void) {
    CHECK_STR(fx_body("Omania’s Maritime Security Centre said it had called the navy."),
              "Omania=Omania/country/G; Maritime Security Centre=Maritime Security "
              "Centre/agency/R");
    /* no field of security, or no country: an organisation */
    CHECK_STR(fx_body("Omania’s Law Society Council said it had called the navy."),
              "Omania=Omania/country/G; Law Society Council=Law Society "
              "Council/organisation/R");
    CHECK_STR(fx_body("The Kestrel Security Council said it had called the navy."),
              "Kestrel Security Council=Kestrel Security Council/organisation/R");
}

static void test_person_appositions(void) {
    /* a verb before the possessive pronoun: no apposition */
    CHECK(none_of("Corrib Pay, based at Grand Canal Dock, fired its head of compliance.",
                  "/person/"));
    CHECK_STR(fx_body("The bank hired Aoife Brennan, its head of compliance, in May."),
              "Aoife Brennan=Aoife Brennan/person/R");
    /* an organisation noun before the name */
    CHECK(none_of("The growers’ association Fikambanana Mpamokatra Lavanily, whose name "
                  "means union, said so.",
                  "/person/"));
    CHECK_STR(fx_body("Quenta Morlo, whose firm went bankrupt, said so."),
              "Quenta Morlo=Quenta Morlo/person/R");
}

int main(void) {
    fx_gaz = eg_gazetteer_new();
    fx_add("Kuwait", "country", NULL, NULL, "Kuwaiti");
    fx_add("Omania", "country", NULL, NULL, NULL);
    fx_add("Soviet Union", "country", NULL, NULL, "Soviet");
    fx_add("Tokyo", "location", NULL, NULL, NULL);
    fx_add("Kafue", "location", NULL, NULL, NULL);
    fx_add("Dubai", "location", NULL, NULL, NULL);
    fx_add("Évora", "location", NULL, NULL, NULL);
    fx_add("Setúbal", "location", NULL, NULL, NULL);
    fx_add("Pacific Ocean", "location", NULL, "Pacific", NULL);
    fx_add("United Nations", "organisation", NULL, NULL, NULL);
    fx_start();

    test_plural_place_nouns();
    test_owner_appositions();
    test_site_nouns();
    test_facility_words();
    test_near_across_travel();
    test_native_bodies();
    test_trade_words();
    test_introduced_groups();
    test_research_desks();
    test_org_appositions();
    test_security_bodies();
    test_person_appositions();

    fx_stop();
    return check_finish();
}
