"""The Lee news corpora (ABC news items, 2001-2002) shipped in gensim's test data, as article files for the gold.

The measure gold's Lee batches annotate items of two files of gensim's test data, one news item per line, from the
Australian Broadcasting Corporation's news mail service, collected by Lee, Pincombe and Welsh 2005:
`lee_background.cor` (300 items of 2001; batches lee, lee2) and `lee.cor` (the 50 items of 2002 the study's people
compared; batch lee3). The repository keeps none of the text: each item is written out once, from an installed gensim
(requirements-dev), as `.cache/lee/bg_NNN.txt` or `.cache/lee-cor/cor_NNN.txt` (line NNN of its file, 0-based) with
a sidecar naming the outlet; gold documents refer to them as `lee/bg_NNN.txt` and `lee/cor_NNN.txt`.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from newsfigures.eval.item_files import stem_of, write_whole

ROOT = Path(__file__).resolve().parents[2]
LEE_DIR = ROOT / ".cache" / "lee"
COR_DIR = ROOT / ".cache" / "lee-cor"
PREFIX = "lee/"
SOURCE_NAME = "lee_background.cor"
BACKGROUND, DOCUMENTS = "bg", "cor"  # item name stems: lee_background.cor, lee.cor
SOURCES = {BACKGROUND: SOURCE_NAME, DOCUMENTS: "lee.cor"}
ENCODINGS = {SOURCE_NAME: "utf-8", "lee.cor": "latin-1"}  # lee.cor is Latin-1 ("£3,000" is byte A3)
OUTLET = "ABC News (Australia)"


class LeeUnavailable(RuntimeError):
    """gensim (whose test data holds the corpus) is not installed."""


def source_file(name: str = SOURCE_NAME) -> Path:
    """A corpus file inside the installed gensim package, found without importing gensim."""
    spec = importlib.util.find_spec("gensim")
    if spec is None or not spec.submodule_search_locations:
        raise LeeUnavailable("the Lee corpus comes with gensim's test data: pip install -r requirements-dev.txt")
    path = Path(next(iter(spec.submodule_search_locations))) / "test" / "test_data" / name
    if not path.is_file():
        raise LeeUnavailable(f"{path} is missing from the installed gensim")
    return path


def source_lines(stem: str = BACKGROUND) -> list[str]:
    """The lines of the corpus file whose items are named `stem`_NNN, decoded as that file is written."""
    name = SOURCES[stem]
    return source_file(name).read_text(encoding=ENCODINGS[name]).split("\n")


def item_name(line: int, stem: str = BACKGROUND) -> str:
    """The gold document path of the item on 0-based `line` of the corpus file named by `stem`."""
    return f"{PREFIX}{stem}_{line:03d}.txt"


def is_lee(doc: str) -> bool:
    """Does a gold document path name a Lee corpus item?"""
    return doc.startswith(PREFIX)


def _stem_of(doc: str) -> str:
    """Which corpus file a Lee gold document comes from ("bg" or "cor"); ValueError for any other name."""
    return stem_of(doc, PREFIX, SOURCES, "_NNN.txt", "Lee corpus")


def _folder(stem: str) -> Path:
    """Where the items of one corpus file are written out."""
    return LEE_DIR if stem == BACKGROUND else COR_DIR


def _write_item(folder: Path, stem: str, line: int, text: str) -> None:
    path = folder / f"{stem}_{line:03d}"
    path.with_suffix(".txt").write_text(text.strip() + "\n", encoding="utf-8")
    sidecar = {"id": f"lee_{stem}_{line:03d}", "title": "", "outlet": OUTLET, "publication_date": None,
               "source": f"gensim test_data/{SOURCES[stem]}, line {line + 1}"}
    path.with_suffix(".json").write_text(json.dumps(sidecar, indent=1) + "\n", encoding="utf-8")


def materialize(stem: str = BACKGROUND) -> Path:
    """Write every item of one corpus file as an article file with its sidecar (once, the folder whole), and return
    their folder."""
    target = _folder(stem)
    if target.is_dir():
        return target
    lines = source_lines(stem)

    def write(folder: Path) -> None:
        for i, text in enumerate(lines):
            if text.strip():
                _write_item(folder, stem, i, text)

    return write_whole(target, write)


def unavailable() -> str:
    """Why the Lee items cannot be read ("" when they can): each file's items are written out already, or gensim
    ships the file."""
    try:
        for stem, name in SOURCES.items():
            if not _folder(stem).is_dir():
                source_file(name)
    except LeeUnavailable as err:
        return str(err)
    return ""


def document_path(doc: str) -> Path:
    """The article file of a Lee gold document (written out first if needed)."""
    return materialize(_stem_of(doc)) / doc[len(PREFIX):]
