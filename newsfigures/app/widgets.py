"""Output the pages share: HTML blocks, download buttons, and what a click on a chart selected."""
from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from newsfigures.app import paging
from newsfigures.app.tables import shown
from newsfigures.spreadsheet import frame_csv


def html(block: str) -> None:
    """Show HTML built by `render` (escaped article text only; st.html sanitizes it again)."""
    st.html(block)


def csv_file(df: pd.DataFrame) -> Callable[[], bytes]:
    """What makes a table's CSV when it is asked for (text cells can't start a spreadsheet formula)."""
    return lambda: frame_csv(df)


def json_file(df: pd.DataFrame) -> Callable[[], bytes]:
    """What makes a table's JSON (one object per row) when it is asked for."""
    return lambda: df.to_json(orient="records", force_ascii=False, indent=1, date_format="iso").encode("utf-8")


def downloads(df: pd.DataFrame, stem: str, key: str) -> None:
    """CSV and JSON download buttons for a whole table, every row; each file is made only when its button is
    clicked (st.download_button with a callable), never on a rerun. A click does not rerun the page either: the rerun
    would re-register the button and could revoke the file the click asked for before it is made."""
    c1, c2 = st.columns(2)
    rows = f" ({len(df):,} rows)" if len(df) > paging.PAGE_SIZES[0] else ""
    c1.download_button(f"Download CSV{rows}", csv_file(df), f"{stem}.csv", "text/csv", key=f"{key}_csv",
                       on_click="ignore")
    c2.download_button(f"Download JSON{rows}", json_file(df), f"{stem}.json", "application/json",
                       key=f"{key}_json", on_click="ignore")


def page_of(total: int, key: str, what: str = "rows") -> paging.Span:
    """Page-size and page-number controls (keys KEY_size, KEY_page) for `total` rows, and the rows of the page
    chosen; none when everything fits on the smallest page."""
    if total <= paging.PAGE_SIZES[0]:
        return paging.span(total, 1, max(total, 1))
    c1, c2, c3 = st.columns([1, 1, 3], vertical_alignment="bottom")
    size = c1.selectbox("Rows per page", paging.PAGE_SIZES, index=paging.PAGE_SIZES.index(paging.DEFAULT_SIZE),
                        key=f"{key}_size")
    last = paging.pages(total, size)
    if st.session_state.get(f"{key}_page", 1) > last:  # fewer pages since a filter or the page size changed
        st.session_state[f"{key}_page"] = last
    page = c2.number_input("Page", min_value=1, max_value=last, step=1, key=f"{key}_page")
    shown = paging.span(total, int(page), size)
    c3.caption(f"{shown.caption(what)} · page {shown.page:,} of {shown.pages:,}")
    return shown


def paged_table(df: pd.DataFrame, key: str) -> None:
    """A long table one page at a time (hidden characters shown as marks), with its page controls."""
    rows = page_of(len(df), key).rows
    st.dataframe(shown(df.iloc[rows]), hide_index=True, key=key)


def point_of(event: object, key: str = "customdata") -> list | None:
    """The customdata of the first point selected on a plotly chart (st.plotly_chart on_select), or None."""
    try:
        points = event.selection.points  # type: ignore[attr-defined]
    except AttributeError:
        points = (event or {}).get("selection", {}).get("points", []) if isinstance(event, dict) else []
    for p in points or []:
        data = p.get(key) if isinstance(p, dict) else getattr(p, key, None)
        if data:
            return list(data)
    return None


def swap_widgets(first: str, second: str) -> None:
    """Swap the values of two widgets (a button's on_click: "Swap A and B")."""
    state = st.session_state
    state[first], state[second] = state.get(second), state.get(first)


def keep_apart(changed: str, other: str, url_key: str) -> None:
    """When widget `changed` now shows what widget `other` shows, give `other` the value `changed` had before, as
    the URL (`url_key`) still holds it (an on_change: choosing B's article as A swaps A and B instead of comparing an
    article with itself)."""
    state = st.session_state
    previous = st.query_params.get(url_key, "")
    if previous and state.get(changed) == state.get(other) and previous != state.get(changed):
        state[other] = previous
