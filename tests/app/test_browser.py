"""One real-browser check: `streamlit run app.py`, open a shared Compare link in headless Chromium, find the highlights."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
A, B = "000_1ebc33ac245bce1b", "003_113ec146f7468fd0"
pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian chromium is not installed (.ci/run installs it)")
    port = _free_port()
    env = dict(os.environ, NEWSFIGURES_STORE=str(tmp_path_factory.mktemp("browser") / "store.duckdb"))
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                             "--server.address", "127.0.0.1", "--server.headless", "true",
                             "--browser.gatherUsageStats", "false"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("streamlit did not start: " + proc.stdout.read().decode(errors="replace")[-2000:])
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def _browser(pw):
    return pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"])


def test_browser_upload_stays_in_the_visitors_session(server, tmp_path):
    from playwright.sync_api import sync_playwright

    upload = tmp_path / "flood.txt"
    upload.write_text("Flood toll rises in the valley\n\nAbout 300 homes were destroyed in the flood on Monday, officials said.\n",
                      encoding="utf-8")
    with sync_playwright() as pw:
        browser = _browser(pw)
        page = browser.new_page(viewport={"width": 1400, "height": 2400})
        page.goto(f"{server}/Corpus", wait_until="domcontentloaded")
        page.locator("input[type=file]").first.set_input_files(str(upload), timeout=150_000)
        page.get_by_text("flood.txt").first.wait_for(timeout=60_000)
        page.get_by_role("button", name="Add to my corpus").click()
        page.get_by_text("Added 1 article(s)").wait_for(timeout=150_000)
        page.get_by_role("link", name="Overview").click()  # client-side navigation keeps this visitor's session
        page.get_by_text("Flood toll rises in the valley").first.wait_for(timeout=150_000)
        other = browser.new_context().new_page()  # another visitor
        other.goto(server, wait_until="domcontentloaded")
        other.get_by_text("Most notable differences").wait_for(timeout=150_000)
        assert other.get_by_text("Flood toll rises in the valley").count() == 0
        browser.close()


def test_browser_shared_compare_link_shows_highlighted_figures(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = _browser(pw)
        page = browser.new_page(viewport={"width": 1400, "height": 1800})
        page.goto(f"{server}/Compare?a={A}&b={B}", wait_until="domcontentloaded")
        page.wait_for_selector("mark.nf-mark", timeout=150_000)
        marks = page.locator("mark.nf-mark").all_inner_texts()
        assert any("2,000" in m for m in marks) and any("13,000" in m for m in marks) and any("10,000" in m for m in marks)
        assert page.locator("mark.nf-same").count() >= 2 and page.locator("mark.nf-compatible").count() >= 2
        # The shared link reopened the same selection.
        assert f"a={A}" in page.url and f"b={B}" in page.url
        if os.environ.get("NEWSFIGURES_SCREENSHOT"):
            page.screenshot(path=os.environ["NEWSFIGURES_SCREENSHOT"], full_page=False)
        browser.close()
