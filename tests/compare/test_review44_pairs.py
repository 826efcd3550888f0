"""Stop 44's review of `similarity._part_of_total` (stop 43): within one metric, a batch read "incremental" from
"killed N" over PART_RATIO of a total read "total" from "toll"/"deaths rose to" is one toll told twice, so the
scopes are settled and the two reports pair. Invented pairs of short reports, compared as the CLI compares two files
(tests/probe_pairs.py), written before the code ran: the reading's case in several domains, and near misses where a
day's or one incident's batch is over half a running total of more days or incidents and must NOT pair, or a batch
under half is one toll's first, early count. Verdicts by docs/figures.md "Verdicts" (a later date: update)."""
from __future__ import annotations

import pytest

from conftest import gap
from probe_pairs import UPDATE, Case, Report, check_row, comparer, domain_rows

U = frozenset({UPDATE})

CASES = {c.name: c for c in [
    # one toll, told first by its verb, then by its noun a day later
    Case("mine_collapse", "disasters",
         Report("Mine collapse kills 27\nA tunnel collapsed at a copper mine near Kitwe on Sunday, killing 27 miners, "
                "officials said. Rescuers were still searching for survivors.", "2026-05-03"),
         Report("Mine collapse toll rises\nThe death toll from Sunday's collapse at a copper mine near Kitwe has "
                "risen to 35, the mines ministry said on Monday.", "2026-05-04")),
    Case("festival_crush", "disasters",
         Report("Crush at festival kills 31\nA crush at a religious festival in Baraka killed 31 people on Friday, "
                "police said.", "2026-08-14"),
         Report("Festival crush deaths rise\nDeaths from Friday's crush at the festival in Baraka rose to 45 on "
                "Saturday, police said.", "2026-08-15")),
    Case("cholera_deaths", "health",
         Report("Cholera kills 64 in Dorra\nA cholera outbreak has killed 64 people in Dorra province since March, "
                "health officials said on Tuesday.", "2026-06-09"),
         Report("Cholera deaths climb\nThe death toll from the cholera outbreak in Dorra province has risen to 90, "
                "the health ministry said on Thursday.", "2026-06-11")),
    Case("early_count", "conflict",
         Report("Market bombing kills 10\nA car bomb at a market in Sarat killed at least 10 people on Monday, "
                "police said.", "2026-02-02"),
         Report("Sarat bombing toll rises to 48\nThe death toll from Monday's car bomb at a market in Sarat has "
                "risen to 48, hospital officials said on Tuesday.", "2026-02-03")),
    # near misses: a day's or one incident's batch over half of a running total of more days or incidents
    Case("day_and_week", "conflict",
         Report("Air strikes kill 40 in Morra\nAir strikes on Monday killed 40 people in Morra province, medics "
                "said. It was the deadliest day of the week-long offensive.", "2026-04-06"),
         Report("Offensive toll rises to 70\nThe death toll from the week-long offensive in Morra province has "
                "risen to 70, the health ministry said on Tuesday.", "2026-04-07")),
    Case("new_and_total_cases", "health",
         Report("Measles cases jump\nHealth officials in Velsk reported 120 new measles cases on Tuesday, the "
                "largest daily rise of the outbreak.", "2026-03-10"),
         Report("Measles outbreak grows\nThe total number of measles cases in Velsk has risen to 200 since the "
                "outbreak began in January, officials said on Wednesday.", "2026-03-11")),
    Case("one_crash_and_weekend", "disasters",
         Report("Pile-up kills 12\nA pile-up on the M4 motorway near Marl killed 12 people on Saturday, police "
                "said.", "2026-12-20"),
         Report("Weekend road toll\nDeaths on the region's roads over the weekend rose to 19, police said on "
                "Monday.", "2026-12-22")),
    # second batch, written after the first run and before its own
    Case("nightclub_fire", "disasters",
         Report("Nightclub fire kills 25\nA fire at a nightclub in Velo killed 25 people early on Saturday, the fire "
                "service said.", "2026-10-03"),
         Report("Nightclub fire deaths rise to 33\nDeaths from Saturday's nightclub fire in Velo rose to 33 on "
                "Sunday, the fire service said.", "2026-10-04")),
    Case("day_and_fortnight_displaced", "disasters",
         Report("Floods drive 6,000 from homes\nFloods on Monday forced 6,000 people from their homes in Rusa "
                "province, officials said.", "2026-09-14"),
         Report("Flood displacement rises\nThe number of people displaced by two weeks of flooding in Rusa "
                "province has risen to 9,000, officials said on Tuesday.", "2026-09-15")),
    # the rule's other side: a batch under half of the total is one part of it
    Case("small_part", "conflict",
         Report("Shelling kills 12 in Dasko\nShelling killed 12 people in Dasko on Monday, officials said.",
                "2026-07-06"),
         Report("Dasko toll passes 60\nThe death toll from a month of shelling in Dasko has risen to 60, officials "
                "said on Tuesday.", "2026-07-07")),
]}

PAIRS = [
    ("mine_collapse", "27", "35", U),  # killing 27 ~ the toll from the collapse risen to 35, a day later
    ("festival_crush", "31", "45", U),  # killed 31 ~ deaths from the crush rose to 45
    ("cholera_deaths", "64", "90", U),  # has killed 64 ~ toll risen to 90, two days later
    ("early_count", "10", "48", U),  # an early count: at least 10 ~ the same bombing's toll of 48
    ("nightclub_fire", "25", "33", U),  # killed 25 ~ deaths from the fire rose to 33, a day later
]
APART = [
    ("day_and_week", "40", "70"),  # Monday's 40 ~ the week's 70 (40 > 0.5 * 70)
    ("new_and_total_cases", "120", "200"),  # a day's new cases ~ the outbreak's total (120 > 0.5 * 200)
    ("one_crash_and_weekend", "12", "19"),  # one crash ~ the weekend's road deaths (12 > 0.5 * 19)
    ("day_and_fortnight_displaced", "6,000", "9,000"),  # Monday's 6,000 ~ two weeks' 9,000 (6,000 > 0.5 * 9,000)
    ("small_part", "12", "60"),  # one day's shelling ~ a month's (12 < 0.5 * 60)
]
GAPS: dict[tuple[str, str, str], str] = {
    ("mine_collapse", "27", "35"): "upstream: the headline 'Mine collapse kills 27' reads quantity 'collapse' and the "
        "lede's 27 keys 'miners killed at copper mines' against B's 'collapses killed at copper mines': no one metric, "
        "and the reading settles scopes within one metric only",
    ("nightclub_fire", "25", "33"): "upstream: two keys ('people killed in Velo' / 'fires killed': B's 'Deaths from "
        "Saturday's nightclub fire' keys the fire), and the headline's 25 reads quantity 'fire'; the reading settles "
        "scopes within one metric only",
    ("day_and_week", "40", "70"): "compare (misfire of _part_of_total): Monday's 40, read incremental, is over "
        "PART_RATIO of the week-long offensive's 70, so the scopes are settled and a day's batch pairs with a longer "
        "total as one toll (apart before stop 43: any smaller batch was a part); the ratio cannot tell a day of a "
        "longer story from one incident's first count",
    ("small_part", "12", "60"): "upstream: 'Shelling killed 12 people in Dasko on Monday' reads scope total (no "
        "incremental read for a dated day), so both are totals of one key and pair as an update; not the reading's "
        "(the same with the old any-smaller rule)",
}
DOMAINS = ("conflict", "disasters", "health")


def _domain_rows(domain: str) -> list:
    """A domain's pair rows, then its apart rows (verdicts None), each row GAPS names a strict xfail."""
    return domain_rows(domain, CASES, PAIRS, APART, GAPS, gap)


@pytest.fixture(scope="module")
def compared(nlp):
    """Each case compared as the CLI compares two files (tests/probe_pairs.py)."""
    return comparer(nlp, CASES)


def test_review44_pairs_cover_three_domains():
    assert {c.domain for c in CASES.values()} == set(DOMAINS)
    assert {c for c, *_ in PAIRS + APART} <= set(CASES)


ROW = "name,needle_a,needle_b,verdicts"


@pytest.mark.parametrize(ROW, _domain_rows("conflict"))
def test_review44_pairs_conflict(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("disasters"))
def test_review44_pairs_disasters(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("health"))
def test_review44_pairs_health(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)
