import pytest

from newsfigures.ingest import MAX_ARTICLE_CHARS, Corpus, load_path

from conftest import DATA, SEED_A


def _one(name: str, data: bytes):
    c = Corpus()
    c.add_bytes(name, data)
    return c.articles, c.ledger


def test_corpus_bundled_corpus_with_sidecars():
    arts, ledger = load_path(DATA)
    assert [a.id for a in arts] == ["000_1ebc33ac245bce1b", "003_113ec146f7468fd0"]
    a, b = arts
    assert (a.outlet, a.published, a.origin("outlet")) == ("PAP", "2025-09-02T12:30", "sidecar")
    assert (b.outlet, b.published_date) == ("", "2025-09-02")
    assert [e.status for e in ledger] == ["ingested", "ingested"]


def test_corpus_exact_duplicates_ingested_once():
    c = Corpus()
    c.add_text("About 2,000 soldiers died.", "one")
    c.add_text("About 2,000 soldiers died.", "two")
    assert len(c.articles) == 1
    assert [e.status for e in c.ledger] == ["ingested", "duplicate"]


def test_corpus_missing_path_is_reported_not_raised(tmp_path):
    arts, ledger = load_path(tmp_path / "nope")
    assert arts == [] and ledger[0].reason == "not_found"


def test_corpus_article_over_size_limit_rejected_with_message():
    arts, ledger = _one("big.txt", b"word " * (MAX_ARTICLE_CHARS // 5 + 10))
    assert arts == [] and ledger[0].reason == "too_long" and "2,000,000" in ledger[0].message


def test_corpus_same_id_twice_gets_a_hash_suffix():
    c = Corpus()
    c.add_bytes("a.jsonl", b'{"id": "n1", "text": "About 5 people died."}\n{"id": "n1", "text": "Some 30 were hurt."}\n')
    first, second = c.articles
    assert first.id == "n1" and second.id == f"n1~{second.content_hash[:6]}"


def test_corpus_reingest_is_idempotent_by_content_hash(tmp_path):
    (tmp_path / "a.txt").write_text("About 5 people died.")
    (tmp_path / "b.txt").write_text("About 5 people died.")
    c = Corpus()
    c.add_path(tmp_path)
    first = c.articles
    c.add_path(tmp_path)
    assert c.articles == first
    assert [e.status for e in c.ledger] == ["ingested", "duplicate", "duplicate", "duplicate"]
    assert load_path(tmp_path) == load_path(tmp_path)


def test_corpus_near_duplicates_marked_with_ledger_warning():
    story = ("Around 2,000 North Korean soldiers deployed to help Russia fight Ukraine are estimated to have been killed, "
             "Seoul's spy agency said Tuesday, according to a lawmaker who attended a closed-door briefing in the capital.")
    c = Corpus()
    c.add_text(story, "wire")
    c.add_text(story.replace("Tuesday", "on Tuesday"), "repost")
    c.add_text("Officials said about 300 homes were destroyed in the flood on Monday in the north of the country.", "other")
    a, b, o = c.articles
    assert (a.story_id, b.story_id, o.story_id) == (a.id, a.id, "")
    assert [bool(e.warnings) for e in c.ledger] == [False, True, False] and a.id in c.ledger[1].warnings[0]
    assert [e.status for e in c.ledger] == ["ingested"] * 3


def test_corpus_seeds_are_not_near_duplicates():
    arts, ledger = load_path(DATA)
    assert [a.story_id for a in arts] == ["", ""] and not any(e.warnings for e in ledger)


def test_corpus_uploaded_sidecar_pairs_with_its_txt():
    c = Corpus()
    c.add_files([("a.txt", b"About 5 people died."), ("a.json", b'{"outlet": "AP"}'), ("b.txt", b"Some 30 were hurt.")])
    a, b = c.articles
    assert (a.outlet, a.origin("outlet"), b.outlet) == ("AP", "sidecar", "")
    assert [e.item for e in c.ledger] == ["a.txt", "b.txt"]


@pytest.mark.parametrize("side,why", [(b'{"title": "Quake", "outlet": ', "invalid JSON (Expecting value: line 1 column 30"),
                                      (b'["Quake"]', "not a JSON object")])
def test_corpus_broken_sidecar_gets_its_own_row_uploaded_or_in_a_folder(tmp_path, side, why):
    text = SEED_A.read_bytes()
    c = Corpus()
    c.add_files([("quake.txt", text), ("quake.json", side)])
    (tmp_path / "quake.txt").write_bytes(text)
    (tmp_path / "quake.json").write_bytes(side)
    for (art,), ledger in (c.finish(), load_path(tmp_path)):
        assert art.outlet == "PAP" and art.origin("outlet") == "text"  # its Source: line, nothing lost
        assert [(e.item, e.status, e.reason) for e in ledger] == [("quake.txt", "ingested", ""),
                                                                  ("quake.json", "rejected", "bad_sidecar")]
        assert ledger[1].message.startswith(f"quake.json: not used as the metadata of quake.txt: {why}")
        assert "sidecar quake.json ignored" in ledger[0].warnings[0]  # the text's own row keeps its warning
