"""Whose age a figure is: the person the age stands beside ("Elizabeth Nadeau, a 27-year-old student"), the one
an indefinite noun phrase brings in with its age ("A 38-year-old man"), or the person named before whom a definite
description stands for ("The Beatles' former lead guitarist died ..., aged 58")."""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.antecedent import named_person_before
from newsfigures.extract.naming import entity_text, group_phrase
from newsfigures.extract.quantity_lines import age_turner
from newsfigures.extract.sport import cricket_sentence
from newsfigures.extract.word_senses import names_person

CLIMB = 5  # ancestors walked up from an age to the person or noun phrase it belongs to
PLURAL_NOUNS = frozenset({"NNS", "NNPS"})  # "Casualties were 40": a count of several, no age
RELATIVE_PRONOUNS = frozenset({"who", "that"})  # "the gunman, who was 21": the noun the clause describes


LIST_JOINS = frozenset({"and", "or"})  # the word before the last number of a list


def age_word_before(doc: Doc, i: int) -> bool:
    """The number at token `i` says how old: "age"/"aged" right before it ("aged 19"), or before the list whose
    last number it is ("aged 19 and 21", "aged 12, 14 and 15")."""
    j = i - 1
    # a middle number of a list ("14" of "12, 14 and 15") has a comma before it and another number after it
    inside = i + 2 < len(doc) and doc[i + 1].lower_ in LIST_JOINS | {","} and doc[i + 2].like_num
    if j >= 1 and (doc[j].lower_ in LIST_JOINS or (doc[j].text == "," and inside)) and doc[j - 1].like_num:
        j -= 1
        while j >= 0 and (doc[j].like_num or doc[j].text == ","):
            j -= 1
    return j >= 0 and age_word(doc[j])


def age_word(tok: Token | None) -> bool:
    """ "age" or "aged" saying how old the number after it is ("at age 65", "a boy aged 13", "the retirement age
    67"), not the end of an era's name, a capitalised "Age" after a capitalised word inside a sentence ("the Stone
    Age 10,000 years ago", "the Ice Age"). No era is named "Aged" or after a function word, so a title-case headline
    keeps its ages ("Boy Aged 13 Charged", "Pensioners At Age 65")."""
    if tok is None or tok.lower_ not in words.AGE_WORDS:
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    era = (tok.lower_ == "age" and tok.text[0].isupper() and not tok.is_sent_start and prev is not None
           and prev.text[:1].isupper() and not prev.is_stop)
    return not era


def aged_person(num: Token) -> str:
    """Whose age it is: the person the age stands beside ("Elizabeth Nadeau, a 27-year-old student", "Mr.
    Nunes, 51 years old", "the man - Mount Lee Lacy, age 21")."""
    for t in [num, *islice(num.ancestors, CLIMB)]:
        if t.ent_type_ == "PERSON":
            return entity_text(t)
        if t.dep_ == "appos" and t.head.ent_type_ == "PERSON":
            return entity_text(t.head)
        person = next((c for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if person is not None:
            return entity_text(person)
    turner = age_turner(num)  # "Lockett ... will turn 36"
    if turner is not None and turner.ent_type_ == "PERSON":
        return entity_text(turner)
    return _introduced_by_age(num) or _described_person(num)


def _described_person(num: Token) -> str:
    """The person named before whom the definite description the age is said of stands for: the subject of the
    verb the age hangs on, or the noun a relative clause holding it describes, when that noun is a person noun made
    definite ("The Beatles' former lead guitarist died on Thursday of cancer, aged 58", "pictures of the guitar
    hero, who died of cancer at age 58": lee bg_257, bg_274 -> George Harrison); "" otherwise."""
    noun = next((n for n in map(_said_of, islice(num.ancestors, CLIMB)) if n is not None), None)
    if noun is None or noun.pos_ != "NOUN" or not names_person(noun.lemma_) or not _definite(noun):
        return ""
    return "" if _kin_of_a_person(noun) else _named(noun)


def _kin_of_a_person(noun: Token) -> bool:
    """A person noun a person possesses names someone else, whom no name before stands for: "The victim's mother",
    "His widow", "Harrison's son" are not the victim, nor Harrison ("The Beatles' former lead guitarist", a name
    with "the" the small model tags a person, is a band's)."""
    return any(c.dep_ == "poss" and (c.lower_ in vocab.PERSON_PRONOUNS or (c.pos_ == "NOUN" and names_person(c.lemma_))
                                     or (c.ent_type_ == "PERSON" and not any(d.dep_ == "det" for d in c.children)))
               for c in noun.children)


def _said_of(t: Token) -> Token | None:
    """The noun a clause on the way up from an age is said of: the noun a relative clause or modifier describes,
    or a verb's subject; None for a token that is neither."""
    if t.dep_ in ("relcl", "amod", "acl") and t.head.pos_ == "NOUN":
        return t.head
    if t.pos_ == "VERB":
        return next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _definite(noun: Token) -> bool:
    """A noun made definite by a determiner or a possessor ("the guitar hero", "The Beatles' former guitarist")."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in words.DEFINITE_DETERMINERS) for c in noun.lefts)


def _named(noun: Token) -> str:
    """The name of the person last named before `noun`, "" for none."""
    person = named_person_before(noun)
    return entity_text(person) if person is not None else ""


def _introduced_by_age(num: Token) -> str:
    """The one an indefinite noun phrase brings in with its age, as written after the age ("A 38-year-old man",
    "three 15-year-old boys", "A 31-year-old Middle Eastern woman", "a boy aged 13": lee bg_021, bg_033, bg_178);
    "" for a definite one ("The 89-year-old retired general"), which speaks of someone named elsewhere."""
    t = num
    for _ in range(CLIMB):
        if t.dep_ in ("amod", "acl") and t.head.pos_ == "NOUN":
            break
        t = t.head
    else:
        return ""
    noun = t.head
    if _definite(noun):
        return ""
    if t.i > noun.i:
        return group_phrase(noun)  # "a boy aged 13"
    return " ".join(w.text for w in noun.doc[t.right_edge.i + 1:noun.i + 1] if w.lower_ not in
                    vocab.GROUP_MODIFIERS_DROPPED)


def person_is(num: Token) -> bool:
    """A bare number a person is said to be, an age ("Smith was 53 when he died", "the driver was 19", "the gunman,
    who was 21"), unless the sentence speaks of cricket, where it is a score ("Waugh was 74 not out at stumps");
    what several persons are is their count ("Casualties were 40")."""
    while num.dep_ == "conj":
        num = num.head  # "who were 23 and 25"
    if num.dep_ not in ("attr", "acomp") or num.head.lemma_ != "be":
        return False
    subject = next((c for c in num.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and num.head.dep_ == "relcl":
        subject = num.head.head
    if subject is None or subject.tag_ in PLURAL_NOUNS or cricket_sentence(num):
        return False
    return (subject.ent_type_ == "PERSON" or subject.lower_ in vocab.PERSON_PRONOUNS
            or (subject.pos_ == "NOUN" and names_person(subject.lemma_)))
