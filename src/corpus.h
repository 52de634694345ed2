/* corpus: reads the INPUT arguments (text files, folders, JSON Lines, stdin)
 * and hands out one article at a time in a deterministic order, with
 * binary-file, bad-record, invalid-UTF-8 and duplicate detection. It owns
 * the reading state only; every article belongs to the caller. */
#ifndef EG_CORPUS_H
#define EG_CORPUS_H

#include <stddef.h>

#include "error.h"
#include "model.h"

/* One article, heap-allocated; the caller of eg_corpus_next owns it and frees
 * it with eg_article_free (which also frees every string in it). */
typedef struct eg_article {
    /* The JSON "id" (a string, or an integer written in decimal); otherwise
     * the file's path relative to the INPUT argument (a file INPUT: its base
     * name; stdin: "-"); a JSON Lines record without id: "<relative path>:<line>". */
    char *id;
    char *title, *date, *url, *source; /* NULL when absent; date is valid ISO 8601 */
    char *text;      /* bytes as read (may hold invalid UTF-8; never NUL bytes); NUL-terminated */
    size_t text_len; /* bytes in text, without the terminating NUL */
    char *origin;    /* the path as opened ("<stdin>" for standard input), for diagnostics */
    long line;       /* JSON Lines line number, 0 for text files */
} eg_article;

/* Frees the article and its strings; NULL is a no-op. */
void eg_article_free(eg_article *a);

typedef struct eg_corpus_opts {
    int strict; /* a rejected record, a bad date or a binary file is an EG_ERR_DATA */
    int dedupe; /* drop articles whose id or text was seen before */
} eg_corpus_opts;

typedef struct eg_corpus eg_corpus;

/* Creates a reader over `inputs` (copied; "-" is standard input). The inputs
 * are read in byte order of their paths, whatever order they are given in,
 * so that no output (mentions.jsonl and the article --dedupe keeps included)
 * depends on that order. Nothing is opened yet: problems are reported by
 * eg_corpus_next in reading order.
 * `o` may be NULL (defaults: not strict, no dedupe). `diag` (may be NULL) is
 * borrowed and must outlive the reader. Returns NULL only when out of memory.
 *
 * What is read: a folder is walked recursively, its entries in byte order of
 * their paths (a folder sorts as "name/"), hidden entries (".name") and
 * symbolic-link loops skipped; in folders `.txt`, `.text` and `.md` files are
 * one article each and `.jsonl`/`.ndjson` files are JSON Lines (other files
 * are skipped silently). A file named as an INPUT is JSON Lines when it ends
 * in .jsonl or .ndjson and one article otherwise. "-" is JSON Lines when its
 * first non-blank byte is '{', one article otherwise. A JSON Lines record is
 * an object with "text" (string) and optional "id" (string or integer),
 * "title", "date", "url", "source" (strings); null counts as absent, other
 * fields are ignored. */
eg_corpus *eg_corpus_new(const char *const *inputs, size_t ninputs, const eg_corpus_opts *o,
                         eg_diag *diag);

/* Reads the next article. Returns EG_OK with *out set (the caller owns it),
 * or EG_OK with *out NULL at the end. Problems with one file or record are
 * warnings through diag, counted in the stats, and reading goes on:
 * an unopenable or unreadable INPUT or file counts in skipped_unreadable (the
 * CLI turns that into the I/O exit status at the end), binary files in
 * skipped_binary, bad records in records_rejected, dropped repeats in
 * skipped_duplicate. With o->strict, a rejected record, a bad date or a
 * binary file is also returned as EG_ERR_DATA (err holds file:line:column and
 * the same text as the warning, *out is NULL); calling again goes on after
 * it. EG_ERR_NOMEM when out of memory. */
eg_status eg_corpus_next(eg_corpus *c, eg_article **out, eg_error *err);

/* Sets articles_read (articles handed out, empty ones included),
 * articles_empty (empty or whitespace-only text), skipped_binary,
 * skipped_unreadable, skipped_duplicate, records_rejected and bytes (text
 * bytes of the articles handed out) in *s; other fields are left alone. */
void eg_corpus_stats(const eg_corpus *c, eg_summary *s);

/* Closes any open file and frees the reader; NULL is a no-op. */
void eg_corpus_free(eg_corpus *c);

#endif
