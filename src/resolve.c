/* resolve: builds each article entity's short forms from its mentions and
 * full name, merges entities the article names the same way, re-points rule
 * mentions that are short forms, then tags short forms in uncovered text;
 * ambiguous forms are recorded in doc->names. Lookups go through sorted
 * indexes so that the cost stays near linear in the article's length.
 * This file holds the passes over the article's mentions and the run; the
 * form table is in resolve_forms.c, one body under other names in
 * resolve_names.c, places with and without their kind word in
 * resolve_places.c, names in two languages in resolve_translate.c, and
 * what they share in resolve_int.h. */
#include "resolve_int.h"
#include "resolve_written.h"
#include "segment.h"

static void rctx_destroy(rctx *c) {
    free(c->first.v);
    free(c->mkprev.v);
    free(c->mkcur.v);
    eg_strbuf_destroy(&c->mkstr);
    free(c->ekeys.v);
    free(c->built_ments.v);
    free(c->built_ents.v);
    eg_strbuf_destroy(&c->built_names);
    free(c->formal.v);
    free(c->tnames.v);
    free(c->tplaces.v);
    free(c->moved.v);
    eg_strbuf_destroy(&c->str);
    free(c->forms.v);
    free(c->by0.v);
    free(c->by1.v);
    free(c->sorttmp.v);
    free(c->ftmpl.v);
    free(c->pftmpl.v);
    free(c->tlast.v);
    free(c->pby0.v);
    free(c->pby1.v);
    free(c->fmap.v);
    free(c->tseen.v);
    free(c->tmpl.v);
    free(c->tslot);
    free(c->dsh.v);
    free(c->dforms.v);
    eg_strbuf_destroy(&c->dstr);
    free(c->dslot);
    free(c->miss.v);
    free(c->names.v);
    eg_strbuf_destroy(&c->namestr);
    free(c->seen.v);
    free(c->late.v);
    free(c->ntok.v);
    free(c->fits.v);
    free(c->cover.v);
    free(c->add.v);
    free(c->removed.v);
    free(c->cpa.v);
    free(c->cpb.v);
    eg_strbuf_destroy(&c->tmp);
    eg_strbuf_destroy(&c->key);
    eg_strbuf_destroy(&c->rec);
    eg_strbuf_destroy(&c->rev);
}

/* Moves every mention of entity `from` to `to` as a short form; sets
 * *changed (when not NULL) when one moved. */
void rs_move_all_mentions(rctx *c, uint32_t from, uint32_t to, int *changed) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (m->ent != from)
            continue;
        eg_doc_move_mention(doc, m, to);
        m->origin = EG_ORIGIN_SHORT;
        if (changed)
            *changed = 1;
    }
}

/* The one body with a story mention written, case folded, as f[0..n)
 * (whole) or, with `longer`, as f[0..n) and at least one word more; NONE if
 * none or two. */
uint32_t rs_sole_body_written(const rctx *c, const char *f, size_t n, int longer) {
    const eg_doc *doc = c->doc;
    uint32_t to = NONE;
    char buf[192];
    for (size_t j = 0; j < doc->ments.n; j++) {
        const eg_mention *x = &doc->ments.v[j];
        if (x->ent == to || x->end - x->start < n + (size_t)(longer != 0) ||
            in_title_sent(doc, x) || !is_body(c, x->ent))
            continue;
        size_t k =
            eg_fold_buf(doc->text + x->start, x->end - x->start, EG_FOLD_CASE, buf, sizeof buf);
        if (k == (size_t)-1 || (longer ? k <= n + 1 || buf[n] != ' ' : k != n) ||
            memcmp(buf, f, n) != 0)
            continue;
        if (to != NONE)
            return NONE;
        to = x->ent;
    }
    return to;
}

/* Whether rs_fold_space would copy s[0..n) unchanged: no leading, trailing or
 * doubled ' ', no other ASCII whitespace, and no lead byte of a non-ASCII
 * space (U+0085, U+00A0, U+1680, U+2000-U+205F, U+3000, U+FEFF). */
static int space_folded(const char *s, size_t n) {
    /* 1: a byte that may end the copy (ASCII whitespace but ' ', a lead
     * byte of a non-ASCII space), 2: ' ' (ends it when doubled) */
    static const unsigned char stop[256] = {
        ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 2,
        [0xC2] = 1, [0xE1] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1,
    };
    if (n && (s[0] == ' ' || s[n - 1] == ' '))
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned k = stop[(unsigned char)s[i]];
        if (k && (k == 1 || s[i + 1] == ' '))
            return 0;
    }
    return 1;
}

/* Appends s with whitespace runs folded to one space (ends trimmed). */
int rs_fold_space(const char *s, size_t n, eg_strbuf *sb) {
    if (space_folded(s, n))
        return eg_strbuf_append(sb, s, n);
    if (eg_strbuf_reserve(sb, n) != 0) /* the result is never longer */
        return -1;
    char *out = sb->data + sb->len;
    size_t i = 0, o = 0;
    int pend = 0, any = 0;
    while (i < n) {
        unsigned char ch = (unsigned char)s[i];
        size_t k = 1;
        int space;
        if (ch < 0x80) {
            space = ch == ' ' || (ch >= '\t' && ch <= '\r');
        } else {
            uint32_t cp;
            k = eg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
            space = (eg_utf8_class(cp) & EG_UTF8_SPACE) != 0;
        }
        if (space) {
            pend = any;
            i += k;
            continue;
        }
        if (pend)
            out[o++] = ' ';
        pend = 0;
        any = 1;
        for (size_t e = i + k; i < e; i++)
            out[o++] = s[i];
    }
    sb->len += o;
    sb->data[sb->len] = '\0';
    return 0;
}

/* ---------------------------------------------------------------- ambiguity records */

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int record_ambiguous(rctx *c, const char *form_text, size_t n) {
    eg_doc *doc = c->doc;
    doc->ambiguous++;
    size_t nf = c->fits.n;
    const char **names = malloc(nf * sizeof *names);
    if (!names)
        return -1;
    for (size_t i = 0; i < nf; i++)
        names[i] = ent_name(c, c->fits.v[i].ent);
    qsort(names, nf, sizeof *names, cmp_names);
    eg_strbuf_clear(&c->rec);
    int bad = eg_strbuf_putc(&c->rec, LIVE) || eg_strbuf_append(&c->rec, form_text, n) ||
              eg_strbuf_putc(&c->rec, '\t');
    for (size_t i = 0; i < nf && !bad; i++) {
        if (i && strcmp(names[i], names[i - 1]) == 0)
            continue;
        bad = (i && eg_strbuf_putc(&c->rec, '|')) || eg_strbuf_puts(&c->rec, names[i]);
    }
    free(names);
    if (bad)
        return -1;
    for (size_t off = 0; off < doc->names.len;) {
        const char *p = doc->names.data + off;
        size_t l = strlen(p);
        if (l == c->rec.len && memcmp(p, c->rec.data, l) == 0)
            return 0;
        off += l + 1;
    }
    return eg_strbuf_append(&doc->names, c->rec.data, c->rec.len) ||
                   eg_strbuf_putc(&doc->names, '\0')
               ? -1
               : 0;
}

int eg_resolve_ambiguous(const eg_doc *doc, eg_strbuf *sb) {
    for (size_t off = 0; off < doc->names.len;) {
        const char *p = doc->names.data + off;
        size_t l = strlen(p);
        if (p[0] == LIVE &&
            (eg_strbuf_append(sb, p + 1, l - 1) != 0 || eg_strbuf_putc(sb, '\n') != 0))
            return -1;
        off += l + 1;
    }
    return 0;
}

/* ---------------------------------------------------------------- passes */

/* Decides one short form given c->fits: returns the entity to use, NONE to
 * leave it, or NONE with *ambiguous set. */
uint32_t rs_decide(rctx *c, uint32_t start, int in_title, int *ambiguous) {
    *ambiguous = 0;
    if (c->fits.n == 0)
        return NONE;
    if (c->fits.n > 1 && !in_title) {
        /* only what the story has named so far can be meant: "Ms García"
         * after "Ana María García Robles", before "Luis García Ferrer" */
        size_t before = 0, at = 0;
        for (size_t f = 0; f < c->fits.n; f++)
            if (c->fits.v[f].pos < start) {
                before++;
                at = f;
            }
        if (before == 1)
            return c->fits.v[at].ent;
    }
    if (c->fits.n > 1) {
        *ambiguous = 1;
        return NONE;
    }
    const fit *f = &c->fits.v[0];
    return (f->pos < start || in_title) ? f->ent : NONE;
}

/* Whether the space-separated words of name include w[0..n). */
static int has_word(const char *name, const char *w, size_t n) {
    for (const char *p = name; p;) {
        const char *q = strchr(p, ' ');
        size_t l = q ? (size_t)(q - p) : strlen(p);
        if (l == n && memcmp(p, w, n) == 0)
            return 1;
        p = q ? q + 1 : NULL;
    }
    return 0;
}

/* Whether c->add already holds a mention of entity e written w[0..n) that
 * starts before `before`. */
static int added_before(const rctx *c, uint32_t e, const char *w, size_t n, uint32_t before) {
    for (size_t i = 0; i < c->add.n; i++) {
        const eg_mention *m = &c->add.v[i];
        if (m->ent == e && m->start < before && m->end - m->start == n &&
            memcmp(c->doc->text + m->start, w, n) == 0)
            return 1;
    }
    return 0;
}

/* Settles an organisation's first word w[0..n) at `start` against persons of
 * the article with that word in their name. The person wins once named
 * before it (or in the title); the organisation wins while the person is
 * still to come ("Veldmaat hired ..." after "Veldmaat Precision", before
 * "Marloes Veldmaat"), and keeps the word afterwards when the article used
 * it for the organisation before the person came. */
static void filter_first(rctx *c, const char *w, size_t n, uint32_t start, int in_title) {
    const uint32_t *first = c->first.v;
    int org_fit = 0;
    for (size_t i = 0; i < c->fits.n; i++)
        org_fit |= c->fits.v[i].kinds == (1u << F_FIRST);
    if (!org_fit)
        return;
    /* a fit to drop gets kinds 0, which no fit has otherwise */
    for (size_t i = 0; i < c->fits.n; i++) {
        fit f = c->fits.v[i];
        if (f.kinds != (1u << F_FIRST))
            continue;
        for (size_t e = 0; e < c->doc->ents.n; e++) {
            if (!c->doc->ents.v[e].mentions || !is_person(c, (uint32_t)e) ||
                !has_word(ent_name(c, (uint32_t)e), w, n))
                continue;
            int before = in_title || first[e] == NONE || first[e] < start;
            if (before && !(!in_title && f.pos < start && first[e] != NONE &&
                            added_before(c, f.ent, w, n, first[e]))) {
                c->fits.v[i].kinds = 0;
                break;
            }
            if (f.pos >= start)
                continue;
            for (size_t j = 0; j < c->fits.n; j++)
                if (c->fits.v[j].ent == (uint32_t)e)
                    c->fits.v[j].kinds = 0;
        }
    }
    size_t k = 0;
    for (size_t i = 0; i < c->fits.n; i++)
        if (c->fits.v[i].kinds)
            c->fits.v[k++] = c->fits.v[i];
    c->fits.n = k;
}

/* Drops fits made only by a body's head word ("Commission") or a river's
 * name ("Tapajós") unless "the" comes before it. After "the", a river's
 * name beats every body, as writers name a company without "the": "along
 * the Tapajós" after "Tapajós River" and "Tapajós Dourado Mineração". */
static void filter_head(rctx *c, int after_the) {
    const uint32_t weak = (1u << F_HEAD) | (1u << F_RIVER);
    int river = 0;
    for (size_t i = 0; i < c->fits.n; i++)
        river |= (c->fits.v[i].kinds & (1u << F_RIVER)) != 0;
    size_t k = 0;
    for (size_t i = 0; i < c->fits.n; i++) {
        uint32_t kinds = c->fits.v[i].kinds;
        if (!after_the && !(kinds & ~weak))
            continue;
        if (after_the && river && !(kinds & (1u << F_RIVER)) && is_body(c, c->fits.v[i].ent))
            continue;
        c->fits.v[k++] = c->fits.v[i];
    }
    c->fits.n = k;
}

/* Drops fits that are one-word persons (from "Mr Doe") when another fit has
 * that word as its surname: "Doe" is then a short form of "John Doe", not a
 * second candidate. */
static void collapse_fits(rctx *c) {
    size_t k = 0;
    for (size_t i = 0; i < c->fits.n; i++) {
        uint32_t x = c->fits.v[i].ent;
        const char *xn = ent_name(c, x);
        int drop = 0;
        char key[128];
        size_t xl, kl;
        if (c->doc->ents.v[x].gaz < 0 && is_person(c, x) && !strchr(xn, ' ') &&
            (kl = eg_fold_buf(xn, xl = strlen(xn), 0, key, sizeof key)) != (size_t)-1) {
            size_t lo = 0, hi = c->forms.n;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                const keyref *r = &c->by0.v[mid];
                int d = memcmp(r->k, key, r->len < kl ? r->len : kl);
                if (d < 0 || (d == 0 && r->len < kl))
                    lo = mid + 1;
                else
                    hi = mid;
            }
            for (; lo < c->forms.n && !drop; lo++) {
                const keyref *r = &c->by0.v[lo];
                if (r->len != kl || memcmp(r->k, key, kl) != 0)
                    break;
                const form *fm = &c->forms.v[r->form];
                if (fm->kind != F_SURNAME || fm->ent == x || fm->len != xl ||
                    memcmp(c->str.data + fm->off, xn, xl) != 0)
                    continue;
                for (size_t j = 0; j < c->fits.n && !drop; j++)
                    drop = j != i && c->fits.v[j].ent == fm->ent;
            }
        }
        if (!drop)
            c->fits.v[k++] = c->fits.v[i];
    }
    c->fits.n = k;
}

static int cmp_nameref(const void *a, const void *b) {
    const nameref *x = a, *y = b;
    int r = strcmp(x->name, y->name);
    return r ? r : (x->ent > y->ent) - (x->ent < y->ent);
}

/* Indexes the article's entities that have mentions by canonical name, all
 * unseen. Pass 1 then marks each entity seen once a mention of it is behind
 * it, so "mentioned earlier" costs a binary search instead of a walk over
 * the mentions before. 0, or -1 on ENOMEM. */
static int build_names(rctx *c) {
    eg_doc *doc = c->doc;
    size_t ne = doc->ents.n;
    if (EG_VEC_RESERVE(c->names, ne ? ne : 1) != 0 || EG_VEC_RESERVE(c->seen, ne ? ne : 1) != 0)
        return -1;
    uint8_t *has = c->seen.v;
    memset(has, 0, ne);
    for (size_t i = 0; i < doc->ments.n; i++)
        has[doc->ments.v[i].ent] = 1;
    /* copied: doc->names grows (ambiguity records) while the index is in use */
    eg_strbuf_clear(&c->namestr);
    for (size_t e = 0; e < ne; e++) {
        const char *nm = ent_name(c, (uint32_t)e);
        if (has[e] && eg_strbuf_append(&c->namestr, nm, strlen(nm) + 1) != 0)
            return -1;
    }
    size_t k = 0, off = 0;
    for (size_t e = 0; e < ne; e++) {
        if (!has[e])
            continue;
        const char *nm = c->namestr.data + off;
        c->names.v[k++] = (nameref){nm, (uint32_t)e};
        off += strlen(nm) + 1;
    }
    c->names.n = k;
    qsort(c->names.v, k, sizeof *c->names.v, cmp_nameref);
    memset(has, 0, ne);
    c->seen.n = ne;
    c->late.n = 0;
    return 0;
}

static int mark_seen(rctx *c, uint32_t e) {
    if (e < c->seen.n) {
        c->seen.v[e] = 1;
        return 0;
    }
    for (size_t i = 0; i < c->late.n; i++)
        if (c->late.v[i] == e)
            return 0;
    uint32_t *p = EG_VEC_PUSH(c->late);
    if (!p)
        return -1;
    *p = e;
    return 0;
}

static int named_fits(const rctx *c, uint32_t e, const char *key, size_t n, uint32_t self,
                      int body) {
    const char *nm = ent_name(c, e);
    return e != self && strncmp(nm, key, n) == 0 && nm[n] == ' ' &&
           (body ? is_body(c, e) : is_person(c, e));
}

/* The one seen entity other than `self` whose name is key[0..n) and more
 * words ("Pongsakorn" of "Pongsakorn Thanasiri"): a person, or with `body`
 * an organisation or agency. NONE if none or two fit. */
static uint32_t named_before(const rctx *c, const char *key, size_t n, uint32_t self, int body) {
    size_t lo = 0, hi = c->names.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strncmp(c->names.v[mid].name, key, n) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    uint32_t found = NONE;
    for (; lo < c->names.n && strncmp(c->names.v[lo].name, key, n) == 0; lo++) {
        uint32_t e = c->names.v[lo].ent;
        if (!c->seen.v[e] || e == found || !named_fits(c, e, key, n, self, body))
            continue;
        if (found != NONE)
            return NONE;
        found = e;
    }
    for (size_t i = 0; i < c->late.n; i++) {
        uint32_t e = c->late.v[i];
        if (e == found || !named_fits(c, e, key, n, self, body))
            continue;
        if (found != NONE)
            return NONE;
        found = e;
    }
    return found;
}

/* Malay, Indonesian and Thai forms of address, which stand before the first
 * word of a name ("Datuk Seri Norazlan" of "Norazlan Mohd Yusof", "Tan Sri
 * Yap" of "Yap Kok Leong", "Khun Somchai"). Sorted. */
static const char *const given_titles[] = {
    "Bapak", "Cik", "Datin", "Dato", "Datuk", "Encik", "Ibu", "Khun", "Puan", "Seri", "Sri", "Tun",
};

/* "Mr Pongsakorn" after "Pongsakorn Thanasiri": an honorific and the first
 * word of exactly one person named earlier (Thai and Icelandic usage), when no
 * person has it as a surname. NONE if none or two fit. */
static uint32_t given_after_title(rctx *c, const eg_mention *m, const char *key, size_t n) {
    const eg_doc *doc = c->doc;
    if (m->tok_end - m->tok_begin != 1 || m->tok_begin == 0)
        return NONE;
    const eg_token *p = &doc->toks.v[m->tok_begin - 1];
    if (!WORD_IN(honorifics, doc->text + p->start, p->len) &&
        !WORD_IN(given_titles, doc->text + p->start, p->len))
        return NONE;
    uint32_t found = named_before(c, key, n, m->ent, 0);
    if (found != NONE)
        return found;
    /* "Mr Asman" after "Azman Rahim": the given name misspelt by one edit */
    c->fits.n = 0;
    if (rs_lookup_misspelt_kind(c, key, n, 0, m->ent, F_GIVEN, 0) != 0)
        return NONE;
    size_t k = 0;
    for (size_t f = 0; f < c->fits.n; f++)
        if (is_person(c, c->fits.v[f].ent))
            c->fits.v[k++] = c->fits.v[f];
    c->fits.n = k;
    if (c->fits.n == 1 && c->fits.v[0].pos < m->start)
        found = c->fits.v[0].ent;
    c->fits.n = 0;
    return found;
}

/* A discovered person without an honorific whose name is a short form of an
 * organisation or agency named earlier ("Truong Son said" after "Truong Son
 * Energy JSC"), or anywhere when `in_title`, is that body. NONE if none or
 * two fit; UINT32_MAX - 1 on ENOMEM. */
static uint32_t person_as_body(rctx *c, const eg_mention *m, const char *key, size_t n,
                               int in_title) {
    const eg_doc *doc = c->doc;
    if (m->tok_begin > 0) {
        const eg_token *p = &doc->toks.v[m->tok_begin - 1];
        if (WORD_IN(honorifics, doc->text + p->start, p->len))
            return NONE;
    }
    c->fits.n = 0;
    if (rs_lookup(c, key, n, 0,
                  (1u << F_EXACT) | (1u << F_BASE) | (1u << F_FIRST) | (1u << F_ACRONYM),
                  m->ent) != 0)
        return UINT32_MAX - 1;
    size_t k = 0;
    for (size_t f = 0; f < c->fits.n; f++) {
        const char *t = ent_type(c, c->fits.v[f].ent);
        if (strcmp(t, "organisation") == 0 || strcmp(t, "agency") == 0)
            c->fits.v[k++] = c->fits.v[f];
    }
    c->fits.n = k;
    uint32_t to = (k == 1 && (c->fits.v[0].pos < m->start || in_title)) ? c->fits.v[0].ent : NONE;
    c->fits.n = 0;
    return to;
}

/* Whether name is key[0..n) and legal forms after it ("Mkopo Haraka Ltd" of
 * "Mkopo Haraka"), which a company's name without them stands for wherever
 * it comes. */
static int legal_extension(const char *name, const char *key, size_t n) {
    if (strncmp(name, key, n) != 0 || name[n] != ' ')
        return 0;
    int any = 0;
    for (const char *p = name + n; *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        const char *q = p;
        while (*q && *q != ' ' && *q != ',')
            q++;
        if (q == p)
            break;
        if (!WORD_IN(legal_forms, p, (size_t)(q - p)))
            return 0;
        any = 1;
        p = q;
    }
    return any;
}

/* A one-word organisation the rules made of the mention m, which the
 * article writes nowhere else, that is the surname of exactly one person
 * named before it and a short form of no body, is that person
 * ("Bellandini, a construction entrepreneur who bought the club" after
 * "Renzo Bellandini"). NONE if not; UINT32_MAX - 1 on ENOMEM. */
static uint32_t body_as_person(rctx *c, const eg_mention *m, const char *key, size_t n) {
    const eg_doc *doc = c->doc;
    int hyphened = m->tok_end - m->tok_begin == 3 &&
                   ntok_hyphen(doc->text, &doc->toks.v[m->tok_begin + 1]) &&
                   ntok_attached(&doc->toks.v[m->tok_begin + 1]) &&
                   ntok_attached(&doc->toks.v[m->tok_begin + 2]);
    if ((m->tok_end - m->tok_begin != 1 && !hyphened) || doc->ents.v[m->ent].gaz >= 0 ||
        doc->ents.v[m->ent].mentions != 1 || strcmp(ent_type(c, m->ent), "organisation") != 0)
        return NONE;
    c->fits.n = 0;
    if (rs_lookup(c, key, n, 0, 1u << F_SURNAME, m->ent) != 0)
        return UINT32_MAX - 1;
    size_t k = 0;
    for (size_t f = 0; f < c->fits.n; f++)
        if (is_person(c, c->fits.v[f].ent) && doc->ents.v[c->fits.v[f].ent].mentions)
            c->fits.v[k++] = c->fits.v[f];
    c->fits.n = k;
    collapse_fits(c);
    uint32_t to = (c->fits.n == 1 && c->fits.v[0].pos < m->start) ? c->fits.v[0].ent : NONE;
    c->fits.n = 0;
    return to;
}

/* Prepositions after which a word names a place, not a body ("clashes
 * near Fezzan"; not "to": "sold to Aurelian"; "in" only as locative_in
 * allows: not "invested in Akakus"). Sorted. */
static const char *const place_preps[] = {
    "across", "around", "inside", "near", "outside", "throughout", "toward", "towards",
};

/* Lower-case nouns before "of" that make the next name a place ("the town
 * of Nordkapp", "the port of Durban", "residents of Beşiktaş", "the
 * outskirts of Kono": a body has no residents or outskirts). Sorted. */
static const char *const place_nouns[] = {
    "capital",      "city",      "county", "district", "inhabitants", "island",
    "municipality", "outskirts", "port",   "province", "region",      "residents",
    "settlement",   "suburb",    "town",   "township", "village",
};

/* Whether token t is a word of place_nouns, its capital first letter
 * aside when it opens the sentence (`first`: "Residents of Beşiktaş"; the
 * "City of Johannesburg" inside a sentence is a body's name). */
static int place_noun(const eg_doc *doc, const eg_token *t, int first) {
    char w[16];
    if (!is_word(t) || t->len >= sizeof w)
        return 0;
    memcpy(w, doc->text + t->start, t->len);
    if (first)
        w[0] = ascii_lower(w[0]);
    return WORD_IN(place_nouns, w, t->len);
}

/* The mention that starts at token j, or NULL (doc->ments is sorted). */
static const eg_mention *mention_at(const eg_doc *doc, uint32_t j) {
    size_t lo = 0, hi = doc->ments.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->ments.v[mid].tok_begin < j)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < doc->ments.n && doc->ments.v[lo].tok_begin == j ? &doc->ments.v[lo] : NULL;
}

/* Words that make a name after "in" a body, not a place, when they come
 * shortly before it: "invested $40 million in Akakus", "a stake in Kolwezi",
 * "Shares in Sahab fell", "confidence in". Sorted, lower case. */
static const char *const body_in_words[] = {
    "confidence", "exchanges", "faith",        "holding",      "holdings",   "interest",
    "interests",  "invest",    "invested",     "investing",    "investment", "investments",
    "investors",  "involved",  "job",          "jobs",         "position",   "positions",
    "role",       "share",     "shareholders", "shareholding", "shares",     "stake",
    "stakes",     "trust",     "work",         "worked",       "working",
};

/* Whether "in" before token tb names a place: no word of body_in_words among
 * the twelve tokens before "in" in the sentence starting at sb ("Workers in
 * Okitipa", "a haulier based across the border in Edirne"; not "invested a
 * combined $5 million in Okitipa"), and no number right after the name at
 * te ("in Ligue 2"). */
static int locative_in(const rctx *c, uint32_t tb, uint32_t te, uint32_t sb, uint32_t se) {
    const eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    if (tb <= sb || tv[tb - 1].len != 2 ||
        !(ntok_is(doc->text, &tv[tb - 1], "in") || ntok_is(doc->text, &tv[tb - 1], "In")) ||
        (te < se && (tv[te].flags & EG_TOK_NUM)))
        return 0;
    for (uint32_t j = tb - 1, k = 0; j > sb && k < 12; k++) {
        const eg_token *t = &tv[--j];
        char w[16];
        if (t->len >= sizeof w || !is_word(t))
            continue;
        for (uint32_t i = 0; i < t->len; i++)
            w[i] = ascii_lower(doc->text[t->start + i]);
        if (WORD_IN(body_in_words, w, t->len))
            return 0;
    }
    return 1;
}

/* A listed country, or a listed state, province, region or territory, named
 * at token j and not as a possessive or the head of a compound ("Ontario",
 * not "Ontario’s" nor "Ontario-based"). */
static int region_at(const rctx *c, uint32_t j, uint32_t se) {
    const eg_doc *doc = c->doc;
    const eg_mention *x = mention_at(doc, j);
    if (!x || x->origin != EG_ORIGIN_GAZETTEER || doc->ents.v[x->ent].gaz < 0)
        return 0;
    if (x->tok_end < se && ((doc->toks.v[x->tok_end].flags & EG_TOK_POSS) ||
                            ntok_hyphen(doc->text, &doc->toks.v[x->tok_end])))
        return 0;
    return eg_gazetteer_country_or_area(c->g, (size_t)doc->ents.v[x->ent].gaz, 1);
}

/* Whether the text around tokens [tb, te) of sentence [sb, se) says they
 * name a place: "the town of X", "X, <listed region or country>", a
 * preposition of place before X ("near X") or a locative "in" ("workers in
 * X"). Such a name stays a place, not the short form of a body named after
 * it. */
static int place_context(const rctx *c, uint32_t tb, uint32_t te, uint32_t sb, uint32_t se) {
    const eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    if (tb >= sb + 2 && ntok_is(doc->text, &tv[tb - 1], "of") &&
        place_noun(doc, &tv[tb - 2], tb - 2 == sb))
        return 1;
    if (te + 1 < se && ntok_is(doc->text, &tv[te], ",") && region_at(c, te + 1, se))
        return 1;
    if (locative_in(c, tb, te, sb, se))
        return 1;
    return tb > sb && WORD_IN(place_preps, doc->text + tv[tb - 1].start, tv[tb - 1].len);
}

int rs_place_context(const rctx *c, uint32_t tb, uint32_t te, uint32_t sb, uint32_t se) {
    return place_context(c, tb, te, sb, se);
}

/* A discovered place without "the" that starts the name of an organisation
 * named earlier is that organisation ("said Indus Valley had" after "Indus
 * Valley Power Holdings"; "in the Rift Valley" stays a place). NONE if none or
 * two fit. */
static uint32_t org_prefix(const rctx *c, const eg_mention *m, const char *key, size_t n) {
    const eg_doc *doc = c->doc;
    if (strcmp(ent_type(c, m->ent), "location") != 0)
        return NONE;
    if (m->tok_begin > 0) {
        const eg_token *p = &doc->toks.v[m->tok_begin - 1];
        if (ntok_is(doc->text, p, "the") || ntok_is(doc->text, p, "The"))
            return NONE;
    }
    const eg_sentence *sn = &doc->sents.v[m->sentence];
    if (place_context(c, m->tok_begin, m->tok_end, sn->tok_begin, sn->tok_end))
        return NONE; /* "the town of Nordkapp" after "Nordkapp Energi ASA" */
    return named_before(c, key, n, m->ent, 1);
}

/* Does the name start with a sports club's head word ("CD", "Club")? */
static int club_name(const char *nm) {
    const char *sp = strchr(nm, ' ');
    return sp && WORD_IN(club_heads, nm, (size_t)(sp - nm));
}

/* A discovered place that is the name of a sports club of the article
 * without its head ("Puerto Nuevo" of "Club Atlético Puerto Nuevo", named
 * earlier or anywhere from the title) is that club; a listed place never is.
 * key[0..n) is the mention's folded text. NONE if none or two fit;
 * UINT32_MAX - 1 on ENOMEM. */
static uint32_t club_place(rctx *c, const eg_mention *m, const char *key, size_t n, int in_title) {
    if (strcmp(ent_type(c, m->ent), "location") != 0 || c->doc->ents.v[m->ent].gaz >= 0)
        return NONE;
    c->fits.n = 0;
    if (rs_lookup(c, key, n, 0, 1u << F_BASE, m->ent) != 0)
        return UINT32_MAX - 1;
    size_t k = 0;
    for (size_t f = 0; f < c->fits.n; f++) {
        uint32_t e = c->fits.v[f].ent;
        if (strcmp(ent_type(c, e), "organisation") == 0 && club_name(ent_name(c, e)) &&
            c->doc->ents.v[e].mentions)
            c->fits.v[k++] = c->fits.v[f];
    }
    c->fits.n = k;
    uint32_t to = (k == 1 && (c->fits.v[0].pos < m->start || in_title)) ? c->fits.v[0].ent : NONE;
    c->fits.n = 0;
    return to;
}

/* Whether rule mention i (of the pass's loop) follows a country's
 * possessive that is not listed body e's country: "Uganda’s Ports
 * Authority" is no short form of "Tanzania Ports Authority". */
static int other_owner(const rctx *c, size_t i, uint32_t e) {
    const eg_doc *doc = c->doc;
    const eg_mention *m = &doc->ments.v[i];
    int32_t g = doc->ents.v[e].gaz;
    if (g < 0 || i == 0 || m->tok_begin < 2 || !(doc->toks.v[m->tok_begin - 1].flags & EG_TOK_POSS))
        return 0;
    const eg_mention *o = &doc->ments.v[i - 1];
    int32_t og = doc->ents.v[o->ent].gaz;
    const char *own = eg_gazetteer_attr(c->g, (size_t)g, "country");
    return o->tok_end == m->tok_begin - 1 && og >= 0 &&
           strcmp(eg_gazetteer_type(c->g, (size_t)og), "country") == 0 && own && strlen(own) == 3 &&
           strcmp(own, eg_gazetteer_key(c->g, (size_t)og)) != 0;
}

/* Can a rule mention of entity b be a short form of entity a? Persons of
 * persons; organisations and agencies of either ("Defence Ministry"); other
 * types of their own type. */
static int same_kind(const rctx *c, uint32_t a, uint32_t b) {
    const char *ta = ent_type(c, a), *tb = ent_type(c, b);
    if (strcmp(ta, tb) == 0)
        return 1;
    int ba = strcmp(ta, "organisation") == 0 || strcmp(ta, "agency") == 0;
    int bb = strcmp(tb, "organisation") == 0 || strcmp(tb, "agency") == 0;
    return ba && bb;
}

/* The gazetteer entity whose form is the reversed name s[0..n) of a
 * discovered body ("Labor Department" -> a listed "Department of Labor"),
 * of the same kind as doc entity e; -1 if none, -2 on ENOMEM. */
static long listed_reversal(rctx *c, const char *s, size_t n, uint32_t e) {
    if (rs_tokenize_name(c, s, n) != 0)
        return -2;
    size_t words = 0;
    for (size_t i = 0; i < c->ntok.n; i++)
        words += is_word(&c->ntok.v[i]);
    if (words < 2)
        return -1;
    if (rs_reverse_name(s, c->ntok.v, c->ntok.n, words, &c->rev) != 0 ||
        eg_strbuf_putc(&c->rev, '\0') != 0)
        return -2;
    if (c->rev.len <= 1)
        return -1;
    long g = eg_gazetteer_find(c->g, c->rev.data);
    if (g < 0)
        return -1;
    const char *tg = eg_gazetteer_type(c->g, (size_t)g), *te = ent_type(c, e);
    int bg = strcmp(tg, "organisation") == 0 || strcmp(tg, "agency") == 0;
    int be = strcmp(te, "organisation") == 0 || strcmp(te, "agency") == 0;
    return (strcmp(tg, te) == 0 || (bg && be)) ? g : -1;
}

/* The folded lookup form of mention m's text in c->tmp (c->key holds the
 * spaces-folded text). 0, or -1 on ENOMEM. */
int rs_mention_form(rctx *c, const eg_mention *m) {
    eg_strbuf_clear(&c->key);
    if (rs_fold_space(c->doc->text + m->start, m->end - m->start, &c->key) != 0)
        return -1;
    eg_strbuf_clear(&c->tmp);
    return eg_fold(c->key.data, c->key.len, 0, &c->tmp) != 0 ? -1 : 0;
}

/* Fills c->fits with the persons of the article whose surname mention m
 * is written as; -1 on ENOMEM. */
static int surname_persons(rctx *c, const eg_mention *m) {
    if (rs_mention_form(c, m) != 0)
        return -1;
    c->fits.n = 0;
    if (rs_lookup(c, c->tmp.data, c->tmp.len, 0, 1u << F_SURNAME, m->ent) != 0)
        return -1;
    size_t k = 0;
    for (size_t f = 0; f < c->fits.n; f++)
        if (is_person(c, c->fits.v[f].ent))
            c->fits.v[k++] = c->fits.v[f];
    c->fits.n = k;
    collapse_fits(c);
    return 0;
}

/* A generated place that is the surname of a person of the article is that
 * person ("Chanda" after "Mwila Chanda"). */
static int weak_place_surname(rctx *c, eg_mention *m) {
    eg_doc *doc = c->doc;
    if (surname_persons(c, m) != 0)
        return -1;
    if (c->fits.n != 1)
        return 0;
    eg_doc_move_mention(doc, m, c->fits.v[0].ent);
    m->origin = EG_ORIGIN_SHORT;
    return 0;
}

/* Whether the article names place entity `e` outside the title, as written
 * by mention m, before `pos` ("spill off Negombo" in the title, and "between
 * Negombo and Chilaw" before the "Negombo Fisheries Solidarity Union"). */
static int place_named_before(const rctx *c, const eg_mention *m, uint32_t e, uint32_t pos) {
    const eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *x = &doc->ments.v[i];
        if (x->start >= pos)
            break;
        if (x != m && x->ent == e && !(doc->sents.v[x->sentence].flags & EG_SENT_TITLE))
            return 1;
    }
    return 0;
}

/* Words before a name that make it a place even where a person of that name
 * is in the article ("in Medina", "from Medina"), and where the article
 * names that place before and never writes the bare name for a body ("stay
 * in Waterloo"; not "invested in Nordkapp" after "Nordkapp said"). Sorted. */
static const char *const place_before[] = {"at", "from", "in", "into", "to", "via"};

static int company_verb_after(const rctx *c, const eg_mention *m, const eg_sentence *sn);

/* Whether body b has a mention before m written as m is. */
static int body_written_as(const rctx *c, uint32_t b, const eg_mention *m) {
    const eg_doc *doc = c->doc;
    size_t n = m->end - m->start;
    for (size_t i = 0; i < doc->ments.n && doc->ments.v[i].start < m->start; i++) {
        const eg_mention *x = &doc->ments.v[i];
        if (x->ent == b && x->end - x->start == n &&
            memcmp(doc->text + x->start, doc->text + m->start, n) == 0)
            return 1;
    }
    return 0;
}

/* A generated place that is a short form of an organisation or agency named
 * earlier (anywhere, in the title) is that body ("Sahab" after "Sahab Cloud
 * Company"), unless a preposition of place comes before it or, in the
 * title, the story names the place before the body, or "in", "at", "from"
 * ... comes before it, the story names the place before and never writes
 * its bare name for the body ("offices in Kolwezi" after "near Kolwezi" and
 * "Kolwezi Huaxin Mining"). Call with c->tmp holding the mention's lookup
 * form. */
static int weak_place_body(rctx *c, eg_mention *m) {
    eg_doc *doc = c->doc;
    const eg_sentence *sn = &doc->sents.v[m->sentence];
    if (place_context(c, m->tok_begin, m->tok_end, sn->tok_begin, sn->tok_end))
        return 0;
    c->fits.n = 0;
    if (rs_lookup(c, c->tmp.data, c->tmp.len, 0, (1u << F_EXACT) | (1u << F_FIRST) | (1u << F_BASE),
                  m->ent) != 0)
        return -1;
    size_t k = 0;
    for (size_t f = 0; f < c->fits.n; f++)
        if (is_body(c, c->fits.v[f].ent) && doc->ents.v[c->fits.v[f].ent].mentions)
            c->fits.v[k++] = c->fits.v[f];
    c->fits.n = k;
    int amb, in_title = (doc->sents.v[m->sentence].flags & EG_SENT_TITLE) != 0;
    uint32_t to = rs_decide(c, m->start, in_title, &amb);
    c->fits.n = 0;
    if (to != NONE && in_title && place_named_before(c, m, m->ent, c->first.v[to]))
        to = NONE;
    if (to != NONE && !in_title && m->tok_begin > sn->tok_begin &&
        WORD_IN(place_before, doc->text + doc->toks.v[m->tok_begin - 1].start,
                doc->toks.v[m->tok_begin - 1].len) &&
        place_named_before(c, m, m->ent, m->start) && !body_written_as(c, to, m))
        to = NONE; /* "raided its offices in Kolwezi" after "near Kolwezi" */
    if (to != NONE && !in_title && place_named_before(c, m, m->ent, m->start) &&
        !body_written_as(c, to, m) && !company_verb_after(c, m, sn))
        to = NONE; /* "Maastricht sits near the border" after a dateline's "MAASTRICHT" */
    if (to != NONE) {
        eg_doc_move_mention(doc, m, to);
        m->origin = EG_ORIGIN_SHORT;
    }
    return 0;
}

/* A discovered place of two words or more that is the name of a body named
 * before without its generic head ("Serra Verde" after "Laboratório Serra
 * Verde") is that body, where the text does not make it a place (checked by
 * the caller). NONE if none or two fit; UINT32_MAX - 1 on ENOMEM. */
static uint32_t headless_body(rctx *c, const eg_mention *m, int in_title) {
    if (m->tok_end - m->tok_begin < 2 || rs_mention_form(c, m) != 0)
        return m->tok_end - m->tok_begin < 2 ? NONE : UINT32_MAX - 1;
    c->fits.n = 0;
    if (rs_lookup(c, c->tmp.data, c->tmp.len, 0, 1u << F_BASE, m->ent) != 0)
        return UINT32_MAX - 1;
    size_t k = 0, n = m->end - m->start;
    for (size_t f = 0; f < c->fits.n; f++) {
        uint32_t b = c->fits.v[f].ent;
        const char *nm = ent_name(c, b);
        size_t nl = strlen(nm);
        /* the body's name ends with the place's: "Rift Valley" is not the
         * short form of "Rift Valley Power Ltd" */
        if (is_body(c, b) && c->doc->ents.v[b].mentions && nl > n + 1 && nm[nl - n - 1] == ' ' &&
            memcmp(nm + nl - n, c->doc->text + m->start, n) == 0)
            c->fits.v[k++] = c->fits.v[f];
    }
    c->fits.n = k;
    int amb;
    uint32_t to = rs_decide(c, m->start, in_title, &amb);
    c->fits.n = 0;
    return to;
}

static int tok_legal(const eg_doc *doc, size_t j) {
    const eg_token *t = &doc->toks.v[j];
    return is_word(t) && WORD_IN(legal_forms, doc->text + t->start, t->len);
}

/* Tokens of the legal form starting at token j, before the sentence's end
 * se: "Ltd", "(Pvt)", ", Inc", ". Ltd" after "Pte", a form of several words
 * (rs_legal_phrase: "sp. z o.o.", "de C.V."), and a full stop after it
 * while the sentence goes on ("Pte. Ltd. because"); 0 if none starts there. */
static size_t legal_tail(const eg_doc *doc, size_t j, size_t se) {
    size_t p = j, n;
    if (p + 2 < se && tok_is(doc, p, "(") && tok_legal(doc, p + 1) && tok_is(doc, p + 2, ")"))
        p += 3;
    else if (p + 1 < se && (tok_is(doc, p, ",") || tok_is(doc, p, ".")) && tok_legal(doc, p + 1))
        p += 2;
    else if (p < se && tok_legal(doc, p))
        p += 1;
    else if ((n = rs_legal_phrase(doc, p, se)) != 0)
        p += n; /* "sp. z o.o.", "de C.V." */
    else
        return 0;
    if (p + 1 < se && tok_is(doc, p, ".") && ntok_attached(&doc->toks.v[p]))
        p++;
    return p - j;
}

/* An organisation's mention that stops before its legal form ("Mutoko
 * Lithium" of "Mutoko Lithium (Pvt) Ltd", "Lumen Harbour Capital Pte" of
 * "... Pte. Ltd.") takes it in; a mention of the legal form alone ("Ltd")
 * goes. Runs before the forms are built. 0, or -1 on ENOMEM. */
static int absorb_legal_tails(rctx *c) {
    eg_doc *doc = c->doc;
    size_t nm = doc->ments.n, nrem = 0;
    if (EG_VEC_RESERVE(c->removed, nm ? nm : 1) != 0)
        return -1;
    memset(c->removed.v, 0, nm);
    for (size_t i = 0; i < nm; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (c->removed.v[i] || strcmp(ent_type(c, m->ent), "organisation") != 0)
            continue;
        size_t se = doc->sents.v[m->sentence].tok_end, end = m->tok_end, k = i + 1;
        for (size_t n; (n = legal_tail(doc, end, se)) != 0;) {
            size_t kk = k;
            while (kk < nm && doc->ments.v[kk].tok_begin < end + n &&
                   doc->ments.v[kk].tok_end <= end + n)
                kk++;
            if (kk < nm && doc->ments.v[kk].tok_begin < end + n)
                break; /* a longer mention starts inside */
            end += n;
            k = kk;
        }
        if (end == m->tok_end)
            continue;
        for (size_t j = i + 1; j < k; j++) {
            eg_mention *x = &doc->ments.v[j];
            if (doc->ents.v[x->ent].mentions)
                doc->ents.v[x->ent].mentions--;
            c->removed.v[j] = 1;
            nrem++;
        }
        m->tok_end = (uint32_t)end;
        m->end = doc->toks.v[end - 1].start + doc->toks.v[end - 1].len;
    }
    if (nrem) {
        size_t k = 0;
        for (size_t i = 0; i < nm; i++)
            if (!c->removed.v[i])
                doc->ments.v[k++] = doc->ments.v[i];
        doc->ments.n = k;
    }
    return 0;
}

/* Drops the mentions flagged in c->removed (entities' counts follow). */
static void drop_removed(rctx *c) {
    eg_doc *doc = c->doc;
    size_t k = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        if (!c->removed.v[i]) {
            doc->ments.v[k++] = doc->ments.v[i];
            continue;
        }
        eg_docent *d = &doc->ents.v[doc->ments.v[i].ent];
        if (d->mentions)
            d->mentions--;
    }
    doc->ments.n = k;
}

/* Whether token j starts a word that mention m (ending before it) would
 * take in after a hyphen: "-", then a capitalised word, both attached, in
 * m's sentence ("Abdel-Ghani" after "Sherif Abdel"). */
static int hyphen_tail(const eg_doc *doc, const eg_mention *m) {
    size_t j = m->tok_end, se = doc->sents.v[m->sentence].tok_end;
    if (j + 1 >= se || !(doc->toks.v[m->tok_end - 1].flags & EG_TOK_CAP))
        return 0;
    const eg_token *h = &doc->toks.v[j], *w = &doc->toks.v[j + 1];
    return ntok_hyphen(doc->text, h) && ntok_attached(h) && ntok_attached(w) && is_word(w) &&
           (w->flags & EG_TOK_CAP) && !(w->flags & EG_TOK_ALLCAPS);
}

/* Entity e's type into buf (cut to fit): eg_doc_discovered may move the
 * strings ent_type points into. */
static void copy_type(const rctx *c, uint32_t e, char *buf, size_t size) {
    const char *t = ent_type(c, e);
    size_t n = strlen(t);
    if (n >= size)
        n = size - 1;
    memcpy(buf, t, n);
    buf[n] = '\0';
}

/* Last words of routes named after the two places they join ("Dhaka-Tangail
 * Highway"), where a hyphenated pair of places is a stretch of two places
 * ("the Cairns-Port Douglas section"). Sorted. */
static const char *const link_routes[] = {
    "Bridge", "Canal",    "Corridor", "Expressway", "Freeway", "Highway",
    "Line",   "Motorway", "Pipeline", "Railway",    "Road",    "Tunnel",
};

/* Whether mention m names a place or a country in one or two words. */
static int short_place_mention(const rctx *c, const eg_mention *m) {
    const char *t = ent_type(c, m->ent);
    return m->tok_end - m->tok_begin <= 2 &&
           (strcmp(t, "location") == 0 || strcmp(t, "country") == 0);
}

/* Whether the entity of mention m is a discovered place or body of two
 * words or more the rules found there. */
static int discovered_long(const rctx *c, const eg_mention *m) {
    const char *t = ent_type(c, m->ent);
    return c->doc->ents.v[m->ent].gaz < 0 && m->origin == EG_ORIGIN_RULE &&
           m->tok_end - m->tok_begin >= 2 &&
           (strcmp(t, "location") == 0 || strcmp(t, "organisation") == 0 ||
            strcmp(t, "agency") == 0);
}

/* Whether the article has a discovered entity of type `type` named s[0..n)
 * or whose name starts with it followed by a space. */
static int name_starts(const rctx *c, const char *type, const char *s, size_t n) {
    const eg_doc *doc = c->doc;
    for (size_t e = 0; e < doc->ents.n; e++) {
        if (doc->ents.v[e].gaz >= 0 || !doc->ents.v[e].mentions ||
            strcmp(ent_type(c, (uint32_t)e), type) != 0)
            continue;
        const char *nm = ent_name(c, (uint32_t)e);
        if (strncmp(nm, s, n) == 0 && (nm[n] == ' ' || nm[n] == '\0'))
            return 1;
    }
    return 0;
}

/* Names a hyphen cut in two, joined into one discovered entity of the
 * longer part's type:
 *  - a place or country of one or two words, a hyphen, then a discovered
 *    place or body of two words or more ("Dhaka-Tangail Highway", "US-China
 *    Business Council");
 *  - a discovered place or body of two words or more, a hyphen, then a
 *    listed place of one word that ends the name ("Banque
 *    Méditerranée-Levant");
 *  - with `tails` (a second call, after the joins above), a discovered
 *    body that stops at a hyphen before a capitalised word no rule took,
 *    where the article names a body so, alone or with more words after
 *    ("Kilombero Bio-Products" after "Kilombero Bio-Products Ltd").
 * Hyphen and words attached, in one sentence. Marks the mentions that go
 * in c->removed; sets *any. 0, or -1 on ENOMEM. */
static int join_hyphened(rctx *c, int tails, int *any) {
    eg_doc *doc = c->doc;
    size_t nm = doc->ments.n;
    for (size_t i = 0; i < nm; i++) {
        eg_mention *a = &doc->ments.v[i];
        uint32_t h = a->tok_end;
        if (c->removed.v[i] || h + 1 >= doc->sents.v[a->sentence].tok_end)
            continue;
        const eg_token *ht = &doc->toks.v[h], *w = &doc->toks.v[h + 1];
        if (!ntok_hyphen(doc->text, ht) || !ntok_attached(ht) || !ntok_attached(w) || !is_word(w) ||
            !(w->flags & EG_TOK_CAP))
            continue;
        eg_mention *b = i + 1 < nm ? &doc->ments.v[i + 1] : NULL;
        if (b && (b->tok_begin != h + 1 || b->sentence != a->sentence || c->removed.v[i + 1]))
            b = NULL;
        uint32_t keep = NONE; /* whose type the whole name takes */
        if (tails != !b)
            continue;
        if (b && discovered_long(c, b) && short_place_mention(c, a) &&
            (is_body(c, b->ent) ||
             WORD_IN(link_routes, doc->text + doc->toks.v[b->tok_end - 1].start,
                     doc->toks.v[b->tok_end - 1].len))) {
            keep = (uint32_t)i + 1;
        } else if (b && discovered_long(c, a) && b->tok_end - b->tok_begin == 1 &&
                   doc->ents.v[b->ent].gaz >= 0 && strcmp(ent_type(c, b->ent), "location") == 0 &&
                   !(b->tok_end < doc->sents.v[a->sentence].tok_end &&
                     (doc->toks.v[b->tok_end].flags & EG_TOK_CAP) &&
                     !(doc->toks.v[b->tok_end].flags & EG_TOK_DOTTED) &&
                     !WORD_IN(legal_forms, doc->text + doc->toks.v[b->tok_end].start,
                              doc->toks.v[b->tok_end].len))) {
            keep = (uint32_t)i;
        } else if (!b && discovered_long(c, a) && is_body(c, a->ent) &&
                   !(w->flags & EG_TOK_ALLCAPS) &&
                   (h + 2 >= doc->sents.v[a->sentence].tok_end ||
                    !ntok_hyphen(doc->text, &doc->toks.v[h + 2]))) {
            const char *an = ent_name(c, a->ent);
            size_t al = strlen(an), wl = w->start + w->len - ht->start;
            if (al < a->end - a->start ||
                memcmp(an + al - (a->end - a->start), doc->text + a->start, a->end - a->start))
                continue;
            eg_strbuf_clear(&c->tmp);
            if (eg_strbuf_append(&c->tmp, an, al) != 0 ||
                eg_strbuf_append(&c->tmp, doc->text + ht->start, wl) != 0)
                return -1;
            if (!name_starts(c, ent_type(c, a->ent), c->tmp.data, c->tmp.len))
                continue;
            char type[16];
            copy_type(c, a->ent, type, sizeof type);
            long ne = eg_doc_discovered(doc, c->tmp.data, c->tmp.len, type);
            if (ne < 0)
                return -1;
            a = &doc->ments.v[i];
            a->tok_end = h + 2;
            a->end = w->start + w->len;
            eg_doc_move_mention(doc, a, (uint32_t)ne);
            *any = 1;
            continue;
        }
        if (keep == NONE)
            continue;
        eg_mention *k = &doc->ments.v[keep];
        char type[16];
        copy_type(c, k->ent, type, sizeof type);
        uint32_t start = a->start, end = b->end, tb = a->tok_begin, te = b->tok_end;
        eg_strbuf_clear(&c->tmp);
        if (rs_fold_space(doc->text + start, end - start, &c->tmp) != 0)
            return -1;
        long ne = eg_doc_discovered(doc, c->tmp.data, c->tmp.len, type);
        if (ne < 0)
            return -1;
        k = &doc->ments.v[keep];
        k->start = start;
        k->end = end;
        k->tok_begin = tb;
        k->tok_end = te;
        k->origin = EG_ORIGIN_RULE;
        eg_doc_move_mention(doc, k, (uint32_t)ne);
        c->removed.v[keep == i ? i + 1 : i] = 1;
        *any = 1;
        i++;
    }
    return 0;
}

/* Mentions the rules and lists cut in two, joined before the forms are
 * built:
 *  - a discovered person whose name stops at a hyphen ("Sherif Abdel" of
 *    "Sherif Abdel-Ghani", "Mr Abdel" of "Mr Abdel-Ghani") takes in the
 *    capitalised word after it, and a mention of that word alone goes (the
 *    lists know "Ghani" as Ashraf Ghani); the mention moves to the person
 *    named with the whole double surname;
 *  - a discovered person named exactly as a discovered body of the article
 *    ("Consorcio Azucarero del Este") is that body.
 * 0, or -1 on ENOMEM. */
static int join_cut_names(rctx *c) {
    eg_doc *doc = c->doc;
    size_t nm = doc->ments.n;
    if (EG_VEC_RESERVE(c->removed, nm ? nm : 1) != 0)
        return -1;
    memset(c->removed.v, 0, nm);
    int any = 0;
    if (join_hyphened(c, 0, &any) != 0 || join_hyphened(c, 1, &any) != 0)
        return -1;
    for (size_t i = 0; i < nm; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (c->removed.v[i])
            continue;
        uint32_t e = m->ent;
        if (doc->ents.v[e].gaz < 0 && is_person(c, e) && hyphen_tail(doc, m)) {
            const eg_token *w = &doc->toks.v[m->tok_end + 1];
            const eg_token *last = &doc->toks.v[m->tok_end - 1];
            if (i + 1 < nm && doc->ments.v[i + 1].tok_begin <= m->tok_end + 1 &&
                (doc->ments.v[i + 1].tok_begin != m->tok_end + 1 ||
                 doc->ments.v[i + 1].tok_end != m->tok_end + 2))
                continue; /* a longer name starts there */
            const char *nmv = ent_name(c, e);
            size_t ln = strlen(nmv);
            if (ln < last->len || memcmp(nmv + ln - last->len, doc->text + last->start, last->len))
                continue;
            eg_strbuf_clear(&c->tmp);
            if (eg_strbuf_append(&c->tmp, nmv, ln) != 0 ||
                eg_strbuf_append(&c->tmp, doc->text + last->start + last->len,
                                 w->start + w->len - last->start - last->len) != 0)
                return -1;
            long ne = eg_doc_discovered(doc, c->tmp.data, c->tmp.len, "person");
            if (ne < 0)
                return -1;
            m = &doc->ments.v[i];
            if (i + 1 < nm && doc->ments.v[i + 1].tok_begin == m->tok_end + 1)
                c->removed.v[i + 1] = 1;
            m->tok_end += 2;
            m->end = w->start + w->len;
            eg_doc_move_mention(doc, m, (uint32_t)ne);
            any = 1;
            continue;
        }
        if (doc->ents.v[e].gaz >= 0 && m->tok_end - m->tok_begin == 1 && hyphen_tail(doc, m)) {
            /* "Ms Mbeki-Tran" after "Rosalind Mbeki-Tran": a listed name
             * ("Mbeki") that begins the double surname of a person named
             * before */
            const eg_token *w = &doc->toks.v[m->tok_end + 1];
            const char *sw = doc->text + m->start;
            size_t sl = w->start + w->len - m->start;
            uint32_t to = NONE;
            int many = 0;
            for (size_t k = 0; k < i && !many; k++) {
                uint32_t f = doc->ents.v[doc->ments.v[k].ent].gaz < 0 ? doc->ments.v[k].ent : NONE;
                if (f == NONE || f == to || !is_person(c, f))
                    continue;
                const char *fn = ent_name(c, f);
                size_t fl = strlen(fn);
                if (fl > sl && fn[fl - sl - 1] == ' ' && memcmp(fn + fl - sl, sw, sl) == 0) {
                    many = to != NONE;
                    to = f;
                }
            }
            if (to == NONE || many)
                continue;
            if (i + 1 < nm && doc->ments.v[i + 1].tok_begin <= m->tok_end + 1) {
                if (doc->ments.v[i + 1].tok_begin != m->tok_end + 1 ||
                    doc->ments.v[i + 1].tok_end != m->tok_end + 2)
                    continue;
                c->removed.v[i + 1] = 1;
            }
            m->tok_end += 2;
            m->end = w->start + w->len;
            eg_doc_move_mention(doc, m, to);
            m->origin = EG_ORIGIN_SHORT;
            any = 1;
        }
    }
    if (any)
        drop_removed(c);
    /* a person and a body of one name */
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t e = m->ent;
        if (doc->ents.v[e].gaz >= 0 || !is_person(c, e) || !strchr(ent_name(c, e), ' '))
            continue;
        for (uint32_t f = 0; f < doc->ents.n; f++)
            if (f != e && doc->ents.v[f].gaz < 0 && doc->ents.v[f].mentions && is_body(c, f) &&
                strcmp(ent_name(c, f), ent_name(c, e)) == 0) {
                eg_doc_move_mention(doc, m, f);
                break;
            }
    }
    return 0;
}

/* Whether listed entity e's name is key[0..n) after a listed country,
 * demonym or place of one or two words ("Defence Intelligence Service" of
 * "Danish Defence Intelligence Service", "Revenue Service" of "South
 * African Revenue Service"): the name a writer gives a body of the
 * article's own country, before or after any other name of it. */
static int listed_without_place(const rctx *c, uint32_t e, const char *key, size_t n) {
    if (c->doc->ents.v[e].gaz < 0 || !is_body(c, e) || !memchr(key, ' ', n))
        return 0;
    const char *nm = ent_name(c, e);
    size_t nn = strlen(nm);
    if (nn <= n + 1 || nm[nn - n - 1] != ' ' || memcmp(nm + nn - n, key, n) != 0)
        return 0;
    const char *sp = memchr(nm, ' ', nn - n - 1);
    if (sp && memchr(sp + 1, ' ', (size_t)(nm + nn - n - 1 - (sp + 1))))
        return 0;
    return rs_place_word(c, nm, nn - n - 1);
}

/* Whether organisation e is named "<First> <tail>", with a company tail
 * ("Beacon Labs"), and one-word organisation x of the rules is its first
 * word: the same company wherever x comes. */
static int company_tail(const rctx *c, uint32_t e, uint32_t x) {
    if (strcmp(ent_type(c, e), "organisation") != 0 || strcmp(ent_type(c, x), "organisation") != 0)
        return 0;
    const char *nm = ent_name(c, e), *sp = strchr(nm, ' ');
    if (!sp)
        return 0;
    const char *sp2 = strchr(sp + 1, ' ');
    /* "Fjordkraft Holding ASA", "Fjordkraft ASA": a legal form may end it */
    if (sp2 && !strchr(sp2 + 1, ' ') && WORD_IN(legal_forms, sp2 + 1, strlen(sp2 + 1)))
        return WORD_IN(company_tails, sp + 1, (size_t)(sp2 - sp - 1));
    if (sp2)
        return 0;
    return WORD_IN(company_tails, sp + 1, strlen(sp + 1)) ||
           WORD_IN(legal_forms, sp + 1, strlen(sp + 1));
}

/* Whether mention m is one all-capitals word of 3 or more letters ("TSE"). */
int rs_acronym_mention(const eg_doc *doc, const eg_mention *m) {
    if (m->tok_end - m->tok_begin != 1)
        return 0;
    const eg_token *t = &doc->toks.v[m->tok_begin];
    return (t->flags & EG_TOK_WORD) && (t->flags & EG_TOK_ALLCAPS) &&
           !(t->flags & (EG_TOK_DOTTED | EG_TOK_POSS)) && t->len >= HEADFIRST_MIN_LETTERS;
}

/* Adds to c->fits the bodies whose acronym with the head word first is the
 * capitals s[0..n) ("TSE" finds "Supreme Electoral Tribunal"), excluding
 * `self`. */
static int lookup_headfirst(rctx *c, const char *s, size_t n, uint32_t self) {
    char key[sizeof HEADFIRST_PREFIX + 16];
    size_t nk = n ? rs_headfirst_key(s[0], s + 1, n - 1, key, sizeof key) : 0;
    return nk ? rs_lookup(c, key, nk, 0, 1u << F_HEADFIRST, self) : 0;
}

/* Entity-level fixes made with the forms of the first build, before any
 * short form is resolved:
 *  - a discovered entity named exactly as the article writes a listed entity
 *    of the same kind is that listed entity (the rules named a body
 *    "Data Protection Commission" after its "(DPC)" while the list knows it
 *    as "Data Protection Commission (Ireland)");
 *  - a listed body that the article names only by an acronym of 3 or more
 *    letters ("TSE", in the list the Tokyo Stock Exchange) is instead a body
 *    named in full earlier in the article with those initials, as they are
 *    or with the head word first (the "Supreme Electoral Tribunal", in
 *    Spanish Tribunal Supremo Electoral), when exactly one fits;
 *  - a discovered body named by an acronym with a joining word's small
 *    letter ("BdL") is the one body whose initials spell it so ("Banque du
 *    Liban"), wherever that comes.
 * Sets *changed when a mention moved. 0, or -1 on ENOMEM. */
/* Whether mention m is one word of two or more clipped capitalised parts
 * ("ComCom", "MinFin"): ASCII letters, each capital followed by two or
 * more small letters. */
static int clipped_mention(const eg_doc *doc, const eg_mention *m) {
    if (m->tok_end - m->tok_begin != 1)
        return 0;
    const eg_token *t = &doc->toks.v[m->tok_begin];
    const char *s = doc->text + t->start;
    if (!(t->flags & EG_TOK_WORD) || (t->flags & (EG_TOK_DOTTED | EG_TOK_POSS)) ||
        !(s[0] >= 'A' && s[0] <= 'Z'))
        return 0;
    size_t parts = 0, run = 0;
    for (size_t i = 0; i < t->len; i++) {
        if (s[i] >= 'A' && s[i] <= 'Z') {
            if (i && run < 2)
                return 0;
            parts++;
            run = 0;
        } else if (s[i] >= 'a' && s[i] <= 'z') {
            run++;
        } else {
            return 0;
        }
    }
    return parts >= 2 && run >= 2;
}

/* Whether name nm's capitalised words, leaving out lower-case joining
 * words, begin one by one with the clipped parts of a[0..n) ("Commerce
 * Commission" of "ComCom"). */
static int clips_name(const char *nm, const char *a, size_t n) {
    size_t i = 0;
    for (const char *p = nm; *p;) {
        while (*p == ' ')
            p++;
        const char *q = p;
        while (*q && *q != ' ')
            q++;
        if (q == p)
            break;
        if (*p >= 'A' && *p <= 'Z') {
            size_t j = i + 1;
            while (j < n && !(a[j] >= 'A' && a[j] <= 'Z'))
                j++;
            if (i >= n || (size_t)(q - p) < j - i || memcmp(p, a + i, j - i) != 0)
                return 0;
            i = j;
        } else if (!WORD_IN(english_links, p, (size_t)(q - p))) {
            return 0;
        }
        p = q;
    }
    return i == n;
}

/* Looks up "A.C.B." as the acronym "ACB" (F_EXACT and F_ACRONYM forms), as
 * some papers write every acronym; s[0..n) must be single capitals each
 * followed by a full stop. 0, or -1 on ENOMEM. */
static int lookup_dotted(rctx *c, const char *s, size_t n, uint32_t self) {
    char buf[16];
    size_t k = 0;
    if (n < 4 || n % 2 || n / 2 >= sizeof buf)
        return 0;
    for (size_t i = 0; i < n; i += 2) {
        if (!(s[i] >= 'A' && s[i] <= 'Z') || s[i + 1] != '.')
            return 0;
        buf[k++] = s[i];
    }
    return rs_lookup(c, buf, k, 0, (1u << F_EXACT) | (1u << F_ACRONYM), self);
}

/* Where " Red Cross" or " Red Crescent" starts inside name nm after a word
 * (a national society: "Nepal Red Cross Society", "Kenya Red Cross"), or
 * NULL. */
static const char *society_words(const char *nm) {
    const char *p = strstr(nm, " Red Cross");
    if (!p)
        p = strstr(nm, " Red Crescent");
    if (!p)
        return NULL;
    const char *q = p + (p[5] == 'C' && p[6] == 'r' && p[7] == 'o' ? 10 : 13);
    return *q == '\0' || *q == ' ' ? p : NULL;
}

/* Whether every mention of entity e reads "Red Cross" or "Red Crescent"
 * (the International Committee, never named in full nor "ICRC"). */
static int red_cross_only(const eg_doc *doc, uint32_t e) {
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *x = &doc->ments.v[i];
        size_t n = x->end - x->start;
        const char *s = doc->text + x->start;
        if (x->ent == e && !((n == 9 && memcmp(s, "Red Cross", 9) == 0) ||
                             (n == 12 && memcmp(s, "Red Crescent", 12) == 0)))
            return 0;
    }
    return 1;
}

/* The one organisation named earlier than `start` that is a national
 * society whose name holds a[0..n) ("Red Cross" of "Nepal Red Cross
 * Society"), or NONE. */
static uint32_t society_of(const rctx *c, const char *a, size_t n, uint32_t self, uint32_t start) {
    if (!((n == 9 && memcmp(a, "Red Cross", 9) == 0) ||
          (n == 12 && memcmp(a, "Red Crescent", 12) == 0)))
        return NONE;
    uint32_t found = NONE;
    for (uint32_t f = 0; f < c->doc->ents.n; f++) {
        const char *p = f == self || !c->doc->ents.v[f].mentions || c->doc->ents.v[f].gaz >= 0 ||
                                c->first.v[f] == NONE || c->first.v[f] >= start ||
                                strcmp(ent_type(c, f), "organisation")
                            ? NULL
                            : society_words(ent_name(c, f));
        if (!p || memcmp(p + 1, a, n) != 0)
            continue;
        if (found != NONE)
            return NONE;
        found = f;
    }
    return found;
}

/* Whether nm is an acronym with a small letter between capitals ("BdL"):
 * 3 to 8 ASCII letters, the first and the last capitals. */
static int mixed_acronym(const char *nm) {
    size_t n = strlen(nm), small = 0;
    if (n < 3 || n > 8 || !(nm[0] >= 'A' && nm[0] <= 'Z') ||
        !(nm[n - 1] >= 'A' && nm[n - 1] <= 'Z'))
        return 0;
    for (size_t i = 1; i + 1 < n; i++) {
        if (nm[i] >= 'a' && nm[i] <= 'z')
            small++;
        else if (!(nm[i] >= 'A' && nm[i] <= 'Z'))
            return 0;
    }
    return small > 0;
}

/* Whether the mixed acronym a ("KeNHA") spells name nm ("Kenya National
 * Highways Authority") with more than initials: each capital starts a
 * capitalised word of the name in turn (joining words skipped), and each
 * small letter goes on the word its capital began ("Ke" of "Kenya"). */
static int mixed_spells(const char *a, const char *nm) {
    const char *p = nm, *w = NULL; /* w: where the current word goes on */
    for (; *a; a++) {
        if (*a >= 'a' && *a <= 'z') {
            if (!w || ascii_lower(*w) != *a)
                return 0;
            w++;
            continue;
        }
        while (*p == ' ' || (*p >= 'a' && *p <= 'z')) {
            if (*p == ' ')
                p++;
            else
                while (*p && *p != ' ')
                    p++; /* "of", "and" */
        }
        if (*p != *a)
            return 0;
        w = p + 1;
        while (*p && *p != ' ')
            p++;
    }
    while (*p == ' ' || (*p >= 'a' && *p <= 'z'))
        p++;
    return *p == '\0';
}

/* The length of a leading "Ex-", "Ex " or "Former " of name nm followed by a
 * capitalised word, else 0. */
static size_t former_prefix(const char *nm) {
    size_t p = 0;
    if ((nm[0] == 'E' || nm[0] == 'e') && nm[1] == 'x' && (nm[2] == '-' || nm[2] == ' '))
        p = 3;
    else if (strncmp(nm, "Former ", 7) == 0)
        p = 7;
    return p && nm[p] >= 'A' && nm[p] <= 'Z' ? p : 0;
}

/* Looks key up as an exact listed form and keeps, in c->fits.v[0..*k), the
 * fits of entity e's kind (listed ones only with listed_only), one per entity
 * at the head: "*k == 1" then names the one body e is. */
static int keep_exact_fits(rctx *c, uint32_t e, const char *key, size_t len, int listed_only,
                           size_t *k) {
    c->fits.n = 0;
    if (rs_lookup(c, key, len, 0, 1u << F_EXACT, e) != 0)
        return -1;
    for (size_t f = 0; f < c->fits.n; f++)
        if ((!listed_only || c->doc->ents.v[c->fits.v[f].ent].gaz >= 0) &&
            same_kind(c, c->fits.v[f].ent, e) && (*k == 0 || c->fits.v[f].ent != c->fits.v[0].ent))
            c->fits.v[(*k)++] = c->fits.v[f];
    return 0;
}

int rs_news_credit(const rctx *c, const eg_mention *m) {
    int32_t g = c->doc->ents.v[m->ent].gaz;
    const char *cat = g >= 0 ? eg_gazetteer_category(c->g, (size_t)g) : NULL;
    return cat && strcmp(cat, "news") == 0 &&
           eg_segment_dateline_bracket(c->doc, m->tok_begin, m->tok_end);
}

static int pass_entities(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    size_t ne = doc->ents.n;
    if (EG_VEC_RESERVE(c->cover, ne ? ne : 1) != 0 || EG_VEC_RESERVE(c->removed, ne ? ne : 1) != 0)
        return -1;
    uint32_t *to = c->cover.v;
    /* bit 1: has a mention; bit 2: one that is no acronym; bit 4 (of a
     * discovered entity): one with a small letter */
    uint8_t *full = c->removed.v;
    memset(full, 0, ne);
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        full[m->ent] |=
            (uint8_t)(1u | (rs_acronym_mention(doc, m) || clipped_mention(doc, m) ? 0u : 2u));
        if (doc->ents.v[m->ent].gaz < 0 && !(full[m->ent] & 4u))
            for (uint32_t b = m->start; b < m->end; b++)
                if (doc->text[b] >= 'a' && doc->text[b] <= 'z') {
                    full[m->ent] |= 4u;
                    break;
                }
    }
    for (size_t e = 0; e < ne; e++) {
        to[e] = NONE;
        if (doc->ents.v[e].gaz >= 0 || !(full[e] & 1u))
            continue;
        const char *nm = ent_name(c, (uint32_t)e);
        eg_strbuf_clear(&c->key);
        eg_strbuf_clear(&c->tmp);
        if (rs_fold_space(nm, strlen(nm), &c->key) != 0 ||
            eg_fold(c->key.data, c->key.len, 0, &c->tmp) != 0)
            return -1;
        c->fits.n = 0;
        if (rs_lookup(c, c->tmp.data, c->tmp.len, 0, 1u << F_EXACT, (uint32_t)e) != 0)
            return -1;
        size_t k = 0;
        for (size_t f = 0; f < c->fits.n; f++)
            if (doc->ents.v[c->fits.v[f].ent].gaz >= 0 &&
                same_kind(c, c->fits.v[f].ent, (uint32_t)e))
                c->fits.v[k++] = c->fits.v[f];
        if (k == 0 && !is_person(c, (uint32_t)e)) {
            /* "US Forces Japan" beside the listed "U.S. Forces Japan",
             * "Qatar Gas-Transport Company" beside "Qatar Gas Transport
             * Company", "Ft. Hood" beside "Fort Hood": the name written
             * another way (rs_written_key) */
            c->fits.n = 0;
            if (rs_lookup_written(c, c->tmp.data, c->tmp.len, (uint32_t)e) != 0)
                return -1;
            for (size_t f = 0; f < c->fits.n; f++)
                if (doc->ents.v[c->fits.v[f].ent].gaz >= 0 &&
                    same_kind(c, c->fits.v[f].ent, (uint32_t)e))
                    c->fits.v[k++] = c->fits.v[f];
        }
        if (k == 0 && strcmp(ent_type(c, (uint32_t)e), "organisation") == 0) {
            /* "PT Pertamina" beside the listed "Pertamina" the article
             * writes: a company's name with a heading legal form */
            const char *sp = strchr(nm, ' ');
            if (sp && WORD_IN(lead_forms, nm, (size_t)(sp - nm)) && sp[1] && sp[1] != ' ') {
                if (keep_exact_fits(c, (uint32_t)e, sp + 1, strlen(sp + 1), 1, &k) != 0)
                    return -1;
            }
        }
        if (k == 0 && is_body(c, (uint32_t)e)) {
            /* "Eastern Theater Command of China" beside the listed "Eastern
             * Theater Command"; "Court of BiH" beside the listed "Court of
             * Bosnia and Herzegovina": the name without the country it
             * ends with, or with the country's listed name */
            const char *of = NULL;
            for (const char *q = strstr(nm, " of "); q; q = strstr(q + 1, " of "))
                of = q;
            const char *x = of ? of + 4 : NULL;
            if (x && strncmp(x, "the ", 4) == 0)
                x += 4;
            long cg = x && of - nm >= 5 ? eg_gazetteer_find(c->g, x) : -1;
            if (cg >= 0 && strcmp(eg_gazetteer_type(c->g, (size_t)cg), "country") == 0) {
                for (int shape = 0; shape < 2 && k == 0; shape++) {
                    eg_strbuf_clear(&c->key);
                    if (eg_strbuf_append(&c->key, nm, (size_t)(of - nm)) != 0 ||
                        (shape == 1 &&
                         (eg_strbuf_append(&c->key, x == of + 4 ? " of " : " of the ",
                                           x == of + 4 ? 4 : 8) != 0 ||
                          eg_strbuf_append(&c->key, eg_gazetteer_name(c->g, (size_t)cg),
                                           strlen(eg_gazetteer_name(c->g, (size_t)cg))) != 0)))
                        return -1;
                    eg_strbuf_clear(&c->tmp);
                    if (eg_fold(c->key.data, c->key.len, 0, &c->tmp) != 0)
                        return -1;
                    if (keep_exact_fits(c, (uint32_t)e, c->tmp.data, c->tmp.len, 1, &k) != 0)
                        return -1;
                }
            }
        }
        size_t px = k == 0 && is_body(c, (uint32_t)e) ? former_prefix(nm) : 0;
        if (px) {
            /* "Ex-Daehan Chemical executive jailed": the rules took the
             * prefix of a former employee into the name of the company the
             * article names without it */
            const char *r = nm + px;
            eg_strbuf_clear(&c->tmp);
            if (eg_fold(r, strlen(r), 0, &c->tmp) != 0)
                return -1;
            if (keep_exact_fits(c, (uint32_t)e, c->tmp.data, c->tmp.len, 0, &k) != 0)
                return -1;
        }
        if (k == 1) {
            to[e] = c->fits.v[0].ent;
        } else if (k == 0 && mixed_acronym(nm)) {
            /* "The BdL said" before "Banque du Liban": an acronym that
             * keeps a joining word's small letter fits wherever it comes */
            c->fits.n = 0;
            if (rs_lookup(c, nm, strlen(nm), 0, 1u << F_ACRONYM, (uint32_t)e) != 0)
                return -1;
            for (size_t f = 0; f < c->fits.n; f++)
                if (is_body(c, c->fits.v[f].ent) && same_kind(c, c->fits.v[f].ent, (uint32_t)e))
                    c->fits.v[k++] = c->fits.v[f];
            if (k == 1)
                to[e] = c->fits.v[0].ent;
            /* "KeNHA" of the "Kenya National Highways Authority": small
             * letters that go on a word; the acronym takes the body's type */
            uint32_t only = NONE;
            for (size_t f = 0; k == 0 && f < ne; f++)
                if (f != e && (full[f] & 2u) && is_body(c, (uint32_t)f) &&
                    mixed_spells(nm, ent_name(c, (uint32_t)f))) {
                    if (only != NONE) {
                        only = NONE;
                        break;
                    }
                    only = (uint32_t)f;
                }
            if (k == 0 && only != NONE)
                to[e] = only;
        } else if (k == 0 && !(full[e] & 4u) &&
                   (is_location(c, (uint32_t)e) || (is_body(c, (uint32_t)e) && strchr(nm, ' ')))) {
            /* "DUNKWA-ON-OFFIN —" beside "Dunkwa-on-Offin": a place only
             * ever written in capitals (a dateline, which the rules name in
             * title case) is the one discovered place of the article written
             * so with small letters; so is a body of two words or more
             * ("BANCO DE SABADELL said" beside "Banco de Sabadell") */
            eg_strbuf_clear(&c->tmp);
            if (eg_fold(c->key.data, c->key.len, EG_FOLD_CASE, &c->tmp) != 0)
                return -1;
            c->fits.n = 0;
            if (rs_lookup(c, c->tmp.data, c->tmp.len, 1, 1u << F_EXACT, (uint32_t)e) != 0)
                return -1;
            uint32_t only = NONE;
            for (size_t f = 0; f < c->fits.n && k < 2; f++) {
                uint32_t x = c->fits.v[f].ent;
                if (doc->ents.v[x].gaz < 0 && (full[x] & 4u) && x != only &&
                    same_kind(c, x, (uint32_t)e)) {
                    only = x;
                    k++;
                }
            }
            if (k == 1)
                to[e] = only;
        }
    }
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t e = m->ent;
        if (to[e] != NONE) {
            size_t px = doc->ents.v[e].gaz < 0 ? former_prefix(ent_name(c, e)) : 0;
            if (px && m->end - m->start > px && m->tok_end - m->tok_begin > 1) {
                /* the mention drops "Ex-" too */
                while (m->tok_begin + 1 < m->tok_end &&
                       doc->toks.v[m->tok_begin].start < m->start + px)
                    m->tok_begin++;
                m->start = doc->toks.v[m->tok_begin].start;
            }
            eg_doc_move_mention(doc, m, to[e]);
            *changed = 1;
            continue;
        }
        if (m->origin == EG_ORIGIN_GAZETTEER && doc->ents.v[e].gaz >= 0 && is_body(c, e) &&
            red_cross_only(doc, e)) {
            /* "the Red Cross" after the "Nepal Red Cross Society" */
            uint32_t f = society_of(c, doc->text + m->start, m->end - m->start, e, m->start);
            if (f != NONE) {
                eg_doc_move_mention(doc, m, f);
                m->origin = EG_ORIGIN_SHORT;
                *changed = 1;
                continue;
            }
        }
        if (m->origin != EG_ORIGIN_GAZETTEER || doc->ents.v[e].gaz < 0 || (full[e] & 2u) ||
            !is_body(c, e))
            continue;
        if (rs_news_credit(c, m))
            continue;
        const char *a = doc->text + m->start;
        size_t n = m->end - m->start;
        c->fits.n = 0;
        if (!rs_acronym_mention(doc, m)) {
            /* "ComCom", listed for Georgia's regulator, after "Commerce Commission" */
            if (!clipped_mention(doc, m))
                continue;
            for (uint32_t f = 0; f < ne; f++)
                if (f != e && (full[f] & 2u) && is_body(c, f) && c->first.v[f] != NONE &&
                    clips_name(ent_name(c, f), a, n) &&
                    rs_add_fit(c, f, c->first.v[f], F_ACRONYM) != 0)
                    return -1;
            int amb, in_title = (doc->sents.v[m->sentence].flags & EG_SENT_TITLE) != 0;
            uint32_t dst = rs_decide(c, m->start, in_title, &amb);
            if (dst != NONE) {
                eg_doc_move_mention(doc, m, dst);
                m->origin = EG_ORIGIN_SHORT;
                *changed = 1;
            }
            continue;
        }
        if (rs_lookup(c, a, n, 0, 1u << F_ACRONYM, e) != 0)
            return -1;
        if (c->fits.n == 0 && lookup_headfirst(c, a, n, e) != 0)
            return -1;
        size_t k = 0;
        for (size_t f = 0; f < c->fits.n; f++)
            if (is_body(c, c->fits.v[f].ent) && (full[c->fits.v[f].ent] & 2u))
                c->fits.v[k++] = c->fits.v[f];
        c->fits.n = k;
        int amb, in_title = (doc->sents.v[m->sentence].flags & EG_SENT_TITLE) != 0;
        uint32_t dst = rs_decide(c, m->start, in_title, &amb);
        /* "The CCCS said" before "the Canadian Centre for Cyber Security":
         * initials in English order may come first, as the list's body is
         * never named in full */
        if (dst == NONE && !amb && c->fits.n == 1 && (c->fits.v[0].kinds & (1u << F_ACRONYM)))
            dst = c->fits.v[0].ent;
        if (dst != NONE) {
            eg_doc_move_mention(doc, m, dst);
            m->origin = EG_ORIGIN_SHORT;
            *changed = 1;
        }
    }
    return 0;
}

/* A one-word listed place that is the first word of a double surname
 * (Spanish style: "Medina" of "Aurelio Medina Paz", named before it) or
 * the last word of a person's name of two or three words ("Lima" of
 * "Sérgio Pereira Lima": "never met Lima", "Lima’s testimony"), or the
 * family name written first of a two-word name ("Gao" of "Gao Jianping") is
 * that person, unless the text says it is a place or the article named the
 * place on its own before. Call with m a gazetteer mention. 0, or -1 on
 * ENOMEM. */
static int listed_place_surname(rctx *c, eg_mention *m) {
    eg_doc *doc = c->doc;
    const eg_sentence *sn = &doc->sents.v[m->sentence];
    const eg_token *tv = doc->toks.v;
    if (m->tok_end - m->tok_begin != 1 || (sn->flags & EG_SENT_TITLE) ||
        doc->ents.v[m->ent].gaz < 0 || strcmp(ent_type(c, m->ent), "location") != 0 ||
        place_context(c, m->tok_begin, m->tok_end, sn->tok_begin, sn->tok_end) ||
        (m->tok_begin > sn->tok_begin &&
         WORD_IN(place_before, doc->text + tv[m->tok_begin - 1].start, tv[m->tok_begin - 1].len)) ||
        place_named_before(c, m, m->ent, m->start))
        return 0;
    if (rs_mention_form(c, m) != 0)
        return -1;
    c->fits.n = 0;
    if (rs_lookup(c, c->tmp.data, c->tmp.len, 0, 1u << F_SURNAME, m->ent) != 0)
        return -1;
    uint32_t to = NONE;
    size_t n = 0;
    for (size_t f = 0; f < c->fits.n; f++) {
        uint32_t e = c->fits.v[f].ent;
        const char *nm = ent_name(c, e);
        int words = 1;
        for (const char *q = nm; *q; q++)
            words += *q == ' ';
        int at = rs_word_index(nm, doc->text + m->start, m->end - m->start);
        if (doc->ents.v[e].gaz >= 0 || !is_person(c, e) || !doc->ents.v[e].mentions ||
            c->fits.v[f].pos >= m->start || words < 2 || words > 3 ||
            !((words == 3 && at == 1) || at == words - 1 || (words == 2 && at == 0)))
            continue;
        to = e;
        n++;
    }
    c->fits.n = 0;
    if (n == 1) {
        eg_doc_move_mention(doc, m, to);
        m->origin = EG_ORIGIN_SHORT;
    }
    return 0;
}

/* Words that may follow a demonym standing for a company named after its
 * people ("Ethiopian will hold 45%", "Ethiopian had talked", "supplied
 * Ethiopian since"); before any other lower-case word it is the demonym
 * ("Ethiopian officials"). Sorted. */
static const char *const company_verbs[] = {
    "acquired", "added",  "agreed",  "already", "also",   "announced", "bought", "can",  "could",
    "did",      "does",   "expects", "fired",   "had",    "has",       "hired",  "is",   "may",
    "might",    "must",   "now",     "plans",   "posted", "reported",  "said",   "says", "should",
    "since",    "signed", "sold",    "to",      "wants",  "was",       "will",   "with", "would",
};

/* Is the word after mention m (of sentence sn) a verb that a company's
 * name takes ("Maastricht said"; not "Maastricht sits")? */
static int company_verb_after(const rctx *c, const eg_mention *m, const eg_sentence *sn) {
    const eg_doc *doc = c->doc;
    if (m->tok_end >= sn->tok_end)
        return 0;
    const eg_token *x = &doc->toks.v[m->tok_end];
    return is_word(x) && WORD_IN(company_verbs, doc->text + x->start, x->len);
}

/* Verbs of a firm's or a club's deals that a city as a place does not
 * take: "Busan also hired", "Aegean bought". Sorted. */
static const char *const firm_deals[] = {"acquired", "bought", "fired", "hired", "signed", "sold"};

/* Adverbs and auxiliaries that may stand between a name and such a verb
 * ("Busan also hired", "Aegean has since sold"). Sorted. */
static const char *const deal_fillers[] = {"already", "also", "has", "have", "later", "since"};

/* Is a verb of firm_deals after mention m (of sentence sn), one or two
 * fillers allowed between? */
static int firm_deal_after(const rctx *c, const eg_mention *m, const eg_sentence *sn) {
    const eg_doc *doc = c->doc;
    for (uint32_t j = m->tok_end; j < sn->tok_end && j < m->tok_end + 3; j++) {
        const eg_token *x = &doc->toks.v[j];
        if (!is_word(x))
            return 0;
        if (WORD_IN(firm_deals, doc->text + x->start, x->len))
            return 1;
        if (!WORD_IN(deal_fillers, doc->text + x->start, x->len))
            return 0;
    }
    return 0;
}

/* Does a verb, a possessive or ", which" after mention m (of sentence sn)
 * make it a company ("Aegean has hired", "Horizonte, which")? */
static int company_signal(const rctx *c, const eg_mention *m, const eg_sentence *sn) {
    const eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    if (m->tok_end >= sn->tok_end)
        return 0;
    const eg_token *x = &tv[m->tok_end]; /* the cheap test first */
    return (x->flags & EG_TOK_POSS) ||
           (is_word(x) && WORD_IN(company_verbs, doc->text + x->start, x->len)) ||
           rs_apostrophe_at(doc->text, x->start, doc->len) ||
           (ntok_is(doc->text, x, ",") && m->tok_end + 1 < sn->tok_end &&
            (ntok_is(doc->text, &tv[m->tok_end + 1], "which") ||
             ntok_is(doc->text, &tv[m->tok_end + 1], "whose")));
}

/* Nouns that head an apposition describing a company ("Ethiopian, Africa’s
 * largest carrier,"). Sorted. */
static const char *const company_nouns[] = {
    "airline",  "bank",     "brewer",   "carrier", "club",    "company",
    "firm",     "group",    "insurer",  "lender",  "maker",   "miner",
    "operator", "producer", "retailer", "shipper", "utility",
};

/* Words after a demonym that make it a noun, as a company named after its
 * people is written ("delivered to Ethiopian in 2028"):
 * a demonym before a lower-case word is an adjective ("Ethiopian officials").
 * Sorted. */
static const char *const noun_after[] = {"after", "at", "before", "by",   "for",
                                         "from",  "in", "on",     "until"};

/* Does what follows demonym mention m (of sentence sn) make it a noun that
 * names a company: an apposition headed by a company noun (", Africa’s
 * largest carrier,") or a preposition? Not after "a" or "an" ("an Ethiopian
 * in Paris" is a person); not at the sentence's end ("declared it as
 * Romanian."). */
static int demonym_company_use(const rctx *c, const eg_mention *m, const eg_sentence *sn) {
    const eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    if (m->tok_end >= sn->tok_end)
        return 0;
    if (m->tok_begin > sn->tok_begin) {
        const eg_token *p = &tv[m->tok_begin - 1];
        if (ntok_is(doc->text, p, "a") || ntok_is(doc->text, p, "an"))
            return 0;
    }
    const eg_token *x = &tv[m->tok_end];
    if (is_word(x) && WORD_IN(noun_after, doc->text + x->start, x->len))
        return 1;
    if (!ntok_is(doc->text, x, ","))
        return 0;
    for (uint32_t j = m->tok_end + 1; j < sn->tok_end && j < m->tok_end + 9; j++) {
        const eg_token *t = &tv[j];
        if (ntok_is(doc->text, t, ",") || ntok_is(doc->text, t, "."))
            break;
        if (is_word(t) && WORD_IN(company_nouns, doc->text + t->start, t->len))
            return 1;
    }
    return 0;
}

/* Whether the article writes place entity e as mention m is written, on its
 * own and not as a company (company_signal), before `pos`. */
static int place_written_before(const rctx *c, const eg_mention *m, uint32_t e, uint32_t pos) {
    const eg_doc *doc = c->doc;
    size_t n = m->end - m->start;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *x = &doc->ments.v[i];
        if (x->start >= pos)
            break;
        if (x != m && x->ent == e && !(doc->sents.v[x->sentence].flags & EG_SENT_TITLE) &&
            x->end - x->start == n && memcmp(doc->text + x->start, doc->text + m->start, n) == 0 &&
            !company_signal(c, x, &doc->sents.v[x->sentence]))
            return 1;
    }
    return 0;
}

/* A listed or discovered place, or a country's demonym, named as the first
 * words of exactly one organisation named in full before ("Aegean" of
 * "Aegean Ports Holdings", "Ethiopian" of "Ethiopian Airlines") or as the
 * rest of its name after a generic head or a club's and a joining word
 * ("Horizonte" of "Rede Horizonte", "Serra Dourada" of "Mineração Serra
 * Dourada", "Porto" of "FC Porto"), where
 * the text does not make it a place (a preposition of place or "the" before
 * it, the place named on its own before; a listed place must be a sea or a
 * generated one: "Basra has" stays the city) and a verb, a possessive or ",
 * which" after it makes it a company ("Aegean has hired", "Horizonte,
 * which", "Ethiopian’s chief executive"; not "Ethiopian officials", "turn
 * Duqm into"), is that organisation.
 * 1 when m moved, else 0. */
static int place_as_company(rctx *c, eg_mention *m) {
    eg_doc *doc = c->doc;
    const eg_sentence *sn = &doc->sents.v[m->sentence];
    const eg_token *tv = doc->toks.v;
    const char *type = ent_type(c, m->ent);
    int country = type[0] == 'c' && strcmp(type, "country") == 0;
    if (!country && strcmp(type, "location") != 0)
        return 0;
    /* what follows makes it a company: a verb, a possessive, ", which"; for
     * a demonym also its use as a noun, which no preposition before makes a
     * place ("to Ethiopian in 2028") */
    int noun = 0, team = !country && rs_team_use(c, m, sn);
    if (!company_signal(c, m, sn) && !team &&
        !(noun = country && m->origin == EG_ORIGIN_DEMONYM && demonym_company_use(c, m, sn)))
        return 0;
    if (!(tv[m->tok_begin].flags & EG_TOK_CAP) ||
        place_context(c, m->tok_begin, m->tok_end, sn->tok_begin, sn->tok_end))
        return 0;
    if (m->tok_begin > sn->tok_begin && !noun) {
        const eg_token *p = &tv[m->tok_begin - 1];
        if (WORD_IN(place_before, doc->text + p->start, p->len) || ntok_is(doc->text, p, "the") ||
            ntok_is(doc->text, p, "The"))
            return 0;
    }
    const char *w = doc->text + m->start;
    size_t n = m->end - m->start;
    if (country && m->origin != EG_ORIGIN_DEMONYM)
        return 0;
    int32_t pg = doc->ents.v[m->ent].gaz;
    const char *pn = ent_name(c, m->ent);
    int native = pg >= 0 && !(strlen(pn) == n && memcmp(pn, w, n) == 0);
    if (!country && pg >= 0 && !native && !eg_rules_weak_place(c->g, pg) &&
        strcmp(rs_gaz_category(c, pg), "water") != 0 &&
        !(strcmp(rs_gaz_category(c, pg), "other") == 0 && company_verb_after(c, m, sn)) &&
        !firm_deal_after(c, m, sn) && !team)
        return 0; /* a listed city stays: "Basra has" after "Basra Oil Company"; not
                   * "Venezia has" of "Venezia FC" where the city is Venice; a mine,
                   * a field or a landmark followed by a verb goes ("Kumtor fired"
                   * after "Kumtor Gold Company"), and so does a city that buys,
                   * sells, hires or signs ("Busan also hired" after "signed with
                   * Busan Seagulls") or is a team (rs_team_use: "Porto play
                   * Benfica" after "FC Porto") */
    uint32_t to = NONE;
    int many = 0;
    for (uint32_t e = 0; e < doc->ents.n && !many; e++) {
        if (e == m->ent || !doc->ents.v[e].mentions || c->first.v[e] == NONE ||
            c->first.v[e] >= m->start || strcmp(ent_type(c, e), "organisation") != 0)
            continue;
        const char *nm = ent_name(c, e);
        size_t l = strlen(nm);
        const char *at = NULL;
        if (l > n + 1 && memcmp(nm, w, n) == 0 && nm[n] == ' ')
            at = nm; /* "Aegean Ports Holdings" */
        else {
            const char *sp = strchr(nm, ' ');
            if (sp && (WORD_IN(dropped_heads, nm, (size_t)(sp - nm)) ||
                       WORD_IN(company_heads, nm, (size_t)(sp - nm)) ||
                       WORD_IN(generic_first, nm, (size_t)(sp - nm)) ||
                       WORD_IN(club_heads, nm, (size_t)(sp - nm)))) {
                const char *r = sp + 1;
                const char *sp2 = strchr(r, ' ');
                if (sp2 && WORD_IN(place_ofs, r, (size_t)(sp2 - r)))
                    r = sp2 + 1; /* "Universidad del Pacífico Sur" */
                if (strlen(r) == n && memcmp(r, w, n) == 0)
                    at = r;
            }
        }
        if (!at)
            continue;
        if (to != NONE) {
            /* "Aegean Ports", a short form of "Aegean Ports Holdings" the
             * rules named, is no second fit */
            const char *tn = ent_name(c, to);
            size_t tl = strlen(tn);
            if (tl < l && memcmp(nm, tn, tl) == 0 && nm[tl] == ' ')
                to = e;
            else if (!(l < tl && memcmp(tn, nm, l) == 0 && tn[l] == ' '))
                many = 1;
            continue;
        }
        to = e;
    }
    if (to == NONE || many)
        return 0;
    /* the place named on its own before the company: "between Negombo and
     * Chilaw" before the "Negombo Fisheries Solidarity Union" */
    if (!country && place_written_before(c, m, m->ent, c->first.v[to]))
        return 0;
    eg_doc_move_mention(doc, m, to);
    m->origin = EG_ORIGIN_SHORT;
    return 1;
}

/* Whether a mention before mention i names a person in full (two words or
 * more) other than person e. */
static int full_person_before(const rctx *c, size_t i, uint32_t e) {
    const eg_doc *doc = c->doc;
    for (size_t k = 0; k < i; k++) {
        const eg_mention *x = &doc->ments.v[k];
        if (x->ent != e && !(doc->sents.v[x->sentence].flags & EG_SENT_TITLE) &&
            is_person(c, x->ent) && memchr(doc->text + x->start, ' ', x->end - x->start))
            return 1;
    }
    return 0;
}

/* The capitalised word, a full stop after it skipped, before token j
 * ("Colonel" of "Colonel Al-Mutairi", "Col" of "Col. Haddad"): its token
 * index, or NONE. */
static uint32_t title_word_before(const eg_doc *doc, uint32_t j) {
    if (j >= 2 && doc->toks.v[j - 1].len == 1 && doc->text[doc->toks.v[j - 1].start] == '.')
        j--;
    if (j == 0)
        return NONE;
    const eg_token *t = &doc->toks.v[j - 1];
    unsigned char b = (unsigned char)doc->text[t->start];
    return t->len >= 2 && b >= 'A' && b <= 'Z' ? j - 1 : NONE;
}

/* Whether person mention i, one surname, stands after the same title word
 * as a mention of person e's full name: "Colonel Al-Mutairi walked ..."
 * before "Colonel Fahad Naif Al-Mutairi" (a story may open with the short
 * form); not "Mr Doe" and "Ms Jane Doe". */
static int same_title_as_full(const rctx *c, size_t i, uint32_t e) {
    const eg_doc *doc = c->doc;
    const eg_mention *m = &doc->ments.v[i];
    uint32_t t = title_word_before(doc, m->tok_begin);
    if (t == NONE)
        return 0;
    const eg_token *tt = &doc->toks.v[t];
    for (size_t k = 0; k < doc->ments.n; k++) {
        const eg_mention *x = &doc->ments.v[k];
        if (x->ent != e || !memchr(doc->text + x->start, ' ', x->end - x->start))
            continue;
        uint32_t u = title_word_before(doc, x->tok_begin);
        if (u != NONE && doc->toks.v[u].len == tt->len &&
            memcmp(doc->text + doc->toks.v[u].start, doc->text + tt->start, tt->len) == 0)
            return 1;
    }
    return 0;
}

/* Whether tokens before token j are an honorific and its full stop ("Mr."). */
static int dotted_honorific(const eg_doc *doc, uint32_t j) {
    if (j < 2)
        return 0;
    const eg_token *d = &doc->toks.v[j - 1], *h = &doc->toks.v[j - 2];
    return d->len == 1 && doc->text[d->start] == '.' && h->start + h->len == d->start &&
           WORD_IN(honorifics, doc->text + h->start, h->len);
}

/* Whether the story named rule mention i's own body, by the same words,
 * before it, and that mention is still the body's: "Kenya’s Ministry of
 * Health ..., after a deal with the Ugandan Ministry of Health and Social
 * Welfare ... The Ministry of Health also" names Kenya's ministry again. */
static int named_itself_before(const rctx *c, size_t i) {
    const eg_doc *doc = c->doc;
    const eg_mention *m = &doc->ments.v[i];
    size_t n = m->end - m->start;
    for (size_t j = 0; j < i; j++) {
        const eg_mention *x = &doc->ments.v[j];
        if (x->ent == m->ent && x->end - x->start == n &&
            !(doc->sents.v[x->sentence].flags & EG_SENT_TITLE) &&
            memcmp(doc->text + x->start, doc->text + m->start, n) == 0)
            return 1;
    }
    return 0;
}

/* Whether a fit is made only by a cut form of a longer name (F_BASE). */
static int cut_fits(const rctx *c) {
    for (size_t f = 0; f < c->fits.n; f++)
        if (c->fits.v[f].kinds == (1u << F_BASE))
            return 1;
    return 0;
}

/* Drops the fits made only by a cut form of a longer name (F_BASE). */
static void drop_cut_fits(rctx *c) {
    size_t k = 0;
    for (size_t f = 0; f < c->fits.n; f++)
        if (c->fits.v[f].kinds != (1u << F_BASE))
            c->fits.v[k++] = c->fits.v[f];
    c->fits.n = k;
}

static int pass_rule_mentions(rctx *c) {
    eg_doc *doc = c->doc;
    if (build_names(c) != 0)
        return -1;
    if (EG_VEC_RESERVE(c->removed, doc->ments.n ? doc->ments.n : 1) != 0)
        return -1;
    memset(c->removed.v, 0, doc->ments.n);
    /* entities may be added below (listed_reversal): those have no slot */
    size_t nmoved = doc->ents.n;
    if (EG_VEC_RESERVE(c->moved, nmoved ? nmoved : 1) != 0)
        return -1;
    for (size_t e = 0; e < nmoved; e++)
        c->moved.v[e] = NONE;
    size_t nrem = 0;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (i > 0 && mark_seen(c, doc->ments.v[i - 1].ent) != 0)
            return -1;
        if (m->origin == EG_ORIGIN_GAZETTEER && m->tok_end - m->tok_begin == 1 &&
            eg_rules_weak_place(c->g, doc->ents.v[m->ent].gaz)) {
            uint32_t was = m->ent;
            if (weak_place_surname(c, m) != 0 || (m->ent == was && weak_place_body(c, m) != 0))
                return -1;
            if (m->ent == was)
                place_as_company(c, m);
            continue;
        }
        if (m->origin == EG_ORIGIN_GAZETTEER) {
            uint32_t was = m->ent;
            if (listed_place_surname(c, m) != 0)
                return -1;
            if (m->ent == was)
                place_as_company(c, m);
            continue;
        }
        if (m->origin == EG_ORIGIN_DEMONYM) {
            place_as_company(c, m);
            continue;
        }
        if (m->origin == EG_ORIGIN_RULE && doc->ents.v[m->ent].gaz < 0 && place_as_company(c, m))
            continue;
        if (m->origin != EG_ORIGIN_RULE || doc->ents.v[m->ent].gaz >= 0)
            continue;
        int person = is_person(c, m->ent);
        if (!person && strcmp(ent_type(c, m->ent), "location") == 0) {
            /* "criticised Mwanza-Phiri" after "Chileshe Mwanza-Phiri": a
             * place the rules made of a person's surname named before, where
             * the text does not name a place */
            const eg_sentence *sn = &doc->sents.v[m->sentence];
            int at, in_title = (sn->flags & EG_SENT_TITLE) != 0;
            if (!place_context(c, m->tok_begin, m->tok_end, sn->tok_begin, sn->tok_end)) {
                if (surname_persons(c, m) != 0)
                    return -1;
                uint32_t to = rs_decide(c, m->start, in_title, &at);
                c->fits.n = 0;
                if (to == NONE) {
                    to = headless_body(c, m, in_title);
                    if (to == UINT32_MAX - 1)
                        return -1;
                }
                if (to != NONE) {
                    eg_doc_move_mention(doc, m, to);
                    m->origin = EG_ORIGIN_SHORT;
                    continue;
                }
            }
        }
        if (rs_mention_form(c, m) != 0)
            return -1;
        c->fits.n = 0;
        uint32_t kinds = person ? (1u << F_SURNAME)
                                : (1u << F_EXACT) | (1u << F_REVERSED) | (1u << F_ACRONYM) |
                                      (1u << F_FIRST) | (1u << F_BASE);
        int honorific = 0;
        if (person && m->tok_begin > 0) {
            const eg_token *pt = &doc->toks.v[m->tok_begin - 1];
            honorific = WORD_IN(honorifics, doc->text + pt->start, pt->len);
        }
        if (person && m->tok_end - m->tok_begin >= 2 &&
            (honorific || (m->origin == EG_ORIGIN_RULE && doc->ents.v[m->ent].gaz < 0 &&
                           memchr(doc->text + m->start, ' ', m->end - m->start))))
            kinds |= 1u << F_DOUBLE; /* "Ms Ruiz Tapia", "Beltrán Zazueta, 34," */
        if (rs_lookup(c, c->tmp.data, c->tmp.len, 0, kinds, m->ent) != 0)
            return -1;
        if (person && !honorific) {
            /* with no honorific, the two surnames of a name of four words:
             * "Beltrán Zazueta" of "Jesús Alfredo Beltrán Zazueta"; of a
             * name of three words only when that person came first ("Sousa
             * Tavares" after "Armindo Sousa Tavares"), not "Marie Tremblay"
             * of a byline before "Anne Marie Tremblay" */
            size_t k = 0;
            uint32_t self_first = c->first.v[m->ent];
            for (size_t f = 0; f < c->fits.n; f++) {
                const char *nm = ent_name(c, c->fits.v[f].ent);
                size_t sp = 0;
                for (const char *q = nm; *q; q++)
                    sp += *q == ' ';
                if (c->fits.v[f].kinds != (1u << F_DOUBLE) || sp >= 3 ||
                    (sp == 2 && (self_first == NONE || self_first > c->fits.v[f].pos)))
                    c->fits.v[k++] = c->fits.v[f];
            }
            c->fits.n = k;
        }
        size_t exact_fits = c->fits.n;
        if (person && c->fits.n == 0 && !memchr(c->key.data, ' ', c->key.len) &&
            rs_lookup_misspelt(c, c->key.data, c->key.len, 0, m->ent,
                               honorific || dotted_honorific(doc, m->tok_begin)) != 0)
            return -1; /* "Mr El-Sayyed" of "Karim El-Sayed", "Mr. Kwan" of "Kwon Hae-sol" */
        if (!person && c->fits.n == 0 && rs_acronym_mention(doc, m) &&
            lookup_headfirst(c, doc->text + m->start, m->end - m->start, m->ent) != 0)
            return -1; /* "TSE" of "Supreme Electoral Tribunal" */
        if (!person && c->fits.n == 0 && rs_lookup_written(c, c->tmp.data, c->tmp.len, m->ent) != 0)
            return -1; /* "Peoples Democratic Movement" of "People's Democratic Movement" */
        if (!person && c->fits.n == 0 &&
            lookup_dotted(c, doc->text + m->start, m->end - m->start, m->ent) != 0)
            return -1; /* "A.C.B." of "Acme Bank (ACB)" */
        /* an entity whose every mention has moved on is not a candidate */
        size_t k = 0;
        for (size_t f = 0; f < c->fits.n; f++)
            if (same_kind(c, c->fits.v[f].ent, m->ent) && doc->ents.v[c->fits.v[f].ent].mentions)
                c->fits.v[k++] = c->fits.v[f];
        c->fits.n = k;
        collapse_fits(c);
        if (!person && cut_fits(c) && named_itself_before(c, i))
            drop_cut_fits(c);
        int amb;
        int in_title = (doc->sents.v[m->sentence].flags & EG_SENT_TITLE) != 0;
        /* a listed body named the other way round anywhere in the article */
        int listed = c->fits.n == 1 && doc->ents.v[c->fits.v[0].ent].gaz >= 0 &&
                     ((c->fits.v[0].kinds & (1u << F_REVERSED)) ||
                      listed_without_place(c, c->fits.v[0].ent, c->key.data, c->key.len));
        /* a discovered acronym before the full name it spells ("The PMDA said"
         * ... "the Pharmaceuticals and Medical Devices Agency") */
        listed |= !person && c->fits.n == 1 && c->fits.v[0].kinds == (1u << F_ACRONYM) &&
                  rs_acronym_mention(doc, m) && doc->ents.v[m->ent].gaz < 0;
        listed |= !person && c->fits.n == 1 && (c->fits.v[0].kinds & (1u << F_BASE)) &&
                  legal_extension(ent_name(c, c->fits.v[0].ent), c->key.data, c->key.len);
        listed |= !person && c->fits.n == 1 && c->fits.v[0].kinds == (1u << F_FIRST) &&
                  m->tok_end - m->tok_begin == 1 && company_tail(c, c->fits.v[0].ent, m->ent);
        /* "Mr. Ruggiero" before "Anthony Ruggiero", the one person of the
         * article with that surname, once the story has named another
         * person in full ("charged Mr. Donnellan and Mr. Ruggiero" after
         * "Kevin Donnellan"; a story that opens with "Mr Doe" keeps him) */
        listed |= person && (honorific || dotted_honorific(doc, m->tok_begin)) && exact_fits &&
                  c->fits.n == 1 && m->tok_end - m->tok_begin == 1 &&
                  c->fits.v[0].kinds == (1u << F_SURNAME) &&
                  strchr(ent_name(c, c->fits.v[0].ent), ' ') != NULL &&
                  full_person_before(c, i, c->fits.v[0].ent);
        listed |= person && exact_fits && c->fits.n == 1 &&
                  !memchr(doc->text + m->start, ' ', m->end - m->start) &&
                  c->fits.v[0].kinds == (1u << F_SURNAME) &&
                  strchr(ent_name(c, c->fits.v[0].ent), ' ') != NULL &&
                  same_title_as_full(c, i, c->fits.v[0].ent);
        uint32_t to = rs_decide(c, m->start, in_title || listed, &amb);
        if (!person && to != NONE && other_owner(c, i, to))
            to = NONE;
        if (person && !amb && to == NONE && c->fits.n == 0)
            to = given_after_title(c, m, c->key.data, c->key.len);
        if (person && !amb && to == NONE && c->fits.n == 0) {
            to = person_as_body(c, m, c->tmp.data, c->tmp.len, in_title);
            if (to == UINT32_MAX - 1)
                return -1;
        }
        if (!person && !amb && to == NONE)
            to = org_prefix(c, m, c->key.data, c->key.len);
        if (!person && !amb && to == NONE && c->fits.n == 0) {
            to = club_place(c, m, c->tmp.data, c->tmp.len, in_title);
            if (to == UINT32_MAX - 1)
                return -1;
        }
        if (!person && !amb && to == NONE && c->fits.n == 0) {
            to = body_as_person(c, m, c->tmp.data, c->tmp.len);
            if (to == UINT32_MAX - 1)
                return -1;
        }
        if (!person && !amb && c->fits.n == 0) {
            long g = listed_reversal(c, c->key.data, c->key.len, m->ent);
            if (g == -2)
                return -1;
            if (g >= 0) {
                /* the mention keeps origin RULE: it is a full name, and its
                 * acronyms and other forms are derived from it */
                long de = eg_doc_gazent(doc, (int32_t)g);
                if (de < 0)
                    return -1;
                if (doc->ents.v[m->ent].mentions)
                    doc->ents.v[m->ent].mentions--;
                doc->ents.v[de].mentions++;
                m->ent = (uint32_t)de;
                continue;
            }
        }
        if (amb) {
            if (record_ambiguous(c, c->key.data, c->key.len) != 0)
                return -1;
            c->removed.v[i] = 1;
            nrem++;
            if (doc->ents.v[m->ent].mentions)
                doc->ents.v[m->ent].mentions--;
        } else if (to != NONE && to < nmoved && c->moved.v[to] == m->ent) {
            /* "Education Ministry" in the title went to the body's
             * "Ministry of Education", which would now go the other way
             * round to the title's entity: the two fit each other, so they
             * become one, the entity the story names first, instead of
             * swapping and staying two nodes */
            uint32_t from = m->ent, into = to;
            for (size_t j = 0; j < doc->ments.n; j++) {
                const eg_mention *x = &doc->ments.v[j];
                if (!c->removed.v[j] && (x->ent == from || x->ent == into) &&
                    !(doc->sents.v[x->sentence].flags & EG_SENT_TITLE)) {
                    if (x->ent == from) {
                        from = to;
                        into = m->ent;
                    }
                    break;
                }
            }
            for (size_t j = 0; j < doc->ments.n; j++)
                if (doc->ments.v[j].ent == from && !c->removed.v[j])
                    eg_doc_move_mention(doc, &doc->ments.v[j], into);
        } else if (to != NONE) {
            if (m->ent < nmoved && c->moved.v[m->ent] == NONE)
                c->moved.v[m->ent] = to;
            if (doc->ents.v[m->ent].mentions)
                doc->ents.v[m->ent].mentions--;
            doc->ents.v[to].mentions++;
            m->ent = to;
            m->origin = EG_ORIGIN_SHORT;
        }
    }
    if (nrem) {
        size_t k = 0;
        for (size_t i = 0; i < doc->ments.n; i++)
            if (!c->removed.v[i])
                doc->ments.v[k++] = doc->ments.v[i];
        doc->ments.n = k;
    }
    return 0;
}

static int build_cover(rctx *c) {
    eg_doc *doc = c->doc;
    size_t nt = doc->toks.n;
    if (EG_VEC_RESERVE(c->cover, nt ? nt : 1) != 0)
        return -1;
    for (size_t j = 0; j < nt; j++)
        c->cover.v[j] = NONE;
    for (size_t i = 0; i < doc->ments.n; i++)
        for (uint32_t j = doc->ments.v[i].tok_begin; j < doc->ments.v[i].tok_end && j < nt; j++)
            c->cover.v[j] = (uint32_t)i;
    return 0;
}

/* Is the span [i, last] part of a longer capitalised run (so not a short form)?
 * With `any`, a neighbour inside another mention counts too ("Athletics" of
 * "Athletics Kenya" is not the first word of "Athletics Integrity Unit"). */
static int in_longer_name(const rctx *c, uint32_t i, uint32_t last, uint32_t sb, uint32_t se,
                          int any) {
    const eg_doc *doc = c->doc;
    uint32_t side[2] = {i > sb ? i - 1 : NONE, last + 1 < se ? last + 1 : NONE};
    for (int k = 0; k < 2; k++) {
        uint32_t j = side[k];
        if (j == NONE)
            continue;
        const eg_token *t = &doc->toks.v[j];
        if ((any || c->cover.v[j] == NONE) && tok_cap_word(doc, j) &&
            !eg_rules_stopword(doc->text + t->start, t->len) &&
            !(k == 0 && !tok_cap_word(doc, i) && WORD_IN(honorifics, doc->text + t->start, t->len)))
            return 1;
    }
    return 0;
}

/* Whether the gazetteer stop-lists the single word s[0..n). */
static int stop_listed(const rctx *c, const char *s, size_t n) {
    char buf[128];
    size_t k = eg_fold_buf(s, n, EG_FOLD_CASE, buf, sizeof buf);
    if (k == (size_t)-1)
        return 0;
    uint32_t tok = eg_gazetteer_token(c->g, buf, k);
    if (tok == EG_GAZ_NONE)
        return 0;
    uint32_t node = eg_gazetteer_child(c->g, 0, tok);
    return node != EG_GAZ_NONE && eg_gazetteer_node_stop(c->g, node);
}

/* Whether some form's key starts with the folded word w[0..n) (case folded
 * too when `folded`). Folding maps characters one by one, so a span's key
 * starts with its first word's key. */
static int starts_form(const rctx *c, const char *w, size_t n, int folded) {
    char key[128];
    size_t kl = eg_fold_buf(w, n, folded ? EG_FOLD_CASE : 0, key, sizeof key);
    if (kl == (size_t)-1)
        return 1;
    const keyref *ord = folded ? c->by1.v : c->by0.v;
    uint64_t pre = rs_key_prefix(key, kl);
    size_t lo = 0, hi = c->forms.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const keyref *r = &ord[mid];
        int less;
        if (r->pre != pre) {
            less = r->pre < pre; /* decides as the full comparison below would */
        } else {
            int d = memcmp(r->k, key, r->len < kl ? r->len : kl);
            less = d < 0 || (d == 0 && r->len < kl);
        }
        if (less)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < c->forms.n && ord[lo].len >= kl && memcmp(ord[lo].k, key, kl) == 0;
}

/* Whether token i (in a sentence starting at token sb) follows "the", "a" or "an". */
static int after_article(const eg_doc *doc, uint32_t i, uint32_t sb) {
    return i > sb && (tok_is_word(doc, i - 1, "the") || tok_is_word(doc, i - 1, "The") ||
                      tok_is_word(doc, i - 1, "a") || tok_is_word(doc, i - 1, "an") ||
                      tok_is_word(doc, i - 1, "An"));
}

/* Settles an uncovered name at tokens [i, i + k) of sentence [sb, se) that
 * fits bodies and places only (c->fits, collapsed). Where the text says it
 * is a place ("the town of Nordkapp", "a Waterloo, Ontario, start-up", "near
 * X"), it is the place of that name (made if the article has none, unless
 * `place_ok` is 0); after "in", "at" or "from" it is a place of that name
 * the article names before, unless the article writes the bare name for a body too
 * ("invested in Nordkapp" after "Nordkapp said"). Otherwise the places go
 * ("Nordkapp said" is the company, not the town named later). 0, or -1 on
 * ENOMEM. */
static int place_or_body(rctx *c, uint32_t i, uint32_t k, uint32_t sb, uint32_t se, int place_ok) {
    eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    int exact = 0, bodies = 0;
    uint32_t place = NONE;
    for (size_t f = 0; f < c->fits.n; f++) {
        uint32_t e = c->fits.v[f].ent;
        if (strcmp(ent_type(c, e), "location") == 0) {
            place = e;
            continue;
        }
        if (!is_body(c, e) ||
            (c->fits.v[f].kinds & ((1u << F_ACRONYM) | (1u << F_HEADFIRST) | (1u << F_HEAD))))
            return 0;
        bodies++;
        exact |= (c->fits.v[f].kinds & (1u << F_EXACT)) != 0;
    }
    if (!bodies)
        return 0;
    const char *s = doc->text + tv[i].start;
    size_t n = tv[i + k - 1].start + tv[i + k - 1].len - tv[i].start;
    /* a possessive after the name makes the preposition govern the noun
     * after it: "inside Qanat’s systems" after "Qanat Broadband" */
    int owner = i + k < se && ((tv[i + k].flags & EG_TOK_POSS) ||
                               rs_apostrophe_at(doc->text, tv[i + k].start, doc->len));
    int strong = place_ok && place_context(c, i, i + k, sb, se) &&
                 !((exact || owner) && i > sb &&
                   WORD_IN(place_preps, doc->text + tv[i - 1].start, tv[i - 1].len));
    int in = place_ok && !exact && i > sb &&
             (tok_is_word(doc, i - 1, "in") || tok_is_word(doc, i - 1, "at") ||
              tok_is_word(doc, i - 1, "from"));
    if (strong || in) {
        uint32_t to = NONE;
        for (size_t f = 0; f < c->fits.n; f++)
            if (c->fits.v[f].ent == place && (strong || c->fits.v[f].pos < tv[i].start))
                to = place;
        for (size_t j = 0; to == NONE && j < doc->ments.n; j++) {
            const eg_mention *x = &doc->ments.v[j];
            if (x->start >= tv[i].start)
                break;
            const char *nm = ent_name(c, x->ent);
            if (strcmp(ent_type(c, x->ent), "location") == 0 && strlen(nm) == n &&
                memcmp(nm, s, n) == 0)
                to = x->ent;
        }
        for (size_t j = 0; to == NONE && j < c->add.n; j++)
            if (strcmp(ent_type(c, c->add.v[j].ent), "location") == 0 &&
                c->add.v[j].end - c->add.v[j].start == n &&
                memcmp(doc->text + c->add.v[j].start, s, n) == 0)
                to = c->add.v[j].ent;
        if (to == NONE && strong && space_folded(s, n)) {
            long e = eg_doc_discovered(doc, s, n, "location");
            if (e < 0)
                return -1;
            to = (uint32_t)e;
        }
        if (to != NONE) {
            c->fits.n = 0;
            return rs_add_fit(c, to, 0, F_EXACT);
        }
    }
    if (place == NONE)
        return 0;
    /* the one the article named first, and the body where the article
     * writes the bare name for it */
    uint32_t pp = UINT32_MAX, bp = UINT32_MAX;
    for (size_t f = 0; f < c->fits.n; f++) {
        uint32_t *p = strcmp(ent_type(c, c->fits.v[f].ent), "location") == 0 ? &pp : &bp;
        if (c->fits.v[f].pos < *p)
            *p = c->fits.v[f].pos;
    }
    int keep_place = !exact && pp < bp;
    size_t w = 0;
    for (size_t f = 0; f < c->fits.n; f++)
        if ((strcmp(ent_type(c, c->fits.v[f].ent), "location") == 0) == keep_place)
            c->fits.v[w++] = c->fits.v[f];
    c->fits.n = w;
    return 0;
}

/* Whether a mention of body e outside the title starts with the word at
 * token i, in any case: the story writes the country word as part of the
 * body's name ("Greek Ombudsman"), where the lists and the rules did not
 * make it a mention of its own ("U.S." before "Customs and Border
 * Protection"). */
static int lead_written(const rctx *c, uint32_t e, uint32_t i) {
    const eg_doc *doc = c->doc;
    const eg_token *w = &doc->toks.v[i];
    for (size_t k = 0; k < doc->ments.n; k++) {
        const eg_mention *x = &doc->ments.v[k];
        const eg_token *t = &doc->toks.v[x->tok_begin];
        if (x->ent != e || x->tok_end - x->tok_begin < 2 ||
            (doc->sents.v[x->sentence].flags & EG_SENT_TITLE) || t->len != w->len)
            continue;
        size_t n = 0;
        while (n < w->len &&
               ascii_lower(doc->text[t->start + n]) == ascii_lower(doc->text[w->start + n]))
            n++;
        if (n == w->len)
            return 1;
    }
    return 0;
}

/* Lowercase words after a given name at the start of a sentence that make
 * it the person ("Innocent told the court", "Grace said"), where another
 * lowercase word makes it the common word ("Innocent people were killed",
 * "Grace and mercy"). Sorted. */
static const char *const given_verbs[] = {
    "added",   "also", "argued", "argues", "became", "began", "can",   "could", "did",   "does",
    "feels",   "felt", "found",  "gave",   "gives",  "goes",  "got",   "had",   "has",   "held",
    "insists", "is",   "kept",   "knew",   "knows",  "later", "led",   "left",  "lost",  "made",
    "may",     "met",  "might",  "must",   "never",  "now",   "paid",  "ran",   "said",  "sat",
    "saw",     "says", "sent",   "should", "spent",  "spoke", "still", "stood", "tells", "thinks",
    "thought", "told", "took",   "was",    "went",   "will",  "won",   "would", "wrote",
};

/* Whether the capitalised word at token i opens sentence [sb, se) (after
 * any opening quote or dash) and a lowercase word follows that does not
 * make it a person's given name: "Innocent people" is not "Innocent
 * Ngabo" of the article. */
static int word_given_at_start(const eg_doc *doc, uint32_t i, uint32_t sb, uint32_t se) {
    const eg_token *tv = doc->toks.v;
    for (uint32_t j = sb; j < i; j++)
        if (!(tv[j].flags & (EG_TOK_QUOTE | EG_TOK_DASH)) && !(tv[j].flags & EG_TOK_PUNCT))
            return 0;
    if (i + 1 >= se || !(tv[i + 1].flags & EG_TOK_WORD) || (tv[i + 1].flags & EG_TOK_CAP) ||
        (tv[i + 1].flags & EG_TOK_POSS))
        return 0;
    const char *w = doc->text + tv[i + 1].start;
    size_t n = tv[i + 1].len;
    if (n > 2 && w[n - 2] == 'e' && w[n - 1] == 'd')
        return 0; /* "Innocent denied" */
    return !WORD_IN(given_verbs, w, n);
}

static int pass_uncovered(rctx *c) {
    eg_doc *doc = c->doc;
    const eg_token *tv = doc->toks.v;
    const uint32_t all = (1u << F_EXACT) | (1u << F_SURNAME) | (1u << F_FIRST) | (1u << F_ACRONYM) |
                         (1u << F_REVERSED) | (1u << F_BASE) | (1u << F_HEAD) | (1u << F_RIVER) |
                         (1u << F_DOUBLE);
    c->add.n = 0;
    size_t nrem = 0;
    if (EG_VEC_RESERVE(c->removed, doc->ments.n ? doc->ments.n : 1) != 0)
        return -1;
    memset(c->removed.v, 0, doc->ments.n);
    for (uint32_t si = 0; si < doc->sents.n; si++) {
        const eg_sentence *sn = &doc->sents.v[si];
        if (sn->flags & EG_SENT_BOILER)
            continue;
        int caps = (sn->flags & EG_SENT_ALLCAPS) != 0;
        int in_title = (sn->flags & EG_SENT_TITLE) != 0;
        uint32_t sb = sn->tok_begin, se = sn->tok_end;
        for (uint32_t i = sb; i < se; i++) {
            if (!(tv[i].flags & EG_TOK_WORD) || (tv[i].flags & EG_TOK_POSS))
                continue;
            /* a body's name written in full over the country word it starts
             * with, in a headline in capitals ("GREEK OMBUDSMAN" over the
             * story's "Greek Ombudsman"; see lead_written) */
            int lead = 0;
            if (c->cover.v[i] != NONE) {
                const eg_mention *x = &doc->ments.v[c->cover.v[i]];
                lead = caps && x->tok_begin == i && x->tok_end == i + 1 &&
                       strcmp(ent_type(c, x->ent), "country") == 0;
                if (!lead)
                    continue;
            }
            uint32_t found_k = 0;
            /* a name of several words can start here only if a form starts with this word */
            int longer = starts_form(c, doc->text + tv[i].start, tv[i].len, caps);
            /* the lengths that fit the sentence, one word unless longer, two
             * or more over a lead */
            uint32_t kmax = longer ? MAX_FORM_TOKENS : 1, kmin = lead ? 2 : 1;
            if (kmax > se - i)
                kmax = se - i;
            for (uint32_t k = kmax; k >= kmin && !found_k; k--) {
                uint32_t last = i + k - 1;
                int initial_dot = k >= 2 && tv[last].len == 1 && doc->text[tv[last].start] == '.' &&
                                  !(tv[last].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START)) &&
                                  tv[last - 1].len == 1 && (tv[last - 1].flags & EG_TOK_CAP);
                if (!initial_dot &&
                    (!(tv[last].flags & EG_TOK_WORD) || ((tv[last].flags & EG_TOK_POSS) && k < 3)))
                    continue;
                if (!(tv[i].flags & EG_TOK_CAP) &&
                    !(caps || k >= 3 ||
                      (k == 2 && WORD_IN(particles, doc->text + tv[i].start, tv[i].len))))
                    continue;
                /* a name of several words may take in mentions inside it
                 * ("Arequipa" and "Andina" in "Grupo Arequipa Andina") */
                int free_run = 1, inner = 0;
                for (uint32_t j = i; j <= last && free_run; j++) {
                    if (c->cover.v[j] == NONE)
                        continue;
                    const eg_mention *x = &doc->ments.v[c->cover.v[j]];
                    free_run =
                        k >= 2 && (x->tok_begin > i || (lead && j == i)) && x->tok_end <= last + 1;
                    inner = 1;
                }
                if (!free_run)
                    continue;
                const char *s = doc->text + tv[i].start;
                size_t n = tv[last].start + tv[last].len - tv[i].start;
                eg_strbuf_clear(&c->key);
                if (rs_fold_space(s, n, &c->key) != 0)
                    return -1;
                eg_strbuf_clear(&c->tmp);
                if (eg_fold(c->key.data, c->key.len, caps ? EG_FOLD_CASE : 0, &c->tmp) != 0)
                    return -1;
                c->fits.n = 0;
                /* "Abdul-Ghani" of "Hayan Abdul-Ghani" over a listed "Ghani":
                 * a hyphenated surname may take in the mention inside it */
                int joined = inner && k >= 3;
                for (uint32_t j = i + 1; j <= last && joined; j++)
                    joined = !(tv[j].flags & (EG_TOK_SPACE_BEFORE | EG_TOK_LINE_START)) &&
                             ((tv[j].flags & EG_TOK_WORD) || ntok_hyphen(doc->text, &tv[j]));
                uint32_t kinds = inner ? (1u << F_EXACT) | (1u << F_BASE) : all;
                if (joined)
                    kinds |= 1u << F_SURNAME;
                if (inner && k == 2)
                    kinds |= 1u << F_DOUBLE; /* "Ferreira Lima" over the listed "Lima" */
                if (rs_lookup(c, c->tmp.data, c->tmp.len, caps, kinds, NONE) != 0)
                    return -1;
                if (k == 1) {
                    /* no misspelt name after an article: "the Chiwore pit" */
                    if (c->fits.n == 0 && (tv[i].flags & EG_TOK_CAP) &&
                        (caps || !(tv[i].flags & EG_TOK_ALLCAPS)) && !after_article(doc, i, sb) &&
                        rs_lookup_misspelt(c, c->key.data, c->key.len, caps, NONE, 0) != 0)
                        return -1;
                    if (c->fits.n == 0 && (tv[i].flags & EG_TOK_CAP) &&
                        !(tv[i].flags & EG_TOK_ALLCAPS) && !word_given_at_start(doc, i, sb, se) &&
                        rs_lookup(c, c->tmp.data, c->tmp.len, caps, 1u << F_GIVEN, NONE) != 0)
                        return -1; /* "Azman" after "Azman Rahim"; not "Innocent people" */
                    if (c->fits.n == 0 && !caps && (tv[i].flags & EG_TOK_ALLCAPS) &&
                        !(tv[i].flags & EG_TOK_DOTTED) &&
                        lookup_headfirst(c, s, tv[i].len, NONE) != 0)
                        return -1; /* "TSE" of "Supreme Electoral Tribunal" */
                    if (c->fits.n == 0 && (tv[i].flags & EG_TOK_DOTTED) &&
                        lookup_dotted(c, s, tv[i].len, NONE) != 0)
                        return -1; /* "A.C.B." of "Acme Bank (ACB)" */
                    filter_first(c, c->key.data, c->key.len, tv[i].start, in_title);
                    if (c->fits.n &&
                        (eg_rules_stopword(s, tv[i].len) || stop_listed(c, s, tv[i].len)))
                        continue;
                }
                filter_head(c, i > sb && (tok_is_word(doc, i - 1, "the") ||
                                          tok_is_word(doc, i - 1, "The")));
                collapse_fits(c);
                if (c->fits.n == 0 || (lead && (c->fits.n != 1 || !is_body(c, c->fits.v[0].ent) ||
                                                !(c->fits.v[0].kinds & (1u << F_EXACT)) ||
                                                !lead_written(c, c->fits.v[0].ent, i))))
                    continue;
                if (place_or_body(c, i, k, sb, se, !caps && !in_title) != 0)
                    return -1;
                int acronym_only = 1, first_only = 1;
                for (size_t f = 0; f < c->fits.n; f++) {
                    acronym_only &= c->fits.v[f].kinds == (1u << F_ACRONYM) ||
                                    c->fits.v[f].kinds == (1u << F_HEADFIRST);
                    first_only &= c->fits.v[f].kinds == (1u << F_FIRST) ||
                                  c->fits.v[f].kinds == (1u << F_HEAD);
                }
                if (!caps && !acronym_only && in_longer_name(c, i, last, sb, se, first_only))
                    continue;
                /* a name written in full is the entity wherever it comes */
                int amb,
                    full = k >= 2 && c->fits.n == 1 &&
                           ((c->fits.v[0].kinds & (1u << F_EXACT)) ||
                            listed_without_place(c, c->fits.v[0].ent, c->key.data, c->key.len));
                uint32_t to = rs_decide(c, tv[i].start, in_title || full, &amb);
                if (inner && to == NONE)
                    continue; /* the mentions inside stay; shorter forms may fit */
                found_k = k;
                if (amb) {
                    if (record_ambiguous(c, c->key.data, c->key.len) != 0)
                        return -1;
                } else if (to != NONE) {
                    eg_mention *m = EG_VEC_PUSH(c->add);
                    if (!m)
                        return -1;
                    m->tok_begin = i;
                    m->tok_end = i + k;
                    m->start = tv[i].start;
                    m->end = tv[last].start + tv[last].len;
                    m->ent = to;
                    m->sentence = si;
                    m->paragraph = sn->paragraph;
                    m->origin = EG_ORIGIN_SHORT;
                    doc->ents.v[to].mentions++;
                    for (uint32_t j = i; inner && j <= last; j++)
                        if (c->cover.v[j] != NONE && !c->removed.v[c->cover.v[j]]) {
                            uint32_t x = c->cover.v[j];
                            c->removed.v[x] = 1;
                            nrem++;
                            if (doc->ents.v[doc->ments.v[x].ent].mentions)
                                doc->ents.v[doc->ments.v[x].ent].mentions--;
                        }
                }
            }
            if (found_k)
                i += found_k - 1;
        }
    }
    if (!c->add.n)
        return 0;
    if (nrem) {
        size_t k = 0;
        for (size_t i = 0; i < doc->ments.n; i++)
            if (!c->removed.v[i])
                doc->ments.v[k++] = doc->ments.v[i];
        doc->ments.n = k;
    }
    /* merge the new mentions (sorted, disjoint from the old ones) */
    size_t n0 = doc->ments.n, n1 = c->add.n;
    if (EG_VEC_RESERVE(doc->ments, n0 + n1) != 0)
        return -1;
    size_t a = n0, b = n1, w = n0 + n1;
    while (b > 0) {
        if (a > 0 && doc->ments.v[a - 1].start > c->add.v[b - 1].start)
            doc->ments.v[--w] = doc->ments.v[--a];
        else
            doc->ments.v[--w] = c->add.v[--b];
    }
    doc->ments.n = n0 + n1;
    return 0;
}

/* A title mention of an entity the story never names, written as the
 * story writes a mention of exactly one other entity of its kind (case and
 * quote marks aside), is that entity: "Tema Port to expand" over a story
 * whose "Tema Port" and "Port of Tema" are one place. 0, or -1 on ENOMEM. */
static int pass_title_orphans(rctx *c) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (!in_title_sent(doc, m))
            continue;
        if (named_in_story(doc, m->ent))
            continue;
        eg_strbuf_clear(&c->rec);
        if (eg_fold(doc->text + m->start, m->end - m->start, EG_FOLD_CASE, &c->rec) != 0)
            return -1;
        uint32_t to = NONE;
        int two = 0;
        for (size_t j = 0; j < doc->ments.n && !two; j++) {
            const eg_mention *x = &doc->ments.v[j];
            if (x->ent == m->ent || x->ent == to || in_title_sent(doc, x) ||
                !same_kind(c, x->ent, m->ent))
                continue;
            eg_strbuf_clear(&c->rev);
            if (eg_fold(doc->text + x->start, x->end - x->start, EG_FOLD_CASE, &c->rev) != 0)
                return -1;
            if (c->rev.len != c->rec.len || memcmp(c->rev.data, c->rec.data, c->rec.len) != 0)
                continue;
            two = to != NONE;
            to = x->ent;
        }
        if (to != NONE && !two) {
            eg_doc_move_mention(doc, m, to);
            m->origin = EG_ORIGIN_SHORT;
        }
    }
    return 0;
}

/* A discovered person of two words whose first is a country's name or
 * demonym and whose second is the surname of exactly one other person the
 * story names ("Al-Khor turn to Tunisian Jaziri" over "Slim Jaziri") is
 * that person, the demonym a mention of the country. 0, or -1 on ENOMEM. */
static int pass_demonym_persons(rctx *c) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t e = m->ent;
        if (doc->ents.v[e].gaz >= 0 || !is_person(c, e) || m->tok_end - m->tok_begin != 2)
            continue;
        const eg_token *t0 = &doc->toks.v[m->tok_begin], *t1 = t0 + 1;
        if (!is_word(t0) || !is_word(t1) || !(t1->flags & EG_TOK_SPACE_BEFORE) ||
            !(t1->flags & EG_TOK_CAP) || (t0->flags & EG_TOK_DOTTED) || t0->len >= 64)
            continue;
        char buf[64];
        memcpy(buf, doc->text + t0->start, t0->len);
        buf[t0->len] = '\0';
        long k = eg_gazetteer_find(c->g, buf);
        if (k < 0 || strcmp(eg_gazetteer_type(c->g, (size_t)k), "country") != 0 ||
            strcmp(eg_gazetteer_name(c->g, (size_t)k), buf) == 0)
            continue; /* a demonym, not "Jordan Henderson" */
        const char *r = doc->text + t1->start;
        size_t rl = t1->len;
        uint32_t to = NONE;
        int two = 0;
        for (uint32_t f = 0; f < doc->ents.n && !two; f++) {
            if (f == e || f == to || !is_person(c, f) || !doc->ents.v[f].mentions)
                continue;
            const char *nm = ent_name(c, f);
            size_t ln = strlen(nm);
            if (ln <= rl + 1 || nm[ln - rl - 1] != ' ' || memcmp(nm + ln - rl, r, rl) != 0)
                continue;
            two = to != NONE;
            to = f;
        }
        if (to == NONE || two)
            continue;
        long ce = eg_doc_gazent(doc, (int32_t)k);
        if (ce < 0 || !EG_VEC_PUSH(doc->ments))
            return -1;
        m = &doc->ments.v[i];
        memmove(&doc->ments.v[i + 1], &doc->ments.v[i],
                (doc->ments.n - 1 - i) * sizeof *doc->ments.v);
        eg_mention *d = &doc->ments.v[i], *p = &doc->ments.v[i + 1];
        d->tok_end = d->tok_begin + 1;
        d->end = t0->start + t0->len;
        d->ent = (uint32_t)ce;
        d->origin = EG_ORIGIN_DEMONYM;
        doc->ents.v[ce].mentions++;
        p->tok_begin++;
        p->start = t1->start;
        eg_doc_move_mention(doc, p, to);
        p->origin = EG_ORIGIN_SHORT;
        i++;
    }
    return 0;
}

/* Whether country name `a` is a word-final part of name `b` that a region
 * word does not set apart: "Republic of the Congo" of "Democratic Republic
 * of the Congo", "Guinea" of "Equatorial Guinea"; not "Sudan" of "South
 * Sudan", whose peoples writers keep apart. */
static int shared_country_tail(const char *a, const char *b) {
    static const char *const compass[] = {"East", "North", "South", "West"};
    size_t la = strlen(a), lb = strlen(b);
    if (la + 2 > lb || b[lb - la - 1] != ' ' || memcmp(b + lb - la, a, la) != 0)
        return 0;
    size_t pre = lb - la - 1;
    return !(WORD_IN(compass, b, pre));
}

/* A country the article writes only by a demonym that two states share
 * ("Congolese" of the Democratic Republic of the Congo) is the one of those
 * states the article names ("the Republic of the Congo ... the Congolese
 * authorities"), when it names exactly one and not the demonym's own. */
static int named_by_name(const eg_doc *doc, uint32_t e) {
    for (size_t i = 0; i < doc->ments.n; i++)
        if (doc->ments.v[i].ent == e && doc->ments.v[i].origin != EG_ORIGIN_DEMONYM)
            return 1;
    return 0;
}

static void pass_shared_demonyms(rctx *c) {
    eg_doc *doc = c->doc;
    uint32_t last = NONE;
    for (size_t i = 0; i < doc->ments.n; i++) {
        /* gate: countries written by a demonym only */
        if (doc->ments.v[i].origin != EG_ORIGIN_DEMONYM || doc->ments.v[i].ent == last)
            continue;
        uint32_t x = last = doc->ments.v[i].ent;
        if (doc->ents.v[x].gaz < 0 || strcmp(ent_type(c, x), "country") != 0)
            continue;
        const char *xn = ent_name(c, x);
        uint32_t to = NONE;
        int two = 0;
        for (uint32_t y = 0; y < doc->ents.n && !two; y++) {
            if (y == x || !doc->ents.v[y].mentions || doc->ents.v[y].gaz < 0)
                continue;
            const char *yn = ent_name(c, y);
            if ((!shared_country_tail(yn, xn) && !shared_country_tail(xn, yn)) ||
                strcmp(ent_type(c, y), "country") != 0 || !named_by_name(doc, y))
                continue;
            two = to != NONE;
            to = y;
        }
        if (to == NONE || two || named_by_name(doc, x))
            continue;
        for (size_t j = 0; j < doc->ments.n; j++)
            if (doc->ments.v[j].ent == x)
                eg_doc_move_mention(doc, &doc->ments.v[j], to);
    }
}

/* Whether every mention of entity e is written w[0..n), and the first
 * starts at *first. */
static int written_only_as(const eg_doc *doc, uint32_t e, const char *w, size_t n,
                           uint32_t *first) {
    *first = UINT32_MAX;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        if (m->ent != e)
            continue;
        if (m->end - m->start != n || memcmp(doc->text + m->start, w, n) != 0)
            return 0;
        if (m->start < *first)
            *first = m->start;
    }
    return 1;
}

/* Whether yn[0..n) is a listed country or its demonym ("Australian" of
 * "Australian Border Force"). */
static int country_lead(const rctx *c, const char *yn, size_t n) {
    char buf[48];
    if (n < 4 || n >= sizeof buf || !(yn[0] >= 'A' && yn[0] <= 'Z'))
        return 0;
    memcpy(buf, yn, n);
    buf[n] = '\0';
    long g = eg_gazetteer_find(c->g, buf);
    return g >= 0 && strcmp(eg_gazetteer_type(c->g, (size_t)g), "country") == 0;
}

/* Whether listed entity x is an agency of one country that the article
 * does not name ("Border Force" of the United Kingdom in an article about
 * Australia); a league or a company is not ("Premier League" beside the
 * "Egyptian Premier League"). */
static int foreign_agency(const rctx *c, uint32_t x) {
    int32_t g = c->doc->ents.v[x].gaz;
    if (g < 0 || strcmp(ent_type(c, x), "agency") != 0)
        return 0;
    const char *cc = NULL;
    for (size_t k = 0; k < eg_gazetteer_nattrs(c->g, (size_t)g) && !cc; k++)
        if (strcmp(eg_gazetteer_attr_name(c->g, (size_t)g, k), "country") == 0)
            cc = eg_gazetteer_attr_value(c->g, (size_t)g, k);
    if (!cc || strlen(cc) != 3)
        return 0;
    for (uint32_t e = 0; e < c->doc->ents.n; e++) {
        int32_t eg = c->doc->ents.v[e].gaz;
        if (eg < 0 || !c->doc->ents.v[e].mentions || strcmp(ent_type(c, e), "country") != 0)
            continue;
        for (size_t k = 0; k < eg_gazetteer_nattrs(c->g, (size_t)eg); k++)
            if (strcmp(eg_gazetteer_attr_name(c->g, (size_t)eg, k), "iso3") == 0 &&
                strcmp(eg_gazetteer_attr_value(c->g, (size_t)eg, k), cc) == 0)
                return 0;
    }
    return 1;
}

/* A listed body the article writes only by one word that starts the name
 * of exactly one other body named before it ("Tata" of the listed Tata
 * Group after "Tata Steel", "Kongsberg" after "Kongsberg Defence &
 * Aerospace"), or that ends it after "the" ("the Treasury" after "National
 * Treasury"), is that body: the article names the parent or namesake by its
 * child's short form. So is one written by up to three words that end the
 * other's name after a country or demonym ("Border Force" after "Australian
 * Border Force", "the Met Office" after "Icelandic Met Office"), when it is
 * an agency of a country the article does not name: the article drops its
 * own country's name. A national arm ("Vodafone Egypt") and its
 * parent stay two. Acronyms are settled elsewhere, but for a listed
 * company's: "MSC" after "MSC Cruises" is the cruise line, as "Rolls-Royce"
 * (three tokens) after "Rolls-Royce SMR" is the reactor maker, when the
 * other is a company too ("Bristol City Council" is no part of the club).
 * A company's acronym of two capitals counts ("GE" after "GE Vernova", "LG"
 * after "LG Energy Solution"), and so does a listed news outlet written by
 * several tokens before a broadcaster's name (media_tails: "Al-Masirah"
 * after "Al-Masirah Channel"; not "the newspaper Al Khaleej" after "Al
 * Khaleej Trading Bank PJSC", nor an acronym: "BBC Arabic ... the BBC said"
 * stay two). */
/* Last words of a broadcaster's name ("Al-Masirah Channel"). Sorted. */
static const char *const media_tails[] = {"Channel", "Network", "Radio", "TV", "Television"};

/* Whether name nm ends with a word of media_tails. */
static int media_name(const char *nm) {
    const char *sp = strrchr(nm, ' ');
    return sp && WORD_IN(media_tails, sp + 1, strlen(sp + 1));
}

/* Words before a company's name that make it the owner of another
 * ("controlled by OMV", "its parent LG"). Sorted. */
static const char *const owner_before[] = {"by", "owner", "parent"};

/* Is some mention of doc entity e written after a possessive ("Austria’s
 * OMV") or an owner word (owner_before)? */
static int owner_context(const rctx *c, uint32_t e) {
    const eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        if (m->ent != e || m->tok_begin == 0)
            continue;
        const eg_token *t = &doc->toks.v[m->tok_begin - 1];
        if ((t->flags & EG_TOK_POSS) ||
            (is_word(t) && WORD_IN(owner_before, doc->text + t->start, t->len)))
            return 1;
    }
    return 0;
}

static void pass_listed_heads(rctx *c) {
    eg_doc *doc = c->doc;
    uint8_t *seen = NULL;
    for (size_t i0 = 0; i0 < doc->ments.n; i0++) {
        const eg_mention *m0 = &doc->ments.v[i0];
        uint32_t x = m0->ent;
        if (seen && seen[x])
            continue;
        /* gate: a one-word listed mention, the first of its entity */
        uint32_t ntok = m0->tok_end - m0->tok_begin;
        int caps2 = ntok == 1 && m0->end - m0->start == 2 &&
                    (doc->toks.v[m0->tok_begin].flags & EG_TOK_ALLCAPS);
        int cand = ntok >= 1 && ntok <= 3 && m0->origin == EG_ORIGIN_GAZETTEER &&
                   (m0->end - m0->start >= 3 || caps2) && doc->ents.v[x].gaz >= 0;
        if (!seen && cand && !(seen = calloc(doc->ents.n, 1)))
            return; /* out of memory: the pass is an improvement only */
        if (seen)
            seen[x] = 1;
        if (!cand || !is_body(c, x))
            continue;
        /* a listed company may be written by an acronym or several words
         * that start its subsidiary's name ("MSC" after "MSC Cruises",
         * "Rolls-Royce" after "Rolls-Royce SMR") */
        const char *cat = rs_gaz_category(c, doc->ents.v[x].gaz);
        int acro = rs_acronym_mention(doc, m0) || caps2;
        int company = strcmp(cat, "company") == 0;
        int outlet = !acro && strcmp(cat, "news") == 0;
        int loose = acro || ntok > 1;
        if (acro && !company)
            continue;
        if ((company || outlet) && loose && owner_context(c, x))
            continue; /* "OMV Petrom, controlled by Austria’s OMV": the owner */
        const char *w = doc->text + m0->start;
        size_t n = m0->end - m0->start;
        uint32_t first;
        if (!written_only_as(doc, x, w, n, &first))
            continue;
        int the_before = m0->tok_begin > 0 && doc->toks.v[m0->tok_begin - 1].len == 3 &&
                         ascii_lower(doc->text[doc->toks.v[m0->tok_begin - 1].start]) == 't' &&
                         memcmp(doc->text + doc->toks.v[m0->tok_begin - 1].start + 1, "he", 2) == 0;
        uint32_t to = NONE;
        int two = 0;
        for (uint32_t y = 0; y < doc->ents.n && !two; y++) {
            if (y == x || y == to || !doc->ents.v[y].mentions || !is_body(c, y))
                continue;
            const char *yn = ent_name(c, y);
            size_t ln = strlen(yn);
            if (ln <= n + 1)
                continue;
            int head = (loose ? (company || (outlet && media_name(yn))) &&
                                    strcmp(ent_type(c, y), "organisation") == 0
                              : 1) &&
                       memcmp(yn, w, n) == 0 && yn[n] == ' ';
            int tail =
                yn[ln - n - 1] == ' ' && memcmp(yn + ln - n, w, n) == 0 &&
                (ntok == 1 ? the_before : country_lead(c, yn, ln - n - 1) && foreign_agency(c, x));
            if (!head && !tail)
                continue;
            if (head && ln - n - 1 < 64) {
                /* "Vodafone Egypt", "Transparency International Kenya": a
                 * national arm, not the parent the article names too */
                char rest[64];
                memcpy(rest, yn + n + 1, ln - n - 1);
                rest[ln - n - 1] = '\0';
                long k = eg_gazetteer_find(c->g, rest);
                if (k >= 0 && (strcmp(eg_gazetteer_type(c->g, (size_t)k), "country") == 0 ||
                               strcmp(eg_gazetteer_type(c->g, (size_t)k), "location") == 0))
                    continue;
            }
            int before = 0;
            for (size_t i = 0; i < doc->ments.n && !before; i++)
                before = doc->ments.v[i].ent == y && doc->ments.v[i].start < first;
            if (!before)
                continue;
            two = to != NONE;
            to = y;
        }
        if (to == NONE || two)
            continue;
        rs_move_all_mentions(c, x, to, NULL);
    }
    free(seen);
}

/* Up to 16 words of name s into w/wn: spaces split, legal forms at the end
 * dropped. Returns the count, 0 if there are more. */
static size_t name_words(const char *s, const char **w, size_t *wn) {
    size_t k = 0;
    while (*s) {
        const char *e = strchr(s, ' ');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        if (k == 16)
            return 0;
        if (n) {
            w[k] = s;
            wn[k++] = n;
        }
        s += n + (e != NULL);
    }
    while (k > 1 && WORD_IN(legal_forms, w[k - 1], wn[k - 1]))
        k--;
    return k;
}

/* Whether words a[0..na) and b[0..nb) are the same word, a typographic
 * apostrophe equal to a straight one ("Workers’" and "Workers'"). */
static int same_word(const char *a, size_t na, const char *b, size_t nb) {
    size_t i = 0, j = 0;
    while (i < na && j < nb) {
        int ca = na - i >= 3 && memcmp(a + i, "\xE2\x80\x99", 3) == 0 ? '\'' : a[i];
        int cb = nb - j >= 3 && memcmp(b + j, "\xE2\x80\x99", 3) == 0 ? '\'' : b[j];
        if (ca != cb)
            return 0;
        i += ca == '\'' && a[i] != '\'' ? 3 : 1;
        j += cb == '\'' && b[j] != '\'' ? 3 : 1;
    }
    return i == na && j == nb;
}

/* Whether short name words s[0..ns) are long name words l[0..nl) less some
 * words between two kept ones, ending with its last word ("Reef Authority"
 * of "Great Barrier Reef Marine Park Authority", "Banco Austral" of "Banco
 * del Plata Austral S.A."), not only its last words ("Court of Appeal" of
 * "Supreme Court of Appeal" is another court). */
static int inner_subset(const char **s, const size_t *sn, size_t ns, const char **l,
                        const size_t *ln, size_t nl) {
    if (ns < 2 || ns >= nl || !same_word(s[ns - 1], sn[ns - 1], l[nl - 1], ln[nl - 1]))
        return 0;
    size_t j = 0, gap = 0;
    for (size_t i = 0; i < ns; i++) {
        size_t skipped = 0;
        while (j < nl && !same_word(s[i], sn[i], l[j], ln[j]))
            j++, skipped++;
        if (j == nl)
            return 0;
        gap |= i > 0 && skipped > 0;
        j++;
    }
    return gap && j == nl;
}

/* Whether short name words s[0..ns) are the last words of long name words
 * l[0..nl) after one or two leading words that name a listed place or
 * country or its people ("Metal Workers' Union" of "Korean Metal Workers'
 * Union", "Revenue Service" of "South African Revenue Service"); not after
 * other words ("Security Council" of "National Security Council", "Court
 * of Appeal" of "Supreme Court of Appeal"). */
static int place_led(const rctx *c, const char **s, const size_t *sn, size_t ns, const char **l,
                     const size_t *ln, size_t nl) {
    size_t lead = nl - ns;
    if (ns < 2 || nl <= ns || lead > 2)
        return 0;
    for (size_t i = 0; i < ns; i++)
        if (!same_word(s[i], sn[i], l[lead + i], ln[lead + i]))
            return 0;
    size_t n = (size_t)(l[lead - 1] - l[0]) + ln[lead - 1];
    if (n > 5 && l[0][n - 1] == 's') { /* "Taiwan's", "Taiwan’s" */
        if (l[0][n - 2] == '\'')
            n -= 2;
        else if (rs_apostrophe_at(l[0], n - 4, n) == 3)
            n -= 4;
    }
    return rs_place_word(c, l[0], n);
}

/* Whether short name words s[0..ns) are long name words l[0..nl) less the
 * first of two fields joined by "and" ("Labour Relations Court" of
 * "Employment and Labour Relations Court"). */
static int and_led(const char **s, const size_t *sn, size_t ns, const char **l, const size_t *ln,
                   size_t nl) {
    if (ns < 2 || nl != ns + 2 || !same_word(l[1], ln[1], "and", 3))
        return 0;
    for (size_t i = 0; i < ns; i++)
        if (!same_word(s[i], sn[i], l[2 + i], ln[2 + i]))
            return 0;
    return 1;
}

/* A discovered body of two words or more whose name is the name of exactly
 * one other body named before it in the story, less some inner words
 * (inner_subset) or less the first of two fields (and_led) is that body:
 * "the Reef Authority" after the "Great Barrier Reef Marine Park
 * Authority", "the Labour Relations Court" after the "Employment and Labour
 * Relations Court". So is one whose name is the other's less a
 * leading place (place_led), wherever the story names the other: "Revenue
 * Service officers raided ... The South African Revenue Service said".
 * Parties keep their own names ("National Party" and "National Liberal
 * Party" are two), and so do names the lists give to something else. */
static void pass_inner_short(rctx *c) {
    eg_doc *doc = c->doc;
    for (uint32_t x = 0; x < doc->ents.n; x++) {
        if (doc->ents.v[x].gaz >= 0 || !doc->ents.v[x].mentions || !is_body(c, x))
            continue;
        const char *xn = ent_name(c, x), *head = strrchr(xn, ' ');
        if (!head || strcmp(head, " Party") == 0)
            continue;
        const char *sw[16], *lw[16];
        size_t swn[16], lwn[16], ns = 0;
        uint32_t first = UINT32_MAX, to = NONE;
        int many = 0;
        for (size_t i = 0; i < doc->ments.n; i++) {
            const eg_mention *m = &doc->ments.v[i];
            if (m->ent == x && m->start < first &&
                !(doc->sents.v[m->sentence].flags & EG_SENT_TITLE))
                first = m->start; /* the headline may shorten the name first */
        }
        for (uint32_t y = 0; y < doc->ents.n && !many && first != UINT32_MAX; y++) {
            if (y == x || !doc->ents.v[y].mentions || !is_body(c, y))
                continue;
            const char *yn = ent_name(c, y), *hit = strstr(yn, head);
            if (!hit)
                continue; /* gate: the short name's last word inside, after a word */
            if (!ns && (ns = name_words(xn, sw, swn)) < 2)
                break;
            size_t nl = name_words(yn, lw, lwn);
            if (!nl)
                continue;
            int before = place_led(c, sw, swn, ns, lw, lwn, nl);
            if (!before && !inner_subset(sw, swn, ns, lw, lwn, nl) &&
                !and_led(sw, swn, ns, lw, lwn, nl))
                continue;
            for (size_t i = 0; i < doc->ments.n && !before; i++)
                before = doc->ments.v[i].ent == y && doc->ments.v[i].start < first &&
                         !(doc->sents.v[doc->ments.v[i].sentence].flags & EG_SENT_TITLE);
            if (!before)
                continue;
            many = to != NONE;
            to = y;
        }
        if (to == NONE || many || eg_gazetteer_find(c->g, xn) >= 0)
            continue;
        rs_move_all_mentions(c, x, to, NULL);
    }
}

/* A discovered body named only in the title, whose name starts with a
 * place the story names ("Waterloo AI" of "Keystone buys Waterloo AI
 * start-up" over a story that names Waterloo, Ontario), is no body: its
 * mentions become that place, cut to the place's words. */
static void pass_title_places(rctx *c) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t e = m->ent;
        if (!in_title_sent(doc, m) || doc->ents.v[e].gaz >= 0 || !is_body(c, e) ||
            m->tok_end - m->tok_begin < 2)
            continue;
        if (named_in_story(doc, e))
            continue;
        const char *s = doc->text + m->start;
        size_t n = m->end - m->start;
        uint32_t to = NONE, end = 0;
        for (size_t j = 0; j < doc->ments.n && to == NONE; j++) {
            const eg_mention *x = &doc->ments.v[j];
            if (in_title_sent(doc, x) || strcmp(ent_type(c, x->ent), "location") != 0)
                continue;
            const char *nm = ent_name(c, x->ent);
            size_t ln = strlen(nm);
            if (ln >= n || s[ln] != ' ' || memcmp(nm, s, ln) != 0)
                continue;
            for (uint32_t t = m->tok_begin; t < m->tok_end; t++)
                if (doc->toks.v[t].start + doc->toks.v[t].len == m->start + ln) {
                    to = x->ent;
                    end = t + 1;
                }
        }
        if (to == NONE)
            continue;
        eg_doc_move_mention(doc, m, to);
        m->tok_end = end;
        m->end = doc->toks.v[end - 1].start + doc->toks.v[end - 1].len;
        m->origin = EG_ORIGIN_SHORT;
    }
}

/* Whether the story writes the demonym of mention m (one token) before
 * lower-case word w as an adjective of country e ("Ethiopian government"
 * in a story whose title reads "Ethiopian government to sell stake"). */
static int story_demonym_before(const eg_doc *doc, const eg_mention *m, uint32_t e,
                                const eg_token *w) {
    size_t n = m->end - m->start;
    for (size_t j = 0; j < doc->ments.n; j++) {
        const eg_mention *x = &doc->ments.v[j];
        if (x->ent != e || in_title_sent(doc, x) || x->end - x->start != n ||
            x->tok_end >= doc->sents.v[x->sentence].tok_end ||
            memcmp(doc->text + x->start, doc->text + m->start, n) != 0)
            continue;
        const eg_token *t = &doc->toks.v[x->tok_end];
        if (t->len == w->len && memcmp(doc->text + t->start, doc->text + w->start, t->len) == 0)
            return 1;
    }
    return 0;
}

/* Whether organisation e is a company: a listed company, or a discovered
 * body whose last word is a company noun ("Turkish Airlines", "Kenyan
 * Bank"; not "Eritrean Cycling Federation"). */
static int company_entity(const rctx *c, uint32_t e) {
    int32_t g = c->doc->ents.v[e].gaz;
    if (g >= 0)
        return strcmp(rs_gaz_category(c, g), "company") == 0;
    const char *nm = ent_name(c, e), *last = strrchr(nm, ' ');
    last = last ? last + 1 : nm;
    char buf[16];
    size_t n = strlen(last);
    if (n < 2 || n >= sizeof buf)
        return 0;
    for (size_t k = 0; k < n; k++)
        buf[k] = (char)(last[k] >= 'A' && last[k] <= 'Z' ? last[k] + 32 : last[k]);
    if (buf[n - 1] == 's')
        n--; /* "Airlines" */
    return WORD_IN(company_nouns, buf, n);
}

/* A title's demonym before a lower-case word or a possessive ("Ethiopian
 * to take 45%", "Ethiopian orders 20 more widebodies") in a story that
 * writes the demonym alone for exactly one organisation whose name starts
 * with it, a company (place_as_company moved "Ethiopian will hold" to
 * "Ethiopian Airlines"), is that company, unless the story writes the demonym
 * before the same word as the country's adjective ("Ethiopian troops"). */
static void pass_title_demonyms(rctx *c) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        if (!in_title_sent(doc, m))
            break; /* the title's mentions come first */
        const eg_sentence *sn = &doc->sents.v[m->sentence];
        if (m->origin != EG_ORIGIN_DEMONYM || m->tok_end - m->tok_begin != 1 ||
            m->tok_end >= sn->tok_end)
            continue;
        const eg_token *w = &doc->toks.v[m->tok_end];
        if (!(w->flags & EG_TOK_POSS) && (!(w->flags & EG_TOK_WORD) || (w->flags & EG_TOK_CAP)))
            continue;
        const char *s = doc->text + m->start;
        size_t n = m->end - m->start;
        uint32_t to = NONE;
        int many = 0;
        for (size_t j = i + 1; j < doc->ments.n && !many; j++) {
            const eg_mention *x = &doc->ments.v[j];
            if (x->origin != EG_ORIGIN_SHORT || x->ent == to || x->end - x->start != n ||
                in_title_sent(doc, x) || memcmp(doc->text + x->start, s, n) != 0 ||
                strcmp(ent_type(c, x->ent), "organisation") != 0)
                continue;
            const char *nm = ent_name(c, x->ent);
            if (strlen(nm) <= n + 1 || memcmp(nm, s, n) != 0 || nm[n] != ' ')
                continue;
            many = to != NONE;
            to = x->ent;
        }
        if (to == NONE || many || !company_entity(c, to) || story_demonym_before(doc, m, m->ent, w))
            continue;
        eg_doc_move_mention(doc, m, to);
        m->origin = EG_ORIGIN_SHORT;
    }
}

/* Whether mention i (a body's) comes right after a country's mention or a
 * possessive ("Belarus’s KGB", "Soviet KGB"). */
static int owned_mention(const rctx *c, size_t i) {
    const eg_doc *doc = c->doc;
    const eg_mention *m = &doc->ments.v[i];
    if (m->tok_begin == 0)
        return 0;
    if (doc->toks.v[m->tok_begin - 1].flags & EG_TOK_POSS)
        return 1;
    for (size_t j = i; j-- > 0;) {
        const eg_mention *x = &doc->ments.v[j];
        if (x->tok_end == m->tok_begin)
            return strcmp(ent_type(c, x->ent), "country") == 0;
        if (x->tok_end < m->tok_begin)
            break;
    }
    return 0;
}

/* Whether the article names the country of listed entity e ("In Germany,
 * the Federal Prosecutor's Office"). */
static int own_country_named(const rctx *c, uint32_t e) {
    const eg_doc *doc = c->doc;
    const char *own = eg_gazetteer_attr(c->g, (size_t)doc->ents.v[e].gaz, "country");
    if (!own || strlen(own) != 3)
        return 0;
    for (size_t j = 0; j < doc->ments.n; j++) {
        int32_t g = doc->ents.v[doc->ments.v[j].ent].gaz;
        if (g >= 0 && strcmp(eg_gazetteer_key(c->g, (size_t)g), own) == 0 &&
            strcmp(eg_gazetteer_type(c->g, (size_t)g), "country") == 0)
            return 1;
    }
    return 0;
}

/* A listed body's mention written as exactly one other listed body of its
 * type was written before right after a country or a possessive, that
 * article's own body ("the KGB" after "Belarus’s KGB", the KGB of
 * Belarus, not the Soviet one), unless a country or a possessive owns it
 * too ("the Soviet KGB"), the article named the listed body before or
 * names its country ("In Germany, the Federal Prosecutor's Office"). */
static void pass_owned_forms(rctx *c) {
    eg_doc *doc = c->doc;
    size_t i0 = 0; /* gate: the first listed body's mention after a country or a possessive */
    while (i0 < doc->ments.n && !(doc->ents.v[doc->ments.v[i0].ent].gaz >= 0 &&
                                  is_body(c, doc->ments.v[i0].ent) && owned_mention(c, i0)))
        i0++;
    for (size_t i = i0 + 1; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t a = m->ent;
        if (m->origin != EG_ORIGIN_GAZETTEER || doc->ents.v[a].gaz < 0 || !is_body(c, a) ||
            in_title_sent(doc, m) || owned_mention(c, i))
            continue;
        const char *s = doc->text + m->start;
        size_t n = m->end - m->start;
        uint32_t to = NONE;
        int many = 0, named = 0;
        for (size_t j = 0; j < i && !many && !named; j++) {
            const eg_mention *x = &doc->ments.v[j];
            if (x->ent == a) {
                named = !in_title_sent(doc, x);
                continue;
            }
            if (x->ent == to || x->end - x->start != n || memcmp(doc->text + x->start, s, n) != 0 ||
                doc->ents.v[x->ent].gaz < 0 || strcmp(ent_type(c, x->ent), ent_type(c, a)) != 0 ||
                !owned_mention(c, j))
                continue;
            many = to != NONE;
            to = x->ent;
        }
        if (to == NONE || many || named || own_country_named(c, a))
            continue;
        eg_doc_move_mention(doc, m, to);
        m->origin = EG_ORIGIN_SHORT;
    }
}

/* Case-folded surface of text [s, e) into buf (TITLE_FOLD bytes); its
 * length, or (size_t)-1 if it does not fit. */
#define TITLE_FOLD 192
static size_t fold_surface(const eg_doc *doc, uint32_t s, uint32_t e, char *buf) {
    return eg_fold_buf(doc->text + s, e - s, EG_FOLD_CASE, buf, TITLE_FOLD);
}

/* The one entity other than e, neither a person nor (when `no_country`) a
 * country, with a story mention written as f[0..n) (case aside) when
 * `how` is SW_EXACT, as those words and one more ("Intag Valley",
 * "Straits Harbour Group") when SW_ONE_MORE, or as those words with the
 * last one written out ("Vardhaman Infrastructure" of "Vardhaman Infra")
 * when SW_CLIPPED, where no other entity's mention starts with those
 * words; NONE if none or more than one. */
enum { SW_EXACT, SW_ONE_MORE, SW_CLIPPED };
static uint32_t story_writer(const rctx *c, uint32_t e, const char *f, size_t n, int how,
                             int no_country) {
    const eg_doc *doc = c->doc;
    uint32_t to = NONE;
    int one = 0;
    char buf[TITLE_FOLD];
    for (size_t j = 0; j < doc->ments.n; j++) {
        const eg_mention *x = &doc->ments.v[j];
        if (x->ent == e || x->ent == to || in_title_sent(doc, x) || x->end - x->start < n ||
            is_person(c, x->ent) || (no_country && strcmp(ent_type(c, x->ent), "country") == 0))
            continue;
        size_t k = fold_surface(doc, x->start, x->end, buf);
        if (k == (size_t)-1 || k < n || memcmp(buf, f, n) != 0)
            continue;
        if (how == SW_EXACT     ? k != n
            : how == SW_CLIPPED ? k <= n + 2 || buf[n] == ' ' || memchr(buf + n, ' ', k - n)
                                : k <= n + 1 || buf[n] != ' ')
            continue;
        if (to != NONE)
            return NONE; /* "Tsavo" over "Tsavo Trust" and "Tsavo East National Park" */
        to = x->ent;
        one = how == SW_EXACT || !memchr(buf + n + 1, ' ', k - n - 1);
    }
    return one ? to : NONE;
}

/* Whether folded name f[0..n) has two words or more and a last word of four
 * letters or more that a headline may have clipped ("vardhaman infra"). */
static int clipped_last_word(const char *f, size_t n) {
    size_t k = n;
    while (k > 0 && f[k - 1] != ' ')
        k--;
    return k > 1 && n - k >= 4;
}

/* Words that make a new place of the name after them ("North Sumatra",
 * "Greater Manchester"), never glued on by headline case. Sorted. */
static const char *const place_forming[] = {"Central",  "East",  "Eastern",  "Greater", "Lower",
                                            "New",      "North", "Northern", "Old",     "South",
                                            "Southern", "Upper", "West",     "Western"};

/* Title mentions of entities the story never names, which headline case
 * and the lists bent away from the story's entity:
 * - a discovered name that holds a story mention of exactly one entity
 *   (not a person) with at most two words more on either side, which the
 *   headline's capitals glued on ("Former Guyana Gold Board Chief Charged",
 *   "Negev Bedouin Villages", "Debt-ridden Beirut TV Station"), is that
 *   entity, cut to its words;
 * - a place or body (not a country) written as exactly one other entity's
 *   story mention, or as the first words of one, of any type but person or
 *   country, is that entity's short form ("Kumtor" over "Kumtor Gold
 *   Company", "Yarmouk" over "Yarmouk River", "Amazon" over a story whose
 *   "Amazon" is the rainforest). */
static void pass_title_pieces(rctx *c) {
    eg_doc *doc = c->doc;
    char f[TITLE_FOLD];
    for (size_t i = 0; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        uint32_t e = m->ent;
        if (!in_title_sent(doc, m) || named_in_story(doc, e))
            continue;
        if (strcmp(ent_type(c, e), "country") != 0 && !is_person(c, e)) {
            /* a short form: a listed or discovered place or body */
            size_t n = fold_surface(doc, m->start, m->end, f);
            int listed = doc->ents.v[e].gaz >= 0;
            uint32_t to = n == (size_t)-1
                              ? NONE
                              : story_writer(c, e, f, n, listed ? SW_EXACT : SW_ONE_MORE, 1);
            if (to == NONE && !listed && n != (size_t)-1 && clipped_last_word(f, n))
                to = story_writer(c, e, f, n, SW_CLIPPED, 1);
            if (to != NONE && !listed && strcmp(ent_type(c, to), "agency") == 0)
                to = NONE;
            if (to != NONE) {
                eg_doc_move_mention(doc, m, to);
                m->origin = EG_ORIGIN_SHORT;
                continue;
            }
        }
        if (doc->ents.v[e].gaz >= 0 || m->tok_end - m->tok_begin < 2)
            continue;
        /* a discovered name with words glued on */
        uint32_t to = NONE, tb = 0, te = 0;
        size_t best = 0;
        int two = 0;
        for (uint32_t a = m->tok_begin + 1; a < m->tok_end; a++) {
            uint32_t lead = 0;
            int place_word = 0;
            for (uint32_t t = m->tok_begin; t < a; t++) {
                const eg_token *tt = &doc->toks.v[t];
                lead += is_word(tt);
                place_word |= WORD_IN(place_forming, doc->text + tt->start, tt->len);
            }
            if (lead > 2 || place_word)
                break;
            if (!is_word(&doc->toks.v[a]))
                continue;
            for (uint32_t b = m->tok_end; b > a; b--) {
                uint32_t trail = 0;
                for (uint32_t t = b; t < m->tok_end; t++)
                    trail += is_word(&doc->toks.v[t]);
                if (trail > 2)
                    break;
                if (!is_word(&doc->toks.v[b - 1]))
                    continue;
                const eg_token *ta = &doc->toks.v[a], *tz = &doc->toks.v[b - 1];
                size_t n = fold_surface(doc, ta->start, tz->start + tz->len, f);
                uint32_t x =
                    n == (size_t)-1 || n < best ? NONE : story_writer(c, e, f, n, SW_EXACT, 0);
                if (x == NONE || (x == to && n == best))
                    continue;
                two = n == best && to != NONE;
                to = x;
                best = n;
                tb = a;
                te = b;
            }
        }
        if (to == NONE || two)
            continue;
        eg_doc_move_mention(doc, m, to);
        m->tok_begin = tb;
        m->tok_end = te;
        m->start = doc->toks.v[tb].start;
        m->end = doc->toks.v[te - 1].start + doc->toks.v[te - 1].len;
        m->origin = EG_ORIGIN_SHORT;
    }
}

/* Lower-case verbs before a name that make it a company, not a place
 * ("fined Serra Azul", "sued Puerto Alvear", "could sue Los Chiles"; a
 * place is not fined or hired). Sorted. */
static const char *const company_objects[] = {
    "accused", "acquire", "acquired",    "acquiring",    "backed",        "ban",
    "banned",  "bought",  "buy",         "buying",       "criticised",    "criticized",
    "fine",    "fined",   "fining",      "fire",         "fired",         "funded",
    "hire",    "hired",   "investigate", "investigated", "investigating", "praised",
    "sue",     "sued",    "suing",       "supplied",     "warned",
};

/* Verbs after a name, besides company_verbs, that make it a company ("Río
 * Polochic accused the guild's leader"). Sorted. */
static const char *const company_acts[] = {
    "accused", "appealed", "criticised", "criticized", "denied", "employs",
    "fired",   "hired",    "operates",   "owns",       "sells",  "sued",
};

/* Lower-case words before "in" that make the next name a company ("invested
 * in Isla Magdalena", "a stake in Failaka"), and nouns after a name that
 * make it one ("Bahía Azul manager", "Failaka shares", "outside Ceylon Crest
 * branches"). Sorted. */
static const char *const company_stakes[] = {"invested", "investing", "investment",
                                             "shares",   "stake",     "stakes"};
static const char *const company_roles[] = {
    "board",        "branches",  "chairman",   "chairwoman",   "chief",       "director",
    "directors",    "executive", "executives", "headquarters", "manager",     "managers",
    "shareholders", "shares",    "spokesman",  "spokesperson", "spokeswoman",
};
static const char *const company_owners[] = {"founder", "owner", "owners"};

/* Whether word w[0..n) is a legal form or an abbreviation written with
 * dots ("S.A.P.I.", "C.V.", "sh.a.", "Ltd.") or in brackets ("(Pty)"). */
static int legal_word(const char *w, size_t n) {
    while (n > 0 && w[n - 1] == ',')
        n--;
    if (n >= 2 && w[0] == '(' && w[n - 1] == ')')
        return WORD_IN(legal_forms, w + 1, n - 2);
    if (WORD_IN(legal_forms, w, n))
        return 1;
    if (n < 2 || n > 10 || w[n - 1] != '.')
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!(w[i] == '.' || (w[i] >= 'A' && w[i] <= 'Z') || (w[i] >= 'a' && w[i] <= 'z')))
            return 0;
    return 1;
}

/* The part of organisation name nm that writers use alone: its first words
 * before the rest ("Kordofan" of "Kordofan Gold", "Al Jahra" of "Al Jahra
 * Bank") or its last words after a head of one to three words ("Bahía Azul"
 * of "Inversiones Bahía Azul S.A.", "Río Polochic" of "Compañía Minera Río
 * Polochic S.A.", "Vale do Paraíba" of "Clube Atlético Vale do Paraíba",
 * "Golfo Norte" of "Petrolera Golfo Norte S.A.P.I. de C.V."), legal forms
 * left out. Whether s[0..n) is such a part; *suffix tells which. */
static int company_part(const char *nm, const char *s, size_t n, int *suffix) {
    size_t l = strlen(nm);
    for (int cut = 0;; cut = 1) {
        size_t k = l;
        while (k > 0 && nm[k - 1] != ' ')
            k--;
        if (k == 0 ||
            !(legal_word(nm + k, l - k) || (cut && l - k == 2 && memcmp(nm + k, "de", 2) == 0)))
            break;
        l = k - 1;
    }
    *suffix = 0;
    if (l <= n + 1)
        return 0;
    if (memcmp(nm, s, n) == 0 && nm[n] == ' ')
        return 1;
    if (nm[l - n - 1] != ' ' || memcmp(nm + l - n, s, n) != 0)
        return 0;
    /* the head: one to three capitalised words, Romance joining words
     * between ("Empresa de Transportes"), not English "of" */
    size_t words = 0;
    for (size_t p = 0; p < l - n - 1;) {
        size_t q = p;
        while (q < l - n - 1 && nm[q] != ' ')
            q++;
        if (!WORD_IN(place_ofs, nm + p, q - p)) {
            if (!((unsigned char)nm[p] >= 'A' && (unsigned char)nm[p] <= 'Z') &&
                (unsigned char)nm[p] < 0xC0)
                return 0;
            words++;
        }
        p = q + 1;
    }
    *suffix = 1;
    return words >= 1 && words <= 3;
}

/* Nouns of a kind of body, besides company_nouns, after "the" and a name
 * that make the name the body's ("the Fonte da Vida church"). Sorted. */
static const char *const body_kind_nouns[] = {"church", "movement", "party", "union", "university"};

/* How mention m stands for a company by the words around it: 2 for a
 * company role after it ("Bahía Azul manager", "Ceylon Crest branches"),
 * "the" before it and a noun of a body after it ("the Fonte da Vida
 * church"), a verb a place does not take before it ("fined Serra Azul"),
 * "invested in" before it or an apposition naming a company noun (", a
 * Tampico-based firm,"); 1 for a verb, a possessive or ", which" after it
 * (company_signal, company_acts), which a region takes too ("Inner Mongolia
 * added 40 gigawatts"); else 0. *placed is set when the text makes it a
 * place ("near X", "in X", "residents of X", "the town of X"). */
static int company_use(const rctx *c, const eg_mention *m, int *placed) {
    const eg_doc *doc = c->doc;
    const eg_sentence *sn = &doc->sents.v[m->sentence];
    const eg_token *tv = doc->toks.v;
    const eg_token *x = m->tok_end < sn->tok_end ? &tv[m->tok_end] : NULL;
    if (x && is_word(x) && WORD_IN(company_roles, doc->text + x->start, x->len))
        return 2;
    if (place_context(c, m->tok_begin, m->tok_end, sn->tok_begin, sn->tok_end)) {
        *placed = 1;
        return 0;
    }
    if (m->tok_begin > sn->tok_begin) {
        const eg_token *p = &tv[m->tok_begin - 1];
        const char *ps = doc->text + p->start;
        const eg_token *q = m->tok_begin - 1 > sn->tok_begin ? &tv[m->tok_begin - 2] : NULL;
        const char *qs = q ? doc->text + q->start : NULL;
        if (WORD_IN(place_before, ps, p->len) || ntok_is(doc->text, p, "the") ||
            ntok_is(doc->text, p, "The")) {
            if (ntok_is(doc->text, p, "in") && q && WORD_IN(company_stakes, qs, q->len))
                return 2;
            if ((ntok_is(doc->text, p, "the") || ntok_is(doc->text, p, "The")) && x && is_word(x) &&
                (WORD_IN(company_nouns, doc->text + x->start, x->len) ||
                 WORD_IN(body_kind_nouns, doc->text + x->start, x->len)))
                return 2; /* "the Fonte da Vida church", "the Serra Azul company" */
            *placed = 1;
            return 0;
        }
        if (is_word(p) && WORD_IN(company_objects, ps, p->len))
            return 2;
        if (ntok_is(doc->text, p, "of") && q && is_word(q)) {
            /* "residents of X" is the place; "shares of X", "the chief
             * executive of X" the company */
            if (WORD_IN(company_stakes, qs, q->len) || WORD_IN(company_roles, qs, q->len) ||
                WORD_IN(company_owners, qs, q->len))
                return 2;
            *placed = 1;
            return 0;
        }
    }
    if (x && ntok_is(doc->text, x, ",")) {
        /* an apposition that calls it a company: ", a Tampico-based firm," */
        for (uint32_t j = m->tok_end + 1; j < sn->tok_end && j < m->tok_end + 8; j++) {
            const eg_token *t = &tv[j];
            if (ntok_is(doc->text, t, ",") || ntok_is(doc->text, t, "."))
                break;
            if (is_word(t) && WORD_IN(company_nouns, doc->text + t->start, t->len))
                return 2;
        }
    }
    return company_signal(c, m, sn) ||
           (x && is_word(x) && WORD_IN(company_acts, doc->text + x->start, x->len));
}

/* A place, a second discovered organisation or a discovered person written
 * only as the part of exactly one organisation's name that writers use
 * alone (company_part), after that organisation is named, never where the
 * text makes it a place and at least once as a company (company_use), is
 * that organisation: "fined Serra Azul" and "Serra Azul sells" after
 * "Frigorífico Serra Azul S.A."; "Kordofan" after "Kordofan Gold". A
 * listed place must be a river or sea, another feature ("Daugava",
 * "Kumtor"), a region used as a company by the words before or a role after
 * it ("backed Failaka", "Failaka shares"; not "Inner Mongolia added"), or a
 * city so used wherever the story names it alone ("investigating Los
 * Chiles", "warned Los Chiles"; "Basra has" after "Basra Oil Company" stays
 * the city). A person must be the last words after a head ("fired Pacífico
 * Verde" after "Constructora Pacífico Verde"). 0, or -1 on ENOMEM. */
static int pass_company_parts(rctx *c) {
    eg_doc *doc = c->doc;
    size_t ne = doc->ents.n;
    uint32_t *first = NULL;
    size_t norg = 0;
    for (uint32_t e = 0; e < ne; e++)
        norg += doc->ents.v[e].mentions && strcmp(ent_type(c, e), "organisation") == 0;
    if (norg == 0)
        return 0;
    first = malloc(ne * sizeof *first);
    if (!first)
        return -1;
    for (uint32_t e = 0; e < ne; e++)
        first[e] = NONE;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *x = &doc->ments.v[i];
        if (first[x->ent] == NONE && !(doc->sents.v[x->sentence].flags & EG_SENT_TITLE))
            first[x->ent] = (uint32_t)i;
    }
    for (uint32_t p = 0; p < ne; p++) {
        if (!doc->ents.v[p].mentions || first[p] == NONE)
            continue;
        const char *type = ent_type(c, p);
        int32_t pg = doc->ents.v[p].gaz;
        int org = strcmp(type, "organisation") == 0, person = !org && is_person(c, p);
        if ((org || person) ? pg >= 0 : strcmp(type, "location") != 0)
            continue;
        int need = 1, all = 0; /* the use a mention needs; whether every one needs it */
        if (pg >= 0 && !eg_rules_weak_place(c->g, pg)) {
            const char *cat = rs_gaz_category(c, pg);
            if (strcmp(cat, "region") == 0)
                need = 2;
            else if (strcmp(cat, "city") == 0)
                need = 2, all = 1;
            else if (strcmp(cat, "water") != 0 && strcmp(cat, "other") != 0)
                continue;
        }
        const eg_mention *m0 = &doc->ments.v[first[p]];
        const char *s = doc->text + m0->start;
        size_t n = m0->end - m0->start;
        if (!(doc->toks.v[m0->tok_begin].flags & EG_TOK_CAP))
            continue;
        uint32_t to = NONE;
        int many = 0, suffix = 0;
        for (uint32_t o = 0; o < ne && !many; o++) {
            int suf;
            if (o == p || first[o] == NONE || first[o] >= first[p] ||
                strcmp(ent_type(c, o), "organisation") != 0 ||
                !company_part(ent_name(c, o), s, n, &suf))
                continue;
            if (to != NONE)
                many = 1;
            to = o;
            suffix = suf;
        }
        if (to == NONE || many || (person && !suffix))
            continue;
        int placed = 0, use = org, weak = 0;
        for (size_t i = first[p]; i < doc->ments.n && !placed; i++) {
            const eg_mention *x = &doc->ments.v[i];
            if (x->ent != p || (doc->sents.v[x->sentence].flags & EG_SENT_TITLE))
                continue;
            int u;
            if (x->end - x->start != n || memcmp(doc->text + x->start, s, n) != 0)
                placed = 1; /* written otherwise too */
            else if ((u = company_use(c, x, &placed)) >= need)
                use = 1;
            else
                weak = 1;
        }
        if (placed || !use || (all && weak))
            continue;
        for (size_t i = 0; i < doc->ments.n; i++) {
            eg_mention *x = &doc->ments.v[i];
            if (x->ent == p) {
                eg_doc_move_mention(doc, x, to);
                x->origin = EG_ORIGIN_SHORT;
            }
        }
    }
    free(first);
    return 0;
}

/* Countries that are one city, whose dateline names the country ("MONACO
 * —", "VATICAN CITY —"; Singapore's the rules name so). Sorted. */
static const char *const city_states[] = {"Monaco", "Vatican City"};

/* Words before a country's name that make it the city of the same name
 * the dateline names ("judges in Luxembourg", "referred to Luxembourg"),
 * and words before those that keep it the country ("funds domiciled in
 * Luxembourg"). Sorted. */
static const char *const city_before[] = {"at", "from", "in", "near", "outside", "to"};
static const char *const domicile_words[] = {"based",        "domiciled",  "headquartered",
                                             "incorporated", "registered", "resident"};

/* A dateline that names a country ("LUXEMBOURG (Reuters) —", "DJIBOUTI,
 * Sept 9 —") names its city, which the story then writes as the country is
 * written: the country's name after a preposition of place ("the judges in
 * Luxembourg") or before "-based" is that city, not the country
 * ("Luxembourg’s regulator", "ordered Djibouti to pay" stay the country).
 * A city-state's dateline is the country ("MONACO —"). 0, or -1 on
 * ENOMEM. */
static int pass_dateline_city(rctx *c) {
    eg_doc *doc = c->doc;
    size_t i = 0;
    while (i < doc->ments.n && (doc->sents.v[doc->ments.v[i].sentence].flags & EG_SENT_TITLE))
        i++;
    for (; i < doc->ments.n; i++) {
        eg_mention *m = &doc->ments.v[i];
        const eg_token *t = &doc->toks.v[m->tok_begin];
        if (!(t->flags & EG_TOK_ALLCAPS) || m->start >= doc->body_offset + 80)
            break; /* the dateline's places come first, in capitals */
        uint32_t d = m->ent;
        if (doc->ents.v[d].gaz >= 0 || strcmp(ent_type(c, d), "location") != 0)
            continue;
        const char *nm = ent_name(c, d);
        long g = eg_gazetteer_find(c->g, nm);
        if (g < 0 || strcmp(eg_gazetteer_type(c->g, (size_t)g), "country") != 0)
            continue;
        if (WORD_IN(city_states, nm, strlen(nm))) {
            long e = eg_doc_gazent(doc, (int32_t)g);
            if (e < 0)
                return -1;
            eg_doc_move_mention(doc, &doc->ments.v[i], (uint32_t)e);
            continue;
        }
        size_t n = strlen(nm);
        for (size_t j = i + 1; j < doc->ments.n; j++) {
            eg_mention *x = &doc->ments.v[j];
            if (doc->ents.v[x->ent].gaz != (int32_t)g || x->end - x->start != n ||
                memcmp(doc->text + x->start, nm, n) != 0)
                continue;
            const eg_sentence *sn = &doc->sents.v[x->sentence];
            const eg_token *tv = doc->toks.v;
            int city = 0;
            if (x->tok_end < sn->tok_end && (tv[x->tok_end].flags & EG_TOK_POSS))
                continue; /* "at Djibouti’s ports" */
            if (x->tok_begin > sn->tok_begin &&
                WORD_IN(city_before, doc->text + tv[x->tok_begin - 1].start,
                        tv[x->tok_begin - 1].len))
                city = !(x->tok_begin - 1 > sn->tok_begin &&
                         WORD_IN(domicile_words, doc->text + tv[x->tok_begin - 2].start,
                                 tv[x->tok_begin - 2].len));
            else if (x->tok_end + 1 < sn->tok_end && ntok_hyphen(doc->text, &tv[x->tok_end]) &&
                     ntok_is(doc->text, &tv[x->tok_end + 1], "based"))
                city = 1;
            if (city) {
                eg_doc_move_mention(doc, x, d);
                x->origin = EG_ORIGIN_SHORT;
            }
        }
    }
    return 0;
}

/* Whether body name nm ends with word w[0..n) or starts with it before
 * " of " ("Commission" of "European Commission", "Court" of "Court of
 * Appeal"). */
static int head_of_name(const char *nm, const char *w, size_t n) {
    size_t l = strlen(nm);
    if (l > n + 1 && nm[l - n - 1] == ' ' && memcmp(nm + l - n, w, n) == 0)
        return 1;
    return l > n + 4 && memcmp(nm, w, n) == 0 && memcmp(nm + n, " of ", 4) == 0;
}

/* A body the rules found that the story only ever writes as "the" and a
 * head word ("The Commission, the executive arm of the European Union,")
 * is the one body named before with that head ("European Commission");
 * two such bodies leave it alone. */
static void pass_head_bodies(rctx *c) {
    eg_doc *doc = c->doc;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        uint32_t e = m->ent;
        if (m->tok_end - m->tok_begin != 1 || doc->ents.v[e].gaz >= 0 || !is_body(c, e) ||
            !(doc->toks.v[m->tok_begin].flags & EG_TOK_CAP))
            continue;
        const char *w = doc->text + m->start;
        size_t n = m->end - m->start;
        if (!WORD_IN(body_heads, w, n))
            continue;
        int only = 1, before = 0;
        for (size_t j = 0; j < doc->ments.n && only; j++) {
            const eg_mention *x = &doc->ments.v[j];
            if (x->ent != e)
                continue;
            const eg_sentence *sn = &doc->sents.v[x->sentence];
            only = x->tok_end - x->tok_begin == 1 && x->end - x->start == n &&
                   memcmp(doc->text + x->start, w, n) == 0 && x->tok_begin > sn->tok_begin &&
                   (tok_is(doc, x->tok_begin - 1, "the") || tok_is(doc, x->tok_begin - 1, "The"));
            before += j < i;
        }
        if (!only || before)
            continue; /* judged at its first mention */
        uint32_t to = NONE;
        int many = 0;
        for (size_t j = 0; j < i && !many; j++) {
            uint32_t f = doc->ments.v[j].ent;
            if (f == e || f == to || !is_body(c, f) || !head_of_name(ent_name(c, f), w, n))
                continue;
            many = to != NONE;
            to = f;
        }
        if (to == NONE || many)
            continue;
        for (size_t j = i; j < doc->ments.n; j++) {
            eg_mention *x = &doc->ments.v[j];
            if (x->ent == e) {
                eg_doc_move_mention(doc, x, to);
                x->origin = EG_ORIGIN_SHORT;
            }
        }
    }
}

eg_resolver *eg_resolver_new(void) {
    eg_resolver *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    eg_strbuf_init(&c->str);
    eg_strbuf_init(&c->tmp);
    eg_strbuf_init(&c->key);
    eg_strbuf_init(&c->rec);
    eg_strbuf_init(&c->rev);
    eg_strbuf_init(&c->namestr);
    eg_strbuf_init(&c->built_names);
    eg_strbuf_init(&c->dstr);
    eg_strbuf_init(&c->mkstr);
    return c;
}

void eg_resolver_free(eg_resolver *c) {
    if (!c)
        return;
    rctx_destroy(c);
    free(c);
}

eg_status eg_resolver_run(eg_resolver *c, const eg_gazetteer *g, eg_doc *doc, eg_error *err) {
    c->g = g;
    c->doc = doc;
    /* the form table and its templates are the article's own */
    eg_strbuf_clear(&c->str);
    c->forms.n = c->tseen.n = c->tmpl.n = c->mkprev.n = 0;
    eg_strbuf_clear(&c->mkstr);
    c->forms_fresh = 0;
    if (c->tslotcap)
        memset(c->tslot, 0, c->tslotcap * sizeof *c->tslot);
    for (size_t off = 0; off < doc->names.len;) {
        char *p = doc->names.data + off;
        if (p[0] == LIVE)
            p[0] = DEAD;
        off += strlen(p) + 1;
    }
    int changed = 0;
    int bad = join_cut_names(c) != 0 || absorb_legal_tails(c) != 0 || rs_build_forms(c) != 0 ||
              pass_entities(c, &changed) != 0 || rs_pass_listed_folded(c, &changed) != 0 ||
              rs_pass_formal_names(c, &changed) != 0 || rs_pass_feature_places(c, &changed) != 0 ||
              rs_pass_place_spellings(c, &changed) != 0 || rs_pass_translations(c, &changed) != 0 ||
              rs_pass_native_services(c, &changed) != 0 || rs_pass_syllabic(c, &changed) != 0 ||
              rs_pass_abbreviations(c, &changed) != 0 || rs_pass_other_names(c, &changed) != 0 ||
              rs_pass_foreign_forces(c, &changed) != 0 ||
              rs_pass_foreign_generics(c, &changed) != 0 || rs_pass_home_forms(c, &changed) != 0 ||
              (changed && rs_build_forms(c) != 0) || pass_rule_mentions(c) != 0 ||
              rs_build_forms(c) != 0 || build_cover(c) != 0 || pass_uncovered(c) != 0 ||
              pass_title_orphans(c) != 0 || pass_demonym_persons(c) != 0 ||
              pass_company_parts(c) != 0 || pass_dateline_city(c) != 0;
    if (!bad) {
        rs_pass_grown_places(c);
        pass_title_places(c);
        pass_title_pieces(c);
        rs_pass_title_full(c);
        pass_title_demonyms(c);
        rs_pass_title_readings(c);
        rs_pass_title_countries(c);
        rs_pass_title_surnames(c);
        rs_pass_placed_bodies(c);
        rs_pass_headed_bodies(c);
        rs_pass_surname_places(c);
        rs_pass_eponym_companies(c);
        rs_pass_patronyms(c);
        rs_pass_demonym_objects(c);
        pass_owned_forms(c);
        pass_shared_demonyms(c);
        pass_listed_heads(c);
        pass_inner_short(c);
        pass_head_bodies(c);
        rs_pass_one_sense(c);
        rs_pass_word_forms(c);
        rs_pass_named_places(c);
        rs_pass_listed_types(c);
        rs_pass_one_type(c);
    }
    c->doc = NULL;
    if (bad)
        return eg_error_set(err, EG_ERR_NOMEM, doc->origin, doc->origin_line, 0,
                            "out of memory while resolving short forms");
    return EG_OK;
}

eg_status eg_resolve(const eg_gazetteer *g, eg_doc *doc, eg_error *err) {
    eg_resolver *c = eg_resolver_new();
    if (!c)
        return eg_error_set(err, EG_ERR_NOMEM, doc->origin, doc->origin_line, 0,
                            "out of memory while resolving short forms");
    eg_status st = eg_resolver_run(c, g, doc, err);
    eg_resolver_free(c);
    return st;
}
