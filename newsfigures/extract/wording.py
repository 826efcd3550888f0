"""The word the text uses for what happened to a figure (tests/gold/measures/GUIDE.md revision 2, E2): the verb that
governs the figure, never a paraphrase of it ("dismissed for 7" is dismiss, not score; "found ... guilty" is find,
not convict); a figure no verb governs has no event (E1: measured)."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.sport import scoreline_pair
from newsfigures.extract.tree import lemma

VERB_TAGS = ("VERB", "AUX")
# A noun that a prepositional phrase describes from outside its verb's reach: the subject an aside qualifies
# ("Klusener, on 18, edged"), an apposition ("an overall lead of 374"), a clause with no verb ("Gilchrist not out 83").
ASIDE_HOSTS = ("nsubj", "nsubjpass", "appos", "ROOT")
# a conjunct verb with one of these says its own event ("but was dismissed for 7", "starting the day at 2 for 17")
OWN_ARGUMENTS = ("dobj", "nsubj", "nsubjpass", "aux", "auxpass")
WON = "won"  # the class of a winning margin, whose verb (beat, defeat, win) the class names
# Verbs that tell a match's result: a score they govern keeps the result's class ("beat Kafelnikov 6-3", "won 2-1";
# the gold reads "beaten South Africa by 246 runs" as won, cricket_aus_sa_2001 bg_118)
RESULT_VERBS: frozenset[str] = vocab.WIN_VERBS | {"win", "lose"}


def governing_verb(num: Token) -> Token | None:
    """The verb that governs the figure: the nearest verb above it, the first of coordinated verbs ("caught and
    bowled"); None when the figure hangs through a preposition on a noun outside the verb's object ("Klusener,
    on 18, edged", "an overall lead of 374") or no verb stands above it ("Adam Gilchrist not out 83")."""
    below = num
    for t in num.ancestors:
        if t.pos_ in VERB_TAGS:
            return first_conjunct(t)
        if below.dep_ == "prep" and t.pos_ in ("NOUN", "PROPN") and t.dep_ in ASIDE_HOSTS:
            return None
        below = t
    return None


def first_conjunct(verb: Token) -> Token:
    """The first of coordinated verbs that share their object ("destroyed or damaged 300 homes" -> destroyed, "caught
    and bowled ... for 70" -> caught); a verb with an object or an auxiliary of its own stays itself ("Set 375 for
    victory and starting the day at 2 for 17", "stepped in, but was dismissed for 7")."""
    while verb.dep_ == "conj" and verb.head.pos_ in VERB_TAGS and verb.head.i < verb.i \
            and not any(c.dep_ in OWN_ARGUMENTS for c in verb.children):
        verb = verb.head
    return verb


def governing_lemma(num: Token) -> str:
    """The lemma of `governing_verb`, "" when no verb governs the figure."""
    verb = governing_verb(num)
    return lemma(verb) if verb is not None else ""


def result_word(num: Token, result: str) -> str | None:
    """What a sport result's number says happened, as the text words it: a winning margin keeps its class ("beaten
    South Africa by 246 runs": won); a scoreline side, a side's wickets for its runs and a batsman's score take the
    verb that governs them ("resume at 2 for 69" -> resume, "dismissed for 7" -> dismiss, "is now 1-0" -> be),
    "" when none does; None when `result` is a margin or a score a verb of winning or losing governs."""
    pair = scoreline_pair(num)
    if result == WON and pair is None:
        return None
    said = governing_lemma(pair[0] if pair is not None else num)  # "down 2-0": both sides, the first one's verb
    return None if result == WON and said in RESULT_VERBS else said
