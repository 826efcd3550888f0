"""The place a figure's own event is said to happen at, read where `place.place_of` does not look (GUIDE revision 2,
P1: the place the sentence restricts the figure to; P4: a named site where the counted event happened):

- "at" a named place or site on the figure's own verb, its counted noun or the plural cause it happened in ("20
  properties have been ruined at Jervis Bay", nsw_bushfires bg_048; "two asylum seekers at the Woomera Detention
  Centre have mutilated themselves", woomera bg_084; "the damage bill from fire-related incidents at Woomera",
  woomera bg_113); an unnamed site ("at a water collection zone") or an organisation ("at Westpac") is not read;
- the place of the event that is the subject of the figure's verb ("MST attack in Rondonia kills one man", mst_brazil
  wn2004_056; "Israeli Air Force airstrikes in Jabalia kill at least 90 people", gaza_war 2023-12-17; "A U.S.-British
  air raid in southern Iraq left eight civilians dead", cor_009); a person or body as subject is not read ("Police in
  Karachi arrested ...": where they are, not where it happened);
- the place that owns or names the whole a part is counted of ("Up to 12 per cent of Australia's children", bg_172;
  "three of Australia's biggest banks", bg_150; "around 3% of the Gaza Strip population", gaza_war 2025-01-09), but
  not a side's score ("three of India's wickets": the side is no place);
- P4, a court's seat or a lawsuit's venue: the place of a court that is the subject of a verb above the figure ("A
  United Nations panel of judges in East Timor has found 10 militia gang members guilty", bg_169; "A Swiss court has
  found the six of the eight employees guilty" -> Switzerland, bg_161), and the venue of the lawsuit a sum is the
  claim of ("filed in a $US3000 billion lawsuit in the US", cor_006).
- P4, an unnamed site's town, read last (`site_town`, after every other place of the clause): the place an unnamed
  site "at" the figure's own verb, or a verb coordinated with it, is in ("fourteen Palestinians are killed and 150
  others are injured by Israeli gunfire at an aid distribution site near Rafah", gaza_war 2025-06-09; "at a hotel in
  central Paris", bg_129, through when_place.py).

These are the measure's place only, like `place.incident_place`: `Figure.place`, which keys metrics, is unchanged.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.gazetteer import PLACE_LABELS, is_place
from newsfigures.extract.place import CLIMB, is_actor, place_after, place_name_of, same_story
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import act_verb, country_of, names_country

AT_LABELS = frozenset({"GPE", "LOC", "FAC"})  # a named place or site; an organisation "at" is where someone works
ACT_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "on", "across"})  # an act's own place phrase
COURTS = frozenset({"court", "tribunal", "judge", "jury", "magistrate"})  # who rules: its seat is the ruling's place
HEARING_VERBS = frozenset({"hear"})  # what a court hears is what it is told, not what it rules ("The court heard")
# a clause that tells its own event: a court above it did not rule on it ("after the tragedy which killed 21 people")
_OWN_EVENT_CLAUSES = frozenset({"relcl", "acl", "advcl"})
_PARTS_OF = frozenset({"nummod", "nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "ROOT"})


def own_place(noun: Token | None, event_tok: Token | None, num: Token) -> str:
    """The place named "at" the figure's own event, or on the act it happened in, or that owns the whole it is a
    part of; "" when none."""
    heads = _own_heads(noun, event_tok, num)
    return (next((p for p in map(_named_at, heads) if p), "")
            or next((p for p in map(_act_place, _act_heads(noun, event_tok, num)) if p), "")
            or _place_of_whole(num))


def site_town(noun: Token | None, event_tok: Token | None, num: Token) -> str:
    """P4: the town of an unnamed site the figure's event happened at, on its own verb or a verb coordinated with it
    ("fourteen Palestinians are killed and 150 others are injured by Israeli gunfire at an aid distribution site
    near Rafah" -> Rafah, gaza_war 2025-06-09; "killed ... when a fire broke out overnight at a hotel in central
    Paris", bg_129, through `when_place`); "" for none."""
    heads = _own_heads(noun, event_tok, num, named=True)
    heads += [c for h in heads if h.pos_ == "VERB" for c in h.children
              if c.dep_ == "conj" and c.pos_ == "VERB" and same_story(c)]
    return next((p for p in map(unnamed_site_town, heads) if p), "")


def unnamed_site_town(head: Token) -> str:
    """The place an unnamed site "at" `head` is in ("at a hotel in central Paris" -> Paris); "" for none."""
    sites = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "at" for o in c.children
             if o.dep_ == "pobj" and o.pos_ == "NOUN" and not o.ent_type_]
    return next((p for p in map(place_after, sites) if p), "")


def subject_event_place(noun: Token | None, event_tok: Token | None) -> str:
    """The place of the event that is the subject of the figure's own event verb, whose object is counted
    ("airstrikes in Jabalia kill at least 90 people", "a raid in southern Iraq left eight civilians dead"); "" when
    the subject names who acted or no place, or the verb is not the figure's event ("ceremonies in Washington
    honoured some 3,300 people killed": they were killed elsewhere, bg_167)."""
    if noun is None or noun.dep_ != "dobj" or event_tok is None:
        return ""
    verb = noun.head
    if event_tok.i not in (verb.i, noun.i) and not (event_tok.dep_ == "oprd" and event_tok.head.i == verb.i):
        return ""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # a plural event noun the tagger read as a verb in -s is still the subject ("airstrikes in Jabalia kill")
    if subj is None or subj.pos_ not in ("NOUN", "VERB") or is_actor(subj):
        return ""
    return place_after(subj) or ""


def _own_heads(noun: Token | None, event_tok: Token | None, num: Token, named: bool = False) -> list[Token]:
    """The number, its counted noun, its event noun, the verb it or its noun is an argument of (not a verb the
    figure only dates: "touched down at Kennedy Space Centre after a 12 day mission", bg_125), and the plural
    cause that verb names with "in" or "from" ("incidents" in "the damage bill from fire-related incidents at
    Woomera"); with `named`, also the verb a proper-noun count is an argument of ("fourteen Palestinians are
    killed")."""
    heads = [num, *(h for h in (noun, event_tok) if h is not None and h.pos_ == "NOUN")]
    names = [noun] if named and noun is not None and noun.pos_ == "PROPN" else []
    heads += [h.head for h in heads + names
              if h.dep_ in ("nsubj", "nsubjpass", "dobj") and h.head.pos_ in ("VERB", "AUX")]
    causes = [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "from")
              for o in c.children if o.dep_ == "pobj" and o.tag_ == "NNS"]
    return list(dict.fromkeys(heads + causes))


def _named_at(head: Token) -> str:
    """The named place or site in "<head> at <place>" ("ruined at Jervis Bay"); "" for none."""
    return _named_after(head, "at", AT_LABELS)


def _act_heads(noun: Token | None, event_tok: Token | None, num: Token) -> list[Token]:
    """The words an act the figure happened in hangs on: its own heads, the counted noun itself whatever its tag
    ("killed 10 Israelis in the ... raid" hangs it on the people), and the verb a named count is an argument of."""
    heads = _own_heads(noun, event_tok, num, named=True)
    return heads + [noun] if noun is not None and noun not in heads else heads


def _act_place(head: Token) -> str:
    """The place compounded onto a singular act noun "in" `head` ("killed 10 people in the Mumbai attack", "died in
    the Kandahar raid": where the act was done, as "in two West Bank towns" is for a plural); "" for none. A thing's
    noun is not read here ("in the Sydney plant": `hop_place` gives a site its town, read last), nor an act that
    names its place in a phrase of its own ("in a drone strike in the capital": that phrase's, read by
    `place.place_of`), nor a country compounded onto it, which as often names the side that did it ("killed in the
    US raid")."""
    acts = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
            if o.dep_ == "pobj" and o.tag_ == "NN" and act_verb(o.lemma_) and not _placed(o)]
    return next((place_name_of(m) for o in acts for m in o.children if m.dep_ == "compound"
                 and m.ent_type_ in PLACE_LABELS and not names_country(place_name_of(m))), "")


def _placed(act: Token) -> bool:
    """The act noun has a locative phrase of its own ("a strike in the north", "the raid on the compound")."""
    return any(c.dep_ == "prep" and c.lower_ in ACT_PLACE_PREPOSITIONS for c in act.children)


def _named_after(head: Token, preposition: str, labels: frozenset[str]) -> str:
    """The entity of one of `labels` that is the object of `preposition` on `head`; "" for none."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == preposition:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and is_place(obj, labels, workplace=preposition == "at"):
                return place_name_of(obj)
    return ""


def _place_of_whole(num: Token) -> str:
    """The place that owns or names the whole in "<num> [per cent] of <whole>": "Australia's children", "the Gaza
    Strip population"; "" for none."""
    holder = num.head if num.dep_ == "nummod" else num
    if holder.dep_ not in _PARTS_OF:
        return ""
    for c in (*num.children, *holder.children):
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        whole = next((o for o in c.children if o.dep_ == "pobj"), None)
        if whole is not None and lemma(whole) in vocab.SIDE_SCORE_QUANTITIES:
            return ""  # "three of India's wickets": a side's score, the side no place
        named = next((m for m in whole.children if m.dep_ in ("poss", "compound") and m.ent_type_ in PLACE_LABELS),
                     None) if whole is not None else None
        if named is not None:
            return place_name_of(named)
    return ""



def legal_place(noun: Token | None, num: Token) -> str:
    """P4: the venue of the lawsuit the figure is the claim of ("a $US3000 billion lawsuit in the US"), else the seat
    of the court that is the subject of a verb above the figure ("A Swiss court has found the six ... guilty",
    "a panel of judges in East Timor has found 10 ... members guilty"), not above a clause of the figure's own event
    ("... guilty after the tragedy which killed 21 people": where it happened, bg_161); "" for none."""
    if noun is not None and lemma(noun) in words.LEGAL_PROCEEDINGS and lemma(noun) not in COURTS:
        venue = _located(noun)
        if venue:
            return venue
    t = num
    for _ in range(CLIMB):
        if t.head.i == t.i or lemma(t.head) in words.REPORTING_VERBS | HEARING_VERBS or t.dep_ in _OWN_EVENT_CLAUSES:
            return ""
        t = t.head
        court = next((c for c in t.children if c.dep_ == "nsubj" and _court(c)), None) if t.pos_ == "VERB" else None
        if court is not None:
            return _court_seat(court)
    return ""


def _court(noun: Token) -> bool:
    """A court, or a body of judges ("a panel of judges")."""
    return lemma(noun) in COURTS or any(lemma(o) in COURTS for p in noun.children if p.dep_ == "prep"
                                        and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")


def _court_seat(court: Token) -> str:
    """Where a court sits: its "in <place>" (or its judges'), else the country its nationality adjective names."""
    members = [o for p in court.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
               if o.dep_ == "pobj"]
    seat = next((p for p in map(_located, [court, *members]) if p), "")
    return seat or next((country_of(a.text) for a in court.children if a.dep_ == "amod" and country_of(a.text)), "")


def _located(noun: Token) -> str:
    """The named place in "<noun> in <place>"; "" for none."""
    return _named_after(noun, "in", PLACE_LABELS)
