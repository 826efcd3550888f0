"""Row helpers of the detection probe tables (tests/numbers/test_parser_articles.py, test_parser_clusters.py): a row
(article, surface, qualifier, unit) passes when exactly one figure found overlaps the surface with that qualifier and
(unit not None) that unit; a qualifier of None passes when no figure overlaps it; each article's "spurious" row passes
when no figure is found outside its labelled surfaces."""
from __future__ import annotations

import re

import pytest

from conftest import gap

from newsfigures.eval.attributes import norm_unit
from newsfigures.extract import extract_figures
from newsfigures.model import Article

SPURIOUS = "*spurious*"


def _span(text: str, surface: str) -> tuple[int, int]:
    """The one place `surface` stands in `text` as whole words."""
    hits = [m.span() for m in re.finditer(r"(?<![\w,.$£€-])" + re.escape(surface) + r"(?![\w]|[.,]\d)", text)]
    assert len(hits) == 1, (surface, hits)
    return hits[0]


# The code's names of two gold units (extract/measure_lexicon reads "ton" as metric_ton); gold currency codes are
# upper case where norm_unit lower-cases a code it has no alias for.
CODE_UNIT_NAMES = {"ton": "tonne", "kmh": "km/h"}


def unit_name(unit: str) -> str:
    """The code's unit in the gold vocabulary, upper case for currency codes."""
    name = norm_unit(unit)
    return CODE_UNIT_NAMES.get(name, name.upper() if len(name) == 3 and unit.isupper() else name)


def figures_of(nlp, text: str) -> list:
    """Every figure the extractor keeps in `text`."""
    art = Article(id="t", text=text, raw_text=text, published="2025-09-02", source_file="t.txt")
    return extract_figures(art, nlp)


def row_reading(figs: list, text: str, surface: str) -> list[tuple[str, str, str]]:
    """(surface, qualifier, gold-vocabulary unit) of each figure found overlapping `surface`."""
    s, e = _span(text, surface)
    return [(f.text, f.qualifier, unit_name(f.unit)) for f in figs if f.start < e and s < f.end]


def outside(figs: list, text: str, surfaces: list[str]) -> list[str]:
    """Figures found that overlap no labelled surface of the article."""
    spans = [_span(text, s) for s in surfaces]
    return [f.text for f in figs if not any(f.start < e and s < f.end for s, e in spans)]


def check(nlp, text: str, rows: list, surface: str, qualifier, unit) -> None:
    """Assert one probe row (see the module docstring)."""
    figs = figures_of(nlp, text)
    if surface == SPURIOUS:
        assert outside(figs, text, [r[0] for r in rows]) == []
        return
    found = row_reading(figs, text, surface)
    if qualifier is None:
        assert found == []
        return
    assert len(found) == 1, found
    assert found[0][1] == qualifier, found
    assert unit is None or found[0][2] == unit, found


def table(*articles: tuple[str, list]) -> list:
    """Parametrize rows (text, rows, surface, qualifier, unit, marks) of the given articles."""
    out = []
    for text, rows in articles:
        for row in rows + [(SPURIOUS, "", "")]:
            surface, qualifier, unit = row[:3]
            marks = row[3:] and [gap(row[3])] or []
            out.append(pytest.param(text, rows, surface, qualifier, unit, marks=marks, id=surface))
    return out
