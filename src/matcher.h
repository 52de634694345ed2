/* matcher: tags gazetteer names, aliases and demonyms in a tokenised,
 * segmented document. One trie walk per start token (cost linear in the text,
 * independent of the list size), longest-leftmost, whole tokens, with case
 * and context checks that keep common words and parts of longer names out. */
#ifndef EG_MATCHER_H
#define EG_MATCHER_H

#include <stddef.h>

#include "doc.h"
#include "error.h"
#include "gazetteer.h"

typedef struct eg_match_opts {
    int ignore_case;           /* --ignore-case */
    const char *const *titles; /* person titles ("President", "Minister", "Mr"); may be NULL */
    size_t ntitles;
    const char *const *designators; /* company designators ("Inc", "Ltd", "Group"); may be NULL */
    size_t ndesignators;
} eg_match_opts;

/* Tags gazetteer forms in doc (doc->toks and doc->sents must be filled; `o`
 * may be NULL for defaults). Appends mentions with origin EG_ORIGIN_GAZETTEER
 * or EG_ORIGIN_DEMONYM to doc->ments, keeping them sorted by start without
 * overlaps (tokens already covered by mentions are skipped); each mention's
 * doc entity comes from eg_doc_gazent and its `mentions` count goes up.
 * Sentences flagged EG_SENT_BOILER are skipped. Uses a per-call scratch
 * buffer, so one finished gazetteer can serve many threads. EG_ERR_USAGE if
 * the gazetteer is not finished, EG_ERR_NOMEM on allocation failure.
 *
 * Policy, within each sentence:
 *  - Whole tokens, longest-leftmost, no overlaps: at each start token the trie
 *    is walked over case-folded tokens, the longest form whose case check
 *    passes is the candidate, and after a match the scan goes on behind it.
 *    Possessive clitics are tokens of their own, so "Russia's" and "Russia’s"
 *    match Russia.
 *  - Case check: a form is accepted when the text's tokens equal the form as
 *    written (quotes and dashes folded, case kept: "apple" is not Apple, "us"
 *    is not US); or with o->ignore_case; or in an EG_SENT_ALLCAPS sentence when
 *    every word token of the span is in capitals and the form has at least two
 *    letters. Exact matches win over case-insensitive ones.
 *  - Ambiguous forms (one form for two or more entities, or, case-insensitively,
 *    several forms of different entities) are not tagged; each occurrence that
 *    passes the context checks adds one to doc->ambiguous.
 *  - Context (skipped in EG_SENT_ALLCAPS sentences and in sentences where more
 *    than 60% of word tokens are capitalised, i.e. title-case headlines): a
 *    candidate is rejected when the token right before it is a capitalised
 *    word that is not the sentence's first token, not a function word ("The"
 *    after a dateline), not a title and not inside another match ("Mexico" in
 *    "New Mexico", "France" in "Air France"), or
 *    when the token right after it is a capitalised word that does not start a
 *    gazetteer match of its own and is not a title ("Chinese" in "Chinese
 *    Foreign Ministry", "China" in "China Daily"). A designator after an
 *    organisation does not reject it ("Acme Inc"). Possessive clitics are not
 *    capitalised words. After a rejected candidate the scan goes on at the next
 *    token.
 *  - Stop-listed forms are tagged only with a stronger signal: the same
 *    entity has a mention earlier in this call ("Theresa May ... May"; a
 *    stop-listed form tagged with a signal counts too), the token before is a
 *    title ("Mrs May", also "Mrs. May"), or the token after is a designator;
 *    for countries and places also a compass word before ("eastern Chad",
 *    "north-eastern Chad"), a list with another name of the same type matched
 *    without the stop list ("Turkey and Jordan", "Chad, Niger"), or a dateline
 *    place and comma before ("ADRÉ, Chad (AFP) —"). A stop-listed form in the
 *    article's title (EG_SENT_TITLE) without a signal is decided after the
 *    body: it is tagged if the body has tagged the entity.
 *  - Titles and designators match a token as written (a trailing '.' is
 *    ignored on both sides; for a multi-word title its last word counts);
 *    tokens in capitals also match them case-insensitively.
 */
eg_status eg_match(const eg_gazetteer *g, const eg_match_opts *o, eg_doc *doc, eg_error *err);

/* The same as a reusable object: the titles and designators of `o` (may be
 * NULL for defaults; the lists are read here and not kept) are folded and
 * indexed once, and the per-sentence buffers are kept from one document to
 * the next. One matcher per thread; `g` is borrowed and must outlive it.
 * NULL on ENOMEM. Free with eg_matcher_free (NULL is a no-op). */
typedef struct eg_matcher eg_matcher;
eg_matcher *eg_matcher_new(const eg_gazetteer *g, const eg_match_opts *o);
void eg_matcher_free(eg_matcher *m);
/* eg_match with the matcher's gazetteer and options. */
eg_status eg_matcher_run(eg_matcher *m, eg_doc *doc, eg_error *err);

#endif
