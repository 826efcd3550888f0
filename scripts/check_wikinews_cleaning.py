"""Does boilerplate removal keep every article sentence? Measured on the 101 Wikinews articles of ../shared.

For each wn2004_*.txt: the article body is what its .wikitext says (wiki markup stripped roughly: templates,
links, bold, headings, references). Every sentence of the .txt body that the wikitext confirms as body text must
survive `cleaning.clean` (compared word by word, so whitespace and punctuation changes do not count).

    python scripts/check_wikinews_cleaning.py [FOLDER]     # exit status 1 when a body sentence was removed
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsfigures.ingest.cleaning import clean  # noqa: E402
from newsfigures.ingest.metadata import date_line  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpora" / "wikinews-2004"
_WORD = re.compile(r"\w+")
_SENT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘']?[A-Z0-9])")
_RESIDUE = re.compile(r"\{\{\s*[Bb]yline\s*\|\s*date")


def strip_wiki(src: str) -> str:
    """Wiki markup out of a Wikinews source, roughly: the text a reader sees."""
    s = _RESIDUE.sub("", src)
    s = re.sub(r"<ref[^>]*/>|<ref[^>]*>.*?</ref>", "", s, flags=re.S)
    s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
    s = re.sub(r"\{\{\s*w\s*\|([^{}|]*)\|([^{}]*)\}\}", r"\2", s)  # {{w|Target|shown}}
    s = re.sub(r"\{\{\s*w\s*\|([^{}|]*)\}\}", r"\1", s)
    for _ in range(4):  # other templates, innermost first
        s = re.sub(r"\{\{[^{}]*\}\}", "", s)
    s = re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", s)  # [[target|shown]] / [[shown]]
    s = re.sub(r"\[(?:w:)?[^\]\s|]*\|([^\]]*)\]\]?", r"\1", s)  # damaged [w:target|shown]]
    s = re.sub(r"\[https?://\S+\s+([^\]]*)\]", r"\1", s)
    s = re.sub(r"'{2,}", "", s)
    s = re.sub(r"^=+\s*(.*?)\s*=+\s*$", r"\1", s, flags=re.M)
    s = re.sub(r"<[^>]+>", "", s)
    return s


def words(s: str) -> str:
    """A text as a space-joined lowercase word sequence."""
    return " ".join(_WORD.findall(s.lower()))


def body_sentences(txt: str) -> list[str]:
    """Sentences of a .txt body: after the title line, blank line and (optional) date line."""
    lines = txt.split("\n")
    body = "\n".join(lines[1:])  # line 1 is the title
    sents = []
    for para in body.split("\n"):
        para = _RESIDUE.sub("", para).strip()
        if para:
            sents += [p.strip() for p in _SENT.split(para) if p.strip()]
    return sents


def measure(folder: Path = DEFAULT) -> dict:
    """Counts over the corpus and the lost sentences (with their files)."""
    stats = {"articles": 0, "sentences": 0, "confirmed": 0, "kept": 0, "lost": [], "date_lines": 0, "lines_removed": 0, "removed_kinds": {}}
    for f in sorted(folder.glob("wn2004_*.txt")):
        wiki = f.with_suffix(".wikitext")
        txt = f.read_text(encoding="utf-8")
        ref = words(strip_wiki(wiki.read_text(encoding="utf-8"))) if wiki.exists() else ""
        c = clean(txt)
        kept = words(strip_wiki(c.text))
        stats["articles"] += 1
        stats["lines_removed"] += len(c.removed)
        for r in c.removed:
            kind = r.split(":", 1)[0]
            stats["removed_kinds"][kind] = stats["removed_kinds"].get(kind, 0) + 1
        for s in body_sentences(txt):
            w = words(strip_wiki(s))
            if not w:
                continue
            if date_line(s):
                stats["date_lines"] += 1  # metadata, not body: cleaning takes it as the publication date
                continue
            stats["sentences"] += 1
            if w not in ref:
                continue  # not confirmed as body by the wikitext (a date line, or conversion differences)
            stats["confirmed"] += 1
            if w in kept:
                stats["kept"] += 1
            else:
                stats["lost"].append(f"{f.name}: {s[:120]}")
    return stats


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else DEFAULT
    if not folder.is_dir():
        print(f"{folder} is absent; nothing to check")
        return 0
    st = measure(folder)
    print(f"{st['articles']} articles, {st['sentences']} body sentences in the .txt files, "
          f"plus {st['date_lines']} date lines (metadata); {st['confirmed']} confirmed by the wikitext as article body")
    print(f"kept after cleaning: {st['kept']}/{st['confirmed']}; lost: {len(st['lost'])}")
    print(f"lines or fragments removed as boilerplate: {st['lines_removed']} "
          f"({', '.join(f'{k}: {v}' for k, v in sorted(st['removed_kinds'].items()))})")
    for s in st["lost"]:
        print("  LOST", s)
    return 1 if st["lost"] else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
