/* verbs: the verb-pattern table (gazetteers/patterns/verbs.tsv plus users'
 * --patterns files): each verb's base form and relation class, and its active
 * forms, passive participles and particles compiled into two PCRE2 patterns
 * (one for active, one for passive forms) whatever the number of verbs.
 * The file format is documented in gazetteers/patterns/README.md. */
#ifndef EG_VERBS_H
#define EG_VERBS_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

typedef struct eg_verbs eg_verbs;

/* A new, empty table (NULL on ENOMEM). Free with eg_verbs_free. */
eg_verbs *eg_verbs_new(void);
void eg_verbs_free(eg_verbs *v);

/* Loads one pattern file (`path` is borrowed). Every row is checked as it is
 * read; each regular expression is compiled on its own, so an error names
 * file:line:column with the PCRE2 message (EG_ERR_CONFIG). A base that is
 * already known (from this or an earlier file) gets the row's forms added and
 * takes the row's class. On error the rows before the bad one stay.
 * EG_ERR_IO if the file cannot be read; EG_ERR_USAGE after eg_verbs_finish. */
eg_status eg_verbs_load(eg_verbs *v, const char *path, eg_error *err);

/* Compiles every row into the two combined patterns (UTF, UCP, CASELESS;
 * JIT when available) and sets the match, depth and heap limits that keep a
 * catastrophic user pattern from hanging a run. Afterwards the table is
 * read-only and may be shared between threads. A table with no rows is valid
 * and matches nothing. */
eg_status eg_verbs_finish(eg_verbs *v, eg_error *err);

/* Verbs (distinct base forms) in load order; `i` < eg_verbs_count. The
 * strings are borrowed from the table. */
size_t eg_verbs_count(const eg_verbs *v);
const char *eg_verbs_base(const eg_verbs *v, size_t i);
const char *eg_verbs_class(const eg_verbs *v, size_t i);
/* 1 when the verb's object may be a place (a location: "attacked Odesa",
 * "visited Riyadh"); for other verbs a place named as object stands for its
 * government ("accused Beijing") and is no endpoint. Column `places`. */
int eg_verbs_places(const eg_verbs *v, size_t i);
/* 1 when the words between a form of pattern row `row` and its particle may
 * hold a name (a row whose particle is "to" alone: "sold its stake in Acme to
 * Y", what is given is never an endpoint), else 0. */
int eg_verbs_row_gap_names(const eg_verbs *v, size_t row);
/* Index of a base form, or -1. */
long eg_verbs_find_base(const eg_verbs *v, const char *base);

/* ---- matching (used by relations.c) ---- */

typedef enum eg_voice { EG_VOICE_ACTIVE = 0, EG_VOICE_PASSIVE = 1 } eg_voice;

/* One verb form found in a subject string. All offsets are bytes into the
 * subject: the verb itself is [start, verb_end); a particle, when the row
 * has one, is [particle_start, end) and the words skipped before it
 * ("sold arms to") are [verb_end, particle_start). Without a particle,
 * verb_end == particle_start == end. */
typedef struct eg_verbmatch {
    size_t start, verb_end, particle_start, end;
    uint32_t verb;    /* verb index */
    uint32_t row;     /* the pattern row that matched */
    int has_particle; /* the row requires a particle */
} eg_verbmatch;

/* Per-thread match state for eg_verbs_next (PCRE2 match data). */
typedef struct eg_verbscratch eg_verbscratch;
/* `v` must be finished; NULL on ENOMEM. Free with eg_verbscratch_free. */
eg_verbscratch *eg_verbscratch_new(const eg_verbs *v);
void eg_verbscratch_free(eg_verbscratch *s);

enum {
    EG_VERBS_FOUND = 1,
    EG_VERBS_NONE = 0,
    EG_VERBS_LIMIT = -1, /* a match, depth, heap or JIT stack limit was hit */
    EG_VERBS_ERROR = -2, /* any other PCRE2 failure */
    EG_VERBS_NOMEM = -3  /* out of memory (eg_verbs_may_start, eg_verbs_word_at) */
};

/* Finds the leftmost verb form of `voice` starting at or after `from` in
 * subject[0..len). The subject is expected in the form relations.c builds:
 * folded, lower-cased tokens, one space where the text had whitespace,
 * mentions as the byte 0x01 (0x02 for a nationality adjective, which may
 * stand among the words before a particle: "sold Venezuelan crude to").
 * A form must start and end on a word edge.
 * Returns an EG_VERBS_* code; *out is set on EG_VERBS_FOUND. */
int eg_verbs_next(const eg_verbs *v, eg_verbscratch *s, eg_voice voice, const char *subject,
                  size_t len, size_t from, eg_verbmatch *out);

/* The verb form of `voice` starting exactly at offset `at` of the subject
 * (what eg_verbs_next finds when its leftmost form starts at `at`; the text
 * before `at` is still seen by the form's word-edge check). Same codes. */
int eg_verbs_at(const eg_verbs *v, eg_verbscratch *s, eg_voice voice, const char *subject,
                size_t len, size_t at, eg_verbmatch *out);

/* Whether a form of `voice` may start with the word w[0..n) (the subject's
 * bytes from a form's start up to the next space or its end): 0 means
 * eg_verbs_at finds nothing at any offset where the subject has those bytes
 * up to a space or its end; 1 means it might. Answers are remembered per
 * scratch, so a word costs one partial match per voice. Tables whose forms
 * hold assertions or anchors (which may look outside the words a form
 * spans) always answer 1. EG_VERBS_NOMEM on ENOMEM. */
int eg_verbs_may_start(const eg_verbs *v, eg_verbscratch *s, eg_voice voice, const char *w,
                       size_t n);

/* The voices whose forms may start with the word at offset `at` (up to
 * the next space or the end), as a mask of 1 << voice: eg_verbs_may_start
 * and the first-byte filter for both voices with one look-up of the word.
 * A voice left out finds nothing there. EG_VERBS_NOMEM on ENOMEM. */
int eg_verbs_word_voices(const eg_verbs *v, eg_verbscratch *s, const char *subject, size_t len,
                         size_t at);

/* eg_verbs_at at `at` for a word that eg_verbs_word_voices lets through
 * for `voice`, trying only the rows whose bare form may start with its
 * first byte. Same codes, and EG_VERBS_NOMEM. */
int eg_verbs_word_match(const eg_verbs *v, eg_verbscratch *s, eg_voice voice, const char *subject,
                        size_t len, size_t at, eg_verbmatch *out);

/* eg_verbs_at behind the word filter (eg_verbs_word_voices, then
 * eg_verbs_word_match): nothing is matched when no form may
 * start with the word at `at` (up to the next space or the end), so the
 * result is eg_verbs_at's. Same codes, and EG_VERBS_NOMEM. */
int eg_verbs_word_at(const eg_verbs *v, eg_verbscratch *s, eg_voice voice, const char *subject,
                     size_t len, size_t at, eg_verbmatch *out);

#endif
