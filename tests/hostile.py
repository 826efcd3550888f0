"""A corpus of XSS payloads for the hostile browser test, and a local server that serves them as a news page and
records every request a payload could make ("beacons").

Every payload kind the issue's security test used sits in the body of each hostile article; titles, outlets, URLs and
sidecars carry them too. Payloads point their requests at `{beacon}` (this server's /beacon/…), so a payload that
ran in the browser leaves a hit there; each carries the marker "nfxss" so an injected element can be recognised."""
from __future__ import annotations

import html
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

MARKER = "nfxss"
# kind -> payload; "{b}" is the beacon base ("http://127.0.0.1:PORT/beacon"). No digits but the beacon's, so no
# payload reads as a figure.
PAYLOADS: dict[str, str] = {
    "script_tag": "<script>fetch('{b}/script');alert('nfxss script')</script>",
    "event_handler": "<img src=x onerror=\"fetch('{b}/img');alert('nfxss img')\"> <body onload=alert('nfxss body')>",
    "javascript_url": "<a href=\"javascript:fetch('{b}/jsurl')\">read more nfxss</a>",
    "svg_onload": "<svg onload=\"fetch('{b}/svg')\"><animate onbegin=alert('nfxss svg') attributeName=x></svg>",
    "iframe_srcdoc": "<iframe srcdoc=\"<script>parent.alert('nfxss srcdoc')</script>\" src=\"{b}/iframe\"></iframe>",
    "style_expression": "<div style=\"background:url({b}/style-attr);width:expression(alert('nfxss expr'))\">styled</div>",
    "entities": "&lt;script&gt;alert('nfxss entity')&lt;/script&gt; &amp;lt;img src=x onerror=alert('nfxss')&amp;gt;",
    "markdown_injection": "[click nfxss](javascript:alert('nfxss md')) ![pixel]({b}/md-image.png)",
    "streamlit_markdown": ":red[nfxss alarm] <div onmouseover=\"fetch('{b}/div')\">hover nfxss</div> $\\href{javascript:x}{m}$",
    "script_breakout": "\"</script><script>fetch('{b}/breakout')</script> {{nfxss}} ${alert('nfxss tpl')}",
    "attribute_breakout": "\" onmouseover=\"fetch('{b}/attr')\" x=\" ' autofocus onfocus='alert(`nfxss`)' '",
    "unicode_escaped": "\\u003cscript\\u003ealert('nfxss uni')\\u003c/script\\u003e ＜script＞alert('nfxss wide')＜/script＞",
    "data_url": "<a href=\"data:text/html,<script>alert('nfxss data')</script>\">data nfxss</a> "
                "<img src=\"data:image/svg+xml,<svg onload=alert('nfxss')>\">",
    "css_url": "<style>body{background:url('{b}/css')} /* nfxss */</style>",
    "meta_refresh": "<meta http-equiv=\"refresh\" content=\"0;url={b}/meta\">",
    "base_href": "<base href=\"{b}/base/\">",
    "form_action": "<form action=\"{b}/form\"><button formaction=\"{b}/formaction\">submit nfxss</button></form>",
    "link_object_embed": "<link rel=stylesheet href=\"{b}/link.css\"> <object data=\"{b}/object\"></object> "
                         "<embed src=\"{b}/embed\">",
    "html_link": "<a href=\"{b}/anchor\">read nfxss</a>",
    "bare_link": "{b}/bare-link?nfxss www.example.com/nfxss editor@example.com",
}
# Which payloads ride in each article's title, outlet and URL (a record's fields are at most 300 characters).
FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "folder-a": (("script_tag", "bare_link"), ("attribute_breakout", "html_link"), "javascript_url"),
    "folder-b": (("event_handler", "css_url"), ("markdown_injection",), "data_url"),
    "upload": (("streamlit_markdown",), ("script_breakout", "base_href"), "bare_link"),
    "fetched": (("svg_onload", "meta_refresh"), ("entities", "style_expression"), "unicode_escaped"),
}
# Different figures per article, so Compare, Timeline and Discrepancies have something to show.
INTROS: dict[str, str] = {
    "folder-a": "Officials said 300 homes were destroyed in the valley flood on Monday.",
    "folder-b": "Officials said 500 homes were destroyed in the valley flood on Monday.",
    "upload": "Rescuers said about 40 people were missing after the valley flood on Monday.",
    "fetched": "The ministry said 12 schools were closed after the valley flood on Monday.",
}
PUBLISHED = "2025-09-02"
PAGE = "/news/hostile.html"
# The uploaded file's name (its article's id) is a payload too: a browser sends whatever name the file has.
UPLOAD_STEM = "upload <img src=x onerror=alert('nfxss name')> [x](javascript:alert('nfxss'))"


def payloads(beacon: str) -> dict[str, str]:
    """Every payload, pointing at `beacon`."""
    return {k: p.replace("{b}", beacon) for k, p in PAYLOADS.items()}


def body(name: str, beacon: str) -> str:
    """An article's text: its figures first, then one paragraph per payload kind."""
    lines = [INTROS[name]] + [f"Statement {kind.replace('_', ' ')}: {p}" for kind, p in payloads(beacon).items()]
    return "\n\n".join(lines) + "\n\nThe flood left 9 bridges closed, the agency said.\n"


def fields(name: str, beacon: str) -> dict[str, str]:
    """An article's title, outlet and url, each carrying a payload."""
    p = payloads(beacon)
    title, outlet, url = FIELDS[name]
    return {"title": f"Flood report {name} " + " ".join(p[k] for k in title),
            "outlet": "Outlet " + " ".join(p[k] for k in outlet),
            "url": p[url] if p[url].startswith(("http", "javascript", "data")) else f"https://example.com/?q={p[url]}",
            "published": PUBLISHED}


def sidecar(name: str, beacon: str) -> bytes:
    """A sidecar whose tags are written as JSON unicode escapes (\\u003c), as a hostile feed would."""
    text = json.dumps(fields(name, beacon), ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").encode("utf-8")


def write_article(folder: Path, name: str, beacon: str, stem: str = "") -> tuple[Path, Path]:
    """Article `name` as `stem`.txt (`name`.txt by default) and its sidecar `stem`.json in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    txt, side = folder / f"{stem or name}.txt", folder / f"{stem or name}.json"
    txt.write_text(body(name, beacon), encoding="utf-8")
    side.write_bytes(sidecar(name, beacon))
    return txt, side


def page(beacon: str) -> str:
    """The fetched article as a hostile site serves it: payloads escaped in its text and metadata, and every payload
    also raw in its markup (which must never reach a visitor)."""
    f, raw = fields("fetched", beacon), "\n".join(payloads(beacon).values())
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in body("fetched", beacon).split("\n\n"))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(f['title'])}</title>
<meta property="og:title" content="{html.escape(f['title'])}">
<meta property="og:site_name" content="{html.escape(f['outlet'])}">
<meta property="article:published_time" content="{PUBLISHED}T09:00:00+00:00"></head>
<body><main><article><h1>{html.escape(f['title'])}</h1>
{paragraphs}
</article><aside>{raw}</aside></main></body></html>"""


@dataclass
class Beacons:
    """The local server's address and every path a browser asked it for under /beacon."""

    base: str
    hits: list[str] = field(default_factory=list)

    @property
    def beacon(self) -> str:
        """Where payloads send their requests."""
        return self.base + "/beacon"


def _handler(beacons: Beacons) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args) -> None:  # keep test output quiet
            pass

        def _reply(self) -> None:
            if self.path.startswith("/beacon"):
                beacons.hits.append(self.path)
            data = page(beacons.beacon).encode("utf-8") if self.path.split("?")[0] == PAGE else b""
            self.send_response(200 if data else 204)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = _reply  # noqa: N815 - http.server's names

    return Handler


def serve() -> Iterator[Beacons]:
    """Run the hostile page and beacon server until the generator is closed (a pytest fixture's body)."""
    beacons = Beacons("")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(beacons))
    server.daemon_threads = True
    beacons.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield beacons
    server.shutdown()
    server.server_close()
