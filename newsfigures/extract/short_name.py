"""The shortest form the text uses for an owner's name (GUIDE, subject: "Write it as the text names it, shortest
unambiguous form"): an organisation's or a thing's name the article also writes alone, without the words after it
("Phillips Petroleum delayed ... today Phillips has announced" -> "Phillips"; "The Larrakia people plan ... The
Larrakia have withdrawn" -> "Larrakia"; "Qantas management and unions ... while Qantas maintains" -> "Qantas").

A window of the article is parsed, not the whole, so the other mentions are read from the article's text."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsfigures.extract.gazetteer import in_gazetteer
from newsfigures.extract.pipeline import article_text
from newsfigures.extract.word_senses import (country_of, group_class, names_a_sum, names_country, noun_class,
                                              person_noun, place_senses)

# Labels of a name that may stand shorter: an organisation's, a product's, an untagged proper noun's, or a place's
# label, which the tagger also gives a ship or a shuttle ("aboard Endeavour"). Not a person's or a people's: "Bush"
# is not "the Bush administration" (a surname alone is read by the scorer); not a date's ("September 11 attacks").
NAME_LABELS = frozenset({"ORG", "PRODUCT", "", "GPE", "LOC", "FAC"})
# The common noun after a people's name that names the people itself ("the Larrakia people" are "the Larrakia").
PEOPLE_NOUN = "people"
# Labels the tagger gives places, which it also gives a ship or a shuttle by mistake ("aboard Endeavour"): a name
# under these may stand shorter only when the gazetteer knows no place by it.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words after which a name written alone is the subject or object of its clause, not a modifier of a noun ("Phillips
# has announced", "aboard Endeavour on December 5"; not "a Phillips spokesman").
CLAUSE_WORDS = frozenset({
    "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "can", "may", "might", "should",
    "must", "did", "does", "also", "says", "said", "and", "or", "but", "to", "in", "on", "at", "for", "of", "from",
    "with", "by", "which", "who", "that", "as", "after", "before", "since", "into", "over", "under", "than"})
_NEXT = re.compile(r"\s*(?:(['’]s?)\b|([,;:)]|\.(?:\s|$))|([a-z][\w-]*))")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.'’-]*)\s+\Z")


def shortest_form(owner: str, num: Token, noun: Token | None) -> str:
    """`owner` as the shortest run of its first words the article writes alone as a name; `owner` unchanged when
    it writes none, or when `owner` names the group the figure counts ("Hamas supporters": the supporters are
    counted, not Hamas). Dropped words that are part of the name ("Petroleum") count only when the shorter name
    is written after the whole one: "Sears" written before "Sears Holdings" is another company."""
    words = owner.split()
    if len(words) < 2 or (noun is not None and words[-1] == noun.text):
        return owner
    written = _written_in(num.doc, words)
    if written is None or written[0].pos_ != "PROPN" or written[0].ent_type_ not in NAME_LABELS:
        return owner
    if _other_than_named(written[-1]):
        return owner
    label = written[0].ent_type_
    text = article_text(num.doc)[0]
    whole = text.find(owner)
    for k in range(1, len(words)):
        generic = all(w.islower() for w in words[k:])
        if not (generic or words[k][:1].isupper()):
            return owner  # "winners of each event": a phrase, no name with words after it
        if not generic:
            continue
        short = " ".join(words[:k])
        if not _place(short, label) and _written_alone(text, words[:k], 0 if generic else whole, words[k]):
            return short
    return owner


def _written_in(doc: Doc, words: list[str]) -> Span | None:
    """Where the parsed window writes the owner's words, None when it does not."""
    n = len(words)
    return next((doc[t.i:t.i + n] for t in doc if t.text == words[0] and [w.text for w in doc[t.i:t.i + n]] == words),
                None)


def _other_than_named(last: Token) -> bool:
    """The owner ends in a common noun for others than the named one: persons or a group of them who belong to it
    ("Adventure World managers", "Qantas maintenance workers"), a sum or a thing a quantity counts ("Social Security
    benefits, which currently equal 42 percent"; WordNet's first sense); not "people" after a people's name, nor a
    noun for the named one acting ("Qantas management", "the Endeavour mission")."""
    word = last.lemma_.lower()
    if last.pos_ != "NOUN" or word == PEOPLE_NOUN:
        return False
    return person_noun(word) or bool(group_class(word) or noun_class(word) or names_a_sum(word))


def _place(name: str, label: str) -> bool:
    """`name` is a country, a people's adjective or a place WordNet names; under a place label, also any place the
    gazetteer knows ("the United States" is not "the United States Federal Reserve")."""
    if names_country(name) or country_of(name) or place_senses(name):
        return True
    return label in PLACE_LABELS and in_gazetteer(name)


def _written_alone(text: str, words: list[str], after: int, dropped: str) -> bool:
    """The article writes `words` after offset `after` (>= 0) as a name of its own: no capitalised word right
    before it (but "The") or right after it; for a name that was longer, followed by a possessive, a punctuation
    mark or a word of a clause (`CLAUSE_WORDS`, a verb in -ed); for a name with a common noun after it
    (`dropped`, lower-case), followed by anything but that noun or a capitalised word."""
    generic = dropped.islower()
    if after < 0:
        return False
    for m in re.finditer(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", text[after:]):
        start, end = after + m.start(), after + m.end()
        before = _WORD_BEFORE.search(text[max(0, start - 40):start])
        if before is not None and before.group(1)[0].isupper() and before.group(1) not in ("The", "the"):
            continue
        nxt = _NEXT.match(text, end)
        if nxt is None:
            continue
        word = nxt.group(3)
        if generic and word != dropped or nxt.group(1) is not None or nxt.group(2) is not None:
            return True
        if word in CLAUSE_WORDS or word.endswith("ed"):
            return True
    return False
