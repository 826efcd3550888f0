"""The correction controls driven with AppTest on the bundled corpus: unlink and link on Compare, merge, move and rename
on Timeline and Figures, the list of edits with undo, their file and their link, and their privacy."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from newsfigures.compare.edited import FigureKey
from newsfigures.compare.edits import Unlink
from newsfigures.compare.edits_io import to_json, to_url

from apprun import run

A, B = "000_1ebc33ac245bce1b", "003_113ec146f7468fd0"
SIX = f"compare_unlink_{A}_534_{B}_723"  # the unlink button of the 6,000 / 6,000 pair


@pytest.fixture(autouse=True)
def _store(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("NEWSFIGURES_STORE", str(tmp_path_factory.getbasetemp() / "apptest.duckdb"))


def act(clicked) -> AppTest:
    """Run the app after an interaction (a widget's run() runs its app)."""
    at = clicked.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def pairs(at: AppTest) -> set[tuple[str, str, str]]:
    df = next(d.value for d in at.dataframe if "explanation" in d.value.columns)
    return set(zip(df["status"], df["a"], df["b"]))


def marks(at: AppTest) -> str:
    return " ".join(h.proto.body for h in at.get("html"))


def edit_lines(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith(("not the same", "the same", "merge", "move", "rename"))]


def test_edit_controls_unlink_a_pair_on_compare_and_undo_it():
    at = run("pages/2_Compare.py", a=A, b=B)
    assert ("same", "6,000", "6,000") in pairs(at) and "edits" not in at.query_params
    act(at.button(key=SIX).click())
    assert {("only_a", "6,000", ""), ("only_b", "", "6,000")} <= pairs(at)
    assert ("same", "6,000", "6,000") not in pairs(at)
    assert marks(at).count('data-status="only_a"') == 3  # A's 6,000 once, B's 6,000 twice: highlighted as unpaired
    [saved] = [s.value for s in at.success]  # articles named by outlet and date (or title), never by id
    assert saved.startswith("Saved\\: not the same thing\\: 6,000 \\(PAP, 2025\\-09\\-02\\) and 6,000 \\(")
    assert A.replace("_", "\\_") not in saved and B.replace("_", "\\_") not in saved
    assert len(edit_lines(at)) == 1 and at.query_params["edits"]
    act(at.button(key="compare_undo_0").click())
    assert ("same", "6,000", "6,000") in pairs(at) and edit_lines(at) == [] and "edits" not in at.query_params


def test_edit_controls_link_two_figures_on_compare():
    at = run("pages/2_Compare.py", a=A, b=B)
    act(at.button(key=f"compare_unlink_{A}_810_{B}_495").click())
    assert {("only_a", "at least 13,000", ""), ("only_b", "", "more than 10,000")} <= pairs(at)
    act(at.button(key="compare_link").click())
    assert [w.value for w in at.warning] == ["Pick what to correct first."]
    at.selectbox(key="compare_link_a").set_value(f"{A}|810|825")
    at.selectbox(key="compare_link_b").set_value(f"{B}|495|511")
    act(at.button(key="compare_link").click())
    assert ("compatible", "at least 13,000", "more than 10,000") in pairs(at)
    assert any("linked by you" in m.value for m in at.markdown)
    assert len(edit_lines(at)) == 2  # the unlink, then the link that undid it


def test_edit_controls_merge_and_rename_on_timeline():
    at = run("pages/1_Timeline.py", metric="soldiers sent")
    at.selectbox(key="timeline_merge_metric").set_value("engineers arrived")
    at.selectbox(key="timeline_merge_into").set_value("soldiers sent")
    act(at.button(key="timeline_merge").click())
    assert "engineers arrived" not in at.multiselect(key="timeline_metrics").options
    points = next(d.value for d in at.dataframe if "as_of_text" in d.value.columns)
    assert {1000.0, 13000.0} <= set(points["value"])
    at.selectbox(key="timeline_rename_metric").set_value("soldiers sent")
    at.text_input(key="timeline_rename_name").input("  North Korean troops  sent ")
    act(at.button(key="timeline_rename").click())
    assert at.multiselect(key="timeline_metrics").value == ["North Korean troops sent"]  # the picker followed it
    points = next(d.value for d in at.dataframe if "as_of_text" in d.value.columns)
    # named as given, with the number of points the chart draws
    assert f"North Korean troops sent ({len(points)})" in at.multiselect(key="timeline_metrics").options
    assert set(points["metric"]) == {"North Korean troops sent"}
    assert at.query_params["metric"] in ("North Korean troops sent", ["North Korean troops sent"])


def test_edit_controls_rename_to_nothing_is_refused_with_a_message():
    at = run("pages/1_Timeline.py")
    at.selectbox(key="timeline_rename_metric").set_value("soldiers killed")
    act(at.button(key="timeline_rename").click())
    assert [e.value for e in at.error] == ["the new name is empty"] and edit_lines(at) == []


def test_edit_controls_move_a_figure_out_on_figures():
    at = run("pages/3_Figures.py", metric="soldiers killed")
    at.selectbox(key="figures_move_figure").set_value(f"{B}|255|267")
    act(at.button(key="figures_move").click())
    df = next(d.value for d in at.dataframe if "metric" in d.value.columns)
    assert "at least 600" not in set(df["text"])  # the table still filters on "soldiers killed"
    at.multiselect(key="figures_metrics").set_value([])
    act(at)
    df = next(d.value for d in at.dataframe if "metric" in d.value.columns)
    moved = df[df["text"] == "at least 600"]
    assert moved["metric"].tolist() == [f"soldiers killed — at least 600 ({B})"]
    at.selectbox(key="figures_move_figure").set_value(f"{B}|255|267")
    at.selectbox(key="figures_move_into").set_value("soldiers killed")
    act(at.button(key="figures_move").click())
    df = next(d.value for d in at.dataframe if "metric" in d.value.columns)
    assert df[df["text"] == "at least 600"]["metric"].tolist() == ["soldiers killed"]


def test_edit_controls_edits_file_loads_and_a_broken_one_loses_nothing():
    key6 = Unlink(FigureKey(A, 534, 539, "6,000"), FigureKey(B, 723, 728, "6,000"))
    at = run("pages/2_Compare.py", a=A, b=B)
    assert not [b for b in at.get("download_button") if b.key == "compare_edits_download"]  # nothing to download yet
    at.file_uploader(key="compare_edits_file").set_value(("edits.json", to_json([key6]).encode(), "application/json"))
    act(at.button(key="compare_edits_load").click())
    assert [s.value for s in at.success] == ["Loaded 1 correction\\(s\\) \\(0 already there\\)\\."]
    assert ("same", "6,000", "6,000") not in pairs(at) and at.download_button(key="compare_edits_download")
    at.file_uploader(key="compare_edits_file").set_value(("broken.json", b'{"format": "newsfigures-edits", "version": 1, '
                                                          b'"edits": [{"op": "merge"}]}', "application/json"))
    act(at.button(key="compare_edits_load").click())
    assert [e.value for e in at.error] == ["broken\\.json\\: edit 1\\: “metric” must be text\\. Your corrections are unchanged\\."]
    assert len(edit_lines(at)) == 1 and ("same", "6,000", "6,000") not in pairs(at)


def test_edit_controls_edits_travel_in_the_link_and_stay_private():
    code = to_url([Unlink(FigureKey(A, 534, 539, "6,000"), FigureKey(B, 723, 728, "6,000"))])
    at = run("pages/2_Compare.py", a=A, b=B, edits=code)  # a fresh session opened from a copied link
    assert {("only_a", "6,000", ""), ("only_b", "", "6,000")} <= pairs(at) and len(edit_lines(at)) == 1
    at.switch_page("pages/5_Discrepancies.py")
    act(at)
    assert at.query_params["edits"] in (code, [code])  # every page keeps them in its link
    other = run("pages/2_Compare.py", a=A, b=B)  # another visitor, without the link
    assert ("same", "6,000", "6,000") in pairs(other) and edit_lines(other) == []


def test_edit_controls_a_broken_link_gets_a_message_and_the_page_works():
    at = run("pages/2_Compare.py", a=A, b=B, edits="eNpLKS0uyc8DAA-not-really")
    assert any(w.value.startswith("The corrections in this link were not applied") for w in at.warning)
    assert ("same", "6,000", "6,000") in pairs(at) and "edits" not in at.query_params


def test_edit_controls_edits_that_no_longer_apply_are_listed_as_such():
    gone = Unlink(FigureKey(A, 534, 539, "6,000"), FigureKey("gone-article", 1, 6, "6,000"))
    at = run("pages/3_Figures.py", edits=to_url([gone]))
    [line] = edit_lines(at)
    assert "does not apply: article gone\\-article is no longer in the corpus" in line


def test_edit_controls_every_page_agrees_with_the_edits():
    code = to_url([Unlink(FigureKey(A, 423, 432, "about 600"), FigureKey(A, 100, 111, "About 2,000")),
                   Unlink(FigureKey(A, 423, 432, "about 600"), FigureKey(B, 8, 20, "Around 2,000"))])
    before = run("pages/5_Discrepancies.py")
    assert "1 of 1 discrepancies" in [c.value for c in before.caption]
    at = run("pages/5_Discrepancies.py", edits=code)
    assert "0 of 0 discrepancies" in [c.value for c in at.caption]
    act(at.switch_page("pages/0_Overview.py"))
    assert not [link for link in at.get("page_link") if link.proto.page == "Discrepancies"]
