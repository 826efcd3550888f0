"""The controls an analyst corrects pairs and metrics with: unlink and link on Compare; merge, move and rename on
Timeline and Figures; the list of their edits with undo, download and upload on each. Widget keys start with the
page's name. Every control applies its edit in a callback, so the page then runs once with the edit applied."""
from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from newsfigures.app import derived, edit_views, state
from newsfigures.app.invisible import show_invisible
from newsfigures.app.labels import md
from newsfigures.compare import edits_io
from newsfigures.compare.analysis import Analysis
from newsfigures.compare.edits import Edit, EditError, Link, Merge, Move, Naming, Rename

NOTICE = "_edit_notice"  # session key suffix of the message an edit leaves for the page's next run
OWN_METRIC = ""  # the "move into" choice of a new metric of the figure's own


def _notify(page: str, kind: str, text: str) -> None:
    st.session_state[page + NOTICE] = (kind, text)


def _apply(page: str, make: Callable[[], Edit | None], naming: Naming) -> None:
    """Make an edit from the widgets' values and add it; the outcome is shown on the next run, named by `naming`."""
    try:
        edit = make()
        if edit is None:
            _notify(page, "warning", "Pick what to correct first.")
            return
        _notify(page, "success", md(state.add_edit(edit, naming)))
    except EditError as e:
        _notify(page, "error", md(e))
        return
    if isinstance(edit, (Merge, Rename)):
        _follow(page, edit.metric, edit.into if isinstance(edit, Merge) else edit.name)


def _follow(page: str, old: str, new: str) -> None:
    """The page's metric picker follows a metric that was merged or renamed (else it would lose it)."""
    picked = st.session_state.get(f"{page}_metrics")
    if isinstance(picked, list) and old in picked:
        st.session_state[f"{page}_metrics"] = list(dict.fromkeys(new if m == old else m for m in picked))


def _undo(page: str, index: int, naming: Naming) -> None:
    _notify(page, "success", md(state.undo_edit(index, naming)))


def _load(page: str) -> None:
    upload = st.session_state.get(f"{page}_edits_file")
    if upload is None:
        _notify(page, "warning", "Choose an edits file first.")
        return
    try:
        _notify(page, "success", md(state.load_edits(upload.getvalue())))
    except EditError as e:
        _notify(page, "error", md(f"{upload.name}: {e}. Your corrections are unchanged."))


def _show_notice(page: str) -> bool:
    """Show the message the last edit on this page left, if any; whether there was one."""
    kind, text = st.session_state.pop(page + NOTICE, ("", ""))
    if kind:
        getattr(st, kind)(text)
    return bool(kind)


def pair_controls(result: Analysis, actions: Sequence[edit_views.PairAction], a_id: str, b_id: str,
                  page: str = "compare") -> None:
    """Unlink any aligned pair ("not the same thing"); link a figure of A with one of B."""
    st.subheader("Correct the pairing")
    _show_notice(page)
    st.caption("Unlink two figures that are not the same thing: they are never paired again, and each may pair with "
               "its next best match. Link two figures the pairing missed: they are paired, with the usual verdict.")
    naming = derived.edit_naming(result)
    for action in actions:
        c1, c2 = st.columns([8, 1])
        c1.markdown(action.label)
        c2.button("Unlink", key=f"{page}_unlink_{action.key}", on_click=_apply,
                  args=(page, lambda a=action: a.edit, naming), help="Not the same thing: never pair these two again")
    names = derived.metric_names(result)
    figs_a = edit_views.figure_choices(result.figures_of(a_id), names=names)
    figs_b = edit_views.figure_choices(result.figures_of(b_id), names=names)
    c1, c2, c3 = st.columns([4, 4, 1])
    c1.selectbox("Figure of A", list(figs_a), format_func=lambda k: show_invisible(figs_a[k]), index=None,
                 key=f"{page}_link_a", placeholder="Pick a figure of article A")
    c2.selectbox("Figure of B", list(figs_b), format_func=lambda k: show_invisible(figs_b[k]), index=None,
                 key=f"{page}_link_b", placeholder="Pick a figure of article B")
    c3.button("Link", key=f"{page}_link", on_click=_apply, args=(page, lambda: _link(result, page), naming))


def _link(result: Analysis, page: str) -> Edit | None:
    a = edit_views.figure_of(result, st.session_state.get(f"{page}_link_a"))
    b = edit_views.figure_of(result, st.session_state.get(f"{page}_link_b"))
    return Link(a, b) if a is not None and b is not None else None


def metric_controls(result: Analysis, page: str, in_view: Sequence[str] = ()) -> None:
    """Merge two metrics, move a figure (of the metrics in view) out of its metric, rename a metric (in an expander,
    open after an edit)."""
    with st.expander("Correct the metrics: merge, move a figure out, rename", expanded=_show_notice(page)):
        _metric_widgets(result, page, in_view)


def _metric_widgets(result: Analysis, page: str, in_view: Sequence[str]) -> None:
    options, shown = derived.metric_options(result), derived.metric_option_labels(result)
    naming = derived.edit_naming(result)
    c1, c2, c3 = st.columns([4, 4, 1])
    c1.selectbox("Merge metric", options, format_func=shown.get, index=None, key=f"{page}_merge_metric",
                 placeholder="Pick a metric")
    c2.selectbox("into metric", options, format_func=shown.get, index=None, key=f"{page}_merge_into",
                 placeholder="Pick a metric")
    c3.button("Merge", key=f"{page}_merge", on_click=_apply,
              args=(page, lambda: _pair_of_names(Merge, page, "merge", naming), naming))
    figs = derived.move_choices(result, in_view)
    c1, c2, c3 = st.columns([4, 4, 1])
    c1.selectbox("Move figure", list(figs.labels), format_func=figs.labels.get, index=None,
                 key=f"{page}_move_figure", placeholder="Pick a figure")
    c2.selectbox("out of its metric, into", [OWN_METRIC, *options], key=f"{page}_move_into",
                 format_func=lambda m: shown[m] if m else "a new metric of its own")
    c3.button("Move", key=f"{page}_move", on_click=_apply, args=(page, lambda: _move(result, page, naming), naming))
    if figs.left_out:
        st.caption(f"The first {len(figs.labels):,} of {len(figs.labels) + figs.left_out:,} figures are offered: pick "
                   "metrics above to move a figure of theirs.")
    c1, c2, c3 = st.columns([4, 4, 1])
    c1.selectbox("Rename metric", options, format_func=shown.get, index=None, key=f"{page}_rename_metric",
                 placeholder="Pick a metric")
    c2.text_input("New name", key=f"{page}_rename_name", max_chars=120)
    c3.button("Rename", key=f"{page}_rename", on_click=_apply,
              args=(page, lambda: _pair_of_names(Rename, page, "rename", naming), naming))


def _pair_of_names(kind: type[Merge] | type[Rename], page: str, what: str, naming: Naming) -> Edit | None:
    """A merge or rename from the widgets' values, keeping the names its metrics are shown by now."""
    first = st.session_state.get(f"{page}_{what}_metric")
    second = st.session_state.get(f"{page}_{what}_{'into' if kind is Merge else 'name'}")
    if not first or second is None:
        return None
    if kind is Merge:
        return Merge(first, second, _label(naming, first), _label(naming, second))
    return Rename(first, " ".join(second.split()), _label(naming, first))


def _move(result: Analysis, page: str, naming: Naming) -> Edit | None:
    key = edit_views.figure_of(result, st.session_state.get(f"{page}_move_figure"))
    into = st.session_state.get(f"{page}_move_into") or OWN_METRIC
    return Move(key, into, _label(naming, into) if into else "") if key is not None else None


def _label(naming: Naming, metric: str) -> str:
    """The name a metric is shown by now, kept with an edit ("" when it has none but its key)."""
    shown = naming.metrics.get(metric, "")
    return shown if shown != metric else ""


def edits_panel(result: Analysis, page: str) -> None:
    """The visitor's edits with an undo each, what became of them, and their download and upload."""
    naming = derived.edit_naming(result)
    rows = edit_views.edit_rows(result, state.edits_of(), naming)
    with st.expander(f"Your corrections ({len(rows)})", expanded=bool(rows)):
        _edit_list(page, rows, naming)


def _edit_list(page: str, rows: Sequence[edit_views.EditRow], naming: Naming) -> None:
    st.caption("They apply to every page, for you only (kept in your session while your tab is open). "
               + ("They travel in this page's link, so a copied link reopens them." if edits_io.url_param(state.edits_of())
                  else "Too many to travel in the link: download them to keep them." if rows else ""))
    if not rows:
        st.caption("None yet.")
    for n, row in enumerate(rows):
        c1, c2 = st.columns([8, 1])
        c1.markdown(md(row.description) + (f" — *does not apply: {md(row.skipped)}*" if row.skipped else ""))
        c2.button("Undo", key=f"{page}_undo_{n}", on_click=_undo, args=(page, n, naming))
    c1, c2 = st.columns(2)
    if rows:
        c1.download_button("Download corrections (JSON)", edits_io.to_json(state.edits_of()).encode("utf-8"),
                           "newsfigures-edits.json", "application/json", key=f"{page}_edits_download")
    c2.file_uploader("Load corrections (JSON)", type=["json"], key=f"{page}_edits_file")
    c2.button("Load", key=f"{page}_edits_load", on_click=_load, args=(page,))
