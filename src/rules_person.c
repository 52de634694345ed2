/* rules_person: people the lists miss: names after titles ("Senator Marie
 * Doe"), before appositions ("Anna Berg, an economist at"), from given names
 * and in bylines; in the second round, names that a title or a surname of the
 * article confirms. */
#include "rules_ctx.h"

#include <string.h>

#include "utf8.h"

#define MAX_NAME_WORDS 4

/* Lower-case words allowed between the words of a person's name ("dela",
 * "delos": Filipino, "Rodrigo dela Cruz", "Ana delos Santos"). */
static const char *const particles[] = {
    "af",    "al",  "ben", "bin", "da",  "das", "de", "del", "dela", "della",
    "delos", "den", "der", "di",  "do",  "dos", "du", "el",  "i",    "ibn",
    "la",    "le",  "ten", "ter", "van", "von", "y",  "zu",
};

/* Capitalised words that end names of things, not people, after a given name
 * ("Christian Democrats", "Victoria Falls", "Marine Corps", "Crystal Palace",
 * "Glen View"),
 * and plurals for groups of people ("deported Rohingya Muslims to"). */
static const char *const not_surnames[] = {
    "Accord",     "Accords",     "Act",        "Agreement",   "Aid",       "Arabs",    "Arena",
    "Award",      "Awards",      "Beach",      "Buddhists",   "Cathedral", "Catholic", "Catholics",
    "Causeway",   "Chain",       "Chapel",     "Christians",  "Church",    "Circle",   "Coast",
    "Conference", "Convention",  "Corps",      "Corridor",    "County",    "Cup",      "Day",
    "Days",       "Declaration", "Democrat",   "Democratic",  "Democrats", "Doctrine", "Drive",
    "Empire",     "Estate",      "Falls",      "Flyover",     "Fonds",     "Gallery",  "Games",
    "Gap",        "Gardens",     "Gulf",       "Heights",     "Hills",     "Hindus",   "Hotel",
    "House",      "Interchange", "Jews",       "Kurds",       "Lane",      "Law",      "Memorial",
    "Mosque",     "Museum",      "Muslims",    "Olympics",    "Pagoda",    "Palace",   "Plan",
    "Port",       "Prize",       "Promotions", "Protestants", "Protocol",  "Quay",     "Report",
    "Republican", "Republicans", "Road",       "Roundabout",  "Rovers",    "Science",  "Sciences",
    "Sikhs",      "Springs",     "Stadium",    "Station",     "Studies",   "Summit",   "Synod",
    "Temple",     "Theater",     "Theatre",    "Town",        "Township",  "Treaty",   "Trophy",
    "Valley",     "View",        "Way",        "Wharf",
};

/* Words of firms, bands, clubs and state bodies that are no one's surname
 * and no designator (so the organisation rules may miss the name): English
 * business, trade and sector words and plural nouns for groups ("Glen Fiddan
 * Distillers", "Hanh Phuc Feed", "Mutare Spodumene", "Pilbara Workers Super",
 * "Petra Carriage Owners", "Lumos Music", "Tbilisi Lions", "Marine
 * Affairs"), and common nouns and adjectives of Spanish, Portuguese and Dutch
 * ("Fincas del Caribe", "Bananera Puerto Inca", "Cobranzas Andinas",
 * "Fuerza Pública", "Vlaamse Regering"; not "Raad", an Arabic given name).
 * A name with one of them is no person found by a given name, an apposition,
 * a verb's object or a surname used alone. Sorted (bytes). */
static const char *const firm_words[] = {
    "Abogados",
    "Acu\303\255cola",
    "Affairs",
    "Agropecuaria",
    "Agr\303\255cola",
    "Alimentos",
    "Andinas",
    "Andinos",
    "Apparel",
    "Asesores",
    "Auto",
    "Bakery",
    "Bananera",
    "Beverages",
    "Brewing",
    "Camaronera",
    "Catering",
    "Cement",
    "Chemicals",
    "Civils",
    "Cobalt",
    "Cobranzas",
    "Copper",
    "Couriers",
    "Cruises",
    "Dairy",
    "Defence",
    "Defense",
    "Derechos",
    "Distillers",
    "Distillery",
    "Distribuidora",
    "Eats",
    "El\303\251ctrica",
    "Exportadora",
    "Farmac\303\251utica",
    "Feed",
    "Feeds",
    "Fertilisers",
    "Fertilizers",
    "Finca",
    "Fincas",
    "Fisheries",
    "Fuerza",
    "Ganadera",
    "Garments",
    "Graphite",
    "Growers",
    "Haulage",
    "Hidroservicios",
    "Humanos",
    "Importadora",
    "Industrias",
    "Inmobiliaria",
    "Inversiones",
    "Laboratorios",
    "Lions",
    "Logistique",
    "L\303\241cteos",
    "Milling",
    "Ministerie",
    "Music",
    "Nickel",
    "Orchestra",
    "Owners",
    "Packaging",
    "Pay",
    "Petrolera",
    "Philharmonia",
    "Philharmonic",
    "Plastics",
    "Platinum",
    "Plus",
    "Poultry",
    "P\303\272blica",
    "P\303\272blico",
    "Regering",
    "Remit",
    "Safaris",
    "Seafood",
    "Security",
    "Servicios",
    "Soluciones",
    "Spodumene",
    "Super",
    "Tecnolog\303\255as",
    "Tekstil",
    "Textiles",
    "Timber",
    "Tours",
    "Vi\303\261edos",
    "Vlaamse",
    "Workers",
};

/* Buildings and institutions that end names after a title word that is also
 * an adjective ("the Metropolitan Museum", "Father Damien Memorial"); unlike
 * "Lane", "Day" or "Law", no one's surname. */
static const char *const institution_words[] = {
    "Arena",  "Cathedral", "Chapel",  "Church", "Gallery", "Memorial",
    "Mosque", "Museum",    "Stadium", "Temple", "Theater", "Theatre",
};

/* Common nouns for people that describe a name after a comma ("Oleh Marchuk,
 * a 29-year-old crane operator", "Jian G., a German citizen"); titles count
 * too. */
static const char *const person_nouns[] = {
    "actor",      "actress",     "artist",      "athlete",    "aunt",        "blogger",
    "boy",        "brother",     "champion",    "citizen",    "coach",       "colleague",
    "counsellor", "counselor",   "courier",     "cousin",     "dad",         "daughter",
    "defendant",  "delegate",    "doctor",      "driver",     "engineer",    "farmer",
    "farmhand",   "father",      "filmmaker",   "fisherman",  "fisherwoman", "friend",
    "girl",       "grandfather", "grandmother", "grower",     "hacker",      "herder",
    "husband",    "laborer",     "labourer",    "man",        "mechanic",    "member",
    "migrant",    "mother",      "mum",         "musician",   "national",    "native",
    "nephew",     "niece",       "nurse",       "operator",   "pensioner",   "photographer",
    "pilot",      "player",      "poet",        "priest",     "programmer",  "protester",
    "rancher",    "refugee",     "resident",    "runner",     "shopkeeper",  "singer",
    "sister",     "smuggler",    "soldier",     "son",        "student",     "surgeon",
    "suspect",    "teacher",     "technician",  "trafficker", "uncle",       "veteran",
    "victim",     "villager",    "widow",       "wife",       "witness",     "woman",
    "worker",
};

/* Titles and nouns for people that are also words for firms: "the grain
 * trader Harvest Agro", "the owner, Sevryba Trawl,", "Karadeniz Petrol
 * Ticaret, an Istanbul trader,". They give a person only when the name starts
 * with a given name ("the trader Ivan Petrov"). */
static const char *const business_nouns[] = {
    "broker",   "contractor", "dealer",      "exporter", "importer", "investor",
    "operator", "owner",      "shareholder", "supplier", "trader",
};

/* Words that end names of sites, ranges, languages and ventures, never a
 * surname: "Prince Hassan Air Base", "King Abdulaziz International Airport",
 * "the Julian Alps", "Modern Standard Arabic", "Maloti Tunnelling Joint
 * Venture". Sorted. */
static const char *const thing_heads[] = {
    "Act",       "Adm",     "Aerodrome", "Airbase",  "Airfield",   "Airport",     "Airstrip",
    "Alps",      "Arabic",  "Barracks",  "Base",     "Cantonese",  "Centers",     "Centres",
    "City",      "Decree",  "Directive", "Highway",  "Mandarin",   "Motorway",    "Mountains",
    "Ordinance", "Parkway", "Railway",   "Refinery", "Regulation", "Regulations", "Studio",
    "Studios",   "Swahili", "Terminal",  "Tunnel",   "Venture",    "Ventures",
};

/* Given names that open the names of sports clubs ("Vitória Setúbal",
 * "Spartak Moscow", "Olimpia Asunción", "Aris Thessaloniki"). Sorted. */
static const char *const club_givens[] = {
    "Aris",
    "Olimpia",
    "Spartak",
    "Vit\xC3\xB3ria",
};

/* Spanish, Portuguese and Italian common nouns for roads, ranges, districts,
 * gangs and programmes that open names of things, never a given name:
 * "Calzada de Guadalupe", "Cordillera del Cóndor", "Banda del Nervión",
 * "Cosca Parrinello", "Mecanismo de Protección". Sorted (bytes). */
static const char *const thing_openers[] = {
    "Avenida",       "Banda",  "Barrio",    "Calle",      "Calzada", "Camino",        "Carretera",
    "Cartel",        "Cerro",  "Colonia",   "Cordillera", "Cosca",   "C\xC3\xA1rtel", "Estado",
    "Gr\xC3\xAAmio", "Laguna", "Mecanismo", "Parque",     "Parques", "Paseo",
};

/* Nouns for settlements before "of" that make the next name a place: "near
 * the town of Juan Aldama", "the village of Ignacio Zaragoza". Sorted. */
static const char *const settlement_nouns[] = {
    "city", "hamlet", "municipality", "settlement", "town", "township", "village",
};

/* Is the rule-found name in tokens [tb, te) no person for its shape: a site
 * or language word at its end, a club's given name at its start before one
 * more word, or the slot of "the town of"? The first-byte and length tests
 * of IS_WORD_IN come after the cheap flag tests. */
int eg_rx_not_person(const ctx *c, uint32_t tb, uint32_t te) {
    if (te <= tb)
        return 0;
    const eg_token *l = &c->tv[te - 1];
    if ((l->flags & EG_TOK_WORD) && (l->flags & EG_TOK_CAP) && l->len >= 3 &&
        WORD_IN_LIST(thing_heads, ttext(c, te - 1), l->len))
        return 1;
    if (te >= tb + 2 && (c->tv[tb].flags & EG_TOK_CAP) && c->tv[tb].len >= 5 &&
        WORD_IN_LIST(thing_openers, ttext(c, tb), c->tv[tb].len))
        return 1;
    if (te == tb + 2 && (c->tv[tb].flags & EG_TOK_CAP) &&
        WORD_IN_LIST(club_givens, ttext(c, tb), c->tv[tb].len)) {
        /* a club after a sports verb or preposition, or with a listed place:
         * "led Vitória Setúbal to", "for Vitória Atlântico", "Spartak
         * Moscow"; "Vitória Santos, a nurse" is a woman */
        static const char *const club_before[] = {"against", "at",      "beat", "beating", "coach",
                                                  "coached", "coaches", "for",  "joined",  "led",
                                                  "leads",   "to",      "with"};
        if (eg_rx_listed_word(c, tb + 1, "location") >= 0 ||
            (tb > 0 && LOWER_IN(tb - 1, club_before)))
            return 1;
    }
    if (tb >= 2 && c->tv[tb - 1].len == 2 && tok_is(c, tb - 1, "of") &&
        LOWER_IN(tb - 2, settlement_nouns))
        return 1;
    return 0;
}

/* "its owner, Renzo Quispe" and "the firm’s trader" name people. */
static int owner_determiner(const ctx *c, uint32_t j) {
    static const char *const words[] = {"Her", "His", "Its", "Their", "her", "his", "its", "their"};
    return (c->tv[j].flags & EG_TOK_POSS) || WORD_IN_LIST(words, ttext(c, j), c->tv[j].len);
}

/* Capitalised words that name a minister's portfolio after "of" or "for"
 * ("State Minister of Finance Mekdes Alemayehu", "Minister for Foreign
 * Affairs Penny Wong"). */
static const char *const portfolios[] = {
    "Affairs",        "Agriculture", "Arts",
    "Aviation",       "Children",    "Civil",
    "Climate",        "Commerce",    "Communications",
    "Cooperation",    "Culture",     "Defence",
    "Defense",        "Development", "Digital",
    "Economic",       "Economy",     "Education",
    "Electricity",    "Employment",  "Endowments",
    "Energy",         "Environment", "Family",
    "Finance",        "Fisheries",   "Food",
    "Foreign",        "Forestry",    "Gender",
    "Governance",     "Government",  "Health",
    "Heritage",       "Higher",      "Home",
    "Housing",        "Industry",    "Information",
    "Infrastructure", "Innovation",  "Integration",
    "Interior",       "Internal",    "Investment",
    "Justice",        "Labor",       "Labour",
    "Lands",          "Livestock",   "Local",
    "Maritime",       "Media",       "Mineral",
    "Minerals",       "Mines",       "Mining",
    "Municipalities", "Natural",     "Oil",
    "Petroleum",      "Planning",    "Prosecutions",
    "Public",         "Regional",    "Religious",
    "Research",       "Resources",   "Rural",
    "Science",        "Security",    "Social",
    "Solidarity",     "Sport",       "Sports",
    "State",          "Technology",  "Telecommunications",
    "Territorial",    "Tourism",     "Trade",
    "Transport",      "Treasury",    "Urban",
    "Water",          "Welfare",     "Women",
    "Works",          "Youth",
};

/* After a title ending in "Minister", "Secretary", "General" or "Director"
 * at token `after` ("Director General of Civil Aviation Ana Lee"): "of"
 * or "for", then portfolio words (joined by "and", "the" or commas) and a
 * capitalised name; returns the token where the name starts, else `after`. */
static uint32_t portfolio_end(const ctx *c, uint32_t after, uint32_t se) {
    if (after < 1 || after + 2 >= se || !(tok_is(c, after, "of") || tok_is(c, after, "for")) ||
        !(tok_is(c, after - 1, "Minister") || tok_is(c, after - 1, "Secretary") ||
          tok_is(c, after - 1, "General") || tok_is(c, after - 1, "Director")))
        return after;
    uint32_t q = after + 1, words = 0;
    while (q < se) {
        if (WORD_IN_LIST(portfolios, ttext(c, q), c->tv[q].len)) {
            words++;
            q++;
        } else if (words && (tok_is(c, q, "and") || tok_is(c, q, "the") || tok_is(c, q, ",") ||
                             (tok_is(c, q, "for") && tok_is(c, q - 1, "State")))) {
            /* "Minister of State for Foreign Affairs Nasser Al-Kuwari" */
            q++;
        } else {
            break;
        }
    }
    if (!words || q >= se || !is_cap_word(c, q) || covered(c, q) || tok_is(c, q - 1, ","))
        return after;
    return q;
}

/* Is token j a business noun, or "leader" after "market", "industry" or
 * "sector" ("the market leader")? */
static int business_noun(const ctx *c, uint32_t j) {
    if (LOWER_IN(j, business_nouns))
        return 1;
    return tok_is(c, j, "leader") && j > 0 &&
           (tok_is(c, j - 1, "market") || tok_is(c, j - 1, "industry") ||
            tok_is(c, j - 1, "sector"));
}

/* Does the apposition after the comma at token k end in a business noun
 * within four words ("an Istanbul trader", "the market leader")? */
static int business_apposition(const ctx *c, uint32_t k, uint32_t se) {
    uint32_t p = k + 1;
    if (p < se && (tok_is(c, p, "a") || tok_is(c, p, "an") || tok_is(c, p, "the")))
        p++;
    for (uint32_t q = p; q < se && q < p + 4; q++) {
        if (business_noun(c, q)) {
            if (q + 1 < se && tok_is(c, q + 1, "of")) /* "the owner of Steppe" is a person */
                return !tok_is(c, q, "owner") && !tok_is(c, q, "shareholder");
            /* "Sahel Routes, a private contractor owned by", "the contractor
             * building a tunnel"; not "a trader in Juba who" */
            static const char *const after[] = {"based", "building", "controlled", "owned",
                                                "run",   "that",     "which"};
            return q + 1 >= se || !(c->tv[q + 1].flags & EG_TOK_WORD) ||
                   WORD_IN_LIST(after, ttext(c, q + 1), c->tv[q + 1].len);
        }
        if (!(c->tv[q].flags & EG_TOK_WORD) && !is_hyphen(c, q) && !covered(c, q))
            return 0;
    }
    return 0;
}

/* Words in front of "by" that make an author line ("Reporting by ...",
 * "Words by ...", "Posted by ... on"). */
static const char *const byline_verbs[] = {
    "compiled", "edited",    "editing", "photographs", "photos", "pictures", "posted",  "produced",
    "reported", "reporting", "story",   "text",        "words",  "writing",  "written",
};

/* Is token j a lower-case common noun for people ("residents", "a German
 * citizen")? */
int eg_rx_person_noun(const ctx *c, uint32_t j) {
    return LOWER_IN(j, person_nouns);
}

/* More nouns for people's roles and trades, for the rules on descriptions
 * ("said Ramy Saleh, a lecturer at", "Moroccan winger Ilyas Benhima",
 * "coalition whip Thanakorn Rattanaporn"); nouns in -ist count too (see
 * role_noun). Sorted. */
static const char *const role_nouns[] = {
    "academic",      "accountant",    "administrator", "advocate",      "anthropologist",
    "archaeologist", "astronomer",    "attorney",      "author",        "baker",
    "banker",        "barber",        "batsman",       "bowler",        "boxer",
    "businessman",   "businesswoman", "butcher",       "campaigner",    "captain",
    "caregiver",     "carer",         "carpenter",     "cartographer",  "chef",
    "co-founder",    "composer",      "constable",     "cook",          "dancer",
    "defender",      "designer",      "detainee",      "detective",     "diplomat",
    "economist",     "editor",        "elder",         "electrician",   "entrepreneur",
    "finalist",      "firefighter",   "flanker",       "founder",       "fullback",
    "geologist",     "goalkeeper",    "graduate",      "granddaughter", "grandson",
    "guide",         "historian",     "homemaker",     "homeowner",     "hooker",
    "hostage",       "housewife",     "imam",          "inmate",        "jockey",
    "landlord",      "landowner",     "lawmaker",      "lawyer",        "lecturer",
    "legislator",    "librarian",     "lyricist",      "manager",       "midfielder",
    "midwife",       "monk",          "novelist",      "nun",           "organiser",
    "organizer",     "painter",       "paralegal",     "paramedic",     "passenger",
    "pastor",        "photographer",  "plumber",       "policeman",     "policewoman",
    "porter",        "presenter",     "prisoner",      "professor",     "prop",
    "rabbi",         "registrar",     "reporter",      "researcher",    "restorer",
    "retiree",       "schoolboy",     "schoolgirl",    "schoolteacher", "sculptor",
    "shepherd",      "silversmith",   "skipper",       "spokesman",     "spokesperson",
    "spokeswoman",   "sprinter",      "stablemaster",  "striker",       "surveyor",
    "survivor",      "tailor",        "technician",    "teenager",      "tenant",
    "trucker",       "veterinarian",  "volunteer",     "waiter",        "waitress",
    "welder",        "whip",          "winger",        "wrestler",      "writer",
};

/* Words in -ist that describe movements and groups, not a person ("the
 * separatist Polisario Front"), or firms ("a specialist lender"), or are no
 * person at all. Sorted. */
static const char *const ist_adjectives[] = {
    "anarchist",   "centrist",  "communist",  "extremist", "fascist",      "federalist",
    "islamist",    "jihadist",  "leftist",    "loyalist",  "maoist",       "marxist",
    "nationalist", "populist",  "rightist",   "royalist",  "secessionist", "separatist",
    "shortlist",   "socialist", "specialist", "terrorist", "unionist",     "zionist",
};

/* Is token j a lower-case noun for a person's role: person_nouns,
 * role_nouns or a word in -ist ("biologist", "analyst") that names no
 * movement? The first-byte and length tests come before any lookup. */
static int role_noun(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    if (!(t->flags & EG_TOK_WORD) || (t->flags & (EG_TOK_CAP | EG_TOK_POSS | EG_TOK_NUM)) ||
        t->len < 3 || t->len > 15)
        return 0;
    const char *w = ttext(c, j);
    if (w[0] < 'a' || w[0] > 'z')
        return 0;
    if (t->len >= 6 && w[t->len - 1] == 't' && w[t->len - 2] == 's' && w[t->len - 3] == 'i')
        return !LOWER_IN(j, ist_adjectives);
    return LOWER_IN(j, person_nouns) || LOWER_IN(j, role_nouns);
}

static uint32_t country_form_origin(const ctx *c, uint32_t j, long g) {
    const char *nm = eg_gazetteer_name(c->g, (size_t)g);
    return strlen(nm) == c->tv[j].len && memcmp(nm, ttext(c, j), c->tv[j].len) == 0
               ? EG_ORIGIN_GAZETTEER
               : EG_ORIGIN_DEMONYM;
}

/* A short lower-case word after a hyphen in a name: the second syllable of a
 * Korean or Chinese given name ("Min-jun", "Hye-jin"), not a suffix such as
 * "-led" or "-based". */
static int syllable(const ctx *c, uint32_t j) {
    static const char *const suffixes[] = {"age",   "aged", "area",  "based", "born",
                                           "bound", "era",  "led",   "like",  "made",
                                           "owned", "run",  "style", "type",  "wide"};
    const eg_token *t = &c->tv[j];
    if (!(t->flags & EG_TOK_WORD) || (t->flags & (EG_TOK_CAP | EG_TOK_POSS | EG_TOK_NUM)) ||
        t->len < 2 || t->len > 6)
        return 0;
    const char *s = ttext(c, j);
    /* six letters only for a Wade-Giles syllable ("Wen-hsiung", "Chih-chiang"),
     * not "-facing" or "-making" */
    if (t->len == 6 && !(s[5] == 'g' && s[4] == 'n' && s[3] != 'i'))
        return 0;
    for (size_t i = 0; i < t->len; i++)
        if (!(s[i] >= 'a' && s[i] <= 'z'))
            return 0;
    return !WORD_IN_LIST(suffixes, s, t->len) && !eg_rx_tok_class(c, j);
}

/* Does a hyphen and a given-name syllable stand in tokens [b, e) ("Lam
 * Ka-wing")? */
static int syllable_in(const ctx *c, uint32_t b, uint32_t e) {
    for (uint32_t j = b; j + 1 < e; j++)
        if (is_hyphen(c, j) && attached(c, j) && syllable(c, j + 1))
            return 1;
    return 0;
}

/* Verbs that headlines in title case put after a title or a name ("Prime
 * Minister Says Budget Will Pass", "Senator Vows Probe"): no word of a name.
 * Sorted. */
static const char *const headline_verbs[] = {
    "Admits",  "Backs", "Calls", "Claims", "Denies", "Pledges", "Rejects",
    "Resigns", "Says",  "Slams", "Urges",  "Vows",   "Warns",
};

/* Is token j a word that puts a month in time ("in", "since", "last",
 * "early" ...), so that a month after it is no given name ("In February
 * Skyfort signed"; "by April Ryan" stays a person)? */
static int time_before_month(const ctx *c, uint32_t j) {
    static const char *const words[] = {"during", "early", "in",   "last", "late", "mid",
                                        "next",   "since", "this", "till", "until"};
    const eg_token *t = &c->tv[j];
    if (!(t->flags & EG_TOK_WORD) || t->len < 2 || t->len > 6)
        return 0;
    char buf[8];
    return eg_rx_ascii_lower(ttext(c, j), t->len, buf, sizeof buf) &&
           eg_rx_in_sorted(words, sizeof words / sizeof words[0], buf);
}

/* A one-word title that is also a given name ("Don"): a title only before two
 * name words ("Don Calogero Piazza"), a given name otherwise ("Don Smith said",
 * "Mr Don King"). The title ends at token e. */
static int given_not_title(const ctx *c, uint32_t j, uint32_t e, uint32_t se) {
    if (e != j + 1 || !eg_rx_given_name(c, j))
        return 0;
    for (uint32_t q = e; q < e + 2; q++)
        if (q >= se || !is_cap_word(c, q) || covered(c, q) || eg_rx_tok_class(c, q))
            return 1;
    return 0;
}

/* Does token j end in a digit, as amounts do ("Rs1.5", "A$10,000")? */
static int ends_digit(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    return t->len && ttext(c, j)[t->len - 1] >= '0' && ttext(c, j)[t->len - 1] <= '9';
}

/* Can token j be a word of a person's name? `first`: it would be the first. */
static int name_word(const ctx *c, uint32_t j, uint32_t se, int first) {
    const eg_token *t = &c->tv[j];
    if (covered(c, j) || !is_cap_word(c, j) || (t->flags & EG_TOK_DOTTED))
        return 0;
    if ((t->flags & EG_TOK_ALLCAPS) && !eg_rx_is_initial_letter(c, j))
        return 0;
    if (ends_digit(c, j))
        return 0; /* an amount: "fined Irfanullah Wazir Rs1.5 million" */
    unsigned wc = eg_rx_tok_class(c, j);
    if (!first && tok_is(c, j, "My") && j > 0 && eg_rx_given_name(c, j - 1) && j + 1 < se &&
        is_cap_word(c, j + 1) && !covered(c, j + 1) && !eg_rx_tok_class(c, j + 1))
        wc = 0; /* the Vietnamese middle name of "Truong My Lan" */
    if (wc & (W_FUNC | W_DAY))
        return 0;
    if (WORD_IN_LIST(headline_verbs, ttext(c, j), t->len))
        return 0;
    if (wc & W_MONTH) {
        if (j + 1 < se && (c->tv[j + 1].flags & EG_TOK_NUM))
            return 0;
        if (first && !(j + 1 < se && is_cap_word(c, j + 1) && !eg_rx_tok_class(c, j + 1)))
            return 0;
        if (first && j > 0 && time_before_month(c, j - 1))
            return 0; /* "In February Skyfort signed", "since June Kinoteka has" */
    }
    if (eg_rx_strong_designator(eg_rx_designator_at(c, j)))
        return 0;
    uint32_t e;
    if (first && eg_rx_title_at(c, j, se, &e) && !given_not_title(c, j, e, se))
        return 0;
    if (first && t->len == 4 && ttext(c, j)[0] == 'R' && tok_is(c, j, "Ratu") && j + 1 < se &&
        is_cap_word(c, j + 1))
        return 0; /* a chiefly title: see chiefly_title */
    return 1;
}

/* "d’Alva", "d'Estaing": an elided "de" and a capitalised word, one token. */
static int elided_particle(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    const unsigned char *w = (const unsigned char *)ttext(c, j);
    size_t a;
    if (!(t->flags & EG_TOK_WORD) || covered(c, j) || t->len < 4 || w[0] != 'd')
        return 0;
    if (w[1] == '\'')
        a = 2;
    else if (t->len > 5 && w[1] == 0xE2 && w[2] == 0x80 && w[3] == 0x99)
        a = 4;
    else
        return 0;
    uint32_t cp;
    eg_utf8_decode(w + a, t->len - a, &cp);
    return eg_utf8_is_upper(cp);
}

/* A listed place of one word that ends a person's name after a particle or
 * a hyphen: "Ilka Samudio de León", "Wanderson Rodrigues de Lima", "Orlando
 * Betancourt-Lima". Token j is covered by a location mention of that one
 * token, and no capitalised word or hyphen follows. */
static int name_place(const ctx *c, uint32_t j, uint32_t se) {
    if (!covered(c, j) || !is_cap_word(c, j))
        return 0;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
    if (m->tok_begin != j || m->tok_end != j + 1 || m->origin != EG_ORIGIN_GAZETTEER ||
        strcmp(eg_rx_ent_type(c, m->ent), "location") != 0)
        return 0;
    return !(j + 1 < se && (is_cap_word(c, j + 1) || is_hyphen(c, j + 1)));
}

/* Reads a person's name from token i: one to four words (capitalised, with
 * initials, particles and hyphenated parts). Returns 1 and the end token and
 * word count, or 0. */
static int person_name(const ctx *c, uint32_t i, uint32_t se, uint32_t *end, uint32_t *nwords) {
    uint32_t j = i, words = 0, last_end = 0, last_words = 0;
    while (j < se && words <= MAX_NAME_WORDS) {
        const eg_token *t = &c->tv[j];
        if (covered(c, j))
            break;
        if ((t->flags & EG_TOK_DOTTED) && (t->flags & EG_TOK_CAP)) {
            words++;
            j++;
            continue;
        }
        if (eg_rx_is_initial_letter(c, j) && !(j + 1 < se && is_hyphen(c, j + 1))) {
            j++;
            if (j < se && tok_is(c, j, ".") && attached(c, j))
                j++;
            words++;
            continue;
        }
        if (words == 0 && t->len == 2 && j + 2 < se &&
            (tok_is(c, j, "Ma") || tok_is(c, j, "Ch") || tok_is(c, j, "Kh") ||
             tok_is(c, j, "Ts")) &&
            tok_is(c, j + 1, ".") && attached(c, j + 1) && is_cap_word(c, j + 2)) {
            j += 2; /* "Ma." for Maria: "Ma. Teresa Villacorta"; a Mongolian
                       patronymic initial: "Ch. Naranbaatar" */
            words++;
            continue;
        }
        if (words > 0 && elided_particle(c, j)) {
            j++; /* "Leonel d’Alva Neto", "Valéry Giscard d'Estaing" */
            words++;
            last_end = j;
            last_words = words;
            continue;
        }
        if (words > 0 && (t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) &&
            WORD_IN_LIST(particles, ttext(c, j), t->len)) {
            if (j + 2 < se && is_hyphen(c, j + 1) && attached(c, j + 1) && attached(c, j + 2) &&
                name_word(c, j + 2, se, 0)) {
                j += 3;
                words++;
                last_end = j;
                last_words = words;
                continue;
            }
            uint32_t q = j + 1;
            while (q < se && q < j + 3 && (c->tv[q].flags & EG_TOK_WORD) &&
                   !(c->tv[q].flags & EG_TOK_CAP) &&
                   WORD_IN_LIST(particles, ttext(c, q), c->tv[q].len))
                q++;
            if (q < se && name_word(c, q, se, 0)) {
                j = q;
                continue;
            }
            if (words >= 2 && q < se && name_place(c, q, se)) {
                j = q + 1; /* "Ilka Samudio de León" */
                words++;
                last_end = j;
                last_words = words;
            }
            break;
        }
        if (name_word(c, j, se, words == 0)) {
            j++;
            while (j + 1 < se && is_hyphen(c, j) && attached(c, j) && attached(c, j + 1) &&
                   (((is_cap_word(c, j + 1) || syllable(c, j + 1)) && !covered(c, j + 1)) ||
                    (words >= 1 && name_place(c, j + 1, se))))
                j += 2; /* "Okafor-Reid", "Betancourt-Lima" */
            words++;
            last_end = j;
            last_words = words;
            continue;
        }
        break;
    }
    if (!last_end || last_words > MAX_NAME_WORDS)
        return 0;
    *end = last_end;
    *nwords = last_words;
    return 1;
}

/* Adds a person candidate for tokens [b, e) found by a rule; when a listed
 * place ends a word of it after a particle or hyphen ("Samudio de León",
 * "Betancourt-Lima"), the candidate may replace that place's mention. */
static int chiefly_word(const ctx *c, uint32_t i);

/* A capitalised place or building word right after a possessive name (token
 * j): the name is the eponym of a street, quay or point, no person of the
 * story ("Sir John Rogerson’s Quay", "King Edward’s Point", "Queen
 * Elizabeth’s Park"); "Sir Keir Starmer’s office" and "President Ruto’s
 * Cabinet" keep the person. */
static int place_after_owner(const ctx *c, uint32_t j, uint32_t se) {
    if (j >= se || !is_cap_word(c, j) || c->tv[j].len < 3)
        return 0;
    const designator *d = eg_rx_designator_at(c, j);
    if (d && strcmp(d->type, "location") == 0)
        return 1;
    const char *w = ttext(c, j);
    size_t n = c->tv[j].len;
    return WORD_IN_LIST(not_surnames, w, n) || WORD_IN_LIST(institution_words, w, n) ||
           WORD_IN_LIST(thing_heads, w, n);
}

/* Has the name in tokens [b, e) a word of firm_words? First-byte gate: every
 * entry starts with a capital of A-W. */
static int firm_word_in(const ctx *c, uint32_t b, uint32_t e) {
    for (uint32_t j = b; j < e; j++) {
        const eg_token *t = &c->tv[j];
        if ((t->flags & EG_TOK_WORD) && (t->flags & EG_TOK_CAP) && t->len >= 3 && t->len <= 15 &&
            WORD_IN_LIST(firm_words, ttext(c, j), t->len))
            return 1;
    }
    return 0;
}

static eg_status add_person(ctx *c, uint32_t b, uint32_t e, uint32_t si, uint32_t kind,
                            eg_error *err) {
    static const char *const storms[] = {"Cyclone", "Hurricane", "Storm", "Tropical", "Typhoon"};
    if (kind != K_BYLINE && c->tv[b].len >= 5 && WORD_IN_LIST(storms, ttext(c, b), c->tv[b].len))
        return EG_OK; /* "Hurricane Dorian", "Typhoon Lando", "Cyclone Idai" */
    if ((kind == K_GIVEN || kind == K_KNOWN) && e < c->ntok && (c->tv[e].flags & EG_TOK_NUM) &&
        (c->tv[e].flags & EG_TOK_SPACE_BEFORE) && !(c->tv[e - 1].flags & EG_TOK_PUNCT) &&
        e + 1 < c->ntok && !tok_is(c, e + 1, ",") && !(c->tv[e + 1].flags & EG_TOK_DASH) &&
        !attached(c, e + 1))
        return EG_OK; /* a ship's name and number: "the Hai Long 608", "Hong Tai 88 since";
                         not a score: "beat Amina Helal-Rashwan 3-1" */
    if ((kind == K_APPOS || kind == K_GIVEN) && firm_word_in(c, b, e))
        return EG_OK; /* "Fincas del Caribe, a pineapple grower", "Glen Fiddan Distillers" */
    if (e >= b + 3 && chiefly_word(c, b) && (c->tv[b + 1].flags & EG_TOK_CAP))
        b++; /* "U Tin Maung Htwe, a former lawmaker," is Tin Maung Htwe */
    if (e + 1 < c->ntok && (c->tv[e].flags & EG_TOK_POSS) && (c->tv[e].flags & EG_TOK_WORD) &&
        place_after_owner(c, e + 1, c->ntok))
        return EG_OK; /* "Sir John Rogerson’s Quay", "King Edward’s Point" */
    if (kind == K_KNOWN)
        for (size_t k = 0; k < c->s->cands.n; k++) {
            const cand *o = &c->s->cands.v[k];
            if (o->ent >= 0 && o->kind == K_ACRONYM && o->tb < e && b < o->te)
                return EG_OK; /* a nickname of a person of the article ("El Chispa") */
        }
    size_t n = c->s->cands.n;
    eg_status st = eg_rx_add_cand(c, b, e, si, kind, "person", -1, EG_ORIGIN_RULE, err);
    if (st != EG_OK || c->s->cands.n == n)
        return st;
    for (uint32_t j = b + 1; j < e; j++)
        if (covered(c, j)) {
            c->s->cands.v[c->s->cands.n - 1].replace = 1;
            break;
        }
    return st;
}

/* person_name, also taking a last initial: "Pavel H.", "Jian G." */
static int person_name_initial(const ctx *c, uint32_t i, uint32_t se, uint32_t *end,
                               uint32_t *nwords) {
    if (!person_name(c, i, se, end, nwords))
        return 0;
    uint32_t e = *end;
    if (e + 1 < se && eg_rx_is_initial_letter(c, e) && !covered(c, e) && tok_is(c, e + 1, ".") &&
        attached(c, e + 1)) {
        *end = e + 2;
        (*nwords)++;
    }
    return 1;
}

/* "Senator Marie Doe", "Mr Doe" (titles flagged surname), and "its chairman,
 * Klaus Reinholt," (a title, a comma, a name, then punctuation). */
/* "his", "her" before token i, maybe with up to two lower-case words
 * between: "His main rival", "her closest rival". */
static int personal_owner(const ctx *c, uint32_t sb, uint32_t i) {
    for (uint32_t p = i; p > sb && p + 3 > i;) {
        p--;
        const eg_token *t = &c->tv[p];
        if (t->len == 3 && (tok_is(c, p, "his") || tok_is(c, p, "His") || tok_is(c, p, "her") ||
                            tok_is(c, p, "Her")))
            return 1;
        if (!(t->flags & EG_TOK_WORD) || (t->flags & (EG_TOK_CAP | EG_TOK_POSS)))
            return 0;
    }
    return 0;
}

/* A day that is a given name (West Africa: "Sunday", "Monday") right after a
 * title, then one surname and no more name words: "Producer Sunday Bakare". */
static int day_given(const ctx *c, uint32_t j, uint32_t se) {
    if (j + 1 >= se || !is_cap_word(c, j) || covered(c, j) || c->tv[j].len < 6 ||
        !(eg_rx_tok_class(c, j) & W_DAY))
        return 0;
    uint32_t k = j + 1;
    const eg_token *t = &c->tv[k];
    if (!is_cap_word(c, k) || covered(c, k) || (t->flags & (EG_TOK_ALLCAPS | EG_TOK_DOTTED)) ||
        eg_rx_tok_class(c, k) || eg_rx_designator_at(c, k) ||
        WORD_IN_LIST(not_surnames, ttext(c, k), t->len))
        return 0;
    return k + 1 >= se || (!is_cap_word(c, k + 1) && !is_hyphen(c, k + 1));
}

/* After a title at token j, a one-word listed place or country, then one or
 * two name words: "Professor Gao Jianping" (Gao, Mali), "Senator Georgia
 * Smith", "Mayor London Breed"; not "Governor Lagos State" nor "Minister
 * Gaza Strip". Sets *end. */
static int listed_place_given(const ctx *c, uint32_t j, uint32_t se, uint32_t *end) {
    static const char *const region_words[] = {
        "City",   "County",     "District", "Governorate", "Municipality",
        "Oblast", "Prefecture", "Province", "Region",      "State",
    };
    uint32_t e, nw;
    if (j + 1 >= se || !covered(c, j) || !is_cap_word(c, j) || covered(c, j + 1) ||
        !is_cap_word(c, j + 1))
        return 0;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
    if (m->tok_begin != j || m->tok_end != j + 1 || m->origin != EG_ORIGIN_GAZETTEER)
        return 0;
    const char *ty = eg_rx_ent_type(c, m->ent);
    if (strcmp(ty, "location") != 0 && strcmp(ty, "country") != 0)
        return 0;
    if (!person_name(c, j + 1, se, &e, &nw) || nw > 2 || (e < se && is_cap_word(c, e)))
        return 0;
    for (uint32_t q = j + 1; q < e; q++)
        if ((c->tv[q].flags & EG_TOK_WORD) &&
            (eg_rx_designator_at(c, q) || WORD_IN_LIST(not_surnames, ttext(c, q), c->tv[q].len) ||
             WORD_IN_LIST(thing_heads, ttext(c, q), c->tv[q].len) ||
             WORD_IN_LIST(region_words, ttext(c, q), c->tv[q].len)))
            return 0;
    if (e < se && eg_rx_region_noun(c, e))
        return 0;
    *end = e;
    return 1;
}

/* The Fijian chiefly title "Ratu" before a name of two words or more ("Ratu
 * Isoa Vakarau"; the person is "Isoa Vakarau"). It is no entry of
 * titles.txt, which would stop the place rules at it: a run that ends in a
 * place or body word, or goes on into one, stays a place ("Ratu Sukuna
 * Drive", "Ratu Mara Road", "Ratu Sukuna Park"). Tokens [i, *end). */
static int chiefly_word(const ctx *c, uint32_t i) {
    /* also the pilgrim's honorific of Arab and South Asian elders ("Hajj
     * Mahmoud Abu el-Hagag", "Haji Rahmat Ullah Khan"), which opens names of
     * services and ministries too ("Hajj Services", "Hajj Ministry"), and the
     * Burmese "U" ("U Tin Maung Htwe"; "U Bein Bridge" is a place) */
    static const char *const chiefly[] = {"Haji", "Hajj", "Hajji", "Ratu", "U"};
    const char *w = ttext(c, i);
    return c->tv[i].len <= 5 && (w[0] == 'R' || w[0] == 'H' || w[0] == 'U') &&
           (c->tv[i].flags & EG_TOK_WORD) && WORD_IN_LIST(chiefly, w, c->tv[i].len);
}

static int chiefly_title(const ctx *c, uint32_t i, uint32_t se, uint32_t *end) {
    uint32_t e, nw;
    if (!chiefly_word(c, i) || i + 2 >= se || !person_name(c, i + 1, se, &e, &nw) || nw < 2 ||
        nw > 3)
        return 0;
    if (e < se && is_cap_word(c, e))
        return 0;
    for (uint32_t j = i + 1; j < e; j++)
        if ((c->tv[j].flags & EG_TOK_WORD) &&
            (eg_rx_designator_at(c, j) || WORD_IN_LIST(not_surnames, ttext(c, j), c->tv[j].len)))
            return 0;
    *end = e;
    return 1;
}

eg_status eg_rx_rule_titles(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb; i < se; i++) {
        uint32_t after, end, nw;
        if (covered(c, i))
            continue;
        if (chiefly_title(c, i, se, &end)) {
            eg_status st = add_person(c, i + 1, end, si, K_TITLE, err);
            if (st != EG_OK)
                return st;
            i = end - 1;
            continue;
        }
        const title *t = eg_rx_title_at(c, i, se, &after);
        if (!t || after >= se)
            continue;
        int business = business_noun(c, after - 1) && !(i > sb && owner_determiner(c, i - 1));
        if (!business && after == i + 1 && c->tv[i].len == 5 && tok_is(c, i, "rival"))
            business = !personal_owner(c, sb, i);
        /* "its smaller rival Van Hoorebeke Cacao", "the rival Tensta Boys":
         * firms and gangs have rivals too; "his main rival, Eliana Quispe" is a
         * person */
        after = portfolio_end(c, after, se);
        uint32_t need = (t->flags & TITLE_SURNAME) ? 1 : 2;
        if (after + 2 < se &&
            (tok_is(c, after, "of") || tok_is(c, after, "for") || tok_is(c, after, "at"))) {
            /* "The head of MINUSCA, Aïssatou Diallo-Berthe, met", "a spokeswoman
             * for the Federal Prosecutor’s Office, Anneleen Vermeersch," */
            uint32_t q = after + 1;
            if (tok_is(c, q, "the") && q + 2 < se)
                q++;
            uint32_t e = NONE;
            if (covered(c, q)) {
                const eg_mention *m = &c->doc->ments.v[c->s->cover.v[q]];
                if (m->tok_begin == q)
                    e = m->tok_end;
            } else if (q > after + 1 && is_cap_word(c, q)) {
                /* a body the rules find in this round: "the Instituto Nacional
                 * de Petróleo (INP)," */
                static const char *const gaps[] = {"and", "da", "de", "del", "do", "for", "of"};
                e = q;
                while (e < se && e < q + 8 &&
                       (is_cap_word(c, e) || covered(c, e) ||
                        (e > q && WORD_IN_LIST(gaps, ttext(c, e), c->tv[e].len))))
                    e++;
                if (!is_cap_word(c, e - 1) && !covered(c, e - 1))
                    e = NONE;
            }
            if (e != NONE) {
                if (e + 3 < se && tok_is(c, e, "(") && tok_is(c, e + 2, ")"))
                    e += 3;
                if (e < se && tok_is(c, e, ","))
                    after = e;
            } else if (q == after + 1 && tok_is(c, after, "of")) {
                /* "Ecopetrol’s head of energy transition, Aurelio Cuesta Rentería," */
                uint32_t w = q;
                while (w < se && w < q + 3 && (c->tv[w].flags & EG_TOK_WORD) &&
                       !(c->tv[w].flags & (EG_TOK_CAP | EG_TOK_POSS)) && !eg_rx_tok_class(c, w))
                    w++;
                if (w > q && w < se && tok_is(c, w, ","))
                    after = w;
            }
        }
        if (tok_is(c, after, ",") && after + 1 < se) {
            after++;
            need = 2;
            if (!person_name(c, after, se, &end, &nw) || nw < need ||
                !(end >= se || (c->tv[end].flags & EG_TOK_PUNCT) ||
                  (tok_is(c, end, "of") && end + 1 < se && tok_is(c, end + 1, "the"))) ||
                tok_is(c, end, "-"))
                continue; /* "the coalition’s candidate, Gervais Akplogan of the Bloc" */
        } else if (day_given(c, after, se)) {
            end = after + 2; /* "Producer Sunday Bakare" */
            nw = 2;
        } else if (listed_place_given(c, after, se, &end)) {
            /* "Professor Gao Jianping", "Senator Georgia Smith": a listed
             * place's word opens the name */
            eg_status st = add_person(c, after, end, si, K_TITLE, err);
            if (st != EG_OK)
                return st;
            c->s->cands.v[c->s->cands.n - 1].replace = 1;
            c->s->cands.v[c->s->cands.n - 1].absorb = 1;
            continue;
        } else if (!person_name(c, after, se, &end, &nw) || nw < need) {
            continue;
        }
        if (nw >= 3 && WORD_IN_LIST(not_surnames, ttext(c, end - 1), c->tv[end - 1].len))
            continue; /* "the King Salman Humanitarian Aid and Relief Centre" */
        if (eg_rx_strong_designator(eg_rx_designator_at(c, end - 1)) ||
            WORD_IN_LIST(institution_words, ttext(c, end - 1), c->tv[end - 1].len))
            continue; /* "the Metropolitan Museum", "the Metropolitan Police" */
        if (nw >= 2 && eg_rx_designator_at(c, end - 1) && !eg_rx_given_name(c, after))
            continue; /* "Rival Summit Reefer", not "Ambassador Samantha Power" */
        if (business && !eg_rx_given_name(c, after) && !syllable_in(c, after, end) &&
            !day_given(c, after, se))
            continue; /* "the grain trader Harvest Agro" */
        eg_status st = add_person(c, after, end, si, K_TITLE, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* An age between commas after a name, then a lower-case word: "Ana Ruiz, 52,
 * a soybean grower", "Ana Ruiz, 52, said"; or an age that ends the sentence.
 * Token p is after the first comma. */
static int age_apposition(const ctx *c, uint32_t p, uint32_t se) {
    const eg_token *t = &c->tv[p];
    /* or the age ends the sentence: "a court convicted Kelvin Chan Wai-ming, 52." */
    int last = p + 2 == se && tok_is(c, p + 1, ".");
    if ((p + 2 >= se && !last) || !(t->flags & EG_TOK_NUM) || t->len > 3 ||
        !(last || tok_is(c, p + 1, ",")))
        return 0;
    unsigned age = 0;
    for (uint32_t i = 0; i < t->len; i++) {
        char d = ttext(c, p)[i];
        if (d < '0' || d > '9')
            return 0;
        age = age * 10 + (unsigned)(d - '0');
    }
    if (last)
        return age >= 12 && age <= 115;
    const eg_token *n = &c->tv[p + 2];
    return age >= 12 && age <= 115 && (n->flags & EG_TOK_WORD) && !(n->flags & EG_TOK_CAP);
}

/* Head nouns of firms that an age describes as well: "a 90-year-old tile
 * maker", "a 170-year-old brewer", "a 40-year-old family business". Sorted. */
static const char *const aged_firm_nouns[] = {
    "bakery", "bank",      "brand",    "brewer",      "brewery",    "business",  "chain",
    "club",   "company",   "concern",  "distiller",   "distillery", "estate",    "factory",
    "firm",   "group",     "house",    "institution", "label",      "maker",     "manufacturer",
    "mill",   "newspaper", "outfit",   "paper",       "producer",   "publisher", "retailer",
    "shop",   "store",     "supplier", "winery",      "workshop",
};

/* "a 39-year-old haulier", "a 45-year-old bus conductor": after the article
 * at token p, an age in years of a person (12 to 105) and one or two
 * lower-case words that end the apposition and name no firm. */
static int aged_person(const ctx *c, uint32_t p, uint32_t se) {
    if (p + 5 >= se || !(c->tv[p].flags & EG_TOK_NUM) || c->tv[p].len > 3 || !is_hyphen(c, p + 1) ||
        !tok_is(c, p + 2, "year") || !is_hyphen(c, p + 3) || !tok_is(c, p + 4, "old"))
        return 0;
    unsigned age = 0;
    for (uint32_t i = 0; i < c->tv[p].len; i++) {
        char d = ttext(c, p)[i];
        if (d < '0' || d > '9')
            return 0;
        age = age * 10 + (unsigned)(d - '0');
    }
    if (age < 12 || age > 105)
        return 0;
    uint32_t q = p + 5, last = NONE;
    for (; q < se && q < p + 8; q++) {
        const eg_token *t = &c->tv[q];
        if (!(t->flags & EG_TOK_WORD) || (t->flags & (EG_TOK_CAP | EG_TOK_POSS | EG_TOK_NUM)) ||
            eg_rx_tok_class(c, q) & W_FUNC)
            break;
        last = q;
    }
    if (last == NONE || LOWER_IN(last, aged_firm_nouns))
        return 0;
    return q >= se || tok_is(c, q, ",") || tok_is(c, q, ".") || tok_is(c, q, "from") ||
           tok_is(c, q, "in") || tok_is(c, q, "at") || tok_is(c, q, "who") || tok_is(c, q, "and");
}

/* A possessive pronoun ("its", "their"), which stands right after the comma
 * of an apposition ("Aoife Brennan, its head of compliance"); later, a verb
 * comes before it. */
static int pronoun_owner(const ctx *c, uint32_t q) {
    static const char *const pronouns[] = {"her", "his", "its", "our", "their"};
    return LOWER_IN(q, pronouns);
}

/* What follows the comma of "Name, ...": does it describe a person? "who",
 * "an economist at", "the shipper's owner", "OFAC's director", "head of". */
static int person_apposition(const ctx *c, uint32_t k, uint32_t se) {
    uint32_t p = k + 1, e;
    if (p >= se)
        return 0;
    if (tok_is(c, p, "who") || tok_is(c, p, "whose"))
        return 1;
    if (age_apposition(c, p, se))
        return 1;
    int lead = 0, pron = 0;
    if (p + 1 < se && (tok_is(c, p, "formerly") || tok_is(c, p, "previously")) &&
        (tok_is(c, p + 1, "a") || tok_is(c, p + 1, "an") || tok_is(c, p + 1, "the")))
        p++; /* "Turki Al-Shehri, formerly a research scientist at" */
    if (tok_is(c, p, "a") || tok_is(c, p, "an") || tok_is(c, p, "the")) {
        lead = 1;
        p++;
    } else if (p + 1 < se && pronoun_owner(c, p)) {
        lead = pron = 1; /* "Claudine Rérat, its chief financial officer," */
        p++;
    } else {
        for (uint32_t q = p; q < se && q < p + 5; q++) {
            if (c->tv[q].flags & EG_TOK_POSS) {
                lead = 1;
                p = q + 1;
                break;
            }
            if (!(c->tv[q].flags & EG_TOK_WORD) || (q == p && eg_rx_title_at(c, q, se, &e)))
                break; /* "Name, president of the union’s Cardiff branch" */
        }
    }
    if (lead && !pron && aged_person(c, p, se))
        return 1; /* "Josip Babić, a 39-year-old haulier from" */
    if (lead && covered(c, p)) {
        /* "Mercy Jeptoo, the Kenyan who won ..." */
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[p]];
        uint32_t q = m->tok_end;
        if (m->tok_begin == p && m->origin == EG_ORIGIN_DEMONYM && q < se &&
            (tok_is(c, q, "who") || tok_is(c, q, ",")))
            return 1;
    }
    if (lead) {
        /* "a 29-year-old crane operator", "a German citizen" */
        for (uint32_t q = p; q < se && q <= p + 8; q++) {
            const eg_token *t = &c->tv[q];
            char buf[16];
            if ((t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) &&
                eg_rx_ascii_lower(ttext(c, q), t->len, buf, sizeof buf) &&
                (IN_LIST(person_nouns, buf) || role_noun(c, q))) {
                if (!pron && q + 2 < se && (c->tv[q + 1].flags & EG_TOK_POSS) &&
                    attached(c, q + 1) && (c->tv[q + 2].flags & EG_TOK_WORD) &&
                    !(c->tv[q + 2].flags & EG_TOK_CAP))
                    continue; /* "Ana Ruiz, the driver’s mother": the owner is a person */
                return !(q + 1 < se && (is_hyphen(c, q + 1) || (c->tv[q + 1].flags & EG_TOK_POSS) ||
                                        (pron && is_cap_word(c, q + 1))));
            }
            /* "Nahr al-Dhahab Trading, its founder Osman Jaber": the role is
             * another's */
            if (covered(c, q)) {
                const eg_mention *m = &c->doc->ments.v[c->s->cover.v[q]];
                if (!eg_rx_replaceable(c, m))
                    break;
                q = m->tok_end - 1;
                continue;
            }
            if ((t->flags & EG_TOK_POSS) && q > p && attached(c, q))
                continue; /* "Koffi Yapi, the union’s delegate" */
            if (!((t->flags & (EG_TOK_WORD | EG_TOK_NUM)) || is_hyphen(c, q)) ||
                (t->flags & EG_TOK_POSS))
                break;
            if ((t->flags & EG_TOK_CAP) &&
                (q > p || (t->flags & EG_TOK_ALLCAPS) || eg_rx_tok_class(c, q)))
                break; /* "a Mandaean silversmith": one capitalised word first */
        }
    }
    for (uint32_t q = p; q < se && q <= p + 3; q++) {
        if (eg_rx_title_at(c, q, se, &e))
            return (lead && !(pron && e < se && is_cap_word(c, e))) ||
                   (q <= p + 2 && e < se && eg_rx_is_prep(c, e));
        if (!(c->tv[q].flags & EG_TOK_WORD))
            return 0;
        if (!lead && ((c->tv[q].flags & EG_TOK_CAP) || (q > p && pronoun_owner(c, q))))
            return 0; /* "Grand Canal Dock, fired its head of compliance" */
    }
    return 0;
}

static eg_status rule_person_object(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
static int role_word_opens(const ctx *c, uint32_t sb, uint32_t p);
static eg_status rule_single_names(ctx *c, uint32_t si, uint32_t sb, uint32_t se, int first,
                                   eg_error *err);
static eg_status rule_descriptions(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
static int org_noun_before(const ctx *c, uint32_t sb, uint32_t i);

/* "Anna Berg, an economist at Nordbank", "Chad Doe, who ran ...", "Ana
 * Ruiz, 52, said"; also objects of verbs that take a person ("police arrested
 * Wilfredo Matute Ordóñez at a rally"). */
/* Does a title with two name words after it start inside (s, k)? The name
 * starts after it: "Malaita Premier Elijah Ramofafia, whose" is Elijah
 * Ramofafia ("Julie Bishop, who" keeps its last word). */
static int title_inside(const ctx *c, uint32_t s, uint32_t k) {
    uint32_t te;
    for (uint32_t j = s + 1; j < k; j++)
        if (eg_rx_title_at(c, j, k, &te) && te + 2 <= k)
            return 1;
    return 0;
}

eg_status eg_rx_rule_apposition(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t k = sb + 2; k + 1 < se; k++) {
        if (!tok_is(c, k, ",") || !person_apposition(c, k, se))
            continue;
        uint32_t best = NONE;
        for (uint32_t s = k; s-- > sb && s + 12 >= k;) {
            uint32_t end, nw;
            if (person_name_initial(c, s, k, &end, &nw) && end == k && nw >= 2 &&
                !title_inside(c, s, k))
                best = s;
        }
        if (best != NONE) {
            /* a rank or honorific opening the run is no word of the name:
             * "Pol Col Narongrit, who", "Ato Dawit, 41," */
            uint32_t te;
            if (eg_rx_title_at(c, best, k, &te) && te > best && te < k)
                best = te;
        }
        if (best == NONE || (business_apposition(c, k, se) && !eg_rx_given_name(c, best) &&
                             !syllable_in(c, best, k)))
            continue;
        if (org_noun_before(c, sb, best))
            continue; /* "the growers’ association Fikambanana Mpamokatra Lavanily, whose" */
        if (best > sb) {
            uint32_t p = best - 1;
            if (is_cap_word(c, p) && !covered(c, p) && !eg_rx_tok_class(c, p) &&
                !eg_rx_title_ends_at(c, sb, best))
                continue;
        }
        eg_status st = add_person(c, best, k, si, K_APPOS, err);
        if (st != EG_OK)
            return st;
    }
    eg_status st = rule_descriptions(c, si, sb, se, err);
    if (st != EG_OK)
        return st;
    st = rule_person_object(c, si, sb, se, err);
    if (st != EG_OK)
        return st;
    return rule_single_names(c, si, sb, se, 1, err);
}

/* Does a name of two to four words start at token i and end at a token that
 * is no capitalised word or hyphen, with no designator or thing word
 * ("Falls", "Memorial") among its words? Sets *end. */
static int plain_name(const ctx *c, uint32_t i, uint32_t se, uint32_t *end) {
    uint32_t nw;
    if (i >= se || covered(c, i) || !is_cap_word(c, i) ||
        !person_name_initial(c, i, se, end, &nw) || nw < 2 || nw > 4)
        return 0;
    if (*end < se && ((is_cap_word(c, *end) && !ends_digit(c, *end)) || is_hyphen(c, *end) ||
                      (c->tv[*end].flags & EG_TOK_POSS)))
        return 0;
    for (uint32_t j = i; j < *end; j++)
        if ((c->tv[j].flags & EG_TOK_WORD) && !(j > i && is_hyphen(c, j - 1) && attached(c, j)) &&
            (eg_rx_designator_at(c, j) || WORD_IN_LIST(not_surnames, ttext(c, j), c->tv[j].len) ||
             WORD_IN_LIST(institution_words, ttext(c, j), c->tv[j].len)))
            return 0;
    uint32_t te;
    if (*end - i == 2 && eg_rx_title_at(c, i + 1, se, &te) && te == *end)
        return 0; /* "Dayang Nur Hafizah, Permanent Secretary at the ministry" */
    return 1;
}

/* Role nouns that stand before the names of teams and firms as often as of
 * people ("defending champion Al Sadd", "EU member North Macedonia"). */
static int role_before_name(const ctx *c, uint32_t j) {
    static const char *const words[] = {"champion", "member", "national", "native", "resident"};
    return role_noun(c, j) && !LOWER_IN(j, words) && !business_noun(c, j);
}

/* Is token j a determiner that opens a description: "a", "an", "the", a
 * possessive pronoun or a possessive name ("Cuba’s")? */
static int description_det(const ctx *c, uint32_t j) {
    static const char *const dets[] = {"a", "an", "her", "his", "its", "our", "the", "their"};
    return (c->tv[j].flags & EG_TOK_POSS) || LOWER_IN(j, dets) || tok_is(c, j, "His") ||
           tok_is(c, j, "Her") || tok_is(c, j, "Its") || tok_is(c, j, "Their") ||
           tok_is(c, j, "A") || tok_is(c, j, "An") || tok_is(c, j, "The");
}

/* The role noun of a description that ends at the comma k: right before
 * it ("His daughter, Name,") or before a phrase of up to six words that
 * opens with "for", "of", "in" or "at" and holds no verb or comma ("A
 * lawyer for the brothers, Name,", "The head of the OSCE observation mission,
 * Name,", "a spokeswoman for the Antwerp prosecutor’s office, Name,"); a
 * lower-case title counts as a role there. NONE when there is none. The
 * phrase is scanned only when token k - 1 is a word. */
static uint32_t role_pp_before(const ctx *c, uint32_t sb, uint32_t k) {
    static const char *const preps[] = {"at", "for", "in", "of"};
    if (role_noun(c, k - 1))
        return k - 1;
    for (uint32_t q = k - 1; q > sb + 1 && q + 7 >= k; q--) {
        const eg_token *t = &c->tv[q];
        if (q + 1 < k && LOWER_IN(q, preps)) {
            uint32_t r = q - 1, e;
            if (role_noun(c, r))
                return r;
            if (!(c->tv[r].flags & (EG_TOK_CAP | EG_TOK_POSS)) && (c->tv[r].flags & EG_TOK_WORD) &&
                eg_rx_title_at(c, r, k, &e) && e == q)
                return r;
            return NONE;
        }
        if (!(t->flags & EG_TOK_WORD) && !is_hyphen(c, q) && !(t->flags & EG_TOK_POSS))
            return NONE;
        if (!(t->flags & EG_TOK_CAP) && (t->flags & EG_TOK_WORD) && t->len >= 4 &&
            ((ttext(c, q)[t->len - 1] == 'd' && ttext(c, q)[t->len - 2] == 'e') ||
             tok_is(c, q, "said") || tok_is(c, q, "says") || tok_is(c, q, "told")))
            return NONE; /* a verb: "a lawyer for the firm confirmed, ..." */
    }
    return NONE;
}

/* Is token j a capitalised word in -ing of six letters or more ("Teacher
 * Training Colleges", "Mining")? */
static int ing_word(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    const char *w = ttext(c, j);
    return t->len >= 6 && w[t->len - 1] == 'g' && w[t->len - 2] == 'n' && w[t->len - 3] == 'i';
}

/* Is the first word of a sentence, token j, a capitalised role noun that
 * stands before a name ("Entomologist Nimal Fonseka said", "Defender Kwabena
 * Asante-Mills was suspended", "Tourist Fiona McAllister")? Not a word for
 * firms ("Broker"), nor one that opens team names ("Champion", "Member"). */
static int cap_role_first(const ctx *c, uint32_t j) {
    static const char *const words[] = {"champion", "member", "national", "native", "resident"};
    const eg_token *t = &c->tv[j];
    char buf[16];
    if (!(t->flags & EG_TOK_WORD) || !(t->flags & EG_TOK_CAP) ||
        (t->flags & (EG_TOK_ALLCAPS | EG_TOK_POSS | EG_TOK_DOTTED)) || t->len < 4 || t->len > 15 ||
        covered(c, j) || !eg_rx_ascii_lower(ttext(c, j), t->len, buf, sizeof buf))
        return 0;
    if (IN_LIST(words, buf) || IN_LIST(business_nouns, buf))
        return 0;
    if (t->len >= 6 && buf[t->len - 1] == 't' && buf[t->len - 2] == 's' && buf[t->len - 3] == 'i')
        return !IN_LIST(ist_adjectives, buf);
    return IN_LIST(person_nouns, buf) || IN_LIST(role_nouns, buf);
}

/* Plural nouns for people after a list of names and a count: "Abraha Kidane
 * Woldu and Mulu Gebreegziabher Tesfay, two former regional officials". */
static const char *const plural_people[] = {
    "activists",  "brothers",    "colleagues", "defendants", "directors",   "employees",
    "executives", "journalists", "lawyers",    "leaders",    "managers",    "members",
    "men",        "ministers",   "officers",   "officials",  "politicians", "sisters",
    "students",   "suspects",    "women",      "workers",
};

/* After a hyphenated title that the title list holds only with a space
 * ("Vice-Admiral Ernani Lacerda", "Lieutenant-General Aung Min"), the token
 * where the name starts; otherwise i. */
static uint32_t past_hyphen_title(const ctx *c, uint32_t i, uint32_t se) {
    uint32_t e;
    if (i + 3 < se && is_cap_word(c, i) && is_hyphen(c, i + 1) && attached(c, i + 1) &&
        attached(c, i + 2) && is_cap_word(c, i + 2) && eg_rx_title_at(c, i + 2, se, &e))
        return e;
    return i;
}

/* Descriptions that carry a name whose given name is on no list:
 * - "<a/his/Cuba’s> [modifiers] <role noun>, Name, ..." ("His daughter,
 *   Aizada Toktogulova, said", "a Karen driver, Saw Eh Doh, on");
 * - "<role noun> Name" ("Moroccan winger Ilyas Benhima", "coalition whip
 *   Thanakorn Rattanaporn");
 * - "said Name." and "said Name of <body>" ("said Katerina Ioannou of
 *   Transparency International Cyprus");
 * - "Name and Name, two former officials".
 * Each is gated on one cheap token test (a comma, a lower-case word, "said")
 * before any lookup. */
static eg_status rule_descriptions(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t k = sb + 1; k + 2 < se; k++) {
        const eg_token *t = &c->tv[k];
        uint32_t end;
        if (tok_is(c, k, ",")) {
            /* a role noun and a comma before the name, maybe with a
             * phrase after the role: "a lawyer for the brothers, Name," */
            uint32_t r = role_pp_before(c, sb, k);
            if (r != NONE && !business_noun(c, r) && plain_name(c, k + 1, se, &end) &&
                (end >= se || ((c->tv[end].flags & EG_TOK_PUNCT) && !tok_is(c, end, "(")))) {
                int det = 0;
                for (uint32_t q = r; q-- > sb && q + 5 >= r;) {
                    if (description_det(c, q)) {
                        det = 1;
                        break;
                    }
                    const eg_token *u = &c->tv[q];
                    if (covered(c, q) && eg_rx_replaceable(c, &c->doc->ments.v[c->s->cover.v[q]]))
                        continue; /* "a Kenyan nurse" */
                    if (!((u->flags & EG_TOK_WORD) && !(u->flags & EG_TOK_CAP)) &&
                        !is_hyphen(c, q) &&
                        !(is_cap_word(c, q) && !covered(c, q) && q + 1 < k &&
                          !is_cap_word(c, q + 1)))
                        break;
                }
                if (det) {
                    eg_status st = add_person(c, k + 1, end, si, K_APPOS, err);
                    if (st != EG_OK)
                        return st;
                }
            }
            /* a list of names, a count and a plural noun for people */
            if ((tok_is(c, k + 1, "two") || tok_is(c, k + 1, "three") || tok_is(c, k + 1, "four") ||
                 tok_is(c, k + 1, "both") || tok_is(c, k + 1, "all"))) {
                int plural = 0;
                for (uint32_t q = k + 2; q < se && q < k + 6 && !plural; q++)
                    plural = LOWER_IN(q, plural_people);
                if (!plural)
                    continue;
                uint32_t starts[6], n = 0, e = k;
                while (n < 6) {
                    uint32_t best = NONE;
                    for (uint32_t s0 = e; s0-- > sb && s0 + 6 >= e;) {
                        uint32_t en;
                        if (plain_name(c, s0, e + 1, &en) && en == e)
                            best = s0;
                    }
                    if (best == NONE || (best > sb && is_cap_word(c, best - 1)))
                        break;
                    starts[n++] = best;
                    if (best > sb + 1 && (tok_is(c, best - 1, "and") || tok_is(c, best - 1, ",")))
                        e = best - 1 - (tok_is(c, best - 1, "and") && tok_is(c, best - 2, ","));
                    else
                        break;
                    if (n == 1 && !tok_is(c, best - 1, "and"))
                        break; /* the last two are joined by "and" */
                }
                if (n < 2)
                    continue;
                for (uint32_t x = 0; x < n; x++) {
                    uint32_t en;
                    plain_name(c, starts[x], se, &en);
                    eg_status st = add_person(c, starts[x], en, si, K_APPOS, err);
                    if (st != EG_OK)
                        return st;
                }
            }
            continue;
        }
        if ((k == sb + 1 || ((c->tv[k - 2].flags & EG_TOK_PUNCT) &&
                             (tok_is(c, k - 2, "\xE2\x80\x94") ||
                              tok_is(c, k - 2, "\xE2\x80\x9C") || tok_is(c, k - 2, ":")))) &&
            cap_role_first(c, k - 1) && plain_name(c, k, se, &end) && !ing_word(c, k)) {
            /* "Entomologist Nimal Fonseka said", "Defender Kwabena Asante-Mills
             * was", also after a dateline's dash, an opening quote or a colon */
            eg_status st = add_person(c, k, end, si, K_APPOS, err);
            if (st != EG_OK)
                return st;
        }
        if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP) || covered(c, k))
            continue;
        if (tok_is(c, k, "said") || tok_is(c, k, "says")) {
            /* "said Katerina Ioannou of Transparency International Cyprus." */
            uint32_t nb = past_hyphen_title(c, k + 1, se);
            if (!plain_name(c, nb, se, &end))
                continue;
            int ok = end >= se || tok_is(c, end, ".") || tok_is(c, end, ";");
            if (!ok && end + 2 < se && tok_is(c, end, ",") && k > sb &&
                (c->tv[k - 1].flags & EG_TOK_PUNCT) &&
                (tok_is(c, end + 1, "a") || tok_is(c, end + 1, "an") || tok_is(c, end + 1, "who") ||
                 age_apposition(c, end + 1, se)))
                ok = !business_apposition(c, end,
                                          se); /* "," said Gennaro Sepe, a season-ticket holder" */
            if (!ok && tok_is(c, end, "of") && end + 1 < se && covered(c, end + 1)) {
                const char *ty = eg_rx_ent_type(c, c->doc->ments.v[c->s->cover.v[end + 1]].ent);
                ok = strcmp(ty, "organisation") == 0 || strcmp(ty, "agency") == 0;
            }
            if (ok && end - nb >= 3 && eg_rx_given_name(c, nb + 1) && cap_role_first(c, nb) &&
                role_word_opens(c, sb, nb))
                nb++; /* "said Librarian Liisa Oja.": the calling is no part of the name */
            if (ok) {
                eg_status st = add_person(c, nb, end, si, K_APPOS, err);
                if (st != EG_OK)
                    return st;
            }
            continue;
        }
        if (!role_before_name(c, k) || !plain_name(c, k + 1, se, &end))
            continue;
        eg_status st = add_person(c, k + 1, end, si, K_APPOS, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* Common nouns for organisations that may stand right before a firm's name
 * ("the law firm Arthur Cox", "the record label Marcus Bell"). */
static const char *const org_heads[] = {
    "agency",      "association", "bank",         "brand",       "broker",    "carrier",
    "chain",       "club",        "company",      "consultancy", "developer", "federation",
    "firm",        "foundation",  "fund",         "group",       "insurer",   "label",
    "lender",      "maker",       "manufacturer", "movement",    "operator",  "outlet",
    "partnership", "party",       "platform",     "practice",    "publisher", "retailer",
    "shipper",     "startup",     "supplier",     "trader",      "union",
};

/* Does a lower-case organisation noun after "the", "a" or a possessive (with
 * up to three modifiers between) stand right before token i? */
static int org_noun_before(const ctx *c, uint32_t sb, uint32_t i) {
    if (i <= sb || !LOWER_IN(i - 1, org_heads))
        return 0;
    for (uint32_t k = 0, p = i - 1; p > sb && k < 4; k++) {
        p--;
        if (tok_is(c, p, "the") || tok_is(c, p, "a") || tok_is(c, p, "an") ||
            (c->tv[p].flags & EG_TOK_POSS))
            return 1;
        const eg_token *t = &c->tv[p];
        if (!((t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP)) && !is_hyphen(c, p))
            return 0;
    }
    return 0;
}

/* Verbs whose object is a person: "police arrested Wilfredo Matute Ordóñez at
 * a rally". Organisations are not arrested, jailed or kidnapped, and seldom
 * charged, indicted, convicted or appointed (about 1 in 20 in the dev set). */
static const char *const person_verbs[] = {
    "abducted",  "appointed",  "arrested", "assassinated", "charged",  "convicted",    "deported",
    "detained",  "extradited", "fired",    "imprisoned",   "indicted", "interrogated", "jailed",
    "kidnapped", "murdered",   "sacked",   "sentenced",    "tortured",
};

/* Verbs that give a post, whose object is a person when "as" and a role
 * follow ("named Enkhbat Temuujin as its candidate"); a firm may be named
 * "as its supplier". Sorted. */
static const char *const appoint_verbs[] = {
    "appointed", "chose", "elected", "named", "nominated", "picked", "tapped",
};

/* Words that may follow such an object ("arrested X at a rally", "jailed X
 * for six years", "convicted X of fraud"); a noun would make it a modifier ("fired Storm Shadow
 * missiles"). */
static const char *const object_followers[] = {
    "after", "and",   "as",   "at",    "before", "during", "for",
    "from",  "in",    "last", "near",  "of",     "on",     "outside",
    "over",  "since", "to",   "while", "who",    "with",   "without",
};

/* The country whose demonym is token j, the first of a verb's object of
 * three name words or more ("appointed Canadian Brent McAllister as head
 * coach", "arrested Afghan Abdul Rahim Wardak"), or -1: a demonym, never the
 * country's own name ("Jordan"), before a capitalised word. */
static long object_demonym(const ctx *c, uint32_t j) {
    if (!is_cap_word(c, j + 1))
        return -1;
    long g = eg_rx_country_word(c, j);
    return g >= 0 && country_form_origin(c, j, g) == EG_ORIGIN_DEMONYM ? g : -1;
}

/* "arrested Wilfredo Matute Ordóñez at a rally": two to four name words
 * after a verb that takes a person, then punctuation or a preposition. */
static eg_status rule_person_object(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t v = sb; v + 2 < se; v++) {
        uint32_t i = v + 1, end, nw;
        if (covered(c, i) || !is_cap_word(c, i) || eg_rx_tok_class(c, i))
            continue;
        int appoint = !LOWER_IN(v, person_verbs);
        if (appoint && !LOWER_IN(v, appoint_verbs))
            continue;
        if (!person_name_initial(c, i, se, &end, &nw) || nw < 2 || nw > 4)
            continue;
        if (appoint) {
            /* "named Enkhbat Temuujin as its candidate": "as", a determiner
             * and a title or role within three words */
            uint32_t q = end + 1, e, ok = 0;
            if (end + 2 >= se || !tok_is(c, end, "as") || !description_det(c, q))
                continue;
            for (q++; q < se && q < end + 5 && !ok; q++)
                ok = role_noun(c, q) || (eg_rx_title_at(c, q, se, &e) && !business_noun(c, q));
            if (!ok)
                continue;
        } else if (end < se) {
            const eg_token *t = &c->tv[end];
            int ok = (t->flags & EG_TOK_PUNCT) && !(t->flags & EG_TOK_POSS) && !is_hyphen(c, end) &&
                     !tok_is(c, end, "(");
            ok = ok || LOWER_IN(end, object_followers);
            if (!ok || (tok_is(c, end, "at") && tok_is(c, v, "fired")))
                continue; /* "fired Grad Rockets at" */
        }
        int bad = 0;
        for (uint32_t j = i; j < end && !bad; j++)
            bad = (c->tv[j].flags & EG_TOK_WORD) &&
                  (eg_rx_designator_at(c, j) ||
                   WORD_IN_LIST(not_surnames, ttext(c, j), c->tv[j].len));
        if (bad)
            continue;
        if (nw >= 3 && eg_rx_given_name(c, i + 1) && cap_role_first(c, i) &&
            role_word_opens(c, sb, i))
            i++; /* "said Librarian Liisa Oja": the calling is no part of the name */
        long demonym = nw >= 3 ? object_demonym(c, i) : -1;
        eg_status st = add_person(c, i + (demonym >= 0), end, si, K_APPOS, err);
        if (st == EG_OK && demonym >= 0) {
            /* "appointed Canadian Brent McAllister as head coach" */
            long de = eg_doc_gazent(c->doc, (int32_t)demonym);
            st = de < 0 ? eg_rx_oom(c->doc->origin, 0, err)
                        : eg_rx_add_cand(c, i, i + 1, si, K_APPOS, NULL, (int32_t)de,
                                         EG_ORIGIN_DEMONYM, err);
        }
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* Can token j be a one-word name (Indonesian and Javanese people often have
 * one: "Sugiharto", "Wahyudi")? A capitalised word of five letters or more,
 * on no list, no given name ("Prasert, 52," is a Thai name's first word) nor
 * a word of a person of the article, no title, designator or thing word.
 * Cheap flag tests first. */
static int single_name_word(const ctx *c, uint32_t j, uint32_t se) {
    const eg_token *t = &c->tv[j];
    if (covered(c, j) || !is_cap_word(c, j) ||
        (t->flags & (EG_TOK_ALLCAPS | EG_TOK_DOTTED | EG_TOK_POSS)) || t->len < 5)
        return 0;
    uint32_t e;
    return !eg_rx_tok_class(c, j) && !eg_rx_designator_at(c, j) &&
           !WORD_IN_LIST(not_surnames, ttext(c, j), t->len) && !eg_rx_title_at(c, j, se, &e) &&
           eg_rx_listed_word(c, j, NULL) < 0 && !eg_rx_given_name(c, j) &&
           !eg_rx_person_word(c, ttext(c, j), t->len);
}

/* Does a description of a person end at the comma at token k: a determiner
 * ("the", "its", "the ministry’s"), a title or role noun, then only
 * lower-case words ("said the ministry’s director general for hajj and umrah
 * affairs, Sunaryo.")? */
static int role_before_comma(const ctx *c, uint32_t sb, uint32_t k) {
    for (uint32_t q = k; q > sb && q + 10 > k;) {
        q--;
        const eg_token *t = &c->tv[q];
        if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP))
            return 0;
        uint32_t e;
        if ((role_noun(c, q) || (eg_rx_title_at(c, q, k, &e) && e <= k)) && q > sb &&
            description_det(c, q - 1) && !business_noun(c, q))
            return 1;
        if ((t->flags & EG_TOK_POSS) && q + 1 < k && description_det(c, q))
            continue;
    }
    return 0;
}

/* One-word names introduced by a role:
 * - "police arrested Sugiharto, the owner of a travel agency", "said
 *   Wahyudi, head of the agency" (a verb that takes a person or "said",
 *   then a comma and a description of a person that names no firm);
 * - "said the ministry’s director general, Sunaryo." (a description, a
 *   comma, the name and the end of the sentence or "said"). */
static eg_status rule_single_names(ctx *c, uint32_t si, uint32_t sb, uint32_t se, int first,
                                   eg_error *err) {
    for (uint32_t i = sb; i + 1 < se; i++) {
        if (c->tv[i + 1].len != 1 && !tok_is(c, i + 1, "said") && !tok_is(c, i + 1, "told"))
            continue;
        if (!is_cap_word(c, i) || !single_name_word(c, i, se))
            continue;
        int ok = 0;
        if (first ? !(i > sb && tok_is(c, i + 1, ",") && LOWER_IN(i - 1, person_verbs))
                  : (i > sb && LOWER_IN(i - 1, person_verbs)))
            continue; /* the first round takes only "arrested Sugiharto, the owner" */
        /* not at the start of a sentence: "Tremblay, a former police
         * investigator," may be a surname alone, "Tigre, 66," a nickname */
        if (i > sb && tok_is(c, i + 1, ",") &&
            (LOWER_IN(i - 1, person_verbs) || tok_is(c, i - 1, "said")))
            ok = person_apposition(c, i + 1, se) && !business_apposition(c, i + 1, se);
        if (!ok && i > sb + 2 && tok_is(c, i - 1, ",") &&
            (i + 1 >= se || tok_is(c, i + 1, ".") || tok_is(c, i + 1, "said") ||
             tok_is(c, i + 1, "told")))
            ok = role_before_comma(c, sb, i - 1);
        if (!ok)
            continue;
        eg_status st = add_person(c, i, i + 1, si, K_APPOS, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* "Oleh Marchuk", "Pavel H.", "Liu Jianming": a given name from
 * given_names.txt and one or two more name words, not inside a longer
 * capitalised run and with no designator, title or thing word among them. */
/* A short plain word of ASCII letters, capitalised ("Wu", "Kao", "Ming"). */
static int short_cap_word(const ctx *c, uint32_t j, size_t min, size_t max) {
    const eg_token *t = &c->tv[j];
    if (covered(c, j) || !is_cap_word(c, j) || (t->flags & (EG_TOK_ALLCAPS | EG_TOK_DOTTED)) ||
        t->len < min || t->len > max || eg_rx_tok_class(c, j))
        return 0;
    const char *s = ttext(c, j);
    for (size_t i = 1; i < t->len; i++)
        if (!(s[i] >= 'a' && s[i] <= 'z'))
            return 0;
    return s[0] >= 'A' && s[0] <= 'Z';
}

/* A Chinese or Korean name of two words, a one-syllable surname and a
 * hyphenated given name ("Wu Pei-shan", "Kao Ming-te", "Park Ji-hoon"),
 * standing alone: tokens [i, i + 4). */
static int syllable_name(const ctx *c, uint32_t sb, uint32_t i, uint32_t se) {
    if (i + 4 > se || !short_cap_word(c, i, 2, 5) || !short_cap_word(c, i + 1, 2, 5) ||
        !is_hyphen(c, i + 2) || !attached(c, i + 2) || !attached(c, i + 3) || !syllable(c, i + 3) ||
        covered(c, i + 3))
        return 0;
    if (i + 4 < se && (is_cap_word(c, i + 4) || is_hyphen(c, i + 4)))
        return 0;
    if (i > sb && is_cap_word(c, i - 1) && !eg_rx_tok_class(c, i - 1) &&
        !eg_rx_title_ends_at(c, sb, i))
        return 0;
    return 1;
}

/* Vietnamese names run to four words, a family name, a middle name such as
 * "Thi" or "Van" and a given name of two words ("Vo Thi Anh Xuan", "Nguyen
 * Van Hai Long"). Is token j such a middle name? */
static int vietnamese_middle(const ctx *c, uint32_t j) {
    return tok_is(c, j, "Thi") || tok_is(c, j, "Van") || tok_is(c, j, "Th\xE1\xBB\x8B") ||
           tok_is(c, j, "V\xC4\x83n"); /* Thị, Văn */
}

/* Nouns for sites that follow a place's name as a modifier: "the Kerem
 * Shalom crossing", "the Noor Ouarzazate complex". Sorted. */
static const char *const site_nouns[] = {
    "airport",  "basin",    "border",   "bridge",   "camp",    "checkpoint",
    "complex",  "corridor", "crossing", "dam",      "highway", "mine",
    "pipeline", "port",     "project",  "refinery", "reserve", "terminal",
};

/* Is the two-word name [i, end) after a given name a place, after "the" and
 * before a site noun ("the Kerem Shalom crossing", "the Noor Ouarzazate
 * complex"), not "the John Smith plant’s gates" nor "the Juan Perez team"? */
static int place_pair(const ctx *c, uint32_t sb, uint32_t i, uint32_t end, uint32_t se) {
    if (i <= sb || end >= se || c->tv[i - 1].len != 3 ||
        !(tok_is(c, i - 1, "the") || tok_is(c, i - 1, "The")))
        return 0;
    if (end + 1 < se && (c->tv[end + 1].flags & EG_TOK_POSS))
        return 0;
    return !(c->tv[end].flags & EG_TOK_POSS) && LOWER_IN(end, site_nouns);
}

/* Does token p, a capitalised word that opens a capitalised run, name a
 * calling or trade before a given name ("Publisher Gemma Tirrell said",
 * "Astronomer Ignacio Lobos Stuardo of", "Librarian Aino Ketola")? A role
 * noun, or a word shaped like one (-er, -or, -ist, -ian, six letters or
 * more) that is no given name itself ("Oliver Smith", "Christian Okoye").
 * The length and last-letter tests come before any lookup. */
static int role_word_opens(const ctx *c, uint32_t sb, uint32_t p) {
    const eg_token *t = &c->tv[p];
    if (t->len < 6 || t->len > 15 || (t->flags & (EG_TOK_ALLCAPS | EG_TOK_POSS | EG_TOK_DOTTED)))
        return 0;
    if (p > sb && (is_cap_word(c, p - 1) || c->tv[p - 1].flags & EG_TOK_NUM))
        return 0;
    const char *w = ttext(c, p);
    size_t n = t->len;
    char z = w[n - 1], y = w[n - 2];
    int shaped = (z == 'r' && (y == 'e' || y == 'o') &&
                  !(w[n - 3] == 'd' && w[n - 4] == 'n' && w[n - 5] == 'i')) ||
                 (z == 't' && y == 's' && w[n - 3] == 'i') ||
                 (z == 'n' && y == 'a' && w[n - 3] == 'i'); /* not "Ravinder", "Joginder" */
    if (!shaped && !cap_role_first(c, p))
        return 0;
    if (eg_rx_given_name(c, p) || eg_rx_designator_at(c, p))
        return 0;
    char buf[16];
    if (!eg_rx_ascii_lower(w, n, buf, sizeof buf))
        return 0;
    if (z == 't' && IN_LIST(ist_adjectives, buf))
        return 0;
    return 1;
}

/* Is token j a quotation mark that opens (open = 1) or closes a nickname:
 * a curly one of that side or a straight one, with space on its outer side
 * only? */
static int nick_quote(const ctx *c, uint32_t j, int open) {
    const eg_token *t = &c->tv[j];
    if (!(t->flags & EG_TOK_QUOTE) || (open ? attached(c, j) : !attached(c, j)))
        return 0;
    const unsigned char *q = (const unsigned char *)ttext(c, j);
    if (t->len == 1)
        return q[0] == '"';
    return t->len == 3 && q[0] == 0xE2 && q[1] == 0x80 && q[2] == (open ? 0x9C : 0x9D);
}

/* "Joaquín “El Toro” Guzmán", "sergeant Rodolfo “Bong” Dizon": a listed
 * given name or a word after a title (the sentence starting at sb), a nickname of one to three
 * capitalised words in quotation marks, then one or two capitalised surname words and no further
 * capitalised word, is one person, the nickname inside the name. Returns the end of the name, or
 * NONE: not a quoted title after a name ("Maria “Despacito”"). */
static uint32_t nickname_name(const ctx *c, uint32_t sb, uint32_t i, uint32_t se) {
    if (i + 4 >= se || !nick_quote(c, i + 1, 1) ||
        !(eg_rx_given_name(c, i) || (i > sb && eg_rx_title_ends_at(c, sb, i))))
        return NONE;
    uint32_t k = i + 2;
    while (k < se && k < i + 5 && is_cap_word(c, k))
        k++;
    if (k == i + 2 || k + 1 >= se || !nick_quote(c, k, 0))
        return NONE;
    uint32_t e = k + 1;
    while (e < se && e < k + 3 && is_cap_word(c, e) && !covered(c, e) &&
           !eg_rx_designator_at(c, e) && !WORD_IN_LIST(not_surnames, ttext(c, e), c->tv[e].len))
        e++;
    if (e == k + 1 || (e < se && (is_cap_word(c, e) || covered(c, e))))
        return NONE;
    return e;
}

eg_status eg_rx_rule_given(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb; i + 4 < se; i++) {
        if (!is_cap_word(c, i) || covered(c, i) || !(c->tv[i + 1].flags & EG_TOK_QUOTE))
            continue;
        uint32_t e = nickname_name(c, sb, i, se);
        if (e == NONE)
            continue;
        eg_status st = add_person(c, i, e, si, K_GIVEN, err);
        if (st != EG_OK)
            return st;
        i = e - 1;
    }
    for (uint32_t i = sb; i + 3 < se; i++) {
        if (!syllable_name(c, sb, i, se))
            continue;
        eg_status st = add_person(c, i, i + 4, si, K_GIVEN, err);
        if (st != EG_OK)
            return st;
        i += 3;
    }
    for (uint32_t i = sb; i + 1 < se; i++) {
        uint32_t end, nw;
        if (covered(c, i) || !eg_rx_given_name(c, i) || eg_rx_tok_class(c, i))
            continue;
        long demonym = -1;
        if (i > sb) {
            uint32_t p = i - 1;
            if (is_cap_word(c, p) && !covered(c, p) && !eg_rx_tok_class(c, p) &&
                !eg_rx_title_ends_at(c, sb, i) && (demonym = eg_rx_country_word(c, p)) < 0 &&
                !role_word_opens(c, sb, p))
                continue;
        }
        if (!person_name_initial(c, i, se, &end, &nw))
            continue;
        if (nw < 2 || (nw > 3 && !(nw == 4 && vietnamese_middle(c, i + 1))) ||
            (end < se && is_cap_word(c, end) && !ends_digit(c, end)))
            continue;
        if (org_noun_before(c, sb, i))
            continue; /* "the law firm Arthur Cox" */
        if (end < se && !tok_is(c, end, "state") && eg_rx_region_noun(c, end))
            continue; /* "Quang Tri province" is a place */
        if (nw == 2 && place_pair(c, sb, i, end, se))
            continue; /* "the Kerem Shalom crossing" */
        int bad = 0;
        for (uint32_t j = i + 1; j < end && !bad; j++)
            bad = (c->tv[j].flags & EG_TOK_WORD) &&
                  (eg_rx_designator_at(c, j) ||
                   WORD_IN_LIST(not_surnames, ttext(c, j), c->tv[j].len));
        if (bad)
            continue;
        eg_status st = add_person(c, i, end, si, K_GIVEN, err);
        if (st == EG_OK && demonym >= 0) {
            /* "the Italian Marco Sartori": the matcher left the demonym out */
            long de = eg_doc_gazent(c->doc, (int32_t)demonym);
            st = de < 0 ? eg_rx_oom(c->doc->origin, 0, err)
                        : eg_rx_add_cand(c, i - 1, i, si, K_GIVEN, NULL, (int32_t)de,
                                         country_form_origin(c, i - 1, demonym), err);
        }
        if (st != EG_OK)
            return st;
        i = end - 1;
    }
    return EG_OK;
}

static int staff_tail(const ctx *c, uint32_t q, uint32_t se);

static int byline_end_ok(const ctx *c, uint32_t q, uint32_t se) {
    if (q >= se)
        return 1;
    const eg_token *t = &c->tv[q];
    if (t->nl > 0 || (t->flags & EG_TOK_PUNCT))
        return 1;
    if (tok_is(c, q, "in") || tok_is(c, q, "for") || tok_is(c, q, "at") || tok_is(c, q, "on") ||
        tok_is(c, q, "contributed"))
        return 1; /* "Posted by Jane Doe on August 14" */
    if (staff_tail(c, q, se))
        return 1; /* "By Aisha Mohamud Staff Reporter" */
    if (!covered(c, q))
        return 0;
    /* "By Jane Doe Associated Press": a listed agency or organisation ends the line */
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[q]];
    const char *ty = eg_rx_ent_type(c, m->ent);
    return m->tok_begin == q && (strcmp(ty, "organisation") == 0 || strcmp(ty, "agency") == 0) &&
           (m->tok_end >= se || c->tv[m->tok_end].nl > 0 ||
            (c->tv[m->tok_end].flags & EG_TOK_PUNCT));
}

/* Words that end a staff line after a name and a comma ("Jane Doe, Technology
 * Correspondent", "Ruth Kaupa, Pacific correspondent"), and that are no
 * byline name in capitals ("By NEWS DESK"). */
static const char *const staff_words[] = {
    "agencies",   "bureau", "columnist", "contributor", "correspondent", "desk", "editor",
    "journalist", "news",   "newsroom",  "reporter",    "staff",         "team", "writer",
};

/* Do the tokens from q to the line's end read as a desk credit after a
 * byline name: one to three capitalised words, the last a staff word ("Staff
 * Reporter", "Senior Correspondent", "Staff Writer")? */
static int staff_tail(const ctx *c, uint32_t q, uint32_t se) {
    char buf[16];
    uint32_t j = q;
    while (j < se && j < q + 3 && c->tv[j].nl == 0 && (c->tv[j].flags & EG_TOK_WORD) &&
           (c->tv[j].flags & EG_TOK_CAP))
        j++;
    if (j == q || (j < se && c->tv[j].nl == 0))
        return 0;
    return eg_rx_ascii_lower(ttext(c, j - 1), c->tv[j - 1].len, buf, sizeof buf) &&
           IN_LIST(staff_words, buf);
}

/* Is token j, a word in capitals, a word of a sorted lower-case list? */
static int lower_in_caps(const ctx *c, uint32_t j, const char *const *list, size_t n) {
    char buf[16];
    return eg_rx_ascii_lower(ttext(c, j), c->tv[j].len, buf, sizeof buf) &&
           eg_rx_in_sorted(list, n, buf);
}
#define LOWER_IN_CAPS(j, list) lower_in_caps(c, j, list, sizeof list / sizeof list[0])

/* A byline name in capitals: "By CARLOS QUISPE MAMANI Associated Press". Two
 * to four uncovered words in capitals (particles such as "DE" between), none
 * a function word or designator. Returns 1 and the end token, or 0. */
static int caps_name(const ctx *c, uint32_t i, uint32_t se, uint32_t *end, uint32_t *nwords) {
    static const char *const caps_particles[] = {"AL",  "BIN", "DA",  "DE",  "DEL", "DI",
                                                 "DOS", "DU",  "IBN", "VAN", "VON"};
    uint32_t j = i, words = 0, last = 0;
    while (j < se && words < MAX_NAME_WORDS + 1) {
        const eg_token *t = &c->tv[j];
        if (covered(c, j) || !(t->flags & EG_TOK_WORD) || !(t->flags & EG_TOK_ALLCAPS) ||
            (t->flags & (EG_TOK_POSS | EG_TOK_DOTTED)) || (j > i && t->nl > 0))
            break;
        if (words > 0 && WORD_IN_LIST(caps_particles, ttext(c, j), t->len)) {
            j++;
            continue;
        }
        uint32_t te;
        if (t->len < 2 || eg_rx_tok_class(c, j) || eg_rx_designator_at(c, j) ||
            eg_rx_title_at(c, j, se, &te) || LOWER_IN_CAPS(j, staff_words))
            return 0; /* "By STAFF REPORTER", "By NEWS DESK" */
        j++;
        while (j + 1 < se && is_hyphen(c, j) && attached(c, j) && attached(c, j + 1) &&
               (c->tv[j + 1].flags & EG_TOK_ALLCAPS) && !covered(c, j + 1))
            j += 2;
        words++;
        last = j;
    }
    if (words < 2 || words > MAX_NAME_WORDS)
        return 0;
    *end = last;
    *nwords = words;
    return 1;
}

/* After a byline name at token q, "in" and a place of one to three words
 * followed by "and", ",", ";" or "|": the token after the place; else q. */
static uint32_t byline_place(const ctx *c, uint32_t q, uint32_t se) {
    if (q + 1 >= se || !tok_is(c, q, "in"))
        return q;
    uint32_t j = q + 1, words = 0;
    while (j < se && words < 3) {
        if (covered(c, j))
            j = c->doc->ments.v[c->s->cover.v[j]].tok_end;
        else if (is_cap_word(c, j))
            j++;
        else
            break;
        words++;
    }
    if (!words || j >= se)
        return q;
    return tok_is(c, j, "and") || tok_is(c, j, ",") ? j : q;
}

/* Names after a byline trigger: "Jane Doe", "Jane Doe and John Roe",
 * "A, B and C"; a last item after a bare comma is an agency and dropped. */
/* Is token e, after a byline's name, one capitalised word that a listed
 * company's mention covers alone and that ends the line ("By Eirik Dahl
 * Sandvik", Sandvik the listed company)? A credit line names people, so the
 * word is the name's last. Not a news organisation ("By Anna Lund Reuters"),
 * a place or an acronym. */
static int byline_listed_surname(const ctx *c, uint32_t e, uint32_t se) {
    if (e >= se || !covered(c, e) || c->tv[e].nl > 0 || !is_cap_word(c, e) ||
        (c->tv[e].flags & EG_TOK_ALLCAPS) || (e + 1 < se && c->tv[e + 1].nl == 0))
        return 0;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[e]];
    int32_t g = c->doc->ents.v[m->ent].gaz;
    const char *cat = g >= 0 ? eg_gazetteer_category(c->g, (size_t)g) : NULL;
    return m->tok_begin == e && m->tok_end == e + 1 && m->origin == EG_ORIGIN_GAZETTEER && cat &&
           strcmp(cat, "company") == 0;
}

static eg_status byline_names(ctx *c, uint32_t si, uint32_t p, uint32_t se, eg_error *err) {
    uint32_t starts[8], ends[8], seps[8];
    int desk[8];
    size_t n = 0;
    uint32_t q = p, sep = 0; /* 0 first, 1 and, 2 comma */
    int caps = 0;            /* a name in capitals came first: others may be too */
    while (n < 8) {
        uint32_t end, nw;
        if (q >= se)
            break;
        if (person_name(c, q, se, &end, &nw) && nw >= 2)
            ;
        else if ((n == 0 || caps) && caps_name(c, q, se, &end, &nw))
            caps = 1; /* "By MIKKO RAUTIAINEN and LAURA BENNETT" */
        else
            break;
        for (uint32_t k = q + 2; k < end; k++)
            if (c->tv[k].nl > 0) {
                end = k; /* "By Park Min-ji" over "Seoul Metals said": the line ends the name */
                break;
            }
        desk[n] = 0;
        for (uint32_t k = q + 1; k < end; k++)
            if ((c->tv[k].flags & EG_TOK_WORD) && LOWER_IN_CAPS(k, staff_words)) {
                /* "By Aisha Mohamud Staff Reporter": a desk credit after a
                 * name of two or more words without staff words */
                if (k >= q + 2 && nw >= 3 && staff_tail(c, k, se) &&
                    (end >= se || c->tv[end].nl > 0)) {
                    end = k;
                    break;
                }
                desk[n] = 1; /* "Reporting by Banking Desk": a desk, not a person */
            }
        if (byline_listed_surname(c, end, se))
            end++; /* "By Eirik Dahl Sandvik": a surname the list knows as a company */
        starts[n] = q;
        ends[n] = end;
        seps[n] = sep;
        n++;
        q = end;
        q = byline_place(c, q, se); /* "Ana Souza in Brasília and Tom Hale in São Paulo" */
        if (q < se && (tok_is(c, q, "and") || tok_is(c, q, "&"))) {
            sep = 1;
            q++;
        } else if (q + 1 < se && tok_is(c, q, ",") && tok_is(c, q + 1, "and")) {
            sep = 1;
            q += 2;
        } else if (q < se && tok_is(c, q, ",")) {
            sep = 2;
            q++;
        } else {
            break;
        }
    }
    if (n == 0)
        return EG_OK;
    if (n > 1 && seps[n - 1] == 2)
        n--;
    if (!byline_end_ok(c, ends[n - 1], se))
        return EG_OK;
    for (size_t i = 0; i < n; i++) {
        if (desk[i])
            continue;
        size_t nc = c->s->cands.n;
        eg_status st = add_person(c, starts[i], ends[i], si, K_BYLINE, err);
        if (st != EG_OK)
            return st;
        if (c->s->cands.n > nc && byline_listed_surname(c, ends[i] - 1, se))
            c->s->cands.v[nc].inner = 1; /* over the listed company "Sandvik" */
    }
    return EG_OK;
}

/* Is token i the first on its line, markup ("*", "_") aside? */
static int line_first(const ctx *c, uint32_t i) {
    if (c->tv[i].flags & EG_TOK_LINE_START)
        return 1;
    return i > 0 && attached(c, i) && (c->tv[i - 1].flags & EG_TOK_LINE_START) &&
           (tok_is(c, i - 1, "*") || tok_is(c, i - 1, "**") || tok_is(c, i - 1, "_") ||
            tok_is(c, i - 1, "__"));
}

/* Is token i the first of one of the first three lines of the article's body
 * (after a headline or a standfirst at most)? */
static int top_line(const ctx *c, uint32_t i) {
    const eg_doc *doc = c->doc;
    if (!(c->tv[i].flags & EG_TOK_LINE_START) || c->tv[i].start < doc->body_offset ||
        c->tv[i].start > doc->body_offset + 600)
        return 0;
    uint32_t lines = 0;
    for (uint32_t j = i; j-- > 0 && c->tv[j].start >= doc->body_offset;)
        if ((c->tv[j].flags & EG_TOK_LINE_START) && ++lines > 2)
            return 0;
    return 1;
}

/* The token after the line that token i starts (its end, or se). */
static uint32_t line_end(const ctx *c, uint32_t i, uint32_t se) {
    uint32_t j = i + 1;
    while (j < se && c->tv[j].nl == 0)
        j++;
    return j;
}

/* A gazetteer country or place mention that starts at token b and ends at e. */
static int listed_place_span(const ctx *c, uint32_t b, uint32_t e) {
    if (b >= e || !covered(c, b))
        return 0;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[b]];
    const char *t = eg_rx_ent_type(c, m->ent);
    return m->tok_begin == b && m->tok_end == e &&
           (strcmp(t, "location") == 0 || strcmp(t, "country") == 0);
}

/* After "Name," on an author line, tokens [b, e) to the line's end: a staff
 * role ("Technology Correspondent"), or after a given name (`given`) a
 * listed place ("Prakash Adhikari, Kathmandu") or one or two capitalised
 * words, so that a headline "Markets Rally, Nairobi" is no byline. */
static int author_tail(const ctx *c, uint32_t b, uint32_t e, int given) {
    char buf[16];
    if (b >= e || e - b > 5)
        return 0;
    if (listed_place_span(c, b, e))
        return given;
    uint32_t last = e - 1;
    if (eg_rx_ascii_lower(ttext(c, last), c->tv[last].len, buf, sizeof buf) &&
        IN_LIST(staff_words, buf)) {
        for (uint32_t j = b; j < last; j++)
            if (!(c->tv[j].flags & EG_TOK_WORD) && !is_hyphen(c, j) && !tok_is(c, j, "&"))
                return 0;
        return 1;
    }
    if (!given || e - b > 2)
        return 0;
    for (uint32_t j = b; j < e; j++)
        if (!is_cap_word(c, j) || covered(c, j) || (c->tv[j].flags & EG_TOK_ALLCAPS) ||
            eg_rx_tok_class(c, j) || eg_rx_designator_at(c, j))
            return 0;
    return 1;
}

/* Author lines near the top of the body without "By": "Prakash Adhikari,
 * Kathmandu", "Ciarán Ó Dochartaigh, Technology Correspondent", "Olivia
 * Brandt in Washington and Patrick Ilunga Mbuyi in Goma". The whole line must
 * be two or more names with "in" and a place, or one name, a comma and a
 * place or staff role, so that a title-case headline ("Grace Period in Kenya")
 * is not a byline. */
static eg_status author_line(ctx *c, uint32_t si, uint32_t i, uint32_t se, eg_error *err) {
    uint32_t le = line_end(c, i, se), end, nw;
    if (c->doc->sents.v[si].flags & EG_SENT_TITLE)
        return EG_OK;
    if (!person_name(c, i, le, &end, &nw) || nw < 2 || end >= le)
        return EG_OK;
    if (tok_is(c, end, ",")) {
        if (!author_tail(c, end + 1, le, eg_rx_given_name(c, i)))
            return EG_OK;
        return add_person(c, i, end, si, K_BYLINE, err);
    }
    uint32_t starts[4], ends[4], n = 0, q = i, places = 0;
    while (n < 4) {
        if (!person_name(c, q, le, &end, &nw) || nw < 2)
            return EG_OK;
        starts[n] = q;
        ends[n++] = end;
        q = end;
        if (q + 1 < le && tok_is(c, q, "in")) {
            uint32_t p = q + 1;
            if (covered(c, p) && c->doc->ments.v[c->s->cover.v[p]].tok_begin == p) {
                q = c->doc->ments.v[c->s->cover.v[p]].tok_end;
                if (!listed_place_span(c, p, q))
                    return EG_OK;
            } else {
                for (q = p; q < le && q < p + 3 && is_cap_word(c, q) && !covered(c, q); q++)
                    ;
                if (q == p)
                    return EG_OK;
            }
            places++;
        }
        if (q >= le)
            break;
        if (!tok_is(c, q, "and") && !tok_is(c, q, ","))
            return EG_OK;
        q++;
    }
    if (q < le || !places || n < 2)
        return EG_OK;
    for (uint32_t k = 0; k < n; k++) {
        eg_status st = add_person(c, starts[k], ends[k], si, K_BYLINE, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

eg_status eg_rx_rule_bylines(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb; i + 1 < se; i++) {
        uint32_t p = NONE;
        if (top_line(c, i) && !tok_is(c, i, "By")) {
            eg_status st = author_line(c, si, i, se, err);
            if (st != EG_OK)
                return st;
        }
        if (line_first(c, i) &&
            (tok_is(c, i, "By") || tok_is(c, i, "Author") || tok_is(c, i, "Authors")) &&
            tok_is(c, i + 1, ":")) {
            p = i + 2;
        } else if (line_first(c, i) && tok_is(c, i, "By")) {
            p = i + 1;
        } else if (i > sb && tok_is(c, i, "By") && tok_is(c, i - 1, "(") && attached(c, i)) {
            p = i + 1; /* "she said. (By Lo Chia-hao and Evelyn Yeh)" */
        } else if ((tok_is(c, i, "by") || tok_is(c, i, "By")) && i > sb) {
            uint32_t v = i - 1;
            char buf[16];
            if (!eg_rx_ascii_lower(ttext(c, v), c->tv[v].len, buf, sizeof buf) ||
                !IN_LIST(byline_verbs, buf))
                continue;
            int start = line_first(c, v) ||
                        (v > sb &&
                         (tok_is(c, v - 1, ";") || tok_is(c, v - 1, "|") ||
                          tok_is(c, v - 1, "\xE2\x80\x94") || tok_is(c, v - 1, "\xE2\x80\x93"))) ||
                        /* "as well. — Reporting by Aigerim Nurlanova" */
                        (v > sb && folded_is(c, v - 1, "additional") &&
                         (line_first(c, v - 1) ||
                          /* "Reporting by A; Additional reporting by B in Taipei" */
                          (v - 1 > sb && (tok_is(c, v - 2, ";") || tok_is(c, v - 2, "|"))))) ||
                        (v > sb && tok_is(c, v - 1, "(") && attached(c, v) &&
                         line_first(c, v - 1)); /* "(Reporting by Duncan Miriti; Editing by" */
            if (start)
                p = i + 1;
        }
        uint32_t end, nw;
        if (p == NONE && c->tv[i].len == 3 && line_first(c, i) &&
            (tok_is(c, i, "Par") || tok_is(c, i, "Por") || tok_is(c, i, "Von")) &&
            !(c->doc->sents.v[si].flags & EG_SENT_TITLE) && person_name(c, i + 1, se, &end, &nw) &&
            nw >= 2 && (end >= se || c->tv[end].nl > 0)) {
            /* a credit line of its own: "Par Salma Lahlou", "Por Thiago Nakamura" */
            eg_status st = add_person(c, i + 1, end, si, K_BYLINE, err);
            if (st != EG_OK)
                return st;
            continue;
        }
        if (p == NONE && i > sb && (c->tv[i].flags & EG_TOK_WORD) &&
            !(c->tv[i].flags & EG_TOK_CAP) &&
            (tok_is(c, i, "writer") || tok_is(c, i, "writers") || tok_is(c, i, "reporter") ||
             tok_is(c, i, "correspondent") || tok_is(c, i, "journalist")) &&
            person_name(c, i + 1, se, &end, &nw) && nw >= 2) {
            /* "Associated Press writer Tomas Urban in Prague contributed to this report." */
            uint32_t q = end;
            if (q + 1 < se && tok_is(c, q, "in"))
                for (q++; q < se && q < end + 5 && !tok_is(c, q, "contributed"); q++)
                    ;
            if (q + 1 < se && tok_is(c, q, "contributed") &&
                (tok_is(c, q + 1, "to") || tok_is(c, q + 1, "reporting"))) {
                eg_status st = add_person(c, i + 1, end, si, K_BYLINE, err);
                if (st != EG_OK)
                    return st;
                continue;
            }
        }
        if (p == NONE && line_first(c, i) && person_name(c, i, se, &end, &nw) && nw >= 2 &&
            end + 1 < se && tok_is(c, end, "|") && !line_first(c, end)) {
            /* "Lucía Ferreyra | Buenos Aires correspondent" */
            eg_status st = add_person(c, i, end, si, K_BYLINE, err);
            if (st != EG_OK)
                return st;
            continue;
        }
        if (p == NONE && line_first(c, i) && person_name(c, i, se, &end, &nw) && nw >= 2 &&
            end + 1 < se && tok_is(c, end, "contributed") &&
            (tok_is(c, end + 1, "reporting") || tok_is(c, end + 1, "to"))) {
            /* "Pradeep Bhattarai contributed reporting from Nepalgunj." */
            eg_status st = add_person(c, i, end, si, K_BYLINE, err);
            if (st != EG_OK)
                return st;
            continue;
        }
        if (p == NONE || p >= se)
            continue;
        eg_status st = byline_names(c, si, p, se, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* Appends the case-folded text of tokens [tb, te) to sb, spaces where the text has them. */
static int fold_span(const ctx *c, uint32_t tb, uint32_t te, eg_strbuf *sb) {
    for (uint32_t j = tb; j < te; j++) {
        if (j > tb && (c->tv[j].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START)) &&
            eg_strbuf_putc(sb, ' ') != 0)
            return -1;
        if (eg_strbuf_append(sb, c->s->fold.data + c->s->foff.v[j], c->s->flen.v[j]) != 0)
            return -1;
    }
    return 0;
}

/* Titles followed by the name of a person known elsewhere in the article, in
 * headlines (capitals or title case), where new names are not trusted. */
eg_status eg_rx_rule_known_titles(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    eg_rulescratch *s = c->s;
    if (!s->persons.len)
        return EG_OK;
    for (uint32_t i = sb; i < se; i++) {
        uint32_t after;
        if (covered(c, i) || !eg_rx_title_at(c, i, se, &after))
            continue;
        for (uint32_t k = MAX_NAME_WORDS; k >= 2; k--) {
            if (after + k > se)
                continue;
            int ok = 1;
            for (uint32_t j = after; j < after + k && ok; j++)
                ok = !covered(c, j) && (c->tv[j].flags & EG_TOK_WORD) &&
                     !(c->tv[j].flags & EG_TOK_POSS);
            if (!ok)
                continue;
            eg_strbuf_clear(&s->name);
            if (fold_span(c, after, after + k, &s->name) != 0)
                return eg_rx_oom(c->doc->origin, 0, err);
            long found = -1;
            for (size_t off = 0; off < s->persons.len;) {
                const char *p = s->persons.data + off;
                size_t pl = strlen(p);
                uint32_t e;
                memcpy(&e, p + pl + 1, sizeof e);
                if (pl == s->name.len && memcmp(p, s->name.data, pl) == 0) {
                    found = (long)e;
                    break;
                }
                off += pl + 1 + sizeof e;
            }
            if (found < 0)
                continue;
            eg_status st = eg_rx_add_cand(c, after, after + k, si, K_KNOWN, NULL, (int32_t)found,
                                          EG_ORIGIN_RULE, err);
            if (st != EG_OK)
                return st;
            break;
        }
    }
    return EG_OK;
}

/* Is the one-word name w[0..n) a person of the article ("Talukder" from "Mr
 * Talukder")? */
static int known_surname(const ctx *c, const char *w, size_t n) {
    const eg_doc *doc = c->doc;
    for (size_t e = 0; e < doc->ents.n; e++) {
        const eg_docent *d = &doc->ents.v[e];
        if (d->gaz >= 0 || !d->mentions || strcmp(eg_rx_ent_type(c, (uint32_t)e), "person") != 0)
            continue;
        const char *nm = eg_rx_ent_name(c, (uint32_t)e);
        if (strlen(nm) == n && memcmp(nm, w, n) == 0)
            return 1;
    }
    return 0;
}

/* Whether a person of the article has the word w[0..n) in their name. */
int eg_rx_person_word(const ctx *c, const char *w, size_t n) {
    const eg_doc *doc = c->doc;
    for (size_t e = 0; e < doc->ents.n; e++) {
        if (!doc->ents.v[e].mentions || strcmp(eg_rx_ent_type(c, (uint32_t)e), "person") != 0)
            continue;
        if (eg_rx_name_has_word(eg_rx_ent_name(c, (uint32_t)e), w, n))
            return 1;
    }
    return 0;
}

/* The one person of the article whose name has the word "al-X" or "el-X"
 * (either case) for w[0..n) = "X", or -1 (none, or more than one). */
static long particle_surname(const ctx *c, const char *w, size_t n) {
    const eg_doc *doc = c->doc;
    long found = -1;
    for (size_t e = 0; e < doc->ents.n; e++) {
        if (!doc->ents.v[e].mentions || strcmp(eg_rx_ent_type(c, (uint32_t)e), "person") != 0)
            continue;
        const char *nm = eg_rx_ent_name(c, (uint32_t)e);
        for (const char *p = nm; *p;) {
            const char *q = p;
            while (*q && *q != ' ')
                q++;
            if ((size_t)(q - p) == n + 3 &&
                (p[0] == 'a' || p[0] == 'A' || p[0] == 'e' || p[0] == 'E') && p[1] == 'l' &&
                p[2] == '-' && memcmp(p + 3, w, n) == 0) {
                if (found >= 0 && found != (long)e)
                    return -1;
                found = (long)e;
            }
            p = *q ? q + 1 : q;
        }
    }
    return found;
}

/* The one person of the article whose name ends in the text of tokens [b,
 * e) ("d’Alva Neto" of "Leonel d’Alva Neto"), or -1. */
static long name_ending(const ctx *c, uint32_t b, uint32_t e) {
    const eg_doc *doc = c->doc;
    const char *w = ttext(c, b);
    size_t n = c->tv[e - 1].start + c->tv[e - 1].len - c->tv[b].start;
    long found = -1;
    for (size_t k = 0; k < doc->ents.n; k++) {
        if (!doc->ents.v[k].mentions || strcmp(eg_rx_ent_type(c, (uint32_t)k), "person") != 0)
            continue;
        const char *nm = eg_rx_ent_name(c, (uint32_t)k);
        size_t l = strlen(nm);
        if (l > n && nm[l - n - 1] == ' ' && memcmp(nm + l - n, w, n) == 0) {
            if (found >= 0 && found != (long)k)
                return -1;
            found = (long)k;
        }
    }
    return found;
}

/* "Al-Saadi said" after "Haider al-Saadi": the particle opening a sentence
 * in capitals belongs to the short form; so does an elided one ("met d’Alva
 * Neto" after "Leonel d’Alva Neto"). */
static eg_status particle_short_forms(ctx *c, uint32_t si, uint32_t sb, uint32_t se,
                                      eg_error *err) {
    for (uint32_t i = sb; i + 1 < se; i++) {
        if (elided_particle(c, i) && is_cap_word(c, i + 1) && !covered(c, i + 1) &&
            attached(c, i + 1) == 0 && !(i + 2 < se && is_cap_word(c, i + 2))) {
            long e = name_ending(c, i, i + 2);
            if (e >= 0) {
                eg_status st = eg_rx_add_cand(c, i, i + 2, si, K_KNOWN, NULL, (int32_t)e,
                                              EG_ORIGIN_SHORT, err);
                if (st != EG_OK)
                    return st;
                continue;
            }
        }
        if (i + 2 >= se)
            break;
        if (!(tok_is(c, i, "Al") || tok_is(c, i, "El")) || !is_hyphen(c, i + 1) ||
            !attached(c, i + 1) || !attached(c, i + 2) || covered(c, i) || covered(c, i + 2) ||
            !is_cap_word(c, i + 2) || (i + 3 < se && is_hyphen(c, i + 3)))
            continue;
        long e = particle_surname(c, ttext(c, i + 2), c->tv[i + 2].len);
        if (e < 0)
            continue;
        eg_status st =
            eg_rx_add_cand(c, i, i + 3, si, K_KNOWN, NULL, (int32_t)e, EG_ORIGIN_SHORT, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* FNV-1a hash of token j as written. */
static uint32_t word_hash(const ctx *c, uint32_t j) {
    uint32_t h = 2166136261u;
    const unsigned char *p = (const unsigned char *)ttext(c, j);
    for (uint32_t i = 0; i < c->tv[j].len; i++)
        h = (h ^ p[i]) * 16777619u;
    return h;
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* A lone capitalised word: one uncovered name word with no capitalised word,
 * hyphen or possessive on either side, followed by a lower-case word or a
 * comma ("Kouadio said", "Kouadio, who"); not after an article ("the
 * Commission said"), not a title, and at the start of a sentence (`first`)
 * not a word ending in "s", most often a plural noun ("Prosecutors said"). */
static int lone_word(const ctx *c, uint32_t j, int first) {
    const eg_token *t = &c->tv[j];
    if (!is_cap_word(c, j) || covered(c, j) || (t->flags & EG_TOK_ALLCAPS) || t->len < 3 ||
        eg_rx_tok_class(c, j) || j + 1 >= c->ntok)
        return 0;
    if (j > 0 && (is_cap_word(c, j - 1) || covered(c, j - 1) || is_hyphen(c, j - 1)) &&
        !(c->tv[j].flags & EG_TOK_LINE_START) && !eg_rx_tok_class(c, j - 1))
        return 0;
    if (j > 0 && (folded_is(c, j - 1, "the") || folded_is(c, j - 1, "a") ||
                  folded_is(c, j - 1, "an") || folded_is(c, j - 1, "this")))
        return 0; /* "the Commission said" */
    uint32_t te;
    if (eg_rx_title_at(c, j, j + 1, &te) || (first && ttext(c, j)[t->len - 1] == 's'))
        return 0; /* "Prosecutors said", "Officials said", "Analysts said" */
    const eg_token *n = &c->tv[j + 1];
    if (n->nl > 0)
        return 0;
    return tok_is(c, j + 1, ",") ||
           ((n->flags & EG_TOK_WORD) && !(n->flags & (EG_TOK_CAP | EG_TOK_POSS)));
}

/* How the word of token j stands alone elsewhere in the article: the number
 * of lone uses (capped at 2) outside tokens [b, e). */
static int lone_uses(const ctx *c, uint32_t j, uint32_t b, uint32_t e) {
    const eg_rulescratch *s = c->s;
    uint64_t key = (uint64_t)word_hash(c, j) << 32;
    size_t lo = 0, hi = s->lone.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s->lone.v[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    int n = 0;
    for (; lo < s->lone.n && (s->lone.v[lo] >> 32) == (key >> 32) && n < 2; lo++) {
        uint32_t k = (uint32_t)s->lone.v[lo];
        if ((k < b || k >= e) && c->tv[k].len == c->tv[j].len &&
            memcmp(ttext(c, k), ttext(c, j), c->tv[j].len) == 0)
            n++;
    }
    return n;
}

/* "Jean Kouadio ... Kouadio said": the last word of the name [i, end) stands
 * alone elsewhere in the article and its first word never does (a firm is
 * named again by its first word: "Kaminari Robotics ... Kaminari said"). No
 * word may be a designator, end names of things or be a firm's word ("Pilbara
 * Workers Super ... Super funds hold"), and no organisation noun may stand
 * before it ("the law firm Arthur Cox ... Cox said"). */
static int surname_alone(const ctx *c, uint32_t sb, uint32_t i, uint32_t end) {
    uint32_t last = end - 1;
    if (last == i || (c->tv[last].flags & EG_TOK_ALLCAPS) || org_noun_before(c, sb, i) ||
        firm_word_in(c, i, end))
        return 0;
    for (uint32_t j = i; j < end; j++)
        if ((c->tv[j].flags & EG_TOK_WORD) &&
            (eg_rx_designator_at(c, j) || WORD_IN_LIST(not_surnames, ttext(c, j), c->tv[j].len)))
            return 0;
    return lone_uses(c, last, i, end) > 0 && lone_uses(c, i, i, end) == 0;
}

/* Whether the capitalised word of token j is a common word the article also
 * writes in lower case ("Former" of "Former MekongBank chairman arrested"
 * over "the former chairman"): at the start of a sentence or headline it is
 * no given name. Listed given names ("Bill", "Grant") stay names. */
static int capitalised_common_word(const ctx *c, uint32_t j) {
    const eg_token *t = &c->tv[j];
    const char *w = ttext(c, j);
    if (t->len < 2 || !(w[0] >= 'A' && w[0] <= 'Z') || eg_rx_given_name(c, j))
        return 0;
    for (uint32_t k = 0; k < c->ntok; k++) {
        const eg_token *x = &c->tv[k];
        const char *v = ttext(c, k);
        if (x->len == t->len && v[0] == w[0] + ('a' - 'A') && memcmp(v + 1, w + 1, t->len - 1) == 0)
            return 1;
    }
    return 0;
}

/* Whether the headline name [i, end) of sentence si is a listed place glued by
 * headline capitals to a word the story writes alone ("Honiara Chinatown
 * arson" over "Chinatown" and "Honiara", "Nunavut Inuit leader" over
 * "Inuit"): its first word the name of a listed place or country, no given
 * name, and no demonym (the resolver splits those off a person: "Kenyan
 * Kipchoge wins" over "Eliud Kipchoge"); its last word no word of a person
 * the article names; the story never writing the name whole ("Israel
 * Adesanya retires" over a story that names "Israel Adesanya"). */
static int headline_place_glued(const ctx *c, uint32_t si, uint32_t i, uint32_t end) {
    if (!(c->doc->sents.v[si].flags & EG_SENT_TITLE) || eg_rx_given_name(c, i) ||
        eg_rx_person_word(c, ttext(c, end - 1), c->tv[end - 1].len))
        return 0;
    long g = eg_rx_listed_word(c, i, "location");
    if (g < 0)
        g = eg_rx_country_word(c, i);
    const char *nm = g >= 0 ? eg_gazetteer_name(c->g, (size_t)g) : NULL;
    if (!nm || strlen(nm) != c->tv[i].len || memcmp(nm, ttext(c, i), c->tv[i].len) != 0)
        return 0; /* a demonym: "Kenyan Kipchoge wins" */
    for (uint32_t k = 0; k + (end - i) <= c->ntok; k++)
        if ((k < i || k >= end) && same_tokens(c, k, i, end - i))
            return 0;
    return 1;
}

/* Second round: names listed with a person ("Rolando Saguisag, Edilberto
 * Panganiban and Joy Macaraeg-Tolentino of Tanza", "Daniel Ortega and
 * Rosario Murillo"): after a person's mention, "," or "and" and a plain
 * name of two to four words are one more person, and so on down the list. */
static eg_status listed_with_person(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t k = sb + 1; k + 2 < se; k++) {
        if (!tok_is(c, k, "and") && !tok_is(c, k, ","))
            continue;
        if (!covered(c, k - 1))
            continue;
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[k - 1]];
        if (m->tok_end != k || strcmp(eg_rx_ent_type(c, m->ent), "person") != 0)
            continue;
        uint32_t q = k;
        while (q < se && (tok_is(c, q, "and") || tok_is(c, q, ","))) {
            uint32_t n = q + 1, end;
            if (tok_is(c, q, ",") && n < se && tok_is(c, n, "and"))
                n++;
            if (!plain_name(c, n, se, &end))
                break;
            eg_status st = add_person(c, n, end, si, K_KNOWN, err);
            if (st != EG_OK)
                return st;
            q = end;
        }
    }
    return EG_OK;
}

/* "Abdur Rouf Talukder" when the article also has "Mr Talukder": two or three
 * name words ending in the surname of a person found by a title, or in a word
 * the article uses alone ("Jean Kouadio ... Kouadio said"); and "Al-Saadi"
 * after "Haider al-Saadi". */
/* Words that introduce a person's other name: "known as", "known to his
 * followers as", "better known in Basra as", "knows as", "nicknamed",
 * "dubbed", "alias", "the alias", "nom de guerre", "a.k.a.". Returns the
 * token after the introducer (and an opening quote), or NONE. */
static const char *const nick_adverbs[] = {"also", "better", "popularly", "widely"};

static uint32_t nickname_intro(const ctx *c, uint32_t p, uint32_t se) {
    static const char *const single[] = {"aka", "alias", "dubbed", "nicknamed"};
    uint32_t q = NONE;
    if (c->tv[p].len >= 4 && (tok_is(c, p, "known") || tok_is(c, p, "knows"))) {
        for (uint32_t k = p + 1; k < se && k <= p + 5; k++) {
            if (tok_is(c, k, "as")) {
                q = k + 1;
                break;
            }
            if (!(c->tv[k].flags & EG_TOK_WORD))
                break;
        }
    } else if (LOWER_IN(p, single)) {
        q = p + 1;
    } else if (tok_is(c, p, "guerre") && p >= 2 && tok_is(c, p - 1, "de") &&
               tok_is(c, p - 2, "nom")) {
        q = p + 1;
    }
    if (q == NONE || q >= se)
        return NONE;
    if (c->tv[q].flags & EG_TOK_QUOTE)
        q++;
    return q < se ? q : NONE;
}

/* The nickname at token q: one to four capitalised words, with "u", "el",
 * "la", "del", "de" between or first ("u Zoppu", "El Patrón del Puerto").
 * Returns its end, or NONE. */
static uint32_t nickname_end(const ctx *c, uint32_t q, uint32_t se) {
    static const char *const small[] = {"al", "de", "del", "el", "la", "u"};
    uint32_t e = q, caps = 0;
    while (e < se && e < q + 6) {
        if (is_cap_word(c, e) && !(c->tv[e].flags & EG_TOK_ALLCAPS) && !eg_rx_tok_class(c, e)) {
            caps++;
        } else if (!(LOWER_IN(e, small) && e + 1 < se && is_cap_word(c, e + 1)) &&
                   !(is_hyphen(c, e) && attached(c, e) && e + 1 < se && attached(c, e + 1) &&
                     e > q)) {
            break;
        }
        e++;
    }
    if (!caps || caps > 4 || e == q || !is_cap_word(c, e - 1))
        return NONE;
    if (e < se && (is_cap_word(c, e) || (c->tv[e].flags & EG_TOK_POSS)))
        return NONE;
    return e;
}

/* The other uses of the nickname in tokens [q, e) in the article, headline
 * included, as a whole name of its own (no capitalised word next to it), and
 * without its article ("Chispa, 27," of "El Chispa"; "El Patrón" of "El
 * Patrón del Puerto"), become mentions of person ent. */
static eg_status nickname_uses(ctx *c, uint32_t q, uint32_t e, uint32_t ent, eg_error *err) {
    static const char *const articles[] = {"El", "Il", "La", "Lo", "U", "u"};
    uint32_t forms[3][2] = {{q, e}, {NONE, NONE}, {NONE, NONE}};
    if (e - q >= 2 && WORD_IN_LIST(articles, ttext(c, q), c->tv[q].len) && is_cap_word(c, q + 1)) {
        forms[1][0] = q + 1;
        forms[1][1] = e;
    }
    for (uint32_t k = q + 2; k + 1 < e; k++)
        if (tok_is(c, k, "del") || tok_is(c, k, "de")) {
            forms[2][0] = q; /* "El Patrón" of "El Patrón del Puerto" */
            forms[2][1] = k;
            break;
        }
    for (uint32_t si = 0; si < c->doc->sents.n; si++) {
        const eg_sentence *sn = &c->doc->sents.v[si];
        if (sn->flags & EG_SENT_BOILER)
            continue;
        for (uint32_t i = sn->tok_begin; i < sn->tok_end; i++) {
            if (i >= q && i < e)
                continue;
            for (int f = 0; f < 3; f++) {
                uint32_t a = forms[f][0];
                if (a == NONE)
                    continue;
                uint32_t n = forms[f][1] - a;
                if (i + n > sn->tok_end || !same_tokens(c, i, a, n) ||
                    (i > sn->tok_begin && (is_cap_word(c, i - 1) || tok_is(c, i - 1, "u"))) ||
                    (i + n < sn->tok_end &&
                     (is_cap_word(c, i + n) || tok_is(c, i + n, "del") || tok_is(c, i + n, "de"))))
                    continue;
                int mine = 0, listed = 0;
                for (uint32_t j = i; j < i + n; j++)
                    if (covered(c, j)) {
                        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
                        mine |= m->ent == ent;
                        listed |= m->origin == EG_ORIGIN_GAZETTEER;
                    }
                if (mine || listed)
                    break;
                eg_status st = eg_rx_add_cand(c, i, i + n, si, K_ACRONYM, NULL, (int32_t)ent,
                                              EG_ORIGIN_SHORT, err);
                if (st != EG_OK)
                    return st;
                c->s->cands.v[c->s->cands.n - 1].replace = 1;
                c->s->cands.v[c->s->cands.n - 1].join = 1; /* over a person the rules found */
                i += n - 1;
                break;
            }
        }
    }
    return EG_OK;
}

/* The person whose nickname the introducer at token p gives when a surname
 * alone stands before it, not yet a mention ("Officers found Arboleda,
 * known to his followers as “El Gavilán”" after "Wilmer Arboleda
 * Quiñónez"): the one person of the article named before with that word
 * last or after the first word, or -1. */
static long surname_before(const ctx *c, uint32_t sb, uint32_t p) {
    uint32_t j = p;
    if (j > sb && LOWER_IN(j - 1, nick_adverbs))
        j--;
    if (j < sb + 2 || !tok_is(c, j - 1, ","))
        return -1;
    j -= 2;
    if (covered(c, j) || !is_cap_word(c, j) || (c->tv[j].flags & EG_TOK_ALLCAPS) ||
        (j > sb && is_cap_word(c, j - 1)))
        return -1;
    const char *w = ttext(c, j);
    uint32_t wl = c->tv[j].len;
    const eg_doc *doc = c->doc;
    long who = -1;
    for (size_t k = 0; k < doc->ments.n; k++) {
        const eg_mention *m = &doc->ments.v[k];
        if (m->start >= c->tv[j].start || m->tok_end < m->tok_begin + 2 || (long)m->ent == who ||
            strcmp(eg_rx_ent_type(c, m->ent), "person") != 0)
            continue;
        for (uint32_t l = m->tok_begin + 1; l < m->tok_end; l++)
            if (c->tv[l].len == wl && memcmp(ttext(c, l), w, wl) == 0) {
                if (who >= 0)
                    return -1;
                who = (long)m->ent;
                break;
            }
    }
    return who;
}

/* A person's nickname or alias right after the name:
 * "Joaquín Morillas, the
 * striker every child in Triana knows as “El Chispa”", "Karim Jassim
 * al-Lami, better known in Basra as Abu Haidar", "Mourad Ziani, a militant
 * better known by his nom de guerre Abou Yahia", "Jan Agha Sultanzai, who
 * uses the alias Hamza Muhajir": the nickname is a mention of that person,
 * and so are its other uses in the article. */
static eg_status nicknames(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t p = sb + 2; p + 1 < se; p++) {
        const eg_token *t = &c->tv[p];
        if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_CAP) || t->len < 3 ||
            (ttext(c, p)[0] != 'k' && ttext(c, p)[0] != 'a' && ttext(c, p)[0] != 'd' &&
             ttext(c, p)[0] != 'n' && ttext(c, p)[0] != 'g'))
            continue;
        uint32_t q = nickname_intro(c, p, se);
        if (q == NONE)
            continue;
        uint32_t e = nickname_end(c, q, se);
        if (e == NONE)
            continue;
        /* the person: the nearest mention before the introducer, a person,
         * with no other name between ("X, the striker every child in
         * Triana knows as") */
        const eg_mention *who = NULL;
        for (uint32_t j = p; j-- > sb && j + 16 > p && !who;) {
            if (!covered(c, j))
                continue;
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
            if (m->tok_end <= p && strcmp(eg_rx_ent_type(c, m->ent), "person") == 0)
                who = m;
        }
        /* after the name, a comma (an apposition) or the introducer itself:
         * not "Ana Ruiz worked at a firm known as Grupo Delta" */
        if (who &&
            !(who->tok_end == p || tok_is(c, who->tok_end, ",") || tok_is(c, who->tok_end, "(") ||
              (who->tok_end + 1 == p && LOWER_IN(who->tok_end, nick_adverbs))))
            continue;
        long ent = who ? (long)who->ent : surname_before(c, sb, p);
        if (ent < 0)
            continue;
        int thing = 0;
        for (uint32_t j = q; j < e && !thing; j++)
            thing = (c->tv[j].flags & EG_TOK_CAP) &&
                    (eg_rx_designator_at(c, j) || firm_word_in(c, j, j + 1));
        if (thing)
            continue; /* "known as Grupo Delta" */
        int ok = 1;
        for (uint32_t j = q; j < e && ok; j++)
            if (covered(c, j)) {
                const eg_mention *m = &c->doc->ments.v[c->s->cover.v[j]];
                ok = m->ent != (uint32_t)ent && m->origin != EG_ORIGIN_GAZETTEER;
            }
        if (!ok)
            continue;
        eg_status st =
            eg_rx_add_cand(c, q, e, si, K_ACRONYM, NULL, (int32_t)ent, EG_ORIGIN_SHORT, err);
        if (st != EG_OK)
            return st;
        c->s->cands.v[c->s->cands.n - 1].replace = 1;
        c->s->cands.v[c->s->cands.n - 1].join = 1;
        st = nickname_uses(c, q, e, (uint32_t)ent, err);
        if (st != EG_OK)
            return st;
        p = e - 1;
    }
    return EG_OK;
}

/* Is the listed place or demonym at token j, one word, in a person's slot:
 * an age after it ("Medina, 61,"), a verb of speech or a person's act after
 * it ("Kingston did not respond", "Nepal told the committee"), "Mr" before
 * it, a verb that takes a person before it ("summoned Nepal on Sunday",
 * "charged French on Monday"), or a possessive before a relative or a
 * lawyer ("Medina’s lawyers")? */
static int person_slot(const ctx *c, uint32_t sb, uint32_t j, uint32_t se) {
    static const char *const after[] = {"added",     "admitted", "argued",   "declined", "denied",
                                        "insisted",  "pleaded",  "resigned", "said",     "says",
                                        "testified", "told",     "wrote"};
    static const char *const before[] = {"accused",     "charged",      "fired",
                                         "interviewed", "investigated", "met",
                                         "questioned",  "sued",         "summoned"};
    static const char *const kin[] = {"attorney",  "attorneys",   "daughter", "family",
                                      "husband",   "lawyer",      "lawyers",  "son",
                                      "spokesman", "spokeswoman", "wife"};
    static const char *const preps[] = {"across", "at",      "from", "in",     "into",   "near",
                                        "of",     "outside", "to",   "toward", "towards"};
    uint32_t n = j + 1;
    if (j > sb && LOWER_IN(j - 1, preps))
        return 0; /* "officials in Paris said" */
    if (n + 2 < se && tok_is(c, n, ",") && (c->tv[n + 1].flags & EG_TOK_NUM) &&
        tok_is(c, n + 2, ","))
        return 1;
    if (n < se && LOWER_IN(n, after))
        return 1;
    if (n + 1 < se && tok_is(c, n, "did") && tok_is(c, n + 1, "not"))
        return 1;
    if (n + 2 < se && tok_is(c, n, ",") &&
        (tok_is(c, n + 1, "a") || tok_is(c, n + 1, "an") || tok_is(c, n + 1, "the"))) {
        /* "Moldovan, a cardiologist who": a noun for people within three
         * words */
        for (uint32_t k = n + 2; k < se && k < n + 5; k++) {
            uint32_t te;
            if (eg_rx_person_noun(c, k) || role_noun(c, k) || eg_rx_title_at(c, k, se, &te))
                return 1;
            if (!(c->tv[k].flags & EG_TOK_WORD) || (c->tv[k].flags & EG_TOK_CAP))
                break;
        }
    }
    if (n + 1 < se && (c->tv[n].flags & EG_TOK_POSS) && LOWER_IN(n + 1, kin))
        return 1;
    if (j > sb && (tok_is(c, j - 1, "Mr") || tok_is(c, j - 1, "Ms") || tok_is(c, j - 1, "Mrs")))
        return 1;
    return j > sb && (LOWER_IN(j - 1, before) || LOWER_IN(j - 1, person_verbs)) &&
           (n >= se || !(c->tv[n].flags & (EG_TOK_CAP | EG_TOK_POSS)));
}

/* A demonym as the subject of a verb, which it is only as a person's
 * surname: "Moldovan sued the ministry", "French is alleged to have" (a
 * demonym before a noun is an adjective: "Moldovan towns"). */
static int demonym_subject(const ctx *c, uint32_t sb, uint32_t j, uint32_t se) {
    static const char *const verbs[] = {"had", "has", "is", "was", "will", "would"};
    uint32_t n = j + 1;
    if (n + 1 >= se || (j > sb && !(c->tv[j - 1].flags & EG_TOK_PUNCT) &&
                        !tok_is(c, j - 1, "and") && !tok_is(c, j - 1, "afterwards")))
        return 0;
    const eg_token *t = &c->tv[n];
    if (!(t->flags & EG_TOK_WORD) || (t->flags & (EG_TOK_CAP | EG_TOK_POSS)))
        return 0;
    const char *w = ttext(c, n);
    return LOWER_IN(n, verbs) || (t->len >= 4 && w[t->len - 2] == 'e' && w[t->len - 1] == 'd');
}

/* A one-word listed place, country or demonym that is the surname of a
 * person the article has named in full before it, in a person's slot: the
 * person ("Fabián Medina Rojas" ... "Medina, 61, said"; "Bhim Prasad Nepal"
 * ... "The committee summoned Nepal on Sunday"; "Daniel French" ... "charged
 * French on Monday"). */
static eg_status surname_places(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    const eg_doc *doc = c->doc;
    for (uint32_t j = sb; j < se; j++) {
        if (!covered(c, j) || !is_cap_word(c, j) || (c->tv[j].flags & EG_TOK_ALLCAPS) ||
            c->tv[j].len < 4)
            continue;
        const eg_mention *m = &doc->ments.v[c->s->cover.v[j]];
        if (m->tok_begin != j || m->tok_end != j + 1 ||
            (m->origin != EG_ORIGIN_GAZETTEER && m->origin != EG_ORIGIN_DEMONYM))
            continue;
        const char *ty = eg_rx_ent_type(c, m->ent);
        if ((strcmp(ty, "location") != 0 && strcmp(ty, "country") != 0) ||
            !(person_slot(c, sb, j, se) ||
              (m->origin == EG_ORIGIN_DEMONYM && demonym_subject(c, sb, j, se))))
            continue;
        long who = -1;
        const char *w = ttext(c, j);
        size_t wl = c->tv[j].len;
        for (size_t k = 0; k < doc->ments.n && who < 0; k++) {
            const eg_mention *p = &doc->ments.v[k];
            if (p->tok_end > j || p->tok_end < p->tok_begin + 2 || p->end - p->start <= wl ||
                strcmp(eg_rx_ent_type(c, p->ent), "person") != 0)
                continue;
            /* the last word, or a word after the first: "Medina" of "Fabián
             * Medina Rojas" */
            for (uint32_t l = p->tok_begin + 1; l < p->tok_end && who < 0; l++)
                if (c->tv[l].len == wl && memcmp(ttext(c, l), w, wl) == 0 &&
                    (c->tv[l].flags & EG_TOK_SPACE_BEFORE))
                    who = (long)p->ent;
        }
        if (who < 0)
            continue;
        eg_status st =
            eg_rx_add_cand(c, j, j + 1, si, K_KNOWN, NULL, (int32_t)who, EG_ORIGIN_SHORT, err);
        if (st != EG_OK)
            return st;
        c->s->cands.v[c->s->cands.n - 1].swap = 1;
    }
    return EG_OK;
}

eg_status eg_rx_rule_known_surnames(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    eg_status st0 = nicknames(c, si, sb, se, err);
    if (st0 == EG_OK)
        st0 = surname_places(c, si, sb, se, err);
    if (st0 == EG_OK)
        st0 = particle_short_forms(c, si, sb, se, err);
    if (st0 == EG_OK)
        st0 = listed_with_person(c, si, sb, se, err);
    if (st0 == EG_OK)
        st0 = rule_single_names(c, si, sb, se, 0, err); /* the persons are known */
    if (st0 != EG_OK)
        return st0;
    for (uint32_t i = sb; i + 1 < se; i++) {
        uint32_t end, nw;
        if (covered(c, i) || !is_cap_word(c, i))
            continue;
        if (i > sb && is_cap_word(c, i - 1) && !covered(c, i - 1) && !eg_rx_tok_class(c, i - 1) &&
            !eg_rx_title_ends_at(c, sb, i))
            continue;
        if (!person_name(c, i, se, &end, &nw) || nw < 2 || nw > 3 ||
            (end < se && (is_cap_word(c, end) || covered(c, end))))
            continue;
        uint32_t last = end - 1;
        if (!known_surname(c, ttext(c, last), c->tv[last].len) && !surname_alone(c, sb, i, end))
            continue;
        if ((i == sb && capitalised_common_word(c, i)) || headline_place_glued(c, si, i, end))
            continue;
        eg_status st = add_person(c, i, end, si, K_KNOWN, err);
        if (st != EG_OK)
            return st;
        i = end - 1;
    }
    return EG_OK;
}

/* Folded names of the article's persons with two or more words, each followed
 * by its entity; and the article's lone capitalised words for
 * eg_rx_rule_known_surnames. */
int eg_rx_collect_persons(ctx *c) {
    eg_rulescratch *s = c->s;
    s->lone.n = 0;
    for (uint32_t si = 0; si < c->doc->sents.n; si++) {
        const eg_sentence *sn = &c->doc->sents.v[si];
        if (sn->flags & (EG_SENT_BOILER | EG_SENT_ALLCAPS | EG_SENT_TITLE))
            continue;
        for (uint32_t j = sn->tok_begin; j < sn->tok_end; j++) {
            int first = j == sn->tok_begin ||
                        (j == sn->tok_begin + 1 && (c->tv[j - 1].flags & EG_TOK_QUOTE));
            if (!lone_word(c, j, first))
                continue;
            uint64_t *v = EG_VEC_PUSH(s->lone);
            if (!v)
                return -1;
            *v = (uint64_t)word_hash(c, j) << 32 | j;
        }
    }
    if (s->lone.n > 1)
        qsort(s->lone.v, s->lone.n, sizeof *s->lone.v, cmp_u64);
    eg_strbuf *sb = &c->s->persons;
    eg_strbuf_clear(sb);
    for (size_t e = 0; e < c->doc->ents.n; e++) {
        if (strcmp(eg_rx_ent_type(c, (uint32_t)e), "person") != 0)
            continue;
        const char *nm = eg_rx_ent_name(c, (uint32_t)e);
        if (!strchr(nm, ' '))
            continue;
        uint32_t ei = (uint32_t)e;
        if (eg_rx_fold_space(nm, strlen(nm), 1, sb) != 0 || eg_strbuf_putc(sb, '\0') != 0 ||
            eg_strbuf_append(sb, (const char *)&ei, sizeof ei) != 0)
            return -1;
    }
    return 0;
}

/* Moves the mentions of person entity `from` but mention `keep`, and the
 * candidates naming it, to entity `to`: the short forms ("Pereira") of a
 * name that a place's word turns out to open. */
static void follow_person(ctx *c, uint32_t from, size_t keep, uint32_t to) {
    eg_doc *doc = c->doc;
    for (size_t k = 0; k < doc->ments.n; k++) {
        eg_mention *x = &doc->ments.v[k];
        if (x->ent == from && k != keep) {
            x->ent = to;
            doc->ents.v[to].mentions++;
            if (doc->ents.v[from].mentions)
                doc->ents.v[from].mentions--;
        }
    }
    for (size_t k = 0; k < c->s->cands.n; k++)
        if (c->s->cands.v[k].ent == (int32_t)from)
            c->s->cands.v[k].ent = (int32_t)to;
}

/* Is token j a given name written as a name, no month, weekday or
 * function word ("May"), after no capitalised word, mention, possessive or
 * preposition ("in Santiago ...")? */
static int given_opens(const ctx *c, uint32_t j, uint32_t sb) {
    if (!is_cap_word(c, j) || (c->tv[j].flags & EG_TOK_ALLCAPS) || eg_rx_tok_class(c, j) ||
        !eg_rx_given_name(c, j))
        return 0;
    return j == sb || !(is_cap_word(c, j - 1) || covered(c, j - 1) ||
                        (c->tv[j - 1].flags & EG_TOK_POSS) || eg_rx_is_prep(c, j - 1));
}

/* A person whose given name or surname is a listed place's: "Santiago
 * Pereira Montoya" (a listed town that is a given name, right before a
 * person a rule found: its other mentions go with it), "Ryota Fukushima" (a
 * given name on no list right before a one-word listed place that ends the
 * name). Not after a preposition ("in Santiago Pereira ..."), not a month
 * ("May Paris"). */
eg_status eg_rx_rule_place_names(ctx *c, eg_error *err) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *p = &doc->ments.v[i];
        uint32_t b = p->tok_begin, e = p->tok_end;
        const eg_sentence *sn = &doc->sents.v[p->sentence];
        if (e != b + 1 || p->origin != EG_ORIGIN_GAZETTEER ||
            (sn->flags & (EG_SENT_BOILER | EG_SENT_ALLCAPS)))
            continue;
        const char *pt = eg_rx_ent_type(c, p->ent);
        if (strcmp(pt, "location") != 0 && strcmp(pt, "country") != 0)
            continue;
        uint32_t sb = sn->tok_begin, se = sn->tok_end;
        if (i + 1 < doc->ments.n && doc->ments.v[i + 1].tok_begin == e &&
            doc->ments.v[i + 1].origin == EG_ORIGIN_RULE && attached_space(c, e) &&
            !(c->tv[e].flags & EG_TOK_LINE_START) && given_opens(c, b, sb)) {
            const eg_mention *q = &doc->ments.v[i + 1];
            if (doc->ents.v[q->ent].gaz >= 0 || strcmp(eg_rx_ent_type(c, q->ent), "person") != 0)
                continue;
            eg_strbuf *nm = &c->s->name;
            eg_strbuf_clear(nm);
            if (eg_rx_fold_space(c->text + p->start, q->end - p->start, 0, nm) != 0)
                return eg_rx_oom(doc->origin, doc->origin_line, err);
            long de = eg_doc_discovered(doc, nm->data, nm->len, "person");
            if (de < 0)
                return eg_rx_oom(doc->origin, doc->origin_line, err);
            follow_person(c, q->ent, i + 1, (uint32_t)de);
            eg_status st = eg_rx_add_cand(c, b, q->tok_end, p->sentence, K_GIVEN, "person",
                                          (int32_t)de, EG_ORIGIN_RULE, err);
            if (st != EG_OK)
                return st;
            c->s->cands.v[c->s->cands.n - 1].join = 1;
        } else if (b > sb && !covered(c, b - 1) && attached_space(c, b) &&
                   !(c->tv[b].flags & EG_TOK_LINE_START) && given_opens(c, b - 1, sb) &&
                   !(e < se && (is_cap_word(c, e) || covered(c, e) || is_hyphen(c, e) ||
                                (c->tv[e].flags & EG_TOK_POSS)))) {
            eg_status st = eg_rx_add_cand(c, b - 1, e, p->sentence, K_GIVEN, "person", -1,
                                          EG_ORIGIN_RULE, err);
            if (st != EG_OK)
                return st;
            c->s->cands.v[c->s->cands.n - 1].join = 1;
        }
    }
    return EG_OK;
}
