"""Boilerplate removal: the clean body that figures point into, and a record of every line dropped."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from newsfigures.ingest import metadata, wrapping
from newsfigures.ingest.lexicon import CAPTION_WORDS, INLINE_JUNK, LINE_JUNK, LIST_ITEM, WORD_OR_NUMBER

HEADER_LINES = 8  # title, date, section and byline lines are looked for this far
MIN_REPEAT_CHARS = 40  # only lines this long are dropped as repeated captions or lines
MIN_HEADLINE_LIST = 3  # list items closing the text, from this many on, are a block of unrelated headlines
LEAD_OVERLAP = 0.6  # share of a headline's words in the lead sentence that makes it a restatement


@dataclass(frozen=True)
class Cleaned:
    """Clean body plus what was learnt and removed on the way."""

    text: str
    title: str
    outlet: str
    published: str
    dateline: str
    removed: tuple[str, ...]  # "reason: line" for each dropped line or fragment
    dateline_date: str = ""  # "Dec. 29" of "NEW DELHI, Dec. 29 (UPI) --" (no year), "15 October 2025"
    byline: str = ""  # author(s) of a "By ..." line that was removed
    dateline_agency: str = ""  # "UPI" of "NEW DELHI, Dec. 29 (UPI) --", read before a headline is put back on top
    credit: str = ""  # the outlet a removed byline ("By Jane Doe, Reuters") or a closing "— Reuters" names
    wrapping: str = ""  # the ledger's word on line breaks inside sentences (`wrapping.wrapped_warning`), or ""


@dataclass(frozen=True)
class _Pass:
    """What one cleaning step kept, removed ("reason: line") and learnt."""

    lines: tuple[str, ...]
    removed: tuple[str, ...]
    author: str = ""
    outlet: str = ""
    title: str = ""
    published: str = ""
    headline: str = ""


def clean(raw: str, *, known_title: str = "", join_wrapped: bool = False) -> Cleaned:
    """Split `raw` into metadata lines, boilerplate and the article body, keeping every body sentence; with
    `join_wrapped`, the body's line breaks inside sentences are joined (`wrapping.join_wrapped`)."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    head = _read_header(lines, known_title)
    listed = _cut_headline_list(head.lines)
    inline = _cut_inline(listed.lines)
    body = _drop_lines(inline.lines, head.title)
    text = "\n".join(body.lines)
    wrapped = wrapping.wrapped_warning(text, join_wrapped)
    text = re.sub(r"\n{3,}", "\n\n", wrapping.join_wrapped(text) if join_wrapped else text).strip("\n")
    place, agency, day = metadata.dateline_parts(text)
    if head.headline:
        text = f"{head.headline}\n\n{text}" if text else head.headline
    removed = head.removed + listed.removed + inline.removed + body.removed
    return Cleaned(text, body.title, inline.outlet, head.published, place, removed, day,
                   head.author or inline.author or body.author, agency, metadata.credited_outlet(removed, text), wrapped)


def _norm(line: str) -> str:
    """The line lowercased, runs of whitespace as one space, none at the ends (str.split's whitespace is re's \\s)."""
    return " ".join(line.split()).lower()


def _junk_reason(line: str) -> str:
    """The reason a whole line is boilerplate (LINE_JUNK), or ""."""
    return next((reason for reason, pattern in LINE_JUNK if pattern.match(line)), "")


def _header_line(s: str, title: str, headline: str) -> tuple[str, str]:
    """What a non-empty line before the first sentence is: (kind, value), kind "" when the body starts here."""
    if (d := metadata.date_line(s)):
        return "date", d.iso
    if (reason := _junk_reason(s)):
        return "junk", reason
    if (who := metadata.byline(s)):
        return "byline", who
    if metadata.is_headline_like(s) and not headline and (not title or _norm(s) == _norm(title)):
        return "headline", s
    return "", ""


def _read_header(lines: list[str], known_title: str) -> _Pass:
    """Title, date, section and byline lines before the first sentence; `lines` of the result are the rest.

    The headline stays in the text (its figures are reported too); date, section and byline lines become metadata."""
    title, headline = known_title.strip(), ""
    found: list[tuple[str, str, str]] = []  # (kind, value, line)
    body_start = 0
    for i, line in enumerate(lines[:HEADER_LINES]):
        s = line.strip()
        if not s:
            continue
        kind, value = _header_line(s, title, headline)
        if not kind:
            break
        if kind == "headline":
            title, headline = title or s, s
        found.append((kind, value, s))
        body_start = i + 1
    published = next((v for k, v, _ in found if k == "date"), "")
    author = next((v for k, v, _ in found if k == "byline"), "")
    notes = {"date": "date line", "byline": "byline"}
    removed = tuple(f"{notes.get(k, v)}: {s}" for k, v, s in found if k != "headline")
    return _Pass(tuple(lines[body_start:]), removed, author, title=title, published=published, headline=headline)


def _cut_headline_list(lines: tuple[str, ...]) -> _Pass:
    """The lines without trailing blanks and, when there is one, a closing run of list items (unrelated headlines)."""
    end = len(lines)
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    run = end
    while run > 0 and (LIST_ITEM.match(lines[run - 1]) or not lines[run - 1].strip()):
        run -= 1
    items = [ln.strip() for ln in lines[run:end] if ln.strip()]
    if len(items) >= MIN_HEADLINE_LIST:
        return _Pass(lines[:run], tuple(f"headline list: {ln}" for ln in items))
    return _Pass(lines[:end], ())


def _cut_inline(lines: tuple[str, ...]) -> _Pass:
    """`Source:` lines out (their outlet kept), bylines glued before a dateline and inline junk cut from lines."""
    kept: list[str] = []
    removed: list[str] = []
    outlet, author = "", ""
    for ln in lines:
        if (src := metadata.source_line(ln.strip())):
            outlet = outlet or src
            removed.append(f"source line: {ln.strip()}")
            continue
        if (prefix := metadata.byline_prefix(ln)):
            author = author or prefix.strip()[3:].strip(" ,|")
            removed.append(f"byline: {prefix.strip()}")
            ln = ln[len(prefix):]
        for reason, pat in INLINE_JUNK:
            m = pat.search(ln)
            if m:
                removed.append(f"{reason}: {m.group(0).strip()}")
                ln = ln[:m.start()] + ln[m.end():]
        kept.append(ln)
    return _Pass(tuple(kept), tuple(removed), author, outlet)


_REMEMBERED = ("", "repeated caption", "repeated line")  # kept or repeated lines a later line may echo


def _drop_lines(lines: tuple[str, ...], title: str) -> _Pass:
    """Boilerplate lines, bylines, repeated captions and lines, and repeated headlines out of the body."""
    norms = [_norm(ln) for ln in lines]
    counts = Counter(k for k in norms if len(k) >= MIN_REPEAT_CHARS)
    seen: list[str] = []
    kept: list[str] = []
    removed: list[str] = []
    author = ""
    for ln, k in zip(lines, norms):
        s = ln.strip()
        reason = _drop_reason(s, k, title, kept, seen, counts) if s else ""
        if reason:
            removed.append(f"{reason}: {s}")
        else:
            kept.append(ln.rstrip())
        if s and reason in _REMEMBERED:
            seen.append(k)
        if reason == "byline":
            author = author or metadata.byline(s)
        elif reason == "repeated headline":
            title = title or s
    return _Pass(tuple(kept), tuple(removed), author, title=title)


def _drop_reason(s: str, k: str, title: str, kept: list[str], seen: list[str], counts: Counter[str]) -> str:
    """Why the (stripped, non-blank) body line `s` (`_norm`ed: `k`) is dropped, or "" to keep it."""
    if (reason := _junk_reason(s)):
        return reason
    if metadata.byline(s):
        return "byline"
    if _is_repeat(s, k, seen, counts):
        return f"repeated {'caption' if CAPTION_WORDS.search(s) else 'line'}"
    if title and k == _norm(title):
        return "repeated headline"
    if metadata.is_headline_like(s) and _between_paragraphs(kept) and _restates_lead(s, kept):
        return "repeated headline"
    return ""


def _is_repeat(s: str, k: str, seen: list[str], counts: Counter[str]) -> bool:
    """A long line echoing an earlier long one (one a prefix of the other), or a caption that occurs twice; a
    paragraph that opens with a short line's words ("Rice prices" then "Rice prices jumped 18 pct ...") echoes
    nothing."""
    if len(k) < MIN_REPEAT_CHARS:
        return False
    echoes = any((k.startswith(p) or p.startswith(k)) and len(p) >= MIN_REPEAT_CHARS for p in seen)
    return echoes or (counts.get(k, 0) > 1 and bool(CAPTION_WORDS.search(s)))


def _between_paragraphs(kept: list[str]) -> bool:
    """True when the previous kept line closed a sentence, so a headline here interrupts the body."""
    prev = next((k for k in reversed(kept) if k.strip()), "")
    return bool(prev) and prev.rstrip().endswith(metadata.SENTENCE_END)


def _restates_lead(line: str, kept: list[str]) -> bool:
    """True when a headline-like line mostly repeats the lead sentence (a headline pasted into the body)."""
    lead = next((k for k in kept if k.strip()), "")
    words = {w.lower().strip(",.") for w in WORD_OR_NUMBER.findall(line) if len(w) > 2}
    lead_words = {w.lower().strip(",.") for w in WORD_OR_NUMBER.findall(lead)}
    return bool(words) and len(words & lead_words) / len(words) >= LEAD_OVERLAP
