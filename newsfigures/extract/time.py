"""When a figure holds: the time phrases of its clause give `as_of` and `period` (resolved by timephrases),
and words such as "up from earlier estimates of" mark it as a past figure."""
from __future__ import annotations

import heapq
from collections.abc import Iterator
from itertools import islice

from spacy.tokens import Doc, Span, Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract import timephrases
from newsfigures.extract.context import ArticleContext
from newsfigures.extract.tree import MAX_DISTANCE, lemma, verb_over


AFTER_REACH = 3  # tokens after a figure's number that its own unit or counted noun may take ("4.1 mln dlrs")
OWN_TIME_PREPOSITIONS = frozenset({"in", "for", "during"})  # a time phrase written right after a figure, its own
# Amounts set for a period, like a target or a forecast (`vocab.PROJECTION_WORDS`): a figure compared with one is of
# the same period ("pumped 26.6 mln bpd, versus its 2024 quota of 27.1 mln", "against the 2024 budget of 3.5 pct").
PLANNED_AMOUNTS = frozenset({"quota", "budget", "goal", "estimate"})
INDEX_BASE_GAP = 3  # characters between a base year and its "=100" or "equals 100" ("1980 = 100")
_NOUN_PHRASE_DEPS = ("pobj", "prep", "compound", "nummod", "amod", "npadvmod", "nmod")  # inside a noun phrase


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
    """The resolved time phrase of the sentence on the figure's own noun, else the one nearest the number (or its
    event word) in the tree (the first in the sentence of the nearest), skipping phrases that frame other words or
    resolve to nothing; past the tree's reach, the phrase that opens the sentence."""
    sent = num.sent
    ents, near_roots = sentcache.once(num.doc, "time_ents", sent.start, lambda: _time_entities(sent))
    tokens = [t for t in (num, event_tok) if t is not None and sent.start <= t.i < sent.end]
    own = _figure_nouns(num, noun)
    on_own = [n for n in _nearest_first(near_roots, [num]) if _on_own_noun(ents[n], own)]
    clause = verb_over(num)
    verbs = sentcache.once(num.doc, "time_verbs", sent.start, lambda: [verb_over(ent.root) for ent in ents])
    dated_clause = clause in verbs
    after = _written_after(num, noun, ents)
    ref = _resolved(after, published) if after is not None else None
    if ref is not None:
        return ref
    unresolved = False  # a nearer phrase named a time this article cannot fix ("in January", undated)
    for n in dict.fromkeys([*on_own, *_nearest_first(near_roots, tokens)]):  # an own-noun phrase weighed once
        ent = ents[n]
        if (dated_clause and _coordinate(verbs[n], clause)) or _frames_other_words(ent, num, noun, own):
            continue
        if unresolved and _on_other_figure(ent, own):
            continue  # "2.0 pct in January and 0.9 pct in February 1986": February is the 0.9's
        ref = _resolved(ent, published)
        if ref is not None:
            return ref
        unresolved = True
    opening = _opening_time(sent, ents)
    if opening is None or _frames_other_words(opening, num, noun, own):
        return None
    return _resolved(opening, published)


def _written_after(num: Token, noun: Token | None, ents: list[Span]) -> Span | None:
    """The time phrase written right after the figure, its number and unit or counted noun then "in", "for" or
    "during" ("from an estimated 5.6 pct in 1986", "and 575 mln in January 1986", "sales of 4.1 mln dlrs for 1985"):
    the figure's own date, whatever other phrase of a long sentence the parse hangs nearer; None when none is, or when
    the time only describes the preposition's noun ("for 2026 delivery", "in 2050 bonds")."""
    doc, end = num.doc, num.i
    own = {num.i, num.head.i} | ({noun.i} if noun is not None else set())
    while end + 1 < num.sent.end and end + 1 - num.i <= AFTER_REACH and (
            end + 1 in own or (doc[end + 1].head.i in own and doc[end + 1].dep_ in _NOUN_PHRASE_DEPS)):
        end += 1
    prep = doc[end + 1] if end + 1 < num.sent.end else None
    if prep is None or prep.lower_ not in OWN_TIME_PREPOSITIONS:
        return None
    return next((ent for ent in ents if ent.start == prep.i + 1 and ent.root.head.i == prep.i), None)


def _resolved(ent: Span, published: str) -> timephrases.TimeRef | None:
    """`_resolve_entity`, once per phrase and publication date."""
    return sentcache.once(ent.doc, "time_ref", (ent.start, published), lambda: _resolve_entity(ent, published))


def _opening_time(sent: Span, ents: list[Span]) -> Span | None:
    """A time phrase that opens the sentence and hangs on its main verb ("In 1986, ...", "For 1986 the company
    had ...", "Last year, ..."): it dates every figure of the sentence, however far down the tree, that no nearer
    phrase dates ("For 1986 the company had net income of 6.3 mln dlrs, or 1.07 dlrs per share")."""
    first = ents[0] if ents else None
    if first is None or any(not (t.is_punct or t.pos_ == "ADP") for t in sent.doc[sent.start:first.start]):
        return None
    head = first.root.head
    return first if sent.root in (first.root, head, head.head) else None


def _time_entities(sent: Span) -> tuple[list[Span], dict[int, list[tuple[int, int]]]]:
    """The DATE/TIME entities of a sentence, and an index from each token to the entities whose root it is or is
    above by at most MAX_DISTANCE steps: (steps, position in the list), ascending."""
    ents = [ent for ent in sent.ents if ent.label_ in words.TIME_LABELS]
    near_roots: dict[int, list[tuple[int, int]]] = {}
    for n, ent in enumerate(ents):
        for steps, t in enumerate(_up(ent.root)):
            near_roots.setdefault(t.i, []).append((steps, n))
    for found in near_roots.values():
        found.sort()
    return ents, near_roots


def _up(t: Token) -> Iterator[Token]:
    """`t` and the tokens above it, at most MAX_DISTANCE steps up."""
    for _ in range(MAX_DISTANCE + 1):
        yield t
        if t.head.i == t.i:
            return
        t = t.head


def _nearest_first(near_roots: dict[int, list[tuple[int, int]]], tokens: list[Token]) -> Iterator[int]:
    """The positions of the entities at most MAX_DISTANCE steps from one of `tokens` in the tree, nearest first
    (sentence order on a tie): the distance of two tokens is the least, over the tokens above both, of the steps up
    from each (`tree.within`), so the index is merged at the tokens above each of `tokens`, lazily, and a sentence
    listing hundreds of dates is not searched whole for every figure."""
    runs = [_farther(near_roots.get(t.i, []), up) for token in tokens for up, t in enumerate(_up(token))]
    seen: set[int] = set()
    for d, n in heapq.merge(*runs):
        if d > MAX_DISTANCE:
            return
        if n not in seen:
            seen.add(n)
            yield n


def _farther(found: list[tuple[int, int]], steps: int) -> Iterator[tuple[int, int]]:
    """The (steps, position) pairs of `found`, each `steps` farther."""
    for d, n in found:
        yield d + steps, n


def _resolve_entity(ent: Span, published: str) -> timephrases.TimeRef | None:
    """A DATE/TIME entity resolved with the preposition before it ("since April", "in 2024")."""
    lead = [t for t in ent.doc[max(ent.sent.start, ent.start - 3):ent.start]]
    prev = lead[-1] if lead else None
    phrase = (prev.text + " " + ent.text) if prev is not None and prev.lower_ in words.TIME_PREPOSITIONS else ent.text
    relation = "since" if any(t.lower_ == "since" for t in lead) else ""
    return timephrases.resolve(phrase, published, relation)


def _coordinate(verb: Token, clause: Token) -> bool:
    """`verb` heads a clause coordinated with the figure's: where the figure's clause has a time phrase of its own,
    the other clause's phrase is not the figure's ("Lockett retired at the end of the 1999 season and will turn 36 in
    March": 1999 is not the 36's)."""
    return verb != clause and ((clause.dep_ == "conj" and clause.head == verb)
                               or (verb.dep_ == "conj" and verb.head == clause))


def _figure_nouns(num: Token, noun: Token | None) -> set[int]:
    """The figure's own nouns: the number, its counted noun, the noun it is "of" ("the 1986 loss of 4.1 mln dlrs")
    and the subject a form of "be" gives it ("The 1986 year loss was 4.1 mln dlrs")."""
    own = {num.i} | ({noun.i} if noun is not None else set())
    t = num
    for _ in range(3):
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
            return own | {t.head.head.i}
        if t.dep_ == "attr" and t.head.lemma_ == "be":
            return own | {c.i for c in t.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")}
        t = t.head
    return own


def _phrase_hosts(ent: Span) -> Iterator[Token]:
    """The words a time phrase hangs on inside a noun phrase, nearest first, at most three steps up ("deficit" in "a
    140.4 billion franc deficit in 1985")."""
    t = ent.root
    for _ in range(3):
        if t.dep_ not in _NOUN_PHRASE_DEPS or t.head.i == t.i:
            return
        t = t.head
        yield t


def _on_own_noun(ent: Span, own: set[int]) -> bool:
    """The time phrase modifies one of the figure's own nouns ("a 140.4 billion franc deficit in 1985", "the 1986
    year loss"), so it dates the figure before any phrase its event verb carries."""
    host = next((t for t in _phrase_hosts(ent) if t.i in own), None)
    return host is not None and host.pos_ in ("NOUN", "PROPN")


def _on_other_figure(ent: Span, own: set[int]) -> bool:
    """The time phrase hangs right on another figure's noun (a noun with a number of its own: "0.9 pct in February
    1986"), not through a noun of its own ("for 1986 qtr and year")."""
    hosts = islice(_phrase_hosts(ent), 2)
    return any(t.i not in own and t.pos_ in ("NOUN", "PROPN") and _has_number(t, ent) for t in hosts)


def _has_number(noun: Token, ent: Span) -> bool:
    """The noun has a number of its own, outside the time phrase ("0.9 pct", not "1999 tragedy")."""
    return any(c.dep_ == "nummod" and c.like_num and c not in ent for c in noun.children)


def _frames_other_words(ent: Span, num: Token, noun: Token | None, own: set[int]) -> bool:
    """A time phrase that belongs to another noun or clause ("the earthquake last week", "workers retiring
    in 2042", "killed yesterday" inside "the toll of those killed yesterday") does not date this figure, whose own
    nouns are `own` (`_figure_nouns`)."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.i not in own and ent[0].lower_ in ("last", "this", "earlier"):
        return True  # "the earthquake last week"
    if _dates_other_side(ent, num) or _reported_by_counted(ent, num) or _in_own_relative_clause(ent, noun):
        return True  # the other side of a comparison's, what the counted report, what befell them
    if _index_base(ent):
        return True  # "164.1 (base 1980)": the index's base, no time of a figure
    t = ent.root
    for _ in range(6):
        head = t.head
        if head.i == t.i or head.i in own:
            return False
        if t.dep_ in ("acl", "relcl", "advcl") and not any(i in own for i in (x.i for x in t.subtree)):
            return True
        if head.pos_ in ("NOUN", "PROPN") and t.dep_ in ("npadvmod", "nmod", "compound", "amod") and head.i not in own:
            return True  # "the earthquake last week", "debentures due 2002"
        t = head
    return False


def _index_base(ent: Span) -> bool:
    """The phrase is the base of an index: "(base 1985)", "(base year 1980)", or the year the number parser's
    `index_base` 100 is set equal to ("(1980=100)", "(December, 1978 equals 100)")."""
    doc = ent.doc
    if "base" in (t.lower_ for t in doc[max(ent.start - 2, 0):ent.start]):
        return True
    bases = sentcache.once(doc, "index_bases", None, lambda: frozenset(
        m.start for m in doc._.numbers or () if m.kind == "index_base"))
    return any(ent.end_char + gap in bases for gap in range(INDEX_BASE_GAP + 1))


def _reported_by_counted(ent: Span, num: Token) -> bool:
    """The time phrase is in what the counted persons say or report ("18,000 of the 35,868 respondents said they were
    detained between September and December 1973"): it dates what they tell, not how many of them tell it."""
    for verb in num.ancestors:
        if lemma(verb) in words.REPORTING_VERBS:
            said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and ent.root in c.subtree]
            speaker = next((c for c in verb.children if c.dep_ == "nsubj" and num in c.subtree), None)
            return bool(said) and speaker is not None
    return False


def _in_own_relative_clause(ent: Span, noun: Token | None) -> bool:
    """The time phrase is in a relative clause on the counted noun, which is the subject or object of a verb of its
    own: the clause tells what else befell them, and the verb above is the figure's ("Two guides who survived the
    accident on July 27, 1999, were acquitted"); a counted noun with no verb above keeps it ("a list of 12 bodies
    that were dumped on Friday")."""
    if noun is None:
        return False
    clause = next((c for c in noun.children if c.dep_ == "relcl" and ent.root in c.subtree), None)
    return clause is not None and noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ in ("VERB", "AUX")


def _dates_other_side(ent: Span, num: Token) -> bool:
    """A comparison ("versus", "compared with", "against", "up from") stands between the figure and the time phrase,
    and the phrase is on the other side's: after the figure with the other side's number before it ("43.9 mln dlrs
    versus 46.4 mln dlrs in 1985": 1985 is the 46.4's) or inside the comparison's own phrase ("rose 10 pct to 117 mln
    dlrs, compared with 1985 fourth quarter results of 106 mln"), or before a comparison whose phrase holds the figure
    ("17 pct in 1986, against 11.4 pct in 1985": 1986 is the 17's, not the 11.4's)."""
    doc = num.doc
    if num.i < ent.start:
        return any(_compares(doc[i]) and (_number_between(doc, i + 1, ent.start, num)
                                          or _compared_time(doc[i], ent, num)) for i in range(num.i + 1, ent.start))
    return any(_compares(doc[i]) and num in doc[i].subtree for i in range(ent.end, num.i))


def _compared_time(word: Token, ent: Span, num: Token) -> bool:
    """The time phrase is inside the phrase the comparison word opens, and that phrase is the other side: it holds a
    number of its own ("compared with 1985 fourth quarter results of 106 mln") or compares with a time ("versus the
    first quarter 1986"); not a thing ("wrote off 40 mln dlrs against its shipping exposure in 1985"), not a target or
    forecast for the time the figure holds ("grew 4.1 pct, against the government's 2024 target of 5 pct"), and not
    the time a change is measured from ("fallen 15 pct from January 2024": since then)."""
    if ent.root not in word.subtree:
        return False
    side = [t for t in word.subtree if t.i > word.i]
    if any(lemma(t) in vocab.PROJECTION_WORDS | PLANNED_AMOUNTS for t in side):
        return False
    compared = next((t for t in side if t.dep_ == "pobj"), None)
    return any(t.like_num and t.i != num.i and t.ent_type_ not in words.TIME_LABELS for t in side) or (
        word.lower_ != "from" and compared is not None and compared.ent_type_ in words.TIME_LABELS)


def _compares(word: Token) -> bool:
    """A word that opens the other side of a comparison of two figures ("versus", "vs", "against", "compared
    with", "from" of a change)."""
    if word.lower_ in words.COMPARISON_WORDS:
        return True
    if word.lower_ == "compared":
        return word.i + 1 < len(word.doc) and word.doc[word.i + 1].lower_ in ("with", "to")
    head = word.head  # "rose from", "up from", "a drop from"; not a noun's source ("a net gain from investments")
    return word.lower_ == "from" and (head.lower_ in vocab.CHANGE_ADVERBS
                                      or (head.pos_ == "VERB" and lemma(head) in vocab.MOVE_VERBS | words.CHANGE_VERBS)
                                      or (head.pos_ == "NOUN" and lemma(head) in vocab.CHANGE_NOUNS - vocab.SOURCE_CHANGE_NOUNS))


def _number_between(doc: Doc, start: int, end: int, num: Token) -> bool:
    """A number other than `num`, and no date, among doc[start:end]."""
    return any(t.like_num and t.i != num.i and t.ent_type_ not in words.TIME_LABELS for t in doc[start:end])
