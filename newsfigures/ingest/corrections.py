"""A reader's corrections of article metadata (title, outlet, publication date): pure logic, no Streamlit.

Corrections are a mapping article id -> {field: value}. Applying them gives new Articles whose corrected
fields have provenance "user". They can be exported as sidecar .json files (one per article, named so that
`x.json` sits beside `x.txt` and is read back with it), zipped together.
"""
from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import PurePosixPath

from newsfigures.ingest.limits import MAX_FIELD_CHARS
from newsfigures.ingest.metadata import parse_published
from newsfigures.model import Article

FIELDS = ("title", "outlet", "published")
Corrections = Mapping[str, Mapping[str, str]]


class CorrectionError(ValueError):
    """A corrected value that cannot be used (an unreadable date, an unknown field)."""


def normalise(field: str, value: str) -> str:
    """The value to store for a corrected field: trimmed text, or an ISO date ("" clears the field)."""
    if field not in FIELDS:
        raise CorrectionError(f"only {', '.join(FIELDS)} can be corrected, not {field!r}")
    v = " ".join(str(value or "").split())
    if field == "published" and v:
        iso = parse_published(v)
        if not iso:
            raise CorrectionError(f"'{v}' is not a date I can read; write it as 2025-09-02, 2 September 2025 or 02.09.2025")
        return iso
    if len(v) > MAX_FIELD_CHARS:
        raise CorrectionError(f"{field} is over {MAX_FIELD_CHARS} characters")
    return v


def diff(article: Article, values: Mapping[str, str]) -> dict[str, str]:
    """The fields of `values` that differ from the article's own (normalised); raises CorrectionError."""
    out = {}
    for k, v in values.items():
        n = normalise(k, v)
        if n != getattr(article, k):
            out[k] = n
    return out


def apply(articles: Iterable[Article], corrections: Corrections) -> list[Article]:
    """The articles with their corrections applied; corrected fields get provenance "user"."""
    out = []
    for a in articles:
        fix = {k: v for k, v in (corrections.get(a.id) or {}).items() if k in FIELDS}
        if not fix:
            out.append(a)
            continue
        prov = dict(a.provenance)
        prov.update(dict.fromkeys(fix, "user"))
        out.append(replace(a, **fix, provenance=tuple(sorted(prov.items()))))
    return out


def date_changed(before: Iterable[Article], after: Iterable[Article]) -> set[str]:
    """Ids whose publication date differs between two versions of the same articles (figures' as-of depends on it)."""
    old = {a.id: a.published for a in before}
    return {a.id for a in after if a.id in old and old[a.id] != a.published}


def sidecar(article: Article) -> dict[str, object]:
    """The sidecar JSON object for an article: its (corrected) metadata and where each field came from."""
    d: dict[str, object] = {"id": article.id, "title": article.title, "outlet": article.outlet,
                            "published": article.published}
    if article.url:
        d["url"] = article.url
    d["provenance"] = {k: v for k, v in article.provenance if k in (*FIELDS, "url")}
    d["corrected"] = sorted(k for k, v in article.provenance if v == "user" and k in FIELDS)
    return d


def sidecar_name(article: Article) -> str:
    """`stem.json` beside the article's file (`x.txt` -> `x.json`); the article id for records inside bigger files."""
    src = PurePosixPath(article.source_file.replace("\\", "/")) if article.source_file else None
    if src is not None and src.suffix.lower() in (".txt", ".text", ".md", ".html", ".htm") and ":" not in src.name and "[" not in src.name:
        parts = [p for p in src.with_suffix(".json").parts if p not in ("", ".", "..", "/") and not p.endswith(":")]
        if parts:  # never a path out of the zip ("../../x.json", "/etc/x.json")
            return "/".join(_safe(p) for p in parts)
    return f"{_safe(article.id) or 'article'}.json"


def _safe(name: str) -> str:
    """A file-name part with only letters, digits and -_. (no separators, no '..')."""
    cleaned = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name).strip(".")
    return cleaned or "_"


def sidecar_json(article: Article) -> str:
    """One sidecar file's text."""
    return json.dumps(sidecar(article), ensure_ascii=False, indent=1) + "\n"


def sidecars_zip(articles: Iterable[Article]) -> bytes:
    """A zip of sidecar files, one per article (pass the corrected ones)."""
    buf = io.BytesIO()
    used: set[str] = set()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for a in articles:
            name = sidecar_name(a)
            if name in used:
                name = f"{PurePosixPath(name).with_suffix('')}-{_safe(a.id)}.json"
            used.add(name)
            zf.writestr(name, sidecar_json(a))
    return buf.getvalue()
