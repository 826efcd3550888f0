"""Whose a side's score is when a quoted player or captain tells it in the first person plural: "we" and "us" are
the speaker's side, "they" and "them" beside them the other side (GUIDE's subject line: the group "that has ... or
does it"; the side bowled out made the runs, as "the tourists were dismissed ... for 128" is the tourists'). Dev
pattern: lee bg_139 (cricket_aus_sa_2001: "South Africa can come out and bowl us out for 150 and suddenly they're
chasing 200, or we can make 200 to 250 and they need 300") and lee bg_299 (davis_cup_final_2001: "even if we were
down 2-0", each number of the scoreline its side's).

The speaker's side is the one of the article's two sides (`scoreline.article_sides`) whose country or nationality the
article writes before the speaker's name ("Japan coach Kenji Sato", "Sri Lankan spinner Asela Perera"), else the side
the article names first, the one its report follows (bg_139 and bg_299 name the speaker's side first, and never put
it on his name). Only a side's score is read so: runs, wickets or a scoreline ("we were down 2-0"); any other "we"
("We sold 300,000 cars") is left to the other readers. An article naming a third country (a tri-series, a coach
from elsewhere) gives neither default: the first side may not be the speaker's, nor the side "they" are the other
of the two (review probe tests/extract/test_review_clusters41b.py); both dev articles name two countries only."""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.antecedent import person_before
from newsfigures.extract.countries_named import country_named
from newsfigures.extract.pipeline import article_text
from newsfigures.extract.scoreline import SIDES, article_countries, article_sides, side_holding
from newsfigures.extract.sport import scoreline_pair
from newsfigures.extract.tree import child, lemma

CLIMB = 6  # steps up the tree from a score to the verb that names its side
CLIMB_DEPS = frozenset({"nummod", "quantmod", "appos", "conj", "pobj", "prep", "dobj", "npadvmod", "advmod",
                        "attr", "acomp", "compound"})  # a score's way up to that verb
NAME_REACH = 5  # words before a speaker's surname, his first name among them, that may name his side
POSSESSIVES = ("'s", "\u2019s")  # "Pakistan's coach Dirk Botha": the country a possessive names


def first_person_side(num: Token, quantity: str) -> str:
    """The side a run, wicket or scoreline number told with "we" or "us" (or "they" beside them) belongs to; "" for
    any other number, when the article names fewer than two sides, and when it names a third country and the
    speaker's side is not written before his name (or the number is "theirs")."""
    pair = scoreline_pair(num)
    if pair is None and quantity not in vocab.SIDE_SCORE_QUANTITIES:
        return ""
    pronoun = _side_pronoun(pair[0] if pair is not None else num)
    if pronoun is None:
        return ""
    sides = article_sides(num.doc)
    if len(sides) < SIDES:
        return ""
    written = _speaker_side(num, sides)
    two_sides = len(article_countries(num.doc)) == SIDES
    if not written and not two_sides:
        return ""  # a third country named: the article's first side is no default for the speaker's
    ours = written or sides[0]
    if pronoun.lower_ in vocab.FIRST_PERSON_PLURAL:
        side = ours
    elif _said_by_us(num) and two_sides:
        side = sides[1] if ours == sides[0] else sides[0]  # "we bowled them out for 187", "they need 300": theirs
    else:
        return ""
    return side_holding(num, side, sides) if pair is not None else side


def _side_pronoun(num: Token) -> Token | None:
    """The plural pronoun naming the side a score is of: the side a verb of dismissal puts out ("bowl us out for
    150"), else the subject of the verb the score hangs from ("we can make 200 to 250", "we were down 2-0"); None
    when the side is named otherwise. Not "our" on a noun the score stands beside ("our position in the match, 10
    wickets in hand", bg_139): read so, compare pairs those wickets in hand with the wickets a side took (bg_132)."""
    t = num
    for _ in range(CLIMB):
        if t.pos_ in ("VERB", "AUX"):
            return _verb_side(t)
        if t.dep_ not in CLIMB_DEPS or t.head.i == t.i:
            return None
        t = t.head
    return None


def _verb_side(verb: Token) -> Token | None:
    """The plural pronoun a verb gives a score's side by: the object it puts "out", else its subject."""
    out = any(c.dep_ == "prt" and c.lower_ in vocab.DISMISSAL_WORDS for c in verb.children)  # "bowl us out for 150"
    obj = child(verb, ("dobj",)) if out else None
    subj = child(verb, ("nsubj", "nsubjpass"))
    side = obj if obj is not None else subj
    plural = vocab.FIRST_PERSON_PLURAL | vocab.THIRD_PERSON_PLURAL
    return side if side is not None and side.lower_ in plural else None


def _said_by_us(num: Token) -> bool:
    """The number's sentence says "we", "us" or "our": its "they" and "them" are the other side ("bowl us out for 150 and
    suddenly they're chasing 200", lee bg_139)."""
    return any(t.lower_ in vocab.FIRST_PERSON_PLURAL for t in num.sent)


def _speaker_side(num: Token, sides: tuple[str, ...]) -> str:
    """The side of whoever says the number's sentence: the side written right before a mention of his name anywhere
    in the article; "" when none is (the caller's default is the article's first side)."""
    speaker = _speaker(num)
    if speaker is not None:
        text = article_text(num.doc)[0]
        for m in re.finditer(r"\b%s\b" % re.escape(speaker.text), text):
            side = _side_before(text[:m.start()], sides)
            if side:
                return side
    return ""


def _speaker(num: Token) -> Token | None:
    """The last word of the name of who says the number's sentence ("..., Sato said", "..., he said" after "Pat
    Rafter"); None when the sentence has no speaker."""
    verb = next((t for t in num.sent if t.pos_ == "VERB" and lemma(t) in words.REPORTING_VERBS), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is not None and subj.pos_ == "PRON":
        subj = person_before(subj)
    return subj if subj is not None and (subj.ent_type_ == "PERSON" or subj.pos_ == "PROPN") else None


def _side_before(text: str, sides: tuple[str, ...]) -> str:
    """The side whose country or nationality ends `text` within a few words, before a person's name and its first
    name ("Japan coach Kenji", "Sri Lankan spinner Asela"), in the same sentence; "" when none does."""
    before = [_unpossessed(w) for w in re.split(r"[.!?\"]", text)[-1].split()[-NAME_REACH:]]
    for k, word in enumerate(before):
        for name in (word, f"{before[k - 1]} {word}" if k else ""):
            side = country_named(name)
            if side in sides:
                return side
    return ""


def _unpossessed(word: str) -> str:
    """`word` without a possessive ending ("Pakistan's" -> "Pakistan")."""
    return next((word[:-len(p)] for p in POSSESSIVES if word.endswith(p)), word)
