"""Metrics: the key shared by figures that measure the same thing (what is counted, what happened, where)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from . import lexicon as lx
from .model import Figure

# Event families whose figures are restricted by place ("deaths in Sri Lanka" is not the total).
RESTRICTABLE_FAMILIES: frozenset[str] = frozenset({"killed", "wounded", "missing", "displaced", "casualties",
                                                   "affected", "destroyed", "rescued", "captured"})
DEFAULT_SUBJECT = "people"


def family(fig: Figure) -> str:
    """The event family of a figure ("died" and "killed" are one), or ""."""
    return lx.EVENT_FAMILIES.get(fig.event, fig.event)


def _plural(lemma: str) -> str:
    if lemma.endswith(("s", "sh", "ch", "x")):
        return lemma + "es" if not lemma.endswith("s") else lemma
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def subject(fig: Figure) -> str:
    """The kind of thing counted, synonyms folded ("troop" -> "soldiers"); "" when the noun names no subject."""
    lemma = fig.counted_lemma.lower()
    if not lemma or lemma in lx.SUBJECTLESS:
        return ""
    return lx.SUBJECT_SYNONYMS.get(lemma, _plural(lemma))


def metric_key(subj: str, fam: str, place: str = "", incremental: bool = False, unit: str = "") -> str:
    """Readable metric key: "soldiers killed", "people killed in Sri Lanka", "soldiers sent (batch)"."""
    if fam:
        base = f"{subj or DEFAULT_SUBJECT} {lx.PARTICIPLE.get(fam, fam)}"
    else:
        base = subj or "unspecified"
    if unit:
        base += f" ({unit})"
    if place:
        base += f" in {place}"
    if incremental:
        base += " (batch)"
    return base


def assign_metrics(figures: Iterable[Figure]) -> list[Figure]:
    """Set `metric` on every figure; subjectless counts ("the toll", "war dead") take the dominant
    subject of the same event among the figures given (an article, or a whole corpus)."""
    figs = list(figures)
    dominant: dict[str, Counter[str]] = {}
    for f in figs:
        if (s := subject(f)) and (fam := family(f)):
            dominant.setdefault(fam, Counter())[s] += 1
    out = []
    for f in figs:
        fam = family(f)
        subj = subject(f) or (dominant[fam].most_common(1)[0][0] if fam in dominant else "")
        unit = f.unit if f.unit and f.kind != "cardinal" else ""
        out.append(replace(f, metric=metric_key(subj, fam, f.place, f.incremental, unit)))
    return out


def metric_labels(figures: Iterable[Figure]) -> dict[str, str]:
    """A readable label per metric: its most frequent counted phrase plus what happened."""
    phrases: dict[str, Counter[str]] = {}
    for f in figures:
        if f.counted and subject(f):
            phrases.setdefault(f.metric, Counter())[f.counted] += 1
    labels = {}
    for f in figures:
        if f.metric in labels:
            continue
        c = phrases.get(f.metric)
        fam = family(f)
        if c and fam:
            label = f"{c.most_common(1)[0][0]} {lx.PARTICIPLE.get(fam, fam)}"
            rest = f.metric.split(" ", 2)[2] if f.metric.count(" ") >= 2 else ""
            labels[f.metric] = f"{label} {rest}".strip()
        else:
            labels[f.metric] = f.metric
    return labels
