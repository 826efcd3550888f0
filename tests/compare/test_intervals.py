import pytest

from newsfigures.compare.intervals import half_last_digit, rounds_to, same_value, value_rank
from newsfigures.model import Figure, Measure


def length(text: str, value: float, unit: str, article: str = "a", qualifier: str = "exact") -> Figure:
    """A distance as the extractor would read it, exact unless told."""
    return Figure(article_id=article, source_file="", text=text, start=0, end=len(text), sentence=text, value=value,
                  low=value, high=value, qualifier=qualifier, unit=unit, counted="", event="", as_of="", said_by="",
                  metric="distance", kind="measure", measure=Measure("distance", "", "measured", "", "total", "length"))


@pytest.mark.parametrize("value, half", [
    (750, 5), (1200, 50), (113, 0.5), (2.1, 0.05), (3.38, 0.005), (1_200_000, 50_000), (7, 0.5), (0, 0.5),
])
def test_intervals_half_last_digit_is_the_precision_a_number_is_written_to(value, half):
    assert half_last_digit(value) == pytest.approx(half)


@pytest.mark.parametrize("a, b, same", [
    # a value written in another unit is the number it rounds to (probes 42 and 60: science and disasters reports)
    (length("1,200 km", 1200, "km"), length("750 miles", 750, "mile", "b"), True),
    (length("3.4 km", 3.4, "km"), length("2.1 miles", 2.1, "mile", "b"), True),
    (length("113 km", 113, "km"), length("70 miles", 70, "mile", "b"), True),
    (length("550 km", 550, "km"), length("340 miles", 340, "mile", "b"), True),
    (length("15 km", 15, "km"), length("9 miles", 9, "mile", "b"), True),
    # outside either number's rounding, or past the most a rounding may be off (CONVERTED_TOLERANCE)
    (length("100 miles", 100, "mile"), length("150 km", 150, "km", "b"), False),
    (length("5 miles", 5, "mile"), length("9 km", 9, "km", "b"), False),
    (length("3.4 km", 3.4, "km"), length("2.2 miles", 2.2, "mile", "b"), False),
    # one unit: the same number within SAME_TOLERANCE only, whatever digit it is written to
    (length("750 miles", 750, "mile"), length("752 miles", 752, "mile", "b"), True),
    (length("750 miles", 750, "mile"), length("754 miles", 754, "mile", "b"), False),
])
def test_intervals_same_value_reads_another_unit_at_its_rounding(a, b, same):
    assert same_value(a, b) is same and same_value(b, a) is same
    assert (value_rank(a, b) == 0) is same


def test_intervals_rounds_to_reads_the_written_number_s_precision():
    km, miles = length("1,200 km", 1200, "km"), length("750 miles", 750, "mile", "b")
    assert rounds_to(miles, km)  # 1,200 km is 745.6 miles, inside 750's rounding (745 to 755)
    assert not rounds_to(length("1,207 km", 1207, "km"), length("745 miles", 745, "mile", "b"))
