import pytest

from newsfigures.ingest import Corpus, metadata


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


@pytest.mark.parametrize("line,parts", [
    ("By Jane Doe, Reuters", ("Jane Doe", "Reuters")),
    ("By JANE DOE (AP)", ("JANE DOE", "AP")),
    ("By JOHN SMITH, Associated Press Writer", ("JOHN SMITH", "Associated Press")),
    ("By Jane Doe and Max Roe | Reuters", ("Jane Doe and Max Roe", "Reuters")),
    ("By Jane Doe, BBC News", ("Jane Doe", "BBC News")),
    ("By Jane Doe for the BBC", ("Jane Doe", "BBC")),
    ("By Jane Doe — Reuters", ("Jane Doe", "Reuters")),
    ("By Jane Doe, Max Roe", ("Jane Doe, Max Roe", "")),  # two people, no outlet
    ("By Jane Doe, Staff Writer", ("Jane Doe", "")),  # a job title, no outlet
    ("By Jane Doe in Kyiv", ("Jane Doe", "")),  # a place
    ("By Tuesday, the toll had risen to 500.", ("", "")),
])
def test_metadata_byline_parts_give_authors_and_outlet(line, parts):
    assert metadata.byline_parts(line) == parts


@pytest.mark.parametrize("text,outlet", [
    ("At least 40 people died, officials said. — Reuters", "Reuters"),
    ("At least 40 people died, officials said.\n\n-- Associated Press", "Associated Press"),
    ("At least 40 people died, officials said.", ""),
    ("Fighting went on in the north — Kharkiv", ""),  # a dash inside a sentence credits nobody
    ("At least 40 people died. — Reuters staff said so", ""),
])
def test_metadata_closing_credit(text, outlet):
    assert metadata.closing_credit(text) == outlet


@pytest.mark.parametrize("text,outlet", [
    ("Quake toll rises in the hills\n\nBy Jane Doe, Reuters\n\nAt least 40 people died on Sunday, officials said.", "Reuters"),
    ("By JANE DOE (AP)\n\nAt least 40 people died on Sunday, officials said.", "AP"),
    ("At least 40 people died on Sunday, officials said. — Reuters\n", "Reuters"),
    ("By Jane Doe, Staff Writer\n\nAt least 40 people died on Sunday, officials said.", ""),
])
def test_metadata_byline_and_closing_credit_give_the_outlet_inferred(text, outlet):
    c = Corpus()
    c.add_text(text)
    (a,), _ = c.finish()
    assert a.outlet == outlet
    assert dict(a.provenance).get("outlet") == ("inferred" if outlet else None)


def test_metadata_an_outlet_the_record_gives_beats_the_byline():
    c = Corpus()
    c.add_bytes("quake.txt", b"By Jane Doe, Reuters\n\nAt least 40 people died on Sunday, officials said.",
                {"outlet": "PAP"})
    (a,), _ = c.finish()
    assert (a.outlet, a.origin("outlet")) == ("PAP", "sidecar")


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


@pytest.mark.parametrize("text,length", [
    ("KYIV, March 3 (Reuters) - Russia launched 70 drones", len("KYIV, March 3 (Reuters) - ")),
    ("KYIV, March 3 - Russia launched", len("KYIV, March 3 - ")),
    ("  LAGOS, June 3 (AP) — Police said", len("  LAGOS, June 3 (AP) — ")),
    ("Russia launched 70 drones - the air force said", 0),
    ("US - a short word is no dateline's place", 0),
])
def test_metadata_dateline_length(text, length):
    assert metadata.dateline_length(text) == length
