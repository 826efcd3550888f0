"""Stage 5, app: everything the Streamlit pages call; a page imports only this package (`from newsfigures import app`).

`state` keeps the caches and each visitor's session, `params` the URL state, `widgets` shows HTML and downloads;
`views` builds what each page shows from `tables`, `charts`, `render` and `labels`, which compute without Streamlit.
"""
from newsfigures.app.charts import clicked_figure
from newsfigures.app.labels import article_label, md
from newsfigures.app.params import param, param_list, set_params
from newsfigures.app.state import (add_articles, clear_correction, corrected_articles, corrections_of, load_or_stop,
                                   open_workspace, set_correction, workspace_file)
from newsfigures.app.tables import figures_frame, ledger_frame
from newsfigures.app.views import (MORE_ARTICLES, compare_selection, comparison, corpus_frame, discrepancy_label,
                                   filter_discrepancies, filter_figures, metric_choice, more_choice, overview, picked,
                                   timeline)
from newsfigures.app.widgets import downloads, html, point_of
from newsfigures.compare.analysis import PAIRWISE_LIMIT
from newsfigures.compare.discrepancies import discrepancies_frame
from newsfigures.ingest import MAX_FILE_BYTES, UPLOAD_TYPES, ledger_counts, ledger_summary
from newsfigures.ingest.corrections import CorrectionError, sidecars_zip
from newsfigures.ingest.fetch import links_in
from newsfigures.ingest.limits import MAX_LINKS
from newsfigures.ingest.workspace import WorkspaceError
from newsfigures.model import QUALIFIERS

__all__ = ["MAX_FILE_BYTES", "MAX_LINKS", "WorkspaceError", "links_in", "open_workspace", "workspace_file", "MORE_ARTICLES", "PAIRWISE_LIMIT", "QUALIFIERS", "UPLOAD_TYPES", "CorrectionError",
           "add_articles", "article_label", "clear_correction", "clicked_figure", "compare_selection", "comparison",
           "corpus_frame", "corrected_articles", "corrections_of", "discrepancies_frame", "discrepancy_label",
           "downloads", "figures_frame", "filter_discrepancies", "filter_figures", "html", "ledger_counts",
           "ledger_frame", "ledger_summary", "load_or_stop", "md", "metric_choice", "more_choice", "overview", "param",
           "param_list", "picked", "point_of", "set_correction", "set_params", "sidecars_zip", "timeline"]
