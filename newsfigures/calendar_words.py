"""Month and weekday names as news writes them, from `calendar`: the one copy every stage that reads dates uses."""
from __future__ import annotations

import calendar

MONTH_ALIASES: dict[int, tuple[str, ...]] = {9: ("sept",)}  # spellings news uses that calendar does not give
# Lowercase month names and abbreviations -> month number: "january", "jan", ..., "september", "sep", "sept", ...
MONTHS: dict[str, int] = {
    name: i for i in range(1, 13)
    for name in (calendar.month_name[i].lower(), calendar.month_abbr[i].lower(), *MONTH_ALIASES.get(i, ()))
}
# Lowercase weekday names in date.weekday() order (Monday first).
WEEKDAYS: tuple[str, ...] = tuple(day.lower() for day in calendar.day_name)
