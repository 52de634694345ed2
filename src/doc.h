/* doc: one article under analysis. The text is stored once; tokens,
 * sentences, paragraphs, mentions and relations are spans into it.
 * The analysed text is the title (if any), a blank line, then the body, so
 * the title is its own paragraph and sentence; `body_offset` converts spans
 * back to offsets into the article's text as read. */
#ifndef EG_DOC_H
#define EG_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "strbuf.h"

/* Token flags. */
enum {
    EG_TOK_WORD = 1u << 0,          /* contains a letter */
    EG_TOK_NUM = 1u << 1,           /* starts with a digit */
    EG_TOK_PUNCT = 1u << 2,         /* neither letter nor digit */
    EG_TOK_CAP = 1u << 3,           /* first letter is upper case */
    EG_TOK_ALLCAPS = 1u << 4,       /* every letter upper case, at least one letter */
    EG_TOK_POSS = 1u << 5,          /* possessive clitic: 's, ’s, or a lone apostrophe after s */
    EG_TOK_DOTTED = 1u << 6,        /* dotted abbreviation kept as one token: U.S., J.R.R. */
    EG_TOK_QUOTE = 1u << 7,         /* a quotation mark, straight or curly */
    EG_TOK_DASH = 1u << 8,          /* hyphen, en dash, em dash, minus */
    EG_TOK_SENT_PUNCT = 1u << 9,    /* . ! ? … (sentence-final candidates) */
    EG_TOK_SPACE_BEFORE = 1u << 10, /* whitespace precedes the token */
    EG_TOK_LINE_START = 1u << 11,   /* first token on its line */
    EG_TOK_BADUTF8 = 1u << 12       /* contains invalid UTF-8 (replaced for matching) */
};

typedef struct eg_token {
    uint32_t start; /* byte offset into doc->text */
    uint32_t len;   /* bytes */
    uint32_t flags; /* EG_TOK_* */
    uint16_t nl;    /* newlines in the whitespace before the token (capped at 65535) */
    uint16_t pad;
} eg_token;

enum {
    EG_SENT_ALLCAPS = 1u << 0, /* a headline in capitals: match names without case */
    EG_SENT_TITLE = 1u << 1,   /* the article's title */
    EG_SENT_BOILER = 1u << 2   /* after the end of the story (not used for entities) */
};

typedef struct eg_sentence {
    uint32_t tok_begin, tok_end; /* token range [begin, end) */
    uint32_t paragraph;          /* paragraph index */
    uint32_t flags;              /* EG_SENT_* */
} eg_sentence;

/* Where a mention came from. */
enum {
    EG_ORIGIN_GAZETTEER = 0, /* a name or alias from a list */
    EG_ORIGIN_DEMONYM = 1,   /* a demonym from a list */
    EG_ORIGIN_RULE = 2,      /* a recogniser rule (title, byline, designator) */
    EG_ORIGIN_SHORT = 3      /* a document-level short form resolved to a full name */
};

typedef struct eg_mention {
    uint32_t tok_begin, tok_end; /* tokens [begin, end) */
    uint32_t start, end;         /* bytes [start, end) into doc->text */
    uint32_t ent;                /* index into doc->ents */
    uint32_t sentence;
    uint32_t paragraph;
    uint32_t origin; /* EG_ORIGIN_* */
} eg_mention;

/* An entity as this article knows it: from a gazetteer (gaz >= 0, name and
 * type borrowed from the gazetteer) or discovered by a rule (gaz == -1, name
 * and type owned by the doc in `names`). */
typedef struct eg_docent {
    int32_t gaz;       /* gazetteer entity index, or -1 */
    uint32_t name_off; /* discovered: offset of the name in doc->names */
    uint32_t type_off; /* discovered: offset of the type in doc->names */
    uint32_t discovered;
    uint32_t mentions; /* mentions in the story */
} eg_docent;

enum { EG_REL_NEGATED = 1u << 0, EG_REL_HEDGED = 1u << 1, EG_REL_PASSIVE = 1u << 2 };

/* A directed relation read from one sentence: subject -> object. */
typedef struct eg_relation {
    uint32_t src, dst; /* mention indices */
    uint32_t sentence;
    uint32_t verb_start, verb_end; /* the verb as written, bytes into doc->text */
    uint32_t pattern;              /* index into the verb pattern table */
    uint32_t flags;                /* EG_REL_* */
    int32_t reported_by;           /* mention index of the speaker, or -1 */
} eg_relation;

#define EG_VEC(T)                                                                                  \
    struct {                                                                                       \
        T *v;                                                                                      \
        size_t n, cap;                                                                             \
    }

typedef struct eg_doc {
    /* identity, borrowed from the article */
    const char *id;
    const char *date;   /* ISO 8601 or NULL */
    const char *origin; /* file the article came from, for diagnostics */
    long origin_line;   /* its line in a JSON Lines file, or 0 */

    /* the analysed text (owned): title, "\n\n", body */
    char *text;
    size_t len;
    size_t body_offset; /* where the article's own text starts in `text` */
    size_t title_len;   /* bytes of title at the start (0 if none) */
    size_t story_end;   /* end of the story proper; boilerplate after it */

    EG_VEC(eg_token) toks;
    EG_VEC(eg_sentence) sents;
    uint32_t nparas;
    EG_VEC(eg_mention) ments; /* sorted by start, non-overlapping */
    EG_VEC(eg_docent) ents;
    EG_VEC(eg_relation) rels;
    eg_strbuf names;    /* NUL-separated strings for discovered entities */
    uint32_t *entmap;   /* open-addressing index of ents (entity index + 1), so */
    size_t entmap_cap;  /* finding an article's entity stays O(1) however many it names */
    uint32_t ambiguous; /* short forms left unresolved because they fit two entities */
} eg_doc;

/* Grows a vector declared with EG_VEC by one element; returns a pointer to
 * the new zeroed element, or NULL on ENOMEM. */
void *eg_vec_push_(void **v, size_t *n, size_t *cap, size_t size);
#define EG_VEC_PUSH(vec) eg_vec_push_((void **)&(vec).v, &(vec).n, &(vec).cap, sizeof *(vec).v)
int eg_vec_reserve_(void **v, size_t *cap, size_t want, size_t size);
#define EG_VEC_RESERVE(vec, want)                                                                  \
    eg_vec_reserve_((void **)&(vec).v, &(vec).cap, (want), sizeof *(vec).v)

/* Vector dst takes src's elements, and src keeps dst's old storage, emptied
 * for reuse (a double buffer: build into src, then make it current). */
void eg_vec_take_(void **dv, size_t *dn, size_t *dcap, void **sv, size_t *sn, size_t *scap);
#define EG_VEC_TAKE(dst, src)                                                                      \
    eg_vec_take_((void **)&(dst).v, &(dst).n, &(dst).cap, (void **)&(src).v, &(src).n, &(src).cap)

void eg_doc_init(eg_doc *doc);
void eg_doc_destroy(eg_doc *doc);
/* Drops the analysis but keeps allocated capacity for reuse by the next article. */
void eg_doc_reset(eg_doc *doc);
/* Copies title (may be NULL) and body into doc->text. 0 or -1 on ENOMEM. */
int eg_doc_set_text(eg_doc *doc, const char *title, size_t title_len, const char *body,
                    size_t body_len);

/* Adds a discovered entity (or returns the existing one with the same name and
 * type); returns its index in doc->ents or -1 on ENOMEM. */
long eg_doc_discovered(eg_doc *doc, const char *name, size_t name_len, const char *type);

/* Moves mention m from its entity to entity `to`, keeping both entities'
 * story mention counts (the count of the old one never goes below 0). */
void eg_doc_move_mention(eg_doc *doc, eg_mention *m, uint32_t to);
/* Moves every mention of entity `from` to entity `to` (as eg_doc_move_mention,
 * origins kept); returns how many moved. */
size_t eg_doc_move_entity(eg_doc *doc, uint32_t from, uint32_t to);
/* Finds the doc entity for gazetteer entity `gaz`, adding it if needed; -1 on ENOMEM. */
long eg_doc_gazent(eg_doc *doc, int32_t gaz);

#endif
