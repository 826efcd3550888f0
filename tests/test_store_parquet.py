"""A batch directory read as a store: figures by key through DuckDB, selections of its articles, never written."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsfigures.batch import prepare, write_partition
from newsfigures.extract import EXTRACTOR_VERSION
from newsfigures.store import Store, extraction_key, open_store
from newsfigures.store_parquet import ParquetStore, Selection, SelectionError, is_batch_dir


def _stored(folder, items, name="part-a"):
    """Write (article, figures) items as one partition, ordinals following what the directory holds."""
    store = prepare(folder)
    first = store.next_ordinal()
    part = [(extraction_key(a, EXTRACTOR_VERSION), first + n, a) for n, (a, _figs) in enumerate(items)]
    write_partition(folder, name, part, {a.id: figs for a, figs in items})
    return ParquetStore(folder)


@pytest.fixture
def corpus(seeds, tmp_path):
    """The two seeds with their extracted figures, a Reuters copy dated 2024 and an undated one, in two partitions."""
    a, b = seeds.articles
    reuters = replace(a, id="reuters", outlet="Reuters", published="2024-03-01", content_hash="h-reuters",
                      title="Death toll rises to 2,000")
    undated = replace(b, id="undated", outlet="reuters", published="", content_hash="h-undated")
    own = {x.id: [f for f in seeds.article_figures if f.article_id == x.id] for x in (a, b)}
    _stored(tmp_path, [(a, own[a.id]), (b, own[b.id])], "part-1")
    return _stored(tmp_path, [(reuters, []), (undated, own[b.id])], "part-2"), (a, b, reuters, undated), own


def test_store_parquet_returns_each_articles_figures_by_key(corpus):
    store, (a, b, reuters, _undated), own = corpus
    keys = {x.id: extraction_key(x, EXTRACTOR_VERSION) for x in (a, b, reuters)}
    found = store.get_many([*keys.values(), "never-extracted"])
    assert found == {keys[a.id]: own[a.id], keys[b.id]: own[b.id], keys[reuters.id]: []}
    assert any(f.measure.quantity for f in found[keys[a.id]])  # the measure struct reads back whole


@pytest.mark.parametrize("selection, expected", [
    (Selection(), ["000_1ebc33ac245bce1b", "003_113ec146f7468fd0", "reuters", "undated"]),
    (Selection(phrases=("DEATH TOLL",)), ["reuters"]),  # a phrase of the title, any case
    (Selection(phrases=("north korean", "beijing")), ["000_1ebc33ac245bce1b", "reuters"]),  # every phrase
    (Selection(outlets=("REUTERS",)), ["reuters", "undated"]),
    (Selection(outlets=("PAP", "reuters")), ["000_1ebc33ac245bce1b", "reuters", "undated"]),
    (Selection(since="2025-01-01"), ["000_1ebc33ac245bce1b", "003_113ec146f7468fd0"]),  # unknown date left out
    (Selection(until="2024-12-31"), ["reuters"]),
    (Selection(outlets=("Reuters",), since="2024-01-01", until="2024-12-31"), ["reuters"]),
    (Selection(phrases=("' OR TRUE --",)), []),  # read as words, never as SQL
])
def test_store_parquet_selection_keeps_matching_articles_in_corpus_order(corpus, selection, expected):
    store = corpus[0]
    assert [x.id for x in store.select(selection)] == expected
    assert store.count(selection) == len(expected)


def test_store_parquet_articles_read_back_with_their_metadata(corpus):
    store, (a, *_rest), _own = corpus
    back = store.select(Selection(outlets=("PAP",)))[0]
    assert (back.id, back.text, back.title, back.outlet, back.published, back.source_file, back.content_hash,
            back.provenance, back.story_id) == (a.id, a.text, a.title, a.outlet, a.published, a.source_file,
                                                a.content_hash, a.provenance, a.story_id)
    assert store.select(limit=1)[0].id == a.id
    assert store.outlets() == ["PAP", "Reuters", "reuters"]  # as written; a tie of counts in name order


def test_store_parquet_same_id_from_two_runs_is_made_unique(corpus, tmp_path):
    store, (a, *_rest), _own = corpus
    _stored(tmp_path, [(replace(a, content_hash="h-again", published="2025-09-03"), [])], "part-3")
    assert [x.id for x in store.select(Selection(outlets=("PAP",)))] == [a.id, f"{a.id}~2"]


def test_store_parquet_is_read_only_and_says_so(corpus):
    store, (a, *_rest), own = corpus
    assert store.put_many([("k", a, EXTRACTOR_VERSION, own[a.id])]) == 0
    assert store.not_stored == 1
    assert "batch directory (Parquet), read-only" in store.reason and store.path in store.warning


@pytest.mark.parametrize("kwargs, message", [
    ({"since": "2025-13-01"}, "since must be a date written YYYY-MM-DD"),
    ({"until": "1 May 2025"}, "until must be a date written YYYY-MM-DD"),
    ({"since": "2025-05-02", "until": "2025-05-01"}, "is after until"),
])
def test_store_parquet_selection_refuses_unreadable_dates(kwargs, message):
    with pytest.raises(SelectionError, match=message):
        Selection(**kwargs)


def test_store_parquet_empty_directory_reads_as_empty(tmp_path):
    store = prepare(tmp_path / "empty")
    assert (store.count(), store.select(), store.get_many(["k"]), store.outlets(), store.next_ordinal()) == (0, [], {}, [], 0)


def test_store_parquet_open_store_tells_a_batch_directory_from_a_file(corpus, tmp_path):
    assert is_batch_dir(tmp_path) and isinstance(open_store(tmp_path), ParquetStore)
    assert not is_batch_dir(tmp_path / "x.duckdb") and isinstance(open_store(tmp_path / "x.duckdb"), Store)


def test_store_parquet_by_id_names_articles_as_a_whole_read_does(corpus, tmp_path):
    store, (a, b, reuters, _undated), _own = corpus
    again = replace(a, content_hash="h-again", title="A later run's copy")  # a later batch run, the same id
    store = _stored(tmp_path, [(again, [])], "part-3")
    whole = {x.id: x for x in store.select()}
    assert f"{a.id}~2" in whole and whole[f"{a.id}~2"].title == "A later run's copy"
    found = store.by_id([reuters.id, f"{a.id}~2", a.id, "no-such-id", f"{b.id}~2", reuters.id])
    assert found == {reuters.id: whole[reuters.id], f"{a.id}~2": whole[f"{a.id}~2"], a.id: whole[a.id]}
    assert store.by_id([]) == {}


def test_store_parquet_measure_field_missing_from_an_older_partition_reads_empty():
    # DuckDB reads a measure field an older partition lacks as null (review of stop 68): it is empty, never "None"
    from newsfigures.model import Measure
    assert Measure.from_dict({"quantity": "deaths", "goods": None, "place": None}) == Measure(quantity="deaths")
