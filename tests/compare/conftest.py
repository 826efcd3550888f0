"""Fixtures of the compare tests: reported counts of one metric across four articles (two copies of one wire story)."""
from __future__ import annotations

import pytest

from newsfigures.model import Article, Figure


def count(value, article, as_of="2025-01-01", metric="people killed", qualifier="exact", incremental=False):
    """A plain count of people killed, as one article reports it."""
    text = f"{value:,}"
    return Figure(article_id=article, source_file="", text=text, start=0, end=len(text), sentence=text, value=value,
                  low=value, high=value, qualifier=qualifier, unit="", counted="people", event="kill", as_of=as_of,
                  said_by="", metric=metric, incremental=incremental)


@pytest.fixture
def fig():
    """Make a reported count: fig(value, article, as_of=..., metric=..., qualifier=..., incremental=...)."""
    return count


@pytest.fixture
def articles():
    """AP's story, two copies of it (Site B, Reuters) and an independent AFP report."""
    return [Article("a", "", "", outlet="AP"), Article("b", "", "", outlet="Site B", story_id="a"),
            Article("c", "", "", outlet="Reuters", story_id="a"), Article("d", "", "", outlet="AFP")]


@pytest.fixture
def lee_thread(nlp):
    """Extract and reconcile Lee corpus items (dev split) as one corpus: lee_thread(118, 132); skipped without gensim."""
    from newsfigures.compare.analysis import reconcile
    from newsfigures.eval import lee
    from newsfigures.extract import extract_many
    from newsfigures.ingest import load_path

    def run(*items):
        try:
            paths = [lee.document_path(lee.item_name(n)) for n in items]
        except lee.LeeUnavailable as err:
            pytest.skip(str(err))
        articles, _ledger = load_path(*paths)
        figs = extract_many(articles, nlp)
        return list(reconcile(f for a in articles for f in figs[a.id]))
    return run
