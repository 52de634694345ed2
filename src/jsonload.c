/* jsonload: jansson parse with allocation failures told apart. jansson's
 * allocator is wrapped once (chaining to whatever functions were installed
 * before) so that every failed allocation is counted per thread. */
#include "jsonload.h"

#include <pthread.h>
#include <stdlib.h>

static json_malloc_t inner_malloc = malloc;
static json_free_t inner_free = free;
static _Thread_local unsigned long failures;
static pthread_once_t installed = PTHREAD_ONCE_INIT;

static void *counting_malloc(size_t n) {
    void *p = inner_malloc(n);
    if (!p)
        failures++;
    return p;
}

static void counting_free(void *p) {
    inner_free(p);
}

static void install(void) {
    json_get_alloc_funcs(&inner_malloc, &inner_free);
    json_set_alloc_funcs(counting_malloc, counting_free);
}

json_t *eg_json_load(const char *s, size_t n, json_error_t *jerr, int *oom) {
    pthread_once(&installed, install);
    *oom = 0;
    unsigned long before = failures;
    json_t *root = json_loadb(s, n, 0, jerr);
    if (failures != before || (!root && json_error_code(jerr) == json_error_out_of_memory)) {
        json_decref(root);
        *oom = 1;
        return NULL;
    }
    return root;
}
