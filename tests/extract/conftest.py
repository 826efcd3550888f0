"""Fixtures for the extractor's tests: one number mention of a real sentence, parsed and ready to read."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from spacy.tokens import Doc, Span, Token

from newsfigures.extract import extract_figures
from newsfigures.extract.context import ArticleContext
from newsfigures.model import Article
from newsfigures.numbers import NumberMention

PUBLISHED = "2025-09-02"  # a Tuesday


@dataclass
class Reading:
    """A sentence parsed with the pipeline, one of its number mentions, and the article context it is read in."""

    doc: Doc
    mention: NumberMention
    span: Span  # the number itself ("10,000" of "more than 10,000")
    whole: Span  # the mention with its qualifier words
    ctx: ArticleContext

    @property
    def num(self) -> Token:
        return self.span.root


@pytest.fixture
def read(nlp):
    """read(text, surface, published=..., last_source=...) -> the Reading of the mention written `surface`."""
    def _read(text: str, surface: str, published: str = PUBLISHED, last_source: str = "") -> Reading:
        doc = nlp(text)
        m = next((m for m in doc._.numbers if m.text == surface), None)
        assert m is not None, [m.text for m in doc._.numbers]
        span = doc.char_span(m.number_start, m.number_end, alignment_mode="expand")
        whole = doc.char_span(m.start, m.end, alignment_mode="expand")
        article = Article(id="t", text=text, raw_text=text, published=published, source_file="t.txt")
        return Reading(doc, m, span, whole, ArticleContext(article, last_source=last_source))
    return _read


@pytest.fixture(scope="module")
def figures_by_surface(nlp):
    """figures_by_surface(text) -> each figure extracted from `text` (published PUBLISHED; its first line the title
    when the text has a line break), by its surface; one extraction per text in a module, for the article probes,
    whose several rows read one article."""
    cache: dict[str, dict] = {}

    def _figures(text: str) -> dict:
        if text not in cache:
            title = text.split("\n", 1)[0] if "\n" in text else ""
            art = Article(id="t", text=text, raw_text=text, title=title, published=PUBLISHED, source_file="t.txt")
            cache[text] = {f.text: f for f in extract_figures(art, nlp)}
        return cache[text]
    return _figures


@pytest.fixture(scope="module")
def article_measures(figures_by_surface):
    """article_measures(text) -> the measure of each figure of an article probe's `text`, by the figure's surface."""
    return lambda text: {surface: fig.measure for surface, fig in figures_by_surface(text).items()}


@pytest.fixture
def sources(nlp):
    """sources(text) -> the said_by of each figure extracted from `text` (published PUBLISHED), by its surface."""
    def _sources(text: str) -> dict:
        art = Article(id="t", text=text, raw_text=text, published=PUBLISHED, source_file="t.txt")
        return {f.text: f.said_by for f in extract_figures(art, nlp)}
    return _sources


@pytest.fixture
def measures(nlp):
    """measures(text, published=...) -> the measure of each figure extracted from `text`, by the figure's surface."""
    def _measures(text: str, published: str = PUBLISHED) -> dict:
        art = Article(id="t", text=text, raw_text=text, published=published, source_file="t.txt")
        return {f.text: f.measure for f in extract_figures(art, nlp)}
    return _measures
