"""Sport results and scores, read from the fixed ways news writes them: a scoreline ("Australia is now 1-0"), a
side's wickets for runs ("at 7 for 309"), a batsman's score ("out for 9", "not out on 144") and a winning margin
("beaten South Africa by 246 runs", "defeated Wayne Arthurs in four sets"): the event class each number has there
(`result_class`), what a bare cricket score counts, runs or wickets, and what a series' scoreline counts, its
contests (`score_quantity`)."""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract.pipeline import article_text
from newsfigures.extract.tree import child, lemma, verb_over
from newsfigures.numbers.lexicon import NUMBER_WORDS

MAX_SCORE_SIDE = 20  # a scoreline's side: sets, games, goals or matches of a series
MAX_WICKETS = 10  # a cricket side has ten wickets
DISMISSAL_REACH = 12  # tokens before "for"/"on" in which the batsman's dismissal is told
MARGIN_REACH = 4  # steps up the tree from a margin to the verb of winning
_CONTEST = re.compile(r"\b(?:%s)\b" % "|".join(vocab.SERIES_CONTESTS))  # as written: "Test", not "test"
SENTENCE_ENDS = ".!?:\"\n"  # what a sentence's first word follows, where any word is capitalised ("Test results")
INNINGS = "innings"  # what a side's wickets for its runs counts
TARGET = "target"  # runs a side is set or needs (`is_target`)
MARGIN, LEAD = "margin", "lead"  # the runs or wickets a side won by; the runs it leads by
SCORE_NOUNS = {"run": "run", "wicket": "wicket"}  # what any other bare score counts
LEAD_WORDS = frozenset({"ahead"})  # "70 runs ahead": the side's lead, as "a lead of 70"
PROJECTION = "projection"  # the scope of a score only imagined (`hypothetical_score`)
HYPOTHETICAL_MODALS = frozenset({"can", "could", "might", "may", "would"})  # "we can make 200 to 250"
_NEXT_WORD = re.compile(r"[ -]([A-Za-z]+)")  # the word written right after another, by a space or a hyphen


def result_class(num: Token, surface: str) -> str:
    """The event class of a number that is part of a sport result ("won", "other:score", "other:lose"), ""
    when it is none; `surface` is the figure as written."""
    if not surface.isdigit() and surface.lower() not in NUMBER_WORDS:
        return ""  # results are bare numbers; "9 months", "$10" and "22%" are other figures
    if _scoreline_side(num):
        return vocab.RESULT_CLASSES["scoreline"]
    side = _wickets_for_runs(num)
    if side:
        return vocab.RESULT_CLASSES[side]
    if _margin(num):
        return vocab.RESULT_CLASSES["margin"]
    if _batsman_score(num):
        return vocab.RESULT_CLASSES["runs"]
    return ""


def _small(t: Token, most: int) -> bool:
    """A whole number from 0 to `most`, in figures or in words."""
    if t.text.isdigit():
        return int(t.text) <= most
    entry = NUMBER_WORDS.get(t.lower_)
    return entry is not None and entry[1] <= most


def _joined(a: Token, b: Token) -> bool:
    """`a` is written right against `b`, with no space."""
    return b.i == a.i + 1 and not a.whitespace_


def _scoreline_side(num: Token) -> bool:
    """ "1-0", "levelled at 1-1", "down 2-0": one side of a score, written against a dash and the other side
    (cricket_aus_sa_2001 bg_118; davis_cup_final_2001 bg_299)."""
    return scoreline_pair(num) is not None


def scoreline_pair(num: Token) -> tuple[Token, Token] | None:
    """The scoreline `num` is a side of, its first number and its second ("1-0" -> (1, 0)); None for any other
    number."""
    doc = num.doc
    if not _small(num, MAX_SCORE_SIDE) or not num.text.isdigit():
        return None
    after = doc[num.i + 2] if num.i + 2 < len(doc) else None
    if after is not None and doc[num.i + 1].text == "-" and _joined(num, doc[num.i + 1]) \
            and _joined(doc[num.i + 1], after) and after.text.isdigit() and _small(after, MAX_SCORE_SIDE):
        return num, after
    before = doc[num.i - 2] if num.i >= 2 else None
    if before is not None and doc[num.i - 1].text == "-" and _joined(before, doc[num.i - 1]) \
            and _joined(doc[num.i - 1], num) and before.text.isdigit() and _small(before, MAX_SCORE_SIDE):
        return before, num
    return None


def _wickets_for_runs(num: Token) -> str:
    """ "at 7 for 309", "the Proteas are 2 for 17", "resume at three for 89" (cricket_aus_sa_2001 bg_132, bg_118,
    bg_047): a side's wickets lost, then its runs scored; "" when the number is in no such pair."""
    doc = num.doc
    nxt = doc[num.i + 1: num.i + 3]
    if len(nxt) == 2 and nxt[0].lower_ == "for" and nxt[1].text.isdigit() and _small(num, MAX_WICKETS) \
            and num.i > 0 and _score_lead(doc[num.i - 1]):
        return "wickets"
    before = doc[max(num.i - 3, 0): num.i]
    if len(before) == 3 and before[2].lower_ == "for" and num.text.isdigit() and _small(before[1], MAX_WICKETS) \
            and _score_lead(before[0]):
        return "runs"
    return ""


def score_noun(num: Token, quantity: str) -> str:
    """What a cricket score counts, whatever noun its clause puts beside it (the day, the match, the side): the
    size of a win is a margin ("beaten South Africa by 246 runs"), runs a side is ahead by its lead ("an overall lead
    of 374", "70 runs ahead"), runs a side is set or needs its target ("being set 440 to win", "Needing 375 for
    victory"), a side's wickets for its runs its innings ("the Proteas are 2 for 17", "finished the match at 7 for
    381"), other bare runs are runs (cricket_aus_sa_2001 bg_118, bg_132, bg_139; cricket_aus_nz_2001 bg_258,
    bg_275); "" for any other number."""
    if quantity not in SCORE_NOUNS:
        return ""
    if _margin(num):
        return MARGIN
    if quantity == "run" and _lead(num):
        return LEAD
    if quantity == "run" and is_target(num):
        return TARGET
    if score_quantity(num) != quantity:
        return ""
    return INNINGS if _wickets_for_runs(num) else SCORE_NOUNS[quantity]


def is_target(num: Token) -> bool:
    """Runs a side is set, chases or needs: a bare number "to win"/"for victory" (`measure_lexicon.TARGET_PHRASES`)
    or the object of a target verb (`TARGET_VERBS`): "Set 375 for victory", "Chasing 375 for victory", "chasing
    200" (cricket_aus_sa_2001 bg_118, bg_132, bg_139), "after being set 440 to win" (cricket_aus_nz_2001 bg_275)."""
    after = tuple(t.lower_ for t in num.doc[num.i + 1:num.i + 3])
    return after in vocab.TARGET_PHRASES or (num.dep_ in ("dobj", "npadvmod", "nummod")
                                             and lemma(num.head) in vocab.TARGET_VERBS)


def _lead(num: Token) -> bool:
    """ "an overall lead of 374" (bg_132, bg_139), "70 runs ahead" (bg_139): the runs a side leads by."""
    if num.dep_ == "pobj" and num.head.lower_ == "of" and lemma(num.head.head) == "lead":
        return True
    noun = num.head if num.dep_ == "nummod" else num
    return any(c.lower_ in LEAD_WORDS for c in noun.children)


def hypothetical_score(num: Token) -> bool:
    """A score a speaker imagines, not one made: its verb, or the verb it is coordinated under, carries a modal
    ("South Africa can come out and bowl us out for 150 and suddenly they're chasing 200, or we can make 200 to 250
    and they need 300", bg_139); "will resume at 2 for 69" (bg_275) states a plan."""
    verb = verb_over(num)
    for _ in range(MARGIN_REACH):
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in verb.children):
            return True
        if verb.dep_ != "conj":
            return False
        verb = verb.head
    return False


def _score_lead(t: Token) -> bool:
    """The word a side's "wickets for runs" follows: "at 7 for 309", "are 2 for 17", or a verb of scoring, "The
    South Africans scored 5 for 390" (bg_191, beside "at" in cricket_aus_sa_2001 and cricket_aus_nz_2001)."""
    return lemma(t) in ("at", "be") or lemma(t) in vocab.RUN_VERBS


def _margin(num: Token) -> bool:
    """ "beaten South Africa by 246 runs" (cricket_aus_sa_2001 bg_118), "defeated Wayne Arthurs in four sets"
    (davis_cup_final_2001 bg_283, bg_299): the size of a win, under "by" or "in" below a verb of winning."""
    t = num.head if num.dep_ in ("nummod", "quantmod") and num.head.pos_ == "NOUN" else num
    if t.dep_ != "pobj" or t.head.lower_ not in ("by", "in"):
        return False
    up = t.head
    for _ in range(MARGIN_REACH):
        if up.head.i == up.i:
            return False
        up = up.head
        if lemma(up) in vocab.WIN_VERBS:
            return True
    return False


def _batsman_score(num: Token) -> bool:
    """ "stumped for 68", "not out on 144" (wn2004_040), "Gibbs was out for 9", "caught ... by Ricky Ponting, for 7"
    (cricket_aus_sa_2001 bg_132): the runs a batsman made before the dismissal the clause tells of."""
    doc = num.doc
    if num.i == 0 or doc[num.i - 1].lower_ not in ("for", "on") or not num.text.isdigit():
        return False
    if num.i + 1 < len(doc) and doc[num.i + 1].pos_ == "NOUN":
        return False  # "out for 9 weeks": the number counts a thing of its own
    told = doc[max(num.i - 1 - DISMISSAL_REACH, num.sent.start): num.i - 1]
    return any(lemma(t) in vocab.DISMISSAL_WORDS or t.lower_ in vocab.DISMISSAL_WORDS for t in told)


def dismissed_batsman(num: Token) -> Token | None:
    """The batsman whose runs a score told with his dismissal is: the passive subject of the dismissal verb ("Hayden
    was later caught and bowled by Paul Wiseman for 70", wn2004_040), or the person an active one dismissed ("Waugh
    removed Boucher for 43", "running out Claude Henderson for 5", "the final wicket of Nantie Haywood for 14"),
    never its agent, the bowler or fielder who took the wicket (whom the owner readers took: "caught at silly point
    by Ricky Ponting, for 7", bg_132)."""
    if num.dep_ != "pobj" or not _batsman_score(num):
        return None
    verb = num.head.head
    for _ in range(MARGIN_REACH):
        if verb.pos_ != "VERB":
            return None
        subj = child(verb, ("nsubjpass",)) or _dismissed_object(verb)
        if subj is not None or verb.dep_ != "conj":
            return subj
        verb = verb.head
    return None


def _dismissed_object(verb: Token) -> Token | None:
    """The person an active dismissal verb's object names: the object itself ("removed Boucher"), a name the parser
    compounds on it ("trapped McKenzie leg before", hung as "McKenzie leg") or the one its "of" names ("the final
    wicket of Nantie Haywood")."""
    obj = child(verb, ("dobj",))
    if obj is None:
        return None
    named = [obj, *(c for c in obj.lefts if c.dep_ == "compound"),
             *(g for c in obj.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")]
    return next((t for t in named if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG", "")), None)


def score_quantity(num: Token) -> str:
    """What a sport result counts: the contests of a series for its scoreline or its size (`series_contest`),
    wicket | run when `num` is a bare cricket score, else "" (a number on a noun, "two wickets", is counted as
    usual)."""
    contest = series_contest(num)
    if contest:
        return contest
    if not cricket_sentence(num):
        return ""
    if _wickets_for_runs(num) == "wickets":
        return "wicket"  # "the Proteas are 2 for 17 at stumps": the same reading as the result's
    if num.dep_ == "pobj" and num.head.lower_ in ("for", "on"):
        return "run"  # "Gibbs was out for 9", "not out on 144", "declaring at 7 for 309"
    if num.dep_ in ("dobj", "npadvmod") and lemma(num.head) in vocab.RUN_VERBS or _after_run_verb(num):
        return "run"  # "Hayden scored 131", "Chasing 375 for victory", "Set 375", "being set 440 to win"
    if num.dep_ == "npadvmod" and num.head.lower_ == "out" and any(c.lower_ == "not" for c in num.head.head.children):
        return "run"  # "with Adam Gilchrist not out 83" (cricket_aus_nz_2001 bg_258), as "not out on 144" 
    if num.dep_ == "pobj" and num.head.lower_ == "of" and lemma(num.head.head) == "lead":
        return "run"  # "an overall lead of 374"
    return ""


def _after_run_verb(num: Token) -> bool:
    """The number comes right after a verb of scoring, whatever the parser made of it: a sentence's first "Set"
    is taken for a name or hangs the number under it ("Set 375 for victory", cricket_aus_sa_2001 bg_118; "Set 440
    to win, Australia finished ...", cricket_aus_nz_2001 bg_258)."""
    on_noun_after = num.dep_ == "nummod" and num.head.i > num.i  # "made 3 catches" counts catches
    return num.i > 0 and lemma(num.doc[num.i - 1]) in vocab.RUN_VERBS and not on_noun_after


def cricket_sentence(num: Token) -> bool:
    """The number's sentence speaks of cricket: a word of the game, a side's wickets for its runs ("Australia
    will resume at 2 for 69 after being set 440 to win", bg_275; "finished the match at 7 for 381", bg_258), or
    the number is what a batsman is out or a side dismissed for ("Gibbs was out for 9", "not out on 144",
    "dismissed late yesterday for 374")."""
    sent = num.sent
    if sentcache.once(num.doc, "cricket", sent.start, lambda: any(
            t.lower_ in vocab.CRICKET_WORDS or _wickets_for_runs(t) == "wickets" for t in sent)):
        return True
    prep = num.head if num.dep_ == "pobj" and num.head.lower_ in ("for", "on") else None
    return prep is not None and (lemma(prep.head) == "dismiss"
                                 or any(t.lower_ == "out" for t in (prep.head, *prep.head.children)))


def series_contest(num: Token) -> str:
    """The contest a series is made of, for a scoreline side ("Australia is now 1-0", "the series ended 0-0",
    "the tie levelled at 1-1") or the size of a series ("the best of three series"), in an article that names its
    contests (measure_lexicon.SERIES_CONTESTS: "the third Test", "the doubles rubber"): the one written nearest the
    number, in any sentence; "" for any other number, or when the article names none (a football score counts
    goals)."""
    if not (_scoreline_side(num) or (num.dep_ == "nummod" and lemma(num.head) == "series")):
        return ""
    doc = num.doc
    text, offset = article_text(doc)
    at = offset + num.idx
    named = sentcache.once(doc, "series_contests", None, lambda: [
        (m.start(), m.group()) for m in _CONTEST.finditer(text)
        if not _opens_sentence(text, m.start()) and not _modifies_next(text, m.start(), m.end())])
    return vocab.SERIES_CONTESTS[min(named, key=lambda n: abs(n[0] - at))[1]] if named else ""


def _opens_sentence(text: str, at: int) -> bool:
    """The word at `at` is the first of its sentence (or of the text)."""
    before = text[max(0, at - 20):at].rstrip()
    return not before or before[-1] in SENTENCE_ENDS


def _modifies_next(text: str, start: int, end: int) -> bool:
    """The word at text[start:end] modifies the word after it, written with the same case of first letter and no
    function word: a noun compound ("rubber bullets", "a rubber-stamp", "the Nuclear Test Ban Treaty"), not a
    contest of a series ("the doubles rubber was", "the second Test starts")."""
    after = _NEXT_WORD.match(text, end)
    if after is None or after.group(1).lower() in STOP_WORDS:
        return False
    return after.group(1)[0].isupper() == text[start].isupper()
