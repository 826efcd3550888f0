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


HOLD = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("held", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""


def _held(path, seconds):
    """A process holding the store file for `seconds` (returns once it holds it)."""
    import subprocess
    import sys
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_store_waits_while_another_process_holds_the_file(tmp_path):
    arts, _ = load_path(DATA)
    path = tmp_path / "s.duckdb"
    Store(path)  # creates the file
    proc = _held(path, 1.5)
    s = Store(path, wait=30)
    assert s.put_many([("k", arts[0], "v", [_figure(arts[0].id)])]) == 1
    proc.wait()
    assert s.not_stored == 0 and s.get("k") == [_figure(arts[0].id)]


def test_store_held_too_long_counts_what_was_not_stored(tmp_path):
    arts, _ = load_path(DATA)
    path = tmp_path / "s.duckdb"
    Store(path)
    proc = _held(path, 3)
    s = Store(path, wait=0.3)
    assert s.get("k") is None and "results were not read" in s.warning
    assert s.put_many([("k", a, "v", []) for a in arts]) == 0
    assert s.not_stored == 2 and "held by another process" in s.reason and "2 result(s) not stored" in s.warning
    proc.wait()


def test_store_fetches_many_keys_in_one_query(tmp_path):
    arts, _ = load_path(DATA)
    s = Store(tmp_path / "s.duckdb")
    s.put_many([("k1", arts[0], "v", [_figure("a")]), ("k2", arts[1], "v", []), ("k1", arts[0], "v", [])])
    assert s.get_many(["k1", "k2", "k3", "k1"]) == {"k1": [], "k2": []}  # the last result given for a key wins
    assert s.get_many([]) == {} and s.count() == 2


def test_store_four_concurrent_extract_runs_store_every_extraction(tmp_path):
    import subprocess
    import sys
    seeds = sorted(DATA.glob("*.txt"))
    runs = []
    for i in range(4):
        folder = tmp_path / f"run{i}"
        folder.mkdir()
        for j, seed in enumerate(seeds):  # each run: the seeds (shared by all runs) and two articles of its own
            (folder / f"own{j}.txt").write_text(seed.read_text() + f"\nOfficials counted {100 * i + j + 7} boats.")
        runs.append([str(folder), *map(str, seeds)])
    store = tmp_path / "shared.duckdb"
    root = DATA.parent
    procs = [subprocess.Popen([sys.executable, "-m", "newsfigures", "extract", *paths, "--store", str(store),
                               "--out", str(tmp_path / f"out{i}.jsonl")], cwd=root, stderr=subprocess.PIPE, text=True)
             for i, paths in enumerate(runs)]
    errs = [p.communicate()[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errs
    assert all("not stored" not in e and "newsfigures: 4 articles: " in e for e in errs), errs
    assert Store(store).count() == 2 + 4 * 2
