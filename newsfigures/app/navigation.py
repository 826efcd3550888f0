"""The app's pages, in sidebar order: file, title and URL path (the paths older links use: /Timeline, /Compare…)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageEntry:
    """One page of the sidebar: its script (relative to app.py), title and URL path ("" = the root)."""

    path: str
    title: str
    url_path: str
    default: bool = False


PAGES: tuple[PageEntry, ...] = (
    PageEntry("pages/0_Overview.py", "Overview", "", default=True),
    PageEntry("pages/1_Timeline.py", "Timeline", "Timeline"),
    PageEntry("pages/2_Compare.py", "Compare", "Compare"),
    PageEntry("pages/5_Discrepancies.py", "Discrepancies", "Discrepancies"),
    PageEntry("pages/3_Figures.py", "Figures", "Figures"),
    PageEntry("pages/4_Corpus.py", "Corpus", "Corpus"),
)
