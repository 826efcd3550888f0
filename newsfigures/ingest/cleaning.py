"""Boilerplate removal: the clean body that figures point into, and a record of every line dropped."""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsfigures.ingest import metadata

# Patterns are data: (reason, regex). Inline patterns are cut out of a line; line patterns drop the line.
_SOCIAL = r"(?:share|share this(?: article| story| page)?|tweet|email|e-mail|print|whatsapp|facebook|twitter|x|linkedin|pinterest|reddit|telegram|copy link|comments?)"
INLINE_JUNK: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("spam source line", re.compile(
        r"[,;]?\s*(?:This|The) (?:news|article|story|content)(?: data)? (?:comes|came|is) from\s*:?\s*\S+", re.I)),
    ("photo credit", re.compile(r"\s*Photos?\s*:\s*[A-Z][\w/ .-]{0,40}$")),
    # A wiki {{byline|date=...}} template whose date was lost, folded into the first sentence (Wikinews dumps).
    ("byline template", re.compile(r"\{\{\s*[Bb]yline\s*\|\s*date(?:\s*=[^}|]*)?(?:\}\})?")),
)
LINE_JUNK: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("sign-off", re.compile(r"^\(\s*[a-z]{1,4}(?:/[a-z]{1,4})*\s*\)$", re.I)),
    ("sign-off", re.compile(r"^\(?(?:Reporting|Additional reporting|Writing|Editing) by [^.]{2,160}\)?\.?$")),
    ("photo credit", re.compile(r"^(?:Photo|Photos|Image|Credit)s?\s*:.{0,80}$", re.I)),
    ("share/subscribe line", re.compile(r"^(?:" + _SOCIAL + r")(?:\s*(?:[|/·•,:]|\s)\s*(?:" + _SOCIAL + r"|on))*\s*:?$", re.I)),
    ("share/subscribe line", re.compile(r"^(?:share (?:this|on)|share via)\b.{0,60}$", re.I)),
    ("share/subscribe line", re.compile(
        r"^(?:subscribe|sign up|get our|join our)\b.{0,100}\b(?:newsletter|subscribe|inbox|updates|alerts|today|now|free)\b\W{0,3}$", re.I)),
    ("share/subscribe line", re.compile(
        r"^(?:read more|read also|also read|see also|continue reading|click here|more on this|recommended|you may also like|"
        r"related(?: articles| stories| news| coverage| content| links)?|most read|most popular|trending(?: now)?)"
        r"(?:\s*(?:[:»>→|–—-]|$).{0,120}|\s+(?:at|on|here|about)\b.{0,80}|\s*\.{3}|\s*…)$", re.I)),
    ("share/subscribe line", re.compile(r"^(?:follow us|like us|join us) on\b.{0,80}$", re.I)),
    ("advertisement", re.compile(r"^(?:advertisement|advertising|sponsored(?: content)?|ad|story continues below(?: advertisement)?)$", re.I)),
    ("copyright line", re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}|[A-Z]).{0,100}$|^.{0,80}\ball rights reserved\.?$", re.I)),
    ("section label", re.compile(r"^(?:English|World|News|Politics|Business|International)\s+(?:Section|News|Desk)$", re.I)),
)
_LIST_ITEM = re.compile(r"^\s*(?:[-•*]|\d{1,2}[.)])\s+\S")
_CAPTION = re.compile(r"\b(?:photo|picture|image|file photo|shows|pictured|caption|\(issued)\b", re.I)
MIN_REPEAT_CHARS = 40


@dataclass(frozen=True)
class Cleaned:
    """Clean body plus what was learnt and removed on the way."""

    text: str
    title: str
    outlet: str
    published: str
    dateline: str
    removed: tuple[str, ...]  # "reason: line" for each dropped line or fragment
    dateline_date: str = ""  # "Dec. 29" of "NEW DELHI, Dec. 29 (UPI) --" (no year)
    byline: str = ""  # author(s) of a "By ..." line that was removed


def _norm(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip().lower()


def clean(raw: str, *, known_title: str = "") -> Cleaned:
    """Split `raw` into metadata lines, boilerplate and the article body, keeping every body sentence."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    removed: list[str] = []
    title, outlet, published, author = known_title.strip(), "", "", ""

    # Header: title, date and section lines before the first sentence. The headline stays in the text
    # (its figures are reported too); date, section and byline lines become metadata.
    body_start = 0
    headline = ""
    for i, line in enumerate(lines[:8]):
        s = line.strip()
        if not s:
            continue
        if (d := metadata.date_line(s)):
            published = published or d.iso
            removed.append(f"date line: {s}")
        elif any(p.match(s) for _, p in LINE_JUNK):
            removed.append(f"{next(r for r, p in LINE_JUNK if p.match(s))}: {s}")
        elif (who := metadata.byline(s)):
            author = author or who
            removed.append(f"byline: {s}")
        elif metadata.is_headline_like(s) and not headline and (not title or _norm(s) == _norm(title)):
            title = title or s
            headline = s
        else:
            break
        body_start = i + 1

    # A trailing run of list items is an unrelated-headlines block, not the article.
    end = len(lines)
    while end > body_start and not lines[end - 1].strip():
        end -= 1
    run = end
    while run > body_start and (_LIST_ITEM.match(lines[run - 1]) or not lines[run - 1].strip()):
        run -= 1
    if sum(1 for ln in lines[run:end] if ln.strip()) >= 3:
        removed.extend(f"headline list: {ln.strip()}" for ln in lines[run:end] if ln.strip())
        end = run

    body: list[str] = []
    for ln in lines[body_start:end]:
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
        body.append(ln)
    counts: dict[str, int] = {}
    for ln in body:
        k = _norm(ln)
        if len(k) >= MIN_REPEAT_CHARS:
            counts[k] = counts.get(k, 0) + 1
    seen: list[str] = []
    kept: list[str] = []
    for ln in body:
        s = ln.strip()
        if not s:
            kept.append("")
            continue
        reason = next((r for r, p in LINE_JUNK if p.match(s)), "")
        if reason:
            removed.append(f"{reason}: {s}")
            continue
        if (who := metadata.byline(s)):
            author = author or who
            removed.append(f"byline: {s}")
            continue
        k = _norm(s)
        repeat = len(k) >= MIN_REPEAT_CHARS and (
            counts.get(k, 0) > 1 or any(k.startswith(p) or p.startswith(k) for p in seen))
        if repeat and (_CAPTION.search(s) or any(k.startswith(p) or p.startswith(k) for p in seen)):
            removed.append(f"repeated {'caption' if _CAPTION.search(s) else 'line'}: {s}")
            seen.append(k)
            continue
        if title and _norm(s) == _norm(title):
            removed.append(f"repeated headline: {s}")
            continue
        if metadata.is_headline_like(s) and _between_paragraphs(kept) and _restates_lead(s, kept):
            removed.append(f"repeated headline: {s}")
            title = title or s
            continue
        seen.append(k)
        kept.append(ln.rstrip())

    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")
    place, _agency, day = metadata.dateline_parts(text)
    if headline:
        text = f"{headline}\n\n{text}" if text else headline
    return Cleaned(text, title, outlet, published, place, tuple(removed), day, author)


def _between_paragraphs(kept: list[str]) -> bool:
    """True when the previous kept line closed a sentence, so a headline here interrupts the body."""
    prev = next((k for k in reversed(kept) if k.strip()), "")
    return bool(prev) and prev.rstrip().endswith(metadata.SENTENCE_END)


_WORD = re.compile(r"[\w,.]+")


def _restates_lead(line: str, kept: list[str]) -> bool:
    """True when a headline-like line mostly repeats the lead sentence (a headline pasted into the body)."""
    lead = next((k for k in kept if k.strip()), "")
    words = {w.lower().strip(",.") for w in _WORD.findall(line) if len(w) > 2}
    lead_words = {w.lower().strip(",.") for w in _WORD.findall(lead)}
    return bool(words) and len(words & lead_words) / len(words) >= 0.6
