"""The app's pages, in sidebar order: file, title and URL path (the paths older links use: /Timeline, /Compare…)."""
from __future__ import annotations

from dataclasses import dataclass

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager  # the legacy pages/ switch; no public API clears it


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


def ensure_router() -> None:
    """Rerun through app.py's router when Streamlit ran a visitor's first page the legacy way.

    Until some session has called st.navigation, Streamlit runs a deep link (/Compare on a freshly started server)
    straight from the pages/ folder, with an automatic sidebar ("app", "Overview", …); once the flag is cleared it
    uses the router for good, in every session, so the rerun opens the same page under app.py. Only a first run
    (an empty session, no click to lose) is rerun: AppTest resets the flag before each of its runs."""
    if PagesManager.uses_pages_directory and not st.session_state:
        PagesManager.uses_pages_directory = False
        st.rerun()
