/* resolve_title_full: a headline's shorter writing of a name the story
 * writes in full. A headline drops inner words of a name ("Great Plain" of
 * "Great Hungarian Plain"), writes a shorter form of one of its words
 * ("Transport Ministry" of "Transportation Ministry") and, in capitals,
 * keeps the lists from seeing where a name starts ("SIGNS DEAL WITH CHINA
 * ENERGY" over a story's "China Energy Investment Corporation"). A title
 * mention the story never names becomes the one entity the story writes in
 * full. A listed name that is the first or last words of a longer name is
 * left alone: it names another thing as often ("Mekong" over a story's
 * "Mekong Delta", "Varna" over its "Port of Varna"); a name only the
 * headline gives may drop more (shorter_writing). */
#include "resolve_int.h"

#define FULL_FOLD 192
#define FULL_MAX_WORDS 12
#define FULL_MAX_DROPPED 3
#define FULL_MIN_LETTERS 4

/* Words that make a new place of the name after them ("Greater
 * Manchester", "Lower Silesia"), which a headline does not drop from inside
 * a name ("Bank of Africa" is no short form of "Bank of West Africa").
 * Folded, sorted. */
static const char *const place_makers[] = {"central",  "east",  "eastern",  "greater", "lower",
                                           "new",      "north", "northern", "old",     "south",
                                           "southern", "upper", "west",     "western"};

/* Splits folded text f[0..n) at spaces into at most FULL_MAX_WORDS words;
 * the count, or 0 if there are more. */
static size_t split_words(const char *f, size_t n, const char **w, size_t *wn) {
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && f[i] == ' ')
            i++;
        if (i == n)
            break;
        size_t j = i;
        while (j < n && f[j] != ' ')
            j++;
        if (k == FULL_MAX_WORDS)
            return 0;
        w[k] = f + i;
        wn[k++] = j - i;
        i = j;
    }
    return k;
}

/* Whether folded word a[0..na) is b[0..nb) (1), or b with "ation" or "al"
 * after it, as a headline shortens it ("transport" of "transportation",
 * "environment" of "environmental"; 2). 0 otherwise. */
static int word_fits(const char *a, size_t na, const char *b, size_t nb) {
    if (na == nb)
        return memcmp(a, b, na) == 0;
    if (na < FULL_MIN_LETTERS + 1 || nb <= na || memcmp(a, b, na) != 0)
        return 0;
    const char *rest = b + na;
    size_t nr = nb - na;
    return ((nr == 5 && memcmp(rest, "ation", 5) == 0) || (nr == 2 && memcmp(rest, "al", 2) == 0))
               ? 2
               : 0;
}

/* Which words of the story's name a title may drop: inner ones only (a
 * listed name: "Great Plain" of "Great Hungarian Plain", not "Mekong" of
 * "Mekong Delta" nor "Varna" of "Port of Varna", which name other things),
 * leading ones too (a place only the headline names: "Hague" of "The
 * Hague", "Koro Gorge" of "Great Koro Gorge"; not "Kafue Gorge" of "Kafue
 * Gorge Hydropower Plant", a thing named after it), trailing ones too (a
 * body only the headline names: "Akuna Highlands Cooperative" of "Akuna
 * Highlands Coffee Cooperative Society"). */
enum { DROP_INNER, DROP_LEADING, DROP_EDGES };

/* Whether the title's words s[0..ns) are the story's words l[0..nl) less
 * one to FULL_MAX_DROPPED words that make no new place, in order, where
 * `drop` lets it, or the same words with one shortened (word_fits). */
static int shorter_writing(const char **s, const size_t *sn, size_t ns, const char **l,
                           const size_t *ln, size_t nl, int drop) {
    if (ns == 0 || nl < ns || nl > ns + FULL_MAX_DROPPED ||
        (nl > ns && ns < 2 && drop == DROP_INNER))
        return 0;
    size_t j = 0, shortened = 0;
    for (size_t i = 0; i < ns; i++, j++) {
        int kind = 0;
        while (j < nl && !(kind = word_fits(s[i], sn[i], l[j], ln[j]))) {
            if ((i == 0 && drop == DROP_INNER) ||
                word_in(place_makers, sizeof place_makers / sizeof *place_makers, l[j], ln[j]))
                return 0;
            j++;
        }
        if (j == nl)
            return 0;
        shortened += kind == 2;
    }
    if (j != nl && drop != DROP_EDGES)
        return 0;
    return nl > ns ? shortened == 0 : shortened == 1;
}

/* Whether entities a (the title's) and b (the story's) have one type, or
 * are both bodies when a is a discovered one (the rules type a headline's
 * body by its few words). */
static int same_reading(const rctx *c, uint32_t a, uint32_t b) {
    if (strcmp(ent_type(c, a), ent_type(c, b)) == 0)
        return 1;
    return c->doc->ents.v[a].gaz < 0 && is_body(c, a) && is_body(c, b);
}

/* The one entity other than e, of e's type, with a story mention whose
 * words the title's words s[0..ns) write shorter (shorter_writing); NONE
 * if none or two. */
static uint32_t written_in_full(const rctx *c, uint32_t e, const char **s, const size_t *sn,
                                size_t ns) {
    const eg_doc *doc = c->doc;
    char buf[FULL_FOLD];
    const char *l[FULL_MAX_WORDS];
    size_t ln[FULL_MAX_WORDS];
    uint32_t to = NONE;
    int drop = doc->ents.v[e].gaz >= 0 ? DROP_INNER : is_body(c, e) ? DROP_EDGES : DROP_LEADING;
    for (size_t j = 0; j < doc->ments.n; j++) {
        const eg_mention *x = &doc->ments.v[j];
        if (x->ent == e || x->ent == to || in_title_sent(doc, x) || !same_reading(c, e, x->ent))
            continue;
        size_t k =
            eg_fold_buf(doc->text + x->start, x->end - x->start, EG_FOLD_CASE, buf, sizeof buf);
        if (k == (size_t)-1)
            continue;
        size_t nl = split_words(buf, k, l, ln);
        if (!shorter_writing(s, sn, ns, l, ln, nl, drop))
            continue;
        if (to != NONE)
            return NONE; /* "Lagos" over "Lagos State" and "Lagos Island" */
        to = x->ent;
    }
    return to;
}

/* A title mention of a place or body (no person, no country) that the
 * story never names, written as exactly one entity's story mention of its
 * type less some words or with a word shortened, is that entity. */
static void shortened_names(rctx *c) {
    eg_doc *doc = c->doc;
    char f[FULL_FOLD];
    const char *w[FULL_MAX_WORDS];
    size_t wn[FULL_MAX_WORDS];
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (!in_title_sent(doc, m))
            break; /* the title's mentions come first */
        uint32_t e = m->ent;
        if (is_person(c, e) || strcmp(ent_type(c, e), "country") == 0 || named_in_story(doc, e))
            continue;
        size_t n = eg_fold_buf(doc->text + m->start, m->end - m->start, EG_FOLD_CASE, f, sizeof f);
        if (n == (size_t)-1 || n < FULL_MIN_LETTERS)
            continue;
        size_t ns = split_words(f, n, w, wn);
        uint32_t to = ns ? written_in_full(c, e, w, wn, ns) : NONE;
        if (to == NONE)
            continue;
        eg_doc_move_mention(doc, m, to);
        m->origin = EG_ORIGIN_SHORT;
    }
}

/* Whether a mention other than m holds a token of [b, e) without being a
 * mention of `to` inside [b, e) ("PIPELINE" of "KENYA PIPELINE", which a
 * list took for "Kenya Pipeline Company" alone). */
static int taken(const eg_doc *doc, const eg_mention *m, uint32_t b, uint32_t e, uint32_t to) {
    for (size_t j = 0; j < doc->ments.n; j++) {
        const eg_mention *x = &doc->ments.v[j];
        if (x != m && x->tok_begin < e && x->tok_end > b &&
            (x->ent != to || x->tok_begin < b || x->tok_end > e))
            return 1;
    }
    return 0;
}

/* Drops the mentions after mention i that start before token e: the
 * words mention i grew over. */
static void drop_grown_over(eg_doc *doc, size_t i, uint32_t e) {
    size_t k = i + 1, j = i + 1;
    for (; j < doc->ments.n; j++) {
        const eg_mention *x = &doc->ments.v[j];
        if (x->tok_begin < e && x->sentence == doc->ments.v[i].sentence) {
            eg_docent *d = &doc->ents.v[x->ent];
            if (d->mentions)
                d->mentions--;
            continue;
        }
        doc->ments.v[k++] = *x;
    }
    doc->ments.n = k;
}

/* A place or country in a headline in capitals ("WITH CHINA ENERGY")
 * before one or two words in capitals that no other mention holds (or
 * only a mention of the body named below), where
 * the place and those words are the first words of exactly one body's
 * story mention ("China Energy Investment Corporation"), is that body's
 * mention, grown over those words. */
static void capital_heads(rctx *c) {
    eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    char f[FULL_FOLD];
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (!in_title_sent(doc, m))
            break;
        uint32_t b = m->tok_end, se = doc->sents.v[m->sentence].tok_end;
        if (b >= se || !(tv[m->tok_begin].flags & EG_TOK_ALLCAPS) || m->origin == EG_ORIGIN_DEMONYM)
            continue;
        const char *t = ent_type(c, m->ent);
        if (strcmp(t, "location") != 0 && strcmp(t, "country") != 0)
            continue;
        uint32_t to = NONE, te = b;
        for (uint32_t e = b + 1; e <= se && e <= b + 2; e++) {
            const eg_token *z = &tv[e - 1];
            if (!(z->flags & EG_TOK_ALLCAPS) || !(z->flags & EG_TOK_WORD) ||
                !(z->flags & EG_TOK_SPACE_BEFORE))
                break;
            size_t n = eg_fold_buf(doc->text + m->start, z->start + z->len - m->start, EG_FOLD_CASE,
                                   f, sizeof f);
            if (n == (size_t)-1)
                break;
            uint32_t x = rs_sole_body_written(c, f, n, 1);
            if (x != NONE) {
                to = x;
                te = e;
            }
        }
        if (to == NONE || taken(doc, m, b, te, to))
            continue;
        eg_doc_move_mention(doc, m, to);
        m->tok_end = te;
        m->end = tv[te - 1].start + tv[te - 1].len;
        m->origin = EG_ORIGIN_SHORT;
        drop_grown_over(doc, i, te);
    }
}

void rs_pass_title_full(rctx *c) {
    capital_heads(c);
    shortened_names(c);
}
