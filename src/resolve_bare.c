/* resolve_bare: one word that names two entities of an article, a place
 * and a body or person named after it or named like it ("Kumtor" of
 * "Kumtor Gold Company" and the mine, "Punjab" of the province and the
 * "Punjab Kashtkar Alliance", "Kono" of "Kono District" and "Kono
 * Kimberlite Mining", "Gao" of "Gao Jianping" and the town in Mali). The
 * lists and the rules read the word alone; what the text does with it says
 * which of the article's entities it is:
 * - in a headline, a body acts ("Kumtor picks Chinese partner"), a place
 *   qualifies ("as Punjab wheat protest spreads", "approves Athabasca
 *   crossing"), a person follows a role ("hospital manager Moldovan"), and
 *   a country is the one the story names ("Congo" over "Congo-Brazzaville");
 * - anywhere, a place is where something happens ("kills seven in Kono",
 *   "diamonds from Kono"), a place the story names only by a surname of a
 *   person named before is that person ("accused Gao of"), and a demonym a
 *   company's verb takes is the company named after its people ("has not
 *   criticised Ethiopian publicly" of "Ethiopian Airlines"). */
#include "resolve_int.h"

/* Present-tense verbs of a headline that make the name before them a body
 * acting ("Kumtor picks", "Bahia sells"). Sorted. */
static const char *const headline_acts[] = {
    "acquires", "agrees", "announces", "appoints", "buys",  "completes", "denies",
    "fires",    "hires",  "invests",   "names",    "picks", "plans",     "posts",
    "reports",  "says",   "seeks",     "sells",    "signs", "sues",      "wins",
};

/* Nouns after a name that make it a body in a headline ("Delta shares",
 * "Kumtor chief"). Sorted. */
static const char *const headline_roles[] = {
    "boss",   "board",  "chairman", "chief", "earnings", "owner",   "owners",
    "profit", "shares", "staff",    "stake", "stock",    "workers",
};

/* Lower-case verbs before a name that make it a body ("sues Delta",
 * "investigates Oxford"). Sorted. */
static const char *const headline_objects[] = {
    "acquires", "backs", "buys", "fines", "hires", "investigates", "sues",
};

/* Does what follows title mention m (of sentence sn) make it a body acting
 * or owning: a possessive, "to" ("Kumtor to expand"), a headline verb, a
 * word that ends in "s" as a verb of the present does, or a noun of a
 * company's people or money; or a verb of a body's object before it? */
static int headline_body_use(const eg_doc *doc, const eg_mention *m, const eg_sentence *sn) {
    const eg_token *tv = doc->toks.v;
    if (m->tok_begin > sn->tok_begin) {
        const eg_token *p = &tv[m->tok_begin - 1];
        if (is_word(p) && WORD_IN(headline_objects, doc->text + p->start, p->len))
            return 1;
    }
    if (m->tok_end >= sn->tok_end)
        return 0;
    const eg_token *x = &tv[m->tok_end];
    if (x->flags & EG_TOK_POSS)
        return 1;
    if (!is_word(x) || (x->flags & EG_TOK_CAP))
        return 0;
    const char *w = doc->text + x->start;
    if (ntok_is(doc->text, x, "to") || WORD_IN(headline_roles, w, x->len))
        return 1;
    /* "picks", "spreads"; not "crossing", "wheat", "press" */
    return x->len >= 4 && w[x->len - 1] == 's' && w[x->len - 2] != 's' && w[x->len - 2] != 'u';
}

/* Is the headline verb right after title mention m (of sentence sn) one
 * of headline_acts ("Kumtor picks")? */
static int headline_act_after(const eg_doc *doc, const eg_mention *m, const eg_sentence *sn) {
    if (m->tok_end >= sn->tok_end)
        return 0;
    const eg_token *x = &doc->toks.v[m->tok_end];
    return is_word(x) && !(x->flags & EG_TOK_CAP) &&
           WORD_IN(headline_acts, doc->text + x->start, x->len);
}

/* Whether name nm holds folded word f[0..n) as a whole word, case aside,
 * and more words besides. */
static int name_has_word(const char *nm, const char *f, size_t n) {
    char buf[192];
    size_t k = eg_fold_buf(nm, strlen(nm), EG_FOLD_CASE, buf, sizeof buf);
    if (k == (size_t)-1 || k <= n)
        return 0;
    for (size_t i = 0; i + n <= k; i++)
        if ((i == 0 || buf[i - 1] == ' ') && memcmp(buf + i, f, n) == 0 &&
            (i + n == k || buf[i + n] == ' '))
            return 1;
    return 0;
}

/* Whether entity e has a story mention written as folded f[0..n). */
static int story_writes(const eg_doc *doc, uint32_t e, const char *f, size_t n) {
    char buf[192];
    for (size_t j = 0; j < doc->ments.n; j++) {
        const eg_mention *x = &doc->ments.v[j];
        if (x->ent != e || in_title_sent(doc, x) || x->end - x->start < n)
            continue;
        size_t k =
            eg_fold_buf(doc->text + x->start, x->end - x->start, EG_FOLD_CASE, buf, sizeof buf);
        if (k == n && memcmp(buf, f, n) == 0)
            return 1;
    }
    return 0;
}

/* The one entity other than `self`, a location when `place` (else an
 * organisation or agency), that the story names and that is written as
 * folded f[0..n) in the story or has that word in a longer name ("Athabasca
 * River" for "Athabasca"); for a body the story must write the bare word
 * for it too ("Kumtor fired" of "Kumtor Gold Company"). NONE if none or two. */
static uint32_t story_reading(const rctx *c, uint32_t self, const char *f, size_t n, int place) {
    const eg_doc *doc = c->doc;
    uint32_t to = NONE;
    for (uint32_t e = 0; e < doc->ents.n; e++) {
        if (e == self || !doc->ents.v[e].mentions || (place ? !is_location(c, e) : !is_body(c, e)))
            continue;
        if (!named_in_story(doc, e))
            continue;
        int written = story_writes(doc, e, f, n);
        if (place ? !(written || name_has_word(ent_name(c, e), f, n))
                  : !(written && name_has_word(ent_name(c, e), f, n)))
            continue;
        if (to != NONE)
            return NONE;
        to = e;
    }
    return to;
}

/* A headline's one-word mention read as the story's place or body named by
 * that word:
 * - the short form of a body ("Punjab" of "Punjab Kashtkar Alliance") that
 *   the story never writes by that word alone ("Beşiktaş fined" stays the
 *   club of a story whose "Beşiktaş" acts), where the headline does not
 *   make it act or own (headline_body_use) and the story names exactly one
 *   place by that word ("in Punjab", the "Athabasca River", the "Niger
 *   Delta"), is that place;
 * - a place (not a country) before a headline verb of a body ("Kumtor picks
 *   Chinese partner"), where exactly one body of the story is named after it
 *   and written by that word alone ("Kumtor fired Osmonov" of "Kumtor Gold
 *   Company"), is that body. */
void rs_pass_title_readings(rctx *c) {
    eg_doc *doc = c->doc;
    char f[192];
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (!in_title_sent(doc, m))
            break; /* the title's mentions come first */
        const eg_token *t = &doc->toks.v[m->tok_begin];
        if (m->tok_end - m->tok_begin != 1 || !(t->flags & EG_TOK_CAP) ||
            WORD_IN(body_heads, doc->text + t->start, t->len))
            continue;
        uint32_t e = m->ent;
        int body = is_body(c, e);
        if (!body && !is_location(c, e))
            continue;
        size_t n = eg_fold_buf(doc->text + m->start, m->end - m->start, EG_FOLD_CASE, f, sizeof f);
        if (n == (size_t)-1)
            continue;
        const eg_sentence *sn = &doc->sents.v[m->sentence];
        uint32_t to = NONE;
        if (body && name_has_word(ent_name(c, e), f, n) && !story_writes(doc, e, f, n) &&
            !headline_body_use(doc, m, sn))
            to = story_reading(c, e, f, n, 1);
        else if (!body && headline_act_after(doc, m, sn))
            to = story_reading(c, e, f, n, 0);
        if (to == NONE)
            continue;
        eg_doc_move_mention(doc, m, to);
        m->origin = EG_ORIGIN_SHORT;
    }
}

/* Is mention m (of sentence sn) followed by ", where" ("pollution at Porto
 * Romano, where a chemical plant stood")? */
static int where_after(const eg_doc *doc, const eg_mention *m, const eg_sentence *sn) {
    return m->tok_end + 1 < sn->tok_end && tok_is(doc, m->tok_end, ",") &&
           tok_is(doc, m->tok_end + 1, "where");
}

/* A short form of a body ("Kono" of "Kono Kimberlite Mining"),
 * where the text makes it a place (rs_place_context: "pit collapse kills
 * seven in Kono", "camps near Kono"; not "a stake in Kono"; "from Kono",
 * "Kono, where") and the story names exactly one place by those words
 * ("Kono District"), is that place; a body's generic head stays the body
 * ("in Parliament" by "Parliament Square"). */
void rs_pass_placed_bodies(rctx *c) {
    eg_doc *doc = c->doc;
    char f[192];
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t e = m->ent;
        const eg_token *t = &doc->toks.v[m->tok_begin];
        if (m->tok_end - m->tok_begin > 3 || m->tok_begin == 0 || !(t->flags & EG_TOK_CAP) ||
            !is_body(c, e) || WORD_IN(body_heads, doc->text + t->start, t->len))
            continue; /* "tabled in Parliament" stays the body by Parliament Square */
        const eg_sentence *sn = &doc->sents.v[m->sentence];
        if (m->tok_begin == sn->tok_begin ||
            !(rs_place_context(c, m->tok_begin, m->tok_end, sn->tok_begin, sn->tok_end) ||
              tok_is_word(doc, m->tok_begin - 1, "from") || where_after(doc, m, sn)))
            continue;
        size_t n = eg_fold_buf(doc->text + m->start, m->end - m->start, EG_FOLD_CASE, f, sizeof f);
        if (n == (size_t)-1 || !name_has_word(ent_name(c, e), f, n))
            continue;
        uint32_t to = story_reading(c, e, f, n, 1);
        if (to == NONE)
            continue;
        eg_doc_move_mention(doc, m, to);
        m->origin = EG_ORIGIN_SHORT;
    }
}

/* Whether body name nm is x[0..xn) and more words, the last of which
 * (legal forms aside) is word w[0..wn), capitals aside: "Willamette Valley
 * Water Cooperative" of "Willamette Valley" and "cooperative". */
static int headed_by(const char *nm, const char *x, size_t xn, const char *w, size_t wn) {
    size_t l = strlen(nm);
    if (l <= xn + wn + 1 || memcmp(nm, x, xn) != 0 || nm[xn] != ' ')
        return 0;
    for (;;) {
        size_t k = l;
        while (k > xn && nm[k - 1] != ' ')
            k--;
        if (k <= xn + 1)
            return 0;
        if (!WORD_IN(legal_forms, nm + k, l - k)) {
            if (l - k != wn)
                return 0;
            for (size_t i = 0; i < wn; i++)
                if (ascii_lower(nm[k + i]) != ascii_lower(w[i]))
                    return 0;
            return 1;
        }
        l = k - 1;
    }
}

/* Lower-case nouns of a kind of place, after which a place's name stays the
 * place even where a body is named so ("the Jeju province" beside the "Jeju
 * Special Self-Governing Province", its government). Sorted. */
static const char *const place_kind_heads[] = {
    "city",   "county", "district",  "island", "islands", "municipality", "province",
    "region", "state",  "territory", "town",   "valley",  "village",
};

/* What sole_earlier's tests compare an entity's name with: a mention's
 * text and, for body_headed, the noun after it. */
typedef struct head_arg {
    const char *s;
    size_t n;
    const char *head;
    size_t hn;
} head_arg;

/* The one entity of the mentions before mention i that fits(c, e, arg);
 * NONE when none does or two do. */
static uint32_t sole_earlier(const rctx *c, size_t i,
                             int (*fits)(const rctx *c, uint32_t e, const head_arg *a),
                             const head_arg *a) {
    uint32_t to = NONE;
    for (size_t j = 0; j < i; j++) {
        uint32_t e = c->doc->ments.v[j].ent;
        if (e == to || !fits(c, e, a))
            continue;
        if (to != NONE)
            return NONE;
        to = e;
    }
    return to;
}

/* Mention i becomes a short form of entity `to` (nothing when NONE). */
static void short_form_of(rctx *c, size_t i, uint32_t to) {
    if (to == NONE)
        return;
    eg_mention *m = &c->doc->ments.v[i];
    eg_doc_move_mention(c->doc, m, to);
    m->origin = EG_ORIGIN_SHORT;
}

/* A body whose name starts with a->s and is headed by the noun a->head. */
static int body_headed(const rctx *c, uint32_t e, const head_arg *a) {
    return is_body(c, e) && headed_by(ent_name(c, e), a->s, a->n, a->head, a->hn);
}

/* An organisation whose name is a->s and more words ("Ethiopian Airlines"). */
static int company_opened(const rctx *c, uint32_t e, const head_arg *a) {
    if (strcmp(ent_type(c, e), "organisation") != 0)
        return 0;
    const char *nm = ent_name(c, e);
    return strlen(nm) > a->n + 1 && memcmp(nm, a->s, a->n) == 0 && nm[a->n] == ' ';
}

/* A place's mention after "the" and before a lower-case noun that is the
 * head of the name of exactly one body named before it, a name that starts
 * with the place's, is that body: "hired by the Willamette Valley
 * cooperative" after "Willamette Valley Water Cooperative", "fined the
 * Kisumu board" after the "Kisumu Water Board". A demonym stays its place
 * ("the Scottish government" beside the "Scottish Government"), and so does
 * a place before a noun of its kind (place_kind_heads). */
void rs_pass_headed_bodies(rctx *c) {
    eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        const eg_sentence *sn = &doc->sents.v[m->sentence];
        if (m->tok_begin == sn->tok_begin || m->tok_end >= sn->tok_end ||
            m->tok_end - m->tok_begin > 3 || m->origin == EG_ORIGIN_DEMONYM)
            continue;
        const eg_token *p = &tv[m->tok_begin - 1], *h = &tv[m->tok_end];
        if (!is_word(h) || (h->flags & EG_TOK_CAP) || h->len < 4 ||
            !(ntok_is(doc->text, p, "the") || ntok_is(doc->text, p, "The")) ||
            WORD_IN(place_kind_heads, doc->text + h->start, h->len) || !is_location(c, m->ent))
            continue;
        head_arg a = {doc->text + m->start, m->end - m->start, doc->text + h->start, h->len};
        short_form_of(c, i, sole_earlier(c, i, body_headed, &a));
    }
}

/* Words before a name that keep it a place whoever bears it ("near Medina",
 * "the town of Medina" ends in "of"). Sorted. */
static const char *const place_only_before[] = {
    "across", "around", "inside", "near", "of", "outside", "throughout", "toward", "towards",
};

/* Prepositions before a name that make it a place unless what follows or
 * comes before says otherwise (place_use). Sorted. */
static const char *const place_preps_before[] = {"at", "from", "in", "into", "to", "via"};

/* Verbs before "to" whose object is a person ("talked to Medina"; not
 * "flew to Medina"). Sorted. */
static const char *const person_to_verbs[] = {
    "apologised", "apologized", "listened", "replied", "speak",   "speaking",
    "spoke",      "spoken",     "talk",     "talked",  "talking", "wrote",
};

/* Does the text make one-word mention m a place whoever bears its name: a
 * word before it that only a place takes ("near Medina", "the town of
 * Medina"), or a preposition of place or the text around it
 * (rs_place_context: "Lima, Peru"; "flew to Medina", "from Medina") unless
 * a possessive follows ("in Gao’s laboratory") or a verb of speaking comes
 * before "to" ("talked to Medina")? */
static int place_use(const rctx *c, const eg_mention *m) {
    const eg_doc *doc = c->doc;
    const eg_sentence *sn = &doc->sents.v[m->sentence];
    if (m->tok_begin == sn->tok_begin)
        return 0;
    const eg_token *p = &doc->toks.v[m->tok_begin - 1];
    if (!is_word(p))
        return 0;
    if (WORD_IN(place_only_before, doc->text + p->start, p->len))
        return 1;
    if (!WORD_IN(place_preps_before, doc->text + p->start, p->len) &&
        !rs_place_context(c, m->tok_begin, m->tok_end, sn->tok_begin, sn->tok_end))
        return 0;
    if (m->tok_end < sn->tok_end && (doc->toks.v[m->tok_end].flags & EG_TOK_POSS))
        return 0;
    if (ntok_is(doc->text, p, "to") && m->tok_begin >= sn->tok_begin + 2) {
        const eg_token *v = &doc->toks.v[m->tok_begin - 2];
        return !(is_word(v) && WORD_IN(person_to_verbs, doc->text + v->start, v->len));
    }
    return 1;
}

/* Whether folded word f[0..n) is a surname of person name nm: its last
 * word, the middle one of three ("Medina" of "Fabián Medina Rojas"), or a
 * first word that is a family name written first ("Gao" of "Gao
 * Jianping"); not a given name ("Reno" of "Reno Castillo"). */
static int surname_of(const char *nm, const char *f, size_t n) {
    char buf[192];
    size_t k = eg_fold_buf(nm, strlen(nm), EG_FOLD_CASE, buf, sizeof buf);
    if (k == (size_t)-1 || k <= n)
        return 0;
    size_t words = 1, at = 0;
    int found = 0;
    for (size_t i = 0; i < k; i++) {
        if (buf[i] == ' ') {
            words++;
            continue;
        }
        if ((i == 0 || buf[i - 1] == ' ') && !found && i + n <= k && memcmp(buf + i, f, n) == 0 &&
            (i + n == k || buf[i + n] == ' ')) {
            found = 1;
            at = words - 1;
        }
    }
    if (!found || words < 2)
        return 0;
    return at == words - 1 || (words == 3 && at == 1) ||
           (at == 0 && WORD_IN(family_first, nm, strcspn(nm, " ")));
}

/* The one person of the story, named in full (two words or more) before
 * `pos`, of whom folded word f[0..n) is a surname; NONE if none or two. */
static uint32_t bearer_before(const rctx *c, const char *f, size_t n, uint32_t pos) {
    const eg_doc *doc = c->doc;
    uint32_t to = NONE;
    for (uint32_t e = 0; e < doc->ents.n; e++) {
        if (!doc->ents.v[e].mentions || !is_person(c, e) || !surname_of(ent_name(c, e), f, n))
            continue;
        int before = 0;
        for (size_t j = 0; j < doc->ments.n && !before; j++) {
            const eg_mention *x = &doc->ments.v[j];
            before = x->ent == e && x->start < pos && x->tok_end - x->tok_begin >= 2;
        }
        if (!before)
            continue;
        if (to != NONE)
            return NONE;
        to = e;
    }
    return to;
}

/* A place the story names only by one word, every time after a person
 * named in full of whom it is a surname ("talked to Medina" after "Fabián
 * Medina Rojas", "in Gao’s laboratory" after "Gao Jianping"), and never
 * where the text makes it a place (place_use: "flew to Medina", "Lima,
 * Peru", "the town of Medina"), is that person. */
void rs_pass_surname_places(rctx *c) {
    eg_doc *doc = c->doc;
    char f[192], g[192];
    int full = 0; /* the cheap test first: a person of two words or more */
    for (uint32_t e = 0; e < doc->ents.n && !full; e++)
        full = doc->ents.v[e].mentions && is_person(c, e) && strchr(ent_name(c, e), ' ');
    for (uint32_t p = 0; p < doc->ents.n && full; p++) {
        if (!doc->ents.v[p].mentions || !is_location(c, p))
            continue;
        size_t n = (size_t)-1;
        uint32_t first = NONE;
        int ok = 1;
        for (size_t j = 0; j < doc->ments.n && ok; j++) {
            const eg_mention *x = &doc->ments.v[j];
            if (x->ent != p)
                continue;
            ok = x->tok_end - x->tok_begin == 1 &&
                 !(doc->toks.v[x->tok_begin].flags & EG_TOK_ALLCAPS) && !place_use(c, x);
            if (!ok)
                break;
            size_t k = eg_fold_buf(doc->text + x->start, x->end - x->start, EG_FOLD_CASE,
                                   n == (size_t)-1 ? f : g, sizeof f);
            ok = k != (size_t)-1 && (n == (size_t)-1 || (k == n && memcmp(f, g, n) == 0));
            if (n == (size_t)-1) {
                n = k;
                first = x->start;
            }
        }
        if (!ok || n == (size_t)-1)
            continue;
        uint32_t to = bearer_before(c, f, n, first);
        if (to == NONE)
            continue;
        for (size_t j = 0; j < doc->ments.n; j++)
            if (doc->ments.v[j].ent == p) {
                eg_doc_move_mention(doc, &doc->ments.v[j], to);
                doc->ments.v[j].origin = EG_ORIGIN_SHORT;
            }
    }
}

/* A headline's country the story never names, whose name is a word of the
 * name of exactly one other country the story names, is that country:
 * "Congo" over a story that names only "Congo-Brazzaville", the Republic
 * of the Congo; "Sudan" over one that names only South Sudan. */
void rs_pass_title_countries(rctx *c) {
    eg_doc *doc = c->doc;
    char f[192];
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (!in_title_sent(doc, m))
            break; /* the title's mentions come first */
        uint32_t e = m->ent;
        if (m->origin != EG_ORIGIN_GAZETTEER || strcmp(ent_type(c, e), "country") != 0)
            continue;
        size_t n = eg_fold_buf(doc->text + m->start, m->end - m->start, EG_FOLD_CASE, f, sizeof f);
        if (named_in_story(doc, e) || n == (size_t)-1)
            continue;
        uint32_t to = NONE;
        int two = 0;
        for (size_t j = 0; j < doc->ments.n && !two; j++) {
            const eg_mention *x = &doc->ments.v[j];
            if (x->ent == e || x->ent == to || in_title_sent(doc, x) ||
                strcmp(ent_type(c, x->ent), "country") != 0 ||
                !name_has_word(ent_name(c, x->ent), f, n))
                continue;
            two = to != NONE;
            to = x->ent;
        }
        if (to == NONE || two)
            continue;
        eg_doc_move_mention(doc, m, to);
        m->origin = EG_ORIGIN_SHORT;
    }
}

/* Lower-case nouns of a person's role that a headline writes before the
 * person's surname ("hospital manager Moldovan", "banker Iraqi"). Sorted. */
static const char *const person_roles[] = {
    "ambassador", "banker", "boss",     "captain", "chairman",  "chief",     "coach",
    "director",   "doctor", "envoy",    "founder", "governor",  "judge",     "lawyer",
    "manager",    "mayor",  "minister", "owner",   "president", "professor", "striker",
};

/* A headline's demonym after a person's role ("hospital manager Moldovan
 * fired"; not "hosts Moldovan ministers") that is the surname of exactly
 * one person the story writes by that word alone ("Moldovan, a
 * cardiologist" after "Adrian Moldovan") is that person. */
void rs_pass_title_surnames(rctx *c) {
    eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    char f[192];
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (!in_title_sent(doc, m))
            break; /* the title's mentions come first */
        const eg_sentence *sn = &doc->sents.v[m->sentence];
        if (m->origin != EG_ORIGIN_DEMONYM || m->tok_end - m->tok_begin != 1 ||
            m->tok_begin == sn->tok_begin)
            continue;
        const eg_token *p = &tv[m->tok_begin - 1];
        if (!is_word(p) || (p->flags & EG_TOK_CAP) ||
            !WORD_IN(person_roles, doc->text + p->start, p->len))
            continue;
        size_t n = m->end - m->start;
        size_t k = eg_fold_buf(doc->text + m->start, n, EG_FOLD_CASE, f, sizeof f);
        if (k == (size_t)-1)
            continue;
        uint32_t to = NONE;
        int two = 0;
        for (size_t j = i + 1; j < doc->ments.n && !two; j++) {
            const eg_mention *x = &doc->ments.v[j];
            if (x->ent == to || in_title_sent(doc, x) || x->end - x->start != n ||
                memcmp(doc->text + x->start, doc->text + m->start, n) != 0 ||
                !is_person(c, x->ent) || !surname_of(ent_name(c, x->ent), f, k))
                continue;
            two = to != NONE;
            to = x->ent;
        }
        if (to == NONE || two)
            continue;
        eg_doc_move_mention(doc, m, to);
        m->origin = EG_ORIGIN_SHORT;
    }
}

/* Lower-case verbs before a demonym that make it the object named by a
 * company called after its people ("has not criticised Ethiopian
 * publicly"). Sorted. */
static const char *const demonym_objects[] = {
    "backed", "backs",   "criticised", "criticized", "fined",    "fines",
    "hired",  "praised", "sued",       "sues",       "supplied", "supplies",
};

/* Words after such a demonym that leave it a noun, not an adjective before
 * one ("criticised Ethiopian for", "supplied Ethiopian since"). Sorted. */
static const char *const demonym_object_ends[] = {
    "after", "at", "before", "by", "for", "in", "on", "over", "since", "until", "with",
};

/* Does what follows demonym mention m (of sentence sn) end its noun phrase:
 * the sentence's end, a comma, a word of demonym_object_ends, or an
 * adverb in "-ly" ("publicly"; not "Ethiopian officials")? */
static int demonym_phrase_end(const eg_doc *doc, const eg_mention *m, const eg_sentence *sn) {
    if (m->tok_end >= sn->tok_end)
        return 1;
    const eg_token *x = &doc->toks.v[m->tok_end];
    if (!is_word(x))
        return ntok_is(doc->text, x, ",") || (x->flags & EG_TOK_SENT_PUNCT);
    const char *w = doc->text + x->start;
    return !(x->flags & EG_TOK_CAP) &&
           (WORD_IN(demonym_object_ends, w, x->len) ||
            (x->len >= 5 && w[x->len - 2] == 'l' && w[x->len - 1] == 'y'));
}

/* A story's demonym as the object of a verb a company takes ("has not
 * criticised Ethiopian publicly") is the one organisation named before
 * whose name starts with it ("Ethiopian Airlines"). */
void rs_pass_demonym_objects(rctx *c) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        const eg_sentence *sn = &doc->sents.v[m->sentence];
        if (m->origin != EG_ORIGIN_DEMONYM || m->tok_end - m->tok_begin != 1 ||
            m->tok_begin == sn->tok_begin || in_title_sent(doc, m))
            continue;
        const eg_token *p = &doc->toks.v[m->tok_begin - 1];
        if (!is_word(p) || !WORD_IN(demonym_objects, doc->text + p->start, p->len) ||
            !demonym_phrase_end(doc, m, sn))
            continue;
        head_arg a = {doc->text + m->start, m->end - m->start, NULL, 0};
        short_form_of(c, i, sole_earlier(c, i, company_opened, &a));
    }
}
