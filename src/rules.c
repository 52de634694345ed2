/* rules: applying the rule set to one article: per-thread scratch, the two
 * rounds of rules, choosing among the candidates (longest span first) and
 * merging the winners into doc->ments next to the gazetteer's, and the
 * generated places that give way to names. */
#include "rules.h"

#include "rules_ctx.h"

#include <stdlib.h>
#include <string.h>

#include "tokenize.h"
#include "utf8.h"

void eg_rulescratch_set_diag(eg_rulescratch *s, eg_diag *diag) {
    s->diag = diag;
}

eg_rulescratch *eg_rulescratch_new(const eg_rules *r) {
    eg_rulescratch *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->r = r;
    eg_strbuf_init(&s->fold);
    eg_strbuf_init(&s->name);
    eg_strbuf_init(&s->persons);
    s->groups = r->max_groups;
    s->md = pcre2_match_data_create(r->max_groups + 1, NULL);
    s->mctx = pcre2_match_context_create(NULL);
    s->jit = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
    eg_tokcache_init(&s->tc, 13); /* without memory it only misses */
    if (!s->md || !s->mctx) {
        eg_rulescratch_free(s);
        return NULL;
    }
    pcre2_set_match_limit(s->mctx, 1000000);
    pcre2_set_depth_limit(s->mctx, 10000);
    pcre2_set_heap_limit(s->mctx, 20 * 1024);
    if (s->jit)
        pcre2_jit_stack_assign(s->mctx, NULL, s->jit);
    return s;
}

void eg_rulescratch_free(eg_rulescratch *s) {
    if (!s)
        return;
    pcre2_match_data_free(s->md);
    pcre2_match_context_free(s->mctx);
    pcre2_jit_stack_free(s->jit);
    free(s->cover.v);
    free(s->foff.v);
    free(s->rec_on.v);
    free(s->flen.v);
    eg_strbuf_destroy(&s->fold);
    free(s->memo_title.v);
    free(s->memo_des.v);
    eg_tokcache_destroy(&s->tc);
    free(s->memo_given.v);
    free(s->memo_lower.v);
    free(s->lower_wid.v);
    free(s->memo_class.v);
    free(s->memo_listed.v);
    free(s->occ.v);
    free(s->occ_from.v);
    free(s->occ_cur.v);
    free(s->occ_tmp.v);
    free(s->occ_end.v);
    free(s->lits);
    eg_rx_listsets_free(s);
    free(s->lower.v);
    free(s->cands.v);
    free(s->taken.v);
    free(s->removed.v);
    free(s->out.v);
    eg_strbuf_destroy(&s->name);
    eg_strbuf_destroy(&s->persons);
    free(s->lone.v);
    free(s);
}

/* A headline in title case: a line without final punctuation (or the
 * article's title) with three or more content words, nearly all capitalised. */
static int title_case(const ctx *c, uint32_t si, uint32_t sb, uint32_t se) {
    uint32_t last = se;
    while (last > sb && (c->tv[last - 1].flags & EG_TOK_PUNCT) &&
           !(c->tv[last - 1].flags & EG_TOK_SENT_PUNCT))
        last--;
    if (last > sb && (c->tv[last - 1].flags & EG_TOK_SENT_PUNCT) &&
        !(c->doc->sents.v[si].flags & EG_SENT_TITLE))
        return 0;
    uint32_t words = 0, caps = 0;
    for (uint32_t j = sb; j < se; j++) {
        const eg_token *t = &c->tv[j];
        if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_POSS) ||
            (eg_rx_tok_class(c, j) & W_FUNC))
            continue;
        words++;
        caps += (t->flags & EG_TOK_CAP) != 0;
    }
    return words >= 3 && caps * 4 > words * 3;
}

static int cmp_cand_priority(const void *a, const void *b) {
    const cand *x = a, *y = b;
    uint32_t lx = x->te - x->tb, ly = y->te - y->tb;
    if (lx != ly)
        return lx > ly ? -1 : 1;
    if (x->tb != y->tb)
        return x->tb < y->tb ? -1 : 1;
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int cmp_cand_start(const void *a, const void *b) {
    const cand *x = a, *y = b;
    return x->tb < y->tb ? -1 : x->tb > y->tb;
}

static int build_cover(ctx *c) {
    eg_rulescratch *s = c->s;
    if (EG_VEC_RESERVE(s->cover, c->ntok ? c->ntok : 1) != 0)
        return -1;
    s->cover.n = c->ntok;
    for (uint32_t j = 0; j < c->ntok; j++)
        s->cover.v[j] = NONE;
    for (size_t i = 0; i < c->doc->ments.n; i++) {
        const eg_mention *m = &c->doc->ments.v[i];
        for (uint32_t j = m->tok_begin; j < m->tok_end && j < c->ntok; j++)
            s->cover.v[j] = (uint32_t)i;
    }
    return 0;
}

static int all_caps_span(const ctx *c, uint32_t tb, uint32_t te) {
    for (uint32_t j = tb; j < te; j++)
        if ((c->tv[j].flags & EG_TOK_WORD) && !(c->tv[j].flags & EG_TOK_ALLCAPS))
            return 0;
    return 1;
}

/* Does a number stand among tokens [tb, te)? A road's number in capitals
 * ("BR-230") is a code, kept as written. */
static int numbered_span(const ctx *c, uint32_t tb, uint32_t te) {
    for (uint32_t j = tb; j < te; j++)
        if (c->tv[j].flags & EG_TOK_NUM)
            return 1;
    return 0;
}

/* Rewrites a name in capitals as a dateline gives it ("SANTA FE") in title
 * case ("Santa Fe"): letters after the first of each word lower-cased. */
static int title_case_name(eg_strbuf *sb) {
    eg_strbuf out;
    eg_strbuf_init(&out);
    int first = 1;
    for (size_t i = 0; i < sb->len;) {
        uint32_t cp;
        size_t n = eg_utf8_decode((const unsigned char *)sb->data + i, sb->len - i, &cp);
        int letter = eg_utf8_is_letter(cp);
        char enc[4];
        if (letter && !first) {
            size_t m = eg_utf8_encode(eg_utf8_lower(cp), enc);
            if (eg_strbuf_append(&out, enc, m) != 0)
                goto nomem;
        } else if (eg_strbuf_append(&out, sb->data + i, n) != 0) {
            goto nomem;
        }
        first = !letter && !eg_utf8_is_mark(cp) &&
                !poss_s(cp, (const unsigned char *)sb->data + i + n, sb->len - i - n);
        i += n;
    }
    eg_strbuf_clear(sb);
    if (eg_strbuf_append(sb, out.data ? out.data : "", out.len) != 0)
        goto nomem;
    eg_strbuf_destroy(&out);
    return 0;
nomem:
    eg_strbuf_destroy(&out);
    return -1;
}

/* Lower-case words an official name keeps between its capitalised words
 * and leaves out of its acronym: "Inspectoratul General al Poliției (IGP)". */
static const char *const acronym_gaps[] = {"a",   "al", "da", "de", "del", "della", "der",
                                           "des", "di", "do", "du", "for", "of",    "the"};

/* A discovered body cut short before lower-case words whose acronym follows
 * in brackets ("Inspectoratul General al Poliției (IGP)"): its span runs on
 * to the bracket when the acronym's letters are exactly the initials of the
 * capitalised words from its start. */
static void stretch_to_acronym(ctx *c, cand *k) {
    enum { MAX_GAP_WORDS = 6 };
    if (k->kind != K_ORG || k->ent >= 0 || !k->type ||
        (strcmp(k->type, "agency") != 0 && strcmp(k->type, "organisation") != 0))
        return;
    uint32_t se = c->doc->sents.v[k->sent].tok_end, j = k->te, gap = 0;
    while (j < se && j - k->te < MAX_GAP_WORDS && !tok_is(c, j, "(")) {
        const eg_token *t = &c->tv[j];
        if (!(t->flags & EG_TOK_WORD) || (t->flags & EG_TOK_POSS))
            return;
        if (!(t->flags & EG_TOK_CAP)) {
            if (!WORD_IN_LIST(acronym_gaps, ttext(c, j), t->len))
                return;
            gap = 1;
        }
        j++;
    }
    uint32_t a = j + 1;
    if (!gap || j == k->te || a + 1 >= se || !tok_is(c, j, "(") || !tok_is(c, a + 1, ")") ||
        is_cap_word(c, j - 1) == 0 || !(c->tv[a].flags & EG_TOK_ALLCAPS) ||
        (c->tv[a].flags & EG_TOK_DOTTED))
        return;
    const char *acr = ttext(c, a);
    size_t n = 0, len = c->tv[a].len;
    for (uint32_t i = k->tb; i < j; i++) {
        const eg_token *t = &c->tv[i];
        if (!(t->flags & EG_TOK_CAP))
            continue;
        if (!(t->flags & EG_TOK_WORD) || n >= len || ttext(c, i)[0] != acr[n])
            return;
        n++;
    }
    if (n == len)
        k->te = j;
}

static int all_caps_span(const ctx *c, uint32_t tb, uint32_t te);

/* Is token j a word in capitals (more than one letter) on no list? */
static int bare_caps_word(const ctx *c, uint32_t j) {
    return j < c->ntok && (c->tv[j].flags & EG_TOK_WORD) && (c->tv[j].flags & EG_TOK_ALLCAPS) &&
           c->tv[j].len > 1 && !covered(c, j);
}

/* A name of three words or more in capitals from a designator, inside a
 * longer run of capitals on its line: a fragment of a headline set in
 * capitals above the story ("RAIL STRIKE TO HIT EASTER GETAWAY AS UNIONS
 * REJECT ...": not "HIT EASTER GETAWAY AS"); "NORSK HYDRO ASA said" stays. */
static int caps_run_fragment(const ctx *c, const cand *k) {
    uint32_t words = 0;
    if (k->kind != K_ORG || !all_caps_span(c, k->tb, k->te))
        return 0;
    for (uint32_t j = k->tb; j < k->te; j++)
        words += (c->tv[j].flags & EG_TOK_WORD) != 0;
    if (words < 3)
        return 0;
    return (k->tb > 0 && bare_caps_word(c, k->tb - 1) &&
            !(c->tv[k->tb].flags & EG_TOK_LINE_START)) ||
           (bare_caps_word(c, k->te) && !(c->tv[k->te].flags & EG_TOK_LINE_START));
}

/* Chooses among the candidates and merges the winners into doc->ments. */
static eg_status commit(ctx *c, eg_error *err) {
    eg_rulescratch *s = c->s;
    eg_doc *doc = c->doc;
    size_t nc = s->cands.n;
    if (!nc)
        return EG_OK;
    cand *cv = s->cands.v;
    for (size_t i = 0; i < nc; i++) {
        cand *k = &cv[i];
        stretch_to_acronym(c, k);
        k->ok = 1;
        for (uint32_t j = k->tb; j < k->te && k->ok; j++) {
            if (!covered(c, j))
                continue;
            const eg_mention *m = &doc->ments.v[s->cover.v[j]];
            k->ok = k->replace && m->tok_begin >= k->tb && m->tok_end <= k->te &&
                    (m->tok_end - m->tok_begin) < (k->te - k->tb) &&
                    (eg_rx_replaceable(c, m) || (k->absorb && m->tok_begin == k->tb));
            if (k->swap && m->tok_begin == k->tb && m->tok_end == k->te)
                k->ok = 1;
            if (k->join && m->tok_end <= k->te &&
                (m->tok_begin >= k->tb ||
                 (m->tok_begin + 1 == k->tb && tok_is(c, m->tok_begin, "The"))))
                k->ok = 1; /* the place's "The" stays out: "The Bahamas National Trust" */
            if (k->inner && m->tok_begin > k->tb && m->tok_end <= k->te &&
                (m->tok_end - m->tok_begin == 1 || k->inner == 2))
                k->ok = 1; /* "Secretariat of Labour"; 2: a listed university inside
                              ("Student Federation of the University of Chile") */
        }
    }
    for (size_t i = 0; i < nc; i++)
        if (cv[i].ok && caps_run_fragment(c, &cv[i]))
            cv[i].ok = 0;
    qsort(cv, nc, sizeof *cv, cmp_cand_priority);
    if (EG_VEC_RESERVE(s->taken, c->ntok ? c->ntok : 1) != 0 ||
        EG_VEC_RESERVE(s->removed, doc->ments.n ? doc->ments.n : 1) != 0)
        return eg_rx_oom(doc->origin, 0, err);
    memset(s->taken.v, 0, c->ntok);
    memset(s->removed.v, 0, doc->ments.n);
    size_t keep = 0;
    for (size_t i = 0; i < nc; i++) {
        cand *k = &cv[i];
        if (!k->ok)
            continue;
        for (uint32_t j = k->tb; j < k->te && k->ok; j++)
            k->ok = !s->taken.v[j];
        if (!k->ok)
            continue;
        for (uint32_t j = k->tb; j < k->te; j++) {
            s->taken.v[j] = 1;
            if (covered(c, j))
                s->removed.v[s->cover.v[j]] = 1;
        }
        cv[keep++] = *k;
    }
    qsort(cv, keep, sizeof *cv, cmp_cand_start);

    s->out.n = 0;
    if (EG_VEC_RESERVE(s->out, doc->ments.n + keep + 1) != 0)
        return eg_rx_oom(doc->origin, 0, err);
    size_t mi = 0, ki = 0;
    while (mi < doc->ments.n || ki < keep) {
        if (mi < doc->ments.n && s->removed.v[mi]) {
            eg_docent *e = &doc->ents.v[doc->ments.v[mi].ent];
            if (e->mentions)
                e->mentions--;
            mi++;
            continue;
        }
        if (ki >= keep || (mi < doc->ments.n && doc->ments.v[mi].tok_begin < cv[ki].tb)) {
            s->out.v[s->out.n++] = doc->ments.v[mi++];
            continue;
        }
        const cand *k = &cv[ki++];
        long ent = k->ent;
        if (ent < 0) {
            uint32_t last = k->te - 1;
            if (last > k->tb && tok_is(c, last, ".") && k->kind == K_ORG)
                last--; /* "Sahel Gold Corp." is named "Sahel Gold Corp" */
            if (k->kind == K_ORG && last > k->tb + 1 && tok_is(c, last - 1, ","))
                last -= 2; /* "Lusolítio Minerais, S.A." is named "Lusolítio Minerais" */
            const eg_token *a = &c->tv[k->tb], *b = &c->tv[last];
            eg_strbuf_clear(&s->name);
            if (eg_rx_fold_space(c->text + a->start, b->start + b->len - a->start, 0, &s->name) !=
                0)
                return eg_rx_oom(doc->origin, 0, err);
            if ((k->kind == K_PLACE || k->kind == K_BYLINE) && all_caps_span(c, k->tb, k->te) &&
                !numbered_span(c, k->tb, k->te) && title_case_name(&s->name) != 0)
                return eg_rx_oom(doc->origin, 0, err);
            ent = eg_doc_discovered(doc, s->name.data, s->name.len, k->type);
            if (ent < 0)
                return eg_rx_oom(doc->origin, 0, err);
        }
        eg_mention *m = &s->out.v[s->out.n++];
        const eg_sentence *sn = &doc->sents.v[k->sent];
        m->tok_begin = k->tb;
        m->tok_end = k->te;
        m->start = c->tv[k->tb].start;
        m->end = c->tv[k->te - 1].start + c->tv[k->te - 1].len;
        m->ent = (uint32_t)ent;
        m->sentence = k->sent;
        m->paragraph = sn->paragraph;
        m->origin = k->origin;
        doc->ents.v[ent].mentions++;
    }
    /* swap the merged list in */
    EG_VEC_TAKE(doc->ments, s->out);
    s->cands.n = 0;
    return build_cover(c) != 0 ? eg_rx_oom(doc->origin, 0, err) : EG_OK;
}

int eg_rules_weak_place(const eg_gazetteer *g, int32_t gaz) {
    if (gaz < 0)
        return 0;
    size_t n = eg_gazetteer_nattrs(g, (size_t)gaz);
    for (size_t k = 0; k < n; k++)
        if (strcmp(eg_gazetteer_attr_name(g, (size_t)gaz, k), "source") == 0)
            return strcmp(eg_gazetteer_attr_value(g, (size_t)gaz, k), "generated") == 0;
    return 0;
}

static int one_word_place(const ctx *c, const eg_mention *m) {
    return m->origin == EG_ORIGIN_GAZETTEER && m->tok_end - m->tok_begin == 1 &&
           strcmp(eg_rx_ent_type(c, m->ent), "location") == 0;
}

/* A demonym naming a language, not its country: "known by its French
 * initials", "known in Korean as", "Russian-language forums", "a
 * French-speaking region". */
static int language_demonym(const ctx *c, const eg_mention *m) {
    static const char *const after[] = {"abbreviation", "acronym", "initials"};
    static const char *const tails[] = {"-language", "-speaking"};
    uint32_t b = m->tok_begin, e = m->tok_end;
    if (m->origin != EG_ORIGIN_DEMONYM || e - b != 1)
        return 0;
    const char *end = c->text + m->end;
    size_t left = c->doc->len - m->end;
    for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
        size_t n = strlen(tails[k]);
        if (left >= n && memcmp(end, tails[k], n) == 0)
            return 1;
    }
    if (e < c->ntok && WORD_IN_LIST(after, ttext(c, e), c->tv[e].len))
        return 1;
    return b >= 2 && e < c->ntok && tok_is(c, b - 1, "in") && tok_is(c, e, "as") &&
           (tok_is(c, b - 2, "known") || tok_is(c, b - 2, "called") || tok_is(c, b - 2, "written"));
}

/* Whether listed place m is the second part of a capitalised "Trans-"
 * compound ("the Trans-Caspian pipeline", "Trans-Adriatic Pipeline"), the
 * name of a route across it, not the place; a lower-case "trans-Caspian
 * pipeline" still names the sea. */
static int trans_compound(const ctx *c, const eg_mention *m) {
    uint32_t b = m->tok_begin;
    if (b < 2 || c->tv[b - 2].len != 5 || (ttext(c, b - 2)[0] | 0x20) != 't' ||
        !is_hyphen(c, b - 1) || !attached(c, b - 1) || !attached(c, b))
        return 0;
    const char *t = ttext(c, b - 2);
    return (memcmp(t, "Trans", 5) == 0 || memcmp(t, "TRANS", 5) == 0) &&
           strcmp(eg_rx_ent_type(c, m->ent), "location") == 0;
}

/* A generated place inside a longer capitalised run or after a title is a
 * word of a name ("Marcos Albuquerque Lins", "Mr Lins", "Salzburg Festival"),
 * a listed place after "Trans-" names a route, and a demonym naming a language
 * names no country: their mentions are dropped before the rules run. */
static void drop_weak_places(ctx *c) {
    eg_doc *doc = c->doc;
    size_t k = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        int lang = language_demonym(c, m), drop = lang;
        if (!drop && m->origin == EG_ORIGIN_GAZETTEER)
            drop = trans_compound(c, m) || eg_rx_gov_name_word(c, m);
        if (!drop && m->origin == EG_ORIGIN_GAZETTEER &&
            eg_rules_weak_place(c->g, doc->ents.v[m->ent].gaz)) {
            const eg_sentence *sn = &doc->sents.v[m->sentence];
            uint32_t b = m->tok_begin, e = m->tok_end;
            if (b > sn->tok_begin) {
                uint32_t p = b - 1;
                drop = is_cap_word(c, p) && !(eg_rx_tok_class(c, p) & W_FUNC);
                drop = drop || eg_rx_title_ends_at(c, sn->tok_begin, b);
            }
            if (!drop && e < sn->tok_end && is_cap_word(c, e))
                drop = 1;
        }
        if (!drop && m->origin == EG_ORIGIN_GAZETTEER && m->tok_end == m->tok_begin + 1 &&
            strcmp(eg_rx_ent_type(c, m->ent), "organisation") == 0) {
            /* "Labour Minister Musa Danjuma": the party's name is the first
             * word of a title, the portfolio of a minister */
            const eg_sentence *sn = &doc->sents.v[m->sentence];
            uint32_t te;
            drop = eg_rx_title_at(c, m->tok_begin, sn->tok_end, &te) && te > m->tok_end;
        }
        if (drop) {
            if (doc->ents.v[m->ent].mentions)
                doc->ents.v[m->ent].mentions--;
            /* the listed place next to it is a word of the same name
             * ("Albuquerque" in "Mr Albuquerque Lins") */
            if (!lang && k > 0 && doc->ments.v[k - 1].tok_end == m->tok_begin &&
                one_word_place(c, &doc->ments.v[k - 1])) {
                k--;
                if (doc->ents.v[doc->ments.v[k].ent].mentions)
                    doc->ents.v[doc->ments.v[k].ent].mentions--;
            }
        } else {
            doc->ments.v[k++] = doc->ments.v[i];
        }
    }
    doc->ments.n = k;
}

/* from[b] = the first of the n sorted strings get(i) whose first byte is b
 * or more, for b in 0..256. */
#define FIRST_BYTE_INDEX(from, n, get)                                                             \
    do {                                                                                           \
        size_t i_ = 0;                                                                             \
        for (unsigned b_ = 0; b_ <= 256; b_++) {                                                   \
            while (i_ < (n) && (unsigned char)(get)[0] < b_)                                       \
                i_++;                                                                              \
            (from)[b_] = (uint32_t)i_;                                                             \
        }                                                                                          \
    } while (0)

static int cmp_lit(const void *a, const void *b) {
    const struct eg_rx_lit *x = a, *y = b;
    unsigned char p = (unsigned char)x->s[0], q = (unsigned char)y->s[0];
    if (p != q)
        return p < q ? -1 : 1;
    if (x->rec != y->rec)
        return x->rec < y->rec ? -1 : 1;
    return x->s < y->s ? -1 : x->s > y->s;
}

/* The needs= literals of all recognisers grouped by first byte, for
 * find_needs; -1 on ENOMEM. */
static int index_literals(eg_rulescratch *s, const eg_rules *r) {
    size_t n = 0;
    for (int pass = 0; pass < 2; pass++) {
        n = 0;
        for (size_t k = 0; k < r->nrecs; k++) {
            const char *lit = r->recs[k].needs;
            while (lit) {
                size_t len = strcspn(lit, "|");
                if (len) {
                    if (pass)
                        s->lits[n] = (struct eg_rx_lit){lit, (uint32_t)len, (uint32_t)k};
                    n++;
                }
                lit = lit[len] ? lit + len + 1 : NULL;
            }
        }
        if (!pass) {
            free(s->lits);
            s->lits = malloc((n ? n : 1) * sizeof *s->lits);
            if (!s->lits)
                return -1;
        }
    }
    qsort(s->lits, n, sizeof *s->lits, cmp_lit);
    FIRST_BYTE_INDEX(s->lit_from, n, s->lits[i_].s);
    memset(s->lit_pair, 0, sizeof s->lit_pair);
    for (size_t i = 0; i < n; i++) {
        unsigned b0 = (unsigned char)s->lits[i].s[0];
        if (s->lits[i].n == 1) {
            for (unsigned w = 0; w < 4; w++)
                s->lit_pair[b0 << 2 | w] = ~0ull;
        } else {
            unsigned pair = b0 << 8 | (unsigned char)s->lits[i].s[1];
            s->lit_pair[pair >> 6] |= 1ull << (pair & 63);
        }
    }
    return 0;
}

static void first_byte_ranges(eg_rulescratch *s, const eg_rules *r) {
    FIRST_BYTE_INDEX(s->title_from, r->ntitles, r->title_order[i_]->words[0]);
    FIRST_BYTE_INDEX(s->des_from, r->ndes, r->des_order[i_]->form);
    FIRST_BYTE_INDEX(s->given_from, r->ngiven, r->given[i_]);
    s->from_ok = index_literals(s, r) == 0;
}

static int fold_tokens(ctx *c) {
    eg_rulescratch *s = c->s;
    eg_strbuf_clear(&s->fold);
    if (eg_strbuf_reserve(&s->fold, c->doc->len + 64) != 0)
        return -1;
    if (EG_VEC_RESERVE(s->foff, c->ntok ? c->ntok : 1) != 0 ||
        EG_VEC_RESERVE(s->flen, c->ntok ? c->ntok : 1) != 0 ||
        EG_VEC_RESERVE(s->memo_title, c->ntok ? c->ntok : 1) != 0 ||
        EG_VEC_RESERVE(s->memo_des, c->ntok ? c->ntok : 1) != 0 ||
        EG_VEC_RESERVE(s->memo_given, c->ntok ? c->ntok : 1) != 0 ||
        EG_VEC_RESERVE(s->memo_lower, c->ntok ? c->ntok : 1) != 0 ||
        EG_VEC_RESERVE(s->lower_wid, c->ntok ? c->ntok : 1) != 0 ||
        EG_VEC_RESERVE(s->memo_class, c->ntok ? c->ntok : 1) != 0 ||
        EG_VEC_RESERVE(s->memo_listed, c->ntok ? c->ntok : 1) != 0 ||
        EG_VEC_RESERVE(s->lower, 16 * (size_t)(c->ntok ? c->ntok : 1)) != 0)
        return -1;
    memset(s->memo_title.v, 0, c->ntok * sizeof *s->memo_title.v);
    memset(s->memo_des.v, 0, c->ntok * sizeof *s->memo_des.v);
    memset(s->memo_given.v, 0, c->ntok * sizeof *s->memo_given.v);
    memset(s->memo_lower.v, 0, c->ntok * sizeof *s->memo_lower.v);
    memset(s->memo_class.v, 0, c->ntok * sizeof *s->memo_class.v);
    memset(s->memo_listed.v, 0, c->ntok * sizeof *s->memo_listed.v);
    s->memo_title.n = s->memo_des.n = s->memo_given.n = s->memo_lower.n = c->ntok;
    s->lower_wid.n = s->memo_class.n = s->memo_listed.n = c->ntok;
    s->lower.n = 16 * (size_t)c->ntok;
    for (uint32_t j = 0; j < c->ntok; j++) {
        size_t before = s->fold.len, len = c->tv[j].len;
        s->foff.v[j] = (uint32_t)before;
        /* ASCII tokens through eg_fold_ascii (capitals lower-cased, '`' as
         * '\''), the rest through eg_fold */
        if (s->fold.data && s->fold.cap - before > len) {
            size_t i = eg_fold_ascii(ttext(c, j), len, 1, s->fold.data + before);
            if (i == len) {
                s->fold.len = before + len;
                s->fold.data[s->fold.len] = '\0';
                s->flen.v[j] = (uint32_t)len;
                continue;
            }
        }
        if (eg_fold(ttext(c, j), len, EG_FOLD_CASE, &s->fold) != 0)
            return -1;
        s->flen.v[j] = (uint32_t)(s->fold.len - before);
    }
    s->foff.n = s->flen.n = c->ntok;
    return 0;
}

/* May a literal start with the bytes pair >> 8, pair & 0xFF (lit_pair)? */
static inline int pair_hit(const uint64_t *lit_pair, unsigned pair) {
    return lit_pair[pair >> 6] >> (pair & 63) & 1;
}

/* Every occurrence in the article of each recogniser's needs= literals (as
 * eg_rx_needs_in looks for them), and rec_on: whether there is one. The
 * sentences then ask needs_in_sentence instead of scanning their text once
 * per literal. -1 on ENOMEM. */
static int find_needs(ctx *c) {
    eg_rulescratch *s = c->s;
    const eg_rules *r = c->r;
    const unsigned char *text = (const unsigned char *)c->doc->text;
    size_t len = c->doc->len;
    s->occ.n = s->occ_tmp.n = s->occ_end.n = 0;
    s->occ_from.n = 0;
    if (len >= UINT32_MAX || r->nrecs >= (1u << 20)) {
        /* spans would not fit: each sentence scans its text */
        for (size_t k = 0; k < r->nrecs; k++)
            s->rec_on.v[k] =
                !r->recs[k].needs || eg_rx_needs_in(r->recs[k].needs, c->doc->text, 0, len);
        return 0;
    }
    if (EG_VEC_RESERVE(s->occ_from, r->nrecs + 1) != 0 ||
        EG_VEC_RESERVE(s->occ_cur, r->nrecs + 1) != 0)
        return -1;
    /* one pass over the text: every position against the literals that
     * start with its byte, in text order, past a test of the first two bytes
     * through lit_pair (a text's last byte is paired with 0, which no literal
     * holds) */
    const uint64_t *lp = s->lit_pair;
    for (size_t p = 0; p < len; p++) {
        while (p + 1 < len && !pair_hit(lp, (unsigned)text[p] << 8 | text[p + 1]))
            p++;
        if (p + 1 == len && !pair_hit(lp, (unsigned)text[p] << 8))
            break;
        unsigned b = text[p];
        size_t rest = len - p;
        for (uint32_t i = s->lit_from[b]; i < s->lit_from[b + 1]; i++) {
            const struct eg_rx_lit *l = &s->lits[i];
            if (l->n > rest || (l->n > 1 && ((unsigned char)l->s[1] != text[p + 1] ||
                                             memcmp(text + p + 2, l->s + 2, l->n - 2) != 0)))
                continue;
            uint64_t *o = EG_VEC_PUSH(s->occ_tmp);
            uint32_t *e = EG_VEC_PUSH(s->occ_end);
            if (!o || !e)
                return -1;
            *o = (uint64_t)l->rec << 40 | p;
            *e = (uint32_t)(p + l->n);
        }
    }
    /* grouped by recogniser, each group in text order */
    for (size_t k = 0; k <= r->nrecs; k++)
        s->occ_from.v[k] = 0;
    for (size_t i = 0; i < s->occ_tmp.n; i++)
        s->occ_from.v[s->occ_tmp.v[i] >> 40]++;
    uint32_t at = 0;
    for (size_t k = 0; k < r->nrecs; k++) {
        uint32_t cnt = s->occ_from.v[k];
        s->occ_from.v[k] = at;
        s->occ_cur.v[k] = at;
        s->rec_on.v[k] = !r->recs[k].needs || cnt > 0;
        at += cnt;
    }
    s->occ_from.v[r->nrecs] = at;
    if (EG_VEC_RESERVE(s->occ, (size_t)at + 1) != 0)
        return -1;
    for (size_t i = 0; i < s->occ_tmp.n; i++) {
        uint64_t k = s->occ_tmp.v[i] >> 40, start = s->occ_tmp.v[i] & ((1ull << 40) - 1);
        s->occ.v[s->occ_cur.v[k]++] = start << 32 | s->occ_end.v[i];
    }
    s->occ.n = at;
    for (size_t k = 0; k < r->nrecs; k++)
        s->occ_cur.v[k] = s->occ_from.v[k];
    s->occ_from.n = r->nrecs + 1;
    return 0;
}

/* eg_rx_needs_in(recogniser k's needs, text, start of sb, end of se - 1):
 * does one of its literals lie inside the sentence? Sentences come in text
 * order, so each recogniser's look-up starts where the last one did. */
static int needs_in_sentence(const ctx *c, size_t k, uint32_t sb, uint32_t se) {
    eg_rulescratch *s = c->s;
    uint64_t begin = c->tv[sb].start;
    uint64_t stop = (uint64_t)c->tv[se - 1].start + c->tv[se - 1].len;
    uint32_t i = s->occ_cur.v[k], e = s->occ_from.v[k + 1];
    if (i > s->occ_from.v[k] && (s->occ.v[i - 1] >> 32) >= begin)
        i = s->occ_from.v[k]; /* out of order: from the start */
    while (i < e && (s->occ.v[i] >> 32) < begin)
        i++;
    s->occ_cur.v[k] = i;
    for (; i < e && (s->occ.v[i] >> 32) < stop; i++)
        if ((s->occ.v[i] & 0xFFFFFFFFu) <= stop)
            return 1;
    return 0;
}

eg_status eg_rules_apply(const eg_rules *r, eg_rulescratch *s, const eg_gazetteer *g, eg_doc *doc,
                         eg_error *err) {
    if (!r->finished || s->r != r || s->groups < r->max_groups)
        return eg_error_set(err, EG_ERR_USAGE, doc->origin, doc->origin_line, 0,
                            "rules not finished or scratch made for other rules");
    ctx c = {r, s, g, doc, doc->toks.v, (uint32_t)doc->toks.n, doc->text};
    eg_status st = EG_OK;
    s->cands.n = 0;
    if (!s->from_ok) {
        first_byte_ranges(s, r);
        if (!s->from_ok)
            return eg_rx_oom(doc->origin, doc->origin_line, err);
    }
    if (!c.ntok || !doc->sents.n)
        return EG_OK;
    if (fold_tokens(&c) != 0)
        return eg_rx_oom(doc->origin, doc->origin_line, err);
    drop_weak_places(&c);
    eg_rx_trim_modifiers(&c);
    if (build_cover(&c) != 0 || EG_VEC_RESERVE(s->rec_on, r->nrecs + 1) != 0 || find_needs(&c) != 0)
        return eg_rx_oom(doc->origin, doc->origin_line, err);

    for (uint32_t si = 0; si < doc->sents.n; si++) {
        const eg_sentence *sn = &doc->sents.v[si];
        uint32_t sb = sn->tok_begin, se = sn->tok_end;
        if ((sn->flags & EG_SENT_BOILER) || se <= sb)
            continue;
        int caps = (sn->flags & EG_SENT_ALLCAPS) != 0;
        if (!caps) {
            if ((st = eg_rx_rule_bylines(&c, si, sb, se, err)) != EG_OK ||
                (st = eg_rx_rule_masthead(&c, si, sb, se, err)) != EG_OK)
                return st;
            if (!title_case(&c, si, sb, se) &&
                ((st = eg_rx_rule_gov_described(&c, si, sb, se, err)) != EG_OK ||
                 (st = eg_rx_rule_gov(&c, si, sb, se, err)) != EG_OK ||
                 (st = eg_rx_rule_designators(&c, si, sb, se, err)) != EG_OK ||
                 (st = eg_rx_rule_titles(&c, si, sb, se, err)) != EG_OK ||
                 (st = eg_rx_rule_apposition(&c, si, sb, se, err)) != EG_OK ||
                 (st = eg_rx_rule_given(&c, si, sb, se, err)) != EG_OK ||
                 (st = eg_rx_rule_places(&c, si, sb, se, err)) != EG_OK ||
                 (st = eg_rx_rule_org_nouns(&c, si, sb, se, err)) != EG_OK ||
                 (st = eg_rx_rule_initials(&c, si, sb, se, err)) != EG_OK))
                return st;
        }
        for (size_t k = 0; k < r->nrecs; k++) {
            const recogniser *rc = &r->recs[k];
            if (!s->rec_on.v[k] || (caps && !(rc->flags & REC_ALLCAPS)) ||
                (rc->needs && s->occ_from.n && !needs_in_sentence(&c, k, sb, se)))
                continue;
            if ((st = s->occ_from.n ? eg_rx_rule_user_run(&c, rc, si, sb, se, err)
                                    : eg_rx_rule_user(&c, rc, si, sb, se, err)) != EG_OK)
                return st;
        }
    }
    if ((st = eg_rx_rule_plural_owner(&c, err)) != EG_OK || (st = commit(&c, err)) != EG_OK)
        return st;

    for (size_t i = 0; i < doc->ments.n; i++)
        if (eg_rx_foreign_owner(&c, &doc->ments.v[i]) != 0)
            return eg_rx_oom(doc->origin, doc->origin_line, err);
    eg_rx_rule_place_tails(&c);
    if (eg_rx_rule_party_families(&c) != 0)
        return eg_rx_oom(doc->origin, doc->origin_line, err);
    if ((st = eg_rx_rule_acronyms(&c, err)) != EG_OK ||
        (st = eg_rx_rule_native_place(&c, err)) != EG_OK ||
        (st = eg_rx_rule_initials_alias(&c, err)) != EG_OK)
        return st;
    if (eg_rx_rule_owner_listed(&c) != 0)
        return eg_rx_oom(doc->origin, doc->origin_line, err);
    if ((st = eg_rx_rule_body_joins(&c, err)) != EG_OK ||
        (st = eg_rx_rule_body_place(&c, err)) != EG_OK ||
        (st = eg_rx_rule_place_names(&c, err)) != EG_OK)
        return st;
    eg_rx_rule_gov_short(&c);
    eg_rx_rule_club_town(&c);
    if ((st = eg_rx_rule_club_bare(&c, err)) != EG_OK)
        return st;
    if (eg_rx_collect_persons(&c) != 0)
        return eg_rx_oom(doc->origin, doc->origin_line, err);
    /* "X said it" and bare names in frames ("fined Careem") first, so that
     * the rules below see them ("inside Qanat’s systems" after "fined Qanat
     * Broadband"), and the frames see the speakers ("sued Signal" after
     * "Northern Signal Communications said it") */
    for (uint32_t si = 0; si < doc->sents.n; si++) {
        const eg_sentence *sn = &doc->sents.v[si];
        uint32_t sb = sn->tok_begin, se = sn->tok_end;
        if ((sn->flags & (EG_SENT_BOILER | EG_SENT_ALLCAPS)) || se <= sb ||
            title_case(&c, si, sb, se))
            continue;
        if ((st = eg_rx_rule_says_it(&c, si, sb, se, err)) != EG_OK)
            return st;
    }
    for (uint32_t si = 0; c.r->nframes && si < doc->sents.n; si++) {
        const eg_sentence *sn = &doc->sents.v[si];
        uint32_t sb = sn->tok_begin, se = sn->tok_end;
        /* not in the title: headlines drop articles ("deal with Gulf steelmaker") */
        if ((sn->flags & (EG_SENT_BOILER | EG_SENT_ALLCAPS | EG_SENT_TITLE)) || se <= sb ||
            title_case(&c, si, sb, se))
            continue;
        if ((st = eg_rx_rule_frames(&c, si, sb, se, err)) != EG_OK)
            return st;
    }
    if ((st = commit(&c, err)) != EG_OK)
        return st;
    uint32_t home[4] = {NONE - 1, NONE - 1, NONE - 1, NONE - 1};
    for (uint32_t si = 0; si < doc->sents.n; si++) {
        const eg_sentence *sn = &doc->sents.v[si];
        uint32_t sb = sn->tok_begin, se = sn->tok_end;
        if ((sn->flags & EG_SENT_BOILER) || se <= sb)
            continue;
        int shout = (sn->flags & EG_SENT_ALLCAPS) || title_case(&c, si, sb, se);
        if (shout && (st = eg_rx_rule_known_titles(&c, si, sb, se, err)) != EG_OK)
            return st;
        if (!shout && ((st = eg_rx_rule_known_surnames(&c, si, sb, se, err)) != EG_OK ||
                       (st = eg_rx_rule_in_place(&c, si, sb, se, err)) != EG_OK ||
                       (st = eg_rx_rule_gov_bare(&c, si, sb, se, home, err)) != EG_OK))
            return st;
    }
    return commit(&c, err);
}
