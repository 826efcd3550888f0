"""Pages of a long table or list: which rows page N of a given size holds (no Streamlit here)."""
from __future__ import annotations

from dataclasses import dataclass

PAGE_SIZES = (25, 50, 100, 250)  # rows per page a visitor can choose
DEFAULT_SIZE = 50


@dataclass(frozen=True)
class Span:
    """The rows of one page: `start` to `stop` (exclusive) of `total`, page `page` of `pages` (numbered from 1)."""

    start: int
    stop: int
    page: int
    pages: int
    total: int

    @property
    def rows(self) -> slice:
        """The page's rows as a slice of the whole."""
        return slice(self.start, self.stop)

    def caption(self, what: str = "rows") -> str:
        """"rows 51–100 of 120,000" (or "no rows")."""
        return f"{what} {self.start + 1:,}–{self.stop:,} of {self.total:,}" if self.total else f"no {what}"


def pages(total: int, size: int) -> int:
    """How many pages of `size` rows `total` rows fill (at least one, so an empty table still has its page)."""
    return max(1, -(-total // size))


def span(total: int, page: int, size: int) -> Span:
    """The rows of page `page` (clamped to the pages there are) of `total` rows in pages of `size`."""
    last = pages(total, size)
    page = min(max(page, 1), last)
    start = (page - 1) * size
    return Span(start, min(start + size, total), page, last, total)
