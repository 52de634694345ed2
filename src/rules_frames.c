/* rules_frames: bare names in the frames of org_frames.txt, the verbs and
 * phrases that take companies and groups ("fined Careem", "raided
 * Coopeandina", "signed with PowerCo"). Second round, before the rest:
 * the first round's people, places and bodies are mentions by then, so a
 * name the lists and the shape rules left alone is one with no shape; the
 * frame gives it its type unless it looks like a person's name. The same
 * pass takes a name after "the" that ", which" or ", whose" follows. */
#include "rules_ctx.h"

#include <string.h>

#define MAX_ITEMS 8 /* names in one list after a frame ("fined A, B and C") */

/* Lower-case words of other languages that go on with a name's next word
 * ("Unidos por Sacatepéquez", "Ensemble pour la République"). Sorted. */
static const char *const joins[] = {"al",  "für",  "na",  "no",  "para", "pela", "pelo", "per",
                                    "por", "pour", "sur", "van", "von",  "voor", "zu"};

/* Do the frame's words stand right before the name starting at token b (the
 * first one capitalised when it opens the sentence: "A spokesperson for")? */
static int frame_fits(const ctx *c, const frame *f, uint32_t sb, uint32_t b) {
    if (b < sb + f->nwords)
        return 0;
    for (size_t k = 0; k < f->nwords; k++) {
        uint32_t j = b - (uint32_t)(f->nwords - k);
        if (f->words[k][0] == '-') {
            if (!is_hyphen(c, j) || !attached(c, j) || !attached(c, j + 1))
                return 0;
            continue;
        }
        if (j == sb) {
            if (!folded_is(c, j, f->words[k]))
                return 0;
            continue;
        }
        const char *w = eg_rx_lower_word(c, j);
        if (!w || strcmp(w, f->words[k]) != 0)
            return 0;
    }
    return 1;
}

/* Does some frame fit the name starting at token b? */
static int some_frame(const ctx *c, uint32_t sb, uint32_t b) {
    const eg_rules *r = c->r;
    for (size_t i = 0; i < r->nframes; i++)
        if (frame_fits(c, &r->frames[i], sb, b))
            return 1;
    return 0;
}

/* Does the article write the last word of the name [b, e) (two words or
 * more) alone elsewhere, as news names a person after the first mention
 * ("banned Pape Mbaye Diouf" ... "Diouf has sued"), while a body's short
 * form keeps its first word ("fined Qanat Broadband" ... "Qanat said")? */
static int surname_alone(const ctx *c, uint32_t b, uint32_t e) {
    uint32_t l = e - 1;
    if (e < b + 2 || !(c->tv[l].flags & EG_TOK_WORD))
        return 0;
    for (uint32_t j = 0; j < c->ntok; j++)
        if (j != l && c->tv[j].len == c->tv[l].len &&
            memcmp(ttext(c, j), ttext(c, l), c->tv[l].len) == 0 &&
            !(j > 0 && c->tv[j - 1].len == c->tv[l - 1].len &&
              memcmp(ttext(c, j - 1), ttext(c, l - 1), c->tv[l - 1].len) == 0))
            return 1;
    return 0;
}

/* Are a[0..n) and b[0..m) one edit apart at most (a byte changed, added or
 * dropped)? */
static int one_edit(const char *a, size_t n, const char *b, size_t m) {
    if (n > m)
        return one_edit(b, m, a, n);
    if (m - n > 1)
        return 0;
    size_t i = 0;
    while (i < n && a[i] == b[i])
        i++;
    if (n == m)
        return i == n || memcmp(a + i + 1, b + i + 1, n - i - 1) == 0;
    return memcmp(a + i, b + i + 1, n - i) == 0;
}

/* Is the one-word name at token b a person's word of the article spelt one
 * letter apart ("banned Mosquero" of "Yerson Mosquera Palacios", "Fergusson"
 * of "Dalton Ferguson"): news misspells surnames, not often company names? */
static int person_variant(const ctx *c, uint32_t b) {
    const eg_doc *doc = c->doc;
    size_t n = c->tv[b].len;
    if (n < 5)
        return 0;
    for (size_t k = 0; k < doc->ments.n; k++) {
        if (strcmp(eg_rx_ent_type(c, doc->ments.v[k].ent), "person") != 0)
            continue;
        const char *name = eg_rx_ent_name(c, doc->ments.v[k].ent);
        for (const char *w = name; *w;) {
            size_t m = strcspn(w, " -");
            if (m + 1 >= n && one_edit(ttext(c, b), n, w, m))
                return 1;
            w += m;
            w += *w != '\0';
        }
    }
    return 0;
}

/* Is a word of the article that spells token l, a name's last word,
 * followed within two tokens by "he", "she", "his" or "her" ("Kirinofuji won
 * his first title")? */
static int pronoun_after(const ctx *c, uint32_t l) {
    static const char *const pronouns[] = {"he", "her", "his", "she"};
    for (uint32_t j = 0; j < c->ntok; j++) {
        if (c->tv[j].len != c->tv[l].len || memcmp(ttext(c, j), ttext(c, l), c->tv[l].len) != 0)
            continue;
        for (uint32_t q = j + 1; q < c->ntok && q <= j + 2; q++)
            if (LOWER_IN(q, pronouns))
                return 1;
    }
    return 0;
}

/* Does the new name [b, e) look like a person's: a given name first, a
 * word of a person the article names ("Halvorsen" after "Tomas Halvorsen")
 * or one letter apart from one, a last word the article uses alone
 * (surname_alone) or before a personal pronoun? Also the organisation-noun
 * rule's test of a name before a loose description (rules_org.c). */
int eg_rx_person_shaped(const ctx *c, uint32_t b, uint32_t e) {
    if (eg_rx_given_name(c, b) || surname_alone(c, b, e) || pronoun_after(c, e - 1) ||
        (e == b + 1 && person_variant(c, b)))
        return 1;
    for (uint32_t j = b; j < e; j++)
        if ((c->tv[j].flags & EG_TOK_WORD) && eg_rx_person_word(c, ttext(c, j), c->tv[j].len))
            return 1;
    return 0;
}

/* Do tokens [b, e) and [tb, te) share a word? */
static int share_word(const ctx *c, uint32_t b, uint32_t e, uint32_t tb, uint32_t te) {
    for (uint32_t j = b; j < e; j++)
        for (uint32_t k = tb; k < te; k++)
            if ((c->tv[j].flags & EG_TOK_WORD) && c->tv[j].len == c->tv[k].len &&
                memcmp(ttext(c, j), ttext(c, k), c->tv[j].len) == 0)
                return 1;
    return 0;
}

/* Does the one-word name at token b start like the first word of `name`
 * (four letters or more alike, case aside): a blend of a longer name
 * ("Petronorte" of "Petrolera Amazónica del Norte", "Fedefútbol" of
 * "Federación Costarricense de Fútbol")? */
static int blend_of(const ctx *c, uint32_t b, const char *name) {
    const char *w = ttext(c, b);
    size_t n = 0;
    while (n < 4 && n < c->tv[b].len && name[n] && name[n] != ' ' &&
           (w[n] | 0x20) == (name[n] | 0x20) && (unsigned char)w[n] < 0x80)
        n++;
    return n == 4;
}

/* Does the new name [b, e) open a longer mention of the article, or a word
 * of it stand in the name of an organisation or agency the article has
 * already tagged or this round proposes ("fined Esso" after "Esso
 * Exploration and Production Guyana Limited", "sued Signal" after "Northern
 * Signal Communications said it"), or is a one-word name a blend of such a
 * name ("Petronorte")? Such a short form is the resolver's to link, not a
 * body of its own. */
static int word_of_body(const ctx *c, uint32_t b, uint32_t e) {
    const eg_doc *doc = c->doc;
    for (size_t k = 0; k < doc->ments.n; k++) {
        const eg_mention *m = &doc->ments.v[k];
        if (m->tok_end - m->tok_begin > e - b && same_tokens(c, m->tok_begin, b, e - b))
            return 1; /* "warned Coral Coast" after "Coral Coast Super", whatever its type */
        const char *ty = eg_rx_ent_type(c, doc->ments.v[k].ent);
        if (strcmp(ty, "organisation") != 0 && strcmp(ty, "agency") != 0)
            continue;
        const char *name = eg_rx_ent_name(c, doc->ments.v[k].ent);
        if (e == b + 1 && blend_of(c, b, name))
            return 1;
        for (uint32_t j = b; j < e; j++)
            if ((c->tv[j].flags & EG_TOK_WORD) &&
                eg_rx_name_has_word(name, ttext(c, j), c->tv[j].len))
                return 1;
    }
    for (size_t k = 0; k < c->s->cands.n; k++) {
        const cand *a = &c->s->cands.v[k];
        if (a->type && (strcmp(a->type, "organisation") == 0 || strcmp(a->type, "agency") == 0) &&
            share_word(c, b, e, a->tb, a->te))
            return 1;
    }
    return 0;
}

/* Does the one-word name at token b stand alone in brackets somewhere in
 * the article ("Phuong Dong Commercial Joint Stock Bank (PDBank)")? It is
 * then a body's short form, for the acronym rules to link. */
static int bracketed(const ctx *c, uint32_t b) {
    for (uint32_t j = 1; j + 1 < c->ntok; j++)
        if (j != b && c->tv[j].len == c->tv[b].len && tok_is(c, j - 1, "(") &&
            tok_is(c, j + 1, ")") && memcmp(ttext(c, j), ttext(c, b), c->tv[b].len) == 0)
            return 1;
    return 0;
}

/* A one-token name that is no name: a letter, an initial, a function word,
 * a weekday or a month ("fined S", "banned No."), or a listed word the
 * matcher left alone ("a deal with Korean battery maker", "with Gulf
 * steelmaker" in a headline). */
static int weak_word(const ctx *c, uint32_t b, uint32_t e) {
    return e == b + 1 &&
           (c->tv[b].len < 3 || eg_rx_tok_class(c, b) || eg_rx_listed_word(c, b, NULL) >= 0);
}

/* Does the name [b, e) end in a hyphen and a lower-case word that makes a
 * describing compound ("-based Persian-language television channel",
 * "English-speaking", "Chinese-made"), unlike "raided Nishimoto-gumi"? */
static int compound_modifier(const ctx *c, uint32_t b, uint32_t e) {
    static const char *const parts[] = {"backed", "based", "born",     "language", "led",
                                        "made",   "owned", "speaking", "style"};
    return e >= b + 3 && is_hyphen(c, e - 2) && LOWER_IN(e - 1, parts);
}

/* The end of a name item from token k: an organisation or agency mention
 * starting there (*fresh = 0), or a new name (org_name, *fresh = 1) that is
 * not person-shaped or a weak word; NONE otherwise. */
static uint32_t item_end(const ctx *c, uint32_t k, uint32_t se, int *fresh) {
    if (covered(c, k)) {
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[k]];
        const char *ty = eg_rx_ent_type(c, m->ent);
        *fresh = 0;
        return m->tok_begin == k && (strcmp(ty, "organisation") == 0 || strcmp(ty, "agency") == 0)
                   ? m->tok_end
                   : NONE;
    }
    uint32_t e = is_cap_word(c, k) ? eg_rx_org_name(c, k, se) : NONE;
    if (e == NONE || eg_rx_person_shaped(c, k, e) || weak_word(c, k, e) || word_of_body(c, k, e) ||
        (e == k + 1 && bracketed(c, k)) || compound_modifier(c, k, e))
        return NONE;
    *fresh = 1;
    return e;
}

/* Is a name ending before token e closed there: the sentence's end, a
 * punctuation mark or a lower-case word, but no possessive ("Acme’s
 * offices"), no "who" or "whose" (with or without a comma before it), and no
 * "as" ("hired X as chief executive")? */
static int name_closed(const ctx *c, uint32_t e, uint32_t se) {
    if (e >= se)
        return 1;
    if ((c->tv[e].flags & EG_TOK_POSS) ||
        (attached(c, e) && (is_hyphen(c, e) || tok_is(c, e, "/"))))
        return 0; /* nor a hyphen or slash going on ("Agro-Dnipro" with "Dnipro" listed) */
    if (eg_rx_name_goes_on(c, e, se) ||
        (e + 1 < se && WORD_IN_LIST(joins, ttext(c, e), c->tv[e].len) &&
         (is_cap_word(c, e + 1) || covered(c, e + 1))))
        return 0; /* "Unidos por Sacatepéquez" */
    if (e + 1 < se && (((c->tv[e].flags & EG_TOK_NUM) && is_cap_word(c, e + 1)) ||
                       (tok_is(c, e, ".") && attached(c, e))))
        return 0; /* "Canal 9 Litoral", "Sta. Cruz Nickel" */
    uint32_t j = e + 1 < se && tok_is(c, e, ",") ? e + 1 : e;
    return !tok_is(c, j, "who") && !tok_is(c, j, "whose") && !tok_is(c, e, "as");
}

/* Can a list's next name start at token j (a capitalised word or a mention)? */
static int can_start_item(const ctx *c, uint32_t j, uint32_t se) {
    return j < se && (is_cap_word(c, j) || covered(c, j));
}

/* After a frame's words ending at token i - 1: one name, or a list of names
 * closed by "and" or "or" ("banned Sopromer, Africa Feed Industries and
 * Haiyang Marine Products"), each a listed body or a new name. New names
 * become candidates; returns the token after the last name, or i. */
static eg_status object_names(ctx *c, uint32_t si, uint32_t se, uint32_t i, uint32_t *next,
                              eg_error *err) {
    uint32_t b[MAX_ITEMS], e[MAX_ITEMS];
    int fresh[MAX_ITEMS];
    size_t n = 0;
    int closed = 0;
    uint32_t k = i;
    *next = i;
    while (n < MAX_ITEMS) {
        uint32_t end = item_end(c, k, se, &fresh[n]);
        if (end == NONE)
            break;
        b[n] = k;
        e[n] = end;
        n++;
        if (closed || end + 1 >= se)
            break;
        if (tok_is(c, end, ",") && can_start_item(c, end + 1, se)) {
            k = end + 1;
        } else if ((tok_is(c, end, "and") || tok_is(c, end, "or")) &&
                   can_start_item(c, end + 1, se)) {
            k = end + 1;
            closed = 1;
        } else {
            break;
        }
    }
    if (!n)
        return EG_OK;
    if (!closed || e[n - 1] <= b[n - 1] || b[n - 1] != k)
        n = 1; /* "fined Acme, Reuters reported": the list never closed */
    else if (n == 2 && fresh[0] && fresh[1] && e[0] == b[0] + 1 && e[1] == b[1] + 1)
        return EG_OK; /* "warned Trent and Soar": one name as likely as two */
    else if (fresh[n - 2] && !fresh[n - 1])
        return EG_OK; /* "China Road and Bridge Corporation" with the second part
                         tagged: one name as likely as two */
    if (!name_closed(c, e[n - 1], se))
        return EG_OK;
    for (size_t q = 0; q < n; q++) {
        if (!fresh[q])
            continue;
        eg_status st =
            eg_rx_add_cand(c, b[q], e[q], si, K_NOUN, "organisation", -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
    }
    *next = e[n - 1];
    return EG_OK;
}

/* The first token of a listed country's or place's possessive ending at
 * token i ("Norway’s" of "hired Norway’s DNV"), or NONE. */
static uint32_t place_owner(const ctx *c, uint32_t sb, uint32_t i) {
    if (i < sb + 2 || !(c->tv[i - 1].flags & EG_TOK_POSS) || !covered(c, i - 2))
        return NONE;
    const eg_mention *m = &c->doc->ments.v[c->s->cover.v[i - 2]];
    const char *ty = eg_rx_ent_type(c, m->ent);
    return m->tok_end == i - 1 && (strcmp(ty, "country") == 0 || strcmp(ty, "location") == 0)
               ? m->tok_begin
               : NONE;
}

/* Last words of the names of laws and pacts, which "the X, which" also
 * takes ("the National Security Act, which since 2022 ..."). Sorted. */
static const char *const law_words[] = {
    "Accord",     "Act",         "Agreement", "Bill", "Charter",  "Code",       "Constitution",
    "Convention", "Declaration", "Directive", "Law",  "Protocol", "Regulation", "Treaty"};

/* Does the article write the words [b, e) elsewhere going on with "for" or
 * "of" and a capitalised word ("by Wakasa Bay Residents for Safe Energy"
 * before "Wakasa Bay Residents, which")? They are then a longer name's
 * short form. */
static int written_longer(const ctx *c, uint32_t b, uint32_t e) {
    uint32_t n = e - b;
    for (uint32_t j = 0; j + n + 1 < c->ntok; j++)
        if (j != b && same_tokens(c, j, b, n) &&
            (tok_is(c, j + n, "for") || tok_is(c, j + n, "of")) && is_cap_word(c, j + n + 1))
            return 1;
    return 0;
}

/* A name after "the" that ", which" or ", whose" follows ("The Dunga Beach
 * Management Unit, which represents ...", "the Prague Philharmonia, whose
 * musicians"): a body, as a person takes "who" and a place is on the lists
 * or named by its designator. Two words or more, or an acronym alone ("The
 * GMB, which"; not "the Tâmega, which joins the Douro"); not a law's name,
 * an acronym that the clause spells out ("stands for", "whose full name"),
 * a longer name's short form (written_longer), a name a person's words or a
 * body's make up, or a weak word. Returns the token after the name, or
 * NONE. (A sentence's first name before ", which" is rules_org.c's.) */
static uint32_t which_name(const ctx *c, uint32_t sb, uint32_t se, uint32_t i) {
    if (i == sb || !folded_is(c, i - 1, "the") || covered(c, i) || !is_cap_word(c, i))
        return NONE;
    uint32_t e = eg_rx_org_name(c, i, se);
    if (e == NONE || e + 1 >= se || !tok_is(c, e, ",") ||
        !(tok_is(c, e + 1, "which") || tok_is(c, e + 1, "whose")))
        return NONE;
    if (e + 3 < se &&
        (tok_is(c, e + 2, "stands") || tok_is(c, e + 2, "name") || tok_is(c, e + 3, "name")))
        return NONE; /* "the FUP, which stands for", "the RIA, whose full name
                        is", "whose name is short for": the alias rules link the
                        long name */
    if ((e == i + 1 && !(c->tv[i].flags & EG_TOK_ALLCAPS)) ||
        WORD_IN_LIST(law_words, ttext(c, e - 1), c->tv[e - 1].len) ||
        eg_rx_person_shaped(c, i, e) || weak_word(c, i, e) || word_of_body(c, i, e) ||
        compound_modifier(c, i, e) || written_longer(c, i, e))
        return NONE;
    return e;
}

eg_status eg_rx_rule_frames(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    const eg_rules *r = c->r;
    if (!r->nframes)
        return EG_OK;
    for (uint32_t i = sb; i < se; i++) {
        if (!(c->tv[i].flags & EG_TOK_WORD) || !(is_cap_word(c, i) || covered(c, i)))
            continue;
        uint32_t w = which_name(c, sb, se, i);
        if (w != NONE) {
            eg_status st =
                eg_rx_add_cand(c, i, w, si, K_NOUN, "organisation", -1, EG_ORIGIN_RULE, err);
            if (st != EG_OK)
                return st;
            i = w - 1;
            continue;
        }
        uint32_t fb = i; /* where the frame's slot starts */
        if (!(i > sb &&
              eg_rx_lower_in(c, i - 1, (const char *const *)r->before_slot, r->nbefore_slot))) {
            fb = place_owner(c, sb, i);
            if (fb == NONE || fb == sb ||
                !eg_rx_lower_in(c, fb - 1, (const char *const *)r->before_slot, r->nbefore_slot))
                continue;
        }
        if (!some_frame(c, sb, fb))
            continue; /* the frame before the names: "at" ends few frames */
        uint32_t next;
        eg_status st = object_names(c, si, se, i, &next, err);
        if (st != EG_OK)
            return st;
        if (next > i)
            i = next - 1;
    }
    return EG_OK;
}
