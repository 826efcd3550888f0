"""Resolve a time phrase ("in April", "last week", "since October last year") against a publication date.

dateparser is only ever given the extracted phrase, never whole text: on free text it turns bare
numbers into dates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from newsfigures.extract import lexicon as words
from newsfigures.extract.window import WINDOW_UNITS
from newsfigures.numbers.lexicon import NUMBER_WORDS

_MONTH = re.compile(r"([a-z]+)\.?(?:,? (\d{4})| (last|this) year)?")  # "October 2024", "April this year", "April"
_YEAR = re.compile(r"\b\d{4}\b")  # a year written out ("March 2023", "December 3, 1986")
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")  # "12/31/1986", "1986-12-31": a month in figures
_SPLIT_YEAR = re.compile(r"\b(\d{4})\s*[/-]\s*(\d{4}|\d{2})\b")  # "the 1986/87 season", "fiscal 2024-25": two years
NO_PUBLICATION = date(9000, 1, 1)  # the reference day of an undated article: later than any year written out
_LENGTH_UNITS = frozenset(words.DURATION_UNITS) | WINDOW_UNITS  # "three years", "two nights", "a fortnight"
_LENGTH_COUNT_WORDS = frozenset({"a", "an", "few", "several", "more", "full", "straight", "consecutive"})
_FILLER = re.compile(r"^(?:the|early|late|mid|earlier|later|on|in|at)(?:\s+|-)", re.I)


@dataclass(frozen=True)
class TimeRef:
    """A resolved time phrase: ISO value at its granularity and how it relates to the figure."""

    as_of: str  # "2025-04", "2025-09-02", "2024"
    relation: str  # at | since | until | during
    phrase: str

    @property
    def label(self) -> str:
        """Short human form: "since 2024-10", "in 2024", "2025-04"."""
        return {"since": f"since {self.as_of}", "until": f"until {self.as_of}", "during": f"in {self.as_of}"}.get(self.relation, self.as_of)


def _pub(published: str) -> date | None:
    try:
        return datetime.fromisoformat(published[:10]).date() if published else None
    except ValueError:
        return None


def _month_before(month: int, year_hint: int | None, pub: date) -> str:
    year = year_hint if year_hint else (pub.year if month <= pub.month else pub.year - 1)
    return f"{year:04d}-{month:02d}"


def resolve(phrase: str, published: str, relation: str = "") -> TimeRef | None:
    """Resolve `phrase` relative to `published` (ISO); None when it names no usable time."""
    pub = _pub(published)
    text = re.sub(r"\s+", " ", phrase.strip().strip(",.;:")).lower()
    for word, rel in words.TIME_RELATIONS:
        if text.startswith(word + " "):
            relation = relation or rel
            text = text[len(word) + 1:]
            break
    relation = relation or "at"
    text = text.replace("’", "'")
    while (m := _FILLER.match(text)):
        text = text[m.end():]
    if not text:
        return None

    year = _year_of_period(text)  # "2024", "fiscal 1986", "the first half of 1987"
    if year:
        return TimeRef(year, relation if relation != "at" else "during", phrase)
    if _YEAR.search(text) and not _names_month(text):
        return None  # "1985 4th qtr" is no April 1985, nor "the 1986 year" 1986 years ago
    if pub is None:  # no publication date: only a phrase that writes its year ("in March 2023") is a time
        return _with_year(text, relation, phrase)
    if text in ("today", "now", "tonight", "this morning", "this afternoon", "this evening"):
        return TimeRef(pub.isoformat(), relation, phrase)
    if text in ("yesterday", "last night"):
        return TimeRef((pub - timedelta(days=1)).isoformat(), relation, phrase)
    day = text if text in words.WEEKDAYS else text.rstrip("s")  # "on Sundays"
    if day in words.WEEKDAYS:
        # News style: "said Tuesday" in a Tuesday paper is the same day; otherwise the most recent one.
        back = (pub.weekday() - words.WEEKDAYS.index(day)) % 7
        return TimeRef((pub - timedelta(days=back)).isoformat(), relation, phrase)
    m = re.fullmatch(r"(last|this|next) (year|month|week)", text)
    if m:
        step = {"last": -1, "this": 0, "next": 1}[m.group(1)]
        if m.group(2) == "year":
            return TimeRef(f"{pub.year + step:04d}", relation if relation != "at" else "during", phrase)
        if m.group(2) == "month":
            y, mo = divmod(pub.year * 12 + pub.month - 1 + step, 12)
            return TimeRef(f"{y:04d}-{mo + 1:02d}", relation if relation != "at" else "during", phrase)
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        return TimeRef(monday.isoformat(), relation if relation != "at" else "during", phrase)
    # "October last year", "April this year", "October 2024", "April"
    m = _MONTH.fullmatch(text)
    if m and m.group(1) in words.MONTHS:
        month = words.MONTHS[m.group(1)]
        year = int(m.group(2)) if m.group(2) else (pub.year - 1 if m.group(3) == "last" else (pub.year if m.group(3) == "this" else None))
        return TimeRef(_month_before(month, year, pub), relation if relation != "at" else "during", phrase)
    m = re.fullmatch(r"the (?:past|last) (\d+|two|three|four|five|six|seven) (day|week|month|year|hour)s?", "the " + text) if not text.startswith("the ") else None
    if m or re.match(r"(?:past|last) \w+ (?:days?|weeks?|hours?|months?|years?)$", text):
        return TimeRef(pub.isoformat(), "at", phrase)
    if _is_length(text):
        return None  # "within three years", "in 48 hours": a length of time, which a date parser reads as "... ago"
    return _dateparser(text, pub, relation, phrase)


def _is_length(text: str) -> bool:
    """The phrase is a length of time and nothing more: a count and a unit ("three years", "48 hours", "two straight
    days"), with no "ago" or "earlier" to make it a time."""
    *count, unit = re.split(r"[ -]+", text.removeprefix("the "))
    return bool(count) and unit in _LENGTH_UNITS and all(
        w in NUMBER_WORDS or w in _LENGTH_COUNT_WORDS or w.replace(".", "", 1).isdigit() for w in count)


def _year_of_period(text: str) -> str:
    """The one year a phrase writes beside words of a part of a year only ("2024", "fiscal 1986", "the first half
    of 1987", "the same 1985 period"), or the year a period across two years ends ("the 2002-2003 season", "fiscal
    1985/86"); "" for any other phrase."""
    split = _SPLIT_YEAR.search(text)
    written = _YEAR.findall(text)
    year = _end_year(split) if split else written[0] if len(written) == 1 else ""
    rest = re.findall(r"[a-z0-9]+", (_SPLIT_YEAR if split else _YEAR).sub(" ", text))
    return year if year and all(w in words.YEAR_PART_WORDS or w in NUMBER_WORDS for w in rest) else ""


def _end_year(split: re.Match[str]) -> str:
    """The later year of "1986/87", "2002-2003" or "2024-25"; "" when it is not the year after the first."""
    first, later = int(split.group(1)), split.group(2)
    end = int(later) if len(later) == 4 else first // 100 * 100 + int(later) + (100 if later == "00" else 0)
    return str(end) if end == first + 1 else ""


def _names_month(text: str) -> bool:
    """The phrase names a month, in words or in figures ("March 3, 1986", "12/31/1986")."""
    return bool(_NUMERIC_DATE.search(text)) or any(w in words.MONTHS for w in re.findall(r"[a-z]+", text))


def _with_year(text: str, relation: str, phrase: str) -> TimeRef | None:
    """A phrase that writes its year, resolved without a publication date: a month of a year ("December 1986"), a
    day ("March 3, 2023"); None for any other."""
    m = _MONTH.fullmatch(text)
    if m and m.group(1) in words.MONTHS and m.group(2):
        return TimeRef(f"{int(m.group(2)):04d}-{words.MONTHS[m.group(1)]:02d}", relation if relation != "at" else "during",
                       phrase)
    written = set(_YEAR.findall(text))
    ref = _dateparser(text, NO_PUBLICATION, relation, phrase) if written else None
    return ref if ref is not None and ref.as_of[:4] in written else None  # "two months of 1987" is no day of 8999


@lru_cache(maxsize=4096)  # dateparser is slow, and a corpus repeats its phrases ("last month", "in April")
def _dateparser(text: str, pub: date, relation: str, phrase: str) -> TimeRef | None:
    if not re.search(r"[a-z]{3}|\d", text):
        return None
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None
    base = datetime(pub.year, pub.month, pub.day, 12)
    got = dateparser.parse(text, languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["month"]})
    if got is None or got.date() > pub + timedelta(days=1):
        return None
    has_day = bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", text))
    return TimeRef(got.date().isoformat() if has_day else got.strftime("%Y-%m"), relation, phrase)
