"""Whose age a figure is: the person the age stands beside ("Elizabeth Nadeau, a 27-year-old student", "Walid Saadi,
53,"), the one an indefinite noun phrase brings in with its age ("A 38-year-old man"), or the person named before
whom a definite description stands for ("The Beatles' former lead guitarist died ..., aged 58", "The 89-year-old
retired general"), never the one who says it; with nobody named, the described noun ("the 20-month-old boy")."""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract.antecedent import SUBJECTS, full_name_holding, introduced_person_before, named_person_before
from newsfigures.extract.apposed import apposed_person
from newsfigures.extract.naming import entity_text, group_phrase
from newsfigures.extract.quantity_lines import age_turner
from newsfigures.extract.sport import cricket_sentence
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import names_person

CLIMB = 5  # ancestors walked up from an age to the person or noun phrase it belongs to
PLURAL_NOUNS = frozenset({"NNS", "NNPS"})  # "Casualties were 40": a count of several, no age
RELATIVE_PRONOUNS = frozenset({"who", "that"})  # "the gunman, who was 21": the noun the clause describes
NOMINAL_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"})  # "the 15-year-old" as a noun


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
    Nunes, 51 years old", "the man - Mount Lee Lacy, age 21", "Walid Saadi, 53,": `apposed`), a name set beside a
    person noun whatever entity the tagger takes it for (lee bg_161: "his 26-year-old son Scott and 24-year-old
    daughter-in-law Alissa", parsed with Alissa beside "son")."""
    apposed = apposed_person(num)
    if apposed:
        return apposed
    for t in [num, *islice(num.ancestors, CLIMB)]:
        if t.ent_type_ == "PERSON":
            return _titled(t) or entity_text(t)
        if t.dep_ == "appos" and t.head.ent_type_ == "PERSON":
            return entity_text(t.head)
        if t.dep_ == "appos" and t.pos_ == "PROPN" and t.head.pos_ == "NOUN" and names_person(t.head.lemma_):
            return entity_text(t)  # "son Scott and 24-year-old daughter-in-law Alissa", Alissa tagged an ORG
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
    hero, who died of cancer at age 58": lee bg_257, bg_274 -> George Harrison), or that "the N-year-old" stands
    for alone ("The 89-year-old retired general", wn2004_099 -> Pinochet; "The 45-year-old had pleaded guilty");
    with nobody named, the person noun the age is part of, as an indefinite one is ("the 20-month-old boy", lee
    bg_054 -> "boy"), or the one an indefinite person noun brought in before "the N-year-old" alone ("an Aboriginal
    boy ... the 15-year-old", bg_100); "" otherwise."""
    alone = _age_alone(num)
    if alone is not None:
        introduced = introduced_person_before(alone)
        return _named(alone) or (group_phrase(introduced) if introduced is not None else "")
    noun = next((n for n in map(_said_of, islice(num.ancestors, CLIMB)) if n is not None), None)
    if noun is None or noun.pos_ != "NOUN" or not names_person(noun.lemma_) or not _definite(noun):
        return ""
    if _kin_of_a_person(noun):
        return ""
    return _named(noun) or (group_phrase(noun) if noun.left_edge.i <= num.i < noun.i else "")


def _age_alone(num: Token) -> Token | None:
    """The "old" of a definite "the N-year-old" that names a person by the age alone ("The 45-year-old had pleaded
    guilty", "said the 15-year-old was": lee bg_100), None for an age that modifies a noun or stands indefinite."""
    unit = num.head
    old = unit.head
    if unit.lower_ not in words.DURATION_UNITS or old.lower_ != "old" or old.dep_ not in NOMINAL_ROLES:
        return None
    return old if _definite(old) else None


def _titled(t: Token) -> str:
    """The full name before that a definite title the small model tags a person stands for ("The 63-year-old
    Sheikh" after "Sheikh Ahmed Yassin", lee bg_227), "" for any other name."""
    if not _definite(t) or len(sentcache.entity_of(t) or ()) != 1:
        return ""
    named = full_name_holding(t)
    return entity_text(named) if named is not None else ""


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
    """The name of the person last named before `noun`, "" for none; not the one who says the clause `noun` is in
    ("Senior Sergeant Michael Potts says the 20-month-old boy was left", lee bg_054; "the coroner, Dick Wallace,
    said the 15-year-old was", bg_100: the speaker is not the one spoken of)."""
    person = named_person_before(noun, lambda w: _says(w, noun))
    return entity_text(person) if person is not None else ""


def _says(person: Token, noun: Token) -> bool:
    """`person`'s name, or the noun it stands beside ("the coroner, Dick Wallace,"), is the subject of a reporting
    verb whose clause holds `noun`."""
    ent = sentcache.entity_of(person)
    said = ent.root if ent is not None else person
    if said.dep_ == "appos":
        said = said.head
    verb = said.head
    return (said.dep_ in SUBJECTS and lemma(verb) in words.REPORTING_VERBS
            and verb.left_edge.i <= noun.i <= verb.right_edge.i and not said.left_edge.i <= noun.i <= said.right_edge.i)


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
