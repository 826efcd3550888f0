"""Article text made inert for markdown, and how articles and figures are named."""
from __future__ import annotations

import re

import pytest

from newsfigures.app.labels import WORD_JOINER, article_label, figure_anchor, figure_tooltip, md


@pytest.mark.parametrize("hostile", ["![pixel](http://evil.example/p.png)", "[click](javascript:alert(1))", "**bold** _it_",
                                     "$x^2$", ":red[alarm]", "<img src=x onerror=alert(1)>", "# heading"])
def test_labels_markdown_escape_leaves_no_active_syntax(hostile):
    out = md(hostile)
    unescaped = re.sub(r"\\.", "", out)  # drop every backslash-escaped character
    assert not re.search(r"[!\[\]()*_$:<>#`]", unescaped), out
    assert re.sub(r"\\(.)", r"\1", out).replace(WORD_JOINER, "") == hostile  # the joiner only breaks addresses


@pytest.mark.parametrize("address", ["http://evil.example/p", "HTTPS://evil.example", "see www.evil.example now",
                                     "mail x@evil.example", "mailto:x@evil.example", "xmpp:x@evil.example/r"])
def test_labels_markdown_escape_leaves_no_bare_address_to_link(address):
    plain = re.sub(r"\\(.)", r"\1", md(address))  # what the markdown renderer sees as text
    assert not re.search(r"(?i)://|(?<![\w\u2060])www\.|@[-\w]", plain), plain
    assert plain.replace(WORD_JOINER, "") == address


def test_labels_article_label_names_outlet_day_and_title(seeds):
    a, b = seeds.articles
    assert article_label(a).startswith(f"PAP · 2025-09-02 · {a.title[:20]}")
    assert article_label(b).startswith("unknown outlet · 2025-09-02 · ") and len(article_label(b)) <= 110


def test_labels_figure_tooltip_and_anchor(seeds):
    f = next(f for f in seeds.figures if f.text == "at least 13,000")
    g = next(g for g in seeds.figures if g.text == "more than 10,000")
    tip = figure_tooltip(f, g, "compatible").split("\n")
    assert tip[0] == "at least 13,000: value 13,000, interval [13,000, ∞] (at_least)"
    assert tip[1].startswith("metric: soldiers sent") and tip[2] == "status: differs, compatible"
    assert tip[3].startswith("other article: more than 10,000")
    assert figure_anchor(1, f) == f"f-1-{f.start}"


def test_labels_article_namer_names_articles_and_the_ids_a_text_mentions(seeds):
    from newsfigures.app.labels import article_namer
    a, b = seeds.articles
    name = article_namer(seeds.articles)
    assert name(a.id) == "PAP, 2025-09-02"
    assert name(b.id) == "2,000 North Korean troops killed in Russia deploy…, 2025-09-02"  # no outlet: its title
    assert name.humanize(f"dated by {a.id}") == "dated by PAP, 2025-09-02"
    assert name.humanize(f"{b.id}: at least 600; x{a.id}") == f"{name(b.id)}: at least 600; x{a.id}"  # whole ids only
    assert name("nobody") == "an unknown article" and article_namer([]).humanize("dated by x") == "dated by x"


@pytest.mark.parametrize("text, expected", [
    ("dated by abc", "dated by Alpha"),
    ("dated by abc.v2, then abc", "dated by Beta, then Alpha"),  # an id with a dot, longest first
    ("abc-def and xabc stay", "abc-def and xabc stay"),  # part of a longer word is no id
    ("see my story (1).", "see Gamma."),
    ("nothing here", "nothing here"),
])
def test_labels_namer_finds_ids_of_any_spelling(text, expected):
    from newsfigures.app.labels import article_namer
    from newsfigures.model import Article
    arts = [Article(id=i, text="x", raw_text="x", title=t) for i, t in
            (("abc", "Alpha"), ("abc.v2", "Beta"), ("my story (1)", "Gamma"))]
    assert article_namer(arts).humanize(text) == expected


@pytest.mark.parametrize("names, shown", [(None, "soldiers sent"), ({}, "soldiers sent"),
                                          ({"soldiers sent": "troops sent · North Korea"}, "troops sent · North Korea")])
def test_labels_figure_tooltip_names_the_metric_by_its_label_when_given(seeds, names, shown):
    f = next(f for f in seeds.figures if f.text == "at least 13,000")
    tip = figure_tooltip(f, None, "compatible", names).split("\n")
    assert tip[1] == f"metric: {shown} · as of 2025-09-02 · since 2024-10"


def test_labels_a_figure_moved_out_is_named_after_its_old_metric_never_by_its_key(seeds):
    from newsfigures.app.labels import article_namer, metric_names
    from newsfigures.compare.edited import FigureKey
    from newsfigures.compare.edits import Move, Rename, own_metric
    from newsfigures.compare.session import Uploads, with_visitor

    a, b = seeds.articles
    least = next(f for f in seeds.figures if f.article_id == b.id and f.text == "at least 600")
    before = metric_names(seeds)
    moved_name = f"deaths · North Korean soldiers — at least 600 (moved, {article_namer(seeds.articles)(b.id)})"
    for twice in (1, 2):  # moved out, then out of its own metric again: still named after the metric it first left
        result = with_visitor(seeds, Uploads(), {}, None, [Move(FigureKey.of(least))] * twice)
        names = metric_names(result)
        own = next(f.metric for f in result.figures if FigureKey.of(f) == FigureKey.of(least))
        assert own.startswith(own_metric(least)) and b.id in own  # the key holds the article id …
        assert names[own] == moved_name and b.id not in names[own]  # … its name does not
        assert {k: v for k, v in names.items() if k != own} == before  # the other metrics read as they did
    renamed = with_visitor(seeds, Uploads(), {}, None, [Move(FigureKey.of(least)), Rename(own_metric(least), "Mine")])
    assert metric_names(renamed)["Mine"] == "Mine"  # the analyst's own name wins
