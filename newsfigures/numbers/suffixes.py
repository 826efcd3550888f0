"""What a number is glued to on its right: a percent sign or word (or a part of one: "half a percentage point",
"a quarter-point", "25 basis points"), a currency (code, word, symbol) or a unit
of measure, tried in that order ("40%", "10 usd", "5 billion won", "10 €", "5 km", "100m")."""
from __future__ import annotations

from newsfigures.numbers.mention import Core
from newsfigures.numbers.money import code_after, symbol_after, word_after, word_currency
from newsfigures.numbers.tokens import TokenStream
from newsfigures.numbers.units import glued_unit_after, measure_after, measure_of, percent_after, rate_unit_after


def unit_after(ts: TokenStream, core: Core, value: float, end: int) -> tuple[float, int, str, str]:
    """(value, end, unit, kind) of the number with what follows it; kind "glued" when letters the parser does
    not know are glued to the digits ("3D", "4x4": a label, not a number)."""
    text = ts.text
    percent = percent_after(text, end)
    if percent:
        return value, percent[0], percent[1], "percent"
    rate = rate_unit_after(text, end, value, core.kind == "fraction")
    if rate:
        return rate[0], rate[1], rate[2], "percent"
    code = code_after(text, end, value)
    if code:
        return code[0], code[1], code[2], "money"
    measure = measure_after(text, end)
    word = word_after(text, end, core)
    if word and not (measure and measure.end() > word.end()):  # a longer unit of measure wins
        return value, word.end(), word_currency(word), "money"
    symbol = symbol_after(text, end)
    if symbol:
        return value, symbol[0], symbol[1], "money"
    if measure:
        unit_end, unit = measure_of(measure)
        return value, unit_end, unit, "measure"
    glued = glued_unit_after(text, end)
    if glued and core.digits:
        return value, glued[0], glued[1], "measure"
    if end < len(text) and text[end].isalpha() and text[end - 1].isdigit():
        return value, end, "", "glued"
    return value, end, "", core.kind
