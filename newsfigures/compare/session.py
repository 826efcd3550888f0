"""A visitor's own corpus over the bundled one: their uploads admitted, their corrections applied, all reconciled.

Pure functions: the app keeps their results in the visitor's session and supplies re-extraction (`refigure`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from newsfigures.compare import edits, metrics
from newsfigures.compare.analysis import Analysis, date_past_figures, stamp
from newsfigures.compare.edited import NOTHING_EDITED
from newsfigures.compare.edits import Edit
from newsfigures.ingest import corrections as fixes
from newsfigures.ingest import dedupe, unused_id
from newsfigures.ingest.corrections import Corrections
from newsfigures.model import Article, Figure, LedgerEntry


@dataclass(frozen=True)
class Uploads:
    """A visitor's own articles, their figures as extracted (before the corpus-wide steps), and the ledger rows of
    everything they submitted."""

    articles: tuple[Article, ...] = ()
    figures: tuple[Figure, ...] = ()
    ledger: tuple[LedgerEntry, ...] = ()

    def plus(self, articles: Iterable[Article], figures: Iterable[Figure], ledger: Iterable[LedgerEntry]) -> Uploads:
        """These uploads and more."""
        return Uploads(self.articles + tuple(articles), self.figures + tuple(figures), self.ledger + tuple(ledger))


def steps(new: Sequence[Article], rows: Sequence[LedgerEntry], size: int) -> list[tuple[list[Article], list[LedgerEntry]]]:
    """New articles in steps of `size`, each with its ledger rows (rows of no new article, such as rejections and
    duplicates, go with the first step), so each step can be kept as soon as it is read."""
    chunks = [list(new[k:k + size]) for k in range(0, len(new), size)] or [[]]
    new_ids = {a.id for a in new}
    out = []
    for n, chunk in enumerate(chunks):
        ids = {a.id for a in chunk}
        out.append((chunk, [e for e in rows if e.article_id in ids or (n == 0 and e.article_id not in new_ids)]))
    return out


def originals(base: Analysis, uploads: Uploads) -> list[Article]:
    """The bundled articles, then the visitor's, before any correction."""
    return list(base.articles) + list(uploads.articles)


def _renames(known: Sequence[Article], new: Sequence[Article]) -> dict[str, str]:
    """New id of each new article whose id is already taken: suffixed with its content hash, as within one corpus."""
    taken = {a.id for a in known}
    renamed = {}
    for a in new:
        new_id = unused_id(a.id, a.content_hash, taken)
        if new_id != a.id:
            renamed[a.id] = new_id
        taken.add(new_id)
    return renamed


def _ledger_row(e: LedgerEntry, first_of: Mapping[str, str], renamed: Mapping[str, str]) -> LedgerEntry:
    """A ledger row rewritten for the merge: a known text becomes a duplicate of its first article; a renamed
    article's row names its new id."""
    if e.status == "ingested" and e.article_id in first_of:
        first = first_of[e.article_id]
        return LedgerEntry(e.item, "duplicate", article_id=first, reason="exact_duplicate",
                           message=f"{e.item}: same text as article {first}, already loaded", line=e.line,
                           warnings=e.warnings)
    if e.article_id in renamed:
        return replace(e, article_id=renamed[e.article_id], message=f"{e.item}: ingested as {renamed[e.article_id]}")
    return e


def merge_uploads(known_articles: Sequence[Article], new_articles: Sequence[Article],
                  ledger: Sequence[LedgerEntry]) -> tuple[list[Article], list[LedgerEntry]]:
    """Newly loaded articles whose text is not known yet (an id already taken gets a suffix), and the ledger rows of
    the load (an article whose text is known is reported as a duplicate of the article first loaded with it)."""
    known = {a.content_hash: a.id for a in known_articles}
    new = [a for a in new_articles if a.content_hash not in known]
    renamed = _renames(known_articles, new)
    first_of = {a.id: known[a.content_hash] for a in new_articles if a.content_hash in known}
    rows = [_ledger_row(e, first_of, renamed) for e in ledger]
    return [replace(a, id=renamed[a.id]) if a.id in renamed else a for a in new], rows


def _figures_by_article(figures: Iterable[Figure]) -> dict[str, list[Figure]]:
    by_id: dict[str, list[Figure]] = {}
    for f in figures:
        by_id.setdefault(f.article_id, []).append(f)
    return by_id


def _own_figures(base: Analysis, uploads: Uploads, corrections: Corrections,
                 refigure: Callable[[Article], list[Figure]]) -> tuple[list[Article], list[Figure]]:
    """The visitor's articles (bundled and uploaded, corrections applied) and each one's own figures: an article
    whose publication date was corrected is read again by `refigure`; a corrected article's figures are stamped."""
    before = originals(base, uploads)
    if uploads.articles:
        before = dedupe.mark_near_duplicates(before)
    after = fixes.apply(before, corrections)
    redated = fixes.date_changed(before, after)
    own = _figures_by_article(base.article_figures + uploads.figures)
    figures: list[Figure] = []
    for was, article in zip(before, after):
        mine = refigure(article) if article.id in redated else own.get(article.id, [])
        figures += mine if article is was else stamp(mine, article)
    return after, figures


def with_visitor(base: Analysis, uploads: Uploads, corrections: Corrections,
                 refigure: Callable[[Article], list[Figure]], chosen: Sequence[Edit] = ()) -> Analysis:
    """The bundled analysis with a visitor's uploads, corrections and edits, reconciled together once.

    `base` comes from `analyse` (it keeps each article's own figures). Metric edits are replayed over the corpus-wide
    metrics before undated past estimates are dated; pair edits are resolved against the final figures. The places
    that nest are learned once over the merged articles with their metrics, and pairs read them (`Analysis.nesting`)."""
    if not uploads.articles and not corrections and not any(isinstance(e, edits.METRIC_EDITS) for e in chosen):
        merged = replace(base, ledger=base.ledger + uploads.ledger) if uploads.ledger else base
        if not chosen:
            return merged
        ids = [a.id for a in merged.articles]
        return replace(merged, edited=edits.settle_pairs(merged.figures, chosen, ids, NOTHING_EDITED))
    articles, own = _own_figures(base, uploads, corrections, refigure)
    ids = [a.id for a in articles]
    assigned, nest = metrics.assign_metrics_nested(own, (a.text for a in articles))  # as `reconcile_nested` does
    grouped, edited = edits.regroup(assigned, chosen, ids)
    figures = date_past_figures(grouped)  # the rest of `reconcile`, after the analyst's regrouping
    return Analysis(tuple(articles), tuple(figures), base.ledger + uploads.ledger, base.extracted, base.reused,
                    base.warnings, tuple(own), edits.settle_pairs(figures, chosen, ids, edited), nest)
