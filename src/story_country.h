/* story_country: the countries an article names, counted as votes. Each
 * listed name of a country is a vote for it, and so is each listed name of a
 * place of one country (a dateline's "KAMPALA", "the Entebbe road" in a
 * story about Uganda); demonyms do not vote ("Lithuania expelled a
 * Belarusian diplomat"). The recognition rules and the resolver each decide
 * from the same tally with a rule of their own. */
#ifndef EG_STORY_COUNTRY_H
#define EG_STORY_COUNTRY_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "gazetteer.h"

typedef struct eg_country_vote {
    uint32_t country; /* gazetteer index of a listed country */
    uint32_t votes;
} eg_country_vote;

/* Tallies the votes of doc's gazetteer mentions into v[0..cap), one slot per
 * country in the order they are first named (countries beyond cap are not
 * counted); a mention in sentence `lead` weighs lead_weight, any other 1
 * (lead = UINT32_MAX for none). Returns the number of slots used. */
size_t eg_country_votes(const eg_doc *doc, const eg_gazetteer *g, uint32_t lead,
                        uint32_t lead_weight, eg_country_vote *v, size_t cap);

#endif
