"""Where a casualty-type figure is restricted to ("deaths in Sri Lanka"), so a local count is not read as
the total."""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import sentcache
from newsfigures.extract.gazetteer import PLACE_LABELS, is_place
from newsfigures.extract.place_names import DIRECTIONS, GENERIC_PLACE_NOUNS, bare
from newsfigures.extract.tree import lemma
from newsfigures.extract.within import lies_within
from newsfigures.extract.word_senses import group_class, names_location, names_person

_REPORTED = frozenset({"ccomp", "parataxis"})  # a clause someone says: its speaker's place is not the figure's
_SAID_OF = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
_DESCRIBING = frozenset({"relcl", "acl"})  # a clause that describes the noun above it
SHARING_WORDS = frozenset({"respectively", "each"})  # the places share the numbers out, one each
_NAMING = frozenset({"compound", "poss"})  # a name written before a place noun ("the Hawkesbury area", "Timor's")
CLIMB = 8  # steps up from the number a clause's place is looked for (a sentence of any length costs each figure this)


def place_of(noun: Token | None, event_tok: Token | None, num: Token) -> str:
    """The place a casualty-type figure is restricted to: "deaths in Sri Lanka", "the death toll in Israel
    increases to 750", "killed in Peru", "might approach 80,000 in Indonesia"; "" for a figure not tied to one
    place."""
    for group in reading_groups(noun, event_tok, num):
        for find in (place_after, _place_of_cause):
            place = next((p for p in map(find, group) if p is not None), None)
            if place is not None:
                return place
    # "Sri Lanka has reported 28,000 dead": a country reporting its own toll restricts it to itself.
    if noun is not None and (lemma(noun) in words.SUBJECTLESS or noun.lower_ in words.EVENT_NOUNS):
        return _reporting_country(num)
    return ""


def measure_place(noun: Token | None, event_tok: Token | None, num: Token) -> str:
    """The measure's place: `place_of` with the places listed beside it (GUIDE P2: "killed 19 people in Lahore and
    Multan" -> "Lahore; Multan"), else `incident_place`."""
    place = place_of(noun, event_tok, num)
    return listed_with(place, noun, event_tok, num) if place else incident_place(noun, event_tok, num)


def listed_with(place: str, noun: Token | None, event_tok: Token | None, num: Token) -> str:
    """`place` and the places coordinated with it with "and" or "or" in the locative `place_of` read it from, joined
    with "; " (P2); as it is when nothing is listed with it, when the places are shared out ("respectively", "each",
    another number beside the figure's: "killed 40 and 25 people in X and Y"), and without a conjunct that is the
    region the place before it lies in ("in Dallas, Texas and Tulsa" -> Dallas; Tulsa). The measure's only:
    `Figure.place` keys metrics."""
    read = _read_from(place, noun, event_tok, num) if place else None
    if read is None or _shared_out(num):
        return place
    items = [read, *(c for c in read.conjuncts if c.i > read.i and is_place(c))]
    if len(items) == 1 or not any(t.dep_ == "cc" for c in items for t in c.children):
        return place  # "in Obuasi, Ghana": a town and its country, no list
    names = [place_name_of(c) for c in items]
    kept = [n for i, n in enumerate(names) if i == 0 or not lies_within(names[i - 1], n)]
    return "; ".join(dict.fromkeys(kept))


def _read_from(place: str, noun: Token | None, event_tok: Token | None, num: Token) -> Token | None:
    """The place's word in a locative of the heads `place_of` reads, or of what they happened in or from, nearest
    first; None when it was read another way (a reporting country's)."""
    heads = [h for group in reading_groups(noun, event_tok, num) for h in group]
    heads += [o for h in heads for c in h.children if c.dep_ in ("prep", "agent") for o in c.children
              if o.dep_ == "pobj" and o.pos_ == "NOUN"]  # what it happened in: "in the attacks in X and Y"
    return next((o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in words.PLACE_PREPOSITIONS
                 for o in c.children if o.dep_ == "pobj" and is_place(o) and place_name_of(o) == place), None)


def _shared_out(num: Token) -> bool:
    """The listed places share out the figure's sentence's numbers ("40 and 25 people ... respectively", "20 people
    each"), or the figure is one of two numbers joined ("50 ... and 30 in Guinea")."""
    if any(t.lower_ in SHARING_WORDS for t in num.sent):
        return True
    top = num.head if num.dep_ == "nummod" else num
    return any(t.dep_ == "conj" and (t.like_num or any(c.dep_ == "nummod" for c in t.children))
               for t in (top, *top.children, num, *num.children))


def incident_place(noun: Token | None, event_tok: Token | None, num: Token) -> str:
    """The place of the one incident the figure happened in or during, for its measure only (GUIDE revision 2, P1:
    the place the sentence restricts the figure to): "killed during a flood in Central Texas", "the death toll from
    the flooding in Central Texas" (texas_floods 2025-07-04_1, 2025-07-07_1), "shot dead eight suspected militants in
    a night-long encounter in southern Kashmir" (bg_001); "" when none. Like the polity (polity.py), it is the
    measure's place, not `Figure.place`: an incident's place given to a metric splits one story's tolls (stop 19)."""
    for group in reading_groups(noun, event_tok, num):
        place = next((p for p in map(_place_of_incident, group) if p is not None), None)
        if place is not None:
            return place
    return ""


def reading_groups(noun: Token | None, event_tok: Token | None, num: Token) -> tuple[list[Token], ...]:
    """The words whose place phrases are read, nearest first: the figure's own phrase and verb, a later verb of the
    same story, the clauses above."""
    heads = [num, *(h for h in (noun, event_tok) if h is not None)]  # "and ten more in Thailand": its own phrase first
    heads += [h.head for h in heads if h.dep_ == "compound"]  # "death" in "death toll in Israel"
    if num.head.pos_ in ("VERB", "AUX") or (num.head.lower_ in ("to", "at") and num.head.head.pos_ == "VERB"):
        verb = num.head if num.head.pos_ in ("VERB", "AUX") else num.head.head
        heads += [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
    # "left around 3,500 people dead and missing in New York"; the verb whose object is counted, when the event word
    # is another ("shot dead five Palestinians in two West Bank towns", Lee dev bg_277)
    if noun is not None and noun.dep_ == "dobj":
        heads += [c for c in noun.head.children if c.dep_ == "oprd"] + [noun.head]
    # "18 people were killed, and 100 others were injured in the West Bank": a later verb's place is shared
    later = [c for h in heads for c in h.children
             if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ") and same_story(c)]
    # "In Victoria, where five people have died", "MST camps in Brazil, containing 116,382 families": the place
    # of a clause above the figure's own, or of what that clause is said of
    return heads, later, _clauses_above(num, heads)


def _clauses_above(num: Token, heads: list[Token]) -> list[Token]:
    """The verbs above the number's own, up to CLIMB steps, each with what it is said of (subject, object,
    attribute), not past the clause a reporting verb governs ("Police in Karachi say ... more raids will be
    launched against the two groups": the speaker's place is not the figure's), nor up to a reporting verb that
    tells of the figure as a noun ("Officials in Washington confirmed the deaths of 12 soldiers"), nor past the noun
    a relative clause or participle holding the figure describes when that noun names who did it (`is_actor`): "The
    gunman, who killed 12 people, was arrested in Paris", nor from a coordinated clause with a subject of its own
    into the clause before it (`other_news`, stop 41: "A gang robbed a bank in Bristol and the insurer's shares fell
    3 per cent"; GUIDE P1, a market takes a place only when the text restricts it). A noun such a clause describes
    that names no actor is read too, since the clause restricts the figure to it (P1): "a bombing in Kabul which
    killed 10 people" -> Kabul."""
    seen = {h.i for h in heads}
    verbs: list[Token] = []
    t = num
    adjunct = False  # the figure reached its clause through a preposition ("resigned after 14 months")
    for _ in range(CLIMB):
        if t.head.i == t.i or t.dep_ in _REPORTED or lemma(t.head) in words.REPORTING_VERBS:
            break
        if t.dep_ in _DESCRIBING and is_actor(t.head):
            break
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and other_news(t, adjunct):
            break  # another clause's news, with a subject of its own
        adjunct = adjunct or t.dep_ == "pobj"
        described = t.dep_ in _DESCRIBING and t.head.pos_ == "NOUN"
        t = t.head
        if (t.pos_ in ("VERB", "AUX") or described) and t.i not in seen:
            verbs.append(t)
    return verbs + [c for v in verbs for c in v.children if c.dep_ in _SAID_OF]


def is_actor(noun: Token) -> bool:
    """A noun that names who did something (a person, an organisation, a people, a person noun, a noun for a group
    of persons: "Police in Karachi arrested 12 men" says where the police are): what it did next, in a clause above
    the one that counts what it did, happened elsewhere ("The gunman, who killed 12 people, was arrested in Paris");
    an event's clause above may say where it happened, and is climbed ("In 2003 there were 632 MST camps in Brazil,
    containing 116,382 families")."""
    return noun.ent_type_ in ("PERSON", "ORG", "NORP") or (
        noun.pos_ == "NOUN" and (names_person(noun.lemma_) or bool(group_class(noun.lemma_))))


def other_news(verb: Token, adjunct: bool) -> bool:
    """A coordinated clause that tells other news than the clause before it: a subject of its own that is someone's
    account or market ("and the insurer's shares fell 3 per cent": P1, a market takes a place only when the text
    restricts it) or that the figure only dates or sizes through a preposition ("and the defence minister resigned
    after 14 months"); "and floods forced 20,000 people from their homes", "and officers seized 3 kilograms" tell of
    the first clause's event and share its place (review of stop 41)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or same_story(verb):
        return False
    return adjunct or any(c.dep_ == "poss" for c in subj.children)


def same_story(verb: Token) -> bool:
    """A later coordinated verb tells of the same people when it has no subject of its own (a shared one) or its
    subject is another count ("and 100 others were injured", "and dozens are wounded"); "and the president later
    spoke in London" is another clause's news."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (subj is None or subj.like_num or subj.ent_type_ == "CARDINAL" or lemma(subj) == "other"
            or any(c.dep_ == "nummod" for c in subj.children))


def place_after(head: Token) -> str | None:
    """The place in "<head> in/across/throughout/near <place>", or of the place a locative's object is named
    after ("died on Queensland roads", "in two West Bank towns", "in the Hawkesbury area"); None when it names
    none, or when `head` is a legal proceeding, whose place is its court's ("a $3 billion lawsuit in the US")."""
    if head.pos_ == "NOUN" and lemma(head) in words.LEGAL_PROCEEDINGS:
        return None
    for c in head.children:
        if c.dep_ != "prep" or c.lower_ not in words.PLACE_PREPOSITIONS:
            continue
        obj = next((o for o in c.children if o.dep_ == "pobj"), None)
        if obj is None:
            continue
        if c.lower_ != "on" and is_place(obj):
            return place_name_of(obj)
        named = named_after(obj)
        if named is not None:
            return named
    return None


def named_after(noun: Token) -> str | None:
    """The place a common noun is named after: the place compounded onto a plural ("in two West Bank towns"; "the
    Al-Shati refugee camp" is a site, not Al-Shati), or the name of a noun whose first WordNet sense is a place,
    whatever entity the parser made of it ("the Hawkesbury area" bg_048, "the Mosh Khil area" bg_200, "East Timor's
    Los Palos district" bg_169, "the town of Dresden")."""
    if noun.tag_ == "NNS":
        named = next((m for m in noun.children if m.dep_ == "compound" and m.ent_type_ in ("GPE", "LOC")), None)
        if named is not None:
            return place_name_of(named)
    if noun.pos_ != "NOUN" or not names_ground(noun):
        return None
    names = [m for m in noun.lefts if m.dep_ in _NAMING and m.pos_ == "PROPN" and _named_left(m, noun)]
    names += [o for p in noun.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.tag_ == "NNP"]
    return place_name_of(names[-1]) if names else None


def names_ground(noun: Token) -> bool:
    """A noun a place's name is written onto: a place noun by WordNet's first sense ("area", "city", "port"), a
    generic place noun ("the village of Vinales", `GENERIC_PLACE_NOUNS`), a country's ground ("the coast of
    Sumatra", `NATIONAL_GROUND`) or a direction ("Scotland's north"), as the stop-37 probe wrote them."""
    word = noun.lemma_.lower()
    return (names_location(word) or word in GENERIC_PLACE_NOUNS or word in words.NATIONAL_GROUND
            or noun.lower_ in DIRECTIONS)


def _named_left(name: Token, noun: Token) -> bool:
    """A name before a place noun that names the place: no people ("Palestinian territory") and no person's, unless
    the noun is a generic unit the tagger's person cannot own ("the Tigray region", tagged a person); no bare
    direction the tagger made a proper noun ("off the island's north coast" names no place, review37b)."""
    return (name.ent_type_ != "NORP" and name.lower_ not in DIRECTIONS
            and (name.ent_type_ != "PERSON" or noun.lemma_.lower() in GENERIC_PLACE_NOUNS))


def _place_of_cause(head: Token) -> str | None:
    """The place of what the figure happened in, by, from or during: "killed in Israeli strikes across the Gaza
    Strip", "killed by Israeli airstrikes across the Gaza Strip", "the death toll from the earthquakes in Turkey",
    and, under GUIDE revision 2 (P1: the place the sentence restricts the figure to), one incident's too: "killed
    during a flood in Central Texas", "the death toll from the flooding in Central Texas" (texas_floods 2025-07-04_1,
    2025-07-07_1), "shot dead in a night-long encounter in southern Kashmir" (bg_001); a site it names with "at" is
    not read ("an explosion at Al-Ahli Arab Hospital in Gaza City")."""
    for c in head.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("in", "from")):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            place = place_after(obj) if obj is not None and obj.tag_ == "NNS" else None
            if place is not None:
                return place
    return None



def _place_of_incident(head: Token) -> str | None:
    """The place of the one thing the figure happened in, from or during ("in a night-long encounter in southern
    Kashmir", "during a flood in Central Texas"), or a toll is of ("the death toll of the earthquake in Turkey and
    Syria", turkey_syria 2023-02-13, 2023-02-24: the toll "from the flooding" of texas_floods said with "of"); a site
    named with "at" is not read."""
    preps = ("in", "from", "during", "of") if lemma(head) == "toll" else ("in", "from", "during")
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            place = place_after(obj) if obj is not None and obj.tag_ == "NN" else None
            if place is not None:
                return place
    return None

def _reporting_country(num: Token) -> str:
    """The country that is the subject of the first reporting verb above the number ("" when it is not one)."""
    verb = next((t for t, _ in sentcache.verbs_above(num) if t.pos_ == "VERB" and lemma(t) in words.REPORTING_VERBS),
                None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return place_name_of(subj) if subj is not None and subj.ent_type_ == "GPE" else ""


def place_name_of(t: Token) -> str:
    """The whole named entity `t` belongs to, without a leading "the " or a generic noun after it (P3)."""
    ent = sentcache.entity_of(t)
    if ent is None:  # a name the parser made no entity of: its proper nouns ("Mosh Khil")
        first = min((c.i for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), default=t.i)
        return bare(t.doc[first:t.i + 1].text)
    return bare(_no_possessive(ent).removeprefix("the "))


def _no_possessive(ent: Span) -> str:
    """The entity's text without a possessive "'s" the tagger took into a country's or region's name, when a word it
    owns follows ("Democratic Republic of Congo's east"); a site named by a possessive keeps it ("at St Mary's",
    "at Lord's", "flooding in St John's killed", review37b)."""
    owned = ent.end < len(ent.doc) and ent.doc[ent.end].pos_ in ("NOUN", "PROPN", "ADJ")
    if ent.label_ in ("GPE", "LOC") and owned and ent[-1].lower_ in ("'s", "\u2019s"):
        return ent[:-1].text
    return ent.text
