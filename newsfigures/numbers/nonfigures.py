"""Numbers that are not figures: dates, times, phone numbers, list numbers, names and codes ("F-16",
"Boeing 737", "401(k)"), dotted groups, URLs, years, and "one" as a pronoun."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from newsfigures.numbers import lexicon as lx
from newsfigures.numbers.mention import Core, NumberMention, make_mention
from newsfigures.numbers.qualifiers import qualifier_before
from newsfigures.numbers.tokens import END_OF_CLAUSE_RE, Token, TokenStream, alternation

_MONTHS = alternation(lx.MONTHS)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+", re.I)
# Special spans tried where a digit token starts.
_DIGIT_SPECIALS: list[tuple[str, re.Pattern[str]]] = [
    ("date", re.compile(r"(?<![\d.,/])\d{1,2}([./-])\d{1,2}\1\d{2,4}(?![\d]|[./-]\d)")),
    ("date", re.compile(r"(?<![\d.,])(?:1[5-9]\d\d|20\d\d)-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?![\d]|[-.,]\d)")),
    ("date", re.compile(r"(?<![\d.,])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mo>" + _MONTHS + r")(?![\w])\.?(?:,?\s+\d{4}(?!\d))?", re.I)),
    ("time", re.compile(r"(?<![\d.:,])\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?(?![\w])))?(?![\d:])")),
    ("time", re.compile(r"(?<![\d.:,])\d{1,2}(?:\.\d{2})?\s*(?:[ap]\.m\.|[AP]\.M\.|[AP]M(?![\w])|[ap]m(?![\w]))")),
    ("phone", re.compile(r"(?<![\d,.])\d{2,8}(?:[ -]\d{2,8}){2,4}(?![\d]|[,.]\d)")),
    ("list_number", re.compile(r"\d{1,3}[.)](?=[ \t]+\S)")),
    ("dotted", re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){2,}(?![\d]|\.\d)")),
]
# Special spans tried where a month name starts.
_MONTH_SPECIALS: list[tuple[str, re.Pattern[str]]] = [
    ("date", re.compile(r"(?<![\w])(?P<mo>" + _MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\d\w])(?:,?\s+\d{4}(?!\d))?", re.I)),
    ("date", re.compile(r"(?<![\w])(?P<mo>" + _MONTHS + r")\.?,?\s+\d{4}(?![\d])", re.I)),
]
_PLUS_PHONE_RE = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ ./-]?\(?\d{1,5}\)?){2,6}(?![\d])")
_PAREN_PHONE_RE = re.compile(r"\(\d{2,5}\)[ -]?\d{2,8}(?:[ -]\d{2,8}){1,3}(?![\d])")
_NAME_HYPHEN_RE = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{0,9}-\d{1,4}(?![\d]|[.,]\d|-\d)")
_DECADE_RE = re.compile(r"s(?![\w'])")  # "1990s"
_SHORT_DECADE_RE = re.compile(r"['’]s(?!\w)")  # "during 80's"
_YEAR_RANGE_RE = re.compile(r"[-–/](\d{4}|\d{2})(?!\d|[,.]\d)")  # "2011-12", "1914-1918"
_DAY_AFTER_DATE = re.compile(r"(?:\d{1,2}|" + r"[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*(?:or|and|to|through|-|–)\s*$")
_DAY_BEFORE_MONTH = re.compile(r"^\s*(?:-|–|to|and|or)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:" + "|".join(
    sorted({k.title() for k in lx.MONTHS}, key=len, reverse=True)) + r")\b")
_EQUALS_BASE = re.compile(r"\s*(?:=|equals?(?:\s+to)?)\s*", re.I)  # "1980=100", "1978 equals 100"
_DIGITS_RE = re.compile(r"\d+")
_TRAILING_DIGITS_RE = re.compile(r"\d+$")


# ------------------------------------------------------------------ special spans, found before the scan
def special_spans(ts: TokenStream) -> list[tuple[int, int, str]]:
    """Dates, times, phones, list numbers, names, dotted groups and URLs: (start, end, kind), not overlapping."""
    out: list[tuple[int, int, str]] = []
    last = -1
    for start, _priority, neg_len, kind in sorted(_candidates(ts)):
        if start < last:
            continue
        out.append((start, start - neg_len, kind))
        last = start - neg_len
    return out
_NUMBER_BEFORE_RE = re.compile(r"\d|\b(?:" + alternation(lx.NUMBER_WORDS) + r")\b", re.I)


def _candidates(ts: TokenStream) -> Iterator[tuple[int, int, int, str]]:
    """Every special span that matches: (start, priority, -length, kind), to sort on."""
    text = ts.text
    matches: list[tuple[str, re.Match[str] | None]] = []
    if "http" in text or "www." in text or "@" in text:
        matches.extend(("url", m) for m in _URL_RE.finditer(text))
    for tok in ts.toks:
        matches.extend(_matches_at(text, tok))
    for kind, m in matches:
        if m is not None and _valid(kind, m):
            yield (m.start(), lx.SPECIAL_PRIORITY[kind], -(m.end() - m.start()), kind)


def _matches_at(text: str, tok: Token) -> list[tuple[str, re.Match[str] | None]]:
    """The special patterns tried where token `tok` starts."""
    s = tok.start
    if tok.kind == "d":
        return [(kind, rx.match(text, s)) for kind, rx in _DIGIT_SPECIALS
                if kind != "list_number" or not text[text.rfind("\n", 0, s) + 1:s].strip(" \t")]
    if tok.kind == "w":
        if tok.text.lower() in lx.MONTHS:
            return [(kind, rx.match(text, s)) for kind, rx in _MONTH_SPECIALS]
        if tok.text[0].isupper() and text[tok.end:tok.end + 1] == "-" and text[tok.end + 1:tok.end + 2].isdigit():
            return [("name", _NAME_HYPHEN_RE.match(text, s))]
        return []
    if tok.text == "+":
        return [("phone", _PLUS_PHONE_RE.match(text, s))]
    if tok.text == "(":
        return [("phone", _PAREN_PHONE_RE.match(text, s))]
    return []


def _valid(kind: str, m: re.Match[str]) -> bool:
    """Checks a special-span regex cannot express."""
    check = _VALIDATORS.get(kind)
    return check is None or check(m)


def _valid_date(m: re.Match[str]) -> bool:
    g = m.group()
    mo = m.groupdict().get("mo")
    if mo and mo.lower() in lx.MONTHS_NEED_CAPITAL and not mo[0].isupper():
        return False
    ym = re.fullmatch(r"(\d{4})-(\d{2})", g)
    if ym and int(ym.group(2)) == (int(ym.group(1)) + 1) % 100:
        return False  # "2011-12" season: a year range
    d = re.fullmatch(r"\d{1,2}([./-])\d{1,2}\1(\d{2,4})", g)
    return not (d and len(d.group(2)) == 3)


def _valid_phone(m: re.Match[str]) -> bool:
    g = m.group()
    digits = sum(c.isdigit() for c in g)
    if g.startswith("+") or g.startswith("("):
        return digits >= 8
    groups = re.split(r"[ -]", g)
    thousands = "-" not in g and len(groups[0]) <= 3 and all(len(x) == 3 for x in groups[1:])
    return digits >= 9 and not thousands


def _valid_name(m: re.Match[str]) -> bool:
    word = m.group().split("-")[0]
    return not (word.lower() in lx.MONTHS or word.upper() in lx.ISO_CODES)


def _valid_dotted(m: re.Match[str]) -> bool:
    return not all(len(x) == 3 for x in m.group().split(".")[1:])


_VALIDATORS = {"date": _valid_date, "phone": _valid_phone, "name": _valid_name, "dotted": _valid_dotted}


def special_mentions(text: str, start: int, end: int, kind: str) -> list[NumberMention]:
    """The mentions of one special span (none for a URL; each group of a dotted number is a cardinal)."""
    surface = text[start:end]
    if kind == "url":
        return []
    if kind == "dotted":
        return [make_mention(text, start + m.start(), start + m.end(), float(m.group()), "exact", "", "cardinal",
                             start + m.start(), start + m.end()) for m in _DIGITS_RE.finditer(surface)]
    number_start = start
    if kind == "list_number":
        start = number_start = start + len(surface) - len(surface.lstrip())
    elif kind == "name":
        m = _TRAILING_DIGITS_RE.search(surface)
        number_start = start + (m.start() if m else 0)
    return [make_mention(text, start, end, _special_value(kind, surface), "exact", "", kind, number_start, end)]


def _special_value(kind: str, surface: str) -> float:
    """Value of a special span: a date's year (else its first number), a time in hours, a phone's digits."""
    nums = [float(x) for x in _DIGITS_RE.findall(surface)]
    if kind == "time":
        return nums[0] + (nums[1] / 60 if len(nums) > 1 else 0.0) if nums else 0.0
    if kind == "date":
        years = [x for x in nums if x >= 100]
        return years[0] if years else (nums[0] if nums else 0.0)
    if kind == "phone":
        return float("".join(re.findall(r"\d", surface)) or 0)
    if kind == "name":
        m = _TRAILING_DIGITS_RE.search(surface)
        return float(m.group()) if m else 0.0
    return nums[0] if nums else 0.0


# ------------------------------------------------------------------ a bare number read in context
def year_mention(ts: TokenStream, core: Core, prev_end: int) -> NumberMention | None:
    """A year-like number as a year ("in 2024", "the 1990s", "2011-12"), unless it counts something."""
    text = ts.text
    s, e = core.start, core.end
    ym = _YEAR_RANGE_RE.match(text, e)
    if ym and (len(ym.group(1)) == 2 or lx.YEAR_MIN <= int(ym.group(1)) <= lx.YEAR_MAX
               and int(ym.group(1)) > core.value):
        return _year(text, core, ym.end())
    dm = _DECADE_RE.match(text, e)
    if dm:
        return _year(text, core, dm.end())
    pw = "mid-" if text[max(0, s - 4):s].lower() == "mid-" else ts.prev_word(s)
    if pw in lx.YEAR_PREPOSITIONS:
        return _year(text, core, e)
    if qualifier_before(ts, s, prev_end) or _counts_something(ts, e):
        return None
    return _year(text, core, e)


def decade_mention(ts: TokenStream, core: Core) -> NumberMention | None:
    """A decade written with two digits and "'s" ("during 80's"): a time, not a count of 80."""
    text = ts.text
    if not (core.plain and core.digits and core.is_int and len(text[core.start:core.end]) == 2
            and core.value % 10 == 0):
        return None
    dm = _SHORT_DECADE_RE.match(text, core.end)
    return _year(text, core, dm.end()) if dm else None


def _year(text: str, core: Core, end: int) -> NumberMention:
    return make_mention(text, core.start, end, core.value, "exact", "", "year", core.start, end, core.start,
                        core.end)


def _counts_something(ts: TokenStream, end: int) -> bool:
    """A plural noun or a number word right after ("2000 people", "1500 million")."""
    i = ts.tok_at(end)
    if i >= ts.n or ts.toks[i].kind != "w" or ts.text[end:ts.toks[i].start].strip():
        return False
    w = ts.toks[i].text
    if w.islower() and w.endswith("s") and not w.endswith("ss") and len(w) > 3 and w not in lx.NOT_PLURAL_NOUNS:
        return True  # "2000 people"; a word in "-ss" is no plural ("the 1986 loss", "on 1986 business": years)
    return w.lower() in lx.NUMBER_WORDS or w.lower() in lx.SCALE_WORDS


def is_name(ts: TokenStream, core: Core) -> bool:
    """A number after a capitalised word is part of a name ("Boeing 737", "World War Two")."""
    text = ts.text
    if not ((core.plain and core.is_int and core.digits) or (core.words and core.single_word)):
        return False
    if core.words and not text[core.start].isupper():
        return False
    if _named_body(ts, core):
        return True
    i = ts.tok_at(core.start) - 1
    if i < 0:
        return False
    prev = ts.toks[i]
    if prev.kind != "w" or text[prev.end:core.start] != " " or not any(ch.isupper() for ch in prev.text):
        return False
    word = prev.text.lower()
    if word.endswith(lx.POSSESSIVE_ENDINGS):
        if word[:-2] not in lx.NAME_WORDS:
            return False  # "of Spain's 17 regions": what a name owns is counted, the number is no part of the name
        word = word[:-2]  # "grounded Boeing's 737 jets": a maker's own designation stays a name
    if word in lx.NAME_STOPWORDS or word in lx.NUMBER_WORDS or word in lx.PREFIX_QUALIFIERS:
        return False
    if prev.text.upper() in lx.ISO_CODES or (word not in lx.NAME_WORDS and _addressed(ts, i)):
        return False
    before = text[:prev.start].rstrip(" \t")
    sentence_start = (not before) or before[-1] in lx.SENTENCE_END
    if word not in lx.NAME_WORDS and _gapped(ts, i, core):
        return False
    return not sentence_start or word in lx.NAME_WORDS


def _named_body(ts: TokenStream, core: Core) -> bool:
    """ "the Group of Seven", "the Group of 20", "the Gang of Four": a number closing a capitalised name after "the"
    names a body; what it counts is no figure of the text. A plural noun after a number in digits is what it counts
    ("the House of 435 members", a title-case headline's "the Loss of 300 Jobs"), not after a capitalised number
    word ("the Group of Seven countries")."""
    start = core.start
    nxt = ts.next_word(core.end)
    spelled_name = core.words and ts.text[start].isupper()  # "the Group of Seven countries": the body's name
    if nxt.endswith("s") and not nxt.endswith("ss") and len(nxt) > 3 and not spelled_name:
        return False
    i = ts.tok_at(start) - 1
    if i < 2 or ts.prev_word(start) != "of" or ts.toks[i].text != "of":
        return False
    name = ts.toks[i - 1]
    return (name.kind == "w" and name.text[:1].isupper() and name.text[1:].islower()
            and ts.text[name.end:ts.toks[i].start] == " " and ts.prev_word(name.start) == "the")


def _gapped(ts: TokenStream, i: int, core: Core) -> bool:
    """ "... won 40 gold medals and the United States 39.": a number closing its clause a few words after a
    coordinator, in a sentence that gave a number before, is a count whose verb and noun are left out (gapping)."""
    if not END_OF_CLAUSE_RE.match(ts.text, core.end):
        return False
    for j in range(i, max(-1, i - lx.GAP_WORDS), -1):
        tok = ts.toks[j]
        if tok.kind != "w" or ts.text[tok.end:ts.toks[j + 1].start].strip():
            return False
        if tok.text.lower() in lx.GAP_COORDINATORS:
            sentence = ts.text[:tok.start]
            cut = max(sentence.rfind(p + " ") for p in lx.SENTENCE_END)
            return bool(_NUMBER_BEFORE_RE.search(sentence[cut + 1:]))
    return False


def _addressed(ts: TokenStream, i: int) -> bool:
    """The name ending at token `i` (up to four capitalised words, after "the" or not) is whom a speaker addresses
    ("told Newswire", "told the Herald", "told The Morning Daily Herald"): what follows it is what was said."""
    for _ in range(4):
        before = ts.prev_word(ts.toks[i].start)
        if before in lx.ADDRESSING_VERBS:
            return True
        if before == "the" or (before and ts.toks[i - 1].text[:1].isupper()):
            i -= 1
            continue
        return False
    return False


def one_is_pronoun(ts: TokenStream, core: Core) -> bool:
    """ "no one", "the one you", "one of the", "one day", "one's": a pronoun, not a count."""
    if ts.prev_word(core.start) in lx.ONE_PRONOUN_PRECEDERS or ts.next_word(core.end) in lx.ONE_PRONOUN_FOLLOWERS:
        return True
    return ts.text[core.end:core.end + 2] in ("'s", "’s") or ts.text[core.end:core.end + 1] == "-"


def relabel(text: str, m: NumberMention, mentions: list[NumberMention]) -> NumberMention:
    """Second look at a finished mention: "(1999 dollars)" is a price level's year, "MS 075" and "401(k)"
    are codes, the other day of a date pair ("Dec. 20 or 21", "7-9 December") is a date, the 100 of an index's base
    ("(1980=100)", "(December, 1978 equals 100)") defines the index."""
    if m.kind == "money" and m.qualifier == "exact" and float(m.value).is_integer() and 1800 <= m.value <= 2100 \
            and re.fullmatch(r"\d{4}\s+\w+", m.text) and text[max(0, m.start - 1):m.start] == "(":
        return replace(m, kind="year")
    if m.kind != "cardinal" or m.qualifier != "exact" or not float(m.value).is_integer():
        return m
    if m.value == 100 and _index_base(text, m, mentions):
        return replace(m, kind="index_base")
    if re.fullmatch(r"0+[1-9]\d*", text[m.number_start:m.number_end]):
        return replace(m, kind="name")  # "MS 075", "flight 007": a code, not a count
    if text[m.number_end:m.number_end + 1] == "(" and re.match(r"\([A-Za-z]\)", text[m.number_end:m.number_end + 3]):
        return replace(m, kind="name")
    if 1 <= m.value <= 31 and _other_day_of_date(text, m, mentions):
        return replace(m, kind="date")
    return m


def _index_base(text: str, m: NumberMention, mentions: list[NumberMention]) -> bool:
    """The 100 is set equal to a year or a month of one written right before it, the base of a price or output index
    ("(1980=100)", "(December, 1978 equals 100)"): a definition, not a figure (tests/gold/README.md, "a definition
    of a scale")."""
    prev = _previous(m, mentions)
    return prev is not None and prev.kind in ("year", "date") and bool(
        _EQUALS_BASE.fullmatch(text[prev.end:m.number_start]))


def _previous(m: NumberMention, mentions: list[NumberMention]) -> NumberMention | None:
    """The mention that ends last before `m` starts, or None."""
    return next((p for p in reversed(mentions) if p.end <= m.start), None)


def _other_day_of_date(text: str, m: NumberMention, mentions: list[NumberMention]) -> bool:
    prev = _previous(m, mentions)
    if prev is not None and prev.kind == "date" and _DAY_AFTER_DATE.search(text[prev.start:m.start]):
        return True
    return bool(_DAY_BEFORE_MONTH.match(text[m.end:m.end + 20]))
