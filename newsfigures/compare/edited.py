"""What an analyst's edits leave for pairing: figures named by a stable key, pairs never made and pairs always made.

`compare.edits` turns a visitor's edits into an `Edited`; `alignment` and `discrepancies` obey it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from newsfigures.model import Figure


@dataclass(frozen=True, order=True)
class FigureKey:
    """A figure named so that the name survives re-extraction: its article, its offsets in the clean text and its
    surface (a figure whose text moved or changed is no longer the figure the analyst meant)."""

    article_id: str
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, f: Figure) -> FigureKey:
        """The key of a figure."""
        return cls(f.article_id, f.start, f.end, f.text)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready record."""
        return {"article_id": self.article_id, "start": self.start, "end": self.end, "text": self.text}

    def label(self) -> str:
        """How a person names it: "6,000 (article X, characters 534–539)"."""
        return f"{self.text} (article {self.article_id}, characters {self.start}–{self.end})"


def pair_of(x: FigureKey, y: FigureKey) -> frozenset[FigureKey]:
    """Two figures as an unordered pair."""
    return frozenset((x, y))


@dataclass(frozen=True)
class Edited:
    """Pairs an analyst settled, resolved against the current figures: `unlinked` holds every two mentions of two
    reports that must never pair (repeats of a number included), `linked` the mention pairs that always pair;
    `named` the metrics the analyst named (shown as named); `skipped` = (edit index, why) of edits that no longer
    apply."""

    unlinked: frozenset[frozenset[FigureKey]] = frozenset()
    linked: tuple[tuple[FigureKey, FigureKey], ...] = ()
    named: frozenset[str] = frozenset()
    skipped: tuple[tuple[int, str], ...] = ()

    def forbids(self, x: Figure, y: Figure) -> bool:
        """Whether the analyst said these two are not the same thing."""
        return bool(self.unlinked) and pair_of(FigureKey.of(x), FigureKey.of(y)) in self.unlinked

    def forced(self, figs_a: Iterable[Figure], figs_b: Iterable[Figure]) -> list[tuple[Figure, Figure]]:
        """The linked pairs between two lists of figures, each as (figure of a, figure of b), in the order linked."""
        if not self.linked:
            return []
        by_a = {FigureKey.of(f): f for f in figs_a}
        by_b = {FigureKey.of(f): f for f in figs_b}
        out = []
        for x, y in self.linked:
            if x in by_a and y in by_b:
                out.append((by_a[x], by_b[y]))
            elif y in by_a and x in by_b:
                out.append((by_a[y], by_b[x]))
        return out


NOTHING_EDITED = Edited()
