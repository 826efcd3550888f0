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
])
def test_timephrases_resolve(phrase, as_of, relation):
    ref = resolve(phrase, PUB)
    assert (ref.as_of, ref.relation) == (as_of, relation)


@pytest.mark.parametrize("phrase", ["", "the", "soon", "2,000"])
def test_timephrases_unresolvable(phrase):
    assert resolve(phrase, PUB) is None


def test_timephrases_no_publication_date_only_absolute_years():
    assert resolve("in 2024", "").as_of == "2024"
    assert resolve("in April", "") is None
