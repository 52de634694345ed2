/* segment: groups a document's tokens into sentences and paragraphs, with
 * abbreviations, initials, dotted forms, quotes after final punctuation,
 * hard-wrapped lines and headline/byline/dateline lines handled. */
#ifndef EG_SEGMENT_H
#define EG_SEGMENT_H

#include "doc.h"

/* Longest sentence in tokens; a longer run is cut (pathological input). */
#define EG_SEGMENT_MAX_TOKENS 4096

/* Splits doc->toks (from eg_tokenize) into doc->sents and sets doc->nparas.
 * The first doc->title_len bytes (if > 0) are the title: one sentence flagged
 * EG_SENT_TITLE in its own paragraph 0.
 *
 * Paragraphs: a blank line (token nl >= 2) starts one and ends the sentence.
 * Sentences end after . ! ? ... (plus closing quotes and brackets right after)
 * when the next token starts a sentence (capital or caseless letter, digit,
 * opening quote or bracket, or a new paragraph), except after:
 *  - these abbreviations (case-sensitive, followed by "."): Mr Mrs Ms Dr Prof
 *    Sen Rep Gov Gen Col Lt Sgt Capt Cmdr Adm Maj Rev Hon St Jr Sr Co Corp Inc
 *    Ltd No Nos vs etc Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue
 *    Wed Thu Fri Sat Sun Ave Blvd Dept Fig approx est;
 *  - a single capital letter initial ("J. R. Ellison");
 *  - a dotted token ("U.S.") unless a new paragraph follows or the next word is
 *    one of these sentence starters: The A An It He She They We I You In On At
 *    But And This That These Those There His Her Their Its Our My After Before
 *    When While As If Meanwhile However Officials Still Yet So Then Now Last
 *    Earlier Later Since Some Many Most Both Each Other Such What Why How Who
 *    Where According Despite Although Though Under For From With Without
 *    During Asked Also Instead Even Not No Nor Until Unlike Like.
 * A single newline does not end a sentence (hard-wrapped text), except that a
 * short line (<= 60 bytes) without final punctuation, followed by a line
 * starting with a capital, is its own sentence when it starts a sentence and
 * is all capitals, a byline ("By " and capitalised words) or title case (every
 * word capitalised; a, an, and, as, at, by, de, for, from, in, into, of, on,
 * or, the, to, vs, with, von, van, der, du, la, le allowed after the first word
 * but not as the last).
 * A sentence is flagged EG_SENT_ALLCAPS when it has >= 2 word tokens and >= 80%
 * of them are all capitals. Returns 0, or -1 on ENOMEM. */
int eg_segment(eg_doc *doc);

/* Whether tokens [b, e) stand in brackets right after a dateline: a line
 * that opens with a word in capitals and holds only capitalised words,
 * numbers, commas, full stops and slashes before the bracket ("PORT MORESBY
 * (AFP) -", "CANBERRA, March 17 (AFP) —"), at most 10 tokens. A news
 * agency's credit stands there; "the Armed Forces of the Philippines (AFP)"
 * or a line that opens "Australian Federal Police (AFP)" does not. */
int eg_segment_dateline_bracket(const eg_doc *doc, uint32_t b, uint32_t e);

#endif
