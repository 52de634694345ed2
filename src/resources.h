/* resources: the read-only data every article is analysed with: gazetteers,
 * recogniser rules and verb patterns, loaded once and shared by all worker
 * threads. Also finds the bundled gazetteers folder. */
#ifndef EG_RESOURCES_H
#define EG_RESOURCES_H

#include "error.h"
#include "gazetteer.h"
#include "rules.h"
#include "verbs.h"

typedef struct eg_resources_opts {
    const char *bundled;           /* bundled gazetteers folder; NULL = eg_resources_locate() */
    int no_default_gazetteers;     /* leave out the bundled entity lists (rules and verbs stay) */
    const char *const *gazetteers; /* -g: files or folders added on top */
    size_t ngazetteers;
    const char *const *patterns; /* --patterns: extra verb-pattern files */
    size_t npatterns;
    const char *const *rules; /* --rules: extra recogniser files */
    size_t nrules;
} eg_resources_opts;

typedef struct eg_resources {
    eg_gazetteer *gaz;
    eg_rules *rules;
    eg_verbs *verbs;
    char *bundled; /* the folder used */
} eg_resources;

/* Finds the bundled gazetteers folder: $ENTGRAPH_GAZETTEERS, then
 * <executable>/../share/entgraph/gazetteers, then the source tree the program
 * was built from, then the install prefix. Returns a new string (caller frees)
 * or NULL with err set when none exists. */
char *eg_resources_locate(eg_error *err);

/* Loads everything; *out is freed with eg_resources_free. */
eg_status eg_resources_load(const eg_resources_opts *o, eg_diag *diag, eg_resources **out,
                            eg_error *err);
void eg_resources_free(eg_resources *r);

#endif
