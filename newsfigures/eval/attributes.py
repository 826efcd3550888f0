"""Rules that compare one attribute of a matched prediction with its gold figure."""
from __future__ import annotations

import re
from typing import Any

from newsfigures.eval.matching import VALUE_TOLERANCE, Pred
from newsfigures.eval.vocab import (EVENT_IRREGULAR, EVENT_SUFFIXES, IRREGULAR_SINGULARS, STOPWORDS,
                                    UNIT_ALIASES)

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def singular(word: str) -> str:
    """Crude English singular of one lower-case word (irregulars, -ies, -ses/-xes/-ches/-shes, -s)."""
    w = word.lower()
    if w in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ses", "xes", "ches", "shes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def words(s: str) -> list[str]:
    """Lower-case word tokens (hyphen and apostrophe compounds kept whole)."""
    return _WORD.findall(s.lower())


def counted_ok(pred: str, gold: list[str], any_token: bool = False) -> bool:
    """Predicted `counted` (a word or a phrase) against the gold lemma list.

    Strict (default): the whole phrase singularised, or its LAST token singularised, is in the gold list
    ("Canadian troops" -> "troop"). With `any_token`: any token singularised counts ("Syrians killed"
    -> "syrian"). Both empty is correct; a gold list is never empty."""
    gold_set = {singular(x) if " " not in x else x for x in gold} | set(gold)
    toks = words(pred)
    if not toks:
        return not gold
    phrase = " ".join(singular(t) for t in toks)
    if phrase in gold_set or " ".join(toks) in gold_set:
        return True
    last = toks[-1]
    # "-es" plurals are ambiguous for the crude singular ("cases" -> case, "buses" -> bus): accept either.
    if singular(last) in gold_set or (last.endswith("es") and last[:-1] in gold_set):
        return True
    return any_token and any(singular(t) in gold_set for t in toks)


def event_forms(e: str) -> set[str]:
    """Plausible lemmas of a predicted event word: itself, an irregular map, and -ed/-ing/-s strippings."""
    e = e.lower().strip()
    forms = {e, EVENT_IRREGULAR.get(e, e)}
    forms |= {e[: -len(suf)] + rep for suf, rep in EVENT_SUFFIXES if e.endswith(suf) and len(e) - len(suf) >= 3}
    if len(e) > 5 and e[-3] == e[-4] and e.endswith("ed"):  # "stopped" -> "stop"
        forms.add(e[:-3])
    return forms


def event_ok(pred: str, gold: list[str]) -> bool:
    """Predicted event lemma in the gold list (after light de-inflection), or both empty."""
    if not pred.strip():
        return not gold
    return bool(event_forms(pred) & set(gold))


def as_of_ok(pred: str, gold: str) -> bool:
    """as_of agreement: equal; or the prediction lies inside the gold period (pred starts with gold, e.g. gold
    "2025-04", pred "2025-04-15"); or month-level agreement (gold starts with a prediction of >= 7 chars,
    e.g. gold "2025-04-30", pred "2025-04"). Both empty is correct."""
    pred, gold = (pred or "")[:10], (gold or "")[:10]
    if pred == gold:
        return True
    if not pred or not gold:
        return False
    return pred.startswith(gold) or (len(pred) >= 7 and gold.startswith(pred))


def said_by_ok(pred: str, gold: str) -> bool:
    """said_by agreement: both empty, or at least one shared content word (case-insensitive, stopwords out)."""
    pw = {w for w in words(pred) if w not in STOPWORDS}
    gw = {w for w in words(gold) if w not in STOPWORDS}
    if not gw:
        return not pw
    return bool(pw & gw)


def norm_unit(u: str) -> str:
    """Map unit spellings of the three systems onto the gold vocabulary."""
    k = (u or "").strip()
    return UNIT_ALIASES.get(k.lower(), UNIT_ALIASES.get(k, k.lower()))


def _same_bound(a: float | None, b: float | None) -> bool:
    """Two bounds agree within the value tolerance (None = unbounded must match None)."""
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(b), 1e-9) or a == b


def interval_ok(p: Pred, g: dict[str, Any]) -> bool:
    """low and high agree with gold within 1 % (None = unbounded must match None)."""
    return _same_bound(p.low, g["low"]) and _same_bound(p.high, g["high"])
