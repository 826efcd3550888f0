from newsfigures.ingest import MAX_ARTICLE_CHARS, Corpus, load_path


def _one(name: str, data: bytes):
    c = Corpus()
    c.add_bytes(name, data)
    return c.articles, c.ledger


def test_table_csv_unterminated_quote_is_rejected_with_row_and_later_rows_kept():
    data = b'id,text\nr1,"Some 300 homes were destroyed.\nr2,About 5 people died.\nr3,Nearly 60 were hurt.\n'
    arts, ledger = _one("q.csv", data)
    bad = [e for e in ledger if e.status == "rejected"]
    assert [(e.reason, e.line) for e in bad] == [("unterminated_quote", 2)]
    assert "line 2" in bad[0].message and "never closed" in bad[0].message
    assert sorted(a.id for a in arts) == ["r2", "r3"]


def test_table_csv_ragged_rows_and_quoted_newlines():
    data = b'id,text\nr1,"Para one, with comma.\n\nPara two."\nr2\nr3,a,b\n'
    arts, ledger = _one("r.csv", data)
    assert [a.id for a in arts] == ["r1"] and "Para two." in arts[0].text
    assert [(e.reason, e.line) for e in ledger if e.status == "rejected"] == [("ragged_row", 5), ("ragged_row", 6)]


def test_table_csv_long_field_ok_and_field_over_limit_rejected():
    long_text = "About 5 people died. " * 8000  # 168,000 characters: over csv's default 131,072
    arts, _ = _one("long.csv", ("id,text\nL1," + long_text + "\nL2,Short one here.\n").encode())
    assert [a.id for a in arts] == ["L1", "L2"]
    arts, ledger = _one("huge.csv", ("id,text\nH1," + "x" * (MAX_ARTICLE_CHARS + 10) + "\nH2,Short one here.\n").encode())
    assert [e.reason for e in ledger if e.status == "rejected"] == ["field_too_large"]
    assert [a.id for a in arts] == ["H2"]


def test_table_semicolon_csv_and_missing_text_column():
    arts, _ = _one("s.csv", b"id;text\ns1;About 5 people died.\n")
    assert [(a.id, a.text) for a in arts] == [("s1", "About 5 people died.")]
    arts, ledger = _one("n.csv", b"id,title\nx,y\n")
    assert arts == [] and [e.reason for e in ledger] == ["missing_text"]


def test_table_tsv_and_synonyms(tmp_path):
    (tmp_path / "t.tsv").write_text("link\tbody\theadline\nhttp://x.test/1\tNearly 60 were hurt.\tTab\n")
    arts, ledger = load_path(tmp_path)
    by = {a.source_file: a for a in arts}
    assert (by["t.tsv"].url, by["t.tsv"].title) == ("http://x.test/1", "Tab")
