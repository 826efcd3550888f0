"""Bytes to text: byte-order marks, strict UTF-8, then a recorded guess; binary data is refused, never replaced."""
from __future__ import annotations

import re

from newsfigures.ingest.items import ItemError

_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8"),
         (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\x1f\x8b", "gzip-compressed data"), (b"%PDF-", "a PDF document"),
          (b"PK\x03\x04", "a zip archive"), (b"PK\x05\x06", "an empty zip archive"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"\xfd7zXZ\x00", "xz-compressed data"),
          (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"\x7fELF", "an executable"), (b"\xd0\xcf\x11\xe0", "an old Office document"),
          (b"SQLite format 3\x00", "an SQLite database"), (b"BZh91AY&SY", "bzip2-compressed data"), (b"OggS", "an Ogg media file"),
          (b"\x28\xb5\x2f\xfd", "zstd-compressed data"), (b"Rar!\x1a\x07", "a RAR archive"))
# Double-byte encodings charset-normalizer may guess for Latin text with a few accented letters.
_CJK = {"big5", "big5hkscs", "gb2312", "gb18030", "gbk", "hz", "euc_jp", "euc_jis_2004", "euc_jisx0213", "euc_kr",
        "shift_jis", "shift_jis_2004", "shift_jisx0213", "cp932", "cp949", "cp950", "johab", "iso2022_jp", "iso2022_kr"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
EMPTY_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")  # a file holding only one of these is empty


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
    bom = next(((bom, enc) for bom, enc in _BOMS if data.startswith(bom)), None)
    if bom is not None:
        return _decode_with_bom(data, item, *bom)
    _refuse_binary(data, item)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return _decode_guessed(data, item, e.start)
    _check_controls(text, item)
    return text, []


def _decode_with_bom(data: bytes, item: str, bom: bytes, enc: str) -> tuple[str, list[str]]:
    try:
        text = data[len(bom):].decode(enc)
    except UnicodeDecodeError as e:
        raise ItemError("encoding", f"{item}: starts with a {enc.upper()} byte-order mark but byte {e.start + len(bom)} is not valid {enc.upper()}") from None
    _check_controls(text, item)
    return text, ([] if enc == "utf-8" else [f"decoded as {enc.upper()} (byte-order mark)"])


def _refuse_binary(data: bytes, item: str) -> None:
    kind = _binary_kind(data)
    if kind:
        raise ItemError("binary", f"{item}: this is {kind}, not text (was it renamed?)")
    nul = data.count(b"\x00")
    if nul:
        raise ItemError("binary", f"{item}: contains {nul:,} NUL byte(s); this is binary data (or UTF-16 without a byte-order mark), not text")


def _decode_guessed(data: bytes, item: str, bad: int) -> tuple[str, list[str]]:
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


def _check_controls(text: str, item: str) -> None:
    n = len(_CONTROL.findall(text))
    if "\x00" in text or n > max(2, len(text) // 100):
        raise ItemError("binary", f"{item}: {n:,} control characters; this looks like binary data, not text")


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
