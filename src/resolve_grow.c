/* resolve_grow: a place's mention that the words after it make into the
 * name of a body the story writes: "CHICAGO LEDGER SOLD IN $38 MILLION
 * DEAL" and a title's "Chicago Ledger sold to ..." over a story's "Chicago
 * Ledger". Headline capitals and title case keep the rules from finding
 * the name there, and the lists take the place alone. The mention grows
 * over one to three capitalised words that no other mention holds when
 * the place and those words, case aside, are written exactly so as one
 * body's mention in the story ("Chicago Ledger"), and becomes that body's.
 * A place before words no story mention of a body equals ("Chicago
 * newsroom", "Lagos State" beside a story's "Lagos State Government")
 * stays the place. */
#include "resolve_int.h"

#define GROW_FOLD 192
#define GROW_MAX_WORDS 3

/* Does a mention other than m hold a token of [b, e)? */
static int taken(const eg_doc *doc, const eg_mention *m, uint32_t b, uint32_t e) {
    for (size_t j = 0; j < doc->ments.n; j++) {
        const eg_mention *x = &doc->ments.v[j];
        if (x != m && x->tok_begin < e && x->tok_end > b)
            return 1;
    }
    return 0;
}

void rs_pass_grown_places(rctx *c) {
    eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    char f[GROW_FOLD];
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t b = m->tok_end, se = doc->sents.v[m->sentence].tok_end;
        if (b >= se || !tok_cap_word(doc, b) || !(tv[b].flags & EG_TOK_SPACE_BEFORE) ||
            (tv[b - 1].flags & EG_TOK_POSS) || m->origin == EG_ORIGIN_DEMONYM)
            continue;
        const char *t = ent_type(c, m->ent);
        if (strcmp(t, "location") != 0 && strcmp(t, "country") != 0)
            continue;
        uint32_t to = NONE, te = b;
        for (uint32_t e = b + 1; e <= se && e <= b + GROW_MAX_WORDS; e++) {
            if (!tok_cap_word(doc, e - 1) ||
                (e > b + 1 && !(tv[e - 1].flags & EG_TOK_SPACE_BEFORE)))
                break;
            size_t n = eg_fold_buf(doc->text + m->start, tv[e - 1].start + tv[e - 1].len - m->start,
                                   EG_FOLD_CASE, f, sizeof f);
            if (n == (size_t)-1)
                break;
            uint32_t x = rs_sole_body_written(c, f, n, 0);
            if (x != NONE) {
                to = x;
                te = e;
            }
        }
        if (to == NONE || taken(doc, m, b, te))
            continue;
        eg_doc_move_mention(doc, m, to);
        m->tok_end = te;
        m->end = tv[te - 1].start + tv[te - 1].len;
        m->origin = EG_ORIGIN_SHORT;
    }
}
