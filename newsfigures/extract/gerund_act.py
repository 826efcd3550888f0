"""A count or a time of an act named by a gerund that no verb takes (tests/gold/measures/GUIDE.md revision 2, "a count
with no verb whose noun names an action ... takes E2 (other:<noun lemma>)", and revision 3, E5: "N <time> of <action
noun>" with no governing verb is the noun's lemma): "after two secret meetings", "in two separate shootings", "after
two days of hearings". The gerund names an act by its first WordNet sense (extract/data/act_gerunds.txt: not
"building", "evening" or "funding"); it stands in a preposition's phrase, so no verb governs it as its subject or
object, which would give the verb (E2, E5)."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.dimension import DURATION_UNITS
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import names_act

COUNT_DEPS = ("nummod", "compound", "quantmod")  # how a number stands on the noun it counts
OF = "of"  # "two days of hearings": the act a time lasts; also a part's whole, which no preposition's phrase is here


def gerund_act(num: Token) -> str:
    """The event of a figure that counts or times an act a gerund names, when its phrase is a preposition's object
    ("after two secret meetings" -> other:meeting, "after two days of hearings" -> other:hearing); "" otherwise."""
    if num.dep_ not in COUNT_DEPS or num.head.pos_ != "NOUN" or num.head.i < num.i:
        return ""
    phrase = num.head
    act = _lasting_act(phrase) if lemma(phrase) in DURATION_UNITS else phrase
    if act is None or not names_act(lemma(act)):
        return ""
    if phrase.dep_ != "pobj" or phrase.head.dep_ != "prep" or phrase.head.lower_ == OF:
        return ""
    return f"other:{lemma(act)}"


def _lasting_act(time: Token) -> Token | None:
    """The noun of the time's "of" phrase ("two days of hearings" -> hearings), None when it has none."""
    of = next((c for c in time.rights if c.dep_ == "prep" and c.lower_ == OF), None)
    return next((o for o in of.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None) if of is not None else None
