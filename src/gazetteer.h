/* gazetteer: named-entity lists (TSV, spaCy EntityRuler JSONL, stoplist.txt)
 * loaded into one read-only index: entities sorted by key, their attributes,
 * and a token trie over case-folded surface forms that the matcher walks in
 * time linear in the text and independent of the list size. */
#ifndef EG_GAZETTEER_H
#define EG_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

/*
 * File formats
 *
 * TSV (*.tsv): UTF-8, tab-separated, a header row first. Lines starting with
 * '#' and blank lines are ignored anywhere; a byte order mark and CRLF line
 * ends are accepted. Columns (any order):
 *   name      required, the canonical name (also a surface form)
 *   type      optional; empty or absent: from the file name (people -> person,
 *             organisations/organizations -> organisation, agencies -> agency,
 *             countries -> country, locations -> location, any other stem ->
 *             that stem). The types are person, organisation (organization is
 *             read as it), agency, country, location: a row of any other type
 *             is a warning (file:line, the allowed types) and is skipped
 *   id        optional; empty or absent: the key is "type:name"
 *   aliases   optional, '|'-separated surface forms
 *   demonyms  optional, '|'-separated surface forms tagged as demonyms
 *   other     attributes: header = attribute name, cell = value (empty cells
 *             dropped)
 * Cells, aliases and demonyms are trimmed of spaces. Errors (EG_ERR_CONFIG,
 * naming file:line and, where it applies, the byte column): no `name` column,
 * a repeated column, a row whose cell count differs from the header's, an
 * empty name, invalid UTF-8, and a key used twice for a different name or
 * type. Rows with the same key, name and type are one entity: their forms and
 * attributes merge (an attribute already set keeps its first value; a
 * different later value is a warning). A name listed twice in one file is a
 * warning naming both lines; a file without entries is a warning. At
 * eg_gazetteer_finish, an entity without an id ("type:name" key) whose type
 * and name are those of exactly one entity with an id merges into it, so a
 * user list can add aliases to a bundled entity by naming it.
 *
 * JSONL (*.jsonl): spaCy EntityRuler patterns, one JSON object a line:
 *   {"label": "ORG", "pattern": "Acme Corp", "id": "acme"}
 * Labels: PERSON or PER -> person, ORG -> organisation, GPE -> country, LOC ->
 * location, or a type name itself; any other label is a warning and the line
 * is skipped. Lines with the same id are one entity (the first
 * pattern is its name, later ones aliases; the label must agree); without an
 * id the key is "type:pattern". Token-list patterns are reported as a warning
 * (file:line, unsupported) and skipped. Bad JSON, a missing label or a
 * non-string pattern, label or id is an error.
 *
 * stoplist.txt (any *.txt when loaded as a file): one surface form a line,
 * '#' comment lines. Stop-listed forms are matched case-insensitively against
 * the gazetteer's forms; the matcher tags them only with stronger evidence
 * (see matcher.h).
 *
 * A folder loads every *.tsv, *.jsonl and stoplist.txt directly inside it
 * (not subfolders, not names starting with '.') in byte order of file name.
 */

typedef struct eg_gazetteer eg_gazetteer;

/* A new, empty gazetteer (NULL on ENOMEM). Free with eg_gazetteer_free. */
eg_gazetteer *eg_gazetteer_new(void);
void eg_gazetteer_free(eg_gazetteer *g);

/* Loads a file (by extension: .jsonl, .txt stoplist, otherwise TSV) or a
 * folder (see above). `path` is borrowed; warnings go to diag (may be NULL).
 * On error nothing from the failing file's later rows is added; rows before
 * the error stay. EG_ERR_USAGE after eg_gazetteer_finish. */
eg_status eg_gazetteer_load(eg_gazetteer *g, const char *path, eg_diag *diag, eg_error *err);

/* Adds one entity programmatically (tests, rules). All strings are borrowed
 * and copied; they must be valid UTF-8 and NUL-terminated. `key` may be NULL
 * ("type:name"); aliases/demonyms may be NULL when their count is 0 (empty
 * strings in them are skipped). Adding a key that exists merges the forms when
 * name and type agree, else fails with EG_ERR_CONFIG. */
eg_status eg_gazetteer_add(eg_gazetteer *g, const char *name, const char *type, const char *key,
                           const char *const *aliases, size_t naliases, const char *const *demonyms,
                           size_t ndemonyms, eg_error *err);
/* Sets attribute `name` = `value` on the entity with `key` (added before).
 * An attribute already set keeps its first value. EG_ERR_USAGE if the key is
 * unknown. Strings are copied. */
eg_status eg_gazetteer_add_attr(eg_gazetteer *g, const char *key, const char *name,
                                const char *value, eg_error *err);
/* Stop-lists one surface form (copied). */
eg_status eg_gazetteer_add_stop(eg_gazetteer *g, const char *form, eg_error *err);

/* Builds the index. A surface form (as written, quotes and dashes folded)
 * that maps to two or more entities is ambiguous: it is never tagged, and
 * each one is reported once through diag as a warning naming two of the
 * entities. Entities get indices in byte order of their keys, so the result
 * does not depend on the order in which identical content was loaded. Must be
 * called before matching; the gazetteer is read-only afterwards and safe to
 * share between threads. Calling it again does nothing. After a failure
 * (EG_ERR_NOMEM) only eg_gazetteer_free may be called. */
eg_status eg_gazetteer_finish(eg_gazetteer *g, eg_diag *diag, eg_error *err);

/* Non-zero once eg_gazetteer_finish has succeeded. */
int eg_gazetteer_finished(const eg_gazetteer *g);

/* A number no other finished gazetteer of this process has (0 before
 * finish): caches that outlive one call key on it rather than on g's address,
 * which a freed gazetteer's successor may reuse. */
uint64_t eg_gazetteer_serial(const eg_gazetteer *g);

/* Accessors (after eg_gazetteer_finish; strings are owned by g). */
size_t eg_gazetteer_count(const eg_gazetteer *g);
const char *eg_gazetteer_name(const eg_gazetteer *g, size_t i);
const char *eg_gazetteer_type(const eg_gazetteer *g, size_t i);
const char *eg_gazetteer_key(const eg_gazetteer *g, size_t i);
size_t eg_gazetteer_nattrs(const eg_gazetteer *g, size_t i);
/* Attributes of entity i, sorted by name. */
const char *eg_gazetteer_attr_name(const eg_gazetteer *g, size_t i, size_t k);
const char *eg_gazetteer_attr_value(const eg_gazetteer *g, size_t i, size_t k);
/* The value of entity i's attribute `name`, or NULL when it has none. */
const char *eg_gazetteer_attr(const eg_gazetteer *g, size_t i, const char *name);
/* The value of entity i's "category" attribute, or NULL when it has none:
 * the same as scanning its attributes for the name "category", without the
 * scan (cached at eg_gazetteer_finish). */
const char *eg_gazetteer_category(const eg_gazetteer *g, size_t i);

/* Whether listed entity i is a country or a first-level area: a location of
 * category state, province or region, and territory too when `territory` is
 * set ("Scotland", "Ontario"). */
int eg_gazetteer_country_or_area(const eg_gazetteer *g, size_t i, int territory);
/* Exact surface form (case kept, quotes and dashes folded, token spacing
 * ignored) -> entity index; -1 if unknown or ambiguous. */
long eg_gazetteer_find(const eg_gazetteer *g, const char *form);
/* Entity index by key (binary search); -1 if absent. */
long eg_gazetteer_find_key(const eg_gazetteer *g, const char *key);

/*
 * Index access for the matcher. The trie's nodes are uint32 ids (root 0);
 * its edges are token ids of case-folded tokens (eg_fold with EG_FOLD_CASE).
 * A node may hold variants: one per (entity, exact form) whose folded tokens
 * end there. The exact form is the form's tokens folded without case, joined
 * by single spaces (tokens never contain spaces).
 */
#define EG_GAZ_NONE UINT32_MAX

enum {
    EG_GAZ_DEMONYM = 1u << 0,   /* the form is a demonym of the entity */
    EG_GAZ_AMBIGUOUS = 1u << 1, /* the same exact form names another entity too */
    EG_GAZ_LETTERS2 = 1u << 2   /* the form has at least two letters */
};

typedef struct eg_gaz_variant {
    uint32_t ent;   /* entity index */
    uint32_t exact; /* where the exact form is stored (see eg_gazetteer_exact) */
    uint32_t ntok;  /* tokens in the form */
    uint32_t flags; /* EG_GAZ_* */
} eg_gaz_variant;

/* Token id of the folded token s[0..len), or EG_GAZ_NONE if no form has it. */
uint32_t eg_gazetteer_token(const eg_gazetteer *g, const char *s, size_t len);
/* The child of `node` along token id `tok`, or EG_GAZ_NONE. */
uint32_t eg_gazetteer_child(const eg_gazetteer *g, uint32_t node, uint32_t tok);
/* The variants ending at node (*n of them; NULL when none), sorted by exact
 * form then entity. */
const eg_gaz_variant *eg_gazetteer_variants(const eg_gazetteer *g, uint32_t node, size_t *n);
/* v's exact form (NUL-terminated, owned by g). */
const char *eg_gazetteer_exact(const eg_gazetteer *g, const eg_gaz_variant *v);
/* Non-zero if the forms ending at node are stop-listed. */
int eg_gazetteer_node_stop(const eg_gazetteer *g, uint32_t node);

#endif
