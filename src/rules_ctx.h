/* rules_ctx: internal to the rules modules (rules*.c), not installed. The
 * rule set's and the scratch's layout, the per-article context every rule
 * reads, the candidate spans rules propose, and the helpers more than one
 * rule family needs (eg_rx_*, in rules_ctx.c unless noted). */
#ifndef EG_RULES_CTX_H
#define EG_RULES_CTX_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <pcre2.h>

#include "doc.h"
#include "error.h"
#include "gazetteer.h"
#include "rules.h"
#include "strbuf.h"
#include "tokcache.h"

#define NONE UINT32_MAX

enum { W_FUNC = 1, W_DAY = 2, W_MONTH = 4 };

enum { TITLE_SURNAME = 1u };
enum { DES_OF = 1u, DES_PREFIX = 2u, DES_SECTOR = 4u, DES_HEAD = 8u };
enum { REC_ALLCAPS = 1u };

typedef struct title {
    char *text;   /* as written */
    char **words; /* case-folded, "." tokens left out */
    size_t nwords;
    unsigned flags;
} title;

typedef struct designator {
    char *form; /* as written, a trailing "." dropped (unless dotted) */
    char *type;
    unsigned flags;
} designator;

/* A frame of org_frames.txt: the lower-case words right before a name
 * ("fined *", "contract with *"). */
typedef struct frame {
    char **words; /* in order, a hyphen a word of its own ("state", "-", "owned") */
    size_t nwords;
} frame;

typedef struct recogniser {
    char *type;
    pcre2_code *code;
    uint32_t group; /* number of the `name` group */
    unsigned flags;
    char *where; /* "file:line" of the rule, for warnings */
    /* flag needs=A|B: the rule only runs on sentences holding one of these
     * literal strings (as written, '|'-separated); NULL: on every sentence */
    char *needs;
} recogniser;

struct eg_rules {
    title *titles;
    size_t ntitles, ctitles;
    const title **title_order; /* sorted by first word, longest first */
    designator *des;
    size_t ndes, cdes;
    const designator **des_order; /* sorted by form */
    recogniser *recs;
    size_t nrecs, crecs;
    char **title_words; /* for the matcher */
    size_t ntitle_words;
    char **org_words;
    size_t norg_words;
    char **given; /* given names, sorted */
    size_t ngiven, cgiven;
    frame *frames;
    size_t nframes, cframes;
    /* the frames' last words, sorted and unique: a cheap test before the
     * frames */
    char **before_slot;
    size_t nbefore_slot;
    uint32_t max_groups;
    int finished;
};

/* ---------------------------------------------------------------- scratch */

enum {
    K_ORG = 0,
    K_TITLE,
    K_BYLINE,
    K_APPOS,
    K_GIVEN,
    K_PLACE,
    K_NOUN,
    K_USER,
    K_KNOWN,
    K_ACRONYM
};

typedef struct cand {
    uint32_t tb, te; /* tokens [tb, te) */
    uint32_t sent;
    uint32_t kind;   /* K_* */
    uint32_t origin; /* EG_ORIGIN_RULE or EG_ORIGIN_SHORT */
    int32_t ent;     /* target doc entity, or -1 for a discovered one named by the span */
    const char *type;
    uint32_t replace; /* may replace demonym, country and location mentions inside it */
    uint32_t absorb;  /* may also replace the listed organisation it starts with */
    uint32_t swap;    /* may replace a listed country with exactly its span */
    uint32_t inner;   /* may replace one-word listed names after its first token (2: any) */
    uint32_t join;    /* may replace every mention inside it (two names joined as one) */
    uint32_t seq;
    uint32_t ok;
} cand;

#define EG_RX_LSET_CACHE 512 /* entries of eg_rulescratch.lset_cache, a power of two */

struct eg_rulescratch {
    const eg_rules *r;
    uint32_t groups; /* capture groups the match data has room for */
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jit;
    EG_VEC(uint32_t) cover; /* token -> mention index or NONE */
    EG_VEC(uint32_t) foff;  /* token -> offset of its case-folded form in `fold` */
    EG_VEC(uint32_t) flen;
    eg_strbuf fold;
    /* token -> memo of eg_rx_title_at's first candidate title, of
     * eg_rx_designator_at and of eg_rx_given_name for this article: 0 not
     * looked up yet, 1 none, i + 2 the title_order / des_order index i
     * (given: 2 a given name) */
    EG_VEC(uint32_t) memo_title;
    EG_VEC(uint32_t) memo_des;
    /* a token as written -> its memo_title (val) and memo_des (aux) values,
     * across articles (rules_ctx.c) */
    eg_tokcache tc;
    EG_VEC(uint8_t) memo_given;
    /* sole_legislature's answers (rules_gov.c) for the gazetteer of serial
     * leg_serial (eg_gazetteer_serial): a
     * country's gazetteer index and its one legislature or -1, so that the
     * gazetteer is scanned once per country and thread, not per mention */
    uint64_t leg_serial;
    uint32_t leg_n;
    uint32_t leg_country[16];
    long leg_body[16];
    /* token -> eg_rx_lower_word_in's lower-cased word: 0 not made yet, 1 not
     * a lower-case ASCII word, 2 made (NUL-terminated at lower.v[16 * token]) */
    EG_VEC(uint8_t) memo_lower;
    /* token -> that lower-cased word's id in `vocab` (set with memo_lower ==
     * 2), NONE when no list looked up so far holds the word */
    EG_VEC(uint32_t) lower_wid;
    /* token -> eg_rx_word_class of the token + 1, 0 not looked up yet */
    EG_VEC(uint8_t) memo_class;
    /* token -> the gazetteer entity eg_rx_listed_word finds for it, whatever
     * its type: 0 not looked up yet, 1 none, g + 2 entity g */
    EG_VEC(uint32_t) memo_listed;
    /* word lists passed to eg_rx_lower_word_in, indexed by a hash of their
     * words (open addressing on the list's address; rules_ctx.c) */
    struct eg_rx_listset *lsets;
    size_t lsets_cap, lsets_n;
    const struct eg_rx_listset *lset_last; /* the last one looked up, or NULL */
    /* a direct-mapped cache in front of lsets, by the list's address
     * (cleared whenever lsets moves) */
    const struct eg_rx_listset *lset_cache[EG_RX_LSET_CACHE];
    /* every word of every list in lsets, sorted or not, numbered in the order
     * met: open addressing on the word's hash (rules_ctx.c). vocab_bad: an
     * allocation failed, so the ids are not to be trusted (the look-ups then
     * search the lists) */
    struct eg_rx_vword {
        const char *w; /* NULL: empty */
        uint32_t hash, id;
    } * vocab;
    size_t vocab_cap, vocab_n;
    int vocab_bad;
    /* recogniser k's needs= literals in this article: occ[occ_from[k],
     * occ_from[k + 1]) are (start << 32 | end) byte spans, sorted; occ_cur[k]
     * is where the last sentence's look-up started */
    EG_VEC(uint64_t) occ;
    EG_VEC(uint32_t) occ_from;
    EG_VEC(uint32_t) occ_cur;
    EG_VEC(uint64_t) occ_tmp; /* (recogniser << 40 | start), end in occ_end */
    EG_VEC(uint32_t) occ_end;
    /* every needs= literal of every recogniser, by first byte:
     * lits[lit_from[b], lit_from[b + 1]) (made with the first-byte ranges) */
    struct eg_rx_lit {
        const char *s;
        uint32_t n, rec;
    } * lits;
    uint32_t lit_from[257];
    /* bit (b0 << 8 | b1): a literal may start with the bytes b0 b1 (every b1
     * when a literal is b0 alone) */
    uint64_t lit_pair[1024];
    /* recogniser -> 1 if it may match in this article (its needs= literals
     * occur in the text, or it has none) */
    EG_VEC(uint8_t) rec_on;
    EG_VEC(char) lower;
    EG_VEC(cand) cands;
    EG_VEC(uint8_t) taken;
    EG_VEC(uint8_t) removed;
    EG_VEC(eg_mention) out;
    eg_strbuf name;
    eg_strbuf persons;     /* folded names of known persons, NUL-separated */
    EG_VEC(uint64_t) lone; /* lone capitalised words: hash << 32 | token, sorted */
    eg_diag *diag;         /* warnings (PCRE2 limits), may be NULL */
    /* [b], [b + 1]: the range of title_order, des_order and given whose first
     * word starts with byte b (set up by eg_rules_apply once per scratch) */
    uint32_t title_from[257], des_from[257], given_from[257];
    int from_ok;
};

/* ---------------------------------------------------------------- context */

/* One article under the rules: set up by eg_rules_apply, read by every rule. */
typedef struct ctx {
    const eg_rules *r;
    eg_rulescratch *s;
    const eg_gazetteer *g;
    eg_doc *doc;
    const eg_token *tv;
    uint32_t ntok;
    const char *text;
} ctx;

static inline const char *ttext(const ctx *c, uint32_t j) {
    return c->text + c->tv[j].start;
}

/* Is token j written s? Always inlined, so that a literal's strlen and
 * memcmp fold into a few compares (the rules call it at every token). */
__attribute__((always_inline)) static inline int tok_is(const ctx *c, uint32_t j, const char *s) {
    size_t n = strlen(s);
    return c->tv[j].len == n && memcmp(ttext(c, j), s, n) == 0;
}

/* Do tokens [a, a + n) have the text of tokens [b, b + n)? */
static inline int same_tokens(const ctx *c, uint32_t a, uint32_t b, uint32_t n) {
    for (uint32_t k = 0; k < n; k++)
        if (c->tv[a + k].len != c->tv[b + k].len ||
            memcmp(ttext(c, a + k), ttext(c, b + k), c->tv[b + k].len) != 0)
            return 0;
    return 1;
}

static inline int attached(const ctx *c, uint32_t j) {
    return !(c->tv[j].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START));
}

/* Whitespace (not a line break alone) before token j. */
static inline int attached_space(const ctx *c, uint32_t j) {
    return (c->tv[j].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START)) != 0;
}

static inline int covered(const ctx *c, uint32_t j) {
    return c->s->cover.v[j] != NONE;
}

static inline int folded_is(const ctx *c, uint32_t j, const char *w) {
    size_t n = strlen(w);
    return c->s->flen.v[j] == n && memcmp(c->s->fold.data + c->s->foff.v[j], w, n) == 0;
}

static inline int is_hyphen(const ctx *c, uint32_t j) {
    return tok_is(c, j, "-") || tok_is(c, j, "\xE2\x80\x90") || tok_is(c, j, "\xE2\x80\x91");
}

static inline int is_cap_word(const ctx *c, uint32_t j) {
    uint32_t f = c->tv[j].flags;
    return (f & EG_TOK_WORD) && (f & EG_TOK_CAP) && !(f & EG_TOK_POSS);
}

/* Is cp an apostrophe before a possessive "S" that ends the word (rest[0..n)
 * follows it)? Title case keeps that "s" small: "ST JOHN’S" is "St John’s",
 * while "O’NEILL" stays "O’Neill". */
static inline int poss_s(uint32_t cp, const unsigned char *rest, size_t n) {
    return (cp == '\'' || cp == 0x2019) && n && (rest[0] == 'S' || rest[0] == 's') &&
           (n == 1 || (rest[1] < 0x80 && !((rest[1] | 0x20) >= 'a' && (rest[1] | 0x20) <= 'z')));
}

/* ---------------------------------------------------------------- word lists */

/* strcmp order of two `const char *` (for qsort), and membership of a key in
 * a list sorted that way. */
int eg_rx_cmp_cstr(const void *a, const void *b);
int eg_rx_in_sorted(const char *const *list, size_t n, const char *key);
#define IN_SORTED(list, key) eg_rx_in_sorted(list, sizeof list / sizeof list[0], key)

/* Lower-cases an ASCII word into buf; 0 if it is too long or not ASCII letters. */
int eg_rx_ascii_lower(const char *s, size_t len, char *buf, size_t size);

/* W_* bits of s[0..len): function word, weekday, month (ASCII case ignored). */
unsigned eg_rx_word_class(const char *s, size_t len);

/* Exact (case-sensitive) membership of s[0..len) in a sorted list. */
int eg_rx_is_word_in(const char *const *list, size_t n, const char *s, size_t len);
#define IS_WORD_IN(list, s, len) eg_rx_is_word_in(list, sizeof list / sizeof list[0], s, len)

/* Fills token j's memo_class entry and returns eg_rx_tok_class(c, j). */
unsigned eg_rx_tok_class_fill(const ctx *c, uint32_t j);
/* eg_rx_word_class of token j, memoised for the article: use it instead of
 * eg_rx_word_class(ttext(c, j), c->tv[j].len), which it always equals. */
static inline unsigned eg_rx_tok_class(const ctx *c, uint32_t j) {
    uint8_t m = c->s->memo_class.v[j];
    return m ? m - 1u : eg_rx_tok_class_fill(c, j);
}
/* Frees the word-list index of eg_rx_lower_word_in (rules.c frees the scratch). */
void eg_rx_listsets_free(eg_rulescratch *s);

/* Membership of s[0..len) (up to a NUL in it) in a list sorted in strcmp
 * order, through a hash of the list made once per thread: the answers of
 * eg_rx_in_sorted and eg_rx_is_word_in, at a fraction of the cost. IN_LIST
 * and WORD_IN_LIST stand in for IN_SORTED and IS_WORD_IN where a ctx *c is
 * at hand. */
int eg_rx_in_list_lookup(const ctx *c, const char *const *list, size_t n, const char *s,
                         size_t len);

/* A word list of eg_rx_in_list and eg_rx_lower_word_in, indexed: slot[]
 * holds word index + 1 (0 empty) under the word's hash, hash[] that hash;
 * bit i of bits[] says whether vocab word i is in the list. A list not in
 * strcmp order is left to the binary search (sorted == 0), whose answers for
 * it are not plain membership. */
struct eg_rx_listset {
    const char *const *list; /* NULL: an empty entry of the table */
    size_t n;
    uint32_t *slot, *hash;
    uint32_t mask;
    int sorted;
    uint64_t first[4]; /* bit b: a word of the list starts with byte b (set when sorted) */
    uint64_t pair[8];  /* bit PAIR_KEY(b0, b1): a word may start with b0 b1 (b1 0: b0 alone) */
    uint64_t *bits;    /* over the vocab ids below nbits */
    uint32_t nbits;
};
#define FIRST_HAS(ls, b) ((ls)->first[(unsigned char)(b) >> 6] >> ((unsigned char)(b)&63) & 1)
#define PAIR_KEY(b0, b1) (((unsigned)(unsigned char)(b0)*27u + (unsigned char)(b1)) & 511u)
#define PAIR_HAS(ls, k) ((ls)->pair[(k) >> 6] >> ((k)&63) & 1)

/* The index of list[0..n) if the scratch's address cache holds it (it does
 * after the list's first look-up, as long as no other list shares its slot),
 * else NULL. */
static inline const struct eg_rx_listset *eg_rx_lset_cached(const eg_rulescratch *s,
                                                            const char *const *list, size_t n) {
    const struct eg_rx_listset *ls = s->lset_cache[((uintptr_t)list >> 3) & (EG_RX_LSET_CACHE - 1)];
    return ls && ls->list == list && ls->n == n ? ls : NULL;
}

/* eg_rx_in_list_lookup, answering without the call when the list is indexed
 * and none of its words starts with s[0], or with the first two bytes of s
 * (s[0] alone when the word, up to a NUL, is one byte long). */
static inline int eg_rx_in_list(const ctx *c, const char *const *list, size_t n, const char *s,
                                size_t len) {
    const struct eg_rx_listset *ls = eg_rx_lset_cached(c->s, list, n);
    if (ls && ls->sorted && len &&
        (!FIRST_HAS(ls, s[0]) || !PAIR_HAS(ls, PAIR_KEY(s[0], len > 1 && s[0] ? s[1] : 0))))
        return 0;
    return eg_rx_in_list_lookup(c, list, n, s, len);
}
#define IN_LIST(list, key) eg_rx_in_list(c, list, sizeof list / sizeof list[0], key, strlen(key))
#define WORD_IN_LIST(list, s, len)                                                                 \
    ((len) > 0 && (len) < 16 && eg_rx_in_list(c, list, sizeof list / sizeof list[0], s, len))

/* Fills token j's memo_lower entry (and lower_wid) if it is not made yet. */
void eg_rx_lower_memo(const ctx *c, uint32_t j);
/* Token j lower-cased when it is a lower-case ASCII word (letters and
 * hyphens, capitals allowed after the first letter) of at most 15 bytes, as
 * eg_rx_ascii_lower writes it (as long as the token); NULL otherwise.
 * Memoised for the article. */
static inline const char *eg_rx_lower_word(const ctx *c, uint32_t j) {
    if (!c->s->memo_lower.v[j])
        eg_rx_lower_memo(c, j);
    return c->s->memo_lower.v[j] == 2 ? c->s->lower.v + 16 * (size_t)j : NULL;
}
/* Is token j a lower-case word of a sorted lower-case list? */
int eg_rx_lower_word_in(const ctx *c, uint32_t j, const char *const *list, size_t n);
/* The same, answering without a call when the token's memo already says no
 * (not a lower-case ASCII word, or its first letter outside the list's) or,
 * for an indexed list in strcmp order, from the word's id and the list's
 * bits. */
static inline int eg_rx_lower_in(const ctx *c, uint32_t j, const char *const *list, size_t n) {
    const eg_rulescratch *s = c->s;
    uint8_t m = s->memo_lower.v[j];
    if (m == 1 || !n)
        return 0;
    if (m == 2) {
        unsigned char b = (unsigned char)s->lower.v[16 * (size_t)j];
        if (b < (unsigned char)list[0][0] || b > (unsigned char)list[n - 1][0])
            return 0;
        const struct eg_rx_listset *ls = eg_rx_lset_cached(s, list, n);
        if (ls && ls->sorted && !s->vocab_bad) {
            uint32_t w = s->lower_wid.v[j];
            return w < ls->nbits && (ls->bits[w >> 6] >> (w & 63) & 1);
        }
    }
    return eg_rx_lower_word_in(c, j, list, n);
}
#define LOWER_IN(j, list) eg_rx_lower_in(c, j, list, sizeof list / sizeof list[0])

/* EG_ERR_NOMEM at path:line. */
eg_status eg_rx_oom(const char *path, long line, eg_error *err);

/* Appends s with whitespace runs folded to one space (ends trimmed), case-folded
 * with `lower`; -1 on ENOMEM. */
int eg_rx_fold_space(const char *s, size_t n, int lower, eg_strbuf *sb);

/* ---------------------------------------------------------------- token tests */

/* A word that is a single capital letter ("J" of "J. R. Ellison"). */
int eg_rx_is_initial_letter(const ctx *c, uint32_t j);
/* The designator written as token j, or NULL. */
const designator *eg_rx_designator_at(const ctx *c, uint32_t j);
/* Is token j, as written, a given name from given_names.txt? */
int eg_rx_given_name(const ctx *c, uint32_t j);
/* The gazetteer entity that token j, covered or not, names as one listed form
 * (of `type` unless NULL), or -1. */
long eg_rx_listed_word(const ctx *c, uint32_t j, const char *type);
/* The gazetteer country that token j names ("Italian", "Kenya"), or -1. */
long eg_rx_country_word(const ctx *c, uint32_t j);
/* A designator that always makes a name an organisation or agency ("Ltd"). */
int eg_rx_strong_designator(const designator *d);
/* The longest title starting at token j inside [j, se); *end receives the
 * token after it. */
const title *eg_rx_title_at(const ctx *c, uint32_t j, uint32_t se, uint32_t *end);
/* Does a title end exactly at token e (starting at most four tokens before)? */
int eg_rx_title_ends_at(const ctx *c, uint32_t sb, uint32_t e);
/* Is token j "at", "for", "from", "in", "of", "to" or "with"? */
int eg_rx_is_prep(const ctx *c, uint32_t j);

/* Type and name of doc entity e (gazetteer or discovered). The type stays
 * valid for the article; the name of a discovered entity is borrowed from
 * the article's name pool, which eg_doc_discovered may move. */
const char *eg_rx_ent_type(const ctx *c, uint32_t e);
const char *eg_rx_ent_name(const ctx *c, uint32_t e);
/* Is w[0..n) one of the words of `name` (split at spaces and hyphens)? */
int eg_rx_name_has_word(const char *name, const char *w, size_t n);
/* A gazetteer mention (demonym, country, location) that a longer rule span
 * may swallow. */
int eg_rx_replaceable(const ctx *c, const eg_mention *m);

/* Proposes tokens [tb, te) of sentence `sent` as a K_* candidate: a new
 * entity of `type` named by the span (ent < 0) or doc entity `ent`. A new
 * entity's span is first set right wherever a rule takes or drops words
 * beside a name: none for a modifier ("Geneva-based"); the new place alone
 * of a city pair before a link noun ("the Pokhara-Jomsom route" -> Jomsom);
 * a body's plural possessive opener taken in ("Citizens’ Budget Watch") and
 * "in" and a field after "<head> for/of ..." ("... Violence in Sport"); and
 * a listed "The <name>" that opens a body's name, its "The" left out ("The
 * Independent Petroleum Marketers Association"). No new organisation starts
 * after "Al-" or another Arabic particle and a hyphen ("Jazirat Al-Bina"). */
eg_status eg_rx_add_cand(ctx *c, uint32_t tb, uint32_t te, uint32_t sent, uint32_t kind,
                         const char *type, int32_t ent, uint32_t origin, eg_error *err);

/* ---------------------------------------------------------------- rule families */

/* Each rule adds candidates for sentence si, tokens [sb, se). */

/* The gazetteer index of the country the article is about (its listed
 * names and the listed places of one country vote for it), or NONE. */
uint32_t eg_rx_article_country(const ctx *c);

/* rules_person.c */
eg_status eg_rx_rule_titles(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
eg_status eg_rx_rule_apposition(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
eg_status eg_rx_rule_given(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
eg_status eg_rx_rule_bylines(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
eg_status eg_rx_rule_known_titles(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
eg_status eg_rx_rule_known_surnames(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
/* Fills the scratch's `persons` for eg_rx_rule_known_titles; -1 on ENOMEM. */
int eg_rx_collect_persons(ctx *c);
/* Whether a person of the article has the word w[0..n) in their name. */
int eg_rx_person_word(const ctx *c, const char *w, size_t n);
/* Is the rule-found person name in tokens [tb, te) a thing for its shape
 * ("Prince Hassan Air Base", "Vitória Setúbal", "the town of Juan Aldama")? */
int eg_rx_not_person(const ctx *c, uint32_t tb, uint32_t te);
/* Is token j a lower-case common noun for people ("residents", "citizen")? */
int eg_rx_person_noun(const ctx *c, uint32_t j);
/* Second round, over doc->ments: a person named by a listed place's word
 * ("Santiago Pereira Montoya", "Ryota Fukushima"). */
eg_status eg_rx_rule_place_names(ctx *c, eg_error *err);

/* rules_place.c */
eg_status eg_rx_rule_places(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
eg_status eg_rx_rule_in_place(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
/* Is token j a lower-case noun after a place's name ("Poltava region")? */
int eg_rx_region_noun(const ctx *c, uint32_t j);
/* Before the rules: a listed mention opening with a lower-case modifier
 * ("mainland China") is cut to the rest when that names the same entity. */
void eg_rx_trim_modifiers(ctx *c);

/* rules_org.c */
eg_status eg_rx_rule_designators(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
eg_status eg_rx_rule_org_nouns(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
eg_status eg_rx_rule_says_it(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
/* An organisation's name of one to five capitalised words from token j (see
 * org_name in rules_org.c): the token after it, or NONE. */
uint32_t eg_rx_org_name(const ctx *c, uint32_t j, uint32_t se);
/* Does the name ending at token e go on past what eg_rx_org_name takes (a
 * possessive, or "of", "for", "de", "y" ... and a name word: "Unidos por"
 * is not, "Citizens for a Better Environment" is)? */
int eg_rx_name_goes_on(const ctx *c, uint32_t e, uint32_t se);
/* A paper's name signing off the story on its last line ("Bangkok Post",
 * "By Rana Qudah / Amman Herald", "Published in Dawn, ..."). */
eg_status eg_rx_rule_masthead(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);

/* rules_initials.c: a body's name in sentence case whose acronym follows in
 * brackets ("Slovenski državni gozdovi (SiDG)"). */
eg_status eg_rx_rule_initials(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
/* Second round: that name's acronym in mixed case ("SiDG") as its short form. */
eg_status eg_rx_rule_initials_alias(ctx *c, eg_error *err);

/* Does a body's name open with token j, a plural in its possessive before
 * the rest ("Citizens’ Budget Watch", "People’s United Democratic
 * Movement")? (rules_ctx.c) */
int eg_rx_plural_owner_opens(const ctx *c, uint32_t j);
/* rules_plural_owner.c: a listed body's name after such a plural owner is
 * the longer name of another body ("People’s United Democratic Movement",
 * not the listed "United Democratic Movement"). */
eg_status eg_rx_rule_plural_owner(ctx *c, eg_error *err);
/* Second round, over doc->ments: a body and the place that ends its name
 * joined as one ("House of Representatives of Puerto Rico", "Devon and
 * Cornwall Police"). */
eg_status eg_rx_rule_body_joins(ctx *c, eg_error *err);
/* Is d a legal form ("Limited", "Corp", "GmbH"), not a sector word
 * (rules_org.c)? */
int eg_rx_legal_form(const designator *d);
/* rules_bodyplace.c: a place that ends a body's name ("Texas A&M
 * University–Corpus Christi", "Novaya Gazeta Europe") joins it. */
eg_status eg_rx_rule_body_place(ctx *c, eg_error *err);
/* rules_native.c: a body's native name with small words inside, ending
 * with a place or a capitalised word, after "known locally as", "known in
 * <language> as" or "called ... in <language>" ("the rechtbank Den Haag",
 * "Lučka uprava Dubrovnik"), is a short form of the body named before it;
 * the place inside it is no node of its own. */
eg_status eg_rx_rule_native_place(ctx *c, eg_error *err);

/* rules_alias.c */
/* Does an acronym of the name [s, e) or "known as" follow it? */
int eg_rx_introduces_alias(const ctx *c, uint32_t s, uint32_t e, uint32_t se);
/* Is token j an uncovered all-capitals word that can be an acronym? */
int eg_rx_acronym_shape(const ctx *c, uint32_t j);
/* Second round, over doc->ments. A listed agency of another country after a
 * country's possessive or demonym becomes a body of its own (-1 on ENOMEM). */
int eg_rx_foreign_owner(ctx *c, eg_mention *m);
/* Acronyms and "known as" aliases after organisation and agency names. */
eg_status eg_rx_rule_acronyms(ctx *c, eg_error *err);
/* Is token j the name of a language ("Dutch", "Croatian")? */
int eg_rx_is_language(const ctx *c, uint32_t j);
/* A discovered body whose name is another discovered body's name without a
 * leading place ("Chamber of Mines", "Zimbabwe Chamber of Mines") is that body. */
void eg_rx_rule_place_tails(ctx *c);
/* A discovered body after a country's possessive that is listed as "Name of
 * Country" or "Name (Country)" becomes the listed one; without a possessive,
 * such a body of the country the article names most (-1 on ENOMEM). */
int eg_rx_rule_owner_listed(ctx *c);
/* Between the rounds, over doc->ments: once the story names a sports club
 * by its town and a club word ("FC Basel", "Venezia FC", "Esporte Clube
 * Bahia", "Union Sportive de Kaolack"), the bare town not after a preposition
 * or in a dateline is that club ("Basel were fined", "beat Kaolack"). */
void eg_rx_rule_club_town(ctx *c);
/* After it, in a match report (a score or a result verb and three game
 * words, or four game words: "beat", "3-0", "league", "striker"): a listed
 * town not in a place's context (a dateline, "in Santos", "Santos
 * residents", "the Santos area") whose listed club is named by it and a club
 * word ("Santos FC", "Club Olimpia", "Beşiktaş JK") is that club, though the
 * story never gives the club's full name ("Santos fired its coach"); so is
 * such a town's word that no mention covers. */
eg_status eg_rx_rule_club_bare(ctx *c, eg_error *err);

/* rules_frames.c */
/* Second round: a new name right after a frame of org_frames.txt ("fined
 * *", "contract with *") is an organisation unless it looks like a person's
 * name or a word of a body the article names; after a frame, a list of
 * names closed by "and" or "or" counts name by name. */
eg_status eg_rx_rule_frames(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
/* Does the new name [b, e) look like a person's: a given name first, a word
 * of a person the article names or one letter apart from one, a last word
 * the article writes alone, or one before "he", "she", "his" or "her"? */
int eg_rx_person_shaped(const ctx *c, uint32_t b, uint32_t e);
/* rules_org.c: is the word before token j ("agency") one that makes it a
 * business's agency ("a recruiting agency", "a PR agency"), not the state's? */
int eg_rx_business_agency(const ctx *c, uint32_t j);

/* rules_party.c */
/* Second round, over doc->ments: a listed party's plural or generic name
 * after a family word ("the Social Democrats", "Czech Social Democratic
 * Party") is the article's party of that family, or one of its own (-1 on
 * ENOMEM). */
int eg_rx_rule_party_families(ctx *c);

/* rules_gov.c */
/* First round: subnational governments, local councils, military and police
 * units named by shape ("the Canton of Valais", "Nineveh Provincial Council",
 * "Basra Operations Command"). */
eg_status eg_rx_rule_gov(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
/* rules_described.c: a name described as a state body by a lower-case noun
 * before or after it ("the telecommunications regulator Conatel",
 * "Héraðsdómur Reykjaness, a district court"). First round. */
eg_status eg_rx_rule_gov_described(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err);
/* Between the rounds, over doc->ments: a bare "<Place>" opening a sentence
 * as a verb's subject is the story's "Province|Canton ... of <Place>". */
void eg_rx_rule_gov_short(ctx *c);
/* Second round: a bare "Parliament" is the listed parliament of the country
 * the story names most, and so are a bare "Senate", "Congress", "House",
 * "Cabinet", "Federal Senate" or "National Congress" when the list has that
 * country's body ("the Senate" in a story about Liberia); "the House" in a
 * story about US politics is the US House; a bare "Cabinet" is a body of its
 * own otherwise. home[0..3] caches the country, whether the story writes
 * "of Parliament", whether it names the US and whether it writes "Cabinet"
 * in a phrase ("Cabinet members"): NONE - 1 before the first look-up. */
eg_status eg_rx_rule_gov_bare(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t *home,
                              eg_error *err);
/* Is listed body mention m the first word of a longer name ("Congress for
 * Democratic Change")? Checked before the rules run. */
int eg_rx_gov_name_word(const ctx *c, const eg_mention *m);

/* rules_user.c */
eg_status eg_rx_rule_user(ctx *c, const recogniser *rc, uint32_t si, uint32_t sb, uint32_t se,
                          eg_error *err);
/* The same without the needs= check (the caller has made it). */
eg_status eg_rx_rule_user_run(ctx *c, const recogniser *rc, uint32_t si, uint32_t sb, uint32_t se,
                              eg_error *err);

#endif
