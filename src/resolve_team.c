/* resolve_team: a town's name that the sentence treats as a team of people,
 * which a place never is: British English writes a club or a company named
 * after its town in the plural ("Busan open their season", "Porto play
 * Benfica", "Leeds have signed") and calls it "who" ("Porto, who won the
 * league 30 times,"). A place's name takes the singular ("Busan opens",
 * "Porto has") and "which" or "where". The place's own name must not end in
 * "s", which may be a plural ("the Philippines are", "Flanders have"), and
 * it must start its clause, as a subject does. */
#include "resolve_int.h"

/* Verbs in the plural, in a form the singular does not share, that a team
 * takes right after its name ("Busan open", "Porto play", "Leeds are").
 * Sorted. */
static const char *const plural_verbs[] = {"are",    "face",  "have", "host",   "meet",
                                           "need",   "open",  "play", "remain", "trail",
                                           "travel", "visit", "were"};

/* Words after which a name starts a clause as its subject ("said Porto
 * have", "but Busan are"); not a preposition or an adjective ("stocks in
 * the western Indian Ocean have been"). Sorted. */
static const char *const clause_openers[] = {"and", "but", "said", "says", "that", "while"};

int rs_team_use(const rctx *c, const eg_mention *m, const eg_sentence *sn) {
    const eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    if (m->tok_end >= sn->tok_end)
        return 0;
    if (m->tok_begin > sn->tok_begin) {
        const eg_token *p = &tv[m->tok_begin - 1];
        if (!ntok_is(doc->text, p, ",") && !(p->flags & EG_TOK_QUOTE) &&
            !(is_word(p) && WORD_IN(clause_openers, doc->text + p->start, p->len)))
            return 0;
    }
    const eg_token *x = &tv[m->tok_end];
    if (ntok_is(doc->text, x, ","))
        return m->tok_end + 1 < sn->tok_end && ntok_is(doc->text, &tv[m->tok_end + 1], "who");
    if (!is_word(x) || (x->flags & EG_TOK_CAP) || doc->text[m->end - 1] == 's')
        return 0;
    return WORD_IN(plural_verbs, doc->text + x->start, x->len);
}
