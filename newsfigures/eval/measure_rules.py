"""Rules that compare a matched prediction's measure fields and said_by with the measure gold (the same rules for
every system; written down in docs/evaluation.md).

Strings are compared after `normal_words`: case-folded, possessive 's dropped, punctuation, underscores and hyphens
made spaces, a leading article (the, a, an) dropped. Names (subject, place, said_by) agree when they are equal or
one is the other's last word(s), each word singularised ("the Erbil Health Ministry" ~ "Health Ministry",
"Syrians" ~ "Syrian"; an honorific opening a name is dropped, "Mr Amin" ~ "Mohammad Amin"; a name list "i24 News; AFP" agrees with any of its names); quantity agrees when equal with each word singularised ("stores" ~ "store",
"share price" ~ "share_price"); a name also agrees with the acronym of its capitalised words ("NBA players" ~
"National Basketball Association players"); event, scope and dimension are classes of a closed vocabulary and agree only when
equal. A prediction whose measure is entirely empty has not read the measure: each of its six fields is wrong,
also where the gold field is empty."""
from __future__ import annotations

import re
from typing import Any, Callable

from newsfigures.eval.attributes import singular

ARTICLES = frozenset({"the", "a", "an"})
# a courtesy title says nothing about whom a name names ("Mr Ward" is "Lindsay Ward" named again)
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame"})
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_NON_WORD = re.compile(r"[^\w\s]|_")
# "National Basketball Association"; an article opening the run is no initial of the name ("The Transport Workers
# Union" is the TWU)
_NAME_RUN = re.compile(r"\b(?!(?:The|A|An)\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")


def normal_words(s: str, singularise: bool = False) -> tuple[str, ...]:
    """The words of `s` as compared: case-folded, possessive and punctuation dropped, no leading article."""
    words = _NON_WORD.sub(" ", _POSSESSIVE.sub("", (s or "").casefold())).split()
    if words and words[0] in ARTICLES:
        words = words[1:]
    return tuple(singular(w) for w in words) if singularise else tuple(words)


def abbreviated(s: str) -> str:
    """`s` with each run of two or more capitalised words written as its initials, the way an acronym writes it:
    "National Basketball Association players" -> "NBA players", "United States Air Force" -> "USAF"."""
    return _NAME_RUN.sub(lambda m: "".join(w[0] for w in m.group(0).split()), s or "")


def _words_agree(p: tuple[str, ...], g: tuple[str, ...]) -> bool:
    """Equal, or one is the other's last word(s); both empty is correct."""
    if not p or not g:
        return p == g
    n = min(len(p), len(g))
    return p[-n:] == g[-n:]


def name_words(s: str) -> tuple[str, ...]:
    """A name's words as compared: `normal_words` singularised, without an honorific opening it."""
    words = normal_words(s, True)
    return words[1:] if len(words) > 1 and words[0] in HONORIFICS else words


def _one_name_ok(pred: str, gold: str) -> bool:
    """One name against one: `_words_agree` as written, or with either side's name written as the acronym the
    other uses ("NBA players" / "National Basketball Association players"; never both sides abbreviated, so
    "Health Ministry" and "Housing Ministry" stay apart)."""
    p, g = name_words(pred), name_words(gold)
    return _words_agree(p, g) or _words_agree(name_words(abbreviated(pred)), g) or _words_agree(
        p, name_words(abbreviated(gold)))


def name_ok(pred: str, gold: str) -> bool:
    """Subject, place, said_by: `_one_name_ok` for any of the names either side lists with ";" ("i24 News; AFP")."""
    return any(_one_name_ok(p, g) for p in pred.split(";") for g in gold.split(";"))


def quantity_ok(pred: str, gold: str) -> bool:
    """Quantity: equal with each word singularised."""
    return normal_words(pred, True) == normal_words(gold, True)


def class_ok(pred: str, gold: str) -> bool:
    """Event, scope, dimension: the same class."""
    return normal_words(pred) == normal_words(gold)


def event_class(event: str) -> str:
    """The event class the issue names (killed, rose, pledged ...), with every `other:<lemma>` one class "other":
    which word names an unlisted event is a judgement two annotators share only 0.69 of the time (docs/evaluation.md,
    "How far two annotators agree"), while whether it is a listed class, and which, they share 0.86 of the time."""
    return "other" if event.startswith("other:") else event


def event_class_ok(pred: str, gold: str) -> bool:
    """Event class: `class_ok` on `event_class` of both sides (scored beside the strict event, never instead)."""
    return class_ok(event_class(pred), event_class(gold))


FIELD_RULES: dict[str, Callable[[str, str], bool]] = {
    "quantity": quantity_ok, "subject": name_ok, "event": class_ok, "place": name_ok, "scope": class_ok,
    "dimension": class_ok,
}


def measure_read(measure: Any) -> bool:
    """True when the prediction filled at least one measure field (None or an empty Measure: nothing read)."""
    return measure is not None and any(getattr(measure, f, "") for f in FIELD_RULES)


def field_ok(name: str, measure: Any, gold: dict[str, str]) -> bool:
    """One measure field of a prediction (a `newsfigures.model.Measure`) against the gold measure."""
    if not measure_read(measure):
        return False
    return FIELD_RULES[name](getattr(measure, name, "") or "", gold.get(name, ""))
