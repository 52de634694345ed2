/* test_verbs: loading and compiling verb-pattern files: errors with
 * file:line:column, a later file adding forms, the optional `places` column,
 * the bundled table covering every verb with all its inflections, and a
 * catastrophic user pattern hitting the match limit instead of hanging. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "verbs.h"

#define BUNDLED EG_SOURCE_GAZETTEERS "/patterns/verbs.tsv"

/* The bundled verb patterns, loaded and finished. */
static eg_verbs *bundled(void) {
    eg_verbs *v = eg_verbs_new();
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_verbs_load(v, BUNDLED, &err), EG_OK);
    CHECK_INT(eg_verbs_finish(v, &err), EG_OK);
    return v;
}
#define HEADER "base\tclass\tactive\tpassive\tparticle\n"

static char tmpdir[] = "/tmp/eg_test_verbs_XXXXXX";
static int nfiles;

/* Writes `text` to a new temporary file; returns its path (static slot). */
static const char *write_file(const char *text) {
    static char paths[16][64];
    char *p = paths[nfiles++ % 16];
    snprintf(p, 64, "%s/p%d.tsv", tmpdir, nfiles);
    FILE *f = fopen(p, "w");
    if (!f)
        return "/nonexistent";
    fputs(text, f);
    fclose(f);
    return p;
}

/* Loads `text` into a fresh table; returns the status and fills err. */
static eg_status load_text(const char *text, eg_error *err, const char **path) {
    eg_verbs *v = eg_verbs_new();
    const char *p = write_file(text);
    if (path)
        *path = p;
    eg_error_clear(err);
    eg_status st = eg_verbs_load(v, p, err);
    if (st == EG_OK)
        st = eg_verbs_finish(v, err);
    eg_verbs_free(v);
    return st;
}

static void test_errors(void) {
    eg_error err;
    const char *path;
    char want[256];

    /* a row with a missing column */
    CHECK_INT(load_text(HEADER "# a comment\n\naccuse\taccusation\taccus(?:e|ed)\taccused\n", &err,
                        &path),
              EG_ERR_CONFIG);
    CHECK_STR(err.source, path);
    CHECK_INT(err.line, 4);
    CHECK(strstr(err.text, "expected 5 tab-separated columns") != NULL);
    CHECK(strstr(err.text, "found 4") != NULL);

    /* a header without the particle column */
    CHECK_INT(load_text("base\tclass\tactive\tpassive\naccuse\ta\taccuse\t-\n", &err, &path),
              EG_ERR_CONFIG);
    CHECK_INT(err.line, 1);
    CHECK(strstr(err.text, "missing column 'particle'") != NULL);

    /* an unknown header column, too many columns, and a file without any header */
    CHECK_INT(load_text("base\tclass\tactive\tpassive\tparticle\tnote\n", &err, NULL),
              EG_ERR_CONFIG);
    CHECK_INT(err.line, 1);
    CHECK_INT(err.column, 36);
    CHECK(strstr(err.text, "unknown column 'note'") != NULL);
    CHECK_INT(load_text("base\tclass\tactive\tpassive\tparticle\tplaces\tnote\n", &err, NULL),
              EG_ERR_CONFIG);
    CHECK_INT(err.line, 1);
    CHECK(strstr(err.text, "header has 7 columns") != NULL);
    /* the optional `places` column takes yes, no or - */
    CHECK_INT(load_text("base\tclass\tactive\tpassive\tparticle\tplaces\n"
                        "attack\tconflict\tattack(?:s|ed)?\t-\t-\tmaybe\n",
                        &err, &path),
              EG_ERR_CONFIG);
    CHECK_INT(err.line, 2);
    CHECK_INT(err.column, 37);
    CHECK(strstr(err.text, "column 'places' must be yes, no or -, got 'maybe'") != NULL);
    CHECK_INT(load_text("# only a comment\n", &err, NULL), EG_ERR_CONFIG);
    CHECK(strstr(err.text, "missing header") != NULL);

    /* a bad regular expression: file, line, PCRE2's message and the column */
    CHECK_INT(load_text(HEADER "attack\tconflict\tattack(?:s|ed\tattacked\t-\n", &err, &path),
              EG_ERR_CONFIG);
    CHECK_STR(err.source, path);
    CHECK_INT(err.line, 2);
    CHECK(strstr(err.text, "column 'active'") != NULL);
    CHECK(strstr(err.text, "missing closing parenthesis") != NULL);
    CHECK_INT(err.column, 30); /* the cell starts at column 17; PCRE2 stops near its end */
    char buf[1200];
    snprintf(want, sizeof want, "%s:2:30: ", path);
    CHECK(strncmp(eg_error_format(&err, buf, sizeof buf), want, strlen(want)) == 0);

    CHECK_INT(load_text(HEADER "meet\tcommunication\tmeet\t-\t(?:with|to\n", &err, NULL),
              EG_ERR_CONFIG);
    CHECK(strstr(err.text, "column 'particle'") != NULL);
    CHECK_INT(load_text(HEADER "meet\tcommunication\tmeet\tme[t\t-\n", &err, NULL), EG_ERR_CONFIG);
    CHECK(strstr(err.text, "column 'passive'") != NULL);
    CHECK(strstr(err.text, "missing terminating ]") != NULL);
    CHECK_INT(err.column, 29);

    /* constructs that would break the combined pattern */
    CHECK_INT(load_text(HEADER "x\tc\t(*ACCEPT)x\t-\t-\n", &err, NULL), EG_ERR_CONFIG);
    CHECK(strstr(err.text, "not allowed") != NULL);
    CHECK_INT(err.column, 5);
    CHECK_INT(load_text(HEADER "x\tc\t(?<name>x)\t-\t-\n", &err, NULL), EG_ERR_CONFIG);
    CHECK(strstr(err.text, "named groups") != NULL);
    CHECK_INT(load_text(HEADER "x\tc\tx\\Ky\t-\t-\n", &err, NULL), EG_ERR_CONFIG);
    CHECK_INT(load_text(HEADER "x\tc\t(x)\\1\t-\t-\n", &err, NULL), EG_ERR_CONFIG);
    CHECK_INT(load_text(HEADER "x\tc\tx?\t-\t-\n", &err, NULL), EG_ERR_CONFIG);
    CHECK(strstr(err.text, "matches the empty string") != NULL);

    /* cells */
    CHECK_INT(load_text(HEADER "\tc\tx\t-\t-\n", &err, NULL), EG_ERR_CONFIG);
    CHECK(strstr(err.text, "'base' is empty") != NULL);
    CHECK_INT(load_text(HEADER "x\tBad Class\tx\t-\t-\n", &err, NULL), EG_ERR_CONFIG);
    CHECK(strstr(err.text, "'class'") != NULL);
    CHECK_INT(load_text(HEADER "x\tc\t-\tx\t-\n", &err, NULL), EG_ERR_CONFIG);
    CHECK(strstr(err.text, "'active' is required") != NULL);

    /* a missing file */
    eg_verbs *v = eg_verbs_new();
    eg_error_clear(&err);
    CHECK_INT(eg_verbs_load(v, "/nonexistent/verbs.tsv", &err), EG_ERR_IO);
    CHECK_STR(err.source, "/nonexistent/verbs.tsv");
    eg_verbs_free(v);

    /* an empty table is valid; loading after finish is not */
    v = eg_verbs_new();
    eg_error_clear(&err);
    CHECK_INT(eg_verbs_load(v, write_file("\xEF\xBB\xBF" HEADER), &err), EG_OK);
    CHECK_INT(eg_verbs_finish(v, &err), EG_OK);
    CHECK_INT(eg_verbs_count(v), 0);
    CHECK_INT(eg_verbs_load(v, BUNDLED, &err), EG_ERR_USAGE);
    eg_verbs_free(v);
    eg_verbs_free(NULL);
}

/* Folded text as relations.c builds it; returns the verb base found at the
 * start of `text` (voice given) or NULL. */
static const char *match_base(const eg_verbs *v, eg_verbscratch *s, eg_voice voice,
                              const char *text, eg_verbmatch *out) {
    eg_verbmatch m;
    int rc = eg_verbs_next(v, s, voice, text, strlen(text), 0, &m);
    if (rc != EG_VERBS_FOUND)
        return NULL;
    if (out)
        *out = m;
    return eg_verbs_base(v, m.verb);
}

/* Every verb of the brief, each inflection, active (and passive where the
 * verb has one). "~" separates forms; particles are part of the text. */
static const struct {
    const char *base, *cls, *active, *passive;
} coverage[] = {
    {"accuse", "accusation", "accuse~accuses~accused~accusing", "accused"},
    {"allege", "accusation", "allege~alleges~alleged~alleging", "alleged"},
    {"deny", "accusation", "deny~denies~denied~denying", "denied"},
    {"indict", "legal", "indict~indicts~indicted~indicting", "indicted"},
    {"charge", "legal", "charge~charges~charged~charging", "charged"},
    {"convict", "legal", "convict~convicts~convicted~convicting", "convicted"},
    {"arrest", "legal", "arrest~arrests~arrested~arresting", "arrested"},
    {"detain", "legal", "detain~detains~detained~detaining", "detained"},
    {"expel", "conflict", "expel~expels~expelled~expelling", "expelled"},
    {"ban", "conflict", "ban~bans~banned~banning", "banned"},
    {"sanction", "conflict", "sanction~sanctions~sanctioned~sanctioning", "sanctioned"},
    {"sue", "legal", "sue~sues~sued~suing", "sued"},
    {"fine", "legal", "fine~fines~fined~fining", "fined"},
    {"warn", "conflict", "warn~warns~warned~warning", "warned"},
    {"threaten", "conflict", "threaten~threatens~threatened~threatening", "threatened"},
    {"attack", "conflict", "attack~attacks~attacked~attacking", "attacked"},
    {"hack", "conflict", "hack~hacks~hacked~hacking", "hacked"},
    {"spy on", "conflict", "spy on~spies on~spied on~spying on", "spied on"},
    {"target", "conflict", "target~targets~targeted~targeting~targetted~targetting",
     "targeted~targetted"},
    {"invade", "conflict", "invade~invades~invaded~invading", "invaded"},
    {"meet", "communication", "meet~meets~met~meeting~met with~meets with", "met"},
    {"visit", "communication", "visit~visits~visited~visiting", "visited"},
    {"call", "communication", "call~calls~called~calling", "called"},
    {"talk to", "communication",
     "talk to~talks to~talked to~talking to~talks with~spoke to~speaks with~held talks with", NULL},
    {"negotiate with", "communication",
     "negotiate with~negotiates with~negotiated with~negotiating with", NULL},
    {"sign with", "cooperation", "sign with~signs with~signed with~signing with", NULL},
    {"ally with", "cooperation", "ally with~allies with~allied with~allying with", NULL},
    {"criticise", "criticism",
     "criticise~criticises~criticised~criticising~criticize~criticizes~criticized~criticizing",
     "criticised~criticized"},
    {"condemn", "criticism", "condemn~condemns~condemned~condemning", "condemned"},
    {"blast", "criticism", "blast~blasts~blasted~blasting", "blasted"},
    {"praise", "support", "praise~praises~praised~praising", "praised"},
    {"support", "support", "support~supports~supported~supporting", "supported"},
    {"back", "support", "back~backs~backed~backing", "backed"},
    {"fund", "support", "fund~funds~funded~funding", "funded"},
    {"acquire", "economic", "acquire~acquires~acquired~acquiring", "acquired"},
    {"buy", "economic", "buy~buys~bought~buying", "bought"},
    {"merge with", "economic", "merge with~merges with~merged with~merging with", NULL},
    {"invest in", "economic", "invest in~invests in~invested in~investing in", NULL},
    {"hire", "personnel", "hire~hires~hired~hiring", "hired"},
    {"appoint", "personnel", "appoint~appoints~appointed~appointing", "appointed"},
    {"fire", "personnel", "fire~fires~fired~firing", "fired"},
    {"investigate", "legal", "investigate~investigates~investigated~investigating", "investigated"},
    {"raid", "legal", "raid~raids~raided~raiding", "raided"},
    {"cooperate with", "cooperation",
     "cooperate with~cooperates with~cooperated with~cooperating with~co-operated with", NULL},
    {"help", "support", "help~helps~helped~helping", "helped"},
    {"supply", "economic", "supply~supplies~supplied~supplying~supplied arms to", "supplied"},
    {"sell to", "economic", "sell to~sells to~sold to~selling to~sold fighter jets to", NULL},
};

static int check_forms(const eg_verbs *v, eg_verbscratch *s, eg_voice voice, const char *base,
                       const char *forms) {
    int bad = 0;
    char buf[128];
    const char *p = forms;
    while (*p) {
        const char *q = strchr(p, '~');
        size_t n = q ? (size_t)(q - p) : strlen(p);
        snprintf(buf, sizeof buf, "%.*s \x01", (int)n, p);
        eg_verbmatch m;
        const char *got = match_base(v, s, voice, buf, &m);
        if (!got || strcmp(got, base) != 0 || m.start != 0 || m.end != n) {
            fprintf(stderr, "form '%.*s' (%s): got %s\n", (int)n, p,
                    voice == EG_VOICE_ACTIVE ? "active" : "passive", got ? got : "nothing");
            bad = 1;
        }
        p = q ? q + 1 : p + n;
    }
    return bad;
}

static void test_bundled_coverage(void) {
    eg_verbs *v = bundled();
    eg_verbscratch *s = eg_verbscratch_new(v);
    size_t n = sizeof coverage / sizeof coverage[0];
    CHECK_INT(n, 47);
    for (size_t i = 0; i < n; i++) {
        long k = eg_verbs_find_base(v, coverage[i].base);
        CHECK(k >= 0);
        if (k < 0) {
            fprintf(stderr, "missing verb %s\n", coverage[i].base);
            continue;
        }
        CHECK_STR(eg_verbs_class(v, (size_t)k), coverage[i].cls);
        CHECK_INT(check_forms(v, s, EG_VOICE_ACTIVE, coverage[i].base, coverage[i].active), 0);
        if (coverage[i].passive)
            CHECK_INT(check_forms(v, s, EG_VOICE_PASSIVE, coverage[i].base, coverage[i].passive),
                      0);
    }
    /* whole words only, any case, not inside hyphenated words */
    CHECK(match_base(v, s, EG_VOICE_ACTIVE, "attackers", NULL) == NULL);
    CHECK(match_base(v, s, EG_VOICE_ACTIVE, "u.s.-backed", NULL) == NULL);
    CHECK(match_base(v, s, EG_VOICE_ACTIVE, "so-called", NULL) == NULL);
    CHECK_STR(match_base(v, s, EG_VOICE_ACTIVE, "ACCUSED", NULL), "accuse");
    /* particle offsets: verb, skipped words, particle */
    eg_verbmatch m;
    const char *t = "\x01 sold two jets to \x01";
    CHECK_STR(match_base(v, s, EG_VOICE_ACTIVE, t, &m), "sell to");
    CHECK_INT(m.start, 2);
    CHECK_INT(m.verb_end, 6);
    CHECK_INT(m.particle_start, 16);
    CHECK_INT(m.end, 18);
    CHECK(m.has_particle);
    /* a name may stand in what is sold ("sold its stake in X to"), but not
     * before the particle of a verb that also takes a direct object: there
     * the bare form is read ("supplied X with chips and sold them to") */
    CHECK_STR(match_base(v, s, EG_VOICE_ACTIVE, "sold its stake in \x01 to \x01", &m), "sell to");
    CHECK(m.has_particle);
    CHECK_INT(m.particle_start, 20);
    CHECK_STR(match_base(v, s, EG_VOICE_ACTIVE, "supplied \x01 with chips to \x01", &m), "supply");
    CHECK(!m.has_particle);
    CHECK_INT(m.end, 8);
    CHECK(match_base(v, s, EG_VOICE_ACTIVE, "spied \x01 on", NULL) == NULL);
    eg_verbscratch_free(s);
    eg_verbs_free(v);
}

/* Phrasal and multi-word forms news uses for the listed verbs, each mapped
 * to its base form (active voice, then passive participles). */
static const struct {
    const char *base, *forms;
} phrasal[] = {
    {"crack down on", "cracked down on~clamped down on"},
    {"sign with", "signed a deal with~struck a deal with~strikes an agreement with~inked a deal "
                  "with~inked a $2 billion supply agreement with~inked with~sealed a supply deal "
                  "with~clinched an agreement with"},
    {"talk to", "held talks with~spoken with"},
    {"sanction", "slapped sanctions on~imposed new sanctions on~slaps sanctions against"},
    {"sue", "filed a lawsuit against~filed suit against~took legal action against~brought a "
            "lawsuit against~launched legal action against"},
    {"investigate", "launched an investigation into~opened a probe into~opened an inquiry "
                    "into~began a formal investigation into"},
    {"buy", "snapped up~bought out~purchased"},
    {"acquire", "took over~taken over~takes over~completed its acquisition of~closed the $2 "
                "billion takeover of"},
    {"hire", "poached~recruited"},
    {"fire", "sacked~dismissed~ousted"},
    {"cooperate with", "teamed up with~partnered with"},
    {"call", "phoned~telephoned"},
    {"charge", "filed charges against~brought criminal charges against~pressed charges against"},
    {"fine", "imposed a $5 million fine on~levied a penalty on"},
    {"raid", "carried out a raid on~launched dawn raids on"},
    {"attack", "launched a drone attack on~carried out missile strikes on~staged an assault "
               "on~shelled~bombed"},
    {"arrest", "apprehended"},
    {"expel", "kicked out"},
    {"ban", "barred~barring~imposed a travel ban on~slapped a ban on"},
    {"condemn", "denounced"},
    {"criticise", "lashed out at~hit out at~rebuked~censured~slammed"},
    {"meet", "held a meeting with"},
    {"visit", "paid a visit to"},
    {"praise", "hailed~commended~applauded~lauded"},
    {"fund", "financed~financing~bankrolled"},
    {"invest in", "made a $2 billion investment in~took a 20% stake in~takes a stake in"},
};

static void test_phrasal_forms(void) {
    eg_verbs *v = bundled();
    eg_verbscratch *s = eg_verbscratch_new(v);
    for (size_t i = 0; i < sizeof phrasal / sizeof phrasal[0]; i++)
        CHECK_INT(check_forms(v, s, EG_VOICE_ACTIVE, phrasal[i].base, phrasal[i].forms), 0);
    CHECK_INT(check_forms(v, s, EG_VOICE_PASSIVE, "acquire", "taken over"), 0);
    CHECK_INT(check_forms(v, s, EG_VOICE_PASSIVE, "buy", "snapped up"), 0);
    CHECK_INT(check_forms(v, s, EG_VOICE_PASSIVE, "hire", "poached"), 0);
    CHECK_INT(check_forms(v, s, EG_VOICE_PASSIVE, "sue", "hit with a lawsuit"), 0);
    CHECK_INT(check_forms(v, s, EG_VOICE_PASSIVE, "sanction", "slapped with new sanctions"), 0);
    CHECK_INT(check_forms(v, s, EG_VOICE_PASSIVE, "fine", "hit with a $5 million fine"), 0);
    CHECK_INT(check_forms(v, s, EG_VOICE_PASSIVE, "investigate", "probed"), 0);
    /* "Finance Minister", "a purchase price": no verb */
    CHECK(match_base(v, s, EG_VOICE_ACTIVE, "finance", NULL) == NULL);
    CHECK(match_base(v, s, EG_VOICE_ACTIVE, "purchase", NULL) == NULL);
    /* without its particle the light verb is no form (only the noun "fine" is) */
    eg_verbmatch m;
    CHECK_STR(match_base(v, s, EG_VOICE_ACTIVE, "imposed a fine", &m), "fine");
    CHECK_INT(m.start, 10);
    /* the deal noun is required: a light verb alone makes no relation */
    CHECK(match_base(v, s, EG_VOICE_ACTIVE, "struck the ship with \x01", NULL) == NULL);
    CHECK(match_base(v, s, EG_VOICE_ACTIVE, "filed a report against \x01", NULL) == NULL);
    CHECK(match_base(v, s, EG_VOICE_ACTIVE, "slapped tariffs on \x01", NULL) == NULL);
    eg_verbscratch_free(s);
    eg_verbs_free(v);
}

/* Light verbs whose object stands inside the phrase ("placed X under arrest",
 * "took X into custody", "handed X a fine", "hit X with sanctions"): the verb
 * alone is the form, and only when the rest follows the object in the same
 * clause; the passive keeps the whole phrase. */
static void test_object_inside_forms(void) {
    eg_verbs *v = bundled();
    eg_verbscratch *s = eg_verbscratch_new(v);
    static const struct {
        const char *text, *base;
        size_t len;
    } yes[] = {
        {"placed \x01 under arrest", "arrest", 6},
        {"put \x01 under house arrest", "arrest", 3},
        {"took \x01 and \x01 into custody", "detain", 4},
        {"taken \x01 into police custody", "detain", 5},
        {"took into custody", "detain", 4},
        {"handed \x01 a record $4m fine", "fine", 6},
        {"slapped \x01 with a 2.5m penalty", "fine", 7},
        {"hit \x01 with new sanctions", "sanction", 3},
        {"targeted \x01 with sanctions", "sanction", 8},
    };
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
        eg_verbmatch m = {0};
        CHECK_STR(match_base(v, s, EG_VOICE_ACTIVE, yes[i].text, &m), yes[i].base);
        CHECK_INT(m.start, 0);
        CHECK_INT(m.end, yes[i].len);
    }
    /* the rest missing, or another verb, "to", "with" or a comma before it */
    static const char *const no[] = {
        "placed \x01 on a watch list",
        "took \x01 to court",
        "took \x01's statement before police took him into custody",
        "handed \x01 a letter about the fine",
        "handed \x01 the documents, a fine gesture",
        "hit \x01 with missiles and then with sanctions",
        "placed \x01, \x01, under arrest",
    };
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++) {
        eg_verbmatch m;
        const char *got = match_base(v, s, EG_VOICE_ACTIVE, no[i], &m);
        CHECK(got == NULL || m.start != 0);
    }
    CHECK_STR(match_base(v, s, EG_VOICE_PASSIVE, "placed under house arrest", NULL), "arrest");
    CHECK_STR(match_base(v, s, EG_VOICE_PASSIVE, "taken into custody", NULL), "detain");
    CHECK_STR(match_base(v, s, EG_VOICE_PASSIVE, "handed a $5 million fine", NULL), "fine");
    /* a lookahead keeps the word filter: the verb alone may start a form */
    CHECK_INT(eg_verbs_may_start(v, s, EG_VOICE_ACTIVE, "placed", 6), 1);
    CHECK_INT(eg_verbs_may_start(v, s, EG_VOICE_ACTIVE, "handed", 6), 1);
    CHECK_INT(eg_verbs_may_start(v, s, EG_VOICE_ACTIVE, "hit", 3), 1);
    CHECK_INT(eg_verbs_may_start(v, s, EG_VOICE_ACTIVE, "table", 5), 0);
    eg_verbscratch_free(s);
    eg_verbs_free(v);
}

/* `places`: set by the bundled table for physical verbs, absent (no) for a
 * new verb in a file without the column, unchanged by a row with "-" or no
 * column, changed by "yes" or "no". */
static void test_places(void) {
    eg_verbs *v = eg_verbs_new();
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_verbs_load(v, BUNDLED, &err), EG_OK);
    static const char *const yes[] = {"attack", "hack",  "spy on",    "target", "invade",
                                      "raid",   "visit", "invest in", "help",   "supply"};
    size_t nyes = 0;
    for (size_t i = 0; i < eg_verbs_count(v); i++) {
        int want = 0;
        for (size_t k = 0; k < sizeof yes / sizeof yes[0]; k++)
            want |= strcmp(eg_verbs_base(v, i), yes[k]) == 0;
        CHECK_INT(eg_verbs_places(v, i), want);
        nyes += (size_t)want;
    }
    CHECK_INT(nyes, 10);
    const char *user = write_file(HEADER "attack\tconflict\tassault(?:s|ed)?\t-\t-\n"
                                         "bomb\tconflict\tbomb(?:s|ed)?\t-\t-\n");
    CHECK_INT(eg_verbs_load(v, user, &err), EG_OK);
    const char *user2 = write_file("base\tclass\tactive\tpassive\tparticle\tplaces\n"
                                   "shell\tconflict\tshell(?:s|ed)?\t-\t-\tyes\n"
                                   "visit\tcommunication\ttour(?:s|ed)?\t-\t-\tno\n"
                                   "hack\tconflict\tbreach(?:es|ed)?\t-\t-\t-\n");
    CHECK_INT(eg_verbs_load(v, user2, &err), EG_OK);
    CHECK_INT(eg_verbs_finish(v, &err), EG_OK);
    CHECK_INT(eg_verbs_places(v, (size_t)eg_verbs_find_base(v, "attack")), 1);
    CHECK_INT(eg_verbs_places(v, (size_t)eg_verbs_find_base(v, "bomb")), 0);
    CHECK_INT(eg_verbs_places(v, (size_t)eg_verbs_find_base(v, "shell")), 1);
    CHECK_INT(eg_verbs_places(v, (size_t)eg_verbs_find_base(v, "visit")), 0);
    CHECK_INT(eg_verbs_places(v, (size_t)eg_verbs_find_base(v, "hack")), 1);
    CHECK_INT(eg_verbs_places(v, eg_verbs_count(v)), 0);
    CHECK_INT(eg_verbs_places(NULL, 0), 0);
    eg_verbs_free(v);
}

/* A user file on top of the bundled one adds forms to a known base (and can
 * change its class) and adds new verbs. */
static void test_user_file(void) {
    eg_verbs *v = eg_verbs_new();
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_verbs_load(v, BUNDLED, &err), EG_OK);
    size_t before = eg_verbs_count(v);
    const char *user = write_file("# extra forms\n"
                                  "particle\tpassive\tactive\tclass\tbase\n"
                                  "-\tassaulted\tassault(?:s|ed|ing)?\tviolence\tattack\n"
                                  "with\t-\tfeud(?:s|ed|ing)?\tconflict\tfeud with\n");
    CHECK_INT(eg_verbs_load(v, user, &err), EG_OK);
    CHECK_INT(eg_verbs_finish(v, &err), EG_OK);
    CHECK_INT(eg_verbs_count(v), before + 1);
    CHECK_STR(eg_verbs_class(v, (size_t)eg_verbs_find_base(v, "attack")), "violence");
    CHECK_STR(eg_verbs_base(v, before), "feud with");
    CHECK(eg_verbs_base(v, before + 1) == NULL);
    eg_verbscratch *s = eg_verbscratch_new(v);
    CHECK_STR(match_base(v, s, EG_VOICE_ACTIVE, "assaulted \x01", NULL), "attack");
    CHECK_STR(match_base(v, s, EG_VOICE_ACTIVE, "attacked \x01", NULL), "attack");
    CHECK_STR(match_base(v, s, EG_VOICE_PASSIVE, "assaulted by", NULL), "attack");
    CHECK_STR(match_base(v, s, EG_VOICE_ACTIVE, "feuded with \x01", NULL), "feud with");
    CHECK(match_base(v, s, EG_VOICE_ACTIVE, "feuded \x01", NULL) == NULL);
    eg_verbscratch_free(s);
    eg_verbs_free(v);
}

/* `(a+)+b` on a long run of a's not followed by b backtracks exponentially:
 * the match limit turns it into EG_VERBS_LIMIT within a fraction of a
 * second. (The subject holds a "b" and a "c" later on, so PCRE2's
 * required-character check cannot give up early.) */
static void test_catastrophic(void) {
    eg_verbs *v = eg_verbs_new();
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_verbs_load(v, write_file(HEADER "boom\tconflict\t(?:a+)+b\t(a|aa)+c\t-\n"), &err),
              EG_OK);
    CHECK_INT(eg_verbs_finish(v, &err), EG_OK);
    eg_verbscratch *s = eg_verbscratch_new(v);
    static char text[20010];
    memset(text, 'a', 20000);
    strcpy(text + 20000, " b c");
    size_t n = strlen(text);
    clock_t t0 = clock();
    eg_verbmatch m;
    CHECK_INT(eg_verbs_next(v, s, EG_VOICE_ACTIVE, text, n, 0, &m), EG_VERBS_LIMIT);
    CHECK_INT(eg_verbs_next(v, s, EG_VOICE_PASSIVE, text, n, 0, &m), EG_VERBS_LIMIT);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(secs < 2.0);
    CHECK_INT(eg_verbs_next(v, s, EG_VOICE_ACTIVE, "aab", 3, 0, &m), EG_VERBS_FOUND);
    eg_verbscratch_free(s);
    eg_verbs_free(v);
}

/* eg_verbs_at and the word filter: a form is found only at the offset
 * asked, the filter never turns down a word where eg_verbs_at finds a
 * form and eg_verbs_word_at (trying only the rows the word may start)
 * finds what eg_verbs_at finds (checked at every word of a set of
 * sentences), and tables whose forms hold assertions get no filter. */
static void test_anchored_and_filter(void) {
    eg_verbs *v = bundled();
    eg_verbscratch *s = eg_verbscratch_new(v);
    CHECK_INT(eg_verbs_may_start(v, s, EG_VOICE_ACTIVE, "the", 3), 0);
    CHECK_INT(eg_verbs_may_start(v, s, EG_VOICE_ACTIVE, "the", 3), 0);
    CHECK_INT(eg_verbs_may_start(v, s, EG_VOICE_ACTIVE, "\x01", 1), 0);
    CHECK_INT(eg_verbs_may_start(v, s, EG_VOICE_ACTIVE, "accused", 7), 1);
    CHECK_INT(eg_verbs_may_start(v, s, EG_VOICE_ACTIVE, "accused,", 8), 1);
    CHECK_INT(eg_verbs_may_start(v, s, EG_VOICE_ACTIVE, "filed", 5), 1);
    CHECK_INT(eg_verbs_may_start(v, s, EG_VOICE_PASSIVE, "accused", 7), 1);
    CHECK_INT(eg_verbs_may_start(v, s, EG_VOICE_PASSIVE, "said", 4), 0);

    const char *text = "officials said \x01 accused \x01 of fraud";
    size_t n = strlen(text), at = (size_t)(strstr(text, "accused") - text);
    eg_verbmatch m, m2;
    CHECK_INT(eg_verbs_at(v, s, EG_VOICE_ACTIVE, text, n, 0, &m), EG_VERBS_NONE);
    CHECK_INT(eg_verbs_at(v, s, EG_VOICE_ACTIVE, text, n, at + 1, &m), EG_VERBS_NONE);
    CHECK_INT(eg_verbs_at(v, s, EG_VOICE_ACTIVE, text, n, at, &m), EG_VERBS_FOUND);
    CHECK_INT(m.start, at);
    CHECK_INT(m.end, at + 7);
    CHECK_STR(eg_verbs_base(v, m.verb), "accuse");

    static const char *const sentences[] = {
        "\x01 accused \x01 of fraud and denied it",
        "\x01 filed a lawsuit against \x01 , officials said",
        "\x01 has launched an investigation into \x01 's accounts",
        "the u.s.-backed \x01 attacked \x01 ( reuters ) , sold arms to \x01",
        "\x01 was accused by \x01 ; \x01 cracked down on \x01 .",
        "\x01 signed a deal with \x01 worth $1,000 and met \x01 in \x01",
        "non-accused \x01 re-sued \x01 accused-of \x01 o'sued",
        /* first bytes with several rows each (the per-byte patterns of
         * eg_verbs_word_at), lookahead rows, a non-ASCII first byte */
        "police placed \x01 under house arrest and took \x01 into custody",
        "\x01 handed \x01 a $5 million fine ; \x01 slapped \x01 with a penalty",
        "\x01 was hit with a lawsuit ; \x01 brought charges against \x01",
        "\x01 started a probe into \x01 and sued \x01 , then spied on \x01",
        "\xc3\xa9lite \x01 took legal action against \x01 t s h",
    };
    int checked = 0;
    /* a scratch whose memo only eg_verbs_word_voices fills (both voices
     * from one look-up) */
    eg_verbscratch *s2 = eg_verbscratch_new(v);
    for (size_t k = 0; k < sizeof sentences / sizeof sentences[0]; k++) {
        const char *t = sentences[k];
        size_t tn = strlen(t);
        for (size_t p = 0; p < tn; p++) {
            if (p > 0 && t[p - 1] != ' ')
                continue;
            const char *sp = strchr(t + p, ' ');
            size_t wn = (sp ? (size_t)(sp - t) : tn) - p;
            int mask = eg_verbs_word_voices(v, s2, t, tn, p);
            CHECK(mask >= 0 && mask <= 3);
            CHECK_INT(eg_verbs_word_voices(v, s2, t, tn, p), mask);
            for (int voice = 0; voice < 2; voice++) {
                eg_verbmatch ma, mb;
                int ra = eg_verbs_at(v, s, (eg_voice)voice, t, tn, p, &ma);
                if (!(mask & (1 << voice))) {
                    /* a voice left out finds nothing here */
                    CHECK_INT(ra, EG_VERBS_NONE);
                    continue;
                }
                CHECK_INT(eg_verbs_word_match(v, s2, (eg_voice)voice, t, tn, p, &mb), ra);
                if (ra == EG_VERBS_FOUND) {
                    CHECK_INT(mb.end, ma.end);
                    CHECK_INT(mb.row, ma.row);
                }
            }
            for (int voice = 0; voice < 2; voice++) {
                eg_verbmatch m3;
                int rc = eg_verbs_at(v, s, (eg_voice)voice, t, tn, p, &m);
                int rn = eg_verbs_next(v, s, (eg_voice)voice, t, tn, p, &m2);
                int rw = eg_verbs_word_at(v, s, (eg_voice)voice, t, tn, p, &m3);
                int may = eg_verbs_may_start(v, s, (eg_voice)voice, t + p, wn);
                CHECK_INT(rw, rc);
                if (rc == EG_VERBS_FOUND && rw == EG_VERBS_FOUND) {
                    CHECK_INT(m3.end, m.end);
                    CHECK_INT(m3.row, m.row);
                    CHECK_INT(m3.particle_start, m.particle_start);
                    CHECK_INT(m3.verb_end, m.verb_end);
                }
                if (rc == EG_VERBS_FOUND) {
                    CHECK_INT(may, 1);
                    CHECK_INT(rn, EG_VERBS_FOUND);
                    CHECK_INT(m2.start, p);
                    CHECK_INT(m2.end, m.end);
                    CHECK_INT(m2.row, m.row);
                    checked++;
                } else {
                    CHECK_INT(rc, EG_VERBS_NONE);
                    CHECK(rn != EG_VERBS_FOUND || m2.start > p);
                }
            }
        }
    }
    CHECK(checked >= 12);
    /* past the end: no voice */
    CHECK_INT(eg_verbs_word_voices(v, s2, "sued", 4, 4), 0);
    /* a word no form starts with, and one both voices start with */
    CHECK_INT(eg_verbs_word_voices(v, s2, "the \x01", 6, 0), 0);
    CHECK_INT(eg_verbs_word_voices(v, s2, "accused \x01", 9, 0), 3);
    eg_verbscratch_free(s2);
    eg_verbscratch_free(s);
    eg_verbs_free(v);

    /* an assertion in a form turns the filter off; '$' in a class does not,
     * nor does a lookahead, which on the word alone runs into its end (a
     * partial match: the word may start a form) */
    static const char *const rows[][3] = {
        {"boom\tconflict\tboom(?=s)\t-\t-\n", "0", "booms"},
        {"boom\tconflict\tboom(?= [a-z]+ town)(?! [a-z]+ towns)\t-\t-\n", "0", "boom"},
        {"boom\tconflict\tboom(?<=m)\t-\t-\n", "1", "boom"},
        {"boom\tconflict\tboom\\b\t-\t-\n", "1", "boom"},
        {"boom\tconflict\t(?<!x)boom\t-\t-\n", "1", "boom"},
        {"boom\tconflict\tboom$\t-\t-\n", "1", "boom"},
        {"boom\tconflict\tboom[$x]?\t-\t-\n", "0", "boom"},
        {"boom\tconflict\t\\Q^\\Eboom\t-\t-\n", "0", "^boom"},
    };
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        char buf[256];
        snprintf(buf, sizeof buf, "%s%s", HEADER, rows[k][0]);
        v = eg_verbs_new();
        eg_error err;
        eg_error_clear(&err);
        CHECK_INT(eg_verbs_load(v, write_file(buf), &err), EG_OK);
        CHECK_INT(eg_verbs_finish(v, &err), EG_OK);
        s = eg_verbscratch_new(v);
        const char *w = rows[k][2];
        CHECK_INT(eg_verbs_may_start(v, s, EG_VOICE_ACTIVE, "bang", 4), rows[k][1][0] - '0');
        CHECK_INT(eg_verbs_may_start(v, s, EG_VOICE_ACTIVE, w, strlen(w)), 1);
        CHECK_INT(eg_verbs_may_start(v, s, EG_VOICE_PASSIVE, w, strlen(w)), 0);
        /* no passive form: the passive bit is never set */
        CHECK_INT(eg_verbs_word_voices(v, s, "bang", 4, 0), rows[k][1][0] - '0');
        CHECK_INT(eg_verbs_word_voices(v, s, w, strlen(w), 0), 1);
        eg_verbscratch_free(s);
        eg_verbs_free(v);
    }
}

/* The per-byte patterns of eg_verbs_word_at leave out the rows whose bare
 * form cannot start with the byte, read from the form's first code unit
 * (either case: the patterns are caseless) or start bitmap: forms written
 * in capitals, with a class or an optional first part still match where
 * eg_verbs_at does, and other first bytes find nothing. */
static void test_byte_rows(void) {
    eg_verbs *v = eg_verbs_new();
    eg_error err;
    eg_error_clear(&err);
    CHECK_INT(eg_verbs_load(v,
                            write_file(HEADER "zing\tconflict\tZing(?:s|ed)?\t-\t-\n"
                                              "squash\tconflict\t[qx]uash\tsquashed\t-\n"
                                              "cat\tconflict\t(?:a|b)?cat\t-\tup\n"),
                            &err),
              EG_OK);
    CHECK_INT(eg_verbs_finish(v, &err), EG_OK);
    eg_verbscratch *s = eg_verbscratch_new(v);
    static const struct {
        const char *text;
        int found;
    } cases[] = {
        {"zing \x01", 1},  {"zinged \x01", 1}, {"Zing \x01", 1}, {"xuash \x01", 1},
        {"quash \x01", 1}, {"acat up", 1},     {"bcat up", 1},   {"cat up", 1},
        {"ding \x01", 0},  {"yuash \x01", 0},  {"dcat up", 0},   {"zings", 1},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const char *t = cases[k].text;
        size_t n = strlen(t);
        eg_verbmatch m, m2;
        int rc = eg_verbs_at(v, s, EG_VOICE_ACTIVE, t, n, 0, &m);
        CHECK_INT(rc, cases[k].found ? EG_VERBS_FOUND : EG_VERBS_NONE);
        CHECK_INT(eg_verbs_word_at(v, s, EG_VOICE_ACTIVE, t, n, 0, &m2), rc);
        if (rc == EG_VERBS_FOUND)
            CHECK_INT(m2.end, m.end);
    }
    eg_verbscratch_free(s);
    eg_verbs_free(v);
}

int main(void) {
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    test_errors();
    test_bundled_coverage();
    test_phrasal_forms();
    test_object_inside_forms();
    test_user_file();
    test_places();
    test_catastrophic();
    test_anchored_and_filter();
    test_byte_rows();
    for (int i = 1; i <= nfiles; i++) {
        char p[96];
        snprintf(p, sizeof p, "%s/p%d.tsv", tmpdir, i);
        remove(p);
    }
    remove(tmpdir);
    return check_finish();
}
