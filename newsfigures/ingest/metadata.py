"""Metadata an article's own text gives away: title line, `Source:` line, dateline, byline, closing credit,
publication date."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

from newsfigures.ingest.lexicon import MONTH_PATTERN, MONTHS, NOT_NAMES

_TIME_RE = r"(?:\s*,?\s*(?P<hh>\d{1,2}):(?P<mi>\d{2})(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?)?"

# Each pattern must match a whole metadata line (or a prefix, for datelines); order matters.
DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 02.09.2025 12:30 — European day.month.year
    ("dmy_dots", re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})" + _TIME_RE)),
    # 12/29/2004 1:57 PM — US month/day/year
    ("mdy_slash", re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})" + _TIME_RE)),
    ("iso", re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<hh>\d{2}):(?P<mi>\d{2}))?")),
    # December 29, 2004
    ("mdy_words", re.compile(r"(?P<mon>" + MONTH_PATTERN + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _TIME_RE, re.I)),
    # 29 December 2004
    ("dmy_words", re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>" + MONTH_PATTERN + r"),?\s+(?P<y>\d{4})" + _TIME_RE, re.I)),
)

_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})\d{0,2}Z?)?")  # GDELT seendate 20041229T135700Z
_DATE_LINE = re.compile(r"^\s*(?:(?:Published|Posted|Updated|Date)\s*:?\s*(?:on\s+)?)?(?P<rest>.+?)\s*$", re.I)
_SOURCE_LINE = re.compile(r"^\s*(?:Source|Sources|Via)\s*:\s*(?P<outlet>[^\s].{0,80}?)\s*$", re.I)
# The date of a dateline: "Dec. 29", "Oct. 5, 2025", "October 15, 2025", "15 October 2025"
_DATELINE_DATE = (r"(?:" + MONTH_PATTERN + r"\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+" + MONTH_PATTERN + r"(?:,?\s+\d{4})?)")
# "SEOUL —", "NEW DELHI, Dec. 29 (UPI) --", "WASHINGTON (AP) -", "SEOUL, 15 October 2025 (Yonhap) —"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'-]{1,40}?)(?:,\s*(?P<region>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}))??(?:,\s*(?P<date>" + _DATELINE_DATE + r"))?"
    r"\s*(?:\((?P<agency>[A-Za-z .]{2,20})\))?\s*(?:—|–|--|-)\s+")


@dataclass(frozen=True)
class ParsedDate:
    """A date found in text: ISO value and the exact substring it came from."""

    iso: str
    surface: str


def parse_date(text: str, *, whole: bool = False) -> ParsedDate | None:
    """Parse the first publication-style date in `text` (day-first for dots, month-first for slashes)."""
    for _, pat in DATE_PATTERNS:
        m = (pat.fullmatch if whole else pat.search)(text.strip())
        if not m:
            continue
        g = m.groupdict()
        month = int(g["m"]) if g.get("m") else MONTHS.get(g["mon"].lower().rstrip("."), 0)
        try:
            dt = datetime(int(g["y"]), month, int(g["d"]))
        except (ValueError, TypeError):
            continue
        iso = dt.strftime("%Y-%m-%d")
        if g.get("hh"):
            hh = int(g["hh"])
            ampm = (g.get("ampm") or "").lower().replace(".", "")
            if ampm == "pm" and hh < 12:
                hh += 12
            elif ampm == "am" and hh == 12:
                hh = 0
            if hh < 24 and int(g["mi"]) < 60:
                iso += f"T{hh:02d}:{int(g['mi']):02d}"
        return ParsedDate(iso, m.group(0))
    return None


def parse_published(value: str) -> str:
    """A publication date field in any usual form as ISO ("2004-12-29" / "2004-12-29T13:57"), or ""."""
    v = value.strip()
    if not v:
        return ""
    parsed = parse_date(v)
    if parsed:
        return parsed.iso
    try:  # RFC 2822, as in RSS pubDate: "Wed, 29 Dec 2004 13:57:00 GMT"
        dt = parsedate_to_datetime(v)
        return dt.strftime("%Y-%m-%dT%H:%M") if (dt.hour, dt.minute) != (0, 0) else dt.strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    m = _COMPACT_DATE.fullmatch(v)
    if m:
        iso = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        if parse_date(iso, whole=True):
            return iso
    return ""


def date_line(line: str) -> ParsedDate | None:
    """The date if this whole line is a date line ("02.09.2025 12:30", "Published 12/29/2004 1:57 PM")."""
    m = _DATE_LINE.match(line)
    if not m or len(line) > 60:
        return None
    return parse_date(m.group("rest"), whole=True)


def source_line(line: str) -> str:
    """The outlet named by a `Source: X` line, or ""."""
    m = _SOURCE_LINE.match(line)
    if not m or m.group("outlet").lower().startswith("http"):
        return ""
    return m.group("outlet").strip()


def dateline(text: str) -> tuple[str, str]:
    """(place, agency) of a wire dateline opening the text ("SEOUL —" -> ("Seoul", ""))."""
    place, agency, _date = dateline_parts(text)
    return place, agency


def dateline_parts(text: str) -> tuple[str, str, str]:
    """(place, agency, month-day) of a wire dateline ("NEW DELHI, Dec. 29 (UPI) --" -> ("New Delhi", "UPI", "Dec. 29"))."""
    m = _dateline(text)
    if m is None:
        return "", "", ""
    return m.group("place").strip(" ,").title(), (m.group("agency") or "").strip(), (m.group("date") or "").strip()


def dateline_length(text: str) -> int:
    """How many characters of `text` its wire dateline takes, up to the word after its dash (0 when it opens with
    none): no part of the sentence after it ("KYIV, March 3 (Reuters) - Russia launched ...")."""
    m = _dateline(text)
    return m.end() + len(text) - len(text.lstrip()) if m is not None else 0


def _dateline(text: str) -> re.Match[str] | None:
    """The wire dateline `text` opens with: a place in capitals of three letters or more, a date, an agency, a dash."""
    m = _DATELINE.match(text.lstrip())
    if not m:
        return None
    place = m.group("place").strip(" ,")
    if len(place) < 3 or not place.replace(" ", "").replace(".", "").replace("'", "").replace("-", "").isupper():
        return None
    return m


def dateline_published(day: str, text: str) -> str:
    """The publication date a dateline gives as ISO: its own year ("15 October 2025"), else the one year the text
    names ("Dec. 29" in a text about 2004); "" when neither says."""
    if not day:
        return ""
    own = parse_date(day, whole=True)
    if own:
        return own.iso
    year = year_hint(text)
    return parse_published(f"{day} {year}") if year else ""


_YEAR = re.compile(r"(?<![\d.,])(19[5-9]\d|20[0-4]\d)(?![\d.,]\d)")


def year_hint(text: str) -> str:
    """The year when the text names exactly one plausible year (to date a "Dec. 29" dateline), else ""."""
    years = set(_YEAR.findall(text[:20000]))
    return years.pop() if len(years) == 1 else ""


# "By Jane Doe", "By JOHN SMITH, Associated Press Writer", "By Jane Doe and Max Roe | Reuters", "By JANE DOE (AP)"
_NAME = r"(?:[A-Z][\w'’.-]+|[A-Z]\.)(?:\s+(?:(?:de|van|von|da|al|bin|el|la|le)\s+)?(?:[A-Z][\w'’.-]+|[A-Z]\.)){0,3}"
_BYLINE = re.compile(r"^\s*(?:Written |Reported |Words |Story )?By:?\s+(?P<names>" + _NAME + r"(?:\s*(?:,|and|&)\s*" + _NAME + r")*)"
                     r"(?P<tail>\s*(?:[,|/·•–—(-]|\bfor\b|\bin\b)\s*[^.!?]{0,80})?\s*$")
_BYLINE_PREFIX = re.compile(r"^\s*By\s+(?P<names>" + _NAME + r"(?:\s*(?:,|and|&)\s*" + _NAME + r")*)\s*[,|]?\s+(?=[A-Z][A-Z .'-]{2,40},?\s*(?:[A-Z][a-z]|\(|—|–|--|-))")
# A job title after a byline's names: "Associated Press Writer", "Staff Writer", "Chief Political Correspondent".
_ROLE = re.compile(r"(?:\b(?:senior|chief|staff|political|foreign|special|business|science|health|diplomatic|defen[cs]e|"
                   r"security|economics|associate|contributing|managing|deputy|national|international)\s+)*"
                   r"\b(?:writer|reporter|correspondent|editor|staff|contributor|journalist)s?\b", re.I)
# Words that make a byline's part after a comma an organisation ("BBC News", "Kyiv Post"), not a co-author.
_ORG_WORDS = frozenset({"press", "news", "agency", "times", "post", "journal", "network", "service", "wire", "media",
                        "television", "radio", "tv", "herald", "tribune", "telegraph", "guardian", "daily", "broadcasting",
                        "corporation", "gazette", "monitor", "agence", "presse", "channel", "newspaper"})
_NAME_SUFFIXES = frozenset({"jr", "sr", "jnr", "snr", "ii", "iii", "iv"})
# "... killed 30 people. — Reuters" closing a text: the outlet the story is credited to.
_CLOSING_CREDIT = re.compile(r"(?:^|[.!?\"”’)]\s+)(?:—|–|--)\s*(?P<outlet>(?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|of|de)){0,3})\s*$")


def _names_ok(names: str) -> bool:
    first = names.split()[0].lower().strip(".,") if names.split() else ""
    return bool(first) and first not in NOT_NAMES and not any(ch.isdigit() for ch in names)


def byline(line: str) -> str:
    """The author(s) if this whole line is a byline ("By Jane Doe, Associated Press" -> "Jane Doe"), else ""."""
    return byline_parts(line)[0]


def byline_outlet(line: str) -> str:
    """The outlet a byline credits ("By Jane Doe, Reuters", "By JANE DOE (AP)", "By X | Reuters"), else ""."""
    return byline_parts(line)[1]


def byline_parts(line: str) -> tuple[str, str]:
    """(authors, outlet) of a whole byline line; ("", "") when the line is no byline."""
    if len(line) > 140:
        return "", ""
    m = _BYLINE.match(line)
    if not m or not _names_ok(m.group("names")):
        return "", ""
    if line.rstrip().endswith((".", "!", "?")) and not re.search(r"\b[A-Z]\.$", line.rstrip()):
        return "", ""
    first, *rest = [p.strip() for p in m.group("names").split(",")]
    people = [first]
    outlet = ""
    for part in rest:
        kind, value = _byline_part(part)
        if kind == "outlet":
            outlet = value
            break  # what follows the outlet is a place or a date line
        if kind == "person":
            people.append(value)
    return ", ".join(people), outlet or _tail_outlet(m.group("tail") or "")


def _byline_part(part: str) -> tuple[str, str]:
    """What a byline's part after a comma is: ("person", name), ("outlet", name) or ("role", "")."""
    plain = _ROLE.sub("", part).strip(" ,")
    words = plain.split()
    if not words:
        return "role", ""
    if plain != part.strip() or any(w.lower().strip(".") in _ORG_WORDS for w in words):
        return "outlet", plain
    if len(words) == 1 and words[0].lower().strip(".") not in _NAME_SUFFIXES:
        return "outlet", plain  # "Reuters", "AFP": people are named with two words at least
    return "person", part


def _tail_outlet(tail: str) -> str:
    """The outlet in what follows a byline's names: "(AP)", "| Reuters", "for the BBC"; not "in Kyiv"."""
    t = tail.strip()
    if not t or re.match(r"in\b", t):
        return ""
    paren = re.match(r"\(\s*([^()]{2,40}?)\s*\)", t)
    if paren:
        return paren.group(1)
    t = re.sub(r"^(?:[,|/·•–—-]\s*|for\s+)", "", t).strip()
    t = re.sub(r"^the\s+(?=[A-Z]{2,}\b)", "", t)  # "for the BBC" -> "BBC" ("The Guardian" keeps its "The")
    return _ROLE.sub("", t).strip(" ,|") if t[:1].isupper() else ""


def closing_credit(text: str) -> str:
    """The outlet a text's last line credits ("... killed 30 people. — Reuters" -> "Reuters"), else ""."""
    tail = text.rstrip()[-300:].rsplit("\n", 1)[-1]
    m = _CLOSING_CREDIT.search(tail)
    return m.group("outlet").rstrip(".") if m else ""


def credited_outlet(removed: Iterable[str], text: str) -> str:
    """The outlet a byline among the removed lines ("byline: By Jane Doe, Reuters") or the text's closing credit
    ("— Reuters") names, else ""."""
    for line in removed:
        if line.startswith("byline: ") and (outlet := byline_outlet(line.removeprefix("byline: "))):
            return outlet
    return closing_credit(text)


def byline_prefix(line: str) -> str:
    """A byline glued before a dateline ("By Jane Doe SEOUL (AP) — ..."): the prefix to cut, else ""."""
    m = _BYLINE_PREFIX.match(line)
    if not m or not _names_ok(m.group("names")):
        return ""
    rest = line[m.end():]
    return m.group(0) if dateline_parts(rest)[0] else ""


SENTENCE_END = tuple(".!?\"”’:;)")


def is_headline_like(line: str) -> bool:
    """A short line without terminal punctuation that reads as a headline rather than a sentence."""
    s = line.strip()
    words = s.split()
    if not (4 <= len(words) <= 22) or s.endswith(SENTENCE_END) or s.startswith(("-", "•", "*", "{", "|", "[")):
        return False
    return s[0].isupper() or s[0].isdigit()
