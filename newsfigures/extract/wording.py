"""The word the text uses for what happened to a figure (tests/gold/measures/GUIDE.md revision 2, E2): the verb that
governs the figure, never a paraphrase of it ("dismissed for 7" is dismiss, not score; "found ... guilty" is find,
not convict); a figure no verb governs has no event (E1: measured). A side's or a batsman's score takes its verb too:
the verb says when or how the innings stood or ended, not what is counted, so pairing and metric grouping read two
scores of one kind as one event (compare.lexicon.SCORE_KINDS)."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.nominal import verb_of
from newsfigures.extract.period_clause import closes_a_period
from newsfigures.extract.sport import scoreline_pair
from newsfigures.extract.stative import verb_lemma
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import act_verb

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
PENALTIES = frozenset(words.PENALTY_OF_AMOUNT.values())  # what a handed-over sum or time was read as: fine, sentence
HAVING_VERBS = vocab.STILL_VERBS  # verbs of state: an event noun they take says the event (E1)


def governing_verb(num: Token) -> Token | None:
    """The verb that governs the figure: the nearest verb above it, the first of coordinated verbs ("caught and
    bowled"); None when the figure hangs through a preposition on a noun outside the verb's object ("Klusener,
    on 18, edged", "an overall lead of 374") or no verb stands above it ("Adam Gilchrist not out 83")."""
    below = num
    for t in num.ancestors:
        if t.pos_ in VERB_TAGS and not closes_a_period(t):
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


def states(num: Token) -> bool:
    """A verb of state or level governs the figure ("Hamas says they hold 130 captives", "said it was two",
    "expects to have 200 thousand customers"): E1 makes it `measured`, not a bare statement."""
    return governing_lemma(num) in vocab.STILL_VERBS


def governing_lemma(num: Token) -> str:
    """The lemma of `governing_verb`, "" when no verb governs the figure."""
    verb = governing_verb(num)
    return verb_lemma(verb) if verb is not None else ""  # "we've got 300 firefighters": have (E1)


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


def penalty_verb(event: str, said_by: Token | None) -> str:
    """The verb that hands over a penalty the extractor reads as the event ("received five months" -> receive,
    "given a fine of 7,500 francs" -> give): E2 takes the verb, not the penalty ("sentence", "fine") it hands over;
    "" when `event` is no penalty or no verb says it."""
    if event not in PENALTIES or said_by is None or said_by.pos_ not in VERB_TAGS:
        return ""
    return lemma(said_by) if lemma(said_by) != event else ""


def nominal_word(num: Token, verb: str, duration: bool = False) -> str:
    """What E2 makes of an event noun the figure measures, whose verb `verb` the extractor read ("a 5 game
    suspension" -> suspend): the verb that takes the noun the number stands on as its object, when one does
    ("received a 5 game suspension" -> receive; a time only when the noun is a penalty handed over, "face one year
    jail sentence" -> face), else the noun's own lemma ("his indictment of one count" -> indictment, "22 years of
    public service" -> service, "lift a four-year ban" -> ban); "" when no such noun is found."""
    noun = next((t for t in _event_noun_candidates(num) if t.pos_ == "NOUN"
                 and verb in (lemma(t), verb_of(lemma(t)), verb_of(lemma(t), True), act_verb(lemma(t)))), None)
    if noun is None:
        return ""
    if noun not in (num.head, num.head.head) or (duration and lemma(noun) not in words.PENALTY_NOUNS):
        return lemma(noun)  # in the noun's "of" phrase, or a time sizing the act ("lift a four-year ban"): the noun
    host = noun.head if noun.dep_ in ("compound", "amod") and noun.head.pos_ == "NOUN" else noun
    if host.dep_ == "dobj" and host.head.pos_ == "VERB" and lemma(host.head) not in HAVING_VERBS:
        return lemma(first_conjunct(host.head))
    return lemma(noun)


def _event_noun_candidates(num: Token) -> list[Token]:
    """Nouns near the figure that may name its event: its head, the noun that head modifies, the noun whose "of"
    phrase holds it, and the noun of its head's own "of" phrase ("22 years of public service")."""
    head = num.head
    out = [head, head.head]
    first = head.head if head.dep_ == "conj" else head
    if first.dep_ == "pobj" and first.head.lower_ == "of":
        out.append(first.head.head)
    out += [o for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return out
