"""Pipeline loading and the extractor fingerprint: every module a stored figure depends on is hashed."""
from __future__ import annotations

import ast
from pathlib import Path

import newsfigures
from newsfigures.extract import fingerprinted_files

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
