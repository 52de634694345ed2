/* resolve_patronym: a person written by the given name and the patronymic,
 * the polite form of Russian, Ukrainian and Belarusian names ("Viktor
 * Nikolayevich" of "Viktor Gromov", "Olga Petrovna" of "Olga Smirnova"),
 * is the one person of the article named in full before with that given
 * name. The patronymic ends in -vich, -vych, -vna or -ichna as English
 * writes it; a name whose second word the article also writes alone
 * ("Abramovich" of "Roman Abramovich") or that a list gives is a surname,
 * and stays. */
#include "resolve_int.h"

/* Endings of patronymics as English writes them. */
static const char *const patronymic_ends[] = {"ichna", "vich", "vna", "vych"};

/* Whether word w[0..n) is a patronymic: capitalised, six letters or more,
 * with one of patronymic_ends. */
static int patronymic(const char *w, size_t n) {
    if (n < 6 || !(w[0] >= 'A' && w[0] <= 'Z'))
        return 0;
    for (size_t k = 0; k < sizeof patronymic_ends / sizeof patronymic_ends[0]; k++) {
        size_t l = strlen(patronymic_ends[k]);
        if (memcmp(w + n - l, patronymic_ends[k], l) == 0)
            return 1;
    }
    return 0;
}

/* Whether the article writes w[0..n) as a mention of one word. */
static int written_alone(const eg_doc *doc, const char *w, size_t n) {
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *x = &doc->ments.v[i];
        if (x->tok_end - x->tok_begin == 1 && x->end - x->start == n &&
            memcmp(doc->text + x->start, w, n) == 0)
            return 1;
    }
    return 0;
}

/* The start of entity e's first mention in the story; UINT32_MAX if none. */
static uint32_t first_at(const eg_doc *doc, uint32_t e) {
    for (size_t i = 0; i < doc->ments.n; i++)
        if (doc->ments.v[i].ent == e && !in_title_sent(doc, &doc->ments.v[i]))
            return doc->ments.v[i].start;
    return UINT32_MAX;
}

/* The one person other than `self`, named in two words or more, whose name
 * starts with given name g[0..n) and who is named before `pos`; NONE if
 * none or two. */
static uint32_t given_bearer(const rctx *c, uint32_t self, const char *g, size_t n, uint32_t pos) {
    const eg_doc *doc = c->doc;
    uint32_t to = NONE;
    for (uint32_t e = 0; e < doc->ents.n; e++) {
        if (e == self || !doc->ents.v[e].mentions || !is_person(c, e))
            continue;
        const char *nm = ent_name(c, e);
        if (strncmp(nm, g, n) != 0 || nm[n] != ' ' || first_at(doc, e) >= pos)
            continue;
        if (to != NONE)
            return NONE;
        to = e;
    }
    return to;
}

void rs_pass_patronyms(rctx *c) {
    eg_doc *doc = c->doc;
    for (uint32_t e = 0; e < doc->ents.n; e++) {
        if (!doc->ents.v[e].mentions || doc->ents.v[e].gaz >= 0 || !is_person(c, e))
            continue;
        const char *nm = ent_name(c, e);
        const char *sp = strchr(nm, ' ');
        if (!sp || strchr(sp + 1, ' '))
            continue; /* two words: given name and patronymic */
        size_t gn = (size_t)(sp - nm), pn = strlen(sp + 1);
        if (!patronymic(sp + 1, pn) || written_alone(doc, sp + 1, pn))
            continue;
        uint32_t to = given_bearer(c, e, nm, gn, first_at(doc, e));
        if (to == NONE)
            continue;
        rs_move_all_mentions(c, e, to, NULL);
    }
}
