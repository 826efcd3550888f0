#!/usr/bin/env python
"""Right answers per probe table and domain: the invented wire sentences of tests/*/test_*_domains*.py and the
invented wire articles of tests/*/test_*_articles*.py (numbers, extract, compare), each labelled from the GUIDE
before the code ran (docs/evaluation.md, "Probe tables").

A row that passes is right; a strict xfail is a reading the code does not make yet (wrong); a failure (a strict
xfail that now passes, or a right row gone wrong) is printed and makes the exit code 1. The domain is the test
function's name after its table's ("test_place_domains_sport" → sport); the total is over the eight domains' blind
rows only, so rows pinned after a mend ("readings") and the pairs table's checks are listed but not summed in. A
table written over other domains names them in its module's `PROBE_DOMAINS` (stop 44's wire articles: elections,
transport, ...), and its total is over those.

Usage:
    python scripts/probe_tables.py                   # every probe table
    python scripts/probe_tables.py tests/extract/test_scope_domains.py ...
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("tests/*/test_*_domains*.py", "tests/*/test_*_articles*.py", "tests/*/test_*_clusters*.py")
OUTCOMES = ("right", "wrong", "failed")
DOMAINS = frozenset({"conflict", "disasters", "business", "politics", "health", "science", "crime", "sport"})


class Tally:
    """A pytest plugin counting each probe row's outcome by (table, domain)."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str, str]] = Counter()
        self.domains: dict[str, frozenset[str]] = {}

    def pytest_itemcollected(self, item: pytest.Item) -> None:
        """Note the domains a table sums: its module's `PROBE_DOMAINS`, else the eight."""
        module = getattr(item, "module", None)
        self.domains[item.path.stem] = frozenset(getattr(module, "PROBE_DOMAINS", DOMAINS))

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Count the call phase (or a setup that failed) of every row once."""
        if report.when != "call" and not (report.when == "setup" and report.failed):
            return
        table, _, test = report.nodeid.partition("::")
        stem = Path(table).stem
        domain = test.split("[", 1)[0].removeprefix(f"{stem}_")
        self.counts[(stem, domain, outcome(report))] += 1


def outcome(report: pytest.TestReport) -> str:
    """A passing row is right, an expected failure is wrong, anything else failed."""
    if hasattr(report, "wasxfail") and report.skipped:
        return "wrong"
    return "right" if report.passed else "failed"


def table_lines(counts: Counter[tuple[str, str, str]], summed: dict[str, frozenset[str]] | None = None
                ) -> list[str]:
    """One line per table and domain, then the table's total over its summed domains (the eight unless `summed`
    names a table's own): right / rows."""
    lines = []
    for table in sorted({key[0] for key in counts}):
        own = (summed or {}).get(table, DOMAINS)
        domains = sorted({key[1] for key in counts if key[0] == table})
        total: Counter[str] = Counter()
        for domain in domains:
            row = {name: counts[(table, domain, name)] for name in OUTCOMES}
            total.update(row if domain in own else {})
            lines.append(row_line(table, domain, row))
        if total:
            lines.append(row_line(table, "eight domains" if own == DOMAINS else f"{len(own)} domains", total))
    return lines


def row_line(table: str, domain: str, row: dict[str, int]) -> str:
    """`table  domain  right / rows` with the failures when there are any."""
    rows = sum(row.values())
    failed = f"  ({row['failed']} failed)" if row.get("failed") else ""
    return f"{table:<24} {domain:<24} {row['right']:>4} / {rows:<4}{failed}"


def main(argv: list[str] | None = None) -> int:
    """Run the probe tables in this process and print right / rows per table and domain."""
    paths = list(argv if argv is not None else sys.argv[1:])
    if not paths:
        paths = [str(path.relative_to(ROOT)) for pattern in TABLES for path in sorted(ROOT.glob(pattern))]
    tally = Tally()
    code = pytest.main(["-q", "-p", "no:xdist", "-p", "no:cacheprovider", "--no-header", "-rN", *paths],
                       plugins=[tally])
    print("\n".join(table_lines(tally.counts, tally.domains)))
    return 0 if code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
