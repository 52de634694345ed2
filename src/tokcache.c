/* tokcache: allocation of the direct-mapped token memo (lookups are inline
 * in tokcache.h). */
#include "tokcache.h"

#include <stdlib.h>

int eg_tokcache_init(eg_tokcache *c, unsigned bits) {
    size_t n = (size_t)1 << bits;
    c->v = calloc(n, sizeof *c->v);
    c->mask = c->v ? n - 1 : 0;
    return c->v ? 0 : -1;
}

void eg_tokcache_destroy(eg_tokcache *c) {
    free(c->v);
    c->v = NULL;
    c->mask = 0;
}
