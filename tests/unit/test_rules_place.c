/* test_rules_place: the place rules of rules_place.c on shapes of unseen news
 * (round 4): named sites before a feature noun, words that end or head place
 * names, listed places that go on ("de la", "-La"), lists before a plural
 * region noun, sites after "at", "to", "visited" and distances, shared
 * datelines, listed names with a lower-case modifier, and the cases that
 * must stay no place. */
#include <stdio.h>
#include <string.h>

#include "rules_fixture.h"

/* No mention of the text is a place. */
static int no_place(const char *text) {
    return strstr(fx_body(text), "/location/") == NULL;
}

static void test_feature_nouns(void) {
    CHECK_STR(fx_body("Crews stopped work in the Vaca Muerta shale formation on Monday."),
              "Vaca Muerta=Vaca Muerta/location/R");
    CHECK_STR(fx_body("YPF runs fracking crews at its Loma Campana field."),
              "Loma Campana=Loma Campana/location/R");
    CHECK_STR(fx_body("Tests found manganese downstream of the Chiwore pit."),
              "Chiwore=Chiwore/location/R");
    CHECK_STR(fx_body("About 1,400 workers at the Nyakafuru gold mine walked out."),
              "Nyakafuru=Nyakafuru/location/R");
    CHECK_STR(fx_body("The Kalahari copper belt has drawn billions."),
              "Kalahari=Kalahari/location/R");
    CHECK_STR(fx_body("Talks on navigation in the Khor Abdullah waterway resumed."),
              "Khor Abdullah=Khor Abdullah/location/R");
    CHECK_STR(fx_body("It rigged a contract at the Burgan oilfield, officials said."),
              "Burgan=Burgan/location/R");
    /* "field" after one word needs an energy word; racing pits; designators */
    CHECK(no_place("The Republican field is crowded."));
    CHECK_STR(fx_body("The Burgan oil field is old."), "Burgan=Burgan/location/R");
    CHECK(no_place("The Galaxy pit crew was fast."));
    CHECK(no_place("Workers at the Mutoko Lithium mine struck."));
}

static void test_place_heads(void) {
    CHECK_STR(fx_body("The ministers met for three hours at Bayan Palace on Sunday."),
              "Bayan Palace=Bayan Palace/location/R");
    CHECK_STR(fx_body("The Suwałki Gap, a strip of land, is vulnerable."),
              "Suwałki Gap=Suwałki Gap/location/R");
    CHECK_STR(fx_body("Kuwait is building Mubarak Al-Kabeer Port on the coast."),
              "Kuwait=Kuwait/country/G; Mubarak Al-Kabeer Port=Mubarak Al-Kabeer Port/location/R");
    CHECK_STR(fx_body("The final is at the Hua Mark Indoor Stadium next year."),
              "Hua Mark Indoor Stadium=Hua Mark Indoor Stadium/location/R");
    CHECK_STR(fx_body("He was arrested near the ponds on the Gulf of Fonseca."),
              "Gulf of Fonseca=Gulf of Fonseca/location/R");
    /* a listed place inside */
    CHECK_STR(fx_body("The ship was bound for Algeciras, across the Strait of Gibraltar."),
              "Algeciras=Algeciras/location/G; Strait of Gibraltar=Strait of "
              "Gibraltar/location/R");
    /* a generated place the matcher left out before a place designator */
    CHECK_STR(fx_body("They dredged sand on the Perak River for years."),
              "Perak River=Perak River/location/R");
    CHECK_STR(fx_body("Ships will be sent to Posorja and to Puerto Bolívar."),
              "Puerto Bolívar=Puerto Bolívar/location/R");
    /* not a place: a head word with a name after it, or alone */
    CHECK(no_place("Officials at the Bayan Palace Company said so."));
    CHECK(no_place("Shares of Gap fell."));
}

static void test_listed_places_go_on(void) {
    CHECK_STR(fx_body("Hundreds rallied in Santa Cruz de la Sierra on Monday."),
              "Santa Cruz de la Sierra=Santa Cruz de la Sierra/location/R");
    CHECK_STR(fx_body("It bought plants in Castilla-La Mancha last year."),
              "Castilla-La Mancha=Castilla-La Mancha/location/R");
    /* a listed place joined by a hyphen to a new capitalised word is one
     * place, not the listed one plus a stray second half */
    CHECK_STR(fx_body("Trucks left the Garoua-Boulaï border crossing on Monday."),
              "Garoua-Boulaï=Garoua-Boulaï/location/R");
    CHECK_STR(fx_body("Trucks queued in Garoua-Boulaï, officials said."),
              "Garoua-Boulaï=Garoua-Boulaï/location/R");
    CHECK_STR(fx_body("Trucks waited at the Mariposa Port of Entry on Monday."),
              "Mariposa Port of Entry=Mariposa Port of Entry/location/R");
    CHECK_STR(fx_body("Trucks waited at the Allenby Crossing on Monday."),
              "Allenby Crossing=Allenby Crossing/location/R");
    CHECK(no_place("Trucks waited at the Port of Entry on Monday."));
    CHECK_STR(fx_body("A Garoua-Born man and a Garoua-Run firm spoke."),
              "Garoua=Garoua/location/G; Garoua=Garoua/location/G");
    /* near misses: an attribute after the hyphen, or two listed places */
    CHECK_STR(fx_body("A Garoua-based group and a Garoua-Owned firm spoke."),
              "Garoua=Garoua/location/G; Garoua=Garoua/location/G");
    CHECK_STR(fx_body("The Garoua-Kenema road reopened."),
              "Garoua=Garoua/location/G; Kenema=Kenema/location/G");
    CHECK_STR(fx_body("It has licences in the Los Lagos and Aysén regions."),
              "Los Lagos=Los Lagos/location/G; Aysén=Aysén/location/R");
    CHECK_STR(fx_body("It has licences in the Ñuble, Maule and Aysén regions."),
              "Ñuble=Ñuble/location/R; Maule=Maule/location/R; Aysén=Aysén/location/R");
    CHECK(no_place("Voters in the Northern regions chose him."));
    CHECK_STR(fx_body("It built a wind farm in Quang Binh province."),
              "Quang Binh=Quang Binh/location/R");
    CHECK_STR(fx_body("It probed gold mined in the Amazon region of Madre de Dios."),
              "Amazon=Amazon/organisation/G; Madre de Dios=Madre de Dios/location/R");
}

static void test_appositions(void) {
    CHECK_STR(fx_body("Cocaine was found at Tanger Med, the country’s largest port."),
              "Tanger Med=Tanger Med/location/R");
    CHECK(no_place("Gulftainer, the country’s largest port operator, denied it."));
    CHECK(no_place("Gulftainer, a port operator, denied it."));
}

static void test_second_round(void) {
    CHECK_STR(fx_body("None of the vessels had called at Tauranga or any other port."),
              "Tauranga=Tauranga/location/R");
    CHECK_STR(fx_body("He was held near the army base at Rukla, in the district."),
              "Rukla=Rukla/location/R");
    CHECK_STR(fx_body("Ships would be diverted to Posorja, 100 km to the southwest."),
              "Posorja=Posorja/location/R");
    CHECK_STR(fx_body("A tanker was hit about 60 nautical miles west of Mokha, officials said."),
              "Mokha=Mokha/location/R");
    CHECK_STR(fx_body("She said she had visited Chiloé twice this year."),
              "Chiloé=Chiloé/location/R");
    CHECK_STR(fx_body("Wards in Kenema and Bo are run by nurses."),
              "Kenema=Kenema/location/G; Bo=Bo/location/R");
    CHECK_STR(fx_body("It bought the smelter at Morowali, Central Sulawesi, from its founder."),
              "Morowali=Morowali/location/R; Central Sulawesi=Central Sulawesi/location/R");
    CHECK_STR(fx_body("They travelled to Davos and traveled to Klosters."),
              "Davos=Davos/location/R; Klosters=Klosters/location/R");
    /* Session 7 (round 7): places after verbs of movement, "towards", a
     * boat's destination, a province before its police, an atoll's compass
     * point, coordinated places after "from" */
    CHECK_STR(fx_body("Traders coming from Masisi and Kitchanga pay taxes."),
              "Masisi=Masisi/location/R; Kitchanga=Kitchanga/location/R");
    CHECK_STR(fx_body("He moved 60 people towards Plitvice in a van."),
              "Plitvice=Plitvice/location/R");
    CHECK_STR(fx_body("Officers boarded the vessel before escorting the boat to Tulagi."),
              "Tulagi=Tulagi/location/R");
    CHECK_STR(fx_body("He was arrested on Sunday, Tak provincial police said."),
              "Tak=Tak/location/R");
    CHECK_STR(fx_body("They fished off Zorblat, the remote atoll north of Malaita."),
              "Zorblat=Zorblat/location/R; Malaita=Malaita/location/R");
    /* a one-word name before "field" in a sentence about oil or gas */
    CHECK_STR(fx_body("The regulator fined it over a gas leak at its Skarvhelle field."),
              "Skarvhelle=Skarvhelle/location/R");
    CHECK_STR(fx_body("BP will raise output at the Rumaila field by 250,000 bpd."),
              "Rumaila=Rumaila/location/R");
    CHECK(no_place("The senator led the Republican field in the polls."));
    /* a demonym naming a language names no country and no new place */
    CHECK_STR(fx_body("The office, known in Chinese as Gongxinbu, said so."), "");
    CHECK_STR(fx_body("The gang recruits on Chinese-language forums."), "");
    CHECK_STR(fx_body("The Chinese ministry said so."), "Chinese=China/country/D");
    /* companies after "at", people after "to" */
    CHECK(no_place("An economist at Nordbank said rates would rise."));
    CHECK(no_place("He fled to Mr Halvorsen for help."));
    CHECK(no_place("It moved 40 km toward Brenner Holdings."));
}

static void test_datelines_and_modifiers(void) {
    CHECK_STR(fx_body("HANOI/TOKYO (Reuters) — The developer sued its partner."),
              "HANOI=Hanoi/location/G; TOKYO=Tokyo/location/G; Reuters=Reuters/organisation/G");
    CHECK_STR(fx_body("HANOI/DA LAT (Reuters) — The developer sued its partner."),
              "HANOI=Hanoi/location/G; DA LAT=Da Lat/location/R; Reuters=Reuters/organisation/G");
    CHECK_STR(fx_body("The buyer was a front for a company in mainland China."),
              "China=China/country/G");
    /* a modifier that is part of the listed name stays */
    CHECK_STR(fx_body("Aid reached sub-Saharan Africa."),
              "sub-Saharan Africa=sub-Saharan Africa/location/G");
}

/* Round 5: streets, squares, stadiums and palaces headed by a word of
 * another language (numbers and Roman numerals in street names), a listed
 * seat of government named as the building, works named by their place in
 * the second round, and a region noun "zone". */
static void test_native_heads_and_sites(void) {
    CHECK_STR(fx_body("Police raided offices on Avenida Segunda and on Rua XV de Novembro."),
              "Avenida Segunda=Avenida Segunda/location/R; Rua XV de Novembro=Rua XV de "
              "Novembro/location/R");
    CHECK_STR(fx_body("The ministry on Avenida 25 de Setembro paid the firm in full."),
              "Avenida 25 de Setembro=Avenida 25 de Setembro/location/R");
    CHECK_STR(fx_body("Gangs attacked trucks along Route Nationale 6 last year."),
              "Route Nationale 6=Route Nationale 6/location/R");
    CHECK_STR(fx_body("Officers searched the club’s offices at the Estadio El Pinar."),
              "Estadio El Pinar=Estadio El Pinar/location/R");
    CHECK_STR(fx_body("The envoy met the president at the Palacio Nacional on Tuesday."),
              "Palacio Nacional=Palacio Nacional/location/R");
    CHECK_STR(fx_body("The Palacio Nacional said on Tuesday that it had no comment."),
              "Palacio Nacional=Palacio Nacional (Ruritania)/agency/G");
    CHECK_STR(fx_body("Losses mounted at the Bokaro and Chandrapura plants, the agency said."),
              "Bokaro=Bokaro/location/R; Chandrapura=Chandrapura/location/R");
    CHECK_STR(fx_body("The group also runs the nearby Tenke Fungurume mine."),
              "Tenke Fungurume=Tenke Fungurume/location/R");
    CHECK_STR(fx_body("Oil flows from its line to the Brass export terminal every day."),
              "Brass=Brass/location/R");
    CHECK_STR(fx_body("She trained in Bekoji, a town in the Arsi zone of the highlands."),
              "Bekoji=Bekoji/location/R; Arsi=Arsi/location/R");
    /* an apposition owned by a listed country */
    CHECK_STR(fx_body("About 700 dockers at Shuwaikh, Kuwait’s largest container port, walked "
                      "out."),
              "Shuwaikh=Shuwaikh/location/R; Kuwait=Kuwait/country/G");
    CHECK(no_place("Shares of Gulftainer, Kuwait’s largest port operator, fell."));
    CHECK_STR(fx_body("Civilians fled along the Wadi Kaja riverbed toward the border."),
              "Wadi Kaja=Wadi Kaja/location/R");
    CHECK_STR(fx_body("Rebels control gold sites along the Nana River, the army said."),
              "Nana River=Nana River/location/R");
    CHECK_STR(fx_body("The agency asked for escorts on the road from Bouar on Monday."),
              "Bouar=Bouar/location/R");
    CHECK_STR(fx_body("The operator diverted several vessels to Ngqura last week."),
              "Ngqura=Ngqura/location/R");
    /* near misses: a compound after the works noun, a head word alone, an
     * English word before the street word */
    CHECK(no_place("The Acme plant manager quit on Friday."));
    CHECK(no_place("They walked down the Avenida in silence."));
    CHECK(no_place("Workers at the Mutoko Lithium plants struck."));
}

/* Session 5 (round 6): a new name before a comma and a feature noun ("its
 * open-pit mine", "the club’s ground", "the strait crossed by"). */
static void test_feature_appositions(void) {
    CHECK_STR(fx_body("It pumped water to feed Tres Cruces, its open-pit mine 90 km north."),
              "Tres Cruces=Tres Cruces/location/R");
    CHECK_STR(fx_body("Two matches were played at La Caldera, the club’s 18,000-seat ground."),
              "La Caldera=La Caldera/location/R");
    CHECK_STR(fx_body("Drones flew over Storebælt, the strait crossed by the bridge."),
              "Storebælt=Storebælt/location/R");
    CHECK_STR(fx_body("It rejected claims over Essequibo, the region that makes up most of it."),
              "Essequibo=Essequibo/location/R");
    CHECK_STR(fx_body("It has rights to tailings at Huanuni, Kuwait’s largest tin mine."),
              "Huanuni=Huanuni/location/R; Kuwait=Kuwait/country/G");
    /* near misses: a person or firm before a feature noun used as a modifier,
     * a bare "the" before a noun for an office */
    /* heads of river, seafront and stadium names in other languages */
    CHECK_STR(fx_body("A new reservoir on the Río Indio would end the shortages."),
              "Río Indio=Río Indio/location/R");
    CHECK_STR(fx_body("Traffic on the Corniche Ouest was heavy."),
              "Corniche Ouest=Corniche Ouest/location/R");
    CHECK(no_place("The corniche was busy, and the río ran dry."));
    /* a new name listed with a place after "from", "to", "at" */
    CHECK_STR(fx_body("Protesters came from Sheikhupura and Tokyo on Monday."),
              "Sheikhupura=Sheikhupura/location/R; Tokyo=Tokyo/location/G");
    CHECK_STR(fx_body("Letters went to Ivan Petrov and Tokyo on Monday."),
              "Ivan Petrov=Ivan Petrov/person/R; Tokyo=Tokyo/location/G");
    CHECK_STR(fx_body("Cash went to Zorblat Holdings and Tokyo on Monday."),
              "Zorblat Holdings=Zorblat Holdings/organisation/R; Tokyo=Tokyo/location/G");
    CHECK(no_place("They met Zorblat Quenk, the mine manager, on Monday."));
    CHECK(no_place("They met Zorblat, the region chief, on Monday."));
    CHECK(no_place("They sued Zorblat, the terminal’s operator, on Monday."));
}

int main(void) {
    fx_gaz = eg_gazetteer_new();
    fx_add("Kuwait", "country", NULL, NULL, "Kuwaiti");
    fx_add("Gibraltar", "location", NULL, NULL, NULL);
    fx_add("Algeciras", "location", NULL, NULL, NULL);
    fx_add("Perak", "location", "location:perak", NULL, NULL);
    fx_attr("location:perak", "source", "generated");
    fx_add("Santa Cruz", "location", NULL, NULL, NULL);
    fx_add("Castilla", "location", "location:castilla", NULL, NULL);
    fx_attr("location:castilla", "source", "generated");
    fx_add("Garoua", "location", "location:garoua", NULL, NULL);
    fx_attr("location:garoua", "source", "generated");
    fx_add("Los Lagos", "location", NULL, NULL, NULL);
    fx_add("Amazon", "organisation", NULL, NULL, NULL);
    fx_add("Kenema", "location", NULL, NULL, NULL);
    fx_add("Hanoi", "location", NULL, NULL, NULL);
    fx_add("Tokyo", "location", NULL, NULL, NULL);
    fx_add("Reuters", "organisation", NULL, NULL, NULL);
    fx_add("China", "country", NULL, "mainland China", "Chinese");
    fx_add("sub-Saharan Africa", "location", NULL, NULL, NULL);
    fx_add("Palacio Nacional (Ruritania)", "agency", NULL, "Palacio Nacional", NULL);
    fx_start();

    test_feature_nouns();
    test_place_heads();
    test_listed_places_go_on();
    test_appositions();
    test_second_round();
    test_datelines_and_modifiers();
    test_native_heads_and_sites();
    test_feature_appositions();

    fx_stop();
    return check_finish();
}
