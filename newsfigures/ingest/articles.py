"""One raw item to one Article: the clean body, its id and content hash, and metadata by precedence.

A field comes from the record (or sidecar) when it gives one, else from the text's own lines, else it is inferred
from a wire dateline, a byline's outlet or a closing credit; `Article.provenance` says which."""
from __future__ import annotations

import hashlib
from collections.abc import Collection

from newsfigures.ingest import cleaning, metadata
from newsfigures.ingest.items import RawItem, as_str, pick
from newsfigures.ingest.limits import MAX_FIELD_CHARS, MAX_ID_CHARS
from newsfigures.model import Article

FIELDS_FROM_TEXT = ("title", "outlet", "published")


def content_hash(text: str) -> str:
    """Stable hash of an article's clean text: the key extraction results are stored under."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_from_item(raw: RawItem, join_wrapped: bool = False) -> tuple[Article, list[str]]:
    """Clean one raw item and fill its metadata (record or sidecar, then the text); also the warnings on the way.
    With `join_wrapped`, line breaks inside sentences are joined (`wrapping`)."""
    warnings: list[str] = []
    cleaned = cleaning.clean(raw.text, known_title=as_str(pick(raw.fields, "title")), join_wrapped=join_wrapped)
    warnings += [cleaned.wrapping] if cleaned.wrapping else []
    values: dict[str, str] = {}
    prov: dict[str, str] = {}
    for name, from_text in zip(FIELDS_FROM_TEXT, (cleaned.title, cleaned.outlet, cleaned.published)):
        given = _given(raw, name, warnings)
        if given:
            values[name], prov[name] = given, raw.origins.get(name, raw.origin)
        elif from_text:
            values[name], prov[name] = from_text, "text"
    place = _infer_from_dateline(raw, cleaned, values, prov)
    url = as_str(pick(raw.fields, "url"))
    if url:
        prov["url"] = raw.origins.get("url", raw.origin)
    if cleaned.dateline or place:
        prov["dateline"] = "text"
    body = cleaned.text
    art = Article(
        id=as_str(pick(raw.fields, "id"))[:MAX_ID_CHARS] or raw.default_id or content_hash(body)[:12],
        text=body, raw_text=raw.text, title=values.get("title", ""), outlet=values.get("outlet", ""),
        published=values.get("published", ""), url=url, source_file=raw.source_file,
        content_hash=content_hash(body), provenance=tuple(sorted(prov.items())), removed=cleaned.removed,
    )
    return art, warnings


def _given(raw: RawItem, name: str, warnings: list[str]) -> str:
    """The record's value of field `name` (a date as ISO), shortened to the limit; problems noted in `warnings`."""
    given = as_str(pick(raw.fields, name))
    if name == "published" and given:
        iso = metadata.parse_published(given)
        if not iso:
            warnings.append(f"published '{given[:40]}' is not a date I can read; ignored")
        given = iso
    if len(given) > MAX_FIELD_CHARS:
        warnings.append(f"{name} over {MAX_FIELD_CHARS} characters; shortened")
        given = given[:MAX_FIELD_CHARS]
    return given


def _infer_from_dateline(raw: RawItem, cleaned: cleaning.Cleaned, values: dict[str, str], prov: dict[str, str]) -> str:
    """Fill outlet and date the text leaves open from its wire dateline (or, for the outlet, its byline or closing
    credit); the dateline's place (or "")."""
    place, agency = cleaned.dateline, cleaned.dateline_agency or cleaned.credit
    if "outlet" not in values and agency:
        values["outlet"], prov["outlet"] = agency, "inferred"  # "NEW DELHI, Dec. 29 (UPI) --": a UPI wire story
    iso = metadata.dateline_published(cleaned.dateline_date, raw.text) if "published" not in values else ""
    if iso:
        values["published"], prov["published"] = iso, "inferred"
    return place


def unused_id(article_id: str, content_hash: str, taken: Collection[str]) -> str:
    """`article_id`, or, when another article has it, the id with the start of its content hash appended (and a
    number after that in the rare case that is taken too)."""
    if article_id not in taken:
        return article_id
    base = f"{article_id}~{content_hash[:6]}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}{n}", n + 1
    return candidate
