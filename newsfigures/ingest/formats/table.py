"""CSV and TSV: one article per row under a header row that names a text column; broken rows are rejected alone.

Rows are read lazily, one record at a time: whoever stops asking for rows (a cap on items) stops the reading."""
from __future__ import annotations

import csv
import re
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from newsfigures.ingest.decoding import decode_text
from newsfigures.ingest.formats.records import record_item
from newsfigures.ingest.items import ItemError, RawItem, pick
from newsfigures.ingest.ledger import rejected
from newsfigures.ingest.lexicon import FIELD_SYNONYMS
from newsfigures.ingest.limits import CSV_FIELD_LIMIT
from newsfigures.model import LedgerEntry

_PHYS_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))


def _csv_delimiter(name: str, first_line: str) -> str:
    if name.lower().endswith(".tsv"):
        return "\t"
    counts = {d: first_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] and counts[","] == 0 else ","


class _Lines:
    """The physical lines of a text, found one at a time, with lines pushed back to be read again."""

    def __init__(self, text: str) -> None:
        self._rest = (m.group() for m in _PHYS_LINE.finditer(text))
        self._back: deque[str] = deque()
        self.taken = 0  # lines handed out so far, less those pushed back

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self._back.popleft() if self._back else next(self._rest)
        self.taken += 1
        return line

    def at_end(self) -> bool:
        """Whether every line has been handed out."""
        line = next(self, None)
        if line is None:
            return True
        self.push_back([line])
        return False

    def push_back(self, lines: list[str]) -> None:
        """Read these lines again, in order, before the rest."""
        self._back.extendleft(reversed(lines))
        self.taken -= len(lines)


def csv_items(name: str, data: bytes, _sidecar: Any) -> Iterator[RawItem | LedgerEntry]:
    """One item (or rejection) per non-blank row after the header row."""
    text, warns = decode_text(data, name)
    lines = _Lines(text)
    first = next((ln for ln in lines if ln.strip()), None)
    if first is None:
        raise ItemError("empty", f"{name}: empty CSV file")
    delim = _csv_delimiter(name, first)
    header = _header(name, first, delim)
    for rec in _rows(name, lines, delim):
        if isinstance(rec, LedgerEntry):
            yield rec
        elif any(c.strip() for c in rec[1]):
            yield _row_item(name, header, *rec, warns)


def _header(name: str, line: str, delim: str) -> list[str]:
    try:
        header = next(csv.reader(iter([line]), delimiter=delim))
    except csv.Error as e:
        raise ItemError("bad_csv", f"{name}: unreadable header row ({e})") from None
    header = [h.strip().lstrip("\ufeff") for h in header]
    if pick(dict.fromkeys(header, "x"), "text") is None:
        raise ItemError("missing_text", f"{name}: no text column in the header row (looked for {', '.join(FIELD_SYNONYMS['text'])})")
    return header


def _recorded(lines: Iterable[str], into: list[str]) -> Iterator[str]:
    """The lines, each also appended to `into` as it is handed out."""
    for ln in lines:
        into.append(ln)
        yield ln


def _rows(name: str, lines: _Lines, delim: str) -> Iterator[tuple[int, list[str]] | LedgerEntry]:
    """(line number, fields) of each record after the lines already taken; a broken record is rejected and the
    reading resumes on the line after its start."""
    while True:
        row_no = lines.taken + 1  # 1-based line number where this record starts
        taken: list[str] = []
        reader = csv.reader(_recorded(lines, taken), delimiter=delim, strict=False)
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield _unreadable_row(name, row_no, str(e))
            lines.push_back(taken[1:])
            continue
        broken = _broken_quote(taken, delim) if len(taken) > 1 else ""
        if broken:
            at_end = lines.at_end()
            lines.push_back(taken[1:])
            yield _unterminated_quote(name, row_no, row_no + len(taken) - 1, at_end, broken)
            continue
        yield row_no, row


def _broken_quote(record_lines: list[str], delim: str) -> str:
    """Why a record over several lines is broken, or "" when its quoted newlines are legal.

    An unterminated quote makes Python's csv swallow the following rows, or the rest of the file, into one field."""
    try:
        next(csv.reader(iter(record_lines), delimiter=delim, strict=True))
    except (csv.Error, StopIteration) as e:
        return str(e)
    return ""


def _unreadable_row(name: str, row_no: int, msg: str) -> LedgerEntry:
    if "field larger" in msg:
        return rejected(f"{name}:{row_no}", "field_too_large",
                        f"{name} row at line {row_no}: a field is over {CSV_FIELD_LIMIT - 1:,} characters (the article size limit)", row_no)
    return rejected(f"{name}:{row_no}", "bad_csv", f"{name} row at line {row_no}: {msg}", row_no)


def _unterminated_quote(name: str, row_no: int, end: int, to_eof: bool, broken: str) -> LedgerEntry:
    return rejected(f"{name}:{row_no}", "unterminated_quote", (
        f"{name} row at line {row_no}: a quote opened here is never closed properly ({broken}); it would swallow "
        f"{'the rest of the file' if to_eof else f'lines {row_no + 1}-{end}'}. The rows after it are read on their own."), row_no)


def _row_item(name: str, header: list[str], row_no: int, row: list[str], warns: list[str]) -> RawItem | LedgerEntry:
    if len(row) != len(header):
        return rejected(f"{name}:{row_no}", "ragged_row", f"{name} row at line {row_no}: {len(row)} fields, the header has {len(header)}", row_no)
    try:
        return record_item(name, dict(zip(header, row)), row_no, row_no, warns)
    except ItemError as e:
        return rejected(f"{name}:{row_no}", e.reason, e.message, row_no)
