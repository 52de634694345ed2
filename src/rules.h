/* rules: recogniser rules for entities the lists miss. Titles before names,
 * given names, appositions, bylines, organisation, agency and place shapes
 * built on designators and context words, and acronyms introduced after a
 * name are C code over tokens; extra rules come from user-editable PCRE2
 * files (recognisers.tsv). File formats and every rule are documented in
 * gazetteers/rules/README.md. */
#ifndef EG_RULES_H
#define EG_RULES_H

#include <stddef.h>

#include "doc.h"
#include "error.h"
#include "gazetteer.h"

typedef struct eg_rules eg_rules;

/* A new, empty rule set (NULL on ENOMEM). Free with eg_rules_free. */
eg_rules *eg_rules_new(void);
void eg_rules_free(eg_rules *r);

/* Loads titles.txt and designators.txt (both required), given_names.txt,
 * org_frames.txt and recognisers.tsv (all optional) from the folder `dir`
 * (borrowed), e.g. the
 * bundled gazetteers/rules. Errors: EG_ERR_IO for a missing or unreadable
 * file, EG_ERR_CONFIG with file:line:column for a bad line (a designator flag
 * `head` together with `prefix` or `sector`, a given name with a space, a
 * frame whose "*" is missing or not last, or a frame word that is not
 * lower-case a-z or '-'),
 * EG_ERR_USAGE after eg_rules_finish. */
eg_status eg_rules_load_dir(eg_rules *r, const char *dir, eg_error *err);

/* Loads one extra recogniser file (type TAB pattern [TAB flags] lines). The
 * patterns are compiled here, so a PCRE2 error is reported with file:line and
 * the column of the error within the line. */
eg_status eg_rules_load(eg_rules *r, const char *path, eg_error *err);

/* JIT-compiles the patterns (when the platform supports it) and freezes the
 * rule set: read-only afterwards and safe to share between threads. Calling
 * it again does nothing. */
eg_status eg_rules_finish(eg_rules *r, eg_error *err);

/* Every distinct word of the loaded titles as written (trailing '.' dropped,
 * lower-case connectors such as "of" left out), in byte order, for the
 * matcher's context checks. Borrowed from r; *n receives the count. */
const char *const *eg_rules_titles(const eg_rules *r, size_t *n);
/* The organisation designators as written ("Inc", "Ltd", "S.A.", "Group"),
 * in byte order, without `prefix`, `sector` and `head` ones. Borrowed from r. */
const char *const *eg_rules_designators(const eg_rules *r, size_t *n);

/* Per-thread scratch: PCRE2 match data and JIT stack, candidate buffers.
 * NULL on ENOMEM; `r` must be finished and outlive the scratch. */
typedef struct eg_rulescratch eg_rulescratch;
eg_rulescratch *eg_rulescratch_new(const eg_rules *r);
void eg_rulescratch_free(eg_rulescratch *s);

/* Sends warnings (a recogniser that hits a PCRE2 match, depth or heap limit,
 * naming the article, sentence and rule file:line) to `diag` (borrowed, may be
 * NULL, must outlive the scratch's use). */
void eg_rulescratch_set_diag(eg_rulescratch *s, eg_diag *diag);

/* Adds EG_ORIGIN_RULE mentions of discovered entities (eg_doc_discovered:
 * person, organisation, agency, location, or a recogniser's type) found by
 * the rules, and EG_ORIGIN_SHORT mentions of acronyms introduced right after
 * an organisation or agency name ("Acme Holdings (AH)"). Sentences flagged
 * EG_SENT_BOILER are skipped. doc->ments stays sorted by start and without
 * overlaps: rule spans never override gazetteer mentions, except that an
 * organisation, agency or place span strictly containing only demonym,
 * country or location mentions replaces them ("Kenya Airways Ltd"), and a
 * listed organisation followed by a business word becomes a company of its
 * own ("Samsung Securities"); a byline name takes in a listed company's one
 * word that ends its line ("By Eirik Dahl Sandvik"), and a body opening with
 * a listed "The <name>" takes in the name ("The Independent Petroleum
 * Marketers Association"). Two rounds: the second, after the first round's
 * names are in doc->ments, handles acronyms, "said it" organisations, bare
 * names after the frames of org_frames.txt ("fined Careem"), bare
 * "in X" places and full names of people found by a title ("Mr Talukder").
 * The article's own acronym beats the list's ("Australian Federal Police
 * (AFP)" moves every "AFP" of the article), and a discovered body next to a
 * listed alias of a longer listed name ("Security Service, Säpo," or
 * "Internal Security Agency (ABW)") becomes the listed entity. Entities'
 * `mentions` counts are kept up to date. `g` must be the finished gazetteer
 * the matcher used. EG_ERR_USAGE if r is not finished, EG_ERR_NOMEM on
 * allocation failure. */
eg_status eg_rules_apply(const eg_rules *r, eg_rulescratch *s, const eg_gazetteer *g, eg_doc *doc,
                         eg_error *err);

/* Non-zero if s[0..len) is a word that never starts a name: a function word
 * ("The", "In", "According"), a weekday or a month, compared ignoring ASCII
 * case. Shared with resolve. */
int eg_rules_stopword(const char *s, size_t len);

/* Non-zero if s[0..len) is a function word ("The", "In", "According"; not a
 * weekday or month), compared ignoring ASCII case. Shared with the matcher. */
int eg_rules_function_word(const char *s, size_t len);

/* Is gazetteer entity gaz a generated place (attribute source=generated, as in
 * cities.tsv)? Such places give way to names: the rules drop their mentions
 * inside longer capitalised runs and short forms of people replace them. */
int eg_rules_weak_place(const eg_gazetteer *g, int32_t gaz);

/* 1 if one of the '|'-separated literals of `needs` (a recogniser's needs=
 * flag) occurs in text[b, e), byte for byte. */
int eg_rx_needs_in(const char *needs, const char *text, size_t b, size_t e);

#endif
