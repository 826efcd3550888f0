"""Stage 5, app: what the Streamlit pages call (caches, per-visitor state, URL state, tables, charts, HTML)."""
