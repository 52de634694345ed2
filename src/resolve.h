/* resolve: document-level short forms, after GATE ANNIE's orthographic
 * matcher. Once an entity's full name has appeared in an article, later short
 * forms of it are mentions of the same entity: a surname, a title and surname,
 * an organisation's first word, an acronym, the reversed form of an agency's
 * name, and a surname misspelt by one edit. A short form that fits two
 * entities is reported, never guessed. */
#ifndef EG_RESOLVE_H
#define EG_RESOLVE_H

#include "doc.h"
#include "error.h"
#include "gazetteer.h"
#include "strbuf.h"

/*
 * Resolves short forms in doc (after eg_match and eg_rules_apply). Entities
 * come from doc->ments (gazetteer and discovered alike); each entity's forms
 * are the text of its mentions plus, from its full name and mentions:
 *   - persons: the surname (last word, or the tail from a particle:
 *     "von der Leyen", "Von der Leyen", "al-Assad" and "Assad", "Al-Shammari"
 *     and "Shammari"; Jr/Sr/II/III skipped); a capitalised particle or a
 *     prefix of one to three letters before the last of three words with it
 *     ("Ben Slimane" of "Mehdi Ben Slimane", "Na Bitchita" of "Augusto Na
 *     Bitchita", "Abu Shamsiyeh", "Mba Ndong"; not after a common
 *     East Asian family name); a one-word person (from "Mr Doe") is a surname itself; the
 *     first of two surnames after one given name or two ("Palacios" of
 *     "Ernesto Palacios Rivas", "Camacho" of "Andrés Felipe Camacho
 *     Rodríguez"), and both ("Camacho Rodríguez", which the rules' person
 *     of two words joins in pass 1 only after an honorific or when the
 *     full name has four words: "Beltrán Zazueta, 34," of "Jesús Alfredo
 *     Beltrán Zazueta", not "Marie Tremblay" of "Anne Marie Tremblay";
 *     in pass 2 it may take in a mention inside it: "Ferreira Lima" over
 *     the listed "Lima"); the
 *     first word when it is a common East Asian family name ("Choi" of "Choi
 *     Min-jun"); the first two words of a name of three or more that opens
 *     with a Malay or Arabic name word ("Mohd Faizal" of "Mohd Faizal Abdul
 *     Rahman"; Mohd, Muhammad, Nur, Siti, Abdul ...); otherwise the first word as a given name,
 * which stands alone only in pass 2 when nothing else fits ("Azman" of "Azman Rahim") and after an
 * honorific even when misspelt by one edit ("Mr Asman");
 *   - organisations: the first word ("Acme" of "Acme Holdings") unless it is
 *     a generic or sector word ("National", "Global", "Oil" ...), a stop word,
 *     a gazetteer form
 *     of its own, or a word of a person's name in the article; the second word
 *     when the first names a listed place ("Huarui" of "Shenzhen Huarui
 *     Automation"); the name without its legal form ("Baltic Freight Lines" of
 *     "... Lines Ltd", also "BV", "A/S", "Pte. Ltd.", "(Pvt) Ltd" ...) and its
 *     leading words, two or
 *     more, when they are not all places nor a listed name ("Hebei Jinding" of
 *     "Hebei Jinding Steel", "Perak Marine" of "Perak Marine Aggregates Sdn
 *     Bhd"); after a listed place of one to three words or a generic head
 *     (Banco, Grupo, Société ...) or a group's two-capital prefix (HD, SK
 *     ...) it starts with, the rest and its leading words ("Jinxi Steel"
 *     of "Tangshan Jinxi Steel Group", "Dragon Shipbuilding" of "Hai Phong
 *     Dragon Shipbuilding Corporation", "Hyundai Heavy" of "HD Hyundai
 *     Heavy Industries") and the
 *     rest's first word, or the word after a generic one, unless generic,
 *     a body's head, a stop word or listed for something but a generated
 *     place ("Ardesia" of "Banco Ardesia SpA", "Kaiyuan" of "Shenzhen
 *     Kaiyuan Avionics", "Altamira" of "Compañía Minera Altamira"; never
 *     "Banco"; "Naviera", "Bank" and "Empresa" are such heads too:
 *     "Tacuarí" of "Naviera Tacuarí"); the same forms without a heading
 *     legal form ("Sulawesi Tenggara Nikel" of "PT Sulawesi Tenggara Nikel
 *     Tbk"); the part up to a possessive ("St. Brendan’s" of "St. Brendan’s
 *     Medical Center"); a sports club's name without its head, when that is
 *     no listed name ("Almenara" of "CD Almenara", "Puerto Nuevo" of "Club
 *     Atlético Puerto Nuevo"); a university's or a network's name of two
 *     or three words after its head and a joining word ("Pacífico Sur" of
 *     "Universidad del Pacífico Sur"; not "Concepción" of "Universidad de
 *     Concepción");
 *   - organisations and agencies of three words or more: the name without
 *     the listed country, demonym or place, or "Federal", it starts with
 *     ("Coast Guard" of "Norwegian Coast Guard", "Integrity Commission" of
 *     "Federal Integrity Commission", "Anti-Corruption Commission" of
 *     "Zimbabwe Anti-Corruption Commission", "Metal Workers’ Union" of
 *     "Norwegian Metal Workers’ Union");
 *   - other non-person types: acronyms of the capitalised words, with and
 *     without of/and/for/the ("FBI", "DOJ"), and the reversed form of
 *     "Head of X" <-> "X Head" ("Defense Department", "Ministry of Defence");
 *   - organisations and agencies: the body's head word ("Commission" of
 *     "European Commission", "Ministry" of "Ministry of Commerce"), which
 *     counts only right after "the"; for "Head of X1 and X2 ..." the name
 *     with the first field only, as written and reversed ("Ministry of
 *     Environment" of "Ministry of Environment and Sustainable
 *     Development", "Mines Ministry" of "Ministry of Mines and Mining
 *     Development"), and for "Head of X1, X2 and X3" every field so
 *     ("Mines Ministry" of "Ministry of Energy, Mines and Quarries"); for
 *     "Body of [the] <listed place>" the body without the place, with all
 *     the forms above derived from it ("National Electoral Council" and
 *     "NEC" of "National Electoral Council of Honduras"), and after de,
 *     del, da, do, du or di the body alone, the place also written with
 *     accents ("Autoridad del Canal" of "Autoridad del Canal de Panamá",
 *     no acronym of it); "High Court" or "Supreme Court" (or Tribunal) of
 *     such a court "of" anything but Appeal(s) ("High Court" of "High
 *     Court of Cassation and Justice"; not of "Supreme Court of Appeal"); the acronym of 3 or more
 * letters written head word first, the other letters in any order, as Romance languages name bodies
 *     ("TSE", Tribunal Supremo Electoral, of "Supreme Electoral Tribunal";
 *     "DPI" of "Police Investigations Directorate"), which counts only where
 *     no acronym in English order fits;
 *   - places: the capitalised words before a joining particle (de, del,
 *     di, do, am, sur, upon ...) unless generic ("Puerto"), a stop word or
 *     listed for something else ("Castellón" of "Castellón de la Plana",
 *     "Frankfurt" of "Frankfurt am Main");
 *   - countries: the name after the head of a formal name ("Congo" of
 *     "Republic of the Congo", "Korea" of "Republic of Korea");
 *   - rivers: "Tapajós" of "Tapajós River" and "Thames" of "River Thames",
 *     which counts only right after "the" and there beats every body
 *     ("along the Tapajós", not "Tapajós Dourado Mineração");
 *   - every derived form with a hyphen also with a space for it ("Pérez
 *     Ortega" of "Ana María Pérez-Ortega"), and a body's or place's name
 *     too ("Ethics and Anti Corruption Commission"); every name and derived
 *     form with accented Latin letters also without the accents ("Compania
 *     Minera Altamira", "Simsek" of "Mehmet Şimşek").
 * An acronym written with full stops ("N.P.R.A.") is looked up as the
 * acronym ("NPRA").
 * A surname of five letters or more also matches a single word one edit away
 * (insertion, deletion, substitution or transposition of neighbours) or
 * differing only in accents ("Mr Simsek" of "Mehmet Şimşek"), except
 * in pass 2 right after "the", "a" or "an" ("the Chiwore pit" is no "Chikore");
 * after an honorific so does the four-letter first word of a double surname,
 * by a substitution that keeps its first letter ("Mr Arze" of "Mauricio Arce
 * Vindas").
 *
 * First, a listed name of one word written before a hyphen and a capitalised
 * word that end the name of one discovered person named before takes that
 * word in and is that person ("Ms Mbeki-Tran" after "Rosalind Mbeki-Tran",
 * not Thabo Mbeki). An organisation's mention that stops before its legal form takes it
 * in ("Mutoko Lithium (Pvt) Ltd", "Harbour Capital Co., Ltd.", a form of several
 * words: "Mazur Logistics sp. z o.o.", "Laboratorios Farmavida S.A. de C.V."; a full stop
 * only while the sentence goes on), and a mention of the legal form alone
 * ("Ltd") goes. Then, before the two passes, with the forms of every entity:
 *  0. A discovered entity named exactly as the article writes a listed entity
 *     of the same kind becomes that entity (the rules named a body "Data
 *     Protection Commission" after its "(DPC)" while the list knows it as
 *     "Data Protection Commission (Ireland)"). A listed organisation or
 *     agency that the article names only by an acronym of 3 or more capitals
 *     ("TSE", listed for the Tokyo Stock Exchange) is instead the one body
 *     named in full earlier whose acronym that is, in English order or head
 *     word first (the "Supreme Electoral Tribunal"); origin EG_ORIGIN_SHORT.
 *     A listed country named only by the end of its formal name, when that
 *     also ends the formal name of another country named in full earlier
 *     ("Congo", listed for the Democratic Republic of the Congo, after "the
 *     Republic of the Congo"), is that other country, and so are its
 *     demonyms there ("Congolese") ("China" stays China
 *     after "Republic of China", which is no formal name of China). A place
 *     or body the rules found where the article gives another name for one
 *     it names is that one: "the shoal, which Manila calls Escoda Shoal",
 *     "Sabina Shoal, which China calls Xianbin Jiao", "Xianbin Jiao, China’s
 *     name for the feature" (after "the", a noun that ends one entity's
 *     name; after "name for the", otherwise the one entity of that type in
 *     the title).
 *     A listed body the article names only by a clipped name ("ComCom",
 *     listed for Georgia's regulator) is instead the one body named in full
 *     earlier whose capitalised words begin with its parts in order (the
 *     "Commerce Commission"). A listed body named only "Red Cross" or "Red
 *     Crescent" (the ICRC) is the one national society named earlier ("Nepal
 *     Red Cross Society"). A discovered body written "<x>, or [the] <y>,"
 *     after a discovered body x whose name in another language shares a word
 *     with y in another place is x ("Harak Shabab Fezzan, or the Fezzan
 *     Youth Movement,").
 *     A discovered body named as exactly one listed body of the article
 *     without its qualifier is that body ("National Electoral Commission"
 *     and the "National Electoral Commission (São Tomé and Príncipe)" the
 *     article names "CEN"). A body the article names in its own language
 *     and in English is one body: a discovered body whose initials (3 or more) are written as the
 *     acronym of exactly one other body, which that body's own name does not
 *     spell, joins it when the list gives it that acronym ("Komisi
 *     Pemberantasan Korupsi" and "KPK" of the Corruption Eradication
 *     Commission) or half the words of the two names look alike
 *     ("Direcția Națională Anticorupție" and "National Anticorruption
 *     Directorate (DNA)"); and two bodies, one named in English and one not
 *     (a joining word such as "de" or "des", or a letter outside ASCII),
 *     whose words pair one by one (the same first letter and three fifths
 *     of the letters in order after accents are dropped, or a listed
 *     translation: "comptes" and "auditors"), two pairs at least, a trailing
 *     qualifier naming a place of the article left out, are one when
 *     neither pairs with a third (an elided article, "l’Énergie", is left
 *     out, and so are English fields after a comma or a coordinating word
 *     and, when the head words pair and the English name names a later
 *     field, the native name's other fields: "Commerce Ministry" of
 *     "Ministère de l’Industrialisation et du Commerce"; "Comissão Eleitoral Nacional" and
 *     "National Electoral Commission", "Cour des Comptes" and "Court of
 *     Auditors", "Autoridad del Canal de Panamá" and "Panama Canal
 *     Authority"; not "Supreme Court" and "Superior Court"). A discovered
 *     body joins a listed one, or the one first named later the other; a
 *     name with no joining word or letter outside ASCII counts as in another
 *     language when two of its words are respelt ("Instituto Nacional
 *     Electoral" and "National Electoral Institute"; not "Labour" and
 *     "Labor" alone; "Audiencia Nacional" and "National Court"). A discovered body named, case
 * aside or with a hyphen's words written as one, as a listed body of the article is that body
 *     ("Forces Armées Maliennes" and "FAMa"; "Central Anti-Corruption Bureau"
 *     and the listed "Central Anticorruption Bureau"); one named exactly so
 *     is another body of that name, which takes the listed one's mentions
 *     ("Guyana’s Environmental Protection Agency" and "EPA"). Two
 *     discovered bodies written "<x>, [<appositive starting with the/a>,]
 *     known [in English] as [the] <y>" (or "known by its [French]
 *     initials <y>", also of a listed <y>) are one ("..., known as the Big
 *     Fund"). Two bodies, one the rules found, written "<x> — [the] <y> —",
 *     "<x>, [the] <y>," or "<x>, or [the] <y>," where one name is foreign
 *     (as above) and the other not and two words or more of the one pair
 *     with words of the other in any order, are one ("Front pour
 *     l’Alternance et la Concorde au Tchad — the Front for Change and
 *     Concord in Chad —"; not "Confederación de Trabajadores Mineros — the
 *     National Teachers Union —"). A discovered company named "<heading
 *     legal form> <name>" ("PT Pertamina") where the article writes a
 *     listed company as <name> is that company. Two
 *     listed bodies stay apart. A discovered body named by an acronym that
 *     keeps a joining word's small letter ("BdL") is the one body of the
 *     article whose initials, with de/du/des ... as small letters, it
 *     writes ("Banque du Liban"), wherever that comes. A discovered body
 *     whose name another body of the article writes in one word of
 *     syllables of its words is that body ("Badan Keamanan Laut" and
 *     "Bakamla"; "Agência Nacional de Vigilância Sanitária" and the
 *     "National Health Surveillance Agency, known as Anvisa"; not a word
 *     that starts with the whole first word of the name: "Vodafone" and
 *     "Vodafone Egypt"). A listed river, sea or
 *     region (category "water" or "region") that the article also names
 *     with its feature word as another place is that place ("Mekong" and
 *     "Mekong River", "Kurdistan" and "Kurdistan Region"; water takes River,
 *     Lake, Sea, a region Region, Valley, Desert: the "Essequibo" region
 *     stays beside the "Essequibo River"). A place the rules found as a
 *     listed province, state, region or territory of the article with the
 *     word for its kind ("Cabo Delgado Province", "Province of Kwilu",
 *     "Kogi State"; County, District, Governorate, Oblast, Prefecture too)
 *     is that area. A place the list does not know, named bare and as
 *     one place the rules found with the word for its kind after it ("Enga"
 *     and "Enga Province", "Lira" and "Lira City"; County, District,
 *     Governorate, Municipality, Oblast, Prefecture, Region, State,
 *     Territory too) is one place, and so is a listed city and its
 *     "Prefecture" ("Kumamoto"; not the listed city Antofagasta and the
 *     "Antofagasta Region"). A listed place that is no water, named right after
 *     "the" where the article names a river or lake of that name, is the
 *     river ("along the Limpopo" beside "Limpopo River"; not "the Limpopo
 *     province" or "provincial government", nor "in Limpopo").
 *
 * Two passes:
 *     A listed armed or security force of one country that the article
 *     names only by a generic name of force words ("Policía Nacional",
 *     "National Guard", "Marine nationale") while it never names that
 *     country and is about another one (the country it names most, twice
 *     or more and more than any other, a mention in the story's first
 *     sentence counting a half more) is that other country's force: the one
 *     agency of the article of that country or discovered whose name, its
 *     country, demonym and qualifier left out, is or begins the listed
 *     one's ("National Police of Colombia", a discovered "Senegalese
 *     Navy"), else the listed force named so with the country ("National
 *     Guard (Mexico)", "Colombian National Police"), else a body named as
 *     the article writes it (the FBI in a Mexico story stays).
 *  1. Mentions made by the rules (EG_ORIGIN_RULE) of discovered entities that
 *     are themselves short forms of another entity of the same kind (persons
 *     of persons, organisations and agencies of either, other types of their
 *     own type): "Ms Tremblay" gave a person "Tremblay", "Defence Ministry" an
 *     agency. If exactly one entity fits and one of its fitting forms starts
 *     earlier (or it is a listed entity named the other way round anywhere in
 *     the article), the mention moves to it (origin EG_ORIGIN_SHORT); if two
 *     or more fit, the mention is dropped and counted as ambiguous. A listed
 *     body named without its leading country, demonym or place ("Defence
 *     Intelligence Service" of "Danish Defence Intelligence Service") and a
 *     one-word company before "<word> Labs" (Group, Holdings, Partners ...)
 *     fit wherever they come. A generated place moves to a body only when
 *     the text does not name it as a place (a preposition of place before
 *     it, "near Negombo"; "the town/city/port/... of X"; "X, <listed
 *     country, state, province, region or territory>") and, in the title,
 *     when the story does not name the place before the body; so does a
 *     discovered place that starts a body's name ("the town of Nordkapp"
 *     stays the town after "Nordkapp Energi ASA"). A rule
 *     mention of a body written exactly as another body's mention is that
 *     body ("TPP said it" after "... SA (TPP)"); a discovered person with no
 *     honorific written as a short form of a body named earlier (anywhere,
 *     for a person in the title) is that body ("Truong Son denied it" after
 *     "Truong Son Energy JSC"). A discovered acronym of 3 capitals or more
 *     that fits one body only as its acronym, and a company's name that
 *     fits one only as its name without its legal form ("Mkopo Haraka" of
 *     "Mkopo Haraka Ltd"), move to it wherever it is named ("The PMDA
 *     said" before "the Pharmaceuticals and Medical Devices Agency"). A
 *     one-word (or hyphened: "Osei-Mensah, a Ghana international")
 *     organisation the rules made that the article writes nowhere
 *     else and that fits no body, but is the surname of one person named
 *     before it, is that person ("Bellandini, a construction entrepreneur
 *     who ..." after "Renzo Bellandini"). When none
 *     fits, a body whose reversed name is a gazetteer form ("Labor Department"
 *     and a listed "Department of Labor") moves to that listed entity, which
 *     joins the article (origin stays EG_ORIGIN_RULE); a discovered place
 *     written as a sports club's name without its head is that club
 *     ("Puerto Nuevo", named earlier or anywhere from the title, of "Club
 *     Atlético Puerto Nuevo"); otherwise it stays. A place the rules made
 *     that is the surname of one person named before, where the text does
 *     not name a place, is that person ("criticised Mwanza-Phiri" after
 *     "Chileshe Mwanza-Phiri"); so is a listed place of one word that is the
 *     last word of a person's name of two or three words named before
 *     ("never met Lima" after "Sérgio Pereira Lima"; not "flew to Lima").
 *     A listed or discovered place, or a demonym, written as the first
 *     words of exactly one organisation named in full before ("Aegean" of
 *     "Aegean Ports Holdings", "Ethiopian" of "Ethiopian Airlines") or as
 *     the rest of its name after a generic head and a joining word
 *     ("Horizonte" of "Rede Horizonte", "Serra Dourada" of "Mineração Serra
 *     Dourada"), with no place word or "the" before it, the place not named
 *     on its own before, and a verb, a possessive or ", which" after it
 *     ("Aegean has hired", "Ethiopian’s chief executive"; not "Ethiopian
 *     officials", "turn Duqm into"), is that organisation. A person named
 *     by an honorific and a surname ("Mr. Ruggiero") before the full name
 *     of the one person with that surname ("Anthony Ruggiero") is that
 *     person once the story has named another person in full before him
 *     (a story that opens with "Mr Doe" keeps him); so is a surname after
 *     the same title word as a mention of that full name, wherever the story
 *     opens ("Colonel Al-Mutairi" before "Colonel Fahad Naif Al-Mutairi";
 *     not "Mr Doe" and "Ms Jane Doe"). A generated place after "in", "at", "from"
 *     ... stays the place when the article named it as one before and
 *     never writes the bare name for the body ("raided its offices in
 *     Kolwezi" after "near Kolwezi" and "Kolwezi Huaxin Mining").
 *  2. Capitalised word runs not covered by any mention (any case in
 *     EG_SENT_ALLCAPS sentences; never in EG_SENT_BOILER ones), longest form
 *     first. A form right after or before another uncovered capitalised word
 *     that is not a stop word is part of a longer unknown name and skipped
 *     ("Paul Tremblay"; acronyms and EG_SENT_ALLCAPS sentences excepted;
 *     in an EG_SENT_ALLCAPS sentence a body's name written in full may take
 *     in the country mention it starts with, when the story writes the body
 *     with that word: "GREEK OMBUDSMAN" over "Greek Ombudsman", not over
 *     the "U.S." before "Customs and Border Protection";
 *     an honorific before a lower-case particle does not count: "Mr van der
 *     Merwe"), as are single words that are stop words or stop-listed in the
 *     gazetteer. An organisation's first or head word next to any other
 *     capitalised word, even inside a mention, is part of that name
 *     ("Athletics" of "Athletics Kenya"). A form may end in a possessive
 *     ("St. Brendan’s") or in an initial's full stop ("Jian G."). A name of
 *     two words or more, written in full or as a body's base name, may take
 *     in mentions that lie inside it after its first word ("Koyla Bharat"
 *     over the listed "Bharat", "Grupo Arequipa Andina" over "Arequipa" and
 *     "Andina"); those mentions go. A name written in full counts wherever
 *     it comes, not only after its first mention. A double surname counts
 *     here too ("Camacho Rodríguez"). A name that fits only
 *     bodies and places is the place where the text names it as one (as
 *     above: "a Waterloo, Ontario, start-up", a place of that name made if
 *     the article has none), or after "in", "at" or "from" when the article
 *     names the place before and never writes the bare name for the body
 *     ("stay in Waterloo"; not "invested in Nordkapp" after "Nordkapp
 *     said"); otherwise it is the place when the article names the place
 *     first and never writes the bare name for the body ("Duqm" before
 *     "Duqm Marine Services"), and the body when it does ("Nordkapp said"
 *     before "the town of Nordkapp").
 * Then a title mention of an entity the story never names, written (case
 * and quote marks aside) as a story mention of exactly one other entity of
 * its kind, is that entity ("Tema Port" over a story whose "Tema Port" and
 * "Port of Tema" are one place).
 * Then a discovered person of two words, a country's name or demonym and
 * the surname of exactly one other person the story names, is that person
 * and the country ("Al-Khor turn to Tunisian Jaziri" over "Slim Jaziri";
 * not with two Okafors).
 * Last, a discovered body named only in the title, whose name starts with
 * a place the story names, is that place, its mention cut to the place's
 * words ("Waterloo AI" of "Keystone buys Waterloo AI start-up").
 * "Fits" looks at the whole article; "starts earlier" means a form of the
 * entity came from a mention that starts before the short form, except in the
 * article's title sentence (EG_SENT_TITLE), which may use forms from anywhere.
 * New mentions get origin EG_ORIGIN_SHORT; no short form creates an entity
 * (only a listed entity can join the article, in pass 1) but a place the
 * text names as one, in pass 2.
 * Each ambiguous occurrence adds one to doc->ambiguous and records the form
 * for eg_resolve_ambiguous. doc->ments stays sorted and without overlaps;
 * entities' `mentions` counts follow. EG_ERR_NOMEM on allocation failure.
 */
eg_status eg_resolve(const eg_gazetteer *g, eg_doc *doc, eg_error *err);

/* The same with buffers kept from one document to the next: one resolver per
 * thread. NULL on ENOMEM; free with eg_resolver_free (NULL is a no-op). */
typedef struct eg_resolver eg_resolver;
eg_resolver *eg_resolver_new(void);
void eg_resolver_free(eg_resolver *r);
eg_status eg_resolver_run(eg_resolver *r, const eg_gazetteer *g, eg_doc *doc, eg_error *err);

/* Appends the ambiguous short forms found by the last eg_resolve on doc to
 * sb as "form\tentity1|entity2\n" lines (entity names in byte order; each
 * distinct line once, in order of first occurrence). The records live in
 * doc->names and are dropped by eg_doc_reset. Returns 0, or -1 on ENOMEM. */
int eg_resolve_ambiguous(const eg_doc *doc, eg_strbuf *sb);

#endif
