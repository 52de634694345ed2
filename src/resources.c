/* resources: locating and loading gazetteers, rules and verb patterns. */
#include "resources.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef EG_SOURCE_GAZETTEERS
#define EG_SOURCE_GAZETTEERS ""
#endif
#ifndef EG_INSTALL_GAZETTEERS
#define EG_INSTALL_GAZETTEERS ""
#endif

static int is_dir(const char *p) {
    struct stat st;
    return p && *p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

char *eg_resources_locate(eg_error *err) {
    const char *env = getenv("ENTGRAPH_GAZETTEERS");
    if (env && *env) {
        if (is_dir(env))
            return strdup(env);
        eg_error_set(err, EG_ERR_CONFIG, env, 0, 0, "ENTGRAPH_GAZETTEERS does not name a folder");
        return NULL;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            char *p = eg_path_join(exe, "../share/entgraph/gazetteers");
            if (p && is_dir(p))
                return p;
            free(p);
        }
    }
    if (is_dir(EG_SOURCE_GAZETTEERS))
        return strdup(EG_SOURCE_GAZETTEERS);
    if (is_dir(EG_INSTALL_GAZETTEERS))
        return strdup(EG_INSTALL_GAZETTEERS);
    eg_error_set(err, EG_ERR_CONFIG, NULL, 0, 0,
                 "cannot find the bundled gazetteers folder (set ENTGRAPH_GAZETTEERS)");
    return NULL;
}

void eg_resources_free(eg_resources *r) {
    if (!r)
        return;
    eg_gazetteer_free(r->gaz);
    eg_rules_free(r->rules);
    eg_verbs_free(r->verbs);
    free(r->bundled);
    free(r);
}

static int exists(const char *p) {
    struct stat st;
    return stat(p, &st) == 0;
}

static int ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* Whether folder `path` holds a file the gazetteer loader reads (the names
 * eg_gazetteer_load picks from a folder). */
static int has_list_files(const char *path) {
    DIR *d = opendir(path);
    if (!d)
        return 1; /* the loader says why it cannot read it */
    int found = 0;
    struct dirent *de;
    while (!found && (de = readdir(d)) != NULL)
        found = de->d_name[0] != '.' &&
                (ends_with(de->d_name, ".tsv") || ends_with(de->d_name, ".jsonl") ||
                 strcmp(de->d_name, "stoplist.txt") == 0);
    closedir(d);
    return found;
}

eg_status eg_resources_load(const eg_resources_opts *o, eg_diag *diag, eg_resources **out,
                            eg_error *err) {
    eg_status st = EG_OK;
    char *path = NULL;
    *out = NULL;
    eg_resources *r = calloc(1, sizeof *r);
    if (!r)
        return eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
    r->bundled = o->bundled ? strdup(o->bundled) : eg_resources_locate(err);
    if (!r->bundled) {
        st = err && err->code ? err->code
                              : eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto fail;
    }
    r->gaz = eg_gazetteer_new();
    r->rules = eg_rules_new();
    r->verbs = eg_verbs_new();
    if (!r->gaz || !r->rules || !r->verbs) {
        st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto fail;
    }
    if (!o->no_default_gazetteers) {
        if ((st = eg_gazetteer_load(r->gaz, r->bundled, diag, err)) != EG_OK)
            goto fail;
    } else if ((path = eg_path_join(r->bundled, "stoplist.txt")) && exists(path)) {
        if ((st = eg_gazetteer_load(r->gaz, path, diag, err)) != EG_OK)
            goto fail;
    }
    for (size_t i = 0; i < o->ngazetteers; i++) {
        if (is_dir(o->gazetteers[i]) && !has_list_files(o->gazetteers[i]))
            eg_warn(diag, o->gazetteers[i], 0, 0,
                    "no gazetteer in this folder (it reads *.tsv, spaCy *.jsonl and "
                    "stoplist.txt)");
        if ((st = eg_gazetteer_load(r->gaz, o->gazetteers[i], diag, err)) != EG_OK)
            goto fail;
    }
    if ((st = eg_gazetteer_finish(r->gaz, diag, err)) != EG_OK)
        goto fail;

    free(path);
    path = eg_path_join(r->bundled, "rules");
    if (!path) {
        st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto fail;
    }
    if ((st = eg_rules_load_dir(r->rules, path, err)) != EG_OK)
        goto fail;
    for (size_t i = 0; i < o->nrules; i++)
        if ((st = eg_rules_load(r->rules, o->rules[i], err)) != EG_OK)
            goto fail;
    if ((st = eg_rules_finish(r->rules, err)) != EG_OK)
        goto fail;

    free(path);
    path = eg_path_join(r->bundled, "patterns/verbs.tsv");
    if (!path) {
        st = eg_error_set(err, EG_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto fail;
    }
    if ((st = eg_verbs_load(r->verbs, path, err)) != EG_OK)
        goto fail;
    for (size_t i = 0; i < o->npatterns; i++)
        if ((st = eg_verbs_load(r->verbs, o->patterns[i], err)) != EG_OK)
            goto fail;
    if ((st = eg_verbs_finish(r->verbs, err)) != EG_OK)
        goto fail;
    free(path);
    *out = r;
    return EG_OK;
fail:
    free(path);
    eg_resources_free(r);
    return st;
}
