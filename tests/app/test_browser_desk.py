"""The analyst's desk in headless Chromium (`streamlit run app.py`): Compare at phone width with the table of pairs
first and a sticky legend that covers no figure, a Timeline point clicked open in its article
(a broken sidecar's ledger row is test_browser.py's). Reuses the server and browser of test_browser.py."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("browser_helpers", Path(__file__).with_name("test_browser.py"))
_helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_helpers)
A, B, _no_horizontal_overflow, visiting = _helpers.A, _helpers.B, _helpers._no_horizontal_overflow, _helpers.visiting
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from _helpers._serve(str(tmp_path_factory.mktemp("browser_desk") / "store.duckdb"))


def _box(page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


def _scroll_main(page, by: float) -> None:
    page.evaluate(f"document.querySelector('[data-testid=stMain]').scrollTop += {by}")
    page.wait_for_timeout(300)


def test_browser_desk_compare_on_a_phone_puts_the_pairs_first_and_keeps_the_legend_in_view(server):
    with visiting(f"{server}/Compare?a={A}&b={B}", 390, 844) as (browser, page):
        page.wait_for_selector("mark.nf-mark", timeout=150_000)
        pairs, legend, articles = (_box(page, s) for s in (".st-key-compare_pairs_box", ".nf-legend",
                                                           ".st-key-compare_articles"))
        assert pairs["y"] < legend["y"] < articles["y"]  # the table of pairs first, then the legend, then the articles
        assert _no_horizontal_overflow(page)
        header = _box(page, "[data-testid=stHeader]")
        _scroll_main(page, articles["y"] + 500)  # well into the articles
        legend = _box(page, ".nf-legend")
        assert header["y"] + header["height"] <= legend["y"] < 120  # stuck below the header, in view
        # A figure's link jumps to its counterpart, which lands below the legend, not under it.
        link = page.locator(".st-key-compare_articles mark.nf-mark a[href^='#f-']").first
        target = link.get_attribute("href")[1:]
        link.scroll_into_view_if_needed()
        link.click()
        page.wait_for_timeout(800)
        landed = page.locator(f"[id='{target}']").bounding_box()
        legend = _box(page, ".nf-legend")
        assert landed["y"] >= legend["y"] + legend["height"]
        assert _no_horizontal_overflow(page)


def test_browser_desk_compare_on_a_desktop_keeps_the_articles_first(server):
    with visiting(f"{server}/Compare?a={A}&b={B}", 1400, 1000) as (browser, page):
        page.wait_for_selector("mark.nf-mark", timeout=150_000)
        legend, articles, pairs = (_box(page, s) for s in (".nf-legend", ".st-key-compare_articles",
                                                           ".st-key-compare_pairs_box"))
        assert legend["y"] < articles["y"] < pairs["y"]


def test_browser_desk_clicking_a_timeline_point_opens_its_article_with_the_figure_highlighted(server):
    with visiting(f"{server}/Timeline?metric=soldiers+killed", 1400, 1400) as (browser, page):
        page.locator(".scatterlayer .trace .points path").first.wait_for(timeout=150_000)
        point = page.locator(".scatterlayer .trace .points path").first.bounding_box()
        page.mouse.move(point["x"] + point["width"] / 2, point["y"] + point["height"] / 2)
        page.mouse.click(point["x"] + point["width"] / 2, point["y"] + point["height"] / 2)
        picked = page.locator("mark#timeline-pick")
        picked.wait_for(timeout=150_000)
        assert "pick=" in page.url
        shown = picked.inner_text()
        assert any(n in shown for n in ("600", "2,000"))  # a "soldiers killed" figure, marked in its article
        heading = page.get_by_role("heading").filter(has_text=" — ").first.inner_text()
        assert shown.rstrip("=≈↻≠· ") in heading  # the figure and the article it is read in
        assert page.get_by_role("link", name="Compare this article with others").count() == 1
