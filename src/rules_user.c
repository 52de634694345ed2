/* rules_user: running the user's PCRE2 recognisers (recognisers.tsv and
 * files given to eg_rules_load) over one sentence, with the match limits
 * reported as warnings. */
#include "rules_ctx.h"

#include <string.h>

/* Token index whose start is byte `off` within [sb, se), or NONE. */
static uint32_t tok_starting(const ctx *c, uint32_t sb, uint32_t se, size_t off) {
    uint32_t lo = sb, hi = se;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (c->tv[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < se && c->tv[lo].start == off ? lo : NONE;
}

static uint32_t tok_ending(const ctx *c, uint32_t sb, uint32_t se, size_t off) {
    uint32_t lo = sb, hi = se;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if ((size_t)c->tv[mid].start + c->tv[mid].len < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < se && (size_t)c->tv[lo].start + c->tv[lo].len == off ? lo : NONE;
}

int eg_rx_needs_in(const char *needs, const char *text, size_t b, size_t e) {
    const char *lit = needs;
    for (;;) {
        size_t n = strcspn(lit, "|");
        for (size_t p = b; n && p + n <= e;) {
            const char *hit = memchr(text + p, (unsigned char)lit[0], e - n + 1 - p);
            if (!hit)
                break;
            if (memcmp(hit, lit, n) == 0)
                return 1;
            p = (size_t)(hit - text) + 1;
        }
        if (!lit[n])
            return 0;
        lit += n + 1;
    }
}

eg_status eg_rx_rule_user(ctx *c, const recogniser *rc, uint32_t si, uint32_t sb, uint32_t se,
                          eg_error *err) {
    size_t begin = c->tv[sb].start;
    size_t stop = (size_t)c->tv[se - 1].start + c->tv[se - 1].len;
    if (rc->needs && !eg_rx_needs_in(rc->needs, c->text, begin, stop))
        return EG_OK;
    return eg_rx_rule_user_run(c, rc, si, sb, se, err);
}

eg_status eg_rx_rule_user_run(ctx *c, const recogniser *rc, uint32_t si, uint32_t sb, uint32_t se,
                              eg_error *err) {
    eg_rulescratch *s = c->s;
    size_t begin = c->tv[sb].start;
    size_t stop = (size_t)c->tv[se - 1].start + c->tv[se - 1].len;
    size_t off = begin;
    while (off <= stop) {
        int rc2 = pcre2_match(rc->code, (PCRE2_SPTR)c->text, stop, off, 0, s->md, s->mctx);
        if (rc2 == PCRE2_ERROR_NOMEMORY)
            return eg_rx_oom(c->doc->origin, c->doc->origin_line, err);
        if (rc2 == PCRE2_ERROR_MATCHLIMIT || rc2 == PCRE2_ERROR_DEPTHLIMIT ||
            rc2 == PCRE2_ERROR_HEAPLIMIT || rc2 == PCRE2_ERROR_JIT_STACKLIMIT) {
            eg_warn(s->diag, c->doc->origin, c->doc->origin_line, 0,
                    "article %s, sentence %u: recogniser %s hit a PCRE2 limit; it gives up on "
                    "this sentence",
                    c->doc->id ? c->doc->id : "?", si + 1, rc->where);
            break;
        }
        if (rc2 < 0)
            break; /* no match: the rule is done with this sentence */
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(s->md);
        PCRE2_SIZE gs = ov[2 * rc->group], ge = ov[2 * rc->group + 1];
        if (rc2 > (int)rc->group && gs != PCRE2_UNSET && ge > gs) {
            uint32_t tb = tok_starting(c, sb, se, gs), tl = tok_ending(c, sb, se, ge);
            if (tb != NONE && tl != NONE && tl >= tb) {
                uint32_t te = tl + 1;
                if (strcmp(rc->type, "person") == 0)
                    for (;;) {
                        uint32_t e;
                        if (tb < te && (eg_rx_tok_class(c, tb) || !(c->tv[tb].flags & EG_TOK_WORD)))
                            tb++;
                        else if (tb < te && eg_rx_title_at(c, tb, te, &e) && e < te)
                            tb = e;
                        else
                            break;
                    }
                if (tb < te && (unsigned char)c->text[c->tv[tb].start] >= 0x20) {
                    eg_status st =
                        eg_rx_add_cand(c, tb, te, si, K_USER, rc->type, -1, EG_ORIGIN_RULE, err);
                    if (st != EG_OK)
                        return st;
                }
            }
        }
        size_t next = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
        while (next < stop && ((unsigned char)c->text[next] & 0xC0) == 0x80)
            next++;
        if (next <= off)
            next = off + 1;
        off = next;
    }
    return EG_OK;
}
