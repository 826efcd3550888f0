"""Does boilerplate removal keep every article sentence? Measured on the 101 Wikinews articles of ../shared.

For each wn2004_*.txt: the article body is what its .wikitext says (wiki markup stripped roughly: templates,
links, bold, headings, references). Every sentence of the .txt body that the wikitext confirms as body text must
survive `cleaning.clean` (compared word by word, so whitespace and punctuation changes do not count)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from newsfigures.eval.gold import SHARED
from newsfigures.ingest.cleaning import clean
from newsfigures.ingest.metadata import date_line

WIKINEWS = SHARED / "corpora" / "wikinews-2004"
_WORD = re.compile(r"\w+")
_SENT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘']?[A-Z0-9])")
_RESIDUE = re.compile(r"\{\{\s*[Bb]yline\s*\|\s*date")
# (pattern, replacement, flags) applied in order after the residue is gone; templates are handled apart
_BEFORE_TEMPLATES = (
    (r"<ref[^>]*/>|<ref[^>]*>.*?</ref>", "", re.S),
    (r"<!--.*?-->", "", re.S),
    (r"\{\{\s*w\s*\|([^{}|]*)\|([^{}]*)\}\}", r"\2", 0),  # {{w|Target|shown}}
    (r"\{\{\s*w\s*\|([^{}|]*)\}\}", r"\1", 0),
)
_AFTER_TEMPLATES = (
    (r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", 0),  # [[target|shown]] / [[shown]]
    (r"\[(?:w:)?[^\]\s|]*\|([^\]]*)\]\]?", r"\1", 0),  # damaged [w:target|shown]]
    (r"\[https?://\S+\s+([^\]]*)\]", r"\1", 0),
    (r"'{2,}", "", 0),
    (r"^=+\s*(.*?)\s*=+\s*$", r"\1", re.M),
    (r"<[^>]+>", "", 0),
)


def _substitute(s: str, rules: tuple[tuple[str, str, int], ...]) -> str:
    """Apply (pattern, replacement, flags) rules in order."""
    for pattern, repl, flags in rules:
        s = re.sub(pattern, repl, s, flags=flags)
    return s


def strip_wiki(src: str) -> str:
    """Wiki markup out of a Wikinews source, roughly: the text a reader sees."""
    s = _substitute(_RESIDUE.sub("", src), _BEFORE_TEMPLATES)
    for _ in range(4):  # other templates, innermost first
        s = re.sub(r"\{\{[^{}]*\}\}", "", s)
    return _substitute(s, _AFTER_TEMPLATES)


def words(s: str) -> str:
    """A text as a space-joined lowercase word sequence."""
    return " ".join(_WORD.findall(s.lower()))


def body_sentences(txt: str) -> list[str]:
    """Sentences of a .txt body: after the title line, blank line and (optional) date line."""
    body = "\n".join(txt.split("\n")[1:])  # line 1 is the title
    sents = []
    for para in body.split("\n"):
        para = _RESIDUE.sub("", para).strip()
        if para:
            sents += [p.strip() for p in _SENT.split(para) if p.strip()]
    return sents


def _new_stats() -> dict[str, Any]:
    """Empty counters of `measure`."""
    return {"articles": 0, "sentences": 0, "confirmed": 0, "kept": 0, "lost": [], "date_lines": 0,
            "lines_removed": 0, "removed_kinds": {}}


def _check_sentence(stats: dict[str, Any], name: str, s: str, ref: str, kept: str) -> None:
    """Count one body sentence: a date line, unconfirmed by the wikitext, kept, or lost."""
    w = words(strip_wiki(s))
    if not w:
        return
    if date_line(s):
        stats["date_lines"] += 1  # metadata, not body: cleaning takes it as the publication date
        return
    stats["sentences"] += 1
    if w not in ref:
        return  # not confirmed as body by the wikitext (a date line, or conversion differences)
    stats["confirmed"] += 1
    if w in kept:
        stats["kept"] += 1
    else:
        stats["lost"].append(f"{name}: {s[:120]}")


def _check_article(stats: dict[str, Any], f: Path) -> None:
    """Clean one Wikinews .txt and check each of its body sentences against its .wikitext."""
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
        _check_sentence(stats, f.name, s, ref, kept)


def measure(folder: Path = WIKINEWS) -> dict[str, Any]:
    """Counts over the corpus and the lost sentences (with their files)."""
    stats = _new_stats()
    for f in sorted(folder.glob("wn2004_*.txt")):
        _check_article(stats, f)
    return stats
