import pytest

from newsfigures.extract.timephrases import resolve

PUB = "2025-09-02T12:30"  # a Tuesday


@pytest.mark.parametrize("phrase,as_of,relation", [
    ("in April", "2025-04", "during"),
    ("Tuesday", "2025-09-02", "at"),
    ("on Sunday", "2025-08-31", "at"),
    ("Since October last year", "2024-10", "since"),
    ("in 2024", "2024", "during"),
    ("last week", "2025-08-25", "during"),
    ("last year", "2024", "during"),
    ("Earlier this year", "2025", "during"),
    ("December 26", "2024-12-26", "at"),
    ("yesterday", "2025-09-01", "at"),
    ("mid-January", "2025-01", "during"),
    ("two weeks ago", "2025-08", "at"),  # a length of time back from the publication day is one
])
def test_timephrases_resolve(phrase, as_of, relation):
    ref = resolve(phrase, PUB)
    assert (ref.as_of, ref.relation) == (as_of, relation)


# a length of time is no time: a date parser reads "three years" as three years ago (dev wn2004_025 "promised up to
# $500 million a year in savings within three years"; wn2004_026 "for two hours"; wn2004_051 "two months following")
@pytest.mark.parametrize("phrase", ["", "the", "soon", "2,000", "three years", "48 hours", "a decade", "the two weeks",
                                    "24 hours", "two straight days"])
def test_timephrases_unresolvable(phrase):
    assert resolve(phrase, PUB) is None


def test_timephrases_no_publication_date_only_absolute_years():
    assert resolve("in 2024", "").as_of == "2024"
    assert resolve("in April", "") is None


# An article with no publication date (the Reuters items, Wikinews items whose sidecar has none) still dates a figure
# by a phrase that writes its year: a month of a year or a day; a phrase the year alone does not fix stays undated.
@pytest.mark.parametrize("phrase,as_of", [
    ("in December 1986", "1986-12"), ("December, 1985", "1985-12"), ("Dec. 1986", "1986-12"),
    ("in January 1988", "1988-01"), ("on March 3, 2023", "2023-03-03"), ("As of Dec 31, 1986", "1986-12-31"),
    ("last March", None), ("in April", None), ("the corresponding period last year", None),
    ("the first two months of 1987", "1987"),  # a part of the year it writes, never a day of the reference year
])
def test_timephrases_no_publication_date_phrases_that_write_their_year(phrase, as_of):
    ref = resolve(phrase, "")
    assert (ref.as_of if ref is not None else None) == as_of


@pytest.mark.parametrize("phrase,as_of", [
    ("in January", "2025-01"), ("Jan. 2024", "2024-01"), ("in sept", "2025-09"), ("Sept. 2024", "2024-09"),
    ("sep 2023", "2023-09"), ("in September", "2025-09"), ("in May", "2025-05"), ("Dec 2024", "2024-12"),
    ("August this year", "2025-08"),
])
def test_timephrases_month_names_and_abbreviations(phrase, as_of):
    assert resolve(phrase, PUB).as_of == as_of


@pytest.mark.parametrize("phrase,as_of", [
    ("Monday", "2025-09-01"), ("Tuesday", "2025-09-02"), ("Wednesday", "2025-08-27"), ("Thursday", "2025-08-28"),
    ("Friday", "2025-08-29"), ("Saturday", "2025-08-30"), ("Sundays", "2025-08-31"),
])
def test_timephrases_weekdays_are_the_most_recent_one(phrase, as_of):
    assert resolve(phrase, PUB).as_of == as_of


# A phrase that writes one year beside words of a part of a year only is that year, dated or not (stop 52: Reuters
# results and trade items outside the gold, "fiscal 1986", "the first quarter of 1987", "at end-1986", "the same 1985
# period"); one that writes a year and no month beside other words stays undated, where a date parser read "1985 4th
# qtr" as April 1985 and "the 1986 year" as 1986 years before the publication day.
@pytest.mark.parametrize("phrase,as_of", [
    ("fiscal 1986", "1986"), ("in fiscal year 1987", "1987"), ("the first half of 1987", "1987"),
    ("the last quarter of 1986", "1986"), ("at end-1986", "1986"), ("the same 1985 period", "1985"),
    ("the 1986 year", "1986"), ("all of 1987", "1987"), ("the calendar year 1986", "1986"), ("summer 2023", "2023"),
    ("1985 4th qtr and yr", None), ("as early as 1989", None), ("TT 1375 1375", None),
    # a period across two years is the year it ends (dev wn2004_036 "during the 2002-2003 season"; Reuters crop,
    # trade and fiscal-year items outside the gold: "in 1986/87", "fiscal year 1985/86")
    ("the 1986/87 season", "1987"), ("during the 2002-2003 season", "2003"), ("fiscal year 1985/86", "1986"),
    ("1999-00", "2000"), ("1986/88", None),
    ("March 31, 1986", "1986-03-31"), ("12/31/1986", "1986-12-31"),
])
@pytest.mark.parametrize("published", [PUB, ""])
def test_timephrases_part_of_a_written_year(phrase, as_of, published):
    ref = resolve(phrase, published)
    assert (ref.as_of if ref is not None else None) == as_of
