/* resolve_legal: legal forms written in several words, which end a
 * company's name: the Polish "sp. z o.o." (also "Sp. z o.o."; the
 * limited-liability company) and the Mexican and Central American "de C.V."
 * and "de R.L." after "S.A." or "R.L." ("Laboratorios Farmavida S.A. de
 * C.V.", "Aguas del Noroeste, S.A. de C.V.", "S. de R.L. de C.V."). A
 * one-word legal form is legal_tail's (resolve.c). */
#include "resolve_int.h"

/* Is token j a dotted form whose letters, as written, are w ("C.V." for
 * "CV", "o.o." for "oo")? */
static int dotted_is(const eg_doc *doc, size_t j, const char *w) {
    const eg_token *t = &doc->toks.v[j];
    if (!(t->flags & EG_TOK_DOTTED))
        return 0;
    const char *s = doc->text + t->start;
    size_t k = 0;
    for (size_t i = 0; i < t->len; i++) {
        if (s[i] == '.')
            continue;
        if (!w[k] || s[i] != w[k])
            return 0;
        k++;
    }
    return !w[k];
}

size_t rs_legal_phrase(const eg_doc *doc, size_t j, size_t se) {
    size_t p = j;
    if (p + 2 < se && (tok_is(doc, p, "sp") || tok_is(doc, p, "Sp"))) {
        size_t q = p + 1;
        if (tok_is(doc, q, ".") && ntok_attached(&doc->toks.v[q]))
            q++;
        if (q + 1 < se && tok_is(doc, q, "z") && dotted_is(doc, q + 1, "oo"))
            return q + 2 - j; /* "sp. z o.o." */
        return 0;
    }
    while (p > 0 && p + 1 < se && tok_is(doc, p, "de") &&
           (dotted_is(doc, p - 1, "SA") || dotted_is(doc, p - 1, "RL")) &&
           (dotted_is(doc, p + 1, "CV") || dotted_is(doc, p + 1, "RL")))
        p += 2; /* "S.A. de C.V.", "S. de R.L. de C.V." */
    return p - j;
}
