"""Stop 39's blind probe of one compare-side dev cluster: the one-to-one assignment when one article gives a key two
values far apart (an official count beside a study's estimate, confirmed beside feared, a part beside its whole,
dev: gaza_war 2024-07-05 "at least 186,000" beside "38,000", which took the 1,055 of 2023-10-11 from the toll it
answers), and another outlet, at another date, reports one of them. Invented wire passages over the eight domains,
each label written from the GUIDE's metric line (tests/gold/measures/GUIDE.md: same quantity, subject, event,
place, scope, dimension = one key) and re-read once before the code ran. `PAIRS` rows must pair with an acceptable
verdict; `APART` rows (a study's estimate vs the recorded count, a forecast vs a count, damaged vs destroyed, a
part vs its whole, a workforce vs the jobs cut) must not pair. Rows the code does not read are strict xfails
(`gap`), the reason naming the cause."""
from __future__ import annotations

import pytest

from conftest import gap
from probe_pairs import COMPATIBLE, CONFLICT, SAME, UPDATE, Case, Report, check_row, comparer, domain_rows

MOVED = frozenset({UPDATE, COMPATIBLE})  # a running count at two dates: the issue says update, the fixtures compatible
ANY = frozenset({SAME, COMPATIBLE, UPDATE, CONFLICT})

CASES = {c.name: c for c in [
    # conflict
    Case("toll_study", "conflict",
         Report("The health ministry said at least 2,100 people had been killed in the region since the fighting "
                "began.", "2026-03-02"),
         Report("A study published in a medical journal estimates that the true death toll in the region is at least "
                "40,000, compared with the 9,500 deaths recorded by the health ministry.", "2026-06-10")),
    Case("toll_study_estimate", "conflict",
         Report("Researchers estimated that at least 35,000 people had died in the region.", "2026-06-01"),
         Report("A study in a medical journal puts the true death toll in the region at 40,000, compared with the "
                "9,500 deaths recorded by the ministry.", "2026-06-10")),
    Case("displaced_estimate", "conflict",
         Report("The United Nations said 120,000 people had been displaced by the fighting.", "2026-04-01"),
         Report("Aid groups believe as many as 900,000 people may have fled, far more than the 310,000 displaced "
                "people registered by the United Nations.", "2026-05-01")),
    # disasters
    Case("quake_feared", "disasters",
         Report("Officials said 1,400 people were confirmed dead after the earthquake.", "2026-02-07"),
         Report("The confirmed death toll from the earthquake rose to 3,200, while the geological survey warned that "
                "deaths could exceed 20,000.", "2026-02-09")),
    Case("flood_homes", "disasters",
         Report("The floods destroyed 800 homes in the province, officials said.", "2026-08-01"),
         Report("Officials now say 2,300 homes were destroyed in the province and 15,000 damaged.", "2026-08-04")),
    # health
    Case("outbreak_cases", "health",
         Report("Health officials have confirmed 450 cases of the disease in the country.", "2026-01-10"),
         Report("Confirmed cases in the country reached 1,200, but epidemiologists estimate that more than 25,000 "
                "people may have been infected.", "2026-01-20")),
    Case("measles_deaths", "health",
         Report("The measles outbreak has killed 31 children in the district, the health ministry said.",
                "2026-03-03"),
         Report("The ministry said 58 children had died of measles in the district. More than 4,000 children have "
                "been vaccinated since the outbreak began.", "2026-03-17")),
    # business
    Case("airline_jobs", "business",
         Report("The airline said it would cut 2,000 jobs.", "2026-05-02"),
         Report("The airline, which employs 38,000 people, now plans to cut 3,500 jobs.", "2026-05-20")),
    Case("car_recall", "business",
         Report("The carmaker is recalling 150,000 vehicles in the United States over faulty airbags.", "2026-06-01"),
         Report("The carmaker expanded the recall to 410,000 vehicles in the United States. It sold 2.1 million "
                "vehicles there last year.", "2026-06-15")),
    # politics
    Case("march_crowd", "politics",
         Report("Police said about 8,000 people took part in the march in the capital.", "2026-10-05"),
         Report("Organisers said 60,000 people joined the march in the capital, while police put the number at "
                "10,000.", "2026-10-06")),
    Case("votes_counted", "politics",
         Report("Election officials said 4.1 million votes had been counted.", "2026-11-04"),
         Report("With 6.8 million votes counted, officials said the electorate numbered 11 million voters.",
                "2026-11-06")),
    # science
    Case("satellites", "science",
         Report("The company has launched 1,800 satellites so far.", "2026-04-01"),
         Report("The company has now launched 2,600 satellites and plans a constellation of 12,000.", "2026-09-01")),
    Case("planets", "science",
         Report("The space telescope has confirmed 310 new planets, NASA said.", "2026-02-01"),
         Report("NASA said the telescope had confirmed 540 planets, and scientists expect the mission to find as "
                "many as 5,000.", "2026-07-01")),
    # crime
    Case("fraud_investors", "crime",
         Report("Prosecutors said the scheme defrauded 600 investors.", "2026-03-01"),
         Report("Prosecutors now say 1,450 investors were defrauded, and the company had 20,000 customers.",
                "2026-04-15")),
    Case("riot_arrests", "crime",
         Report("Police arrested 85 people after the riots in the city.", "2026-07-10"),
         Report("Police have now arrested 240 people over the riots in the city, where some 3,000 people took to the "
                "streets.", "2026-07-12")),
    # sport
    Case("marathon", "sport",
         Report("More than 30,000 runners started the marathon on Sunday.", "2026-04-20"),
         Report("Of the 36,000 runners who started the marathon, 1,200 failed to finish in the heat.", "2026-04-21")),
    Case("final_crowd", "sport",
         Report("A crowd of 52,000 watched the final.", "2026-05-30"),
         Report("The 52,000 fans who watched the final included 4,000 away supporters.", "2026-05-31")),
]}

# (case, figure text in A, figure text in B, acceptable verdicts): one quantity reported by both outlets.
PAIRS = [
    ("toll_study", "2,100", "9,500", MOVED),
    ("toll_study_estimate", "35,000", "40,000", MOVED),
    ("displaced_estimate", "120,000", "310,000", MOVED),
    ("quake_feared", "1,400", "3,200", MOVED),
    ("flood_homes", "800", "2,300", MOVED),
    ("outbreak_cases", "450", "1,200", MOVED),
    ("measles_deaths", "31", "58", MOVED),
    ("airline_jobs", "2,000", "3,500", MOVED),
    ("car_recall", "150,000", "410,000", MOVED),
    ("march_crowd", "8,000", "10,000", ANY),
    ("votes_counted", "4.1 million", "6.8 million", MOVED),
    ("satellites", "1,800", "2,600", MOVED),
    ("planets", "310", "540", MOVED),
    ("fraud_investors", "600", "1,450", MOVED),
    ("riot_arrests", "85", "240", MOVED),
    ("marathon", "30,000", "36,000", MOVED),
    ("final_crowd", "52,000", "52,000", frozenset({SAME})),
]

# (case, figure text in A, figure text in B): two quantities that must not pair.
APART = [
    ("toll_study", "2,100", "40,000"),  # the recorded toll vs a study's estimate
    ("toll_study_estimate", "35,000", "9,500"),  # an estimate vs the recorded toll
    ("displaced_estimate", "120,000", "900,000"),  # registered vs believed fled
    ("quake_feared", "1,400", "20,000"),  # confirmed vs a forecast
    ("flood_homes", "800", "15,000"),  # destroyed vs damaged
    ("outbreak_cases", "450", "25,000"),  # confirmed cases vs estimated infections
    ("measles_deaths", "31", "4,000"),  # deaths vs vaccinated
    ("airline_jobs", "2,000", "38,000"),  # jobs cut vs the workforce
    ("car_recall", "150,000", "2.1 million"),  # recalled vs sold
    ("votes_counted", "4.1 million", "11 million"),  # counted vs the electorate
    ("satellites", "1,800", "12,000"),  # launched vs planned
    ("planets", "310", "5,000"),  # confirmed vs expected
    ("fraud_investors", "600", "20,000"),  # defrauded vs customers
    ("riot_arrests", "85", "3,000"),  # arrested vs took to the streets
    ("marathon", "30,000", "1,200"),  # started vs failed to finish
    ("final_crowd", "52,000", "4,000"),  # the crowd vs the away supporters in it
]

GAPS: dict[tuple[str, str, str], str] = {
    ("displaced_estimate", "120,000", "310,000"): "upstream: the registered 310,000 read as a projection (scope) from "
                                                  "the clause's 'may have fled'",
    ("airline_jobs", "2,000", "3,500"): "upstream: 'would cut' read projection, 'plans to cut' total (scope), two keys",
    ("car_recall", "150,000", "410,000"): "upstream: 'expanded the recall to 410,000' read other:expand against "
                                          "other:recall (event)",
    ("march_crowd", "8,000", "10,000"): "upstream: 'took part' and 'joined' read as two unlisted verbs "
                                        "(other:take / other:join; GUIDE E2 keeps the literal lemma)",
    ("votes_counted", "4.1 million", "6.8 million"): "upstream: 'had been counted' read won, 'counted' other:count",
    ("planets", "310", "540"): "label arguable: '310 new planets' read incremental, as the GUIDE's scope line reads "
                               "'new cases' (a batch); the label took 'new' as new to science, a running total",
    ("final_crowd", "52,000", "52,000"): "upstream: subjects 'crowd' / 'fans' and events other:watch / measured "
                                         "(a relative clause's verb), two keys, so even one telling value cannot pair",
}


def _domain_rows(domain: str) -> list:
    """A domain's pair rows, then its apart rows (verdicts None), each row GAPS names a strict xfail."""
    return domain_rows(domain, CASES, PAIRS, APART, GAPS, gap)


@pytest.fixture(scope="module")
def compared(nlp):
    """Each case compared as the CLI compares two files (tests/probe_pairs.py)."""
    return comparer(nlp, CASES)


def test_alignment_clusters_cover_the_eight_domains():
    assert {c.domain for c in CASES.values()} == {"conflict", "disasters", "business", "politics", "health",
                                                  "science", "crime", "sport"}
    assert {c for c, *_ in PAIRS + APART} <= set(CASES)


ROW = "name,needle_a,needle_b,verdicts"


@pytest.mark.parametrize(ROW, _domain_rows("conflict"))
def test_alignment_clusters_conflict(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("disasters"))
def test_alignment_clusters_disasters(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("business"))
def test_alignment_clusters_business(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("politics"))
def test_alignment_clusters_politics(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("health"))
def test_alignment_clusters_health(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("science"))
def test_alignment_clusters_science(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("crime"))
def test_alignment_clusters_crime(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("sport"))
def test_alignment_clusters_sport(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)
