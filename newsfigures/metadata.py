"""Metadata an article's own text gives away: title line, `Source:` line, dateline, publication date."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

MONTHS = {
    m: i for i, ms in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1)
    for m in ms
}
_MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_TIME_RE = r"(?:\s*,?\s*(?P<hh>\d{1,2}):(?P<mi>\d{2})(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?)?"

# Each pattern must match a whole metadata line (or a prefix, for datelines); order matters.
DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 02.09.2025 12:30 — European day.month.year
    ("dmy_dots", re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})" + _TIME_RE)),
    # 12/29/2004 1:57 PM — US month/day/year
    ("mdy_slash", re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})" + _TIME_RE)),
    ("iso", re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<hh>\d{2}):(?P<mi>\d{2}))?")),
    # December 29, 2004
    ("mdy_words", re.compile(r"(?P<mon>" + _MONTH_RE + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _TIME_RE, re.I)),
    # 29 December 2004
    ("dmy_words", re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>" + _MONTH_RE + r"),?\s+(?P<y>\d{4})" + _TIME_RE, re.I)),
)

_DATE_LINE = re.compile(r"^\s*(?:(?:Published|Posted|Updated|Date)\s*:?\s*(?:on\s+)?)?(?P<rest>.+?)\s*$", re.I)
_SOURCE_LINE = re.compile(r"^\s*(?:Source|Sources|Via)\s*:\s*(?P<outlet>[^\s].{0,80}?)\s*$", re.I)
# "SEOUL —", "NEW DELHI, Dec. 29 (UPI) --", "WASHINGTON (AP) -"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'-]{1,40}?)(?:,\s*(?P<date>" + _MONTH_RE + r"\s+\d{1,2}))?"
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
    m = _DATELINE.match(text.lstrip())
    if not m:
        return "", ""
    place = m.group("place").strip(" ,")
    if len(place) < 3 or not place.replace(" ", "").isupper():
        return "", ""
    return place.title(), (m.group("agency") or "").strip()


_TERMINAL = tuple(".!?\"”’:;)")


def is_headline_like(line: str) -> bool:
    """A short line without terminal punctuation that reads as a headline rather than a sentence."""
    s = line.strip()
    words = s.split()
    if not (4 <= len(words) <= 22) or s.endswith(_TERMINAL) or s.startswith(("-", "•", "*", "{", "|", "[")):
        return False
    return s[0].isupper() or s[0].isdigit()
