/* test_rules: recogniser rules over real tokenised, segmented, gazetteer-
 * matched text: titles, appositions, bylines, organisation and agency shapes,
 * acronyms, headlines, boilerplate, overlap policy with the gazetteer, the
 * user PCRE2 file format and its error reports, and the loaders. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rules_fixture.h"

static void test_titles(void) {
    CHECK_STR(fx_body("Canadian Senator Marie Doe said on Monday that talks failed."),
              "Canadian=Canada/country/D; Marie Doe=Marie Doe/person/R");
    CHECK_STR(fx_body("Kenyan Energy Minister John Otieno said the deal was under review."),
              "Kenyan=Kenya/country/D; John Otieno=John Otieno/person/R");
    CHECK_STR(fx_body("The letter was signed by Prime Minister Anna Lindqvist yesterday."),
              "Anna Lindqvist=Anna Lindqvist/person/R");
    /* initials, particles, hyphens and accents belong to the name */
    CHECK_STR(fx_body("It was Dr. J. R. Ellison who spoke."),
              "J. R. Ellison=J. R. Ellison/person/R");
    CHECK_STR(fx_body("President Bashar al-Assad spoke."),
              "Bashar al-Assad=Bashar al-Assad/person/R");
    CHECK_STR(fx_body("We met Prof Ursula von der Leyen there."),
              "Ursula von der Leyen=Ursula von der Leyen/person/R");
    CHECK_STR(fx_body("Detective Jean-Luc Ågård declined to comment."),
              "Jean-Luc Ågård=Jean-Luc Ågård/person/R");
    CHECK_STR(fx_body("That was when chief executive May\nOkafor said no."),
              "May\nOkafor=May Okafor/person/R");
    /* a surname alone only after titles that allow it */
    CHECK_STR(fx_body("Mr Doe said he had nothing to add."), "Doe=Doe/person/R");
    CHECK_STR(fx_body("Mrs. Roe declined."), "Roe=Roe/person/R");
    CHECK_STR(fx_body("Shares of General Motors rose."),
              "General Motors=General Motors/organisation/R");
    CHECK_STR(fx_body("Later King Charles arrived."), "");
    /* "Department" ends names too; resolve links the reversed form to a listed one */
    CHECK_STR(fx_body("The Justice Department declined to comment."),
              "Justice Department=Justice Department/agency/R");
    /* title, comma, name, comma */
    CHECK_STR(fx_body("Its chairman, Klaus Reinholt, criticised the agency."),
              "Klaus Reinholt=Klaus Reinholt/person/R");
    /* more than four name words is not a name */
    CHECK_STR(fx_body("Senator Alpha Beta Gamma Delta Epsilon spoke."), "");
}

static void test_stopwords(void) {
    CHECK_STR(fx_body("On Monday the board met. In May it voted again."), "");
    CHECK_STR(fx_body("Mr Monday said nothing."), "");
    CHECK_STR(fx_body("Senator May 5 was the date."), "");
    CHECK_STR(fx_body("Prime Minister Theresa May spoke."), "Theresa May=Theresa May/person/R");
    CHECK(eg_rules_stopword("The", 3));
    CHECK(eg_rules_stopword("MONDAY", 6));
    CHECK(eg_rules_stopword("may", 3));
    CHECK(!eg_rules_stopword("Doe", 3));
    CHECK(!eg_rules_stopword("US", 2));
}

static void test_apposition(void) {
    CHECK_STR(fx_body("The rise was sharp, said Anna Berg, an economist at Nordbank."),
              "Anna Berg=Anna Berg/person/R");
    CHECK_STR(fx_body("We spoke to Anna Berg, the chief executive of Nordwind, on Friday."),
              "Anna Berg=Anna Berg/person/R");
    CHECK_STR(fx_body("They met Viktor Sorokin, the shipper’s owner, in Istanbul."),
              "Viktor Sorokin=Viktor Sorokin/person/R; Istanbul=Istanbul/location/R");
    CHECK_STR(fx_body("Chad Merriweather, who ran compliance, spoke."),
              "Chad Merriweather=Chad Merriweather/person/R");
    CHECK_STR(fx_body("\"No,\" said J. R. Ellison, Ofac’s director."),
              "J. R. Ellison=J. R. Ellison/person/R");
    CHECK_STR(fx_body("It was found, said Søren Ågård, head of enforcement."),
              "Søren Ågård=Søren Ågård/person/R");
    /* not a person: no title after the article (a company noun makes an
     * organisation), or a single word */
    CHECK_STR(fx_body("They sued Baltic Freight Lines, a shipping company, in May."),
              "Baltic Freight Lines=Baltic Freight Lines/organisation/R");
    CHECK_STR(fx_body("Tremblay, a former police investigator, spoke."), "");
}

static void test_bylines(void) {
    CHECK_STR(fx_run("Ships seized", "By Jane Doe\n\nThe ships were seized on Friday."),
              "Jane Doe=Jane Doe/person/R");
    CHECK_STR(fx_body("By Jane Doe and John Roe, Reuters\n\nThe ships were seized."),
              "Jane Doe=Jane Doe/person/R; John Roe=John Roe/person/R");
    CHECK_STR(fx_body("The ships were seized.\n\nReporting by Jane Doe in London; Editing by "
                      "Mark Heller"),
              "Jane Doe=Jane Doe/person/R; London=London/location/G; "
              "Mark Heller=Mark Heller/person/R");
    CHECK_STR(fx_body("*By Olga Vesnina*\n\nMOSCOW - The Kremlin spoke."),
              "Olga Vesnina=Olga Vesnina/person/R; MOSCOW=Moscow/location/R");
    CHECK_STR(fx_body("Author: Jane Doe\n\nText follows here."), "Jane Doe=Jane Doe/person/R");
    /* "By" that does not start a byline */
    CHECK_STR(fx_body("By Monday the ships had left."), "");
    CHECK_STR(fx_body("By Western standards the fine was small."), "");
}

static void test_organisations(void) {
    CHECK_STR(fx_body("Payments went to Northern Policy Research Associates last year."),
              "Northern Policy Research Associates=Northern Policy Research "
              "Associates/organisation/R");
    CHECK_STR(fx_body("Two firms share directors with Baltic Freight Lines Ltd, the shipper."),
              "Baltic Freight Lines Ltd=Baltic Freight Lines Ltd/organisation/R");
    CHECK_STR(fx_body("Shares in Acme Inc. fell."), "Acme Inc.=Acme Inc/organisation/R");
    CHECK_STR(fx_body("Bryce Halloran, the chief executive of Sahel Gold Corp., left."),
              "Bryce Halloran=Bryce Halloran/person/R; Sahel Gold Corp.=Sahel Gold "
              "Corp/organisation/R");
    CHECK_STR(fx_body("It flew with Kenya Airways Ltd to Nairobi."),
              "Kenya Airways Ltd=Kenya Airways Ltd/organisation/R");
    CHECK_STR(fx_body("A Bank of England spokesman declined."),
              "Bank of England=Bank of England/organisation/R");
    CHECK_STR(fx_body("Bank of England Governor Andrew Bailey spoke."),
              "Bank of England=Bank of England/organisation/R; "
              "Andrew Bailey=Andrew Bailey/person/R");
    /* the gazetteer wins over a rule span that overlaps one of its names */
    CHECK_STR(fx_body("The Zenith Partners Group rose."),
              "Zenith Partners=Zenith Partners/organisation/G");
    /* "and" inside a name only with an acronym or "known as" after it */
    CHECK_STR(fx_body("Kenya Power and Lighting Company, known as Kenya Power, buys it."),
              "Kenya Power and Lighting Company=Kenya Power and Lighting "
              "Company/organisation/R; Kenya Power=Kenya Power and Lighting "
              "Company/organisation/S");
    CHECK_STR(fx_body("Northwind and Acme Holdings signed."), "");
}

static void test_agencies(void) {
    CHECK_STR(fx_body("The Department of Defense said so."),
              "Department of Defense=Department of Defense/agency/R");
    CHECK_STR(fx_body("He joined the Ministry of Trade and Industry in 2019."),
              "Ministry of Trade and Industry=Ministry of Trade and Industry/agency/R");
    CHECK_STR(fx_body("It blamed the Canada Border Services Agency for the delay."),
              "Canada Border Services Agency=Canada Border Services Agency/agency/R");
    CHECK_STR(fx_body("He called the Department of Justice and Federal Bureau of Investigation."),
              "Department of Justice=Department of Justice/agency/R; Federal Bureau of "
              "Investigation=Federal Bureau of Investigation/agency/R");
    CHECK_STR(fx_body("Officials at the Home Office disagreed."),
              "Home Office=Home Office/agency/R");
}

static void test_acronyms(void) {
    CHECK_STR(fx_body("Northern Policy Research Associates (NPRA) said no."),
              "Northern Policy Research Associates=Northern Policy Research "
              "Associates/organisation/R; NPRA=Northern Policy Research Associates/organisation/S");
    CHECK_STR(fx_body("It paid Northern Policy Research Associates, NPRA, in 2024."),
              "Northern Policy Research Associates=Northern Policy Research "
              "Associates/organisation/R; NPRA=Northern Policy Research Associates/organisation/S");
    CHECK_STR(fx_body("It paid Northern Policy Research Associates, ABC, in 2024."),
              "Northern Policy Research Associates=Northern Policy Research "
              "Associates/organisation/R");
    CHECK_STR(fx_body("The Federal Bureau of Investigation (FBI) said."),
              "Federal Bureau of Investigation=Federal Bureau of Investigation/agency/R; "
              "FBI=Federal Bureau of Investigation/agency/S");
    CHECK_STR(fx_body("Kenya Power and Lighting Company (KPLC) buys it."),
              "Kenya Power and Lighting Company=Kenya Power and Lighting "
              "Company/organisation/R; KPLC=Kenya Power and Lighting Company/organisation/S");
}

static void test_sectors_and_heads(void) {
    /* industry words end company names */
    CHECK_STR(fx_body("He left Hanul Semiconductor in 2021."),
              "Hanul Semiconductor=Hanul Semiconductor/organisation/R");
    CHECK_STR(fx_body("It sold ore to Hebei Jinding Steel last year."),
              "Hebei Jinding Steel=Hebei Jinding Steel/organisation/R");
    CHECK_STR(fx_body("It was bought by Coral Sea Resources in 2024."),
              "Coral Sea Resources=Coral Sea Resources/organisation/R");
    CHECK_STR(fx_body("A German carmaker, Kessler Motoren, denied it."),
              "German=Germany/country/D; Kessler Motoren=Kessler Motoren/organisation/R");
    /* but not common nouns: only places or demonyms, a generic adjective, a
     * capitalised word after, a title or a given name before */
    CHECK_STR(fx_body("Kenyan Steel exports rose."), "");
    CHECK_STR(fx_body("Prices of Renewable Energy fell."), "");
    CHECK_STR(fx_body("Kenyan Energy Minister John Otieno spoke."),
              "Kenyan=Kenya/country/D; John Otieno=John Otieno/person/R");
    CHECK_STR(fx_body("Ambassador Samantha Power spoke."),
              "Samantha Power=Samantha Power/person/R");
    /* a listed company and a business word is a company of its own; a legal
     * form or group word leaves it the listed one */
    CHECK_STR(fx_body("An analyst at Samsung Securities said so."),
              "Samsung Securities=Samsung Securities/organisation/R");
    CHECK_STR(fx_body("Shares in Samsung Group rose."),
              "Samsung=Samsung Electronics/organisation/G");
    /* a listed company with new words before the designator is a company of
     * its own; a listed company of two words is not taken in */
    CHECK_STR(fx_body("It hired Samsung Capital Markets to advise it."),
              "Samsung Capital Markets=Samsung Capital Markets/organisation/R");
    CHECK_STR(fx_body("It hired Samsung Electronics Capital Group to advise it."),
              "Samsung Electronics=Samsung Electronics/organisation/G; Capital Group=Capital "
              "Group/organisation/R");
    /* words that head names in other languages; legal forms with a slash */
    CHECK_STR(fx_body("He worked at Banque Léman Privée in Geneva."),
              "Banque Léman Privée=Banque Léman Privée/organisation/R; Geneva=Geneva/location/R");
    CHECK_STR(fx_body("The regulator fined Nordhavn Bank A/S on Monday."),
              "Nordhavn Bank A/S=Nordhavn Bank A/S/organisation/R");
    /* possessives inside names, but not a listed possessor */
    CHECK_STR(fx_body("It praised the Scottish Fishermen’s Federation today."),
              "Scottish Fishermen’s Federation=Scottish Fishermen’s Federation/organisation/R");
    CHECK_STR(fx_body("He hacked St. Brendan’s Medical Center last year."),
              "St. Brendan’s Medical Center=St. Brendan’s Medical Center/organisation/R");
    CHECK_STR(fx_body("Moldova’s Anticorruption Prosecutor’s Office charged him."),
              "Anticorruption Prosecutor’s Office=Anticorruption Prosecutor’s Office/agency/R");
    CHECK_STR(fx_body("Russia’s Federal Security Service said so."),
              "Russia=Russia/country/G; Federal Security Service=Federal Security "
              "Service/agency/R");
    CHECK_STR(fx_body("The Attorney General’s Office seized assets."),
              "Attorney General’s Office=Attorney General’s Office/agency/R");
    /* types from the name's words */
    CHECK_STR(fx_body("The Arakan Army seized it; the Kenya Army did not."),
              "Arakan Army=Arakan Army/organisation/R; Kenya Army=Kenya Army/agency/R");
    CHECK_STR(fx_body("He joined the World Anti-Doping Agency in May."),
              "World Anti-Doping Agency=World Anti-Doping Agency/organisation/R");
    CHECK_STR(fx_body("The Renewal Bloc won 11 races."),
              "Renewal Bloc=Renewal Bloc/organisation/R");
    CHECK_STR(fx_body("The European Ombudsman criticised it."),
              "European Ombudsman=European Ombudsman/agency/R");
}

static void test_places(void) {
    CHECK_STR(fx_body("He spied on Rzeszów-Jasionka Airport for months."),
              "Rzeszów-Jasionka Airport=Rzeszów-Jasionka Airport/location/R");
    CHECK_STR(fx_body("They were held in the coastal town of Malindi on Friday."),
              "Malindi=Malindi/location/R");
    CHECK_STR(fx_body("They hit Pivdennyi, a port east of the city, twice."),
              "Pivdennyi=Pivdennyi/location/R");
    CHECK_STR(fx_body("ASML, which is based in Veldhoven, did not comment."),
              "Veldhoven=Veldhoven/location/R");
    CHECK_STR(fx_body("It is building a plant near Olkaria this year."),
              "Olkaria=Olkaria/location/R");
    CHECK_STR(fx_body("It hit a hospital in Worcester, Massachusetts, in 2024."),
              "Worcester=Worcester/location/R; Massachusetts=Massachusetts/location/G");
    CHECK_STR(fx_body("BELLINZONA, Switzerland — Switzerland’s court ruled."),
              "BELLINZONA=Bellinzona/location/R; Switzerland=Switzerland/country/G; "
              "Switzerland=Switzerland/country/G");
    CHECK_STR(fx_body("Missiles struck the Poltava region overnight."),
              "Poltava=Poltava/location/R");
    /* a country naming a dateline is its city, except Singapore */
    CHECK_STR(fx_body("MONACO — The unit in Monaco charged her."),
              "MONACO=Monaco/location/R; Monaco=Monaco/country/G");
    CHECK_STR(fx_body("SINGAPORE — Hackers stole tokens."), "SINGAPORE=Singapore/country/G");
    CHECK_STR(fx_body("A sample was taken in Iten in January."), "Iten=Iten/location/R");
    CHECK_STR(fx_body("They were arrested in Uppsala and Södertälje in January."),
              "Uppsala=Uppsala/location/R; Södertälje=Södertälje/location/R");
    /* not places: a month, a language, a company's stake, a person described */
    CHECK_STR(fx_body("It hacked the network in Dec. 2024."), "");
    CHECK_STR(fx_body("The statement was written in English."), "");
    CHECK_STR(fx_body("Jane Doe, a city councillor, spoke."), "Jane Doe=Jane Doe/person/R");
    /* (since session 22 the frame "stake in *" makes it a company) */
    CHECK_STR(fx_body("It bought a stake in Tidewater last year."),
              "Tidewater=Tidewater/organisation/R");
}

static void test_given_names(void) {
    CHECK_STR(fx_body("Police detained Oleh Marchuk in the port."),
              "Oleh Marchuk=Oleh Marchuk/person/R");
    CHECK_STR(fx_body("The man, identified only as Pavel H. under privacy law, left."),
              "Pavel H.=Pavel H./person/R");
    CHECK_STR(fx_body("Prosecutors indicted Choi Min-jun on Monday."),
              "Choi Min-jun=Choi Min-jun/person/R");
    CHECK_STR(fx_body("Her former coach, the Italian Marco Sartori, was banned."),
              "Italian=Italy/country/D; Marco Sartori=Marco Sartori/person/R");
    /* not people: things named after people, longer capitalised runs */
    CHECK_STR(fx_body("The Christian Democrats won."), "");
    CHECK_STR(fx_body("Tourists visited Victoria Falls again."), "");
    /* person nouns after a comma, initials included */
    CHECK_STR(fx_body("Police arrested Jian G., a German citizen, on Tuesday."),
              "Jian G.=Jian G./person/R; German=Germany/country/D");
    CHECK_STR(
        fx_body("It charged Mercy Jeptoo, the Kenyan who won in Berlin."),
        "Mercy Jeptoo=Mercy Jeptoo/person/R; Kenyan=Kenya/country/D; Berlin=Berlin/location/R");
    /* a full name ending in the surname of a person found by a title */
    CHECK_STR(fx_body("It charged Abdur Rouf Talukder on Sunday. Mr Talukder denied it."),
              "Abdur Rouf Talukder=Abdur Rouf Talukder/person/R; Talukder=Talukder/person/R");
    CHECK_STR(fx_body("It charged Rouf Talukder on Sunday. Mr Talukder denied it."),
              "Rouf Talukder=Rouf Talukder/person/R; Talukder=Talukder/person/R");
}

static void test_org_nouns(void) {
    CHECK_STR(fx_body("said Ngozi Eze, who heads the Lagos-based group Citizens for Open Budgets."),
              "Ngozi Eze=Ngozi Eze/person/R; Lagos=Lagos/location/G; Citizens for Open "
              "Budgets=Citizens for Open Budgets/organisation/R");
    CHECK_STR(fx_body("Police shut down BlackLantern, one of the most active ransomware gangs."),
              "BlackLantern=BlackLantern/organisation/R");
    CHECK_STR(fx_body("Mr Njoroge’s company, Rift Petroleum Traders, denied it."),
              "Njoroge=Njoroge/person/R; Rift Petroleum Traders=Rift Petroleum "
              "Traders/organisation/R");
    CHECK_STR(fx_body("Drones hit a substation, said Ukrenergo, the national grid operator."),
              "Ukrenergo=Ukrenergo/organisation/R");
    CHECK_STR(fx_body("It hired the cybersecurity firm Mandiant to investigate."),
              "Mandiant=Mandiant/organisation/R");
    /* a company noun that describes a person, and an adverb */
    CHECK_STR(fx_body("We met Anna Berg, a company director, there."),
              "Anna Berg=Anna Berg/person/R");
    CHECK_STR(fx_body("Separately, the company said it would cut jobs."), "");
    /* "said it": a thing, unless the word names a person of the article */
    CHECK_STR(fx_body("Coupang said it would appeal."), "Coupang=Coupang/organisation/R");
    CHECK_STR(fx_body("Police charged Paulo Brandão. Brandão said it was a mistake."),
              "Paulo Brandão=Paulo Brandão/person/R");
}

static void test_acronym_override(void) {
    /* the article's own definition beats the list's meaning of an acronym */
    CHECK_STR(fx_body("The Australian Federal Police (AFP) charged him. The AFP said so."),
              "Australian Federal Police=Australian Federal Police/agency/G; AFP=Australian "
              "Federal Police/agency/S; AFP=Australian Federal Police/agency/S");
    /* a listed body named without its qualifier: the listed body */
    CHECK_STR(fx_body("He was held by the Internal Security Agency (ABW) in May."),
              "Internal Security Agency=Internal Security Agency (Poland)/agency/R; "
              "ABW=Internal Security Agency (Poland)/agency/G");
    /* a listed alias right after a shorter discovered name */
    CHECK_STR(fx_body("Sweden’s Security Service, Säpo, said so."),
              "Security Service=Swedish Security Service/agency/R; Säpo=Swedish Security "
              "Service/agency/G");
    /* an unrelated acronym keeps its listed meaning */
    CHECK_STR(fx_body("Reuters and AFP reported it."), "AFP=Agence France-Presse/organisation/G");
}

static void test_headlines_and_boilerplate(void) {
    /* capitals: only a title with a name known from the body */
    CHECK_STR(fx_run("SENATOR MARIE DOE PRESSES OTTAWA", "Senator Marie Doe spoke on Friday."),
              "MARIE DOE=Marie Doe/person/R; Marie Doe=Marie Doe/person/R");
    CHECK_STR(fx_run("SENATOR MARIE DOE PRESSES OTTAWA", "The vote is on Friday."), "");
    /* title case: same */
    CHECK_STR(fx_run("Senator Marie Doe Presses Ottawa Over Acme Holdings",
                     "Senator Marie Doe spoke on Friday."),
              "Marie Doe=Marie Doe/person/R; Marie Doe=Marie Doe/person/R");
    /* nothing from boilerplate */
    CHECK_STR(fx_body("Senator Marie Doe spoke.\n\nRelated stories\n- Senator Jane Roe visits "
                      "Acme Holdings\n"),
              "Marie Doe=Marie Doe/person/R");
}

static void test_user_rules(void) {
    char dir[] = "/tmp/eg_test_rules_XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[512];
    snprintf(path, sizeof path, "%s/extra.tsv", dir);
    FILE *f = fopen(path, "w");
    fputs("# comment\n\norganisation\t\\bthe\\s+(?<name>\\p{Lu}\\w+(?:\\s+\\p{Lu}\\w+)*)\\s+"
          "think tank\n"
          "vessel\t\\bthe\\s+(?<name>\\p{Lu}\\w+\\s+\\p{Lu}\\w+)\\s+vessel\tallcaps\n"
          "organisation\t(?<name>\\bChat)ham\\b\n"
          /* the same shape twice: one gated on "Quay" or "Wharf" in the sentence, one on a
           * literal its matches never hold (so it can never run) */
          "crew\t(?<name>\\p{Lu}\\w+\\s+\\p{Lu}\\w+)\\s+(?:skiff|ketch)\\b\tneeds=skiff|ketch, "
          "allcaps\n"
          "crew\t(?<name>\\p{Lu}\\w+\\s+\\p{Lu}\\w+)\\s+dinghy\\b\tneeds=yawl\n",
          f);
    fclose(f);
    eg_rules *r = eg_rules_new();
    eg_error err;
    eg_error_clear(&err);
    char gdir[512];
    snprintf(gdir, sizeof gdir, "%s/rules", EG_SOURCE_GAZETTEERS);
    CHECK_INT(eg_rules_load_dir(r, gdir, &err), EG_OK);
    CHECK_INT(eg_rules_load(r, path, &err), EG_OK);
    CHECK_INT(eg_rules_finish(r, &err), EG_OK);
    eg_rules *keep = fx_rules;
    eg_rulescratch *keeps = fx_scratch;
    fx_rules = r;
    fx_scratch = eg_rulescratch_new(r);
    CHECK_STR(fx_body("Money went to the Chatham Circle think tank."),
              "Chatham Circle=Chatham Circle/organisation/R");
    CHECK_STR(fx_body("They boarded the Kestrel Dawn vessel at dawn."),
              "Kestrel Dawn=Kestrel Dawn/vessel/R");
    /* needs=: the rule runs on a sentence holding one of its literals ... */
    CHECK_STR(fx_body("They sailed the Zubek Varn skiff."), "Zubek Varn=Zubek Varn/crew/R");
    CHECK_STR(fx_body("They sailed the Zubek Varn ketch and the Orlo Mett dinghy."),
              "Zubek Varn=Zubek Varn/crew/R");
    /* ... and never on one without (the literal elsewhere in the article is not enough) */
    CHECK_STR(fx_body("They sailed the Orlo Mett dinghy. A yawl followed."), "");
    CHECK(eg_rx_needs_in("Quay|Wharf", "a Wharf", 0, 7));
    CHECK(!eg_rx_needs_in("Quay|Wharf", "a Wharf", 0, 6));
    CHECK(eg_rx_needs_in("x|Wh", "a Wharf", 2, 4));
    CHECK(!eg_rx_needs_in("Wharfs", "a Wharf", 0, 7));
    /* the name must fall on token boundaries: "Chat" of "Chatham" gives nothing */
    CHECK_STR(fx_body("Chatham is a town."), "");
    /* bundled age rule; leading titles are not part of a person's name */
    CHECK_STR(fx_body("Jane Doe, 45, a nurse from Leeds, spoke."),
              "Jane Doe=Jane Doe/person/R; Leeds=Leeds/location/R");
    eg_rulescratch_free(fx_scratch);
    eg_rules_free(r);
    fx_rules = keep;
    fx_scratch = keeps;
    remove(path);
    rmdir(dir);
}

/* Writes `text` to dir/name. */
static void write_file(const char *dir, const char *name, const char *text) {
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    fputs(text, f);
    fclose(f);
}

static eg_status load_one(const char *dir, const char *text, eg_error *err) {
    write_file(dir, "bad.tsv", text);
    char p[512];
    snprintf(p, sizeof p, "%s/bad.tsv", dir);
    eg_rules *r = eg_rules_new();
    eg_error_clear(err);
    eg_status st = eg_rules_load(r, p, err);
    eg_rules_free(r);
    return st;
}

static void test_errors(void) {
    char dir[] = "/tmp/eg_test_rules_XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    eg_error err;
    /* PCRE2 message and the column of the error in the line */
    CHECK_INT(load_one(dir, "# x\nperson\t(?<name>\\p{Lu}+\n", &err), EG_ERR_CONFIG);
    CHECK_INT(err.line, 2);
    CHECK_INT(err.column, 23);
    CHECK(strstr(err.text, "missing closing parenthesis") != NULL);
    CHECK(strstr(err.source, "bad.tsv") != NULL);
    CHECK_INT(load_one(dir, "person\t\\p{Lu}+\n", &err), EG_ERR_CONFIG);
    CHECK_INT(err.line, 1);
    CHECK(strstr(err.text, "(?<name>...)") != NULL);
    CHECK_INT(load_one(dir, "Person\t(?<name>x)\n", &err), EG_ERR_CONFIG);
    CHECK_INT(err.column, 1);
    CHECK_INT(load_one(dir, "person\t(?<name>x)\tallcaps, loud\n", &err), EG_ERR_CONFIG);
    CHECK_INT(err.column, 28);
    CHECK(strstr(err.text, "loud") != NULL);
    CHECK_INT(load_one(dir, "person\t(?<name>x)\tneeds=a||b\n", &err), EG_ERR_CONFIG);
    CHECK_INT(err.column, 27);
    CHECK(strstr(err.text, "none empty") != NULL);
    CHECK_INT(load_one(dir, "person\t(?<name>x)\tneeds=\n", &err), EG_ERR_CONFIG);
    CHECK_INT(load_one(dir, "person\t(?<name>x)\tneeds=a, needs=b\n", &err), EG_ERR_CONFIG);
    CHECK(strstr(err.text, "twice") != NULL);
    CHECK_INT(load_one(dir, "person\t(?<name>x)\tneeds=a|b, allcaps\n", &err), EG_OK);
    CHECK_INT(load_one(dir, "person only\n", &err), EG_ERR_CONFIG);
    CHECK_INT(load_one(dir, "person\t\n", &err), EG_ERR_CONFIG);
    CHECK_INT(load_one(dir, "person\t(?<name>\xff)\n", &err), EG_ERR_CONFIG);
    CHECK_INT(err.line, 1);

    /* a rules folder: titles and designators */
    write_file(dir, "titles.txt", "Mr\tsurname\nChief\tsurnames\n");
    write_file(dir, "designators.txt", "Inc\torganisation\n");
    eg_rules *r = eg_rules_new();
    eg_error_clear(&err);
    CHECK_INT(eg_rules_load_dir(r, dir, &err), EG_ERR_CONFIG);
    CHECK(strstr(err.source, "titles.txt") != NULL);
    CHECK_INT(err.line, 2);
    CHECK_INT(err.column, 7);
    eg_rules_free(r);
    write_file(dir, "titles.txt", "Mr\tsurname\n");
    write_file(dir, "designators.txt", "Inc\torganisation\nAcme Corp\torganisation\n");
    r = eg_rules_new();
    eg_error_clear(&err);
    CHECK_INT(eg_rules_load_dir(r, dir, &err), EG_ERR_CONFIG);
    CHECK(strstr(err.source, "designators.txt") != NULL);
    CHECK_INT(err.line, 2);
    CHECK(strstr(err.text, "one word") != NULL);
    eg_rules_free(r);
    write_file(dir, "designators.txt", "Inc\tOrganisation\n");
    r = eg_rules_new();
    eg_error_clear(&err);
    CHECK_INT(eg_rules_load_dir(r, dir, &err), EG_ERR_CONFIG);
    CHECK_INT(err.column, 5);
    eg_rules_free(r);
    /* org_frames.txt (optional): lower-case words, then "*" last */
    write_file(dir, "designators.txt", "Inc.\torganisation\nMinistry\tagency\tof\n");
    write_file(dir, "org_frames.txt", "# frames\nfined *\nsigned With *\n");
    r = eg_rules_new();
    eg_error_clear(&err);
    CHECK_INT(eg_rules_load_dir(r, dir, &err), EG_ERR_CONFIG);
    CHECK(strstr(err.source, "org_frames.txt") != NULL);
    CHECK_INT(err.line, 3);
    CHECK_INT(err.column, 8);
    eg_rules_free(r);
    write_file(dir, "org_frames.txt", "* shares\n");
    r = eg_rules_new();
    eg_error_clear(&err);
    CHECK_INT(eg_rules_load_dir(r, dir, &err), EG_ERR_CONFIG);
    CHECK(strstr(err.text, "must end the frame") != NULL);
    eg_rules_free(r);
    write_file(dir, "org_frames.txt", "fined\n");
    r = eg_rules_new();
    eg_error_clear(&err);
    CHECK_INT(eg_rules_load_dir(r, dir, &err), EG_ERR_CONFIG);
    CHECK(strstr(err.text, "'*'") != NULL);
    eg_rules_free(r);
    write_file(dir, "org_frames.txt", "state--owned *\n");
    r = eg_rules_new();
    eg_error_clear(&err);
    CHECK_INT(eg_rules_load_dir(r, dir, &err), EG_ERR_CONFIG);
    CHECK_INT(err.column, 1);
    eg_rules_free(r);
    /* a leading hyphen stands for a word glued to it ("-based *"); a hyphen
     * alone or doubled is no word */
    write_file(dir, "org_frames.txt", "fined *\n- *\n");
    r = eg_rules_new();
    eg_error_clear(&err);
    CHECK_INT(eg_rules_load_dir(r, dir, &err), EG_ERR_CONFIG);
    CHECK_INT(err.line, 2);
    eg_rules_free(r);
    write_file(dir, "org_frames.txt", "--based *\n");
    r = eg_rules_new();
    eg_error_clear(&err);
    CHECK_INT(eg_rules_load_dir(r, dir, &err), EG_ERR_CONFIG);
    eg_rules_free(r);
    write_file(dir, "org_frames.txt", "-based *\nfined *\nstate-owned *\n");
    /* recognisers.tsv is optional; the others are not */
    r = eg_rules_new();
    eg_error_clear(&err);
    CHECK_INT(eg_rules_load_dir(r, dir, &err), EG_OK);
    CHECK_INT(eg_rules_finish(r, &err), EG_OK);
    CHECK_INT(eg_rules_load(r, "/nonexistent", &err), EG_ERR_USAGE);
    size_t n;
    const char *const *d = eg_rules_designators(r, &n);
    CHECK_INT(n, 1);
    CHECK_STR(d[0], "Inc");
    eg_rules_free(r);
    char p[512];
    snprintf(p, sizeof p, "%s/titles.txt", dir);
    remove(p);
    r = eg_rules_new();
    eg_error_clear(&err);
    CHECK_INT(eg_rules_load_dir(r, dir, &err), EG_ERR_IO);
    eg_rules_free(r);
    /* applying unfinished rules is a usage error */
    r = eg_rules_new();
    eg_rulescratch *s = eg_rulescratch_new(r);
    eg_error_clear(&err);
    CHECK_INT(eg_rules_apply(r, s, fx_gaz, &fx_doc, &err), EG_ERR_USAGE);
    eg_rulescratch_free(s);
    eg_rules_free(r);
    snprintf(p, sizeof p, "rm -rf '%s'", dir);
    CHECK_INT(system(p), 0);
}

static int has(const char *const *v, size_t n, const char *w) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(v[i], w) == 0)
            return 1;
    return 0;
}

static void test_lists(void) {
    size_t n;
    const char *const *t = eg_rules_titles(fx_rules, &n);
    CHECK(n > 50);
    CHECK(has(t, n, "President"));
    CHECK(has(t, n, "Minister"));
    CHECK(has(t, n, "Sen"));
    CHECK(has(t, n, "executive"));
    CHECK(!has(t, n, "of"));
    CHECK(!has(t, n, "Sen."));
    for (size_t i = 1; i < n; i++)
        CHECK(strcmp(t[i - 1], t[i]) < 0);
    const char *const *d = eg_rules_designators(fx_rules, &n);
    CHECK(has(d, n, "Ltd"));
    CHECK(has(d, n, "Inc"));
    CHECK(has(d, n, "S.A."));
    CHECK(!has(d, n, "Ministry"));
    CHECK(!has(d, n, "Inc."));
}

/* Shapes of unseen news (session 2): places by their context, hyphenated
 * places, firms named by an apposition, football clubs,
 * a body typed by its apposition, an office named by a possessive. */
static void test_unseen_shapes(void) {
    CHECK_STR(fx_body("He filmed the border crossing at Medyka last year."),
              "Medyka=Medyka/location/R");
    CHECK_STR(fx_body("He was stopped at the Brest border crossing on Wednesday."),
              "Brest=Brest/location/R");
    CHECK_STR(fx_body("He appeared in the Bellville regional court on Monday."),
              "Bellville=Bellville/location/R");
    CHECK_STR(fx_body("It exports logs from Lambaréné and Franceville to buyers abroad."),
              "Lambaréné=Lambaréné/location/R; Franceville=Franceville/location/R");
    CHECK_STR(fx_body("Police raided Casa Moretti, the Italian fashion house known for its bags."),
              "Casa Moretti=Casa Moretti/organisation/R; Italian=Italy/country/D");
    CHECK_STR(fx_body("Fans of Nkana FC marched to the stadium."),
              "Nkana FC=Nkana FC/organisation/R");
    CHECK_STR(fx_body("Police raided Sahyadri Infra on Thursday."),
              "Sahyadri Infra=Sahyadri Infra/organisation/R");
    CHECK_STR(fx_body("The Hungarian Helsinki Committee, a rights group, criticised the law."),
              "Hungarian Helsinki Committee=Hungarian Helsinki Committee/organisation/R");
    CHECK_STR(fx_body("Georgia’s Prosecutor’s Office cooperated with the inquiry."),
              "Prosecutor’s Office=Prosecutor’s Office/agency/R");
    CHECK_STR(fx_body("Microsoft buys London AI start-up Quillmark for a lot of money today."), "");
    CHECK_STR(fx_body("The miners of the town of Kitwe went on strike, said residents of Ndola."),
              "Kitwe=Kitwe/location/R; Ndola=Ndola/location/R");
}

/* Shapes of round-2 held-out misses, written afresh with other names. */
static void test_round3_shapes(void) {
    /* generated places give way inside longer names and after titles */
    CHECK_STR(fx_body("Police raided offices in Recife and Olinda in May."),
              "Recife=Recife/location/G; Olinda=Olinda/location/G");
    CHECK_STR(fx_body("Marcos Albuquerque Lins, a consultant, was not charged."),
              "Marcos Albuquerque Lins=Marcos Albuquerque Lins/person/R");
    CHECK_STR(fx_body("The Olinda Carnival drew crowds."), "");
    /* a listed place, "and", a new one; "nearby"; "between", "around", "off" */
    CHECK_STR(fx_body("Samples from clinics in Recife and Tessaly were tested."),
              "Recife=Recife/location/G; Tessaly=Tessaly/location/R");
    CHECK_STR(fx_body("It is popular in Recife and nearby Varnham."),
              "Recife=Recife/location/G; Varnham=Varnham/location/R");
    CHECK_STR(fx_body("Beaches between Morvale and Quarrin were closed."),
              "Morvale=Morvale/location/R; Quarrin=Quarrin/location/R");
    CHECK_STR(fx_body("Waste was dumped off Pelkasi, fishermen said."),
              "Pelkasi=Pelkasi/location/R");
    CHECK_STR(fx_body("He moved approvals at Recife and Ostrava-Nord to a new system."),
              "Recife=Recife/location/G");
    /* legal forms, heads, foundations, clubs, partner lists */
    CHECK_STR(fx_body("The port operator, Kursa Stevedoring SIA, denied it."),
              "Kursa Stevedoring SIA=Kursa Stevedoring SIA/organisation/R");
    CHECK_STR(fx_body("Fans of Club Atlético Varela and Esporte Clube Marajó clashed."),
              "Club Atlético Varela=Club Atlético Varela/organisation/R; Esporte Clube "
              "Marajó=Esporte Clube Marajó/organisation/R");
    CHECK_STR(fx_body("He was represented by the law firm Osei, Mensah & Co., which declined."),
              "Osei, Mensah & Co.=Osei, Mensah & Co/organisation/R");
    CHECK_STR(fx_body("Land rights group Fundación Agua Clara accused the firm."),
              "Fundación Agua Clara=Fundación Agua Clara/organisation/R");
    /* descriptions: possessive owners with modifiers, news sites, "its" */
    CHECK_STR(fx_body("Kenya’s state power company, Kenpower, signed the deal."),
              "Kenya=Kenya/country/G; Kenpower=Kenpower/organisation/R");
    CHECK_STR(fx_body("The news site Vesti Baltic named the suspect."),
              "Vesti Baltic=Vesti Baltic/organisation/R");
    CHECK_STR(fx_body("He said it never funded Los Halcones del Norte, its hardline fan group, "
                      "at all."),
              "Los Halcones del Norte=Los Halcones del Norte/organisation/R");
    CHECK_STR(fx_body("They paid the Cartel del Valle, the country’s largest smuggling gang."),
              "Cartel del Valle=Cartel del Valle/organisation/R");
    /* agencies: "and" after "the", comma lists, titles in "of" names, forces */
    CHECK_STR(fx_body("The Lagos Ports and Harbours Authority said it had moved."),
              "Lagos Ports and Harbours Authority=Lagos Ports and Harbours Authority/agency/R");
    CHECK_STR(fx_body("An official at the Ministry of Water, Energy and Mines said so."),
              "Ministry of Water, Energy and Mines=Ministry of Water, Energy and Mines/agency/R");
    CHECK_STR(fx_body("The Office of the Special Prosecutor (OSP) told the court."),
              "Office of the Special Prosecutor=Office of the Special Prosecutor/agency/R; "
              "OSP=Office of the Special Prosecutor/agency/S");
    CHECK_STR(fx_body("He spied on the Kenyan Naval Forces for months."),
              "Kenyan Naval Forces=Kenyan Naval Forces/agency/R");
    CHECK_STR(fx_body("It works with the Swiss Fiscal Investigation and Tax Service (FIOT) now."),
              "Fiscal Investigation and Tax Service=Fiscal Investigation and Tax Service/agency/R; "
              "FIOT=Fiscal Investigation and Tax Service/agency/S");
    /* a foreign acronym defined in the article beats the listed one */
    CHECK_STR(fx_body("Kenya’s Electoral Tribunal (TSE) fined the firm. The TSE said so."),
              "Kenya=Kenya/country/G; Electoral Tribunal=Electoral Tribunal/agency/R; "
              "TSE=Electoral Tribunal/agency/S; TSE=Electoral Tribunal/agency/S");
    /* a country's listed body, and another country's body of a listed name */
    CHECK_STR(fx_body("Kenya’s Maritime and Port Authority is investigating."),
              "Kenya=Kenya/country/G; Maritime and Port Authority=Maritime and Port Authority "
              "of Kenya/agency/R");
    CHECK_STR(fx_body("Nigeria’s Exchange Commission suspended trading."),
              "Nigeria=Nigeria/country/G; Exchange Commission=Exchange Commission/agency/R");
    /* bylines: "|" and places after names */
    CHECK_STR(fx_body("Ines Carvalho | Lisbon correspondent\n\nThe talks failed."),
              "Ines Carvalho=Ines Carvalho/person/R");
    CHECK_STR(fx_body("Reporting by Ana Souza in Recife and Tomas Hale in London; editing by Laura "
                      "Brennan"),
              "Ana Souza=Ana Souza/person/R; Recife=Recife/location/G; Tomas Hale=Tomas "
              "Hale/person/R; London=London/location/G; Laura Brennan=Laura Brennan/person/R");
    CHECK_STR(fx_body("“It is late,” said the group’s coordinator, Ilinca Pop."),
              "Ilinca Pop=Ilinca Pop/person/R");
    /* continents have no demonyms: "Asian lines" names no place */
    CHECK_STR(fx_body("It is an agent for several Asian container lines."), "");
    CHECK_STR(fx_body("It moved to the Bay of Bengal."), "Bay of Bengal=Bay of Bengal/location/R");
    CHECK_STR(fx_body("Residents of Tarvo and Quelmes said the river was dead."),
              "Tarvo=Tarvo/location/R; Quelmes=Quelmes/location/R");
    CHECK_STR(fx_body("A spokeswoman for the opposition Ak Zhol party said so."),
              "Ak Zhol=Ak Zhol/organisation/R");
    CHECK_STR(fx_body("The Kenyan group said so."), "Kenyan=Kenya/country/D");
    CHECK_STR(fx_body("The Organismo de Evaluación y Fiscalización Ambiental fined it."),
              "Organismo de Evaluación y Fiscalización Ambiental=Organismo de Evaluación y "
              "Fiscalización Ambiental/agency/R");
    CHECK_STR(fx_body("He was held by the Secretaría de Marina (Semar) on Monday."),
              "Secretaría de Marina=Secretaría de Marina/agency/R; Semar=Secretaría de "
              "Marina/agency/S");
    CHECK_STR(fx_body("The smelter at Recife, Southeast Marovia, was sold."),
              "Recife=Recife/location/G; Southeast Marovia=Southeast Marovia/location/R");
    CHECK_STR(fx_body("Fans of Recife, Central Bank officials said, were calm."),
              "Recife=Recife/location/G; Central Bank=Central Bank/agency/R");
}

/* Round 4: shapes behind the split entities of the round-3 held-out articles,
 * in sentences of our own. */
static void test_round4_shapes(void) {
    /* "known (locally) as" with a listed alias: the listed body */
    CHECK_STR(fx_body("Ruritania’s Internal Security Service, known as KOVA, said so."),
              "Ruritania=Ruritania/country/G; Internal Security Service=Ruritanian Internal "
              "Security Service/agency/R; KOVA=Ruritanian Internal Security Service/agency/G");
    CHECK_STR(
        fx_body("The Sahel Liberation Front, which is known locally as Harakat al-Nour, said so. "
                "Harakat al-Nour denied it."),
        "Sahel Liberation Front=Sahel Liberation Front/organisation/R; Harakat al-Nour=Sahel "
        "Liberation Front/organisation/S; Harakat al-Nour=Sahel Liberation Front/organisation/S");
    /* "Forces" and "Army" head names with "of"/"for the" */
    CHECK_STR(
        fx_body("A spokesman for the Armed\nForces for the Defence of Ruritania (FADR) said so."),
        "Armed\nForces for the Defence of Ruritania=Armed Forces for the Defence of "
        "Ruritania/agency/R; FADR=Armed Forces for the Defence of Ruritania/agency/S");
    /* place names joined by a particle, listed places among their words */
    CHECK_STR(fx_body("Rebels attacked the town of Vila Nova da Praia on Monday."),
              "Vila Nova da Praia=Vila Nova da Praia/location/R");
    CHECK_STR(fx_body("Troops were sent near San Juan de Lurigancho on Monday."),
              "San Juan de Lurigancho=San Juan de Lurigancho/location/R");
    /* a given name and a word before a region noun is a place, not a person */
    CHECK_STR(fx_body("The wind farm is in Quang Binh province."),
              "Quang Binh=Quang Binh/location/R");
    /* heads of associations in other languages, a listed place inside */
    CHECK_STR(fx_body("The Cámara de Comercio del Guayas criticised the port."),
              "Cámara de Comercio del Guayas=Cámara de Comercio del Guayas/organisation/R");
    CHECK_STR(fx_body("The Collectif des Pêcheurs de Joal said so."),
              "Collectif des Pêcheurs de Joal=Collectif des Pêcheurs de Joal/organisation/R");
    /* legal forms of Peru and Turkey */
    CHECK_STR(fx_body("Prosecutors raided Andes Oro Export SAC on Monday."),
              "Andes Oro Export SAC=Andes Oro Export SAC/organisation/R");
    CHECK_STR(fx_body("Officials fined Marmara Lojistik A.Ş. on Monday."),
              "Marmara Lojistik A.Ş.=Marmara Lojistik A.Ş./organisation/R");
}

static void test_deterministic(void) {
    const char *text = "By Jane Doe\n\nLONDON - Northern Policy Research Associates (NPRA) paid "
                       "Senator Marie Doe, said Anna Berg, an analyst at Acme Holdings.";
    char first[8192];
    snprintf(first, sizeof first, "%s", fx_body(text));
    CHECK_STR(fx_body(text), first);
    CHECK_STR(first, "Jane Doe=Jane Doe/person/R; LONDON=London/location/G; Northern Policy "
                     "Research Associates=Northern Policy Research Associates/organisation/R; "
                     "NPRA=Northern Policy Research Associates/organisation/S; Marie Doe=Marie "
                     "Doe/person/R; Anna Berg=Anna Berg/person/R; Acme Holdings=Acme "
                     "Holdings/organisation/R");
}

int main(void) {
    eg_error err;
    eg_error_clear(&err);
    fx_gaz = eg_gazetteer_new();
    fx_add("Canada", "country", NULL, NULL, "Canadian");
    fx_add("Kenya", "country", NULL, NULL, "Kenyan");
    fx_add("England", "country", NULL, NULL, NULL);
    fx_add("London", "location", NULL, NULL, NULL);
    fx_add("Zenith Partners", "organisation", NULL, NULL, NULL);
    fx_add("Hebei", "location", NULL, NULL, NULL);
    fx_add("Coral Sea", "location", NULL, NULL, NULL);
    fx_add("Rzeszów", "location", NULL, NULL, NULL);
    fx_add("Lagos", "location", NULL, NULL, NULL);
    fx_add("Massachusetts", "location", NULL, NULL, NULL);
    fx_attr("location:Massachusetts", "category", "state");
    fx_add("Switzerland", "country", NULL, NULL, "Swiss");
    fx_add("Italy", "country", NULL, NULL, "Italian");
    fx_add("Germany", "country", NULL, NULL, "German");
    fx_add("Russia", "country", NULL, NULL, "Russian");
    fx_add("Agence France-Presse", "organisation", NULL, "AFP", NULL);
    fx_add("Australian Federal Police", "agency", NULL, NULL, NULL);
    fx_add("Internal Security Agency (Poland)", "agency", NULL, "ABW", NULL);
    fx_add("Swedish Security Service", "agency", NULL, "Säpo", NULL);
    fx_add("Samsung Electronics", "organisation", NULL, "Samsung", NULL);
    fx_add("Monaco", "country", NULL, NULL, NULL);
    fx_add("Singapore", "country", NULL, NULL, NULL);
    fx_add("France", "country", NULL, NULL, "French");
    fx_add("Recife", "location", NULL, NULL, NULL);
    fx_add("Olinda", "location", "location:olinda", NULL, NULL);
    fx_attr("location:olinda", "source", "generated");
    fx_add("Lins", "location", "location:lins", NULL, NULL);
    fx_attr("location:lins", "source", "generated");
    fx_add("Albuquerque", "location", "location:albuquerque", NULL, NULL);
    fx_add("Nigeria", "country", "NGA", NULL, NULL);
    fx_add("Exchange Commission", "agency", "agency:exchange-commission", "TSE", NULL);
    fx_attr("agency:exchange-commission", "country", "USA");
    fx_add("Maritime and Port Authority of Kenya", "agency", NULL, NULL, NULL);
    fx_add("Secretariat of the Navy (Mexico)", "agency", NULL, "Semar", NULL);
    fx_add("Ruritanian Internal Security Service", "agency", NULL, "KOVA", NULL);
    fx_add("Harakat al-Nour", "organisation", NULL, NULL, NULL);
    fx_add("Ruritania", "country", NULL, NULL, "Ruritanian");
    fx_add("Praia", "location", NULL, NULL, NULL);
    fx_add("San Juan", "location", NULL, NULL, NULL);
    fx_add("Guayas", "location", NULL, NULL, NULL);
    fx_start();
    /* finishing twice is harmless */
    CHECK_INT(eg_rules_finish(fx_rules, &err), EG_OK);

    test_titles();
    test_stopwords();
    test_apposition();
    test_bylines();
    test_organisations();
    test_agencies();
    test_acronyms();
    test_sectors_and_heads();
    test_places();
    test_given_names();
    test_org_nouns();
    test_acronym_override();
    test_headlines_and_boilerplate();
    test_user_rules();
    test_errors();
    test_lists();
    test_unseen_shapes();
    test_round3_shapes();
    test_round4_shapes();
    test_deterministic();

    fx_stop();
    eg_rulescratch_free(NULL);
    eg_rules_free(NULL);
    return check_finish();
}
