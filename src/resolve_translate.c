/* resolve_translate: a body named in two languages in one article
 * ("Ministerio de Energía y Minas" and "Energy Ministry"): names split into
 * folded words, paired by a dictionary of name words, by cognates and by a
 * listed place's names in two languages; German compounds split into their
 * parts; a national service named by its field ("Polisen", "Swedish Police
 * Authority"); and acronyms that spell the name in syllables or in its own
 * language. */
#include "resolve_int.h"

#include <pthread.h>

/* Words that join the parts of a body's name in other languages ("Autoridad
 * del Canal de Panamá", "Cour des comptes", "Urząd Ochrony Konkurencji i
 * Konsumentów", "Jeshi la Polisi", "Tume Huru ya Taifa ya Uchaguzi"). A name
 * with one of them is not written in English. */
static const char *const foreign_links[] = {
    "al",    "au",    "aux", "cha", "da",   "das", "de",  "degli", "dei",  "del",
    "della", "delle", "der", "des", "di",   "die", "do",  "dos",   "du",   "e",
    "el",    "et",    "für", "het", "i",    "la",  "las", "le",    "les",  "lo",
    "los",   "na",    "och", "og",  "para", "pe",  "per", "por",   "pour", "und",
    "van",   "voor",  "w",   "wa",  "y",    "ya",  "z",   "za",    "și",
};

/* Words of public bodies' names that translate without looking alike, as
 * pairs of (folded native stem, English word), sorted by stem: the audit
 * courts of French, Portuguese, Spanish, Italian and Romanian ("Cour des
 * comptes", "Tribunal de Contas", "Tribunal de Cuentas", "Corte dei conti",
 * "Curtea de Conturi") are the "Court of Auditors", "Court of Accounts" or
 * "Court of Audit"; and the French "banque", which English writes "bank"
 * ("Banque africaine de développement" is the "African Development Bank");
 * and the head words and fields of Spanish and Portuguese
 * ministries, prosecutors, police and armed forces, which English writers
 * translate ("Secretaría de Marina" is the "Navy Ministry", "Fiscalía
 * General" the "Attorney General's Office", "Ministério da Fazenda" the
 * "Finance Ministry"); and the states of an alliance ("Alliance des États
 * du Sahel" is the "Alliance of Sahel States"); and the fields of
 * customs, tax, competition, market, fisheries and health bodies
 * ("Agenzia delle Dogane", "Autoridade Tributária", "Autorité de la
 * concurrence", "Comisión Nacional de los Mercados y la Competencia",
 * "Vigilância Sanitária"); and the water, port, city, chamber, workers and
 * bureau words of utilities, councils and regulators ("Comisión Nacional
 * del Agua", "Negociado de Energía de Puerto Rico"); and the words of city
 * governments ("Comune di Venezia" is "Venice City Council" or the "City of
 * Venice", "Gemeente Amsterdam" the "Amsterdam Municipality", "Stadt
 * Zürich" the "City of Zurich"); and the parts of German compound names
 * of courts and offices (compound_parts: "Oberlandesgericht" is the "Higher
 * Regional Court", "Bundesarbeitsgericht" the "Federal Labour Court"). */
static const char *const translations[][2] = {
    {"acqu", "water"},
    {"aduan", "customs"},
    {"afya", "health"},
    {"agama", "religious"},
    {"agenzi", "agency"},
    {"agu", "water"},
    {"agung", "supreme"},
    {"alfandeg", "customs"},
    {"ambient", "environment"},
    {"amt", "office"},
    {"amts", "local"},
    {"arbeits", "labour"},
    {"arbeits", "labor"},
    {"armad", "navy"},
    {"audienci", "court"},
    {"badan", "agency"},
    {"banqu", "bank"},
    {"bundes", "federal"},
    {"camar", "chamber"},
    {"carrier", "quarries"},
    {"cidade", "city"},
    {"ciudad", "city"},
    {"comerc", "trade"},
    {"compagn", "company"},
    {"compan", "company"},
    {"competenc", "competition"},
    {"compt", "audit"},
    {"compt", "auditors"},
    {"compt", "accounts"},
    {"comun", "city"},
    {"comun", "municipality"},
    {"concorrenc", "competition"},
    {"concurrenc", "competition"},
    {"consej", "council"},
    {"consel", "council"},
    {"cont", "audit"},
    {"cont", "auditors"},
    {"cont", "accounts"},
    {"contralor", "comptroller"},
    {"controlador", "comptroller"},
    {"cuent", "auditors"},
    {"cuent", "accounts"},
    {"cuent", "audit"},
    {"defensor", "ombudsman"},
    {"desarroll", "development"},
    {"desenvolviment", "development"},
    {"dewan", "council"},
    {"direc", "directorate"},
    {"dogan", "customs"},
    {"douan", "customs"},
    {"eau", "water"},
    {"ejercit", "army"},
    {"empres", "company"},
    {"estad", "states"},
    {"etat", "states"},
    {"exercit", "army"},
    {"exterior", "foreign"},
    {"fazend", "finance"},
    {"fazend", "treasury"},
    {"fiscal", "attorney"},
    {"fiscal", "prosecutor"},
    {"fiscal", "prosecution"},
    {"fiscal", "prosecutors"},
    {"fuerz", "forces"},
    {"fuerz", "force"},
    {"futbol", "football"},
    {"gemeente", "municipality"},
    {"gericht", "court"},
    {"gobern", "interior"},
    {"gobiern", "government"},
    {"haciend", "treasury"},
    {"haciend", "finance"},
    {"hluttaw", "parliament"},
    {"hof", "justice"},
    {"huru", "independent"},
    {"impost", "tax"},
    {"impot", "taxes"},
    {"insaat", "civil"},
    {"insaat", "construction"},
    {"jeshi", "force"},
    {"jeshi", "forces"},
    {"judet", "county"},
    {"kejaksaan", "prosecutor"},
    {"kejaksaan", "prosecutors"},
    {"kementerian", "ministry"},
    {"kepolisian", "police"},
    {"kesehatan", "health"},
    {"keuangan", "finance"},
    {"korps", "force"},
    {"kriminal", "criminal"},
    {"kultur", "cultural"},
    {"kuu", "high"},
    {"land", "regional"},
    {"land", "state"},
    {"mahakama", "court"},
    {"mahkamah", "court"},
    {"march", "markets"},
    {"marin", "navy"},
    {"mercad", "markets"},
    {"migraci", "immigration"},
    {"miner", "mining"},
    {"minier", "mining"},
    {"ministeri", "prosecution"},
    {"ministeri", "prosecutor"},
    {"muhendis", "engineers"},
    {"negeri", "district"},
    {"negociad", "bureau"},
    {"ober", "higher"},
    {"obras", "works"},
    {"oda", "chamber"},
    {"oficin", "office"},
    {"peche", "fisheries"},
    {"pengadilan", "court"},
    {"pertahanan", "defense"},
    {"pertahanan", "defence"},
    {"pesca", "fisheries"},
    {"pesqu", "fisheries"},
    {"polis", "police"},
    {"politi", "police"},
    {"portuari", "ports"},
    {"portuari", "port"},
    {"preus", "prussian"},
    {"procurador", "attorney"},
    {"procuradur", "attorney"},
    {"puert", "port"},
    {"puert", "ports"},
    {"pyidaungsu", "union"},
    {"salud", "health"},
    {"sanatat", "health"},
    {"sanit", "health"},
    {"sante", "health"},
    {"saude", "health"},
    {"secretar", "secretariat"},
    {"secretar", "ministry"},
    {"seguranc", "security"},
    {"seguridad", "security"},
    {"sicherheit", "security"},
    {"sicurezz", "security"},
    {"socied", "company"},
    {"societ", "company"},
    {"spital", "hospital"},
    {"stadt", "city"},
    {"stiftung", "foundation"},
    {"surete", "security"},
    {"taifa", "national"},
    {"tesor", "treasury"},
    {"trabaj", "labour"},
    {"trabaj", "labor"},
    {"trabajador", "workers"},
    {"trabalh", "labor"},
    {"trabalh", "labour"},
    {"trabalhador", "workers"},
    {"travailleur", "workers"},
    {"tribunal", "court"},
    {"tribut", "tax"},
    {"tume", "commission"},
    {"uchaguzi", "electoral"},
    {"uniao", "federal"},
    {"urgenc", "emergency"},
    {"urgent", "emergency"},
    {"verfassung", "constitutional"},
    {"verwaltung", "administrative"},
    {"vigilanc", "surveillance"},
    {"ville", "city"},
    {"vivienda", "housing"},
    {"wizara", "ministry"},
};

/* English words that a native head word takes in with its translation:
 * "Fiscalía" is the "Prosecutor's Office", "Procuraduría" the "Attorney
 * General's Office". Pairs of (folded native stem, English word). */
static const char *const translation_extras[][2] = {
    {"agama", "affairs"},    {"alcald", "office"},     {"comun", "council"},
    {"contralor", "office"}, {"defensor", "office"},   {"fiscal", "office"},
    {"kejaksaan", "office"}, {"kriminal", "police"},   {"kulturbesitz", "heritage"},
    {"ministeri", "office"}, {"procuradur", "office"}, {"secretar", "office"},
};

/* Trailing qualifiers of a native body's name that name the state it
 * serves, which English names leave out ("Fiscalía General de la
 * República", "Fiscalía General de la Nación"). Folded. */
static const char *const state_qualifiers[] = {
    "estado", "nacao", "nacion", "repubblica", "republica", "republique",
};

/* Joining words that coordinate the fields of a body's name ("Ministerio de
 * Energía y Minas"), after which English names often stop ("Energy
 * Ministry"). Folded. */
static const char *const coordinators[] = {"and", "e", "et", "i", "og", "si", "und", "y"};

/* The ASCII letter of Vietnamese letter cp with its tone and vowel marks
 * (U+1EA0 ... U+1EF9: "ả", "ộ", "ữ"; "ơ", "ư"), or 0: news writes "Hai
 * Phong" and "Hải Phòng". */
static char vietnamese_base(uint32_t cp) {
    static const struct {
        uint32_t last;
        char b;
    } runs[] = {{0x1EB7, 'a'}, {0x1EC7, 'e'}, {0x1ECB, 'i'},
                {0x1EE3, 'o'}, {0x1EF1, 'u'}, {0x1EF9, 'y'}};
    if (cp == 0x1A0 || cp == 0x1A1)
        return 'o';
    if (cp == 0x1AF || cp == 0x1B0)
        return 'u';
    if (cp < 0x1EA0)
        return 0;
    for (size_t i = 0; i < sizeof runs / sizeof runs[0]; i++)
        if (cp <= runs[i].last)
            return runs[i].b;
    return 0;
}

/* The lower-case ASCII letter an accented Latin letter is written with
 * ("ç" -> 'c', "ț" -> 't', "ộ" -> 'o'), or 0. */
char rs_base_letter(uint32_t cp) {
    static const char latin1[] = "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
                                 "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
    static const char exta[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllll"
                               "nnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z')   ? (char)(cp - 'A' + 'a')
               : (cp >= 'a' && cp <= 'z') ? (char)cp
                                          : 0;
    if (cp >= 0xC0 && cp <= 0xFF)
        return latin1[cp - 0xC0];
    if (cp >= 0x100 && cp <= 0x17F)
        return exta[cp - 0x100];
    if (cp >= 0x218 && cp <= 0x21B)
        return cp < 0x21A ? 's' : 't';
    return vietnamese_base(cp);
}

/* A word of a body's name, folded to lower-case ASCII letters. */
typedef struct tword {
    char f[32];
    uint8_t n;
    uint8_t link;  /* a joining word, English or foreign */
    uint8_t qual;  /* in the trailing qualifier after the last joining word */
    uint8_t tail;  /* after a coordinating word: a field English names may leave out */
    uint8_t taken; /* paired */
    uint8_t comma; /* a comma ends it: "Energy," of "Ministry of Energy, Mines and Quarries" */
} tword;

/* Splits name s[0..n) into at most `max` words. Sets *foreign when a word
 * joins the name as only other languages do or has a letter outside ASCII.
 * Returns the number of words, or 0 when a word does not fold (a letter
 * outside Latin, a digit) or there are too many. */
static size_t name_words(const char *s, size_t n, tword *w, size_t max, int *foreign) {
    size_t k = 0, i = 0;
    *foreign = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '-'))
            i++;
        if (i >= n)
            break;
        if (s[i] == '(')
            break; /* "Attorney General's Office (Mexico)": the list's qualifier */
        if (k == max)
            return 0;
        size_t b = i;
        tword *t = &w[k];
        t->n = 0;
        t->link = t->qual = t->tail = t->taken = t->comma = 0;
        while (i < n && s[i] != ' ' && s[i] != '-') {
            uint32_t cp;
            size_t l = eg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
            i += l;
            if (cp == '\'' || cp == 0x2019) {
                if (i < n && (s[i] == 's' || s[i] == 'S') && (i + 1 >= n || s[i + 1] == ' '))
                    i++; /* "Attorney General's" */
                else if (t->n == 1 && (t->f[0] == 'l' || t->f[0] == 'd') && i < n && s[i] != ' ') {
                    t->n = 0; /* "l’Énergie": the elided article goes */
                    b = i;
                    *foreign = 1;
                }
                continue;
            }
            if (cp == ',')
                t->comma = 1;
            if (cp == '.' || cp == ',')
                continue;
            char ch = rs_base_letter(cp);
            if (!ch || (size_t)t->n + 1 >= sizeof t->f)
                return 0;
            if (cp >= 0x80)
                *foreign = 1;
            t->f[t->n++] = ch;
        }
        if (!t->n)
            continue;
        t->f[t->n] = '\0';
        int lower = s[b] >= 'a' && s[b] <= 'z';
        if (lower && WORD_IN(english_links, s + b, i - b))
            t->link = 1;
        else if (lower && WORD_IN(foreign_links, s + b, i - b))
            t->link = *foreign = 1;
        else if (k == 0 && i - b == 3 && memcmp(s + b, "Het", 3) == 0)
            t->link = *foreign = 1; /* "Het Korps Politie Suriname": Dutch "the" */
        else if (lower && k > 0)
            *foreign = 1; /* sentence case: "Tribunal militaire", "Cour des comptes" */
        k++;
    }
    size_t last = k, coord = k;
    for (size_t j = 0; j < k; j++) {
        if (w[j].link) {
            last = j;
            if (coord == k && j > 0 && WORD_IN(coordinators, w[j].f, w[j].n))
                coord = j;
        }
        if (coord == k && w[j].comma && j + 1 < k)
            coord = j; /* "Energy, Mines and Quarries": the fields after the first */
    }
    if (last < k && last > 0)
        for (size_t j = last + 1; j < k; j++)
            w[j].qual = 1;
    for (size_t j = coord + 1; j < k; j++)
        w[j].tail = 1;
    return k;
}

/* Length of the longest common subsequence of a[0..na) and b[0..nb) (at
 * most 31 bytes each). */
static size_t lcs(const char *a, size_t na, const char *b, size_t nb) {
    uint8_t row[32] = {0};
    for (size_t i = 0; i < na; i++) {
        uint8_t diag = 0;
        for (size_t j = 0; j < nb; j++) {
            uint8_t up = row[j + 1];
            row[j + 1] = a[i] == b[j] ? (uint8_t)(diag + 1) : (up > row[j] ? up : row[j]);
            diag = up;
        }
    }
    return row[nb];
}

#define NTRANSLATIONS (sizeof translations / sizeof translations[0])

/* The translations grouped by the first byte of their stem: those of byte
 * b are tr_order[tr_from[b] .. tr_from[b + 1]), in table order. */
static uint16_t tr_from[257];
static uint16_t tr_order[NTRANSLATIONS];
static pthread_once_t tr_once = PTHREAD_ONCE_INIT;

static void index_translations(void) {
    uint16_t at[256] = {0};
    for (size_t i = 0; i < NTRANSLATIONS; i++)
        tr_from[(unsigned char)translations[i][0][0] + 1]++;
    for (size_t b = 0; b < 256; b++) {
        tr_from[b + 1] += tr_from[b];
        at[b] = tr_from[b];
    }
    for (size_t i = 0; i < NTRANSLATIONS; i++)
        tr_order[at[(unsigned char)translations[i][0][0]]++] = (uint16_t)i;
}

/* Are the folded words a (native) and b (English) one word in two languages?
 * The same first letter and most letters in order ("nacional" and
 * "national", "autoridad" and "authority", "comissao" and "commission"),
 * or a listed translation ("comptes" and "auditors"). */
static int cognate(const tword *a, const tword *b) {
    if (a->n == b->n && memcmp(a->f, b->f, a->n) == 0)
        return 1;
    pthread_once(&tr_once, index_translations);
    unsigned char a0 = (unsigned char)a->f[0];
    for (size_t k = tr_from[a0]; k < tr_from[a0 + 1]; k++) {
        size_t i = tr_order[k];
        if (translations[i][1][0] != b->f[0])
            continue;
        size_t l = strlen(translations[i][0]);
        if (a->n >= l && memcmp(a->f, translations[i][0], l) == 0 &&
            strcmp(b->f, translations[i][1]) == 0)
            return 1;
    }
    if (a->n < 4 || b->n < 4 || a->f[0] != b->f[0])
        return 0;
    size_t mx = a->n > b->n ? a->n : b->n;
    return lcs(a->f, a->n, b->f, b->n) * 5 >= mx * 3;
}

/* Are the folded words a (native) and b (English), capitalised, the names
 * of one listed place or country in two languages ("Venezia" and
 * "Venice", "Lisboa" and "Lisbon")? Tried only after cognate fails, for a
 * native word of the trailing qualifier ("di Venezia") and words of four
 * letters or more with one first letter. */
static int exonym(const rctx *c, const tword *a, const tword *b) {
    if (a->n < 4 || b->n < 4 || a->f[0] != b->f[0])
        return 0;
    char wa[sizeof a->f], wb[sizeof b->f];
    memcpy(wa, a->f, (size_t)a->n + 1);
    memcpy(wb, b->f, (size_t)b->n + 1);
    wa[0] = wb[0] = (char)(a->f[0] - 'a' + 'A');
    long ka = eg_gazetteer_find(c->g, wa);
    if (ka < 0 || ka != eg_gazetteer_find(c->g, wb))
        return 0;
    const char *t = eg_gazetteer_type(c->g, (size_t)ka);
    return strcmp(t, "location") == 0 || strcmp(t, "country") == 0;
}

#define TWORDS 12

/* An entity's name as words, made once per rs_pass_translations. */
typedef struct tname {
    tword w[TWORDS];
    size_t n;    /* words (0: too many, or a word too long) */
    int foreign; /* a letter outside ASCII or an elided article */
    size_t lead; /* lead_place of the name, NONE until asked */
} tname;

/* Is the folded word w the name of a place or country the article names,
 * in any language ("mocambique" in an article about Mozambique)? The places
 * are c->tplaces (rs_pass_translations). */
static int article_place(const rctx *c, const tword *w) {
    for (size_t p = 0; p < c->tplaces.n; p++)
        if (c->tplaces.v[p].n == 1 && cognate(w, &c->tplaces.v[p].w[0]))
            return 1;
    return 0;
}

/* The number of leading words of the English name ew[0..en) that name a
 * place or country of the article in full ("Puerto Rico" of "Puerto Rico
 * Energy Bureau", "Tanzania" of "Tanzania Police Force"), which a native
 * name leaves out or puts after a joining word; 0 if none. The article's
 * places are c->tplaces (rs_pass_translations). */
static size_t lead_place(const rctx *c, const char *name, const tword *ew, size_t en) {
    size_t best = 0;
    /* or a listed place or country of one or two words ("Tanzania Police
     * Force" in an article that names the country only there) */
    for (size_t k = 2, sp = 0; k >= 1; k--) {
        const char *e = name;
        if (en < k + 2)
            continue;
        for (sp = 0; *e && sp < k; e++)
            sp += *e == ' ';
        if (sp == k && rs_place_word(c, name, (size_t)(e - 1 - name)))
            return k;
    }
    for (size_t p = 0; p < c->tplaces.n; p++) {
        const tword *pw = c->tplaces.v[p].w;
        size_t k = c->tplaces.v[p].n;
        if (k <= best || k >= en)
            continue;
        size_t j = 0;
        while (j < k && !ew[j].link && pw[j].n == ew[j].n && memcmp(pw[j].f, ew[j].f, pw[j].n) == 0)
            j++;
        if (j == k)
            best = k;
    }
    return best;
}

/* Does the native word a, paired already, take in the English word b too
 * ("fiscalia" and the "office" of "Prosecutor's Office")? */
static int extra_word(const tword *a, const tword *b) {
    for (size_t i = 0; i < sizeof translation_extras / sizeof translation_extras[0]; i++) {
        size_t l = strlen(translation_extras[i][0]);
        if (a->n >= l && memcmp(a->f, translation_extras[i][0], l) == 0 &&
            strcmp(b->f, translation_extras[i][1]) == 0)
            return 1;
    }
    return 0;
}

/* Do the names in words nw[0..nn) (not in English) and ew[0..en) (in
 * English) name one body? Every word but the joining ones pairs with a word
 * of the other name that looks alike or translates it, or names the same
 * listed place (exonym), two pairs at least;
 * a trailing qualifier naming a place of the article or the state itself
 * may be left out ("Autoridade Reguladora das Comunicações de Moçambique"
 * and "Communications Regulatory Authority", "Fiscalía General de la
 * República" and "Attorney General's Office"), and so may the native
 * name's fields after a coordinating word ("Ministerio de Energía y Minas"
 * and "Energy Ministry"). */
static int same_body(const rctx *c, tword *nw, size_t nn, const tword *ew, size_t en,
                     const char *ename, size_t *lead) {
    size_t pairs = 0, ntail = 0;
    for (size_t i = 0; i < nn; i++)
        nw[i].taken = 0;
    for (size_t j = 0; j < en; j++) {
        if (ew[j].link)
            continue;
        size_t i = 0;
        while (i < nn && (nw[i].link || nw[i].taken || !cognate(&nw[i], &ew[j])))
            i++;
        if (i == nn) /* "Comune di Venezia" and "City of Venice" */
            for (i = 0; i < nn && (!nw[i].qual || nw[i].taken || !exonym(c, &nw[i], &ew[j]));)
                i++;
        if (i < nn) {
            nw[i].taken = 1;
            pairs++;
            ntail += nw[i].tail;
            continue;
        }
        i = 0;
        while (i < nn && !(nw[i].taken && extra_word(&nw[i], &ew[j])))
            i++;
        if (i == nn && !ew[j].tail && (!ew[j].qual || !article_place(c, &ew[j]))) {
            if (*lead == NONE)
                *lead = lead_place(c, ename, ew, en);
            if (j >= *lead)
                return 0;
        }
    }
    /* an English name may name one field of the native name only ("Commerce
     * Ministry" of "Ministère de l’Industrialisation et du Commerce"), when
     * the head word pairs */
    int field_only = ntail > 0 && nn > 0 && nw[0].taken;
    for (size_t i = 0; i < nn; i++)
        if (!nw[i].link && !nw[i].taken && !nw[i].tail && !(field_only && i > 0) &&
            (!nw[i].qual ||
             !(WORD_IN(state_qualifiers, nw[i].f, nw[i].n) || article_place(c, &nw[i]))))
            return 0;
    return pairs >= 2;
}

/* The initials of the capitalised words of name s[0..n) into buf (at least
 * 3 ASCII capitals: "DNA" of "Direcția Națională Anticorupție", "FGR" of
 * "Fiscalía General de la República"); 0 if none. */
static size_t name_initials(rctx *c, const char *s, size_t n, char *buf, size_t size) {
    if (rs_tokenize_name(c, s, n) != 0)
        return 0;
    size_t k = rs_initials(s, c->ntok.v, c->ntok.n, 0, buf, size);
    return k >= HEADFIRST_MIN_LETTERS ? k : 0;
}

/* Does entity e have a mention written s[0..n)? */
static int has_mention_text(const rctx *c, uint32_t e, const char *s, size_t n) {
    for (size_t i = 0; i < c->doc->ments.n; i++) {
        const eg_mention *m = &c->doc->ments.v[i];
        if (m->ent == e && m->end - m->start == n && memcmp(c->doc->text + m->start, s, n) == 0)
            return 1;
    }
    return 0;
}

/* The one body other than e with a mention written as the acronym a[0..n)
 * that its own name does not spell, or NONE. */
static uint32_t acronym_owner(rctx *c, uint32_t e, const char *a, size_t n) {
    const eg_doc *doc = c->doc;
    uint32_t found = NONE;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        if (m->ent == e || m->ent == found || !rs_acronym_mention(doc, m) ||
            m->end - m->start != n || memcmp(doc->text + m->start, a, n) != 0 ||
            !is_body(c, m->ent))
            continue;
        if (found != NONE)
            return NONE;
        found = m->ent;
    }
    if (found == NONE)
        return NONE;
    const char *nm = ent_name(c, found);
    char own[16];
    for (int small = 0; small < 2; small++) {
        if (rs_tokenize_name(c, nm, strlen(nm)) != 0)
            return NONE;
        size_t k = rs_initials(nm, c->ntok.v, c->ntok.n, small, own, sizeof own);
        if (k == n && memcmp(own, a, n) == 0)
            return NONE; /* "Consejo Nacional Electoral" spells its own "CNE" */
    }
    return found;
}

/* Is a[0..n) a form the gazetteer gives doc entity f ("KPK" of the
 * Corruption Eradication Commission)? */
static int listed_form(const rctx *c, uint32_t f, const char *a, size_t n) {
    char buf[16];
    if (c->doc->ents.v[f].gaz < 0 || n >= sizeof buf)
        return 0;
    memcpy(buf, a, n);
    buf[n] = '\0';
    return eg_gazetteer_find(c->g, buf) == c->doc->ents.v[f].gaz;
}

/* Do half the words of e's name, two at least, look like words of f's name
 * ("Direcția Națională Anticorupție" and "National Anticorruption
 * Directorate"; not "Comisión Nacional de Energía" and "National Electoral
 * Council")? */
static int half_alike(const rctx *c, uint32_t e, uint32_t f) {
    tword a[TWORDS], b[TWORDS];
    int fa, fb;
    const char *an = ent_name(c, e), *bn = ent_name(c, f);
    size_t na = name_words(an, strlen(an), a, TWORDS, &fa),
           nb = name_words(bn, strlen(bn), b, TWORDS, &fb);
    size_t words = 0, pairs = 0;
    for (size_t i = 0; i < na; i++) {
        if (a[i].link)
            continue;
        words++;
        for (size_t j = 0; j < nb; j++)
            if (!b[j].link && !b[j].taken && cognate(&a[i], &b[j])) {
                b[j].taken = 1;
                pairs++;
                break;
            }
    }
    return pairs >= 2 && pairs * 2 >= words;
}

/* Whether the word a[0..n) (ASCII, any case) is written with a piece of
 * each capitalised word of the name words w[from..nw), in order: a piece
 * starts with its word's first letter and takes more of its letters in
 * order ("Ba" "kam" "la" of "Badan Keamanan Laut"). */
static int pieces_fit(const char *a, size_t n, const char *const *w, const size_t *wl, size_t from,
                      size_t nw) {
    if (from == nw)
        return n == 0;
    if (n == 0 || ascii_lower(a[0]) != ascii_lower(w[from][0]))
        return 0;
    size_t k = 1, p = 1;
    for (;;) {
        if (pieces_fit(a + k, n - k, w, wl, from + 1, nw))
            return 1;
        if (k == n)
            return 0;
        while (p < wl[from] && ascii_lower(w[from][p]) != ascii_lower(a[k]))
            p++;
        if (p == wl[from])
            return 0;
        p++;
        k++;
    }
}

int rs_syllabic_of(const char *a, size_t n, const char *nm) {
    const char *w[8];
    size_t wl[8], nw = 0, caps = 0;
    char folded[256];
    size_t fl = rs_drop_accents(nm, strlen(nm), folded, sizeof folded - 1);
    if (fl) {
        folded[fl] = '\0';
        nm = folded; /* "Elétricas": the acronym writes "Ele" */
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)a[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')))
            return 0;
        caps += ch >= 'A' && ch <= 'Z';
    }
    if (n < 5 || caps == n)
        return 0;
    for (const char *p = nm; *p;) {
        const char *q = strchr(p, ' ');
        size_t l = q ? (size_t)(q - p) : strlen(p);
        if (l && *p >= 'A' && *p <= 'Z') {
            if (nw == 8)
                return 0;
            w[nw] = p;
            wl[nw++] = l;
        }
        p = q ? q + 1 : p + l;
    }
    if (nw >= 1 && n >= wl[0]) {
        size_t k = 0;
        while (k < wl[0] && ascii_lower(a[k]) == ascii_lower(w[0][k]))
            k++;
        if (k == wl[0])
            return 0; /* "Vodafone" is no syllable of "Vodafone Egypt" */
    }
    if (nw >= 2 && n > nw + 1 && pieces_fit(a, n, w, wl, 0, nw))
        return 1;
    /* without a generic first word: "Eletrobras" of "Centrais Elétricas
     * Brasileiras" */
    return nw >= 3 && n > nw && pieces_fit(a, n, w, wl, 1, nw);
}

/* A discovered body whose name another body of the article is written as,
 * in one word made of syllables of its words, is that body: "the Badan
 * Keamanan Laut" and "the Indonesian Maritime Security Agency (Bakamla)";
 * "the Agência Nacional de Vigilância Sanitária" and "the National Health
 * Surveillance Agency, known as Anvisa".
 * Sets *changed when a mention moved. 0 always. */
/* Are a and b, set side by side in apposition, one body's names in two
 * languages? One is foreign (a foreign joining word, an elided article or
 * a letter outside ASCII) and the other not, and two words or more of the
 * one pair with words of the other, in any order ("Front pour l’Alternance
 * et la Concorde au Tchad" and "Front for Change and Concord in Chad").
 * rs_apposed_pairs gives the number of words that pair (0 when both names
 * or neither are foreign). */
int rs_apposed_names(const char *a, const char *b) {
    return rs_apposed_pairs(a, b) >= 2;
}

size_t rs_apposed_pairs(const char *a, const char *b) {
    tword aw[TWORDS], bw[TWORDS];
    int fa, fb;
    size_t na = name_words(a, strlen(a), aw, TWORDS, &fa);
    size_t nb = name_words(b, strlen(b), bw, TWORDS, &fb);
    if (!na || !nb || fa == fb)
        return 0;
    tword *nw = fa ? aw : bw, *ew = fa ? bw : aw;
    size_t nn = fa ? na : nb, en = fa ? nb : na, pairs = 0;
    for (size_t i = 0; i < nn; i++) {
        if (nw[i].link)
            continue;
        for (size_t j = 0; j < en; j++)
            if (!ew[j].link && !ew[j].taken && cognate(&nw[i], &ew[j])) {
                ew[j].taken = 1;
                pairs++;
                break;
            }
    }
    return pairs;
}

int rs_pass_syllabic(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        const eg_token *t = &doc->toks.v[m->tok_begin];
        if (m->tok_end - m->tok_begin != 1 || !is_body(c, m->ent) || !is_word(t) ||
            !(t->flags & EG_TOK_CAP))
            continue;
        uint32_t to = m->ent, from = NONE;
        for (uint32_t f = 0; f < doc->ents.n; f++) {
            if (f == to || doc->ents.v[f].gaz >= 0 || !doc->ents.v[f].mentions || !is_body(c, f) ||
                !rs_syllabic_of(doc->text + t->start, t->len, ent_name(c, f)))
                continue;
            if (from != NONE) {
                from = NONE;
                break;
            }
            from = f;
        }
        if (from == NONE)
            continue;
        for (size_t j = 0; j < doc->ments.n; j++)
            if (doc->ments.v[j].ent == from) {
                eg_doc_move_mention(doc, &doc->ments.v[j], to);
                *changed = 1;
            }
    }
    return 0;
}

/* A body the article names in its own language and in English (or by an
 * acronym of the name in its own language) is one body:
 *  - a discovered body whose initials, 3 or more, are written as the
 *    acronym of exactly one other body, which that body's own name does not
 *    spell, joins that body when the list gives it the acronym ("Komisi
 *    Pemberantasan Korupsi" and "KPK" of the listed Corruption Eradication
 *    Commission) or half the words of the two names look alike
 *    ("Direcția Națională Anticorupție" after "National Anticorruption
 *    Directorate (DNA)");
 *  - two bodies, one named in English and one in another language, whose
 *    names pair word by word (see same_body), when neither pairs with a
 *    third: "Comissão Eleitoral Nacional" and "National Electoral
 *    Commission", "Autoridad del Canal de Panamá" and the listed "Panama
 *    Canal Authority", "Cour des Comptes" and "Court of Auditors". A
 *    discovered body joins a listed one, or the one named later the one
 *    named first; two listed bodies stay apart.
 * Sets *changed when a mention moved. 0, or -1 on ENOMEM. */
/* How many words of the name nw[0..nn) are written in no word of ew[0..en)
 * but look like one ("Instituto" and "Institute", "Nacional" and
 * "National")? Two such words make a name with no joining word or letter
 * outside ASCII one in another language ("Instituto Nacional Electoral"
 * and "National Electoral Institute"; not "Labor Party" and "Labour Party"
 * of two countries). */
static size_t respelt(const tword *nw, size_t nn, const tword *ew, size_t en) {
    size_t k = 0;
    for (size_t i = 0; i < nn; i++) {
        if (nw[i].link)
            continue;
        int same = 0, like = 0;
        for (size_t j = 0; j < en && !same; j++) {
            if (ew[j].link)
                continue;
            same = nw[i].n == ew[j].n && memcmp(nw[i].f, ew[j].f, nw[i].n) == 0;
            like |= cognate(&nw[i], &ew[j]);
        }
        k += !same && like;
    }
    return k;
}

/* Is the native name nw[0..nn) written head first and the English name
 * ew[0..en) head last, neither with a joining word ("Tribunal Supremo
 * Electoral" and "Supreme Electoral Tribunal")? English writes its nouns'
 * modifiers before them; one word respelt then tells the languages apart
 * (not "Labor Party" and "Labour Party", the head last in both). */
static int head_last(const tword *nw, size_t nn, const tword *ew, size_t en) {
    if (nn < 2 || en < 2)
        return 0;
    for (size_t i = 0; i < nn; i++)
        if (nw[i].link)
            return 0;
    /* a trailing "of <place>" qualifier aside ("Central Bank of Brazil") */
    for (size_t j = 1; j + 1 < en; j++)
        if (ew[j].link && ew[j].qual == 0 && ew[j + 1].qual) {
            size_t q = j + 1;
            while (q < en && ew[q].qual)
                q++;
            if (q == en)
                en = j;
            break;
        }
    if (en < 2)
        return 0;
    for (size_t j = 0; j < en; j++)
        if (ew[j].link)
            return 0;
    return cognate(&nw[0], &ew[en - 1]) && !cognate(&nw[0], &ew[0]) &&
           !cognate(&nw[nn - 1], &ew[en - 1]);
}

/* The bytes of the apostrophe at s[i] (straight, or U+2018/U+2019), or 0. */
size_t rs_apostrophe_at(const char *s, size_t i, size_t n) {
    const unsigned char *u = (const unsigned char *)s + i;
    if (s[i] == '\'')
        return 1;
    return i + 2 < n && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x98 || u[2] == 0x99) ? 3 : 0;
}

/* The length of the start of a[0..na) that b[0..nb) spells, a straight
 * and a curly apostrophe alike ("Prosecutor’s Office" of "Prosecutor's
 * Office (Spain)"), or 0. */
static size_t quote_prefix(const char *a, size_t na, const char *b, size_t nb) {
    size_t i = 0, j = 0;
    while (j < nb) {
        if (i >= na)
            return 0;
        size_t qa = rs_apostrophe_at(a, i, na), qb = rs_apostrophe_at(b, j, nb);
        if (qa && qb) {
            i += qa;
            j += qb;
        } else if (a[i] == b[j]) {
            i++;
            j++;
        } else
            return 0;
    }
    return i;
}

/* Whether one of the names a and b is the other's first words ("Jeshi la
 * Polisi" and "Jeshi la Polisi Tanzania"): one body in one language. */
static int word_prefix(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    if (la > lb) {
        const char *t = a;
        a = b;
        b = t;
        size_t l = la;
        la = lb;
        lb = l;
    }
    return la < lb && b[la] == ' ' && memcmp(a, b, la) == 0;
}

/* The parts German compounds of courts and offices are made of, folded
 * ("Oberlandesgericht" is "ober" "landes" "gericht", the Higher Regional
 * Court; "Bundeskriminalamt" the Federal Criminal Police Office). Sorted;
 * their English words are in translations. */
static const char *const compound_parts[] = {
    "amt",      "amts", "arbeits", "bundes", "finanz",  "gericht", "gerichts",    "hof",
    "kriminal", "land", "landes",  "ober",   "polizei", "sozial",  "verfassungs", "verwaltungs",
};

/* Whether f[0..n) is written with parts of compound_parts, into w[k..max)
 * from the left; the number of parts then goes to *np. */
static int compound_fit(const char *f, size_t n, tword *w, size_t k, size_t max, size_t *np) {
    if (n == 0) {
        *np = k;
        return k >= 2;
    }
    if (k == max)
        return 0;
    for (size_t i = 0; i < sizeof compound_parts / sizeof compound_parts[0]; i++) {
        size_t l = strlen(compound_parts[i]);
        if (l > n || memcmp(f, compound_parts[i], l) != 0)
            continue;
        memcpy(w[k].f, f, l);
        w[k].f[l] = '\0';
        w[k].n = (uint8_t)l;
        w[k].link = w[k].qual = w[k].tail = w[k].taken = w[k].comma = 0;
        if (compound_fit(f + l, n - l, w, k + 1, max, np))
            return 1;
    }
    return 0;
}

/* A one-word name made of compound_parts ("Verwaltungsgericht") as its
 * parts, one word each, so that they pair with the English name's words
 * ("Administrative Court"); the name is foreign then. Returns the number
 * of words of the name (1 when it is no such compound). */
static size_t split_compound(tname *t) {
    tword parts[4];
    size_t np = 0;
    if (t->w[0].f[0] < 'a' || !compound_fit(t->w[0].f, t->w[0].n, parts, 0, 4, &np))
        return 1;
    memcpy(t->w, parts, np * sizeof parts[0]);
    t->foreign = 1;
    return np;
}

int rs_pass_translations(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    size_t ne = doc->ents.n;
    if (EG_VEC_RESERVE(c->formal, ne ? ne : 1) != 0)
        return -1;
    uint32_t *to = c->formal.v;
    uint32_t *first = c->first.v; /* from rs_build_forms */
    for (size_t e = 0; e < ne; e++)
        to[e] = NONE;
    /* a listed body's name without its qualifier: "National Electoral
     * Commission" and the listed "National Electoral Commission (São Tomé and
     * Príncipe)" the article names otherwise ("CEN") */
    for (size_t e = 0; e < ne; e++) {
        if (first[e] == NONE || !doc->ents.v[e].mentions || doc->ents.v[e].gaz >= 0 ||
            !is_body(c, (uint32_t)e))
            continue;
        const char *nm = ent_name(c, (uint32_t)e);
        size_t n = strlen(nm);
        uint32_t found = NONE;
        int many = 0;
        for (size_t f = 0; f < ne && !many; f++) {
            if (f == e || !doc->ents.v[f].mentions || doc->ents.v[f].gaz < 0 ||
                !is_body(c, (uint32_t)f))
                continue;
            const char *fn = ent_name(c, (uint32_t)f);
            size_t fl = strlen(fn);
            size_t q = quote_prefix(fn, fl, nm, n);
            if (q && fl > q + 3 && fn[q] == ' ' && fn[q + 1] == '(' && fn[fl - 1] == ')') {
                many = found != NONE;
                found = (uint32_t)f;
            }
        }
        if (found != NONE && !many)
            to[e] = found;
    }
    /* initials of a name in its own language */
    for (size_t e = 0; e < ne; e++) {
        if (first[e] == NONE || to[e] != NONE || !doc->ents.v[e].mentions ||
            doc->ents.v[e].gaz >= 0 || !is_body(c, (uint32_t)e))
            continue;
        const char *nm = ent_name(c, (uint32_t)e);
        char a[16];
        size_t n = name_initials(c, nm, strlen(nm), a, sizeof a);
        if (!n || has_mention_text(c, (uint32_t)e, a, n))
            continue;
        uint32_t f = acronym_owner(c, (uint32_t)e, a, n);
        if (f != NONE && to[f] == NONE &&
            (listed_form(c, f, a, n) || half_alike(c, (uint32_t)e, f)))
            to[e] = f;
    }
    /* a name and its translation: every body's name as words, made once */
    if (EG_VEC_RESERVE(c->tnames, ne ? ne : 1) != 0)
        return -1;
    tname *tn = c->tnames.v;
    for (size_t e = 0; e < ne; e++) {
        tn[e].n = 0;
        tn[e].lead = NONE;
        if (first[e] != NONE && doc->ents.v[e].mentions && is_body(c, (uint32_t)e)) {
            const char *nm = ent_name(c, (uint32_t)e);
            tn[e].n = name_words(nm, strlen(nm), tn[e].w, TWORDS, &tn[e].foreign);
            if (tn[e].n == 1)
                tn[e].n = split_compound(&tn[e]);
        }
    }
    /* the places and countries the article names, as up to four words, made
     * once for article_place and lead_place */
    c->tplaces.n = 0;
    for (size_t e = 0; e < ne; e++) {
        const char *t = ent_type(c, (uint32_t)e);
        if (!doc->ents.v[e].mentions || (t[0] != 'c' && t[0] != 'l') ||
            (strcmp(t, "country") != 0 && strcmp(t, "location") != 0))
            continue;
        tname *p = EG_VEC_PUSH(c->tplaces);
        if (!p)
            return -1;
        const char *nm = ent_name(c, (uint32_t)e);
        p->n = name_words(nm, strlen(nm), p->w, 4, &p->foreign);
        if (!p->n)
            c->tplaces.n--; /* no use to either */
    }
    for (size_t e = 0; e < ne; e++) {
        if (tn[e].n < 2 || to[e] != NONE)
            continue;
        tword *nw = tn[e].w;
        size_t nn = tn[e].n;
        int fe = tn[e].foreign;
        uint32_t match = NONE;
        int many = 0;
        for (size_t f = 0; f < ne && !many; f++) {
            if (f == e || tn[f].n < 2 || tn[f].foreign || to[f] != NONE ||
                (doc->ents.v[e].gaz >= 0 && doc->ents.v[f].gaz >= 0))
                continue;
            const tword *ew = tn[f].w;
            size_t en = tn[f].n;
            if (!same_body(c, nw, nn, ew, en, ent_name(c, (uint32_t)f), &tn[f].lead) ||
                (!fe && respelt(nw, nn, ew, en) < (head_last(nw, nn, ew, en) ? 1u : 2u)))
                continue;
            many = match != NONE;
            match = (uint32_t)f;
        }
        if (match == NONE || many)
            continue;
        /* the English name pairs with no other name in another language */
        const tword *ew = tn[match].w;
        size_t en = tn[match].n;
        for (size_t g = 0; g < ne && !many; g++) {
            if (g == e || g == match || tn[g].n < 2 || !tn[g].foreign ||
                word_prefix(ent_name(c, (uint32_t)g), ent_name(c, (uint32_t)e)))
                continue;
            many = same_body(c, tn[g].w, tn[g].n, ew, en, ent_name(c, match), &tn[match].lead);
        }
        if (many)
            continue;
        uint32_t a = (uint32_t)e, b = match; /* a moves to b */
        if (doc->ents.v[b].gaz < 0 && (doc->ents.v[a].gaz >= 0 || first[b] > first[a])) {
            a = match;
            b = (uint32_t)e;
        }
        to[a] = b;
    }
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t dst = to[m->ent];
        if (dst == NONE)
            continue;
        while (to[dst] != NONE && to[dst] != m->ent)
            dst = to[dst];
        eg_doc_move_mention(doc, m, dst);
        *changed = 1;
    }
    return 0;
}

/* English words that end a national service's name after its field ("Swedish
 * Police Authority", "Norwegian Police Service"). */
static const char *const service_heads[] = {"administration", "agency", "authority", "department",
                                            "force",          "office", "service"};

/* Words of a national service's name in its own language that head it
 * before its field and that English names leave out ("Direction générale
 * des Douanes", "Dirección General de Aduanas"). Folded, sorted. */
static const char *const native_service_heads[] = {"direcao", "direccion", "direction",
                                                   "general", "generale",  "geral"};

/* The one word of the native name nw[0..nn) that is neither a joining word
 * nor one of native_service_heads, and that translations gives an English
 * word (its field: "douanes", "polisen"), or NONE. */
static size_t service_field(const tword *nw, size_t nn) {
    size_t field = NONE;
    for (size_t i = 0; i < nn; i++) {
        if (nw[i].link || WORD_IN(native_service_heads, nw[i].f, nw[i].n))
            continue;
        if (field != NONE)
            return NONE;
        field = i;
    }
    if (field == NONE)
        return NONE;
    for (size_t r = 0; r < sizeof translations / sizeof translations[0]; r++) {
        size_t l = strlen(translations[r][0]);
        if (translations[r][0][0] == nw[field].f[0] && nw[field].n >= l &&
            memcmp(nw[field].f, translations[r][0], l) == 0)
            return field;
    }
    return NONE;
}

/* Is f's name, ew[0..en) in words, "<country or demonym> <field>" or
 * "<country or demonym> <field> <service head>" ("Ivorian Customs",
 * "Swedish Police Authority"), its field the English of native word w
 * and not w itself? */
static int national_service(const rctx *c, uint32_t f, const tword *ew, size_t en, const tword *w) {
    if (en < 2 || en > 3 || ew[0].link || ew[1].link ||
        (en == 3 && !WORD_IN(service_heads, ew[2].f, ew[2].n)))
        return 0;
    if ((w->n == ew[1].n && memcmp(w->f, ew[1].f, w->n) == 0) || !cognate(w, &ew[1]))
        return 0;
    const char *nm = ent_name(c, f);
    const char *sp = strchr(nm, ' ');
    return sp && rs_place_word(c, nm, (size_t)(sp - nm));
}

/* A national service the article names in its own language by its field
 * alone or with head words English leaves out ("Polisen", "Direction
 * générale des Douanes") and in English as "<demonym> <field> [<head>]"
 * ("Swedish Police Authority", "Ivorian Customs") is one body: the
 * discovered native name joins the one body of the article named so in
 * English. Sets *changed when a mention moved. 0 always. */
int rs_pass_native_services(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    tword nw[TWORDS], ew[TWORDS];
    for (uint32_t e = 0; e < doc->ents.n; e++) {
        if (doc->ents.v[e].gaz >= 0 || !doc->ents.v[e].mentions || !is_body(c, e))
            continue;
        const char *nm = ent_name(c, e);
        int fe, ff;
        size_t nn = name_words(nm, strlen(nm), nw, TWORDS, &fe);
        size_t field = nn ? service_field(nw, nn) : NONE;
        if (field == NONE)
            continue;
        uint32_t to = NONE;
        for (uint32_t f = 0; f < doc->ents.n; f++) {
            if (f == e || f == to || !doc->ents.v[f].mentions || !is_body(c, f))
                continue;
            const char *fn = ent_name(c, f), *sp = strchr(fn, ' ');
            if (!sp || !(fn[0] >= 'A' && fn[0] <= 'Z'))
                continue;
            size_t en = name_words(fn, strlen(fn), ew, TWORDS, &ff);
            if (ff || !national_service(c, f, ew, en, &nw[field]))
                continue;
            if (to != NONE) {
                to = NONE;
                break;
            }
            to = f;
        }
        if (to == NONE)
            continue;
        if (eg_doc_move_entity(doc, e, to))
            *changed = 1;
    }
    return 0;
}
