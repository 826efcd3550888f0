"""Markdown: one article per file; YAML front matter gives metadata, a leading `# Heading` the title."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from newsfigures.ingest.decoding import decode_text
from newsfigures.ingest.items import RawItem, pick
from newsfigures.ingest.lexicon import FIELD_SYNONYMS
from newsfigures.ingest.limits import MAX_FRONT_MATTER_CHARS

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(?P<yaml>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FIRST_HEADING = re.compile(r"\s*#[ \t]+(.+?)[ \t#]*(?:\n|$)")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^)\n]*)\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M)
_MD_EMPH = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M)
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)


def markdown_to_text(md: str) -> str:
    """Markdown to plain text, roughly: headings, links, images, bold and rules become plain lines."""
    s = _MD_IMAGE.sub("", md)
    s = _MD_LINK.sub(r"\1", s)
    s = _MD_HEADING.sub(r"\1", s)
    s = _MD_EMPH.sub(r"\2", s)
    s = _MD_RULE.sub("", s)
    return _MD_QUOTE.sub("", s)


def md_items(name: str, data: bytes, _sidecar: Any) -> Iterator[RawItem]:
    """The file's one item: the body as plain text, the front matter's fields, the first heading as title."""
    text, warns = decode_text(data, name)
    fields: dict[str, Any] = {}
    origins: dict[str, str] = {}
    m = _FRONT_MATTER.match(text)
    body = text[m.end():] if m else text
    if m:
        fields = _front_matter(m.group("yaml"), warns)
    h1 = _FIRST_HEADING.match(body)
    if h1 and pick(fields, "title") is None:
        fields["title"] = h1.group(1).strip()
        origins["title"] = "text"
    body_text = pick(fields, "text") if isinstance(pick(fields, "text"), str) and not body.strip() else markdown_to_text(body)
    fields = {k: v for k, v in fields.items() if k.lower() not in {s.lower() for s in FIELD_SYNONYMS["text"]}}
    yield RawItem(name, name, body_text, fields, "record", None, PurePosixPath(name).stem, tuple(warns), origins)


def _front_matter(yaml_text: str, warns: list[str]) -> dict[str, Any]:
    """The fields of a YAML front matter (dates as ISO text); what cannot be used is noted in `warns`."""
    if len(yaml_text) > MAX_FRONT_MATTER_CHARS:
        warns.append(f"front matter over {MAX_FRONT_MATTER_CHARS:,} characters ignored")
        return {}
    import yaml  # noqa: PLC0415

    try:
        meta = yaml.safe_load(yaml_text)
    except yaml.YAMLError as e:
        warns.append(f"front matter is not valid YAML ({str(e).splitlines()[0]}); metadata taken from the text")
        return {}
    if not isinstance(meta, dict):
        if meta is not None:
            warns.append("front matter is not a mapping of fields; ignored")
        return {}
    fields = {str(k): v for k, v in meta.items() if isinstance(v, (str, int, float, list, dict)) or hasattr(v, "isoformat")}
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in fields.items()}
