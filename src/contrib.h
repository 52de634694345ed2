/* contrib: what one analysed article contributes to the graph: entity, pair
 * and relation records built from its mentions and relations. A pure
 * function of the article and the read-only resources, so workers build
 * contributions in parallel and the merge order never matters. */
#ifndef EG_CONTRIB_H
#define EG_CONTRIB_H

#include "doc.h"
#include "error.h"
#include "gazetteer.h"
#include "record.h"
#include "verbs.h"

typedef enum eg_window { EG_WINDOW_SENTENCE, EG_WINDOW_PARAGRAPH, EG_WINDOW_ARTICLE } eg_window;

typedef struct eg_contrib_opts {
    eg_window window;
    size_t max_window_entities; /* distinct entities per window considered for pairs */
    eg_record_limits limits;
} eg_contrib_opts;

void eg_contrib_opts_default(eg_contrib_opts *o);

/* Entity and relation records own their strings. Pair records borrow
 * theirs (keys, date, the id list, evidence and its strings) from the
 * contribution: read them, never destroy or merge them in place (the
 * accumulator copies them with eg_acc_add_pair_copy). */
typedef struct eg_contrib {
    eg_entrec *ents;
    size_t nents;
    eg_pairrec *pairs;
    size_t npairs;
    eg_relrec *rels;
    size_t nrels;
    uint64_t mentions;
    uint64_t capped_windows; /* windows that had more entities than the cap */
    char **strings;          /* what pair records point into: keys, id, date, sentences */
    size_t nstrings;
    char **idv;       /* the one-id list of every pair record */
    eg_evidence *evs; /* the evidence of every pair record */
} eg_contrib;

/* Fills `out` (zeroed first; eg_contrib_destroy frees it) from an analysed
 * doc. Entity keys come from the gazetteer, or "type:name" for discovered
 * entities. Strings are valid UTF-8 (invalid bytes replaced by U+FFFD). */
eg_status eg_contrib_build(const eg_doc *doc, const eg_gazetteer *g, const eg_verbs *v,
                           const eg_contrib_opts *o, eg_contrib *out, eg_error *err);
void eg_contrib_destroy(eg_contrib *c);

/* Writes the contribution as record lines (the `map` output). */
int eg_contrib_write(const eg_contrib *c, eg_strbuf *sb);

/* Key of doc entity `i` as a new string ("type:name" for discovered ones);
 * NULL on ENOMEM. Caller frees. */
char *eg_contrib_entity_key(const eg_doc *doc, const eg_gazetteer *g, size_t i);
/* Name and type of doc entity `i`, borrowed. */
const char *eg_contrib_entity_name(const eg_doc *doc, const eg_gazetteer *g, size_t i);
const char *eg_contrib_entity_type(const eg_doc *doc, const eg_gazetteer *g, size_t i);

/* Whether cp is a bidirectional control (U+061C, U+200E, U+200F,
 * U+202A-U+202E, U+2066-U+2069): one could reorder the text around it. */
int eg_is_bidi_control(uint32_t cp);

/* The one sanitiser of every string entgraph writes (names, labels, keys,
 * attributes, evidence sentences, mentions.jsonl strings): copies s[0..n)
 * with invalid UTF-8 and bidirectional controls each replaced by U+FFFD, C0
 * controls but tab, LF and CR by a space and, if fold_space,
 * whitespace runs folded to one space (leading and trailing dropped). If
 * offs is given, each offs[k] (an offset into s) is rewritten to the
 * matching offset in the result. Returns a new string or NULL. */
char *eg_clean_text(const char *s, size_t n, int fold_space, uint32_t *offs, size_t noffs);
/* Whether eg_clean_text(s, n, 0, ...) would return s[0..n) unchanged (a fast
 * path for writers that can use s as it is). */
int eg_text_is_clean(const char *s, size_t n);

#endif
