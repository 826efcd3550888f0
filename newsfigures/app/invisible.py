"""Invisible and direction-changing characters made visible: a right-to-left override (U+202E) in a title or an
article could make a highlighted figure read differently from its value, so every such character is shown as a
mark like ⟨U+202E⟩ wherever article-derived text is rendered. Offsets are never computed on marked text."""
from __future__ import annotations

import re
import sys
import unicodedata

# Format characters (bidi embeddings, overrides and isolates, zero-width spaces and joiners, the Arabic letter mark,
# the byte-order mark…), control characters, lone surrogates and the line/paragraph separators. Line feed and tab
# stay: they are ordinary layout.
HIDDEN_CATEGORIES = ("Cf", "Cc", "Cs", "Zl", "Zp")
KEPT = "\n\t"


def _hidden_class() -> re.Pattern[str]:
    """One character class of every hidden code point, as ranges."""
    points = [c for c in range(sys.maxunicode + 1)
              if unicodedata.category(chr(c)) in HIDDEN_CATEGORIES and chr(c) not in KEPT]
    ranges: list[list[int]] = []
    for c in points:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]")


HIDDEN = _hidden_class()


def mark_of(ch: str) -> str:
    """The visible mark of one hidden character, e.g. ⟨U+202E⟩."""
    return f"⟨U+{ord(ch):04X}⟩"


def show_invisible(text: str) -> str:
    """The text with every invisible or direction-changing character replaced by its visible mark."""
    return HIDDEN.sub(lambda m: mark_of(m.group()), text)
