import pytest

from newsfigures.ingest import Corpus


def _one(name: str, data: bytes):
    c = Corpus()
    c.add_bytes(name, data)
    return c.articles, c.ledger


@pytest.mark.parametrize("payload,reason", [
    (b"[" * 100_000 + b"]" * 100_000, "too_deep"),
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "binary"),
])
def test_jsonfile_traps_rejected(payload, reason):
    arts, ledger = _one("t.json", payload)
    assert arts == [] and [e.reason for e in ledger] == [reason]


def test_jsonfile_quirks_warned_not_lost():
    line = '{"id": "q", "title": "A", "title": "B", "n": %s, "x": NaN, "text": "About 5 people died. \\ud800"}' % ("7" * 5000)
    arts, ledger = _one("q.jsonl", line.encode())
    (a,), (e,) = arts, ledger
    assert a.title == "B" and "\ud800" not in a.text and "\ufffd" in a.text
    joined = " ".join(e.warnings)
    for w in ("duplicate key", "NaN", "5,000-digit", "surrogate"):
        assert w in joined, w


def test_jsonfile_surrogates_survive_the_store():
    from newsfigures.store import Store
    arts, _ = _one("s.json", b'{"text": "About 5 people died \\udc00 today."}')
    assert arts[0].text == "About 5 people died \ufffd today."
    store = Store(None)
    store.put("k", arts[0], "v", [])  # DuckDB refuses lone surrogates: they must be repaired before
    assert store.count() == 1 and store.get("k") == []


@pytest.mark.parametrize("doc,ids,items", [
    (b'{"id": "one", "text": "About 5 people died."}', ["one"], ["s.json"]),
    (b'[{"text": "About 5 people died."}, {"text": "Some 30 were hurt."}]', ["s-0", "s-1"], ["s.json[0]", "s.json[1]"]),
    (b'{"status": "ok", "Articles": [{"body": "About 5 people died."}, {"body": "Some 30 were hurt."}]}', ["s-0", "s-1"],
     ["s.json[0]", "s.json[1]"]),
    (b'{"status": "ok", "articles": [{"body": "About 5 people died."}]}', ["s"], ["s.json"]),
    (b'{"text": "About 5 people died."}', ["s"], ["s.json"]),
])
def test_jsonfile_object_list_and_wrapped_list(doc, ids, items):
    arts, ledger = _one("s.json", doc)
    assert [a.id for a in arts] == ids and [e.item for e in ledger] == items


def test_jsonfile_jsonl_blank_lines_only_is_empty():
    arts, ledger = _one("b.jsonl", b"\n  \n\n")
    assert arts == [] and [(e.item, e.reason) for e in ledger] == [("b.jsonl", "empty")]
