"""A local web server for the fetch tests, serving a saved news page built around a seed article's real text.

The page carries what a real one does around the story: navigation, a cookie banner, a share bar, related links
and a footer. Routes also serve the refusals' cases: a PDF, a page without end, a slow page, redirects."""
from __future__ import annotations

import html
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import SEED_A

TITLE = "South Korea says 2,000 North Korean troops killed fighting for Russia, Kim heads to Beijing parade"
BOILERPLATE = ("Accept all cookies", "Related news", "All rights reserved", "Subscribe to our newsletter",
               "Markets close higher in Warsaw")


def seed_paragraphs() -> list[str]:
    """Seed A's story paragraphs, without its title, date, caption, sign-off and source lines."""
    lines = [ln.strip() for ln in SEED_A.read_text(encoding="utf-8").splitlines()]
    skip = ("English Section", TITLE, "02.09.2025 12:30", "(jh)", "Source: PAP")
    return [ln for ln in lines if ln and ln not in skip and not ln.startswith("A photo released")]


def saved_page(site_name: str | None = "PAP") -> str:
    """The seed's story as a news site serves it, boilerplate and metadata included."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in seed_paragraphs())
    site = f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(TITLE)} | {site_name or 'News'}</title>
<meta property="og:title" content="{html.escape(TITLE)}">{site}
<meta property="article:published_time" content="2025-09-02T12:30:00+02:00">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/en">English Section</a></li></ul></nav></header>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience on our website.
By browsing, you agree to our use of cookies.</p><button>Accept all cookies</button><button>Settings</button></div>
<main><article>
<h1>{html.escape(TITLE)}</h1>
<div class="byline"><time datetime="2025-09-02T12:30">02.09.2025 12:30</time></div>
<figure><img src="/kim-train.jpg" alt=""><figcaption>Kim Jong-un standing by his private train. Photo: EPA/KCNA</figcaption></figure>
{body}
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
</article>
<aside class="related"><h2>Related news</h2><ul>
<li><a href="/n/1">Markets close higher in Warsaw as 3 banks report profits</a></li>
<li><a href="/n/2">Poland signs deal for 96 helicopters</a></li>
<li><a href="/n/3">Weather: 25 degrees expected on Friday</a></li></ul></aside></main>
<footer><p>Subscribe to our newsletter</p><p>© 2025 Polish Press Agency. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body></html>"""


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *_args) -> None:  # keep test output quiet
        pass

    def _send(self, body: bytes, ctype: str = "text/html; charset=utf-8", status: int = 200, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        self.wfile.write(body)

    def _endless(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()  # no Content-Length: the page only ends when the client stops reading
        chunk = b"<p>" + b"padding " * 1000 + b"</p>\n"
        try:
            while True:
                self.wfile.write(chunk)
        except OSError:
            pass

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        routes = {
            "/news/nk-troops.html": lambda: self._send(saved_page().encode("utf-8")),
            "/news/no-site-name.html": lambda: self._send(saved_page(None).encode("utf-8")),
            "/news/latin1.html": lambda: self._send(saved_page().encode("cp1252", "replace"), "text/html; charset=windows-1252"),
            "/report.pdf": lambda: self._send(b"%PDF-1.4 a report", "application/pdf"),
            "/big-declared.html": lambda: self._send(b"<p>x</p>" * 700_000),
            "/endless.html": self._endless,
            "/slow.html": lambda: (time.sleep(3), self._send(saved_page().encode("utf-8"))),
            "/moved": lambda: self._send(b"", status=301, Location="/news/nk-troops.html"),
            "/to-metadata": lambda: self._send(b"", status=302, Location="http://169.254.169.254/latest/meta-data/"),
            "/to-file": lambda: self._send(b"", status=302, Location="file:///etc/passwd"),
            "/loop": lambda: self._send(b"", status=302, Location="/loop"),
            "/missing": lambda: self._send(b"<h1>Not found</h1>", status=404),
        }
        route = routes.get(self.path.split("?")[0])
        if route is None:
            self._send(b"not here", "text/plain", status=404)
        else:
            route()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # a client that stops reading is what the tests want
        pass


@pytest.fixture(scope="module")
def page_server() -> Iterator[str]:
    """The base address ("http://127.0.0.1:PORT") of a local server of saved news pages."""
    server = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
