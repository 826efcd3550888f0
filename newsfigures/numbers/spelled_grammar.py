"""The grammar of spelled-out numbers over a run of elements: cardinals ("three hundred and two") and
fractions ("two thirds", "one and a half")."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, NamedTuple

from newsfigures.numbers import lexicon as lx


@dataclass(frozen=True, slots=True)
class Element:
    """One element of a spelled-out number run.

    `kind` is a number-word type of `lexicon.NUMBER_WORDS` (unit, teen, tens, hundred, scale, dozen, ord,
    half, quarter) or digit, hyphen, and, a (the article), point."""

    kind: str
    value: float
    start: int
    end: int
    plural: bool = False
    word: str = ""
    is_int: bool = True
    ccy: str = ""  # currency of a scale word glued to it ("milliondollars")


class Checkpoint(NamedTuple):
    """A place where the elements read so far form a complete cardinal."""

    end: int  # index after the last element read
    value: float
    last: str  # type of the last element read
    scale: float  # the last scale read (100 after "hundred"), else 0


class Fraction(NamedTuple):
    """A spelled-out fraction, with its whole part when there is one ("two and three quarters")."""

    value: float
    whole: float | None
    numerator: float
    denominator: float
    whole_last: str  # type of the last element of the whole part ("" without one)
    whole_scale: float


_SMALL = ("unit", "teen", "tens", "digit")
_COUNTED = ("unit", "teen", "tens", "digit", "unit_c")  # what hundreds, scales and dozens multiply
_NEXT, _SKIP, _STOP = "next", "skip", "stop"  # after a step: checkpoint, go on without one, stop


@dataclass
class _Scan:
    """State of the cardinal scan: closed scale groups (`total`), the open group (`cur`), what came last."""

    total: float = 0.0
    cur: float = 0.0
    last: str | None = None  # element type read last; "unit_c" = a unit completing a tens ("twenty-one")
    before_and: str | None = None
    last_scale: float = math.inf
    prev_scale_word: float = 0.0
    last_added: float = 0.0
    cur_hund: bool = False
    last_small: float = 0.0
    has_dec: bool = False
    and_pos: int | None = None


def card_scan(els: list[Element]) -> list[Checkpoint]:
    """Checkpoints of the valid cardinals that start at els[0], shortest first."""
    st = _Scan()
    cps: list[Checkpoint] = []
    k = 0
    while k < len(els):
        el = els[k]
        if _closes_after_and(st, el):
            return [c for c in cps if c.end <= st.and_pos]
        if el.kind == "point":
            return cps + _point_checkpoints(st, els, k)
        step = _STEPS.get(el.kind, _stop)(st, els, k)
        if step == _STOP:
            break
        k += 1
        if step == _NEXT:
            scale = st.last_scale if st.last == "scale" else (100.0 if st.last == "hundred" else 0.0)
            cps.append(Checkpoint(k, st.total + st.cur, st.last or "", scale))
    return cps


def _closes_after_and(st: _Scan, el: Element) -> bool:
    """After "and" + a small number, a second hundred or a larger scale starts a new number."""
    return st.last in _COUNTED and st.and_pos is not None and (
        (el.kind == "hundred" and st.cur_hund) or (el.kind == "scale" and el.value >= st.last_scale))


def _stop(st: _Scan, els: list[Element], k: int) -> str:
    return _STOP


def _step_article(st: _Scan, els: list[Element], k: int) -> str:
    """ "a" only opens a number before a singular hundred, scale or dozen ("a hundred")."""
    if k != 0 or k + 1 >= len(els) or els[k + 1].kind not in ("hundred", "scale", "dozen") or els[k + 1].plural:
        return _STOP
    st.cur = 1.0
    st.last = "a"
    return _SKIP


def _step_small(st: _Scan, els: list[Element], k: int) -> str:
    """A unit, teen, tens word or digits."""
    el = els[k]
    if st.has_dec:
        return _STOP
    if st.last in ("hyph", "tens") and el.kind == "unit" and el.value >= 1:
        st.cur += el.value
        st.last_small += el.value
        st.last = "unit_c"
        return _NEXT
    if st.last not in (None, "and", "scale", "hundred", "dozen") or not _small_may_follow(st, els, k):
        return _STOP
    if st.last == "and" and st.before_and == "tens":
        if el.kind != "unit":
            return _STOP
        st.cur += el.value
        st.last_small += el.value
        st.last = "unit_c"
    else:
        st.cur += el.value
        st.last_small = el.value
        st.last = el.kind
    if el.kind == "digit" and not el.is_int:
        st.has_dec = True
    return _NEXT


def _small_may_follow(st: _Scan, els: list[Element], k: int) -> bool:
    """Whether a small number may come after what was read ("hundred" + "five", not "hundred" + "200")."""
    el = els[k]
    ref = st.before_and if st.last == "and" else st.last
    if el.kind == "digit" and st.last == "dozen":
        return False
    if el.kind == "digit" and st.last == "and" and k + 1 < len(els) and els[k + 1].kind == "scale":
        return False
    if (ref == "hundred" and el.value >= 100) or (ref == "scale" and el.value >= st.last_scale) or ref == "dozen":
        return False
    if el.value == 0 and st.last is not None:
        return False
    return not (el.kind == "digit" and not el.is_int and st.last is not None)


def _step_hyphen(st: _Scan, els: list[Element], k: int) -> str:
    """A hyphen only joins a tens word to a unit ("twenty-one")."""
    if st.last == "tens" and k + 1 < len(els) and els[k + 1].kind == "unit" and els[k + 1].value >= 1:
        st.last = "hyph"
        return _SKIP
    return _STOP


def _step_hundred(st: _Scan, els: list[Element], k: int) -> str:
    """ "hundred" multiplies the open group once ("three hundred")."""
    if els[k].plural and st.last in (None, "a"):
        return _STOP
    if st.last not in (*_COUNTED, "a") or st.cur_hund or (st.last != "digit" and st.cur >= 100):
        return _STOP
    st.cur *= 100
    st.cur_hund = True
    st.last = "hundred"
    st.has_dec = False
    return _NEXT


def _step_scale(st: _Scan, els: list[Element], k: int) -> str:
    """A scale word closes the open group ("two million"), or compounds the last scale ("lakh crore")."""
    el = els[k]
    if el.plural and st.last in (None, "a"):
        return _STOP
    if st.last in (*_COUNTED, "a", "hundred", "dozen") and st.cur > 0:
        if el.value >= st.last_scale:
            return _STOP
        add = st.cur * el.value
        st.total += add
        st.last_added = add
        st.cur = 0.0
        st.cur_hund = False
        st.last_scale = el.value
        st.prev_scale_word = el.value
        st.last = "scale"
        st.has_dec = False
        return _NEXT
    if st.last == "scale" and el.value > st.prev_scale_word:
        st.total += st.last_added * (el.value - 1)
        st.last_added *= el.value
        st.last_scale = st.prev_scale_word * el.value
        st.prev_scale_word = el.value
        return _NEXT
    return _STOP


def _step_dozen(st: _Scan, els: list[Element], k: int) -> str:
    """ "dozen" multiplies the small number before it by 12 ("two dozen", "a dozen")."""
    if st.last not in (*_COUNTED, "a"):
        return _STOP
    if st.last == "a":
        st.cur = 12.0
    else:
        st.cur += st.last_small * 11
    st.last = "dozen"
    return _NEXT


def _step_and(st: _Scan, els: list[Element], k: int) -> str:
    """ "and" after a hundred, scale or dozen ("a hundred and five"), or between tens and unit."""
    nxt = els[k + 1] if k + 1 < len(els) else None
    if nxt is None or not (st.last in ("hundred", "scale", "dozen")
                           or (st.last == "tens" and nxt.kind == "unit" and nxt.value >= 1)):
        return _STOP
    st.before_and = st.last
    st.last = "and"
    st.and_pos = k
    return _SKIP


_STEPS: dict[str, Callable[[_Scan, list[Element], int], str]] = {
    "a": _step_article, "unit": _step_small, "teen": _step_small, "tens": _step_small, "digit": _step_small,
    "hyphen": _step_hyphen, "hundred": _step_hundred, "scale": _step_scale, "dozen": _step_dozen,
    "and": _step_and,
}


def _point_checkpoints(st: _Scan, els: list[Element], k: int) -> list[Checkpoint]:
    """ "point" and the digit words after it end the number ("two point five", "one point two million")."""
    if st.last not in ("unit", "teen", "tens", "unit_c", "hundred", "scale") or st.has_dec:
        return []
    m, digits = _decimal_digits(els, k + 1)
    if not digits:
        return []
    value = st.total + st.cur + float("0." + digits)
    cps = [Checkpoint(m, value, "point", st.last_scale)]
    if m < len(els) and els[m].kind == "scale" and st.total == 0:
        cps.append(Checkpoint(m + 1, value * els[m].value, "scale", els[m].value))
    return cps


def _decimal_digits(els: list[Element], m: int) -> tuple[int, str]:
    """The digits spelled from els[m] on ("five", "twenty-one") and the index after them."""
    digits = ""
    while m < len(els) and els[m].kind in ("unit", "teen", "tens"):
        if els[m].kind == "tens" and m + 2 < len(els) and els[m + 1].kind == "hyphen" and els[m + 2].kind == "unit":
            digits += str(int(els[m].value + els[m + 2].value))
            m += 3
            continue
        digits += str(int(els[m].value))
        m += 1
    return m, digits


def full_cardinal(els: list[Element]) -> Checkpoint | None:
    """The cardinal that spans all of `els`, else None."""
    if not els:
        return None
    if len(els) == 1 and els[0].kind == "a":
        return Checkpoint(1, 1.0, "a", 0.0)
    cps = card_scan(els)
    if cps and cps[-1].end == len(els):
        return cps[-1]
    return None


def spelled_fraction(els: list[Element], k: int) -> Fraction | None:
    """The fraction els[:k + 1] spells, ending at its denominator els[k] (an ordinal, half or quarter)."""
    for s in range(1, k + 1):
        den = _denominator(els, s, k)
        numerator_els = _without_trailing_hyphen(els[:s])
        if den is None or not numerator_els:
            continue
        fraction = _numerator(numerator_els, den)
        if fraction is not None and (els[k].plural or fraction.numerator == 1):
            return fraction
    return None


def _without_trailing_hyphen(els: list[Element]) -> list[Element]:
    return els[:-1] if els and els[-1].kind == "hyphen" else els


def _denominator(els: list[Element], s: int, k: int) -> float | None:
    """The denominator spelled by els[s:k + 1] ("thirds", "twenty-fifths", "hundred and fifths"), or None."""
    den_el = els[k]
    if s == k:
        if den_el.kind == "ord" and den_el.word.lower().removesuffix("s") in lx.NOT_DENOMINATORS:
            return None  # "a second", "two seconds" (a time); "three twenty-seconds" is read below
        return den_el.value
    if den_el.kind != "ord" or els[s - 1].kind == "hyphen":
        return None
    head = _without_trailing_hyphen(els[s:k])
    trailing_and = bool(head) and head[-1].kind == "and"
    if trailing_and:
        head = head[:-1]
    if not head or head[0].kind not in ("unit", "teen", "tens"):
        return None
    cardinal = full_cardinal(head)
    if cardinal is None:
        return None
    if cardinal.last == "tens" and den_el.value < 10 and not trailing_and:
        return cardinal.value + den_el.value
    if cardinal.last in ("hundred", "scale") and den_el.value < (cardinal.scale or 100):
        return cardinal.value + den_el.value
    return None


def _numerator(els: list[Element], den: float) -> Fraction | None:
    """The fraction with numerator `els` ("two", "one and three") over `den`; None when digits are in it."""
    ands = [x for x, el in enumerate(els) if el.kind == "and"]
    if ands:
        p = ands[-1]
        whole, part = full_cardinal(els[:p]), full_cardinal(els[p + 1:])
        if whole is not None and part is not None and part.value < den \
                and not (els[p + 1].kind == "a" and len(els) - p - 1 > 1):
            if any(el.kind == "digit" for el in els[p + 1:]):
                return None
            return Fraction(whole.value + part.value / den, whole.value, part.value, den, whole.last, whole.scale)
    cardinal = full_cardinal(els)
    if cardinal is None or any(el.kind == "digit" for el in els):
        return None
    return Fraction(cardinal.value / den, None, cardinal.value, den, "", 0.0)
