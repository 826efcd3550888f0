"""Zip archives: each member read as the file it is (sidecars paired inside), guarded against zip bombs."""
from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import PurePosixPath

from newsfigures.ingest.items import ItemError, RawItem
from newsfigures.ingest.ledger import rejected
from newsfigures.ingest.limits import MAX_FILE_BYTES, MAX_ZIP_ENTRIES, MAX_ZIP_RATIO, MAX_ZIP_TOTAL_BYTES, ZIP_RATIO_MIN_BYTES
from newsfigures.ingest.sidecars import Sidecar, parse_sidecar
from newsfigures.model import LedgerEntry

# Reads one member's bytes (name, data, sidecar) as the file it is: the loader, passed in by it.
MemberReader = Callable[[str, bytes, Sidecar | None], Iterable[RawItem | LedgerEntry]]


def zip_items(name: str, data: bytes, read_member: MemberReader) -> Iterator[RawItem | LedgerEntry]:
    """The items of every member in name order; a nested archive is rejected, a zip bomb stops the reading."""
    zf, infos = _open(name, data)
    stems = {str(PurePosixPath(i.filename).with_suffix("")) for i in infos if i.filename.lower().endswith(".txt")}
    read_total = 0
    for info in sorted(infos, key=lambda i: i.filename):
        member = info.filename
        item = f"{name}/{member}"
        if member.lower().endswith(".json") and str(PurePosixPath(member).with_suffix("")) in stems:
            continue  # a sidecar, read with its .txt
        if PurePosixPath(member).suffix.lower() == ".zip":
            yield rejected(item, "nested_archive", f"{item}: an archive inside an archive is not opened; unpack it first")
            continue
        try:
            body = _read_member(zf, info, item)
            read_total += len(body)
            if read_total > MAX_ZIP_TOTAL_BYTES:
                raise ItemError("zip_bomb", f"{item}: the archive expands past {MAX_ZIP_TOTAL_BYTES:,} bytes; remaining members skipped")
            sidecar = _member_sidecar(zf, infos, name, member)
        except ItemError as e:
            yield rejected(item, e.reason, e.message)
            if e.reason == "zip_bomb":
                return
            continue
        yield from read_member(item, body, sidecar)


def _open(name: str, data: bytes) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    """The archive and its file members, once the declared sizes pass the limits."""
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
    return zf, infos


def _member_sidecar(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str, member: str) -> Sidecar | None:
    """The sidecar of a .txt member (`x.json` beside `x.txt` in the archive), or None."""
    if not member.lower().endswith(".txt"):
        return None
    side_name = str(PurePosixPath(member).with_suffix(".json"))
    side_info = next((i for i in infos if i.filename == side_name), None)
    if side_info is None:
        return None
    try:
        return parse_sidecar(_read_member(zf, side_info, f"{name}/{side_name}"), f"{name}/{side_name}")
    except ItemError as e:
        return None, f"sidecar ignored: {e.message}"


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
