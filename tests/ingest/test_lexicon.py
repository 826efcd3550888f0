import calendar
import re

from newsfigures.ingest import metadata
from newsfigures.ingest.lexicon import MONTH_PATTERN, MONTHS, WEEKDAYS


def test_lexicon_months_map_every_spelling_to_its_number():
    assert metadata.MONTHS is MONTHS
    assert (MONTHS["jan"], MONTHS["january"], MONTHS["may"], MONTHS["sep"], MONTHS["sept"], MONTHS["september"]) == (1, 1, 5, 9, 9, 9)
    assert len(MONTHS) == 24 and set(MONTHS.values()) == set(range(1, 13))


def test_lexicon_month_pattern_matches_the_longest_spelling():
    pattern = re.compile(MONTH_PATTERN)
    assert [pattern.match(s).group(0) for s in ("Sept. 2", "September 2", "Sep 2", "Dec. 29", "May 1")] == [
        "Sept.", "September", "Sep", "Dec.", "May"]
    assert pattern.match("june") is None  # capitalised as in running text (date patterns add re.I)


def test_lexicon_weekdays_from_calendar():
    assert WEEKDAYS == tuple(d.lower() for d in calendar.day_name) and WEEKDAYS[0] == "monday"
