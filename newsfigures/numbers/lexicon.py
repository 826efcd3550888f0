"""Vocabulary of the number parser, as data: one table per concept (the other modules hold only the rules).

Every table is keyed by the lower-cased surface unless its comment says otherwise.
"""
from __future__ import annotations

from pathlib import Path

from newsfigures.calendar_words import MONTHS, WEEKDAYS  # noqa: F401 - part of this vocabulary

DATA = Path(__file__).parent / "data"

# ---------------------------------------------------------------- number words
UNITS: dict[str, int] = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
HUNDRED_WORDS: dict[str, int] = {"hundred": 100, "hundreds": 100}
# Scale words that multiply the group before them (plural forms only count after a number: "five hundreds").
SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    "trillion": 1e12, "trillions": 1e12, "quadrillion": 1e15,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7,
}
DOZEN_WORDS: frozenset[str] = frozenset({"dozen", "dozens", "doz", "dozs", "dz", "dzs"})
# Shorthand scale suffixes written after digits.  Case-sensitive keys.
GLUED_SCALE_SUFFIXES: dict[str, float] = {
    "k": 1e3, "K": 1e3, "mn": 1e6, "Mn": 1e6, "MM": 1e6, "mil": 1e6, "mln": 1e6, "M": 1e6,
    "bn": 1e9, "Bn": 1e9, "bln": 1e9, "b": 1e9, "B": 1e9, "G": 1e9,
    "tn": 1e12, "trn": 1e12, "tln": 1e12, "T": 1e12,
}
# Suffixes that may also stand after a space ("2.33 k", "10 bln", "1,674,200.5 M").
SPACED_SCALE_SUFFIXES: dict[str, float] = {
    "k": 1e3, "K": 1e3, "M": 1e6, "G": 1e9, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12,
    "tln": 1e12, "trn": 1e12, "MM": 1e6,
}
NEGATIVE_WORDS: frozenset[str] = frozenset({"minus", "negative"})
ARTICLE_WORDS: frozenset[str] = frozenset({"a", "an"})
# "a couple of" and friends: value of the phrase.
SMALL_PHRASES: dict[str, int] = {"a couple of": 2, "a pair of": 2}

# ---------------------------------------------------------------- ordinals and fractions
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000, "millionth": 10**6,
    "billionth": 10**9, "trillionth": 10**12,
}
# Plural ordinals are fraction denominators ("two thirds", "fifty-four hundredths").
ORDINAL_PLURALS: dict[str, int] = {k + "s": v for k, v in ORDINALS.items() if k not in ("first", "second")}
ORDINAL_PLURALS.update({"firsts": 1, "seconds": 2})
HALF_WORDS: dict[str, int] = {"half": 2, "halves": 2}
QUARTER_WORDS: dict[str, int] = {"quarter": 4, "quarters": 4}
# Ordinals that never act as a denominator on their own, singular or plural ("a first class seat", "a second",
# "two seconds": a time); in a compound they do ("three twenty-seconds").
NOT_DENOMINATORS: frozenset[str] = frozenset({"first", "second"})
# Words after "a third"/"one fifth" that keep it a fraction ("a third of the dead"); other words make it
# an ordinal ("a third group").
FRACTION_FOLLOWERS: frozenset[str] = frozenset({
    "of", "and", "or", "than", "to", "is", "was", "are", "were", "as",
})
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
    "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅐": 1 / 7, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
    "⅑": 1 / 9, "⅒": 1 / 10,
}
# Units of time, singular and plural, as written after a number ("two hours", "one in five years").
DURATION_WORDS: frozenset[str] = frozenset({
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "decade", "decades", "century", "centuries",
})
# A ratio "X in Y" is not read when Y is followed by one of these (durations, counts of things).
RATIO_BLOCKING_NOUNS: frozenset[str] = DURATION_WORDS | {"attacks", "boxes", "games", "matches"}

# Every number word -> (element type, value, plural).  The element types drive the grammar of spelled-out
# numbers: unit, teen, tens, hundred, scale, dozen, ord (ordinal), half, quarter.
NUMBER_WORDS: dict[str, tuple[str, float, bool]] = {
    **{w: ("unit", v, False) for w, v in UNITS.items()},
    **{w: ("teen", v, False) for w, v in TEENS.items()},
    **{w: ("tens", v, False) for w, v in TENS.items()},
    **{w: ("hundred", v, w.endswith("s")) for w, v in HUNDRED_WORDS.items()},
    **{w: ("scale", v, w.endswith("s") and w not in ("lakhs", "crores", "lacs")) for w, v in SCALE_WORDS.items()},
    **{w: ("dozen", 12, w.endswith("s")) for w in DOZEN_WORDS},
    **{w: ("ord", v, False) for w, v in ORDINALS.items()},
    **{w: ("ord", v, True) for w, v in ORDINAL_PLURALS.items()},
    **{w: ("half", v, w != "half") for w, v in HALF_WORDS.items()},
    **{w: ("quarter", v, w != "quarter") for w, v in QUARTER_WORDS.items()},
}
# Words before "half"/"quarter" that make it a noun, not a fraction ("the other half"; ordinals too: "the
# first quarter").
HALF_NOUN_PRECEDERS: frozenset[str] = frozenset({
    "other", "latter", "former", "better", "top", "bottom", "back", "front",
})
# Words before "N quarters" that make the quarters parts of a year ("the past three quarters"), a count of periods
# and no fraction; ordinals do too ("the first two quarters", `spelled._quarters_of_a_year`).
PERIOD_PRECEDERS: frozenset[str] = frozenset({
    "past", "last", "next", "previous", "coming", "final", "latest", "following", "preceding", "recent",
})
# Scale words after a fraction ("half a million", "three quarters of a billion").
FRACTION_SCALES: tuple[str, ...] = ("hundred", "thousand", "million", "billion", "trillion", "dozen")

# ---------------------------------------------------------------- multipliers
MULTIPLIER_SUFFIX = "fold"  # "tenfold", "two-fold", "3-fold"

# ---------------------------------------------------------------- vague counts
# One rule for every vague count (tests/gold/README.md, "Vague counts"): a plural number word says at least two of its
# unit and stops just below two of the next larger word, which a writer would have used once it became true
# ("hundreds" from 200 on, so "dozens" < 200); "several" is three to nine of its unit, up to just below ten of them;
# "a few" two to five. A narrower table (hundreds up to 999) made "hundreds" and "1,200" a contradiction.
# plural word -> (its unit, the unit of the next larger word)
_PLURAL_WORDS: dict[str, tuple[float, float]] = {
    "dozens": (12, 100), "scores of": (20, 100), "tens of": (10, 100), "hundreds": (100, 1e3),
    "thousands": (1e3, 1e4), "tens of thousands": (1e4, 1e5), "hundreds of thousands": (1e5, 1e6),
    "millions": (1e6, 1e7), "tens of millions": (1e7, 1e8), "hundreds of millions": (1e8, 1e9),
    "billions": (1e9, 1e10), "tens of billions": (1e10, 1e11), "hundreds of billions": (1e11, 1e12),
}
# unit word after "several" / "a few" -> its unit
_COUNTED_UNITS: dict[str, float] = {
    "dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "tens of thousands": 1e4,
    "hundred thousand": 1e5, "hundred million": 1e8, "hundred billion": 1e11,
}
_FEW_UNITS = ("dozen", "hundred", "thousand", "million", "billion", "hundred thousand", "hundred million",
              "hundred billion")
# surface (regex, lower case, single spaces) -> (low, high)
VAGUE_COUNTS: dict[str, tuple[float, float]] = {
    **{w: (2 * unit, 2 * larger - 1) for w, (unit, larger) in _PLURAL_WORDS.items()},
    **{f"several {w}": (3 * unit, 10 * unit - 1) for w, unit in _COUNTED_UNITS.items()},
    **{f"a few {w}": (2 * _COUNTED_UNITS[w], 5 * _COUNTED_UNITS[w]) for w in _FEW_UNITS},
}

# ---------------------------------------------------------------- qualifiers
# phrase (lower case, single spaces) -> (qualifier, strict).  `strict` marks an open bound ("more than" >).
PREFIX_QUALIFIERS: dict[str, tuple[str, bool]] = {
    # approx
    "about": ("approx", False), "around": ("approx", False), "some": ("approx", False),
    "roughly": ("approx", False), "approximately": ("approx", False), "approx.": ("approx", False),
    "approx": ("approx", False), "an estimated": ("approx", False), "estimated": ("approx", False),
    "estimated at": ("approx", False), "circa": ("approx", False), "ca.": ("approx", False),
    "c.": ("approx", False), "an approximate": ("approx", False), "around about": ("approx", False),
    "in the region of": ("approx", False), "somewhere around": ("approx", False), "~": ("approx", False),
    "an estimate of": ("approx", False), "roughly about": ("approx", False),
    # at_least (>=)
    "at least": ("at_least", False), "no fewer than": ("at_least", False), "no less than": ("at_least", False),
    "not less than": ("at_least", False), "not fewer than": ("at_least", False), "a minimum of": ("at_least", False),
    "minimum of": ("at_least", False), "at a minimum": ("at_least", False),
    "greater than or equal to": ("at_least", False), "more than or equal to": ("at_least", False),
    "larger than or equal to": ("at_least", False), "bigger than or equal to": ("at_least", False),
    "higher than or equal to": ("at_least", False), "greater or equal than": ("at_least", False),
    "larger or equal than": ("at_least", False), "bigger or equal than": ("at_least", False),
    "higher or equal than": ("at_least", False), "more or equal than": ("at_least", False),
    "greater or equal to": ("at_least", False), "equal to or more than": ("at_least", False),
    "equal to or greater than": ("at_least", False), "equal to or larger than": ("at_least", False),
    "equal to or higher than": ("at_least", False), "at least or equal to": ("at_least", False),
    ">=": ("at_least", False), "> =": ("at_least", False), "≥": ("at_least", False),
    # more_than (>)
    "more than": ("more_than", True), "over": ("more_than", True), "above": ("more_than", True),
    "exceeding": ("more_than", True), "passing": ("more_than", True), "surpassing": ("more_than", True),
    "upwards of": ("more_than", True), "upward of": ("more_than", True), "in excess of": ("more_than", True),
    "greater than": ("more_than", True), "larger than": ("more_than", True), "bigger than": ("more_than", True),
    "higher than": ("more_than", True), "well over": ("more_than", True), "just over": ("more_than", True),
    "well above": ("more_than", True), "just above": ("more_than", True), "topping": ("more_than", True),
    "beyond": ("more_than", True), ">": ("more_than", True),
    # verbs immediately before the number
    "passes": ("more_than", True), "passed": ("more_than", True), "pass": ("more_than", True),
    "tops": ("more_than", True), "topped": ("more_than", True),
    "exceeds": ("more_than", True), "exceeded": ("more_than", True), "exceed": ("more_than", True),
    "surpass": ("more_than", True), "surpasses": ("more_than", True), "surpassed": ("more_than", True),
    # at_most (<=)
    "up to": ("at_most", False), "as many as": ("at_most", False), "as much as": ("at_most", False),
    "no more than": ("at_most", False), "not more than": ("at_most", False), "at most": ("at_most", False),
    "a maximum of": ("at_most", False), "maximum of": ("at_most", False), "at the most": ("at_most", False),
    "less than or equal to": ("at_most", False), "fewer than or equal to": ("at_most", False),
    "smaller than or equal to": ("at_most", False), "lower than or equal to": ("at_most", False),
    "less or equal than": ("at_most", False), "smaller or equal than": ("at_most", False),
    "lower or equal than": ("at_most", False), "less or equal to": ("at_most", False),
    "equal to or less than": ("at_most", False), "equal to or fewer than": ("at_most", False),
    "equal to or smaller than": ("at_most", False), "equal to or lower than": ("at_most", False),
    "<=": ("at_most", False), "< =": ("at_most", False), "≤": ("at_most", False),
    # less_than (<)
    "fewer than": ("less_than", True), "less than": ("less_than", True), "under": ("less_than", True),
    "below": ("less_than", True), "smaller than": ("less_than", True), "lower than": ("less_than", True),
    "well under": ("less_than", True), "well below": ("less_than", True), "<": ("less_than", True),
    # nearly ([0.9v, v])
    "nearly": ("nearly", False), "almost": ("nearly", False), "close to": ("nearly", False),
    "just under": ("nearly", False), "approaching": ("nearly", False), "just short of": ("nearly", False),
    "not quite": ("nearly", False), "just below": ("nearly", False), "shy of": ("nearly", False),
    "just shy of": ("nearly", False), "nearing": ("nearly", False),
    # the verbs "nearing" and "approaching" are, in their other forms (tests/gold/README.md's cue words: "nears",
    # "approach"): "Asian earthquake toll nears 60,000", "the death toll might eventually approach 80,000"
    "nears": ("nearly", False), "neared": ("nearly", False), "approach": ("nearly", False),
    "approaches": ("nearly", False), "approached": ("nearly", False),
    # explicit exact
    "equal to": ("exact", False), "equals": ("exact", False), "equals to": ("exact", False),
    "equaling to": ("exact", False), "equaling": ("exact", False), "equalling": ("exact", False),
    "exactly": ("exact", False), "precisely": ("exact", False),
}
# Connectors of a plain range "X-Y", "X to Y", "X through Y", "X~Y", "X or Y" (regex alternatives).
# "three or four", "five or six years": one uncertain figure between two bounds (measure GUIDE F1), as "X to Y" is.
RANGE_CONNECTORS: tuple[str, ...] = (r"\s*[-–—~]\s*", r"\s+to\s+", r"\s+through\s+", r"\s+thru\s+", r"\s+or\s+")
# A "from X to Y" / "X to Y" after these words is a change, not a range ("rose from 10 to 20").
CHANGE_WORDS: frozenset[str] = frozenset({
    "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen", "increased",
    "increase", "increases", "increasing", "decreased", "decrease", "decreases", "decreasing", "grew", "grow",
    "grows", "growing", "jumped", "jump", "jumps", "climbed", "climb", "climbs", "dropped", "drop", "drops",
    "declined", "decline", "declines", "raised", "raise", "cut", "cuts", "reduced", "reduce", "revised",
    "lifted", "lowered", "up", "down", "soared", "surged", "plunged", "slid", "sank", "swelled", "doubled",
    "changed", "went", "moved", "upgraded", "downgraded", "boosted", "slashed", "trimmed", "expanded",
})
# The word before the first number of "X to Y" that makes X the size of a change and Y the level reached ("cut its
# workforce by 10 per cent to 9,000"), however far back the verb of change stands (numbers/ranges.py); the extractor
# reads the scope of the two by it (extract/change_level.py; "by a quarter-point to ... 1.75 per cent", Lee bg_170).
CHANGE_SIZE_OPENERS: frozenset[str] = frozenset({"by"})
# A participle after one of these before "by" makes "by" the passive's agent, not a change's size ("the village was
# attacked by 100 to 300 fighters", "each patient was seen by 3 to 8 doctors": one range of the agents), unless the
# participle is a verb of change ("was increased by 2,000 to 15,000"); up to AGENT_GAP words between them ("was later
# seen by").
PASSIVE_AUXILIARIES: frozenset[str] = frozenset({"is", "are", "was", "were", "be", "been", "being"})
AGENT_GAP = 2
# After a verb of change, "X to Y" with the unit written on both (or on neither) is one range only when the bounds
# are this close (Y at most twice X: "rise by 2 per cent to 3 per cent", "by 5,000 to 10,000"); further apart it is
# a change and the level it reached ("rose by 20 to 1,200", "by 0.25 per cent to 4.5 per cent").
CHANGE_RANGE_SPAN = 2.0
# Suffix qualifiers after the number: phrase -> (direction, ...).  "more" = lower bound, "less" = upper bound.
SUFFIX_QUALIFIERS: dict[str, str] = {
    "or more": "more", "or greater": "more", "or above": "more", "or higher": "more", "or over": "more",
    "and more": "more", "and above": "more", "and over": "more", "and up": "more", "or more than": "more",
    "or greater than": "more", "or larger": "more", "plus": "more", "-plus": "more", "+": "more",
    "or less": "less", "or fewer": "less", "or below": "less", "or lower": "less", "or under": "less",
    "and below": "less", "and under": "less", "and less": "less", "and fewer": "less", "or less than": "less",
    "or fewer than": "less", "or smaller": "less",
    "or equal to": "equal", "or equal": "equal",
    "or so": "approx",
}
# Joiners between a lower and an upper bound that make one interval ("more than 10 and less than 20").
BOUND_JOINERS: tuple[str, ...] = (r"\s+and\s+", r"\s+but\s+", r"\s*,\s*", r"\s*,\s*and\s+", r"\s*,\s*but\s+")

# ---------------------------------------------------------------- percent
PERCENT_WORDS: tuple[str, ...] = (
    "percentage points", "percentage point", "per cent", "percentages", "percentage", "percents", "percent",
    "pct", "%", "％",
)
PERCENT_PREFIXES: tuple[str, ...] = ("percents of", "percent of", "per cent of", "percentage of")
# A part of one per cent or point written with "of a" or "a" between ("0.25 of a per cent", "half a percentage
# point", "a quarter of a percentage point"): the bridge, read only after a number under one.
PART_OF_PERCENT_BRIDGES: tuple[str, ...] = ("of a", "of an", "a", "an")
# "Point" words that follow a fraction in rate and poll copy ("a quarter-point cut", "a half-point rise"): the
# percentage points a rate or a share moves by; after a whole number ("52 points") they stay index or game points.
FRACTION_POINT_WORDS: tuple[str, ...] = ("points", "point")
# Hundredths of a percentage point ("25 basis points"), read as percentage points (value / 100).
BASIS_POINT_WORDS: tuple[str, ...] = ("basis points", "basis point", "basis-points", "basis-point")
BASIS_POINTS_PER_POINT = 100.0

# ---------------------------------------------------------------- currency
# Prefix symbols and compound symbols (case-sensitive as written; regex-escaped by money.py).
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "U.S. $": "USD", "US $": "USD", "USD$": "USD", "A$": "AUD", "AU$": "AUD",
    "AUD$": "AUD", "C$": "CAD", "CA$": "CAD", "CAD$": "CAD", "HK$": "HKD", "NZ$": "NZD", "NZD$": "NZD",
    "S$": "SGD", "R$": "BRL", "Mex$": "MXN", "MXN$": "MXN", "NT$": "TWD",
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₿": "BTC", "₡": "CRC", "₾": "GEL", "₭": "LAK",
    "₩": "KRW", "₽": "RUB", "₺": "TRY", "₱": "PHP", "₪": "ILS", "₦": "NGN", "₴": "UAH", "₫": "VND",
    "Rs.": "INR", "Rs": "INR", "rs.": "INR", "Rp": "IDR", "RM": "MYR", "Sh": "KES", "KSh": "KES",
    # The dollar sign first, the country after it, as Australian, New Zealand and Canadian press write it
    # ("$US5 million", "$A8,800", "$NZ40 million", "$C12").
    "$US": "USD", "$A": "AUD", "$AU": "AUD", "$NZ": "NZD", "$C": "CAD", "$CA": "CAD", "$HK": "HKD",
    "$S": "SGD",
}
# Case-insensitive compound symbols written with a space in lower-cased corpora ("us $", "hk $", "c $").
CURRENCY_SPACED_PREFIXES: dict[str, str] = {
    "us": "USD", "u.s": "USD", "u.s.": "USD", "usd": "USD", "hk": "HKD", "c": "CAD", "cad": "CAD", "nz": "NZD",
    "nzd": "NZD", "au": "AUD", "aud": "AUD", "mex": "MXN", "mxn": "MXN", "nt": "TWD",
}
# Symbols allowed after the number ("10 €", "100元", "100 ₡").
CURRENCY_SUFFIX_SYMBOLS: dict[str, str] = {
    "€": "EUR", "$": "USD", "£": "GBP", "元": "CNY", "₡": "CRC", "₾": "GEL", "₭": "LAK", "ரூ": "LKR", "₹": "INR",
    "₩": "KRW", "₽": "RUB", "₺": "TRY", "₴": "UAH", "₫": "VND", "¥": "JPY",
}
# ISO 4217 codes recognised in upper case ("USD 5 million", "115USD").
ISO_CODES: frozenset[str] = frozenset({
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "AUD", "CAD", "CHF", "HKD", "NZD", "SGD", "SEK", "NOK",
    "DKK", "RUB", "UAH", "KRW", "BRL", "MXN", "ZAR", "TRY", "PLN", "IDR", "MYR", "THB", "PHP", "VND", "PKR",
    "BDT", "LKR", "NGN", "EGP", "KES", "SAR", "AED", "QAR", "ILS", "TWD", "CZK", "HUF", "RON", "BTC", "ARS",
    "CLP", "COP", "PEN", "IRR", "IQD", "KWD", "GHS", "ETB", "XOF", "XAF", "MAD", "TND", "NPR",
})
# Codes also recognised in lower case (others are English words: "all", "try", "cup").
ISO_CODES_LOWER_OK: frozenset[str] = frozenset({
    "usd", "eur", "gbp", "rmb", "cny", "jpy", "inr", "aud", "cad", "chf", "hkd", "nzd", "sgd", "mxn", "btc",
})
ISO_ALIASES: dict[str, str] = {"RMB": "CNY"}
# Currency words after the number kept by hand (lower case; longest first is handled by money.py): the wire's usage
# where CLDR's names differ ("francs" the Swiss franc, "reais", "roubles") and currencies no longer in use.
HAND_CURRENCY_WORDS: dict[str, str] = {
    "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD", "u.s. dollar": "USD",
    "american dollars": "USD", "united states dollars": "USD", "dollars": "USD", "dollar": "USD",
    "australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD", "canadian dollar": "CAD",
    "hong kong dollars": "HKD", "hong kong dollar": "HKD", "new zealand dollars": "NZD",
    "new zealand dollar": "NZD", "singapore dollars": "SGD", "singapore dollar": "SGD",
    "taiwan dollars": "TWD", "taiwan dollar": "TWD",
    # the country's initials, as wire copy of Hong Kong and New Zealand writes them ("4.5 mln H.K. dlrs", "rose 40
    # mln N.Z. dlrs": twelve Reuters items of twelve stories, money supply, reserves, results, futures)
    "h.k. dollars": "HKD", "h.k. dollar": "HKD", "n.z. dollars": "NZD", "n.z. dollar": "NZD",
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "pound sterling": "GBP", "british pounds": "GBP",
    "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "egyptian pounds": "EGP",
    "yen": "JPY", "japanese yen": "JPY", "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY", "kuai": "CNY",
    "rupees": "INR", "rupee": "INR", "indian rupees": "INR", "sri lankan rupees": "LKR",
    "pakistani rupees": "PKR", "rupiah": "IDR", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB",
    "ruble": "RUB", "hryvnias": "UAH", "hryvnia": "UAH", "hryvnias'": "UAH",
    "swiss francs": "CHF", "swiss franc": "CHF", "francs": "CHF", "franc": "CHF", "cfa francs": "XOF",
    "finnish markka": "FIM", "markka": "FIM", "markkaa": "FIM", "pesetas": "ESP", "peseta": "ESP",
    "dutch guilders": "NLG", "guilders": "NLG", "guilder": "NLG", "deutsche marks": "DEM",
    "turkish lira": "TRY", "lira": "TRY", "liras": "TRY", "mexican pesos": "MXN", "pesos": "MXN", "peso": "MXN",
    "reais": "BRL", "rand": "ZAR", "naira": "NGN", "shillings": "KES", "shilling": "KES", "dirhams": "AED",
    "dirham": "AED", "riyals": "SAR", "riyal": "SAR", "baht": "THB", "ringgit": "MYR", "zlotys": "PLN",
    "zloty": "PLN", "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "krone": "NOK", "won": "KRW",
    "south korean won": "KRW", "bitcoins": "BTC", "bitcoin": "BTC",
    "cents": "cent", "cent": "cent", "pence": "pence", "penny": "pence", "pennies": "pence", "p": "pence",
    "satoshis": "satoshi", "satoshi": "satoshi",
}


def _cldr_currency_names() -> dict[str, str]:
    """CLDR's English names of the currencies in use ("bangladeshi taka", "taka" -> BDT): numbers/data/
    currency_names.txt, written by scripts/build_currency_names.py."""
    lines = (DATA / "currency_names.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if line and not line.startswith("#"))


# The newswire's abbreviations of currency words ("mln dlrs", "Canadian dlrs", "billion stg", "15 cts"): wire
# services write them in business items of every kind (results, trade, commodities, money markets).
WIRE_CURRENCY_ABBREVIATIONS: dict[str, str] = {"dollars": "dlrs", "dollar": "dlr", "sterling": "stg", "cents": "cts"}


def _wire_abbreviated(names: dict[str, str]) -> dict[str, str]:
    """The wire's form of every name that ends in an abbreviated word ("canadian dollars" -> "canadian dlrs")."""
    out = {}
    for name, code in names.items():
        *head, last = name.split(" ")
        if last in WIRE_CURRENCY_ABBREVIATIONS:
            out[" ".join([*head, WIRE_CURRENCY_ABBREVIATIONS[last]])] = code
    return out


# Every currency word the parser reads: CLDR's names, the hand-kept ones winning where both name one word, and the
# wire's abbreviations of them.
CURRENCY_WORDS: dict[str, str] = {**_cldr_currency_names(), **HAND_CURRENCY_WORDS}
CURRENCY_WORDS.update(_wire_abbreviated(CURRENCY_WORDS))
# Currency words that need a scale word or number words before them to count ("5 billion won"; "Team 2 won").
CURRENCY_WORDS_NEED_SCALE: frozenset[str] = frozenset({"won", "p", "rand"})
# Scale words after an ISO code that follows the number ("10 USD million").
SCALES_AFTER_CODE: tuple[str, ...] = ("thousand", "million", "billion", "trillion", "crore", "lakh")
# Words after "15 dollars 50" that end the cents ("15 dollars 50 and ...").
CENTS_FOLLOWERS: frozenset[str] = frozenset({"and", "or", "more", "less"})
# Scale words glued to a currency word in sloppy text ("350 milliondollars").
GLUED_SCALE_CURRENCY = ("thousand", "million", "billion", "trillion")

# ---------------------------------------------------------------- units of measure
# surface (lower case unless noted) -> canonical unit.  Spaced or hyphenated after the number.
MEASURE_UNITS: dict[str, str] = {
    "miles an hour": "mph", "miles per hour": "mph", "mph": "mph", "kilometres an hour": "kmh",
    "kilometers an hour": "kmh", "kilometres per hour": "kmh", "kilometers per hour": "kmh", "km/h": "kmh",
    "km per hour": "kmh", "km an hour": "kmh", "kmh": "kmh", "kph": "kmh", "knots": "knot", "knot": "knot",
    "kilometre an hour": "kmh", "kilometer an hour": "kmh", "kilometre per hour": "kmh", "kilometer per hour": "kmh",
    "mile an hour": "mph", "mile per hour": "mph",  # the singular of a speed before its noun: "a 60 mile an hour wind"
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km2": "km2", "km²": "km2",
    "square miles": "mile2", "square mile": "mile2", "sq mi": "mile2", "square metres": "m2",
    "square meters": "m2", "sq m": "m2", "m2": "m2", "m²": "m2", "square feet": "ft2", "sq ft": "ft2",
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km", "kms": "km",
    "miles": "mile", "mile": "mile", "metres": "meter", "meters": "meter", "metre": "meter", "meter": "meter",
    "centimetres": "cm", "centimeters": "cm", "cm": "cm", "millimetres": "mm", "millimeters": "mm", "mm": "mm",
    "feet": "foot", "foot": "foot", "ft": "foot", "inches": "inch", "inch": "inch", "yards": "yard", "yard": "yard",
    "kilograms": "kg", "kilogrammes": "kg", "kilogram": "kg", "kilos": "kg", "kilo": "kg", "kg": "kg", "kgs": "kg",
    "grams": "g", "gram": "g", "grammes": "g", "milligrams": "mg", "mg": "mg",
    "tonnes": "ton", "tonne": "ton", "tons": "ton", "ton": "ton", "lbs": "lb", "lb": "lb",
    "pounds of": "lb",
    "degrees celsius": "celsius", "degrees fahrenheit": "fahrenheit", "°c": "celsius", "°f": "fahrenheit",
    "degrees": "degree", "degree": "degree", "°": "degree",
    "magnitude": "magnitude", "on the richter scale": "magnitude",
    "hectares": "hectare", "hectare": "hectare", "acres": "acre", "acre": "acre",
    "litres": "liter", "liters": "liter", "litre": "liter", "liter": "liter", "ml": "ml", "gallons": "gallon",
    "gallon": "gallon", "barrels": "barrel", "barrel": "barrel",
    # volumes and speeds per second, read whole: "About 1.2 cubic kilometres of ice", "flowed 4,500,000 cubic feet of
    # natural gas", "hit the atmosphere at 12 kilometres per second" (stop 59's probe, science; the Reuters archive)
    "cubic kilometres": "km3", "cubic kilometers": "km3", "cubic kilometre": "km3", "cubic kilometer": "km3",
    "cubic km": "km3", "km3": "km3", "km³": "km3", "cubic metres": "m3", "cubic meters": "m3", "cubic metre": "m3",
    "cubic meter": "m3", "m³": "m3", "cubic feet": "ft3", "cubic foot": "ft3", "cubic miles": "mile3",
    "cubic mile": "mile3", "metres per second": "m/s", "meters per second": "m/s", "metre per second": "m/s",
    "meter per second": "m/s", "m/s": "m/s", "kilometres per second": "km/s", "kilometers per second": "km/s",
    "kilometre per second": "km/s", "kilometer per second": "km/s", "km per second": "km/s", "km/s": "km/s",
    "miles per second": "mile/s", "mile per second": "mile/s",
    "megawatts": "MW", "megawatt": "MW", "mw": "MW", "gigawatts": "GW", "gw": "GW", "kilowatts": "kW",
    "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh",
}
# Units written before the number ("magnitude 6.1").
PREFIX_UNITS: tuple[str, ...] = ("magnitude",)
# Units only read when glued to the digits ("100m", "10g", "5l"): spaced they are too ambiguous.
GLUED_ONLY_UNITS: dict[str, str] = {"m": "meter", "g": "g", "t": "ton", "l": "liter", "mm": "mm", "ha": "hectare"}
# Temperatures written with the scale's capital glued on ("reached 46.2C", "a high of 104F"): read only in a sentence
# that speaks of heat or cold (TEMPERATURE_WORDS, word starts), since "4C" and "7F" are also grades and floors.
GLUED_TEMPERATURE_UNITS: dict[str, str] = {"C": "celsius", "F": "fahrenheit"}
TEMPERATURE_WORDS: tuple[str, ...] = (
    "temperature", "heat", "hottest", "hotter", "warm", "cold", "cool", "chill", "freez", "frost", "thermomet", "weather",
    "degree", "celsius", "fahrenheit", "forecast", "mercury",
)

# ---------------------------------------------------------------- dates, times, names
# Month names that are also common words: only read when capitalised.
MONTHS_NEED_CAPITAL: frozenset[str] = frozenset({"may", "march", "mar", "jan", "dec", "sep", "aug", "jun", "jul"})
# Prepositions after which a bare 4-digit number is a year ("in 2024").
YEAR_PREPOSITIONS: frozenset[str] = frozenset({
    "in", "since", "by", "from", "until", "till", "before", "after", "during", "of", "year", "early", "late",
    "mid", "mid-", "spring", "summer", "autumn", "fall", "winter", "to", "and", "through", "circa", "around",
    "fiscal", "fy", "season", "election", "census", "between",
})
YEAR_MIN, YEAR_MAX = 1800, 2100
# Words that start a name when a number follows them even at sentence start ("Boeing 737 crashed").
NAME_WORDS: frozenset[str] = frozenset({
    "boeing", "airbus", "apollo", "windows", "iphone", "galaxy", "pixel", "formula", "article", "section",
    "chapter", "flight", "route", "highway", "interstate", "category", "phase", "stage", "level", "model",
    "version", "gate", "terminal", "platform", "channel", "resolution", "act", "part", "volume", "vol",
    "episode", "season", "room", "building", "block", "unit", "ward", "district", "zone", "pier", "bay",
    "su", "mig", "tu", "il", "an", "yak", "ka", "mi", "kh", "tor", "s", "patriot", "himars", "falcon",
    "gemini", "mercury", "soyuz", "vostok", "luna", "voyager", "pioneer", "mariner", "ps", "xbox",
})
# Verbs whose object is whom the speaker addresses: the name after them is that listener, and a number after the
# name starts what was said ("told Newswire 12 people were killed", "told the Daily Herald 300 homes were lost"), not a model
# number as in "Boeing 737".
ADDRESSING_VERBS: frozenset[str] = frozenset({"told", "tell", "tells", "telling", "informed", "briefed"})
# Gapping: "China won 40 golds and the United States 39." A number closing its clause at most GAP_WORDS words
# after one of these coordinators, in a sentence that gave a number before, is a count, not a name's number.
GAP_COORDINATORS: frozenset[str] = frozenset({"and", "while", "whereas", "but"})
GAP_WORDS = 5
# A capitalised word ending so is a possessor ("Spain's"): the number after it counts what it owns (a bare
# apostrophe, "Benares'", is its own token and never makes a name).
POSSESSIVE_ENDINGS: tuple[str, ...] = ("'s", "\u2019s")
# Capitalised words that do not make a following number part of a name.
NAME_STOPWORDS: frozenset[str] = frozenset({
    "the", "a", "an", "in", "on", "at", "by", "of", "for", "to", "from", "since", "and", "or", "but", "with",
    "about", "around", "some", "roughly", "approximately", "over", "under", "nearly", "almost", "only", "just",
    "all", "at", "least", "more", "than", "fewer", "less", "up", "as", "many", "much", "another", "these",
    "those", "this", "that", "their", "his", "her", "its", "our", "my", "your", "we", "they", "he", "she", "it",
    "i", "you", "us", "u.s", "uk", "eu", "un", "total", "killing", "killed", "after", "before", "during",
    "between", "among", "every", "each", "no", "nearly", "estimated", "page", "p", "pp", "no.", "nos", "nr",
    "nrs", "rs", "usd", "eur", "gbp", "inr", "aud", "cad", "jpy", "cny", "rmb", "chf", "mr", "mrs", "ms", "dr",
    "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "maj", "exercise", "exercises",
} | frozenset(WEEKDAYS) | frozenset(MONTHS))
# "one" used as a pronoun, not a count: preceded by a determiner, or followed by these words.
ONE_PRONOUN_PRECEDERS: frozenset[str] = frozenset({
    "the", "this", "that", "which", "no", "any", "every", "each", "another", "whichever", "what", "one",
    "someone", "anyone", "little", "other", "last", "right", "wrong", "big", "new", "old",
    "good", "best", "loved", "such",
})
ONE_PRONOUN_FOLLOWERS: frozenset[str] = frozenset({
    "of", "day", "another", "point", "way", "hand", "by", "after", "anothers", "'s", "’s", "such", "who",
    "which", "that", "thing", "morning", "evening", "night", "afternoon", "time", "side",
})
# Lower-case words ending in "s" after a 4-digit number that do not make it a count of things ("2020 was").
NOT_PLURAL_NOUNS: frozenset[str] = frozenset({
    "was", "is", "has", "as", "its", "this", "thus", "his", "hers", "ours", "yours", "us", "less", "plus",
    "across", "unless", "whereas", "always", "perhaps", "besides", "towards", "afterwards",
})
# Characters that end a sentence: a capitalised word after them starts a sentence, not a name.
SENTENCE_END = ".!?:;\"“”\n"

# ---------------------------------------------------------------- where a mention may start
# Words, besides number words, vague counts, ISO codes and negative words, that can open a mention (lower
# case): currency symbols and prefixes written in letters, the prefix unit "magnitude", percent prefixes.
STARTER_WORDS: frozenset[str] = frozenset({
    "rs", "rp", "rm", "sh", "ksh", "us", "u", "hk", "c", "nz", "au", "mex", "nt", "s", "a", "cad", "usd", "aud",
    "nzd", "mxn", "magnitude", "percent", "percents", "per", "percentage",
})
# Symbols, besides currency symbols and vulgar fractions, that can open a mention (signs, a leading point).
STARTER_SYMBOLS: frozenset[str] = frozenset({"-", "−", "+", ".", "元", "ரூ"})
# Which special span wins when two start at the same place (lower first).
SPECIAL_PRIORITY: dict[str, int] = {"url": 0, "date": 1, "time": 2, "phone": 3, "list_number": 4, "name": 5,
                                    "dotted": 6}

# Quantity kinds (the rest are dates, names and labels).
QUANTITY_KINDS: frozenset[str] = frozenset({"cardinal", "percent", "money", "measure", "fraction", "multiplier"})
