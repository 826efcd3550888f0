"""An analyst's corrections of what is the same thing: unlink or link two figures, merge two metrics, move a figure
out of its metric, rename a metric. Pure: the edits are replayed in order over freshly grouped figures, and an edit
that no longer applies (its article or figure gone, its metric renamed away) is reported and skipped."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar, Union

from newsfigures.compare.alignment import report_key
from newsfigures.compare.edited import Edited, FigureKey, pair_of
from newsfigures.model import Figure

MAX_NAME = 120  # characters of a metric name an analyst gives
MAX_SHOWN = 300  # characters of the name a metric was shown by when an edit was made (its label)


class EditError(ValueError):
    """An edit that cannot be made, or an edits file or link that cannot be read; the message says why."""


def _name(value: str, what: str) -> str:
    """A metric name as given, trimmed; an empty or overlong one is refused."""
    name = " ".join(str(value).split())
    if not name:
        raise EditError(f"{what} is empty")
    if len(name) > MAX_NAME:
        raise EditError(f"{what} is longer than {MAX_NAME} characters")
    return name


def _shown(value: str, what: str) -> None:
    """The name a metric was shown by, kept with an edit; an overlong one is refused."""
    if len(value) > MAX_SHOWN:
        raise EditError(f"the shown name of {what} is longer than {MAX_SHOWN} characters")


@dataclass(frozen=True)
class Naming:
    """How an edit is described for a person: `metrics` names the metrics of the corpus now, `before` those of the
    corpus before any edit (a metric merged or renamed away keeps its old name, and a merge reads the same before
    and after it); `articles` names articles. A key or id without a name is shown as it is."""

    metrics: Mapping[str, str] = field(default_factory=dict)
    articles: Mapping[str, str] = field(default_factory=dict)
    before: Mapping[str, str] = field(default_factory=dict)

    def metric(self, key: str, shown: str = "") -> str:
        """A metric's name: the name it was shown by when the edit was made, else its name before any edit, else its
        name now."""
        return shown or self.before.get(key) or self.metrics.get(key) or key

    def figure(self, k: FigureKey) -> str:
        """A figure's words and the name of its article: "6,000 (PAP, 2025-09-02)"."""
        return f"{k.text} ({self.articles.get(k.article_id) or k.article_id})"


KEYS = Naming()  # edits described by their metric keys and article ids


@dataclass(frozen=True)
class Unlink:
    """Two figures that are not the same thing: never paired again (the next best pairing is allowed)."""

    a: FigureKey
    b: FigureKey
    op: ClassVar[str] = "unlink"

    def __post_init__(self) -> None:
        if self.a == self.b:
            raise EditError("a figure cannot be unlinked from itself")

    def describe(self, naming: Naming = KEYS) -> str:
        """What the edit says, for a person (metrics and articles named by `naming`)."""
        return f"not the same thing: {naming.figure(self.a)} and {naming.figure(self.b)}"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready record."""
        return {"op": self.op, "a": self.a.to_dict(), "b": self.b.to_dict()}


@dataclass(frozen=True)
class Link:
    """Two figures of two different articles that are the same thing: always paired (the verdict as usual)."""

    a: FigureKey
    b: FigureKey
    op: ClassVar[str] = "link"

    def __post_init__(self) -> None:
        if self.a.article_id == self.b.article_id:
            raise EditError("only figures of two different articles can be linked")

    def describe(self, naming: Naming = KEYS) -> str:
        """What the edit says, for a person (metrics and articles named by `naming`)."""
        return f"the same thing: {naming.figure(self.a)} and {naming.figure(self.b)}"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready record."""
        return {"op": self.op, "a": self.a.to_dict(), "b": self.b.to_dict()}


@dataclass(frozen=True)
class Merge:
    """Every figure of `metric` filed under `into`: one metric, named `into`. The labels are the names the two
    metrics were shown by when the edit was made (for its description only: equal edits may differ in them)."""

    metric: str
    into: str
    metric_label: str = field(default="", compare=False)
    into_label: str = field(default="", compare=False)
    op: ClassVar[str] = "merge"

    def __post_init__(self) -> None:
        if _name(self.metric, "the metric to merge") == _name(self.into, "the metric to merge into"):
            raise EditError("a metric cannot be merged into itself")
        _shown(self.metric_label, "the metric to merge")
        _shown(self.into_label, "the metric to merge into")

    def describe(self, naming: Naming = KEYS) -> str:
        """What the edit says, for a person (metrics and articles named by `naming`)."""
        return f"merge “{naming.metric(self.metric, self.metric_label)}” into “{naming.metric(self.into, self.into_label)}”"

    def metric_names(self) -> dict[str, str]:
        """Each metric the edit names, with the name it was shown by ("" when not kept)."""
        return {self.metric: self.metric_label, self.into: self.into_label}

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready record (a label only when there is one)."""
        return {"op": self.op, "metric": self.metric, "into": self.into,
                **_labels(metric_label=self.metric_label, into_label=self.into_label)}


@dataclass(frozen=True)
class Move:
    """A figure (with its repeats in its article) taken out of its metric: into metric `into`, or, when `into` is
    empty, into a new metric of its own. `into_label`: the name `into` was shown by (for the description only)."""

    figure: FigureKey
    into: str = ""
    into_label: str = field(default="", compare=False)
    op: ClassVar[str] = "move"

    def __post_init__(self) -> None:
        if self.into:
            _name(self.into, "the metric to move into")
        _shown(self.into_label, "the metric to move into")

    def describe(self, naming: Naming = KEYS) -> str:
        """What the edit says, for a person (metrics and articles named by `naming`)."""
        where = f"into “{naming.metric(self.into, self.into_label)}”" if self.into else "into a metric of its own"
        return f"move {naming.figure(self.figure)} {where}"

    def metric_names(self) -> dict[str, str]:
        """Each metric the edit names, with the name it was shown by ("" when not kept)."""
        return {self.into: self.into_label} if self.into else {}

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready record (a label only when there is one)."""
        return {"op": self.op, "figure": self.figure.to_dict(), "into": self.into,
                **_labels(into_label=self.into_label)}


@dataclass(frozen=True)
class Rename:
    """A metric shown under the analyst's name (renaming onto an existing metric merges the two). `metric_label`:
    the name the metric was shown by before (for the description only)."""

    metric: str
    name: str
    metric_label: str = field(default="", compare=False)
    op: ClassVar[str] = "rename"

    def __post_init__(self) -> None:
        _name(self.metric, "the metric to rename")
        _name(self.name, "the new name")
        _shown(self.metric_label, "the metric to rename")

    def describe(self, naming: Naming = KEYS) -> str:
        """What the edit says, for a person (metrics and articles named by `naming`)."""
        return f"rename “{naming.metric(self.metric, self.metric_label)}” to “{self.name}”"

    def metric_names(self) -> dict[str, str]:
        """Each metric the edit names, with the name it was shown by ("" when not kept)."""
        return {self.metric: self.metric_label}

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready record (a label only when there is one)."""
        return {"op": self.op, "metric": self.metric, "name": self.name, **_labels(metric_label=self.metric_label)}


def _labels(**labels: str) -> dict[str, str]:
    """The labels an edit keeps, for its record: only those it has (an old record has none)."""
    return {k: v for k, v in labels.items() if v}


Edit = Union[Unlink, Link, Merge, Move, Rename]
METRIC_EDITS = (Merge, Move, Rename)
PAIR_EDITS = (Unlink, Link)


def own_metric(f: Figure) -> str:
    """The name of the metric a figure moved out on its own gets: its old metric, its words and its article."""
    return f"{f.metric}{_own_suffix(f)}"


def _own_suffix(f: Figure) -> str:
    return f" — {f.text} ({f.article_id})"


def moved_out_of(f: Figure) -> str | None:
    """The metric a figure was moved out of into a metric of its own (`own_metric`), or None when it was not."""
    suffix = _own_suffix(f)
    return f.metric[:-len(suffix)] if f.metric.endswith(suffix) and len(f.metric) > len(suffix) else None


def explain_skip(e: Edit, why: str, naming: Naming = KEYS) -> str:
    """Why an edit no longer applies, each metric it names named by `naming` (as its description names it)."""
    if isinstance(e, METRIC_EDITS):
        for key, shown in e.metric_names().items():
            why = why.replace(f"“{key}”", f"“{naming.metric(key, shown)}”")
    return why


@dataclass(frozen=True)
class _Corpus:
    """The figures an edit is applied to, indexed by key, and the articles present."""

    figures: tuple[Figure, ...]
    articles: frozenset[str]

    def find(self, key: FigureKey) -> Figure | str:
        """The figure a key names, or why it cannot be found."""
        if key.article_id not in self.articles:
            return f"article {key.article_id} is no longer in the corpus"
        found = next((f for f in self.figures if FigureKey.of(f) == key), None)
        return found if found is not None else f"figure {key.label()} is no longer found"

    def metrics(self) -> set[str]:
        return {f.metric for f in self.figures}

    def report(self, f: Figure) -> list[Figure]:
        """The mentions of one report: the figure and its repeats in its article."""
        return [g for g in self.figures if report_key(g) == report_key(f)]


def _regroup_one(corpus: _Corpus, e: Edit) -> tuple[list[Figure], str]:
    """The figures after one metric edit, and why it was skipped ("" when it applied)."""
    figs, present = list(corpus.figures), corpus.metrics()
    if isinstance(e, (Merge, Rename)):
        if e.metric not in present:
            return figs, f"metric “{e.metric}” is no longer in the corpus"
        if isinstance(e, Merge) and e.into not in present:
            return figs, f"metric “{e.into}” is no longer in the corpus"
        target = e.into if isinstance(e, Merge) else e.name
        return [replace(f, metric=target) if f.metric == e.metric else f for f in figs], ""
    found = corpus.find(e.figure)
    if isinstance(found, str):
        return figs, found
    if e.into and e.into not in present:
        return figs, f"metric “{e.into}” is no longer in the corpus"
    moving = {id(f) for f in corpus.report(found)}
    target = e.into or own_metric(found)
    return [replace(f, metric=target) if id(f) in moving else f for f in figs], ""


def regroup(figures: Iterable[Figure], edits: Sequence[Edit], articles: Iterable[str]) -> tuple[list[Figure], Edited]:
    """Figures (with corpus-wide metrics) after the metric edits among `edits`, in order; the Edited holds the
    metrics the analyst named and the metric edits that no longer apply."""
    corpus = _Corpus(tuple(figures), frozenset(articles))
    named: set[str] = set()
    skipped = []
    for n, e in enumerate(edits):
        if not isinstance(e, METRIC_EDITS):
            continue
        figs, why = _regroup_one(corpus, e)
        if why:
            skipped.append((n, why))
            continue
        corpus = replace(corpus, figures=tuple(figs))
        if isinstance(e, Rename):
            named.discard(e.metric)
            named.add(e.name)
        elif isinstance(e, Merge):
            named.discard(e.metric)
    return list(corpus.figures), Edited(named=frozenset(named), skipped=tuple(skipped))


def _resolve(corpus: _Corpus, e: Unlink | Link) -> tuple[Figure, Figure] | str:
    """The two figures a pair edit names, or why it no longer applies."""
    x, y = corpus.find(e.a), corpus.find(e.b)
    if isinstance(x, str) or isinstance(y, str):
        return x if isinstance(x, str) else y
    if report_key(x) == report_key(y):
        return f"{e.a.text} and {e.b.text} are now one report of article {e.a.article_id}"
    return x, y


def _report_pairs(corpus: _Corpus, x: Figure, y: Figure) -> set[frozenset[FigureKey]]:
    """Every two mentions of the reports of x and y (repeats of a number stand for their report)."""
    return {pair_of(FigureKey.of(p), FigureKey.of(q)) for p in corpus.report(x) for q in corpus.report(y)}


def settle_pairs(figures: Iterable[Figure], edits: Sequence[Edit], articles: Iterable[str],
                 edited: Edited) -> Edited:
    """`edited` with the pair edits among `edits` resolved against the final figures, in order: a later link undoes
    an earlier unlink of the same reports and replaces an earlier link of either figure to the same article; a later
    unlink undoes an earlier link."""
    corpus = _Corpus(tuple(figures), frozenset(articles))
    unlinked: set[frozenset[FigureKey]] = set()
    linked: list[tuple[FigureKey, FigureKey]] = []
    skipped = list(edited.skipped)
    for n, e in enumerate(edits):
        if not isinstance(e, PAIR_EDITS):
            continue
        found = _resolve(corpus, e)
        if isinstance(found, str):
            skipped.append((n, found))
            continue
        both = _report_pairs(corpus, *found)
        linked = [(p, q) for p, q in linked if pair_of(p, q) not in both]
        if isinstance(e, Unlink):
            unlinked |= both
            continue
        unlinked -= both
        ends = {(FigureKey.of(m), other.article_id) for me, other in (found, found[::-1]) for m in corpus.report(me)}
        linked = [(p, q) for p, q in linked if not {(p, q.article_id), (q, p.article_id)} & ends]
        linked.append((FigureKey.of(found[0]), FigureKey.of(found[1])))
    return replace(edited, unlinked=frozenset(unlinked), linked=tuple(linked), skipped=tuple(sorted(skipped)))
