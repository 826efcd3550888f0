"""Every page driven with AppTest on the bundled corpus (and on a real one of a hundred articles): what it shows,
its widgets and URL state, and a visitor's uploads and corrections staying in their session."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT
from apprun import app_at, run, via_app
from newsfigures.app.labels import md
from newsfigures.eval import reuters

A, B = "000_1ebc33ac245bce1b", "003_113ec146f7468fd0"


@pytest.fixture(autouse=True)
def _store(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("NEWSFIGURES_STORE", str(tmp_path_factory.getbasetemp() / "apptest.duckdb"))


def test_app_overview_summarises_corpus_and_links_differences():
    at = run("app.py")
    values = {m.label: m.value for m in at.metric}
    assert values["Articles"] == "2" and values["Sources"] == "2"
    assert int(values["Figures"]) >= 10
    assert [s.value for s in at.subheader][:4] == ["Leading figures", "Conflicts (0)", "Updates (1)",
                                                   "Other differences between articles"]
    links = [(link.proto.page, link.proto.query_string, link.proto.label) for link in at.get("page_link")]
    assert [page for page, _q, _l in links[:3]] == ["Timeline"] * 3
    assert links[0][1] == "metric=soldiers+killed" and links[0][2].startswith("deaths · North Korean soldiers")  # its label
    assert links[3][0] == "Discrepancies" and links[3][1].startswith(f"inside={A}&at=")  # the update inside one article
    assert links[4][:2] == ("Discrepancies", "") and links[4][2].startswith("All conflicts and updates (1)")
    assert [(page, query) for page, query, _label in links[5:]] == [("Compare", f"a={A}&b={B}")]
    assert links[5][2].startswith("**compatible** · troops sent · North Korea: at least 13,000 vs more than 10,000")
    assert links[3][2].startswith("**update** · deaths · North Korean soldiers: the estimate rose")
    keys = ("soldiers killed", "soldiers sent", "engineers arrived")  # metric keys: in the URLs, never in a label
    assert not any(key in label for _p, _q, label in links for key in keys)
    assert not any(label.startswith("**same**") for _p, _q, label in links)
    assert len(at.get("plotly_chart")) == 2  # a trend line for each leading metric reported at two dates or more
    assert [m.value.split(" — ")[-1] for m in at.markdown][-2:] == ["6 figures", "8 figures"]


def test_app_timeline_default_metric_and_url_state():
    at = run("pages/1_Timeline.py", metric="soldiers killed")
    assert at.multiselect(key="timeline_metrics").value == ["soldiers killed"]
    df = at.dataframe[0].value
    assert sorted(df["value"].tolist()) == [600.0, 600.0, 2000.0, 2000.0]
    assert set(df["as_of_text"]) == {"2025-04", "2025-09-02"}
    assert at.query_params["metric"] in ("soldiers killed", ["soldiers killed"])


def test_app_compare_highlights_and_pairs():
    at = run("pages/2_Compare.py", a=A, b=B)
    assert at.selectbox(key="compare_a").value == A and at.selectbox(key="compare_b").value == B
    html = " ".join(h.proto.body for h in at.get("html"))
    assert html.count("<mark") == 14 and "nf-same" in html and "nf-compatible" in html
    pairs = at.dataframe[0].value
    assert {"same", "compatible"} <= set(pairs["status"])


def test_app_compare_choosing_bs_article_as_a_swaps_them():
    at = run("pages/2_Compare.py", a=A, b=B)
    at.selectbox(key="compare_a").set_value(B).run()
    assert not at.exception
    assert at.selectbox(key="compare_a").value == B and at.selectbox(key="compare_b").value == A
    assert at.query_params["a"] in (B, [B]) and at.query_params["b"] in (A, [A]) and not at.warning
    assert " ".join(h.proto.body for h in at.get("html")).count("<mark") == 14
    at.selectbox(key="compare_b").set_value(B).run()  # and B's choice of A's article swaps them back
    assert (at.selectbox(key="compare_a").value, at.selectbox(key="compare_b").value) == (A, B) and not at.warning


def test_app_compare_swap_button_swaps_a_and_b():
    at = run("pages/2_Compare.py", a=A, b=B)
    at.button(key="compare_swap").click().run()
    assert not at.exception
    assert (at.selectbox(key="compare_a").value, at.selectbox(key="compare_b").value) == (B, A)
    assert at.query_params["a"] in (B, [B]) and at.query_params["b"] in (A, [A])
    captions = [c.value for c in at.caption]
    assert captions.index(next(c for c in captions if c.startswith("unknown outlet"))) < captions.index(
        next(c for c in captions if c.startswith("PAP")))  # B's column now comes first


def test_app_figures_filters_from_url():
    at = run("pages/3_Figures.py", metric="soldiers killed")
    df = at.dataframe[0].value
    assert len(df) >= 4 and set(df["metric"]) == {"soldiers killed"}
    buttons = at.get("download_button")
    assert len(buttons) == 2
    # made on click (deferred) and no rerun on click: a rerun could revoke the file before it is made
    assert all(b.proto.deferred_file_id and b.proto.ignore_rerun for b in buttons)


def test_app_corpus_ledger_and_session_upload_is_private():
    at = run("pages/4_Corpus.py")
    assert len(at.dataframe[0].value) == 2
    at.text_area(key="corpus_paste").input("Officials said about 300 homes were destroyed in the flood on Monday.")
    at.button(key="corpus_add").click().run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 3
    assert [s.value for s in at.success] == ["Added 1 article(s). 1 submitted: 1 ingested, 0 duplicates, 0 rejected."]
    at.switch_page("pages/0_Overview.py").run()
    assert {m.label: m.value for m in at.metric}["Articles"] == "3"
    assert any("pasted\\-text\\-1" in m.value for m in at.markdown)
    other = run("pages/4_Corpus.py")  # a second visitor sees only the bundled corpus
    assert len(other.dataframe[0].value) == 2


def test_app_corpus_corrections_are_private_and_apply_to_every_page():
    def articles(at):
        return next(d.value for d in at.dataframe if "metadata from" in d.value.columns).set_index("id")

    at = run("app.py")
    at.switch_page("pages/4_Corpus.py").run()
    at.selectbox(key="corpus_fix_article").set_value(B).run()
    assert at.text_input(key="corpus_fix_outlet").value == ""
    at.text_input(key="corpus_fix_outlet").input("Yonhap")
    at.text_input(key="corpus_fix_published").input("03.09.2025")
    at.button(key="corpus_fix_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    row = articles(at).loc[B]
    assert (row["outlet"], row["published"]) == ("Yonhap", "2025-09-03") and "outlet: user" in row["metadata from"]
    assert any(b.proto.label.startswith("Download corrections") for b in at.get("download_button"))
    at.switch_page("pages/3_Figures.py").run()
    assert not at.exception, [e.value for e in at.exception]
    figs = next(d.value for d in at.dataframe if "metric" in d.value.columns)
    mine = figs[figs["article_id"] == B]
    assert len(mine) and set(mine["outlet"]) == {"Yonhap"} and set(mine["published"]) == {"2025-09-03"}
    other = run("pages/4_Corpus.py")  # a second, simultaneous visitor sees no correction
    assert articles(other).loc[B]["outlet"] == ""


def test_app_corpus_bad_date_correction_gets_a_message_not_a_trace():
    at = run("pages/4_Corpus.py")
    at.text_input(key="corpus_fix_published").input("sometime soon")
    at.button(key="corpus_fix_save").click().run()
    assert not at.exception
    assert any("not a date" in e.value for e in at.error)


def test_app_corpus_correction_that_cannot_be_read_is_undone_with_a_message(monkeypatch):
    import newsfigures.app.state as state

    def broken(*_a, **_k):
        raise RuntimeError("the extractor failed")

    at = run("pages/4_Corpus.py")
    monkeypatch.setattr(state, "extract_many", broken)  # re-reading the article for its corrected date fails
    at.text_input(key="corpus_fix_published").input("03.09.2025")
    at.button(key="corpus_fix_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("could not apply the correction" in e.value and "the extractor failed" in e.value for e in at.error)
    at.switch_page("pages/3_Figures.py").run()  # the session still works: the correction was undone
    assert not at.exception and at.dataframe


def test_app_corpus_pasted_duplicate_is_reported():
    at = run("pages/4_Corpus.py")
    at.text_area(key="corpus_paste").input((ROOT / "data" / f"{A}.txt").read_text(encoding="utf-8"))
    at.button(key="corpus_add").click().run()
    assert not at.exception
    ledger = next(d.value for d in at.dataframe if "reason" in d.value.columns)
    assert ledger["status"].tolist()[-1] == "duplicate"
    assert any("submitted" in c.value for c in at.caption)


# --- issue 5: N-way Compare, Timeline clicks and roll-ups, Discrepancies, Overview -------------------------------


def test_app_compare_ids_link_and_differences_only_switch():
    at = app_at("pages/2_Compare.py")
    at.query_params["ids"] = [A, B]
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="compare_a").value == A and at.selectbox(key="compare_b").value == B
    assert at.query_params["a"] in (A, [A]) and "ids" not in at.query_params
    at.toggle(key="compare_diff_only").set_value(True).run()
    assert not at.exception
    html = " ".join(h.proto.body for h in at.get("html"))
    assert "nf-compatible" in html and "nf-same" not in html.split("nf-legend")[-1].split("</div>", 1)[-1]
    assert set(at.dataframe[0].value["status"]) <= {"conflict", "update", "compatible"}
    assert at.query_params["diff"] in ("1", ["1"])


def test_app_compare_marks_link_to_counterparts():
    at = run("pages/2_Compare.py", a=A, b=B)
    html = " ".join(h.proto.body for h in at.get("html"))
    assert 'id="f-0-' in html and 'href="#f-1-' in html and 'href="#f-0-' in html
    assert at.multiselect(key="compare_more").value == []



def test_app_timeline_several_metrics_rollup_and_pick_from_url(seeds):
    at = via_app("pages/1_Timeline.py", metric=["soldiers killed", "soldiers sent"])
    assert at.multiselect(key="timeline_metrics").value == ["soldiers killed", "soldiers sent"]
    roll = next(d.value for d in at.dataframe if "best" in d.value.columns)
    assert {"low", "best", "high", "independent"} <= set(roll.columns) and "soldiers killed" in set(roll["metric"])
    f = next(f for f in seeds.figures if f.metric == "soldiers killed" and f.value == 2000)
    at2 = via_app("pages/1_Timeline.py", metric="soldiers killed", pick=f"{f.article_id}:{f.start}")
    html = " ".join(h.proto.body for h in at2.get("html"))
    assert "timeline-pick" in html and f.text in html
    assert any(f.sentence[:40] in m.value for m in at2.markdown)


def test_app_discrepancies_filters_links_and_downloads():
    at = via_app("pages/5_Discrepancies.py")
    assert at.multiselect(key="discrepancies_status").value == ["conflict", "update"]
    assert len(at.get("download_button")) == 2
    at.multiselect(key="discrepancies_status").set_value(["conflict"]).run()
    assert not at.exception
    assert at.query_params["status"] in ("conflict", ["conflict"])
    assert set(at.dataframe[0].value["status"]) <= {"conflict"}


def test_app_overview_links_to_discrepancies():
    at = run("app.py")
    values = {m.label: m.value for m in at.metric}
    assert "Conflicts" in values and values["Wire stories"] == "2"


def test_app_every_page_on_a_real_corpus_of_a_hundred_articles(monkeypatch):
    """All pages run on Wikinews 2004 (101 articles), including links to in-article discrepancies."""
    from conftest import shared_or_skip
    monkeypatch.setenv("NEWSFIGURES_DATA", str(shared_or_skip("corpora", "wikinews-2004")))
    at = run("app.py")
    assert {m.label: m.value for m in at.metric}["Articles"] == "101"
    assert any(c.value.startswith("With more than 30 articles") for c in at.caption)
    at = run("pages/1_Timeline.py")
    assert len(at.multiselect(key="timeline_metrics").value) == 1 and len(at.dataframe[0].value) >= 1
    assert at.multiselect(key="timeline_metrics").value not in (["times"], ["time"])  # a junk metric never leads
    at = run("pages/2_Compare.py")
    bodies = [h.proto.body for h in at.get("html") if not h.proto.body.startswith("<style>")]  # CSS is no content
    assert "nf-legend" in bodies[0] and [b.startswith('<div class="nf-scroll"') and '<div class="nf-article"' in b
                                          for b in bodies[1:]] == [True, True]
    assert at.selectbox(key="compare_a").value != at.selectbox(key="compare_b").value
    at = run("pages/3_Figures.py")
    total = int(next(c.value for c in at.caption if c.value.endswith(" figures")).split()[0].replace(",", ""))
    assert any(c.value == f"{total:,} of {total:,} figures" for c in at.caption)
    assert len(at.dataframe[0].value) == 50 and any(c.value.startswith(f"rows 1–50 of {total:,}") for c in at.caption)
    at.selectbox(key="figures_table_size").set_value(250).run()
    at.number_input(key="figures_table_page").set_value(total // 250 + 1).run()  # the last page: the rest
    assert len(at.dataframe[0].value) == total % 250
    at = run("pages/4_Corpus.py")
    assert len(at.dataframe[0].value) == 50  # a page of the 101 articles
    at.selectbox(key="corpus_articles_size").set_value(250).run()
    assert len(at.dataframe[0].value) == 101
    at = run("pages/5_Discrepancies.py")
    assert not at.exception
    assert len(at.get("page_link")) >= 1  # the ranked discrepancies link to Compare or Figures


def test_app_corpus_tables_download_and_selection_is_in_the_url():
    at = run("pages/4_Corpus.py", article="003_113ec146f7468fd0")
    assert at.selectbox(key="corpus_fix_article").value == "003_113ec146f7468fd0"
    assert at.query_params["article"] in ("003_113ec146f7468fd0", ["003_113ec146f7468fd0"])
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels.count("Download CSV") >= 2 and labels.count("Download JSON") >= 2


def test_app_visitor_merge_is_cached_in_the_session_until_it_changes(monkeypatch):
    from newsfigures.compare import session
    merges = []
    merge = session.with_visitor
    monkeypatch.setattr(session, "with_visitor", lambda *args: merges.append(dict(args[2])) or merge(*args))
    at = run("pages/4_Corpus.py", article=B)
    at.run()
    at.switch_page("pages/3_Figures.py").run()
    assert merges == [{}]  # reruns and other pages reuse the merged analysis
    at.switch_page("pages/4_Corpus.py").run()
    at.text_input(key="corpus_fix_outlet").input("Yonhap")
    at.button(key="corpus_fix_save").click().run()
    at.run()
    assert not at.exception and merges == [{}, {B: {"outlet": "Yonhap"}}]


# --- issue 11: articles by link, and a workspace that keeps a visitor's work --------------------------------------


def _ledger(at):
    return next(d.value for d in at.dataframe if "reason" in d.value.columns)


def test_app_corpus_links_are_fetched_into_the_visitors_own_corpus(page_server, monkeypatch):
    monkeypatch.setenv("NEWSFIGURES_ALLOW_PRIVATE_FETCH", "1")
    at = run("pages/4_Corpus.py")
    link = page_server + "/news/nk-troops.html"
    at.text_area(key="corpus_urls").input(f"{link}\n\n  ftp://example.com/story  \n{page_server}/report.pdf\n")
    at.button(key="corpus_add").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert [s.value for s in at.success] == ["Added 1 article(s). 3 submitted: 1 ingested, 0 duplicates, 2 rejected."]
    articles = at.dataframe[0].value
    assert len(articles) == 3 and "PAP" in set(articles["outlet"])
    ledger = _ledger(at)
    assert ledger["item"].tolist()[-3:] == [link, "ftp://example.com/story", page_server + "/report.pdf"]
    assert ledger["reason"].tolist()[-2:] == ["bad_scheme", "not_html"]
    assert any("only http and https" in e.value for e in at.error)
    fetched = articles.set_index("id").loc["127.0.0.1-news-nk-troops.html"]
    assert fetched["same story as"] == A  # the page is PAP's story, the bundled seed A
    mine = at.session_state["nf_visitor"]["uploads"]
    assert "at least 13,000" in {f.text for f in mine.figures if f.source_file == link}
    other = run("pages/4_Corpus.py")  # a second visitor sees only the bundled corpus
    assert len(other.dataframe[0].value) == 2


def test_app_corpus_links_refused_without_the_private_setting(page_server, monkeypatch):
    monkeypatch.delenv("NEWSFIGURES_ALLOW_PRIVATE_FETCH", raising=False)
    at = run("pages/4_Corpus.py")
    at.text_area(key="corpus_urls").input(page_server + "/news/nk-troops.html")
    at.button(key="corpus_add").click().run()
    assert not at.exception and len(at.dataframe[0].value) == 2
    assert _ledger(at)["reason"].tolist()[-1] == "private_address"


def _workspace_with_an_upload_and_a_correction() -> bytes:
    from newsfigures.ingest import Corpus
    from newsfigures.ingest.workspace import dumps
    c = Corpus()
    c.add_text("Officials said about 300 homes were destroyed in the flood on Monday.", "pasted text 1")
    return dumps(c.articles, {B: {"outlet": "Yonhap"}, "gone": {"outlet": "AP"}})


def test_app_corpus_workspace_opens_into_a_fresh_session():
    at = run("pages/4_Corpus.py")
    assert any(b.proto.label == "Download my workspace" for b in at.get("download_button"))
    assert any("A workspace file lasts" in c.value for c in at.caption)
    at.file_uploader(key="corpus_workspace_file").upload("mine.json", _workspace_with_an_upload_and_a_correction(),
                                                         "application/json")
    at.run()
    at.button(key="corpus_workspace_open").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert [s.value for s in at.success] == ["Added 1 article(s). 1 submitted: 1 ingested, 0 duplicates, 0 rejected. "
                                             "Restored 1 correction(s)."]
    assert any("gone" in w.value and "no such article here" in w.value for w in at.warning)
    articles = at.dataframe[0].value.set_index("id")
    assert len(articles) == 3 and articles.loc[B]["outlet"] == "Yonhap"
    assert "mine.json › uploads[0]" in _ledger(at)["item"].tolist()


def test_app_corpus_broken_workspace_gets_a_message_and_loses_nothing():
    at = run("pages/4_Corpus.py")
    at.text_area(key="corpus_paste").input("Officials said about 300 homes were destroyed in the flood on Monday.")
    at.button(key="corpus_add").click().run()
    good = _workspace_with_an_upload_and_a_correction()
    at.file_uploader(key="corpus_workspace_file").upload("cut.json", good[: len(good) // 2], "application/json")
    at.run()
    at.button(key="corpus_workspace_open").click().run()
    assert not at.exception
    assert any(e.value.startswith("cut") and "not a workspace file" in e.value and "invalid JSON" in e.value for e in at.error)
    assert len(at.dataframe[0].value) == 3  # the pasted article is still there


def test_app_corpus_workspace_keeps_the_analysts_edits_of_pairs_and_metrics():
    import json

    from newsfigures.compare import edits_io
    from newsfigures.compare.edits import Rename
    from newsfigures.ingest.workspace import dumps
    rename = Rename("soldiers killed", "NK war dead")
    saved = dumps([], {}, {"edits": json.loads(edits_io.to_json([rename]))})
    at = run("pages/4_Corpus.py")
    at.file_uploader(key="corpus_workspace_file").upload("mine.json", saved, "application/json")
    at.run()
    at.button(key="corpus_workspace_open").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["nf_visitor"]["edits"] == (rename,)
    assert any("Loaded 1 correction(s)" in s.value for s in at.success)
    assert not any("left aside" in w.value for w in at.warning)


# --- issue 11: the Overview tells the story, the router, Timeline and Compare fixes -------------------------------


def test_app_router_keeps_every_page_at_its_url_path():
    from newsfigures.app import PAGES
    assert [(p.title, p.url_path) for p in PAGES] == [
        ("Overview", ""), ("Timeline", "Timeline"), ("Compare", "Compare"), ("Discrepancies", "Discrepancies"),
        ("Figures", "Figures"), ("Corpus", "Corpus")]
    at = run("app.py")
    assert [t.value for t in at.title] == ["newsfigures"]  # the root opens the Overview
    for page in PAGES[1:]:
        at.switch_page(page.path).run()
        assert not at.exception and [t.value for t in at.title] == [page.title]


def _conflict_links(at: AppTest) -> list:
    return [link.proto for link in at.get("page_link") if link.proto.label.startswith("**conflict**")]


def test_app_overview_three_cuts_of_one_sentence_are_no_conflict(monkeypatch):
    # wn2004_097: "cuts in guaranteed benefits ... 9.9% for workers retiring in 2022, over 25% for workers retiring in
    # 2042, and 46% for workers retiring in 2075": three sums' cuts, which stop 66 listed as two conflicts inside the
    # article ("both cannot be true"); since stop 67 a key that names no quantity is split by value in one sentence
    from conftest import shared_or_skip
    monkeypatch.setenv("NEWSFIGURES_DATA", str(shared_or_skip("corpora", "wikinews-2004")))
    at = run("app.py")
    n = int({m.label: m.value for m in at.metric}["Conflicts"])
    links = _conflict_links(at)
    assert not at.exception and n == len(links)
    assert not any("9.9%" in link.label.replace("\\", "") for link in links)  # labels are markdown-escaped


@pytest.mark.parametrize("corpus", ["gaza_war_death_toll_2023_2025"])
def test_app_overview_lists_every_conflict_of_a_real_thread(monkeypatch, corpus):
    from conftest import shared_or_skip
    folder = ("corpora", "current-events", corpus) if corpus.startswith("gaza") else ("corpora", corpus)
    monkeypatch.setenv("NEWSFIGURES_DATA", str(shared_or_skip(*folder)))
    at = run("app.py")
    n = int({m.label: m.value for m in at.metric}["Conflicts"])
    links = _conflict_links(at)
    assert n >= 1 and len(links) == n and f"Conflicts ({n})" in [s.value for s in at.subheader]
    assert not any(link.label.startswith("**same**") for link in at.get("page_link"))
    inside = next(link for link in links if link.page == "Discrepancies")  # a conflict inside one article
    params = dict(p.split("=", 1) for p in inside.query_string.split("&") if not p.startswith("at="))
    at.switch_page("pages/5_Discrepancies.py")
    at.query_params["inside"] = params["inside"]
    at.query_params["at"] = [p.split("=", 1)[1] for p in inside.query_string.split("&") if p.startswith("at=")]
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.markdown[0].value.startswith("**conflict**") and sum(m.value.startswith("> ") for m in at.markdown) >= 1
    assert " ".join(h.proto.body for h in at.get("html")).count('class="nf-mark nf-conflict"') == 2


def _chart(at: AppTest) -> dict:
    import json
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def test_app_timeline_log_scale_legend_who_said_it_and_dates():
    at = run("pages/1_Timeline.py", metric="soldiers killed")
    assert at.toggle(key="timeline_log").value is False
    layout = _chart(at)["layout"]
    assert layout["legend"]["orientation"] == "h" and layout["yaxis"].get("type") != "log"
    table = at.dataframe[0].value
    assert "said_by" in table.columns and "article_id" not in table.columns
    assert set(table["as_of_text"]) == {"2025-04", "2025-09-02"} and "as_of" not in table.columns
    assert not any("have no date" in c.value for c in at.caption)
    assert not any(e.label.startswith("No date") for e in at.expander)
    at.toggle(key="timeline_log").set_value(True).run()
    assert not at.exception and _chart(at)["layout"]["yaxis"]["type"] == "log"


def test_app_timeline_on_a_real_thread_opens_on_its_leading_metric_in_log_scale(monkeypatch):
    from conftest import shared_or_skip
    monkeypatch.setenv("NEWSFIGURES_DATA", str(shared_or_skip("corpora", "current-events",
                                                              "gaza_war_death_toll_2023_2025")))
    at = run("pages/1_Timeline.py")
    picker = at.multiselect(key="timeline_metrics")
    assert picker.value == ["people killed in Gaza"] and picker.format_func("people killed in Gaza").endswith(
        f"({len(at.dataframe[0].value)})")  # the chip counts the points drawn
    assert at.toggle(key="timeline_log").value is True  # 370 beside an excess-deaths estimate of 186,000
    assert _chart(at)["layout"]["yaxis"]["type"] == "log"
    roll = next(d.value for d in at.dataframe if "best" in d.value.columns)
    assert list(roll["as_of"]) == sorted(roll["as_of"])


def test_app_pasted_text_with_a_dateline_gets_its_date_and_outlet_and_reaches_the_timeline():
    at = run("pages/4_Corpus.py")
    at.text_area(key="corpus_paste").input("North Korea fires missiles into the sea\n\nSEOUL, 15 October 2025 (Yonhap) — "
                                           "North Korea fired about 10 ballistic missiles on Wednesday, officials said.")
    at.button(key="corpus_add").click().run()
    assert not at.exception, [e.value for e in at.exception]
    row = at.dataframe[0].value.iloc[-1]
    assert (row["outlet"], row["published"]) == ("Yonhap", "2025-10-15")
    del at.query_params["article"]  # the Corpus page's selection; Figures would filter by it
    at.switch_page("pages/3_Figures.py").run()
    figs = next(d.value for d in at.dataframe if "metric" in d.value.columns)
    missiles = figs[figs["outlet"] == "Yonhap"]
    assert len(missiles) and set(missiles["as_of"]) == {"2025-10-15"}


def test_app_discrepancies_link_inside_one_article_opens_its_sentences_and_explanation(seeds):
    d = next(d for d in seeds.discrepancies if d.articles == (A, A))
    at = via_app("pages/5_Discrepancies.py")
    link = next(link.proto for link in at.get("page_link") if link.proto.query_string.startswith("inside="))
    assert link.query_string == f"inside={A}&at={d.a.start}&at={d.b.start}" and A not in link.label
    at.query_params["inside"] = A
    at.query_params["at"] = [str(d.a.start), str(d.b.start)]
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.subheader[0].value.startswith("About 2,000 vs about 600 — PAP · 2025\\-09\\-02 · South Korea says 2,000")
    assert at.markdown[0].value.startswith(f"**update** · {md('deaths · North Korean soldiers')}: the estimate rose")
    assert {m.value for m in at.markdown if m.value.startswith("> ")} == {f"> {md(s)}" for s in (d.a.sentence, d.b.sentence)}
    assert " ".join(h.proto.body for h in at.get("html")).count("<mark") == 2
    assert not at.dataframe  # the in-article view, not the ranked table
    at.button(key="discrepancies_back").click().run()
    assert "inside" not in at.query_params and "at" not in at.query_params and at.dataframe
    at.query_params["inside"] = A
    at.query_params["at"] = ["1", "2"]
    at.run()
    assert [w.value for w in at.warning] == ["This link names figures the corpus no longer has."]


@pytest.mark.skipif(bool(reuters.unavailable()), reason=reuters.unavailable() or "available")
def test_app_corpus_joins_hard_wrapped_lines_only_when_ticked():
    # a Reuters item of 1987, hard-wrapped: its source sits a line above its figures (read past the break either
    # way, extract/wrapped_source.py), and a scale on the line after one ("and 360\nmln stg"), read only when joined
    text = reuters.document_path("reuters/train_0177.txt").read_text(encoding="utf-8")
    for ticked, scaled in ((False, "360"), (True, "360 mln stg")):
        at = run("pages/4_Corpus.py")
        if ticked:
            at.checkbox(key="corpus_join_wrapped").check()
        at.text_area(key="corpus_paste").input(text)
        at.button(key="corpus_add").click().run()
        assert not at.exception
        (notice,) = [s.value for s in at.success]
        assert (md("line break(s) inside sentences joined") in notice) is ticked
        assert (md("hard-wrapped lines:") in notice) is not ticked
        at.query_params.pop("article", None)  # the Corpus page's selection; Figures would filter by it
        at.switch_page("pages/3_Figures.py").run()
        df = next(d.value for d in at.dataframe if "metric" in d.value.columns)
        assert df.loc[df["text"] == "around 800 mln stg", "said_by"].tolist() == ["The Bank of England"]
        assert scaled in set(df["text"]) and ({"360", "360 mln stg"} - {scaled}).isdisjoint(df["text"])
