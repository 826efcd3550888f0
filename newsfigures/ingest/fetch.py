"""Articles from links: each page fetched within its guards, then read like an uploaded .html file.

A link becomes one raw item (main text, title and site name by trafilatura, date by htmldate, outlet the page's
site name or else its domain) or one rejection with a reason code; one bad link never stops the others. The
guards (`guard.py`, limits in `limits.py`): http(s) only; every address a host resolves to must be public and the
connection goes to a checked address, each tried in turn until one connects (an unreachable IPv6 address first
costs only its share of the time); redirects followed one at a time, each new address checked, at most
MAX_REDIRECTS; HTML content types only; MAX_FETCH_BYTES per page, counted as it streams in; FETCH_TIMEOUT_SECONDS
per page in all; MAX_LINKS links per request.
"""
from __future__ import annotations

import codecs
import ipaddress
import re
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field, replace
from urllib.parse import SplitResult, urljoin, urlsplit

import httpx

from newsfigures.ingest import guard
from newsfigures.ingest.formats.html import html_items
from newsfigures.ingest.items import ItemError, RawItem, as_str, pick
from newsfigures.ingest.ledger import rejected
from newsfigures.ingest.limits import FETCH_TIMEOUT_SECONDS, MAX_FETCH_BYTES, MAX_LINKS, MAX_REDIRECTS
from newsfigures.model import Article, LedgerEntry

HTML_TYPES = ("text/html", "application/xhtml+xml")
FETCH_WORKERS = 4  # pages fetched at once within one request
REDIRECTS = (301, 302, 303, 307, 308)
USER_AGENT = "newsfigures (reads news articles for the figures they report)"
_ID_CHARS = re.compile(r"[^A-Za-z0-9._]+")


@dataclass(frozen=True)
class FetchSettings:
    """The guards of one fetch; tests shrink the limits or stand in for name resolution."""

    timeout: float = FETCH_TIMEOUT_SECONDS
    max_bytes: int = MAX_FETCH_BYTES
    max_redirects: int = MAX_REDIRECTS
    max_links: int = MAX_LINKS
    allow_private: bool | None = None  # None: NEWSFIGURES_ALLOW_PRIVATE_FETCH decides, read at each fetch
    resolve: guard.Resolver = guard.resolve_host
    refusal: Callable[[guard.IPAddress], str] = field(default=guard.address_refusal)

    def private_ok(self) -> bool:
        """Whether private addresses may be fetched."""
        return guard.private_allowed() if self.allow_private is None else self.allow_private


@dataclass(frozen=True)
class Page:
    """A fetched page: the link as given, the address finally read (after redirects), its bytes and media type."""

    url: str
    final_url: str
    body: bytes
    content_type: str
    charset: str = ""


def fetch_page(url: str, settings: FetchSettings = FetchSettings()) -> Page:
    """Fetch one HTML page within the guards; ItemError (reason code and message) for every refusal or failure."""
    pool = ThreadPoolExecutor(max_workers=1)  # the whole page, name lookups included, must end within the timeout
    try:
        return pool.submit(_fetch, url, settings, time.monotonic() + settings.timeout).result(timeout=settings.timeout)
    except FutureTimeout as e:
        raise ItemError("timeout", f"{url}: no complete page within {settings.timeout:g} s") from e
    finally:
        pool.shutdown(wait=False)  # a page past its time stops at its next read (its deadline has passed)


def _fetch(url: str, settings: FetchSettings, deadline: float) -> Page:
    """Follow the link hop by hop, each hop's address checked before connecting."""
    current = url
    with httpx.Client(follow_redirects=False, trust_env=False, headers={"User-Agent": USER_AGENT}) as client:
        for _ in range(settings.max_redirects + 1):
            parts = guard.checked_url(current)
            ips = guard.public_addresses(current, parts, settings.resolve, settings.private_ok(), settings.refusal)
            nxt, page = _hop_any(client, url, current, parts, ips, settings, deadline)
            if page is not None:
                return page
            current = nxt
    raise ItemError("too_many_redirects", f"{url}: more than {settings.max_redirects} redirects")


def _hop_any(client: httpx.Client, url: str, current: str, parts: SplitResult, ips: list[guard.IPAddress],
             settings: FetchSettings, deadline: float) -> tuple[str, Page | None]:
    """One hop, to each checked address in turn until one connects; each may spend on connecting only its share of
    the time left, so an address that never answers leaves time for the next."""
    failures = []
    for k, ip in enumerate(ips):
        connect = max(deadline - time.monotonic(), 0.001) / (len(ips) - k)
        try:
            return _hop(client, url, current, parts, ip, settings, deadline, connect)
        except (httpx.ConnectError, httpx.ConnectTimeout) as e:
            failures.append(f"{ip} ({type(e).__name__}: {str(e)[:80] or 'no answer'})")
    if time.monotonic() >= deadline:
        raise ItemError("timeout", f"{url}: no complete page within {settings.timeout:g} s")
    raise ItemError("fetch_failed", f"{url}: could not connect to {parts.hostname} at any of its addresses: "
                    + "; ".join(failures))


def _hop(client: httpx.Client, url: str, current: str, parts: SplitResult, ip: guard.IPAddress,
         settings: FetchSettings, deadline: float, connect: float) -> tuple[str, Page | None]:
    """One request to the checked address: the next link of a redirect, or the page; a failure to connect is
    raised as it is, for the next address to be tried."""
    request = pinned_request(client, current, parts, ip, max(deadline - time.monotonic(), 0.001), connect)
    try:
        response = client.send(request, stream=True)
        try:
            if response.status_code in REDIRECTS:
                return _redirect(url, current, response), None
            return "", _page(url, current, response, settings, deadline)
        finally:
            response.close()
    except (httpx.ConnectError, httpx.ConnectTimeout):
        raise
    except httpx.TimeoutException as e:
        raise ItemError("timeout", f"{url}: no complete page within {settings.timeout:g} s") from e
    except httpx.HTTPError as e:
        raise ItemError("fetch_failed", f"{url}: could not be fetched ({type(e).__name__}: {str(e)[:160]})") from e


def pinned_request(client: httpx.Client, current: str, parts: SplitResult, ip: guard.IPAddress,
                   timeout: float, connect: float | None = None) -> httpx.Request:
    """A request to `current` sent to the checked address `ip`, naming the host in Host and (https) in TLS SNI,
    so the certificate is still checked against the host's name; `connect` caps the time to connect."""
    scheme = parts.scheme.lower()
    port = parts.port or (443 if scheme == "https" else 80)
    literal = f"[{ip}]" if isinstance(ip, ipaddress.IPv6Address) else str(ip)
    target = f"{scheme}://{literal}:{port}{parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")
    host = parts.hostname or ""
    host_header = (f"[{host}]" if ":" in host else host) + (f":{parts.port}" if parts.port else "")
    extensions = {"sni_hostname": host} if scheme == "https" else {}
    return client.build_request("GET", target, headers={"Host": host_header}, timeout=httpx.Timeout(timeout, connect=min(connect or timeout, timeout)),
                                extensions=extensions)


def _redirect(url: str, current: str, response: httpx.Response) -> str:
    """Where a redirect points, relative to the link it answered."""
    location = response.headers.get("location", "").strip()
    if not location:
        raise ItemError("fetch_failed", f"{url}: a redirect ({response.status_code}) that points nowhere")
    return urljoin(current, location)


def _page(url: str, current: str, response: httpx.Response, settings: FetchSettings, deadline: float) -> Page:
    """The body of a final answer, read until the size limit or the deadline."""
    if response.status_code >= 400:
        raise ItemError("http_error", f"{url}: the server answered {response.status_code} {response.reason_phrase}")
    media, charset = _media_type(response.headers.get("content-type", ""))
    if media not in HTML_TYPES:
        shown = media or "no content type"
        raise ItemError("not_html", f"{url}: {shown} is not a web page; only HTML pages are fetched "
                        "(download the file and upload it instead)")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > settings.max_bytes:
        raise ItemError("too_large", f"{url}: {int(declared):,} bytes is over the {settings.max_bytes:,}-byte limit "
                        "for one page")
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > settings.max_bytes:
            raise ItemError("too_large", f"{url}: stopped reading at {settings.max_bytes:,} bytes, the limit for one page")
        if time.monotonic() > deadline:
            raise ItemError("timeout", f"{url}: no complete page within {settings.timeout:g} s")
    return Page(url, current, bytes(body), media, charset)


def _media_type(header: str) -> tuple[str, str]:
    """("text/html", "iso-8859-1") from a Content-Type header."""
    media, _, params = header.partition(";")
    charset = next((v.strip().strip('"') for k, _, v in (p.partition("=") for p in params.split(";"))
                    if k.strip().lower() == "charset"), "")
    return media.strip().lower(), charset


def _utf8(page: Page) -> bytes:
    """The body as UTF-8 when the server declared another charset that reads it; else the bytes as they came."""
    try:
        codec = codecs.lookup(page.charset).name if page.charset else "utf-8"
    except LookupError:
        return page.body
    if codec == "utf-8":
        return page.body
    try:
        return page.body.decode(codec).encode("utf-8")
    except UnicodeDecodeError:
        return page.body


def link_id(url: str) -> str:
    """An article id from a link: host (without www.) and path, in letters, digits, dots and dashes."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    slug = _ID_CHARS.sub("-", f"{host}{parts.path}").strip("-.")
    return slug[:80].rstrip("-.") or "page"


def domain(url: str) -> str:
    """The host of a link without a leading www. ("www.pap.pl" -> "pap.pl")."""
    return (urlsplit(url).hostname or "").removeprefix("www.")


def page_items(page: Page) -> Iterator[RawItem]:
    """The article of a fetched page, read like an uploaded .html file; the outlet is the page's site name or else
    its domain, the url the address finally read."""
    for item in html_items(page.url, _utf8(page), None):
        fields, origins = dict(item.fields), dict(item.origins)
        fields["url"] = page.final_url
        if not as_str(pick(fields, "outlet")):
            fields["outlet"], origins["outlet"] = domain(page.final_url), "inferred"
        yield replace(item, fields=fields, origins=origins, default_id=link_id(page.final_url))


def fetch_items(urls: Iterable[str], settings: FetchSettings = FetchSettings()) -> Iterator[RawItem | LedgerEntry]:
    """One raw item or one rejection per link, in order; links past `max_links` are rejected without a fetch.

    Up to FETCH_WORKERS pages are fetched at once; their HTML is read one after another."""
    links = [u.strip() for u in urls]
    with ThreadPoolExecutor(max_workers=FETCH_WORKERS) as pool:
        pages = pool.map(_page_or_error, links[:settings.max_links], [settings] * len(links))
        for url, page in zip(links, pages):
            if isinstance(page, ItemError):
                yield rejected(url, page.reason, page.message)
                continue
            try:
                yield from page_items(page)
            except ItemError as e:
                yield rejected(url, e.reason, e.message)
            except Exception as e:  # noqa: BLE001 - one bad link must never stop the others
                yield rejected(url, "unreadable", f"{url}: could not be read ({type(e).__name__}: {str(e)[:200]})")
    for url in links[settings.max_links:]:
        yield rejected(url, "too_many_links", f"{url}: not fetched, over {settings.max_links} links in one request; "
                       "add it in another batch")


def _page_or_error(url: str, settings: FetchSettings) -> Page | ItemError:
    """The page, or the error that refused it (kept as a value so the other links go on)."""
    try:
        return fetch_page(url, settings)
    except ItemError as e:
        return e
    except Exception as e:  # noqa: BLE001 - one bad link must never stop the others
        return ItemError("fetch_failed", f"{url}: could not be fetched ({type(e).__name__}: {str(e)[:200]})")


def links_in(text: str) -> list[str]:
    """The links of a pasted list: one per line, blank lines skipped, surrounding spaces and <> trimmed."""
    return [ln.strip().strip("<>").strip() for ln in text.splitlines() if ln.strip().strip("<>").strip()]


def fetched_link(article: Article) -> str:
    """The link an article was fetched from ("" for files, records and pasted text)."""
    return article.source_file if guard.looks_like_url(article.source_file) else ""


def sidecar_for(article: Article, fetched_at: str) -> dict[str, object]:
    """The sidecar `ID.json` of a fetched article written beside its `ID.txt` (read back by `ingest`)."""
    return {"id": article.id, "title": article.title, "outlet": article.outlet, "published": article.published,
            "url": article.url, "fetched_from": article.source_file, "fetched_at": fetched_at,
            "provenance": dict(article.provenance)}
