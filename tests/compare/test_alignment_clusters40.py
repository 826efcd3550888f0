"""Stop 40's blind probe of one compare-side dev cluster: two batches of one running story (one incident, one day,
"N more", "in the past 24 hours"), one outlet naming the place or the group the other leaves unread, so the corpus
files them under two metrics, and their values differ by nature, so no telling number joins them across (dev:
gaza_war 2023-10-25_1 "at least 704" died in the past day and 2023-10-23_1 "at least 436" ~ 2023-12-17_1 "at least
90" in Jabalia; israel_palestinian_2001 bg_014 "three" militants killed ~ bg_277 "five" Palestinians shot dead in the
West Bank). Invented wire passages in five domains, each label written from the GUIDE (tests/gold/measures/GUIDE.md:
quantity, event, scope lines; C3 for a window count) and the issue's verdict line (two batches: `compatible`, both
can be true), re-read once before the code ran. `PAIRS` rows must pair with an acceptable verdict; `APART` rows (a
batch beside the running total, deaths beside the wounded or the missing, two named places, two named groups, two
events) must not pair. Rows the code does not read are strict xfails (`gap`), the reason naming the cause. Blind score on
stop 40's start: 16 of 22 rows (4 of 9 pairs; 12 of 13 apart rows, flood 1,200 ~ 5,600 paired). The pair labels are
arguable where the GUIDE is silent (revision 3: whether separate incidents of one running story are one batch metric
is left to the grouping gold); the dev gold lumps gaza_war's daily batches and israel_palestinian_2001's increments
but keys mideast_dec_2001's incidents and gaza_war's aid-site shootings apart, which is why no mend was kept."""
from __future__ import annotations

import pytest

from conftest import gap
from probe_pairs import COMPATIBLE, UPDATE, Case, Report, check_row, comparer, domain_rows

BATCHES = frozenset({COMPATIBLE, UPDATE})  # two incidents: both can be true (update tolerated: the undated line)

CASES = {c.name: c for c in [
    # conflict
    Case("strikes_town", "conflict",
         Report("Air strikes killed at least 40 people in the town of Karsa overnight, the health ministry said.",
                "2026-03-04"),
         Report("At least 65 people were killed in the past 24 hours, the health ministry said on Monday. It said 120 "
                "people were wounded and that the death toll since the war began had risen to 9,400.", "2026-03-09")),
    Case("shelling_two_towns", "conflict",
         Report("Shelling killed 12 civilians in the town of Rova on Tuesday, local officials said.", "2026-04-07"),
         Report("Shelling killed 17 civilians in the border town of Demir on Friday, officials said.", "2026-04-10")),
    Case("soldiers_civilians", "conflict",
         Report("A roadside bomb killed 18 soldiers near Tazra on Sunday, the army said.", "2026-06-07"),
         Report("Twenty-four civilians were killed in a market bombing on Wednesday, police said.", "2026-06-10")),
    Case("village_raids", "conflict",
         Report("Gunmen killed 27 villagers in a night raid in Kaba province, local officials said.", "2026-07-01"),
         Report("Gunmen killed 19 more villagers on Saturday, officials said.", "2026-07-05")),
    # disasters
    Case("aftershocks", "disasters",
         Report("A strong aftershock killed 14 people in the mountain village of Orlu on Tuesday, rescuers said.",
                "2026-02-10"),
         Report("Another aftershock killed 11 people on Thursday, the disaster agency said. Since the main quake, "
                "2,300 people have died.", "2026-02-12")),
    Case("landslide_bodies", "disasters",
         Report("Rescuers recovered 23 more bodies from the landslide in Pelu district on Monday.", "2026-09-14"),
         Report("Rescuers recovered 31 more bodies on Wednesday, officials said, and 60 people are still missing.",
                "2026-09-16")),
    Case("flood_evacuations", "disasters",
         Report("Rescuers evacuated 1,200 people from flooded villages in Lowen district on Monday.", "2026-10-05"),
         Report("A further 800 people were evacuated on Tuesday as the river kept rising. In all, 5,600 people have "
                "been evacuated since the rains began.", "2026-10-06")),
    # health
    Case("new_cases", "health",
         Report("Health officials reported 320 new cases of the virus in the northern province on Monday.",
                "2026-01-05"),
         Report("Officials reported 410 new cases on Thursday, bringing the total number of cases to 12,600.",
                "2026-01-08")),
    Case("outbreak_deaths", "health",
         Report("The outbreak killed 15 more people in the capital over the weekend, the health ministry said.",
                "2026-03-16"),
         Report("The health ministry said 22 people had died of the disease in the past 24 hours and 300 new cases "
                "were recorded.", "2026-03-19")),
    # crime
    Case("dawn_raids", "crime",
         Report("Police arrested 48 people in dawn raids across the city of Morrow on Tuesday.", "2026-05-05"),
         Report("Police arrested 35 more people in raids on Saturday, a spokesman said, bringing the number held "
                "since the crackdown began to 210.", "2026-05-09")),
    Case("arrested_injured", "crime",
         Report("Police arrested 60 protesters after clashes in the capital on Friday.", "2026-08-14"),
         Report("Forty police officers were injured in clashes on Saturday, the interior ministry said.",
                "2026-08-15")),
    # politics
    Case("protest_deaths", "politics",
         Report("Security forces killed 11 protesters in the city of Ambo on Sunday, rights groups said.",
                "2026-09-06"),
         Report("At least 16 protesters were killed on Wednesday as demonstrations spread, a rights group said. More "
                "than 5,000 people have been detained since the protests began.", "2026-09-09")),
    Case("detained_two_cities", "politics",
         Report("Police detained 200 demonstrators in Lisk on Monday.", "2026-11-02"),
         Report("Police detained 150 demonstrators in Varro on Tuesday.", "2026-11-03")),
]}

# (case, figure text in A, figure text in B, acceptable verdicts): two batches of one quantity.
PAIRS = [
    ("strikes_town", "40", "65", BATCHES),
    ("village_raids", "27", "19", BATCHES),
    ("aftershocks", "14", "11", BATCHES),
    ("landslide_bodies", "23", "31", BATCHES),
    ("flood_evacuations", "1,200", "800", BATCHES),
    ("new_cases", "320", "410", BATCHES),
    ("outbreak_deaths", "15", "22", BATCHES),
    ("dawn_raids", "48", "35", BATCHES),
    ("protest_deaths", "11", "16", BATCHES),
]

# (case, figure text in A, figure text in B): two quantities that must not pair.
APART = [
    ("strikes_town", "40", "120"),  # killed vs wounded
    ("strikes_town", "40", "9,400"),  # a batch vs the running toll
    ("shelling_two_towns", "12", "17"),  # two named places
    ("soldiers_civilians", "18", "Twenty-four"),  # two named groups
    ("aftershocks", "14", "2,300"),  # a batch vs the running toll
    ("landslide_bodies", "23", "60"),  # bodies recovered vs the missing
    ("flood_evacuations", "1,200", "5,600"),  # a batch vs the running total
    ("new_cases", "320", "12,600"),  # new cases vs the running total
    ("outbreak_deaths", "15", "300"),  # deaths vs new cases
    ("dawn_raids", "48", "210"),  # a batch vs the running total
    ("arrested_injured", "60", "Forty"),  # arrested protesters vs injured police
    ("protest_deaths", "11", "5,000"),  # killed vs detained
    ("detained_two_cities", "200", "150"),  # two named places
]

_ACROSS = ("compare: two batches under two metrics (one names the place, the other leaves it unread) and values that "
           "differ by nature, so no telling number joins them across; stop 40's BATCHES_ACROSS paired them but was "
           "dropped (dev gold keys separate incidents apart: gaza_war 9 and mideast_dec_2001 4 wrong pairs)")
GAPS: dict[tuple[str, str, str], str] = {
    ("village_raids", "27", "19"): "upstream: 'in a night raid' read daily (scope), so the raid is no batch; two keys",
    ("aftershocks", "14", "11"): _ACROSS,
    ("flood_evacuations", "1,200", "800"): "upstream: 'evacuated 1,200 people ... on Monday' read total (scope), "
                                           "so a total and a batch ('A further 800') stay apart",
    ("flood_evacuations", "1,200", "5,600"): "upstream: the same day's 1,200 read total, so it pairs with the running "
                                             "total 5,600 (place on one side only, same scope)",
    ("dawn_raids", "48", "35"): "upstream: 'arrested 48 people in dawn raids ... on Tuesday' read total (scope)",
    ("protest_deaths", "11", "16"): "upstream: 'At least 16 protesters were killed on Wednesday' read total (scope)",
}

DOMAINS = ("conflict", "disasters", "health", "crime", "politics")


def _domain_rows(domain: str) -> list:
    """A domain's pair rows, then its apart rows (verdicts None), each row GAPS names a strict xfail."""
    return domain_rows(domain, CASES, PAIRS, APART, GAPS, gap)


@pytest.fixture(scope="module")
def compared(nlp):
    """Each case compared as the CLI compares two files (tests/probe_pairs.py)."""
    return comparer(nlp, CASES)


def test_alignment_clusters40_cover_five_domains():
    assert {c.domain for c in CASES.values()} == set(DOMAINS)
    assert {c for c, *_ in PAIRS + APART} <= set(CASES)


ROW = "name,needle_a,needle_b,verdicts"


@pytest.mark.parametrize(ROW, _domain_rows("conflict"))
def test_alignment_clusters40_conflict(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("disasters"))
def test_alignment_clusters40_disasters(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("health"))
def test_alignment_clusters40_health(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("crime"))
def test_alignment_clusters40_crime(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("politics"))
def test_alignment_clusters40_politics(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)
