/* rules_plural_owner: a listed body's name that a plural in its possessive
 * opens is the name of another body. Party, union and movement names often
 * take a listed body's generic name after "People’s", "Workers’" or
 * "Women’s" ("People’s United Democratic Movement" of Eswatini, not the
 * listed "United Democratic Movement" of South Africa; "Farmers’ Labour
 * Party"), and the lists cannot hold every such name. A listed organisation
 * or agency whose mention follows a plural owner (eg_rx_plural_owner_opens:
 * a capitalised plural on no list, after no capitalised word or mention)
 * becomes, with the owner, a new body of the same type. An owner that is a
 * place or a name stays apart ("Kenya’s Democratic Party", "Acme’s Labour
 * Party"). */
#include "rules_ctx.h"

#include <string.h>

eg_status eg_rx_rule_plural_owner(ctx *c, eg_error *err) {
    const eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        uint32_t b = m->tok_begin;
        if (b < 2 || m->origin != EG_ORIGIN_GAZETTEER || !(c->tv[b - 1].flags & EG_TOK_POSS) ||
            !attached(c, b - 1) || (doc->sents.v[m->sentence].flags & EG_SENT_BOILER) ||
            doc->sents.v[m->sentence].tok_begin > b - 2)
            continue;
        const char *t = eg_rx_ent_type(c, m->ent);
        if ((strcmp(t, "organisation") != 0 && strcmp(t, "agency") != 0) ||
            !eg_rx_plural_owner_opens(c, b - 2))
            continue;
        eg_status st =
            eg_rx_add_cand(c, b - 2, m->tok_end, m->sentence, K_ORG, t, -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
        c->s->cands.v[c->s->cands.n - 1].join = 1;
    }
    return EG_OK;
}
