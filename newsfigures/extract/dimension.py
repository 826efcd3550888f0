"""The dimension a figure is measured in (count, currency:XXX, percent, length, ...) and the conversion of a
value to the base unit of its dimension, through pint, so "5 miles" and "8 km" can be compared."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import pint
from spacy.lang.en.stop_words import STOP_WORDS

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.word_senses import data_lines

_DOLLAR_NAMES = {code: re.compile(pattern) for code, pattern in vocab.DOLLAR_COUNTRIES.items()}
_DOLLAR_CODES = {country: code for code, country in vocab.DOLLAR_STATES.items()}  # "Australia" -> "AUD"
_DOLLAR = re.compile(r"(?<![A-Za-z.$])\$|\bdollars?\b", re.IGNORECASE)
_NAMED_DOLLAR = re.compile(r"[A-Za-z.]\$|\$[A-Z]|\bUSD\b|\busd\b|\bUS\b|\bU\.S\.|\b[Aa]merican\b")  # "$US5m" too
# A run of capitalised words; an apostrophe inside a word joins it ("O'Brien"), a possessive "'s" ends the run
# ("Sydney's hospitals" names Sydney).
_WORD = r"[A-Z][\w-]*(?:['’](?![sS]\b)[\w-]+)*"
_CAPITALISED_RUN = re.compile(rf"{_WORD}(?:[ \t]+{_WORD})*")
# Words that may stand before a one-word place in its run and leave it a place ("In Sydney", "central Queensland"
# written "Central Queensland"); any other capitalised word before it makes the run a name ("Lloyd Austin").
PLACE_MODIFIERS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                             "central", "greater", "inner", "outer", "upper", "lower", "far", "downtown"})
# A named dollar's amount, then the same sum in a bare "$" in brackets: "A$1.5 billion ($1 billion)", "$US5 million
# (about $9.8 million)".
_DOLLAR_PREFIXES = {"US": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "NZ": "NZD",
                    "HK": "HKD", "S": "SGD"}
_CONVERSION = re.compile(r"(?:(?<![A-Za-z.])(?P<before>U\.S\.|US|AU|A|CA|C|NZ|HK|S)[ \t]?\$"
                         r"|\$(?P<after>US|AU|A|NZ|CA|C|HK|S)[ \t]?)"
                         r"\d[\d.,]*[^()\n\d$]{0,20}\([ \t]*(?:[a-z]+[ \t]+)?\$[ \t]?\d")
# The same conversion with the named dollar in words: "2.66 billion Canadian dollars ($1.9 billion)".
_WORDED_DOLLARS = {"Australian": "AUD", "Canadian": "CAD", "New Zealand": "NZD", "Hong Kong": "HKD",
                   "Singapore": "SGD", "US": "USD", "U.S.": "USD", "American": "USD"}
_WORDED_CONVERSION = re.compile(r"(?<![\w.])(?P<word>" + "|".join(re.escape(w) for w in _WORDED_DOLLARS)
                                + r")[ \t]+dollars?[ \t]*\([ \t]*(?:[a-z]+[ \t]+)?\$[ \t]?\d")
PLACE_WORDS = 3  # the longest place name looked up, in words ("Prince Edward Island")
_US_AFTER = re.compile(r"[ \t]*\(?(?:US|USD|U\.S\.)(?![\w$])")
# How many more mentions an article must make of another dollar country than of the United States for its bare "$"
# to be that country's: news written in the US about Australia names Australia once or twice without naming the US.
DOLLAR_MARGIN = 2
DURATION_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})


@lru_cache(maxsize=1)
def _registry() -> pint.UnitRegistry:
    """One pint registry for the process (building it takes a few hundred milliseconds)."""
    return pint.UnitRegistry()


@lru_cache(maxsize=256)
def unit_dimension(unit: str) -> str:
    """The dimension of a unit of measure ("km" -> length, "mph" -> speed), "" when it is none known."""
    if unit in vocab.UNIT_DIMENSIONS or unit.lower() in vocab.UNIT_DIMENSIONS:
        return vocab.UNIT_DIMENSIONS.get(unit) or vocab.UNIT_DIMENSIONS[unit.lower()]
    expr = vocab.PINT_UNITS.get(unit)
    if expr is None:
        return ""
    dims = str(_registry().parse_expression(expr).dimensionality)
    return vocab.PINT_DIMENSIONS.get(dims, "")


def dimension_of(kind: str, unit: str, counted_lemma: str = "") -> str:
    """The dimension of a figure from its kind and unit: count, currency:USD, percent, length, duration, ..."""
    if kind == "money":
        code = vocab.MINOR_CURRENCIES.get(unit, unit)
        return f"currency:{code}" if code else "currency:"
    if kind == "multiplier":
        return "ratio"
    if kind in ("percent", "fraction", "measure") or unit:
        found = unit_dimension(unit) if unit else ""
        return found or ("fraction" if kind == "fraction" else "percent" if kind == "percent" else kind)
    if counted_lemma in vocab.POINT_NOUNS:
        return "points"
    return "count"


def bare_dollar(written: str, unit: str, after: str = "") -> bool:
    """A sum in dollars that names no country's dollar ("$10 million", "5 million dollars"; not "US$", "$US", "A$",
    "USD 5", "$5 million US" with `after` the text that follows the mention), which the article's country decides
    (`local_dollar`)."""
    return (unit == "USD" and bool(_DOLLAR.search(written)) and not _NAMED_DOLLAR.search(written)
            and not _US_AFTER.match(after))


def local_dollar(text: str) -> str:
    """The code of the dollar an article's bare "$" stands for: the dollar country it names most, by its name, its
    people or its places ("Sydney", "Queensland"), at least DOLLAR_MARGIN mentions more than the United States
    (`vocab.DOLLAR_COUNTRIES`, `vocab.DOLLAR_STATES`); else USD, as when two other dollar countries tie. An article
    that converts a named dollar into a bare "$" says which the bare one is not (`converted_dollar`): "A$1.5
    billion ($1 billion)" writes US dollars bare; "US$5 million ($9.8 million)" its own country's, named most."""
    converted = converted_dollar(text)
    if converted and converted != "USD":
        return "USD"
    counts = {code: len(p.findall(text)) for code, p in _DOLLAR_NAMES.items()}
    for country, n in places_named(text).items():
        counts[_DOLLAR_CODES[country]] += n
    if converted == "USD":
        counts["USD"] = -DOLLAR_MARGIN  # the US dollar is written by name: any other country named once will do
    best = max(counts, key=lambda code: (counts[code], code == "USD"))
    tied = sum(n == counts[best] for n in counts.values()) > 1
    return best if counts[best] >= counts["USD"] + DOLLAR_MARGIN and counts[best] > 0 and not tied else "USD"


def converted_dollar(text: str) -> str:
    """The code of the first named dollar the text converts into a bare "$" in brackets ("A$1.5 billion ($1
    billion)", "2.66 billion Canadian dollars ($1.9 billion)" -> CAD, "$US5 million (about $9.8 million)" -> USD);
    "" when it converts none. A named dollar
    written elsewhere says nothing of the bare one (wn2004_025 writes "US$11 billion" and "$11.5bn", both US)."""
    m = _CONVERSION.search(text)
    worded = _WORDED_CONVERSION.search(text)
    if worded is not None and (m is None or worded.start() < m.start()):
        return _WORDED_DOLLARS[worded.group("word")]  # "2.66 billion Canadian dollars ($1.9 billion)"
    return _DOLLAR_PREFIXES[(m.group("before") or m.group("after")).replace(".", "")] if m else ""


def places_named(text: str) -> Counter[str]:
    """Dollar country -> how many times `text` names one of its places (extract/data/country_places.txt), read
    off each run of capitalised words, so the whole text is scanned once whatever the number of places. A one-word
    place is a place only where it ends its run and what stands before it in the run is a function word or a
    direction ("In Sydney", "Central Queensland"): "Gary Chapman" is a man, not Gary, Indiana, and "Defence
    Secretary Lloyd Austin" not Austin, Texas."""
    table = _country_places()
    found: Counter[str] = Counter()
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        at = 0
        while at < len(words):
            size = next((n for n in range(min(PLACE_WORDS, len(words) - at), 0, -1)
                         if " ".join(words[at:at + n]) in table), 0)
            if size and (size > 1 or _alone(words, at)):
                found[table[" ".join(words[at:at + size])]] += 1
            at += size or 1
    return found


def _alone(words: list[str], at: int) -> bool:
    """The one word at `at` of a run of capitalised words is a place's name on its own: it ends the run, and the
    words before it are function words or directions ("In Central Queensland"), not a name ("Lloyd Austin")."""
    return at + 1 == len(words) and all(w.lower() in STOP_WORDS or w.lower() in PLACE_MODIFIERS for w in words[:at])


@lru_cache(maxsize=1)
def _country_places() -> dict[str, str]:
    """Place name -> its dollar country (scripts/build_country_places.py writes the file from WordNet)."""
    return dict(line.split("\t") for line in data_lines("country_places.txt"))


@lru_cache(maxsize=1 << 14)  # pure; a pair step converts each figure's value once per other figure
def to_base(value: float, unit: str) -> tuple[float, str] | None:
    """`value` in `unit` converted to the base unit of its dimension ((8046.72, "meter") for 5 miles); None
    when the unit is not a unit of measure pint knows."""
    quantity = _quantity(value, unit)
    if quantity is None:
        return None
    base = quantity.to_base_units()
    return float(base.magnitude), str(base.units)


@lru_cache(maxsize=1 << 14)
def to_unit(value: float, unit: str, target: str) -> float | None:
    """`value` in `unit` converted to the unit `target` (84 "fahrenheit" -> 28.9 "celsius"); None when either is no
    unit pint knows or the two measure different dimensions."""
    quantity, into = _quantity(value, unit), _quantity(1.0, target)
    if quantity is None or into is None or quantity.dimensionality != into.dimensionality:
        return None
    return float(quantity.to(into.units).magnitude) / into.magnitude


def _quantity(value: float, unit: str) -> "pint.Quantity | None":
    expr = vocab.PINT_UNITS.get(unit)
    if expr is None:
        return None
    reg = _registry()
    parsed = reg.parse_expression(expr)  # "10 * year" for a decade: a magnitude and a unit
    return reg.Quantity(value * parsed.magnitude, parsed.units)
