"""Qualifiers that bound a number: before it ("about", "more than", "up to", "nearly"), after it ("or more",
"+", "or so"), and vague counts that are numbers by themselves ("dozens", "tens of thousands")."""
from __future__ import annotations

import math
import re

from newsfigures.numbers import lexicon as lx
from newsfigures.numbers import particle_lexicon as plx
from newsfigures.numbers.mention import BOUND_OPENNESS, Core, NumberMention, interval
from newsfigures.numbers.tokens import SPACE, TOKEN_RE, Token, TokenStream, alternation

_MAX_PREFIX_TOKENS = max(len(TOKEN_RE.findall(k)) for k in lx.PREFIX_QUALIFIERS)
_SUFFIX_RE = re.compile(
    r"(?:" + SPACE + r"*,?" + SPACE + r"*)(?P<q>" + alternation([k for k in lx.SUFFIX_QUALIFIERS if k[0].isalpha()])
    + r")(?![\w])|(?P<g>\+|-plus)(?![\w])", re.I)
_VAGUE_RE = re.compile(r"(?P<v>" + alternation(lx.VAGUE_COUNTS) + r")(?![\w])", re.I)
# "tens of thousands of dollars", "several million dollars"
_VAGUE_MONEY_RE = re.compile(r"\s+(?:of\s+)?(?P<c>" + alternation([w for w in lx.CURRENCY_WORDS if w.endswith("s")])
                             + r")(?![\w])", re.I)
VAGUE_FIRST_WORDS = frozenset(k.split()[0].lower() for k in lx.VAGUE_COUNTS)
# (direction of a suffix qualifier, qualifier before the number) -> the mention's qualifier.
_WITH_SUFFIX: dict[tuple[str, str], str] = {
    ("equal", "more_than"): "at_least", ("equal", "less_than"): "at_most",
    ("more", "exact"): "at_least", ("more", "approx"): "at_least", ("more", "at_least"): "at_least",
    ("more", "more_than"): "more_than",
    ("less", "exact"): "at_most", ("less", "approx"): "at_most", ("less", "at_most"): "at_most",
    ("less", "less_than"): "less_than",
    ("approx", "exact"): "approx", ("approx", "approx"): "approx",
}
_A_DOZEN_RE = re.compile(r"an?\s+dozen", re.I)


def qualifier_before(ts: TokenStream, start: int, prev_end: int) -> tuple[str, bool, int] | None:
    """The longest qualifier phrase right before `start`: (qualifier, strict, phrase start), else None."""
    text = ts.text
    i = ts.tok_at(start) - 1
    key = ""
    best = None
    pos = start
    for _ in range(_MAX_PREFIX_TOKENS):
        if i < 0 or ts.toks[i].start < prev_end:
            break
        tok = ts.toks[i]
        gap = text[tok.end:pos]
        if gap.strip() or "\n\n" in gap:
            break
        key = tok.text.lower() + (" " if gap and key else "") + key
        hit = lx.PREFIX_QUALIFIERS.get(key)
        if hit is not None and _starts_cleanly(text, tok):
            best = (hit[0], hit[1], tok.start)
        pos = tok.start
        i -= 1
    return best


def _starts_cleanly(text: str, tok: Token) -> bool:
    """The phrase's first token is not the tail of a longer word or operator ("more" in "evermore", "=>")."""
    if tok.start == 0:
        return True
    before = text[tok.start - 1]
    if tok.kind == "w":
        return not (before.isalnum() or before in "_.")
    return before not in "<>=!"


def qualified(ts: TokenStream, start: int, end: int, value: float, unit: str, kind: str, core: Core,
              prev_end: int, limit: int) -> NumberMention:
    """The mention text[start:end] with the qualifiers around it ("about 500", "500 or more", "over 10+")."""
    text = ts.text
    pre = qualifier_before(ts, start, prev_end)
    if pre and _particle_over(text, pre[2], end):
        pre = None
    qual, qstart, explicit = (pre[0], pre[2], True) if pre else ("exact", start, False)
    suffix = _suffix_qualifier(ts, end, limit)
    new = _WITH_SUFFIX.get((suffix[0], qual)) if suffix else None
    if suffix and new is not None:
        if suffix[0] in ("more", "less") and (qual == "approx" or (qual == "exact" and not explicit)):
            qstart = start  # the bound wins over an approximation word: "about 500 or more" -> "500 or more"
        qual, end = new, suffix[1]
    if qual == "exact" and not explicit and _A_DOZEN_RE.fullmatch(text[core.start:core.end]):
        qual = "approx"  # the gold guide's qualifier table: "a dozen" is a round count (wn2004_081, lee bg_048)
    low, high = interval(value, qual)
    low_open, high_open = BOUND_OPENNESS.get(qual, (False, False))
    number_end = core.end if kind == "cardinal" and not unit else end
    return NumberMention(text[qstart:end], qstart, end, value, low, high, qual, unit, kind, start, number_end,
                         low_open, high_open, core.value_start, core.value_end)


_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)\s+$")
_WORD_AFTER_RE = re.compile(r"\s+([A-Za-z]+)")
_OVER_RE = re.compile(r"over\s", re.I)


def _particle_over(text: str, qstart: int, end: int) -> bool:
    """"over" before the number is a phrasal verb's particle, not a bound ("handed over 42 soldiers" is 42)."""
    if not _OVER_RE.match(text, qstart):
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, qstart - 30), qstart)
    verb = before.group(1).lower() if before else ""
    if verb in plx.PARTICLE_OVER_VERBS:
        return True
    after = _WORD_AFTER_RE.match(text, end)
    return verb in plx.TAKE_OVER_VERBS and not (after and after.group(1).lower() in lx.DURATION_WORDS)


def _suffix_qualifier(ts: TokenStream, end: int, limit: int) -> tuple[str, int] | None:
    """Direction ("more", "less", "equal", "approx") and end of a qualifier after the number."""
    m = _SUFFIX_RE.match(ts.text, end)
    if not m:
        return None
    key = re.sub(r"\s+", " ", (m.group("q") or m.group("g") or "").lower())
    direction = lx.SUFFIX_QUALIFIERS.get(key, "more" if m.group("g") else "")
    if not direction or _number_follows(ts, m.end()) or m.end() > limit:
        return None
    return direction, m.end()


def _number_follows(ts: TokenStream, pos: int) -> bool:
    """A number right after the qualifier makes it a connector ("10 or more than 20", "5 plus 3")."""
    j = ts.tok_at(pos)
    if j >= ts.n or ts.text[pos:ts.toks[j].start].strip(" \t"):
        return False
    tok = ts.toks[j]
    if tok.kind == "d" or (tok.kind == "w" and (tok.text.lower() in lx.NUMBER_WORDS or tok.text.lower() == "than")):
        return True
    return tok.text in ("-", "−", ".") and j + 1 < ts.n and ts.toks[j + 1].kind == "d"


def typical(low: float, high: float) -> float:
    """A vague count's one value: its range's centre on a log scale, to two significant digits ("dozens" -> 69,
    "hundreds" -> 630); the words grow by tens, so the arithmetic middle of [200, 1999] (1,100) would overstate it."""
    return float(f"{math.sqrt(low * high):.2g}")


def vague_count(ts: TokenStream, i: int) -> NumberMention | None:
    """A vague count at token i ("dozens", "several hundred", "tens of thousands of dollars"), else None."""
    if ts.word(i) not in VAGUE_FIRST_WORDS:
        return None
    text = ts.text
    vm = _VAGUE_RE.match(text, ts.toks[i].start)
    if not vm:
        return None
    surface = re.sub(r"\s+", " ", vm.group("v").lower())
    low, high = lx.VAGUE_COUNTS[surface]
    s, e = vm.span()
    if surface.endswith(" of"):
        e = s + len(vm.group("v").rstrip()[:-2].rstrip())  # "tens of" ends before "of"
    unit, kind = "", "cardinal"
    mm = _VAGUE_MONEY_RE.match(text, e)
    if mm:
        unit, kind = lx.CURRENCY_WORDS[mm.group("c").lower()], "money"
        e = mm.end()
    return NumberMention(text[s:e], s, e, typical(low, high), float(low), float(high), "vague", unit, kind, s, e,
                         False, False, s, e)
