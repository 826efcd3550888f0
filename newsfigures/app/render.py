"""HTML for highlighted article text, built only from escaped slices between figure offsets."""
from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from newsfigures.app.invisible import show_invisible

# Colour and a text cue per status, so colour is never the only signal.
STATUS_STYLE: dict[str, tuple[str, str]] = {
    "same": ("#b7e4c7", "="),
    "compatible": ("#bde0fe", "≈"),
    "update": ("#ffd6a5", "↻"),
    "conflict": ("#ffadad", "≠"),
    "only_a": ("#e9ecef", "·"),
    "only_b": ("#e9ecef", "·"),
    "figure": ("#fff3bf", ""),
}
STATUS_LABEL: dict[str, str] = {
    "same": "same in both", "compatible": "differs, compatible", "update": "differs, an update",
    "conflict": "contradiction", "only_a": "only in this article", "only_b": "only in this article",
    "figure": "figure",
}


@dataclass(frozen=True)
class Mark:
    """A highlight: offsets into the text, a status, hover text, an anchor id and an optional link target."""

    start: int
    end: int
    status: str
    tooltip: str = ""
    anchor: str = ""
    href: str = ""


def _attr(s: str) -> str:
    """Text made safe for an attribute value; "$" too, so no markdown renderer reads article text as math; invisible
    and direction-changing characters become visible marks, a tab an entity. A line break stays a line break (a
    tooltip shows it as one)."""
    return html.escape(show_invisible(s), quote=True).replace("$", "&#36;").replace("\t", "&#9;")


def _esc(s: str) -> str:
    """Text made safe for element content, line breaks as <br>."""
    return _attr(s).replace("\n", "<br>")


def highlight(text: str, marks: Iterable[Mark]) -> str:
    """The text as one HTML block with each mark wrapped in <mark>; overlapping marks after the first are skipped.

    Offsets index the original text: each slice is cut first, then escaped (hidden characters marked)."""
    parts: list[str] = []
    pos = 0
    for m in sorted(marks, key=lambda m: (m.start, -m.end)):
        if m.start < pos or m.end > len(text) or m.start >= m.end:
            continue
        colour, cue = STATUS_STYLE.get(m.status, STATUS_STYLE["figure"])
        parts.append(_esc(text[pos:m.start]))
        attrs = [f'class="nf-mark nf-{_attr(m.status)}"', f'style="background:{colour};border-radius:3px;padding:0 2px"',
                 f'data-status="{_attr(m.status)}"']
        if m.anchor:
            attrs.append(f'id="{_attr(m.anchor)}"')
        if m.tooltip:
            attrs.append(f'title="{_attr(m.tooltip)}"')
        inner = _esc(text[m.start:m.end]) + (f"<sup>{cue}</sup>" if cue else "")
        if m.href:
            inner = f'<a href="{_attr(m.href)}" style="color:inherit;text-decoration:none">{inner}</a>'
        parts.append(f"<mark {' '.join(attrs)}>{inner}</mark>")
        pos = m.end
    parts.append(_esc(text[pos:]))
    return '<div class="nf-article" style="line-height:1.7">' + "".join(parts) + "</div>"


def legend(statuses: Iterable[str]) -> str:
    """A legend of the statuses shown, with the same colours and cues as the marks."""
    items = []
    for s in dict.fromkeys(statuses):
        colour, cue = STATUS_STYLE.get(s, STATUS_STYLE["figure"])
        items.append(f'<span style="background:{colour};border-radius:3px;padding:0 6px;margin-right:8px">'
                     f'{_esc(cue)} {_esc(STATUS_LABEL.get(s, s))}</span>')
    return '<div class="nf-legend">' + "".join(items) + "</div>"
