/* relations: reads subject -> verb -> object relations out of one sentence.
 * The sentence becomes a row of items (a token, or a whole mention), the verb
 * table finds verb forms in its folded text, and a small grammar walks left
 * from each verb to its subject and right to its object. */
#include "relations.h"

#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"
#include "tokenize.h"

/* ---- the lexicon: closed-class words the grammar needs to recognise ---- */

enum {
    W_BE = 1u << 0,      /* be, get: passive auxiliaries */
    W_AUX = 1u << 1,     /* has, will, did, ... */
    W_MODAL = 1u << 2,   /* may, might, could: hedges */
    W_NEG = 1u << 3,     /* not, never */
    W_ADV = 1u << 4,     /* adverbs allowed in a verb group */
    W_HADV = 1u << 5,    /* hedging adverbs: allegedly, reportedly */
    W_HPART = 1u << 6,   /* believed/said/suspected + to/of: hedges */
    W_NEGV = 1u << 7,    /* refused/declined/failed + to: negation */
    W_TIME = 1u << 8,    /* Monday, week, last, ago */
    W_TPREP = 1u << 9,   /* on, in, at before a time word */
    W_DET = 1u << 10,    /* determiners */
    W_NUMW = 1u << 11,   /* number words */
    W_QUANT = 1u << 12,  /* about, nearly, some (before numbers) */
    W_HEAD = 1u << 13,   /* head nouns and titles, any case */
    W_FUNC = 1u << 14,   /* other function words: never part of a noun phrase */
    W_REL = 1u << 15,    /* who, whom, which, that */
    W_SPEECH = 1u << 16, /* said, says, claimed, ... */
    W_TELL = 1u << 17,   /* told: takes a hearer before the clause */
    W_SNEG = 1u << 18,   /* denied (that): reported and negated */
    W_BOUNDW = 1u << 19, /* but, while, although: clause boundaries */
    W_PARTN = 1u << 20,  /* offices (of), stake (in): part-of nouns */
    W_PREP = 1u << 21,   /* prepositions */
    W_AND = 1u << 22,
    W_BY = 1u << 23,
    W_TO = 1u << 24,
    W_OF = 1u << 25,
    W_ACCORD = 1u << 26, /* according (to) */
    W_YET = 1u << 27,    /* yet (to): negation */
    W_INOF = 1u << 28,   /* of, in: after a part-of noun */
    W_GOV = 1u << 29,    /* government, authorities: a country acting as a whole */
    W_STATE = 1u << 30   /* diplomats, embassy, troops: a state's representatives */
};
#define W_ROLE 0x80000000u /* aide, chief, employee: a person named by the name before */
#define W_NOUN (W_HEAD | W_PARTN | W_GOV | W_STATE | W_ROLE)

typedef struct lexent {
    const char *w;
    uint32_t bits;
} lexent;

/* clang-format off */
static const lexent lexicon[] = {
    /* be and get */
    {"am", W_BE}, {"is", W_BE}, {"are", W_BE}, {"was", W_BE}, {"were", W_BE}, {"be", W_BE},
    {"been", W_BE}, {"being", W_BE}, {"get", W_BE}, {"gets", W_BE}, {"got", W_BE}, {"gotten", W_BE},
    {"getting", W_BE},
    /* auxiliaries */
    {"has", W_AUX}, {"have", W_AUX}, {"had", W_AUX}, {"having", W_AUX}, {"will", W_AUX},
    {"would", W_AUX}, {"shall", W_AUX}, {"should", W_AUX}, {"can", W_AUX}, {"must", W_AUX},
    {"do", W_AUX}, {"does", W_AUX}, {"did", W_AUX}, {"'ll", W_AUX}, {"'d", W_AUX}, {"'ve", W_AUX},
    {"going", W_AUX}, {"cannot", W_AUX | W_NEG},
    /* hedging modals and adverbs */
    {"may", W_MODAL}, {"might", W_MODAL}, {"could", W_MODAL}, {"allegedly", W_HADV},
    {"reportedly", W_HADV}, {"apparently", W_HADV}, {"purportedly", W_HADV}, {"supposedly", W_HADV},
    {"possibly", W_HADV}, {"probably", W_HADV}, {"perhaps", W_HADV}, {"likely", W_HADV},
    {"reputedly", W_HADV}, {"seemingly", W_HADV}, {"maybe", W_HADV}, {"presumably", W_HADV},
    /* hedging participles: "is believed to", "is suspected of" */
    {"believed", W_HPART}, {"suspected", W_HPART}, {"said", W_HPART | W_SPEECH},
    {"thought", W_HPART}, {"alleged", W_HPART | W_SPEECH}, {"reported", W_HPART | W_SPEECH},
    {"understood", W_HPART}, {"rumoured", W_HPART}, {"rumored", W_HPART},
    {"claimed", W_HPART | W_SPEECH}, {"presumed", W_HPART}, {"accused", W_HPART},
    {"expected", W_HPART}, {"feared", W_HPART}, {"appears", W_HPART}, {"appeared", W_HPART},
    {"seems", W_HPART}, {"seemed", W_HPART}, {"appear", W_HPART}, {"seem", W_HPART},
    /* negation */
    {"not", W_NEG}, {"never", W_NEG}, {"yet", W_YET | W_FUNC}, {"refused", W_NEGV},
    {"refuses", W_NEGV}, {"refuse", W_NEGV}, {"declined", W_NEGV}, {"declines", W_NEGV},
    {"decline", W_NEGV}, {"failed", W_NEGV}, {"fails", W_NEGV}, {"fail", W_NEGV},
    /* adverbs of a verb group */
    {"also", W_ADV}, {"already", W_ADV}, {"again", W_ADV}, {"then", W_ADV | W_FUNC}, {"now", W_ADV},
    {"just", W_ADV}, {"still", W_ADV}, {"even", W_ADV}, {"ever", W_ADV}, {"later", W_ADV},
    {"once", W_ADV}, {"first", W_ADV}, {"soon", W_ADV}, {"twice", W_ADV}, {"however", W_ADV},
    {"meanwhile", W_ADV}, {"too", W_ADV}, {"earlier", W_ADV | W_TIME}, {"often", W_ADV},
    {"always", W_ADV}, {"sometimes", W_ADV}, {"seldom", W_ADV}, {"nonetheless", W_ADV},
    {"nevertheless", W_ADV}, {"instead", W_ADV}, {"likewise", W_ADV}, {"therefore", W_ADV},
    /* time phrases */
    {"monday", W_TIME}, {"tuesday", W_TIME}, {"wednesday", W_TIME}, {"thursday", W_TIME},
    {"friday", W_TIME}, {"saturday", W_TIME}, {"sunday", W_TIME}, {"january", W_TIME},
    {"february", W_TIME}, {"march", W_TIME}, {"april", W_TIME}, {"june", W_TIME}, {"july", W_TIME},
    {"august", W_TIME}, {"september", W_TIME}, {"october", W_TIME}, {"november", W_TIME},
    {"december", W_TIME}, {"week", W_TIME}, {"weeks", W_TIME}, {"weekend", W_TIME},
    {"month", W_TIME}, {"months", W_TIME}, {"year", W_TIME}, {"years", W_TIME}, {"day", W_TIME},
    {"days", W_TIME}, {"morning", W_TIME}, {"afternoon", W_TIME}, {"evening", W_TIME},
    {"night", W_TIME}, {"today", W_TIME}, {"yesterday", W_TIME}, {"tonight", W_TIME},
    {"tomorrow", W_TIME}, {"last", W_TIME}, {"next", W_TIME}, {"ago", W_TIME}, {"hours", W_TIME},
    {"this", W_TIME | W_DET},
    /* abbreviated months ("on Aug. 28"); their dot is no sentence end */
    {"jan", W_TIME}, {"feb", W_TIME}, {"apr", W_TIME}, {"jun", W_TIME}, {"jul", W_TIME},
    {"aug", W_TIME}, {"sep", W_TIME}, {"sept", W_TIME}, {"oct", W_TIME}, {"nov", W_TIME},
    {"dec", W_TIME},
    /* prepositions */
    {"on", W_TPREP | W_PREP}, {"in", W_TPREP | W_PREP | W_INOF}, {"at", W_TPREP | W_PREP},
    {"during", W_TPREP | W_PREP}, {"since", W_TPREP | W_PREP}, {"of", W_PREP | W_OF | W_INOF},
    {"by", W_PREP | W_BY}, {"for", W_PREP}, {"with", W_PREP}, {"from", W_PREP},
    {"to", W_PREP | W_TO}, {"into", W_PREP}, {"onto", W_PREP}, {"over", W_PREP | W_QUANT},
    {"under", W_PREP}, {"about", W_PREP | W_QUANT}, {"against", W_PREP}, {"between", W_PREP},
    {"among", W_PREP}, {"through", W_PREP}, {"after", W_PREP}, {"before", W_PREP},
    {"until", W_PREP}, {"without", W_PREP}, {"within", W_PREP}, {"across", W_PREP},
    {"toward", W_PREP}, {"towards", W_PREP}, {"upon", W_PREP}, {"via", W_PREP}, {"per", W_PREP},
    {"amid", W_PREP}, {"alongside", W_PREP}, {"despite", W_PREP}, {"like", W_PREP}, {"unlike", W_PREP}, {"near", W_PREP}, {"off", W_PREP},
    {"out", W_PREP}, {"up", W_PREP | W_QUANT}, {"down", W_PREP}, {"around", W_PREP | W_QUANT},
    {"behind", W_PREP}, {"beyond", W_PREP}, {"inside", W_PREP}, {"outside", W_PREP},
    {"according", W_ACCORD | W_FUNC},
    /* determiners and quantities */
    {"the", W_DET}, {"a", W_DET}, {"an", W_DET}, {"its", W_DET}, {"their", W_DET}, {"his", W_DET},
    {"her", W_DET}, {"our", W_DET}, {"my", W_DET}, {"your", W_DET}, {"these", W_DET},
    {"those", W_DET}, {"both", W_DET}, {"all", W_DET}, {"any", W_DET}, {"each", W_DET},
    {"every", W_DET}, {"some", W_DET | W_QUANT}, {"several", W_NUMW}, {"many", W_DET},
    {"few", W_DET}, {"another", W_DET}, {"other", W_DET}, {"such", W_DET}, {"no", W_DET},
    {"nearly", W_QUANT}, {"almost", W_QUANT}, {"roughly", W_QUANT}, {"approximately", W_QUANT},
    {"least", W_QUANT}, {"more", W_QUANT}, {"than", W_QUANT | W_FUNC}, {"fewer", W_QUANT},
    {"less", W_QUANT}, {"as", W_QUANT | W_FUNC}, {"one", W_NUMW}, {"two", W_NUMW},
    {"three", W_NUMW}, {"four", W_NUMW}, {"five", W_NUMW}, {"six", W_NUMW}, {"seven", W_NUMW},
    {"eight", W_NUMW}, {"nine", W_NUMW}, {"ten", W_NUMW}, {"eleven", W_NUMW}, {"twelve", W_NUMW},
    {"fifteen", W_NUMW}, {"twenty", W_NUMW}, {"thirty", W_NUMW}, {"forty", W_NUMW},
    {"fifty", W_NUMW}, {"hundred", W_NUMW}, {"hundreds", W_NUMW}, {"thousand", W_NUMW},
    {"thousands", W_NUMW}, {"million", W_NUMW}, {"millions", W_NUMW}, {"billion", W_NUMW},
    {"dozen", W_NUMW}, {"dozens", W_NUMW}, {"scores", W_NUMW},
    /* pronouns and conjunctions */
    {"he", W_FUNC}, {"she", W_FUNC}, {"it", W_FUNC}, {"they", W_FUNC}, {"we", W_FUNC},
    {"i", W_FUNC}, {"you", W_FUNC}, {"him", W_FUNC}, {"them", W_FUNC}, {"us", W_FUNC},
    {"me", W_FUNC}, {"what", W_FUNC}, {"there", W_FUNC}, {"here", W_FUNC}, {"itself", W_FUNC},
    {"themselves", W_FUNC}, {"himself", W_FUNC}, {"herself", W_FUNC}, {"whose", W_FUNC},
    {"who", W_REL}, {"whom", W_REL}, {"which", W_REL}, {"that", W_REL}, {"and", W_AND},
    {"or", W_FUNC}, {"nor", W_AND}, {"neither", W_DET}, {"so", W_FUNC}, {"if", W_BOUNDW},
    {"but", W_BOUNDW}, {"while", W_BOUNDW}, {"whereas", W_BOUNDW}, {"although", W_BOUNDW},
    {"though", W_BOUNDW}, {"because", W_BOUNDW}, {"unless", W_BOUNDW}, {"whether", W_BOUNDW},
    {"when", W_FUNC}, {"where", W_FUNC},
    /* speech */
    {"says", W_SPEECH}, {"say", W_SPEECH}, {"saying", W_SPEECH}, {"added", W_SPEECH},
    {"adds", W_SPEECH}, {"claims", W_SPEECH}, {"stated", W_SPEECH}, {"announced", W_SPEECH},
    {"insisted", W_SPEECH}, {"insists", W_SPEECH}, {"confirmed", W_SPEECH}, {"confirms", W_SPEECH},
    {"argued", W_SPEECH}, {"argues", W_SPEECH}, {"wrote", W_SPEECH}, {"writes", W_SPEECH},
    {"tweeted", W_SPEECH}, {"alleges", W_SPEECH}, {"noted", W_SPEECH}, {"explained", W_SPEECH},
    {"suggested", W_SPEECH}, {"acknowledged", W_SPEECH}, {"admitted", W_SPEECH},
    {"testified", W_SPEECH}, {"revealed", W_SPEECH}, {"disclosed", W_SPEECH},
    {"believes", W_SPEECH}, {"warned", W_SPEECH}, {"warns", W_SPEECH},
    {"denied", W_SPEECH | W_SNEG}, {"denies", W_SPEECH | W_SNEG}, {"told", W_SPEECH | W_TELL},
    {"tells", W_SPEECH | W_TELL}, {"tell", W_SPEECH | W_TELL}, {"informed", W_SPEECH | W_TELL},
    /* head nouns and titles (any case) */
    {"government", W_HEAD | W_GOV}, {"governments", W_HEAD | W_GOV}, {"officials", W_HEAD | W_ROLE},
    {"official", W_HEAD | W_ROLE}, {"ministry", W_HEAD}, {"ministries", W_HEAD},
    {"minister", W_HEAD | W_ROLE}, {"ministers", W_HEAD | W_ROLE}, {"prosecutors", W_HEAD | W_ROLE},
    {"prosecutor", W_HEAD | W_ROLE}, {"authorities", W_HEAD | W_GOV}, {"police", W_HEAD},
    {"forces", W_HEAD | W_STATE}, {"army", W_HEAD | W_STATE}, {"military", W_HEAD | W_STATE},
    {"navy", W_HEAD | W_STATE}, {"troops", W_HEAD | W_STATE}, {"regulator", W_HEAD},
    {"regulators", W_HEAD}, {"agency", W_HEAD}, {"agencies", W_HEAD}, {"department", W_HEAD},
    {"office", W_HEAD | W_PARTN}, {"offices", W_HEAD | W_PARTN},
    {"embassy", W_HEAD | W_PARTN | W_STATE}, {"embassies", W_HEAD | W_STATE},
    {"diplomats", W_HEAD | W_STATE}, {"diplomat", W_HEAD | W_STATE}, {"spokesman", W_HEAD | W_ROLE},
    {"spokeswoman", W_HEAD | W_ROLE}, {"spokesperson", W_HEAD | W_ROLE},
    {"president", W_HEAD | W_ROLE}, {"prime", W_HEAD}, {"chancellor", W_HEAD},
    {"leader", W_HEAD | W_ROLE}, {"leaders", W_HEAD | W_ROLE}, {"leadership", W_HEAD},
    {"administration", W_HEAD | W_GOV}, {"court", W_HEAD}, {"judge", W_HEAD | W_ROLE},
    {"judges", W_HEAD | W_ROLE}, {"lawmakers", W_HEAD | W_ROLE}, {"legislators", W_HEAD},
    {"parliament", W_HEAD}, {"senators", W_HEAD | W_ROLE}, {"senator", W_HEAD | W_ROLE},
    {"company", W_HEAD}, {"companies", W_HEAD}, {"firm", W_HEAD}, {"firms", W_HEAD},
    {"group", W_HEAD}, {"bank", W_HEAD}, {"banks", W_HEAD}, {"investors", W_HEAD | W_ROLE},
    {"executives", W_HEAD | W_ROLE}, {"executive", W_HEAD | W_ROLE}, {"ceo", W_HEAD | W_ROLE},
    {"chief", W_HEAD | W_ROLE}, {"chairman", W_HEAD | W_ROLE}, {"chairwoman", W_HEAD | W_ROLE},
    {"director", W_HEAD | W_ROLE}, {"board", W_HEAD}, {"subsidiary", W_HEAD | W_PARTN},
    {"foreign", W_HEAD}, {"defence", W_HEAD}, {"defense", W_HEAD}, {"interior", W_HEAD},
    {"justice", W_HEAD}, {"finance", W_HEAD}, {"state", W_HEAD}, {"national", W_HEAD},
    {"federal", W_HEAD}, {"secretary", W_HEAD | W_ROLE}, {"general", W_HEAD}, {"gen", W_HEAD},
    {"envoy", W_HEAD | W_STATE}, {"ambassador", W_HEAD | W_STATE},
    {"consulate", W_HEAD | W_PARTN | W_STATE}, {"intelligence", W_HEAD}, {"services", W_HEAD},
    {"security", W_HEAD}, {"customs", W_HEAD}, {"hackers", W_HEAD | W_ROLE},
    {"spies", W_HEAD | W_ROLE}, {"agents", W_HEAD | W_ROLE}, {"officers", W_HEAD | W_ROLE},
    {"soldiers", W_HEAD | W_ROLE | W_STATE}, {"nationals", W_HEAD | W_ROLE},
    {"citizens", W_HEAD | W_ROLE}, {"counterpart", W_HEAD | W_ROLE},
    {"counterparts", W_HEAD | W_ROLE}, {"delegation", W_HEAD}, {"team", W_HEAD}, {"mr", W_HEAD},
    {"mrs", W_HEAD}, {"ms", W_HEAD}, {"dr", W_HEAD}, {"prof", W_HEAD}, {"sen", W_HEAD},
    {"rep", W_HEAD}, {"gov", W_HEAD}, {"king", W_HEAD}, {"queen", W_HEAD}, {"prince", W_HEAD},
    {"mayor", W_HEAD | W_ROLE}, {"mp", W_HEAD | W_ROLE}, {"mps", W_HEAD | W_ROLE},
    {"mep", W_HEAD | W_ROLE}, {"meps", W_HEAD | W_ROLE}, {"gp", W_HEAD | W_ROLE},
    {"cfo", W_HEAD | W_ROLE}, {"cto", W_HEAD | W_ROLE},
    {"governor", W_HEAD | W_ROLE}, {"commander", W_HEAD | W_ROLE}, {"media", W_HEAD},
    {"regime", W_HEAD | W_GOV}, {"cabinet", W_HEAD | W_GOV}, {"envoys", W_HEAD | W_STATE},
    {"ambassadors", W_HEAD | W_STATE}, {"consulates", W_HEAD | W_PARTN | W_STATE},
    {"consul", W_HEAD | W_STATE}, {"warships", W_HEAD | W_STATE}, {"guard", W_HEAD | W_STATE},
    {"guards", W_HEAD | W_STATE}, {"coastguard", W_HEAD | W_STATE},
    /* people named by the organisation before them: "a Bundestag aide" */
    {"aide", W_ROLE}, {"aides", W_ROLE}, {"employee", W_ROLE}, {"employees", W_ROLE},
    {"engineer", W_ROLE}, {"engineers", W_ROLE}, {"manager", W_ROLE}, {"managers", W_ROLE},
    {"lawyer", W_ROLE}, {"lawyers", W_ROLE}, {"worker", W_ROLE}, {"workers", W_ROLE},
    {"staff", W_ROLE}, {"staffer", W_ROLE}, {"staffers", W_ROLE}, {"member", W_ROLE},
    {"members", W_ROLE}, {"founder", W_ROLE}, {"boss", W_ROLE}, {"adviser", W_ROLE},
    {"advisers", W_ROLE}, {"advisor", W_ROLE}, {"advisors", W_ROLE}, {"coach", W_ROLE},
    {"champion", W_ROLE}, {"consultant", W_ROLE}, {"journalist", W_ROLE}, {"journalists", W_ROLE},
    {"reporter", W_ROLE}, {"reporters", W_ROLE}, {"businessman", W_ROLE}, {"businesswoman", W_ROLE},
    {"tycoon", W_ROLE}, {"athlete", W_ROLE}, {"athletes", W_ROLE}, {"player", W_ROLE},
    {"players", W_ROLE}, {"trader", W_ROLE}, {"owner", W_ROLE}, {"son", W_ROLE},
    {"daughter", W_ROLE}, {"wife", W_ROLE}, {"husband", W_ROLE}, {"family", W_ROLE},
    {"student", W_ROLE}, {"students", W_ROLE}, {"scientist", W_ROLE}, {"scientists", W_ROLE},
    {"developer", W_ROLE}, {"banker", W_ROLE}, {"bankers", W_ROLE}, {"magnate", W_ROLE},
    {"activist", W_ROLE}, {"activists", W_ROLE}, {"analyst", W_ROLE}, {"partner", W_ROLE},
    {"partners", W_ROLE}, {"bosses", W_ROLE}, {"directors", W_ROLE}, {"founders", W_ROLE},
    {"owners", W_ROLE}, {"shareholders", W_ROLE}, {"investigators", W_ROLE},
    {"detectives", W_ROLE}, {"suspect", W_ROLE}, {"suspects", W_ROLE}, {"chiefs", W_ROLE},
    {"traders", W_ROLE}, {"pilots", W_ROLE}, {"pilot", W_ROLE},
    /* part-of nouns: "raided the offices of X", "bought a stake in X" */
    {"headquarters", W_PARTN}, {"premises", W_PARTN}, {"home", W_PARTN}, {"homes", W_PARTN},
    {"property", W_PARTN}, {"properties", W_PARTN}, {"assets", W_PARTN}, {"shares", W_PARTN},
    {"stake", W_PARTN}, {"stakes", W_PARTN}, {"subsidiaries", W_PARTN}, {"unit", W_PARTN},
    {"units", W_PARTN}, {"division", W_PARTN}, {"operations", W_PARTN}, {"ships", W_PARTN},
    {"vessels", W_PARTN}, {"vessel", W_PARTN}, {"ship", W_PARTN}, {"accounts", W_PARTN},
    {"servers", W_PARTN}, {"networks", W_PARTN}, {"network", W_PARTN}, {"systems", W_PARTN},
    {"computers", W_PARTN}, {"facilities", W_PARTN}, {"facility", W_PARTN}, {"plant", W_PARTN},
    {"plants", W_PARTN}, {"bases", W_PARTN}, {"territory", W_PARTN}, {"parts", W_PARTN},
    {"part", W_PARTN}, {"system", W_PARTN}, {"website", W_PARTN}, {"websites", W_PARTN},
    {"server", W_PARTN}, {"computer", W_PARTN}, {"database", W_PARTN}, {"databases", W_PARTN},
    {"stronghold", W_PARTN}, {"strongholds", W_PARTN}, {"compound", W_PARTN},
    {"residence", W_PARTN}, {"warehouse", W_PARTN}, {"warehouses", W_PARTN},
    {"branch", W_PARTN}, {"branches", W_PARTN}, {"factory", W_PARTN}, {"factories", W_PARTN},
};
/* clang-format on */

/* Irregular past tenses: verb forms that the -ed test misses ("sold",
 * "flew"), never head words of a noun phrase. Sorted for bsearch. */
static const char *const irregular_past[] = {
    "became", "began",     "bought", "broke",  "brought",  "built", "came",   "caught", "chose",
    "drove",  "fell",      "flew",   "forgot", "fought",   "found", "gave",   "grew",   "heard",
    "held",   "hid",       "kept",   "knew",   "led",      "left",  "lost",   "made",   "meant",
    "met",    "overthrew", "paid",   "ran",    "rose",     "saw",   "sent",   "shut",   "slid",
    "sold",   "sought",    "spent",  "split",  "stole",    "stood", "struck", "swore",  "threw",
    "took",   "undertook", "upheld", "went",   "withdrew", "won"};

/* A word of the lexicon or of irregular_past, in the per-scratch hash. */
typedef struct wordinfo {
    const char *w;
    uint32_t len;
    uint32_t bits; /* W_* of the lexicon (0 if none) */
    int irregular; /* in irregular_past */
} wordinfo;

/* Punctuation classes of an item. */
enum {
    P_COMMA = 1u << 0,
    P_SEMI = 1u << 1,   /* ; : */
    P_QUOTE = 1u << 2,  /* quotation mark (not a possessive apostrophe) */
    P_OPEN = 1u << 3,   /* ( [ */
    P_CLOSE = 1u << 4,  /* ) ] */
    P_DASH = 1u << 5,   /* a dash with a space on either side */
    P_HYPHEN = 1u << 6, /* a dash glued to both neighbours */
    P_SENT = 1u << 7,   /* . ! ? ... */
    P_POSS = 1u << 8,   /* 's or a lone possessive apostrophe */
    P_ABBR = 1u << 9,   /* the dot of "Mr." or "Gen." */
    P_OTHER = 1u << 10,
    P_ELIDE = 1u << 11 /* an apostrophe opening a name: "’Mathabo", "the ’Ndrangheta" */
};
#define P_BOUNDARY (P_SEMI | P_QUOTE | P_OPEN | P_CLOSE | P_SENT)

#define MAX_GROUP 16       /* conjuncts on one side */
#define MAX_APPOS_ITEMS 24 /* items inside one apposition */

typedef struct item {
    uint32_t tok_begin, tok_end; /* tokens [begin, end) */
    uint32_t s_start, s_end;     /* folded text in the scratch buffer */
    int32_t ment;                /* doc mention index, or -1 */
    uint32_t lex;                /* W_* */
    uint32_t punct;              /* P_* */
    uint32_t tflags;             /* EG_TOK_* of the first token */
    int32_t cand[2];             /* verb candidate starting here, per voice, or -1 */
    int8_t voices;               /* eg_verbs_word_voices at s_start, or -1 before asked */
    int32_t occ;                 /* the occurrence covering this item, or -1 */
    uint8_t endpoint;            /* a mention that may be an endpoint */
    uint8_t ly;                  /* an -ly adverb */
    uint8_t ing, ed;             /* ends in -ing / -ed */
} item;

typedef struct occurrence {
    uint32_t begin, verb_end, gap_end, end; /* items: verb, skipped words, particle */
    uint32_t verb;
    uint8_t voice;
    uint8_t ing;              /* the verb ends in -ing */
    uint8_t has_subj;         /* subject found (for coordinated verbs after it) */
    uint8_t naming;           /* "call" in the sense of naming: "which Manila calls X" */
    uint32_t flags;           /* EG_REL_* read from its auxiliaries */
    uint32_t subj_off, nsubj; /* subject group in the pool */
    uint32_t subj_first;      /* leftmost subject item */
} occurrence;

typedef struct group {
    uint32_t it[MAX_GROUP];
    uint32_t n;
} group;

struct eg_relscratch {
    const eg_verbs *v;
    eg_verbscratch *vs;
    const eg_gazetteer *gaz; /* entity types of gazetteer entities, or NULL */
    eg_diag *diag;
    unsigned long limit_hits;
    long deny;       /* verb index of "deny", or -1 */
    long call;       /* verb index of "call", or -1 */
    long help;       /* verb index of "help", or -1 */
    long talk;       /* verb index of "talk to", or -1 */
    long sell;       /* verb index of "sell to", or -1 */
    long supply;     /* verb index of "supply", or -1 */
    wordinfo *words; /* the lexicon and irregular_past, one entry per word */
    size_t nwords;
    uint32_t *wslot; /* open-addressing index of words (index + 1) */
    size_t wcap;
    eg_strbuf text;
    eg_strbuf syn; /* a relative clause with its stranded particle put back */
    EG_VEC(item) items;
    EG_VEC(eg_verbmatch) cands[2];
    EG_VEC(occurrence) occs;
    EG_VEC(uint32_t) pool;
    EG_VEC(eg_relation) out;
};

static wordinfo *word_find(const eg_relscratch *s, const char *w, size_t n) {
    size_t mask = s->wcap - 1;
    for (size_t i = eg_hash_bytes(w, n, 0) & mask; s->wslot[i]; i = (i + 1) & mask) {
        wordinfo *x = &s->words[s->wslot[i] - 1];
        if (x->len == n && memcmp(x->w, w, n) == 0)
            return x;
    }
    return NULL;
}

/* The entry for w, added if missing (the table has room). */
static wordinfo *word_add(eg_relscratch *s, const char *w) {
    size_t n = strlen(w);
    wordinfo *x = word_find(s, w, n);
    if (x)
        return x;
    x = &s->words[s->nwords++];
    x->w = w;
    x->len = (uint32_t)n;
    x->bits = 0;
    x->irregular = 0;
    size_t mask = s->wcap - 1, i = eg_hash_bytes(w, n, 0) & mask;
    while (s->wslot[i])
        i = (i + 1) & mask;
    s->wslot[i] = (uint32_t)s->nwords;
    return x;
}

eg_relscratch *eg_relscratch_new(const eg_verbs *v) {
    eg_relscratch *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->v = v;
    s->vs = eg_verbscratch_new(v);
    size_t nl = sizeof lexicon / sizeof lexicon[0];
    size_t ni = sizeof irregular_past / sizeof irregular_past[0];
    s->wcap = 64;
    while (s->wcap < 2 * (nl + ni))
        s->wcap *= 2;
    s->words = malloc((nl + ni) * sizeof *s->words);
    s->wslot = calloc(s->wcap, sizeof *s->wslot);
    if (!s->vs || !s->words || !s->wslot) {
        eg_relscratch_free(s);
        return NULL;
    }
    for (size_t i = 0; i < nl; i++)
        word_add(s, lexicon[i].w)->bits |= lexicon[i].bits;
    for (size_t i = 0; i < ni; i++)
        word_add(s, irregular_past[i])->irregular = 1;
    s->deny = eg_verbs_find_base(v, "deny");
    s->call = eg_verbs_find_base(v, "call");
    s->help = eg_verbs_find_base(v, "help");
    s->talk = eg_verbs_find_base(v, "talk to");
    s->sell = eg_verbs_find_base(v, "sell to");
    s->supply = eg_verbs_find_base(v, "supply");
    eg_strbuf_init(&s->text);
    eg_strbuf_init(&s->syn);
    return s;
}

void eg_relscratch_free(eg_relscratch *s) {
    if (!s)
        return;
    eg_verbscratch_free(s->vs);
    free(s->words);
    free(s->wslot);
    eg_strbuf_destroy(&s->text);
    eg_strbuf_destroy(&s->syn);
    free(s->items.v);
    free(s->cands[0].v);
    free(s->cands[1].v);
    free(s->occs.v);
    free(s->pool.v);
    free(s->out.v);
    free(s);
}

void eg_relscratch_set_diag(eg_relscratch *s, eg_diag *diag) {
    s->diag = diag;
}

void eg_relscratch_set_gazetteer(eg_relscratch *s, const eg_gazetteer *g) {
    s->gaz = g;
}

unsigned long eg_relscratch_limit_hits(const eg_relscratch *s) {
    return s->limit_hits;
}

static uint32_t lex_lookup(const eg_relscratch *s, const char *w, size_t n) {
    const wordinfo *x = word_find(s, w, n);
    return x ? x->bits : 0;
}

static int is_irregular_past(const eg_relscratch *s, const char *w, size_t n) {
    const wordinfo *x = word_find(s, w, n);
    return x && x->irregular;
}

static int ends_with(const char *w, size_t n, const char *suf) {
    size_t k = strlen(suf);
    return n >= k && memcmp(w + n - k, suf, k) == 0;
}

/* ---- one sentence ---- */

typedef struct ctx {
    eg_relscratch *s;
    const eg_verbs *v;
    eg_doc *doc;
    item *it;
    long n;
    uint32_t sentence;
    long particle; /* the one-word particle (or agent "by") of the verb being read, or -1 */
    int along;     /* ", along with B" adds objects (a verb of authority acting on targets) */
    int or_joins;  /* "or" joins objects like "and" (after a negation: "never met A or B") */
    int lower;     /* the story has lower-case words: a verb in capitals is a headline's */
} ctx;

static int is_place(const ctx *c, long i);

static const char *item_text(const ctx *c, long i, size_t *len) {
    const item *x = &c->it[i];
    *len = x->s_end - x->s_start;
    return c->s->text.data + x->s_start;
}

/* Is item i the word w, as written? Always inlined, so that a literal's
 * strlen and memcmp fold into a few compares. */
__attribute__((always_inline)) static inline int is_word(const ctx *c, long i, const char *w) {
    if (i < 0 || i >= c->n || c->it[i].ment >= 0)
        return 0;
    size_t n;
    const char *t = item_text(c, i, &n);
    return strlen(w) == n && memcmp(t, w, n) == 0;
}

/* Is item i one of the n words of list (as written)? */
static int is_word_of(const ctx *c, long i, const char *const *list, size_t n) {
    for (size_t k = 0; k < n; k++)
        if (is_word(c, i, list[k]))
            return 1;
    return 0;
}
#define IS_WORD_OF(c, i, list) is_word_of(c, i, list, sizeof list / sizeof list[0])

static uint32_t lex(const ctx *c, long i) {
    return i >= 0 && i < c->n && c->it[i].ment < 0 ? c->it[i].lex : 0;
}

static uint32_t punct(const ctx *c, long i) {
    return i >= 0 && i < c->n && c->it[i].ment < 0 ? c->it[i].punct : 0;
}

static int is_ment(const ctx *c, long i) {
    return i >= 0 && i < c->n && c->it[i].ment >= 0;
}

/* A number glued to the letters of a currency: "R412" (rand), "Rs500",
 * "KSh2", "Rp15", "RM40". */
static int currency_num(const ctx *c, long i) {
    static const char *const cur[] = {"r", "rs", "sh", "ksh", "tsh", "ush", "rp", "rm"};
    size_t n, a = 0;
    const char *t = item_text(c, i, &n);
    while (a < n && t[a] >= 'a' && t[a] <= 'z')
        a++;
    if (a == 0 || a == n || t[a] < '0' || t[a] > '9')
        return 0;
    for (size_t k = a; k < n; k++)
        if (!((t[k] >= '0' && t[k] <= '9') || t[k] == '.' || t[k] == ','))
            return 0;
    for (size_t k = 0; k < sizeof cur / sizeof cur[0]; k++)
        if (strlen(cur[k]) == a && memcmp(t, cur[k], a) == 0)
            return 1;
    return 0;
}

static int is_num(const ctx *c, long i) {
    return i >= 0 && i < c->n && c->it[i].ment < 0 &&
           ((c->it[i].tflags & EG_TOK_NUM) || (c->it[i].lex & W_NUMW) || currency_num(c, i));
}

static const occurrence *occ_at(const ctx *c, long i) {
    if (i < 0 || i >= c->n || c->it[i].occ < 0)
        return NULL;
    return &c->s->occs.v[c->it[i].occ];
}

/* A word that can be part of a noun phrase around a mention: a head noun or
 * title (any case), or a lower-case word that is no function word, verb or
 * adverb. -ing and -ed forms only where the caller allows. */
static int nounish(const ctx *c, long i, int allow_ing) {
    if (i < 0 || i >= c->n)
        return 0;
    const item *x = &c->it[i];
    if (x->ment >= 0 || x->occ >= 0)
        return 0;
    if (i > 0 && i + 1 < c->n && (punct(c, i - 1) & P_HYPHEN) && (punct(c, i + 1) & P_HYPHEN) &&
        (x->tflags & EG_TOK_WORD) && !(x->tflags & EG_TOK_CAP))
        return 1; /* inside a compound: "second-in-command", "editor-in-chief" */
    if (x->lex & ~(uint32_t)W_NOUN)
        return 0;
    if (x->lex & W_NOUN)
        return 1;
    if (!(x->tflags & EG_TOK_WORD) || (x->tflags & EG_TOK_CAP) || x->ly)
        return 0;
    if (x->ing && !allow_ing)
        return 0;
    if (x->ed && !(punct(c, i - 1) & P_HYPHEN))
        return 0;
    return 1;
}

/* A word inside a hyphenated modifier, whatever its class: the "year" of
 * "a 38-year-old engineer", the "of" of "a state-of-the-art plant". */
static int hyphen_inner(const ctx *c, long i) {
    return i > 0 && i + 1 < c->n && (c->it[i].tflags & EG_TOK_WORD) && c->it[i].ment < 0 &&
           (punct(c, i - 1) & P_HYPHEN) && (punct(c, i + 1) & P_HYPHEN);
}

/* Items that belong to a noun phrase without counting as a word. */
static int np_glue(const ctx *c, long i) {
    return (punct(c, i) & (P_POSS | P_HYPHEN | P_ABBR | P_ELIDE)) != 0;
}

/* Skips head words to the left of `i` (inclusive), at most 3; returns the
 * first item left of them. */
static long skip_heads_left(const ctx *c, long i, int *count) {
    int words = 0;
    while (i >= 0) {
        if (np_glue(c, i)) {
            i--;
            continue;
        }
        if (words < 3 && nounish(c, i, words > 0)) {
            words++;
            i--;
            continue;
        }
        break;
    }
    if (count)
        *count = words;
    return i;
}

/* Skips head words to the right of `i` (inclusive), at most 3. */
static long skip_heads_right(const ctx *c, long i, int *count) {
    int words = 0;
    while (i < c->n) {
        if (np_glue(c, i)) {
            i++;
            continue;
        }
        if (words < 3 && nounish(c, i, nounish(c, i + 1, 0))) {
            words++;
            i++;
            continue;
        }
        break;
    }
    if (count)
        *count = words;
    return i;
}

/* "offices of", "stake in": a part-of noun at n, its preposition at p. */
static int part_of(const ctx *c, long n, long p) {
    if (!(lex(c, n) & W_PARTN) || !(lex(c, p) & W_INOF))
        return 0;
    return is_word(c, p, "of") || is_word(c, n, "stake") || is_word(c, n, "stakes") ||
           is_word(c, n, "shares");
}

/* Skips determiners and quantities to the left of i (inclusive). */
static long skip_dets_left(const ctx *c, long i) {
    int k = 0;
    while (i >= 0 && k < 4 && ((lex(c, i) & (W_DET | W_NUMW)) || is_num(c, i))) {
        i--;
        k++;
    }
    return i;
}

/* A capitalised word that is no mention and no known word: part of a title
 * such as "Investment Minister" or "Crown Prince". */
static int capword(const ctx *c, long i) {
    if (i < 0 || i >= c->n)
        return 0;
    const item *x = &c->it[i];
    return x->ment < 0 && x->occ < 0 && (x->tflags & EG_TOK_WORD) && (x->tflags & EG_TOK_CAP) &&
           !(x->lex & ~(uint32_t)W_NOUN);
}

/* A capitalised word glued by a hyphen to the word before it, whatever it
 * is: the second half of "Ala-Too", "Al-Jazeera". */
static int capword_glued(const ctx *c, long i) {
    if (i < 1 || i >= c->n || !(punct(c, i - 1) & P_HYPHEN))
        return 0;
    const item *x = &c->it[i];
    return x->ment < 0 && x->occ < 0 && (x->tflags & EG_TOK_WORD) && (x->tflags & EG_TOK_CAP);
}

/* "Austin, Texas-based", "a Waterloo, Ontario-based maker": the comma
 * after k only joins a city to its region in a hyphenated modifier. */
/* "a Cambridge, Massachusetts, startup": a determiner, a city, a comma, its
 * region, a comma and a lower-case word. Returns 2 when k is the city, 3
 * when k is the region, else 0. */
static int city_region_commas(const ctx *c, long k) {
#define CR_PLACE(i) ((is_ment(c, (i)) && is_place(c, (i))) || capword(c, (i)))
#define CR_LOWER(i)                                                                                \
    ((i) < c->n && (c->it[(i)].tflags & EG_TOK_WORD) && !(c->it[(i)].tflags & EG_TOK_CAP) &&       \
     c->it[(i)].ment < 0 && !(lex(c, (i)) & (W_REL | W_FUNC | W_AND | W_DET | W_PREP)))
    if (CR_PLACE(k) && (punct(c, k + 1) & P_COMMA) && CR_PLACE(k + 2) &&
        (punct(c, k + 3) & P_COMMA) && CR_LOWER(k + 4) && (lex(c, k - 1) & W_DET))
        return 2;
    if (k >= 3 && CR_PLACE(k) && (punct(c, k - 1) & P_COMMA) && CR_PLACE(k - 2) &&
        (punct(c, k + 1) & P_COMMA) && CR_LOWER(k + 2) && (lex(c, k - 3) & W_DET))
        return 3;
    return 0;
#undef CR_PLACE
#undef CR_LOWER
}

static int city_region(const ctx *c, long k) {
    int cr = city_region_commas(c, k);
    if (cr)
        return cr;
    if (!((is_ment(c, k) && is_place(c, k)) || capword(c, k)) || !(punct(c, k + 1) & P_COMMA))
        return 0;
    if (!((is_ment(c, k + 2) && is_place(c, k + 2)) || capword(c, k + 2)) ||
        !(punct(c, k + 3) & P_HYPHEN) || k + 4 >= c->n ||
        (c->it[k + 4].tflags & EG_TOK_SPACE_BEFORE))
        return 0;
    return (c->it[k + 4].tflags & EG_TOK_WORD) && !(c->it[k + 4].tflags & EG_TOK_CAP);
}

typedef struct npstop {
    long at;   /* where parsing stopped */
    int words; /* modifier words and determiners before it */
} npstop;

/* An -ing word that opens a hyphenated compound noun: the "rolling" of
 * "rolling-stock maker X", the "mining" of "a mining-equipment firm X". */
static int compound_ing(const ctx *c, long i) {
    return i + 2 < c->n && c->it[i].ing && (punct(c, i + 1) & P_HYPHEN) &&
           !(c->it[i + 1].tflags & EG_TOK_SPACE_BEFORE) &&
           !(c->it[i + 2].tflags & EG_TOK_SPACE_BEFORE) && nounish(c, i + 2, 0);
}

/* The particle glued to a hyphenated compound noun, whatever follows: the
 * "up" of "a start-up in which". */
static int hyphen_particle(const ctx *c, long i) {
    return i > 0 && i < c->n && (punct(c, i - 1) & P_HYPHEN) && (lex(c, i) & W_PREP) &&
           !(c->it[i].tflags & EG_TOK_SPACE_BEFORE) && (c->it[i].tflags & EG_TOK_WORD) &&
           !(c->it[i].tflags & EG_TOK_CAP);
}

/* The particle that closes a hyphenated compound noun before a name or a
 * noun: the "up" of "cybersecurity start-up X", "the buy-out firm X". */
static int compound_particle(const ctx *c, long i) {
    if (i < 1 || i + 1 >= c->n || !(punct(c, i - 1) & P_HYPHEN))
        return 0;
    const item *x = &c->it[i];
    return !(x->tflags & EG_TOK_SPACE_BEFORE) && (x->tflags & EG_TOK_WORD) &&
           !(x->tflags & EG_TOK_CAP) && (x->lex & W_PREP) && !(x->lex & (W_TO | W_BY | W_OF)) &&
           (is_ment(c, i + 1) || nounish(c, i + 1, 0));
}

static int has_type(const ctx *c, long m, const char *type);

/* After a title ending before k, "of" and up to three lower-case words naming
 * its office, then a person's name ("former member of parliament X",
 * "secretary of state X", "deputy governor of the central bank X"): returns
 * the name's item or -1. Not after a nominalisation ("the arrest of
 * opposition leader X") nor with a name inside ("head of the Port Authority
 * X"). */
static long title_of_ment(const ctx *c, long k) {
    if (!(lex(c, k) & W_OF) || !(lex(c, k - 1) & W_ROLE))
        return -1;
    long q = k + 1;
    if (is_word(c, q, "the"))
        q++;
    long q0 = q;
    while (q < q0 + 3 && nounish(c, q, 0) && !(c->it[q].tflags & EG_TOK_CAP) &&
           !(punct(c, q + 1) & (P_COMMA | P_HYPHEN | P_POSS)))
        q++;
    if (q == q0 || !is_ment(c, q) || !has_type(c, q, "person") || (punct(c, q + 1) & P_POSS))
        return -1;
    return q;
}

/* Parses determiners, quantities and modifier words from k rightwards up to
 * a mention ("the", "12", "at least", "dozens of", "the shipping magnate",
 * "the offices of", "Crown Prince"). Returns the mention item or -1 (then
 * *stop, if given, says where and after how many words it stopped). */
static long np_prefix_at(const ctx *c, long k, npstop *stop) {
    int dets = 0, words = 0, caps = 0, partof = 0, lastnum = 0;
    const long k0 = k;
    while (k < c->n && dets + words + caps < 10) {
        const item *x = &c->it[k];
        int cr = city_region(c, k);
        if (cr) {
            k += cr == 2 ? 4 : 2; /* "a Cambridge, Massachusetts, startup" */
            continue;
        }
        if (x->ment >= 0)
            return k;
        uint32_t w = x->lex;
        if ((is_word(c, k, "at") && is_word(c, k + 1, "least")) ||
            ((is_word(c, k, "more") || is_word(c, k, "fewer") || is_word(c, k, "less")) &&
             is_word(c, k + 1, "than")) ||
            (is_word(c, k, "up") && is_word(c, k + 1, "to"))) {
            k += 2;
            dets++;
            continue;
        }
        if (((w & W_QUANT) || is_word(c, k, "just") || is_word(c, k, "only")) && is_num(c, k + 1)) {
            k++; /* also "bought just 4.9% of X" */
            dets++;
            continue;
        }
        if (words == 1 && is_num(c, k) &&
            (is_word(c, k - 1, "additional") || is_word(c, k - 1, "further") ||
             is_word(c, k - 1, "extra")))
            words = 0; /* "bought an additional 25% of X" */
        if (lastnum && dets > 0 && is_word(c, k, "more") && !is_word(c, k + 1, "than")) {
            k++; /* "arrested two more officials, A and B" */
            dets++;
            continue;
        }
        if ((w & W_DET) || is_num(c, k)) {
            lastnum = 1;
            k++;
            dets++;
            continue;
        }
        if (lastnum && (is_word(c, k, "%") || is_word(c, k, "percent") || is_word(c, k, "per") ||
                        is_word(c, k, "cent"))) {
            k++; /* "a 20% stake in", "5 per cent of" */
            continue;
        }
        if ((w & W_OF) && lastnum && !words) {
            k++;
            lastnum = 0;
            continue;
        }
        if (k > 0 && part_of(c, k - 1, k) && !partof) {
            partof = 1;
            words = 0;
            lastnum = 0;
            k++;
            continue;
        }
        if (np_glue(c, k)) {
            k++;
            continue;
        }
        if (words > 0 && (punct(c, k - 1) & P_HYPHEN) && !(x->tflags & EG_TOK_SPACE_BEFORE) &&
            (x->tflags & EG_TOK_WORD) && !(x->tflags & EG_TOK_CAP) && (w & W_PREP) &&
            !(w & (W_TO | W_BY | W_OF)) && (is_ment(c, k + 1) || nounish(c, k + 1, 0))) {
            k++; /* the particle of a compound noun: "payments start-up X", "a sit-in" */
            continue;
        }
        if (x->ly && !w && words == 0 && (k == k0 || (lex(c, k - 1) & W_DET)) && k + 2 < c->n &&
            c->it[k + 1].ed && !c->it[k + 1].lex && c->it[k + 1].ment < 0 && c->it[k + 1].occ < 0 &&
            !(c->it[k + 1].tflags & EG_TOK_CAP) && (nounish(c, k + 2, 0) || is_ment(c, k + 2))) {
            k += 2; /* "the privately owned channel X", "a newly formed unit of X" */
            words++;
            continue;
        }
        if (words < 3 && k + 3 < c->n && !(punct(c, k - 1) & P_HYPHEN) &&
            (punct(c, k + 1) & P_HYPHEN) && !(c->it[k + 1].tflags & EG_TOK_SPACE_BEFORE) &&
            !(c->it[k + 2].tflags & EG_TOK_SPACE_BEFORE) && c->it[k + 2].ment < 0 &&
            (x->tflags & EG_TOK_WORD) && !(x->tflags & EG_TOK_CAP) && x->occ < 0 &&
            (c->it[k + 2].tflags & EG_TOK_WORD) && !(c->it[k + 2].tflags & EG_TOK_CAP) &&
            (nounish(c, k + 3, 0) || (is_ment(c, k + 3) && (lex(c, k - 1) & W_DET)))) {
            k += 3; /* a hyphenated modifier: "the small left-wing party X", "far-right" */
            words++;
            continue;
        }
        if (is_word(c, k, "then") && (punct(c, k + 1) & P_HYPHEN) && nounish(c, k + 2, 0)) {
            k += 2; /* "then-governor X" */
            continue;
        }
        if ((punct(c, k) & P_QUOTE) && (punct(c, k + 2) & P_QUOTE) && words < 3 && k + 3 < c->n &&
            c->it[k + 1].ment < 0 && (c->it[k + 1].tflags & EG_TOK_WORD) && !c->it[k + 1].lex &&
            ((lex(c, k - 1) & W_DET) || words > 0)) {
            words++; /* a quoted adjective: "the “piratical” Japanese coast guard" */
            k += 3;
            continue;
        }
        if (words > 0 && words < 3 && is_word(c, k, "and") && nounish(c, k + 1, 1) &&
            nounish(c, k + 2, 0)) {
            k++; /* "the billing and outage systems of X" */
            continue;
        }
        if (words < 4 &&
            (nounish(c, k,
                     nounish(c, k + 1, 0) || compound_ing(c, k) ||
                         (((lex(c, k - 1) & W_DET) || k == k0) && is_ment(c, k + 1)) ||
                         ((lex(c, k - 1) & W_DET) && is_word(c, k + 1, "and") &&
                          nounish(c, k + 2, 1) && nounish(c, k + 3, 0))) ||
             ((w & W_HPART) && x->ed &&
              ((lex(c, k - 1) & W_DET) || is_num(c, k - 1) || (punct(c, k - 1) & P_POSS)) &&
              nounish(c, k + 1, 0)) ||
             (x->ed && !w && (words == 0 || (punct(c, k - 1) & P_POSS)) &&
              (x->tflags & EG_TOK_WORD) && !(x->tflags & EG_TOK_CAP) &&
              (k == k0 || (lex(c, k - 1) & W_DET) || is_num(c, k - 1) ||
               (punct(c, k - 1) & P_POSS)) &&
              (nounish(c, k + 1, 0) || (c->it[k + 1].ing && c->it[k + 1].occ < 0 &&
                                        nounish(c, k + 1, 1) && nounish(c, k + 2, 0)))))) {
            /* also "the alleged ringleader", "a suspected spy", "the ruling
             * X", "the clan's alleged boss", a participle before a role noun ("convicted exiled
             * organiser X", "hired retired brigadier X", "three licensed
             * buying companies"); the second half of
             * a hyphenated word is no word of its own ("second-division
             * football club X") */
            if (!(punct(c, k - 1) & P_HYPHEN) || (x->tflags & EG_TOK_SPACE_BEFORE))
                words++;
            lastnum = 0;
            k++;
            continue;
        }
        if (caps < 2 && (capword(c, k) || capword_glued(c, k))) {
            /* "Crown Prince X", "SIMP managing director X" (an untagged name) */
            long q = k;
            while (q < c->n && q < k + 5 &&
                   (capword(c, q) || np_glue(c, q) || capword_glued(c, q) ||
                    (q > k && nounish(c, q, 1)) ||
                    (q > k + 1 && !partof && part_of(c, q - 1, q) && !capword(c, q - 1))))
                q++; /* also "the Barendrecht offices of X" (an untagged place) */
            if (is_ment(c, q)) {
                caps++;
                k++;
                continue;
            }
            if (q > k && (punct(c, q) & P_OPEN) && is_ment(c, q + 1) && (punct(c, q + 2) & P_CLOSE))
                return q + 1; /* "the Holovne Upravlinnia Rozvidky (HUR)": the name untagged */
            if (words == 0 && caps == 0 && k > k0 && (lex(c, k - 1) & W_DET) && q > k + 1 &&
                capword(c, k) && !capword(c, k + 1) && !(c->it[q - 1].tflags & EG_TOK_CAP) &&
                (punct(c, q) & P_COMMA) && is_ment(c, q + 1) && has_type(c, q + 1, "person")) {
                /* "detained a Karen driver, Saw Eh Doh,": an untagged word of
                 * origin before the head of a phrase the person names */
                k = q;
                words++;
                break;
            }
        }
        if (words > 0 && !partof) {
            long q = title_of_ment(c, k);
            if (q >= 0)
                return q;
        }
        break;
    }
    if (stop) {
        stop->at = k;
        stop->words = dets + words;
    }
    return -1;
}

static long np_prefix(const ctx *c, long k) {
    return np_prefix_at(c, k, NULL);
}

/* An appositive name or list ends at k: punctuation or the clause's end. */
static int appos_ends(const ctx *c, long k) {
    return k >= c->n ||
           (punct(c, k) & (P_COMMA | P_SENT | P_SEMI | P_DASH | P_CLOSE | P_QUOTE)) != 0;
}

/* After a mention at m: a mention glued to a hyphen is a modifier
 * ("U.S.-backed"); a possessive, head words or a title then another mention
 * make that one the head ("Jordan's NEPCO", "the French president Macron",
 * "Saudi Investment Minister Al-Harbi", "the Italian Sartori"); a phrase
 * named by an apposition takes the name ("Vantage's founder, Dwight
 * Harlan,"). Returns the head mention (or -1) and sets *end to the first
 * item after the noun phrase; *modifier tells whether words followed the
 * mention it returns. */
static const char *ment_type(const ctx *c, long i);
static int has_type(const ctx *c, long m, const char *type);
static int np_prep(const ctx *c, long i);

/* A bare noun phrase from k closed by a comma ("compliance," in "its head
 * of compliance, X"): one to three lower-case nouns, the last maybe a gerund. Returns the comma's
 * index or -1. */
static long bare_noun_end(const ctx *c, long k) {
    long q = k;
    while (q < k + 3 && nounish(c, q, (punct(c, q + 1) & P_COMMA) != 0) &&
           !(lex(c, q) & W_NOUN &
             ~(uint32_t)(W_HEAD | W_ROLE | ((punct(c, q + 1) & P_COMMA) ? W_PARTN : 0))))
        q++; /* the last may be a gerund: "its director of nursing, X"; or a
              * part-of noun: "its head of flight operations, X" */
    return q > k && (punct(c, q) & P_COMMA) ? q : -1;
}

/* After head words ending before p, a preposition and a place or bare nouns
 * closed by a comma ("for Argentina,", "of compliance,"): returns the
 * comma's index or -1. */
static long head_prep_end(const ctx *c, long p) {
    if (!np_prep(c, p))
        return -1;
    long q = p + 1;
    if (is_ment(c, q)) {
        const char *type = ment_type(c, q);
        if (!type || (strcmp(type, "location") && strcmp(type, "country")))
            return -1;
        return (punct(c, q + 1) & P_COMMA) ? q + 1 : -1;
    }
    return bare_noun_end(c, q);
}

static long np_head(const ctx *c, long m, long *end, int *modifier) {
    int mod = 0;
    for (int round = 0; round < 4; round++) {
        long e = m + 1;
        if (punct(c, e) & P_HYPHEN) {
            long k = e + 1;
            while (k < c->n && !(c->it[k].tflags & EG_TOK_SPACE_BEFORE) && !is_ment(c, k))
                k++;
            long nm = np_prefix(c, k);
            if (nm < 0)
                return -1;
            m = nm;
            continue;
        }
        long q = e;
        int seen = 0;
        for (int k = 0; k < 8 && q < c->n; k++) {
            /* an -ing word between a possessive and a mention modifies it:
             * "Taiwan's ruling Democratic Progressive Party" */
            int ing = nounish(c, q + 1, 0) ||
                      (q > e && (punct(c, q - 1) & P_POSS) && is_ment(c, q + 1)) ||
                      compound_ing(c, q);
            if (np_glue(c, q) || nounish(c, q, ing) || capword(c, q) || compound_particle(c, q)) {
                seen = 1;
                q++;
                continue;
            }
            break;
        }
        if (is_ment(c, q) && (seen || q == e) && !(punct(c, q + 1) & P_HYPHEN) &&
            (q == e || q - e <= 5) && !(seen && is_place(c, q) && nounish(c, q + 1, 0))) {
            /* not "Globex's Paris unit": the place only modifies the noun */
            m = q;
            continue;
        }
        int words = 0;
        long after = skip_heads_right(c, e, &words);
        if (words == 3 && (punct(c, e) & P_POSS) && nounish(c, after, 0) &&
            (punct(c, after + 1) & P_COMMA) && is_ment(c, after + 2) &&
            has_type(c, after + 2, "person")) {
            after++; /* a fourth head word before the person who names the phrase:
                      * "Halliburton's former regional compliance chief, X," */
            words++;
        }
        mod = after > e;
        if (words > 0 && part_of(c, after - 1, after)) {
            long nm = np_prefix(c, after + 1); /* "the Hamburg offices of X" */
            if (nm >= 0) {
                m = nm;
                continue;
            }
        }
        long ce = words > 0 ? head_prep_end(c, after) : -1;
        if (ce > 0 && is_ment(c, ce + 1)) {
            /* "the IMF's mission chief for Argentina, Sarah Whitfield," */
            long ae = skip_heads_right(c, ce + 2, NULL);
            if (ae == ce + 2 && appos_ends(c, ae)) {
                *end = ae;
                if (modifier)
                    *modifier = 0;
                return ce + 1;
            }
        }
        long an = after + 1; /* "the GNU's rival, the Government of National Stability," */
        if (words > 0 && (punct(c, after) & P_COMMA) && (lex(c, an) & W_DET) &&
            is_ment(c, an + 1) && (punct(c, e) & P_POSS))
            an++;
        if (words > 0 && (punct(c, after) & P_COMMA) && is_ment(c, an)) {
            long ae = skip_heads_right(c, an + 1, NULL);
            if (ae == an + 1 && appos_ends(c, ae)) {
                m = an;
                after = ae;
                mod = 0;
            }
        }
        *end = after;
        if (modifier)
            *modifier = mod;
        return m;
    }
    *end = m + 1;
    if (modifier)
        *modifier = 0;
    return m;
}

/* True when the noun phrase ending before `e` is the subject of a following
 * clause: an auxiliary, or a verb group with a verb form, comes next. */
static int clause_follows(const ctx *c, long e) {
    uint32_t w = lex(c, e);
    if (w & (W_BE | W_AUX | W_MODAL))
        return 1;
    for (int k = 0; k < 4 && e < c->n; k++, e++) {
        if (occ_at(c, e))
            return 1;
        w = lex(c, e);
        if (!(w & (W_ADV | W_HADV | W_NEG)) && !c->it[e].ly)
            return 0;
    }
    return 0;
}

/* A lower-case past-tense form the grammar does not know ("towed"). */
static int unknown_past(const ctx *c, long i) {
    if (i < 0 || i >= c->n)
        return 0;
    const item *x = &c->it[i];
    return x->ment < 0 && !x->lex && x->ed && (x->tflags & EG_TOK_WORD) &&
           !(x->tflags & EG_TOK_CAP);
}

/* After a conjunct ending before e, a new clause starts: a verb of speech
 * ("and its president, Ruiz, said"), or a place phrase and then a verb
 * group ("and the Russian embassy in Vienna called the case"). */
static int clause_after_conjunct(const ctx *c, long e) {
    for (int k = 0; k < 3 && (lex(c, e) & (W_AUX | W_ADV)); k++)
        e++;
    if ((lex(c, e) & W_SPEECH) && !c->it[e].ing &&
        !((lex(c, e) & W_HPART) && is_word(c, e + 1, "by")))
        return 1; /* not "saying" (a participle) nor "claimed by" */
    if (e < c->n && c->it[e].ly)
        e++;
    /* "expelled A and Russia retaliated", "and Russia responded by expelling
     * B", not "B based in Dubai" or "B owned by C" */
    int agent = is_word(c, e + 1, "by") && !(e + 2 < c->n && c->it[e + 2].ing);
    if (unknown_past(c, e) && !agent && !is_word(c, e + 1, "in") && !is_word(c, e + 1, "at"))
        return 1;
    if (!is_word(c, e, "in") && !is_word(c, e, "at") && !is_word(c, e, "from"))
        return 0;
    long m = np_prefix(c, e + 1);
    if (m < 0 || !is_place(c, m))
        return 0;
    long pe = m + 1;
    return clause_follows(c, pe) || (lex(c, pe) & W_SPEECH);
}

static void group_add(group *g, long m) {
    if (g->n < MAX_GROUP)
        g->it[g->n++] = (uint32_t)m;
}

/* Prepositions whose phrase can modify a noun: "Brody of New Hampshire". */
static int np_prep(const ctx *c, long i) {
    return is_word(c, i, "of") || is_word(c, i, "in") || is_word(c, i, "from") ||
           is_word(c, i, "at") || is_word(c, i, "for");
}

/* Two word items with the same folded text. */
static int same_word(const ctx *c, long a, long b) {
    if (a < 0 || b < 0 || a >= c->n || b >= c->n || c->it[a].ment >= 0 || c->it[b].ment >= 0)
        return 0;
    size_t na, nb;
    const char *ta = item_text(c, a, &na), *tb = item_text(c, b, &nb);
    return na == nb && memcmp(ta, tb, na) == 0;
}

/* A bracketed short form after a name at e ("Acme (ACM)"): returns the item
 * after the closing bracket, or e. */
static long skip_paren(const ctx *c, long e) {
    if (!(punct(c, e) & P_OPEN))
        return e;
    for (long k = e + 1; k < c->n && k < e + 6; k++) {
        if (punct(c, k) & P_CLOSE)
            return k > e + 1 ? k + 1 : e;
        if ((punct(c, k) & (P_BOUNDARY | P_COMMA | P_DASH)) || occ_at(c, k))
            return e;
    }
    return e;
}

static long named_prep_comma(const ctx *c, long p);

/* A mention at q, or after up to three bare lower-case title words before a
 * person's name ("tycoon X", "editor X", "former director X"): returns the
 * mention's item or -1. */
static long titled_ment(const ctx *c, long q) {
    long m = q;
    for (int n = 0; n < 3 && m + 1 < c->n && !is_ment(c, m) && nounish(c, m, 0) &&
                    !(c->it[m].tflags & EG_TOK_CAP) && !(punct(c, m) & P_HYPHEN) &&
                    !(punct(c, m + 1) & (P_COMMA | P_POSS));
         n++)
        m++;
    if (!is_ment(c, m) || (m > q && !has_type(c, m, "person")))
        return -1;
    return m;
}

/* Inside an apposition, a bracketed short form after a name at k ("two
 * managers at Kuwait Oil Company (KOC), and"): returns the item after the
 * closing bracket, or k. */
static long appos_paren(const ctx *c, long k) {
    if (k < 1 || !(punct(c, k) & P_OPEN) || !is_ment(c, k - 1))
        return k;
    return skip_paren(c, k);
}

/* A noun phrase from p headed by a mention, or named by an apposition
 * ("its former chief executive, Paulo Brandão,"). Returns the mention or
 * -1; sets *end and *mod as np_head does. */
static long named_np(const ctx *c, long p, long *end, int *mod) {
    npstop stop = {0, 0};
    long m = np_prefix_at(c, p, &stop);
    if (m >= 0) {
        long h = np_head(c, m, end, mod);
        if (h >= 0 || !(punct(c, m + 1) & P_HYPHEN))
            return h;
        /* "its Perth-based parent, Corella Metals,": the place only modifies */
        long k = m + 2;
        while (k < c->n && !(c->it[k].tflags & EG_TOK_SPACE_BEFORE) && !is_ment(c, k))
            k++;
        for (int n = 0; n < 4 && k < c->n && !is_ment(c, k) && nounish(c, k, 1); n++)
            k++;
        stop.at = k;
        stop.words = k > m + 2;
    }
    if (m < 0 && stop.words > 0 && np_prep(c, stop.at))
        stop.at = named_prep_comma(c, stop.at); /* "and its chief of staff, X," */
    if (stop.words == 0 || !(punct(c, stop.at) & P_COMMA))
        return -1;
    long q = titled_ment(c, stop.at + 1);
    if (q < 0)
        return -1;
    m = np_head(c, q, end, mod);
    if (m < 0 || *mod)
        return -1;
    *end = skip_paren(c, *end); /* "the terminal operator, Acme (ACM)," */
    if (!appos_ends(c, *end) && np_prep(c, *end)) {
        /* "the vessel's owner, Pallas Maritime of Piraeus." */
        long pe = 0, pm = np_prefix(c, *end + 1);
        if (pm >= 0 && np_head(c, pm, &pe, NULL) >= 0 && appos_ends(c, pe))
            *end = pe;
    }
    return appos_ends(c, *end) ? m : -1;
}

/* A describing apposition from p ("a Riga-based shipping company,",
 * "Serbia's chief negotiator,"): a determiner or a mention first, no verb
 * and no clause boundary up to the closing comma. Returns the comma's index
 * or -1. */
static long descriptive_appos_x(const ctx *c, long p, int allow_ing);

static long descriptive_appos(const ctx *c, long p) {
    return descriptive_appos_x(c, p, 0);
}

/* With allow_ing, an -ing participle of a listed verb on a noun may stand in
 * the apposition ("the largest container line calling at Mombasa,"). */
static long descriptive_appos_x(const ctx *c, long p, int allow_ing) {
    if (is_num(c, p) && (punct(c, p + 1) & P_COMMA)) {
        if ((is_word(c, p + 2, "of") || is_word(c, p + 2, "from")) && is_ment(c, p + 3) &&
            is_place(c, p + 3) && (punct(c, p + 4) & P_COMMA))
            return p + 4; /* and a home town: "Brett Hollis, 52, of Auckland, and B" */
        return p + 1;     /* an age: "Jane Doe, 54, and John Roe" */
    }
    if (!(lex(c, p) & W_DET) && !is_ment(c, p) &&
        !(is_word(c, p, "one") && is_word(c, p + 1, "of")))
        return -1; /* also "one of the largest growers in El Ejido," */
    for (long k = p; k < c->n && k < p + MAX_APPOS_ITEMS; k++) {
        if (appos_paren(c, k) > k) {
            k = appos_paren(c, k) - 1;
            continue;
        }
        if (punct(c, k) & P_COMMA)
            return k > p ? k : -1;
        if ((lex(c, k) & W_AND) && k > p && nounish(c, k - 1, 0) && nounish(c, k + 1, 0) &&
            nounish(c, k + 2, 0))
            continue; /* "the largest tomato and pepper growers" */
        const occurrence *o = occ_at(c, k);
        if (o && allow_ing && o->ing && o->voice == EG_VOICE_ACTIVE && o->begin == (uint32_t)k &&
            k > p + 1 && nounish(c, k - 1, 0) && !is_ment(c, k - 1)) {
            k = (long)o->end - 1;
            continue;
        }
        if ((punct(c, k) & (P_BOUNDARY | P_DASH)) || (lex(c, k) & (W_BOUNDW | W_REL | W_AND)) || o)
            return -1;
    }
    return -1;
}

/* A describing apposition with a relative clause in it, closed by a comma
 * and "and": "A, the operator of a ship that lost 38 boxes in May, and B".
 * Returns the closing comma's index or -1. */
static long relative_appos(const ctx *c, long p) {
    if (!(lex(c, p) & W_DET))
        return -1;
    int rel = 0;
    for (long k = p + 1; k < c->n && k < p + 2 * MAX_APPOS_ITEMS; k++) {
        if (appos_paren(c, k) > k) {
            k = appos_paren(c, k) - 1;
            continue;
        }
        if (punct(c, k) & P_COMMA)
            return rel && (lex(c, k + 1) & W_AND) ? k : -1;
        if ((punct(c, k) & (P_BOUNDARY | P_DASH)) || (lex(c, k) & (W_BOUNDW | W_AND | W_SPEECH)))
            return -1;
        if (lex(c, k) & W_REL) {
            if (rel || !(nounish(c, k - 1, 0) || is_ment(c, k - 1)))
                return -1;
            rel = 1;
        } else if (occ_at(c, k) && !rel) {
            return -1;
        }
    }
    return -1;
}

/* Skips a comma-delimited insertion after a noun phrase from k: a relative
 * clause (", who ran purchasing at X until 2024,") or a description (", the
 * founder of Y,"). Returns the item after its closing comma, or k. */
static long skip_insertion(const ctx *c, long k) {
    if (!(punct(c, k) & P_COMMA))
        return k;
    long p = k + 1;
    if (!(lex(c, p) & W_REL) || is_word(c, p, "that")) {
        long close = descriptive_appos(c, p);
        return close > p ? close + 1 : k;
    }
    for (long q = p + 1; q < c->n && q < p + MAX_APPOS_ITEMS; q++) {
        if (punct(c, q) & P_COMMA)
            return q + 1;
        if ((punct(c, q) & (P_BOUNDARY | P_DASH)) || (lex(c, q) & W_BOUNDW))
            return k;
    }
    return k;
}

/* Parallel objects that each take a prepositional phrase: "charged A with
 * fraud and B with bribery", "accused A of X and B of Y", also with an
 * insertion after either name ("charged A, who ..., with X, and B, the
 * founder of C, with Y"). The phrase after the object ending at e must be
 * followed by "and", a named noun phrase and the same preposition again.
 * Returns the next conjunct's mention (its phrase ends at *ne) or -1. */
static int parse_objects(const ctx *c, long k, group *g, long *end, int depth);

/* A preposition saying where or when an act on one object took place, which
 * may differ between parallel objects ("at his home", "after Mass"). */
static int gap_prep(const ctx *c, long k) {
    return is_word(c, k, "at") || is_word(c, k, "in") || is_word(c, k, "on") ||
           is_word(c, k, "near") || is_word(c, k, "after");
}

/* A verb follows the phrase from preposition p in its clause: the name
 * before p starts a new clause ("and Europol in The Hague praised"). */
static int verb_after_phrase(const ctx *c, long p) {
    for (long q = p + 1; q < c->n && q < p + 12; q++) {
        if ((punct(c, q) & (P_BOUNDARY | P_COMMA | P_DASH)) || (lex(c, q) & (W_BOUNDW | W_REL)))
            return 0;
        if (occ_at(c, q) || unknown_past(c, q) || (lex(c, q) & (W_SPEECH | W_AUX | W_BE)))
            return 1;
    }
    return 0;
}

static long parallel_conjunct(const ctx *c, long e, long *ne, group *more) {
    long prep = skip_insertion(c, e);
    more->n = 0;
    if (!(lex(c, prep) & W_PREP) || (lex(c, prep) & W_BY))
        return -1;
    long q = prep + 1;
    int placed = 0; /* the phrase names a place: "at his home in X" */
    for (int n = 0, tries = 0; q < c->n && n < 12; n++, q++) {
        if ((lex(c, q) & W_AND) || ((punct(c, q) & P_COMMA) && (lex(c, q + 1) & W_AND))) {
            if (q == prep + 1)
                return -1;
            long a = (punct(c, q) & P_COMMA) ? q + 1 : q;
            int mod = 0;
            long m = named_np(c, a + 1, ne, &mod);
            int named = m >= 0 && !is_place(c, m) && !has_type(c, m, "country");
            long p2 = m >= 0 ? skip_insertion(c, *ne) : -1;
            if (m >= 0 && same_word(c, p2, prep) && (named || !placed) &&
                (!placed || !verb_after_phrase(c, p2)))
                return m;
            if (named && gap_prep(c, prep) && gap_prep(c, p2) && !verb_after_phrase(c, p2))
                return m; /* "arrested A at his home in X and B at a cafe in Y" */
            /* "indicted A for abuse of office and taking bribes, and the
             * company's owners, B and C, for paying them": the phrase goes on
             * over a plain "and"; a conjunct may be named by a list */
            npstop st = {0, 0};
            group sub;
            long se = 0;
            if (np_prefix_at(c, a + 1, &st) < 0 && st.words > 0 && (punct(c, st.at) & P_COMMA) &&
                is_ment(c, st.at + 1) && parse_objects(c, st.at + 1, &sub, &se, 1) && sub.n > 1 &&
                (punct(c, se) & P_COMMA) && same_word(c, se + 1, prep)) {
                for (uint32_t i = 1; i < sub.n; i++)
                    group_add(more, sub.it[i]);
                *ne = se + 1;
                return sub.it[0];
            }
            if (a > q || ++tries > 1)
                return -1;
            continue;
        }
        const occurrence *o = occ_at(c, q);
        placed |= is_ment(c, q);
        if ((is_ment(c, q) && !(gap_prep(c, prep) && is_place(c, q))) || (o && !o->ing) ||
            (punct(c, q) & (P_BOUNDARY | P_DASH | P_COMMA)) ||
            (lex(c, q) & (W_BOUNDW | W_REL | W_SPEECH)))
            return -1;
    }
    return -1;
}

/* Skips an amount of money from k ("€120 million", "$2.1bn", "£6m", "21
 * million lei"). */
static long skip_amount(const ctx *c, long k) {
    long start = k;
    int num = 0;
    for (int n = 0; n < 5 && k < c->n; n++, k++) {
        if (is_num(c, k))
            num = 1;
        else if (!(punct(c, k) & P_OTHER) && !is_word(c, k, "m") && !is_word(c, k, "bn"))
            break;
    }
    if (num && is_num(c, k - 1) && nounish(c, k, 0) && !lex(c, k))
        k++; /* a currency named after the number */
    return num ? k : start;
}

/* After a conjunct ending at e, a list of names that a verb follows
 * (", the European Union and Japan offered grants"): the conjunct opened
 * that list, the subject of a new clause. */
static int list_clause_after(const ctx *c, long e) {
    for (int k = 0; k < 6 && e < c->n; k++) {
        int last = (lex(c, e) & W_AND) != 0;
        if (!last && !(punct(c, e) & P_COMMA))
            return 0;
        long p = e + 1;
        if (!last && (lex(c, p) & W_AND)) {
            p++;
            last = 1;
        }
        long ne = -1;
        int mod = 0;
        if (named_np(c, p, &ne, &mod) < 0)
            return 0;
        if (last)
            return clause_follows(c, ne) || clause_after_conjunct(c, ne);
        e = ne;
    }
    return 0;
}

/* An object (or agent) noun phrase from k and its coordinated conjuncts
 * ("A and B", "A, B and C"); a phrase without a mention can be named by an
 * apposition ("its chief executive, Paulo Brandão,") or a list ("300
 * organisations, including A and B"). Returns 0 when no mention heads it. */
/* "along with", "together with" (only after verbs of authority, where B is
 * no co-agent: "sanctioned A, along with B") and "as well as" joining
 * objects like "and": the number of words, or 0. */
static int also_with(const ctx *c, long p) {
    if (c->along && (is_word(c, p, "along") || is_word(c, p, "together")) &&
        is_word(c, p + 1, "with"))
        return 2;
    if (is_word(c, p, "as") && is_word(c, p + 1, "well") && is_word(c, p + 2, "as"))
        return 3;
    return 0;
}

/* Skips a capitalised name the recognisers did not tag from k ("Ala-Too
 * Commercial Bank"); returns the item after it, or k. */
static long skip_untagged_name(const ctx *c, long k) {
    static const char *const joins[] = {"of", "de", "do",  "da",  "dos", "das", "del", "della",
                                        "di", "du", "des", "van", "von", "der", "la",  "le"};
    long q = k;
    while (q < c->n && q < k + 8) {
        if (capword(c, q) || capword_glued(c, q) || ((punct(c, q) & P_HYPHEN) && q > k)) {
            q++;
            continue;
        }
        int join = 0; /* "Vale do Sousa", "Bank of Tbilisi" */
        for (size_t i = 0; q > k && i < sizeof joins / sizeof joins[0]; i++)
            join |= is_word(c, q, joins[i]);
        if (!join || !capword(c, q + 1))
            break;
        q++;
    }
    return q > k && (capword(c, q - 1) || capword_glued(c, q - 1)) ? q : k;
}

/* A noun phrase from k that names nothing ("a Gabon-flagged oil tanker"; a
 * mention only as a hyphenated modifier or as the first modifier of a noun,
 * "the OSCE observation mission"; a number word alone, "the three"), closed
 * by a comma: returns the comma's index or -1. */
static long unnamed_np_end(const ctx *c, long k) {
    if (!(lex(c, k) & W_DET))
        return -1;
    int words = 0;
    for (long q = k + 1; q < c->n && q < k + 9; q++) {
        if (punct(c, q) & P_COMMA)
            return words ? q : -1;
        if (is_ment(c, q) &&
            ((punct(c, q + 1) & P_HYPHEN) || (words == 0 && q == k + 1 && !is_place(c, q) &&
                                              !has_type(c, q, "person") && nounish(c, q + 1, 0))))
            continue; /* also "the OSCE observation mission" */
        if (words == 0 && q == k + 1 && (lex(c, q) & W_NUMW) && (punct(c, q + 1) & P_COMMA))
            return q + 1; /* "the eldest of the three, X" */
        if (np_glue(c, q) || ((punct(c, q - 1) & P_HYPHEN) &&
                              !(c->it[q].tflags & EG_TOK_SPACE_BEFORE) && !is_ment(c, q)))
            continue;
        if (!nounish(c, q, 1))
            return -1;
        words++;
    }
    return -1;
}

/* After the head words of a phrase without a mention, a preposition at p
 * whose phrase is closed by a comma and a name ("in Tbilisi, Nino
 * Kapanadze,", "of a Gabon-flagged tanker, Levan Beridze,", "of staff,
 * Ebiere Dikibo,"): the name after the comma names the whole phrase, not
 * the place in it. Returns the comma's index, or p. */
/* The person's name after the comma at k, maybe behind one capitalised
 * title ("Colonel Ihor Bondarenko"): returns its item or -1. */
static long person_after_comma(const ctx *c, long k) {
    long q = titled_ment(c, k + 1);
    if (q < 0 && capword(c, k + 1) && !(punct(c, k + 2) & P_HYPHEN))
        q = k + 2;
    return is_ment(c, q) && has_type(c, q, "person") ? q : -1;
}

/* From the preposition at p, two or three prepositional phrases of
 * determiners, numbers, nouns, untagged capitalised words and places, closed
 * by a comma and a person's name ("the captain of a trawler from the Faroe
 * Islands, X", "the head of the Constanta Sud customs post, X", "the captain
 * of one of the boats, X", "the commander of an army brigade, Colonel X"):
 * the name names the phrase. Returns the comma's index, or p. */
static long chained_prep_comma(const ctx *c, long p) {
    int preps = 0, words = 0;
    long q = p;
    for (; q < c->n && q < p + 16 && !(punct(c, q) & P_COMMA); q++) {
        if (np_prep(c, q) && q > p && words == 0)
            return p;
        if (np_prep(c, q)) {
            preps++;
            words = 0;
            continue;
        }
        if (is_ment(c, q) ? !(is_place(c, q) || has_type(c, q, "country"))
                          : !((lex(c, q) & (W_DET | W_NUMW)) || is_num(c, q) || nounish(c, q, 0) ||
                              capword(c, q) || np_glue(c, q) || is_word(c, q, "one")))
            return p;
        words++;
    }
    if (words == 0 || !(punct(c, q) & P_COMMA) || person_after_comma(c, q) < 0)
        return p;
    return q;
}

static long named_prep_comma(const ctx *c, long p) {
    long pe = 0, pm = np_prefix(c, p + 1);
    if (pm >= 0 && np_head(c, pm, &pe, NULL) >= 0 && (punct(c, pe) & P_COMMA) &&
        titled_ment(c, pe + 1) >= 0)
        return pe; /* also "from the outlet X, editor A and cameraman B" */
    if ((pe = unnamed_np_end(c, p + 1)) >= 0 && is_ment(c, pe + 1))
        return pe;
    if ((pe = bare_noun_end(c, p + 1)) >= 0 && is_ment(c, pe + 1))
        return pe; /* "its head of compliance, Aoife Brennan," */
    return chained_prep_comma(c, p);
}

/* A preposition that can open a describing phrase: "of", "at", "near", not
 * "by" (an agent), "to" or "about" (a quantity). */
static int bare_prep(const ctx *c, long k) {
    return (lex(c, k) & W_PREP) && !(lex(c, k) & (W_BY | W_TO | W_QUANT));
}

/* The list of names that names a phrase ("and two of his former deputies,
 * B and C") ends at se: the sentence ends, or a comma and a describing
 * phrase ("B and C, with bribery"; "B and C, over bribes", not a quantity
 * "over 40"), or a participle clause (", freezing their assets"). */
static int list_closes(const ctx *c, long se) {
    if (se >= c->n || (punct(c, se) & (P_SENT | P_SEMI)))
        return 1;
    if (!(punct(c, se) & P_COMMA) || se + 2 >= c->n || is_ment(c, se + 2))
        return 0;
    if (bare_prep(c, se + 1))
        return !c->it[se + 2].ing;
    if (is_word(c, se + 1, "over"))
        return !is_num(c, se + 2) && !(lex(c, se + 2) & (W_QUANT | W_NUMW));
    const item *x = &c->it[se + 1];
    return x->ing && x->ment < 0 && !x->lex && !(x->tflags & EG_TOK_CAP);
}

/* A describing apposition after an object that starts without a
 * determiner: a number or a bare title and a prepositional phrase ("two
 * senior executives of Venezuela's state oil company,", "director of
 * procurement at the Ministry of Agriculture,"). Returns the closing comma's
 * index or -1. */
static long bare_appos(const ctx *c, long p) {
    if (!is_num(c, p) && !(nounish(c, p, 0) && !c->it[p].ed))
        return -1;
    long k = p + 1;
    for (int n = 0; n < 4 && k < c->n && !bare_prep(c, k); n++, k++)
        if (!nounish(c, k, 0) && !(lex(c, k) & W_DET) && !is_num(c, k) && !np_glue(c, k))
            return -1;
    if (!bare_prep(c, k))
        return -1;
    for (k++; k < c->n && k < p + MAX_APPOS_ITEMS; k++) {
        if (appos_paren(c, k) > k) {
            k = appos_paren(c, k) - 1;
            continue;
        }
        if (punct(c, k) & P_COMMA)
            return k;
        if ((punct(c, k) & (P_BOUNDARY | P_DASH)) ||
            (lex(c, k) & (W_BOUNDW | W_REL | W_AND | W_SPEECH)) || occ_at(c, k))
            return -1;
    }
    return -1;
}

/* An insertion that gives an object's other name, from p: "known locally
 * as “Tião,”", "nicknamed Baba C," before "and" and the next object.
 * Returns the closing comma or -1; *quote is the closing quote right after
 * it ("“Tião,”"), else -1. */
static long known_appos(const ctx *c, long p, long *quote) {
    *quote = -1;
    if (!is_word(c, p, "known") && !is_word(c, p, "nicknamed") && !is_word(c, p, "dubbed"))
        return -1;
    long k = p + 1;
    if (is_word(c, p, "known")) {
        if (k < c->n && c->it[k].ly)
            k++;
        if (!is_word(c, k, "as"))
            return -1;
        k++;
    }
    int words = 0, quoted = 0;
    for (; k < c->n && k < p + 10; k++) {
        if (punct(c, k) & P_QUOTE) {
            if (quoted++ > 1)
                return -1;
            continue;
        }
        if (punct(c, k) & P_COMMA)
            break;
        if (!is_ment(c, k) && !capword(c, k))
            return -1;
        words++;
    }
    if (!words || !(punct(c, k) & P_COMMA))
        return -1;
    long a = k + 1;
    if (quoted == 1 && (punct(c, a) & P_QUOTE))
        *quote = a++;
    else if (quoted == 1)
        return -1;
    return (lex(c, a) & W_AND) ? k : -1;
}

/* A participle phrase on an object closed by ", and" ("banned A, owned by
 * Nation Media Group, and B", "fined A, based in Riga, and B"): returns the
 * closing comma's index or -1. */
static long participle_appos(const ctx *c, long p) {
    if (!unknown_past(c, p) || !(lex(c, p + 1) & W_PREP) || (lex(c, p + 1) & W_TO))
        return -1;
    for (long k = p + 2; k < c->n && k < p + MAX_APPOS_ITEMS; k++) {
        if (appos_paren(c, k) > k) {
            k = appos_paren(c, k) - 1;
            continue;
        }
        if (punct(c, k) & P_COMMA)
            return k > p + 2 && (lex(c, k + 1) & W_AND) ? k : -1;
        if ((punct(c, k) & (P_BOUNDARY | P_DASH | P_QUOTE)) ||
            (lex(c, k) & (W_BOUNDW | W_AND | W_REL | W_SPEECH)) || occ_at(c, k))
            return -1;
    }
    return -1;
}

/* A relative clause on an object closed by ", and" ("convicted A, who ran
 * X's upstream division until 2023, and B"): returns the closing comma's
 * index or -1. */
static long relative_insertion(const ctx *c, long p) {
    if (!is_word(c, p, "who") && !is_word(c, p, "which") && !is_word(c, p, "whom") &&
        !is_word(c, p, "whose"))
        return -1;
    for (long k = p + 1; k < c->n && k < p + MAX_APPOS_ITEMS; k++) {
        if (appos_paren(c, k) > k) {
            k = appos_paren(c, k) - 1;
            continue;
        }
        if (punct(c, k) & P_COMMA)
            return k > p + 1 && (lex(c, k + 1) & W_AND) ? k : -1;
        if ((punct(c, k) & (P_BOUNDARY | P_DASH)) ||
            (lex(c, k) & (W_BOUNDW | W_AND | W_REL | W_SPEECH)))
            return -1;
    }
    return -1;
}

/* End of a short time phrase at k ("on Tuesday", "last week", "in March
 * 2024", "yesterday"), or k when none starts there. */
/* A comma at q and then "including" or "among them" ("among whom"): a list
 * of names naming the phrase before q. */
static int list_of_names_after(const ctx *c, long q) {
    if (q >= c->n || !(punct(c, q) & P_COMMA))
        return 0;
    return is_word(c, q + 1, "including") ||
           (is_word(c, q + 1, "among") && (is_word(c, q + 2, "them") || is_word(c, q + 2, "whom")));
}

static long time_words_end(const ctx *c, long k) {
    long q = k;
    if ((lex(c, q) & W_TPREP) && ((lex(c, q + 1) & W_TIME) || is_num(c, q + 1)))
        q++;
    else if (!(lex(c, q) & W_TIME))
        return k;
    long e = q;
    while (e < c->n && e < q + 3 && c->it[e].ment < 0 && ((lex(c, e) & W_TIME) || is_num(c, e)))
        e++;
    return e > q ? e : k;
}

/* "banned four Iraqi banks, including A and B", "sanctioned three Houthi
 * commanders last month, including X", "banned six banks headquartered in
 * Sanaa, including A": a counted phrase whose modifier at m is a name (which
 * is then no object), closed by a list of names after "including" or "among
 * them", maybe behind a time phrase or a phrase saying where (with no other
 * names than places). Returns the item after "including" / "among them", or
 * -1. */
static long counted_names_list(const ctx *c, long m) {
    long b = m - 1;
    if (b >= 0 && !(lex(c, b) & W_NUMW) && !is_num(c, b) && !c->it[b].lex && c->it[b].ment < 0 &&
        (c->it[b].tflags & EG_TOK_WORD) && !(c->it[b].tflags & EG_TOK_CAP))
        b--; /* "three former Houthi commanders" */
    if (b < 0 || !((lex(c, b) & W_NUMW) || is_num(c, b)))
        return -1;
    long k = m + 1;
    while (k < c->n && k < m + 5 && !is_ment(c, k) && !(punct(c, k) & (P_COMMA | P_BOUNDARY)) &&
           !occ_at(c, k) && nounish(c, k, 0))
        k++;
    if (k == m + 1 || k >= c->n)
        return -1;
    long q = -1;
    if (list_of_names_after(c, k)) {
        q = k;
    } else if (time_words_end(c, k) > k) {
        q = time_words_end(c, k);
    } else if (((lex(c, k) & W_PREP) && !(lex(c, k) & (W_BY | W_TO))) ||
               (c->it[k].ed && !c->it[k].lex && !occ_at(c, k) && (lex(c, k + 1) & W_PREP) &&
                !(lex(c, k + 1) & (W_BY | W_TO)))) {
        q = k + 1;
        for (; q < c->n && q < k + 14 && !(punct(c, q) & P_COMMA); q++)
            if ((punct(c, q) & (P_BOUNDARY | P_DASH)) ||
                (lex(c, q) & (W_BOUNDW | W_REL | W_AND | W_BE | W_AUX | W_SPEECH)) ||
                (is_ment(c, q) && !is_place(c, q) && !has_type(c, q, "country")))
                return -1;
    }
    if (q < 0 || !list_of_names_after(c, q))
        return -1;
    return q + (is_word(c, q + 1, "including") ? 2 : 3);
}

/* "a 27-year-old man, identified only as X,", "the company's owner,
 * identified under Polish privacy rules as X", "the man, named only as X":
 * from k (the phrase's end, maybe its comma), a person the phrase is
 * identified as. Returns the person's item or -1. */
static long identified_as(const ctx *c, long k) {
    if (punct(c, k) & P_COMMA)
        k++;
    if (!is_word(c, k, "identified") && !is_word(c, k, "named"))
        return -1;
    long q = k + 1;
    for (int n = 0; n < 6 && q < c->n && !is_word(c, q, "as"); n++, q++)
        if (punct(c, q) || (is_ment(c, q) && !has_type(c, q, "country")) || occ_at(c, q) ||
            (lex(c, q) & (W_BOUNDW | W_REL | W_AND | W_SPEECH)))
            return -1;
    q++;
    return is_word(c, q - 1, "as") && is_ment(c, q) && has_type(c, q, "person") &&
                   !(punct(c, q + 1) & P_POSS)
               ? q
               : -1;
}

static int parse_objects(const ctx *c, long k, group *g, long *end, int depth) {
    g->n = 0;
    npstop stop = {0, 0};
    long m = np_prefix_at(c, k, &stop);
    int skipped = 0;
    long close_quote = -1;
    for (int n = 0; m < 0 && depth == 0 && n < 3; n++) {
        /* "arrested two dockers and a clearing agent, Hicham Belkadi,",
         * "sanctioned Ala-Too Bank and its chairman, X": a first conjunct
         * without a mention */
        long q = skip_untagged_name(c, stop.at);
        if (q > stop.at && (punct(c, q) & P_POSS)) {
            /* "Vale do Sousa's president, Rui Medeiros,": an untagged possessor */
            m = np_prefix_at(c, q + 1, &stop);
            continue;
        }

        if ((q == stop.at && stop.words == 0) || !(lex(c, q) & W_AND))
            break;
        m = np_prefix_at(c, q + 1, &stop);
        skipped = 1;
    }
    if (depth <= 1 && !skipped) {
        /* "detained a man named X", "a Georgian national named X": the
         * phrase is named by the person after "named" */
        long ne = stop.at;
        int nmod = m < 0 && stop.words > 0;
        if (m >= 0 && !is_place(c, m) && has_type(c, m, "country"))
            np_head(c, m, &ne, &nmod);
        if (nmod && ne > 0 && (is_word(c, ne, "named") || is_word(c, ne, "called")) &&
            is_ment(c, ne + 1) && has_type(c, ne + 1, "person"))
            m = ne + 1;
        long na = nmod && ne > 0 ? identified_as(c, ne) : -1;
        if (na >= 0)
            m = na;
    }
    if (m >= 0 && depth == 0 && !skipped) {
        long p = counted_names_list(c, m);
        if (p >= 0 && parse_objects(c, p, g, end, depth + 1))
            return 1;
        g->n = 0;
    }
    if (m >= 0 && depth == 0 && !skipped && (punct(c, m + 1) & P_HYPHEN) &&
        (is_place(c, m) || has_type(c, m, "country"))) {
        long he = 0;
        int hmod = 0;
        if (np_head(c, m, &he, &hmod) < 0) {
            /* "sanctioned two Hong Kong-based ship managers, A and B": the
             * place only modifies a phrase named by the list after it */
            long q = m + 2;
            while (q < c->n && !(c->it[q].tflags & EG_TOK_SPACE_BEFORE) && !is_ment(c, q))
                q++;
            long q0 = q;
            for (int n = 0; n < 4 && q < c->n && !is_ment(c, q) && nounish(c, q, 0); n++)
                q++;
            if (q > q0 && (punct(c, q) & P_COMMA) && is_ment(c, q + 1)) {
                stop.at = q;
                stop.words = 1;
                m = -1;
            }
        }
    }
    if (m < 0) {
        /* a list after "including" may start with a phrase its name follows:
         * "detained six men, including an alleged ringleader, X," */
        if (depth > 1 || (depth == 1 && !is_word(c, k - 1, "including") &&
                          !(is_word(c, k - 2, "among") &&
                            (is_word(c, k - 1, "them") || is_word(c, k - 1, "whom")))))
            return 0;
        long p = stop.at;
        int named = 0;
        if (stop.words > 0 && np_prep(c, p)) {
            /* "a shipping agent in Tbilisi, Nino Kapanadze,": the name after
             * the comma names the phrase, not the place in it; so in "the
             * captain of a Gabon-flagged tanker, Levan Beridze," */
            p = named_prep_comma(c, p);
        }
        if (stop.words > 0 && !(punct(c, p) & P_COMMA) && (lex(c, p) & (W_TIME | W_TPREP))) {
            /* "arrested four men on Tuesday, including X", "fired the three
             * men last week, including X": a short time phrase before the
             * list of names */
            long q = time_words_end(c, p);
            if (q > p && list_of_names_after(c, q))
                p = q;
        }
        if (stop.words > 0 && !(punct(c, p) & P_COMMA) &&
            (((lex(c, p) & W_PREP) && !(lex(c, p) & (W_BY | W_TO))) ||
             (c->it[p].ed && !c->it[p].lex && !occ_at(c, p) && (lex(c, p + 1) & W_PREP) &&
              !(lex(c, p + 1) & (W_BY | W_TO))))) {
            /* "arrested 60 people in overnight raids across the city,
             * including X": a phrase saying where or how, without other
             * names than places, before the list of names (a verb form
             * there is a noun: "raids"); also behind a participle ("banned
             * six banks headquartered in Sanaa, including X") */
            long q = p + 1;
            for (; q < c->n && q < p + 14 && !(punct(c, q) & P_COMMA); q++)
                if ((punct(c, q) & (P_BOUNDARY | P_DASH | P_OPEN | P_QUOTE)) ||
                    (lex(c, q) & (W_BOUNDW | W_REL | W_AND | W_BE | W_AUX | W_SPEECH)) ||
                    (is_ment(c, q) && !is_place(c, q) && !has_type(c, q, "country")))
                    break;
            if (q > p + 1 && q < c->n && !is_ment(c, q) && list_of_names_after(c, q))
                p = q; /* also "arrested 14 smugglers over the weekend, among them X" */
        }
        if (stop.words > 1 && !(punct(c, p) & P_COMMA) && depth == 0) {
            /* "charged two people over the scheme: A, a trader, and B": a
             * counted phrase, perhaps with a phrase without names, named by
             * the list after a colon */
            long q = p;
            if ((lex(c, q) & W_PREP) && !(lex(c, q) & (W_BY | W_TO)))
                for (q++; q < c->n && q < p + 8 && !is_word(c, q, ":"); q++)
                    if (punct(c, q) || c->it[q].ment >= 0 || occ_at(c, q) ||
                        (lex(c, q) & (W_BOUNDW | W_REL | W_AND | W_BE | W_AUX | W_SPEECH)))
                        break;
            if (is_word(c, q, ":") && is_ment(c, q + 1) && is_num(c, k))
                p = q;
        }
        int dash = 0;
        if (stop.words > 0 && ((punct(c, p) & P_COMMA) || is_word(c, p, ":"))) {
            p++;
            named = 1;
        } else if (stop.words > 1 && (punct(c, p) & P_DASH) && is_ment(c, p + 1)) {
            p++; /* "fined three buying companies — A, B and C —" */
            named = 1;
            dash = 1;
        }
        if (is_word(c, p, "including") || (is_word(c, p, "such") && is_word(c, p + 1, "as"))) {
            p += is_word(c, p, "such") ? 2 : 1;
            named = 2;
        } else if (named == 1 && is_word(c, p, "among") &&
                   (is_word(c, p + 1, "them") || is_word(c, p + 1, "whom"))) {
            p += 2; /* "arrested four crew members, among them X and Y" */
            named = 2;
        }
        if (!named || (named == 1 && stop.words == 0))
            return 0;
        if (!parse_objects(c, p, g, end, depth + 1))
            return 0;
        if (named == 1 && g->n == 1 && np_prep(c, *end)) {
            /* "accused the owner, Pesquerías Arrieta of Bermeo, of": a place
             * phrase on the name */
            long pe = 0, pm = np_prefix(c, *end + 1);
            if (pm >= 0 && np_head(c, pm, &pe, NULL) == pm && pe == pm + 1 &&
                (is_place(c, pm) || has_type(c, pm, "country")) && appos_ends(c, pe))
                *end = pe;
            else if (is_word(c, *end, "of") && (pe = skip_untagged_name(c, *end + 1)) > *end + 1 &&
                     (punct(c, pe) & P_COMMA))
                *end = pe; /* the place untagged */
        }
        if (dash)
            return (punct(c, *end) & (P_DASH | P_SENT)) != 0 || *end >= c->n;
        return named == 2 || appos_ends(c, *end);
    }
    long e;
    int mod = 0;
    m = np_head(c, m, &e, &mod);
    if (m >= 0 && !mod)
        e = skip_paren(c, e);
    if (m < 0 || (lex(c, e) & (W_BE | W_AUX | W_MODAL)))
        return 0; /* "warned Russia would attack": a new clause */
    if (depth == 0 && e < c->n && (is_word(c, e, "ever") || is_word(c, e, "never"))) {
        /* "denied Miramar ever paid for its campaigns": the name is the
         * subject of a clause */
        long q = e + 1;
        while (q < c->n && ((lex(c, q) & W_ADV) || c->it[q].ly))
            q++;
        if (unknown_past(c, q) || (occ_at(c, q) && c->it[q].ed))
            return 0;
    }
    if (skipped && (clause_follows(c, e) || clause_after_conjunct(c, e)))
        return 0; /* "fined two firms and Acme said" */
    group_add(g, m);
    group pending = {{0}, 0};
    long e_cur = e;
    for (int round = 0; round < 32; round++) {
        if (is_word(c, e_cur, "of")) {
            /* "fined A of Belgium, B of Germany and C of Spain": a country
             * or place after each name of a list */
            long om = np_prefix(c, e_cur + 1), oe = 0;
            if (om >= 0 && om - e_cur <= 2 && np_head(c, om, &oe, NULL) == om && oe == om + 1 &&
                (is_place(c, om) || has_type(c, om, "country")) &&
                ((lex(c, oe) & W_AND) || (punct(c, oe) & P_COMMA))) {
                long nx = oe + 1 + ((lex(c, oe + 1) & W_AND) != 0);
                if (is_ment(c, nx) && !is_place(c, nx) && !has_type(c, nx, "country"))
                    e_cur = oe; /* not "warned A of Germany and France" */
            }
        }
        group more;
        long pe = 0, pm = pending.n ? -1 : parallel_conjunct(c, e_cur, &pe, &more);
        if (pm >= 0) {
            group_add(g, pm);
            for (uint32_t i = 0; i < more.n; i++)
                group_add(g, more.it[i]);
            e = e_cur = pe;
            continue;
        }
        long pa = skip_amount(c, e_cur);
        if (pa > e_cur && ((lex(c, pa) & W_AND) || (punct(c, pa) & P_COMMA)))
            e_cur = pa; /* "fined A €120 million and B €92 million" */
        long p = e_cur;
        int final;
        if ((lex(c, p) & W_AND) || (c->or_joins && is_word(c, p, "or"))) {
            p++;
            final = 1;
        } else if (also_with(c, p)) {
            p += also_with(c, p);
            final = 1;
        } else if (punct(c, p) & P_COMMA) {
            p++;
            if (p == close_quote)
                p++; /* "known locally as “Tião,” and" */
            final = 0;
            if ((lex(c, p) & W_AND) || (c->or_joins && is_word(c, p, "or"))) {
                p++;
                final = 1;
            } else if (also_with(c, p)) {
                /* "sanctioned A, along with B and C," */
                p += also_with(c, p);
                final = 1;
            }
        } else {
            break;
        }
        if (final && same_word(c, p, c->particle)) {
            p++; /* "cooperated with A and with B" */
        } else if (final && c->particle >= 0 && (is_num(c, p) || (lex(c, p) & W_DET))) {
            /* "sold four cargoes to A and two to B": the verb's words elided */
            long q = p + 1;
            while (q < p + 4 && nounish(c, q, 0))
                q++;
            if (same_word(c, q, c->particle))
                p = q + 1;
        }
        long ne = -1;
        long nm = named_np(c, p, &ne, &mod);
        long skip = final ? -1 : descriptive_appos(c, p);
        if (skip < 0 && !final && (nm < 0 || mod))
            skip = relative_appos(c, p);
        if (skip < 0 && !final && nm < 0)
            skip = bare_appos(c, p);
        if (skip < 0 && !final && nm < 0)
            skip = relative_insertion(c, p);
        if (skip < 0 && !final && nm < 0)
            skip = participle_appos(c, p);
        if (skip < 0 && !final && nm < 0)
            skip = known_appos(c, p, &close_quote);
        if (skip >= 0 && (nm < 0 || mod) && skip - 2 > p && is_ment(c, skip - 1) &&
            (lex(c, skip - 2) & (W_BY | W_PREP))) {
            /* "the Alliance of Sahel States, the confederation formed by
             * Mali, Burkina Faso and Niger": a list that ends the
             * apposition's phrase, not objects of the verb */
            long q = skip, qe = 0;
            int qmod = 0, listed = 0;
            while ((punct(c, q) & P_COMMA) && !(lex(c, q + 1) & W_AND) &&
                   named_np(c, q + 1, &qe, &qmod) == q + 1 && !qmod) {
                q = qe;
                listed++;
            }
            if (punct(c, q) & P_COMMA)
                q++;
            if (listed && (lex(c, q) & W_AND) && named_np(c, q + 1, &qe, &qmod) == q + 1 && !qmod) {
                e_cur = qe;
                if (!pending.n)
                    e = qe;
                continue;
            }
        }
        if (skip >= 0 && (nm < 0 || mod)) {
            /* "X, a Riga-based shipping company, and ...": an apposition. */
            e_cur = skip;
            if (!pending.n)
                e = skip;
            continue;
        }
        if (nm < 0 && final && depth == 0) {
            /* "and two of his former deputies, B and C.": a phrase named by a
             * list */
            npstop st = {0, 0};
            group sub;
            long se = 0;
            if (np_prefix_at(c, p, &st) < 0 && st.words > 0 && (punct(c, st.at) & P_COMMA) &&
                is_ment(c, st.at + 1) && parse_objects(c, st.at + 1, &sub, &se, depth + 1) &&
                list_closes(c, se) && !clause_follows(c, se)) {
                /* also "charged A, ..., and two businessmen, B and C, with bribery" */
                for (uint32_t i = 0; i < pending.n; i++)
                    group_add(g, pending.it[i]);
                pending.n = 0;
                for (uint32_t i = 0; i < sub.n; i++)
                    group_add(g, sub.it[i]);
                e = se;
                break;
            }
        }
        const occurrence *after = occ_at(c, ne + 1);
        if (nm < 0 && final && pending.n) {
            /* "fined A €2m, B €1m and Untagged Co €3m", "warned A, B and other
             * grid operators": the list still ends */
            long q = skip_untagged_name(c, p);
            if (q == p && (is_word(c, p, "other") || is_word(c, p + 1, "other")) &&
                (is_word(c, p, "other") || (lex(c, p) & (W_DET | W_NUMW)))) {
                int words = 0;
                long r = skip_heads_right(c, is_word(c, p, "other") ? p + 1 : p + 2, &words);
                if (words > 0 && !is_ment(c, r))
                    q = r;
            } else if (q == p && ((lex(c, p) & (W_DET | W_NUMW)) || is_num(c, p)) &&
                       !(punct(c, p - 2) & P_POSS)) {
                /* "fined the Nepali Congress, the CPN-UML and two smaller
                 * parties", "banned A, B and a third station": a closing
                 * conjunct without a name */
                int words = 0;
                long r = skip_heads_right(c, p + 1, &words);
                if (words > 0 && !is_ment(c, r) && !(punct(c, r) & P_POSS) && !(lex(c, r) & W_OF))
                    q = r;
            }
            if (q > p && !clause_follows(c, q) && !clause_after_conjunct(c, q)) {
                for (uint32_t i = 0; i < pending.n; i++)
                    group_add(g, pending.it[i]);
                pending.n = 0;
            }
            break;
        }
        int named = 0; /* the conjunct is named by an apposition */
        for (long q = p; q < nm && !named; q++)
            named = (punct(c, q) & P_COMMA) != 0;
        if (nm < 0 || clause_follows(c, ne) || clause_after_conjunct(c, ne) ||
            (final && list_clause_after(c, ne)) ||
            clause_follows(
                c, skip_paren(c, ne)) || /* "and the Caribbean Community (CARICOM) backed" */
            (named && (punct(c, ne) & P_COMMA) &&
             (clause_follows(c, ne + 1) || clause_after_conjunct(c, ne + 1)) &&
             !(after && after->ing)))
            break; /* "and its leader, Ion Rusu, visited": a new clause */
        if (final) {
            for (uint32_t i = 0; i < pending.n; i++)
                group_add(g, pending.it[i]);
            pending.n = 0;
            group_add(g, nm);
            e = ne;
        } else {
            group_add(&pending, nm);
        }
        e_cur = ne;
    }
    /* Comma conjuncts without a closing "and" ("A, B said") are dropped. */
    *end = e;
    return 1;
}

static long appos_open(const ctx *c, long j);
static const occurrence *inherit_subject(const ctx *c, long j);

/* Skips a named possessor ending at i ("South Korea's" in "the FBI and South
 * Korea's NIS"): returns the item left of it and its determiners, or i. */
static long skip_possessor_left(const ctx *c, long i) {
    if (!(punct(c, i) & P_POSS) || !is_ment(c, i - 1))
        return i;
    return skip_dets_left(c, i - 2);
}

/* Skips a bracketed short form ending at i ("(CBI)") leftwards: returns the
 * item left of its opening bracket, or i. */
static long skip_paren_left(const ctx *c, long i) {
    if (!(punct(c, i) & P_CLOSE))
        return i;
    for (long q = i - 1; q > 0 && q > i - 6; q--) {
        if (punct(c, q) & P_OPEN)
            return q < i - 1 && skip_paren(c, q) == i + 1 ? q - 1 : i;
        if ((punct(c, q) & (P_BOUNDARY | P_COMMA | P_DASH)) || occ_at(c, q))
            return i;
    }
    return i;
}

/* Staff who act for the body they work at, opening a noun phrase: "engineers at X". */
static int staff_noun(const ctx *c, long i) {
    long h = skip_heads_left(c, i, NULL);
    if (h >= 0 && !(lex(c, h) & (W_DET | W_AND | W_BOUNDW)) && !(punct(c, h) & (P_COMMA | P_SENT)))
        return 0; /* the phrase opens the clause: "Engineers at X", "the engineers at X" */
    static const char *const staff[] = {"engineers",   "researchers",   "scientists", "officials",
                                        "officers",    "investigators", "experts",    "staff",
                                        "specialists", "technicians",   "inspectors", "analysts",
                                        "judges",      "magistrates",   "agents",     "detectives"};
    return IS_WORD_OF(c, i, staff);
}

/* "officers of" ending at i (the "of"), before a named body whose members
 * act ("Officers of the PNH and soldiers of the GSF attacked"): returns the
 * item left of the phrase, or i. */
static long role_of_left(const ctx *c, long i) {
    if (!is_word(c, i, "of") || !(lex(c, i - 1) & W_ROLE) || !(lex(c, i - 1) & W_HEAD))
        return i;
    return skip_dets_left(c, skip_heads_left(c, i - 1, NULL));
}

/* A lower-case word the grammar does not know right after a name at i
 * ("Keystone beat A, a Dallas rival, and B is ..."): a verb whose object
 * the names after it are, not subjects. */
static int unknown_verb_before(const ctx *c, long i) {
    if (i < 1 || i >= c->n || c->it[i].ment >= 0 || c->it[i].lex || c->it[i].ly ||
        !(c->it[i].tflags & EG_TOK_WORD) || (c->it[i].tflags & EG_TOK_CAP))
        return 0;
    long m = i - 1;
    return is_ment(c, m) && c->doc->ments.v[c->it[m].ment].origin != EG_ORIGIN_DEMONYM &&
           !is_place(c, m) && !(punct(c, m - 1) & P_HYPHEN) && !(punct(c, m + 1) & P_HYPHEN);
}

/* Whether the item at `before`, left of a group of names, makes the first of
 * them a preposition's object, not a subject: "of" ("the Financial Crimes
 * Unit of A and B is investigating"), or any preposition other than a clause
 * opener ("after", "before", "since", "until") when ", and" joins the last
 * name ("had flown for A, and B arrested Y"). */
static int prep_object_left(const ctx *c, long before, int comma_and) {
    if (is_word(c, before, "of"))
        return 1;
    return comma_and && (lex(c, before) & W_PREP) && !is_word(c, before, "after") &&
           !is_word(c, before, "before") && !is_word(c, before, "since") &&
           !is_word(c, before, "until");
}

/* Coordinated subjects to the left of mention m, whose noun phrase starts at
 * item `start` (m itself, or the phrase an apposition names: "Acme and its
 * chief executive, Jane Doe,"): "A and B", "A, B and C". Sets *first to the
 * leftmost item of the group's noun phrases. */
static void parse_subjects_left(const ctx *c, long m, long start, group *g, long *first) {
    g->n = 0;
    group_add(g, m);
    long cur = start;
    int seen_and = 0, comma_and = 0;
    for (int round = 0; round < 32; round++) {
        long from = cur - 1, h = skip_heads_left(c, cur - 1, NULL);
        if (h < cur - 1 && (lex(c, h - 1) & W_AND) &&
            (is_word(c, h, "its") || is_word(c, h, "their") || is_word(c, h, "his") ||
             is_word(c, h, "her")))
            from = h; /* "Acme and its subsidiary Globex sued" */
        else if (h < cur - 1 && skip_dets_left(c, h) < h &&
                 (lex(c, skip_dets_left(c, h)) & W_AND) && !(c->it[cur - 1].tflags & EG_TOK_CAP))
            from = h; /* "Colombia and the multinational Gang Suppression Force attacked" */
        else if (h < cur - 1 && (lex(c, h) & W_AND) && !(c->it[cur - 1].tflags & EG_TOK_CAP) &&
                 (is_ment(c, h - 1) || (punct(c, h - 1) & P_COMMA)))
            from = h; /* "G42 and state investor Mubadala invested"; not "AU peace and
                       * security commissioner X" */
        long p = skip_possessor_left(c, role_of_left(c, skip_dets_left(c, from)));
        int sep_and = 0;
        /* "A as well as B invested", "A, which led the round, as well as B" */
        int as_well =
            p >= 2 && is_word(c, p, "as") && is_word(c, p - 1, "well") && is_word(c, p - 2, "as");
        if ((lex(c, p) & W_AND) || as_well) {
            sep_and = 1;
            p -= as_well ? 3 : 1;
            comma_and |= (punct(c, p) & P_COMMA) != 0;
            if (punct(c, p) & P_COMMA) {
                /* "A, a London hedge fund, and B": skip A's apposition. */
                long k = appos_open(c, p);
                /* also "A, which oversees Y, and B are investigating Z": a
                 * relative clause on A, Y inside it no subject */
                if (k >= 0 &&
                    (descriptive_appos(c, k + 1) == p || is_word(c, k + 1, "which") ||
                     is_word(c, k + 1, "who")) &&
                    is_ment(c, skip_paren_left(c, skip_heads_left(c, k - 1, NULL))))
                    p = k;
                p--;
            }
        } else if ((punct(c, p) & P_COMMA) && seen_and) {
            p--;
        } else {
            break;
        }
        p = skip_heads_left(c, skip_paren_left(c, p), NULL);
        if (!is_ment(c, p))
            break;
        long before = skip_dets_left(c, p - 1);
        if (!sep_and && (lex(c, before) & (W_PREP | W_TPREP)))
            break; /* "In Paris, France and Germany ..." */
        group_add(g, p);
        seen_and |= sep_and;
        cur = p;
    }
    long before = skip_possessor_left(c, role_of_left(c, skip_dets_left(c, cur - 1)));
    long hb = skip_dets_left(c, skip_heads_left(c, before, NULL));
    const occurrence *ho = hb < before ? occ_at(c, hb) : NULL;
    if (g->n > 1 && (occ_at(c, before) || unknown_verb_before(c, before) ||
                     (ho && ho->voice == EG_VOICE_ACTIVE && (lex(c, hb + 1) & W_DET)) ||
                     prep_object_left(c, before, comma_and))) {
        /* also "X hired the equipment maker A, and B hired Y" */
        /* "X met A and B accused Y": A is the object of "met"; also "a pilot
         * who had flown for A, and B arrested Y" (the object of "for") */
        long q = skip_dets_left(c, skip_heads_left(c, skip_paren_left(c, before - 1), NULL));
        if (is_word(c, before, "of") && is_ment(c, q) && !is_place(c, q)) {
            /* "the Financial Crimes Unit of A and B is investigating Y": as
             * for one name after "of", the body the phrase opens with acts */
            g->n = 0;
            group_add(g, q);
            *first = skip_dets_left(c, q - 1) + 1;
            return;
        }
        g->n = 1;
        before = skip_dets_left(c, start - 1);
    }
    *first = before + 1;
}

/* The words (k, e) between two commas are one part of a list of plain
 * lower-case words ("teachers and farmers" in "a coalition of doctors,
 * teachers and farmers,"): one to six words, no name, verb, relative
 * pronoun or clause word; the last part (`last`) holds "and" or "or", the
 * others none, and a plain lower-case word ends the part before k. */
static int plain_list_segment(const ctx *c, long k, long e, int last) {
    if (k < 1 || e - k < 2 || e - k > 7)
        return 0;
    const item *b = &c->it[k - 1];
    if (b->ment >= 0 || !(b->tflags & EG_TOK_WORD) || (b->tflags & EG_TOK_CAP) || b->lex ||
        occ_at(c, k - 1))
        return 0;
    int conj = 0;
    for (long q = k + 1; q < e; q++) {
        const item *x = &c->it[q];
        if (x->ment >= 0 || !(x->tflags & EG_TOK_WORD) || (x->tflags & EG_TOK_CAP) ||
            occ_at(c, q) || (x->lex & (W_REL | W_SPEECH | W_BOUNDW | W_PREP | W_TPREP)))
            return 0;
        if ((x->lex & W_AND) || is_word(c, q, "or"))
            conj++;
    }
    return last ? conj == 1 : conj == 0;
}

/* Finds where an apposition closed by item j (",", ")" or a spaced dash)
 * opens; returns the opener's index or -1. Mentions inside are skipped;
 * verbs only inside a relative clause ("who met Y", "a journalist who has
 * reported on Y") or a participle clause ("citing Y"). */
static long appos_open(const ctx *c, long j) {
    uint32_t pj = punct(c, j);
    long k = j - 1;
    int count = 0;
    int but = 0; /* "X, which is not in the EU but mirrors its rules,": a relative clause only */
    int lists = 0;
    long seg_end = j;
    while (k >= 0 && count < MAX_APPOS_ITEMS) {
        uint32_t pk = punct(c, k);
        if ((pj & P_COMMA) && (pk & P_COMMA) && !city_region(c, k - 1)) {
            /* "X, a coalition of doctors, teachers and farmers, sued Y": a
             * list of plain lower-case words closed by "and" or "or" */
            if (lists < 3 && plain_list_segment(c, k, seg_end, lists == 0)) {
                lists++;
                seg_end = k;
                k--;
                count++;
                continue;
            }
            break;
        }
        if ((pj & P_COMMA) && (lex(c, k) & W_BOUNDW) && !but && k < j - 1 && is_word(c, k, "but")) {
            but = 1;
            k--;
            count++;
            continue;
        }
        if ((pj & P_CLOSE) && (pk & P_OPEN))
            break;
        if ((pj & P_DASH) && (pk & P_DASH))
            break;
        if ((pk & P_CLOSE) && !(pj & P_CLOSE)) {
            /* a bracketed abbreviation inside: "the Public Investment Fund (PIF)" */
            long q = k - 1;
            while (q >= 0 && k - q < 8 && !(punct(c, q) & (P_OPEN | P_BOUNDARY | P_COMMA)))
                q--;
            if (!(punct(c, q) & P_OPEN))
                return -1;
            count += (int)(k - q) + 1;
            k = q - 1;
            continue;
        }
        if ((pk & P_QUOTE) && (pj & P_COMMA)) {
            /* a short quotation inside: "Kivuli, whose name means “shadow” in
             * Swahili, is believed" */
            long q = k - 1;
            while (q > k - 6 && q > 0 && !(punct(c, q) & (P_QUOTE | P_BOUNDARY | P_COMMA)))
                q--;
            if (!(punct(c, q) & P_QUOTE) || q == k - 1)
                return -1;
            count += (int)(k - q) + 1;
            k = q - 1;
            continue;
        }
        if ((pk & (P_SEMI | P_QUOTE | P_SENT | P_OPEN | P_CLOSE | P_DASH)) ||
            (lex(c, k) & W_BOUNDW) ||
            ((pj & P_DASH) == 0 && (pk & P_COMMA) && !city_region(c, k - 1)))
            return -1;
        k--;
        count++;
    }
    if (k < 1 || count == 0 || count >= MAX_APPOS_ITEMS)
        return -1;
    if (but && !is_word(c, k + 1, "which") && !is_word(c, k + 1, "who"))
        return -1;
    /* also ", as the force is called in English,": a clause of its own */
    int verbal = occ_at(c, k + 1) != NULL || is_word(c, k + 1, "as") || is_word(c, k + 1, "where");
    /* inside a relative clause a later "that" opens its object clause or
     * points: "X, which had warned Y in 2023 that ...,", "X, which
     * negotiated that agreement," */
    int relcl =
        is_word(c, k + 1, "which") || is_word(c, k + 1, "who") || is_word(c, k + 1, "whose");
    for (long i = k + 1; i < j; i++) {
        if ((lex(c, i) & W_REL) && i > k + 1 && !is_ment(c, i - 1) && !nounish(c, i - 1, 1) &&
            !(i == k + 2 && (lex(c, i - 1) & W_PREP)) && !(relcl && is_word(c, i, "that")) &&
            !(relcl && (lex(c, i - 1) & W_AND) &&
              (same_word(c, i, k + 1) || is_word(c, k + 1, "whose"))))
            return -1; /* ", for which Y worked," is a relative clause, ", said that" not;
                        * "X, which licenses A and which has fined B," two of them, also
                        * "X, whose staff ... and which has fined B," */
        if ((lex(c, i) & W_REL) || is_word(c, i, "whose"))
            verbal = 1; /* "a magnate whose company funded Y" */
        const occurrence *q = occ_at(c, i);
        if (!verbal && q) {
            /* "a company backed by Y": a reduced relative clause on a noun */
            /* also "the largest line calling at Mombasa": an -ing participle on a noun */
            if ((q->voice != EG_VOICE_PASSIVE && !(q->ing && i > k + 2 && nounish(c, i - 1, 0))) ||
                q->begin != (uint32_t)i || !(nounish(c, i - 1, 0) || is_ment(c, i - 1)))
                return -1;
            verbal = 1;
        }
    }
    return k;
}

/* The comma at k opens a subject insertion: it follows a name (or its
 * bracketed short form) that starts its clause, and a relative pronoun
 * comes first ("X (XC), which ...") or after a determiner and noun words
 * ("X, the state miner that ..."). */
static int insertion_opener(const ctx *c, long k) {
    long before = skip_paren_left(c, k - 1);
    if (!is_ment(c, before) || is_place(c, before) || (punct(c, before - 1) & P_HYPHEN))
        return 0;
    for (long q = before - 1; q >= 0 && !(punct(c, q) & (P_BOUNDARY | P_DASH | P_COMMA)); q--)
        if (occ_at(c, q) || (lex(c, q) & (W_SPEECH | W_PREP | W_OF)))
            return 0; /* "police arrested X, which", "investors in X, which" */
    if (is_word(c, k + 1, "which") || is_word(c, k + 1, "who") || is_word(c, k + 1, "whose"))
        return 1; /* also "X, whose boats had shadowed the ship for an hour as ..., detained Y" */
    if (!(lex(c, k + 1) & W_DET))
        return 0;
    for (long r = k + 2; r < k + 10 && r < c->n; r++) {
        if (lex(c, r) & W_REL)
            return r > k + 2 && (nounish(c, r - 1, 0) || is_ment(c, r - 1));
        if (!(lex(c, r) & (W_DET | W_OF)) && !nounish(c, r, 0) && !np_glue(c, r) && !is_ment(c, r))
            return 0;
    }
    return 0;
}

/* A long subject insertion closed by the comma at j before the subject's
 * verb group, whatever commas it holds ("Gecamines, the state miner that has
 * quarrelled with its partners over dividends, costs and ..., in a dispute
 * that ..., on Monday sued Y"), as long as it holds no verb of the pattern
 * list, no speech verb, no clause boundary word and no other punctuation.
 * Returns the opening comma or -1. */
static long long_insertion_open(const ctx *c, long j) {
    if (!(punct(c, j) & P_COMMA))
        return -1;
    long speech = -1, seg_end = j;
    for (long k = j - 1, count = 0; k > 0 && count < 3 * MAX_APPOS_ITEMS; k--, count++) {
        uint32_t pk = punct(c, k);
        if ((pk & P_CLOSE) && skip_paren_left(c, k) < k) {
            k = skip_paren_left(c, k) + 1;
            continue;
        }
        if ((pk & (P_SEMI | P_QUOTE | P_SENT | P_OPEN | P_CLOSE | P_DASH)) ||
            (lex(c, k) & W_BOUNDW) || occ_at(c, k))
            return -1;
        if (lex(c, k) & W_SPEECH)
            speech = k;
        if (!(pk & P_COMMA) || city_region(c, k - 1))
            continue;
        if (insertion_opener(c, k)) {
            /* "X, which in January added two traders to its list, ...": a
             * speech word only as the verb of the relative clause itself */
            if (speech >= 0 &&
                (speech >= seg_end || !(is_word(c, k + 1, "which") || is_word(c, k + 1, "who") ||
                                        is_word(c, k + 1, "whose"))))
                return -1;
            /* a short one without inner commas is appos_open's; "X, which
             * groups A, B and 28 others, backed Y" holds a list */
            return j - k > MAX_APPOS_ITEMS / 2 || seg_end < j ? k : -1;
        }
        if (speech >= 0)
            return -1;
        seg_end = k;
    }
    return -1;
}

/* A long relative clause on the subject closed by the comma at j before its
 * verb group, which may hold verbs of the pattern list, speech verbs and
 * clause words of its own ("X, which lifted most sanctions on Syria last year
 * and has since pledged €2.5 billion to help the country rebuild ..., on
 * Monday sanctioned Y", "X, an armed faction that first appeared last year
 * and which officials say recruits among ..., has threatened Y"): the
 * opening comma follows a name that starts its clause and a relative pronoun
 * comes first or after a determiner and noun words. No other punctuation
 * than commas and brackets. Returns the opening comma or -1. */
static long long_relative_open(const ctx *c, long j) {
    if (!(punct(c, j) & P_COMMA))
        return -1;
    long speech = -1, inner = -1;
    for (long k = j - 1, count = 0; k > 0 && count < 3 * MAX_APPOS_ITEMS; k--, count++) {
        uint32_t pk = punct(c, k);
        if ((pk & P_CLOSE) && skip_paren_left(c, k) < k) {
            k = skip_paren_left(c, k) + 1;
            continue;
        }
        if (pk & (P_SEMI | P_QUOTE | P_SENT | P_OPEN | P_CLOSE | P_DASH))
            return -1;
        if ((lex(c, k) & W_SPEECH) && speech < 0)
            speech = k;
        if (!(pk & P_COMMA) || city_region(c, k - 1))
            continue;
        if (!insertion_opener(c, k)) {
            const occurrence *o = occ_at(c, k + 1);
            if ((lex(c, k + 1) & (W_SPEECH | W_AUX | W_MODAL)) || (o && !o->ing))
                return -1; /* "X, who led the inquiry, said A, B, may have": the
                            * clause's own verb after the relative clause */
            inner = k;
            continue;
        }
        if (speech > inner && inner >= 0)
            return -1;
        return j - k > MAX_APPOS_ITEMS / 2 ? k : -1;
    }
    return -1;
}

/* A long describing apposition with a relative clause, closed by the comma
 * at j before the subject's verb group: "Fingrid, the grid operator which
 * together with its Estonian counterpart Elering owns the link ..., has
 * sued", "X, the Chadian intelligence service that Western diplomats say has
 * for years turned a blind eye to ..., arrested". The opening comma follows
 * a name (or its bracketed short form) and a determiner, modifier words and
 * a noun come before the relative pronoun. Returns the opening comma or -1. */
static long long_appos_open(const ctx *c, long j) {
    if (!(punct(c, j) & P_COMMA))
        return -1;
    long k = j - 1, seg_end = j;
    int lists = 0, last_and = -1;
    for (int count = 0; k > 0 && count < 3 * MAX_APPOS_ITEMS; count++, k--) {
        uint32_t pk = punct(c, k);
        if ((pk & P_COMMA) && !city_region(c, k - 1)) {
            /* "a fight over corruption, judicial independence and the rule
             * of law in Guatemala,": a list of plain words closed by "and" */
            if (last_and < 0) {
                last_and = 0;
                for (long q = k + 1; q < j; q++)
                    if ((lex(c, q) & W_AND) || is_word(c, q, "or"))
                        last_and = 1;
            }
            int plain = last_and == 1 && lists < 3 && seg_end - k <= 10 && seg_end - k > 1;
            for (long q = k + 1; plain && q < seg_end; q++)
                if ((lex(c, q) & (W_REL | W_SPEECH | W_BOUNDW)) || occ_at(c, q))
                    plain = 0;
            if (!plain)
                break;
            lists++;
            seg_end = k;
            continue;
        }
        if ((pk & P_CLOSE) && skip_paren_left(c, k) < k) {
            k = skip_paren_left(c, k) + 1;
            continue;
        }
        if ((pk & (P_SEMI | P_QUOTE | P_SENT | P_OPEN | P_CLOSE | P_DASH)) ||
            (lex(c, k) & W_BOUNDW))
            return -1;
    }
    if (k < 1 || !(punct(c, k) & P_COMMA) || !(lex(c, k + 1) & W_DET))
        return -1;
    long before = skip_paren_left(c, k - 1);
    if (!is_ment(c, before) || is_place(c, before) || (punct(c, before - 1) & P_HYPHEN))
        return -1;
    for (long r = k + 2; r < j && r < k + 10; r++) {
        if (lex(c, r) & W_REL)
            return r > k + 2 && !is_word(c, r, "who") && !is_word(c, r, "whom") &&
                           (nounish(c, r - 1, 0) || is_ment(c, r - 1))
                       ? k
                       : -1;
        if (!(lex(c, r) & (W_DET | W_OF)) && !nounish(c, r, 0) && !np_glue(c, r) && !is_ment(c, r))
            return -1;
    }
    return -1;
}

/* The mention an insertion [open+1, close) of the shape "as the KPK is
 * known", "as ANDE is formally known", "as the force is called in English"
 * names, else -1. */
static long as_known(const ctx *c, long open, long close) {
    long q = open + 1;
    if (!is_word(c, q, "as"))
        return -1;
    long m = (lex(c, q + 1) & W_DET) ? q + 2 : q + 1;
    long r = m + 1;
    if (!is_ment(c, m) || !(lex(c, r) & W_BE))
        return -1;
    r++;
    if (c->it[r].ly)
        r++;
    if (!is_word(c, r, "known") && !is_word(c, r, "called"))
        return -1;
    r++;
    if (is_word(c, r, "locally") || is_word(c, r, "officially"))
        r++;
    else if (is_word(c, r, "in") && r + 2 == close && !is_ment(c, r + 1))
        r += 2; /* "as the KPK is known in English" */
    return r == close ? m : -1;
}

/* The name an apposition [open+1, close) gives, when it is just a name
 * ("the Italian Marco Sartori", "the Public Investment Fund (PIF)"), else -1. */
static long appos_name(const ctx *c, long open, long close) {
    long q = open + 1;
    /* "Nazaha, as the Kuwait Anti-Corruption Authority is known, is believed
     * to have investigated Y": the untagged name before the insertion is
     * what the mention inside is called */
    if (is_word(c, q, "as") && !is_ment(c, open - 1))
        return as_known(c, open, close);
    if (is_word(c, q, "identified") || is_word(c, q, "named") || is_word(c, q, "known")) {
        /* "The man, identified only as Pavel H. under Polish law, was detained" */
        int known = is_word(c, q, "known");
        q++;
        if (c->it[q].ly || is_word(c, q, "only"))
            q++;
        if (known && is_word(c, q, "in") && q + 2 < close && is_word(c, q + 2, "as"))
            q += 2; /* "The government, known in Greenlandic as X," */
        long m = -1;
        if (is_word(c, q, "as"))
            m = np_prefix(c, q + 1);
        else if (known && is_word(c, q, "by") && (lex(c, q + 1) & W_DET)) {
            /* "The federation, known by its Spanish initials RFEF," */
            long r = q + 2;
            while (r < close && r < q + 5 && c->it[r].ment < 0 && !is_word(c, r, "initials") &&
                   !is_word(c, r, "acronym") && !is_word(c, r, "abbreviation"))
                r++;
            if (r < close && c->it[r].ment < 0)
                m = r + 1;
        }
        if (!is_word(c, q, "as") && m > q && m + 1 == close && is_ment(c, m))
            return m;
        return m > q && m < close && is_word(c, q, "as") ? m : -1;
    }
    long m = np_prefix(c, open + 1);
    if (m < 0 || m >= close)
        return -1;
    long e;
    int mod = 0;
    m = np_head(c, m, &e, &mod);
    if (m < 0 || mod)
        return -1;
    if (e < close && (punct(c, e) & P_OPEN) && (punct(c, close - 1) & P_CLOSE) && close - e <= 5)
        e = close;
    if (e < close && np_prep(c, e)) {
        /* "Her agent, Joseph Kiprono of Nairobi-based Rift Stride Management," */
        long pe = 0, pm = np_prefix(c, e + 1);
        if (pm >= 0 && pm < close && np_head(c, pm, &pe, NULL) >= 0 &&
            (pe == close || skip_paren(c, pe) == close))
            e = close; /* also "X of the Indonesian Democratic Party of Struggle (PDI-P)," */
    }
    return e == close ? m : -1;
}

typedef struct subject {
    group g;
    long first; /* leftmost item of the subject phrase */
    int rel;    /* reached through a relative pronoun */
} subject;

/* Makes the subject the one mention m, its phrase starting at item `first`;
 * returns 1 (found), for the callers' tail calls. */
static int subject_one(subject *sub, long m, long first) {
    sub->g.n = 0;
    group_add(&sub->g, m);
    sub->first = first;
    sub->rel = 0;
    return 1;
}

/* The auxiliary region left of a verb: auxiliaries, adverbs, negation,
 * hedges, time phrases, "denied" before an -ing form. Returns the first item
 * left of it; flags collect EG_REL_NEGATED / EG_REL_HEDGED. */
/* "keep", "continued": a verb saying an act goes on ("kept supplying",
 * "continued to supply"), part of the verb group. */
static int aspectual(const ctx *c, long j) {
    static const char *const words[] = {
        "keep",       "keeps",  "kept",      "keeping", "continue", "continues", "continued",
        "continuing", "resume", "resumes",   "resumed", "resuming", "begin",     "begins",
        "began",      "begun",  "beginning", "start",   "starts",   "started",   "starting"};
    return IS_WORD_OF(c, j, words);
}

/* "announced plans to", "made a $5 billion offer to", "entered talks to":
 * a noun of intent, its modifiers and a verb that makes the intent its
 * subject's, before the "to" at t of an infinitive. Returns the phrase's
 * first item or -1 (not "rejected an offer to", "blocked a bid to"). */
static long intent_phrase(const ctx *c, long t, int *no) {
    static const char *const nouns[] = {
        "talks",   "plans",    "plan",       "bid",  "offer",     "proposal", "move",
        "attempt", "approval", "permission", "deal", "agreement", "option",   "intention"};
    static const char *const verbs[] = {"announced", "unveiled", "made",      "makes",   "launched",
                                        "submitted", "won",      "secured",   "entered", "began",
                                        "has",       "have",     "had",       "in",      "tabled",
                                        "outlined",  "revealed", "confirmed", "signed",  "reached",
                                        "struck",    "agreed"};
    long n = t - 1;
    int noun = 0;
    for (size_t k = 0; !noun && k < sizeof nouns / sizeof nouns[0]; k++)
        noun = is_word(c, n, nouns[k]);
    if (!noun)
        return -1;
    for (long g = n - 1, w = 0; w < 6 && g > 0; w++, g--) {
        if (IS_WORD_OF(c, g, verbs))
            return g;
        const item *x = &c->it[g];
        int adj = x->ment < 0 && x->ed && !x->lex && (x->tflags & EG_TOK_WORD) &&
                  !(x->tflags & EG_TOK_CAP) && x->occ < 0; /* "advanced talks" */
        if (!(lex(c, g) & (W_DET | W_NUMW)) && !is_num(c, g) && !nounish(c, g, 1) &&
            !np_glue(c, g) && !(punct(c, g) & P_OTHER) && !adj)
            break;
        if (is_word(c, g, "no"))
            *no = 1; /* "has no plans to" */
    }
    return -1;
}

/* "to" at k, or after a short time adjunct from k ("agreed on Wednesday to
 * acquire", "threatened last week to sue"). */
static int to_follows(const ctx *c, long k) {
    for (int n = 0; n < 5 && k < c->n; n++, k++) {
        uint32_t w = lex(c, k);
        if (w & W_TO)
            return 1;
        if (!(w & W_TIME) && !((w & W_TPREP) && ((lex(c, k + 1) & W_TIME) || is_num(c, k + 1))) &&
            !(is_num(c, k) && n > 0))
            return 0;
    }
    return 0;
}

/* The quotation mark at q opens a quoted verb group after a reported
 * subject: "said Iran “has never attacked”", "that Acme “had hired”". */
static int quote_opens_clause(const ctx *c, long q) {
    long b = skip_dets_left(c, q - 2);
    return (lex(c, b) & W_SPEECH) || is_word(c, b, "that");
}

/* An emphatic reflexive pronoun right after a name (or its bracketed short
 * form) at j: "The Royal Navy itself never funded Y". */
static int reflexive_after_name(const ctx *c, long j) {
    if (!is_word(c, j, "itself") && !is_word(c, j, "themselves") && !is_word(c, j, "himself") &&
        !is_word(c, j, "herself"))
        return 0;
    if ((lex(c, j - 1) & (W_AUX | W_MODAL | W_BE)) && !(lex(c, j + 1) & W_FUNC))
        return 1; /* "had itself been fined by Y", "has itself hired Y", "was itself
                   * criticised by Y", "is itself being investigated by Y" */
    return is_ment(c, skip_paren_left(c, j - 1));
}

/* "had for months criticised Y", "has for the past two years backed Y",
 * "has for decades funded Y": a span of time ending at k behind an
 * auxiliary. Returns the item before "for", or -1. */
static long for_span(const ctx *c, long k) {
    long f = k - 1;
    while (f > 0 && k - f < 5 &&
           ((lex(c, f) & (W_DET | W_NUMW)) || is_num(c, f) || is_word(c, f, "past") ||
            is_word(c, f, "last") || is_word(c, f, "more") || is_word(c, f, "than")))
        f--;
    if (f > 0 && is_word(c, f, "for") && (lex(c, f - 1) & (W_AUX | W_NEG | W_ADV)))
        return f - 1;
    return -1;
}

/* "same", "following", "previous" before a time word at j + 1: "on the same
 * day", "the following week" ("next" and "last" are time words already). */
static int same_day(const ctx *c, long j) {
    static const char *const words[] = {"same", "following", "previous", "preceding", "next"};
    return (lex(c, j + 1) & W_TIME) && IS_WORD_OF(c, j, words);
}

/* A negating verb and a short time phrase before the "to" at j ("refused on
 * Monday to", "declined last week to"): returns the verb's index or -1. */
static long negv_time_to(const ctx *c, long j) {
    for (long q = j - 2; q > 0 && q >= j - 4; q--)
        if (lex(c, q) & W_NEGV)
            return time_words_end(c, q + 1) == j ? q : -1;
    return -1;
}

static long scan_aux(const ctx *c, long i, const occurrence *o, uint32_t *flags, int *has_be) {
    long j = i - 1;
    int negs = 0; /* negations cancel out: "did not deny attacking" */
    int or_verbs = 0;
    for (int n = 0; j >= 0 && n < 14; n++) {
        const item *x = &c->it[j];
        if (x->ment >= 0)
            break;
        uint32_t w = x->lex;
        uint32_t right = lex(c, j + 1);
        const occurrence *xo = occ_at(c, j);
        if (xo && c->s->deny >= 0 && xo->verb == (uint32_t)c->s->deny &&
            (o->ing || is_word(c, j + 1, "having") || is_word(c, j + 1, "being")) &&
            xo->end == (uint32_t)(j + 1)) {
            negs++; /* "denied (ever) paying", "denied being hacked by" */
            j = (long)xo->begin - 1;
            continue;
        }
        if (xo && to_follows(c, j + 1) && xo->end == (uint32_t)(j + 1)) {
            *flags |= EG_REL_HEDGED; /* "threatened to expel" */
            j = (long)xo->begin - 1;
            continue;
        }
        if (xo && c->s->talk >= 0 && xo->verb == (uint32_t)c->s->talk && j == i - 1 &&
            is_word(c, j, "to") && xo->end == (uint32_t)(j + 1) && xo->gap_end == (uint32_t)j) {
            /* "is in talks to acquire", "held talks to buy", "entered
             * advanced talks to buy" (the noun read as a verb) */
            int no = 0;
            long g = is_word(c, (long)xo->begin, "talks") ? intent_phrase(c, j, &no) : xo->begin;
            if (g >= 0) {
                *flags |= EG_REL_HEDGED;
                negs += no;
                j = g - 1;
                continue;
            }
        }
        if (j >= 3 && is_word(c, j - 2, "in") && (lex(c, j - 3) & (W_AUX | W_MODAL)) &&
            ((is_word(c, j, "past") && is_word(c, j - 1, "the")) ||
             ((w & W_TIME) && is_word(c, j - 1, "recent")))) {
            j -= 3; /* "has in the past sold to Y", "has in recent years supplied Y" */
            continue;
        }
        if ((w & W_HPART) && (right & (W_TO | W_OF))) {
            *flags |= EG_REL_HEDGED; /* "is believed to", "is suspected of" */
        } else if (xo) {
            break;
        } else if (w & W_BE) {
            *has_be = 1;
        } else if (w & W_AUX) {
            negs += (w & W_NEG) != 0;
        } else if (w & W_MODAL) {
            if (!((x->tflags & EG_TOK_CAP) && j > 0)) /* else the month May */
                *flags |= EG_REL_HEDGED;
        } else if (w & W_NEG) {
            negs++;
        } else if (w & W_HADV) {
            *flags |= EG_REL_HEDGED;
        } else if ((w & W_NEGV) && (right & W_TO)) {
            negs++;
        } else if (is_word(c, j, "longer") && is_word(c, j - 1, "no")) {
            negs++; /* "no longer supports" */
            j -= 2;
            continue;
        } else if ((w & W_YET) && (right & W_TO)) {
            negs++; /* "has yet to" */
        } else if (w & W_YET) {
            /* "has not yet hired" */
        } else if (aspectual(c, j) && (right & W_TO || (o->ing && j == i - 1))) {
            /* "kept supplying", "continued to supply" */
        } else if ((w & W_TO) && negv_time_to(c, j) >= 0) {
            negs++; /* "refused on Monday to fund Y", "declined last week to back Y" */
            j = negv_time_to(c, j) - 1;
            continue;
        } else if (w & W_TO) {
            if (!(lex(c, j - 1) & (W_HPART | W_NEGV | W_YET | W_AUX | W_BE)) &&
                !aspectual(c, j - 1))
                *flags |= EG_REL_HEDGED; /* an infinitive: "asked X to sanction Y" */
            int no = 0;
            long g = j == i - 1 ? intent_phrase(c, j, &no) : -1;
            if (g >= 0) {
                negs += no;
                j = g - 1; /* "announced plans to acquire Y" */
                continue;
            }
        } else if ((w & W_OF) && (o->ing || is_word(c, j + 1, "having")) &&
                   (lex(c, j - 1) & W_HPART)) {
            /* "suspected of hacking", "suspected of having hacked" */
        } else if ((w & W_ADV) || x->ly) {
        } else if ((is_word(c, j, "since") || is_word(c, j, "long")) && (lex(c, j - 1) & W_AUX)) {
            /* "has since hired", "has long accused" */
        } else if (is_word(c, j, "both") || is_word(c, j, "all") || is_word(c, j, "each")) {
            /* "have both criticised" */
        } else if (reflexive_after_name(c, j)) {
            /* "The navy itself never funded Y": the pronoun only stresses the subject */
        } else if (is_word(c, j, "the") && same_day(c, j + 1)) {
            /* "the next day raided Y" */
            if (lex(c, j - 1) & W_TPREP)
                j--;
        } else if (same_day(c, j)) {
            /* "on the same day raided Y", "the following week sued Y" */
            if (is_word(c, j - 1, "the")) {
                j--;
                if (lex(c, j - 1) & W_TPREP)
                    j--;
            }
        } else if ((w & W_TIME) || is_word(c, j, "decades")) {
            long f = for_span(c, j);
            if (f >= 0) {
                j = f;
                continue;
            }
        } else if ((x->punct & P_QUOTE) && is_ment(c, j - 1) && quote_opens_clause(c, j)) {
            /* "said Iran “has never attacked Y”": the quotation opens after
             * the subject */
        } else if ((w & W_TPREP) && ((right & W_TIME) || is_num(c, j + 1))) {
        } else if (is_num(c, j) && ((lex(c, j - 1) & (W_TPREP | W_TIME)) || (right & W_TIME))) {
        } else if (to_follows(c, j + 1) && !w && (x->tflags & EG_TOK_WORD) &&
                   !(x->tflags & EG_TOK_CAP)) {
            /* a verb this table does not know before "to": "agreed to buy",
             * also over a time adjunct ("agreed on Wednesday to buy") */
        } else if (is_word(c, j, "or") && j == i - 1) {
            /* "had never paid or funded Y": the verbs share their group */
            const occurrence *po = occ_at(c, j - 1);
            if (po && po->end == (uint32_t)j && po->voice == o->voice) {
                j = (long)po->begin - 1;
            } else if (j > 0 && !c->it[j - 1].lex && c->it[j - 1].ment < 0 &&
                       (c->it[j - 1].tflags & EG_TOK_WORD) && !(c->it[j - 1].tflags & EG_TOK_CAP) &&
                       c->it[j - 1].ed) {
                j -= 2;
            } else {
                break;
            }
            or_verbs = 1;
            continue;
        } else {
            break;
        }
        j--;
    }
    if (negs & 1)
        *flags |= EG_REL_NEGATED;
    else if (or_verbs)
        *flags |= EG_REL_HEDGED; /* "hired or funded Y": one of them */
    return j;
}

static const char *ment_type(const ctx *c, long i);
static int has_type(const ctx *c, long m, const char *type);

/* "Munteanu, the former head of Romsilva in Suceava, who is suspected of":
 * "who" after a describing apposition whose names are no persons stands for
 * the person the apposition describes. m is the mention before the comma
 * before "who" at w; returns the antecedent's mention item. */
static long who_antecedent(const ctx *c, long m, long w) {
    long close = w - 1;
    if (!(punct(c, close) & P_COMMA) && close == m && is_place(c, m)) {
        /* "Abdalla, a lawyer for survivors in the camps around Adré who has
         * helped the ICC": a place is no "who"; the person described is */
        for (long k = m - 1; k > 0 && k > m - MAX_APPOS_ITEMS; k--) {
            if (punct(c, k) & P_COMMA)
                return (lex(c, k + 1) & W_DET) && has_type(c, k - 1, "person") ? k - 1 : m;
            if ((punct(c, k) & (P_BOUNDARY | P_DASH)) || (lex(c, k) & (W_BOUNDW | W_REL)) ||
                occ_at(c, k) || (is_ment(c, k) && !is_place(c, k)))
                return m;
        }
        return m;
    }
    if (!(punct(c, close) & P_COMMA))
        return m;
    long k = appos_open(c, close);
    if (k < 0 || descriptive_appos(c, k + 1) != close)
        return m;
    long outer = skip_heads_left(c, k - 1, NULL);
    if (!is_ment(c, outer) || outer != k - 1) {
        /* "Haider al-Saadi, a member of the Council, who accused": "who" is
         * the person the apposition describes, whose name is not tagged */
        for (long i = k + 1; i + 1 < m; i++)
            if ((lex(c, i) & W_ROLE) && (lex(c, i + 1) & W_PREP))
                return -1;
        return m;
    }
    for (long i = k + 1; i < close; i++) {
        const char *t = is_ment(c, i) ? ment_type(c, i) : "";
        if (!t || strcmp(t, "person") == 0)
            return m;
    }
    const char *ot = ment_type(c, outer);
    return !ot || strcmp(ot, "person") == 0 ? outer : m;
}

/* The subject left of item j (the first item left of the auxiliary region).
 * Returns 1 and fills *sub when a mention is found through head nouns,
 * appositions (a name apposition names the subject: "Hungary's minister,
 * Gergely Szalai, accused") and a relative pronoun. `reduced`: a participle
 * after a comma or right after its noun ("X, sanctioned by Y"). */
/* A participle clause between commas after a sentence-opening name, closed
 * by the comma at j: "The FBI, after arresting X in May, charged Y", "X,
 * having bought Y, sold Z". Its first word is a time conjunction or "having"
 * and the next an -ing or -ed verb, or it opens with a past participle and
 * its preposition ("X, based in Heilbronn, agreed"); it holds no clause
 * boundary, speech verb, relative pronoun or quotation. Returns the opening
 * comma or -1. */
static int participle_opener(const ctx *c, long k) {
    long w = k + 1;
    if (is_word(c, w, "after") && is_word(c, w + 1, "having"))
        w++;
    if (!(is_word(c, w, "after") || is_word(c, w, "before") || is_word(c, w, "while") ||
          is_word(c, w, "upon") || is_word(c, w, "having"))) {
        /* a past participle and its preposition: "X, based in Heilbronn,",
         * "X, set up in 2022 as ...,", "X, listed on the Nasdaq," */
        long p = is_word(c, w, "set") && is_word(c, w + 1, "up") ? w + 2 : w + 1;
        const item *x = &c->it[w];
        return p < c->n && w == k + 1 && x->ment < 0 && !(x->tflags & EG_TOK_CAP) &&
               (x->ed || p == w + 2) && !occ_at(c, w) && (lex(c, p) & W_PREP) &&
               !(lex(c, p) & W_TO);
    }
    const item *v = &c->it[w + 1];
    return w + 1 < c->n && v->ment < 0 && (v->ing || v->ed || occ_at(c, w + 1)) &&
           !(v->tflags & EG_TOK_CAP);
}

static long participle_insertion_open(const ctx *c, long j) {
    if (!(punct(c, j) & P_COMMA))
        return -1;
    for (long k = j - 1; k > 0 && k > j - MAX_APPOS_ITEMS; k--) {
        uint32_t pk = punct(c, k);
        if ((pk & (P_SEMI | P_QUOTE | P_SENT | P_OPEN | P_CLOSE | P_DASH)) ||
            (lex(c, k) & (W_SPEECH | W_REL)) ||
            ((lex(c, k) & W_BOUNDW) && !(punct(c, k - 1) & P_COMMA))) /* "while" opens it */
            return -1;
        if (!(pk & P_COMMA))
            continue;
        if (!participle_opener(c, k))
            return -1;
        long m = skip_paren_left(c, k - 1);
        if (!is_ment(c, m) || is_place(c, m) || skip_dets_left(c, m - 1) >= 0)
            return -1;
        /* the name opens the sentence */
        return k;
    }
    return -1;
}

/* A place at m in a phrase opening the clause ("In Athens," "From Lagos,"):
 * the comma after it closes an adverbial, so a noun phrase after that comma
 * is no apposition on the place. */
static int fronted_place(const ctx *c, long m) {
    if (!is_ment(c, m) || !(is_place(c, m) || has_type(c, m, "country")))
        return 0;
    long p = skip_dets_left(c, m - 1);
    return p >= 0 && (lex(c, p) & (W_PREP | W_TPREP)) &&
           (p == 0 || (punct(c, p - 1) & (P_BOUNDARY | P_SENT | P_COMMA)));
}

static int find_subject(const ctx *c, long j, int reduced, int participle, subject *sub) {
    int heads = 0, appos = 0, rel = 0, reduced_in = reduced;
    long rel_at = -1;
    long name = -1;
    int heads_at_name = 0;
    while (j >= 0) {
        const item *x = &c->it[j];
        if (x->ment >= 0)
            break;
        uint32_t p = x->punct;
        if (reduced && (p & P_COMMA) && !heads && !appos) {
            reduced = 0;
            j--;
            continue;
        }
        if ((x->lex & W_REL) && !rel && !heads && !appos) {
            rel = 1;
            rel_at = j;
            j--;
            if (is_word(c, j, "of") && !is_word(c, j + 1, "that") &&
                (is_word(c, j - 1, "both") || is_word(c, j - 1, "all") ||
                 is_word(c, j - 1, "each")))
                j -= 2; /* "A and B, both of which helped Y" */
            if (punct(c, j) & P_COMMA)
                j--;
            continue;
        }
        if ((p & P_CLOSE) && rel && !heads && !appos && is_ment(c, j - 1) &&
            (punct(c, j - 2) & P_OPEN) && capword(c, j - 3)) {
            j--; /* "the Holovne Upravlinnia Rozvidky (HUR), which": the name untagged */
            break;
        }
        if ((p & (P_COMMA | P_CLOSE | P_DASH)) && appos < 2) {
            long k = appos_open(c, j);
            if (!appos && !rel && !heads && !reduced_in && !participle) {
                long lk = long_appos_open(c, j);
                if (lk < 0)
                    lk = long_insertion_open(c, j);
                if (lk < 0)
                    lk = long_relative_open(c, j);
                if (lk >= 0 && (k < 0 || lk < k))
                    k = lk; /* also "X, the firm that sold A, B and C, fined Y" */
                if (k < 0)
                    k = participle_insertion_open(c, j); /* "X, after meeting A, fined Y" */
            }
            if (k < 0)
                break;
            if (name < 0 && !rel) {
                name = appos_name(c, k, j);
                heads_at_name = heads;
            }
            appos++;
            j = k - 1;
            long k2 = appos < 2 && is_ment(c, j) && (punct(c, k) & P_COMMA) ? appos_open(c, k) : -1;
            int described =
                k2 >= 0 &&
                ((descriptive_appos(c, k2 + 1) == k && !(is_ment(c, k2 + 1) && k == k2 + 2)) ||
                 is_word(c, k2 + 1, "who") || is_word(c, k2 + 1, "which") ||
                 /* "X, the line calling at Mombasa, which had pushed for Y," */
                 ((lex(c, k2 + 1) & W_DET) && descriptive_appos_x(c, k2 + 1, 1) == k &&
                  (is_word(c, k + 1, "which") || is_word(c, k + 1, "who"))));
            if (k2 < 0 && appos < 2 && !heads && !rel && !is_ment(c, j) &&
                (punct(c, k) & P_COMMA) &&
                (is_word(c, k + 1, "which") || is_word(c, k + 1, "who"))) {
                /* "X, the largest container line, which had pushed for Y,
                 * criticised Z": a relative clause after a describing
                 * apposition */
                long k3 = appos_open(c, k);
                if (k3 >= 0 && descriptive_appos_x(c, k3 + 1, 1) == k &&
                    is_ment(c, skip_paren_left(c, k3 - 1))) {
                    appos++;
                    j = k3 - 1;
                    continue;
                }
            }
            if (described && fronted_place(c, skip_heads_left(c, k2 - 1, NULL)))
                described = 0; /* "In Athens, the opposition X, which lost, criticised Y" */
            if (described && is_ment(c, skip_heads_left(c, k2 - 1, NULL))) {
                /* also "Roe, who heads the Acme Institute, a think tank, said" */
                /* "Brooke, the chief of the SIS, better known as MI6, accused":
                 * the name before the comma is inside an earlier apposition. */
                appos++;
                j = k2 - 1;
            }
            continue;
        }
        if (np_glue(c, j) || (heads > 0 && is_num(c, j) && (punct(c, j + 1) & P_HYPHEN))) {
            j--; /* also the number of "X, a 27-year-old programmer who hacked Y" */
            continue;
        }
        if (!heads && !rel && reflexive_after_name(c, j)) {
            j--; /* "The navy itself, the committee said, never funded Y" */
            continue;
        }
        if (appos && is_num(c, j) && (punct(c, j - 1) & P_COMMA) && is_ment(c, j - 2) &&
            j + 1 < c->n && (punct(c, j + 1) & P_COMMA)) {
            j -= 2; /* "Adair, 34, who started the company in 2019, denied" */
            continue;
        }
        if (heads < (rel || name >= 0 ? 5 : 3) &&
            (nounish(c, j, heads > 0) || hyphen_particle(c, j) ||
             ((name >= 0 || (rel && (lex(c, j - 1) & W_DET))) && heads > 0 && c->it[j].ed &&
              !c->it[j].lex && c->it[j].occ < 0 && (c->it[j].tflags & EG_TOK_WORD) &&
              !(c->it[j].tflags & EG_TOK_CAP)))) {
            /* also "the police organised crime unit, NCOZ,", "X, an armed group
             * that attacked Y" */
            heads++; /* "X, the city's chief prosecutor's office, which accused" */
            j--;
            continue;
        }
        break;
    }
    if ((reduced_in || (rel && !is_word(c, rel_at, "who"))) && heads <= 2 && !appos &&
        is_ment(c, j) && (is_place(c, j) || has_type(c, j, "country"))) {
        /* "X, a family-owned firm from Bergamo that supplied Y", "X, a
         * farmers' union from the Lublin region, which accused Y": the place
         * only says where the described name is */
        long q = skip_dets_left(c, j - 1);
        if (is_word(c, q, "from") || is_word(c, q, "in")) {
            q--;
            if (is_word(c, q, "based") || (q > 0 && c->it[q].ed && !lex(c, q) && !occ_at(c, q) &&
                                           nounish(c, q - 1, 0) && !is_ment(c, q - 1)))
                q--; /* also "X, a charity registered in Abu Dhabi, which funded Y" */
            for (int n = 0; n < 7 && q > 0 && !(punct(c, q) & P_COMMA); n++, q--)
                if (!nounish(c, q, 1) && !(lex(c, q) & W_DET) && !np_glue(c, q) &&
                    !(is_ment(c, q) && (punct(c, q + 1) & P_HYPHEN)) &&
                    !(punct(c, q - 1) & P_HYPHEN))
                    break;
            if ((punct(c, q) & P_COMMA) && is_ment(c, q - 1) && !is_place(c, q - 1) &&
                (lex(c, q + 1) & W_DET))
                j = q - 1;
        }
    }
    if (rel && is_word(c, rel_at, "who") && heads == 0 && is_ment(c, j) && ment_type(c, j) &&
        !has_type(c, j, "person") && !is_place(c, j)) {
        /* "X, head of the FECI (FECI), who accused Y": "who" is no body but
         * the person whose title names it */
        long d = skip_dets_left(c, j - 1);
        long h = skip_heads_left(c, d - 1, NULL);
        for (int n = 0; n < 6 && h > 0 && h < d - 1 && !(lex(c, h) & W_DET); n++) {
            if (!np_glue(c, h) && !nounish(c, h, 1) && !hyphen_inner(c, h) &&
                !(is_num(c, h) && (punct(c, h + 1) & P_HYPHEN)))
                break;
            h--; /* "a 38-year-old network engineer" */
        }
        if (h < d - 1 && (lex(c, h) & W_DET) && (punct(c, h - 1) & P_COMMA))
            h--; /* "X, a network engineer at Hanbit, who helped Y" */
        if ((is_word(c, d, "of") || is_word(c, d, "at") || is_word(c, d, "for")) && h < d - 1) {
            if (!(punct(c, h) & P_COMMA) || !has_type(c, h - 1, "person"))
                return 0;
            j = h - 1;
            appos = 0;
            name = -1;
        }
    }
    if (rel && !is_word(c, rel_at, "who") && heads > 0 && !appos && !is_ment(c, j)) {
        /* "X, a contract laboratory in the Zhangjiang high-tech zone, which
         * allegedly supplied Y", "X, an alliance of villagers and church
         * groups, which accused Y": a description whose phrase holds plain
         * words only, after a comma that follows a name */
        long h = j;
        for (int n = 0; n < 10 && h > 0 && !(punct(c, h) & P_COMMA); n++, h--)
            if (is_ment(c, h) || ((lex(c, h) & W_AND) && (lex(c, h + 1) & W_DET)) ||
                !(nounish(c, h, 1) || np_glue(c, h) || capword(c, h) ||
                  (lex(c, h) & (W_AND | W_DET)) || is_word(c, h, "of") || is_word(c, h, "in") ||
                  is_word(c, h, "at") || is_word(c, h, "near") || is_word(c, h, "on")))
                break;
        if ((punct(c, h) & P_COMMA) && h < j - 1 && (lex(c, h + 1) & W_DET) &&
            !(lex(c, h + 2) & W_AND) && is_ment(c, skip_paren_left(c, h - 1)))
            j = h + 1;
    }
    if ((rel || participle || reduced_in) && heads > 0 && !appos && (lex(c, j) & W_DET)) {
        /* "X, the bank that hired Y," / "X, a company supplying Y," / "X (XC),
         * a party backed by Y,": the clause describes the name the
         * apposition follows. */
        long d = skip_dets_left(c, j);
        long a = d - 1;
        if (punct(c, a) & P_CLOSE) {
            long o = a - 1;
            while (o > a - 6 && o > 0 && !(punct(c, o) & (P_OPEN | P_BOUNDARY | P_COMMA)))
                o--;
            a = (punct(c, o) & P_OPEN) ? o - 1 : -1;
        }
        if ((punct(c, d) & P_COMMA) && is_ment(c, a)) {
            j = a;
            heads = heads_at_name = 0;
        }
    }
    if ((rel || participle || reduced_in) && heads > 0 && !appos && is_ment(c, j)) {
        /* "X, a Dutch trader that invested in Y,", "X, a Singapore-registered
         * fund that": the name in the description only modifies it. */
        long d = skip_dets_left(c, j - 1);
        for (int n = 0; n < 8 && d >= 0 && !(punct(c, d) & P_COMMA); n++, d--) {
            /* "X, a Toronto-listed Canadian miner that", "X, a 41-year-old
             * Chinese passport holder who": more modifiers */
            if (punct(c, d) & P_HYPHEN || (is_ment(c, d) && (punct(c, d + 1) & P_HYPHEN)) ||
                (is_num(c, d) && (punct(c, d + 1) & P_HYPHEN)) || (lex(c, d) & W_DET) ||
                (!is_ment(c, d) && (punct(c, d - 1) & P_HYPHEN) &&
                 !(c->it[d].tflags & EG_TOK_SPACE_BEFORE)))
                continue;
            break;
        }
        long a = d - 1;
        if (punct(c, a) & P_CLOSE) {
            /* "the PNF (PNF), the French financial prosecutor's office, which";
             * the long name may be untagged: "the Parquet National Financier (PNF)" */
            long o = a - 1;
            while (o > a - 6 && o > 0 && !(punct(c, o) & (P_OPEN | P_BOUNDARY | P_COMMA)))
                o--;
            if (!(punct(c, o) & P_OPEN))
                a = -1;
            else if (is_ment(c, o - 1) ||
                     !(is_ment(c, a - 1) && a - 1 == o + 1 && capword(c, o - 1)))
                a = o - 1;
            else
                a = a - 1;
        }
        if (d < j - 1 && (punct(c, d) & P_COMMA) && is_ment(c, a)) {
            j = a;
            heads = heads_at_name = 0;
        }
    }
    if (rel && !appos && is_ment(c, j) && is_word(c, rel_at, "who")) {
        long a = who_antecedent(c, j, rel_at);
        if (a < 0)
            return 0;
        if (a != j) {
            j = a;
            heads = heads_at_name = 0;
        }
    }
    if (heads > 0 && !appos && !rel && !reduced_in && !participle && !is_ment(c, j)) {
        /* "X and its partners", "X and four other clubs": the phrase without
         * a name is a co-agent; X opens the clause */
        long d = skip_dets_left(c, j);
        if ((lex(c, d) & W_AND) && is_ment(c, d - 1) && j - d <= 4) {
            group g;
            long first = 0;
            parse_subjects_left(c, d - 1, d - 1, &g, &first);
            long b = first - 1;
            while (b >= 0 && (lex(c, b) & (W_TIME | W_TPREP)))
                b--;
            if (b < 0 || (punct(c, b) & (P_COMMA | P_BOUNDARY | P_DASH)) ||
                (lex(c, b) & (W_SPEECH | W_TELL)) || is_word(c, b, "that")) {
                sub->g = g;
                sub->first = first;
                sub->rel = 0;
                return 1;
            }
        }
    }
    int direct = j >= 0 && is_ment(c, j) && heads == heads_at_name;
    long described = -1;
    if (direct && appos == 1 && !rel && !heads) {
        /* "The head of MINUSCA, Aïssatou Diallo-Berthe, met", "its envoy for
         * Haiti, Paula Echeverri, will visit": the apposition names the
         * person the phrase describes, not the body in it. */
        long p = skip_dets_left(c, j - 1);
        long d = skip_dets_left(c, skip_heads_left(c, p - 1, NULL));
        if ((is_word(c, p, "of") || is_word(c, p, "for") || is_word(c, p, "to")) &&
            nounish(c, p - 1, 0) && !(lex(c, p - 1) & W_GOV) &&
            (!is_ment(c, d) || !has_type(c, d, "person"))) {
            /* also "The United Nations envoy for Sudan, Henrik Stahlberg, met",
             * "Japan's ambassador to China, Hiroyuki Sonoda, met" */
            if (name < 0)
                return 0;
            direct = 0;
            described = d + 1;
        }
    }
    long start = -1;
    if (name >= 0 && !direct) {
        start = described >= 0 ? described : j + 1;
        j = name; /* the apposition names the subject */
    } else if (j < 0 || !is_ment(c, j)) {
        return 0;
    } else {
        if (reduced_in && heads > 0)
            return 0; /* "a Russian trader sanctioned by": the mention is a modifier */
        if (punct(c, j + 1) & P_HYPHEN)
            return 0; /* "U.S.-backed forces attacked": the mention is a modifier */
        /* "Brody of New Hampshire criticised": the head comes first. */
        long p = skip_dets_left(c, j - 1);
        if ((is_word(c, p, "to") || is_word(c, p, "with")) && nounish(c, p - 2, 0) &&
            (is_word(c, p - 1, "linked") || is_word(c, p - 1, "tied") ||
             is_word(c, p - 1, "loyal") || is_word(c, p - 1, "affiliated") ||
             is_word(c, p - 1, "connected") || is_word(c, p - 1, "close")))
            return 0; /* "fighters linked to Islamic State attacked": the fighters act */
        if (np_prep(c, p)) {
            /* also "the Commercial Affairs Department (CAD) of the police charged" */
            long q = skip_dets_left(c, skip_heads_left(c, skip_paren_left(c, p - 1), NULL));
            if (is_ment(c, q) && rel && is_word(c, rel_at, "which") && has_type(c, q, "person") &&
                !has_type(c, j, "person") && !is_place(c, j)) {
                /* "Rokeya Begum of the Forum, which has criticised Y": "which"
                 * is the body, not the person */
            } else if (is_ment(c, q) && (punct(c, q + 1) & P_HYPHEN) &&
                       (is_word(c, p, "of") || is_word(c, p, "from")) && !is_place(c, j) &&
                       !has_type(c, j, "country")) {
                /* "NATO-led peacekeepers of KFOR helped Y": the name before
                 * the hyphen only modifies the head; the body after it acts */
            } else if (is_ment(c, q)) {
                long p2 = skip_dets_left(c, q - 1);
                long q2 = skip_dets_left(c, skip_heads_left(c, skip_paren_left(c, p2 - 1), NULL));
                if ((is_word(c, p, "in") || is_word(c, p, "at")) &&
                    (is_place(c, j) || has_type(c, j, "country")) && is_word(c, p2, "of") &&
                    is_ment(c, q2) && has_type(c, q2, "person") && !rel)
                    q = q2; /* "Judge X of the High Court in Gulu convicted Y": the
                             * place is on the court, the court on the judge */
                j = q;
            } else if (is_word(c, p, "at") && staff_noun(c, p - 1) && !is_place(c, j) &&
                       !has_type(c, j, "country") && !has_type(c, j, "person") && !rel) {
                /* "Engineers at KAUST helped Y": a body's staff act for it */
            } else if ((is_word(c, p, "in") || is_word(c, p, "at")) && p > 0 &&
                       (nounish(c, p - 1, 1) ||
                        (capword(c, p - 1) && (is_place(c, j) || has_type(c, j, "country")))) &&
                       !(rel && !is_place(c, j)))
                return 0; /* "prosecutors in Hamburg charged": a place, not the actor
                           * (not "offences at X Court, which fined Y"); also after an
                           * untagged name: "the European Union Mission in Armenia visited" */
        } else if ((lex(c, p) & W_BY) && !rel && occ_at(c, p - 1)) {
            return 0; /* "a trader sanctioned by France hired Y": the agent of "sanctioned" */
        }
    }
    parse_subjects_left(c, j, start >= 0 ? start : j, &sub->g, &sub->first);
    sub->rel = rel;
    return 1;
}

/* The speaker of the verb of speech at v: a mention left of its auxiliaries
 * ("X has repeatedly said"), through head nouns, an apposition, a relative
 * clause or a parenthesis ("X, a ransomware gang, said", "X (RCMP) said"),
 * or, with `coord`, the speaker of an earlier verb of speech the clause is
 * coordinated with ("X confirmed that ... and said"). -1 when none. */
static long unknown_verb_subject(const ctx *c, long j);

static long speaker_of(const ctx *c, long v, int coord) {
    long p = v - 1;
    if (coord && is_word(c, v, "saying") && (punct(c, p) & P_COMMA)) {
        /* "X rejected the accusation, saying it had cooperated with Y": the
         * speaker is the subject of the clause the participle follows */
        const occurrence *prev = inherit_subject(c, v);
        long m = prev ? (prev->nsubj == 1 ? (long)c->s->pool.v[prev->subj_off] : -1)
                      : unknown_verb_subject(c, v);
        if (m >= 0)
            return m;
    }
    for (int k = 0; k < 6 && p >= 0; k++, p--) {
        uint32_t w = lex(c, p);
        if (!(w & (W_AUX | W_ADV | W_TIME)) && !(c->it[p].ment < 0 && c->it[p].ly) &&
            !((w & W_TPREP) && (lex(c, p + 1) & W_TIME)))
            break;
    }
    long q = skip_heads_left(c, p, NULL);
    if (is_ment(c, q) && is_place(c, q) &&
        (is_word(c, q - 1, "in") || is_word(c, q - 1, "at") || is_word(c, q - 1, "of"))) {
        /* "the prosecutor's office in Gdansk said", "Bishop X of Esteli
         * said": the place is no speaker */
        long r = skip_heads_left(c, q - 2, NULL);
        if (is_ment(c, r) && !is_place(c, r) &&
            (!is_word(c, q - 1, "of") || has_type(c, r, "person")))
            return r;
    }
    if (is_ment(c, q))
        return q;
    if ((is_word(c, p, "which") || is_word(c, p, "who")) && (punct(c, p - 1) & P_COMMA)) {
        /* "X, which said it had ...": the relative pronoun stands for X */
        q = skip_heads_left(c, p - 2, NULL);
        return is_ment(c, q) ? q : -1;
    }
    if (punct(c, p) & (P_COMMA | P_CLOSE | P_DASH)) {
        subject sub;
        memset(&sub, 0, sizeof sub);
        if (find_subject(c, p, 0, 0, &sub) && sub.g.n > 0 && !sub.rel)
            return sub.g.it[sub.g.n - 1];
        return -1;
    }
    if (coord && (lex(c, p) & W_AND) && !(punct(c, p - 1) & P_COMMA)) {
        /* "said the accusations were “groundless smears” and denied that":
         * over a short quotation, and past a noun of speech ("the claims") */
        for (long k = p - 1, n = 0; k >= 0 && n < 16; k--, n++) {
            if (is_ment(c, k) ||
                (punct(c, k) & (P_SEMI | P_OPEN | P_CLOSE | P_SENT | P_COMMA | P_DASH)))
                break;
            long sp = (lex(c, k) & W_SPEECH) ? speaker_of(c, k, 0) : -1;
            if (sp >= 0)
                return sp;
        }
    }
    if (coord && ((lex(c, p) & W_AND) || is_word(c, p, "but"))) {
        /* "X met Y in Oruro but said he would not ...": the speaker is the
         * subject of the verb the verb of speech is coordinated with */
        const occurrence *prev = inherit_subject(c, p);
        if (prev && prev->nsubj == 1)
            return (long)c->s->pool.v[prev->subj_off];
        /* "NRK accepted the ruling but said ... and that it supported Y":
         * the first verb is not in the table */
        if (!prev)
            return unknown_verb_subject(c, p);
    }
    return -1;
}

/* "X said it had hired Y, and that it had not talked to Z": the "and" at a
 * joins a second "that" clause to an earlier verb of speech in the sentence,
 * whose index is returned (else a). */
static long coordinated_that(const ctx *c, long a) {
    for (long k = a - 1, n = 0; k >= 0 && n < 40; k--, n++) {
        if (punct(c, k) & P_QUOTE) {
            /* "said the claim was “without merit” and that": a short quotation */
            long q = k - 1;
            while (q > 0 && q > k - 10 && !(punct(c, q) & (P_BOUNDARY | P_DASH)))
                q--;
            if ((punct(c, q) & P_QUOTE) && q < k - 1) {
                n += (int)(k - q);
                k = q;
                continue;
            }
        }
        if (punct(c, k) & (P_BOUNDARY | P_QUOTE | P_DASH))
            break;
        if (lex(c, k) & W_SPEECH)
            return k;
    }
    return a;
}

/* A time or place phrase between a verb of speech and its clause ending at
 * p ("said on Tuesday", "said last week", "said in a statement from
 * Zurich", "on a messaging channel"): returns the verb's index or -1. */
static long speech_adjunct(const ctx *c, long p) {
    long q = p;
    for (int n = 0; n < 7 && q >= 0 && !(lex(c, q) & (W_SPEECH | W_TELL)); n++, q--) {
        if ((is_ment(c, q) || capword(c, q)) && (lex(c, q - 1) & W_PREP) && !(lex(c, q - 1) & W_BY))
            continue; /* "in Zurich", "on Telegram" */
        if (is_ment(c, q) && (lex(c, skip_dets_left(c, q - 1)) & W_TELL)) {
            q = skip_dets_left(c, q - 1); /* the hearer: "told Reuters on Monday that" */
            break;
        }
        if (c->it[q].ing && ((lex(c, q - 1) & W_DET) || nounish(c, q - 1, 0)) && !occ_at(c, q))
            continue; /* "in a filing", "in a stock exchange filing", "at a news briefing" */
        if (c->it[q].ed && (lex(c, q - 1) & W_DET) && nounish(c, q + 1, 0) && !occ_at(c, q))
            continue; /* "in an emailed statement", "in a televised address" */
        if (!(lex(c, q) & (W_TIME | W_TPREP | W_PREP | W_DET)) && !is_num(c, q) &&
            !nounish(c, q, nounish(c, q + 1, 0)))
            return -1;
    }
    return q < p && (lex(c, q) & W_SPEECH) ? q : -1;
}

/* Left side of a reported clause starting at item f: "X said (that)",
 * "X told reporters (that)", "according to X,". Returns the speaker mention
 * or -1; "X denied that" also negates. */
static long reporter_left(const ctx *c, long f, uint32_t *flags) {
    long p = f - 1;
    if (punct(c, p) & P_COMMA) {
        long q = skip_heads_left(c, p - 1, NULL);
        if (is_ment(c, q)) {
            long r = skip_dets_left(c, q - 1);
            if ((lex(c, r) & W_TO) && (lex(c, r - 1) & W_ACCORD))
                return q;
        }
        return -1;
    }
    if (lex(c, p) & W_REL) { /* "that" */
        p--;
        /* "said on Tuesday that", "said in a statement from Zurich that" */
        long q = speech_adjunct(c, p);
        if (q >= 0)
            p = q;
        else if (lex(c, p) & W_AND)
            p = coordinated_that(c, p);
        else if (p > 0 && ((c->it[p].ment < 0 && c->it[p].ly) || (lex(c, p) & W_ADV)) &&
                 (lex(c, p - 1) & W_SPEECH))
            p--; /* "said separately that it was investigating" */
    } else if (!(lex(c, p) & W_SPEECH)) {
        /* "said on Tuesday it had", "said last week Acme had" */
        long q = speech_adjunct(c, p);
        if (q >= 0 && (lex(c, q + 1) & (W_TIME | W_TPREP | W_PREP)))
            p = q;
        else if (p > 0 && ((c->it[p].ment < 0 && c->it[p].ly) || (lex(c, p) & W_ADV)) &&
                 (lex(c, p - 1) & W_SPEECH))
            p--; /* "said separately it was investigating" */
    }
    if (!(lex(c, p) & W_SPEECH)) {
        long q = p;
        if (is_ment(c, q) && (lex(c, skip_dets_left(c, q - 1)) & W_TELL))
            q = skip_dets_left(c, q - 1); /* "X told Reuters it had" */
        for (int k = 0; k < 4 && q >= 0 && !(lex(c, q) & W_TELL); k++) {
            /* also "told the newspaper Smalandsbladet he": an untagged name */
            /* also "told the daily Pravda he": a paper's noun ending in -ly */
            int paper = is_word(c, q, "daily") || is_word(c, q, "weekly");
            if (!(lex(c, q) & W_DET) && !nounish(c, q, 0) && !paper &&
                !(k == 0 && (capword(c, q) || is_ment(c, q)) &&
                  (nounish(c, q - 1, 0) || is_word(c, q - 1, "daily") ||
                   is_word(c, q - 1, "weekly"))))
                return -1;
            q--;
        }
        if (!(lex(c, q) & W_TELL))
            return -1;
        p = q;
    }
    if (lex(c, p) & W_SNEG)
        *flags |= EG_REL_NEGATED; /* also when the one who denies is not found */
    return speaker_of(c, p, 1);
}

/* A reporting tag ends at k: the sentence or clause ends, or a time phrase
 * follows ("said on Monday"). */
static int tag_ends(const ctx *c, long k) {
    if (k >= c->n)
        return 1;
    return (punct(c, k) & (P_SENT | P_COMMA | P_QUOTE | P_SEMI | P_CLOSE | P_DASH)) ||
           (lex(c, k) & (W_TPREP | W_TIME)) || is_word(c, k, "that");
}

/* Right side: ", X said", ", said X", ", according to X" after item e. */
static long reporter_right(const ctx *c, long e) {
    long p = e;
    /* "attacked Georgia in 2008, according to NATO": a trailing phrase */
    for (int n = 0; n < 8 && p < c->n && !(punct(c, p) & (P_COMMA | P_BOUNDARY | P_DASH)); n++, p++)
        if (is_ment(c, p) || occ_at(c, p) || (lex(c, p) & (W_REL | W_BOUNDW | W_AND | W_SPEECH)))
            return -1;
    while (punct(c, p) & P_QUOTE)
        p++;
    if (!(punct(c, p) & P_COMMA))
        return -1;
    p++;
    while (punct(c, p) & P_QUOTE)
        p++;
    long end;
    if ((lex(c, p) & W_ACCORD) && (lex(c, p + 1) & W_TO)) {
        long m = np_prefix(c, p + 2);
        if (m >= 0)
            m = np_head(c, m, &end, NULL);
        return m >= 0 && tag_ends(c, end) ? m : -1;
    }
    if (lex(c, p) & W_SPEECH) {
        long m = np_prefix(c, p + 1);
        if (m >= 0)
            m = np_head(c, m, &end, NULL);
        return m >= 0 && tag_ends(c, end) ? m : -1;
    }
    long m = np_prefix(c, p);
    if (m < 0)
        return -1;
    long q = skip_heads_right(c, m + 1, NULL);
    if ((lex(c, q) & (W_PREP)) && !(lex(c, q) & W_TO)) {
        long m2 = np_prefix(c, q + 1); /* "a spokesman for X said" */
        if (m2 < 0)
            return -1;
        m = m2;
        q = skip_heads_right(c, m + 1, NULL);
    }
    for (int k = 0; k < 3 && (lex(c, q) & (W_AUX | W_ADV)); k++)
        q++;
    return (lex(c, q) & W_SPEECH) && tag_ends(c, q + 1) ? m : -1;
}

enum { ROLE_AGENT, ROLE_PATIENT };

/* "The FBI's agents arrested", "Acme's board fired": as with "FBI agents",
 * the body acts through its officers. Not for a country (it acts through its
 * government only), a person or a place. */
static int poss_agents(const ctx *c, long m, long hk) {
    static const char *const heads[] = {"agents", "officers", "investigators", "detectives",
                                        "board"};
    const char *t = ment_type(c, m);
    if (t && (strcmp(t, "country") == 0 || strcmp(t, "person") == 0 || strcmp(t, "location") == 0))
        return 0;
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
        if (is_word(c, hk, heads[i]))
            return 1;
    return 0;
}

/* A vessel or aircraft word at k made a state's by the word before it
 * ("patrol boats", "naval vessels", "military aircraft", "coast guard
 * ships", "fighter jets"): the state's forces, when a demonym or country
 * names them. */
static int state_craft(const ctx *c, long k) {
    static const char *const craft[] = {"boat",   "boats",      "vessel",      "vessels", "ship",
                                        "ships",  "aircraft",   "jet",         "jets",    "plane",
                                        "planes", "helicopter", "helicopters", "drone",   "drones",
                                        "cutter", "cutters"};
    static const char *const mod[] = {"patrol",     "naval",   "military", "navy",  "guard",
                                      "coastguard", "fighter", "war",      "armed", "border"};
    int ok = 0;
    for (size_t i = 0; i < sizeof craft / sizeof craft[0] && !ok; i++)
        ok = is_word(c, k, craft[i]);
    if (!ok)
        return 0;
    for (size_t i = 0; i < sizeof mod / sizeof mod[0]; i++)
        if (is_word(c, k - 1, mod[i]))
            return 1;
    return 0;
}

/* Whether the noun phrase that mention item m heads, or modifies, stands for
 * the mention's entity in a role. A bare name always does, except a demonym
 * ("arrested a Russian", "1,900 Chadians"). With words after it, the last
 * is the phrase's head noun. As agent: a country acting as a whole ("the
 * French government") or, without a possessive, a named body's members ("FBI
 * agents"), not "Swiss prosecutors" or "Russia's foreign ministry". As
 * patient: the act falls on the named entity when the head is its part or
 * property ("Acme's offices", "the Acme network") or a state's
 * representatives ("expelled 12 Chinese diplomats", "Russia's ambassador"),
 * not a person named by it ("Bundestag aide", "a Kenyan marathon champion");
 * other words after a name may be a classifier or the next verb ("the Tren
 * de Aragua gang", "helped Karimi launder"), after a demonym they are not
 * the country ("Iranian nationals", "a Brazilian lithium miner"). */
/* "late" or "early" opening a time adjunct after a noun phrase: "late on
 * Wednesday", "early last year", "late in 2024". */
static int late_early(const ctx *c, long k) {
    if (!is_word(c, k, "late") && !is_word(c, k, "early"))
        return 0;
    uint32_t r = lex(c, k + 1);
    return (r & W_TIME) || ((r & W_TPREP) && ((lex(c, k + 2) & W_TIME) || is_num(c, k + 2)));
}

/* The head at hk of a phrase after a state word at m that names the state
 * itself or its bodies: "state" right after it ("the Dutch state", not "the
 * Chinese state broadcaster", whose head is later), "judiciary",
 * "intelligence" (also "intelligence services"), "gendarmes", "gendarmerie",
 * military "positions" or "posts", written in lower case. */
static int state_body(const ctx *c, long m, long hk) {
    static const char *const bodies[] = {"judiciary", "intelligence", "gendarmes", "gendarmerie"};
    if (hk < 0 || (c->it[hk].tflags & EG_TOK_CAP))
        return 0; /* "warned Latvian State Forests": an untagged name */
    if (is_word(c, hk, "state"))
        return hk == m + 1 && !is_word(c, hk + 1, "of") &&
               !(punct(c, hk + 1) & P_HYPHEN); /* not "the Indian state of Kerala" */
    if (IS_WORD_OF(c, hk, bodies))
        return 1;
    if (is_word(c, hk, "services") && is_word(c, hk - 1, "intelligence"))
        return 1;
    return (is_word(c, hk, "positions") || is_word(c, hk, "posts")) &&
           (hk == m + 1 || is_word(c, hk - 1, "border") || is_word(c, hk - 1, "military") ||
            is_word(c, hk - 1, "army") || is_word(c, hk - 1, "frontline"));
}

static int np_stands_for(const ctx *c, long m, int role) {
    const eg_mention *mm = &c->doc->ments.v[c->it[m].ment];
    int demonym = mm->origin == EG_ORIGIN_DEMONYM, poss = 0, words = 0, former = 0;
    int staff_poss = 0; /* a person word owns what follows: "Acme officials' families" */
    uint32_t head = 0;
    long hk = -1;
    for (long k = m + 1; k < c->n && words < 4; k++) {
        if (punct(c, k) & P_POSS) {
            poss = 1;
            staff_poss |= words > 0 && (head & W_ROLE);
            /* "South Africa's Hawks": the phrase is headed by a name that was
             * not tagged (not "Acme's Gdansk unit", nor a title) */
            long q = k + 1;
            while (q < c->n && q < k + 4 && capword(c, q) && !lex(c, q))
                q++;
            if (q > k + 1 && !nounish(c, q, 1) && !(punct(c, q) & P_HYPHEN))
                return 0;
            continue;
        }
        if (punct(c, k) & (P_HYPHEN | P_ABBR))
            continue;
        if (!nounish(c, k, nounish(c, k + 1, 0)))
            break;
        if (words > 0 && late_early(c, k))
            break; /* "expelled two Russian diplomats late on Wednesday" */
        if (words > 0 && !(lex(c, k) & W_NOUN) &&
            ((lex(c, k + 1) & (W_DET | W_QUANT | W_NUMW)) || is_num(c, k + 1) ||
             is_word(c, k + 1, "more")))
            break; /* "helped the Estonian navy track the vessel", "the Nicaraguan
                    * government move more than $90 million": a bare verb */
        head = lex(c, k);
        hk = k;
        former |= is_word(c, k, "former");
        words++;
    }
    if (!words && demonym && (lex(c, m + 1) & W_AND) && is_ment(c, m + 2) &&
        c->doc->ments.v[c->it[m + 2].ment].origin == EG_ORIGIN_DEMONYM)
        return np_stands_for(c, m + 2, role); /* "the Argentine and Paraguayan governments" */
    if (!words)
        return !demonym;
    if (role == ROLE_AGENT) /* "U.S. regulators" are no more the country than "Swiss prosecutors" */
        return (head & W_GOV) ||
               (!demonym && !has_type(c, m, "country") && (!poss || poss_agents(c, m, hk)));
    if (staff_poss)
        return 0; /* "met Nordwerk officials' families": the people's, not the body's */
    if (head & (W_GOV | W_STATE | W_PARTN))
        return 1; /* issue 4: "expelled 12 Chinese diplomats" links to China */
    int state_word = demonym || has_type(c, m, "country");
    if (state_word && !former &&
        (is_word(c, hk, "minister") || is_word(c, hk, "ministers") ||
         (poss && (is_word(c, hk, "ministry") || is_word(c, hk, "ministries") ||
                   is_word(c, hk, "officials")))))
        return 1; /* "met Norway's fisheries minister", "criticised Israel's finance
                   * ministry", "met the Chinese foreign minister": the state's office
                   * (not "Iran's former oil minister") */
    if (state_word && !poss &&
        (is_word(c, hk, "officials") || is_word(c, hk, "official") ||
         is_word(c, hk, "prosecutors") || is_word(c, hk, "police") || is_word(c, hk, "officers") ||
         is_word(c, hk, "officer") || is_word(c, hk, "investigators") ||
         is_word(c, hk, "ministry") || is_word(c, hk, "ministries") ||
         is_word(c, hk, "regulator") || is_word(c, hk, "regulators") ||
         is_word(c, hk, "counterparts") || is_word(c, hk, "counterpart")))
        return 1; /* "accused Turkish officials", "supplied the Gambian health ministry",
                   * "cooperated with Swiss investigators", "with Finnish and Latvian
                   * counterparts": the state's bodies, unlike "Acme officials" */
    if (state_word && !poss && !former && state_body(c, m, hk))
        return 1; /* "sued the Dutch state", "cooperated with Ukrainian intelligence",
                   * "criticised the Iranian judiciary", "attacked Armenian positions",
                   * "attacked Pakistani border posts": the state itself or its forces */
    if (state_word && !poss && !former && hk > m + 1 && state_craft(c, hk) &&
        !is_word(c, m - 1, "a") && !is_word(c, m - 1, "an"))
        return 1; /* "warned Iranian patrol boats", "shadowed Russian naval vessels",
                   * "intercepted Chinese military aircraft": the state's forces,
                   * unlike "seized Iranian fishing boats" or one craft ("warned a
                   * Peruvian navy patrol boat") */
    if (poss && (head & W_HEAD))
        return 0; /* "Sorokin's company", "Russia's foreign ministry" */
    if (state_word && !poss && ((lex(c, m - 1) & (W_DET | W_NUMW)) || is_num(c, m - 1)))
        return 0; /* "arrested a New Zealand man", "sued a U.S. firm": no state body */
    return !demonym && !(head & W_ROLE);
}

/* Entity type of mention item i when known ("person", ...), else NULL. */
static const char *ment_type(const ctx *c, long i) {
    const eg_docent *e = &c->doc->ents.v[c->doc->ments.v[c->it[i].ment].ent];
    if (e->gaz >= 0)
        return c->s->gaz ? eg_gazetteer_type(c->s->gaz, (size_t)e->gaz) : NULL;
    return c->doc->names.data + e->type_off;
}

/* Whether mention item i names a location (cities, regions, seas: not
 * actors). Unknown types count as no location. */
static int is_place(const ctx *c, long i) {
    const char *type = ment_type(c, i);
    return type && strcmp(type, "location") == 0;
}

/* "appointed Jane Roe chief executive", "hired Roe finance director": a
 * person named right after a verb of the personnel class and followed by the
 * title given is the object, not a modifier of the title. */
static int title_complement(const ctx *c, long m, const occurrence *o) {
    const char *cls = eg_verbs_class(c->v, o->verb);
    if (!cls || strcmp(cls, "personnel") != 0 || o->voice != EG_VOICE_ACTIVE || (long)o->end != m ||
        !has_type(c, m, "person"))
        return 0;
    long k = m + 1;
    while (k < c->n && k < m + 3 && nounish(c, k, 0) && !(lex(c, k) & W_HEAD))
        k++; /* "finance director" */
    return (lex(c, k) & W_ROLE) && (lex(c, k) & W_HEAD);
}

/* A place that is a named facility ("Gautam Buddha International Airport",
 * "Kusile Power Station"): it never stands for a government, so it can be
 * funded, supplied or sued like a body. Judged by the last word of the
 * entity's canonical name. */
static int facility(const ctx *c, long i) {
    static const char *const words[] = {"airport", "station",  "pipeline", "refinery",
                                        "dam",     "terminal", "plant",    "oilfield",
                                        "mine",    "smelter",  "shipyard", "hospital"};
    const eg_docent *e = &c->doc->ents.v[c->doc->ments.v[c->it[i].ment].ent];
    const char *name = e->gaz >= 0
                           ? (c->s->gaz ? eg_gazetteer_name(c->s->gaz, (size_t)e->gaz) : NULL)
                           : c->doc->names.data + e->name_off;
    if (!name)
        return 0;
    const char *last = strrchr(name, ' ');
    last = last ? last + 1 : name;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        size_t n = strlen(words[k]);
        if (strlen(last) != n)
            continue;
        size_t a = 0;
        while (a < n && (last[a] | 0x20) == words[k][a])
            a++;
        if (a == n)
            return 1;
    }
    return 0;
}

static long client_of(const ctx *c, long p);

/* "X's lawyer said his client had never met Y": X names the client who is
 * the subject of the verb at o, though the phrase X heads is the lawyer. */
static int acts_as_client(const ctx *c, long src, const occurrence *o) {
    if (!(punct(c, src + 1) & P_POSS) || o->voice != EG_VOICE_ACTIVE)
        return 0;
    uint32_t flags = 0;
    int has_be = 0;
    long j = scan_aux(c, (long)o->begin, o, &flags, &has_be);
    return j > src && client_of(c, j) == src;
}

/* "met ED officers", "talked to Rheinkemi counterparts", "negotiated with
 * Siemens executives": after a verb of talking or working together, the
 * people a body sends to the table stand for the body (a name of no person,
 * place or country, no possessive, one plural staff word right after it). */
static int body_delegates(const ctx *c, long m, const occurrence *o) {
    static const char *const heads[] = {
        "officials",       "officers",  "executives", "counterparts", "negotiators",
        "representatives", "delegates", "envoys",     "leaders",      "managers"};
    const char *cls = eg_verbs_class(c->v, o->verb);
    if (!cls || (strcmp(cls, "communication") != 0 && strcmp(cls, "cooperation") != 0) ||
        o->voice != EG_VOICE_ACTIVE || !IS_WORD_OF(c, m + 1, heads) || nounish(c, m + 2, 0) ||
        (punct(c, m + 2) & (P_POSS | P_HYPHEN)))
        return 0;
    const char *t = ment_type(c, m);
    return !t ||
           (strcmp(t, "person") != 0 && strcmp(t, "location") != 0 && strcmp(t, "country") != 0);
}

static int push_rel(ctx *c, long src, long dst, const occurrence *o, uint32_t flags, long rep) {
    const item *a = &c->it[src], *b = &c->it[dst];
    if (!a->endpoint || !b->endpoint)
        return 0;
    if ((!np_stands_for(c, src, ROLE_AGENT) && !acts_as_client(c, src, o)) ||
        (!np_stands_for(c, dst, ROLE_PATIENT) && !title_complement(c, dst, o) &&
         !body_delegates(c, dst, o)))
        return 0;
    /* A place does not act; as object it is one only for verbs such as
     * "attack" and "visit" ("accused Beijing" means its government). */
    if (is_place(c, src) ||
        (is_place(c, dst) && !eg_verbs_places(c->v, o->verb) && !facility(c, dst)))
        return 0;
    if (rep >= 0 && is_place(c, rep))
        rep = -1;
    const eg_doc *d = c->doc;
    if (d->ments.v[a->ment].ent == d->ments.v[b->ment].ent)
        return 0;
    eg_relation *r = EG_VEC_PUSH(c->s->out);
    if (!r)
        return -1;
    const eg_token *t0 = &d->toks.v[c->it[o->begin].tok_begin];
    uint32_t last = (o->gap_end == o->verb_end ? o->end : o->verb_end) - 1;
    const eg_token *t1 = &d->toks.v[c->it[last].tok_end - 1];
    r->src = (uint32_t)a->ment;
    r->dst = (uint32_t)b->ment;
    r->sentence = c->sentence;
    r->verb_start = t0->start;
    r->verb_end = t1->start + t1->len;
    r->pattern = o->verb;
    r->flags = flags;
    r->reported_by = -1;
    if (rep >= 0 && c->it[rep].ment >= 0 && rep != src && rep != dst &&
        d->ments.v[c->it[rep].ment].ent != d->ments.v[a->ment].ent &&
        d->ments.v[c->it[rep].ment].ent != d->ments.v[b->ment].ent)
        r->reported_by = c->it[rep].ment;
    return 0;
}

/* Item j joins a verb without a subject to the clause before it: "and" or
 * "but" (coordinated verbs), or before an -ing form a comma (participle
 * clause) or by/after/before/without ("responded by expelling"). Returns 0
 * when it does not; *flags gets EG_REL_NEGATED for "without". */
static int joins_clause(const ctx *c, long j, const occurrence *o, uint32_t *flags) {
    if (lex(c, j) & W_AND)
        return 1;
    if (is_word(c, j, "but"))
        return 1; /* also ", but warned Y": no subject of its own */
    if (!o->ing)
        return 0;
    if (punct(c, j) & P_COMMA)
        return 1;
    if (is_word(c, j, "without")) {
        *flags |= EG_REL_NEGATED;
        return 1;
    }
    return is_word(c, j, "by") || is_word(c, j, "after") || is_word(c, j, "before") ||
           is_word(c, j, "upon");
}

/* The subject of a verb that has none of its own, from the verb before it
 * in the same clause ("X summoned the envoy and accused Y"). */
/* The opener of a comma-closed insertion after a name that ends at the
 * comma k: a describing apposition (", a Russian diplomat,") or a relative
 * clause (", who had led its Paris unit,"). -1 when there is none. */
static long insertion_open(const ctx *c, long k) {
    long open = appos_open(c, k);
    if (open < 0 || !(is_ment(c, open - 1) || capword(c, open - 1)))
        return -1; /* also after an untagged name: "raided Hortícola Levante, one of ..., and" */
    if (descriptive_appos(c, open + 1) == k)
        return open;
    if (is_word(c, open + 1, "who") || is_word(c, open + 1, "which") ||
        is_word(c, open + 1, "whom") || is_word(c, open + 1, "whose"))
        return open;
    if (is_word(c, open + 1, "where") && is_ment(c, open - 1))
        return open; /* "invest in the X Basin in Algeria, where they operate, and help Y" */
    if ((lex(c, open + 1) & W_PREP) &&
        (is_word(c, open + 2, "which") || is_word(c, open + 2, "whom")))
        return open; /* "signed a deal with X, under which ..., and talked to Y" */
    return -1;
}

/* An adverbial insertion closed by the comma at k inside a first clause:
 * examples (", such as school fees,", ", including two banks,"), a
 * prepositional phrase (", with forged invoices,") or a time clause (",
 * shortly after officers searched his home,"), holding no name but places
 * and no other clause. Returns its opening comma or -1. */
static long adverbial_open(const ctx *c, long k) {
    if (!(punct(c, k) & P_COMMA))
        return -1;
    long q = k - 1;
    int verbs = 0;
    for (; q > 0 && q > k - 14 && !(punct(c, q) & P_COMMA); q--) {
        if ((punct(c, q) & (P_SENT | P_SEMI | P_QUOTE | P_DASH | P_OPEN | P_CLOSE)) ||
            (lex(c, q) & (W_BOUNDW | W_REL | W_SPEECH)) ||
            (is_ment(c, q) && !is_place(c, q) && !has_type(c, q, "country")))
            return -1;
        verbs |= occ_at(c, q) != NULL;
    }
    if (!(punct(c, q) & P_COMMA) || q >= k - 1 || q < 1)
        return -1;
    long w = q + 1;
    if ((is_word(c, w, "such") && is_word(c, w + 1, "as")) || is_word(c, w, "including"))
        return verbs ? -1 : q;
    while (w < k && w < q + 4 &&
           (is_word(c, w, "shortly") || is_word(c, w, "just") || is_num(c, w) ||
            (lex(c, w) & (W_TIME | W_NUMW))))
        w++; /* "shortly after", "two days before" */
    if (is_word(c, w, "after") || is_word(c, w, "before"))
        return q; /* a time clause may hold its own verb */
    if (w > q + 1 || verbs || !(lex(c, w) & W_PREP) || (lex(c, w) & (W_OF | W_BY | W_TO)))
        return -1;
    return q;
}

/* A describing apposition with a relative clause on an object, closed by
 * the comma k before "and" or "but": "fired X, the engineer who approved
 * the dam, and sued Y"; also a relative clause after an age ("arrested X,
 * 58, whom prosecutors describe as ..., and raided Y"). Returns the comma
 * after the name, or -1. */
static long object_relative_open(const ctx *c, long k) {
    long open = appos_open(c, k);
    if (open < 2)
        return -1;
    long r = open + 1;
    if (lex(c, r) & W_DET) {
        for (r++; r < k && r < open + 10 && !(lex(c, r) & W_REL) && !is_word(c, r, "whose"); r++)
            if (!nounish(c, r, r == open + 2) && !np_glue(c, r) && !capword(c, r) &&
                !(is_ment(c, r) && (is_place(c, r) || has_type(c, r, "country"))) &&
                !(np_prep(c, r) && r > open + 2))
                return -1; /* "the training academy in San Pedro that" */
        if (!((lex(c, r) & W_REL) || is_word(c, r, "whose")) || r >= k - 1 ||
            !(nounish(c, r - 1, 0) || (r > open + 3 && is_ment(c, r - 1) && is_place(c, r - 1))))
            return -1; /* also "the engineer whose report Y criticised", "the academy in
                        * San Pedro that Y ran" */
    } else if (!is_word(c, r, "who") && !is_word(c, r, "whom") && !is_word(c, r, "which") &&
               !is_word(c, r, "whose")) {
        return -1;
    }
    if (is_ment(c, open - 1))
        return open;
    if (is_num(c, open - 1) && (punct(c, open - 2) & P_COMMA) && is_ment(c, open - 3))
        return open - 2; /* the age: "X, 58, whom" */
    return -1;
}

/* "has recovered a sketch that was stolen in 2019, and arrested Y", "seized
 * cocaine from a plane which landed at night, but did not detain Y": the
 * relative pronoun at k opens a clause on an unnamed noun of the first
 * clause, and the comma before the "and" or "but" at j closes it, so the
 * verb after j goes on with the first clause's subject. */
static int closed_relative(const ctx *c, long k, long j) {
    if (!(lex(c, k) & W_REL) || is_word(c, k, "whose") || k < 2 || k > j - 4 ||
        !(punct(c, j - 1) & P_COMMA) || !((lex(c, j) & W_AND) || is_word(c, j, "but")))
        return 0;
    return nounish(c, k - 1, 0) && !(lex(c, k - 1) & (W_SPEECH | W_GOV | W_STATE | W_ROLE));
}

static const occurrence *inherit_subject(const ctx *c, long j) {
    long k = j - 1, adv = -1;
    int rel = 1; /* one closed relative clause may be skipped */
    if (punct(c, k) & P_COMMA) {
        /* "expelled X, a Russian diplomat, and banned Y", "fired X, who had
         * led the unit, and hired Y": over the insertion */
        long open = insertion_open(c, k);
        if (open < 0 && ((lex(c, j) & W_AND) || is_word(c, j, "but")))
            open = object_relative_open(c, k);
        adv = open < 0 ? adverbial_open(c, k) : -1;
        if (open >= 0)
            k = open;
        else if (adv >= 0)
            k = adv + 1; /* "fined X for ..., such as school fees, and fined Y": on
                          * from its opening comma, which may close an apposition */
        else if ((punct(c, k - 2) & P_COMMA) && is_ment(c, k - 1) && !is_ment(c, k - 3) &&
                 nounish(c, k - 3, 0))
            k -= 2; /* "fired its finance chief, Karl Baumann, and hired Y": a
                     * name naming the title before it */
        k--;
    }
    for (; k >= 0; k--) {
        const occurrence *p = occ_at(c, k);
        if (p && (long)p->begin >= 2 && is_word(c, (long)p->begin - 2, "what") &&
            (lex(c, (long)p->begin - 3) & W_PREP) && k < j - 2) {
            k = (long)p->begin - 2; /* "criticised X for what he called a punishment and met Y" */
            continue;
        }
        if (p) /* also a passive's subject: "X was fined by Y and sued Z" */
            return p->has_subj ? p : NULL;
        if (unknown_past(c, k) && is_ment(c, k - 1))
            return NULL; /* "... and Russia responded by expelling": its own subject */
        if (punct(c, k) & P_COMMA) {
            /* "threatened X, the ship's manager, since May and accused Y" */
            long open = appos_open(c, k);
            if (open >= 0 && descriptive_appos(c, open + 1) == k &&
                (is_ment(c, open - 1) || (is_word(c, j, "but") && nounish(c, open - 1, 0)))) {
                k = open; /* also "arrested the fan, a 27-year-old man, at the stadium
                           * but did not detain Y" */
                continue;
            }
            /* "met the association's chairman, Søren Bak, but refused to
             * meet Y": a name naming the title before it */
            if (open >= 0 && k == open + 2 && is_ment(c, open + 1) && nounish(c, open - 1, 0)) {
                k = open;
                continue;
            }
            if (k == adv) {
                /* the opening comma of the insertion skipped above, maybe
                 * closing another ("fined X for ..., such as A and B, with
                 * forged invoices, and") */
                adv = adverbial_open(c, k);
                if (adv >= 0)
                    k = adv + 1;
                continue;
            }
            adv = adverbial_open(c, k);
            if (adv >= 0) {
                k = adv + 1; /* "fined X, with Y, in May, and": one before the last comma */
                continue;
            }
        }
        if ((punct(c, k) & P_CLOSE) && skip_paren(c, k - 2) == k + 1) {
            k -= 2; /* "praised the Ethiopian Athletics Federation (EAF) ... but warned" */
            continue;
        }
        if ((punct(c, k) & P_QUOTE) && k == j - 1) {
            /* "called the accusations “the complaints of a bad loser” and
             * said": a short quotation inside the first clause (not a quoted
             * clause after a verb of speech or a comma) */
            long q = k - 1;
            while (q > 0 && k - q < 16 && !(punct(c, q) & (P_QUOTE | P_SENT | P_SEMI)))
                q--;
            if ((punct(c, q) & P_QUOTE) && k - q > 1 && q > 0 &&
                !(punct(c, q - 1) & (P_COMMA | P_SEMI | P_QUOTE | P_DASH)) &&
                !(lex(c, q - 1) & (W_SPEECH | W_REL)) && !is_ment(c, q - 1)) {
                k = q;
                continue;
            }
        }
        if (is_word(c, j, "but") && k < j - 2 &&
            (is_word(c, k, "while") || is_word(c, k, "although") || is_word(c, k, "because")))
            continue; /* "refused to meet A while the strike continued but met B" */
        if (is_word(c, k, "what") && (lex(c, k - 1) & W_PREP) && k < j - 2)
            continue; /* "criticised X for what he called a punishment and met Y" */
        if (rel && closed_relative(c, k, j)) {
            rel = 0;
            continue;
        }
        if ((punct(c, k) & (P_BOUNDARY | P_COMMA | P_DASH)) || (lex(c, k) & (W_BOUNDW | W_REL)))
            return NULL;
    }
    return NULL;
}

/* Nothing that could be an object follows at k: the clause ends or a
 * prepositional phrase starts ("which Y acquired in 2020"). */
static int object_absent(const ctx *c, long k) {
    if (k >= c->n)
        return 1;
    if (punct(c, k) & (P_BOUNDARY | P_COMMA | P_DASH))
        return 1;
    if ((lex(c, k) & (W_TIME | W_ADV)) || (c->it[k].ment < 0 && c->it[k].ly))
        return 1; /* "which Y bought last year" */
    return (lex(c, k) & (W_PREP | W_TPREP)) && !(lex(c, k) & W_BY);
}

/* When the verb before the joining word is not in the table ("X summoned
 * the envoy and accused Y", "X responded by expelling Y"): the clause must
 * start with a mention, its head words and auxiliaries, then a lower-case
 * word that is no known word: that word is taken as the first verb, the
 * mention as the shared subject. Returns the mention item or -1. */
/* The dash after a dateline ("KINSHASA, Feb 9 (Reuters) -", "GOMA —"):
 * only capitalised words, numbers and punctuation before it. */
static int dateline_dash(const ctx *c, long k) {
    if (!(punct(c, k) & P_DASH) || k > 16)
        return 0;
    for (long q = 0; q < k; q++) {
        const item *x = &c->it[q];
        if (x->ment < 0 && (x->tflags & EG_TOK_WORD) && !(x->tflags & EG_TOK_CAP))
            return 0;
        if (x->ment < 0 && (x->punct & (P_DASH | P_SEMI | P_QUOTE | P_SENT)))
            return 0;
    }
    return 1;
}

/* Whether the words from k up to j may be a clause reported by a verb of
 * speech before k ("said the company accepted the findings and"): a verb
 * form, a past form the table does not know, or "that". */
static int speech_clause(const ctx *c, long k, long j) {
    for (; k < j; k++)
        if (occ_at(c, k) || unknown_past(c, k) || (lex(c, k) & (W_REL | W_BE | W_AUX | W_MODAL)) ||
            c->it[k].ment >= 0)
            return 1;
    return 0;
}

static long unknown_verb_subject(const ctx *c, long j) {
    long k = j - 1;
    int n = 0;
    /* a participle clause after the clause: "X has revoked the licence
     * held by Y at the Z deposit in W province, accusing Y of" */
    int limit = (punct(c, j) & P_COMMA) ? 32 : 20;
    if (punct(c, k) & P_COMMA) {
        /* "suspended deliveries in A and B, two towns near the border, and
         * accused Y": over an apposition on the clause's last name */
        long open = appos_open(c, k);
        long adv = -1;
        if (open > 0 && is_ment(c, open - 1) &&
            (descriptive_appos(c, open + 1) == k || bare_appos(c, open + 1) == k)) {
            n = (int)(k - open);
            k = open;
        } else if (open > 0 && k == j - 1 && nounish(c, open - 1, 0) &&
                   descriptive_appos(c, open + 1) == k) {
            /* "offered one share for each Solar share, a premium of 18%, and
             * has hired Y": a describing apposition on an unnamed noun */
            n = (int)(k - open);
            k = open;
        } else if ((adv = adverbial_open(c, k)) > 0 &&
                   ((is_ment(c, adv - 1) && is_place(c, adv - 1)) || capword(c, adv - 1))) {
            /* "from a plane that landed on Bubaque, in the Bijagós Islands,
             * and detained Y": a place phrase on the clause's last place (or
             * untagged name) */
            n = (int)(k - adv);
            k = adv;
        }
        k--;
    }
    long ins_open = -1, ins_close = -1;
    int rel = 1; /* one closed relative clause may be skipped */
    for (; k >= 0 && n < limit; k--, n++) {
        if (ins_open < 0 && (punct(c, k) & P_COMMA)) {
            /* "Anchor, based in Haugesund, operates ships and supplies Y":
             * an insertion after the clause's subject */
            long open = appos_open(c, k);
            if (open > 0 && is_ment(c, open - 1) &&
                (descriptive_appos(c, open + 1) == k || as_known(c, open, k) >= 0 ||
                 (c->it[open + 1].ed && !c->it[open + 1].lex && (lex(c, open + 2) & W_PREP)))) {
                ins_open = open;
                ins_close = k;
                n += (int)(k - open);
                k = open;
                continue;
            }
        }
        if (rel && closed_relative(c, k, j)) {
            rel = 0;
            limit += 12; /* the relative clause counts for less */
            continue;
        }
        if ((punct(c, k) & P_CLOSE) && is_ment(c, skip_paren_left(c, k))) {
            k = skip_paren_left(c, k) + 1; /* "X (ABC) seized ..., and": a short form */
            continue;
        }
        if ((punct(c, k) & (P_BOUNDARY | P_COMMA | P_DASH)) || (lex(c, k) & (W_BOUNDW | W_REL)) ||
            occ_at(c, k))
            break;
        if (unknown_past(c, k) && is_ment(c, k - 1) && (lex(c, k - 2) & W_AND))
            return -1; /* "... and Russia responded by expelling Y": a clause of its own */
    }
    if (n < limit && k > 0 && (punct(c, k) & P_COMMA) && unknown_past(c, k + 1)) {
        /* "X boarded the ship, the Maria, on May 3, towed it to Y and
         * detained Z": a series of past-tense verbs from the sentence's start */
        long q = k - 1;
        for (n = 0; q >= 0 && n < 40; q--, n++)
            if ((punct(c, q) & (P_BOUNDARY | P_DASH | P_QUOTE)) ||
                (lex(c, q) & (W_BOUNDW | W_REL | W_AND)) || occ_at(c, q))
                break;
        if (q < 0 && n < 40)
            k = q;
    }
    if (n >= limit || (k >= 0 && !(punct(c, k) & P_COMMA) && !dateline_dash(c, k)))
        return -1;
    long m0 = np_prefix(c, k + 1);
    if (m0 < 0 || m0 >= j)
        return -1;
    long e;
    long m = np_head(c, m0, &e, NULL);
    if (m < 0)
        return -1;
    if (ins_open >= 0 && e != ins_open)
        return -1;
    /* np_head takes an unknown verb for a head word ("Acme laid off"): try
     * the word right after the name too. */
    for (int round = 0; round < 2; round++, e = m0 + 1) {
        if (round && (m != m0 || ins_open >= 0))
            break;
        if (ins_open >= 0)
            e = ins_close + 1;
        else
            e = skip_paren(c, e);
        for (int a = 0; a < 6 && e < j; a++, e++) {
            uint32_t w = lex(c, e);
            if (!(w & (W_AUX | W_BE | W_ADV | W_NEG | W_MODAL | W_HADV)) && !c->it[e].ly &&
                !(is_word(c, e, "since") && (lex(c, e - 1) & W_AUX)))
                break;
        }
        if (e < j && c->it[e].ment < 0 && !c->it[e].lex && (c->it[e].tflags & EG_TOK_WORD) &&
            !(c->it[e].tflags & EG_TOK_CAP))
            return m;
        if (e < j && (lex(c, e) & W_SPEECH) && (lex(c, e + 1) & W_DET) &&
            !speech_clause(c, e + 1, j))
            return m; /* "Kholod claimed the attack but denied targeting Y" */
    }
    return -1;
}

/* The subject of a clause that has no verb from the table, before the "and"
 * or "but" at j: "X is registered in Cyprus and is believed to have sold",
 * "X, director of Y, welcomed the raid but criticised Z". The clause's
 * first verb group (an auxiliary, or an unknown lower-case word right after
 * a name or an apposition) must follow a subject that opens the clause.
 * Returns 1 and fills *sub. */
static int clause_subject(const ctx *c, long j, subject *sub) {
    long start = -1, k = j - 1;
    for (int n = 0; k >= 0 && n < 24; k--, n++) {
        if ((punct(c, k) & (P_BOUNDARY | P_COMMA | P_DASH)) ||
            (lex(c, k) & (W_BOUNDW | W_REL | W_SPEECH | W_AND)) || occ_at(c, k))
            break;
        uint32_t w = lex(c, k);
        const item *x = &c->it[k];
        if ((w & (W_BE | W_AUX | W_MODAL)) ||
            (x->ment < 0 && !w && !x->ly && (x->tflags & EG_TOK_WORD) &&
             !(x->tflags & EG_TOK_CAP) &&
             (is_ment(c, k - 1) || (punct(c, k - 1) & (P_COMMA | P_CLOSE)))))
            start = k;
    }
    if (start < 0)
        return 0;
    long q = start - 1;
    while (q >= 0 && ((lex(c, q) & (W_ADV | W_HADV | W_NEG)) || c->it[q].ly))
        q--;
    if (q < 0 || (!is_ment(c, q) && !(punct(c, q) & (P_COMMA | P_CLOSE))))
        return 0;
    if (!find_subject(c, q, 0, 0, sub) || sub->rel || sub->g.n == 0)
        return 0;
    long b = sub->first - 1;
    if ((lex(c, b) & W_AND) && q == start - 1 && is_ment(c, q) && sub->g.n == 1 &&
        (unknown_past(c, start) || (lex(c, start) & W_AUX)))
        return 1; /* "expelled A and Russia responded by expelling B" */
    while (b >= 0 && (lex(c, b) & (W_TIME | W_TPREP)))
        b--; /* "On Monday X ..." */
    return b < 0 || (punct(c, b) & (P_COMMA | P_BOUNDARY | P_DASH)) ||
           (lex(c, b) & (W_SPEECH | W_TELL)) || is_word(c, b, "that");
}

static int objects_of(const ctx *c, const occurrence *o, group *g, long *end, int depth) {
    long k = o->end;
    if (is_word(c, k, "in") && is_word(c, k + 1, "absentia"))
        k += 2; /* "charged in absentia X" */
    if (parse_objects(c, k, g, end, 0))
        return 1;
    /* "X accused and sanctioned Y", "never hired or funded Y": share the
     * next verb's object. */
    long p = o->end;
    if (depth < 2 && ((lex(c, p) & W_AND) || is_word(c, p, "or"))) {
        p++;
        while (p < c->n && !occ_at(c, p) && ((lex(c, p) & (W_ADV | W_AUX)) || c->it[p].ly))
            p++;
        const occurrence *q = occ_at(c, p);
        if (q && q->begin == (uint32_t)p && q->voice == EG_VOICE_ACTIVE)
            return objects_of(c, q, g, end, depth + 1);
        /* "bought and later sold Y": a listed verb that makes no relation
         * here (its particle is missing) still passes on its object */
        size_t n = 0;
        const char *w = p < c->n ? item_text(c, p, &n) : NULL;
        if (!q && w && c->it[p].ment < 0 && (c->it[p].ed || is_irregular_past(c->s, w, n)) &&
            !(c->it[p].tflags & EG_TOK_CAP) && is_ment(c, p + 1) &&
            eg_verbs_may_start(c->v, c->s->vs, EG_VOICE_ACTIVE, w, n) == 1)
            return parse_objects(c, p + 1, g, end, 0);
    }
    return 0;
}

/* "call" used for naming: "X calls Y Z" or "calls Y a traitor" (a second
 * noun phrase follows the object), "which/what X calls Y" (the relative
 * pronoun is the object), or a clause joined by "and" to such a call
 * ("which Manila calls A and Beijing calls B"). */
static int calls_by_name(const ctx *c, const occurrence *o, const subject *sub, long end) {
    if (is_ment(c, end) || capword(c, end) || (punct(c, end) & P_QUOTE) || is_word(c, end, "a") ||
        is_word(c, end, "an"))
        return 1;
    long p = sub->first - 1;
    uint32_t ignored = 0;
    if (!sub->rel && ((lex(c, p) & W_REL) || is_word(c, p, "what")) &&
        !((lex(c, p) & W_REL) && reporter_left(c, sub->first, &ignored) >= 0))
        return 1; /* "the deal that Acme called", not "X said that he had called Y" */
    if (lex(c, p) & W_AND) {
        for (long k = p - 1; k >= 0; k--) {
            const occurrence *q = occ_at(c, k);
            if (q)
                return q->naming && q->verb == o->verb;
            if (punct(c, k) & (P_BOUNDARY | P_DASH))
                break;
        }
    }
    return 0;
}

/* "X said (that) it/he/she ...": the pronoun at p is the speaker, whose
 * mention is returned (or -1). With known types, "it" and "they" are no
 * person and "he"/"she" is one. */
static long pronoun_speaker(const ctx *c, long p) {
    /* "they" for a body: "the FARP said they had arrested X" */
    int it = is_word(c, p, "it") || is_word(c, p, "they");
    if (!it && !is_word(c, p, "he") && !is_word(c, p, "she"))
        return -1;
    uint32_t ignored = 0;
    long m = reporter_left(c, p, &ignored);
    if (m < 0 || !is_ment(c, m) || (punct(c, p - 1) & P_COMMA))
        return -1;
    const char *type = ment_type(c, m);
    if (type && (strcmp(type, "person") == 0) == it)
        return -1;
    return m;
}

/* The pronoun that starts the clause ending before item j ("it had received
 * no support and had hired ..."), or -1. */
static long clause_pronoun(const ctx *c, long j) {
    long k = j - 1;
    if (punct(c, k) & P_COMMA)
        k--;
    for (int n = 0; k >= 0 && n < 20; k--, n++) {
        if (punct(c, k) & P_QUOTE) {
            /* "said it had “not engaged with criminals” and had hired Y": a
             * short quotation inside the reported clause */
            long q = k - 1;
            while (q > 0 && k - q < 12 && !(punct(c, q) & (P_QUOTE | P_SENT | P_SEMI)))
                q--;
            if ((punct(c, q) & P_QUOTE) && k - q > 1 && q > 0 &&
                !(punct(c, q - 1) & (P_COMMA | P_SEMI | P_QUOTE | P_DASH)) &&
                !(lex(c, q - 1) & (W_SPEECH | W_REL)) && !is_ment(c, q - 1) && !is_ment(c, q + 1)) {
                n += (int)(k - q);
                k = q;
                continue;
            }
        }
        if ((lex(c, k - 1) & W_TIME) && pronoun_speaker(c, k) >= 0)
            return k; /* "said on Wednesday it had recaptured the town, ..." */
        const occurrence *q = occ_at(c, k);
        if (is_ment(c, k) && (lex(c, skip_dets_left(c, k - 1)) & W_PREP) &&
            !(lex(c, skip_dets_left(c, k - 1)) & W_BY))
            continue; /* "it would appeal to the Court of Milan and had hired" */
        if (is_ment(c, k) && !is_place(c, k) && unknown_past(c, skip_dets_left(c, k - 1)))
            continue; /* "it had suspended Leung and would cooperate with Y": the
                       * object of an unlisted verb */
        if ((punct(c, k) & (P_BOUNDARY | P_COMMA | P_DASH)) || (lex(c, k) & (W_BOUNDW | W_REL)) ||
            (q && q->has_subj) || is_ment(c, k) || (lex(c, k) & W_SPEECH))
            break; /* a verb form without a subject is a noun: "no improper support" */
    }
    return pronoun_speaker(c, k + 1) >= 0 ? k + 1 : -1;
}

/* Uses the speaker as the subject of a clause whose subject is the pronoun
 * at p: sub->first stays on the pronoun, so the speaker is not recorded as
 * reporting his own act. */
/* Whether mention item m has entity type `type` (known types only). */
static int has_type(const ctx *c, long m, const char *type) {
    const char *t = is_ment(c, m) ? ment_type(c, m) : NULL;
    return t && strcmp(t, type) == 0;
}

/* The one mention of `type` that the person speaking at m speaks for: the
 * one named in the speaker's apposition ("Ruiz, a director of Orinoco
 * Star,") or title ("Orinoco spokesman Ruiz"). -1 when none or several, and
 * for a speaker that is no person ("the union said the company had fired"
 * speaks of another body). */
static long speaks_for(const ctx *c, long m, const char *type) {
    if (!has_type(c, m, "person"))
        return -1;
    long found = -1;
    if (punct(c, m + 1) & P_COMMA) {
        for (long k = m + 2; k < c->n && k < m + 14 && !(punct(c, k) & P_COMMA); k++) {
            if ((punct(c, k) & P_SENT) && k == c->n - 1)
                break; /* "..., said Ruiz, a director of Acme." */
            if (punct(c, k) & (P_BOUNDARY | P_DASH) || occ_at(c, k))
                return -1;
            if (has_type(c, k, type)) {
                if (found >= 0)
                    return -1;
                found = k;
            } else if (is_ment(c, k) && !is_place(c, k)) {
                return -1;
            }
        }
    }
    long h = skip_heads_left(c, m - 1, NULL);
    if (h < m - 1 && has_type(c, h, type) && (lex(c, m - 1) & W_ROLE))
        found = found >= 0 ? -1 : h;
    return found;
}

/* Uses the speaker as the subject of a clause whose subject is the pronoun
 * at p: sub->first stays on the pronoun, so the speaker is not recorded as
 * reporting his own act. Also "the company" (firm, bank, ministry, ...)
 * right after a verb of speech, for the organisation a person speaks for:
 * "Ruiz, a director of Orinoco Star, said the company had never sold ships
 * to Halcyon" (Ruiz is recorded as the speaker). */
/* "X's lawyer, Y, said his client had never met Z", "a lawyer for X said
 * her client": the client at p (after "his", "her" or "their") is the one
 * the speaking lawyer acts for. Returns that mention or -1. */
static long client_of(const ctx *c, long p) {
    if (p < 2 || !(is_word(c, p, "client") || is_word(c, p, "clients")) ||
        !(is_word(c, p - 1, "his") || is_word(c, p - 1, "her") || is_word(c, p - 1, "their")))
        return -1;
    int said = 0;
    for (long k = p - 2; k >= 0 && k > p - 24; k--) {
        if (punct(c, k) & (P_SENT | P_SEMI | P_QUOTE))
            return -1;
        if (lex(c, k) & W_SPEECH) {
            said = 1;
            continue;
        }
        if (!said || !(is_word(c, k, "lawyer") || is_word(c, k, "lawyers") ||
                       is_word(c, k, "attorney") || is_word(c, k, "attorneys")))
            continue;
        long m = -1;
        if (is_word(c, k + 1, "for"))
            m = skip_dets_left(c, k + 1) == k + 1 && is_ment(c, k + 2) ? k + 2 : -1;
        else if ((punct(c, k - 1) & P_POSS) && is_ment(c, k - 2))
            m = k - 2;
        return m >= 0 && has_type(c, m, "person") ? m : -1;
    }
    return -1;
}

static int speaker_subject(const ctx *c, long p, subject *sub) {
    long m = p >= 0 ? pronoun_speaker(c, p) : -1;
    if (m < 0 && p >= 0) {
        m = client_of(c, p);
        if (m >= 0)
            return subject_one(sub, m, p);
    }
    if (m < 0 && p >= 1 && is_word(c, p - 1, "the")) {
        static const char *const orgs[] = {
            "company", "firm",    "group",    "bank",     "lender",       "club",
            "airline", "carrier", "insurer",  "operator", "utility",      "miner",
            "maker",   "refiner", "retailer", "producer", "manufacturer", "broadcaster"};
        static const char *const agencies[] = {"agency",    "ministry",   "regulator", "commission",
                                               "authority", "department", "watchdog"};
        const char *type = NULL;
        for (size_t i = 0; !type && i < sizeof orgs / sizeof orgs[0]; i++)
            if (is_word(c, p, orgs[i]))
                type = "organisation";
        for (size_t i = 0; !type && i < sizeof agencies / sizeof agencies[0]; i++)
            if (is_word(c, p, agencies[i]))
                type = "agency";
        uint32_t ignored = 0;
        long sp = type ? reporter_left(c, p - 1, &ignored) : -1;
        if (sp >= 0)
            m = speaks_for(c, sp, type);
        if (m >= 0)
            p--;
    }
    if (m < 0 && p >= 1 && (is_word(c, p - 1, "its") || is_word(c, p - 1, "their"))) {
        /* "the RCMP said its investigators were cooperating with Y": a body's
         * staff act for the body that speaks */
        static const char *const staff[] = {"investigators", "officers",   "agents",
                                            "officials",     "inspectors", "detectives",
                                            "prosecutors",   "staff",      "auditors"};
        int is_staff = 0;
        for (size_t i = 0; !is_staff && i < sizeof staff / sizeof staff[0]; i++)
            is_staff = is_word(c, p, staff[i]);
        uint32_t ignored = 0;
        long sp = is_staff ? reporter_left(c, p - 1, &ignored) : -1;
        if (sp >= 0 && is_ment(c, sp) && !has_type(c, sp, "person") && !is_place(c, sp)) {
            m = sp;
            p--;
        }
    }
    if (m < 0)
        return 0;
    if (is_word(c, p, "they")) {
        /* "A (AA) and the B said on Thursday they were investigating Y":
         * every speaker */
        long v = is_word(c, p - 1, "that") ? p - 2 : p - 1;
        long q = speech_adjunct(c, v);
        if (q >= 0)
            v = q;
        long a = v - 1;
        while (a >= 0 && (lex(c, a) & (W_AUX | W_ADV)))
            a--;
        subject all;
        memset(&all, 0, sizeof all);
        if ((lex(c, v) & W_SPEECH) && find_subject(c, a, 0, 0, &all) && !all.rel && all.g.n > 1) {
            int has = 0;
            for (uint32_t i = 0; i < all.g.n; i++)
                has |= all.g.it[i] == (uint32_t)m;
            if (has) {
                sub->g = all.g;
                sub->first = p;
                sub->rel = 0;
                return 1;
            }
        }
    }
    return subject_one(sub, m, p);
}

/* "X, which prosecutors say funded Y", "Z, who the FBI says was hired by
 * Y": a verb of saying and its speaker between a relative pronoun and the
 * verb group ending before j+1. Returns the relative pronoun's index (the
 * subject is found from it) and sets *speaker to the speaker's mention or
 * -1; -1 when there is no such insertion. */
static long relative_say(const ctx *c, long j, long *speaker) {
    static const char *const says[] = {"say",     "says",    "said",     "allege",   "alleges",
                                       "alleged", "believe", "believes", "claim",    "claims",
                                       "claimed", "suspect", "suspects", "suspected"};
    int say = 0;
    for (size_t k = 0; !say && k < sizeof says / sizeof says[0]; k++)
        say = is_word(c, j, says[k]);
    if (!say)
        return -1;
    long k = j - 1;
    *speaker = -1;
    if (is_ment(c, k)) {
        *speaker = k;
        k = skip_dets_left(c, k - 1);
    } else {
        long h = skip_heads_left(c, k, NULL);
        if (h == k)
            return -1;
        k = skip_dets_left(c, h);
    }
    if (!is_word(c, k, "which") && !is_word(c, k, "who") && !is_word(c, k, "that"))
        return -1;
    return (punct(c, k - 1) & P_COMMA) || is_ment(c, k - 1) ? k : -1;
}

/* "“We have sued Globex,” Acme said", "“I never met Lau,” said Ruiz": a
 * quotation that opens the sentence with "we" or "I" as the subject of the
 * verb at o, and the speaker after it. "I" is a person speaking; "we" a body
 * speaking, or the one organisation a person speaks for ("said Ruiz, a
 * director of Acme"). Fills *sub with the pronoun as sub->first. */
static int quoted_subject(const ctx *c, long j, const occurrence *o, subject *sub) {
    int we = is_word(c, j, "we");
    if ((!we && !is_word(c, j, "i")) || j != 1 || !(punct(c, 0) & P_QUOTE))
        return 0;
    long q = (long)o->end;
    while (q < c->n && q < (long)o->end + 40 && !(punct(c, q) & P_QUOTE))
        q++;
    if (q >= c->n || !(punct(c, q) & P_QUOTE))
        return 0;
    long m = reporter_right(c, (punct(c, q - 1) & P_COMMA) ? q - 1 : q);
    if (m < 0 || !is_ment(c, m))
        return 0;
    if (has_type(c, m, "person") != !we || (!we && !ment_type(c, m)))
        m = we && has_type(c, m, "person")
                ? (speaks_for(c, m, "organisation") >= 0 ? speaks_for(c, m, "organisation")
                                                         : speaks_for(c, m, "agency"))
                : -1;
    if (m < 0)
        return 0;
    return subject_one(sub, m, j);
}

/* The passive verb before "and" at j in the same clause, when it has a
 * subject: "X was arrested by A and charged by B". */
static const occurrence *previous_passive(const ctx *c, long j) {
    for (long k = j - 1; k >= 0 && j - k < 16; k--) {
        const occurrence *p = occ_at(c, k);
        if (p)
            return p->voice == EG_VOICE_PASSIVE && p->has_subj ? p : NULL;
        if ((punct(c, k) & (P_BOUNDARY | P_COMMA | P_DASH)) || (lex(c, k) & (W_BOUNDW | W_REL)))
            return NULL;
    }
    return NULL;
}

/* A compass word before a place: "in north County Dublin". */
static int direction_word(const ctx *c, long i) {
    static const char *const dirs[] = {"north",    "south",    "east",    "west",
                                       "northern", "southern", "eastern", "western"};
    return i >= 0 && i < c->n && c->it[i].ment < 0 && IS_WORD_OF(c, i, dirs);
}

/* A short time clause inside a passive verb group, before its agent: "has
 * been helped since it opened in 2018 by", "was funded, after it went off air
 * in 2020, by". k is the conjunction (or the comma before it). Returns the
 * item of "by", or -1. The clause has a pronoun subject and no form of be (in
 * "since it was attacked by X" the agent is the clause's). */
static long time_clause_by(const ctx *c, long k) {
    static const char *const conj[] = {"since", "after", "before", "when", "until", "while"};
    int comma = (punct(c, k) & P_COMMA) != 0;
    long q = k + comma;
    int ok = 0;
    for (size_t i = 0; !ok && i < sizeof conj / sizeof conj[0]; i++)
        ok = is_word(c, q, conj[i]);
    if (!ok || !(is_word(c, q + 1, "it") || is_word(c, q + 1, "he") || is_word(c, q + 1, "she") ||
                 is_word(c, q + 1, "they")))
        return -1;
    for (long r = q + 2; r < c->n && r < q + 12; r++) {
        if (lex(c, r) & W_BY)
            return comma ? -1 : r;
        if (comma && (punct(c, r) & P_COMMA))
            return (lex(c, r + 1) & W_BY) ? r + 1 : -1;
        if (is_ment(c, r) && !is_place(c, r))
            return -1;
        if ((lex(c, r) & (W_BE | W_REL | W_BOUNDW | W_SPEECH)) || occ_at(c, r) ||
            (punct(c, r) & (P_BOUNDARY | P_COMMA | P_DASH)))
            return -1;
    }
    return -1;
}

/* An agent phrase from p without a name that the name after it names: a
 * determiner, one to four plain words or participles ("an armed group"),
 * then "known as", "calling itself", "called", "named" or "dubbed" ("was
 * hacked by a ransomware group known as X", "by a group calling itself X").
 * Returns the name's item or -1. */
static long named_agent(const ctx *c, long p) {
    if (!(lex(c, p) & W_DET))
        return -1;
    long q = p + 1;
    while (q < c->n && q < p + 5 && c->it[q].ment < 0 && !occ_at(c, q) &&
           (nounish(c, q, 0) || (c->it[q].ed && !c->it[q].lex)) && !is_word(c, q, "known") &&
           !is_word(c, q, "called") && !is_word(c, q, "named") && !is_word(c, q, "dubbed"))
        q++;
    if (q == p + 1)
        return -1;
    if (is_word(c, q, "known") && is_word(c, q + 1, "as"))
        q += 2;
    else if (is_word(c, q, "calling") &&
             (is_word(c, q + 1, "itself") || is_word(c, q + 1, "themselves")))
        q += 2;
    else if (is_word(c, q, "called") || is_word(c, q, "named") || is_word(c, q, "dubbed"))
        q++;
    else
        return -1;
    if ((punct(c, q) & P_QUOTE) || ((lex(c, q) & W_DET) && is_ment(c, q + 1)))
        q++; /* also "known as the Wagner Group" */
    return is_ment(c, q) && !is_place(c, q) ? q : -1;
}

/* After a passive verb at o: "and" and another passive verb share its agent
 * ("was arrested and charged by the FBI"); returns where to look for "by". */
static long shared_agent_from(const ctx *c, const occurrence *o) {
    long k = o->end;
    for (int n = 0; n < 3 && (lex(c, k) & W_AND); n++) {
        long q = k + 1;
        while (q < c->n && !occ_at(c, q) && ((lex(c, q) & W_ADV) || c->it[q].ly))
            q++;
        const occurrence *p = occ_at(c, q);
        if (!p || p->begin != (uint32_t)q || p->voice != EG_VOICE_PASSIVE)
            break;
        k = p->end;
    }
    return k;
}

static int objects_of(const ctx *c, const occurrence *o, group *g, long *end, int depth);

/* "After meeting Y, X flew home", "Accusing Y of fraud, X expelled ...": an
 * -ing clause opening the sentence takes the main clause's subject, a name
 * right after its closing comma followed by a verb group. */
static int fronted_subject(const ctx *c, const occurrence *o, long j, subject *sub) {
    long open = is_word(c, j, "having") && is_word(c, j - 1, "after") ? j - 2 : j - 1;
    if ((punct(c, j) & P_COMMA) && is_word(c, j + 1, "having"))
        open = j; /* "having" read as an auxiliary: "X, having bought Y, sold Z" */
    else if (is_word(c, j, "after") && is_word(c, j + 1, "having"))
        open = j - 1;
    if (j > 0 && (punct(c, open) & P_COMMA) && participle_opener(c, open)) {
        /* "The FBI, after arresting X, charged Y": the name before the
         * clause, when the clause closes before the name's own verb */
        long m = skip_paren_left(c, open - 1);
        group g;
        long end = 0;
        if (!is_ment(c, m) || is_place(c, m) || skip_dets_left(c, m - 1) >= 0 ||
            !objects_of(c, o, &g, &end, 0))
            return 0;
        long q = end;
        for (int n = 0; n < 8 && q < c->n && !(punct(c, q) & P_COMMA); n++, q++)
            if (is_ment(c, q) || occ_at(c, q) || (punct(c, q) & (P_BOUNDARY | P_DASH)) ||
                (lex(c, q) & (W_REL | W_BOUNDW | W_AND)))
                return 0;
        if (!(punct(c, q) & P_COMMA) || participle_insertion_open(c, q) != open)
            return 0;
        const item *v = &c->it[q + 1];
        if (!occ_at(c, q + 1) && !(v->lex & (W_AUX | W_MODAL | W_ADV | W_NEG | W_SPEECH)) && !v->ly)
            return 0;
        return subject_one(sub, m, m);
    }
    if (j == 0 && is_word(c, j, "having"))
        j = -1; /* "Having arrested X, the FBI charged Y" */
    if (j == 0 && is_word(c, j, "after") && is_word(c, j + 1, "having"))
        j = -1;
    if (j >= 0 &&
        !(j == 0 && (is_word(c, j, "after") || is_word(c, j, "before") || is_word(c, j, "while") ||
                     is_word(c, j, "since") || is_word(c, j, "upon") || is_word(c, j, "when"))))
        return 0;
    group g;
    long end = 0, e = 0;
    if (!objects_of(c, o, &g, &end, 0))
        return 0;
    long q = end;
    for (int n = 0; n < 8 && q < c->n && !(punct(c, q) & P_COMMA); n++, q++)
        if (is_ment(c, q) || occ_at(c, q) || (punct(c, q) & (P_BOUNDARY | P_DASH)) ||
            (lex(c, q) & (W_REL | W_BOUNDW | W_AND)))
            return 0; /* "After meeting Y in Rome on Monday, X ..." */
    long m = (punct(c, q) & P_COMMA) ? np_prefix(c, q + 1) : -1;
    int mod = 0;
    if (m < 0 || (m = np_head(c, m, &e, &mod)) < 0 || m + 1 >= c->n)
        return 0;
    e = m + 1; /* np_head takes an unknown verb for a head word: "X flew" */
    const item *v = &c->it[e];
    if (!occ_at(c, e) && !(v->lex & (W_AUX | W_BE | W_MODAL | W_SPEECH | W_ADV | W_NEG)) &&
        !(v->ment < 0 && !v->lex && (v->tflags & EG_TOK_WORD) && !(v->tflags & EG_TOK_CAP)))
        return 0;
    return subject_one(sub, m, j >= 0 ? j : 0);
}

/* "helped the FBI track Ruiz": the name before a bare verb is the one helped
 * (np_head would read "the FBI track Ruiz" like "the FBI agent Ruiz"). The
 * verb is a lower-case word the grammar does not know, followed by a name or
 * a title and a name. */
static void help_object(const ctx *c, const occurrence *o, group *g) {
    long k = o->end;
    long lim = (long)g->it[0];
    for (; k < lim && !is_ment(c, k); k++)
        if (!(lex(c, k) & W_DET))
            return;
    if (k >= lim || c->it[k + 1].ment >= 0 || c->it[k + 1].lex ||
        !(c->it[k + 1].tflags & EG_TOK_WORD) || (c->it[k + 1].tflags & EG_TOK_CAP))
        return;
    long q = k + 2;
    while (q < lim && (lex(c, q) & W_HEAD))
        q++; /* "track Mr Chen" */
    if (q != lim)
        return;
    g->it[0] = (uint32_t)k;
}

/* Verbs of authority whose ", along with B" adds a target, not a co-agent. */
static int along_verb(const eg_verbs *v, uint32_t verb) {
    static const char *const bases[] = {"sanction", "expel",       "ban",     "arrest", "detain",
                                        "charge",   "indict",      "convict", "fine",   "sue",
                                        "raid",     "investigate", "accuse"};
    const char *b = eg_verbs_base(v, verb);
    for (size_t i = 0; i < sizeof bases / sizeof bases[0]; i++)
        if (strcmp(b, bases[i]) == 0)
            return 1;
    return 0;
}

/* Copies the subject of occurrence p into *sub. */
static int copy_subject(const ctx *c, const occurrence *p, subject *sub) {
    sub->g.n = p->nsubj < MAX_GROUP ? p->nsubj : MAX_GROUP;
    memcpy(sub->g.it, c->s->pool.v + p->subj_off, sub->g.n * sizeof(uint32_t));
    sub->first = p->subj_first;
    sub->rel = 0;
    return sub->g.n > 0;
}

/* "X said (that) Y had done nothing wrong and accused Z", "X said it would
 * appeal and accused Z": a verb of saying (accuse, deny, criticise, ...) in
 * the past after "and", when the reported clause has an auxiliary and no
 * verb from the table, goes with the verb of speech, so X is its subject
 * (not for acts such as "had entered Spain and attacked Z"). Returns 1 when the
 * shape is there: *sub then holds the speaker, or nothing when none is
 * named (no edge rather than Y's). */
static int reported_then_past(const ctx *c, long j, const occurrence *o, subject *sub) {
    static const char *const says[] = {"accuse", "allege", "deny", "criticise", "condemn",
                                       "blast",  "praise", "warn", "threaten"};
    int but = is_word(c, j, "but");
    if ((!(lex(c, j) & W_AND) && !but) || o->voice != EG_VOICE_ACTIVE || o->ing ||
        o->begin != (uint32_t)(j + 1) || !c->it[o->verb_end - 1].ed)
        return 0;
    int saying = 0; /* acts done in words, as the speaker speaks */
    for (size_t i = 0; i < sizeof says / sizeof says[0]; i++)
        saying |= strcmp(eg_verbs_base(c->v, o->verb), says[i]) == 0;
    if (!saying)
        return 0;
    int aux = 0;
    for (long k = j - 1, n = 0; k > 0 && n < 30; k--, n++) {
        if ((punct(c, k) & (P_SEMI | P_OPEN | P_CLOSE | P_SENT | P_DASH)) || (lex(c, k) & W_BOUNDW))
            return 0;
        const occurrence *v = occ_at(c, k);
        if (v) {
            /* a verb of the reported clause behind its auxiliary: "said Y had
             * not attacked Z and accused W" */
            long a = (long)v->begin - 1;
            while (a > 0 && (lex(c, a) & (W_NEG | W_ADV)))
                a--;
            if (but || v->voice != EG_VOICE_ACTIVE || !(lex(c, a) & (W_AUX | W_MODAL)))
                return 0;
            k = a + 1;
            continue;
        }
        if (but ? ((lex(c, k) & W_MODAL) || is_word(c, k, "would") || is_word(c, k, "will") ||
                   is_word(c, k, "can") || is_word(c, k, "should") || is_word(c, k, "must"))
                : ((lex(c, k) & (W_AUX | W_MODAL)) || ((lex(c, k) & W_BE) && !is_word(c, k, "be"))))
            aux = 1; /* after "but" only a future or modal: "said Y would pay the fine but
                      * criticised Z" (not "said Y had paid it but criticised Z") */
        int that = is_word(c, k, "that");
        if (!that && !((lex(c, k) & W_SPEECH) && !c->it[k].ing))
            continue;
        if (!aux || k + 1 >= j)
            return 0;
        uint32_t ignored = 0;
        long m = reporter_left(c, k + 1, &ignored);
        if (that && m < 0)
            return 0; /* "the fact that", "the claim that" */
        sub->g.n = 0;
        if (m >= 0)
            group_add(&sub->g, m);
        sub->first = m >= 0 ? m : k;
        sub->rel = 0;
        return 1;
    }
    return 0;
}

/* "X hired Y to investigate Z and fired W", "X asked Y to arrest Z and
 * warned W": a past form right after "and" is no conjunct of the bare
 * infinitive before it (that would be "and fire"); it joins the clause that
 * governs the infinitive. Returns the item of that "to", else -1. */
static long infinitive_before(const ctx *c, long j, const occurrence *o) {
    if (!(lex(c, j) & W_AND) || o->ing || o->voice != EG_VOICE_ACTIVE || (long)o->begin != j + 1 ||
        !c->it[j + 1].ed)
        return -1;
    const occurrence *p = inherit_subject(c, j);
    if (!p || p->ing || p->voice != EG_VOICE_ACTIVE || p->begin < 2 ||
        !is_word(c, (long)p->begin - 1, "to") || c->it[p->begin].ed)
        return -1;
    return (long)p->begin - 1;
}

/* The subject a verb without one shares with the clause before the joining
 * word at j: the verb before it, a clause with an unknown first verb, or a
 * pronoun standing for the speaker. `speaker`: pronouns may count. */
static int shared_subject(const ctx *c, long j, const occurrence *o, int speaker, subject *sub) {
    long to = infinitive_before(c, j, o);
    if (to > 0)
        return shared_subject(c, to, o, speaker, sub);
    if (o->ing && (is_word(c, j, "after") || is_word(c, j, "before") || is_word(c, j, "upon"))) {
        /* "X said after meeting Y", "X told reporters on Monday after
         * meeting Y": the speaker did it */
        long v = j - 1;
        for (int n = 0; n < 4 && v > 0 &&
                        ((lex(c, v) & W_TIME) || is_num(c, v) ||
                         ((lex(c, v) & W_TPREP) && (lex(c, v + 1) & W_TIME)));
             n++)
            v--;
        if ((lex(c, v) & W_SPEECH) && !occ_at(c, v)) {
            long m = speaker_of(c, v, 0);
            if (m >= 0 && !is_place(c, m))
                return subject_one(sub, m, m);
        }
        /* "X said it had recaptured the town, three weeks after attacking
         * Y", "X took the town, a day after attacking Y": over the span of
         * time and the comma to the clause before */
        long t = j - 1;
        for (int n = 0; n < 4 && t > 0 &&
                        ((lex(c, t) & (W_TIME | W_NUMW | W_DET | W_ADV)) || is_num(c, t) ||
                         is_word(c, t, "shortly"));
             n++)
            t--;
        if (t < j - 1 && t > 0 && (punct(c, t) & P_COMMA) && (lex(c, j - 1) & W_TIME) &&
            !(punct(c, t - 1) & P_COMMA))
            return shared_subject(c, t, o, speaker, sub);
    }
    if (speaker && reported_then_past(c, j, o, sub))
        return sub->g.n > 0;
    const occurrence *p = inherit_subject(c, j);
    if (p)
        return copy_subject(c, p, sub);
    long m = unknown_verb_subject(c, j);
    if (m >= 0) {
        return subject_one(sub, m, m);
    }
    if (speaker && speaker_subject(c, clause_pronoun(c, j), sub))
        return 1;
    return speaker && !(o->ing && (punct(c, j) & P_COMMA)) && clause_subject(c, j, sub);
}

/* "X sued Y, which it accused of fraud": a pronoun right after the relative
 * pronoun that follows the object of an earlier verb stands for that verb's
 * subject ("it" for no person, "he"/"she" for one). p is the pronoun. */
static int relative_pronoun_subject(const ctx *c, long p, subject *sub) {
    int it = is_word(c, p, "it");
    if ((!it && !is_word(c, p, "he") && !is_word(c, p, "she")) ||
        !(is_word(c, p - 1, "which") || is_word(c, p - 1, "whom") || is_word(c, p - 1, "who")))
        return 0;
    long q = p - 2;
    if (punct(c, q) & P_COMMA)
        q--;
    long a = skip_heads_left(c, q, NULL);
    if (!is_ment(c, a))
        return 0;
    long v = skip_dets_left(c, a - 1);
    const occurrence *prev = occ_at(c, v);
    if (!prev || prev->end != (uint32_t)(v + 1) || prev->voice != EG_VOICE_ACTIVE ||
        !prev->has_subj || prev->nsubj != 1 || np_prefix(c, (long)prev->end) != a)
        return 0;
    long m = (long)c->s->pool.v[prev->subj_off];
    const char *type = ment_type(c, m);
    if (!type || (strcmp(type, "person") == 0) == it)
        return 0;
    return subject_one(sub, m, p);
}

/* The name before an insertion that the comma k closes, for a relative
 * pronoun after it: "Pierre, a police officer, whom Y sanctioned", "Pierre,
 * known as “Ti Chèf”, whom". `person`: the pronoun is "whom". -1 when there
 * is no insertion, -2 when "which" follows one that names another entity
 * ("Acme, a unit of Globex, which Y bought" may mean either). */
static long insertion_before(const ctx *c, long k, int person) {
    long open = insertion_open(c, k);
    for (long q = open + 1; open >= 0 && !person && q < k; q++)
        if (is_ment(c, q) && !(q + 1 < k && is_place(c, q) && !is_ment(c, q + 1) &&
                               nounish(c, q + 1, 0) && (punct(c, q + 1) & P_COMMA) == 0))
            return -2; /* not a place only modifying the noun: "X, a Hong Kong trader, which" */
    if (open < 0) {
        for (long q = k - 1; q > 0 && q > k - 10; q--) {
            if (punct(c, q) & P_COMMA) {
                long a = is_word(c, q + 1, "also") ? q + 2 : q + 1;
                if ((is_word(c, a, "known") || is_word(c, a, "nicknamed")) && is_ment(c, q - 1))
                    open = q;
                break;
            }
            if (punct(c, q) & (P_SENT | P_SEMI | P_OPEN | P_CLOSE | P_DASH))
                break;
        }
    }
    return open < 0 ? -1 : open - 1;
}

/* The name a noun phrase ending at k stands for, for a relative pronoun
 * after it: the phrase's own mention ("X Corp, which"), or the name a
 * describing apposition follows ("X, a Dubai-based firm that Y sanctioned";
 * a mention glued to a hyphen only modifies). Returns the item of that name,
 * or an item that is no mention. */
static long described_name(const ctx *c, long k) {
    if (is_ment(c, k) && (is_place(c, k) || has_type(c, k, "country"))) {
        /* "X, a town in North Darfur that Y attacked", "X, a company
         * registered in the United Arab Emirates that Y sanctioned": the
         * place phrase only modifies the apposition's noun */
        long q = (lex(c, k - 1) & W_DET) ? k - 2 : k - 1, d = q - 1;
        /* also "X, a journalist from Hadramout whom Y detained" */
        int in = is_word(c, q, "in") || is_word(c, q, "from");
        int words = 0;
        for (; in && d > 0 && words < 5 && !(punct(c, d) & P_COMMA); d--, words++)
            if (occ_at(c, d) || !((lex(c, d) & W_DET) || nounish(c, d, 1) || c->it[d].ed))
                break;
        if (in && words >= 2 && (punct(c, d) & P_COMMA) && (lex(c, d + 1) & W_DET) &&
            !(lex(c, d + 2) & W_DET) && is_ment(c, d - 1))
            return d - 1;
        if (is_word(c, q, "in") && q == k - 1 && (punct(c, k + 1) & P_COMMA) && is_place(c, k) &&
            is_ment(c, q - 1) && !is_place(c, q - 1) && !has_type(c, q - 1, "country") &&
            (lex(c, skip_dets_left(c, q - 2)) & W_PREP) && !occ_at(c, skip_dets_left(c, q - 2)))
            return q - 1; /* "researchers from the X Institute in Accra, which Y has
                           * funded"; not "fined X in Accra, which Y visited" */
    }
    int heads = 0;
    long h = skip_heads_left(c, k, &heads);
    int demonym =
        heads > 0 && is_ment(c, h) && c->doc->ments.v[c->it[h].ment].origin == EG_ORIGIN_DEMONYM;
    if (heads > 0 && is_ment(c, h) && !demonym && !is_place(c, h) && h >= 3 &&
        (lex(c, h - 1) & W_DET) && !(punct(c, h + 1) & P_HYPHEN) && (punct(c, h - 2) & P_COMMA) &&
        is_ment(c, skip_paren_left(c, h - 3)) && !is_place(c, skip_paren_left(c, h - 3)))
        return skip_paren_left(c, h - 3); /* "X (XC), an OAS body that Y expelled": the name
                                             before the apposition, not the one modifying
                                             its noun */
    if (!is_ment(c, h) || (punct(c, h + 1) & P_HYPHEN) ||
        (heads > 0 && is_ment(c, h) && is_place(c, h)) || demonym) {
        long d = h;
        for (int n = 0; n < 8 && d > 0 && !(punct(c, d) & P_COMMA); n++, d--) {
            if ((lex(c, d) & W_DET) || np_glue(c, d) || nounish(c, d, 1) ||
                (is_ment(c, d) && (punct(c, d + 1) & P_HYPHEN)) ||
                (d == h && heads > 0 && is_ment(c, d) &&
                 (is_place(c, d) || demonym)) || /* "the Hong Kong fund that", "a Russian
                                                    magnate whom" */
                (is_num(c, d) && (punct(c, d + 1) & P_HYPHEN)) || /* "a 41-year-old X whom" */
                (!is_ment(c, d) && (punct(c, d - 1) & P_HYPHEN) &&
                 !(c->it[d].tflags & EG_TOK_SPACE_BEFORE)))
                continue;
            break;
        }
        if (heads > 0 && d < h && (punct(c, d) & P_COMMA) && (lex(c, d + 1) & W_DET) &&
            is_ment(c, d - 1) && !is_place(c, d - 1))
            return d - 1;
    }
    return h;
}

/* "found no evidence that X sold Y", "there is no sign Acme paid": a clause
 * whose subject starts after p is the content of a denied finding. */
static int no_evidence(const ctx *c, long p) {
    static const char *const nouns[] = {"evidence", "proof",      "sign",
                                        "signs",    "indication", "indications"};
    if (is_word(c, p, "that"))
        p--;
    int noun = 0;
    for (size_t k = 0; !noun && k < sizeof nouns / sizeof nouns[0]; k++)
        noun = is_word(c, p, nouns[k]);
    for (long q = p - 1; noun && q >= 0 && q >= p - 3; q--) {
        if (is_word(c, q, "no"))
            return 1;
        if (c->it[q].ment >= 0 || c->it[q].lex || !(c->it[q].tflags & EG_TOK_WORD))
            return 0; /* only adjectives between: "no credible evidence" */
    }
    return 0;
}

/* "X, along with Y, sued Z", "X, together with Y, ...", "X, alongside Y,
 * ...": the insertion closed by the comma at j names a co-subject. */
static void along_subject(const ctx *c, long j, subject *sub) {
    if (sub->g.n != 1 || sub->rel || !(punct(c, j) & P_COMMA))
        return;
    long m = (long)sub->g.it[0];
    long k = skip_paren(c, m + 1);
    if (!(punct(c, k) & P_COMMA))
        return;
    long q;
    if ((is_word(c, k + 1, "along") || is_word(c, k + 1, "together")) && is_word(c, k + 2, "with"))
        q = k + 3;
    else if (is_word(c, k + 1, "alongside"))
        q = k + 2;
    else
        return;
    while (q < j && (lex(c, q) & W_DET))
        q++;
    if (!is_ment(c, q) || is_place(c, q) || skip_paren(c, q + 1) != j)
        return;
    group_add(&sub->g, q);
}

/* "arrested X and charged him": a pronoun object right after the second of
 * two verbs sharing a subject stands for the first verb's one object when
 * its type fits (him/her a person, it not a person). 1 when other got it. */
static int pronoun_object(ctx *c, const occurrence *o, const occurrence *p, group *other) {
    int person = is_word(c, (long)o->end, "him") || is_word(c, (long)o->end, "her");
    if (!person && !is_word(c, (long)o->end, "it"))
        return 0;
    long n = (long)o->end + 1;
    if (is_word(c, (long)o->end, "her") && n < c->n && !c->it[n].punct && !is_num(c, n) &&
        !(lex(c, n) & (W_PREP | W_TPREP | W_TIME | W_AND | W_OF | W_BY | W_TO)))
        return 0; /* "praised her work", "called her claims false" */
    if (p->voice != EG_VOICE_ACTIVE || p->end >= o->begin)
        return 0;
    group g;
    long e = p->end;
    c->particle = p->end == p->gap_end + 1 ? (long)p->gap_end : -1;
    c->along = along_verb(c->v, p->verb);
    int ok = objects_of(c, p, &g, &e, 0);
    c->particle = -1;
    c->along = 0;
    if (!ok || g.n != 1 || e > (long)o->begin)
        return 0;
    if (person != has_type(c, (long)g.it[0], "person") || is_place(c, (long)g.it[0]))
        return 0;
    other->n = 0;
    group_add(other, (long)g.it[0]);
    return 1;
}

/* A pronoun subject at p right after "but" or "and" that opens a second
 * clause ("X visited Sagea, but he did not meet Y"): the one subject of the
 * clause before, when it is of the pronoun's kind (a person for "he" and
 * "she", a body for "it"). */
static int coordinated_pronoun_subject(const ctx *c, long p, subject *sub) {
    int person = is_word(c, p, "he") || is_word(c, p, "she");
    if (!person && !is_word(c, p, "it"))
        return 0;
    long a = p - 1;
    if (!is_word(c, a, "but") && !(lex(c, a) & W_AND))
        return 0;
    const occurrence *prev = inherit_subject(c, a);
    if (!prev || prev->nsubj != 1 || prev->voice != EG_VOICE_ACTIVE)
        return 0;
    long m = (long)c->s->pool.v[prev->subj_off];
    if (!is_ment(c, m) || is_place(c, m) || has_type(c, m, "person") != person ||
        has_type(c, m, "country"))
        return 0;
    return subject_one(sub, m, p);
}

/* "X criticised A, accused B of ...", "said it had not abandoned A, had
 * hired B, and ...": a finite verb right after a comma (a past form, or
 * behind its own auxiliary) with no subject of its own shares the subject of
 * the verb before it in the clause, or the speaker a pronoun there stands
 * for. Sets *shared to that verb. */
static int comma_verb_subject(const ctx *c, long j, const occurrence *o, subject *sub,
                              const occurrence **shared) {
    if (!(punct(c, j) & P_COMMA) || o->ing || o->voice != EG_VOICE_ACTIVE || j < 2)
        return 0;
    long b = (long)o->begin;
    int aux = 0;
    if (b == j + 1) {
        size_t n;
        const char *w = item_text(c, b, &n);
        if (!c->it[b].ed && !is_irregular_past(c->s, w, n))
            return 0;
    } else if ((lex(c, j + 1) & W_AUX) && !is_word(c, j + 1, "having") &&
               !is_word(c, j + 1, "going")) {
        aux = 1;
    } else {
        return 0;
    }
    const occurrence *p = inherit_subject(c, j);
    /* not out of an insertion the comma closes: "X, which Y bought in 2021,
     * warned Z" (Y's verb is no conjunct of this one) */
    long open = appos_open(c, j);
    if (p && (p->ing || (open >= 0 && (long)p->subj_first > open) ||
              (lex(c, (long)p->subj_first - 1) & W_REL)))
        return 0; /* also "the man whom X fired, had sued Y" */
    if (p) {
        /* "X, set up as a condition for releasing EU funds, criticised Z":
         * the verb before and its subject sit between a name and the comma */
        long k0 = (long)p->begin - 1;
        while (k0 > 0 && !(punct(c, k0) & (P_COMMA | P_BOUNDARY | P_DASH)))
            k0--;
        long before = skip_paren_left(c, k0 - 1);
        if (k0 > 0 && (punct(c, k0) & P_COMMA) && (long)p->subj_first > k0 && is_ment(c, before) &&
            !is_place(c, before))
            return 0;
    }
    if (p && p->voice == EG_VOICE_ACTIVE && copy_subject(c, p, sub)) {
        *shared = p;
        return 1;
    }
    return aux && !p && speaker_subject(c, clause_pronoun(c, j), sub);
}

/* A passive of a verb of giving whose subject is the thing given, with its
 * giver and its receiver after it in either order, after a short time
 * phrase: "was sold in 2025 by A to B", "were supplied to B by A". Fills
 * *giver and *receiver. */
static int transfer_passive(const ctx *c, const occurrence *o, group *giver, group *receiver) {
    long k = o->end;
    for (int n = 0; n < 3 && k < c->n; n++) {
        if ((lex(c, k) & W_TPREP) && (is_num(c, k + 1) || (lex(c, k + 1) & W_TIME)))
            k += 2; /* "in 2025", "on Monday" */
        else if (lex(c, k) & W_TIME)
            k++; /* "last year" */
        else
            break;
    }
    int by_first = (lex(c, k) & W_BY) != 0;
    if (!by_first && !is_word(c, k, "to"))
        return 0;
    group *first = by_first ? giver : receiver, *second = by_first ? receiver : giver;
    long e1 = 0, e2 = 0;
    if (!parse_objects(c, k + 1, first, &e1, 0) || first->n == 0)
        return 0;
    if (by_first ? !is_word(c, e1, "to") : !(lex(c, e1) & W_BY))
        return 0;
    return parse_objects(c, e1 + 1, second, &e2, 0) && second->n > 0;
}

/* "criticised X for failing to help Y", "fined X for refusing to supply Y":
 * a bare infinitive after "for" and a gerund of refusal. Returns the item of
 * "for", else -1; the act is negated. */
static long for_failing_to(const ctx *c, const occurrence *o) {
    long b = (long)o->begin;
    if (o->ing || o->voice != EG_VOICE_ACTIVE || b < 3 || !is_word(c, b - 1, "to") ||
        !is_word(c, b - 3, "for"))
        return -1;
    return is_word(c, b - 2, "failing") || is_word(c, b - 2, "refusing") ? b - 3 : -1;
}

/* A gerund after "for" (through a hedge: "for allegedly threatening Y") at
 * item j: its subject is the object of the verb before "for" ("sanctioned X
 * in May for supplying Y": X), or the name opening a clause whose verb is a
 * form of be or "face" ("X is under investigation for allegedly threatening
 * Y", "X was jailed on Monday for spying on Y", "X faces charges for funding
 * Y"); also an infinitive after "for failing to" (for_failing_to). Only
 * plain words may stand between, or right before "for" a describing
 * apposition on the name ("criticised the CSTO, the Russia-led bloc, for
 * failing to help Y"): no other comma, clause boundary, conjunction,
 * relative pronoun, speech verb or other name. */
static int for_gerund_subject(const ctx *c, const occurrence *o, long j, subject *sub) {
    if (!(o->ing || for_failing_to(c, o) == j) || !is_word(c, j, "for"))
        return 0;
    int be = 0;
    long k = j - 1;
    if (punct(c, k) & P_COMMA) {
        long a = appos_open(c, k);
        if (a < 1 || descriptive_appos(c, a + 1) != k || !is_ment(c, skip_paren_left(c, a - 1)))
            return 0;
        k = skip_paren_left(c, a - 1);
    }
    for (int n = 0; k >= 0 && n < 8 && !is_ment(c, k); n++, k--) {
        if (punct(c, k) || (lex(c, k) & (W_SPEECH | W_REL | W_BOUNDW | W_AND)) ||
            (c->it[k].tflags & EG_TOK_CAP))
            return 0;
        if ((lex(c, k) & W_BE) || is_word(c, k, "faces") || is_word(c, k, "face") ||
            is_word(c, k, "faced"))
            be = 1;
        if (reflexive_after_name(c, k) && k == j - 1)
            return 0;
    }
    if (!is_ment(c, k) || is_place(c, k))
        return 0;
    long v = skip_dets_left(c, k - 1);
    const occurrence *gov = occ_at(c, v);
    if (gov && gov->voice == EG_VOICE_ACTIVE && gov->end == (uint32_t)(v + 1) && !be)
        return subject_one(sub, k, k); /* "sanctioned X for supplying Y" */
    if (!be || gov)
        return 0;
    long first = k;
    while (first > 0 && (lex(c, first - 1) & W_DET))
        first--;
    if (first > 0 && !(punct(c, first - 1) & (P_SENT | P_DASH)))
        return 0; /* the name opens its sentence */
    return subject_one(sub, k, first);
}

/* "referred by the Fiscalia, known as FGN, by which X had been
 * investigated": the agent of a passive whose subject follows "by which" is
 * the name the relative clause is on (over a describing or "known as"
 * apposition). Returns its item, else -1. */
static long by_which_agent(const ctx *c, const subject *sub) {
    long p = sub->first - 1;
    if (sub->rel || sub->g.n == 0 || p < 3 || !(is_word(c, p, "which") || is_word(c, p, "whom")) ||
        !is_word(c, p - 1, "by") || !(punct(c, p - 2) & P_COMMA))
        return -1;
    long k = p - 2, open = appos_open(c, k);
    if (open > 0 && (as_known(c, open, k) >= 0 || descriptive_appos(c, open + 1) == k) &&
        is_ment(c, skip_paren_left(c, open - 1)))
        k = open;
    long m = skip_paren_left(c, k - 1);
    return is_ment(c, m) && !is_place(c, m) ? m : -1;
}

static int process_occurrence(ctx *c, occurrence *o) {
    uint32_t flags = 0;
    int has_be = 0;
    long j = scan_aux(c, (long)o->begin, o, &flags, &has_be);
    int aux_empty = j == (long)o->begin - 1;
    o->flags = flags;
    subject sub;
    memset(&sub, 0, sizeof sub);
    int found = 0;
    const occurrence *shared = NULL; /* the verb before "and" whose subject this one shares */
    if (o->voice == EG_VOICE_PASSIVE &&
        (o->verb == (uint32_t)c->s->sell || o->verb == (uint32_t)c->s->supply)) {
        /* "the tanker was sold by A to B": A gives to B; "Acme was sold by
         * Globex" names the thing sold, no receiver: no edge for "sell" */
        group giver, receiver;
        if (transfer_passive(c, o, &giver, &receiver)) {
            for (uint32_t a = 0; a < giver.n; a++)
                for (uint32_t b = 0; b < receiver.n; b++)
                    if (push_rel(c, giver.it[a], receiver.it[b], o, flags | EG_REL_PASSIVE, -1))
                        return -1;
            return 0;
        }
        if (o->verb == (uint32_t)c->s->sell)
            return 0;
    }
    if (o->voice == EG_VOICE_PASSIVE) {
        found = find_subject(c, j, !has_be && aux_empty, 0, &sub) || speaker_subject(c, j, &sub);
        const occurrence *p = found || !(lex(c, j) & W_AND) ? NULL : previous_passive(c, j);
        if (p) {
            /* "was arrested by the FBI and charged by Interpol" */
            found = copy_subject(c, p, &sub);
        } else if (!found && has_be && (lex(c, j) & W_AND)) {
            /* "X hired Y and was fined by Z", "it had suspended him and had
             * not been warned by Z" */
            found = shared_subject(c, j, o, 1, &sub);
        }
    } else {
        /* "X, a gang believed to have allied with Y": a reduced relative too */
        int hedge_part = !has_be && (lex(c, j + 1) & W_HPART) && !(lex(c, j + 1) & W_SPEECH);
        found = find_subject(c, j, 0, (o->ing && aux_empty) || hedge_part, &sub) ||
                speaker_subject(c, j, &sub) || relative_pronoun_subject(c, j, &sub) ||
                coordinated_pronoun_subject(c, j, &sub);
        uint32_t jflags = 0;
        if (!found && joins_clause(c, j, o, &jflags)) {
            found = shared_subject(c, j, o, !(jflags & EG_REL_NEGATED), &sub);
            if (found)
                flags |= jflags;
            if (found && (lex(c, j) & W_AND)) {
                long to = infinitive_before(c, j, o);
                shared = inherit_subject(c, to > 0 ? to : j);
                /* "asked Y to arrest Z and detain W": both infinitives hedged */
                if (to < 0 && shared && (long)o->begin == j + 1 && !o->ing && !c->it[o->begin].ed &&
                    shared->begin >= 1 && is_word(c, (long)shared->begin - 1, "to"))
                    flags |= shared->flags & EG_REL_HEDGED;
            }
        } else if (!found && o->ing && is_word(c, j, "of") && (lex(c, j - 1) & W_AND)) {
            /* "is suspected of spying on X since 2022, and of meeting Y":
             * the gerunds share the subject and the hedge */
            const occurrence *p = inherit_subject(c, j - 1);
            if (p && p->ing && is_word(c, (long)p->begin - 1, "of") && copy_subject(c, p, &sub)) {
                found = 1;
                flags |= p->flags & EG_REL_HEDGED;
            }
        } else if (!found && comma_verb_subject(c, j, o, &sub, &shared)) {
            found = 1;
        } else if (found && !sub.rel) {
            /* "allegedly helped the FSB target X": the hedge carries over. */
            const occurrence *gov = occ_at(c, skip_dets_left(c, sub.first - 1));
            if (gov && gov->end == (uint32_t)(skip_dets_left(c, sub.first - 1) + 1))
                flags |= gov->flags & EG_REL_HEDGED;
        }
        if (!found) {
            found = for_gerund_subject(c, o, j, &sub);
            if (found && !o->ing) /* "for failing to help Y": a fact, not a plan */
                flags = (flags & ~(uint32_t)EG_REL_HEDGED) | EG_REL_NEGATED;
        }
        if (!found && (o->ing || (is_word(c, j + 1, "having") && j + 2 == (long)o->begin)))
            found = fronted_subject(c, o, j, &sub); /* also "Having bought X, Y ..." */
        if (!found)
            found = quoted_subject(c, j, o, &sub);
    }
    if (found)
        along_subject(c, j, &sub);
    long say_rep = -1;
    if (!found) {
        long r = relative_say(c, j, &say_rep);
        found = r >= 0 && find_subject(c, r, 0, 0, &sub) && sub.rel;
    }
    if (!found)
        return 0;
    o->has_subj = 1;
    o->subj_off = (uint32_t)c->s->pool.n;
    o->nsubj = sub.g.n;
    o->subj_first = (uint32_t)sub.first;
    for (uint32_t i = 0; i < sub.g.n; i++) {
        uint32_t *slot = EG_VEC_PUSH(c->s->pool);
        if (!slot)
            return -1;
        *slot = sub.g.it[i];
    }

    group other;
    long end = o->end;
    if (o->voice == EG_VOICE_PASSIVE) {
        long k = shared_agent_from(c, o);
        /* "was fined €5m in March by", "was accused of war crimes by", "was
         * arrested at her home in Paris on Monday by" */
        for (int n = 0; n < 12 && k < c->n && !(lex(c, k) & W_BY); n++, k++) {
            uint32_t w = lex(c, k);
            if (capword(c, k) && (lex(c, k - 1) & W_PREP) && !(lex(c, k - 1) & W_BY))
                continue; /* an untagged place: "was detained in County Dublin by" */
            if (capword(c, k) && (capword(c, k - 1) || direction_word(c, k - 1)))
                continue;
            if (direction_word(c, k) && (lex(c, k - 1) & W_PREP) &&
                (capword(c, k + 1) || (is_ment(c, k + 1) && is_place(c, k + 1))))
                continue; /* "in north County Dublin", "in northern Kosovo" */
            long tc = time_clause_by(c, k);
            if (tc > k) {
                k = tc - 1; /* "has been helped since it opened in 2018 by" */
                continue;
            }
            long pk = skip_paren(c, k);
            if (pk > k && (is_num(c, k + 1) || (punct(c, k + 1) & P_OTHER))) {
                k = pk - 1; /* "was fined 18 million crowns ($1.7 million) by" */
                continue;
            }
            if (is_ment(c, k) && (lex(c, k - 1) & W_PREP) &&
                (is_place(c, k) || (has_type(c, k, "country") && is_word(c, k - 1, "in"))))
                continue; /* "was detained in Russia by the FSB" */
            if ((w & W_MODAL) && (c->it[k].tflags & EG_TOK_CAP) && is_word(c, k, "may") &&
                ((lex(c, k - 1) & W_TPREP) || is_num(c, k + 1)))
                continue; /* the month: "was fined in May by", "was arrested on May 3 by" */
            if (c->it[k].ing && c->it[k].occ < 0 && c->it[k].ment < 0 && (lex(c, k - 1) & W_DET) &&
                (lex(c, k - 2) & W_TPREP))
                continue; /* "has been supported since its founding in 2002 by" */
            if (is_ment(c, k) || (punct(c, k) & (P_BOUNDARY | P_COMMA | P_DASH)) ||
                (!(w & (W_TIME | W_TPREP | W_NUMW | W_DET | W_PREP | W_ADV)) && !is_num(c, k) &&
                 !nounish(c, k, 0) && !(punct(c, k) & (P_OTHER | P_ABBR)) && !c->it[k].ly))
                break; /* also "was funded mainly by", "was detained on Aug. 28 by" */
        }
        c->particle = k;
        int agent = (lex(c, k) & W_BY) && parse_objects(c, k + 1, &other, &end, 0);
        if (!agent && (lex(c, k) & W_BY)) {
            /* "was arrested by officers of the FBI", "by agents from the
             * FBI": the body acts through them */
            long q = k + 1;
            while (q < c->n && q < k + 4 && ((lex(c, q) & (W_DET | W_NUMW)) || is_num(c, q)))
                q++;
            for (int w = 0; w < 2 && nounish(c, q, 0) && !is_word(c, q + 1, "of") &&
                            !is_word(c, q + 1, "from");
                 w++)
                q++;
            if ((is_word(c, q + 1, "of") || is_word(c, q + 1, "from")) && (lex(c, q) & W_ROLE) &&
                ((lex(c, q) & W_HEAD) || is_word(c, q, "members")))
                agent = parse_objects(c, q + 2, &other, &end, 0); /* also "by members of" */
            /* "backed by investors from Kuwait": where they come from, not a body */
            for (uint32_t a = 0; agent && is_word(c, q + 1, "from") && a < other.n; a++)
                if (is_place(c, (long)other.it[a]) || has_type(c, (long)other.it[a], "country"))
                    agent = 0;
            long na = agent ? -1 : named_agent(c, k + 1);
            if (na >= 0)
                agent = parse_objects(c, na, &other, &end, 0); /* "by a group known as X" */
        }
        c->particle = -1;
        long bw = agent ? -1 : by_which_agent(c, &sub);
        if (bw >= 0) {
            other.n = 0;
            group_add(&other, bw);
            agent = 1;
        }
        if (!agent)
            return 0; /* a passive without its agent: no edge */
    } else {
        c->particle = o->end == o->gap_end + 1 ? (long)o->gap_end : -1;
        c->along = along_verb(c->v, o->verb);
        c->or_joins = (flags & EG_REL_NEGATED) != 0;
        int objects = objects_of(c, o, &other, &end, 0);
        if (objects && is_word(c, o->end, "or") && !(flags & EG_REL_NEGATED))
            flags |= EG_REL_HEDGED; /* "hired or funded Y": one of them */
        c->particle = -1;
        c->along = 0;
        c->or_joins = 0;
        if (!objects && shared && pronoun_object(c, o, shared, &other)) {
            end = o->end + 1; /* "arrested X and charged him with fraud" */
        } else if (!objects) {
            /* "X, which Y acquired, ...": the antecedent is the object. */
            long p = sub.first - 1;
            for (int n = 0; n < 5 && p >= 0 && !(lex(c, p) & W_REL); n++, p--) {
                /* "which the U.S. Justice Department accused": a country
                 * before the subject's name modifies it; so does a place in
                 * "which Marseille-based X bought" */
                const char *t = is_ment(c, p) ? ment_type(c, p) : NULL;
                if ((punct(c, p) & P_HYPHEN) ||
                    (!(c->it[p].tflags & EG_TOK_SPACE_BEFORE) && (punct(c, p - 1) & P_HYPHEN)) ||
                    (is_ment(c, p) && (punct(c, p + 1) & P_HYPHEN)))
                    continue;
                if (!is_ment(c, p) && !(lex(c, p) & W_REL) && nounish(c, p, 0) &&
                    !(c->it[p].tflags & EG_TOK_CAP))
                    continue; /* "which Japanese seafood group Nissui acquired" */
                if (!is_ment(c, p) && (lex(c, p) & (W_HEAD | W_ROLE)) && sub.g.n == 1 &&
                    has_type(c, sub.first, "person") && !(lex(c, p) & (W_DET | W_FUNC)))
                    continue; /* "whom President Javier Milei appointed": a title */
                if (!(lex(c, p) & W_DET) && !(t && strcmp(t, "country") == 0) &&
                    !(is_ment(c, p) && c->doc->ments.v[c->it[p].ment].origin == EG_ORIGIN_DEMONYM))
                    break;
            }
            if (sub.g.n != 1 || sub.rel || !(lex(c, p) & W_REL))
                return 0;
            long rel = p--;
            if ((lex(c, p) & W_AND) && (is_word(c, rel, "whom") || is_word(c, rel, "which"))) {
                /* "X, who has criticised Y and whom Z sanctioned": the
                 * antecedent of the first relative clause */
                long q = p - 1;
                for (int n = 0; n < 16 && q > 0 && !(lex(c, q) & W_REL); n++, q--)
                    if ((punct(c, q) & (P_BOUNDARY | P_DASH | P_COMMA)))
                        break;
                if (q > 0 && (lex(c, q) & W_REL) && !is_word(c, q, "that"))
                    p = q - 1;
            }
            if (punct(c, p) & P_COMMA) {
                long a = insertion_before(c, p, is_word(c, rel, "whom"));
                if (a == -2)
                    return 0;
                p = a >= 0 ? a : p - 1;
            }
            p = skip_paren_left(c, p); /* "X (XO), which Y has funded," */
            p = described_name(c, p);
            if (!is_ment(c, p) || !object_absent(c, (long)o->end))
                return 0;
            other.n = 0;
            group_add(&other, p);
            end = o->end;
        }
    }

    if (c->s->help >= 0 && o->verb == (uint32_t)c->s->help && o->voice == EG_VOICE_ACTIVE &&
        other.n == 1)
        help_object(c, o, &other);

    if (c->s->call >= 0 && o->verb == (uint32_t)c->s->call && calls_by_name(c, o, &sub, end)) {
        o->naming = 1; /* "which Manila calls Ayungin Shoal": a name, not a telephone call */
        return 0;
    }

    /* "whether X hired Y", "if X hires Y": asked or supposed, not told */
    if (sub.g.n && !sub.rel &&
        (is_word(c, sub.first - 1, "whether") || is_word(c, sub.first - 1, "if") ||
         is_word(c, sub.first - 1, "unless")))
        return 0;

    /* "met neither A nor B", "Neither A nor B attacked C" */
    if (is_word(c, o->end, "neither") || (sub.g.n && is_word(c, sub.first, "neither")))
        flags |= EG_REL_NEGATED;

    if (sub.g.n && !sub.rel && no_evidence(c, sub.first - 1))
        flags ^= EG_REL_NEGATED;

    long rep = say_rep >= 0 ? say_rep : reporter_left(c, sub.first, &flags);
    if (rep < 0)
        rep = reporter_right(c, end);
    for (uint32_t a = 0; rep >= 0 && a < sub.g.n; a++)
        if (sub.g.it[a] == (uint32_t)rep)
            rep = -1; /* "A and B said they had ...": the speakers act themselves */
    for (uint32_t a = 0; a < sub.g.n; a++)
        for (uint32_t b = 0; b < other.n; b++) {
            int r;
            if (o->voice == EG_VOICE_PASSIVE)
                r = push_rel(c, other.it[b], sub.g.it[a], o, flags | EG_REL_PASSIVE, rep);
            else
                r = push_rel(c, sub.g.it[a], other.it[b], o, flags, rep);
            if (r)
                return -1;
        }
    return 0;
}

static long item_at_start(const ctx *c, size_t off) {
    long lo = 0, hi = c->n;
    while (lo < hi) {
        long mid = (lo + hi) / 2;
        if (c->it[mid].s_start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < c->n && c->it[lo].s_start == off ? lo : -1;
}

static long item_at_end(const ctx *c, size_t off) {
    long lo = 0, hi = c->n;
    while (lo < hi) {
        long mid = (lo + hi) / 2;
        if (c->it[mid].s_end < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < c->n && c->it[lo].s_end == off ? lo : -1;
}

/* A comma at k among the words [b, e) between a verb and its particle
 * belongs to a list of plain words closed by "and" or "or": "sold rice,
 * poultry and timber to". */
static int gap_list(const ctx *c, long b, long k, long e) {
    if (k == b || !nounish(c, k - 1, 0) || !nounish(c, k + 1, 0))
        return 0;
    for (long q = k + 1; q < e; q++) {
        if (is_word(c, q, "and") || is_word(c, q, "or")) {
            for (long r = q + 1; r < e; r++)
                if (!nounish(c, r, 0))
                    return 0;
            return q + 1 < e;
        }
        if (!nounish(c, q, 0) && !(c->it[q].punct & P_COMMA))
            return 0;
    }
    return 0;
}

/* The words [b, e) between a verb and its particle "to" are one noun phrase
 * (or two joined by "and") that may hold a name: "sold its stake in Acme to",
 * "sold Acme and Globex to", not "supplied Acme with chips and sold them to". */
static int gap_np(const ctx *c, long b, long e) {
    for (long k = b; k < e; k++)
        if (!is_ment(c, k) && !(lex(c, k) & (W_DET | W_NUMW | W_INOF | W_AND)) && !is_num(c, k) &&
            !nounish(c, k, 1) && !np_glue(c, k) && !(punct(c, k) & P_OTHER))
            return 0;
    return b < e;
}

/* The words [b, e) between a verb and its particle "to" are one long noun
 * phrase, with a time phrase in it or after it: "sold more than 9 million
 * barrels of oil since 2024 to", "sold a 49 percent stake in two of its
 * offshore wind farms to". Such a gap may run to 12 words. */
static int gap_long_np(const ctx *c, long b, long e) {
    for (long k = b; k < e; k++)
        if (!is_ment(c, k) && !(lex(c, k) & (W_DET | W_NUMW | W_INOF | W_QUANT | W_TIME)) &&
            !is_num(c, k) && !nounish(c, k, 1) && !np_glue(c, k) && !(punct(c, k) & P_OTHER) &&
            !((lex(c, k) & W_TPREP) && (is_num(c, k + 1) || (lex(c, k + 1) & W_TIME))))
            return 0;
    return b < e;
}

/* A place named in the words before a displaced particle at ps, after "in",
 * "at" or "near": "signed a deal in Colombo on Tuesday with X", "a terminal
 * at Hambantota with X". It is no endpoint there. */
static int gap_place(const ctx *c, long k, long ps) {
    if (!is_place(c, k) && !has_type(c, k, "country"))
        return 0;
    (void)ps;
    return is_word(c, k - 1, "in") || is_word(c, k - 1, "at") || is_word(c, k - 1, "near");
}

/* The words [k, e) give the value of the thing before them, between commas:
 * "worth 1.1 billion rupees", "valued at $40 million" (a number, no name). */
static int worth_insertion(const ctx *c, long k, long e) {
    long q = k + 1;
    if (!is_word(c, k, "worth")) {
        if (!(is_word(c, k, "valued") || is_word(c, k, "estimated") || is_word(c, k, "priced")) ||
            !is_word(c, k + 1, "at"))
            return 0;
        q = k + 2;
    }
    int num = 0;
    for (; q < e; q++) {
        if (is_ment(c, q) || (punct(c, q) & (P_COMMA | P_BOUNDARY | P_DASH)))
            return 0;
        num |= is_num(c, q);
    }
    return num;
}

/* Finds the verb forms of one voice and records them as candidates, their
 * offsets turned into item indices (start, verb_end, particle_start and end
 * are then item bounds). A form is looked for at each item start in turn
 * (only there can one count), skipping words no form can start with; after
 * a candidate the search goes on behind it. Returns 0, 1 when a PCRE2 limit
 * was hit, -1 on ENOMEM. */
static int find_candidates(ctx *c, eg_voice voice) {
    eg_relscratch *s = c->s;
    const char *text = s->text.data;
    size_t len = s->text.len;
    s->cands[voice].n = 0;
    for (long i = 0; i < c->n;) {
        size_t q = c->it[i].s_start;
        eg_verbmatch m;
        if (c->it[i].voices < 0) {
            /* one look-up of the word for both voices */
            int vm = eg_verbs_word_voices(c->v, s->vs, text, len, q);
            if (vm < 0)
                return -1;
            c->it[i].voices = (int8_t)vm;
        }
        int rc = c->it[i].voices & (1 << voice)
                     ? eg_verbs_word_match(c->v, s->vs, voice, text, len, q, &m)
                     : EG_VERBS_NONE;
        if (rc == EG_VERBS_NOMEM)
            return -1;
        if (rc < 0)
            return 1;
        if (rc == EG_VERBS_FOUND) {
            long b = item_at_start(c, m.start), e = item_at_end(c, m.end);
            long ve = item_at_end(c, m.verb_end);
            long ps = m.has_particle ? item_at_start(c, m.particle_start) : e + 1;
            int ok =
                b >= 0 && e >= b && ve >= b && ve <= e && ps > ve && ps <= e + 1 && m.end > m.start;
            int gap_names_row = ok && eg_verbs_row_gap_names(c->v, m.row);
            /* ", which it had operated since 2021," right before the particle
             * of such a row: a relative clause on the thing sold, [rs, re];
             * so is a value (", worth 1.1 billion rupees,") */
            long rs = -1, re = -1;
            if (ok && m.has_particle && ps - 1 > ve + 2 && (c->it[ps - 1].punct & P_COMMA))
                for (long k = ps - 2; k > ve + 1 && k > ps - 12; k--)
                    if (c->it[k].punct & (P_COMMA | P_BOUNDARY | P_DASH)) {
                        if ((c->it[k].punct & P_COMMA) && k > ve + 2 &&
                            ((gap_names_row &&
                              (is_word(c, k + 1, "which") || is_word(c, k + 1, "where"))) ||
                             worth_insertion(c, k + 1, ps - 1)) &&
                            (nounish(c, k - 1, 1) || is_ment(c, k - 1) || is_num(c, k - 1))) {
                            rs = k;
                            re = ps - 1;
                        }
                        break;
                    }
            long gend = rs >= 0 ? rs : ps; /* the gap outside the relative clause */
            int words = 0;
            for (long k = ve + 1; ok && k < gend; k++)
                words += (c->it[k].tflags & EG_TOK_SPACE_BEFORE) != 0;
            if (words > 8 && !(words <= 12 && gap_names_row && gap_long_np(c, ve + 1, gend)))
                ok = 0;
            int names = ok && gap_names_row && gap_np(c, ve + 1, gend);
            for (long k = b; ok && k <= e; k++)
                if (c->it[k].ment >= 0 &&
                    (k <= ve || k >= ps || (k >= rs && k <= re) ||
                     (!names && c->doc->ments.v[c->it[k].ment].origin != EG_ORIGIN_DEMONYM &&
                      !gap_place(c, k, ps))))
                    ok = 0;
            for (long k = ve + 1; ok && k < gend; k++)
                if ((c->it[k].lex & (W_BOUNDW | W_SPEECH | W_BE | W_AUX)) ||
                    ((c->it[k].lex & W_REL) && !is_word(c, k, "that")) || is_word(c, k, "by"))
                    ok = 0; /* the words before a displaced particle: a short object */
            for (long k = ve + 1; ok && k < gend; k++)
                if ((c->it[k].punct & P_COMMA) && c->it[k].ment < 0)
                    ok = gap_list(c, ve + 1, k, gend);
            if (ok && c->it[b].cand[voice] < 0) {
                eg_verbmatch *slot = EG_VEC_PUSH(s->cands[voice]);
                if (!slot)
                    return -1;
                *slot = m;
                slot->start = (size_t)b;
                slot->verb_end = (size_t)ve + 1;
                slot->particle_start = (size_t)ps;
                slot->end = (size_t)e + 1;
                c->it[b].cand[voice] = (int32_t)(s->cands[voice].n - 1);
                i = e + 1;
                continue;
            }
        }
        /* nothing here that counts: go on from the next item start */
        while (i < c->n && c->it[i].s_start <= q)
            i++;
    }
    return 0;
}

/* Passive context for a participle at item b ending before item e: a form
 * of be/get before it (through adverbs) or "by" after it. */
static int passive_context(const ctx *c, long b, long e) {
    if (lex(c, e) & W_BY)
        return 1;
    if ((punct(c, b - 1) & P_COMMA) && (lex(c, e) & W_TPREP)) {
        /* "X, arrested in Paris on Monday by Y,": a reduced relative clause */
        long k = e + 1;
        for (int n = 0; n < 6 && k < c->n; n++, k++) {
            if (lex(c, k) & W_BY)
                return k + 1 < c->n && !c->it[k + 1].ing;
            if (!(lex(c, k) & (W_DET | W_TIME | W_TPREP)) && !is_num(c, k) &&
                !(is_ment(c, k) && is_place(c, k)))
                break;
        }
    }
    long j = b - 1;
    for (int n = 0; n < 5 && j >= 0; n++, j--) {
        uint32_t w = lex(c, j);
        if (w & W_BE)
            return 1;
        if (!(w & (W_ADV | W_HADV | W_NEG | W_AUX | W_MODAL)) &&
            !(c->it[j].ment < 0 && c->it[j].ly) &&
            !((lex(c, j - 1) & W_BE) && reflexive_after_name(c, j)))
            return 0; /* also "was himself detained on Tuesday by Y" */
    }
    return 0;
}

/* An active form right after an article or possessive is a noun: "the
 * attack", "a visit", "its support", "Russia's ban". */
static int noun_use(const ctx *c, long i) {
    if (punct(c, i - 1) & P_POSS)
        return 1;
    static const char *const dets[] = {"the", "a",   "an", "no",   "its",  "their", "his",
                                       "her", "our", "my", "your", "this", "these", "those"};
    if (IS_WORD_OF(c, i - 1, dets))
        return 1;
    /* A bare form right after a preposition names a thing: "reached by
     * phone", "asked for help" (not "to sanction", nor a gerund "by
     * expelling"). */
    if ((lex(c, i - 1) & W_PREP) && !(lex(c, i - 1) & W_TO) && !c->it[i].ed && !c->it[i].ing &&
        !is_word(c, i - 1, "up") && !is_word(c, i - 1, "out") && !is_word(c, i - 1, "down") &&
        !is_word(c, i - 1, "off"))
        return 1;
    /* A bare form after a singular noun modifier inside a noun phrase is a
     * noun too: "the Qatari investment fund", "a hedge fund". */
    size_t n, pn;
    const char *w = item_text(c, i, &n), *pw = i > 0 ? item_text(c, i - 1, &pn) : NULL;
    const item *prev = i > 0 ? &c->it[i - 1] : NULL;
    if (prev && prev->ment >= 0 && !c->it[i].ed && !c->it[i].ing &&
        (is_word(c, i - 2, "a") || is_word(c, i - 2, "an") ||
         ((lex(c, i - 2) & W_DET) && c->doc->ments.v[prev->ment].origin == EG_ORIGIN_DEMONYM)))
        return 1; /* "a Texas fund", "the Norwegian fund" */
    if (prev && prev->ment >= 0 && !c->it[i].ed && !c->it[i].ing && !ends_with(w, n, "s") &&
        (lex(c, i - 2) & W_DET) && is_place(c, i - 1))
        return 1; /* "the Hong Kong fund that backed Y": a singular place takes no bare verb */
    if (prev && prev->ment >= 0 && c->it[i].ing && nounish(c, i + 1, 0) &&
        c->doc->ments.v[prev->ment].origin == EG_ORIGIN_DEMONYM)
        return 1; /* "a pro-Russian hacking group" */
    if (prev && prev->ment < 0 && prev->ed && !c->it[i].ed && !c->it[i].ing &&
        ((punct(c, i - 2) & P_HYPHEN) || (lex(c, i - 2) & W_DET)))
        return 1; /* "a Singapore-registered fund", "a listed fund" */
    if (prev && c->it[i].ing && prev->ment < 0 && !prev->lex && prev->ed && !prev->ly &&
        nounish(c, i + 1, 0) && ((lex(c, i - 2) & (W_DET | W_NUMW)) || is_num(c, i - 2)))
        return 1; /* "three licensed buying companies", "a registered trading firm" */
    if (prev && prev->ment < 0 && !prev->lex && (prev->ed || prev->ing) && !c->it[i].ed &&
        !c->it[i].ing && (lex(c, i - 2) & W_PREP) && !(lex(c, i - 2) & (W_TO | W_BY)))
        return 1; /* "set up as a condition for releasing frozen funds" */
    if (!prev || prev->ment >= 0 || prev->lex || !(prev->tflags & EG_TOK_WORD) ||
        (prev->tflags & EG_TOK_CAP) || prev->ly || prev->ed || prev->ing ||
        ends_with(pw, pn, "s") || ends_with(w, n, "s") || c->it[i].ed || c->it[i].ing)
        return 0;
    return is_ment(c, i - 2) || (lex(c, i - 2) & W_DET) || (punct(c, i - 2) & P_HYPHEN) ||
           (punct(c, i - 2) & P_POSS) || nounish(c, i - 2, 0) ||
           is_num(c, i - 2); /* "operates 23 platform supply ships" */
}

static int resolve_occurrences(ctx *c) {
    eg_relscratch *s = c->s;
    s->occs.n = 0;
    for (long i = 0; i < c->n;) {
        int32_t a = c->it[i].cand[EG_VOICE_ACTIVE], p = c->it[i].cand[EG_VOICE_PASSIVE];
        if (c->lower && (c->it[i].tflags & EG_TOK_ALLCAPS) &&
            c->it[i].s_end - c->it[i].s_start > 1) {
            /* "CHINA COAST GUARD BLASTS PHILIPPINE SHIP": a headline in
             * capitals repeated in the story restates it */
            i++;
            continue;
        }
        const eg_verbmatch *m = NULL;
        eg_voice voice = EG_VOICE_ACTIVE;
        if (p >= 0) {
            const eg_verbmatch *pm = &s->cands[EG_VOICE_PASSIVE].v[p];
            if (passive_context(c, i, (long)pm->end)) {
                m = pm;
                voice = EG_VOICE_PASSIVE;
            }
        }
        if (!m && a >= 0 && !noun_use(c, i))
            m = &s->cands[EG_VOICE_ACTIVE].v[a];
        if (!m) {
            i++;
            continue;
        }
        occurrence *o = EG_VEC_PUSH(s->occs);
        if (!o)
            return -1;
        o->begin = (uint32_t)m->start;
        o->verb_end = (uint32_t)m->verb_end;
        o->gap_end = (uint32_t)m->particle_start;
        o->end = (uint32_t)m->end;
        o->verb = m->verb;
        o->voice = (uint8_t)voice;
        /* a gerund of a form with a noun after a time word or "by": "after signing
         * a deal with Y" (its inflected word comes first) */
        o->ing =
            c->it[o->verb_end - 1].ing ||
            (c->it[o->begin].ing && o->begin > 0 &&
             (is_word(c, (long)o->begin - 1, "after") || is_word(c, (long)o->begin - 1, "before") ||
              is_word(c, (long)o->begin - 1, "upon") || is_word(c, (long)o->begin - 1, "by")));
        for (uint32_t k = o->begin; k < o->end; k++)
            c->it[k].occ = (int32_t)(s->occs.n - 1);
        i = (long)o->end;
    }
    return 0;
}

/* An abbreviated month ("Aug", "Sept"): a W_TIME word of its own. */
static int month_abbr(const ctx *c, long i) {
    static const char *const months[] = {"jan", "feb",  "apr", "jun", "jul", "aug",
                                         "sep", "sept", "oct", "nov", "dec"};
    return IS_WORD_OF(c, i, months);
}

static int classify_punct(const ctx *c, long i, const eg_token *t, const eg_token *next,
                          const char *w, size_t n) {
    uint32_t p = 0;
    if (t->flags & EG_TOK_POSS)
        return P_POSS;
    if ((t->flags & EG_TOK_QUOTE) && t->len == 3 && next && (next->flags & EG_TOK_CAP) &&
        !(next->flags & EG_TOK_SPACE_BEFORE) && (i == 0 || (t->flags & EG_TOK_SPACE_BEFORE)) &&
        memcmp(c->doc->text + t->start, "\xe2\x80\x99", 3) == 0)
        return P_ELIDE; /* a right single quotation mark never opens a quotation */
    if (t->flags & EG_TOK_QUOTE)
        return P_QUOTE;
    if (t->flags & EG_TOK_DASH) {
        int glued = !(t->flags & EG_TOK_SPACE_BEFORE) && next &&
                    !(next->flags & EG_TOK_SPACE_BEFORE) && i > 0;
        return glued ? P_HYPHEN : P_DASH;
    }
    if (n == 1 && w[0] == ',')
        p = P_COMMA;
    else if (n == 1 && (w[0] == ';' || w[0] == ':'))
        p = P_SEMI;
    else if (n == 1 && (w[0] == '(' || w[0] == '['))
        p = P_OPEN;
    else if (n == 1 && (w[0] == ')' || w[0] == ']'))
        p = P_CLOSE;
    else if (n == 1 && w[0] == '.' && i > 0 && !(t->flags & EG_TOK_SPACE_BEFORE) &&
             (c->it[i - 1].lex & (W_HEAD | W_TIME)) &&
             c->it[i - 1].s_end - c->it[i - 1].s_start <= 4 &&
             (!(c->it[i - 1].lex & W_TIME) || month_abbr(c, i - 1)))
        p = P_ABBR;
    else if (t->flags & EG_TOK_SENT_PUNCT)
        p = P_SENT;
    else
        p = P_OTHER;
    return (int)p;
}

/* An amount restated in brackets between a verb and its particle ("invested
 * 1.2 billion riyals ($320 million) in X", "lent €500m (about $540m) to Y"):
 * its brackets are written as braces in the folded text, so that the verb
 * table reads the bracket as words of the gap, not as a boundary. Only after
 * an amount and before a lower-case preposition other than "by". */
static void mark_bracketed_amounts(ctx *c) {
    for (long i = 1; i + 2 < c->n; i++) {
        if (!(c->it[i].punct & P_OPEN) || c->s->text.data[c->it[i].s_start] != '(')
            continue;
        /* after "N", "N unit" or "N unit unit" ("1.2 billion riyals") */
        if (!is_num(c, i - 1) && !(nounish(c, i - 1, 0) && is_num(c, i - 2)) &&
            !(nounish(c, i - 1, 0) && nounish(c, i - 2, 0) && is_num(c, i - 3)))
            continue;
        long j = i + 1;
        int num = 0;
        for (; j < c->n && j < i + 8; j++) {
            if (c->it[j].ment >= 0 || (c->it[j].punct & (P_OPEN | P_SENT | P_SEMI | P_QUOTE)))
                break;
            if (c->it[j].punct & P_CLOSE)
                break;
            num |= is_num(c, j);
        }
        if (j >= c->n - 1 || !(c->it[j].punct & P_CLOSE) || !num ||
            c->s->text.data[c->it[j].s_start] != ')' || !(c->it[j + 1].lex & W_PREP) ||
            (c->it[j + 1].lex & W_BY) || (c->it[j + 1].tflags & EG_TOK_CAP))
            continue;
        c->s->text.data[c->it[i].s_start] = '{';
        c->s->text.data[c->it[j].s_start] = '}';
        i = j;
    }
}

/* Builds the items and folded text of sentence `si`; mentions [m0, m1). */
/* Words in -ly that are nouns or adjectives, not adverbs: "the weekly X",
 * "the family firm", "its ally X". */
static int ly_noun(const char *w, size_t n) {
    static const char *const words[] = {"daily",    "weekly",     "monthly", "quarterly",
                                        "family",   "assembly",   "ally",    "rally",
                                        "monopoly", "fortnightly"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strlen(words[i]) == n && memcmp(words[i], w, n) == 0)
            return 1;
    return 0;
}

static int build_items(ctx *c, const eg_sentence *se, size_t m0, size_t m1, size_t max_mentions) {
    eg_relscratch *s = c->s;
    eg_doc *d = c->doc;
    eg_strbuf_clear(&s->text);
    s->items.n = 0;
    size_t mi = m0;
    for (uint32_t t = se->tok_begin; t < se->tok_end;) {
        item *x = EG_VEC_PUSH(s->items);
        if (!x)
            return -1;
        const eg_token *tok = &d->toks.v[t];
        if (s->items.n > 1 && (tok->flags & EG_TOK_SPACE_BEFORE) && eg_strbuf_putc(&s->text, ' '))
            return -1;
        x->s_start = (uint32_t)s->text.len;
        x->tflags = tok->flags;
        x->cand[0] = x->cand[1] = -1;
        x->voices = -1;
        x->occ = -1;
        x->ment = -1;
        while (mi < m1 && d->ments.v[mi].tok_end <= t)
            mi++;
        if (mi < m1 && d->ments.v[mi].tok_begin <= t) {
            const eg_mention *m = &d->ments.v[mi];
            x->ment = (int32_t)mi;
            x->endpoint = max_mentions == 0 || mi - m0 < max_mentions;
            x->tok_begin = t;
            x->tok_end = m->tok_end < se->tok_end ? m->tok_end : se->tok_end;
            if (x->tok_end <= t)
                x->tok_end = t + 1;
            /* a nationality adjective may stand in the words before a
             * particle ("sold Venezuelan crude to"): it reads as a word; so
             * does a place after "in", "at" or "near" ("signed a deal in
             * Colombo with"), which find_candidates then checks */
            int word = m->origin == EG_ORIGIN_DEMONYM;
            if (!word && s->items.n > 1) {
                const item *pv = &s->items.v[s->items.n - 2];
                size_t pl = pv->s_end - pv->s_start;
                const char *pw = s->text.data + pv->s_start;
                const eg_docent *en = &d->ents.v[m->ent];
                const char *ty = en->gaz >= 0
                                     ? (s->gaz ? eg_gazetteer_type(s->gaz, (size_t)en->gaz) : NULL)
                                     : d->names.data + en->type_off;
                word = pv->ment < 0 && ty &&
                       (strcmp(ty, "location") == 0 || strcmp(ty, "country") == 0) &&
                       ((pl == 2 && (memcmp(pw, "in", 2) == 0 || memcmp(pw, "at", 2) == 0)) ||
                        (pl == 4 && memcmp(pw, "near", 4) == 0));
            }
            if (eg_strbuf_putc(&s->text, word ? '\x02' : '\x01'))
                return -1;
            x->s_end = (uint32_t)s->text.len;
            t = x->tok_end;
            mi++;
            continue;
        }
        x->tok_begin = t;
        x->tok_end = t + 1;
        size_t at = s->text.len;
        if (eg_fold(d->text + tok->start, tok->len, EG_FOLD_CASE, &s->text))
            return -1;
        for (size_t k = at; k < s->text.len; k++)
            if ((unsigned char)s->text.data[k] < 0x20 || s->text.data[k] == 0x7f)
                s->text.data[k] = '?';
        x->s_end = (uint32_t)s->text.len;
        t++;
    }
    c->it = s->items.v;
    c->n = (long)s->items.n;
    for (long i = 0; i < c->n; i++) {
        item *x = &c->it[i];
        if (x->ment >= 0)
            continue;
        size_t n = x->s_end - x->s_start;
        const char *w = s->text.data + x->s_start;
        const eg_token *tok = &d->toks.v[x->tok_begin];
        if (tok->flags & EG_TOK_WORD) {
            x->lex = lex_lookup(s, w, n);
            if (!x->lex && n > 3 && ends_with(w, n, "n't"))
                x->lex = W_AUX | W_NEG;
            if (!x->lex && !(tok->flags & EG_TOK_CAP) && n >= 5 && ends_with(w, n, "ly") &&
                !ly_noun(w, n))
                x->ly = 1;
            x->ing = n > 4 && ends_with(w, n, "ing");
            x->ed = (n > 3 && ends_with(w, n, "ed")) || is_irregular_past(s, w, n);
            if (tok->flags & EG_TOK_POSS)
                x->punct = P_POSS;
        } else if (!(tok->flags & EG_TOK_NUM)) {
            const eg_token *next = x->tok_begin + 1 < d->toks.n ? tok + 1 : NULL;
            x->punct = (uint32_t)classify_punct(c, i, tok, next, w, n);
        }
    }
    /* "responded that", "replied that", "countered that" report speech; "responded by
     * expelling" does not */
    for (long i = 0; i + 1 < c->n; i++) {
        item *x = &c->it[i];
        if (x->ment < 0 && !x->lex && x->ed && is_word(c, i + 1, "that") &&
            (is_word(c, i, "responded") || is_word(c, i, "replied") || is_word(c, i, "countered")))
            x->lex = W_SPEECH;
    }
    mark_bracketed_amounts(c);
    return 0;
}

static int rel_cmp(const void *pa, const void *pb) {
    const eg_relation *a = pa, *b = pb;
    if (a->src != b->src)
        return a->src < b->src ? -1 : 1;
    if (a->dst != b->dst)
        return a->dst < b->dst ? -1 : 1;
    if (a->verb_start != b->verb_start)
        return a->verb_start < b->verb_start ? -1 : 1;
    if (a->pattern != b->pattern)
        return a->pattern < b->pattern ? -1 : 1;
    if (a->flags != b->flags)
        return a->flags < b->flags ? -1 : 1;
    return (a->reported_by > b->reported_by) - (a->reported_by < b->reported_by);
}

/* "X, in which Y has invested (billions),", "X, a start-up in which Y invested," and "X, with which
 * Y signed a deal,": the relative pronoun after a particle is the verb's object. The clause is
 * matched again with the particle put back after it ("has invested billions in"), so the verb table
 * decides which verbs take it. Returns 0, 1 when a PCRE2 limit was hit, -1 on ENOMEM. */
static int prep_relative(ctx *c, long i) {
    eg_relscratch *s = c->s;
    long prep = i - 1, ante = i - 2;
    if (!(lex(c, prep) & W_PREP) || (lex(c, prep) & W_BY))
        return 0;
    if (!(punct(c, ante) & P_COMMA)) {
        /* "X, a start-up in which Y has invested": a describing apposition
         * of a determiner and noun words (no name but a nationality) names X
         * again */
        int words = 0;
        while (ante > 0 && words < 6 &&
               (np_glue(c, ante) || nounish(c, ante, 1) || hyphen_particle(c, ante) ||
                (words > 0 && (capword(c, ante) || has_type(c, ante, "country"))))) {
            words += !np_glue(c, ante);
            ante--;
        }
        if (!words || !(lex(c, ante) & W_DET) || !(punct(c, ante - 1) & P_COMMA))
            return 0;
        ante--;
    }
    ante = skip_heads_left(c, ante - 1, NULL);
    if (!is_ment(c, ante))
        return 0;
    long subj = np_prefix(c, i + 1), e = 0;
    if (subj < 0 || (subj = np_head(c, subj, &e, NULL)) < 0)
        return 0;
    long k = e;
    int adjunct = 0;
    while (k < c->n && !(punct(c, k) & (P_COMMA | P_BOUNDARY | P_DASH)) && !is_ment(c, k) &&
           !(lex(c, k) & (W_REL | W_BOUNDW | W_AND)) && k < e + 12) {
        if ((lex(c, k) & W_TPREP) && ((lex(c, k + 1) & W_TIME) || is_num(c, k + 1))) {
            adjunct = 1; /* "invested $200 million in 2024," */
            break;
        }
        k++;
    }
    if (k == e || (!adjunct && k < c->n && !(punct(c, k) & (P_COMMA | P_BOUNDARY | P_DASH))))
        return 0;
    size_t base = c->it[e].s_start, tail;
    eg_strbuf_clear(&s->syn);
    if (eg_strbuf_append(&s->syn, s->text.data + base, c->it[k - 1].s_end - base) ||
        eg_strbuf_putc(&s->syn, ' '))
        return -1;
    tail = s->syn.len;
    if (eg_strbuf_append(&s->syn, s->text.data + c->it[prep].s_start,
                         c->it[prep].s_end - c->it[prep].s_start))
        return -1;
    eg_verbmatch m;
    int rc = eg_verbs_next(c->v, s->vs, EG_VOICE_ACTIVE, s->syn.data, s->syn.len, 0, &m);
    if (rc < 0)
        return 1;
    if (rc != EG_VERBS_FOUND || !m.has_particle || m.particle_start != tail || m.end != s->syn.len)
        return 0;
    long vb = item_at_start(c, base + m.start), ve = item_at_end(c, base + m.verb_end);
    if (vb < e || ve < vb || ve >= k)
        return 0;
    occurrence o;
    memset(&o, 0, sizeof o);
    o.begin = (uint32_t)vb;
    o.verb_end = (uint32_t)ve + 1;
    o.gap_end = o.end = o.verb_end + 1; /* the particle is not in the text here */
    o.verb = m.verb;
    o.ing = c->it[ve].ing;
    uint32_t flags = 0;
    int has_be = 0;
    if (scan_aux(c, vb, &o, &flags, &has_be) != e - 1 || has_be)
        return 0;
    return push_rel(c, subj, ante, &o, flags, -1) ? -1 : 0;
}

/* Returns 0, or -1 on ENOMEM; a limit hit is warned about and skips the sentence. */
/* Counts and reports a PCRE2 limit hit: the sentence gives no relations. */
static void limit_hit(ctx *c, uint32_t si) {
    c->s->limit_hits++;
    eg_warn(c->s->diag, c->doc->origin, c->doc->origin_line, 0,
            "article %s, sentence %u: a verb pattern hit a PCRE2 limit; no relations read from "
            "this sentence",
            c->doc->id ? c->doc->id : "?", si + 1);
}

static int do_sentence(ctx *c, uint32_t si, size_t m0, size_t m1, size_t max_mentions) {
    eg_relscratch *s = c->s;
    const eg_sentence *se = &c->doc->sents.v[si];
    c->sentence = si;
    s->out.n = 0;
    s->pool.n = 0;
    if (build_items(c, se, m0, m1, max_mentions))
        return -1;
    for (int voice = 0; voice < 2; voice++) {
        int rc = find_candidates(c, (eg_voice)voice);
        if (rc < 0)
            return -1;
        if (rc > 0) {
            limit_hit(c, si);
            return 0;
        }
    }
    if (resolve_occurrences(c))
        return -1;
    for (size_t k = 0; k < s->occs.n; k++)
        if (process_occurrence(c, &s->occs.v[k]))
            return -1;
    for (long i = 2; i < c->n; i++) {
        if (!is_word(c, i, "which") && !is_word(c, i, "whom"))
            continue;
        int rc = prep_relative(c, i);
        if (rc < 0)
            return -1;
        if (rc > 0) {
            limit_hit(c, si);
            return 0;
        }
    }
    if (!s->out.n)
        return 0;
    qsort(s->out.v, s->out.n, sizeof *s->out.v, rel_cmp);
    size_t keep = 0;
    for (size_t k = 0; k < s->out.n; k++) {
        const eg_relation *r = &s->out.v[k];
        if (keep && s->out.v[keep - 1].src == r->src && s->out.v[keep - 1].dst == r->dst &&
            s->out.v[keep - 1].verb_start == r->verb_start &&
            s->out.v[keep - 1].pattern == r->pattern)
            continue;
        s->out.v[keep++] = *r;
    }
    if (EG_VEC_RESERVE(c->doc->rels, c->doc->rels.n + keep))
        return -1;
    memcpy(c->doc->rels.v + c->doc->rels.n, s->out.v, keep * sizeof *s->out.v);
    c->doc->rels.n += keep;
    return 0;
}

eg_status eg_relations_find(const eg_verbs *v, eg_relscratch *s, eg_doc *doc, size_t max_mentions,
                            eg_error *err) {
    if (!v || !s || eg_verbs_count(v) == 0)
        return EG_OK;
    ctx c;
    memset(&c, 0, sizeof c);
    c.s = s;
    c.v = v;
    c.doc = doc;
    c.particle = -1;
    /* The headline restates the story in a compressed grammar ("Canada expels
     * Chinese diplomat accused of ..."): relations come from the story, and
     * from the title only when there is no story. */
    uint32_t skip = EG_SENT_BOILER;
    for (uint32_t si = 0; si < doc->sents.n; si++)
        if (!(doc->sents.v[si].flags & (EG_SENT_TITLE | EG_SENT_BOILER)))
            skip |= EG_SENT_TITLE;
    for (uint32_t si = 0; si < doc->sents.n && !c.lower; si++) {
        const eg_sentence *se = &doc->sents.v[si];
        if (se->flags & (EG_SENT_TITLE | EG_SENT_BOILER))
            continue;
        for (uint32_t t = se->tok_begin; t < se->tok_end && !c.lower; t++)
            c.lower = (doc->toks.v[t].flags & (EG_TOK_WORD | EG_TOK_ALLCAPS)) == EG_TOK_WORD;
    }
    size_t m = 0;
    for (uint32_t si = 0; si < doc->sents.n; si++) {
        const eg_sentence *se = &doc->sents.v[si];
        while (m < doc->ments.n && doc->ments.v[m].tok_begin < se->tok_begin)
            m++;
        size_t m0 = m;
        while (m < doc->ments.n && doc->ments.v[m].tok_begin < se->tok_end)
            m++;
        if ((se->flags & skip) || m - m0 < 2)
            continue;
        if (do_sentence(&c, si, m0, m, max_mentions))
            return eg_error_set(err, EG_ERR_NOMEM, doc->origin, doc->origin_line, 0,
                                "out of memory while reading relations");
    }
    return EG_OK;
}
