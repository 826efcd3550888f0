"""CSV a spreadsheet opens without running anything: every CSV the project writes (the CLI's `--format csv`, each
page's "Download CSV") goes through here, so a text cell that a spreadsheet would read as a formula gets a leading
apostrophe. Numbers stay numbers: only text cells are touched, so -5 in a numeric column stays -5."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

import pandas as pd

# What a spreadsheet reads as the start of a formula (OWASP's list): = + - @, tab and carriage return.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: Any) -> Any:
    """A text cell that would start a formula, with a leading apostrophe; anything else unchanged."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def neutral_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A record with each of its text cells neutralised."""
    return {k: neutralise(v) for k, v in row.items()}


def write_rows(fh: TextIO, fieldnames: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> None:
    """Write a header and the rows as CSV to `fh`, every text cell neutralised."""
    w = csv.DictWriter(fh, fieldnames=list(fieldnames))
    w.writeheader()
    for row in rows:
        w.writerow(neutral_row(row))


def frame_csv(df: pd.DataFrame) -> bytes:
    """A table as UTF-8 CSV bytes (no index), every text cell neutralised; numeric columns are left as they are."""
    safe = df.copy()
    for col in safe.columns:
        if safe[col].dtype == object or pd.api.types.is_string_dtype(safe[col].dtype):
            safe[col] = safe[col].map(neutralise)
    buf = io.StringIO()
    safe.to_csv(buf, index=False)
    return buf.getvalue().encode("utf-8")
