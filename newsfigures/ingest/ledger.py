"""The ledger: one row per submitted item, and the counts people read."""
from __future__ import annotations

from collections.abc import Iterable

from newsfigures.model import LedgerEntry

STATUSES = ("ingested", "duplicate", "rejected")


def rejected(item: str, reason: str, message: str, line: int | None = None) -> LedgerEntry:
    """A `rejected` row: the item, a reason code (docs/ingestion.md) and a message a person reads."""
    return LedgerEntry(item, "rejected", reason=reason, message=message, line=line)


def ledger_counts(ledger: Iterable[LedgerEntry]) -> dict[str, int]:
    """Rows per status, plus "submitted" (all rows)."""
    rows = list(ledger)
    counts = {s: sum(1 for e in rows if e.status == s) for s in STATUSES}
    counts["submitted"] = len(rows)
    return counts


def ledger_summary(ledger: Iterable[LedgerEntry]) -> str:
    """One line for people: "12 submitted: 9 ingested, 1 duplicate, 2 rejected"."""
    c = ledger_counts(ledger)
    return (f"{c['submitted']} submitted: {c['ingested']} ingested, {c['duplicate']} duplicate{'s' if c['duplicate'] != 1 else ''}, "
            f"{c['rejected']} rejected")
