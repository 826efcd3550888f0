"""The place of the clause that says when a figure's event happened (GUIDE revision 2, P1: the place the sentence
restricts the figure to; P4: a named site where the counted event happened, an unnamed one gives its town):

- "Four people were killed and eight others injured when a fire broke out overnight at a hotel in central Paris"
  -> Paris (bg_129);
- "Three people have been injured after an apparent Palestinian suicide bomber blew himself up outside the Hilton
  Hotel in west Jerusalem" -> Hilton Hotel (bg_242);
- "Another 10 people were killed when US planes bombarded vehicles ... in the Mosh Khil area near Sharana" -> Mosh
  Khil (bg_200).

Only a "when" or "after" clause on the figure's own verb (or a verb coordinated with it) is read, and only its own
places: the measure's place, like `place.incident_place`; `Figure.place`, which keys metrics, is unchanged.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract.gazetteer import is_place
from newsfigures.extract.own_place import AT_LABELS, unnamed_site_town
from newsfigures.extract.place import CLIMB, place_after, place_name_of, same_story
from newsfigures.extract.tree import lemma

TIME_MARKERS = frozenset({"when", "after"})  # a clause that dates the figure's event by another it followed from
SITE_PREPOSITIONS = frozenset({"at", "outside"})  # a site the clause's event happened at
# A company's accounts and a market take a place only where the text restricts them (GUIDE P1): the place of the news
# that moved them ("shares fell 3 per cent after the airline announced job cuts in Sydney") is not theirs.
ACCOUNTS_AND_MARKETS = frozenset({"revenue", "sales", "profit", "debt", "share_price", "index_level"})


def when_place(num: Token, quantity: str = "") -> str:
    """The place of a "when"/"after" clause on the figure's own verb; "" when there is none or it names none, and
    for a `quantity` of a company's accounts or a market (ACCOUNTS_AND_MARKETS)."""
    verb = _own_verb(num) if quantity not in ACCOUNTS_AND_MARKETS else None
    if verb is None:
        return ""
    for clause in _time_clauses(verb):
        place = _site(clause) or place_after(clause) or unnamed_site_town(clause)
        if place:
            return place
    return ""


def _own_verb(num: Token) -> Token | None:
    """The first verb above the number, not past a reporting verb (what someone says is another clause)."""
    t = num
    for _ in range(CLIMB):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return None if lemma(t) in words.REPORTING_VERBS else t
    return None


def _time_clauses(verb: Token) -> list[Token]:
    """The "when"/"after" clauses of `verb` and of the verbs coordinated with it that tell of the same people
    (`place.same_story`: "killed and eight others injured when ...": the clause hangs on the last)."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and same_story(c))]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and same_story(verb):
        verbs.append(verb.head)
    return [c for v in verbs for c in v.children if c.dep_ == "advcl" and any(
        m.dep_ in ("advmod", "mark") and m.lower_ in TIME_MARKERS for m in c.children)]


def _site(clause: Token) -> str:
    """A named place or site the clause's event happened at or outside ("outside the Hilton Hotel")."""
    for obj in _site_objects(clause):
        if is_place(obj, AT_LABELS, workplace=True):
            return place_name_of(obj)
    return ""


def _site_objects(clause: Token) -> list[Token]:
    """The objects of the clause's "at"/"outside" phrases."""
    return [o for c in clause.children if c.dep_ == "prep" and c.lower_ in SITE_PREPOSITIONS
            for o in c.children if o.dep_ == "pobj"]
