"""One real-browser check: `streamlit run app.py`, open a shared Compare link in headless Chromium, find the highlights."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from contextlib import contextmanager

import pytest

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
A, B = "000_1ebc33ac245bce1b", "003_113ec146f7468fd0"
pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(script: list[str], env: dict[str, str], port: int) -> subprocess.Popen:
    """Start the app (`script` then Streamlit's server flags) on 127.0.0.1:`port` and wait until it is healthy."""
    proc = subprocess.Popen([sys.executable, *script, "--server.port", str(port), "--server.address", "127.0.0.1",
                             "--server.headless", "true", "--browser.gatherUsageStats", "false"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).read() == b"ok":
                return proc
        except OSError:
            time.sleep(0.5)
    proc.kill()
    pytest.fail("streamlit did not start: " + proc.stdout.read().decode(errors="replace")[-2000:])


def _serve(store: str):
    """`streamlit run app.py` on a free port until the generator is closed; yields its URL."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian chromium is not installed (.ci/run installs it)")
    port = _free_port()
    env = dict(os.environ, NEWSFIGURES_STORE=store,
               NEWSFIGURES_ALLOW_PRIVATE_FETCH="1")  # the links test serves its page from 127.0.0.1
    proc = start_app(["-m", "streamlit", "run", "app.py"], env, port)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from _serve(str(tmp_path_factory.mktemp("browser") / "store.duckdb"))


@pytest.fixture
def fresh_server(tmp_path):
    """A server no visitor has opened yet (Streamlit decides between the router and the pages/ folder on first use)."""
    yield from _serve(str(tmp_path / "store.duckdb"))


def _browser(pw):
    return pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"])


@contextmanager
def visiting(url: str, width: int, height: int):
    """(browser, page): headless chromium with one page of this viewport opened at `url`; closed on leaving."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = _browser(pw)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(url, wait_until="domcontentloaded")
            yield browser, page
        finally:
            browser.close()


def settled(page, timeout: int = 150_000) -> None:
    """Wait until the page's script run has finished."""
    page.wait_for_timeout(300)
    page.locator("[data-test-script-state='notRunning']").wait_for(timeout=timeout)
    page.get_by_test_id("stStatusWidget").wait_for(state="hidden", timeout=timeout)


def add_to_corpus(page) -> None:
    """Click "Add to my corpus" once the page has finished the rerun the upload started: a click during that rerun
    may reach a page the rerun then replaces (a full-suite CI run at stop 46 waited 150 s for a message that never
    came)."""
    settled(page)
    page.get_by_role("button", name="Add to my corpus").click()


def test_browser_upload_stays_in_the_visitors_session(server, tmp_path):
    upload = tmp_path / "flood.txt"
    upload.write_text("Flood toll rises in the valley\n\nAbout 300 homes were destroyed in the flood on Monday, officials said.\n",
                      encoding="utf-8")
    with visiting(f"{server}/Corpus", 1400, 2400) as (browser, page):
        _article_files(page).set_input_files(str(upload), timeout=150_000)
        page.get_by_text("flood.txt").first.wait_for(timeout=60_000)
        add_to_corpus(page)
        page.get_by_text("Added 1 article(s)").wait_for(timeout=150_000)
        page.get_by_role("link", name="Overview").click()  # client-side navigation keeps this visitor's session
        page.get_by_text("Flood toll rises in the valley").first.wait_for(timeout=150_000)
        other = browser.new_context().new_page()  # another visitor
        other.goto(server, wait_until="domcontentloaded")
        other.get_by_text("Leading figures").wait_for(timeout=150_000)
        assert other.get_by_text("Flood toll rises in the valley").count() == 0


def test_browser_shared_compare_link_shows_highlighted_figures(server):
    with visiting(f"{server}/Compare?a={A}&b={B}", 1400, 1800) as (browser, page):
        for figure in ("2,000", "13,000", "10,000"):  # the page streams in: wait for each, not just the first mark
            page.locator("mark.nf-mark", has_text=figure).first.wait_for(timeout=150_000)
        marks = page.locator("mark.nf-mark").all_inner_texts()
        assert any("2,000" in m for m in marks) and any("13,000" in m for m in marks) and any("10,000" in m for m in marks)
        assert page.locator("mark.nf-same").count() >= 2 and page.locator("mark.nf-compatible").count() >= 2
        # The shared link reopened the same selection.
        assert f"a={A}" in page.url and f"b={B}" in page.url
        if os.environ.get("NEWSFIGURES_SCREENSHOT"):
            page.screenshot(path=os.environ["NEWSFIGURES_SCREENSHOT"], full_page=False)


def test_browser_unlinked_pair_stays_unlinked_after_a_reload_from_the_link(server):
    from playwright.sync_api import expect

    with visiting(f"{server}/Compare?a={A}&b={B}", 1400, 2400) as (browser, page):
        page.wait_for_selector("mark.nf-mark", timeout=150_000)
        # Waited for, not counted at once: the first marks can be on the page before the second article's are.
        expect(page.locator("mark.nf-same", has_text="6,000")).to_have_count(3, timeout=60_000)  # A's 6,000, B's two
        row = page.locator("[data-testid='stHorizontalBlock']", has_text="6,000 ↔ 6,000").last
        row.get_by_role("button", name="Unlink").click()
        page.get_by_text("Saved: not the same thing: 6,000").wait_for(timeout=150_000)
        page.wait_for_url("**edits=**", timeout=60_000)
        expect(page.locator("mark.nf-same", has_text="6,000")).to_have_count(0, timeout=60_000)
        link = page.url
        page.close()
        fresh = browser.new_context().new_page()  # the copied link opened anew: a new session
        fresh.goto(link, wait_until="domcontentloaded")
        fresh.wait_for_selector("mark.nf-mark", timeout=150_000)
        fresh.get_by_text("Your corrections (1)").wait_for(timeout=60_000)
        # Waited for, not counted at once: a first visit's rerun under the router may still be replacing the marks.
        expect(fresh.locator("mark.nf-only_a", has_text="6,000")).to_have_count(3, timeout=60_000)
        expect(fresh.locator("mark.nf-same", has_text="6,000")).to_have_count(0, timeout=60_000)


def test_browser_oversize_upload_gets_a_message_not_no_file_chosen(server, tmp_path):
    big = tmp_path / "oversize.csv"
    big.write_bytes(b"title,text\n" + b"x,About 5 homes burned.\n" * (26 * 1024 * 1024 // 24 + 10))  # over 25 MB
    with visiting(f"{server}/Corpus", 1400, 2400) as (browser, page):
        _article_files(page).set_input_files(str(big), timeout=150_000)
        page.get_by_text("oversize.csv").first.wait_for(timeout=60_000)  # listed by the uploader, never received
        add_to_corpus(page)
        page.get_by_text("No file reached the server").wait_for(timeout=60_000)
        assert page.get_by_text("Choose files or paste an article first").count() == 0


def test_browser_link_and_correction_saved_as_a_workspace_reopen_in_a_new_context(server, page_server, tmp_path):
    from playwright.sync_api import expect

    with visiting(f"{server}/Corpus?article={B}", 1400, 2400) as (browser, page):
        page.get_by_label("…or paste links to articles, one per line").fill(page_server + "/news/nk-troops.html")
        add_to_corpus(page)
        page.get_by_text("Added 1 article(s)").wait_for(timeout=150_000)
        page.get_by_label("Outlet").fill("Yonhap")
        page.get_by_role("button", name="Save correction").click()
        page.get_by_text("Saved outlet").wait_for(timeout=150_000)
        page.get_by_test_id("stStatusWidget").wait_for(state="hidden", timeout=150_000)  # the page has finished
        saved = tmp_path / "workspace.json"
        _download(page, "Download my workspace", saved)

        later = browser.new_context().new_page()  # a new tab, a week later, another machine
        later.set_viewport_size({"width": 1400, "height": 2400})
        later.goto(f"{server}/Corpus?article={B}", wait_until="domcontentloaded")
        expect(later.get_by_label("Outlet")).to_have_value("", timeout=150_000)
        later.locator(".st-key-corpus_workspace_file input[type=file]").set_input_files(str(saved), timeout=150_000)
        later.get_by_text("workspace.json").first.wait_for(timeout=60_000)
        later.get_by_role("button", name="Open workspace").click()
        later.get_by_text("Added 1 article(s)").wait_for(timeout=150_000)
        later.get_by_text("Restored 1 correction(s).").wait_for(timeout=60_000)
        expect(later.get_by_label("Outlet")).to_have_value("Yonhap", timeout=60_000)


def _download(page, button: str, to) -> None:
    """Click a download button and save the file. On a loaded machine a rerun still finishing can replace the file
    Streamlit serves and cancel the download; a person clicks again, and so does this (once)."""
    from playwright.sync_api import Error

    for attempt in range(2):
        try:
            with page.expect_download(timeout=150_000) as download:
                page.get_by_role("button", name=button).click(timeout=150_000)  # enabled once the run is done
            download.value.save_as(to)
            return
        except Error as failed:
            shown = page.get_by_test_id("stDownloadButtonError").all_inner_texts()
            if attempt:
                raise AssertionError(f"no download; the button said {shown}") from failed
            page.get_by_test_id("stStatusWidget").wait_for(state="hidden", timeout=150_000)


def _article_files(page):
    """The Corpus page's "Article files" uploader (key corpus_upload): not merely the first file input, which on a
    loaded machine can be another uploader of the page rendered first (the workspace's, single-file)."""
    return page.locator(".st-key-corpus_upload input[type=file]")


def _no_horizontal_overflow(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_browser_phone_width_keeps_the_timeline_wide_and_compare_short(server):
    with visiting(f"{server}/Timeline?metric=soldiers+killed", 390, 844) as (browser, page):
        page.locator(".nsewdrag").first.wait_for(timeout=150_000)  # the plotting area of the chart
        assert page.locator(".nsewdrag").first.bounding_box()["width"] >= 300  # the legend sits below, not beside
        assert _no_horizontal_overflow(page)
        page.goto(f"{server}/Compare?a={A}&b={B}", wait_until="domcontentloaded")
        page.wait_for_selector("mark.nf-mark", timeout=150_000)
        titles = page.locator("mark.nf-mark").evaluate_all("ms => ms.map(m => m.getAttribute('title'))")
        assert titles and not any("<br" in t or "&lt;" in t for t in titles)  # tooltips without literal markup
        assert _no_horizontal_overflow(page)
        boxes = page.locator(".nf-scroll").evaluate_all("els => els.map(e => e.getBoundingClientRect().height)")
        assert len(boxes) == 2 and all(h <= 601 for h in boxes)  # each long article scrolls in its own box


def test_browser_sidebar_reads_overview_and_old_links_open_their_pages(server):
    with visiting(server, 1400, 1000) as (browser, page):
        page.get_by_text("Leading figures").wait_for(timeout=150_000)  # the router has run
        nav = page.locator("[data-testid=stSidebarNav]")
        assert nav.get_by_role("link").all_inner_texts() == ["Overview", "Timeline", "Compare", "Discrepancies",
                                                             "Figures", "Corpus"]
        for path in ("Timeline", "Compare", "Discrepancies", "Figures", "Corpus"):
            page.goto(f"{server}/{path}", wait_until="domcontentloaded")
            page.get_by_role("heading", name=path, exact=True).first.wait_for(timeout=150_000)
            assert urllib.parse.urlparse(page.url).path == f"/{path}"


def test_browser_broken_sidecar_gets_its_own_row_and_message(server, tmp_path):
    text, side = tmp_path / "quake.txt", tmp_path / "quake.json"
    text.write_text("Quake toll rises in the hills\n\nAt least 40 people died in the quake on Sunday, officials said.\n",
                    encoding="utf-8")
    side.write_text('{"title": "Quake", "outlet": ', encoding="utf-8")
    with visiting(f"{server}/Corpus", 1400, 2400) as (browser, page):
        _article_files(page).set_input_files([str(text), str(side)], timeout=150_000)
        page.get_by_text("quake.json").first.wait_for(timeout=60_000)
        add_to_corpus(page)
        page.get_by_text("Added 1 article(s). 2 submitted: 1 ingested, 0 duplicates, 1 rejected.").wait_for(
            timeout=150_000)
        page.locator("[data-testid=stAlert]", has_text="sidecar quake.json ignored: invalid JSON").wait_for(timeout=30_000)
        page.locator("[data-testid=stAlert]", has_text="quake.json: not used as the metadata of quake.txt: invalid "
                                                       "JSON").wait_for(timeout=30_000)


def test_browser_a_deep_link_to_a_fresh_server_opens_its_page_under_the_router(fresh_server):
    with visiting(f"{fresh_server}/Compare?a={B}&b={A}", 1400, 1000) as (browser, page):
        page.wait_for_selector("mark.nf-mark", timeout=150_000)
        page.get_by_role("heading", name="Compare", exact=True).wait_for(timeout=30_000)
        assert page.locator("[data-testid=stSidebarNav]").get_by_role("link").all_inner_texts() == [
            "Overview", "Timeline", "Compare", "Discrepancies", "Figures", "Corpus"]
        assert f"a={B}" in page.url and f"b={A}" in page.url


def test_browser_figures_csv_is_made_when_clicked_and_holds_every_row(server, tmp_path):
    """The Figures table's CSV is an st.download_button callable: served only when clicked, with every figure."""
    import csv

    with visiting(f"{server}/Figures", 1400, 2400) as (browser, page):
        caption = page.get_by_text(" figures", exact=False).filter(has_text=" of ").first
        caption.wait_for(timeout=150_000)
        total = int(caption.inner_text().split()[0].replace(",", ""))
        page.get_by_test_id("stStatusWidget").wait_for(state="hidden", timeout=150_000)
        saved = tmp_path / "figures.csv"
        _download(page, "Download CSV", saved)
        with saved.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        assert total > 0 and len(rows) == total and {r["article_id"] for r in rows} == {A, B}


@pytest.fixture
def batch_server(seeds, tmp_path):
    """A server reading a batch directory (the seeds and a Reuters copy dated 2024) instead of the bundled folder."""
    from batchdir import seeds_batch

    yield from _serve(str(seeds_batch(seeds, tmp_path / "batch")))


def test_browser_batch_selection_travels_in_the_link_to_a_new_visitor_and_across_pages(batch_server):
    from playwright.sync_api import expect

    def selected(url: str) -> bool:
        return "sel_phrase=death+toll" in url and "sel_since=2024-01-01" in url

    with visiting(f"{batch_server}/Corpus", 1400, 2400) as (browser, page):
        page.get_by_text("3 of 3 stored articles match").wait_for(timeout=150_000)
        page.get_by_role("textbox", name="Words in title or text").fill("death toll")
        page.get_by_role("textbox", name="Published from (YYYY-MM-DD)").fill("2024-01-01")
        page.get_by_role("button", name="Open selection").click()
        page.wait_for_url(selected, timeout=150_000)  # each parameter reaches the address bar in turn
        link = page.url
        page.close()
        other = browser.new_context().new_page()  # the copied link opened anew: another visitor, a new session
        other.goto(link, wait_until="domcontentloaded")
        other.get_by_text("1 of 3 stored articles match").wait_for(timeout=150_000)
        expect(other.get_by_role("textbox", name="Words in title or text")).to_have_value("death toll", timeout=60_000)
        other.get_by_role("link", name="Figures").click()  # the sidebar: a page switch drops the query string
        other.wait_for_url(lambda url: "/Figures?" in url and selected(url), timeout=150_000)
