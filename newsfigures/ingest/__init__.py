"""Stage 1, ingest: files, folders, zips and uploads become clean articles with metadata and a ledger."""
