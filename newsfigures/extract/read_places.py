"""The places the main parse already named, for the scene step (scene.py): the place names the recogniser found in
each window figures.py parsed, read while the window's parse is alive (no Doc outlives it), and the stretches of the
article those windows read, so that the scene step runs the recogniser only over the text no window read.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from newsfigures.extract.setting import SETTING_LABELS, place_name
from newsfigures.extract.windows import Piece


@dataclass(frozen=True)
class Named:
    """A place the recogniser named: its name as `setting.place_name` writes it, and where it starts in the article."""

    name: str
    start: int


@dataclass(frozen=True)
class Read:
    """What the main parse read of one article: the places it named (in the article's own text of each window,
    not the words before a window parsed only as its context) and the stretches (start, end) it read, in order."""

    places: tuple[Named, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()


def places_in(doc: Doc, piece: Piece) -> tuple[Named, ...]:
    """The places the parse `doc` of `piece` names in the piece's own text (past its first `lead` characters)."""
    return tuple(Named(place_name(e), piece.start + e.start_char) for e in doc.ents
                 if e.label_ in SETTING_LABELS and e.start_char >= piece.lead)


def read_of(pieces: Sequence[Piece], places: Iterable[Named]) -> Read:
    """An article's `Read`: its `places` and the own text of each of its parsed `pieces`."""
    return Read(tuple(places), tuple((p.start + p.lead, p.start + len(p.text)) for p in pieces))


def unread(text: str, read: Read, limit: int) -> list[tuple[int, str]]:
    """(start, text) of each stretch of `text[:limit]` no window read, blank ones left out."""
    out: list[tuple[int, str]] = []
    pos = 0
    for start, end in [*read.spans, (limit, limit)]:
        start = min(start, limit)
        if start > pos and text[pos:start].strip():
            out.append((pos, text[pos:start]))
        pos = max(pos, end)
        if pos >= limit:
            break
    return out
