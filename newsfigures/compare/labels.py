"""Readable metric labels made from what the figures of a metric measure: "deaths · Indonesia",
"share price change · Acme (%)", "aid pledged · United States (USD)".

A label says only what the metric's articles agree on: a subject enters when at least half of the articles
reporting the metric name it, so one misread figure cannot rename a metric; the place is the corpus's settled
place of the metric (`metrics.settle`), the one its key is made from. All functions are pure.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from newsfigures.compare import lexicon
from newsfigures.compare.metrics import Reading, metric_key, settle
from newsfigures.compare.similarity import concept, dimension
from newsfigures.model import Figure, Measure

AGREEMENT = 0.5  # a subject enters the label when at least this share of the metric's articles name it
SEPARATOR = " · "
_SCOPE_SUFFIX = {"daily": "per day", "weekly": "per week",
                 "monthly": "per month", "annual": "per year"}
_OUTCOMES = frozenset(lexicon.EVENT_QUANTITY.values())


def _agreed(values: Iterable[tuple[str, str]], articles: int) -> str:
    """The value (by article) most articles give, when at least AGREEMENT of them give it; else ""."""
    per_article = {(article, value) for article, value in values if value}
    counts = Counter(value for _article, value in per_article)
    if not counts:
        return ""
    value, n = max(counts.items(), key=lambda kv: (kv[1], len(kv[0])))  # a tie goes to the fuller name
    return value if n >= AGREEMENT * articles else ""


def _mode(values: Iterable[str]) -> str:
    """The most frequent non-empty value, "" when there is none."""
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else ""


def _event_class(event: str) -> str:
    """An event class worth naming ("sent", "pledged"); "" for a statement, a measurement or an unclassed verb."""
    if not event or event in lexicon.STATEMENT_EVENTS or event == "measured" or event.startswith("other:"):
        return ""
    return event


def _head(figures: Sequence[Figure], reading: Reading) -> str:
    """What is counted, as a concept ("deaths", "troops", "aid"), with what happened when the concept does not say
    it ("troops sent"); a concept outside the vocabulary is its head lemma, never a pluralised word."""
    measures = [f.measure for f in figures if f.measure != Measure()]
    quantity = _mode(concept(m) for m in measures).replace("_", " ") or _mode(f.counted_lemma.lower() for f in figures)
    if _mode(m.scope for m in measures) == "change":
        return f"{quantity or 'value'} change"
    if quantity in _OUTCOMES:
        return quantity
    event = _mode(_event_class(m.event) for m in measures) or lexicon.PARTICIPLE.get(reading.family, "")
    return " ".join(w for w in (quantity, event) if w) or reading.subject


def _unit(figures: Sequence[Figure]) -> str:
    """The unit a label ends with: a currency code, "%", a unit of measure; nothing for a count."""
    dim = _mode(dimension(f) for f in figures)
    if dim.startswith("currency"):
        return dim.partition(":")[2] or "money"
    if dim in ("percent", "percentage_point"):
        return "%" if dim == "percent" else "points"
    return "" if dim in ("count", "fraction", "") else _mode(f.unit for f in figures)


def label(figures: Sequence[Figure], reading: Reading) -> str:
    """One metric's label from its figures' measures and the corpus's settled reading of them."""
    head = _head(figures, reading)
    if not head:
        return ""
    articles = len({f.article_id for f in figures})
    subject = _agreed(((f.article_id, f.measure.subject) for f in figures), articles)
    parts = [head]
    for p in (subject, reading.place):
        if p and all(p.lower() not in q.lower() for q in parts):
            parts.append(p)
    unit = _unit(figures)
    scope = "projected" if reading.projected else "batch" if reading.incremental else \
        _SCOPE_SUFFIX.get(_mode(f.measure.scope for f in figures), "")
    return SEPARATOR.join(parts) + "".join(f" ({x})" for x in (unit, scope) if x and x != head)


def _made(r: Reading) -> str:
    """The key a reading makes on its own (a merged metric kept the key of one of its groups)."""
    return metric_key(r.subject, r.family, r.place, r.incremental, r.unit, r.projected)


def _placed(key: str, figures: Sequence[Figure], reading: Reading) -> Reading:
    """The reading with the place a split metric's key took from its measures ("people killed in Victoria" split
    from "people killed": compare.split), when the corpus's reading has none."""
    place = _mode(f.measure.place for f in figures)
    return replace(reading, place=place) if not reading.place and place and f" in {place}" in key else reading


def metric_labels(figures: Iterable[Figure]) -> dict[str, str]:
    """A readable label per metric key; two metrics that would read alike keep their keys beside the label."""
    groups: dict[str, list[Figure]] = defaultdict(list)
    readings: dict[str, Reading] = {}
    for f, r in settle(figures):
        groups[f.metric].append(f)
        kept = readings.get(f.metric)
        if kept is None or (_made(kept) != f.metric and _made(r) == f.metric):
            readings[f.metric] = r  # a merged metric (compare.clusters) reads as the group whose key it kept
    made = {key: label(figs, _placed(key, figs, readings[key])) or key for key, figs in groups.items()}
    clashes = Counter(made.values())
    return {key: text if clashes[text] == 1 or text == key else f"{text} [{key}]" for key, text in made.items()}
