"""Stop 41's blind probe of one compare-side cluster: two outlets report one figure, each with a verb of its own that
the GUIDE's event table does not list, so each measure's event is that verb's lemma (GUIDE revision 2, E2:
`other:<lemma>`, never a synonym), and the two events differ as words, not as classes ("confronted" ~ "approached",
"locked in negotiations" ~ "hearings", "mutilated themselves" ~ "committed acts of self harm"). With the gold
measures put through `similarity`, this is the largest reason dev pairs of one gold metric fall under THRESHOLD:
18 pairs in six stories (cricket_aus_nz_2001, cricket_aus_sa_2001, qantas_maintenance_dispute_2001,
interlaken_canyoning_trial, woomera_detention_unrest, mideast_dec_2001). Invented wire passages in six domains, each
label written from the GUIDE (quantity, subject, E2 event lines) and re-read once before the code ran. `PAIRS` rows
(one quantity, one subject, two verbs of their own) must pair, with any verdict (their values differ: the verdict is
the verdict line's business, not this table's); `APART` rows must not pair: two listed classes (killed ~ injured,
bought ~ sold), two verbs of their own with two subjects or two quantities, and two opposite acts of one body under
two keys. Rows the code does not read are strict xfails (`gap`), the reason naming the cause.

Blind score on stop 41's start (064f98d): 6 of the 13 first rows (2 of 7 pairs: where the values agree or lie near,
`similarity.pair_basis` already discounts the event; 4 of 6 apart rows: "hired 400" ~ "laid off 400" and "arrested
30" ~ "charged 30" pair on that same discount). The mend measured, two verbs of their own weighed as an event unknown
within one metric (EVENT.unknown, not EVENT.differs), read 3 more pair rows and one dev pair (mideast_dec_2001
"hundreds of police confronted" ~ "scores of police approached", no wrong dev pair once the key may set aside one
field at most), but broke the near misses added after the blind run (marked "added"): one company's 400 hires ~
its 350 lay-offs, a port's containers handled ~ shipped; with the gold measures it lifts 13 pairs of one gold metric
over THRESHOLD and 32 of two. Not kept; its rows stay gaps."""
from __future__ import annotations

import pytest

from conftest import gap
from probe_pairs import COMPATIBLE, CONFLICT, SAME, UPDATE, Case, Report, check_row, comparer, domain_rows

ANY = frozenset({SAME, COMPATIBLE, UPDATE, CONFLICT})  # this table asks whether they pair, not which verdict

CASES = {c.name: c for c in [
    # conflict
    Case("compound_police", "conflict",
         Report("Hundreds of police surrounded the compound of the opposition leader on Tuesday, witnesses said.",
                "2026-03-03"),
         Report("Scores of police stormed the compound of the opposition leader on Tuesday but were driven back.",
                "2026-03-03")),
    Case("checkpoint_soldiers", "conflict",
         Report("About 200 soldiers guarded the border crossing at Tarno on Friday, the army said.", "2026-05-08"),
         Report("Some 150 soldiers patrolled the border crossing at Tarno on Friday, a spokesman said. Rebels "
                "wounded 150 civilians in the town.", "2026-05-08")),
    # business
    Case("plant_pickets", "business",
         Report("About 300 workers picketed the Delmar car plant on Monday in a dispute over pay.", "2026-02-09"),
         Report("Some 250 workers blockaded the Delmar car plant on Monday, the union said. The company hired 250 "
                "contractors last year.", "2026-02-09")),
    Case("hire_fire", "business",
         Report("Norvik Steel hired 400 workers at its Dunmore mill last year.", "2026-01-12"),
         Report("Norvik Steel laid off 400 workers at its Dunmore mill on Friday.", "2026-01-17")),
    # politics
    Case("parliament_march", "politics",
         Report("About 5,000 protesters marched on parliament in Velsk on Saturday, police said.", "2026-04-11"),
         Report("Some 8,000 protesters rallied outside parliament in Velsk on Saturday, organisers said.",
                "2026-04-11")),
    # crime
    Case("riot_suspects", "crime",
         Report("Police questioned 12 suspects over the riot in Hallam on Sunday.", "2026-06-14"),
         Report("Police interviewed 15 suspects over the riot in Hallam, a spokeswoman said. Police released 20 "
                "people without charge.", "2026-06-15")),
    Case("arrest_charge", "crime",
         Report("Police arrested 30 people after the riot in Hallam.", "2026-06-14"),
         Report("Prosecutors charged 30 people over the riot in Hallam.", "2026-06-16")),
    # disasters
    Case("rubble_survivors", "disasters",
         Report("Rescuers pulled 40 survivors from the rubble of the collapsed hotel in Amrit on Wednesday.",
                "2026-08-12"),
         Report("Rescuers freed 46 survivors from the rubble of the collapsed hotel in Amrit, officials said. The "
                "collapse killed 52 people.", "2026-08-13")),
    # sport
    Case("final_crowd", "sport",
         Report("About 40,000 fans packed the national stadium for the cup final on Saturday.", "2026-05-23"),
         Report("Some 38,000 fans watched the cup final at the national stadium on Saturday.", "2026-05-23")),
    # added after the blind run: near misses the measured mend broke
    Case("hire_lay_off", "business",
         Report("Norvik Steel hired 400 workers at its Dunmore mill last year.", "2026-01-12"),
         Report("Norvik Steel laid off 350 workers at its Dunmore mill on Friday.", "2026-01-17")),
    Case("port_containers", "business",
         Report("The port handled 12,000 containers in March, the authority said.", "2026-04-02"),
         Report("The port shipped 9,000 containers in March, the authority said.", "2026-04-03")),
    Case("arrest_release", "crime",
         Report("Police arrested 45 protesters in Hallam on Monday.", "2026-06-15"),
         Report("Police released 38 protesters in Hallam on Tuesday.", "2026-06-16")),
]}

# (case, figure text in A, figure text in B, acceptable verdicts): one figure, two verbs of their own.
PAIRS = [
    ("compound_police", "Hundreds", "Scores", ANY),
    ("checkpoint_soldiers", "About 200", "Some 150", ANY),
    ("plant_pickets", "About 300", "Some 250", ANY),
    ("parliament_march", "About 5,000", "Some 8,000", ANY),
    ("riot_suspects", "12", "15", ANY),
    ("rubble_survivors", "40", "46", ANY),
    ("final_crowd", "About 40,000", "Some 38,000", ANY),
]

# (case, figure text in A, figure text in B): two quantities that must not pair.
APART = [
    ("checkpoint_soldiers", "About 200", "150"),  # soldiers on guard vs civilians wounded (listed class)
    ("plant_pickets", "About 300", "250"),  # workers picketing vs contractors hired (two quantities)
    ("hire_fire", "400", "400"),  # one company's hires vs its lay-offs: two opposite acts
    ("riot_suspects", "12", "20"),  # suspects questioned vs people released
    ("arrest_charge", "30", "30"),  # arrested by police vs charged by prosecutors: two subjects
    ("rubble_survivors", "40", "52"),  # survivors pulled out vs the dead (listed class)
    ("hire_lay_off", "400", "350"),  # added: hires vs lay-offs of one company
    ("port_containers", "12,000", "9,000"),  # added: containers handled vs shipped
    ("arrest_release", "45", "38"),  # added: protesters arrested vs released
]

_OWN_VERBS = ("compare: two verbs of their own (E2) weigh as a disagreement (EVENT.differs) and the values differ, "
              "so no discount joins them; weighing them as unknown was measured and dropped (near misses broke)")
GAPS: dict[tuple[str, str, str], str] = {
    ("compound_police", "Hundreds", "Scores"): "upstream: 'Scores of police stormed' read measured (event); with "
                                              "other:storm it is the own-verbs gap",
    ("checkpoint_soldiers", "About 200", "Some 150"): _OWN_VERBS + "; the key files 'Some 150' apart ('· patrol')",
    ("parliament_march", "About 5,000", "Some 8,000"): "upstream: 'rallied' read rose (event), so two keys",
    ("riot_suspects", "12", "15"): _OWN_VERBS,
    ("rubble_survivors", "40", "46"): _OWN_VERBS,
    ("hire_fire", "400", "400"): "compare: one key ('workers') and one value, so the values-agree discount sets aside "
                                 "the event (hire vs lay): two opposite acts pair",
    ("arrest_charge", "30", "30"): "upstream: 'Prosecutors' unread as subject; compare: near values across two keys "
                                   "discount the unlisted event (arrest vs charge)",
}

DOMAINS = ("conflict", "business", "politics", "crime", "disasters", "sport")


def _domain_rows(domain: str) -> list:
    """A domain's pair rows, then its apart rows (verdicts None), each row GAPS names a strict xfail."""
    return domain_rows(domain, CASES, PAIRS, APART, GAPS, gap)


@pytest.fixture(scope="module")
def compared(nlp):
    """Each case compared as the CLI compares two files (tests/probe_pairs.py)."""
    return comparer(nlp, CASES)


def test_alignment_clusters41_cover_six_domains():
    assert {c.domain for c in CASES.values()} == set(DOMAINS)
    assert {c for c, *_ in PAIRS + APART} <= set(CASES)


ROW = "name,needle_a,needle_b,verdicts"


@pytest.mark.parametrize(ROW, _domain_rows("conflict"))
def test_alignment_clusters41_conflict(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("business"))
def test_alignment_clusters41_business(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("politics"))
def test_alignment_clusters41_politics(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("crime"))
def test_alignment_clusters41_crime(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("disasters"))
def test_alignment_clusters41_disasters(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)


@pytest.mark.parametrize(ROW, _domain_rows("sport"))
def test_alignment_clusters41_sport(compared, name, needle_a, needle_b, verdicts):
    check_row(compared, name, needle_a, needle_b, verdicts)
