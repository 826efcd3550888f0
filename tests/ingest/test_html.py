from newsfigures.ingest import Corpus, load_path

PAGE = ("<html><head><title>Quake kills 300</title><meta property='og:site_name' content='Daily Star'>"
        "<meta property='article:published_time' content='2004-12-29'></head><body><article>"
        "<p>About 300 people died in the quake on Monday, officials said in the capital.</p></article></body></html>")


def test_html_title_site_name_and_date(tmp_path):
    (tmp_path / "p.html").write_text(PAGE)
    arts, ledger = load_path(tmp_path)
    by = {a.source_file: a for a in arts}
    assert (by["p.html"].title, by["p.html"].outlet, by["p.html"].published) == ("Quake kills 300", "Daily Star", "2004-12-29")
    assert by["p.html"].origin("published") == "inferred"


def test_html_page_is_parsed_once(monkeypatch):
    import trafilatura
    calls = []
    real = trafilatura.load_html
    monkeypatch.setattr(trafilatura, "load_html", lambda *a, **k: calls.append(a) or real(*a, **k))
    c = Corpus()
    c.add_bytes("p.html", PAGE.encode())
    assert [a.title for a in c.articles] == ["Quake kills 300"]
    assert len(calls) == 1


def test_html_without_article_text_is_rejected():
    c = Corpus()
    c.add_bytes("nav.html", b"<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    assert c.articles == [] and [e.reason for e in c.ledger] == ["no_body"]
