"""A wire headline or heading written in capitals, parsed in small letters: the parser reads a line of capitals as a
string of names ("JAPAN BUYS 4,000 TONNES CANADIAN RAPESEED" has no verb "buys", its figure no event and no buyer),
so the text the parser reads has such a line as a sentence is written. Every character stays where it was: offsets,
surfaces and the article's text are the text's own."""
from __future__ import annotations

import re

# A line in capitals standing alone, a blank line (or the text's start) before it and a blank line after: a wire
# headline or heading; consecutive lines in capitals are a table's rows and stay as written.
_CAPITALS_LINE = re.compile(r"(?:\A|(?<=\n\n))[^a-z\n]*[A-Z]{2}[^a-z\n]*(?=\n[ \t]*\n)")
_KEPT_CAPITALS = re.compile(r"[A-Z]+(?:\.[A-Z]+)+\.?|[A-Z]+[0-9]\w*")


def cased_for_parse(text: str) -> str:
    """`text` with each line written in capitals (a wire headline: "INDIA BUYS UP TO 10 CARGOES SUGAR") in small
    letters but its first, as a sentence is written, for the parser, which reads a line of capitals as a string of
    names; initials ("U.S.") are kept. Every character stays where it was."""
    def lower(m: re.Match[str]) -> str:
        line = m.group()
        kept = {(k.start(), k.end()) for k in _KEPT_CAPITALS.finditer(line)}
        out = list(line.lower())
        for a, b in kept:
            out[a:b] = line[a:b]
        first = next((i for i, c in enumerate(line) if c.isalpha()), None)
        if first is not None:
            out[first] = line[first]
        return "".join(out)
    return _CAPITALS_LINE.sub(lambda m: lower(m) if len(m.group().split()) >= 3 else m.group(), text)
