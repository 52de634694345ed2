/* resolve: builds each article entity's short forms from its mentions and
 * full name, merges entities the article names the same way, re-points rule
 * mentions that are short forms, then tags short forms in uncovered text;
 * ambiguous forms are recorded in doc->names. Lookups go through sorted
 * indexes so that the cost stays near linear in the article's length. */
#include "resolve.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"
#include "tokenize.h"
#include "utf8.h"

#define NONE UINT32_MAX
#define MAX_FORM_TOKENS 8
/* The issue asks for misspellings "in a name of six letters or more" and gives
 * "Mr Smiht" after "John Smith" as its example; Smith has five letters, so the
 * six letters are read as the full name and a surname needs five. */
#define MISSPELL_MIN_LETTERS 5
/* Given names shorter than this never stand for a person on their own. */
#define GIVEN_MIN_LETTERS 3

/* Records of ambiguous forms in doc->names start with this byte; records of
 * an earlier eg_resolve on the same doc are retired to DEAD. */
#define LIVE '\x01'
#define DEAD '\x02'

enum {
    F_EXACT,
    F_SURNAME,
    F_FIRST,
    F_ACRONYM,
    F_REVERSED,
    F_BASE,
    F_HEAD,
    F_DOUBLE,
    F_GIVEN,
    F_HEADFIRST, /* a body's acronym with its head word first, keyed by headfirst_key */
    F_RIVER      /* "Tapajós" of "Tapajós River": counts only after "the" */
};

/* Keys of F_HEADFIRST forms start with this prefix, which no text span can. */
#define HEADFIRST_PREFIX "#headfirst:"
/* Shorter acronyms are too common to stand for a body by their letters
 * alone ("EU", "UN"). */
#define HEADFIRST_MIN_LETTERS 3

/* First words of organisation names too generic to stand for the name,
 * and sector nouns ("Oil" of "Kuwait Oil Company"), which a sentence may
 * start with as common nouns ("Oil provides 90% of revenue"); the words
 * parties, unions and federations open with ("Civic" of "Civic Democratic
 * Party", "Basque" of "Basque Nationalist Party"), which stand for an
 * idea, a people or a body of any kind; the Arabic article of "Al Gharafa"
 * (else every later "Al" of "Al-Arabi" would be that club). Sorted. */
static const char *const generic_first[] = {
    "Air",           "Airlines",     "Al",
    "Alliance",      "American",     "Arctic",
    "Asian",         "Association",  "Atlantic",
    "Baltic",        "Bank",         "Basque",
    "Big",           "Black",        "Blue",
    "British",       "Capital",      "Catalan",
    "Cement",        "Central",      "Chamber",
    "Christian",     "Citizens",     "City",
    "Civic",         "Communist",    "Confederation",
    "Conservative",  "Construction", "Constructora",
    "Croat",         "Democratic",   "Digital",
    "East",          "Eastern",      "El",
    "Electric",      "Electricity",  "Energy",
    "European",      "Federal",      "Federation",
    "Financiera",    "First",        "Free",
    "Freedom",       "Future",       "Galician",
    "Gas",           "General",      "Global",
    "Golden",        "Grand",        "Great",
    "Green",         "Gulf",         "Independent",
    "Industrias",    "Inmobiliaria", "Insurance",
    "International", "Inversiones",  "Investment",
    "Islamic",       "Joint",        "Justice",
    "Kurdish",       "Labor",        "Labour",
    "Law",           "Left",         "Liberal",
    "Minera",        "Mineração",    "Minero",
    "Mining",        "Modern",       "Motor",
    "Motors",        "Movement",     "National",
    "Naviera",       "New",          "Nordic",
    "North",         "Northern",     "Oil",
    "Old",           "Pacific",      "Party",
    "Patriotic",     "Peace",        "People",
    "Peoples",       "Pesquera",     "Petrolera",
    "Petroleum",     "Popular",      "Ports",
    "Power",         "Premier",      "Prime",
    "Private",       "Progressive",  "Public",
    "Radical",       "Rail",         "Railways",
    "Red",           "Reform",       "Republican",
    "Revolutionary", "Royal",        "Serb",
    "Shipping",      "Social",       "Socialist",
    "Society",       "Solidarity",   "South",
    "Southern",      "Standard",     "State",
    "Steel",         "Strategic",    "Sugar",
    "Tamil",         "Telecom",      "The",
    "Trading",       "Union",        "United",
    "Unity",         "Universal",    "Water",
    "West",          "Western",      "Workers",
    "World",
};

/* Second words of two-word company names that writers drop from the first
 * mention on, even before the full name ("hired Beacon, a cyber-security
 * firm ... Beacon Labs said"). Sorted. */
static const char *const company_tails[] = {
    "Analytics", "Capital",   "Consulting", "Group",    "Holding",      "Holdings",
    "Labs",      "Logistics", "Partners",   "Security", "Technologies", "Ventures",
};

/* Words for public bodies that stand for the whole name after "the" when the
 * article has named one such body: "the Commission", "the Ministry". */
static const char *const body_heads[] = {
    "Agency",       "Assembly", "Authority", "Bank",       "Bureau",      "Commission",
    "Committee",    "Council",  "Court",     "Department", "Directorate", "Fund",
    "Inspectorate", "Ministry", "Office",    "Parliament", "Police",      "Prosecutor",
    "Regulator",    "Senate",   "Service",   "Tribunal",
};

/* English words that join the parts of a body's name ("Department of
 * Justice", "Office for Budget Responsibility"). */
static const char *const english_links[] = {"and", "for", "in", "of", "on", "the", "to"};

/* Legal forms that end company names and are often left out ("Baltic Freight
 * Lines" for "Baltic Freight Lines Ltd"). */
static const char *const legal_forms[] = {
    "AB",      "AG",   "AS",          "ASA",  "ApS",    "B.V.", "BV",           "Berhad", "Bhd",
    "Co",      "Corp", "Corporation", "Cos",  "GmbH",   "Inc",  "Incorporated", "JSC",    "K.K.",
    "KG",      "KGaA", "KK",          "Kft",  "L.L.C.", "LLC",  "LLP",          "LP",     "Lda",
    "Limited", "Ltd",  "Ltda",        "N.V.", "NV",     "OJSC", "Oy",           "Oyj",    "PJSC",
    "PLC",     "Plc",  "Pte",         "Pty",  "Pvt",    "S.A.", "S.A.R.L.",     "S.L.",   "S.R.L.",
    "S.p.A.",  "SA",   "SARL",        "SE",   "SL",     "SRL",  "Sdn",          "SpA",    "Srl",
    "Tbk",     "ZAO",  "Zrt",         "a.s.", "d.o.o.", "e.V.", "gGmbH",        "plc",    "s.r.o.",
};

/* Generic heads of company names in other languages that writers leave
 * out after the first mention ("Ardesia" of "Banco Ardesia SpA", "Bimbo"
 * of "Grupo Bimbo", "Tacuarí" of "Naviera Tacuarí", "Falkenried" of "Bank
 * Falkenried"). Sorted. */
static const char *const dropped_heads[] = {
    "Banca",        "Banco",       "Bank",         "Banque",       "Compagnie",   "Companhia",
    "Compañía",     "Empresa",     "Groupe",       "Grupo",        "Gruppo",      "Laboratoire",
    "Laboratoires", "Laboratorio", "Laboratorios", "Laboratorium", "Laboratório", "Laboratórios",
    "Naviera",      "Sociedad",    "Société",
};

/* Heads of company and university names the rest of which stands for the
 * whole ("Horizonte" of "Rede Horizonte", "Serra Dourada" of "Mineração
 * Serra Dourada"): the generic heads and these. Sorted. */
static const char *const company_heads[] = {
    "Colegio",     "Editora",      "Faculdade",  "Instituto",  "Rede",
    "Universidad", "Universidade", "Università", "Université",
};

/* Legal forms that head company names ("PT Timah", "JSC Rusnano"). */
static const char *const lead_forms[] = {"CV", "JSC", "OAO", "OOO", "PAO", "PJSC", "PT", "ZAO"};

static const char *const name_suffixes[] = {"II", "III", "IV", "Jr", "Sr"};

/* Common East Asian family names, written first: "Choi" of "Choi Min-jun". */
static const char *const family_first[] = {
    "Ahn",   "Bae",   "Baek",  "Cai",    "Cao",   "Chang", "Chen", "Cheng", "Cho",  "Choi", "Chung",
    "Cui",   "Dai",   "Deng",  "Ding",   "Dong",  "Du",    "Fan",  "Fang",  "Feng", "Fu",   "Gao",
    "Gong",  "Gu",    "Guo",   "Han",    "Hao",   "He",    "Heo",  "Hong",  "Hou",  "Hu",   "Hua",
    "Huang", "Hwang", "Jang",  "Jeon",   "Jeong", "Jiang", "Jin",  "Jung",  "Kang", "Kim",  "Ko",
    "Kong",  "Kwon",  "Lee",   "Li",     "Liang", "Lim",   "Lin",  "Liu",   "Lu",   "Luo",  "Ma",
    "Meng",  "Moon",  "Nam",   "Nguyen", "Oh",    "Pan",   "Park", "Peng",  "Pham", "Qian", "Qin",
    "Ren",   "Rhee",  "Ryu",   "Seo",    "Shen",  "Shi",   "Shin", "Son",   "Song", "Su",   "Sun",
    "Tan",   "Tang",  "Tian",  "Tran",   "Wang",  "Wei",   "Wen",  "Wu",    "Xi",   "Xia",  "Xiao",
    "Xie",   "Xu",    "Yan",   "Yang",   "Yao",   "Ye",    "Yin",  "Yoo",   "Yoon", "Yu",   "Yuan",
    "Yun",   "Zeng",  "Zhang", "Zhao",   "Zheng", "Zhou",  "Zhu",  "Zou",
};

/* Honorifics that stand before a surname with a particle without making it
 * part of a longer name ("Mr van der Merwe"). */
static const char *const honorifics[] = {
    "Col", "Dr", "Gen", "Lady", "Lord", "Miss", "Mr", "Mrs", "Ms", "Mx", "Prof", "Sir",
};

static const char *const particles[] = {
    "al",  "ben", "bin", "da",  "das", "de", "del", "della", "den", "der", "di", "do",
    "dos", "du",  "el",  "ibn", "la",  "le", "ten", "ter",   "van", "von", "zu",
};

/* Words that join a place's name to its qualifier, after which writers drop
 * the qualifier ("Castellón" of "Castellón de la Plana", "Frankfurt" of
 * "Frankfurt am Main", "Newcastle" of "Newcastle upon Tyne"). */
static const char *const place_joins[] = {
    "am", "an", "da", "de", "del", "della", "di", "do", "dos", "du", "im", "sur", "upon",
};

/* First words of place names too generic to stand for the place ("Puerto" of
 * "Puerto de la Cruz", "Mar" of "Mar del Plata"). */
static const char *const generic_place[] = {
    "Bahia",  "Bahía", "Cabo", "Cape", "Ciudad", "Costa",  "Golfo", "Gulf",  "Isla",
    "Isle",   "Lago",  "Lake", "Mar",  "Monte",  "Mount",  "Playa", "Port",  "Porto",
    "Puerto", "Rio",   "Río",  "San",  "Santa",  "Sierra", "Valle", "Villa",
};

/* Words that head a sports club's name, before the name writers use alone
 * ("CD Almenara", "FC Porto", "Club Atlético Puerto Nuevo"). Sorted. */
static const char *const club_heads[] = {
    "AC",    "AD", "AS", "CA", "CD", "CF", "CS", "Club",
    "Clube", "FC", "FK", "NK", "SC", "SD", "SK", "UD",
};

/* Words after "Club" or "Clube" that still belong to the head ("Club
 * Atlético", "Clube Desportivo"). Sorted. */
static const char *const club_seconds[] = {
    "Atletico", "Atlético", "Deportivo", "Desportivo", "Esportivo", "Social", "Sportivo",
};

/* Words that head a state's formal name: "Congo" of "Republic of the Congo",
 * "Korea" of "Republic of Korea". */
static const char *const state_heads[] = {
    "Commonwealth", "Duchy",    "Emirate", "Federation", "Kingdom",
    "Principality", "Republic", "State",   "Sultanate",  "Union",
};

static int cmp_cstr(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int word_in(const char *const *list, size_t n, const char *s, size_t len) {
    char buf[24];
    if (len == 0 || len >= sizeof buf)
        return 0;
    memcpy(buf, s, len);
    buf[len] = '\0';
    const char *key = buf;
    return bsearch(&key, list, n, sizeof *list, cmp_cstr) != NULL;
}

#define WORD_IN(list, s, len) word_in(list, sizeof list / sizeof list[0], s, len)

typedef struct form {
    uint32_t off, len;  /* as written (whitespace folded) in rc->str */
    uint32_t k0, k0len; /* matching key: quotes and dashes folded */
    uint32_t k1, k1len; /* matching key with case folded too */
    uint32_t ent;
    uint32_t kind;
    uint32_t pos;     /* start of the mention the form came from */
    uint32_t letters; /* code points, for single-word surnames; else 0 */
    uint32_t part;    /* the first word of a double surname ("Arce" of "Arce Vindas") */
} form;

/* A form's matching key, for the sorted indexes. */
typedef struct keyref {
    const char *k;
    uint32_t len;
    uint32_t form;
    uint64_t pre; /* the key's first 8 bytes, big-endian, zero-padded: a quick first compare */
} keyref;

/* An entity written one way (its name, or a mention's text), seen by a
 * build of the form table in this article: the forms it gives are kept as
 * templates (their strings stay in rctx.str), so that a later build replays
 * them instead of deriving them again, and the earliest positions its exact
 * and derived forms were added with in the current build, so that a later
 * mention written the same way adds nothing new. */
typedef struct textseen {
    uint32_t ent, hash;
    uint32_t off, len;              /* the text, in rctx.str */
    uint32_t exact;                 /* its F_EXACT form in rctx.tmpl */
    uint32_t dbeg, dend;            /* its derived forms in rctx.tmpl; dbeg NONE: not derived */
    uint32_t exact_pos, derive_pos; /* in the current build; NONE: not added */
} textseen;

/* A surname or given-name form of 4+ letters, for misspelling lookups. */
typedef struct missref {
    uint32_t kind, letters, part;
    const char *k;
    uint32_t len;
    uint32_t ent, pos, form;
} missref;

/* An article entity by canonical name. */
typedef struct nameref {
    const char *name;
    uint32_t ent;
} nameref;

typedef struct cpvec {
    uint32_t *v;
    size_t n, cap;
} cpvec;

typedef struct fit {
    uint32_t ent;
    uint32_t pos;   /* earliest fitting form */
    uint32_t kinds; /* bit per F_* */
} fit;

struct eg_resolver {
    const eg_gazetteer *g;
    eg_doc *doc;
    eg_strbuf str;
    EG_VEC(form) forms;
    EG_VEC(keyref) by0; /* forms sorted by k0 */
    EG_VEC(keyref) by1; /* by k1 */
    EG_VEC(keyref) sorttmp;
    EG_VEC(textseen) tseen; /* see build_forms */
    EG_VEC(form) tmpl;      /* forms of tseen entries (pos unused) */
    uint32_t *tslot;        /* open-addressing index of tseen (index + 1) */
    size_t tslotcap;
    EG_VEC(missref) miss;  /* name words for misspellings, see build_miss */
    EG_VEC(nameref) names; /* entities by name, see build_names */
    eg_strbuf namestr;     /* the names they point to */
    EG_VEC(uint8_t) seen;  /* by entity: mentioned before the mention in hand */
    EG_VEC(uint32_t) late; /* entities added since build_names and seen */
    EG_VEC(eg_token) ntok; /* tokens of a name being analysed */
    EG_VEC(fit) fits;
    EG_VEC(uint32_t) cover;
    EG_VEC(eg_mention) add;
    EG_VEC(uint8_t) removed;
    cpvec cpa, cpb; /* code points of the two words being compared */
    eg_strbuf tmp, key, rec, rev;
    EG_VEC(uint32_t) first;  /* by entity: start of its first mention (build_forms) */
    EG_VEC(uint32_t) formal; /* by entity: where its mentions move (pass_formal_names); counts */
    EG_VEC(struct tname) tnames; /* by entity: its name's words (pass_translations) */
};

typedef struct eg_resolver rctx;

static void rctx_destroy(rctx *c) {
    free(c->first.v);
    free(c->formal.v);
    free(c->tnames.v);
    eg_strbuf_destroy(&c->str);
    free(c->forms.v);
    free(c->by0.v);
    free(c->by1.v);
    free(c->sorttmp.v);
    free(c->tseen.v);
    free(c->tmpl.v);
    free(c->tslot);
    free(c->miss.v);
    free(c->names.v);
    eg_strbuf_destroy(&c->namestr);
    free(c->seen.v);
    free(c->late.v);
    free(c->ntok.v);
    free(c->fits.v);
    free(c->cover.v);
    free(c->add.v);
    free(c->removed.v);
    free(c->cpa.v);
    free(c->cpb.v);
    eg_strbuf_destroy(&c->tmp);
    eg_strbuf_destroy(&c->key);
    eg_strbuf_destroy(&c->rec);
    eg_strbuf_destroy(&c->rev);
}

static const char *ent_name(const rctx *c, uint32_t e) {
    const eg_docent *d = &c->doc->ents.v[e];
    return d->gaz >= 0 ? eg_gazetteer_name(c->g, (size_t)d->gaz) : c->doc->names.data + d->name_off;
}

static const char *ent_type(const rctx *c, uint32_t e) {
    const eg_docent *d = &c->doc->ents.v[e];
    return d->gaz >= 0 ? eg_gazetteer_type(c->g, (size_t)d->gaz) : c->doc->names.data + d->type_off;
}

static int is_person(const rctx *c, uint32_t e) {
    return strcmp(ent_type(c, e), "person") == 0;
}

static int is_body(const rctx *c, uint32_t e) {
    const char *t = ent_type(c, e);
    return strcmp(t, "organisation") == 0 || strcmp(t, "agency") == 0;
}

/* Moves every mention of entity `from` to `to` as a short form; sets
 * *changed when one moved. */
static void move_all_mentions(rctx *c, uint32_t from, uint32_t to, int *changed) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (m->ent != from)
            continue;
        eg_doc_move_mention(doc, m, to);
        m->origin = EG_ORIGIN_SHORT;
        *changed = 1;
    }
}

/* Whether fold_space would copy s[0..n) unchanged: no leading, trailing or
 * doubled ' ', no other ASCII whitespace, and no lead byte of a non-ASCII
 * space (U+0085, U+00A0, U+1680, U+2000-U+205F, U+3000, U+FEFF). */
static int space_folded(const char *s, size_t n) {
    if (n && (s[0] == ' ' || s[n - 1] == ' '))
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == ' ' ? s[i + 1] == ' '
                      : (ch >= '\t' && ch <= '\r') || ch == 0xC2 || ch == 0xE1 || ch == 0xE2 ||
                            ch == 0xE3 || ch == 0xEF)
            return 0;
    }
    return 1;
}

/* Appends s with whitespace runs folded to one space (ends trimmed). */
static int fold_space(const char *s, size_t n, eg_strbuf *sb) {
    if (space_folded(s, n))
        return eg_strbuf_append(sb, s, n);
    if (eg_strbuf_reserve(sb, n) != 0) /* the result is never longer */
        return -1;
    char *out = sb->data + sb->len;
    size_t i = 0, o = 0;
    int pend = 0, any = 0;
    while (i < n) {
        unsigned char ch = (unsigned char)s[i];
        size_t k = 1;
        int space;
        if (ch < 0x80) {
            space = ch == ' ' || (ch >= '\t' && ch <= '\r');
        } else {
            uint32_t cp;
            k = eg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
            space = (eg_utf8_class(cp) & EG_UTF8_SPACE) != 0;
        }
        if (space) {
            pend = any;
            i += k;
            continue;
        }
        if (pend)
            out[o++] = ' ';
        pend = 0;
        any = 1;
        for (size_t e = i + k; i < e; i++)
            out[o++] = s[i];
    }
    sb->len += o;
    sb->data[sb->len] = '\0';
    return 0;
}

static uint32_t count_letters(const char *s, size_t n) {
    uint32_t k = 0;
    for (size_t i = 0; i < n;) {
        unsigned char ch = (unsigned char)s[i];
        if (ch < 0x80) {
            k += (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
            i++;
            continue;
        }
        uint32_t cp;
        i += eg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        k += (eg_utf8_class(cp) & EG_UTF8_LETTER) != 0;
    }
    return k;
}

static char base_letter(uint32_t cp);
static size_t space_hyphens(const char *s, size_t n, char *buf, size_t size);

/* s[0..n) with its accented Latin letters written without the accent
 * ("Simsek" of "Şimşek", "Compania" of "Compañía") into buf; 0 when it has
 * none or buf is too short. */
static size_t drop_accents(const char *s, size_t n, char *buf, size_t size) {
    size_t k = 0;
    int any = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t l = eg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        char b = cp >= 0x80 ? base_letter(cp) : 0;
        if (k + l >= size)
            return 0;
        if (b) {
            buf[k++] = eg_utf8_lower(cp) != cp ? (char)(b - 'a' + 'A') : b;
            any = 1;
        } else {
            memcpy(buf + k, s + i, l);
            k += l;
        }
        i += l;
    }
    return any ? k : 0;
}

static int add_form(rctx *c, const char *s, size_t n, uint32_t ent, uint32_t kind, uint32_t pos) {
    if (n == 0)
        return 0;
    form *f = EG_VEC_PUSH(c->forms);
    if (!f)
        return -1;
    f->ent = ent;
    f->kind = kind;
    f->pos = pos;
    f->off = (uint32_t)c->str.len;
    f->len = (uint32_t)n;
    if (eg_strbuf_append(&c->str, s, n) != 0)
        return -1;
    f->k0 = (uint32_t)c->str.len;
    if (eg_fold(s, n, 0, &c->str) != 0)
        return -1;
    f->k0len = (uint32_t)(c->str.len - f->k0);
    f->k1 = (uint32_t)c->str.len;
    if (eg_fold(s, n, EG_FOLD_CASE, &c->str) != 0)
        return -1;
    f->k1len = (uint32_t)(c->str.len - f->k1);
    f->letters =
        ((kind == F_SURNAME || kind == F_GIVEN) && !memchr(s, ' ', n)) ? count_letters(s, n) : 0;
    f->part = 0;
    if (kind == F_EXACT || kind == F_ACRONYM || kind == F_HEADFIRST)
        return 0;
    /* a derived form written without its accents ("Simsek" of "Mehmet
     * Şimşek") or with a space for its hyphen ("Pérez Ortega" of "Ana María
     * Pérez-Ortega", "Boreal Vest Shipping" of "Boreal-Vest Shipping AS") */
    char plain[256], spaced[256];
    size_t np = drop_accents(s, n, plain, sizeof plain),
           ns = space_hyphens(s, n, spaced, sizeof spaced);
    if (np && add_form(c, plain, np, ent, kind, pos) != 0)
        return -1;
    return ns ? add_form(c, spaced, ns, ent, kind, pos) : 0;
}

/* s[0..n) with a space for each hyphen between two letters into buf; 0
 * when it has none or buf is too short. */
static size_t space_hyphens(const char *s, size_t n, char *buf, size_t size) {
    if (n >= size || !memchr(s, '-', n))
        return 0;
    int any = 0;
    memcpy(buf, s, n);
    for (size_t i = 1; i + 1 < n; i++)
        if (buf[i] == '-' && buf[i - 1] != ' ' && buf[i + 1] != ' ' && buf[i - 1] != '-' &&
            buf[i + 1] != '-') {
            buf[i] = ' ';
            any = 1;
        }
    return any ? n : 0;
}

/* ---------------------------------------------------------------- deriving forms */

static int tokenize_name(rctx *c, const char *s, size_t n) {
    c->ntok.n = 0;
    return eg_tokenize_text(s, n, &c->ntok.v, &c->ntok.n, &c->ntok.cap);
}

static int is_word(const eg_token *t) {
    return (t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_POSS);
}

static int ntok_is(const char *s, const eg_token *t, const char *w) {
    size_t n = strlen(w);
    return t->len == n && memcmp(s + t->start, w, n) == 0;
}

static int ntok_hyphen(const char *s, const eg_token *t) {
    return ntok_is(s, t, "-") || ntok_is(s, t, "\xE2\x80\x90") || ntok_is(s, t, "\xE2\x80\x91");
}

static int ntok_attached(const eg_token *t) {
    return !(t->flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START));
}

static char ascii_lower(char ch) {
    return ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
}

/* Name words that Malay and Arabic names open with, which writers keep with
 * the given name after them for short ("Mohd Faizal" of "Mohd Faizal Abdul
 * Rahman", "Siti Aminah" of "Siti Aminah Yusof"). Sorted. */
static const char *const malay_first[] = {
    "Abdul", "Md",   "Mohamad", "Mohammad", "Mohd", "Muhamad", "Muhammad",
    "Nik",   "Noor", "Nor",     "Nur",      "Siti", "Wan",
};

static int derive_person(rctx *c, const char *s, size_t n, uint32_t ent, uint32_t pos) {
    if (tokenize_name(c, s, n) != 0)
        return -1;
    const eg_token *t = c->ntok.v;
    size_t nt = c->ntok.n, words = 0;
    for (size_t i = 0; i < nt; i++)
        words += is_word(&t[i]);
    if (words == 1 && nt == 1 && (t[0].flags & EG_TOK_CAP))
        return add_form(c, s, n, ent, F_SURNAME, pos); /* "Mr Doe" gave a person "Doe" */
    if (words < 2)
        return 0;
    if (words >= 3 && nt == words && WORD_IN(malay_first, s + t[0].start, t[0].len) &&
        (t[1].flags & EG_TOK_CAP) && !WORD_IN(malay_first, s + t[1].start, t[1].len) &&
        add_form(c, s + t[0].start, t[1].start + t[1].len - t[0].start, ent, F_SURNAME, pos) != 0)
        return -1; /* "Mohd Faizal" of "Mohd Faizal Abdul Rahman" */
    if (words <= 3 && nt >= 2 && is_word(&t[0]) && (t[0].flags & EG_TOK_CAP) &&
        (t[1].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START))) {
        const char *w = s + t[0].start;
        if (WORD_IN(family_first, w, t[0].len)) {
            if (add_form(c, w, t[0].len, ent, F_SURNAME, pos) != 0)
                return -1;
        } else if (!(t[0].flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)) &&
                   count_letters(w, t[0].len) >= GIVEN_MIN_LETTERS &&
                   !WORD_IN(honorifics, w, t[0].len) &&
                   add_form(c, w, t[0].len, ent, F_GIVEN, pos) != 0) {
            return -1; /* "Azman" of "Azman Rahim" */
        }
    }
    size_t last = nt;
    while (last > 0 && !is_word(&t[last - 1]))
        last--;
    if (!last)
        return 0;
    size_t li = last - 1;
    if (WORD_IN(name_suffixes, s + t[li].start, t[li].len) && words >= 3) {
        last = li;
        while (last > 0 && !is_word(&t[last - 1]))
            last--;
        if (!last)
            return 0;
        li = last - 1;
    }
    if (!(t[li].flags & EG_TOK_CAP))
        return 0;
    size_t start = li;
    while (start >= 2 && ntok_hyphen(s, &t[start - 1]) && ntok_attached(&t[start - 1]) &&
           ntok_attached(&t[start]) && is_word(&t[start - 2]))
        start -= 2;
    size_t tail = start;
    while (tail >= 2 && is_word(&t[tail - 1]) && !(t[tail - 1].flags & EG_TOK_CAP) &&
           WORD_IN(particles, s + t[tail - 1].start, t[tail - 1].len))
        tail--;
    if (tail == 0)
        return 0;
    size_t end = t[li].start + t[li].len;
    if (add_form(c, s + t[tail].start, end - t[tail].start, ent, F_SURNAME, pos) != 0)
        return -1;
    if (tail != start && s[t[tail].start] >= 'a' && s[t[tail].start] <= 'z') {
        /* "Von der Leyen" at the start of a sentence */
        eg_strbuf_clear(&c->tmp);
        if (eg_strbuf_putc(&c->tmp, (char)(s[t[tail].start] - 'a' + 'A')) != 0 ||
            eg_strbuf_append(&c->tmp, s + t[tail].start + 1, end - t[tail].start - 1) != 0 ||
            add_form(c, c->tmp.data, c->tmp.len, ent, F_SURNAME, pos) != 0)
            return -1;
    }
    if (tail != start || !(t[start].flags & EG_TOK_CAP) ||
        (li == start + 2 && (ntok_is(s, &t[start], "Al") || ntok_is(s, &t[start], "El")))) {
        /* "al-Assad" also as "Assad", "von der Leyen" as "Leyen", "Al-Shammari"
         * as "Shammari" */
        if (add_form(c, s + t[li].start, t[li].len, ent, F_SURNAME, pos) != 0)
            return -1;
    }
    if (nt == 3 && li == 2 && tail == 2 && words == 3 && (t[1].flags & EG_TOK_CAP) &&
        !(t[1].flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)) && (t[2].flags & EG_TOK_SPACE_BEFORE) &&
        !WORD_IN(family_first, s + t[0].start, t[0].len)) {
        /* a capitalised particle or a short prefix before the surname, which
         * writers keep: "Ben Slimane" of "Mehdi Ben Slimane", "Na Bitchita"
         * of "Augusto Na Bitchita", "Abu Shamsiyeh" of "Khaled Abu Shamsiyeh",
         * "Mba Ndong" of "Honoré Mba Ndong" */
        const eg_token *m = &t[1];
        char low[8];
        size_t ml = m->len;
        if (ml < sizeof low && (unsigned char)s[m->start] < 0x80) {
            memcpy(low, s + m->start, ml);
            low[0] = ascii_lower(low[0]);
            if ((WORD_IN(particles, low, ml) || count_letters(s + m->start, ml) <= 3) &&
                add_form(c, s + m->start, end - m->start, ent, F_SURNAME, pos) != 0)
                return -1;
        }
    }
    /* a particle before two surnames: "da Silva Pereira" (also "Da Silva
     * Pereira" opening a sentence) and "Silva Pereira" of "Marcos Antônio da
     * Silva Pereira" */
    if (tail == start && li >= 3 && words >= 4 && is_word(&t[li - 1]) &&
        (t[li - 1].flags & EG_TOK_CAP) && !(t[li - 1].flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)) &&
        (t[li].flags & EG_TOK_SPACE_BEFORE) && (t[li - 1].flags & EG_TOK_SPACE_BEFORE) &&
        is_word(&t[li - 2]) && !(t[li - 2].flags & EG_TOK_CAP) &&
        WORD_IN(particles, s + t[li - 2].start, t[li - 2].len) && (t[li - 3].flags & EG_TOK_CAP) &&
        count_letters(s + t[li - 1].start, t[li - 1].len) >= 3) {
        const eg_token *p = &t[li - 2], *m = &t[li - 1];
        if (add_form(c, s + m->start, end - m->start, ent, F_SURNAME, pos) != 0 ||
            add_form(c, s + p->start, end - p->start, ent, F_SURNAME, pos) != 0)
            return -1;
        if (s[p->start] >= 'a' && s[p->start] <= 'z') {
            eg_strbuf_clear(&c->tmp);
            if (eg_strbuf_putc(&c->tmp, (char)(s[p->start] - 'a' + 'A')) != 0 ||
                eg_strbuf_append(&c->tmp, s + p->start + 1, end - p->start - 1) != 0 ||
                add_form(c, c->tmp.data, c->tmp.len, ent, F_SURNAME, pos) != 0)
                return -1;
        }
    }
    /* a double surname after one given name or two: "Palacios" of "Ernesto
     * Palacios Rivas", "Camacho" of "Andrés Felipe Camacho Rodríguez", and
     * after an honorific "Palacios Rivas" ("Ms Ruiz Tapia") */
    int four = nt == 4 && li == 3 && tail == 3 && words == 4 && (t[1].flags & EG_TOK_CAP) &&
               !(t[1].flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)) &&
               (t[1].flags & EG_TOK_SPACE_BEFORE) && (t[2].flags & EG_TOK_SPACE_BEFORE) &&
               (t[3].flags & EG_TOK_SPACE_BEFORE) &&
               !WORD_IN(family_first, s + t[0].start, t[0].len);
    if ((nt == 3 && li == 2 && tail == 2 && words == 3) || four) {
        const eg_token *m = &t[li - 1];
        if ((m->flags & EG_TOK_CAP) && !(m->flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)) &&
            (t[0].flags & EG_TOK_CAP) && count_letters(s + m->start, m->len) >= 3 &&
            !WORD_IN(particles, s + m->start, m->len)) {
            size_t at = c->forms.n;
            if (add_form(c, s + m->start, m->len, ent, F_SURNAME, pos) != 0)
                return -1;
            for (; at < c->forms.n; at++)
                c->forms.v[at].part = 1;
            if (add_form(c, s + m->start, end - m->start, ent, F_DOUBLE, pos) != 0)
                return -1;
        }
    }
    return 0;
}

/* Joining words of bodies' names in other languages that their acronyms
 * keep as a small letter ("BdL", Banque du Liban). Sorted. */
static const char *const particle_initials[] = {"da", "de", "del", "des", "di", "do", "du"};

/* Initials of the capitalised words of tokens t[0..nt) of s into buf; with
 * `small` 1 also of/and/for/the (as capitals), with 2 the joining words of
 * particle_initials as small letters ("BdL"). Returns the length, 0 when a
 * word starts with a letter outside ASCII or buf is too short. */
static size_t initials(const char *s, const eg_token *t, size_t nt, int small, char *buf,
                       size_t size) {
    size_t k = 0;
    for (size_t i = 0; i < nt; i++) {
        const eg_token *w = &t[i];
        const char *p = s + w->start;
        if (!is_word(w))
            continue;
        if (w->flags & EG_TOK_DOTTED) {
            for (size_t j = 0; j < w->len; j++)
                if (p[j] != '.') {
                    if (k + 1 >= size)
                        return 0;
                    buf[k++] = p[j];
                }
            continue;
        }
        if (w->flags & EG_TOK_CAP) {
            if ((unsigned char)p[0] >= 0x80 || k + 1 >= size)
                return 0;
            buf[k++] = p[0];
        } else if (small == 1 && (ntok_is(s, w, "of") || ntok_is(s, w, "and") ||
                                  ntok_is(s, w, "for") || ntok_is(s, w, "the"))) {
            if (k + 1 >= size)
                return 0;
            buf[k++] = (char)(p[0] - 'a' + 'A');
        } else if (small == 2 && WORD_IN(particle_initials, p, w->len)) {
            if (k + 1 >= size)
                return 0;
            buf[k++] = p[0];
        }
    }
    buf[k] = '\0';
    return k;
}

/* The gazetteer entity whose form is w[0..n) if it is not entity e's own
 * entry, or -1. */
static long gaz_other_entry(const rctx *c, const char *w, size_t n, uint32_t e) {
    char buf[128];
    if (n >= sizeof buf)
        return -1;
    memcpy(buf, w, n);
    buf[n] = '\0';
    long k = eg_gazetteer_find(c->g, buf);
    return k >= 0 && k != c->doc->ents.v[e].gaz ? k : -1;
}

/* Whether gazetteer forms make `w` a name of something other than entity e. */
static int gaz_other(const rctx *c, const char *w, size_t n, uint32_t e) {
    return gaz_other_entry(c, w, n, e) >= 0;
}

/* gaz_other, except that a place the list only generated ("Sahab", a town
 * of Jordan) does not count: "Sahab" of "Sahab Cloud Company". */
static int gaz_other_strong(const rctx *c, const char *w, size_t n, uint32_t e) {
    long k = gaz_other_entry(c, w, n, e);
    return k >= 0 && !eg_rules_weak_place(c->g, (int32_t)k);
}

/* Whether the word names a listed place or country ("Shenzhen", "Hebei"). */
static int place_word(const rctx *c, const char *w, size_t n) {
    char buf[128];
    if (n >= sizeof buf)
        return 0;
    memcpy(buf, w, n);
    buf[n] = '\0';
    long k = eg_gazetteer_find(c->g, buf);
    if (k < 0) {
        /* "Panamá", "Perú": a place in its own language */
        size_t m = drop_accents(w, n, buf, sizeof buf - 1);
        if (!m)
            return 0;
        buf[m] = '\0';
        k = eg_gazetteer_find(c->g, buf);
        if (k < 0)
            return 0;
    }
    const char *t = eg_gazetteer_type(c->g, (size_t)k);
    return strcmp(t, "location") == 0 || strcmp(t, "country") == 0;
}

/* The reversed form of a body's name into `out` (cleared first; left empty
 * when there is none): "Head of X" -> "X Head", "X Head" -> "Head of X".
 * t[0..nt) are the name's tokens with `words` words. 0, or -1 on ENOMEM. */
static int reverse_name(const char *s, const eg_token *t, size_t nt, size_t words, eg_strbuf *out) {
    eg_strbuf_clear(out);
    size_t of = nt;
    for (size_t i = 1; i + 1 < nt; i++)
        if (ntok_is(s, &t[i], "of")) {
            of = i;
            break;
        }
    if (of < nt) {
        const eg_token *head = &t[of - 1];
        size_t x = of + 1;
        if (x < nt && ntok_is(s, &t[x], "the"))
            x++;
        size_t xw = 0;
        int ok = (head->flags & EG_TOK_CAP) && is_word(head) && x < nt;
        for (size_t i = x; i < nt && ok; i++) {
            if (is_word(&t[i]) && (t[i].flags & EG_TOK_CAP))
                xw++;
            else if (!(ntok_is(s, &t[i], "and") || ntok_is(s, &t[i], "&")))
                ok = 0;
        }
        if (ok && xw >= 1 && xw <= 4) {
            size_t xs = t[x].start, xe = t[nt - 1].start + t[nt - 1].len;
            if (eg_strbuf_append(out, s + xs, xe - xs) != 0 || eg_strbuf_putc(out, ' ') != 0 ||
                eg_strbuf_append(out, s + head->start, head->len) != 0)
                return -1;
        }
    } else if (words <= 5) {
        int ok = 1;
        for (size_t i = 0; i < nt && ok; i++)
            ok = is_word(&t[i]) && (t[i].flags & EG_TOK_CAP) &&
                 (i == 0 || (t[i].flags & EG_TOK_SPACE_BEFORE));
        if (ok) {
            const eg_token *head = &t[nt - 1];
            size_t xe = t[nt - 2].start + t[nt - 2].len;
            if (eg_strbuf_append(out, s + head->start, head->len) != 0 ||
                eg_strbuf_puts(out, " of ") != 0 || eg_strbuf_append(out, s, xe) != 0)
                return -1;
        }
    }
    return 0;
}

/* The F_HEADFIRST key of an acronym into out: HEADFIRST_PREFIX, the head's
 * letter, then the other letters rest[0..n) sorted. Romance languages put a
 * body's head noun first and its modifiers after it in either order, so
 * "TSE" (Tribunal Supremo Electoral) and "Supreme Electoral Tribunal" share
 * the key "T" + "ES", as do "TCP" and "Plurinational Constitutional
 * Tribunal". Returns the key's length, or 0 when the letters are not 3 or
 * more ASCII capitals or the key does not fit. */
static size_t headfirst_key(char head, const char *rest, size_t n, char *out, size_t size) {
    size_t p = sizeof HEADFIRST_PREFIX - 1;
    if (n + 1 < HEADFIRST_MIN_LETTERS || p + n + 2 > size || head < 'A' || head > 'Z')
        return 0;
    memcpy(out, HEADFIRST_PREFIX, p);
    out[p++] = head;
    for (size_t i = 0; i < n; i++) {
        char ch = rest[i];
        if (ch < 'A' || ch > 'Z')
            return 0;
        size_t j = p + i;
        while (j > p && out[j - 1] > ch) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = ch;
    }
    out[p + n] = '\0';
    return p + n;
}

static int derive_other(rctx *c, const char *s, size_t n, uint32_t ent, uint32_t pos, int org);

/* Shorter names of a place from its tokens t[0..nt): the capitalised words
 * before a joining particle ("Castellón" of "Castellón de la Plana") unless
 * they are generic, a stop word or listed for something else; of a country,
 * the name after the head of its formal name ("Congo" of "Republic of the
 * Congo"). 0, or -1 on ENOMEM. */
static int place_short_forms(rctx *c, const char *s, const eg_token *t, size_t nt, uint32_t ent,
                             uint32_t pos, int country) {
    if (country) {
        for (size_t i = 1; i + 1 < nt; i++) {
            if (!ntok_is(s, &t[i], "of"))
                continue;
            if (!is_word(&t[i - 1]) || !WORD_IN(state_heads, s + t[i - 1].start, t[i - 1].len))
                return 0;
            size_t x = i + 1;
            if (x < nt && ntok_is(s, &t[x], "the"))
                x++;
            if (x >= nt)
                return 0;
            for (size_t j = x; j < nt; j++)
                if (!is_word(&t[j]) || !(t[j].flags & EG_TOK_CAP))
                    return 0;
            size_t end = t[nt - 1].start + t[nt - 1].len;
            return add_form(c, s + t[x].start, end - t[x].start, ent, F_BASE, pos);
        }
        return 0;
    }
    size_t j = 0;
    while (j < nt && is_word(&t[j]) && (t[j].flags & EG_TOK_CAP) &&
           !(t[j].flags & (EG_TOK_ALLCAPS | EG_TOK_DOTTED)) &&
           (j == 0 || (t[j].flags & EG_TOK_SPACE_BEFORE)))
        j++;
    if (j == 0 || j + 1 >= nt || !(t[j].flags & EG_TOK_SPACE_BEFORE) ||
        !WORD_IN(place_joins, s + t[j].start, t[j].len))
        return 0;
    size_t q = j + 1; /* "de la Plana": the qualifier is capitalised */
    while (q < nt && is_word(&t[q]) && !(t[q].flags & EG_TOK_CAP))
        q++;
    if (q >= nt || !is_word(&t[q]) || !(t[q].flags & EG_TOK_CAP))
        return 0;
    size_t end = t[j - 1].start + t[j - 1].len;
    if (j == 1 &&
        (WORD_IN(generic_place, s, end) || count_letters(s, end) < 4 || eg_rules_stopword(s, end)))
        return 0;
    if (gaz_other(c, s, end, ent))
        return 0;
    return add_form(c, s, end, ent, F_BASE, pos);
}

/* "Tapajós" of "Tapajós River" and "Thames" of "River Thames", as writers
 * name a river after "the", when the name is one or two capitalised words
 * that are neither generic nor listed for something else ("the Indian" is
 * no ocean, and only rivers are named so). 0, or -1 on ENOMEM. */
static int river_form(rctx *c, const char *s, const eg_token *t, size_t nt, uint32_t ent,
                      uint32_t pos) {
    if (nt < 2 || nt > 3)
        return 0;
    size_t a = 0, b = nt; /* the name's words t[a..b) */
    if (ntok_is(s, &t[nt - 1], "River"))
        b = nt - 1;
    else if (ntok_is(s, &t[0], "River"))
        a = 1;
    else
        return 0;
    for (size_t i = a; i < b; i++)
        if (!is_word(&t[i]) || !(t[i].flags & EG_TOK_CAP) || (t[i].flags & EG_TOK_ALLCAPS))
            return 0;
    size_t start = t[a].start, end = t[b - 1].start + t[b - 1].len;
    if ((b - a == 1 && (WORD_IN(generic_place, s + start, end - start) ||
                        count_letters(s + start, end - start) < 4)) ||
        eg_rules_stopword(s + start, end - start) || gaz_other(c, s + start, end - start, ent))
        return 0;
    return add_form(c, s + start, end - start, ent, F_RIVER, pos);
}

/* Shorter names of a body that writers use after the full one:
 *   - "<Head> of [the] X1 and X2 ...": "Ministry of Mines" and "Mines
 *     Ministry" of "Ministry of Mines and Mining Development";
 *   - "<Body> of [the] <listed place>": the body without its place, with all
 *     the forms derived from that ("National Electoral Council" and "NEC" of
 *     "National Electoral Council of Honduras").
 * Tokenises s itself (c->ntok is reused). 0, or -1 on ENOMEM. */
/* Words that join a body's name to the place it serves in other languages
 * ("Autoridad del Canal de Panamá"). Sorted. */
static const char *const place_ofs[] = {"da", "de", "del", "di", "do", "du"};

/* Whether the article names a place or country written s[0..n) ("Tecún
 * Umán" from the dateline), or the gazetteer lists one. */
static int article_place_name(const rctx *c, const char *s, size_t n) {
    if (place_word(c, s, n))
        return 1;
    const eg_doc *doc = c->doc;
    for (size_t e = 0; e < doc->ents.n; e++) {
        if (!doc->ents.v[e].mentions)
            continue;
        const char *ty = ent_type(c, (uint32_t)e), *nm = ent_name(c, (uint32_t)e);
        if ((strcmp(ty, "location") == 0 || strcmp(ty, "country") == 0) && strlen(nm) == n &&
            memcmp(nm, s, n) == 0)
            return 1;
    }
    return 0;
}

/* A body's name that ends with the place it serves, without "of" ("Casa
 * del Migrante Tecún Umán", "Harbour Master's Office Dubrovnik"): the name
 * without that place, two words or more ending in a capitalised word, is a
 * form of it ("the Casa del Migrante"), unless the list names something
 * else so. t[0..nt) are the name's tokens. 0, or -1 on ENOMEM. */
static int place_tail_form(rctx *c, const char *s, size_t n, const eg_token *t, size_t nt,
                           uint32_t ent, uint32_t pos) {
    for (size_t k = 3; k >= 1; k--) {
        if (k + 2 > nt)
            continue;
        size_t b = nt - k;
        int ok = 1;
        for (size_t i = b; i < nt && ok; i++)
            ok = is_word(&t[i]) && (t[i].flags & EG_TOK_CAP) && !(t[i].flags & EG_TOK_ALLCAPS);
        if (!ok || !(t[b].flags & EG_TOK_SPACE_BEFORE))
            continue;
        const eg_token *l = &t[b - 1];
        if (!is_word(l) || !(l->flags & EG_TOK_CAP) || WORD_IN(place_ofs, s + l->start, l->len))
            continue;
        if (!article_place_name(c, s + t[b].start, n - t[b].start))
            continue;
        size_t words = 0;
        for (size_t i = 0; i < b; i++)
            words += is_word(&t[i]);
        size_t end = l->start + l->len;
        if (words < 2 || article_place_name(c, s, end) || gaz_other(c, s, end, ent))
            return 0;
        return add_form(c, s, end, ent, F_BASE, pos);
    }
    return 0;
}

static int body_short_forms(rctx *c, const char *s, size_t n, uint32_t ent, uint32_t pos, int org) {
    if (tokenize_name(c, s, n) != 0)
        return -1;
    if (c->doc->ents.v[ent].gaz < 0 &&
        place_tail_form(c, s, n, c->ntok.v, c->ntok.n, ent, pos) != 0)
        return -1;
    if (tokenize_name(c, s, n) != 0)
        return -1;
    const eg_token *t = c->ntok.v;
    size_t nt = c->ntok.n, of = nt, last_of = nt;
    for (size_t i = 1; i + 1 < nt; i++)
        if (ntok_is(s, &t[i], "of")) {
            if (of == nt)
                of = i;
            last_of = i;
        } else if (is_word(&t[i]) && WORD_IN(place_ofs, s + t[i].start, t[i].len)) {
            last_of = i; /* "Autoridad del Canal de Panamá" */
        }
    if (last_of == nt)
        return 0;
    if (of == 2 && !org && of + 1 < nt &&
        (ntok_is(s, &t[0], "High") || ntok_is(s, &t[0], "Supreme")) &&
        (ntok_is(s, &t[1], "Court") || ntok_is(s, &t[1], "Tribunal")) &&
        !ntok_is(s, &t[of + 1], "Appeal") && !ntok_is(s, &t[of + 1], "Appeals")) {
        /* "High Court" of "High Court of Cassation and Justice", "Supreme
         * Court" of "Supreme Court of Justice"; not of "Supreme Court of
         * Appeal", another court */
        if (add_form(c, s, t[1].start + t[1].len, ent, F_BASE, pos) != 0)
            return -1;
    }
    if (of < nt) {
        size_t x = of + 1;
        if (x < nt && ntok_is(s, &t[x], "the"))
            x++;
        size_t a = x;
        while (a < nt && is_word(&t[a]) && (t[a].flags & EG_TOK_CAP))
            a++;
        if (a > x && a + 1 < nt && a - x <= 3 &&
            (ntok_is(s, &t[a], "and") || ntok_is(s, &t[a], "&")) && is_word(&t[of - 1]) &&
            (t[of - 1].flags & EG_TOK_CAP)) {
            size_t x1e = t[a - 1].start + t[a - 1].len;
            if (add_form(c, s, x1e, ent, F_BASE, pos) != 0)
                return -1;
            eg_strbuf_clear(&c->tmp);
            if (eg_strbuf_append(&c->tmp, s + t[x].start, x1e - t[x].start) != 0 ||
                eg_strbuf_putc(&c->tmp, ' ') != 0 ||
                eg_strbuf_append(&c->tmp, s + t[of - 1].start, t[of - 1].len) != 0 ||
                add_form(c, c->tmp.data, c->tmp.len, ent, F_REVERSED, pos) != 0)
                return -1;
        }
        /* every field of "Head of X1, X2 and X3", as written and reversed ("Mines
         * Ministry" of "Ministry of Energy, Mines and Quarries") */
        if (a > x && a + 1 < nt && is_word(&t[of - 1]) && (t[of - 1].flags & EG_TOK_CAP)) {
            size_t fs[6], fe[6], nf = 0, k = x;
            for (;;) {
                size_t b = k;
                while (k < nt && is_word(&t[k]) && (t[k].flags & EG_TOK_CAP))
                    k++;
                if (k == b || k - b > 3 || nf == 6)
                    break;
                fs[nf] = b;
                fe[nf++] = k;
                if (k == nt)
                    break;
                if (ntok_is(s, &t[k], ","))
                    k++;
                if (k < nt && (ntok_is(s, &t[k], "and") || ntok_is(s, &t[k], "&")))
                    k++;
                if (k == fe[nf - 1])
                    break;
            }
            if (k == nt && nf >= 2) {
                size_t head_s = t[of - 1].start, head_l = t[of - 1].len, pre = t[x].start;
                for (size_t f = 1; f < nf; f++) {
                    size_t xs = t[fs[f]].start, xe = t[fe[f] - 1].start + t[fe[f] - 1].len;
                    eg_strbuf_clear(&c->tmp);
                    if (eg_strbuf_append(&c->tmp, s + xs, xe - xs) != 0 ||
                        eg_strbuf_putc(&c->tmp, ' ') != 0 ||
                        eg_strbuf_append(&c->tmp, s + head_s, head_l) != 0 ||
                        add_form(c, c->tmp.data, c->tmp.len, ent, F_REVERSED, pos) != 0)
                        return -1;
                    eg_strbuf_clear(&c->tmp);
                    if (eg_strbuf_append(&c->tmp, s, pre) != 0 ||
                        eg_strbuf_append(&c->tmp, s + xs, xe - xs) != 0 ||
                        add_form(c, c->tmp.data, c->tmp.len, ent, F_BASE, pos) != 0)
                        return -1;
                    if (tokenize_name(c, s, n) != 0)
                        return -1;
                    t = c->ntok.v;
                }
                if (!ntok_is(s, &t[fe[0]], "and") && !ntok_is(s, &t[fe[0]], "&")) {
                    size_t x1e = t[fe[0] - 1].start + t[fe[0] - 1].len;
                    if (add_form(c, s, x1e, ent, F_BASE, pos) != 0)
                        return -1;
                    eg_strbuf_clear(&c->tmp);
                    if (eg_strbuf_append(&c->tmp, s + t[x].start, x1e - t[x].start) != 0 ||
                        eg_strbuf_putc(&c->tmp, ' ') != 0 ||
                        eg_strbuf_append(&c->tmp, s + head_s, head_l) != 0 ||
                        add_form(c, c->tmp.data, c->tmp.len, ent, F_REVERSED, pos) != 0)
                        return -1;
                    if (tokenize_name(c, s, n) != 0)
                        return -1;
                    t = c->ntok.v;
                }
            }
        }
    }
    /* t may move when derive_other tokenises again: keep offsets only */
    size_t tail = last_of + 1;
    if (tail < nt && ntok_is(s, &t[tail], "the"))
        tail++;
    if (tail >= nt || last_of < 2 || !is_word(&t[last_of - 1]) ||
        !(t[last_of - 1].flags & EG_TOK_CAP))
        return 0;
    size_t base_end = t[last_of - 1].start + t[last_of - 1].len, tail_start = t[tail].start;
    size_t base_words = 0;
    for (size_t i = 0; i < last_of; i++)
        base_words += is_word(&t[i]);
    if (base_words < 2 || !place_word(c, s + tail_start, n - tail_start))
        return 0;
    if (add_form(c, s, base_end, ent, F_BASE, pos) != 0)
        return -1;
    if (!ntok_is(s, &t[last_of], "of"))
        return 0; /* "Autoridad del Canal": no acronym of it ("MP" of "Ministério Público") */
    return derive_other(c, s, base_end, ent, pos, org);
}

/* The number of leading tokens of t[0..capr) that a company's name starts
 * with and writers leave out: a listed place of one to three words
 * ("Tangshan", "Hai Phong") or a generic head ("Banco", "Grupo"); 0 when
 * none or nothing capitalised follows. */
static size_t dropped_lead(const rctx *c, const char *s, const eg_token *t, size_t capr) {
    if (capr >= 2 && WORD_IN(dropped_heads, s + t[0].start, t[0].len))
        return 1;
    /* a group's two-capital prefix before two words or more: "Hyundai
     * Heavy" of "HD Hyundai Heavy Industries" */
    if (capr >= 3 && t[0].len == 2 && (t[0].flags & EG_TOK_ALLCAPS) &&
        !(t[0].flags & EG_TOK_DOTTED) && (t[1].flags & EG_TOK_SPACE_BEFORE) &&
        !(t[1].flags & EG_TOK_ALLCAPS))
        return 1;
    for (size_t k = capr - 1 < 3 ? capr - 1 : 3; k >= 1 && capr >= 2; k--) {
        size_t end = t[k - 1].start + t[k - 1].len;
        if (place_word(c, s + t[0].start, end - t[0].start))
            return k;
    }
    return 0;
}

/* A company's name without the place or generic head it starts with, up
 * to its legal form (tokens t[0..base), capitalised words t[0..capr)):
 * that rest when two words or more and its leading words, two or more
 * ("Jinxi Steel Group" and "Jinxi Steel" of "Tangshan Jinxi Steel Group",
 * "Dragon Shipbuilding" of "Hai Phong Dragon Shipbuilding Corporation",
 * "Ferreira Tavares" of "Grupo Ferreira Tavares"), and its first word
 * ("Jinxi", "Ardesia" of "Banco Ardesia SpA", "Kaiyuan" of "Shenzhen
 * Kaiyuan Avionics", though a town of that name is generated) unless it is
 * generic, a body's head, a stop word or listed for something else. Forms
 * that are all places or listed names are left out. 0, or -1 on ENOMEM. */
static int rest_forms(rctx *c, const char *s, const eg_token *t, size_t base, size_t capr,
                      uint32_t ent, uint32_t pos) {
    if (capr < base || base < 2)
        return 0;
    size_t q = dropped_lead(c, s, t, capr);
    if (!q || q >= base || !(t[q].flags & EG_TOK_SPACE_BEFORE))
        return 0;
    /* offsets only: add_form does not tokenise, but keep t's values local */
    for (size_t p = base; p >= q + 2; p--) {
        size_t b0 = t[q].start, end = t[p - 1].start + t[p - 1].len, places = 0;
        for (size_t i = q; i < p; i++)
            places += place_word(c, s + t[i].start, t[i].len) != 0;
        if (places == p - q || gaz_other(c, s + b0, end - b0, ent))
            continue;
        if (add_form(c, s + b0, end - b0, ent, F_BASE, pos) != 0)
            return -1;
    }
    /* after a generic word, the one word left: "Altamira" of "Compañía
     * Minera Altamira" */
    if (base - q == 2 && WORD_IN(generic_first, s + t[q].start, t[q].len))
        q++;
    const char *w = s + t[q].start;
    size_t wl = t[q].len;
    if (base - q <= 3 && !(t[q].flags & (EG_TOK_ALLCAPS | EG_TOK_DOTTED)) &&
        count_letters(w, wl) >= 3 && !WORD_IN(generic_first, w, wl) &&
        !WORD_IN(body_heads, w, wl) && !WORD_IN(company_tails, w, wl) &&
        !eg_rules_stopword(w, wl) && !gaz_other_strong(c, w, wl, ent) &&
        add_form(c, w, wl, ent, F_FIRST, pos) != 0)
        return -1;
    return 0;
}

static int derive_other(rctx *c, const char *s, size_t n, uint32_t ent, uint32_t pos, int org) {
    if (tokenize_name(c, s, n) != 0)
        return -1;
    const eg_token *t = c->ntok.v;
    size_t nt = c->ntok.n, words = 0;
    for (size_t i = 0; i < nt; i++)
        words += is_word(&t[i]);
    if (words < 2)
        return 0;
    const char *type = ent_type(c, ent);
    if (strcmp(type, "location") == 0 || strcmp(type, "country") == 0) {
        if (place_short_forms(c, s, t, nt, ent, pos, type[0] == 'c') != 0)
            return -1;
        if (type[0] == 'l' && river_form(c, s, t, nt, ent, pos) != 0)
            return -1;
    }
    /* the name without its legal form */
    size_t base = nt;
    if (org && nt >= 5 && ntok_is(s, &t[nt - 3], "A") && ntok_is(s, &t[nt - 2], "/") &&
        ntok_is(s, &t[nt - 1], "S"))
        base = nt - 3; /* "Nordhavn Bank A/S" */
    /* "Ltd", "Pte. Ltd.", "(Pvt) Ltd", "Co., Ltd." */
    for (size_t b = base; org && b >= 2; b--) {
        const eg_token *l = &t[b - 1];
        if (is_word(l) && WORD_IN(legal_forms, s + l->start, l->len))
            base = b - 1;
        else if (is_word(l) || !(ntok_is(s, l, ".") || ntok_is(s, l, ",") || ntok_is(s, l, "(") ||
                                 ntok_is(s, l, ")")))
            break;
    }
    while (base < nt && base >= 2 && !is_word(&t[base - 1]))
        base--;
    if (org && base >= 3 && WORD_IN(lead_forms, s + t[0].start, t[0].len) &&
        (t[1].flags & EG_TOK_SPACE_BEFORE)) {
        /* "Sulawesi Tenggara Nikel" of "PT Sulawesi Tenggara Nikel Tbk" */
        size_t e0 = t[base - 1].start + t[base - 1].len;
        if (add_form(c, s + t[1].start, e0 - t[1].start, ent, F_BASE, pos) != 0)
            return -1;
        if (derive_other(c, s + t[1].start, e0 - t[1].start, ent, pos, org) != 0)
            return -1;
        return 0;
    }
    if (base < nt && base >= 2 &&
        add_form(c, s, t[base - 1].start + t[base - 1].len, ent, F_BASE, pos) != 0)
        return -1;
    /* the leading words of the base name, two or more: "Hebei Jinding" of
     * "Hebei Jinding Steel", "Perak Marine" of "Perak Marine Aggregates Sdn
     * Bhd", "Nyakafuru Gold" of "Nyakafuru Gold Mining Company" */
    size_t capr = 0;
    while (capr < base && is_word(&t[capr]) && (t[capr].flags & EG_TOK_CAP) &&
           !(t[capr].flags & EG_TOK_POSS) &&
           (capr == 0 || (t[capr].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START))))
        capr++;
    for (size_t p = base - 1; org && base >= 3 && p >= 2; p--) {
        if (p > capr || !(t[p].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START)))
            continue;
        size_t end = t[p - 1].start + t[p - 1].len, places = 0;
        for (size_t i = 0; i < p; i++)
            places += place_word(c, s + t[i].start, t[i].len) != 0;
        if (places == p || gaz_other(c, s, end, ent))
            continue;
        if (add_form(c, s, end, ent, F_BASE, pos) != 0)
            return -1;
    }
    if (org && rest_forms(c, s, t, base, capr, ent, pos) != 0)
        return -1;
    t = c->ntok.v;
    /* a first word of two joined by a hyphen: "Agro-Dnipro" of "Agro-Dnipro
     * Holding" */
    if (org && base >= 4 && is_word(&t[0]) && (t[0].flags & EG_TOK_CAP) && ntok_hyphen(s, &t[1]) &&
        ntok_attached(&t[1]) && ntok_attached(&t[2]) && is_word(&t[2]) &&
        (t[2].flags & EG_TOK_CAP) && (t[3].flags & EG_TOK_SPACE_BEFORE)) {
        size_t end = t[2].start + t[2].len;
        if (!gaz_other(c, s, end, ent) && add_form(c, s, end, ent, F_BASE, pos) != 0)
            return -1;
    }
    /* after a listed place, the second word with the head noun: "Pearl
     * Bank" of "Saigon Pearl Commercial Joint Stock Bank" */
    if (org && base >= 4 && capr >= base && place_word(c, s + t[0].start, t[0].len) &&
        !place_word(c, s + t[1].start, t[1].len) &&
        !WORD_IN(generic_first, s + t[1].start, t[1].len)) {
        eg_strbuf_clear(&c->tmp);
        if (eg_strbuf_append(&c->tmp, s + t[1].start, t[1].len) != 0 ||
            eg_strbuf_putc(&c->tmp, ' ') != 0 ||
            eg_strbuf_append(&c->tmp, s + t[base - 1].start, t[base - 1].len) != 0)
            return -1;
        if (!gaz_other(c, c->tmp.data, c->tmp.len, ent) &&
            add_form(c, c->tmp.data, c->tmp.len, ent, F_BASE, pos) != 0)
            return -1;
    }
    for (size_t i = 1; org && i + 1 < nt; i++)
        if ((t[i].flags & EG_TOK_POSS) && is_word(&t[i - 1]) &&
            add_form(c, s, t[i].start + t[i].len, ent, F_BASE, pos) != 0)
            return -1; /* "St. Brendan’s" of "St. Brendan’s Medical Center" */
    if (org && words <= 3 && nt >= 2 && nt <= 3 && is_word(&t[0]) && is_word(&t[1]) &&
        (t[1].flags & EG_TOK_CAP) && (t[1].flags & EG_TOK_SPACE_BEFORE) &&
        !(t[1].flags & (EG_TOK_ALLCAPS | EG_TOK_DOTTED)) &&
        place_word(c, s + t[0].start, t[0].len) && count_letters(s + t[1].start, t[1].len) >= 3 &&
        !WORD_IN(generic_first, s + t[1].start, t[1].len) &&
        !eg_rules_stopword(s + t[1].start, t[1].len) &&
        !gaz_other(c, s + t[1].start, t[1].len, ent) &&
        add_form(c, s + t[1].start, t[1].len, ent, F_FIRST, pos) != 0)
        return -1; /* "Huarui" of "Shenzhen Huarui Automation" */
    /* after the head of a university's or a network's name and a joining
     * word, the rest: "Pacífico Sur" of "Universidad del Pacífico Sur" */
    if (org && nt >= 2 && is_word(&t[0]) && WORD_IN(company_heads, s + t[0].start, t[0].len)) {
        size_t r = 1;
        if (r + 1 < nt && is_word(&t[r]) && WORD_IN(place_ofs, s + t[r].start, t[r].len))
            r++;
        /* two words or three: one alone is mostly a city ("Universidad de
         * Concepción") */
        int ok = r + 2 <= nt && r + 3 >= nt;
        for (size_t i = r; i < nt && ok; i++)
            ok = is_word(&t[i]) && (t[i].flags & EG_TOK_CAP) && !(t[i].flags & EG_TOK_POSS) &&
                 (t[i].flags & EG_TOK_SPACE_BEFORE);
        if (ok && !gaz_other(c, s + t[r].start, n - t[r].start, ent) &&
            add_form(c, s + t[r].start, n - t[r].start, ent, F_BASE, pos) != 0)
            return -1;
    }
    /* the body's head word: "Commission" of "European Commission", "Ministry"
     * of "Ministry of Commerce" */
    int body = org || strcmp(ent_type(c, ent), "agency") == 0;
    /* a sports club without its head: "Almenara" of "CD Almenara", "Puerto
     * Nuevo" of "Club Atlético Puerto Nuevo" */
    if (org && is_word(&t[0]) && WORD_IN(club_heads, s + t[0].start, t[0].len)) {
        size_t r = 1;
        if (r < nt && (ntok_is(s, &t[0], "Club") || ntok_is(s, &t[0], "Clube")) && is_word(&t[r]) &&
            WORD_IN(club_seconds, s + t[r].start, t[r].len))
            r++;
        int ok = r < nt && r + 3 >= nt;
        for (size_t i = r; i < nt && ok; i++)
            ok = is_word(&t[i]) && (t[i].flags & EG_TOK_CAP) && !(t[i].flags & EG_TOK_POSS) &&
                 (t[i].flags & EG_TOK_SPACE_BEFORE);
        if (ok && count_letters(s + t[r].start, n - t[r].start) >= 4 &&
            !gaz_other(c, s + t[r].start, n - t[r].start, ent) &&
            !(nt - r == 1 && eg_rules_stopword(s + t[r].start, t[r].len)) &&
            add_form(c, s + t[r].start, n - t[r].start, ent, F_BASE, pos) != 0)
            return -1;
    }
    /* the name without the country it starts with: "Coast Guard" of
     * "Norwegian Coast Guard", "Integrity Commission" of "Federal Integrity
     * Commission", "Directorate of Fisheries" of "Norwegian Directorate of
     * Fisheries" */
    if (body && words >= 3 && is_word(&t[0]) && (t[1].flags & EG_TOK_SPACE_BEFORE) &&
        (ntok_is(s, &t[0], "Federal") || place_word(c, s + t[0].start, t[0].len))) {
        int ok = is_word(&t[nt - 1]) && (t[nt - 1].flags & EG_TOK_CAP);
        for (size_t i = 1; i < nt && ok; i++)
            ok = (is_word(&t[i]) && ((t[i].flags & EG_TOK_CAP) ||
                                     WORD_IN(english_links, s + t[i].start, t[i].len))) ||
                 (i > 1 && i + 1 < nt && ntok_hyphen(s, &t[i]) && ntok_attached(&t[i]) &&
                  ntok_attached(&t[i + 1])); /* "Anti-Corruption Commission" */
        if (ok && (t[1].flags & EG_TOK_CAP) && !gaz_other(c, s + t[1].start, n - t[1].start, ent) &&
            add_form(c, s + t[1].start, n - t[1].start, ent, F_BASE, pos) != 0)
            return -1;
    }
    if (body && is_word(&t[nt - 1]) && WORD_IN(body_heads, s + t[nt - 1].start, t[nt - 1].len) &&
        add_form(c, s + t[nt - 1].start, t[nt - 1].len, ent, F_HEAD, pos) != 0)
        return -1;
    if (body && nt >= 3 && ntok_is(s, &t[1], "of") &&
        WORD_IN(body_heads, s + t[0].start, t[0].len) &&
        add_form(c, s + t[0].start, t[0].len, ent, F_HEAD, pos) != 0)
        return -1;
    /* first word of a body named in its own language, its head noun first
     * and a lower-case word after it: "Garante" of "Garante per la
     * protezione dei dati personali" */
    if (!org && body && nt >= 3 && is_word(&t[0]) && (t[0].flags & EG_TOK_CAP) &&
        !(t[0].flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)) && is_word(&t[1]) &&
        !(t[1].flags & EG_TOK_CAP) && !WORD_IN(english_links, s + t[1].start, t[1].len) &&
        count_letters(s + t[0].start, t[0].len) >= 4 &&
        !eg_rules_stopword(s + t[0].start, t[0].len) &&
        !WORD_IN(generic_first, s + t[0].start, t[0].len) &&
        !WORD_IN(body_heads, s + t[0].start, t[0].len) &&
        !gaz_other(c, s + t[0].start, t[0].len, ent) && !place_word(c, s + t[0].start, t[0].len) &&
        add_form(c, s + t[0].start, t[0].len, ent, F_FIRST, pos) != 0)
        return -1;
    /* first word of an organisation */
    if (org && is_word(&t[0]) && (t[0].flags & EG_TOK_CAP) && !(t[0].flags & EG_TOK_DOTTED) &&
        count_letters(s + t[0].start, t[0].len) >= 2 &&
        !eg_rules_stopword(s + t[0].start, t[0].len) &&
        !WORD_IN(generic_first, s + t[0].start, t[0].len) &&
        !WORD_IN(dropped_heads, s + t[0].start, t[0].len) &&
        !gaz_other_strong(c, s + t[0].start, t[0].len, ent) && nt > 1 &&
        (t[1].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START))) {
        if (add_form(c, s + t[0].start, t[0].len, ent, F_FIRST, pos) != 0)
            return -1;
    }
    /* acronyms */
    char a[16], b[16];
    size_t na = initials(s, t, nt, 0, a, sizeof a), nb = initials(s, t, nt, 1, b, sizeof b);
    if (na >= 2 && add_form(c, a, na, ent, F_ACRONYM, pos) != 0)
        return -1;
    if (nb >= 2 && (nb != na || memcmp(a, b, na) != 0) &&
        add_form(c, b, nb, ent, F_ACRONYM, pos) != 0)
        return -1;
    char p[16];
    size_t np = body ? initials(s, t, nt, 2, p, sizeof p) : 0;
    if (np >= 3 && np != na && add_form(c, p, np, ent, F_ACRONYM, pos) != 0)
        return -1;
    char key[sizeof HEADFIRST_PREFIX + sizeof a];
    size_t nk = body && na ? headfirst_key(a[na - 1], a, na - 1, key, sizeof key) : 0;
    if (nk && add_form(c, key, nk, ent, F_HEADFIRST, pos) != 0)
        return -1;
    /* reversed: "Head of X" <-> "X Head" */
    eg_strbuf_clear(&c->tmp);
    if (reverse_name(s, t, nt, words, &c->tmp) != 0)
        return -1;
    if (c->tmp.len) {
        /* add_form appends to c->str, not c->tmp, so the pointer stays valid */
        if (add_form(c, c->tmp.data, c->tmp.len, ent, F_REVERSED, pos) != 0)
            return -1;
    }
    return body ? body_short_forms(c, s, n, ent, pos, org) : 0;
}

static int derive(rctx *c, const char *s, size_t n, uint32_t ent, uint32_t pos) {
    /* the name as written without its accents or with a space for a hyphen
     * ("Compania Minera Altamira", "Ethics and Anti Corruption Commission") */
    uint32_t kind = is_person(c, ent) ? F_SURNAME : F_BASE;
    char plain[256], spaced[256];
    size_t np = drop_accents(s, n, plain, sizeof plain);
    size_t ns = is_person(c, ent) ? 0 : space_hyphens(s, n, spaced, sizeof spaced);
    if (np && add_form(c, plain, np, ent, kind, pos) != 0)
        return -1;
    if (ns && add_form(c, spaced, ns, ent, F_BASE, pos) != 0)
        return -1;
    if (is_person(c, ent))
        return derive_person(c, s, n, ent, pos);
    return derive_other(c, s, n, ent, pos, strcmp(ent_type(c, ent), "organisation") == 0);
}

static uint64_t key_prefix(const char *k, uint32_t len) {
    uint64_t p = 0;
    for (uint32_t i = 0; i < 8; i++)
        p = (p << 8) | (i < len ? (unsigned char)k[i] : 0u);
    return p;
}

/* Key order (memcmp, then length, then form index: a total order). Prefixes
 * that differ decide as the full comparison would. */
static int keyref_less(const keyref *x, const keyref *y) {
    if (x->pre != y->pre)
        return x->pre < y->pre;
    int r = memcmp(x->k, y->k, x->len < y->len ? x->len : y->len);
    if (r)
        return r < 0;
    if (x->len != y->len)
        return x->len < y->len;
    return x->form < y->form;
}

/* Merge sort of v[0..n) by keyref_less; tmp holds n elements. */
static void sort_keyrefs(keyref *v, size_t n, keyref *tmp) {
    if (n <= 16) {
        for (size_t i = 1; i < n; i++) {
            keyref x = v[i];
            size_t j = i;
            while (j > 0 && keyref_less(&x, &v[j - 1])) {
                v[j] = v[j - 1];
                j--;
            }
            v[j] = x;
        }
        return;
    }
    size_t h = n / 2;
    sort_keyrefs(v, h, tmp);
    sort_keyrefs(v + h, n - h, tmp);
    if (!keyref_less(&v[h], &v[h - 1]))
        return;
    memcpy(tmp, v, h * sizeof *v);
    size_t a = 0, b = h, o = 0;
    while (a < h && b < n)
        v[o++] = keyref_less(&v[b], &tmp[a]) ? v[b++] : tmp[a++];
    while (a < h)
        v[o++] = tmp[a++];
}

/* The entry for entity ent written s[0..n), or NULL. */
static textseen *text_find(rctx *c, uint32_t ent, const char *s, size_t n, uint32_t h) {
    if (!c->tslotcap)
        return NULL;
    size_t mask = c->tslotcap - 1;
    for (size_t i = h & mask; c->tslot[i]; i = (i + 1) & mask) {
        textseen *t = &c->tseen.v[c->tslot[i] - 1];
        if (t->hash == h && t->ent == ent && t->len == n && memcmp(c->str.data + t->off, s, n) == 0)
            return t;
    }
    return NULL;
}

static void text_place(uint32_t *slot, size_t cap, uint32_t h, uint32_t idx) {
    size_t mask = cap - 1, i = h & mask;
    while (slot[i])
        i = (i + 1) & mask;
    slot[i] = idx + 1;
}

/* A new entry with no forms yet (offsets set by the caller); the index stays
 * at most half full. NULL on ENOMEM. */
static textseen *text_add(rctx *c, uint32_t ent, uint32_t h) {
    if ((c->tseen.n + 1) * 2 > c->tslotcap) {
        size_t cap = c->tslotcap ? c->tslotcap * 2 : 64;
        uint32_t *slot = calloc(cap, sizeof *slot);
        if (!slot)
            return NULL;
        for (size_t k = 0; k < c->tseen.n; k++)
            text_place(slot, cap, c->tseen.v[k].hash, (uint32_t)k);
        free(c->tslot);
        c->tslot = slot;
        c->tslotcap = cap;
    }
    textseen *t = EG_VEC_PUSH(c->tseen);
    if (!t)
        return NULL;
    t->ent = ent;
    t->hash = h;
    t->exact = t->dbeg = t->dend = NONE;
    t->exact_pos = t->derive_pos = NONE;
    text_place(c->tslot, c->tslotcap, h, (uint32_t)(c->tseen.n - 1));
    return t;
}

/* Appends templates tmpl[b..e) to the forms with position pos. */
static int replay(rctx *c, uint32_t b, uint32_t e, uint32_t pos) {
    if (EG_VEC_RESERVE(c->forms, c->forms.n + (e - b)) != 0)
        return -1;
    for (uint32_t k = b; k < e; k++) {
        form *f = &c->forms.v[c->forms.n++];
        *f = c->tmpl.v[k];
        f->pos = pos;
    }
    return 0;
}

/* Keeps forms[from..) as templates; their range in *b, *e. */
static int keep_templates(rctx *c, size_t from, uint32_t *b, uint32_t *e) {
    size_t n = c->forms.n - from;
    if (EG_VEC_RESERVE(c->tmpl, c->tmpl.n + n) != 0)
        return -1;
    memcpy(c->tmpl.v + c->tmpl.n, c->forms.v + from, n * sizeof *c->forms.v);
    *b = (uint32_t)c->tmpl.n;
    c->tmpl.n += n;
    *e = (uint32_t)c->tmpl.n;
    return 0;
}

static int cmp_missref(const void *a, const void *b) {
    const missref *x = a, *y = b;
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    if (x->letters != y->letters)
        return x->letters < y->letters ? -1 : 1;
    int r = memcmp(x->k, y->k, x->len < y->len ? x->len : y->len);
    if (r)
        return r;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    if (x->ent != y->ent)
        return x->ent < y->ent ? -1 : 1;
    if (x->pos != y->pos)
        return x->pos < y->pos ? -1 : 1;
    return x->form < y->form ? -1 : x->form > y->form;
}

/* Indexes the one-word surname and given-name forms of 4 or more letters by
 * (kind, letters), one entry per (kind, word, entity) with its earliest
 * position, so that a misspelling is compared with each distinct name word
 * of the right length once, however often the article repeats it. */
static int build_miss(rctx *c) {
    c->miss.n = 0;
    for (size_t i = 0; i < c->forms.n; i++) {
        const form *f = &c->forms.v[i];
        if ((f->kind != F_SURNAME && f->kind != F_GIVEN) || f->letters < MISSPELL_MIN_LETTERS - 1)
            continue;
        missref *r = EG_VEC_PUSH(c->miss);
        if (!r)
            return -1;
        r->kind = f->kind;
        r->letters = f->letters;
        r->part = f->part;
        r->k = c->str.data + f->k0;
        r->len = f->k0len;
        r->ent = f->ent;
        r->pos = f->pos;
        r->form = (uint32_t)i;
    }
    if (c->miss.n > 1)
        qsort(c->miss.v, c->miss.n, sizeof *c->miss.v, cmp_missref);
    size_t k = 0;
    for (size_t i = 0; i < c->miss.n; i++) {
        const missref *r = &c->miss.v[i], *p = k ? &c->miss.v[k - 1] : NULL;
        if (p && p->kind == r->kind && p->ent == r->ent && p->len == r->len &&
            memcmp(p->k, r->k, r->len) == 0) {
            c->miss.v[k - 1].part |= r->part;
            continue;
        }
        c->miss.v[k++] = *r;
    }
    c->miss.n = k;
    return 0;
}

/* Adds the exact form of entity ent written key[0..n) at pos and, with
 * `derived`, its derived forms, unless an earlier mention (or the entity's
 * name) written the same way already added them at pos or before: they
 * would be the same forms with a later position, which no lookup can tell
 * from the earlier ones (a lookup keeps each entity's earliest position, and
 * the earlier form comes first among equal keys). The forms are a function
 * of the entity and the text, so they are derived once per article and
 * replayed by later builds. 0, or -1 on ENOMEM. */
static int add_text(rctx *c, const char *key, size_t n, uint32_t ent, uint32_t pos, int derived) {
    if (n == 0)
        return 0; /* no form at all */
    uint32_t h = eg_hash_bytes(key, n, ent);
    textseen *t = text_find(c, ent, key, n, h);
    if (!t) {
        size_t from = c->forms.n;
        if (add_form(c, key, n, ent, F_EXACT, pos) != 0 || !(t = text_add(c, ent, h)))
            return -1;
        uint32_t e;
        t->off = c->forms.v[from].off;
        t->len = (uint32_t)n;
        if (keep_templates(c, from, &t->exact, &e) != 0)
            return -1;
        t->exact_pos = pos;
    } else if (t->exact_pos == NONE || t->exact_pos > pos) {
        if (replay(c, t->exact, t->exact + 1, pos) != 0)
            return -1;
        t->exact_pos = pos;
    }
    if (!derived || (t->derive_pos != NONE && t->derive_pos <= pos))
        return 0;
    t->derive_pos = pos;
    if (t->dbeg != NONE)
        return replay(c, t->dbeg, t->dend, pos);
    size_t from = c->forms.n;
    uint32_t ti = (uint32_t)(t - c->tseen.v);
    if (derive(c, key, n, ent, pos) != 0)
        return -1;
    t = &c->tseen.v[ti];
    return keep_templates(c, from, &t->dbeg, &t->dend);
}

/* Builds the form table from the mentions now in doc->ments. */
static int build_forms(rctx *c) {
    eg_doc *doc = c->doc;
    c->forms.n = 0;
    for (size_t k = 0; k < c->tseen.n; k++)
        c->tseen.v[k].exact_pos = c->tseen.v[k].derive_pos = NONE;
    size_t ne = doc->ents.n;
    /* first mention of each entity: its canonical name's forms start there */
    if (EG_VEC_RESERVE(c->first, ne ? ne : 1) != 0)
        return -1;
    uint32_t *first = c->first.v;
    for (size_t e = 0; e < ne; e++)
        first[e] = NONE;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        if (first[m->ent] == NONE)
            first[m->ent] = m->start;
    }
    int rc = -1;
    for (size_t e = 0; e < ne; e++) {
        if (first[e] == NONE)
            continue;
        const char *nm = ent_name(c, (uint32_t)e);
        eg_strbuf_clear(&c->key);
        if (fold_space(nm, strlen(nm), &c->key) != 0)
            goto done;
        if (add_text(c, c->key.data, c->key.len, (uint32_t)e, first[e], 1) != 0)
            goto done;
    }
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        eg_strbuf_clear(&c->key);
        if (fold_space(doc->text + m->start, m->end - m->start, &c->key) != 0)
            goto done;
        const char *nm = ent_name(c, m->ent);
        int derived = m->origin != EG_ORIGIN_SHORT && strcmp(nm, c->key.data) != 0;
        if (add_text(c, c->key.data, c->key.len, m->ent, m->start, derived) != 0)
            goto done;
    }
    size_t nf = c->forms.n;
    if (EG_VEC_RESERVE(c->by0, nf ? nf : 1) != 0 || EG_VEC_RESERVE(c->by1, nf ? nf : 1) != 0 ||
        EG_VEC_RESERVE(c->sorttmp, nf ? nf : 1) != 0)
        goto done;
    for (size_t i = 0; i < nf; i++) {
        const form *f = &c->forms.v[i];
        const char *k0 = c->str.data + f->k0, *k1 = c->str.data + f->k1;
        c->by0.v[i] = (keyref){k0, f->k0len, (uint32_t)i, key_prefix(k0, f->k0len)};
        c->by1.v[i] = (keyref){k1, f->k1len, (uint32_t)i, key_prefix(k1, f->k1len)};
    }
    c->by0.n = c->by1.n = nf;
    sort_keyrefs(c->by0.v, nf, c->sorttmp.v);
    sort_keyrefs(c->by1.v, nf, c->sorttmp.v);
    rc = build_miss(c);
done:
    return rc;
}

/* ---------------------------------------------------------------- lookups */

static int add_fit(rctx *c, uint32_t ent, uint32_t pos, uint32_t kind) {
    for (size_t i = 0; i < c->fits.n; i++)
        if (c->fits.v[i].ent == ent) {
            if (pos < c->fits.v[i].pos)
                c->fits.v[i].pos = pos;
            c->fits.v[i].kinds |= 1u << kind;
            return 0;
        }
    fit *f = EG_VEC_PUSH(c->fits);
    if (!f)
        return -1;
    f->ent = ent;
    f->pos = pos;
    f->kinds = 1u << kind;
    return 0;
}

/* Forms whose key equals key[0..n) (case folded when `folded`), filtered by
 * `kinds` (bit mask of F_*), excluding entity `self`; appended to c->fits. */
static int lookup(rctx *c, const char *key, size_t n, int folded, uint32_t kinds, uint32_t self) {
    const keyref *ord = folded ? c->by1.v : c->by0.v;
    size_t lo = 0, hi = c->forms.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const keyref *r = &ord[mid];
        int d = memcmp(r->k, key, r->len < n ? r->len : n);
        if (d == 0)
            d = r->len < n ? -1 : r->len > n;
        if (d < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < c->forms.n; lo++) {
        const keyref *r = &ord[lo];
        if (r->len != n || memcmp(r->k, key, n) != 0)
            break;
        const form *f = &c->forms.v[r->form];
        if (f->ent == self || !(kinds & (1u << f->kind)))
            continue;
        if (add_fit(c, f->ent, f->pos, f->kind) != 0)
            return -1;
    }
    return 0;
}

static int decode_all(const char *s, size_t n, int lower, cpvec *v) {
    v->n = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += eg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (v->n == v->cap && eg_vec_reserve_((void **)&v->v, &v->cap, v->n + 1, sizeof *v->v))
            return -1;
        v->v[v->n++] = lower ? eg_utf8_lower(cp) : cp;
    }
    return 0;
}

/* Exactly one edit apart: insertion, deletion, substitution or a swap of neighbours. */
static int one_edit(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    if (na == nb) {
        size_t i = 0;
        while (i < na && a[i] == b[i])
            i++;
        if (i == na)
            return 0;
        if (i + 1 < na && a[i] == b[i + 1] && a[i + 1] == b[i] &&
            memcmp(a + i + 2, b + i + 2, (na - i - 2) * sizeof *a) == 0)
            return 1;
        return memcmp(a + i + 1, b + i + 1, (na - i - 1) * sizeof *a) == 0;
    }
    if (na + 1 == nb)
        return one_edit(b, nb, a, na);
    if (na != nb + 1)
        return 0;
    size_t i = 0;
    while (i < nb && a[i] == b[i])
        i++;
    return memcmp(a + i + 1, b + i, (nb - i) * sizeof *a) == 0;
}

static char base_letter(uint32_t cp);

/* Whether two words differ only in accents: "Simsek" and "Şimşek". */
static int same_letters(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    if (na != nb)
        return 0;
    for (size_t i = 0; i < na; i++) {
        if (a[i] == b[i])
            continue;
        char x = base_letter(a[i]), y = base_letter(b[i]);
        if (!x || x != y || (eg_utf8_lower(a[i]) == a[i]) != (eg_utf8_lower(b[i]) == b[i]))
            return 0;
    }
    return 1;
}

/* Forms of kind `kind` (single words of five letters or more) one edit away
 * from the word s[0..n). With `short4` (after an honorific, where the word
 * must be somebody's name), the four-letter first word of a double surname
 * counts too when the edit keeps the length and the first letter ("Mr Arze"
 * of "Mauricio Arce Vindas": the surname is long, its short form is not). */
static int lookup_misspelt_kind(rctx *c, const char *s, size_t n, int folded, uint32_t self,
                                uint32_t kind, int short4) {
    uint32_t letters = count_letters(s, n);
    uint32_t min = short4 ? MISSPELL_MIN_LETTERS - 1 : MISSPELL_MIN_LETTERS;
    if (letters < min - 1)
        return 0;
    uint32_t lo_letters = letters - 1 > min ? letters - 1 : min;
    size_t lo = 0, hi = c->miss.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const missref *r = &c->miss.v[mid];
        if (r->kind < kind || (r->kind == kind && r->letters < lo_letters))
            lo = mid + 1;
        else
            hi = mid;
    }
    int decoded = 0;
    for (; lo < c->miss.n; lo++) {
        const missref *r = &c->miss.v[lo];
        if (r->kind != kind || r->letters > letters + 1)
            break;
        if (r->ent == self)
            continue;
        if (r->letters < MISSPELL_MIN_LETTERS && (!r->part || r->letters != letters))
            continue;
        if (!decoded && decode_all(s, n, folded, &c->cpa) != 0)
            return -1;
        decoded = 1;
        const form *f = &c->forms.v[r->form];
        if (decode_all(c->str.data + f->off, f->len, folded, &c->cpb) != 0)
            return -1;
        if (r->letters < MISSPELL_MIN_LETTERS && c->cpa.v[0] != c->cpb.v[0])
            continue;
        if ((one_edit(c->cpa.v, c->cpa.n, c->cpb.v, c->cpb.n) ||
             same_letters(c->cpa.v, c->cpa.n, c->cpb.v, c->cpb.n)) &&
            add_fit(c, r->ent, r->pos, kind) != 0)
            return -1;
    }
    return 0;
}

/* Surnames (five letters or more; see lookup_misspelt_kind for `short4`)
 * one edit away from the word s[0..n). */
static int lookup_misspelt(rctx *c, const char *s, size_t n, int folded, uint32_t self,
                           int short4) {
    return lookup_misspelt_kind(c, s, n, folded, self, F_SURNAME, short4);
}

/* ---------------------------------------------------------------- ambiguity records */

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int record_ambiguous(rctx *c, const char *form_text, size_t n) {
    eg_doc *doc = c->doc;
    doc->ambiguous++;
    size_t nf = c->fits.n;
    const char **names = malloc(nf * sizeof *names);
    if (!names)
        return -1;
    for (size_t i = 0; i < nf; i++)
        names[i] = ent_name(c, c->fits.v[i].ent);
    qsort(names, nf, sizeof *names, cmp_names);
    eg_strbuf_clear(&c->rec);
    int bad = eg_strbuf_putc(&c->rec, LIVE) || eg_strbuf_append(&c->rec, form_text, n) ||
              eg_strbuf_putc(&c->rec, '\t');
    for (size_t i = 0; i < nf && !bad; i++) {
        if (i && strcmp(names[i], names[i - 1]) == 0)
            continue;
        bad = (i && eg_strbuf_putc(&c->rec, '|')) || eg_strbuf_puts(&c->rec, names[i]);
    }
    free(names);
    if (bad)
        return -1;
    for (size_t off = 0; off < doc->names.len;) {
        const char *p = doc->names.data + off;
        size_t l = strlen(p);
        if (l == c->rec.len && memcmp(p, c->rec.data, l) == 0)
            return 0;
        off += l + 1;
    }
    return eg_strbuf_append(&doc->names, c->rec.data, c->rec.len) ||
                   eg_strbuf_putc(&doc->names, '\0')
               ? -1
               : 0;
}

int eg_resolve_ambiguous(const eg_doc *doc, eg_strbuf *sb) {
    for (size_t off = 0; off < doc->names.len;) {
        const char *p = doc->names.data + off;
        size_t l = strlen(p);
        if (p[0] == LIVE &&
            (eg_strbuf_append(sb, p + 1, l - 1) != 0 || eg_strbuf_putc(sb, '\n') != 0))
            return -1;
        off += l + 1;
    }
    return 0;
}

/* ---------------------------------------------------------------- passes */

/* Decides one short form given c->fits: returns the entity to use, NONE to
 * leave it, or NONE with *ambiguous set. */
static uint32_t decide(rctx *c, uint32_t start, int in_title, int *ambiguous) {
    *ambiguous = 0;
    if (c->fits.n == 0)
        return NONE;
    if (c->fits.n > 1 && !in_title) {
        /* only what the story has named so far can be meant: "Ms García"
         * after "Ana María García Robles", before "Luis García Ferrer" */
        size_t before = 0, at = 0;
        for (size_t f = 0; f < c->fits.n; f++)
            if (c->fits.v[f].pos < start) {
                before++;
                at = f;
            }
        if (before == 1)
            return c->fits.v[at].ent;
    }
    if (c->fits.n > 1) {
        *ambiguous = 1;
        return NONE;
    }
    const fit *f = &c->fits.v[0];
    return (f->pos < start || in_title) ? f->ent : NONE;
}

/* Whether the space-separated words of name include w[0..n). */
static int has_word(const char *name, const char *w, size_t n) {
    for (const char *p = name; p;) {
        const char *q = strchr(p, ' ');
        size_t l = q ? (size_t)(q - p) : strlen(p);
        if (l == n && memcmp(p, w, n) == 0)
            return 1;
        p = q ? q + 1 : NULL;
    }
    return 0;
}

/* Whether c->add already holds a mention of entity e written w[0..n) that
 * starts before `before`. */
static int added_before(const rctx *c, uint32_t e, const char *w, size_t n, uint32_t before) {
    for (size_t i = 0; i < c->add.n; i++) {
        const eg_mention *m = &c->add.v[i];
        if (m->ent == e && m->start < before && m->end - m->start == n &&
            memcmp(c->doc->text + m->start, w, n) == 0)
            return 1;
    }
    return 0;
}

/* Settles an organisation's first word w[0..n) at `start` against persons of
 * the article with that word in their name. The person wins once named
 * before it (or in the title); the organisation wins while the person is
 * still to come ("Veldmaat hired ..." after "Veldmaat Precision", before
 * "Marloes Veldmaat"), and keeps the word afterwards when the article used
 * it for the organisation before the person came. */
static void filter_first(rctx *c, const char *w, size_t n, uint32_t start, int in_title) {
    const uint32_t *first = c->first.v;
    int org_fit = 0;
    for (size_t i = 0; i < c->fits.n; i++)
        org_fit |= c->fits.v[i].kinds == (1u << F_FIRST);
    if (!org_fit)
        return;
    /* a fit to drop gets kinds 0, which no fit has otherwise */
    for (size_t i = 0; i < c->fits.n; i++) {
        fit f = c->fits.v[i];
        if (f.kinds != (1u << F_FIRST))
            continue;
        for (size_t e = 0; e < c->doc->ents.n; e++) {
            if (!c->doc->ents.v[e].mentions || !is_person(c, (uint32_t)e) ||
                !has_word(ent_name(c, (uint32_t)e), w, n))
                continue;
            int before = in_title || first[e] == NONE || first[e] < start;
            if (before && !(!in_title && f.pos < start && first[e] != NONE &&
                            added_before(c, f.ent, w, n, first[e]))) {
                c->fits.v[i].kinds = 0;
                break;
            }
            if (f.pos >= start)
                continue;
            for (size_t j = 0; j < c->fits.n; j++)
                if (c->fits.v[j].ent == (uint32_t)e)
                    c->fits.v[j].kinds = 0;
        }
    }
    size_t k = 0;
    for (size_t i = 0; i < c->fits.n; i++)
        if (c->fits.v[i].kinds)
            c->fits.v[k++] = c->fits.v[i];
    c->fits.n = k;
}

/* Drops fits made only by a body's head word ("Commission") or a river's
 * name ("Tapajós") unless "the" comes before it. After "the", a river's
 * name beats every body, as writers name a company without "the": "along
 * the Tapajós" after "Tapajós River" and "Tapajós Dourado Mineração". */
static void filter_head(rctx *c, int after_the) {
    const uint32_t weak = (1u << F_HEAD) | (1u << F_RIVER);
    int river = 0;
    for (size_t i = 0; i < c->fits.n; i++)
        river |= (c->fits.v[i].kinds & (1u << F_RIVER)) != 0;
    size_t k = 0;
    for (size_t i = 0; i < c->fits.n; i++) {
        uint32_t kinds = c->fits.v[i].kinds;
        if (!after_the && !(kinds & ~weak))
            continue;
        if (after_the && river && !(kinds & (1u << F_RIVER)) && is_body(c, c->fits.v[i].ent))
            continue;
        c->fits.v[k++] = c->fits.v[i];
    }
    c->fits.n = k;
}

static int tok_is_word(const eg_doc *doc, uint32_t j, const char *w) {
    size_t n = strlen(w);
    return doc->toks.v[j].len == n && memcmp(doc->text + doc->toks.v[j].start, w, n) == 0;
}

/* Drops fits that are one-word persons (from "Mr Doe") when another fit has
 * that word as its surname: "Doe" is then a short form of "John Doe", not a
 * second candidate. */
static void collapse_fits(rctx *c) {
    size_t k = 0;
    for (size_t i = 0; i < c->fits.n; i++) {
        uint32_t x = c->fits.v[i].ent;
        const char *xn = ent_name(c, x);
        int drop = 0;
        char key[128];
        size_t xl, kl;
        if (c->doc->ents.v[x].gaz < 0 && is_person(c, x) && !strchr(xn, ' ') &&
            (kl = eg_fold_buf(xn, xl = strlen(xn), 0, key, sizeof key)) != (size_t)-1) {
            size_t lo = 0, hi = c->forms.n;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                const keyref *r = &c->by0.v[mid];
                int d = memcmp(r->k, key, r->len < kl ? r->len : kl);
                if (d < 0 || (d == 0 && r->len < kl))
                    lo = mid + 1;
                else
                    hi = mid;
            }
            for (; lo < c->forms.n && !drop; lo++) {
                const keyref *r = &c->by0.v[lo];
                if (r->len != kl || memcmp(r->k, key, kl) != 0)
                    break;
                const form *fm = &c->forms.v[r->form];
                if (fm->kind != F_SURNAME || fm->ent == x || fm->len != xl ||
                    memcmp(c->str.data + fm->off, xn, xl) != 0)
                    continue;
                for (size_t j = 0; j < c->fits.n && !drop; j++)
                    drop = j != i && c->fits.v[j].ent == fm->ent;
            }
        }
        if (!drop)
            c->fits.v[k++] = c->fits.v[i];
    }
    c->fits.n = k;
}

static int cmp_nameref(const void *a, const void *b) {
    const nameref *x = a, *y = b;
    int r = strcmp(x->name, y->name);
    return r ? r : (x->ent > y->ent) - (x->ent < y->ent);
}

/* Indexes the article's entities that have mentions by canonical name, all
 * unseen. Pass 1 then marks each entity seen once a mention of it is behind
 * it, so "mentioned earlier" costs a binary search instead of a walk over
 * the mentions before. 0, or -1 on ENOMEM. */
static int build_names(rctx *c) {
    eg_doc *doc = c->doc;
    size_t ne = doc->ents.n;
    if (EG_VEC_RESERVE(c->names, ne ? ne : 1) != 0 || EG_VEC_RESERVE(c->seen, ne ? ne : 1) != 0)
        return -1;
    uint8_t *has = c->seen.v;
    memset(has, 0, ne);
    for (size_t i = 0; i < doc->ments.n; i++)
        has[doc->ments.v[i].ent] = 1;
    /* copied: doc->names grows (ambiguity records) while the index is in use */
    eg_strbuf_clear(&c->namestr);
    for (size_t e = 0; e < ne; e++) {
        const char *nm = ent_name(c, (uint32_t)e);
        if (has[e] && eg_strbuf_append(&c->namestr, nm, strlen(nm) + 1) != 0)
            return -1;
    }
    size_t k = 0, off = 0;
    for (size_t e = 0; e < ne; e++) {
        if (!has[e])
            continue;
        const char *nm = c->namestr.data + off;
        c->names.v[k++] = (nameref){nm, (uint32_t)e};
        off += strlen(nm) + 1;
    }
    c->names.n = k;
    qsort(c->names.v, k, sizeof *c->names.v, cmp_nameref);
    memset(has, 0, ne);
    c->seen.n = ne;
    c->late.n = 0;
    return 0;
}

static int mark_seen(rctx *c, uint32_t e) {
    if (e < c->seen.n) {
        c->seen.v[e] = 1;
        return 0;
    }
    for (size_t i = 0; i < c->late.n; i++)
        if (c->late.v[i] == e)
            return 0;
    uint32_t *p = EG_VEC_PUSH(c->late);
    if (!p)
        return -1;
    *p = e;
    return 0;
}

static int named_fits(const rctx *c, uint32_t e, const char *key, size_t n, uint32_t self,
                      int body) {
    const char *nm = ent_name(c, e);
    return e != self && strncmp(nm, key, n) == 0 && nm[n] == ' ' &&
           (body ? is_body(c, e) : is_person(c, e));
}

/* The one seen entity other than `self` whose name is key[0..n) and more
 * words ("Pongsakorn" of "Pongsakorn Thanasiri"): a person, or with `body`
 * an organisation or agency. NONE if none or two fit. */
static uint32_t named_before(const rctx *c, const char *key, size_t n, uint32_t self, int body) {
    size_t lo = 0, hi = c->names.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strncmp(c->names.v[mid].name, key, n) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    uint32_t found = NONE;
    for (; lo < c->names.n && strncmp(c->names.v[lo].name, key, n) == 0; lo++) {
        uint32_t e = c->names.v[lo].ent;
        if (!c->seen.v[e] || e == found || !named_fits(c, e, key, n, self, body))
            continue;
        if (found != NONE)
            return NONE;
        found = e;
    }
    for (size_t i = 0; i < c->late.n; i++) {
        uint32_t e = c->late.v[i];
        if (e == found || !named_fits(c, e, key, n, self, body))
            continue;
        if (found != NONE)
            return NONE;
        found = e;
    }
    return found;
}

/* "Mr Pongsakorn" after "Pongsakorn Thanasiri": an honorific and the first
 * word of exactly one person named earlier (Thai and Icelandic usage), when no
 * person has it as a surname. NONE if none or two fit. */
static uint32_t given_after_title(rctx *c, const eg_mention *m, const char *key, size_t n) {
    const eg_doc *doc = c->doc;
    if (m->tok_end - m->tok_begin != 1 || m->tok_begin == 0)
        return NONE;
    const eg_token *p = &doc->toks.v[m->tok_begin - 1];
    if (!WORD_IN(honorifics, doc->text + p->start, p->len))
        return NONE;
    uint32_t found = named_before(c, key, n, m->ent, 0);
    if (found != NONE)
        return found;
    /* "Mr Asman" after "Azman Rahim": the given name misspelt by one edit */
    c->fits.n = 0;
    if (lookup_misspelt_kind(c, key, n, 0, m->ent, F_GIVEN, 0) != 0)
        return NONE;
    size_t k = 0;
    for (size_t f = 0; f < c->fits.n; f++)
        if (is_person(c, c->fits.v[f].ent))
            c->fits.v[k++] = c->fits.v[f];
    c->fits.n = k;
    if (c->fits.n == 1 && c->fits.v[0].pos < m->start)
        found = c->fits.v[0].ent;
    c->fits.n = 0;
    return found;
}

/* A discovered person without an honorific whose name is a short form of an
 * organisation or agency named earlier ("Truong Son said" after "Truong Son
 * Energy JSC"), or anywhere when `in_title`, is that body. NONE if none or
 * two fit; UINT32_MAX - 1 on ENOMEM. */
static uint32_t person_as_body(rctx *c, const eg_mention *m, const char *key, size_t n,
                               int in_title) {
    const eg_doc *doc = c->doc;
    if (m->tok_begin > 0) {
        const eg_token *p = &doc->toks.v[m->tok_begin - 1];
        if (WORD_IN(honorifics, doc->text + p->start, p->len))
            return NONE;
    }
    c->fits.n = 0;
    if (lookup(c, key, n, 0, (1u << F_EXACT) | (1u << F_BASE) | (1u << F_FIRST) | (1u << F_ACRONYM),
               m->ent) != 0)
        return UINT32_MAX - 1;
    size_t k = 0;
    for (size_t f = 0; f < c->fits.n; f++) {
        const char *t = ent_type(c, c->fits.v[f].ent);
        if (strcmp(t, "organisation") == 0 || strcmp(t, "agency") == 0)
            c->fits.v[k++] = c->fits.v[f];
    }
    c->fits.n = k;
    uint32_t to = (k == 1 && (c->fits.v[0].pos < m->start || in_title)) ? c->fits.v[0].ent : NONE;
    c->fits.n = 0;
    return to;
}

/* Whether name is key[0..n) and legal forms after it ("Mkopo Haraka Ltd" of
 * "Mkopo Haraka"), which a company's name without them stands for wherever
 * it comes. */
static int legal_extension(const char *name, const char *key, size_t n) {
    if (strncmp(name, key, n) != 0 || name[n] != ' ')
        return 0;
    int any = 0;
    for (const char *p = name + n; *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        const char *q = p;
        while (*q && *q != ' ' && *q != ',')
            q++;
        if (q == p)
            break;
        if (!WORD_IN(legal_forms, p, (size_t)(q - p)))
            return 0;
        any = 1;
        p = q;
    }
    return any;
}

/* A one-word organisation the rules made of the mention m, which the
 * article writes nowhere else, that is the surname of exactly one person
 * named before it and a short form of no body, is that person
 * ("Bellandini, a construction entrepreneur who bought the club" after
 * "Renzo Bellandini"). NONE if not; UINT32_MAX - 1 on ENOMEM. */
static uint32_t body_as_person(rctx *c, const eg_mention *m, const char *key, size_t n) {
    const eg_doc *doc = c->doc;
    int hyphened = m->tok_end - m->tok_begin == 3 &&
                   ntok_hyphen(doc->text, &doc->toks.v[m->tok_begin + 1]) &&
                   ntok_attached(&doc->toks.v[m->tok_begin + 1]) &&
                   ntok_attached(&doc->toks.v[m->tok_begin + 2]);
    if ((m->tok_end - m->tok_begin != 1 && !hyphened) || doc->ents.v[m->ent].gaz >= 0 ||
        doc->ents.v[m->ent].mentions != 1 || strcmp(ent_type(c, m->ent), "organisation") != 0)
        return NONE;
    c->fits.n = 0;
    if (lookup(c, key, n, 0, 1u << F_SURNAME, m->ent) != 0)
        return UINT32_MAX - 1;
    size_t k = 0;
    for (size_t f = 0; f < c->fits.n; f++)
        if (is_person(c, c->fits.v[f].ent) && doc->ents.v[c->fits.v[f].ent].mentions)
            c->fits.v[k++] = c->fits.v[f];
    c->fits.n = k;
    collapse_fits(c);
    uint32_t to = (c->fits.n == 1 && c->fits.v[0].pos < m->start) ? c->fits.v[0].ent : NONE;
    c->fits.n = 0;
    return to;
}

/* Prepositions after which a word names a place, not a body ("clashes
 * near Fezzan"; not "in" nor "to": "invested in Akakus", "sold to
 * Aurelian"). Sorted. */
static const char *const place_preps[] = {
    "across", "around", "inside", "near", "outside", "throughout", "toward", "towards",
};

/* Lower-case nouns before "of" that make the next name a place ("the town
 * of Nordkapp", "the port of Durban"). Sorted. */
static const char *const place_nouns[] = {
    "capital",  "city",   "county",     "district", "island", "municipality", "port",
    "province", "region", "settlement", "suburb",   "town",   "township",     "village",
};

/* The mention that starts at token j, or NULL (doc->ments is sorted). */
static const eg_mention *mention_at(const eg_doc *doc, uint32_t j) {
    size_t lo = 0, hi = doc->ments.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->ments.v[mid].tok_begin < j)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < doc->ments.n && doc->ments.v[lo].tok_begin == j ? &doc->ments.v[lo] : NULL;
}

/* A listed country, or a listed state, province, region or territory, named
 * at token j and not as a possessive or the head of a compound ("Ontario",
 * not "Ontario’s" nor "Ontario-based"). */
static int region_at(const rctx *c, uint32_t j, uint32_t se) {
    const eg_doc *doc = c->doc;
    const eg_mention *x = mention_at(doc, j);
    if (!x || x->origin != EG_ORIGIN_GAZETTEER || doc->ents.v[x->ent].gaz < 0)
        return 0;
    if (x->tok_end < se && ((doc->toks.v[x->tok_end].flags & EG_TOK_POSS) ||
                            ntok_hyphen(doc->text, &doc->toks.v[x->tok_end])))
        return 0;
    size_t g = (size_t)doc->ents.v[x->ent].gaz;
    const char *t = eg_gazetteer_type(c->g, g);
    if (strcmp(t, "country") == 0)
        return 1;
    if (strcmp(t, "location") != 0)
        return 0;
    for (size_t k = 0; k < eg_gazetteer_nattrs(c->g, g); k++)
        if (strcmp(eg_gazetteer_attr_name(c->g, g, k), "category") == 0) {
            const char *v = eg_gazetteer_attr_value(c->g, g, k);
            return strcmp(v, "state") == 0 || strcmp(v, "province") == 0 ||
                   strcmp(v, "region") == 0 || strcmp(v, "territory") == 0;
        }
    return 0;
}

/* Whether the text around tokens [tb, te) of sentence [sb, se) says they
 * name a place: "the town of X", "X, <listed region or country>", or a
 * preposition of place before X ("near X"). Such a name stays a place, not
 * the short form of a body named after it. */
static int place_context(const rctx *c, uint32_t tb, uint32_t te, uint32_t sb, uint32_t se) {
    const eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    if (tb >= sb + 2 && ntok_is(doc->text, &tv[tb - 1], "of") &&
        WORD_IN(place_nouns, doc->text + tv[tb - 2].start, tv[tb - 2].len))
        return 1;
    if (te + 1 < se && ntok_is(doc->text, &tv[te], ",") && region_at(c, te + 1, se))
        return 1;
    return tb > sb && WORD_IN(place_preps, doc->text + tv[tb - 1].start, tv[tb - 1].len);
}

/* A discovered place without "the" that starts the name of an organisation
 * named earlier is that organisation ("said Indus Valley had" after "Indus
 * Valley Power Holdings"; "in the Rift Valley" stays a place). NONE if none or
 * two fit. */
static uint32_t org_prefix(const rctx *c, const eg_mention *m, const char *key, size_t n) {
    const eg_doc *doc = c->doc;
    if (strcmp(ent_type(c, m->ent), "location") != 0)
        return NONE;
    if (m->tok_begin > 0) {
        const eg_token *p = &doc->toks.v[m->tok_begin - 1];
        if (ntok_is(doc->text, p, "the") || ntok_is(doc->text, p, "The"))
            return NONE;
    }
    const eg_sentence *sn = &doc->sents.v[m->sentence];
    if (place_context(c, m->tok_begin, m->tok_end, sn->tok_begin, sn->tok_end))
        return NONE; /* "the town of Nordkapp" after "Nordkapp Energi ASA" */
    return named_before(c, key, n, m->ent, 1);
}

/* Does the name start with a sports club's head word ("CD", "Club")? */
static int club_name(const char *nm) {
    const char *sp = strchr(nm, ' ');
    return sp && WORD_IN(club_heads, nm, (size_t)(sp - nm));
}

/* A discovered place that is the name of a sports club of the article
 * without its head ("Puerto Nuevo" of "Club Atlético Puerto Nuevo", named
 * earlier or anywhere from the title) is that club; a listed place never is.
 * key[0..n) is the mention's folded text. NONE if none or two fit;
 * UINT32_MAX - 1 on ENOMEM. */
static uint32_t club_place(rctx *c, const eg_mention *m, const char *key, size_t n, int in_title) {
    if (strcmp(ent_type(c, m->ent), "location") != 0 || c->doc->ents.v[m->ent].gaz >= 0)
        return NONE;
    c->fits.n = 0;
    if (lookup(c, key, n, 0, 1u << F_BASE, m->ent) != 0)
        return UINT32_MAX - 1;
    size_t k = 0;
    for (size_t f = 0; f < c->fits.n; f++) {
        uint32_t e = c->fits.v[f].ent;
        if (strcmp(ent_type(c, e), "organisation") == 0 && club_name(ent_name(c, e)) &&
            c->doc->ents.v[e].mentions)
            c->fits.v[k++] = c->fits.v[f];
    }
    c->fits.n = k;
    uint32_t to = (k == 1 && (c->fits.v[0].pos < m->start || in_title)) ? c->fits.v[0].ent : NONE;
    c->fits.n = 0;
    return to;
}

/* Can a rule mention of entity b be a short form of entity a? Persons of
 * persons; organisations and agencies of either ("Defence Ministry"); other
 * types of their own type. */
static int same_kind(const rctx *c, uint32_t a, uint32_t b) {
    const char *ta = ent_type(c, a), *tb = ent_type(c, b);
    if (strcmp(ta, tb) == 0)
        return 1;
    int ba = strcmp(ta, "organisation") == 0 || strcmp(ta, "agency") == 0;
    int bb = strcmp(tb, "organisation") == 0 || strcmp(tb, "agency") == 0;
    return ba && bb;
}

/* The gazetteer entity whose form is the reversed name s[0..n) of a
 * discovered body ("Labor Department" -> a listed "Department of Labor"),
 * of the same kind as doc entity e; -1 if none, -2 on ENOMEM. */
static long listed_reversal(rctx *c, const char *s, size_t n, uint32_t e) {
    if (tokenize_name(c, s, n) != 0)
        return -2;
    size_t words = 0;
    for (size_t i = 0; i < c->ntok.n; i++)
        words += is_word(&c->ntok.v[i]);
    if (words < 2)
        return -1;
    if (reverse_name(s, c->ntok.v, c->ntok.n, words, &c->rev) != 0 ||
        eg_strbuf_putc(&c->rev, '\0') != 0)
        return -2;
    if (c->rev.len <= 1)
        return -1;
    long g = eg_gazetteer_find(c->g, c->rev.data);
    if (g < 0)
        return -1;
    const char *tg = eg_gazetteer_type(c->g, (size_t)g), *te = ent_type(c, e);
    int bg = strcmp(tg, "organisation") == 0 || strcmp(tg, "agency") == 0;
    int be = strcmp(te, "organisation") == 0 || strcmp(te, "agency") == 0;
    return (strcmp(tg, te) == 0 || (bg && be)) ? g : -1;
}

/* The folded lookup form of mention m's text in c->tmp (c->key holds the
 * spaces-folded text). 0, or -1 on ENOMEM. */
static int mention_form(rctx *c, const eg_mention *m) {
    eg_strbuf_clear(&c->key);
    if (fold_space(c->doc->text + m->start, m->end - m->start, &c->key) != 0)
        return -1;
    eg_strbuf_clear(&c->tmp);
    return eg_fold(c->key.data, c->key.len, 0, &c->tmp) != 0 ? -1 : 0;
}

/* Fills c->fits with the persons of the article whose surname mention m
 * is written as; -1 on ENOMEM. */
static int surname_persons(rctx *c, const eg_mention *m) {
    if (mention_form(c, m) != 0)
        return -1;
    c->fits.n = 0;
    if (lookup(c, c->tmp.data, c->tmp.len, 0, 1u << F_SURNAME, m->ent) != 0)
        return -1;
    size_t k = 0;
    for (size_t f = 0; f < c->fits.n; f++)
        if (is_person(c, c->fits.v[f].ent))
            c->fits.v[k++] = c->fits.v[f];
    c->fits.n = k;
    collapse_fits(c);
    return 0;
}

/* A generated place that is the surname of a person of the article is that
 * person ("Chanda" after "Mwila Chanda"). */
static int weak_place_surname(rctx *c, eg_mention *m) {
    eg_doc *doc = c->doc;
    if (surname_persons(c, m) != 0)
        return -1;
    if (c->fits.n != 1)
        return 0;
    eg_doc_move_mention(doc, m, c->fits.v[0].ent);
    m->origin = EG_ORIGIN_SHORT;
    return 0;
}

/* Whether the article names place entity `e` outside the title, as written
 * by mention m, before `pos` ("spill off Negombo" in the title, and "between
 * Negombo and Chilaw" before the "Negombo Fisheries Solidarity Union"). */
static int place_named_before(const rctx *c, const eg_mention *m, uint32_t e, uint32_t pos) {
    const eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *x = &doc->ments.v[i];
        if (x->start >= pos)
            break;
        if (x != m && x->ent == e && !(doc->sents.v[x->sentence].flags & EG_SENT_TITLE))
            return 1;
    }
    return 0;
}

/* Words before a name that make it a place even where a person of that name
 * is in the article ("in Medina", "from Medina"), and where the article
 * names that place before and never writes the bare name for a body ("stay
 * in Waterloo"; not "invested in Nordkapp" after "Nordkapp said"). Sorted. */
static const char *const place_before[] = {"at", "from", "in", "into", "to", "via"};

/* Whether body b has a mention before m written as m is. */
static int body_written_as(const rctx *c, uint32_t b, const eg_mention *m) {
    const eg_doc *doc = c->doc;
    size_t n = m->end - m->start;
    for (size_t i = 0; i < doc->ments.n && doc->ments.v[i].start < m->start; i++) {
        const eg_mention *x = &doc->ments.v[i];
        if (x->ent == b && x->end - x->start == n &&
            memcmp(doc->text + x->start, doc->text + m->start, n) == 0)
            return 1;
    }
    return 0;
}

/* A generated place that is a short form of an organisation or agency named
 * earlier (anywhere, in the title) is that body ("Sahab" after "Sahab Cloud
 * Company"), unless a preposition of place comes before it or, in the
 * title, the story names the place before the body, or "in", "at", "from"
 * ... comes before it, the story names the place before and never writes
 * its bare name for the body ("offices in Kolwezi" after "near Kolwezi" and
 * "Kolwezi Huaxin Mining"). Call with c->tmp holding the mention's lookup
 * form. */
static int weak_place_body(rctx *c, eg_mention *m) {
    eg_doc *doc = c->doc;
    const eg_sentence *sn = &doc->sents.v[m->sentence];
    if (place_context(c, m->tok_begin, m->tok_end, sn->tok_begin, sn->tok_end))
        return 0;
    c->fits.n = 0;
    if (lookup(c, c->tmp.data, c->tmp.len, 0, (1u << F_EXACT) | (1u << F_FIRST) | (1u << F_BASE),
               m->ent) != 0)
        return -1;
    size_t k = 0;
    for (size_t f = 0; f < c->fits.n; f++)
        if (is_body(c, c->fits.v[f].ent) && doc->ents.v[c->fits.v[f].ent].mentions)
            c->fits.v[k++] = c->fits.v[f];
    c->fits.n = k;
    int amb, in_title = (doc->sents.v[m->sentence].flags & EG_SENT_TITLE) != 0;
    uint32_t to = decide(c, m->start, in_title, &amb);
    c->fits.n = 0;
    if (to != NONE && in_title && place_named_before(c, m, m->ent, c->first.v[to]))
        to = NONE;
    if (to != NONE && !in_title && m->tok_begin > sn->tok_begin &&
        WORD_IN(place_before, doc->text + doc->toks.v[m->tok_begin - 1].start,
                doc->toks.v[m->tok_begin - 1].len) &&
        place_named_before(c, m, m->ent, m->start) && !body_written_as(c, to, m))
        to = NONE; /* "raided its offices in Kolwezi" after "near Kolwezi" */
    if (to != NONE) {
        eg_doc_move_mention(doc, m, to);
        m->origin = EG_ORIGIN_SHORT;
    }
    return 0;
}

/* A discovered place of two words or more that is the name of a body named
 * before without its generic head ("Serra Verde" after "Laboratório Serra
 * Verde") is that body, where the text does not make it a place (checked by
 * the caller). NONE if none or two fit; UINT32_MAX - 1 on ENOMEM. */
static uint32_t headless_body(rctx *c, const eg_mention *m, int in_title) {
    if (m->tok_end - m->tok_begin < 2 || mention_form(c, m) != 0)
        return m->tok_end - m->tok_begin < 2 ? NONE : UINT32_MAX - 1;
    c->fits.n = 0;
    if (lookup(c, c->tmp.data, c->tmp.len, 0, 1u << F_BASE, m->ent) != 0)
        return UINT32_MAX - 1;
    size_t k = 0, n = m->end - m->start;
    for (size_t f = 0; f < c->fits.n; f++) {
        uint32_t b = c->fits.v[f].ent;
        const char *nm = ent_name(c, b);
        size_t nl = strlen(nm);
        /* the body's name ends with the place's: "Rift Valley" is not the
         * short form of "Rift Valley Power Ltd" */
        if (is_body(c, b) && c->doc->ents.v[b].mentions && nl > n + 1 && nm[nl - n - 1] == ' ' &&
            memcmp(nm + nl - n, c->doc->text + m->start, n) == 0)
            c->fits.v[k++] = c->fits.v[f];
    }
    c->fits.n = k;
    int amb;
    uint32_t to = decide(c, m->start, in_title, &amb);
    c->fits.n = 0;
    return to;
}

static int tok_legal(const eg_doc *doc, size_t j) {
    const eg_token *t = &doc->toks.v[j];
    return is_word(t) && WORD_IN(legal_forms, doc->text + t->start, t->len);
}

static int tok_is(const eg_doc *doc, size_t j, const char *w) {
    return ntok_is(doc->text, &doc->toks.v[j], w);
}

/* Tokens of the legal form starting at token j, before the sentence's end
 * se: "Ltd", "(Pvt)", ", Inc", ". Ltd" after "Pte", and a full stop after it
 * while the sentence goes on ("Pte. Ltd. because"); 0 if none starts there. */
static size_t legal_tail(const eg_doc *doc, size_t j, size_t se) {
    size_t p = j;
    if (p + 2 < se && tok_is(doc, p, "(") && tok_legal(doc, p + 1) && tok_is(doc, p + 2, ")"))
        p += 3;
    else if (p + 1 < se && (tok_is(doc, p, ",") || tok_is(doc, p, ".")) && tok_legal(doc, p + 1))
        p += 2;
    else if (p < se && tok_legal(doc, p))
        p += 1;
    else
        return 0;
    if (p + 1 < se && tok_is(doc, p, ".") && ntok_attached(&doc->toks.v[p]))
        p++;
    return p - j;
}

/* An organisation's mention that stops before its legal form ("Mutoko
 * Lithium" of "Mutoko Lithium (Pvt) Ltd", "Lumen Harbour Capital Pte" of
 * "... Pte. Ltd.") takes it in; a mention of the legal form alone ("Ltd")
 * goes. Runs before the forms are built. 0, or -1 on ENOMEM. */
static int absorb_legal_tails(rctx *c) {
    eg_doc *doc = c->doc;
    size_t nm = doc->ments.n, nrem = 0;
    if (EG_VEC_RESERVE(c->removed, nm ? nm : 1) != 0)
        return -1;
    memset(c->removed.v, 0, nm);
    for (size_t i = 0; i < nm; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (c->removed.v[i] || strcmp(ent_type(c, m->ent), "organisation") != 0)
            continue;
        size_t se = doc->sents.v[m->sentence].tok_end, end = m->tok_end, k = i + 1;
        for (size_t n; (n = legal_tail(doc, end, se)) != 0;) {
            size_t kk = k;
            while (kk < nm && doc->ments.v[kk].tok_begin < end + n &&
                   doc->ments.v[kk].tok_end <= end + n)
                kk++;
            if (kk < nm && doc->ments.v[kk].tok_begin < end + n)
                break; /* a longer mention starts inside */
            end += n;
            k = kk;
        }
        if (end == m->tok_end)
            continue;
        for (size_t j = i + 1; j < k; j++) {
            eg_mention *x = &doc->ments.v[j];
            if (doc->ents.v[x->ent].mentions)
                doc->ents.v[x->ent].mentions--;
            c->removed.v[j] = 1;
            nrem++;
        }
        m->tok_end = (uint32_t)end;
        m->end = doc->toks.v[end - 1].start + doc->toks.v[end - 1].len;
    }
    if (nrem) {
        size_t k = 0;
        for (size_t i = 0; i < nm; i++)
            if (!c->removed.v[i])
                doc->ments.v[k++] = doc->ments.v[i];
        doc->ments.n = k;
    }
    return 0;
}

/* Drops the mentions flagged in c->removed (entities' counts follow). */
static void drop_removed(rctx *c) {
    eg_doc *doc = c->doc;
    size_t k = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        if (!c->removed.v[i]) {
            doc->ments.v[k++] = doc->ments.v[i];
            continue;
        }
        eg_docent *d = &doc->ents.v[doc->ments.v[i].ent];
        if (d->mentions)
            d->mentions--;
    }
    doc->ments.n = k;
}

/* Whether token j starts a word that mention m (ending before it) would
 * take in after a hyphen: "-", then a capitalised word, both attached, in
 * m's sentence ("Abdel-Ghani" after "Sherif Abdel"). */
static int hyphen_tail(const eg_doc *doc, const eg_mention *m) {
    size_t j = m->tok_end, se = doc->sents.v[m->sentence].tok_end;
    if (j + 1 >= se || !(doc->toks.v[m->tok_end - 1].flags & EG_TOK_CAP))
        return 0;
    const eg_token *h = &doc->toks.v[j], *w = &doc->toks.v[j + 1];
    return ntok_hyphen(doc->text, h) && ntok_attached(h) && ntok_attached(w) && is_word(w) &&
           (w->flags & EG_TOK_CAP) && !(w->flags & EG_TOK_ALLCAPS);
}

/* Mentions the rules and lists cut in two, joined before the forms are
 * built:
 *  - a discovered person whose name stops at a hyphen ("Sherif Abdel" of
 *    "Sherif Abdel-Ghani", "Mr Abdel" of "Mr Abdel-Ghani") takes in the
 *    capitalised word after it, and a mention of that word alone goes (the
 *    lists know "Ghani" as Ashraf Ghani); the mention moves to the person
 *    named with the whole double surname;
 *  - a discovered person named exactly as a discovered body of the article
 *    ("Consorcio Azucarero del Este") is that body.
 * 0, or -1 on ENOMEM. */
static int join_cut_names(rctx *c) {
    eg_doc *doc = c->doc;
    size_t nm = doc->ments.n;
    if (EG_VEC_RESERVE(c->removed, nm ? nm : 1) != 0)
        return -1;
    memset(c->removed.v, 0, nm);
    int any = 0;
    for (size_t i = 0; i < nm; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (c->removed.v[i])
            continue;
        uint32_t e = m->ent;
        if (doc->ents.v[e].gaz < 0 && is_person(c, e) && hyphen_tail(doc, m)) {
            const eg_token *w = &doc->toks.v[m->tok_end + 1];
            const eg_token *last = &doc->toks.v[m->tok_end - 1];
            if (i + 1 < nm && doc->ments.v[i + 1].tok_begin <= m->tok_end + 1 &&
                (doc->ments.v[i + 1].tok_begin != m->tok_end + 1 ||
                 doc->ments.v[i + 1].tok_end != m->tok_end + 2))
                continue; /* a longer name starts there */
            const char *nmv = ent_name(c, e);
            size_t ln = strlen(nmv);
            if (ln < last->len || memcmp(nmv + ln - last->len, doc->text + last->start, last->len))
                continue;
            eg_strbuf_clear(&c->tmp);
            if (eg_strbuf_append(&c->tmp, nmv, ln) != 0 ||
                eg_strbuf_append(&c->tmp, doc->text + last->start + last->len,
                                 w->start + w->len - last->start - last->len) != 0)
                return -1;
            long ne = eg_doc_discovered(doc, c->tmp.data, c->tmp.len, "person");
            if (ne < 0)
                return -1;
            m = &doc->ments.v[i];
            if (i + 1 < nm && doc->ments.v[i + 1].tok_begin == m->tok_end + 1)
                c->removed.v[i + 1] = 1;
            m->tok_end += 2;
            m->end = w->start + w->len;
            eg_doc_move_mention(doc, m, (uint32_t)ne);
            any = 1;
            continue;
        }
        if (doc->ents.v[e].gaz >= 0 && m->tok_end - m->tok_begin == 1 && hyphen_tail(doc, m)) {
            /* "Ms Mbeki-Tran" after "Rosalind Mbeki-Tran": a listed name
             * ("Mbeki") that begins the double surname of a person named
             * before */
            const eg_token *w = &doc->toks.v[m->tok_end + 1];
            const char *sw = doc->text + m->start;
            size_t sl = w->start + w->len - m->start;
            uint32_t to = NONE;
            int many = 0;
            for (size_t k = 0; k < i && !many; k++) {
                uint32_t f = doc->ents.v[doc->ments.v[k].ent].gaz < 0 ? doc->ments.v[k].ent : NONE;
                if (f == NONE || f == to || !is_person(c, f))
                    continue;
                const char *fn = ent_name(c, f);
                size_t fl = strlen(fn);
                if (fl > sl && fn[fl - sl - 1] == ' ' && memcmp(fn + fl - sl, sw, sl) == 0) {
                    many = to != NONE;
                    to = f;
                }
            }
            if (to == NONE || many)
                continue;
            if (i + 1 < nm && doc->ments.v[i + 1].tok_begin <= m->tok_end + 1) {
                if (doc->ments.v[i + 1].tok_begin != m->tok_end + 1 ||
                    doc->ments.v[i + 1].tok_end != m->tok_end + 2)
                    continue;
                c->removed.v[i + 1] = 1;
            }
            m->tok_end += 2;
            m->end = w->start + w->len;
            eg_doc_move_mention(doc, m, to);
            m->origin = EG_ORIGIN_SHORT;
            any = 1;
        }
    }
    if (any)
        drop_removed(c);
    /* a person and a body of one name */
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t e = m->ent;
        if (doc->ents.v[e].gaz >= 0 || !is_person(c, e) || !strchr(ent_name(c, e), ' '))
            continue;
        for (uint32_t f = 0; f < doc->ents.n; f++)
            if (f != e && doc->ents.v[f].gaz < 0 && doc->ents.v[f].mentions && is_body(c, f) &&
                strcmp(ent_name(c, f), ent_name(c, e)) == 0) {
                eg_doc_move_mention(doc, m, f);
                break;
            }
    }
    return 0;
}

/* Whether mention m is one all-capitals word of 3 or more letters ("TSE"). */
/* Whether listed entity e's name is key[0..n) after a listed country,
 * demonym or place of one word ("Defence Intelligence Service" of "Danish
 * Defence Intelligence Service"): the name a writer gives a body of the
 * article's own country, before or after any other name of it. */
static int listed_without_place(const rctx *c, uint32_t e, const char *key, size_t n) {
    if (c->doc->ents.v[e].gaz < 0 || !is_body(c, e) || !memchr(key, ' ', n))
        return 0;
    const char *nm = ent_name(c, e);
    size_t nn = strlen(nm);
    if (nn <= n + 1 || nm[nn - n - 1] != ' ' || memcmp(nm + nn - n, key, n) != 0 ||
        memchr(nm, ' ', nn - n - 1))
        return 0;
    return place_word(c, nm, nn - n - 1);
}

/* Whether organisation e is named "<First> <tail>", with a company tail
 * ("Beacon Labs"), and one-word organisation x of the rules is its first
 * word: the same company wherever x comes. */
static int company_tail(const rctx *c, uint32_t e, uint32_t x) {
    if (strcmp(ent_type(c, e), "organisation") != 0 || strcmp(ent_type(c, x), "organisation") != 0)
        return 0;
    const char *nm = ent_name(c, e), *sp = strchr(nm, ' ');
    if (!sp)
        return 0;
    const char *sp2 = strchr(sp + 1, ' ');
    /* "Fjordkraft Holding ASA", "Fjordkraft ASA": a legal form may end it */
    if (sp2 && !strchr(sp2 + 1, ' ') && WORD_IN(legal_forms, sp2 + 1, strlen(sp2 + 1)))
        return WORD_IN(company_tails, sp + 1, (size_t)(sp2 - sp - 1));
    if (sp2)
        return 0;
    return WORD_IN(company_tails, sp + 1, strlen(sp + 1)) ||
           WORD_IN(legal_forms, sp + 1, strlen(sp + 1));
}

static int acronym_mention(const eg_doc *doc, const eg_mention *m) {
    if (m->tok_end - m->tok_begin != 1)
        return 0;
    const eg_token *t = &doc->toks.v[m->tok_begin];
    return (t->flags & EG_TOK_WORD) && (t->flags & EG_TOK_ALLCAPS) &&
           !(t->flags & (EG_TOK_DOTTED | EG_TOK_POSS)) && t->len >= HEADFIRST_MIN_LETTERS;
}

/* Adds to c->fits the bodies whose acronym with the head word first is the
 * capitals s[0..n) ("TSE" finds "Supreme Electoral Tribunal"), excluding
 * `self`. */
static int lookup_headfirst(rctx *c, const char *s, size_t n, uint32_t self) {
    char key[sizeof HEADFIRST_PREFIX + 16];
    size_t nk = n ? headfirst_key(s[0], s + 1, n - 1, key, sizeof key) : 0;
    return nk ? lookup(c, key, nk, 0, 1u << F_HEADFIRST, self) : 0;
}

/* Entity-level fixes made with the forms of the first build, before any
 * short form is resolved:
 *  - a discovered entity named exactly as the article writes a listed entity
 *    of the same kind is that listed entity (the rules named a body
 *    "Data Protection Commission" after its "(DPC)" while the list knows it
 *    as "Data Protection Commission (Ireland)");
 *  - a listed body that the article names only by an acronym of 3 or more
 *    letters ("TSE", in the list the Tokyo Stock Exchange) is instead a body
 *    named in full earlier in the article with those initials, as they are
 *    or with the head word first (the "Supreme Electoral Tribunal", in
 *    Spanish Tribunal Supremo Electoral), when exactly one fits;
 *  - a discovered body named by an acronym with a joining word's small
 *    letter ("BdL") is the one body whose initials spell it so ("Banque du
 *    Liban"), wherever that comes.
 * Sets *changed when a mention moved. 0, or -1 on ENOMEM. */
/* Whether mention m is one word of two or more clipped capitalised parts
 * ("ComCom", "MinFin"): ASCII letters, each capital followed by two or
 * more small letters. */
static int clipped_mention(const eg_doc *doc, const eg_mention *m) {
    if (m->tok_end - m->tok_begin != 1)
        return 0;
    const eg_token *t = &doc->toks.v[m->tok_begin];
    const char *s = doc->text + t->start;
    if (!(t->flags & EG_TOK_WORD) || (t->flags & (EG_TOK_DOTTED | EG_TOK_POSS)) ||
        !(s[0] >= 'A' && s[0] <= 'Z'))
        return 0;
    size_t parts = 0, run = 0;
    for (size_t i = 0; i < t->len; i++) {
        if (s[i] >= 'A' && s[i] <= 'Z') {
            if (i && run < 2)
                return 0;
            parts++;
            run = 0;
        } else if (s[i] >= 'a' && s[i] <= 'z') {
            run++;
        } else {
            return 0;
        }
    }
    return parts >= 2 && run >= 2;
}

/* Whether name nm's capitalised words, leaving out lower-case joining
 * words, begin one by one with the clipped parts of a[0..n) ("Commerce
 * Commission" of "ComCom"). */
static int clips_name(const char *nm, const char *a, size_t n) {
    size_t i = 0;
    for (const char *p = nm; *p;) {
        while (*p == ' ')
            p++;
        const char *q = p;
        while (*q && *q != ' ')
            q++;
        if (q == p)
            break;
        if (*p >= 'A' && *p <= 'Z') {
            size_t j = i + 1;
            while (j < n && !(a[j] >= 'A' && a[j] <= 'Z'))
                j++;
            if (i >= n || (size_t)(q - p) < j - i || memcmp(p, a + i, j - i) != 0)
                return 0;
            i = j;
        } else if (!WORD_IN(english_links, p, (size_t)(q - p))) {
            return 0;
        }
        p = q;
    }
    return i == n;
}

/* Looks up "A.C.B." as the acronym "ACB" (F_EXACT and F_ACRONYM forms), as
 * some papers write every acronym; s[0..n) must be single capitals each
 * followed by a full stop. 0, or -1 on ENOMEM. */
static int lookup_dotted(rctx *c, const char *s, size_t n, uint32_t self) {
    char buf[16];
    size_t k = 0;
    if (n < 4 || n % 2 || n / 2 >= sizeof buf)
        return 0;
    for (size_t i = 0; i < n; i += 2) {
        if (!(s[i] >= 'A' && s[i] <= 'Z') || s[i + 1] != '.')
            return 0;
        buf[k++] = s[i];
    }
    return lookup(c, buf, k, 0, (1u << F_EXACT) | (1u << F_ACRONYM), self);
}

/* Where " Red Cross" or " Red Crescent" starts inside name nm after a word
 * (a national society: "Nepal Red Cross Society", "Kenya Red Cross"), or
 * NULL. */
static const char *society_words(const char *nm) {
    const char *p = strstr(nm, " Red Cross");
    if (!p)
        p = strstr(nm, " Red Crescent");
    if (!p)
        return NULL;
    const char *q = p + (p[5] == 'C' && p[6] == 'r' && p[7] == 'o' ? 10 : 13);
    return *q == '\0' || *q == ' ' ? p : NULL;
}

/* Whether every mention of entity e reads "Red Cross" or "Red Crescent"
 * (the International Committee, never named in full nor "ICRC"). */
static int red_cross_only(const eg_doc *doc, uint32_t e) {
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *x = &doc->ments.v[i];
        size_t n = x->end - x->start;
        const char *s = doc->text + x->start;
        if (x->ent == e && !((n == 9 && memcmp(s, "Red Cross", 9) == 0) ||
                             (n == 12 && memcmp(s, "Red Crescent", 12) == 0)))
            return 0;
    }
    return 1;
}

/* The one organisation named earlier than `start` that is a national
 * society whose name holds a[0..n) ("Red Cross" of "Nepal Red Cross
 * Society"), or NONE. */
static uint32_t society_of(const rctx *c, const char *a, size_t n, uint32_t self, uint32_t start) {
    if (!((n == 9 && memcmp(a, "Red Cross", 9) == 0) ||
          (n == 12 && memcmp(a, "Red Crescent", 12) == 0)))
        return NONE;
    uint32_t found = NONE;
    for (uint32_t f = 0; f < c->doc->ents.n; f++) {
        const char *p = f == self || !c->doc->ents.v[f].mentions || c->doc->ents.v[f].gaz >= 0 ||
                                c->first.v[f] == NONE || c->first.v[f] >= start ||
                                strcmp(ent_type(c, f), "organisation")
                            ? NULL
                            : society_words(ent_name(c, f));
        if (!p || memcmp(p + 1, a, n) != 0)
            continue;
        if (found != NONE)
            return NONE;
        found = f;
    }
    return found;
}

/* Whether nm is an acronym with a small letter between capitals ("BdL"):
 * 3 to 8 ASCII letters, the first and the last capitals. */
static int mixed_acronym(const char *nm) {
    size_t n = strlen(nm), small = 0;
    if (n < 3 || n > 8 || !(nm[0] >= 'A' && nm[0] <= 'Z') ||
        !(nm[n - 1] >= 'A' && nm[n - 1] <= 'Z'))
        return 0;
    for (size_t i = 1; i + 1 < n; i++) {
        if (nm[i] >= 'a' && nm[i] <= 'z')
            small++;
        else if (!(nm[i] >= 'A' && nm[i] <= 'Z'))
            return 0;
    }
    return small > 0;
}

static int pass_entities(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    size_t ne = doc->ents.n;
    if (EG_VEC_RESERVE(c->cover, ne ? ne : 1) != 0 || EG_VEC_RESERVE(c->removed, ne ? ne : 1) != 0)
        return -1;
    uint32_t *to = c->cover.v;
    uint8_t *full = c->removed.v; /* bit 1: has a mention; bit 2: one that is no acronym */
    memset(full, 0, ne);
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        full[m->ent] |=
            (uint8_t)(1u | (acronym_mention(doc, m) || clipped_mention(doc, m) ? 0u : 2u));
    }
    for (size_t e = 0; e < ne; e++) {
        to[e] = NONE;
        if (doc->ents.v[e].gaz >= 0 || !(full[e] & 1u))
            continue;
        const char *nm = ent_name(c, (uint32_t)e);
        eg_strbuf_clear(&c->key);
        eg_strbuf_clear(&c->tmp);
        if (fold_space(nm, strlen(nm), &c->key) != 0 ||
            eg_fold(c->key.data, c->key.len, 0, &c->tmp) != 0)
            return -1;
        c->fits.n = 0;
        if (lookup(c, c->tmp.data, c->tmp.len, 0, 1u << F_EXACT, (uint32_t)e) != 0)
            return -1;
        size_t k = 0;
        for (size_t f = 0; f < c->fits.n; f++)
            if (doc->ents.v[c->fits.v[f].ent].gaz >= 0 &&
                same_kind(c, c->fits.v[f].ent, (uint32_t)e))
                c->fits.v[k++] = c->fits.v[f];
        if (k == 0 && strcmp(ent_type(c, (uint32_t)e), "organisation") == 0) {
            /* "PT Pertamina" beside the listed "Pertamina" the article
             * writes: a company's name with a heading legal form */
            const char *sp = strchr(nm, ' ');
            if (sp && WORD_IN(lead_forms, nm, (size_t)(sp - nm)) && sp[1] && sp[1] != ' ') {
                c->fits.n = 0;
                if (lookup(c, sp + 1, strlen(sp + 1), 0, 1u << F_EXACT, (uint32_t)e) != 0)
                    return -1;
                for (size_t f = 0; f < c->fits.n; f++)
                    if (doc->ents.v[c->fits.v[f].ent].gaz >= 0 &&
                        same_kind(c, c->fits.v[f].ent, (uint32_t)e) &&
                        (k == 0 || c->fits.v[f].ent != c->fits.v[0].ent))
                        c->fits.v[k++] = c->fits.v[f];
            }
        }
        if (k == 1) {
            to[e] = c->fits.v[0].ent;
        } else if (k == 0 && mixed_acronym(nm)) {
            /* "The BdL said" before "Banque du Liban": an acronym that
             * keeps a joining word's small letter fits wherever it comes */
            c->fits.n = 0;
            if (lookup(c, nm, strlen(nm), 0, 1u << F_ACRONYM, (uint32_t)e) != 0)
                return -1;
            for (size_t f = 0; f < c->fits.n; f++)
                if (is_body(c, c->fits.v[f].ent) && same_kind(c, c->fits.v[f].ent, (uint32_t)e))
                    c->fits.v[k++] = c->fits.v[f];
            if (k == 1)
                to[e] = c->fits.v[0].ent;
        }
    }
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t e = m->ent;
        if (to[e] != NONE) {
            eg_doc_move_mention(doc, m, to[e]);
            *changed = 1;
            continue;
        }
        if (m->origin == EG_ORIGIN_GAZETTEER && doc->ents.v[e].gaz >= 0 && is_body(c, e) &&
            red_cross_only(doc, e)) {
            /* "the Red Cross" after the "Nepal Red Cross Society" */
            uint32_t f = society_of(c, doc->text + m->start, m->end - m->start, e, m->start);
            if (f != NONE) {
                eg_doc_move_mention(doc, m, f);
                m->origin = EG_ORIGIN_SHORT;
                *changed = 1;
                continue;
            }
        }
        if (m->origin != EG_ORIGIN_GAZETTEER || doc->ents.v[e].gaz < 0 || (full[e] & 2u) ||
            !is_body(c, e))
            continue;
        const char *a = doc->text + m->start;
        size_t n = m->end - m->start;
        c->fits.n = 0;
        if (!acronym_mention(doc, m)) {
            /* "ComCom", listed for Georgia's regulator, after "Commerce Commission" */
            if (!clipped_mention(doc, m))
                continue;
            for (uint32_t f = 0; f < ne; f++)
                if (f != e && (full[f] & 2u) && is_body(c, f) && c->first.v[f] != NONE &&
                    clips_name(ent_name(c, f), a, n) &&
                    add_fit(c, f, c->first.v[f], F_ACRONYM) != 0)
                    return -1;
            int amb, in_title = (doc->sents.v[m->sentence].flags & EG_SENT_TITLE) != 0;
            uint32_t dst = decide(c, m->start, in_title, &amb);
            if (dst != NONE) {
                eg_doc_move_mention(doc, m, dst);
                m->origin = EG_ORIGIN_SHORT;
                *changed = 1;
            }
            continue;
        }
        if (lookup(c, a, n, 0, 1u << F_ACRONYM, e) != 0)
            return -1;
        if (c->fits.n == 0 && lookup_headfirst(c, a, n, e) != 0)
            return -1;
        size_t k = 0;
        for (size_t f = 0; f < c->fits.n; f++)
            if (is_body(c, c->fits.v[f].ent) && (full[c->fits.v[f].ent] & 2u))
                c->fits.v[k++] = c->fits.v[f];
        c->fits.n = k;
        int amb, in_title = (doc->sents.v[m->sentence].flags & EG_SENT_TITLE) != 0;
        uint32_t dst = decide(c, m->start, in_title, &amb);
        /* "The CCCS said" before "the Canadian Centre for Cyber Security":
         * initials in English order may come first, as the list's body is
         * never named in full */
        if (dst == NONE && !amb && c->fits.n == 1 && (c->fits.v[0].kinds & (1u << F_ACRONYM)))
            dst = c->fits.v[0].ent;
        if (dst != NONE) {
            eg_doc_move_mention(doc, m, dst);
            m->origin = EG_ORIGIN_SHORT;
            *changed = 1;
        }
    }
    return 0;
}

/* The one entity of type `type` other than `self`, with a mention, whose
 * name ends with the word w[0..n) in any case ("shoal" finds "Sabina
 * Shoal"); NONE if none or two. */
static uint32_t named_by_head(const rctx *c, const char *type, const char *w, size_t n,
                              uint32_t self) {
    uint32_t found = NONE;
    for (size_t e = 0; e < c->doc->ents.n; e++) {
        if (e == self || !c->doc->ents.v[e].mentions || strcmp(ent_type(c, (uint32_t)e), type) != 0)
            continue;
        const char *nm = ent_name(c, (uint32_t)e);
        size_t l = strlen(nm);
        if (l <= n || nm[l - n - 1] != ' ')
            continue;
        size_t i = 0;
        while (i < n && ascii_lower(nm[l - n + i]) == ascii_lower(w[i]))
            i++;
        if (i < n)
            continue;
        if (found != NONE)
            return NONE;
        found = (uint32_t)e;
    }
    return found;
}

/* The one entity of type `type` other than `self` named in the title; NONE
 * if none or two. */
static uint32_t named_in_title(const rctx *c, const char *type, uint32_t self) {
    uint32_t found = NONE;
    for (size_t i = 0; i < c->doc->ments.n; i++) {
        const eg_mention *m = &c->doc->ments.v[i];
        if (!(c->doc->sents.v[m->sentence].flags & EG_SENT_TITLE) || m->ent == self ||
            m->ent == found || strcmp(ent_type(c, m->ent), type) != 0)
            continue;
        if (found != NONE)
            return NONE;
        found = m->ent;
    }
    return found;
}

/* What "the <noun>" or a mention ending at token e (inclusive) names, for an
 * entity of type `type` other than `self`; with `title`, a noun that ends
 * no name ("the feature") stands for the one such entity in the title. */
static uint32_t referent_at(const rctx *c, uint32_t e, uint32_t sb, const char *type, uint32_t self,
                            int title) {
    const eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    if (c->cover.v[e] != NONE) {
        const eg_mention *r = &doc->ments.v[c->cover.v[e]];
        return r->tok_end == e + 1 && r->ent != self && strcmp(ent_type(c, r->ent), type) == 0
                   ? r->ent
                   : NONE;
    }
    if (e <= sb || !(tv[e].flags & EG_TOK_WORD) || (tv[e].flags & EG_TOK_CAP) ||
        !(tok_is_word(doc, e - 1, "the") || tok_is_word(doc, e - 1, "The")))
        return NONE;
    uint32_t r = named_by_head(c, type, doc->text + tv[e].start, tv[e].len, self);
    return r == NONE && title ? named_in_title(c, type, self) : r;
}

/* A place or body the rules found where the article gives another name for
 * something it names: "the shoal, which Manila calls Escoda Shoal" or
 * "Sabina Shoal, which China calls Xianbin Jiao", and "Xianbin Jiao,
 * China’s name for the shoal". The referent is the mention before the
 * comma, or after "the" a noun that ends the name of one entity of the
 * same type ("shoal" of "Sabina Shoal"); after "name for the" a noun that
 * ends no name ("the feature") stands for the one entity of that type in
 * the title. The discovered entity's mentions move there. Sets *changed when
 * a mention moved. 0, or -1 on ENOMEM. */
/* The index of word w[0..n) among the space-separated words of name, or -1. */
static int word_index(const char *name, const char *w, size_t n) {
    int i = 0;
    for (const char *p = name; p; i++) {
        const char *q = strchr(p, ' ');
        size_t l = q ? (size_t)(q - p) : strlen(p);
        if (l == n && memcmp(p, w, n) == 0)
            return i;
        p = q ? q + 1 : NULL;
    }
    return -1;
}

/* Whether name a, written in another language ("Harak Shabab Fezzan": two
 * words or more, all capitalised, none an English joining word, generic or
 * sector word, body head, company tail or legal form), and the English name
 * b share a capitalised word of four letters or more in another place, as
 * a translation moves it ("Fezzan Youth Movement"; not "Kestrel Mining
 * Group" and "Kestrel Workers Union", nor "Ministry of Finance" and
 * "Finance Regulatory Authority"). */
static int translated_name(const char *a, const char *b) {
    int shared = 0, i = 0;
    if (!strchr(a, ' '))
        return 0;
    for (const char *p = a; *p; i++) {
        const char *q = strchr(p, ' ');
        size_t n = q ? (size_t)(q - p) : strlen(p);
        if (!(*p >= 'A' && *p <= 'Z') || WORD_IN(english_links, p, n) ||
            WORD_IN(generic_first, p, n) || WORD_IN(body_heads, p, n) ||
            WORD_IN(company_tails, p, n) || WORD_IN(legal_forms, p, n))
            return 0;
        int j = n >= 4 ? word_index(b, p, n) : -1;
        shared |= j >= 0 && j != i;
        p += n;
        while (*p == ' ')
            p++;
    }
    return shared;
}

/* Adverbs between "known" and "as" ("known locally as"). Sorted. */
static const char *const known_adverbs[] = {"also",      "commonly", "locally",
                                            "popularly", "simply",   "widely"};

/* The discovered body x names in "<x>, [the ...] known [locally] as [the] <y>"
 * (no other comma between), for y's mention m of a listed body: "Ahlu
 * Sunnah Wa-Jama, the Islamic State-linked group known locally as
 * al-Shabaab". NONE if none. */
static int tok_cap_word(const eg_doc *doc, uint32_t j) {
    uint32_t f = doc->toks.v[j].flags;
    return (f & EG_TOK_WORD) && (f & EG_TOK_CAP) && !(f & EG_TOK_POSS);
}

static uint32_t known_as_referent(const rctx *c, const eg_mention *m) {
    const eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    uint32_t sb = doc->sents.v[m->sentence].tok_begin, p = m->tok_begin;
    if (!is_body(c, m->ent))
        return NONE;
    if (p > sb && tok_is_word(doc, p - 1, "the"))
        p--;
    /* "known by its [French] initials <m>" */
    uint32_t by = p;
    int via_by = 0;
    if (by > sb && tok_is(doc, by - 1, ","))
        by--;
    if (by >= sb + 5 &&
        (tok_is_word(doc, by - 1, "initials") || tok_is_word(doc, by - 1, "acronym") ||
         tok_is_word(doc, by - 1, "abbreviation"))) {
        uint32_t q = by - 2;
        if (tok_cap_word(doc, q))
            q--;
        if (q >= sb + 3 && (tok_is_word(doc, q, "its") || tok_is_word(doc, q, "the")) &&
            tok_is_word(doc, q - 1, "by") && tok_is_word(doc, q - 2, "known")) {
            p = q; /* "by" stands for "as": the search below starts at "known" */
            via_by = 1;
        }
    }
    if (p < sb + 4 || !(via_by || tok_is_word(doc, p - 1, "as")))
        return NONE;
    uint32_t k = p - 2;
    if (WORD_IN(known_adverbs, doc->text + tv[k].start, tv[k].len))
        k--;
    else if (k > sb + 3 && tok_is_word(doc, k - 1, "in") && tok_cap_word(doc, k) &&
             c->cover.v[k] == NONE)
        k -= 2; /* "known in English as" */
    if (k < sb + 2 || !tok_is_word(doc, k, "known"))
        return NONE;
    uint32_t q = k;
    while (q > sb + 1 && k - q < 10 && !tok_is(doc, q - 1, ","))
        q--;
    if (q < sb + 2 || !tok_is(doc, q - 1, ","))
        return NONE;
    if (c->cover.v[q - 2] == NONE && q >= sb + 4) {
        /* "<r>, the country’s oldest rights group, known in English as <x>" */
        uint32_t w = q - 2;
        while (w > sb + 1 && q - w < 10 && !tok_is(doc, w - 1, ","))
            w--;
        if (w >= sb + 2 && tok_is(doc, w - 1, ",") &&
            (tok_is_word(doc, w, "the") || tok_is_word(doc, w, "a") || tok_is_word(doc, w, "an")))
            q = w;
    }
    if (c->cover.v[q - 2] == NONE)
        return NONE;
    const eg_mention *r = &doc->ments.v[c->cover.v[q - 2]];
    if (r->tok_end != q - 1 || r->ent == m->ent || doc->ents.v[r->ent].gaz >= 0 ||
        !is_body(c, r->ent))
        return NONE;
    return r->ent;
}

static int apposed_names(const char *a, const char *b);

/* Whether the sentence ends at token e or a spaced dash closes the
 * apposition within four tokens from e ("— the Front for Change and Concord
 * in Chad —"). */
static int dash_closes(const eg_doc *doc, uint32_t e, uint32_t se) {
    if (e >= se || tok_is(doc, e, ","))
        return 1;
    for (uint32_t j = e; j < se && j < e + 4; j++)
        if ((doc->toks.v[j].flags & EG_TOK_DASH) && (doc->toks.v[j].flags & EG_TOK_SPACE_BEFORE))
            return 1;
    return 0;
}

/* ---- A generic name listed for another country's body ---------------- */

/* Words of the generic names that armed and security forces go by in any
 * language ("Policía Nacional", "National Guard", "Marine nationale"), with
 * the links between them; compared without case on the first letter only.
 * Sorted. */
static const char *const force_words[] = {
    "Aeronautica", "Air",      "Armada",   "Armed",    "Army",      "Armée",      "Aérea",
    "Carabineros", "Civil",    "Coast",    "Corps",    "Ejército",  "Exército",   "Federal",
    "Force",       "Forces",   "Força",    "Forças",   "Fuerza",    "Fuerzas",    "Gendarmerie",
    "Gendarmería", "Guard",    "Guarda",   "Guardia",  "Marina",    "Marine",     "Marinha",
    "Militar",     "Military", "Nacional", "National", "Nationale", "Naval",      "Navy",
    "Police",      "Policia",  "Policía",  "Polizia",  "Polícia",   "Republican", "Sécurité",
    "Territorial", "and",      "de",       "del",      "la",        "nationale",  "the",
};

/* Whether every word of s[0..n) is a force word (a capital first letter may
 * be written small: "Marine nationale"), and there are two words or more. */
static int generic_force_name(const char *s, size_t n) {
    size_t words = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t b = i;
        while (i < n && s[i] != ' ')
            i++;
        if (i == b)
            break;
        char buf[32];
        size_t l = i - b;
        if (l >= sizeof buf)
            return 0;
        memcpy(buf, s + b, l);
        int ok = word_in(force_words, sizeof force_words / sizeof force_words[0], buf, l);
        if (!ok && buf[0] >= 'a' && buf[0] <= 'z') {
            buf[0] = (char)(buf[0] - 'a' + 'A');
            ok = word_in(force_words, sizeof force_words / sizeof force_words[0], buf, l);
        }
        if (!ok)
            return 0;
        words++;
    }
    return words >= 2;
}

/* The value of attribute `name` of listed entity g, or "". */
static const char *gaz_attr(const rctx *c, int32_t g, const char *name) {
    for (size_t k = 0; g >= 0 && k < eg_gazetteer_nattrs(c->g, (size_t)g); k++)
        if (strcmp(eg_gazetteer_attr_name(c->g, (size_t)g, k), name) == 0)
            return eg_gazetteer_attr_value(c->g, (size_t)g, k);
    return "";
}

/* Whether words w[i..i+k) (k = 1..3) spell a listed country or its demonym;
 * the number of words, or 0. */
static size_t country_words(const rctx *c, char *const *w, const size_t *wl, size_t i, size_t n) {
    char buf[128];
    for (size_t k = n - i < 3 ? n - i : 3; k >= 1; k--) {
        size_t len = 0;
        for (size_t j = 0; j < k; j++) {
            if (len + wl[i + j] + 2 > sizeof buf)
                return 0;
            if (j)
                buf[len++] = ' ';
            memcpy(buf + len, w[i + j], wl[i + j]);
            len += wl[i + j];
        }
        buf[len] = '\0';
        long g = eg_gazetteer_find(c->g, buf);
        if (g >= 0 && strcmp(eg_gazetteer_type(c->g, (size_t)g), "country") == 0)
            return k;
    }
    return 0;
}

/* The core of a body's name: its words without a trailing "(...)", a
 * trailing "of [the] <country>" and the country or demonym it starts with
 * ("National Guard" of "United States National Guard", "National Police"
 * of "National Police of Colombia", "Navy" of "Senegalese Navy"). Splits
 * name (copied into buf) into at most max words; the count. */
static size_t body_core(const rctx *c, const char *name, char *buf, size_t size, char **w,
                        size_t *wl, size_t max) {
    size_t n = strlen(name);
    const char *par = memchr(name, '(', n);
    if (par)
        n = (size_t)(par - name);
    if (n >= size)
        return 0;
    memcpy(buf, name, n);
    buf[n] = '\0';
    size_t nw = 0;
    for (char *p = buf; *p && nw < max;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        w[nw] = p;
        while (*p && *p != ' ')
            p++;
        wl[nw] = (size_t)(p - w[nw]);
        nw++;
    }
    for (size_t i = 1; i + 1 < nw; i++)
        if (wl[i] == 2 && memcmp(w[i], "of", 2) == 0) {
            size_t j = i + 1;
            if (wl[j] == 3 && memcmp(w[j], "the", 3) == 0 && j + 1 < nw)
                j++;
            if (j + country_words(c, w, wl, j, nw) == nw && country_words(c, w, wl, j, nw)) {
                nw = i;
                break;
            }
        }
    size_t lead = nw > 1 ? country_words(c, w, wl, 0, nw) : 0;
    if (lead && lead < nw) {
        memmove(w, w + lead, (nw - lead) * sizeof *w);
        memmove(wl, wl + lead, (nw - lead) * sizeof *wl);
        nw -= lead;
    }
    return nw;
}

/* Whether the cores a[0..na) and b[0..nb) name the same kind of body: one is
 * the other or begins it with two words or more ("National Police" and
 * "National Police Corps"). */
static int cores_fit(char *const *a, const size_t *al, size_t na, char *const *b, const size_t *bl,
                     size_t nb) {
    size_t k = na < nb ? na : nb;
    if (k == 0 || (na != nb && k < 2))
        return 0;
    for (size_t i = 0; i < k; i++)
        if (al[i] != bl[i])
            return 0;
        else
            for (size_t j = 0; j < al[i]; j++)
                if (ascii_lower(a[i][j]) != ascii_lower(b[i][j]))
                    return 0;
    return 1;
}

/* The iso3 code of the article's country entity e, or "". */
static const char *country_code(const rctx *c, uint32_t e) {
    int32_t g = c->doc->ents.v[e].gaz;
    if (g < 0 || strcmp(eg_gazetteer_type(c->g, (size_t)g), "country") != 0)
        return "";
    return gaz_attr(c, g, "iso3");
}

/* A listed armed or security force of one country that the article names
 * only by a generic name ("Policía Nacional", "National Guard", "Marine
 * nationale") while it never names that country and is about another one
 * (the country it names most, twice or more, and more than any other,
 * a mention in the story's first sentence counting a half more) is
 * that other country's force: the one body of the article whose name, its
 * country, demonym and qualifier left out, is or begins the listed one's
 * ("National Police of Colombia", a discovered "Senegalese Navy"), else
 * the listed body named so with the country ("National Guard (Mexico)",
 * "Colombian National Police"), else a body named as the article writes
 * it. */
static int pass_foreign_forces(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    size_t ne = doc->ents.n;
    /* the cheap test first: a listed agency written with force words only */
    int forces = 0;
    for (size_t i = 0; i < doc->ments.n && !forces; i++) {
        const eg_mention *m = &doc->ments.v[i];
        forces = m->origin == EG_ORIGIN_GAZETTEER && doc->ents.v[m->ent].gaz >= 0 &&
                 m->end - m->start >= 8 &&
                 generic_force_name(doc->text + m->start, m->end - m->start) &&
                 strcmp(ent_type(c, m->ent), "agency") == 0;
    }
    if (!forces)
        return 0;
    if (EG_VEC_RESERVE(c->formal, ne ? ne : 1) != 0)
        return -1;
    uint32_t *count = c->formal.v, lead = 0;
    memset(count, 0, ne * sizeof *count);
    while (lead < doc->sents.n && (doc->sents.v[lead].flags & EG_SENT_TITLE))
        lead++; /* the dateline's sentence counts a half more */
    for (size_t i = 0; i < doc->ments.n; i++)
        count[doc->ments.v[i].ent] += 2 + (doc->ments.v[i].sentence == lead);
    uint32_t best = NONE, bestn = 0, second = 0;
    for (size_t e = 0; e < ne; e++) {
        if (!*country_code(c, (uint32_t)e))
            continue;
        uint32_t n = count[e];
        if (n > bestn) {
            second = bestn;
            bestn = n;
            best = (uint32_t)e;
        } else if (n > second)
            second = n;
    }
    if (best == NONE || bestn < 4 || bestn == second)
        return 0;
    const char *home = country_code(c, best);
    for (size_t e = 0; e < ne; e++) {
        int32_t g = doc->ents.v[e].gaz;
        if (g < 0 || strcmp(eg_gazetteer_type(c->g, (size_t)g), "agency") != 0)
            continue;
        const char *cc = gaz_attr(c, g, "country");
        if (strlen(cc) != 3 || strcmp(cc, home) == 0)
            continue;
        int named = 0;
        for (size_t f = 0; f < doc->ents.n && !named; f++)
            named = strcmp(country_code(c, (uint32_t)f), cc) == 0;
        if (named)
            continue;
        const eg_mention *first = NULL;
        int generic = 1, any = 0;
        for (size_t i = 0; i < doc->ments.n && generic; i++) {
            const eg_mention *m = &doc->ments.v[i];
            if (m->ent != e)
                continue;
            any = 1;
            if (!first)
                first = m;
            generic = m->origin == EG_ORIGIN_GAZETTEER &&
                      generic_force_name(doc->text + m->start, m->end - m->start);
        }
        if (!any || !generic)
            continue;
        char ebuf[256], fbuf[256];
        char *ew[16], *fw[16];
        size_t ewl[16], fwl[16];
        size_t en =
            body_core(c, eg_gazetteer_name(c->g, (size_t)g), ebuf, sizeof ebuf, ew, ewl, 16);
        if (en == 0)
            continue;
        uint32_t to = NONE;
        int several = 0;
        for (size_t f = 0; f < doc->ents.n; f++) {
            if (f == e || doc->ents.v[f].mentions == 0 ||
                strcmp(ent_type(c, (uint32_t)f), "agency") != 0)
                continue;
            int32_t fg = doc->ents.v[f].gaz;
            if (fg >= 0 && strcmp(gaz_attr(c, fg, "country"), home) != 0)
                continue;
            size_t fn = body_core(c, ent_name(c, (uint32_t)f), fbuf, sizeof fbuf, fw, fwl, 16);
            if (!cores_fit(ew, ewl, en, fw, fwl, fn))
                continue;
            several |= to != NONE;
            to = (uint32_t)f;
        }
        if (several)
            continue;
        if (to == NONE) {
            /* the listed force of the home country, named with it */
            const char *hname = eg_gazetteer_name(c->g, (size_t)doc->ents.v[best].gaz);
            for (size_t k = en; k >= 2 && to == NONE; k--) {
                char core[200];
                size_t cl = 0;
                for (size_t j = 0; j < k && cl + ewl[j] + 2 < sizeof core; j++) {
                    if (j)
                        core[cl++] = ' ';
                    memcpy(core + cl, ew[j], ewl[j]);
                    cl += ewl[j];
                }
                core[cl] = '\0';
                for (int shape = 0; shape < 3 + 8 && to == NONE; shape++) {
                    char cand[300];
                    if (shape == 0)
                        snprintf(cand, sizeof cand, "%s (%s)", core, hname);
                    else if (shape == 1)
                        snprintf(cand, sizeof cand, "%s of %s", core, hname);
                    else if (shape == 2)
                        snprintf(cand, sizeof cand, "%s %s", hname, core);
                    else {
                        /* the home country as the article writes it ("Colombian") */
                        int nth = shape - 3, seen = 0;
                        const eg_mention *hm = NULL;
                        for (size_t i = 0; i < doc->ments.n && !hm; i++)
                            if (doc->ments.v[i].ent == best && seen++ == nth)
                                hm = &doc->ments.v[i];
                        if (!hm)
                            break;
                        snprintf(cand, sizeof cand, "%.*s %s", (int)(hm->end - hm->start),
                                 doc->text + hm->start, core);
                    }
                    long h = eg_gazetteer_find(c->g, cand);
                    if (h >= 0 && h != g &&
                        strcmp(eg_gazetteer_type(c->g, (size_t)h), "agency") == 0 &&
                        strcmp(gaz_attr(c, (int32_t)h, "country"), home) == 0) {
                        long x = eg_doc_gazent(doc, (int32_t)h);
                        if (x < 0)
                            return -1;
                        to = (uint32_t)x;
                    }
                }
            }
        }
        if (to == NONE) {
            long x = eg_doc_discovered(doc, doc->text + first->start, first->end - first->start,
                                       "agency");
            if (x < 0)
                return -1;
            to = (uint32_t)x;
        }
        move_all_mentions(c, (uint32_t)e, to, changed);
    }
    return 0;
}

static int pass_other_names(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    if (EG_VEC_RESERVE(c->cover, doc->toks.n ? doc->toks.n : 1) != 0)
        return -1;
    for (size_t j = 0; j < doc->toks.n; j++)
        c->cover.v[j] = NONE;
    for (size_t i = 0; i < doc->ments.n; i++)
        for (uint32_t j = doc->ments.v[i].tok_begin; j < doc->ments.v[i].tok_end; j++)
            c->cover.v[j] = (uint32_t)i;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *x = &doc->ments.v[i];
        uint32_t self = x->ent;
        if (x->origin == EG_ORIGIN_GAZETTEER && doc->ents.v[self].gaz >= 0) {
            uint32_t r = known_as_referent(c, x);
            if (r == NONE)
                continue;
            if (strcmp(ent_name(c, r), ent_name(c, self)) == 0)
                move_all_mentions(c, r, self, changed); /* the listed body itself */
            else
                move_all_mentions(c, self, r, changed);
            continue;
        }
        if (x->origin != EG_ORIGIN_RULE || doc->ents.v[self].gaz >= 0 || is_person(c, self))
            continue;
        const eg_sentence *sn = &doc->sents.v[x->sentence];
        uint32_t sb = sn->tok_begin, se = sn->tok_end, b = x->tok_begin, e = x->tok_end;
        const char *type = ent_type(c, self);
        uint32_t to = NONE;
        /* "<referent>, which <namer> calls [the] <x>" */
        uint32_t p = b;
        if (p > sb && tok_is_word(doc, p - 1, "the"))
            p--;
        if (p >= sb + 4 && (tok_is_word(doc, p - 1, "calls") || tok_is_word(doc, p - 1, "call"))) {
            uint32_t w = p - 2;
            while (w > sb && w + 5 > p && !tok_is_word(doc, w, "which"))
                w--;
            if (tok_is_word(doc, w, "which") && w + 2 < p && w >= sb + 2 && tok_is(doc, w - 1, ","))
                to = referent_at(c, w - 2, sb, type, self, 0);
        }
        /* "<referent>, or [the] <x>," of two bodies sharing a word of their
         * names ("Harak Shabab Fezzan, or the Fezzan Youth Movement,") */
        if (to == NONE && p >= sb + 3 && tok_is_word(doc, p - 1, "or") && tok_is(doc, p - 2, ",") &&
            (e >= se || tok_is(doc, e, ",") || tok_is(doc, e, ")"))) {
            uint32_t r = referent_at(c, p - 3, sb, type, self, 0);
            if (r != NONE && doc->ents.v[r].gaz < 0 && is_body(c, r) &&
                (translated_name(ent_name(c, r), ent_name(c, self)) ||
                 translated_name(ent_name(c, self), ent_name(c, r)) ||
                 apposed_names(ent_name(c, r), ent_name(c, self))))
                to = r;
        }
        /* "<referent> — [the] <x> —" and "<referent>, [the] <x>," of a
         * body's names in two languages ("Front pour l’Alternance et la
         * Concorde au Tchad — the Front for Change and Concord in Chad —") */
        if (to == NONE && is_body(c, self) && p >= sb + 2 &&
            (((doc->toks.v[p - 1].flags & EG_TOK_DASH) &&
              (doc->toks.v[p - 1].flags & EG_TOK_SPACE_BEFORE) && dash_closes(doc, e, se)) ||
             (tok_is(doc, p - 1, ",") &&
              (e >= se || tok_is(doc, e, ",") || (doc->toks.v[e].flags & EG_TOK_DASH))))) {
            uint32_t r = referent_at(c, p - 2, sb, type, self, 0);
            if (r == NONE)
                r = referent_at(c, p - 2, sb, type[0] == 'a' ? "organisation" : "agency", self, 0);
            if (r != NONE && is_body(c, r) && apposed_names(ent_name(c, r), ent_name(c, self)))
                to = r;
        }
        /* "<referent>, known [in English] as [the] <x>" of two bodies the
         * rules found ("..., known as the Big Fund,") */
        if (to == NONE && is_body(c, self)) {
            uint32_t r = known_as_referent(c, x);
            if (r != NONE && r != self)
                to = r;
        }
        /* "<x>, <namer>’s name for the <referent>" */
        if (to == NONE && e + 5 < se && tok_is(doc, e, ",")) {
            uint32_t q = e + 1;
            while (q < e + 5 && q < se && !tok_is_word(doc, q, "name"))
                q++;
            if (q > e + 1 && q + 2 < se && tok_is_word(doc, q, "name") &&
                (doc->toks.v[q - 1].flags & EG_TOK_POSS) && tok_is_word(doc, q + 1, "for")) {
                uint32_t r = q + 2;
                if (tok_is_word(doc, r, "the") && r + 1 < se)
                    r++;
                to = referent_at(c, r, sb, type, self, 1);
            }
        }
        if (to == NONE)
            continue;
        move_all_mentions(c, self, to, changed);
    }
    return 0;
}

/* The gazetteer entity that the name s[0..n) is a form of, read without case
 * and, when `join` is set, with words joined by a hyphen written as one word
 * ("Anti-Corruption" read as "anticorruption"); -1 if none, -2 if it names
 * two or more. */
static long listed_form_folded(rctx *c, const char *s, size_t n, int join) {
    if (tokenize_name(c, s, n) != 0)
        return -1;
    const eg_token *t = c->ntok.v;
    size_t nt = c->ntok.n;
    uint32_t node = 0;
    char buf[128];
    for (size_t i = 0; i < nt; i++) {
        size_t k = eg_fold_buf(s + t[i].start, t[i].len, EG_FOLD_CASE, buf, sizeof buf);
        if (k == (size_t)-1)
            return -1;
        while (join && i + 2 < nt && ntok_hyphen(s, &t[i + 1]) && ntok_attached(&t[i + 1]) &&
               ntok_attached(&t[i + 2]) && is_word(&t[i]) && is_word(&t[i + 2])) {
            size_t l = eg_fold_buf(s + t[i + 2].start, t[i + 2].len, EG_FOLD_CASE, buf + k,
                                   sizeof buf - k);
            if (l == (size_t)-1)
                return -1;
            k += l;
            i += 2;
        }
        uint32_t tok = eg_gazetteer_token(c->g, buf, k);
        if (tok == EG_GAZ_NONE)
            return -1;
        node = eg_gazetteer_child(c->g, node, tok);
        if (node == EG_GAZ_NONE)
            return -1;
    }
    size_t nv = 0;
    const eg_gaz_variant *v = eg_gazetteer_variants(c->g, node, &nv);
    long found = -1;
    for (size_t i = 0; i < nv; i++) {
        if (v[i].flags & EG_GAZ_DEMONYM)
            continue;
        if (found >= 0 && found != (long)v[i].ent)
            return -2;
        found = (long)v[i].ent;
    }
    return found;
}

/* A discovered body named, case aside or with a hyphen's words written as
 * one, as a listed body of the article is that body: "Forces Armées
 * Maliennes" of the Malian Armed Forces (listed "Forces armées maliennes")
 * the article names "FAMa"; "Central Anti-Corruption Bureau" of the listed
 * "Central Anticorruption Bureau" the article names "CBA". A name that is
 * no listed form, or one of a listed body the article does not name, stays.
 * A discovered body named exactly as the listed one is another body of
 * that name the rules made ("Guyana’s Environmental Protection Agency"
 * beside the listed one of the United States): the listed body's mentions
 * ("EPA") move to it. Sets *changed when a mention moved. 0, or -1 on ENOMEM. */
static int pass_listed_folded(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    size_t ne = doc->ents.n;
    for (size_t e = 0; e < ne; e++) {
        if (doc->ents.v[e].gaz >= 0 || !doc->ents.v[e].mentions || !is_body(c, (uint32_t)e))
            continue;
        const char *nm = ent_name(c, (uint32_t)e);
        if (!strchr(nm, ' '))
            continue;
        long g = listed_form_folded(c, nm, strlen(nm), 0);
        if (g == -1 && strchr(nm, '-'))
            g = listed_form_folded(c, nm, strlen(nm), 1);
        if (g < 0)
            continue;
        uint32_t to = NONE;
        for (size_t f = 0; f < ne; f++)
            if (f != e && doc->ents.v[f].gaz == (int32_t)g && doc->ents.v[f].mentions &&
                is_body(c, (uint32_t)f))
                to = (uint32_t)f;
        if (to == NONE)
            continue;
        if (eg_gazetteer_find(c->g, nm) == g)
            move_all_mentions(c, to, (uint32_t)e, changed); /* the rules' other body */
        else
            move_all_mentions(c, (uint32_t)e, to, changed);
    }
    return 0;
}

/* A listed country that the article names only by the end of its formal
 * name, which also ends another country's formal name given in full before
 * ("Congo", listed for the Democratic Republic of the Congo, after "the
 * Republic of the Congo"), is that other country: all its mentions move when
 * each is such a short form of the same one country. A country whose own
 * name is the short form keeps it ("China" after "Republic of China").
 * Sets *changed when a mention moved. 0, or -1 on ENOMEM. */
static int pass_formal_names(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    size_t ne = doc->ents.n;
    const uint32_t bad = NONE - 1;
    /* the cheap test first: a country written with a formal name ("Republic
     * of the Congo"), whose end another country's mention may be */
    int formal = 0;
    for (size_t i = 0; i < doc->ments.n && !formal; i++) {
        const eg_mention *m = &doc->ments.v[i];
        if (m->tok_end - m->tok_begin < 3 || m->origin != EG_ORIGIN_GAZETTEER)
            continue;
        for (uint32_t j = m->tok_begin + 1; j + 1 < m->tok_end && !formal; j++)
            formal =
                doc->toks.v[j].len == 2 && memcmp(doc->text + doc->toks.v[j].start, "of", 2) == 0;
        formal = formal && strcmp(ent_type(c, m->ent), "country") == 0;
    }
    if (!formal)
        return 0;
    if (EG_VEC_RESERVE(c->formal, ne ? ne : 1) != 0)
        return -1;
    uint32_t *to = c->formal.v;
    for (size_t e = 0; e < ne; e++)
        to[e] = NONE;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        uint32_t e = m->ent;
        if (to[e] == bad || doc->ents.v[e].gaz < 0 || strcmp(ent_type(c, e), "country") != 0)
            continue;
        if (m->origin == EG_ORIGIN_DEMONYM)
            continue; /* "Congolese" goes where "Congo" goes */
        if (m->origin != EG_ORIGIN_GAZETTEER) {
            to[e] = bad; /* a rule's name is no formal name's end */
            continue;
        }
        if (mention_form(c, m) != 0)
            return -1;
        c->fits.n = 0;
        if (lookup(c, c->tmp.data, c->tmp.len, 0, 1u << F_BASE, NONE) != 0)
            return -1;
        size_t k = 0;
        int own = 0;
        for (size_t f = 0; f < c->fits.n; f++) {
            own |= c->fits.v[f].ent == e;
            if (c->fits.v[f].ent != e && strcmp(ent_type(c, c->fits.v[f].ent), "country") == 0)
                c->fits.v[k++] = c->fits.v[f];
        }
        c->fits.n = own ? k : 0; /* "China" is no end of the formal name "Republic of China" */
        int amb, in_title = (doc->sents.v[m->sentence].flags & EG_SENT_TITLE) != 0;
        uint32_t dst = decide(c, m->start, in_title, &amb);
        to[e] = (dst == NONE || (to[e] != NONE && to[e] != dst)) ? bad : dst;
    }
    c->fits.n = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t dst = to[m->ent];
        if (dst == NONE || dst == bad)
            continue;
        eg_doc_move_mention(doc, m, dst);
        m->origin = EG_ORIGIN_SHORT;
        *changed = 1;
    }
    return 0;
}

/* The gazetteer category of listed entity g ("water", "region" ...), or "". */
static const char *gaz_category(const rctx *c, int32_t g) {
    for (size_t k = 0; g >= 0 && k < eg_gazetteer_nattrs(c->g, (size_t)g); k++)
        if (strcmp(eg_gazetteer_attr_name(c->g, (size_t)g, k), "category") == 0)
            return eg_gazetteer_attr_value(c->g, (size_t)g, k);
    return "";
}

/* Feature words that writers drop from a river's, a lake's or a sea's name
 * ("the Mekong" of "Mekong River") and from a region's ("Kurdistan" of
 * "Kurdistan Region"). Sorted. */
static const char *const water_words[] = {"Lake", "River", "Sea"};
static const char *const region_words[] = {"Desert", "Region", "Valley"};

/* Whether place name `name` is `bare` with a feature word after it ("Mekong
 * River") or, for water, "Lake" or "River" before it ("River Thames"); the
 * words of water when `water`, else of a region (the "Essequibo River" is
 * no name of the Essequibo region). */
static int featured_name(const char *name, const char *bare, int water) {
    size_t n = strlen(name), b = strlen(bare);
    if (n <= b + 1)
        return 0;
    if (strncmp(name, bare, b) == 0 && name[b] == ' ')
        return water ? WORD_IN(water_words, name + b + 1, n - b - 1)
                     : WORD_IN(region_words, name + b + 1, n - b - 1);
    const char *sp = strchr(name, ' ');
    return water && sp && strcmp(sp + 1, bare) == 0 &&
           ((sp - name == 4 && strncmp(name, "Lake", 4) == 0) ||
            (sp - name == 5 && strncmp(name, "River", 5) == 0));
}

/* Gazetteer categories of areas that writers also name with the word for
 * their kind ("Cabo Delgado Province", "Kogi State"), and those words, as
 * they follow the name or, with "of", head it ("Province of Cabo Delgado").
 * Sorted. */
static const char *const admin_categories[] = {"province", "region", "state", "territory"};
static const char *const admin_words[] = {
    "County",   "District", "Governorate", "Oblast",    "Prefecture",
    "Province", "Region",   "State",       "Territory",
};
/* Lower-case words after an area's bare name that say it is the area ("the
 * Limpopo province", "the Limpopo provincial government"), not the river.
 * Sorted. */
static const char *const admin_lower[] = {
    "administration", "assembly",   "authorities", "capital",     "county",      "department",
    "district",       "government", "governor",    "governorate", "legislature", "municipal",
    "oblast",         "official",   "officials",   "police",      "premier",     "province",
    "provincial",     "region",     "regional",    "residents",   "state",
};

/* Whether `name` is area `bare` with a word of admin_words after it
 * ("Kwilu Province") or before it with "of" ("Province of Kwilu"). */
static int admin_name(const char *name, const char *bare) {
    size_t n = strlen(name), b = strlen(bare);
    if (n <= b + 1)
        return 0;
    if (strncmp(name, bare, b) == 0 && name[b] == ' ')
        return WORD_IN(admin_words, name + b + 1, n - b - 1);
    const char *sp = strchr(name, ' ');
    return sp && strncmp(sp, " of ", 4) == 0 && strcmp(sp + 4, bare) == 0 &&
           WORD_IN(admin_words, name, (size_t)(sp - name));
}

/* The one location of the article other than e, with mentions, that
 * fits(c, f, name of e) accepts; NONE when none or more than one does. */
static uint32_t sole_location(const rctx *c, uint32_t e,
                              int (*fits)(const rctx *, uint32_t, const char *)) {
    const eg_doc *doc = c->doc;
    const char *bare = ent_name(c, e);
    uint32_t found = NONE;
    for (uint32_t f = 0; f < doc->ents.n; f++) {
        if (f == e || !doc->ents.v[f].mentions || strcmp(ent_type(c, f), "location") != 0 ||
            !fits(c, f, bare))
            continue;
        if (found != NONE)
            return NONE;
        found = f;
    }
    return found;
}

/* A place the rules found as listed area e with the word for its kind
 * ("Cabo Delgado Province", "Province of Kwilu", "Kogi State") is e when
 * exactly one such place fits: its mentions move to e. The Region of a
 * listed region is left to pass_feature_places. */
static int admin_fits(const rctx *c, uint32_t f, const char *bare) {
    return c->doc->ents.v[f].gaz < 0 && admin_name(ent_name(c, f), bare) &&
           !featured_name(ent_name(c, f), bare, 0);
}

static void admin_named(rctx *c, uint32_t e, int *changed) {
    uint32_t from = sole_location(c, e, admin_fits);
    if (from != NONE)
        move_all_mentions(c, from, e, changed);
}

/* Words for an area's kind after a name the list does not know ("Enga" and
 * "Enga Province", "Lira" and "Lira City", "Lofa" and "Lofa County"): both
 * are one place. Sorted. */
static const char *const area_words[] = {
    "City",       "County",   "District", "Governorate", "Municipality", "Oblast",
    "Prefecture", "Province", "Region",   "State",       "Territory",
};

/* Whether discovered place f is area `bare` with a word of area_words after
 * it ("Enga Province", "Lira City"). */
static int area_fits(const rctx *c, uint32_t f, const char *bare) {
    const char *name = ent_name(c, f);
    size_t n = strlen(name), b = strlen(bare);
    return c->doc->ents.v[f].gaz < 0 && n > b + 1 && strncmp(name, bare, b) == 0 &&
           name[b] == ' ' && WORD_IN(area_words, name + b + 1, n - b - 1);
}

/* Whether discovered place f is `bare` with "Prefecture" after it: a Japanese
 * prefecture and its capital share a name, and writers use the bare name for
 * the prefecture ("Kumamoto Prefecture" ... "vice governor of Kumamoto"). */
static int prefecture_fits(const rctx *c, uint32_t f, const char *bare) {
    const char *name = ent_name(c, f);
    size_t n = strlen(name), b = strlen(bare);
    return c->doc->ents.v[f].gaz < 0 && n == b + 11 && strncmp(name, bare, b) == 0 &&
           strcmp(name + b, " Prefecture") == 0;
}

/* A listed place that is no water (a province, a state, a city) named right
 * after "the" where the article names a river or lake of that name ("the
 * Limpopo River"; "River Wye") is that river: "along the Limpopo", not
 * "the Limpopo province" nor "in Limpopo". */
static int river_fits(const rctx *c, uint32_t f, const char *bare) {
    return featured_name(ent_name(c, f), bare, 1);
}

static void river_after_the(rctx *c, uint32_t e, int *changed) {
    eg_doc *doc = c->doc;
    uint32_t to = sole_location(c, e, river_fits);
    if (to == NONE)
        return;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (m->ent != e || m->tok_begin == 0)
            continue;
        const eg_sentence *sn = &doc->sents.v[m->sentence];
        const eg_token *pt = &doc->toks.v[m->tok_begin - 1];
        if (m->tok_begin <= sn->tok_begin ||
            !(ntok_is(doc->text, pt, "the") || ntok_is(doc->text, pt, "The")))
            continue;
        if (m->tok_end < sn->tok_end) {
            const eg_token *nx = &doc->toks.v[m->tok_end];
            if (WORD_IN(admin_lower, doc->text + nx->start, nx->len))
                continue;
        }
        eg_doc_move_mention(doc, m, to);
        m->origin = EG_ORIGIN_SHORT;
        *changed = 1;
    }
}

/* A listed river, sea or region (gazetteer category "water" or "region")
 * that the article also names with its feature word, as another place
 * ("Mekong" and "Mekong River", "Kurdistan" and the listed "Kurdistan
 * Region"), is that place: all its mentions move when exactly one place
 * fits. A region keeps its name beside the river it is named after (the
 * "Essequibo" region and the "Essequibo River"), and a city or a state
 * beside any ("Paraná" and the "Paraná River"). Sets *changed when a mention
 * moved. 0 always. */
static int pass_feature_places(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    for (uint32_t e = 0; e < doc->ents.n; e++) {
        int32_t g = doc->ents.v[e].gaz;
        if (!doc->ents.v[e].mentions || strcmp(ent_type(c, e), "location") != 0)
            continue;
        if (g < 0) {
            uint32_t from = sole_location(c, e, area_fits);
            if (from != NONE)
                move_all_mentions(c, from, e, changed);
            continue;
        }
        const char *cat = gaz_category(c, g);
        if (strcmp(cat, "city") == 0) {
            uint32_t from = sole_location(c, e, prefecture_fits);
            if (from != NONE)
                move_all_mentions(c, from, e, changed);
        }
        int water = strcmp(cat, "water") == 0;
        if (!water)
            river_after_the(c, e, changed);
        if (!water && WORD_IN(admin_categories, cat, strlen(cat)))
            admin_named(c, e, changed);
        if (!water && strcmp(cat, "region") != 0)
            continue;
        const char *bare = ent_name(c, e);
        uint32_t to = NONE;
        int two = 0;
        for (uint32_t f = 0; f < doc->ents.n; f++)
            if (f != e && doc->ents.v[f].mentions && strcmp(ent_type(c, f), "location") == 0 &&
                featured_name(ent_name(c, f), bare, water)) {
                two |= to != NONE;
                to = f;
            }
        if (to == NONE || two)
            continue;
        move_all_mentions(c, e, to, changed);
    }
    return 0;
}

/* ---------------------------------------------------------------- names in two languages */

/* Words that join the parts of a body's name in other languages ("Autoridad
 * del Canal de Panamá", "Cour des comptes", "Urząd Ochrony Konkurencji i
 * Konsumentów"). A name with one of them is not written in English. */
static const char *const foreign_links[] = {
    "al",  "au",  "aux", "da",  "das", "de",   "degli", "dei", "del", "della", "delle",
    "der", "des", "di",  "die", "do",  "dos",  "du",    "e",   "el",  "et",    "für",
    "i",   "la",  "las", "le",  "les", "lo",   "los",   "na",  "och", "og",    "para",
    "pe",  "per", "por", "und", "van", "voor", "w",     "y",   "z",   "și",
};

/* Words of public bodies' names that translate without looking alike, as
 * pairs of (folded native stem, English word), sorted by stem: the audit
 * courts of French, Portuguese, Spanish, Italian and Romanian ("Cour des
 * comptes", "Tribunal de Contas", "Tribunal de Cuentas", "Corte dei conti",
 * "Curtea de Conturi") are the "Court of Auditors", "Court of Accounts" or
 * "Court of Audit"; and the head words and fields of Spanish and Portuguese
 * ministries, prosecutors, police and armed forces, which English writers
 * translate ("Secretaría de Marina" is the "Navy Ministry", "Fiscalía
 * General" the "Attorney General's Office", "Ministério da Fazenda" the
 * "Finance Ministry"); and the states of an alliance ("Alliance des États
 * du Sahel" is the "Alliance of Sahel States"); and the fields of
 * customs, tax, competition, market, fisheries and health bodies
 * ("Agenzia delle Dogane", "Autoridade Tributária", "Autorité de la
 * concurrence", "Comisión Nacional de los Mercados y la Competencia",
 * "Vigilância Sanitária"). */
static const char *const translations[][2] = {
    {"aduan", "customs"},
    {"agenzi", "agency"},
    {"alfandeg", "customs"},
    {"ambient", "environment"},
    {"armad", "navy"},
    {"audienci", "court"},
    {"carrier", "quarries"},
    {"comerc", "trade"},
    {"compagn", "company"},
    {"compan", "company"},
    {"competenc", "competition"},
    {"compt", "accounts"},
    {"compt", "audit"},
    {"compt", "auditors"},
    {"concorrenc", "competition"},
    {"concurrenc", "competition"},
    {"consej", "council"},
    {"consel", "council"},
    {"cont", "accounts"},
    {"cont", "audit"},
    {"cont", "auditors"},
    {"contralor", "comptroller"},
    {"controlador", "comptroller"},
    {"cuent", "accounts"},
    {"cuent", "audit"},
    {"cuent", "auditors"},
    {"defensor", "ombudsman"},
    {"desarroll", "development"},
    {"desenvolviment", "development"},
    {"direc", "directorate"},
    {"dogan", "customs"},
    {"douan", "customs"},
    {"ejercit", "army"},
    {"empres", "company"},
    {"estad", "states"},
    {"etat", "states"},
    {"exercit", "army"},
    {"exterior", "foreign"},
    {"fazend", "finance"},
    {"fazend", "treasury"},
    {"fiscal", "attorney"},
    {"fiscal", "prosecution"},
    {"fiscal", "prosecutor"},
    {"fiscal", "prosecutors"},
    {"fuerz", "force"},
    {"fuerz", "forces"},
    {"futbol", "football"},
    {"gobern", "interior"},
    {"gobiern", "government"},
    {"haciend", "finance"},
    {"haciend", "treasury"},
    {"impost", "tax"},
    {"impot", "taxes"},
    {"kementerian", "ministry"},
    {"march", "markets"},
    {"marin", "navy"},
    {"mercad", "markets"},
    {"migraci", "immigration"},
    {"miner", "mining"},
    {"minier", "mining"},
    {"obras", "works"},
    {"oficin", "office"},
    {"peche", "fisheries"},
    {"pesca", "fisheries"},
    {"pesqu", "fisheries"},
    {"procurador", "attorney"},
    {"procuradur", "attorney"},
    {"salud", "health"},
    {"sanit", "health"},
    {"sante", "health"},
    {"saude", "health"},
    {"secretar", "ministry"},
    {"secretar", "secretariat"},
    {"seguranc", "security"},
    {"seguridad", "security"},
    {"sicherheit", "security"},
    {"sicurezz", "security"},
    {"socied", "company"},
    {"societ", "company"},
    {"surete", "security"},
    {"tesor", "treasury"},
    {"trabaj", "labor"},
    {"trabaj", "labour"},
    {"trabalh", "labor"},
    {"trabalh", "labour"},
    {"tribunal", "court"},
    {"tribut", "tax"},
    {"vigilanc", "surveillance"},
    {"vivienda", "housing"},
};

/* English words that a native head word takes in with its translation:
 * "Fiscalía" is the "Prosecutor's Office", "Procuraduría" the "Attorney
 * General's Office". Pairs of (folded native stem, English word). */
static const char *const translation_extras[][2] = {
    {"alcald", "office"}, {"contralor", "office"},  {"defensor", "office"},
    {"fiscal", "office"}, {"procuradur", "office"}, {"secretar", "office"},
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

/* The lower-case ASCII letter an accented Latin letter is written with
 * ("ç" -> 'c', "ț" -> 't'), or 0. */
static char base_letter(uint32_t cp) {
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
    return 0;
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
            char ch = base_letter(cp);
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

/* Are the folded words a (native) and b (English) one word in two languages?
 * The same first letter and most letters in order ("nacional" and
 * "national", "autoridad" and "authority", "comissao" and "commission"),
 * or a listed translation ("comptes" and "auditors"). */
static int cognate(const tword *a, const tword *b) {
    if (a->n == b->n && memcmp(a->f, b->f, a->n) == 0)
        return 1;
    for (size_t i = 0; i < sizeof translations / sizeof translations[0]; i++) {
        if (translations[i][0][0] != a->f[0] || translations[i][1][0] != b->f[0])
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

#define TWORDS 12

/* An entity's name as words, made once per pass_translations. */
typedef struct tname {
    tword w[TWORDS];
    size_t n;    /* words (0: too many, or a word too long) */
    int foreign; /* a letter outside ASCII or an elided article */
} tname;

/* Is the folded word w the name of a place or country the article names,
 * in any language ("mocambique" in an article about Mozambique)? */
static int article_place(const rctx *c, const tword *w) {
    for (size_t e = 0; e < c->doc->ents.n; e++) {
        const char *t = ent_type(c, (uint32_t)e);
        if (!c->doc->ents.v[e].mentions ||
            (strcmp(t, "country") != 0 && strcmp(t, "location") != 0))
            continue;
        const char *nm = ent_name(c, (uint32_t)e);
        tword pw[2];
        int f;
        if (name_words(nm, strlen(nm), pw, 1, &f) == 1 && cognate(w, &pw[0]))
            return 1;
    }
    return 0;
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
 * of the other name that looks alike or translates it, two pairs at least;
 * a trailing qualifier naming a place of the article or the state itself
 * may be left out ("Autoridade Reguladora das Comunicações de Moçambique"
 * and "Communications Regulatory Authority", "Fiscalía General de la
 * República" and "Attorney General's Office"), and so may the native
 * name's fields after a coordinating word ("Ministerio de Energía y Minas"
 * and "Energy Ministry"). */
static int same_body(const rctx *c, tword *nw, size_t nn, const tword *ew, size_t en) {
    size_t pairs = 0, ntail = 0;
    for (size_t i = 0; i < nn; i++)
        nw[i].taken = 0;
    for (size_t j = 0; j < en; j++) {
        if (ew[j].link)
            continue;
        size_t i = 0;
        while (i < nn && (nw[i].link || nw[i].taken || !cognate(&nw[i], &ew[j])))
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
        if (i == nn && !ew[j].tail && (!ew[j].qual || !article_place(c, &ew[j])))
            return 0;
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
    if (tokenize_name(c, s, n) != 0)
        return 0;
    size_t k = initials(s, c->ntok.v, c->ntok.n, 0, buf, size);
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
        if (m->ent == e || m->ent == found || !acronym_mention(doc, m) || m->end - m->start != n ||
            memcmp(doc->text + m->start, a, n) != 0 || !is_body(c, m->ent))
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
        if (tokenize_name(c, nm, strlen(nm)) != 0)
            return NONE;
        size_t k = initials(nm, c->ntok.v, c->ntok.n, small, own, sizeof own);
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

/* Whether one-word name a[0..n) ("Bakamla") is a syllabic acronym of name
 * nm ("Badan Keamanan Laut"): two or more capitalised words, each giving a
 * piece, small joining words left out; five letters or more, more than one
 * per word on average, not all capitals. */
static int syllabic_of(const char *a, size_t n, const char *nm) {
    const char *w[8];
    size_t wl[8], nw = 0, caps = 0;
    char folded[256];
    size_t fl = drop_accents(nm, strlen(nm), folded, sizeof folded - 1);
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
 * et la Concorde au Tchad" and "Front for Change and Concord in Chad"). */
static int apposed_names(const char *a, const char *b) {
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
    return pairs >= 2;
}

static int pass_syllabic(rctx *c, int *changed) {
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
                !syllabic_of(doc->text + t->start, t->len, ent_name(c, f)))
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

/* The bytes of the apostrophe at s[i] (straight, or U+2018/U+2019), or 0. */
static size_t apostrophe_at(const char *s, size_t i, size_t n) {
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
        size_t qa = apostrophe_at(a, i, na), qb = apostrophe_at(b, j, nb);
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

static int pass_translations(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    size_t ne = doc->ents.n;
    if (EG_VEC_RESERVE(c->formal, ne ? ne : 1) != 0)
        return -1;
    uint32_t *to = c->formal.v;
    uint32_t *first = c->first.v; /* from build_forms */
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
        if (first[e] != NONE && doc->ents.v[e].mentions && is_body(c, (uint32_t)e)) {
            const char *nm = ent_name(c, (uint32_t)e);
            tn[e].n = name_words(nm, strlen(nm), tn[e].w, TWORDS, &tn[e].foreign);
        }
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
            if (!same_body(c, nw, nn, ew, en) || (!fe && respelt(nw, nn, ew, en) < 2))
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
            if (g == e || g == match || tn[g].n < 2 || !tn[g].foreign)
                continue;
            many = same_body(c, tn[g].w, tn[g].n, ew, en);
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

/* A one-word listed place that is the first word of a double surname
 * (Spanish style: "Medina" of "Aurelio Medina Paz", named before it) or
 * the last word of a person's name of two or three words ("Lima" of
 * "Sérgio Pereira Lima": "never met Lima", "Lima’s testimony") is
 * that person, unless the text says it is a place or the article named the
 * place on its own before. Call with m a gazetteer mention. 0, or -1 on
 * ENOMEM. */
static int listed_place_surname(rctx *c, eg_mention *m) {
    eg_doc *doc = c->doc;
    const eg_sentence *sn = &doc->sents.v[m->sentence];
    const eg_token *tv = doc->toks.v;
    if (m->tok_end - m->tok_begin != 1 || (sn->flags & EG_SENT_TITLE) ||
        doc->ents.v[m->ent].gaz < 0 || strcmp(ent_type(c, m->ent), "location") != 0 ||
        place_context(c, m->tok_begin, m->tok_end, sn->tok_begin, sn->tok_end) ||
        (m->tok_begin > sn->tok_begin &&
         WORD_IN(place_before, doc->text + tv[m->tok_begin - 1].start, tv[m->tok_begin - 1].len)) ||
        place_named_before(c, m, m->ent, m->start))
        return 0;
    if (mention_form(c, m) != 0)
        return -1;
    c->fits.n = 0;
    if (lookup(c, c->tmp.data, c->tmp.len, 0, 1u << F_SURNAME, m->ent) != 0)
        return -1;
    uint32_t to = NONE;
    size_t n = 0;
    for (size_t f = 0; f < c->fits.n; f++) {
        uint32_t e = c->fits.v[f].ent;
        const char *nm = ent_name(c, e);
        int words = 1;
        for (const char *q = nm; *q; q++)
            words += *q == ' ';
        int at = word_index(nm, doc->text + m->start, m->end - m->start);
        if (doc->ents.v[e].gaz >= 0 || !is_person(c, e) || !doc->ents.v[e].mentions ||
            c->fits.v[f].pos >= m->start || words < 2 || words > 3 ||
            !((words == 3 && at == 1) || at == words - 1))
            continue;
        to = e;
        n++;
    }
    c->fits.n = 0;
    if (n == 1) {
        eg_doc_move_mention(doc, m, to);
        m->origin = EG_ORIGIN_SHORT;
    }
    return 0;
}

/* Words that may follow a demonym standing for a company named after its
 * people ("Ethiopian will hold 45%", "Ethiopian had talked", "supplied
 * Ethiopian since"); before any other lower-case word it is the demonym
 * ("Ethiopian officials"). Sorted. */
static const char *const company_verbs[] = {
    "added",   "agreed", "already", "also",  "announced", "can",   "could", "did",  "does",
    "expects", "had",    "has",     "is",    "may",       "might", "must",  "now",  "plans",
    "said",    "says",   "should",  "since", "to",        "wants", "was",   "will", "would",
};

/* A listed or discovered place, or a country's demonym, named as the first
 * words of exactly one organisation named in full before ("Aegean" of
 * "Aegean Ports Holdings", "Ethiopian" of "Ethiopian Airlines") or as the
 * rest of its name after a generic head and a joining word ("Horizonte" of
 * "Rede Horizonte", "Serra Dourada" of "Mineração Serra Dourada"), where
 * the text does not make it a place (a preposition of place or "the" before
 * it, the place named on its own before; a listed place must be a sea or a
 * generated one: "Basra has" stays the city) and a verb, a possessive or ",
 * which" after it makes it a company ("Aegean has hired", "Horizonte,
 * which", "Ethiopian’s chief executive"; not "Ethiopian officials", "turn
 * Duqm into"), is that organisation.
 * 1 when m moved, else 0. */
static int place_as_company(rctx *c, eg_mention *m) {
    eg_doc *doc = c->doc;
    const eg_sentence *sn = &doc->sents.v[m->sentence];
    const eg_token *tv = doc->toks.v;
    const char *type = ent_type(c, m->ent);
    int country = type[0] == 'c' && strcmp(type, "country") == 0;
    if (!country && strcmp(type, "location") != 0)
        return 0;
    /* what follows makes it a company: a verb, a possessive, ", which" */
    if (m->tok_end >= sn->tok_end)
        return 0;
    const eg_token *x = &tv[m->tok_end]; /* the cheap test first */
    if (!(x->flags & EG_TOK_POSS) &&
        !(is_word(x) && WORD_IN(company_verbs, doc->text + x->start, x->len)) &&
        !(apostrophe_at(doc->text, x->start, doc->len)) &&
        !(ntok_is(doc->text, x, ",") && m->tok_end + 1 < sn->tok_end &&
          (ntok_is(doc->text, &tv[m->tok_end + 1], "which") ||
           ntok_is(doc->text, &tv[m->tok_end + 1], "whose"))))
        return 0;
    if (!(tv[m->tok_begin].flags & EG_TOK_CAP) ||
        place_context(c, m->tok_begin, m->tok_end, sn->tok_begin, sn->tok_end))
        return 0;
    if (m->tok_begin > sn->tok_begin) {
        const eg_token *p = &tv[m->tok_begin - 1];
        if (WORD_IN(place_before, doc->text + p->start, p->len) || ntok_is(doc->text, p, "the") ||
            ntok_is(doc->text, p, "The"))
            return 0;
    }
    const char *w = doc->text + m->start;
    size_t n = m->end - m->start;
    if (country && m->origin != EG_ORIGIN_DEMONYM)
        return 0;
    if (!country && place_named_before(c, m, m->ent, m->start))
        return 0;
    int32_t pg = doc->ents.v[m->ent].gaz;
    if (!country && pg >= 0 && !eg_rules_weak_place(c->g, pg) &&
        strcmp(gaz_category(c, pg), "water") != 0)
        return 0; /* a listed city stays: "Basra has" after "Basra Oil Company" */
    uint32_t to = NONE;
    int many = 0;
    for (uint32_t e = 0; e < doc->ents.n && !many; e++) {
        if (e == m->ent || !doc->ents.v[e].mentions || c->first.v[e] == NONE ||
            c->first.v[e] >= m->start || strcmp(ent_type(c, e), "organisation") != 0)
            continue;
        const char *nm = ent_name(c, e);
        size_t l = strlen(nm);
        const char *at = NULL;
        if (l > n + 1 && memcmp(nm, w, n) == 0 && nm[n] == ' ')
            at = nm; /* "Aegean Ports Holdings" */
        else {
            const char *sp = strchr(nm, ' ');
            if (sp && (WORD_IN(dropped_heads, nm, (size_t)(sp - nm)) ||
                       WORD_IN(company_heads, nm, (size_t)(sp - nm)) ||
                       WORD_IN(generic_first, nm, (size_t)(sp - nm)))) {
                const char *r = sp + 1;
                const char *sp2 = strchr(r, ' ');
                if (sp2 && WORD_IN(place_ofs, r, (size_t)(sp2 - r)))
                    r = sp2 + 1; /* "Universidad del Pacífico Sur" */
                if (strlen(r) == n && memcmp(r, w, n) == 0)
                    at = r;
            }
        }
        if (!at)
            continue;
        if (to != NONE) {
            /* "Aegean Ports", a short form of "Aegean Ports Holdings" the
             * rules named, is no second fit */
            const char *tn = ent_name(c, to);
            size_t tl = strlen(tn);
            if (tl < l && memcmp(nm, tn, tl) == 0 && nm[tl] == ' ')
                to = e;
            else if (!(l < tl && memcmp(tn, nm, l) == 0 && tn[l] == ' '))
                many = 1;
            continue;
        }
        to = e;
    }
    if (to == NONE || many)
        return 0;
    eg_doc_move_mention(doc, m, to);
    m->origin = EG_ORIGIN_SHORT;
    return 1;
}

/* Whether a mention before mention i names a person in full (two words or
 * more) other than person e. */
static int full_person_before(const rctx *c, size_t i, uint32_t e) {
    const eg_doc *doc = c->doc;
    for (size_t k = 0; k < i; k++) {
        const eg_mention *x = &doc->ments.v[k];
        if (x->ent != e && !(doc->sents.v[x->sentence].flags & EG_SENT_TITLE) &&
            is_person(c, x->ent) && memchr(doc->text + x->start, ' ', x->end - x->start))
            return 1;
    }
    return 0;
}

/* Whether tokens before token j are an honorific and its full stop ("Mr."). */
static int dotted_honorific(const eg_doc *doc, uint32_t j) {
    if (j < 2)
        return 0;
    const eg_token *d = &doc->toks.v[j - 1], *h = &doc->toks.v[j - 2];
    return d->len == 1 && doc->text[d->start] == '.' && h->start + h->len == d->start &&
           WORD_IN(honorifics, doc->text + h->start, h->len);
}

static int pass_rule_mentions(rctx *c) {
    eg_doc *doc = c->doc;
    if (build_names(c) != 0)
        return -1;
    if (EG_VEC_RESERVE(c->removed, doc->ments.n ? doc->ments.n : 1) != 0)
        return -1;
    memset(c->removed.v, 0, doc->ments.n);
    size_t nrem = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (i > 0 && mark_seen(c, doc->ments.v[i - 1].ent) != 0)
            return -1;
        if (m->origin == EG_ORIGIN_GAZETTEER && m->tok_end - m->tok_begin == 1 &&
            eg_rules_weak_place(c->g, doc->ents.v[m->ent].gaz)) {
            uint32_t was = m->ent;
            if (weak_place_surname(c, m) != 0 || (m->ent == was && weak_place_body(c, m) != 0))
                return -1;
            if (m->ent == was)
                place_as_company(c, m);
            continue;
        }
        if (m->origin == EG_ORIGIN_GAZETTEER) {
            uint32_t was = m->ent;
            if (listed_place_surname(c, m) != 0)
                return -1;
            if (m->ent == was)
                place_as_company(c, m);
            continue;
        }
        if (m->origin == EG_ORIGIN_DEMONYM) {
            place_as_company(c, m);
            continue;
        }
        if (m->origin == EG_ORIGIN_RULE && doc->ents.v[m->ent].gaz < 0 && place_as_company(c, m))
            continue;
        if (m->origin != EG_ORIGIN_RULE || doc->ents.v[m->ent].gaz >= 0)
            continue;
        int person = is_person(c, m->ent);
        if (!person && strcmp(ent_type(c, m->ent), "location") == 0) {
            /* "criticised Mwanza-Phiri" after "Chileshe Mwanza-Phiri": a
             * place the rules made of a person's surname named before, where
             * the text does not name a place */
            const eg_sentence *sn = &doc->sents.v[m->sentence];
            int at, in_title = (sn->flags & EG_SENT_TITLE) != 0;
            if (!place_context(c, m->tok_begin, m->tok_end, sn->tok_begin, sn->tok_end)) {
                if (surname_persons(c, m) != 0)
                    return -1;
                uint32_t to = decide(c, m->start, in_title, &at);
                c->fits.n = 0;
                if (to == NONE) {
                    to = headless_body(c, m, in_title);
                    if (to == UINT32_MAX - 1)
                        return -1;
                }
                if (to != NONE) {
                    eg_doc_move_mention(doc, m, to);
                    m->origin = EG_ORIGIN_SHORT;
                    continue;
                }
            }
        }
        if (mention_form(c, m) != 0)
            return -1;
        c->fits.n = 0;
        uint32_t kinds = person ? (1u << F_SURNAME)
                                : (1u << F_EXACT) | (1u << F_REVERSED) | (1u << F_ACRONYM) |
                                      (1u << F_FIRST) | (1u << F_BASE);
        int honorific = 0;
        if (person && m->tok_begin > 0) {
            const eg_token *pt = &doc->toks.v[m->tok_begin - 1];
            honorific = WORD_IN(honorifics, doc->text + pt->start, pt->len);
        }
        if (person && m->tok_end - m->tok_begin >= 2 &&
            (honorific || (m->origin == EG_ORIGIN_RULE && doc->ents.v[m->ent].gaz < 0 &&
                           memchr(doc->text + m->start, ' ', m->end - m->start))))
            kinds |= 1u << F_DOUBLE; /* "Ms Ruiz Tapia", "Beltrán Zazueta, 34," */
        if (lookup(c, c->tmp.data, c->tmp.len, 0, kinds, m->ent) != 0)
            return -1;
        if (person && !honorific) {
            /* with no honorific, only the two surnames of a name of four
             * words: "Beltrán Zazueta" of "Jesús Alfredo Beltrán Zazueta",
             * not "Marie Tremblay" of "Anne Marie Tremblay" */
            size_t k = 0;
            for (size_t f = 0; f < c->fits.n; f++) {
                const char *nm = ent_name(c, c->fits.v[f].ent);
                size_t sp = 0;
                for (const char *q = nm; *q; q++)
                    sp += *q == ' ';
                if (c->fits.v[f].kinds != (1u << F_DOUBLE) || sp >= 3)
                    c->fits.v[k++] = c->fits.v[f];
            }
            c->fits.n = k;
        }
        size_t exact_fits = c->fits.n;
        if (person && c->fits.n == 0 && !memchr(c->key.data, ' ', c->key.len) &&
            lookup_misspelt(c, c->key.data, c->key.len, 0, m->ent, honorific) != 0)
            return -1; /* "Mr El-Sayyed" of "Karim El-Sayed" */
        if (!person && c->fits.n == 0 && acronym_mention(doc, m) &&
            lookup_headfirst(c, doc->text + m->start, m->end - m->start, m->ent) != 0)
            return -1; /* "TSE" of "Supreme Electoral Tribunal" */
        if (!person && c->fits.n == 0 &&
            lookup_dotted(c, doc->text + m->start, m->end - m->start, m->ent) != 0)
            return -1; /* "A.C.B." of "Acme Bank (ACB)" */
        /* an entity whose every mention has moved on is not a candidate */
        size_t k = 0;
        for (size_t f = 0; f < c->fits.n; f++)
            if (same_kind(c, c->fits.v[f].ent, m->ent) && doc->ents.v[c->fits.v[f].ent].mentions)
                c->fits.v[k++] = c->fits.v[f];
        c->fits.n = k;
        collapse_fits(c);
        int amb;
        int in_title = (doc->sents.v[m->sentence].flags & EG_SENT_TITLE) != 0;
        /* a listed body named the other way round anywhere in the article */
        int listed = c->fits.n == 1 && doc->ents.v[c->fits.v[0].ent].gaz >= 0 &&
                     ((c->fits.v[0].kinds & (1u << F_REVERSED)) ||
                      listed_without_place(c, c->fits.v[0].ent, c->key.data, c->key.len));
        /* a discovered acronym before the full name it spells ("The PMDA said"
         * ... "the Pharmaceuticals and Medical Devices Agency") */
        listed |= !person && c->fits.n == 1 && c->fits.v[0].kinds == (1u << F_ACRONYM) &&
                  acronym_mention(doc, m) && doc->ents.v[m->ent].gaz < 0;
        listed |= !person && c->fits.n == 1 && (c->fits.v[0].kinds & (1u << F_BASE)) &&
                  legal_extension(ent_name(c, c->fits.v[0].ent), c->key.data, c->key.len);
        listed |= !person && c->fits.n == 1 && c->fits.v[0].kinds == (1u << F_FIRST) &&
                  m->tok_end - m->tok_begin == 1 && company_tail(c, c->fits.v[0].ent, m->ent);
        /* "Mr. Ruggiero" before "Anthony Ruggiero", the one person of the
         * article with that surname, once the story has named another
         * person in full ("charged Mr. Donnellan and Mr. Ruggiero" after
         * "Kevin Donnellan"; a story that opens with "Mr Doe" keeps him) */
        listed |= person && (honorific || dotted_honorific(doc, m->tok_begin)) && exact_fits &&
                  c->fits.n == 1 && m->tok_end - m->tok_begin == 1 &&
                  c->fits.v[0].kinds == (1u << F_SURNAME) &&
                  strchr(ent_name(c, c->fits.v[0].ent), ' ') != NULL &&
                  full_person_before(c, i, c->fits.v[0].ent);
        uint32_t to = decide(c, m->start, in_title || listed, &amb);
        if (person && !amb && to == NONE && c->fits.n == 0)
            to = given_after_title(c, m, c->key.data, c->key.len);
        if (person && !amb && to == NONE && c->fits.n == 0) {
            to = person_as_body(c, m, c->tmp.data, c->tmp.len, in_title);
            if (to == UINT32_MAX - 1)
                return -1;
        }
        if (!person && !amb && to == NONE)
            to = org_prefix(c, m, c->key.data, c->key.len);
        if (!person && !amb && to == NONE && c->fits.n == 0) {
            to = club_place(c, m, c->tmp.data, c->tmp.len, in_title);
            if (to == UINT32_MAX - 1)
                return -1;
        }
        if (!person && !amb && to == NONE && c->fits.n == 0) {
            to = body_as_person(c, m, c->tmp.data, c->tmp.len);
            if (to == UINT32_MAX - 1)
                return -1;
        }
        if (!person && !amb && c->fits.n == 0) {
            long g = listed_reversal(c, c->key.data, c->key.len, m->ent);
            if (g == -2)
                return -1;
            if (g >= 0) {
                /* the mention keeps origin RULE: it is a full name, and its
                 * acronyms and other forms are derived from it */
                long de = eg_doc_gazent(doc, (int32_t)g);
                if (de < 0)
                    return -1;
                if (doc->ents.v[m->ent].mentions)
                    doc->ents.v[m->ent].mentions--;
                doc->ents.v[de].mentions++;
                m->ent = (uint32_t)de;
                continue;
            }
        }
        if (amb) {
            if (record_ambiguous(c, c->key.data, c->key.len) != 0)
                return -1;
            c->removed.v[i] = 1;
            nrem++;
            if (doc->ents.v[m->ent].mentions)
                doc->ents.v[m->ent].mentions--;
        } else if (to != NONE) {
            if (doc->ents.v[m->ent].mentions)
                doc->ents.v[m->ent].mentions--;
            doc->ents.v[to].mentions++;
            m->ent = to;
            m->origin = EG_ORIGIN_SHORT;
        }
    }
    if (nrem) {
        size_t k = 0;
        for (size_t i = 0; i < doc->ments.n; i++)
            if (!c->removed.v[i])
                doc->ments.v[k++] = doc->ments.v[i];
        doc->ments.n = k;
    }
    return 0;
}

static int build_cover(rctx *c) {
    eg_doc *doc = c->doc;
    size_t nt = doc->toks.n;
    if (EG_VEC_RESERVE(c->cover, nt ? nt : 1) != 0)
        return -1;
    for (size_t j = 0; j < nt; j++)
        c->cover.v[j] = NONE;
    for (size_t i = 0; i < doc->ments.n; i++)
        for (uint32_t j = doc->ments.v[i].tok_begin; j < doc->ments.v[i].tok_end && j < nt; j++)
            c->cover.v[j] = (uint32_t)i;
    return 0;
}

/* Is the span [i, last] part of a longer capitalised run (so not a short form)?
 * With `any`, a neighbour inside another mention counts too ("Athletics" of
 * "Athletics Kenya" is not the first word of "Athletics Integrity Unit"). */
static int in_longer_name(const rctx *c, uint32_t i, uint32_t last, uint32_t sb, uint32_t se,
                          int any) {
    const eg_doc *doc = c->doc;
    uint32_t side[2] = {i > sb ? i - 1 : NONE, last + 1 < se ? last + 1 : NONE};
    for (int k = 0; k < 2; k++) {
        uint32_t j = side[k];
        if (j == NONE)
            continue;
        const eg_token *t = &doc->toks.v[j];
        if ((any || c->cover.v[j] == NONE) && tok_cap_word(doc, j) &&
            !eg_rules_stopword(doc->text + t->start, t->len) &&
            !(k == 0 && !tok_cap_word(doc, i) && WORD_IN(honorifics, doc->text + t->start, t->len)))
            return 1;
    }
    return 0;
}

/* Whether the gazetteer stop-lists the single word s[0..n). */
static int stop_listed(const rctx *c, const char *s, size_t n) {
    char buf[128];
    size_t k = eg_fold_buf(s, n, EG_FOLD_CASE, buf, sizeof buf);
    if (k == (size_t)-1)
        return 0;
    uint32_t tok = eg_gazetteer_token(c->g, buf, k);
    if (tok == EG_GAZ_NONE)
        return 0;
    uint32_t node = eg_gazetteer_child(c->g, 0, tok);
    return node != EG_GAZ_NONE && eg_gazetteer_node_stop(c->g, node);
}

/* Whether some form's key starts with the folded word w[0..n) (case folded
 * too when `folded`). Folding maps characters one by one, so a span's key
 * starts with its first word's key. */
static int starts_form(const rctx *c, const char *w, size_t n, int folded) {
    char key[128];
    size_t kl = eg_fold_buf(w, n, folded ? EG_FOLD_CASE : 0, key, sizeof key);
    if (kl == (size_t)-1)
        return 1;
    const keyref *ord = folded ? c->by1.v : c->by0.v;
    size_t lo = 0, hi = c->forms.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const keyref *r = &ord[mid];
        int d = memcmp(r->k, key, r->len < kl ? r->len : kl);
        if (d < 0 || (d == 0 && r->len < kl))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < c->forms.n && ord[lo].len >= kl && memcmp(ord[lo].k, key, kl) == 0;
}

/* Whether token i (in a sentence starting at token sb) follows "the", "a" or "an". */
static int after_article(const eg_doc *doc, uint32_t i, uint32_t sb) {
    return i > sb && (tok_is_word(doc, i - 1, "the") || tok_is_word(doc, i - 1, "The") ||
                      tok_is_word(doc, i - 1, "a") || tok_is_word(doc, i - 1, "an") ||
                      tok_is_word(doc, i - 1, "An"));
}

/* Settles an uncovered name at tokens [i, i + k) of sentence [sb, se) that
 * fits bodies and places only (c->fits, collapsed). Where the text says it
 * is a place ("the town of Nordkapp", "a Waterloo, Ontario, start-up", "near
 * X"), it is the place of that name (made if the article has none, unless
 * `place_ok` is 0); after "in", "at" or "from" it is a place of that name
 * the article names before, unless the article writes the bare name for a body too
 * ("invested in Nordkapp" after "Nordkapp said"). Otherwise the places go
 * ("Nordkapp said" is the company, not the town named later). 0, or -1 on
 * ENOMEM. */
static int place_or_body(rctx *c, uint32_t i, uint32_t k, uint32_t sb, uint32_t se, int place_ok) {
    eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    int exact = 0, bodies = 0;
    uint32_t place = NONE;
    for (size_t f = 0; f < c->fits.n; f++) {
        uint32_t e = c->fits.v[f].ent;
        if (strcmp(ent_type(c, e), "location") == 0) {
            place = e;
            continue;
        }
        if (!is_body(c, e) ||
            (c->fits.v[f].kinds & ((1u << F_ACRONYM) | (1u << F_HEADFIRST) | (1u << F_HEAD))))
            return 0;
        bodies++;
        exact |= (c->fits.v[f].kinds & (1u << F_EXACT)) != 0;
    }
    if (!bodies)
        return 0;
    const char *s = doc->text + tv[i].start;
    size_t n = tv[i + k - 1].start + tv[i + k - 1].len - tv[i].start;
    int strong =
        place_ok && place_context(c, i, i + k, sb, se) &&
        !(exact && i > sb && WORD_IN(place_preps, doc->text + tv[i - 1].start, tv[i - 1].len));
    int in = place_ok && !exact && i > sb &&
             (tok_is_word(doc, i - 1, "in") || tok_is_word(doc, i - 1, "at") ||
              tok_is_word(doc, i - 1, "from"));
    if (strong || in) {
        uint32_t to = NONE;
        for (size_t f = 0; f < c->fits.n; f++)
            if (c->fits.v[f].ent == place && (strong || c->fits.v[f].pos < tv[i].start))
                to = place;
        for (size_t j = 0; to == NONE && j < doc->ments.n; j++) {
            const eg_mention *x = &doc->ments.v[j];
            if (x->start >= tv[i].start)
                break;
            const char *nm = ent_name(c, x->ent);
            if (strcmp(ent_type(c, x->ent), "location") == 0 && strlen(nm) == n &&
                memcmp(nm, s, n) == 0)
                to = x->ent;
        }
        for (size_t j = 0; to == NONE && j < c->add.n; j++)
            if (strcmp(ent_type(c, c->add.v[j].ent), "location") == 0 &&
                c->add.v[j].end - c->add.v[j].start == n &&
                memcmp(doc->text + c->add.v[j].start, s, n) == 0)
                to = c->add.v[j].ent;
        if (to == NONE && strong && space_folded(s, n)) {
            long e = eg_doc_discovered(doc, s, n, "location");
            if (e < 0)
                return -1;
            to = (uint32_t)e;
        }
        if (to != NONE) {
            c->fits.n = 0;
            return add_fit(c, to, 0, F_EXACT);
        }
    }
    if (place == NONE)
        return 0;
    /* the one the article named first, and the body where the article
     * writes the bare name for it */
    uint32_t pp = UINT32_MAX, bp = UINT32_MAX;
    for (size_t f = 0; f < c->fits.n; f++) {
        uint32_t *p = strcmp(ent_type(c, c->fits.v[f].ent), "location") == 0 ? &pp : &bp;
        if (c->fits.v[f].pos < *p)
            *p = c->fits.v[f].pos;
    }
    int keep_place = !exact && pp < bp;
    size_t w = 0;
    for (size_t f = 0; f < c->fits.n; f++)
        if ((strcmp(ent_type(c, c->fits.v[f].ent), "location") == 0) == keep_place)
            c->fits.v[w++] = c->fits.v[f];
    c->fits.n = w;
    return 0;
}

/* Whether a mention of body e outside the title starts with the word at
 * token i, in any case: the story writes the country word as part of the
 * body's name ("Greek Ombudsman"), where the lists and the rules did not
 * make it a mention of its own ("U.S." before "Customs and Border
 * Protection"). */
static int lead_written(const rctx *c, uint32_t e, uint32_t i) {
    const eg_doc *doc = c->doc;
    const eg_token *w = &doc->toks.v[i];
    for (size_t k = 0; k < doc->ments.n; k++) {
        const eg_mention *x = &doc->ments.v[k];
        const eg_token *t = &doc->toks.v[x->tok_begin];
        if (x->ent != e || x->tok_end - x->tok_begin < 2 ||
            (doc->sents.v[x->sentence].flags & EG_SENT_TITLE) || t->len != w->len)
            continue;
        size_t n = 0;
        while (n < w->len &&
               ascii_lower(doc->text[t->start + n]) == ascii_lower(doc->text[w->start + n]))
            n++;
        if (n == w->len)
            return 1;
    }
    return 0;
}

/* Lowercase words after a given name at the start of a sentence that make
 * it the person ("Innocent told the court", "Grace said"), where another
 * lowercase word makes it the common word ("Innocent people were killed",
 * "Grace and mercy"). Sorted. */
static const char *const given_verbs[] = {
    "added",   "also", "argued", "argues", "became", "began", "can",   "could", "did",   "does",
    "feels",   "felt", "found",  "gave",   "gives",  "goes",  "got",   "had",   "has",   "held",
    "insists", "is",   "kept",   "knew",   "knows",  "later", "led",   "left",  "lost",  "made",
    "may",     "met",  "might",  "must",   "never",  "now",   "paid",  "ran",   "said",  "sat",
    "saw",     "says", "sent",   "should", "spent",  "spoke", "still", "stood", "tells", "thinks",
    "thought", "told", "took",   "was",    "went",   "will",  "won",   "would", "wrote",
};

/* Whether the capitalised word at token i opens sentence [sb, se) (after
 * any opening quote or dash) and a lowercase word follows that does not
 * make it a person's given name: "Innocent people" is not "Innocent
 * Ngabo" of the article. */
static int word_given_at_start(const eg_doc *doc, uint32_t i, uint32_t sb, uint32_t se) {
    const eg_token *tv = doc->toks.v;
    for (uint32_t j = sb; j < i; j++)
        if (!(tv[j].flags & (EG_TOK_QUOTE | EG_TOK_DASH)) && !(tv[j].flags & EG_TOK_PUNCT))
            return 0;
    if (i + 1 >= se || !(tv[i + 1].flags & EG_TOK_WORD) || (tv[i + 1].flags & EG_TOK_CAP) ||
        (tv[i + 1].flags & EG_TOK_POSS))
        return 0;
    const char *w = doc->text + tv[i + 1].start;
    size_t n = tv[i + 1].len;
    if (n > 2 && w[n - 2] == 'e' && w[n - 1] == 'd')
        return 0; /* "Innocent denied" */
    return !WORD_IN(given_verbs, w, n);
}

static int pass_uncovered(rctx *c) {
    eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    const uint32_t all = (1u << F_EXACT) | (1u << F_SURNAME) | (1u << F_FIRST) | (1u << F_ACRONYM) |
                         (1u << F_REVERSED) | (1u << F_BASE) | (1u << F_HEAD) | (1u << F_RIVER) |
                         (1u << F_DOUBLE);
    c->add.n = 0;
    size_t nrem = 0;
    if (EG_VEC_RESERVE(c->removed, doc->ments.n ? doc->ments.n : 1) != 0)
        return -1;
    memset(c->removed.v, 0, doc->ments.n);
    for (uint32_t si = 0; si < doc->sents.n; si++) {
        const eg_sentence *sn = &doc->sents.v[si];
        if (sn->flags & EG_SENT_BOILER)
            continue;
        int caps = (sn->flags & EG_SENT_ALLCAPS) != 0;
        int in_title = (sn->flags & EG_SENT_TITLE) != 0;
        uint32_t sb = sn->tok_begin, se = sn->tok_end;
        for (uint32_t i = sb; i < se; i++) {
            if (!(tv[i].flags & EG_TOK_WORD) || (tv[i].flags & EG_TOK_POSS))
                continue;
            /* a body's name written in full over the country word it starts
             * with, in a headline in capitals ("GREEK OMBUDSMAN" over the
             * story's "Greek Ombudsman"; see lead_written) */
            int lead = 0;
            if (c->cover.v[i] != NONE) {
                const eg_mention *x = &doc->ments.v[c->cover.v[i]];
                lead = caps && x->tok_begin == i && x->tok_end == i + 1 &&
                       strcmp(ent_type(c, x->ent), "country") == 0;
                if (!lead)
                    continue;
            }
            uint32_t found_k = 0;
            /* a name of several words can start here only if a form starts with this word */
            int longer = starts_form(c, doc->text + tv[i].start, tv[i].len, caps);
            for (uint32_t k = MAX_FORM_TOKENS; k >= 1 && !found_k; k--) {
                if (i + k > se || (k > 1 && !longer) || (lead && k < 2))
                    continue;
                uint32_t last = i + k - 1;
                int initial_dot = k >= 2 && tv[last].len == 1 && doc->text[tv[last].start] == '.' &&
                                  !(tv[last].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START)) &&
                                  tv[last - 1].len == 1 && (tv[last - 1].flags & EG_TOK_CAP);
                if (!initial_dot &&
                    (!(tv[last].flags & EG_TOK_WORD) || ((tv[last].flags & EG_TOK_POSS) && k < 3)))
                    continue;
                if (!(tv[i].flags & EG_TOK_CAP) &&
                    !(caps || k >= 3 ||
                      (k == 2 && WORD_IN(particles, doc->text + tv[i].start, tv[i].len))))
                    continue;
                /* a name of several words may take in mentions inside it
                 * ("Arequipa" and "Andina" in "Grupo Arequipa Andina") */
                int free_run = 1, inner = 0;
                for (uint32_t j = i; j <= last && free_run; j++) {
                    if (c->cover.v[j] == NONE)
                        continue;
                    const eg_mention *x = &doc->ments.v[c->cover.v[j]];
                    free_run =
                        k >= 2 && (x->tok_begin > i || (lead && j == i)) && x->tok_end <= last + 1;
                    inner = 1;
                }
                if (!free_run)
                    continue;
                const char *s = doc->text + tv[i].start;
                size_t n = tv[last].start + tv[last].len - tv[i].start;
                eg_strbuf_clear(&c->key);
                if (fold_space(s, n, &c->key) != 0)
                    return -1;
                eg_strbuf_clear(&c->tmp);
                if (eg_fold(c->key.data, c->key.len, caps ? EG_FOLD_CASE : 0, &c->tmp) != 0)
                    return -1;
                c->fits.n = 0;
                /* "Abdul-Ghani" of "Hayan Abdul-Ghani" over a listed "Ghani":
                 * a hyphenated surname may take in the mention inside it */
                int joined = inner && k >= 3;
                for (uint32_t j = i + 1; j <= last && joined; j++)
                    joined = !(tv[j].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START)) &&
                             ((tv[j].flags & EG_TOK_WORD) || ntok_hyphen(doc->text, &tv[j]));
                uint32_t kinds = inner ? (1u << F_EXACT) | (1u << F_BASE) : all;
                if (joined)
                    kinds |= 1u << F_SURNAME;
                if (inner && k == 2)
                    kinds |= 1u << F_DOUBLE; /* "Ferreira Lima" over the listed "Lima" */
                if (lookup(c, c->tmp.data, c->tmp.len, caps, kinds, NONE) != 0)
                    return -1;
                if (k == 1) {
                    /* no misspelt name after an article: "the Chiwore pit" */
                    if (c->fits.n == 0 && (tv[i].flags & EG_TOK_CAP) &&
                        (caps || !(tv[i].flags & EG_TOK_ALLCAPS)) && !after_article(doc, i, sb) &&
                        lookup_misspelt(c, c->key.data, c->key.len, caps, NONE, 0) != 0)
                        return -1;
                    if (c->fits.n == 0 && (tv[i].flags & EG_TOK_CAP) &&
                        !(tv[i].flags & EG_TOK_ALLCAPS) && !word_given_at_start(doc, i, sb, se) &&
                        lookup(c, c->tmp.data, c->tmp.len, caps, 1u << F_GIVEN, NONE) != 0)
                        return -1; /* "Azman" after "Azman Rahim"; not "Innocent people" */
                    if (c->fits.n == 0 && !caps && (tv[i].flags & EG_TOK_ALLCAPS) &&
                        !(tv[i].flags & EG_TOK_DOTTED) &&
                        lookup_headfirst(c, s, tv[i].len, NONE) != 0)
                        return -1; /* "TSE" of "Supreme Electoral Tribunal" */
                    if (c->fits.n == 0 && (tv[i].flags & EG_TOK_DOTTED) &&
                        lookup_dotted(c, s, tv[i].len, NONE) != 0)
                        return -1; /* "A.C.B." of "Acme Bank (ACB)" */
                    filter_first(c, c->key.data, c->key.len, tv[i].start, in_title);
                    if (c->fits.n &&
                        (eg_rules_stopword(s, tv[i].len) || stop_listed(c, s, tv[i].len)))
                        continue;
                }
                filter_head(c, i > sb && (tok_is_word(doc, i - 1, "the") ||
                                          tok_is_word(doc, i - 1, "The")));
                collapse_fits(c);
                if (c->fits.n == 0 || (lead && (c->fits.n != 1 || !is_body(c, c->fits.v[0].ent) ||
                                                !(c->fits.v[0].kinds & (1u << F_EXACT)) ||
                                                !lead_written(c, c->fits.v[0].ent, i))))
                    continue;
                if (place_or_body(c, i, k, sb, se, !caps && !in_title) != 0)
                    return -1;
                int acronym_only = 1, first_only = 1;
                for (size_t f = 0; f < c->fits.n; f++) {
                    acronym_only &= c->fits.v[f].kinds == (1u << F_ACRONYM) ||
                                    c->fits.v[f].kinds == (1u << F_HEADFIRST);
                    first_only &= c->fits.v[f].kinds == (1u << F_FIRST) ||
                                  c->fits.v[f].kinds == (1u << F_HEAD);
                }
                if (!caps && !acronym_only && in_longer_name(c, i, last, sb, se, first_only))
                    continue;
                /* a name written in full is the entity wherever it comes */
                int amb,
                    full = k >= 2 && c->fits.n == 1 &&
                           ((c->fits.v[0].kinds & (1u << F_EXACT)) ||
                            listed_without_place(c, c->fits.v[0].ent, c->key.data, c->key.len));
                uint32_t to = decide(c, tv[i].start, in_title || full, &amb);
                if (inner && to == NONE)
                    continue; /* the mentions inside stay; shorter forms may fit */
                found_k = k;
                if (amb) {
                    if (record_ambiguous(c, c->key.data, c->key.len) != 0)
                        return -1;
                } else if (to != NONE) {
                    eg_mention *m = EG_VEC_PUSH(c->add);
                    if (!m)
                        return -1;
                    m->tok_begin = i;
                    m->tok_end = i + k;
                    m->start = tv[i].start;
                    m->end = tv[last].start + tv[last].len;
                    m->ent = to;
                    m->sentence = si;
                    m->paragraph = sn->paragraph;
                    m->origin = EG_ORIGIN_SHORT;
                    doc->ents.v[to].mentions++;
                    for (uint32_t j = i; inner && j <= last; j++)
                        if (c->cover.v[j] != NONE && !c->removed.v[c->cover.v[j]]) {
                            uint32_t x = c->cover.v[j];
                            c->removed.v[x] = 1;
                            nrem++;
                            if (doc->ents.v[doc->ments.v[x].ent].mentions)
                                doc->ents.v[doc->ments.v[x].ent].mentions--;
                        }
                }
            }
            if (found_k)
                i += found_k - 1;
        }
    }
    if (!c->add.n)
        return 0;
    if (nrem) {
        size_t k = 0;
        for (size_t i = 0; i < doc->ments.n; i++)
            if (!c->removed.v[i])
                doc->ments.v[k++] = doc->ments.v[i];
        doc->ments.n = k;
    }
    /* merge the new mentions (sorted, disjoint from the old ones) */
    size_t n0 = doc->ments.n, n1 = c->add.n;
    if (EG_VEC_RESERVE(doc->ments, n0 + n1) != 0)
        return -1;
    size_t a = n0, b = n1, w = n0 + n1;
    while (b > 0) {
        if (a > 0 && doc->ments.v[a - 1].start > c->add.v[b - 1].start)
            doc->ments.v[--w] = doc->ments.v[--a];
        else
            doc->ments.v[--w] = c->add.v[--b];
    }
    doc->ments.n = n0 + n1;
    return 0;
}

static int in_title_sent(const eg_doc *doc, const eg_mention *m) {
    return (doc->sents.v[m->sentence].flags & EG_SENT_TITLE) != 0;
}

/* A title mention of an entity the story never names, written as the
 * story writes a mention of exactly one other entity of its kind (case and
 * quote marks aside), is that entity: "Tema Port to expand" over a story
 * whose "Tema Port" and "Port of Tema" are one place. 0, or -1 on ENOMEM. */
static int pass_title_orphans(rctx *c) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (!in_title_sent(doc, m))
            continue;
        int story = 0;
        for (size_t j = 0; j < doc->ments.n && !story; j++)
            story = doc->ments.v[j].ent == m->ent && !in_title_sent(doc, &doc->ments.v[j]);
        if (story)
            continue;
        eg_strbuf_clear(&c->rec);
        if (eg_fold(doc->text + m->start, m->end - m->start, EG_FOLD_CASE, &c->rec) != 0)
            return -1;
        uint32_t to = NONE;
        int two = 0;
        for (size_t j = 0; j < doc->ments.n && !two; j++) {
            const eg_mention *x = &doc->ments.v[j];
            if (x->ent == m->ent || x->ent == to || in_title_sent(doc, x) ||
                !same_kind(c, x->ent, m->ent))
                continue;
            eg_strbuf_clear(&c->rev);
            if (eg_fold(doc->text + x->start, x->end - x->start, EG_FOLD_CASE, &c->rev) != 0)
                return -1;
            if (c->rev.len != c->rec.len || memcmp(c->rev.data, c->rec.data, c->rec.len) != 0)
                continue;
            two = to != NONE;
            to = x->ent;
        }
        if (to != NONE && !two) {
            eg_doc_move_mention(doc, m, to);
            m->origin = EG_ORIGIN_SHORT;
        }
    }
    return 0;
}

/* A discovered person of two words whose first is a country's name or
 * demonym and whose second is the surname of exactly one other person the
 * story names ("Al-Khor turn to Tunisian Jaziri" over "Slim Jaziri") is
 * that person, the demonym a mention of the country. 0, or -1 on ENOMEM. */
static int pass_demonym_persons(rctx *c) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t e = m->ent;
        if (doc->ents.v[e].gaz >= 0 || !is_person(c, e) || m->tok_end - m->tok_begin != 2)
            continue;
        const eg_token *t0 = &doc->toks.v[m->tok_begin], *t1 = t0 + 1;
        if (!is_word(t0) || !is_word(t1) || !(t1->flags & EG_TOK_SPACE_BEFORE) ||
            !(t1->flags & EG_TOK_CAP) || (t0->flags & EG_TOK_DOTTED) || t0->len >= 64)
            continue;
        char buf[64];
        memcpy(buf, doc->text + t0->start, t0->len);
        buf[t0->len] = '\0';
        long k = eg_gazetteer_find(c->g, buf);
        if (k < 0 || strcmp(eg_gazetteer_type(c->g, (size_t)k), "country") != 0 ||
            strcmp(eg_gazetteer_name(c->g, (size_t)k), buf) == 0)
            continue; /* a demonym, not "Jordan Henderson" */
        const char *r = doc->text + t1->start;
        size_t rl = t1->len;
        uint32_t to = NONE;
        int two = 0;
        for (uint32_t f = 0; f < doc->ents.n && !two; f++) {
            if (f == e || f == to || !is_person(c, f) || !doc->ents.v[f].mentions)
                continue;
            const char *nm = ent_name(c, f);
            size_t ln = strlen(nm);
            if (ln <= rl + 1 || nm[ln - rl - 1] != ' ' || memcmp(nm + ln - rl, r, rl) != 0)
                continue;
            two = to != NONE;
            to = f;
        }
        if (to == NONE || two)
            continue;
        long ce = eg_doc_gazent(doc, (int32_t)k);
        if (ce < 0 || !EG_VEC_PUSH(doc->ments))
            return -1;
        m = &doc->ments.v[i];
        memmove(&doc->ments.v[i + 1], &doc->ments.v[i],
                (doc->ments.n - 1 - i) * sizeof *doc->ments.v);
        eg_mention *d = &doc->ments.v[i], *p = &doc->ments.v[i + 1];
        d->tok_end = d->tok_begin + 1;
        d->end = t0->start + t0->len;
        d->ent = (uint32_t)ce;
        d->origin = EG_ORIGIN_DEMONYM;
        doc->ents.v[ce].mentions++;
        p->tok_begin++;
        p->start = t1->start;
        eg_doc_move_mention(doc, p, to);
        p->origin = EG_ORIGIN_SHORT;
        i++;
    }
    return 0;
}

/* A discovered body named only in the title, whose name starts with a
 * place the story names ("Waterloo AI" of "Keystone buys Waterloo AI
 * start-up" over a story that names Waterloo, Ontario), is no body: its
 * mentions become that place, cut to the place's words. */
static void pass_title_places(rctx *c) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t e = m->ent;
        if (!in_title_sent(doc, m) || doc->ents.v[e].gaz >= 0 || !is_body(c, e) ||
            m->tok_end - m->tok_begin < 2)
            continue;
        int story = 0;
        for (size_t j = 0; j < doc->ments.n && !story; j++)
            story = doc->ments.v[j].ent == e && !in_title_sent(doc, &doc->ments.v[j]);
        if (story)
            continue;
        const char *s = doc->text + m->start;
        size_t n = m->end - m->start;
        uint32_t to = NONE, end = 0;
        for (size_t j = 0; j < doc->ments.n && to == NONE; j++) {
            const eg_mention *x = &doc->ments.v[j];
            if (in_title_sent(doc, x) || strcmp(ent_type(c, x->ent), "location") != 0)
                continue;
            const char *nm = ent_name(c, x->ent);
            size_t ln = strlen(nm);
            if (ln >= n || s[ln] != ' ' || memcmp(nm, s, ln) != 0)
                continue;
            for (uint32_t t = m->tok_begin; t < m->tok_end; t++)
                if (doc->toks.v[t].start + doc->toks.v[t].len == m->start + ln) {
                    to = x->ent;
                    end = t + 1;
                }
        }
        if (to == NONE)
            continue;
        eg_doc_move_mention(doc, m, to);
        m->tok_end = end;
        m->end = doc->toks.v[end - 1].start + doc->toks.v[end - 1].len;
        m->origin = EG_ORIGIN_SHORT;
    }
}

eg_resolver *eg_resolver_new(void) {
    eg_resolver *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    eg_strbuf_init(&c->str);
    eg_strbuf_init(&c->tmp);
    eg_strbuf_init(&c->key);
    eg_strbuf_init(&c->rec);
    eg_strbuf_init(&c->rev);
    eg_strbuf_init(&c->namestr);
    return c;
}

void eg_resolver_free(eg_resolver *c) {
    if (!c)
        return;
    rctx_destroy(c);
    free(c);
}

eg_status eg_resolver_run(eg_resolver *c, const eg_gazetteer *g, eg_doc *doc, eg_error *err) {
    c->g = g;
    c->doc = doc;
    /* the form table and its templates are the article's own */
    eg_strbuf_clear(&c->str);
    c->forms.n = c->tseen.n = c->tmpl.n = 0;
    if (c->tslotcap)
        memset(c->tslot, 0, c->tslotcap * sizeof *c->tslot);
    for (size_t off = 0; off < doc->names.len;) {
        char *p = doc->names.data + off;
        if (p[0] == LIVE)
            p[0] = DEAD;
        off += strlen(p) + 1;
    }
    int changed = 0;
    int bad = join_cut_names(c) != 0 || absorb_legal_tails(c) != 0 || build_forms(c) != 0 ||
              pass_entities(c, &changed) != 0 || pass_listed_folded(c, &changed) != 0 ||
              pass_formal_names(c, &changed) != 0 || pass_feature_places(c, &changed) != 0 ||
              pass_translations(c, &changed) != 0 || pass_syllabic(c, &changed) != 0 ||
              pass_other_names(c, &changed) != 0 || pass_foreign_forces(c, &changed) != 0 ||
              (changed && build_forms(c) != 0) || pass_rule_mentions(c) != 0 ||
              build_forms(c) != 0 || build_cover(c) != 0 || pass_uncovered(c) != 0 ||
              pass_title_orphans(c) != 0 || pass_demonym_persons(c) != 0;
    if (!bad)
        pass_title_places(c);
    c->doc = NULL;
    if (bad)
        return eg_error_set(err, EG_ERR_NOMEM, doc->origin, doc->origin_line, 0,
                            "out of memory while resolving short forms");
    return EG_OK;
}

eg_status eg_resolve(const eg_gazetteer *g, eg_doc *doc, eg_error *err) {
    eg_resolver *c = eg_resolver_new();
    if (!c)
        return eg_error_set(err, EG_ERR_NOMEM, doc->origin, doc->origin_line, 0,
                            "out of memory while resolving short forms");
    eg_status st = eg_resolver_run(c, g, doc, err);
    eg_resolver_free(c);
    return st;
}
