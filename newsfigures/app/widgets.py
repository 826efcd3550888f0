"""Output the pages share: HTML blocks, download buttons, and what a click on a chart selected."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from newsfigures.spreadsheet import frame_csv


def html(block: str) -> None:
    """Show HTML built by `render` (escaped article text only; st.html sanitizes it again)."""
    st.html(block)


def downloads(df: pd.DataFrame, stem: str, key: str) -> None:
    """CSV and JSON download buttons for a table; the CSV's text cells can't start a spreadsheet formula."""
    c1, c2 = st.columns(2)
    c1.download_button("Download CSV", frame_csv(df), f"{stem}.csv", "text/csv", key=f"{key}_csv")
    c2.download_button("Download JSON", df.to_json(orient="records", force_ascii=False, indent=1, date_format="iso").encode("utf-8"),
                       f"{stem}.json", "application/json", key=f"{key}_json")


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
