"""HTML: one article per page; main text, title, site name and URL by trafilatura, the date by htmldate.

The page is parsed once, here, so neither library ever sees something that looks like a URL it could fetch."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from newsfigures.ingest.decoding import decode_text
from newsfigures.ingest.items import ItemError, RawItem
from newsfigures.ingest.lexicon import WORD_CHARS
from newsfigures.ingest.limits import MAX_HTML_BYTES

MIN_BODY_WORDS = 5  # fewer words besides the title: only navigation or markup
_METADATA = (("title", "title"), ("outlet", "sitename"), ("url", "url"))  # field <- trafilatura's attribute


def html_items(name: str, data: bytes, _sidecar: Any) -> Iterator[RawItem]:
    """The page's one item; ItemError when it is too large, unparseable or has no article text."""
    if len(data) > MAX_HTML_BYTES:
        raise ItemError("too_large", f"{name}: {len(data):,} bytes of HTML is over the {MAX_HTML_BYTES:,}-byte limit")
    text, warns = decode_text(data, name)
    import trafilatura  # noqa: PLC0415 - heavy imports, only for HTML

    tree = trafilatura.load_html(text)
    if tree is None:
        raise ItemError("bad_html", f"{name}: not readable as HTML")
    date = _find_date(tree)  # htmldate works on its own copy of the tree
    doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=False,
                                      include_images=False, deduplicate=False)  # so does trafilatura
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    title = (getattr(doc, "title", None) or "").strip()
    if len(WORD_CHARS.findall(body.replace(title, "", 1))) < MIN_BODY_WORDS:
        raise ItemError("no_body", f"{name}: no article text found in the HTML (only navigation or markup)")
    fields: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for key, attr in _METADATA:
        v = getattr(doc, attr, None)
        if isinstance(v, str) and v.strip():
            fields[key] = v.strip()
    if date:
        fields["published"] = date
        origins["published"] = "inferred"
    yield RawItem(name, name, body, fields, "record", None, PurePosixPath(name).stem, tuple(warns), origins)


def _find_date(tree: Any) -> str | None:
    import htmldate  # noqa: PLC0415

    try:
        return htmldate.find_date(tree, original_date=True, extensive_search=True)
    except Exception:  # noqa: BLE001 - a date guess must never cost the article
        return None
