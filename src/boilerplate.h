/* boilerplate: finds where the story ends and the site furniture (newsletter
 * boxes, related links, copyright lines) begins, so later stages can ignore it. */
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
 * most 300 bytes, comes after at least 4 words of body text, and starts
 * (case-insensitively, as whole words) with one of:
 *   end markers: "sign up", "subscribe to", "subscribe"*, "enter your email",
 *     "newsletter"*, "recent posts", "recent stories", "most read", "most
 *     popular", "most viewed", "share this", "share on", "follow us",
 *     "copyright", "(c)", "©", "all rights reserved", "tags:", "tags"*, "you
 *     may also like", "you might also like", "more from", "more stories",
 *     "trending"*, "popular now", "comments"*, "leave a comment", "join the
 *     conversation", "get our", "this article was";
 *   mid-story markers: "related stories", "related articles", "related
 *     posts", "related coverage", "related content", "related"*, "read
 *     more", "read next", "advertisement"*, "recommended"*, "sponsored"*,
 *     "click here".
 * Starred words count only on a line of at most 40 bytes or when followed by
 * ':' or the line end. The story ends at the earliest candidate after which
 * less prose follows than would continue a story: fewer than 40 words in
 * prose sentences (8+ words ending in . ! ? ...) for an end marker, no prose
 * sentence at all for a mid-story marker ("Advertisement" between paragraphs
 * does not end the story). */
void eg_boilerplate_mark(eg_doc *doc);

#endif
