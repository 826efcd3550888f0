"""The annotators' batch checker (scripts/check_gold_batch.py) on a real news item of ../shared."""
from __future__ import annotations

import json

import pytest

from conftest import script_module, shared_or_skip

check_gold_batch = script_module("check_gold_batch")
DOC = "corpora/current-events/texas_floods_2025/2025-07-04_1.txt"
DOCUMENT = {"doc": DOC, "domain": "disasters", "thread": "texas_floods", "annotator": "a", "checked_by": ""}


def _figure(surface: str, at: str, **labels) -> dict:
    return {"doc": DOC, "surface": surface, "at": at, "value": 51, "qualifier": "at_least", "unit": "",
            "quantity": "deaths", "subject": "", "event": "killed", "place": "Central Texas", "scope": "total",
            "dimension": "count", "said_by": "BBC News; CNN", "as_of": "2025-07-04",
            "metric": "texas_floods.deaths.total", "note": ""} | labels


def _write(tmp_path, records) -> object:
    path = tmp_path / "reuters_x.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def corpus():
    shared_or_skip("corpora", "current-events", "texas_floods_2025")


@pytest.mark.usefixtures("corpus")
def test_check_gold_batch_accepts_a_whole_document(tmp_path, capsys):
    records = [DOCUMENT, _figure("At least 51", "At least 51 people are killed"),
               _figure("15", "including 15 children", value=15, qualifier="exact", subject="children"),
               _figure("27", "with 27 more children missing", value=27, qualifier="exact", quantity="missing",
                       event="missing", subject="children", metric="texas_floods.missing.children")]
    assert check_gold_batch.main([str(_write(tmp_path, records))]) == 0
    assert capsys.readouterr().out.strip() == "reuters_x.jsonl: OK: 1 documents, 3 figures, 0 negatives"


@pytest.mark.usefixtures("corpus")
@pytest.mark.parametrize("record, problem", [
    (_figure("At least 51", "At least 51 people are killed", scope="cumulative"), "scope 'cumulative' is not one of"),
    (_figure("At least 51", "At least 51 people are killed", dimension="currency:usd"),
     "dimension 'currency:usd' is neither a listed dimension nor currency:XXX"),
    (_figure("At least 51", "At least 51 people are killed", event="died"), "event 'died' is neither a listed class"),
    (_figure("At least 51", "At least 51 people are killed", metric="texas.deaths"), "is not <thread>.<what>.<aspect>"),
    (_figure("At least 51", "At least 51 people are killed", as_of="4 July"), "as_of '4 July' is not YYYY"),
    (_figure("At least 51", "51 people are killed, including 15"), "the surface is not inside its anchor"),
    (_figure("At least 51", "At least 52 people"), "the anchor occurs 0 times"),
    ({k: v for k, v in _figure("At least 51", "At least 51 people are killed").items() if k != "said_by"},
     "missing key 'said_by'"),
    (_figure("At least 51", "At least 51 people are killed", as_of=None), "'as_of' is not a string"),
    (_figure("At least 51", "At least 51 people are killed", dimension=None), "'dimension' is not a string"),
    (_figure("At least 51", ""), "line 2: no 'at' (a non-empty string)"),
    ({k: v for k, v in _figure("At least 51", "At least 51 people are killed").items() if k != "surface"},
     "line 2: no 'surface' (a non-empty string)"),
])
def test_check_gold_batch_names_each_problem(tmp_path, record, problem):
    problems, _ = check_gold_batch.check(_write(tmp_path, [DOCUMENT, record]))
    assert any(problem in p for p in problems), problems


@pytest.mark.usefixtures("corpus")
def test_check_gold_batch_lists_number_tokens_no_record_covers(tmp_path, capsys):
    path = _write(tmp_path, [DOCUMENT, _figure("At least 51", "At least 51 people are killed")])
    assert check_gold_batch.main([str(path)]) == 1
    out = capsys.readouterr().out
    assert "'15' is covered by no figure or negative" in out and "'27' is covered by no figure or negative" in out
    assert "'51' is covered" not in out


@pytest.mark.usefixtures("corpus")
@pytest.mark.usefixtures("corpus")
def test_check_gold_batch_names_a_line_that_is_not_json_and_checks_the_rest(tmp_path, capsys):
    path = tmp_path / "reuters_x.jsonl"
    good = [DOCUMENT, _figure("At least 51", "At least 51 people are killed")]
    path.write_text(json.dumps(good[0]) + "\n{\"doc\": \"x\",\n" + json.dumps(good[1]) + "\n", encoding="utf-8")
    problems, counts = check_gold_batch.check(path)
    assert problems[0].startswith("line 2: not JSON (") and counts["figures"] == 1
    assert any("'15' is covered by no figure or negative" in p for p in problems)  # the rest was still checked


def test_check_gold_batch_wants_a_document_record_and_a_known_domain(tmp_path):
    problems, counts = check_gold_batch.check(_write(tmp_path, [DOCUMENT | {"domain": "weather"},
                                                                {"doc": "x.txt", "surface": "2", "at": "2 a",
                                                                 "negative": "date"}]))
    assert f"{DOC}: domain 'weather' unknown" in problems and "x.txt: no document record" in problems
    assert any(p.startswith("x.txt: cannot read its text (") for p in problems)
    assert counts == {"documents": 1, "figures": 0, "negatives": 1}


def test_check_gold_batch_passes_every_reuters_file_of_the_gold(capsys):
    from newsfigures.eval import reuters
    from newsfigures.eval.gold import GOLD_DIR

    if reuters.unavailable():
        pytest.skip(reuters.unavailable())
    files = sorted((GOLD_DIR / "measures").glob("reuters_*.jsonl"))
    assert len(files) == 4
    assert check_gold_batch.main([str(f) for f in files]) == 0
    out = capsys.readouterr().out
    assert out.count("OK: 10 documents") == 4 and all(f"{f.name}: OK:" in out for f in files)
