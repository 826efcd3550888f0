import pytest

from newsfigures.ingest import Corpus, ledger_counts, ledger_summary
from newsfigures.model import LedgerEntry


def test_ledger_summary_and_accounting():
    c = Corpus()
    c.add_text("About 2,000 soldiers died.", "one")
    c.add_text("About 2,000 soldiers died.", "two")
    c.add_text("   ", "three")
    assert ledger_summary(c.ledger) == "3 submitted: 1 ingested, 1 duplicate, 1 rejected"
    n = ledger_counts(c.ledger)
    assert n["submitted"] == n["ingested"] + n["duplicate"] + n["rejected"]


@pytest.mark.parametrize("statuses,line", [
    ((), "0 submitted: 0 ingested, 0 duplicates, 0 rejected"),
    (("duplicate", "duplicate", "ingested"), "3 submitted: 1 ingested, 2 duplicates, 0 rejected"),
])
def test_ledger_summary_counts_each_status(statuses, line):
    assert ledger_summary(LedgerEntry(f"i{k}", s) for k, s in enumerate(statuses)) == line
