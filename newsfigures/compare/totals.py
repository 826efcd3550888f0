"""Running totals as the text states them ("the death toll ... increases to 136"), read from a figure's sentence.

Read by metric keys (`compare.metrics`: a smaller count beside a stated toll is one incident), by grouping
(`compare.lumped`: a key holding a stated toll and a count far below it lumps a part with the total) and by pairing
(`compare.alignment`). Its opposite, a batch (`is_batch`), is read one way by verdicts, grouping and discrepancies:
as the metric key says. All functions are pure.
"""
from __future__ import annotations

import re

from newsfigures.compare.lexicon import BATCH_KEY
from newsfigures.model import Figure


def offset_in_sentence(fig: Figure) -> int:
    """Where the figure's surface starts in its sentence (best effort; -1 when not found)."""
    rel = fig.start - fig.sentence_start
    s = fig.sentence
    if 0 <= rel <= len(s) - len(fig.text) and s[rel:rel + len(fig.text)] == fig.text:
        return rel
    hits = [m.start() for m in re.finditer(re.escape(fig.text), s)] if fig.text else []
    return min(hits, key=lambda h: abs(h - rel)) if hits else -1


_RUNNING_TOTAL = re.compile(r"\b(?:toll|total|tally)\b[^.;]{0,90}?(?:\bto|\breach\w*|\bsurpass\w*|\bpass\w*|\bexceed\w*"
                            r"|\btop\w*|\bat|\bstands? at|\bis|\bof)\s*(?:over|more than|at least|nearly|about)?\s*$", re.I)


def is_running_total(f: Figure) -> bool:
    """The figure states the running toll ("the death toll at aid sites increases to 136"), not one incident."""
    if f.counted_lemma in ("toll", "total", "tally"):
        return True
    i = offset_in_sentence(f)
    return i >= 0 and bool(_RUNNING_TOTAL.search(f.sentence[:i]) or _TOTAL_WITH.search(f.sentence[:i]))


# A count joined by "with" to a running total is a running total too ("the toll increases to 104, ... with 41 others
# missing", "the death toll in Israel increases to 900 with more than 2,500 injured"): floods and wars alike (dev).
_TOTAL_WITH = re.compile(r"\b(?:toll|total|tally)\b[^.;]{0,90}?\bto\b[^.;]{0,40}?\bwith\s*(?:over|more than|at least|nearly|about)?\s*$", re.I)


def is_batch(f: Figure) -> bool:
    """A batch, period or one incident, as its metric key reads it ("people killed in Gaza (batch)": the extractor's
    flag, a period phrase or a part of a running total, `metrics.batch` and `compare.parts`), or as the extractor
    flagged it under a key that says nothing of it (renamed, or not assigned)."""
    return f.incremental or f" {BATCH_KEY}" in f" {f.metric}"
