"""The app as the AppTest tests open it: started from app.py (the router) and switched to a page, so page links
resolve as they do when served."""
from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import ROOT

TIMEOUT = 180


def app_at(page: str = "app.py") -> AppTest:
    """The real app started from app.py and switched to `page` (not run yet)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    if page != "app.py":
        at.switch_page(page)
    return at


def run(page: str, **params: str) -> AppTest:
    """`page` run once with these URL parameters; fails on any exception the page raised."""
    at = app_at(page)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def via_app(page: str, **params: str | list[str]) -> AppTest:
    """`page` opened after the router's first run (so its st.page_link targets resolve), with URL parameters set
    between the two runs; fails on any exception."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.run()
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at
