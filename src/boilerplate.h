/* boilerplate: finds where the story ends and the site furniture (newsletter
 * boxes, related links, share bars, cookie banners, copyright lines) begins,
 * so later stages can ignore it. */
#ifndef EG_BOILERPLATE_H
#define EG_BOILERPLATE_H

#include "doc.h"

/* Sets doc->story_end to the byte offset where the story ends and flags every
 * sentence starting at or after it with EG_SENT_BOILER (never a title
 * sentence). If nothing qualifies, story_end is doc->len. Call after
 * eg_segment; may split the sentence in which the boilerplate starts.
 *
 * A candidate is the first token of a line (EG_TOK_LINE_START) that starts a
 * sentence, or follows final punctuation, or is capitalised; its line is at
 * most 300 bytes, comes after at least 4 words of body text, and either
 * starts (case-insensitively, as whole words) with one of:
 *   end markers: "sign up", "subscribe to", "subscribe"*, "enter your email",
 *     "newsletter"*, "recent posts", "recent stories", "most read", "most
 *     popular", "most viewed", "share this", "share on", "share:", "follow
 *     us", "copyright", "(c)", "©", "all rights reserved", "tags:", "tags"*,
 *     "you may also like", "you might also like", "more from", "more
 *     stories", "trending"*, "popular now", "comments"*, "leave a comment",
 *     "join the conversation", "get our", "this article was", "about the
 *     author", "topics:", "filed under", consent
 *     banners ("we use cookies", "we value your privacy", "this site uses
 *     cookies", "this website uses cookies", "cookies help us", "cookie
 *     notice", "cookie settings", "cookie policy", "privacy policy") and
 *     "our standards:";
 *   mid-story markers: "related stories", "related articles", "related
 *     posts", "related coverage", "related content", "related"*, "read
 *     more", "read next", "read also", "also read", "à lire aussi",
 *     "advertisement"*, "recommended"*, "sponsored"*, "click here";
 * or has one of these shapes, which count as mid-story markers:
 *   a menu or share bar: segments of at most 6 words between " | ", " · " or
 *     " • ", three or more of them, or two of at most 3 words ("Share | Print
 *     | Comment", "Accept | Settings");
 *   the heading of a list of linked headlines, in any language ("Latest
 *     news", "Mais lidas"): a line of 1-6 words and at most 60 bytes, not
 *     ending in . ! ? : ; or ",", that follows a blank line or a finished
 *     sentence, with at least 2 item lines under it ("- ", "• ", "1. " ...,
 *     at most 160 bytes, not ending in . , ; or :), the first one next or
 *     after one blank line; items may wrap onto lines without a marker.
 * Starred words count only on a line of at most 40 bytes or when followed by
 * ':' or the line end. Candidates are tried from the last to the first; one
 * is accepted when less prose follows it, up to the next accepted candidate
 * (what follows that is furniture whatever its shape), than would continue a
 * story: fewer than 40 words in prose sentences (8+ words ending in . ! ?
 * ...) for an end marker, no prose sentence at all for a mid-story marker
 * ("Advertisement" between paragraphs does not end the story). The story ends
 * at the earliest accepted candidate. */
void eg_boilerplate_mark(eg_doc *doc);

#endif
