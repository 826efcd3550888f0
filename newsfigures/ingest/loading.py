"""Turn files, folders, uploads and pasted text into Articles, with one ledger row per submitted item.

Every submitted item (a file, a JSONL line, a CSV row, a JSON list element, a zip member, a pasted text) ends
as exactly one ledger row: `ingested`, `duplicate` (of which article) or `rejected` (reason code, message, line).
Nothing is decoded with errors="replace", nothing is dropped without a row. docs/ingestion.md lists the codes.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from email.utils import parsedate_to_datetime
from pathlib import Path, PurePosixPath
from typing import Any

from newsfigures.ingest import cleaning
from newsfigures.ingest import dedupe
from newsfigures.ingest import metadata
from newsfigures.model import Article, LedgerEntry

# Field synonyms, data not code: the first key found wins (keys compared case-insensitively).
FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "docid", "guid", "uuid", "_id"),
    "title": ("title", "headline", "heading", "og:title", "name"),
    "outlet": ("outlet", "source", "publisher", "site_name", "sitename", "site", "media", "source_name",
               "publication", "newspaper", "og:site_name", "hostname", "domain"),
    "published": ("published", "publication_date", "date", "pubDate", "pubdate", "published_at", "publishedAt",
                  "published_date", "pub_date", "date_published", "datePublished", "datetime", "seendate",
                  "created_at", "timestamp"),
    "url": ("url", "link", "source_url", "href", "canonical_url", "permalink", "uri", "webUrl"),
    "text": ("text", "body", "content", "article", "maintext", "full_text", "fulltext", "articleBody", "story",
             "bodyText", "description", "summary"),
}

# Limits (docs/ingestion.md). Uploads are capped at 25 MB by .streamlit/config.toml before they reach us.
MAX_FILE_BYTES = 50 * 1024 * 1024  # one file (or one zip member, uncompressed)
MAX_ARTICLE_CHARS = 2_000_000  # one article; spaCy's max_length is 1,000,000 and extraction chunks below that
MAX_ZIP_ENTRIES = 5_000
MAX_ZIP_TOTAL_BYTES = 200 * 1024 * 1024  # sum of uncompressed member sizes
MAX_ZIP_RATIO = 100  # uncompressed / compressed, for members over ZIP_RATIO_MIN_BYTES
ZIP_RATIO_MIN_BYTES = 1024 * 1024
MAX_FRONT_MATTER_CHARS = 64 * 1024
MAX_HTML_BYTES = 10 * 1024 * 1024
CSV_FIELD_LIMIT = MAX_ARTICLE_CHARS + 1

STATUSES = ("ingested", "duplicate", "rejected")


@dataclass(frozen=True)
class RawItem:
    """One article-shaped item before cleaning: where it came from and the fields it brought."""

    item: str
    source_file: str
    text: str
    fields: dict[str, Any] = field(default_factory=dict)
    origin: str = "record"  # where the non-text fields came from: "record", "sidecar" or "text"
    line: int | None = None
    default_id: str = ""
    warnings: tuple[str, ...] = ()
    origins: dict[str, str] = field(default_factory=dict)  # per-field override of `origin`


class ItemError(Exception):
    """A submitted item that cannot become an article: a reason code and a message a person reads."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason, self.message = reason, message


def content_hash(text: str) -> str:
    """Stable hash of an article's clean text: the key extraction results are stored under."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def pick(fields: Mapping[str, Any], name: str) -> Any:
    """The value of field `name` under any of its synonyms (case-insensitive), or None."""
    lowered = {str(k).lower(): v for k, v in fields.items()}
    for key in FIELD_SYNONYMS[name]:
        v = lowered.get(key.lower())
        if v not in (None, "", [], {}):
            return v
    return None


# ---------------------------------------------------------------------------------------------- bytes to text

_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8"),
         (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\x1f\x8b", "gzip-compressed data"), (b"%PDF-", "a PDF document"),
          (b"PK\x03\x04", "a zip archive"), (b"PK\x05\x06", "an empty zip archive"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"\xfd7zXZ\x00", "xz-compressed data"),
          (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"\x7fELF", "an executable"), (b"\xd0\xcf\x11\xe0", "an old Office document"),
          (b"SQLite format 3\x00", "an SQLite database"), (b"BZh91AY&SY", "bzip2-compressed data"), (b"OggS", "an Ogg media file"),
          (b"\x28\xb5\x2f\xfd", "zstd-compressed data"), (b"Rar!\x1a\x07", "a RAR archive"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _binary_kind(data: bytes) -> str:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[4:8] in (b"ftyp",) or (data.startswith(b"RIFF") and data[8:12] in (b"WAVE", b"WEBP", b"AVI ")):
        return "a media file"
    return ""


def decode_text(data: bytes, item: str) -> tuple[str, list[str]]:
    """Bytes to text and warnings: BOM, then strict UTF-8, then charset-normalizer's guess (recorded as a warning).

    Binary content, NUL-laden text and bytes no encoding explains are rejected (ItemError), never replaced."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError as e:
                raise ItemError("encoding", f"{item}: starts with a {enc.upper()} byte-order mark but byte {e.start + len(bom)} is not valid {enc.upper()}") from None
            _check_controls(text, item)
            return text, ([] if enc == "utf-8" else [f"decoded as {enc.upper()} (byte-order mark)"])
    kind = _binary_kind(data)
    if kind:
        raise ItemError("binary", f"{item}: this is {kind}, not text (was it renamed?)")
    nul = data.count(b"\x00")
    if nul:
        raise ItemError("binary", f"{item}: contains {nul:,} NUL byte(s); this is binary data (or UTF-16 without a byte-order mark), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        bad = e.start
    else:
        _check_controls(text, item)
        return text, []
    from charset_normalizer import from_bytes  # noqa: PLC0415 - only needed for the rare non-UTF-8 file

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.15:
        raise ItemError("encoding", f"{item}: not valid UTF-8 (byte {bad}: {data[bad:bad + 1]!r}) and no other text encoding fits; save it as UTF-8")
    enc, text = best.encoding, str(best)
    high = sum(1 for b in data if b >= 0x80)
    if enc.replace("-", "_").lower() in _CJK and high < 0.2 * len(data):
        # A few accented letters in Latin text make short inputs look like a CJK double-byte encoding.
        try:
            enc, text = "cp1252", data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    _check_controls(text, item)
    return text, [f"not UTF-8 (byte {bad}: {data[bad:bad + 1]!r}); decoded as {enc} as guessed by charset-normalizer: check accented letters"]


_CJK = {"big5", "big5hkscs", "gb2312", "gb18030", "gbk", "hz", "euc_jp", "euc_jis_2004", "euc_jisx0213", "euc_kr",
        "shift_jis", "shift_jis_2004", "shift_jisx0213", "cp932", "cp949", "cp950", "johab", "iso2022_jp", "iso2022_kr"}


def _check_controls(text: str, item: str) -> None:
    n = len(_CONTROL.findall(text))
    if "\x00" in text or n > max(2, len(text) // 100):
        raise ItemError("binary", f"{item}: {n:,} control characters; this looks like binary data, not text")


def decode(data: bytes, item: str) -> str:
    """Bytes to text (see decode_text); the warnings are dropped."""
    return decode_text(data, item)[0]


def repair_string(s: str) -> tuple[str, list[str]]:
    """Lone surrogates (from JSON escapes such as "\\ud800") and control characters out of a string, with warnings."""
    warns = []
    if _SURROGATE.search(s):
        n = len(_SURROGATE.findall(s))
        s = _SURROGATE.sub("\ufffd", s)
        warns.append(f"{n} lone surrogate escape(s) (invalid Unicode) replaced by U+FFFD")
    if _CONTROL.search(s):
        n = len(_CONTROL.findall(s))
        s = _CONTROL.sub("", s)
        warns.append(f"{n} control character(s) removed")
    return s, warns


def _as_str(v: Any) -> str:
    if v is None or isinstance(v, bool):
        return ""
    if isinstance(v, float) and not math.isfinite(v):
        return ""
    if isinstance(v, dict):  # {"source": {"id": ..., "name": "Reuters"}} (NewsAPI) and the like
        for k in ("name", "title", "value", "text", "@value", "url", "href"):
            if isinstance(v.get(k), (str, int, float)):
                return _as_str(v[k])
        return ""
    if isinstance(v, (list, tuple)):
        return next((s for s in (_as_str(x) for x in v[:20]) if s), "")
    if isinstance(v, (str, int, float)):
        return str(v).strip()
    return str(v).strip()[:500]


# ---------------------------------------------------------------------------------------------- parsers

def _txt_items(name: str, data: bytes, sidecar: Any) -> Iterator[RawItem]:
    text, warns = decode_text(data, name)
    side, side_warn = sidecar if isinstance(sidecar, tuple) else (sidecar, "")
    warns += [side_warn] if side_warn else []
    yield RawItem(name, name, text, side or {}, "sidecar" if side else "text", None, PurePosixPath(name).stem, tuple(warns))


_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(?P<yaml>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
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


def _md_items(name: str, data: bytes, _sidecar: Any) -> Iterator[RawItem]:
    text, warns = decode_text(data, name)
    fields: dict[str, Any] = {}
    origins: dict[str, str] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        body = text[m.end():]
        if len(m.group("yaml")) > MAX_FRONT_MATTER_CHARS:
            warns.append(f"front matter over {MAX_FRONT_MATTER_CHARS:,} characters ignored")
        else:
            import yaml  # noqa: PLC0415

            try:
                meta = yaml.safe_load(m.group("yaml"))
            except yaml.YAMLError as e:
                warns.append(f"front matter is not valid YAML ({str(e).splitlines()[0]}); metadata taken from the text")
                meta = None
            if isinstance(meta, dict):
                fields = {str(k): v for k, v in meta.items() if isinstance(v, (str, int, float, list, dict)) or hasattr(v, "isoformat")}
                fields = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in fields.items()}
            elif meta is not None:
                warns.append("front matter is not a mapping of fields; ignored")
    else:
        body = text
    h1 = re.match(r"\s*#[ \t]+(.+?)[ \t#]*(?:\n|$)", body)
    if h1 and pick(fields, "title") is None:
        fields["title"] = h1.group(1).strip()
        origins["title"] = "text"
    body_text = pick(fields, "text") if isinstance(pick(fields, "text"), str) and not body.strip() else markdown_to_text(body)
    fields = {k: v for k, v in fields.items() if k.lower() not in {s.lower() for s in FIELD_SYNONYMS["text"]}}
    yield RawItem(name, name, body_text, fields, "record", None, PurePosixPath(name).stem, tuple(warns), origins)


def _html_items(name: str, data: bytes, _sidecar: Any) -> Iterator[RawItem]:
    if len(data) > MAX_HTML_BYTES:
        raise ItemError("too_large", f"{name}: {len(data):,} bytes of HTML is over the {MAX_HTML_BYTES:,}-byte limit")
    text, warns = decode_text(data, name)
    import htmldate  # noqa: PLC0415 - heavy imports, only for HTML
    import trafilatura  # noqa: PLC0415

    # Parse ourselves so neither library ever sees something that looks like a URL it could fetch.
    tree = trafilatura.load_html(text)
    if tree is None:
        raise ItemError("bad_html", f"{name}: not readable as HTML")
    try:
        date = htmldate.find_date(tree, original_date=True, extensive_search=True)
    except Exception:  # noqa: BLE001 - a date guess must never cost the article
        date = None
    doc = trafilatura.bare_extraction(trafilatura.load_html(text), with_metadata=True, include_comments=False,
                                      include_tables=False, include_images=False, deduplicate=False)
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    title = (getattr(doc, "title", None) or "").strip()
    if len(re.findall(r"\w+", body.replace(title, "", 1))) < 5:
        raise ItemError("no_body", f"{name}: no article text found in the HTML (only navigation or markup)")
    fields: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for key, attr in (("title", "title"), ("outlet", "sitename"), ("url", "url")):
        v = getattr(doc, attr, None)
        if isinstance(v, str) and v.strip():
            fields[key] = v.strip()
    if date:
        fields["published"] = date
        origins["published"] = "inferred"
    yield RawItem(name, name, body, fields, "record", None, PurePosixPath(name).stem, tuple(warns), origins)


class _JsonWarnings:
    """json.loads hooks that note what strict JSON would not allow instead of failing or mangling silently."""

    def __init__(self) -> None:
        self.notes: list[str] = []

    def pairs(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in pairs:
            if k in out and len(self.notes) < 50:
                self.notes.append(f"duplicate key '{k[:40]}': the last value is used")
            out[k] = v
        return out

    def constant(self, name: str) -> None:
        self.notes.append(f"non-standard JSON value {name} treated as missing")
        return None

    def integer(self, s: str) -> int | str:
        if len(s) > 4000:  # Python refuses int() of more than 4,300 digits
            self.notes.append(f"a {len(s):,}-digit number kept as text")
            return s
        return int(s)

    def loads(self, s: str) -> Any:
        return json.loads(s, object_pairs_hook=self.pairs, parse_constant=self.constant, parse_int=self.integer)


def _record_item(name: str, obj: Any, line: int | None, idx: int, warns: Iterable[str] = ()) -> RawItem:
    where = f"{name}:{line}" if line is not None else f"{name}[{idx}]"
    if not isinstance(obj, dict):
        raise ItemError("not_an_object", f"{where}: expected an object with a text field, got {type(obj).__name__}")
    text = pick(obj, "text")
    if isinstance(text, list) and all(isinstance(p, str) for p in text):
        text = "\n\n".join(text)  # a body given as a list of paragraphs
    if not isinstance(text, str) or not text.strip():
        raise ItemError("missing_text", f"{where}: no text (looked for {', '.join(FIELD_SYNONYMS['text'])})")
    warnings = list(warns)
    raw_text = text
    text, w = repair_string(text)
    warnings += [f"text: {x}" for x in w]
    fields: dict[str, Any] = {}
    for k, v in obj.items():
        if isinstance(v, str) and v is not raw_text:
            v, w = repair_string(v)
            warnings += [f"{k}: {x}" for x in w]
        fields[k] = v
    return RawItem(where, name, text, fields, "record", line, f"{PurePosixPath(name).stem}-{line if line is not None else idx}", tuple(warnings))


def _jsonl_items(name: str, data: bytes, _sidecar: Any) -> Iterator[RawItem | LedgerEntry]:
    text, warns = decode_text(data, name)
    n_items = 0
    for n, line in enumerate(re.split(r"\r\n|\n|\r", text), start=1):
        if not line.strip():
            continue
        n_items += 1
        hooks = _JsonWarnings()
        try:
            yield _record_item(name, hooks.loads(line), n, n, warns + hooks.notes)
        except json.JSONDecodeError as e:
            yield LedgerEntry(f"{name}:{n}", "rejected", reason="bad_json", message=f"{name} line {n}: invalid JSON ({e.msg} at column {e.colno})", line=n)
        except ItemError as e:
            yield LedgerEntry(f"{name}:{n}", "rejected", reason=e.reason, message=e.message, line=n)
        except RecursionError:
            yield LedgerEntry(f"{name}:{n}", "rejected", reason="too_deep", message=f"{name} line {n}: JSON nested too deeply to read", line=n)
        except (ValueError, OverflowError) as e:
            yield LedgerEntry(f"{name}:{n}", "rejected", reason="bad_json", message=f"{name} line {n}: unreadable JSON value ({e})", line=n)
    if not n_items:
        raise ItemError("empty", f"{name}: no JSON lines, only blank lines")


_LIST_KEYS = ("articles", "items", "documents", "docs", "data", "results", "records", "entries", "stories")


def _json_items(name: str, data: bytes, _sidecar: Any) -> Iterator[RawItem | LedgerEntry]:
    text, warns = decode_text(data, name)
    hooks = _JsonWarnings()
    try:
        obj = hooks.loads(text)
    except json.JSONDecodeError as e:
        raise ItemError("bad_json", f"{name}: invalid JSON at line {e.lineno} column {e.colno} ({e.msg})") from None
    except RecursionError:
        raise ItemError("too_deep", f"{name}: JSON nested too deeply to read") from None
    except (ValueError, OverflowError) as e:
        raise ItemError("bad_json", f"{name}: unreadable JSON value ({e})") from None
    warns += hooks.notes
    if isinstance(obj, dict) and pick(obj, "text") is None:
        inner = next((obj[k] for k in obj if str(k).lower() in _LIST_KEYS and isinstance(obj[k], list)), None)
        records = inner if inner is not None else [obj]
    else:
        records = obj if isinstance(obj, list) else [obj]
    if not records:
        raise ItemError("no_records", f"{name}: an empty list, no articles in it")
    single = len(records) == 1 and not isinstance(obj, list)
    for i, rec in enumerate(records):
        try:
            raw = _record_item(name, rec, None, i, warns)
            if single:
                raw = replace(raw, item=name, default_id=PurePosixPath(name).stem)
            yield raw
        except ItemError as e:
            yield LedgerEntry(name if single else f"{name}[{i}]", "rejected", reason=e.reason, message=e.message)


_PHYS_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))


def _csv_delimiter(name: str, first_line: str) -> str:
    if name.lower().endswith(".tsv"):
        return "\t"
    counts = {d: first_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] and counts[","] == 0 else ","


def _csv_items(name: str, data: bytes, _sidecar: Any) -> Iterator[RawItem | LedgerEntry]:
    text, warns = decode_text(data, name)
    lines = _PHYS_LINE.findall(text)
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None:
        raise ItemError("empty", f"{name}: empty CSV file")
    delim = _csv_delimiter(name, lines[first])
    try:
        header = next(csv.reader(iter(lines[first:first + 1]), delimiter=delim))
    except csv.Error as e:
        raise ItemError("bad_csv", f"{name}: unreadable header row ({e})") from None
    header = [h.strip().lstrip("\ufeff") for h in header]
    if pick(dict.fromkeys(header, "x"), "text") is None:
        raise ItemError("missing_text", f"{name}: no text column in the header row (looked for {', '.join(FIELD_SYNONYMS['text'])})")
    pos = first + 1  # index into lines of the next record
    while pos < len(lines):
        start = pos
        row_no = start + 1  # 1-based line number where this record starts
        where = f"{name}:{row_no}"
        reader = csv.reader(iter(lines[start:]), delimiter=delim, strict=False)
        try:
            row = next(reader)
            end = start + reader.line_num
        except StopIteration:
            break
        except csv.Error as e:
            msg = str(e)
            reason = "field_too_large" if "field larger" in msg else "bad_csv"
            human = (f"{name} row at line {row_no}: a field is over {CSV_FIELD_LIMIT - 1:,} characters (the article size limit)"
                     if reason == "field_too_large" else f"{name} row at line {row_no}: {msg}")
            yield LedgerEntry(where, "rejected", reason=reason, message=human, line=row_no)
            pos = start + 1
            continue
        if end - start > 1:
            # A record over several lines is legal (quoted newlines) unless its quoting is broken: an unterminated
            # quote makes Python's csv swallow the following rows, or the rest of the file, into one field.
            try:
                next(csv.reader(iter(lines[start:end]), delimiter=delim, strict=True))
                broken = ""
            except (csv.Error, StopIteration) as e:
                broken = str(e)
            if broken:
                to_eof = end >= len(lines)
                yield LedgerEntry(where, "rejected", reason="unterminated_quote", line=row_no, message=(
                    f"{name} row at line {row_no}: a quote opened here is never closed properly ({broken}); it would swallow "
                    f"{'the rest of the file' if to_eof else f'lines {row_no + 1}-{end}'}. The rows after it are read on their own."))
                pos = start + 1
                continue
        pos = end
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            yield LedgerEntry(where, "rejected", reason="ragged_row", line=row_no,
                              message=f"{name} row at line {row_no}: {len(row)} fields, the header has {len(header)}")
            continue
        try:
            yield _record_item(name, dict(zip(header, row)), row_no, row_no, warns)
        except ItemError as e:
            yield LedgerEntry(where, "rejected", reason=e.reason, message=e.message, line=row_no)


def _zip_items(name: str, data: bytes, _sidecar: Any) -> Iterator[RawItem | LedgerEntry]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in zf.infolist() if not i.is_dir() and not i.filename.startswith("__MACOSX/")]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as e:
        raise ItemError("bad_zip", f"{name}: not a readable zip archive ({e})") from None
    if not infos:
        raise ItemError("empty", f"{name}: the zip archive has no files")
    if len(infos) > MAX_ZIP_ENTRIES:
        raise ItemError("zip_bomb", f"{name}: {len(infos):,} files in the archive, over the {MAX_ZIP_ENTRIES:,}-file limit")
    total = sum(i.file_size for i in infos)
    if total > MAX_ZIP_TOTAL_BYTES:
        raise ItemError("zip_bomb", f"{name}: {total:,} bytes uncompressed, over the {MAX_ZIP_TOTAL_BYTES:,}-byte limit for an archive")
    for i in infos:
        if i.file_size > ZIP_RATIO_MIN_BYTES and i.file_size > MAX_ZIP_RATIO * max(i.compress_size, 1):
            raise ItemError("zip_bomb", f"{name}: member {i.filename} expands {i.file_size / max(i.compress_size, 1):,.0f}-fold "
                                        f"(limit {MAX_ZIP_RATIO}-fold); this looks like a zip bomb")
    names = {i.filename for i in infos}
    stems = {str(PurePosixPath(n).with_suffix("")) for n in names if n.lower().endswith(".txt")}
    read_total = 0
    for info in sorted(infos, key=lambda i: i.filename):
        member = info.filename
        item = f"{name}/{member}"
        if member.lower().endswith(".json") and str(PurePosixPath(member).with_suffix("")) in stems:
            continue  # a sidecar, read with its .txt
        if PurePosixPath(member).suffix.lower() == ".zip":
            yield LedgerEntry(item, "rejected", reason="nested_archive", message=f"{item}: an archive inside an archive is not opened; unpack it first")
            continue
        try:
            body = _read_member(zf, info, item)
            read_total += len(body)
            if read_total > MAX_ZIP_TOTAL_BYTES:
                raise ItemError("zip_bomb", f"{item}: the archive expands past {MAX_ZIP_TOTAL_BYTES:,} bytes; remaining members skipped")
            sidecar = None
            if member.lower().endswith(".txt"):
                side_name = str(PurePosixPath(member).with_suffix(".json"))
                side_info = next((i for i in infos if i.filename == side_name), None)
                if side_info is not None:
                    try:
                        sidecar = _parse_sidecar(_read_member(zf, side_info, f"{name}/{side_name}"), f"{name}/{side_name}")
                    except ItemError as e:
                        sidecar = (None, f"sidecar ignored: {e.message}")
        except ItemError as e:
            yield LedgerEntry(item, "rejected", reason=e.reason, message=e.message)
            if e.reason == "zip_bomb":
                return
            continue
        yield from items_from_bytes(item, body, sidecar, _depth=1)


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, item: str) -> bytes:
    limit = min(MAX_FILE_BYTES, info.file_size)
    try:
        with zf.open(info) as fh:
            body = fh.read(limit + 1)
    except RuntimeError as e:  # encrypted
        raise ItemError("encrypted", f"{item}: cannot be read ({e})") from None
    except NotImplementedError as e:
        raise ItemError("bad_zip", f"{item}: unsupported compression ({e})") from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
        raise ItemError("bad_zip", f"{item}: damaged archive member ({e})") from None
    if len(body) > limit:
        if info.file_size > MAX_FILE_BYTES:
            raise ItemError("too_large", f"{item}: {info.file_size:,} bytes is over the {MAX_FILE_BYTES:,}-byte limit")
        raise ItemError("zip_bomb", f"{item}: expands beyond the size the archive declares; this looks like a zip bomb")
    return body


FORMATS: dict[str, Callable[[str, bytes, Any], Iterable[RawItem | LedgerEntry]]] = {
    ".txt": _txt_items,
    ".text": _txt_items,
    ".md": _md_items,
    ".markdown": _md_items,
    ".jsonl": _jsonl_items,
    ".ndjson": _jsonl_items,
    ".json": _json_items,
    ".csv": _csv_items,
    ".tsv": _csv_items,
    ".html": _html_items,
    ".htm": _html_items,
    ".zip": _zip_items,
}
UPLOAD_TYPES = tuple(sorted(ext.lstrip(".") for ext in FORMATS))


# ---------------------------------------------------------------------------------------------- articles

def parse_published(value: str) -> str:
    """A publication date field in any usual form as ISO ("2004-12-29" / "2004-12-29T13:57"), or ""."""
    v = value.strip()
    if not v:
        return ""
    parsed = metadata.parse_date(v)
    if parsed:
        return parsed.iso
    try:  # RFC 2822, as in RSS pubDate: "Wed, 29 Dec 2004 13:57:00 GMT"
        dt = parsedate_to_datetime(v)
        return dt.strftime("%Y-%m-%dT%H:%M") if (dt.hour, dt.minute) != (0, 0) else dt.strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})\d{0,2}Z?)?", v)  # GDELT seendate 20041229T135700Z
    if m:
        iso = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        if metadata.parse_date(iso, whole=True):
            return iso
    return ""


def build_article_checked(raw: RawItem) -> tuple[Article, list[str]]:
    """Clean one raw item and fill its metadata (record or sidecar, then the text); also the warnings on the way."""
    warnings: list[str] = []
    title = _as_str(pick(raw.fields, "title"))
    cleaned = cleaning.clean(raw.text, known_title=title)
    prov: dict[str, str] = {}
    out: dict[str, str] = {}
    for name, from_text in (("title", cleaned.title), ("outlet", cleaned.outlet), ("published", cleaned.published)):
        given = _as_str(pick(raw.fields, name))
        if name == "published" and given:
            iso = parse_published(given)
            if not iso:
                warnings.append(f"published '{given[:40]}' is not a date I can read; ignored")
            given = iso
        if len(given) > 300:
            warnings.append(f"{name} over 300 characters; shortened")
            given = given[:300]
        if given:
            out[name], prov[name] = given, raw.origins.get(name, raw.origin)
        elif from_text:
            out[name], prov[name] = from_text, "text"
    place, agency = metadata.dateline(cleaned.text)
    if "outlet" not in out and agency:
        out["outlet"], prov["outlet"] = agency, "inferred"  # "NEW DELHI, Dec. 29 (UPI) --": a UPI wire story
    if "published" not in out and cleaned.dateline_date:
        year = metadata.year_hint(raw.text)
        if year:
            iso = parse_published(f"{cleaned.dateline_date} {year}")
            if iso:
                out["published"], prov["published"] = iso, "inferred"
    url = _as_str(pick(raw.fields, "url"))
    if url:
        prov["url"] = raw.origins.get("url", raw.origin)
    if cleaned.dateline or place:
        prov["dateline"] = "text"
    body = cleaned.text
    art = Article(
        id=_as_str(pick(raw.fields, "id"))[:200] or raw.default_id or content_hash(body)[:12],
        text=body, raw_text=raw.text, title=out.get("title", ""), outlet=out.get("outlet", ""),
        published=out.get("published", ""), url=url, source_file=raw.source_file,
        content_hash=content_hash(body), provenance=tuple(sorted(prov.items())), removed=cleaned.removed,
    )
    return art, warnings


def build_article(raw: RawItem) -> Article:
    """Clean one raw item and fill its metadata from the record, then sidecar, then the text itself."""
    return build_article_checked(raw)[0]


def _parse_sidecar(data: bytes, name: str) -> tuple[dict[str, Any] | None, str]:
    try:
        text, _ = decode_text(data, name)
        obj = _JsonWarnings().loads(text)
    except ItemError as e:
        return None, f"sidecar {PurePosixPath(name).name} ignored: {e.message}"
    except (ValueError, RecursionError) as e:
        return None, f"sidecar {PurePosixPath(name).name} ignored: invalid JSON ({str(e)[:80]}); metadata taken from the text"
    if not isinstance(obj, dict):
        return None, f"sidecar {PurePosixPath(name).name} ignored: not a JSON object"
    fixed = {}
    for k, v in obj.items():
        fixed[k] = repair_string(v)[0] if isinstance(v, str) else v
    return fixed, ""


def _sidecar(path: Path) -> tuple[dict[str, Any] | None, str] | None:
    side = path.with_suffix(".json")
    if path.suffix.lower() != ".txt" or not side.is_file():
        return None
    try:
        if side.stat().st_size > MAX_FILE_BYTES:
            return None, f"sidecar {side.name} ignored: too large"
        return _parse_sidecar(side.read_bytes(), side.name)
    except OSError as e:
        return None, f"sidecar {side.name} ignored: {e.strerror or e}"


def items_from_bytes(name: str, data: bytes, sidecar: Any = None, *, _depth: int = 0) -> Iterator[RawItem | LedgerEntry]:
    """Raw items (or rejections) from one file's bytes, chosen by its extension; never raises for bad content."""
    ext = PurePosixPath(name).suffix.lower()
    parser = FORMATS.get(ext)
    if parser is None:
        yield LedgerEntry(name, "rejected", reason="unsupported_type",
                          message=f"{name}: unsupported file type '{ext or '(none)'}' (supported: {', '.join(sorted(FORMATS))})")
        return
    if _depth and ext == ".zip":
        yield LedgerEntry(name, "rejected", reason="nested_archive", message=f"{name}: an archive inside an archive is not opened; unpack it first")
        return
    if len(data) > MAX_FILE_BYTES:
        yield LedgerEntry(name, "rejected", reason="too_large", message=f"{name}: {len(data):,} bytes is over the {MAX_FILE_BYTES:,}-byte limit")
        return
    if not data.strip() or data.strip() in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        yield LedgerEntry(name, "rejected", reason="empty", message=f"{name}: the file is empty")
        return
    if isinstance(sidecar, dict):
        sidecar = (sidecar, "")
    produced = False
    try:
        for it in parser(name, data, sidecar):
            produced = True
            yield it
    except ItemError as e:
        yield LedgerEntry(name, "rejected", reason=e.reason, message=e.message)
        produced = True
    except RecursionError:
        yield LedgerEntry(name, "rejected", reason="too_deep", message=f"{name}: nested too deeply to read")
        produced = True
    except Exception as e:  # noqa: BLE001 - a parser bug on one file must not stop a corpus
        yield LedgerEntry(name, "rejected", reason="unreadable", message=f"{name}: could not be read ({type(e).__name__}: {str(e)[:200]})")
        produced = True
    if not produced:
        yield LedgerEntry(name, "rejected", reason="no_records", message=f"{name}: no articles in this file")


# ---------------------------------------------------------------------------------------------- the corpus

class Corpus:
    """Accumulates articles and the ledger across inputs, ingesting identical clean texts once.

    `articles` come out with near-duplicates marked (Article.story_id) and `ledger` with a warning on each copy's row.
    `known` maps content hashes already loaded elsewhere (e.g. this visitor's earlier uploads) to their article ids.
    """

    def __init__(self, known: Mapping[str, str] | None = None, near_duplicate_threshold: float = dedupe.THRESHOLD) -> None:
        self._articles: list[Article] = []
        self._ledger: list[LedgerEntry] = []
        self._by_hash: dict[str, str] = dict(known or {})
        self._ids: set[str] = set()
        self._threshold = near_duplicate_threshold
        self._final: tuple[list[Article], list[LedgerEntry]] | None = None

    # Articles and ledger are finished lazily, so every add_* call keeps the old incremental API.
    @property
    def articles(self) -> list[Article]:
        """Ingested articles, near-duplicates marked."""
        return self.finish()[0]

    @property
    def ledger(self) -> list[LedgerEntry]:
        """One row per submitted item, in submission order."""
        return self.finish()[1]

    def finish(self) -> tuple[list[Article], list[LedgerEntry]]:
        """Mark near-duplicate stories and note them on the ledger; cheap to call again."""
        if self._final is None:
            marked = dedupe.mark_near_duplicates(self._articles, self._threshold)
            copies = {a.id: a.story_id for a in marked if a.story_id and a.story_id != a.id}
            ledger = [replace(e, warnings=e.warnings + (f"near-duplicate of article {copies[e.article_id]}: the same story with small edits",))
                      if e.status == "ingested" and e.article_id in copies else e for e in self._ledger]
            self._final = (marked, ledger)
        return list(self._final[0]), list(self._final[1])

    def _row(self, entry: LedgerEntry) -> None:
        self._ledger.append(entry)
        self._final = None

    def add_items(self, items: Iterable[RawItem | LedgerEntry]) -> None:
        """Build and account for each item; a failure on one never stops the next."""
        it_iter = iter(items)
        while True:
            try:
                it = next(it_iter)
            except StopIteration:
                break
            except Exception as e:  # noqa: BLE001 - a parser that dies mid-file still gets a row
                self._row(LedgerEntry("(unknown item)", "rejected", reason="unreadable", message=f"reading stopped: {type(e).__name__}: {str(e)[:200]}"))
                break
            if isinstance(it, LedgerEntry):
                self._row(it)
                continue
            self._add_raw(it)

    def _add_raw(self, it: RawItem) -> None:
        if len(it.text) > MAX_ARTICLE_CHARS:
            self._row(LedgerEntry(it.item, "rejected", reason="too_long", line=it.line, warnings=it.warnings, message=(
                f"{it.item}: {len(it.text):,} characters is over the {MAX_ARTICLE_CHARS:,}-character limit for one article; "
                "split it into several files")))
            return
        try:
            art, warns = build_article_checked(it)
        except Exception as e:  # noqa: BLE001 - one bad item must not stop a corpus
            self._row(LedgerEntry(it.item, "rejected", reason="unreadable", message=f"{it.item}: {type(e).__name__}: {str(e)[:200]}", line=it.line))
            return
        warnings = tuple(it.warnings) + tuple(warns)
        if not art.text.strip():
            self._row(LedgerEntry(it.item, "rejected", reason="no_body", message=f"{it.item}: nothing left after removing boilerplate", line=it.line, warnings=warnings))
            return
        if art.content_hash in self._by_hash:
            first = self._by_hash[art.content_hash]
            self._row(LedgerEntry(it.item, "duplicate", article_id=first, reason="exact_duplicate",
                                  message=f"{it.item}: same text as article {first}", line=it.line, warnings=warnings))
            return
        if art.id in self._ids:
            art = replace(art, id=f"{art.id}~{art.content_hash[:6]}")
            n = 2
            while art.id in self._ids:  # pragma: no cover - needs a hash-prefix collision
                art = replace(art, id=f"{art.id}{n}")
                n += 1
        self._by_hash[art.content_hash] = art.id
        self._ids.add(art.id)
        self._articles.append(art)
        self._row(LedgerEntry(it.item, "ingested", article_id=art.id, message=f"{it.item}: ingested as {art.id}", line=it.line, warnings=warnings))

    def add_path(self, path: str | Path) -> None:
        """Add a file, or every supported file below a folder (sidecar .json files are read with their .txt)."""
        p = Path(path)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts))
            txt_stems = {f.with_suffix("") for f in files if f.suffix.lower() == ".txt"}
            for f in files:
                if f.suffix.lower() == ".json" and f.with_suffix("") in txt_stems:
                    continue  # a sidecar, read with its .txt
                self._add_file(f, str(f.relative_to(p).as_posix()) if f.parent != p else f.name)
        elif p.is_file():
            self._add_file(p, p.name)
        else:
            self._row(LedgerEntry(str(path), "rejected", reason="not_found", message=f"{path}: no such file or folder"))

    def _add_file(self, f: Path, name: str | None = None) -> None:
        name = name or f.name
        try:
            size = f.stat().st_size
            if size > MAX_FILE_BYTES:
                raise ItemError("too_large", f"{name}: {size:,} bytes is over the {MAX_FILE_BYTES:,}-byte limit")
            data = f.read_bytes()
        except ItemError as e:
            self._row(LedgerEntry(name, "rejected", reason=e.reason, message=e.message))
            return
        except OSError as e:
            self._row(LedgerEntry(name, "rejected", reason="unreadable", message=f"{name}: {e.strerror or e}"))
            return
        self.add_items(items_from_bytes(name, data, _sidecar(f)))

    def add_bytes(self, name: str, data: bytes, sidecar: dict[str, Any] | None = None) -> None:
        """Add an uploaded file (with an optional sidecar's fields)."""
        self.add_items(items_from_bytes(name, data, sidecar))

    def add_files(self, files: Iterable[tuple[str, bytes]]) -> None:
        """Add several uploaded files at once, pairing each `x.txt` with an uploaded `x.json` sidecar."""
        files = list(files)
        by_name = {n: d for n, d in files}
        txt = {str(PurePosixPath(n).with_suffix("")) for n in by_name if n.lower().endswith(".txt")}
        for n, d in files:
            stem = str(PurePosixPath(n).with_suffix(""))
            if n.lower().endswith(".json") and stem in txt:
                continue
            side = None
            if n.lower().endswith(".txt"):
                side_bytes = next((b for k, b in by_name.items() if k.lower() == f"{stem}.json".lower()), None)
                if side_bytes is not None:
                    side = _parse_sidecar(side_bytes, f"{stem}.json")
            self.add_items(items_from_bytes(n, d, side))

    def add_text(self, text: str, name: str = "pasted text") -> None:
        """Add pasted text as one article."""
        if not text.strip():
            self._row(LedgerEntry(name, "rejected", reason="empty", message=f"{name}: nothing was pasted"))
            return
        text, warns = repair_string(text)
        self.add_items([RawItem(name, name, text, {}, "text", None, name.replace(" ", "-"), tuple(warns))])


def load_path(*paths: str | Path) -> tuple[list[Article], list[LedgerEntry]]:
    """Load files and folders into articles (near-duplicates marked) plus the ledger of every submitted item."""
    c = Corpus()
    for p in paths:
        c.add_path(p)
    return c.finish()


def ledger_counts(ledger: Iterable[LedgerEntry]) -> dict[str, int]:
    """Rows per status, plus "submitted" (all rows)."""
    rows = list(ledger)
    counts = {s: sum(1 for e in rows if e.status == s) for s in STATUSES}
    counts["submitted"] = len(rows)
    return counts


def ledger_summary(ledger: Iterable[LedgerEntry]) -> str:
    """One line for people: "12 submitted: 9 ingested, 1 duplicate, 2 rejected"."""
    c = ledger_counts(ledger)
    return (f"{c['submitted']} submitted: {c['ingested']} ingested, {c['duplicate']} duplicate{'s' if c['duplicate'] != 1 else ''}, "
            f"{c['rejected']} rejected")
