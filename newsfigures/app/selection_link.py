"""A visitor's selection of a batch directory in the page's link (`?sel_phrase=death+toll&sel_outlet=Reuters&
sel_since=2024-01-01`), so a shared link reopens it: its parameters, and the selection read back from them with
every value checked (no Streamlit here). Both the link and the Corpus form go through `checked`, so every
selection a visitor can open fits in a link. The form takes phrases separated by commas, a phrase in double quotes
holding commas of its own (`"2,000", death toll`); in the link each phrase is its own parameter, commas and all."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsfigures.app.labels import md
from newsfigures.store_parquet import ParquetStore, Selection, SelectionError

PHRASE, OUTLET, SINCE, UNTIL = "sel_phrase", "sel_outlet", "sel_since", "sel_until"  # a list value repeats its key
PARAMS = (PHRASE, OUTLET, SINCE, UNTIL)
MAX_PHRASES = 10  # phrases a selection holds (each one is a text search over every stored article)
MAX_OUTLETS = 50  # outlets a selection holds
MAX_CHARS = 200  # characters of one phrase or outlet
# One phrase of the form and the comma (or end) after it: "in double quotes" ("" inside for a quote) or bare words.
_PHRASE = re.compile(r'\s*"(?P<quoted>(?:[^"]|"")*)"\s*(?P<q_end>,|\Z)|(?P<bare>[^",]*)(?P<end>,|\Z)')


def phrases_of(text: str) -> tuple[str, ...]:
    """The phrases typed in the form: separated by commas, a phrase in double quotes may hold commas (and "" for a
    quote): `"2,000", death toll` -> ("2,000", "death toll"); SelectionError for a quote that encloses no whole
    phrase."""
    found, at = [], 0
    while at < len(text):
        m = _PHRASE.match(text, at)
        if m is None:
            raise SelectionError(f"cannot read {text[at:at + 40].strip()!r}: a double quote must enclose a whole "
                                 'phrase, as in "2,000", death toll')
        phrase = m["quoted"].replace('""', '"') if m["quoted"] is not None else m["bare"]
        found.append(phrase.strip())
        at = m.end()
    return tuple(p for p in found if p)


def phrases_text(phrases: Sequence[str]) -> str:
    """The phrases as the form shows them, read back by `phrases_of`: one holding a comma or a quote is quoted."""
    return ", ".join('"' + p.replace('"', '""') + '"' if "," in p or '"' in p else p for p in phrases)


def link_params(chosen: Selection) -> dict[str, str | list[str]]:
    """The URL parameters of a selection; empty values for what it leaves open (so they leave the link)."""
    return {PHRASE: list(chosen.phrases), OUTLET: list(chosen.outlets), SINCE: chosen.since, UNTIL: chosen.until}


def checked(chosen: Selection) -> Selection:
    """The selection when every value is within the limits; SelectionError naming the first that is not."""
    for kind, values, most in (("phrases", chosen.phrases, MAX_PHRASES), ("outlets", chosen.outlets, MAX_OUTLETS)):
        if len(values) > most:
            raise SelectionError(f"a selection holds at most {most} {kind}, this one {len(values):,}")
        long = next((v for v in values if len(v) > MAX_CHARS), None)
        if long is not None:
            raise SelectionError(f"one of the {kind} is {len(long):,} characters long; at most {MAX_CHARS} are read")
    return chosen


def _one(values: Sequence[str], name: str) -> str:
    """The single value of a parameter ("" when absent); SelectionError when the link repeats it."""
    if len(values) > 1:
        raise SelectionError(f"the link gives {name} {len(values)} times")
    return values[0].strip() if values else ""


def _spelled(outlets: Sequence[str], known: Sequence[str]) -> tuple[str, ...]:
    """The outlets as the batch directory spells them (any case); SelectionError for one it does not hold."""
    spelling = {k.lower(): k for k in known}
    missing = next((o for o in outlets if o.lower() not in spelling), None)
    if missing is not None:
        raise SelectionError(f"the batch directory holds no article of the outlet {missing!r}")
    return tuple(dict.fromkeys(spelling[o.lower()] for o in outlets))


def from_link(get_all: Callable[[str], Sequence[str]], found: ParquetStore | None) -> Selection:
    """The selection a link's parameters give (`get_all(name)`: every value of one), every article when they give
    none; SelectionError for a bad or oversize value, or a selection when the app reads no batch directory."""
    given = {name: [v for v in get_all(name) if v.strip()] for name in PARAMS}
    if not any(given.values()):
        return Selection()
    if found is None:
        raise SelectionError("it selects articles of a batch directory, and this app reads its bundled corpus")
    raw = Selection(tuple(v.strip() for v in given[PHRASE]), tuple(v.strip() for v in given[OUTLET]),
                    _one(given[SINCE], SINCE), _one(given[UNTIL], UNTIL))
    checked(raw)  # before the outlets are looked up: an oversize list is refused unread
    return Selection(raw.phrases, _spelled(raw.outlets, found.outlets()), raw.since, raw.until)


def note(found: ParquetStore | None, chosen: Selection, limit: int) -> str:
    """How many stored articles a selection keeps and how many of them the pages analyse ("" without a batch
    directory)."""
    if found is None:
        return ""
    matching, total = found.count(chosen), found.count()
    shown = min(matching, limit)
    more = f" The pages analyse the first {shown:,}: narrow the selection to see the others." if matching > shown else ""
    return f"{matching:,} of {total:,} stored articles match ({md(chosen.describe())}).{more}"
