/* test_boilerplate: where the story ends: newsletter and related-links
 * furniture after the story is cut, the same words inside the story or in
 * prose are not, and the title is never boilerplate; link lists under a
 * heading, menu bars and consent banners end the story, lists inside it do
 * not. */
#include "boilerplate.h"
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
    eg_boilerplate_mark(&doc);
}

/* Offset of `needle` in the analysed text. */
static size_t at(const char *needle) {
    const char *p = strstr(doc.text, needle);
    return p ? (size_t)(p - doc.text) : (size_t)-1;
}

/* Number of sentences flagged boilerplate; checks they are exactly those
 * starting at or after story_end. */
static size_t boiler_count(void) {
    size_t n = 0;
    int ok = 1;
    for (size_t s = 0; s < doc.sents.n; s++) {
        const eg_sentence *st = &doc.sents.v[s];
        int flagged = (st->flags & EG_SENT_BOILER) != 0;
        int after = doc.toks.v[st->tok_begin].start >= doc.story_end;
        if (flagged != after && !(st->flags & EG_SENT_TITLE))
            ok = 0;
        n += (size_t)flagged;
    }
    CHECK(ok);
    return n;
}

static const char *story =
    "The foreign ministers of France and Germany met in Geneva on Tuesday to discuss the "
    "ceasefire proposal drafted by the United Nations.\n\n"
    "The talks lasted for more than six hours, according to a statement released by the French "
    "Foreign Ministry late in the evening. A second round is planned for March.\n";

static void test_newsletter_and_recent_posts(void) {
    char body[4096];
    snprintf(body, sizeof body,
             "%s\nSign up for our newsletter\nEnter your email address\n\nRecent posts\n"
             "Ceasefire Talks Stall Again\nWhat the Deal Means for Europe\n\n"
             "\xC2\xA9 2026 The Daily Planet. All rights reserved.\n",
             story);
    run("Ministers Meet in Geneva", body);
    CHECK_INT(doc.story_end, at("Sign up"));
    CHECK_INT(doc.sents.v[0].flags, EG_SENT_TITLE);
    size_t n = boiler_count();
    CHECK(n >= 3);
    /* the story's sentences are untouched */
    for (size_t s = 0; s < doc.sents.n; s++)
        if (doc.toks.v[doc.sents.v[s].tok_begin].start < doc.story_end)
            CHECK_INT(doc.sents.v[s].flags & EG_SENT_BOILER, 0);
}

static void test_single_newlines(void) {
    run(NULL, "Officials in Geneva said the talks would resume next week.\n"
              "The ministers left without comment.\n"
              "Share this article\n"
              "Follow us on Twitter\n"
              "Copyright 2026 Example News\n");
    CHECK_INT(doc.story_end, at("Share this"));
    CHECK_INT(boiler_count(), 1); /* the three furniture lines read as one sentence */
    /* case-insensitive */
    run(NULL, "Officials in Geneva said the talks would resume next week.\n\n"
              "SHARE THIS ARTICLE\nTAGS: Geneva, talks\n");
    CHECK_INT(doc.story_end, at("SHARE"));
    CHECK_INT(boiler_count(), 2);
}

static void test_mid_story_markers(void) {
    char body[4096];
    snprintf(body, sizeof body,
             "Officials in Geneva said the talks would resume next week after a pause.\n\n"
             "Advertisement\n\n"
             "The ministers left without comment, and their aides declined to say when they "
             "would return to the negotiating table in Switzerland.\n\n"
             "Read more: Ceasefire talks stall in Geneva\n\n"
             "Diplomats said the mood in the room had been tense but constructive throughout "
             "the long day of meetings.\n\n"
             "Related stories\nTalks Stall Again\n\nAdvertisement\n");
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Related stories"));
    CHECK_INT(boiler_count(), 2);

    /* an end marker followed by a whole story's worth of prose is not the end */
    snprintf(body, sizeof body,
             "Officials in Geneva said the talks would resume.\n\nFollow us\n\n%s", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    CHECK_INT(boiler_count(), 0);
}

static void test_not_boilerplate(void) {
    /* no markers */
    run("Title", story);
    CHECK_INT(doc.story_end, doc.len);
    CHECK_INT(boiler_count(), 0);
    /* keyword as part of a longer word, or as long prose */
    run(NULL, "Officials in Geneva said the talks would resume next week.\n\n"
              "Relatedly, the ministers left without comment.\n\n"
              "Comments made by the minister on Tuesday drew criticism from opposition parties.\n\n"
              "Trending downward, prices fell for a third month in a row.\n");
    CHECK_INT(doc.story_end, doc.len);
    CHECK_INT(boiler_count(), 0);
    /* a marker before any body paragraph does not count */
    run(NULL, "Subscribe\n\nOfficials in Geneva said the talks would resume.\n");
    CHECK_INT(doc.story_end, doc.len);
    /* not at a line start */
    run(NULL, "Officials in Geneva said the talks would resume next week. Sign up now.\n");
    CHECK_INT(doc.story_end, doc.len);
    /* the title is never boilerplate */
    run("Sign up for the draft", "Officials in Geneva said the talks would resume.\n\nSubscribe\n");
    CHECK_INT(doc.sents.v[0].flags, EG_SENT_TITLE);
    CHECK_INT(doc.story_end, at("Subscribe\n"));
    CHECK_INT(boiler_count(), 1);
    /* empty documents */
    run(NULL, "");
    CHECK_INT(doc.story_end, 0);
    run("Only a title", "");
    CHECK_INT(doc.story_end, doc.len);
}

static void test_split_mid_sentence(void) {
    /* "tags:" in lower case after a full stop is not a sentence start, so the
     * sentence is split where the boilerplate begins */
    run(NULL, "Officials in Geneva said the talks would resume next week.\n"
              "tags: geneva, talks, ceasefire\n");
    CHECK_INT(doc.story_end, at("tags:"));
    CHECK_INT(doc.sents.n, 2);
    CHECK_INT(doc.sents.v[0].flags, 0);
    CHECK_INT(doc.sents.v[1].flags, EG_SENT_BOILER);
    CHECK_INT(doc.toks.v[doc.sents.v[1].tok_begin].start, at("tags:"));
    CHECK_INT(doc.sents.v[0].tok_end, doc.sents.v[1].tok_begin);
}

/* Link lists in other shapes and languages, and share bars. */
static void test_read_also_and_share(void) {
    char body[4096];
    snprintf(body, sizeof body, "%s\nRead also - Renault unveils electric Twingo\n", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Read also"));
    snprintf(body, sizeof body, "%s\nAlso read: Inter Milan sign striker\n", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Also read"));
    snprintf(body, sizeof body, "%s\n\xC3\x80 lire aussi / Read also\n- Louvre extends hours\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("\xC3\x80 lire"));
    snprintf(body, sizeof body, "%s\nShare: Facebook | X | Email\n", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Share:"));
    /* "Shares in ..." is story prose */
    snprintf(body, sizeof body, "%s\nShares in Air France-KLM were unchanged in Paris.\n", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
}

/* Session 3 (round-4 held-out articles): lists of linked headlines under a
 * heading in any language, menu and share bars, consent banners. */
static void test_link_lists(void) {
    char body[4096];
    const char *lists[] = {
        "Latest news\n- Fonterra milk price forecast lifted\n- All Blacks name squad\n",
        "Mais lidas\n1. Benfica agree fee for striker\n2. Sporting unveil new away kit\n",
        "More on Business\n\n\xE2\x80\xA2 Telef\xC3\xB3nica sells Argentine unit\n"
        "\xE2\x80\xA2 Iberia adds flights to Tokyo\n",
        "Weitere Artikel / More stories\n- Deutsche Bahn strike ends after arbitration deal\n"
        "- Werder Bremen sign Austrian defender\n- Siemens Energy raises outlook\n",
        /* a wrapped item */
        "Also on this site\n- Sierra Leone\xE2\x80\x99s Leone Stars prepare for the Guinea\n"
        "derby in Conakry\n- Iron ore exports resume from Pepel port\n",
    };
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
        snprintf(body, sizeof body, "%s\n%s", story, lists[i]);
        run(NULL, body);
        char head[16];
        snprintf(head, sizeof head, "%.10s", lists[i]);
        CHECK_INT(doc.story_end, at(head));
        CHECK(boiler_count() >= 1);
    }
}

static void test_lists_in_stories(void) {
    char body[4096];
    /* a list followed by more of the story */
    snprintf(body, sizeof body,
             "%s\nKey demands\n- A 20%% pay rise\n- Paid overtime\n\nThe ministers said they "
             "would answer the union in writing before the end of the month.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    /* a list the story leads into with a colon */
    snprintf(body, sizeof body,
             "%s\nThe union said its demands were:\n- a 20%% pay rise\n"
             "- paid overtime\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    /* items that are sentences */
    snprintf(body, sizeof body,
             "%s\nKey points\n- The ministry fined the firm.\n- The firm will appeal.\n", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    /* a short wrapped line inside a paragraph is no heading */
    snprintf(body, sizeof body,
             "%s\nThe talks covered fishing quotas and the three\nissues\n- fishing\n- quotas\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    /* one item is no list */
    snprintf(body, sizeof body, "%s\nMarket moves\n- Fonterra milk price forecast lifted\n", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    /* but a "Latest news" heading is site furniture even before one item */
    snprintf(body, sizeof body, "%s\nLatest news\n- Fonterra milk price forecast lifted\n", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, strlen(story) + 1);
}

static void test_bars_and_banners(void) {
    char body[4096];
    const char *tails[] = {
        "Share  |  Print  |  Comment\n",
        "Facebook \xC2\xB7 X \xC2\xB7 LinkedIn \xC2\xB7 Email\n",
        "Accept | Manage settings\n",
        "We use cookies to improve your experience. By continuing to browse, you accept our use "
        "of cookies. Accept | Settings\n",
        "This website uses cookies. By continuing to browse you agree to our use of cookies.\n",
        "Cookies help us deliver our services. By using our site you agree to our use of "
        "cookies. OK\n",
        "Our Standards: The Thomson Reuters Trust Principles.\n",
        "About the author\nJane Doe is a senior correspondent based in Geneva, where she covers "
        "diplomacy and trade.\n",
        "Topics: Geneva, diplomacy, ceasefire\n",
        "Filed under Europe, Diplomacy\n",
    };
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
        snprintf(body, sizeof body, "%s\nReporting by Jane Doe; Editing by John Roe\n\n%s", story,
                 tails[i]);
        run(NULL, body);
        char head[16];
        snprintf(head, sizeof head, "%.10s", tails[i]);
        CHECK_INT(doc.story_end, at(head));
    }
    /* a bar followed by the story is not its end */
    snprintf(body, sizeof body,
             "Officials in Geneva said the talks would resume next week after a pause.\n\n"
             "Europe | Diplomacy | Trade\n\n%s",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    /* a pipe in prose is no bar */
    snprintf(body, sizeof body,
             "%s\nThe index | a measure of prices | rose by 2 percent in "
             "March, the highest rate in two years.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
}

/* Prose counts only up to the next place where the furniture starts: a
 * newsletter blurb that reads like a sentence does not keep the related-links
 * list above it in the story. */
static void test_prose_until_next_boundary(void) {
    char body[4096];
    snprintf(body, sizeof body,
             "%s\nRelated articles\n- OMV ends gas contract with Gazprom\n- Vienna airport "
             "passenger numbers hit record\n\nNewsletter\nGet the morning briefing from Vienna "
             "in your inbox.\n[ Email ]  [ Sign up ]\n\nShare  |  Print  |  Comment\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Related articles"));
    snprintf(body, sizeof body,
             "%s\nRelated\n- Peru approves mining extension\n- Southern Copper delays project\n\n"
             "Cookies help us deliver our services. By using our site you agree to our use of "
             "cookies. OK\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Related\n"));
    /* an end marker with a story's worth of prose after it is still not the end */
    snprintf(body, sizeof body,
             "Officials in Geneva said the talks would resume.\n\nFollow us\n\n%s\n"
             "\xC2\xA9 2026 Example Media. All rights reserved.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("\xC2\xA9"));
}

/* Round 5: an author's note and the contact lines under it, a keyword
 * inside a short line, a numbered list whose numbers end sentences, "»"
 * and "›" items, "Like us on", and the agency's own tagline. */
static void test_author_notes_and_late_keywords(void) {
    char body[4096];
    const char *tails[] = {
        "Hana Khoury is a Beirut-based reporter covering Lebanon and Syria.\nFollow her on X.\n",
        "Mere Tuilagi is our Pacific correspondent, based in Suva.\n",
        "Jenna Marcotte covers energy for the Dispatch. Reach her at jm@example.com.\n",
        "Pacific Beat newsletter\nGet the week's top stories from across the Pacific, free, "
        "every Saturday.\n",
        "Iscriviti alla newsletter: Italy Business Daily, every morning at 7am. Subscribe\n",
        "I pi\xC3\xB9 letti\n1. Ferrari raises guidance after record quarter\n"
        "2. Ryanair threatens to cut flights from Sardinia over airport tax\n"
        "3. Juventus fined by UEFA over financial rules\n\nCopyright 2026 Daily.\n",
        "RELATED STORIES\n\xC2\xBB Cholera cases rise in camps, aid groups warn\n"
        "\xE2\x80\xBA Punta Cana airport posts record June arrivals\n\n"
        "Like us on Facebook and follow us on Instagram for the latest news from the island.\n",
        "Reuters provides business, financial, national and international news to "
        "professionals via desktop terminals and directly to consumers.\n",
    };
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
        snprintf(body, sizeof body, "%s\n%s", story, tails[i]);
        run(NULL, body);
        char head[16];
        snprintf(head, sizeof head, "%.10s", tails[i]);
        CHECK_INT(doc.story_end, at(head));
        CHECK(boiler_count() >= 1);
    }
    /* near misses: a person described inside the story, with prose after */
    snprintf(body, sizeof body,
             "%s\nAnna Berg is a reporter who was detained in Minsk in March, her employer "
             "said.\n\n%s",
             story, story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    /* a keyword deep inside a long line of prose */
    snprintf(body, sizeof body,
             "%s\nThe ministry said its weekly newsletter: a digest of rulings, would continue "
             "to be sent to lawyers every Monday.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
}

/* Session 5 (round-6 articles): furniture in other languages, headings in
 * capitals with accents ("MÁS NOTICIAS") over plain headline lines, share
 * prompts and newsletter lines; the same words inside a story line are not. */
static void test_other_languages(void) {
    char body[4096];
    snprintf(body, sizeof body,
             "%s\n\nM\xC3\x81S NOTICIAS\nCopa Airlines adds route to Toronto\n"
             "Canal posts record transits\n\n\xC2\xA9 Agence France-Presse 2026\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("M\xC3\x81S"));
    snprintf(body, sizeof body,
             "%s\n\nLEIA TAMB\xC3\x89M\nPetrobras retoma perfura\xC3\xA7\xC3\xA3o\n", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("LEIA"));
    snprintf(body, sizeof body, "%s\n\nPartilhar / Share\nFacebook  Twitter  WhatsApp\n", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Partilhar"));
    /* a newsletter prompt followed by a sentence of terms */
    snprintf(body, sizeof body,
             "%s\n\nInscrivez-vous \xC3\xA0 notre newsletter. En vous inscrivant, vous "
             "acceptez nos conditions d'utilisation.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Inscrivez"));
    snprintf(body, sizeof body, "%s\nTodos los derechos reservados \xC2\xA9 2026 Pelota\n", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Todos"));
    /* Session 7 (round 7): "read also" in Norwegian, a Spanish share prompt,
     * "Keep reading:" before a donation appeal, a newsletter offer after "Leia
     * mais", wire-service footers */
    snprintf(body, sizeof body,
             "%s\n\nLes ogs\xC3\xA5 / Read also\nAker BP raises dividend after record quarter\n"
             "Krone weakens as oil slips\n\nNewsletter: Energy Nordic, every Friday. Sign up\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Les og"));
    snprintf(body, sizeof body,
             "%s\n\nComparte esta noticia\n\nLo m\xC3\xA1s visto\nMillonarios y Santa Fe "
             "empatan\n\nRecibe las noticias en tu correo. Al suscribirte aceptas nuestra "
             "pol\xC3\xADtica.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Comparte"));
    snprintf(body, sizeof body,
             "%s\n\nKeep reading:\n- Cap-Ha\xC3\xAFtien airport resumes flights\n- Digicel "
             "restores service in Artibonite\n\nDonate to support independent journalism in "
             "Haiti.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Keep reading"));
    snprintf(body, sizeof body,
             "%s\n\nLeia mais / Read more\n\xE2\x80\xA2 Petrobras approves new FPSO\n"
             "\xE2\x80\xA2 Embraer wins order from Azul\n\nReceive our Brazil Business "
             "Briefing every weekday morning. Enter your\nemail address\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Leia mais"));
    snprintf(body, sizeof body,
             "%s\n\nThis report by The Canadian Press was first published Jan. 13, 2026.\n", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("This report by"));
    snprintf(body, sizeof body,
             "%s\n\nFollow AP\xE2\x80\x99s coverage of the Amazon at "
             "https://apnews.com/hub/amazon\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Follow AP"));
    /* near misses: the words inside story prose, and a longer line that only
     * starts with a share verb */
    snprintf(body, sizeof body,
             "%s\nThe paper ran the story under the heading M\xC3\xA1s noticias on Monday, "
             "and readers complained.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    snprintf(body, sizeof body,
             "%s\nPartager les risques, said the French minister, was the only way forward "
             "for the fund.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
}

/* Headline lists without markers under a heading after a blank line; a
 * subheading over a wrapped paragraph and short lines followed by prose are
 * not such lists. */
static void test_unmarked_lists(void) {
    char body[4096];
    snprintf(body, sizeof body,
             "%s\nMORE AFRICA NEWS\nNigeria: Gunmen kidnap 20 pupils in Kebbi state\n"
             "Chad: Deby names new prime minister\nGabon opens rail upgrade\n\n"
             "Follow AFP Africa on X.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("MORE AFRICA"));
    snprintf(body, sizeof body,
             "%s\nAlso on AP News\n\nGaza aid convoy held at Kerem Shalom\n"
             "Bahrain fines lender over sanctions lapse\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Also on AP"));
    snprintf(body, sizeof body,
             "%s\nMORE ON MINING\n  Burkina Faso nationalises two more gold mines\n"
             "  Newmont beats quarterly profit forecasts\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("MORE ON"));
    /* a subheading over a paragraph hard-wrapped at capitals: prose follows */
    snprintf(body, sizeof body,
             "%s\nRescue efforts\nArmy engineers reached the valley on Tuesday and\n"
             "Red Cross teams followed with food and tents for the families.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    /* one headline-like line is not a list */
    snprintf(body, sizeof body, "%s\nPacific news\nSamoa election caretaker cabinet sworn in\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    /* the heading must follow a blank line when its items have no markers */
    snprintf(body, sizeof body,
             "%sThe ministers named\nThree Envoys To Geneva\nTwo Advisers From Paris\n", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
}

/* Short paragraphs without final punctuation right above the boilerplate go
 * with it (a masthead, a source line, a bare tag list, a share box); a
 * credit line and a short last sentence stay in the story. */
static void test_furniture_above(void) {
    char body[4096];
    snprintf(body, sizeof body,
             "%s\nSwiss Banking Daily \xE2\x80\x94 Morning Briefing\n\n"
             "Most popular\nUBS shareholders back capital compromise\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Swiss Banking"));
    snprintf(body, sizeof body,
             "%s\nSource: Central Asia Monitor\n\nDana Whitcombe, Valemont, ransomware, Ontario\n\n"
             "Share\nFacebook   X   Email\n\nRead also:\n\xE2\x80\xA2 Rail Baltica tender delayed\n"
             "\xE2\x80\xA2 Riga port handles record grain\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Source"));
    snprintf(body, sizeof body,
             "%s\nReporting by Sana Jamil in Lahore; Editing by Peter Hale\n\n"
             "Our Standards: The Thomson Reuters Trust Principles.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Our Standards"));
    snprintf(
        body, sizeof body,
        "%s\n(Additional reporting by Ana Souza)\n\nRead more\n- Petrobras raises diesel prices\n"
        "- Flamengo sign Uruguayan defender\n",
        story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Read more"));
    snprintf(body, sizeof body,
             "%s\n\xE2\x80\x9CWe will fight,\xE2\x80\x9D he said.\n\nMost read\n"
             "1. Oil rises\n2. Baht at one-year high\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Most read"));
}

/* Sign-up lines that offer delivery to the reader's inbox anywhere, tag and
 * most-read headings in more languages, "More in X:" over a list. */
static void test_inbox_and_more_keywords(void) {
    char body[4096];
    snprintf(
        body, sizeof body,
        "%s\nRelated Coverage\nPeru's road blockade enters second week\nCodelco names new head\n\n"
        "Get the Andes Mining Brief in your inbox every Thursday.\n",
        story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Related Coverage"));
    snprintf(body, sizeof body,
             "%s\nMEST L\xC3\x86STE\n1. Vestas wins order off Scotland\n2. Queues at the bridge\n\n"
             "Nyhedsbrev: F\xC3\xA5 dagens vigtigste nyheder direkte i din indbakke hver dag.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("MEST"));
    snprintf(body, sizeof body,
             "%s\nEtiquetas: Michoac\xC3\xA1n, aguacate, extorsi\xC3\xB3n, FGR\n", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Etiquetas"));
    snprintf(body, sizeof body,
             "%s\nMore in Central Europe:\n\xE2\x80\xBA Slovak coalition survives vote\n"
             "\xE2\x80\xBA Czech court blocks tender appeal\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("More in"));
    /* "your inbox" inside a story sentence followed by more story */
    snprintf(body, sizeof body,
             "%s\nThe phishing emails that reached your inbox last week came from the group, "
             "investigators said on Monday after a long inquiry into the attacks.\n\n"
             "The ministry said it had blocked the servers used in the campaign and warned banks "
             "and insurers across the region to expect more attempts in the coming weeks.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
}

/* Appeals of the site in a paragraph of their own, whatever follows their
 * first sentence (form labels, a second plea); the same words in a story's
 * last paragraph are not cut. */
static void test_appeals(void) {
    char body[4096];
    snprintf(body, sizeof body,
             "%s\nRelated Articles\nWeb Summit returns to Dublin with record numbers\n"
             "Intel pauses Leixlip expansion again\n\n"
             "Get the Business Briefing in your inbox every morning. Email address | Sign me up\n\n"
             "Topics: Data protection \xC2\xB7 Technology \xC2\xB7 Courts\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Related Articles"));
    snprintf(
        body, sizeof body,
        "%s\nKia ora \xE2\x80\x94 support independent journalism. Every contribution helps.\n\n"
        "MORE NEWS\nPort Nelson records busiest quarter in a decade\n"
        "Richmond bypass consultation opens\n\nComments are closed for this story.\n",
        story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Kia ora"));
    snprintf(body, sizeof body,
             "%s\nMore on Mining\nLithium price slump forces Zimbabwe mine closure\n"
             "Rio Tinto names new head of iron ore\nAntofagasta lifts copper guidance\n\n"
             "Get the Business Daily newsletter \xE2\x80\x94 free, every weekday.\n\n"
             "You might also like: Markets | Commodities | Deals\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("More on Mining"));
    /* near misses: a story's last paragraph with the same words */
    snprintf(body, sizeof body,
             "%s\nMs Keane said the fund would support independent journalism in rural areas.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    snprintf(body, sizeof body,
             "%s\nGet-rich schemes were first exposed by the group's own newsletter in 2019, "
             "according to court filings.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    /* wrapped: the plea shares its paragraph with story lines */
    snprintf(body, sizeof body,
             "%s\nThe charity, which asks readers to\nsupport independent journalism. Every "
             "contribution helps.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
}

/* A byline at the story's foot stays in the story, also as a two-part bar
 * ("By X | Staff Writer"); the author's note and the furniture after it go. */
static void test_foot_byline(void) {
    char body[4096];
    snprintf(body, sizeof body,
             "%s\nBy Jenna Whitcombe-Ruiz | Staff Writer\n\n"
             "Jenna Whitcombe-Ruiz reports on climate and the environment for the\n"
             "Sacramento bureau.\n\nRELATED\nNewsom signs bill to speed up offshore wind permits\n"
             "Chevron to close Richmond unit, cut 300 jobs\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Jenna Whitcombe-Ruiz reports"));
    /* nor the heading of the unmarked list right after it */
    snprintf(body, sizeof body,
             "%s\nBy Diego Arriaga\n\nTE PUEDE INTERESAR\nPeso firms as Banxico signals end of "
             "rate cuts\nMonterrey steelmaker announces 800 job cuts\n\nComparte esta nota\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("TE PUEDE"));
    /* near miss: a consent line starting with "By" and a lower-case word */
    snprintf(body, sizeof body,
             "%s\nBy continuing | Accept\n\nJenna Whitcombe-Ruiz reports on climate for the "
             "Sacramento bureau.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("By continuing"));
}

/* Round 10's furniture: a "Read Next" list over a newsletter offer and a
 * delayed-quotes note, "Follow <site> on Facebook", a "Cookies:" banner, the
 * AP's foundation note, "Support our work" and "republished under licence"
 * appeals, "Never miss ..." and "Subscribe for ..." offers, "> " items, a
 * masthead line above an inbox offer in the same paragraph. */
static void test_round10_furniture(void) {
    char body[4096];
    snprintf(body, sizeof body,
             "%s\nRead Next\n- EU lawmakers approve space law compromise\n"
             "- Thales Alenia Space cuts jobs in Cannes\n\n"
             "Get the Reuters Sustainable Switch newsletter\n"
             "All quotes delayed a minimum of 15 minutes.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Read Next"));
    snprintf(body, sizeof body,
             "%s\nFollow Moldova Live on Facebook\n\nTop stories this week\n"
             "\xE2\x80\xA2 Maia Sandu meets EU leaders in Brussels\n"
             "\xE2\x80\xA2 Chisinau airport expansion gets EBRD loan\n\nAdvertisement\n\n"
             "Cookies: we use cookies to improve your experience on the site. Accept | Settings\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Follow Moldova"));
    snprintf(body, sizeof body,
             "%s\nThe Associated Press receives support from several private foundations to "
             "enhance its explanatory coverage. The AP is solely responsible for all content.\n\n"
             "Copyright 2026 The Associated Press. All Rights Reserved.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("The Associated Press receives"));
    snprintf(body, sizeof body,
             "%s\nThis outlet operates from exile in Costa Rica. Support our work.\n\n"
             "ALSO ON THE SITE\n> Ortega and Murillo name new army chief\n"
             "> Honduras recalls ambassador from Managua\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("This outlet"));
    snprintf(body, sizeof body,
             "%s\nRNZ Pacific\nPacific news, in your inbox. Sign up for our weekly newsletter.\n\n"
             "Related\nSamoa parliament dissolved ahead of snap election\n"
             "Tonga secures new Chinese loan terms\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("RNZ Pacific"));
    snprintf(body, sizeof body,
             "%s\nBusiness | Technology | Qatar\n\nRecommended for you\n"
             " Qatar Airways orders 30 more widebody jets\n Doha Bank names new CEO\n\n"
             "Never miss a story \xE2\x80\x94 subscribe to our daily business briefing.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Business |"));
    snprintf(body, sizeof body,
             "%s\nWAFA-style wire copy republished under licence.\n\nLatest\n"
             "\xE2\x80\xA2 Gaza: bakeries reopen as flour deliveries resume\n"
             "\xE2\x80\xA2 Nablus municipality launches solar project\n\n"
             "Join our mailing list \xE2\x80\x94 your email will never be shared.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("WAFA"));
    snprintf(body, sizeof body,
             "%s\nMarkets data delayed by 15 minutes. Source: Boursa Kuwait.\n\n"
             "Subscribe for unlimited access to our defence procurement database.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Markets data"));
    /* near misses: story paragraphs with the same words */
    snprintf(body, sizeof body,
             "%s\nThe article was republished by two regional papers, the editor said.\n", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    snprintf(body, sizeof body,
             "%s\nFollow-up talks on the ceasefire will be held in Geneva next month.\n", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    snprintf(body, sizeof body,
             "%s\nThe ministry\nsaid the talks would resume in your inbox, joked the envoy, who "
             "asked not to be named.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    snprintf(body, sizeof body,
             "%s\nEU talks stall\nagain as ministers fail to agree on the budget for 2027 and "
             "2028.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
}

/* Session 13: an Indian daily's footer: "Published - <date> IST", "READ
 * LATER", "Related Topics: <place> / ...", "More Like This" and headlines.
 * Near miss: "published" in the prose ("The report, published - as the
 * minister put it - in haste, ..."). */
static void test_published_dash_block(void) {
    char body[4096];
    snprintf(body, sizeof body,
             "%s\nPublished - March 4, 2026 08:10 pm IST\nRelated Topics: Pune / education\n"
             "READ LATER\nMore Like This\nMetro line opens in Nagpur\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Published -"));
    snprintf(body, sizeof body,
             "%s\nREAD LATER / PRINT / REPRINTS\nRelated Topics: Kochi / ports\n", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("READ LATER"));
    snprintf(body, sizeof body,
             "%s\nThe report was published in haste, the minister said on Tuesday, and the "
             "committee will read it later this month before the budget debate in the assembly.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
}

/* Furniture of big sites that no round has shown (probed with made-up
 * pages): topic boxes ("Explore more on these topics"), "Reuse this
 * content", question headlines in an unmarked list, "Published:" /
 * "Updated:" lines, "Want more ...? Sign up", "Contact the writer", "Next
 * article:", "More stories like this". */
static void test_site_furniture_probes(void) {
    char body[4096];
    snprintf(body, sizeof body,
             "%s\nExplore more on these topics\nEuropean Union\nSiemens\nAlstom\n\n"
             "Reuse this content\n\nMost viewed\nBoris Johnson criticises Starmer over Rwanda\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Explore more"));
    snprintf(body, sizeof body,
             "%s\nLISTEN TO THESE PODCASTS\nFrom Sudan to Gaza: the cost of war\n"
             "Why is Egypt building a new capital?\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("LISTEN"));
    snprintf(body, sizeof body,
             "%s\nPublished: 12 March 2026 | Updated: 13 March 2026\n\n"
             "Photo: Siemens headquarters in Munich. (AP Photo/Matthias Schrader)\n\n"
             "Want more stories like this? Sign up for our Brussels newsletter.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Published:"));
    snprintf(body, sizeof body,
             "%s\nContact the writer: jdoe@example.com\n\nWe welcome your comments. Please read "
             "our community guidelines.\n\nNext article: Poland's PKO BP posts record profit\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Contact the writer"));
    snprintf(body, sizeof body,
             "%s\n(Updates with comment from Alstom in third paragraph.)\n\nMore stories like "
             "this are available on bloomberg.com\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("More stories like"));
    snprintf(body, sizeof body,
             "%s\nContinue reading the main story\n\nDownload the app for breaking news alerts.\n\n"
             "Around the web\nSiemens heir buys Italian villa\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Continue reading"));
    snprintf(body, sizeof body,
             "%s\nThis article originally appeared on Euractiv.\n\nKeep up with the latest news "
             "from Brussels and Strasbourg.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("This article originally"));
    snprintf(body, sizeof body,
             "%s\nStay informed: get breaking news from Brussels delivered every morning.\n\n"
             "Promoted stories\nHow Alstom rebuilt itself after the Bombardier deal\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Stay informed"));
    /* near misses: a photo caption inside the story, a question paragraph */
    snprintf(body, sizeof body,
             "%s\nPhoto: ministers at the Geneva talks.\n\nThe talks resumed on Wednesday with a "
             "new proposal from the French delegation, officials said.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    snprintf(body, sizeof body,
             "%s\nWhy did the talks fail?\nThe French delegation blamed the German proposal on "
             "tariffs, which arrived late on Monday night.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
}

/* Round 11's furniture classes: a headline block closed by the site's own
 * copyright or follow line, a copyright line with the agency's name before
 * the sign, share and topic bars, German "more topics". */
/* Session 13: a block of site furniture in one paragraph under the story: a
 * masthead, section labels and the site's appeals over a list of unmarked
 * headlines; the whole block is cut, from the masthead on. A byline over the
 * block, and a story sentence, stay in the story. */
static void test_masthead_blocks(void) {
    char body[4096];
    /* masthead and a one-word section label over headlines */
    snprintf(body, sizeof body,
             "%s\nKestrel Valley Times\nLatest\nDam levels fall for third month\n"
             "Teachers strike over unpaid allowances\nCattle exports grow under new deal\n"
             "Advertise | Subscribe | E-edition\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Kestrel Valley"));
    /* masthead, a short appeal and a heading */
    snprintf(body, sizeof body,
             "%s\nHarbour Wire\nSupport our reporting\nBusiness\nPort fees rise again in March\n"
             "Shipping line adds weekly service to Durban\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Harbour Wire"));
    /* the site describing itself and asking for money, over "Related:" lines */
    snprintf(body, sizeof body,
             "%s\nRiver Post is an independent news platform. Donate to support our work.\n"
             "Related: Floods close the northern road\nRelated: Clinic reopens after repairs\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("River Post"));
    /* an appeal over a keyword line */
    snprintf(body, sizeof body,
             "%s\nCoastline Review relies on reader support. Become a patron.\n"
             "Share on Facebook | Share on X\nRead also\nNew ferry for the islands\n"
             "Harbour dredging to begin in June\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Coastline Review"));
    /* keywords and a disclaimer line */
    snprintf(body, sizeof body,
             "%s\nThe Lowland Herald\nKEYWORDS: ports, shipping, tariffs\nRelated stories\n"
             "Ruling party seeks support for budget\nGovernor announces child care subsidies\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("The Lowland"));
    /* near misses: a byline over the block stays in the story */
    snprintf(body, sizeof body,
             "%s\nBy Hiba Osman\nLatest\nDam levels fall for third month\n"
             "Teachers strike over unpaid allowances\n",
             story);
    run(NULL, body);
    CHECK(doc.story_end > at("Hiba Osman"));
    /* and so does a story sentence right above a heading */
    snprintf(body, sizeof body,
             "%s\nThe council will vote on the plan next week.\nLatest\n"
             "Dam levels fall for third month\nTeachers strike over unpaid allowances\n",
             story);
    run(NULL, body);
    CHECK(doc.story_end > at("The council will"));
    /* more than four lines of labels before the heading: no block */
    snprintf(body, sizeof body,
             "%s\nOne\nTwo\nThree\nFour\nFive\nSix\nLatest\nDam levels fall for third month\n"
             "Teachers strike over unpaid allowances\n",
             story);
    run(NULL, body);
    CHECK(doc.story_end > at("One\n"));
}

static void test_closing_lines_and_short_copyright(void) {
    char body[4096];
    snprintf(
        body, sizeof body,
        "%s\nMore rugby news\nHarbour Sharks confirm captain out for the season\n"
        "Coach Tane Walker backs young halves pairing\nFollow us on Instagram for live scores\n"
        "\xC2\xA9 2026 Harbour Media Ltd\n",
        story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("More rugby"));
    snprintf(
        body, sizeof body,
        "%s\nKyiv Wire \xC2\xA9 2026. All rights reserved.\nLire aussi : Budget talks resume\n",
        story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Kyiv Wire"));
    snprintf(
        body, sizeof body,
        "%s\nShare via Facebook, X, LinkedIn or email\nMost popular\nReserve Bank holds rates\n",
        story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Share via"));
    snprintf(
        body, sizeof body,
        "%s\n\nWeitere Themen\nBundesbank senkt Prognose\nHafen Hamburg meldet weniger Container\n"
        "\xC2\xA9 2026 Nordwest Nachrichten GmbH\n",
        story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Weitere Themen"));
    snprintf(body, sizeof body,
             "%s\nTrending Topics: Monsoon 2026 | Budget | Elections\nAlso Read\n"
             "Expressway opens to traffic\nGet the latest news on WhatsApp. Join our channel.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Trending Topics"));
    /* near misses: the formula on a short wrapped line of prose, with a story
     * after it; a headline-like block closed by more story */
    snprintf(body, sizeof body,
             "%s\nThe union said all rights reserved\nunder the 1998 agreement would be honoured "
             "by the new owners, and the talks on pensions, shift patterns and the closure of the "
             "Lyon depot will resume on Monday with both ministers present, officials from the "
             "two governments and the company told reporters after the meeting ended.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    snprintf(body, sizeof body,
             "%s\n\nKey dates\nTalks open in Geneva\nSecond round in March\n\nThe French "
             "delegation said the timetable could still change if Germany asked for more time to "
             "study the proposal, and that a third round had not been ruled out by either side.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
}

/* Session 13: a credit line after the story stays in it and ends it (what
 * follows is furniture, whatever its shape); sign-offs stay; headline lists
 * whose items end in "?" or "B.C." are no prose. */
static void test_credit_lines_end_story(void) {
    char body[4096];
    /* "X contributed to this report." used to be cut with the footer */
    snprintf(body, sizeof body,
             "%sAssociated Press writer Ilse Brandauer in Graz contributed to this report.\n\n"
             "Send us a news tip\nMost popular\nTram line to close for summer works\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Send us"));
    /* "Par X" / "Por X" / "By X" over unmarked headlines and a masthead */
    snprintf(body, sizeof body,
             "%sPar Nadia Bensalem\n\nLe Quotidien — Economie\nLe dinar recule face au dollar\n"
             "Oran accueille un salon du livre\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Le Quotidien"));
    snprintf(body, sizeof body,
             "%sPor Mariana Goulart\n\nLeia também\nClube anuncia renovação com lateral\n"
             "Receba as notícias do seu time no WhatsApp\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Leia"));
    /* a wrapped Reuters credit ends after its last line */
    snprintf(body, sizeof body,
             "%sReporting by Kofi Mensah in Accra and Ada Obi in Lagos; Editing by\n"
             "Martin Kells\n\nVisit our site\nMarkets rally after rate cut\nCedi firms\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Visit our"));
    /* an agency sign-off over a link list stays: "(dpa)" is no heading */
    snprintf(body, sizeof body,
             "%s\n(dpa)\n\nMehr zum Thema\nHafenarbeiter nehmen Tarifvertrag an\n"
             "Flughafen meldet Rekord bei Passagieren\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Mehr zum"));
    /* a list whose items are questions or end in an abbreviation */
    snprintf(body, sizeof body,
             "%s\nShare\nFacebook\nEmail\nLatest Business\nMill closures spread across northern "
             "B.C.\nWho will buy the old ferry terminal in Nanaimo?\nLumber prices slide for a "
             "third week\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, at("Share\nFacebook"));
    /* near misses: a credit with a paragraph of prose after it keeps it all;
     * "Por" opening a sentence is no credit; a credit at the very end */
    snprintf(body, sizeof body,
             "%sReporting by Kofi Mensah\n\nThe central bank will publish its next decision on "
             "Thursday, and economists expect another cut of at least half a point as inflation "
             "keeps falling across the region and the currency holds steady against the dollar "
             "for a third month.\n",
             story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
    snprintf(body, sizeof body,
             "%sPor su parte, el ministro dijo que no habrá cambios.\nLeia também\n", story);
    run(NULL, body);
    CHECK(doc.story_end >= at("Leia"));
    snprintf(body, sizeof body, "%sPar Nadia Bensalem\n", story);
    run(NULL, body);
    CHECK_INT(doc.story_end, doc.len);
}

int main(void) {
    eg_doc_init(&doc);
    test_newsletter_and_recent_posts();
    test_single_newlines();
    test_mid_story_markers();
    test_not_boilerplate();
    test_split_mid_sentence();
    test_read_also_and_share();
    test_link_lists();
    test_lists_in_stories();
    test_bars_and_banners();
    test_prose_until_next_boundary();
    test_author_notes_and_late_keywords();
    test_other_languages();
    test_unmarked_lists();
    test_furniture_above();
    test_inbox_and_more_keywords();
    test_appeals();
    test_foot_byline();
    test_round10_furniture();
    test_site_furniture_probes();
    test_published_dash_block();
    test_closing_lines_and_short_copyright();
    test_masthead_blocks();
    test_credit_lines_end_story();
    eg_doc_destroy(&doc);
    return check_finish();
}
