import pytest

from newsfigures.ingest import content_hash, load_path
from newsfigures.ingest.articles import article_from_item
from newsfigures.ingest.items import RawItem

from conftest import DATA


def test_articles_txt_without_sidecar_takes_metadata_from_text(tmp_path):
    src = (DATA / "000_1ebc33ac245bce1b.txt").read_bytes()
    (tmp_path / "plain.txt").write_bytes(src)
    (arts, _) = load_path(tmp_path)
    a = arts[0]
    assert (a.outlet, a.published, a.origin("outlet"), a.origin("published")) == ("PAP", "2025-09-02T12:30", "text", "text")
    assert a.title.startswith("South Korea says 2,000")


def test_articles_record_fields_win_and_unreadable_dates_are_warned():
    raw = RawItem("r", "r.jsonl", "Source: PAP\nAbout 5 people died.", {"source": "AP", "date": "soon", "title": "T" * 301})
    art, warnings = article_from_item(raw)
    assert (art.outlet, art.origin("outlet"), art.published, art.title) == ("AP", "record", "", "T" * 300)
    assert warnings == ["title over 300 characters; shortened", "published 'soon' is not a date I can read; ignored"]


def test_articles_dateline_gives_outlet_and_date_when_the_text_names_one_year():
    raw = RawItem("w", "w.txt", "NEW DELHI, Dec. 29 (UPI) -- The toll of the 2004 tsunami rose to 60,000.", origin="text")
    art, _ = article_from_item(raw)
    assert (art.outlet, art.published, art.origin("outlet"), art.origin("published")) == ("UPI", "2004-12-29", "inferred", "inferred")
    assert art.origin("dateline") == "text"


@pytest.mark.parametrize("text,outlet,published", [
    ("North Korea fires missiles\n\nSEOUL, 15 October 2025 (Yonhap) — North Korea fired about 10 missiles.", "Yonhap",
     "2025-10-15"),
    ("Storm hits the coast\n\nWASHINGTON, Oct. 5 (AP) — At least 12 people died in the 2025 storm.", "AP", "2025-10-05"),
    ("Trade talks resume in London\n\nLONDON (Reuters) - About 300 delegates met on Monday.", "Reuters", ""),
])
def test_articles_dateline_below_a_headline_gives_outlet_and_date(text, outlet, published):
    art, _ = article_from_item(RawItem("u", "u.txt", text, origin="text"))
    assert (art.outlet, art.published, art.title) == (outlet, published, text.split("\n")[0])
    assert art.origin("outlet") == "inferred" and art.origin("dateline") == "text"


@pytest.mark.parametrize("fields,default_id,expected", [
    ({"id": "given"}, "file", "given"),
    ({}, "file", "file"),
    ({}, "", None),  # no id anywhere: the start of the content hash
])
def test_articles_id_from_record_then_file_then_hash(fields, default_id, expected):
    art, _ = article_from_item(RawItem("x", "x.txt", "About 5 people died.", fields, default_id=default_id))
    assert art.id == (expected or content_hash(art.text)[:12]) and art.content_hash == content_hash(art.text)


@pytest.mark.parametrize("article_id, taken, expected", [
    ("a", set(), "a"),
    ("a", {"a"}, "a~abcdef"),
    ("a", {"a", "a~abcdef"}, "a~abcdef2"),
    ("a", {"a", "a~abcdef", "a~abcdef2"}, "a~abcdef3"),
])
def test_articles_unused_id_never_returns_a_taken_id(article_id, taken, expected):
    from newsfigures.ingest import unused_id
    assert unused_id(article_id, "abcdef0123", taken) == expected
