"""The package reads as the pipeline and stays within its size limits (walks newsfigures/ with `ast`).

Limits: at least four stage subpackages; no module over 500 lines (data modules, whose file name contains
lexicon/vocab/data/words, are exempt); no function over 60 lines; compound statements nested at most 4 deep
inside a function; no stage imports a later one (ingest < numbers < extract < compare < app) or
newsfigures.eval; pages (app.py, pages/*.py) import only newsfigures.app of the package."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "newsfigures"
ORDER = ("ingest", "numbers", "extract", "compare", "app")
DATA_NAMES = ("lexicon", "vocab", "data", "words")
MAX_MODULE_LINES, MAX_FUNCTION_LINES, MAX_DEPTH = 500, 60, 4
NESTING = (ast.If, ast.For, ast.While, ast.With, ast.Try, ast.AsyncFor, ast.AsyncWith, ast.Match)
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


def _modules() -> list[Path]:
    return sorted(PKG.rglob("*.py"))


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]


def depth(node: ast.AST, d: int = 0) -> int:
    """Deepest nesting of compound statements under `node`, not descending into nested scopes."""
    best = d
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, SCOPES):
            best = max(best, depth(child, d + isinstance(child, NESTING)))
    return best


def _package_of(path: Path) -> str:
    """Dotted package a module lives in ("newsfigures.compare"); for __init__.py, the package itself."""
    return ".".join(path.relative_to(ROOT).parent.parts)


def _from_module(path: Path, node: ast.ImportFrom) -> str:
    """The module a `from ... import` reads, a relative one resolved against the importing module's package."""
    if not node.level:
        return node.module or ""
    package = _package_of(path).split(".")
    base = package[: len(package) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imported(path: Path, tree: ast.Module) -> list[str]:
    """Every module name `tree` imports; `from newsfigures import compare` counts as newsfigures.compare."""
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = _from_module(path, node)
            names.append(module)
            if module == "newsfigures":
                names += [f"newsfigures.{a.name}" for a in node.names]
    return names


def _stage(path: Path) -> str | None:
    parts = path.relative_to(PKG).parts
    return parts[0] if len(parts) > 1 and parts[0] in ORDER else None


def _forbidden(stage: str, name: str) -> bool:
    """A stage may import earlier stages and itself, never a later stage nor newsfigures.eval."""
    parts = name.split(".")
    if len(parts) < 2 or parts[0] != "newsfigures":
        return False
    if parts[1] == "eval":
        return True
    return parts[1] in ORDER and ORDER.index(parts[1]) > ORDER.index(stage)


def _report(offenders: list[str]) -> str:
    text = "\n".join(offenders)
    print(text)
    return text


def test_layout_has_stage_subpackages():
    subs = {p.parent.name for p in PKG.glob("*/__init__.py")}
    assert len(subs & set(ORDER)) >= 4, sorted(subs)
    assert set(ORDER) <= subs, sorted(set(ORDER) - subs)


def test_layout_modules_at_most_500_lines():
    offenders = [f"{_rel(p)}: {n} lines" for p in _modules()
                 if (n := p.read_text(encoding="utf-8").count("\n")) > MAX_MODULE_LINES
                 and not any(k in p.name for k in DATA_NAMES)]
    assert not offenders, _report(offenders)


def test_layout_functions_at_most_60_lines():
    offenders = [f"{_rel(p)}:{f.lineno} {f.name}: {f.end_lineno - f.lineno + 1} lines"
                 for p in _modules() for f in _functions(_tree(p)) if f.end_lineno - f.lineno + 1 > MAX_FUNCTION_LINES]
    assert not offenders, _report(offenders)


def test_layout_nesting_at_most_4():
    offenders = [f"{_rel(p)}:{f.lineno} {f.name}: depth {d}"
                 for p in _modules() for f in _functions(_tree(p)) if (d := depth(f)) > MAX_DEPTH]
    assert not offenders, _report(offenders)


def test_layout_stages_import_only_earlier_stages():
    offenders = [f"{_rel(p)} ({stage}) imports {name}"
                 for p in _modules() if (stage := _stage(p))
                 for name in imported(p, _tree(p)) if _forbidden(stage, name)]
    assert not offenders, _report(offenders)


def test_layout_pages_import_only_newsfigures_app():
    pages = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))]
    assert len(pages) >= 2
    offenders = [f"{_rel(p)} imports {name}" for p in pages for name in imported(p, _tree(p))
                 if name.startswith("newsfigures") and name != "newsfigures"
                 and not (name == "newsfigures.app" or name.startswith("newsfigures.app."))]
    assert not offenders, _report(offenders)


def test_layout_depth_counts_nested_compound_statements_only():
    tree = ast.parse("def f(x):\n    for a in x:\n        if a:\n            with a:\n                def g():\n"
                     "                    while True:\n                        try:\n                            pass\n"
                     "                        finally:\n                            pass\n                return g\n")
    f, g = _functions(tree)
    assert (depth(f), depth(g)) == (3, 2)


def test_layout_import_rules_catch_later_stages_and_eval():
    assert _forbidden("extract", "newsfigures.compare.metrics")
    assert _forbidden("app", "newsfigures.eval.scores")
    assert not _forbidden("compare", "newsfigures.extract")
    assert not _forbidden("numbers", "newsfigures.model")
    tree = ast.parse("from newsfigures import compare, model\nfrom ..app import ui\nfrom .. import eval\n"
                     "from .lexicon import WORDS\n")
    names = imported(PKG / "extract" / "figures.py", tree)
    assert {"newsfigures.compare", "newsfigures.model", "newsfigures.app", "newsfigures.eval",
            "newsfigures.extract.lexicon"} <= set(names)
