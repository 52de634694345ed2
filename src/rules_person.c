/* rules_person: people the lists miss: names after titles ("Senator Marie
 * Doe"), before appositions ("Anna Berg, an economist at"), from given names
 * and in bylines; in the second round, names that a title or a surname of the
 * article confirms. */
#include "rules_ctx.h"

#include <string.h>

#define MAX_NAME_WORDS 4

/* Lower-case words allowed between the words of a person's name. */
static const char *const particles[] = {
    "af",  "al", "ben", "bin", "da", "das", "de",  "del", "della", "den", "der", "di", "do",
    "dos", "du", "el",  "ibn", "la", "le",  "ten", "ter", "van",   "von", "y",   "zu",
};

/* Capitalised words that end names of things, not people, after a given name
 * ("Christian Democrats", "Victoria Falls", "Marine Corps"). */
static const char *const not_surnames[] = {
    "Accord",     "Accords",     "Act",      "Agreement", "Aid",      "Award",       "Awards",
    "Beach",      "Cathedral",   "Catholic", "Catholics", "Chapel",   "Church",      "Conference",
    "Convention", "Corps",       "Cup",      "Day",       "Days",     "Declaration", "Democrat",
    "Democratic", "Democrats",   "Doctrine", "Drive",     "Empire",   "Falls",       "Gallery",
    "Games",      "Heights",     "Hills",    "Hotel",     "Lane",     "Law",         "Memorial",
    "Mosque",     "Museum",      "Olympics", "Plan",      "Prize",    "Protocol",    "Report",
    "Republican", "Republicans", "Road",     "Science",   "Sciences", "Springs",     "Station",
    "Studies",    "Summit",      "Temple",   "Theater",   "Theatre",  "Treaty",      "Trophy",
    "Way",
};

/* Common nouns for people that describe a name after a comma ("Oleh Marchuk,
 * a 29-year-old crane operator", "Jian G., a German citizen"); titles count
 * too. */
static const char *const person_nouns[] = {
    "actor",    "actress",  "artist",     "athlete",    "blogger",    "boy",       "brother",
    "champion", "citizen",  "coach",      "courier",    "dad",        "daughter",  "defendant",
    "doctor",   "driver",   "engineer",   "farmer",     "father",     "filmmaker", "fisherman",
    "girl",     "hacker",   "husband",    "man",        "mechanic",   "migrant",   "mother",
    "mum",      "musician", "national",   "native",     "nurse",      "operator",  "photographer",
    "pilot",    "player",   "poet",       "priest",     "programmer", "refugee",   "resident",
    "runner",   "singer",   "sister",     "smuggler",   "soldier",    "son",       "student",
    "suspect",  "teacher",  "technician", "trafficker", "veteran",    "victim",    "widow",
    "wife",     "woman",    "worker",
};

/* Words in front of "by" that make an author line ("Reporting by ..."). */
static const char *const byline_verbs[] = {
    "compiled", "edited", "editing", "produced", "reported", "reporting", "writing", "written",
};

/* Is token j a lower-case common noun for people ("residents", "a German
 * citizen")? */
int eg_rx_person_noun(const ctx *c, uint32_t j) {
    return LOWER_IN(j, person_nouns);
}

static uint32_t country_form_origin(const ctx *c, uint32_t j, long g) {
    const char *nm = eg_gazetteer_name(c->g, (size_t)g);
    return strlen(nm) == c->tv[j].len && memcmp(nm, ttext(c, j), c->tv[j].len) == 0
               ? EG_ORIGIN_GAZETTEER
               : EG_ORIGIN_DEMONYM;
}

/* A short lower-case word after a hyphen in a name: the second syllable of a
 * Korean or Chinese given name ("Min-jun", "Hye-jin"), not a suffix such as
 * "-led" or "-based". */
static int syllable(const ctx *c, uint32_t j) {
    static const char *const suffixes[] = {"age",   "aged", "area",  "based", "born",
                                           "bound", "era",  "led",   "like",  "made",
                                           "owned", "run",  "style", "type",  "wide"};
    const eg_token *t = &c->tv[j];
    if (!(t->flags & EG_TOK_WORD) || (t->flags & (EG_TOK_CAP | EG_TOK_POSS | EG_TOK_NUM)) ||
        t->len < 2 || t->len > 5)
        return 0;
    const char *s = ttext(c, j);
    for (size_t i = 0; i < t->len; i++)
        if (!(s[i] >= 'a' && s[i] <= 'z'))
            return 0;
    return !IS_WORD_IN(suffixes, s, t->len) && !eg_rx_word_class(s, t->len);
}

/* Can token j be a word of a person's name? `first`: it would be the first. */
static int name_word(const ctx *c, uint32_t j, uint32_t se, int first) {
    const eg_token *t = &c->tv[j];
    if (covered(c, j) || !is_cap_word(c, j) || (t->flags & EG_TOK_DOTTED))
        return 0;
    if ((t->flags & EG_TOK_ALLCAPS) && !eg_rx_is_initial_letter(c, j))
        return 0;
    unsigned wc = eg_rx_word_class(ttext(c, j), t->len);
    if (wc & (W_FUNC | W_DAY))
        return 0;
    if (wc & W_MONTH) {
        if (j + 1 < se && (c->tv[j + 1].flags & EG_TOK_NUM))
            return 0;
        if (first && !(j + 1 < se && is_cap_word(c, j + 1) &&
                       !eg_rx_word_class(ttext(c, j + 1), c->tv[j + 1].len)))
            return 0;
    }
    if (eg_rx_strong_designator(eg_rx_designator_at(c, j)))
        return 0;
    uint32_t e;
    if (first && eg_rx_title_at(c, j, se, &e))
        return 0;
    return 1;
}

/* Reads a person's name from token i: one to four words (capitalised, with
 * initials, particles and hyphenated parts). Returns 1 and the end token and
 * word count, or 0. */
static int person_name(const ctx *c, uint32_t i, uint32_t se, uint32_t *end, uint32_t *nwords) {
    uint32_t j = i, words = 0, last_end = 0, last_words = 0;
    while (j < se && words <= MAX_NAME_WORDS) {
        const eg_token *t = &c->tv[j];
        if (covered(c, j))
            break;
        if ((t->flags & EG_TOK_DOTTED) && (t->flags & EG_TOK_CAP)) {
            words++;
            j++;
            continue;
        }
        if (eg_rx_is_initial_letter(c, j) && !(j + 1 < se && is_hyphen(c, j + 1))) {
            j++;
            if (j < se && tok_is(c, j, ".") && attached(c, j))
                j++;
            words++;
            continue;
        }
        if (words > 0 && (t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) &&
            IS_WORD_IN(particles, ttext(c, j), t->len)) {
            if (j + 2 < se && is_hyphen(c, j + 1) && attached(c, j + 1) && attached(c, j + 2) &&
                name_word(c, j + 2, se, 0)) {
                j += 3;
                words++;
                last_end = j;
                last_words = words;
                continue;
            }
            uint32_t q = j + 1;
            while (q < se && q < j + 3 && (c->tv[q].flags & EG_TOK_WORD) &&
                   !(c->tv[q].flags & EG_TOK_CAP) &&
                   IS_WORD_IN(particles, ttext(c, q), c->tv[q].len))
                q++;
            if (q < se && name_word(c, q, se, 0)) {
                j = q;
                continue;
            }
            break;
        }
        if (name_word(c, j, se, words == 0)) {
            j++;
            while (j + 1 < se && is_hyphen(c, j) && attached(c, j) && attached(c, j + 1) &&
                   (is_cap_word(c, j + 1) || syllable(c, j + 1)) && !covered(c, j + 1))
                j += 2;
            words++;
            last_end = j;
            last_words = words;
            continue;
        }
        break;
    }
    if (!last_end || last_words > MAX_NAME_WORDS)
        return 0;
    *end = last_end;
    *nwords = last_words;
    return 1;
}

/* person_name, also taking a last initial: "Pavel H.", "Jian G." */
static int person_name_initial(const ctx *c, uint32_t i, uint32_t se, uint32_t *end,
                               uint32_t *nwords) {
    if (!person_name(c, i, se, end, nwords))
        return 0;
    uint32_t e = *end;
    if (e + 1 < se && eg_rx_is_initial_letter(c, e) && !covered(c, e) && tok_is(c, e + 1, ".") &&
        attached(c, e + 1)) {
        *end = e + 2;
        (*nwords)++;
    }
    return 1;
}

/* "Senator Marie Doe", "Mr Doe" (titles flagged surname), and "its chairman,
 * Klaus Reinholt," (a title, a comma, a name, then punctuation). */
eg_status eg_rx_rule_titles(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb; i < se; i++) {
        uint32_t after, end, nw;
        if (covered(c, i))
            continue;
        const title *t = eg_rx_title_at(c, i, se, &after);
        if (!t || after >= se)
            continue;
        uint32_t need = (t->flags & TITLE_SURNAME) ? 1 : 2;
        if (tok_is(c, after, ",") && after + 1 < se) {
            after++;
            need = 2;
            if (!person_name(c, after, se, &end, &nw) || nw < need ||
                !(end >= se || (c->tv[end].flags & EG_TOK_PUNCT)) || tok_is(c, end, "-"))
                continue;
        } else if (!person_name(c, after, se, &end, &nw) || nw < need) {
            continue;
        }
        eg_status st =
            eg_rx_add_cand(c, after, end, si, K_TITLE, "person", -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* What follows the comma of "Name, ...": does it describe a person? "who",
 * "an economist at", "the shipper's owner", "OFAC's director", "head of". */
static int person_apposition(const ctx *c, uint32_t k, uint32_t se) {
    uint32_t p = k + 1, e;
    if (p >= se)
        return 0;
    if (tok_is(c, p, "who") || tok_is(c, p, "whose"))
        return 1;
    int lead = 0;
    if (tok_is(c, p, "a") || tok_is(c, p, "an") || tok_is(c, p, "the")) {
        lead = 1;
        p++;
    } else {
        for (uint32_t q = p; q < se && q < p + 5; q++) {
            if (c->tv[q].flags & EG_TOK_POSS) {
                lead = 1;
                p = q + 1;
                break;
            }
            if (!(c->tv[q].flags & EG_TOK_WORD))
                break;
        }
    }
    if (lead && covered(c, p)) {
        /* "Mercy Jeptoo, the Kenyan who won ..." */
        const eg_mention *m = &c->doc->ments.v[c->s->cover.v[p]];
        uint32_t q = m->tok_end;
        if (m->tok_begin == p && m->origin == EG_ORIGIN_DEMONYM && q < se &&
            (tok_is(c, q, "who") || tok_is(c, q, ",")))
            return 1;
    }
    if (lead) {
        /* "a 29-year-old crane operator", "a German citizen" */
        for (uint32_t q = p; q < se && q <= p + 8; q++) {
            const eg_token *t = &c->tv[q];
            char buf[16];
            if ((t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) &&
                eg_rx_ascii_lower(ttext(c, q), t->len, buf, sizeof buf) &&
                IN_SORTED(person_nouns, buf))
                return !(q + 1 < se && (is_hyphen(c, q + 1) || (c->tv[q + 1].flags & EG_TOK_POSS)));
            if (covered(c, q)) {
                const eg_mention *m = &c->doc->ments.v[c->s->cover.v[q]];
                if (!eg_rx_replaceable(c, m))
                    break;
                q = m->tok_end - 1;
                continue;
            }
            if (!((t->flags & (EG_TOK_WORD | EG_TOK_NUM)) || is_hyphen(c, q)) ||
                (t->flags & (EG_TOK_CAP | EG_TOK_POSS)))
                break;
        }
    }
    for (uint32_t q = p; q < se && q <= p + 3; q++) {
        if (eg_rx_title_at(c, q, se, &e))
            return lead || (q <= p + 2 && e < se && eg_rx_is_prep(c, e));
        if (!(c->tv[q].flags & EG_TOK_WORD))
            return 0;
        if (!lead && (c->tv[q].flags & EG_TOK_CAP))
            return 0;
    }
    return 0;
}

/* "Anna Berg, an economist at Nordbank", "Chad Doe, who ran ...". */
eg_status eg_rx_rule_apposition(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t k = sb + 2; k + 1 < se; k++) {
        if (!tok_is(c, k, ",") || !person_apposition(c, k, se))
            continue;
        uint32_t best = NONE;
        for (uint32_t s = k; s-- > sb && s + 12 >= k;) {
            uint32_t end, nw;
            if (person_name_initial(c, s, k, &end, &nw) && end == k && nw >= 2)
                best = s;
        }
        if (best == NONE)
            continue;
        if (best > sb) {
            uint32_t p = best - 1;
            if (is_cap_word(c, p) && !covered(c, p) &&
                !eg_rx_word_class(ttext(c, p), c->tv[p].len) && !eg_rx_title_ends_at(c, sb, best))
                continue;
        }
        eg_status st = eg_rx_add_cand(c, best, k, si, K_APPOS, "person", -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* "Oleh Marchuk", "Pavel H.", "Liu Jianming": a given name from
 * given_names.txt and one or two more name words, not inside a longer
 * capitalised run and with no designator, title or thing word among them. */
eg_status eg_rx_rule_given(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb; i + 1 < se; i++) {
        uint32_t end, nw;
        if (covered(c, i) || !eg_rx_given_name(c, i) || eg_rx_word_class(ttext(c, i), c->tv[i].len))
            continue;
        long demonym = -1;
        if (i > sb) {
            uint32_t p = i - 1;
            if (is_cap_word(c, p) && !covered(c, p) &&
                !eg_rx_word_class(ttext(c, p), c->tv[p].len) && !eg_rx_title_ends_at(c, sb, i) &&
                (demonym = eg_rx_country_word(c, p)) < 0)
                continue;
        }
        if (!person_name_initial(c, i, se, &end, &nw))
            continue;
        if (nw < 2 || nw > 3 || (end < se && is_cap_word(c, end)))
            continue;
        if (end < se && !tok_is(c, end, "state") && eg_rx_region_noun(c, end))
            continue; /* "Quang Tri province" is a place */
        int bad = 0;
        for (uint32_t j = i + 1; j < end && !bad; j++)
            bad =
                (c->tv[j].flags & EG_TOK_WORD) &&
                (eg_rx_designator_at(c, j) || IS_WORD_IN(not_surnames, ttext(c, j), c->tv[j].len));
        if (bad)
            continue;
        eg_status st = eg_rx_add_cand(c, i, end, si, K_GIVEN, "person", -1, EG_ORIGIN_RULE, err);
        if (st == EG_OK && demonym >= 0) {
            /* "the Italian Marco Sartori": the matcher left the demonym out */
            long de = eg_doc_gazent(c->doc, (int32_t)demonym);
            st = de < 0 ? eg_rx_oom(c->doc->origin, 0, err)
                        : eg_rx_add_cand(c, i - 1, i, si, K_GIVEN, NULL, (int32_t)de,
                                         country_form_origin(c, i - 1, demonym), err);
        }
        if (st != EG_OK)
            return st;
        i = end - 1;
    }
    return EG_OK;
}

static int byline_end_ok(const ctx *c, uint32_t q, uint32_t se) {
    if (q >= se)
        return 1;
    const eg_token *t = &c->tv[q];
    if (t->nl > 0 || (t->flags & EG_TOK_PUNCT))
        return 1;
    return tok_is(c, q, "in") || tok_is(c, q, "for") || tok_is(c, q, "at");
}

/* After a byline name at token q, "in" and a place of one to three words
 * followed by "and", ",", ";" or "|": the token after the place; else q. */
static uint32_t byline_place(const ctx *c, uint32_t q, uint32_t se) {
    if (q + 1 >= se || !tok_is(c, q, "in"))
        return q;
    uint32_t j = q + 1, words = 0;
    while (j < se && words < 3) {
        if (covered(c, j))
            j = c->doc->ments.v[c->s->cover.v[j]].tok_end;
        else if (is_cap_word(c, j))
            j++;
        else
            break;
        words++;
    }
    if (!words || j >= se)
        return q;
    return tok_is(c, j, "and") || tok_is(c, j, ",") ? j : q;
}

/* Names after a byline trigger: "Jane Doe", "Jane Doe and John Roe",
 * "A, B and C"; a last item after a bare comma is an agency and dropped. */
static eg_status byline_names(ctx *c, uint32_t si, uint32_t p, uint32_t se, eg_error *err) {
    uint32_t starts[8], ends[8], seps[8];
    size_t n = 0;
    uint32_t q = p, sep = 0; /* 0 first, 1 and, 2 comma */
    while (n < 8) {
        uint32_t end, nw;
        if (q >= se || !person_name(c, q, se, &end, &nw) || nw < 2)
            break;
        starts[n] = q;
        ends[n] = end;
        seps[n] = sep;
        n++;
        q = end;
        q = byline_place(c, q, se); /* "Ana Souza in Brasília and Tom Hale in São Paulo" */
        if (q < se && (tok_is(c, q, "and") || tok_is(c, q, "&"))) {
            sep = 1;
            q++;
        } else if (q + 1 < se && tok_is(c, q, ",") && tok_is(c, q + 1, "and")) {
            sep = 1;
            q += 2;
        } else if (q < se && tok_is(c, q, ",")) {
            sep = 2;
            q++;
        } else {
            break;
        }
    }
    if (n == 0)
        return EG_OK;
    if (n > 1 && seps[n - 1] == 2)
        n--;
    if (!byline_end_ok(c, ends[n - 1], se))
        return EG_OK;
    for (size_t i = 0; i < n; i++) {
        eg_status st =
            eg_rx_add_cand(c, starts[i], ends[i], si, K_BYLINE, "person", -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* Is token i the first on its line, markup ("*", "_") aside? */
static int line_first(const ctx *c, uint32_t i) {
    if (c->tv[i].flags & EG_TOK_LINE_START)
        return 1;
    return i > 0 && attached(c, i) && (c->tv[i - 1].flags & EG_TOK_LINE_START) &&
           (tok_is(c, i - 1, "*") || tok_is(c, i - 1, "**") || tok_is(c, i - 1, "_") ||
            tok_is(c, i - 1, "__"));
}

eg_status eg_rx_rule_bylines(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb; i + 1 < se; i++) {
        uint32_t p = NONE;
        if (line_first(c, i) &&
            (tok_is(c, i, "By") || tok_is(c, i, "Author") || tok_is(c, i, "Authors")) &&
            tok_is(c, i + 1, ":")) {
            p = i + 2;
        } else if (line_first(c, i) && tok_is(c, i, "By")) {
            p = i + 1;
        } else if ((tok_is(c, i, "by") || tok_is(c, i, "By")) && i > sb) {
            uint32_t v = i - 1;
            char buf[16];
            if (!eg_rx_ascii_lower(ttext(c, v), c->tv[v].len, buf, sizeof buf) ||
                !IN_SORTED(byline_verbs, buf))
                continue;
            int start = line_first(c, v) ||
                        (v > sb && (tok_is(c, v - 1, ";") || tok_is(c, v - 1, "|"))) ||
                        (v > sb && folded_is(c, v - 1, "additional") && line_first(c, v - 1));
            if (start)
                p = i + 1;
        }
        uint32_t end, nw;
        if (p == NONE && line_first(c, i) && person_name(c, i, se, &end, &nw) && nw >= 2 &&
            end + 1 < se && tok_is(c, end, "|") && !line_first(c, end)) {
            /* "Lucía Ferreyra | Buenos Aires correspondent" */
            eg_status st =
                eg_rx_add_cand(c, i, end, si, K_BYLINE, "person", -1, EG_ORIGIN_RULE, err);
            if (st != EG_OK)
                return st;
            continue;
        }
        if (p == NONE || p >= se)
            continue;
        eg_status st = byline_names(c, si, p, se, err);
        if (st != EG_OK)
            return st;
    }
    return EG_OK;
}

/* Appends the case-folded text of tokens [tb, te) to sb, spaces where the text has them. */
static int fold_span(const ctx *c, uint32_t tb, uint32_t te, eg_strbuf *sb) {
    for (uint32_t j = tb; j < te; j++) {
        if (j > tb && (c->tv[j].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START)) &&
            eg_strbuf_putc(sb, ' ') != 0)
            return -1;
        if (eg_strbuf_append(sb, c->s->fold.data + c->s->foff.v[j], c->s->flen.v[j]) != 0)
            return -1;
    }
    return 0;
}

/* Titles followed by the name of a person known elsewhere in the article, in
 * headlines (capitals or title case), where new names are not trusted. */
eg_status eg_rx_rule_known_titles(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    eg_rulescratch *s = c->s;
    if (!s->persons.len)
        return EG_OK;
    for (uint32_t i = sb; i < se; i++) {
        uint32_t after;
        if (covered(c, i) || !eg_rx_title_at(c, i, se, &after))
            continue;
        for (uint32_t k = MAX_NAME_WORDS; k >= 2; k--) {
            if (after + k > se)
                continue;
            int ok = 1;
            for (uint32_t j = after; j < after + k && ok; j++)
                ok = !covered(c, j) && (c->tv[j].flags & EG_TOK_WORD) &&
                     !(c->tv[j].flags & EG_TOK_POSS);
            if (!ok)
                continue;
            eg_strbuf_clear(&s->name);
            if (fold_span(c, after, after + k, &s->name) != 0)
                return eg_rx_oom(c->doc->origin, 0, err);
            long found = -1;
            for (size_t off = 0; off < s->persons.len;) {
                const char *p = s->persons.data + off;
                size_t pl = strlen(p);
                uint32_t e;
                memcpy(&e, p + pl + 1, sizeof e);
                if (pl == s->name.len && memcmp(p, s->name.data, pl) == 0) {
                    found = (long)e;
                    break;
                }
                off += pl + 1 + sizeof e;
            }
            if (found < 0)
                continue;
            eg_status st = eg_rx_add_cand(c, after, after + k, si, K_KNOWN, NULL, (int32_t)found,
                                          EG_ORIGIN_RULE, err);
            if (st != EG_OK)
                return st;
            break;
        }
    }
    return EG_OK;
}

/* Is the one-word name w[0..n) a person of the article ("Talukder" from "Mr
 * Talukder")? */
static int known_surname(const ctx *c, const char *w, size_t n) {
    const eg_doc *doc = c->doc;
    for (size_t e = 0; e < doc->ents.n; e++) {
        const eg_docent *d = &doc->ents.v[e];
        if (d->gaz >= 0 || !d->mentions || strcmp(eg_rx_ent_type(c, (uint32_t)e), "person") != 0)
            continue;
        const char *nm = eg_rx_ent_name(c, (uint32_t)e);
        if (strlen(nm) == n && memcmp(nm, w, n) == 0)
            return 1;
    }
    return 0;
}

/* Whether a person of the article has the word w[0..n) in their name. */
int eg_rx_person_word(const ctx *c, const char *w, size_t n) {
    const eg_doc *doc = c->doc;
    for (size_t e = 0; e < doc->ents.n; e++) {
        if (!doc->ents.v[e].mentions || strcmp(eg_rx_ent_type(c, (uint32_t)e), "person") != 0)
            continue;
        const char *nm = eg_rx_ent_name(c, (uint32_t)e);
        for (const char *p = nm; *p;) {
            const char *q = p;
            while (*q && *q != ' ' && *q != '-')
                q++;
            if ((size_t)(q - p) == n && memcmp(p, w, n) == 0)
                return 1;
            p = *q ? q + 1 : q;
        }
    }
    return 0;
}

/* "Abdur Rouf Talukder" when the article also has "Mr Talukder": two or three
 * name words ending in the surname of a person found by a title. */
eg_status eg_rx_rule_known_surnames(ctx *c, uint32_t si, uint32_t sb, uint32_t se, eg_error *err) {
    for (uint32_t i = sb; i + 1 < se; i++) {
        uint32_t end, nw;
        if (covered(c, i) || !is_cap_word(c, i))
            continue;
        if (i > sb && is_cap_word(c, i - 1) && !covered(c, i - 1) &&
            !eg_rx_word_class(ttext(c, i - 1), c->tv[i - 1].len) && !eg_rx_title_ends_at(c, sb, i))
            continue;
        if (!person_name(c, i, se, &end, &nw) || nw < 2 || nw > 3 ||
            (end < se && (is_cap_word(c, end) || covered(c, end))))
            continue;
        uint32_t last = end - 1;
        if (!known_surname(c, ttext(c, last), c->tv[last].len))
            continue;
        eg_status st = eg_rx_add_cand(c, i, end, si, K_KNOWN, "person", -1, EG_ORIGIN_RULE, err);
        if (st != EG_OK)
            return st;
        i = end - 1;
    }
    return EG_OK;
}

/* Folded names of the article's persons with two or more words, each followed by its entity. */
int eg_rx_collect_persons(ctx *c) {
    eg_strbuf *sb = &c->s->persons;
    eg_strbuf_clear(sb);
    for (size_t e = 0; e < c->doc->ents.n; e++) {
        if (strcmp(eg_rx_ent_type(c, (uint32_t)e), "person") != 0)
            continue;
        const char *nm = eg_rx_ent_name(c, (uint32_t)e);
        if (!strchr(nm, ' '))
            continue;
        uint32_t ei = (uint32_t)e;
        if (eg_rx_fold_space(nm, strlen(nm), 1, sb) != 0 || eg_strbuf_putc(sb, '\0') != 0 ||
            eg_strbuf_append(sb, (const char *)&ei, sizeof ei) != 0)
            return -1;
    }
    return 0;
}
