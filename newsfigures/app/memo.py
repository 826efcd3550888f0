"""What the pages derive from one analysis (tables, labels, the Overview, a Timeline), made once and kept beside it.

One `Memo` belongs to one analysis: `state.memo` keeps the bundled corpus's in the server-wide cache next to that
analysis, and a visitor's own merged analysis's in their session, so nothing a visitor added is ever shared. No
Streamlit here.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")
KEPT = 64  # results kept per analysis; the least recently used goes first (a Timeline per metric choice adds up)


class Memo:
    """Results made from one analysis, by name and arguments; each is made once, even when two reruns ask at once."""

    def __init__(self, kept: int = KEPT) -> None:
        self._made: OrderedDict[tuple[Hashable, ...], object] = OrderedDict()
        self._kept = kept
        self._lock = threading.RLock()  # reentrant: making the Overview asks for the metric names

    def get(self, name: str, make: Callable[[], T], *args: Hashable) -> T:
        """The result called `name` for these arguments, made by `make()` the first time it is asked for."""
        key = (name, *args)
        with self._lock:
            if key in self._made:
                self._made.move_to_end(key)
                return self._made[key]  # type: ignore[return-value]
            made = make()
            self._made[key] = made
            while len(self._made) > self._kept:
                self._made.popitem(last=False)
            return made

    def __len__(self) -> int:
        return len(self._made)
