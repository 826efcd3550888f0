from newsfigures.ingest import load_path
from newsfigures.model import Figure
from newsfigures.store import Store, extraction_key

from conftest import DATA


def _figure(article_id: str) -> Figure:
    return Figure(article_id=article_id, source_file="x.txt", text="about 2,000", start=0, end=11, sentence="s",
                  value=2000.0, low=1800.0, high=2200.0, qualifier="approx", unit="", counted="soldiers", event="die",
                  as_of="2025-09-02", said_by="NIS", metric="soldiers killed")


def test_store_round_trip_and_persistence(tmp_path):
    arts, _ = load_path(DATA)
    path = tmp_path / "s.duckdb"
    s = Store(path)
    key = extraction_key(arts[0], "v1")
    assert s.get(key) is None
    s.put(key, arts[0], "v1", [_figure(arts[0].id)])
    s.close()
    s2 = Store(path)
    assert s2.get(key) == [_figure(arts[0].id)]
    assert s2.count() == 1
    assert s2.get(extraction_key(arts[0], "v2")) is None  # a new extractor version re-extracts


def test_store_key_depends_on_publication_date():
    from dataclasses import replace
    arts, _ = load_path(DATA)
    assert extraction_key(arts[0], "v1") != extraction_key(replace(arts[0], published="2025-09-03"), "v1")


def test_store_locked_file_falls_back_to_memory(tmp_path):
    bad = tmp_path / "file"
    bad.write_text("x")
    s = Store(bad / "sub" / "s.duckdb")  # parent is a file: cannot be created
    assert s.path == ":memory:" and "unavailable" in s.warning


def test_store_round_trips_a_figure_with_its_measure(tmp_path):
    from newsfigures.model import Article, Figure, Measure
    art = Article("a", "About 2,000 soldiers were killed.", "About 2,000 soldiers were killed.", content_hash="h")
    fig = Figure("a", "", "About 2,000", 0, 11, art.text, 2000.0, 1800.0, 2200.0, "approx", "", "soldiers", "kill",
                 "2025-09-02", "", "", measure=Measure("deaths", "North Korea", "killed", "Russia", "total", "count"))
    store = Store(str(tmp_path / "s.duckdb"))
    store.put("k", art, "v", [fig])
    assert store.get("k") == [fig] and store.get("k")[0].measure.subject == "North Korea"
    store.close()
