"""Hostile content in a real browser: every XSS payload kind of issue 12, delivered as the corpus folder, as an upload
and through the link fetcher, stays text on every page; two visitors uploading at once see only their own; a closed
visitor's uploads leave the server's memory. One app server (tests/liveapp.py, which can report what it holds)."""
from __future__ import annotations

import html
import json
import os
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import hostile
from conftest import ROOT
from newsfigures.app.labels import WORD_JOINER, article_label
from newsfigures.ingest import Corpus
from newsfigures.ingest.corpus import load_path
from newsfigures.model import Article
from tests.app.test_browser import CHROMIUM, _browser, _free_port, add_to_corpus, settled, start_app

pytestmark = pytest.mark.browser
SESSION_TTL = 2  # seconds a closed tab's session is kept for a reconnect (server.disconnectedSessionTTL; 120 by default)
WAIT = 150_000  # ms; two shared cores
PAGES = ("Overview", "Timeline", "Compare", "Figures", "Corpus", "Discrepancies")
# Elements and attributes article text must never create: any on* handler, script/style carrying a payload, frames,
# objects, forms, base and meta refresh, and any URL attribute pointing at a payload's address or a script scheme.
OFFENDERS_JS = """([marker, beacon]) => {
  const bad = [];
  const urls = ["href", "src", "action", "formaction", "data", "srcdoc", "xlink:href", "background", "poster", "style",
                "srcset"];
  for (const el of document.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    for (const at of el.attributes) {
      const n = at.name.toLowerCase(), v = at.value;
      if (n.startsWith("on") || n === "srcdoc") bad.push(`${tag}[${n}]`);
      const favicon = tag === "link" && el.rel.includes("icon") && v.startsWith("data:image/svg+xml") && !v.includes(marker);
      const fragment = n === "href" && v.startsWith("#");  // a heading's or a highlight's anchor on this page
      if (urls.includes(n) && !favicon && !fragment && (v.includes(beacon) || v.includes(marker) || /expression\\(/i.test(v)
          || /^\\s*(javascript|vbscript|data):/i.test(v)))
        bad.push(`${tag}[${n}="${v.slice(0, 80)}"]`);
    }
    if (["script", "style"].includes(tag) && (el.textContent.includes(marker) || el.textContent.includes(beacon)))
      bad.push(`${tag} from article text`);
    if (["iframe", "frame", "object", "embed", "base", "form", "applet"].includes(tag)) bad.push(tag);
    if (tag === "meta" && el.hasAttribute("http-equiv")) bad.push("meta[http-equiv]");
  }
  return bad;
}"""
# The page's text without the status cues after highlighted figures (<sup>), joiners removed (app.labels.md).
TEXT_JS = """(selector) => [...document.querySelectorAll(selector)].map(el => {
  const copy = el.cloneNode(true);
  copy.querySelectorAll("sup").forEach(s => s.remove());
  return copy.textContent;
})"""


@dataclass(frozen=True)
class Server:
    """The app's address and where to ask it what it holds."""

    url: str
    probe: str

    def held(self, marker: str) -> dict[str, int]:
        """What the server process still holds that contains `marker` (tests/liveapp.py)."""
        with urllib.request.urlopen(f"{self.probe}/held?marker={marker}", timeout=120) as r:
            return json.loads(r.read())


@pytest.fixture(scope="module")
def beacons() -> Iterator[hostile.Beacons]:
    yield from hostile.serve()


@pytest.fixture(scope="module")
def corpus(beacons, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "corpus"
    for name in ("folder-a", "folder-b"):
        hostile.write_article(folder, name, beacons.beacon)
    return folder


@pytest.fixture(scope="module")
def server(corpus, tmp_path_factory) -> Iterator[Server]:
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian chromium is not installed (.ci/run installs it)")
    port, probe = _free_port(), _free_port()
    env = dict(os.environ, NEWSFIGURES_DATA=str(corpus), NEWSFIGURES_ALLOW_PRIVATE_FETCH="1",
               NEWSFIGURES_STORE=str(tmp_path_factory.mktemp("hostile-store") / "store.duckdb"))
    proc = start_app([str(ROOT / "tests" / "liveapp.py"), str(probe), "--server.disconnectedSessionTTL",
                      str(SESSION_TTL)], env, port)
    url = f"http://127.0.0.1:{port}"
    yield Server(url, f"http://127.0.0.1:{probe}")
    proc.terminate()
    proc.wait(timeout=20)


def _watch(context, beacons: hostile.Beacons) -> tuple[list[str], list[str]]:
    """Dialogs the pages opened and requests they made to a payload's address, recorded as they happen."""
    dialogs: list[str] = []
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url) if r.url.startswith(beacons.beacon) else None)
    context.on("page", lambda p: p.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss())))
    return dialogs, requests


def _go(page, name: str, ready: str) -> None:
    """Client-side navigation to a page (the visitor's session is kept), until `ready` is shown."""
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=name, exact=True).click()
    page.locator(ready).first.wait_for(timeout=WAIT)
    settled(page, WAIT)


def _files(page):
    """The Corpus page's uploader of article files."""
    return page.get_by_test_id("stFileUploader").filter(has_text="Article files").locator("input[type=file]")


def _texts(page, selector: str) -> list[str]:
    return [t.replace(WORD_JOINER, "") for t in page.evaluate(TEXT_JS, selector)]


def _showing(page, selector: str, wanted: list[str], nth: int | None = None, seconds: float = 60) -> str:
    """The text of the elements `selector` finds (of the nth one only, when given) once it shows every `wanted`
    string (a page may still be drawing); fails naming what never showed."""
    deadline = time.time() + seconds
    while True:
        texts = _texts(page, selector)
        text = " ".join(texts) if nth is None else texts[nth] if nth < len(texts) else ""
        missing = [w for w in wanted if w not in text]
        if not missing or time.time() > deadline:
            break
        page.wait_for_timeout(500)
    assert not missing, (selector, missing, text[:1500])
    return text


def _offenders(page, beacons: hostile.Beacons) -> list[str]:
    return page.evaluate(OFFENDERS_JS, [hostile.MARKER, beacons.beacon])


def _expected(a: Article, beacons: hostile.Beacons) -> list[str]:
    """Each payload as the article holds it (a fetched page's entities are decoded by the HTML reader)."""
    shown = [p if p in a.text else html.unescape(p) for p in hostile.payloads(beacons.beacon).values()]
    assert all(p in a.text for p in shown), a.id
    return shown


def _ingested(corpus: Path, uploaded: list[Path], beacons: hostile.Beacons, monkeypatch) -> list[Article]:
    """The four hostile articles as the app reads them: the folder's, the upload's and the fetched page's."""
    monkeypatch.setenv("NEWSFIGURES_ALLOW_PRIVATE_FETCH", "1")
    folder, _ = load_path(corpus)
    c = Corpus()
    c.add_files([(p.name, p.read_bytes()) for p in uploaded])
    c.add_urls([beacons.base + hostile.PAGE])
    mine, _ = c.finish()
    return folder + mine


def test_browser_hostile_payloads_stay_text_on_every_page(server, beacons, corpus, tmp_path, monkeypatch):
    from playwright.sync_api import sync_playwright

    uploaded = list(hostile.write_article(tmp_path, "upload", beacons.beacon, hostile.UPLOAD_STEM))
    articles = _ingested(corpus, uploaded, beacons, monkeypatch)
    assert len(articles) == 4
    with sync_playwright() as pw:
        browser = _browser(pw)
        context = browser.new_context(viewport={"width": 1800, "height": 2400})
        dialogs, requests = _watch(context, beacons)
        page = context.new_page()
        page.goto(f"{server.url}/Corpus", wait_until="domcontentloaded")
        _files(page).set_input_files([str(p) for p in uploaded], timeout=WAIT)
        page.get_by_test_id("stFileChip").nth(1).wait_for(timeout=60_000)  # both files listed
        page.get_by_label("…or paste links to articles, one per line").fill(beacons.base + hostile.PAGE)
        add_to_corpus(page)
        page.get_by_text("Added 2 article(s)").wait_for(timeout=WAIT)
        settled(page, WAIT)
        _showing(page, "[data-testid='stDataFrame'] td", [x for a in articles for x in (a.title, a.outlet)])
        _showing(page, "[data-testid='stMain']", [f"{article_label(a)}: 0 lines removed" for a in articles])
        seen = {"Corpus": _offenders(page, beacons)}

        _go(page, "Overview", "text=Leading figures")
        _showing(page, "[data-testid='stMain']", [article_label(a) for a in articles])
        seen["Overview"] = _offenders(page, beacons)

        _go(page, "Compare", "mark.nf-mark")
        more = page.get_by_role("combobox", name="Also compare with (up to two more)")
        for _ in range(2):  # the two options are this visitor's upload and fetched page
            more.click()
            page.get_by_role("option").first.click()
            settled(page, WAIT)
        for n, a in enumerate(articles):  # the columns in corpus order
            _showing(page, "[data-testid='stColumn']:has(.nf-article)", [a.title, a.outlet, *_expected(a, beacons)], n)
        assert page.locator(".nf-article").count() == 4
        seen["Compare"] = _offenders(page, beacons)

        _go(page, "Timeline", "[data-testid='stPlotlyChart'] .legendtext")
        legend = page.locator("[data-testid='stPlotlyChart'] .legendtext").all_text_contents()
        assert legend and all(any(a.outlet in name for a in articles) for name in legend), legend
        seen["Timeline"] = _offenders(page, beacons)
        for name in ("Figures", "Discrepancies"):
            _go(page, name, "[data-testid='stDataFrame']")
            seen[name] = _offenders(page, beacons)

        fresh = browser.new_context(viewport={"width": 1400, "height": 2400}).new_page()
        a = articles[0]
        fresh.goto(f"{server.url}/Timeline?pick={a.id}:{a.text.index('300')}", wait_until="domcontentloaded")
        fresh.locator("mark#timeline-pick").wait_for(timeout=WAIT)
        settled(fresh, WAIT)
        _showing(fresh, ".nf-article", _expected(a, beacons))
        seen["Timeline pick"] = _offenders(fresh, beacons)
        browser.close()
    assert {name: found for name, found in seen.items() if found} == {}
    assert set(seen) == {*PAGES, "Timeline pick"}
    assert dialogs == [] and requests == [] and beacons.hits == []


def _upload(page, server: Server, path: Path) -> None:
    """Open the Corpus page and choose `path` in its uploader (not yet added)."""
    page.goto(f"{server.url}/Corpus", wait_until="domcontentloaded")
    _files(page).set_input_files(str(path), timeout=WAIT)
    page.get_by_text(path.name).first.wait_for(timeout=60_000)


def _options(page, label: str) -> list[str]:
    """The options a picker offers (opened, read, closed)."""
    page.get_by_role("combobox", name=label).click()
    page.get_by_role("option").first.wait_for(timeout=60_000)
    options = page.get_by_role("option").all_inner_texts()
    page.keyboard.press("Escape")
    return options


def test_browser_hostile_two_visitors_uploading_at_once_see_only_their_own(server, tmp_path):
    from playwright.sync_api import sync_playwright

    stories = {"visitor-one": "Riverton flood", "visitor-two": "Lakeside quake"}
    for name, story in stories.items():
        (tmp_path / f"{name}.txt").write_text(f"{story} report\n\nAbout 70 homes were damaged in the {story} on "
                                              "Monday, officials said.\n", encoding="utf-8")
    with sync_playwright() as pw:
        browser = _browser(pw)
        pages = {name: browser.new_context(viewport={"width": 1400, "height": 2400}).new_page() for name in stories}
        for name, page in pages.items():
            _upload(page, server, tmp_path / f"{name}.txt")
        for page in pages.values():
            settled(page, WAIT)
        for page in pages.values():  # both runs at the same moment
            page.get_by_role("button", name="Add to my corpus").click()
        for name, page in pages.items():
            page.get_by_text("Added 1 article(s)").wait_for(timeout=WAIT)
            settled(page, WAIT)
        for name, page in pages.items():
            (other,) = set(stories) - {name}
            corpus = _showing(page, "[data-testid='stDataFrame']", [name, "folder-a", "folder-b"])  # the id column
            assert other not in corpus
            _go(page, "Figures", "[data-testid='stDataFrame']")
            shown = " ".join(_options(page, "Articles"))  # articles are offered by their labels
            assert name in shown and other not in shown
            _go(page, "Compare", "mark.nf-mark")
            labels = " ".join(_options(page, "Also compare with (up to two more)"))
            assert name in labels and other not in labels
        browser.close()


def test_browser_hostile_a_closed_visitors_uploads_leave_the_server(server, tmp_path):
    from playwright.sync_api import sync_playwright

    marker = "Quillfeatherton"
    upload = tmp_path / "leaving.txt"
    upload.write_text(f"{marker} flood report\n\nAbout 80 homes were destroyed in {marker} on Monday, officials "
                      "said.\n", encoding="utf-8")
    with sync_playwright() as pw:
        browser = _browser(pw)
        leaving = browser.new_context(viewport={"width": 1400, "height": 2400})
        page = leaving.new_page()
        _upload(page, server, upload)
        add_to_corpus(page)
        page.get_by_text("Added 1 article(s)").wait_for(timeout=WAIT)
        settled(page, WAIT)
        before = server.held(marker)
        assert before["articles"] >= 1 and before["uploaded_files"] == 1 and before["media_files"] >= 1, before
        leaving.close()
        time.sleep(SESSION_TTL + 1)  # Streamlit keeps a closed tab's session this long for a reconnect
        passing = browser.new_page()  # another visitor comes and goes: the kept session is dropped
        passing.goto(server.url, wait_until="domcontentloaded")
        settled(passing, WAIT)
        passing.context.close()
        staying = browser.new_page()
        staying.goto(server.url, wait_until="domcontentloaded")
        settled(staying, WAIT)
        after = server.held(marker)
        for name in ("Compare", "Overview"):  # a download is freed at the second sweep after its session ends
            if not any(after[k] for k in ("articles", "uploaded_files", "media_files")):
                break
            _go(staying, name, "[data-testid='stMain']")
            after = server.held(marker)
        browser.close()
    assert (after["articles"], after["uploaded_files"], after["media_files"]) == (0, 0, 0), after
