"""Word lists of the evaluator: plural and verb forms for comparing attributes, unit spellings, and the
vocabulary of the spaCy baseline's own small value parser (kept apart from newsfigures.numbers on purpose:
a baseline must not borrow the system's parser)."""
from __future__ import annotations

IRREGULAR_SINGULARS = {
    "people": "people", "children": "child", "women": "woman", "men": "man", "feet": "foot",
    "casualties": "casualty", "fatalities": "fatality", "countries": "country", "shanties": "shanty",
    "bodies": "body", "lives": "life", "wives": "wife", "dead": "dead", "news": "news", "series": "series",
    "data": "data", "media": "media", "others": "other", "troops": "troop", "police": "police"}
STOPWORDS = {"the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "by", "its", "his", "her", "their", "s",
             "according", "said", "says", "say", "as", "at", "from", "with", "who", "that", "which", "'s",
             "\u2019s"}
EVENT_IRREGULAR = {
    "died": "die", "dead": "die", "death": "die", "deaths": "die", "killed": "kill", "sent": "send",
    "made": "make", "gave": "give", "given": "give", "held": "hold", "left": "leave", "hurt": "injure",
    "injured": "injure", "wounded": "wound", "missing": "miss", "displaced": "displace",
    "arrived": "arrive", "struck": "strike", "kept": "keep", "spent": "spend", "brought": "bring"}
# suffix -> replacement, tried on a predicted event word to find its lemma
EVENT_SUFFIXES = (("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("s", ""),
                  ("es", ""))
UNIT_ALIASES = {
    "%": "percent", "percentage": "percent", "per cent": "percent", "$": "USD", "usd": "USD",
    "us$": "USD", "dollar": "USD", "united states dollar": "USD", "sek": "SEK", "swedish krona": "SEK",
    "eur": "EUR", "euro": "EUR", "kilogram": "kg", "kilometre": "km", "kilometer": "km", "metre": "meter",
    "m": "meter", "pound-mass": "lb", "pound": "lb", "pound-force": "lbf", "mile": "mile",
    "foot": "foot", "ft": "foot", "second": "second", "s": "second", "hour": "hour", "day": "day",
    "week": "week", "year": "year", "dimensionless": "", "": ""}

# ----------------------------------------------------------------- the spaCy baseline's value parser
SMALL_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
MULTIPLIERS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3,
               "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "dozen": 12}
SUFFIX_MULTIPLIERS = ("k", "m", "b", "mn", "bn")  # only after digits ("39K"), never as words
VAGUE_WORDS = {"tens of thousands": 50000.0, "several hundred": 500.0, "dozens": 36.0, "scores": 60.0,
               "hundreds": 500.0, "thousands": 5000.0, "millions": 5e6, "billions": 5e9, "trillions": 5e12}
FRACTION_WORDS = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25}
