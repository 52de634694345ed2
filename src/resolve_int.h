/* resolve_int: what the resolver's files (resolve.c and the resolve_*.c
 * passes) share: the per-article context, the form table's records, the
 * word lists, and the helpers one file defines and another calls. Internal
 * to the library; not installed. */
#ifndef EG_RESOLVE_INT_H
#define EG_RESOLVE_INT_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "resolve.h"
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
    F_HEADFIRST, /* a body's acronym with its head word first, keyed by rs_headfirst_key */
    F_RIVER,     /* "Tapajós" of "Tapajós River": counts only after "the" */
    F_WRITTEN    /* a body's name as rs_written_key writes it, where that differs */
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
    "AB",   "AG",   "AS",     "ASA",         "ApS",  "B.V.",   "BV",     "Berhad",
    "Bhd",  "Co",   "Corp",   "Corporation", "Cos",  "GmbH",   "Inc",    "Incorporated",
    "JSC",  "K.K.", "KG",     "KGaA",        "KK",   "Kft",    "L.L.C.", "LLC",
    "LLP",  "LP",   "Lda",    "Limited",     "Ltd",  "Ltda",   "N.V.",   "NV",
    "OJSC", "Oy",   "Oyj",    "PJSC",        "PLC",  "Plc",    "Pte",    "Pty",
    "Pvt",  "S.A.", "S.A.L.", "S.A.R.L.",    "S.L.", "S.R.L.", "S.p.A.", "SA",
    "SARL", "SE",   "SL",     "SRL",         "Sdn",  "SpA",    "Srl",    "Tbk",
    "ZAO",  "Zrt",  "a.s.",   "d.o.o.",      "e.V.", "gGmbH",  "plc",    "s.r.o.",
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
 * "Frankfurt am Main", "Newcastle" of "Newcastle upon Tyne", "Kafr" of
 * "Kafr el-Sheikh"). */
static const char *const place_joins[] = {
    "al", "am",  "an", "da", "de", "del", "della", "di",
    "do", "dos", "du", "el", "im", "sur", "upon",
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

/* keyref.pre of the key k[0..len). Where two keys' prefixes differ, they
 * order the keys as a byte-wise comparison would (shorter first on a tie). */
static inline uint64_t rs_key_prefix(const char *k, size_t len) {
    unsigned char pad[8] = {0};
    const unsigned char *b = (const unsigned char *)k;
    if (len < 8) {
        memcpy(pad, k, len);
        b = pad;
    }
    /* the shifts compile to one load and a byte swap */
    return (uint64_t)b[0] << 56 | (uint64_t)b[1] << 48 | (uint64_t)b[2] << 40 |
           (uint64_t)b[3] << 32 | (uint64_t)b[4] << 24 | (uint64_t)b[5] << 16 |
           (uint64_t)b[6] << 8 | (uint64_t)b[7];
}

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

/* A text's derived forms for an entity with gazetteer entry gaz (negative
 * for a discovered one) and a type, kept across articles (see
 * derive_shared in resolve_forms.c): the type and the text, then the forms'
 * strings, in rctx.dstr; the forms (ent and pos unused) in rctx.dforms. */
typedef struct dshared {
    uint32_t hash;
    int32_t gaz;
    uint32_t key, tlen, len; /* the type (tlen bytes) and the text (len bytes) */
    uint32_t sbeg, send;     /* the forms' strings */
    uint32_t fbeg, fend;     /* the forms */
} dshared;

/* A mention's span and its key (whitespace folded, NUL-terminated) in
 * rctx.mkstr, with eg_hash_bytes(key, len, 0). */
typedef struct mkey {
    uint32_t start, end;
    uint32_t off, len, hash;
} mkey;

/* A listed entity's name as a form key, in rctx.mkstr. */
typedef struct ekey {
    int32_t gaz; /* its gazetteer entry; negative: none kept */
    uint32_t off, len, hash;
} ekey;

/* Bounds of the shared derivations: past them they are all forgotten. Kept
 * small on purpose: on the benchmark's 64 MiB job at 1 thread, 1 MiB and 8,192
 * entries saved as much time as 16 MiB and 262,144 (about 3% of user time
 * against no sharing) without raising peak RSS, which the larger bounds did
 * by 22 MB per thread. */
#define SHARED_MAX_BYTES (1u << 20)
#define SHARED_MAX_ENTRIES (1u << 13)

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
    /* by form: the template it is a copy of (rs_build_forms); the same for
     * the last build of this article with its sorted indexes (empty before
     * its first build), so that a build sorts only the forms that one did not
     * have (see sort_forms) */
    EG_VEC(uint32_t) ftmpl;
    EG_VEC(uint32_t) pftmpl;
    EG_VEC(keyref) pby0, pby1;
    EG_VEC(uint32_t) tlast; /* by template: its form in the last build, or NONE */
    EG_VEC(uint32_t) fmap;  /* by form of the last build: its index now, or NONE */
    EG_VEC(textseen) tseen; /* see rs_build_forms */
    EG_VEC(form) tmpl;      /* forms of tseen entries (pos unused) */
    uint32_t *tslot;        /* open-addressing index of tseen (index + 1) */
    size_t tslotcap;
    /* derived forms shared across articles (derive_shared), valid for the
     * gazetteer of serial dserial; derive_local: the derivation in hand read
     * the article */
    EG_VEC(dshared) dsh;
    EG_VEC(form) dforms;
    eg_strbuf dstr;
    uint32_t *dslot; /* open-addressing index of dsh (index + 1) */
    size_t dslotcap;
    uint64_t dserial;
    int derive_local;
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
    EG_VEC(uint32_t) first; /* by entity: start of its first mention (rs_build_forms) */
    /* the mentions' keys in the last build and the one in hand (rs_build_forms) */
    EG_VEC(mkey) mkprev;
    EG_VEC(mkey) mkcur;
    eg_strbuf mkstr;
    /* by entity: its name's key in this article's builds, for a listed one
     * (names of the gazetteer of serial ekserial) */
    EG_VEC(ekey) ekeys;
    uint64_t ekserial;
    /* what the form table was last built from (rs_build_forms): the
     * mentions, the entities and the discovered entities' names; a build
     * from the same gives the same table and is skipped */
    int forms_fresh; /* 0: no table built from this article yet */
    EG_VEC(eg_mention) built_ments;
    EG_VEC(eg_docent) built_ents;
    eg_strbuf built_names;
    EG_VEC(uint32_t) formal; /* by entity: where its mentions move (rs_pass_formal_names); counts */
    EG_VEC(struct tname) tnames; /* by entity: its name's words (rs_pass_translations) */
    /* the article's places and countries as words, in entity order (rs_pass_translations) */
    EG_VEC(struct tname) tplaces;
    EG_VEC(uint32_t) moved; /* by entity: where a rule mention of it moved (pass_rule_mentions) */
};

typedef struct eg_resolver rctx;

static inline int cmp_cstr(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static inline int word_in(const char *const *list, size_t n, const char *s, size_t len) {
    char buf[24];
    if (len == 0 || len >= sizeof buf)
        return 0;
    memcpy(buf, s, len);
    buf[len] = '\0';
    const char *key = buf;
    return bsearch(&key, list, n, sizeof *list, cmp_cstr) != NULL;
}

static inline const char *ent_name(const rctx *c, uint32_t e) {
    const eg_docent *d = &c->doc->ents.v[e];
    return d->gaz >= 0 ? eg_gazetteer_name(c->g, (size_t)d->gaz) : c->doc->names.data + d->name_off;
}

static inline const char *ent_type(const rctx *c, uint32_t e) {
    const eg_docent *d = &c->doc->ents.v[e];
    return d->gaz >= 0 ? eg_gazetteer_type(c->g, (size_t)d->gaz) : c->doc->names.data + d->type_off;
}

static inline int is_person(const rctx *c, uint32_t e) {
    return strcmp(ent_type(c, e), "person") == 0;
}

static inline int is_body(const rctx *c, uint32_t e) {
    const char *t = ent_type(c, e);
    return strcmp(t, "organisation") == 0 || strcmp(t, "agency") == 0;
}

static inline int is_location(const rctx *c, uint32_t e) {
    return strcmp(ent_type(c, e), "location") == 0;
}

/* Whether mention m is in the article's title. */
static inline int in_title_sent(const eg_doc *doc, const eg_mention *m) {
    return (doc->sents.v[m->sentence].flags & EG_SENT_TITLE) != 0;
}

/* Whether entity e has a mention outside the title. */
static inline int named_in_story(const eg_doc *doc, uint32_t e) {
    for (size_t j = 0; j < doc->ments.n; j++)
        if (doc->ments.v[j].ent == e && !in_title_sent(doc, &doc->ments.v[j]))
            return 1;
    return 0;
}

static inline char ascii_lower(char ch) {
    return ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
}

static inline int is_word(const eg_token *t) {
    return (t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_POSS);
}

static inline int ntok_is(const char *s, const eg_token *t, const char *w) {
    size_t n = strlen(w);
    return t->len == n && memcmp(s + t->start, w, n) == 0;
}

static inline int ntok_hyphen(const char *s, const eg_token *t) {
    return ntok_is(s, t, "-") || ntok_is(s, t, "\xE2\x80\x90") || ntok_is(s, t, "\xE2\x80\x91");
}

static inline int ntok_attached(const eg_token *t) {
    return !(t->flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START));
}

static inline int tok_is(const eg_doc *doc, size_t j, const char *w) {
    return ntok_is(doc->text, &doc->toks.v[j], w);
}

static inline int tok_is_word(const eg_doc *doc, uint32_t j, const char *w) {
    size_t n = strlen(w);
    return doc->toks.v[j].len == n && memcmp(doc->text + doc->toks.v[j].start, w, n) == 0;
}

/* The discovered body x names in "<x>, [the ...] known [locally] as [the] <y>"
 * (no other comma between), for y's mention m of a listed body: "Ahlu
 * Sunnah Wa-Jama, the Islamic State-linked group known locally as
 * al-Shabaab". NONE if none. */
static inline int tok_cap_word(const eg_doc *doc, uint32_t j) {
    uint32_t f = doc->toks.v[j].flags;
    return (f & EG_TOK_WORD) && (f & EG_TOK_CAP) && !(f & EG_TOK_POSS);
}

#define WORD_IN(list, s, len) word_in(list, sizeof list / sizeof list[0], s, len)

/* resolve.c: the passes over the article's mentions */
/* Whether listed mention m is a news organisation's credit in the story's
 * dateline ("PORT MORESBY (AFP) -", see eg_segment_dateline_bracket): the
 * same letters may spell a body the article names in full (the Australian
 * Federal Police), which the credit is not. */
int rs_news_credit(const rctx *c, const eg_mention *m);
int rs_acronym_mention(const eg_doc *doc, const eg_mention *m);
uint32_t rs_decide(rctx *c, uint32_t start, int in_title, int *ambiguous);
int rs_fold_space(const char *s, size_t n, eg_strbuf *sb);
int rs_mention_form(rctx *c, const eg_mention *m);
void rs_move_all_mentions(rctx *c, uint32_t from, uint32_t to, int *changed);
uint32_t rs_sole_body_written(const rctx *c, const char *f, size_t n, int longer);

/* resolve_forms.c: the form table and its lookups */
int rs_add_fit(rctx *c, uint32_t ent, uint32_t pos, uint32_t kind);
int rs_build_forms(rctx *c);
size_t rs_drop_accents(const char *s, size_t n, char *buf, size_t size);
size_t rs_headfirst_key(char head, const char *rest, size_t n, char *out, size_t size);
size_t rs_initials(const char *s, const eg_token *t, size_t nt, int small, char *buf, size_t size);
int rs_lookup(rctx *c, const char *key, size_t n, int folded, uint32_t kinds, uint32_t self);
int rs_lookup_misspelt(rctx *c, const char *s, size_t n, int folded, uint32_t self, int short4);
int rs_lookup_misspelt_kind(rctx *c, const char *s, size_t n, int folded, uint32_t self,
                            uint32_t kind, int short4);
int rs_place_word(const rctx *c, const char *w, size_t n);
/* Whether the text around tokens [tb, te) of sentence [sb, se) makes them a
 * place: "the town of X", "X, <listed region>", "near X", "workers in X". */
int rs_place_context(const rctx *c, uint32_t tb, uint32_t te, uint32_t sb, uint32_t se);
int rs_reverse_name(const char *s, const eg_token *t, size_t nt, size_t words, eg_strbuf *out);
int rs_tokenize_name(rctx *c, const char *s, size_t n);

/* resolve_home.c: the story's country and its bodies */
/* The listed country (gazetteer index) the article is about, from
 * story_country's votes with two in the story's first sentence (the
 * dateline's): the country with two votes more than any other, or -1. */
long rs_story_country(const rctx *c);
/* Whether the article names the country with code cc, by a name or a
 * demonym (not by a place: "Cáceres" is a town of Colombia too); unless self
 * is NONE, not by one written right before a listed body of that country
 * other than entity self ("the U.S. Drug Enforcement Administration", but
 * "the Spanish Guardia Civil" of the Guardia Civil). */
int rs_country_named(const rctx *c, const char *cc, uint32_t self);
/* A listed agency of another country than the story's, which the article
 * never names, written in one form that is no acronym and holds no country
 * ("Treasury", "Kustwacht", "Federal Prosecutor's Office", "ComCom"), is the
 * one body of the article's own (discovered, or listed for the story's
 * country) that the form fits: its name or some of its words in order,
 * sharing the last word ("National Treasury") or the first with a country
 * after them ("Kustwacht Suriname"), or the name the form is a syllabic
 * acronym of ("Commerce Commission"). A discovered body it joins is an
 * agency, as the list types the form. Sets *changed when a mention moved.
 * 0, or -1 on ENOMEM. */
int rs_pass_home_forms(rctx *c, int *changed);

/* resolve_names.c: one body under other names */
/* The core of a body's name: its words without a trailing "(...)", a
 * trailing "of [the] <country>" and the country or demonym it starts with
 * ("National Guard" of "United States National Guard", "National Police"
 * of "National Police of Colombia", "Navy" of "Senegalese Navy"). Splits
 * name (copied into buf) into at most max words; the count. */
size_t rs_body_core(const rctx *c, const char *name, char *buf, size_t size, char **w, size_t *wl,
                    size_t max);
int rs_pass_foreign_forces(rctx *c, int *changed);
int rs_pass_foreign_generics(rctx *c, int *changed);
int rs_pass_formal_names(rctx *c, int *changed);
int rs_pass_listed_folded(rctx *c, int *changed);
int rs_pass_other_names(rctx *c, int *changed);
int rs_word_index(const char *name, const char *w, size_t n);

/* resolve_abbrev.c: acronyms that are no plain initials */
int rs_pass_abbreviations(rctx *c, int *changed);

/* resolve_places.c: places with and without their kind word */
const char *rs_gaz_category(const rctx *c, int32_t g);
int rs_pass_feature_places(rctx *c, int *changed);
int rs_pass_place_spellings(rctx *c, int *changed);
void rs_pass_named_places(rctx *c);

/* resolve_legal.c: the tokens of a legal form of several words starting at
 * token j, before the sentence's end se ("sp. z o.o."; "de C.V." or "de
 * R.L." after "S.A." or "R.L."), 0 if none starts there. */
size_t rs_legal_phrase(const eg_doc *doc, size_t j, size_t se);

/* resolve_translate.c: names in two languages */
size_t rs_apostrophe_at(const char *s, size_t i, size_t n);
int rs_apposed_names(const char *a, const char *b);
size_t rs_apposed_pairs(const char *a, const char *b);
/* The lower-case ASCII letter of a Latin letter, marks dropped ("ç" -> 'c',
 * "ț" -> 't', Vietnamese "ộ" -> 'o'), or 0. */
char rs_base_letter(uint32_t cp);
int rs_pass_native_services(rctx *c, int *changed);
/* Whether one-word name a[0..n) ("Bakamla") is a syllabic acronym of name
 * nm ("Badan Keamanan Laut"): two or more capitalised words, each giving a
 * piece, small joining words left out; five letters or more, more than one
 * per word on average, not all capitals. */
int rs_syllabic_of(const char *a, size_t n, const char *nm);
int rs_pass_syllabic(rctx *c, int *changed);
int rs_pass_translations(rctx *c, int *changed);

/* resolve_bare.c: one word that names a place and a body named after it */
void rs_pass_title_readings(rctx *c);
void rs_pass_placed_bodies(rctx *c);
void rs_pass_headed_bodies(rctx *c);
void rs_pass_surname_places(rctx *c);
void rs_pass_demonym_objects(rctx *c);
void rs_pass_title_countries(rctx *c);
void rs_pass_title_surnames(rctx *c);

/* resolve_title_full.c: a headline's shorter writing of a name the story
 * writes in full */
void rs_pass_title_full(rctx *c);

/* resolve_eponym.c: a company named after its founder */
void rs_pass_eponym_companies(rctx *c);

/* resolve_team.c: a town's name used as a team (a club, a company) by the
 * words after mention m of sentence sn: a verb in the plural ("Busan open
 * their season") or ", who". */
int rs_team_use(const rctx *c, const eg_mention *m, const eg_sentence *sn);

/* resolve_patronym.c: "Viktor Nikolayevich" of "Viktor Gromov" */
void rs_pass_patronyms(rctx *c);

/* resolve_types.c: one entity, one type */
void rs_pass_listed_types(rctx *c);
void rs_pass_one_type(rctx *c);

/* resolve_sense.c: a listed body of another country named only by a form
 * the story wrote for one body of its own before is that body */
void rs_pass_one_sense(rctx *c);

/* resolve_wordforms.c: a body's name without the people word it was
 * first written with */
void rs_pass_word_forms(rctx *c);

/* resolve_grow.c: a place's mention that the capitalised words after it
 * make into a body's name the story writes ("CHICAGO LEDGER SOLD") grows
 * over them and becomes that body's. */
void rs_pass_grown_places(rctx *c);

#endif
