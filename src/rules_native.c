/* rules_native: a body's name in its own language, small words inside it
 * and a place (or a capitalised word a later round may take for one) at its
 * end, given where the article says it is the native name: "The District
 * Court of The Hague, known locally as the rechtbank Den Haag,", "The
 * authority, known in Croatian as Lučka uprava Dubrovnik,", "the
 * archdiocese, called the Aartsbisdom Mechelen-Brussel in Dutch and the
 * Archidiocèse de Malines-Bruxelles in French,". The name becomes a short
 * form of the body named right before the comma, or of the one body named
 * earlier whose head word the descriptor repeats ("the authority":
 * "Dubrovnik Port Authority"), and the place inside it is no node of its
 * own. A plain "known as" (no language, not "locally") is left to
 * rules_alias: "known as the gateway to Europe" names no body. */
#include "rules_ctx.h"

#include <string.h>

/* Small words that join the words of a name in another language and that
 * English also writes ("do", "de" of "Covas do Barroso"). Sorted. */
static const char *const native_links[] = {"da", "das", "de",  "del", "den", "der", "des",
                                           "di", "do",  "dos", "du",  "la",  "le",  "van"};

static int is_body(const ctx *c, uint32_t e) {
    const char *t = eg_rx_ent_type(c, e);
    return strcmp(t, "organisation") == 0 || strcmp(t, "agency") == 0;
}

static int is_place_mention(const ctx *c, const eg_mention *m) {
    if (m->origin == EG_ORIGIN_DEMONYM)
        return 0;
    const char *t = eg_rx_ent_type(c, m->ent);
    return strcmp(t, "location") == 0 || strcmp(t, "country") == 0;
}

/* The end of a native name from token s (a small "the" before it left
 * out: *start gets its first word): words and hyphens, at most ten tokens,
 * no English function word and no mention inside but places, ending with a
 * place (listed, or a capitalised word a later round may take for one:
 * "Dubrovnik" after a dateline) after at least one other word. NONE if
 * there is none. */
static uint32_t native_end(const ctx *c, uint32_t s, uint32_t se, uint32_t *start) {
    if (s + 1 < se && tok_is(c, s, "the"))
        s++;
    uint32_t q = s, words = 0;
    int place_last = 0;
    while (q < se && q < s + 10) {
        if (covered(c, q)) {
            const eg_mention *m = &c->doc->ments.v[c->s->cover.v[q]];
            if (m->tok_begin != q || m->tok_end > se || !is_place_mention(c, m))
                return NONE;
            q = m->tok_end;
            place_last = 1;
            words++;
            continue;
        }
        const eg_token *t = &c->tv[q];
        if (q > s && is_hyphen(c, q) && attached(c, q) && q + 1 < se && attached(c, q + 1)) {
            q++;
            place_last = 0;
            continue;
        }
        if (!(t->flags & EG_TOK_WORD) ||
            ((eg_rx_tok_class(c, q) & W_FUNC) &&
             ((t->flags & EG_TOK_CAP) || q == s || !LOWER_IN(q, native_links))))
            break;
        place_last = (t->flags & EG_TOK_CAP) && !(t->flags & EG_TOK_POSS) && q > s;
        words++;
        q++;
    }
    if (!place_last || words < 2 || covered(c, s))
        return NONE;
    *start = s;
    return q;
}

/* Does token q end a native name: the sentence's end or punctuation (not a
 * hyphen)? */
static int name_closed(const ctx *c, uint32_t q, uint32_t se) {
    return q >= se || ((c->tv[q].flags & EG_TOK_PUNCT) && !is_hyphen(c, q));
}

/* Is token q "in" and a language ("in Dutch")? */
static int in_language(const ctx *c, uint32_t q, uint32_t se) {
    return q + 1 < se && tok_is(c, q, "in") && eg_rx_is_language(c, q + 1);
}

/* The word a body's name is headed by: the word before its first small
 * word ("Archdiocese" of "Archdiocese of Mechelen-Brussels"), else its
 * last word before a "(" ("Authority"). Sets *n. */
static const char *head_word(const char *name, size_t *n) {
    const char *w = name, *last = name;
    size_t lastn = 0;
    while (*w && *w != '(') {
        size_t l = strcspn(w, " (");
        if (l && *w >= 'a' && *w <= 'z' && lastn)
            break;
        last = w;
        lastn = l;
        w += l;
        while (*w == ' ')
            w++;
    }
    *n = lastn;
    return last;
}

/* The one body named before token tb whose head word is the small word at
 * token h ("authority"), or NONE when none or two are. */
static uint32_t head_body(const ctx *c, uint32_t tb, uint32_t h) {
    const eg_doc *doc = c->doc;
    uint32_t found = NONE;
    const char *w = ttext(c, h);
    size_t n = c->tv[h].len;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *x = &doc->ments.v[i];
        if (x->tok_end > tb || x->ent == found || !is_body(c, x->ent))
            continue;
        size_t hn;
        const char *hw = head_word(eg_rx_ent_name(c, x->ent), &hn);
        size_t k = 0;
        while (hn == n && k < n && (hw[k] | 0x20) == (w[k] | 0x20))
            k++;
        if (hn != n || k != n)
            continue;
        if (found != NONE)
            return NONE;
        found = x->ent;
    }
    return found;
}

/* The body the comma at token p follows: a body's mention ending there, or
 * "the" and a small noun (an adjective between allowed) that heads the
 * name of one body named before. NONE if neither. */
static uint32_t body_before(const ctx *c, uint32_t p, uint32_t sb) {
    if (p <= sb)
        return NONE;
    if (covered(c, p - 1)) {
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[p - 1]];
        return m->tok_end == p && is_body(c, m->ent) ? m->ent : NONE;
    }
    uint32_t h = p - 1;
    if (!(c->tv[h].flags & EG_TOK_WORD) || (c->tv[h].flags & EG_TOK_CAP) || eg_rx_tok_class(c, h))
        return NONE;
    uint32_t a = h;
    while (a > sb && a + 3 > h && !(tok_is(c, a - 1, "the") || tok_is(c, a - 1, "The"))) {
        a--;
        if (covered(c, a) || !(c->tv[a].flags & EG_TOK_WORD) || (c->tv[a].flags & EG_TOK_CAP))
            return NONE;
    }
    if (a == sb || !(tok_is(c, a - 1, "the") || tok_is(c, a - 1, "The")))
        return NONE;
    return head_body(c, a - 1, h);
}

static eg_status add_native(ctx *c, uint32_t b, uint32_t e, uint32_t si, uint32_t ent,
                            eg_error *err) {
    eg_status st = eg_rx_add_cand(c, b, e, si, K_ACRONYM, NULL, (int32_t)ent, EG_ORIGIN_SHORT, err);
    if (st == EG_OK)
        c->s->cands.v[c->s->cands.n - 1].join = 1; /* over a place a rule found too */
    return st;
}

/* ", known locally as [the] X,", ", known in <language> as X,", ", which is
 * known ..." and ", called [the] X in <language> [and [the] Y in
 * <language>]" after the comma at token p. */
static eg_status native_after(ctx *c, uint32_t si, uint32_t sb, uint32_t se, uint32_t p,
                              eg_error *err) {
    uint32_t k = p + 1, s, e, ent;
    if (k + 1 < se && tok_is(c, k, "which") && (tok_is(c, k + 1, "is") || tok_is(c, k + 1, "was")))
        k += 2;
    int known = k + 3 < se && tok_is(c, k, "known");
    if (known) {
        k++;
        int native = 0;
        if (tok_is(c, k, "locally")) {
            native = 1;
            k++;
        } else if (in_language(c, k, se)) {
            native = 1;
            k += 2;
        }
        if (k >= se || !tok_is(c, k, "as"))
            return EG_OK;
        if ((e = native_end(c, k + 1, se, &s)) == NONE ||
            !(name_closed(c, e, se) || (in_language(c, e, se) && name_closed(c, e + 2, se))) ||
            !(native || in_language(c, e, se)))
            return EG_OK;
        if ((ent = body_before(c, p, sb)) == NONE)
            return EG_OK;
        return add_native(c, s, e, si, ent, err);
    }
    if (k + 3 >= se || !tok_is(c, k, "called"))
        return EG_OK;
    if ((e = native_end(c, k + 1, se, &s)) == NONE || !in_language(c, e, se) ||
        (ent = body_before(c, p, sb)) == NONE)
        return EG_OK;
    eg_status st = add_native(c, s, e, si, ent, err);
    uint32_t s2, e2;
    if (st == EG_OK && e + 3 < se && tok_is(c, e + 2, "and") &&
        (e2 = native_end(c, e + 3, se, &s2)) != NONE && in_language(c, e2, se))
        st = add_native(c, s2, e2, si, ent, err);
    return st;
}

eg_status eg_rx_rule_native_place(ctx *c, eg_error *err) {
    const eg_doc *doc = c->doc;
    for (uint32_t si = 0; si < doc->sents.n; si++) {
        const eg_sentence *sn = &doc->sents.v[si];
        uint32_t sb = sn->tok_begin, se = sn->tok_end;
        if (sn->flags & (EG_SENT_BOILER | EG_SENT_ALLCAPS | EG_SENT_TITLE))
            continue;
        for (uint32_t p = sb + 1; p + 4 < se; p++) {
            if (c->tv[p].len != 1 || ttext(c, p)[0] != ',')
                continue;
            char w = ttext(c, p + 1)[0]; /* "known", "which", "called" */
            if (w != 'k' && w != 'w' && w != 'c')
                continue;
            eg_status st = native_after(c, si, sb, se, p, err);
            if (st != EG_OK)
                return st;
        }
    }
    return EG_OK;
}
