import json

import pytest

import io
import zipfile

from newsfigures.ingest import MAX_ARTICLE_CHARS, Corpus, ledger_counts, ledger_summary, load_path

from conftest import DATA


def test_loading_bundled_corpus_with_sidecars():
    arts, ledger = load_path(DATA)
    assert [a.id for a in arts] == ["000_1ebc33ac245bce1b", "003_113ec146f7468fd0"]
    a, b = arts
    assert (a.outlet, a.published, a.origin("outlet")) == ("PAP", "2025-09-02T12:30", "sidecar")
    assert (b.outlet, b.published_date) == ("", "2025-09-02")
    assert [e.status for e in ledger] == ["ingested", "ingested"]


def test_loading_txt_without_sidecar_takes_metadata_from_text(tmp_path):
    src = (DATA / "000_1ebc33ac245bce1b.txt").read_bytes()
    (tmp_path / "plain.txt").write_bytes(src)
    (arts, _) = load_path(tmp_path)
    a = arts[0]
    assert (a.outlet, a.published, a.origin("outlet"), a.origin("published")) == ("PAP", "2025-09-02T12:30", "text", "text")
    assert a.title.startswith("South Korea says 2,000")


def test_loading_jsonl_json_csv_and_every_item_accounted(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "x1", "title": "T", "source": "Reuters", "published": "December 29, 2004", "text": "About 5 people died."}) + "\n"
        + "{broken\n" + json.dumps({"id": "x2", "text": ""}) + "\n" + json.dumps(["not", "an", "object"]) + "\n", encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps([{"id": "y1", "body": "Some 300 homes were destroyed."}]), encoding="utf-8")
    (tmp_path / "c.csv").write_text('id,title,outlet,date,text\nz1,Title,AP,2004-12-30,"Nearly 60,000 dead."\nz2,ragged\n', encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (tmp_path / "e.txt").write_bytes(b"caf\xe9 latin-1 text")
    (tmp_path / "f.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "g.txt").write_text("", encoding="utf-8")
    arts, ledger = load_path(tmp_path)
    assert sorted(a.id for a in arts) == ["e", "x1", "y1", "z1"]  # e.txt: Latin-1, decoded with a warning
    x1 = next(a for a in arts if a.id == "x1")
    assert (x1.outlet, x1.published) == ("Reuters", "2004-12-29")
    reasons = sorted(e.reason for e in ledger if e.status == "rejected")
    assert reasons == sorted(["bad_json", "missing_text", "not_an_object", "ragged_row", "binary", "unsupported_type", "empty"])
    assert any("charset-normalizer" in w for e in ledger if e.item == "e.txt" for w in e.warnings)
    assert all(e.message for e in ledger)
    assert any("line 2" in e.message for e in ledger if e.reason == "bad_json")


def test_loading_exact_duplicates_ingested_once():
    c = Corpus()
    c.add_text("About 2,000 soldiers died.", "one")
    c.add_text("About 2,000 soldiers died.", "two")
    assert len(c.articles) == 1
    assert [e.status for e in c.ledger] == ["ingested", "duplicate"]


def test_loading_missing_path_is_reported_not_raised(tmp_path):
    arts, ledger = load_path(tmp_path / "nope")
    assert arts == [] and ledger[0].reason == "not_found"


def _one(name: str, data: bytes):
    c = Corpus()
    c.add_bytes(name, data)
    return c.articles, c.ledger


def test_loading_ledger_summary_and_accounting():
    c = Corpus()
    c.add_text("About 2,000 soldiers died.", "one")
    c.add_text("About 2,000 soldiers died.", "two")
    c.add_text("   ", "three")
    assert ledger_summary(c.ledger) == "3 submitted: 1 ingested, 1 duplicate, 1 rejected"
    n = ledger_counts(c.ledger)
    assert n["submitted"] == n["ingested"] + n["duplicate"] + n["rejected"]


def test_loading_csv_unterminated_quote_is_rejected_with_row_and_later_rows_kept():
    data = b'id,text\nr1,"Some 300 homes were destroyed.\nr2,About 5 people died.\nr3,Nearly 60 were hurt.\n'
    arts, ledger = _one("q.csv", data)
    bad = [e for e in ledger if e.status == "rejected"]
    assert [(e.reason, e.line) for e in bad] == [("unterminated_quote", 2)]
    assert "line 2" in bad[0].message and "never closed" in bad[0].message
    assert sorted(a.id for a in arts) == ["r2", "r3"]


def test_loading_csv_ragged_rows_and_quoted_newlines():
    data = b'id,text\nr1,"Para one, with comma.\n\nPara two."\nr2\nr3,a,b\n'
    arts, ledger = _one("r.csv", data)
    assert [a.id for a in arts] == ["r1"] and "Para two." in arts[0].text
    assert [(e.reason, e.line) for e in ledger if e.status == "rejected"] == [("ragged_row", 5), ("ragged_row", 6)]


def test_loading_csv_long_field_ok_and_field_over_limit_rejected():
    long_text = "About 5 people died. " * 8000  # 168,000 characters: over csv's default 131,072
    arts, _ = _one("long.csv", ("id,text\nL1," + long_text + "\nL2,Short one here.\n").encode())
    assert [a.id for a in arts] == ["L1", "L2"]
    arts, ledger = _one("huge.csv", ("id,text\nH1," + "x" * (MAX_ARTICLE_CHARS + 10) + "\nH2,Short one here.\n").encode())
    assert [e.reason for e in ledger if e.status == "rejected"] == ["field_too_large"]
    assert [a.id for a in arts] == ["H2"]


def test_loading_article_over_size_limit_rejected_with_message():
    arts, ledger = _one("big.txt", b"word " * (MAX_ARTICLE_CHARS // 5 + 10))
    assert arts == [] and ledger[0].reason == "too_long" and "2,000,000" in ledger[0].message


@pytest.mark.parametrize("payload,reason", [
    (b"[" * 100_000 + b"]" * 100_000, "too_deep"),
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "binary"),
])
def test_loading_json_traps_rejected(payload, reason):
    arts, ledger = _one("t.json", payload)
    assert arts == [] and [e.reason for e in ledger] == [reason]


def test_loading_json_quirks_warned_not_lost():
    line = '{"id": "q", "title": "A", "title": "B", "n": %s, "x": NaN, "text": "About 5 people died. \\ud800"}' % ("7" * 5000)
    arts, ledger = _one("q.jsonl", line.encode())
    (a,), (e,) = arts, ledger
    assert a.title == "B" and "\ud800" not in a.text and "\ufffd" in a.text
    joined = " ".join(e.warnings)
    for w in ("duplicate key", "NaN", "5,000-digit", "surrogate"):
        assert w in joined, w


def test_loading_surrogates_survive_the_store():
    from newsfigures.store import Store
    arts, _ = _one("s.json", b'{"text": "About 5 people died \\udc00 today."}')
    Store(None).put("k", arts[0], "v", [])  # DuckDB refuses lone surrogates: they must be repaired before


def test_loading_binary_renamed_txt_and_nul_text():
    assert _one("p.txt", b"\x89PNG\r\n\x1a\n" + bytes(100))[1][0].reason == "binary"
    assert _one("g.txt", b"\x1f\x8b\x08" + bytes(20))[1][0].reason == "binary"
    assert _one("n.txt", b"text\x00with\x00nuls")[1][0].reason == "binary"


def test_loading_utf16_bom_and_encoding_warning():
    arts, ledger = _one("u.txt", "\ufeffAbout 5 people died in Zürich.".encode("utf-16-le"))
    assert arts[0].text == "About 5 people died in Zürich." and ledger[0].warnings
    arts, ledger = _one("c.txt", "Über 500 Menschen starben in München, sagte die Polizei am Montag.".encode("cp1252"))
    assert "München" in arts[0].text and "charset-normalizer" in ledger[0].warnings[0]


def _zip(members: dict[str, bytes], level: int = 9) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        for k, v in members.items():
            zf.writestr(k, v)
    return buf.getvalue()


def test_loading_zip_members_each_accounted_and_bomb_rejected():
    data = _zip({"a.txt": b"About 5 people died.", "a.json": b'{"outlet": "AP"}', "b.jsonl": b'{"text": "Some 30 hurt."}\n{bad\n',
                 "c.png": b"\x89PNG"})
    arts, ledger = _one("z.zip", data)
    assert [(e.item, e.status, e.reason) for e in ledger] == [
        ("z.zip/a.txt", "ingested", ""), ("z.zip/b.jsonl:1", "ingested", ""), ("z.zip/b.jsonl:2", "rejected", "bad_json"),
        ("z.zip/c.png", "rejected", "unsupported_type")]
    assert arts[0].outlet == "AP"
    arts, ledger = _one("bomb.zip", _zip({"x.txt": b"0" * (30 * 1024 * 1024)}))
    assert arts == [] and [e.reason for e in ledger] == ["zip_bomb"] and "fold" in ledger[0].message


def test_loading_html_markdown_tsv_and_synonyms(tmp_path):
    (tmp_path / "p.html").write_text("<html><head><title>Quake kills 300</title><meta property='og:site_name' content='Daily Star'>"
                                     "<meta property='article:published_time' content='2004-12-29'></head><body><article>"
                                     "<p>About 300 people died in the quake on Monday, officials said in the capital.</p></article></body></html>")
    (tmp_path / "m.md").write_text("---\ntitle: Front\nsite_name: Blog\npubDate: 2004-12-30\n---\nSome 40 homes collapsed, the mayor said.\n")
    (tmp_path / "t.tsv").write_text("link\tbody\theadline\nhttp://x.test/1\tNearly 60 were hurt.\tTab\n")
    arts, ledger = load_path(tmp_path)
    by = {a.source_file: a for a in arts}
    assert (by["p.html"].title, by["p.html"].outlet, by["p.html"].published) == ("Quake kills 300", "Daily Star", "2004-12-29")
    assert (by["m.md"].title, by["m.md"].outlet, by["m.md"].published) == ("Front", "Blog", "2004-12-30")
    assert (by["t.tsv"].url, by["t.tsv"].title) == ("http://x.test/1", "Tab")


def test_loading_reingest_is_idempotent_by_content_hash(tmp_path):
    (tmp_path / "a.txt").write_text("About 5 people died.")
    (tmp_path / "b.txt").write_text("About 5 people died.")
    c = Corpus()
    c.add_path(tmp_path)
    first = c.articles
    c.add_path(tmp_path)
    assert c.articles == first
    assert [e.status for e in c.ledger] == ["ingested", "duplicate", "duplicate", "duplicate"]
    assert load_path(tmp_path) == load_path(tmp_path)


def test_loading_near_duplicates_marked_with_ledger_warning():
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


def test_loading_seeds_are_not_near_duplicates():
    arts, ledger = load_path(DATA)
    assert [a.story_id for a in arts] == ["", ""] and not any(e.warnings for e in ledger)
