"""Currencies around a number: symbols and codes before it ("$5", "US$11", "USD 5", "MUSD 30"), codes,
words and symbols after it ("10 usd", "5 billion won", "10 €"), and cents ("3 dollars 50 cents")."""
from __future__ import annotations

import re

from newsfigures.numbers import lexicon as lx
from newsfigures.numbers.cores import core
from newsfigures.numbers.mention import Core
from newsfigures.numbers.tokens import END_OF_CLAUSE_RE, SPACE, WRAPPED_BREAK, TokenStream, alternation

_SYMBOL_RE = re.compile(r"(?P<c>" + alternation(lx.CURRENCY_SYMBOLS) + r")" + SPACE + r"?(?=[-−]?\.?\d)")
_SPACED_RE = re.compile(  # "us $ 5", "hk $5" in lower-cased text
    r"(?P<c>" + "|".join(sorted((re.escape(k) for k in lx.CURRENCY_SPACED_PREFIXES), key=len, reverse=True))
    + r")" + SPACE + r"?\$" + SPACE + r"?(?=\.?\d)", re.I)
_CODE_PREFIX_RE = re.compile(r"(?P<m>M)?(?P<c>[A-Za-z]{3})(?![A-Za-z])" + SPACE + r"?(?=[-−]?\.?\d)")
_MILLION_CODE_PREFIX_RE = re.compile(r"(?P<m>M)(?P<c>[A-Z]{3})" + SPACE + r"?(?=\d)")  # "MUSD30"
_CODE_SUFFIX_RE = re.compile(SPACE + r"*(?P<m>M)?(?P<c>[A-Za-z]{3})(?![A-Za-z])")
# A currency word after the number, possibly behind a capitalised qualifier the lexicon lacks ("10 million
# Swedish Kronor"); the lazy qualifier lets known multi-word names ("Australian dollars") win first.
_WORD_RE = re.compile(r"(?:" + WRAPPED_BREAK + r"|" + SPACE + r"*-" + SPACE + r"*|" + SPACE + r"+)"
                      r"(?:(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?)" + SPACE + r"+)??(?P<c>" + alternation(lx.CURRENCY_WORDS) + r")(?![\w])", re.I)
_SUFFIX_SYMBOL_RE = re.compile(SPACE + r"?(?P<c>" + alternation(lx.CURRENCY_SUFFIX_SYMBOLS) + r")(?!" + SPACE
                               + r"*\d)")
_SCALE_AFTER_CODE_RE = re.compile(SPACE + r"+(?P<s>" + "|".join(lx.SCALES_AFTER_CODE) + r")\b", re.I)
_CENTS_RE = re.compile(r"(?:" + SPACE + r"*,?" + SPACE + r"+and)?" + SPACE + r"+(?=\d|[A-Za-z])", re.I)
_CENT_WORD_RE = re.compile(SPACE + r"+cents?\b", re.I)
_CURRENCY_WORDS = frozenset(w.lower() for w in lx.CURRENCY_WORDS) | frozenset(
    w.lower().rstrip("s") for w in lx.CURRENCY_WORDS)


def currency_words() -> frozenset[str]:
    """Lower-case currency names the parser knows ("dollars", "kronor", "rupees"), for callers that must not
    mistake a currency for the thing counted."""
    return _CURRENCY_WORDS


def currency_code(word: str) -> str:
    """The code the parser reads a currency word after a number as ("francs" -> "CHF", "taka" -> "BDT"), else ""."""
    return lx.CURRENCY_WORDS.get(word.lower(), "")


def iso(code: str) -> str:
    """The ISO 4217 code a written code stands for ("RMB" -> "CNY", "usd" -> "USD"), else ""."""
    if code in lx.ISO_CODES:
        return lx.ISO_ALIASES.get(code, code)
    if code in lx.ISO_CODES_LOWER_OK:
        up = code.upper()
        return lx.ISO_ALIASES.get(up, up)
    return ""


def currency_prefix(ts: TokenStream, i: int) -> tuple[str, float, int]:
    """Currency, multiplier and end of a currency written before a number at token i ("" when none)."""
    text = ts.text
    tok = ts.toks[i]
    s = tok.start
    m = _SPACED_RE.match(text, s)
    if m:
        return lx.CURRENCY_SPACED_PREFIXES[m.group("c").lower()], 1.0, m.end()
    m = _SYMBOL_RE.match(text, s)
    if m:
        c = m.group("c")
        if c[0].isalpha() and s > 0 and text[s - 1].isalnum():
            return "", 1.0, s
        return lx.CURRENCY_SYMBOLS[c], 1.0, m.end()
    if tok.kind == "w":
        return _code_prefix(text, s)
    return "", 1.0, s


def _code_prefix(text: str, s: int) -> tuple[str, float, int]:
    """An ISO code before the number ("USD 5", "eur 3"), "M" + code for millions ("MUSD 30")."""
    m = _CODE_PREFIX_RE.match(text, s)
    if m and (s == 0 or not text[s - 1].isalnum()):
        code = m.group("c")
        code_iso = iso(code)
        if code_iso and (m.group("m") is None or code.isupper()):
            return code_iso, (1e6 if m.group("m") else 1.0), m.end()
        if m.group("m") is None:
            return "", 1.0, s
    m = _MILLION_CODE_PREFIX_RE.match(text, s)
    if m and iso(m.group("c")):
        return iso(m.group("c")), 1e6, m.end()
    return "", 1.0, s


def code_after(text: str, end: int, value: float) -> tuple[float, int, str] | None:
    """Value, end and currency of an ISO code after the number ("10 usd", "115USD", "30 MUSD", "5 USD million")."""
    m = _CODE_SUFFIX_RE.match(text, end)
    if not m:
        return None
    code = m.group("c")
    code_iso = "" if m.group("m") and not code.isupper() else iso(code)
    if not code_iso or text[m.end():m.end() + 1].isdigit():
        return None
    value *= 1e6 if m.group("m") else 1.0
    end = m.end()
    sm = _SCALE_AFTER_CODE_RE.match(text, end)
    if sm:
        value *= lx.SCALE_WORDS[sm.group("s").lower()]
        end = sm.end()
    return value, end, code_iso


def word_after(text: str, end: int, core: Core) -> re.Match[str] | None:
    """A currency word after the number ("10 dollars", "5 billion won"); "won" and friends need a scale or
    number words, "pounds of" is a weight."""
    m = _WORD_RE.match(text, end)
    if not m:
        return None
    word = _surface(m)
    if word in lx.CURRENCY_WORDS_NEED_SCALE and not (core.scaled or core.words):
        return None
    if word in ("pounds", "pound") and re.match(r"\s+of\b", text[m.end():]):
        return None
    if _shouted_abbreviation(m) and not core.scaled:
        return None  # "120 CTS releases"; a scale word says a sum: "1.2 BILLION DLRS"
    return m


def _shouted_abbreviation(m: re.Match[str]) -> bool:
    """The wire's abbreviation in capitals ("120 CTS scans", "5 STG goals"): an acronym as often as a currency; the
    wire writes it in small letters in its text ("mln dlrs", "15 cts")."""
    last = m.group("c").split()[-1]
    return last.lower() in lx.WIRE_CURRENCY_ABBREVIATIONS.values() and last.isupper()


def word_currency(m: re.Match[str]) -> str:
    """The currency of a `word_after` match."""
    return lx.CURRENCY_WORDS[_surface(m)]


def _surface(m: re.Match[str]) -> str:
    return re.sub(r"\s+", " ", m.group("c").lower())


def same_currency_word_end(text: str, end: int, ccy: str) -> int:
    """End of a currency word repeating the prefix's currency ("$5 dollars"), else `end`."""
    m = _WORD_RE.match(text, end)
    return m.end() if m and lx.CURRENCY_WORDS.get(_surface(m)) == ccy else end


def symbol_after(text: str, end: int) -> tuple[int, str] | None:
    """End and currency of a currency symbol after the number ("10 €", "100元"), else None."""
    m = _SUFFIX_SYMBOL_RE.match(text, end)
    if not m or (m.group("c") == "$" and text[m.end():m.end() + 1].isalnum()):
        return None
    return m.end(), lx.CURRENCY_SUFFIX_SYMBOLS[m.group("c")]


def cents(ts: TokenStream, value: float, end: int, limit: int) -> tuple[float, int]:
    """"3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 USD 50" -> value + cents/100."""
    text = ts.text
    m = _CENTS_RE.match(text, end)
    if not m:
        return value, end
    c = core(ts, ts.tok_at(m.end()), limit, allow_ratio=False)
    if c is None or c.kind != "cardinal" or not c.is_int or not (1 <= c.value <= 99) or c.scaled:
        return value, end
    if c.digits and not c.plain:
        return value, end
    cm = _CENT_WORD_RE.match(text, c.end)
    if cm:
        return value + c.value / 100, cm.end()
    if END_OF_CLAUSE_RE.match(text, c.end) or ts.next_word(c.end) in lx.CENTS_FOLLOWERS:
        return value + c.value / 100, c.end
    return value, end
