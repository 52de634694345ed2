/* record: the unit of merging. An article's contribution is a list of entity,
 * pair and relation records; the accumulator (build, graph) and the streaming
 * reducer (reduce) merge records with the same functions, and map/reduce move
 * them between processes as one text line each, key first and a tab. */
#ifndef EG_RECORD_H
#define EG_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "model.h"
#include "strbuf.h"

/* Bounds that keep merged records small whatever the corpus size. */
typedef struct eg_record_limits {
    size_t evidence;    /* evidence sentences per edge (--evidence, default 3) */
    size_t article_ids; /* article ids kept per edge (default 1000) */
    size_t forms;       /* verb forms and speakers kept per relation (default 8) */
} eg_record_limits;

void eg_record_limits_default(eg_record_limits *l);

/* A sorted set of unique strings, at most `cap` of the smallest kept. */
typedef struct eg_strset {
    char **v;
    size_t n;
} eg_strset;

typedef struct eg_entrec {
    char *key, *name, *type;
    int discovered;
    uint64_t mentions, articles;
    eg_attr *attrs; /* sorted by name */
    size_t nattrs;
} eg_entrec;

typedef struct eg_pairrec {
    char *a, *b; /* keys, strcmp(a, b) < 0 */
    uint64_t weight;
    char *first_date, *last_date;
    eg_idlist ids; /* ids.total = articles */
    eg_evidence *ev;
    size_t nev;
} eg_pairrec;

typedef struct eg_relrec {
    char *src, *dst, *verb, *cls;
    int negated, hedged;
    uint64_t count;
    eg_strset forms;     /* verbs as written */
    eg_strset reporters; /* keys of speakers in reported speech */
    eg_idlist ids;
    eg_evidence *ev;
    size_t nev;
} eg_relrec;

void eg_entrec_destroy(eg_entrec *r);
void eg_pairrec_destroy(eg_pairrec *r);
void eg_relrec_destroy(eg_relrec *r);

/* Merge `src` into `dst` (same key). Strings are moved out of src where kept;
 * src is left destroyed. Merging is commutative and associative, so the order
 * in which articles arrive never changes the result. 0 or -1 on ENOMEM. */
int eg_entrec_merge(eg_entrec *dst, eg_entrec *src);
int eg_pairrec_merge(eg_pairrec *dst, eg_pairrec *src, const eg_record_limits *l);
int eg_relrec_merge(eg_relrec *dst, eg_relrec *src, const eg_record_limits *l);

/* Adds a copy of s to the bounded set (no-op if present or not among the cap
 * smallest). 0 or -1 on ENOMEM. */
int eg_strset_add(eg_strset *set, const char *s, size_t cap);
void eg_strset_destroy(eg_strset *set);
/* Same for article ids; also counts total when count_total is set. */
int eg_idlist_add(eg_idlist *l, const char *id, size_t cap);
/* Order of evidence: by article id, then pos, a_start, b_start; 0 means
 * the same evidence. */
int eg_evidence_cmp(const eg_evidence *x, const eg_evidence *y);

/* Binary search of s in the byte-ordered strings v[0..n): the index of s
 * (*found = 1) or where it would be inserted (*found = 0). */
size_t eg_strv_lower_bound(char *const *v, size_t n, const char *s, int *found);
/* Adds an evidence entry (moved) keeping the `cap` smallest by (article, pos). */
int eg_evidence_add(eg_evidence **ev, size_t *nev, eg_evidence *e, size_t cap);

/* Record lines for map/reduce: "E\t<key>\t{json}", "P\t<a>\t<b>\t{json}",
 * "R\t<src>\t<dst>\t<verb>\t<neg>\t<hedged>\t{json}". Appended to sb with a
 * newline. Keys never contain tabs or newlines (eg_record_clean_key). */
int eg_entrec_write(const eg_entrec *r, eg_strbuf *sb);
int eg_pairrec_write(const eg_pairrec *r, eg_strbuf *sb);
int eg_relrec_write(const eg_relrec *r, eg_strbuf *sb);

typedef enum {
    EG_REC_ENTITY = 'E',
    EG_REC_PAIR = 'P',
    EG_REC_REL = 'R',
    EG_REC_SUMMARY = 'S' /* run counts ("S\t{json}"), summed */
} eg_rec_kind;

typedef struct eg_anyrec {
    eg_rec_kind kind;
    union {
        eg_entrec ent;
        eg_pairrec pair;
        eg_relrec rel;
        eg_summary sum;
    } u;
} eg_anyrec;

/* Summary records: counts of a run (articles read, skipped, mentions, ...). */
int eg_summary_write(const eg_summary *s, eg_strbuf *sb);
void eg_summary_add(eg_summary *dst, const eg_summary *src);

/* Parses one record line (without its newline). On error returns
 * EG_ERR_DATA with `source`, `line` and a column in err. */
eg_status eg_record_parse(const char *line, size_t len, eg_anyrec *out, const char *source,
                          long lineno, eg_error *err);
void eg_anyrec_destroy(eg_anyrec *r);

/* Length of the key prefix of a record line: everything before the JSON
 * field, used by the reducer to group lines. */
size_t eg_record_key_len(const char *line, size_t len);

/* Replaces tabs, newlines and other C0 controls by spaces, in place. */
void eg_record_clean_key(char *s);

#endif
