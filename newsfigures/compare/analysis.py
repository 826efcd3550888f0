"""A corpus end to end: load, extract (or fetch from the store), and reconcile figures across articles."""
from __future__ import annotations

import math
from collections import defaultdict

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from spacy.language import Language

from newsfigures.compare import alignment
from newsfigures.compare import metrics
from newsfigures.compare.discrepancies import Discrepancy, discrepancies
from newsfigures.compare.edited import NOTHING_EDITED, Edited
from newsfigures.compare.intervals import SAME_TOLERANCE
from newsfigures.compare.nesting import NO_NESTING, Nesting
from newsfigures.extract import EXTRACTOR_VERSION, extract_many
from newsfigures.ingest import load_path
from newsfigures.model import Article, Figure, LedgerEntry, Pair
from newsfigures.store import Store, extraction_key


@dataclass(frozen=True)
class Analysis:
    """Articles, their figures with corpus-wide metrics, the ingestion ledger, and how much NLP ran."""

    articles: tuple[Article, ...]
    figures: tuple[Figure, ...]
    ledger: tuple[LedgerEntry, ...] = ()
    extracted: int = 0  # articles that went through spaCy this time
    reused: int = 0  # articles whose figures came from the store
    warnings: tuple[str, ...] = ()
    # Each article's own figures, stamped but before the corpus-wide steps: what a merge with more articles reconciles.
    article_figures: tuple[Figure, ...] = ()
    # A visitor's edits of the pairing (unlinked and linked pairs) and which of their edits no longer apply.
    edited: Edited = NOTHING_EDITED
    # Which places of the corpus lie within which (`compare.nesting`), learned once with its metrics
    # (`reconcile_nested`): its pairs read the places as its metrics did. An Analysis made by hand has none.
    nesting: Nesting = NO_NESTING

    def article(self, article_id: str) -> Article | None:
        """The article with this id, or None."""
        return self._articles_by_id.get(article_id)

    @cached_property
    def _articles_by_id(self) -> dict[str, Article]:
        out: dict[str, Article] = {}
        for a in self.articles:
            out.setdefault(a.id, a)  # the first of an id, as the scan it replaces found
        return out

    @cached_property
    def _by_article(self) -> dict[str, list[Figure]]:
        index: dict[str, list[Figure]] = {}
        for f in self.figures:
            index.setdefault(f.article_id, []).append(f)
        return index

    def figures_of(self, article_id: str) -> list[Figure]:
        """Figures of one article, in text order (indexed once per analysis)."""
        return list(self._by_article.get(article_id, ()))

    @cached_property
    def discrepancies(self) -> list[Discrepancy]:
        """Every conflict and update of the corpus, ranked (computed once per analysis)."""
        return discrepancies(self.figures, self.articles, self.edited)

    @cached_property
    def pair_differences(self) -> list[tuple[str, str, Pair]]:
        """What differs between every two articles, most important first (computed once per analysis)."""
        return pair_differences(self)


def stamp(figures: Iterable[Figure], article: Article) -> list[Figure]:
    """Figures carried over to their article's current metadata: a figure copies the article's id, file, outlet and
    publication date, so a stored extraction or a corrected article needs them stamped again."""
    return [replace(f, article_id=article.id, source_file=article.source_file, outlet=article.outlet,
                    published=article.published) for f in figures]


def figures_for(articles: Iterable[Article], nlp: Callable[[], Language], store: Store | None,
                workers: int | None = None) -> tuple[list[Figure], int, int]:
    """Figures of each article, from the store when its key is there (one query), else extracted (by `workers`
    processes; None: every core for a large corpus) and stored (one transaction)."""
    arts = list(articles)
    keys = {a.id: extraction_key(a, EXTRACTOR_VERSION) for a in arts}
    stored = store.get_many(keys.values()) if store is not None else {}
    found = {a.id: stamp(stored[keys[a.id]], a) for a in arts if keys[a.id] in stored}
    todo = [a for a in arts if a.id not in found]
    if todo:
        fresh = extract_many(todo, nlp(), workers=workers)
        found.update((a.id, fresh[a.id]) for a in todo)
        if store is not None:
            store.put_many((keys[a.id], a, EXTRACTOR_VERSION, fresh[a.id]) for a in todo)
    figs = [f for a in arts for f in found[a.id]]
    return figs, len(todo), len(arts) - len(todo)


_BUCKET = math.log1p(SAME_TOLERANCE)  # width of a value bucket: values within tolerance are neighbours


def _value_bucket(value: float) -> tuple[int, int]:
    """(sign, log-scale bucket) of a value: two values within SAME_TOLERANCE lie at most two buckets apart."""
    if value == 0:
        return 0, 0
    return (1 if value > 0 else -1), math.floor(math.log(abs(value)) / _BUCKET)


def _dated_index(figures: list[Figure]) -> dict[tuple, list[tuple[int, Figure]]]:
    """Dated figures by (metric, unit, value bucket), each with its position in the corpus."""
    index: dict[tuple, list[tuple[int, Figure]]] = defaultdict(list)
    for n, f in enumerate(figures):
        if f.as_of:
            index[(f.metric, f.unit, *_value_bucket(f.value))].append((n, f))
    return index


def _dating_report(f: Figure, index: dict[tuple, list[tuple[int, Figure]]]) -> Figure | None:
    """The first report (in corpus order) of the same metric and number, dated before `f` was published."""
    sign, bucket = _value_bucket(f.value)
    found = [(n, g) for k in range(bucket - 2, bucket + 3) for n, g in index.get((f.metric, f.unit, sign, k), ())
             if g is not f and alignment.same_value(f, g)
             and (not f.published or g.as_of < f.published[:len(g.as_of)] or g.as_of < f.published)]
    return min(found, key=lambda ng: ng[0])[1] if found else None


def date_past_figures(figures: Iterable[Figure]) -> list[Figure]:
    """Give an undated earlier estimate ("up from about 600") the date another report gives the same number."""
    figs = list(figures)
    index = _dated_index(figs)
    out = []
    for f in figs:
        match = _dating_report(f, index) if f.is_past and not f.as_of else None
        out.append(replace(f, as_of=match.as_of, period=f"dated by {match.article_id}") if match is not None else f)
    return out


def reconcile(figures: Iterable[Figure], texts: Iterable[str] = ()) -> list[Figure]:
    """Corpus-wide steps: one metric vocabulary across articles (the articles' `texts` say which places lie within
    which, `compare.nesting`), then dates for undated past estimates (`session.with_visitor` runs the same two steps
    with a visitor's metric edits between them)."""
    return reconcile_nested(figures, texts)[0]


def reconcile_nested(figures: Iterable[Figure], texts: Iterable[str] = ()) -> tuple[list[Figure], Nesting]:
    """`reconcile`, with the places that nest as its metrics learned them: the `Analysis.nesting` of the corpus."""
    assigned, nest = metrics.assign_metrics_nested(figures, texts)
    return date_past_figures(assigned), nest


def analyse(articles: Iterable[Article], nlp: Callable[[], Language], store: Store | None = None,
            ledger: Iterable[LedgerEntry] = (), workers: int | None = None) -> Analysis:
    """Figures for a list of articles, reusing stored extractions; `nlp` is only called if something is new."""
    arts = tuple(articles)
    figs, extracted, reused = figures_for(arts, nlp, store, workers)
    warnings = (store.warning,) if store is not None and store.warning else ()
    settled, nest = reconcile_nested(figs, (a.text for a in arts))
    return Analysis(arts, tuple(settled), tuple(ledger), extracted, reused, warnings, tuple(figs), nesting=nest)


def analyse_paths(paths: Iterable[str | Path], nlp: Callable[[], Language], store: Store | None = None) -> Analysis:
    """Load files or folders and analyse them."""
    articles, ledger = load_path(*paths)
    return analyse(articles, nlp, store, ledger)


def story_of(analysis: Analysis, article_id: str) -> str:
    """The wire story an article belongs to: its story_id, or its own id when it is unique."""
    a = analysis.article(article_id)
    return (a.story_id or a.id) if a is not None else article_id


def compare(analysis: Analysis, id_a: str, id_b: str) -> list[Pair]:
    """Aligned pairs between two articles of an analysis (copies of one wire story are said to be copies)."""
    same = id_a != id_b and story_of(analysis, id_a) == story_of(analysis, id_b)
    return alignment.align(analysis.figures_of(id_a), analysis.figures_of(id_b), same, analysis.edited,
                           analysis.nesting)


@dataclass(frozen=True)
class MarkVerdict:
    """What one highlighted mention shows in an N-way compare: its most important verdict and counterpart."""

    status: str
    counterpart: Figure | None
    counterpart_article: str


def mention_verdicts(analysis: Analysis, rows: Iterable[tuple[str, str, Pair]]) -> dict[tuple[str, int], MarkVerdict]:
    """(article id, mention start) -> the most important verdict of that mention in `rows` (from compare_many);
    repeats of a number in one article share their report's verdict."""
    best: dict[tuple[str, int], MarkVerdict] = {}
    for x_id, y_id, p in rows:
        for me, mine, other, other_id in ((x_id, p.a, p.b, y_id), (y_id, p.b, p.a, x_id)):
            if mine is None:
                continue
            status = p.status if other is not None else "only_a"
            key_of_report = alignment.report_key(mine)
            for f in analysis.figures_of(me):
                if alignment.report_key(f) != key_of_report:
                    continue
                key = (me, f.start)
                if key not in best or alignment.STATUS_ORDER[status] < alignment.STATUS_ORDER[best[key].status]:
                    best[key] = MarkVerdict(status, other, other_id)
    return best


def compare_many(analysis: Analysis, ids: list[str]) -> list[tuple[str, str, Pair]]:
    """Aligned pairs of every two of the given articles, as (id_a, id_b, pair), most important first."""
    out = [(a, b, p) for i, a in enumerate(ids) for b in ids[i + 1:] for p in compare(analysis, a, b)]
    out.sort(key=lambda t: alignment.STATUS_ORDER[t[2].status])
    return out


PAIRWISE_LIMIT = 30  # above this many articles, aligning every pair of them costs too much for an overview
DIFFERENT = frozenset({"conflict", "update", "compatible"})


def _differs(p: Pair) -> bool:
    """A pair worth pointing out: the values differ, or one value is worded with different qualifiers."""
    return p.status in DIFFERENT or (p.status == "same" and p.a.qualifier != p.b.qualifier)


def pair_differences(analysis: Analysis) -> list[tuple[str, str, Pair]]:
    """(id_a, id_b, pair) for every two articles' differing figures, most important first; none above
    PAIRWISE_LIMIT articles (the ranked discrepancies cover a large corpus)."""
    if len(analysis.articles) > PAIRWISE_LIMIT:
        return []
    rows = [(a.id, b.id, p) for a, b in itertools.combinations(analysis.articles, 2)
            for p in compare(analysis, a.id, b.id) if _differs(p)]
    rows.sort(key=lambda r: alignment.STATUS_ORDER[r[2].status])
    return rows
