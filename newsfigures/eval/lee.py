"""The Lee news corpus (ABC news items, 2001) shipped in gensim's test data, as article files for the gold.

The measure gold's third batch annotates items of `lee_background.cor` (one news item per line, from the Australian
Broadcasting Corporation's news mail service, collected by Lee, Pincombe and Welsh 2005). The repository keeps none of
the text: each item is written out once, from an installed gensim (requirements-dev), as `.cache/lee/bg_NNN.txt`
with a sidecar naming the outlet; gold documents refer to it as `lee/bg_NNN.txt`.
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LEE_DIR = ROOT / ".cache" / "lee"
PREFIX = "lee/"
SOURCE_NAME = "lee_background.cor"
OUTLET = "ABC News (Australia)"


class LeeUnavailable(RuntimeError):
    """gensim (whose test data holds the corpus) is not installed."""


def source_file() -> Path:
    """The corpus file inside the installed gensim package, found without importing gensim."""
    spec = importlib.util.find_spec("gensim")
    if spec is None or not spec.submodule_search_locations:
        raise LeeUnavailable("the Lee corpus comes with gensim's test data: pip install -r requirements-dev.txt")
    path = Path(next(iter(spec.submodule_search_locations))) / "test" / "test_data" / SOURCE_NAME
    if not path.is_file():
        raise LeeUnavailable(f"{path} is missing from the installed gensim")
    return path


def item_name(line: int) -> str:
    """The gold document path of the corpus item on 0-based `line`."""
    return f"{PREFIX}bg_{line:03d}.txt"


def is_lee(doc: str) -> bool:
    """Does a gold document path name a Lee corpus item?"""
    return doc.startswith(PREFIX)


def _write_item(folder: Path, line: int, text: str) -> None:
    stem = folder / f"bg_{line:03d}"
    stem.with_suffix(".txt").write_text(text.strip() + "\n", encoding="utf-8")
    sidecar = {"id": f"lee_bg_{line:03d}", "title": "", "outlet": OUTLET, "publication_date": None,
               "source": f"gensim test_data/{SOURCE_NAME}, line {line + 1}"}
    stem.with_suffix(".json").write_text(json.dumps(sidecar, indent=1) + "\n", encoding="utf-8")


def materialize() -> Path:
    """Write every corpus item as an article file with its sidecar (once), and return their folder. The files are
    written into a folder of their own and renamed into place whole, so a reader never sees a half-written item
    (two test processes may race: the loser drops its copy)."""
    if LEE_DIR.is_dir():
        return LEE_DIR
    lines = source_file().read_text(encoding="utf-8").split("\n")
    LEE_DIR.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".lee-", dir=LEE_DIR.parent))
    for i, text in enumerate(lines):
        if text.strip():
            _write_item(scratch, i, text)
    try:
        scratch.rename(LEE_DIR)
    except OSError:  # another process put its folder there first
        shutil.rmtree(scratch, ignore_errors=True)
    return LEE_DIR


def unavailable() -> str:
    """Why the Lee items cannot be read ("" when they can): they are written out already, or gensim ships them."""
    if LEE_DIR.is_dir():
        return ""
    try:
        source_file()
    except LeeUnavailable as err:
        return str(err)
    return ""


def document_path(doc: str) -> Path:
    """The article file of a Lee gold document (written out first if needed)."""
    return materialize() / doc[len(PREFIX):]
