"""The probe-table tally (scripts/probe_tables.py): right / rows per table and domain, failures exit 1."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("probe_tables_script", ROOT / "scripts" / "probe_tables.py")
probe_tables = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(probe_tables)


def test_probe_tables_sums_the_eight_domains_only():
    counts = Counter({("test_x_domains", "sport", "right"): 3, ("test_x_domains", "sport", "wrong"): 1,
                      ("test_x_domains", "crime", "failed"): 1, ("test_x_domains", "stop37_readings", "right"): 9})
    lines = probe_tables.table_lines(counts)
    assert [line.split()[1:] for line in lines] == [
        ["crime", "0", "/", "1", "(1", "failed)"],
        ["sport", "3", "/", "4"],
        ["stop37_readings", "9", "/", "9"],
        ["eight", "domains", "3", "/", "5", "(1", "failed)"],
    ]


def test_probe_tables_sums_a_tables_own_domains():
    counts = Counter({("test_w", "courts", "right"): 2, ("test_w", "courts", "wrong"): 1, ("test_w", "sport", "right"): 4,
                      ("test_w", "readings", "right"): 5})
    lines = probe_tables.table_lines(counts, {"test_w": frozenset({"courts", "sport"})})
    assert lines[-1].split()[1:] == ["2", "domains", "6", "/", "7"]


def _table_lines(table: str) -> list[list[str]]:
    """Run the script on one real table; its lines, split, after asserting it exited 0."""
    run = subprocess.run([sys.executable, "scripts/probe_tables.py", table], cwd=ROOT, capture_output=True,
                         text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-2000:]
    return [line.split() for line in run.stdout.splitlines() if line.startswith(f"{Path(table).stem} ")]


def test_probe_tables_runs_a_real_table():
    lines = _table_lines("tests/extract/test_scope_domains.py")
    domains = {line[1] for line in lines}
    assert probe_tables.DOMAINS <= domains
    total = next(line for line in lines if line[1:3] == ["eight", "domains"])
    right, rows = int(total[3]), int(total[5])
    assert 0 < right <= rows


def test_probe_tables_sums_the_wire44_domains():
    lines = _table_lines("tests/extract/test_wire_articles44.py")
    total = next(line for line in lines if line[1:3] == ["10", "domains"])
    assert int(total[5]) == sum(int(line[4]) for line in lines if line[1] != "10")
