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
    (length("about 750 miles", 750, "mile", qualifier="approx"), length("1,200 km", 1200, "km", "b"), True),
    (length("4.1 million km", 4099999.9999999995, "km"), length("2.55 million miles", 2550000, "mile", "b"), True),
    # outside either number's rounding, or past the most a rounding may be off (CONVERTED_TOLERANCE: the review's)
    (length("100 miles", 100, "mile"), length("150 km", 150, "km", "b"), False),
    (length("1,200 km", 1200, "km"), length("720 miles", 720, "mile", "b"), False),
    (length("1,000 km", 1000, "km"), length("650 miles", 650, "mile", "b"), False),
    (length("15 km", 15, "km"), length("9 miles", 9, "mile", "b"), False),
    (length("5 miles", 5, "mile"), length("9 km", 9, "km", "b"), False),
    (length("3.4 km", 3.4, "km"), length("2.2 miles", 2.2, "mile", "b"), False),
    # one unit: the same number within SAME_TOLERANCE only, whatever digit it is written to
    (length("750 miles", 750, "mile"), length("752 miles", 752, "mile", "b"), True),
    (length("750 miles", 750, "mile"), length("754 miles", 754, "mile", "b"), False),
])
def test_intervals_same_value_reads_another_unit_at_its_rounding(a, b, same):
    assert same_value(a, b) is same and same_value(b, a) is same
    assert (value_rank(a, b) == 0) is same


def bounded(text: str, value: float, unit: str, qualifier: str, low: float | None, high: float | None) -> Figure:
    """A distance with a bound or a range, as the number parser reads it."""
    return Figure.from_dict({**length(text, value, unit, "b").to_dict(), "qualifier": qualifier, "low": low,
                             "high": high})


@pytest.mark.parametrize("a, b", [
    # a bound or a range is compared by its interval, never at a rounding (the review's)
    (length("8.3 km", 8.3, "km"), bounded("up to 5 miles", 5, "mile", "at_most", None, 5)),
    (length("155 km", 155, "km"), bounded("more than 100 miles", 100, "mile", "more_than", 100, None)),
    (length("12 km", 12, "km"), bounded("5 to 10 miles", 7.5, "mile", "range", 5, 10)),
])
def test_intervals_a_bound_or_a_range_is_never_read_at_a_rounding(a, b):
    assert not same_value(a, b) and not same_value(b, a)


@pytest.mark.parametrize("c, f", [(40, 100), (34, 90), (29, 84)])
def test_intervals_degrees_with_an_offset_are_not_read_at_a_rounding(c, f):
    celsius = Figure.from_dict({**length(f"{c}C", c, "celsius").to_dict(), "metric": "heat"})
    fahrenheit = Figure.from_dict({**length(f"{f}F", f, "fahrenheit", "b").to_dict(), "metric": "heat"})
    assert same_value(celsius, fahrenheit) is (abs((f - 32) * 5 / 9 - c) / c <= 0.005)


@pytest.mark.parametrize("value", [float("inf"), float("nan")])
def test_intervals_half_last_digit_of_no_finite_number_is_zero(value):
    assert half_last_digit(value) == 0.0


def test_intervals_rounds_to_reads_the_written_number_s_precision():
    km, miles = length("1,200 km", 1200, "km"), length("750 miles", 750, "mile", "b")
    assert rounds_to(miles, km)  # 1,200 km is 745.6 miles, inside 750's rounding (745 to 755)
    assert not rounds_to(length("1,207 km", 1207, "km"), length("745 miles", 745, "mile", "b"))
