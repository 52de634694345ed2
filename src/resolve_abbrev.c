/* resolve_abbrev: acronyms that are no plain initials of the body the
 * article names in full. The rules find "APIKUR", "MOCA" or "DGSN" as
 * bodies of their own; the forms of rs_build_forms spell only a name's
 * initials, so "APIKUR" of the "Association of the Petroleum Industry of
 * Kurdistan" (more than one letter of a word), "MOCA" of the "Major
 * Organised Crime and Anti-Corruption Agency" (a hyphened part and the head
 * word left out), "HR&CE Department" of the "Hindu Religious and Charitable
 * Endowments Department" and "DGSN" of the "General Directorate for
 * National Security" (the initials of the name in its own language, in
 * that language's word order) stay apart. An abbreviation matcher in the
 * style of Schwartz and Hearst (2003) ties them to the one body they fit. */
#include "resolve_int.h"

/* Longest acronym and name the matcher takes. */
#define AB_LETTERS 12
#define AB_PARTS 16

/* A word of a long form, or a part of a hyphened word: its letters (accents
 * dropped), whether it opens with a capital and whether it follows a
 * hyphen ("Corruption" of "Anti-Corruption"). */
typedef struct abpart {
    const char *p;
    size_t n;
    uint8_t cap;
    uint8_t sub;
} abpart;

/* Whether ch parts words ("Fédération\nCamerounaise" at a line end). */
static int ab_space(char ch) {
    return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
}

/* Splits the accent-free name s[0..n) into parts; a leading elided article
 * ("l’" of "l’Eau", "d'" of "d'Ivoire") and a trailing "'s" go. Returns
 * the number of parts, or 0 when there are too many. */
static size_t ab_parts(const char *s, size_t n, abpart *w, size_t max) {
    size_t k = 0, i = 0;
    while (i < n) {
        while (i < n && ab_space(s[i]))
            i++;
        int sub = 0;
        while (i < n && !ab_space(s[i])) {
            size_t b = i;
            while (i < n && !ab_space(s[i]) && s[i] != '-')
                i++;
            size_t e = i;
            if (i < n && s[i] == '-')
                i++;
            /* "l’" / "d'" */
            size_t q = e - b > 2 ? rs_apostrophe_at(s, b + 1, e) : 0;
            if (q && (ascii_lower(s[b]) == 'l' || ascii_lower(s[b]) == 'd'))
                b += 1 + q;
            while (e > b &&
                   !((s[e - 1] >= 'A' && s[e - 1] <= 'Z') || (s[e - 1] >= 'a' && s[e - 1] <= 'z')))
                e--; /* "Office," */
            if (e - b > 2 && (s[e - 1] == 's' || s[e - 1] == 'S')) {
                size_t a = e - 2;
                while (a > b && (unsigned char)s[a] >= 0x80 && (unsigned char)s[a] < 0xC0)
                    a--;
                if (rs_apostrophe_at(s, a, e - 1))
                    e = a; /* "Prosecutor’s" */
            }
            if (e == b)
                continue;
            if (k == max)
                return 0;
            w[k].p = s + b;
            w[k].n = e - b;
            w[k].cap = s[b] >= 'A' && s[b] <= 'Z';
            w[k].sub = (uint8_t)sub;
            k++;
            sub = 1;
        }
    }
    return k;
}

/* Parts an acronym may pass over without a letter: small joining words
 * ("of", "de la", "and") and the later parts of a hyphened word. */
static int ab_skippable(const abpart *w) {
    return !w->cap || w->sub;
}

/* Does the acronym a[k..n) go on from part i (letter at pos matched last)?
 * Each letter is the first of a later part, every part between them
 * skippable, or (with `inside`) a later letter of part i. At most one
 * capitalised word may be left at the end ("Agency" of "MOCA", "SA" of a
 * company); two letters or more start parts, and at most twice as many
 * letters sit inside parts as start them. */
static int ab_fit(const char *a, size_t n, size_t k, const abpart *w, size_t nw, size_t i,
                  size_t pos, size_t starts, size_t inner, int inside) {
    if (k == n) {
        size_t left = 0;
        for (size_t j = i + 1; j < nw; j++)
            left += !ab_skippable(&w[j]);
        return left <= 1 && starts >= 2 && inner <= 2 * starts;
    }
    char ch = ascii_lower(a[k]);
    if (i < nw && inside)
        for (size_t q = pos + 1; q < w[i].n; q++)
            if (ascii_lower(w[i].p[q]) == ch &&
                ab_fit(a, n, k + 1, w, nw, i, q, starts, inner + 1, inside))
                return 1;
    for (size_t j = i < nw ? i + 1 : 0; j < nw; j++) {
        if (ascii_lower(w[j].p[0]) == ch &&
            ab_fit(a, n, k + 1, w, nw, j, 0, starts + 1, inner, inside))
            return 1;
        if (!ab_skippable(&w[j]))
            break;
    }
    return 0;
}

/* ab_parts of name s[0..len) without its accents, written into plain when
 * it has any (the parts may point there). */
static size_t ab_name_parts(const char *s, size_t len, char plain[256], abpart w[AB_PARTS]) {
    size_t pl = rs_drop_accents(s, len, plain, 256);
    return pl ? ab_parts(plain, pl, w, AB_PARTS) : ab_parts(s, len, w, AB_PARTS);
}

/* Whether the capitals a[0..n) abbreviate the name s[0..len) (see ab_fit,
 * `inside` as there), which does not write them as a word ("SATA" is no
 * abbreviation of "SATA Air Açores" but its parent's name). */
static int ab_abbreviates(const char *a, size_t n, const char *s, size_t len, int inside) {
    char plain[256];
    abpart w[AB_PARTS];
    size_t nw = ab_name_parts(s, len, plain, w);
    for (size_t j = 0; j < nw; j++) {
        size_t q = 0;
        while (q < n && w[j].n == n && ascii_lower(w[j].p[q]) == ascii_lower(a[q]))
            q++;
        if (q == n)
            return 0;
    }
    return nw >= 2 && ab_fit(a, n, 0, w, nw, (size_t)-1, 0, 0, 0, inside);
}

/* Whether the capitals a[0..n) are the initials of the capitalised words of
 * name s[0..len) in another order ("DGSN", Direction Générale de la Sûreté
 * Nationale, of the "General Directorate for National Security"). */
static int ab_reordered(const char *a, size_t n, const char *s, size_t len) {
    char plain[256];
    abpart w[AB_PARTS];
    size_t nw = ab_name_parts(s, len, plain, w), k = 0;
    unsigned count[26] = {0};
    int same = 1;
    for (size_t j = 0; j < nw; j++) {
        if (!w[j].cap || w[j].sub)
            continue;
        if (k == n)
            return 0;
        same &= w[j].p[0] == a[k];
        count[w[j].p[0] - 'A']++;
        k++;
    }
    if (k != n || same)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (a[i] < 'A' || a[i] > 'Z' || count[a[i] - 'A']-- == 0)
            return 0;
    return 1;
}

/* The one body of the article other than e that has a mention of two
 * words or more that the capitals a[0..n) fit (reordered: see
 * ab_reordered; else ab_abbreviates with `inside`); with `head` (the words
 * of e's name after its acronym, "Department" of "HR&CE Department") the
 * name must end with them, and the rest before them is what a fits. NONE
 * when none or several fit. */
static uint32_t ab_owner(rctx *c, uint32_t e, const char *a, size_t n, const char *head, size_t hn,
                         int inside, int reordered) {
    const eg_doc *doc = c->doc;
    uint32_t found = NONE;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        uint32_t f = m->ent;
        if (m->tok_end - m->tok_begin < 2 || f == e || f == found || !is_body(c, f))
            continue;
        const char *s = doc->text + m->start;
        size_t len = m->end - m->start;
        if (hn) {
            if (len <= hn + 1 || s[len - hn - 1] != ' ' || memcmp(s + len - hn, head, hn) != 0)
                continue;
            len -= hn + 1;
        }
        int fits = reordered ? ab_reordered(a, n, s, len) : ab_abbreviates(a, n, s, len, inside);
        if (!fits)
            continue;
        if (found != NONE)
            return NONE;
        found = f;
    }
    return found;
}

/* The acronym of entity e into buf, as its mentions write it: the one text
 * of all its mentions, one all-capitals word (rs_acronym_mention), or a
 * discovered name of capitals and "&" and capitalised words after it
 * ("HR&CE Department"), whose words after the first go to *head. 0 when e
 * is none of these. */
static size_t ab_acronym_of(rctx *c, uint32_t e, char *buf, size_t size, const char **head,
                            size_t *hn) {
    const eg_doc *doc = c->doc;
    const char *txt = NULL;
    size_t len = 0;
    int one_word = 1;
    for (size_t i = 0; i < doc->ments.n; i++) {
        const eg_mention *m = &doc->ments.v[i];
        if (m->ent != e)
            continue;
        size_t l = m->end - m->start;
        if (txt && (l != len || memcmp(txt, doc->text + m->start, l) != 0))
            return 0;
        txt = doc->text + m->start;
        len = l;
        one_word &= rs_acronym_mention(doc, m);
    }
    if (!txt)
        return 0;
    *head = NULL;
    *hn = 0;
    size_t k = 0, i = 0;
    if (one_word) {
        if (len >= size)
            return 0;
        for (; i < len; i++)
            if (txt[i] >= 'A' && txt[i] <= 'Z')
                buf[k++] = txt[i];
            else
                return 0;
        return k;
    }
    if (doc->ents.v[e].gaz >= 0)
        return 0;
    int amp = 0;
    for (; i < len && txt[i] != ' '; i++) {
        if (txt[i] == '&')
            amp = 1;
        else if (txt[i] >= 'A' && txt[i] <= 'Z' && k + 1 < size)
            buf[k++] = txt[i];
        else
            return 0;
    }
    if (!amp || k < HEADFIRST_MIN_LETTERS || i + 2 > len ||
        !(txt[i + 1] >= 'A' && txt[i + 1] <= 'Z'))
        return 0;
    *head = txt + i + 1;
    *hn = len - i - 1;
    return k;
}

/* An entity written only as an acronym of 3 letters or more, or as such an
 * acronym with "&" and a head word ("HR&CE Department"), that no form of
 * rs_build_forms tied to a body, is the one body of the article written in
 * full whose name it abbreviates: its letters in order, the first opening
 * the name, each later one opening a word or going on inside the word of
 * the letter before (ab_fit). An acronym that fits no body so may be the
 * initials of a body's name in another order (an own-language acronym
 * beside the English name: "DGSN"). A discovered acronym's mentions move
 * to the body, which keeps its name and type. A listed acronym counts only when the
 * list knows its body by nothing else (a one-word listed name: "ONEE"), so
 * an acronym the list gives a named body ("ANC" of the African National
 * Congress) stays that body, and only by word starts (not "IRNA" of an
 * "Iran National Anti-Doping Organization"); a discovered body it fits
 * then joins it, taking the list's type. Sets *changed when a mention
 * moved. 0 always. */
int rs_pass_abbreviations(rctx *c, int *changed) {
    eg_doc *doc = c->doc;
    for (uint32_t e = 0; e < doc->ents.n; e++) {
        const eg_docent *d = &doc->ents.v[e];
        if (!d->mentions || !is_body(c, e))
            continue;
        const char *nm = ent_name(c, e);
        if (!(nm[0] >= 'A' && nm[0] <= 'Z') || !((nm[1] >= 'A' && nm[1] <= 'Z') || nm[1] == '&') ||
            (d->gaz >= 0 && strchr(nm, ' ')))
            continue;
        char a[AB_LETTERS + 1];
        const char *head;
        size_t hn;
        size_t n = ab_acronym_of(c, e, a, sizeof a, &head, &hn);
        if (n < HEADFIRST_MIN_LETTERS)
            continue;
        uint32_t to = ab_owner(c, e, a, n, head, hn, d->gaz < 0, 0);
        if (to == NONE && !hn)
            to = ab_owner(c, e, a, n, NULL, 0, 0, 1);
        if (to == NONE)
            continue;
        uint32_t from = e;
        if (d->gaz >= 0 && doc->ents.v[to].gaz < 0) {
            from = to; /* the list's type of "ONEE" before the rules' guess */
            to = e;
        }
        if (eg_doc_move_entity(doc, from, to))
            *changed = 1;
    }
    return 0;
}
