/* matcher: walks the gazetteer trie from each token of each sentence, picks
 * the longest form whose case check passes, then applies the context checks
 * (capitalised neighbours, stop list) before appending a mention. Titles and
 * designators are folded and hashed once per matcher; token ids and
 * candidates are computed lazily per sentence in buffers the matcher keeps
 * from one document to the next. */
#include "matcher.h"

#include <stdlib.h>
#include <string.h>

#include "rules.h"
#include "strbuf.h"
#include "tokcache.h"
#include "tokenize.h"

#define UNSET (EG_GAZ_NONE - 1)

enum { C_NONE, C_ENT, C_AMBIG };

typedef struct cand {
    uint8_t done, kind, stop, demonym;
    uint32_t len; /* tokens */
    uint32_t ent;
} cand;

/* A title or designator: its last word folded without and with case. */
typedef struct wref {
    size_t off, len, loff, llen;
} wref;

/* A set of title or designator words: open addressing over indices + 1 into
 * the list, keyed by the exact (lower == 0) or lower-cased folding. */
typedef struct wordset {
    uint32_t *slot;
    size_t cap;
} wordset;

struct eg_matcher {
    const eg_gazetteer *g;
    eg_doc *doc;
    int ignore_case;
    eg_strbuf fb;
    uint32_t *fid;         /* per sentence token: id of the case-folded token */
    uint32_t *root;        /* per sentence token: its trie node from the root (set with fid) */
    uint32_t *xoff, *xlen; /* per sentence token: its exact folding in xb */
    eg_strbuf xb;
    cand *cands;
    size_t tokcap; /* room in fid, xoff, xlen and cands */
    uint32_t sb;   /* first token of the current sentence */
    int allcaps;
    int oom;
    eg_strbuf words;
    wref *titles, *desigs;
    size_t ntitles, ndesigs;
    wordset tset[2], dset[2]; /* titles and designators, exact and lower-cased */
    uint32_t *set;            /* entity + 1 with a mention from a form not stop-listed */
    size_t setcap, setn;
    uint8_t *covered; /* tokens already in mentions before this call, or NULL */
    uint8_t *cov;     /* its storage */
    size_t covcap;
    eg_tokcache tc; /* token as written -> token id (EG_FOLD_CASE), across articles */
    struct deferred {
        cand c;
        uint32_t tok, sent;
    } * later; /* stop-listed forms without a signal, decided after the body */
    size_t nlater, clater;
};

typedef struct eg_matcher scratch;

static uint32_t token_id(scratch *s, uint32_t t, unsigned flags) {
    const eg_token *tk = &s->doc->toks.v[t];
    eg_strbuf_clear(&s->fb);
    if (eg_fold(s->doc->text + tk->start, tk->len, flags, &s->fb)) {
        s->oom = 1;
        return EG_GAZ_NONE;
    }
    if (!s->fb.len)
        return EG_GAZ_NONE;
    return eg_gazetteer_token(s->g, s->fb.data, s->fb.len);
}

/* token_id(s, t, EG_FOLD_CASE) through the matcher's token memo, which also
 * keeps the trie node that token leads to from the root (*root). */
static uint32_t cached_token_id(scratch *s, uint32_t t, uint32_t *root) {
    const eg_token *tk = &s->doc->toks.v[t];
    uint64_t key[2];
    int hit;
    eg_tokcache_slot *e = eg_tokcache_probe(&s->tc, s->doc->text + tk->start, tk->len, key, &hit);
    if (hit) {
        *root = e->aux;
        return e->val;
    }
    uint32_t id = token_id(s, t, EG_FOLD_CASE);
    *root = eg_gazetteer_child(s->g, 0, id);
    if (e && !s->oom)
        eg_tokcache_store(e, key, tk->len, id, *root);
    return id;
}

static uint32_t fid(scratch *s, uint32_t t) {
    uint32_t *c = &s->fid[t - s->sb];
    if (*c == UNSET)
        *c = cached_token_id(s, t, &s->root[t - s->sb]);
    return *c;
}

/* Whether text tokens [b, e), folded without case, spell the exact form x. */
static int span_is(scratch *s, uint32_t b, uint32_t e, const char *x) {
    for (uint32_t t = b; t < e; t++) {
        uint32_t k = t - s->sb;
        if (s->xoff[k] == UNSET) {
            const eg_token *tk = &s->doc->toks.v[t];
            size_t off = s->xb.len;
            if (eg_fold(s->doc->text + tk->start, tk->len, 0, &s->xb)) {
                s->oom = 1;
                return 0;
            }
            s->xoff[k] = (uint32_t)off;
            s->xlen[k] = (uint32_t)(s->xb.len - off);
        }
        if (t > b && *x++ != ' ')
            return 0;
        const char *p = s->xb.data + s->xoff[k];
        for (uint32_t i = 0; i < s->xlen[k]; i++, x++)
            if (*x != p[i] || !*x)
                return 0;
    }
    return *x == '\0';
}

static int span_allcaps(const scratch *s, uint32_t b, uint32_t e) {
    int words = 0;
    for (uint32_t t = b; t < e; t++) {
        uint32_t f = s->doc->toks.v[t].flags;
        if (!(f & EG_TOK_WORD))
            continue;
        if (!(f & EG_TOK_ALLCAPS))
            return 0;
        words++;
    }
    return words > 0;
}

/* A dateline: capitals at the start of a line followed by a dash, a comma or
 * an opening bracket ("WASHINGTON —", "THE HAGUE (Reuters) —"). Its place
 * names match without case even in a mixed-case sentence. */
static int dateline(const scratch *s, uint32_t b, uint32_t e) {
    const eg_doc *d = s->doc;
    if (!(d->toks.v[b].flags & EG_TOK_LINE_START) || e >= d->toks.n || !span_allcaps(s, b, e))
        return 0;
    const eg_token *next = &d->toks.v[e];
    if (next->flags & EG_TOK_DASH)
        return 1;
    if (next->len != 1)
        return 0;
    char c = d->text[next->start];
    return c == ',' || c == '(';
}

/* A form written in capitals with no lower-case letter (an acronym: "FBI",
 * "DOE", "WHO"). Under --ignore-case these still need capitals in the text:
 * in lower case they are words ("doe", "who", "aid"). */
static int capitals_form(const char *f) {
    int upper = 0;
    for (; *f; f++) {
        if (*f >= 'a' && *f <= 'z')
            return 0;
        if (*f >= 'A' && *f <= 'Z')
            upper = 1;
    }
    return upper;
}

/* Picks the entity for text tokens [b, e) among the variants of one node. */
static int choose(scratch *s, const eg_gaz_variant *v, size_t nv, uint32_t b, uint32_t e,
                  uint32_t *ent, uint8_t *dem) {
    for (size_t k = 0; k < nv; k++) {
        if (!span_is(s, b, e, eg_gazetteer_exact(s->g, &v[k])))
            continue;
        if (v[k].flags & EG_GAZ_AMBIGUOUS)
            return C_AMBIG;
        *ent = v[k].ent;
        *dem = (v[k].flags & EG_GAZ_DEMONYM) != 0;
        return C_ENT;
    }
    int caps = 0;
    if (!s->ignore_case) {
        if (!(s->allcaps && span_allcaps(s, b, e)) && !dateline(s, b, e))
            return C_NONE;
        caps = 1;
    }
    int found = 0;
    for (size_t k = 0; k < nv; k++) {
        if (caps && !(v[k].flags & EG_GAZ_LETTERS2))
            continue;
        if (!caps && capitals_form(eg_gazetteer_exact(s->g, &v[k])) && !span_allcaps(s, b, e))
            continue;
        uint8_t d = (v[k].flags & EG_GAZ_DEMONYM) != 0;
        if (!found) {
            *ent = v[k].ent;
            *dem = d;
            found = 1;
        } else if (v[k].ent != *ent) {
            return C_AMBIG;
        } else if (!d) {
            *dem = 0;
        }
    }
    return found ? C_ENT : C_NONE;
}

/* The longest form starting at token i (sentence ends at e), memoised. */
static const cand *candidate(scratch *s, uint32_t i, uint32_t e) {
    cand *c = &s->cands[i - s->sb];
    if (c->done)
        return c;
    c->done = 1;
    c->kind = C_NONE;
    uint32_t node = 0;
    for (uint32_t j = i; j < e; j++) {
        node = j == i ? (fid(s, j), s->root[j - s->sb]) : eg_gazetteer_child(s->g, node, fid(s, j));
        if (node == EG_GAZ_NONE)
            break;
        size_t nv;
        const eg_gaz_variant *v = eg_gazetteer_variants(s->g, node, &nv);
        if (!nv)
            continue;
        uint32_t ent = 0;
        uint8_t dem = 0;
        int k = choose(s, v, nv, i, j + 1, &ent, &dem);
        if (k == C_NONE)
            continue;
        c->kind = (uint8_t)k;
        c->len = j + 1 - i;
        c->ent = ent;
        c->demonym = dem;
        c->stop = (uint8_t)eg_gazetteer_node_stop(s->g, node);
    }
    return c;
}

static int add_word(scratch *s, const char *w, wref *out) {
    size_t n = strlen(w);
    while (n && (w[n - 1] == ' ' || w[n - 1] == '.'))
        n--;
    const char *sp = NULL;
    for (size_t i = 0; i < n; i++)
        if (w[i] == ' ')
            sp = w + i;
    if (sp) {
        n -= (size_t)(sp + 1 - w);
        w = sp + 1;
    }
    out->off = s->words.len;
    if (n && eg_fold(w, n, 0, &s->words))
        return -1;
    out->len = s->words.len - out->off;
    out->loff = s->words.len;
    if (n && eg_fold(w, n, EG_FOLD_CASE, &s->words))
        return -1;
    out->llen = s->words.len - out->loff;
    return 0;
}

static int add_words(scratch *s, const char *const *list, size_t n, wref **out) {
    if (!list || !n)
        return 0;
    *out = malloc(n * sizeof **out);
    if (!*out)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (add_word(s, list[i] ? list[i] : "", &(*out)[i]))
            return -1;
    return 0;
}

static const char *wref_text(const scratch *s, const wref *r, int lower, size_t *n) {
    *n = lower ? r->llen : r->len;
    return s->words.data + (lower ? r->loff : r->off);
}

/* Indexes the non-empty words of list[0..n) by their `lower` folding. */
static int wordset_build(const scratch *s, wordset *ws, const wref *list, size_t n, int lower) {
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    ws->slot = calloc(cap, sizeof *ws->slot);
    if (!ws->slot)
        return -1;
    ws->cap = cap;
    for (size_t i = 0; i < n; i++) {
        size_t wl;
        const char *w = wref_text(s, &list[i], lower, &wl);
        if (!wl)
            continue;
        size_t j = eg_hash_bytes(w, wl, 0) & (cap - 1);
        while (ws->slot[j])
            j = (j + 1) & (cap - 1);
        ws->slot[j] = (uint32_t)i + 1;
    }
    return 0;
}

static int wordset_has(const scratch *s, const wordset *ws, const wref *list, int lower,
                       const char *w, size_t n) {
    if (!ws->cap || !n)
        return 0;
    size_t mask = ws->cap - 1;
    for (size_t j = eg_hash_bytes(w, n, 0) & mask; ws->slot[j]; j = (j + 1) & mask) {
        size_t wl;
        const char *x = wref_text(s, &list[ws->slot[j] - 1], lower, &wl);
        if (wl == n && memcmp(x, w, n) == 0)
            return 1;
    }
    return 0;
}

static int in_list(scratch *s, uint32_t t, const wref *list, size_t n, const wordset *sets) {
    const eg_token *tk = &s->doc->toks.v[t];
    if (!n || !(tk->flags & EG_TOK_WORD))
        return 0;
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1 && !(tk->flags & EG_TOK_ALLCAPS))
            break;
        eg_strbuf_clear(&s->fb);
        if (eg_fold(s->doc->text + tk->start, tk->len, pass ? EG_FOLD_CASE : 0, &s->fb)) {
            s->oom = 1;
            return 0;
        }
        size_t len = s->fb.len;
        while (len && s->fb.data[len - 1] == '.')
            len--;
        if (wordset_has(s, &sets[pass], list, pass, s->fb.data, len))
            return 1;
    }
    return 0;
}

static int is_title(scratch *s, uint32_t t) {
    return in_list(s, t, s->titles, s->ntitles, s->tset);
}

static int is_designator(scratch *s, uint32_t t) {
    return in_list(s, t, s->desigs, s->ndesigs, s->dset);
}

static int capword(const scratch *s, uint32_t t) {
    uint32_t f = s->doc->toks.v[t].flags;
    return (f & EG_TOK_WORD) && (f & EG_TOK_CAP) && !(f & EG_TOK_POSS);
}

/* A capitalised word that may stand right before a name without being part
 * of it: not a function word ("The" after a dateline, "In"), weekday or month
 * ("On Monday France expelled ...") and not a title. */
static int name_neighbour(scratch *s, uint32_t t) {
    const eg_token *tk = &s->doc->toks.v[t];
    return capword(s, t) && !eg_rules_stopword(s->doc->text + tk->start, tk->len);
}

static int set_has(const scratch *s, uint32_t ent) {
    if (!s->setcap)
        return 0;
    size_t mask = s->setcap - 1;
    for (size_t i = (ent * 2654435761u) & mask; s->set[i]; i = (i + 1) & mask)
        if (s->set[i] == ent + 1)
            return 1;
    return 0;
}

static int set_add(scratch *s, uint32_t ent) {
    if (set_has(s, ent))
        return 0;
    if ((s->setn + 1) * 2 > s->setcap) {
        size_t cap = s->setcap ? s->setcap * 2 : 64;
        uint32_t *t = calloc(cap, sizeof *t);
        if (!t)
            return -1;
        for (size_t k = 0; k < s->setcap; k++) {
            if (!s->set[k])
                continue;
            size_t i = ((s->set[k] - 1) * 2654435761u) & (cap - 1);
            while (t[i])
                i = (i + 1) & (cap - 1);
            t[i] = s->set[k];
        }
        free(s->set);
        s->set = t;
        s->setcap = cap;
    }
    size_t i = (ent * 2654435761u) & (s->setcap - 1);
    while (s->set[i])
        i = (i + 1) & (s->setcap - 1);
    s->set[i] = ent + 1;
    s->setn++;
    return 0;
}

static int is_period(const scratch *s, uint32_t t) {
    const eg_token *tk = &s->doc->toks.v[t];
    return tk->len == 1 && s->doc->text[tk->start] == '.';
}

static int tok_eq(const scratch *s, uint32_t t, const char *w) {
    const eg_token *tk = &s->doc->toks.v[t];
    size_t n = strlen(w);
    return tk->len == n && memcmp(s->doc->text + tk->start, w, n) == 0;
}

/* A currency sign glued to the match's end: "US$120 million", "A$5 billion"
 * name a currency, not the country. */
static int currency_after(const scratch *s, uint32_t end, uint32_t e) {
    return end < e && !(s->doc->toks.v[end].flags & EG_TOK_SPACE_BEFORE) && tok_eq(s, end, "$");
}

/* "eastern Chad", "north-eastern Georgia" */
static int compass_before(const scratch *s, uint32_t i, uint32_t b) {
    static const char *const words[] = {
        "central",      "east",     "eastern",      "north", "north-eastern", "north-western",
        "northeastern", "northern", "northwestern", "south", "south-eastern", "south-western",
        "southeastern", "southern", "southwestern", "west",  "western"};
    if (i <= b)
        return 0;
    const eg_token *tk = &s->doc->toks.v[i - 1];
    uint32_t first = i - 1;
    if (i >= b + 3 && (s->doc->toks.v[i - 2].flags & EG_TOK_DASH) &&
        !(tk->flags & EG_TOK_SPACE_BEFORE))
        first = i - 3; /* "north-eastern" is three tokens */
    const char *p = s->doc->text + s->doc->toks.v[first].start;
    size_t n = tk->start + tk->len - s->doc->toks.v[first].start;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (strlen(words[k]) == n && memcmp(words[k], p, n) == 0)
            return 1;
    return 0;
}

static const cand *candidate(scratch *s, uint32_t i, uint32_t e);

/* In a list with another name of the same type: "Turkey and Jordan", "Chad,
 * Niger and Mali" (the other name matched without a stop list). */
static int coordinated(scratch *s, uint32_t ent, uint32_t i, uint32_t end, uint32_t b, uint32_t e) {
    const char *type = eg_gazetteer_type(s->g, ent);
    const eg_doc *d = s->doc;
    if (i >= b + 2 && (tok_eq(s, i - 1, "and") || tok_eq(s, i - 1, ",")) && d->ments.n) {
        const eg_mention *m = &d->ments.v[d->ments.n - 1];
        const eg_docent *de = &d->ents.v[m->ent];
        if (m->tok_end == i - 1 && de->gaz >= 0 && m->origin == EG_ORIGIN_GAZETTEER &&
            strcmp(eg_gazetteer_type(s->g, (size_t)de->gaz), type) == 0)
            return 1;
    }
    if (end + 1 < e && (tok_eq(s, end, "and") || tok_eq(s, end, ","))) {
        const cand *c = candidate(s, end + 1, e);
        if (c->kind == C_ENT && !c->stop && !c->demonym &&
            strcmp(eg_gazetteer_type(s->g, c->ent), type) == 0)
            return 1;
    }
    return 0;
}

/* A dateline place before: "ADRÉ, Chad (AFP) —" */
static int after_dateline(const scratch *s, uint32_t i, uint32_t b) {
    if (i < b + 2 || !tok_eq(s, i - 1, ","))
        return 0;
    uint32_t j = i - 1;
    while (j > b && (s->doc->toks.v[j - 1].flags & EG_TOK_ALLCAPS) &&
           !(s->doc->toks.v[j].flags & EG_TOK_LINE_START))
        j--;
    return j < i - 1 && (s->doc->toks.v[j].flags & EG_TOK_LINE_START) &&
           (s->doc->toks.v[j].flags & EG_TOK_ALLCAPS);
}

/* A country's possessive right before token i: "South Africa’s Hawks". */
static int country_owned(const scratch *s, uint32_t i, uint32_t b) {
    const eg_doc *d = s->doc;
    if (i < b + 2 || !(d->toks.v[i - 1].flags & EG_TOK_POSS) || !d->ments.n)
        return 0;
    const eg_mention *m = &d->ments.v[d->ments.n - 1];
    const eg_docent *de = &d->ents.v[m->ent];
    return m->tok_end == i - 1 && de->gaz >= 0 &&
           strcmp(eg_gazetteer_type(s->g, (size_t)de->gaz), "country") == 0;
}

/* A lower-case word for a part of a business or body right after a name:
 * "the Orange subsidiary", "a Shell spokesman". */
static int body_noun_after(const scratch *s, uint32_t end) {
    static const char *const words[] = {
        "affiliate", "arm",          "board",         "chief",      "division",
        "executive", "executives",   "investigators", "officials",  "shareholders",
        "spokesman", "spokesperson", "spokeswoman",   "subsidiary", "unit",
    };
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (tok_eq(s, end, words[k]))
            return 1;
    return 0;
}

/* A company named as a party to business mid-sentence: a lower-case verb
 * or preposition of dealing right before it ("a deal with Shell", "fined
 * Shell", "alongside Shell", "bought from Shell"; not "read from
 * Corinthians"), and after it no noun that makes the form a common word
 * ("with Shell companies", "to Shell casings"), no particle that goes on to
 * a longer name ("fined Vale do Paraíba") and no capitalised word (a
 * title-case headline); or before ", which" ("Shell, which holds the
 * licence, said", "came from Visa, which"). Never after a capitalised word. */
static int business_party(const scratch *s, uint32_t ent, uint32_t i, uint32_t end, uint32_t b,
                          uint32_t e) {
    static const char *const before[] = {"against", "alongside", "fined",  "met",
                                         "sued",    "to",        "warned", "with"};
    static const char *const nouns[] = {"casing", "casings",   "companies", "company", "da",
                                        "das",    "de",        "del",       "di",      "do",
                                        "dos",    "du",        "entities",  "entity",  "fire",
                                        "firms",  "fragments", "game",      "script",  "shock"};
    static const char *const buys[] = {"acquired", "bought", "buys", "purchased"};
    const char *cat = eg_gazetteer_category(s->g, ent);
    if (!cat || strcmp(cat, "company") != 0)
        return 0;
    if (i > b && (s->doc->toks.v[i - 1].flags & (EG_TOK_CAP | EG_TOK_ALLCAPS)))
        return 0;
    if (end + 1 < e && tok_eq(s, end, ",") && tok_eq(s, end + 1, "which"))
        return 1; /* "Shell, which holds the licence, said" */
    if (i <= b)
        return 0;
    int hit = 0;
    for (size_t k = 0; k < sizeof before / sizeof before[0] && !hit; k++)
        hit = tok_eq(s, i - 1, before[k]);
    for (size_t k = 0; i > b + 1 && tok_eq(s, i - 1, "from") && k < sizeof buys / sizeof buys[0];
         k++)
        hit |= tok_eq(s, i - 2, buys[k]);
    if (!hit || (end < e && capword(s, end)))
        return 0;
    for (size_t k = 0; end < e && k < sizeof nouns / sizeof nouns[0]; k++)
        if (tok_eq(s, end, nouns[k]))
            return 0;
    return 1;
}

/* Evidence that a stop-listed form at [i, end) really names entity `ent`. */
static int stop_signal(scratch *s, uint32_t ent, uint32_t i, uint32_t end, uint32_t b, uint32_t e) {
    if (set_has(s, ent))
        return 1;
    if (i > b && is_title(s, i - 1))
        return 1;
    if (i > b + 1 && is_period(s, i - 1) && is_title(s, i - 2))
        return 1;
    if (end < e && is_designator(s, end))
        return 1;
    const char *type = eg_gazetteer_type(s->g, ent);
    if (strcmp(type, "organisation") == 0 || strcmp(type, "agency") == 0)
        return coordinated(s, ent, i, end, b, e) || country_owned(s, i, b) ||
               (end < e && body_noun_after(s, end)) || business_party(s, ent, i, end, b, e);
    if (strcmp(type, "country") != 0 && strcmp(type, "location") != 0)
        return 0;
    return compass_before(s, i, b) || coordinated(s, ent, i, end, b, e) || after_dateline(s, i, b);
}

static int is_org(const eg_gazetteer *g, uint32_t ent) {
    return strcmp(eg_gazetteer_type(g, ent), "organisation") == 0;
}

static int emit(scratch *s, const cand *c, uint32_t i, uint32_t si) {
    eg_doc *doc = s->doc;
    long de = eg_doc_gazent(doc, (int32_t)c->ent);
    if (de < 0)
        return -1;
    eg_mention *m = EG_VEC_PUSH(doc->ments);
    if (!m)
        return -1;
    uint32_t end = i + c->len;
    m->tok_begin = i;
    m->tok_end = end;
    m->start = doc->toks.v[i].start;
    m->end = doc->toks.v[end - 1].start + doc->toks.v[end - 1].len;
    m->ent = (uint32_t)de;
    m->sentence = si;
    m->paragraph = doc->sents.v[si].paragraph;
    m->origin = c->demonym ? EG_ORIGIN_DEMONYM : EG_ORIGIN_GAZETTEER;
    doc->ents.v[de].mentions++;
    if (set_add(s, c->ent))
        return -1;
    return 0;
}

/* The entity that text tokens [i, j) spell as one listed form, or UNSET;
 * *dem says whether the form is a demonym. */
static uint32_t form_at(scratch *s, uint32_t i, uint32_t j, uint8_t *dem) {
    uint32_t node = 0;
    for (uint32_t t = i; t < j && node != EG_GAZ_NONE; t++)
        node = eg_gazetteer_child(s->g, node, fid(s, t));
    if (node == EG_GAZ_NONE)
        return UNSET;
    size_t nv;
    const eg_gaz_variant *v = eg_gazetteer_variants(s->g, node, &nv);
    uint32_t ent = 0;
    return nv && choose(s, v, nv, i, j, &ent, dem) == C_ENT ? ent : UNSET;
}

/* Whether the name opens with the text's words w[0..n), dots aside ("U.S.
 * Forces Japan" opens with "US"), followed by a space or its end. */
static int opens_name(const char *name, const char *w, size_t n) {
    size_t i = 0;
    for (size_t k = 0; k < n; k++) {
        if (w[k] == '.')
            continue;
        while (name[i] == '.')
            i++;
        if (name[i] != w[k])
            return 0;
        i++;
    }
    while (name[i] == '.')
        i++;
    return name[i] == ' ' || !name[i];
}

/* A listed agency alias that glues an abbreviated country to a body ("U.S.
 * Army", "UK Parliament", "US Coast Guard"): the country is a mention of its
 * own in front of the named body, as in "the U.S. Department of Commerce".
 * Returns the number of tokens of the country prefix, or 0 when the form is
 * the body's own name ("U.S. Citizenship and Immigration Services") or the
 * country is spelt out ("Swiss Financial Market Supervisory Authority"). */
static uint32_t country_prefix(scratch *s, const cand *c, uint32_t i) {
    if (c->kind != C_ENT || c->len < 2 || strcmp(eg_gazetteer_type(s->g, c->ent), "agency") != 0)
        return 0;
    const char *name = eg_gazetteer_name(s->g, c->ent);
    const eg_token *t = &s->doc->toks.v[i];
    if (!(t->flags & (EG_TOK_DOTTED | EG_TOK_ALLCAPS)) || t->len > 4)
        return 0; /* "Swiss Financial Market Supervisory Authority" is one name */
    for (uint32_t p = 1; p < c->len && p <= 1; p++) {
        if (!capword(s, i + p))
            continue;
        uint8_t dem = 0;
        uint32_t ent = form_at(s, i, i + p, &dem);
        if (ent == UNSET || strcmp(eg_gazetteer_type(s->g, ent), "country") != 0)
            continue;
        const eg_token *b = &s->doc->toks.v[i], *l = &s->doc->toks.v[i + p - 1];
        size_t n = l->start + l->len - b->start;
        if (opens_name(name, s->doc->text + b->start, n))
            return 0;
        return p;
    }
    return 0;
}

/* A sea, continent or world region named as a beat or a portfolio before a
 * title: "Pacific correspondent", "Pacific Minister Tom Callander". */
static int region_beat(scratch *s, const cand *c, uint32_t end, uint32_t e) {
    if (c->kind != C_ENT || c->len != 1 || end >= e || !is_title(s, end) ||
        strcmp(eg_gazetteer_type(s->g, c->ent), "location") != 0)
        return 0;
    const char *v = eg_gazetteer_category(s->g, c->ent);
    return v &&
           (strcmp(v, "water") == 0 || strcmp(v, "continent") == 0 || strcmp(v, "region") == 0);
}

static int any_covered(const scratch *s, uint32_t b, uint32_t e) {
    if (!s->covered)
        return 0;
    for (uint32_t t = b; t < e; t++)
        if (s->covered[t])
            return 1;
    return 0;
}

static int headline(const scratch *s, const eg_sentence *st) {
    if (st->flags & EG_SENT_ALLCAPS)
        return 1;
    size_t words = 0, caps = 0;
    for (uint32_t t = st->tok_begin; t < st->tok_end; t++) {
        uint32_t f = s->doc->toks.v[t].flags;
        if (!(f & EG_TOK_WORD) || (f & EG_TOK_POSS))
            continue;
        words++;
        if (f & EG_TOK_CAP)
            caps++;
    }
    return words && caps * 5 > words * 3;
}

static int match_sentence(scratch *s, uint32_t si) {
    const eg_sentence *st = &s->doc->sents.v[si];
    uint32_t b = st->tok_begin, e = st->tok_end;
    s->sb = b;
    eg_strbuf_clear(&s->xb);
    for (uint32_t t = 0; t < e - b; t++) {
        s->fid[t] = s->xoff[t] = UNSET;
        s->cands[t].done = 0;
    }
    s->allcaps = (st->flags & EG_SENT_ALLCAPS) != 0;
    int head = headline(s, st);
    uint32_t last_end = UINT32_MAX; /* end of the last match in this sentence */
    for (uint32_t i = b; i < e;) {
        if (s->covered && s->covered[i]) {
            last_end = ++i;
            continue;
        }
        const cand *c = candidate(s, i, e);
        if (c->kind == C_NONE) {
            i++;
            continue;
        }
        uint32_t end = i + c->len;
        if (any_covered(s, i, end)) {
            i++;
            continue;
        }
        int ok = 1;
        if (!head) {
            if (i >= b + 2 && last_end != i && name_neighbour(s, i - 1) && !is_title(s, i - 1))
                ok = 0;
            if (ok && end < e && capword(s, end) && !is_title(s, end) &&
                candidate(s, end, e)->kind == C_NONE &&
                !(c->kind == C_ENT && is_org(s->g, c->ent) && is_designator(s, end)))
                ok = 0;
        }
        if (!ok || region_beat(s, c, end, e) || currency_after(s, end, e)) {
            i++;
            continue;
        }
        if (c->kind == C_AMBIG) {
            s->doc->ambiguous++;
            last_end = i = end;
            continue;
        }
        if (c->stop && !stop_signal(s, c->ent, i, end, b, e)) {
            if (c->kind == C_ENT) {
                if (s->nlater == s->clater) {
                    size_t cap = s->clater ? s->clater * 2 : 8;
                    void *v = realloc(s->later, cap * sizeof *s->later);
                    if (!v)
                        return -1;
                    s->later = v;
                    s->clater = cap;
                }
                s->later[s->nlater++] = (struct deferred){*c, i, si};
            }
            i++;
            continue;
        }
        uint32_t p = country_prefix(s, c, i);
        if (p) {
            cand country = {1, C_ENT, 0, 0, p, 0};
            country.ent = form_at(s, i, i + p, &country.demonym);
            cand body = *c;
            body.len -= p;
            if (emit(s, &country, i, si) || emit(s, &body, i + p, si))
                return -1;
        } else if (emit(s, c, i, si)) {
            return -1;
        }
        last_end = i = end;
    }
    return s->oom ? -1 : 0;
}

static int cmp_mention(const void *a, const void *b) {
    const eg_mention *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

eg_matcher *eg_matcher_new(const eg_gazetteer *g, const eg_match_opts *o) {
    static const eg_match_opts defaults = {0, NULL, 0, NULL, 0};
    if (!o)
        o = &defaults;
    eg_matcher *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->g = g;
    s->ignore_case = o->ignore_case;
    eg_strbuf_init(&s->fb);
    eg_strbuf_init(&s->words);
    eg_strbuf_init(&s->xb);
    eg_tokcache_init(&s->tc, 12); /* without memory it only misses */
    if (add_words(s, o->titles, o->ntitles, &s->titles) ||
        add_words(s, o->designators, o->ndesignators, &s->desigs))
        goto nomem;
    s->ntitles = s->titles ? o->ntitles : 0;
    s->ndesigs = s->desigs ? o->ndesignators : 0;
    for (int lower = 0; lower < 2; lower++)
        if (wordset_build(s, &s->tset[lower], s->titles, s->ntitles, lower) ||
            wordset_build(s, &s->dset[lower], s->desigs, s->ndesigs, lower))
            goto nomem;
    return s;
nomem:
    eg_matcher_free(s);
    return NULL;
}

void eg_matcher_free(eg_matcher *s) {
    if (!s)
        return;
    eg_strbuf_destroy(&s->fb);
    eg_strbuf_destroy(&s->words);
    free(s->fid);
    free(s->root);
    free(s->xoff);
    free(s->xlen);
    eg_strbuf_destroy(&s->xb);
    free(s->cands);
    free(s->titles);
    free(s->desigs);
    for (int lower = 0; lower < 2; lower++) {
        free(s->tset[lower].slot);
        free(s->dset[lower].slot);
    }
    free(s->set);
    free(s->cov);
    free(s->later);
    eg_tokcache_destroy(&s->tc);
    free(s);
}

/* Makes room for n tokens per sentence; 0 or -1 on ENOMEM. */
static int reserve_tokens(scratch *s, size_t n) {
    if (n <= s->tokcap)
        return 0;
    size_t cap = s->tokcap ? s->tokcap : 64;
    while (cap < n)
        cap *= 2;
    uint32_t *fid = realloc(s->fid, cap * sizeof *fid);
    if (fid)
        s->fid = fid;
    uint32_t *root = realloc(s->root, cap * sizeof *root);
    if (root)
        s->root = root;
    uint32_t *xoff = realloc(s->xoff, cap * sizeof *xoff);
    if (xoff)
        s->xoff = xoff;
    uint32_t *xlen = realloc(s->xlen, cap * sizeof *xlen);
    if (xlen)
        s->xlen = xlen;
    cand *cands = realloc(s->cands, cap * sizeof *cands);
    if (cands)
        s->cands = cands;
    if (!fid || !root || !xoff || !xlen || !cands)
        return -1;
    s->tokcap = cap;
    return 0;
}

eg_status eg_matcher_run(eg_matcher *s, eg_doc *doc, eg_error *err) {
    if (!eg_gazetteer_finished(s->g))
        return eg_error_set(err, EG_ERR_USAGE, NULL, 0, 0, "gazetteer not finished");
    eg_status st = EG_OK;
    s->doc = doc;
    s->oom = 0;
    s->covered = NULL;
    s->nlater = 0;
    if (s->setn) {
        memset(s->set, 0, s->setcap * sizeof *s->set);
        s->setn = 0;
    }
    size_t existing = doc->ments.n;

    size_t maxlen = 1;
    for (size_t i = 0; i < doc->sents.n; i++) {
        size_t n = doc->sents.v[i].tok_end - doc->sents.v[i].tok_begin;
        if (n > maxlen)
            maxlen = n;
    }
    if (reserve_tokens(s, maxlen))
        goto nomem;
    if (existing) {
        size_t nt = doc->toks.n ? doc->toks.n : 1;
        if (nt > s->covcap) {
            uint8_t *cov = realloc(s->cov, nt);
            if (!cov)
                goto nomem;
            s->cov = cov;
            s->covcap = nt;
        }
        s->covered = s->cov;
        memset(s->covered, 0, nt);
        for (size_t m = 0; m < existing; m++)
            for (uint32_t t = doc->ments.v[m].tok_begin;
                 t < doc->ments.v[m].tok_end && t < doc->toks.n; t++)
                s->covered[t] = 1;
    }
    for (size_t si = 0; si < doc->sents.n; si++) {
        const eg_sentence *sent = &doc->sents.v[si];
        if ((sent->flags & EG_SENT_BOILER) || sent->tok_begin >= sent->tok_end)
            continue;
        if (match_sentence(s, (uint32_t)si))
            goto nomem;
    }
    /* a stop-listed form counts once the article has named the entity with
     * a stronger signal, even further on ("Hawks arrest ..." over a story
     * about the Hawks; "crossed into Chad" before "the Chadian government") */
    int late = 0;
    for (size_t k = 0; k < s->nlater; k++) {
        const struct deferred *dl = &s->later[k];
        uint32_t b = dl->tok, e = dl->tok + dl->c.len;
        int overlap = !set_has(s, dl->c.ent);
        for (size_t m = 0; m < doc->ments.n && !overlap; m++)
            overlap = doc->ments.v[m].tok_begin < e && b < doc->ments.v[m].tok_end;
        if (overlap)
            continue;
        if (emit(s, &dl->c, dl->tok, dl->sent))
            goto nomem;
        late = 1;
    }
    if ((existing || late) && doc->ments.n > 1)
        qsort(doc->ments.v, doc->ments.n, sizeof *doc->ments.v, cmp_mention);
    goto done;
nomem:
    st = eg_error_set(err, EG_ERR_NOMEM, doc->origin, doc->origin_line, 0,
                      "out of memory while matching names");
done:
    s->doc = NULL;
    s->covered = NULL;
    return st;
}

eg_status eg_match(const eg_gazetteer *g, const eg_match_opts *o, eg_doc *doc, eg_error *err) {
    if (!eg_gazetteer_finished(g))
        return eg_error_set(err, EG_ERR_USAGE, NULL, 0, 0, "gazetteer not finished");
    eg_matcher *m = eg_matcher_new(g, o);
    if (!m)
        return eg_error_set(err, EG_ERR_NOMEM, doc->origin, doc->origin_line, 0,
                            "out of memory while matching names");
    eg_status st = eg_matcher_run(m, doc, err);
    eg_matcher_free(m);
    return st;
}
