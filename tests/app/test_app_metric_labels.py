"""Metrics named by their readable labels on every page a person reads (pickers, ranked links, the in-article view,
correction controls, tooltips), driven with AppTest on the seeds; keys stay in the URLs and the tables' `metric`
column (the downloads' key column, beside a `measure` label column)."""
from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from apprun import run, via_app
from newsfigures.app.labels import article_namer, md, metric_names
from newsfigures.compare.edits_io import from_json, to_url

A, B = "000_1ebc33ac245bce1b", "003_113ec146f7468fd0"
_SNIPPET = re.compile(r"“[^”]*”")  # the start of a figure's sentence in a figure picker: article text, not a name


@pytest.fixture(autouse=True)
def _store(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("NEWSFIGURES_STORE", str(tmp_path_factory.getbasetemp() / "apptest.duckdb"))


@pytest.fixture
def labelled(seeds) -> dict[str, str]:
    """The seeds' metric keys that have a readable label other than the key, with that label."""
    names = metric_names(seeds)
    assert names["soldiers killed"] == "deaths · North Korean soldiers"
    return {key: label for key, label in names.items() if label != key}



def read_text(at: AppTest) -> list[str]:
    """What a person reads on the page outside article text: headings, markdown, captions, notices, link labels,
    expander labels and every picker's options (a figure's sentence snippet left out)."""
    texts = [e.value for kind in ("title", "subheader", "markdown", "caption", "info", "warning", "error", "success")
             for e in getattr(at, kind)]
    texts += [link.proto.label for link in at.get("page_link")] + [e.label for e in at.expander]
    widgets = [*at.multiselect, *at.selectbox]
    texts += [w.label for w in widgets] + [_SNIPPET.sub("", str(o)) for w in widgets for o in w.options]
    return texts


def keys_read(at: AppTest, labelled: dict[str, str]) -> list[tuple[str, str]]:
    """(metric key, text) for each text a person reads that names a metric by its key although it has a label."""
    unescaped = [t.replace("\\", "") for t in read_text(at)]
    return [(key, t) for t in unescaped for key in labelled if key in t.replace(labelled[key], "")]


@pytest.mark.parametrize("page", ["pages/5_Discrepancies.py", "pages/3_Figures.py", "pages/1_Timeline.py",
                                  "pages/2_Compare.py"])
def test_app_metric_labels_no_page_shows_a_key_where_a_label_exists(page, labelled):
    at = via_app(page)
    assert read_text(at) and keys_read(at, labelled) == []


def test_app_metric_labels_discrepancies_filter_links_and_table(labelled):
    at = via_app("pages/5_Discrepancies.py", metric="soldiers killed")
    picker = at.multiselect(key="discrepancies_metrics")
    assert picker.options == ["deaths · North Korean soldiers"] and picker.value == ["soldiers killed"]  # key in the URL
    assert at.query_params["metric"] in ("soldiers killed", ["soldiers killed"])
    links = [link.proto for link in at.get("page_link")]
    assert links and all(link.label.startswith("1\\. **update** · deaths · North Korean soldiers: ") for link in links)
    table = at.dataframe[0].value
    assert list(table.columns[2:4]) == ["metric", "measure"]  # the key column stays, its label beside it
    assert set(zip(table["metric"], table["measure"])) == {("soldiers killed", "deaths · North Korean soldiers")}


def test_app_metric_labels_inside_one_article_names_the_metric_by_its_label(seeds, labelled):
    d = next(d for d in seeds.discrepancies if d.articles == (A, A))
    at = via_app("pages/5_Discrepancies.py", inside=A, at=[str(d.a.start), str(d.b.start)])
    assert at.markdown[0].value.startswith(f"**update** · {md('deaths · North Korean soldiers')}: the estimate rose")
    html = " ".join(h.proto.body for h in at.get("html"))
    assert html.count("metric: deaths · North Korean soldiers") == 2 and "metric: soldiers killed" not in html  # tooltips
    assert keys_read(at, labelled) == []


def test_app_metric_labels_figures_pickers_and_corrections(labelled):
    at = via_app("pages/3_Figures.py", metric="soldiers sent")
    picker = at.multiselect(key="figures_metrics")
    assert picker.value == ["soldiers sent"] and "troops sent · North Korea" in picker.options
    assert picker.options == sorted(picker.options, key=str.casefold)  # in the order of what the reader sees
    assert set(labelled.values()) <= set(at.selectbox(key="figures_merge_metric").options)
    assert all(" · troops sent · North Korea · " in o for o in at.selectbox(key="figures_move_figure").options)
    table = at.dataframe[0].value
    assert list(table.columns[11:13]) == ["metric", "measure"]  # the key for joining, its label beside it
    assert set(zip(table["metric"], table["measure"])) == {("soldiers sent", "troops sent · North Korea")}
    at.selectbox(key="figures_rename_metric").select("soldiers sent")  # the picker still picks by key
    at.text_input(key="figures_rename_name").input("North Korean troops sent")
    at.button(key="figures_rename").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.multiselect(key="figures_metrics").value == ["North Korean troops sent"]  # the analyst's name shows
    assert "North Korean troops sent" in at.multiselect(key="figures_metrics").options


def test_app_metric_labels_compare_pickers_unlinks_and_tooltips(labelled):
    at = via_app("pages/2_Compare.py", a=A, b=B)
    figure_options = at.selectbox(key="compare_link_a").options + at.selectbox(key="compare_link_b").options
    assert any(" · deaths · North Korean soldiers · " in o for o in figure_options)
    unlinks = [m.value for m in at.markdown if m.value.startswith("**same** · ")]
    assert f"**same** · {md('deaths · North Korean soldiers')}: About 2,000 ↔ Around 2,000" in unlinks
    html = " ".join(h.proto.body for h in at.get("html"))
    assert "metric: deaths · North Korean soldiers" in html and "metric: soldiers killed" not in html


def test_app_metric_labels_timeline_pick_tooltip_names_the_metric_by_its_label(seeds):
    f = next(f for f in seeds.figures if f.metric == "soldiers killed" and f.value == 2000)
    at = via_app("pages/1_Timeline.py", metric="soldiers killed", pick=f"{f.article_id}:{f.start}")
    assert at.multiselect(key="timeline_metrics").options[0].startswith("deaths · North Korean soldiers (")
    html = " ".join(h.proto.body for h in at.get("html"))
    assert "timeline-pick" in html and "metric: deaths · North Korean soldiers" in html


def corrections(at: AppTest) -> list[str]:
    """The lines of the "Your corrections" list, unescaped."""
    return [m.value.replace("\\", "") for m in at.markdown
            if m.value.startswith(("not the same", "the same", "merge", "move", "rename"))]


def notices(at: AppTest) -> list[str]:
    return [e.value.replace("\\", "") for kind in ("success", "error", "warning") for e in getattr(at, kind)]


def ids_read(at: AppTest) -> list[str]:
    """Texts a person reads that name an article by its id."""
    return [t for t in read_text(at) for i in (A, B) if i in t.replace("\\", "")]


def clicked(at: AppTest, key: str) -> AppTest:
    at.button(key=key).click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_app_metric_labels_corrections_and_notices_name_metrics_and_articles(seeds, labelled):
    named = article_namer(seeds.articles)
    at = via_app("pages/3_Figures.py")
    moving = at.selectbox(key="figures_move_figure")  # the Move picker names each figure's article, never its id
    assert moving.options and all(named(A) in o or named(B) in o for o in moving.options) and ids_read(at) == []
    at.selectbox(key="figures_merge_metric").select("engineers arrived")
    at.selectbox(key="figures_merge_into").select("soldiers sent")
    clicked(at, "figures_merge")
    assert notices(at) == ["Saved: merge “people arrived · military engineers” into “troops sent · North Korea”."]
    # Both metrics keep the names they were picked by, though the merged metric's label changed with its figures.
    assert corrections(at) == ["merge “people arrived · military engineers” into “troops sent · North Korea”"]
    at.selectbox(key="figures_move_figure").select(f"{B}|255|267")
    clicked(at, "figures_move")
    moved = f"deaths · North Korean soldiers — at least 600 (moved, {named(B)})"
    assert notices(at) == [f"Saved: move at least 600 ({named(B)}) into a metric of its own."]
    assert corrections(at)[1] == f"move at least 600 ({named(B)}) into a metric of its own"
    assert moved in at.multiselect(key="figures_metrics").options  # the new metric: never its key, which holds B's id
    assert ids_read(at) == [] and keys_read(at, labelled) == []
    clicked(at, "figures_undo_0")
    assert notices(at) == ["Undid: merge “people arrived · military engineers” into “troops sent · North Korea”."]


def test_app_metric_labels_an_old_edit_without_names_is_described_by_names(seeds, labelled):
    old = to_url(from_json('{"format": "newsfigures-edits", "version": 1, "edits": ['
                           '{"op": "merge", "metric": "engineers arrived", "into": "soldiers sent"},'
                           '{"op": "merge", "metric": "engineers arrived", "into": "soldiers killed"}]}'))
    at = run("pages/1_Timeline.py", edits=old)  # a link made before edits kept names, opened in a new session
    assert not at.exception, [e.value for e in at.exception]
    assert corrections(at) == [  # named as before any edit (the bundled corpus), never by their keys
        "merge “people arrived · military engineers” into “troops sent · North Korea”",
        "merge “people arrived · military engineers” into “deaths · North Korean soldiers” — *does not apply: metric "
        "“people arrived · military engineers” is no longer in the corpus*"]
    assert keys_read(at, labelled) == []
