"""A small real batch directory for tests: the two seeds with the figures extracted from them and (unless left out) a
Reuters copy of the first dated 2024, written as `python -m newsfigures batch` writes a partition (without a Dask
cluster). The CLI and the app tests share it."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from newsfigures.compare.analysis import Analysis

REUTERS = "reuters-copy"


def seeds_batch(seeds: Analysis, folder: Path, reuters_copy: bool = True) -> Path:
    """Write the seeds and (when `reuters_copy`) the Reuters copy into `folder` as one partition; returns the
    folder."""
    from newsfigures.batch import prepare, write_partition
    from newsfigures.extract import EXTRACTOR_VERSION
    from newsfigures.store import extraction_key

    a, b = seeds.articles
    reuters = replace(a, id=REUTERS, outlet="Reuters", published="2024-03-01", content_hash="h-reuters",
                      title="Death toll rises to 2,000")
    own = {x.id: [f for f in seeds.article_figures if f.article_id == x.id] for x in (a, b)}
    if reuters_copy:
        own[reuters.id] = own[a.id]
    prepare(folder)
    stored = (a, b, reuters) if reuters_copy else (a, b)
    part = [(extraction_key(x, EXTRACTOR_VERSION), n, x) for n, x in enumerate(stored)]
    write_partition(folder, "part-0", part, own)
    return folder
