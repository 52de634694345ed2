/* corpus: the INPUT reader. Walks folders in byte order, reads text files
 * whole and JSON Lines one line at a time (getline + json_loadb), and checks
 * each article for binary content, invalid UTF-8, emptiness and repeats
 * before handing it to the caller. */
#include "corpus.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "jsonload.h"
#include "strbuf.h"
#include "utf8.h"

enum { K_SKIP = -1, K_DIR = 0, K_TEXT, K_JSONL, K_BAD };

/* Read chunk for text files; a getline buffer above BIG_LINE is released
 * after its line so one huge record does not pin memory for the file. */
enum { CHUNK = 64 * 1024, BIG_LINE = 16 * 1024 * 1024, HEAD = 16 };

typedef struct wentry {
    char *name; /* folders end in '/', so that sorting orders whole paths */
    int kind;
    int err; /* K_BAD: errno from stat */
    dev_t dev;
    ino_t ino;
} wentry;

typedef struct wframe {
    char *dir; /* the folder's path as opened */
    char *rel; /* its path relative to the INPUT, "" or ending in '/' */
    wentry *ents;
    size_t n, i;
    dev_t dev;
    ino_t ino;
} wframe;

/* An entry of a seen-set: ids own `id`; texts borrow the id of the first
 * article with that text from the id set. */
typedef struct seen {
    uint64_t hash;
    char *id;
    uint32_t origin; /* index into eg_corpus.origins */
    long line;
    uint32_t group; /* articles linked by a shared id or text (union-find) */
} seen;

/* Entries in the order added, found through a table of their indices: the
 * sets hold every article read, so the table's empty half is four bytes a
 * slot rather than a whole entry. */
typedef struct seenset {
    seen *v;
    size_t n, cap;
    uint32_t *slot; /* index + 1 into v, 0 = empty; nslots a power of two */
    size_t nslots;
} seenset;

struct eg_corpus {
    char **inputs;
    size_t ninputs, next_input;
    eg_corpus_opts opts;
    eg_diag *diag;

    wframe *stack; /* folder walk */
    size_t depth, stack_cap;

    /* the open JSON Lines source, if fp != NULL */
    FILE *fp;
    int fp_is_stdin;
    char *src_rel;       /* relative path, for ids of records without one */
    uint32_t src_origin; /* index into origins */
    long lineno;
    uint64_t offset;   /* file offset of the current line */
    int bad_utf8_seen; /* invalid UTF-8 already reported for this file */
    long nonblank;     /* non-blank lines read from the open JSON Lines source */
    eg_strbuf prefix;  /* bytes consumed while sniffing, read before fp */
    size_t prefix_pos;
    char *gbuf; /* getline buffer */
    size_t gcap;
    eg_strbuf lbuf; /* a line joined from prefix and fp */
    eg_strbuf mbuf; /* a line with invalid bytes mapped for jansson */

    char **origins; /* every file opened, for "first seen at" */
    size_t norigins, origins_cap;
    seenset ids, texts;
    uint32_t *group_parent; /* union-find over seen.group */
    size_t ngroups, groups_cap;
    eg_summary st;
};

void eg_article_free(eg_article *a) {
    if (!a)
        return;
    free(a->id);
    free(a->title);
    free(a->date);
    free(a->url);
    free(a->source);
    free(a->text);
    free(a->origin);
    free(a);
}

/* ---- small helpers ---------------------------------------------------- */

static char *dupstr(const char *s) {
    size_t n = strlen(s);
    char *p = malloc(n + 1);
    if (p)
        memcpy(p, s, n + 1);
    return p;
}

static char *concat(const char *a, const char *b) {
    size_t na = strlen(a), nb = strlen(b);
    char *p = malloc(na + nb + 1);
    if (!p)
        return NULL;
    memcpy(p, a, na);
    memcpy(p + na, b, nb + 1);
    return p;
}

static char *join_path(const char *dir, const char *name) {
    size_t n = strlen(dir);
    if (n > 0 && dir[n - 1] == '/')
        return concat(dir, name);
    char *tmp = concat(dir, "/");
    if (!tmp)
        return NULL;
    char *p = concat(tmp, name);
    free(tmp);
    return p;
}

/* The last path component, trailing slashes ignored. */
static char *base_name(const char *path) {
    size_t end = strlen(path);
    while (end > 1 && path[end - 1] == '/')
        end--;
    size_t start = end;
    while (start > 0 && path[start - 1] != '/')
        start--;
    char *p = malloc(end - start + 1);
    if (!p)
        return NULL;
    memcpy(p, path + start, end - start);
    p[end - start] = '\0';
    return p;
}

static int lower_ascii(int ch) {
    return ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch;
}

static int has_ext(const char *name, const char *ext) {
    size_t n = strlen(name), e = strlen(ext);
    if (n <= e)
        return 0;
    for (size_t i = 0; i < e; i++)
        if (lower_ascii((unsigned char)name[n - e + i]) != ext[i])
            return 0;
    return 1;
}

/* K_JSONL, K_TEXT, or K_SKIP for a file found in a folder that we do not read. */
static int kind_of(const char *name, int in_folder) {
    if (has_ext(name, ".jsonl") || has_ext(name, ".ndjson"))
        return K_JSONL;
    if (!in_folder || has_ext(name, ".txt") || has_ext(name, ".text") || has_ext(name, ".md"))
        return K_TEXT;
    return K_SKIP;
}

static uint64_t fnv1a(const char *s, size_t n) {
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

static int is_blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n' && s[i] != '\f' &&
            s[i] != '\v')
            return 0;
    return 1;
}

/* A short printable rendering of untrusted text for a diagnostic. */
static const char *printable(const char *s, char *buf, size_t size) {
    size_t i = 0, j = 0;
    for (; s[i] && j + 4 < size; i++) {
        unsigned char ch = (unsigned char)s[i];
        buf[j++] = ch < 0x20 || ch == 0x7f ? '?' : (char)ch;
    }
    if (s[i]) {
        memcpy(buf + j, "...", 3);
        j += 3;
    }
    buf[j] = '\0';
    return buf;
}

/* ---- binary detection ---------------------------------------------- */

static const struct {
    const char *magic;
    size_t len;
    const char *what;
} magics[] = {
    {"%PDF-", 5, "PDF document"},
    {"\x89PNG\r\n\x1a\n", 8, "PNG image"},
    {"\xff\xd8\xff", 3, "JPEG image"},
    {"GIF87a", 6, "GIF image"},
    {"GIF89a", 6, "GIF image"},
    {"PK\x03\x04", 4, "ZIP archive"},
    {"PK\x05\x06", 4, "ZIP archive"},
    {"PK\x07\x08", 4, "ZIP archive"},
    {"\x1f\x8b", 2, "gzip data"},
    {"\xfd"
     "7zXZ\x00",
     6, "xz data"},
    {"7z\xbc\xaf\x27\x1c", 6, "7-Zip archive"},
    {"\x28\xb5\x2f\xfd", 4, "Zstandard data"},
    {"\x04\x22\x4d\x18", 4, "LZ4 data"},
    {"Rar!\x1a\x07", 6, "RAR archive"},
    {"\x7f"
     "ELF",
     4, "ELF executable"},
    {"\xcf\xfa\xed\xfe", 4, "Mach-O executable"},
    {"\xce\xfa\xed\xfe", 4, "Mach-O executable"},
    {"\xca\xfe\xba\xbe", 4, "Mach-O or Java class file"},
    {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, "OLE2 document"},
    {"II*\x00", 4, "TIFF image"},
    {"MM\x00*", 4, "TIFF image"},
    {"SQLite format 3\x00", 16, "SQLite database"},
    {"\x00"
     "asm",
     4, "WebAssembly module"},
    {"\xff\xfe", 2, "UTF-16 text (not supported)"},
    {"\xfe\xff", 2, "UTF-16 text (not supported)"},
};

/* What binary format `s` (the first n bytes of a file) starts with, or NULL. */
static const char *binary_magic(const char *s, size_t n) {
    for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++)
        if (n >= magics[i].len && memcmp(s, magics[i].magic, magics[i].len) == 0)
            return magics[i].what;
    if (n >= 10 && memcmp(s, "BZh", 3) == 0 && s[3] >= '1' && s[3] <= '9' &&
        (memcmp(s + 4, "1AY&SY", 6) == 0 || memcmp(s + 4, "\x17rE8P\x90", 6) == 0))
        return "bzip2 data";
    if (n >= 12 && memcmp(s, "RIFF", 4) == 0 &&
        (memcmp(s + 8, "WEBP", 4) == 0 || memcmp(s + 8, "WAVE", 4) == 0 ||
         memcmp(s + 8, "AVI ", 4) == 0))
        return "RIFF media";
    if (n >= 12 && memcmp(s + 4, "ftyp", 4) == 0)
        return "MP4/QuickTime media";
    if (n >= 4 && memcmp(s, "ID3", 3) == 0 && s[3] >= 2 && s[3] <= 4)
        return "MP3 audio";
    if (n >= 5 && memcmp(s, "OggS", 5) == 0)
        return "Ogg media";
    return NULL;
}

/* ---- UTF-8 mapping for jansson ----------------------------------------
 * jansson refuses invalid UTF-8, but the articles keep their bytes as read.
 * Before parsing, each byte b that does not start a valid sequence becomes
 * the code point U+10FF00 + b (F4 8F BE/BF xx); every string taken from
 * the parsed record is mapped back. A line that holds both invalid bytes and
 * genuine U+10FF80..U+10FFFF characters would have those turned into bytes. */

static int map_invalid(const char *s, size_t n, eg_strbuf *out) {
    eg_strbuf_clear(out);
    size_t i = 0;
    while (i < n) {
        size_t bad = i + eg_utf8_first_invalid(s + i, n - i);
        if (eg_strbuf_append(out, s + i, bad - i) != 0)
            return -1;
        if (bad >= n)
            break;
        unsigned char b = (unsigned char)s[bad];
        char enc[4] = {(char)0xf4, (char)0x8f, (char)(0xbe + (b >> 6) - 2),
                       (char)(0x80 | (b & 0x3f))};
        if (eg_strbuf_append(out, enc, 4) != 0)
            return -1;
        i = bad + 1;
    }
    return 0;
}

/* A heap copy of a JSON string's bytes, invalid bytes restored if `mapped`. */
static char *string_copy(const json_t *v, int mapped, size_t *len_out) {
    const char *s = json_string_value(v);
    size_t n = json_string_length(v);
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    size_t j = 0;
    for (size_t i = 0; i < n;) {
        if (mapped && i + 3 < n && (unsigned char)s[i] == 0xf4 && (unsigned char)s[i + 1] == 0x8f &&
            ((unsigned char)s[i + 2] == 0xbe || (unsigned char)s[i + 2] == 0xbf)) {
            unsigned hi = (unsigned char)s[i + 2] == 0xbf ? 0x40 : 0;
            p[j++] = (char)(0x80 | hi | ((unsigned char)s[i + 3] & 0x3f));
            i += 4;
        } else {
            p[j++] = s[i++];
        }
    }
    p[j] = '\0';
    if (len_out)
        *len_out = j;
    return p;
}

/* ---- ISO 8601 dates ---------------------------------------------------- */

static int num(const char *s, int n, int *v) {
    *v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        *v = *v * 10 + (s[i] - '0');
    }
    return 1;
}

/* YYYY-MM-DD, optionally followed by T or a space and HH:MM[:SS[.frac]] and
 * an optional zone (Z, +HH, +HH:MM, +HHMM). */
static int valid_date(const char *s) {
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y, m, d, hh, mm, ss;
    if (strlen(s) < 10 || !num(s, 4, &y) || s[4] != '-' || !num(s + 5, 2, &m) || s[7] != '-' ||
        !num(s + 8, 2, &d))
        return 0;
    if (m < 1 || m > 12 || d < 1)
        return 0;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > mdays[m - 1] + (m == 2 && leap))
        return 0;
    const char *p = s + 10;
    if (!*p)
        return 1;
    if (*p != 'T' && *p != 't' && *p != ' ')
        return 0;
    p++;
    if (!num(p, 2, &hh) || p[2] != ':' || !num(p + 3, 2, &mm) || hh > 23 || mm > 59)
        return 0;
    p += 5;
    if (*p == ':') {
        if (!num(p + 1, 2, &ss) || ss > 60)
            return 0;
        p += 3;
        if (*p == '.' || *p == ',') {
            p++;
            if (*p < '0' || *p > '9')
                return 0;
            while (*p >= '0' && *p <= '9')
                p++;
        }
    }
    if (*p == 'Z' || *p == 'z') {
        p++;
    } else if (*p == '+' || *p == '-') {
        if (!num(p + 1, 2, &hh) || hh > 23)
            return 0;
        p += 3;
        if (*p == ':')
            p++;
        if (*p) {
            if (!num(p, 2, &mm) || mm > 59)
                return 0;
            p += 2;
        }
    }
    return *p == '\0';
}

/* ---- seen sets ---------------------------------------------------------- */

static seen *set_find(const seenset *s, uint64_t h, const char *id) {
    if (!s->nslots)
        return NULL;
    size_t mask = s->nslots - 1;
    for (size_t i = (size_t)h & mask; s->slot[i]; i = (i + 1) & mask) {
        seen *e = &s->v[s->slot[i] - 1];
        if (e->hash == h && (!id || strcmp(e->id, id) == 0))
            return e;
    }
    return NULL;
}

/* A new zeroed entry for hash h (the set grows as needed), or NULL on
 * ENOMEM. It stays valid until the next set_add on the same set. */
static seen *set_add(seenset *s, uint64_t h) {
    if (s->n >= UINT32_MAX - 1)
        return NULL;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        seen *v = realloc(s->v, cap * sizeof *v);
        if (!v)
            return NULL;
        s->v = v;
        s->cap = cap;
    }
    if ((s->n + 1) * 2 > s->nslots) {
        size_t ns = s->nslots ? s->nslots * 2 : 128;
        uint32_t *t = calloc(ns, sizeof *t);
        if (!t)
            return NULL;
        for (size_t k = 0; k < s->n; k++) {
            size_t j = (size_t)s->v[k].hash & (ns - 1);
            while (t[j])
                j = (j + 1) & (ns - 1);
            t[j] = (uint32_t)(k + 1);
        }
        free(s->slot);
        s->slot = t;
        s->nslots = ns;
    }
    size_t mask = s->nslots - 1, i = (size_t)h & mask;
    while (s->slot[i])
        i = (i + 1) & mask;
    seen *e = &s->v[s->n];
    memset(e, 0, sizeof *e);
    e->hash = h;
    s->slot[i] = (uint32_t)++s->n;
    return e;
}

static void place_of(const eg_corpus *c, const seen *e, char *buf, size_t size) {
    if (e->line > 0)
        snprintf(buf, size, "%s:%ld", c->origins[e->origin], e->line);
    else
        snprintf(buf, size, "%s", c->origins[e->origin]);
}

/* Interns the path of a newly opened file; its index or -1 on ENOMEM. */
static long add_origin(eg_corpus *c, const char *path) {
    if (c->norigins == c->origins_cap) {
        size_t cap = c->origins_cap ? c->origins_cap * 2 : 16;
        char **v = realloc(c->origins, cap * sizeof *v);
        if (!v)
            return -1;
        c->origins = v;
        c->origins_cap = cap;
    }
    char *p = dupstr(path);
    if (!p)
        return -1;
    c->origins[c->norigins] = p;
    return (long)c->norigins++;
}

/* ---- articles ------------------------------------------------------------ */

static eg_status data_problem(eg_corpus *c, eg_error *err, const char *source, long line,
                              long column, const char *text) {
    if (c->opts.strict) /* the error alone: the caller reports it */
        return eg_error_set(err, EG_ERR_DATA, source, line, column, "%s", text);
    eg_warn(c->diag, source, line, column, "%s", text);
    return EG_OK;
}

static long column_at(const char *line, size_t off);

/* Warns once per file at the first invalid byte of s[0..n): a whole text
 * file (line 0: the line is counted here) or one JSON Lines line whose
 * columns start `colshift` characters in (a byte order mark). */
static void check_utf8(eg_corpus *c, const char *s, size_t n, const char *origin, long line,
                       long colshift) {
    if (c->bad_utf8_seen)
        return;
    size_t bad = eg_utf8_first_invalid(s, n);
    if (bad >= n)
        return;
    c->bad_utf8_seen = 1;
    size_t start = 0;
    if (line == 0) {
        line = 1;
        for (size_t i = 0; i < bad; i++)
            if (s[i] == '\n') {
                line++;
                start = i + 1;
            }
    }
    eg_warn(c->diag, origin, line, column_at(s + start, bad - start) + colshift,
            "invalid UTF-8 (kept as is)");
}

static uint32_t group_find(eg_corpus *c, uint32_t g) {
    while (c->group_parent[g] != g) {
        c->group_parent[g] = c->group_parent[c->group_parent[g]];
        g = c->group_parent[g];
    }
    return g;
}

/* A new group, or UINT32_MAX on ENOMEM. */
static uint32_t group_new(eg_corpus *c) {
    if (c->ngroups == c->groups_cap) {
        size_t cap = c->groups_cap ? c->groups_cap * 2 : 64;
        uint32_t *v = cap < UINT32_MAX ? realloc(c->group_parent, cap * sizeof *v) : NULL;
        if (!v)
            return UINT32_MAX;
        c->group_parent = v;
        c->groups_cap = cap;
    }
    c->group_parent[c->ngroups] = (uint32_t)c->ngroups;
    return (uint32_t)c->ngroups++;
}

/* Deduplicates, counts and hands out `a` (taken over: freed if dropped).
 * Articles sharing an id or a text form groups; every article read is
 * remembered, dropped or not, and warns once for each earlier group it
 * joins: a repeated id and a repeated text of one earlier article are one
 * warning, of two unrelated articles two. The number of warnings (articles
 * minus groups) is then the same whatever order the articles come in. */
static eg_status deliver(eg_corpus *c, eg_article *a, uint32_t origin, eg_article **out) {
    char place[1100], shown[256];
    uint64_t ih = fnv1a(a->id, strlen(a->id));
    int blank = is_blank(a->text, a->text_len);
    uint64_t th = fnv1a(a->text, a->text_len);
    seen *ide = set_find(&c->ids, ih, a->id);
    seen *te = blank ? NULL : set_find(&c->texts, th, NULL);
    const char *verdict = c->opts.dedupe ? "dropped" : "kept";
    uint32_t gi = ide ? group_find(c, ide->group) : UINT32_MAX;
    uint32_t gt = te ? group_find(c, te->group) : UINT32_MAX;
    uint32_t grp = ide ? gi : te ? gt : group_new(c);
    if (grp == UINT32_MAX) {
        eg_article_free(a);
        return EG_ERR_NOMEM;
    }
    if (ide && te && gi != gt)
        c->group_parent[gt] = gi;
    if (ide) {
        place_of(c, ide, place, sizeof place);
        eg_warn(c->diag, a->origin, a->line, 0, "duplicate id \"%s\" (first seen at %s), %s",
                printable(a->id, shown, sizeof shown), place, verdict);
    }
    if (te && gt != gi) {
        place_of(c, te, place, sizeof place);
        eg_warn(c->diag, a->origin, a->line, 0, "same text as \"%s\" (%s), %s",
                printable(te->id, shown, sizeof shown), place, verdict);
    }
    int repeat = ide || te;
    if (!ide) {
        char *id = dupstr(a->id);
        if (!id || !(ide = set_add(&c->ids, ih))) {
            free(id);
            eg_article_free(a);
            return EG_ERR_NOMEM;
        }
        ide->id = id;
        ide->origin = origin;
        ide->line = a->line;
        ide->group = grp;
    }
    if (!blank && !te) {
        te = set_add(&c->texts, th);
        if (!te) {
            eg_article_free(a);
            return EG_ERR_NOMEM;
        }
        te->id = ide->id;
        te->origin = origin;
        te->line = a->line;
        te->group = grp;
    }
    if (repeat && c->opts.dedupe) {
        c->st.skipped_duplicate++;
        eg_article_free(a);
        return EG_OK;
    }
    if (blank) {
        c->st.articles_empty++;
        if (a->line > 0) {
            char src[1100];
            snprintf(src, sizeof src, "%s:%ld", a->origin, a->line);
            eg_note(c->diag, src, "empty article");
        } else {
            eg_note(c->diag, a->origin, "empty article");
        }
    }
    c->st.articles_read++;
    c->st.bytes += a->text_len;
    *out = a;
    return EG_OK;
}

enum { READ_OK, READ_BINARY, READ_ERROR, READ_NOMEM };

/* Appends the rest of fp to sb (which may already hold sniffed bytes),
 * stopping early at binary content: *what names it, *nul_at is the offset of
 * a NUL byte or (size_t)-1. */
static int read_all(FILE *fp, eg_strbuf *sb, const char **what, size_t *nul_at) {
    int checked_magic = 0;
    *what = NULL;
    *nul_at = (size_t)-1;
    size_t scanned = 0;
    for (;;) {
        if (!checked_magic && sb->len >= HEAD) {
            checked_magic = 1;
            if ((*what = binary_magic(sb->data, sb->len)) != NULL)
                return READ_BINARY;
        }
        const char *z =
            sb->len > scanned ? memchr(sb->data + scanned, '\0', sb->len - scanned) : NULL;
        if (z) {
            *nul_at = (size_t)(z - sb->data);
            if (!checked_magic)
                *what = binary_magic(sb->data, sb->len);
            return READ_BINARY;
        }
        scanned = sb->len;
        if (feof(fp))
            break;
        if (eg_strbuf_reserve(sb, CHUNK) != 0)
            return READ_NOMEM;
        size_t got = fread(sb->data + sb->len, 1, CHUNK, fp);
        sb->len += got;
        sb->data[sb->len] = '\0';
        if (got < CHUNK) {
            if (ferror(fp))
                return READ_ERROR;
            if (!feof(fp))
                continue;
        }
    }
    if (!checked_magic && sb->len > 0 && (*what = binary_magic(sb->data, sb->len)) != NULL)
        return READ_BINARY;
    return READ_OK;
}

/* Reads fp (after the bytes already in *pre, taken over) as one article. */
static eg_status text_article(eg_corpus *c, FILE *fp, eg_strbuf *pre, const char *origin,
                              const char *id, eg_article **out, eg_error *err) {
    eg_status st = EG_OK;
    eg_article *a = NULL;
    const char *what;
    size_t nul_at;
    char msg[256];
    int r = read_all(fp, pre, &what, &nul_at);
    int saved = errno;
    if (r == READ_NOMEM) {
        st = EG_ERR_NOMEM;
        goto fail;
    }
    if (r == READ_ERROR) {
        eg_diag_error(c->diag, origin, 0, 0, "cannot read: %s", strerror(saved));
        c->st.skipped_unreadable++;
        goto fail;
    }
    if (r == READ_BINARY) {
        c->st.skipped_binary++;
        if (what)
            snprintf(msg, sizeof msg, "skipped: binary file (%s)", what);
        else
            snprintf(msg, sizeof msg, "skipped: binary file (NUL byte at offset %zu)", nul_at);
        st = data_problem(c, err, origin, 0, 0, msg);
        goto fail;
    }
    long oi = add_origin(c, origin);
    a = calloc(1, sizeof *a);
    if (oi < 0 || !a) {
        st = EG_ERR_NOMEM;
        goto fail;
    }
    c->bad_utf8_seen = 0;
    check_utf8(c, pre->data ? pre->data : "", pre->len, origin, 0, 0);
    a->text_len = pre->len;
    a->text = eg_strbuf_detach(pre);
    a->id = dupstr(id);
    a->origin = dupstr(origin);
    if (!a->text || !a->id || !a->origin) {
        st = EG_ERR_NOMEM;
        goto fail;
    }
    return deliver(c, a, (uint32_t)oi, out);
fail:
    eg_article_free(a);
    eg_strbuf_destroy(pre);
    return st;
}

static eg_status text_file(eg_corpus *c, const char *path, const char *id, eg_article **out,
                           eg_error *err) {
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        eg_diag_error(c->diag, path, 0, 0, "cannot open: %s", strerror(errno));
        c->st.skipped_unreadable++;
        return EG_OK;
    }
    eg_strbuf sb;
    eg_strbuf_init(&sb);
    eg_status st = text_article(c, fp, &sb, path, id, out, err);
    fclose(fp);
    return st;
}

/* ---- JSON Lines ---------------------------------------------------------- */

static void close_source(eg_corpus *c) {
    if (c->fp && !c->fp_is_stdin)
        fclose(c->fp);
    c->fp = NULL;
    c->fp_is_stdin = 0;
    free(c->src_rel);
    c->src_rel = NULL;
    eg_strbuf_destroy(&c->prefix);
    c->prefix_pos = 0;
    free(c->gbuf);
    c->gbuf = NULL;
    c->gcap = 0;
    eg_strbuf_destroy(&c->lbuf);
    eg_strbuf_destroy(&c->mbuf);
}

/* Starts reading fp as JSON Lines; `pre` (taken over) holds bytes already
 * read from it. Checks a file's first bytes for a binary format. */
static eg_status open_jsonl(eg_corpus *c, FILE *fp, int is_stdin, eg_strbuf *pre,
                            const char *origin, const char *rel, eg_error *err) {
    long oi = add_origin(c, origin);
    c->src_rel = dupstr(rel);
    if (oi < 0 || !c->src_rel) {
        free(c->src_rel);
        c->src_rel = NULL;
        eg_strbuf_destroy(pre);
        if (!is_stdin)
            fclose(fp);
        return EG_ERR_NOMEM;
    }
    c->fp = fp;
    c->fp_is_stdin = is_stdin;
    c->src_origin = (uint32_t)oi;
    c->lineno = 0;
    c->offset = 0;
    c->bad_utf8_seen = 0;
    c->nonblank = 0;
    c->prefix = *pre;
    c->prefix_pos = 0;
    eg_strbuf_init(pre);
    if (is_stdin)
        return EG_OK;
    if (eg_strbuf_reserve(&c->prefix, HEAD) != 0) {
        close_source(c);
        return EG_ERR_NOMEM;
    }
    size_t got = fread(c->prefix.data, 1, HEAD, fp);
    c->prefix.len = got;
    c->prefix.data[got] = '\0';
    const char *what = binary_magic(c->prefix.data, got);
    if (got < HEAD && ferror(fp)) {
        eg_diag_error(c->diag, origin, 0, 0, "cannot read: %s", strerror(errno));
        c->st.skipped_unreadable++;
        close_source(c);
        return EG_OK;
    }
    if (what) {
        char msg[256];
        snprintf(msg, sizeof msg, "skipped: binary file (%s)", what);
        c->st.skipped_binary++;
        close_source(c);
        return data_problem(c, err, origin, 0, 0, msg);
    }
    return EG_OK;
}

enum { LINE_OK = 1, LINE_EOF = 0, LINE_ERROR = -1, LINE_NOMEM = -2 };

/* The next line of the source, with its newline, in (*line, *len). */
static int next_line(eg_corpus *c, char **line, size_t *len) {
    ssize_t r;
    if (c->prefix_pos < c->prefix.len) {
        const char *p = c->prefix.data + c->prefix_pos;
        size_t left = c->prefix.len - c->prefix_pos;
        const char *nl = memchr(p, '\n', left);
        size_t take = nl ? (size_t)(nl - p) + 1 : left;
        eg_strbuf_clear(&c->lbuf);
        if (eg_strbuf_append(&c->lbuf, p, take) != 0)
            return LINE_NOMEM;
        c->prefix_pos += take;
        if (!nl) {
            errno = 0;
            r = getline(&c->gbuf, &c->gcap, c->fp);
            if (r < 0 && !feof(c->fp))
                return errno == ENOMEM ? LINE_NOMEM : LINE_ERROR;
            if (r > 0 && eg_strbuf_append(&c->lbuf, c->gbuf, (size_t)r) != 0)
                return LINE_NOMEM;
        }
        *line = c->lbuf.data;
        *len = c->lbuf.len;
        return LINE_OK;
    }
    errno = 0;
    r = getline(&c->gbuf, &c->gcap, c->fp);
    if (r < 0) {
        if (feof(c->fp) && !ferror(c->fp))
            return LINE_EOF;
        return errno == ENOMEM ? LINE_NOMEM : LINE_ERROR;
    }
    *line = c->gbuf;
    *len = (size_t)r;
    return LINE_OK;
}

static const char *const optional_fields[] = {"title", "date", "url", "source"};

/* Columns count characters as jansson does: every byte that is not a UTF-8
 * continuation byte starts one. */
static long column_at(const char *line, size_t off) {
    long col = 1;
    for (size_t i = 0; i < off; i++)
        if (((unsigned char)line[i] & 0xc0) != 0x80)
            col++;
    return col;
}

static size_t skip_blank(const char *s, size_t n, size_t i) {
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    return i;
}

/* Where a rejected record's problem is: the value of the top-level member
 * `key` (its raw bytes, escapes not decoded) or, without one, the record's
 * first byte. Offsets into the line as parsed. */
static size_t problem_offset(const char *line, size_t len, const char *key) {
    size_t first = skip_blank(line, len, 0);
    if (!key)
        return first;
    size_t klen = strlen(key);
    int depth = 0;
    for (size_t i = first; i < len; i++) {
        char ch = line[i];
        if (ch == '"') {
            size_t start = ++i;
            while (i < len && line[i] != '"')
                i += line[i] == '\\' ? 2 : 1;
            if (i >= len)
                break;
            if (depth == 1 && i - start == klen && memcmp(line + start, key, klen) == 0) {
                size_t j = skip_blank(line, len, i + 1);
                if (j < len && line[j] == ':')
                    return skip_blank(line, len, j + 1);
            }
        } else if (ch == '{' || ch == '[') {
            depth++;
        } else if (ch == '}' || ch == ']') {
            depth--;
        }
    }
    return first;
}

/* ---- plain records without jansson --------------------------------------- */

/* Most records are one flat object whose members are strings, integers or
 * null. fast_scan reads such a line in one pass and says where the members
 * parse_record needs are; whenever a line holds anything it does not decode
 * exactly as jansson would (reals with exponents, deep nesting, \u0000, lone
 * surrogates, control characters, a member named twice, ...) it gives up and
 * the line goes through jansson, so both paths agree byte for byte. */

enum { M_TEXT, M_ID, M_TITLE, M_DATE, M_URL, M_SOURCE, NMEMBERS };
static const char *const member_names[NMEMBERS] = {"text", "id", "title", "date", "url", "source"};

enum { V_ABSENT, V_NULL, V_STRING, V_INTEGER, V_OTHER };

typedef struct member {
    int kind;      /* V_* */
    const char *p; /* V_STRING: the bytes between the quotes; V_INTEGER: the number */
    size_t n;
    int esc; /* V_STRING: holds escapes */
} member;

/* Deepest nesting the fast path reads (jansson's limit is far beyond). */
#define FAST_DEPTH 32

static size_t json_ws(const char *s, size_t n, size_t i) {
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    return i;
}

static long hex4(const char *s, size_t n, size_t i) {
    if (i + 4 > n)
        return -1;
    long v = 0;
    for (size_t k = i; k < i + 4; k++) {
        char ch = s[k];
        int d = ch >= '0' && ch <= '9'   ? ch - '0'
                : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
                : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
                                         : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* Scans a string whose opening quote is at s[i - 1]; returns the offset of
 * its closing quote, or (size_t)-1 to give up. *esc: it holds escapes. */
static size_t scan_string(const char *s, size_t n, size_t i, int *esc) {
    *esc = 0;
    while (i < n) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 0x20 && ch != '"' && ch != '\\') {
            i++;
            continue;
        }
        if (ch == '"')
            return i;
        if (ch < 0x20)
            return (size_t)-1;
        *esc = 1;
        if (i + 1 >= n)
            return (size_t)-1;
        char e = s[i + 1];
        if (e != 'u') {
            if (!e || !strchr("\"\\/bfnrt", e))
                return (size_t)-1;
            i += 2;
            continue;
        }
        long u = hex4(s, n, i + 2);
        if (u <= 0 || (u >= 0xDC00 && u <= 0xDFFF))
            return (size_t)-1;
        i += 6;
        if (u >= 0xD800 && u <= 0xDBFF) {
            long lo = i + 1 < n && s[i] == '\\' && s[i + 1] == 'u' ? hex4(s, n, i + 2) : -1;
            if (lo < 0xDC00 || lo > 0xDFFF)
                return (size_t)-1;
            i += 6;
        }
    }
    return (size_t)-1;
}

/* Scans a number at s[i]; returns its end, or (size_t)-1 to give up.
 * *integer: it has no fraction or exponent. Integers of more than 18
 * digits and exponents (which may overflow) are left to jansson. */
static size_t scan_number(const char *s, size_t n, size_t i, int *integer) {
    size_t b = i;
    if (i < n && s[i] == '-')
        i++;
    size_t d = i;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i == d || (s[d] == '0' && i > d + 1) || i - d > 18)
        return (size_t)-1;
    *integer = 1;
    if (i < n && s[i] == '.') {
        size_t f = ++i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == f || i - b > 300)
            return (size_t)-1;
        *integer = 0;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E'))
        return (size_t)-1;
    return i;
}

/* Scans any value at s[i] (not a member fast_scan keeps); returns its end or
 * (size_t)-1. */
static size_t scan_value(const char *s, size_t n, size_t i, int depth) {
    if (i >= n)
        return (size_t)-1;
    char ch = s[i];
    int esc, integer;
    if (ch == '"') {
        size_t e = scan_string(s, n, i + 1, &esc);
        return e == (size_t)-1 ? e : e + 1;
    }
    if (ch == '-' || (ch >= '0' && ch <= '9'))
        return scan_number(s, n, i, &integer);
    static const char *const lits[] = {"null", "true", "false"};
    for (size_t k = 0; k < 3; k++) {
        size_t l = strlen(lits[k]);
        if (n - i >= l && memcmp(s + i, lits[k], l) == 0)
            return i + l;
    }
    if ((ch != '[' && ch != '{') || depth >= FAST_DEPTH)
        return (size_t)-1;
    char close = ch == '[' ? ']' : '}';
    i = json_ws(s, n, i + 1);
    if (i < n && s[i] == close)
        return i + 1;
    for (;;) {
        if (close == '}') {
            if (i >= n || s[i] != '"')
                return (size_t)-1;
            size_t e = scan_string(s, n, i + 1, &esc);
            if (e == (size_t)-1)
                return e;
            i = json_ws(s, n, e + 1);
            if (i >= n || s[i] != ':')
                return (size_t)-1;
            i = json_ws(s, n, i + 1);
        }
        i = scan_value(s, n, i, depth + 1);
        if (i == (size_t)-1)
            return i;
        i = json_ws(s, n, i);
        if (i < n && s[i] == ',') {
            i = json_ws(s, n, i + 1);
            continue;
        }
        if (i < n && s[i] == close)
            return i + 1;
        return (size_t)-1;
    }
}

/* Decodes a scanned string's bytes into a new NUL-terminated string (never
 * longer than the escaped form). NULL on ENOMEM. */
static char *decode_string(const char *p, size_t n, int esc, size_t *len_out) {
    char *out = malloc(n + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    if (!esc) {
        memcpy(out, p, n);
        o = n;
    }
    for (size_t i = 0; esc && i < n;) {
        if (p[i] != '\\') {
            const char *bs = memchr(p + i, '\\', n - i);
            size_t run = (bs ? (size_t)(bs - p) : n) - i;
            memcpy(out + o, p + i, run);
            o += run;
            i += run;
            continue;
        }
        char e = p[i + 1];
        if (e != 'u') {
            out[o++] = e == 'b'   ? '\b'
                       : e == 'f' ? '\f'
                       : e == 'n' ? '\n'
                       : e == 'r' ? '\r'
                       : e == 't' ? '\t'
                                  : e;
            i += 2;
            continue;
        }
        uint32_t cp = (uint32_t)hex4(p, n, i + 2);
        i += 6;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + ((uint32_t)hex4(p, n, i + 2) - 0xDC00);
            i += 6;
        }
        o += eg_utf8_encode(cp, out + o);
    }
    out[o] = '\0';
    if (len_out)
        *len_out = o;
    return out;
}

/* Reads a record line holding one object into m[]; 1 when every member was
 * read, 0 to leave the line to jansson. */
static int fast_scan(const char *s, size_t n, member *m) {
    for (size_t k = 0; k < NMEMBERS; k++)
        m[k].kind = V_ABSENT;
    size_t i = json_ws(s, n, 0);
    if (i >= n || s[i] != '{')
        return 0;
    i = json_ws(s, n, i + 1);
    if (i < n && s[i] == '}')
        return 0; /* no "text": jansson's path says so */
    for (;;) {
        int esc;
        if (i >= n || s[i] != '"')
            return 0;
        size_t ks = i + 1, ke = scan_string(s, n, ks, &esc);
        if (ke == (size_t)-1)
            return 0;
        int which = -1;
        if (!esc)
            for (int k = 0; k < NMEMBERS; k++)
                if (strlen(member_names[k]) == ke - ks &&
                    memcmp(member_names[k], s + ks, ke - ks) == 0)
                    which = k;
        if (esc && ke - ks <= 64) {
            char *key = decode_string(s + ks, ke - ks, 1, NULL);
            if (!key)
                return 0;
            for (int k = 0; k < NMEMBERS; k++)
                if (strcmp(member_names[k], key) == 0)
                    which = k;
            free(key);
        }
        i = json_ws(s, n, ke + 1);
        if (i >= n || s[i] != ':')
            return 0;
        i = json_ws(s, n, i + 1);
        if (which >= 0) {
            member *v = &m[which];
            if (v->kind != V_ABSENT || i >= n)
                return 0; /* named twice: jansson keeps the last */
            int integer;
            size_t e;
            if (s[i] == '"') {
                e = scan_string(s, n, i + 1, &v->esc);
                if (e == (size_t)-1)
                    return 0;
                v->kind = V_STRING;
                v->p = s + i + 1;
                v->n = e - i - 1;
                e++;
            } else if (s[i] == '-' || (s[i] >= '0' && s[i] <= '9')) {
                e = scan_number(s, n, i, &integer);
                if (e == (size_t)-1)
                    return 0;
                v->kind = integer ? V_INTEGER : V_OTHER;
                v->p = s + i;
                v->n = e - i;
            } else {
                e = scan_value(s, n, i, 1);
                if (e == (size_t)-1)
                    return 0;
                v->kind = e - i == 4 && memcmp(s + i, "null", 4) == 0 ? V_NULL : V_OTHER;
            }
            i = e;
        } else {
            i = scan_value(s, n, i, 1);
            if (i == (size_t)-1)
                return 0;
        }
        i = json_ws(s, n, i);
        if (i < n && s[i] == ',') {
            i = json_ws(s, n, i + 1);
            continue;
        }
        if (i >= n || s[i] != '}')
            return 0;
        return json_ws(s, n, i + 1) == n;
    }
}

/* The article of a line fast_scan read, when parse_record would accept it
 * with jansson: 1 (*out set), 0 (leave it to jansson), -1 on ENOMEM. */
static int fast_article(eg_corpus *c, const char *origin, const char *line, size_t len,
                        eg_article **out) {
    member m[NMEMBERS];
    if (!fast_scan(line, len, m) || m[M_TEXT].kind != V_STRING ||
        (m[M_ID].kind != V_ABSENT && m[M_ID].kind != V_NULL && m[M_ID].kind != V_STRING &&
         m[M_ID].kind != V_INTEGER))
        return 0;
    for (int k = M_TITLE; k <= M_SOURCE; k++)
        if (m[k].kind != V_ABSENT && m[k].kind != V_NULL && m[k].kind != V_STRING)
            return 0;
    eg_article *a = calloc(1, sizeof *a);
    if (!a || !(a->origin = dupstr(origin)) ||
        !(a->text = decode_string(m[M_TEXT].p, m[M_TEXT].n, m[M_TEXT].esc, &a->text_len)))
        goto nomem;
    a->line = c->lineno;
    char **fields[4] = {&a->title, &a->date, &a->url, &a->source};
    for (int k = M_TITLE; k <= M_SOURCE; k++)
        if (m[k].kind == V_STRING &&
            !(*fields[k - M_TITLE] = decode_string(m[k].p, m[k].n, m[k].esc, NULL)))
            goto nomem;
    if (m[M_ID].kind == V_STRING && m[M_ID].n > 0) {
        a->id = decode_string(m[M_ID].p, m[M_ID].n, m[M_ID].esc, NULL);
    } else if (m[M_ID].kind == V_INTEGER) {
        char buf[32];
        snprintf(buf, sizeof buf, "%" JSON_INTEGER_FORMAT,
                 (json_int_t)strtoll(m[M_ID].p, NULL, 10));
        a->id = dupstr(buf);
    } else {
        char buf[32];
        snprintf(buf, sizeof buf, ":%ld", c->lineno);
        a->id = concat(c->src_rel, buf);
    }
    if (!a->id)
        goto nomem;
    *out = a;
    return 1;
nomem:
    eg_article_free(a);
    return -1;
}

/* Turns one non-blank line into an article (or a rejected record). */
static eg_status parse_record(eg_corpus *c, const char *line, size_t len, int bom, eg_article **out,
                              eg_error *err) {
    const char *origin = c->origins[c->src_origin];
    eg_status st = EG_OK;
    eg_article *a = NULL;
    json_t *root = NULL;
    json_error_t jerr;
    char reason[400];
    const char *where = NULL; /* the member a rejection is about */
    long column = 0;
    int mapped = 0;
    long colshift = bom ? 1 : 0;

    check_utf8(c, line, len, origin, c->lineno, colshift);
    if (eg_utf8_first_invalid(line, len) < len) {
        if (map_invalid(line, len, &c->mbuf) != 0) {
            st = EG_ERR_NOMEM;
            goto fail;
        }
        line = c->mbuf.data;
        len = c->mbuf.len;
        mapped = 1;
    }
    if (!mapped) {
        int fr = fast_article(c, origin, line, len, &a);
        if (fr < 0) {
            st = EG_ERR_NOMEM;
            goto fail;
        }
        if (fr > 0)
            goto check_date;
    }
    int oom;
    root = eg_json_load(line, len, &jerr, &oom);
    if (!root) {
        if (oom) {
            st = EG_ERR_NOMEM;
            goto fail;
        }
        column = jerr.column > 0 ? jerr.column + colshift : 0;
        if (json_error_code(&jerr) == json_error_null_character)
            snprintf(reason, sizeof reason, "NUL character (\\u0000) in a string");
        else
            snprintf(reason, sizeof reason, "%s", jerr.text);
        goto rejected;
    }
    if (!json_is_object(root)) {
        snprintf(reason, sizeof reason, "not a JSON object");
        goto rejected;
    }
    json_t *text = json_object_get(root, "text");
    if (!text) {
        snprintf(reason, sizeof reason, "no \"text\" field");
        goto rejected;
    }
    if (!json_is_string(text)) {
        snprintf(reason, sizeof reason, "\"text\" is not a string");
        where = "text";
        goto rejected;
    }
    json_t *id = json_object_get(root, "id");
    if (id && !json_is_null(id) && !json_is_string(id) && !json_is_integer(id)) {
        snprintf(reason, sizeof reason, "\"id\" is not a string or an integer");
        where = "id";
        goto rejected;
    }
    for (size_t i = 0; i < sizeof optional_fields / sizeof optional_fields[0]; i++) {
        json_t *v = json_object_get(root, optional_fields[i]);
        if (v && !json_is_null(v) && !json_is_string(v)) {
            snprintf(reason, sizeof reason, "\"%s\" is not a string", optional_fields[i]);
            where = optional_fields[i];
            goto rejected;
        }
    }

    a = calloc(1, sizeof *a);
    if (!a || !(a->origin = dupstr(origin)) ||
        !(a->text = string_copy(text, mapped, &a->text_len))) {
        st = EG_ERR_NOMEM;
        goto fail;
    }
    a->line = c->lineno;
    char *fields[4] = {NULL, NULL, NULL, NULL};
    for (size_t i = 0; i < 4; i++) {
        json_t *v = json_object_get(root, optional_fields[i]);
        if (v && json_is_string(v) && !(fields[i] = string_copy(v, mapped, NULL))) {
            for (size_t k = 0; k < i; k++)
                free(fields[k]);
            st = EG_ERR_NOMEM;
            goto fail;
        }
    }
    a->title = fields[0];
    a->date = fields[1];
    a->url = fields[2];
    a->source = fields[3];
    if (id && json_is_string(id) && json_string_length(id) > 0) {
        a->id = string_copy(id, mapped, NULL);
    } else if (id && json_is_integer(id)) {
        char buf[32];
        snprintf(buf, sizeof buf, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
        a->id = dupstr(buf);
    } else {
        char buf[32];
        snprintf(buf, sizeof buf, ":%ld", c->lineno);
        a->id = concat(c->src_rel, buf);
    }
    if (!a->id) {
        st = EG_ERR_NOMEM;
        goto fail;
    }
    json_decref(root);
    root = NULL;
check_date:
    if (a->date && !valid_date(a->date)) {
        char shown[64], msg[256];
        snprintf(msg, sizeof msg, "date \"%s\" is not ISO 8601 (YYYY-MM-DD[THH:MM[:SS]]), dropped",
                 printable(a->date, shown, sizeof shown));
        free(a->date);
        a->date = NULL;
        st = data_problem(c, err, origin, c->lineno,
                          column_at(line, problem_offset(line, len, "date")) + colshift, msg);
        if (st != EG_OK)
            goto fail;
    }
    return deliver(c, a, c->src_origin, out);

rejected:
    c->st.records_rejected++;
    if (column == 0)
        column = column_at(line, problem_offset(line, len, where)) + colshift;
    {
        char msg[512];
        snprintf(msg, sizeof msg, "record skipped: %s", reason);
        st = data_problem(c, err, origin, c->lineno, column, msg);
    }
fail:
    json_decref(root);
    eg_article_free(a);
    return st;
}

/* Reads records until one becomes an article, an error, or the end of the
 * source (which is then closed, *out staying NULL). */
static eg_status jsonl_next(eg_corpus *c, eg_article **out, eg_error *err) {
    for (;;) {
        char *line;
        size_t len;
        int r = next_line(c, &line, &len);
        if (r == LINE_NOMEM)
            return EG_ERR_NOMEM;
        if (r == LINE_ERROR) {
            eg_diag_error(c->diag, c->origins[c->src_origin], c->lineno + 1, 0, "cannot read: %s",
                          strerror(errno));
            c->st.skipped_unreadable++;
            close_source(c);
            return EG_OK;
        }
        if (r == LINE_EOF) {
            if (c->nonblank == 0)
                eg_note(c->diag, c->origins[c->src_origin], "no records (empty JSON Lines input)");
            close_source(c);
            return EG_OK;
        }
        c->lineno++;
        int bom = 0;
        if (c->lineno == 1 && len >= 3 && memcmp(line, "\xef\xbb\xbf", 3) == 0) {
            line += 3;
            len -= 3;
            bom = 1;
        }
        size_t body = len;
        if (body && line[body - 1] == '\n')
            body--;
        if (body && line[body - 1] == '\r')
            body--;
        eg_status st = EG_OK;
        if (!is_blank(line, body)) {
            c->nonblank++;
            st = parse_record(c, line, body, bom, out, err);
        }
        c->offset += len + (bom ? 3 : 0);
        if (c->gcap > BIG_LINE) {
            free(c->gbuf);
            c->gbuf = NULL;
            c->gcap = 0;
        }
        if (c->lbuf.cap > BIG_LINE)
            eg_strbuf_destroy(&c->lbuf);
        if (c->mbuf.cap > BIG_LINE)
            eg_strbuf_destroy(&c->mbuf);
        if (st != EG_OK || *out)
            return st;
    }
}

/* ---- folders -------------------------------------------------------------- */

static int entry_cmp(const void *a, const void *b) {
    return strcmp(((const wentry *)a)->name, ((const wentry *)b)->name);
}

static void free_entries(wentry *v, size_t n) {
    for (size_t i = 0; i < n; i++)
        free(v[i].name);
    free(v);
}

/* Lists `dir` (hidden entries and files we do not read left out, sorted) and
 * pushes it on the walk stack. An unlistable folder is a warning. */
static eg_status push_folder(eg_corpus *c, const char *dir, const char *rel, dev_t dev, ino_t ino) {
    eg_status st = EG_ERR_NOMEM;
    wentry *ents = NULL;
    size_t n = 0, cap = 0;
    char *path = NULL, *dcopy = NULL, *rcopy = NULL;
    DIR *d = opendir(dir);
    if (!d) {
        eg_diag_error(c->diag, dir, 0, 0, "cannot list folder: %s", strerror(errno));
        c->st.skipped_unreadable++;
        return EG_OK;
    }
    for (;;) {
        errno = 0;
        struct dirent *de = readdir(d);
        if (!de) {
            if (errno) {
                eg_diag_error(c->diag, dir, 0, 0, "cannot list folder: %s", strerror(errno));
                c->st.skipped_unreadable++;
            }
            break;
        }
        if (de->d_name[0] == '.')
            continue;
        if (!(path = join_path(dir, de->d_name)))
            goto fail;
        struct stat sb;
        wentry e = {NULL, K_SKIP, 0, 0, 0};
        if (stat(path, &sb) == 0) {
            if (S_ISDIR(sb.st_mode)) {
                e.kind = K_DIR;
                e.dev = sb.st_dev;
                e.ino = sb.st_ino;
            } else if (S_ISREG(sb.st_mode)) {
                e.kind = kind_of(de->d_name, 1);
            }
        } else if (kind_of(de->d_name, 1) != K_SKIP) {
            e.kind = K_BAD;
            e.err = errno;
        }
        free(path);
        path = NULL;
        if (e.kind == K_SKIP)
            continue;
        if (!(e.name = concat(de->d_name, e.kind == K_DIR ? "/" : "")))
            goto fail;
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            wentry *v = realloc(ents, ncap * sizeof *v);
            if (!v) {
                free(e.name);
                goto fail;
            }
            ents = v;
            cap = ncap;
        }
        ents[n++] = e;
    }
    closedir(d);
    d = NULL;
    if (n > 1)
        qsort(ents, n, sizeof *ents, entry_cmp);
    if (c->depth == c->stack_cap) {
        size_t ncap = c->stack_cap ? c->stack_cap * 2 : 8;
        wframe *v = realloc(c->stack, ncap * sizeof *v);
        if (!v)
            goto fail;
        c->stack = v;
        c->stack_cap = ncap;
    }
    if (!(dcopy = dupstr(dir)) || !(rcopy = dupstr(rel)))
        goto fail;
    c->stack[c->depth++] = (wframe){dcopy, rcopy, ents, n, 0, dev, ino};
    return EG_OK;
fail:
    if (d)
        closedir(d);
    free(path);
    free(dcopy);
    free(rcopy);
    free_entries(ents, n);
    return st;
}

static void pop_folder(eg_corpus *c) {
    wframe *f = &c->stack[--c->depth];
    free(f->dir);
    free(f->rel);
    free_entries(f->ents, f->n);
}

static eg_status open_jsonl_file(eg_corpus *c, const char *path, const char *rel, eg_error *err) {
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        eg_diag_error(c->diag, path, 0, 0, "cannot open: %s", strerror(errno));
        c->st.skipped_unreadable++;
        return EG_OK;
    }
    eg_strbuf pre;
    eg_strbuf_init(&pre);
    return open_jsonl(c, fp, 0, &pre, path, rel, err);
}

/* Whether folder `dir` holds an entgraph output set (a previous run's -o
 * folder): its mentions.jsonl is output, not articles. */
static int holds_output_set(const char *dir) {
    static const char *const marks[] = {"graph.json", "mentions.jsonl", "rankings.tsv"};
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++) {
        char *p = join_path(dir, marks[i]);
        struct stat sb;
        int ok = p && stat(p, &sb) == 0 && S_ISREG(sb.st_mode);
        free(p);
        if (!ok)
            return 0;
    }
    return 1;
}

/* Handles the next entry of the innermost folder. */
static eg_status walk_step(eg_corpus *c, eg_article **out, eg_error *err) {
    wframe *f = &c->stack[c->depth - 1];
    if (f->i == f->n) {
        pop_folder(c);
        return EG_OK;
    }
    const wentry *e = &f->ents[f->i++];
    eg_status st = EG_OK;
    char *path = join_path(f->dir, e->name);
    char *rel = concat(f->rel, e->name);
    if (!path || !rel) {
        st = EG_ERR_NOMEM;
        goto done;
    }
    switch (e->kind) {
    case K_DIR:
        path[strlen(path) - 1] = '\0';
        for (size_t i = 0; i < c->depth; i++) {
            if (c->stack[i].dev == e->dev && c->stack[i].ino == e->ino) {
                eg_warn(c->diag, path, 0, 0, "skipped: symbolic link loop");
                goto done;
            }
        }
        if (holds_output_set(path)) {
            eg_note(c->diag, path,
                    "skipped: holds entgraph output (graph.json, mentions.jsonl, rankings.tsv), "
                    "not articles");
            goto done;
        }
        st = push_folder(c, path, rel, e->dev, e->ino);
        break;
    case K_BAD:
        eg_diag_error(c->diag, path, 0, 0, "cannot open: %s", strerror(e->err));
        c->st.skipped_unreadable++;
        break;
    case K_TEXT:
        st = text_file(c, path, rel, out, err);
        break;
    case K_JSONL:
        st = open_jsonl_file(c, path, rel, err);
        break;
    }
done:
    free(path);
    free(rel);
    return st;
}

/* ---- inputs --------------------------------------------------------------- */

/* Standard input: JSON Lines if the first non-blank byte (after an optional
 * byte order mark) is '{', else one article. */
static eg_status read_stdin(eg_corpus *c, eg_article **out, eg_error *err) {
    eg_strbuf pre;
    eg_strbuf_init(&pre);
    int ch;
    while ((ch = getc(stdin)) != EOF) {
        if (eg_strbuf_putc(&pre, (char)ch) != 0) {
            eg_strbuf_destroy(&pre);
            return EG_ERR_NOMEM;
        }
        int bom = pre.len <= 3 && memcmp(pre.data, "\xef\xbb\xbf", pre.len) == 0;
        if (!bom && !is_blank(pre.data + pre.len - 1, 1))
            break;
    }
    if (ch == EOF && ferror(stdin)) {
        eg_diag_error(c->diag, "<stdin>", 0, 0, "cannot read: %s", strerror(errno));
        c->st.skipped_unreadable++;
        eg_strbuf_destroy(&pre);
        return EG_OK;
    }
    if (ch == '{')
        return open_jsonl(c, stdin, 1, &pre, "<stdin>", "-", err);
    return text_article(c, stdin, &pre, "<stdin>", "-", out, err);
}

static eg_status start_input(eg_corpus *c, const char *input, eg_article **out, eg_error *err) {
    if (strcmp(input, "-") == 0)
        return read_stdin(c, out, err);
    struct stat sb;
    if (stat(input, &sb) != 0) {
        eg_diag_error(c->diag, input, 0, 0, "cannot open: %s", strerror(errno));
        c->st.skipped_unreadable++;
        return EG_OK;
    }
    if (S_ISDIR(sb.st_mode))
        return push_folder(c, input, "", sb.st_dev, sb.st_ino);
    char *base = base_name(input);
    if (!base)
        return EG_ERR_NOMEM;
    eg_status st;
    if (kind_of(input, 0) == K_JSONL)
        st = open_jsonl_file(c, input, base, err);
    else
        st = text_file(c, input, base, out, err);
    free(base);
    return st;
}

/* ---- public API ------------------------------------------------------------ */

/* INPUT paths in byte order (qsort comparator over char *). */
static int cmp_input(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

eg_corpus *eg_corpus_new(const char *const *inputs, size_t ninputs, const eg_corpus_opts *o,
                         eg_diag *diag) {
    eg_corpus *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    if (o)
        c->opts = *o;
    c->diag = diag;
    eg_strbuf_init(&c->prefix);
    eg_strbuf_init(&c->lbuf);
    eg_strbuf_init(&c->mbuf);
    if (ninputs) {
        c->inputs = calloc(ninputs, sizeof *c->inputs);
        if (!c->inputs)
            goto fail;
        for (size_t i = 0; i < ninputs; i++) {
            if (!(c->inputs[i] = dupstr(inputs[i])))
                goto fail;
            c->ninputs = i + 1;
        }
        qsort(c->inputs, c->ninputs, sizeof *c->inputs, cmp_input);
    }
    return c;
fail:
    eg_corpus_free(c);
    return NULL;
}

eg_status eg_corpus_next(eg_corpus *c, eg_article **out, eg_error *err) {
    *out = NULL;
    for (;;) {
        eg_status st;
        if (c->fp)
            st = jsonl_next(c, out, err);
        else if (c->depth > 0)
            st = walk_step(c, out, err);
        else if (c->next_input < c->ninputs)
            st = start_input(c, c->inputs[c->next_input++], out, err);
        else
            return EG_OK;
        if (st != EG_OK || *out)
            return st;
    }
}

void eg_corpus_stats(const eg_corpus *c, eg_summary *s) {
    s->articles_read = c->st.articles_read;
    s->articles_empty = c->st.articles_empty;
    s->skipped_binary = c->st.skipped_binary;
    s->skipped_unreadable = c->st.skipped_unreadable;
    s->skipped_duplicate = c->st.skipped_duplicate;
    s->records_rejected = c->st.records_rejected;
    s->bytes = c->st.bytes;
}

void eg_corpus_free(eg_corpus *c) {
    if (!c)
        return;
    close_source(c);
    while (c->depth > 0)
        pop_folder(c);
    free(c->stack);
    for (size_t i = 0; i < c->ninputs; i++)
        free(c->inputs[i]);
    free(c->inputs);
    for (size_t i = 0; i < c->norigins; i++)
        free(c->origins[i]);
    free(c->origins);
    for (size_t i = 0; i < c->ids.n; i++)
        free(c->ids.v[i].id);
    free(c->ids.v);
    free(c->ids.slot);
    free(c->texts.v);
    free(c->texts.slot);
    free(c->group_parent);
    free(c);
}
