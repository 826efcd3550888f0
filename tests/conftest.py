"""Shared fixtures: paths, the spaCy pipeline (loaded once per test session), the seed analysis."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SHARED = ROOT.parent / "shared"
SEED_A = DATA / "000_1ebc33ac245bce1b.txt"
SEED_B = DATA / "003_113ec146f7468fd0.txt"

pytest_plugins = ["pageserver"]  # the `page_server` fixture: a local server of saved news pages (fetch tests)


def shared_or_skip(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason when that folder is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent (shared reference material is only beside the development checkout)")
    return p


@pytest.fixture(scope="session")
def nlp():
    from newsfigures.extract import load_pipeline
    return load_pipeline()


@pytest.fixture(scope="session")
def seeds(nlp):
    from newsfigures.compare.analysis import analyse_paths
    return analyse_paths([DATA], lambda: nlp, None)
