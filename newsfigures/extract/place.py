"""Where a figure is restricted to ("deaths in Sri Lanka"), so a local count is not read as the total.

Two readings: `place_of`, the named place on the figure's own words (the figure's `place`, which the corpus-wide
metric keys in `compare.metrics` build on), and `measure_place`, the measure's `place`, which also reads sites
("at Al-Ahli Arab Hospital", "at a water collection zone"), the place of the figure's cause ("the death toll from
the earthquakes in Turkey") and leaves a scene-setting place ("in Turkey and Syria") empty."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract.tree import lemma

NAMED = ("GPE", "LOC")


def place_of(noun: Token | None, event_tok: Token | None, num: Token) -> str:
    """The named place a figure is restricted to: "deaths in Sri Lanka", "the death toll in Israel increases to
    750", "killed in Peru", "might approach 80,000 in Indonesia"; "" for a figure not tied to one place."""
    heads = _heads(noun, event_tok, num)
    place = next((p for p in map(_named_after, heads) if p is not None), None)
    return place if place is not None else _reported_place(noun, num)


def measure_place(noun: Token | None, event_tok: Token | None, num: Token) -> str:
    """The measure's place: a named place or a site on the figure's own words, else on the words of its cause
    ("Israeli airstrikes in Jabalia kill at least 90 people", "killed by an explosion at Al-Ahli Arab Hospital");
    "" for a scene-setting place ("killed in Turkey and Syria") and for a figure tied to no place."""
    heads = _heads(noun, event_tok, num)
    place = next((p for p in map(_place_after, [*heads, *_causes(heads)]) if p is not None), None)
    return place if place is not None else _reported_place(noun, num)


def _heads(noun: Token | None, event_tok: Token | None, num: Token) -> list[Token]:
    """The words a figure's place phrase may hang on, its own first ("and ten more in Thailand"): the number, the
    counted noun, the event word, the noun they are compounded onto, and the verb that takes the number with its
    subject and object."""
    heads = [num, *(h for h in (noun, event_tok) if h is not None)]
    heads += [h.head for h in heads if h.dep_ == "compound"]  # "death" in "death toll in Israel"
    if num.head.pos_ in ("VERB", "AUX") or (num.head.lower_ in ("to", "at") and num.head.head.pos_ == "VERB"):
        verb = num.head if num.head.pos_ in ("VERB", "AUX") else num.head.head
        heads += [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
    return heads


def _reported_place(noun: Token | None, num: Token) -> str:
    """ "Sri Lanka has reported 28,000 dead": a country reporting its own toll restricts it to itself."""
    if noun is not None and (lemma(noun) in words.SUBJECTLESS or noun.lower_ in words.EVENT_NOUNS):
        return _reporting_country(num)
    return ""


def _objects(head: Token) -> list[tuple[str, Token]]:
    """The (preposition, object) pairs of `head`'s prepositional phrases."""
    return [(c.lower_, o) for c in head.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]


def _named_after(head: Token) -> str | None:
    """The place in "<head> in/across/throughout <place>" when it names one, None when it does not."""
    return next((_entity_text(o) for p, o in _objects(head)
                 if p in ("in", "across", "throughout") and o.ent_type_ in NAMED), None)


def _place_after(head: Token) -> str | None:
    """The place in "<head> in/across/throughout <place>" or "<head> at/near <site>" when it names one ("" for a
    scene-setting place), None when it does not: a place name, a named site ("at Al-Ahli Arab Hospital",
    Gaza war; "at the University of Central America", wn2004_037) or a common noun of a place ("at a water
    collection zone", "in CNI facilities", `lexicon.PLACE_NOUNS`)."""
    for prep, obj in _objects(head):
        if prep in ("in", "across", "throughout") and obj.ent_type_ in (*NAMED, "FAC") \
                or prep in ("at", "near") and obj.ent_type_ in (*NAMED, "FAC", "ORG"):
            return "" if _setting(obj) else _entity_text(obj)
        if prep in ("in", "at", "near") and obj.pos_ == "NOUN" and lemma(obj) in words.PLACE_NOUNS:
            return _site_text(obj)
    return None


def _setting(obj: Token) -> bool:
    """A place named with others ("in Turkey and Syria", turkey_syria_earthquake; "countries in Asia and Eastern
    Africa", wn2004_085) or with the country it lies in ("in Central Texas, United States", texas_floods; "in
    Kahramanmaraş, Turkey", turkey_syria_earthquake) sets the story's scene: a count there is no part of a whole."""
    return any(c.dep_ in ("conj", "appos") and c.ent_type_ in NAMED for c in obj.children)


def _causes(heads: list[Token]) -> list[Token]:
    """The nouns naming what caused the figure, whose own place phrase restricts it: "the death toll from the
    earthquakes in Turkey" (turkey_syria_earthquake), "killed by an explosion at Al-Ahli Arab Hospital", "wounded
    in Israeli strikes across the Gaza Strip", the subject that does it ("Israeli airstrikes in Jabalia kill at
    least 90 people", Gaza war)."""
    out: list[Token] = []
    for head in heads:
        for c in head.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in words.CAUSE_PREPOSITIONS:
                out += [o for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
            elif c.dep_ == "nsubj" and head.pos_ == "VERB" and not c.ent_type_:
                out.append(c)
    return out


def _site_text(obj: Token) -> str:
    """A common noun of a place as written, without its article, possessor or adjectives, with the place a "near"
    phrase names ("an aid distribution site near Rafah" -> "aid distribution site near Rafah")."""
    kept = [t for t in obj.lefts if t.dep_ in ("compound", "nmod")]
    text = obj.doc[min((t.left_edge.i for t in kept), default=obj.i):obj.i + 1].text
    near = next((o for p, o in _objects(obj) if p == "near" and o.ent_type_ in NAMED), None)
    return f"{text} near {_entity_text(near)}" if near is not None else text


def _reporting_country(num: Token) -> str:
    """The country that is the subject of the first reporting verb above the number ("" when it is not one)."""
    verb = next((t for t in num.ancestors if t.pos_ == "VERB" and lemma(t) in words.REPORTING_VERBS), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return _entity_text(subj) if subj is not None and subj.ent_type_ == "GPE" else ""


def _entity_text(t: Token) -> str:
    """The whole named entity `t` belongs to, without a leading "the "."""
    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
    return (ent.text if ent is not None else t.text).removeprefix("the ")
