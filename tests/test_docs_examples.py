"""The examples the measure pages show are what the extractor reads: each page under docs/measures/ opens with an
"In brief" table of sentences, the figure in each and the field's value, and every row is run here, so a change of
rule that the page does not follow fails the suite instead of leaving the page wrong."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsfigures.extract import extract_figures
from newsfigures.model import Article, Figure

MEASURES = Path(__file__).resolve().parents[1] / "docs" / "measures"
FIELD_OF_PAGE = re.compile(r"^\| sentence \| figure \| `(\w+)` \|$")
PUBLISHED = "2025-09-02"
UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")  # a cell's own "|" is written \|


def _cells(line: str) -> list[str]:
    """The cells of one Markdown table row, outer pipes dropped, quotes and code marks taken off."""
    cells = [c.strip() for c in UNESCAPED_PIPE.split(line.strip().strip("|"))]
    return [c.strip('"').strip("`").replace("\\|", "|") for c in cells]


def _rows(page: Path) -> list[tuple[str, str, str, str]]:
    """(field, sentence, figure, value) for each row of the page's "In brief" table; none when it has none."""
    lines = page.read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("#") and line.endswith(" In brief")), None)
    if start is None:
        return []
    header = next(i for i in range(start, len(lines)) if lines[i].startswith("| sentence"))
    field = FIELD_OF_PAGE.match(lines[header])
    assert field, f"{page.name}: the In brief table's header must be '| sentence | figure | `field` |'"
    rows = []
    for line in lines[header + 2:]:
        if not line.startswith("|"):
            break
        sentence, figure, value = _cells(line)
        rows.append((field.group(1), sentence, figure, "" if value == "(none)" else value))
    return rows


def _examples() -> list:
    """Every row of every measure page, named by page and figure."""
    return [pytest.param(*row, id=f"{page.stem}:{row[2]}") for page in sorted(MEASURES.glob("*.md"))
            for row in _rows(page)]


def _figure(nlp, sentence: str, surface: str) -> Figure:
    """The figure whose text is `surface` in the one-sentence article `sentence`."""
    art = Article(id="doc", text=sentence, raw_text=sentence, published=PUBLISHED, source_file="doc.txt")
    found = {f.text: f for f in extract_figures(art, nlp)}
    assert surface in found, f"{surface!r} is not a figure of {sentence!r}; figures: {sorted(found)}"
    return found[surface]


def test_docs_examples_every_measure_page_has_an_in_brief_table():
    pages = sorted(MEASURES.glob("*.md"))
    assert len(pages) == 7
    assert all(_rows(page) for page in pages)


@pytest.mark.parametrize("field,sentence,surface,value", _examples())
def test_docs_examples_read_as_the_page_says(nlp, field, sentence, surface, value):
    fig = _figure(nlp, sentence, surface)
    got = fig.said_by if field == "said_by" else getattr(fig.measure, field)
    assert got == value
