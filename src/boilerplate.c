/* boilerplate: locates the end of the story by looking for site furniture at
 * line starts (newsletter boxes, related links, cookie notices, share bars,
 * copyright) that is not followed by more story prose. */
#include "boilerplate.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "utf8.h"

/* How a keyword line is trusted. END markers close a story unless 40 or more
 * words of prose follow; MID markers also appear inside stories ("Read more:
 * ...", "Advertisement") and close it only if no prose sentence follows. SHORT
 * keywords additionally need a line of at most 40 bytes or a ':' or line end
 * right after the keyword. */
enum { KW_END = 0, KW_MID = 1, KW_SHORT = 2 };

typedef struct keyword {
    const char *text; /* lower-case; a space matches a run of spaces or tabs */
    unsigned kind;
} keyword;

static const keyword keywords[] = {
    {"sign up", KW_END},
    {"subscribe to", KW_END},
    {"subscribe", KW_END | KW_SHORT},
    {"enter your email", KW_END},
    {"newsletter", KW_END | KW_SHORT},
    {"recent posts", KW_END},
    {"recent stories", KW_END},
    {"most read", KW_END},
    {"most popular", KW_END},
    {"most viewed", KW_END},
    {"share this", KW_END},
    {"share on", KW_END},
    {"share:", KW_END},
    {"follow us", KW_END},
    {"follow ap's coverage", KW_END},            /* AP's topic-hub line */
    {"follow ap\xE2\x80\x99s coverage", KW_END}, /* Follow AP’s coverage */
    {"this report by", KW_END}, /* "This report by The Canadian Press was first published" */
    {"receive our", KW_END},
    {"like us on", KW_END},
    {"copyright", KW_END},
    {"(c)", KW_END},
    {"\xC2\xA9", KW_END}, /* © */
    {"all rights reserved", KW_END},
    {"tags:", KW_END},
    {"keywords:", KW_END},
    {"this story was produced", KW_END},
    {"this story was published", KW_END},
    {"this article is for information", KW_END},
    {"tags", KW_END | KW_SHORT},
    {"you may also like", KW_END},
    {"you might also like", KW_END},
    {"more from", KW_END},
    {"more stories", KW_END},
    {"trending", KW_END | KW_SHORT},
    {"popular now", KW_END},
    {"comments", KW_END | KW_SHORT},
    {"leave a comment", KW_END},
    {"join the conversation", KW_END},
    {"get our", KW_END},
    {"this article was", KW_END},
    {"about the author", KW_END},
    {"support our journalism", KW_END},
    {"donate to support", KW_END},
    {"make a donation", KW_END},
    {"become a member", KW_END},
    {"editor's picks", KW_END},
    {"editors' picks", KW_END},
    {"editor\xE2\x80\x99s picks", KW_END}, /* Editor’s picks */
    {"topics:", KW_END},
    {"filed under", KW_END},
    /* consent banners and the agencies' standards line */
    {"we use cookies", KW_END},
    {"we value your privacy", KW_END},
    {"this site uses cookies", KW_END},
    {"this website uses cookies", KW_END},
    {"cookies help us", KW_END},
    {"cookie notice", KW_END},
    {"cookie settings", KW_END},
    {"cookie policy", KW_END},
    {"privacy policy", KW_END},
    {"our standards:", KW_END},
    {"reuters provides", KW_END},
    /* contact lines under an author's note */
    {"reach her at", KW_END},
    {"reach him at", KW_END},
    {"reach them at", KW_END},
    {"follow her on", KW_END},
    {"follow him on", KW_END},
    {"follow them on", KW_END},
    {"about the authors", KW_END},
    {"this article is part of", KW_END},
    {"this story is part of", KW_END},
    {"this report is part of", KW_END},
    {"unsubscribe", KW_END},
    /* consent labels, mailing lists and delayed-quote notes of finance pages */
    {"cookies:", KW_END},
    {"never miss", KW_END},
    {"join our", KW_END},
    {"subscribe for", KW_END},
    {"all quotes delayed", KW_END},
    {"quotes delayed", KW_END},
    {"data delayed", KW_END},
    {"market data delayed", KW_END},
    {"markets data delayed", KW_END},
    {"prices delayed", KW_END},
    /* topic boxes, reuse and contact lines, sign-offs of the big sites */
    {"explore more on", KW_END},
    {"reuse this content", KW_END},
    {"more stories like this", KW_END},
    {"want more", KW_END},
    {"published:", KW_END},
    {"published - ", KW_END},            /* "Published - January 20, 2026 09:14 pm IST" */
    {"published \xE2\x80\x93 ", KW_END}, /* Published – (en dash) */
    {"read later", KW_END | KW_SHORT},
    {"more like this", KW_END | KW_SHORT},
    {"updated:", KW_END},
    {"contact the writer", KW_END},
    {"contact the author", KW_END},
    {"contact the reporter", KW_END},
    {"we welcome your comments", KW_END},
    {"have a tip", KW_END},
    {"got a tip", KW_END},
    {"next article", KW_END},
    {"previous article", KW_END},
    {"listen to these", KW_END},
    {"purchase licensing rights", KW_END},
    {"continue reading", KW_END},
    {"download the", KW_END},
    {"download our", KW_END},
    {"around the web", KW_END},
    {"promoted stories", KW_END},
    {"promoted content", KW_END},
    {"partner content", KW_END},
    {"stay informed", KW_END},
    {"stay up to date", KW_END},
    {"keep up with the latest", KW_END},
    {"this article originally appeared", KW_END},
    {"this story originally appeared", KW_END},
    {"this article first appeared", KW_END},
    {"this story first appeared", KW_END},
    /* share bars, topic bars and messaging-app appeals under the story */
    {"share via", KW_END},
    {"trending topics", KW_END},
    {"trending now", KW_END},
    {"get the latest news", KW_END},
    {"more news", KW_MID},
    {"photo:", KW_MID},
    {"podcasts", KW_MID | KW_SHORT},
    /* the AP's foundation-support note */
    {"the associated press receives", KW_END},
    {"the ap is solely responsible", KW_END},
    {"etiquetas", KW_END | KW_SHORT},
    {"etichette", KW_END | KW_SHORT},
    {"schlagw\xC3\xB6rter", KW_END | KW_SHORT}, /* Schlagwörter */
    {"mots-cl\xC3\xA9s", KW_END | KW_SHORT},    /* mots-clés */
    {"nyhedsbrev", KW_END | KW_SHORT},
    {"nyhetsbrev", KW_END | KW_SHORT},
    {"nieuwsbrief", KW_END | KW_SHORT},
    {"bolet\xC3\xADn", KW_END | KW_SHORT}, /* boletín */
    {"suscr\xC3\xAD"
     "base",
     KW_END},
    {"suscr\xC3\xAD"
     "bete",
     KW_END},
    {"vi bruger cookies", KW_END},
    {"vi anv\xC3\xA4nder cookies", KW_END}, /* vi använder cookies */
    {"wir verwenden cookies", KW_END},
    {"nous utilisons des cookies", KW_END},
    {"utilizamos cookies", KW_END},
    {"usamos cookies", KW_END},
    {"related stories", KW_MID},
    {"related articles", KW_MID},
    {"related posts", KW_MID},
    {"related coverage", KW_MID},
    {"related content", KW_MID},
    {"related", KW_MID | KW_SHORT},
    {"read more", KW_MID},
    {"more in", KW_MID},
    {"more on", KW_MID},
    {"also on", KW_MID},
    {"mest l\xC3\xA6ste", KW_MID}, /* mest læste (Danish) */
    {"mest lest", KW_MID},
    {"mest l\xC3\xA4sta", KW_MID}, /* mest lästa (Swedish) */
    {"meistgelesen", KW_MID},
    {"meist gelesen", KW_MID},
    {"meest gelezen", KW_MID},
    {"read next", KW_MID},
    {"read also", KW_MID},
    {"keep reading", KW_MID},
    /* "read also" in the Nordic languages */
    {"les ogs\xC3\xA5", KW_MID},         /* Les også (Norwegian) */
    {"l\xC3\xA6s ogs\xC3\xA5", KW_MID},  /* Læs også (Danish) */
    {"l\xC3\xA4s ocks\xC3\xA5", KW_MID}, /* Läs också (Swedish) */
    {"l\xC3\xA4s \xC3\xA4ven", KW_MID},  /* Läs även */
    {"lue my\xC3\xB6s", KW_MID},         /* Lue myös (Finnish) */
    {"also read", KW_MID},
    {"\xC3\x80 lire aussi", KW_MID}, /* À lire aussi */
    {"\xC3\xA0 lire aussi", KW_MID},
    {"advertisement", KW_MID | KW_SHORT},
    {"recommended", KW_MID | KW_SHORT},
    {"sponsored", KW_MID | KW_SHORT},
    {"click here", KW_MID},
    {"latest news", KW_MID | KW_SHORT},
    {"popular", KW_MID | KW_SHORT},
    {"more on this", KW_MID},
    /* the same furniture on sites in other languages (Spanish, Portuguese,
     * French, German, Italian, Dutch, Indonesian and Malay, Turkish, Polish,
     * Romanian) */
    {"todos los derechos reservados", KW_END},
    {"todos os direitos reservados", KW_END},
    {"tous droits r\xC3\xA9serv\xC3\xA9s", KW_END},
    {"alle rechte vorbehalten", KW_END},
    {"tutti i diritti riservati", KW_END},
    {"alle rechten voorbehouden", KW_END},
    {"hak cipta", KW_END},
    {"t\xC3\xBCm haklar\xC4\xB1 sakl\xC4\xB1"
     "d\xC4\xB1r",
     KW_END},
    {"compartir", KW_END | KW_SHORT},
    {"comparte", KW_END | KW_SHORT},
    {"compartilhe", KW_END | KW_SHORT},
    {"compartilhar", KW_END | KW_SHORT},
    {"partilhe", KW_END | KW_SHORT},
    {"partilhar", KW_END | KW_SHORT},
    {"partager", KW_END | KW_SHORT},
    {"teilen", KW_END | KW_SHORT},
    {"condividi", KW_END | KW_SHORT},
    {"bagikan", KW_END | KW_SHORT},
    {"s\xC3\xADguenos", KW_END},
    {"seguinos", KW_END},
    {"siga-nos", KW_END},
    {"suivez-nous", KW_END},
    {"folgen sie uns", KW_END},
    {"seguici", KW_END},
    {"suscr\xC3\xAD"
     "bete",
     KW_END},
    {"suscribirse", KW_END},
    {"reciba las", KW_END},
    {"recibe las", KW_END},
    {"recibe nuestro", KW_END},
    {"receba a", KW_END},
    {"receba nossa", KW_END},
    {"inscreva-se", KW_END},
    {"inscrivez-vous", KW_END},
    {"abonnez-vous", KW_END},
    {"abonnieren sie", KW_END},
    {"iscriviti", KW_END},
    {"sobre el autor", KW_END},
    {"sobre o autor", KW_END},
    {"\xC3\xA0 propos de l'auteur", KW_END}, /* à propos de l'auteur */
    {"sull'autore", KW_END},
    {"zum autor", KW_END},
    {"otras noticias", KW_MID},
    {"outras not\xC3\xAD"
     "cias",
     KW_MID},
    {"m\xC3\xA1s noticias", KW_MID},
    {"m\xC3\xA1s le\xC3\xAD"
     "do",
     KW_MID},
    {"lo m\xC3\xA1s le\xC3\xAD"
     "do",
     KW_MID},
    {"lo m\xC3\xA1s visto", KW_MID},
    {"noticias relacionadas", KW_MID},
    {"not\xC3\xAD"
     "cias relacionadas",
     KW_MID},
    {"tambi\xC3\xA9n le puede interesar", KW_MID},
    {"te puede interesar", KW_MID},
    {"le puede interesar", KW_MID},
    {"lea tambi\xC3\xA9n", KW_MID},
    {"leia tamb\xC3\xA9m", KW_MID},
    {"leia mais", KW_MID},
    {"veja tamb\xC3\xA9m", KW_MID},
    {"mais lidas", KW_MID},
    {"mais lidos", KW_MID},
    {"lire aussi", KW_MID},
    {"sur le m\xC3\xAAme sujet", KW_MID},
    {"les plus lus", KW_MID},
    {"lesen sie auch", KW_MID},
    {"mehr zum thema", KW_MID},
    {"weitere themen", KW_MID},
    {"weitere artikel", KW_MID},
    {"weitere nachrichten", KW_MID},
    {"das k\xC3\xB6nnte sie auch interessieren", KW_MID}, /* das könnte Sie auch interessieren */
    {"leggi anche", KW_MID},
    {"lees ook", KW_MID},
    {"baca juga", KW_MID},
    {"berita terkait", KW_MID},
    {"ilgili haberler", KW_MID},
    {"czytaj tak\xC5\xBC"
     "e",
     KW_MID},
    {"cite\xC8\x99te \xC8\x99i", KW_MID},
};

#define NKEYWORDS (sizeof keywords / sizeof keywords[0])

/* kw_order[kw_from[b], kw_from[b + 1]): the indices of the keywords whose
 * first byte is b, in the order of keywords[] (the first match wins), so a
 * line looks only at the keywords that can match its first byte. Set up once
 * per process. */
static uint16_t kw_order[NKEYWORDS];
static uint16_t kw_from[257];
static pthread_once_t kw_once = PTHREAD_ONCE_INIT;

static void kw_index(void) {
    size_t n = 0;
    for (unsigned b = 0; b < 256; b++) {
        kw_from[b] = (uint16_t)n;
        for (size_t i = 0; i < NKEYWORDS; i++)
            if ((unsigned char)keywords[i].text[0] == b)
                kw_order[n++] = (uint16_t)i;
    }
    kw_from[256] = (uint16_t)n;
}

#define MAX_LINE 300
#define SHORT_LINE 40
#define END_PROSE_WORDS 40
#define PROSE_MIN_WORDS 8
/* A link list: a heading of at most HEAD_WORDS words and HEAD_LINE bytes,
 * then at least LIST_MIN_ITEMS item lines of at most ITEM_LINE bytes. */
#define HEAD_WORDS 6
#define HEAD_LINE 60
#define ITEM_LINE 160
#define LIST_MIN_ITEMS 2
#define PLAIN_MIN_WORDS 3
/* Furniture above the end: paragraphs without final punctuation. */
#define FURNITURE_PARAS 3
#define FURNITURE_LINES 3
#define FURNITURE_WORDS 30
#define INBOX_LINE 120
#define COPYRIGHT_LINE 100
#define APPEAL_WORDS 10
/* A menu bar: segments of at most MENU_WORDS words each (MENU_PAIR_WORDS
 * when there are only two). */
#define MENU_WORDS 6
#define MENU_PAIR_WORDS 3
/* A block of furniture: at most BLOCK_LINES lines of mastheads, labels and
 * appeals above its first list or marker. */
#define BLOCK_LINES 4

static int ascii_alnum(unsigned c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static int blank(unsigned c) {
    return c == ' ' || c == '\t' || c == '\r';
}

/* Matches kw at s[0..len) (one line); returns the bytes matched or 0. */
static size_t match_keyword(const char *kw, const unsigned char *s, size_t len) {
    size_t i = 0;
    for (const char *k = kw; *k; k++) {
        if (*k == ' ') {
            if (i >= len || (s[i] != ' ' && s[i] != '\t'))
                return 0;
            while (i < len && (s[i] == ' ' || s[i] == '\t'))
                i++;
            continue;
        }
        if (i >= len)
            return 0;
        unsigned c = s[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        else if (i > 0 && s[i - 1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97)
            c += 32; /* Latin-1 capitals: "MÁS NOTICIAS" */
        if (c != (unsigned char)*k)
            return 0;
        i++;
    }
    if (ascii_alnum((unsigned char)kw[strlen(kw) - 1]) && i < len) {
        if (ascii_alnum(s[i]))
            return 0;
        if (s[i] >= 0x80) {
            uint32_t cp;
            eg_utf8_decode(s + i, len - i, &cp);
            if (eg_utf8_class(cp) & (EG_UTF8_LETTER | EG_UTF8_MARK | EG_UTF8_DIGIT))
                return 0;
        }
    }
    return i;
}

/* Length of the line starting at s (avail bytes left), trailing blanks
 * trimmed; (size_t)-1 if it is longer than max. */
static size_t line_len(const unsigned char *s, size_t avail, size_t max) {
    const unsigned char *nl = memchr(s, '\n', avail < max + 1 ? avail : max + 1);
    size_t len = nl ? (size_t)(nl - s) : avail;
    if (len > max)
        return (size_t)-1;
    while (len > 0 && blank(s[len - 1]))
        len--;
    return len;
}

/* Words (runs of non-blank bytes holding a letter or digit) in s[0..len). */
static size_t count_words(const unsigned char *s, size_t len) {
    size_t words = 0;
    int in = 0, alnum = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i == len || blank(s[i])) {
            words += in && alnum;
            in = alnum = 0;
            continue;
        }
        in = 1;
        alnum |= ascii_alnum(s[i]) || s[i] >= 0x80;
    }
    return words;
}

/* Bytes of a list-item marker ("- ", "• ", "1. ", "2) " ...) at the start of
 * s[0..len), spaces after it included; 0 if there is none. */
static size_t item_marker(const unsigned char *s, size_t len) {
    static const char *const bullets[] = {
        "-",
        "*",
        "\xE2\x80\x93",
        "\xE2\x80\x94",
        "\xE2\x80\xA2",
        "\xC2\xB7",
        "\xE2\x96\xBA",
        "\xE2\x96\xAA",
        "\xE2\x96\xB8",
        "\xC2\xBB",
        "\xE2\x80\xBA",
        ">",
        "\xE2\x86\x92",
    }; /* - * – — • · ► ▪ ▸ » › > → */
    size_t m = 0;
    for (size_t i = 0; i < sizeof bullets / sizeof bullets[0] && !m; i++) {
        size_t n = strlen(bullets[i]);
        if (len > n && memcmp(s, bullets[i], n) == 0)
            m = n;
    }
    if (!m) {
        while (m < len && m < 2 && s[m] >= '0' && s[m] <= '9')
            m++;
        if (!m || m >= len || (s[m] != '.' && s[m] != ')'))
            return 0;
        m++;
    }
    if (m >= len || !blank(s[m]))
        return 0;
    while (m < len && blank(s[m]))
        m++;
    return m < len ? m : 0;
}

/* Whether the line s[0..len) reads as a linked headline in a list: a marker,
 * then words that do not end a sentence or a clause with . , ; : */
static int item_line(const unsigned char *s, size_t len) {
    size_t m = item_marker(s, len);
    if (!m || len > ITEM_LINE)
        return 0;
    unsigned last = s[len - 1];
    return last != '.' && last != ',' && last != ';' && last != ':' && count_words(s + m, len - m);
}

static int is_closer(const eg_doc *doc, const eg_token *t) {
    uint32_t cp;
    eg_utf8_decode((const unsigned char *)doc->text + t->start, t->len, &cp);
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x2019 || cp == 0x201D ||
           cp == 0x00BB;
}

/* Whether s[0..len) ends in a dotted abbreviation of capitals after a blank
 * ("B.C.", "U.S.", "D.C."). */
static int dotted_end(const unsigned char *s, size_t len) {
    size_t i = len, pairs = 0;
    while (i >= 2 && s[i - 1] == '.' && s[i - 2] >= 'A' && s[i - 2] <= 'Z') {
        i -= 2;
        pairs++;
    }
    return pairs >= 2 && i > 0 && blank(s[i - 1]);
}

/* Whether the line s[0..len) reads as an unmarked linked headline: a capital
 * or a digit first (after indentation), at least PLAIN_MIN_WORDS words, no
 * sentence or clause punctuation at its end. */
static int plain_item(const unsigned char *s, size_t len) {
    size_t i = 0;
    while (i < len && blank(s[i]))
        i++;
    if (i == len || len > ITEM_LINE)
        return 0;
    uint32_t cp;
    eg_utf8_decode(s + i, len - i, &cp);
    if (!eg_utf8_is_upper(cp) && !(cp >= '0' && cp <= '9'))
        return 0;
    /* a question is a headline too ("Why is Egypt building a new capital?"),
     * and so is one that ends in an abbreviation ("... in northern B.C.") */
    return (!strchr(".,;:!", (int)s[len - 1]) || dotted_end(s + i, len - i)) &&
           count_words(s + i, len - i) >= PLAIN_MIN_WORDS;
}

static int closing_line(const unsigned char *s, size_t len);
static int byline(const unsigned char *s, size_t len);
static int dash_signoff(const unsigned char *s, size_t len);
static int masthead_para(const eg_doc *doc, size_t b, const unsigned char *s, size_t len);
static int menu_line(const unsigned char *s, size_t len);
static size_t find_word(const char *kw, const unsigned char *s, size_t len);

/* Whether the line s[0..len) is a masthead or a section label: at most
 * HEAD_WORDS words in at most HEAD_LINE bytes, no sentence or clause
 * punctuation at its end ("Lesotho Times", "Share", "Education News"). */
static int masthead_line(const unsigned char *s, size_t len) {
    size_t w = count_words(s, len);
    return len > 0 && len <= HEAD_LINE && w > 0 && w <= HEAD_WORDS &&
           !strchr(".!?,;", (int)s[len - 1]);
}

/* Whether the line s[0..len) reads as the site's appeal or self-description
 * ("Radio Dabanga is an independent news platform. Donate to support our
 * work.", "Support independent journalism in Egypt — become a member"): at
 * most INBOX_LINE bytes, nobody "said" it, and a plea or a newsroom's
 * self-description in it. Only trusted inside a block of furniture. */
static int appeal_text(const unsigned char *s, size_t len) {
    static const char *const pleas[] = {"support independent journalism",
                                        "support independent media",
                                        "support our journalism",
                                        "support our reporting",
                                        "support our work",
                                        "support us",
                                        "support local journalism",
                                        "donate",
                                        "become a member",
                                        "become a patron",
                                        "reader-funded",
                                        "reader support",
                                        "independent publication",
                                        "independent outlet",
                                        "independent newsroom",
                                        "independent news platform",
                                        "independent media outlet",
                                        "independent news site",
                                        "nonprofit newsroom",
                                        "non-profit newsroom",
                                        "is an independent",
                                        "is a nonprofit",
                                        "is a non-profit",
                                        "on our website",
                                        "subscribe",
                                        "newsletter",
                                        "sign up",
                                        "your inbox",
                                        "by email",
                                        "follow us",
                                        "delivered to you",
                                        "syndicated feed"};
    if (len == 0 || len > INBOX_LINE || find_word("said", s, len) != (size_t)-1 ||
        find_word("says", s, len) != (size_t)-1)
        return 0;
    for (size_t k = 0; k < sizeof pleas / sizeof pleas[0]; k++)
        if (find_word(pleas[k], s, len) != (size_t)-1)
            return 1;
    return 0;
}

/* Whether the line at token c may stand in a block of site furniture under
 * the story: a masthead or label, an appeal, a closing or menu line; never a
 * byline (it belongs to the story). */
static int block_line(const eg_doc *doc, size_t c) {
    size_t pos = doc->toks.v[c].start;
    const unsigned char *s = (const unsigned char *)doc->text + pos;
    size_t len = line_len(s, doc->len - pos, ITEM_LINE);
    if (len == (size_t)-1 || len == 0 || byline(s, len))
        return 0;
    return masthead_line(s, len) || appeal_text(s, len) || closing_line(s, len) ||
           menu_line(s, len);
}

/* Start of the line before the one at token c (a LINE_START token), or
 * (size_t)-1 at the text's start. */
static size_t prev_line(const eg_doc *doc, size_t c) {
    while (c-- > 0)
        if (doc->toks.v[c].flags & EG_TOK_LINE_START)
            return c;
    return (size_t)-1;
}

/* The line start at which a block of furniture holding the line at token c
 * opens: c itself after a blank line, or the first of at most BLOCK_LINES
 * lines of furniture (see block_line) right above c, the first after a blank
 * line ("Lesotho Times" / "Latest" over headlines); (size_t)-1 if there is
 * none. */
static size_t block_start(const eg_doc *doc, size_t c) {
    if (c == 0 || doc->toks.v[c].nl >= 2)
        return c;
    for (int k = 0; k < BLOCK_LINES; k++) {
        c = prev_line(doc, c);
        if (c == (size_t)-1 || !block_line(doc, c))
            return (size_t)-1;
        if (doc->toks.v[c].nl >= 2)
            return c;
    }
    return (size_t)-1;
}

/* Whether the line s[0..len) at token c heads a list of linked headlines
 * ("Latest news", "More on Business", "Mais lidas" over "- ..." lines): a
 * short line of its own, not ending like a sentence or a lead-in (":"), that
 * starts a block (after a blank line or a finished sentence) and is followed
 * by item lines, the first one right after it or after one blank line. Items
 * without markers ("MORE AFRICA NEWS" over "Nigeria: Gunmen kidnap ...")
 * need a heading after a blank line and a block of nothing but such lines,
 * closed by a blank line or the end of the text. */
static int list_heading(const eg_doc *doc, size_t c, const unsigned char *s, size_t len,
                        size_t *list_end) {
    if (len == 0 || len > HEAD_LINE || item_marker(s, len))
        return 0;
    size_t w = count_words(s, len);
    unsigned last = s[len - 1];
    if (w == 0 || w > HEAD_WORDS || strchr(".!?:;,", (int)last))
        return 0;
    int opens = block_start(doc, c) != (size_t)-1;
    if (!opens && !(doc->toks.v[c - 1].flags & EG_TOK_SENT_PUNCT) &&
        !is_closer(doc, &doc->toks.v[c - 1]))
        return 0;
    const unsigned char *end = (const unsigned char *)doc->text + doc->len;
    const unsigned char *p = s + len;
    size_t items = 0, plain = 0, item_end = 0, plain_end = 0;
    int plain_ok = opens;
    for (int first = 1;; first = 0) {
        while (p < end && *p != '\n')
            p++;
        if (p == end)
            break;
        p++;
        size_t breaks = 0;
        while (first && p < end && (blank(*p) || *p == '\n'))
            breaks += *p++ == '\n';
        if (breaks > 1)
            break;
        size_t n = line_len(p, (size_t)(end - p), ITEM_LINE);
        if (n == (size_t)-1 || n == 0) {
            plain_ok &= n == 0;
            break;
        }
        if (item_line(p, n)) {
            items++;
            plain_ok = 0;
            item_end = (size_t)(p + n - (const unsigned char *)doc->text);
        } else if (!first && closing_line(p, n)) {
            break; /* the site's own furniture closes the block */
        } else if (plain_item(p, n)) {
            plain++;
            plain_end = (size_t)(p + n - (const unsigned char *)doc->text);
        } else {
            plain_ok = 0;
            if (first || strchr(".!?", (int)p[n - 1]))
                break; /* a wrapped item may continue on a line of its own */
        }
    }
    if (items >= LIST_MIN_ITEMS) {
        *list_end = item_end;
        return 1;
    }
    if (plain_ok && plain >= LIST_MIN_ITEMS) {
        *list_end = plain_end;
        return 1;
    }
    return 0;
}

/* Width of a menu separator (" | ", " · ", " • ") at s[i] (after a blank);
 * 0 if none. */
static size_t separator(const unsigned char *s, size_t i, size_t len) {
    size_t n = 0;
    if (s[i] == '|')
        n = 1;
    else if (i + 1 < len && s[i] == 0xC2 && s[i + 1] == 0xB7)
        n = 2;
    else if (i + 2 < len && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0xA2)
        n = 3;
    if (!n || i == 0 || !blank(s[i - 1]) || (i + n < len && !blank(s[i + n])))
        return 0;
    return n;
}

/* Whether the line s[0..len) is a menu or share bar: segments of a few words
 * between " | ", " · " or " • " ("Share | Print | Comment", "Facebook · X ·
 * Email", "Accept | Settings"). */
static int menu_line(const unsigned char *s, size_t len) {
    size_t segs = 0, maxw = 0, from = 0, start = len;
    /* no separator before the first byte one can start with */
    static const unsigned char firsts[] = {'|', 0xC2, 0xE2};
    for (size_t k = 0; k < sizeof firsts; k++) {
        const unsigned char *p = memchr(s, firsts[k], start);
        if (p)
            start = (size_t)(p - s);
    }
    if (start == len)
        return 0; /* no separator: one segment, no menu */
    for (size_t i = start; i <= len; i++) {
        size_t n = i < len ? separator(s, i, len) : 1;
        if (!n)
            continue;
        if (segs == 0 && i == len)
            return 0; /* no separator: one segment, no menu (its words need no count) */
        size_t w = count_words(s + from, i - from);
        if (w == 0)
            return 0;
        segs++;
        if (w > maxw)
            maxw = w;
        from = i + n;
        i = from - 1;
    }
    return segs >= 3 ? maxw <= MENU_WORDS : segs == 2 && maxw <= MENU_PAIR_WORDS;
}

/* Whether a word (letters, marks, hyphens, apostrophes) of at least two bytes
 * starting with a capital letter begins s[0..len); returns its length or 0. */
static size_t cap_word(const unsigned char *s, size_t len) {
    uint32_t cp;
    size_t i = eg_utf8_decode(s, len, &cp);
    if (!eg_utf8_is_upper(cp))
        return 0;
    while (i < len) {
        size_t n = eg_utf8_decode(s + i, len - i, &cp);
        if (!(eg_utf8_class(cp) & (EG_UTF8_LETTER | EG_UTF8_MARK)) && cp != '-' && cp != '\'' &&
            cp != 0x2019)
            break;
        i += n;
    }
    return i >= 2 ? i : 0;
}

/* Whether the line s[0..len) is a byline: "By" and a capitalised word ("By
 * Jenna Whitcombe-Ruiz | Staff Writer"). */
static int byline(const unsigned char *s, size_t len) {
    size_t by = match_keyword("by ", s, len);
    return by && s[0] == 'B' && cap_word(s + by, len - by) > 0;
}

/* Whether the line s[0..len) is an author's note: two or three capitalised
 * words, then "covers", "writes about", "reports on|from" or "is a|an|our|the"
 * with a newsroom noun in the line ("Hana Khoury is a Beirut-based reporter
 * covering Lebanon", "Mere Tuilagi is our Pacific correspondent"). */
static int author_note(const unsigned char *s, size_t len) {
    static const char *const verbs[] = {"covers ", "writes about ", "reports on ", "reports from "};
    static const char *const copulas[] = {"is a ", "is an ", "is our ", "is the "};
    static const char *const nouns[] = {"correspondent", "reporter",  "editor",     "writer",
                                        "journalist",    "columnist", "contributor"};
    size_t i = 0, words = 0;
    while (words < 3) {
        size_t n = cap_word(s + i, len - i);
        if (!n || i + n >= len || s[i + n] != ' ')
            break;
        i += n + 1;
        words++;
    }
    if (words < 2)
        return 0;
    for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
        if (match_keyword(verbs[k], s + i, len - i))
            return 1;
    for (size_t k = 0; k < sizeof copulas / sizeof copulas[0]; k++) {
        size_t m = match_keyword(copulas[k], s + i, len - i);
        if (!m)
            continue;
        for (size_t n = 0; n < sizeof nouns / sizeof nouns[0]; n++)
            for (size_t at = i + m; at < len; at++)
                if ((at == i + m || s[at - 1] == ' ' || s[at - 1] == '-') &&
                    match_keyword(nouns[n], s + at, len - at))
                    return 1;
    }
    return 0;
}

/* Whether the line s[0..len) credits a contributor at its end ("Staff writer
 * Julio Ixcot in Guatemala City contributed to this report."). */
static int credit_line(const unsigned char *s, size_t len) {
    static const char *const tails[] = {"contributed to this report.", "contributed reporting.",
                                        "contributed to this story."};
    if (len > ITEM_LINE)
        return 0;
    for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
        size_t n = strlen(tails[k]);
        if (len > n && s[len - n - 1] == ' ' && match_keyword(tails[k], s + len - n, n) == n)
            return 1;
    }
    return 0;
}

/* Whether the line s[0..len) is an agency's or its editors' sign-off under
 * the story: a word in brackets ("(dpa)", "(AFP)") or editors' initials
 * ("mab/sk", "sbh/jd"). */
static int signoff_line(const unsigned char *s, size_t len) {
    if (len >= 4 && len <= 10 && s[0] == '(' && s[len - 1] == ')') {
        for (size_t i = 1; i + 1 < len; i++)
            if (!((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
                return 0;
        return 1;
    }
    size_t run = 0, parts = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i == len || s[i] == '/') {
            if (run < 2 || run > 4)
                return 0;
            parts++;
            run = 0;
        } else if (s[i] >= 'a' && s[i] <= 'z') {
            run++;
        } else {
            return 0;
        }
    }
    return parts >= 2 && parts <= 4;
}

static size_t find_word(const char *kw, const unsigned char *s, size_t len);

/* Whether the line s[0..len) credits the story's reporters or editors, as
 * agencies and papers do at its end: "Reporting by Ana Souza in Brasilia;
 * Editing by Tom Hale", "(Additional reporting by ...)", "Associated Press
 * writer X contributed to this report.", "(X reported from London, Y from
 * Accra)", a short "Par X", "Por X", "By X" or "Von X" line, a sign-off
 * ("(dpa)", "mab/sk"). It belongs to the story. */
static int credit_text(const unsigned char *s, size_t len) {
    static const char *const heads[] = {
        "reporting by", "additional reporting by",  "writing by", "editing by",
        "compiled by",  "reporting and writing by", "edited by",  "written by"};
    static const char *const pars[] = {"by ", "par ", "por ", "von "};
    if (len == 0 || len > ITEM_LINE)
        return 0;
    if (credit_line(s, len) || signoff_line(s, len) || dash_signoff(s, len))
        return 1;
    const unsigned char *p = s;
    size_t n = len;
    if (p[0] == '(') {
        p++;
        n--;
        if (s[len - 1] == ')' && find_word("reported from", p, n) != (size_t)-1)
            return 1; /* "(Marta Kowalczyk reported from London, Samuel Addo from Accra)" */
    }
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++)
        if (match_keyword(heads[k], p, n))
            return 1;
    if (p != s || s[0] < 'A' || s[0] > 'Z' || len > HEAD_LINE + 20 ||
        strchr(".!?,;:", (int)s[len - 1]))
        return 0;
    for (size_t k = 0; k < sizeof pars / sizeof pars[0]; k++) {
        size_t m = match_keyword(pars[k], s, len);
        if (m && cap_word(s + m, len - m) > 0 && count_words(s, len) <= 8)
            return 1; /* "Par Salma Lahlou", "Por Thiago Nakamura" */
    }
    return 0;
}

/* Whether the line s[0..len) is a dash and the writer and paper: capitalised
 * words in at most two parts split by ", ", " / " or " | " ("— Ali Hassan,
 * Bahrain Business Review", "– Staff reporter"'s capital is needed). */
static int dash_signoff(const unsigned char *s, size_t len) {
    if (len < 6 || s[0] != 0xE2 || s[1] != 0x80 || (s[2] != 0x94 && s[2] != 0x93) || s[3] != ' ')
        return 0;
    size_t i = 4, words = 0, parts = 1;
    while (i < len) {
        size_t w = cap_word(s + i, len - i);
        if (!w)
            return 0;
        words++;
        i += w;
        if (i == len)
            break;
        if (len - i > 3 && s[i] == ' ' && (s[i + 1] == '/' || s[i + 1] == '|') && s[i + 2] == ' ') {
            i += 3;
            parts++;
        } else if (len - i > 2 && s[i] == ',' && s[i + 1] == ' ') {
            i += 2;
            parts++;
        } else if (s[i] == ' ') {
            i++;
        } else {
            return 0;
        }
    }
    return i == len && words >= 2 && words <= 9 && parts == 2;
}

/* Offset of the word kw in s[0..len) (at a word start), or (size_t)-1. */
static size_t find_word(const char *kw, const unsigned char *s, size_t len) {
    /* the bytes b with b | 0x20 == kw[0] (none when kw[0] lacks that bit),
     * found with memchr: kw[0] and kw[0] - 0x20 */
    unsigned char lo = (unsigned char)kw[0], up = (unsigned char)(lo & ~0x20u);
    if (!(lo & 0x20) || !len)
        return (size_t)-1;
    const unsigned char *a = memchr(s, lo, len), *b = memchr(s, up, len);
    while (a || b) {
        const unsigned char *p = !b || (a && a < b) ? a : b;
        size_t i = (size_t)(p - s);
        if ((i == 0 || !ascii_alnum(s[i - 1])) && match_keyword(kw, p, len - i))
            return i;
        if (p == a)
            a = i + 1 < len ? memchr(p + 1, lo, len - i - 1) : NULL;
        else
            b = i + 1 < len ? memchr(p + 1, up, len - i - 1) : NULL;
    }
    return (size_t)-1;
}

/* Whether the line s[0..len) is a short sentence of its own offering delivery
 * "to your inbox" ("Get the Andes Mining Brief in your inbox every
 * Thursday."). */
static int inbox_line(const unsigned char *s, size_t len) {
    if (len == 0 || len > INBOX_LINE || (s[len - 1] != '.' && s[len - 1] != '!'))
        return 0;
    return find_word("your inbox", s, len) != (size_t)-1;
}

/* Whether the line s[0..len) at token c is a paragraph of its own: a blank
 * line (or the text's start) before it and a blank line (or the end) after. */
static int lone_line(const eg_doc *doc, size_t c, const unsigned char *s, size_t len) {
    if (c > 0 && doc->toks.v[c].nl < 2)
        return 0;
    const unsigned char *end = (const unsigned char *)doc->text + doc->len, *p = s + len;
    int breaks = 0;
    for (; p < end && breaks < 2 && (blank(*p) || *p == '\n'); p++)
        breaks += *p == '\n';
    return p == end || breaks >= 2;
}

/* Whether the line s[0..len) at token c is an appeal of the site in a
 * paragraph of its own, whatever follows its first sentence: delivery to
 * "your inbox" with the form's labels after it ("Get the Business Briefing
 * in your inbox every morning. Email address | Sign me up"), a plea to
 * "support independent journalism" or "every contribution helps", an offer
 * to get or join a newsletter ("Get the Business Daily newsletter — free,
 * every weekday."). The first sentence is short (APPEAL_WORDS words at most)
 * and nobody "said" or "says" it: a story's last paragraph may name the
 * same things. */
static int appeal_line(const eg_doc *doc, size_t c, const unsigned char *s, size_t len) {
    static const char *const pleas[] = {"your inbox",
                                        "support independent journalism",
                                        "every contribution helps",
                                        "support our work",
                                        "republished",
                                        "under licence",
                                        "under license",
                                        "with permission"};
    if (len == 0 || len > INBOX_LINE || !lone_line(doc, c, s, len) ||
        find_word("said", s, len) != (size_t)-1 || find_word("says", s, len) != (size_t)-1)
        return 0;
    size_t first = 0;
    while (first < len && !strchr(".!?", (int)s[first]))
        first++;
    if (count_words(s, first) > APPEAL_WORDS)
        return 0;
    for (size_t k = 0; k < sizeof pleas / sizeof pleas[0]; k++)
        if (find_word(pleas[k], s, len) != (size_t)-1)
            return 1;
    return (match_keyword("get ", s, len) || match_keyword("join ", s, len)) &&
           find_word("newsletter", s, len) != (size_t)-1;
}

/* Whether the line s[0..len) is a newsletter offer without a sentence's end,
 * wherever it stands ("Get the Sustainable Switch newsletter"). */
static int newsletter_offer(const unsigned char *s, size_t len) {
    return len > 0 && len <= HEAD_LINE + 20 && !strchr(".!?,;:", (int)s[len - 1]) &&
           (match_keyword("get ", s, len) || match_keyword("join ", s, len)) &&
           find_word("newsletter", s, len) != (size_t)-1;
}

/* Whether the line s[0..len) invites readers to follow the site on a social
 * network ("Follow Moldova Live on Facebook", "Follow The Gulf Desk on X",
 * "Follow Pacific Wire on social media"). */
static int follow_line(const unsigned char *s, size_t len) {
    static const char *const networks[] = {"facebook",     "twitter",        "x",       "instagram",
                                           "telegram",     "linkedin",       "youtube", "whatsapp",
                                           "tiktok",       "threads",        "bluesky", "mastodon",
                                           "social media", "social networks"};
    size_t f = match_keyword("follow ", s, len);
    if (!f || len > HEAD_LINE + 20 || strchr(".,;:", (int)s[len - 1]))
        return 0;
    for (size_t at = f; at + 4 < len; at++) {
        size_t on = match_keyword(" on ", s + at, len - at);
        if (!on)
            continue;
        for (size_t k = 0; k < sizeof networks / sizeof networks[0]; k++)
            if (match_keyword(networks[k], s + at + on, len - at - on))
                return 1;
    }
    return 0;
}

/* Whether the short line s[0..len) is a copyright notice with something
 * before the sign or the formula ("AFP \xC2\xA9 2026. All rights reserved.",
 * "Text and photos: Kyiv Post \xC2\xA9 2026"): a line of its own of at most
 * COPYRIGHT_LINE bytes holding "\xC2\xA9" or "all rights reserved". */
static int copyright_line(const unsigned char *s, size_t len) {
    if (len == 0 || len > COPYRIGHT_LINE)
        return 0;
    for (size_t i = 0; i + 1 < len; i++)
        if (s[i] == 0xC2 && s[i + 1] == 0xA9)
            return 1;
    return find_word("all rights reserved", s, len) != (size_t)-1;
}

/* Whether the line s[0..len) closes a block of unmarked headlines without
 * being one: a copyright notice, a line opening with a keyword that ends a
 * story ("Follow us on Instagram ...", "Subscribe to ..."), an invitation to
 * follow the site. */
static int closing_line(const unsigned char *s, size_t len) {
    if (copyright_line(s, len) || follow_line(s, len))
        return 1;
    unsigned c0 = len && s[0] >= 'A' && s[0] <= 'Z' ? s[0] + 32u : len ? s[0] : 0u;
    pthread_once(&kw_once, kw_index);
    for (size_t o = kw_from[c0]; o < kw_from[c0 + 1]; o++) {
        const keyword *kw = &keywords[kw_order[o]];
        if (kw->kind == KW_END && match_keyword(kw->text, s, len))
            return 1;
    }
    return 0;
}

/* Whether a keyword flagged KW_SHORT and KW_END stands inside the short line
 * s[0..len) after other words: at its end ("Pacific Beat newsletter") or
 * before a ':' after at most two words ("Iscriviti alla newsletter: ..."). */
static int late_keyword(const unsigned char *s, size_t len) {
    pthread_once(&kw_once, kw_index);
    for (size_t i = 1; i < len; i++) {
        if (!blank(s[i - 1]))
            continue;
        if (len > SHORT_LINE && count_words(s, i) > 2)
            break; /* neither test below can pass any more */
        unsigned c0 = s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32u : s[i];
        for (size_t o = kw_from[c0]; o < kw_from[c0 + 1]; o++) {
            const keyword *kw = &keywords[kw_order[o]];
            if (kw->kind != (KW_END | KW_SHORT))
                continue;
            size_t m = match_keyword(kw->text, s + i, len - i);
            if (!m)
                continue;
            if (i + m == len && len <= SHORT_LINE)
                return 1;
            if (i + m < len && s[i + m] == ':' && count_words(s, i) <= 2)
                return 1;
        }
    }
    return 0;
}

/* The kind of boilerplate line starting at token c, or -1 if it is none. */
static int line_kind(const eg_doc *doc, size_t c, size_t *list_end) {
    size_t pos = doc->toks.v[c].start;
    const unsigned char *s = (const unsigned char *)doc->text + pos;
    size_t len = line_len(s, doc->len - pos, MAX_LINE);
    if (len == (size_t)-1)
        return -1;
    unsigned c0 = len && s[0] >= 'A' && s[0] <= 'Z' ? s[0] + 32u : len ? s[0] : 0u;
    pthread_once(&kw_once, kw_index);
    for (size_t o = kw_from[c0]; o < kw_from[c0 + 1]; o++) {
        const keyword *kw = &keywords[kw_order[o]];
        size_t m = match_keyword(kw->text, s, len);
        if (!m)
            continue;
        unsigned kind = kw->kind;
        if (kind & KW_SHORT) {
            size_t j = m;
            while (j < len && (s[j] == ' ' || s[j] == '\t'))
                j++;
            if (len > SHORT_LINE && j < len && s[j] != ':')
                continue;
        }
        if ((kind & KW_MID) && !list_heading(doc, c, s, len, list_end))
            *list_end = 0; /* "Latest news" over headlines: where the list ends */
        return (int)(kind & KW_MID);
    }
    if (author_note(s, len) || late_keyword(s, len) || inbox_line(s, len) ||
        copyright_line(s, len) || appeal_line(doc, c, s, len) || newsletter_offer(s, len) ||
        follow_line(s, len))
        return KW_END;
    if (!byline(s, len) && (menu_line(s, len) || list_heading(doc, c, s, len, list_end)) &&
        !credit_text(s, len))
        return KW_MID; /* "(dpa)" over a list is the agency's sign-off */
    return -1;
}

/* Words of tokens [b, e) if they read as prose (enough words, final
 * punctuation), else 0. */
static size_t prose_words(const eg_doc *doc, size_t b, size_t e) {
    const eg_token *tv = doc->toks.v;
    if (e <= b)
        return 0;
    while (e > b + 1 && is_closer(doc, &tv[e - 1]))
        e--;
    if (e > b + 2 && (tv[e - 2].flags & EG_TOK_NUM) && (tv[e - 2].flags & EG_TOK_LINE_START))
        e -= 2; /* the next item's number: "... airport tax\n3." */
    if (!(tv[e - 1].flags & EG_TOK_SENT_PUNCT))
        return 0;
    size_t words = 0;
    for (size_t i = b; i < e; i++)
        words += (tv[i].flags & EG_TOK_WORD) != 0;
    return words >= PROSE_MIN_WORDS ? words : 0;
}

static uint32_t caps_flag(const eg_doc *doc, size_t b, size_t e) {
    size_t words = 0, allcaps = 0;
    for (size_t i = b; i < e; i++) {
        unsigned f = doc->toks.v[i].flags;
        if (f & EG_TOK_WORD) {
            words++;
            allcaps += (f & EG_TOK_ALLCAPS) != 0;
        }
    }
    return words >= 2 && allcaps * 5 >= words * 4 ? EG_SENT_ALLCAPS : 0;
}

/* Whether the paragraph at token b is a news agency's credit ("Reporting by
 * A in X; Editing by B", "(Additional reporting by ...)") or a byline ("By
 * Jane Doe | Staff Writer"): it names the story's authors and stays part of
 * the story. */
static int credit_start(const eg_doc *doc, size_t b) {
    size_t pos = doc->toks.v[b].start;
    const unsigned char *s = (const unsigned char *)doc->text + pos;
    size_t len = line_len(s, doc->len - pos, MAX_LINE);
    if (len == (size_t)-1)
        len = MAX_LINE;
    return credit_text(s, len) || byline(s, len) || masthead_para(doc, b, s, len);
}

/* Words of a paper's name that are not capitalised ("Le Courrier de
 * l’Atlas", "Times of Oman"). */
static size_t name_particle(const unsigned char *s, size_t len) {
    static const char *const words[] = {"&",  "al", "and", "da", "de", "des", "di",
                                        "do", "du", "el",  "la", "of", "the"};
    size_t n = 0;
    while (n < len && !blank(s[n]))
        n++;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (strlen(words[k]) == n && memcmp(words[k], s, n) == 0)
            return n;
    if (n > 5 && (s[0] == 'd' || s[0] == 'l') && s[1] == 0xE2 && s[2] == 0x80 && s[3] == 0x99 &&
        cap_word(s + 4, n - 4) == n - 4)
        return n; /* l’Atlas */
    if (n > 3 && (s[0] == 'd' || s[0] == 'l') && s[1] == '\'' && cap_word(s + 2, n - 2) == n - 2)
        return n;
    return 0;
}

/* Whether the paragraph at token b, one line s[0..len) right under the
 * story's last sentence, is the paper signing off: its name alone ("Bangkok
 * Post", "The Japan Times"), after a dash ("— Malay Mail") or in brackets
 * ("(The Asahi Shimbun)"); at most six capitalised words. A lone word needs
 * the mark or lower-case letters ("Stuff"; not "AFP"); never a label
 * ("Advertisement", "Purchase Licensing Rights", "Energy Desk"). */
static int masthead_para(const eg_doc *doc, size_t b, const unsigned char *s, size_t len) {
    static const char *const labels[] = {
        "Advertisement", "Comments",  "Email",    "Follow",   "Latest",  "Listen",
        "More",          "Print",     "Purchase", "Read",     "Related", "Share",
        "Sponsored",     "Subscribe", "Tags",     "Trending", "Watch"};
    const eg_token *tv = doc->toks.v;
    if (b == 0 || tv[b].nl < 2 || len == 0 || len > HEAD_LINE)
        return 0;
    size_t e = b;
    while (e > 0 && is_closer(doc, &tv[e - 1]))
        e--;
    if (e == 0 || !(tv[e - 1].flags & EG_TOK_SENT_PUNCT))
        return 0;
    size_t n = b + 1;
    while (n < doc->toks.n && tv[n].nl == 0)
        n++;
    if (n < doc->toks.n && tv[n].nl < 2)
        return 0; /* not a paragraph of its own ("RNZ Pacific" over its appeal) */
    int marked = 0;
    size_t i = 0;
    if (len > 4 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x94 || s[2] == 0x93) && s[3] == ' ') {
        i = 4; /* "— ", "– " */
        marked = 1;
    } else if (s[0] == '(' && s[len - 1] == ')') {
        i = 1;
        len--;
        marked = 1;
    }
    size_t caps = 0, allcaps = 0, words = 0, last_cap = 0;
    while (i < len) {
        size_t w = cap_word(s + i, len - i), p = 0;
        if (w) {
            size_t upper = 0;
            for (size_t k = i; k < i + w; k++)
                upper += s[k] >= 'A' && s[k] <= 'Z';
            allcaps += upper == w;
            for (size_t k = 0; words == 0 && k < sizeof labels / sizeof labels[0]; k++)
                if (strlen(labels[k]) == w && memcmp(labels[k], s + i, w) == 0)
                    return 0;
            if (w == 4 && memcmp(s + i, "Desk", 4) == 0)
                return 0;
            caps++;
            last_cap = 1;
        } else if (words > 0 && (p = name_particle(s + i, len - i)) > 0) {
            w = p;
            last_cap = 0;
        } else {
            return 0;
        }
        words++;
        i += w;
        if (i < len && s[i] != ' ')
            return 0;
        i++;
    }
    if (!last_cap || caps == 0 || caps > 6 || (caps >= 2 && allcaps == caps))
        return 0;
    return marked || caps >= 2 || !allcaps;
}

/* Moves the story's end from token c up over short paragraphs right above it
 * that do not end like a sentence: a credit ("Reporting by ...; Editing by
 * ..."), a masthead ("Swiss Banking Daily — Morning Briefing"), a source line,
 * a bare list of tags, a "Share" box; not a credit (see credit_start). At most FURNITURE_PARAS
 * paragraphs of at most FURNITURE_LINES lines and FURNITURE_WORDS words each; never the paragraph
 * holding token ok_tok (the body's first line break). */
static size_t furniture_above(const eg_doc *doc, size_t c, size_t ok_tok) {
    const eg_token *tv = doc->toks.v;
    if (tv[c].nl == 1) {
        /* the boundary's paragraph may open with a masthead line or two
         * ("RNZ Pacific" over "Pacific news, in your inbox.") */
        size_t b = c, words = 0, lines = 1;
        int sentence = 0;
        while (b > 0) {
            b--;
            words += (tv[b].flags & EG_TOK_WORD) != 0;
            if (tv[b + 1].nl >= 1 && b + 1 < c)
                lines++;
            if (tv[b + 1].nl >= 1) {
                size_t e = b + 1;
                while (e > 0 && is_closer(doc, &tv[e - 1]))
                    e--;
                sentence |= e > 0 && (tv[e - 1].flags & EG_TOK_SENT_PUNCT);
            }
            if (tv[b].nl >= 2)
                break;
        }
        if (b > ok_tok && tv[b].nl >= 2 && !sentence && lines <= 2 &&
            words <= FURNITURE_WORDS / 5 && !credit_start(doc, b)) {
            c = b;
        } else {
            /* or with a block of mastheads, labels and appeals ("Mada Masr" /
             * "Support independent journalism in Egypt — become a member") */
            b = block_start(doc, c);
            if (b != (size_t)-1 && b > ok_tok && !credit_start(doc, b))
                c = b;
        }
    }
    for (int k = 0; k < FURNITURE_PARAS && tv[c].nl >= 2; k++) {
        size_t b = c, words = 0, lines = 1;
        while (b > 0) {
            b--;
            words += (tv[b].flags & EG_TOK_WORD) != 0;
            if (tv[b].nl >= 2)
                break;
            lines += tv[b].nl;
        }
        if (b <= ok_tok || words > FURNITURE_WORDS || lines > FURNITURE_LINES ||
            credit_start(doc, b))
            break;
        size_t e = c;
        while (e > b + 1 && is_closer(doc, &tv[e - 1]))
            e--;
        if (tv[e - 1].flags & EG_TOK_SENT_PUNCT)
            break;
        c = b;
    }
    return c;
}

/* Prose words (see prose_words) in the sentences, or parts of them, between
 * tokens from and to. */
static size_t prose_span(const eg_doc *doc, size_t from, size_t to) {
    size_t words = 0;
    for (size_t s = 0; s < doc->sents.n; s++) {
        size_t b = doc->sents.v[s].tok_begin, e = doc->sents.v[s].tok_end;
        if (e <= from || b >= to)
            continue;
        words += prose_words(doc, b > from ? b : from, e < to ? e : to);
    }
    return words;
}

/* A credit at the end of the story (see credit_text) keeps it and ends it:
 * looking back from token limit (the end found so far, or the text's end)
 * over at most CREDIT_LINES lines, lines of furniture that do not end like a
 * sentence, then credit lines right under a line that does (the story's
 * text); if less than END_PROSE_WORDS words of prose stand between the last
 * credit line and limit, returns the token after that line, else (size_t)-1. */
#define CREDIT_LINES 8
#define CREDIT_WRAP 60

/* The end of a credit line s[0..len) whose next line starts at token next:
 * a hard-wrapped credit goes on in the lines of its paragraph ("Editing by\n
 * Paul Whitcombe") after a line that ends in "by", "and", "," or ";" or is
 * at least CREDIT_WRAP bytes long, two lines at most. */
static size_t credit_wrap(const eg_doc *doc, const unsigned char *s, size_t len, size_t next,
                          size_t limit) {
    const eg_token *tv = doc->toks.v;
    for (int k = 0; k < 2 && next < limit && tv[next].nl == 1; k++) {
        size_t w = len;
        while (w > 0 && s[w - 1] != ' ')
            w--;
        int open = len >= CREDIT_WRAP || s[len - 1] == ',' || s[len - 1] == ';' ||
                   match_keyword("by", s + w, len - w) == len - w ||
                   match_keyword("and", s + w, len - w) == len - w;
        if (!open || strchr(".!?)", (int)s[len - 1]))
            break;
        s = (const unsigned char *)doc->text + tv[next].start;
        len = line_len(s, doc->len - tv[next].start, ITEM_LINE);
        if (len == (size_t)-1 || len == 0)
            break;
        while (++next < limit && !(tv[next].flags & EG_TOK_LINE_START))
            ;
    }
    return next;
}
static size_t credit_end(const eg_doc *doc, size_t ok_tok, size_t limit) {
    const eg_token *tv = doc->toks.v;
    const size_t none = (size_t)-1;
    size_t next = limit, found = none;
    int lines = 0;
    for (size_t c = limit; c-- > ok_tok && lines < CREDIT_LINES;) {
        if (!(tv[c].flags & EG_TOK_LINE_START))
            continue;
        lines++;
        size_t pos = tv[c].start;
        const unsigned char *s = (const unsigned char *)doc->text + pos;
        size_t len = line_len(s, doc->len - pos, ITEM_LINE);
        size_t e = next;
        while (e > c + 1 && is_closer(doc, &tv[e - 1]))
            e--;
        int sentence = e > c && (tv[e - 1].flags & EG_TOK_SENT_PUNCT);
        if (len != none && credit_text(s, len)) {
            if (found == none)
                found = credit_wrap(doc, s, len, next, limit);
        } else if (found != none) {
            if (sentence && found < limit && prose_span(doc, found, limit) < END_PROSE_WORDS)
                return found;
            return none;
        } else if (sentence) {
            return none; /* story text, and no credit under it */
        }
        next = c;
    }
    return none;
}

/* A boundary at token c that falls on the paper's sign-off (see
 * masthead_para: "Borneo Bulletin" over "Borneo Bulletin — Brunei's national
 * newspaper" and a list) moves to the next paragraph, which the sign-off
 * keeps out of the story. */
static size_t masthead_below(const eg_doc *doc, size_t c) {
    const eg_token *tv = doc->toks.v;
    size_t pos = tv[c].start;
    const unsigned char *s = (const unsigned char *)doc->text + pos;
    size_t len = line_len(s, doc->len - pos, MAX_LINE);
    if (len == (size_t)-1 || !masthead_para(doc, c, s, len))
        return c;
    size_t n = c + 1;
    while (n < doc->toks.n && tv[n].nl == 0)
        n++;
    return n < doc->toks.n ? n : c;
}

/* Splits sentence si before token c; keeps the old sentence if memory runs out. */
static void split_sentence(eg_doc *doc, size_t si, size_t c) {
    if (!EG_VEC_PUSH(doc->sents))
        return;
    eg_sentence *sv = doc->sents.v;
    memmove(&sv[si + 2], &sv[si + 1], (doc->sents.n - si - 2) * sizeof *sv);
    sv[si + 1] = sv[si];
    sv[si + 1].tok_begin = (uint32_t)c;
    sv[si].tok_end = (uint32_t)c;
    uint32_t keep = sv[si].flags & ~(uint32_t)EG_SENT_ALLCAPS;
    sv[si].flags = keep | caps_flag(doc, sv[si].tok_begin, c);
    sv[si + 1].flags = keep | caps_flag(doc, c, sv[si + 1].tok_end);
}

void eg_boilerplate_mark(eg_doc *doc) {
    doc->story_end = doc->len;
    size_t ns = doc->sents.n;
    const eg_token *tv = doc->toks.v;
    size_t fb = 0;
    while (fb < ns && (doc->sents.v[fb].flags & EG_SENT_TITLE))
        fb++;
    if (fb == ns)
        return;
    /* Boilerplate may start only on a line after at least 4 words of body text. */
    size_t ok_tok = (size_t)-1, words = 0;
    for (size_t i = doc->sents.v[fb].tok_begin; i < doc->toks.n; i++) {
        if (words >= 4 && tv[i].nl >= 1) {
            ok_tok = i;
            break;
        }
        words += (tv[i].flags & EG_TOK_WORD) != 0;
    }
    if (ok_tok == (size_t)-1)
        return;

    /* Candidates are tried from the last backwards. Prose counts only up to
     * the nearest boundary already accepted after the candidate: what follows
     * that boundary is furniture, whatever its shape. */
    const size_t none = (size_t)-1;
    size_t best_tok = none, best_sent = 0, bound_sent = none;
    size_t after = 0;      /* prose words in whole sentences between s and the boundary */
    size_t bound_part = 0; /* prose words in the boundary's sentence before it */
    for (size_t s = ns; s-- > fb;) {
        const eg_sentence *st = &doc->sents.v[s];
        if (st->tok_end <= ok_tok)
            break;
        size_t e = s == bound_sent ? best_tok : st->tok_end;
        size_t b = st->tok_begin > ok_tok ? st->tok_begin : ok_tok;
        for (size_t c = e; c-- > b;) {
            const eg_token *t = &tv[c];
            if (!(t->flags & EG_TOK_LINE_START))
                continue;
            if (c > st->tok_begin && (t->flags & EG_TOK_WORD) && !(t->flags & EG_TOK_CAP) &&
                !(tv[c - 1].flags & EG_TOK_SENT_PUNCT))
                continue;
            size_t list_end = 0;
            int kind = line_kind(doc, c, &list_end);
            if (kind < 0)
                continue;
            size_t l = c + 1; /* the candidate's own line is not prose */
            while (l < e && tv[l].nl == 0)
                l++;
            size_t prose;
            if (list_end) {
                /* nor are the list's items ("Driver market: who's left
                 * without a seat?", "Canfor curtails mill in northern B.C.") */
                while (l < doc->toks.n && tv[l].start < list_end)
                    l++;
                prose = prose_span(doc, l, best_tok == none ? doc->toks.n : best_tok);
            } else {
                prose = prose_words(doc, l, e);
                if (s != bound_sent)
                    prose += after + bound_part;
            }
            if (kind == KW_MID ? prose > 0 : prose >= END_PROSE_WORDS)
                continue;
            best_tok = e = c;
            best_sent = bound_sent = s;
            bound_part = prose_words(doc, st->tok_begin, c);
            after = 0;
        }
        if (s != bound_sent)
            after += prose_words(doc, st->tok_begin, st->tok_end);
    }
    size_t credit = credit_end(doc, ok_tok, best_tok == none ? doc->toks.n : best_tok);
    if (credit != none) {
        best_tok = credit;
        best_sent = fb;
        while (best_sent + 1 < doc->sents.n && doc->sents.v[best_sent].tok_end <= best_tok)
            best_sent++;
    }
    if (best_tok == none)
        return;
    size_t up = credit != none ? best_tok : furniture_above(doc, best_tok, ok_tok);
    if (up == best_tok && credit == none)
        up = masthead_below(doc, best_tok);
    if (up != best_tok) {
        best_tok = up;
        while (best_sent > fb && doc->sents.v[best_sent].tok_begin > best_tok)
            best_sent--;
        while (best_sent + 1 < doc->sents.n && doc->sents.v[best_sent].tok_end <= best_tok)
            best_sent++;
    }
    if (best_tok > doc->sents.v[best_sent].tok_begin)
        split_sentence(doc, best_sent, best_tok);
    doc->story_end = tv[best_tok].start;
    for (size_t s = fb; s < doc->sents.n; s++) {
        eg_sentence *st = &doc->sents.v[s];
        if (tv[st->tok_begin].start >= doc->story_end)
            st->flags |= EG_SENT_BOILER;
    }
}
