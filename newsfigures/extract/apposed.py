"""A person's age set off by commas beside the person's name ("Walid Saadi, 53, was killed", lee bg_044;
"Moussaoui, 33, a French national", bg_167; "Brett Dempsey, 31, of Ravenshoe", bg_190; "Tim, 16, alleged",
cor_005; "David Hudak, 41, was arrested", cor_026): tests/gold/README.md "Ages are figures", GUIDE Q9. spaCy tags the
bare number a date and hangs it on the name as an appositive, whatever entity it takes the name for ("Mr Tran" a
place, "Smith" an organisation). In cricket a number so set beside a batsman is his runs ("Klusener, on 18,",
`batting`), never an age."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.batting import cricket_article
from newsfigures.extract.naming import entity_text, group_phrase
from newsfigures.extract.sport import cricket_sentence
from newsfigures.extract.word_senses import names_person
from newsfigures.model import Measure

OLDEST = 120  # a bare number above this beside a name is no person's age
CLOSING = frozenset({",", ".", ";", ")", "--", "-"})  # what may follow the age that commas set off


def apposed_age(num: Token) -> Token | None:
    """The name (or person noun: "a man, 45,") whose age the bare whole number `num` is, set off by commas after it;
    None for any other number, and for any number of a cricket report (a batsman's runs)."""
    doc = num.doc
    head = num.head
    if num.dep_ != "appos" or not num.text.isdigit() or not 0 < int(num.text) <= OLDEST or head.i >= num.i:
        return None
    after = doc[num.i + 1].text if num.i + 1 < len(doc) else "."
    if doc[num.i - 1].text != "," or after not in CLOSING:
        return None
    if head.pos_ != "PROPN" and not (head.pos_ == "NOUN" and names_person(head.lemma_)):
        return None
    return None if _cricket(num) else head


def apposed_person(num: Token) -> str:
    """Whose age an apposed age is, as the text names the person: the whole name of a person the tagger knows, the
    name word alone for one it took for something else ("Mr Tran, 47," -> "Tran"), the person noun ("a man, 45,");
    "" when `num` is no apposed age."""
    head = apposed_age(num)
    if head is None:
        return ""
    if head.ent_type_ == "PERSON":
        return entity_text(head)
    return head.text if head.pos_ == "PROPN" else group_phrase(head)


def apposed_measure(measure: Measure, num: Token) -> Measure:
    """An apposed age describes the person it is set beside, not the clause's event: no place the clause's event
    takes ("David Hudak, 41, was arrested in the United States", cor_026: ""), no projection a future verb makes, as
    every age of the dev gold reads (GUIDE, settled: "an age describes a person, not an event"); any other measure
    as it is."""
    return replace(measure, place="", scope="total") if apposed_age(num) is not None else measure


def _cricket(num: Token) -> bool:
    """The number's sentence or article speaks of cricket: a word of the game, or a Test named inside a sentence."""
    sent = num.sent
    test = any(t.text in vocab.SERIES_CONTESTS and not t.is_sent_start for t in sent)
    return test or cricket_sentence(num) or cricket_article(num.doc)
