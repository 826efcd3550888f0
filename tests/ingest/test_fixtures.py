"""The fixture folder: valid articles in every format beside bad files of many kinds (fixtures/make_fixtures.py)."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from newsfigures.ingest import ledger_counts, load_path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FOLDER = FIXTURES / "files"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))


def _file_of(item: str) -> str:
    if ".zip/" in item:
        return item.split(".zip/")[0] + ".zip"
    return item.split(":")[0].split("[")[0]


def _outcomes(ledger) -> dict[str, dict]:
    got: dict[str, dict] = defaultdict(lambda: {"ingested": 0, "duplicate": 0, "rejected": []})
    for e in ledger:
        g = got[_file_of(e.item)]
        if e.status == "rejected":
            g["rejected"].append(e.reason)
        else:
            g[e.status] += 1
    return {k: {**v, "rejected": sorted(v["rejected"])} for k, v in got.items()}


def test_fixtures_folder_is_big_enough_and_small():
    bad = [r for v in MANIFEST.values() for r in v["rejected"]]
    assert len(bad) >= 40 and len(set(bad)) >= 10
    assert sum(p.stat().st_size for p in FOLDER.rglob("*") if p.is_file()) < 2 * 1024 * 1024


def test_fixtures_every_item_accounted_as_expected():
    arts, ledger = load_path(FOLDER)  # never raises
    got = _outcomes(ledger)
    assert got == MANIFEST
    assert all(e.reason and e.message for e in ledger if e.status == "rejected")
    c = ledger_counts(ledger)
    assert c["submitted"] == c["ingested"] + c["duplicate"] + c["rejected"]
    assert c["ingested"] == len(arts) == sum(v["ingested"] for v in MANIFEST.values())


def test_fixtures_metadata_from_every_format():
    arts = {a.id: a for a in load_path(FOLDER)[0]}
    assert (arts["ok_sidecar"].outlet, arts["ok_sidecar"].published, arts["ok_sidecar"].origin("outlet")) == ("Reuters", "2004-12-29T13:57", "sidecar")
    assert (arts["ok_front"].title, arts["ok_front"].outlet, arts["ok_front"].published) == ("Markdown article", "The Daily", "2004-12-30")
    assert "**" not in arts["ok_heading"].text and "](" not in arts["ok_heading"].text
    assert (arts["ok_newsapi"].outlet, arts["ok_newsapi"].published) == ("BBC News", "2005-01-02T08:00")
    assert (arts["ok_page"].title, arts["ok_page"].outlet, arts["ok_page"].published) == ("HTML page article", "Daily Star", "2004-12-29")
    assert arts["ok_page"].origin("published") == "inferred" and "Subscribe" not in arts["ok_page"].text
    assert (arts["ok_dateline"].outlet, arts["ok_dateline"].published, arts["ok_dateline"].origin("outlet")) == ("UPI", "2004-12-29", "inferred")
    assert (arts["ok_plain"].published, arts["ok_plain"].origin("published")) == ("2004-12-29T10:00", "text")
    assert arts["a"].outlet == "Zipped Times"  # sidecar inside the zip
    assert "Café" in arts["ok_cp1252"].text
    assert all("\ud800" not in a.text for a in arts.values())


def test_fixtures_reingest_changes_nothing():
    a1, l1 = load_path(FOLDER)
    a2, l2 = load_path(FOLDER)
    assert a1 == a2 and l1 == l2
