"""Every CSV the project writes opens in a spreadsheet without running a formula: the helper, and the CLI's file."""
from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from newsfigures.cli import main
from newsfigures.spreadsheet import FORMULA_STARTS, frame_csv, neutralise, write_rows

# Article records an attacker would send: a title, outlet, text and file name that a spreadsheet reads as formulas.
HOSTILE = [
    {"id": "hostile-a", "title": '=HYPERLINK("http://x","click")', "outlet": "@SUM(A1:A9)", "published": "2025-09-02",
     "text": '=HYPERLINK("http://x","click") About 2,000 soldiers were killed, officials said on Tuesday.\n\n'
             "+1+1 At least 13,000 soldiers were sent since October last year.\n\nTemperatures fell to -5 degrees."},
    {"id": "hostile-b", "title": "-2+3 report", "outlet": "+cmd|' /C calc'!A0", "published": "2025-04-10",
     "text": "-2+3 About 600 soldiers were killed, officials said.\n\n@SUM(1+1) More than 10,000 soldiers were sent in 2024."},
]


def hostile_corpus(folder):
    """A folder holding the hostile records as `+1+1.jsonl` (the file name itself starts a formula)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "+1+1.jsonl").write_text("\n".join(json.dumps(r) for r in HOSTILE) + "\n", encoding="utf-8")
    return folder


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def formula_cells(text: str) -> list[str]:
    """Every cell of a CSV text that a spreadsheet would run as a formula (a plain number such as -5.0 is a number)."""
    return [c for row in csv.reader(io.StringIO(text)) for c in row if c.startswith(FORMULA_STARTS) and not _number(c)]


@pytest.mark.parametrize("cell, expected", [
    ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'), ("+1+1", "'+1+1"), ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("About 600", "About 600"), ("", ""),
    (-5, -5), (-5.5, -5.5), (None, None), (True, True),
])
def test_spreadsheet_neutralise_text_cells_only(cell, expected):
    assert neutralise(cell) == expected


def test_spreadsheet_frame_keeps_numbers_and_neutralises_text():
    df = pd.DataFrame({"text": ["-5 degrees", "=1+1", "plain"], "value": [-5, 2, 3], "low": [-5.5, None, 1.0],
                       "mixed": ["@x", 7, None]})
    rows = list(csv.DictReader(io.StringIO(frame_csv(df).decode("utf-8"))))
    assert [r["text"] for r in rows] == ["'-5 degrees", "'=1+1", "plain"]
    assert [r["value"] for r in rows] == ["-5", "2", "3"] and rows[0]["low"] == "-5.5"
    assert [r["mixed"] for r in rows] == ["'@x", "7", ""]


def test_spreadsheet_write_rows_neutralises_every_text_field():
    buf = io.StringIO()
    write_rows(buf, ["a", "b"], [{"a": "=cmd", "b": -1.0}])
    assert buf.getvalue().splitlines() == ["a,b", "'=cmd,-1.0"]


def test_spreadsheet_cli_extract_csv_has_no_formula_and_keeps_numbers(tmp_path):
    folder = hostile_corpus(tmp_path / "corpus")
    raw_code = main(["extract", str(folder), "--no-store"], stdout=(raw := io.StringIO()), stderr=io.StringIO())
    records = [json.loads(line) for line in raw.getvalue().splitlines()]
    assert raw_code == 0 and any(r["sentence"].startswith("=HYPERLINK") for r in records)  # JSON keeps the text as is
    target = tmp_path / "figures.csv"
    code = main(["extract", str(folder), "--format", "csv", "--out", str(target), "--no-store"],
                stdout=io.StringIO(), stderr=io.StringIO())
    text = target.read_text(encoding="utf-8")
    assert code == 0 and formula_cells(text) == []
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(records)
    assert {r["source_file"] for r in rows} == {"'+1+1.jsonl"}
    assert any(r["sentence"].startswith("'=HYPERLINK") for r in rows)
    degrees = next(r for r in rows if r["unit"] == "degree")
    assert float(degrees["value"]) == -5.0 and degrees["value"] == "-5.0"
