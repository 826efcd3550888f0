import pytest

from newsfigures.ingest import Corpus, load_path
from newsfigures.ingest.formats.markdown import markdown_to_text


def test_markdown_front_matter_metadata(tmp_path):
    (tmp_path / "m.md").write_text("---\ntitle: Front\nsite_name: Blog\npubDate: 2004-12-30\n---\nSome 40 homes collapsed, the mayor said.\n")
    arts, ledger = load_path(tmp_path)
    by = {a.source_file: a for a in arts}
    assert (by["m.md"].title, by["m.md"].outlet, by["m.md"].published) == ("Front", "Blog", "2004-12-30")


@pytest.mark.parametrize("front,warning", [
    ("title: [unclosed", "front matter is not valid YAML"),
    ("- a list", "front matter is not a mapping of fields; ignored"),
])
def test_markdown_unusable_front_matter_is_warned(front, warning):
    c = Corpus()
    c.add_bytes("m.md", f"---\n{front}\n---\n# Heading here\n\nSome 40 homes collapsed, the mayor said.\n".encode())
    (a,), (e,) = c.articles, c.ledger
    assert a.title == "Heading here" and a.origin("title") == "text"
    assert any(w.startswith(warning) for w in e.warnings), e.warnings


def test_markdown_to_text_strips_markup():
    md = "## Head\n\n![img](x.png) See [the report](http://x) for **300** dead.\n\n---\n> quoted"
    assert markdown_to_text(md) == "Head\n\n See the report for 300 dead.\n\n\nquoted"
