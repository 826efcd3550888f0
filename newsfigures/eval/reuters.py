"""Reuters newswire items of 1987 (Reuters-21578, ModApte split) from Debian's `weka` package, as article files for
the gold.

Weka ships the text of 2,158 Reuters-21578 items in `ReutersCorn-train.arff` (1,554) and `ReutersCorn-test.arff`
(604), one quoted string per item: title and body, with the collection's SGML escapes. The measure gold's Reuters
batch annotates some of them. The repository keeps none of the text: `scripts/fetch_reuters.sh` unpacks the package
(no install, no Java) into `.cache/weka/`, or an installed weka's files are read, and each item is written out once
as `.cache/reuters-2/<file>_NNNN.txt` (item NNNN of that file, 0-based) with a sidecar; gold documents refer to them
as `reuters/train_NNNN.txt` and `reuters/test_NNNN.txt`. The items carry no date, so no sidecar has one.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

from newsfigures.eval.item_files import stem_of, write_whole

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / ".cache" / "reuters-2"  # the number changes when the written files would (2: titles split anew)
PREFIX = "reuters/"
EXAMPLES = Path("usr/share/doc/weka/examples")
PLACES = (Path("/"), ROOT / ".cache" / "weka")  # an installed weka, or the package unpacked by fetch_reuters.sh
SOURCES = {"train": "ReutersCorn-train.arff", "test": "ReutersCorn-test.arff"}
OUTLET = "Reuters"
_ITEM = re.compile(r"^'((?:[^'\\]|\\.)*)',[01]$", re.M)  # one item per data line: its text, then its class
_ESCAPE = re.compile(r"\\(.)")
_ARFF_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}
_LOWER = re.compile(r"[a-z]")
_WORD_SPAN = re.compile(r"\S+")
_OPENS_BODY = re.compile(r"<?[A-Z]")  # a capital, or a company's "<Name>" tag


class ReutersUnavailable(RuntimeError):
    """Neither an installed weka nor one unpacked by scripts/fetch_reuters.sh holds the corpus."""


def source_file(stem: str) -> Path:
    """The arff file whose items are named `stem`_NNNN, from an installed or unpacked weka."""
    for place in PLACES:
        path = place / EXAMPLES / SOURCES[stem]
        if path.is_file():
            return path
    raise ReutersUnavailable("the Reuters items come with Debian's weka package: run scripts/fetch_reuters.sh")


def _unescape(raw: str) -> str:
    """An arff string's text: its backslash escapes undone, then the collection's SGML entities ("&lt;", "&#3;")."""
    text = _ESCAPE.sub(lambda m: _ARFF_ESCAPES.get(m.group(1), m.group(1)), raw)
    return html.unescape(text)  # "&#3;", the collection's end-of-text mark, unescapes to nothing


def source_items(stem: str) -> list[str]:
    """The texts of the items of one arff file, in file order."""
    raw = source_file(stem).read_text(encoding="utf-8")
    return [_unescape(m.group(1)) for m in _ITEM.finditer(raw)]


def split_title(text: str) -> tuple[str, str]:
    """An item's title (its opening upper-case words; "" when none) and its body. The title is a line of its own, or
    runs into the body's first sentence: then the body starts at the first word with a small letter, one word
    earlier when that word starts small ("U.S. brass mill stocks") or is led by the article "A", and at the "<" of a
    company tag the title leaves open ("<SDC Sydney Development Corp> said")."""
    text = text.strip()
    first, _, rest = text.partition("\n")
    if rest and not _LOWER.search(first):
        return first.strip(), rest.strip()
    words = list(_WORD_SPAN.finditer(text))
    k = next((i for i, m in enumerate(words) if _LOWER.search(m.group())), None)
    if k is None:
        return "", text
    k -= bool(k and not _OPENS_BODY.match(words[k].group()))
    k -= bool(k and words[k - 1].group() == "A")
    start = words[k].start()
    tag = text.rfind("<", 0, start)
    start = tag if tag > text.rfind(">", 0, start) else start
    title = text[:start].strip()
    return (title, text[start:].strip()) if re.search(r"[A-Z]{2}", title) else ("", text)


def item_name(index: int, stem: str) -> str:
    """The gold document path of item `index` (0-based) of the arff file named by `stem` ("train" or "test")."""
    return f"{PREFIX}{stem}_{index:04d}.txt"


def is_reuters(doc: str) -> bool:
    """Does a gold document path name a Reuters item?"""
    return doc.startswith(PREFIX)


def _stem_of(doc: str) -> str:
    """Which arff file a Reuters gold document comes from; ValueError for any other name."""
    return stem_of(doc, PREFIX, SOURCES, "_NNNN.txt", "Reuters")


def _write_item(folder: Path, stem: str, index: int, text: str) -> None:
    """One item as `title`, a blank line and its body (the Wikinews files' layout), with a dateless sidecar."""
    title, body = split_title(text)
    path = folder / f"{stem}_{index:04d}"
    path.with_suffix(".txt").write_text(f"{title}\n\n{body}\n" if title else body + "\n", encoding="utf-8")
    sidecar = {"id": f"reuters_{stem}_{index:04d}", "title": title, "outlet": OUTLET, "publication_date": None,
               "source": f"Reuters-21578 via Debian weka {SOURCES[stem]}, item {index} (0-based)"}
    path.with_suffix(".json").write_text(json.dumps(sidecar, indent=1) + "\n", encoding="utf-8")


def materialize() -> Path:
    """Write every item of both files as article files with sidecars (once, the folder whole), and return their
    folder."""
    if OUT_DIR.is_dir():
        return OUT_DIR
    items = {stem: source_items(stem) for stem in SOURCES}

    def write(folder: Path) -> None:
        for stem, texts in items.items():
            for i, text in enumerate(texts):
                _write_item(folder, stem, i, text)

    return write_whole(OUT_DIR, write)


def unavailable() -> str:
    """Why the Reuters items cannot be read ("" when they can)."""
    if OUT_DIR.is_dir():
        return ""
    try:
        for stem in SOURCES:
            source_file(stem)
    except ReutersUnavailable as err:
        return str(err)
    return ""


def document_path(doc: str) -> Path:
    """The article file of a Reuters gold document (written out first if needed)."""
    _stem_of(doc)
    return materialize() / doc[len(PREFIX):]
