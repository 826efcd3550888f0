"""The token stream every other step of the number parser reads: words, digit runs and single symbols."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

TOKEN_RE = re.compile(r"(?P<w>[^\W\d_]+(?:['’][^\W\d_]+)*)|(?P<d>\d+)|(?P<s>\S)")
SPACE = r"[ \t\u00a0]"  # a space inside one mention (never a line break)
# A hard-wrapped line's break before a unit word in lower case ("147.5 mln\ndlrs", "rose 3.2\npct"): a table's next
# row or a headline starts with a capital label ("Net", "Shr"), so a line that opens with the unit in small letters
# continues the sentence (every such break in the Reuters archive does).
WRAPPED_BREAK = SPACE + r"*\n" + SPACE + r"*(?-i:(?=[a-z]))"
END_OF_CLAUSE_RE = re.compile(r"\s*(?:$|[.,;:!?)\]])")


class Token(NamedTuple):
    """One token: `kind` is "w" (word), "d" (digits) or "s" (one symbol)."""

    start: int
    end: int
    kind: str
    text: str


@dataclass(frozen=True)
class TokenStream:
    """A text and its tokens, with look-ups by character offset."""

    text: str
    toks: tuple[Token, ...] = field(init=False)
    starts: tuple[int, ...] = field(init=False)

    def __post_init__(self) -> None:
        toks = tuple(Token(m.start(), m.end(), m.lastgroup or "s", m.group()) for m in TOKEN_RE.finditer(self.text))
        object.__setattr__(self, "toks", toks)
        object.__setattr__(self, "starts", tuple(t.start for t in toks))

    @property
    def n(self) -> int:
        """Number of tokens."""
        return len(self.toks)

    def tok_at(self, pos: int) -> int:
        """Index of the first token starting at or after `pos`."""
        return bisect.bisect_left(self.starts, pos)

    def word(self, i: int) -> str:
        """Token i lower-cased when it is a word, else ""."""
        return self.toks[i].text.lower() if 0 <= i < self.n and self.toks[i].kind == "w" else ""

    def prev_word(self, pos: int) -> str:
        """Lower-cased word token right before `pos` (only spaces between), else ""."""
        i = self.tok_at(pos) - 1
        if i < 0:
            return ""
        tok = self.toks[i]
        if self.text[tok.end:pos].strip() != "":
            return ""
        return tok.text.lower() if tok.kind == "w" else ""

    def next_word(self, pos: int) -> str:
        """Lower-cased word token right after `pos` (only spaces between), else ""."""
        i = self.tok_at(pos)
        if i >= self.n:
            return ""
        tok = self.toks[i]
        if self.text[pos:tok.start].strip():
            return ""
        return tok.text.lower() if tok.kind == "w" else ""


def alternation(words: Iterable[str]) -> str:
    """Regex alternatives for `words`, longest first, a space in a phrase matching any run of white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
