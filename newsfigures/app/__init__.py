"""Stage 5, app: everything the Streamlit pages call; a page imports only this package (`from newsfigures import app`).

`navigation` lists the pages app.py routes to; `state` keeps the caches and each visitor's session, `params` the URL
state, `widgets` shows HTML, paged tables and downloads made on request; `story` (the Overview), `views` (the other
pages) and `detail` (a discrepancy inside one article) build what each page shows from `tables`, `charts`, `render`
and `labels`, which compute without Streamlit; `derived` keeps what they build in each analysis's `memo`, so a rerun
rebuilds nothing.
"""
from newsfigures.app.charts import clicked_figure
from newsfigures.app.derived import (article_labels, comparison, corpus_frame, discrepancies, discrepancy_metrics,
                                     figure_metrics, figures_table, filtered_figures, inside, ledger_table,
                                     log_scale_default, metric_choice, metric_option_labels, overview, picked,
                                     timeline)
from newsfigures.app.edit_controls import edits_panel, metric_controls, pair_controls
from newsfigures.app.invisible import show_invisible
from newsfigures.app.labels import article_label, md
from newsfigures.app.navigation import PAGES
from newsfigures.app.params import param, param_list, pin_params, set_params
from newsfigures.app.selection_link import phrases_text
from newsfigures.app.state import (NOTHING_RECEIVED, add_articles, batch_store, clear_correction, corrected_articles,
                                   corrections_of, load_or_stop, open_workspace, read_uploads, selection,
                                   selection_note, set_correction, set_selection, workspace_file)
from newsfigures.app.styles import COMPARE_STYLE
from newsfigures.app.tables import figures_frame, ledger_frame, shown
from newsfigures.app.views import (MORE_ARTICLES, compare_selection, discrepancy_links,
                                   discrepancy_table, filter_discrepancies, filter_figures, more_choice)
from newsfigures.app.widgets import downloads, html, keep_apart, page_of, paged_table, point_of, swap_widgets
from newsfigures.compare.analysis import PAIRWISE_LIMIT
from newsfigures.compare.discrepancies import discrepancies_frame
from newsfigures.ingest import MAX_FILE_BYTES, UPLOAD_TYPES, ledger_counts, ledger_summary
from newsfigures.ingest.corrections import CorrectionError, sidecars_zip
from newsfigures.ingest.fetch import links_in
from newsfigures.ingest.limits import MAX_LINKS
from newsfigures.ingest.workspace import WorkspaceError
from newsfigures.model import QUALIFIERS
from newsfigures.store_parquet import SelectionError

__all__ = ["COMPARE_STYLE", "CorrectionError", "MAX_FILE_BYTES", "MAX_LINKS", "MORE_ARTICLES", "NOTHING_RECEIVED",
           "PAGES", "PAIRWISE_LIMIT", "QUALIFIERS", "SelectionError", "UPLOAD_TYPES", "WorkspaceError",
           "add_articles", "article_label", "article_labels", "batch_store", "clear_correction", "clicked_figure",
           "compare_selection", "comparison", "corpus_frame", "corrected_articles", "corrections_of",
           "discrepancies", "discrepancies_frame", "discrepancy_links", "discrepancy_metrics",
           "discrepancy_table", "downloads", "edits_panel", "figure_metrics", "figures_frame", "figures_table",
           "filter_discrepancies", "filter_figures", "filtered_figures", "html", "inside", "keep_apart",
           "ledger_counts", "ledger_frame", "ledger_summary", "ledger_table", "links_in", "load_or_stop",
           "log_scale_default", "md", "metric_choice", "metric_controls", "metric_option_labels", "more_choice",
           "open_workspace", "overview", "page_of", "paged_table", "pair_controls", "param", "param_list",
           "phrases_text", "picked", "pin_params", "point_of", "read_uploads", "selection", "selection_note",
           "set_correction", "set_params", "set_selection", "show_invisible", "shown", "sidecars_zip",
           "swap_widgets", "timeline", "workspace_file"]
