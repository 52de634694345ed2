/* jsonload: parsing one JSON text with jansson so that an allocation failure
 * is never mistaken for bad input, nor a damaged parse for a good one. */
#ifndef EG_JSONLOAD_H
#define EG_JSONLOAD_H

#include <stddef.h>

#include <jansson.h>

/* json_loadb(s, n, 0, jerr), plus: *oom is set to 1 (and NULL returned) when
 * an allocation failed during the parse, else to 0. jansson 2.14 ignores
 * some failed allocations (a string buffer that cannot grow loses bytes and
 * the parse "succeeds"; others are reported as syntax errors), so the first
 * call wraps jansson's allocator (json_set_alloc_funcs, chaining to the
 * functions installed before) to count failures per thread. NULL with
 * *oom == 0 is a real syntax error described by jerr. The caller owns the
 * result. */
json_t *eg_json_load(const char *s, size_t n, json_error_t *jerr, int *oom);

#endif
