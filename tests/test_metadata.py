import pytest

from newsfigures import metadata


@pytest.mark.parametrize("line,iso", [
    ("02.09.2025 12:30", "2025-09-02T12:30"),
    ("December 29, 2004", "2004-12-29"),
    ("Published 12/29/2004 1:57 PM", "2004-12-29T13:57"),
    ("2025-09-02", "2025-09-02"),
    ("29 December 2004", "2004-12-29"),
])
def test_metadata_date_lines(line, iso):
    assert metadata.date_line(line).iso == iso


@pytest.mark.parametrize("line", ["About 2,000 soldiers died.", "31.02.2025", "The 12/29 meeting was long and tedious and boring"])
def test_metadata_not_date_lines(line):
    assert metadata.date_line(line) is None


@pytest.mark.parametrize("line,outlet", [("Source: PAP", "PAP"), ("Sources: Reuters", "Reuters"), ("Source: http://x.com", ""), ("Sourcing matters.", "")])
def test_metadata_source_line(line, outlet):
    assert metadata.source_line(line) == outlet


@pytest.mark.parametrize("text,place,agency", [
    ("SEOUL — Around 2,000 soldiers", "Seoul", ""),
    ("NEW DELHI, Dec. 29 (UPI) -- The toll rose", "New Delhi", "UPI"),
    ("Around 2,000 soldiers", "", ""),
])
def test_metadata_dateline(text, place, agency):
    assert metadata.dateline(text) == (place, agency)
