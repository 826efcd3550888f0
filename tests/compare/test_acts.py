import pytest

from conftest import gap

from newsfigures.compare.acts import act_reading, noun_verb
from newsfigures.compare.similarity import THRESHOLD, similarity
from newsfigures.model import Figure, Measure


def measure(quantity: str, event: str, subject: str = "") -> Measure:
    """A count's measure as the extractor fills it."""
    return Measure(quantity=quantity, subject=subject, event=event, place="", scope="total", dimension="count")


def figure(m: Measure, metric: str, article: str) -> Figure:
    """A figure of 37 with a hand-made measure under its own corpus metric."""
    return Figure(article_id=article, source_file="", text="37", start=0, end=2, sentence="", value=37, low=37,
                  high=37, qualifier="exact", unit="", counted="", event="", as_of="", said_by="", metric=metric,
                  kind="cardinal", measure=m)


@pytest.mark.parametrize("persons, act, reason", [
    # "Police arrested 37 people in dawn raids" ~ "the raids led to 37 arrests" (crime)
    (measure("people", "other:arrest"), measure("arrest", "other:arrest", "raids"), "arrest people ≈ arrest"),
    # "Coastguard crews rescued 85 people" ~ "carried out 85 rescues" (disasters)
    (measure("people", "other:rescue"), measure("rescues", "other:rescue"), "rescue people ≈ rescues"),
    # "evacuated 3,000 residents" (the GUIDE's displaced) ~ "3,000 evacuations" read under the class (disasters)
    (measure("displaced", "displaced", "residents"), measure("evacuation", "displaced"),
     "evacuate displaced ≈ evacuation"),
    # "Rebels abducted 40 soldiers" ~ "40 abductions" (conflict)
    (measure("troops", "other:abduct"), measure("abductions", "other:abduct"), "abduct troops ≈ abductions"),
])
def test_acts_act_reading_a_verb_s_count_of_persons_is_its_act_noun(persons, act, reason):
    assert act_reading(persons, act).startswith(reason) and act_reading(act, persons).startswith(reason)


@pytest.mark.parametrize("persons, act", [
    # "two shootings" read under its own noun: an incident, which may have many victims (lee4 bg_116 / bg_201)
    (measure("people", "other:shoot", "children"), measure("shooting", "other:shooting")),
    # a GUIDE quantity says what it covers: "deaths" is its own line, not troops killed
    (measure("troops", "killed", "gunmen"), measure("deaths", "killed")),
    # another verb's act: detained people are not arrests
    (measure("people", "other:detain"), measure("arrests", "other:arrest")),
    # no count of persons: "seized 45 firearms" ~ "45 seizures"
    (measure("firearm", "other:seize"), measure("seizure", "other:seize")),
    # a noun that is no act
    (measure("people", "other:arrest"), measure("raid", "other:arrest")),
])
def test_acts_act_reading_keeps_other_counts_apart(persons, act):
    assert act_reading(persons, act) == "" and act_reading(act, persons) == ""


@pytest.mark.parametrize("quantity, verb", [("arrests", "arrest"), ("evacuations", "evacuate"),
                                            ("deportation", "deport"), ("deaths", ""), ("people", "")])
def test_acts_noun_verb_is_the_act_s_verb_outside_the_guide_s_quantities(quantity, verb):
    assert noun_verb(quantity) == verb


def test_acts_similarity_pairs_arrested_people_and_arrests():
    people = figure(measure("people", "other:arrest"), "people captured", "a")
    arrests = figure(measure("arrest", "other:arrest", "raids"), "arrests captured", "b")
    sim = similarity(people, arrests)
    assert sim.score >= THRESHOLD and "arrest people ≈ arrest (the act's noun)" in sim.reasons
    assert "quantity" not in sim.apart


def _extracted(nlp, text: str, surface: str) -> Measure:
    """The measure the extractor gives the figure written `surface` in `text`."""
    from newsfigures.extract import extract_figures
    from newsfigures.model import Article
    art = Article(id="t", text=text, raw_text=text, published="2025-09-02", source_file="t.txt")
    return next(f.measure for f in extract_figures(art, nlp) if f.text == surface)


# stop 38 review: the act reading over the extractor's own measures, labelled before the run. An act one person may
# undergo many times (tests, visits, calls, charges, searches, stops, vaccinations) or one with many victims (attacks)
# is not the persons count; here they stay apart because the act noun's event is its light verb's ("carried out",
# "made", "gave"), not by the rule itself (see the hand-made row below).
@pytest.mark.parametrize("persons, act, surface, paired", [
    ("Police arrested 37 people on Monday.", "Police have made 37 arrests since March.", "37", True),
    ("Coastguards rescued 85 people off the coast.", "Coastguards carried out 85 rescues off the coast.", "85", True),
    ("Doctors tested 500 people on Tuesday.", "Doctors carried out 500 tests on Tuesday.", "500", False),
    ("Officials visited 40 people in the camp.", "Officials made 40 visits to the camp.", "40", False),
    ("Police charged 30 people over the riot.", "Police laid 30 charges over the riot.", "30", False),
    ("Medics treated 60 people at the scene.", "Medics gave 60 treatments at the scene.", "60", False),
    ("Nurses vaccinated 2,000 people on Friday.", "Nurses gave 2,000 vaccinations on Friday.", "2,000", False),
    ("Officers searched 200 people at the border.", "Officers carried out 200 searches at the border.", "200", False),
    ("Police stopped 45 drivers on the motorway.", "Police made 45 stops on the motorway.", "45", False),
    ("Gunmen attacked 12 people in the market.", "Gunmen carried out 12 attacks in the market.", "12", False),
    ("Troops detained 40 people on Sunday.", "Troops made 40 arrests on Sunday.", "40", False),
    ("Police called 30 people as witnesses.", "Police made 30 calls to witnesses.", "30", False),
    pytest.param("The hospital admitted 50 patients overnight.", "The hospital recorded 50 admissions overnight.", "50",
                 True, marks=gap("the extractor reads 'recorded 50 admissions' as measured, not the admitting")),
    pytest.param("Police interviewed 60 people about the fire.", "Police conducted 60 interviews about the fire.",
                 "60", True, marks=gap("the light verb 'conducted' is the act noun's event (other:conduct)")),
    pytest.param("The army deported 300 people last month.", "The army carried out 300 deportations last month.",
                 "300", True, marks=gap("the light verb 'carried out' is the act noun's event (other:carry)")),
])
def test_acts_review38_extracted_near_misses(nlp, persons, act, surface, paired):
    a, b = _extracted(nlp, persons, surface), _extracted(nlp, act, surface)
    assert bool(act_reading(a, b)) == paired


@pytest.mark.parametrize("persons, act", [
    # a repeatable act, or one with many victims, read under its own verb on both sides: the rule pairs them, though
    # one person may face several charges or an attack hurt many (left: no dev or probe figure reaches it yet)
    pytest.param(measure("people", "other:charge"), measure("charges", "other:charge"),
                 marks=gap("repeatable acts are not told from one-per-person acts")),
    pytest.param(measure("people", "other:attack"), measure("attacks", "other:attack"),
                 marks=gap("an act with many victims is not told from one-per-person acts")),
])
def test_acts_review38_repeatable_acts_left(persons, act):
    assert act_reading(persons, act) == ""
