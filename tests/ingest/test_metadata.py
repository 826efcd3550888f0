import pytest

from newsfigures.ingest import metadata


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


@pytest.mark.parametrize("text,parts", [
    ("NEW DELHI, Dec. 29 (UPI) -- The toll rose", ("New Delhi", "UPI", "Dec. 29")),
    ("SEOUL, South Korea (AP) — North Korea said", ("Seoul", "AP", "")),
    ("WASHINGTON (Reuters) - The", ("Washington", "Reuters", "")),
    ("US - China talks resumed", ("", "", "")),
])
def test_metadata_dateline_parts(text, parts):
    assert metadata.dateline_parts(text) == parts


@pytest.mark.parametrize("line,who", [
    ("By Jane Doe", "Jane Doe"), ("By Jane Doe and Max Roe | Reuters", "Jane Doe and Max Roe"),
    ("By way of example, the report quotes figures.", ""), ("By Tuesday, the toll had risen to 500.", ""),
    ("By the end of the year", ""), ("By Monday", ""),
])
def test_metadata_byline(line, who):
    assert metadata.byline(line) == who


def test_metadata_year_hint_only_when_unambiguous():
    assert metadata.year_hint("The toll in 2004 rose to 1,999.") == "2004"
    assert metadata.year_hint("Up from 2003 to 2004.") == ""


@pytest.mark.parametrize("value,iso", [
    ("Wed, 29 Dec 2004 13:57:00 GMT", "2004-12-29T13:57"), ("2004-12-29T13:57:00Z", "2004-12-29T13:57"),
    ("20041229T135700Z", "2004-12-29"), ("29 December 2004", "2004-12-29"), ("yesterday", ""),
])
def test_metadata_published_field_forms(value, iso):
    from newsfigures.ingest import parse_published
    assert parse_published(value) == iso


@pytest.mark.parametrize("text,parts,iso", [
    ("SEOUL, 15 October 2025 (Yonhap) — North Korea fired", ("Seoul", "Yonhap", "15 October 2025"), "2025-10-15"),
    ("WASHINGTON, Oct. 5 (AP) — The toll rose", ("Washington", "AP", "Oct. 5"), "2025-10-05"),
    ("GAZA CITY, October 15, 2025 (AFP) — The ministry", ("Gaza City", "AFP", "October 15, 2025"), "2025-10-15"),
    ("LONDON (Reuters) - The", ("London", "Reuters", ""), ""),
])
def test_metadata_dateline_styles_give_outlet_and_date(text, parts, iso):
    assert metadata.dateline_parts(text) == parts
    assert metadata.dateline_published(parts[2], text + " It was the worst week of 2025.") == iso


def test_metadata_dateline_without_a_year_needs_one_year_in_the_text():
    assert metadata.dateline_published("Oct. 5", "in 2024 and in 2025") == ""
