"""A match score written with a dash ("3-1", "27-13", "112-104"), told from the text alone: two whole numbers glued by
a hyphen or an en dash, the first at least the second (the way news writes a result, winner's side first, and the way
no range is written: "10-15" goes up), neither part of a longer chain ("a 4-3-3 formation"), a date or a code.

A score may follow a team's name ("beat Arsenal 2-0", "Munster 27-13"), where a small number after a capitalised word
is otherwise part of a name ("Delta 4", `nonfigures.is_name`), and the tagger often takes the name and the score for
one entity ("Arsenal 2-0", ORG). tests/gold/README.md ("What is a figure") makes designations no figures ("Delta 4",
"SLC-37B"); a score's sides are figures in the dev gold of three stories (lee bg_118 "Australia is now 1-0",
cricket_aus_sa_2001; bg_299 "levelled at 1-1", davis_cup_final_2001; bg_258 "ended 0-0", cricket_aus_nz_2001).
What still tells a designation written the same way: a leading zero ("Type 09-1", wn2004_026), a round hundred
after the dash ("747-400") and a three-digit first number with a much smaller second ("737-8")."""
from __future__ import annotations

import re

# "3-1", "112-104": digits, a hyphen or en dash, digits; no dash, digit or word character on either side
_SCORE_RE = re.compile(r"(?<![\w.,\-–/])(\d{1,3})[-–](\d{1,3})(?![\w\-–/]|[.,]\d)")
DESIGNATION_ROUND = 100  # "747-400", "777-300": a round hundred after the dash names a model variant
HIGH_SIDE = 100  # a first side this high (basketball) comes with a second side at least ...
HIGH_SHARE = 0.5  # ... half of it; "737-8", "777-9" are variants


def score_sides(text: str, start: int) -> tuple[int, int] | None:
    """The two sides of the score whose first or second number starts at `start` of `text`; None when the
    number there is no side of a dash score."""
    for m in _SCORE_RE.finditer(text, max(0, start - 4)):
        if m.start() > start:
            return None
        if start in (m.start(1), m.start(2)) and _is_score(m.group(1), m.group(2)):
            return int(m.group(1)), int(m.group(2))
    return None


def _is_score(first: str, second: str) -> bool:
    """Two numbers a score's sides, not a range nor a designation's parts."""
    a, b = int(first), int(second)
    if a < b or (len(first) > 1 and first.startswith("0")) or (len(second) > 1 and second.startswith("0")):
        return False
    if b >= DESIGNATION_ROUND and b % DESIGNATION_ROUND == 0:
        return False
    return a < HIGH_SIDE or b >= a * HIGH_SHARE
