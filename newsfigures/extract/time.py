"""When a figure holds: the time phrases of its clause give `as_of` and `period` (resolved by timephrases),
and words such as "up from earlier estimates of" mark it as a past figure."""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Span, Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import sentcache
from newsfigures.extract import timephrases
from newsfigures.extract.context import ArticleContext
from newsfigures.extract.tree import MAX_DISTANCE, within


def is_past(num: Token, span: Span, sent_text: str, rel_start: int) -> bool:
    """The text marks this number as an earlier estimate ("up from earlier estimates of about 600")."""
    before = sent_text[max(0, rel_start - 40):rel_start].lower()
    if any(p in before for p in words.PAST_PHRASES):
        return True
    for t in [num, *islice(num.ancestors, 3)]:
        if any(c.lower_ in words.PAST_MARKERS and not _age_word(c) for c in t.children if c not in span):
            return True
    return False


def _age_word(tok: Token) -> bool:
    """ "old" of an age ("the 89-year-old general", "51 years old"), not of an old estimate."""
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None and prev.text == "-" and prev.i > 0:
        prev = prev.nbor(-1)
    return tok.lower_ == "old" and prev is not None and prev.lower_ in words.DURATION_UNITS


def as_of_and_period(num: Token, event_tok: Token | None, ctx: ArticleContext, past: bool,
                     noun: Token | None = None) -> tuple[str, str]:
    """(as_of, period) for a figure from the time phrases of its clause; a figure no phrase dates holds on
    the publication day, unless it is a past one."""
    pub_day = ctx.article.published_date
    ref = _closest_time(num, event_tok, ctx.article.published, noun)
    if ref is None:
        return ("" if past else pub_day), ""
    if ref.relation == "since":
        return pub_day, ref.label
    if ref.relation == "during":
        return ref.as_of, ref.label
    return ref.as_of, ""


def _closest_time(num: Token, event_tok: Token | None, published: str, noun: Token | None) -> timephrases.TimeRef | None:
    """The resolved time phrase of the sentence nearest the number (or its event word) in the tree."""
    best = None
    sent = num.sent
    for ent in sentcache.once(num.doc, "time_ents", sent.start, lambda: _time_entities(sent)):
        if _frames_other_words(ent, num, noun):
            continue
        near = [within(t, ent.root, MAX_DISTANCE) for t in (num, event_tok) if t is not None]
        d = min((x for x in near if x is not None), default=None)
        if d is None:
            continue  # farther than MAX_DISTANCE from the number and its event word
        ref = sentcache.once(num.doc, "time_ref", (ent.start, published), lambda: _resolve_entity(ent, published))
        if ref is not None and (best is None or d < best[0]):
            best = (d, ref)
    return best[1] if best is not None else None


def _time_entities(sent: Span) -> list[Span]:
    """The DATE/TIME entities of a sentence."""
    return [ent for ent in sent.ents if ent.label_ in words.TIME_LABELS]


def _resolve_entity(ent: Span, published: str) -> timephrases.TimeRef | None:
    """A DATE/TIME entity resolved with the preposition before it ("since April", "in 2024")."""
    lead = [t for t in ent.doc[max(ent.sent.start, ent.start - 3):ent.start]]
    prev = lead[-1] if lead else None
    phrase = (prev.text + " " + ent.text) if prev is not None and prev.lower_ in words.TIME_PREPOSITIONS else ent.text
    relation = "since" if any(t.lower_ == "since" for t in lead) else ""
    return timephrases.resolve(phrase, published, relation)


def _frames_other_words(ent: Span, num: Token, noun: Token | None) -> bool:
    """A time phrase that belongs to another noun or clause ("the earthquake last week", "workers retiring
    in 2042", "killed yesterday" inside "the toll of those killed yesterday") does not date this figure."""
    own = {num.i} | ({noun.i} if noun is not None else set())
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.i not in own and ent[0].lower_ in ("last", "this", "earlier"):
        return True  # "the earthquake last week"
    t = ent.root
    for _ in range(6):
        head = t.head
        if head.i == t.i or head.i in own:
            return False
        if t.dep_ in ("acl", "relcl", "advcl") and not any(i in own for i in (x.i for x in t.subtree)):
            return True
        if head.pos_ in ("NOUN", "PROPN") and t.dep_ in ("npadvmod", "nmod", "compound") and head.i not in own:
            return True
        t = head
    return False
