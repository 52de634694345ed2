/* resolve_eponym: a company named after its founder, and the founder, both
 * written by the surname alone ("Kairys" of "Kairys UAB" and of "Mindaugas
 * Kairys", "Kowalczyk" of "Kowalczyk Transport S.A." and of "Zbigniew
 * Kowalczyk"). The form table gives the bare surname to the person; where
 * the story names the company before the person, the company is what the
 * story is about and the bare surname stands for it, unless the words around
 * it make it the person: an age (", 46,"), an apposition headed by a word
 * for a person (", the founder,"), a verb of speech or a meeting ("said",
 * "declined to comment", "allegedly met"), "who", a personal
 * pronoun right after it ("praised Kairys for her"), or a possessive before
 * a word for kin or counsel ("Kairys’s lawyer"). An honorific before it
 * ("Mr Kairys", "Lord Ashworth") keeps it the person. The surname may be
 * of any language: the rule reads only the article's own two names. */
#include "resolve_int.h"

/* Verbs after a bare surname that make it the person, not the company
 * named after the person ("Kairys said", "Mazur declined to comment",
 * "Kowalczyk allegedly met"). Sorted. */
static const char *const person_verbs[] = {
    "added",   "argued",   "declined", "denied",   "died", "founded", "insisted",  "meets", "met",
    "pleaded", "recalled", "recalls",  "resigned", "said", "says",    "testified", "told",  "wrote",
};

/* Past participles that only a person takes after the surname and an
 * auxiliary ("Kairys was arrested", "Kairys has been questioned"). Sorted. */
static const char *const person_passives[] = {
    "acquitted",  "arrested", "born",       "convicted", "detained",
    "extradited", "jailed",   "questioned", "sentenced",
};

/* Lower-case words that may stand between the surname and such a verb
 * ("Kairys also said", "Kairys was later arrested"); any word ending in
 * "-ly" may too ("allegedly"). Sorted. */
static const char *const person_verb_adverbs[] = {"also",  "been", "has",  "later",
                                                  "never", "not",  "then", "was"};

/* Personal pronouns that, within a few words after a bare surname, make it
 * the person ("praised Clarendon for her discipline", "fined Lika after he
 * missed"). Sorted. */
static const char *const personal_pronouns[] = {"He",  "Her",     "Him", "His",     "She", "he",
                                                "her", "herself", "him", "himself", "his", "she"};
#define PRONOUN_REACH 4

/* Nouns after a surname's possessive that make it the person ("Vaidya’s
 * lawyer", "Fenwick’s family"). Sorted. */
static const char *const kin_nouns[] = {
    "attorney", "attorneys", "brother", "children", "daughter", "family", "father",    "husband",
    "lawyer",   "lawyers",   "mother",  "sister",   "son",      "sons",   "spokesman", "wife",
};

/* Nouns for a person that head an apposition after a bare surname
 * ("Kairys, the founder,", "Fenwick, a former football coach,"). Sorted. */
static const char *const person_nouns[] = {
    "billionaire", "businessman", "businesswoman", "chairman", "chairwoman",
    "coach",       "daughter",    "entrepreneur",  "founder",  "granddaughter",
    "grandson",    "magnate",     "son",           "tycoon",   "widow",
};
#define APPOSITION_REACH 6

/* Persons of an article the pass keeps in hand. */
#define EPONYM_PERSONS 32

/* Whether the apposition that opens at token j (after a comma) is headed
 * by a word for a person before its closing comma. */
static int person_apposition(const eg_doc *doc, uint32_t j, uint32_t se) {
    for (uint32_t k = j; k < se && k < j + APPOSITION_REACH; k++) {
        const eg_token *t = &doc->toks.v[k];
        if (ntok_is(doc->text, t, ",") || (t->flags & EG_TOK_SENT_PUNCT))
            return 0;
        if (is_word(t) && WORD_IN(person_nouns, doc->text + t->start, t->len))
            return 1;
    }
    return 0;
}

static int word_ly(const eg_doc *doc, const eg_token *t) {
    const char *w = doc->text + t->start;
    return is_word(t) && !(t->flags & EG_TOK_CAP) && t->len >= 5 && w[t->len - 2] == 'l' &&
           w[t->len - 1] == 'y';
}

/* Whether the words around bare surname mention m make it the person. */
static int person_cue(const rctx *c, const eg_mention *m) {
    const eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    const eg_sentence *sn = &doc->sents.v[m->sentence];
    uint32_t se = sn->tok_end, j = m->tok_end;
    if (m->tok_begin > sn->tok_begin) {
        uint32_t p = m->tok_begin - 1;
        if (p > sn->tok_begin && tok_is(doc, p, "."))
            p--; /* "Mr." */
        if (WORD_IN(honorifics, doc->text + tv[p].start, tv[p].len))
            return 1;
    }
    if (j >= se)
        return 0;
    const eg_token *x = &tv[j];
    if ((x->flags & EG_TOK_POSS) || rs_apostrophe_at(doc->text, x->start, doc->len))
        return j + 1 < se && is_word(&tv[j + 1]) &&
               WORD_IN(kin_nouns, doc->text + tv[j + 1].start, tv[j + 1].len);
    if (ntok_is(doc->text, x, ",") && j + 1 < se) {
        const eg_token *y = &tv[j + 1];
        if (ntok_is(doc->text, y, "who") || ntok_is(doc->text, y, "whose"))
            return 1;
        if ((y->flags & EG_TOK_NUM) && j + 2 < se && tok_is(doc, j + 2, ","))
            return 1; /* an age: "Kairys, 46," */
        if (person_apposition(doc, j + 1, se))
            return 1;
    }
    if (ntok_is(doc->text, x, "who"))
        return 1;
    uint32_t k = j;
    while (k < se && k < j + 3 &&
           (word_ly(doc, &tv[k]) ||
            (is_word(&tv[k]) && WORD_IN(person_verb_adverbs, doc->text + tv[k].start, tv[k].len))))
        k++;
    if (k < se && is_word(&tv[k]) &&
        (WORD_IN(person_verbs, doc->text + tv[k].start, tv[k].len) ||
         (k > j && WORD_IN(person_passives, doc->text + tv[k].start, tv[k].len))))
        return 1;
    for (k = j; k < se && k < j + PRONOUN_REACH; k++)
        if (is_word(&tv[k]) && WORD_IN(personal_pronouns, doc->text + tv[k].start, tv[k].len))
            return 1;
    return 0;
}

/* The start of entity e's first mention in the story of two tokens or
 * more; UINT32_MAX if none. */
static uint32_t first_full(const eg_doc *doc, uint32_t e) {
    for (size_t j = 0; j < doc->ments.n; j++) {
        const eg_mention *x = &doc->ments.v[j];
        if (x->ent == e && !in_title_sent(doc, x) && x->tok_end - x->tok_begin >= 2)
            return x->start;
    }
    return UINT32_MAX;
}

/* Whether person name nm ends in word w[0..n) after one word or more. */
static int surname_is(const char *nm, const char *w, size_t n) {
    const char *sp = strrchr(nm, ' ');
    return sp && strlen(sp + 1) == n && memcmp(sp + 1, w, n) == 0;
}

/* Bare surnames that the form table gave to a person, where the story
 * names a company of the person's surname and more words ("Kairys UAB")
 * before naming the person ("Mindaugas Kairys"), stand for the company
 * unless person_cue makes them the person: in the title, and in the story
 * after the person's full name. */
void rs_pass_eponym_companies(rctx *c) {
    eg_doc *doc = c->doc;
    /* the cheap test first: the persons of two words or more; past the
     * array's room every entity is tested again below */
    uint32_t pers[EPONYM_PERSONS];
    size_t np = 0, ne = doc->ents.n;
    int over = 0;
    for (uint32_t e = 0; e < ne; e++)
        if (doc->ents.v[e].mentions && is_person(c, e) && strchr(ent_name(c, e), ' ')) {
            if (np < EPONYM_PERSONS)
                pers[np++] = e;
            else
                over = 1;
        }
    for (uint32_t o = 0; o < ne && np; o++) {
        if (!doc->ents.v[o].mentions || strcmp(ent_type(c, o), "organisation") != 0)
            continue;
        const char *nm = ent_name(c, o);
        size_t n = strcspn(nm, " ");
        unsigned char b0 = (unsigned char)nm[0];
        if (nm[n] != ' ' || n < 3 || (b0 < 0xC0 && !(b0 >= 'A' && b0 <= 'Z')))
            continue;
        uint32_t pf = UINT32_MAX;
        for (size_t q = 0; q < (over ? ne : np); q++) {
            uint32_t p = over ? (uint32_t)q : pers[q];
            if (surname_is(ent_name(c, p), nm, n) && doc->ents.v[p].mentions && is_person(c, p)) {
                uint32_t f = first_full(doc, p);
                pf = f < pf ? f : pf;
            }
        }
        if (pf == UINT32_MAX || first_full(doc, o) > pf)
            continue;
        for (size_t i = 0; i < doc->ments.n; i++) {
            eg_mention *m = &doc->ments.v[i];
            if (m->tok_end - m->tok_begin != 1 || m->end - m->start != n ||
                memcmp(doc->text + m->start, nm, n) != 0 || !is_person(c, m->ent) ||
                !surname_is(ent_name(c, m->ent), nm, n) ||
                (!in_title_sent(doc, m) && m->start < pf) || person_cue(c, m))
                continue;
            eg_doc_move_mention(doc, m, o);
            m->origin = EG_ORIGIN_SHORT;
        }
    }
}
